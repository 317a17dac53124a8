/*
 * merge.c -- units put together again: fragments and orphans back into
 * their article, ledes found, sentenceless pieces merged.
 */
#include <stdlib.h>
#include <string.h>

#include "evidence.h"
#include "stpriv.h"

void
st_art_insert(struct st *st, int at, int from)
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

int
st_has_header(const struct st *st, int k)
{
	int	 i;

	for (i = 0; i < st->nh; i++)
		if (st->h[i].art == k)
			return 1;
	return 0;
}

/* Short untitled pieces between end markers are continuations of a
 * neighbouring unit, not units of their own. */
void
st_merge_fragments(struct st *st)
{
	struct art	*a;
	int		 k, n;

	for (k = 1; k < st->na; k++) {
		a = &st->a[k];
		n = a->to - a->from;
		if (a->ti0 >= 0 || st_has_header(st, k) || a->advert)
			continue;
		/* a series tagline between an article's end and this text
		 * opens a unit named by its series */
		if (a->byend && st->tagbefore != NULL &&
		    st->tagbefore[a->from])
			continue;
		/* a long untitled unit after an end marker continues a
		 * bylineless unit (news pages, listings) */
		if (n >= 40 && !(a->byend && !st_has_header(st, k - 1) &&
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
 * A piece printed with a leading space after article k's end, that
 * goes on a sentence of k at a word space: the one line of k that
 * stops open with a trailing space right before the rest of its column
 * went elsewhere (the next line printed with a leading space too), and
 * that no piece went on already (taken).  Returns that line, or -1
 * unless exactly one fits.
 */
static int
space_cut(const struct st *st, int k, int s, const char *taken)
{
	int	 i, cand = -1, cnt = 0;

	for (i = st->a[k].from; i + 1 < s; i++) {
		if (taken[i] || st->f[i].art != k || st->f[i].role != R_BODY ||
		    (st->f[i].k & K_TERM) || st->f[i].trail == 0 ||
		    !st_is_prose(st, i) || st->f[i + 1].lead == 0 ||
		    st->f[i + 1].art != k || !st_is_prose(st, i + 1))
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
void
st_reclaim_orphans(struct st *st)
{
	struct art	*a, *p;
	int		 k, h, s, hs, i, cand, cnt, named;
	char		*taken = jk_xcalloc((size_t)st->n + 1, 1);

	for (k = 1; k < st->na; k++) {
		a = &st->a[k];
		p = &st->a[k - 1];
		s = a->from;
		if (p->advert || a->advert || !(st->f[s - 1].k & K_END) ||
		    !st_is_hangul_start(st->f[s].s))
			continue;
		for (hs = -1, h = 0; h < st->nh; h++)
			if (st->h[h].art == k && st->h[h].pos != H_MID)
				hs = st_hdr_start(&st->h[h]);
		/* (a short unit of its own, with no header nor title: all
		 * of it, as st_merge_fragments() would join it somewhere) */
		if (hs < 0 && !st_has_header(st, k) && a->ti0 < 0 &&
		    a->to - s < 40)
			hs = a->to;
		if (hs <= s)
			continue;
		for (cnt = 0, cand = -1, i = p->from; i < s; i++) {
			if (taken[i] || st->f[i].art != k - 1 ||
			    st->f[i].role != R_BODY ||
			    (st->f[i].k & K_TERM) || st->f[i].trail > 0 ||
			    !st_is_prose(st, i))
				continue;
			/* the open end closes an extraction block */
			if (i + 1 < s && !(st->f[i + 1].k & (K_CAPTION |
			    K_PHOTOCAP | K_SOURCE)) && st->f[i + 1].lead == 0 &&
			    st->f[i + 1].blanks < 2)
				continue;
			if (st_glue_is_word(st, i, s)) {
				cand = i;
				cnt++;
			}
		}
		/* (or, printed with a leading space, text that goes on
		 * after what the page set across it) */
		if (!(st->f[s].k & K_OPEN) && st->f[s].lead == 0)
			cnt = 0;
		named = 1;
		if (cnt == 0 && st->f[s].lead > 0 &&
		    (cand = space_cut(st, k - 1, s, taken)) >= 0) {
			/* (no word names the line: the reading order
			 * places the piece) */
			cnt = 1;
			named = 0;
		}
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
		taken[cand] = 1;
		for (i = s; i < hs; i++)
			if (st->f[i].art == k)
				st->f[i].art = k - 1;
		if (named)
			jk_msg(st->d, JK_M_ORDER, st->f[s].ln, "lines %d-%d after "
			    "the end marker continue the open sentence of line "
			    "%d: moved back to its article", st->f[s].ln,
			    st->f[hs - 1].ln, st->f[cand].ln);
		else
			jk_msg(st->d, JK_M_ORDER, st->f[s].ln, "lines %d-%d after "
			    "the end marker, printed with a leading space, go on "
			    "an open sentence of the article before: moved back "
			    "to it", st->f[s].ln, st->f[hs - 1].ln);
		/* (a unit moved back whole is gone) */
		if (hs == a->to) {
			art_remove(st, k, k - 1);
			k--;
			continue;
		}
		p->to = hs;
		a->from = hs;
	}
	free(taken);
}

/*
 * A lede set wider than the columns and extracted after the start of
 * the body (rule 1): a run of >= 3 closed prose lines, each much wider
 * than the article's usual line, after a closed paragraph, in the first
 * half of the article.  It goes under the title.
 */
void
st_find_ledes(struct st *st)
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
		qsort(w, (size_t)m, sizeof(*w), st_cmp_double);
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
			st_set_role(st, r0, r1, R_DECK);
			break;
		}
	}
	free(w);
}

static int	 numbers_after(const struct st *, int);
static int	 unit_title_end(const struct st *, int);

/* A unit opened only by the end marker before it, without a header,
 * a sentence or a numeric table, is the table or box that closes the
 * unit before (a news page's last item), not an editorial unit; but not
 * the first of two report titles stacked on a news page, the second
 * (the next unit, right after it) over the report numbers ("01 02"):
 * st_split_reports() puts the two back together. */
void
st_merge_sentenceless(struct st *st)
{
	struct art	*a;
	int		 k, i, sent, rows;

	for (k = 1; k < st->na; k++) {
		a = &st->a[k];
		if (!a->byend || a->advert || st->a[k - 1].advert ||
		    st_has_header(st, k) || a->to - a->from >= 60)
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
		if (k + 1 < st->na && st->a[k + 1].from == a->to &&
		    !st->a[k + 1].advert && (i = unit_title_end(st, k + 1)) >
		    a->to && numbers_after(st, i - 1) == 2)
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

/* "01 02 …": the numbers of the reports printed on one spread, each a
 * two-digit number counting up from 01.  Returns how many, or 0. */
static int
report_numbers(const char *s)
{
	int	 n = 0;

	while (*s != '\0') {
		if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' ||
		    (s[2] != ' ' && s[2] != '\0') ||
		    (s[0] - '0') * 10 + (s[1] - '0') != n + 1)
			return 0;
		n++;
		s += 2;
		while (*s == ' ')
			s++;
	}
	return n;
}

/* Report numbers printed between flow lines i and i + 1 (in the flow or
 * taken out of it as figure text): how many, or 0. */
static int
numbers_after(const struct st *st, int i)
{
	size_t	 j;
	int	 n;

	if (i + 1 >= st->n)
		return 0;
	for (j = (size_t)st->f[i].idx + 1; j <= (size_t)st->f[i + 1].idx; j++)
		if (!st->t->lines[j].blank &&
		    (n = report_numbers(st->t->lines[j].s)) > 0)
			return n;
	return 0;
}

/* The title lines of unit k (its header's, or its own), or -1. */
static int
unit_title_end(const struct st *st, int k)
{
	int	 h;

	for (h = 0; h < st->nh; h++)
		if (st->h[h].art == k && st->h[h].pos != H_MID &&
		    st->h[h].ti0 >= 0)
			return st->h[h].ti1;
	return st->a[k].ti0 >= 0 ? st->a[k].ti1 : -1;
}

/* Does a block with a leading space start at flow line i of unit k,
 * after text of unit k or k2?  With k2 == k (the first column switch)
 * the line before must be prose, though a Latin term may take up to
 * two thirds of it ("필드 이름(ControlSource)"), or more in a full line
 * that ends in Hangul ("여 Blu-ray, HD DVD, 비디오 CD (VCD), 수"): a
 * column of the first
 * report may end mid-sentence or at a sentence's end, the leading space
 * alone says the extraction jumped. */
static int
block_cut(const struct st *st, int k, int k2, int i)
{
	return st->f[i].art == k && st->f[i].role == R_BODY &&
	    st->f[i].lead > 0 && st->f[i].blanks <= 1 &&
	    (st->f[i - 1].art == k || st->f[i - 1].art == k2) &&
	    st->f[i - 1].role == R_BODY && (k2 != k ||
	    st_is_prose_share(st, i - 1, 0.3) ||
	    (st->f[i - 1].w >= 0.8 * st->p90 &&
	    jk_is_hangul(ev_last_cp(st->f[i - 1].s))));
}

/* Is unit k only a title (no body line)? */
static int
title_only(const struct st *st, int k)
{
	for (int i = st->a[k].from; i < st->a[k].to; i++)
		if (st->f[i].art == k && st->f[i].role == R_BODY)
			return 0;
	return 1;
}

/*
 * The second report's title set on two lines may have been taken for a
 * unit of its own: unit k a title and nothing more, then unit k + 1,
 * with no byline, whose title block has the report numbers under it.
 * Then k + 1 goes back into k and *t2, *t2end are its title lines.
 */
static int
second_title_unit(struct st *st, int k, int e, int *t2, int *t2end)
{
	int	 h, ti0, ti1;

	if (k + 1 >= st->na || st->a[k + 1].advert || !title_only(st, k))
		return 0;
	for (h = 0; h < st->nh; h++)
		if (st->h[h].art == k + 1 && st->h[h].pos != H_MID)
			break;
	if (h < st->nh && (st->h[h].by >= 0 || st->h[h].ti0 < 0))
		return 0;
	ti0 = h < st->nh ? st->h[h].ti0 : st->a[k + 1].ti0;
	ti1 = h < st->nh ? st->h[h].ti1 : st->a[k + 1].ti1;
	if (ti0 != e || ti1 <= e || ti1 - e > 3 ||
	    numbers_after(st, ti1 - 1) != 2)
		return 0;
	for (int i = e; i < ti1; i++)
		if (!st_titleish(st, i) || (st->f[i].k & K_TERM))
			return 0;
	*t2 = e;
	*t2end = ti1;
	art_remove(st, k + 1, k);
	if (h < st->nh)
		st->h[h].art = -1;
	return 1;
}

/*
 * Several reports on one spread: the first title, a second title (one
 * line under it, or two that were taken for a unit of their own) then
 * the report numbers ("01 02").  The second report starts
 * where a block with a leading space cuts a sentence of the first (its
 * text begins a new column, not the first's next line); from there on
 * the columns alternate, each cut starting the other report's next
 * column.  The second is a unit of its own, named by the second title,
 * in the same section; the first goes on in its later columns.  Without
 * such a cut the unit is kept whole.
 */
void
st_split_reports(struct st *st)
{
	int	 k, e, t2, t2end, i, s, h, cuts;

	for (k = 0; k < st->na; k++) {
		struct art	*a = &st->a[k];

		if (a->advert || (e = unit_title_end(st, k)) < 0)
			continue;
		t2 = e;
		t2end = e + 1;
		if (!second_title_unit(st, k, e, &t2, &t2end) &&
		    (t2 + 1 >= a->to || st->f[t2].art != k ||
		    st->f[t2].blanks < 1 || !st_titleish(st, t2) ||
		    (st->f[t2].k & K_TERM) || numbers_after(st, t2) != 2))
			continue;
		a = &st->a[k];
		for (s = -1, i = t2end + 1; i < a->to && s < 0; i++)
			if (block_cut(st, k, k, i))
				s = i;
		if (s < 0)
			continue;
		st_art_insert(st, k + 1, s);
		a = &st->a[k];
		st->a[k + 1].ti0 = t2;
		st->a[k + 1].ti1 = t2end;
		st->a[k + 1].series = a->series;
		st->a[k + 1].section = a->section;
		st->a[k + 1].furn_line = st->f[s].ln;
		for (i = t2; i < t2end; i++)
			st->f[i].role = R_TITLE;
		/* the columns alternate from the cut on: the second
		 * report's, then the first's again, … */
		for (cuts = 0, i = s; i < st->a[k + 1].to; i++) {
			if (i > s && block_cut(st, k, k + 1, i)) {
				cuts++;
				/* the first report goes on here: the
				 * join is this decision's, not a guess
				 * for the glued-word check to undo */
				if (cuts % 2 == 1)
					st->f[i].k |= K_MOVED;
			}
			if (st->f[i].art != k)
				continue;
			if (cuts % 2 == 0)
				st->f[i].art = k + 1;
			else
				st->a[k].ext_to = i + 1;
		}
		for (h = 0; h < st->nh; h++)
			if (st->h[h].art == k && st->h[h].first >= s)
				st->h[h].art = k + 1;
		jk_msg(st->d, JK_M_ORDERUNSURE, st->f[s].ln,
		    "two reports on one spread: the second, '%s', taken as a "
		    "unit of its own from here", st->f[t2].s);
		k++;
	}
}
