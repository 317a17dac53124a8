/*
 * check_ngram.c -- the character n-gram model of an issue's text
 * (src/structure/ngram.c) that scores the characters across a join.
 *
 * Input/expected pairs under tests/data/ngram/: CASE.txt is the text the
 * model learns, one line a line, then a line "--- joins" and the joins to
 * score, END|START (a space before the bar: the end's line ends in a
 * space); CASE.scores the score of each (`make regen` rewrites them;
 * review the diff).  Each case puts a right join before a wrong one of
 * the same end, and the right one must score higher.
 */
#include <glib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "structure/ngram.h"

#define JOINS	"--- joins"

static struct ngram *
model_of(const char *const *lines)
{
	struct ngram	*m = ng_new();

	for (; *lines != NULL; lines++)
		ng_add_line(m, *lines, strlen(*lines));
	return m;
}

/* The scores of CASE.txt's joins, one line each; *wrong: the right
 * joins (odd rows) that do not score above the wrong one after them. */
static char *
scores_of(char *buf, int *wrong)
{
	GString		*out = g_string_new(NULL);
	struct ngram	*m = ng_new();
	char		*line, *next, *bar;
	int		 joins = 0, row = 0;
	double		 v, right = 0;

	*wrong = 0;
	for (line = buf; line != NULL && *line != '\0'; line = next) {
		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		if (strcmp(line, JOINS) == 0) {
			joins = 1;
			continue;
		}
		if (!joins) {
			ng_add_line(m, line, strlen(line));
			continue;
		}
		if ((bar = strchr(line, '|')) == NULL)
			continue;
		*bar = '\0';
		v = ng_join(m, line, bar + 1);
		g_string_append_printf(out, "%s|%s\t%+.2f\n", line, bar + 1, v);
		if (row++ % 2 == 0)
			right = v;
		else if (!(right > v))
			(*wrong)++;
	}
	ng_free(m);
	return g_string_free(out, FALSE);
}

START_TEST(test_ngram_cases)
{
	char		*names[64], *rel, *buf, *got;
	size_t		 len, l;
	int		 n = tests_cases("data/ngram", ".txt", names, 64), i;
	int		 bad = 0, wrong;

	ck_assert_int_ge(n, 1);
	for (i = 0; i < n; i++) {
		rel = jk_xasprintf("%s/data/ngram/%s", tests_dir(), names[i]);
		buf = jk_file_read(rel, &len);
		ck_assert_msg(buf != NULL, "cannot read %s", rel);
		free(rel);
		got = scores_of(buf, &wrong);
		ck_assert_msg(wrong == 0, "%s: %d wrong joins score as high "
		    "as the right ones", names[i], wrong);
		l = strlen(names[i]);
		rel = jk_xasprintf("data/ngram/%.*s.scores", (int)(l - 4),
		    names[i]);
		if (!golden_compare(rel, got, strlen(got)))
			bad++;
		free(rel);
		free(got);
		free(buf);
		free(names[i]);
	}
	ck_assert_msg(bad == 0, "%d of %d cases differ", bad, n);
}
END_TEST

/* Lines are learnt apart: a join of a line's end and another's start
 * that no line holds across says nothing, either way. */
START_TEST(test_ngram_lines_apart)
{
	const char	*lines[] = { "가나", "다라", NULL };
	struct ngram	*m = model_of(lines);

	ck_assert_double_eq_tol(ng_join(m, "가나", "다라"), 0, 1e-9);
	ng_free(m);
}
END_TEST

/* The same characters after an end that the text goes on from, and
 * after one it never goes on from. */
START_TEST(test_ngram_context_counts)
{
	const char	*lines[] = { "사과를 먹는다. 배를 먹는다.",
	    "사과를 깎는다. 사과를 먹는다.", NULL };
	struct ngram	*m = model_of(lines);

	ck_assert_double_gt(ng_join(m, "사과를 ", "먹는다"), 0);
	ck_assert_double_gt(ng_join(m, "사과를 ", "먹는다"),
	    ng_join(m, "사과", "먹는다"));
	ng_free(m);
}
END_TEST

/* An empty model, an empty side and characters never seen: no score,
 * and nothing that is not a number. */
START_TEST(test_ngram_nothing_to_go_on)
{
	const char	*lines[] = { "가나다", NULL };
	struct ngram	*m = ng_new(), *k;

	ck_assert_double_eq(ng_join(m, "가나", "다라"), 0);
	ng_free(m);
	k = model_of(lines);
	ck_assert_double_eq(ng_join(k, "", "다라"), 0);
	ck_assert_double_eq(ng_join(k, "가나", "   "), 0);
	ck_assert(isfinite(ng_join(k, "漢字", "€ 𝄞")));
	ng_free(k);
	ng_free(NULL);
}
END_TEST

/* Many lines and every syllable: the tables grow and keep each count. */
START_TEST(test_ngram_grows)
{
	struct ngram	*m = ng_new();
	char		 line[64];
	double		 before;
	int		 i, n;

	for (i = 0; i < 20000; i++) {
		n = snprintf(line, sizeof(line), "가나 %d", i);
		ng_add_line(m, line, (size_t)n);
	}
	before = ng_join(m, "가", "나 0");
	for (i = 0; i < 11172; i++) {
		n = g_unichar_to_utf8(0xac00 + (gunichar)i, line);
		ng_add_line(m, line, (size_t)n);
	}
	ck_assert_double_gt(before, 0);
	ck_assert_double_gt(ng_join(m, "가", "나 0"), 0);
	ng_free(m);
}
END_TEST

static Suite *
ngram_suite(void)
{
	Suite	*s = suite_create("ngram");
	TCase	*tc = tcase_create("ngram");

	tcase_add_test(tc, test_ngram_cases);
	tcase_add_test(tc, test_ngram_lines_apart);
	tcase_add_test(tc, test_ngram_context_counts);
	tcase_add_test(tc, test_ngram_nothing_to_go_on);
	tcase_add_test(tc, test_ngram_grows);
	suite_add_tcase(s, tc);
	return s;
}

JK_CHECK_MAIN(ngram_suite)
