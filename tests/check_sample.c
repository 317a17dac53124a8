/*
 * check_sample.c -- the bundled sample issue measured, as a black box,
 * against ground truth made by reading it (tests/data/truth/): article
 * titles and bylines, line-break decisions, figure captions.  Figures are
 * printed; the assertions hold the floor the converter has reached, so a
 * change that makes it worse fails.
 */
#include <glib.h>

#include "check_main.h"
#include "structure/convert.h"

static struct jk_doc	*doc;
static char		**src;		/* sample lines, 1-based */
static size_t		 nsrc;
static GPtrArray	*blocks;	/* plain text of every text block */

static void
collect(struct jk_node *n)
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
		g_ptr_array_add(blocks, (gpointer)jk_node_plain(doc, n));
		return;
	default:
		break;
	}
	for (k = n->first; k != NULL; k = k->next)
		collect(k);
}

static void
setup(void)
{
	struct jk_diag	 diag;
	char		*buf, *path = tests_path("data/issue-469.txt"), *p;
	size_t		 len;

	buf = jk_file_read(path, &len);
	ck_assert_ptr_nonnull(buf);
	jk_diag_init(&diag, path, NULL);
	doc = jk_convert(buf, len, path, NULL, &diag);
	ck_assert_ptr_nonnull(doc);
	jk_diag_free(&diag);
	/* keep the raw lines for the break windows */
	src = g_strsplit(buf, "\n", -1);
	nsrc = g_strv_length(src);
	for (size_t i = 0; i < nsrc; i++) {
		/* drop U+FFFD and CR, squeeze to what the text says */
		GString	*g = g_string_new(NULL);

		for (p = src[i]; *p != '\0'; p++) {
			if ((unsigned char)p[0] == 0xef && (unsigned char)p[1]
			    == 0xbf && (unsigned char)p[2] == 0xbd) {
				p += 2;
				continue;
			}
			if (*p != '\r' && *p != '\t')
				g_string_append_c(g, *p);
		}
		g_free(src[i]);
		src[i] = g_strstrip(g_string_free(g, FALSE));
	}
	free(buf);
	free(path);
	blocks = g_ptr_array_new();
	collect(doc->root);
}

static void
teardown(void)
{
	g_ptr_array_free(blocks, TRUE);
	g_strfreev(src);
	jk_doc_free(doc);
}

/* Rows of a TSV file (header skipped): NULL-terminated array of fields. */
static char ***
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

static void
free_tsv(char ***rows)
{
	for (size_t i = 0; rows[i] != NULL; i++)
		g_strfreev(rows[i]);
	free(rows);
}

/* Collapse whitespace runs to one space, trim. */
static char *
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

static struct jk_node *
article_titled(const char *title)
{
	struct jk_node	*a, *t;
	char		*s;
	int		 eq;

	for (a = doc->root->first; a != NULL; a = a->next) {
		if ((t = jk_node_child(a, JK_NODE_TITLE)) == NULL)
			continue;
		s = squeeze(jk_node_plain(doc, t));
		eq = strcmp(s, title) == 0;
		g_free(s);
		if (eq)
			return a;
	}
	return NULL;
}

START_TEST(test_sample_articles_and_bylines)
{
	char		***rows = read_tsv("data/truth/articles.tsv");
	struct jk_node	*a, *b, *nm;
	int		 want = 0, found = 0, bwant = 0, bright = 0;
	int		 narticles = 0, nadverts = 0;
	size_t		 i;

	for (i = 0; rows[i] != NULL; i++) {
		char	**r = rows[i];

		if (g_strv_length(r) < 6 || strcmp(r[1], "article") != 0 ||
		    *r[2] == '\0')
			continue;
		want++;
		if ((a = article_titled(r[2])) == NULL) {
			fprintf(stderr, "  title missed: %s %s\n", r[0], r[2]);
			continue;
		}
		found++;
		if (*r[5] == '\0')
			continue;
		bwant++;
		for (b = a->first; b != NULL; b = b->next)
			if (b->type == JK_NODE_BYLINE && (nm = jk_node_child(b,
			    JK_NODE_NAME)) != NULL && strcmp(jk_node_plain(doc,
			    nm), r[5]) == 0)
				break;
		if (b != NULL)
			bright++;
		else
			fprintf(stderr, "  byline missed: %s %s\n", r[0], r[5]);
	}
	for (a = doc->root->first; a != NULL; a = a->next) {
		narticles += a->type == JK_NODE_ARTICLE;
		nadverts += a->type == JK_NODE_ADVERT;
	}
	fprintf(stderr, "sample: %d articles + %d adverts found; titles right "
	    "%d/%d; bylines on the right article %d/%d\n", narticles,
	    nadverts, found, want, bright, bwant);
	ck_assert_int_ge(found, want - 1);
	ck_assert_int_ge(bright, bwant - 1);
	/* the units themselves: every article of the truth, no more */
	ck_assert_int_ge(narticles, 30);
	ck_assert_int_le(narticles, 32);
	ck_assert_int_ge(nadverts, 3);
	free_tsv(rows);
}
END_TEST

/* Last / first n code points of s. */
static char *
tail(const char *s, int n)
{
	const char *p = s + strlen(s);

	while (n > 0 && p > s) {
		p = g_utf8_prev_char(p);
		n--;
	}
	return g_strdup(p);
}

static char *
head(const char *s, int n)
{
	const char *p = s;

	while (n > 0 && *p != '\0') {
		p = g_utf8_next_char(p);
		n--;
	}
	return g_strndup(s, (gsize)(p - s));
}

static int
any_block(const char *needle, int where)	/* 0 inside, 1 end, 2 start */
{
	for (guint i = 0; i < blocks->len; i++) {
		const char	*b = g_ptr_array_index(blocks, i);
		char		*t;
		int		 hit;

		switch (where) {
		case 0:
			if (strstr(b, needle) != NULL)
				return 1;
			break;
		case 1:
			t = squeeze(b);
			hit = g_str_has_suffix(t, needle);
			g_free(t);
			if (hit)
				return 1;
			break;
		default:
			t = squeeze(b);
			hit = g_str_has_prefix(t, needle);
			g_free(t);
			if (hit)
				return 1;
			break;
		}
	}
	return 0;
}

START_TEST(test_sample_line_breaks)
{
	char	***rows = read_tsv("data/truth/breaks.tsv");
	int	 total = 0, right = 0;
	size_t	 i;

	for (i = 0; rows[i] != NULL; i++) {
		char	**r = rows[i], *t, *h, *glued, *spaced;
		long	 a = strtol(r[0], NULL, 10), b = strtol(r[1], NULL, 10);
		int	 none, space, para, ok;

		if (g_strv_length(r) < 3 || a < 1 || b < 1 ||
		    (size_t)b > nsrc)
			continue;
		total++;
		t = tail(src[a - 1], 8);
		h = head(src[b - 1], 8);
		glued = g_strconcat(t, h, NULL);
		spaced = g_strconcat(t, " ", h, NULL);
		none = any_block(glued, 0);
		space = any_block(spaced, 0);
		para = any_block(t, 1) && any_block(h, 2);
		if (strcmp(r[2], "space") == 0)
			ok = space && !none;
		else if (strcmp(r[2], "para") == 0)
			ok = para && !none && !space;
		else	/* none, hyphen */
			ok = none && !space;
		right += ok;
		if (!ok)
			fprintf(stderr, "  break %ld|%ld want %s: %s|%s "
			    "(seen:%s%s%s)\n", a, b, r[2], t, h, none ? " none"
			    : "", space ? " space" : "", para ? " para" : "");
		g_free(t);
		g_free(h);
		g_free(glued);
		g_free(spaced);
	}
	fprintf(stderr, "sample: line breaks decided right %d/%d (%.1f %%)\n",
	    right, total, total ? 100.0 * right / total : 0);
	ck_assert_int_gt(total, 200);
	ck_assert_int_ge(right * 1000, total * 995);
	free_tsv(rows);
}
END_TEST

START_TEST(test_sample_figures)
{
	char		***rows = read_tsv("data/truth/figures.tsv");
	struct jk_iter	 it;
	struct jk_node	*n, *c;
	int		 want = 0, found = 0;
	GHashTable	*caps = g_hash_table_new_full(g_str_hash, g_str_equal,
			    g_free, NULL);
	size_t		 i;

	jk_iter_init(&it, doc->root);
	while (jk_iter_next(&it) != JK_EV_DONE) {
		n = jk_iter_node(&it);
		if (it.ev != JK_EV_ENTER || n->type != JK_NODE_FIGURE)
			continue;
		if ((c = jk_node_child(n, JK_NODE_CAPTION)) != NULL)
			g_hash_table_add(caps, squeeze(jk_node_plain(doc, c)));
	}
	for (i = 0; rows[i] != NULL; i++) {
		if (g_strv_length(rows[i]) < 3)
			continue;
		want++;
		if (g_hash_table_contains(caps, rows[i][2]))
			found++;
		else
			fprintf(stderr, "  caption missed: %s %s %s\n",
			    rows[i][0], rows[i][1], rows[i][2]);
	}
	fprintf(stderr, "sample: figure captions right %d/%d\n", found, want);
	ck_assert_int_ge(found, want - 1);
	g_hash_table_destroy(caps);
	free_tsv(rows);
}
END_TEST

/* Everything the converter reports about the sample, at the -v level:
 * what it moved or dropped and what it repaired (mandoc's .out_lint). */
START_TEST(test_sample_diagnostics_golden)
{
	struct jk_diag	 diag;
	struct jk_doc	*d;
	char		*buf, *path = tests_path("data/issue-469.txt");
	size_t		 len;

	buf = jk_file_read(path, &len);
	ck_assert_ptr_nonnull(buf);
	jk_diag_init(&diag, "issue-469.txt", NULL);
	diag.keep = 1;
	diag.min_level = JK_INFO;
	d = jk_convert(buf, len, "issue-469.txt", NULL, &diag);
	ck_assert_ptr_nonnull(d);
	ck_assert_int_lt(diag.worst, JK_ERROR);
	ck_assert(golden_compare("golden/sample/issue-469.diag",
	    diag.log.data != NULL ? diag.log.data : "", diag.log.len));
	jk_doc_free(d);
	jk_diag_free(&diag);
	free(buf);
	free(path);
}
END_TEST

START_TEST(test_sample_tree_is_sound)
{
	ck_assert_int_eq(jk_tree_check(doc->root, stderr), 0);
	ck_assert_str_eq(jk_meta_get(doc, "volume"), "469");
}
END_TEST

static Suite *
sample_suite(void)
{
	Suite	*s = suite_create("sample");
	TCase	*tc = tcase_create("truth");

	tcase_set_timeout(tc, 60);
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_sample_tree_is_sound);
	tcase_add_test(tc, test_sample_articles_and_bylines);
	tcase_add_test(tc, test_sample_line_breaks);
	tcase_add_test(tc, test_sample_figures);
	tcase_add_test(tc, test_sample_diagnostics_golden);
	suite_add_tcase(s, tc);
	return s;
}

JK_CHECK_MAIN(sample_suite)
