/*
 * pdf.h -- print PDF backend.  layout.c turns the tree into pages of
 * positioned boxes with Pango (measuring only, no drawing); paint.c draws
 * those boxes with Cairo; boxes.c adds TrimBox/BleedBox to the file.
 * Includes only the tree, the style and util.
 */
#ifndef JK_PDF_H
#define JK_PDF_H

#include <stdio.h>

#include "../tree/tree.h"
#include "../style/style.h"

struct jk_pdf_opts {
	int		 bleed;		/* 1: add style bleed + crop marks */
	const char	*preview_dir;	/* PNG previews written here ... */
	const char	*preview_pages;	/* ... of these pages: "1,3-5", "all" */
	double		 preview_dpi;	/* 0 -> 100 */
	const char	*pdfx_path;	/* also a CMYK PDF/X here (pdfx.c) */
};

struct jk_pdf;

struct jk_pdf	*jk_pdf_new(const struct jk_style *, const struct jk_pdf_opts *,
		    struct jk_diag *);

/*
 * A renderer may serve many issues in turn (a batch worker keeps its font
 * map): give it each issue's message sink and press-file path (NULL: no
 * PDF/X), and NULL, NULL when the issue is done.
 */
void		 jk_pdf_set_issue(struct jk_pdf *, struct jk_diag *,
		    const char *pdfx_path);

/* Lay out and write doc at path atomically.  Returns 0 or -1. */
int		 jk_pdf_render(struct jk_pdf *, const struct jk_doc *,
		    const char *path);

/*
 * Lay out doc and paint its pages on cr (a cairo_t *, on any surface), as
 * jk_pdf_render paints them into the PDF: the same drawing and structure
 * tags, each page ended with cairo_show_page, nothing written.  What only
 * a PDF file has (metadata, outline, page labels, the boxes and inks of
 * boxes.c and ink.c) is left out.  For a caller that wants the drawing
 * without Cairo's PDF writer (the fuzz target paints most inputs onto a
 * recording surface).  Returns 0, or -1 when Cairo failed (reported).
 */
int		 jk_pdf_paint(struct jk_pdf *, const struct jk_doc *, void *cr);

/* Lay out only and dump the page/box/line structure as text (tests). */
int		 jk_pdf_layout_dump(struct jk_pdf *, const struct jk_doc *, FILE *);

void		 jk_pdf_free(struct jk_pdf *);

#endif
