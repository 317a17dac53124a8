/*
 * layout-rows.c -- blocks to rows: headings, paragraphs, lists, listings,
 * figures, boxes, each a run of rows with keeps.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "layout-int.h"

/* === rows ============================================================== */

struct row *
row_new(struct rows *R, double h, double before)
{
	struct row	*r;

	if (R->n == R->a) {
		R->a = R->a ? R->a * 2 : 64;
		R->r = jk_xreallocarray(R->r, R->a, sizeof(*R->r));
	}
	r = &R->r[R->n++];
	memset(r, 0, sizeof(*r));
	r->h = h;
	r->before = before;
	r->olevel = -1;
	return r;
}

struct jk_pitem *
row_item(struct row *r, enum jk_pkind kind)
{
	struct jk_pitem	*it;

	if (r->nitems == r->aitems) {
		r->aitems = r->aitems ? r->aitems * 2 : 4;
		r->items = jk_xreallocarray(r->items, r->aitems,
		    sizeof(*r->items));
	}
	it = &r->items[r->nitems++];
	memset(it, 0, sizeof(*it));
	it->kind = kind;
	it->col = -1;
	return it;
}

void
item_free(struct jk_pitem *it)
{
	int	 i;

	for (i = 0; i < it->nsegs; i++)
		pseg_free(&it->segs[i]);
	free(it->segs);
	free(it->text);
	free(it->dest);
}

void
rows_free(struct rows *R)
{
	int	 i, j;

	for (i = 0; i < R->n; i++) {
		for (j = 0; j < R->r[i].nitems; j++)
			item_free(&R->r[i].items[j]);
		free(R->r[i].items);
		free(R->r[i].otitle);
		free(R->r[i].odest);
	}
	free(R->r);
	R->r = NULL;
	R->n = R->a = R->spooled = 0;
}

/* Write the items of the rows not yet spooled to the spool and free them:
 * a block's glyphs leave memory once the block is set. */
void
rows_spool(struct lay *Y, struct rows *R)
{
	struct row	*r;
	int		 j;

	for (; R->spooled < R->n; R->spooled++) {
		r = &R->r[R->spooled];
		if (r->nitems == 0)
			continue;
		jk_spool_put(Y->L->spool, r->items, r->nitems, &r->soff,
		    &r->slen);
		r->sn = r->nitems;
		for (j = 0; j < r->nitems; j++)
			item_free(&r->items[j]);
		free(r->items);
		r->items = NULL;
		r->nitems = r->aitems = 0;
	}
}

/* Baseline of a line of font size in a row of height leading. */
static double
baseline(double size, double leading)
{
	return (leading - size) / 2 + size * 0.86;
}

/* Take line ml (stealing its segments) into row r at x, row-relative. */
struct jk_pitem *
line_item(struct row *r, struct mline *ml, double x, double measure_w,
    int font, double size, double leading, enum jk_lrole role)
{
	struct jk_pitem	*it = row_item(r, JK_PI_LINE);
	int		 i;

	it->x = x + ml->x;
	it->y = baseline(size, leading);
	it->w = ml->w;
	it->ws = ml->ws;
	it->mid = ml->midword;
	it->h = measure_w - it->x;	/* room left of the measure's end */
	it->font = font;
	it->role = role;
	it->segs = ml->segs;
	it->nsegs = ml->nsegs;
	it->text = ml->text;
	ml->segs = NULL;
	ml->nsegs = 0;
	ml->text = NULL;
	for (i = 0; i < it->nsegs; i++)
		if (it->segs[i].font != font)
			break;
	return it;
}

/* Lay t out as rows. */
void
para_rows(struct lay *Y, struct rows *R, struct ptext *t,
    const struct popts *o, int line)
{
	struct mpara	 mp;
	struct row	*r;
	double		 size = Y->L->fonts[t->font].size;
	int		 i, j, k, first = R->n, pno = 0;

	if (t->b.len == 0 && o->marker == NULL)
		return;
	mp = measure_long(Y, t, o, line);
	if (o->para)
		pno = ++Y->para;
	for (i = 0; i < mp.n; i++) {
		struct jk_pitem *it;

		r = row_new(R, o->leading, i == 0 ? o->before : 0);
		r->span = o->span;
		r->group = o->group;
		it = line_item(r, &mp.l[i], o->x, o->x + o->width, t->font,
		    size, o->leading, o->role);
		it->para = pno;
		it->node = t->node;
		it->display = o->display;
		it->ln = i + 1;
		it->nln = mp.n;
		if (i == 0 && o->marker != NULL) {
			struct ptext	 mt;
			struct mpara	 mm;
			int		 k, m;

			/* the marker's glyphs before the line's */
			pt_init(&mt, o->markfont, o->markcolor);
			pt_add(&mt, o->marker, o->markfont, o->markcolor, 0);
			mm = measure(Y, &mt, -1, 0, PANGO_ALIGN_LEFT, 0, 0,
			    line);
			m = mm.n > 0 ? mm.l[0].nsegs : 0;
			it->segs = jk_xreallocarray(it->segs, it->nsegs + m,
			    sizeof(*it->segs));
			memmove(it->segs + m, it->segs, it->nsegs *
			    sizeof(*it->segs));
			for (k = 0; k < m; k++) {
				it->segs[k] = mm.l[0].segs[k];
				it->segs[k].x += o->markx - it->x;
			}
			it->nsegs += m;
			if (m > 0)
				mm.l[0].nsegs = 0;
			mp_free(&mm);
			pt_free(&mt);
			{
				char *nt = jk_xasprintf("%s %s", o->marker,
				    it->text);
				free(it->text);
				it->text = nt;
			}
		}
		if (o->quote) {
			struct jk_pitem *q = row_item(r, JK_PI_RULE);
			q->x = 0;
			q->y = 0;
			q->w = 0;
			q->h = o->leading;
			q->lw = 1.5;
			q->color = Y->st->rule;
		}
	}
	/* widows and orphans: first two and last two lines together */
	if (mp.n >= 2) {
		R->r[first].keep = 1;
		R->r[first + mp.n - 2].keep = 1;
	}
	/* a word broken at a line end is not also broken over a column or
	 * a page (a reader, or a text extractor, would find the running
	 * head and the folio between its halves); a word longer than a
	 * line (a run of more than three such breaks) may */
	for (i = 0; i < mp.n - 1; i = j) {
		for (j = i; j < mp.n - 1 && mp.l[j].midword; j++)
			;
		if (j > i && j - i <= 3)
			for (k = i; k < j; k++)
				R->r[first + k].keep = 1;
		if (j == i)
			j++;
	}
	if (o->nosplit)
		for (i = first; i < R->n - 1; i++)
			R->r[i].keep = 1;
	if (o->keepnext && R->n > first)
		R->r[R->n - 1].keep = 1;
	mp_free(&mp);
}

struct popts
body_opts(struct lay *Y, double x, double width, int group)
{
	struct popts	 o;

	memset(&o, 0, sizeof(o));
	o.x = x;
	o.width = width;
	o.indent = 0;
	o.justify = Y->st->justify;
	o.align = PANGO_ALIGN_LEFT;
	o.leading = Y->st->body.leading;
	o.before = Y->st->para_space;
	o.role = group ? JK_LR_SIDEBAR : JK_LR_BODY;
	o.group = group;
	o.keepall = Y->st->keep_all;
	o.para = 1;
	return o;
}

static void
blocks(struct actx *A, const struct jk_node *parent, double x, double width,
    int group)
{
	const struct jk_node	*c;

	for (c = parent->first; c != NULL; c = c->next)
		block(A, c, x, width, group);
}

static void
heading_rows(struct actx *A, const struct jk_node *n, double x, double width,
    int group)
{
	struct lay	*Y = A->Y;
	int		 lv = n->level >= 1 && n->level <= 3 ? n->level : 1;
	const struct jk_font *f = &Y->st->heading[lv - 1];
	struct ptext	 t;
	struct popts	 o = body_opts(Y, x, width, group);
	struct row	*r;
	int		 first = A->R->n;

	pt_init(&t, font_of(Y, f), lv == 1 ? Y->st->accent : Y->st->text);
	pt_inlines(Y, &t, n, t.font, t.color);
	o.justify = 0;
	o.leading = f->leading;
	o.before = Y->st->body.leading * (lv == 1 ? 1.0 : 0.6);
	o.role = JK_LR_HEAD;
	o.display = 1;		/* between words, balanced */
	o.nosplit = 1;
	o.keepnext = 1;
	o.para = 0;
	para_rows(Y, A->R, &t, &o, n->line);
	pt_free(&t);
	if (A->R->n > first) {
		r = &A->R->r[first];
		r->head = 1;
		if (n->id != NULL && !group && !A->advert) {
			struct jk_pitem *d = row_item(r, JK_PI_DEST);
			d->x = x;
			d->y = 0;
			d->dest = jk_xstrdup(n->id);
			r->olevel = lv;
			r->odest = jk_xstrdup(n->id);
			r->otitle = jk_xstrdup(jk_node_plain(
			    (struct jk_doc *)Y->doc, n));
		}
		for (int i = first; i < A->R->n; i++)
			A->R->r[i].head = 1;
	}
	A->after_head = 1;
	A->head_need = 3;
}

static void
para_block(struct actx *A, const struct jk_node *n, double x, double width,
    int group, const struct jk_font *f, struct jk_rgb color, int indent)
{
	struct lay	*Y = A->Y;
	struct ptext	 t;
	struct popts	 o = body_opts(Y, x, width, group);

	pt_init(&t, font_of(Y, f), color);
	pt_inlines(Y, &t, n, t.font, color);
	o.leading = f->leading;
	o.indent = indent && !A->after_head ? Y->st->para_indent : 0;
	para_rows(Y, A->R, &t, &o, n->line);
	pt_free(&t);
	A->after_head = 0;
}

static void
list_rows(struct actx *A, const struct jk_node *n, double x, double width,
    int group)
{
	struct lay		*Y = A->Y;
	const struct jk_node	*it;
	int			 k = 0;
	double			 hang = Y->st->body.size * 1.4;
	char			 num[32];

	/* the hang fits the widest marker */
	for (it = n->first; it != NULL; it = it->next) {
		struct ptext	 t;
		double		 w;

		k++;
		snprintf(num, sizeof(num), "%d.", k);
		pt_init(&t, Y->f_body, Y->st->text);
		pt_add(&t, it->label != NULL ? it->label :
		    (n->flags & JK_F_ORDERED) ? num : "•", Y->f_body,
		    Y->st->text, 0);
		w = natural_width(Y, &t) + Y->st->body.size * 0.5;
		pt_free(&t);
		if (w > hang && w < width / 3)
			hang = w;
	}
	k = 0;
	for (it = n->first; it != NULL; it = it->next) {
		struct ptext	 t;
		struct popts	 o = body_opts(Y, x + hang, width - hang, group);

		k++;
		snprintf(num, sizeof(num), "%d.", k);
		pt_init(&t, Y->f_body, Y->st->text);
		pt_inlines(Y, &t, it, t.font, t.color);
		o.marker = it->label != NULL ? it->label :
		    (n->flags & JK_F_ORDERED) ? num : "•";
		o.markx = x;
		o.markfont = Y->f_body;
		o.markcolor = Y->st->accent;
		o.before = k == 1 ? Y->st->body.leading * 0.3 : 0;
		para_rows(Y, A->R, &t, &o, it->line);
		pt_free(&t);
	}
	A->after_head = 0;
}

static void
pre_rows(struct actx *A, const struct jk_node *n, double x, double width,
    int group, int span)
{
	struct lay	*Y = A->Y;
	const char	*s = n->text != NULL ? n->text : "", *e;
	double		 lead = Y->st->table.leading;
	int		 first = A->R->n;

	while (*s != '\0') {
		struct ptext	 t;
		struct popts	 o = body_opts(Y, x, width, group);
		char		*ln;

		e = strchr(s, '\n');
		if (e == NULL)
			e = s + strlen(s);
		ln = jk_xstrndup(s, e - s);
		pt_init(&t, Y->f_pre, Y->st->text);
		t.node = n;
		/* runs of spaces are kept: they align columns */
		for (char *p = ln; *p != '\0'; p++)
			if (*p == '\t')
				*p = ' ';
		if (g_utf8_validate(ln, -1, NULL))
			pt_add_raw(&t, ln, Y->f_pre, Y->st->text);
		else {
			char *v = g_utf8_make_valid(ln, -1);
			pt_add_raw(&t, v, Y->f_pre, Y->st->text);
			g_free(v);
		}
		free(ln);
		o.justify = 0;
		o.leading = lead;
		o.keepall = 0;
		o.role = JK_LR_PRE;
		o.span = span;
		o.para = 0;
		o.before = 0;
		if (t.b.len > 0)
			para_rows(Y, A->R, &t, &o, n->line);
		else {
			struct row *r = row_new(A->R, lead * 0.5, 0);
			r->span = span;
			r->group = group;
		}
		pt_free(&t);
		s = *e == '\n' ? e + 1 : e;
	}
	if (A->R->n > first)
		A->R->r[first].before = lead * 0.4;
	/* short listings keep together */
	if (A->R->n - first <= 12)
		for (int i = first; i < A->R->n - 1; i++)
			A->R->r[i].keep = 1;
}


static void
small_para(struct actx *A, const struct jk_node *n, double x, double width,
    int group, int font, struct jk_rgb color, double leading,
    enum jk_lrole role, const char *prefix, int prefont, double before,
    int span)
{
	struct lay	*Y = A->Y;
	struct ptext	 t;
	struct popts	 o = body_opts(Y, x, width, group);

	pt_init(&t, font, color);
	if (prefix != NULL) {
		pt_add(&t, prefix, prefont, Y->st->accent, 0);
		pt_add(&t, " ", font, color, 0);
	}
	if (n != NULL)
		pt_inlines(Y, &t, n, font, color);
	o.justify = 0;
	o.leading = leading;
	o.role = role;
	o.before = before;
	o.span = span;
	o.para = 0;
	para_rows(Y, A->R, &t, &o, n != NULL ? n->line : 0);
	pt_free(&t);
}

static void
figure_rows(struct actx *A, const struct jk_node *n, double x, double width,
    int group)
{
	struct lay		*Y = A->Y;
	const struct jk_node	*c, *cap = jk_node_child(n, JK_NODE_CAPTION);
	int			 first = A->R->n, span = 0;
	double			 lead = Y->st->caption.leading;

	/* caption above */
	if (cap != NULL || n->label != NULL)
		small_para(A, cap, x, width, group, Y->f_cap, Y->st->text, lead,
		    JK_LR_CAPTION, n->label, Y->f_capb, Y->st->body.leading * 0.6,
		    0);
	for (int i = first; i < A->R->n; i++)
		A->R->r[i].keep = 1;
	for (c = n->first; c != NULL; c = c->next) {
		switch (c->type) {
		case JK_NODE_TABLE:
			table_rows(A, c, x, width, group, &span);
			break;
		case JK_NODE_PRE:
			pre_rows(A, c, x, width, group, 0);
			break;
		case JK_NODE_SOURCE:
			small_para(A, c, x, width, group, Y->f_cap,
			    Y->st->muted, lead, JK_LR_CAPTION, NULL, 0, 2, 0);
			break;
		default:
			break;
		}
	}
	/* caption and sources of a figure without a table or listing keep
	 * together, not with the text after them */
	if (jk_node_child(n, JK_NODE_TABLE) == NULL &&
	    jk_node_child(n, JK_NODE_PRE) == NULL && A->R->n > first) {
		for (int i = first; i < A->R->n - 1; i++)
			A->R->r[i].keep = 1;
		A->R->r[A->R->n - 1].keep = 0;
	}
	/* a spanning table takes its caption and sources along */
	if (span)
		for (int i = first; i < A->R->n; i++)
			A->R->r[i].span = 1;
	A->after_head = 0;
}

static void
sidebar_rows(struct actx *A, const struct jk_node *n, double x, double width)
{
	struct lay		*Y = A->Y;
	const struct jk_node	*t = jk_node_child(n, JK_NODE_TITLE), *c;
	double			 pad = 7;
	int			 g = ++Y->group, first;
	struct row		*r;

	r = row_new(A->R, pad, Y->st->body.leading * 0.8);
	r->group = g;
	r->keep = 1;
	first = A->R->n;
	if (t != NULL)
		small_para(A, t, x + pad, width - 2 * pad, g,
		    font_of(Y, &Y->st->heading[1]), Y->st->accent,
		    Y->st->heading[1].leading, JK_LR_SIDEBAR, NULL, 0, 0, 0);
	if (A->R->n > first)
		A->R->r[A->R->n - 1].keep = 1;
	A->after_head = 1;
	for (c = n->first; c != NULL; c = c->next)
		if (c->type != JK_NODE_TITLE)
			block(A, c, x + pad, width - 2 * pad, g);
	r = row_new(A->R, pad, 0);
	r->group = g;
	if (A->R->n >= 2)
		A->R->r[A->R->n - 2].keep = 1;
	A->after_head = 0;
}

void
block(struct actx *A, const struct jk_node *n, double x, double width,
    int group)
{
	struct lay	*Y = A->Y;
	int		 span = 0, first = A->R->n;
	double		 gap = A->gap;

	A->gap = 0;
	switch (n->type) {
	case JK_NODE_HEADING:
		heading_rows(A, n, x, width, group);
		break;
	case JK_NODE_PARA:
		para_block(A, n, x, width, group, &Y->st->body, Y->st->text, 1);
		break;
	case JK_NODE_DECK:
		for (const struct jk_node *p = n->first; p != NULL; p = p->next)
			para_block(A, p, x, width, group, &Y->st->deck,
			    Y->st->accent, 0);
		break;
	case JK_NODE_QUOTE:
		for (const struct jk_node *p = n->first; p != NULL; p = p->next) {
			struct ptext	 t;
			struct popts	 o = body_opts(Y, x + 10, width - 14,
			    group);

			pt_init(&t, font_of(Y, &Y->st->deck), Y->st->text);
			pt_inlines(Y, &t, p, t.font, t.color);
			o.leading = Y->st->deck.leading;
			o.quote = 1;
			o.before = p == n->first ? Y->st->body.leading * 0.5 : 0;
			para_rows(Y, A->R, &t, &o, p->line);
			pt_free(&t);
		}
		break;
	case JK_NODE_LIST:
		list_rows(A, n, x, width, group);
		break;
	case JK_NODE_TABLE:
		table_rows(A, n, x, width, group, &span);
		break;
	case JK_NODE_FIGURE:
		figure_rows(A, n, x, width, group);
		break;
	case JK_NODE_PRE:
		pre_rows(A, n, x, width, group, 0);
		break;
	case JK_NODE_SIDEBAR:
		if (group)	/* a box in a box: its blocks */
			blocks(A, n, x, width, group);
		else
			sidebar_rows(A, n, x, width);
		break;
	case JK_NODE_FOOTNOTE:
		if (A->nnotes == A->anotes) {
			A->anotes = A->anotes ? A->anotes * 2 : 8;
			A->notes = jk_xreallocarray(A->notes, A->anotes,
			    sizeof(*A->notes));
		}
		A->notes[A->nnotes++] = n;
		break;
	case JK_NODE_PAGEBREAK:
		break;
	case JK_NODE_TITLE:
	case JK_NODE_SUBTITLE:
	case JK_NODE_SERIES:
	case JK_NODE_SERIESDESC:
		small_para(A, n, x, width, group, font_of(Y, &Y->st->heading[1]),
		    Y->st->text, Y->st->heading[1].leading, JK_LR_HEAD, NULL, 0,
		    Y->st->body.leading * 0.5, 0);
		break;
	default:
		if (jk_is_inline(n->type) || n->first != NULL) {
			/* stray content: set as a paragraph */
			para_block(A, n, x, width, group, &Y->st->body,
			    Y->st->text, 0);
		}
		break;
	}
	if (A->R->n == first) {	/* nothing set (a note, a page break) */
		A->gap = gap;
		return;
	}
	/* a figure, a table, a box, a listing, a quote or a list stands
	 * off the text after it as it does from the text before it */
	if (A->R->r[first].before < gap)
		A->R->r[first].before = gap;
	/* a figure or a table in a column may float (layout-flow.c) */
	if ((n->type == JK_NODE_FIGURE || n->type == JK_NODE_TABLE) &&
	    !group && !A->R->r[first].span) {
		Y->nfloat++;
		for (int i = first; i < A->R->n; i++)
			A->R->r[i].fl = Y->nfloat;
	}
	/* a heading keeps with the three lines after it, whatever blocks
	 * hold them */
	if (n->type != JK_NODE_HEADING)
		for (int i = first; i < A->R->n && A->head_need > 0; i++)
			if (--A->head_need > 0)
				A->R->r[i].keep = 1;
	switch (n->type) {
	case JK_NODE_FIGURE:
	case JK_NODE_TABLE:
	case JK_NODE_PRE:
	case JK_NODE_SIDEBAR:
		A->gap = Y->st->body.leading * 0.6;
		break;
	case JK_NODE_QUOTE:
	case JK_NODE_LIST:
		A->gap = Y->st->body.leading * 0.3;
		break;
	default:
		A->gap = 0;
		break;
	}
}
