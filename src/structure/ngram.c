/*
 * ngram.c -- a character n-gram model of the issue's own text, smoothed
 * by Witten-Bell interpolation, to score the characters across a join.
 *
 * The word evidence of evidence.c needs a glued word to test; a join at
 * a space has none, and a glued word seen nowhere says little.  The
 * model says how the text goes on from any few characters into
 * the next: the first characters of a start are scored after the last
 * ones of an end and with nothing before them, and the log ratio is the
 * evidence that the one goes on into the other.  It is trained on the
 * lines alone, never across their ends, so that no join it is asked
 * about (every join is a line end) has taught it anything.
 *
 * Characters are code points, digits folded into one and Latin letters
 * into lower case, runs of spaces into one; an n-gram of up to NG_ORDER
 * of them is one key of a hash table of counts, as is the number of
 * different characters seen after each context (what Witten-Bell
 * smoothing backs off by) and of the lines it ends (a context is
 * followed as often as it is seen, less those).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../util/util.h"
#include "ngram.h"

#define IDBITS	 (56 / NG_ORDER)	/* bits of a character id in a key */
#define BACKWARD ((uint64_t)1 << 59)	/* key bit: of the text read
					 * backwards */
#define IDMAX	 ((1u << IDBITS) - 1)	/* ids beyond share this one */
#define MAXKEYS	 (1u << 19)	/* keys learnt at most: an issue's ways
				 * of going on are learnt from its first
				 * half megabyte or so of text (the sample
				 * gives 350,000 keys); on an input of many
				 * issues the table would only grow (this
				 * keeps it to 12 to 24 MB) */

enum {			/* what a key counts */
	T_COUNT,		/* an n-gram */
	T_ENDS,			/* a line that ends with it */
	T_TYPES			/* the characters seen after it */
};

struct ngram {
	struct ng_counts c;
	unsigned int	*cp;	/* code point of each id slot, 0: empty */
	unsigned int	*id;
	size_t		 icap, nid;
	double		 total;	/* characters counted */
};

unsigned int
ngc_bump(struct ng_counts *t, uint64_t key)
{
	uint64_t	*ok = t->key;
	unsigned int	*oc = t->cnt;
	size_t		 i, j, ocap = t->cap;

	if (4 * (t->n + 1) > 3 * t->cap) {
		t->cap = ocap ? ocap * 2 : 4096;
		t->key = jk_xcalloc(t->cap, sizeof(*t->key));
		t->cnt = jk_xcalloc(t->cap, sizeof(*t->cnt));
		for (j = 0; j < ocap; j++)
			if (ok[j] != 0) {
				i = ngc_slot(t, ok[j]);
				t->key[i] = ok[j];
				t->cnt[i] = oc[j];
			}
		free(ok);
		free(oc);
	}
	i = ngc_slot(t, key);
	if (t->key[i] == 0) {
		t->key[i] = key;
		t->n++;
	}
	return t->cnt[i]++;
}

void
ngc_reserve(struct ng_counts *t, size_t keys)
{
	size_t	 cap = 4096;

	if (t->cap != 0)
		return;
	while (3 * cap < 4 * keys)
		cap *= 2;
	t->cap = cap;
	t->key = jk_xcalloc(t->cap, sizeof(*t->key));
	t->cnt = jk_xcalloc(t->cap, sizeof(*t->cnt));
}

void
ngc_free(struct ng_counts *t)
{
	free(t->key);
	free(t->cnt);
	memset(t, 0, sizeof(*t));
}

/* The key of what (T_*) of the characters ids[0..len): a count of len
 * characters is kept as len - 1, a context's as len (0 to NG_ORDER - 1),
 * so the two bits hold both.  No key is 0: ids start at 1. */
static uint64_t
key_of(int what, int back, const unsigned int *ids, int len)
{
	uint64_t k = ((uint64_t)what << 62) | (back ? BACKWARD : 0) |
	    ((uint64_t)(what == T_COUNT ? len - 1 : len) << 60);
	int	 i;

	for (i = 0; i < len; i++)
		k |= (uint64_t)(ids[i] & IDMAX) << (IDBITS * i);
	return k;
}

static size_t
id_slot(const struct ngram *m, unsigned int cp)
{
	size_t	 i;

	for (i = ngc_mix(cp, m->icap); m->cp[i] != 0 && m->cp[i] != cp;
	    i = (i + 1) & (m->icap - 1))
		;
	return i;
}

/* The id of code point cp, 0 for one never counted. */
static unsigned int
id_find(const struct ngram *m, unsigned int cp)
{
	size_t	 i = id_slot(m, cp);

	return m->cp[i] != 0 ? m->id[i] : 0;
}

/* The id of code point cp, a new one if it has none. */
static unsigned int
id_of(struct ngram *m, unsigned int cp)
{
	size_t	 i = id_slot(m, cp), j, ocap = m->icap;
	unsigned int *oc = m->cp, *oi = m->id;

	if (m->cp[i] != 0)
		return m->id[i];
	if (2 * (m->nid + 1) > m->icap) {
		m->icap = ocap * 2;
		m->cp = jk_xcalloc(m->icap, sizeof(*m->cp));
		m->id = jk_xcalloc(m->icap, sizeof(*m->id));
		for (j = 0; j < ocap; j++)
			if (oc[j] != 0) {
				size_t k = id_slot(m, oc[j]);

				m->cp[k] = oc[j];
				m->id[k] = oi[j];
			}
		free(oc);
		free(oi);
		i = id_slot(m, cp);
	}
	m->cp[i] = cp;
	m->nid++;
	m->id[i] = m->nid < IDMAX ? (unsigned int)m->nid : IDMAX;
	return m->id[i];
}

struct ngram *
ng_new(void)
{
	struct ngram	*m = jk_xcalloc(1, sizeof(*m));

	m->icap = 1024;
	m->cp = jk_xcalloc(m->icap, sizeof(*m->cp));
	m->id = jk_xcalloc(m->icap, sizeof(*m->id));
	return m;
}

void
ng_reserve(struct ngram *m, size_t bytes)
{
	size_t	 keys = bytes + bytes / 5;

	ngc_reserve(&m->c, keys < MAXKEYS ? keys : MAXKEYS);
}

void
ng_free(struct ngram *m)
{
	if (m == NULL)
		return;
	ngc_free(&m->c);
	free(m->cp);
	free(m->id);
	free(m);
}

/* The next character of s[*i..len) as the model sees it (digits as one,
 * Latin in lower case, a run of spaces as one), 0 at the end. */
static unsigned int
next_char(const char *s, size_t len, size_t *i)
{
	unsigned int	 cp;
	int		 n;

	if (*i >= len)
		return 0;
	cp = jk_utf8_get(s + *i, len - *i, &n);
	*i += (size_t)(n > 0 ? n : 1);
	if (cp == ' ' || cp == '\t') {
		while (*i < len && (s[*i] == ' ' || s[*i] == '\t'))
			(*i)++;
		return ' ';
	}
	if (cp >= '0' && cp <= '9')
		return '0';
	if (cp >= 'A' && cp <= 'Z')
		return cp - 'A' + 'a';
	return cp != 0 ? cp : ' ';
}

static size_t
skip_spaces(const char *s, size_t len)
{
	size_t	 i = 0;

	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

/* Count the characters ids[0..n) read one way (back: from the last). */
static void
add_run(struct ngram *m, const unsigned int *ids, int n, int back)
{
	unsigned int	 h[NG_ORDER];
	int		 t, nh = 0, l;

	for (t = 0; t < n; t++) {
		/* the character after each of its contexts of 0 to
		 * NG_ORDER - 1 characters, h[NG_ORDER - 1 - l ..] the one
		 * of l */
		h[NG_ORDER - 1] = ids[back ? n - 1 - t : t];
		for (l = 0; l <= nh; l++) {
			const unsigned int *g = h + NG_ORDER - 1 - l;

			if (ngc_bump(&m->c, key_of(T_COUNT, back, g, l + 1)) == 0)
				ngc_bump(&m->c, key_of(T_TYPES, back, g, l));
		}
		memmove(h, h + 1, (NG_ORDER - 1) * sizeof(*h));
		if (nh < NG_ORDER - 1)
			nh++;
	}
	/* a context is followed as often as it is counted, but where it
	 * ends the line: counting those few is cheaper than the follows */
	for (l = 1; l <= nh; l++)
		ngc_bump(&m->c, key_of(T_ENDS, back, h + NG_ORDER - 1 - l, l));
}

void
ng_add_line(struct ngram *m, const char *s, size_t len)
{
	unsigned int	*ids, c;
	size_t		 i = skip_spaces(s, len);
	int		 n = 0;

	if (m->c.n >= MAXKEYS)
		return;
	ids = jk_xreallocarray(NULL, len + 1, sizeof(*ids));
	while ((c = next_char(s, len, &i)) != 0)
		ids[n++] = id_of(m, c);
	add_run(m, ids, n, 0);
	add_run(m, ids, n, 1);
	m->total += n;
	free(ids);
}

/* P(w | h[0..l)), Witten-Bell: a context's counts, and as much of the
 * shorter context's estimate as it has seen different characters. */
static double
prob(const struct ngram *m, int back, const unsigned int *h, int l,
    unsigned int w)
{
	unsigned int	 g[NG_ORDER];
	double		 p, tot, typ;

	if (l <= 0) {
		typ = (double)m->nid;
		/* a character never counted: the share of one more */
		return (ngc_get(&m->c, key_of(T_COUNT, back, &w, 1)) +
		    typ / (typ + 1)) / (m->total + typ);
	}
	p = prob(m, back, h + 1, l - 1, w);
	tot = (double)ngc_get(&m->c, key_of(T_COUNT, back, h, l)) -
	    ngc_get(&m->c, key_of(T_ENDS, back, h, l));
	if (tot == 0)
		return p;
	typ = ngc_get(&m->c, key_of(T_TYPES, back, h, l));
	memcpy(g, h, (size_t)l * sizeof(*g));
	g[l] = w;
	return (ngc_get(&m->c, key_of(T_COUNT, back, g, l + 1)) + typ * p) /
	    (tot + typ);
}

static void
end_push(const struct ngram *m, struct ng_end *e, unsigned int c)
{
	memmove(e->id, e->id + 1, (NG_ORDER - 2) * sizeof(*e->id));
	e->id[NG_ORDER - 2] = id_find(m, c);
	if (e->n < NG_ORDER - 1)
		e->n++;
}

void
ng_end_of(const struct ngram *m, const char *s, size_t len, int space,
    struct ng_end *e)
{
	size_t		 i = skip_spaces(s, len);
	unsigned int	 c, last = 0;

	unsigned int	 r[NG_ORDER - 1];
	int		 t;

	memset(e, 0, sizeof(*e));
	while ((c = next_char(s, len, &i)) != 0)
		end_push(m, e, last = c);
	if (space && last != 0 && last != ' ')
		end_push(m, e, ' ');
	if (m->total == 0)
		return;
	/* read backwards, the last character first */
	for (t = 0; t < e->n; t++)
		r[t] = e->id[NG_ORDER - 2 - t];
	for (t = 0; t < e->n; t++)
		e->alone += log(prob(m, 1, r, t, r[t]));
}

void
ng_start_of(const struct ngram *m, const char *s, size_t len,
    struct ng_start *x)
{
	size_t		 i = skip_spaces(s, len);
	unsigned int	 c;
	int		 t;

	memset(x, 0, sizeof(*x));
	while (x->n < NG_ORDER - 1 && (c = next_char(s, len, &i)) != 0)
		x->id[x->n++] = id_find(m, c);
	if (m->total == 0)
		return;
	for (t = 0; t < x->n; t++)
		x->alone += log(prob(m, 0, x->id, t, x->id[t]));
}

double
ng_across(const struct ngram *m, const struct ng_end *e,
    const struct ng_start *x)
{
	unsigned int	 seq[2 * (NG_ORDER - 1)];
	double		 lp = 0, lb = 0;
	int		 t, at = NG_ORDER - 1, l;

	if (m->total == 0 || e->n == 0 || x->n == 0)
		return 0;
	/* the start's characters after the end's */
	memcpy(seq, e->id, sizeof(e->id));
	memcpy(seq + at, x->id, sizeof(x->id));
	for (t = 0; t < x->n; t++) {
		l = e->n + t < NG_ORDER - 1 ? e->n + t : NG_ORDER - 1;
		lp += log(prob(m, 0, seq + at + t - l, l, x->id[t]));
	}
	/* and, read backwards, the end's before the start's */
	for (t = 0; t < NG_ORDER - 1; t++) {
		seq[NG_ORDER - 2 - t] = t < x->n ? x->id[t] : 0;
		seq[at + t] = t < e->n ? e->id[NG_ORDER - 2 - t] : 0;
	}
	for (t = 0; t < e->n; t++) {
		l = x->n + t < NG_ORDER - 1 ? x->n + t : NG_ORDER - 1;
		lb += log(prob(m, 1, seq + at + t - l, l, seq[at + t]));
	}
	return ((lp - x->alone) + (lb - e->alone)) / 2;
}

double
ng_join(const struct ngram *m, const char *end, const char *start)
{
	struct ng_end	 e;
	struct ng_start	 x;

	ng_end_of(m, end, strlen(end), 0, &e);
	ng_start_of(m, start, strlen(start), &x);
	return ng_across(m, &e, &x);
}
