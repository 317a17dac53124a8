/*
 * check_style.c -- style loading, errors with file:line, CSS, fonts.
 */
#include <sys/wait.h>
#include <unistd.h>

#include "check_main.h"
#include "style/style.h"

static char *
write_tmp(const char *text)
{
	char	 path[] = "/tmp/jkstyleXXXXXX";
	char	*p;
	int	 fd = mkstemp(path);

	ck_assert_int_ge(fd, 0);
	close(fd);
	p = jk_xasprintf("%s.style", path);
	unlink(path);
	ck_assert_int_eq(jk_file_write_atomic(p, text, strlen(text)), 0);
	return p;
}

START_TEST(test_style_default_file_matches_builtin)
{
	struct jk_diag	 d;
	struct jk_style	*s, *b = jk_style_default();

	jk_diag_init(&d, "t", NULL);
	s = jk_style_load("default", &d);
	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s->body.family, b->body.family);
	ck_assert(s->body.size == b->body.size);
	ck_assert(s->title.bold == 1);
	ck_assert_int_eq(s->columns, 2);
	ck_assert(s->page_w_mm == 210 && s->page_h_mm == 280);
	ck_assert_str_eq(s->accent.hex, b->accent.hex);
	ck_assert_int_eq(d.worst, JK_DEBUG);
	jk_style_free(s);
	jk_style_free(b);
	jk_diag_free(&d);
}
END_TEST

START_TEST(test_style_partial_file_overrides)
{
	struct jk_diag	 d;
	char		*p = write_tmp("[fonts]\nbody = NanumGothic 11/19\n"
	    "[page]\ncolumns = 3\nwidth-mm = 230\n[colours]\ntext = #102030\n");
	struct jk_style	*s;

	jk_diag_init(&d, "t", NULL);
	s = jk_style_load(p, &d);
	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s->body.family, "NanumGothic");
	ck_assert(s->body.leading == 19);
	ck_assert_int_eq(s->columns, 3);
	ck_assert_str_eq(s->text.hex, "#102030");
	ck_assert(s->text.g > 0.12 && s->text.g < 0.13);
	ck_assert_str_eq(s->title.family, "NanumSquare");	/* default */
	jk_style_free(s);
	unlink(p);
	free(p);
	jk_diag_free(&d);
}
END_TEST

START_TEST(test_style_errors_name_file_and_line)
{
	struct jk_diag	 d;
	char		*p = write_tmp("[style]\nname = bad\n\n[page]\n"
	    "columns = 2\ngutter-mm = lots\n");
	char		*want;

	jk_diag_init(&d, "t", NULL);
	d.keep = 1;
	ck_assert_ptr_null(jk_style_load(p, &d));
	ck_assert_int_eq(d.worst, JK_ERROR);
	want = jk_xasprintf("%s:6: error:", p);
	ck_assert_msg(strncmp(d.log.data, want, strlen(want)) == 0, "%s",
	    d.log.data);
	free(want);
	unlink(p);
	free(p);
	jk_diag_free(&d);
	jk_diag_init(&d, "t", NULL);
	ck_assert_ptr_null(jk_style_load("no-such-style", &d));
	ck_assert_int_eq(d.worst, JK_ERROR);
	jk_diag_free(&d);
}
END_TEST

/* Values that slipped past the checks: NaN compares false with every
 * bound, and "#-00001" or "" passed to strtoul. */
START_TEST(test_style_rejects_nan_and_malformed_colours)
{
	static const char *const bad[] = {
		"[page]\nwidth-mm = nan\n",
		"[page]\nmargin-top-mm = NAN\n",
		"[fonts]\nbody = NanumGothic nan\n",
		"[fonts]\nbody = NanumGothic 10/nan\n",
		"[colours]\ntext = #-00001\n",
		"[colours]\ntext = # 1234f\n",
		"[colours]\ntext =\n",
		/* CSS written from these would end early. */
		"[fonts]\nbody = Nanum\"; } body { x: y 10\n",
		"[fonts]\nfallback = serif; } p { color: red\n",
	};
	struct jk_diag	 d;
	char		*p;
	size_t		 i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		p = write_tmp(bad[i]);
		jk_diag_init(&d, "t", NULL);
		ck_assert_msg(jk_style_load(p, &d) == NULL, "accepted: %s",
		    bad[i]);
		ck_assert_int_eq(d.worst, JK_ERROR);
		jk_diag_free(&d);
		unlink(p);
		free(p);
	}
}
END_TEST

START_TEST(test_style_css_follows_style)
{
	struct jk_style	*s = jk_style_default();
	char		*css;

	css = jk_style_css(s);
	ck_assert_ptr_nonnull(strstr(css, "word-break: keep-all"));
	ck_assert_ptr_nonnull(strstr(css, "line-break: strict"));
	ck_assert_ptr_nonnull(strstr(css, "text-align: justify"));
	ck_assert_ptr_nonnull(strstr(css, "\"NanumMyeongjo\""));
	ck_assert_ptr_nonnull(strstr(css, s->accent.hex));
	free(css);
	s->keep_all = 0;
	s->justify = 0;
	css = jk_style_css(s);
	ck_assert_ptr_nonnull(strstr(css, "word-break: normal"));
	ck_assert_ptr_null(strstr(css, "text-align: justify"));
	free(css);
	jk_style_free(s);
}
END_TEST

START_TEST(test_style_fonts_come_from_project_setup)
{
	struct jk_diag	 d;
	char		*f;
	int		 idx;

	jk_diag_init(&d, "t", NULL);
	ck_assert_int_eq(jk_fonts_setup(&d), 0);
	f = jk_font_file("NanumMyeongjo", 0, &idx);
	ck_assert_ptr_nonnull(f);
	ck_assert_ptr_nonnull(strstr(f, "NanumMyeongjo.ttf"));
	free(f);
	f = jk_font_file("NanumSquare", 1, &idx);
	ck_assert_ptr_nonnull(strstr(f, "NanumSquareB.ttf"));
	free(f);
	/* DejaVu is on the machine but not in the project's set-up. */
	f = jk_font_file("DejaVu Sans", 0, &idx);
	ck_assert_ptr_null(strstr(f, "DejaVu"));
	free(f);
	jk_diag_free(&d);
}
END_TEST

/* In a child (the set-up runs once a process): no fonts.conf anywhere
 * we look.  Exit 0 when it is a warning, 1 when not, 2 when a copy was
 * found after all (an installed one). */
static void
setup_without_fonts_conf(void)
{
	char		 dir[] = "/tmp/jkfontsXXXXXX";
	struct jk_diag	 d;
	int		 rc;

	if (mkdtemp(dir) == NULL || chdir(dir) == -1 ||
	    setenv("JIKJI_FONTS_DIR", dir, 1) == -1)
		_exit(3);
	jk_diag_init(&d, "t", NULL);
	rc = jk_fonts_setup(&d);
	rmdir(dir);
	if (rc == 0)
		_exit(2);
	_exit(d.worst == JK_WARN && d.count[JK_ERROR] == 0 ? 0 : 1);
}

START_TEST(test_style_missing_fonts_conf_is_a_warning)
{
	pid_t	 pid;
	int	 st;

	/* The system's fonts are used and the books are written: the
	 * message must not make the run fail (exit 1 with output). */
	fflush(NULL);
	if ((pid = fork()) == 0)
		setup_without_fonts_conf();
	ck_assert_int_ne(pid, -1);
	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	ck_assert(WIFEXITED(st));
	if (WEXITSTATUS(st) == 2)
		return;		/* an installed copy was found */
	ck_assert_int_eq(WEXITSTATUS(st), 0);
}
END_TEST

static Suite *
style_suite(void)
{
	Suite	*s = suite_create("style");
	TCase	*tc = tcase_create("style");

	tcase_add_test(tc, test_style_default_file_matches_builtin);
	tcase_add_test(tc, test_style_partial_file_overrides);
	tcase_add_test(tc, test_style_errors_name_file_and_line);
	tcase_add_test(tc, test_style_rejects_nan_and_malformed_colours);
	tcase_add_test(tc, test_style_missing_fonts_conf_is_a_warning);
	tcase_add_test(tc, test_style_css_follows_style);
	tcase_add_test(tc, test_style_fonts_come_from_project_setup);
	suite_add_tcase(s, tc);
	return s;
}

JK_CHECK_MAIN(style_suite)
