/*
 * blocks.c -- one article: the body builder.  Each flow line of the
 * article is offered, in this order, to the block kinds below (figure,
 * photo caption, source, footnote, tables, headings, lists, debris,
 * heading, prose); the first that takes it builds its block.  The kinds
 * live in their own files: header.c, figures.c, notes.c, records.c,
 * headings.c, prose.c.
 */
#include <stdlib.h>
#include <string.h>

#include "blkpriv.h"

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
void
bk_explain_join(struct st *st, int a, int b, enum jk_join j, const char *why)
{
	char	 ta[64], hb[64];

	clip(ta, sizeof(ta), st->f[a].s, 6, 1);
	clip(hb, sizeof(hb), st->f[b].s, 6, 0);
	jk_msg(st->d, JK_M_JOIN, st->f[a].ln, "%d|%d: %s: %s [%s|%s]",
	    st->f[a].ln, st->f[b].ln, join_name(j), why != NULL && *why !=
	    '\0' ? why : "no signal", ta, hb);
}

/* Where the unit's lines end in the flow: a report on a shared
 * spread goes on past the next one's start. */
int
bk_unit_to(const struct bctx *b)
{
	return b->a->ext_to > b->a->to ? b->a->ext_to : b->a->to;
}

int
bk_next_body(const struct bctx *b, int i)
{
	return st_next_body(b->st, b->k, bk_unit_to(b), i);
}

void
bk_add_block(struct bctx *b, struct jk_node *n)
{
	if (b->pfirst >= 0 && b->npending < 64) {
		b->pending[b->npending++] = n;
		return;
	}
	if (!jk_node_append(b->cur, n))
		jk_node_append(b->art, n);
}

/* A block (figure, note, debris) interrupts the open paragraph. */
void
bk_set_cut(struct bctx *b)
{
	/* measured only for running sentences, not table or list text */
	if (!b->cut && b->pfirst >= 0 && (st_is_prose(b->st, b->plast) ||
	    b->para.len > 80)) {
		b->st->nfigcut++;
		b->cutcount = 1;
	}
	b->cut = 1;
}

void
bk_close_list(struct bctx *b)
{
	b->list = NULL;
	b->listkind = 0;
}

void
bk_flush_para(struct bctx *b)
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
	b->cutby = CUT_FIGURE;
	for (i = 0; i < b->npending; i++)
		if (!jk_node_append(b->cur, b->pending[i]))
			jk_node_append(b->art, b->pending[i]);
	b->npending = 0;
}

void
bk_leave_sidebar(struct bctx *b)
{
	bk_flush_para(b);
	b->cur = b->art;
}

/* Join lines [from, to) of one kind (title, bio...) into one string. */
const char *
bk_join_lines(struct st *st, int from, int to, int title, int role)
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
				bk_explain_join(st, prev, i, j, why);
			jk_join_append(&buf, st->f[i].s, j);
		}
		prev = i;
	}
	s = jk_doc_strdup(st->doc, buf.data != NULL ? buf.data : "");
	jk_buf_free(&buf);
	return s;
}

/* === furniture ========================================================== */

void
bk_furniture_upto(struct bctx *b, int i)
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
				bk_add_block(b, n);
			}
			n = jk_node_new(b->st->doc, JK_NODE_PAGEBREAK,
			    fu->lineno);
			n->label = jk_doc_strdup(b->st->doc,
			    fu->folio_hi != NULL ? fu->folio_hi : fu->text);
			bk_add_block(b, n);
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

/* Does the circled-number line i look like a heading: short, open, over
 * running text? */
static int
circled_heading(const struct bctx *b, int i)
{
	const struct st	*st = b->st;
	int		 nx = bk_next_body(b, i);

	return st->f[i].w < 0.8 * b->jc.p90 && !(st->f[i].k & K_TERM) &&
	    st->f[i].trail == 0 && nx >= 0 &&
	    !(st->f[nx].k & (K_CIRCLED | K_OPEN)) && st_is_prose(st, nx);
}

/* A dash line i after the paragraph in progress, with text the
 * extraction put between them (a header, a figure): does it go on a
 * sentence left open there ("… 기본 설정도구␠" … "- 기본 설정 - 차트
 * …"), as classify() reads a dash right after such a line, rather than
 * begin a list? */
static int
dash_goes_on(const struct bctx *b, int i)
{
	return b->pfirst >= 0 && b->plast != i - 1 &&
	    strncmp(b->st->f[i].s, "- ", 2) == 0 &&
	    st_dash_goes_on(b->st, b->plast);
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
	b.circhead = -1;
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
	bk_header(&b);
	/* one decision for the kind: ① ② ③ all headings or all items,
	 * as most of them look */
	for (i = a->from, lvl = 0, cap = 0; i < a->to; i++)
		if (st->f[i].art == k && st->f[i].role == R_BODY &&
		    (st->f[i].k & K_CIRCLED)) {
			if (circled_heading(&b, i))
				lvl++;
			else
				cap++;
		}
	b.circhead = lvl > 0 && lvl >= cap ? 1 : cap > 0 ? 0 : -1;
	bk_find_fields(&b);
	while (b.furn < st->t->nfurn && st->fpos[b.furn] < a->from)
		b.furn++;

	for (i = a->from; i < (a->ext_to > a->to ? a->ext_to : a->to); i++) {
		if (st->f[i].art != k || st->f[i].role != R_BODY) {
			/* a byline group printed across an open sentence
			 * (moved to the header): the sentence goes on after
			 * it, as after a figure */
			if (st->f[i].art == k && st->inhdr[i] &&
			    (st->f[i].role == R_BYLINE || st->f[i].role ==
			    R_AFFIL || st->f[i].role == R_BIO) &&
			    b.pfirst >= 0 && b.plast == i - 1 &&
			    !(st->f[b.plast].k & K_TERM)) {
				bk_set_cut(&b);
				b.cutby = CUT_BYLINE;
			}
			continue;
		}
		bk_furniture_upto(&b, i);
		st->f[i].role = R_DONE;
		/* a box ends with its article's end marker; text after
		 * it (a column moved back) is not in the box */
		if (b.cur != b.art && i > 0 && (st->f[i - 1].k & K_END))
			bk_leave_sidebar(&b);
		if (i == a->item0 && a->item1 > i) {
			/* the title of the first item of a section */
			struct jk_node *h;

			bk_flush_para(&b);
			bk_close_list(&b);
			if (b.cur != b.art)
				bk_leave_sidebar(&b);
			h = jk_node_add_text(st->doc, b.art, JK_NODE_HEADING,
			    bk_join_lines(st, i, a->item1, 1, -1), st->f[i].ln);
			h->level = 1;
			b.seen1 = 1;
			for (; i + 1 < a->item1; i++)
				st->f[i + 1].role = R_DONE;
			continue;
		}
		if (st->f[i].k & K_CAPTION) {
			i = bk_figure(&b, i);
			continue;
		}
		if ((lvl = bk_cut_box(&b, i)) >= 0) {
			i = lvl;
			continue;
		}
		if (st->f[i].k & K_PHOTOCAP) {
			struct jk_node *fig = b.lastfig, *cap;

			/* a photo printed across a sentence cuts it as a
			 * figure does; else it ends the paragraph (so does
			 * a line that closes its block with two spaces) */
			if (b.pfirst >= 0 && !(st->f[b.plast].k & K_TERM) &&
			    st->f[b.plast].trail < 2)
				bk_set_cut(&b);
			else
				bk_flush_para(&b);
			cap = jk_node_new(st->doc, JK_NODE_CAPTION, st->f[i].ln);
			st_inline(st, cap, st->f[i].s, st->f[i].ln, a);
			/* a caption of several lines is one caption */
			while (i + 1 < a->to && (st->f[i + 1].k & K_PHOTOCAP) &&
			    st->f[i + 1].blanks <= 1 &&
			    st->f[i + 1].role == R_BODY) {
				i++;
				st_inline(st, cap, " ", st->f[i].ln, a);
				st_inline(st, cap, st->f[i].s, st->f[i].ln, a);
			}
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
			bk_add_block(&b, fig);
			b.lastfig = fig;
			continue;
		}
		if ((st->f[i].k & K_STUB) && (lvl = bk_loose_debris(&b, i)) >=
		    0) {
			i = lvl;
			continue;
		}
		if ((lvl = bk_anchorless_chart(&b, i)) >= 0) {
			i = lvl;
			continue;
		}
		if (st->f[i].k & K_SOURCE) {
			bk_loose_source(&b, i);
			continue;
		}
		if (st->f[i].k & K_NOTE) {
			i = bk_footnote(&b, i);
			continue;
		}
		if ((lvl = bk_bullet_table(&b, i)) >= 0) {
			i = lvl;
			continue;
		}
		if (b.nfields > 0 && bk_field_at(&b, i) >= 0) {
			i = bk_records(&b, i);
			continue;
		}
		if (bk_table_at(&b, i, &cap, &head, 0)) {
			bk_flush_para(&b);
			bk_close_list(&b);
			i = st_table(st, b.cur, NULL, k, a->to, cap, head,
			    head >= 0 ? bk_next_body(&b, head) : i);
			continue;
		}
		if (st->f[i].k & K_NUMHEAD) {
			if (b.cur != b.art)
				bk_dissolve_sidebar(&b);
			i = bk_heading(&b, i, b.seen1 ? 2 : 1);
			b.seennum = 1;
			continue;
		}
		if ((st->f[i].k & (K_BULLET | K_CIRCLED)) &&
		    !dash_goes_on(&b, i)) {
			lvl = 0;
			if ((st->f[i].k & K_CIRCLED) && (b.circhead == 1 ||
			    (b.circhead < 0 && circled_heading(&b, i))))
				lvl = 3;
			if (lvl > 0)
				i = bk_heading(&b, i, 1 + b.seen1 + b.seennum);
			else
				i = bk_list_item(&b, i);
			continue;
		}
		if ((lvl = bk_stacked_titles(&b, i)) >= 0) {
			i = lvl;
			continue;
		}
		if ((st->f[i].k & K_DEBRIS) && !st_is_prose(st, i)) {
			int nx = bk_next_body(&b, i);

			/* glyphs printed twice are a figure's display
			 * type, never running text, even alone */
			if (st->f[i].k & K_DOUBLED) {
				int	 last = bk_loose_debris(&b, i);

				if (last >= 0) {
					i = last;
					continue;
				}
			}

			if (nx >= 0 && (st->f[nx].k & K_DEBRIS) &&
			    !st_is_prose(st, nx) && !bk_is_heading(&b, i)) {
				int nn = bk_next_body(&b, nx);

				if (nn >= 0 && (st->f[nn].k & K_DEBRIS) &&
				    !st_is_prose(st, nn)) {
					int	 last = bk_loose_debris(&b, i);

					if (last >= 0) {
						i = last;
						continue;
					}
				}
			}
		}
		if ((lvl = bk_keyed_rows(&b, i)) >= 0) {
			i = lvl;
			continue;
		}
		if (bk_is_heading(&b, i)) {
			b.seen1 = 1;
			if (b.cut) {
				/* the cut sentence stays open, reported */
				jk_msg(st->d, JK_M_ORDERUNSURE, st->f[i].ln,
				    "line %d is a heading: the sentence cut at "
				    "line %d does not go on there; left open",
				    st->f[i].ln, st->f[b.plast].ln);
				b.openpara = 1;
				b.cut = b.cutcount = 0;
				b.cutby = CUT_FIGURE;
			}
			i = bk_heading(&b, i, 1);
			continue;
		}
		bk_prose(&b, i);
	}
	bk_furniture_upto(&b, k + 1 < st->na ? a->to - 1 : st->n);
	bk_flush_para(&b);
	node->label = a->section;
	st_noterefs(st, node);
	st_grid_captions(st, node);
	st_order(st, node, a);
	jk_buf_free(&b.para);
}
