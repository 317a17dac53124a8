/*
 * cleanup-int.h -- private to src/cleanup: the pieces jk_cleanup() runs
 * after decoding, and the small character classes shared by them.
 */
#ifndef JK_CLEANUP_INT_H
#define JK_CLEANUP_INT_H

#include "cleanup.h"

/* Character classes used by the join rules and the vocabulary. */
enum jk_cclass {
	JK_C_OTHER = 0,
	JK_C_SPACE,
	JK_C_HANGUL,
	JK_C_HAN,
	JK_C_LATIN,
	JK_C_DIGIT,
	JK_C_OPEN,	/* ( [ ‘ “ 「 ≪ ... */
	JK_C_CLOSE,	/* ) ] ’ ” 」 ≫ ... */
	JK_C_PUNCT	/* , . ; : ! ? and the rest */
};

enum jk_cclass	 jk_cclass(unsigned int cp);

/* First and last code point of s (0 when s is empty). */
unsigned int	 jk_first_cp(const char *s);
unsigned int	 jk_last_cp(const char *s, const char **at);

/* Take furniture out of the flow (furniture.c). */
void		 jk_furniture_detect(struct jk_text *, struct jk_arena *,
		    struct jk_diag *);

/* Build the word index over the text lines (vocab.c). */
void		 jk_vocab_build(struct jk_text *, struct jk_arena *);

/* Does the token (punctuation already stripped) consist only of
 * particles and endings, e.g. "도", "를", "과의", "이라는"? */
int		 jk_is_particle_token(const char *s, size_t len);

/* Bounds of the first / last token of s with surrounding punctuation
 * stripped; returns the length (0 when none). */
size_t		 jk_first_token(const char *s, const char **start);
size_t		 jk_last_token(const char *s, const char **start);

/* How often a word, or a phrase "a b" of two neighbouring words, was
 * seen (as itself or with a particle after it). */
int		 jk_vocab_count(const struct jk_text *, const char *, size_t);

/*
 * Detect the input's encoding, or take the one given, and convert to
 * UTF-8 (encoding.c).  Returns 0 when buf is to be read as UTF-8 as it
 * is, 1 with a malloc'd conversion in *conv, or -1 after an error.
 */
int		 jk_decode_input(const char *buf, size_t len,
		    const char *encoding, char **conv, size_t *convlen,
		    struct jk_diag *);

/* Length of a run of stray Latin-1 bytes at p inside UTF-8 (0: none);
 * prev is the byte before p.  And its UTF-8 (malloc'd). */
size_t		 jk_latin1_run(const char *p, size_t len, int prev);
char		*jk_latin1_to_utf8(const char *p, size_t n);

#endif
