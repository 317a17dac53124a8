/*
 * reorder.h -- what the reading-order pass (reorder.c) and its swap
 * search (swaps.c) share; private to src/structure/.
 */
#ifndef JK_REORDER_H
#define JK_REORDER_H

#include "evidence.h"

/* Lines a swapped block usually spans, and what a block pays per line
 * beyond that (swap_gain()) */
#define SWAPCOL	 20
#define SWAPLONG 0.1
#define SWAPSPAN 48	/* cuts a swapped block may hold */

/* A place where the text may run on elsewhere: a block's end and the
 * start after it in the flow. */
struct cut {
	int	 e, s;		/* flow lines: end of a block, next start */
	int	 soft;		/* a closed sentence and a sentence start:
				 * only a swap of blocks changes it */
};

/*
 * Every end of a window against every start: the scores, scored first
 * without asking the word list (its answer taken as yes, which gives a
 * score no lower and a verdict no more against than the true one) and
 * asked only for the pairs whose true value can change a decision: the
 * kept pairs, the pairs of a swap that passes on the optimistic values,
 * a single pair that may be taken and the rivals that may stop it.
 */
struct pairs {
	const struct st		*st;
	const struct bigrams	*bg;
	const struct cut	*c;
	struct side		*sd;
	int			 n;
	double			*m;	/* n * n scores */
	int			*no;	/* and verdicts */
	char			*pend;	/* the word list not yet asked */
	double			*ll;	/* the characters across each pair
					 * (ng_across()), NAN: not yet scored */
	/* for the swap search (swaps()): each pair's verdict and value as
	 * a new pair (pair_prep()), each cut's value kept and its own */
	signed char		*ok;
	double			*nv, *kv, *cw;
};

/* The true score of pair (i, j), the word list asked if it was not;
 * the characters across it (ngram.c). */
double	rd_pair_val(struct pairs *, int, int);
double	rd_pair_chars(struct pairs *, int, int);

/* Swaps of neighbouring blocks among the cuts of pp (swaps.c): to[i] = j
 * for each cut changed.  Returns their number. */
int	rd_swaps(struct pairs *pp, int *to);

#endif
