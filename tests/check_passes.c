/*
 * check_passes.c -- one suite per concern of the structure stage, each a
 * directory of input/expected pairs under tests/data/structure/<concern>/:
 * CASE.txt is a small issue in the extraction's conventions, CASE.tree
 * the tree it must give (jk_tree_dump) followed by the messages of level
 * info and above (what was moved or dropped).  `make regen` rewrites the
 * expectations; review the diff.
 *
 *   units     articles.c anchors.c merge.c header.c (units and bylines)
 *   headings  headings.c
 *   figures   figures.c (figures and debris)
 *   tables    tables.c records.c
 *   order     prose.c order.c (sentences joined across blocks)
 *   notes     notes.c
 *   adverts   adverts.c
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "structure/convert.h"

/* The expectation for one input: tree dump, then the messages. */
static char *
expect_of(const char *buf, size_t len, size_t *outlen)
{
	struct jk_diag	 d;
	struct jk_doc	*doc;
	char		*out = NULL;
	size_t		 n = 0;
	FILE		*fp;

	jk_diag_init(&d, "case", NULL);
	d.keep = 1;
	d.min_level = JK_INFO;
	doc = jk_convert(buf, len, "case", NULL, &d);
	ck_assert_ptr_nonnull(doc);
	ck_assert_int_eq(jk_tree_check(doc->root, stderr), 0);
	fp = open_memstream(&out, &n);
	ck_assert_ptr_nonnull(fp);
	jk_tree_dump(doc->root, fp);
	fputs("--- messages\n", fp);
	if (d.log.len > 0)
		fwrite(d.log.data, 1, d.log.len, fp);
	fclose(fp);
	jk_doc_free(doc);
	jk_diag_free(&d);
	*outlen = n;
	return out;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Run every CASE.txt of tests/data/structure/<dir>; number of cases. */
static int
run_dir(const char *dir)
{
	char		*path = tests_path(dir), *names[256], *rel, *buf, *got;
	DIR		*dp = opendir(path);
	struct dirent	*de;
	size_t		 len, glen, l;
	int		 n = 0, i, bad = 0;

	ck_assert_msg(dp != NULL, "no directory %s", path);
	while ((de = readdir(dp)) != NULL && n < 256) {
		l = strlen(de->d_name);
		if (l > 4 && strcmp(de->d_name + l - 4, ".txt") == 0)
			names[n++] = jk_xstrdup(de->d_name);
	}
	closedir(dp);
	qsort(names, (size_t)n, sizeof(names[0]), cmp_str);
	for (i = 0; i < n; i++) {
		rel = jk_xasprintf("%s/%s", path, names[i]);
		buf = jk_file_read(rel, &len);
		ck_assert_msg(buf != NULL, "cannot read %s", rel);
		free(rel);
		got = expect_of(buf, len, &glen);
		l = strlen(names[i]);
		rel = jk_xasprintf("%s/%.*s.tree", dir, (int)(l - 4), names[i]);
		if (!golden_compare(rel, got, glen))
			bad++;
		free(rel);
		free(got);
		free(buf);
		free(names[i]);
	}
	free(path);
	ck_assert_msg(bad == 0, "%d of %d cases in %s differ", bad, n, dir);
	return n;
}

#define PASS_TEST(name)							\
	START_TEST(test_##name##_cases)					\
	{								\
		ck_assert_int_ge(run_dir("data/structure/" #name), 1);	\
	}								\
	END_TEST

PASS_TEST(units)
PASS_TEST(headings)
PASS_TEST(figures)
PASS_TEST(tables)
PASS_TEST(order)
PASS_TEST(notes)
PASS_TEST(adverts)

static Suite *
passes_suite(void)
{
	Suite	*s = suite_create("passes");
	TCase	*tc;

#define ADD(name)							\
	tc = tcase_create(#name);					\
	tcase_add_test(tc, test_##name##_cases);			\
	suite_add_tcase(s, tc);
	ADD(units)
	ADD(headings)
	ADD(figures)
	ADD(tables)
	ADD(order)
	ADD(notes)
	ADD(adverts)
#undef ADD
	return s;
}

JK_CHECK_MAIN(passes_suite)
