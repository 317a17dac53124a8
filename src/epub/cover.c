/*
 * cover.c -- the cover picture: a PNG drawn with Cairo and PangoCairo in
 * the style's fonts and colours (title, issue line, lead articles).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <pango/pangocairo.h>
#include <png.h>

#include "epub-int.h"

#define MARGIN		80.0
#define MAX_LEADS	7

static void
png_out(png_structp png, png_bytep data, size_t len)
{
	jk_buf_add(png_get_io_ptr(png), (const char *)data, len);
}

static void
png_flush(png_structp png)
{
}

/*
 * The surface as an RGB PNG, written with libpng at zlib level 1 (0 for
 * a book whose entries are all stored, JK_EPUB_STORE) and no row
 * filters: the cover is flat colour and text, and Cairo's own writer
 * (default level, adaptive filters) took most of the EPUB's time.  0, or
 * -1 when libpng failed.
 */
static int
encode_png(cairo_surface_t *sf, int level, struct jk_buf *out)
{
	png_structp	 png;
	png_infop	 info = NULL;
	unsigned char	*d = cairo_image_surface_get_data(sf);
	int		 w = cairo_image_surface_get_width(sf);
	int		 h = cairo_image_surface_get_height(sf);
	int		 stride = cairo_image_surface_get_stride(sf), y;

	if (d == NULL || (png = png_create_write_struct(PNG_LIBPNG_VER_STRING,
	    NULL, NULL, NULL)) == NULL)
		return -1;
	if ((info = png_create_info_struct(png)) == NULL ||
	    setjmp(png_jmpbuf(png))) {
		png_destroy_write_struct(&png, &info);
		return -1;
	}
	png_set_write_fn(png, out, png_out, png_flush);
	png_set_compression_level(png, level);
	png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
	png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, 8,
	    PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
	    PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
	png_write_info(png, info);
	/* CAIRO_FORMAT_RGB24: one native-endian 32-bit word a pixel, 0xXXRRGGBB;
	 * libpng drops the unused byte and orders the others as it writes */
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
	png_set_bgr(png);
	png_set_filler(png, 0, PNG_FILLER_AFTER);
#else
	png_set_filler(png, 0, PNG_FILLER_BEFORE);
#endif
	for (y = 0; y < h; y++)
		png_write_row(png, d + (size_t)y * stride);
	png_write_end(png, NULL);
	png_destroy_write_struct(&png, &info);
	return 0;
}

/* Break lines between words only (word-break: keep-all). */
static void
keep_words(PangoLayout *l, const char *s)
{
	PangoAttrList	*al = pango_attr_list_new();
	PangoAttribute	*a;
	const char	*p, *start = NULL;
	gunichar	 c;

	for (p = s;; p = g_utf8_next_char(p)) {
		c = g_utf8_get_char(p);
		if (c != 0 && !g_unichar_isspace(c)) {
			if (start == NULL)
				start = p;
			continue;
		}
		if (start != NULL) {
			a = pango_attr_allow_breaks_new(FALSE);
			a->start_index = (guint)(start - s);
			a->end_index = (guint)(p - s);
			pango_attr_list_insert(al, a);
			start = NULL;
		}
		if (c == 0)
			break;
	}
	pango_layout_set_attributes(l, al);
	pango_attr_list_unref(al);
}

/* Lay out text in font at px pixels (drawn in col, or only measured if
 * col is NULL), width w; returns its height. */
static double
text(cairo_t *cr, PangoContext *ctx, const struct jk_style *st,
    const struct jk_font *f,
    int bold, double px, const struct jk_rgb *col, double x, double y,
    double w, const char *s, int maxlines)
{
	PangoLayout		*l;
	PangoFontDescription	*fd;
	char			*fam;
	int			 lw, lh;

	pango_cairo_update_context(cr, ctx);
	l = pango_layout_new(ctx);
	fd = pango_font_description_new();
	fam = st->fallback != NULL && *st->fallback != '\0' ?
	    g_strdup_printf("%s,%s", f->family != NULL ? f->family : "",
	    st->fallback) : g_strdup(f->family != NULL ? f->family : "");
	pango_font_description_set_family(fd, fam);
	pango_font_description_set_weight(fd, bold || f->bold ?
	    PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_font_description_set_absolute_size(fd, px * PANGO_SCALE);
	pango_layout_set_font_description(l, fd);
	pango_layout_set_width(l, (int)(w * PANGO_SCALE));
	pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	if (maxlines > 0) {
		pango_layout_set_height(l, -maxlines);
		pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
	}
	pango_layout_set_text(l, s, -1);
	if (st->keep_all)
		keep_words(l, s);
	if (col != NULL) {
		cairo_set_source_rgb(cr, col->r, col->g, col->b);
		cairo_move_to(cr, x, y);
		pango_cairo_show_layout(cr, l);
	}
	pango_layout_get_pixel_size(l, &lw, &lh);
	pango_font_description_free(fd);
	g_free(fam);
	g_object_unref(l);
	return lh;
}

int
ep_cover_png(struct ep_book *b, char **data, size_t *len)
{
	const struct jk_style	*st = b->style;
	cairo_surface_t		*sf;
	cairo_t			*cr;
	cairo_status_t		 cs;
	PangoFontMap		*fm;
	PangoContext		*ctx;
	struct jk_buf		 png;
	double			 y, w = EP_COVER_W - 2 * MARGIN, band;
	const char		*pub;
	char			*line;
	size_t			 i;
	int			 nl = 0;

	/*
	 * Drawn at EP_COVER_SCALE of the design size: a reading system shows
	 * a cover at a few hundred pixels, and the PNG encoder's time grows
	 * with the pixels.  The font map is the renderer's: a renderer that
	 * serves many issues loads the fonts once (and starts Pango's
	 * matcher threads once), and frees them with itself.
	 */
	sf = cairo_image_surface_create(CAIRO_FORMAT_RGB24,
	    (int)(EP_COVER_W * EP_COVER_SCALE),
	    (int)(EP_COVER_H * EP_COVER_SCALE));
	cr = cairo_create(sf);
	cairo_scale(cr, EP_COVER_SCALE, EP_COVER_SCALE);
	line = ep_issue_line(b);
	if ((fm = b->ep->cover_fm) == NULL)
		fm = b->ep->cover_fm = pango_cairo_font_map_new();
	ctx = pango_font_map_create_context(fm);
	pango_context_set_language(ctx, pango_language_from_string(
	    st->lang != NULL ? st->lang : "ko"));

	/* Paper, then the title band in the accent colour. */
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	band = EP_COVER_H * 0.36;
	cairo_set_source_rgb(cr, st->accent.r, st->accent.g, st->accent.b);
	cairo_rectangle(cr, 0, 0, EP_COVER_W, band);
	cairo_fill(cr);

	{
		struct jk_rgb white = { 1, 1, 1, "#ffffff" };

		if (*line != '\0')
			text(cr, ctx, st, &st->series, 0, 36, &white, MARGIN,
			    MARGIN, w, line, 2);
		/* The title sits on the foot of the band. */
		y = band - MARGIN * 0.8 - text(cr, ctx, st, &st->title, 1,
		    120, NULL, MARGIN, 0, w, b->title, 2);
		text(cr, ctx, st, &st->title, 1, 120, &white, MARGIN, y, w,
		    b->title, 2);
	}

	/* Lead articles. */
	y = band + 70;
	cairo_set_source_rgb(cr, st->rule.r, st->rule.g, st->rule.b);
	for (i = 0; i < b->nparts && nl < MAX_LEADS; i++) {
		if (b->parts[i].advert ||
		    jk_node_child(b->parts[i].node, JK_NODE_TITLE) == NULL)
			continue;
		cairo_set_source_rgb(cr, st->accent.r, st->accent.g,
		    st->accent.b);
		cairo_rectangle(cr, MARGIN, y + 14, 10, 10);
		cairo_fill(cr);
		y += text(cr, ctx, st, &st->subtitle, 0, 38, &st->text,
		    MARGIN + 30, y, w - 30, b->parts[i].title, 2) + 26;
		nl++;
		if (y > EP_COVER_H - 220)
			break;
	}

	/* Foot: publisher over a rule. */
	cairo_set_source_rgb(cr, st->rule.r, st->rule.g, st->rule.b);
	cairo_set_line_width(cr, 2);
	cairo_move_to(cr, MARGIN, EP_COVER_H - 150);
	cairo_line_to(cr, EP_COVER_W - MARGIN, EP_COVER_H - 150);
	cairo_stroke(cr);
	if ((pub = ep_meta(b, "publisher")) != NULL) {
		char *c = ep_xml_clean(pub);

		text(cr, ctx, st, &st->running, 0, 32, &st->muted, MARGIN,
		    EP_COVER_H - 120, w, c, 1);
		free(c);
	}
	free(line);

	cs = cairo_status(cr);
	cairo_destroy(cr);
	g_object_unref(ctx);
	jk_buf_init(&png);
	if (cs == CAIRO_STATUS_SUCCESS) {
		cairo_surface_flush(sf);
		if (encode_png(sf, (b->ep->flags & JK_EPUB_STORE) ? 0 : 1,
		    &png) < 0)
			cs = CAIRO_STATUS_WRITE_ERROR;
	}
	cairo_surface_destroy(sf);
	if (cs != CAIRO_STATUS_SUCCESS || png.len == 0) {
		jk_msg(b->diag, JK_M_SYSERR, 0, "cover: %s",
		    cairo_status_to_string(cs));
		jk_buf_free(&png);
		return -1;
	}
	*len = png.len;
	*data = jk_buf_detach(&png);
	return 0;
}
