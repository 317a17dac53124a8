/*
 * articles.c -- split the flow into editorial units.
 *
 * Anchors are header groups (byline, affiliation lines, bio block) and
 * article-end markers ("다.␠␠").  A header group followed by a title
 * block starts an article there; one preceded by a title block starts it
 * at that title; one with neither sits inside an article (or just after
 * one) and is attached to it.  Text between an end marker and the next
 * header belongs to the next article, except the figure material that
 * closes the previous one.  Adverts are recognised afterwards.
 */
#include <stdlib.h>
#include <string.h>

#include "stpriv.h"

static int	 has_header(const struct st *, int);

/* A box title ("…소개", "참고") opens a sidebar, not a unit. */
int
box_title(const char *s)
{
	return (st_ends_with(s, "소개") && strlen(s) < 40) ||
	    strcmp(s, "참고") == 0;
}

static int
cmp_width(const void *a, const void *b)
{
	double	 x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* === title blocks ======================================================= */

static int
titleish(const struct st *st, int i)
{
	const struct fl	*f = &st->f[i];
	int		 dg, la;

	if (f->k & (K_CAPTION | K_BYLINE | K_TERM | K_NUMHEAD | K_NOTE |
	    K_SOURCE | K_NUMROW | K_LABEL | K_CIRCLED | K_PHOTOCAP))
		return 0;
	/* list items ("• …", "- …") are never titles; a subtitle
	 * "-스마트 …" has no space after its dash and is no bullet */
	if (f->k & K_BULLET)
		return 0;
	if (strstr(f->s, "  ") != NULL || strstr(f->s, "(단위") != NULL)
		return 0;
	if (strpbrk(f->s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
	    == NULL && st_hangul_share(f->s, &dg, &la) == 0)
		return 0;
	return f->w <= 0.75 * st->p90 && f->w >= 1.5;
}

/*
 * A title block starting at flow line i: 1-6 short single-spaced lines
 * without a terminal form, standing apart from what follows.  Returns
 * the end (exclusive) or -1.
 */
static int
title_block(const struct st *st, int i)
{
	int	 j, dg, la;

	if (i < 0 || i >= st->n || !titleish(st, i))
		return -1;
	/* double-spaced Korean title lines closed by a kicker label */
	if (i == 0 || st->f[i].blanks >= 1)
		for (j = i + 1; j < st->n && j - i <= 4; j++) {
			if (st->f[j].k & K_LABEL) {
				if (j - i >= 2 && st_hangul_share(st->f[i].s,
				    &dg, &la) >= 0.5)
					return j;
				break;
			}
			if (st->f[j].blanks != 1 || !titleish(st, j))
				break;
		}
	for (j = i + 1; j < st->n && j - i < 6; j++)
		if (st->f[j].blanks != 0 || !titleish(st, j) ||
		    st->f[j].lead > 0)
			break;
	if (j < st->n && st->f[j].blanks == 0 && !(st->f[j].k & K_LABEL) &&
	    st->f[j].lead == 0)
		return -1;
	if (j < st->n && (st->f[j].k & K_LABEL))
		return j;
	if (st->f[j - 1].trail > 0 && j - 1 > i) {
		int	 m;

		for (m = i; m < j; m++)
			if (st->f[m].w >= 0.6 * st->p90)
				return -1;
	}
	if (j - i == 1 && st->f[i].trail > 0)
		return -1;
	return j;
}

/* A title block that ends just before flow line e (the header start). */
static int
title_before(const struct st *st, int first)
{
	int	 e = first - 1, b;

	if (e < 0 || st->f[first].blanks > 2 || !titleish(st, e) ||
	    st->f[e].trail > 0)
		return -1;
	for (b = e; b > 0 && e - b < 5; b--) {
		if (st->f[b].lead > 0 || st->f[b].blanks > 0)
			break;
		if (!titleish(st, b - 1))
			return -1;
	}
	if (st->f[b].lead == 0 && st->f[b].blanks == 0 && b > 0)
		return -1;
	/* a caption title is not an article title; without a leading space
	 * the block must follow a closed sentence */
	if (b > 0 && (st->f[b - 1].k & K_CAPTION))
		return -1;
	if (b > 0 && st->f[b].lead == 0 && !(st->f[b - 1].k & K_TERM))
		return -1;
	if (b > 0 && st->f[b].lead == 0 &&
	    !(st->f[b - 1].k & (K_TERM | K_CAPTION | K_DEBRIS | K_SOURCE)) &&
	    st_is_prose(st, b - 1))
		return -1;
	return b;
}

/* === header groups ====================================================== */

static int
run_end(const struct st *st, int i)
{
	int	 j;

	for (j = i + 1; j < st->n && st->f[j].blanks == 0; j++)
		if (st->f[j].k & (K_CAPTION | K_BYLINE))
			break;
	return j;
}

static int
bio_run(const struct st *st, int i, int after_byline)
{
	int	 j, e, voc = 0;

	if (i >= st->n || (st->f[i].k & (K_CAPTION | K_BYLINE | K_NUMHEAD |
	    K_BULLET | K_NOTE | K_LABEL)))
		return -1;
	e = run_end(st, i);
	if (e - i > 15)
		return -1;
	/* a title printed right under the bio with no blank line between
	 * (the top of a file): the bio ends at its last sentence before
	 * the title block */
	if (!(st->f[e - 1].k & K_TERM)) {
		for (j = e - 2; j > i && !(st->f[j].k & K_TERM); j--)
			;
		if (j <= i || !(st->f[j].k & K_TERM) ||
		    title_block(st, j + 1) <= j + 1)
			return -1;
		e = j + 1;
	}
	for (j = i; j < e; j++)
		if (st->f[j].k & K_BIOVOC)
			voc = 1;
	if (!voc && !(after_byline && e - i >= 2))
		return -1;
	return e;
}

static struct hdr *
hdr_new(struct st *st)
{
	struct hdr	*h;

	st->h = jk_xreallocarray(st->h, (size_t)st->nh + 1, sizeof(*st->h));
	h = &st->h[st->nh++];
	memset(h, 0, sizeof(*h));
	h->by = h->sub = h->lab = -1;
	h->af0 = h->af1 = h->bio0 = h->bio1 = -1;
	h->ti0 = h->ti1 = h->pr0 = h->pr1 = -1;
	h->art = -1;
	return h;
}

static void
find_headers(struct st *st)
{
	struct hdr	*h;
	int		 i, j, e, r0, a0;

	for (i = 0; i < st->n; i++) {
		if (st->f[i].k & K_BYLINE) {
			h = hdr_new(st);
			h->by = h->first = h->last = i;
			/* the line right under a byline may be a long
			 * affiliation ("…연구센터 책임연구원") */
			for (j = i + 1; j < st->n && j - i <= 3 &&
			    ((st->f[j].k & K_AFFIL) || (j == i + 1 &&
			    !(st->f[j].k & (K_TERM | K_CAPTION | K_BYLINE)) &&
			    st->f[j].w <= 1.4 * st->p90 &&
			    st_match(st->re_affil, st->f[j].s))) &&
			    !(st->f[j].k & K_BIOVOC); j++)
				/* "부산대학교에서 …" opening the bio */
				if (j > i + 1 && st->f[j].blanks > 0 &&
				    bio_run(st, j, 1) > j + 1)
					break;
			if (j > i + 1) {
				h->af0 = i + 1;
				h->af1 = j;
				h->last = j - 1;
			}
			if ((e = bio_run(st, j, 1)) > 0) {
				h->bio0 = j;
				h->bio1 = e;
				h->last = e - 1;
			}
			i = h->last;
			continue;
		}
		/* a bio run without a byline, after affiliation lines */
		if (st->f[i].blanks == 0 && i > 0)
			continue;
		if (!(st->f[i].k & K_BIOVOC) && run_end(st, i) - i < 2)
			continue;
		if ((e = bio_run(st, i, 0)) < 0)
			continue;
		if (i == 0 || !(st->f[i - 1].k & K_AFFIL))
			continue;
		if (st->nh > 0 && st->h[st->nh - 1].last >= i - 2)
			continue;
		r0 = i;
		a0 = i - 1;
		while (a0 > 0 && i - a0 < 3 && (st->f[a0 - 1].k & K_AFFIL) &&
		    (st->nh == 0 || st->h[st->nh - 1].last < a0 - 1))
			a0--;
		h = hdr_new(st);
		h->af0 = h->first = a0;
		h->af1 = r0;
		h->bio0 = r0;
		h->bio1 = e;
		h->last = e - 1;
		i = e - 1;
	}
}

static void
place_headers(struct st *st)
{
	struct hdr	*h, *p;
	int		 i, k, b, e;

	for (k = 0; k < st->nh; k++) {
		h = &st->h[k];
		h->pos = H_MID;
		b = title_before(st, h->first);
		if (b >= 0 && k > 0 && st->h[k - 1].ti0 == b &&
		    st->h[k - 1].pos == H_PRE) {
			/* profile -> title -> byline: the earlier group is
			 * the featured person, this one the author */
			p = &st->h[k - 1];
			h->pos = H_TITLEFIRST;
			h->ti0 = p->ti0;
			h->ti1 = p->ti1;
			h->sub = p->sub;
			h->lab = p->lab;
			h->pr0 = p->first;
			h->pr1 = p->last + 1;
			p->pos = -1;	/* merged */
			h->first = p->first;
		} else if (b >= 0 && (k == 0 || b > st->h[k - 1].last)) {
			h->pos = H_TITLEFIRST;
			h->ti0 = b;
			h->ti1 = h->first;
		} else if ((e = title_block(st, h->last + 1)) > 0) {
			h->pos = H_PRE;
			h->ti0 = h->last + 1;
			h->ti1 = e;
			if (e < st->n && (st->f[e].k & K_LABEL))
				h->lab = e;
		}
		if (h->ti0 >= 0 && h->ti1 - h->ti0 >= 2 &&
		    (st->f[h->ti1 - 1].s[0] == '-' ||
		    strncmp(st->f[h->ti1 - 1].s, "–", 3) == 0)) {
			h->sub = h->ti1 - 1;
		}
	}
	/* drop merged groups */
	for (i = k = 0; k < st->nh; k++)
		if (st->h[k].pos >= 0)
			st->h[i++] = st->h[k];
	st->nh = i;
}

/* === article ends ======================================================= */

static int
hdr_start(const struct hdr *h)
{
	return h->pos == H_TITLEFIRST ? h->ti0 : h->first;
}

static int
is_hdr_first(const struct st *st, int i)
{
	int	 k;

	for (k = 0; k < st->nh; k++)
		if (st->h[k].first == i || (st->h[k].pos == H_TITLEFIRST &&
		    st->h[k].ti0 == i))
			return 1;
	return 0;
}

static int
next_anchor(const struct st *st, int i)
{
	int	 k;

	for (k = 0; k < st->nh; k++)
		if (st->h[k].pos != H_MID && hdr_start(&st->h[k]) > i)
			return hdr_start(&st->h[k]);
	return -1;
}

static void
accept_ends(struct st *st)
{
	int	 i, nx, c2, a, mid;

	for (i = 0; i < st->n; i++) {
		if (!(st->f[i].k & K_ENDCAND) || (st->f[i].k & K_PHOTOCAP))
			continue;
		nx = i + 1;
		if (nx >= st->n || (st->f[nx].k & (K_CAPTION | K_BYLINE |
		    K_SOURCE | K_NOTE | K_LABEL | K_PHOTOCAP | K_OPEN)) ||
		    is_hdr_first(st, nx) || title_block(st, nx) > 0) {
			st->f[i].k |= K_END;
			continue;
		}
		a = next_anchor(st, i);
		for (c2 = 0; c2 < st->nh; c2++)
			if (st->h[c2].pos == H_MID && st->h[c2].first > i)
				break;
		mid = c2 < st->nh ? st->h[c2].first : -1;
		for (c2 = i + 1; c2 < st->n; c2++)
			if ((st->f[c2].k & K_ENDCAND) &&
			    !(st->f[c2].k & K_PHOTOCAP))
				break;
		if (a < 0 || c2 >= st->n || c2 > a || (mid > i && mid < c2))
			st->f[i].k |= K_END;
	}
}

/* After an end: the figure material that closes the article. */
static int
skip_trailing(const struct st *st, int i)
{
	int	 capt = 0;

	while (i < st->n) {
		const struct fl	*f = &st->f[i];

		if (f->k & K_CAPTION) {
			capt = 1;
			i++;
			if (i < st->n && !(st->f[i].k & (K_CAPTION |
			    K_BYLINE)) && !is_hdr_first(st, i))
				i++;
			continue;
		}
		if (is_hdr_first(st, i) || (f->k & K_BYLINE))
			break;
		/* one line alone before the next header: a photo caption */
		if (!(f->k & (K_TERM | K_NOTE)) && i + 1 < st->n &&
		    is_hdr_first(st, i + 1) && !titleish(st, i)) {
			st->f[i].k |= K_PHOTOCAP;
			i++;
			continue;
		}
		if (f->k & (K_SOURCE | K_PHOTOCAP)) {
			i++;
			continue;
		}
		if (f->k & K_NOTE) {
			/* notes printed after the end marker */
			for (i++; i < st->n && st->f[i].blanks == 0 &&
			    !(st->f[i].k & (K_CAPTION | K_BYLINE |
			    K_NOTE)); i++)
				;
			capt = 1;
			continue;
		}
		if (capt && !(f->lead > 0 && title_block(st, i) > i + 1) &&
		    !(f->k & K_TERM) && !st->tagbefore[i] &&
		    !(st->furnbefore[i] && titleish(st, i))) {
			/* figure material: debris, or a text line standing
			 * alone between debris lines */
			if (!st_is_prose(st, i) || (f->k & (K_DEBRIS |
			    K_BULLET | K_NUMROW)) || (i + 1 < st->n &&
			    !st_is_prose(st, i + 1))) {
				i++;
				continue;
			}
		}
		break;
	}
	return i;
}

/* === articles =========================================================== */

struct ev {
	int	 at;
	int	 hdr;	/* header index or -1 */
	int	 end;	/* the end marker it follows, or -1 */
};

static int
ev_cmp(const void *a, const void *b)
{
	const struct ev	*x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return (x->hdr >= 0) - (y->hdr >= 0);
}

static struct art *
art_new(struct st *st, int from)
{
	struct art	*a;

	st->a = jk_xreallocarray(st->a, (size_t)st->na + 1, sizeof(*st->a));
	a = &st->a[st->na++];
	memset(a, 0, sizeof(*a));
	a->from = from;
	a->ti0 = a->ti1 = a->sub = a->lab = -1;
	a->deck0 = a->deck1 = -1;
	a->tail = a->item0 = a->item1 = -1;
	a->rs_from = a->rs_to = a->rs_end = a->rs_glue = 0;
	return a;
}

static int
hdr_at(const struct st *st, int i)
{
	int	 k;

	for (k = 0; k < st->nh; k++)
		if (st->h[k].first == i)
			return k;
	return -1;
}

/* Lines after a header that sits after an article end: the lede. */
static int
deck_end(const struct st *st, int i, int limit)
{
	int	 j;

	for (j = i; j < limit; j++) {
		if (j > i && (st->tagbefore[j] || (st->f[j].k & (K_CAPTION |
		    K_LABEL | K_BYLINE)) || title_block(st, j) > 0))
			break;
		if (st->f[j].k & K_END)
			return j + 1;
	}
	return j;
}

static void
mark_furniture(struct st *st)
{
	const struct jk_text	*t = st->t;
	size_t			 k;
	int			 lo, hi, mid;

	st->fpos = jk_xcalloc(t->nfurn + 1, sizeof(*st->fpos));
	st->tagbefore = jk_xcalloc((size_t)st->n + 1, 1);
	st->furnbefore = jk_xcalloc((size_t)st->n + 1, 1);
	for (k = 0; k < t->nfurn; k++) {
		lo = 0;
		hi = st->n;
		while (lo < hi) {
			mid = (lo + hi) / 2;
			if (st->f[mid].ln <= t->furn[k].lineno)
				lo = mid + 1;
			else
				hi = mid;
		}
		st->fpos[k] = lo;
		if (t->furn[k].kind == JK_FURN_TAGLINE)
			st->tagbefore[lo] = 1;
		st->furnbefore[lo] = 1;
	}
}

/* Does the title block [i, e) carry the series name of the tagline
 * before it (spaces ignored)? */
static int
tagline_title(const struct st *st, int i, int e)
{
	const struct jk_text	*t = st->t;
	char			 a[256], b[512];
	size_t			 k, n, m;
	int			 j;
	const char		*p;

	for (k = 0; k < t->nfurn; k++) {
		if (t->furn[k].kind != JK_FURN_TAGLINE || st->fpos[k] != i ||
		    t->furn[k].text == NULL)
			continue;
		for (n = 0, p = t->furn[k].text; *p != '\0' &&
		    n < sizeof(a) - 1; p++)
			if (*p != ' ')
				a[n++] = *p;
		a[n] = '\0';
		for (m = 0, j = i; j < e; j++)
			for (p = st->f[j].s; *p != '\0' && m < sizeof(b) - 1;
			    p++)
				if (*p != ' ')
					b[m++] = *p;
		b[m] = '\0';
		if (n >= 6 && strstr(b, a) != NULL)
			return 1;
	}
	return 0;
}

/* A tagline after a stretch of numeric tables, with none after it. */
static int
table_page_ends(const struct st *st, int i)
{
	int	 j, before = 0, after = 0;

	for (j = i - 1; j >= 0 && j >= i - 40; j--)
		if (st->f[j].k & K_NUMROW)
			before++;
	for (j = i; j < st->n && j < i + 12; j++)
		if (st->f[j].k & K_NUMROW)
			after++;
	return before >= 10 && after == 0;
}

/* Extra starts: a title block with a leading space after closed text, a
 * two-line title block before a kicker label, a tagline + title. */
static int
extra_start(const struct st *st, int i)
{
	int	 e;

	if (i == 0 || st->inhdr[i])
		return 0;
	if (st->tagbefore[i] && (st->f[i - 1].k & K_ADSIG) &&
	    (st->f[i - 1].k & K_BULLET))
		return 1;
	if (st->tagbefore[i] && table_page_ends(st, i))
		return 1;
	if ((e = title_block(st, i)) < 0)
		return 0;
	if (st->f[i].blanks == 0 && st->f[i].lead == 0 && titleish(st, i - 1))
		return 0;
	/* title block + kicker label: a page of its own, even when it
	 * interrupts a sentence of the unit around it */
	if (e < st->n && (st->f[e].k & K_LABEL) && e - i >= 2)
		return 1;
	/* two titles printed one under the other, then the text (news
	 * pages) */
	if (st->f[i].lead > 0 && e == i + 1 && !st_is_prose(st, i - 1)) {
		int	 j;

		for (j = e; j < st->n && j < e + 3 && st->f[j].blanks == 1 &&
		    titleish(st, j); j++)
			;
		if (j > e && j < st->n && st->f[j].blanks == 1 &&
		    st_is_prose(st, j))
			return 1;
	}
	if (st_is_prose(st, i - 1) && !(st->f[i - 1].k & (K_TERM | K_BULLET |
	    K_CIRCLED)) && st->f[i].lead == 0)
		return 0;
	if (e < st->n && (st->f[e].k & K_LABEL) && e - i >= 2)
		return 1;
	if (st->f[i].lead > 0 && e - i >= 2 && e < st->n &&
	    !(st->f[e].k & (K_CAPTION | K_BYLINE)))
		return 1;
	if (st->tagbefore[i] && tagline_title(st, i, e))
		return 1;
	/* a tagline after an application box: the listing before it is
	 * over */
	if (st->tagbefore[i] && (st->f[i - 1].k & K_ADSIG) &&
	    (st->f[i - 1].k & K_BULLET))
		return 1;
	return 0;
}

/* A statistics page: a leading-space line opening a run of numeric
 * table rows after text that is not a table. */
static int
table_start(const struct st *st, int i)
{
	int	 j, rows = 0;

	if (i == 0 || st->f[i].lead == 0 || (st->f[i - 1].k & K_NUMROW) ||
	    st->inhdr[i])
		return 0;
	for (j = i + 1; j < st->n && j < i + 6; j++)
		if (st->f[j].k & K_NUMROW)
			rows++;
	return rows >= 3;
}

static void
mark_headers(struct st *st)
{
	int	 k, i;

	st->inhdr = jk_xcalloc((size_t)st->n + 1, 1);
	for (k = 0; k < st->nh; k++) {
		for (i = st->h[k].first; i <= st->h[k].last; i++)
			st->inhdr[i] = 1;
		for (i = st->h[k].ti0; i >= 0 && i < st->h[k].ti1; i++)
			st->inhdr[i] = 1;
	}
}

/* Is there a header without a title (byline after its article) in
 * the flow range [a, b)? */
static int
mid_between(const struct st *st, int a, int b)
{
	int	 k;

	for (k = 0; k < st->nh; k++)
		if (st->h[k].pos == H_MID && st->h[k].first >= a &&
		    st->h[k].first < b)
			return 1;
	return 0;
}

static void
make_articles(struct st *st)
{
	struct ev	*ev;
	int		 nev = 0, i, k, s, start, deckto;
	struct hdr	*h;
	struct art	*a;
	int		*isstart;

	ev = jk_xcalloc((size_t)st->n + (size_t)st->nh + 2, sizeof(*ev));
	isstart = jk_xcalloc((size_t)st->n + 1, sizeof(*isstart));
	for (i = 0; i < st->n; i++)
		if (st->f[i].k & K_END) {
			s = skip_trailing(st, i + 1);
			if (s < st->n) {
				ev[nev].at = s;
				ev[nev].hdr = -1;
				ev[nev++].end = i;
			}
		} else if (extra_start(st, i) || table_start(st, i)) {
			ev[nev].at = i;
			ev[nev].hdr = -1;
			ev[nev++].end = -1;
		}
	for (k = 0; k < st->nh; k++)
		if (st->h[k].pos != H_MID) {
			ev[nev].at = hdr_start(&st->h[k]);
			ev[nev].hdr = k;
			ev[nev++].end = -1;
		}
	qsort(ev, (size_t)nev, sizeof(*ev), ev_cmp);
	/* resolve: a header start absorbs the orphan text after the end
	 * marker before it */
	for (i = 0; i < nev; i++) {
		if (ev[i].hdr < 0)
			continue;
		for (k = i - 1; k >= 0 && ev[k].hdr < 0; k--)
			if (ev[k].end >= 0)
				break;
		if (k >= 0 && ev[k].hdr < 0 && ev[k].end >= 0 &&
		    ev[k].at <= ev[i].at && !mid_between(st, ev[k].at,
		    ev[i].at)) {
			/* drop the intermediate events */
			int	 m;

			for (m = k + 1; m < i; m++)
				ev[m].at = -1;
			ev[i].at = ev[k].at;
			ev[i].end = ev[k].end;
			ev[k].at = -1;
		}
	}

	start = 0;
	isstart[0] = 1;
	a = art_new(st, 0);
	for (i = 0; i < nev; i++) {
		if (ev[i].at < 0 || ev[i].at >= st->n)
			continue;
		if (ev[i].hdr < 0 && (k = hdr_at(st, ev[i].at)) >= 0 &&
		    st->h[k].pos == H_MID && ev[i].end >= 0) {
			/* a header after an end, with no title: it belongs
			 * to the article that just ended, and so does the
			 * lede after it */
			h = &st->h[k];
			h->art = st->na - 1;
			deckto = deck_end(st, h->last + 1,
			    i + 1 < nev && ev[i + 1].at > 0 ? ev[i + 1].at :
			    st->n);
			if (deckto > h->last + 1) {
				a->deck0 = h->last + 1;
				a->deck1 = deckto;
			}
			if (deckto < st->n && !isstart[deckto]) {
				a->to = h->first;
				a = art_new(st, deckto);
				isstart[deckto] = 1;
			}
			continue;
		}
		if (isstart[ev[i].at] || ev[i].at < start)
			continue;
		start = ev[i].at;
		isstart[start] = 1;
		if (a->to == 0)
			a->to = start;
		a = art_new(st, start);
		a->byend = ev[i].hdr < 0 && ev[i].end >= 0;
		if (ev[i].hdr >= 0)
			st->h[ev[i].hdr].art = st->na - 1;
	}
	if (a->to == 0)
		a->to = st->n;
	/* ranges: each article runs to the next start */
	for (k = 0; k + 1 < st->na; k++)
		if (st->a[k].to <= st->a[k].from ||
		    st->a[k].to > st->a[k + 1].from)
			st->a[k].to = st->a[k + 1].from;
	st->a[st->na - 1].to = st->n;
	/* an empty first article (the issue starts with a header) */
	if (st->na > 1 && st->a[0].to <= st->a[0].from) {
		memmove(&st->a[0], &st->a[1], (size_t)(st->na - 1) *
		    sizeof(*st->a));
		st->na--;
		for (k = 0; k < st->nh; k++)
			if (st->h[k].art >= 0)
				st->h[k].art--;
	}
	free(ev);
	free(isstart);
}

/* Which article holds flow line i? */
static int
art_of(const struct st *st, int i)
{
	int	 lo = 0, hi = st->na - 1, mid;

	while (lo < hi) {
		mid = (lo + hi + 1) / 2;
		if (st->a[mid].from <= i)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

static void
set_role(struct st *st, int from, int to, int role)
{
	int	 i;

	for (i = from; i >= 0 && i < to && i < st->n; i++)
		st->f[i].role = role;
}

/* First title-like block of >= 3 lines in the unit, after closed text. */
static int
untitled(struct st *st, struct art *a, int k, int *b)
{
	int	 i, e, j;

	for (i = a->from + 1; i < a->to; i++) {
		if (st->f[i].art != k || st->f[i].role != R_BODY ||
		    st->f[i].blanks == 0)
			continue;
		if ((e = title_block(st, i)) < 0 || e >= a->to ||
		    e - i < (st->furnbefore[i] ? 2 : 3))
			continue;
		if (st->f[e].lead == 0 && !st_is_prose(st, e))
			continue;
		if (st->f[i].lead == 0 && !st->furnbefore[i] &&
		    !(st->f[i - 1].k & (K_SOURCE | K_CAPTION | K_PHOTOCAP)))
			continue;
		if (st_is_prose(st, i - 1) && !(st->f[i - 1].k & K_TERM))
			continue;
		for (j = e; j < st->n && j < e + 8; j++)
			if (st->f[j].k & K_NUMROW)
				break;
		if (j < st->n && j < e + 8)
			continue;
		if (box_title(st->f[i].s))
			continue;
		jk_msg(st->d, JK_M_ORDER, st->f[i].ln,
		    "title found inside the body moved to the top");
		*b = i;
		return e;
	}
	return -1;
}

/* A section label without a number ("NEW BOOKS") inside a unit with
 * no header: the unit is that section, and the title the unit opened
 * with is the title of its first item. */
static void
label_titles(struct st *st)
{
	struct art	*a;
	int		 k, i;

	for (k = 0; k < st->na; k++) {
		a = &st->a[k];
		if (has_header(st, k) || a->advert)
			continue;
		for (i = a->from; i < a->to; i++)
			if (st->f[i].art == k && st->f[i].role == R_BODY &&
			    (st->f[i].k & K_LABEL) &&
			    strpbrk(st->f[i].s, "0123456789") == NULL)
				break;
		if (i >= a->to)
			continue;
		if (a->ti0 >= 0) {
			set_role(st, a->ti0, a->ti1, R_BODY);
			a->item0 = a->ti0;
			a->item1 = a->ti1;
			if (a->sub >= 0)
				st->f[a->sub].role = R_BODY;
			a->sub = -1;
		}
		jk_msg(st->d, JK_M_ORDER, st->f[i].ln, "section label inside "
		    "the unit taken as its title%s", a->ti0 >= 0 ?
		    "; the title before it heads its first item" : "");
		a->ti0 = i;
		a->ti1 = i + 1;
		st->f[i].role = R_TITLE;
	}
}

static int
ntokens(const char *s)
{
	int	 n = 0;

	for (; *s != '\0'; s++)
		if (*s != ' ' && (s[1] == ' ' || s[1] == '\0'))
			n++;
	return n;
}

/* A page title names what the series tagline of its unit names, and
 * is wide; header rows and wrapped cells are neither. */
static double
title_score(const struct st *st, const struct art *a, int i)
{
	const struct jk_text	*t = st->t;
	size_t			 k;
	double			 sc = st->f[i].w;

	for (k = 0; k < t->nfurn; k++)
		if (t->furn[k].kind == JK_FURN_TAGLINE &&
		    t->furn[k].text != NULL &&
		    strlen(t->furn[k].text) >= 6 && st->fpos[k] >= a->from &&
		    st->fpos[k] <= a->to &&
		    strstr(st->f[i].s, t->furn[k].text) != NULL)
			sc += 100;
	return sc;
}

/* The page title of a statistics unit (mostly numeric rows), printed
 * among its tables: the widest title-like line that is neither a unit
 * line, a note, nor the header row of the table under it. */
static int
table_page_title(struct st *st, struct art *a, int k, int *b)
{
	int	 i, nx, rows = 0, lines = 0, best = -1, t, nv;
	double	 vals[64];
	const char *le;

	for (i = a->from; i < a->to; i++)
		if (st->f[i].art == k) {
			lines++;
			rows += (st->f[i].k & K_NUMROW) != 0;
		}
	if (lines < 10 || rows * 5 < lines * 2)
		return -1;
	for (i = a->from; i < a->to; i++) {
		if (st->f[i].art != k || st->f[i].role != R_BODY ||
		    (st->f[i].k & (K_TERM | K_NUMROW | K_SOURCE | K_CAPTION |
		    K_BULLET | K_NOTE | K_LABEL | K_BYLINE)) ||
		    st->f[i].w > 1.2 * st->p90 ||
		    strstr(st->f[i].s, "  ") != NULL ||
		    strstr(st->f[i].s, "단위") != NULL ||
		    strncmp(st->f[i].s, "주:", 4) == 0 ||
		    (t = ntokens(st->f[i].s)) < 3)
			continue;
		nx = i + 1 < a->to ? i + 1 : -1;
		if (nx >= 0 && (st->f[nx].k & K_NUMROW) &&
		    (nv = st_numrow(st->f[nx].s, vals, 64, &le)) > 0 &&
		    t >= nv && t - nv <= 3)
			continue;	/* a header row */
		if (best < 0 || title_score(st, a, i) > title_score(st, a,
		    best))
			best = i;
	}
	if (best < 0)
		return -1;
	jk_msg(st->d, JK_M_ORDER, st->f[best].ln, "page title printed among "
	    "the tables moved to the top");
	*b = best;
	return best + 1;
}

/*
 * A unit opened by a title + kicker label inside a sentence of the unit
 * before it is a page the extraction dropped into that unit: where a
 * leading-space prose line resumes the open sentence, the rest goes
 * back to the unit before.
 */
static void
foreign_pages(struct st *st)
{
	struct art	*a, *p;
	int		 k, i, last, e;

	for (k = 1; k < st->na; k++) {
		a = &st->a[k];
		p = &st->a[k - 1];
		last = a->from - 1;
		if (last < 0 || (st->f[last].k & K_TERM) ||
		    !st_is_prose(st, last) || has_header(st, k))
			continue;
		if ((e = title_block(st, a->from)) < 0 || e >= a->to ||
		    !(st->f[e].k & K_LABEL))
			continue;
		for (i = e + 1; i < a->to; i++)
			if (st->f[i].lead > 0 && st_is_prose(st, i) &&
			    !(st->f[i].k & K_TERM))
				break;
		if (i >= a->to)
			continue;
		for (e = i; e < a->to; e++)
			if (st->f[e].art == k)
				st->f[e].art = k - 1;
		p->to = a->to;
		a->to = i;
		jk_msg(st->d, JK_M_ORDER, st->f[i].ln, "text after the page "
		    "at line %d continues the sentence of line %d",
		    st->f[a->from].ln, st->f[last].ln);
	}
}

static void
assign_roles(struct st *st)
{
	struct hdr	*h;
	struct art	*a;
	int		 k, i, e, b;

	for (i = 0; i < st->n; i++)
		st->f[i].art = art_of(st, i);
	foreign_pages(st);
	for (k = 0; k < st->nh; k++) {
		h = &st->h[k];
		if (h->art < 0)
			h->art = st->f[h->first].art;
		if (h->by >= 0)
			st->f[h->by].role = R_BYLINE;
		set_role(st, h->af0, h->af1, R_AFFIL);
		set_role(st, h->bio0, h->bio1, R_BIO);
		set_role(st, h->pr0, h->pr1, R_PROFILE);
		if (h->pos != H_MID) {
			set_role(st, h->ti0, h->ti1, R_TITLE);
			if (h->sub >= 0)
				st->f[h->sub].role = R_SUBTITLE;
			if (h->lab >= 0)
				st->f[h->lab].role = R_LABEL;
		}
		if (h->pos == H_MID && h->art >= 0 &&
		    st->f[h->first].art != h->art) {
			/* header placed after the article it belongs to */
			for (i = h->first; i <= h->last; i++)
				st->f[i].art = h->art;
		}
		if (h->pos == H_MID && h->art >= 0)
			jk_msg(st->d, JK_M_BYLINEMOVED, st->f[h->first].ln,
			    "byline %s placed %s its article",
			    h->by >= 0 ? st->f[h->by].s : "(no name)",
			    st->f[h->first].art == h->art &&
			    h->first > st->a[h->art].from ? "inside" :
			    "after");
		if (h->pos == H_MID)
			st->nbymoved++;
	}
	/* decks placed after the body */
	for (k = 0; k < st->na; k++) {
		a = &st->a[k];
		if (a->deck0 >= 0) {
			set_role(st, a->deck0, a->deck1, R_DECK);
			for (i = a->deck0; i < a->deck1; i++)
				st->f[i].art = k;
		}
	}
	/* titles of articles that start without a header */
	for (k = 0; k < st->na; k++) {
		a = &st->a[k];
		for (i = 0; i < st->nh; i++)
			if (st->h[i].art == k && st->h[i].pos != H_MID)
				break;
		if (i < st->nh)
			continue;
		b = a->from;
		while (b < a->to && st->f[b].role != R_BODY)
			b++;
		if (b < a->to && (st->f[b].k & K_LABEL)) {
			a->lab = b;
			st->f[b].role = R_LABEL;
			b++;
		}
		/* kicker line, then the title block */
		if (b + 1 < a->to && a->lab < 0 && titleish(st, b) &&
		    !tagline_title(st, b, b + 1) &&
		    title_block(st, b) < 0 && st->f[b + 1].blanks >= 1 &&
		    (e = title_block(st, b + 1)) >= b + 3 && e <= a->to) {
			a->lab = b;
			st->f[b].role = R_LABEL;
			b++;
		}
		if (b >= a->to || (e = title_block(st, b)) < 0 || e > a->to ||
		    box_title(st->f[b].s)) {
			/* a statistics page has its title among the
			 * tables; else a title the extraction put inside
			 * the body */
			if ((e = table_page_title(st, a, k, &b)) < 0)
				e = untitled(st, a, k, &b);
			if (e < 0)
				continue;
		}
		/* kicker line + title block */
		if (e == b + 1 && e < a->to && st->f[e].blanks <= 1 &&
		    a->lab < 0 && !tagline_title(st, b, e)) {
			int	 e2 = title_block(st, e);

			if (e2 > e && e2 <= a->to && e2 - e >= 2) {
				a->lab = b;
				st->f[b].role = R_LABEL;
				b = e;
				e = e2;
			}
		}
		a->ti0 = b;
		a->ti1 = e;
		set_role(st, b, e, R_TITLE);
		if (e - b >= 2 && (st->f[e - 1].s[0] == '-' ||
		    strncmp(st->f[e - 1].s, "–", 3) == 0)) {
			a->sub = e - 1;
			st->f[e - 1].role = R_SUBTITLE;
		}
		if (e < a->to && (st->f[e].k & K_LABEL) && a->lab < 0) {
			a->lab = e;
			st->f[e].role = R_LABEL;
		}
	}
}

/* === adverts ============================================================ */

static int
promo(const struct st *st, const char *s)
{
	return strstr(s, "보세요") != NULL || strstr(s, "드립니다") != NULL ||
	    strstr(s, "하세요") != NULL || strstr(s, "■") != NULL ||
	    strstr(s, "세요!") != NULL || st_match(st->re_price, s);
}

static int
ad_score(const struct st *st, int i)
{
	const struct fl	*f = &st->f[i];
	int		 sc = 0, pr = promo(st, f->s);

	if (f->k & K_ADSIG)
		sc += 2;
	if (pr)
		sc += 2;
	if (f->k & K_BULLET)
		sc += 1;
	if ((f->k & K_TERM) && !pr && !(f->k & K_BULLET) &&
	    st_ends_with(f->s, "다."))
		sc -= 3;
	return sc;
}

static void
art_insert(struct st *st, int at, int from)
{
	int	 k;

	st->a = jk_xreallocarray(st->a, (size_t)st->na + 1, sizeof(*st->a));
	memmove(&st->a[at + 1], &st->a[at], (size_t)(st->na - at) *
	    sizeof(*st->a));
	st->na++;
	memset(&st->a[at], 0, sizeof(st->a[at]));
	st->a[at].from = from;
	st->a[at].to = st->a[at - 1].to;
	st->a[at - 1].to = from;
	st->a[at].ti0 = st->a[at].ti1 = st->a[at].sub = st->a[at].lab = -1;
	st->a[at].deck0 = st->a[at].deck1 = -1;
	st->a[at].tail = st->a[at].item0 = st->a[at].item1 = -1;
	for (k = 0; k < st->nh; k++)
		if (st->h[k].art >= at)
			st->h[k].art++;
	for (k = 0; k < st->n; k++)
		if (st->f[k].art >= at)
			st->f[k].art++;
}

static void
art_remove(struct st *st, int at, int into)
{
	int	 k;

	for (k = 0; k < st->n; k++)
		if (st->f[k].art == at)
			st->f[k].art = into;
	if (into < at)
		st->a[into].to = st->a[at].to;
	else
		st->a[into].from = st->a[at].from;
	for (k = 0; k < st->nh; k++)
		if (st->h[k].art == at)
			st->h[k].art = into;
	memmove(&st->a[at], &st->a[at + 1], (size_t)(st->na - at - 1) *
	    sizeof(*st->a));
	st->na--;
	for (k = 0; k < st->nh; k++)
		if (st->h[k].art > at)
			st->h[k].art--;
	for (k = 0; k < st->n; k++)
		if (st->f[k].art > at)
			st->f[k].art--;
}

static int
has_header(const struct st *st, int k)
{
	int	 i;

	for (i = 0; i < st->nh; i++)
		if (st->h[i].art == k)
			return 1;
	return 0;
}

/* Short untitled pieces between end markers are continuations of a
 * neighbouring unit, not units of their own. */
static void
merge_fragments(struct st *st)
{
	struct art	*a;
	int		 k, n;

	for (k = 1; k < st->na; k++) {
		a = &st->a[k];
		n = a->to - a->from;
		if (a->ti0 >= 0 || has_header(st, k) || a->advert)
			continue;
		/* a long untitled unit after an end marker continues a
		 * bylineless unit (news pages, listings) */
		if (n >= 40 && !(a->byend && !has_header(st, k - 1) &&
		    !st->a[k - 1].advert))
			continue;
		if (n < 40 && k + 1 < st->na && st->a[k + 1].ti0 == a->to &&
		    (st->f[a->to - 1].k & K_END) &&
		    !(st->f[a->from].k & K_OPEN)) {
			jk_msg(st->d, JK_M_ORDERUNSURE, st->f[a->from].ln,
			    "untitled text before a title joined to the "
			    "unit that follows");
			art_remove(st, k, k + 1);
		} else {
			jk_msg(st->d, JK_M_ORDERUNSURE, st->f[a->from].ln,
			    "untitled text joined to the unit before it");
			art_remove(st, k, k - 1);
		}
		k--;
	}
}

/* Does s open a sentence with a connective ("또한, …", "한편, …")? */
static int
connective_start(const char *s)
{
	const char	*e = strchr(s, ' ');
	size_t		 n = e != NULL ? (size_t)(e - s) : strlen(s);

	return n >= 4 && n <= 13 && s[n - 1] == ',' && st_is_hangul_start(s);
}

/*
 * The same with a word boundary at the cut: in article k, a prose line
 * ending with a trailing space and no terminal form, right before a
 * figure, whose sentence the text after the figure does not continue
 * (that text opens a new sentence with a connective).  Text after the
 * end marker that closes a sentence without opening one (line s: no
 * connective, a terminal form within its first two lines) goes on from
 * there.  Returns the cut line, or -1 unless exactly one fits.
 */
static int
ts_cut(const struct st *st, int k, int s)
{
	int	 i, j, cand = -1, cnt = 0;

	if (connective_start(st->f[s].s) || !(st->f[s].k & K_TERM ||
	    (s + 1 < st->n && (st->f[s + 1].k & K_TERM))))
		return -1;
	for (i = st->a[k].from; i + 1 < s; i++) {
		if (st->f[i].art != k || st->f[i].role != R_BODY ||
		    (st->f[i].k & K_TERM) || st->f[i].trail == 0 ||
		    !st_is_prose(st, i) || !(st->f[i + 1].k & K_CAPTION))
			continue;
		for (j = i + 2; j < s && j < i + 14; j++)
			if (st->f[j].lead > 0 && st_is_prose(st, j))
				break;
		if (j < s && j < i + 14 && connective_start(st->f[j].s)) {
			cand = i;
			cnt++;
		}
	}
	return cnt == 1 ? cand : -1;
}

/*
 * The last resort for a swap when no word decides it: the orphan s..hs-1
 * (lines of article k + 1) is the rest of one sentence -- a few body
 * lines, no connective at its start, the only terminal form on its last
 * line -- and article k has exactly one body line whose paragraph stops
 * open right before a figure caption (no terminal form, or one with a
 * single trailing space: a wrap inside the paragraph).  Returns that
 * line, or -1.
 */
static int
fig_cut(const struct st *st, int k, int s, int hs)
{
	int	 i, n = 0, last = -1, cand = -1, cnt = 0;

	if (connective_start(st->f[s].s))
		return -1;
	for (i = s; i < hs; i++) {
		if (st->f[i].art != k + 1)
			continue;
		if (st->f[i].role != R_BODY || !st_is_prose(st, i) ||
		    (last >= 0 && (st->f[last].k & K_TERM)) || ++n > 6)
			return -1;
		last = i;
	}
	if (last < 0 || !(st->f[last].k & K_TERM))
		return -1;
	for (i = st->a[k].from; i + 1 < s; i++) {
		if (st->f[i].art != k || st->f[i].role != R_BODY ||
		    ((st->f[i].k & K_TERM) && st->f[i].trail != 1) ||
		    !st_is_prose(st, i) ||
		    !(st->f[i + 1].k & (K_CAPTION | K_PHOTOCAP)))
			continue;
		cand = i;
		cnt++;
	}
	return cnt == 1 ? cand : -1;
}

/*
 * Text between an article's end marker and the next header usually opens
 * the next article; but when its first line opens with a bound morpheme
 * that, glued to the open end of one line of the article before, makes
 * a word the document knows, it is a column of that article extracted
 * after its end (a swap): it goes back there.
 */
static void
reclaim_orphans(struct st *st)
{
	struct art	*a, *p;
	int		 k, h, s, hs, i, cand, cnt;
	char		 w[200];
	size_t		 n;

	for (k = 1; k < st->na; k++) {
		a = &st->a[k];
		p = &st->a[k - 1];
		s = a->from;
		if (p->advert || a->advert || !(st->f[s - 1].k & K_END) ||
		    st->f[s].lead > 0 || !st_is_hangul_start(st->f[s].s))
			continue;
		for (hs = -1, h = 0; h < st->nh; h++)
			if (st->h[h].art == k && st->h[h].pos != H_MID)
				hs = hdr_start(&st->h[h]);
		if (hs <= s)
			continue;
		for (cnt = 0, cand = -1, i = p->from; i < s; i++) {
			if (st->f[i].art != k - 1 || st->f[i].role != R_BODY ||
			    (st->f[i].k & K_TERM) || st->f[i].trail > 0 ||
			    !st_is_prose(st, i))
				continue;
			/* the open end closes an extraction block */
			if (i + 1 < s && !(st->f[i + 1].k & (K_CAPTION |
			    K_PHOTOCAP | K_SOURCE)) && st->f[i + 1].lead == 0 &&
			    st->f[i + 1].blanks < 2)
				continue;
			if ((n = st_glue_word(st, i, s, w, sizeof(w))) > 0 &&
			    jk_vocab_has(st->t, w, n)) {
				cand = i;
				cnt++;
			}
		}
		if (!(st->f[s].k & K_OPEN))
			cnt = 0;
		if (cnt == 0 && (cand = ts_cut(st, k - 1, s)) >= 0) {
			cnt = 1;
			p->rs_from = st->f[cand].ln;
			p->rs_to = st->f[s].ln;
			p->rs_end = st->f[hs - 1].ln;
		}
		if (cnt == 0 && (cand = fig_cut(st, k - 1, s, hs)) >= 0) {
			cnt = 1;
			p->rs_from = st->f[cand].ln;
			p->rs_to = st->f[s].ln;
			p->rs_end = st->f[hs - 1].ln;
			p->rs_glue = st->f[cand].trail == 0;
		}
		if (cnt != 1)
			continue;
		for (i = s; i < hs; i++)
			if (st->f[i].art == k)
				st->f[i].art = k - 1;
		p->to = hs;
		a->from = hs;
		jk_msg(st->d, JK_M_ORDER, st->f[s].ln, "lines %d-%d after the "
		    "end marker continue the open sentence of line %d: moved "
		    "back to its article", st->f[s].ln, st->f[hs - 1].ln,
		    st->f[cand].ln);
	}
}

/*
 * A lede set wider than the columns and extracted after the start of
 * the body (rule 1): a run of >= 3 closed prose lines, each much wider
 * than the article's usual line, after a closed paragraph, in the first
 * half of the article.  It goes under the title.
 */
static void
find_ledes(struct st *st)
{
	struct art	*a;
	double		*w, med;
	int		 k, i, m, r0, r1, first;

	w = jk_xcalloc((size_t)st->n + 1, sizeof(*w));
	for (k = 0; k < st->na; k++) {
		a = &st->a[k];
		if (a->advert || a->deck0 >= 0)
			continue;
		for (m = 0, first = -1, i = a->from; i < a->to; i++)
			if (st->f[i].art == k && st->f[i].role == R_BODY &&
			    st_is_prose(st, i)) {
				w[m++] = st->f[i].w;
				if (first < 0)
					first = i;
			}
		if (m < 20)
			continue;
		qsort(w, (size_t)m, sizeof(*w), cmp_width);
		med = w[m / 2];
		for (i = first + 1; i < a->from + (a->to - a->from) / 2; i++) {
			for (r1 = r0 = i; r1 < a->to && st->f[r1].art == k &&
			    st->f[r1].role == R_BODY && st->f[r1].w >= 1.35 *
			    med && st_is_prose(st, r1) && !(st->f[r1].k &
			    (K_BULLET | K_CIRCLED | K_NOTE | K_NUMHEAD)); r1++)
				;
			if (r1 - r0 < 3 || !(st->f[r1 - 1].k & K_TERM) ||
			    !(st->f[r0 - 1].k & K_TERM)) {
				i = r1 > r0 ? r1 - 1 : i;
				continue;
			}
			a->deck0 = r0;
			a->deck1 = r1;
			set_role(st, r0, r1, R_DECK);
			break;
		}
	}
	free(w);
}

/* A unit opened only by the end marker before it, without a header,
 * a sentence or a numeric table, is the table or box that closes the
 * unit before (a news page's last item), not an editorial unit. */
static void
merge_sentenceless(struct st *st)
{
	struct art	*a;
	int		 k, i, sent, rows;

	for (k = 1; k < st->na; k++) {
		a = &st->a[k];
		if (!a->byend || a->advert || st->a[k - 1].advert ||
		    has_header(st, k) || a->to - a->from >= 60)
			continue;
		for (sent = rows = 0, i = a->from; i < a->to; i++) {
			if (st->f[i].art != k)
				continue;
			if ((st->f[i].k & K_TERM) && st_ends_with(st->f[i].s,
			    "다."))
				sent++;
			if (st->f[i].k & K_NUMROW)
				rows++;
		}
		if (sent > 0 || rows >= 3)
			continue;
		for (i = a->from; i < a->to; i++)
			if (st->f[i].art == k && (st->f[i].role == R_TITLE ||
			    st->f[i].role == R_SUBTITLE ||
			    st->f[i].role == R_LABEL))
				st->f[i].role = R_BODY;
		jk_msg(st->d, JK_M_ORDERUNSURE, st->f[a->from].ln,
		    "%d lines after the end marker of line %d hold no "
		    "sentence: kept with the unit before", a->to - a->from,
		    st->f[a->from - 1].ln);
		if (st->a[k - 1].tail < 0)
			st->a[k - 1].tail = a->from;
		art_remove(st, k, k - 1);
		k--;
	}
}

/* An advert run at the end of a unit becomes a unit of its own. */
static void
split_adverts(struct st *st)
{
	int	 k, i, sum, best, bestat, npromo, b;

	for (k = 0; k < st->na; k++) {
		sum = 0;
		best = 0;
		bestat = -1;
		npromo = 0;
		for (i = st->a[k].to - 1; i > st->a[k].from; i--) {
			if (st->f[i].art != k || st->f[i].role != R_BODY)
				continue;
			sum += ad_score(st, i);
			if (promo(st, st->f[i].s))
				npromo++;
			if (sum > best && npromo > 0 &&
			    st->a[k].to - i >= 6) {
				best = sum;
				bestat = i;
			}
		}
		if (bestat < 0 || best < 10 || bestat - st->a[k].from < 10)
			continue;
		/* what closes the unit before is not the advert: the
		 * application box of a listing ("• 신청…", "- 문의: …")
		 * and the contact line under a news item's last sentence */
		for (i = bestat; i < st->a[k].to - 6; i++) {
			if (st->f[i].art != k || st->f[i].role != R_BODY)
				continue;
			if (promo(st, st->f[i].s) || !(st->f[i].k & K_ADSIG))
				break;
			if (!(st->f[i].k & K_BULLET) && !(i > 0 &&
			    st_ends_with(st->f[i - 1].s, "다.")))
				break;
		}
		if (i != bestat) {
			jk_msg(st->d, JK_M_ADVERT, st->f[bestat].ln,
			    "lines %d-%d close the unit before, not the advert",
			    st->f[bestat].ln, st->f[i - 1].ln);
			bestat = i;
		}
		/* take the ad's headline lines with it */
		for (b = 0; b < 3 && bestat - 1 > st->a[k].from &&
		    titleish(st, bestat - 1) &&
		    st->f[bestat - 1].role == R_BODY; b++)
			bestat--;
		art_insert(st, k + 1, bestat);
		for (i = bestat; i < st->a[k + 1].to; i++)
			if (st->f[i].art == k)
				st->f[i].art = k + 1;
		st->a[k + 1].advert = 1;
		jk_msg(st->d, JK_M_ADVERT, st->f[bestat].ln,
		    "advert at the end of a unit (score %d)", best);
		k++;
	}
}

static void
find_adverts(struct st *st)
{
	struct art	*a;
	int		 k, i, sig, prose, promo;

	for (k = 0; k < st->na; k++) {
		a = &st->a[k];
		sig = prose = promo = 0;
		if (a->advert)
			continue;
		for (i = a->from; i < a->to; i++) {
			if (st->f[i].art != k)
				continue;
			if (st->f[i].k & K_ADSIG)
				sig++;
			if (strstr(st->f[i].s, "보세요") != NULL ||
			    strstr(st->f[i].s, "드립니다") != NULL ||
			    strstr(st->f[i].s, "하세요") != NULL ||
			    strstr(st->f[i].s, "■") != NULL ||
			    st_match(st->re_price, st->f[i].s))
				promo++;
			if ((st->f[i].k & K_TERM) && st_is_prose(st, i) &&
			    st_ends_with(st->f[i].s, "다."))
				prose++;
		}
		if ((promo >= 2 && sig >= 3 && prose <= sig) ||
		    (sig >= 4 && prose * 3 < sig)) {
			a->advert = 1;
			jk_msg(st->d, JK_M_ADVERT, st->f[a->from].ln,
			    "%d advert signals, %d prose sentences", sig,
			    prose);
		}
	}
}

/* Advert pages printed one after another: a page gap (three or more
 * blank lines) inside an advert starts the next advert. */
static void
split_advert_pages(struct st *st)
{
	int	 k, i;

	for (k = 0; k < st->na; k++) {
		if (!st->a[k].advert)
			continue;
		for (i = st->a[k].from + 1; i < st->a[k].to; i++)
			if (st->f[i].art == k && st->f[i].blanks >= 3 &&
			    i - st->a[k].from >= 3 && st->a[k].to - i >= 3)
				break;
		if (i >= st->a[k].to)
			continue;
		art_insert(st, k + 1, i);
		for (; i < st->a[k + 1].to; i++)
			if (st->f[i].art == k)
				st->f[i].art = k + 1;
		st->a[k + 1].advert = 1;
		jk_msg(st->d, JK_M_ADVERT, st->f[st->a[k + 1].from].ln,
		    "advert page after a page gap");
	}
}

/* An advert that opens with a headline block ("…을 만나보세요!"). */
static void
advert_titles(struct st *st)
{
	struct art	*a;
	int		 k, e;

	for (k = 0; k < st->na; k++) {
		a = &st->a[k];
		if (!a->advert || a->ti0 >= 0 || has_header(st, k) ||
		    st->f[a->from].art != k || st->f[a->from].role != R_BODY ||
		    box_title(st->f[a->from].s))
			continue;
		/* 1-3 short lines, no list marker, the last one a call
		 * ("…보세요!"), then a blank line */
		for (e = a->from; e < a->to && e - a->from < 3; e++)
			if ((e > a->from && st->f[e].blanks > 0) ||
			    (st->f[e].k & (K_BULLET | K_CAPTION | K_NUMROW)) ||
			    st->f[e].w >= 0.75 * st->p90)
				break;
		if (e == a->from || e >= a->to || st->f[e].blanks == 0 ||
		    !(st_ends_with(st->f[e - 1].s, "!") ||
		    st_ends_with(st->f[e - 1].s, "?")))
			continue;
		a->ti0 = a->from;
		a->ti1 = e;
		set_role(st, a->from, e, R_TITLE);
	}
}

void
st_articles(struct st *st)
{
	mark_furniture(st);
	find_headers(st);
	place_headers(st);
	accept_ends(st);
	mark_headers(st);
	make_articles(st);
	assign_roles(st);
	reclaim_orphans(st);
	merge_fragments(st);
	merge_sentenceless(st);
	label_titles(st);
	find_ledes(st);
	split_adverts(st);
	find_adverts(st);
	split_advert_pages(st);
	advert_titles(st);
}
