/*
 * blkpriv.h -- the body builder of one article (blocks.c and the block
 * kinds it dispatches to).  src/structure only.
 */
#ifndef JK_BLKPRIV_H
#define JK_BLKPRIV_H

#include "stpriv.h"

/* What cut the open paragraph (bctx.cutby), as its message names it. */
enum { CUT_FIGURE, CUT_BYLINE, CUT_BOX };

struct bctx {
	struct st		*st;
	struct art		*a;
	int			 k;		/* article index */
	struct jk_node		*art;		/* ARTICLE or ADVERT */
	struct jk_node		*cur;		/* where blocks go */
	struct jk_joinctx	 jc;
	struct jk_buf		 para;		/* open paragraph text */
	int			 pfirst;	/* its first flow line, -1 */
	int			 plast;		/* its last flow line */
	int			 cut;		/* a figure cut it */
	int			 cutcount;	/* ... and it was counted */
	int			 cutby;	/* what cut it: CUT_* */
	int			 openpara;	/* left open: resumes later */
	struct jk_node		*pending[64];	/* blocks waiting for it */
	int			 npending;
	struct jk_node		*list;		/* open list */
	int			 listkind;
	struct jk_node		*lastfig;	/* last figure of the article */
	size_t			 furn;		/* next furniture entry */
	int			 nfig, nnote;
	int			 seen1, seennum;	/* heading kinds seen */
	int			 dotnum, dotline;	/* last "N. " heading:
						 * N and its flow line */
	int			 circhead;	/* ① lines: -1 undecided, 0
						 * list items, 1 headings */
	const char		*fields[8];	/* record field names */
	int			 nfields;
};


/* List item marker kinds. */
enum { L_BULLET = 1, L_DASH, L_SQUARE, L_CIRCLED, L_NUM };

/* blocks.c: the open paragraph, lists, boxes, page furniture */
int	 bk_unit_to(const struct bctx *);
int	 bk_next_body(const struct bctx *, int);
void	 bk_add_block(struct bctx *, struct jk_node *);
void	 bk_set_cut(struct bctx *);
void	 bk_close_list(struct bctx *);
void	 bk_flush_para(struct bctx *);
void	 bk_leave_sidebar(struct bctx *);
void	 bk_explain_join(struct st *, int, int, enum jk_join, const char *);
const char *bk_join_lines(struct st *, int, int, int, int);
void	 bk_furniture_upto(struct bctx *, int);

/* boxes.c */
int	 bk_cut_box(struct bctx *, int);

/* header.c */
void	 bk_header(struct bctx *);

/* figures.c */
int	 bk_run_start(const struct bctx *, int);
int	 bk_figure(struct bctx *, int);
void	 bk_loose_source(struct bctx *, int);
int	 bk_loose_debris(struct bctx *, int);
int	 bk_anchorless_chart(struct bctx *, int);

/* notes.c */
int	 bk_footnote(struct bctx *, int);

/* headings.c */
int	 bk_marker(const char *, const char **);
int	 bk_list_item(struct bctx *, int);
int	 bk_is_heading(struct bctx *, int);
void	 bk_dissolve_sidebar(struct bctx *);
int	 bk_heading(struct bctx *, int, int);
int	 bk_stacked_titles(struct bctx *, int);

/* prose.c */
int	 bk_glue_known(const struct st *, int, int);
int	 bk_glue_lex(const struct st *, int, int);
void	 bk_prose(struct bctx *, int);

/* records.c */
void	 bk_find_fields(struct bctx *);
int	 bk_field_at(const struct bctx *, int);
int	 bk_records(struct bctx *, int);
int	 bk_table_at(struct bctx *, int, int *, int *, int);
int	 bk_bullet_table(struct bctx *, int);
int	 bk_keyed_rows(struct bctx *, int);

#endif
