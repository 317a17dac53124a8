/*
 * pdf-int.h -- private to src/pdf: the page model shared by layout.c
 * (which fills it, measuring with Pango), paint.c (which draws it with
 * Cairo), boxes.c and pdf.c.  Everything here is plain C data: lengths in
 * points, origin at the top left of the trim box, y growing downwards.
 */
#ifndef JK_PDF_INT_H
#define JK_PDF_INT_H

#include <stdio.h>
#include <sys/types.h>

#include <pango/pango.h>

#include "pdf.h"

#define JK_MM	(72.0 / 25.4)		/* points per millimetre */

/* A font: family list (with fallbacks), weight, size in points. */
struct jk_pfont {
	char		*family;
	int		 bold;
	int		 mono;
	double		 size;
};

/* One word (or run) of a line: its glyphs as measured, drawn as they
 * are (a segment without glyphs is drawn from its text). */
struct jk_pseg {
	double		 x;		/* from the line's x */
	double		 dy;		/* baseline shift (superscripts) */
	int		 font;		/* index into jk_playout.fonts */
	struct jk_rgb	 color;
	char		*text;		/* UTF-8, no word joiners */
	PangoItem	*item;		/* the shaping font, text as one item */
	PangoGlyphString *glyphs;	/* clusters index text */
};

enum jk_pkind {
	JK_PI_LINE = 0,		/* a line of text: segs */
	JK_PI_RULE,		/* a stroked line from (x,y) to (x+w,y+h) */
	JK_PI_FILL,		/* a filled rectangle */
	JK_PI_FRAME,		/* a stroked rectangle */
	JK_PI_DEST		/* a named destination at (x,y) */
};

/* What a text line is, for the dump and the layout checks. */
enum jk_lrole {
	JK_LR_BODY = 0, JK_LR_HEAD, JK_LR_OPENER, JK_LR_CAPTION, JK_LR_TABLE,
	JK_LR_NOTE, JK_LR_SIDEBAR, JK_LR_BIO, JK_LR_PRE, JK_LR_RUNNING,
	JK_LR_FOLIO, JK_LR_TOC, JK_LR_OTHER
};

struct jk_pitem {
	enum jk_pkind	 kind;
	double		 x, y;		/* LINE: left and baseline */
	double		 w, h;		/* LINE: width as set, h = measure */
	double		 ws;		/* LINE justified: word space/natural */
	int		 mid;		/* LINE: ends inside a word */
	int		 display;	/* LINE: of a display title */
	int		 tab, trow;	/* LINE: table, body row (0 header) */
	double		 lw;		/* RULE/FRAME: line width */
	struct jk_rgb	 color;
	enum jk_lrole	 role;
	int		 col;		/* column, -1 spanning */
	int		 para;		/* paragraph number, 0 none */
	int		 ln, nln;	/* line ln of nln in its paragraph */
	int		 font;		/* LINE: main font */
	char		*text;		/* LINE: the whole line (dump) */
	char		*dest;		/* DEST: name; LINE: link target */
	const struct jk_node *node;	/* LINE: the block it sets (tags) */
	struct jk_pseg	*segs;
	int		 nsegs;
};

enum jk_pgkind { JK_PG_BODY = 0, JK_PG_CONTENTS, JK_PG_ADVERT };

/* Items of a page, in the spool (spool.c): n items at [off, off + len),
 * moved by (dx, dy) into column col, or taken as they are if raw. */
struct jk_pent {
	off_t		 off;
	size_t		 len;
	int		 n;
	int		 col, raw;
	double		 dx, dy;
};

/* A page holds where its items lie (ents); they are read into items
 * only while it is painted or dumped (jk_ppage_load). */
struct jk_ppage {
	enum jk_pgkind	 kind;
	char		*label;		/* page label ("i", "3") */
	int		 opener;	/* an article starts here */
	int		 end;		/* an article ends here */
	struct jk_pent	*ents;
	int		 nents, aents;
	struct jk_pitem	*items;		/* loaded, in reading order */
	int		 nitems;
};

struct jk_poutline {
	int		 level;		/* 0 article, 1.. heading */
	char		*title;
	char		*dest;
	int		 page;		/* 0-based */
	double		 y;
};

/* The whole laid-out document. */
struct jk_playout {
	double		 page_w, page_h;	/* trim size, pt */
	double		 bleed;			/* pt, 0 without bleed */
	double		 slug;			/* pt beyond the bleed */
	struct jk_pfont	*fonts;
	int		 nfonts;
	struct jk_ppage	*pages;
	int		 npages;
	struct jk_poutline *outline;
	int		 noutline;
	double		 top, bottom;		/* text area, from the trim top */
	int		 unknown_glyphs;	/* glyphs no font has */
	PangoContext	*pctx;			/* fonts measured, NULL: pdf's */
	void		*subset;		/* its subset faces */
	int		 overflows;
	struct jk_spool	*spool;			/* the pages' items */
};

struct jk_pdf {
	struct jk_style		*style;		/* borrowed */
	struct jk_pdf_opts	 opts;
	struct jk_diag		*diag;
	void			*pctx;		/* PangoContext */
	void			*subset;	/* the last subset faces */
};

/* layout-fonts.c: the renderer lets go of the subset faces it kept;
 * the folder and files of the subset faces a layout measures with (0
 * when it uses the original faces). */
void		 layout_fonts_forget(struct jk_pdf *);
int		 layout_fonts_files(const struct jk_playout *, const char **dir,
		    char *const **files);

/* layout.c */
struct jk_playout *jk_playout_new(struct jk_pdf *, const struct jk_doc *);
void		 jk_playout_free(struct jk_playout *);
/* Read page n's items from the spool into pages[n].items, and drop them;
 * a page is painted or dumped between the two. */
void		 jk_ppage_load(struct jk_playout *, int n);
void		 jk_ppage_unload(struct jk_playout *, int n);
/* One line per page, line, rule, box and destination, coordinates to a
 * tenth of a point; then the outline and the glyph/overflow counts. */
void		 jk_playout_dump(struct jk_playout *, FILE *);

/* spool.c: items out of memory until they are painted. */
struct jk_spool;
/* In a temporary file, else (or if in_memory) in memory. */
struct jk_spool	*jk_spool_new(int in_memory);
void		 jk_spool_free(struct jk_spool *);
/* Write n items; *off and *len say where they are. */
void		 jk_spool_put(struct jk_spool *, const struct jk_pitem *, int n,
		    off_t *off, size_t *len);
/* Read n items written at [off, off + len) into out (caller frees each
 * with jk_pitem_clear); -1 if they cannot be read whole (the rest of out
 * then empty items). */
int		 jk_spool_get(struct jk_spool *, off_t off, size_t len, int n,
		    struct jk_pitem *out);
/* Free what an item holds. */
void		 jk_pitem_clear(struct jk_pitem *);

/* Glyph-run segments alive now, the most alive at once since the peak
 * was last set to the live count, and all ever made (tests: memory
 * bounded). */
extern long	 jk_pseg_live, jk_pseg_peak, jk_pseg_made;
/* A Pango description of a font of the layout (caller frees). */
PangoFontDescription *jk_pfont_desc(const struct jk_pfont *);

/* tags.c: the structure elements open while a page is drawn. */
#define JK_TAG_DEPTH	8
struct jk_tags {
	int		 n;
	const char	*name[JK_TAG_DEPTH];
	const void	*key[JK_TAG_DEPTH];
};
/* Close and open Cairo structure tags on cr (a cairo_t *) so that those
 * open are the path of line it; it NULL closes all. */
void		 jk_tags_to(struct jk_tags *, void *cr, const struct jk_pitem *it);

/* paint.c: the PDF name of the destination for id (caller frees). */
char		*jk_pdf_dest_name(const char *id);

/* paint.c: draw page n on cr (a cairo_t *), origin at the media box
 * corner; with bleed the trim box is offset by bleed + slug. */
void		 jk_paint_page(struct jk_pdf *, const struct jk_playout *,
		    int n, void *cr, int pdf);

/* paint.c draws crop marks in this colour, an RGB no #rrggbb style
 * colour can give; ink.c turns it into registration (all plates). */
#define JK_REG_R	"0.25"
#define JK_REG_G	"0.5"
#define JK_REG_B	"0.75"

/* What the incremental update of boxes.c adds. */
struct jk_pdf_fix {
	double		 media_w, media_h;	/* pt */
	double		 trim_off, bleed_off;	/* from the media box edge */
	const char	*lang;		/* catalog /Lang (BCP 47), NULL none */
	const char	*xmp;		/* XMP packet for /Metadata, NULL none */
	int		 title;		/* DisplayDocTitle */
	int		 ink;		/* content colours made ready for press */
};

/* boxes.c: append TrimBox/BleedBox to every page of a PDF held in buf,
 * and what fx asks for.  Returns 0, -1 if the file does not have the
 * expected shape (buf is then untouched). */
int		 jk_pdf_add_boxes(struct jk_buf *, const struct jk_pdf_fix *fx);

/* pdfx.c: the CMYK output profile (caller frees), NULL if none. */
char		*jk_pdfx_profile(void);
/* Convert the PDF of len bytes to a CMYK PDF/X at dst with Ghostscript; title
 * and the ISO 8601 date go into its information.  0 or -1 (reported). */
int		 jk_pdfx_convert(const char *pdf, size_t len, const char *dst,
		    const char *title, const char *isodate, struct jk_diag *);
/* Make the trailer /ID of a PDF the MD5 of its content, whether
 * Ghostscript wrote it in hex or as literal strings; *pdf may be
 * reallocated; returns the new length. */
size_t		 jk_pdfx_fix_id(char **pdf, size_t len);

/* ink.c: copy content stream s into out with neutral RGB colours as
 * DeviceGray and the registration colour as CMYK 100/100/100/100. */
void		 jk_pdf_ink(const char *s, size_t len, struct jk_buf *out);
/* ink.c: copy content stream s into out with what paints outside every
 * marked-content sequence marked as /Artifact; -1 (out untouched) if the
 * stream is not understood. */
int		 jk_pdf_artifacts(const char *s, size_t len, struct jk_buf *out);
/* Both, for a stream object's data, Flate-encoded if flate; -1 if it
 * does not decode. */
int		 jk_pdf_ink_stream(const char *s, size_t len, int flate,
		    int artifacts, struct jk_buf *out);

#endif
