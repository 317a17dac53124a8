/*
 * tables.c -- numeric tables flattened to lines (rule 10): a row is a
 * label followed by >= 3 numbers; consecutive rows with the same count
 * form one table; the nearest non-numeric line above is the header.
 * Rows and columns are checked against their own totals.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "stpriv.h"

#define MAXCOL	32

/* Is the token [s, e) a number like 1,234 / -3.5 / 26.1%?  Value in *v. */
static int
numtok(const char *s, const char *e, double *v)
{
	char	 buf[64];
	size_t	 n = 0;
	const char *p = s;
	int	 digits = 0;

	if (p < e && *p == '-')
		buf[n++] = *p++;
	for (; p < e && n < sizeof(buf) - 1; p++) {
		if (*p >= '0' && *p <= '9') {
			buf[n++] = *p;
			digits++;
		} else if (*p == ',' && digits > 0)
			continue;
		else if (*p == '.' && digits > 0)
			buf[n++] = *p;
		else if (*p == '%' && p + 1 == e)
			continue;
		else
			return 0;
	}
	if (digits == 0 || p < e)
		return 0;
	buf[n] = '\0';
	*v = strtod(buf, NULL);
	return 1;
}

/*
 * Split s at spaces into at most MAXCOL * 2 words: word i runs from
 * tok[i] to end[i].  Returns the number of words.
 */
static int
split_words(const char *s, const char **tok, const char **end)
{
	const char	*p = s;
	int		 nt = 0;

	while (*p != '\0' && nt < MAXCOL * 2) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		tok[nt] = p;
		while (*p != '\0' && *p != ' ')
			p++;
		end[nt++] = p;
	}
	return nt;
}

/*
 * Count the numbers at the end of s (after a label).  vals gets them in
 * order; *labelend points where the numbers start.  Returns the count if
 * there is a non-empty label, else 0.
 */
int
st_numrow(const char *s, double *vals, int max, const char **labelend)
{
	const char	*tok[MAXCOL * 2], *end[MAXCOL * 2];
	int		 nt, i, n = 0;
	double		 v;

	*labelend = s;
	nt = split_words(s, tok, end);
	for (i = nt - 1; i >= 0; i--)
		if (!numtok(tok[i], end[i], &v))
			break;
	if (i < 0 || nt - 1 - i < 3 || nt - 1 - i > max)
		return 0;
	*labelend = tok[i + 1];
	for (n = 0, i = i + 1; i < nt; i++)
		numtok(tok[i], end[i], &vals[n++]);
	return n;
}

/*
 * st_numrow() of a row that should hold want numbers: a label that ends
 * in a share ("하위 10% 95,848 91,218 64,963" under "구분 2021 2022
 * 2023") keeps it, and the last want numbers are the row's.  Returns
 * want, or what st_numrow() counts when the label takes no share.
 */
static int
numrow_of(const char *s, double *vals, int want, const char **labelend)
{
	const char	*tok[MAXCOL * 2], *end[MAXCOL * 2];
	int		 nt, i, n = st_numrow(s, vals, MAXCOL, labelend);

	if (n != want + 1 || want < 1)
		return n;
	nt = split_words(s, tok, end);
	/* one number more, a share after the label's words, where the
	 * row's own numbers are no shares */
	if (end[nt - want - 1][-1] != '%' || end[nt - 1][-1] == '%')
		return n;
	*labelend = tok[nt - want];
	for (n = 0, i = nt - want; i < nt; i++)
		numtok(tok[i], end[i], &vals[n++]);
	return n;
}

/* The years of a header line "구분 2021 2022 2023" (a label, then years
 * only): how many, or 0. */
static int
header_years(const char *s)
{
	const char	*tok[MAXCOL * 2], *end[MAXCOL * 2];
	int		 nt, i;

	nt = split_words(s, tok, end);
	for (i = 1; i < nt; i++)
		if (end[i] - tok[i] != 4 || strspn(tok[i], "0123456789") < 4 ||
		    (tok[i][0] != '1' && tok[i][0] != '2'))
			return 0;
	return nt >= 3 ? nt - 1 : 0;
}

static void
cell(struct st *st, struct jk_node *row, const char *s, size_t len,
    int flags, int line)
{
	struct jk_node	*c = jk_node_add(st->doc, row, JK_NODE_CELL, line);

	c->flags = flags;
	if (len > 0)
		jk_node_append(c, jk_text_new(st->doc, s, len, line));
}

/* "총계", "합계", "소계": a totals column head. */
static int
is_total_tok(const char *s, const char *e)
{
	size_t	 n = (size_t)(e - s);

	return n == 6 && (memcmp(s, "총계", 6) == 0 ||
	    memcmp(s, "합계", 6) == 0 || memcmp(s, "소계", 6) == 0);
}

static void
header_row(struct st *st, struct jk_node *tab, const char *s, int ncol,
    int line)
{
	struct jk_node	*row;
	const char	*tok[MAXCOL * 2], *end[MAXCOL * 2];
	int		 nt, i;

	nt = split_words(s, tok, end);
	row = jk_node_add(st->doc, tab, JK_NODE_ROW, line);
	row->flags |= JK_F_HEADER;
	if (nt == ncol) {
		for (i = 0; i < nt; i++)
			cell(st, row, tok[i], (size_t)(end[i] - tok[i]),
			    JK_F_HEADER, line);
	} else if (nt == ncol - 1) {
		cell(st, row, "", 0, JK_F_HEADER, line);
		for (i = 0; i < nt; i++)
			cell(st, row, tok[i], (size_t)(end[i] - tok[i]),
			    JK_F_HEADER, line);
	} else if (nt == ncol + 1 && ncol > 1 && end[0] - tok[0] == 3 &&
	    end[1] - tok[1] == 3) {
		/* a label cell with a space in it ("구 분") */
		cell(st, row, tok[0], (size_t)(end[1] - tok[0]), JK_F_HEADER,
		    line);
		for (i = 2; i < nt; i++)
			cell(st, row, tok[i], (size_t)(end[i] - tok[i]),
			    JK_F_HEADER, line);
	} else if (ncol > 1 && nt > ncol && nt - 1 <= 2 * (ncol - 1)) {
		/* cells of two words ("농가 수", "로봇 대수"): after the label,
		 * merge the neighbours that make the shortest cell until the
		 * count fits */
		int	 g0[MAXCOL * 2], g1[MAXCOL * 2], ng = 0, best, k, l1;
		size_t	 w, bw;

		/* "구 분": a label of single syllables */
		l1 = (end[0] - tok[0] == 3 && end[1] - tok[1] == 3 &&
		    (unsigned char)tok[1][0] >= 0xea) ? 2 : 1;
		for (i = l1; i < nt; i++) {
			g0[ng] = g1[ng] = i;
			ng++;
		}
		while (ng > ncol - 1) {
			best = -1;
			bw = 0;
			for (k = 0; k + 1 < ng; k++) {
				w = (size_t)g_utf8_strlen(tok[g0[k]],
				    end[g1[k + 1]] - tok[g0[k]]);
				/* a number opens a cell; a total stands
				 * alone */
				if (*tok[g0[k + 1]] >= '0' &&
				    *tok[g0[k + 1]] <= '9')
					w += 100;
				if (is_total_tok(tok[g0[k]], end[g1[k]]) ||
				    is_total_tok(tok[g0[k + 1]],
				    end[g1[k + 1]]))
					w += 1000;
				if (best < 0 || w < bw) {
					best = k;
					bw = w;
				}
			}
			g1[best] = g1[best + 1];
			for (k = best + 1; k + 1 < ng; k++) {
				g0[k] = g0[k + 1];
				g1[k] = g1[k + 1];
			}
			ng--;
		}
		cell(st, row, tok[0], (size_t)(end[l1 - 1] - tok[0]),
		    JK_F_HEADER, line);
		for (k = 0; k < ng; k++)
			cell(st, row, tok[g0[k]], (size_t)(end[g1[k]] -
			    tok[g0[k]]), JK_F_HEADER, line);
	} else {
		cell(st, row, s, strlen(s), JK_F_HEADER, line);
		row->last->colspan = ncol;
	}
}

static int
is_total(const char *s)
{
	return strstr(s, "총계") != NULL || strstr(s, "합계") != NULL ||
	    strcmp(s, "계") == 0 || strstr(s, "전체") != NULL ||
	    strstr(s, "Total") != NULL;
}

static int
near(double a, double b)
{
	return fabs(a - b) <= 1.0 + 0.002 * fabs(b);
}

int
st_table(struct st *st, struct jk_node *parent, struct jk_node *fig, int k,
    int to, int cap, int head, int first)
{
	struct jk_node	*tab, *row, *hrow = NULL;
	double		 v[64][MAXCOL], colsum;
	const char	*le, *s;
	int		 i, j, c, n, nrow = 0, last = first, checked = 0, bad = 0;
	int		 ncnt;
	char		 why[200];

	ncnt = st_numrow(st->f[first].s, v[0], MAXCOL, &le);
	/* a header of years says how many numbers a row has: a row label
	 * may end in one ("하위 10%") */
	if (head >= 0 && head < first && (c = header_years(st->f[head].s)) >
	    0 && c < ncnt && numrow_of(st->f[first].s, v[0], c, &le) == c)
		ncnt = c;
	if (fig == NULL) {
		fig = jk_node_new(st->doc, JK_NODE_FIGURE,
		    st->f[cap >= 0 ? cap : head >= 0 ? head : first].ln);
		if (!jk_node_append(parent, fig))
			return first;
	}
	if (cap >= 0) {
		s = st->f[cap].s;
		jk_node_add_text(st->doc, fig, JK_NODE_CAPTION, s,
		    st->f[cap].ln);
		st->f[cap].role = R_DONE;
	}
	tab = jk_node_add(st->doc, fig, JK_NODE_TABLE, st->f[first].ln);
	if (head >= 0) {
		/* header lines down to the first row; unit lines such as
		 * "(억 달러)" are sources */
		struct jk_buf	 hb;
		int		 h;

		jk_buf_init(&hb);
		for (h = head; h >= 0 && h < first;
		    h = st_next_body(st, k, to, h)) {
			s = st->f[h].s;
			if ((s[0] == '(' && st_ends_with(s, ")")) ||
			    strncmp(s, "단위", 6) == 0)
				jk_node_add_text(st->doc, fig, JK_NODE_SOURCE,
				    s, st->f[h].ln);
			else {
				if (hb.len > 0)
					jk_buf_putc(&hb, ' ');
				jk_buf_puts(&hb, s);
			}
			st->f[h].role = R_DONE;
		}
		if (hb.len > 0) {
			header_row(st, tab, hb.data, ncnt + 1,
			    st->f[head].ln);
			hrow = tab->last;
		}
		jk_buf_free(&hb);
	}
	for (i = first; i >= 0 && nrow < 64; i = st_next_body(st, k, to, i)) {
		if (!(st->f[i].k & K_NUMROW))
			break;
		n = numrow_of(st->f[i].s, v[nrow], ncnt, &le);
		if (n != ncnt)
			break;
		row = jk_node_add(st->doc, tab, JK_NODE_ROW, st->f[i].ln);
		s = le;
		while (s > st->f[i].s && s[-1] == ' ')
			s--;
		cell(st, row, st->f[i].s, (size_t)(s - st->f[i].s),
		    JK_F_HEADER, st->f[i].ln);
		s = le;
		for (c = 0; c < n; c++) {
			const char *e;

			while (*s == ' ')
				s++;
			e = s;
			while (*e != '\0' && *e != ' ')
				e++;
			cell(st, row, s, (size_t)(e - s), JK_F_NUMERIC,
			    st->f[i].ln);
			s = e;
		}
		st->f[i].role = R_DONE;
		last = i;
		nrow++;
	}
	/* a unit line (possibly merged with the next label) after it */
	i = st_next_body(st, k, to, last);
	if (i >= 0 && (strncmp(st->f[i].s, "(단위", 7) == 0 ||
	    strncmp(st->f[i].s, "단위", 6) == 0)) {
		const char *p = strchr(st->f[i].s, ')');

		if (p != NULL && p[1] != '\0') {
			jk_node_add_text(st->doc, fig, JK_NODE_SOURCE,
			    jk_arena_strndup(st->doc->arena, st->f[i].s,
			    (size_t)(p + 1 - st->f[i].s)), st->f[i].ln);
			if (jk_node_child(fig, JK_NODE_CAPTION) == NULL) {
				struct jk_node *cp = jk_node_new(st->doc,
				    JK_NODE_CAPTION, st->f[i].ln);

				jk_node_append(cp, jk_text_new(st->doc,
				    p + 1, (size_t)-1, st->f[i].ln));
				jk_node_prepend(fig, cp);
			} else
				jk_node_add_text(st->doc, fig, JK_NODE_SOURCE,
				    p + 1, st->f[i].ln);
		} else
			jk_node_add_text(st->doc, fig, JK_NODE_SOURCE,
			    st->f[i].s, st->f[i].ln);
		st->f[i].role = R_DONE;
		last = i;
	}

	/* row totals: the last column is a total */
	if (hrow != NULL && jk_node_count(hrow, JK_NODE_CELL) == ncnt + 1 &&
	    hrow->last != NULL && hrow->last->first != NULL &&
	    hrow->last->first->text != NULL &&
	    is_total(hrow->last->first->text) && ncnt >= 3) {
		int	 half = nrow == st->prevrows;

		checked = 1;
		/* a table printed in two halves: the total of the second
		 * half counts the first half's row too */
		for (j = 0; j < nrow && half; j++) {
			colsum = st->prevsum[j];
			for (c = 0; c < ncnt - 1; c++)
				colsum += v[j][c];
			if (!near(colsum, v[j][ncnt - 1]))
				half = 0;
		}
		for (j = 0; j < nrow && !half; j++) {
			colsum = 0;
			for (c = 0; c < ncnt - 1; c++)
				colsum += v[j][c];
			if (!near(colsum, v[j][ncnt - 1])) {
				bad++;
				snprintf(why, sizeof(why), "row %d: %.0f "
				    "counted, %.0f given", j + 1, colsum,
				    v[j][ncnt - 1]);
				jk_msg(st->d, JK_M_TABLESUM, st->f[first].ln,
				    "%s", why);
			}
		}
	}
	/* column totals: a row labelled as a count or total ("연구소 수",
	 * "총계") is the sum of the rows below it, up to the next such row */
	for (j = 0; j < nrow; j++) {
		struct jk_node	*r = tab->first;
		const char	*lab;
		int		 m, end;

		for (m = 0, r = hrow != NULL ? hrow->next : tab->first;
		    r != NULL && m < j; m++)
			r = r->next;
		lab = r != NULL && r->first != NULL && r->first->first !=
		    NULL ? r->first->first->text : NULL;
		if (lab == NULL || !(st_ends_with(lab, "수") ||
		    is_total(lab)))
			continue;
		for (end = j + 1; end < nrow; end++) {
			const char *l2;

			r = r != NULL ? r->next : NULL;
			l2 = r != NULL && r->first != NULL &&
			    r->first->first != NULL ? r->first->first->text :
			    NULL;
			if (l2 != NULL && (st_ends_with(l2, "수") ||
			    is_total(l2)))
				break;
		}
		if (end - j < 3)
			continue;
		checked = 1;
		for (c = 0; c < ncnt; c++) {
			colsum = 0;
			for (m = j + 1; m < end; m++)
				colsum += v[m][c];
			if (!near(colsum, v[j][c])) {
				bad++;
				jk_msg(st->d, JK_M_TABLESUM, st->f[first].ln,
				    "column %d: rows under '%s' add up to "
				    "%.0f, %.0f given", c + 2, lab, colsum,
				    v[j][c]);
				break;
			}
		}
	}
	st->prevrows = nrow;
	for (j = 0; j < nrow; j++) {
		st->prevsum[j] = 0;
		for (c = 0; c < ncnt; c++)
			st->prevsum[j] += v[j][c];
	}
	st->ntables++;
	if (checked)
		st->ntableschk++;
	if (checked && bad == 0)
		st->ntablesok++;
	return last;
}

/* A header row for a table built elsewhere (bullet tables). */
void
st_header_row(struct st *st, struct jk_node *tab, const char *s, int ncol,
    int line)
{
	header_row(st, tab, s, ncol, line);
}
