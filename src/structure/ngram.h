/*
 * ngram.h -- a smoothed character n-gram model of an issue's own text,
 * to score how well the text reads on across the join of two lines
 * (evidence.c).  Depends on util.h only, so that a suite can feed it
 * strings.
 */
#ifndef JK_NGRAM_H
#define JK_NGRAM_H

#include <stddef.h>
#include <stdint.h>

#define NG_ORDER 4	/* characters of an n-gram at most */

struct ngram;

/* Counts keyed by 64-bit keys other than 0, open addressing, at most
 * three quarters full: the model's tables, and evidence.c's syllable pairs and
 * triples.  All zero is an empty table. */
struct ng_counts {
	uint64_t	*key;	/* 0: an empty slot */
	unsigned int	*cnt;
	size_t		 cap, n;	/* cap: a power of two, or 0 */
};

/* Add 1 to key's count; returns the count before. */
unsigned int	 ngc_bump(struct ng_counts *, uint64_t key);
/* Make an empty table room for keys keys at once: growing it on the way
 * holds the old table and the new, twice as large, at one time. */
void		 ngc_reserve(struct ng_counts *, size_t keys);
void		 ngc_free(struct ng_counts *);

/* The slot for x in a table of cap slots: the bits of a key differ in
 * few places, so all are mixed. */
static inline size_t
ngc_mix(uint64_t x, size_t cap)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	return (size_t)x & (cap - 1);
}

/* The slot of key, or the empty slot where it would go. */
static inline size_t
ngc_slot(const struct ng_counts *t, uint64_t key)
{
	size_t	 i;

	for (i = ngc_mix(key, t->cap); t->key[i] != 0 && t->key[i] != key;
	    i = (i + 1) & (t->cap - 1))
		;
	return i;
}

/* Key's count (inline: the scores of all pairs of an issue ask it
 * millions of times). */
static inline unsigned int
ngc_get(const struct ng_counts *t, uint64_t key)
{
	size_t	 i;

	if (t->cap == 0)
		return 0;
	i = ngc_slot(t, key);
	return t->key[i] == key ? t->cnt[i] : 0;
}

/* What a join needs of the line that ends at it: its last characters
 * (ids; 0 when there are fewer), found once per line. */
struct ng_end {
	unsigned int	 id[NG_ORDER - 1];	/* the last one last */
	int		 n;		/* characters in id */
	double		 alone;		/* log probability of them read
					 * backwards with nothing after */
};

/* And of the line that starts after it: its first characters and how
 * likely they are with nothing before them. */
struct ng_start {
	unsigned int	 id[NG_ORDER - 1];
	int		 n;		/* characters in id */
	double		 alone;		/* log probability of id[0..n) */
};

struct ngram	*ng_new(void);
void		 ng_free(struct ngram *);
/* Size the model's table for text of about bytes bytes (the sample's
 * text gives a little more than a key a byte). */
void		 ng_reserve(struct ngram *, size_t bytes);
/* Count the characters of one line of running text s[0..len); lines
 * are counted apart, so no n-gram spans the end of a line. */
void		 ng_add_line(struct ngram *, const char *s, size_t len);
/* (space: the line ends in a space its text s leaves out) */
void		 ng_end_of(const struct ngram *, const char *s, size_t len,
		    int space, struct ng_end *);
void		 ng_start_of(const struct ngram *, const char *s, size_t len,
		    struct ng_start *);
/* How much likelier (natural log) the start's first characters are
 * after the end than with nothing before them: above 0, the text reads
 * on across the join as the text does; below, it does not. */
double		 ng_across(const struct ngram *, const struct ng_end *,
		    const struct ng_start *);
/* The same for two lines given as strings. */
double		 ng_join(const struct ngram *, const char *end,
		    const char *start);

#endif
