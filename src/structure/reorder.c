/*
 * reorder.c -- reading order of the columns of a unit, as one decision.
 *
 * The extraction sometimes gives the column blocks of a page out of
 * order: a block ends mid-sentence and the text runs on into a block
 * that the extraction printed elsewhere.  Every place where one prose
 * line ends mid-sentence and the next prose line of the unit follows it
 * is a cut, and so is a block that starts mid-sentence (an ending, a
 * particle) after a closed sentence: its end and its start are
 * candidates.  Each end is scored against each start by the issue's own
 * evidence (evidence.c).
 *
 * Two neighbouring blocks printed in the other order change three joins
 * at once, so swaps are decided first, three cuts together (swaps.c).
 * A closed sentence before a sentence start, and a cut next to a Latin
 * word, are cuts only that search may change.
 *
 * Then single pairs: one is changed only when it
 * beats every other candidate of its end and of its start by a clear
 * margin; changes must close into cycles (each
 * start taken is given up by its old end, the one pair that closes a
 * cycle having evidence of its own) and leave one chain of blocks;
 * pairs that leave none with the swaps are given up, the swaps kept.
 * Otherwise the extraction order is kept and the cut is reported.  The
 * flow is then permuted block by block before the bodies are built, and
 * the first line of every moved block is marked (K_MOVED) so that the
 * join pass glues it where it was put.  A unit of more than MAXCUT cuts
 * is decided in windows of MAXCUT cuts that follow each other, so that
 * its work grows with its length.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "reorder.h"

#define MARGIN	 2.0	/* a pair beats every rival by this much */
#define STARTSHARE 0.15	/* Hangul share of a start that begins in it */
#define FULLLATIN 0.8	/* x p90: a full line (of Latin, set narrower) */

#define MAXCUT	 256	/* cuts decided together (a window of them) */
#define REPEATBACK 8	/* flow lines a repeat is looked for in */
#define FIGSPAN	 14	/* flow lines from a caption's label to its
			 * source that are the figure's */

/* Does flow line i print again the text of one of the few lines before
 * it (a caption's title printed twice by the extraction)?  A repeat is
 * debris (FIELD-GUIDE 9.6), never running text. */
static int
repeats(const struct st *st, int i)
{
	for (int j = i - 1; j >= 0 && j >= i - REPEATBACK; j--)
		if (((st->f[j].k & (K_CAPTION | K_DEBRIS | K_SOURCE)) ||
		    (j > 0 && (st->f[j - 1].k & K_CAPTION))) &&
		    strcmp(st->f[j].s, st->f[i].s) == 0)
			return 1;
	return 0;
}

/* Is flow line i the title printed under a caption's label ("그림 1",
 * then "탄소배출의 기술분야별 추이")?  The figure's, never running text. */
static int
caption_title(const struct st *st, int i)
{
	return i > 0 && (st->f[i - 1].k & K_CAPTION) &&
	    !(st->f[i].k & K_TERM) && st->f[i].w < 0.8 * st->p90;
}

/* Is flow line j of unit k a line of running text, mostly Hangul, that
 * a full line next to it runs on with (before: it closes no sentence)? */
static int
runs_on(const struct st *st, int j, int k, int before)
{
	int	 dg, la;

	return st->f[j].art == k && st->f[j].role == R_BODY &&
	    !(st->f[j].k & ((before ? K_TERM : 0) | K_CAPTION | K_SOURCE |
	    K_NUMROW | K_LABEL)) && st_hangul_share(st->f[j].s, &dg, &la) >=
	    0.3;
}

/* Does s close a sentence of Hangul before its end ("수 있습니다. ODBC,
 * JDBC 또는 LibreOffice")? */
static int
closes_inside(const char *s)
{
	const char *p;
	unsigned int cp;
	int	 n;

	for (p = strstr(s, ". "); p != NULL; p = strstr(p + 1, ". ")) {
		if (p - s < 3 || p[2] == '\0')
			continue;
		cp = jk_utf8_get(p - 3, 3, &n);
		if (n == 3 && jk_is_hangul(cp))
			return 1;
	}
	return 0;
}

/* A line of running text of unit k that a cut can fall after or before
 * (start: before it).  A line that ends in Hangul at the cut may hold
 * more Latin, a name or a term, and still be running text; so may any
 * start, which may open with the rest of a code or a term cut at the
 * end of the line before ("1.A1:E4"입니다."), but not a caption's title
 * printed again. */
static int
prose_line_at(const struct st *st, int i, int k, int start)
{
	const struct fl	*f = &st->f[i];
	int		 dg, la;

	if (f->art != k || f->role != R_BODY || (f->k & (K_CAPTION |
	    K_SOURCE | K_NUMROW | K_NOTE | K_BULLET | K_NUMHEAD | K_CIRCLED |
	    K_LABEL | K_BYLINE | K_PHOTOCAP | K_DOUBLED | K_STUB)) ||
	    repeats(st, i) || caption_title(st, i))
		return 0;
	/* a full line of Latin names and numbers that ends in Hangul,
	 * which a sentence of Hangul runs into ("윈도|우 NT/2000/XP, OS/2,
	 * 맥오에"), is running text too; so is one that opens a block and
	 * runs into such a sentence ("media/initrd.gz, hd-media/vmlinuz
	 * 및 데비안") */
	if (!start && jk_is_hangul(ev_last_cp(f->s)) && i > 0 &&
	    f->w >= FULLLATIN * st->p90 && runs_on(st, i - 1, k, 1))
		return 1;
	/* so is one that closes a sentence of Hangul inside it and runs
	 * on in Latin */
	if (!start && closes_inside(f->s) && f->w >= FULLLATIN * st->p90)
		return 1;
	if (start && !(f->k & K_TERM) && i + 1 < st->n &&
	    f->w >= FULLLATIN * st->p90 && runs_on(st, i + 1, k, 0))
		return 1;
	return st_hangul_share(f->s, &dg, &la) >= (start ||
	    jk_is_hangul(ev_last_cp(f->s)) ? STARTSHARE : 0.3);
}

static int
prose_line(const struct st *st, int i, int k)
{
	return prose_line_at(st, i, k, 0);
}

/* A line taken for debris only by its shape that is a full line of
 * running text (Latin names set across the column), not a label. */
static int
debris_prose(const struct st *st, int j, int k)
{
	const struct fl	*f = &st->f[j];

	return (f->k & K_DEBRIS) && !(f->k & (K_CAPTION | K_SOURCE |
	    K_NUMROW | K_PHOTOCAP | K_DOUBLED | K_STUB)) &&
	    f->w >= 0.7 * st->p90 && prose_line_at(st, j, k, 1);
}

/* Cuts of unit k in flow [from, to): consecutive prose lines, the first
 * not ending a sentence.  Returns their number, *cp the cuts (free). */
static int
find_cuts(const struct st *st, int k, int from, int to, struct cut **cp)
{
	struct cut *c = NULL;
	char	*box = jk_xcalloc((size_t)(to - from) + 1, 1);
	int	 i, j, n = 0, cap = 0, b1, b2, r;

	/* a box printed across a sentence (boxes.c) is no column block:
	 * the block builder lifts it out, and the sentence goes on after
	 * it */
	for (i = from; i < to; i++) {
		j = st_next_body(st, k, to, i);
		if (j >= 0 && prose_line(st, i, k) && st_box_shape(st, k, to,
		    i, j, st->p90, &b1, &b2, &r))
			for (; j <= b2; j++)
				box[j - from] = 1;
	}
	/* nor is what a figure prints between its caption's label and
	 * its source ("그림 2", a title, chart labels, values, "<자료:
	 * …>"), when no closed line of running text stands between */
	for (i = from; i < to; i++) {
		if (!(st->f[i].k & K_CAPTION))
			continue;
		for (j = i + 1; j < to && j <= i + FIGSPAN &&
		    !(st->f[j].k & (K_SOURCE | K_CAPTION)) &&
		    !((st->f[j].k & K_TERM) && st->f[j].w >= 0.7 * st->p90);
		    j++)
			;
		if (j < to && j <= i + FIGSPAN && (st->f[j].k & K_SOURCE)) {
			for (b1 = i; b1 <= j; b1++)
				box[b1 - from] = 1;
			i = j;
		}
	}
	/* nor a chart printed with no caption label (labels, a row of
	 * years, values, its source) */
	for (i = from; i < to; i++) {
		if (box[i - from] || st->f[i].art != k ||
		    st->f[i].role != R_BODY ||
		    (j = st_anchorless_chart(st, k, to, i, st->p90)) < 0)
			continue;
		for (b1 = i; b1 <= j; b1++)
			box[b1 - from] = 1;
		i = j;
	}
	/* a short line that closes no sentence ends a heading or a label,
	 * not a block; but one that broke at a space (its trailing space)
	 * is short only because the next word did not fit (a long Latin
	 * name, "reportbug가", "OpenDocument"): running text down to half
	 * the column, and a block may end there */
	for (i = from; i < to; i++) {
		if (box[i - from] || !prose_line(st, i, k) ||
		    (!(st->f[i].k & K_TERM) && st->f[i].w < (st->f[i].trail >
		    0 ? 0.5 : 0.7) * st->p90))
			continue;
		/* the next line of running text: past what a figure
		 * prints, but not past a line taken for debris that reads
		 * as running text (a line of Latin names): the cut is
		 * before it, where its block ends */
		for (j = i + 1; j < to; j++)
			if (!box[j - from] && st->f[j].art == k &&
			    st->f[j].role == R_BODY &&
			    (!(st->f[j].k & (K_CAPTION | K_SOURCE | K_DEBRIS |
			    K_NUMROW | K_PHOTOCAP | K_DOUBLED)) ||
			    debris_prose(st, j, k)) && !caption_title(st, j))
				break;
		if (j >= to || !prose_line_at(st, j, k, 1))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			c = jk_xreallocarray(c, (size_t)cap, sizeof(*c));
		}
		/* after a closed sentence, only a block that starts
		 * mid-sentence (an ending, a particle) is stranded; a
		 * sentence start may still begin a swapped block, and so
		 * may a cut next to a Latin word or a bracket */
		c[n].soft = ((st->f[i].k & K_TERM) &&
		    !(st->f[j].k & K_OPEN)) ||
		    !jk_is_hangul(ev_last_cp(st->f[i].s)) ||
		    !jk_is_hangul(ev_first_cp(st->f[j].s));
		c[n].e = i;
		c[n].s = j;
		n++;
	}
	free(box);
	*cp = c;
	return n;
}

/* The true score of pair (i, j): the word list asked if it was not. */
double
rd_pair_val(struct pairs *p, int i, int j)
{
	size_t	 x = (size_t)i * (size_t)p->n + (size_t)j;

	if (p->pend[x]) {
		JK_WORK(1);
		p->m[x] = ev_score(p->st, p->bg, p->c[i].e, p->c[j].s,
		    &p->sd[i], &p->sd[j], &p->no[x], NULL);
		p->pend[x] = 0;
	}
	return p->m[x];
}

/* How much likelier the characters are across pair (i, j) than apart
 * (ngram.c); 0 after a closed sentence, where they say nothing of
 * which sentence comes next. */
double
rd_pair_chars(struct pairs *p, int i, int j)
{
	double	*v = &p->ll[(size_t)i * (size_t)p->n + (size_t)j];

	if (p->st->f[p->c[i].e].k & K_TERM)
		return 0;
	if (isnan(*v))
		*v = ng_across(p->bg->ng, &p->sd[i].ne, &p->sd[j].ns);
	return *v;
}

/* Does pair (i, j) beat every rival of end i and of start j?  (mp: the
 * scores of the pairs that may change, -1e6 for the others) */
static int
dominant(struct pairs *p, double *mp, int i, int j)
{
	int	 n = p->n, k;
	double	 v = mp[i * n + j];

	for (k = 0; k < n; k++) {
		if (k != j && mp[i * n + k] + MARGIN > v &&
		    (mp[i * n + k] = rd_pair_val(p, i, k)) + MARGIN > v)
			return 0;
		if (k != i && mp[k * n + j] + MARGIN > v &&
		    (mp[k * n + j] = rd_pair_val(p, k, j)) + MARGIN > v)
			return 0;
	}
	return 1;
}


/*
 * The successor of each cut's end: to[i] = j means the end of cut i goes
 * on at the start of cut j; swto the same for the swaps alone (before
 * the single pairs).  Returns the number of cuts changed.
 */
static int
decide(const struct st *st, const struct bigrams *bg, const struct cut *c,
    int n, int *to, int *swto)
{
	double	*m = jk_xreallocarray(NULL, (size_t)n * (size_t)n,
	    sizeof(*m));
	double	*mp = jk_xreallocarray(NULL, (size_t)n * (size_t)n,
	    sizeof(*mp));
	int	*from = jk_xreallocarray(NULL, (size_t)n, sizeof(*from));
	char	*busy = jk_xreallocarray(NULL, (size_t)n, 1);
	struct side *sd = jk_xreallocarray(NULL, (size_t)n, sizeof(*sd));
	int	*no = jk_xreallocarray(NULL, (size_t)n * (size_t)n,
	    sizeof(*no));
	char	*pend = jk_xreallocarray(NULL, (size_t)n * (size_t)n, 1);
	double	*ll = jk_xreallocarray(NULL, (size_t)n * (size_t)n,
	    sizeof(*ll));
	struct pairs p = { st, bg, c, sd, n, m, no, pend, ll,
	    NULL, NULL, NULL, NULL };
	int	 i, j, t, x, steps, ch = 0, pd;

	for (i = 0; i < n; i++)
		ev_side(st, bg, c[i].e, c[i].s, &sd[i]);
	for (i = 0; i < n; i++) {
		JK_WORK(n);	/* every end against every start */
		for (j = 0; j < n; j++) {
			m[i * n + j] = ev_score(st, bg, c[i].e, c[j].s, &sd[i],
			    &sd[j], &no[i * n + j], &pd);
			pend[i * n + j] = (char)pd;
			ll[i * n + j] = NAN;
		}
	}
	for (i = 0; i < n; i++) {
		to[i] = i;
		from[i] = -1;
	}
	/* swaps of neighbouring blocks first: three cuts decided
	 * together, on more evidence than one pair */
	rd_swaps(&p, to);
	memcpy(swto, to, (size_t)n * sizeof(*to));
	for (i = 0; i < n; i++)
		busy[i] = 0;
	for (i = 0; i < n; i++)
		if (to[i] != i)
			for (x = i < to[i] ? i : to[i]; x <= (i < to[i] ?
			    to[i] : i); x++)
				busy[x] = 1;
	/* then pairs one at a time: only cuts inside a sentence, and
	 * none inside a swap */
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			mp[i * n + j] = c[i].soft || c[j].soft || busy[i] ||
			    busy[j] ? -1e6 : m[i * n + j];
	/* changes only where an end and a start prefer each other by a
	 * clear margin over every rival, on word evidence */
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			if (j != i && mp[i * n + j] >= 5 && (mp[i * n + j] =
			    rd_pair_val(&p, i, j)) >= 5 && dominant(&p, mp, i, j))
				to[i] = j;
	for (i = 0; i < n; i++)
		if (to[i] != i)
			from[to[i]] = i;
	/* a path of changes h -> ... -> t (t's own start taken) closes
	 * into a cycle when t can take h's start, which h gave up;
	 * otherwise the whole path is dropped */
	for (i = 0; i < n; i++) {
		if (to[i] == i || from[i] >= 0)
			continue;
		for (t = i, steps = 0; to[t] != t && steps <= n; steps++)
			t = to[t];
		if (to[t] == t && mp[t * n + i] >= 3 && (mp[t * n + i] =
		    rd_pair_val(&p, t, i)) >= 3) {
			to[t] = i;
			from[i] = t;
			continue;
		}
		for (x = i; to[x] != x; x = t) {
			t = to[x];
			from[t] = -1;
			to[x] = x;
		}
	}
	for (i = 0; i < n; i++)
		ch += to[i] != i;
	free(m);
	free(mp);
	free(ll);
	free(no);
	free(pend);
	free(sd);
	free(busy);
	free(from);
	return ch;
}

/* Do the successors make one chain of blocks from the first block to
 * the last (permute())? */
static int
chained(int n, const int *to)
{
	char	*used = jk_xcalloc((size_t)n + 1, 1);
	int	 b = 0, nb = 0;

	while (nb <= n && !used[b]) {
		used[b] = 1;
		nb++;
		if (b == n)
			break;
		b = to[b] + 1;
	}
	free(used);
	return nb == n + 1 && b == n;
}

static void	 remap_headers(struct st *, int, int, const int *);

/*
 * Blocks: block 0 is [from, c[0].s), block b (1..n) is [c[b-1].s,
 * c[b].s) and the last one runs to the end.  Block b ends with cut b's
 * end.  Follow the successors from block 0; the new flow order is the
 * blocks in that order.  Returns 0 when the blocks do not form one chain.
 */
static int
permute(struct st *st, int from, int end, const struct cut *c, int n,
    const int *to)
{
	int	*order = jk_xreallocarray(NULL, (size_t)n + 1, sizeof(*order));
	int	*used = jk_xcalloc((size_t)n + 1, sizeof(*used));
	int	*newpos, *oldat;
	struct fl *nf;
	char	*t1, *t2, *t3;
	int	 b, nb = 0, i, p, lo, hi;
	size_t	 fi;

	/* block b + 1 starts at cut b's start */
	b = 0;
	while (nb <= n && !used[b]) {
		used[b] = 1;
		order[nb++] = b;
		if (b == n)
			break;
		b = to[b] + 1;
	}
	if (nb != n + 1 || order[n] != n) {
		free(order);
		free(used);
		return 0;
	}
	nf = jk_xreallocarray(NULL, (size_t)(end - from), sizeof(*nf));
	oldat = jk_xreallocarray(NULL, (size_t)(end - from), sizeof(*oldat));
	for (p = 0, i = 0; i <= n; i++) {
		b = order[i];
		lo = b == 0 ? from : c[b - 1].s;
		hi = b == n ? end : c[b].s;
		for (; lo < hi; lo++) {
			oldat[p] = lo;
			nf[p++] = st->f[lo];
		}
	}
	newpos = jk_xreallocarray(NULL, (size_t)st->n, sizeof(*newpos));
	for (i = 0; i < st->n; i++)
		newpos[i] = i;
	for (p = 0; p < end - from; p++)
		newpos[oldat[p]] = from + p;
	memcpy(st->f + from, nf, (size_t)(end - from) * sizeof(*nf));
	/* arrays indexed by flow line go with their lines */
	t1 = jk_xmalloc((size_t)(end - from));
	t2 = jk_xmalloc((size_t)(end - from));
	t3 = jk_xmalloc((size_t)(end - from));
	for (p = 0; p < end - from; p++) {
		t1[p] = st->tagbefore != NULL ? st->tagbefore[oldat[p]] : 0;
		t2[p] = st->furnbefore != NULL ? st->furnbefore[oldat[p]] : 0;
		t3[p] = st->inhdr != NULL ? st->inhdr[oldat[p]] : 0;
	}
	for (p = 0; p < end - from; p++) {
		if (st->tagbefore != NULL)
			st->tagbefore[from + p] = t1[p];
		if (st->furnbefore != NULL)
			st->furnbefore[from + p] = t2[p];
		if (st->inhdr != NULL)
			st->inhdr[from + p] = t3[p];
	}
	for (fi = 0; st->fpos != NULL && fi < st->t->nfurn; fi++)
		if (st->fpos[fi] >= from && st->fpos[fi] < end)
			st->fpos[fi] = newpos[st->fpos[fi]];
	remap_headers(st, from, end, newpos);
	free(t1);
	free(t2);
	free(t3);
	free(newpos);
	free(oldat);
	free(nf);
	free(order);
	free(used);
	return 1;
}

/* A flow index x of a header or a unit, and a range [*x0, *x1) of them,
 * where the lines of [from, end) went (newpos).  A range moves whole
 * (the cuts never fall inside one: movable(), header_moves()). */
static void
remap_at(int *x, int from, int end, const int *newpos)
{
	if (*x >= from && *x < end)
		*x = newpos[*x];
}

static void
remap_range(int *x0, int *x1, int from, int end, const int *newpos)
{
	if (*x1 > *x0 && *x0 >= from && *x1 <= end) {
		int	 n = *x1 - *x0;

		*x0 = newpos[*x0];
		*x1 = *x0 + n;
	}
}

/* The header groups and the units keep flow indices of their lines
 * (byline, bio, title...): they go with their lines. */
static void
remap_headers(struct st *st, int from, int end, const int *newpos)
{
	int	 i, last;

	for (i = 0; i < st->nh; i++) {
		struct hdr *h = &st->h[i];

		remap_at(&h->by, from, end, newpos);
		remap_range(&h->af0, &h->af1, from, end, newpos);
		remap_range(&h->bio0, &h->bio1, from, end, newpos);
		remap_range(&h->ti0, &h->ti1, from, end, newpos);
		remap_at(&h->sub, from, end, newpos);
		remap_at(&h->lab, from, end, newpos);
		remap_range(&h->pr0, &h->pr1, from, end, newpos);
		last = h->last + 1;	/* (inclusive) */
		remap_range(&h->first, &last, from, end, newpos);
		h->last = last - 1;
	}
	for (i = 0; i < st->na; i++) {
		struct art *a = &st->a[i];

		remap_range(&a->ti0, &a->ti1, from, end, newpos);
		remap_at(&a->sub, from, end, newpos);
		remap_at(&a->lab, from, end, newpos);
		remap_range(&a->deck0, &a->deck1, from, end, newpos);
		remap_range(&a->item0, &a->item1, from, end, newpos);
	}
}

/* Is flow [from, end) all of unit k's body, so that blocks may move?
 * A byline of the unit printed among its blocks (with its affiliation
 * and bio) is no other text: the header takes it wherever it stands, and
 * it moves with its block. */
static int
movable(const struct st *st, int k, int from, int end)
{
	int	 i, r;

	for (i = from; i < end; i++) {
		r = st->f[i].role;
		if (st->f[i].art != k)
			return 0;
		if (r == R_BYLINE || r == R_AFFIL || r == R_BIO)
			continue;
		if ((r != R_BODY && r != R_DONE) || (st->inhdr != NULL &&
		    st->inhdr[i]))
			return 0;
	}
	return 1;
}

/*
 * Cuts c[0..n) of unit k, the text from their first start to flow line
 * end: decide their order and permute the flow (the text before the
 * first cut's start and the block after the last stay).
 */
static void
reorder_window(struct st *st, struct bigrams *bg, int k, const struct cut *c,
    int n, int end)
{
	struct art	*a = &st->a[k];
	int		 to[MAXCUT], swto[MAXCUT], lne[MAXCUT], lns[MAXCUT];
	int		 i, ch, from, last, drop = 0, at = -1;
	char		 marked[MAXCUT];

	ch = decide(st, bg, c, n, to, swto);
	/* single pairs that leave no single chain of blocks with the
	 * swaps (a cycle of them closed apart from the rest): the swaps
	 * alone, each a chain by itself, and the pairs reported kept */
	if (ch > 0 && !chained(n, to)) {
		for (i = 0; i < n; i++)
			if (to[i] != swto[i]) {
				if (drop++ == 0)
					at = c[i].s;
				to[i] = swto[i];
			}
		if (drop > 0)
			jk_msg(st->d, JK_M_ORDERUNSURE, st->f[at].ln, "%d "
			    "column blocks seem out of order, but no single "
			    "reading order follows: extraction order kept",
			    drop);
		ch -= drop;
	}
	if (ch == 0)
		return;
	for (i = 0, from = c[0].s; i < n; i++)
		if (to[i] != i) {
			from = c[i].s;
			break;
		}
	for (last = n - 1; last > 0 && to[last] == last; last--)
		;
	/* only the blocks between the first and the last cut changed
	 * move: the text before and after them (the header, a byline
	 * among the blocks) stays */
	if (!movable(st, k, from, c[last].s)) {
		jk_msg(st->d, JK_M_ORDERUNSURE, st->f[from].ln, "%d column "
		    "blocks seem out of order, but the unit holds other "
		    "text among them: extraction order kept", ch);
		return;
	}
	for (i = 0; i < n; i++) {
		lne[i] = st->f[c[i].e].ln;
		lns[i] = st->f[c[to[i]].s].ln;
		marked[i] = to[i] != i && !(st->f[c[to[i]].s].k & K_MOVED);
		if (marked[i])
			st->f[c[to[i]].s].k |= K_MOVED;
	}
	if (!permute(st, a->from, end, c, n, to)) {
		/* (only the marks set here: a reports split's stay) */
		for (i = 0; i < n; i++)
			if (marked[i])
				st->f[c[to[i]].s].k &= ~(unsigned)K_MOVED;
		jk_msg(st->d, JK_M_ORDERUNSURE, st->f[from].ln, "%d column "
		    "blocks seem out of order, but no single reading order "
		    "follows: extraction order kept", ch);
		return;
	}
	for (i = 0; i < n; i++)
		if (to[i] != i)
			jk_msg(st->d, JK_M_ORDER, lns[i], "column block from "
			    "line %d goes on the sentence cut at line %d",
			    lns[i], lne[i]);
}

/* A unit's cuts are decided MAXCUT at a time, in windows that follow
 * each other (the work of a window grows with the square of its cuts,
 * so a long unit costs in proportion to its length); a window ends, if
 * it can, at a closed sentence in its last SWAPSPAN cuts, where no
 * swap is cut in two. */
static void
reorder_unit(struct st *st, struct bigrams *bg, int k)
{
	struct art	*a = &st->a[k];
	struct cut	*c;
	int		 n, w, x, end, uend;

	if (a->advert || a->to - a->from < 4)
		return;
	uend = a->tail > a->from ? a->tail : a->to;
	n = find_cuts(st, k, a->from, uend, &c);
	if (n >= 2 && bg->ng == NULL)
		ev_build(bg, st->t);	/* only when some unit has cuts */
	for (w = 0; n - w >= 2; w += x) {
		x = n - w;
		if (x > MAXCUT) {
			x = MAXCUT;
			while (x > MAXCUT - SWAPSPAN && !c[w + x - 1].soft)
				x--;
			if (!c[w + x - 1].soft)
				x = MAXCUT;
		}
		end = w + x < n ? c[w + x].s : uend;
		reorder_window(st, bg, k, c + w, x, end);
	}
	free(c);
}

/* Bracket depth at the end of s, and (*neg) whether a ')' closed one
 * that s did not open. */
static int
bracket_depth(const char *s, int *neg)
{
	int	 d = 0;

	*neg = 0;
	for (; *s != '\0'; s++)
		if (*s == '(')
			d++;
		else if (*s == ')' && --d < 0) {
			*neg = 1;
			d = 0;
		}
	return d;
}

/* Is body line i of unit k a heading's shape (short, no sentence), or
 * the first after the unit's header? */
static int
section_start(const struct st *st, int k, int i, int prev)
{
	return prev < 0 || st->f[prev].art != k ||
	    st->f[prev].role != R_BODY || ((st->f[i].blanks > 0 ||
	    st->f[i].lead > 0) && !(st->f[i].k & K_TERM) &&
	    st->f[i].w < 0.6 * st->p90);
}

/* Does the bracket that body line i of unit k leaves open stay open: no
 * body line after it closes it before a sentence ends (figure text
 * between them aside)? */
static int
stays_open(const struct st *st, int k, int i)
{
	int	 d, n, neg;
	const char *p;

	d = bracket_depth(st->f[i].s, &neg);
	for (n = 0; d > 0 && n < 8 && (i = st_next_body(st, k, st->a[k].to,
	    i)) >= 0; n++) {
		if (st->f[i].k & (K_CAPTION | K_SOURCE))
			continue;
		for (p = st->f[i].s; *p != '\0' && d > 0; p++)
			d += *p == '(' ? 1 : *p == ')' ? -1 : 0;
		if (d == 0)
			return 0;
		if (st->f[i].k & K_TERM)
			break;
	}
	return d > 0;
}

/* The start of the block that body line e of unit k ends, after the
 * unit's first body line s0: a heading's shape, or the first line after
 * the header; -1 if none within 40 lines or if figure text comes
 * first. */
static int
block_start(const struct st *st, int k, int s0, int e)
{
	int	 x0, prev, n, dg, la;

	for (x0 = e, n = 0; x0 > s0 && n < 40; x0 = prev, n++) {
		for (prev = x0 - 1; prev > s0 && (st->f[prev].art != k ||
		    (st->f[prev].role != R_BODY && !st->inhdr[prev] &&
		    st->f[prev].role != R_LABEL &&
		    st->f[prev].role != R_TITLE)); prev--)
			;
		if (section_start(st, k, x0, prev))
			return x0;
		/* a block begun after a figure's text is no opening (a
		 * short line of Hangul words taken for a chart's label may
		 * be the heading) */
		if ((st->f[prev].k & (K_CAPTION | K_SOURCE | K_STUB)) ||
		    ((st->f[prev].k & K_DEBRIS) &&
		    st_hangul_share(st->f[prev].s, &dg, &la) < 0.8))
			return -1;
	}
	return -1;
}

/* movable(), save that the lines of [s0, x0) may also be unit k's
 * header (its byline group, title, subtitle, label), whole: the text
 * from x0 to end goes before them. */
static int
header_moves(const struct st *st, int k, int s0, int x0, int end)
{
	int	 i, r;

	for (i = s0; i < x0; i++) {
		r = st->f[i].role;
		if (st->f[i].art != k || (r != R_BODY && r != R_DONE &&
		    r != R_BYLINE && r != R_AFFIL && r != R_BIO &&
		    r != R_TITLE && r != R_SUBTITLE && r != R_LABEL))
			return 0;
	}
	for (i = 0; i < st->nh; i++)
		if (st->h[i].last >= s0 && st->h[i].first < end &&
		    (st->h[i].first < s0 || st->h[i].last >= x0))
			return 0;
	return movable(st, k, x0, end);
}

/*
 * The opening of unit k extracted after later text ("…(Next Generation
 * Sequencing,␠" printed after "NGS) 기술과 …", the unit's first body
 * line): the unit's text opens inside a bracket that no line before it
 * opened, and exactly one line of the unit that ends a block begun by
 * a heading or by the header leaves a bracket open that no line after it
 * closes (a line that may hold more Latin than Hangul: the term in the
 * bracket).  That block goes first, before the unit's header where the
 * header stands between the two.
 */
static void
opening_block(struct st *st, int k)
{
	struct art	*a = &st->a[k];
	struct cut	 c[3];
	int		 to[3] = { 1, 2, 0 };
	int		 i, s0 = -1, e = -1, x0 = -1, x, neg, n = 0;

	if (a->advert)
		return;
	for (i = a->from; i < a->to && s0 < 0; i++)
		if (st->f[i].art == k && st->f[i].role == R_BODY &&
		    !st->inhdr[i])
			s0 = i;
	if (s0 <= 0 || (bracket_depth(st->f[s0].s, &neg), !neg))
		return;
	for (i = s0 + 1; i < a->to; i++) {
		if (st->f[i].art != k || st->f[i].role != R_BODY ||
		    (st->f[i].k & (K_TERM | K_END | K_DEBRIS)) ||
		    !prose_line_at(st, i, k, 1) || !stays_open(st, k, i) ||
		    (x = block_start(st, k, s0, i)) < 0)
			continue;
		e = i;
		x0 = x;
		n++;
	}
	/* (the unit's header may stand between the two: it moves with the
	 * text before it, and its lines' positions with them) */
	if (n != 1 || e + 1 >= st->n || !header_moves(st, k, s0, x0, e + 1))
		return;
	c[0].e = s0 - 1;
	c[0].s = s0;
	c[1].e = x0 - 1;
	c[1].s = x0;
	c[2].e = e;
	c[2].s = e + 1;
	c[0].soft = c[1].soft = c[2].soft = 0;
	if (!permute(st, s0 - 1, e + 2 <= st->n ? e + 2 : st->n, c, 3, to))
		return;
	/* the opening now runs from s0 to i, the old first line after it */
	i = s0 + e - x0 + 1;
	st->f[i].k |= K_MOVED;
	st->f[e + 1].k |= K_MOVED;
	jk_msg(st->d, JK_M_ORDER, st->f[s0].ln, "lines %d-%d open the unit: "
	    "the text at line %d goes on the bracket they leave open",
	    st->f[s0].ln, st->f[i - 1].ln, st->f[i].ln);
}

void
st_reorder(struct st *st)
{
	struct bigrams	 bg;
	int		 k;

	bg.ng = NULL;
	for (k = 0; k < st->na; k++) {
		reorder_unit(st, &bg, k);
		if (st->inhdr != NULL)
			opening_block(st, k);
	}
	if (bg.ng != NULL)
		ev_free(&bg);
}
