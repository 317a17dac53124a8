/*
 * layout-table.c -- tables: column widths from the cells' natural widths,
 * rows with rules and header fills, or one line per row when too many
 * columns.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "layout-shape.h"

/* Characters of cells kept shaped between the two passes over a table,
 * at most: a bigger table shapes its cells again in the second. */
#define KEEP_CHARS	65536

/* A cell as the first pass (natural widths) shaped it, for the second
 * (lines) when the text is the same: Pango lays each cell out once. */
struct kept {
	const struct jk_node	*cell;
	struct ptext		 t;
	struct shaped		 S;
};

struct keeps {
	struct kept	*k;
	int		 n, a, next;	/* next: first not yet taken */
	size_t		 chars;
};

/* Keep cell's text t as S shapes it (both taken), if there is room;
 * else free them. */
static void
keep_cell(struct keeps *K, const struct jk_node *cell, struct ptext *t,
    struct shaped *S)
{
	if (K->chars + S->n > KEEP_CHARS) {
		sh_free(S);
		pt_free(t);
		return;
	}
	if (K->n == K->a) {
		K->a = K->a ? K->a * 2 : 16;
		K->k = jk_xreallocarray(K->k, K->a, sizeof(*K->k));
	}
	K->k[K->n].cell = cell;
	K->k[K->n].t = *t;
	K->k[K->n++].S = *S;
	K->chars += S->n;
}

/* The kept shaping of cell in font (its text in *t), or NULL; cells are
 * asked for in the first pass's order, and those passed over are
 * freed. */
static struct kept *
kept_cell(struct keeps *K, const struct jk_node *cell, int font)
{
	struct kept	*k;

	while (K->next < K->n && K->k[K->next].cell != cell) {
		k = &K->k[K->next++];
		sh_free(&k->S);
		pt_free(&k->t);
	}
	if (K->next == K->n)
		return NULL;
	k = &K->k[K->next++];
	if (k->t.font == font)
		return k;
	sh_free(&k->S);
	pt_free(&k->t);
	return NULL;
}

static void
keeps_free(struct keeps *K)
{
	while (K->next < K->n) {
		sh_free(&K->k[K->next].S);
		pt_free(&K->k[K->next++].t);
	}
	free(K->k);
}

/* A cell's column span, within reason. */
static int
span_of(const struct jk_node *cell)
{
	return cell->colspan < 1 ? 1 : cell->colspan > MAXCOL ? MAXCOL :
	    cell->colspan;
}

/* A table set as text: each row a paragraph, cells separated by a
 * middle dot, header rows bold, a rule above and below. */
static void
linear_table(struct actx *A, const struct jk_node *n, double x,
    double width, int group, int span)
{
	struct lay		*Y = A->Y;
	const struct jk_node	*row, *cell;
	int			 first = A->R->n, i, k, nr = 0, *ends = NULL;

	Y->tables++;
	for (row = n->first; row != NULL; row = row->next) {
		struct ptext	 t;
		struct popts	 o = body_opts(Y, x, width, group);
		int		 hdr = (row->flags & JK_F_HEADER) != 0;
		int		 rfirst = A->R->n;

		if (row->type != JK_NODE_ROW)
			continue;
		pt_init(&t, hdr ? Y->f_tabb : Y->f_tab, Y->st->text);
		for (cell = row->first; cell != NULL; cell = cell->next) {
			if (cell != row->first)
				pt_add(&t, " · ", t.font, Y->st->muted, 0);
			pt_inlines(Y, &t, cell, t.font, t.color);
		}
		o.justify = 0;
		o.leading = Y->st->table.leading;
		o.role = JK_LR_TABLE;
		o.span = span;
		o.para = 0;
		o.nosplit = 1;
		para_rows(Y, A->R, &t, &o, row->line);
		pt_free(&t);
		if (A->R->n == rfirst)
			continue;
		if (!hdr)
			nr++;
		for (i = rfirst; i < A->R->n; i++)
			for (k = 0; k < A->R->r[i].nitems; k++) {
				A->R->r[i].items[k].tab = Y->tables;
				A->R->r[i].items[k].trow = hdr ? 0 : nr;
			}
		ends = jk_xreallocarray(ends, nr + 1, sizeof(*ends));
		ends[hdr ? 0 : nr] = A->R->n - 1;
		if (hdr)	/* a header row keeps with the first row */
			A->R->r[A->R->n - 1].keep = 1;
	}
	/* three rows at least on either side of a break */
	for (i = 1; i < nr; i++)
		if (nr <= 6 || i < 3 || i > nr - 3)
			A->R->r[ends[i]].keep = 1;
	free(ends);
	if (A->R->n == first)
		return;
	A->R->r[first].before = Y->st->body.leading * 0.4;
	for (i = 0; i < 2; i++) {
		struct row	*r = &A->R->r[i == 0 ? first : A->R->n - 1];
		struct jk_pitem	*it = row_item(r, JK_PI_RULE);

		it->x = x;
		it->y = i == 0 ? 0 : r->h;
		it->w = width;
		it->lw = 0.8;
		it->color = Y->st->rule;
	}
}

void
table_rows(struct actx *A, const struct jk_node *n, double x, double width,
    int group, int *spanp)
{
	struct lay		*Y = A->Y;
	const struct jk_node	*row, *cell;
	int			 ncol = 0, nrow = 0, c, k, i, span = 0, tid;
	double			*nat, *w, sum = 0, avail = width, pad = 3.0;
	double			 lead = Y->st->table.leading, minw;
	int			 first = A->R->n, hdr_end = -1, body = 0;
	struct keeps		 K = { NULL, 0, 0, 0, 0 };

	for (row = n->first; row != NULL; row = row->next) {
		if (row->type != JK_NODE_ROW)
			continue;
		nrow++;
		k = 0;
		for (cell = row->first; cell != NULL; cell = cell->next)
			k += span_of(cell);
		if (k > ncol)
			ncol = k;
	}
	if (ncol > MAXCOL)
		ncol = MAXCOL;
	if (ncol == 0)
		return;
	nat = jk_xcalloc(ncol, sizeof(*nat));
	w = jk_xcalloc(ncol, sizeof(*w));
	minw = Y->st->table.size * 2.5 + 2 * pad;
	for (row = n->first; row != NULL; row = row->next) {
		c = 0;
		for (cell = row->first; cell != NULL && c < ncol;
		    cell = cell->next) {
			struct ptext	 t;
			struct shaped	 S;
			int		 cs = span_of(cell);
			double		 cw;

			pt_init(&t, Y->f_tab, Y->st->text);
			pt_inlines(Y, &t, cell, Y->f_tab, Y->st->text);
			cw = natural_width_shaped(Y, &t, &S) + 2 * pad;
			keep_cell(&K, cell, &t, &S);
			if (cs == 1 && cw > nat[c])
				nat[c] = cw;
			c += cs;
		}
	}
	for (c = 0; c < ncol; c++) {
		if (nat[c] < minw)
			nat[c] = minw;
		sum += nat[c];
	}
	/* too wide for a column: across the text block (not in boxes) */
	if (sum > width * 1.05 && !group && width < Y->W - 1) {
		span = 1;
		x = 0;
		avail = Y->W;
	}
	/* more columns than can be read side by side: one line per row,
	 * cells in turn */
	if (ncol * (Y->st->table.size * 2 + 2 * pad) > avail) {
		keeps_free(&K);
		free(nat);
		free(w);
		linear_table(A, n, x, avail, group, span);
		*spanp = span;
		return;
	}
	if (sum <= avail) {
		/* spread the spare width */
		for (c = 0; c < ncol; c++)
			w[c] = nat[c] + (avail - sum) / ncol;
	} else {
		double	 fixed = 0, flex = 0;

		/* columns narrower than their share keep their width */
		for (c = 0; c < ncol; c++) {
			if (nat[c] <= avail / ncol)
				fixed += nat[c];
			else
				flex += nat[c];
		}
		for (c = 0; c < ncol; c++)
			w[c] = nat[c] <= avail / ncol ? nat[c] :
			    nat[c] * (avail - fixed) / flex;
	}
	tid = ++Y->ntable;
	Y->tables++;
	if (tid >= Y->ath) {
		Y->ath = tid + 16;
		Y->th = jk_xreallocarray(Y->th, Y->ath, sizeof(*Y->th));
	}
	Y->th[tid].first = first;
	Y->th[tid].n = 0;

	i = 0;
	for (row = n->first; row != NULL; row = row->next, i++) {
		struct row	*r;
		struct jk_pitem	*it;
		struct mpara	 cells[MAXCOL];
		int		 ncells = 0, maxl = 1, hdr;
		double		 cx = x, h;

		if (row->type != JK_NODE_ROW)
			continue;
		hdr = (row->flags & JK_F_HEADER) != 0;
		if (!hdr && row->first != NULL) {
			hdr = 1;
			for (cell = row->first; cell != NULL; cell = cell->next)
				if (!(cell->flags & JK_F_HEADER))
					hdr = 0;
		}
		/* header rows only at the top */
		if (hdr && hdr_end != -1 && hdr_end != A->R->n)
			hdr = 0;
		c = 0;
		for (cell = row->first; cell != NULL && c < ncol &&
		    ncells < MAXCOL; cell = cell->next) {
			struct ptext	 t;
			struct kept	*kc;
			int		 cs = span_of(cell);
			double		 cw = 0;
			int		 bold = hdr || (cell->flags & JK_F_HEADER);
			PangoAlignment	 al = (cell->flags & JK_F_NUMERIC) ?
			    PANGO_ALIGN_RIGHT : hdr ? PANGO_ALIGN_CENTER :
			    PANGO_ALIGN_LEFT;

			for (k = c; k < c + cs && k < ncol; k++)
				cw += w[k];
			/* between words, so "301인 이상" stays whole */
			if ((kc = kept_cell(&K, cell, bold ? Y->f_tabb :
			    Y->f_tab)) != NULL) {
				cells[ncells] = measure_words_shaped(Y, &kc->t,
				    &kc->S, cw - 2 * pad, al, cell->line);
				pt_free(&kc->t);
			} else {
				pt_init(&t, bold ? Y->f_tabb : Y->f_tab,
				    Y->st->text);
				pt_inlines(Y, &t, cell, t.font, t.color);
				cells[ncells] = measure_words(Y, &t,
				    cw - 2 * pad, al, cell->line);
				pt_free(&t);
			}
			if (cells[ncells].n > maxl)
				maxl = cells[ncells].n;
			ncells++;
			c += cs;
		}
		h = maxl * lead + 2 * pad;
		if (!hdr)
			body++;
		r = row_new(A->R, h, 0);
		r->span = span;
		r->group = group;
		r->table = tid;
		r->thead = hdr;
		if (hdr) {
			it = row_item(r, JK_PI_FILL);
			it->x = x;
			it->y = 0;
			it->w = avail;
			it->h = h;
			it->color = Y->st->boxbg;
			Y->th[tid].n++;
			hdr_end = A->R->n;
		}
		/* top rule on the first row and on header rows */
		if (A->R->n - 1 == first || hdr) {
			it = row_item(r, JK_PI_RULE);
			it->x = x;
			it->y = 0;
			it->w = avail;
			it->lw = 1.0;
			it->color = Y->st->rule;
		}
		c = 0;
		cell = row->first;
		for (k = 0; k < ncells; k++, cell = cell->next) {
			int	 cs = span_of(cell);
			double	 cw = 0;
			int	 l;

			for (int m = c; m < c + cs && m < ncol; m++)
				cw += w[m];
			for (l = 0; l < cells[k].n; l++) {
				struct jk_pitem *li;
				li = line_item(r, &cells[k].l[l], cx + pad,
				    cx + cw - pad, cells[k].l[l].nsegs > 0 ?
				    cells[k].l[l].segs[0].font : Y->f_tab,
				    Y->st->table.size, lead, JK_LR_TABLE);
				li->y += pad + l * lead;
				li->node = cell;
				li->tab = Y->tables;
				li->trow = hdr ? 0 : body;
			}
			mp_free(&cells[k]);
			cx += cw;
			c += cs;
		}
		/* rule under the row: strong under the header, thin else */
		it = row_item(r, JK_PI_RULE);
		it->x = x;
		it->y = h;
		it->w = avail;
		it->lw = hdr || row->next == NULL ? 0.8 : 0.3;
		it->color = hdr || row->next == NULL ? Y->st->rule :
		    Y->st->muted;
	}
	/* header rows with the body; three body rows at least on either
	 * side of a break: a table of six body rows or fewer is set whole */
	for (i = first; i < A->R->n - 1 && A->R->r[i].thead; i++)
		A->R->r[i].keep = 1;
	if (A->R->n - i <= 6)
		for (; i < A->R->n - 1; i++)
			A->R->r[i].keep = 1;
	else
		for (k = 0; k < 2; k++) {
			A->R->r[i + k].keep = 1;
			A->R->r[A->R->n - 3 + k].keep = 1;
		}
	if (A->R->n > first)
		A->R->r[first].before = Y->st->body.leading * 0.4;
	keeps_free(&K);
	free(nat);
	free(w);
	*spanp = span;
}
