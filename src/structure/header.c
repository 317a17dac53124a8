/*
 * header.c -- the header of one article: series, title, subtitle,
 * bylines with affiliation and bio, featured-person profile, deck.
 */
#include <stdlib.h>
#include <string.h>

#include "blkpriv.h"

/* === header ============================================================= */

static void
add_byline(struct bctx *b, const struct hdr *h)
{
	struct st	*st = b->st;
	struct jk_node	*by;
	struct jk_buf	 role;
	const char	*s, *p, *q, *position = NULL;
	char		*name = NULL;
	int		 n;

	by = jk_node_new(st->doc, JK_NODE_BYLINE, st->f[h->first].ln);
	jk_buf_init(&role);
	if (h->by >= 0 && !(st->f[h->by].k & K_BYLINE)) {
		/* "방혜철 교수": name and position, no "글." */
		s = st->f[h->by].s;
		p = strchr(s, ' ');
		jk_node_add_text(st->doc, by, JK_NODE_NAME,
		    jk_arena_strndup(st->doc->arena, s, (size_t)(p - s)),
		    st->f[h->by].ln);
		position = p + 1;
	} else if (h->by >= 0) {
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
		jk_buf_puts(&role, bk_join_lines(st, h->af0, h->af1, 1, -1));
	}
	if (position != NULL) {
		if (role.len > 0)
			jk_buf_putc(&role, ' ');
		jk_buf_puts(&role, position);
	}
	if (role.len > 0)
		jk_node_add_text(st->doc, by, JK_NODE_ROLE, role.data,
		    st->f[h->af0 >= 0 ? h->af0 : h->first].ln);
	if (h->bio0 >= 0)
		jk_node_add_text(st->doc, by, JK_NODE_BIO,
		    bk_join_lines(st, h->bio0, h->bio1, 0, -1),
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
				bk_explain_join(st, prev, i, j, why);
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
		    bk_join_lines(st, t0, t1, 1, -1)), *p;

		/* "최창우  ㈜스카이랩스 CTO": name and role, one space */
		while ((p = strstr(title, "  ")) != NULL)
			memmove(p, p + 1, strlen(p + 1) + 1);
		jk_node_add_text(st->doc, sb, JK_NODE_TITLE, title,
		    st->f[t0].ln);
	}
	if (t1 < h->pr1)
		jk_node_add_text(st->doc, sb, JK_NODE_PARA,
		    bk_join_lines(st, t1 < 0 ? h->pr0 : t1, h->pr1, 0, -1),
		    st->f[t1 < 0 ? h->pr0 : t1].ln);
	jk_node_append(b->art, sb);
}

/* The text of source line ln (lines are in order), or NULL. */
static const char *
line_text(const struct jk_text *t, int ln)
{
	size_t	 lo = 0, hi = t->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (t->lines[mid].lineno < ln)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < t->n && t->lines[lo].lineno == ln ? t->lines[lo].s : NULL;
}

/*
 * The tagline that names the unit's series ("특허 전략은 … 제시합니다.")
 * says what the series is: the series' description, right after it.
 */
static void
series_tagline(struct bctx *b)
{
	struct st	*st = b->st;
	const struct jk_furniture *fu;
	struct jk_node	*ser, *d;
	const char	*s;
	size_t		 fi;

	if (b->a->series == NULL ||
	    (ser = jk_node_child(b->art, JK_NODE_SERIES)) == NULL ||
	    jk_node_child(b->art, JK_NODE_SERIESDESC) != NULL)
		return;
	for (fi = 0; fi < st->t->nfurn; fi++) {
		fu = &st->t->furn[fi];
		if (fu->kind != JK_FURN_TAGLINE || fu->text != b->a->series ||
		    (s = line_text(st->t, fu->lineno)) == NULL)
			continue;
		d = jk_node_new(st->doc, JK_NODE_SERIESDESC, fu->lineno);
		jk_node_append(d, jk_text_new(st->doc, s, (size_t)-1,
		    fu->lineno));
		jk_node_insert_after(ser, d);
		return;
	}
}

void
bk_header(struct bctx *b)
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
	if (ti0 >= 0 && ti1 - ti0 >= 2 && st_author_line(st, ti1 - 1)) {
		author = ti1 - 1;
		ti1--;
	} else if (ti0 >= 0 && ti1 > ti0 && (nx = bk_next_body(b, ti1 - 1)) >=
	    0 && nx < ti1 + 3 && st_author_line(st, nx) &&
	    !(st->f[nx].k & (K_TERM | K_BYLINE))) {
		/* the author line set apart under the title */
		author = nx;
		st->f[nx].role = R_BYLINE;
	}
	/* "제85회 … 세미나" alone as the title, the real title on the next
	 * line (then text, even text full of Latin names, or a heading):
	 * the first names the event (a kicker) */
	if (ti0 >= 0 && ti1 - ti0 == 1 && lab < 0 &&
	    jk_event_edition(st->f[ti0].s) != NULL &&
	    (nx = bk_next_body(b, ti0)) >= 0 && nx <= ti0 + 2 &&
	    st_titleish(st, nx) && !st_is_prose(st, nx) &&
	    st->f[nx].trail == 0 && (k = bk_next_body(b, nx)) >= 0 &&
	    (st_is_prose(st, k) || st_titleish(st, k) ||
	    (st->f[k].k & K_NUMHEAD) || (st->f[k].w >= 0.7 * st->p90 &&
	    !(st->f[k].k & (K_SOURCE | K_NUMROW | K_CAPTION | K_LABEL))))) {
		kicker = ti0;
		st->f[ti0].role = R_DONE;
		ti0 = nx;
		ti1 = nx + 1;
		st->f[nx].role = R_TITLE;
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
		const char	*title = bk_join_lines(st, ti0, ti1, 1, -1);
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
	} else if (!a->advert) {
		/* a unit whose only name is its series ("NEWS", a prize
		 * column) is called by that name */
		const char	*ser = lab >= 0 ? st->f[lab].s : a->series;

		if (ser == NULL)
			ser = a->section;
		if (ser != NULL) {
			jk_node_add_text(st->doc, b->art, JK_NODE_TITLE, ser,
			    lab >= 0 ? st->f[lab].ln : st->f[a->from].ln);
			jk_msg(st->d, JK_M_NOTITLE, st->f[a->from].ln,
			    "no title block: the unit is named by its series "
			    "'%s'", ser);
		} else
			jk_msg(st->d, JK_M_NOTITLE, st->f[a->from].ln,
			    "no title block at the start of the unit");
	}
	if (a->advert)
		return;
	if (sub0 >= 0)
		jk_node_add_text(st->doc, b->art, JK_NODE_SUBTITLE,
		    bk_join_lines(st, sub0, sub1, 1, -1), st->f[sub0].ln);
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
		nx = bk_next_body(b, author);
		if (nx >= 0 && (st->f[nx].k & K_AFFIL) &&
		    st->f[nx].blanks <= 1 && !(st->f[nx].k & K_TERM)) {
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
	series_tagline(b);
	for (k = 0; k < st->nh; k++)
		if (st->h[k].art == b->k && st->h[k].pr0 >= 0)
			add_profile(b, &st->h[k]);
	if (kicker >= 0)
		jk_node_add_text(st->doc, b->art, JK_NODE_PARA,
		    st->f[kicker].s, st->f[kicker].ln);
}
