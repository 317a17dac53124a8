/*
 * pdf-int.h -- private to src/pdf: the page model shared by layout.c
 * (which fills it, measuring with Pango), paint.c (which draws it with
 * Cairo), boxes.c and pdf.c.  Everything here is plain C data: lengths in
 * points, origin at the top left of the trim box, y growing downwards.
 */
#ifndef JK_PDF_INT_H
#define JK_PDF_INT_H

#include <stdio.h>

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

struct jk_ppage {
	enum jk_pgkind	 kind;
	char		*label;		/* page label ("i", "3") */
	int		 opener;	/* an article starts here */
	int		 end;		/* an article ends here */
	struct jk_pitem	*items;
	int		 nitems, aitems;
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
	void		*fccfg;			/* its FcConfig */
	char		*fontdir;		/* their temporary files */
	char		**fontfiles;
	int		 nfontfiles;
	int		 overflows;
};

struct jk_pdf {
	struct jk_style		*style;		/* borrowed */
	struct jk_pdf_opts	 opts;
	struct jk_diag		*diag;
	void			*pctx;		/* PangoContext */
};

/* layout.c */
struct jk_playout *jk_playout_new(struct jk_pdf *, const struct jk_doc *);
void		 jk_playout_free(struct jk_playout *);
/* One line per page, line, rule, box and destination, coordinates to a
 * tenth of a point; then the outline and the glyph/overflow counts. */
void		 jk_playout_dump(const struct jk_playout *, FILE *);
/* A Pango description of a font of the layout (caller frees). */
PangoFontDescription *jk_pfont_desc(const struct jk_pfont *);

/* paint.c: the PDF name of the destination for id (caller frees). */
char		*jk_pdf_dest_name(const char *id);

/* paint.c: draw page n on cr (a cairo_t *), origin at the media box
 * corner; with bleed the trim box is offset by bleed + slug. */
void		 jk_paint_page(struct jk_pdf *, const struct jk_playout *,
		    int n, void *cr, int pdf);

/* boxes.c: append TrimBox/BleedBox to every page of a PDF held in buf.
 * Returns 0, -1 if the file does not have the expected shape. */
int		 jk_pdf_add_boxes(struct jk_buf *, double media_w,
		    double media_h, double trim_off, double bleed_off);

#endif
