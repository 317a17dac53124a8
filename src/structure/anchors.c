/*
 * anchors.c -- the anchors units are cut at: title blocks, header groups
 * (byline, affiliation, bio) and accepted article-end markers.
 */
#include <stdlib.h>
#include <string.h>

#include "stpriv.h"

/* === title blocks ======================================================= */

int
st_titleish(const struct st *st, int i)
{
	const struct fl	*f = &st->f[i];
	int		 dg, la;

	if (f->k & (K_CAPTION | K_BYLINE | K_TERM | K_NUMHEAD | K_NOTE |
	    K_SOURCE | K_NUMROW | K_LABEL | K_CIRCLED | K_PHOTOCAP))
		return 0;
	/* list items ("• …", "- …") are never titles; a subtitle
	 * "-스마트 …" has no space after its dash and is no bullet */
	if (f->k & K_BULLET)
		return 0;
	if (strstr(f->s, "  ") != NULL || strstr(f->s, "(단위") != NULL)
		return 0;
	if (strpbrk(f->s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
	    == NULL && st_hangul_share(f->s, &dg, &la) == 0)
		return 0;
	return f->w <= 0.75 * st->p90 && f->w >= 1.5;
}

/*
 * A title block starting at flow line i: 1-6 short single-spaced lines
 * without a terminal form, standing apart from what follows.  Returns
 * the end (exclusive) or -1.
 */
int
st_title_block(const struct st *st, int i)
{
	int	 j, dg, la;

	if (i < 0 || i >= st->n || !st_titleish(st, i))
		return -1;
	/* double-spaced Korean title lines closed by a kicker label */
	if (i == 0 || st->f[i].blanks >= 1)
		for (j = i + 1; j < st->n && j - i <= 4; j++) {
			if (st->f[j].k & K_LABEL) {
				if (j - i >= 2 && st_hangul_share(st->f[i].s,
				    &dg, &la) >= 0.5)
					return j;
				break;
			}
			if (st->f[j].blanks != 1 || !st_titleish(st, j))
				break;
		}
	for (j = i + 1; j < st->n && j - i < 6; j++)
		if (st->f[j].blanks != 0 || !st_titleish(st, j) ||
		    st->f[j].lead > 0)
			break;
	if (j < st->n && st->f[j].blanks == 0 && !(st->f[j].k & K_LABEL) &&
	    st->f[j].lead == 0)
		return -1;
	if (j < st->n && (st->f[j].k & K_LABEL))
		return j;
	if (st->f[j - 1].trail > 0 && j - 1 > i) {
		int	 m;

		for (m = i; m < j; m++)
			if (st->f[m].w >= 0.6 * st->p90)
				return -1;
	}
	if (j - i == 1 && st->f[i].trail > 0)
		return -1;
	return j;
}

/* A title block that ends just before flow line e (the header start). */
static int
title_before(const struct st *st, int first)
{
	int	 e = first - 1, b;

	if (e < 0 || st->f[first].blanks > 2 || !st_titleish(st, e) ||
	    st->f[e].trail > 0)
		return -1;
	for (b = e; b > 0 && e - b < 5; b--) {
		if (st->f[b].lead > 0 || st->f[b].blanks > 0)
			break;
		if (!st_titleish(st, b - 1))
			return -1;
	}
	if (st->f[b].lead == 0 && st->f[b].blanks == 0 && b > 0)
		return -1;
	/* a caption title is not an article title; without a leading space
	 * the block must follow a closed sentence */
	if (b > 0 && (st->f[b - 1].k & K_CAPTION))
		return -1;
	if (b > 0 && st->f[b].lead == 0 && !(st->f[b - 1].k & K_TERM))
		return -1;
	if (b > 0 && st->f[b].lead == 0 &&
	    !(st->f[b - 1].k & (K_TERM | K_CAPTION | K_DEBRIS | K_SOURCE)) &&
	    st_is_prose(st, b - 1))
		return -1;
	return b;
}

/* === header groups ====================================================== */

static int
run_end(const struct st *st, int i)
{
	int	 j;

	for (j = i + 1; j < st->n && st->f[j].blanks == 0; j++)
		if (st->f[j].k & (K_CAPTION | K_BYLINE))
			break;
	return j;
}

static int
bio_run(const struct st *st, int i, int after_byline)
{
	int	 j, e, voc = 0;

	if (i >= st->n || (st->f[i].k & (K_CAPTION | K_BYLINE | K_NUMHEAD |
	    K_BULLET | K_NOTE | K_LABEL)))
		return -1;
	e = run_end(st, i);
	if (e - i > 15)
		return -1;
	/* a title printed right under the bio with no blank line between
	 * (the top of a file): the bio ends at its last sentence before
	 * the title block */
	if (!(st->f[e - 1].k & K_TERM)) {
		for (j = e - 2; j > i && !(st->f[j].k & K_TERM); j--)
			;
		if (j <= i || !(st->f[j].k & K_TERM) ||
		    st_title_block(st, j + 1) <= j + 1)
			return -1;
		e = j + 1;
	}
	for (j = i; j < e; j++)
		if (st->f[j].k & K_BIOVOC)
			voc = 1;
	if (!voc && !(after_byline && e - i >= 2))
		return -1;
	return e;
}

static struct hdr *
hdr_new(struct st *st)
{
	struct hdr	*h;

	st->h = jk_xreallocarray(st->h, (size_t)st->nh + 1, sizeof(*st->h));
	h = &st->h[st->nh++];
	memset(h, 0, sizeof(*h));
	h->by = h->sub = h->lab = -1;
	h->af0 = h->af1 = h->bio0 = h->bio1 = -1;
	h->ti0 = h->ti1 = h->pr0 = h->pr1 = -1;
	h->art = -1;
	return h;
}

/*
 * "-스마트 …" under a title is its subtitle; "차트 마법사␠" then "- 데이터
 * 계열" is one title wrapped at the space before its dash.
 */
int
st_subtitle_line(const struct st *st, int i)
{
	const char	*s = st->f[i].s;

	if (s[0] != '-' && strncmp(s, "–", 3) != 0)
		return 0;
	return !(i > 0 && st->f[i - 1].trail > 0 && (strncmp(s, "- ", 2) ==
	    0 || strncmp(s, "– ", 4) == 0));
}

/* Does the name s (n bytes of Hangul) open with a Korean surname? */
static int
surname_start(const char *s, int n)
{
	static const char *const two[] = { "남궁", "황보", "제갈", "선우",
	    "독고", "사공", "서문", "동방", "망절", "어금", "장곡", "소봉",
	    NULL };
	/* the surnames of Statistics Korea's census, rare ones too (a
	 * post after a name tells an author line only with them) */
	static const char one[] = "가간갈감강견경계고곡공곽교구국군궁궉권근"
	    "금기길김나남낭내노뇌누단담당대도돈동두등라란랑려로뢰류리마만매"
	    "맹명모목묘묵문미민박반방배백범변보복봉부비빈빙사삼상서석선설섭"
	    "성소손송수순승시신심아안애야양어엄여연염엽영예오옥온옹완왕요용"
	    "우운원위유육윤은음이인임자장저전점정제조종좌주준즙증지진차창채"
	    "천초최추탁탄태판팽편평포표풍피필하학한함해허혁현형호홍화환황후흥";
	const char	*p;
	int		 k;

	for (k = 0; two[k] != NULL; k++)
		if (n >= 9 && strncmp(s, two[k], 6) == 0)
			return 1;
	for (p = one; *p != '\0'; p += 3)
		if (strncmp(s, p, 3) == 0)
			return 1;
	return 0;
}

/* Does the word end as the names of posts do ("…장", "…원", "…매니저",
 * "…디렉터", "…컨설턴트", "…엔지니어", "…디자이너", "…자문역",
 * "…리더", "…담당", "…고문", "…총괄", "…분석가", "…작가"), or is it
 * a deputy's or an acting post, one of them with "보", "대우", "대리"
 * or "대행" after it ("수석연구위원보", "연구실장대우", "전략실장대리",
 * "센터장대행")? */
static int
post_ending(const char *w)
{
	/* ("…니어", not any "…어": "미디어", "소프트웨어" are no posts) */
	static const char *const ends[] = { "장", "원", "사", "수", "자",
	    "저", "터", "트", "너", "니어", "관", "무", "표", "역", "더",
	    "당", "문", "총괄", "가", NULL };
	static const char *const deputy[] = { "보", "대우", "대리", "대행",
	    NULL };
	char	 b[64];
	size_t	 n = strlen(w), d;
	int	 k;

	for (k = 0; ends[k] != NULL; k++)
		if (st_ends_with(w, ends[k]))
			return 1;
	for (k = 0; deputy[k] != NULL; k++) {
		d = strlen(deputy[k]);
		if (n < d + 6 || n - d >= sizeof(b) ||
		    !st_ends_with(w, deputy[k]))
			continue;
		memcpy(b, w, n - d);
		b[n - d] = '\0';
		return post_ending(b);
	}
	return 0;
}

/* "구자균 회장": a name and one position word, the author of a unit;
 * a post the list does not know ("선임매니저") when the name opens
 * with a surname and the line stands right over affiliation lines. */
int
st_author_line(const struct st *st, int i)
{
	const char	*s = st->f[i].s, *sp = strchr(s, ' ');
	int		 n = sp != NULL ? (int)(sp - s) : 0;

	if (sp == NULL || n < 6 || n > 12 || n % 3 != 0 ||
	    !st_is_hangul_start(s) || st->f[i].w > 14)
		return 0;
	/* a rank used alone as a post ("등존실 책임") is also a common
	 * noun ("사회적 책임", "글로벌 리더"): only after a surname */
	if (st_match(st->re_position, sp + 1))
		return !st_match(st->re_bare_rank, sp + 1) ||
		    surname_start(s, n);
	return surname_start(s, n) && strchr(sp + 1, ' ') == NULL &&
	    st_is_hangul_start(sp + 1) && jk_utf8_count(sp + 1) <= 10 &&
	    post_ending(sp + 1) &&
	    !(st->f[i].k & (K_TERM | K_BYLINE)) && i + 1 < st->n &&
	    (st->f[i + 1].k & K_AFFIL) && st->f[i + 1].blanks <= 1;
}

/* Is a series tagline printed between flow lines a and b? */
static int
tag_between(const struct st *st, int a, int b)
{
	for (int x = a + 1; x < b; x++)
		if (st->tagbefore[x])
			return 1;
	return 0;
}

void
st_find_headers(struct st *st)
{
	struct hdr	*h;
	int		 i, j, e, r0, a0;

	for (i = 0; i < st->n; i++) {
		if (st->f[i].k & K_BYLINE) {
			h = hdr_new(st);
			h->by = h->first = h->last = i;
			/* the line right under a byline may be a long
			 * affiliation ("…연구센터 책임연구원") */
			for (j = i + 1; j < st->n && j - i <= 3 &&
			    ((st->f[j].k & K_AFFIL) || (j == i + 1 &&
			    !(st->f[j].k & (K_TERM | K_CAPTION | K_BYLINE)) &&
			    st->f[j].w <= 1.4 * st->p90 &&
			    st_match(st->re_affil, st->f[j].s))) &&
			    !(st->f[j].k & K_BIOVOC); j++)
				/* "부산대학교에서 …" opening the bio: after a
				 * blank, or running on into the next line
				 * with none (a one-line byline's bio) */
				if (((j > i + 1 && st->f[j].blanks > 0) ||
				    (j + 1 < st->n && st->f[j + 1].blanks == 0 &&
				    st->f[j].trail == 0)) &&
				    bio_run(st, j, 1) > j + 1)
					break;
			if (j > i + 1) {
				h->af0 = i + 1;
				h->af1 = j;
				h->last = j - 1;
			}
			if ((e = bio_run(st, j, 1)) > 0) {
				h->bio0 = j;
				h->bio1 = e;
				h->last = e - 1;
			}
			i = h->last;
			continue;
		}
		/* a bio run without a byline, after affiliation lines */
		if (st->f[i].blanks == 0 && i > 0)
			continue;
		if (!(st->f[i].k & K_BIOVOC) && run_end(st, i) - i < 2)
			continue;
		if ((e = bio_run(st, i, 0)) < 0)
			continue;
		if (i == 0 || !(st->f[i - 1].k & K_AFFIL))
			continue;
		/* (right after another group, unless a series tagline
		 * between them opens a unit or two blank lines or more
		 * part them: a single-spaced bio, then the next
		 * author's affiliation) */
		if (st->nh > 0 && st->h[st->nh - 1].last >= i - 2 &&
		    !tag_between(st, st->h[st->nh - 1].last, i) &&
		    st->f[i - 1].blanks < 2)
			continue;
		r0 = i;
		a0 = i - 1;
		while (a0 > 0 && i - a0 < 3 && (st->f[a0 - 1].k & K_AFFIL) &&
		    (st->nh == 0 || st->h[st->nh - 1].last < a0 - 1))
			a0--;
		/* the author line over the affiliation, its post unlisted */
		if (a0 > 0 && !(st->f[a0 - 1].k & K_AFFIL) &&
		    st_author_line(st, a0 - 1) && (st->nh == 0 ||
		    st->h[st->nh - 1].last < a0 - 1))
			a0--;
		h = hdr_new(st);
		h->af0 = h->first = a0;
		h->af1 = r0;
		/* the first of them names the author: the byline */
		if (st_author_line(st, a0)) {
			h->by = a0;
			h->af0 = a0 + 1 < r0 ? a0 + 1 : -1;
			h->af1 = a0 + 1 < r0 ? r0 : -1;
		}
		h->bio0 = r0;
		h->bio1 = e;
		h->last = e - 1;
		i = e - 1;
	}
}

/* "연사. …": the speaker's credit, printed after the talk it closes. */
static int
speaker_after_text(const struct st *st, const struct hdr *h)
{
	return h->by >= 0 && (st->f[h->by].k & K_BYLINE) &&
	    strncmp(st->f[h->by].s, "연사.", strlen("연사.")) == 0 &&
	    h->first > 0 && (st->f[h->first - 1].k & K_TERM);
}

/* Is a page turned right before flow line i (print folios taken out of
 * the flow there)?  (fpos is sorted: the furniture in line order) */
static int
page_before(const struct st *st, int i)
{
	const struct jk_text *t = st->t;
	size_t	 lo = 0, hi = t->nfurn, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (st->fpos[mid] < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < t->nfurn && st->fpos[lo] == i; lo++)
		if (t->furn[lo].kind == JK_FURN_PAGEPAIR)
			return 1;
	return 0;
}

/* Does another byline group start in the flow range [a, b)?  (Two
 * groups in a row: the first closes the text before it, the second
 * opens the next unit; the second's author line is no title.) */
static int
hdr_starts_in(const struct st *st, int a, int b)
{
	int	 k;

	for (k = 0; k < st->nh; k++)
		if (st->h[k].first >= a && st->h[k].first < b)
			return 1;
	return 0;
}

/* A byline group printed after a closed text, at the foot of a page:
 * the author of that text, not of the title the next page opens with. */
static int
closes_page(const struct st *st, const struct hdr *h)
{
	return h->first > 0 && (st->f[h->first - 1].k & K_TERM) &&
	    page_before(st, h->last + 1);
}

/* A group whose byline is a printed credit ("글. …", "연사. …"). */
int
st_hdr_credit(const struct st *st, const struct hdr *h)
{
	return h->by >= 0 && (st->f[h->by].k & K_BYLINE);
}

void
st_place_headers(struct st *st)
{
	struct hdr	*h, *p;
	int		 i, k, b, e;

	for (k = 0; k < st->nh; k++) {
		h = &st->h[k];
		h->pos = H_MID;
		b = title_before(st, h->first);
		if (b >= 0 && k > 0 && st->h[k - 1].ti0 == b &&
		    st->h[k - 1].pos == H_PRE && st_hdr_credit(st, &st->h[k - 1])) {
			/* byline -> title -> byline: a credit ("글. …")
			 * names an author, never a featured person; the
			 * earlier one closes the text before it */
			p = &st->h[k - 1];
			p->pos = H_MID;
			p->ti0 = p->ti1 = p->sub = p->lab = -1;
			h->pos = H_TITLEFIRST;
			h->ti0 = b;
			h->ti1 = h->first;
		} else if (b >= 0 && k > 0 && st->h[k - 1].ti0 == b &&
		    st->h[k - 1].pos == H_PRE) {
			/* profile -> title -> byline: the earlier group is
			 * the featured person, this one the author */
			p = &st->h[k - 1];
			h->pos = H_TITLEFIRST;
			h->ti0 = p->ti0;
			h->ti1 = p->ti1;
			h->sub = p->sub;
			h->lab = p->lab;
			h->pr0 = p->first;
			h->pr1 = p->last + 1;
			p->pos = -1;	/* merged */
			h->first = p->first;
		} else if (b >= 0 && (k == 0 || b > st->h[k - 1].last)) {
			h->pos = H_TITLEFIRST;
			h->ti0 = b;
			h->ti1 = h->first;
		} else if ((e = st_title_block(st, h->last + 1)) > 0 &&
		    !hdr_starts_in(st, h->last + 1, e) &&
		    !speaker_after_text(st, h) && !closes_page(st, h) &&
		    !(st->tagbefore != NULL && h->last + 1 < st->n &&
		    st->tagbefore[h->last + 1] && h->first > 0 &&
		    (st->f[h->first - 1].k & K_TERM))) {
			/* (a byline after a closed text, then a series
			 * tagline: the author of the text before, not of
			 * the title after the tagline) */
			h->pos = H_PRE;
			h->ti0 = h->last + 1;
			h->ti1 = e;
			if (e < st->n && (st->f[e].k & K_LABEL))
				h->lab = e;
		} else if (st->tagbefore != NULL && st->tagbefore[h->first] &&
		    (h->by >= 0 || (h->af0 >= 0 && h->af1 > h->af0 &&
		    h->bio1 > h->bio0 && h->bio0 >= 0))) {
			/* a series tagline, then the author (or only the
			 * author's affiliation, with a bio): a unit named
			 * by its series, with no title printed */
			h->pos = H_PRE;
		}
		if (h->ti0 >= 0 && h->ti1 - h->ti0 >= 2 &&
		    st_subtitle_line(st, h->ti1 - 1)) {
			h->sub = h->ti1 - 1;
		}
	}
	/* drop merged groups */
	for (i = k = 0; k < st->nh; k++)
		if (st->h[k].pos >= 0)
			st->h[i++] = st->h[k];
	st->nh = i;
}

/* === article ends ======================================================= */

int
st_hdr_start(const struct hdr *h)
{
	return h->pos == H_TITLEFIRST ? h->ti0 : h->first;
}

static int
is_hdr_first(const struct st *st, int i)
{
	int	 k;

	for (k = 0; k < st->nh; k++)
		if (st->h[k].first == i || (st->h[k].pos == H_TITLEFIRST &&
		    st->h[k].ti0 == i))
			return 1;
	return 0;
}

static int
next_anchor(const struct st *st, int i)
{
	int	 k;

	for (k = 0; k < st->nh; k++)
		if (st->h[k].pos != H_MID && st_hdr_start(&st->h[k]) > i)
			return st_hdr_start(&st->h[k]);
	return -1;
}

void
st_accept_ends(struct st *st)
{
	int	 i, nx, c2, a, mid;

	for (i = 0; i < st->n; i++) {
		if (!(st->f[i].k & K_ENDCAND) || (st->f[i].k & K_PHOTOCAP))
			continue;
		nx = i + 1;
		if (nx >= st->n || (st->f[nx].k & (K_CAPTION | K_BYLINE |
		    K_SOURCE | K_NOTE | K_LABEL | K_PHOTOCAP | K_OPEN)) ||
		    is_hdr_first(st, nx) || st_title_block(st, nx) > 0) {
			st->f[i].k |= K_END;
			continue;
		}
		a = next_anchor(st, i);
		for (c2 = 0; c2 < st->nh; c2++)
			if (st->h[c2].pos == H_MID && st->h[c2].first > i)
				break;
		mid = c2 < st->nh ? st->h[c2].first : -1;
		for (c2 = i + 1; c2 < st->n; c2++)
			if ((st->f[c2].k & K_ENDCAND) &&
			    !(st->f[c2].k & K_PHOTOCAP))
				break;
		if (a < 0 || c2 >= st->n || c2 > a || (mid > i && mid < c2))
			st->f[i].k |= K_END;
	}
}

/* After an end: the figure material that closes the article. */
int
st_skip_trailing(const struct st *st, int i)
{
	int	 capt = 0, afternote = 0;

	while (i < st->n) {
		const struct fl	*f = &st->f[i];

		if (f->k & K_CAPTION) {
			capt = 1;
			i++;
			if (i < st->n && !(st->f[i].k & (K_CAPTION |
			    K_BYLINE)) && !is_hdr_first(st, i))
				i++;
			continue;
		}
		if (is_hdr_first(st, i) || (f->k & K_BYLINE))
			break;
		/* one line alone before the next header: a photo caption */
		if (!(f->k & (K_TERM | K_NOTE)) && i + 1 < st->n &&
		    is_hdr_first(st, i + 1) && !st_titleish(st, i)) {
			st->f[i].k |= K_PHOTOCAP;
			i++;
			continue;
		}
		if (f->k & (K_SOURCE | K_PHOTOCAP)) {
			i++;
			continue;
		}
		if (f->k & K_NOTE) {
			/* notes printed after the end marker */
			for (i++; i < st->n && st->f[i].blanks == 0 &&
			    !(st->f[i].k & (K_CAPTION | K_BYLINE |
			    K_NOTE)); i++)
				;
			capt = afternote = 1;
			continue;
		}
		/* a title line set apart by its leading space and a blank
		 * line, after the notes that closed the unit before */
		if (afternote && f->lead > 0 && f->blanks >= 2 &&
		    st_title_block(st, i) == i + 1)
			break;
		if (capt && !(f->lead > 0 && st_title_block(st, i) > i + 1) &&
		    !(f->k & K_TERM) && !st->tagbefore[i] &&
		    !(st->furnbefore[i] && st_titleish(st, i))) {
			/* figure material: debris, or a text line standing
			 * alone between debris lines */
			if (!st_is_prose(st, i) || (f->k & (K_DEBRIS |
			    K_BULLET | K_NUMROW)) || (i + 1 < st->n &&
			    !st_is_prose(st, i + 1))) {
				i++;
				continue;
			}
		}
		break;
	}
	return i;
}
