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
		st_inline(b->st, p, b->para.data, p->line, b->a);
		if (!jk_node_append(b->cur, p))
			jk_node_append(b->art, p);
	}
	jk_buf_reset(&b->para);
	b->pfirst = -1;
	b->cut = b->cutcount = 0;
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
			j = jk_join_decide(st->t, st->f[prev].l, st->f[i].l,
			    st->f[i].blanks, 0, &jc, NULL, 0);
			if (j == JK_JOIN_PARA)
				j = JK_JOIN_SPACE;
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
	if (t0 >= 0)
		jk_node_add_text(st->doc, sb, JK_NODE_TITLE,
		    join_lines(st, t0, t1, 1, -1), st->f[t0].ln);
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
		const char *s = st->f[sub].s;

		if (s[0] == '-')
			s++;
		else if (strncmp(s, "–", 3) == 0)
			s += 3;
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
		jk_node_add_text(st->doc, dk, JK_NODE_PARA,
		    join_lines(st, a->deck0, a->deck1, 0, R_DECK),
		    st->f[a->deck0].ln);
		jk_msg(st->d, JK_M_ORDER, st->f[a->deck0].ln,
		    "lede placed after the body moved under the title");
	}
	for (k = 0; k < st->nh; k++)
		if (st->h[k].art == b->k && st->h[k].pr0 >= 0)
			add_profile(b, &st->h[k]);
}

/* === body blocks ======================================================== */

static int	 table_at(struct bctx *, int, int *, int *, int);
static int	 running(const struct st *, int);
static int	 field_at(const struct bctx *, int);
static int	 absorb_sources(struct bctx *, struct jk_node *, int);

/* A figure: caption anchor, its title, sources and a debris run. */
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
		jk_node_add_text(st->doc, fig, JK_NODE_CAPTION, st->f[j].s,
		    st->f[j].ln);
		st->f[j].role = R_DONE;
		i = j;
	} else
		jk_msg(st->d, JK_M_CAPTION, st->f[i].ln, "%s", s);
	/* a flattened table under the caption */
	j = next_body(b, i);
	if (j >= 0 && table_at(b, j, &cap, &head, 1) && cap < 0) {
		for (j = head; j >= 0 && !(st->f[j].k & K_NUMROW);
		    j = next_body(b, j))
			;
		i = st_table(st, NULL, fig, b->k, b->a->to, -1, head, j);
		i = absorb_sources(b, fig, i);
		if (b->pfirst >= 0 && !(st->f[b->plast].k & K_TERM))
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
	if (b->pfirst >= 0 && !(st->f[b->plast].k & K_TERM))
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
		    !(st->f[j].k & K_TERM) && st->f[j].blanks == 0))
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
		jj = jk_join_decide(st->t, st->f[prev].l, st->f[j].l, 0, 0,
		    &b->jc, NULL, 0);
		if (jj == JK_JOIN_PARA)
			jj = JK_JOIN_SPACE;
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
		if (f->blanks == 1 && !b->jc.double_spaced &&
		    pf->trail == 0 && pf->w < 0.6 * st->p90)
			break;
		if (pf->w < 0.8 * b->jc.p90 && pf->trail == 0 &&
		    !(f->k & K_OPEN))
			break;
		jj = jk_join_decide(st->t, pf->l, f->l, f->blanks, 0, &b->jc,
		    NULL, 0);
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
	if (f->w < 2 || f->w >= 0.8 * b->jc.p90)
		return 0;
	if (b->pfirst >= 0 && !(st->f[b->plast].k & K_TERM))
		return 0;
	if (nx < 0 || (st->f[nx].k & (K_OPEN | K_CAPTION)))
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

/* Report a join of two extraction blocks whose glued eojeol the
 * document does not know: the order may be wrong. */
static void
check_glue(struct st *st, int prev, int i)
{
	const char	*a = strrchr(st->f[prev].s, ' '), *e;
	char		 w[200];
	size_t		 la, lb;

	a = a != NULL ? a + 1 : st->f[prev].s;
	e = strchr(st->f[i].s, ' ');
	la = strlen(a);
	lb = e != NULL ? (size_t)(e - st->f[i].s) : strlen(st->f[i].s);
	if (la + lb + 1 > sizeof(w) || !st_is_hangul_start(st->f[i].s))
		return;
	memcpy(w, a, la);
	memcpy(w + la, st->f[i].s, lb);
	while (lb > 0 && strchr(".,;:)”’\"", w[la + lb - 1]) != NULL)
		lb--;
	w[la + lb] = '\0';
	if (!jk_vocab_has(st->t, w, la + lb))
		jk_msg(st->d, JK_M_ORDERUNSURE, st->f[i].ln, "block joined to "
		    "line %d makes '%s', a word found nowhere else; extraction "
		    "order kept", st->f[prev].ln, w);
}

static void
prose(struct bctx *b, int i)
{
	struct st	*st = b->st;
	char		 why[200];
	enum jk_join	 j;
	int		 prev = b->plast, cut_before;

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
	if (st->o->explain)
		jk_msg(st->d, JK_M_JOIN, st->f[prev].ln, "%s", why);
	cut_before = b->cut;
	if (b->cut) {
		if (j == JK_JOIN_PARA)
			j = st->f[prev].trail > 0 ? JK_JOIN_SPACE :
			    JK_JOIN_NONE;
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
	/* a new extraction block glued mid-word: is that word real? */
	if (j == JK_JOIN_NONE && st->f[i].lead > 0 && !cut_before)
		check_glue(st, prev, i);
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

/* Field names of this unit: first words that open >= 3 short lines;
 * a record listing needs at least two of them. */
static void
find_fields(struct bctx *b)
{
	struct st	*st = b->st;
	int		 i, j, n, cnt;
	size_t		 l, lj;

	b->nfields = 0;
	for (i = b->a->from; i < b->a->to && b->nfields < 8; i++) {
		if (st->f[i].art != b->k || st->f[i].role != R_BODY ||
		    (l = field_word(st, i)) == 0)
			continue;
		for (n = 0; n < b->nfields; n++)
			if (strlen(b->fields[n]) == l &&
			    memcmp(b->fields[n], st->f[i].s, l) == 0)
				break;
		if (n < b->nfields)
			continue;
		for (cnt = 0, j = i; j < b->a->to; j++)
			if (st->f[j].art == b->k && st->f[j].role == R_BODY &&
			    (lj = field_word(st, j)) == l &&
			    memcmp(st->f[j].s, st->f[i].s, l) == 0)
				cnt++;
		if (cnt >= 3)
			b->fields[b->nfields++] = jk_arena_strndup(
			    st->doc->arena, st->f[i].s, l);
	}
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
	jk_joinctx_measure(&b.jc, st->t, (size_t)st->f[a->from].idx,
	    (size_t)st->f[a->to - 1].idx + 1);
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
		if (st->f[i].k & K_CAPTION) {
			i = figure(&b, i);
			continue;
		}
		if (st->f[i].k & K_PHOTOCAP) {
			struct jk_node *fig = jk_node_new(st->doc,
			    JK_NODE_FIGURE, st->f[i].ln);

			flush_para(&b);
			jk_node_add_text(st->doc, fig, JK_NODE_CAPTION,
			    st->f[i].s, st->f[i].ln);
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
	st_order(st, node);
	jk_buf_free(&b.para);
}
