/*
 * evidence.c -- how well the text goes on from the end of one line into
 * the start of another, by the issue's own evidence (reorder.c decides
 * the reading order of column blocks on these scores).
 *
 * Each end is scored against each start by the eojeol made by gluing
 * them (is it a word the issue prints whole elsewhere), the phrase it
 * makes with the word before, the syllable pairs and triples across the
 * join (how often the words hold them, within a word or across
 * a space), whether the glued word begins like the words,
 * distance, and whether the start can begin a word at all.  Where the
 * issue says nothing of a glued eojeol, the language's word list
 * (lexicon.h) is asked.
 *
 * A mid-word cut whose glued word is seen nowhere and whose two
 * syllables at the join never stand together, an ending after a space,
 * or a start that begins no word of the issue speak against a pair (the
 * verdict V_*); a stem the words begin with and an ending that
 * ends other words of the issue speak for it.
 *
 * The model also holds the characters (ngram.c), and each side
 * what the characters across a join need of it; reorder.c weighs that
 * evidence apart from the score, where the words fall short.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "evidence.h"
#include "../util/lexicon.h"

#define SPACED	 ((guint64)1 << 63)	/* bigram key: across a space */
#define LEXMIN	 3	/* syllables of a glued word the word list is
			 * asked about (shorter ones are words by chance) */
#define LEXWORD	 3.0	/* the word list's yes, as evidence */

#define PREMAX	 6	/* syllables of a word beginning kept */

static guint32
fnv_more(guint32 h, const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

#define FNV_START	2166136261u

/* The slot of s[0..len) (hash h) in set, or the empty slot where it
 * would go. */
static size_t
set_slot(const struct strset *set, const char *s, size_t len, guint32 h)
{
	size_t	 i;

	for (i = h & (set->cap - 1); set->s[i] != NULL;
	    i = (i + 1) & (set->cap - 1))
		if (set->h[i] == h && strlen(set->s[i]) == len &&
		    memcmp(set->s[i], s, len) == 0)
			break;
	return i;
}

static void
set_put(struct strset *set, const char *s, size_t len, guint32 h)
{
	size_t	 i, j, ocap = set->cap;
	char	**op = set->s;
	guint32	*oh = set->h;
	int	*oc = set->cnt;

	if (2 * (set->n + 1) > set->cap) {
		set->cap = ocap ? ocap * 2 : 1024;
		set->s = jk_xcalloc(set->cap, sizeof(*set->s));
		set->h = jk_xcalloc(set->cap, sizeof(*set->h));
		set->cnt = jk_xcalloc(set->cap, sizeof(*set->cnt));
		for (j = 0; j < ocap; j++)
			if (op[j] != NULL) {
				i = set_slot(set, op[j], strlen(op[j]), oh[j]);
				set->s[i] = op[j];
				set->h[i] = oh[j];
				set->cnt[i] = oc[j];
			}
		free(op);
		free(oh);
		free(oc);
	}
	i = set_slot(set, s, len, h);
	if (set->s[i] == NULL) {
		set->s[i] = g_strndup(s, len);
		set->h[i] = h;
		set->n++;
	}
	set->cnt[i]++;
}

/* How often s[0..len) was added to set. */
static int
set_count(const struct strset *set, const char *s, size_t len)
{
	size_t	 i;

	if (set->cap == 0)
		return 0;
	i = set_slot(set, s, len, fnv_more(FNV_START, s, len));
	return set->s[i] != NULL ? set->cnt[i] : 0;
}

static void
set_free(struct strset *set)
{
	size_t	 i;

	for (i = 0; i < set->cap; i++)
		g_free(set->s[i]);
	free(set->s);
	free(set->h);
	free(set->cnt);
}

/* The beginnings of 1 to PREMAX syllables of the Hangul run at s, one
 * syllable longer at each pre_next(): what word beginnings are both
 * counted (pre_add) and looked up (pre_longest) by. */
struct pre_it {
	const char	*s, *p;	/* the run, and the end of the beginning */
	int		 k;	/* its syllables */
	guint32		 h;	/* and its hash */
};

static void
pre_start(struct pre_it *it, const char *s)
{
	it->s = it->p = s;
	it->k = 0;
	it->h = FNV_START;
}

static int
pre_next(struct pre_it *it)
{
	unsigned int	 cp;
	int		 n;

	if (*it->p == '\0' || it->k >= PREMAX)
		return 0;
	cp = jk_utf8_get(it->p, strlen(it->p), &n);
	if (!jk_is_hangul(cp))
		return 0;
	it->h = fnv_more(it->h, it->p, (size_t)n);
	it->p += n;
	it->k++;
	return 1;
}

/* The word beginnings of the Hangul run at s (a word start). */
static void
pre_add(struct bigrams *bg, const char *s)
{
	struct pre_it	 it;

	for (pre_start(&it, s); pre_next(&it); )
		if (it.k >= 2)
			set_put(&bg->pre, s, (size_t)(it.p - s), it.h);
}

/* The endings of 2-6 syllables of the word w[0..len) printed whole
 * (a word of Hangul only, longer than the ending). */
static void
suf_add(struct bigrams *bg, const char *w, size_t len)
{
	const char *at[PREMAX + 1];
	size_t	 i = 0;
	int	 n, u = 0, k;

	len = st_trim_punct(w, len);
	while (i < len) {
		unsigned int cp = jk_utf8_get(w + i, len - i, &n);

		if (!jk_is_hangul(cp))
			return;
		/* the last PREMAX + 1 syllable starts, in a ring */
		at[u++ % (PREMAX + 1)] = w + i;
		i += (size_t)n;
	}
	for (k = 2; k <= PREMAX && k < u; k++) {
		const char *e = at[(u - k) % (PREMAX + 1)];
		size_t	 el = (size_t)(w + len - e);

		set_put(&bg->suf, e, el, fnv_more(FNV_START, e, el));
	}
}

/* Syllables of the longest beginning of w that the words begin
 * with, looked at only beyond `from` syllables. */
static int
pre_longest(const struct bigrams *bg, const char *w, int from)
{
	struct pre_it	 it;
	int		 best = 0;

	if (bg->pre.cap == 0)
		return 0;
	for (pre_start(&it, w); pre_next(&it); )
		if (it.k > from && it.k >= 2 && bg->pre.s[set_slot(&bg->pre,
		    w, (size_t)(it.p - w), it.h)] != NULL)
			best = it.k;
	return best;
}

#define TRIGRAM	 ((guint64)1 << 62)	/* key of a syllable triple */

static guint64
bg_key(unsigned int a, unsigned int b)
{
	return ((guint64)a << 32) | b;
}

static guint64
tg_key(unsigned int a, unsigned int b, unsigned int c)
{
	return TRIGRAM | ((guint64)(a & 0xfffff) << 40) |
	    ((guint64)(b & 0xfffff) << 20) | (c & 0xfffff);
}

void
ev_build(struct bigrams *bg, const struct jk_text *t)
{
	size_t	 i, len;
	const char *s, *p;
	unsigned int prev, cp, sp, p2;
	int	 n;

	memset(bg, 0, sizeof(*bg));
	bg->ng = ng_new();
	for (i = len = 0; i < t->n; i++)
		if (!t->lines[i].blank && t->lines[i].furn == JK_FURN_NONE &&
		    t->lines[i].s != NULL)
			len += strlen(t->lines[i].s);
	ng_reserve(bg->ng, len);
	for (i = 0; i < t->n; i++) {
		if (t->lines[i].blank || t->lines[i].furn != JK_FURN_NONE ||
		    (s = t->lines[i].s) == NULL)
			continue;
		ng_add_line(bg->ng, s, strlen(s));
		/* words after a space begin there; one between two
		 * spaces is printed whole */
		for (p = strchr(s, ' '); p != NULL; p = strchr(p + 1, ' '))
			if (p[1] != ' ' && p[1] != '\0') {
				const char *q = strchr(p + 1, ' ');

				pre_add(bg, p + 1);
				if (q != NULL)
					suf_add(bg, p + 1, (size_t)(q - p - 1));
			}
		len = strlen(s);
		prev = p2 = 0;
		sp = 0;
		while (len > 0) {
			cp = jk_utf8_get(s, len, &n);
			s += n;
			len -= (size_t)n;
			if (cp == ' ' && prev != 0) {
				/* the last syllable of a word and the first of
				 * the next: a pair across a space */
				sp = prev;
				prev = p2 = 0;
				continue;
			}
			if (!jk_is_hangul(cp)) {
				prev = sp = p2 = 0;
				continue;
			}
			if (prev != 0 || sp != 0)
				ngc_bump(&bg->grams, prev != 0 ?
				    bg_key(prev, cp) : bg_key(sp, cp) | SPACED);
			if (p2 != 0)
				ngc_bump(&bg->grams, tg_key(p2, prev, cp));
			p2 = prev;
			prev = cp;
			sp = 0;
		}
	}
}

static int
bg_count(const struct bigrams *bg, unsigned int a, unsigned int b,
    int spaced)
{
	guint64	 key = bg_key(a, b) | (spaced ? SPACED : 0);

	return (int)ngc_get(&bg->grams, key);
}

static int
tg_count(const struct bigrams *bg, unsigned int a, unsigned int b,
    unsigned int c)
{
	guint64	 key = tg_key(a, b, c);

	return (int)ngc_get(&bg->grams, key);
}

/* The second code point of s after leading spaces, 0 if none. */
static unsigned int
first_cp2(const char *s)
{
	int	 n;

	while (*s == ' ')
		s++;
	if (*s == '\0')
		return 0;
	jk_utf8_get(s, strlen(s), &n);
	s += n;
	return *s != '\0' ? jk_utf8_get(s, strlen(s), &n) : 0;
}

/* Code point `back` places (0: the last) from the end of s before
 * trailing spaces, 0 if none. */
static unsigned int
cp_from_end(const char *s, int back)
{
	size_t	 len = strlen(s);
	const char *q;
	int	 n;

	while (len > 0 && s[len - 1] == ' ')
		len--;
	for (;;) {
		if (len == 0)
			return 0;
		q = s + len - 1;
		while (q > s && ((unsigned char)*q & 0xc0) == 0x80)
			q--;
		if (back-- == 0)
			return jk_utf8_get(q, (size_t)(s + len - q), &n);
		len = (size_t)(q - s);
	}
}

unsigned int
ev_last_cp(const char *s)
{
	return cp_from_end(s, 0);
}

static unsigned int
last_cp2(const char *s)
{
	return cp_from_end(s, 1);
}

unsigned int
ev_first_cp(const char *s)
{
	int	 n;

	while (*s == ' ')
		s++;
	return *s != '\0' ? jk_utf8_get(s, strlen(s), &n) : 0;
}

/* Does the start's first word begin with a form of 하다 ("할 지도",
 * "했다", "해야") after an object ("경험을")?  The verb is then a word
 * of its own after the space, not an ending cut from the word before
 * ("필요|할").  (Not 한 nor 하: "색상을 한 창에" is the numeral, "하나"
 * a noun.) */
static int
hada_after_object(const struct side *xe, const struct side *xs)
{
	static const unsigned int hada[] = { 0xD560, 0xD568, 0xD569,
	    0xD588, 0xD574, 0 };	/* 할 함 합 했 해 */
	size_t	 i;

	if (xe->l1 != 0xC744 && xe->l1 != 0xB97C)	/* 을 를 */
		return 0;
	for (i = 0; hada[i] != 0; i++)
		if (xs->f1 == hada[i])
			return 1;
	return 0;
}

/* Blocks swapped on a page lie near each other: a penalty for the
 * distance from line e to line s. */
double
ev_distance(const struct st *st, int e, int s)
{
	double	 d = abs(st->f[s].ln - st->f[e].ln) / 20.0;

	return d < 3 ? d : 3;
}

void
ev_side(const struct st *st, const struct bigrams *bg, int e, int s,
    struct side *x)
{
	const struct fl	*fe = &st->f[e], *fs = &st->f[s];
	const char	*a, *b, *p;

	a = strrchr(fe->s, ' ');
	a = a != NULL && a[1] != '\0' ? a + 1 : fe->s;
	x->a = a;
	x->la = strlen(a);
	x->ax = 0;
	x->axn = 0;
	if (x->la > 0) {
		p = a + x->la - 1;
		while (p > a && ((unsigned char)*p & 0xc0) == 0x80)
			p--;
		x->ax = jk_utf8_get(p, (size_t)(a + x->la - p), &x->axn);
	}
	x->l1 = ev_last_cp(fe->s);
	x->l2 = last_cp2(fe->s);
	x->ua = (int)jk_utf8_count(a);
	x->head = -1;
	x->ahas = x->ua >= 2 && jk_vocab_has(st->t, a, x->la);
	x->p = NULL;
	x->lp = 0;
	if (a > fe->s + 1) {
		p = a - 1;
		while (p > fe->s && p[-1] != ' ')
			p--;
		x->p = p;
		x->lp = (size_t)(a - p);
	}
	b = fs->s;
	while (*b == ' ')
		b++;
	x->b = b;
	x->lb = st_trim_punct(b, strcspn(b, " "));
	x->f1 = ev_first_cp(b);
	x->f2 = first_cp2(b);
	x->f1n = 0;
	if (*b != '\0')
		jk_utf8_get(b, strlen(b), &x->f1n);
	x->nobeg = jk_is_hangul(x->f1) && jk_is_hangul(x->f2) &&
	    pre_longest(bg, b, 0) == 0;
	x->stem = x->ua >= 2 && (x->ahas ||
	    pre_longest(bg, a, x->ua - 1) == x->ua);
	x->endk = set_count(&bg->suf, b, x->lb);
	ng_end_of(bg->ng, fe->s, strlen(fe->s), fe->trail > 0, &x->ne);
	ng_start_of(bg->ng, fs->s, strlen(fs->s), &x->ns);
}

/* Where the Hangul of glued word w begins: past what its first la bytes
 * (the end's word) hold before their first syllable. */
static const char *
hangul_from(const char *w, size_t la)
{
	const char	*g = w;
	int		 n;

	while (g < w + la && !jk_is_hangul(jk_utf8_get(g, (size_t)(w + la -
	    g), &n)))
		g += n;
	return g;
}
/* The word list's answer on the eojeol glued from w[0..la) and the
 * start after it (lb bytes), leading punctuation left out; JK_LEX_NO
 * for one shorter than LEXMIN syllables. */
static enum jk_lex
lex_word(const char *w, size_t la, size_t lb)
{
	const char	*g = hangul_from(w, la);

	if (jk_utf8_count(g) < LEXMIN)
		return JK_LEX_NO;
	return jk_lex_word(g, la + lb - (size_t)(g - w));
}

/* Does the word list know the glued eojeol w (la + lb bytes) of two
 * syllables?  Too many pairs of syllables are some word of the language
 * for its yes to be evidence for a join, but a word it knows is no word
 * "seen nowhere": a join kept as extracted, "가|을", that the issue
 * prints nowhere else is still "가을". */
static int
lex_short_word(const char *w, size_t la, size_t lb)
{
	const char	*g = hangul_from(w, la);

	return jk_utf8_count(g) == 2 &&
	    jk_lex_word(g, la + lb - (size_t)(g - w)) == JK_LEX_YES;
}

/* Does the word list deny the glued eojeol w (la + lb bytes) of LEXMIN
 * syllables or more? */
static int
lex_denies(const char *w, size_t la, size_t lb)
{
	const char	*g = hangul_from(w, la);

	return jk_utf8_count(g) >= LEXMIN &&
	    jk_lex_word(g, la + lb - (size_t)(g - w)) == JK_LEX_NO;
}

/* Does the word list know the end's word w[0..la) and deny it glued to
 * the start (lb bytes): a form of a word it knows that it does not know?
 * (Of a word it does not know, a loan word, its no says nothing.) */
static int
lex_denies_form(const char *w, size_t la, size_t lb)
{
	const char	*g = hangul_from(w, la);
	size_t		 ng = la - (size_t)(g - w);

	return jk_utf8_count(g) >= 2 && jk_lex_word(g, ng) == JK_LEX_YES &&
	    lex_denies(w, la, lb);
}

/*
 * How well does the text go on from the end of flow line e into the
 * start of flow line s (xe: side_of the end, xs: of the start)?  Higher
 * is better; 0 is no evidence.  With pend, the word list is not asked: its
 * answer is taken to be yes (a score no lower and a verdict no more
 * against than the true one) and *pend set when it would have been
 * asked; the caller asks again without pend where the answer matters.
 */
double
ev_score(const struct st *st, const struct bigrams *bg, int e, int s,
    struct side *xe, const struct side *xs, int *no, int *pend)
{
	const struct fl	*fe = &st->f[e], *fs = &st->f[s];
	char		 w[256];
	const char	*a = xe->a, *b = xs->b;
	size_t		 la = xe->la, lb = xs->lb;
	double		 sc = 0;
	int		 c, apart, open;
	size_t		 lo, hi;

	*no = 0;
	if (pend != NULL)
		*pend = 0;
	if (la + lb + 2 > sizeof(w) || la == 0 || lb == 0)
		return 0;
	/* a closed sentence: any sentence may follow, no ending may, nor
	 * a bound noun ("수 있습니다") */
	if (fe->k & K_TERM) {
		*no = (fs->k & (K_OPEN | K_BOUNDN)) ? V_CLOSED : 0;
		return (fs->k & (K_OPEN | K_BOUNDN)) ? -3 : 3;
	}
	memcpy(w, a, la);
	if (fe->trail == 0) {
		/* cut mid-word: the glued eojeol, printed whole elsewhere;
		 * or a word printed whole and a particle or ending after it */
		memcpy(w + la, b, lb);
		w[la + lb] = '\0';
		/* two syllables at the join that never stand together in
		 * the lines: no word, stem or word beginning of
		 * the issue holds both, nor does a pair or triple (so the
		 * glued forms that keep them are not looked up) */
		apart = jk_is_hangul(xe->ax) && jk_is_hangul(xs->f1) &&
		    bg_count(bg, xe->ax, xs->f1, 0) == 0;
		lo = apart ? la - (size_t)xe->axn : 1;
		hi = apart ? la + (size_t)xs->f1n : 0;
		/* (or seen only with a particle after it, 1, unless the
		 * start is itself that particle) */
		c = jk_vocab_glued(st->t, w, la + lb, lo, hi,
		    !(fs->k & K_OPEN));
		/* a syllable glued to a Latin capital ("뵤|SuperSpace"): a
		 * name written so ("한국IBM") is printed so elsewhere;
		 * else the two are words apart, never cut mid-word */
		if (c <= 0 && jk_is_hangul(xe->ax) && xs->f1 >= 'A' &&
		    xs->f1 <= 'Z') {
			*no = V_NOWORD;
			return -ev_distance(st, e, s);
		}
		if (c > 0)
			sc += c >= 3 ? 7 : 6;
		/* and the word before it with the glued one, a phrase the
		 * issue prints elsewhere */
		if (c > 0 && xe->p != NULL) {
			char		 ph[300];
			size_t		 lp = xe->lp;

			if (lp + la + lb + 1 < sizeof(ph)) {
				memcpy(ph, xe->p, lp);
				memcpy(ph + lp, w, la + lb + 1);
				if (jk_vocab_has(st->t, ph, lp + la + lb))
					sc += 2;
			}
		}
		else if ((fs->k & K_OPEN) && xe->ahas &&
		    (pend != NULL ? (*pend = 1) : !lex_denies_form(w, la, lb)))
			sc += 3;
		/* or the glued eojeol begins like words the issue prints,
		 * beyond the join */
		else if (!apart && pre_longest(bg, w, xe->ua) >= 3)
			sc += 2;
		/* or a stem the words begin with and an ending
		 * that ends other words of the issue, unless the language's
		 * word list denies the glued eojeol ("요|하단": "요하" begins
		 * words, "단" ends them; no word is "요하단") */
		if (sc == 0 && xe->stem && xs->endk >= 2 &&
		    (pend != NULL ? (*pend = 1) : !lex_denies(w, la, lb))) {
			sc += 2;
			apart = 0;
		}
		/* or, with no evidence of the issue, the language's word
		 * list: a glued eojeol of LEXMIN syllables or more that it
		 * knows is word evidence, whether or not its two syllables
		 * at the join stand together anywhere in the issue ("용량
		 * 축|소를": a word seen nowhere in the issue may be one of
		 * the language; on the generated issues, counting it only
		 * where they do lost a dozen swaps and made six wrong
		 * joins), and one of two syllables that it knows lifts the
		 * verdict of syllables that never stand together */
		if (sc == 0 && jk_is_hangul(xe->ax) && jk_is_hangul(xs->f1) &&
		    (pend != NULL ? (*pend = 1) : lex_word(w, la, lb) ==
		    JK_LEX_YES)) {
			sc += LEXWORD;
			apart = 0;
		} else if (apart && lex_short_word(w, la, lb))
			apart = 0;
		if (apart && xe->l1 == xe->ax) {
			*no = sc == 0 ? V_NOWORD : 0;
			return sc - ev_distance(st, e, s);
		}
		/* the syllable pair across the join, in the words */
		c = bg_count(bg, xe->l1, xs->f1, 0);
		sc += c >= 16 ? 1.5 : c >= 4 ? 1 : c >= 1 ? 0.5 : 0;
		/* and the syllable triples across it */
		if (tg_count(bg, xe->l2, xe->l1, xs->f1) > 0)
			sc += 1;
		if (tg_count(bg, xe->l1, xs->f1, xs->f2) > 0)
			sc += 1;
	} else {
		/* cut at a space: two neighbouring words */
		w[la] = ' ';
		memcpy(w + la + 1, b, lb);
		w[la + 1 + lb] = '\0';
		if (jk_vocab_has_phrase(st->t, w, la + 1 + lb, la, &xe->head))
			sc += 3;
		/* a Latin word in lower case after a space is a word of its
		 * own (a file name, a command), not the rest of one */
		open = (fs->k & K_OPEN) && !(xs->f1 >= 'a' && xs->f1 <= 'z') &&
		    !hada_after_object(xe, xs);
		*no = open ? V_ENDING : xs->nobeg ? V_NOBEGIN : 0;
		if (open)
			sc -= 2;
		/* the last syllable of a word and the first of the next,
		 * as the words follow each other */
		c = bg_count(bg, xe->l1, xs->f1, 1);
		sc += c >= 16 ? 2 : c >= 4 ? 1 : c >= 1 ? 0.5 : 0;
	}
	return sc - ev_distance(st, e, s);
}

void
ev_free(struct bigrams *bg)
{
	set_free(&bg->pre);
	set_free(&bg->suf);
	ngc_free(&bg->grams);
	ng_free(bg->ng);
}
