/*
 * layout-int.h -- private to src/pdf/layout*.c: the measured text, the
 * rows that blocks become, and the layout state shared by the files of
 * the layout.
 *
 * Model.  Every block becomes a run of "rows": vertical slices of fixed
 * height (a text line, a table row, a rule) with a keep-with-next flag.
 * Rows either fill the columns of the current "band" (column flow) or
 * span the text block (article openers, wide tables).  A band ends at a
 * spanning row or at the end of an article, and is then balanced.
 * Widows and orphans: a paragraph's first two and last two lines keep
 * together; headings keep with the following two lines.
 */
#ifndef JK_LAYOUT_INT_H
#define JK_LAYOUT_INT_H

#include <pango/pangocairo.h>

#include "pdf-int.h"

#define WJ		"\xe2\x81\xa0"		/* U+2060 WORD JOINER */
#define EPS		0.01
#define MAXCOL		64	/* table columns set at most */

/* === measured text ===================================================== */

struct span {
	size_t		 start, end;	/* bytes in the base text */
	int		 font;
	double		 rise;		/* points, up */
	struct jk_rgb	 color;
};

struct ptext {
	struct jk_buf	 b;		/* base text (no word joiners) */
	struct span	*sp;
	int		 nsp, asp;
	int		 font;		/* default font */
	struct jk_rgb	 color;
	const struct jk_node *node;	/* the block set (tags) */
};

struct mline {
	double		 x, w;		/* offset and width as set */
	double		 ws;		/* justified: word space / natural */
	int		 midword;	/* broken inside a word after it */
	struct jk_pseg	*segs;
	int		 nsegs;
	char		*text;
};

struct mpara {
	struct mline	*l;
	int		 n;
};

/* === rows ============================================================= */

struct row {
	double		 h, before;
	int		 keep;		/* no break between this and next */
	int		 span;		/* across the text block */
	int		 head;		/* heading line */
	int		 group;		/* >0: boxed (sidebar) */
	int		 table;		/* >0: table rows (header repeat) */
	int		 thead;		/* a header row of that table */
	int		 fl;		/* >0: a figure or table that may float */
	int		 olevel;	/* outline: -1 none */
	char		*otitle, *odest;
	struct jk_pitem	*items;		/* until spooled (rows_spool) */
	int		 nitems, aitems;
	off_t		 soff;		/* then sn items in the spool */
	size_t		 slen;
	int		 sn;
};

struct rows {
	struct row	*r;
	int		 n, a;
	int		 spooled;	/* rows [0, spooled) are */
};

struct tabhead {
	int		 first, n;	/* header rows in the article's rows */
};

/* === the layout state ================================================== */

/* running heads per page */
struct pmeta {
	const char	*left, *right;
	int		 opener;
};

/* A box behind boxed rows: extended while rows of the group follow. */
struct gext {
	int	 page, col, group;
	double	 x, w, y0, y1;
};

struct lay {
	struct jk_pdf		*pdf;
	const struct jk_style	*st;
	const struct jk_doc	*doc;
	PangoContext		*ctx;
	struct jk_playout	*L;

	double	 W, colw, gutter;	/* text block and column widths */
	double	 top, bottom;		/* text area, from the trim top */
	int	 ncol;
	int	 para;			/* paragraph counter */
	int	 group;			/* box counter */
	int	 ntable;
	int	 tables;		/* tables in the document */
	struct tabhead	*th;
	int	 ath;
	int	 nocontents;		/* first body page index */

	/* fonts used over and over */
	int	 f_body, f_note, f_noteb, f_cap, f_capb,
		 f_tab, f_tabb, f_pre, f_run, f_runb, f_bio, f_bioname;

	/* flow state */
	int	 page;			/* current page index */
	double	 btop;			/* band top */
	int	 last_table;		/* table of the last placed row */
	int	 nfloat;		/* float counter */
	struct jk_node *article;
	const char	*run_left, *run_right;
	int		 contres;	/* contents pages reserved */
	GHashTable	*cover;		/* (font, char) -> 1 has, 2 has not */
	struct pmeta	*pm;
	GHashTable	*runs;		/* running heads laid out */
	double		 dotw;		/* a leader dot and its space */
	int		 apm;
	struct gext	 gcur;
};

/* how para_rows sets a paragraph */
struct popts {
	double		 x, width;	/* inset and measure */
	double		 indent;
	int		 justify;
	PangoAlignment	 align;
	double		 leading;
	double		 before;
	enum jk_lrole	 role;
	int		 span, group, keepall, keepnext, nosplit, para;
	int		 display;	/* a title: balanced, between words */
	const char	*marker;	/* list/footnote marker, hanging */
	double		 markx;		/* where the marker starts */
	int		 markfont;
	struct jk_rgb	 markcolor;
	int		 quote;		/* rule at the left */
};


/* === blocks ============================================================ */

/* blocks to rows: where the rows go, notes gathered for the end */
struct actx {
	struct lay	*Y;
	struct rows	*R;
	const struct jk_node **notes;
	int		 nnotes, anotes;
	int		 after_head;	/* no indent after a heading */
	int		 head_need;	/* lines still to keep with it */
	int		 advert;	/* no outline entries */
	double		 gap;		/* space after the last block */
};

/* a contents entry */
struct centry {
	const struct jk_node	*art;
	int			 page;
};

/* layout-text.c */
int		 font_get(struct lay *Y, const char *family, int bold,
	    double size, int mono);
int		 font_of(struct lay *Y, const struct jk_font *f);
int		 font_bold(struct lay *Y, int font);
void		 pt_init(struct ptext *t, int font, struct jk_rgb color);
void		 pt_free(struct ptext *t);
void		 pt_add(struct ptext *t, const char *s, int font,
	    struct jk_rgb color, double rise);
void		 pt_add_raw(struct ptext *t, const char *s, int font,
	    struct jk_rgb color);
void		 pt_trim(struct ptext *t);
void		 pt_inlines(struct lay *Y, struct ptext *t,
	    const struct jk_node *n, int font, struct jk_rgb color);

/* layout-break.c */
struct mpara	 measure(struct lay *Y, struct ptext *t, double width,
	    int justify, PangoAlignment align, double indent, int keepall,
	    int line);
void		 mp_free(struct mpara *mp);
double		 natural_width(struct lay *Y, struct ptext *t);
struct mpara	 measure_long(struct lay *Y, struct ptext *t,
	    const struct popts *o, int line);
struct mpara	 measure_words(struct lay *Y, struct ptext *t, double width,
		    PangoAlignment align, int line);
void		 pseg_free(struct jk_pseg *);
void		 pseg_copy(struct jk_pseg *, const struct jk_pseg *);
void		 pseg_count(int made);

/* layout-rows.c */
struct row	*row_new(struct rows *R, double h, double before);
struct jk_pitem *	row_item(struct row *r, enum jk_pkind kind);
void		 item_free(struct jk_pitem *it);
void		 rows_free(struct rows *R);
void		 rows_spool(struct lay *Y, struct rows *R);
struct jk_pitem *	line_item(struct row *r, struct mline *ml, double x,
	    double measure_w, int font, double size, double leading,
	    enum jk_lrole role);
void		 para_rows(struct lay *Y, struct rows *R, struct ptext *t,
	    const struct popts *o, int line);
struct popts	 body_opts(struct lay *Y, double x, double width, int group);
void		 block(struct actx *A, const struct jk_node *n, double x,
	    double width, int group);

/* layout-table.c */
void		 table_rows(struct actx *A, const struct jk_node *n, double x,
	    double width, int group, int *spanp);

/* layout-opener.c */
const char	*article_name(struct lay *Y, const struct jk_node *art);
void		 opener_rows(struct actx *A, const struct jk_node *art,
	    int advert);
void		 end_rows(struct actx *A, const struct jk_node *art);
void		 contents_rows(struct lay *Y, struct rows *R,
	    const struct centry *ce, int nce, int real);

/* layout-flow.c */
int		 page_new(struct lay *Y, enum jk_pgkind kind);
void		 page_ent(struct lay *Y, int p, off_t off, size_t len, int n,
		    double dx, double dy, int col);
void		 page_put(struct lay *Y, int p, const struct jk_pitem *it);
double		 block_left(struct lay *Y, int p);
void		 new_body_page(struct lay *Y, enum jk_pgkind kind, int opener);
void		 flow(struct lay *Y, struct rows *R,
	    enum jk_pgkind kind);

/* layout-fonts.c */
PangoContext	*layout_fonts(struct jk_pdf *, const struct jk_doc *,
		    struct jk_playout *);
void		 layout_fonts_free(struct jk_playout *);

/* layout-furniture.c */
void		 running(struct lay *Y, int p, int folio);
const char	*run_short(struct lay *Y, const struct jk_node *art,
		    const char *title);

#endif
