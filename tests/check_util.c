/*
 * check_util.c -- arena, buffers, atomic files, the diagnostics catalogue
 * and UTF-8 helpers.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check_main.h"

START_TEST(test_util_arena_strings_survive_many_chunks)
{
	struct jk_arena	*a = jk_arena_new();
	char		*first = jk_arena_strdup(a, "첫째");
	char		*big;
	int		 i;

	for (i = 0; i < 10000; i++)
		ck_assert_ptr_nonnull(jk_arena_printf(a, "s%d", i));
	big = jk_arena_alloc(a, 200000);	/* larger than a chunk */
	ck_assert_int_eq(big[199999], 0);
	ck_assert_str_eq(first, "첫째");
	ck_assert_str_eq(jk_arena_strndup(a, "abcdef", 3), "abc");
	ck_assert_uint_ge(jk_arena_used(a), 200000);
	jk_arena_free(a);
}
END_TEST

START_TEST(test_util_buf_grows_and_detaches)
{
	struct jk_buf	 b;
	char		*s;
	int		 i;

	jk_buf_init(&b);
	for (i = 0; i < 1000; i++)
		jk_buf_printf(&b, "%d,", i % 10);
	ck_assert_uint_eq(b.len, 2000);
	jk_buf_reset(&b);
	jk_buf_puts(&b, "가");
	jk_buf_putc(&b, '!');
	s = jk_buf_detach(&b);
	ck_assert_str_eq(s, "가!");
	ck_assert_ptr_null(b.data);
	free(s);
}
END_TEST

START_TEST(test_util_atomic_write_leaves_nothing_on_failure)
{
	char	 dir[] = "/tmp/jkXXXXXX", *path, *tmp, *back;
	size_t	 len;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	path = jk_xasprintf("%s/out.txt", dir);
	ck_assert_int_eq(jk_file_write_atomic(path, "hello", 5), 0);
	back = jk_file_read(path, &len);
	ck_assert_uint_eq(len, 5);
	ck_assert_str_eq(back, "hello");
	free(back);
	tmp = jk_file_tmpname(path);
	ck_assert_int_eq(access(tmp, F_OK), -1);
	free(tmp);
	unlink(path);
	free(path);
	/* A directory that does not exist: -1 and no file. */
	path = jk_xasprintf("%s/no/such/out.txt", dir);
	ck_assert_int_eq(jk_file_write_atomic(path, "x", 1), -1);
	ck_assert_int_eq(access(path, F_OK), -1);
	free(path);
	ck_assert_ptr_null(jk_file_read("/nonexistent/jikji", &len));
	rmdir(dir);
}
END_TEST

START_TEST(test_util_atomic_write_keeps_read_only_file)
{
	char	 dir[] = "/tmp/jkXXXXXX", *path, *back;
	size_t	 len;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	path = jk_xasprintf("%s/out.txt", dir);
	ck_assert_int_eq(jk_file_write_atomic(path, "old", 3), 0);
	ck_assert_int_eq(chmod(path, 0444), 0);
	/* The rename would replace it even for a read-only file (and
	 * root passes access()): refused, contents kept. */
	errno = 0;
	ck_assert_int_eq(jk_file_write_atomic(path, "new", 3), -1);
	ck_assert_int_eq(errno, EACCES);
	back = jk_file_read(path, &len);
	ck_assert_str_eq(back, "old");
	free(back);
	ck_assert_int_eq(jk_file_replaceable(path), -1);
	unlink(path);
	ck_assert_int_eq(jk_file_replaceable(path), 0);
	/* A directory where the file should go. */
	ck_assert_int_eq(jk_file_write_atomic(dir, "x", 1), -1);
	ck_assert_int_eq(errno, EISDIR);
	free(path);
	rmdir(dir);
}
END_TEST

/* A pipe given as the output (-o /dev/null, -o FIFO) is written into,
 * never replaced by a file. */
START_TEST(test_util_atomic_write_into_a_pipe)
{
	char		*dir = jk_xstrdup("/tmp/jk-fifo-XXXXXX"), *path, buf[16];
	struct stat	 sb;
	pid_t		 pid;
	int		 fd, st;
	ssize_t		 n;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	path = jk_xasprintf("%s/out", dir);
	ck_assert_int_eq(mkfifo(path, 0600), 0);
	if ((pid = fork()) == 0) {
		/* the reader: exits 0 when it got the whole text */
		fd = open(path, O_RDONLY);
		n = read(fd, buf, sizeof(buf));
		_exit(n == 5 && memcmp(buf, "hello", 5) == 0 ? 0 : 1);
	}
	ck_assert_int_eq(jk_file_write_atomic(path, "hello", 5), 0);
	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	ck_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	ck_assert_int_eq(stat(path, &sb), 0);
	ck_assert(S_ISFIFO(sb.st_mode));
	unlink(path);
	rmdir(dir);
	free(path);
	free(dir);
}
END_TEST

/*
 * Run f in a child; return its exit status (-1 if it did not exit).
 * Check may run without fork (CK_FORK=no), so fork here.
 */
static int
exit_status(void (*f)(void))
{
	pid_t	 pid;
	int	 st;

	fflush(NULL);
	if ((pid = fork()) == 0) {
		f();
		_exit(0);
	}
	ck_assert_int_ne(pid, -1);
	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void
huge_arena_alloc(void)
{
	struct jk_arena	*a = jk_arena_new();

	jk_arena_alloc(a, SIZE_MAX - 3);
	jk_arena_free(a);
}

static void
huge_buf_add(void)
{
	struct jk_buf	 b;

	jk_buf_init(&b);
	jk_buf_add(&b, "x", 1);
	jk_buf_add(&b, "y", SIZE_MAX);
	jk_buf_free(&b);
}

START_TEST(test_util_huge_sizes_are_out_of_memory_not_wraps)
{
	/* Sizes that wrap when rounded up give a small block (and a later
	 * overrun); they must end as out of memory (exit 3). */
	ck_assert_int_eq(exit_status(huge_arena_alloc), 3);
	ck_assert_int_eq(exit_status(huge_buf_add), 3);
}
END_TEST

START_TEST(test_util_diag_counts_and_formats)
{
	struct jk_diag	 d;

	jk_diag_init(&d, "in.txt", NULL);
	d.keep = 1;
	d.min_level = JK_INFO;
	jk_msg(&d, JK_M_VERTICAL, 12, "%s", "NEWS I 현장스케치");
	jk_msg(&d, JK_M_JOIN, 13, "hidden");
	jk_msg(&d, JK_M_BADINPUT, 0, NULL);
	ck_assert_int_eq(d.worst, JK_ERROR);
	ck_assert_int_eq(d.count[JK_INFO], 1);
	ck_assert_int_eq(d.count[JK_DEBUG], 1);
	ck_assert_str_eq(d.log.data,
	    "in.txt:12: info: vertical running label taken out of the flow: "
	    "NEWS I 현장스케치 [vertical-label]\n"
	    "in.txt: error: input cannot be converted [bad-input]\n");
	jk_diag_free(&d);
}
END_TEST

START_TEST(test_util_catalogue_is_complete)
{
	int	 i, j;

	for (i = 0; i < JK_M__MAX; i++) {
		const struct jk_diag_entry *e = jk_diag_lookup(i);

		ck_assert_msg(strcmp(e->name, "unknown") != 0,
		    "message %d has no catalogue entry", i);
		ck_assert(e->level < JK_LEVEL__MAX);
		for (j = 0; j < i; j++)
			ck_assert_msg(strcmp(jk_diag_lookup(j)->name,
			    e->name) != 0, "name %s twice", e->name);
	}
}
END_TEST

START_TEST(test_util_utf8)
{
	int	 n;
	char	 out[4];

	ck_assert_uint_eq(jk_utf8_get("가", 3, &n), 0xac00);
	ck_assert_int_eq(n, 3);
	ck_assert_uint_eq(jk_utf8_get("\xe0\x80\x80", 3, &n), 0xfffd);
	ck_assert_int_eq(n, 1);
	ck_assert_uint_eq(jk_utf8_get("\xea\xb0", 2, &n), 0xfffd);
	ck_assert_int_eq(jk_utf8_put(out, 0x1f600), 4);
	ck_assert_uint_eq(jk_utf8_get(out, 4, &n), 0x1f600);
	ck_assert_uint_eq(jk_utf8_count("가나a"), 3);
	ck_assert(jk_is_hangul(0xd7a3));
	ck_assert(!jk_is_hangul('a'));
	ck_assert(jk_is_han(0x7121));	/* 無 */
	ck_assert(jk_text_width("가나ab") == 3.0);
}
END_TEST

static Suite *
util_suite(void)
{
	Suite	*s = suite_create("util");
	TCase	*tc = tcase_create("util");

	tcase_add_test(tc, test_util_arena_strings_survive_many_chunks);
	tcase_add_test(tc, test_util_buf_grows_and_detaches);
	tcase_add_test(tc, test_util_atomic_write_leaves_nothing_on_failure);
	tcase_add_test(tc, test_util_atomic_write_keeps_read_only_file);
	tcase_add_test(tc, test_util_atomic_write_into_a_pipe);
	tcase_add_test(tc, test_util_huge_sizes_are_out_of_memory_not_wraps);
	tcase_add_test(tc, test_util_diag_counts_and_formats);
	tcase_add_test(tc, test_util_catalogue_is_complete);
	tcase_add_test(tc, test_util_utf8);
	suite_add_tcase(s, tc);
	return s;
}

JK_CHECK_MAIN(util_suite)
