/*
 * pdf.c -- the print PDF backend: new/render/free, the document outline,
 * the information dictionary, page labels and PNG previews.  Layout is in
 * layout.c, drawing in paint.c, TrimBox/BleedBox in boxes.c.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-font.h>

#include "pdf-int.h"

struct jk_pdf *
jk_pdf_new(const struct jk_style *st, const struct jk_pdf_opts *opts,
    struct jk_diag *diag)
{
	struct jk_pdf		*p = jk_xcalloc(1, sizeof(*p));
	PangoFontMap		*fm;
	PangoContext		*ctx;
	cairo_font_options_t	*fo;

	p->style = (struct jk_style *)st;
	if (opts != NULL)
		p->opts = *opts;
	if (p->opts.preview_dpi <= 0)
		p->opts.preview_dpi = 100;
	p->diag = diag;
	jk_fonts_setup(diag);
	fm = pango_cairo_font_map_new();
	ctx = pango_font_map_create_context(fm);
	g_object_unref(fm);		/* the context keeps it */
	pango_cairo_context_set_resolution(ctx, 72);
	/* outlines, unhinted: what is measured is what is printed */
	fo = cairo_font_options_create();
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	pango_cairo_context_set_font_options(ctx, fo);
	cairo_font_options_destroy(fo);
	pango_context_set_round_glyph_positions(ctx, FALSE);
	pango_context_set_language(ctx, pango_language_from_string(
	    st->lang != NULL ? st->lang : "ko"));
	p->pctx = ctx;
	return p;
}

void
jk_pdf_set_issue(struct jk_pdf *p, struct jk_diag *diag,
    const char *pdfx_path)
{
	p->diag = diag;
	p->opts.pdfx_path = pdfx_path;
}

void
jk_pdf_free(struct jk_pdf *p)
{
	if (p == NULL)
		return;
	layout_fonts_forget(p);
	if (p->pctx != NULL)
		g_object_unref(p->pctx);
	free(p);
}

/*
 * Does the loaded font carry the family name want?  fontconfig knows a
 * font under several names, one per language (NanumBarunGothic and its
 * Korean name), and puts first the one of the user's locale: every name
 * is compared, so the answer is the same under any locale.  *shown gets
 * the name for a message: the English one, else the first.
 */
static int
font_has_family(PangoFont *f, const char *want, char **shown)
{
	FcPattern	*pat;
	FcChar8		*fam, *lang;
	int		 i, found = 0;

	*shown = NULL;
	if (f == NULL || !PANGO_IS_FC_FONT(f))
		return 0;
	pat = pango_fc_font_get_pattern(PANGO_FC_FONT(f));
	for (i = 0; FcPatternGetString(pat, FC_FAMILY, i, &fam) ==
	    FcResultMatch; i++) {
		if (FcStrCmpIgnoreCase(fam, (const FcChar8 *)want)
		    == 0)
			found = 1;
		if (*shown == NULL || (FcPatternGetString(pat, FC_FAMILYLANG,
		    i, &lang) == FcResultMatch &&
		    strcmp((const char *)lang, "en") == 0)) {
			free(*shown);
			*shown = jk_xstrdup((const char *)fam);
		}
	}
	return found;
}

/* Is each font's first family really there?  (Fallbacks may be.) */
static int
check_fonts(struct jk_pdf *pdf, const struct jk_playout *L)
{
	int	 i, bad = 0;

	for (i = 0; i < L->nfonts; i++) {
		PangoFontDescription	*d = jk_pfont_desc(&L->fonts[i]);
		PangoFont		*f;
		char			*want, *c, *got;

		want = jk_xstrdup(L->fonts[i].family);
		if ((c = strchr(want, ',')) != NULL)
			*c = '\0';
		f = pango_font_map_load_font(pango_context_get_font_map(
		    pdf->pctx), pdf->pctx, d);
		if (!font_has_family(f, want, &got)) {
			jk_msg(pdf->diag, JK_M_FONT, 0, "%s: not found%s%s",
			    want, got != NULL ? ", using " : "",
			    got != NULL ? got : "");
			bad++;
		}
		free(got);
		if (f != NULL)
			g_object_unref(f);
		pango_font_description_free(d);
		free(want);
	}
	return bad;
}

/* PDF date for the information dictionary: meta "modified", else
 * SOURCE_DATE_EPOCH, else meta "date"; never the clock.  NULL if none. */
static char *
doc_date(const struct jk_doc *doc)
{
	const char	*m = jk_meta_get(doc, "modified"), *e;
	int		 y, mo = 1, d = 1, h = 0, mi = 0, s = 0;

	if (m != NULL && sscanf(m, "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h,
	    &mi, &s) >= 3 && y > 0)
		return jk_xasprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", y, mo, d,
		    h, mi, s);
	if ((e = getenv("SOURCE_DATE_EPOCH")) != NULL && *e != '\0') {
		char		*end;
		long long	 v = strtoll(e, &end, 10);
		time_t		 t = (time_t)v;
		struct tm	 tm;

		if (*end == '\0' && v >= 0 && gmtime_r(&t, &tm) != NULL)
			return jk_xasprintf("%04d-%02d-%02dT%02d:%02d:%02dZ",
			    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
			    tm.tm_hour, tm.tm_min, tm.tm_sec);
	}
	if ((m = jk_meta_get(doc, "date")) != NULL &&
	    sscanf(m, "%4d-%2d-%2d", &y, &mo, &d) >= 2 && y > 0)
		return jk_xasprintf("%04d-%02d-%02dT00:00:00Z", y,
		    mo >= 1 && mo <= 12 ? mo : 1, d >= 1 && d <= 31 ? d : 1);
	return NULL;
}

/* The document's title: meta "title", else the first article's. */
static const char *
doc_title(const struct jk_doc *doc, const struct jk_playout *L)
{
	const char	*v;

	if ((v = jk_meta_get(doc, "title")) != NULL)
		return v;
	return L->noutline > 0 ? L->outline[0].title : NULL;
}

static const char *
doc_creator(const struct jk_doc *doc)
{
	const char	*v;

	if ((v = jk_meta_get(doc, "creator")) == NULL)
		v = jk_meta_get(doc, "publisher");
	return v;
}

/* The language of the text: meta "language", else the style's, else ko. */
static const char *
doc_lang(struct jk_pdf *pdf, const struct jk_doc *doc)
{
	const char	*v;

	if ((v = jk_meta_get(doc, "language")) == NULL)
		v = pdf->style->lang;
	return v != NULL && *v != '\0' ? v : "ko";
}

/* Append s to b escaped for XML character data. */
static void
xml_text(struct jk_buf *b, const char *s)
{
	char	*e = g_markup_escape_text(s, -1);

	jk_buf_puts(b, e);
	g_free(e);
}

/* The XMP packet (ISO 16684-1) of the document: what the information
 * dictionary says, in the form PDF/A, PDF/X and PDF/UA checkers read. */
static char *
xmp_packet(struct jk_pdf *pdf, const struct jk_doc *doc,
    const struct jk_playout *L, const char *date)
{
	struct jk_buf	 b;
	const char	*v;

	jk_buf_init(&b);
	jk_buf_puts(&b, "<?xpacket begin=\"\xef\xbb\xbf\" "
	    "id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
	    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
	    " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
	    "  <rdf:Description rdf:about=\"\"\n"
	    "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
	    "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
	    "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
	    "   <dc:format>application/pdf</dc:format>\n");
	if ((v = doc_title(doc, L)) != NULL) {
		jk_buf_puts(&b, "   <dc:title><rdf:Alt><rdf:li xml:lang=\""
		    "x-default\">");
		xml_text(&b, v);
		jk_buf_puts(&b, "</rdf:li></rdf:Alt></dc:title>\n");
	}
	if ((v = doc_creator(doc)) != NULL) {
		jk_buf_puts(&b, "   <dc:creator><rdf:Seq><rdf:li>");
		xml_text(&b, v);
		jk_buf_puts(&b, "</rdf:li></rdf:Seq></dc:creator>\n");
	}
	jk_buf_puts(&b, "   <dc:language><rdf:Bag><rdf:li>");
	xml_text(&b, doc_lang(pdf, doc));
	jk_buf_puts(&b, "</rdf:li></rdf:Bag></dc:language>\n");
	jk_buf_printf(&b, "   <xmp:CreateDate>%s</xmp:CreateDate>\n"
	    "   <xmp:ModifyDate>%s</xmp:ModifyDate>\n"
	    "   <xmp:MetadataDate>%s</xmp:MetadataDate>\n"
	    "   <xmp:CreatorTool>jikji %s</xmp:CreatorTool>\n"
	    "   <pdf:Producer>cairo %s (https://cairographics.org)"
	    "</pdf:Producer>\n"
	    "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n"
	    "<?xpacket end=\"r\"?>", date, date, date, JK_VERSION,
	    cairo_version_string());
	return jk_buf_detach(&b);
}

/* The date of the information dictionary and the XMP. */
static char *
meta_date(const struct jk_doc *doc)
{
	char	*date;

	/* Cairo would otherwise stamp the clock; with no date known, the
	 * epoch (SOURCE_DATE_EPOCH=0, the reproducible-builds convention) */
	if ((date = doc_date(doc)) == NULL)
		date = jk_xstrdup("1970-01-01T00:00:00Z");
	return date;
}

static void
metadata(cairo_surface_t *sf, const struct jk_doc *doc,
    const struct jk_playout *L)
{
	const char	*v;
	char		*date, *s;
	struct jk_buf	 b;

	if ((v = doc_title(doc, L)) != NULL)
		cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_TITLE, v);
	if ((v = doc_creator(doc)) != NULL)
		cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_AUTHOR, v);
	jk_buf_init(&b);
	if ((v = jk_meta_get(doc, "description")) != NULL)
		jk_buf_puts(&b, v);
	else {
		if ((v = jk_meta_get(doc, "volume")) != NULL)
			jk_buf_printf(&b, "vol. %s", v);
		if ((v = jk_meta_get(doc, "issue")) != NULL)
			jk_buf_printf(&b, "%s%s", b.len ? ", " : "", v);
		if ((v = jk_meta_get(doc, "date")) != NULL)
			jk_buf_printf(&b, "%s%s", b.len ? ", " : "", v);
	}
	if (b.len > 0)
		cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_SUBJECT,
		    b.data);
	jk_buf_free(&b);
	if ((v = jk_meta_get(doc, "subject")) != NULL)
		cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_KEYWORDS,
		    v);
	s = jk_xasprintf("jikji %s", JK_VERSION);
	cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_CREATOR, s);
	free(s);
	date = meta_date(doc);
	cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_CREATE_DATE,
	    date);
	cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_MOD_DATE, date);
	free(date);
}

static void
outline(cairo_surface_t *sf, const struct jk_playout *L)
{
	int	 ids[5] = { CAIRO_PDF_OUTLINE_ROOT, 0, 0, 0, 0 };
	int	 i, lv, parent;

	for (i = 0; i < L->noutline; i++) {
		const struct jk_poutline *o = &L->outline[i];
		char	*name, *attr;

		lv = o->level < 0 ? 0 : o->level > 3 ? 3 : o->level;
		/* the nearest open ancestor */
		for (parent = lv; parent > 0 && ids[parent] == 0; parent--)
			;
		parent = lv == 0 ? CAIRO_PDF_OUTLINE_ROOT : ids[parent];
		name = jk_pdf_dest_name(o->dest);
		attr = jk_xasprintf("dest='%s'", name);
		ids[lv + 1] = cairo_pdf_surface_add_outline(sf, parent,
		    o->title, attr, 0);
		for (int k = lv + 2; k < 5; k++)
			ids[k] = 0;
		free(attr);
		free(name);
	}
}

static cairo_status_t
buf_write(void *closure, const unsigned char *data, unsigned int len)
{
	jk_buf_add(closure, (const char *)data, len);
	return CAIRO_STATUS_SUCCESS;
}

/* Does page n (1-based) belong to spec "1,3-5" / "all"? */
static int
page_wanted(const char *spec, int n)
{
	const char	*s = spec;
	char		*end;
	long		 a, b;

	if (spec == NULL)
		return 0;
	if (strcmp(spec, "all") == 0)
		return 1;
	while (*s != '\0') {
		a = strtol(s, &end, 10);
		if (end == s)
			return 0;
		b = a;
		s = end;
		if (*s == '-') {
			s++;
			b = strtol(s, &end, 10);
			if (end == s)
				b = LONG_MAX;
			s = end;
		}
		if (n >= a && n <= b)
			return 1;
		if (*s == ',')
			s++;
		else if (*s != '\0')
			return 0;
	}
	return 0;
}

static int
previews(struct jk_pdf *pdf, struct jk_playout *L, const char *path)
{
	const char	*base = strrchr(path, '/');
	char		*stem;
	size_t		 n;
	double		 sc = pdf->opts.preview_dpi / 72.0;
	double		 mw = L->page_w + 2 * (L->bleed + L->slug);
	double		 mh = L->page_h + 2 * (L->bleed + L->slug);
	int		 i, rc = 0;

	base = base != NULL ? base + 1 : path;
	stem = jk_xstrdup(base);
	n = strlen(stem);
	if (n > 4 && strcmp(stem + n - 4, ".pdf") == 0)
		stem[n - 4] = '\0';
	for (i = 0; i < L->npages; i++) {
		cairo_surface_t	*sf;
		cairo_t		*cr;
		struct jk_buf	 b;
		char		*png;

		if (!page_wanted(pdf->opts.preview_pages, i + 1))
			continue;
		sf = cairo_image_surface_create(CAIRO_FORMAT_RGB24,
		    (int)(mw * sc + 0.5), (int)(mh * sc + 0.5));
		cr = cairo_create(sf);
		cairo_set_source_rgb(cr, 1, 1, 1);
		cairo_paint(cr);
		cairo_scale(cr, sc, sc);
		jk_ppage_load(L, i);
		jk_paint_page(pdf, L, i, cr, 0);
		jk_ppage_unload(L, i);
		cairo_destroy(cr);
		png = jk_xasprintf("%s/%s-p%03d.png", pdf->opts.preview_dir,
		    stem, i + 1);
		jk_buf_init(&b);
		if (cairo_surface_status(sf) != CAIRO_STATUS_SUCCESS ||
		    cairo_surface_write_to_png_stream(sf, buf_write, &b) !=
		    CAIRO_STATUS_SUCCESS ||
		    jk_file_write_atomic(png, b.data, b.len) != 0) {
			jk_msg(pdf->diag, JK_M_SYSERR, 0, "%s: cannot write",
			    png);
			rc = -1;
		}
		jk_buf_free(&b);
		cairo_surface_destroy(sf);
		free(png);
	}
	free(stem);
	return rc;
}

/*
 * Paint every page of L on cr as it goes into the PDF, each ended with
 * cairo_show_page; page labels when pdfsf is the PDF surface of cr.  The
 * root of the structure tree (tags.c) is closed on the last page: Cairo
 * would start another page for a tag ended after it.  Stops at the first
 * Cairo error, which it returns.
 */
static cairo_status_t
paint_pages(struct jk_pdf *pdf, struct jk_playout *L, cairo_t *cr,
    cairo_surface_t *pdfsf)
{
	cairo_status_t	 st = cairo_status(cr);
	int		 i;

	cairo_tag_begin(cr, "Document", NULL);
	for (i = 0; i < L->npages && st == CAIRO_STATUS_SUCCESS; i++) {
		if (pdfsf != NULL && L->pages[i].label != NULL)
			cairo_pdf_surface_set_page_label(pdfsf,
			    L->pages[i].label);
		/* a page's items are in memory only while it is painted */
		jk_ppage_load(L, i);
		jk_paint_page(pdf, L, i, cr, 1);
		jk_ppage_unload(L, i);
		if (i == L->npages - 1)
			cairo_tag_end(cr, "Document");
		cairo_show_page(cr);
		st = cairo_status(cr);
	}
	return st;
}

int
jk_pdf_render(struct jk_pdf *pdf, const struct jk_doc *doc, const char *path)
{
	struct jk_playout	*L;
	cairo_surface_t		*sf;
	cairo_t			*cr;
	cairo_status_t		 st;
	struct jk_buf		 out;
	struct jk_pdf_fix	 fx;
	double			 off, mw, mh;
	char			*xmp = NULL, *date;
	int			 rc = -1;

	L = jk_playout_new(pdf, doc);
	check_fonts(pdf, L);
	off = L->bleed + L->slug;
	mw = L->page_w + 2 * off;
	mh = L->page_h + 2 * off;
	jk_buf_init(&out);
	sf = cairo_pdf_surface_create_for_stream(buf_write, &out, mw, mh);
	cr = cairo_create(sf);
	metadata(sf, doc, L);
	st = paint_pages(pdf, L, cr, sf);
	if (st == CAIRO_STATUS_SUCCESS)
		outline(sf, L);
	cairo_destroy(cr);
	cairo_surface_finish(sf);
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_status(sf);
	cairo_surface_destroy(sf);
	if (st != CAIRO_STATUS_SUCCESS) {
		jk_msg(pdf->diag, JK_M_PDF, 0, "%s: cairo: %s", path,
		    cairo_status_to_string(st));
		goto out;
	}
	memset(&fx, 0, sizeof(fx));
	fx.media_w = mw;
	fx.media_h = mh;
	fx.trim_off = off;
	fx.bleed_off = L->bleed > 0 ? off - L->bleed : 0;
	fx.lang = doc_lang(pdf, doc);
	date = meta_date(doc);
	fx.xmp = xmp = xmp_packet(pdf, doc, L, date);
	free(date);
	fx.title = doc_title(doc, L) != NULL;
	fx.ink = 1;
	if (jk_pdf_add_boxes(&out, &fx) != 0) {
		jk_msg(pdf->diag, JK_M_PDF, 0, "%s: cannot add TrimBox/BleedBox",
		    path);
		goto out;
	}
	if (jk_file_write_atomic(path, out.data, out.len) != 0) {
		jk_msg(pdf->diag, JK_M_PDF, 0, "%s: %s", path, strerror(errno));
		goto out;
	}
	rc = 0;
	if (pdf->opts.pdfx_path != NULL) {
		date = meta_date(doc);
		if (jk_pdfx_convert(out.data, out.len, pdf->opts.pdfx_path,
		    doc_title(doc, L),
		    date, pdf->diag) != 0)
			rc = -1;
		free(date);
	}
	if (pdf->opts.preview_dir != NULL && pdf->opts.preview_pages != NULL &&
	    previews(pdf, L, path) != 0)
		rc = -1;
out:
	free(xmp);
	jk_buf_free(&out);
	jk_playout_free(L);
	return rc;
}

int
jk_pdf_paint(struct jk_pdf *pdf, const struct jk_doc *doc, void *vcr)
{
	struct jk_playout	*L = jk_playout_new(pdf, doc);
	cairo_status_t		 st;

	check_fonts(pdf, L);
	st = paint_pages(pdf, L, vcr, NULL);
	jk_playout_free(L);
	if (st != CAIRO_STATUS_SUCCESS) {
		jk_msg(pdf->diag, JK_M_PDF, 0, "cairo: %s",
		    cairo_status_to_string(st));
		return -1;
	}
	return 0;
}

int
jk_pdf_layout_dump(struct jk_pdf *pdf, const struct jk_doc *doc, FILE *fp)
{
	struct jk_playout *L = jk_playout_new(pdf, doc);

	jk_playout_dump(L, fp);
	jk_playout_free(L);
	return ferror(fp) ? -1 : 0;
}
