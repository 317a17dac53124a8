/*
 * epub.h -- EPUB 3 backend (libxml2 writer for XHTML/OPF/nav, libzip for
 * the package, harfbuzz-subset for fonts, Cairo for the cover).
 * Includes only the tree, the style and util.
 */
#ifndef JK_EPUB_H
#define JK_EPUB_H

#include "../tree/tree.h"
#include "../style/style.h"

struct jk_epub;

/* New renderer for a style and diag (both borrowed: they must outlive
 * the renderer).  Free with jk_epub_free. */
struct jk_epub	*jk_epub_new(const struct jk_style *, struct jk_diag *);

/*
 * Write doc as an EPUB 3 file at path, atomically (temp file + rename):
 * on failure no file is left.  Dates come from the metadata or
 * SOURCE_DATE_EPOCH, never the clock, so two runs give identical bytes.
 * Returns 0, or -1 after a JK_M_EPUB / JK_M_SYSERR message.
 */
int		 jk_epub_render(struct jk_epub *, const struct jk_doc *,
		    const char *path);

void		 jk_epub_free(struct jk_epub *);

#endif
