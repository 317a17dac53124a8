/*
 * vocab.c -- the document's own word index, used to let the text decide
 * doubtful joins: is "가득한" (from "가" | "득한") a word seen elsewhere?
 *
 * Only reliable tokens are indexed: a token counts as a word when its
 * start and end are both certain, i.e. it is not the first token of a
 * line, and not the last one unless the line has a trailing space.  Each
 * is kept as itself and without its particle ("물류를" -> "물류"), and
 * pairs of neighbouring words as phrases ("전 세계적으로"), which tell a
 * real word boundary from a mid-word wrap.  The index lives in the
 * document's arena (open addressing, sized once).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "cleanup-int.h"

struct ventry {
	const char	*key;	/* NULL: empty slot */
	uint32_t	 len;
	uint32_t	 hash;
	int		 exact;	/* seen as a whole token */
	int		 stem;	/* seen as a token minus a particle */
};

struct vocab {
	struct ventry	*w;
	size_t		 wcap;	/* power of two */
	size_t		 nw;	/* keys held: at most half of wcap */
	/* a bit for each key's hash, set once the index is built: most
	 * words looked up are not there, and this answers them from a few
	 * hundred KB instead of a miss in the table of several MB */
	uint64_t	*bits;
	uint32_t	 bshift;	/* a hash's bit: its top bits */
};

static uint32_t
vbit(const struct vocab *v, uint32_t h)
{
	/* other bits than the slot's (the low ones) */
	return (h * 2654435769u) >> v->bshift;
}

/*
 * Particles and endings that attach to the end of a word.  A token made
 * only of these (one, or a stackable one and another) is a particle
 * token.
 */
static const char *const particles[] = {
	"이", "가", "을", "를", "은", "는", "의", "에", "에서", "에게",
	"께", "께서", "한테", "로", "으로", "로서", "으로서", "로써",
	"으로써", "와", "과", "도", "만", "까지", "부터", "처럼", "보다",
	"나", "이나", "란", "이란", "라는", "이라는", "라고", "이라고",
	"이다", "다", "이며", "며", "이고", "고", "이자", "였다", "이었다",
	"인", "이던", "던", "마다", "조차", "밖에", "뿐", "씩", "들",
	"면", "이면", "서", "여", "요", "이요", "라", "이라", "든", "이든",
	"므로", "이므로", "지", "게", "기", "된", "된다", "되는", "되어",
	"될", "됐다", "되었다", "한다", "하는", "하고", "하여",
	"했다", "적인", "적으로", "였고", "이었고", "었다", "였으며",
	"이었으며", NULL
};

/*
 * The index's hash: eight bytes a step (the keys are phrases of twenty
 * bytes and more, hashed for each of the million pairs the reading
 * order scores), mixed at the end so that both its low bits (the slot)
 * and its high ones (vbit()) spread.  Only this file sees it.
 */
static uint32_t
vhash(const char *s, size_t len)
{
	uint64_t h = 0x9e3779b97f4a7c15u ^ len, x, y;
	uint32_t a, b;

	if (len > 8) {
		for (; len > 8; s += 8, len -= 8) {
			memcpy(&x, s, 8);
			h = (h ^ x) * 0xbf58476d1ce4e5b9u;
			h ^= h >> 32;
		}
		memcpy(&x, s + len - 8, 8);	/* the last eight */
	} else if (len >= 4) {
		memcpy(&a, s, 4);
		memcpy(&b, s + len - 4, 4);
		x = (uint64_t)a << 32 | b;
	} else if (len > 0)
		x = (uint64_t)(unsigned char)s[0] << 16 |
		    (uint64_t)(unsigned char)s[len / 2] << 8 |
		    (unsigned char)s[len - 1];
	else
		x = 0;
	y = (h ^ x) * 0x94d049bb133111ebu;
	y ^= y >> 31;
	y *= 0xbf58476d1ce4e5b9u;
	y ^= y >> 29;
	return (uint32_t)y;
}

/* Double the table (entries keep their keys, which live in the arena). */
static void
vgrow(struct vocab *v, struct jk_arena *ar)
{
	struct ventry	*old = v->w;
	size_t		 ocap = v->wcap, i, j;

	v->wcap = ocap * 2;
	v->w = jk_arena_alloc(ar, v->wcap * sizeof(*v->w));
	for (i = 0; i < ocap; i++) {
		if (old[i].key == NULL)
			continue;
		for (j = old[i].hash & (v->wcap - 1); v->w[j].key != NULL;
		    j = (j + 1) & (v->wcap - 1))
			;
		v->w[j] = old[i];
	}
}

static struct ventry *
vfind(struct vocab *v, const char *s, size_t len, int create,
    struct jk_arena *ar)
{
	uint32_t h = vhash(s, len);
	size_t	 i = h & (v->wcap - 1);

	if (!create && v->bits != NULL) {
		uint32_t b = vbit(v, h);

		JK_WORK(1);
		if (!(v->bits[b / 64] & (uint64_t)1 << (b % 64)))
			return NULL;	/* only looked up: not there */
	}
	for (;; JK_WORK(1)) {
		struct ventry *e = &v->w[i];

		if (e->key == NULL) {
			if (!create)
				return NULL;
			if (2 * (v->nw + 1) > v->wcap) {
				vgrow(v, ar);
				return vfind(v, s, len, create, ar);
			}
			v->nw++;
			e->key = jk_arena_strndup(ar, s, len);
			e->len = (uint32_t)len;
			e->hash = h;
			return e;
		}
		if (e->hash == h && e->len == len &&
		    memcmp(e->key, s, len) == 0)
			return e;
		i = (i + 1) & (v->wcap - 1);
	}
}

/* Particles that other particles may follow: "과의", "에서는", "들을". */
static const char *const stackable[] = {
	"에", "에서", "에게", "께", "한테", "로", "으로", "로서", "으로서",
	"와", "과", "까지", "부터", "만", "들", "이라", "라", NULL
};

#define PARTICLE_MAX	15	/* bytes of the longest particle, and more */

#define SYL_FIRST	0xac00	/* the Hangul syllables */
#define SYL_N		11172

/* The first syllables of a list's entries: most suffixes asked about
 * begin with none of them, and are answered without hashing. */
struct firsts {
	unsigned char	 bit[(SYL_N + 7) / 8];
	int		 all;	/* an entry not begun by a syllable: no filter */
};

static int
first_syl(const char *s, size_t len)
{
	int		 n;
	unsigned int	 cp = jk_utf8_get(s, len, &n);

	return cp >= SYL_FIRST && cp < SYL_FIRST + SYL_N ?
	    (int)(cp - SYL_FIRST) : -1;
}

/*
 * Is s[0..len) in the list?  The lists become hash sets on first use:
 * the join rules ask for every suffix of every token, and a scan of the
 * lists each time was a quarter of the conversion.
 */
static int
in_set(GHashTable **set, struct firsts *fs, const char *const *list,
    const char *s, size_t len)
{
	char	 key[PARTICLE_MAX + 1];
	size_t	 i;
	int	 k;

	if (g_once_init_enter(set)) {
		GHashTable *h = g_hash_table_new(g_str_hash, g_str_equal);

		for (i = 0; list[i] != NULL; i++) {
			g_hash_table_add(h, (gpointer)list[i]);
			if ((k = first_syl(list[i], strlen(list[i]))) < 0)
				fs->all = 1;
			else
				fs->bit[k / 8] |= 1u << (k % 8);
		}
		g_once_init_leave(set, h);
	}
	JK_WORK(1);
	if (len == 0 || len > PARTICLE_MAX)
		return 0;
	if (!fs->all && ((k = first_syl(s, len)) < 0 ||
	    !(fs->bit[k / 8] & 1u << (k % 8))))
		return 0;
	memcpy(key, s, len);
	key[len] = '\0';
	return g_hash_table_contains(*set, key);
}

static GHashTable	*particle_set, *stackable_set;
static struct firsts	 particle_first, stackable_first;

static int
is_particle(const char *s, size_t len)
{
	return in_set(&particle_set, &particle_first, particles, s, len);
}

static int
is_stackable(const char *s, size_t len)
{
	return in_set(&stackable_set, &stackable_first, stackable, s,
	    len);
}

/*
 * Can s[0..len) be cut into at most depth particles, each but the last
 * one stackable?  "이" and "나" stay last: "이를", "나가며" are words.
 */
static int
particle_seq(const char *s, size_t len, int depth)
{
	size_t	 k;

	if (len == 0)
		return 1;
	if (depth == 0)
		return 0;
	if (is_particle(s, len))
		return 1;
	/* Hangul syllables are 3 bytes */
	for (k = 3; k < len; k += 3)
		if (is_stackable(s, k) &&
		    particle_seq(s + k, len - k, depth - 1))
			return 1;
	return 0;
}

/* Words that read as two particles: "만들" is the stem of 만들다 ("만들
 * 경우"), not "만" and "들". */
static const char *const particle_words[] = { "만들", NULL };

int
jk_is_particle_token(const char *s, size_t len)
{
	size_t	 i;

	if (len == 0 || len % 3 != 0)
		return 0;
	for (i = 0; particle_words[i] != NULL; i++)
		if (len == strlen(particle_words[i]) &&
		    memcmp(s, particle_words[i], len) == 0)
			return 0;
	return particle_seq(s, len, 2);
}

static int
strip_lead(unsigned int cp)
{
	enum jk_cclass c = jk_cclass(cp);

	return c == JK_C_OPEN || c == JK_C_CLOSE || c == JK_C_PUNCT ||
	    c == JK_C_SPACE;
}

/* Is the character at s, of the n bytes there, one strip_lead() keeps
 * for certain: an ASCII letter or digit, or a Hangul syllable (U+AC00
 * to U+D77F, three bytes)?  Most tokens begin and end so, and are answered
 * without decoding (the millions of tokens the reading order asks
 * about). */
static int
kept_at(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n >= 1 && g_ascii_isalnum(u[0]))
		return 1;
	if (n < 3 || (u[1] & 0xc0) != 0x80 || (u[2] & 0xc0) != 0x80)
		return 0;
	return u[0] == 0xeb || u[0] == 0xec || (u[0] == 0xea &&
	    u[1] >= 0xb0) || (u[0] == 0xed && u[1] <= 0x9d);
}

/* Strip punctuation around [*s, *s+len); returns the new length. */
static size_t
strip_token(const char **sp, size_t len)
{
	const char *s = *sp, *e = s + len, *q;
	unsigned int cp;
	int	 k;

	if (kept_at(s, len) && (kept_at(e - 1, 1) || (len >= 3 &&
	    kept_at(e - 3, 3))))
		return len;
	while (s < e) {
		cp = jk_utf8_get(s, (size_t)(e - s), &k);
		if (!strip_lead(cp))
			break;
		s += k;
	}
	while (e > s) {
		q = e - 1;
		while (q > s && ((unsigned char)*q & 0xc0) == 0x80)
			q--;
		cp = jk_utf8_get(q, (size_t)(e - q), &k);
		if (!strip_lead(cp))
			break;
		e = q;
	}
	*sp = s;
	return (size_t)(e - s);
}

size_t
jk_first_token(const char *s, const char **start)
{
	const char *e;

	while (*s == ' ')
		s++;
	e = s;
	while (*e != '\0' && *e != ' ')
		e++;
	*start = s;
	return strip_token(start, (size_t)(e - s));
}

size_t
jk_last_token(const char *s, const char **start)
{
	const char *e = s + strlen(s), *b;

	while (e > s && e[-1] == ' ')
		e--;
	b = e;
	while (b > s && b[-1] != ' ')
		b--;
	*start = b;
	return strip_token(start, (size_t)(e - b));
}

/*
 * The particle tokens of at most three syllables (a particle, or a
 * stackable one and a particle), the suffixes particle_suffix() asks
 * about, in a small table made once: asked of nearly every glued word,
 * the split search cost more than the lookups it decides.  A token is
 * keyed by its syllables (the lists hold Hangul syllables alone), so a
 * suffix is looked up without hashing its bytes.
 */
#define PTOK_MAX	9	/* bytes */
#define PTOK_BITS	12
#define PTOK_CAP	(1u << PTOK_BITS)	/* slots */

struct ptoks {
	uint64_t	 key[PTOK_CAP];	/* ptok_key(); 0: an empty slot */
	/* the syllables that end a particle token: a token ending with
	 * none of them (most) has no particle suffix, whatever its length */
	unsigned char	 last[(SYL_N + 7) / 8];
};

/* The Hangul syllable the three bytes at s encode, as an index from
 * SYL_FIRST; -1 if they encode none. */
static int
syl3(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned int	 cp;

	if (u[0] < 0xea || u[0] > 0xed || (u[1] & 0xc0) != 0x80 ||
	    (u[2] & 0xc0) != 0x80)
		return -1;
	cp = (u[0] & 0x0fu) << 12 | (u[1] & 0x3fu) << 6 | (u[2] & 0x3fu);
	return cp >= SYL_FIRST && cp < SYL_FIRST + SYL_N ?
	    (int)(cp - SYL_FIRST) : -1;
}

/* The key of the syllables y[0..m), the last first: a leading 1, then
 * one digit of base SYL_N a syllable, so that lengths differ too.  (Three
 * bytes a syllable encode one only: equal keys, equal bytes.) */
static uint64_t
ptok_key(const int *y, int m)
{
	uint64_t key = 1;

	while (m-- > 0)
		key = key * SYL_N + (uint64_t)y[m];
	return key;
}

static size_t
ptok_slot(const struct ptoks *pt, uint64_t key)
{
	size_t	 i;

	for (i = (size_t)((key * 0x9e3779b97f4a7c15u) >> (64 - PTOK_BITS));
	    pt->key[i] != 0 && pt->key[i] != key; i = (i + 1) & (PTOK_CAP - 1))
		;
	return i;
}

static void
ptok_add(struct ptoks *pt, const char *a, const char *b)
{
	size_t	 la = strlen(a), lb = strlen(b), i;
	char	 buf[PTOK_MAX];
	int	 y[PTOK_MAX / 3], m;

	if (la + lb > PTOK_MAX || la + lb == 0 || (la + lb) % 3 != 0)
		return;
	memcpy(buf, a, la);
	memcpy(buf + la, b, lb);
	/* only what jk_is_particle_token() says (byte-wise) */
	if (!jk_is_particle_token(buf, la + lb))
		return;
	/* y[0] the last syllable */
	for (m = 0; m < (int)(la + lb) / 3; m++)
		if ((y[m] = syl3(buf + la + lb - 3 * (size_t)(m + 1))) < 0) {
			fprintf(stderr, "jikji: particle %.*s: not Hangul "
			    "syllables\n", (int)(la + lb), buf);
			abort();
		}
	pt->key[ptok_slot(pt, ptok_key(y, m))] = ptok_key(y, m);
	i = (size_t)y[0];
	pt->last[i / 8] |= (unsigned char)(1u << (i % 8));
}

static const struct ptoks *
ptoks(void)
{
	static struct ptoks	*pt;
	size_t			 i, j;

	if (g_once_init_enter(&pt)) {
		struct ptoks *t = jk_xcalloc(1, sizeof(*t));

		for (i = 0; particles[i] != NULL; i++) {
			ptok_add(t, "", particles[i]);
			for (j = 0; stackable[j] != NULL; j++)
				ptok_add(t, stackable[j], particles[i]);
		}
		g_once_init_leave(&pt, t);
	}
	return pt;
}

/* Longest particle suffix of a Hangul token, as a byte count (0: none):
 * of 3, 2 or 1 syllables, shorter than the token and than below bytes. */
static size_t
particle_suffix_below(const char *s, size_t len, size_t below)
{
	const struct ptoks *pt = ptoks();
	int	 y[PTOK_MAX / 3], m, n;

	/* every suffix asked about ends with the token's last bytes */
	if (len < 4 || (y[0] = syl3(s + len - 3)) < 0 ||
	    !(pt->last[y[0] / 8] & (1u << (y[0] % 8))))
		return 0;
	/* y[0..n): the syllables before the token's end (y[0] the last) */
	n = (int)((len - 1) / 3) < PTOK_MAX / 3 ? (int)((len - 1) / 3) :
	    PTOK_MAX / 3;
	for (m = 1; m < n; m++)
		if ((y[m] = syl3(s + len - 3 * (size_t)(m + 1))) < 0)
			break;
	while (m > 0 && 3 * (size_t)m >= below)
		m--;
	/* (a suffix of more syllables holds bytes of no syllable) */
	for (; m > 0; m--) {
		JK_WORK(1);
		if (pt->key[ptok_slot(pt, ptok_key(y, m))] != 0)
			return 3 * (size_t)m;
	}
	return 0;
}

static size_t
particle_suffix(const char *s, size_t len)
{
	return particle_suffix_below(s, len, len);
}

static void
add_token(struct vocab *v, struct jk_arena *ar, const char *s, size_t len)
{
	struct ventry *e;
	size_t	 suf;

	len = strip_token(&s, len);
	if (len == 0)
		return;
	e = vfind(v, s, len, 1, ar);
	e->exact++;
	if ((suf = particle_suffix(s, len)) > 0) {
		e = vfind(v, s, len - suf, 1, ar);
		e->stem++;
	}
}

/*
 * Two neighbouring words "a b" (b also without its particle): evidence
 * that a line break between them is a word boundary.
 */
static void
add_phrase(struct vocab *v, struct jk_arena *ar, const char *a, size_t al,
    const char *b, size_t bl)
{
	char	*k;
	size_t	 suf;

	al = strip_token(&a, al);
	bl = strip_token(&b, bl);
	if (al == 0 || bl == 0)
		return;
	k = jk_xmalloc(al + bl + 2);
	memcpy(k, a, al);
	k[al] = ' ';
	memcpy(k + al + 1, b, bl);
	vfind(v, k, al + 1 + bl, 1, ar)->exact++;
	if ((suf = particle_suffix(b, bl)) > 0)
		vfind(v, k, al + 1 + bl - suf, 1, ar)->stem++;
	free(k);
}

void
jk_vocab_build(struct jk_text *t, struct jk_arena *ar)
{
	struct vocab	*v = jk_arena_alloc(ar, sizeof(*v));
	size_t		 i;

	/* grown as keys come (vfind keeps it at most half full) */
	v->wcap = 1024;
	v->w = jk_arena_alloc(ar, v->wcap * sizeof(*v->w));

	for (i = 0; i < t->n; i++) {
		const struct jk_line *ln = &t->lines[i];
		const char *s = ln->s, *b, *pb = NULL;
		size_t	 pl = 0;
		int	 idx = 0;

		if (ln->blank || ln->furn != JK_FURN_NONE)
			continue;
		while (*s != '\0') {
			while (*s == ' ')
				s++;
			b = s;
			while (*s != '\0' && *s != ' ')
				s++;
			if (s == b)
				break;
			/* first token: its start is not certain; last: its
			 * end is certain only with a trailing space */
			if (idx > 0 && (*s != '\0' || ln->trail > 0)) {
				add_token(v, ar, b, (size_t)(s - b));
				if (pb != NULL)
					add_phrase(v, ar, pb, pl, b,
					    (size_t)(s - b));
				pb = b;
				pl = (size_t)(s - b);
			} else
				pb = NULL;
			idx++;
		}
	}
	/* about 16 bits a key, at most 2^22 bits */
	for (v->bshift = 32 - 10; v->bshift > 32 - 22 &&
	    ((size_t)1 << (32 - v->bshift)) < 16 * v->nw; v->bshift--)
		;
	v->bits = jk_arena_alloc(ar, ((size_t)1 << (32 - v->bshift)) / 8);
	for (i = 0; i < v->wcap; i++)
		if (v->w[i].key != NULL) {
			uint32_t b = vbit(v, v->w[i].hash);

			v->bits[b / 64] |= (uint64_t)1 << (b % 64);
		}
	t->vocab = v;
}

/*
 * Does the one-syllable particle p (3 bytes) take the other form after
 * syllable y (syl3()) than it has: 이, 을, 은, 과 after a closed syllable,
 * 가, 를, 는, 와 after an open one ("때" takes 가, never 이: "때|이 문서는"
 * is no "때이")?
 */
static int
wrong_allomorph(int y, const char *p)
{
	static const char *const closed[] = { "이", "을", "은", "과", NULL };
	static const char *const open[] = { "가", "를", "는", "와", NULL };
	int	 k, fin = y % 28 != 0;

	for (k = 0; closed[k] != NULL; k++) {
		if (memcmp(p, closed[k], 3) == 0)
			return !fin;
		if (memcmp(p, open[k], 3) == 0)
			return fin;
	}
	return 0;
}

int
jk_particle_misfits(const char *w, size_t n)
{
	int	 y;

	return n >= 6 && (y = syl3(w + n - 6)) >= 0 &&
	    wrong_allomorph(y, w + n - 3);
}

/* The count of a stripped word with its particle taken off, seen as a
 * stem (a suffix is at most 9 bytes: a stem that keeps [lo, hi) whatever
 * it is need not be found), but not a word printed whole with the wrong
 * form of a one-syllable particle after it; the rest as
 * count_stripped(). */
static int
count_stem(struct vocab *v, const char *word, size_t len, size_t lo,
    size_t hi, size_t off)
{
	const struct ventry *e = NULL, *e2;
	size_t	 suf;

	if (!(lo > hi || off > lo || off + len < hi + 9))
		return 0;
	/* the longest suffix first, then shorter ones: "이미지로" is no
	 * "이미" + "지로" but "이미지" + "로" */
	for (suf = particle_suffix(word, len); suf > 0;
	    suf = particle_suffix_below(word, len, suf)) {
		e = NULL;
		if (lo > hi || off > lo || off + len - suf < hi)
			e = vfind(v, word, len - suf, 0, NULL);
		/* a one-syllable ending after a stem that itself ends in
		 * a particle is no form of it ("표시가" and "지": no word
		 * is "표시가지"), unless the stem is seen more often than
		 * what is left without that particle: a word that ends as
		 * a particle does ("이미지" is no "이미" + "지": "이미지로") */
		if (e != NULL && suf == 3 &&
		    particle_suffix(word, len - suf) == 3 &&
		    (e2 = vfind(v, word, len - suf - 3, 0, NULL)) != NULL &&
		    e2->exact + e2->stem >= e->exact + e->stem)
			e = NULL;
		if (e != NULL && suf == 3 && e->exact > 0 &&
		    jk_particle_misfits(word, len))
			return 0;
		if (e != NULL && e->exact + e->stem > 0)
			return e->exact + e->stem;
	}
	return 0;
}

/* count_apart() of a word stripped already, off bytes into the word
 * asked about. */
static int
count_stripped(struct vocab *v, const char *word, size_t len, size_t lo,
    size_t hi, size_t off)
{
	const struct ventry *e = NULL;
	int	 n = 0;

	if (len == 0)
		return 0;
	if (lo > hi || off > lo || off + len < hi)
		e = vfind(v, word, len, 0, NULL);
	if (e != NULL)
		n = e->exact + e->stem;
	return n > 0 ? n : count_stem(v, word, len, lo, hi, off);
}

/* jk_vocab_count; a form of the word that holds its bytes [lo, hi) is
 * known not to be there (lo > hi: nothing known). */
static int
count_apart(const struct jk_text *t, const char *word, size_t len,
    size_t lo, size_t hi)
{
	const char *w0 = word;

	if (t == NULL || t->vocab == NULL)
		return 0;
	len = strip_token(&word, len);
	return count_stripped(t->vocab, word, len, lo, hi,
	    (size_t)(word - w0));
}

/*
 * A phrase key is its first word (a token of the index), a space and a
 * word; a particle taken off never takes the space.  So when the first
 * word of the stripped phrase lies inside word[0..la) (then it depends
 * on that part alone) and is no token, neither the phrase nor its stem
 * is there.
 */
int
jk_vocab_has_phrase(const struct jk_text *t, const char *word, size_t len,
    size_t la, int *head)
{
	struct vocab	*v;
	const struct ventry *e;
	const char *w = word, *sp;
	size_t	 n;

	if (t == NULL || (v = t->vocab) == NULL)
		return 0;
	n = strip_token(&w, len);
	sp = n > 0 ? memchr(w, ' ', n) : NULL;
	if (sp != NULL && sp > w && (size_t)(sp - word) <= la) {
		if (*head < 0) {
			e = vfind(v, w, (size_t)(sp - w), 0, NULL);
			*head = e != NULL && e->exact > 0;
		}
		if (*head == 0)
			return 0;
	}
	/* (w is stripped: jk_vocab_has() without stripping it again) */
	return count_stripped(v, w, n, 1, 0, 0) > 0;
}

int
jk_vocab_count(const struct jk_text *t, const char *word, size_t len)
{
	return count_apart(t, word, len, 1, 0);
}

int
jk_vocab_has_apart(const struct jk_text *t, const char *word, size_t len,
    size_t lo, size_t hi)
{
	return count_apart(t, word, len, lo, hi) > 0;
}

int
jk_vocab_exact_apart(const struct jk_text *t, const char *word, size_t len,
    size_t lo, size_t hi)
{
	struct vocab	*v;	/* only looked up */
	const struct ventry *e;
	const char *w0 = word;

	if (t == NULL || (v = t->vocab) == NULL)
		return 0;
	len = strip_token(&word, len);
	if (len == 0 || (lo <= hi && (size_t)(word - w0) <= lo &&
	    (size_t)(word - w0) + len >= hi) ||
	    (e = vfind(v, word, len, 0, NULL)) == NULL)
		return 0;
	return e->exact;
}

int
jk_vocab_glued(const struct jk_text *t, const char *word, size_t len,
    size_t lo, size_t hi, int stem)
{
	struct vocab	*v;	/* only looked up */
	const struct ventry *e = NULL;
	const char *w0 = word;
	size_t	 off;

	if (t == NULL || (v = t->vocab) == NULL)
		return 0;
	len = strip_token(&word, len);
	if (len == 0)
		return 0;
	off = (size_t)(word - w0);
	/* jk_vocab_exact_apart(), and the same entry for the rest */
	if (lo > hi || off > lo || off + len < hi)
		e = vfind(v, word, len, 0, NULL);
	if (e != NULL && e->exact > 0)
		return e->exact;
	if (!stem)
		return 0;
	if (e != NULL && e->stem > 0)
		return 1;
	return count_stem(v, word, len, lo, hi, off) > 0;
}

int
jk_vocab_exact(const struct jk_text *t, const char *word, size_t len)
{
	return jk_vocab_exact_apart(t, word, len, 1, 0);
}

int
jk_vocab_has(const struct jk_text *t, const char *word, size_t len)
{
	return jk_vocab_count(t, word, len) > 0;
}

/* Syllables that begin a bound morpheme when followed only by endings. */
static const char *const boundfirst[] = {
	"적", "화", "성", "율", "률", "력", "하", "한", "된", "되", "될",
	"돼", "했", "해", "할", "함", "됨", "임", "인", "었", "였", "겠",
	"됐", "웠", "렸", "졌", "는", "를", "을", NULL
};

/* Connective and adnominal endings that begin with 다. */
static const char *const daend[] = {
	"다면", "다는", "다고", "다며", "다면서", "다시피", "다던", NULL
};

/* Ordinary words that look like a bound syllable plus an ending. */
static const char *const notbound[] = {
	"하나", "성과", "인가", "이는", "이를", "이에", "한편", "하지만",
	"한다면", "함께", NULL
};

/* Does s (after the token "한") go on with a counter that follows the
 * numeral "한" and no adnominal ending: "한 번", "한 가지", "한 명"
 * (not "해" or "단계": "중요한 단계")? */
static int
one_counter(const char *s)
{
	static const char *const ctr[] = { "번", "가지", "명", "차례",
	    "마디", "쌍", NULL };
	const char	*tok;
	size_t		 len, n, i;

	if (*s != ' ')
		return 0;
	len = jk_first_token(s + 1, &tok);
	if (tok != s + 1)
		return 0;
	for (i = 0; ctr[i] != NULL; i++) {
		n = strlen(ctr[i]);
		if (n <= len && memcmp(tok, ctr[i], n) == 0 && (n == len ||
		    jk_is_particle_token(tok + n, len - n)))
			return 1;
	}
	return 0;
}

/*
 * Does s start with a bound noun that needs a word before it, so that it
 * opens no sentence: "수 있다", "수도 없는" (the "can" of "-ㄹ 수 있다"),
 * "것이다", "것으로" (the nominaliser's noun with a particle)?  It is a
 * word of its own after a space, so no open start (K_OPEN) either.
 */
int
jk_is_bound_noun_start(const char *s)
{
	static const char *const su[] = { "수", "수도", "수는", "수밖에",
	    NULL };
	static const char *const geot[] = { "것이", "것이다", "것을", "것은",
	    "것으로", "것도", "것만", "것과", "것에", NULL };
	const char	*tok, *nx;
	size_t		 len, i;

	if (s == NULL)
		return 0;
	while (*s == ' ')
		s++;
	if ((len = jk_first_token(s, &tok)) == 0 || tok != s)
		return 0;
	for (i = 0; geot[i] != NULL; i++)
		if (len == strlen(geot[i]) && memcmp(tok, geot[i], len) == 0)
			return 1;
	for (i = 0; su[i] != NULL; i++)
		if (len == strlen(su[i]) && memcmp(tok, su[i], len) == 0)
			break;
	if (su[i] == NULL || tok[len] != ' ')
		return 0;
	nx = tok + len + 1;
	/* "수밖에 없다"; the others before 있-/없- */
	return strncmp(nx, "있", strlen("있")) == 0 ||
	    strncmp(nx, "없", strlen("없")) == 0;
}

int
jk_is_open_start(const char *s)
{
	const char *tok;
	size_t	 len, i;
	unsigned int cp;
	enum jk_cclass c;

	if (s == NULL)
		return 0;
	while (*s == ' ')
		s++;
	cp = jk_first_cp(s);
	if (cp == 0)
		return 0;
	c = jk_cclass(cp);
	if (c == JK_C_CLOSE || cp == ',' || cp == '.' || cp == ';' ||
	    cp == ':' || cp == '%')
		return 1;
	if (cp >= 'a' && cp <= 'z')
		return 1;
	if (c != JK_C_HANGUL)
		return 0;
	len = jk_first_token(s, &tok);
	if (len == 0)
		return 0;
	/* a lone "이" is more often "this" ("이 사례는") than a particle */
	if (len == 3 && memcmp(tok, "이", 3) == 0)
		return 0;
	/* a lone "한" before a counter is the numeral ("한 번에"), a
	 * word of its own, not the ending of one ("필요|한 것") */
	if (len == 3 && memcmp(tok, "한", 3) == 0 && one_counter(tok + 3))
		return 0;
	if (jk_is_particle_token(tok, len))
		return 1;
	/* the polite sentence ending begins no word ("습니다.", "니다.") */
	if (len >= 6 && (memcmp(tok, "습니", 6) == 0 ||
	    memcmp(tok, "니다", 6) == 0))
		return 1;
	for (i = 0; notbound[i] != NULL; i++)
		if (strlen(notbound[i]) <= len &&
		    memcmp(notbound[i], tok, strlen(notbound[i])) == 0)
			return 0;
	for (i = 0; boundfirst[i] != NULL; i++)
		if (len >= 3 && memcmp(boundfirst[i], tok, 3) == 0 &&
		    (len == 3 || jk_is_particle_token(tok + 3, len - 3)))
			return 1;
	/* a connective ending in 다 ("저장한|다면,", "있|다고"), never a
	 * word of its own ("다만", "다시", "다음" are; not among these) */
	for (i = 0; daend[i] != NULL; i++)
		if (len == strlen(daend[i]) && memcmp(daend[i], tok, len) == 0)
			return 1;
	return 0;
}
