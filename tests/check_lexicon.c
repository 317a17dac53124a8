/*
 * check_lexicon.c -- the language's word list (src/util/lexicon.c):
 * words with particles and endings are known, glued or cut words are
 * not, answers are cached, and without a dictionary every answer is
 * "unknown".
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utime.h>

#include <glib.h>

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
	/* in one process (CK_FORK=no), the next test starts as check_main
	 * left it: no disk cache */
	setenv("JIKJI_LEXICON_CACHE", "", 1);
	unsetenv("XDG_CACHE_HOME");
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

/* === the disk cache ==================================================== */

static const char *const words[] = {
	"학위를", "박사", "만듭니다", "디스크만큼", "경영학박사",
	"할표현합니다", "이미지의아이콘", "만듭", NULL
};
static const enum jk_lex answers[] = {
	JK_LEX_YES, JK_LEX_YES, JK_LEX_YES, JK_LEX_YES, JK_LEX_NO,
	JK_LEX_NO, JK_LEX_NO, JK_LEX_NO
};
#define NWORDS	(sizeof(answers) / sizeof(answers[0]))

/* Set up afresh and ask every word: each answer must be the
 * dictionary's; returns how many reached the dictionary. */
static unsigned long
ask_all(void)
{
	unsigned long	 looked;
	size_t		 i;

	jk_lex_reset();
	for (i = 0; words[i] != NULL; i++)
		ck_assert_int_eq(jk_lex_word(words[i], strlen(words[i])),
		    answers[i]);
	jk_lex_stats(NULL, &looked);
	return looked;
}

/* The one cache file in dir, or NULL (caller frees). */
static char *
cache_file(const char *dir)
{
	GDir		*d = g_dir_open(dir, 0, NULL);
	const char	*name;
	char		*found = NULL;
	int		 n = 0;

	while (d != NULL && (name = g_dir_read_name(d)) != NULL)
		if (strncmp(name, "lexicon-", 8) == 0 && n++ == 0)
			found = g_build_filename(dir, name, NULL);
	if (d != NULL)
		g_dir_close(d);
	ck_assert_int_le(n, 1);
	return found;
}

/* Forget the answers in memory and on disk (the file f, freed). */
static void
forget(char *f)
{
	jk_lex_reset();
	unlink(f);
	g_free(f);
}

/* Cold, the dictionary answers and the answers are saved; warm, every
 * answer comes from disk, the same, and the dictionary is not loaded;
 * off, the dictionary answers again. */
START_TEST(test_lexicon_cache_cold_warm_off_agree)
{
	char	*dir = g_dir_make_tmp("jikji-lex-XXXXXX", NULL), *f;

	setenv("JIKJI_LEXICON_CACHE", dir, 1);
	ck_assert_uint_eq(ask_all(), NWORDS);
	ck_assert_ptr_null(cache_file(dir));	/* saved by drop, not before */
	jk_lex_drop();
	ck_assert_ptr_nonnull(f = cache_file(dir));
	ck_assert_uint_eq(ask_all(), 0);	/* warm: no load */
	ck_assert_int_eq(jk_lex_loaded(), 0);
	jk_lex_reset();
	jk_lex_preload();			/* nor on the thread */
	ck_assert_int_eq(W("학위를"), JK_LEX_YES);
	jk_lex_save();				/* nothing new: no write */
	ck_assert_int_eq(jk_lex_loaded(), 0);
	jk_lex_reset();
	ck_assert_int_eq(jk_lex_load(), 1);	/* asked to, it loads */
	ck_assert_int_eq(jk_lex_loaded(), 1);
	ck_assert_uint_eq(ask_all(), 0);
	/* a word the file does not hold loads the dictionary */
	ck_assert_int_eq(W("소재개발팀을"), JK_LEX_NO);
	ck_assert_int_eq(jk_lex_loaded(), 1);
	setenv("JIKJI_LEXICON_CACHE", "", 1);
	ck_assert_uint_eq(ask_all(), NWORDS);
	forget(f);
	rmdir(dir);
	g_free(dir);
}
END_TEST

/* Rewrite the cache file with every answer turned over, then spoil it as
 * said; a spoiled file must be ignored whole (the true answers come
 * back, from the dictionary). */
static void
spoil(const char *f, int how)
{
	char	*text, *p;
	size_t	 len;

	ck_assert_ptr_nonnull(text = jk_file_read(f, &len));
	for (p = strchr(text, '\n'); p != NULL && p[1] != 'e';
	    p = strchr(p + 1, '\n'))
		p[1] = p[1] == 'Y' ? 'N' : 'Y';
	if (how == 0)		/* cut short: no end line */
		len = (size_t)(strstr(text, "\nend ") + 1 - text);
	else if (how == 1)	/* another dictionary's */
		text[strlen("jikji-lexicon 1 ")] ^= 1;
	else if (how == 2)	/* a line of another form */
		*strchr(text, '\t') = ' ';
	else			/* no text at all */
		memset(text, 0xff, len);
	ck_assert_int_eq(jk_file_write_atomic(f, text, len), 0);
	free(text);
}

START_TEST(test_lexicon_cache_spoiled_is_ignored)
{
	char	*dir = g_dir_make_tmp("jikji-lex-XXXXXX", NULL), *f;
	int	 how;

	setenv("JIKJI_LEXICON_CACHE", dir, 1);
	for (how = 0; how < 4; how++) {
		ask_all();
		jk_lex_drop();
		ck_assert_ptr_nonnull(f = cache_file(dir));
		spoil(f, how);
		ck_assert_uint_eq(ask_all(), NWORDS);
		jk_lex_drop();		/* and written good again */
		ck_assert_uint_eq(ask_all(), 0);
		forget(f);
	}
	rmdir(dir);
	g_free(dir);
}
END_TEST

/* A cache folder that cannot be made: the answers are right, nothing is
 * kept, and nothing fails. */
START_TEST(test_lexicon_cache_unwritable_is_no_error)
{
	char	*dir = g_dir_make_tmp("jikji-lex-XXXXXX", NULL);
	char	*file = g_build_filename(dir, "a-file", NULL);
	char	*under = g_build_filename(file, "cache", NULL);

	ck_assert_int_eq(jk_file_write_atomic(file, "x", 1), 0);
	setenv("JIKJI_LEXICON_CACHE", under, 1);
	ck_assert_uint_eq(ask_all(), NWORDS);
	jk_lex_drop();
	ck_assert_uint_eq(ask_all(), NWORDS);
	jk_lex_reset();
	unlink(file);
	rmdir(dir);
	g_free(under);
	g_free(file);
	g_free(dir);
}
END_TEST

/* Where the cache goes by default, and a dictionary changed (its mtime)
 * is asked again, not answered from its old file. */
START_TEST(test_lexicon_cache_place_and_key)
{
	char	*dir = g_dir_make_tmp("jikji-lex-XXXXXX", NULL);
	char	*sub = g_build_filename(dir, "jikji", NULL), *f, *g, *ko;
	char	*text;
	size_t	 len;
	struct utimbuf old = { 1000000000, 1000000000 };

	unsetenv("JIKJI_LEXICON_CACHE");
	setenv("XDG_CACHE_HOME", dir, 1);
	ask_all();
	jk_lex_drop();
	ck_assert_ptr_nonnull(f = cache_file(sub));
	/* a copy of the dictionary: a file of its own */
	ko = g_build_filename(dir, "ko", NULL);
	setenv("JIKJI_LEXICON", ko, 1);
	g = jk_xasprintf("%s.aff", ko);
	ck_assert_int_eq(symlink("/usr/share/hunspell/ko.aff", g), 0);
	free(g);
	g = jk_xasprintf("%s.dic", ko);
	ck_assert_ptr_nonnull(text = jk_file_read("/usr/share/hunspell/ko.dic",
	    &len));
	ck_assert_int_eq(jk_file_write_atomic(g, text, len), 0);
	free(text);
	setenv("JIKJI_LEXICON_CACHE", dir, 1);
	ck_assert_uint_eq(ask_all(), NWORDS);
	jk_lex_drop();
	ck_assert_uint_eq(ask_all(), 0);
	/* changed: its old answers are not taken */
	ck_assert_int_eq(utime(g, &old), 0);
	ck_assert_uint_eq(ask_all(), NWORDS);
	jk_lex_reset();
	unsetenv("XDG_CACHE_HOME");
	unlink(f);
	rmdir(sub);
	g_free(f);
	ck_assert_ptr_nonnull(f = cache_file(dir));
	unlink(f);
	unlink(g);
	free(g);
	g = jk_xasprintf("%s.aff", ko);
	unlink(g);
	rmdir(dir);
	g_free(f);
	free(g);
	g_free(ko);
	g_free(sub);
	g_free(dir);
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
	tcase_add_test(tc, test_lexicon_cache_cold_warm_off_agree);
	tcase_add_test(tc, test_lexicon_cache_spoiled_is_ignored);
	tcase_add_test(tc, test_lexicon_cache_unwritable_is_no_error);
	tcase_add_test(tc, test_lexicon_cache_place_and_key);
	suite_add_tcase(s, tc);
	return s;
}

JK_CHECK_MAIN(lexicon_suite)
