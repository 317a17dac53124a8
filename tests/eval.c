/*
 * eval.c -- `make eval`: converts the sample and every issue of the corpus
 * (tests/corpus/) and prints, per issue, the measures of tests/corpus.h
 * beside the targets; the held-out issues (tests/corpus/heldout/) in a
 * block of their own.
 *
 *   build/tests/eval [-v] [NAME...]
 *
 * -v lists every miss (break, paragraph, title, byline, join, sentence,
 * debris block) on stderr; NAMEs limit the run to those issues.
 * With --floors it prints the measured values as floors.tsv rows instead:
 * a percentage as if one more item had missed, rounded down to 0.1; a
 * count as it is; "converts" 1 or 0.
 */
#include <math.h>

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

/* One block of the table: the issues run that are (not) held out. */
static void
table(GPtrArray *issues, const struct cx_score *sc, int heldout)
{
	guint	 k;
	int	 i;

#define SHOWN(k) (sc[k].work != -1 && ((struct cx_issue *) \
	g_ptr_array_index(issues, k))->heldout == heldout)
	printf("%-22s %14s", "measure", "target");
	for (k = 0; k < issues->len; k++)
		if (SHOWN(k))
			printf(" %14s", ((struct cx_issue *)
			    g_ptr_array_index(issues, k))->name);
	printf("\n");
	for (i = 0; i < CX_NMETRICS; i++) {
		char	 t[32];

		if (CX_METRICS[i].target < 0)
			snprintf(t, sizeof(t), "-");
		else if (CX_METRICS[i].kind == CX_PCT)
			snprintf(t, sizeof(t), ">= %g %%", CX_METRICS[i].target);
		else
			snprintf(t, sizeof(t), "<= %g", CX_METRICS[i].target);
		printf("%-22s %14s", CX_METRICS[i].label, t);
		for (k = 0; k < issues->len; k++)
			if (!SHOWN(k))
				continue;
			else if (sc[k].work == -2)
				printf(" %14s", "crashed");
			else
				cell(&sc[k], i);
		printf("\n");
	}
#undef SHOWN
}

int
main(int argc, char **argv)
{
	GPtrArray	*issues = cx_issues();
	int		 verbose = 0, floors = 0, fail = 0, i;
	guint		 k;
	struct cx_score	*sc = g_new0(struct cx_score, issues->len);

	/* the same answers with it, but measure what a new issue meets */
	setenv("JIKJI_LEXICON_CACHE", "", 1);
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
		if (cx_measure_apart(is, &sc[k], verbose) != 0) {
			sc[k].work = -2;	/* crashed */
			fail = 1;
		}
	}
	if (floors) {
		printf("issue\tmetric\tfloor\n");
		for (k = 0; k < issues->len; k++) {
			struct cx_issue *is = g_ptr_array_index(issues, k);

			if (sc[k].work == -1)
				continue;
			printf("%s\tconverts\t%d\n", is->name, sc[k].work >= 0);
			for (i = 0; i < CX_NMETRICS; i++) {
				int			 v;
				const struct cx_count	*c = cx_metric(&sc[k], i,
							    &v);

				if (c == NULL && v >= 0)
					printf("%s\t%s\t%d\n", is->name,
					    CX_METRICS[i].name, v);
				else if (c != NULL && c->n > 0)
					printf("%s\t%s\t%.1f\n", is->name,
					    CX_METRICS[i].name, c->ok < 1 ? 0 :
					    floor(1000.0 * (c->ok - 1) / c->n) /
					    10);
			}
		}
		return 0;
	}
	table(issues, sc, 0);
	for (k = 0; k < issues->len; k++)
		if (sc[k].work != -1 && ((struct cx_issue *)
		    g_ptr_array_index(issues, k))->heldout) {
			printf("\nheld-out (tests/corpus/heldout/: never tune "
			    "the converter on these)\n");
			table(issues, sc, 1);
			break;
		}
	printf("(ok/n and %%; '-' not measured: the sample's truth has no "
	    "paragraphs, sentences, joins or debris)\n");
	g_free(sc);
	cx_issues_free(issues);
	return fail;
}
