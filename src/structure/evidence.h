/*
 * evidence.h -- the issue's own evidence that the text goes on from the
 * end of one line into the start of another: the scores reorder.c
 * decides the reading order of column blocks on.  src/structure only.
 */
#ifndef JK_EVIDENCE_H
#define JK_EVIDENCE_H

#include "stpriv.h"
#include "ngram.h"

/* score()'s verdict of a pair, when something speaks against it */
enum {
	V_NONE,
	V_CLOSED,	/* an ending after a closed sentence */
	V_NOWORD,	/* cut mid-word, the glued word seen nowhere and its
			 * two syllables at the join never together */
	V_ENDING,	/* an ending after a space */
	V_NOBEGIN	/* after a space, a start that begins no word */
};

/* A set of short strings (word beginnings, word endings) with how
 * often each was added: open addressing, at most half full. */
struct strset {
	char		**s;
	guint32		*h;
	int		*cnt;
	size_t		 cap, n;	/* cap: a power of two, or 0 */
};

/* Syllable pairs and triples inside the words, counted; word
 * beginnings and endings; and the characters, smoothed.  The
 * tables are open addressing, at most half full: the score of every end
 * against every start looks them up some hundred thousand times an
 * issue. */
struct bigrams {
	struct ng_counts grams;	/* syllable pairs and triples */
	struct strset	 pre;	/* word beginnings of 2-6 syllables */
	struct strset	 suf;	/* endings of 2-6 syllables of longer
				 * words printed whole */
	struct ngram	*ng;	/* the characters, smoothed */
};

/* What score() needs of a cut's end line and of its start line, found
 * once per cut rather than once per pair. */
struct side {
	const char	*a;	/* the end's last word */
	size_t		 la;
	unsigned int	 l1, l2;	/* its last and last but one code point */
	unsigned int	 ax;	/* the last code point of a itself */
	int		 axn;	/* and its bytes */
	int		 ua;	/* code points of a */
	int		 ahas;	/* a is a word of 2 or more the issue prints */
	int		 head;	/* a phrase of the issue begins with a (-1:
				 * not yet known) */
	const char	*p;	/* the word before a, when there is one */
	size_t		 lp;
	const char	*b;	/* the start's first word, without closing
				 * punctuation */
	size_t		 lb;
	unsigned int	 f1, f2;	/* its first and second code point */
	int		 f1n;	/* the bytes of f1 */
	int		 nobeg;	/* b's first two syllables begin no word
				 * the issue prints after a space */
	int		 stem;	/* a (2 or more syllables) begins words of
				 * the issue */
	int		 endk;	/* b ends how many words of the issue */
	struct ng_end	 ne;	/* the end's last characters */
	struct ng_start	 ns;	/* the start's first ones */
};

/* The model of the text t (ev_free: its memory). */
void		 ev_build(struct bigrams *, const struct jk_text *t);
void		 ev_free(struct bigrams *);
/* What ev_score() needs of the end line e and the start line s. */
void		 ev_side(const struct st *, const struct bigrams *, int e,
		    int s, struct side *);
/* How well the text goes on from flow line e into flow line s (pend:
 * the word list not asked, see evidence.c). */
double		 ev_score(const struct st *, const struct bigrams *, int e,
		    int s, struct side *xe, const struct side *xs, int *no,
		    int *pend);
double		 ev_distance(const struct st *, int e, int s);
unsigned int	 ev_first_cp(const char *);
unsigned int	 ev_last_cp(const char *);

#endif
