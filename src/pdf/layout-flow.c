/*
 * layout-flow.c -- flow: rows into columns and pages, keeps, bands
 * balanced, table headers repeated, boxes drawn behind their rows.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "layout-int.h"

/* === pages and flow ===================================================== */

int
page_new(struct lay *Y, enum jk_pgkind kind)
{
	struct jk_playout	*L = Y->L;
	struct jk_ppage		*p;

	L->pages = jk_xreallocarray(L->pages, L->npages + 1,
	    sizeof(*L->pages));
	p = &L->pages[L->npages];
	memset(p, 0, sizeof(*p));
	p->kind = kind;
	if (L->npages >= Y->apm) {
		Y->apm = L->npages + 32;
		Y->pm = jk_xreallocarray(Y->pm, Y->apm, sizeof(*Y->pm));
	}
	memset(&Y->pm[L->npages], 0, sizeof(*Y->pm));
	return L->npages++;
}

/* Page p takes n items spooled at [off, off + len), moved by (dx, dy)
 * into column col. */
void
page_ent(struct lay *Y, int p, off_t off, size_t len, int n, double dx,
    double dy, int col)
{
	struct jk_ppage	*pg = &Y->L->pages[p];
	struct jk_pent	*e;

	if (n <= 0)
		return;
	if (pg->nents == pg->aents) {
		pg->aents = pg->aents ? pg->aents * 2 : 16;
		pg->ents = jk_xreallocarray(pg->ents, pg->aents,
		    sizeof(*pg->ents));
	}
	e = &pg->ents[pg->nents++];
	e->off = off;
	e->len = len;
	e->n = n;
	e->dx = dx;
	e->dy = dy;
	e->col = col;
	e->raw = 0;
}

/* Page p takes item it as it is (the caller keeps it). */
void
page_put(struct lay *Y, int p, const struct jk_pitem *it)
{
	off_t	 off;
	size_t	 len;

	jk_spool_put(Y->L->spool, it, 1, &off, &len);
	page_ent(Y, p, off, len, 1, 0, 0, it->col);
	Y->L->pages[p].ents[Y->L->pages[p].nents - 1].raw = 1;
}

/* Left edge of the text block on page p (0-based; page 1 is a right-hand
 * page: its inner margin is on the left). */
double
block_left(struct lay *Y, int p)
{
	return (p % 2 == 0 ? Y->st->margin_inner_mm :
	    Y->st->margin_outer_mm) * JK_MM;
}

static double
col_x(struct lay *Y, int p, int c)
{
	return block_left(Y, p) + c * (Y->colw + Y->gutter);
}

static void
group_flush(struct lay *Y)
{
	struct jk_pitem	 it;

	if (Y->gcur.group == 0)
		return;
	memset(&it, 0, sizeof(it));
	it.kind = JK_PI_FILL;
	it.x = Y->gcur.x;
	it.y = Y->gcur.y0;
	it.w = Y->gcur.w;
	it.h = Y->gcur.y1 - Y->gcur.y0;
	it.color = Y->st->boxbg;
	it.col = Y->gcur.col;
	page_put(Y, Y->gcur.page, &it);
	Y->gcur.group = 0;
}

/* Place row r on the page at (col, y): its spooled items go there (a
 * table's header rows may be placed again). */
static void
place_row(struct lay *Y, struct row *r, int col, double y)
{
	double		 x = col < 0 ? block_left(Y, Y->page) :
			    col_x(Y, Y->page, col);

	page_ent(Y, Y->page, r->soff, r->slen, r->sn, x, y, col);
	if (r->olevel >= 0) {
		struct jk_playout	*L = Y->L;
		struct jk_poutline	*o;

		L->outline = jk_xreallocarray(L->outline, L->noutline + 1,
		    sizeof(*L->outline));
		o = &L->outline[L->noutline++];
		o->level = r->olevel;
		o->title = jk_xstrdup(r->otitle != NULL ? r->otitle : "");
		o->dest = jk_xstrdup(r->odest != NULL ? r->odest : "");
		o->page = Y->page;
		o->y = y;
	}
	if (r->group) {
		if (Y->gcur.group == r->group && Y->gcur.page == Y->page &&
		    Y->gcur.col == col && fabs(Y->gcur.y1 - y) < 0.5)
			Y->gcur.y1 = y + r->h;
		else {
			group_flush(Y);
			Y->gcur.group = r->group;
			Y->gcur.page = Y->page;
			Y->gcur.col = col;
			Y->gcur.x = x;
			Y->gcur.w = col < 0 ? Y->W : Y->colw;
			Y->gcur.y0 = y;
			Y->gcur.y1 = y + r->h;
		}
	} else
		group_flush(Y);
	if (r->table)
		Y->last_table = r->table;
	else
		Y->last_table = 0;
}

/* Height of the header rows of table t (to repeat them). */
static double
thead_height(struct lay *Y, const struct rows *R, int t)
{
	double	 h = 0;
	int	 i;

	for (i = 0; i < Y->th[t].n; i++)
		h += R->r[Y->th[t].first + i].h;
	return h;
}

static void
thead_place(struct lay *Y, const struct rows *R, int t, int col, double y)
{
	int	 i;

	for (i = 0; i < Y->th[t].n; i++) {
		place_row(Y, &R->r[Y->th[t].first + i], col, y);
		y += R->r[Y->th[t].first + i].h;
	}
}

/*
 * Where the flow stands: the next row to place, and a float [pi, pu]
 * (a figure or table that did not fit where it stood) waiting for the
 * top of the next column; pi < 0 if none waits.
 */
struct fpos {
	int	 i, pi, pu;
};

/* Rows [i, u] as one unit: rows kept together. */
static int
unit_end(const struct rows *R, int i, int j)
{
	int	 u;

	for (u = i; u < j - 1 && R->r[u].keep; u++)
		;
	return u;
}

/* The last row of the float starting at row i. */
static int
float_end(const struct rows *R, int i, int j)
{
	int	 u = i;

	while (u + 1 < j && R->r[u + 1].fl == R->r[i].fl)
		u++;
	return u;
}

static double
rows_height(const struct rows *R, int i, int u, int at_top)
{
	double	 h = 0;
	int	 m;

	for (m = i; m <= u; m++)
		h += (m == i && at_top ? 0 : R->r[m].before) + R->r[m].h;
	return h;
}

/*
 * Fill the columns of a band (from top to bottom) with the column rows
 * [f.i, j), the waiting float first at the top of a column.  A float
 * that does not fit below the text of a column (and fits a column) waits
 * while the text after it fills the column, so that no column ends
 * early.  Returns where the flow then stands; *maxy gets the lowest row
 * bottom.  Nothing is placed unless commit.
 */
static struct fpos
fill_band(struct lay *Y, const struct rows *R, struct fpos f, int j,
    double top, double bottom, int commit, int strict, double *maxy)
{
	int	 c = 0, at_top = 1, u, m, lt = Y->last_table, i, pend, fu;
	double	 y = top, uh, hh;

	*maxy = top;
	while (f.i < j || f.pi >= 0) {
		/* the unit: the waiting float at a column top or when the
		 * band's text is all placed, else rows kept together */
		pend = f.pi >= 0 && (at_top || f.i >= j);
		i = pend ? f.pi : f.i;
		u = pend ? f.pu : unit_end(R, i, j);
		hh = 0;
		if (at_top && R->r[i].table && R->r[i].table == lt &&
		    !R->r[i].thead)
			hh = thead_height(Y, R, R->r[i].table);
		uh = hh + rows_height(R, i, u, at_top);
		if (y + uh > bottom + EPS) {
			/* a float below text waits for the next column
			 * while the text after it fills this one */
			if (!pend && f.pi < 0 && !at_top && R->r[i].fl &&
			    (fu = float_end(R, i, j)) + 1 < j &&
			    rows_height(R, i, fu, 1) <= Y->bottom - Y->top &&
			    !R->r[fu + 1].fl) {
				f.pi = i;
				f.pu = fu;
				f.i = fu + 1;
				continue;
			}
			/* a band below the top of the page: what does not
			 * fit goes to the next column or page */
			if (!at_top || top > Y->top + EPS) {
				if (++c >= Y->ncol)
					return f;
				y = top;
				at_top = 1;
				continue;
			}
			/* taller than a column: break inside the unit,
			 * row by row (balancing: this bottom is too high) */
			if (strict)
				return f;
			u = i;
			uh = hh + R->r[i].h;
			if (y + uh > bottom + EPS && commit) {
				Y->L->overflows++;
				jk_msg(Y->pdf->diag, JK_M_OVERFLOW, 0,
				    "a row taller than the column (%.0f pt)",
				    uh);
			}
		}
		if (hh > 0) {
			if (commit)
				thead_place(Y, R, R->r[i].table, c, y);
			y += hh;
		}
		for (m = i; m <= u; m++) {
			if (!(m == i && at_top))
				y += R->r[m].before;
			if (commit)
				place_row(Y, &R->r[m], c, y);
			y += R->r[m].h;
			lt = R->r[m].table;
		}
		at_top = 0;
		if (y > *maxy)
			*maxy = y;
		if (!pend)
			f.i = u + 1;
		else if (u < f.pu)	/* broken row by row: goes on */
			f.pi = u + 1;
		else
			f.pi = -1;
	}
	if (commit)
		group_flush(Y);
	return f;
}

void
new_body_page(struct lay *Y, enum jk_pgkind kind, int opener)
{
	group_flush(Y);
	if (kind == JK_PG_CONTENTS && Y->page + 1 < Y->contres) {
		Y->page++;
		Y->btop = Y->top;
		Y->last_table = 0;
		return;
	}
	Y->page = page_new(Y, kind);
	Y->btop = Y->top;
	Y->pm[Y->page].opener = opener;
	Y->L->pages[Y->page].opener = opener;
	Y->pm[Y->page].left = (char *)Y->run_left;
	Y->pm[Y->page].right = (char *)Y->run_right;
}

/* The end of the band that starts at row i: the next spanning row, or
 * the first row past twice the height the columns of a page hold. */
static int
band_end(const struct lay *Y, const struct rows *R, int i)
{
	double	 cap = 2 * Y->ncol * (Y->bottom - Y->top), h = 0;
	int	 j;

	for (j = i; j < R->n && !R->r[j].span && h <= cap; j++)
		h += R->r[j].before + R->r[j].h;
	JK_WORK(j - i);
	return j;
}

/* Flow the rows of one article (or advert, or the contents). */
void
flow(struct lay *Y, struct rows *R, enum jk_pgkind kind)
{
	struct fpos	 f = { 0, -1, -1 }, k;
	int		 i, j;
	double		 maxy;

	rows_spool(Y, R);
	while (f.i < R->n || f.pi >= 0) {
		i = f.i;
		if (f.pi < 0 && R->r[i].span) {
			int	 u, m;
			double	 uh = 0, hh = 0;

			for (u = i; u < R->n - 1 && R->r[u].keep &&
			    R->r[u + 1].span; u++)
				;
			for (m = i; m <= u; m++)
				uh += R->r[m].before + R->r[m].h;
			if (Y->btop + uh > Y->bottom + EPS &&
			    Y->btop > Y->top + EPS) {
				new_body_page(Y, kind, 0);
			}
			if (R->r[i].table && !R->r[i].thead &&
			    Y->btop <= Y->top + EPS && i > 0 &&
			    R->r[i - 1].table == R->r[i].table) {
				hh = thead_height(Y, R, R->r[i].table);
				thead_place(Y, R, R->r[i].table, -1, Y->btop);
				Y->btop += hh;
			}
			for (m = i; m <= u; m++) {
				if (Y->btop > Y->top + EPS)
					Y->btop += R->r[m].before;
				if (Y->btop + R->r[m].h > Y->bottom + EPS &&
				    Y->btop > Y->top + EPS) {
					new_body_page(Y, kind, 0);
					if (R->r[m].table && !R->r[m].thead &&
					    m > 0 && R->r[m - 1].table ==
					    R->r[m].table) {
						thead_place(Y, R, R->r[m].table,
						    -1, Y->btop);
						Y->btop += thead_height(Y, R,
						    R->r[m].table);
					}
				}
				place_row(Y, &R->r[m], -1, Y->btop);
				Y->btop += R->r[m].h;
			}
			group_flush(Y);
			f.i = u + 1;
			continue;
		}
		/* the band: the column rows up to a spanning row (none,
		 * for a float waiting before one), and no further than
		 * twice what the page's columns hold: a long article
		 * without one is not scanned to its end for every page */
		j = band_end(Y, R, i);
		k = fill_band(Y, R, f, j, Y->btop, Y->bottom, 0, 0, &maxy);
		if (k.i == f.i && k.pi == f.pi && Y->btop > Y->top + EPS) {
			new_body_page(Y, kind, 0);
			continue;
		}
		if (k.i == j && k.pi < 0 && Y->ncol > 1) {
			/* balance: the lowest bottom that still takes all */
			double	 lo = Y->btop, hi = Y->bottom, mid, my;

			for (int it = 0; it < 18; it++) {
				mid = (lo + hi) / 2;
				k = fill_band(Y, R, f, j, Y->btop, mid, 0, 1,
				    &my);
				if (k.i == j && k.pi < 0)
					hi = mid;
				else
					lo = mid;
			}
			fill_band(Y, R, f, j, Y->btop, hi, 1, 0, &maxy);
			Y->btop = maxy + Y->st->body.leading * 0.6;
			f.i = j;
			f.pi = -1;
			continue;
		}
		k = fill_band(Y, R, f, j, Y->btop, Y->bottom, 1, 0, &maxy);
		if (k.i == j && k.pi < 0) {
			Y->btop = maxy + Y->st->body.leading * 0.6;
			f = k;
			continue;
		}
		new_body_page(Y, kind, 0);
		f = k;
	}
	group_flush(Y);
}
