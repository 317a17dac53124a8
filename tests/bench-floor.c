/*
 * bench-floor.c -- the floor of the PDF's cost, for make bench: the same
 * fonts (the project's fontconfig set-up and the style's body font, with
 * its fallbacks), every text block of the issue laid out once with Pango
 * at the column width and drawn once with Cairo into a PDF, page after
 * page.  No openers, no running heads, no keep-all breaking, no outline:
 * what any PDF of this text must at least cost.
 * Usage: bench-floor TREE.xml OUT.pdf
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "util/util.h"
#include "tree/tree.h"
#include "style/style.h"

#define MM	(72.0 / 25.4)

int
main(int argc, char *argv[])
{
	struct jk_diag		 diag;
	struct jk_style		*st;
	struct jk_doc		*doc;
	struct jk_iter		 it;
	struct jk_node		*n;
	struct jk_buf		 b;
	cairo_surface_t		*sf;
	cairo_t			*cr;
	PangoLayout		*lay;
	PangoFontDescription	*fd;
	char			*xml, *fam;
	size_t			 len;
	double			 pw, ph, colw, top, bottom, x, y, h;
	int			 col = 0, pages = 1, blocks = 0, lw, lh;

	if (argc != 3) {
		fputs("usage: bench-floor TREE.xml OUT.pdf\n", stderr);
		return 2;
	}
	jk_diag_init(&diag, argv[1], stderr);
	if ((st = jk_style_load(NULL, &diag)) == NULL ||
	    (xml = jk_file_read(argv[1], &len)) == NULL ||
	    (doc = jk_xml_read(xml, len, argv[1], &diag)) == NULL)
		return 1;
	jk_fonts_setup(&diag);
	pw = st->page_w_mm * MM;
	ph = st->page_h_mm * MM;
	top = st->margin_top_mm * MM;
	bottom = ph - st->margin_bottom_mm * MM;
	colw = (pw - (st->margin_inner_mm + st->margin_outer_mm +
	    st->gutter_mm * (st->columns - 1)) * MM) / st->columns;
	sf = cairo_pdf_surface_create(argv[2], pw, ph);
	cr = cairo_create(sf);
	lay = pango_cairo_create_layout(cr);
	fam = jk_xasprintf("%s,%s", st->body.family, st->fallback != NULL ?
	    st->fallback : "");
	fd = pango_font_description_new();
	pango_font_description_set_family(fd, fam);
	pango_font_description_set_absolute_size(fd, st->body.size *
	    PANGO_SCALE);
	pango_layout_set_font_description(lay, fd);
	pango_layout_set_width(lay, (int)(colw * PANGO_SCALE));
	pango_layout_set_wrap(lay, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_spacing(lay, (int)((st->body.leading -
	    st->body.size) * PANGO_SCALE));
	jk_buf_init(&b);
	y = top;
	jk_iter_init(&it, doc->root);
	while (jk_iter_next(&it) != JK_EV_DONE) {
		n = jk_iter_node(&it);
		if (it.ev != JK_EV_ENTER || (n->type != JK_NODE_PARA &&
		    n->type != JK_NODE_TITLE && n->type != JK_NODE_HEADING &&
		    n->type != JK_NODE_CAPTION && n->type != JK_NODE_ITEM &&
		    n->type != JK_NODE_CELL && n->type != JK_NODE_PRE &&
		    n->type != JK_NODE_NAME && n->type != JK_NODE_SOURCE))
			continue;
		jk_buf_reset(&b);
		jk_node_plain_buf(n, &b);
		if (b.len == 0)
			continue;
		pango_layout_set_text(lay, b.data, (int)b.len);
		pango_layout_get_size(lay, &lw, &lh);
		h = lh / (double)PANGO_SCALE;
		if (y + h > bottom && y > top) {
			if (++col == st->columns) {
				cairo_show_page(cr);
				pages++;
				col = 0;
			}
			y = top;
		}
		x = st->margin_inner_mm * MM + col * (colw + st->gutter_mm *
		    MM);
		cairo_move_to(cr, x, y);
		pango_cairo_show_layout(cr, lay);
		y += h + st->para_space;
		blocks++;
	}
	cairo_show_page(cr);
	g_object_unref(lay);
	pango_font_description_free(fd);
	cairo_destroy(cr);
	cairo_surface_finish(sf);
	if (cairo_surface_status(sf) != CAIRO_STATUS_SUCCESS) {
		fprintf(stderr, "bench-floor: %s\n", cairo_status_to_string(
		    cairo_surface_status(sf)));
		return 1;
	}
	cairo_surface_destroy(sf);
	fprintf(stderr, "bench-floor: %d blocks on %d pages\n", blocks, pages);
	jk_buf_free(&b);
	free(fam);
	free(xml);
	jk_doc_free(doc);
	jk_style_free(st);
	jk_diag_free(&diag);
	return 0;
}
