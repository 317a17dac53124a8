/*
 * check_fuzz.c -- replay every file in tests/fuzz/corpus/ through the
 * fuzz entry point (tests/fuzz/fuzz_convert.c), one test per file, so
 * the seeds and every crash reproducer kept there run on each
 * `make unit`.  A breach aborts, which Check reports as a failure.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "fuzz/fuzz_convert.c"

#define CORPUS_MAX	4096

static char	*corpus[CORPUS_MAX];
static int	 ncorpus;

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
corpus_load(void)
{
	char		*dir = tests_path("fuzz/corpus");
	DIR		*d = opendir(dir);
	struct dirent	*e;

	while (d != NULL && (e = readdir(d)) != NULL && ncorpus < CORPUS_MAX)
		if (e->d_name[0] != '.')
			corpus[ncorpus++] = jk_xasprintf("%s/%s", dir,
			    e->d_name);
	if (d != NULL)
		closedir(d);
	qsort(corpus, (size_t)ncorpus, sizeof(corpus[0]), by_name);
	free(dir);
}

START_TEST(test_corpus_present)
{
	ck_assert_int_gt(ncorpus, 10);
}
END_TEST

START_TEST(test_replay)
{
	char	*buf;
	size_t	 len;

	buf = jk_file_read(corpus[_i], &len);
	ck_assert_msg(buf != NULL, "cannot read %s", corpus[_i]);
	fprintf(stderr, "replay %s (%zu bytes)\n", corpus[_i], len);
	ck_assert_int_eq(LLVMFuzzerTestOneInput((const uint8_t *)buf, len),
	    0);
	free(buf);
}
END_TEST

Suite *
fuzz_suite(void)
{
	Suite	*s = suite_create("fuzz");
	TCase	*tc = tcase_create("corpus");

	corpus_load();
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_corpus_present);
	tcase_add_loop_test(tc, test_replay, 0, ncorpus);
	suite_add_tcase(s, tc);
	return s;
}

JK_CHECK_MAIN(fuzz_suite)
