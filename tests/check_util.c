/*
 * check_util.c -- arena, buffers, atomic files, the diagnostics catalogue
 * and UTF-8 helpers.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
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

/* How many temporary files of jikji's naming are in dir? */
static int
count_tmps(const char *dir)
{
	DIR		*d = opendir(dir);
	struct dirent	*de;
	int		 n = 0;

	ck_assert_ptr_nonnull(d);
	while ((de = readdir(d)) != NULL)
		if (strncmp(de->d_name, ".jikji-tmp-", 11) == 0)
			n++;
	closedir(d);
	return n;
}

/* Does path hold exactly want? */
static int
holds(const char *path, const char *want)
{
	size_t	 len;
	char	*s = jk_file_read(path, &len);
	int	 eq = s != NULL && strcmp(s, want) == 0;

	free(s);
	return eq;
}

START_TEST(test_util_atomic_write_leaves_nothing_on_failure)
{
	char	 dir[] = "/tmp/jkXXXXXX", *path, *back;
	size_t	 len;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	path = jk_xasprintf("%s/out.txt", dir);
	ck_assert_int_eq(jk_file_write_atomic(path, "hello", 5), 0);
	back = jk_file_read(path, &len);
	ck_assert_uint_eq(len, 5);
	ck_assert_str_eq(back, "hello");
	free(back);
	ck_assert_int_eq(count_tmps(dir), 0);
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

START_TEST(test_util_outset_replaces_a_pair_or_nothing)
{
	char			 dir[] = "/tmp/jkXXXXXX", *a, *b, *ro;
	struct jk_outset	*set;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	a = jk_xasprintf("%s/x.epub", dir);
	b = jk_xasprintf("%s/x.pdf", dir);
	ro = jk_xasprintf("%s/ro.pdf", dir);
	ck_assert_int_eq(jk_file_write_atomic(a, "old", 3), 0);
	ck_assert_int_eq(jk_file_write_atomic(b, "old", 3), 0);
	/* Written but not committed: both old, no temporary file. */
	set = jk_outset_new();
	ck_assert_int_eq(jk_outset_add(set, a, "new", 3), 0);
	ck_assert_int_eq(jk_outset_add(set, b, "new", 3), 0);
	ck_assert_int_eq(count_tmps(dir), 2);
	ck_assert(holds(a, "old"));
	jk_outset_free(set);
	ck_assert(holds(a, "old"));
	ck_assert(holds(b, "old"));
	ck_assert_int_eq(count_tmps(dir), 0);
	/* The second cannot be written: the first is not replaced either. */
	ck_assert_int_eq(jk_file_write_atomic(ro, "old", 3), 0);
	ck_assert_int_eq(chmod(ro, 0444), 0);
	set = jk_outset_new();
	ck_assert_int_eq(jk_outset_add(set, a, "new", 3), 0);
	ck_assert_int_eq(jk_outset_add(set, ro, "new", 3), -1);
	jk_outset_free(set);
	ck_assert(holds(a, "old"));
	ck_assert(holds(ro, "old"));
	ck_assert_int_eq(count_tmps(dir), 0);
	/* Through jk_file_write_atomic while the set is in use; commit. */
	set = jk_outset_new();
	ck_assert_ptr_null(jk_outset_use(set));
	ck_assert_int_eq(jk_file_write_atomic(a, "new", 3), 0);
	ck_assert_int_eq(jk_file_write_atomic(b, "new", 3), 0);
	ck_assert_ptr_eq(jk_outset_use(NULL), set);
	ck_assert(holds(b, "old"));
	ck_assert_int_eq(jk_outset_commit(set), 0);
	ck_assert_int_eq(jk_outset_committed(set), 2);
	jk_outset_free(set);
	ck_assert(holds(a, "new"));
	ck_assert(holds(b, "new"));
	ck_assert_int_eq(count_tmps(dir), 0);
	/* A folder that is not there fails before any work. */
	free(ro);
	ro = jk_xasprintf("%s/no/such.xml", dir);
	errno = 0;
	ck_assert_int_eq(jk_file_replaceable(ro), -1);
	ck_assert_int_eq(errno, ENOENT);
	unlink(a);
	unlink(b);
	chmod(dir, 0700);
	free(ro);
	ro = jk_xasprintf("%s/ro.pdf", dir);
	unlink(ro);
	rmdir(dir);
	free(a);
	free(b);
	free(ro);
}
END_TEST

START_TEST(test_util_tmp_file_never_follows_a_planted_link)
{
	char	 dir[] = "/tmp/jkXXXXXX", *victim, *link, *out;
	char	 host[64], name[512];
	struct stat sb;
	int	 i;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	victim = jk_xasprintf("%s/victim", dir);
	out = jk_xasprintf("%s/t.xml", dir);
	ck_assert_int_eq(jk_file_write_atomic(victim, "keep", 4), 0);
	/* Links at names of the old scheme and of the new prefix. */
	gethostname(host, sizeof(host));
	host[sizeof(host) - 1] = '\0';
	for (i = 0; i < 3; i++) {
		if (i == 0)
			snprintf(name, sizeof(name), "%s.tmp.%ld", out,
			    (long)getpid());
		else
			snprintf(name, sizeof(name), "%s/.jikji-tmp-%ld@%s-"
			    "%06d", dir, (long)getpid(), host, i);
		ck_assert_int_eq(symlink(victim, name), 0);
	}
	ck_assert_int_eq(jk_file_write_atomic(out, "data", 4), 0);
	ck_assert(holds(victim, "keep"));
	ck_assert(holds(out, "data"));
	ck_assert_int_eq(lstat(out, &sb), 0);
	ck_assert(S_ISREG(sb.st_mode));
	/* The planted links are not ours to remove (nor to follow). */
	ck_assert_int_eq(count_tmps(dir), 2);
	link = jk_xasprintf("%s.tmp.%ld", out, (long)getpid());
	ck_assert_int_eq(lstat(link, &sb), 0);
	ck_assert(S_ISLNK(sb.st_mode));
	free(link);
	/* An output that is a link the user made: the link stays, its
	 * target is replaced. */
	link = jk_xasprintf("%s/current.xml", dir);
	ck_assert_int_eq(symlink(out, link), 0);
	ck_assert_int_eq(jk_file_write_atomic(link, "v2", 2), 0);
	ck_assert_int_eq(lstat(link, &sb), 0);
	ck_assert(S_ISLNK(sb.st_mode));
	ck_assert(holds(out, "v2"));
	free(link);
	/* ... also when its target is not there yet. */
	link = jk_xasprintf("%s/next.xml", dir);
	ck_assert_int_eq(symlink("v3.xml", link), 0);
	ck_assert_int_eq(jk_file_write_atomic(link, "v3", 2), 0);
	ck_assert_int_eq(lstat(link, &sb), 0);
	ck_assert(S_ISLNK(sb.st_mode));
	ck_assert(holds(link, "v3"));
	free(link);
	free(victim);
	free(out);
	link = jk_xasprintf("rm -rf %s", dir);
	ck_assert_int_eq(system(link), 0);
	free(link);
}
END_TEST

static char	 sig_dir[64];
static int	 sig_which;

/* Child: start an output, then die by a signal mid-write. */
static void
die_mid_write(void)
{
	struct jk_outset	*set;
	char			*p;
	int			 fd;

	/* as in jikji: the default dispositions (Check has its own) */
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
	set = jk_outset_new();
	p = jk_xasprintf("%s/book.pdf", sig_dir);
	fd = jk_outset_open(set, p);

	if (fd == -1 || write(fd, "%PDF-", 5) != 5)
		_exit(9);
	raise(sig_which);
	_exit(8);		/* not reached */
}

START_TEST(test_util_tmp_files_go_on_signals_and_next_run)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGKILL };
	char	 dir[] = "/tmp/jkXXXXXX", *p;
	pid_t	 pid;
	int	 st, i;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(sig_dir, sizeof(sig_dir), "%s", dir);
	for (i = 0; i < 4; i++) {
		sig_which = sigs[i];
		fflush(NULL);
		if ((pid = fork()) == 0)
			die_mid_write();
		ck_assert_int_eq(waitpid(pid, &st, 0), pid);
		/* killed by that very signal, not an exit */
		ck_assert(WIFSIGNALED(st));
		ck_assert_int_eq(WTERMSIG(st), sigs[i]);
		/* SIGKILL cannot be caught: its file stays until the next
		 * run that writes in the folder */
		ck_assert_int_eq(count_tmps(dir), sigs[i] == SIGKILL);
	}
	p = jk_xasprintf("%s/other.xml", dir);
	ck_assert_int_eq(jk_file_write_atomic(p, "x", 1), 0);
	ck_assert_int_eq(count_tmps(dir), 0);
	ck_assert_int_eq(access(p, F_OK), 0);
	/* A supervisor removes what a worker it killed left. */
	fflush(NULL);
	if ((pid = fork()) == 0)
		die_mid_write();
	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	ck_assert_int_eq(count_tmps(dir), 1);
	ck_assert_int_eq(jk_file_tmp_remove(dir, (long)pid + 1), 0);
	ck_assert_int_eq(jk_file_tmp_remove(dir, (long)pid), 1);
	ck_assert_int_eq(count_tmps(dir), 0);
	/* The book of the killed runs never appeared. */
	unlink(p);
	ck_assert_int_eq(rmdir(dir), 0);
	free(p);
}
END_TEST

/* A run killed while its temporary folder (the PDF's subset fonts) is
 * there: the next run that makes one removes it, never a live one. */
START_TEST(test_util_tmp_folder_of_a_killed_run_goes_next_run)
{
	char		 dir[] = "/tmp/jkXXXXXX", *t, *f, *mine;
	const char	*old = getenv("TMPDIR");
	struct stat	 sb;
	pid_t		 pid;
	int		 st, fd;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	setenv("TMPDIR", dir, 1);
	fflush(NULL);
	if ((pid = fork()) == 0) {
		if ((t = jk_file_tmpdir_new()) == NULL)
			_exit(9);
		f = jk_xasprintf("%s/f0.otf", t);
		fd = open(f, O_WRONLY | O_CREAT | O_EXCL, 0600);
		if (fd == -1 || write(fd, "OTTO", 4) != 4)
			_exit(9);
		raise(SIGKILL);
		_exit(8);
	}
	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	ck_assert(WIFSIGNALED(st));
	ck_assert_int_eq(count_tmps(dir), 1);
	/* a live run's folder stays */
	mine = jk_file_tmpdir_new();
	ck_assert_ptr_nonnull(mine);
	ck_assert_int_eq(stat(mine, &sb), 0);
	ck_assert(S_ISDIR(sb.st_mode));
	ck_assert_int_eq(sb.st_mode & 0777, 0700);
	ck_assert_int_eq(count_tmps(dir), 1);
	ck_assert_int_eq(strncmp(mine, dir, strlen(dir)), 0);
	ck_assert_int_eq(rmdir(mine), 0);
	ck_assert_int_eq(rmdir(dir), 0);
	if (old != NULL)
		setenv("TMPDIR", old, 1);
	else
		unsetenv("TMPDIR");
	free(mine);
}
END_TEST

START_TEST(test_util_stale_names_are_only_our_own)
{
	char	 host[256], *n;
	long long now = 1700000000;

	gethostname(host, sizeof(host));
	host[sizeof(host) - 1] = '\0';
	ck_assert(!jk_file_is_stale_tmp("book.pdf", 0, now));
	ck_assert(!jk_file_is_stale_tmp(".jikji-tmp-x@h-abcdef", 0, now));
	/* another host's: only when a day old */
	ck_assert(!jk_file_is_stale_tmp(".jikji-tmp-1@elsewhere0-abcdef",
	    now - 60, now));
	ck_assert(jk_file_is_stale_tmp(".jikji-tmp-1@elsewhere0-abcdef",
	    now - 2 * 86400, now));
	/* this process is alive: never stale while young */
	n = jk_xasprintf(".jikji-tmp-%ld@%s-abcdef", (long)getpid(), host);
	if (strpbrk(host, "-@ ") == NULL)
		ck_assert(!jk_file_is_stale_tmp(n, now, now));
	free(n);
}
END_TEST

START_TEST(test_util_device_and_fifo_are_written_not_replaced)
{
	char	 dir[] = "/tmp/jkXXXXXX", *fifo, buf[8];
	struct stat sb;
	int	 rd;
	ssize_t	 n;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	fifo = jk_xasprintf("%s/fifo", dir);
	ck_assert_int_eq(mkfifo(fifo, 0600), 0);
	rd = open(fifo, O_RDONLY | O_NONBLOCK);
	ck_assert_int_ge(rd, 0);
	ck_assert_int_eq(jk_file_write_atomic(fifo, "abc", 3), 0);
	n = read(rd, buf, sizeof(buf));
	ck_assert_int_eq(n, 3);
	ck_assert_int_eq(memcmp(buf, "abc", 3), 0);
	close(rd);
	ck_assert_int_eq(lstat(fifo, &sb), 0);
	ck_assert(S_ISFIFO(sb.st_mode));
	ck_assert_int_eq(count_tmps(dir), 0);
	unlink(fifo);
	/* A character device (a null device of our own, so that a failure
	 * cannot break the system's) stays one; it needs root to make. */
	if (mknod(fifo, S_IFCHR | 0666, makedev(1, 3)) == 0) {
		ck_assert_int_eq(jk_file_write_atomic(fifo, "abc", 3), 0);
		ck_assert_int_eq(lstat(fifo, &sb), 0);
		ck_assert(S_ISCHR(sb.st_mode));
		ck_assert_int_eq(count_tmps(dir), 0);
		unlink(fifo);
	}
	free(fifo);
	rmdir(dir);
}
END_TEST

START_TEST(test_util_read_max_refuses_before_reading_whole)
{
	char	 dir[] = "/tmp/jkXXXXXX", *p, *s;
	size_t	 len = 7;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	p = jk_xasprintf("%s/in.txt", dir);
	ck_assert_int_eq(jk_file_write_atomic(p, "0123456789", 10), 0);
	errno = 0;
	ck_assert_ptr_null(jk_file_read_max(p, 9, &len));
	ck_assert_int_eq(errno, EFBIG);
	s = jk_file_read_max(p, 10, &len);
	ck_assert_ptr_nonnull(s);
	ck_assert_uint_eq(len, 10);
	ck_assert_str_eq(s, "0123456789");
	free(s);
	/* A device that never ends: refused after max + 1 bytes. */
	errno = 0;
	ck_assert_ptr_null(jk_file_read_max("/dev/zero", 100000, &len));
	ck_assert_int_eq(errno, EFBIG);
	ck_assert_int_eq(jk_file_parse_size("64M", &len), 0);
	ck_assert_uint_eq(len, 64 << 20);
	ck_assert_int_eq(jk_file_parse_size("10KiB", &len), 0);
	ck_assert_uint_eq(len, 10240);
	ck_assert_int_eq(jk_file_parse_size("5000", &len), 0);
	ck_assert_uint_eq(len, 5000);
	ck_assert_int_eq(jk_file_parse_size("0", &len), -1);
	ck_assert_int_eq(jk_file_parse_size("-1M", &len), -1);
	ck_assert_int_eq(jk_file_parse_size("12Q", &len), -1);
	ck_assert_int_eq(jk_file_parse_size("99999999999999G", &len), -1);
	errno = 0;
	ck_assert_ptr_null(jk_file_read_max(dir, 100, &len));
	ck_assert_int_eq(errno, EISDIR);
	unlink(p);
	free(p);
	rmdir(dir);
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
	tcase_add_test(tc, test_util_outset_replaces_a_pair_or_nothing);
	tcase_add_test(tc, test_util_tmp_file_never_follows_a_planted_link);
	tcase_add_test(tc, test_util_tmp_files_go_on_signals_and_next_run);
	tcase_add_test(tc, test_util_stale_names_are_only_our_own);
	tcase_add_test(tc, test_util_tmp_folder_of_a_killed_run_goes_next_run);
	tcase_add_test(tc, test_util_device_and_fifo_are_written_not_replaced);
	tcase_add_test(tc, test_util_read_max_refuses_before_reading_whole);
	tcase_add_test(tc, test_util_huge_sizes_are_out_of_memory_not_wraps);
	tcase_add_test(tc, test_util_diag_counts_and_formats);
	tcase_add_test(tc, test_util_catalogue_is_complete);
	tcase_add_test(tc, test_util_utf8);
	suite_add_tcase(s, tc);
	return s;
}

JK_CHECK_MAIN(util_suite)
