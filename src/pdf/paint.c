/*
 * paint.c -- draw the boxes and lines that layout.c positioned.  Cairo
 * calls only (and pango_cairo to show the glyphs layout measured); no
 * decision about where anything goes is taken here.
 */
#include <string.h>

#include <cairo.h>
#include <pango/pangocairo.h>

#include "pdf-int.h"

/* A PDF name for a destination: letters, digits, - _ . only. */
char *
jk_pdf_dest_name(const char *id)
{
	char	*s = jk_xasprintf("d-%s", id), *p;

	for (p = s; *p != '\0'; p++)
		if (!g_ascii_isalnum(*p) && *p != '-' && *p != '_' && *p != '.')
			*p = '_';
	return s;
}

/* Crop marks; in a PDF in the registration colour (see ink.c). */
static void
crop_marks(cairo_t *cr, const struct jk_playout *L, int is_pdf)
{
	double	 off = L->bleed + L->slug, x0 = off, y0 = off;
	double	 x1 = off + L->page_w, y1 = off + L->page_h;
	double	 a = L->bleed + 1, b = off;	/* from, to (beyond trim) */
	double	 xs[2] = { x0, x1 }, ys[2] = { y0, y1 };
	int	 i, j;

	cairo_save(cr);
	if (is_pdf)
		cairo_set_source_rgb(cr, g_ascii_strtod(JK_REG_R, NULL),
		    g_ascii_strtod(JK_REG_G, NULL),
		    g_ascii_strtod(JK_REG_B, NULL));
	else
		cairo_set_source_rgb(cr, 0, 0, 0);
	cairo_set_line_width(cr, 0.25);
	for (i = 0; i < 2; i++)
		for (j = 0; j < 2; j++) {
			double sx = i == 0 ? -1 : 1, sy = j == 0 ? -1 : 1;

			/* horizontal mark level with the trim edge */
			cairo_move_to(cr, xs[i] + sx * a, ys[j]);
			cairo_line_to(cr, xs[i] + sx * b, ys[j]);
			/* vertical */
			cairo_move_to(cr, xs[i], ys[j] + sy * a);
			cairo_line_to(cr, xs[i], ys[j] + sy * b);
		}
	cairo_stroke(cr);
	cairo_restore(cr);
}

static void
show_line(cairo_t *cr, PangoLayout **lays, PangoContext *ctx,
    const struct jk_playout *L, const struct jk_pitem *it)
{
	int	 i;

	for (i = 0; i < it->nsegs; i++) {
		const struct jk_pseg	*s = &it->segs[i];
		PangoLayoutLine		*pl;

		if (s->item != NULL && s->glyphs != NULL) {
			/* the glyphs layout measured, with their text */
			PangoGlyphItem	 gi;

			memset(&gi, 0, sizeof(gi));
			gi.item = s->item;
			gi.glyphs = s->glyphs;
			cairo_set_source_rgb(cr, s->color.r, s->color.g,
			    s->color.b);
			cairo_move_to(cr, it->x + s->x, it->y + s->dy);
			pango_cairo_show_glyph_item(cr, s->text, &gi);
			continue;
		}
		if (s->font < 0 || s->font >= L->nfonts)
			continue;
		if (lays[s->font] == NULL) {
			PangoFontDescription *d = jk_pfont_desc(&L->fonts[s->font]);

			lays[s->font] = pango_layout_new(ctx);
			pango_layout_set_font_description(lays[s->font], d);
			pango_font_description_free(d);
		}
		pango_layout_set_text(lays[s->font], s->text, -1);
		pl = pango_layout_get_line_readonly(lays[s->font], 0);
		if (pl == NULL)
			continue;
		cairo_set_source_rgb(cr, s->color.r, s->color.g, s->color.b);
		cairo_move_to(cr, it->x + s->x, it->y + s->dy);
		pango_cairo_show_layout_line(cr, pl);
	}
}

static int
kind_pass(enum jk_pkind k)
{
	switch (k) {
	case JK_PI_FILL:
		return 0;
	case JK_PI_FRAME:
	case JK_PI_RULE:
		return 1;
	default:
		return 2;
	}
}

void
jk_paint_page(struct jk_pdf *pdf, const struct jk_playout *L, int n,
    void *vcr, int is_pdf)
{
	cairo_t			*cr = vcr;
	const struct jk_ppage	*p = &L->pages[n];
	PangoLayout		**lays;
	double			 off = L->bleed + L->slug;
	char			*name, *attr, bx[G_ASCII_DTOSTR_BUF_SIZE],
				 by[G_ASCII_DTOSTR_BUF_SIZE];
	int			 i, pass;
	struct jk_tags		 tg = { 0 };

	lays = jk_xcalloc(L->nfonts > 0 ? L->nfonts : 1, sizeof(*lays));
	if (L->bleed > 0 && L->slug > 0)
		crop_marks(cr, L, is_pdf);
	cairo_save(cr);
	cairo_translate(cr, off, off);
	/* fills under everything, then frames and rules, then text */
	for (pass = 0; pass < 3; pass++)
		for (i = 0; i < p->nitems; i++) {
			const struct jk_pitem *it = &p->items[i];

			if (kind_pass(it->kind) != pass)
				continue;
			switch (it->kind) {
			case JK_PI_FILL:
				cairo_set_source_rgb(cr, it->color.r,
				    it->color.g, it->color.b);
				cairo_rectangle(cr, it->x, it->y, it->w, it->h);
				cairo_fill(cr);
				break;
			case JK_PI_FRAME:
				cairo_set_source_rgb(cr, it->color.r,
				    it->color.g, it->color.b);
				cairo_set_line_width(cr, it->lw);
				cairo_rectangle(cr, it->x, it->y, it->w, it->h);
				cairo_stroke(cr);
				break;
			case JK_PI_RULE:
				cairo_set_source_rgb(cr, it->color.r,
				    it->color.g, it->color.b);
				cairo_set_line_width(cr, it->lw > 0 ? it->lw :
				    0.5);
				cairo_move_to(cr, it->x, it->y);
				cairo_line_to(cr, it->x + it->w, it->y + it->h);
				cairo_stroke(cr);
				break;
			case JK_PI_DEST:
				if (!is_pdf || it->dest == NULL)
					break;
				name = jk_pdf_dest_name(it->dest);
				g_ascii_formatd(bx, sizeof(bx), "%.2f",
				    it->x + off);
				g_ascii_formatd(by, sizeof(by), "%.2f",
				    it->y + off);
				attr = jk_xasprintf("name='%s' x=%s y=%s", name,
				    bx, by);
				cairo_tag_begin(cr, CAIRO_TAG_DEST, attr);
				cairo_tag_end(cr, CAIRO_TAG_DEST);
				free(attr);
				free(name);
				break;
			case JK_PI_LINE:
				if (is_pdf)
					jk_tags_to(&tg, cr, it);
				if (is_pdf && it->dest != NULL) {
					name = jk_pdf_dest_name(it->dest);
					attr = jk_xasprintf("dest='%s'", name);
					cairo_tag_begin(cr, CAIRO_TAG_LINK, attr);
					show_line(cr, lays, pdf->pctx, L, it);
					cairo_tag_end(cr, CAIRO_TAG_LINK);
					free(attr);
					free(name);
				} else
					show_line(cr, lays, pdf->pctx, L, it);
				break;
			}
		}
	if (is_pdf)
		jk_tags_to(&tg, cr, NULL);
	cairo_restore(cr);
	for (i = 0; i < L->nfonts; i++)
		if (lays[i] != NULL)
			g_object_unref(lays[i]);
	free(lays);
}
