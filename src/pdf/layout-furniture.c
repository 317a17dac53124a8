/*
 * layout-furniture.c -- page furniture: running heads and folios.
 *
 * A left-hand (even) page carries the magazine's name, a right-hand (odd)
 * page a short form of the article's title or series (run_short: at most
 * RUN_CHARS characters, so a title of any length costs the same); an
 * article's first page and adverts carry none, and adverts no folio.
 * Each distinct text is laid out once (Y->runs) and copied to its pages.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "layout-int.h"

#define RUN_CHARS	32	/* a running head's characters at most */

/* === running heads, folios ============================================= */

/*
 * The running head of an article: its title if short, else the title's
 * main part (before a colon or a dash) if short, else its series (or
 * section label) if short, else the title cut at a word within RUN_CHARS
 * characters with an ellipsis.  In the document's arena.
 */
const char *
run_short(struct lay *Y, const struct jk_node *art, const char *title)
{
	struct jk_doc		*doc = (struct jk_doc *)Y->doc;
	const struct jk_node	*c;
	const char		*s = title, *e, *sp = NULL, *series = NULL;
	const char		*main = NULL;
	int			 n;

	for (e = s, n = 0; *e != '\0' && n <= RUN_CHARS;
	    e = g_utf8_next_char(e), n++) {
		if (*e == ' ' && n > RUN_CHARS / 2)
			sp = e;
		if (main == NULL && n >= 4 && (strncmp(e, ": ", 2) == 0 ||
		    strncmp(e, " - ", 3) == 0 || strncmp(e, " – ", 5) == 0 ||
		    strncmp(e, " — ", 5) == 0))
			main = e;
	}
	if (*e == '\0' && *s != '\0')
		return s;
	if (main != NULL)
		return jk_arena_printf(doc->arena, "%.*s", (int)(main - s), s);
	if ((c = jk_node_child(art, JK_NODE_SERIES)) != NULL)
		series = jk_node_plain(doc, c);
	else
		series = art->label;
	if (series != NULL && *series != '\0' &&
	    g_utf8_strlen(series, 4 * RUN_CHARS) <= RUN_CHARS)
		return series;
	if (*s == '\0')
		return s;
	if (sp == NULL)		/* no word boundary: cut at the limit */
		for (sp = s, n = 0; *sp != '\0' && n < RUN_CHARS;
		    sp = g_utf8_next_char(sp), n++)
			;
	return jk_arena_printf(doc->arena, "%.*s…", (int)(sp - s), s);
}

/* A running head or folio laid out: spooled once, placed on each page. */
struct runref {
	off_t	 off;
	size_t	 len;
	double	 w;
};

/* The line of s in font as a page item at x 0, laid out once; a text
 * wider than w loses its end to an ellipsis. */
static const struct runref *
run_item(struct lay *Y, const char *s, int font, struct jk_rgb color,
    double w, enum jk_lrole role)
{
	char		*key = jk_xasprintf("%d:%s", font, s);
	struct runref	*rr = g_hash_table_lookup(Y->runs, key);
	struct jk_pitem	*t;
	struct ptext	 pt;
	struct mpara	 mp;
	struct row	 r;

	if (rr != NULL) {
		free(key);
		return rr;
	}
	pt_init(&pt, font, color);
	pt_add(&pt, s, font, color, 0);
	mp = measure(Y, &pt, w, 0, PANGO_ALIGN_LEFT, 0, 0, 0);
	/* too long for one line: its first line, shortened to take an
	 * ellipsis */
	if (mp.n > 1) {
		char	*cut = jk_xstrdup(mp.l[0].text), *e;
		int	 k;

		for (k = 0; k < 64 && mp.n != 1 && *cut != '\0'; k++) {
			e = g_utf8_prev_char(cut + strlen(cut));
			*e = '\0';
			while (e > cut && e[-1] == ' ')
				*--e = '\0';
			mp_free(&mp);
			pt_free(&pt);
			pt_init(&pt, font, color);
			pt_add(&pt, cut, font, color, 0);
			pt_add(&pt, "…", font, color, 0);
			mp = measure(Y, &pt, w, 0, PANGO_ALIGN_LEFT, 0, 0, 0);
		}
		free(cut);
	}
	memset(&r, 0, sizeof(r));
	t = line_item(&r, &mp.l[0], 0, w, font, Y->L->fonts[font].size,
	    Y->L->fonts[font].size, role);
	/* at x 0 on the baseline */
	t->y += -t->y;
	t->col = -1;
	rr = jk_xmalloc(sizeof(*rr));
	jk_spool_put(Y->L->spool, t, 1, &rr->off, &rr->len);
	rr->w = t->w;
	item_free(t);
	free(r.items);
	mp_free(&mp);
	pt_free(&pt);
	g_hash_table_insert(Y->runs, key, rr);
	return rr;
}

/* Place the line of s on page p, left or right aligned in [x, x + w]. */
static void
run_place(struct lay *Y, int p, const char *s, int font, struct jk_rgb color,
    double x, double w, int right, double base, enum jk_lrole role)
{
	const struct runref	*rr = run_item(Y, s, font, color, w, role);

	page_ent(Y, p, rr->off, rr->len, 1, x + (right ? w - rr->w : 0), base,
	    -1);
}

void
running(struct lay *Y, int p, int folio)
{
	struct jk_ppage	*pg = &Y->L->pages[p];
	double		 x = block_left(Y, p), W = Y->W;
	int		 right = p % 2 == 0;
	const char	*rh = right ? Y->pm[p].right : Y->pm[p].left;
	char		 num[16];
	struct jk_pitem	 it;

	if (pg->kind == JK_PG_ADVERT)
		return;
	if (!Y->pm[p].opener && rh != NULL && *rh != '\0') {
		double base = Y->top - Y->st->running.leading - 6;

		run_place(Y, p, rh, Y->f_run, Y->st->muted, x, W, right, base,
		    JK_LR_RUNNING);
		memset(&it, 0, sizeof(it));
		it.kind = JK_PI_RULE;
		it.x = x;
		it.y = base + 4;
		it.w = W;
		it.lw = 0.4;
		it.color = Y->st->rule;
		it.col = -1;
		page_put(Y, p, &it);
	}
	snprintf(num, sizeof(num), "%d", folio);
	run_place(Y, p, num, Y->f_runb, Y->st->text, x, W, right,
	    Y->bottom + Y->st->running.leading + 10, JK_LR_FOLIO);
}
