/*
 * corpus.h -- the measures of a converted issue against its truth, shared
 * by `make eval` (tests/eval.c, a table) and the floors in `make check`
 * (tests/check_corpus.c).  An issue is an input text and a truth
 * directory (tests/corpus/NAME/, made by tests/corpus/gen/gen_corpus.py,
 * or tests/data/truth/ for the sample); a truth file that is missing makes
 * its measure "not measured".  Nothing here asserts: it counts.
 *
 * The tree is read as a black box: the plain text of its text blocks.
 * Each measure (breaks, paras, titles, bylines, swaps and wrong joins,
 * sentences, debris, headings) is defined precisely in
 * tests/corpus/README.md.
 */
#ifndef JK_CORPUS_H
#define JK_CORPUS_H

#include <sys/wait.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "truth.h"

static inline int
cx_strpcmp(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* One issue to measure: its input and truth directory, relative to tests/;
 * held-out issues (tests/corpus/heldout/) are never tuned on. */
struct cx_issue {
	const char	*name;
	const char	*input;
	const char	*truth;
	int		 heldout;
};

/* A measure: ok of n (n < 0: not measured). */
struct cx_count {
	int	 ok, n;
};

struct cx_score {
	struct cx_count	 breaks, paras, tit_rec, tit_prec, by_rec, by_prec;
	struct cx_count	 swaps, sentences, head_rec, head_prec, charts;
	int		 wrong_joins;	/* -1: not measured */
	int		 debris;	/* -1: not measured */
	long		 work;		/* jk_work steps of the conversion */
};

/* A text searchable for substrings: a suffix array over character starts. */
struct cx_index {
	char	*s;
	size_t	 len;
	guint	*sa;
	size_t	 n;
};

static int
cx_sa_cmp(const void *a, const void *b, void *arg)
{
	const char *s = arg;

	return strcmp(s + *(const guint *)a, s + *(const guint *)b);
}

static inline void
cx_index_init(struct cx_index *ix, char *s)
{
	size_t	 i;

	ix->s = s;
	ix->len = strlen(s);
	ix->sa = g_new(guint, ix->len + 1);
	ix->n = 0;
	for (i = 0; i < ix->len; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			ix->sa[ix->n++] = (guint)i;
	qsort_r(ix->sa, ix->n, sizeof(*ix->sa), cx_sa_cmp, s);
}

static inline void
cx_index_free(struct cx_index *ix)
{
	g_free(ix->s);
	g_free(ix->sa);
	memset(ix, 0, sizeof(*ix));
}

/* The range [*lo, *hi) of suffixes starting with needle; returns the count. */
static inline size_t
cx_find(const struct cx_index *ix, const char *needle, size_t *lo_out)
{
	size_t	 m = strlen(needle), lo = 0, hi = ix->n, a, b;

	if (m == 0)
		return 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (strncmp(ix->s + ix->sa[mid], needle, m) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	a = lo;
	hi = ix->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (strncmp(ix->s + ix->sa[mid], needle, m) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	b = lo;
	if (lo_out != NULL)
		*lo_out = a;
	return b - a;
}

/* --- text helpers ------------------------------------------------------- */

/* s as the truth files quote it: no U+FFFD, CR or tab, whitespace runs
 * squeezed to one space, trimmed (g_free). */
static inline char *
cx_squeeze(const char *s)
{
	char	*c = truth_clean_line(s), *q = squeeze(c);

	g_free(c);
	return q;
}

/* s with no whitespace and no U+FFFD (g_free). */
static inline char *
cx_nows(const char *s)
{
	char	*c = truth_clean_line(s), *p, *q;

	for (p = q = c; *p != '\0'; p++)
		if (*p != ' ' && *p != '\n')
			*q++ = *p;
	*q = '\0';
	return c;
}

/* Rows of tests/<dir>/<name> (header skipped), NULL-terminated; NULL when
 * the file does not exist.  Free with cx_free_tsv. */
static inline char ***
cx_read_tsv(const char *dir, const char *name)
{
	char	*path = jk_xasprintf("%s/%s/%s", tests_dir(), dir, name);
	char	*buf, **lines, ***rows;
	size_t	 len, i, n = 0;

	buf = jk_file_read(path, &len);
	free(path);
	if (buf == NULL)
		return NULL;
	lines = g_strsplit(buf, "\n", -1);
	rows = g_new0(char **, g_strv_length(lines) + 1);
	for (i = 1; lines[i] != NULL; i++)
		if (*lines[i] != '\0')
			rows[n++] = g_strsplit(lines[i], "\t", -1);
	g_strfreev(lines);
	free(buf);
	return rows;
}

static inline void
cx_free_tsv(char ***rows)
{
	if (rows == NULL)
		return;
	for (size_t i = 0; rows[i] != NULL; i++)
		g_strfreev(rows[i]);
	g_free(rows);
}

/* --- the converted issue ------------------------------------------------ */

struct cx_run {
	struct jk_doc	*doc;
	char		**src;		/* input lines, squeezed, 0-based */
	size_t		 nsrc;
	struct cx_index	 all;		/* "\n" + each block squeezed + "\n" */
	GHashTable	*paras;		/* PARA/ITEM texts without whitespace */
	struct cx_index	 nows;		/* blocks without whitespace, "\n" */
	GPtrArray	*flow;		/* flow blocks without whitespace */
	GPtrArray	*figs;		/* each FIGURE's text without whitespace */
	FILE		*verbose;	/* misses are listed here, or NULL */
};

static inline int
cx_is_block(enum jk_ntype t)
{
	switch (t) {
	case JK_NODE_PARA: case JK_NODE_HEADING: case JK_NODE_ITEM:
	case JK_NODE_CAPTION: case JK_NODE_SOURCE: case JK_NODE_BIO:
	case JK_NODE_TITLE: case JK_NODE_SUBTITLE: case JK_NODE_SERIES:
	case JK_NODE_SERIESDESC:
	case JK_NODE_NAME: case JK_NODE_ROLE: case JK_NODE_CELL:
	case JK_NODE_PRE:
		return 1;
	default:
		return 0;
	}
}

static inline void
cx_collect(struct cx_run *r, struct jk_node *n, GString *all, GString *nows,
    int offflow)
{
	struct jk_node	*k;

	if (n->type == JK_NODE_FIGURE || n->type == JK_NODE_TABLE ||
	    n->type == JK_NODE_FOOTNOTE || n->type == JK_NODE_PRE)
		offflow = 1;
	if (n->type == JK_NODE_FIGURE)
		g_ptr_array_add(r->figs, cx_nows(jk_node_plain(r->doc, n)));
	if (cx_is_block(n->type)) {
		const char	*p = jk_node_plain(r->doc, n);
		char		*sq = cx_squeeze(p), *nw = cx_nows(p);

		g_string_append(all, sq);
		g_string_append_c(all, '\n');
		g_string_append(nows, nw);
		g_string_append_c(nows, '\n');
		if (n->type == JK_NODE_PARA || n->type == JK_NODE_ITEM)
			g_hash_table_add(r->paras, g_strdup(nw));
		if (!offflow && (n->type == JK_NODE_PARA ||
		    n->type == JK_NODE_HEADING || n->type == JK_NODE_ITEM ||
		    n->type == JK_NODE_TITLE || n->type == JK_NODE_SUBTITLE))
			g_ptr_array_add(r->flow, g_strdup(nw));
		g_free(sq);
		g_free(nw);
		return;
	}
	for (k = n->first; k != NULL; k = k->next)
		cx_collect(r, k, all, nows, offflow);
}

/* Convert tests/<input>; 0 on success. */
static inline int
cx_run_load(struct cx_run *r, const char *input, long *work)
{
	struct jk_diag	 diag;
	char		*path = jk_xasprintf("%s/%s", tests_dir(), input);
	char		*raw;
	size_t		 len, i;
	GString		*all = g_string_new("\n"), *nows = g_string_new("\n");
	unsigned long	 w0;

	memset(r, 0, sizeof(*r));
	raw = jk_file_read(path, &len);
	if (raw == NULL) {
		fprintf(stderr, "%s: cannot read\n", path);
		free(path);
		return -1;
	}
	jk_diag_init(&diag, path, NULL);
	w0 = jk_work;
	r->doc = jk_convert(raw, len, path, NULL, &diag);
	if (work != NULL)
		*work = (long)(jk_work - w0);
	jk_diag_free(&diag);
	free(path);
	if (r->doc == NULL) {
		free(raw);
		return -1;
	}
	r->src = g_strsplit(raw, "\n", -1);
	r->nsrc = g_strv_length(r->src);
	for (i = 0; i < r->nsrc; i++) {
		char *c = cx_squeeze(r->src[i]);

		g_free(r->src[i]);
		r->src[i] = c;
	}
	free(raw);
	r->paras = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	r->flow = g_ptr_array_new_with_free_func(g_free);
	r->figs = g_ptr_array_new_with_free_func(g_free);
	cx_collect(r, r->doc->root, all, nows, 0);
	cx_index_init(&r->all, g_string_free(all, FALSE));
	cx_index_init(&r->nows, g_string_free(nows, FALSE));
	return 0;
}

static inline void
cx_run_free(struct cx_run *r)
{
	if (r->doc == NULL)
		return;
	jk_doc_free(r->doc);
	g_strfreev(r->src);
	cx_index_free(&r->all);
	cx_index_free(&r->nows);
	g_hash_table_destroy(r->paras);
	g_ptr_array_free(r->flow, TRUE);
	g_ptr_array_free(r->figs, TRUE);
	memset(r, 0, sizeof(*r));
}

static inline const char *
cx_line(const struct cx_run *r, long n)
{
	if (n < 1 || (size_t)n > r->nsrc)
		return NULL;
	return r->src[n - 1];
}

static inline int
cx_has(const struct cx_run *r, const char *a, const char *b, const char *c)
{
	char	*s = g_strconcat(a, b, c, NULL);
	int	 hit = cx_find(&r->all, s, NULL) > 0;

	g_free(s);
	return hit;
}

/* --- the measures ------------------------------------------------------- */

static inline void
cx_breaks(struct cx_run *r, char ***rows, struct cx_count *c)
{
	c->ok = c->n = 0;
	for (size_t i = 0; rows[i] != NULL; i++) {
		char		**f = rows[i];
		const char	*la, *lb;
		char		*tl, *hd;
		int		 none, space, para, ok;

		if (g_strv_length(f) < 3)
			continue;
		la = cx_line(r, strtol(f[0], NULL, 10));
		lb = cx_line(r, strtol(f[1], NULL, 10));
		if (la == NULL || lb == NULL || *la == '\0' || *lb == '\0')
			continue;
		/* 8 characters each side, more where the text repeats
		 * itself and they are found joined in more than one way */
		for (int w = 8;; w *= 2) {
			tl = tail(la, w);
			hd = head(lb, w);
			none = cx_has(r, tl, "", hd);
			space = cx_has(r, tl, " ", hd);
			para = cx_has(r, tl, "\n", "") &&
			    cx_has(r, "\n", hd, "");
			if (none + space + para <= 1 || w >= 64 ||
			    ((size_t)g_utf8_strlen(la, -1) <= (size_t)w &&
			    (size_t)g_utf8_strlen(lb, -1) <= (size_t)w))
				break;
			g_free(tl);
			g_free(hd);
		}
		if (strcmp(f[2], "space") == 0)
			ok = space && !none;
		else if (strcmp(f[2], "para") == 0)
			ok = para && !none && !space;
		else
			ok = none && !space;
		c->n++;
		c->ok += ok;
		if (!ok && r->verbose != NULL)
			fprintf(r->verbose, "  break %s|%s want %s: %s|%s "
			    "(seen:%s%s%s)\n", f[0], f[1], f[2], tl, hd,
			    none ? " none" : "", space ? " space" : "",
			    para ? " para" : "");
		g_free(tl);
		g_free(hd);
	}
}

/* Is s (no whitespace) in the tree as at most `parts` pieces, each inside
 * a block?  Pieces are at least 2 characters long. */
static inline int
cx_pieces(const struct cx_run *r, const char *s, int parts)
{
	const char	*p;
	int		 ok = 0;

	if (cx_find(&r->nows, s, NULL) > 0)
		return 1;
	if (parts < 2 || g_utf8_strlen(s, -1) < 4)
		return 0;
	p = g_utf8_next_char(s);
	for (p = g_utf8_next_char(p); *p != '\0' && !ok; p =
	    g_utf8_next_char(p)) {
		char	*a = g_strndup(s, (gsize)(p - s));

		if (g_utf8_strlen(p, -1) >= 2 && cx_find(&r->nows, a, NULL) > 0)
			ok = cx_pieces(r, p, parts - 1);
		g_free(a);
	}
	return ok;
}

/*
 * Rows (unit, line, text) whose text, without whitespace, is found: as a
 * whole PARA/ITEM block (whole != 0: paragraphs intact) or inside blocks,
 * whole or in at most three pieces that a misplaced block or an unjoined
 * cut left (sentences kept: nothing of them is lost).
 */
static inline void
cx_texts(struct cx_run *r, char ***rows, struct cx_count *c, int whole)
{
	c->ok = c->n = 0;
	for (size_t i = 0; rows[i] != NULL; i++) {
		char	*nw;
		int	 ok;

		if (g_strv_length(rows[i]) < 3)
			continue;
		nw = cx_nows(rows[i][2]);
		if (*nw != '\0') {
			c->n++;
			ok = whole ? g_hash_table_contains(r->paras, nw) :
			    cx_pieces(r, nw, 3);
			c->ok += ok;
			if (!ok && r->verbose != NULL)
				fprintf(r->verbose, "  %s: line %s: %s\n", whole ?
				    "paragraph not intact" : "sentence lost or "
				    "cut", rows[i][1], rows[i][2]);
		}
		g_free(nw);
	}
}

/* A unit's title and each byline NAME, without whitespace. */
struct cx_unit {
	char		*title;		/* "" when untitled */
	GPtrArray	*names;
};

static inline GPtrArray *
cx_units(struct cx_run *r)
{
	GPtrArray	*units = g_ptr_array_new();
	struct jk_node	*a, *b, *t, *nm;

	for (a = r->doc->root->first; a != NULL; a = a->next) {
		struct cx_unit	*u;

		if (a->type != JK_NODE_ARTICLE && a->type != JK_NODE_ADVERT)
			continue;
		u = g_new0(struct cx_unit, 1);
		t = jk_node_child(a, JK_NODE_TITLE);
		u->title = t != NULL ? cx_nows(jk_node_plain(r->doc, t)) :
		    g_strdup("");
		u->names = g_ptr_array_new_with_free_func(g_free);
		for (b = a->first; b != NULL; b = b->next)
			if (b->type == JK_NODE_BYLINE && (nm = jk_node_child(b,
			    JK_NODE_NAME)) != NULL)
				g_ptr_array_add(u->names, cx_nows(
				    jk_node_plain(r->doc, nm)));
		g_ptr_array_add(units, u);
	}
	return units;
}

static inline void
cx_units_free(GPtrArray *units)
{
	for (guint i = 0; i < units->len; i++) {
		struct cx_unit *u = g_ptr_array_index(units, i);

		g_free(u->title);
		g_ptr_array_free(u->names, TRUE);
		g_free(u);
	}
	g_ptr_array_free(units, TRUE);
}

static inline int
cx_has_name(const struct cx_unit *u, const char *name)
{
	for (guint k = 0; k < u->names->len; k++)
		if (strcmp(g_ptr_array_index(u->names, k), name) == 0)
			return 1;
	return 0;
}

static inline void
cx_articles(struct cx_run *r, char ***rows, struct cx_score *s)
{
	GPtrArray	*units = cx_units(r);
	GHashTable	*titles = g_hash_table_new_full(g_str_hash,
			    g_str_equal, g_free, NULL);
	size_t		 i;
	guint		 k;

	memset(&s->tit_rec, 0, sizeof(s->tit_rec));
	memset(&s->tit_prec, 0, sizeof(s->tit_prec));
	memset(&s->by_rec, 0, sizeof(s->by_rec));
	memset(&s->by_prec, 0, sizeof(s->by_prec));
	for (i = 0; rows[i] != NULL; i++) {
		char	**f = rows[i], *t, *nm;
		int	 found = 0;

		if (g_strv_length(f) < 7)
			continue;
		t = cx_nows(f[2]);
		nm = cx_nows(f[5]);
		if (*t == '\0' && *f[4] != '\0')	/* named by its series */
			g_hash_table_add(titles, cx_nows(f[4]));
		if (*t != '\0') {
			g_hash_table_add(titles, g_strdup(t));
			s->tit_rec.n++;
			for (k = 0; k < units->len && !found; k++)
				found = strcmp(((struct cx_unit *)
				    g_ptr_array_index(units, k))->title, t) == 0;
			s->tit_rec.ok += found;
			if (!found && r->verbose != NULL)
				fprintf(r->verbose, "  title missed: %s %s\n",
				    f[0], f[2]);
		}
		if (*nm != '\0') {
			s->by_rec.n++;
			found = 0;
			for (k = 0; k < units->len && !found; k++) {
				struct cx_unit *u = g_ptr_array_index(units, k);

				found = (*t == '\0' || strcmp(u->title, t) ==
				    0) && cx_has_name(u, nm);
			}
			s->by_rec.ok += found;
			if (!found && r->verbose != NULL)
				fprintf(r->verbose, "  byline missed: %s %s "
				    "(%s)\n", f[0], f[5], f[2]);
		}
		g_free(t);
		g_free(nm);
	}
	for (k = 0; k < units->len; k++) {
		struct cx_unit *u = g_ptr_array_index(units, k);

		if (*u->title != '\0') {
			int ok = g_hash_table_contains(titles, u->title);

			s->tit_prec.n++;
			s->tit_prec.ok += ok;
			if (!ok && r->verbose != NULL)
				fprintf(r->verbose, "  title not in truth: %s\n",
				    u->title);
		}
		for (guint j = 0; j < u->names->len; j++) {
			const char	*nm = g_ptr_array_index(u->names, j);
			int		 ok = 0;

			if (*nm == '\0')
				continue;
			for (i = 0; rows[i] != NULL && !ok; i++) {
				char	**f = rows[i], *t, *tn;

				if (g_strv_length(f) < 7)
					continue;
				t = cx_nows(f[2]);
				tn = cx_nows(f[5]);
				ok = strcmp(tn, nm) == 0 && (*t == '\0' ||
				    strcmp(t, u->title) == 0);
				g_free(t);
				g_free(tn);
			}
			s->by_prec.n++;
			s->by_prec.ok += ok;
			if (!ok && r->verbose != NULL)
				fprintf(r->verbose, "  byline not in truth: %s "
				    "(%s)\n", nm, u->title);
		}
	}
	g_hash_table_destroy(titles);
	cx_units_free(units);
}

/*
 * What follows line a (whole, squeezed) inside a block, without
 * whitespace: up to 6 characters into *next (g_free); returns -1 when a
 * is nowhere, 0 when every occurrence ends its block or one of them is
 * followed by want or alt (the text of a line may be printed twice, and
 * only one occurrence is the line itself), else 1 + the number of
 * occurrences not followed by want or alt.
 */
static inline int
cx_follow(const struct cx_run *r, const char *a, const char *want,
    const char *alt)
{
	size_t	 lo, n = cx_find(&r->all, a, &lo), m = strlen(a);
	int	 bad = 0, joined = 0, good = 0;

	if (n == 0)
		return -1;
	for (size_t k = lo; k < lo + n; k++) {
		const char	*p = r->all.s + r->all.sa[k] + m;
		char		*nx, *h;

		while (*p == ' ')
			p++;
		if (*p == '\n' || *p == '\0')
			continue;
		joined = 1;
		h = head(p, 6);
		nx = cx_nows(h);
		if (!g_str_has_prefix(want, nx) && !g_str_has_prefix(nx, want) &&
		    (alt == NULL || (!g_str_has_prefix(alt, nx) &&
		    !g_str_has_prefix(nx, alt))))
			bad++;
		else
			good++;
		g_free(h);
		g_free(nx);
	}
	return joined && good == 0 ? 1 + bad : 0;
}

static inline void
cx_swaps(struct cx_run *r, char ***rows, struct cx_score *s)
{
	GHashTable	*ids = g_hash_table_new_full(g_str_hash, g_str_equal,
			    g_free, NULL);
	GHashTable	*bad = g_hash_table_new(g_str_hash, g_str_equal);

	s->wrong_joins = 0;
	for (size_t i = 0; rows[i] != NULL; i++) {
		char		**f = rows[i], *hd, *hn, *want, *alt = NULL;
		const char	*la, *lb, *le;
		int		 ok, fw;

		if (g_strv_length(f) < 6)
			continue;
		la = cx_line(r, strtol(f[2], NULL, 10));
		lb = cx_line(r, strtol(f[3], NULL, 10));
		le = cx_line(r, strtol(f[5], NULL, 10));
		if (la == NULL || lb == NULL)
			continue;
		if (!g_hash_table_contains(ids, f[0]))
			g_hash_table_add(ids, g_strdup(f[0]));
		hd = head(lb, 8);
		ok = cx_has(r, la, strcmp(f[4], "space") == 0 ? " " : "", hd);
		hn = head(lb, 6);
		want = cx_nows(hn);
		g_free(hn);
		if (le != NULL) {
			hn = head(le, 6);
			alt = cx_nows(hn);
			g_free(hn);
		}
		fw = cx_follow(r, la, want, alt);
		if (fw > 1)
			s->wrong_joins++;
		if (!ok) {
			gpointer	 key;

			if (g_hash_table_lookup_extended(ids, f[0], &key, NULL))
				g_hash_table_add(bad, key);
		}
		if ((!ok || fw > 1) && r->verbose != NULL)
			fprintf(r->verbose, "  %s %s|%s %s: %s | %s\n",
			    fw > 1 ? "wrong join" : "not put back", f[2], f[3],
			    f[0], la, hd);
		g_free(hd);
		g_free(want);
		g_free(alt);
	}
	s->swaps.n = (int)g_hash_table_size(ids);
	s->swaps.ok = s->swaps.n - (int)g_hash_table_size(bad);
	g_hash_table_destroy(bad);
	g_hash_table_destroy(ids);
}

/*
 * Charts kept whole: each chart of debris.tsv printed over several lines
 * (its labels, years and values, between its caption and its source)
 * whose text, without whitespace, is inside one FIGURE of the tree; a
 * chart cut into two figures, or partly left in the flow, is not.
 */
static inline void
cx_charts(struct cx_run *r, char ***rows, struct cx_count *c)
{
	c->ok = c->n = 0;
	for (size_t i = 0; rows[i] != NULL; i++) {
		char	**f = rows[i];
		guint	 b;

		if (g_strv_length(f) < 5 || strcmp(f[3], "chart") != 0 ||
		    atoi(f[1]) >= atoi(f[2]) || *f[4] == '\0')
			continue;
		c->n++;
		for (b = 0; b < r->figs->len; b++)
			if (strstr(g_ptr_array_index(r->figs, b), f[4]) != NULL)
				break;
		if (b < r->figs->len)
			c->ok++;
		else if (r->verbose != NULL)
			fprintf(r->verbose, "  chart not whole: %s lines %s-%s\n",
			    f[0], f[1], f[2]);
	}
}

/* Does the character at c (in text, or its terminator) carry on a
 * number: a digit, a dash or a comma, or a point between digits? */
static inline int
cx_in_number(const char *text, const char *c)
{
	if (*c == '\0')
		return 0;
	if (*c == '.')
		return (c > text && g_ascii_isdigit(c[-1])) &&
		    g_ascii_isdigit(c[1]);
	return g_ascii_isdigit(*c) || *c == '-' || *c == ',';
}

/* Is key in text as debris: anywhere, or for a key of figures only
 * ("3460", a chart's value) not inside a longer number ("02-3460-9178",
 * a telephone number the text prints)? */
static inline int
cx_debris_in(const char *text, const char *key)
{
	const char	*p = text, *q;
	size_t		 n = strlen(key);

	if (strspn(key, "0123456789,.%") != n)
		return strstr(text, key) != NULL;
	while ((q = strstr(p, key)) != NULL) {
		if ((q == text || !cx_in_number(text, q - 1)) &&
		    !cx_in_number(text, q + n))
			return 1;
		p = q + 1;
	}
	return 0;
}

static inline int
cx_debris(struct cx_run *r, char ***rows)
{
	int	 count = 0;

	for (guint b = 0; b < r->flow->len; b++) {
		const char	*text = g_ptr_array_index(r->flow, b);

		for (size_t i = 0; rows[i] != NULL; i++) {
			char	**f = rows[i];

			if (g_strv_length(f) < 5 || *f[4] == '\0' ||
			    !cx_debris_in(text, f[4]))
				continue;
			count++;
			if (r->verbose != NULL) {
				char *h = head(text, 40);

				fprintf(r->verbose, "  debris in the flow: %s "
				    "lines %s-%s (%s): %s\n", f[0], f[1], f[2],
				    f[3], h);
				g_free(h);
			}
			break;
		}
	}
	return count;
}

/*
 * Headings: recall over headings.tsv; precision over the HEADINGs of the
 * tree's units whose headings the truth lists: every unit when the truth
 * is complete (a corpus issue, which has paras.tsv), else the units of
 * headings.tsv rows (found by their title in articles.tsv).
 */
static inline void
cx_headings(struct cx_run *r, char ***rows, char ***arts, int complete,
    struct cx_score *s)
{
	GHashTable	*want = g_hash_table_new_full(g_str_hash, g_str_equal,
			    g_free, NULL);
	GHashTable	*units = g_hash_table_new_full(g_str_hash,
			    g_str_equal, g_free, NULL);
	GHashTable	*got = g_hash_table_new_full(g_str_hash, g_str_equal,
			    g_free, NULL);
	struct jk_node	*a, *t;
	struct jk_iter	 it;
	size_t		 i;

	for (i = 0; rows[i] != NULL; i++)
		if (g_strv_length(rows[i]) >= 4) {
			g_hash_table_add(want, cx_nows(rows[i][1]));
			for (size_t j = 0; arts != NULL && arts[j] != NULL; j++)
				if (g_strv_length(arts[j]) >= 3 &&
				    strcmp(arts[j][0], rows[i][3]) == 0)
					g_hash_table_add(units,
					    cx_nows(arts[j][2]));
		}
	s->head_prec.ok = s->head_prec.n = 0;
	for (a = r->doc->root->first; a != NULL; a = a->next) {
		char	*title;
		int	 scope;

		t = jk_node_child(a, JK_NODE_TITLE);
		title = cx_nows(t != NULL ? jk_node_plain(r->doc, t) : "");
		scope = complete || g_hash_table_contains(units, title);
		g_free(title);
		jk_iter_init(&it, a);
		while (jk_iter_next(&it) != JK_EV_DONE) {
			struct jk_node	*n = jk_iter_node(&it);
			char		*h;

			if (it.ev != JK_EV_ENTER || n->type != JK_NODE_HEADING)
				continue;
			h = cx_nows(jk_node_plain(r->doc, n));
			if (scope) {
				int ok = g_hash_table_contains(want, h);

				s->head_prec.n++;
				s->head_prec.ok += ok;
				if (!ok && r->verbose != NULL)
					fprintf(r->verbose, "  heading not in "
					    "truth: line %d: %s\n", n->line,
					    jk_node_plain(r->doc, n));
			}
			g_hash_table_add(got, h);
		}
	}
	s->head_rec.ok = s->head_rec.n = 0;
	for (i = 0; rows[i] != NULL; i++) {
		char	*h;
		int	 ok;

		if (g_strv_length(rows[i]) < 4)
			continue;
		h = cx_nows(rows[i][1]);
		ok = g_hash_table_contains(got, h);
		s->head_rec.n++;
		s->head_rec.ok += ok;
		if (!ok && r->verbose != NULL)
			fprintf(r->verbose, "  heading missed: line %s: %s\n",
			    rows[i][0], rows[i][1]);
		g_free(h);
	}
	g_hash_table_destroy(want);
	g_hash_table_destroy(units);
	g_hash_table_destroy(got);
}

/* Every measure "not measured". */
static inline void
cx_score_init(struct cx_score *s)
{
	memset(s, 0, sizeof(*s));
	s->breaks.n = s->paras.n = s->tit_rec.n = s->tit_prec.n = -1;
	s->by_rec.n = s->by_prec.n = s->swaps.n = s->sentences.n = -1;
	s->head_rec.n = s->head_prec.n = s->charts.n = -1;
	s->wrong_joins = s->debris = -1;
}

/* Convert and measure one issue; -1 when it cannot be converted. */
static inline int
cx_measure(const struct cx_issue *is, struct cx_score *s, FILE *verbose)
{
	struct cx_run	 r;
	char		***rows;

	cx_score_init(s);
	if (cx_run_load(&r, is->input, &s->work) != 0)
		return -1;
	r.verbose = verbose;
	if ((rows = cx_read_tsv(is->truth, "breaks.tsv")) != NULL)
		cx_breaks(&r, rows, &s->breaks);
	cx_free_tsv(rows);
	if ((rows = cx_read_tsv(is->truth, "paras.tsv")) != NULL)
		cx_texts(&r, rows, &s->paras, 1);
	cx_free_tsv(rows);
	if ((rows = cx_read_tsv(is->truth, "articles.tsv")) != NULL)
		cx_articles(&r, rows, s);
	cx_free_tsv(rows);
	if ((rows = cx_read_tsv(is->truth, "joins.tsv")) != NULL)
		cx_swaps(&r, rows, s);
	cx_free_tsv(rows);
	if ((rows = cx_read_tsv(is->truth, "sentences.tsv")) != NULL)
		cx_texts(&r, rows, &s->sentences, 0);
	cx_free_tsv(rows);
	if ((rows = cx_read_tsv(is->truth, "debris.tsv")) != NULL) {
		s->debris = cx_debris(&r, rows);
		cx_charts(&r, rows, &s->charts);
	}
	cx_free_tsv(rows);
	if ((rows = cx_read_tsv(is->truth, "headings.tsv")) != NULL) {
		char	***arts = cx_read_tsv(is->truth, "articles.tsv");
		char	***pa = cx_read_tsv(is->truth, "paras.tsv");

		cx_headings(&r, rows, arts, pa != NULL, s);
		cx_free_tsv(arts);
		cx_free_tsv(pa);
	}
	cx_free_tsv(rows);
	cx_run_free(&r);
	return 0;
}

/* Measure in a child process, so that a converter crash on one issue is
 * reported as such and the others are still measured; -1 on a crash or
 * failure (said on stderr). */
static inline int
cx_measure_apart(const struct cx_issue *is, struct cx_score *s, int verbose)
{
	int	 fd[2], st = 0;
	pid_t	 pid;
	ssize_t	 n;

	cx_score_init(s);
	fflush(NULL);
	if (pipe(fd) != 0 || (pid = fork()) < 0)
		return cx_measure(is, s, verbose ? stderr : NULL);
	if (pid == 0) {
		close(fd[0]);
		if (cx_measure(is, s, verbose ? stderr : NULL) != 0)
			_exit(1);
		_exit(write(fd[1], s, sizeof(*s)) == (ssize_t)sizeof(*s) ? 0 :
		    1);
	}
	close(fd[1]);
	n = read(fd[0], s, sizeof(*s));
	close(fd[0]);
	if (n != (ssize_t)sizeof(*s))
		cx_score_init(s);
	if (waitpid(pid, &st, 0) < 0 || !WIFEXITED(st) ||
	    WEXITSTATUS(st) != 0 || n != (ssize_t)sizeof(*s)) {
		fprintf(stderr, "%s: the converter %s on %s\n", is->name,
		    WIFSIGNALED(st) ? "crashed" : "failed", is->input);
		return -1;
	}
	return 0;
}

/* --- the issues and their floors --------------------------------------- */

/* Add every SUB/<name>/ of tests/corpus/ holding an issue.txt, by name. */
static inline void
cx_issues_add(GPtrArray *v, const char *sub, int heldout)
{
	char		*dir = jk_xasprintf("%s/corpus%s", tests_dir(), sub);
	GDir		*d = g_dir_open(dir, 0, NULL);
	GPtrArray	*names = g_ptr_array_new_with_free_func(g_free);
	const char	*e;

	while (d != NULL && (e = g_dir_read_name(d)) != NULL) {
		char *p = jk_xasprintf("%s/%s/issue.txt", dir, e);

		if (g_file_test(p, G_FILE_TEST_IS_REGULAR))
			g_ptr_array_add(names, g_strdup(e));
		free(p);
	}
	if (d != NULL)
		g_dir_close(d);
	free(dir);
	g_ptr_array_sort(names, cx_strpcmp);
	for (guint i = 0; i < names->len; i++) {
		const char	*n = g_ptr_array_index(names, i);
		struct cx_issue	*is = g_new0(struct cx_issue, 1);

		is->name = g_strdup(n);
		is->input = g_strdup_printf("corpus%s/%s/issue.txt", sub, n);
		is->truth = g_strdup_printf("corpus%s/%s", sub, n);
		is->heldout = heldout;
		g_ptr_array_add(v, is);
	}
	g_ptr_array_free(names, TRUE);
}

/* The sample, every tests/corpus/<name>/ holding an issue.txt, by name,
 * then the held-out ones of tests/corpus/heldout/.  Free with
 * cx_issues_free. */
static inline GPtrArray *
cx_issues(void)
{
	GPtrArray	*v = g_ptr_array_new();
	struct cx_issue	*is;

	is = g_new0(struct cx_issue, 1);
	is->name = g_strdup("sample");
	is->input = g_strdup("data/issue-469.txt");
	is->truth = g_strdup("data/truth");
	g_ptr_array_add(v, is);
	cx_issues_add(v, "", 0);
	cx_issues_add(v, "/heldout", 1);
	return v;
}

static inline void
cx_issues_free(GPtrArray *v)
{
	for (guint i = 0; i < v->len; i++) {
		struct cx_issue *is = g_ptr_array_index(v, i);

		g_free((char *)is->name);
		g_free((char *)is->input);
		g_free((char *)is->truth);
		g_free(is);
	}
	g_ptr_array_free(v, TRUE);
}

/* The measures by name, as floors.tsv and the table name them: a
 * percentage (higher is better) or a count (lower is better). */
enum { CX_PCT, CX_MAX };
struct cx_metric {
	const char	*name;
	const char	*label;
	int		 kind;
	double		 target;
};

static const struct cx_metric CX_METRICS[] = {
	{ "breaks", "line breaks right", CX_PCT, 99.0 },
	{ "paras", "paragraphs intact", CX_PCT, 97.0 },
	{ "titles_recall", "titles recall", CX_PCT, 95.0 },
	{ "titles_precision", "titles precision", CX_PCT, 95.0 },
	{ "bylines_recall", "bylines recall", CX_PCT, 95.0 },
	{ "bylines_precision", "bylines precision", CX_PCT, 95.0 },
	{ "swaps", "swapped blocks put back", CX_PCT, 80.0 },
	{ "wrong_joins", "wrong joins", CX_MAX, 0 },
	{ "sentences", "body sentences kept", CX_PCT, 99.9 },
	{ "debris", "debris blocks in flow", CX_MAX, 0 },
	{ "headings_recall", "headings recall", CX_PCT, -1 },
	{ "headings_precision", "headings precision", CX_PCT, -1 },
	{ "charts", "charts kept whole", CX_PCT, 95.0 },
};
#define CX_NMETRICS	((int)G_N_ELEMENTS(CX_METRICS))

/* Metric i of s: its count (or NULL for a CX_MAX metric, then *value). */
static inline const struct cx_count *
cx_metric(const struct cx_score *s, int i, int *value)
{
	const struct cx_count *c[] = { &s->breaks, &s->paras, &s->tit_rec,
	    &s->tit_prec, &s->by_rec, &s->by_prec, &s->swaps, NULL,
	    &s->sentences, NULL, &s->head_rec, &s->head_prec, &s->charts };

	*value = i == 7 ? s->wrong_joins : i == 9 ? s->debris : 0;
	return c[i];
}

/* The value of metric i as a number (percentage or count); -1 when not
 * measured; a percentage of nothing is 100. */
static inline double
cx_value(const struct cx_score *s, int i)
{
	int			 v;
	const struct cx_count	*c = cx_metric(s, i, &v);

	if (c == NULL)
		return v;
	if (c->n < 0)
		return -1;
	return c->n == 0 ? 100.0 : 100.0 * c->ok / c->n;
}

#endif
