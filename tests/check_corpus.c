/*
 * check_corpus.c -- the floors of the measures of tests/corpus.h, on the
 * sample and on every unseen issue of tests/corpus/: each measure must stay
 * at or above (counts: at or below) its row of tests/corpus/floors.tsv, so
 * the converter can only ratchet up.  `make eval` prints the same figures
 * as a table; `build/tests/eval --floors` prints the measured values as
 * floors.tsv rows.  The measuring tools themselves (substring index,
 * truth files) are checked here too.
 */

#include "corpus.h"

static GPtrArray	*ISSUES;

/* The floor of metric name for issue, or def when floors.tsv has none. */
static double
floor_of(char ***rows, const char *issue, const char *name, double def)
{
	for (size_t i = 0; rows[i] != NULL; i++)
		if (g_strv_length(rows[i]) >= 3 &&
		    strcmp(rows[i][0], issue) == 0 &&
		    strcmp(rows[i][1], name) == 0)
			return g_ascii_strtod(rows[i][2], NULL);
	return def;
}

static void
setup(void)
{
	ISSUES = cx_issues();
}

static void
teardown(void)
{
	cx_issues_free(ISSUES);
}

/* Issue _i converts (unless floors.tsv says it is known not to) and every
 * measure holds its floor. */
START_TEST(test_corpus_floors)
{
	char		***rows = cx_read_tsv("corpus", "floors.tsv");
	struct cx_issue	*is;
	struct cx_score	 s;
	int		 i, bad = 0, rc;

	ck_assert_msg(rows != NULL, "tests/corpus/floors.tsv missing");
	ck_assert_uint_gt(ISSUES->len, (guint)_i);
	is = g_ptr_array_index(ISSUES, _i);
	rc = cx_measure_apart(is, &s, 0);
	if (rc != 0) {
		ck_assert_msg(floor_of(rows, is->name, "converts", 1) == 0,
		    "%s: the converter crashed or failed", is->name);
		fprintf(stderr, "%s: known not to convert (floors.tsv)\n",
		    is->name);
		cx_free_tsv(rows);
		return;
	}
	if (floor_of(rows, is->name, "converts", 1) == 0)
		fprintf(stderr, "%s: converts now: set its 'converts' floor "
		    "to 1 and add the measured floors\n", is->name);
	for (i = 0; i < CX_NMETRICS; i++) {
		const struct cx_metric	*m = &CX_METRICS[i];
		double			 v = cx_value(&s, i);
		double			 f = floor_of(rows, is->name, m->name,
					    -1);

		if (f < 0)
			continue;
		ck_assert_msg(v >= 0, "%s: %s has a floor but is not measured",
		    is->name, m->name);
		if (m->kind == CX_PCT ? v + 1e-9 < f : v > f) {
			fprintf(stderr, "%s: %s %.1f, floor %g\n", is->name,
			    m->label, v, f);
			bad++;
		}
	}
	cx_free_tsv(rows);
	ck_assert_msg(bad == 0, "%s: %d measures below their floor "
	    "(build/tests/eval -v %s lists the misses)", is->name, bad,
	    is->name);
}
END_TEST

/* Every issue of the corpus has its floors. */
START_TEST(test_corpus_every_issue_has_floors)
{
	char	***rows = cx_read_tsv("corpus", "floors.tsv");

	ck_assert_ptr_nonnull(rows);
	ck_assert_uint_ge(ISSUES->len, 5);	/* the sample and 4 issues */
	for (guint k = 0; k < ISSUES->len; k++) {
		struct cx_issue *is = g_ptr_array_index(ISSUES, k);

		ck_assert_msg(floor_of(rows, is->name, "converts", -1) >= 0,
		    "%s has no floors in tests/corpus/floors.tsv", is->name);
	}
	cx_free_tsv(rows);
}
END_TEST

/* There are held-out issues, and no two issues share a name (floors.tsv
 * knows an issue by its name alone). */
START_TEST(test_corpus_heldout_apart)
{
	GHashTable	*seen = g_hash_table_new(g_str_hash, g_str_equal);
	int		 held = 0;

	for (guint k = 0; k < ISSUES->len; k++) {
		struct cx_issue *is = g_ptr_array_index(ISSUES, k);

		ck_assert_msg(g_hash_table_add(seen, (char *)is->name),
		    "two issues named %s", is->name);
		if (is->heldout) {
			ck_assert_msg(strstr(is->input, "corpus/heldout/") ==
			    is->input, "%s", is->input);
			held++;
		}
	}
	ck_assert_int_ge(held, 3);
	g_hash_table_destroy(seen);
}
END_TEST

/* The truth of each issue fits its text: break and join lines are text
 * lines, every sentence is inside its paragraph (a tagline is its own
 * line), and there is enough of each kind to measure. */
START_TEST(test_corpus_truth_fits_text)
{
	for (guint k = 1; k < ISSUES->len; k++) {
		struct cx_issue	*is = g_ptr_array_index(ISSUES, k);
		char		*path = jk_xasprintf("%s/%s", tests_dir(),
				    is->input), *raw, **lines;
		char		***br, ***se, ***pa, ***jo;
		size_t		 len, n, i;
		GHashTable	*paras = g_hash_table_new(g_str_hash,
				    g_str_equal);

		raw = jk_file_read(path, &len);
		ck_assert_ptr_nonnull(raw);
		lines = g_strsplit(raw, "\n", -1);
		n = g_strv_length(lines);
		br = cx_read_tsv(is->truth, "breaks.tsv");
		se = cx_read_tsv(is->truth, "sentences.tsv");
		pa = cx_read_tsv(is->truth, "paras.tsv");
		jo = cx_read_tsv(is->truth, "joins.tsv");
		ck_assert(br != NULL && se != NULL && pa != NULL && jo != NULL);
		for (i = 0; br[i] != NULL; i++) {
			long a = strtol(br[i][0], NULL, 10);
			long b = strtol(br[i][1], NULL, 10);

			ck_assert_msg(a >= 1 && b > a && (size_t)b <= n &&
			    lines[a - 1][strspn(lines[a - 1], " ")] != '\0',
			    "%s: break %ld|%ld", is->name, a, b);
		}
		ck_assert_msg(i > 200, "%s: %zu breaks", is->name, i);
		for (i = 0; jo[i] != NULL; i++)
			ck_assert_int_ge(g_strv_length(jo[i]), 6);
		ck_assert_msg(i >= 3, "%s: %zu joins", is->name, i);
		for (i = 0; pa[i] != NULL; i++)
			g_hash_table_insert(paras, pa[i][1], pa[i][2]);
		for (i = 0; se[i] != NULL; i++) {
			const char	*p = g_hash_table_lookup(paras, se[i][1]);
			long		 ln = strtol(se[i][1], NULL, 10);

			/* in its paragraph, or a tagline: its own line */
			ck_assert_msg((p != NULL && strstr(p, se[i][2]) !=
			    NULL) || (ln >= 1 && (size_t)ln <= n &&
			    strcmp(lines[ln - 1] + strspn(lines[ln - 1], " "),
			    se[i][2]) == 0), "%s: sentence outside its "
			    "paragraph: %s", is->name, se[i][2]);
		}
		ck_assert_msg(i > 100, "%s: %zu sentences", is->name, i);
		g_hash_table_destroy(paras);
		cx_free_tsv(br);
		cx_free_tsv(se);
		cx_free_tsv(pa);
		cx_free_tsv(jo);
		g_strfreev(lines);
		free(raw);
		free(path);
	}
}
END_TEST

/* The substring index counts every occurrence and nothing else. */
START_TEST(test_corpus_index_finds)
{
	struct cx_index	 ix;
	size_t		 lo;

	cx_index_init(&ix, g_strdup("\n가나다 가나\n다라 가나다\n"));
	ck_assert_uint_eq(cx_find(&ix, "가나다", &lo), 2);
	ck_assert_uint_eq(cx_find(&ix, "가나", NULL), 3);
	ck_assert_uint_eq(cx_find(&ix, "나\n다", NULL), 1);
	ck_assert_uint_eq(cx_find(&ix, "다\n", NULL), 1);
	ck_assert_uint_eq(cx_find(&ix, "라마", NULL), 0);
	ck_assert_uint_eq(cx_find(&ix, "", NULL), 0);
	cx_index_free(&ix);
}
END_TEST

/* A chart's value left in the flow is found, but not inside a longer
 * number the text prints (a telephone number); other keys anywhere. */
START_TEST(test_corpus_debris_key)
{
	ck_assert(cx_debris_in("있습니다.3460그러나", "3460"));
	ck_assert(cx_debris_in("3460", "3460"));
	ck_assert(!cx_debris_in("문의02-3460-9178", "3460"));
	ck_assert(!cx_debris_in("값은13460입니다", "3460"));
	ck_assert(cx_debris_in("문의02-3460-9178 3460", "3460"));
	ck_assert(cx_debris_in("출하량(톤)비중(%)", "비중(%)"));
	ck_assert(!cx_debris_in("출하량", "비중(%)"));
}
END_TEST

static Suite *
corpus_suite(void)
{
	Suite	*s = suite_create("corpus");
	TCase	*tc = tcase_create("floors");
	GPtrArray *v = cx_issues();
	int	 n = (int)v->len;

	tests_preload_lexicon();
	cx_issues_free(v);
	tcase_set_timeout(tc, 120);
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_corpus_index_finds);
	tcase_add_test(tc, test_corpus_debris_key);
	tcase_add_test(tc, test_corpus_every_issue_has_floors);
	tcase_add_test(tc, test_corpus_heldout_apart);
	tcase_add_test(tc, test_corpus_truth_fits_text);
	tcase_add_loop_test(tc, test_corpus_floors, 0, n);
	suite_add_tcase(s, tc);
	return s;
}

JK_CHECK_MAIN(corpus_suite)
