/*
 * truth.h -- measuring a converted issue, as a black box, against ground
 * truth made by reading it (tests/data/truth/, tests/data/synth/): TSV
 * rows, the issue's own lines, the plain text of every text block of the
 * tree, and the judgement of one line break from what the tree shows.
 * Shared by check_sample.c and check_synth.c.
 */
#ifndef JK_TRUTH_H
#define JK_TRUTH_H

#include <glib.h>

#include "check_main.h"
#include "structure/convert.h"

/* A converted issue and what the measures read off it. */
struct truth {
	struct jk_doc	*doc;
	char		*raw;		/* the input as read */
	size_t		 rawlen;
	char		**src;		/* its lines, 0-based, cleaned */
	size_t		 nsrc;
	GPtrArray	*blocks;	/* plain text of every text block */
};

/* A source line as the truth files quote it: no U+FFFD, CR or tab,
 * trimmed.  Caller frees with g_free. */
static inline char *
truth_clean_line(const char *s)
{
	GString	*g = g_string_new(NULL);

	for (; *s != '\0'; s++) {
		if ((unsigned char)s[0] == 0xef && (unsigned char)s[1] == 0xbf &&
		    (unsigned char)s[2] == 0xbd) {
			s += 2;
			continue;
		}
		if (*s != '\r' && *s != '\t')
			g_string_append_c(g, *s);
	}
	return g_strstrip(g_string_free(g, FALSE));
}

static inline void
truth_collect(struct truth *t, struct jk_node *n)
{
	struct jk_node	*k;

	switch (n->type) {
	case JK_NODE_PARA:
	case JK_NODE_HEADING:
	case JK_NODE_ITEM:
	case JK_NODE_CAPTION:
	case JK_NODE_SOURCE:
	case JK_NODE_BIO:
	case JK_NODE_TITLE:
	case JK_NODE_SUBTITLE:
	case JK_NODE_SERIES:
	case JK_NODE_NAME:
	case JK_NODE_ROLE:
	case JK_NODE_CELL:
	case JK_NODE_PRE:
		g_ptr_array_add(t->blocks, (gpointer)jk_node_plain(t->doc, n));
		return;
	default:
		break;
	}
	for (k = n->first; k != NULL; k = k->next)
		truth_collect(t, k);
}

/* Read tests/<rel> and convert it; the test fails if either fails. */
static inline void
truth_load(struct truth *t, const char *rel)
{
	struct jk_diag	 diag;
	char		*path = tests_path(rel);
	size_t		 i;

	t->raw = jk_file_read(path, &t->rawlen);
	ck_assert_msg(t->raw != NULL, "%s missing", path);
	jk_diag_init(&diag, path, NULL);
	t->doc = jk_convert(t->raw, t->rawlen, path, NULL, &diag);
	jk_diag_free(&diag);
	ck_assert_ptr_nonnull(t->doc);
	free(path);
	t->src = g_strsplit(t->raw, "\n", -1);
	t->nsrc = g_strv_length(t->src);
	for (i = 0; i < t->nsrc; i++) {
		char	*c = truth_clean_line(t->src[i]);

		g_free(t->src[i]);
		t->src[i] = c;
	}
	t->blocks = g_ptr_array_new();
	truth_collect(t, t->doc->root);
}

static inline void
truth_free(struct truth *t)
{
	g_ptr_array_free(t->blocks, TRUE);
	g_strfreev(t->src);
	jk_doc_free(t->doc);
	free(t->raw);
	memset(t, 0, sizeof(*t));
}

/* Rows of a TSV file (header skipped): NULL-terminated array of fields;
 * free with free_tsv. */
static inline char ***
read_tsv(const char *rel)
{
	char	*path = tests_path(rel), *buf, **lines;
	char	***rows;
	size_t	 len, i, n = 0;

	buf = jk_file_read(path, &len);
	ck_assert_msg(buf != NULL, "%s missing", path);
	lines = g_strsplit(buf, "\n", -1);
	rows = jk_xcalloc(g_strv_length(lines) + 1, sizeof(*rows));
	for (i = 1; lines[i] != NULL; i++)
		if (*lines[i] != '\0')
			rows[n++] = g_strsplit(lines[i], "\t", -1);
	g_strfreev(lines);
	free(buf);
	free(path);
	return rows;
}

static inline void
free_tsv(char ***rows)
{
	for (size_t i = 0; rows[i] != NULL; i++)
		g_strfreev(rows[i]);
	free(rows);
}

/* Collapse whitespace runs to one space, trim (g_free). */
static inline char *
squeeze(const char *s)
{
	GString	*g = g_string_new(NULL);
	int	 sp = 0;

	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t' || *s == '\n') {
			sp = g->len > 0;
			continue;
		}
		if (sp)
			g_string_append_c(g, ' ');
		sp = 0;
		g_string_append_c(g, *s);
	}
	return g_string_free(g, FALSE);
}

/* Last / first n code points of s (g_free). */
static inline char *
tail(const char *s, int n)
{
	const char *p = s + strlen(s);

	while (n > 0 && p > s) {
		p = g_utf8_prev_char(p);
		n--;
	}
	return g_strdup(p);
}

static inline char *
head(const char *s, int n)
{
	const char *p = s;

	while (n > 0 && *p != '\0') {
		p = g_utf8_next_char(p);
		n--;
	}
	return g_strndup(s, (gsize)(p - s));
}

/* 1 when node n's plain text, squeezed, equals want. */
static inline int
plain_is(struct jk_doc *doc, struct jk_node *n, const char *want)
{
	char	*s = squeeze(jk_node_plain(doc, n));
	int	 eq = strcmp(s, want) == 0;

	g_free(s);
	return eq;
}

static inline struct jk_node *
article_titled(struct jk_doc *doc, const char *title)
{
	struct jk_node	*a, *t;

	for (a = doc->root->first; a != NULL; a = a->next)
		if ((t = jk_node_child(a, JK_NODE_TITLE)) != NULL &&
		    plain_is(doc, t, title))
			return a;
	return NULL;
}

/* The byline of article a whose NAME is name, or NULL. */
static inline struct jk_node *
byline_named(struct jk_doc *doc, struct jk_node *a, const char *name)
{
	struct jk_node	*b, *nm;

	for (b = a->first; b != NULL; b = b->next)
		if (b->type == JK_NODE_BYLINE &&
		    (nm = jk_node_child(b, JK_NODE_NAME)) != NULL &&
		    plain_is(doc, nm, name))
			return b;
	return NULL;
}

enum where { INSIDE, AT_END, AT_START };

static inline int
any_block(const struct truth *t, const char *needle, enum where where)
{
	for (guint i = 0; i < t->blocks->len; i++) {
		const char	*b = g_ptr_array_index(t->blocks, i);
		char		*s;
		int		 hit;

		if (where == INSIDE) {
			if (strstr(b, needle) != NULL)
				return 1;
			continue;
		}
		s = squeeze(b);
		hit = where == AT_END ? g_str_has_suffix(s, needle) :
		    g_str_has_prefix(s, needle);
		g_free(s);
		if (hit)
			return 1;
	}
	return 0;
}

/*
 * Judge the break between source lines a and b (1-based) against verdict
 * (none, hyphen, space, para) from what the tree shows: the 8 characters
 * each side glued, spaced, or ending and starting blocks.  Returns 1
 * right, 0 wrong (described on stderr with note), -1 not judged.
 */
static inline int
truth_break(const struct truth *t, long a, long b, const char *verdict,
    const char *note)
{
	char	*tl, *hd, *glued, *spaced;
	int	 none, space, para, ok;

	if (a < 1 || b < 1 || (size_t)a > t->nsrc || (size_t)b > t->nsrc)
		return -1;
	tl = tail(t->src[a - 1], 8);
	hd = head(t->src[b - 1], 8);
	glued = g_strconcat(tl, hd, NULL);
	spaced = g_strconcat(tl, " ", hd, NULL);
	none = any_block(t, glued, INSIDE);
	space = any_block(t, spaced, INSIDE);
	para = any_block(t, tl, AT_END) && any_block(t, hd, AT_START);
	if (strcmp(verdict, "space") == 0)
		ok = space && !none;
	else if (strcmp(verdict, "para") == 0)
		ok = para && !none && !space;
	else	/* none, hyphen */
		ok = none && !space;
	if (!ok)
		fprintf(stderr, "  break %ld|%ld want %s: %s|%s (seen:%s%s%s)"
		    "%s%s\n", a, b, verdict, tl, hd, none ? " none" : "",
		    space ? " space" : "", para ? " para" : "",
		    note != NULL ? "  " : "", note != NULL ? note : "");
	g_free(tl);
	g_free(hd);
	g_free(glued);
	g_free(spaced);
	return ok;
}

/* The plain text, squeezed, of every node of one type (CAPTION: the
 * figure captions; HEADING: the headings): a set to look the truth up in
 * (g_hash_table_destroy). */
static inline GHashTable *
truth_texts(const struct truth *t, enum jk_ntype type)
{
	GHashTable	*set = g_hash_table_new_full(g_str_hash, g_str_equal,
			    g_free, NULL);
	struct jk_iter	 it;
	struct jk_node	*n;

	jk_iter_init(&it, t->doc->root);
	while (jk_iter_next(&it) != JK_EV_DONE) {
		n = jk_iter_node(&it);
		if (it.ev == JK_EV_ENTER && n->type == type)
			g_hash_table_add(set, squeeze(jk_node_plain(t->doc,
			    n)));
	}
	return set;
}

/*
 * How many rows of the TSV file rel have field col equal to the text of
 * some node of type in the tree; rows with fewer fields are skipped.
 * *want gets the rows counted, *nodes (if not NULL) the distinct texts in
 * the tree; each miss is named on stderr as "what missed".
 */
static inline int
truth_found(const struct truth *t, const char *rel, enum jk_ntype type,
    guint col, const char *what, int *want, unsigned *nodes)
{
	char		***rows = read_tsv(rel);
	GHashTable	*set = truth_texts(t, type);
	int		 found = 0;
	size_t		 i;

	*want = 0;
	for (i = 0; rows[i] != NULL; i++) {
		if (g_strv_length(rows[i]) <= col)
			continue;
		(*want)++;
		if (g_hash_table_contains(set, rows[i][col]))
			found++;
		else
			fprintf(stderr, "  %s missed: %s %s\n", what,
			    rows[i][0], rows[i][col]);
	}
	if (nodes != NULL)
		*nodes = g_hash_table_size(set);
	g_hash_table_destroy(set);
	free_tsv(rows);
	return found;
}

#endif
