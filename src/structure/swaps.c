/*
 * swaps.c -- swapped column blocks, for the reading order (reorder.c).
 *
 * Two neighbouring blocks printed in the other order change three joins
 * at once, so swaps are decided first, three cuts together: every move
 * is scored by its three new joins over the three kept ones (what
 * speaks against a kept join counts for the move), by its starts
 * (printed as block starts with a leading space or not) and by the
 * length of its blocks, and taken only when one of its starts is
 * printed as a block start (or, with none, when two of its joins have
 * word evidence and its gain is twice that of a weak swap) and it
 * beats the kept order and every rival
 * reading of its cuts by a clear margin (a wider one when only one of
 * its joins has word evidence; a rival with word evidence on one join
 * only counts for less, but not against a swap as weak as itself
 * that the characters read worse), save a rival that is below it on
 * words, has fewer starts printed as block starts and whose characters
 * read no better.  Nor is one taken that two swaps apart, each over one
 * of its cuts and each takeable (on words, or on words and characters
 * together), beat together by that margin: it mixes
 * the cuts of two column swaps side by side (pair_beats()), and is gone
 * for good.  Where nothing speaks against the kept
 * joins, two starts must be block starts or all three new joins have
 * word evidence.  A swap taken settles its cuts: their rival readings
 * are gone, and the swaps they stopped are looked at again.  Where the
 * words nearly decide but fall short of the
 * margin, the characters decide (ngram.c): the swap is taken
 * when the characters across its joins read clearly better than across
 * the kept ones and those of every rival that stops it; and no swap is
 * taken that they read worse after.  A swap that neither takes alone is
 * taken on both together (and, with a start printed as a block start,
 * even where the kept order reads on at all three cuts, when the
 * characters read NGBROKEN better across its joins): its gain plus its
 * characters' lead (where
 * none of its starts is printed as a block start, a sum as high as the
 * gain the words alone would need, with words nearly as strong as a
 * weak swap's and the lead by which the characters decide), by a
 * clear margin over every rival reading of its cuts on the same sum,
 * with no rival that the characters read better, and by twice that
 * margin over a rival with more of its starts printed as block starts
 * (the characters lean on a likely phrase at a word space as readily
 * at a wrong join as at a right one; the print does not); save a rival
 * below it on that sum with fewer of its starts printed as block starts
 * and characters that read no better, and a rival
 * that mixes its cuts with those of another such swap lying apart from
 * it, which the two together beat by the margin (taking either settles
 * the cuts that the rival reads otherwise).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "reorder.h"

/* What a pair's verdict (ev_score()'s *no) takes from it as evidence
 * that the pair is wrong, for the swap search: on the issues with
 * truth, a glued word seen nowhere or an ending after a space is about
 * ten times likelier at a wrong join than at a right one, a start that
 * begins no word of the issue three times. */
static double
against(int no)
{
	return no == V_NOWORD || no == V_ENDING ? 2.5 : no == V_NOBEGIN ?
	    1.5 : 0;
}

/*
 * Two neighbouring blocks printed in the other order: cuts i < j < k,
 * block X from cut i's start to cut j's end and block Y from cut j's
 * start to cut k's end read Y X, so that i goes on at j, k at i and j at
 * k.  The gain is the evidence of the three new pairs over that of the
 * three kept ones (distance left out: the new pairs are a block apart
 * by nature), each less what speaks against it (against()), and the
 * evidence of the cuts themselves (cw: a start printed with a leading
 * space is a block start, FIELD-GUIDE 2.4, save where a figure or box
 * printed before it cut the sentence, a closed sentence seldom
 * the end of a swapped block, nor a short line that starts a paragraph
 * and stops open), less a little for blocks longer than a column usually
 * holds.
 */
static double
swap_gain(const struct st *st, const struct cut *c, const double *nv,
    const double *kv, const double *cw, int n, int i, int j, int k)
{
	double	 g;
	int	 y, z;

	/* nv[x * n + y]: cut x's end going on at cut y's start, as a new
	 * pair; kv[x]: cut x kept; cw[x]: the cut's own evidence */
	g = nv[i * n + j] + nv[j * n + k] + nv[k * n + i] -
	    kv[i] - kv[j] - kv[k] + cw[i] + cw[j] + cw[k];
	y = st->f[c[j].s].ln - st->f[c[i].s].ln;
	z = st->f[c[k].s].ln - st->f[c[j].s].ln;
	return g - SWAPLONG * ((y > SWAPCOL ? y - SWAPCOL : 0) +
	    (z > SWAPCOL ? z - SWAPCOL : 0));
}

/* A new pair against the evidence (an ending after a closed sentence
 * or after a space): 0.  A pair with word evidence of its own (a glued
 * word or a phrase the issue prints): 2.  Else 1. */
static int
pair_ok(const struct st *st, const double *m, const struct cut *c, int n,
    int i, int j)
{
	double	 v = m[i * n + j] + ev_distance(st, c[i].e, c[j].s);

	if (st->f[c[i].e].k & K_TERM)
		return v > 0;
	if (st->f[c[i].e].trail == 0)
		return v >= 3 ? 2 : v >= 0;
	return v >= 3 ? 2 : v >= 0;
}

/* A cut whose start is printed as a block start (jump()): the leading
 * space is printed at a jump and almost nowhere else in running text,
 * so it speaks for a block start about as much as a glued word seen
 * elsewhere speaks for a join */
#define JUMPCUT	 3.0
/* A cut with a block (a figure, a table, a box) printed between its end
 * and a start printed with a leading space: the space is the block's,
 * and the block cut a sentence that goes on after it far more often
 * than it stands between two swapped blocks (on the tuning issues, 29
 * of 1,977 such candidate cuts were a swap's, against 1,422 of 26,375
 * cuts with nothing between and no block start) */
#define BLOCKCUT (-2.0)
/* A kept pair this high has word evidence of its own (a glued word or a
 * phrase that the issue prints) */
#define KEPTWORD 3.0
#define SWAPGAIN 4.0	/* a swap beats the kept order by this much */
#define SWAPMARGIN 4.0	/* and every rival swap by this much */
#define WEAKGAIN 10.0	/* a swap with word evidence on one pair only */
#define NOJUMPGAIN 20.0	/* one with none of its starts printed as a block
			 * start: two pairs on word evidence and this gain */
#define WEAKMARGIN 3.0
/* A swap short of its margin by at most NGNEAR is taken when the
 * characters across its joins read NGMIN better than across the kept
 * ones and NGLEAD better than across those of every swap that stops it
 * (natural log of the likelihood ratios, summed over the joins) */
#define NGNEAR	 3.0
#define NGMIN	 3.0
#define NGLEAD	 7.0
/* Words and characters as one score (the gain plus NGWEIGHT times the
 * characters' lead, where they read better): a swap not taken on either
 * alone is taken when that score reaches BOTHMIN (where none of its
 * starts is printed as a block start, both_min()) and beats every rival
 * reading of its cuts on the same score by BOTHMARGIN */
#define NGWEIGHT 1.5
#define BOTHMIN	 10.0
#define BOTHMARGIN 4.5
/* and one with none of its starts printed as a block start, on words
 * this high and characters that would decide alone (NGLEAD) */
#define NOJUMPWORDS 8.0
/* An order that reads on at all three cuts is undone on both where the
 * characters read this much better across a swap's joins, and the words
 * favour the swap by BROKENGAIN (half what they need alone: where the
 * order reads on, a word space at each cut gives the kept joins word
 * evidence too, "테이블이␠|␠테이블에") */
#define NGBROKEN 10.0
#define BROKENGAIN 2.0

/* Is the start of cut x printed as a block start right after its end
 * (a leading space not explained by a figure or box between them)? */
static int
jump(const struct st *st, const struct cut *x)
{
	return st->f[x->s].lead > 0 && x->s == x->e + 1;
}

/* Is cut x a sentence a byline group cuts: the group alone printed
 * between an open end and a start printed with a leading space?  The
 * sentence goes on after the group, as it does after a box. */
static int
group_cut(const struct st *st, const struct cut *x)
{
	int	 l;

	if (st->inhdr == NULL || st->f[x->s].lead == 0 ||
	    (st->f[x->e].k & K_TERM) || x->s <= x->e + 1)
		return 0;
	for (l = x->e + 1; l < x->s; l++)
		if (!st->inhdr[l])
			return 0;
	return 1;
}

/* A column break cuts a justified line, full width: a line shorter than
 * SHORTEND x p90 that starts a paragraph (after a closed sentence with
 * no trailing space) and stops open is a heading or a paragraph's whole,
 * seldom the end of a swapped block */
#define SHORTEND 0.9
#define SHORTCUT 2.0

/* Is the end of cut x such a line? */
static int
short_end(const struct st *st, const struct cut *x)
{
	const struct fl *f = &st->f[x->e];

	return x->e > 0 && !(f->k & K_TERM) && f->w < SHORTEND * st->p90 &&
	    f->blanks > 0 && (f[-1].k & K_TERM) && f[-1].trail == 0;
}

struct swap {
	int	 i, j, k;
	int	 at;		/* found as the at-th (the order of equals) */
	double	 g;
	int	 strong;	/* two of its three pairs on word evidence */
	int	 jump;		/* a start printed as a block start */
	int	 broken;	/* something speaks against a kept pair,
				 * two starts are block starts, or all
				 * three new pairs have word evidence */
	int	 tent;		/* g, strong and broken are bounds: the word
				 * list not yet asked on a pair of it */
	int	 dead;		/* no candidate once it was asked */
	double	 ng;		/* the characters across its three new
				 * pairs over those across the kept ones
				 * (NAN: not yet scored, swap_chars()) */
};

/* How many of the three starts of swap x are printed as block starts. */
static int
jumps(const struct st *st, const struct cut *c, const struct swap *x)
{
	return jump(st, &c[x->i]) + jump(st, &c[x->j]) + jump(st, &c[x->k]);
}

static int
swap_cmp(const void *a, const void *b)
{
	const struct swap *x = a, *y = b;

	return x->g < y->g ? 1 : x->g > y->g ? -1 : x->i != y->i ?
	    x->i - y->i : x->at - y->at;
}

/* Do swaps x and y share a cut (rival readings of it)? */
static int
shares(const struct swap *x, const struct swap *y)
{
	int	 a[3] = { x->i, x->j, x->k }, t;

	for (t = 0; t < 3; t++)
		if (a[t] == y->i || a[t] == y->j || a[t] == y->k)
			return 1;
	return 0;
}

/* The characters across swap x's three new pairs over those across the
 * kept ones: scored only for the few swaps that may be taken or stop
 * one, not for every candidate. */
static double
swap_chars(struct pairs *pp, struct swap *x)
{
	if (isnan(x->ng))
		x->ng = rd_pair_chars(pp, x->i, x->j) + rd_pair_chars(pp, x->j,
		    x->k) + rd_pair_chars(pp, x->k, x->i) - rd_pair_chars(pp, x->i,
		    x->i) - rd_pair_chars(pp, x->j, x->j) - rd_pair_chars(pp, x->k,
		    x->k);
	return x->ng;
}

/* Swap x as a rival of swap a on words: a reading with word evidence
 * on one join only is a weaker one, worth half the margin less; but at
 * its full gain where a is as weak and the characters read x better by
 * NGMIN: two readings alike on the words, which the characters part. */
static double
rival_of(struct pairs *pp, struct swap *x, struct swap *a)
{
	if (x->strong || (!a->strong &&
	    swap_chars(pp, x) >= swap_chars(pp, a) + NGMIN))
		return x->g;
	return x->g - SWAPMARGIN / 2;
}

/* Swap a falls short of its margin (need) over the swaps that share its
 * cuts on word evidence: is it near enough, and do the characters
 * across its joins read clearly better than across theirs?  Where the
 * words are nearly even, the text on either side of the joins decides. */
static int
chars_decide(struct pairs *pp, struct swap *sw, size_t nsw, size_t a,
    double need)
{
	size_t	 b;
	double	 v;

	if (swap_chars(pp, &sw[a]) < NGMIN)
		return 0;
	for (b = 0; b < nsw; b++) {
		if (b == a || sw[b].dead || sw[b].g + need <= sw[a].g ||
		    !shares(&sw[a], &sw[b]))
			continue;
		v = rival_of(pp, &sw[b], &sw[a]) + need;
		if (v > sw[a].g && (v - NGNEAR > sw[a].g ||
		    sw[a].ng - swap_chars(pp, &sw[b]) < NGLEAD))
			return 0;
	}
	return 1;
}

/* Are the cuts of swap x, and those between them, all unchanged? */
static int
cuts_free(const struct swap *x, const char *busy)
{
	for (int t = x->i; t <= x->k; t++)
		if (busy[t])
			return 0;
	return 1;
}

/* Take swap x: its three cuts go on at each other's starts, and no cut
 * from its first to its last changes again.  Returns the cuts changed. */
static int
take_swap(const struct swap *x, char *busy, int *to)
{
	to[x->i] = x->j;
	to[x->j] = x->k;
	to[x->k] = x->i;
	for (int t = x->i; t <= x->k; t++)
		busy[t] = 1;
	return 3;
}

/* Swap x's words and characters as one score. */
static double
both_score(struct pairs *pp, struct swap *x)
{
	double	 ng = swap_chars(pp, x);

	return x->g + NGWEIGHT * (ng > 0 ? ng : 0);
}

/* The score on words and characters that swap x (its characters
 * scored) must reach to be taken on both: BOTHMIN, or NOJUMPGAIN when
 * none of its starts is printed as a block start.  The print then says
 * nothing for it, and the words and the characters must each speak
 * clearly: the words nearly as strongly as a weak swap's
 * (NOJUMPWORDS), the characters with the lead by which they decide
 * alone (else it is never taken).  On the tuning issues no swap that
 * reaches that and beats its rivals by the margin was a wrong one. */
static double
both_min(const struct swap *x)
{
	if (x->jump)
		return BOTHMIN;
	return x->g >= NOJUMPWORDS && x->ng >= NGLEAD ? NOJUMPGAIN : INFINITY;
}

/* Does the word boundary speak against one of swap x's new pairs (after
 * a space, a start that begins no word), its value below nothing?  The
 * characters never take such a swap.  (An ending after a space is
 * weaker: "예를 | 들면" reads as one; so is a glued word seen nowhere:
 * true joins make such words too.) */
static int
against_new(const struct pairs *pp, const struct swap *x)
{
	int	 n = pp->n, p[3][2] = { { x->i, x->j }, { x->j, x->k },
		    { x->k, x->i } }, m, v;

	for (m = 0; m < 3; m++) {
		v = pp->no[p[m][0] * n + p[m][1]];
		if (v == V_NOBEGIN &&
		    pp->nv[p[m][0] * n + p[m][1]] < 0)
			return 1;
	}
	return 0;
}

/* Is swap x a rival that the print speaks for: more of its starts
 * printed as block starts than swap a, whose score on words and
 * characters (va) it comes within twice the margin of? */
static int
printed_rival(struct pairs *pp, const struct swap *a, struct swap *x,
    double va)
{
	return x->jump && x->broken && both_score(pp, x) + 2 * BOTHMARGIN >
	    va && jumps(pp->st, pp->c, x) > jumps(pp->st, pp->c, a);
}

/* Flow lines of [from, to) (a block of one line is no column block). */
static int
block_lines(const struct st *st, int from, int to)
{
	return to - from;
}

/* A pair's verdict once per pair, for the many triples that look at it:
 * ok (pair_ok()) and its value as a new pair. */
static void
pair_prep(struct pairs *p, int i, int j)
{
	int	 n = p->n;

	p->ok[i * n + j] = (signed char)pair_ok(p->st, p->m, p->c, n, i, j);
	p->nv[i * n + j] = p->m[i * n + j] + ev_distance(p->st, p->c[i].e,
	    p->c[j].s) - against(p->no[i * n + j]);
}

/* Pair (i, j) with the word list asked, if it was not. */
static void
pair_fix(struct pairs *p, int i, int j)
{
	if (p->pend[i * p->n + j]) {
		rd_pair_val(p, i, j);
		pair_prep(p, i, j);
	}
}

/* Would pair (i, j) glue a word seen nowhere (V_NOWORD) where cut i's
 * kept pair has word evidence (KEPTWORD)? */
static int
undoes_word(const struct pairs *p, int i, int j)
{
	return p->no[i * p->n + j] == V_NOWORD && p->kv[i] >= KEPTWORD;
}

/* Is a numbered heading ("3) …", "① …") printed between cut x's end and
 * its start?  The text after it opens a section: no block printed
 * elsewhere goes on there, and a swap over the cut would set the
 * heading over the middle of a sentence, so no swap is made of it. */
static int
heading_between(const struct st *st, const struct cut *x)
{
	int	 l;

	for (l = x->e + 1; l < x->s; l++)
		if (st->f[l].k & (K_NUMHEAD | K_CIRCLED))
			return 1;
	return 0;
}

/* Swap x's gain and verdicts on the present values of its pairs; 0 if
 * on them it is no candidate (a new pair against the evidence, or too
 * little gain). */
static int
swap_fill(const struct pairs *p, struct swap *x)
{
	const struct st	*st = p->st;
	const struct cut *c = p->c;
	const int	*no = p->no;
	int		 n = p->n, i = x->i, j = x->j, k = x->k;
	int		 p1 = p->ok[i * n + j], p2 = p->ok[j * n + k];
	int		 p3 = p->ok[k * n + i];

	if (p1 == 0 || p2 == 0 || p3 == 0)
		return 0;
	/* a join the words confirm is never undone to glue a
	 * word seen nowhere */
	if (undoes_word(p, i, j) || undoes_word(p, j, k) ||
	    undoes_word(p, k, i))
		return 0;
	x->g = swap_gain(st, c, p->nv, p->kv, p->cw, n, i, j, k);
	if (x->g < SWAPGAIN - SWAPMARGIN)
		return 0;
	x->strong = (p1 == 2) + (p2 == 2) + (p3 == 2) >= 2;
	/* blocks out of order are printed after a jump, which the
	 * extraction marks with a leading space (FIELD-GUIDE 2.4) on some
	 * start: without one, only a rival */
	x->jump = jump(st, &c[i]) || jump(st, &c[j]) || jump(st, &c[k]);
	/* an order that reads on at all three cuts is undone only where
	 * two of its starts are printed as block starts or all three new
	 * pairs have word evidence */
	x->broken = against(no[i * n + i]) > 0 ||
	    against(no[j * n + j]) > 0 || against(no[k * n + k]) > 0 ||
	    (st->f[c[i].s].lead > 0) + (st->f[c[j].s].lead > 0) +
	    (st->f[c[k].s].lead > 0) >= 2 || p1 + p2 + p3 == 6;
	x->tent = p->pend[i * n + j] || p->pend[j * n + k] ||
	    p->pend[k * n + i];
	return 1;
}

/* Swap x on the true values of its pairs: the word list asked where it
 * was not, which only lowers them (ev_score()), so a swap is asked
 * about only where its bounds would decide something. */
static void
settle(struct pairs *p, struct swap *x)
{
	if (!x->tent || x->dead)
		return;
	pair_fix(p, x->i, x->j);
	pair_fix(p, x->j, x->k);
	pair_fix(p, x->k, x->i);
	x->dead = !swap_fill(p, x);
}

/* May swap x be taken on its values, rivals aside? */
static int
takeable(const struct swap *x)
{
	return !x->dead && (x->jump || (x->strong && x->g >= NOJUMPGAIN)) &&
	    x->broken && (x->g >= WEAKGAIN || (x->strong && x->g >= SWAPGAIN));
}

/* Does a swap over one of swap a's cuts come within need of it (a
 * rival that stops it unless the characters decide)?  Not one that is
 * below it on words, on the print and on characters alike.  The swaps
 * whose bounds come that near are settled first. */
static int
rivalled(struct pairs *p, struct swap *sw, size_t nsw, size_t a,
    double need)
{
	size_t	 b;
	int	 r = 0;

	for (b = 0; b < nsw; b++) {
		if (b == a || sw[b].dead || !shares(&sw[a], &sw[b]) ||
		    sw[b].g + need <= sw[a].g)
			continue;
		settle(p, &sw[b]);
		if (sw[b].dead || rival_of(p, &sw[b], &sw[a]) + need <= sw[a].g)
			continue;
		/* a rival below it on words, with fewer of its starts
		 * printed as block starts and characters that read better
		 * by less than the lead by which they decide alone:
		 * nothing speaks for it over swap a */
		if (sw[b].g < sw[a].g && jumps(p->st, p->c, &sw[b]) <
		    jumps(p->st, p->c, &sw[a]) && swap_chars(p, &sw[b]) <
		    swap_chars(p, &sw[a]) + NGLEAD)
			continue;
		r = 1;
	}
	return r;
}

/* Is swap x broken (struct swap), or, with a start printed as a block
 * start, do its words favour it (BROKENGAIN) and the characters across
 * its joins read NGBROKEN better than across the kept ones?  Then the
 * kept order reads on only by chance ("제공할␠|제공합니다."). */
static int
broken_on_both(struct pairs *pp, struct swap *x)
{
	return x->broken || (x->jump && x->g >= BROKENGAIN &&
	    swap_chars(pp, x) >= NGBROKEN);
}

/* Do words and characters together take swap x, its rivals aside (its
 * characters read no worse, and the sum reaches both_min())? */
static int
both_ok(struct pairs *pp, struct swap *x)
{
	return swap_chars(pp, x) >= 0 && both_score(pp, x) >= both_min(x);
}

/* May swap x be taken, rivals aside: on its words (takeable()), or,
 * where something speaks against the kept order (broken), on its words
 * and characters together (both_ok(), as swaps_on_both())? */
static int
ptake(struct pairs *p, struct swap *x)
{
	if (takeable(x))
		return 1;
	if (x->dead || !x->broken)
		return 0;
	return both_ok(p, x) && !against_new(p, x);
}

/*
 * Is swap a the reading of two swaps apart that are better read
 * separately: two swaps that may be taken (ptake()), each over one
 * of a's cuts, sharing no cut and lying apart, whose gains together
 * beat a's by need?  Swap a then mixes the cuts of two column swaps
 * side by side (a jump at each start lends any mix of them its bonus),
 * and taking it would read both wrongly.
 */
static int
pair_beats(struct pairs *p, struct swap *sw, size_t nsw, size_t a,
    double need, const char *busy)
{
	size_t	 b, c;

	for (b = 0; b < nsw; b++) {
		/* (the first of the two within WEAKGAIN of a, margin
		 * added: a weaker one is no reading of a's columns) */
		if (b == a || sw[b].dead || !shares(&sw[a], &sw[b]) ||
		    !ptake(p, &sw[b]) || !cuts_free(&sw[b], busy) ||
		    sw[b].g + WEAKGAIN < sw[a].g + need)
			continue;
		for (c = b + 1; c < nsw; c++) {
			JK_WORK(1);
			if (c == a || sw[c].dead || !shares(&sw[a], &sw[c]) ||
			    shares(&sw[b], &sw[c]) ||
			    !(sw[c].k < sw[b].i || sw[b].k < sw[c].i) ||
			    sw[b].g + sw[c].g < sw[a].g + need ||
			    !ptake(p, &sw[c]) || !cuts_free(&sw[c], busy))
				continue;
			settle(p, &sw[b]);
			settle(p, &sw[c]);
			if (ptake(p, &sw[b]) && ptake(p, &sw[c]) &&
			    sw[b].g + sw[c].g >= sw[a].g + need)
				return 1;
			if (!ptake(p, &sw[b]))
				break;
		}
	}
	return 0;
}

/*
 * Does rival x (score vx) of swap el[ea] mix its cuts with those of
 * another swap c that lies apart from it: x shares a cut with c, c
 * comes within the margin of x, and the two swaps together beat x by
 * the margin?  Then x stops neither (taking one settles the cuts that
 * x reads otherwise).  el: the swaps that may be taken on both, with
 * their scores.
 */
static int
mixed_rival(const struct swap *sw, const struct swap *el, size_t nel,
    size_t ea, const struct swap *x, double vx, const char *busy)
{
	const struct swap *a = &sw[el[ea].at], *c;
	size_t		 t;

	for (t = 0; t < nel; t++) {
		c = &sw[el[t].at];
		if (t == ea || c == x || c->dead || !cuts_free(c, busy) ||
		    !shares(c, x) || (c->k >= a->i && c->i <= a->k))
			continue;
		if (el[t].g + BOTHMARGIN > vx &&
		    el[ea].g + el[t].g >= vx + BOTHMARGIN)
			return 1;
	}
	return 0;
}

/*
 * The swaps that neither the words nor the characters take alone, on
 * both together: among the cuts not yet changed, the best first, one
 * whose score beats that of every rival reading of its cuts (a swap
 * sharing a cut that the characters do not read worse after) by
 * BOTHMARGIN, a rival that mixes its cuts with another swap's aside
 * (mixed_rival()).  Returns the number of cuts changed.
 */
static int
swaps_on_both(struct pairs *pp, struct swap *sw, size_t nsw, char *busy,
    int *to)
{
	struct swap	*el = jk_xreallocarray(NULL, nsw + 1, sizeof(*el));
	size_t		 a, b, nel = 0;
	int		 x, ch = 0;
	double		 v;

	for (a = 0; a < nsw; a++) {
		if (sw[a].dead || !broken_on_both(pp, &sw[a]) ||
		    !both_ok(pp, &sw[a]))
			continue;
		/* on its true values: the bounds only fall when asked */
		settle(pp, &sw[a]);
		if (sw[a].dead || !broken_on_both(pp, &sw[a]) ||
		    against_new(pp, &sw[a]))
			continue;
		el[nel] = sw[a];
		el[nel].g = both_score(pp, &sw[a]);
		if (el[nel].g >= both_min(&sw[a]))
			nel++;
	}
	if (nel > 0)
		qsort(el, nel, sizeof(*el), swap_cmp);
	for (b = 0; b < nel; b++) {
		a = (size_t)el[b].at;
		if (!cuts_free(&sw[a], busy))
			continue;
		for (x = 0; x < (int)nsw; x++) {
			if ((size_t)x == a || sw[x].dead ||
			    !shares(&sw[a], &sw[x]) ||
			    (both_score(pp, &sw[x]) + BOTHMARGIN <= el[b].g &&
			    sw[x].ng <= sw[a].ng && !printed_rival(pp, &sw[a],
			    &sw[x], el[b].g)))
				continue;
			/* a rival that may stop it: on its true values */
			settle(pp, &sw[x]);
			if (sw[x].dead)
				continue;
			v = both_score(pp, &sw[x]);
			/* below it on words and characters together, with
			 * fewer of its starts printed as block starts and
			 * characters that read no better: nothing speaks
			 * for it over swap a (as in rivalled()) */
			if (v < el[b].g && jumps(pp->st, pp->c, &sw[x]) <
			    jumps(pp->st, pp->c, &sw[a]) && sw[x].ng <= sw[a].ng)
				continue;
			if ((v + BOTHMARGIN > el[b].g || sw[x].ng > sw[a].ng ||
			    printed_rival(pp, &sw[a], &sw[x], el[b].g)) &&
			    !mixed_rival(sw, el, nel, b, &sw[x], v, busy))
				break;
		}
		if (x < (int)nsw)
			continue;
		ch += take_swap(&sw[a], busy, to);
	}
	free(el);
	return ch;
}

/*
 * Swaps of neighbouring blocks among cuts not yet changed.  Every swap
 * whose new pairs are not against the evidence is a candidate.  One
 * with a start printed as a block start may be taken, the best first:
 * with two of its pairs on word evidence when it beats the kept order
 * by SWAPGAIN and every other candidate over the same cuts by
 * SWAPMARGIN; with one only, by WEAKGAIN and WEAKMARGIN.  Returns the
 * number of cuts changed.  The word list is asked only about the
 * candidates whose bounds could decide (settle()).
 */
int
rd_swaps(struct pairs *pp, int *to)
{
	const struct st	*st = pp->st;
	const struct cut *c = pp->c;
	int		 n = pp->n;
	const double	*m = pp->m;
	const int	*no = pp->no;
	char		*busy = jk_xcalloc((size_t)n, 1);
	signed char	*ok = jk_xreallocarray(NULL, (size_t)n * (size_t)n, 1);
	double		*nv = jk_xreallocarray(NULL, (size_t)n * (size_t)n,
			    sizeof(*nv));
	double		*kv = jk_xreallocarray(NULL, (size_t)n, sizeof(*kv));
	double		*cw = jk_xreallocarray(NULL, (size_t)n, sizeof(*cw));
	double		*rk = jk_xreallocarray(NULL, (size_t)n, sizeof(*rk));
	double		*ri = jk_xreallocarray(NULL, (size_t)n, sizeof(*ri));
	int		*sl = jk_xreallocarray(NULL, (size_t)n, sizeof(*sl));
	char		*hb = jk_xcalloc((size_t)n + 1, 1);
	struct swap	*sw = NULL, *el;
	size_t		 nsw = 0, cap = 0, nel = 0, a, b;
	int		 i, j, k, x, z, ch = 0, took;
	double		 need, gj;

	pp->ok = ok;
	pp->nv = nv;
	pp->kv = kv;
	pp->cw = cw;
	for (i = 0; i < n; i++)
		if (to[i] != i) {
			int lo = i < to[i] ? i : to[i];
			int hi = i < to[i] ? to[i] : i;

			for (x = lo; x <= hi; x++)
				busy[x] = 1;
		}
	/* each pair is looked at by many triples: its verdict once (the
	 * kept pairs with the word list asked) */
	for (i = 0; i < n; i++)
		rd_pair_val(pp, i, i);
	for (i = 0; i < n; i++) {
		/* an ending after a closed sentence is text lost or put
		 * between them, not a swap: no gain in undoing it */
		kv[i] = no[i * n + i] == V_CLOSED ? 3 :
		    m[i * n + i] - against(no[i * n + i]);
		/* (a leading space after a figure or box printed between
		 * end and start is the figure's, no evidence either way;
		 * after a byline group alone, at an open end, it says that
		 * the sentence the group cuts goes on there) */
		cw[i] = (jump(st, &c[i]) ? JUMPCUT : group_cut(st, &c[i]) ?
		    -JUMPCUT : st->f[c[i].s].lead == 0 ? -0.9 :
		    c[i].s > c[i].e + 1 ? BLOCKCUT : 0) -
		    ((st->f[c[i].e].k & K_TERM) ? 1 : 0) -
		    (short_end(st, &c[i]) ? SHORTCUT : 0);
		for (j = 0; j < n; j++)
			pair_prep(pp, i, j);
	}
	/* the most a third cut can add to a swap, for the triples of a
	 * pair of cuts that cannot reach a candidate's gain: rk[j] of the
	 * pair j -> k and cut k, ri[i] of the pair k -> i (the values only
	 * fall when the word list is asked) */
	for (i = 0; i < n; i++) {
		rk[i] = ri[i] = -1e9;
		for (k = i + 1; k < n && k - i <= 2 * SWAPSPAN; k++) {
			if (k - i <= SWAPSPAN && ok[i * n + k] &&
			    nv[i * n + k] - kv[k] + cw[k] > rk[i])
				rk[i] = nv[i * n + k] - kv[k] + cw[k];
			if (ok[k * n + i] && nv[k * n + i] > ri[i])
				ri[i] = nv[k * n + i];
		}
	}
	/* the source line of each cut's start, for the swaps' lengths;
	 * the cuts no swap is made of */
	for (i = 0; i < n; i++) {
		sl[i] = st->f[c[i].s].ln;
		hb[i] = heading_between(st, &c[i]);
	}
	/* the candidates, on bounds where the word list was not asked
	 * (tent): most are never asked about, as no decision needs them */
	for (i = 0; i < n; i++) {
		if (busy[i] || hb[i])
			continue;
		for (j = i + 1; j < n && j - i <= SWAPSPAN && !busy[j]; j++) {
			int p1 = ok[i * n + j];
			int y = sl[j] - sl[i];

			if (p1 == 0 || hb[j] ||
			    block_lines(st, c[i].s, c[j].s) < 2)
				continue;
			/* swap_gain() of the cuts i and j */
			gj = nv[i * n + j] - kv[i] - kv[j] + cw[i] + cw[j] -
			    SWAPLONG * (y > SWAPCOL ? y - SWAPCOL : 0);
			if (gj + rk[j] + ri[i] < SWAPGAIN - SWAPMARGIN - 1e-6)
				continue;
			for (k = j + 1; k < n && k - j <= SWAPSPAN &&
			    !busy[k]; k++) {
				JK_WORK(1);
				/* (swap_fill() asks again: most end here) */
				if (hb[k] || ok[j * n + k] == 0 ||
				    ok[k * n + i] == 0 ||
				    block_lines(st, c[j].s, c[k].s) < 2)
					continue;
				/* and with cut k: the gain swap_fill() would
				 * find, summed in another order (hence the
				 * slack), too low for a candidate */
				z = sl[k] - sl[j];
				if (gj + nv[j * n + k] + nv[k * n + i] - kv[k] +
				    cw[k] - SWAPLONG * (z > SWAPCOL ? z -
				    SWAPCOL : 0) < SWAPGAIN - SWAPMARGIN - 1e-6)
					continue;
				if (nsw == cap) {
					cap = cap ? cap * 2 : 64;
					sw = jk_xreallocarray(sw, cap,
					    sizeof(*sw));
				}
				sw[nsw].i = i;
				sw[nsw].j = j;
				sw[nsw].k = k;
				sw[nsw].at = (int)nsw;
				sw[nsw].dead = 0;
				sw[nsw].ng = NAN;
				if (swap_fill(pp, &sw[nsw]))
					nsw++;
			}
		}
	}
	/* only the swaps that may be taken need an order, the best first
	 * (the rival values do not depend on it); none is taken that the
	 * characters read worse after, whatever its words say */
	el = jk_xreallocarray(NULL, nsw + 1, sizeof(*el));
	for (a = 0; a < nsw; a++) {
		if (!takeable(&sw[a]))
			continue;
		settle(pp, &sw[a]);
		if (takeable(&sw[a]) && swap_chars(pp, &sw[a]) >= 0)
			el[nel++] = sw[a];
	}
	if (nel > 0)
		qsort(el, nel, sizeof(*el), swap_cmp);
	/* a swap taken (on words, or on words and characters together)
	 * settles its cuts: the rival readings of them are gone, and a
	 * swap they stopped is looked at again */
	do {
		took = 0;
		for (b = 0; b < nel; b++) {
			a = (size_t)el[b].at;
			if (!cuts_free(&sw[a], busy))
				continue;
			need = sw[a].strong ? SWAPMARGIN : WEAKMARGIN;
			/* (gone for good: no rival of the two) */
			if (pair_beats(pp, sw, nsw, a, need, busy)) {
				sw[a].dead = 1;
				continue;
			}
			if (rivalled(pp, sw, nsw, a, need) &&
			    !chars_decide(pp, sw, nsw, a, need))
				continue;
			ch += take_swap(&sw[a], busy, to);
			took = 1;
		}
		/* when the words take no more, words and characters
		 * together; what they take settles cuts too */
		if (!took) {
			x = swaps_on_both(pp, sw, nsw, busy, to);
			ch += x;
			took = x > 0;
		}
		for (a = 0; took && a < nsw; a++)
			if (!cuts_free(&sw[a], busy))
				sw[a].dead = 1;
	} while (took);
	pp->ok = NULL;
	pp->nv = pp->kv = pp->cw = NULL;
	free(el);
	free(sw);
	free(ok);
	free(nv);
	free(kv);
	free(cw);
	free(rk);
	free(ri);
	free(sl);
	free(hb);
	free(busy);
	return ch;
}
