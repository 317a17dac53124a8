/*
 * check_fuzz.c -- replay every file in tests/fuzz/corpus/<target>/
 * through that fuzz target's entry point (tests/fuzz/fuzz_<target>.c),
 * one test per file, without libFuzzer, so the seeds and every input
 * that ever failed run on each `make unit`.  A breach aborts, which
 * Check reports as a failure.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"

/* The entry points, under their own names. */
#define LLVMFuzzerTestOneInput	fuzz_convert_one
#include "fuzz/fuzz_convert.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput	fuzz_xml_one
#include "fuzz/fuzz_xml.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput	fuzz_backends_one
#define LLVMFuzzerInitialize	fuzz_backends_init
#include "fuzz/fuzz_backends.c"
#undef LLVMFuzzerTestOneInput
#undef LLVMFuzzerInitialize
#define LLVMFuzzerTestOneInput	fuzz_epub_one
#define LLVMFuzzerInitialize	fuzz_epub_init
#include "fuzz/fuzz_epub.c"
#undef LLVMFuzzerTestOneInput
#undef LLVMFuzzerInitialize
#define LLVMFuzzerTestOneInput	fuzz_layout_one
#define LLVMFuzzerInitialize	fuzz_layout_init
#include "fuzz/fuzz_layout.c"
#undef LLVMFuzzerTestOneInput
#undef LLVMFuzzerInitialize

/*
 * The backends' replay renders PDFs in one process, so LeakSanitizer sees
 * the dependency leaks check_pdf.c and tests/fuzz/lsan.supp give the
 * reasons for (cairo 1.16's CFF subsetter, fontconfig patterns of Pango's
 * matcher thread).  With the fast unwinder their stacks stop at the
 * library, so the suppressions name the modules.
 */
const char	*__lsan_default_suppressions(void);

const char *
__lsan_default_suppressions(void)
{
	return "leak:libcairo.so.2\nleak:libfontconfig.so.1\n";
}

#define CORPUS_MAX	4096

static const struct target {
	const char	*name;
	int		(*one)(const uint8_t *, size_t);
} targets[] = {
	{ "convert", fuzz_convert_one },
	{ "xml", fuzz_xml_one },
	{ "backends", fuzz_backends_one },
	{ "epub", fuzz_epub_one },
	{ "layout", fuzz_layout_one },
};

#define NTARGETS	(int)(sizeof(targets) / sizeof(targets[0]))

static struct entry {
	char			*path;
	const struct target	*target;
} corpus[CORPUS_MAX];
static int	 ncorpus, nof[NTARGETS];

static int
by_path(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->path,
	    ((const struct entry *)b)->path);
}

static void
corpus_load(void)
{
	struct dirent	*e;
	DIR		*d;
	char		*dir;
	int		 t, first;

	for (t = 0; t < NTARGETS; t++) {
		dir = jk_xasprintf("%s/fuzz/corpus/%s", tests_dir(),
		    targets[t].name);
		first = ncorpus;
		d = opendir(dir);
		while (d != NULL && (e = readdir(d)) != NULL &&
		    ncorpus < CORPUS_MAX) {
			if (e->d_name[0] == '.')
				continue;
			corpus[ncorpus].path = jk_xasprintf("%s/%s", dir,
			    e->d_name);
			corpus[ncorpus++].target = &targets[t];
			nof[t]++;
		}
		if (d != NULL)
			closedir(d);
		qsort(corpus + first, (size_t)(ncorpus - first),
		    sizeof(corpus[0]), by_path);
		free(dir);
	}
}

START_TEST(test_corpus_present)
{
	int	 t;

	for (t = 0; t < NTARGETS; t++)
		ck_assert_msg(nof[t] >= 5, "corpus/%s: %d files",
		    targets[t].name, nof[t]);
}
END_TEST

START_TEST(test_replay)
{
	const struct entry *e = &corpus[_i];
	char	*buf;
	size_t	 len;

	buf = jk_file_read(e->path, &len);
	ck_assert_msg(buf != NULL, "cannot read %s", e->path);
	fprintf(stderr, "replay %s through %s (%zu bytes)\n", e->path,
	    e->target->name, len);
	ck_assert_int_eq(e->target->one((const uint8_t *)buf, len), 0);
	free(buf);
}
END_TEST

Suite *
fuzz_suite(void)
{
	Suite	*s = suite_create("fuzz");
	TCase	*tc = tcase_create("corpus");

	corpus_load();
	/* what failed once is replayed the whole way (fuzz_backends.c) */
	backends_whole_way = 1;
	/*
	 * Set up every target once, here, before Check forks a process per
	 * input: the fonts, the renderers and the word list (half a second
	 * together) are then inherited, not made again 400 times.
	 */
	fuzz_backends_init(NULL, NULL);
	fuzz_epub_init(NULL, NULL);
	fuzz_layout_init(NULL, NULL);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_corpus_present);
	tcase_add_loop_test(tc, test_replay, 0, ncorpus);
	suite_add_tcase(s, tc);
	return s;
}

JK_CHECK_MAIN(fuzz_suite)
