/*
 * headings.c -- lists and headings: list markers and items, numbered,
 * circled and unnumbered headings, stacked titles of items, boxes that
 * turn out to be sections.
 */
#include <stdlib.h>
#include <string.h>

#include "blkpriv.h"
#include "../util/lexicon.h"

int
bk_marker(const char *s, const char **rest)
{
	int	 kind = 0, n;
	const char *p = s;

	if (strncmp(s, "•", 3) == 0 || strncmp(s, "·", 2) == 0 ||
	    strncmp(s, "▶", 3) == 0) {
		kind = L_BULLET;
		p += strncmp(s, "·", 2) == 0 ? 2 : 3;
	} else if (s[0] == '-') {
		kind = L_DASH;
		p++;
	} else if (strncmp(s, "■", 3) == 0 || strncmp(s, "□", 3) == 0) {
		kind = L_SQUARE;
		p += 3;
	} else if (st_circled(s)) {
		kind = L_CIRCLED;
		jk_utf8_get(s, strlen(s), &n);
		p += n;
	}
	while (*p == ' ')
		p++;
	*rest = p;
	return kind;
}

/* "N. text" at a line start: N (1-99), else 0. */
static int
dot_number(const char *s)
{
	int	 n = 0, d = 0;

	while (g_ascii_isdigit(s[d]) && d < 2)
		n = n * 10 + (s[d++] - '0');
	return d > 0 && s[d] == '.' && s[d + 1] == ' ' && s[d + 2] != ' ' &&
	    s[d + 2] != '\0' ? n : 0;
}

/* Is flow line j "N. text" where one of the 30 lines before it (from
 * line lo on) is "N-1. text"?  Such a line is the next point of a
 * numbered run, never the continuation of a line before it. */
static int
next_numbered(const struct st *st, int lo, int j)
{
	int	 n = dot_number(st->f[j].s), k;

	if (n < 2)
		return 0;
	for (k = j - 1; k >= lo && k >= j - 30; k--)
		if (dot_number(st->f[k].s) == n - 1)
			return 1;
	return 0;
}

int
bk_list_item(struct bctx *b, int i)
{
	struct st	*st = b->st;
	struct jk_node	*it;
	struct jk_buf	 buf;
	const char	*rest;
	int		 kind = bk_marker(st->f[i].s, &rest), j, prev = i;
	char		 why[200];
	enum jk_join	 jj;

	bk_flush_para(b);
	if (b->list == NULL || b->listkind != kind) {
		b->list = jk_node_new(st->doc, JK_NODE_LIST, st->f[i].ln);
		if (kind == L_CIRCLED)
			b->list->flags |= JK_F_ORDERED;
		b->listkind = kind;
		jk_node_append(b->cur, b->list);
	}
	it = jk_node_new(st->doc, JK_NODE_ITEM, st->f[i].ln);
	it->label = jk_arena_strndup(st->doc->arena, st->f[i].s,
	    (size_t)(rest - st->f[i].s));
	while (it->label[0] != '\0' &&
	    it->label[strlen(it->label) - 1] == ' ')
		((char *)it->label)[strlen(it->label) - 1] = '\0';
	jk_buf_init(&buf);
	jk_buf_puts(&buf, rest);
	/* hanging continuation lines */
	for (j = bk_next_body(b, i); j >= 0; j = bk_next_body(b, j)) {
		const struct fl *f = &st->f[j], *pf = &st->f[prev];

		if (f->k & (K_BULLET | K_CIRCLED | K_CAPTION | K_BYLINE |
		    K_NOTE | K_NUMHEAD | K_SOURCE | K_NUMROW))
			break;
		if (f->blanks > 1 || (pf->k & K_TERM) ||
		    next_numbered(st, b->a->from, j))
			break;
		/* an advert's item is one display line: what follows a
		 * blank line is the next line of the page unless the
		 * glued word says otherwise */
		if (b->a->advert && f->blanks >= 1 && pf->trail == 0 &&
		    !bk_glue_known(st, prev, j))
			break;
		/* a heading after the last item, over running text */
		if (f->blanks >= 1 && f->trail == 0 && pf->trail == 0 &&
		    !bk_glue_known(st, prev, j) && bk_is_heading(b, j))
			break;
		if (f->blanks == 1 && !b->jc.double_spaced &&
		    pf->trail == 0 && pf->w < 0.6 * st->p90)
			break;
		if (pf->w < 0.8 * b->jc.p90 && pf->trail == 0 &&
		    !(f->k & K_OPEN))
			break;
		why[0] = '\0';
		jj = jk_join_decide(st->t, pf->l, f->l, f->blanks, 0, &b->jc,
		    st->o->explain ? why : NULL, sizeof(why));
		if (st->o->explain)
			bk_explain_join(st, prev, j, jj, why);
		if (jj == JK_JOIN_PARA)
			break;
		jk_join_append(&buf, f->s, jj);
		st->f[j].role = R_DONE;
		prev = j;
	}
	st_inline(st, it, buf.data, st->f[i].ln, b->a);
	jk_buf_free(&buf);
	jk_node_append(b->list, it);
	return prev;
}

/* Running text: prose, or a full line that is not table or chart text. */
static int
running(const struct st *st, int i)
{
	const struct fl	*f = &st->f[i];

	if (st_is_prose(st, i))
		return 1;
	return f->w >= 0.7 * st->p90 && !(f->k & (K_SOURCE | K_NUMROW |
	    K_CAPTION | K_LABEL)) && strstr(f->s, "  ") == NULL;
}

/* Line i, open (no closed sentence), right over a figure or table's
 * number ("표 2"): a sentence the figure cuts, which goes on after it
 * ("캘크에서 예제 데이터 범위는 \"$시트" | "표 2" … | "1.$B$3…\"입니다."),
 * running text however short the cut left it. */
static int
cut_by_figure(const struct st *st, int i)
{
	return i + 1 < st->n && (st->f[i + 1].k & K_CAPTION) &&
	    !(st->f[i].k & (K_TERM | K_CAPTION | K_SOURCE | K_NUMROW)) &&
	    st_is_hangul_start(st->f[i].s) && strchr(st->f[i].s, ' ') != NULL;
}

/* A token of s from p to the next space (or the end), into w. */
static size_t
token_at(const char *p, char *w, size_t wlen)
{
	size_t	 n = strcspn(p, " ");

	if (n == 0 || n >= wlen)
		return 0;
	memcpy(w, p, n);
	w[n] = '\0';
	return n;
}

/* Does s open a quote or bracket it does not close? */
static int
unclosed(const char *s)
{
	static const char *const pairs[][2] = { { "“", "”" }, { "‘", "’" },
	    { "(", ")" }, { "「", "」" }, { "[", "]" } };
	const char	*p;
	size_t		 k;
	int		 depth;

	for (k = 0; k < sizeof(pairs) / sizeof(pairs[0]); k++) {
		depth = 0;
		for (p = s; *p != '\0'; p++) {
			if (strncmp(p, pairs[k][0], strlen(pairs[k][0])) == 0)
				depth++;
			else if (strncmp(p, pairs[k][1],
			    strlen(pairs[k][1])) == 0 && depth > 0)
				depth--;
		}
		if (depth > 0)
			return 1;
	}
	return 0;
}

/* Does line nx open with a Latin letter or a digit?  A column does not
 * wrap inside a word between Hangul and Latin ("선도|LG에너지솔루션은"). */
static int
latin_next(const struct st *st, int nx)
{
	unsigned char	 c = (unsigned char)st->f[nx].s[0];

	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	    (c >= '0' && c <= '9');
}

/* Does s end in a Latin word broken at its hyphen ("non-free-") or a
 * name broken at a slash ("Debian GNU/")? */
static int
broken_end(const char *s)
{
	size_t	 n = strlen(s);

	while (n > 0 && s[n - 1] == ' ')
		n--;
	return n >= 1 && (s[n - 1] == '/' || (n >= 2 && s[n - 1] == '-' &&
	    g_ascii_isalnum(s[n - 2])));
}

/* An odd number of straight double quotes: one is left open. */
static int
odd_quotes(const char *s)
{
	int	 n = 0;

	for (; *s != '\0'; s++)
		n += *s == '"';
	return n % 2;
}

/* Does word w end in a connective ending, a clause that goes on
 * ("…없다면")? */
static int
connective_word(const char *w)
{
	static const char *const ce[] = { "다면", "려면", "으면", "하면",
	    "되면", "지만", "는데", "면서", "도록", NULL };
	int	 k;

	for (k = 0; ce[k] != NULL; k++)
		if (strlen(w) > strlen(ce[k]) && st_ends_with(w, ce[k]))
			return 1;
	return 0;
}

/* Does a word of s before its last end in a connective ending ("변경
 * 사항이 충돌하게 된다면 충돌 해결 대화")?  A clause, then its main
 * clause: a sentence, no heading. */
static int
clause_inside(const char *s)
{
	const char	*p, *sp;
	char		 w[96];

	for (p = s; (sp = strchr(p, ' ')) != NULL; p = sp + 1)
		if (token_at(p, w, sizeof(w)) > 0 && connective_word(w))
			return 1;
	return 0;
}

/*
 * A nearly full line with no trailing space is glued to the next line
 * as a word cut by the wrap; but when its last word and the next line's
 * first word are both words the document prints whole elsewhere, and
 * glued together they make none (in the document or in the language's
 * word list), the break is real: the line is a heading set as wide as
 * the column.
 */
static int
glued_heading(const struct bctx *b, int i, int nx)
{
	const struct st	*st = b->st;
	const char	*lw = strrchr(st->f[i].s, ' ');
	static const char *const endings[] = { "지만", "지않", "는데",
	    "면서", "므로", "어서", "아서", "으며", "으나", "도록", "니다",
	    "습니", "다.", "다,", NULL };
	static const char *const particle[] = { "고", "며", "서", "면",
	    "을", "를", "은", "는", "이", "가", "의", "에", "와", "과", "로",
	    "도", "및", "·", NULL };
	static const char *const bound[] = { "만큼", "처럼", "까지", "부터",
	    "마다", "조차", "에서", "에게", "으로", NULL };
	char		 w1[96], w2[96], g[200];
	size_t		 n1, n2;
	int		 k, latin = latin_next(st, nx);

	/* right after a paragraph that ended (a sentence, then no space) */
	if (st->f[i].trail > 0 || lw == NULL || b->pfirst < 0 ||
	    !(st->f[b->plast].k & K_TERM) || st->f[b->plast].trail > 0 ||
	    unclosed(st->f[i].s) || clause_inside(st->f[i].s))
		return 0;
	n1 = token_at(lw + 1, w1, sizeof(w1));
	n2 = token_at(st->f[nx].s, w2, sizeof(w2));
	/* the next line may open with a name in Latin letters or digits
	 * as its subject ("3M은", "LG에너지솔루션은") */
	if (n1 < 6 || n2 < 5 || !st_is_hangul_start(w1) ||
	    !((st_is_hangul_start(w2) && n2 >= 6) || ((st_ends_with(w2, "은") ||
	    st_ends_with(w2, "는")) && strchr("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
	    w2[0]) != NULL)))
		return 0;
	/* a stem cut before its ending ("낮아졌|지만,", "원료이|지만,")
	 * is no heading, whatever the vocabulary says; nor a clause cut
	 * after a particle or a connective ending (which would have left
	 * a trailing space before a Latin word: "선도|LG에너지솔루션은"
	 * is no word cut) */
	if (!latin && st_ends_prefinal(w1))
		return 0;
	for (k = 0; !latin && particle[k] != NULL; k++)
		if (st_ends_with(w1, particle[k]))
			return 0;
	/* "…시작|하기로": a verb made of the noun before the break */
	if ((strncmp(w2, "하", 3) == 0 || strncmp(w2, "되", 3) == 0 ||
	    strncmp(w2, "된", 3) == 0) && strncmp(w2, "하지만", 9) != 0)
		return 0;
	for (k = 0; endings[k] != NULL; k++)
		if (strncmp(w2, endings[k], strlen(endings[k])) == 0)
			return 0;
	/* "…디스크|만큼 빠르거나": the next line opens with a particle
	 * that only follows a noun */
	for (k = 0; bound[k] != NULL; k++)
		if (strncmp(w2, bound[k], strlen(bound[k])) == 0)
			return 0;
	if (!jk_vocab_has(st->t, w1, n1) || !jk_vocab_has(st->t, w2, n2))
		return 0;
	memcpy(g, w1, n1);
	memcpy(g + n1, w2, n2 + 1);
	/* nor a word of the language ("디스크|만큼") */
	return !jk_vocab_has(st->t, g, n1 + n2) &&
	    jk_lex_word(g, n1 + n2) != JK_LEX_YES;
}

#define WIDE_ALONE	1.05	/* x p90: a line wider was not wrapped in
				 * the column */

/* Is line i wider than the column by a margin (WIDE_ALONE x p90), so
 * not wrapped in it, and alone between blank lines in single-spaced
 * text?  A heading set on one line in a narrow column ("문서 또는 서식
 * 파일 간에 프로젝트 관리"), when glued_heading() holds too. */
static int
wider_alone(const struct bctx *b, int i, int nx)
{
	const struct st	*st = b->st;

	return st->f[i].w > WIDE_ALONE * b->jc.p90 && !b->jc.double_spaced &&
	    st->f[i].blanks >= 1 && st->f[nx].blanks >= 1;
}

/* The width of the first word of s (jk_text_width()). */
static double
first_word_width(const char *s)
{
	char	 w[128];
	size_t	 n = strcspn(s, " ");

	if (n >= sizeof(w))
		n = sizeof(w) - 1;
	memcpy(w, s, n);
	w[n] = '\0';
	return jk_text_width(w);
}

/*
 * Does the sentence of line i run on into line nx?  A line that breaks
 * at a space with the next line set right under it (no blank line) as a
 * full line of running text is the start of a paragraph ("…대표이사는
 * 국내 최초로␠" over "인공지능이 탑재된 …"); the second line of a
 * two-line heading is short.  A next line that opens with a gloss glued
 * to the word before it ("(ControlSource)을 …", "(는) …") continues
 * that word.
 */
static int
runs_on(const struct bctx *b, int i, int nx)
{
	const struct st	*st = b->st;
	const struct fl	*f = &st->f[i], *n = &st->f[nx];
	const char	*c;
	int		 nn;

	if (f->trail > 0 && n->blanks == 0 && n->w >= 0.85 * b->jc.p90 &&
	    running(st, nx) && !(n->k & K_TERM))
		return 1;
	/* three lines or more set together, each broken at a space: a
	 * block of text (the second line of a two-line heading ends it) */
	if (f->trail > 0 && n->blanks == 0 && n->trail > 0 &&
	    !(n->k & K_TERM) && (nn = bk_next_body(b, nx)) >= 0 &&
	    st->f[nn].blanks == 0)
		return 1;
	if (n->s[0] == '(' && (c = strchr(n->s, ')')) != NULL &&
	    c - n->s < 40 && st_is_hangul_start(c + 1))
		return 1;
	/* broken at a space where the next line's first word did not
	 * fit ("도구 - 매크로 - 매크로 관리 -␠" over "LibreOffice Basic을
	 * …"): the width broke it, not the end of a heading */
	if (f->trail > 0 && f->w + 1 + first_word_width(n->s) >
	    b->jc.p90 && running(st, nx))
		return 1;
	return 0;
}

/* Not a heading's shape: a line wholly in brackets, a gloss ("(회원사
 * 가입, 서비스 이용)"). */
static int
gloss(const char *s)
{
	size_t	 len = strlen(s);

	return len > 2 && s[0] == '(' && s[len - 1] == ')' &&
	    strchr(s + 1, '(') == NULL;
}

static int
spaces(const char *s)
{
	int	 n = 0;

	for (; *s != '\0'; s++)
		n += *s == ' ';
	return n;
}

/* Does s end in a letter (a heading ends in a word, not a mark)? */
static int
word_end(const char *s)
{
	size_t		 len = strlen(s);
	unsigned int	 cp;
	int		 n;

	while (len > 0 && (s[len - 1] & 0xc0) == 0x80)
		len--;
	if (len == 0)
		return 0;
	cp = jk_utf8_get(s + len - 1, strlen(s + len - 1), &n);
	return jk_is_hangul(cp) || (cp < 0x80 && ((cp | 0x20) >= 'a' &&
	    (cp | 0x20) <= 'z'));
}

/*
 * A heading as wide as the column wrapped onto a short second line: the
 * first breaks at a space, the second is short, open and unbroken, and
 * running text follows ("AI 기반 고도화 기술: … 협동로봇의␠" / "구현").
 * A paragraph's short last line closes its sentence.
 */
static int
two_line_heading(const struct bctx *b, int i, int nx)
{
	const struct st	*st = b->st;
	const struct fl	*f = &st->f[i], *n = &st->f[nx];
	int		 nn;

	return f->trail > 0 && f->w < 1.02 * b->jc.p90 && n->blanks <= 1 &&
	    n->trail == 0 && n->w < 0.5 * b->jc.p90 && n->w >= 2 &&
	    !(n->k & (K_TERM | K_CAPTION | K_SOURCE | K_NUMHEAD | K_BULLET |
	    K_NOTE | K_OPEN | K_LABEL | K_BYLINE)) && n->lead == 0 &&
	    !(f->k & K_OPEN) && word_end(n->s) &&
	    (nn = bk_next_body(b, nx)) >= 0 && st->f[nn].blanks >= 1 &&
	    running(st, nn) && !(st->f[nn].k & K_OPEN);
}
/* A full line of the article's own column, of running text. */
static int
full_here(const struct bctx *b, int i)
{
	const struct fl	*f = &b->st->f[i];

	return f->w >= 0.85 * b->jc.p90 && !(f->k & (K_SOURCE | K_NUMROW |
	    K_CAPTION | K_LABEL | K_DEBRIS)) && strstr(f->s, "  ") == NULL;
}

/* One to three Latin words, each capitalised, no digits or marks
 * ("Digitization", "Open Innovation"): a name, not chart text (which
 * mixes figures and capitals, "MODULE REPORT 2020"). */
static int
latin_name(const char *s)
{
	int	 words = 0, caps = 0;
	const char *p;

	for (p = s; *p != '\0'; p++) {
		if (*p == ' ')
			continue;
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    *p == '-'))
			return 0;
		if (p == s || p[-1] == ' ') {
			words++;
			if (!(*p >= 'A' && *p <= 'Z'))
				return 0;
		} else if (*p >= 'A' && *p <= 'Z')
			caps++;
	}
	return words >= 1 && words <= 3 && caps == 0;
}

#define ALONE_FRAC	0.6	/* a line shorter than this x p90 ends
				 * where its text ends */

#define HEAD_FRAC	0.85	/* a heading is narrower than this x p90 */
/* Does a line nearly as wide as the column read as a heading's words,
 * not a piece of a sentence: no comma, no dash or slash at its end, no
 * connective first ("그러나"), no case particle or ending on its last
 * word ("…앱을")?  Such a line with no trailing space may be a heading
 * up to HEAD_FRAC of the column in double-spaced text (single-spaced,
 * a heading stands between blank lines). */
static int
heading_words(const char *s)
{
	static const char *const conn[] = { "그러나 ", "하지만 ", "그리고 ",
	    "또한 ", "따라서 ", "그런데 ", "그래서 ", "즉 ", "이에 ", NULL };
	static const char *const pe[] = { "을", "를", "은", "는", "이", "가",
	    "의", "에", "와", "과", "도", "로", "고", "며", "면", "서", NULL };
	const char	*lw = strrchr(s, ' ');
	int		 k;

	if (strchr(s, ',') != NULL || strchr("-/·", s[strlen(s) - 1]) !=
	    NULL || st_ends_with(s, "·"))
		return 0;
	for (k = 0; conn[k] != NULL; k++)
		if (strncmp(s, conn[k], strlen(conn[k])) == 0)
			return 0;
	lw = lw != NULL && lw[1] != '\0' ? lw + 1 : s;
	for (k = 0; pe[k] != NULL; k++)
		if (strlen(lw) > 3 && st_ends_with(lw, pe[k]))
			return 0;
	return 1;
}

/*
 * A heading of a column block the extraction printed out of order, right
 * after an open sentence ("…그렇기에␠" | "들어가며" | "미·중 무역전쟁으로
 * …"): a justified column sets no line of a sentence that goes on far
 * shorter than the column, so a line of words (no comma) a third of
 * the column wide, or up to 0.6 of it when a leading space says that a
 * block starts there (`…Sequencing,␠` | `␠사업화 노력 및 주요성과`),
 * between a full line that broke at a space and a line that opens with
 * a word, is no part of that sentence.  The order is kept (and
 * reported by the reading-order pass); a heading glued into the text
 * would be worse.
 */
static int
stray_heading(const struct bctx *b, int i, int nx)
{
	const struct st	*st = b->st;
	const struct fl	*f = &st->f[i], *p = &st->f[b->plast];

	return f->trail == 0 && (f->blanks >= 1 || f->lead > 0) &&
	    st->f[nx].blanks >= 1 &&
	    f->w < (f->lead > 0 ? 0.6 : 0.35) * b->jc.p90 &&
	    p->trail == 1 && p->w >= 0.85 * b->jc.p90 &&
	    !(st->f[nx].k & (K_OPEN | K_TERM)) && st->f[nx].lead == 0 &&
	    st->f[nx].w >= 0.8 * b->jc.p90 && strchr(f->s, ',') == NULL &&
	    jk_utf8_count(f->s) >= 3;
}

/* Line i, with no space before or after it, after a closed paragraph,
 * over line nx that opens with a word (no particle or ending): the text
 * may have ended there. */
static int
alone_after_closed(const struct bctx *b, int i, int nx)
{
	const struct st	*st = b->st;
	const struct fl	*f = &st->f[i];

	return f->trail == 0 && f->lead == 0 &&
	    (b->pfirst < 0 || (st->f[b->plast].k & K_TERM)) &&
	    !(st->f[nx].k & K_OPEN);
}

/* And nearly as wide as the column. */
static int
wide_after_closed(const struct bctx *b, int i, int nx)
{
	return b->st->f[i].w < 0.98 * b->jc.p90 &&
	    alone_after_closed(b, i, nx);
}

/* A line as wide as the column that names a task ("파일 사용 내역 추적
 * 허용 시간 제한하기": the nominal ending 기, no trailing space) after a
 * closed paragraph, over text that follows with no blank line (a
 * single-spaced run), or alone between blank lines ("… 연결했는지
 * 확인하기"; in double-spaced text too, where every line is), the two
 * glued making no word the issue knows: the heading of that text, not
 * its first line. */
static int
nominal_heading(struct bctx *b, int i, int nx)
{
	struct st	*st = b->st;
	const struct fl	*f = &st->f[i];

	const char	*n = st->f[nx].s;
	size_t		 len = strcspn(n, " ");

	/* (the next line opens with a word the issue prints alone, not
	 * with the ending of a stem: "숨기|려면") */
	return wide_after_closed(b, i, nx) && st_ends_with(f->s, "기") &&
	    (st->f[nx].blanks == 0 || (f->blanks >= 1 &&
	    st->f[nx].blanks >= 1)) &&
	    st->f[nx].lead == 0 &&
	    heading_words(f->s) && !bk_glue_known(st, i, nx) && len > 0 &&
	    jk_vocab_has(st->t, n, len);
}

/* Does a word of s before last (where the last word starts) end in a
 * topic or object particle ("정보는", "기능을")? */
static int
waiting_particle(const char *s, const char *last)
{
	static const char *const pe[] = { "은", "는", "을", "를", NULL };
	const char	*p = s, *e;
	int		 k;

	while (p < last) {
		e = strchr(p, ' ');
		if (e == NULL || e >= last)
			break;
		for (k = 0; pe[k] != NULL; k++)
			if (e - p >= 6 && strncmp(e - 3, pe[k], 3) == 0 &&
			    st_is_hangul_start(p))
				return 1;
		p = e + 1;
	}
	return 0;
}

/* A line as wide as the column that ends on a closing bracket ("자동
 * 슬라이드 쇼 표시(키오스크 모드)") or on the ending 려면, which closes its
 * word ("조건부 텍스트를 정의하려면"), no trailing space, after a closed
 * paragraph, over prose that opens with a word (no particle): a bracket
 * is followed by its particle or by a space, and so is such an ending,
 * and a line broken at that space keeps it; so the text ended there, and
 * a line that closes no sentence is a heading. */
static int
bracket_heading(struct bctx *b, int i, int nx)
{
	struct st	*st = b->st;
	const struct fl	*f = &st->f[i];

	if (!wide_after_closed(b, i, nx) || !st_is_hangul_start(st->f[nx].s) ||
	    !st_is_prose(st, nx) || strchr(f->s, ',') != NULL)
		return 0;
	if (st_ends_with(f->s, ")"))
		return heading_words(f->s) && strchr(f->s, '(') != NULL;
	return st_ends_with(f->s, "려면") && strchr(f->s, ' ') != NULL;
}

/* A line no wider than the column, with no space before or after it,
 * after a closed paragraph, its words a heading's, whose last word the
 * next line opens with ("모든 텍스트 문서를 흑백 텍스트로 인쇄" | "인쇄
 * 내용에서 …"; "2) 제조" | "제조 분야에서는 …"): a sentence does not say
 * a word twice across a space, and the text under a heading often opens
 * on the word it ends with.  Unless the two glued make a word the issue
 * or the language knows ("하나|하나 파라미터로"). */
static int
repeat_heading(struct bctx *b, int i, int nx)
{
	const struct st	*st = b->st;
	const char	*s = st->f[i].s, *n = st->f[nx].s;
	const char	*lw = strrchr(s, ' ');
	size_t		 len;

	if (lw == NULL || st->f[i].w > b->jc.p90 ||
	    !alone_after_closed(b, i, nx) || !heading_words(s))
		return 0;
	lw++;
	len = strlen(lw);
	return jk_utf8_count(lw) >= 2 && st_is_hangul_start(lw) &&
	    strncmp(n, lw, len) == 0 && n[len] == ' ' &&
	    !st_glue_is_word(st, i, nx);
}

/* Is line i cut mid-word by a chart printed with no caption under it
 * (st_anchorless_chart()), the word going on after the chart's source
 * ("…오른쪽 단추 누르" | chart | " 기를 하려면,")?  A word the issue or
 * the language knows: the line is the sentence's, no heading. */
static int
word_past_chart(struct bctx *b, int i, int nx)
{
	struct st	*st = b->st;
	int		 src, go;

	if (st->f[i].trail > 0 || (src = st_anchorless_chart(st, b->k,
	    bk_unit_to(b), nx, b->jc.p90)) < 0 ||
	    (go = bk_next_body(b, src)) < 0)
		return 0;
	return bk_glue_known(st, i, go) || bk_glue_lex(st, i, go);
}

/* Unnumbered heading: rule 7. */
int
bk_is_heading(struct bctx *b, int i)
{
	struct st	*st = b->st;
	const struct fl	*f = &st->f[i];
	int		 nx = bk_next_body(b, i), dg, la, alone;
	double		 hs;

	if (f->k & (K_TERM | K_CAPTION | K_SOURCE | K_NUMROW | K_NOTE |
	    K_BULLET | K_LABEL))
		return 0;
	/* one decision for one kind: "2. …" after the heading "1. …" */
	if (b->dotnum > 0 && dot_number(f->s) == b->dotnum + 1 &&
	    i - b->dotline <= 30 && f->w < 0.8 * b->jc.p90)
		return 1;
	/* a line far shorter than the column, after a closed paragraph,
	 * was not broken by the width: the next line cannot finish its
	 * last word, whatever it starts with ("이미지 창" | "이 옵션을") */
	alone = f->trail == 0 && f->w < ALONE_FRAC * b->jc.p90 &&
	    (b->pfirst < 0 || (st->f[b->plast].k & K_TERM));
	/* (over a source line: the figure's label, no heading) */
	if (nx < 0 || (st->f[nx].k & (K_CAPTION | K_SOURCE)) ||
	    ((st->f[nx].k & K_OPEN) && !alone))
		return 0;
	if (word_past_chart(b, i, nx))
		return 0;
	/* a line a byline group is printed after, the text going on
	 * after the group with a jump or an ending, is the sentence the
	 * group cuts, not a heading over it */
	if (i + 1 < nx && st->inhdr[i + 1] && (st->f[nx].lead > 0 ||
	    (st->f[nx].k & K_OPEN)))
		return 0;
	/* a line a box is printed after, across its sentence (boxes.c),
	 * is the sentence's, not a heading over the box's title */
	{
		int	 bf, bl, br;

		if (st_box_shape(st, b->k, bk_unit_to(b), i, nx, b->jc.p90,
		    &bf, &bl, &br))
			return 0;
	}
	/* a wide line that ends a printed block (the next line opens
	 * another with a leading space) is the foot of a column: the
	 * sentence goes on in the next block; no heading is set there */
	if (st->f[nx].lead > 0 && f->lead == 0 && f->trail == 0 &&
	    f->w >= 0.7 * b->jc.p90 && !(st->f[nx].k & (K_NUMHEAD |
	    K_BULLET | K_CIRCLED)))
		return 0;
	/* narrower than the column; with no trailing space it may be
	 * wider when alone between blank lines in single-spaced text, or
	 * right over a numbered heading */
	if (f->w < 2 || (f->w >= 0.8 * b->jc.p90 && !(f->trail == 0 &&
	    f->w < 0.95 * b->jc.p90 && ((!b->jc.double_spaced &&
	    f->blanks >= 1 && st->f[nx].blanks >= 1) ||
	    (st->f[nx].k & K_NUMHEAD))) && !((f->w < 0.98 * b->jc.p90 ||
	    latin_next(st, nx) || wider_alone(b, i, nx)) &&
	    glued_heading(b, i, nx)) &&
	    !two_line_heading(b, i, nx) && !(b->jc.double_spaced &&
	    f->trail == 0 && f->w < HEAD_FRAC * b->jc.p90 &&
	    heading_words(f->s)) && !nominal_heading(b, i, nx) &&
	    !bracket_heading(b, i, nx) && !repeat_heading(b, i, nx)))
		return 0;
	
	/* an open paragraph goes on, unless a figure or the page's
	 * furniture cut it (outside a box) after a clause that may end
	 * there (not after a comma): a heading never continues that
	 * sentence */
	if (b->pfirst >= 0 && !(st->f[b->plast].k & K_TERM) &&
	    !(b->cut && b->cur == b->art && f->trail == 0 && f->blanks >= 1 &&
	    st->f[nx].blanks >= 1 && !(st->f[nx].k & K_OPEN) &&
	    !st_ends_with(st->f[b->plast].s, ",")) &&
	    !stray_heading(b, i, nx))
		return 0;
	/* right under a heading, a line that breaks at a space, or one
	 * as wide as the column, is the first line of its text */
	if ((f->trail > 0 || f->w >= 0.8 * b->jc.p90) && b->pfirst < 0 &&
	    b->cur->last != NULL && b->cur->last->type == JK_NODE_HEADING)
		return 0;
	if (runs_on(b, i, nx))
		return 0;
	/* cut inside a word the issue prints whole ("다운|로드"): the line
	 * runs on into the next; not a short line between blank lines in
	 * single-spaced text, where only a paragraph's last line is short
	 * ("이미지 창" over "이 옵션을 …") */
	if (f->trail == 0 && !alone && (bk_glue_known(st, i, nx) ||
	    bk_glue_lex(st, i, nx)) &&
	    !(!b->jc.double_spaced && f->w < 0.6 * b->jc.p90 &&
	    f->blanks >= 1 && st->f[nx].blanks >= 1))
		return 0;
	/* a heading introduces running text (full in the widest
	 * columns, or in this article's own narrower one) */
	if ((f->k & K_ADSIG) || (!running(st, nx) && !cut_by_figure(st, nx) &&
	    !(st->f[nx].k & (K_NUMHEAD | K_BULLET | K_CIRCLED)) &&
	    !(nx + 1 < st->n && running(st, nx + 1)) &&
	    !(alone && full_here(b, nx) && nx + 1 < st->n &&
	    full_here(b, nx + 1))))
		return 0;
	/* a heading closes what it opens: a quote or bracket left open
	 * goes on on the next line ("범위는 \"$시트" | "1.$B$3\"입니다."),
	 * and so does a word broken at its hyphen ("non-free-") or at a
	 * slash ("Debian GNU/" | "Linux과 같은") */
	if (strstr(f->s, "  ") != NULL || gloss(f->s) ||
	    jk_is_name_list(f->s) || unclosed(f->s) || odd_quotes(f->s) ||
	    broken_end(f->s))
		return 0;
	/* words, not figures: mostly Hangul, or Hangul words among
	 * Latin ones ("국내 유일의 Space Total Solution 제공"), or a short
	 * title-case Latin name alone between closed text and prose */
	if ((hs = st_hangul_share(f->s, &dg, &la)) < 0.4 && !(hs >= 0.2 &&
	    hs * (double)jk_utf8_count(f->s) + (double)la >=
	    0.8 * (double)(jk_utf8_count(f->s) - spaces(f->s))) &&
	    !(alone && latin_name(f->s) && st_is_prose(st, nx)))
		return 0;
	/* a line that ends on a case particle before a word break goes
	 * on as a sentence ("…전망서가 올해도␠", or the particle set
	 * apart after a Latin name: "…, ADDRESS 와␠"), and so does one
	 * that ends on a connective ending */
	if (f->trail > 0) {
		static const char *const pe[] = { "을", "를", "도", "은", "는",
		    "와", "과", "에", "이", "가", NULL };
		const char	*lw = strrchr(f->s, ' ');
		int		 k;

		lw = lw != NULL ? lw + 1 : f->s;
		for (k = 0; pe[k] != NULL; k++)
			if ((strlen(lw) >= 9 && st_ends_with(lw, pe[k])) ||
			    (lw > f->s && strcmp(lw, pe[k]) == 0))
				return 0;
		/* (connective endings: "…이름(SSID)이 없다면␠") */
		if (connective_word(lw))
			return 0;
		/* nor a line broken at a space whose subject or object
		 * waits for its verb: a topic or object particle on a
		 * word before the last, a Latin term last ("…정보는 Linux
		 * BootPrompt␠" | "HOWTO에(…") */
		if (!st_is_hangul_start(lw) && waiting_particle(f->s, lw))
			return 0;
	}
	return 1;
}

/* A box that turns out to hold numbered sections was a section: its
 * title becomes a heading and its blocks go back to the article. */
void
bk_dissolve_sidebar(struct bctx *b)
{
	struct jk_node	*sb = b->cur, *t, *h, *c, *nx;

	bk_flush_para(b);
	b->cur = b->art;
	if (sb == b->art || sb->type != JK_NODE_SIDEBAR)
		return;
	h = jk_node_new(b->st->doc, JK_NODE_HEADING, sb->line);
	h->level = 1;
	if ((t = jk_node_child(sb, JK_NODE_TITLE)) != NULL) {
		for (c = t->first; c != NULL; c = nx) {
			nx = c->next;
			jk_node_append(h, c);
		}
		jk_node_unlink(t);
	}
	jk_node_insert_before(sb, h);
	for (c = sb->first; c != NULL; c = nx) {
		nx = c->next;
		jk_node_insert_before(sb, c);
	}
	jk_node_unlink(sb);
	b->seen1 = 1;
}

/* Does s open by naming a body, a firm or an institute, that a box
 * introduces ("기업 및 연구소 소개", "회사 개요")? */
static int
body_intro(const char *s)
{
	static const char *const w[] = { "기업 ", "회사 ", "연구소 ",
	    "기관 ", "연구실 ", "센터 ", NULL };

	for (int k = 0; w[k] != NULL; k++)
		if (strncmp(s, w[k], strlen(w[k])) == 0)
			return 1;
	return 0;
}

/* Headings: numbered (level 2), circled (3), unnumbered (1); two-line
 * unnumbered headings are merged; "…소개" / "참고" open a sidebar. */
int
bk_heading(struct bctx *b, int i, int level)
{
	int		 plain = !(b->st->f[i].k & (K_NUMHEAD | K_CIRCLED));
	struct st	*st = b->st;
	struct jk_node	*h, *sb;
	struct jk_buf	 buf;
	int		 nx = bk_next_body(b, i), last = i, nn;
	const char	*s = st->f[i].s;
	size_t		 len;

	bk_flush_para(b);
	bk_close_list(b);
	jk_buf_init(&buf);
	jk_buf_puts(&buf, s);
	/* a numbered heading wrapped onto a short second line */
	if ((st->f[i].k & K_NUMHEAD) && nx >= 0 && st->f[nx].blanks == 0 &&
	    st->f[nx].w < 0.6 * b->jc.p90 && !(st->f[nx].k & (K_TERM |
	    K_CAPTION | K_NUMHEAD | K_BULLET)) && st->f[i].w >= 0.6 *
	    b->jc.p90 && (nn = bk_next_body(b, nx)) >= 0 && running(st, nn)) {
		jk_buf_putc(&buf, ' ');
		jk_buf_puts(&buf, st->f[nx].s);
		st->f[nx].role = R_DONE;
		last = nx;
	}
	if (plain && nx >= 0 && st->f[nx].blanks <= 1 &&
	    (st->f[i].trail > 0 || st_ends_with(s, ":") ||
	    st_ends_with(s, ",")) && st->f[nx].w < 0.8 * b->jc.p90 &&
	    !(st->f[nx].k & (K_TERM | K_CAPTION | K_NUMHEAD | K_BULLET |
	    K_SOURCE | K_NOTE)) && (nn = bk_next_body(b, nx)) >= 0 &&
	    !(st->f[nn].k & K_OPEN) && st->f[nx].trail == 0) {
		jk_buf_putc(&buf, ' ');
		jk_buf_puts(&buf, st->f[nx].s);
		st->f[nx].role = R_DONE;
		last = nx;
	}
	len = strlen(s);
	/* (a box is titled by a short phrase, "기업 소개", or introduces
	 * a body, "기업 및 연구소 소개"; a longer line in 소개 is a
	 * section's heading, "색상 관리 작업 소개") */
	if (plain && b->cur == b->art && box_title(s) && len < 40 &&
	    (spaces(s) <= 1 || body_intro(s))) {
		sb = jk_node_new(st->doc, JK_NODE_SIDEBAR, st->f[i].ln);
		sb->label = "box";
		jk_node_add_text(st->doc, sb, JK_NODE_TITLE, buf.data,
		    st->f[i].ln);
		jk_node_append(b->art, sb);
		b->cur = sb;
		jk_buf_free(&buf);
		return last;
	}
	if (b->cur != b->art && !(b->st->f[i].k & K_CIRCLED))
		bk_leave_sidebar(b);
	if ((nn = dot_number(s)) > 0) {
		b->dotnum = nn;
		b->dotline = i;
	}
	h = jk_node_new(st->doc, JK_NODE_HEADING, st->f[i].ln);
	h->level = level;
	st_inline(st, h, buf.data, st->f[i].ln, b->a);
	jk_node_append(b->cur, h);
	jk_buf_free(&buf);
	return last;
}

static int
title_line(const struct bctx *b, int i)
{
	const struct fl	*f = &b->st->f[i];
	int		 dg, la;

	return !(f->k & (K_TERM | K_CAPTION | K_SOURCE | K_BULLET | K_NUMROW |
	    K_NOTE | K_BYLINE | K_CIRCLED | K_NUMHEAD)) &&
	    f->w < 0.6 * b->jc.p90 && !st_is_prose(b->st, i) &&
	    strstr(f->s, "  ") == NULL &&
	    st_hangul_share(f->s, &dg, &la) + (double)la /
	    (double)(strlen(f->s) + 1) > 0.25;
}

/*
 * Item titles printed one under the other at the top of a page (news
 * pages: "K-R&D␠" / "휴먼 르네상스(I)" / "2024년 하반기␠" / "‘KOITA IR
 * DEMODAY’"), right after page furniture and before running text: a
 * line with a trailing space and the short line under it make one
 * title.  Each becomes a heading.  Returns the last line, or -1.
 */
int
bk_stacked_titles(struct bctx *b, int i)
{
	struct st	*st = b->st;
	int		 j, nx, n = 0, end = -1, g0[6], g1[6], k;

	if (!st->furnbefore[i] || b->cur != b->art)
		return -1;
	for (j = i; j >= 0 && n < 6 && title_line(b, j); ) {
		nx = bk_next_body(b, j);
		g0[n] = g1[n] = j;
		if (st->f[j].trail > 0 && nx >= 0 && title_line(b, nx) &&
		    st->f[nx].blanks <= 1) {
			g1[n] = nx;
			nx = bk_next_body(b, nx);
		}
		n++;
		end = g1[n - 1];
		j = nx;
	}
	if (n < 2 || j < 0 || !running(st, j) || (st->f[j].k & K_OPEN))
		return -1;
	bk_flush_para(b);
	bk_close_list(b);
	for (k = 0; k < n; k++) {
		struct jk_node	*h = jk_node_add_text(st->doc, b->art,
		    JK_NODE_HEADING, bk_join_lines(st, g0[k], g1[k] + 1, 1, -1),
		    st->f[g0[k]].ln);

		h->level = 1;
		st->f[g0[k]].role = st->f[g1[k]].role = R_DONE;
	}
	b->seen1 = 1;
	return end;
}
