/*
 * join.c -- how two consecutive lines of a block are joined, and where
 * paragraphs end.
 *
 * The signals, in order of trust: a trailing space marks a word boundary;
 * no trailing space between two Hangul words marks a mid-word wrap; a
 * line-final hyphen is a real hyphen.  A line with a terminal form
 * (다. 요. ? !) ends a paragraph when it has no trailing space (a sentence
 * that goes on leaves its space at the line end), when it is short
 * (< 0.85 x the local p90 width), when the next line starts a block, or,
 * in single-spaced text, when a blank line follows.  Blank lines after a
 * line without a terminal form are spurious, except where the line ends
 * its paragraph by its shape: a closing bracket before a number-led line,
 * a "label: ..." contact line, a list of firms' names.  A short line was
 * not wrapped inside a word.  Where the signals are weak
 * (after , ) or a closing quote, Latin words, a doubtful Hangul wrap) the
 * document's own vocabulary decides.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cleanup-int.h"
#include "../util/lexicon.h"

#define SHORT_FRAC	0.85	/* shorter than this x p90: a short line */
#define DOUBLE_SHARE	0.60	/* more lines followed by a blank: double
				 * (single-spaced runs of 3-7 lines and
				 * tables take a double-spaced article
				 * down to about 0.55; spurious blanks take
				 * a single-spaced one up to about 0.5) */
#define REGIME_FRAC	0.75	/* lines at least this x p90 wide tell the
				 * spacing of the body */
#define UNMARKED_MIN	4	/* open lines without a trailing space
				 * before a block counts as unmarked */
#define CAPS_EXTRA	0.2	/* a Latin capital's width over 0.5 */
#define FIT_FRAC	0.95	/* the next word fits if the line stays under
				 * this x p90 (widths of Latin are guesses) */

static int
is_hyphen(unsigned int cp)
{
	return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x2013 ||
	    cp == 0x2014;
}

/* Skip closing quotes and brackets backwards from the end of s. */
static unsigned int
last_core(const char *s, const char **at)
{
	const char *p = s + strlen(s), *q;
	unsigned int cp;
	int	 k;

	while (p > s && p[-1] == ' ')
		p--;
	while (p > s) {
		q = p - 1;
		while (q > s && ((unsigned char)*q & 0xc0) == 0x80)
			q--;
		cp = jk_utf8_get(q, (size_t)(p - q), &k);
		if (cp != 0x2019 && cp != 0x201d && cp != '"' && cp != '\'' &&
		    cp != ')' && cp != 0x300d && cp != 0x300f) {
			if (at != NULL)
				*at = q;
			return cp;
		}
		p = q;
	}
	if (at != NULL)
		*at = s;
	return 0;
}

int
jk_is_terminal(const char *s)
{
	const char *at, *q;
	unsigned int cp, prev;
	int	 k;

	if (s == NULL || *s == '\0')
		return 0;
	cp = last_core(s, &at);
	/* a glued note reference after the period: "기대된다.03" */
	if (cp >= '0' && cp <= '9') {
		const char *e = at;
		int nd = 0;
		while (e > s && e[-1] >= '0' && e[-1] <= '9' && nd < 3) {
			e--;
			nd++;
		}
		if (nd <= 2 && e > s && e[-1] == '.') {
			q = e - 1;
			if (q == s)
				return 0;
			at = q;
			cp = '.';
		}
	}
	if (cp == '?' || cp == '!' || cp == 0xff1f || cp == 0xff01)
		return 1;
	if (cp != '.' && cp != 0x3002)
		return 0;
	if (at == s)
		return 0;
	/* 다. 요. 음. 함. ...: a Hangul syllable before the period, perhaps
	 * with a closing quote between them ("했다”.") */
	do {
		q = at - 1;
		while (q > s && ((unsigned char)*q & 0xc0) == 0x80)
			q--;
		prev = jk_utf8_get(q, (size_t)(at - q), &k);
		at = q;
	} while (at > s && (prev == 0x2019 || prev == 0x201d ||
	    prev == '"' || prev == '\''));
	return prev >= 0xac00 && prev <= 0xd7a3;
}

static void
explain(char *why, size_t whylen, const char *fmt, ...)
{
	va_list	 ap;

	if (why == NULL || whylen == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(why, whylen, fmt, ap);
	va_end(ap);
}

/* Does a end inside a URL ("https://knowledge4policy.")? */
static int
in_url(const char *a)
{
	const char *tok, *p;

	p = strrchr(a, ' ');
	tok = p != NULL ? p + 1 : a;
	return strstr(tok, "://") != NULL || strncmp(tok, "www.", 4) == 0 ||
	    strstr(tok, ".kr") != NULL || strstr(tok, ".com") != NULL ||
	    strstr(tok, ".org") != NULL;
}

/* A word of the language's word list, or one the issue prints. */
static int
known_word(const struct jk_text *t, const char *w, size_t len)
{
	return jk_vocab_has(t, w, len) || jk_lex_word(w, len) == JK_LEX_YES;
}

/* tail+head is no word of the language's word list; tail and head are
 * words (of the list or of the issue: names of departments and firms
 * are in no list). */
static int
lex_apart(const struct jk_text *t, const char *tail, size_t tl,
    const char *head, size_t hl)
{
	char	*j;
	enum jk_lex g;

	if (!known_word(t, tail, tl) || !known_word(t, head, hl))
		return 0;
	j = jk_xmalloc(tl + hl + 1);
	memcpy(j, tail, tl);
	memcpy(j + tl, head, hl);
	g = jk_lex_word(j, tl + hl);
	free(j);
	return g == JK_LEX_NO;
}

/*
 * No trailing space between two Hangul words: almost always a mid-word
 * wrap.  The text overrules that only when the two halves are seen
 * elsewhere as neighbouring words ("전 세계적으로") more often than as
 * one word, and the next line does not open with a particle or ending.
 * In a block that keeps no trailing spaces (unmarked: a bio, a box) the
 * word list decides too: "경영학|박사" is two words, "학|위를" one.
 */
static enum jk_join
hangul_pair(const struct jk_text *t, const char *tail, size_t tl,
    const char *head, size_t hl, const struct jk_line *b, int unmarked,
    char *why, size_t whylen)
{
	char	*j = jk_xmalloc(tl + hl + 2);
	int	 joined, spaced;

	memcpy(j, tail, tl);
	memcpy(j + tl, head, hl);
	j[tl + hl] = '\0';
	joined = jk_vocab_count(t, j, tl + hl);
	memcpy(j, tail, tl);
	j[tl] = ' ';
	memcpy(j + tl + 1, head, hl);
	j[tl + 1 + hl] = '\0';
	spaced = jk_vocab_count(t, j, tl + 1 + hl);
	free(j);
	if (jk_is_particle_token(head, hl) || jk_is_open_start(b->s)) {
		explain(why, whylen, "no trailing space, next line opens with "
		    "a particle or ending: mid-word");
		return JK_JOIN_NONE;
	}
	/* "…시상식|제2회": a syllable, a number and a counter make a word
	 * of their own, never the end of the word before them */
	if (hl > 3 && head[3] >= '0' && head[3] <= '9' && tl >= 6 &&
	    joined == 0) {
		explain(why, whylen, "no trailing space, but the next line "
		    "opens with an ordinal ('%.*s'): word boundary", (int)hl,
		    head);
		return JK_JOIN_SPACE;
	}
	if (spaced > joined) {
		explain(why, whylen, "no trailing space, but '%.*s %.*s' is "
		    "seen %d time(s) as two words, %d as one: word boundary",
		    (int)tl, tail, (int)hl, head, spaced, joined);
		return JK_JOIN_SPACE;
	}
	if (joined == 0 && unmarked &&
	    lex_apart(t, tail, tl, head, hl)) {
		explain(why, whylen, "no trailing space where lines keep none; "
		    "'%.*s%.*s' is no word of the word list, '%.*s' and "
		    "'%.*s' are words: word boundary", (int)tl, tail, (int)hl, head,
		    (int)tl, tail, (int)hl, head);
		return JK_JOIN_SPACE;
	}
	if (joined > 0)
		explain(why, whylen, "no trailing space, '%.*s%.*s' seen "
		    "elsewhere: mid-word", (int)tl, tail, (int)hl, head);
	else
		explain(why, whylen, "no trailing space, Hangul|Hangul: "
		    "mid-word");
	return JK_JOIN_NONE;
}

/* Does s open with a short label and a colon ("문의: ", "출처 : ")? */
static int
label_line(const char *s)
{
	const char *p = s;
	unsigned int cp;
	int	 k, n = 0;

	while (*p != '\0') {
		cp = jk_utf8_get(p, strlen(p), &k);
		if (cp < 0xac00 || cp > 0xd7a3)
			break;
		n++;
		p += k;
	}
	if (n < 1 || n > 4)
		return 0;
	if (*p == ' ')
		p++;
	return *p == ':' && p[1] == ' ';
}

int
jk_is_label_close(const char *s)
{
	const char *at;
	unsigned int la;

	if (s == NULL || !label_line(s))
		return 0;
	la = jk_last_cp(s, &at);
	return la == ')' || la == 0x300d || la == 0x300f ||
	    (la >= '0' && la <= '9');
}

/*
 * Does line a end its paragraph by its shape, though it has no terminal
 * form?  In a block that keeps its trailing spaces, a line without one
 * was broken inside a word or where its text ended.  After a closing
 * bracket, a number cannot go on the same word: the next line, led by
 * a number (a date, a count), starts anew.  After a word of two or more
 * syllables it can ("자유도|2는"), unless the line is short or a blank
 * line follows in single-spaced text.  A "label: ..." line ending in a bracket or a number (a
 * contact, a source) closes its item whatever follows.
 */
static int
ends_by_shape(const struct jk_line *a, const struct jk_line *b, int blanks,
    int shortl, const struct jk_joinctx *ctx, char *why, size_t whylen)
{
	const char *at, *tail;
	unsigned int la, fb;
	size_t	 tl;

	if (a->trail > 0 || ctx->spaces_unmarked)
		return 0;
	la = jk_last_cp(a->s, &at);
	fb = jk_first_cp(b->s);
	if (jk_is_label_close(a->s) && !jk_is_open_start(b->s)) {
		explain(why, whylen, "a 'label: ...' line ends in a bracket "
		    "or number, no trailing space: it closes its item");
		return 1;
	}
	if (fb < '0' || fb > '9')
		return 0;
	if (la == ')' || la == 0x300d || la == 0x300f) {
		explain(why, whylen, "closing bracket, no trailing space, "
		    "next line led by a number: a new paragraph");
		return 1;
	}
	tl = jk_last_token(a->s, &tail);
	if (jk_cclass(la) == JK_C_HANGUL && tl >= 6 &&
	    ((!ctx->double_spaced && blanks > 0) || shortl)) {
		explain(why, whylen, "a word, no trailing space, %s, next "
		    "line led by a number: a new paragraph", shortl ?
		    "a short line" : "a blank line");
		return 1;
	}
	return 0;
}

/*
 * A short line (the next line's first word would have fitted after it)
 * was not wrapped inside a word: its text ended there.  Gluing its last
 * word to the next line's first, both words (of the list or of the
 * issue), must not make a word the issue prints nowhere and the word
 * list does not know ("시상식|제2회").
 */
static int	 next_word_fits(const struct jk_line *, const struct jk_line *,
		    double);

static int
short_glue_nonword(const struct jk_text *t, const struct jk_line *a,
    const struct jk_line *b)
{
	const char *tail, *head;
	size_t	 tl, hl;
	char	*j;
	int	 bad;

	tl = jk_last_token(a->s, &tail);
	hl = jk_first_token(b->s, &head);
	/* "1|천": a number goes on */
	if (tl > 0 && tail[tl - 1] >= '0' && tail[tl - 1] <= '9')
		return 0;
	if (tl == 0 || hl == 0 || jk_is_particle_token(head, hl) ||
	    jk_is_open_start(b->s) || !known_word(t, tail, tl) ||
	    !known_word(t, head, hl))
		return 0;
	j = jk_xmalloc(tl + hl + 1);
	memcpy(j, tail, tl);
	memcpy(j + tl, head, hl);
	j[tl + hl] = '\0';
	bad = jk_vocab_count(t, j, tl + hl) == 0 &&
	    jk_lex_word(j, tl + hl) != JK_LEX_YES;
	free(j);
	return bad;
}

int
jk_is_name_list(const char *s)
{
	static const char *const mark[] = { "\xe3\x88\x9c" /* ㈜ */,
	    "\xe3\x88\x94" /* ㈔ */, "(주)", "(사)", "(재)", "(유)",
	    NULL };
	const char	*p = s, *e;
	char		 tok[128];
	int		 n = 0, k;

	while (*p != '\0') {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		for (e = p; *e != '\0' && *e != ' '; e++)
			;
		if ((size_t)(e - p) >= sizeof(tok))
			return 0;
		memcpy(tok, p, (size_t)(e - p));
		tok[e - p] = '\0';
		for (k = 0; mark[k] != NULL && strstr(tok, mark[k]) == NULL;
		    k++)
			;
		if (mark[k] == NULL)
			return 0;
		n++;
		p = e;
	}
	return n >= 3;
}

int
jk_join_ended_short(const struct jk_text *t, const struct jk_line *a,
    const struct jk_line *b, const struct jk_joinctx *ctx)
{
	return a->trail == 0 && ctx->p90 > 0 &&
	    a->width < SHORT_FRAC * ctx->p90 && next_word_fits(a, b, ctx->p90) &&
	    short_glue_nonword(t, a, b);
}

/*
 * Glue between two lines of one paragraph: NONE, SPACE or HYPHEN.
 */
static enum jk_join
glue(const struct jk_text *t, const struct jk_line *a,
    const struct jk_line *b, int unmarked, char *why, size_t whylen)
{
	const char *at, *tail, *head;
	unsigned int la, fb, before;
	enum jk_cclass ca, cb;
	size_t	 tl, hl;
	int	 k;

	la = jk_last_cp(a->s, &at);
	fb = jk_first_cp(b->s);
	ca = jk_cclass(la);
	cb = jk_cclass(fb);
	before = 0;
	if (at > a->s) {
		const char *q = at - 1;
		while (q > a->s && ((unsigned char)*q & 0xc0) == 0x80)
			q--;
		before = jk_utf8_get(q, (size_t)(at - q), &k);
	}

	if (is_hyphen(la) && before != 0 && before != ' ') {
		explain(why, whylen, "line-final hyphen kept");
		return JK_JOIN_HYPHEN;
	}
	if (is_hyphen(la)) {
		explain(why, whylen, "a dash between words");
		return JK_JOIN_SPACE;
	}
	if (a->trail > 0) {
		explain(why, whylen, "trailing space: word boundary");
		return JK_JOIN_SPACE;
	}
	tl = jk_last_token(a->s, &tail);
	hl = jk_first_token(b->s, &head);

	/* an enclosed mark ("가나㈜", "㈜다라") ends or opens a name */
	if ((la >= 0x3200 && la <= 0x32ff) || (fb >= 0x3200 && fb <= 0x32ff)) {
		explain(why, whylen, "an enclosed mark ends or opens a name: "
		    "word boundary");
		return JK_JOIN_SPACE;
	}
	/* after , ; : a word boundary (but "2," | "200" is one number) */
	if (la == ',' || la == ';' || la == ':') {
		if (la == ',' && before >= '0' && before <= '9' &&
		    strspn(b->s, "0123456789") == 3) {
			explain(why, whylen, "number split at a thousands "
			    "separator");
			return JK_JOIN_NONE;
		}
		if (cb == JK_C_CLOSE || fb == ',' || fb == '.') {
			explain(why, whylen, "next line starts with "
			    "punctuation");
			return JK_JOIN_NONE;
		}
		explain(why, whylen, "after '%c' without trailing space: word "
		    "boundary", (int)la);
		return JK_JOIN_SPACE;
	}
	/* after ) and closing quotes: Hangul right after them is a particle
	 * or a bound word ("‘퇴화 진단’|과", "(KISTEP)|당한"); the space
	 * would have been kept as a trailing space */
	if (ca == JK_C_CLOSE) {
		if (cb == JK_C_HANGUL) {
			explain(why, whylen, "%s after closing punctuation, no "
			    "trailing space",
			    hl > 0 && jk_is_particle_token(head, hl) ?
			    "particle" : "bound word");
			return JK_JOIN_NONE;
		}
		if (cb == JK_C_CLOSE || cb == JK_C_PUNCT) {
			explain(why, whylen, "punctuation follows closing "
			    "punctuation");
			return JK_JOIN_NONE;
		}
		explain(why, whylen, "a word follows closing punctuation");
		return JK_JOIN_SPACE;
	}
	if (ca == JK_C_OPEN || la == 0xb7 || la == 0x2027 || la == '/' ||
	    la == '~' || la == 0x223c || la == '&' || la == '+') {
		explain(why, whylen, "line ends in joining punctuation");
		return JK_JOIN_NONE;
	}
	if (cb == JK_C_CLOSE || cb == JK_C_PUNCT) {
		explain(why, whylen, "next line starts with punctuation");
		return JK_JOIN_NONE;
	}
	if ((cb == JK_C_LATIN || cb == JK_C_DIGIT) && in_url(a->s)) {
		explain(why, whylen, "a URL goes on");
		return JK_JOIN_NONE;
	}
	if (ca == JK_C_LATIN && cb == JK_C_LATIN) {
		explain(why, whylen, "Latin words are never split without a "
		    "hyphen");
		return JK_JOIN_SPACE;
	}
	if (la == '.' && cb == JK_C_LATIN) {
		explain(why, whylen, "abbreviation, then a Latin word");
		return JK_JOIN_SPACE;
	}
	if (ca == JK_C_HANGUL && cb == JK_C_HANGUL && tl > 0 && hl > 0)
		return hangul_pair(t, tail, tl, head, hl, b, unmarked, why,
		    whylen);
	explain(why, whylen, "no trailing space: mid-word");
	return JK_JOIN_NONE;
}

/*
 * A line is short only if the next line's first word would have fitted
 * after it: otherwise the line was broken because that word was long.
 */
static int
next_word_fits(const struct jk_line *a, const struct jk_line *b, double p90)
{
	const char *e = b->s;
	char	*w;
	double	 ww;
	int	 caps = 0;

	/* a capital is wider than the half a syllable jk_text_width()
	 * gives it ("ADDRESS" did not fit where it seemed to) */
	for (; *e != '\0' && *e != ' '; e++)
		if (*e >= 'A' && *e <= 'Z')
			caps++;
	w = jk_xstrndup(b->s, (size_t)(e - b->s));
	ww = jk_text_width(w) + caps * CAPS_EXTRA;
	free(w);
	return a->width + 0.5 + ww <= FIT_FRAC * p90;
}

/* Blank lines between text line i and the next one; -1 at the end. */
static int
gap_after(const struct jk_text *t, size_t i, size_t *next)
{
	size_t	 j;
	int	 n = 0;

	for (j = i + 1; j < t->n; j++) {
		if (t->lines[j].furn != JK_FURN_NONE)
			continue;
		if (!t->lines[j].blank)
			break;
		n++;
	}
	*next = j;
	return j < t->n ? n : -1;
}

/*
 * Is the text right around a and b double-spaced, whatever the measured
 * regime says?  A double-spaced lede or box inside a single-spaced
 * article is: the gaps around the join hold a blank, in an unbroken run
 * of at least three (up to two before a, up to three after b) with one
 * on each side.  The run may stop at a single-spaced block above (a bio
 * printed over the text), never at the gap right before a.
 */
static int
locally_double(const struct jk_text *t, const struct jk_line *a,
    const struct jk_line *b)
{
	size_t	 ia, ib, i, j, next;
	int	 before = 0, after = 0, g;

	if (t == NULL || t->n == 0 || a < t->lines || a >= t->lines + t->n ||
	    b < t->lines || b >= t->lines + t->n)
		return 0;
	ia = (size_t)(a - t->lines);
	ib = (size_t)(b - t->lines);
	/* up to two text lines before a */
	for (i = ia, g = 0; g < 2 && i > 0; g++) {
		for (j = i; j > 0; j--)
			if (!t->lines[j - 1].blank &&
			    t->lines[j - 1].furn == JK_FURN_NONE)
				break;
		if (j == 0 || gap_after(t, j - 1, &next) < 1)
			break;
		before++;
		i = j - 1;
	}
	if (before == 0)
		return 0;
	for (i = ib, g = 0; g < (before < 2 ? 3 : 2); g++) {
		int	 n = gap_after(t, i, &next);

		if (n < 0)
			break;
		if (n < 1) {
			if (before >= 2)
				break;
			return 0;
		}
		after++;
		i = next;
	}
	/* (two blank gaps right before a: the text there is double-
	 * spaced, even when a short single-spaced run follows b) */
	return (after >= 1 && before + after >= 3) || before >= 2;
}

/* Is text line b a full line of running text with a blank line after
 * it (the text goes on double-spaced from b, not in labels or a list of
 * short lines, nor single-spaced as a new paragraph does)? */
static int
double_from(const struct jk_text *t, const struct jk_line *b, double p90)
{
	size_t	 next;

	if (b < t->lines || b >= t->lines + t->n || p90 <= 0)
		return 0;
	return b->width >= SHORT_FRAC * p90 &&
	    gap_after(t, (size_t)(b - t->lines), &next) >= 1;
}

enum jk_join
jk_join_decide(const struct jk_text *t, const struct jk_line *a,
    const struct jk_line *b, int blanks, int next_is_block,
    const struct jk_joinctx *ctx, char *why, size_t whylen)
{
	struct jk_joinctx def = { 1, 0, 0, 0 };
	char	 g[160];
	enum jk_join j;
	int	 term, shortl;

	if (why != NULL && whylen > 0)
		why[0] = '\0';
	if (ctx == NULL)
		ctx = &def;
	if (a == NULL || b == NULL || a->blank || b->blank)
		return JK_JOIN_PARA;
	if (ctx->title_block) {
		const char *at;
		unsigned int la = jk_last_cp(a->s, &at);
		if (is_hyphen(la) && at > a->s && at[-1] != ' ') {
			explain(why, whylen, "title block: hyphen kept");
			return JK_JOIN_HYPHEN;
		}
		explain(why, whylen, "title block: always a space");
		return JK_JOIN_SPACE;
	}
	term = jk_is_terminal(a->s);
	shortl = ctx->p90 > 0 && a->width < SHORT_FRAC * ctx->p90 &&
	    next_word_fits(a, b, ctx->p90);

	if (term) {
		if (a->trail >= 2) {
			explain(why, whylen, "terminal + two trailing spaces: "
			    "end marker");
			return JK_JOIN_PARA;
		}
		if (next_is_block) {
			explain(why, whylen, "terminal, next line starts a "
			    "block");
			return JK_JOIN_PARA;
		}
		/* a sentence that goes on after a line end leaves its space
		 * there: no trailing space means nothing followed */
		if (a->trail == 0) {
			explain(why, whylen, "terminal without trailing space");
			return JK_JOIN_PARA;
		}
		if (shortl) {
			explain(why, whylen, "terminal, short line (%.1f < %.2f "
			    "x %.1f)", a->width, SHORT_FRAC, ctx->p90);
			return JK_JOIN_PARA;
		}
		if (ctx->double_spaced) {
			explain(why, whylen, "double-spaced: terminal with "
			    "trailing space, full line: same paragraph");
			return JK_JOIN_SPACE;
		}
		if (blanks > 0 && locally_double(t, a, b)) {
			explain(why, whylen, "terminal with trailing space, full "
			    "line, double-spaced around here: same paragraph");
			return JK_JOIN_SPACE;
		}
		/* (and the text after the blank goes on double-spaced: a
		 * run of double spacing began inside the paragraph; a
		 * paragraph of single-spaced text ends at its blank line
		 * whatever its last line's space) */
		if (blanks > 0 && t != NULL && double_from(t, b, ctx->p90)) {
			explain(why, whylen, "terminal with trailing space, full "
			    "line, double-spaced from the next line: same "
			    "paragraph");
			return JK_JOIN_SPACE;
		}
		if (blanks > 0) {
			explain(why, whylen, "single-spaced: terminal, then a "
			    "blank line");
			return JK_JOIN_PARA;
		}
		explain(why, whylen, "single-spaced: terminal, no blank: "
		    "same paragraph");
		return JK_JOIN_SPACE;
	}
	if (next_is_block) {
		explain(why, whylen, "next line starts a block");
		return JK_JOIN_PARA;
	}
	if (a->trail == 0 && jk_is_name_list(a->s) && !jk_is_name_list(b->s)) {
		explain(why, whylen, "a list of firms' names ends");
		return JK_JOIN_PARA;
	}
	if (ends_by_shape(a, b, blanks, shortl, ctx, why, whylen))
		return JK_JOIN_PARA;
	j = glue(t, a, b, ctx->spaces_unmarked, g, sizeof(g));
	if (j == JK_JOIN_NONE && jk_join_ended_short(t, a, b, ctx)) {
		explain(why, whylen, "short line (%.1f < %.2f x %.1f): its "
		    "text ended there, and the glued word is seen nowhere: "
		    "word boundary", a->width, SHORT_FRAC, ctx->p90);
		return JK_JOIN_SPACE;
	}
	if (!ctx->double_spaced && blanks > 0)
		explain(why, whylen, "single-spaced, blank line after an open "
		    "line is spurious; %s", g);
	else
		explain(why, whylen, "%s", g);
	return j;
}

void
jk_join_append(struct jk_buf *buf, const char *s, enum jk_join j)
{
	if (j == JK_JOIN_PARA || s == NULL)
		return;
	if (j == JK_JOIN_SPACE && buf->len > 0 && buf->data[buf->len - 1] != ' ')
		jk_buf_putc(buf, ' ');
	jk_buf_puts(buf, s);
}

static int
cmp_double(const void *a, const void *b)
{
	double	 x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

double
jk_text_p90(const struct jk_text *t, size_t from, size_t to)
{
	double	*w, p90 = 0;
	size_t	 i, nw = 0;

	if (t == NULL || from >= to || to > t->n)
		return 0;
	w = jk_xreallocarray(NULL, to - from, sizeof(*w));
	for (i = from; i < to; i++)
		if (!t->lines[i].blank && t->lines[i].furn == JK_FURN_NONE)
			w[nw++] = t->lines[i].width;
	if (nw > 0) {
		qsort(w, nw, sizeof(*w), cmp_double);
		p90 = w[(size_t)(0.9 * (double)(nw - 1) + 0.5)];
	}
	free(w);
	return p90;
}

void
jk_joinctx_measure(struct jk_joinctx *ctx, const struct jk_text *t,
    size_t from, size_t to)
{
	size_t	 i, j, ntext = 0, nblank = 0;
	size_t	 nopen = 0, nopen_trail = 0;

	ctx->double_spaced = 0;
	ctx->spaces_unmarked = 0;
	ctx->p90 = 0;
	ctx->title_block = 0;
	if (t == NULL || to > t->n)
		to = t != NULL ? t->n : 0;
	if (from >= to)
		return;
	ctx->p90 = jk_text_p90(t, from, to);
	for (i = from; i < to; i++) {
		const struct jk_line *l = &t->lines[i];

		if (l->blank || l->furn != JK_FURN_NONE)
			continue;
		/* followed by a blank (furniture lines are skipped) */
		for (j = i + 1; j < to; j++)
			if (t->lines[j].furn == JK_FURN_NONE ||
			    t->lines[j].blank)
				break;
		if (j >= to)
			continue;	/* last line: no evidence */
		if (!jk_is_terminal(l->s)) {
			nopen++;
			nopen_trail += l->trail > 0;
		}
		/* the spacing is the body's: short lines (paragraph ends,
		 * bios and captions in narrower boxes, chart labels) are
		 * followed by a blank in either regime */
		if (l->width < REGIME_FRAC * ctx->p90)
			continue;
		ntext++;
		if (t->lines[j].blank)
			nblank++;
	}
	ctx->double_spaced = ntext > 0 && nblank > DOUBLE_SHARE * ntext;
	/* lines that go on, none with a trailing space: not recorded */
	ctx->spaces_unmarked = nopen >= UNMARKED_MIN && nopen_trail == 0;
}
