/*
 * blocks.c -- one article: its header (series, title, subtitle, bylines,
 * deck) and its body (paragraphs, headings, lists, figures, footnotes,
 * tables, sidebars, page breaks).
 */
#include <stdlib.h>
#include <string.h>

#include "stpriv.h"

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
	int			 openpara;	/* left open: resumes later */
	struct jk_node		*pending[64];	/* blocks waiting for it */
	int			 npending;
	struct jk_node		*list;		/* open list */
	int			 listkind;
	struct jk_node		*lastfig;	/* last figure of the article */
	size_t			 furn;		/* next furniture entry */
	int			 nfig, nnote;
	int			 seen1, seennum;	/* heading kinds seen */
	const char		*fields[8];	/* record field names */
	int			 nfields;
};

/* === helpers ============================================================ */

static const char *
join_name(enum jk_join j)
{
	switch (j) {
	case JK_JOIN_NONE:
		return "none";
	case JK_JOIN_SPACE:
		return "space";
	case JK_JOIN_HYPHEN:
		return "hyphen";
	default:
		return "para";
	}
}

/* The last (from_end) or first n code points of s, into out. */
static void
clip(char *out, size_t outlen, const char *s, int n, int from_end)
{
	const char	*p;

	if (from_end) {
		p = s + strlen(s);
		while (n-- > 0 && p > s)
			p = g_utf8_prev_char(p);
		snprintf(out, outlen, "%s", p);
	} else {
		for (p = s; n-- > 0 && *p != '\0'; )
			p = g_utf8_next_char(p);
		snprintf(out, outlen, "%.*s", (int)(p - s), s);
	}
}

/* --explain: the decision, both lines and the text around the break,
 * e.g. "9|11: none: no trailing space, Hangul|Hangul [가|득한 해]". */
static void
explain_join(struct st *st, int a, int b, enum jk_join j, const char *why)
{
	char	 ta[64], hb[64];

	clip(ta, sizeof(ta), st->f[a].s, 6, 1);
	clip(hb, sizeof(hb), st->f[b].s, 6, 0);
	jk_msg(st->d, JK_M_JOIN, st->f[a].ln, "%d|%d: %s: %s [%s|%s]",
	    st->f[a].ln, st->f[b].ln, join_name(j), why != NULL && *why !=
	    '\0' ? why : "no signal", ta, hb);
}


static int
next_body(const struct bctx *b, int i)
{
	int	 j;

	for (j = i + 1; j < b->a->to; j++)
		if (b->st->f[j].art == b->k && b->st->f[j].role == R_BODY)
			return j;
	return -1;
}

static void
add_block(struct bctx *b, struct jk_node *n)
{
	if (b->pfirst >= 0 && b->npending < 64) {
		b->pending[b->npending++] = n;
		return;
	}
	if (!jk_node_append(b->cur, n))
		jk_node_append(b->art, n);
}

/* A block (figure, note, debris) interrupts the open paragraph. */
static void
set_cut(struct bctx *b)
{
	/* measured only for running sentences, not table or list text */
	if (!b->cut && b->pfirst >= 0 && (st_is_prose(b->st, b->plast) ||
	    b->para.len > 80)) {
		b->st->nfigcut++;
		b->cutcount = 1;
	}
	b->cut = 1;
}

static void
close_list(struct bctx *b)
{
	b->list = NULL;
	b->listkind = 0;
}

static void
flush_para(struct bctx *b)
{
	struct jk_node	*p;
	int		 i;

	if (b->pfirst < 0)
		return;
	if (b->para.len > 0) {
		p = jk_node_new(b->st->doc, JK_NODE_PARA, b->st->f[b->pfirst].ln);
		if (b->openpara)
			p->flags |= JK_F_UNSURE;
		st_inline(b->st, p, b->para.data, p->line, b->a);
		if (!jk_node_append(b->cur, p))
			jk_node_append(b->art, p);
	}
	jk_buf_reset(&b->para);
	b->pfirst = -1;
	b->cut = b->cutcount = b->openpara = 0;
	for (i = 0; i < b->npending; i++)
		if (!jk_node_append(b->cur, b->pending[i]))
			jk_node_append(b->art, b->pending[i]);
	b->npending = 0;
}

static void
leave_sidebar(struct bctx *b)
{
	flush_para(b);
	b->cur = b->art;
}

/* Join lines [from, to) of one kind (title, bio...) into one string. */
static const char *
join_lines(struct st *st, int from, int to, int title, int role)
{
	struct jk_buf		 buf;
	struct jk_joinctx	 jc;
	enum jk_join		 j;
	int			 i, prev = -1;
	const char		*s;

	jk_buf_init(&buf);
	jk_joinctx_measure(&jc, st->t, (size_t)st->f[from].idx,
	    (size_t)st->f[to - 1].idx + 1);
	jc.title_block = title;
	for (i = from; i < to; i++) {
		if (role >= 0 && st->f[i].role != role)
			continue;
		if (prev < 0)
			jk_buf_puts(&buf, st->f[i].s);
		else {
			char	 why[200];

			why[0] = '\0';
			j = jk_join_decide(st->t, st->f[prev].l, st->f[i].l,
			    st->f[i].blanks, 0, &jc, st->o->explain ? why :
			    NULL, sizeof(why));
			if (j == JK_JOIN_PARA) {
				j = JK_JOIN_SPACE;
				snprintf(why, sizeof(why), "one %s block: "
				    "a space", title ? "title" : "bio/deck");
			}
			if (st->o->explain)
				explain_join(st, prev, i, j, why);
			jk_join_append(&buf, st->f[i].s, j);
		}
		prev = i;
	}
	s = jk_doc_strdup(st->doc, buf.data != NULL ? buf.data : "");
	jk_buf_free(&buf);
	return s;
}

/* === furniture ========================================================== */

static void
furniture_upto(struct bctx *b, int i)
{
	const struct jk_text	*t = b->st->t;
	const struct jk_furniture *fu;
	struct jk_node		*n;

	while (b->furn < t->nfurn && b->st->fpos[b->furn] <= i) {
		fu = &t->furn[b->furn];
		if (b->st->fpos[b->furn] < b->a->from) {
			b->furn++;
			continue;
		}
		switch (fu->kind) {
		case JK_FURN_PAGEPAIR:
			if (fu->folio_lo != NULL) {
				n = jk_node_new(b->st->doc, JK_NODE_PAGEBREAK,
				    fu->lineno);
				n->label = jk_doc_strdup(b->st->doc,
				    fu->folio_lo);
				add_block(b, n);
			}
			n = jk_node_new(b->st->doc, JK_NODE_PAGEBREAK,
			    fu->lineno);
			n->label = jk_doc_strdup(b->st->doc,
			    fu->folio_hi != NULL ? fu->folio_hi : fu->text);
			add_block(b, n);
			break;
		case JK_FURN_VERTICAL:
			if (fu->text != NULL && strstr(fu->text, "vol") ==
			    NULL && strlen(fu->text) > 3 &&
			    (b->a->section == NULL ||
			    strlen(fu->text) > strlen(b->a->section)))
				b->a->section = fu->text;
			break;
		case JK_FURN_TAGLINE:
			if (fu->text != NULL && b->a->series == NULL)
				b->a->series = fu->text;
			break;
		default:
			break;
		}
		b->furn++;
	}
}

/* === header ============================================================= */

static void
add_byline(struct bctx *b, const struct hdr *h)
{
	struct st	*st = b->st;
	struct jk_node	*by;
	struct jk_buf	 role;
	const char	*s, *p, *q;
	char		*name = NULL;
	int		 n;

	by = jk_node_new(st->doc, JK_NODE_BYLINE, st->f[h->first].ln);
	jk_buf_init(&role);
	if (h->by >= 0) {
		s = st->f[h->by].s;
		p = strstr(s, ".");
		if (p != NULL) {
			by->label = jk_arena_strndup(st->doc->arena, s,
			    (size_t)(p - s));
			p++;
			while (*p == ' ')
				p++;
			q = p;
			while (*q != '\0' && st_is_hangul_start(q) &&
			    q - p < 12)
				q += 3;
			n = (int)(q - p);
			name = jk_xstrndup(p, (size_t)n);
			jk_node_add_text(st->doc, by, JK_NODE_NAME, name,
			    st->f[h->by].ln);
			while (*q == ' ')
				q++;
			jk_buf_puts(&role, q);
			free(name);
		}
	} else
		jk_msg(st->d, JK_M_NOBYLINE, st->f[h->first].ln,
		    "author name missing; left empty");
	if (h->af0 >= 0) {
		if (role.len > 0)
			jk_buf_putc(&role, ' ');
		jk_buf_puts(&role, join_lines(st, h->af0, h->af1, 1, -1));
	}
	if (role.len > 0)
		jk_node_add_text(st->doc, by, JK_NODE_ROLE, role.data,
		    st->f[h->af0 >= 0 ? h->af0 : h->first].ln);
	if (h->bio0 >= 0)
		jk_node_add_text(st->doc, by, JK_NODE_BIO,
		    join_lines(st, h->bio0, h->bio1, 0, -1),
		    st->f[h->bio0].ln);
	jk_buf_free(&role);
	if (by->first != NULL)
		jk_node_append(b->art, by);
}

/* The lede's lines as paragraphs. */
static void
deck_paras(struct bctx *b, struct jk_node *dk, int from, int to)
{
	struct st	*st = b->st;
	struct jk_buf	 buf;
	enum jk_join	 j;
	int		 i, prev = -1, first = from;
	char		 why[200];

	jk_buf_init(&buf);
	for (i = from; i <= to; i++) {
		if (i < to && st->f[i].role != R_DECK)
			continue;
		j = JK_JOIN_PARA;
		why[0] = '\0';
		if (i < to && prev >= 0) {
			j = jk_join_decide(st->t, st->f[prev].l, st->f[i].l,
			    st->f[i].blanks, 0, &b->jc, st->o->explain ? why :
			    NULL, sizeof(why));
			if (st->o->explain)
				explain_join(st, prev, i, j, why);
		}
		if (prev >= 0 && (j == JK_JOIN_PARA || i == to)) {
			jk_node_add_text(st->doc, dk, JK_NODE_PARA, buf.data,
			    st->f[first].ln);
			jk_buf_reset(&buf);
		}
		if (i == to)
			break;
		if (j == JK_JOIN_PARA) {
			jk_buf_puts(&buf, st->f[i].s);
			first = i;
		} else
			jk_join_append(&buf, st->f[i].s, j);
		prev = i;
	}
	jk_buf_free(&buf);
}

/* "구자균 회장": an author line under a title. */
static int
author_line(struct st *st, int i)
{
	const char	*s = st->f[i].s, *sp = strchr(s, ' ');
	int		 n = sp != NULL ? (int)(sp - s) : 0;

	return sp != NULL && n >= 6 && n <= 12 && n % 3 == 0 &&
	    st_is_hangul_start(s) && st_match(st->re_affil, sp + 1) &&
	    st->f[i].w <= 12 && strchr(sp + 1, ' ') == NULL;
}

static void
add_profile(struct bctx *b, const struct hdr *h)
{
	struct st	*st = b->st;
	struct jk_node	*sb;
	int		 i, t0 = -1, t1 = -1;

	sb = jk_node_new(st->doc, JK_NODE_SIDEBAR, st->f[h->pr0].ln);
	sb->label = "profile";
	for (i = h->pr0; i < h->pr1; i++)
		if (st->f[i].k & K_AFFIL) {
			if (t0 < 0)
				t0 = i;
			t1 = i + 1;
		} else
			break;
	/* a company line printed again in the name line under it */
	if (t0 >= 0 && t1 - t0 >= 2 && strstr(st->f[t0 + 1].s,
	    st->f[t0].s) != NULL)
		t0++;
	if (t0 >= 0) {
		char	*title = jk_arena_strdup(st->doc->arena,
		    join_lines(st, t0, t1, 1, -1)), *p;

		/* "최창우  ㈜스카이랩스 CTO": name and role, one space */
		while ((p = strstr(title, "  ")) != NULL)
			memmove(p, p + 1, strlen(p + 1) + 1);
		jk_node_add_text(st->doc, sb, JK_NODE_TITLE, title,
		    st->f[t0].ln);
	}
	if (t1 < h->pr1)
		jk_node_add_text(st->doc, sb, JK_NODE_PARA,
		    join_lines(st, t1 < 0 ? h->pr0 : t1, h->pr1, 0, -1),
		    st->f[t1 < 0 ? h->pr0 : t1].ln);
	jk_node_append(b->art, sb);
}

static void
header(struct bctx *b)
{
	struct st	*st = b->st;
	struct art	*a = b->a;
	const struct hdr *th = NULL;
	int		 k, ti0 = a->ti0, ti1 = a->ti1, sub = a->sub;
	int		 lab = a->lab, author = -1, sub0 = -1, sub1 = -1, nx;
	int		 kicker = -1;
	struct jk_node	*n, *dk;
	const char	*role;

	for (k = 0; k < st->nh; k++)
		if (st->h[k].art == b->k && st->h[k].pos != H_MID) {
			th = &st->h[k];
			ti0 = th->ti0;
			ti1 = th->ti1;
			sub = th->sub;
			if (th->lab >= 0)
				lab = th->lab;
			break;
		}
	if (sub >= 0 && sub == ti1 - 1)
		ti1--;
	if (ti0 >= 0 && ti1 - ti0 >= 2 && author_line(st, ti1 - 1)) {
		author = ti1 - 1;
		ti1--;
	}
	/* a kicker line above the title ("제75회 … 세미나") names the
	 * event; the series is what the tagline names */
	if (lab >= 0 && !(st->f[lab].k & K_LABEL) && a->series != NULL) {
		kicker = lab;
		lab = -1;
	}
	if (!a->advert) {
		if (lab >= 0)
			jk_node_add_text(st->doc, b->art, JK_NODE_SERIES,
			    st->f[lab].s, st->f[lab].ln);
		else if (a->series != NULL)
			jk_node_add_text(st->doc, b->art, JK_NODE_SERIES,
			    a->series, 0);
	}
	/* a long title block whose line ends in two spaces: what follows
	 * is the subtitle */
	if (ti0 >= 0 && ti1 - ti0 >= 4 && sub < 0)
		for (k = ti0 + 1; k < ti1; k++)
			if (st->f[k].trail >= 2) {
				sub0 = k;
				sub1 = ti1;
				ti1 = k;
				break;
			}
	if (ti0 >= 0 && ti1 > ti0) {
		const char	*title = join_lines(st, ti0, ti1, 1, -1);
		int		 n;

		/* a stray glyph before a title that starts a block */
		if (st->f[ti0].lead > 0 && ti1 - ti0 >= 2 &&
		    st_is_hangul_start(title) && title[3] == ' ') {
			jk_utf8_get(title, strlen(title), &n);
			jk_msg(st->d, JK_M_DEBRISDROP, st->f[ti0].ln,
			    "stray glyph '%.*s' before the title dropped", n,
			    title);
			title += n + 1;
		}
		jk_node_add_text(st->doc, b->art, JK_NODE_TITLE, title,
		    st->f[ti0].ln);
		jk_msg(st->d, JK_M_ARTICLE, st->f[ti0].ln, "%s", title);
	} else if (!a->advert)
		jk_msg(st->d, JK_M_NOTITLE, st->f[a->from].ln,
		    "no title block at the start of the unit");
	if (a->advert)
		return;
	if (sub0 >= 0)
		jk_node_add_text(st->doc, b->art, JK_NODE_SUBTITLE,
		    join_lines(st, sub0, sub1, 1, -1), st->f[sub0].ln);
	else if (sub >= 0) {
		/* kept as printed, dash included ("-스마트 …") */
		const char *s = st->f[sub].s;

		jk_node_add_text(st->doc, b->art, JK_NODE_SUBTITLE, s,
		    st->f[sub].ln);
	}
	if (author >= 0) {
		const char *s = st->f[author].s, *sp = strchr(s, ' ');

		n = jk_node_add(st->doc, b->art, JK_NODE_BYLINE,
		    st->f[author].ln);
		jk_node_append(n, jk_node_new(st->doc, JK_NODE_NAME,
		    st->f[author].ln));
		jk_node_append(n->first, jk_text_new(st->doc, s,
		    (size_t)(sp - s), st->f[author].ln));
		role = sp + 1;
		/* the organisation on the next line belongs to the role */
		nx = next_body(b, author);
		if (nx >= 0 && (st->f[nx].k & K_AFFIL) &&
		    st->f[nx].blanks <= 1 && strchr(st->f[nx].s, ' ') ==
		    NULL) {
			role = jk_arena_printf(st->doc->arena, "%s %s",
			    st->f[nx].s, role);
			st->f[nx].role = R_AFFIL;
		}
		jk_node_add_text(st->doc, n, JK_NODE_ROLE, role,
		    st->f[author].ln);
	}
	for (k = 0; k < st->nh; k++)
		if (st->h[k].art == b->k)
			add_byline(b, &st->h[k]);
	if (!jk_node_child(b->art, JK_NODE_BYLINE))
		jk_msg(st->d, JK_M_NOBYLINE, st->f[a->from].ln, "%s",
		    ti0 >= 0 ? st->f[ti0].s : "(untitled)");
	if (a->deck0 >= 0) {
		dk = jk_node_add(st->doc, b->art, JK_NODE_DECK,
		    st->f[a->deck0].ln);
		deck_paras(b, dk, a->deck0, a->deck1);
		jk_msg(st->d, JK_M_ORDER, st->f[a->deck0].ln,
		    "lede placed after the body moved under the title");
	}
	for (k = 0; k < st->nh; k++)
		if (st->h[k].art == b->k && st->h[k].pr0 >= 0)
			add_profile(b, &st->h[k]);
	if (kicker >= 0)
		jk_node_add_text(st->doc, b->art, JK_NODE_PARA,
		    st->f[kicker].s, st->f[kicker].ln);
}

/* === body blocks ======================================================== */

static int	 table_at(struct bctx *, int, int *, int *, int);
static int	 running(const struct st *, int);
static int	 is_heading(struct bctx *, int);
static int	 glue_known(const struct st *, int, int);
static int	 field_at(const struct bctx *, int);
static int	 absorb_sources(struct bctx *, struct jk_node *, int);

/* A figure: caption anchor, its title, sources and a debris run. */
/*
 * The open paragraph ends a sentence with one trailing space (a wrap
 * inside the paragraph, not its end) right before a figure whose last
 * line is i, and the text after the figure resumes on a leading-space
 * prose line with no blank line before it: the paragraph goes on there.
 * Also when the articles were made with the paragraph going on after
 * the end marker (a swap).
 */
static int
term_goes_on(struct bctx *b, int i)
{
	struct st	*st = b->st;
	int		 nx = next_body(b, i);

	/* the paragraph goes on in a column extracted later */
	if (b->a->rs_from > 0 && st->f[b->plast].ln == b->a->rs_from)
		return 1;
	return st->f[b->plast].trail == 1 && nx >= 0 &&
	    st->f[nx].lead > 0 && st->f[nx].blanks == 0 &&
	    st_is_prose(st, nx) && !(st->f[nx].k & (K_CAPTION |
	    K_NUMHEAD | K_BULLET | K_CIRCLED | K_NOTE));
}

/* First line of the single-spaced run (lines with no blank line
 * between them) that ends at line i, within the open paragraph. */
static int
run_start(const struct bctx *b, int i)
{
	while (i > b->pfirst && b->st->f[i].blanks == 0)
		i--;
	return i;
}

/* Number of debris lines (no sentence, no caption) from j on. */
static int
debris_run(const struct bctx *b, int j)
{
	const struct st	*st = b->st;
	int		 n = 0;

	for (; j >= 0 && n < 8 && (st->f[j].k & K_DEBRIS) &&
	    !(st->f[j].k & K_CAPTION) && !st_is_prose(st, j);
	    j = next_body(b, j))
		n++;
	return n;
}

static int
figure(struct bctx *b, int i)
{
	struct st	*st = b->st;
	struct jk_node	*fig, *pre;
	struct jk_buf	 deb;
	int		 j, nx, first = i, ndeb = 0, cap, head, forced;
	const char	*s = st->f[i].s;
	char		 lab[32];

	fig = jk_node_new(st->doc, JK_NODE_FIGURE, st->f[i].ln);
	/* "그림3" -> "그림 3" */
	if (strncmp(s, "그림", 6) == 0 || strncmp(s, "표", 3) == 0) {
		size_t	 w = strncmp(s, "그림", 6) == 0 ? 6 : 3;
		const char *num = s + w;

		while (*num == ' ')
			num++;
		snprintf(lab, sizeof(lab), "%.*s %s", (int)w, s, num);
		fig->label = jk_doc_strdup(st->doc, lab);
	}
	b->nfig++;
	j = next_body(b, i);
	if (j >= 0 && !(st->f[j].k & (K_CAPTION | K_NUMHEAD)) &&
	    !(st->f[j].k & K_SOURCE)) {
		const char	*ct = st->f[j].s;
		size_t		 cl = strlen(ct);

		/* a stray chart digit printed after the title ("… 0") */
		if (cl > 4 && ct[cl - 1] >= '0' && ct[cl - 1] <= '9' &&
		    ct[cl - 2] == ' ' && !(ct[cl - 3] >= '0' &&
		    ct[cl - 3] <= '9')) {
			jk_msg(st->d, JK_M_DEBRISDROP, st->f[j].ln, "stray "
			    "digit '%c' after the caption title dropped",
			    ct[cl - 1]);
			ct = jk_arena_strndup(st->doc->arena, ct, cl - 2);
		}
		jk_node_add_text(st->doc, fig, JK_NODE_CAPTION, ct,
		    st->f[j].ln);
		st->f[j].role = R_DONE;
		i = j;
	} else
		jk_msg(st->d, JK_M_CAPTION, st->f[i].ln, "%s", s);
	/* a flattened table under the caption */
	j = next_body(b, i);
	if (j >= 0 && table_at(b, j, &cap, &head, 1) && cap < 0)
		for (j = head; j >= 0 && !(st->f[j].k & K_NUMROW);
		    j = next_body(b, j))
			;
	else
		j = -1;
	/* (a header with no numeric row under it is no table) */
	if (j >= 0) {
		i = st_table(st, NULL, fig, b->k, b->a->to, -1, head, j);
		i = absorb_sources(b, fig, i);
		if (b->pfirst >= 0 && (!(st->f[b->plast].k & K_TERM) ||
		    term_goes_on(b, i)))
			set_cut(b);
		else
			flush_para(b);
		add_block(b, fig);
		b->lastfig = fig;
		return i;
	}
	/* where does the figure material end?  At the next caption, or at
	 * the leading-space line that resumes the cut sentence */
	forced = -1;
	for (j = next_body(b, i), nx = 0; j >= 0 && nx < 80;
	    j = next_body(b, j), nx++) {
		const struct fl *f = &st->f[j];

		if (nx > 0 && f->lead > 0 && f->blanks == 0 &&
		    !(f->k & (K_CAPTION | K_BYLINE)) && (f->w >= 0.75 *
		    b->jc.p90 || (nx < 12 && b->pfirst >= 0 &&
		    f->w >= 0.6 * b->jc.p90 &&
		    !(st->f[b->plast].k & K_TERM)))) {
			forced = j;
			break;
		}
		if (f->k & (K_NUMHEAD | K_BYLINE | K_NOTE | K_TERM))
			break;
		if (nx > 0 && nx < 12 && (f->k & K_CAPTION)) {
			forced = j;
			break;
		}
		if (nx >= 12 && (f->k & K_CAPTION))
			break;
	}
	jk_buf_init(&deb);
	pre = NULL;
	for (j = next_body(b, i); j >= 0; j = next_body(b, j)) {
		const struct fl *f = &st->f[j];

		if (f->k & (K_CAPTION | K_NUMHEAD | K_BYLINE | K_NOTE))
			break;
		if (forced >= 0 && j >= forced)
			break;
		if (b->nfields > 0 && field_at(b, j) >= 0)
			break;
		if (f->k & K_SOURCE) {
			jk_node_add_text(st->doc, fig, JK_NODE_SOURCE, f->s,
			    f->ln);
			st->f[j].role = R_DONE;
			i = j;
			continue;
		}
		nx = next_body(b, j);
		/* a label line (no sentence) over a run of debris lines;
		 * in a narrow column it can be as wide as prose, but then
		 * three debris lines follow it */
		if (forced < 0 && !(f->k & (K_TERM | K_BULLET | K_CIRCLED)) &&
		    nx >= 0 && (st->f[nx].k & K_DEBRIS) &&
		    !st_is_prose(st, nx) && !(st->f[nx].k & K_CAPTION) &&
		    strchr(f->s, ' ') != NULL && ((!(f->k & K_DEBRIS) &&
		    !st_is_prose(st, j) && f->w < 0.8 * b->jc.p90) ||
		    (f->lead == 0 && !(f->k & K_OPEN) && f->w < b->jc.p90 &&
		    debris_run(b, nx) >= 3))) {
			if (deb.len > 0)
				jk_buf_putc(&deb, '\n');
			jk_buf_puts(&deb, f->s);
			ndeb++;
			st->f[j].role = R_DONE;
			i = j;
			continue;
		}
		if (forced < 0 && (!(f->k & K_DEBRIS) || st_is_prose(st, j)))
			break;
		/* a short line that resumes the cut sentence */
		if (forced < 0 && f->lead > 0 && (f->k & K_OPEN))
			break;
		nx = next_body(b, j);
		if (forced < 0 && b->pfirst >= 0 &&
		    !(st->f[b->plast].k & K_TERM) && f->lead > 0 && nx >= 0 &&
		    st_is_prose(st, nx))
			break;
		if (deb.len > 0)
			jk_buf_putc(&deb, '\n');
		jk_buf_puts(&deb, f->s);
		ndeb++;
		st->f[j].role = R_DONE;
		i = j;
	}
	if (ndeb > 0) {
		pre = jk_node_new(st->doc, JK_NODE_PRE, st->f[first].ln);
		pre->text = jk_doc_strdup(st->doc, deb.data);
		/* sources after the data stay after it */
		if (fig->first != NULL && fig->last->type == JK_NODE_SOURCE &&
		    jk_node_child(fig, JK_NODE_CAPTION) == NULL)
			jk_node_prepend(fig, pre);
		else
			jk_node_append(fig, pre);
		jk_msg(st->d, JK_M_DEBRIS, st->f[first].ln,
		    "%d chart/diagram lines kept as figure data", ndeb);
	}
	jk_buf_free(&deb);
	if (fig->first == NULL) {
		/* nothing but the anchor: keep it as text */
		struct jk_node *p = jk_node_new(st->doc, JK_NODE_PARA,
		    st->f[first].ln);

		jk_node_append(p, jk_text_new(st->doc, s, (size_t)-1,
		    st->f[first].ln));
		flush_para(b);
		add_block(b, p);
		return i;
	}
	if (b->pfirst >= 0 && (!(st->f[b->plast].k & K_TERM) ||
	    term_goes_on(b, i)))
		set_cut(b);
	else
		flush_para(b);
	add_block(b, fig);
	b->lastfig = fig;
	return i;
}

/* Source lines right after a figure's data; a "<…" source runs on
 * until its closing ">". */
static int
absorb_sources(struct bctx *b, struct jk_node *fig, int i)
{
	struct st	*st = b->st;
	int		 j, open = 0;

	for (j = next_body(b, i); j >= 0; j = next_body(b, j)) {
		if (!(st->f[j].k & K_SOURCE) && !(open &&
		    !(st->f[j].k & K_TERM) && st->f[j].blanks <= 1))
			break;
		if (open && fig->last != NULL &&
		    fig->last->type == JK_NODE_SOURCE) {
			struct jk_node *t = jk_text_new(st->doc, st->f[j].s,
			    (size_t)-1, st->f[j].ln);

			jk_node_append(fig->last, jk_text_new(st->doc, " ", 1,
			    st->f[j].ln));
			jk_node_append(fig->last, t);
		} else
			jk_node_add_text(st->doc, fig, JK_NODE_SOURCE,
			    st->f[j].s, st->f[j].ln);
		open = st->f[j].s[0] == '<' ? strchr(st->f[j].s, '>') ==
		    NULL : open && strchr(st->f[j].s, '>') == NULL;
		st->f[j].role = R_DONE;
		i = j;
	}
	return i;
}

/* Source or credit line outside a figure: to the nearest figure. */
static void
loose_source(struct bctx *b, int i)
{
	struct st	*st = b->st;
	struct jk_node	*fig;

	if (b->lastfig != NULL && b->lastfig->line >= st->f[i].ln - 12) {
		fig = b->lastfig->last;
		if (fig != NULL && fig->type == JK_NODE_SOURCE &&
		    st->f[i].s[0] != '<' && fig->first != NULL &&
		    fig->first->type == JK_NODE_TEXT &&
		    fig->first->text[0] == '<' &&
		    strchr(jk_node_plain(st->doc, fig), '>') == NULL) {
			/* the second line of a "<…" source */
			jk_node_append(fig, jk_text_new(st->doc, " ", 1,
			    st->f[i].ln));
			jk_node_append(fig, jk_text_new(st->doc, st->f[i].s,
			    (size_t)-1, st->f[i].ln));
			return;
		}
		jk_node_add_text(st->doc, b->lastfig, JK_NODE_SOURCE,
		    st->f[i].s, st->f[i].ln);
		return;
	}
	fig = jk_node_new(st->doc, JK_NODE_FIGURE, st->f[i].ln);
	jk_node_add_text(st->doc, fig, JK_NODE_SOURCE, st->f[i].s,
	    st->f[i].ln);
	add_block(b, fig);
	b->lastfig = fig;
}

/* Debris with no caption: to the last figure without data, else PRE. */
static int
loose_debris(struct bctx *b, int i)
{
	struct st	*st = b->st;
	struct jk_buf	 deb;
	struct jk_node	*pre;
	int		 j, last = i, n = 0, c, h;

	jk_buf_init(&deb);
	for (j = i; j >= 0; j = next_body(b, j)) {
		if (!(st->f[j].k & K_DEBRIS) || st_is_prose(st, j) ||
		    (st->f[j].k & (K_CAPTION | K_NUMHEAD | K_BYLINE |
		    K_CIRCLED | K_NOTE)))
			break;
		if (n > 0 && st->f[j].lead > 0 && (st->f[j].k & K_OPEN))
			break;
		/* a flattened table or a record is not debris */
		if ((st->f[j].k & K_NUMROW) || table_at(b, j, &c, &h, 0) ||
		    (b->nfields > 0 && field_at(b, j) >= 0))
			break;
		if (deb.len > 0)
			jk_buf_putc(&deb, '\n');
		jk_buf_puts(&deb, st->f[j].s);
		st->f[j].role = R_DONE;
		last = j;
		n++;
	}
	if (n == 0) {
		/* nothing taken: the line is ordinary text */
		jk_buf_free(&deb);
		return -1;
	}
	pre = jk_node_new(st->doc, JK_NODE_PRE, st->f[i].ln);
	pre->text = jk_doc_strdup(st->doc, deb.data);
	jk_buf_free(&deb);
	if (b->lastfig != NULL && !jk_node_child(b->lastfig, JK_NODE_PRE) &&
	    !jk_node_child(b->lastfig, JK_NODE_TABLE)) {
		jk_node_append(b->lastfig, pre);
		jk_msg(st->d, JK_M_DEBRIS, st->f[i].ln, "%d stray chart lines "
		    "moved into %s", n, b->lastfig->label != NULL ?
		    b->lastfig->label : "the last figure");
	} else {
		if (b->pfirst >= 0 && !(st->f[b->plast].k & K_TERM))
			set_cut(b);
		else
			flush_para(b);
		add_block(b, pre);
		jk_msg(st->d, JK_M_DEBRIS, st->f[i].ln,
		    "%d chart/diagram lines kept preformatted", n);
	}
	return last;
}

static int
footnote(struct bctx *b, int i)
{
	struct st	*st = b->st;
	struct jk_node	*fn;
	struct jk_buf	 buf;
	const char	*s = st->f[i].s, *p = s;
	int		 j, prev = i, open_para;
	char		 why[200];
	enum jk_join	 jj;

	/* notes printed inside a cut sentence wait for its end */
	open_para = b->pfirst >= 0 && !(st->f[b->plast].k & K_TERM);
	if (!open_para)
		flush_para(b);
	close_list(b);
	while (*p == '*' || (*p >= '0' && *p <= '9'))
		p++;
	fn = jk_node_new(st->doc, JK_NODE_FOOTNOTE, st->f[i].ln);
	fn->label = jk_arena_strndup(st->doc->arena, s, (size_t)(p - s));
	fn->id = jk_arena_printf(st->doc->arena, "a%02d-n%d", b->k + 1,
	    ++b->nnote);
	while (*p == ' ')
		p++;
	jk_buf_init(&buf);
	jk_buf_puts(&buf, p);
	for (j = next_body(b, i); j >= 0 && st->f[j].blanks == 0 &&
	    !(st->f[j].k & (K_NOTE | K_CAPTION | K_BYLINE | K_BULLET |
	    K_NUMHEAD | K_CIRCLED)) && !(st->f[prev].k & K_TERM &&
	    st->f[prev].w < 0.7 * st->p90); j = next_body(b, j)) {
		why[0] = '\0';
		jj = jk_join_decide(st->t, st->f[prev].l, st->f[j].l, 0, 0,
		    &b->jc, st->o->explain ? why : NULL, sizeof(why));
		if (jj == JK_JOIN_PARA) {
			jj = JK_JOIN_SPACE;
			snprintf(why, sizeof(why), "one footnote: a space");
		}
		if (st->o->explain)
			explain_join(st, prev, j, jj, why);
		jk_join_append(&buf, st->f[j].s, jj);
		st->f[j].role = R_DONE;
		prev = j;
	}
	jk_node_add_text(st->doc, fn, JK_NODE_PARA, buf.data, st->f[i].ln);
	jk_buf_free(&buf);
	if (open_para) {
		set_cut(b);
		add_block(b, fn);
	} else
		jk_node_append(b->cur, fn);
	return prev;
}

/* List item marker kinds. */
enum { L_BULLET = 1, L_DASH, L_SQUARE, L_CIRCLED, L_NUM };

static int
marker(const char *s, const char **rest)
{
	int	 kind = 0, n;
	const char *p = s;

	if (strncmp(s, "•", 3) == 0 || strncmp(s, "·", 2) == 0 ||
	    strncmp(s, "▶", 3) == 0) {
		kind = L_BULLET;
		p += strncmp(s, "·", 2) == 0 ? 2 : 3;
	} else if (s[0] == '-') {
		kind = L_DASH;
		p++;
	} else if (strncmp(s, "■", 3) == 0 || strncmp(s, "□", 3) == 0) {
		kind = L_SQUARE;
		p += 3;
	} else if (st_circled(s)) {
		kind = L_CIRCLED;
		jk_utf8_get(s, strlen(s), &n);
		p += n;
	}
	while (*p == ' ')
		p++;
	*rest = p;
	return kind;
}

static int
list_item(struct bctx *b, int i)
{
	struct st	*st = b->st;
	struct jk_node	*it;
	struct jk_buf	 buf;
	const char	*rest;
	int		 kind = marker(st->f[i].s, &rest), j, prev = i;
	char		 why[200];
	enum jk_join	 jj;

	flush_para(b);
	if (b->list == NULL || b->listkind != kind) {
		b->list = jk_node_new(st->doc, JK_NODE_LIST, st->f[i].ln);
		if (kind == L_CIRCLED)
			b->list->flags |= JK_F_ORDERED;
		b->listkind = kind;
		jk_node_append(b->cur, b->list);
	}
	it = jk_node_new(st->doc, JK_NODE_ITEM, st->f[i].ln);
	it->label = jk_arena_strndup(st->doc->arena, st->f[i].s,
	    (size_t)(rest - st->f[i].s));
	while (it->label[0] != '\0' &&
	    it->label[strlen(it->label) - 1] == ' ')
		((char *)it->label)[strlen(it->label) - 1] = '\0';
	jk_buf_init(&buf);
	jk_buf_puts(&buf, rest);
	/* hanging continuation lines */
	for (j = next_body(b, i); j >= 0; j = next_body(b, j)) {
		const struct fl *f = &st->f[j], *pf = &st->f[prev];

		if (f->k & (K_BULLET | K_CIRCLED | K_CAPTION | K_BYLINE |
		    K_NOTE | K_NUMHEAD | K_SOURCE | K_NUMROW))
			break;
		if (f->blanks > 1 || (pf->k & K_TERM))
			break;
		/* a heading after the last item, over running text */
		if (f->blanks >= 1 && f->trail == 0 && pf->trail == 0 &&
		    !glue_known(st, prev, j) && is_heading(b, j))
			break;
		if (f->blanks == 1 && !b->jc.double_spaced &&
		    pf->trail == 0 && pf->w < 0.6 * st->p90)
			break;
		if (pf->w < 0.8 * b->jc.p90 && pf->trail == 0 &&
		    !(f->k & K_OPEN))
			break;
		why[0] = '\0';
		jj = jk_join_decide(st->t, pf->l, f->l, f->blanks, 0, &b->jc,
		    st->o->explain ? why : NULL, sizeof(why));
		if (st->o->explain)
			explain_join(st, prev, j, jj, why);
		if (jj == JK_JOIN_PARA)
			break;
		jk_join_append(&buf, f->s, jj);
		st->f[j].role = R_DONE;
		prev = j;
	}
	st_inline(st, it, buf.data, st->f[i].ln, b->a);
	jk_buf_free(&buf);
	jk_node_append(b->list, it);
	return prev;
}

/* Running text: prose, or a full line that is not table or chart text. */
static int
running(const struct st *st, int i)
{
	const struct fl	*f = &st->f[i];

	if (st_is_prose(st, i))
		return 1;
	return f->w >= 0.7 * st->p90 && !(f->k & (K_SOURCE | K_NUMROW |
	    K_CAPTION | K_LABEL)) && strstr(f->s, "  ") == NULL;
}

/* Unnumbered heading: rule 7. */
static int
is_heading(struct bctx *b, int i)
{
	struct st	*st = b->st;
	const struct fl	*f = &st->f[i];
	int		 nx = next_body(b, i), dg, la;

	if (f->k & (K_TERM | K_CAPTION | K_SOURCE | K_NUMROW | K_NOTE |
	    K_BULLET | K_LABEL))
		return 0;
	if (nx < 0 || (st->f[nx].k & (K_OPEN | K_CAPTION)))
		return 0;
	/* narrower than the column; with no trailing space it may be
	 * wider when alone between blank lines in single-spaced text, or
	 * right over a numbered heading */
	if (f->w < 2 || (f->w >= 0.8 * b->jc.p90 && !(f->trail == 0 &&
	    f->w < 0.95 * b->jc.p90 && ((!b->jc.double_spaced &&
	    f->blanks >= 1 && st->f[nx].blanks >= 1) ||
	    (st->f[nx].k & K_NUMHEAD)))))
		return 0;
	if (b->pfirst >= 0 && !(st->f[b->plast].k & K_TERM))
		return 0;
	/* a heading introduces running text */
	if ((f->k & K_ADSIG) || (!running(st, nx) &&
	    !(st->f[nx].k & (K_NUMHEAD | K_BULLET | K_CIRCLED)) &&
	    !(nx + 1 < st->n && running(st, nx + 1))))
		return 0;
	if (strstr(f->s, "  ") != NULL)
		return 0;
	if (st_hangul_share(f->s, &dg, &la) < 0.4)
		return 0;
	/* a line that ends on a case particle before a word break goes
	 * on as a sentence ("…전망서가 올해도␠") */
	if (f->trail > 0) {
		static const char *const pe[] = { "을", "를", "도", "은", "는",
		    "와", "과", "에", NULL };
		const char	*lw = strrchr(f->s, ' ');
		int		 k;

		lw = lw != NULL ? lw + 1 : f->s;
		for (k = 0; pe[k] != NULL; k++)
			if (strlen(lw) >= 9 && st_ends_with(lw, pe[k]))
				return 0;
	}
	return 1;
}

/* A box that turns out to hold numbered sections was a section: its
 * title becomes a heading and its blocks go back to the article. */
static void
dissolve_sidebar(struct bctx *b)
{
	struct jk_node	*sb = b->cur, *t, *h, *c, *nx;

	flush_para(b);
	b->cur = b->art;
	if (sb == b->art || sb->type != JK_NODE_SIDEBAR)
		return;
	h = jk_node_new(b->st->doc, JK_NODE_HEADING, sb->line);
	h->level = 1;
	if ((t = jk_node_child(sb, JK_NODE_TITLE)) != NULL) {
		for (c = t->first; c != NULL; c = nx) {
			nx = c->next;
			jk_node_append(h, c);
		}
		jk_node_unlink(t);
	}
	jk_node_insert_before(sb, h);
	for (c = sb->first; c != NULL; c = nx) {
		nx = c->next;
		jk_node_insert_before(sb, c);
	}
	jk_node_unlink(sb);
	b->seen1 = 1;
}

/* Headings: numbered (level 2), circled (3), unnumbered (1); two-line
 * unnumbered headings are merged; "…소개" / "참고" open a sidebar. */
static int
heading(struct bctx *b, int i, int level)
{
	int		 plain = !(b->st->f[i].k & (K_NUMHEAD | K_CIRCLED));
	struct st	*st = b->st;
	struct jk_node	*h, *sb;
	struct jk_buf	 buf;
	int		 nx = next_body(b, i), last = i, nn;
	const char	*s = st->f[i].s;
	size_t		 len;

	flush_para(b);
	close_list(b);
	jk_buf_init(&buf);
	jk_buf_puts(&buf, s);
	/* a numbered heading wrapped onto a short second line */
	if ((st->f[i].k & K_NUMHEAD) && nx >= 0 && st->f[nx].blanks == 0 &&
	    st->f[nx].w < 0.6 * b->jc.p90 && !(st->f[nx].k & (K_TERM |
	    K_CAPTION | K_NUMHEAD | K_BULLET)) && st->f[i].w >= 0.6 *
	    b->jc.p90 && (nn = next_body(b, nx)) >= 0 && running(st, nn)) {
		jk_buf_putc(&buf, ' ');
		jk_buf_puts(&buf, st->f[nx].s);
		st->f[nx].role = R_DONE;
		last = nx;
	}
	if (plain && nx >= 0 && st->f[nx].blanks <= 1 &&
	    (st->f[i].trail > 0 || st_ends_with(s, ":") ||
	    st_ends_with(s, ",")) && st->f[nx].w < 0.8 * b->jc.p90 &&
	    !(st->f[nx].k & (K_TERM | K_CAPTION | K_NUMHEAD | K_BULLET |
	    K_SOURCE | K_NOTE)) && (nn = next_body(b, nx)) >= 0 &&
	    !(st->f[nn].k & K_OPEN) && st->f[nx].trail == 0) {
		jk_buf_putc(&buf, ' ');
		jk_buf_puts(&buf, st->f[nx].s);
		st->f[nx].role = R_DONE;
		last = nx;
	}
	len = strlen(s);
	if (plain && b->cur == b->art && box_title(s) && len < 40) {
		sb = jk_node_new(st->doc, JK_NODE_SIDEBAR, st->f[i].ln);
		sb->label = "box";
		jk_node_add_text(st->doc, sb, JK_NODE_TITLE, buf.data,
		    st->f[i].ln);
		jk_node_append(b->art, sb);
		b->cur = sb;
		jk_buf_free(&buf);
		return last;
	}
	if (b->cur != b->art && !(b->st->f[i].k & K_CIRCLED))
		leave_sidebar(b);
	h = jk_node_new(st->doc, JK_NODE_HEADING, st->f[i].ln);
	h->level = level;
	st_inline(st, h, buf.data, st->f[i].ln, b->a);
	jk_node_append(b->cur, h);
	jk_buf_free(&buf);
	return last;
}

/* The eojeol made by gluing the last word of flow line prev to the
 * first word of line i, into w; its length, or 0. */
size_t
st_glue_word(const struct st *st, int prev, int i, char *w, size_t wlen)
{
	const char	*a = strrchr(st->f[prev].s, ' '), *e;
	size_t		 la, lb;

	a = a != NULL ? a + 1 : st->f[prev].s;
	e = strchr(st->f[i].s, ' ');
	la = strlen(a);
	lb = e != NULL ? (size_t)(e - st->f[i].s) : strlen(st->f[i].s);
	if (la + lb + 1 > wlen || !st_is_hangul_start(st->f[i].s))
		return 0;
	memcpy(w, a, la);
	memcpy(w + la, st->f[i].s, lb);
	while (lb > 0 && strchr(".,;:)”’\"", w[la + lb - 1]) != NULL)
		lb--;
	w[la + lb] = '\0';
	return la + lb;
}

/* "문의: …", "신청 방법: …": a line opened by a short label and a
 * colon. */
static int
colon_field(const char *s)
{
	const char	*p = s;
	int		 n = 0;

	while (n <= 8 && (st_is_hangul_start(p) || (*p == ' ' && p > s))) {
		if (*p == ' ')
			p++;
		else {
			p += 3;
			n++;
		}
	}
	while (*p == ' ')
		p++;
	return n >= 2 && n <= 8 && p[0] == ':' && p[1] == ' ';
}

/* "첫째," "셋째," "다섯째,": an ordinal opening a point. */
static int
ordinal_start(const char *s)
{
	const char	*p = s;
	int		 n = 0;

	while (st_is_hangul_start(p) && n < 4) {
		p += 3;
		n++;
	}
	return n >= 2 && p[0] == ',' && p - 3 >= s &&
	    strncmp(p - 3, "째", 3) == 0;
}

/* Does gluing line i to line prev make a word the document knows? */
static int
glue_known(const struct st *st, int prev, int i)
{
	char	 w[200];
	size_t	 n = st_glue_word(st, prev, i, w, sizeof(w));

	return n > 0 && jk_vocab_has(st->t, w, n);
}

/*
 * A sentence cut by a figure, glued mid-word to the first line after
 * the figure: does that make a word the document knows?  If not, and a
 * later line of the unit opens with a bound morpheme that does make
 * one, the sentence goes on there (a column swap): returns that line.
 */
static int
better_resume(struct bctx *b, int prev, int i)
{
	struct st	*st = b->st;
	char		 w[200];
	size_t		 n;
	int		 j, found = -1, cnt = 0;

	if (st->f[prev].trail > 0 || (st->f[i].k & K_OPEN))
		return -1;
	if ((n = st_glue_word(st, prev, i, w, sizeof(w))) == 0 ||
	    jk_vocab_has(st->t, w, n))
		return -1;
	for (j = i + 1; j < b->a->to; j++) {
		if (!(st->f[j].k & K_OPEN) || st->f[j].role != R_BODY ||
		    st->f[j].art != b->k ||
		    st->f[j].blanks == 0 || (j > 0 &&
		    !(st->f[j - 1].k & K_TERM)))
			continue;
		if ((n = st_glue_word(st, prev, j, w, sizeof(w))) > 0 &&
		    jk_vocab_has(st->t, w, n)) {
			found = j;
			cnt++;
		}
	}
	return cnt == 1 ? found : -1;
}

/* Report a join of two extraction blocks whose glued eojeol the
 * document does not know: the order may be wrong. */
static int
check_glue(struct st *st, int prev, int i)
{
	char		 w[200];
	size_t		 n;

	if ((n = st_glue_word(st, prev, i, w, sizeof(w))) == 0 ||
	    jk_vocab_has(st->t, w, n))
		return 0;
	jk_msg(st->d, JK_M_ORDERUNSURE, st->f[i].ln, "block at line %d glued "
	    "to line %d would make '%s', a word found nowhere else: not "
	    "glued, extraction order kept", st->f[i].ln, st->f[prev].ln, w);
	return 1;
}

static void
prose(struct bctx *b, int i)
{
	struct st	*st = b->st;
	char		 why[200];
	enum jk_join	 j;
	int		 prev = b->plast, cut_before, r;

	close_list(b);
	if (b->pfirst < 0) {
		jk_buf_puts(&b->para, st->f[i].s);
		b->pfirst = b->plast = i;
		return;
	}
	why[0] = '\0';
	j = jk_join_decide(st->t, st->f[prev].l, st->f[i].l,
	    st->f[i].blanks, 0, &b->jc, st->o->explain ? why : NULL,
	    sizeof(why));
	/* two spaces after a sentence that does not end the article,
	 * and the text goes on with no blank line in double-spaced text:
	 * the paragraph goes on */
	if (j == JK_JOIN_PARA && (st->f[prev].k & K_ENDCAND) &&
	    !(st->f[prev].k & K_END) && b->jc.double_spaced &&
	    st->f[i].blanks == 0 && st->f[i].lead == 0 &&
	    !ordinal_start(st->f[i].s)) {
		j = JK_JOIN_SPACE;
		if (st->o->explain)
			snprintf(why, sizeof(why), "two trailing spaces but no "
			    "article end, next line follows at once");
	}
	/* "신청 방법: …" then "문의: …": one field a line */
	if (j != JK_JOIN_PARA && colon_field(st->f[prev].s) &&
	    colon_field(st->f[i].s) && st->f[i].blanks <= 1) {
		j = JK_JOIN_PARA;
		if (st->o->explain)
			snprintf(why, sizeof(why), "a 'label: value' line after "
			    "another");
	}
	/* an advert is short lines: glue one to the next mid-word only
	 * when that makes a known word */
	if (j == JK_JOIN_NONE && b->a->advert &&
	    st->f[prev].w < 0.6 * b->jc.p90 && !glue_known(st, prev, i)) {
		j = JK_JOIN_PARA;
		if (st->o->explain)
			snprintf(why, sizeof(why), "advert lines, and the glued "
			    "word is unknown");
	}
	/* inside a single-spaced run (the line is glued to the one
	 * before it), a blank line after a closed sentence ends the
	 * paragraph, as in single-spaced text; not when the sentence
	 * closes with a trailing space (a wrap inside the paragraph) and
	 * the run began inside a double-spaced paragraph */
	if (j == JK_JOIN_SPACE && (st->f[prev].k & K_TERM) &&
	    !(st->f[prev].trail > 0 && run_start(b, prev) > b->pfirst) &&
	    b->jc.double_spaced && st->f[prev].blanks == 0 &&
	    prev > b->pfirst && st->f[i].blanks == 1 &&
	    st->f[prev].lead == 0 && st->f[prev - 1].l != st->f[prev].l &&
	    st_is_prose(st, prev - 1) && !(st->f[prev - 1].k & K_TERM)) {
		j = JK_JOIN_PARA;
		if (st->o->explain)
			snprintf(why, sizeof(why), "single-spaced run: a "
			    "closed sentence, then a blank line");
	}
	/* "셋째, …" after a closed sentence opens the next point */
	if (j == JK_JOIN_SPACE && (st->f[prev].k & K_TERM) &&
	    ordinal_start(st->f[i].s)) {
		j = JK_JOIN_PARA;
		if (st->o->explain)
			snprintf(why, sizeof(why), "closed sentence, then an "
			    "ordinal opens the next point");
	}
	cut_before = b->cut;
	if (b->cut && b->a->rs_from == st->f[prev].ln) {
		/* the cut sentence goes on in a column extracted later */
		jk_msg(st->d, JK_M_ORDERUNSURE, st->f[i].ln, "line %d starts "
		    "a new sentence; the sentence cut at line %d goes on at "
		    "line %d", st->f[i].ln, st->f[prev].ln, b->a->rs_to);
		b->openpara = 1;
		b->cut = b->cutcount = 0;
		j = JK_JOIN_PARA;
		if (st->o->explain)
			snprintf(why, sizeof(why), "cut sentence resumes at "
			    "line %d", b->a->rs_to);
	} else if (b->cut && (r = better_resume(b, prev, i)) >= 0) {
		/* the cut sentence goes on further down: leave the
		 * paragraph open for the reading-order repair */
		jk_msg(st->d, JK_M_ORDERUNSURE, st->f[i].ln, "line %d does not "
		    "continue the sentence cut at line %d; line %d does",
		    st->f[i].ln, st->f[prev].ln, st->f[r].ln);
		b->openpara = 1;
		b->cut = b->cutcount = 0;
		j = JK_JOIN_PARA;
		if (st->o->explain)
			snprintf(why, sizeof(why), "cut sentence resumes at "
			    "line %d", st->f[r].ln);
	} else if (b->cut && j == JK_JOIN_PARA) {
		j = st->f[prev].trail > 0 ? JK_JOIN_SPACE : JK_JOIN_NONE;
		if (st->o->explain)
			snprintf(why, sizeof(why), "the sentence goes on "
			    "across a figure, %s", st->f[prev].trail > 0 ?
			    "trailing space" : "no trailing space");
	}
	if (st->o->explain)
		explain_join(st, prev, i, j, why);
	if (b->cut) {
		if (b->cutcount)
			st->nsentjoin++;
		jk_msg(st->d, JK_M_SENTJOIN, st->f[i].ln,
		    "sentence from line %d continues after the figure",
		    st->f[prev].ln);
		b->cut = b->cutcount = 0;
	}
	if (j == JK_JOIN_PARA) {
		flush_para(b);
		jk_buf_puts(&b->para, st->f[i].s);
		b->pfirst = b->plast = i;
		return;
	}
	/* a new extraction block glued mid-word: is that word real?  If
	 * not, the block does not continue this text */
	if (j == JK_JOIN_NONE && st->f[i].lead > 0 && !cut_before &&
	    check_glue(st, prev, i)) {
		flush_para(b);
		jk_buf_puts(&b->para, st->f[i].s);
		b->pfirst = b->plast = i;
		return;
	}
	jk_join_append(&b->para, st->f[i].s, j);
	b->plast = i;
}

/* === key/value records ================================================= */

/* The first word of a short line, if it can be a field name: 2-5
 * Hangul syllables, maybe with a colon.  Length in bytes or 0. */
static size_t
field_word(const struct st *st, int i)
{
	const struct fl	*f = &st->f[i];
	const char	*p = f->s;
	size_t		 n = 0;

	if ((f->k & (K_TERM | K_NUMROW | K_CAPTION | K_BULLET | K_CIRCLED |
	    K_NUMHEAD | K_NOTE | K_SOURCE)) || f->w >= 0.7 * st->p90)
		return 0;
	while (*p != '\0' && *p != ' ' && *p != ':' && st_is_hangul_start(p)) {
		p += 3;
		n++;
	}
	if (n < 2 || n > 5 || (*p != '\0' && *p != ' ' && *p != ':'))
		return 0;
	return (size_t)(p - f->s);
}

/* Field names of this unit: first words that open >= 3 short lines
 * (in the order of their first line, at most 8); a record listing needs
 * at least two of them.  One pass, counting in a hash table. */
static void
find_fields(struct bctx *b)
{
	struct st	*st = b->st;
	GHashTable	*cnt;
	GPtrArray	*order;
	char		*w;
	gpointer	 v;
	guint		 o;
	int		 i;
	size_t		 l;

	b->nfields = 0;
	cnt = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	order = g_ptr_array_new();
	for (i = b->a->from; i < b->a->to; i++) {
		if (st->f[i].art != b->k || st->f[i].role != R_BODY ||
		    (l = field_word(st, i)) == 0)
			continue;
		w = g_strndup(st->f[i].s, l);
		if (g_hash_table_lookup_extended(cnt, w, NULL, &v)) {
			g_hash_table_insert(cnt, w, GINT_TO_POINTER(
			    GPOINTER_TO_INT(v) + 1));
		} else {
			g_hash_table_insert(cnt, w, GINT_TO_POINTER(1));
			g_ptr_array_add(order, w);
		}
	}
	for (o = 0; o < order->len && b->nfields < 8; o++) {
		w = g_ptr_array_index(order, o);
		if (GPOINTER_TO_INT(g_hash_table_lookup(cnt, w)) >= 3)
			b->fields[b->nfields++] = jk_arena_strndup(
			    st->doc->arena, w, strlen(w));
	}
	g_ptr_array_free(order, TRUE);
	g_hash_table_destroy(cnt);
	if (b->nfields < 2)
		b->nfields = 0;
}

static int
field_at(const struct bctx *b, int i)
{
	size_t	 l = field_word(b->st, i);
	int	 n;

	for (n = 0; l > 0 && n < b->nfields; n++)
		if (strlen(b->fields[n]) == l &&
		    memcmp(b->fields[n], b->st->f[i].s, l) == 0)
			return n;
	return -1;
}

/* A run of records "field value" (value maybe on the lines below) as a
 * two-column table, a new table each time the first field comes back. */
static int
records(struct bctx *b, int i)
{
	struct st	*st = b->st;
	struct jk_node	*tab = NULL, *row, *c;
	struct jk_buf	 val;
	const char	*s;
	int		 j, first = field_at(b, i), last = i, f, more;

	flush_para(b);
	close_list(b);
	jk_buf_init(&val);
	for (j = i; j >= 0; ) {
		if ((f = field_at(b, j)) < 0)
			break;
		if (tab == NULL || (f == first && j != i)) {
			tab = jk_node_new(st->doc, JK_NODE_TABLE, st->f[j].ln);
			jk_node_append(b->cur, tab);
		}
		row = jk_node_add(st->doc, tab, JK_NODE_ROW, st->f[j].ln);
		c = jk_node_add(st->doc, row, JK_NODE_CELL, st->f[j].ln);
		c->flags |= JK_F_HEADER;
		jk_node_append(c, jk_text_new(st->doc, b->fields[f],
		    (size_t)-1, st->f[j].ln));
		s = st->f[j].s + strlen(b->fields[f]);
		while (*s == ' ' || *s == ':')
			s++;
		jk_buf_reset(&val);
		jk_buf_puts(&val, s);
		st->f[j].role = R_DONE;
		last = j;
		/* value lines under the field name (or after a value that
		 * runs on) */
		more = *s == '\0' || st->f[j].trail > 0;
		for (j = next_body(b, j); more && j >= 0 && field_at(b, j) < 0 &&
		    (*s == '\0' || st->f[j].blanks == 0) &&
		    st->f[j].w < 0.7 * st->p90 && !(st->f[j].k & (K_TERM |
		    K_CAPTION | K_BULLET | K_CIRCLED | K_NUMHEAD | K_NOTE |
		    K_LABEL)) && st->f[j].blanks <= 1 && j - last <= 3;
		    j = next_body(b, j)) {
			jk_join_append(&val, st->f[j].s, JK_JOIN_SPACE);
			st->f[j].role = R_DONE;
			last = j;
			if (*s != '\0')
				more = st->f[j].trail > 0 ||
				    st_ends_with(st->f[j].s, ",");
		}
		c = jk_node_add(st->doc, row, JK_NODE_CELL, st->f[last].ln);
		if (val.len > 0)
			jk_node_append(c, jk_text_new(st->doc, val.data,
			    (size_t)-1, st->f[last].ln));
	}
	jk_buf_free(&val);
	return last;
}

/* Does a table start at i?  Sets *cap and *head (flow lines or -1). */
static int
table_at(struct bctx *b, int i, int *cap, int *head, int loose)
{
	struct st	*st = b->st;
	int		 n1 = next_body(b, i), n2, n3, j, m;

	*cap = *head = -1;
	if (n1 < 0)
		return 0;
	/* under a caption: up to four header lines (wrapped cells, units)
	 * before the numeric rows */
	if (loose && !(st->f[i].k & K_NUMROW)) {
		for (j = i, m = 0; j >= 0 && m < 4 && !(st->f[j].k & (K_NUMROW |
		    K_TERM | K_CAPTION)) && st->f[j].w < 0.9 * b->jc.p90;
		    j = next_body(b, j), m++)
			;
		if (j >= 0 && m > 0 && (st->f[j].k & K_NUMROW) &&
		    (n2 = next_body(b, j)) >= 0 && (st->f[n2].k & K_NUMROW)) {
			*head = i;
			return 1;
		}
	}
	if (st->f[i].k & K_NUMROW)
		return (st->f[n1].k & K_NUMROW) != 0;
	n2 = next_body(b, n1);
	if ((st->f[n1].k & K_NUMROW) && n2 >= 0 &&
	    (st->f[n2].k & K_NUMROW) && !(st->f[i].k & K_TERM)) {
		*head = i;
		return 1;
	}
	if (n2 < 0 || (n3 = next_body(b, n2)) < 0)
		return 0;
	if (!(st->f[i].k & (K_TERM | K_NUMROW)) && !(st->f[n1].k & (K_TERM |
	    K_NUMROW)) && (st->f[n2].k & K_NUMROW) &&
	    (st->f[n3].k & K_NUMROW) && st->f[i].w < 0.8 * st->p90) {
		*cap = i;
		*head = n1;
		return 1;
	}
	return 0;
}

/* "1차", "2단계": the key of a row of a bullet table. */
static int
bkey(const struct bctx *b, int i)
{
	const char	*s = b->st->f[i].s, *p = s;
	int		 n = 0;

	while (*p >= '0' && *p <= '9')
		p++;
	if (p == s || p - s > 2)
		return 0;
	for (; *p != '\0' && st_is_hangul_start(p); p += 3)
		n++;
	return *p == '\0' && n >= 1 && n <= 2;
}

/* A value line of a bullet table: "25%", "(2018.7.)", "10%(2018.9.)". */
static int
bvalue(const struct bctx *b, int i)
{
	const struct fl	*f = &b->st->f[i];

	return (f->s[0] == '(' || (f->s[0] >= '0' && f->s[0] <= '9')) &&
	    f->w < 0.6 * b->jc.p90 && !bkey(b, i) &&
	    !(f->k & (K_BULLET | K_CAPTION | K_TERM | K_NOTE | K_NUMHEAD));
}

/*
 * A table whose rows were flattened to a key line ("1차"), bullet lines
 * (one cell) and value lines (another cell): "표 1" of a report, often
 * with its caption after it.  Three rows at least, each with a bullet
 * and a value.  Returns the last line used, or -1.
 */
static int
bullet_table(struct bctx *b, int i)
{
	struct st	*st = b->st;
	struct jk_node	*tab, *row, *c, *fig = NULL, *node;
	struct jk_buf	 val;
	const char	*rest;
	int		 j, k, head = -1, nrows = 0, nb, nv, last, cap;
	char		 lab[32];

	k = i;
	if (!bkey(b, i)) {
		if ((st->f[i].k & (K_TERM | K_BULLET | K_CAPTION)) ||
		    strchr(st->f[i].s, ' ') == NULL ||
		    st->f[i].w >= 0.8 * b->jc.p90 ||
		    (k = next_body(b, i)) < 0 || !bkey(b, k))
			return -1;
		head = i;
	}
	for (j = k; j >= 0 && bkey(b, j); nrows++) {
		for (nb = nv = 0, j = next_body(b, j); j >= 0; j = next_body(b,
		    j)) {
			if (st->f[j].k & K_BULLET)
				nb++;
			else if (bvalue(b, j))
				nv++;
			else if (nb == 0 || nv > 0 || bkey(b, j) ||
			    (st->f[j].k & (K_CAPTION | K_NUMHEAD | K_NOTE)) ||
			    st->f[j].lead > 0)
				break;
		}
		if (nb == 0 || nv == 0)
			return -1;
	}
	if (nrows < 3)
		return -1;
	tab = jk_node_new(st->doc, JK_NODE_TABLE, st->f[i].ln);
	if (head >= 0) {
		st_header_row(st, tab, st->f[head].s, 3, st->f[head].ln);
		st->f[head].role = R_DONE;
	}
	jk_buf_init(&val);
	last = head;
	for (j = k; j >= 0 && bkey(b, j); ) {
		row = jk_node_add(st->doc, tab, JK_NODE_ROW, st->f[j].ln);
		jk_node_add_text(st->doc, row, JK_NODE_CELL, st->f[j].s,
		    st->f[j].ln);
		st->f[j].role = R_DONE;
		last = j;
		c = jk_node_add(st->doc, row, JK_NODE_CELL, st->f[j].ln);
		jk_buf_reset(&val);
		for (nv = 0, j = next_body(b, j); j >= 0; j = next_body(b, j)) {
			if (st->f[j].k & K_BULLET) {
				marker(st->f[j].s, &rest);
				if (c->first != NULL)
					jk_node_append(c, jk_node_new(st->doc,
					    JK_NODE_BREAK, st->f[j].ln));
				jk_node_append(c, jk_text_new(st->doc, rest,
				    (size_t)-1, st->f[j].ln));
			} else if (bvalue(b, j)) {
				if (val.len > 0)
					jk_buf_putc(&val, ' ');
				jk_buf_puts(&val, st->f[j].s);
				nv++;
			} else if (nv == 0 && !bkey(b, j) && !(st->f[j].k &
			    (K_CAPTION | K_NUMHEAD | K_NOTE)) &&
			    st->f[j].lead == 0 && c->last != NULL) {
				/* a bullet wrapped onto this line */
				jk_node_append(c, jk_text_new(st->doc, " ", 1,
				    st->f[j].ln));
				jk_node_append(c, jk_text_new(st->doc,
				    st->f[j].s, (size_t)-1, st->f[j].ln));
			} else
				break;
			st->f[j].role = R_DONE;
			last = j;
		}
		jk_node_add_text(st->doc, row, JK_NODE_CELL, val.data != NULL ?
		    val.data : "", st->f[last].ln);
	}
	jk_buf_free(&val);
	node = tab;
	/* the caption printed under the table */
	if ((cap = next_body(b, last)) >= 0 && (st->f[cap].k & K_CAPTION) &&
	    (j = next_body(b, cap)) >= 0 && !(st->f[j].k & (K_CAPTION |
	    K_SOURCE | K_NUMHEAD)) && st->f[j].lead == 0) {
		const char *s = st->f[cap].s;
		size_t	 w = strncmp(s, "그림", 6) == 0 ? 6 : 3;
		const char *num = s + w;

		while (*num == ' ')
			num++;
		fig = jk_node_new(st->doc, JK_NODE_FIGURE, st->f[cap].ln);
		snprintf(lab, sizeof(lab), "%.*s %s", (int)w, s, num);
		fig->label = jk_doc_strdup(st->doc, lab);
		jk_node_add_text(st->doc, fig, JK_NODE_CAPTION, st->f[j].s,
		    st->f[j].ln);
		jk_node_append(fig, tab);
		st->f[cap].role = st->f[j].role = R_DONE;
		last = j;
		b->nfig++;
		node = fig;
		b->lastfig = fig;
	}
	close_list(b);
	if (b->pfirst >= 0 && !(st->f[b->plast].k & K_TERM))
		set_cut(b);
	else
		flush_para(b);
	add_block(b, node);
	return last;
}

static int
title_line(const struct bctx *b, int i)
{
	const struct fl	*f = &b->st->f[i];
	int		 dg, la;

	return !(f->k & (K_TERM | K_CAPTION | K_SOURCE | K_BULLET | K_NUMROW |
	    K_NOTE | K_BYLINE | K_CIRCLED | K_NUMHEAD)) &&
	    f->w < 0.6 * b->jc.p90 && !st_is_prose(b->st, i) &&
	    strstr(f->s, "  ") == NULL &&
	    st_hangul_share(f->s, &dg, &la) + (double)la /
	    (double)(strlen(f->s) + 1) > 0.25;
}

/*
 * Item titles printed one under the other at the top of a page (news
 * pages: "K-R&D␠" / "휴먼 르네상스(I)" / "2024년 하반기␠" / "‘KOITA IR
 * DEMODAY’"), right after page furniture and before running text: a
 * line with a trailing space and the short line under it make one
 * title.  Each becomes a heading.  Returns the last line, or -1.
 */
static int
stacked_titles(struct bctx *b, int i)
{
	struct st	*st = b->st;
	int		 j, nx, n = 0, end = -1, g0[6], g1[6], k;

	if (!st->furnbefore[i] || b->cur != b->art)
		return -1;
	for (j = i; j >= 0 && n < 6 && title_line(b, j); ) {
		nx = next_body(b, j);
		g0[n] = g1[n] = j;
		if (st->f[j].trail > 0 && nx >= 0 && title_line(b, nx) &&
		    st->f[nx].blanks <= 1) {
			g1[n] = nx;
			nx = next_body(b, nx);
		}
		n++;
		end = g1[n - 1];
		j = nx;
	}
	if (n < 2 || j < 0 || !running(st, j) || (st->f[j].k & K_OPEN))
		return -1;
	flush_para(b);
	close_list(b);
	for (k = 0; k < n; k++) {
		struct jk_node	*h = jk_node_add_text(st->doc, b->art,
		    JK_NODE_HEADING, join_lines(st, g0[k], g1[k] + 1, 1, -1),
		    st->f[g0[k]].ln);

		h->level = 1;
		st->f[g0[k]].role = st->f[g1[k]].role = R_DONE;
	}
	b->seen1 = 1;
	return end;
}

/* "(기술수요) …": a line opened by a parenthesised field label. */
static int
paren_label(const char *s)
{
	const char	*e;
	int		 n = 0;

	if (s[0] != '(')
		return 0;
	for (e = s + 1; *e != '\0' && *e != ')' && st_is_hangul_start(e);
	    e += 3)
		n++;
	return *e == ')' && n >= 2 && n <= 6 && e[1] == ' ';
}

/* A short one-word row key ("탄소중립") over labelled lines. */
static int
row_key(const struct bctx *b, int i)
{
	const struct fl	*f = &b->st->f[i];
	int		 nx = next_body(b, i);

	return nx >= 0 && paren_label(b->st->f[nx].s) && !paren_label(f->s) &&
	    f->w < 0.4 * b->jc.p90 && strchr(f->s, ' ') == NULL &&
	    !(f->k & (K_TERM | K_CAPTION | K_BULLET | K_NUMROW)) &&
	    st_is_hangul_start(f->s);
}

/*
 * Rows of a key and its labelled lines (a flattened two-column table:
 * "탄소중립" / "(기술수요) …" / "(정책제언) …"), with the header line
 * above them if it names the columns.  Needs two rows.  Returns the
 * last line used, or -1.
 */
static int
keyed_rows(struct bctx *b, int i)
{
	struct st	*st = b->st;
	struct jk_node	*tab, *row, *c;
	struct jk_buf	 val;
	int		 j, head = -1, nrows = 0, last = -1, prev;
	const char	*sp;

	if (!row_key(b, i)) {
		/* "분야 주요 내용": a header line over the rows */
		j = next_body(b, i);
		if (j < 0 || !row_key(b, j) || strchr(st->f[i].s, ' ') == NULL ||
		    (st->f[i].k & (K_TERM | K_NUMROW)) ||
		    st->f[i].w >= 0.6 * b->jc.p90)
			return -1;
		head = i;
		i = j;
	}
	for (j = i; j >= 0 && row_key(b, j); nrows++)
		for (j = next_body(b, j); j >= 0 && (paren_label(st->f[j].s) ||
		    (!row_key(b, j) && st->f[j].w >= 0.4 * b->jc.p90 &&
		    !(st->f[j].k & (K_CAPTION | K_NUMHEAD | K_NOTE | K_BYLINE |
		    K_TERM)))); j = next_body(b, j))
			;
	if (nrows < 2)
		return -1;
	flush_para(b);
	close_list(b);
	tab = jk_node_new(st->doc, JK_NODE_TABLE, st->f[head >= 0 ? head :
	    i].ln);
	if (head >= 0) {
		row = jk_node_add(st->doc, tab, JK_NODE_ROW, st->f[head].ln);
		row->flags |= JK_F_HEADER;
		sp = strchr(st->f[head].s, ' ');
		c = jk_node_add(st->doc, row, JK_NODE_CELL, st->f[head].ln);
		c->flags |= JK_F_HEADER;
		jk_node_append(c, jk_text_new(st->doc, st->f[head].s,
		    (size_t)(sp - st->f[head].s), st->f[head].ln));
		c = jk_node_add(st->doc, row, JK_NODE_CELL, st->f[head].ln);
		c->flags |= JK_F_HEADER;
		jk_node_append(c, jk_text_new(st->doc, sp + 1, (size_t)-1,
		    st->f[head].ln));
		st->f[head].role = R_DONE;
		last = head;
	}
	jk_buf_init(&val);
	for (j = i; j >= 0 && row_key(b, j); ) {
		row = jk_node_add(st->doc, tab, JK_NODE_ROW, st->f[j].ln);
		c = jk_node_add(st->doc, row, JK_NODE_CELL, st->f[j].ln);
		jk_node_append(c, jk_text_new(st->doc, st->f[j].s, (size_t)-1,
		    st->f[j].ln));
		st->f[j].role = R_DONE;
		last = j;
		c = jk_node_add(st->doc, row, JK_NODE_CELL, st->f[j].ln);
		for (j = next_body(b, j); j >= 0 && paren_label(st->f[j].s); ) {
			if (c->first != NULL)
				jk_node_append(c, jk_node_new(st->doc,
				    JK_NODE_BREAK, st->f[j].ln));
			jk_buf_reset(&val);
			jk_buf_puts(&val, st->f[j].s);
			st->f[j].role = R_DONE;
			last = prev = j;
			/* a labelled line wrapped onto the next one */
			for (j = next_body(b, j); j >= 0 &&
			    !paren_label(st->f[j].s) && !row_key(b, j) &&
			    !(st->f[j].k & (K_CAPTION | K_NUMHEAD | K_NOTE |
			    K_BYLINE)) && st->f[j].w >= 0.4 * b->jc.p90 &&
			    !(st->f[prev].k & K_TERM); j = next_body(b, j)) {
				jk_join_append(&val, st->f[j].s,
				    st->f[prev].trail > 0 ? JK_JOIN_SPACE :
				    JK_JOIN_NONE);
				st->f[j].role = R_DONE;
				last = prev = j;
			}
			jk_node_append(c, jk_text_new(st->doc, val.data,
			    (size_t)-1, st->f[last].ln));
		}
	}
	jk_buf_free(&val);
	jk_node_append(b->cur, tab);
	return last;
}

/* Is there another tagline at the same place after furniture entry fi? */
static int
later_tagline(const struct st *st, size_t fi)
{
	size_t	 j;

	for (j = fi + 1; j < st->t->nfurn; j++)
		if (st->t->furn[j].kind == JK_FURN_TAGLINE &&
		    st->fpos[j] == st->fpos[fi])
			return 1;
	return 0;
}

int
st_next_body(const struct st *st, int k, int to, int i)
{
	int	 j;

	for (j = i + 1; j < to; j++)
		if (st->f[j].art == k && st->f[j].role == R_BODY)
			return j;
	return -1;
}

void
st_article_body(struct st *st, struct art *a)
{
	struct bctx	 b;
	struct jk_node	*node;
	int		 i, k = (int)(a - st->a), cap, head, lvl;
	size_t		 fi;
	const struct jk_furniture *fu;

	memset(&b, 0, sizeof(b));
	b.st = st;
	b.a = a;
	b.k = k;
	b.pfirst = -1;
	jk_buf_init(&b.para);
	node = jk_node_add(st->doc, st->doc->root, a->advert ?
	    JK_NODE_ADVERT : JK_NODE_ARTICLE, st->f[a->from].ln);
	node->id = jk_arena_printf(st->doc->arena, "a%02d", k + 1);
	a->node = node;
	b.art = b.cur = node;
	/* the column width of the text, not of a table appended to it */
	jk_joinctx_measure(&b.jc, st->t, (size_t)st->f[a->from].idx,
	    (size_t)st->f[(a->tail > a->from ? a->tail : a->to) - 1].idx + 1);
	if (b.jc.p90 < 10)
		b.jc.p90 = st->p90;

	/* what the furniture says about this unit */
	for (fi = 0; fi < st->t->nfurn; fi++) {
		fu = &st->t->furn[fi];
		/* of several taglines before a unit's first line, the last
		 * one is its own; the others close the unit before */
		if (fu->kind == JK_FURN_TAGLINE && a->series == NULL &&
		    ((st->fpos[fi] >= a->from && st->fpos[fi] < a->to &&
		    !(st->fpos[fi] == a->from && later_tagline(st, fi))) ||
		    (st->fpos[fi] == a->to && k + 1 < st->na &&
		    later_tagline(st, fi))))
			a->series = fu->text;
		if (st->fpos[fi] < a->from || (st->fpos[fi] >= a->to &&
		    k + 1 < st->na))
			continue;
		if (fu->kind == JK_FURN_VERTICAL && fu->text != NULL &&
		    strstr(fu->text, "vol") == NULL &&
		    strlen(fu->text) > 3 && (a->section == NULL ||
		    strlen(fu->text) > strlen(a->section)))
			a->section = fu->text;
	}
	if (a->advert)
		for (i = a->from; i < a->to; i++)
			if (st->f[i].art == k && st->f[i].role != R_TITLE &&
			    st->f[i].role != R_DONE)
				st->f[i].role = R_BODY;
	header(&b);
	find_fields(&b);
	while (b.furn < st->t->nfurn && st->fpos[b.furn] < a->from)
		b.furn++;

	for (i = a->from; i < a->to; i++) {
		if (st->f[i].art != k || st->f[i].role != R_BODY)
			continue;
		furniture_upto(&b, i);
		st->f[i].role = R_DONE;
		/* a box ends with its article's end marker; text after
		 * it (a column moved back) is not in the box */
		if (b.cur != b.art && i > 0 && (st->f[i - 1].k & K_END))
			leave_sidebar(&b);
		if (i == a->item0 && a->item1 > i) {
			/* the title of the first item of a section */
			struct jk_node *h;

			flush_para(&b);
			close_list(&b);
			if (b.cur != b.art)
				leave_sidebar(&b);
			h = jk_node_add_text(st->doc, b.art, JK_NODE_HEADING,
			    join_lines(st, i, a->item1, 1, -1), st->f[i].ln);
			h->level = 1;
			b.seen1 = 1;
			for (; i + 1 < a->item1; i++)
				st->f[i + 1].role = R_DONE;
			continue;
		}
		if (st->f[i].k & K_CAPTION) {
			i = figure(&b, i);
			continue;
		}
		if (st->f[i].k & K_PHOTOCAP) {
			struct jk_node *fig = b.lastfig, *cap;

			flush_para(&b);
			cap = jk_node_new(st->doc, JK_NODE_CAPTION, st->f[i].ln);
			st_inline(st, cap, st->f[i].s, st->f[i].ln, a);
			/* the credit printed just above it is this photo's */
			if (fig != NULL && fig->last != NULL &&
			    fig->last->type == JK_NODE_SOURCE &&
			    jk_node_child(fig, JK_NODE_CAPTION) == NULL &&
			    i > 0 && fig->last->line == st->f[i - 1].ln &&
			    !(i + 1 < st->n && (st->f[i + 1].k & K_SOURCE) &&
			    strncmp(st->f[i + 1].s, "©", 2) == 0)) {
				jk_node_prepend(fig, cap);
				continue;
			}
			fig = jk_node_new(st->doc, JK_NODE_FIGURE, st->f[i].ln);
			jk_node_append(fig, cap);
			add_block(&b, fig);
			b.lastfig = fig;
			continue;
		}
		if (st->f[i].k & K_SOURCE) {
			loose_source(&b, i);
			continue;
		}
		if (st->f[i].k & K_NOTE) {
			i = footnote(&b, i);
			continue;
		}
		if ((lvl = bullet_table(&b, i)) >= 0) {
			i = lvl;
			continue;
		}
		if (b.nfields > 0 && field_at(&b, i) >= 0) {
			i = records(&b, i);
			continue;
		}
		if (table_at(&b, i, &cap, &head, 0)) {
			flush_para(&b);
			close_list(&b);
			i = st_table(st, b.cur, NULL, k, a->to, cap, head,
			    head >= 0 ? next_body(&b, head) : i);
			continue;
		}
		if (st->f[i].k & K_NUMHEAD) {
			if (b.cur != b.art)
				dissolve_sidebar(&b);
			i = heading(&b, i, b.seen1 ? 2 : 1);
			b.seennum = 1;
			continue;
		}
		if (st->f[i].k & (K_BULLET | K_CIRCLED)) {
			int nx = next_body(&b, i);

			lvl = 0;
			if ((st->f[i].k & K_CIRCLED) && st->f[i].w <
			    0.8 * b.jc.p90 && !(st->f[i].k & K_TERM) &&
			    st->f[i].trail == 0 && nx >= 0 &&
			    !(st->f[nx].k & (K_CIRCLED | K_OPEN)) &&
			    st_is_prose(st, nx) && b.listkind != L_CIRCLED)
				lvl = 3;
			if (lvl > 0)
				i = heading(&b, i, 1 + b.seen1 + b.seennum);
			else
				i = list_item(&b, i);
			continue;
		}
		if ((lvl = stacked_titles(&b, i)) >= 0) {
			i = lvl;
			continue;
		}
		if ((st->f[i].k & K_DEBRIS) && !st_is_prose(st, i)) {
			int nx = next_body(&b, i);

			if (nx >= 0 && (st->f[nx].k & K_DEBRIS) &&
			    !st_is_prose(st, nx) && !is_heading(&b, i)) {
				int nn = next_body(&b, nx);

				if (nn >= 0 && (st->f[nn].k & K_DEBRIS) &&
				    !st_is_prose(st, nn)) {
					int	 last = loose_debris(&b, i);

					if (last >= 0) {
						i = last;
						continue;
					}
				}
			}
		}
		if ((lvl = keyed_rows(&b, i)) >= 0) {
			i = lvl;
			continue;
		}
		if (is_heading(&b, i)) {
			b.seen1 = 1;
			i = heading(&b, i, 1);
			continue;
		}
		prose(&b, i);
	}
	furniture_upto(&b, k + 1 < st->na ? a->to - 1 : st->n);
	flush_para(&b);
	node->label = a->section;
	st_noterefs(st, node);
	st_order(st, node, a);
	jk_buf_free(&b.para);
}
