/*
 * layout.c -- the tree into pages of positioned lines and boxes.
 *
 * Pango measures (a PangoContext from the Cairo font map, no drawing);
 * the result is plain C data (pdf-int.h) that paint.c draws and that
 * jk_pdf_layout_dump() prints.  Pages list their items in reading order,
 * which is the order of the PDF's content streams (pdftotext -raw reads
 * it back).  Each block's items go to the spool (spool.c) as soon as the
 * block is set, and a page holds only where they lie: jk_ppage_load()
 * reads one page back for paint.c or the dump, so an issue of any length
 * holds the glyphs of one block and one page at a time.
 *
 * The work is split by concern (layout-int.h holds what they share):
 * layout-text.c (fonts, text with spans), layout-break.c (paragraph
 * breaking), layout-rows.c (blocks to rows), layout-table.c (tables),
 * layout-flow.c (rows into columns and pages), layout-opener.c (openers,
 * end matter, contents), layout-furniture.c (running heads, folios);
 * here the document in order, and the dump.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "layout-int.h"

/* === the document ======================================================= */

static void
article(struct lay *Y, const struct jk_node *art)
{
	struct rows		 R = { NULL, 0, 0, 0 };
	struct actx		 A;
	const struct jk_node	*c;
	int			 advert = art->type == JK_NODE_ADVERT;
	const char		*title;

	memset(&A, 0, sizeof(A));
	A.Y = Y;
	A.R = &R;
	A.after_head = 1;
	A.advert = advert;
	Y->ntable = 0;
	title = article_name(Y, art);
	/* the magazine on the left, the article on the right */
	Y->run_left = jk_meta_get(Y->doc, "title");
	Y->run_right = run_short(Y, art, title);
	Y->last_table = 0;
	opener_rows(&A, art, advert);
	rows_spool(Y, &R);
	for (c = art->first; c != NULL; c = c->next, rows_spool(Y, &R)) {
		switch (c->type) {
		case JK_NODE_SERIES:
		case JK_NODE_SERIESDESC:
		case JK_NODE_TITLE:
		case JK_NODE_SUBTITLE:
		case JK_NODE_BYLINE:
			break;
		case JK_NODE_DECK:
			/* decks before the body are in the opener */
			if (R.n > 0 && R.r[R.n - 1].span) {
				const struct jk_node *p;
				for (p = c->prev; p != NULL; p = p->prev)
					if (jk_is_block(p->type) &&
					    p->type != JK_NODE_DECK &&
					    p->type != JK_NODE_PAGEBREAK)
						break;
				if (p == NULL)
					break;
			}
			block(&A, c, 0, Y->colw, 0);
			break;
		default:
			block(&A, c, 0, Y->colw, 0);
			break;
		}
	}
	end_rows(&A, art);
	/* a heading kept with a block across the columns goes across too
	 * (above it), rather than stay alone at the foot of a column */
	for (int i = R.n - 2; i >= 0; i--)
		if (!R.r[i].span && R.r[i].keep && R.r[i].head &&
		    R.r[i + 1].span)
			R.r[i].span = 1;
	new_body_page(Y, advert ? JK_PG_ADVERT : JK_PG_BODY, 1);
	flow(Y, &R, advert ? JK_PG_ADVERT : JK_PG_BODY);
	Y->L->pages[Y->page].end = 1;
	rows_free(&R);
	free(A.notes);
}

void
jk_ppage_load(struct jk_playout *L, int n)
{
	struct jk_ppage	*p = &L->pages[n];
	int		 i, k, total = 0;

	jk_ppage_unload(L, n);
	for (i = 0; i < p->nents; i++)
		total += p->ents[i].n;
	p->items = jk_xcalloc(total > 0 ? total : 1, sizeof(*p->items));
	for (i = 0; i < p->nents; i++) {
		const struct jk_pent	*e = &p->ents[i];
		struct jk_pitem		*it = &p->items[p->nitems];

		jk_spool_get(L->spool, e->off, e->len, e->n, it);
		p->nitems += e->n;
		if (e->raw)
			continue;
		for (k = 0; k < e->n; k++) {
			it[k].x += e->dx;
			it[k].y += e->dy;
			it[k].col = e->col;
		}
	}
}

void
jk_ppage_unload(struct jk_playout *L, int n)
{
	struct jk_ppage	*p = &L->pages[n];
	int		 i;

	for (i = 0; i < p->nitems; i++)
		item_free(&p->items[i]);
	free(p->items);
	p->items = NULL;
	p->nitems = 0;
}

/* Forget what page p holds (its spooled items stay unused). */
static void
clear_page(struct jk_playout *L, int p)
{
	jk_ppage_unload(L, p);
	L->pages[p].nents = 0;
}

static const char *
roman(int n, char *buf, size_t sz)
{
	static const char *const r[] = { "i", "ii", "iii", "iv", "v", "vi",
	    "vii", "viii", "ix", "x" };

	if (n >= 1 && n <= 10)
		snprintf(buf, sz, "%s", r[n - 1]);
	else
		snprintf(buf, sz, "c%d", n);
	return buf;
}

struct jk_playout *
jk_playout_new(struct jk_pdf *pdf, const struct jk_doc *doc)
{
	struct lay		 Y;
	const struct jk_style	*st = pdf->style;
	struct jk_playout	*L = jk_xcalloc(1, sizeof(*L));
	const struct jk_node	*c;
	struct centry		*ce = NULL;
	struct rows		 R = { NULL, 0, 0, 0 };
	int			 nce = 0, i, ncont, body;
	char			 buf[32];

	memset(&Y, 0, sizeof(Y));
	Y.pdf = pdf;
	Y.st = st;
	Y.doc = doc;
	/* the fallback faces cut down to the characters */
	if ((Y.ctx = layout_fonts(pdf, doc, L)) == NULL)
		Y.ctx = pdf->pctx;
	Y.L = L;
	L->spool = jk_spool_new(0);
	L->page_w = st->page_w_mm * JK_MM;
	L->page_h = st->page_h_mm * JK_MM;
	if (pdf->opts.bleed) {
		L->bleed = st->bleed_mm * JK_MM;
		L->slug = st->crop_marks ? 6 * JK_MM : 0;
	}
	Y.ncol = st->columns >= 1 && st->columns <= 4 ? st->columns : 2;
	Y.gutter = st->gutter_mm * JK_MM;
	Y.W = L->page_w - (st->margin_inner_mm + st->margin_outer_mm) * JK_MM;
	Y.colw = (Y.W - (Y.ncol - 1) * Y.gutter) / Y.ncol;
	Y.top = st->margin_top_mm * JK_MM;
	Y.bottom = L->page_h - st->margin_bottom_mm * JK_MM;
	L->top = Y.top;
	L->bottom = Y.bottom;

	Y.cover = g_hash_table_new(g_direct_hash, g_direct_equal);
	Y.runs = g_hash_table_new_full(g_str_hash, g_str_equal, free,
	    free);
	Y.f_body = font_of(&Y, &st->body);
	Y.f_note = font_of(&Y, &st->note);
	Y.f_noteb = font_bold(&Y, Y.f_note);
	Y.f_cap = font_of(&Y, &st->caption);
	Y.f_capb = font_bold(&Y, Y.f_cap);
	Y.f_tab = font_of(&Y, &st->table);
	Y.f_tabb = font_bold(&Y, Y.f_tab);
	Y.f_pre = font_get(&Y, "NanumGothicCoding", 0, st->table.size, 0);
	Y.f_run = font_of(&Y, &st->running);
	Y.f_runb = font_bold(&Y, Y.f_run);
	Y.f_bio = font_of(&Y, &st->bio);
	Y.f_bioname = font_bold(&Y, Y.f_bio);

	for (c = doc->root->first; c != NULL; c = c->next)
		if (c->type == JK_NODE_ARTICLE) {
			ce = jk_xreallocarray(ce, nce + 1, sizeof(*ce));
			ce[nce].art = c;
			ce[nce++].page = 0;
		}

	/* the contents, with placeholder numbers: how many pages? */
	contents_rows(&Y, &R, ce, nce, 0);
	Y.page = page_new(&Y, JK_PG_CONTENTS);
	Y.pm[Y.page].opener = 1;
	Y.btop = Y.top;
	flow(&Y, &R, JK_PG_CONTENTS);
	rows_free(&R);
	ncont = L->npages;
	for (i = 0; i < L->npages; i++)
		clear_page(L, i);
	for (i = 0; i < L->noutline; i++) {
		free(L->outline[i].title);
		free(L->outline[i].dest);
	}
	L->noutline = 0;
	/* keep the page count even: the body starts on a right-hand page */
	while (ncont % 2 != 0) {
		page_new(&Y, JK_PG_CONTENTS);
		ncont++;
	}
	body = ncont;

	/* the articles and adverts */
	for (c = doc->root->first; c != NULL; c = c->next)
		if (c->type == JK_NODE_ARTICLE || c->type == JK_NODE_ADVERT)
			article(&Y, c);

	/* contents again, with the real numbers, on the reserved pages */
	for (i = 0; i < nce; i++)
		for (int k = 0; k < L->noutline; k++)
			if (L->outline[k].level == 0 && ce[i].art->id != NULL &&
			    strcmp(L->outline[k].dest, ce[i].art->id) == 0) {
				ce[i].page = L->outline[k].page - body + 1;
				break;
			}
	{
		int	 np = L->npages;

		contents_rows(&Y, &R, ce, nce, 1);
		Y.page = 0;
		Y.btop = Y.top;
		Y.contres = ncont;
		/* new pages beyond the reserved ones would be a bug: the
		 * same rows took ncont pages before */
		flow(&Y, &R, JK_PG_CONTENTS);
		rows_free(&R);
		if (L->npages != np) {
			/* contents pages were appended: move them?  The
			 * row heights are the same as in the first pass, so
			 * this only happens if that invariant breaks. */
			jk_msg(pdf->diag, JK_M_OVERFLOW, 0,
			    "contents longer than reserved");
		}
	}
	/* the contents flow above started at page 0 */

	/* labels, running heads, folios */
	for (i = 0; i < L->npages; i++) {
		if (i < body) {
			L->pages[i].label = jk_xstrdup(roman(i + 1, buf,
			    sizeof(buf)));
			continue;
		}
		L->pages[i].label = jk_xasprintf("%d", i - body + 1);
		running(&Y, i, i - body + 1);
	}
	free(ce);
	free(Y.th);
	g_hash_table_destroy(Y.cover);
	g_hash_table_destroy(Y.runs);
	free(Y.pm);
	return L;
}

void
jk_playout_free(struct jk_playout *L)
{
	int	 i;

	if (L == NULL)
		return;
	for (i = 0; i < L->npages; i++) {
		clear_page(L, i);
		free(L->pages[i].ents);
		free(L->pages[i].label);
	}
	free(L->pages);
	/* the spool holds fonts of the map layout_fonts made */
	jk_spool_free(L->spool);
	layout_fonts_free(L);
	for (i = 0; i < L->nfonts; i++)
		free(L->fonts[i].family);
	free(L->fonts);
	for (i = 0; i < L->noutline; i++) {
		free(L->outline[i].title);
		free(L->outline[i].dest);
	}
	free(L->outline);
	free(L);
}

/* === dump =============================================================== */

static const char *const role_names[] = {
	"body", "head", "opener", "caption", "table", "note", "sidebar",
	"bio", "pre", "running", "folio", "toc", "other"
};

static const char *const kind_names[] = { "body", "contents", "advert" };

/* Round to a tenth, never printing "-0.0". */
static double
r1(double v)
{
	v = round(v * 10) / 10;
	return v == 0 ? 0 : v;
}

void
jk_playout_dump(struct jk_playout *L, FILE *fp)
{
	int	 i, j;

	fprintf(fp, "geometry %.1f x %.1f bleed %.1f area %.1f %.1f\n",
	    r1(L->page_w), r1(L->page_h), r1(L->bleed), r1(L->top),
	    r1(L->bottom));
	for (i = 0; i < L->nfonts; i++)
		fprintf(fp, "font %d \"%s\" %s %.2f\n", i, L->fonts[i].family,
		    L->fonts[i].bold ? "bold" : "regular", L->fonts[i].size);
	for (i = 0; i < L->npages; i++) {
		const struct jk_ppage *p = &L->pages[i];

		jk_ppage_load(L, i);
		fprintf(fp, "page %d label %s kind %s%s%s\n", i + 1,
		    p->label != NULL ? p->label : "-", kind_names[p->kind],
		    p->opener ? " opener" : "", p->end ? " end" : "");
		for (j = 0; j < p->nitems; j++) {
			const struct jk_pitem *it = &p->items[j];

			switch (it->kind) {
			case JK_PI_LINE:
				fprintf(fp, "  line c%d %.1f,%.1f w %.1f max %.1f "
				    "%s f%d", it->col, r1(it->x), r1(it->y),
				    r1(it->w), r1(it->h), role_names[it->role],
				    it->font);
				if (it->para)
					fprintf(fp, " p%d %d/%d", it->para,
					    it->ln, it->nln);
				if (it->ws > 0)
					fprintf(fp, " ws %.2f", it->ws);
				if (it->mid)
					fprintf(fp, " mid");
				if (it->display)
					fprintf(fp, " display");
				if (it->tab)
					fprintf(fp, " t%d r%d", it->tab, it->trow);
				if (it->dest != NULL)
					fprintf(fp, " link %s", it->dest);
				fprintf(fp, " |%s|\n", it->text != NULL ?
				    it->text : "");
				break;
			case JK_PI_RULE:
				fprintf(fp, "  rule %.1f,%.1f %.1f,%.1f\n",
				    r1(it->x), r1(it->y), r1(it->w), r1(it->h));
				break;
			case JK_PI_FILL:
				fprintf(fp, "  fill c%d %.1f,%.1f %.1f x %.1f\n",
				    it->col, r1(it->x), r1(it->y), r1(it->w),
				    r1(it->h));
				break;
			case JK_PI_FRAME:
				fprintf(fp, "  frame c%d %.1f,%.1f %.1f x %.1f\n",
				    it->col, r1(it->x), r1(it->y), r1(it->w),
				    r1(it->h));
				break;
			case JK_PI_DEST:
				fprintf(fp, "  dest %s %.1f,%.1f\n", it->dest,
				    r1(it->x), r1(it->y));
				break;
			}
		}
		jk_ppage_unload(L, i);
	}
	for (i = 0; i < L->noutline; i++)
		fprintf(fp, "outline %d page %d %s |%s|\n", L->outline[i].level,
		    L->outline[i].page + 1, L->outline[i].dest,
		    L->outline[i].title);
	fprintf(fp, "unknown-glyphs %d\noverflows %d\n", L->unknown_glyphs,
	    L->overflows);
}
