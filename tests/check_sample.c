/*
 * check_sample.c -- the bundled sample issue measured, as a black box,
 * against ground truth made by reading it (tests/data/truth/): article
 * titles and bylines, line-break decisions, figure captions, headings.  Figures are
 * printed; the assertions hold the floor the converter has reached, so a
 * change that makes it worse fails.
 */
#include "truth.h"

static struct truth	 T;

/* percent of headings.tsv that must be found (just below what is reached) */
#define FLOOR_HEADINGS	85

static void
setup(void)
{
	truth_load(&T, "data/issue-469.txt");
}

static void
teardown(void)
{
	truth_free(&T);
}

START_TEST(test_sample_articles_and_bylines)
{
	char		***rows = read_tsv("data/truth/articles.tsv");
	struct jk_node	*a;
	int		 want = 0, found = 0, bwant = 0, bright = 0;
	int		 narticles = 0, nadverts = 0;
	size_t		 i;

	for (i = 0; rows[i] != NULL; i++) {
		char	**r = rows[i];

		if (g_strv_length(r) < 6 || strcmp(r[1], "article") != 0 ||
		    *r[2] == '\0')
			continue;
		want++;
		if ((a = article_titled(T.doc, r[2])) == NULL) {
			fprintf(stderr, "  title missed: %s %s\n", r[0], r[2]);
			continue;
		}
		found++;
		if (*r[5] == '\0')
			continue;
		bwant++;
		if (byline_named(T.doc, a, r[5]) != NULL)
			bright++;
		else
			fprintf(stderr, "  byline missed: %s %s\n", r[0], r[5]);
	}
	for (a = T.doc->root->first; a != NULL; a = a->next) {
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

START_TEST(test_sample_line_breaks)
{
	char	***rows = read_tsv("data/truth/breaks.tsv");
	int	 total = 0, right = 0, ok;
	size_t	 i;

	for (i = 0; rows[i] != NULL; i++) {
		char	**r = rows[i];

		if (g_strv_length(r) < 3)
			continue;
		ok = truth_break(&T, strtol(r[0], NULL, 10), strtol(r[1], NULL,
		    10), r[2], g_strv_length(r) > 3 ? r[3] : NULL);
		if (ok < 0)
			continue;
		total++;
		right += ok;
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
	int	 want, found;

	found = truth_found(&T, "data/truth/figures.tsv", JK_NODE_CAPTION, 2, "caption", &want,
	    NULL);
	fprintf(stderr, "sample: figure captions right %d/%d\n", found, want);
	ck_assert_int_ge(found, want - 1);
}
END_TEST

/*
 * Sentences cut by a figure or table and joined back: for every caption
 * whose truth names the line where the interrupted sentence resumes, that
 * line must continue a block of text, not start one.
 */
START_TEST(test_sample_cut_sentences_joined)
{
	char	***rows = read_tsv("data/truth/figures.tsv");
	int	 want = 0, joined = 0;
	size_t	 i;

	for (i = 0; rows[i] != NULL; i++) {
		char	**r = rows[i], *h, *inside;
		long	 res;

		if (g_strv_length(r) < 4 || *r[3] == '\0')
			continue;
		res = strtol(r[3], NULL, 10);
		if (res < 1 || (size_t)res > T.nsrc)
			continue;
		want++;
		h = head(T.src[res - 1], 8);
		inside = g_strconcat(" ", h, NULL);
		if (!any_block(&T, h, AT_START) && (any_block(&T, inside,
		    INSIDE) || any_block(&T, h, INSIDE)))
			joined++;
		else
			fprintf(stderr, "  cut sentence not joined: %s %s at "
			    "%ld: %s\n", r[0], r[1], res, h);
		g_free(h);
		g_free(inside);
	}
	fprintf(stderr, "sample: sentences cut by figures joined back %d/%d\n",
	    joined, want);
	ck_assert_int_gt(want, 20);
	ck_assert_int_ge(joined * 100, want * 90);
	free_tsv(rows);
}
END_TEST

/* Headings of headings.tsv found, by text, among the HEADING nodes. */
START_TEST(test_sample_headings)
{
	unsigned nodes;
	int	 want, found;

	found = truth_found(&T, "data/truth/headings.tsv", JK_NODE_HEADING, 1, "heading", &want,
	    &nodes);
	fprintf(stderr, "sample: headings right %d/%d (%u heading nodes)\n",
	    found, want, nodes);
	ck_assert_int_ge(found * 100, want * FLOOR_HEADINGS);
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
	ck_assert_int_eq(jk_tree_check(T.doc->root, stderr), 0);
	ck_assert_str_eq(jk_meta_get(T.doc, "volume"), "469");
}
END_TEST

static Suite *
sample_suite(void)
{
	Suite	*s = suite_create("sample");
	TCase	*tc = tcase_create("truth");

	tests_preload_lexicon();
	tcase_set_timeout(tc, 60);
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_sample_tree_is_sound);
	tcase_add_test(tc, test_sample_articles_and_bylines);
	tcase_add_test(tc, test_sample_line_breaks);
	tcase_add_test(tc, test_sample_figures);
	tcase_add_test(tc, test_sample_cut_sentences_joined);
	tcase_add_test(tc, test_sample_headings);
	tcase_add_test(tc, test_sample_diagnostics_golden);
	suite_add_tcase(s, tc);
	return s;
}

JK_CHECK_MAIN(sample_suite)
