/*
 * check_main.h -- each tests/check_<module>.c is one Check suite and one
 * program: define the suite, then JK_CHECK_MAIN(module_suite).
 * Helpers shared by suites: tests_path() (the tests directory), golden
 * comparison with JK_REGEN=1 rewriting the expectation.
 */
#ifndef JK_CHECK_MAIN_H
#define JK_CHECK_MAIN_H

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/lexicon.h"
#include "util/util.h"

/* Directory holding tests/ (JK_TESTS env var, else "tests"). */
static inline const char *
tests_dir(void)
{
	const char *d = getenv("JK_TESTS");
	return d != NULL ? d : "tests";
}

/* malloc'd "tests/<rel>". */
static inline char *
tests_path(const char *rel)
{
	return jk_xasprintf("%s/%s", tests_dir(), rel);
}

/*
 * Load the word list once, in the process that forks a child per test:
 * the children inherit it instead of reading the dictionary again (half
 * a second each).  For suites that convert and do not test the loading.
 */
static inline void
tests_preload_lexicon(void)
{
	(void)jk_lex_load();
}

/*
 * Compare got (len bytes) with the golden file tests/<rel>.  With
 * JK_REGEN=1 in the environment the golden file is rewritten instead.
 * Returns 1 when equal (or regenerated); on a difference writes the
 * actual output beside it as <rel>.actual and returns 0.
 */
static inline int
golden_compare(const char *rel, const char *got, size_t len)
{
	char	*path = tests_path(rel), *want, *act;
	size_t	 wlen;
	int	 ok;

	if (getenv("JK_REGEN") != NULL) {
		ok = jk_file_write_atomic(path, got, len) == 0;
		free(path);
		return ok;
	}
	want = jk_file_read(path, &wlen);
	ok = want != NULL && wlen == len && memcmp(want, got, len) == 0;
	if (!ok) {
		act = jk_xasprintf("%s.actual", path);
		jk_file_write_atomic(act, got, len);
		fprintf(stderr, "golden mismatch: %s (see %s)\n", path, act);
		free(act);
	}
	free(want);
	free(path);
	return ok;
}

static inline int
tests_cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The cases of a directory of input/expected pairs: the names of the
 * files of tests/<dir> ending in ext (".txt"), sorted, into names (at
 * most max, each malloc'd).  Returns their number.
 */
static inline int
tests_cases(const char *dir, const char *ext, char **names, int max)
{
	char		*path = tests_path(dir);
	DIR		*dp = opendir(path);
	struct dirent	*de;
	size_t		 l, le = strlen(ext);
	int		 n = 0;

	ck_assert_msg(dp != NULL, "no directory %s", path);
	while ((de = readdir(dp)) != NULL && n < max) {
		l = strlen(de->d_name);
		if (l > le && strcmp(de->d_name + l - le, ext) == 0)
			names[n++] = jk_xstrdup(de->d_name);
	}
	closedir(dp);
	free(path);
	qsort(names, (size_t)n, sizeof(names[0]), tests_cmp_str);
	return n;
}

#define JK_CHECK_MAIN(suitefn)						\
int									\
main(void)								\
{									\
	SRunner	*sr = srunner_create(suitefn());			\
	int	 nf;							\
									\
	/* no disk cache of the word list: tests ask the dictionary */	\
	setenv("JIKJI_LEXICON_CACHE", "", 1);				\
	srunner_run_all(sr, CK_NORMAL);					\
	nf = srunner_ntests_failed(sr);					\
	srunner_free(sr);						\
	return nf == 0 ? EXIT_SUCCESS : EXIT_FAILURE;			\
}

#endif
