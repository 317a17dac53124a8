/*
 * check_lexicon.c -- the language's word list (src/util/lexicon.c):
 * words with particles and endings are known, glued or cut words are
 * not, answers are cached, and without a dictionary every answer is
 * "unknown".
 */
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "util/lexicon.h"

#define W(lit)	jk_lex_word((lit), sizeof(lit) - 1)

static void
setup(void)
{
	unsetenv("JIKJI_LEXICON");
	jk_lex_reset();
}

static void
teardown(void)
{
	unsetenv("JIKJI_LEXICON");
	jk_lex_reset();
}

START_TEST(test_lexicon_is_installed)
{
	/* tools/install-deps installs hunspell-ko */
	ck_assert_int_eq(jk_lex_load(), 1);
	ck_assert_ptr_nonnull(jk_lex_path());
}
END_TEST

START_TEST(test_lexicon_knows_words_with_particles_and_endings)
{
	ck_assert_int_eq(W("학위를"), JK_LEX_YES);
	ck_assert_int_eq(W("박사"), JK_LEX_YES);
	ck_assert_int_eq(W("만듭니다"), JK_LEX_YES);
	ck_assert_int_eq(W("이미지의"), JK_LEX_YES);
	ck_assert_int_eq(W("디스크만큼"), JK_LEX_YES);
}
END_TEST

START_TEST(test_lexicon_rejects_glued_and_cut_words)
{
	/* two words glued at a line end, and halves of a cut word */
	ck_assert_int_eq(W("경영학박사"), JK_LEX_NO);
	ck_assert_int_eq(W("할표현합니다"), JK_LEX_NO);
	ck_assert_int_eq(W("이미지의아이콘"), JK_LEX_NO);
	ck_assert_int_eq(W("만듭"), JK_LEX_NO);
}
END_TEST

START_TEST(test_lexicon_takes_the_bytes_given)
{
	const char *s = "학위를 취득했다";

	/* only the first word of a longer string */
	ck_assert_int_eq(jk_lex_word(s, strlen("학위를")), JK_LEX_YES);
	/* a space, nothing, or far too long: no word */
	ck_assert_int_eq(jk_lex_word(s, strlen(s)), JK_LEX_NO);
	ck_assert_int_eq(jk_lex_word(s, 0), JK_LEX_NO);
	ck_assert_int_eq(jk_lex_word(NULL, 3), JK_LEX_NO);
	{
		char	 big[200];
		size_t	 i;

		for (i = 0; i + 3 <= sizeof(big); i += 3)
			memcpy(big + i, "가", 3);
		ck_assert_int_eq(jk_lex_word(big, 198), JK_LEX_NO);
	}
	/* half a syllable is no word (and no crash) */
	ck_assert_int_eq(jk_lex_word("학위를", 4), JK_LEX_NO);
}
END_TEST

START_TEST(test_lexicon_caches_answers)
{
	unsigned long a0, l0, a1, l1, a2, l2;
	int	 i;

	jk_lex_stats(&a0, &l0);
	ck_assert_int_eq(W("품질경영본부"), W("품질경영본부"));
	jk_lex_stats(&a1, &l1);
	ck_assert_uint_eq(a1 - a0, 2);
	ck_assert_uint_eq(l1 - l0, 1);
	/* a hundred questions about one word reach the dictionary once */
	for (i = 0; i < 100; i++)
		W("소재개발팀을");
	jk_lex_stats(&a2, &l2);
	ck_assert_uint_eq(a2 - a1, 100);
	ck_assert_uint_eq(l2 - l1, 1);
}
END_TEST

/* Loading on a thread of its own: a question asked meanwhile waits for
 * it and gets the dictionary's answer; jk_lex_load joins the thread. */
START_TEST(test_lexicon_preload)
{
	unsigned long	 asked, looked;

	jk_lex_reset();
	jk_lex_preload();
	jk_lex_preload();	/* twice: one load */
	ck_assert_int_eq(jk_lex_word("학위를", strlen("학위를")), JK_LEX_YES);
	ck_assert_int_eq(jk_lex_word("경영학박사", strlen("경영학박사")),
	    JK_LEX_NO);
	ck_assert_int_eq(jk_lex_load(), 1);
	jk_lex_stats(&asked, &looked);
	ck_assert_uint_eq(asked, 2);
	ck_assert_uint_eq(looked, 2);
	jk_lex_reset();
}
END_TEST

/* Dropped (the converter is done), the word list still answers if asked
 * again: the same answers, from a new load. */
START_TEST(test_lexicon_drop_then_ask_again)
{
	unsigned long	 asked;

	jk_lex_drop();			/* nothing loaded: nothing to do */
	jk_lex_preload();
	jk_lex_drop();			/* joins the loading thread first */
	jk_lex_stats(&asked, NULL);
	ck_assert_uint_eq(asked, 0);
	ck_assert_int_eq(W("학위를"), JK_LEX_YES);
	ck_assert_int_eq(W("경영학박사"), JK_LEX_NO);
	jk_lex_drop();
	jk_lex_drop();
	ck_assert_int_eq(W("경영학박사"), JK_LEX_NO);
}
END_TEST

START_TEST(test_lexicon_without_dictionary_is_unknown)
{
	setenv("JIKJI_LEXICON", "/nonexistent/ko", 1);
	jk_lex_reset();
	ck_assert_int_eq(jk_lex_load(), 0);
	ck_assert_ptr_null(jk_lex_path());
	ck_assert_int_eq(W("학위를"), JK_LEX_UNKNOWN);
	ck_assert_int_eq(W("경영학박사"), JK_LEX_UNKNOWN);
	/* empty: the dictionary is turned off */
	setenv("JIKJI_LEXICON", "", 1);
	jk_lex_reset();
	ck_assert_int_eq(W("학위를"), JK_LEX_UNKNOWN);
	/* and back */
	unsetenv("JIKJI_LEXICON");
	jk_lex_reset();
	ck_assert_int_eq(W("학위를"), JK_LEX_YES);
}
END_TEST

static Suite *
lexicon_suite(void)
{
	Suite	*s = suite_create("lexicon");
	TCase	*tc = tcase_create("words");

	/* the Korean affix rules take a while to load (more under ASan) */
	tcase_set_timeout(tc, 60);
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_lexicon_is_installed);
	tcase_add_test(tc, test_lexicon_knows_words_with_particles_and_endings);
	tcase_add_test(tc, test_lexicon_rejects_glued_and_cut_words);
	tcase_add_test(tc, test_lexicon_takes_the_bytes_given);
	tcase_add_test(tc, test_lexicon_caches_answers);
	tcase_add_test(tc, test_lexicon_without_dictionary_is_unknown);
	tcase_add_test(tc, test_lexicon_preload);
	tcase_add_test(tc, test_lexicon_drop_then_ask_again);
	suite_add_tcase(s, tc);
	return s;
}

JK_CHECK_MAIN(lexicon_suite)
