/*
 * layout-furniture.c -- page furniture: running heads and folios.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "layout-int.h"

/* === running heads, folios ============================================= */

static void
text_line(struct lay *Y, int page, const char *s, int font,
    struct jk_rgb color, double x, double w, PangoAlignment align,
    double base, enum jk_lrole role, const char *link)
{
	struct ptext	 t;
	struct mpara	 mp;
	struct jk_pitem	*it;

	pt_init(&t, font, color);
	pt_add(&t, s, font, color, 0);
	mp = measure(Y, &t, w, 0, align, 0, 0, 0);
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
			pt_free(&t);
			pt_init(&t, font, color);
			pt_add(&t, cut, font, color, 0);
			pt_add(&t, "…", font, color, 0);
			mp = measure(Y, &t, w, 0, align, 0, 0, 0);
		}
		free(cut);
	}
	if (mp.n > 0) {
		struct row r;

		memset(&r, 0, sizeof(r));
		it = line_item(&r, &mp.l[0], 0, w, font,
		    Y->L->fonts[font].size, Y->L->fonts[font].size, role);
		it->y = 0;
		copy_item(page_item(&Y->L->pages[page]), it, x, base, -1);
		if (link != NULL)
			Y->L->pages[page].items[Y->L->pages[page].nitems - 1].dest =
			    jk_xstrdup(link);
		item_free(it);
		free(r.items);
	}
	mp_free(&mp);
	pt_free(&t);
}

void
running(struct lay *Y, int p, int folio)
{
	struct jk_ppage	*pg = &Y->L->pages[p];
	double		 x = block_left(Y, p), W = Y->W;
	int		 right = p % 2 == 0;
	const char	*rh = right ? Y->pm[p].right : Y->pm[p].left;
	char		 num[16];
	struct jk_pitem	*it;

	if (!Y->pm[p].opener && rh != NULL && *rh != '\0') {
		double base = Y->top - Y->st->running.leading - 6;

		text_line(Y, p, rh, Y->f_run, Y->st->muted, x, W,
		    right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT, base,
		    JK_LR_RUNNING, NULL);
		it = page_item(pg);
		memset(it, 0, sizeof(*it));
		it->kind = JK_PI_RULE;
		it->x = x;
		it->y = base + 4;
		it->w = W;
		it->lw = 0.4;
		it->color = Y->st->rule;
		it->col = -1;
	}
	snprintf(num, sizeof(num), "%d", folio);
	text_line(Y, p, num, Y->f_runb, Y->st->text, x, W,
	    right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT,
	    Y->bottom + Y->st->running.leading + 10, JK_LR_FOLIO, NULL);
}
