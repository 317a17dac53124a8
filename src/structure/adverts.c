/*
 * adverts.c -- adverts: found by their signals, split from the article
 * they close, split page by page, titled by their headline.
 */
#include <stdlib.h>
#include <string.h>

#include "stpriv.h"

/* === adverts ============================================================ */

static int
promo(const struct st *st, const char *s)
{
	return strstr(s, "보세요") != NULL || strstr(s, "드립니다") != NULL ||
	    strstr(s, "하세요") != NULL || strstr(s, "■") != NULL ||
	    strstr(s, "세요!") != NULL || st_match(st->re_price, s);
}

static int
ad_score(const struct st *st, int i)
{
	const struct fl	*f = &st->f[i];
	int		 sc = 0, pr = promo(st, f->s);

	if (f->k & K_ADSIG)
		sc += 2;
	if (pr)
		sc += 2;
	if (f->k & K_BULLET)
		sc += 1;
	if ((f->k & K_TERM) && !pr && !(f->k & K_BULLET) &&
	    st_ends_with(f->s, "다."))
		sc -= 3;
	return sc;
}

/* A call set as a headline with no mark ("… 참가 신청을 받습니다"):
 * line h ends in a word, not a sentence's period, and the advert's
 * items ("■ 대상: …") follow it at line e. */
static int
headline_over_items(const struct st *st, int h, int e)
{
	const char	*s = st->f[h].s;
	size_t		 n = strlen(s);

	while (n > 0 && s[n - 1] == ' ')
		n--;
	return n > 0 && (unsigned char)s[n - 1] >= 0x80 &&
	    (st->f[e].k & K_BULLET) && !(st->f[h].k & K_BULLET);
}

/* An advert run at the end of a unit becomes a unit of its own. */
void
st_split_adverts(struct st *st)
{
	int	 k, i, sum, best, bestat, npromo, b;

	for (k = 0; k < st->na; k++) {
		sum = 0;
		best = 0;
		bestat = -1;
		npromo = 0;
		for (i = st->a[k].to - 1; i > st->a[k].from; i--) {
			if (st->f[i].art != k || st->f[i].role != R_BODY)
				continue;
			sum += ad_score(st, i);
			if (promo(st, st->f[i].s))
				npromo++;
			if (sum > best && npromo > 0 &&
			    st->a[k].to - i >= 6) {
				best = sum;
				bestat = i;
			}
		}
		if (bestat < 0 || best < 10 || bestat - st->a[k].from < 10)
			continue;
		/* what closes the unit before is not the advert: the
		 * application box of a listing ("• 신청…", "- 문의: …")
		 * and the contact line under a news item's last sentence */
		for (i = bestat; i < st->a[k].to - 6; i++) {
			if (st->f[i].art != k || st->f[i].role != R_BODY)
				continue;
			if (promo(st, st->f[i].s) || !(st->f[i].k & K_ADSIG))
				break;
			if (!(st->f[i].k & K_BULLET) && !(i > 0 &&
			    st_ends_with(st->f[i - 1].s, "다.")))
				break;
		}
		if (i != bestat) {
			jk_msg(st->d, JK_M_ADVERT, st->f[bestat].ln,
			    "lines %d-%d close the unit before, not the advert",
			    st->f[bestat].ln, st->f[i - 1].ln);
			bestat = i;
		}
		/* take the ad's headline lines with it */
		for (b = 0; b < 3 && bestat - 1 > st->a[k].from &&
		    (st_titleish(st, bestat - 1) || (b == 0 &&
		    headline_over_items(st, bestat - 1, bestat))) &&
		    st->f[bestat - 1].role == R_BODY; b++)
			bestat--;
		st_art_insert(st, k + 1, bestat);
		for (i = bestat; i < st->a[k + 1].to; i++)
			if (st->f[i].art == k)
				st->f[i].art = k + 1;
		st->a[k + 1].advert = 1;
		jk_msg(st->d, JK_M_ADVERT, st->f[bestat].ln,
		    "advert at the end of a unit (score %d)", best);
		k++;
	}
}

void
st_find_adverts(struct st *st)
{
	struct art	*a;
	int		 k, i, sig, prose, promo;

	for (k = 0; k < st->na; k++) {
		a = &st->a[k];
		sig = prose = promo = 0;
		if (a->advert)
			continue;
		for (i = a->from; i < a->to; i++) {
			if (st->f[i].art != k)
				continue;
			if (st->f[i].k & K_ADSIG)
				sig++;
			if (strstr(st->f[i].s, "보세요") != NULL ||
			    strstr(st->f[i].s, "드립니다") != NULL ||
			    strstr(st->f[i].s, "하세요") != NULL ||
			    strstr(st->f[i].s, "■") != NULL ||
			    st_match(st->re_price, st->f[i].s))
				promo++;
			if ((st->f[i].k & K_TERM) && st_is_prose(st, i) &&
			    st_ends_with(st->f[i].s, "다."))
				prose++;
		}
		if ((promo >= 2 && sig >= 3 && prose <= sig) ||
		    (sig >= 4 && prose * 3 < sig)) {
			a->advert = 1;
			jk_msg(st->d, JK_M_ADVERT, st->f[a->from].ln,
			    "%d advert signals, %d prose sentences", sig,
			    prose);
		}
	}
}

/* Advert pages printed one after another: a page gap (three or more
 * blank lines) inside an advert starts the next advert. */
void
st_split_advert_pages(struct st *st)
{
	int	 k, i;

	for (k = 0; k < st->na; k++) {
		if (!st->a[k].advert)
			continue;
		for (i = st->a[k].from + 1; i < st->a[k].to; i++)
			if (st->f[i].art == k && st->f[i].blanks >= 3 &&
			    i - st->a[k].from >= 3 && st->a[k].to - i >= 3)
				break;
		if (i >= st->a[k].to)
			continue;
		st_art_insert(st, k + 1, i);
		for (; i < st->a[k + 1].to; i++)
			if (st->f[i].art == k)
				st->f[i].art = k + 1;
		st->a[k + 1].advert = 1;
		jk_msg(st->d, JK_M_ADVERT, st->f[st->a[k + 1].from].ln,
		    "advert page after a page gap");
	}
}

/* An advert that opens with a headline block ("…을 만나보세요!", or a
 * call over its items). */
void
st_advert_titles(struct st *st)
{
	struct art	*a;
	int		 k, e;

	for (k = 0; k < st->na; k++) {
		a = &st->a[k];
		if (!a->advert || a->ti0 >= 0 || st_has_header(st, k) ||
		    st->f[a->from].art != k || st->f[a->from].role != R_BODY ||
		    box_title(st->f[a->from].s))
			continue;
		/* 1-3 short lines, no list marker, the last one a call
		 * ("…보세요!"), then a blank line; a headline of one line
		 * may be set wider than the text columns */
		for (e = a->from; e < a->to && e - a->from < 3; e++)
			if ((e > a->from && st->f[e].blanks > 0) ||
			    (st->f[e].k & (K_BULLET | K_CAPTION | K_NUMROW)) ||
			    st->f[e].w >= (e + 1 < a->to && st->f[e +
			    1].blanks > 0 ? 1.5 : 0.75) * st->p90)
				break;
		if (e == a->from || e >= a->to || st->f[e].blanks == 0 ||
		    !(st_ends_with(st->f[e - 1].s, "!") ||
		    st_ends_with(st->f[e - 1].s, "?") ||
		    headline_over_items(st, e - 1, e)))
			continue;
		a->ti0 = a->from;
		a->ti1 = e;
		st_set_role(st, a->from, e, R_TITLE);
	}
}
