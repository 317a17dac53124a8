/*
 * convert.c -- the converter entry point and the first step of the
 * structure stage: the flow of text lines and the shape of each line.
 */
#include <stdlib.h>
#include <string.h>

#include "evidence.h"
#include "stpriv.h"
#include "../util/lexicon.h"

#define CAPTION_WIDE	1.15	/* x p90: a caption set across a photo */

struct jk_doc *
jk_convert(const char *buf, size_t len, const char *name,
    const struct jk_convert_opts *o, struct jk_diag *d)
{
	struct jk_doc		*doc;
	struct jk_text		*t;
	struct jk_convert_opts	 defo;

	if (o == NULL) {
		memset(&defo, 0, sizeof(defo));
		o = &defo;
	}
	doc = jk_doc_new(name != NULL ? name : "-");
	t = jk_cleanup(buf, len, doc->arena, d);
	if (t == NULL) {
		jk_doc_free(doc);
		return NULL;
	}
	jk_structure(doc, t, o, d);
	jk_tree_repair(doc, d);
	return doc;
}

/* === small helpers shared by the stage ================================== */

int
st_match(GRegex *re, const char *s)
{
	return s != NULL && g_regex_match(re, s, 0, NULL);
}

/* Is flow line i at most frac of the p90 column width? */
int
st_width_ok(const struct st *st, int i, double frac)
{
	return st->f[i].w <= frac * st->p90;
}

int
st_next(const struct st *st, int i)
{
	return i + 1 < st->n ? i + 1 : -1;
}

int
st_ends_with(const char *s, const char *suf)
{
	size_t	 a = strlen(s), b = strlen(suf);

	return a >= b && memcmp(s + a - b, suf, b) == 0;
}

int
st_ends_prefinal(const char *s)
{
	static const char *const prefinal[] = { "었", "았", "였", "졌",
	    "겠", "했", "됐", "웠", "렸", "셨", NULL };
	int	 k;

	for (k = 0; prefinal[k] != NULL; k++)
		if (st_ends_with(s, prefinal[k]))
			return 1;
	return 0;
}

/* Length of w[0..n) without closing punctuation: ASCII marks and the
 * closing quotes ” ’ (compared whole, never by a byte of a syllable). */
size_t
st_trim_punct(const char *w, size_t n)
{
	for (;;) {
		if (n > 0 && w[n - 1] != '\0' &&
		    strchr(".,;:!?)\"'", w[n - 1]) != NULL)
			n--;
		else if (n >= 3 && (memcmp(w + n - 3, "”", 3) == 0 ||
		    memcmp(w + n - 3, "’", 3) == 0))
			n -= 3;
		else
			return n;
	}
}

/* Does s start with a circled number ①..⑳? */
int
st_circled(const char *s)
{
	int		 n;
	unsigned int	 cp = jk_utf8_get(s, strlen(s), &n);

	return *s != '\0' && cp >= 0x2460 && cp <= 0x2473;
}

int
st_is_hangul_start(const char *s)
{
	int	 n;

	return *s != '\0' && jk_is_hangul(jk_utf8_get(s, strlen(s), &n));
}

/* Share of Hangul among the visible code points of s. */
double
st_hangul_share(const char *s, int *digits, int *latin)
{
	size_t	 len = strlen(s);
	int	 n, h = 0, all = 0;
	unsigned int cp;

	*digits = *latin = 0;
	while (len > 0) {
		cp = jk_utf8_get(s, len, &n);
		s += n;
		len -= n;
		if (cp == ' ')
			continue;
		all++;
		if (jk_is_hangul(cp))
			h++;
		else if (cp >= '0' && cp <= '9')
			(*digits)++;
		else if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'))
			(*latin)++;
	}
	return all > 0 ? (double)h / all : 0.0;
}

/* Running prose: mostly Hangul, and either long or sentence-final. */
int
st_is_prose(const struct st *st, int i)
{
	return st_is_prose_share(st, i, 0.45);
}

int
st_is_prose_share(const struct st *st, int i, double share)
{
	const struct fl	*f = &st->f[i];
	int		 dg, la;

	if (f->k & (K_CAPTION | K_SOURCE | K_NUMROW | K_LABEL | K_BYLINE))
		return 0;
	if (st_hangul_share(f->s, &dg, &la) < share)
		return 0;
	return f->w >= 0.72 * st->p90 || (f->k & K_TERM);
}

/* === regular expressions ================================================ */

/*
 * The pattern compiled (and JIT-compiled): once per process, not once per
 * document, since a batch converts many issues with the same patterns.
 */
static GRegex *
re(const char *pat)
{
	static GHashTable	*done;
	G_LOCK_DEFINE_STATIC(done);
	GError			*err = NULL;
	GRegex			*r;

	G_LOCK(done);
	if (done == NULL)
		done = g_hash_table_new(g_str_hash, g_str_equal);
	if ((r = g_hash_table_lookup(done, pat)) == NULL) {
		if ((r = g_regex_new(pat, G_REGEX_OPTIMIZE, 0, &err)) == NULL) {
			fprintf(stderr, "jikji: bad pattern %s: %s\n", pat,
			    err->message);
			abort();
		}
		g_hash_table_insert(done, (char *)pat, r);
	}
	G_UNLOCK(done);
	return g_regex_ref(r);
}

static void
re_init(struct st *st)
{
	/* a credit: "글.", "연사.", or the writer's with the photos or
	 * the write-up of an interview ("글·사진.", "글/사진.", "정리.",
	 * "취재.") */
	st->re_byline = re("(?:^|\\s)(글(?:\\s?[·ㆍ・/]\\s?사진)?|연사|정리|"
	    "취재)\\.\\s*[가-힣]{2,4}");
	/* "그림 3", "표 1", also in brackets ("[그림 3]", "<표 1>") */
	st->re_caption = re("^(?:(그림|표)\\s?\\d{1,2}|\\[(그림|표)\\s?\\d{1,2}\\]|"
	    "<(그림|표)\\s?\\d{1,2}>|〈(그림|표)\\s?\\d{1,2}〉)$");
	st->re_label = re("^(?:[A-Z]{2,}(?: [A-Z]{2,})+(?: [A-Z][a-z]+)?"
	    "(?: \\d{1,2})?|[A-Z]{3,}(?: [A-Z][a-z]+)? \\d{1,2})$");
	/* a source is a whole line "<…>" (maybe with its unit after it),
	 * or the first line of one that runs on ("<…," ); a sentence that
	 * merely starts with "<보고서>에 따르면" is prose */
	st->re_source = re("^(?:<[^<>]*>(?:\\s*\\(?단위\\s?:.*)?|<[^<>]*[,·]|"
	    "©.*|\\(?단위\\s?:.*|자료\\s?:.*|출처\\s?:.*|\\[출처\\].*|"
	    "※.*)$");
	st->re_numhead = re("^\\d{1,2}\\)\\s*\\S");
	st->re_parnum = re("^\\(\\d{1,2}\\)\\s*\\S");
	/* "01 text" / "* text": a glued reference at a line start
	 * ("01하고 있다.") is no note */
	st->re_note = re("^(?:0[1-9]|\\*{1,2})\\s+\\S");
	st->re_phone = re("\\d{2,3}[-.)]\\s?\\d{3,4}[-.]\\d{4}");
	st->re_url = re("https?://|www\\.|[a-z]\\.(?:kr|com|org|net)\\b");
	st->re_price = re("\\d[\\d,]*\\s?만?원(?:\\s|$|/|\\)|,)");
	st->re_affil = re("㈜|\\(주\\)|대학교|대학원|연구원|연구소|원장|팀장|"
	    "CTO|CEO|이사|상무|전무|교수|기자|대표|실장|부장|위원|소장|사장|"
	    "본부장|부문장|회장|칼럼니스트|센터장|연구위원|변호사|변리사|협회|"
	    "진흥원|재단|공단|기술원|학과$|"
	    /* a school by its initials, or a college, and a department
	     * ("ASIT 시계열분석과", "새빛과학대학 실험계획법과") */
	    "^(?:[A-Z]{2,8}|[가-힣]{2,}대학) [가-힣]{2,}과$");
	/* one position, the whole rest of an author line: a post word,
	 * maybe with a rank before it ("수석연구원", "부사장"), or a rank
	 * used alone ("책임", "프로": st_author_line() then wants a
	 * surname), or a second post after a slash ("센터장/상무"); a
	 * head of anything ("…장") but the nouns that end so ("시장",
	 * "공장", "현장" …) */
#define JK_POST "(?:(?:부|수석|책임|선임|전임|상임|대표|연구)?(?:회장|" \
	"사장|대표|대표이사|이사|이사장|교수|부교수|조교수|상무|전무|" \
	"연구위원|위원|기자|변호사|변리사|연구원|박사|엔지니어|고문|" \
	JK_BARE_RANKS ")|" \
	"(?!(?:시|공|현|입|성|등|확|연|주|광|극|운동|회의|농|목|근|" \
	"도서)장$)[가-힣]{1,3}장|C[A-Z]O)"
	st->re_position = re("^" JK_POST "(?:/" JK_POST ")?$");
	st->re_bare_rank = re("^(?:" JK_BARE_RANKS ")$");
#undef JK_POST
	/* (전공 and 입사 at a word's start: "재난안전공학과" is no 전공;
	 * 부전공, 재입사 then count by their other words) */
	st->re_biovoc = re("학위|박사|석사|취득|(?<![가-힣])전공|"
	    "(?<![가-힣])입사|재직|역임|졸업|거쳐|중이다|활동하고|맡고|"
	    "수행하였|근무");
}

static void
re_free(struct st *st)
{
	GRegex	**rs[] = { &st->re_byline, &st->re_caption, &st->re_label,
	    &st->re_source, &st->re_numhead, &st->re_parnum, &st->re_note,
	    &st->re_phone, &st->re_url, &st->re_price, &st->re_affil,
	    &st->re_biovoc, &st->re_position, &st->re_bare_rank };
	size_t	 i;

	for (i = 0; i < sizeof(rs) / sizeof(rs[0]); i++)
		if (*rs[i] != NULL) {
			g_regex_unref(*rs[i]);
			*rs[i] = NULL;
		}
}

/* === the flow =========================================================== */

/*
 * "㈜새물결매뉴팩처링 스마트센서랩 수석연구위원보": a company, its
 * department and a post, nouns only, which may run wider than the short
 * lines an affiliation usually takes (long names in narrow columns); or
 * two posts held together, joined by 겸 ("… 생산본부장 겸 부사장"),
 * nouns on either side.
 */
static int
company_line(const char *s)
{
	static const char both[] = " 겸 ";
	char		 b[128];
	const char	*g, *sp = strchr(s, ' ');
	size_t		 n;

	/* the mark before the firm's name, or after it ("…제지㈜ …") */
	if (strncmp(s, "㈜", (n = strlen("㈜"))) != 0 &&
	    strncmp(s, "(주)", (n = strlen("(주)"))) != 0) {
		n = sp != NULL ? (size_t)(sp - s) : 0;
		if (n < 9 || n >= sizeof(b))
			return 0;
		memcpy(b, s, n);
		b[n] = '\0';
		if (!st_ends_with(b, "㈜") && !st_ends_with(b, "(주)"))
			return 0;
	}
	if ((g = strstr(s + n, both)) != NULL) {
		size_t	 len = (size_t)(g - s) - n;

		if (len >= sizeof(b))
			return 0;
		memcpy(b, s + n, len);
		b[len] = '\0';
		return jk_text_width(s) <= 40 && st_noun_words(b, 0) &&
		    st_noun_words(g + strlen(both), 0);
	}
	return jk_text_width(s) <= 32 && strchr(s, ' ') != NULL &&
	    st_noun_words(s + n, 0);
}

static int
byline_pos(const struct st *st, const char *s)
{
	GMatchInfo	*mi = NULL;
	int		 start = -1, end;

	/* (asked of every line: none without the "글.", "사진.",
	 * "연사.", "정리." or "취재." that re_byline needs is matched) */
	if (strstr(s, "글.") == NULL && strstr(s, "연사.") == NULL &&
	    strstr(s, "사진.") == NULL && strstr(s, "정리.") == NULL &&
	    strstr(s, "취재.") == NULL)
		return -1;
	if (g_regex_match(st->re_byline, s, 0, &mi))
		g_match_info_fetch_pos(mi, 1, &start, &end);
	g_match_info_free(mi);
	return start;
}

static void
flow_add(struct st *st, size_t *cap, const struct jk_line *l, size_t idx,
    const char *s, int blanks)
{
	struct fl	*f;

	if ((size_t)st->n == *cap) {
		*cap = *cap ? *cap * 2 : 256;
		st->f = jk_xreallocarray(st->f, *cap, sizeof(*st->f));
	}
	f = &st->f[st->n++];
	memset(f, 0, sizeof(*f));
	f->l = l;
	f->s = s;
	f->ln = l->lineno;
	f->idx = (int)idx;
	f->blanks = blanks;
	f->lead = l->lead;
	f->trail = l->trail;
	f->w = jk_text_width(s);
	f->art = -1;
	f->bypos = -1;
}

/*
 * A title printed on the first line of the text it heads (the line that
 * starts a block right after an article's end marker): "딥테크 스타트업
 * ‘사회에 큰 …".  Returns the byte length of the title part, or 0.  The
 * title is 1-4 words before an opening quote or bracket, and every one
 * of its words recurs in the text that follows.
 */
static size_t
title_prefix(const struct st *st, const struct jk_line *l, size_t idx)
{
	static const char *const opens[] = { "‘", "“", "「", "『", "≪",
	    "《", NULL };
	const struct fl	*p = st->n > 0 ? &st->f[st->n - 1] : NULL;
	const char	*s = l->s, *q, *w, *e;
	char		 word[64];
	size_t		 len = 0, k, j;
	int		 nw = 0, found;

	if (l->lead == 0 || p == NULL || p->trail < 2 ||
	    !(st_ends_with(p->s, "다.") || st_ends_with(p->s, "다.”")))
		return 0;
	for (k = 0; opens[k] != NULL; k++)
		if ((q = strstr(s, opens[k])) != NULL && q > s && q[-1] == ' ' &&
		    (len == 0 || (size_t)(q - s) < len))
			len = (size_t)(q - s);
	if (len == 0 || len > 40)
		return 0;
	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len == 0 || !st_is_hangul_start(s))
		return 0;
	for (w = s; w < s + len; w = e) {
		while (*w == ' ')
			w++;
		for (e = w; e < s + len && *e != ' '; e++)
			;
		q = strpbrk(w, ".,:;!?");
		if (e == w || (size_t)(e - w) >= sizeof(word) ||
		    (q != NULL && q < e))
			return 0;
		if (++nw > 4)
			return 0;
		memcpy(word, w, (size_t)(e - w));
		word[e - w] = '\0';
		/* the word recurs in the next lines of text */
		for (found = 0, j = idx + 1; j < st->t->n && j < idx + 400 &&
		    !found; j++)
			found = st->t->lines[j].s != NULL &&
			    strstr(st->t->lines[j].s, word) != NULL;
		if (!found)
			return 0;
	}
	return len;
}

static void
flow_build(struct st *st)
{
	const struct jk_text	*t = st->t;
	size_t			 i, cap = 0, tl;
	int			 blanks = 0, bp;
	const struct jk_line	*l;
	char			*pre;

	for (i = 0; i < t->n; i++) {
		l = &t->lines[i];
		if (l->furn != JK_FURN_NONE)
			continue;
		if (l->blank || l->s == NULL || l->s[0] == '\0') {
			blanks++;
			continue;
		}
		bp = byline_pos(st, l->s);
		if (bp <= 0 && (tl = title_prefix(st, l, i)) > 0) {
			/* title + first body line: two flow entries */
			pre = jk_arena_strndup(st->doc->arena, l->s, tl);
			flow_add(st, &cap, l, i, pre, blanks);
			st->f[st->n - 1].trail = 0;
			while (l->s[tl] == ' ')
				tl++;
			flow_add(st, &cap, l, i, l->s + tl, 0);
			st->f[st->n - 1].lead = 1;
			jk_msg(st->d, JK_M_ORDER, l->lineno, "title '%s' and "
			    "the first line of its text share the line", pre);
		} else if (bp > 0) {
			/* a caption or text line sharing the line with a
			 * byline: two flow entries */
			while (bp > 0 && l->s[bp - 1] == ' ')
				bp--;
			pre = jk_arena_strndup(st->doc->arena, l->s,
			    (size_t)bp);
			flow_add(st, &cap, l, i, pre, blanks);
			st->f[st->n - 1].trail = 1;
			bp = byline_pos(st, l->s);
			while (l->s[bp] == ' ')
				bp++;
			flow_add(st, &cap, l, i, l->s + bp, 0);
			st->f[st->n - 1].lead = 1;
		} else
			flow_add(st, &cap, l, i, l->s, blanks);
		blanks = 0;
	}
}

int
st_cmp_double(const void *a, const void *b)
{
	double	 x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static void
measure(struct st *st)
{
	double	*w;
	int	 i, m = 0;

	w = jk_xcalloc((size_t)st->n + 1, sizeof(*w));
	for (i = 0; i < st->n; i++)
		if (st->f[i].w >= 8)
			w[m++] = st->f[i].w;
	if (m > 0) {
		qsort(w, (size_t)m, sizeof(*w), st_cmp_double);
		st->p90 = w[(int)(0.9 * (m - 1))];
	}
	if (st->p90 < 10)
		st->p90 = 25;
	free(w);
}

/* Two-space separated tokens, merged labels: chart and diagram text. */
static int
debris_shape(const struct st *st, const struct fl *f)
{
	int	 dg, la;
	double	 hs = st_hangul_share(f->s, &dg, &la);
	size_t	 cps = jk_utf8_count(f->s);

	if (f->k & K_TERM)
		return 0;
	if (f->k & (K_SOURCE | K_NUMROW))
		return 1;
	if (strstr(f->s, "  ") != NULL)
		return 1;
	/* logo or label text printed twice in a row */
	if (strlen(f->s) >= 48) {
		char	 pre[25];
		size_t	 n = 24;

		while (n > 0 && ((unsigned char)f->s[n] & 0xc0) == 0x80)
			n--;
		memcpy(pre, f->s, n);
		pre[n] = '\0';
		if (n >= 12 && strstr(f->s + n, pre) != NULL)
			return 1;
	}
	/* a full line of running text, even if mostly Latin, or all
	 * Latin where it broke at a space (its trailing space: file
	 * names, commands set in a sentence) */
	if (f->w >= 0.75 * st->p90 && strchr(f->s, ' ') != NULL &&
	    (hs > 0.05 || f->trail > 0))
		return 0;
	if (cps > 0 && (double)(dg + la) / (double)cps > 0.5 && hs < 0.3)
		return 1;
	return f->w < 0.4 * st->p90;
}

/*
 * "* 에 그대로 …" after a line whose sentence is open: a glued note
 * marker the wrap put at the start of a line, the sentence going on with
 * a bound morpheme; not a note.
 */
static int
wrapped_mark(const struct st *st, int i)
{
	const char	*s = st->f[i].s;

	if (i == 0 || s[0] != '*' || (st->f[i - 1].k & K_TERM) ||
	    !st_is_prose(st, i - 1))
		return 0;
	while (*++s == ' ')
		;
	return jk_is_open_start(s);
}

/*
 * Fake bold extracted as every glyph twice ("CCoonnssuullttiinngg"): the
 * text with each pair taken once, or NULL when s is not like that (at
 * least 6 pairs, at most one glyph in seven left single).
 */
static char *
undouble(struct jk_arena *ar, const char *s)
{
	size_t		 len = strlen(s), o = 0;
	char		*out = jk_xmalloc(len + 1), *r = NULL;
	int		 n, m, pairs = 0, singles = 0;
	unsigned int	 cp, nx;

	while (len > 0) {
		cp = jk_utf8_get(s, len, &n);
		nx = (size_t)n < len ? jk_utf8_get(s + n, len - n, &m) : 0;
		memcpy(out + o, s, (size_t)n);
		o += (size_t)n;
		if (nx == cp && (size_t)n < len) {
			pairs++;
			n += m;
		} else
			singles++;
		s += n;
		len -= (size_t)n;
	}
	out[o] = '\0';
	if (pairs >= 6 && singles * 7 <= pairs + singles)
		r = jk_arena_strdup(ar, out);
	free(out);
	return r;
}

/* Can line s begin as re_source does ("<", "©", "(단위", "단위",
 * "자료", "출처", "[출처]", "※")? */
static int
source_start(const char *s)
{
	static const char *const first[] = { "<", "©", "(", "단", "자",
	    "출", "[", "※", NULL };
	int	 i;

	for (i = 0; first[i] != NULL; i++)
		if (strncmp(s, first[i], strlen(first[i])) == 0)
			return 1;
	return 0;
}

static int
s_dash(const char *s)
{
	return strncmp(s, "- ", 2) == 0;
}

/* Does full line p end inside a word: Hangul at its end with no space
 * after it, no sentence closed, as wide as the column? */
static int
cut_in_word(const struct st *st, int p)
{
	const struct fl	*f = &st->f[p];

	return f->trail == 0 && !(f->k & (K_TERM | K_BULLET)) &&
	    jk_is_hangul(ev_last_cp(f->s)) && f->w >= 0.85 * st->p90;
}

int
st_dash_goes_on(const struct st *st, int p)
{
	const struct fl	*f = &st->f[p];

	return f->trail > 0 && !(f->k & (K_TERM | K_BULLET)) &&
	    !st_ends_with(f->s, ":") && (strstr(f->s, " - ") != NULL ||
	    f->w >= 0.85 * st->p90);
}

/* Does s close a sentence of prose, as an article's last line does
 * ("…다.", "…요.", a quotation closed after them)? */
static int
closes_prose(const char *s)
{
	static const char *const ends[] = { "다.", "다.”", "다.\"", "다.’",
	    "요.", "요.”", NULL };
	int	 i;

	for (i = 0; ends[i] != NULL; i++)
		if (st_ends_with(s, ends[i]))
			return 1;
	return 0;
}

static void
classify(struct st *st)
{
	int		 i;
	struct fl	*f;
	const char	*s;
	double		 vals[64];
	const char	*le;

	for (i = 0; i < st->n; i++) {
		f = &st->f[i];
		if ((s = undouble(st->doc->arena, f->s)) != NULL) {
			jk_msg(st->d, JK_M_DEBRIS, f->ln, "glyphs printed twice "
			    "(fake bold) read once: '%s', kept as figure data",
			    s);
			f->s = s;
			f->w = jk_text_width(s);
			f->k |= K_DOUBLED | K_DEBRIS;
			continue;
		}
		s = f->s;
		/* each pattern only where the literal it needs is there
		 * (the expressions are asked of every line; GRegex's \d
		 * is any decimal digit, so a byte >= 0x80 may start one) */
		if ((strncmp(st_unbracket(s), "그림", 6) == 0 ||
		    strncmp(st_unbracket(s), "표", 3) == 0) &&
		    st_match(st->re_caption, s))
			f->k |= K_CAPTION;
		if (f->lead > 0 && i > 0 && st->f[i - 1].l == f->l &&
		    byline_pos(st, f->l->s) > 0) {
			f->k |= K_BYLINE;
			f->bypos = 0;
		} else if (byline_pos(st, s) == 0) {
			f->k |= K_BYLINE;
			f->bypos = 0;
		}
		if (jk_is_terminal(s))
			f->k |= K_TERM;
		if (f->trail >= 2 && (f->k & K_TERM) && closes_prose(s))
			f->k |= K_ENDCAND;
		if (s[0] >= 'A' && s[0] <= 'Z' && st_match(st->re_label, s))
			f->k |= K_LABEL;
		if (source_start(s) && st_match(st->re_source, s))
			f->k |= K_SOURCE;
		if ((g_ascii_isdigit(s[0]) || (unsigned char)s[0] >= 0x80) &&
		    st_match(st->re_numhead, s))
			f->k |= K_NUMHEAD;
		/* "(1) …" numbers a heading too, but also an item run into
		 * a paragraph ("(2) 특정 시간이나 … 있으면 /"): a heading only
		 * after a closed sentence, not broken at a space, a slash or
		 * a hyphen */
		if (s[0] == '(' && g_ascii_isdigit(s[1]) &&
		    st_match(st->re_parnum, s) && f->trail == 0 &&
		    !st_ends_with(s, "/") && !st_ends_with(s, "-") &&
		    (i == 0 || (st->f[i - 1].k & K_TERM)))
			f->k |= K_NUMHEAD;
		if (st_circled(s))
			f->k |= K_CIRCLED;
		if (strncmp(s, "•", 3) == 0 || strncmp(s, "- ", 2) == 0 ||
		    strncmp(s, "■", 3) == 0 || strncmp(s, "□", 3) == 0 ||
		    strncmp(s, "▶", 3) == 0 || strncmp(s, "·", 2) == 0)
			f->k |= K_BULLET;
		if ((s[0] == '0' || s[0] == '*') && st_match(st->re_note, s) &&
		    strstr(s, "  ") == NULL &&
		    !wrapped_mark(st, i))
			f->k |= K_NOTE;
		if (st_numrow(s, vals, 64, &le) >= 3)
			f->k |= K_NUMROW;
		if (jk_is_open_start(s))
			f->k |= K_OPEN;
		if (jk_is_bound_noun_start(s))
			f->k |= K_BOUNDN;
		if ((f->w <= 22 || company_line(s)) && !(f->k & K_TERM) &&
		    (st_match(st->re_affil, s) || (i > 0 &&
		    (st->f[i - 1].k & K_AFFIL) && s[0] == '(' &&
		    st_ends_with(s, ")"))))
			f->k |= K_AFFIL;
		if (st_match(st->re_biovoc, s))
			f->k |= K_BIOVOC;
		if ((strpbrk(s, "-.") != NULL && st_match(st->re_phone, s)) ||
		    ((strchr(s, '.') != NULL || strstr(s, "://") != NULL) &&
		    st_match(st->re_url, s)) || (strstr(s, "원") != NULL &&
		    st_match(st->re_price, s)) || strstr(s, "문의") != NULL ||
		    strstr(s, "보세요") != NULL || strstr(s, "신청") != NULL ||
		    strstr(s, "■") != NULL || strstr(s, "드립니다") != NULL ||
		    strstr(s, "하세요") != NULL)
			f->k |= K_ADSIG;
	}
	for (i = 0; i < st->n; i++) {
		f = &st->f[i];
		/* the rest of a "<…" source that runs on to its ">" */
		if (i > 0 && (st->f[i - 1].k & K_SOURCE) &&
		    st->f[i - 1].s[0] == '<' &&
		    strchr(st->f[i - 1].s, '>') == NULL && f->blanks <= 1 &&
		    strchr(f->s, '<') == NULL && st_ends_with(f->s, ">"))
			f->k |= K_SOURCE;
		/* "차트 마법사␠" then "- 데이터 계열": a dash inside a title
		 * wrapped at a space, not a list item */
		if ((f->k & K_BULLET) && s_dash(f->s) && i > 0 &&
		    f->blanks == 0 && st->f[i - 1].trail > 0 &&
		    !(st->f[i - 1].k & (K_TERM | K_BULLET)) &&
		    st->f[i - 1].w < 0.75 * st->p90 && f->w < 0.75 * st->p90)
			f->k &= ~K_BULLET;
		/* "파일 - 새로 만들기␠" then "- 데이터베이스를 …": a menu
		 * path going on across the line end, not a list item; so
		 * is a dash after a full line that leaves its sentence
		 * open ("… 클릭합니다. 파일␠" then "- 인쇄를 …"), and one
		 * after a full line cut inside a word ("… 설정하" then
		 * "- 기타에서 …"): no list opens after half a word, so the
		 * dash is the rest of a sentence out of order (a block the
		 * reading order may move) */
		if ((f->k & K_BULLET) && s_dash(f->s) && i > 0 &&
		    f->blanks <= 1 && (st_dash_goes_on(st, i - 1) ||
		    cut_in_word(st, i - 1)))
			f->k &= ~K_BULLET;
		if (debris_shape(st, f))
			f->k |= K_DEBRIS;
		/* a single line right under a credit, after a closed
		 * paragraph: the caption of that photo (narrower than the
		 * column, or alone between blank lines in single-spaced
		 * text, where running lines are not) */
		if (i > 1 && (st->f[i - 1].k & K_SOURCE) &&
		    strncmp(st->f[i - 1].s, "©", 2) == 0 && f->blanks <= 1 &&
		    !(f->k & (K_TERM | K_CAPTION | K_SOURCE | K_BYLINE |
		    K_NUMHEAD | K_BULLET | K_NOTE | K_LABEL)) &&
		    (f->w < 0.9 * st->p90 || (st->f[i - 2].blanks == 0 &&
		    f->blanks >= 1)) && (st->f[i - 2].k & K_TERM) &&
		    (i + 1 >= st->n || st->f[i + 1].blanks >= 1))
			f->k |= K_PHOTOCAP;
		/* a short line printed before a byline on the same line:
		 * the caption of the photo beside it */
		if (i + 1 < st->n && st->f[i + 1].l == f->l &&
		    (st->f[i + 1].k & K_BYLINE) && !(f->k & (K_TERM |
		    K_CAPTION | K_SOURCE)) && f->w < 0.6 * st->p90)
			f->k |= K_PHOTOCAP;
		/* a line between two credit lines is a photo caption */
		if (i > 0 && i + 1 < st->n &&
		    (st->f[i - 1].k & K_SOURCE) && (st->f[i + 1].k & K_SOURCE) &&
		    strncmp(st->f[i - 1].s, "©", 2) == 0 &&
		    strncmp(st->f[i + 1].s, "©", 2) == 0)
			f->k |= K_PHOTOCAP;
	}
}

/*
 * Shapes of figure text that is never running text: a slide footer
 * ("MODULE REPORT 2024 • 13": capitals and numbers, no Hangul); labels
 * printed without their spaces ("설비투자인력현황": one long run of
 * Hangul, maybe with Latin labels and units) next to figure material;
 * a row of chart labels (short words, none carrying a particle or
 * ending) over a row of numbers.
 */
static int
stub_shape(const struct st *st, int i)
{
	static const char *const ends[] = { "은", "는", "이", "가", "을",
	    "를", "의", "에", "로", "와", "과", "도", "만", "서", "고", "며",
	    "다", "요", "면", "한", "된", "인", "할", "적", NULL };
	const struct fl	*f = &st->f[i];
	const char	*p, *w, *e;
	int		 dg, la, caps = 0, words = 0, k, near, endw = 0;
	double		 hs = st_hangul_share(f->s, &dg, &la);
	size_t		 cps = jk_utf8_count(f->s);

	if (f->k & (K_TERM | K_CAPTION | K_BYLINE | K_NUMHEAD | K_BULLET |
	    K_CIRCLED | K_NOTE))
		return 0;
	if (hs == 0 && dg > 0) {
		for (p = f->s; *p != '\0'; p++)
			if (p[0] >= 'A' && p[0] <= 'Z' && p[1] >= 'A' &&
			    p[1] <= 'Z' && (p == f->s || p[-1] == ' '))
				caps++;
		return caps >= 2 && strchr(f->s, ' ') != NULL &&
		    f->w < 0.9 * st->p90;
	}
	near = (i > 0 && (st->f[i - 1].k & (K_STUB | K_SOURCE |
	    K_CAPTION))) || (i + 1 < st->n && (st->f[i + 1].k & (K_SOURCE |
	    K_CAPTION)));
	/* (with Latin labels and their units: "R&D(정부)달성치현황") */
	if ((hs == 1.0 || (hs >= 0.5 && strpbrk(f->s, "()%&") != NULL)) &&
	    cps >= 5 && strchr(f->s, ' ') == NULL && near)
		return 1;
	/* labels right under the figure's source, the text going on
	 * after them with a leading space ("<… 재구성> 단위 : %" |
	 * "아시아-태평양 중남미 유럽 …" | " 예상된다."): the figure's axis,
	 * no end of a column block */
	if (i > 0 && i + 1 < st->n && (st->f[i - 1].k & K_SOURCE) &&
	    f->blanks <= 1 && st->f[i + 1].lead > 0 &&
	    st->f[i + 1].blanks == 0 && f->trail == 0 && f->lead == 0 &&
	    !(f->k & K_OPEN) &&
	    strchr(f->s, ' ') != NULL && st_noun_words(f->s, 1))
		return 1;
	/* a label set between figure debris and the figure's source
	 * line, a blank line at most on either side: part of the figure
	 * (short, or wider when made of nouns alone: "재고 회전율(%)설비
	 * 종합 효율 지수현황") */
	if (i > 0 && i + 1 < st->n && f->blanks <= 1 &&
	    st->f[i + 1].blanks <= 1 && (st->f[i - 1].k & K_DEBRIS) &&
	    (st->f[i + 1].k & K_SOURCE) && (f->w < 0.6 * st->p90 ||
	    (f->w < 0.9 * st->p90 && st_noun_words(f->s, 1))) &&
	    f->trail == 0)
		return 1;
	/* chart labels over numbers */
	if (i + 1 >= st->n || hs < 0.9 || f->w >= 0.9 * st->p90 ||
	    !(st->f[i + 1].k & K_DEBRIS) || f->trail > 1)
		return 0;
	/* (the numbers: at least half the visible characters) */
	st_hangul_share(st->f[i + 1].s, &dg, &la);
	for (k = 0, p = st->f[i + 1].s; *p != '\0'; p++)
		k += *p == ' ';
	if (dg < 4 || dg * 2 < (int)jk_utf8_count(st->f[i + 1].s) - k)
		return 0;
	for (w = f->s; *w != '\0'; w = e) {
		while (*w == ' ')
			w++;
		if (*w == '\0')
			break;
		for (e = w; *e != '\0' && *e != ' '; e++)
			;
		if (e - w > 18)
			return 0;
		for (k = 0; ends[k] != NULL; k++)
			if ((size_t)(e - w) > strlen(ends[k]) &&
			    memcmp(e - strlen(ends[k]), ends[k],
			    strlen(ends[k])) == 0)
				break;
		/* one short noun that ends like a particle ("원가",
		 * "평가") among three labels or more; a second, or a
		 * longer word, is text */
		if (ends[k] != NULL && (endw++ > 0 || e - w > 6))
			return 0;
		words++;
	}
	return words >= (endw > 0 ? 3 : 2);
}

/* Is line i a photo credit ("©Agency")? */
static int
credit_line(const struct st *st, int i)
{
	return (st->f[i].k & K_SOURCE) && strncmp(st->f[i].s, "©", 2) == 0;
}

/*
 * A photo's caption printed above its credit is set across the picture,
 * wider than the column: the lines right above a credit (a blank line at
 * most between them) that are wider than the text's column, with the
 * short last line of such a caption.  Left in the flow, they are glued
 * into the sentence the photo cuts.
 */
static void
mark_caption_above_credit(struct st *st)
{
	int	 i, j, wide;

	for (i = 1; i < st->n; i++) {
		if (!credit_line(st, i) || st->f[i].blanks > 1)
			continue;
		for (j = i - 1; j >= 0; j--) {
			const struct fl *f = &st->f[j];

			if (f->k & (K_CAPTION | K_SOURCE | K_BYLINE | K_NOTE |
			    K_LABEL | K_BULLET | K_DEBRIS | K_PHOTOCAP))
				break;
			wide = f->w > CAPTION_WIDE * st->p90;
			/* the last line of a wide caption may be short */
			if (!wide && !(j == i - 1 && j > 0 &&
			    st->f[j - 1].w > CAPTION_WIDE * st->p90 &&
			    f->blanks <= 1))
				break;
			st->f[j].k |= K_PHOTOCAP;
			if (f->blanks > 1)
				break;
		}
	}
}

static void
mark_stubs(struct st *st)
{
	int	 i;

	for (i = 0; i < st->n; i++)
		if (stub_shape(st, i))
			st->f[i].k |= K_STUB | K_DEBRIS;
}

/* === the stage ========================================================== */

/*
 * The passes, in order.  Each reads and refines the flow (shapes, roles,
 * units); the last builds the tree of every unit.
 */
static void
bodies(struct st *st)
{
	int	 i;

	for (i = 0; i < st->na; i++)
		if (st->a[i].to > st->a[i].from)
			st_article_body(st, &st->a[i]);
}

static st_pass *const passes[] = {
	measure,		/* column width */
	classify,		/* shape flags of each line */
	mark_stubs,		/* figure text that is never text */
	mark_caption_above_credit, /* a photo's caption over its credit */
	st_mark_furniture,	/* furniture entries -> flow positions */
	st_find_headers,	/* header groups: byline, affiliation, bio */
	st_place_headers,	/* their titles: before, after, none */
	st_accept_ends,		/* article-end markers */
	st_mark_headers,
	st_make_articles,	/* units between the anchors */
	st_credit_owners,	/* a credit before a title: whose */
	st_assign_roles,	/* title, subtitle, label, deck, body */
	st_reclaim_orphans,
	st_merge_fragments,
	st_merge_sentenceless,
	st_label_titles,
	st_find_ledes,
	st_split_adverts,
	st_find_adverts,
	st_split_advert_pages,
	st_advert_titles,
	st_split_reports,	/* several reports on one spread */
	st_reorder,		/* column blocks out of order put back */
	bodies,			/* blocks of each unit, reading order, notes */
};

void
jk_structure(struct jk_doc *doc, const struct jk_text *t,
    const struct jk_convert_opts *o, struct jk_diag *d)
{
	struct st	 st;
	size_t		 i;
	unsigned long	 asked0, asked1, looked0, looked1;

	memset(&st, 0, sizeof(st));
	st.doc = doc;
	st.t = t;
	st.o = o;
	st.d = d;
	re_init(&st);

	if (t->volume != NULL)
		jk_meta_set(doc, "volume", t->volume);
	if (t->issue != NULL)
		jk_meta_set(doc, "issue", t->issue);

	jk_lex_stats(&asked0, &looked0);
	flow_build(&st);
	if (st.n == 0) {
		size_t	 nl = 0, k;

		for (k = 0; k < t->n; k++)
			if (!t->lines[k].blank)
				nl++;
		jk_msg(d, JK_M_NOTEXT, 0, "%zu lines read, %zu of them with "
		    "text, all page furniture (%zu pieces): the issue is empty",
		    t->n, nl, t->nfurn);
	} else {
		for (i = 0; i < sizeof(passes) / sizeof(passes[0]); i++)
			passes[i](&st);
	}

	jk_lex_stats(&asked1, &looked1);
	if (asked1 > asked0 && jk_lex_path() == NULL)
		jk_msg(d, JK_M_LEXICON, 0, "%lu questions unanswered (install "
		    "hunspell-ko, or set JIKJI_LEXICON)", asked1 - asked0);
	if (o != NULL && o->explain)
		jk_msg(d, JK_M_ARTICLE, 0, "%d units, %d sentences rejoined "
		    "of %d cut by figures, %d bylines moved, %d/%d tables "
		    "with totals adding up, %d tables, %lu questions to the "
		    "word list (%lu looked up)", st.na, st.nsentjoin,
		    st.nfigcut, st.nbymoved, st.ntablesok, st.ntableschk,
		    st.ntables, asked1 - asked0, looked1 - looked0);

	re_free(&st);
	free(st.f);
	free(st.h);
	free(st.a);
	free(st.fpos);
	free(st.tagbefore);
	free(st.inhdr);
	free(st.furnbefore);
}
