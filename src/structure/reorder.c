/*
 * reorder.c -- reading order of the columns of a unit, as one decision.
 *
 * The extraction sometimes gives the column blocks of a page out of
 * order: a block ends mid-sentence and the text runs on into a block
 * that the extraction printed elsewhere.  Every place where one prose
 * line ends mid-sentence and the next prose line of the unit follows it
 * is a cut, and so is a block that starts mid-sentence (an ending, a
 * particle) after a closed sentence: its end and its start are
 * candidates.  Each end is scored against each start by the issue's own
 * evidence: the eojeol made by gluing them (is it a word the issue
 * prints whole elsewhere), the phrase it makes with the word before, the
 * syllable pairs and triples across the join (how often the issue's
 * words hold them, within a word or across a space), whether the glued
 * word begins like the words, distance, and whether the start
 * can begin a word at all.
 *
 * A mid-word cut whose glued word is seen nowhere and whose two
 * syllables at the join never stand together, an ending after a space,
 * or a start that begins no word of the issue speak against a pair; a
 * stem the words begin with and an ending that ends other words
 * of the issue speak for it.
 *
 * Two neighbouring blocks printed in the other order change three joins
 * at once, so swaps are decided first, three cuts together: every move
 * is scored by its three new joins over the three kept ones (what
 * speaks against a kept join counts for the move), by its starts
 * (printed as block starts with a leading space or not) and by the
 * length of its blocks, and taken only when one of its starts is
 * printed as a block start and it beats the kept order and every rival
 * reading of its cuts by a clear margin: a wider one when only one of
 * its joins has word evidence.  Where nothing speaks against the kept
 * joins, two starts must be block starts or all three new joins have
 * word evidence.  A closed sentence before a sentence start, and a cut
 * next to a Latin word, are cuts only this search may change.  Then
 * single pairs: one
 * is changed only when it beats every other candidate of its end and of
 * its start by a clear margin; changes must close into cycles (each
 * start taken is given up by its old end, the one pair that closes a
 * cycle having evidence of its own) and leave one chain of blocks.
 * Otherwise the extraction order is kept and the cut is reported.  The
 * flow is then permuted block by block before the bodies are built, and
 * the first line of every moved block is marked (K_MOVED) so that the
 * join pass glues it where it was put.  A unit of more than MAXCUT cuts
 * is decided in windows of MAXCUT cuts that follow each other, so that
 * its work grows with its length.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "stpriv.h"

#define MARGIN	 2.0	/* a pair beats every rival by this much */
#define SWAPCOL	 20	/* lines a swapped block usually spans */
#define SWAPLONG 0.1	/* less per line beyond that */
#define STARTSHARE 0.15	/* Hangul share of a start that begins in it */

/* score()'s verdict of a pair, when something speaks against it */
enum {
	V_NONE,
	V_CLOSED,	/* an ending after a closed sentence */
	V_NOWORD,	/* cut mid-word, the glued word seen nowhere and its
			 * two syllables at the join never together */
	V_ENDING,	/* an ending after a space */
	V_NOBEGIN	/* after a space, a start that begins no word */
};
#define MAXCUT	 256	/* cuts decided together (a window of them) */
#define SPACED	 ((guint64)1 << 63)	/* bigram key: across a space */

struct cut {
	int	 e, s;		/* flow lines: end of a block, next start */
	int	 soft;		/* a closed sentence and a sentence start:
				 * only a swap of blocks changes it */
};

/* A set of short strings (word beginnings, word endings) with how
 * often each was added: open addressing, at most half full. */
struct strset {
	char		**s;
	guint32		*h;
	int		*cnt;
	size_t		 cap, n;	/* cap: a power of two, or 0 */
};

/* Syllable pairs and triples inside the words: a character
 * n-gram model.  Both tables are open addressing, at most half full:
 * the score of every end against every start looks them up some
 * hundred thousand times an issue. */
struct bigrams {
	guint64		*key;	/* n-gram keys, 0: an empty slot */
	int		*cnt;	/* and how often each was seen */
	size_t		 cap, n;	/* cap: a power of two, or 0 */
	struct strset	 pre;	/* word beginnings of 2-6 syllables */
	struct strset	 suf;	/* endings of 2-6 syllables of longer
				 * words printed whole */
};

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

/* The word beginnings of the Hangul run at s (a word start). */
static void
pre_add(struct bigrams *bg, const char *s)
{
	const char *p = s;
	int	 n, k = 0;
	guint32	 h = FNV_START;

	while (*p != '\0' && k < PREMAX) {
		unsigned int cp = jk_utf8_get(p, strlen(p), &n);

		if (!jk_is_hangul(cp))
			break;
		h = fnv_more(h, p, (size_t)n);
		p += n;
		if (++k >= 2)
			set_put(&bg->pre, s, (size_t)(p - s), h);
	}
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
	const char *p = w;
	int	 n, k = 0, best = 0;
	guint32	 h = FNV_START;

	while (*p != '\0' && k < PREMAX) {
		unsigned int cp = jk_utf8_get(p, strlen(p), &n);

		if (!jk_is_hangul(cp))
			break;
		h = fnv_more(h, p, (size_t)n);
		p += n;
		if (++k > from && k >= 2 && bg->pre.cap > 0 &&
		    bg->pre.s[set_slot(&bg->pre, w, (size_t)(p - w), h)] !=
		    NULL)
			best = k;
	}
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

/* The slot of key, or the empty slot where it would go (key 0, never
 * added, finds an empty slot: a count of 0). */
static size_t
bg_slot(const struct bigrams *bg, guint64 key)
{
	guint64	 x = key;
	size_t	 i;

	/* the halves of a key differ in few bits: mix them all */
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	for (i = (size_t)x & (bg->cap - 1); bg->key[i] != 0 &&
	    bg->key[i] != key; i = (i + 1) & (bg->cap - 1))
		;
	return i;
}

static void
bg_add(struct bigrams *bg, guint64 key)
{
	guint64	*ok = bg->key;
	int	*oc = bg->cnt;
	size_t	 i, j, ocap = bg->cap;

	if (2 * (bg->n + 1) > bg->cap) {
		bg->cap = ocap ? ocap * 2 : 4096;
		bg->key = jk_xcalloc(bg->cap, sizeof(*bg->key));
		bg->cnt = jk_xcalloc(bg->cap, sizeof(*bg->cnt));
		for (j = 0; j < ocap; j++)
			if (ok[j] != 0) {
				i = bg_slot(bg, ok[j]);
				bg->key[i] = ok[j];
				bg->cnt[i] = oc[j];
			}
		free(ok);
		free(oc);
	}
	i = bg_slot(bg, key);
	if (bg->key[i] == 0) {
		bg->key[i] = key;
		bg->n++;
	}
	bg->cnt[i]++;
}

static void
bg_build(struct bigrams *bg, const struct jk_text *t)
{
	size_t	 i, len;
	const char *s, *p;
	unsigned int prev, cp, sp, p2;
	int	 n;

	memset(bg, 0, sizeof(*bg));
	bg->cap = 4096;
	bg->key = jk_xcalloc(bg->cap, sizeof(*bg->key));
	bg->cnt = jk_xcalloc(bg->cap, sizeof(*bg->cnt));
	for (i = 0; i < t->n; i++) {
		if (t->lines[i].blank || t->lines[i].furn != JK_FURN_NONE ||
		    (s = t->lines[i].s) == NULL)
			continue;
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
				bg_add(bg, prev != 0 ? bg_key(prev, cp) :
				    bg_key(sp, cp) | SPACED);
			if (p2 != 0)
				bg_add(bg, tg_key(p2, prev, cp));
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

	return bg->cnt[bg_slot(bg, key)];
}

static int
tg_count(const struct bigrams *bg, unsigned int a, unsigned int b,
    unsigned int c)
{
	guint64	 key = tg_key(a, b, c);

	return bg->cnt[bg_slot(bg, key)];
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

static unsigned int
last_cp(const char *s)
{
	return cp_from_end(s, 0);
}

static unsigned int
last_cp2(const char *s)
{
	return cp_from_end(s, 1);
}

static unsigned int
first_cp(const char *s)
{
	int	 n;

	while (*s == ' ')
		s++;
	return *s != '\0' ? jk_utf8_get(s, strlen(s), &n) : 0;
}

/* A line of running text of unit k that a cut can fall after or before
 * (start: before it, where a line that goes on in Hangul may hold more
 * Latin, a name or a term, and still be running text). */
static int
prose_line_at(const struct st *st, int i, int k, int start)
{
	const struct fl	*f = &st->f[i];
	int		 dg, la;

	if (f->art != k || f->role != R_BODY || (f->k & (K_CAPTION |
	    K_SOURCE | K_NUMROW | K_NOTE | K_BULLET | K_NUMHEAD | K_CIRCLED |
	    K_LABEL | K_BYLINE | K_PHOTOCAP | K_DOUBLED)))
		return 0;
	return st_hangul_share(f->s, &dg, &la) >= (start &&
	    jk_is_hangul(first_cp(f->s)) ? STARTSHARE : 0.3);
}

static int
prose_line(const struct st *st, int i, int k)
{
	return prose_line_at(st, i, k, 0);
}

/* Blocks swapped on a page lie near each other: a penalty for the
 * distance from line e to line s. */
static double
distance(const struct st *st, int e, int s)
{
	double	 d = abs(st->f[s].ln - st->f[e].ln) / 20.0;

	return d < 3 ? d : 3;
}

/* What score() needs of a cut's end line and of its start line, found
 * once per cut rather than once per pair. */
struct side {
	const char	*a;	/* the end's last word */
	size_t		 la;
	unsigned int	 l1, l2;	/* its last and last but one code point */
	unsigned int	 ax;	/* the last code point of a itself */
	int		 axn;	/* and its bytes */
	int		 ua;	/* code points of a */
	int		 ahas;	/* a is a word of 2 or more the issue prints */
	int		 head;	/* a phrase of the issue begins with a (-1:
				 * not yet known) */
	const char	*p;	/* the word before a, when there is one */
	size_t		 lp;
	const char	*b;	/* the start's first word, without closing
				 * punctuation */
	size_t		 lb;
	unsigned int	 f1, f2;	/* its first and second code point */
	int		 f1n;	/* the bytes of f1 */
	int		 nobeg;	/* b's first two syllables begin no word
				 * the issue prints after a space */
	int		 stem;	/* a (2 or more syllables) begins words of
				 * the issue */
	int		 endk;	/* b ends how many words of the issue */
};

static void
side_of(const struct st *st, const struct bigrams *bg, int e, int s,
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
	x->l1 = last_cp(fe->s);
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
	x->f1 = first_cp(b);
	x->f2 = first_cp2(b);
	x->f1n = 0;
	if (*b != '\0')
		jk_utf8_get(b, strlen(b), &x->f1n);
	x->nobeg = jk_is_hangul(x->f1) && jk_is_hangul(x->f2) &&
	    pre_longest(bg, b, 0) == 0;
	x->stem = x->ua >= 2 && (x->ahas ||
	    pre_longest(bg, a, x->ua - 1) == x->ua);
	x->endk = set_count(&bg->suf, b, x->lb);
}

/*
 * How well does the text go on from the end of flow line e into the
 * start of flow line s (xe: side_of the end, xs: of the start)?  Higher
 * is better; 0 is no evidence.
 */
static double
score(const struct st *st, const struct bigrams *bg, int e, int s,
    struct side *xe, const struct side *xs, int *no)
{
	const struct fl	*fe = &st->f[e], *fs = &st->f[s];
	char		 w[256];
	const char	*a = xe->a, *b = xs->b;
	size_t		 la = xe->la, lb = xs->lb;
	double		 sc = 0;
	int		 c, apart;
	size_t		 lo, hi;

	*no = 0;
	if (la + lb + 2 > sizeof(w) || la == 0 || lb == 0)
		return 0;
	/* a closed sentence: any sentence may follow, no ending may */
	if (fe->k & K_TERM) {
		*no = (fs->k & K_OPEN) ? V_CLOSED : 0;
		return (fs->k & K_OPEN) ? -3 : 3;
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
		c = jk_vocab_exact_apart(st->t, w, la + lb, lo, hi);
		/* (seen only with a particle after it, unless the start
		 * is itself that particle) */
		if (c == 0 && !(fs->k & K_OPEN) &&
		    jk_vocab_has_apart(st->t, w, la + lb, lo, hi))
			c = 1;
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
		else if ((fs->k & K_OPEN) && xe->ahas)
			sc += 3;
		/* or the glued eojeol begins like words the issue prints,
		 * beyond the join */
		else if (!apart && pre_longest(bg, w, xe->ua) >= 3)
			sc += 2;
		/* or a stem the words begin with and an ending
		 * that ends other words of the issue */
		if (sc == 0 && xe->stem && xs->endk >= 2) {
			sc += 2;
			apart = 0;
		}
		if (apart && xe->l1 == xe->ax) {
			*no = sc == 0 ? V_NOWORD : 0;
			return sc - distance(st, e, s);
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
		*no = (fs->k & K_OPEN) ? V_ENDING : xs->nobeg ? V_NOBEGIN : 0;
		if (fs->k & K_OPEN)
			sc -= 2;
		/* the last syllable of a word and the first of the next,
		 * as the words follow each other */
		c = bg_count(bg, xe->l1, xs->f1, 1);
		sc += c >= 16 ? 2 : c >= 4 ? 1 : c >= 1 ? 0.5 : 0;
	}
	return sc - distance(st, e, s);
}

/* Cuts of unit k in flow [from, to): consecutive prose lines, the first
 * not ending a sentence.  Returns their number, *cp the cuts (free). */
static int
find_cuts(const struct st *st, int k, int from, int to, struct cut **cp)
{
	struct cut *c = NULL;
	int	 i, j, n = 0, cap = 0;

	for (i = from; i < to; i++) {
		if (!prose_line(st, i, k) || (!(st->f[i].k & K_TERM) &&
		    st->f[i].w < 0.7 * st->p90))
			continue;
		for (j = i + 1; j < to; j++)
			if (st->f[j].art == k && st->f[j].role == R_BODY &&
			    !(st->f[j].k & (K_CAPTION | K_SOURCE | K_DEBRIS |
			    K_NUMROW | K_PHOTOCAP | K_DOUBLED)))
				break;
		if (j >= to || !prose_line_at(st, j, k, 1))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			c = jk_xreallocarray(c, (size_t)cap, sizeof(*c));
		}
		/* after a closed sentence, only a block that starts
		 * mid-sentence (an ending, a particle) is stranded; a
		 * sentence start may still begin a swapped block, and so
		 * may a cut next to a Latin word or a bracket */
		c[n].soft = ((st->f[i].k & K_TERM) &&
		    !(st->f[j].k & K_OPEN)) ||
		    !jk_is_hangul(last_cp(st->f[i].s)) ||
		    !jk_is_hangul(first_cp(st->f[j].s));
		c[n].e = i;
		c[n].s = j;
		n++;
	}
	*cp = c;
	return n;
}

/* Does pair (i, j) beat every rival of end i and of start j? */
static int
dominant(const double *m, int n, int i, int j)
{
	int	 k;

	for (k = 0; k < n; k++) {
		if (k != j && m[i * n + k] + MARGIN > m[i * n + j])
			return 0;
		if (k != i && m[k * n + j] + MARGIN > m[i * n + j])
			return 0;
	}
	return 1;
}

/* What a pair's verdict (score()'s *no) takes from it as evidence
 * that the pair is wrong, for the swap search: on the issues with
 * truth, a glued word seen nowhere or an ending after a space is about
 * ten times likelier at a wrong join than at a right one, a start that
 * begins no word of the issue three times. */
static double
against(int no)
{
	return no == V_NOWORD || no == V_ENDING ? 2.5 : no == V_NOBEGIN ?
	    1.5 : 0;
}

/*
 * Two neighbouring blocks printed in the other order: cuts i < j < k,
 * block X from cut i's start to cut j's end and block Y from cut j's
 * start to cut k's end read Y X, so that i goes on at j, k at i and j at
 * k.  The gain is the evidence of the three new pairs over that of the
 * three kept ones (distance left out: the new pairs are a block apart
 * by nature), each less what speaks against it (against()), and the
 * evidence of the cuts themselves (cw: a start printed with a leading
 * space is a block start, FIELD-GUIDE 2.4, a closed sentence seldom
 * the end of a swapped block), less a little for blocks longer than a
 * column usually holds.
 */
static double
swap_gain(const struct st *st, const struct cut *c, const double *nv,
    const double *kv, const double *cw, int n, int i, int j, int k)
{
	double	 g;
	int	 y, z;

	/* nv[x * n + y]: cut x's end going on at cut y's start, as a new
	 * pair; kv[x]: cut x kept; cw[x]: the cut's own evidence */
	g = nv[i * n + j] + nv[j * n + k] + nv[k * n + i] -
	    kv[i] - kv[j] - kv[k] + cw[i] + cw[j] + cw[k];
	y = st->f[c[j].s].ln - st->f[c[i].s].ln;
	z = st->f[c[k].s].ln - st->f[c[j].s].ln;
	return g - SWAPLONG * ((y > SWAPCOL ? y - SWAPCOL : 0) +
	    (z > SWAPCOL ? z - SWAPCOL : 0));
}

/* A new pair against the evidence (an ending after a closed sentence
 * or after a space): 0.  A pair with word evidence of its own (a glued
 * word or a phrase the issue prints): 2.  Else 1. */
static int
pair_ok(const struct st *st, const double *m, const struct cut *c, int n,
    int i, int j)
{
	double	 v = m[i * n + j] + distance(st, c[i].e, c[j].s);

	if (st->f[c[i].e].k & K_TERM)
		return v > 0;
	if (st->f[c[i].e].trail == 0)
		return v >= 3 ? 2 : v >= 0;
	return v >= 3 ? 2 : v >= 0;
}

#define SWAPGAIN 4.0	/* a swap beats the kept order by this much */
#define SWAPSPAN 48	/* cuts a swapped block may hold */
#define SWAPMARGIN 4.0	/* and every rival swap by this much */
#define WEAKGAIN 10.0	/* a swap with word evidence on one pair only */
#define WEAKMARGIN 3.0

/* Is the start of cut x printed as a block start right after its end
 * (a leading space not explained by a figure or box between them)? */
static int
jump(const struct st *st, const struct cut *x)
{
	return st->f[x->s].lead > 0 && x->s == x->e + 1;
}

struct swap {
	int	 i, j, k;
	int	 at;		/* found as the at-th (the order of equals) */
	double	 g;
	int	 strong;	/* two of its three pairs on word evidence */
	int	 jump;		/* a start printed as a block start */
	int	 broken;	/* something speaks against a kept pair,
				 * two starts are block starts, or all
				 * three new pairs have word evidence */
};

static int
swap_cmp(const void *a, const void *b)
{
	const struct swap *x = a, *y = b;

	return x->g < y->g ? 1 : x->g > y->g ? -1 : x->i != y->i ?
	    x->i - y->i : x->at - y->at;
}

/* A swap as a rival: a reading with word evidence on one join only is
 * a weaker one, worth half the margin less. */
static double
rival_value(const struct swap *x)
{
	return x->g - (x->strong ? 0 : SWAPMARGIN / 2);
}

/* The best two rival values of the swaps over each cut (swaps that
 * share a cut are rival readings of it): v1/w1 the best and its swap,
 * v2 the runner-up. */
static void
rivals_of_cuts(const struct swap *sw, size_t nsw, int n, double *v1,
    size_t *w1, double *v2)
{
	size_t	 a;
	int	 x, t;

	for (x = 0; x < n; x++) {
		v1[x] = v2[x] = -1e9;
		w1[x] = (size_t)-1;
	}
	for (a = 0; a < nsw; a++)
		for (t = 0; t < 3; t++) {
			double	 v = rival_value(&sw[a]);

			x = t == 0 ? sw[a].i : t == 1 ? sw[a].j : sw[a].k;
			if (v > v1[x]) {
				v2[x] = v1[x];
				v1[x] = v;
				w1[x] = a;
			} else if (v > v2[x])
				v2[x] = v;
		}
}

/* Flow lines of [from, to) (a block of one line is no column block). */
static int
block_lines(const struct st *st, int from, int to)
{
	return to - from;
}

/*
 * Swaps of neighbouring blocks among cuts not yet changed.  Every swap
 * whose new pairs are not against the evidence is a candidate.  One
 * with a start printed as a block start may be taken, the best first:
 * with two of its pairs on word evidence when it beats the kept order
 * by SWAPGAIN and every other candidate over the same cuts by
 * SWAPMARGIN; with one only, by WEAKGAIN and WEAKMARGIN.  Returns the
 * number of cuts changed.
 */
static int
swaps(const struct st *st, const double *m, const int *no,
    const struct cut *c, int n, int *to)
{
	char		*busy = jk_xcalloc((size_t)n, 1);
	signed char	*ok = jk_xreallocarray(NULL, (size_t)n * (size_t)n, 1);
	double		*nv = jk_xreallocarray(NULL, (size_t)n * (size_t)n,
			    sizeof(*nv));
	double		*kv = jk_xreallocarray(NULL, (size_t)n, sizeof(*kv));
	double		*cw = jk_xreallocarray(NULL, (size_t)n, sizeof(*cw));
	struct swap	*sw = NULL, *el;
	size_t		 nsw = 0, cap = 0, nel = 0, a, b, *w1;
	int		 i, j, k, x, t, ch = 0;
	double		 g, r, rival, *v1, *v2;

	for (i = 0; i < n; i++)
		if (to[i] != i) {
			int lo = i < to[i] ? i : to[i];
			int hi = i < to[i] ? to[i] : i;

			for (x = lo; x <= hi; x++)
				busy[x] = 1;
		}
	/* each pair is looked at by many triples: its verdict once */
	for (i = 0; i < n; i++) {
		/* an ending after a closed sentence is text lost or put
		 * between them, not a swap: no gain in undoing it */
		kv[i] = no[i * n + i] == V_CLOSED ? 3 :
		    m[i * n + i] - against(no[i * n + i]);
		cw[i] = (st->f[c[i].s].lead > 0 ? 1.8 : -0.9) -
		    ((st->f[c[i].e].k & K_TERM) ? 1 : 0);
		for (j = 0; j < n; j++) {
			ok[i * n + j] = (signed char)pair_ok(st, m, c, n, i,
			    j);
			nv[i * n + j] = m[i * n + j] + distance(st, c[i].e,
			    c[j].s) - against(no[i * n + j]);
		}
	}
	for (i = 0; i < n; i++) {
		if (busy[i])
			continue;
		for (j = i + 1; j < n && j - i <= SWAPSPAN && !busy[j]; j++) {
			int p1 = ok[i * n + j];

			if (p1 == 0 || block_lines(st, c[i].s, c[j].s) < 2)
				continue;
			for (k = j + 1; k < n && k - j <= SWAPSPAN &&
			    !busy[k]; k++) {
				int	 p2 = ok[j * n + k], p3 = ok[k * n + i];

				JK_WORK(1);
				if (p2 == 0 || p3 == 0 ||
				    block_lines(st, c[j].s, c[k].s) < 2)
					continue;
				g = swap_gain(st, c, nv, kv, cw, n, i, j, k);
				if (g < SWAPGAIN - SWAPMARGIN)
					continue;
				if (nsw == cap) {
					cap = cap ? cap * 2 : 64;
					sw = jk_xreallocarray(sw, cap,
					    sizeof(*sw));
				}
				sw[nsw].i = i;
				sw[nsw].j = j;
				sw[nsw].k = k;
				sw[nsw].at = (int)nsw;
				sw[nsw].g = g;
				sw[nsw].strong = (p1 == 2) + (p2 == 2) +
				    (p3 == 2) >= 2;
				/* blocks out of order are printed after a
				 * jump, which the extraction marks with a
				 * leading space (FIELD-GUIDE 2.4) on some
				 * start: without one, only a rival */
				sw[nsw].jump = jump(st, &c[i]) ||
				    jump(st, &c[j]) || jump(st, &c[k]);
				/* an order that reads on at all three cuts
				 * is undone only where two of its starts are
				 * printed as block starts or all three new
				 * pairs have word evidence */
				sw[nsw].broken = against(no[i * n + i]) > 0 ||
				    against(no[j * n + j]) > 0 ||
				    against(no[k * n + k]) > 0 ||
				    (st->f[c[i].s].lead > 0) +
				    (st->f[c[j].s].lead > 0) +
				    (st->f[c[k].s].lead > 0) >= 2 ||
				    p1 + p2 + p3 == 6;
				nsw++;
			}
		}
	}
	v1 = jk_xreallocarray(NULL, (size_t)n, sizeof(*v1));
	v2 = jk_xreallocarray(NULL, (size_t)n, sizeof(*v2));
	w1 = jk_xreallocarray(NULL, (size_t)n, sizeof(*w1));
	rivals_of_cuts(sw, nsw, n, v1, w1, v2);
	/* only the swaps that may be taken need an order, the best first
	 * (the rival values do not depend on it) */
	el = jk_xreallocarray(NULL, nsw + 1, sizeof(*el));
	for (a = 0; a < nsw; a++)
		if (sw[a].jump && sw[a].broken && (sw[a].g >= WEAKGAIN ||
		    (sw[a].strong && sw[a].g >= SWAPGAIN)))
			el[nel++] = sw[a];
	if (nel > 0)
		qsort(el, nel, sizeof(*el), swap_cmp);
	for (b = 0; b < nel; b++) {
		a = (size_t)el[b].at;
		if (busy[sw[a].i] || busy[sw[a].j] || busy[sw[a].k])
			continue;
		for (x = sw[a].i; x <= sw[a].k && !busy[x]; x++)
			;
		if (x <= sw[a].k)
			continue;
		rival = -1e9;
		for (t = 0; t < 3; t++) {
			x = t == 0 ? sw[a].i : t == 1 ? sw[a].j : sw[a].k;
			r = w1[x] != a ? v1[x] : v2[x];
			if (r > rival)
				rival = r;
		}
		if (sw[a].g < rival + (sw[a].strong ? SWAPMARGIN :
		    WEAKMARGIN))
			continue;
		to[sw[a].i] = sw[a].j;
		to[sw[a].j] = sw[a].k;
		to[sw[a].k] = sw[a].i;
		ch += 3;
		for (x = sw[a].i; x <= sw[a].k; x++)
			busy[x] = 1;
	}
	free(v1);
	free(v2);
	free(w1);
	free(el);
	free(sw);
	free(ok);
	free(nv);
	free(kv);
	free(cw);
	free(busy);
	return ch;
}

/*
 * The successor of each cut's end: to[i] = j means the end of cut i goes
 * on at the start of cut j.  Returns the number of cuts changed.
 */
static int
decide(const struct st *st, const struct bigrams *bg, const struct cut *c,
    int n, int *to)
{
	double	*m = jk_xreallocarray(NULL, (size_t)n * (size_t)n,
	    sizeof(*m));
	double	*mp = jk_xreallocarray(NULL, (size_t)n * (size_t)n,
	    sizeof(*mp));
	int	*from = jk_xreallocarray(NULL, (size_t)n, sizeof(*from));
	char	*busy = jk_xreallocarray(NULL, (size_t)n, 1);
	struct side *sd = jk_xreallocarray(NULL, (size_t)n, sizeof(*sd));
	int	*no = jk_xreallocarray(NULL, (size_t)n * (size_t)n,
	    sizeof(*no));
	int	 i, j, t, x, steps, ch = 0;

	for (i = 0; i < n; i++)
		side_of(st, bg, c[i].e, c[i].s, &sd[i]);
	for (i = 0; i < n; i++) {
		JK_WORK(n);	/* every end against every start */
		for (j = 0; j < n; j++)
			m[i * n + j] = score(st, bg, c[i].e, c[j].s, &sd[i],
			    &sd[j], &no[i * n + j]);
	}
	free(sd);
	for (i = 0; i < n; i++) {
		to[i] = i;
		from[i] = -1;
	}
	/* swaps of neighbouring blocks first: three cuts decided
	 * together, on more evidence than one pair */
	swaps(st, m, no, c, n, to);
	for (i = 0; i < n; i++)
		busy[i] = 0;
	for (i = 0; i < n; i++)
		if (to[i] != i)
			for (x = i < to[i] ? i : to[i]; x <= (i < to[i] ?
			    to[i] : i); x++)
				busy[x] = 1;
	/* then pairs one at a time: only cuts inside a sentence, and
	 * none inside a swap */
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			mp[i * n + j] = c[i].soft || c[j].soft || busy[i] ||
			    busy[j] ? -1e6 : m[i * n + j];
	/* changes only where an end and a start prefer each other by a
	 * clear margin over every rival, on word evidence */
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			if (j != i && mp[i * n + j] >= 5 &&
			    dominant(mp, n, i, j))
				to[i] = j;
	for (i = 0; i < n; i++)
		if (to[i] != i)
			from[to[i]] = i;
	/* a path of changes h -> ... -> t (t's own start taken) closes
	 * into a cycle when t can take h's start, which h gave up;
	 * otherwise the whole path is dropped */
	for (i = 0; i < n; i++) {
		if (to[i] == i || from[i] >= 0)
			continue;
		for (t = i, steps = 0; to[t] != t && steps <= n; steps++)
			t = to[t];
		if (to[t] == t && mp[t * n + i] >= 3) {
			to[t] = i;
			from[i] = t;
			continue;
		}
		for (x = i; to[x] != x; x = t) {
			t = to[x];
			from[t] = -1;
			to[x] = x;
		}
	}
	for (i = 0; i < n; i++)
		ch += to[i] != i;
	free(m);
	free(mp);
	free(no);
	free(busy);
	free(from);
	return ch;
}

/*
 * Blocks: block 0 is [from, c[0].s), block b (1..n) is [c[b-1].s,
 * c[b].s) and the last one runs to the end.  Block b ends with cut b's
 * end.  Follow the successors from block 0; the new flow order is the
 * blocks in that order.  Returns 0 when the blocks do not form one chain.
 */
static int
permute(struct st *st, int from, int end, const struct cut *c, int n,
    const int *to)
{
	int	*order = jk_xreallocarray(NULL, (size_t)n + 1, sizeof(*order));
	int	*used = jk_xcalloc((size_t)n + 1, sizeof(*used));
	int	*newpos, *oldat;
	struct fl *nf;
	char	*t1, *t2, *t3;
	int	 b, nb = 0, i, p, lo, hi;
	size_t	 fi;

	/* block b + 1 starts at cut b's start */
	b = 0;
	while (nb <= n && !used[b]) {
		used[b] = 1;
		order[nb++] = b;
		if (b == n)
			break;
		b = to[b] + 1;
	}
	if (nb != n + 1 || order[n] != n) {
		free(order);
		free(used);
		return 0;
	}
	nf = jk_xreallocarray(NULL, (size_t)(end - from), sizeof(*nf));
	oldat = jk_xreallocarray(NULL, (size_t)(end - from), sizeof(*oldat));
	for (p = 0, i = 0; i <= n; i++) {
		b = order[i];
		lo = b == 0 ? from : c[b - 1].s;
		hi = b == n ? end : c[b].s;
		for (; lo < hi; lo++) {
			oldat[p] = lo;
			nf[p++] = st->f[lo];
		}
	}
	newpos = jk_xreallocarray(NULL, (size_t)st->n, sizeof(*newpos));
	for (i = 0; i < st->n; i++)
		newpos[i] = i;
	for (p = 0; p < end - from; p++)
		newpos[oldat[p]] = from + p;
	memcpy(st->f + from, nf, (size_t)(end - from) * sizeof(*nf));
	/* arrays indexed by flow line go with their lines */
	t1 = jk_xmalloc((size_t)(end - from));
	t2 = jk_xmalloc((size_t)(end - from));
	t3 = jk_xmalloc((size_t)(end - from));
	for (p = 0; p < end - from; p++) {
		t1[p] = st->tagbefore != NULL ? st->tagbefore[oldat[p]] : 0;
		t2[p] = st->furnbefore != NULL ? st->furnbefore[oldat[p]] : 0;
		t3[p] = st->inhdr != NULL ? st->inhdr[oldat[p]] : 0;
	}
	for (p = 0; p < end - from; p++) {
		if (st->tagbefore != NULL)
			st->tagbefore[from + p] = t1[p];
		if (st->furnbefore != NULL)
			st->furnbefore[from + p] = t2[p];
		if (st->inhdr != NULL)
			st->inhdr[from + p] = t3[p];
	}
	for (fi = 0; st->fpos != NULL && fi < st->t->nfurn; fi++)
		if (st->fpos[fi] >= from && st->fpos[fi] < end)
			st->fpos[fi] = newpos[st->fpos[fi]];
	free(t1);
	free(t2);
	free(t3);
	free(newpos);
	free(oldat);
	free(nf);
	free(order);
	free(used);
	return 1;
}

/* Is flow [from, end) all of unit k's body, so that blocks may move?
 * A byline of the unit printed among its blocks (with its affiliation
 * and bio) is no other text: the header takes it wherever it stands, and
 * it moves with its block. */
static int
movable(const struct st *st, int k, int from, int end)
{
	int	 i, r;

	for (i = from; i < end; i++) {
		r = st->f[i].role;
		if (st->f[i].art != k)
			return 0;
		if (r == R_BYLINE || r == R_AFFIL || r == R_BIO)
			continue;
		if ((r != R_BODY && r != R_DONE) || (st->inhdr != NULL &&
		    st->inhdr[i]))
			return 0;
	}
	return 1;
}

/*
 * Cuts c[0..n) of unit k, the text from their first start to flow line
 * end: decide their order and permute the flow (the text before the
 * first cut's start and the block after the last stay).
 */
static void
reorder_window(struct st *st, struct bigrams *bg, int k, const struct cut *c,
    int n, int end)
{
	struct art	*a = &st->a[k];
	int		 to[MAXCUT], lne[MAXCUT], lns[MAXCUT];
	int		 i, ch, from, last;

	ch = decide(st, bg, c, n, to);
	if (ch == 0)
		return;
	for (i = 0, from = c[0].s; i < n; i++)
		if (to[i] != i) {
			from = c[i].s;
			break;
		}
	for (last = n - 1; last > 0 && to[last] == last; last--)
		;
	/* only the blocks between the first and the last cut changed
	 * move: the text before and after them (the header, a byline
	 * among the blocks) stays */
	if (!movable(st, k, from, c[last].s)) {
		jk_msg(st->d, JK_M_ORDERUNSURE, st->f[from].ln, "%d column "
		    "blocks seem out of order, but the unit holds other "
		    "text among them: extraction order kept", ch);
		return;
	}
	for (i = 0; i < n; i++) {
		lne[i] = st->f[c[i].e].ln;
		lns[i] = st->f[c[to[i]].s].ln;
		if (to[i] != i)
			st->f[c[to[i]].s].k |= K_MOVED;
	}
	if (!permute(st, a->from, end, c, n, to)) {
		for (i = 0; i < n; i++)
			st->f[c[i].s].k &= ~(unsigned)K_MOVED;
		jk_msg(st->d, JK_M_ORDERUNSURE, st->f[from].ln, "%d column "
		    "blocks seem out of order, but no single reading order "
		    "follows: extraction order kept", ch);
		return;
	}
	for (i = 0; i < n; i++)
		if (to[i] != i)
			jk_msg(st->d, JK_M_ORDER, lns[i], "column block from "
			    "line %d goes on the sentence cut at line %d",
			    lns[i], lne[i]);
}

/* A unit's cuts are decided MAXCUT at a time, in windows that follow
 * each other (the work of a window grows with the square of its cuts,
 * so a long unit costs in proportion to its length); a window ends, if
 * it can, at a closed sentence in its last SWAPSPAN cuts, where no
 * swap is cut in two. */
static void
reorder_unit(struct st *st, struct bigrams *bg, int k)
{
	struct art	*a = &st->a[k];
	struct cut	*c;
	int		 n, w, x, end, uend;

	if (a->advert || a->to - a->from < 4)
		return;
	uend = a->tail > a->from ? a->tail : a->to;
	n = find_cuts(st, k, a->from, uend, &c);
	if (n >= 2 && bg->key == NULL)
		bg_build(bg, st->t);	/* only when some unit has cuts */
	for (w = 0; n - w >= 2; w += x) {
		x = n - w;
		if (x > MAXCUT) {
			x = MAXCUT;
			while (x > MAXCUT - SWAPSPAN && !c[w + x - 1].soft)
				x--;
			if (!c[w + x - 1].soft)
				x = MAXCUT;
		}
		end = w + x < n ? c[w + x].s : uend;
		reorder_window(st, bg, k, c + w, x, end);
	}
	free(c);
}

void
st_reorder(struct st *st)
{
	struct bigrams	 bg;
	int		 k;

	bg.key = NULL;
	for (k = 0; k < st->na; k++)
		reorder_unit(st, &bg, k);
	if (bg.key != NULL) {
		set_free(&bg.pre);
		set_free(&bg.suf);
		free(bg.key);
		free(bg.cnt);
	}
}
