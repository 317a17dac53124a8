/*
 * epub-int.h -- internals shared by the files of the EPUB backend.
 *
 * One render builds a struct ep_book: the parts (one XHTML document per
 * article or advert), the files of the package in the order they go into
 * the zip, the page list, and the font faces with the code points each
 * must hold.  epub.c drives and zips; xhtml.c writes the XHTML documents,
 * opf.c the package document, nav and NCX, css.c the CSS of the markup,
 * fonts.c the font subsets and their @font-face rules, cover.c the cover
 * picture.
 *
 * Package layout:
 *   mimetype                     stored, first
 *   META-INF/container.xml
 *   EPUB/content.opf, toc.ncx
 *   EPUB/css/jikji.css           css.c (rules for the classes the
 *                                documents use) + @font-face
 *   EPUB/fonts/fN.ttf|otf        subsets
 *   EPUB/images/cover.png
 *   EPUB/text/cover.xhtml, nav.xhtml (the contents page),
 *            cNNN.xhtml (articles), adNNN.xhtml (adverts), licence.xhtml
 */
#ifndef JK_EPUB_INT_H
#define JK_EPUB_INT_H

#include <time.h>

#include <glib.h>
#include <hb.h>
#include <libxml/xmlwriter.h>

#include "epub.h"

struct jk_epub {
	const struct jk_style	*style;
	struct jk_diag		*diag;
	unsigned int		 flags;		/* JK_EPUB_NO_FONTS ... */
	gpointer		 cover_fm;	/* the cover's PangoFontMap,
						 * made by the first cover and
						 * kept for the next issues */
};

/* One file of the package. */
struct ep_file {
	char		*name;		/* zip path: "EPUB/text/c001.xhtml" */
	char		*href;		/* relative to the OPF, NULL: not in
					 * the manifest */
	char		*id;		/* manifest id */
	const char	*media;		/* media type */
	char		*props;		/* manifest properties or NULL */
	int		 spine;		/* 1: in the spine */
	int		 store;		/* 1: stored, not deflated */
	char		*data;		/* malloc'd */
	size_t		 len;
};

/* One XHTML document of the book: an article or an advert. */
struct ep_part {
	const struct jk_node	*node;	/* ARTICLE or ADVERT */
	char			*file;	/* "c001.xhtml" (in EPUB/text/) */
	char			*title;	/* plain title for nav and <title> */
	int			 advert;
};

/* A page-break target for the page list. */
struct ep_page {
	char	*folio;
	char	*href;			/* "c001.xhtml#page-35" */
};

/* A font face to embed: the subset holds the code points in cps. */
struct ep_face {
	char		*family;
	int		 bold;
	hb_set_t	*cps;
	guint64		*seen;		/* a bit for each BMP code point
					 * in cps: each is added once */
	char		*file;		/* "f1.ttf", set once embedded */
};

struct ep_book {
	struct jk_epub		*ep;
	const struct jk_style	*style;
	struct jk_diag		*diag;
	const struct jk_doc	*doc;
	const char		*path;		/* the .epub being made */

	struct ep_file		*files;
	size_t			 nfiles;

	struct ep_part		*parts;
	size_t			 nparts;

	struct ep_page		*pages;
	size_t			 npages;

	struct ep_face		*faces;
	size_t			 nfaces;

	GHashTable		*idfile;	/* xhtml id -> part file */
	GHashTable		*used;		/* xhtml ids in use */
	GHashTable		*suffix;	/* id base -> last "-N" given */
	GHashTable		*nodeid;	/* node -> its xhtml id */
	GHashTable		*treeid;	/* footnote tree id -> xhtml id */
	GHashTable		*folio;		/* PAGEBREAK -> its folio */
	GHashTable		*backref;	/* note xhtml id -> first
						 * noteref xhtml id */
	GHashTable		*classes;	/* class names the documents
						 * use: the CSS has rules for
						 * these only */

	const char		*lang;
	char			*title;		/* book title */
	char			*identifier;	/* "urn:uuid:..." */
	char			*modified;	/* "2025-01-01T00:00:00Z" */
	time_t			 mtime;		/* zip entry time */
	int			 has_cover;
	int			 has_licence;
	char			*licence;	/* licence texts, or NULL */
};

/*
 * Greek is set in this family (fonts-noto-core): the Korean faces have
 * wide Greek glyphs and lack the accented letters; the style's fallback
 * families take what it lacks.
 */
#define EP_GREEK_FAMILY		"Noto Serif"

/* Fixed wording of the book (Korean). */
#define EP_TOC_TITLE		"차례"
#define EP_COVER_TITLE		"표지"
#define EP_LANDMARKS_TITLE	"길잡이"
#define EP_PAGES_TITLE		"쪽 목록"
#define EP_LICENCE_TITLE	"글꼴 사용 허가서"
#define EP_ARTICLE_TITLE	"글 %zu"	/* an article with no title,
						 * series or heading */
#define EP_ADVERT_TITLE		"광고"
#define EP_TABLE_LABEL		"표"
#define EP_CHART_DATA		"도표 자료"
#define EP_LICENCE_TEXT \
	"이 전자책에는 다음 글꼴의 일부가 들어 있습니다: "
#define EP_LICENCE_TEXT2 \
	". 이 글꼴들은 아래의 SIL Open Font License에 따라 배포됩니다."
/* The conformance the book claims (EPUB Accessibility 1.1). */
#define EP_CONFORMS_TO	"EPUB Accessibility 1.1 - WCAG 2.1 Level AA"
#define EP_BYLINE_LABEL		"필자 소개"
#define EP_NOTES_LABEL		"각주"
#define EP_BACKLINK_LABEL	"본문으로 돌아가기"

/* === epub.c ============================================================ */

/* Add a file to the book (takes data, copies the strings). */
struct ep_file	*ep_book_add(struct ep_book *, const char *name,
		    const char *href, const char *id, const char *media,
		    const char *props, int spine, char *data, size_t len);

/* The issue's metadata value for key, or NULL when unset or empty
 * (borrowed from the tree). */
const char	*ep_meta(const struct ep_book *, const char *key);

/* An XML-safe id for a tree id (same input, same output). */
char		*ep_xml_id(const char *prefix, const char *id);

/* Plain text of a node, with characters XML forbids removed (malloc'd). */
char		*ep_plain(const struct jk_node *);

/* Copy of s without the characters XML 1.0 forbids (malloc'd). */
char		*ep_xml_clean(const char *s);

/* === xml writer helpers (xhtml.c) ====================================== */

struct ep_xw {
	xmlBufferPtr		 buf;
	xmlTextWriterPtr	 w;
	int			 err;
	GHashTable		*classes;	/* class names used go here
						 * (the book's), or NULL */
	int			 epub_decl;	/* xmlns:epub written */
	int			 epub_used;	/* an epub: attribute written */
};

int		 ep_xw_open(struct ep_xw *);
/* Finish the document; the bytes go to *data (malloc'd).  0 or -1. */
int		 ep_xw_close(struct ep_xw *, char **data, size_t *len);
void		 ep_xw_start(struct ep_xw *, const char *elem);
void		 ep_xw_attr(struct ep_xw *, const char *name, const char *val);
void		 ep_xw_text(struct ep_xw *, const char *);
void		 ep_xw_end(struct ep_xw *);
void		 ep_xw_nl(struct ep_xw *);
/* Element holding text only. */
void		 ep_xw_elem(struct ep_xw *, const char *elem, const char *text);
/* <html> start, <head> with title and stylesheet, then <body>. */
void		 ep_xhtml_head(struct ep_book *, struct ep_xw *,
		    const char *title, const char *bodytype);
void		 ep_xhtml_foot(struct ep_xw *);

/* === xhtml.c =========================================================== */

/* The writers below that take char **data, size_t *len hand over a
 * malloc'd buffer (ep_book_add takes it) and return 0, or -1 when the
 * XML writer failed (nothing handed over). */

/* Page ids and heading ids of every part (before any document is written). */
void		 ep_xhtml_index(struct ep_book *);
int		 ep_xhtml_part(struct ep_book *, const struct ep_part *,
		    char **data, size_t *len);
int		 ep_xhtml_cover(struct ep_book *, char **data, size_t *len);
int		 ep_xhtml_licence(struct ep_book *, char **data, size_t *len);
/* "제N권 제M호 YYYY년 M월" from the metadata (malloc'd, may be ""). */
char		*ep_issue_line(struct ep_book *);
/* === css.c ============================================================= */

/* The book's CSS: rules for the elements and for the classes in
 * classes, which the documents use (malloc'd). */
char		*ep_xhtml_css(const struct jk_style *, GHashTable *classes);
/* s as a CSS string: "..." with quotes and backslashes escaped. */
void		 ep_css_string(GString *, const char *s);

/* === opf.c ============================================================= */

int		 ep_opf(struct ep_book *, char **data, size_t *len);
int		 ep_nav(struct ep_book *, char **data, size_t *len);
int		 ep_ncx(struct ep_book *, char **data, size_t *len);
int		 ep_container(char **data, size_t *len);

/* === fonts.c =========================================================== */

/* The style's font for a node's text, and whether it is set bold; the
 * CSS of css.c uses the same roles. */
const struct jk_font *ep_node_font(const struct jk_style *,
		    const struct jk_node *, int *bold);
/* Collect the faces of the style and the code points each must hold. */
void		 ep_fonts_collect(struct ep_book *);
/* Subset and add the font files; CSS @font-face rules appended to css.
 * A face that cannot be embedded is reported (JK_M_FONT) and left to the
 * reading system's fonts. */
void		 ep_fonts_embed(struct ep_book *, GString *css);
void		 ep_fonts_free(struct ep_book *);

/* === cover.c =========================================================== */

/* The cover as PNG bytes (malloc'd).  0 or -1. */
int		 ep_cover_png(struct ep_book *, char **data, size_t *len);

#define EP_COVER_W	1000
#define EP_COVER_H	1400
#define EP_COVER_SCALE	0.6	/* pixels of the PNG per design unit */

#endif
