/*
 * articles.c -- split the flow into editorial units.
 *
 * Anchors (anchors.c) are header groups (byline, affiliation lines, bio
 * block) and article-end markers ("다.␠␠").  A header group followed by
 * a title block starts an article there; one preceded by a title block
 * starts it at that title; one with neither sits inside an article (or
 * just after one) and is attached to it.  Text between an end marker and
 * the next header belongs to the next article, except the figure
 * material that closes the previous one.  Units are then merged
 * (merge.c) and adverts recognised (adverts.c).
 */
#include <stdlib.h>
#include <string.h>

#include "stpriv.h"

/* A box title ("…소개", "참고") opens a sidebar, not a unit. */
int
box_title(const char *s)
{
	return (st_ends_with(s, "소개") && strlen(s) < 40) ||
	    strcmp(s, "참고") == 0;
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

	/* a series tagline right after the header opens the next unit */
	if (i < limit && st->tagbefore[i])
		return i;
	for (j = i; j < limit; j++) {
		if (j > i && (st->tagbefore[j] || (st->f[j].k & (K_CAPTION |
		    K_LABEL | K_BYLINE)) || st_title_block(st, j) > 0)) {
			/* a lede is whole: text cut open by a figure or a
			 * header goes on after it, as the next unit's body */
			if (!(st->f[j - 1].k & K_TERM))
				return i;
			break;
		}
		/* a lede is prose: items ("■ 대상: …") under a call are an
		 * advert's, which opens the next unit */
		if (st->f[j].k & K_BULLET)
			return i;
		if (st->f[j].k & K_END)
			return j + 1;
	}
	/* text left open right before the next unit's header goes on
	 * after it: the lede ends with the last sentence closed before
	 * it, and the rest is that unit's body, printed before its
	 * title */
	if (j == limit && j > i && limit < st->n &&
	    !(st->f[j - 1].k & K_TERM)) {
		while (j > i && !(st->f[j - 1].k & K_TERM))
			j--;
		return j;
	}
	return j;
}

void
st_mark_furniture(struct st *st)
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

	for (k = 0; k < t->nfurn; k++) {
		if (t->furn[k].kind != JK_FURN_TAGLINE || st->fpos[k] != i ||
		    t->furn[k].text == NULL)
			continue;
		n = jk_cat_nospace(a, 0, sizeof(a), t->furn[k].text);
		b[0] = '\0';
		for (m = 0, j = i; j < e; j++)
			m = jk_cat_nospace(b, m, sizeof(b), st->f[j].s);
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

/* Is a source line between flow lines a and b numbers only? */
static int
numbers_between(const struct st *st, int a, int b)
{
	size_t	 j;

	for (j = (size_t)st->f[a].idx + 1; j < (size_t)st->f[b].idx; j++)
		if (!st->t->lines[j].blank &&
		    st_figures_only(st->t->lines[j].s, " "))
			return 1;
	return 0;
}

/* Extra starts: a title block with a leading space after closed text, a
 * two-line title block before a kicker label, a tagline + title. */
static int
extra_start(const struct st *st, int i)
{
	int	 e;

	/* (right under "그림 3": the caption's title) */
	if (i == 0 || st->inhdr[i] || (st->f[i - 1].k & K_CAPTION))
		return 0;
	if (st->tagbefore[i] && (st->f[i - 1].k & K_ADSIG) &&
	    (st->f[i - 1].k & K_BULLET))
		return 1;
	if (st->tagbefore[i] && table_page_ends(st, i))
		return 1;
	/* a series tagline, then an event's edition ("제42회 … 데이")
	 * after closed text: a lecture or seminar unit opens, whatever
	 * its title and wherever its speaker's credit stands */
	if (st->tagbefore[i] && (st->f[i - 1].k & K_TERM) &&
	    jk_event_line(st->f[i].s))
		return 1;
	if ((e = st_title_block(st, i)) < 0)
		return 0;
	if (st->f[i].blanks == 0 && st->f[i].lead == 0 && st_titleish(st, i - 1))
		return 0;
	/* a title block right after a byline group that is not its own
	 * (the speaker's credit closing the talk before) */
	if (st->inhdr[i - 1] && st->f[i].lead > 0 && st->f[i].blanks >= 1 &&
	    (st->f[i - 1].k & K_TERM))
		return 1;
	/* title block + kicker label: a page of its own, even when it
	 * interrupts a sentence of the unit around it */
	if (e < st->n && (st->f[e].k & K_LABEL) && e - i >= 2)
		return 1;
	/* two titles printed one under the other, then the text (news
	 * pages), after what is no text or after a closed text and the
	 * page's furniture */
	if (st->f[i].lead > 0 && e == i + 1 && (!st_is_prose(st, i - 1) ||
	    ((st->f[i - 1].k & K_TERM) && st->furnbefore[i]))) {
		int	 j;

		for (j = e; j < st->n && j < e + 3 && st->f[j].blanks == 1 &&
		    st_titleish(st, j); j++)
			;
		/* (a row of photo numbers may stand between them and
		 * the text, in the flow or taken out of it: "01 02") */
		if (j > e && j + 1 < st->n && st_figures_only(st->f[j].s, " "))
			j++;
		if (j > e && j < st->n && (st->f[j].blanks == 1 ||
		    (st->f[j].blanks == 2 && numbers_between(st, j - 1, j))) &&
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
	/* a full line of running text that a table cuts mid-sentence
	 * opens no page */
	if (st_is_prose(st, i) && !(st->f[i].k & K_TERM) &&
	    st->f[i].w >= 0.85 * st->p90)
		return 0;
	for (j = i + 1; j < st->n && j < i + 6; j++)
		if (st->f[j].k & K_NUMROW)
			rows++;
	return rows >= 3;
}

void
st_mark_headers(struct st *st)
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

/* Is an article end marked on a line of [from, to)? */
static int
end_between(const struct st *st, int from, int to)
{
	for (; from < to; from++)
		if (st->f[from].k & K_END)
			return 1;
	return 0;
}

void
st_make_articles(struct st *st)
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
			s = st_skip_trailing(st, i + 1);
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
			ev[nev].at = st_hdr_start(&st->h[k]);
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
				/* no lede, or text left open after it, and
				 * the next unit's header follows before any
				 * end: the text is that unit's, printed
				 * before its title */
				if (i + 1 < nev && ev[i + 1].hdr >= 0 &&
				    ev[i + 1].at > deckto &&
				    (deckto == h->last + 1 ||
				    !(st->f[ev[i + 1].at - 1].k & K_TERM)) &&
				    !end_between(st, deckto, ev[i + 1].at)) {
					ev[i + 1].at = deckto;
					continue;
				}
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

/* The unit of header group h: the one it was given, or the one its first
 * line stands in. */
static int
hdr_unit(const struct st *st, const struct hdr *h)
{
	return h->art >= 0 ? h->art : art_of(st, h->first);
}

/*
 * A credit printed right before a title, after a closed text, names the
 * author of that text, not of the unit the title opens, where that unit
 * has a credit of its own printed after its body and the unit before
 * has none ("… 클릭합니다." | "글·사진. 천룸료" + affiliation + bio |
 * the next title … its body … "글·사진. 원료릭"): the group goes to the
 * unit before, as a byline printed after its text, and the title opens
 * its unit alone.
 */
void
st_credit_owners(struct st *st)
{
	struct hdr	*h;
	int		*credits, *lastmid, k, n;

	/* each unit's credit groups, and the last printed after its title
	 * text (one pass over the groups, not one for each of them) */
	credits = jk_xcalloc((size_t)st->na + 1, sizeof(*credits));
	lastmid = jk_xcalloc((size_t)st->na + 1, sizeof(*lastmid));
	for (k = 0; k < st->nh; k++) {
		h = &st->h[k];
		if (h->pos < 0 || !st_hdr_credit(st, h))
			continue;
		n = hdr_unit(st, h);
		credits[n]++;
		if (h->pos == H_MID && h->first > lastmid[n])
			lastmid[n] = h->first;
	}
	for (k = 0; k < st->nh; k++) {
		h = &st->h[k];
		if (h->pos != H_PRE || h->ti0 < 0 || h->first == 0 ||
		    !st_hdr_credit(st, h) || !(st->f[h->first - 1].k &
		    K_TERM) || (n = hdr_unit(st, h)) <= 0 ||
		    lastmid[n] <= h->ti1 || credits[n - 1] > 0)
			continue;
		if (st->a[n].from == h->first && h->ti0 > h->first &&
		    h->ti0 < st->a[n].to) {
			st->a[n - 1].to = h->ti0;
			st->a[n].from = h->ti0;
		}
		h->pos = H_MID;
		h->art = n - 1;
		h->ti0 = h->ti1 = h->sub = h->lab = -1;
		credits[n]--;
		credits[n - 1]++;
	}
	free(credits);
	free(lastmid);
}

void
st_set_role(struct st *st, int from, int to, int role)
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
		if ((e = st_title_block(st, i)) < 0 || e >= a->to ||
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
void
st_label_titles(struct st *st)
{
	struct art	*a;
	int		 k, i;

	for (k = 0; k < st->na; k++) {
		a = &st->a[k];
		if (st_has_header(st, k) || a->advert)
			continue;
		for (i = a->from; i < a->to; i++)
			if (st->f[i].art == k && st->f[i].role == R_BODY &&
			    (st->f[i].k & K_LABEL) &&
			    strpbrk(st->f[i].s, "0123456789") == NULL)
				break;
		if (i >= a->to)
			continue;
		if (a->ti0 >= 0) {
			st_set_role(st, a->ti0, a->ti1, R_BODY);
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
		    !st_is_prose(st, last) || st_has_header(st, k))
			continue;
		if ((e = st_title_block(st, a->from)) < 0 || e >= a->to ||
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

void
st_assign_roles(struct st *st)
{
	struct hdr	*h;
	struct art	*a;
	int		 k, i, e = -1, b, ev;

	for (i = 0; i < st->n; i++)
		st->f[i].art = art_of(st, i);
	foreign_pages(st);
	for (k = 0; k < st->nh; k++) {
		h = &st->h[k];
		if (h->art < 0)
			h->art = st->f[h->first].art;
		if (h->by >= 0)
			st->f[h->by].role = R_BYLINE;
		st_set_role(st, h->af0, h->af1, R_AFFIL);
		st_set_role(st, h->bio0, h->bio1, R_BIO);
		st_set_role(st, h->pr0, h->pr1, R_PROFILE);
		if (h->pos != H_MID) {
			st_set_role(st, h->ti0, h->ti1, R_TITLE);
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
			st_set_role(st, a->deck0, a->deck1, R_DECK);
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
		/* kicker line, then the title block (an event's edition,
		 * "제67회 … 원탁회의", is one however wide: in a narrow
		 * column it is as wide as the text; under it a title of one
		 * line is enough, "제118회 … 협의회" | "간단한 물체 그리기") */
		ev = b + 1 < a->to && jk_event_line(st->f[b].s);
		if (b + 1 < a->to && a->lab < 0 && (st_titleish(st, b) || ev) &&
		    !tagline_title(st, b, b + 1) &&
		    (st_title_block(st, b) < 0 || ev) &&
		    st->f[b + 1].blanks >= 1 &&
		    (e = st_title_block(st, b + 1)) >= b + (ev ? 2 : 3) &&
		    e <= a->to) {
			a->lab = b;
			st->f[b].role = R_LABEL;
			b++;
		}
		if (b >= a->to || (e = st_title_block(st, b)) < 0 || e > a->to ||
		    box_title(st->f[b].s)) {
			/* a statistics page has its title among the
			 * tables; else a title the extraction put inside
			 * the body; else a title shaped like a box's
			 * ("컴포넌트 소개": "…소개" over a report of a
			 * news page) is the title after all */
			int	 b0 = b, e0 = b >= a->to ? -1 : e;

			if ((e = table_page_title(st, a, k, &b)) < 0)
				e = untitled(st, a, k, &b);
			if (e < 0 && b0 < a->to && e0 > b0 && e0 <= a->to &&
			    st->f[b0].lead > 0 && st->furnbefore[b0]) {
				b = b0;
				e = e0;
			}
			if (e < 0)
				continue;
		}
		/* kicker line + title block */
		if (e == b + 1 && e < a->to && st->f[e].blanks <= 1 &&
		    a->lab < 0 && !tagline_title(st, b, e)) {
			int	 e2 = st_title_block(st, e);

			if (e2 > e && e2 <= a->to && e2 - e >= 2) {
				a->lab = b;
				st->f[b].role = R_LABEL;
				b = e;
				e = e2;
			}
		}
		a->ti0 = b;
		a->ti1 = e;
		st_set_role(st, b, e, R_TITLE);
		if (e - b >= 2 && st_subtitle_line(st, e - 1)) {
			a->sub = e - 1;
			st->f[e - 1].role = R_SUBTITLE;
		}
		if (e < a->to && (st->f[e].k & K_LABEL) && a->lab < 0) {
			a->lab = e;
			st->f[e].role = R_LABEL;
		}
	}
}
