/*
 * check_batch.c -- the batch module: inputs from folders, the content
 * hash and build state, and a run of real worker processes with
 * callbacks that write a file per issue, one of which kills its worker.
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "check_main.h"
#include "batch/batch.h"

static char	*tmp;

static void
setup(void)
{
	tmp = g_dir_make_tmp("jikji-batch-XXXXXX", NULL);
	ck_assert_ptr_nonnull(tmp);
}

static void
rmtree(const char *path)
{
	GDir		*d;
	const char	*name;
	char		*p;

	if ((d = g_dir_open(path, 0, NULL)) != NULL) {
		while ((name = g_dir_read_name(d)) != NULL) {
			p = g_build_filename(path, name, NULL);
			rmtree(p);
			g_free(p);
		}
		g_dir_close(d);
		rmdir(path);
	} else
		unlink(path);
}

static void
teardown(void)
{
	rmtree(tmp);
	g_free(tmp);
}

static char *
put(const char *rel, const char *text)
{
	char	*p = g_build_filename(tmp, rel, NULL);
	char	*dir = g_path_get_dirname(p);

	g_mkdir_with_parents(dir, 0777);
	g_free(dir);
	ck_assert_int_eq(jk_file_write_atomic(p, text, strlen(text)), 0);
	return p;
}

START_TEST(test_batch_folder_inputs_sorted_recursive)
{
	char	**in = NULL, *args[2], *dir, *f;
	int	 n = 0;

	g_free(put("arch/2020/b.txt", "b"));
	g_free(put("arch/2019/c.xml", "c"));
	g_free(put("arch/a.txt", "a"));
	g_free(put("arch/notes.md", "not an input"));
	g_free(put("arch/.hidden.txt", "hidden"));
	f = put("single.txt", "s");
	dir = g_build_filename(tmp, "arch", NULL);
	args[0] = f;
	args[1] = dir;
	ck_assert_int_eq(jk_batch_inputs(args, 2, "out", &in, &n), 0);
	ck_assert_int_eq(n, 4);
	ck_assert_str_eq(in[0], f);
	ck_assert(g_str_has_suffix(in[1], "arch/2019/c.xml"));
	ck_assert(g_str_has_suffix(in[2], "arch/2020/b.txt"));
	ck_assert(g_str_has_suffix(in[3], "arch/a.txt"));
	ck_assert_ptr_null(in[4]);
	g_strfreev(in);
	g_free(dir);
	g_free(f);
}
END_TEST

START_TEST(test_batch_same_stem_refused)
{
	char	**in = NULL, *args[1];
	int	 n = 0;

	g_free(put("arch/2019/issue.txt", "a"));
	g_free(put("arch/2020/issue.txt", "b"));
	args[0] = g_build_filename(tmp, "arch", NULL);
	ck_assert_int_eq(jk_batch_inputs(args, 1, "out", &in, &n), 2);
	ck_assert_ptr_null(in);
	g_free(args[0]);
}
END_TEST

START_TEST(test_batch_empty_folder_refused)
{
	char	**in = NULL, *args[1];
	int	 n = 0;

	args[0] = g_build_filename(tmp, "empty", NULL);
	g_mkdir_with_parents(args[0], 0777);
	ck_assert_int_eq(jk_batch_inputs(args, 1, "out", &in, &n), 1);
	g_free(args[0]);
}
END_TEST

START_TEST(test_batch_hash_depends_on_every_part)
{
	char	*h = jk_build_hash("style A", "in.txt", "text", 4);
	char	*same = jk_build_hash("style A", "in.txt", "text", 4);
	char	*other[4];
	int	 i;

	other[0] = jk_build_hash("style B", "in.txt", "text", 4);
	other[1] = jk_build_hash("style A", "in2.txt", "text", 4);
	other[2] = jk_build_hash("style A", "in.txt", "texT", 4);
	/* The same bytes split differently between the parts. */
	other[3] = jk_build_hash("style Ain.txt", "", "text", 4);
	ck_assert_int_eq(strlen(h), 64);
	ck_assert_str_eq(h, same);
	for (i = 0; i < 4; i++) {
		ck_assert_str_ne(h, other[i]);
		free(other[i]);
	}
	free(h);
	free(same);
}
END_TEST

START_TEST(test_batch_state_round_trip)
{
	struct jk_build_state	 st, got;

	memset(&st, 0, sizeof(st));
	st.hash = "0123abcd";
	st.input = "a b/ç.txt";
	st.status = JK_ST_CONVERTED;
	st.title = "제목 <1>";
	st.warnings = 7;
	st.errors = 0;
	st.checks = 12;
	ck_assert_int_eq(jk_build_state_read(tmp, "x", &got), -1);
	ck_assert_int_eq(jk_build_state_write(tmp, "x", &st), 0);
	ck_assert_int_eq(jk_build_state_read(tmp, "x", &got), 0);
	ck_assert_str_eq(got.hash, "0123abcd");
	ck_assert_str_eq(got.input, "a b/ç.txt");
	ck_assert_int_eq(got.status, JK_ST_CONVERTED);
	ck_assert_int_eq(got.warnings, 7);
	ck_assert_int_eq(got.checks, 12);
	ck_assert_str_eq(got.title, "제목 <1>");
	jk_build_state_free(&got);
}
END_TEST

/* === a run with real workers ========================================== */

static int	 loads_here;	/* loads in this process (the parent: 0) */

static struct jk_doc *
t_load(struct jk_job *job, void *arg)
{
	struct jk_doc	*doc;
	struct jk_node	*a;
	char		*text;
	size_t		 len;

	(void)arg;
	loads_here++;
	if ((text = jk_file_read(jk_job_input(job), &len)) == NULL) {
		jk_msg(jk_job_diag(job), JK_M_SYSERR, 0, "%s",
		    strerror(errno));
		return NULL;
	}
	if (strcmp(text, "crash") == 0)
		raise(SIGKILL);		/* the worker dies mid-issue */
	if (strcmp(text, "hang") == 0)
		for (;;)
			pause();	/* never ends: --timeout stops it */
	if (strcmp(text, "bad") == 0) {
		jk_msg(jk_job_diag(job), JK_M_BADINPUT, 1, "bad input");
		free(text);
		return NULL;
	}
	doc = jk_doc_new(jk_job_input(job));
	a = jk_node_add(doc, doc->root, JK_NODE_ARTICLE, 1);
	jk_node_add_text(doc, a, JK_NODE_TITLE, text, 1);
	jk_node_add_text(doc, a, JK_NODE_PARA, text, 2);
	jk_msg(jk_job_diag(job), JK_M_NOTEORPHAN, 2, "a warning");
	jk_tree_repair(doc, jk_job_diag(job));
	free(text);
	return doc;
}

static int
t_render(struct jk_job *job, const struct jk_doc *doc, void *arg)
{
	char	*p = jk_xasprintf("%s/%s.book", jk_job_outdir(job),
	    jk_job_stem(job));
	int	 rc;

	(void)arg;
	jk_job_stage(job, "book");
	rc = jk_file_write_atomic(p, doc->source, strlen(doc->source));
	free(p);
	if (jk_job_last(job)) {		/* a mark for the test to see */
		p = jk_xasprintf("%s/%s.last", jk_job_outdir(job),
		    jk_job_stem(job));
		rc |= jk_file_write_atomic(p, "", 0);
		free(p);
	}
	return rc;
}

static double	 t_timeout;

static int
t_run(char **in, int n, int jobs, int force, const char *fp)
{
	static const char *const books[] = { ".book", NULL };
	struct jk_batch_opts	 o;
	struct jk_batch_ops	 ops;
	char			*out = g_build_filename(tmp, "out", NULL);
	int			 rc;

	g_mkdir_with_parents(out, 0777);
	memset(&o, 0, sizeof(o));
	o.outdir = out;
	o.jobs = jobs;
	o.force = force;
	o.timeout = t_timeout;
	o.quiet = 1;
	o.min_level = JK_ERROR;
	o.fingerprint = fp;
	o.books = books;
	memset(&ops, 0, sizeof(ops));
	ops.load = t_load;
	ops.render = t_render;
	rc = jk_batch_run(in, n, &o, &ops);
	g_free(out);
	return rc;
}

static int
exists(const char *rel)
{
	char	*p = g_build_filename(tmp, rel, NULL);
	int	 ok = access(p, F_OK) == 0;

	g_free(p);
	return ok;
}

static enum jk_status
state_of(const char *stem)
{
	struct jk_build_state	 st;
	char			*out = g_build_filename(tmp, "out", NULL);
	enum jk_status		 s = JK_ST__MAX;

	if (jk_build_state_read(out, stem, &st) == 0)
		s = st.status;
	jk_build_state_free(&st);
	g_free(out);
	return s;
}

START_TEST(test_batch_crash_fails_only_its_issue)
{
	char	*in[6];
	int	 i;

	in[0] = put("i1.txt", "one");
	in[1] = put("i2.txt", "crash");
	in[2] = put("i3.txt", "three");
	in[3] = put("i4.txt", "bad");
	in[4] = put("i5.txt", "five");
	in[5] = NULL;
	/* Two workers for five issues: the killed one is replaced. */
	ck_assert_int_eq(t_run(in, 5, 2, 0, "fp"), 1);
	ck_assert_int_eq(loads_here, 0);	/* all in the workers */
	ck_assert(exists("out/i1.book"));
	ck_assert(exists("out/i3.book"));
	ck_assert(exists("out/i5.book"));
	ck_assert(!exists("out/i2.book"));
	ck_assert(!exists("out/i4.book"));
	ck_assert(exists("out/i1.report.html"));
	ck_assert(exists("out/i1.report.json"));
	ck_assert(exists("out/index.html"));
	ck_assert_int_eq(state_of("i1"), JK_ST_CONVERTED);
	ck_assert_int_eq(state_of("i2"), JK_ST__MAX);	/* no state */
	for (i = 0; i < 5; i++)
		g_free(in[i]);
}
END_TEST

/* A worker is told which issue is its last (it may let go of what it
 * keeps for the next one): only the issue handed out last. */
START_TEST(test_batch_last_issue_is_told)
{
	char	*in[5], name[32];
	int	 i;

	for (i = 0; i < 4; i++) {
		snprintf(name, sizeof(name), "l%d.txt", i + 1);
		in[i] = put(name, "text");
	}
	in[4] = NULL;
	ck_assert_int_eq(t_run(in, 4, 1, 1, "fp"), 0);
	ck_assert(!exists("out/l1.last"));
	ck_assert(!exists("out/l3.last"));
	ck_assert(exists("out/l4.last"));
	ck_assert(exists("out/l4.book"));
	/* one issue: it is the last */
	ck_assert_int_eq(t_run(in + 1, 1, 2, 1, "fp"), 0);
	ck_assert(exists("out/l2.last"));
	ck_assert_int_eq(jk_batch_workers(1, &(struct jk_batch_opts){
	    .jobs = 2 }), 1);
	ck_assert_int_eq(jk_batch_workers(8, &(struct jk_batch_opts){
	    .jobs = 2 }), 2);
	for (i = 0; i < 4; i++)
		g_free(in[i]);
}
END_TEST

START_TEST(test_batch_timeout_fails_only_its_issue)
{
	char	*in[4];
	int	 i;

	in[0] = put("h1.txt", "one");
	in[1] = put("h2.txt", "hang");
	in[2] = put("h3.txt", "three");
	in[3] = NULL;
	t_timeout = 1;
	/* One worker: the issues after the hung one need its replacement. */
	ck_assert_int_eq(t_run(in, 3, 1, 0, "fp"), 1);
	t_timeout = 0;
	ck_assert(exists("out/h1.book"));
	ck_assert(!exists("out/h2.book"));
	ck_assert(exists("out/h3.book"));
	for (i = 0; i < 3; i++)
		g_free(in[i]);
}
END_TEST

START_TEST(test_batch_unchanged_then_rebuilt)
{
	char		*in[3], *book = g_build_filename(tmp, "out/a.book",
			    NULL);
	struct stat	 s1, s2;

	in[0] = put("a.txt", "alpha");
	in[1] = put("b.txt", "beta");
	in[2] = NULL;
	ck_assert_int_eq(t_run(in, 2, 2, 0, "fp"), 0);
	ck_assert_int_eq(stat(book, &s1), 0);
	usleep(20000);
	ck_assert_int_eq(t_run(in, 2, 1, 0, "fp"), 0);
	ck_assert_int_eq(stat(book, &s2), 0);
	ck_assert(s1.st_mtim.tv_sec == s2.st_mtim.tv_sec &&
	    s1.st_mtim.tv_nsec == s2.st_mtim.tv_nsec);
	/* Another fingerprint (style, options) rebuilds. */
	ck_assert_int_eq(t_run(in, 2, 1, 0, "fp2"), 0);
	ck_assert_int_eq(stat(book, &s1), 0);
	ck_assert(s1.st_mtim.tv_sec != s2.st_mtim.tv_sec ||
	    s1.st_mtim.tv_nsec != s2.st_mtim.tv_nsec);
	/* --force rebuilds too. */
	usleep(20000);
	ck_assert_int_eq(t_run(in, 2, 1, 1, "fp2"), 0);
	ck_assert_int_eq(stat(book, &s2), 0);
	ck_assert(s1.st_mtim.tv_sec != s2.st_mtim.tv_sec ||
	    s1.st_mtim.tv_nsec != s2.st_mtim.tv_nsec);
	/* A lost book is rebuilt even with the same hash. */
	unlink(book);
	ck_assert_int_eq(t_run(in, 2, 1, 0, "fp2"), 0);
	ck_assert(exists("out/a.book"));
	g_free(in[0]);
	g_free(in[1]);
	g_free(book);
}
END_TEST

static Suite *
batch_suite(void)
{
	Suite	*s = suite_create("batch");
	TCase	*tc = tcase_create("inputs");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_batch_folder_inputs_sorted_recursive);
	tcase_add_test(tc, test_batch_same_stem_refused);
	tcase_add_test(tc, test_batch_empty_folder_refused);
	suite_add_tcase(s, tc);
	tc = tcase_create("state");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_batch_hash_depends_on_every_part);
	tcase_add_test(tc, test_batch_state_round_trip);
	suite_add_tcase(s, tc);
	tc = tcase_create("workers");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_batch_crash_fails_only_its_issue);
	tcase_add_test(tc, test_batch_last_issue_is_told);
	tcase_add_test(tc, test_batch_timeout_fails_only_its_issue);
	tcase_add_test(tc, test_batch_unchanged_then_rebuilt);
	suite_add_tcase(s, tc);
	return s;
}

JK_CHECK_MAIN(batch_suite)
