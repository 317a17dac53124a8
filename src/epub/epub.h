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
 * A renderer may serve many issues in turn, keeping what does not depend
 * on them (the cover's font map, whose fonts are then loaded once): give
 * it each issue's message sink before its render.
 */
void		 jk_epub_set_issue(struct jk_epub *, struct jk_diag *);

/*
 * Write doc as an EPUB 3 file at path, atomically (temp file + rename):
 * on failure no file is left.  Dates come from the metadata or
 * SOURCE_DATE_EPOCH, never the clock, so two runs give identical bytes.
 * Returns 0, or -1 after a JK_M_EPUB / JK_M_SYSERR message.
 */
int		 jk_epub_render(struct jk_epub *, const struct jk_doc *,
		    const char *path);

/*
 * The same book in memory: *data (malloc'd, *len bytes) holds the EPUB
 * file; name stands for the file in messages.  Returns 0, or -1 after a
 * message (*data is then NULL).
 */
int		 jk_epub_render_mem(struct jk_epub *, const struct jk_doc *,
		    const char *name, char **data, size_t *len);

/*
 * Parts of the package a render may leave out (jk_epub_set_flags; 0, the
 * default, leaves out nothing).  They are for tests and the fuzz targets
 * (tests/fuzz/fuzz_epub.c, fuzz_backends.c), which need neither the
 * fixed cost of font subsetting and the cover picture nor that of
 * compression; such a book is complete and valid, only without embedded
 * fonts, cover picture, or compressed data.
 */
#define JK_EPUB_NO_FONTS	0x01	/* no font subsets, @font-face rules
					 * nor font licence page */
#define JK_EPUB_NO_COVER	0x02	/* no cover picture: the cover page
					 * shows the title as text */
#define JK_EPUB_STORE		0x04	/* every zip entry stored, and
					 * the cover picture's zlib data
					 * at level 0 (uncompressed) */

void		 jk_epub_set_flags(struct jk_epub *, unsigned int flags);

void		 jk_epub_free(struct jk_epub *);

#endif
