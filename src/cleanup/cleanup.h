/*
 * cleanup.h -- stage 1 of the converter: bytes -> clean, annotated lines.
 *
 * Decodes (UTF-8 with or without BOM, UTF-16, CP949; CRLF/CR),
 * normalises to NFC, removes U+FFFD and tab debris after list and note
 * markers, takes page furniture (vertical running labels, page-number
 * pairs, series taglines, badges, stray fragments) out of the flow while keeping what it says, and offers
 * the line-join decision that the structure stage uses when it turns
 * runs of prose lines into paragraphs.
 *
 * Only the converter (src/structure) includes this header.
 */
#ifndef JK_CLEANUP_H
#define JK_CLEANUP_H

#include <stddef.h>

#include "../util/util.h"

enum jk_furn {
	JK_FURN_NONE = 0,	/* a real line (text or blank) */
	JK_FURN_VERTICAL,	/* fragment of a vertical running label */
	JK_FURN_PAGEPAIR,	/* "3534": print folios 35 and 34 */
	JK_FURN_TAGLINE,	/* series tagline sentence */
	JK_FURN_BADGE,		/* "01 02" item badges */
	JK_FURN_STRAY,		/* whitespace-only or stray fragment */
	JK_FURN__MAX
};

struct jk_line {
	const char	*s;	/* clean text: NFC, no line end, no U+FFFD,
				 * leading and trailing spaces removed,
				 * internal runs kept as they are */
	const char	*raw;	/* the source line after decoding (no EOL) */
	int		 lineno;	/* 1-based line in the input */
	int		 lead;		/* leading spaces in the source */
	int		 trail;		/* trailing spaces in the source */
	int		 blank;		/* empty after cleaning */
	enum jk_furn	 furn;		/* != NONE: out of the flow */
	double		 width;		/* jk_text_width(s) */
};

/* What furniture said, kept for the tree. */
struct jk_furniture {
	int		 lineno;
	enum jk_furn	 kind;
	const char	*text;		/* label, series name, "35|34" ... */
	const char	*folio_hi, *folio_lo;	/* PAGEPAIR: "35", "34" */
};

struct jk_text {
	struct jk_line		*lines;	/* n lines, arena-owned */
	size_t			 n;
	struct jk_furniture	*furn;	/* nfurn entries */
	size_t			 nfurn;
	const char		*volume;	/* from running labels: "469" */
	const char		*issue;		/* "1+2" */
	void			*vocab;		/* private: word index */
};

/*
 * Clean a whole input.  Everything is allocated in arena.  Returns NULL
 * (after a JK_M_BADINPUT message) only when the bytes cannot be text at
 * all (e.g. NUL bytes, or mostly invalid UTF-8).
 */
struct jk_text	*jk_cleanup(const char *buf, size_t len, struct jk_arena *,
		    struct jk_diag *);

/*
 * The input as UTF-8: detected (UTF-8, UTF-16 LE or BE with or without
 * BOM, CP949/EUC-KR; the choice is a JK_M_ENCODING message) when
 * encoding is NULL, else converted from that iconv name.  Returns a
 * malloc'd, NUL-terminated buffer (length in *outlen), or NULL after a
 * JK_M_BADINPUT error naming the byte offset of what cannot be decoded.
 * jk_cleanup() detects by itself; this is for an encoding given by the
 * user.
 */
char		*jk_decode(const char *buf, size_t len, const char *encoding,
		    size_t *outlen, struct jk_diag *);

/* Does iconv know this encoding name? */
int		 jk_encoding_known(const char *name);

/* How two consecutive lines of one block are joined. */
enum jk_join {
	JK_JOIN_NONE = 0,	/* mid-word: glue with no space */
	JK_JOIN_SPACE,		/* word boundary: one space */
	JK_JOIN_HYPHEN,		/* keep the line-final hyphen, no space */
	JK_JOIN_PARA		/* the paragraph ends between them */
};

/* Local context for join decisions inside one article or block. */
struct jk_joinctx {
	int	 double_spaced;	/* regime: most lines followed by a blank */
	double	 p90;		/* p90 line width of the local column */
	int	 title_block;	/* inside a title/heading block: never
				 * glue, always a space */
	int	 spaces_unmarked;	/* no line that goes on keeps a
					 * trailing space (a bio, a box): the
					 * word list judges word boundaries */
};

/*
 * Decide the join between line a and the next text line b.  blanks is the
 * number of blank lines between them in the source.  next_is_block is set
 * when the structure stage knows b starts something else (heading,
 * caption, byline...).  If why is not NULL, a short explanation of the
 * signals is written to it (for --explain).
 */
enum jk_join	 jk_join_decide(const struct jk_text *, const struct jk_line *a,
		    const struct jk_line *b, int blanks, int next_is_block,
		    const struct jk_joinctx *, char *why, size_t whylen);

/* Append line text s to buf according to j (JK_JOIN_PARA appends nothing
 * and returns; the caller starts a new paragraph). */
void		 jk_join_append(struct jk_buf *, const char *s, enum jk_join);

/* Fill a join context from lines [from, to) (regime and p90 width). */
/* The 90th percentile of the widths of the text lines [from, to) (no
 * blank or furniture line): a full line of the column there; 0 if none. */
double		 jk_text_p90(const struct jk_text *, size_t from, size_t to);
void		 jk_joinctx_measure(struct jk_joinctx *, const struct jk_text *,
		    size_t from, size_t to);

/* Does word w (n bytes) end in a one-syllable particle of the form that
 * does not go after the syllable before it (이, 을, 은, 과 follow a final
 * consonant, 가, 를, 는, 와 a vowel: "효과" is no 효 + 과)? */
int		 jk_particle_misfits(const char *w, size_t n);
/* Does this word (or joined eojeol) occur elsewhere in the text as a
 * token?  Used to confirm mid-word joins and reading-order repairs. */
int		 jk_vocab_has(const struct jk_text *, const char *word, size_t len);
/* How often it occurs as a whole token, exactly (no particle taken off). */
int		 jk_vocab_exact(const struct jk_text *, const char *word,
		    size_t len);
/* jk_vocab_has, for a word whose bytes [lo, hi) no word of the index
 * holds (the caller knows that these two syllables never stand together
 * in the text): a form of the word that keeps them is not looked up. */
int		 jk_vocab_has_apart(const struct jk_text *, const char *word,
		    size_t len, size_t lo, size_t hi);
int		 jk_vocab_exact_apart(const struct jk_text *,
		    const char *word, size_t len, size_t lo, size_t hi);
/* Both at once, for a glued word: jk_vocab_exact_apart(); where that is
 * 0 and stem is set, 1 if jk_vocab_has_apart() (else 0).  The word is
 * stripped and looked up once. */
int		 jk_vocab_glued(const struct jk_text *, const char *word,
		    size_t len, size_t lo, size_t hi, int stem);
/* jk_vocab_has of a phrase: word[0..la) a word, a space, then a word.
 * *head (-1: not yet known) keeps, across calls with the same first
 * word, whether any phrase of the index begins with it. */
int		 jk_vocab_has_phrase(const struct jk_text *, const char *word,
		    size_t len, size_t la, int *head);

/*
 * Find an inline footnote reference glued to the text of s, at or after
 * byte offset from: "달러01," "예측02하고" "기대된다.03" "System)01".  A
 * reference is a zero-padded number 01-09 right after a Hangul syllable,
 * a closing bracket or quote, or a sentence-final period, and not part
 * of a longer number ("코로나19", "2024.03" are not).  Returns the note
 * number and sets *off and *len (2) to the digits, or returns 0.
 */
int		 jk_noteref_find(const char *s, size_t from, size_t *off,
		    size_t *len);

/* Terminal form: does s end a sentence (다. 요. ? ! and closing quotes)? */
int		 jk_is_terminal(const char *s);

/* A "label: ..." line ending in a bracket or a number ("문의: 팀
 * 이름(02-000-0000)"): a contact or source line that closes its item. */
int		 jk_is_label_close(const char *s);

/* Three names or more on one line, each with the mark of its legal form
 * ("가나㈜ ㈜다라 마바(주)"): a list of firms, never a heading. */
int		 jk_is_name_list(const char *s);

/* Is line a short (b's first word would have fitted after it), without a
 * trailing space, and would gluing its last word to b's first make a
 * word known nowhere?  Then a's text ended there: a word boundary. */
int		 jk_join_ended_short(const struct jk_text *,
		    const struct jk_line *a, const struct jk_line *b,
		    const struct jk_joinctx *);

/* Does s start with a bound morpheme / particle (open start)? */
int		 jk_is_open_start(const char *s);

/* Does s start with a bound noun that opens no sentence ("수 있다",
 * "것이다")? */
int		 jk_is_bound_noun_start(const char *s);

#endif
