/*
 * furniture.c -- page furniture out of the flow: vertical running labels
 * (one to three characters per line), page-number pairs printed higher
 * folio first, item badges and series taglines.  What they say is kept
 * in jk_text.furn (and the volume and issue in jk_text.volume/issue).
 */
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "cleanup-int.h"

#define VERT_MAXCH	3	/* a vertical fragment has <= 3 characters */
#define VERT_MINRUN	6	/* ... and a label has >= 6 of them */
#define VERT_MAXGAP	2	/* empty lines allowed between fragments */
#define TAG_MINCH	30	/* a tagline is longer than this ... */
#define TAG_MINSURE	16	/* ... or than this, when a label or an
				 * event line vouches for it */
#define TAG_MAXNAME	25	/* and its series name at most this long */
#define TAG_WRAPPED	1.15	/* x p90: no wider than a column */
#define TAG_MAXCH	200	/* one sentence: longer lines are not taglines */

struct fctx {
	struct jk_text		*t;
	struct jk_arena		*ar;
	struct jk_diag		*diag;
	struct jk_furniture	*f;
	size_t			 nf, capf;
};

static void
add_furn(struct fctx *c, int lineno, enum jk_furn kind, const char *text,
    const char *hi, const char *lo)
{
	struct jk_furniture *e;

	if (c->nf == c->capf) {
		c->capf = c->capf ? c->capf * 2 : 16;
		c->f = jk_xreallocarray(c->f, c->capf, sizeof(*c->f));
	}
	e = &c->f[c->nf++];
	e->lineno = lineno;
	e->kind = kind;
	e->text = text;
	e->folio_hi = hi;
	e->folio_lo = lo;
}

static int
empty_raw(const struct jk_line *l)
{
	return l->raw[0] == '\0';
}

/* A fragment of vertical text: 1-3 characters, or spaces only. */
static int
is_fragment(const struct jk_line *l)
{
	if (l->furn != JK_FURN_NONE || empty_raw(l))
		return 0;
	return jk_utf8_count(l->s) <= VERT_MAXCH;
}

/*
 * A 2-6 digit string made of two consecutive integers, higher first:
 * "3534" -> 35, 34; "105104" -> 105, 104.  Returns the split point.
 */
static size_t
page_pair_split(const char *s)
{
	size_t	 len = strlen(s), k;
	char	 a[8], b[8];

	if (len < 2 || len > 6 || strspn(s, "0123456789") != len)
		return 0;
	for (k = 1; k < len; k++) {
		if (s[0] == '0' || s[k] == '0')
			continue;
		memcpy(a, s, k);
		a[k] = '\0';
		memcpy(b, s + k, len - k);
		b[len - k] = '\0';
		if (atol(a) == atol(b) + 1)
			return k;
	}
	return 0;
}

static void
take_page_pair(struct fctx *c, struct jk_line *l)
{
	size_t	 k = page_pair_split(l->s);
	const char *hi = jk_arena_strndup(c->ar, l->s, k);
	const char *lo = jk_arena_strdup(c->ar, l->s + k);

	l->furn = JK_FURN_PAGEPAIR;
	add_furn(c, l->lineno, JK_FURN_PAGEPAIR,
	    jk_arena_printf(c->ar, "%s|%s", hi, lo), hi, lo);
	jk_msg(c->diag, JK_M_PAGEPAIR, l->lineno, "'%s': pages %s and %s",
	    l->s, hi, lo);
}

/* Collapse runs of spaces to one and trim; result in the arena. */
static char *
squeeze(struct jk_arena *ar, const char *s, size_t len)
{
	char	*o = jk_xmalloc(len + 1), *r;
	size_t	 i, n = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == ' ' && (n == 0 || o[n - 1] == ' '))
			continue;
		o[n++] = s[i];
	}
	while (n > 0 && o[n - 1] == ' ')
		n--;
	r = jk_arena_strndup(ar, o, n);
	free(o);
	return r;
}

/*
 * The pieces of a recovered label, e.g. "ISSUE  04Special Issue  04" and
 * "vol. 469. 1+2".  The volume goes to the text; of the other pieces the
 * longest is the label.  Pieces are cut where a digit is directly
 * followed by a letter ("04Special").
 */
static const char *
label_from(struct fctx *c, const char *cat)
{
	static GRegex *vol_re;	/* compiled once, not per label */
	GRegex	*re;
	GMatchInfo *mi = NULL;
	const char *best = NULL;
	size_t	 bestlen = 0, len, i, b;
	char	*rest;
	struct jk_buf buf;

	if (g_once_init_enter(&vol_re))
		g_once_init_leave(&vol_re, g_regex_new("vol\\.?\\s*(\\d+)\\.?"
		    "\\s*(\\d+(?:\\s*[+&]\\s*\\d+)?)?", G_REGEX_CASELESS |
		    G_REGEX_OPTIMIZE, 0, NULL));
	re = vol_re;
	jk_buf_init(&buf);
	jk_buf_puts(&buf, "");
	if (re != NULL && g_regex_match(re, cat, 0, &mi)) {
		int	 s0, e0;
		char	*vol = g_match_info_fetch(mi, 1);
		char	*iss = g_match_info_fetch(mi, 2);

		if (c->t->volume == NULL && vol != NULL && *vol != '\0')
			c->t->volume = jk_arena_strdup(c->ar, vol);
		if (c->t->issue == NULL && iss != NULL && *iss != '\0') {
			char *q, *p;
			for (p = q = iss; *p != '\0'; p++)
				if (*p != ' ')
					*q++ = *p;
			*q = '\0';
			c->t->issue = jk_arena_strdup(c->ar, iss);
		}
		g_free(vol);
		g_free(iss);
		g_match_info_fetch_pos(mi, 0, &s0, &e0);
		jk_buf_add(&buf, cat, (size_t)s0);
		jk_buf_putc(&buf, '\n');
		jk_buf_puts(&buf, cat + e0);
	} else
		jk_buf_puts(&buf, cat);
	g_match_info_free(mi);

	/* cut at digit->letter and at the volume's place */
	rest = buf.data;
	len = buf.len;
	for (i = 0, b = 0; i <= len; i++) {
		int cut = i == len || rest[i] == '\n' ||
		    (i > 0 && rest[i - 1] >= '0' && rest[i - 1] <= '9' &&
		    ((rest[i] >= 'A' && rest[i] <= 'Z') ||
		    ((unsigned char)rest[i] >= 0xe0)));
		if (!cut)
			continue;
		if (i > b) {
			char *piece = squeeze(c->ar, rest + b, i - b);
			size_t n = jk_utf8_count(piece);
			if (n > bestlen) {
				bestlen = n;
				best = piece;
			}
		}
		b = rest[i] == '\n' ? i + 1 : i;
	}
	jk_buf_free(&buf);
	return best != NULL ? best : "";
}

/*
 * Short lines in a row are also what flattened table cells and photo
 * numbers look like.  A running label comes after a run of blank lines
 * (a page edge), or holds a page pair or a volume, or is long; and it has
 * letters in it.
 */
static int
vertical_evidence(const struct jk_text *t, size_t from, size_t last,
    int nfrag)
{
	size_t	 k;
	int	 before = 0, letters = 0, pp = 0, vol = 0;
	long	 j;

	for (j = (long)from - 1; j >= 0 && t->lines[j].blank; j--)
		before++;
	if (j < 0)
		before = 3;	/* start of the text */
	for (k = from; k <= last; k++) {
		const char *p = t->lines[k].s;

		if (!is_fragment(&t->lines[k]) && !t->lines[k].blank)
			pp = 1;
		for (; *p != '\0'; p++) {
			if ((unsigned char)*p >= 0xc0 ||
			    (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z'))
				letters++;
		}
		if (strncmp(t->lines[k].s, "vo", 2) == 0 ||
		    strncmp(t->lines[k].s, "VO", 2) == 0)
			vol = 1;
	}
	if (letters == 0)
		return 0;
	return before >= 2 || pp || vol || nfrag >= 12;
}

/*
 * The end of a sentence cut by the label ("…소개되어 있습니" | label |
 * "다."): fragments that close a sentence, at the end of the run, after
 * a text line that leaves one open, belong to that text, not to the
 * label (whose words close no sentence).  They are taken off the run
 * [from, *last]; returns how many.
 */
static int
word_end_after(const struct jk_text *t, size_t from, size_t *last)
{
	long	 p;
	size_t	 k = *last;
	int	 n = 0;

	for (p = (long)from - 1; p >= 0 && (t->lines[p].blank ||
	    t->lines[p].furn != JK_FURN_NONE); p--)
		;
	if (p < 0 || jk_is_terminal(t->lines[p].s) ||
	    t->lines[p].trail > 1 || !jk_is_terminal(t->lines[k].s))
		return 0;
	while (k > from && is_fragment(&t->lines[k]) &&
	    !t->lines[k].blank && n < 1) {
		n++;
		do
			k--;
		while (k > from && empty_raw(&t->lines[k]));
	}
	*last = k;
	return n;
}

/*
 * Runs of >= 6 fragments, with up to two empty lines between them and a
 * page pair allowed inside.  The fragments are concatenated (spaces
 * included: "vo" "l. " "46" "9." " 1+" "2") to recover the label.
 */
/* " 텍스트": a whole Hangul word of two or more syllables after a
 * leading space. */
static int
block_word(const struct jk_line *l)
{
	const char	*p = l->s;
	int		 n, syl = 0;

	if (l->raw[0] != ' ')
		return 0;
	while (*p != '\0') {
		if (!jk_is_hangul(jk_utf8_get(p, strlen(p), &n)))
			return 0;
		p += n;
		syl++;
	}
	return syl >= 2;
}

static void
find_vertical(struct fctx *c)
{
	struct jk_text *t = c->t;
	size_t	 i, j, last, k;
	long	 pp, lone;
	int	 nfrag, gap;

	for (i = 0; i < t->n; i++) {
		if (!is_fragment(&t->lines[i]) || t->lines[i].blank)
			continue;
		nfrag = 0;
		last = i;
		gap = 0;
		pp = lone = -1;
		for (j = i; j < t->n; j++) {
			struct jk_line *l = &t->lines[j];

			JK_WORK(1);
			if (empty_raw(l)) {
				if (++gap > VERT_MAXGAP)
					break;
				continue;
			}
			if (is_fragment(l)) {
				if (!l->blank)
					nfrag++;
				if (pp >= 0 && !l->blank)
					lone = lone == -1 ? (long)j : -2;
			} else if (l->furn != JK_FURN_NONE ||
			    page_pair_split(l->s) == 0)
				break;
			else {
				pp = (long)j;
				lone = -1;
			}
			gap = 0;
			last = j;
		}
		/* one word alone after the page pair, set off by a leading
		 * space, is the first line of a block (a short title), not
		 * the end of the label */
		if (lone >= 0 && block_word(&t->lines[lone])) {
			last = (size_t)pp;
			nfrag--;
		}
		nfrag -= word_end_after(t, i, &last);
		if (nfrag < VERT_MINRUN)
			continue;
		if (!vertical_evidence(t, i, last, nfrag)) {
			i = last;	/* no part of it is a label either */
			continue;
		}
		{
			struct jk_buf cat;
			const char *label;
			int	 first = t->lines[i].lineno;

			jk_buf_init(&cat);
			jk_buf_puts(&cat, "");
			for (k = i; k <= last; k++) {
				struct jk_line *l = &t->lines[k];

				if (empty_raw(l))
					continue;
				if (is_fragment(l)) {
					jk_buf_puts(&cat, l->raw);
				} else {
					jk_buf_putc(&cat, '\n');
					take_page_pair(c, l);
				}
			}
			/* segments around a page pair are labels of their own */
			{
				char	*p = cat.data, *nl;
				const char *best = "";

				do {
					nl = strchr(p, '\n');
					if (nl != NULL)
						*nl = '\0';
					label = label_from(c, p);
					if (jk_utf8_count(label) >
					    jk_utf8_count(best))
						best = label;
					p = nl != NULL ? nl + 1 : NULL;
				} while (p != NULL);
				label = best;
			}
			add_furn(c, first, JK_FURN_VERTICAL, label, NULL, NULL);
			for (k = i; k <= last; k++) {
				struct jk_line *l = &t->lines[k];

				if (!is_fragment(l))
					continue;
				l->furn = JK_FURN_VERTICAL;
				jk_msg(c->diag, JK_M_VERTICAL, l->lineno,
				    "'%s' (of '%s')", l->s, label);
			}
			jk_buf_free(&cat);
		}
		i = last;
	}
}

/* Index of the nearest text line before/after i (or -1 / n). */
static long
prev_text(const struct jk_text *t, size_t i, int *dist)
{
	long	 j;

	for (j = (long)i - 1; j >= 0; j--, JK_WORK(1))
		if (!t->lines[j].blank)
			break;
	*dist = (int)((long)i - j);
	return j;
}

static long
next_text(const struct jk_text *t, size_t i, int *dist)
{
	size_t	 j;

	for (j = i + 1; j < t->n; j++, JK_WORK(1))
		if (!t->lines[j].blank)
			break;
	*dist = (int)(j - i);
	return (long)j;
}

/* Mostly digits: a numeric neighbour makes a lone number table data. */
static int
numeric_line(const struct jk_line *l)
{
	size_t	 nd = 0, n = 0;
	const char *p;

	for (p = l->s; *p != '\0'; p++) {
		if (*p == ' ')
			continue;
		n++;
		if ((*p >= '0' && *p <= '9') || *p == ',' || *p == '.' ||
		    *p == '%')
			nd++;
	}
	return n > 0 && nd * 2 > n;
}

static int
near_vertical(const struct jk_text *t, size_t i)
{
	size_t	 lo = i > 8 ? i - 8 : 0, hi = i + 8 < t->n ? i + 8 : t->n, j;

	for (j = lo; j < hi; j++)
		if (t->lines[j].furn == JK_FURN_VERTICAL)
			return 1;
	return 0;
}

/* Is text line j (an index from prev_text() or next_text()) figures,
 * and, with text_only, no page furniture? */
static int
numeric_at(const struct jk_text *t, long j, int text_only)
{
	return j >= 0 && (size_t)j < t->n && numeric_line(&t->lines[j]) &&
	    (!text_only || t->lines[j].furn == JK_FURN_NONE);
}

/* Set apart by blank lines (on both sides, or on one when one_side),
 * with no numeric neighbour. */
static int
isolated(const struct jk_text *t, size_t i, int one_side)
{
	int	 dp, dn;
	long	 p = prev_text(t, i, &dp), n = next_text(t, i, &dn);

	if (one_side ? (dp < 2 && dn < 2) : (dp < 2 || dn < 2))
		return 0;
	return !numeric_at(t, p, 0) && !numeric_at(t, n, 0);
}

/* Is the text line right before or after line i (blank lines aside)
 * figures that are no page furniture: a chart's axis or values, among
 * which a value such as "1211" is no page pair? */
static int
among_values(const struct jk_text *t, size_t i)
{
	int	 dp, dn;

	return numeric_at(t, prev_text(t, i, &dp), 1) ||
	    numeric_at(t, next_text(t, i, &dn), 1);
}

static void
find_page_pairs(struct fctx *c)
{
	struct jk_text *t = c->t;
	size_t	 i;

	for (i = 0; i < t->n; i++) {
		struct jk_line *l = &t->lines[i];

		if (l->furn != JK_FURN_NONE || l->blank ||
		    page_pair_split(l->s) == 0)
			continue;
		if ((near_vertical(t, i) && !among_values(t, i)) ||
		    (strlen(l->s) >= 4 && isolated(t, i, 0)))
			take_page_pair(c, l);
	}
}

/* "01 02", "05": two-digit numbers in a row, ascending by one. */
static int
badge_shape(const char *s)
{
	int	 prev = -1, v;

	while (*s != '\0') {
		if (!(s[0] >= '0' && s[0] <= '9' && s[1] >= '0' &&
		    s[1] <= '9'))
			return 0;
		v = (s[0] - '0') * 10 + (s[1] - '0');
		if (prev >= 0 && v != prev + 1)
			return 0;
		if (prev < 0 && (v == 0 || v > 40))
			return 0;
		prev = v;
		s += 2;
		if (*s != '\0' && *s != ' ')
			return 0;
		while (*s == ' ')
			s++;
	}
	return prev >= 0;
}

static void
find_badges(struct fctx *c)
{
	struct jk_text *t = c->t;
	size_t	 i;

	for (i = 0; i < t->n; i++) {
		struct jk_line *l = &t->lines[i];

		if (l->furn != JK_FURN_NONE || l->blank || !badge_shape(l->s))
			continue;
		if (!isolated(t, i, 1))
			continue;
		l->furn = JK_FURN_BADGE;
		add_furn(c, l->lineno, JK_FURN_BADGE,
		    jk_arena_strdup(c->ar, l->s), NULL, NULL);
		jk_msg(c->diag, JK_M_BADGE, l->lineno, "'%s'", l->s);
	}
}

static int
bullet_start(const char *s)
{
	unsigned int cp = jk_first_cp(s);

	if (cp == '-' || cp == '*' || cp == 0x2022 || cp == 0xb7 ||
	    cp == 0x2027 || cp == 0x203b || (cp >= 0x2460 && cp <= 0x24ff) ||
	    (cp >= 0x25a0 && cp <= 0x25ff) || (cp >= 0x2776 && cp <= 0x2793))
		return 1;
	/* "1)" "1." "01" list or note numbers */
	if (cp >= '0' && cp <= '9') {
		size_t n = strspn(s, "0123456789");
		return s[n] == ')' || s[n] == '.' || s[n] == ' ' || n == 2;
	}
	return 0;
}

/* More than one sentence on the line (a question or an exclamation
 * ends one too)? */
static int
several_sentences(const char *s)
{
	const char *p;
	size_t	 len = strlen(s);

	for (p = s; (p = strpbrk(p, ".?!")) != NULL; p++) {
		/* a sentence end: Hangul before the mark, text after it */
		if (p[1] == ' ' && p >= s + 3 && (size_t)(p + 2 - s) < len &&
		    jk_is_hangul(jk_utf8_get(p - 3, 3, &(int){0})))
			return 1;
	}
	return 0;
}

static const char *const demonstratives[] = {
	"본 ", "이 ", "그 ", "저 ", "해당 ", "이번 ", "우리 ", "이들 ", NULL
};

/* Does a vertical running label found so far print name (spaces
 * ignored)? */
static int
label_prints(const struct fctx *c, const char *name)
{
	char	 a[128], b[512];
	size_t	 k, n;

	/* (a name that fills a is too long for a series; one of a single
	 * character, "C" or "2", is in many a label and names nothing) */
	n = jk_cat_nospace(a, 0, sizeof(a), name);
	if (n == 0 || n + 1 >= sizeof(a) || jk_utf8_count(a) < 2)
		return 0;
	for (k = 0; k < c->nf; k++)
		if (c->f[k].kind == JK_FURN_VERTICAL && c->f[k].text != NULL &&
		    (jk_cat_nospace(b, 0, sizeof(b), c->f[k].text),
		    strstr(b, a) != NULL))
			return 1;
	return 0;
}

/*
 * The series name of tagline s, name (the text before its first "은 " or
 * "는 "), may stop inside the name at an ending ("숫자로 보는 R&D는 …"
 * gives "숫자로 보"): the longest name before a later "은 "/"는 " (or
 * "에서는 ") that a vertical running label prints is the series' name.
 * Returns a new string, or NULL.
 */
static char *
tagline_name(const struct fctx *c, const char *s, const char *name)
{
	const char	*p;
	char		*best = NULL, *cand;
	size_t		 off;

	for (p = s + strlen(name) + 1; *p != '\0'; p++) {
		if (strncmp(p, "은 ", strlen("은 ")) != 0 &&
		    strncmp(p, "는 ", strlen("는 ")) != 0)
			continue;
		off = (size_t)(p - s);
		if (off > 0 && s[off - 1] == ' ')
			continue;
		cand = g_strndup(s, off);
		/* ("바람을 재는 사람들에서는": the label prints the name
		 * without its 에서) */
		if (g_str_has_suffix(cand, "에서") && !label_prints(c, cand))
			cand[strlen(cand) - strlen("에서")] = '\0';
		if (jk_utf8_count(cand) <= TAG_MAXNAME &&
		    label_prints(c, cand)) {
			g_free(best);
			best = cand;
		} else
			g_free(cand);
		if (off > TAG_MAXNAME * 4)
			break;
	}
	return best;
}

/* Is line i alone between blank lines (a tagline wider than the
 * column, set across the page)? */
static int
alone(const struct jk_text *t, size_t i)
{
	return i > 0 && t->lines[i - 1].blank && i + 1 < t->n &&
	    t->lines[i + 1].blank;
}

/* Does line i stand inside a sentence: the text before it closes none,
 * and the text after it goes on with a leading space, as text does
 * after what the page printed across it? */
static int
cuts_sentence(const struct jk_text *t, size_t i)
{
	size_t	 a = i, b = i;

	while (a > 0 && t->lines[a - 1].blank)
		a--;
	while (b + 1 < t->n && t->lines[b + 1].blank)
		b++;
	return a > 0 && b + 1 < t->n && !jk_is_terminal(t->lines[a - 1].s) &&
	    t->lines[b + 1].lead > 0;
}

/* Is the next line with text after line i an event's edition ("제85회
 * …"), the kicker that opens a lecture or seminar unit? */
static int
event_follows(const struct jk_text *t, size_t i)
{
	while (++i < t->n && t->lines[i].blank)
		;
	return i < t->n && jk_event_line(t->lines[i].s);
}

static void
find_taglines(struct fctx *c)
{
	/* the sample's endings; with any other polite statement, the
	 * tagline must name a series a running label prints */
	static const char *const endings[] = { "소개합니다.", "제시합니다.",
	    "전합니다.", "제공하고 있습니다.", "입니다.", NULL };
	static GRegex *tag_re;	/* compiled once, not per document */
	struct jk_text *t = c->t;
	GRegex	*re;
	size_t	 i, k;
	double	 p90 = jk_text_p90(t, 0, t->n);

	if (g_once_init_enter(&tag_re))
		g_once_init_leave(&tag_re, g_regex_new("^(.+?)(?:은|는)\\s.*"
		    "[가-힣]니다\\.$", 0, 0, NULL));
	if ((re = tag_re) == NULL)
		return;
	for (i = 0; i < t->n; i++) {
		struct jk_line *l = &t->lines[i];
		GMatchInfo *mi = NULL;
		char	*name;
		size_t	 nlen, nch;
		int	 ok, labelled, event;

		if (l->furn != JK_FURN_NONE || l->blank ||
		    (nch = jk_utf8_count(l->s)) <= TAG_MINSURE ||
		    nch > TAG_MAXCH || bullet_start(l->s) ||
		    jk_is_open_start(l->s) || several_sentences(l->s))
			continue;
		/* a line of column width that broke at a space is a
		 * sentence of the text going on, not a tagline set across
		 * the page */
		if (l->trail > 0 && l->width <= TAG_WRAPPED * p90)
			continue;
		ok = g_regex_match(re, l->s, 0, &mi);
		name = ok ? g_match_info_fetch(mi, 1) : NULL;
		g_match_info_free(mi);
		if (name == NULL)
			continue;
		for (labelled = 1, k = 0; endings[k] != NULL; k++)
			if (g_str_has_suffix(l->s, endings[k]))
				labelled = 0;
		/* a short statement is a tagline only when a running label
		 * prints its name, or when it stands right over an event's
		 * edition ("제108회 … 세미나"), which opens the unit (then
		 * any ending), or when it ends as the sample's do and is
		 * wider than the column, alone between blank lines: set
		 * across the page, no line of the text; or, printed with a
		 * leading space, it stands inside a sentence it cuts
		 * (cuts_sentence(): any width) */
		if ((event = event_follows(t, i)))
			labelled = 0;
		else if (nch <= TAG_MINCH && !(!labelled && alone(t, i) &&
		    (l->width > TAG_WRAPPED * p90 || (l->lead > 0 &&
		    cuts_sentence(t, i)))))
			labelled = 1;
		{
			char	*longer = tagline_name(c, l->s, name);

			if (longer != NULL) {
				g_free(name);
				name = longer;
			}
		}
		/* ("… 수첩에서는": the series is "… 수첩", unless a running
		 * label prints the name with its 에서: "시험대 위에서") */
		nlen = strlen(name);
		if (nlen > 6 && strcmp(name + nlen - 6, "에서") == 0 &&
		    !label_prints(c, name))
			name[nlen -= 6] = '\0';
		/* another ending ("… 짚어 봅니다."): only the series a
		 * vertical running label names */
		if (labelled && !label_prints(c, name)) {
			g_free(name);
			continue;
		}
		ok = nlen > 0 && jk_utf8_count(name) <= TAG_MAXNAME;
		for (k = 0; ok && demonstratives[k] != NULL; k++)
			if (strncmp(name, demonstratives[k],
			    strlen(demonstratives[k])) == 0)
				ok = 0;
		/* (four words at most; five where an event's edition
		 * follows or a running label prints the name: "제조 혁신
		 * 명사 초청 강연은 …") */
		{
			int spaces = 0;
			const char *p;
			for (p = name; *p != '\0'; p++)
				spaces += *p == ' ';
			if (spaces > 4 || (spaces > 3 && !event &&
			    !label_prints(c, name)))
				ok = 0;
		}
		if (ok) {
			l->furn = JK_FURN_TAGLINE;
			add_furn(c, l->lineno, JK_FURN_TAGLINE,
			    jk_arena_strdup(c->ar, name), NULL, NULL);
			jk_msg(c->diag, JK_M_TAGLINE, l->lineno,
			    "series '%s'", name);
		}
		g_free(name);
	}
}

static int
cmp_furn(const void *a, const void *b)
{
	const struct jk_furniture *x = a, *y = b;

	return (x->lineno > y->lineno) - (x->lineno < y->lineno);
}

void
jk_furniture_detect(struct jk_text *t, struct jk_arena *ar,
    struct jk_diag *diag)
{
	struct fctx c;

	memset(&c, 0, sizeof(c));
	c.t = t;
	c.ar = ar;
	c.diag = diag;
	find_vertical(&c);
	find_page_pairs(&c);
	find_badges(&c);
	find_taglines(&c);
	if (c.nf > 0) {
		qsort(c.f, c.nf, sizeof(*c.f), cmp_furn);
		t->furn = jk_arena_alloc(ar, c.nf * sizeof(*c.f));
		memcpy(t->furn, c.f, c.nf * sizeof(*c.f));
		t->nfurn = c.nf;
	}
	free(c.f);
}
