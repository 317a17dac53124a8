/*
 * eval.c -- `make eval`: converts the sample and every issue of the corpus
 * (tests/corpus/) and prints, per issue, the measures of tests/corpus.h
 * beside the targets and the floors of tests/corpus/floors.tsv.
 *
 *   build/tests/eval [-v] [NAME...]
 *
 * -v lists every miss (break, paragraph, title, byline, join, sentence,
 * debris block) on stderr; NAMEs limit the run to those issues.
 * With --floors it prints the measured values as floors.tsv rows instead
 * (rounded down to a whole percent, counts as they are).
 */
#include <sys/wait.h>
#include <math.h>
#include <unistd.h>

#include "corpus.h"

static int
wanted(const char *name, int argc, char **argv)
{
	int	 any = 0;

	for (int i = 1; i < argc; i++) {
		if (argv[i][0] == '-')
			continue;
		any = 1;
		if (strcmp(argv[i], name) == 0)
			return 1;
	}
	return !any;
}

/* Measure in a child process, so that a converter crash on one issue is
 * reported as such and the others are still measured; -1 on a crash. */
static int
measure_apart(const struct cx_issue *is, struct cx_score *s, int verbose)
{
	int	 fd[2], st;
	pid_t	 pid;
	ssize_t	 n;

	if (pipe(fd) != 0 || (pid = fork()) < 0)
		return cx_measure(is, s, verbose ? stderr : NULL);
	if (pid == 0) {
		close(fd[0]);
		if (cx_measure(is, s, verbose ? stderr : NULL) != 0)
			_exit(1);
		_exit(write(fd[1], s, sizeof(*s)) == (ssize_t)sizeof(*s) ? 0 :
		    1);
	}
	close(fd[1]);
	n = read(fd[0], s, sizeof(*s));
	close(fd[0]);
	if (waitpid(pid, &st, 0) < 0 || !WIFEXITED(st) ||
	    WEXITSTATUS(st) != 0 || n != (ssize_t)sizeof(*s)) {
		fprintf(stderr, "%s: the converter %s on %s\n", is->name,
		    WIFSIGNALED(st) ? "crashed" : "failed", is->input);
		return -1;
	}
	return 0;
}

static void
cell(const struct cx_score *s, int i)
{
	int			 v;
	const struct cx_count	*c = cx_metric(s, i, &v);

	if (c == NULL && v < 0)
		printf(" %14s", "-");
	else if (c == NULL)
		printf(" %14d", v);
	else if (c->n < 0)
		printf(" %14s", "-");
	else {
		char	 buf[32];

		snprintf(buf, sizeof(buf), "%d/%d %5.1f", c->ok, c->n,
		    cx_value(s, i));
		printf(" %14s", buf);
	}
}

int
main(int argc, char **argv)
{
	GPtrArray	*issues = cx_issues();
	int		 verbose = 0, floors = 0, fail = 0, i;
	guint		 k;
	struct cx_score	*sc = g_new0(struct cx_score, issues->len);

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-v") == 0)
			verbose = 1;
		else if (strcmp(argv[i], "--floors") == 0)
			floors = 1;
		else if (argv[i][0] == '-') {
			fprintf(stderr, "usage: eval [-v] [--floors] [NAME...]\n");
			return 2;
		}
	}
	for (k = 0; k < issues->len; k++) {
		struct cx_issue	*is = g_ptr_array_index(issues, k);

		if (!wanted(is->name, argc, argv)) {
			sc[k].work = -1;
			continue;
		}
		if (verbose)
			fprintf(stderr, "%s:\n", is->name);
		if (measure_apart(is, &sc[k], verbose) != 0) {
			memset(&sc[k], 0, sizeof(sc[k]));
			sc[k].wrong_joins = sc[k].debris = -1;
			for (i = 0; i < CX_NMETRICS; i++) {
				int v;
				struct cx_count *c = (struct cx_count *)
				    cx_metric(&sc[k], i, &v);

				if (c != NULL)
					c->n = -1;
			}
			fail = 1;
		}
	}
	if (floors) {
		printf("issue\tmetric\tfloor\n");
		for (k = 0; k < issues->len; k++) {
			struct cx_issue *is = g_ptr_array_index(issues, k);

			if (sc[k].work < 0)
				continue;
			for (i = 0; i < CX_NMETRICS; i++) {
				double v = cx_value(&sc[k], i);

				if (v < 0)
					continue;
				if (CX_METRICS[i].kind == CX_PCT)
					v = floor(v > 1 ? v - 0.5 : 0);
				printf("%s\t%s\t%g\n", is->name,
				    CX_METRICS[i].name, v);
			}
		}
		return 0;
	}
	printf("%-22s %14s", "measure", "target");
	for (k = 0; k < issues->len; k++)
		if (sc[k].work >= 0)
			printf(" %14s", ((struct cx_issue *)
			    g_ptr_array_index(issues, k))->name);
	printf("\n");
	for (i = 0; i < CX_NMETRICS; i++) {
		char	 t[32];

		if (CX_METRICS[i].kind == CX_PCT)
			snprintf(t, sizeof(t), ">= %g %%", CX_METRICS[i].target);
		else
			snprintf(t, sizeof(t), "<= %g", CX_METRICS[i].target);
		printf("%-22s %14s", CX_METRICS[i].label, t);
		for (k = 0; k < issues->len; k++)
			if (sc[k].work >= 0)
				cell(&sc[k], i);
		printf("\n");
	}
	printf("(ok/n and %%; '-' not measured: the sample's truth has no "
	    "paragraphs, sentences, joins or debris)\n");
	g_free(sc);
	cx_issues_free(issues);
	return fail;
}
