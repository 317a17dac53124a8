/*
 * stpriv.h -- private state of the structure stage (src/structure only).
 *
 * The stage works on the "flow": the text lines of the cleaned input that
 * are neither blank nor furniture, in extraction order.  Each flow line
 * gets a set of shape flags (caption anchor, byline, end marker, ...) and
 * later a role (header part or body) and an article.
 */
#ifndef JK_STPRIV_H
#define JK_STPRIV_H

#include <glib.h>

#include "convert.h"

/* Shape flags of one flow line. */
enum {
	K_CAPTION = 1 << 0,	/* "그림 3" / "표 2" alone on the line */
	K_BYLINE = 1 << 1,	/* "글. 이름" / "연사. 이름" (at bypos) */
	K_ENDCAND = 1 << 2,	/* "다.␠␠": candidate article end */
	K_END = 1 << 3,		/* accepted article end */
	K_LABEL = 1 << 4,	/* "SPECIAL ISSUE 04": kicker / label */
	K_SOURCE = 1 << 5,	/* "<…>", "©…", "(단위…)", "자료:" */
	K_NUMHEAD = 1 << 6,	/* "1) …" */
	K_CIRCLED = 1 << 7,	/* "① …" */
	K_BULLET = 1 << 8,	/* "• …", "- …", "■ …" */
	K_NOTE = 1 << 9,	/* "01 …", "* …" footnote start */
	K_NUMROW = 1 << 10,	/* label + >= 3 numbers */
	K_TERM = 1 << 11,	/* ends in a terminal form */
	K_OPEN = 1 << 12,	/* starts with a bound morpheme */
	K_AFFIL = 1 << 13,	/* short line with affiliation vocabulary */
	K_BIOVOC = 1 << 14,	/* degree / career vocabulary */
	K_ADSIG = 1 << 15,	/* advert signal (phone, 문의, URL, price...) */
	K_DEBRIS = 1 << 16,	/* looks like chart / diagram debris */
	K_PHOTOCAP = 1 << 17,	/* unnumbered photo caption */
	K_DOUBLED = 1 << 18,	/* fake bold: every glyph printed twice */
	K_STUB = 1 << 19,	/* footer, glued labels, chart labels: never
				 * text, whatever the lines around it */
	K_MOVED = 1 << 20,	/* starts a block the reading-order repair
				 * (or the split of two reports on one
				 * spread) put after another line, on
				 * evidence */
	K_BOUNDN = 1 << 21	/* starts with a bound noun ("수 있다",
				 * "것이다"): opens no sentence */
};

/* Role of a flow line once articles are known. */
enum {
	R_BODY = 0,
	R_BYLINE,
	R_AFFIL,
	R_BIO,
	R_TITLE,
	R_SUBTITLE,
	R_LABEL,
	R_PROFILE,	/* featured-person profile (sidebar) */
	R_DECK,		/* lede placed elsewhere by the extraction */
	R_DONE		/* consumed by a block builder */
};

struct fl {
	const struct jk_line *l;
	const char	*s;	/* text of this flow entry */
	int		 ln;	/* source line */
	int		 idx;	/* index into jk_text lines */
	int		 blanks;	/* blank lines before it */
	int		 lead, trail;
	double		 w;
	unsigned	 k;	/* K_* */
	int		 role;	/* R_* */
	int		 art;	/* article index or -1 */
	int		 bypos;	/* K_BYLINE: byte offset of the byline */
};

/* A header group: byline, affiliation, bio, and the title it introduces. */
enum { H_PRE, H_TITLEFIRST, H_MID };

struct hdr {
	int	 pos;		/* H_* */
	int	 by;		/* flow index of the byline, -1 */
	int	 af0, af1;	/* affiliation lines [af0, af1) */
	int	 bio0, bio1;	/* bio [bio0, bio1) */
	int	 ti0, ti1;	/* title block [ti0, ti1) */
	int	 sub;		/* subtitle line or -1 */
	int	 lab;		/* kicker / label line or -1 */
	int	 pr0, pr1;	/* profile (featured person) [pr0, pr1) */
	int	 first, last;	/* extent in the flow (inclusive) */
	int	 art;
};

struct art {
	int		 from, to;	/* flow range [from, to) */
	int		 advert;
	int		 byend;		/* started after an end marker */
	int		 ti0, ti1;	/* title lines (flow) if not in a header */
	int		 sub;
	int		 lab;
	int		 deck0, deck1;
	int		 tail;		/* start of a merged appendix, or -1 */
	int		 item0, item1;	/* first item's title lines, or -1 */
	int		 rs_from, rs_to;	/* source lines: a sentence cut at
					 * rs_from goes on at rs_to (swap) */
	int		 rs_end;	/* last source line of that column */
	int		 rs_glue;	/* the cut falls mid-word: no space */
	const char	*series;	/* from a tagline */
	const char	*section;	/* from a vertical running label */
	int		 furn_line;	/* first line of the article (for furniture) */
	int		 ext_to;	/* > to: lines up to here marked as the
					 * article's go on it (reports sharing
					 * a spread, interleaved by column) */
	struct jk_node	*node;
	int		 nnotes;
};

struct st {
	struct jk_doc			*doc;
	const struct jk_text		*t;
	const struct jk_convert_opts	*o;
	struct jk_diag			*d;

	struct fl	*f;
	int		 n;
	double		 p90;		/* whole-document p90 width */

	struct hdr	*h;
	int		 nh;
	struct art	*a;
	int		 na;
	int		*fpos;		/* furniture entry -> flow index */
	char		*tagbefore;	/* flow i follows a tagline */
	char		*furnbefore;	/* furniture sits before flow i */
	char		*inhdr;		/* flow i is part of a header group */

	/* measured figures, for tests and --explain */
	int		 nsentjoin;
	int		 nfigcut;	/* figures that cut an open paragraph */
	int		 nbymoved;
	int		 ntables;
	int		 ntablesok;
	int		 ntableschk;	/* tables with totals to check */
	double		 prevsum[64];	/* row sums of the last table */
	int		 prevrows;

	GRegex		*re_byline, *re_caption, *re_label, *re_source,
			*re_numhead, *re_parnum, *re_note, *re_phone,
			*re_url, *re_price, *re_affil, *re_biovoc,
			*re_position, *re_bare_rank;
};

/* convert.c */
int	 st_match(GRegex *, const char *);
int	 st_width_ok(const struct st *, int i, double frac);
int	 st_next(const struct st *, int i);
int	 st_is_hangul_start(const char *);
int	 st_circled(const char *);
double	 st_hangul_share(const char *, int *digits, int *latin);
int	 st_ends_with(const char *, const char *);
/* Does s end in a pre-final ending ("…낮아졌", "…하였"), which ends no
 * Korean word? */
int	 st_ends_prefinal(const char *);
int	 st_is_prose(const struct st *, int i);
/* The same with a Hangul share of at least share (st_is_prose: 0.45). */
int	 st_is_prose_share(const struct st *, int i, double share);
int	 st_cmp_double(const void *, const void *);	/* qsort */
size_t	 st_trim_punct(const char *, size_t);

/*
 * The passes over the flow, in the order jk_structure() runs them
 * (the list is in convert.c).
 */
typedef void	 st_pass(struct st *);

/* articles.c: units cut at the anchors, roles of their lines */
st_pass		 st_mark_furniture, st_mark_headers, st_make_articles,
		 st_credit_owners, st_assign_roles, st_label_titles;
int	 box_title(const char *);
void	 st_set_role(struct st *, int from, int to, int role);

/* anchors.c: title blocks, header groups, article ends */
st_pass		 st_find_headers, st_place_headers, st_accept_ends;
int	 st_titleish(const struct st *, int i);
int	 st_title_block(const struct st *, int i);
int	 st_hdr_start(const struct hdr *);
int	 st_author_line(const struct st *, int i);
int	 st_hdr_credit(const struct st *, const struct hdr *);
int	 st_subtitle_line(const struct st *, int i);
int	 st_skip_trailing(const struct st *, int i);

/* merge.c: units put together again */
st_pass		 st_reclaim_orphans, st_merge_fragments,
		 st_merge_sentenceless, st_find_ledes, st_split_reports;
void	 st_art_insert(struct st *, int at, int from);
int	 st_has_header(const struct st *, int k);

/* reorder.c: column blocks put back in reading order */
st_pass		 st_reorder;

/* adverts.c */
st_pass		 st_split_adverts, st_find_adverts, st_split_advert_pages,
		 st_advert_titles;

/* blocks.c: the body of each unit (header.c, figures.c, notes.c,
 * records.c, tables.c, headings.c, prose.c build its blocks) */
void	 st_article_body(struct st *, struct art *);
void	 st_inline(struct st *, struct jk_node *, const char *, int line,
	    struct art *);
/* A box printed across a sentence (boxes.c): prev the open paragraph's
 * last line, i a short title, then a closed single-spaced run and the
 * sentence going on; *first, *last its body lines, *r where the
 * sentence goes on.  Lines of unit k before flow line to; p90 a full
 * line's width. */
int	 st_box_shape(const struct st *, int k, int to, int prev, int i,
	    double p90, int *first, int *last, int *r);
size_t	 st_glue_word(const struct st *, int prev, int i, char *w,
	    size_t wlen);
int	 st_glue_is_word(const struct st *, int prev, int i);

/* tables.c */
int	 st_numrow(const char *, double *vals, int max, const char **labelend);
int	 st_table(struct st *, struct jk_node *parent, struct jk_node *fig,
	    int k, int to, int cap,
	    int head, int first);
int	 st_next_body(const struct st *, int k, int to, int i);
void	 st_header_row(struct st *, struct jk_node *tab, const char *s,
	    int ncol, int line);

/* notes.c */
void	 st_noterefs(struct st *, struct jk_node *article);

/* order.c */
void	 st_order(struct st *, struct jk_node *article, struct art *);
/* Ranks and roles a post list takes alone after a name ("등존실 책임"):
 * convert.c's position pattern and its pattern of a rank alone, which
 * anchors.c asks for a surname, read the same list. */
#define JK_BARE_RANKS	"책임|선임|수석|프로|매니저|펠로우|마스터|리더|팀원|대리"

/* convert.c: does line p leave open a sentence that a dash line after
 * it goes on ("파일 - 새로 만들기␠" then "- 데이터베이스를 …"; a full
 * line broken at a space), rather than a list begin? */
int	 st_dash_goes_on(const struct st *, int p);

/* figures.c: a line of digits and the characters of also only */
int	 st_figures_only(const char *, const char *also);
/* figures.c: are the words of s nouns (no particle or ending), one to
 * four; with units, a chart's labels (up to six, units in brackets,
 * Latin letters and digits)? */
int	 st_noun_words(const char *, int units);
const char *st_unbracket(const char *);
/* The source line of a chart with no caption label that flow line i
 * of unit k opens (figures.c), or -1. */
int	 st_anchorless_chart(const struct st *, int k, int to, int i,
	    double p90);

/* figures.c: caption rows after a photo-number grid into its figure */
void	 st_grid_captions(struct st *, struct jk_node *article);

#endif
