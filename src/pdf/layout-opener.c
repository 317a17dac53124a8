/*
 * layout-opener.c -- article openers (series, title, subtitle, bylines,
 * deck), bios and notes at the end, and the contents page.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "layout-int.h"

/*
 * What to call an article in the contents, the outline and running
 * heads: its title, else its series, else its first heading, else the
 * start of its first paragraph.  In the document's arena.
 */
const char *
article_name(struct lay *Y, const struct jk_node *art)
{
	struct jk_doc		*doc = (struct jk_doc *)Y->doc;
	const struct jk_node	*c;
	const char		*s, *e;
	int			 n;

	if ((c = jk_node_child(art, JK_NODE_TITLE)) != NULL ||
	    (c = jk_node_child(art, JK_NODE_SERIES)) != NULL ||
	    (c = jk_node_child(art, JK_NODE_HEADING)) != NULL)
		if (*(s = jk_node_plain(doc, c)) != '\0')
			return s;
	if ((c = jk_node_child(art, JK_NODE_PARA)) != NULL &&
	    *(s = jk_node_plain(doc, c)) != '\0') {
		/* the first 24 characters, a word boundary if there is one */
		for (e = s, n = 0; *e != '\0' && n < 24;
		    e = g_utf8_next_char(e), n++)
			;
		if (*e == '\0')
			return s;
		return jk_arena_printf(doc->arena, "%.*s…", (int)(e - s), s);
	}
	return art->label != NULL ? art->label : art->id != NULL ? art->id :
	    "";
}

/* Opener: series, title, subtitle, bylines, deck across the block. */
void
opener_rows(struct actx *A, const struct jk_node *art, int advert)
{
	struct lay		*Y = A->Y;
	const struct jk_node	*c;
	double			 W = Y->W;
	int			 first = A->R->n;
	struct row		*r;
	struct ptext		 t;
	struct popts		 o;
	const char		*title;

	o = body_opts(Y, 0, W, 0);
	o.span = 1;
	o.justify = 0;
	o.para = 0;
	o.role = JK_LR_OPENER;
	o.keepall = Y->st->keep_all;
	o.display = 1;		/* series, title, subtitle */

	/* section label or series */
	if ((c = jk_node_child(art, JK_NODE_SERIES)) != NULL ||
	    art->label != NULL) {
		pt_init(&t, font_of(Y, &Y->st->series), Y->st->accent);
		if (c != NULL)
			pt_inlines(Y, &t, c, t.font, t.color);
		else
			pt_add(&t, art->label, t.font, t.color, 0);
		o.leading = Y->st->series.leading;
		o.before = 0;
		para_rows(Y, A->R, &t, &o, art->line);
		pt_free(&t);
	}
	/* the series' description, in small type under its label */
	if ((c = jk_node_child(art, JK_NODE_SERIESDESC)) != NULL) {
		pt_init(&t, Y->f_bio, Y->st->muted);
		pt_inlines(Y, &t, c, t.font, t.color);
		o.leading = Y->st->bio.leading;
		o.before = A->R->n > first ? 2 : 0;
		o.display = 0;
		para_rows(Y, A->R, &t, &o, c->line);
		o.display = 1;
		pt_free(&t);
	}
	if ((c = jk_node_child(art, JK_NODE_TITLE)) != NULL) {
		pt_init(&t, font_of(Y, &Y->st->title), Y->st->text);
		pt_inlines(Y, &t, c, t.font, t.color);
		o.leading = Y->st->title.leading;
		o.before = A->R->n > first ? 4 : 0;
		para_rows(Y, A->R, &t, &o, c->line);
		pt_free(&t);
	}
	if ((c = jk_node_child(art, JK_NODE_SUBTITLE)) != NULL) {
		pt_init(&t, font_of(Y, &Y->st->subtitle), Y->st->muted);
		pt_inlines(Y, &t, c, t.font, t.color);
		o.leading = Y->st->subtitle.leading;
		o.before = 4;
		para_rows(Y, A->R, &t, &o, c->line);
		pt_free(&t);
	}
	o.display = 0;
	for (c = art->first; c != NULL; c = c->next) {
		const struct jk_node *nm, *rl;

		if (c->type != JK_NODE_BYLINE)
			continue;
		nm = jk_node_child(c, JK_NODE_NAME);
		rl = jk_node_child(c, JK_NODE_ROLE);
		if (nm == NULL && rl == NULL)
			continue;
		pt_init(&t, font_of(Y, &Y->st->byline), Y->st->text);
		if (nm != NULL)
			pt_inlines(Y, &t, nm, t.font, t.color);
		if (rl != NULL) {
			pt_add(&t, "  ", t.font, t.color, 0);
			pt_inlines(Y, &t, rl, Y->f_bio, Y->st->muted);
		}
		o.leading = Y->st->byline.leading;
		o.before = 6;
		para_rows(Y, A->R, &t, &o, c->line);
		pt_free(&t);
	}
	/* decks before the body */
	for (c = art->first; c != NULL; c = c->next) {
		if (c->type != JK_NODE_DECK) {
			if (jk_is_block(c->type) && c->type != JK_NODE_PAGEBREAK)
				break;
			continue;
		}
		for (const struct jk_node *p = c->first; p != NULL;
		    p = p->next) {
			pt_init(&t, font_of(Y, &Y->st->deck), Y->st->accent);
			pt_inlines(Y, &t, p, t.font, t.color);
			o.leading = Y->st->deck.leading;
			o.before = 8;
			o.justify = Y->st->justify;
			para_rows(Y, A->R, &t, &o, p->line);
			o.justify = 0;
			pt_free(&t);
		}
	}
	/* a rule under the opener */
	r = row_new(A->R, Y->st->body.leading, A->R->n > first ? 8 : 0);
	r->span = 1;
	{
		struct jk_pitem *it = row_item(r, JK_PI_RULE);
		it->x = 0;
		it->y = Y->st->body.leading * 0.3;
		it->w = W;
		it->lw = advert ? 0.5 : 1.2;
		it->color = Y->st->rule;
	}
	for (int i = first; i < A->R->n; i++) {
		A->R->r[i].keep = 1;
		A->R->r[i].span = 1;
	}
	r = &A->R->r[first];
	if (!advert && art->id != NULL) {
		struct jk_pitem *d = row_item(r, JK_PI_DEST);
		title = article_name(Y, art);
		d->dest = jk_xstrdup(art->id);
		r->olevel = 0;
		r->odest = jk_xstrdup(art->id);
		r->otitle = jk_xstrdup(title);
	}
}

/* Bios (rule above, smaller) and footnotes at the end of the article. */
void
end_rows(struct actx *A, const struct jk_node *art)
{
	struct lay		*Y = A->Y;
	const struct jk_node	*c;
	int			 firstbio = 1, i;

	for (c = art->first; c != NULL; c = c->next) {
		const struct jk_node *bio, *nm;
		int		 first = A->R->n;

		if (c->type != JK_NODE_BYLINE ||
		    (bio = jk_node_child(c, JK_NODE_BIO)) == NULL)
			continue;
		nm = jk_node_child(c, JK_NODE_NAME);
		{
			struct ptext	 t;
			struct popts	 o = body_opts(Y, 0, Y->colw, 0);

			pt_init(&t, Y->f_bio, Y->st->muted);
			if (nm != NULL) {
				pt_inlines(Y, &t, nm, Y->f_bioname, Y->st->text);
				pt_add(&t, " ", Y->f_bio, Y->st->muted, 0);
			}
			pt_inlines(Y, &t, bio, Y->f_bio, Y->st->muted);
			o.leading = Y->st->bio.leading;
			o.role = JK_LR_BIO;
			o.before = firstbio ? Y->st->body.leading * 1.2 : 4;
			o.para = 0;
			para_rows(Y, A->R, &t, &o, bio->line);
			pt_free(&t);
		}
		if (firstbio && A->R->n > first) {
			struct jk_pitem *it = row_item(&A->R->r[first],
			    JK_PI_RULE);
			it->x = 0;
			it->y = -4;
			it->w = Y->colw;
			it->lw = 0.6;
			it->color = Y->st->rule;
			firstbio = 0;
		}
		for (i = first; i < A->R->n - 1 && A->R->n - first <= 8; i++)
			A->R->r[i].keep = 1;
	}
	for (i = 0; i < A->nnotes; i++) {
		const struct jk_node	*fn = A->notes[i], *p;
		int			 first = A->R->n;
		double			 hang = Y->st->note.size * 2.2;

		for (p = fn->first; p != NULL; p = p->next) {
			struct ptext	 t;
			struct popts	 o = body_opts(Y, hang, Y->colw - hang, 0);

			pt_init(&t, Y->f_note, Y->st->text);
			pt_inlines(Y, &t, p, Y->f_note, Y->st->text);
			o.leading = Y->st->note.leading;
			o.role = JK_LR_NOTE;
			o.justify = 0;	/* notes carry long addresses */
			o.before = p == fn->first ? 2 : 0;
			o.para = 0;
			if (p == fn->first) {
				o.marker = fn->label != NULL ? fn->label : "*";
				o.markx = 0;
				o.markfont = Y->f_noteb;
				o.markcolor = Y->st->accent;
			}
			para_rows(Y, A->R, &t, &o, p->line);
			pt_free(&t);
		}
		if (i == 0 && A->R->n > first) {
			struct jk_pitem *it = row_item(&A->R->r[first],
			    JK_PI_RULE);
			it->x = 0;
			it->y = -3;
			it->w = Y->colw / 3;
			it->lw = 0.5;
			it->color = Y->st->muted;
			A->R->r[first].before += Y->st->body.leading;
		}
	}
}

/* === contents =========================================================== */



/*
 * The style's issue line with the metadata put in: {volume} {issue}
 * {date} as given, {year} {month} {day} from the date (YYYY-MM-DD, the
 * month and day without a leading zero).  NULL (no line) when a value it
 * names is missing.  Caller frees.
 */
static char *
issue_line(struct lay *Y)
{
	const char	*tpl = Y->st->issue_line, *p, *e, *date, *v;
	struct jk_buf	 b;
	int		 y = 0, m = 0, d = 0;
	char		 num[16], key[16];

	if (tpl == NULL || *tpl == '\0')
		return NULL;
	date = jk_meta_get(Y->doc, "date");
	if (date != NULL)
		sscanf(date, "%d-%d-%d", &y, &m, &d);
	jk_buf_init(&b);
	jk_buf_puts(&b, "");
	for (p = tpl; *p != '\0'; p = e) {
		if (*p != '{' || (e = strchr(p, '}')) == NULL ||
		    (size_t)(e - p) > sizeof(key) - 1) {
			jk_buf_putc(&b, *p);
			e = p + 1;
			continue;
		}
		memcpy(key, p + 1, e - p - 1);
		key[e - p - 1] = '\0';
		e++;
		v = NULL;
		num[0] = '\0';
		if (strcmp(key, "year") == 0 || strcmp(key, "month") == 0 ||
		    strcmp(key, "day") == 0) {
			/* from the date; missing when the date lacks it */
			int n = key[0] == 'y' ? y : key[0] == 'm' ? m : d;

			if (n > 0)
				snprintf(num, sizeof(num), "%d", n);
		} else if (strcmp(key, "volume") == 0 ||
		    strcmp(key, "issue") == 0 || strcmp(key, "date") == 0)
			v = jk_meta_get(Y->doc, key);
		else {		/* not a name: the text as it is */
			jk_buf_add(&b, p, e - p);
			continue;
		}
		if ((v == NULL || *v == '\0') && num[0] == '\0') {
			jk_buf_free(&b);
			return NULL;
		}
		jk_buf_puts(&b, v != NULL ? v : num);
	}
	return jk_buf_detach(&b);
}

/* Dot leaders filling [x0, x1) of row r, right-aligned so that the dots
 * of all entries stand in columns. */
static void
leaders(struct lay *Y, struct row *r, double x0, double x1, double y)
{
	struct ptext	 t;
	struct mpara	 mp;
	struct jk_pitem	*it;
	struct jk_buf	 b;
	double		 dw;
	int		 n, k;

	if (Y->dotw <= 0) {
		pt_init(&t, Y->f_run, Y->st->muted);
		pt_add(&t, ". . . . . . . . . .", t.font, t.color, 0);
		Y->dotw = natural_width(Y, &t) / 9.5;
		pt_free(&t);
	}
	dw = Y->dotw;
	n = dw > 0 ? (int)floor((x1 - x0) / dw) : 0;
	if (n < 2)
		return;
	/* the dots as one span: one run to shape and one segment to draw,
	 * not one per dot */
	jk_buf_init(&b);
	for (k = 0; k < n; k++)
		jk_buf_puts(&b, k == 0 ? "." : " .");
	pt_init(&t, Y->f_run, Y->st->muted);
	pt_add(&t, b.data, t.font, t.color, 0);
	jk_buf_free(&b);
	/* one line by its count, right-aligned in x1 - x0 + dw: measured
	 * without a measure (breaking it would weigh every space) */
	mp = measure(Y, &t, 0, 0, PANGO_ALIGN_LEFT, 0, 0, 0);
	if (mp.n > 0)
		mp.l[0].x = (x1 - x0 + dw) - mp.l[0].w;
	if (mp.n > 0) {
		it = line_item(r, &mp.l[0], x0 - dw, x1, Y->f_run,
		    Y->L->fonts[Y->f_run].size, 0, JK_LR_TOC);
		it->y = y;
	}
	mp_free(&mp);
	pt_free(&t);
}

void
contents_rows(struct lay *Y, struct rows *R, const struct centry *ce,
    int nce, int real)
{
	struct actx	 A;
	struct ptext	 t;
	struct popts	 o;
	const char	*v;
	const char	*prev_label = NULL;
	char		*il;
	double		 numw = 36;
	int		 i;

	memset(&A, 0, sizeof(A));
	A.Y = Y;
	A.R = R;
	o = body_opts(Y, 0, Y->W, 0);
	o.span = 1;
	o.justify = 0;
	o.para = 0;
	o.role = JK_LR_TOC;

	pt_init(&t, font_of(Y, &Y->st->title), Y->st->text);
	pt_add(&t, "차례", t.font, t.color, 0);
	o.leading = Y->st->title.leading;
	para_rows(Y, R, &t, &o, 0);
	pt_free(&t);
	pt_init(&t, font_of(Y, &Y->st->subtitle), Y->st->muted);
	if ((v = jk_meta_get(Y->doc, "title")) != NULL)
		pt_add(&t, v, t.font, t.color, 0);
	if ((il = issue_line(Y)) != NULL) {
		if (t.b.len > 0)
			pt_add(&t, " · ", t.font, t.color, 0);
		pt_add(&t, il, t.font, t.color, 0);
		free(il);
	}
	o.leading = Y->st->subtitle.leading;
	o.before = 4;
	para_rows(Y, R, &t, &o, 0);
	pt_free(&t);
	{
		struct row *r = row_new(R, 14, 4);
		struct jk_pitem *it = row_item(r, JK_PI_RULE);

		r->span = 1;
		it->x = 0;
		it->y = 6;
		it->w = Y->W;
		it->lw = 1.2;
		it->color = Y->st->rule;
	}
	for (i = 0; i < nce; i++) {
		const struct jk_node	*art = ce[i].art, *c;
		int			 first = R->n, k, tlast;
		char			 num[16];

		if (art->label != NULL && (prev_label == NULL ||
		    strcmp(prev_label, art->label) != 0)) {
			pt_init(&t, font_of(Y, &Y->st->series), Y->st->accent);
			pt_add(&t, art->label, t.font, t.color, 0);
			o.x = 0;
			o.width = Y->W;
			o.leading = Y->st->series.leading;
			o.before = 9;
			para_rows(Y, R, &t, &o, art->line);
			pt_free(&t);
			R->r[R->n - 1].keep = 1;
		}
		prev_label = art->label;
		first = R->n;
		pt_init(&t, font_of(Y, &Y->st->heading[1]), Y->st->text);
		if ((c = jk_node_child(art, JK_NODE_TITLE)) != NULL)
			pt_inlines(Y, &t, c, t.font, t.color);
		else
			pt_add(&t, article_name(Y, art), t.font, t.color, 0);
		o.x = 0;
		o.width = Y->W - numw;
		o.leading = Y->st->heading[1].leading;
		o.before = 3;
		para_rows(Y, R, &t, &o, art->line);
		pt_free(&t);
		tlast = R->n - 1;
		/* names under the title */
		pt_init(&t, Y->f_bio, Y->st->muted);
		for (c = art->first; c != NULL; c = c->next) {
			const struct jk_node *nm;
			if (c->type != JK_NODE_BYLINE ||
			    (nm = jk_node_child(c, JK_NODE_NAME)) == NULL)
				continue;
			if (t.b.len > 0)
				pt_add(&t, " · ", t.font, t.color, 0);
			pt_inlines(Y, &t, nm, t.font, t.color);
		}
		if (t.b.len > 0) {
			o.leading = Y->st->bio.leading;
			o.before = 0;
			para_rows(Y, R, &t, &o, art->line);
		}
		pt_free(&t);
		if (R->n == first || tlast < first)
			continue;
		/* the page number, right-aligned on the title's last line,
		 * leaders from the title to it */
		if (real)
			snprintf(num, sizeof(num), "%d", ce[i].page);
		else
			snprintf(num, sizeof(num), "000");
		pt_init(&t, Y->f_runb, Y->st->accent);
		pt_add(&t, num, t.font, t.color, 0);
		{
			struct mpara	 mp = measure(Y, &t, numw, 0,
			    PANGO_ALIGN_RIGHT, 0, 0, 0);
			struct row	*r = &R->r[tlast];
			struct jk_pitem	*tl = NULL, *nl;

			for (k = 0; k < r->nitems; k++)
				if (r->items[k].kind == JK_PI_LINE)
					tl = &r->items[k];
			if (mp.n > 0 && tl != NULL) {
				double	 ty = tl->y, tx = tl->x + tl->w;

				nl = line_item(r, &mp.l[0], Y->W - numw, Y->W,
				    Y->f_runb, Y->L->fonts[Y->f_runb].size,
				    0, JK_LR_TOC);
				nl->y = ty;
				leaders(Y, r, tx + 6, nl->x - 4, ty);
			}
			mp_free(&mp);
		}
		pt_free(&t);
		for (k = first; k < R->n; k++) {
			R->r[k].keep = k < R->n - 1;
			for (int m = 0; m < R->r[k].nitems; m++)
				if (R->r[k].items[m].kind == JK_PI_LINE &&
				    art->id != NULL)
					R->r[k].items[m].dest =
					    jk_xstrdup(art->id);
		}
		/* an entry's glyphs leave memory once it is set */
		rows_spool(Y, R);
	}
	free(A.notes);
}
