/*
 * check_passes.c -- one suite per concern of the structure stage, each a
 * directory of input/expected pairs under tests/data/structure/<concern>/:
 * CASE.txt is a small issue in the extraction's conventions, CASE.tree
 * the tree it must give (jk_tree_dump) followed by the messages of level
 * info and above (what was moved or dropped).  `make regen` rewrites the
 * expectations; review the diff.
 *
 *   units     articles.c anchors.c merge.c header.c (units and bylines)
 *   headings  headings.c
 *   figures   figures.c (figures and debris)
 *   tables    tables.c records.c
 *   order     prose.c order.c (sentences joined across blocks)
 *   boxes     boxes.c (a box lifted out of the sentence it cuts)
 *   notes     notes.c
 *   adverts   adverts.c
 *   paragraphs  cleanup/join.c (where a paragraph ends by its shape)
 */
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "structure/convert.h"
#include "util/lexicon.h"

/* The expectation for one input: tree dump, then the messages. */
static char *
expect_of(const char *buf, size_t len, size_t *outlen)
{
	struct jk_diag	 d;
	struct jk_doc	*doc;
	char		*out = NULL;
	size_t		 n = 0;
	FILE		*fp;

	jk_diag_init(&d, "case", NULL);
	d.keep = 1;
	d.min_level = JK_INFO;
	doc = jk_convert(buf, len, "case", NULL, &d);
	ck_assert_ptr_nonnull(doc);
	ck_assert_int_eq(jk_tree_check(doc->root, stderr), 0);
	fp = open_memstream(&out, &n);
	ck_assert_ptr_nonnull(fp);
	jk_tree_dump(doc->root, fp);
	fputs("--- messages\n", fp);
	if (d.log.len > 0)
		fwrite(d.log.data, 1, d.log.len, fp);
	fclose(fp);
	jk_doc_free(doc);
	jk_diag_free(&d);
	*outlen = n;
	return out;
}

/* Run every CASE.txt of tests/data/structure/<dir>; number of cases. */
static int
run_dir(const char *dir)
{
	char		*path = tests_path(dir), *names[256], *rel, *buf, *got;
	size_t		 len, glen, l;
	int		 n = tests_cases(dir, ".txt", names, 256), i, bad = 0;

	for (i = 0; i < n; i++) {
		rel = jk_xasprintf("%s/%s", path, names[i]);
		buf = jk_file_read(rel, &len);
		ck_assert_msg(buf != NULL, "cannot read %s", rel);
		free(rel);
		got = expect_of(buf, len, &glen);
		l = strlen(names[i]);
		rel = jk_xasprintf("%s/%.*s.tree", dir, (int)(l - 4), names[i]);
		if (!golden_compare(rel, got, glen))
			bad++;
		free(rel);
		free(got);
		free(buf);
		free(names[i]);
	}
	free(path);
	ck_assert_msg(bad == 0, "%d of %d cases in %s differ", bad, n, dir);
	return n;
}

#define PASS_TEST(name)							\
	START_TEST(test_##name##_cases)					\
	{								\
		ck_assert_int_ge(run_dir("data/structure/" #name), 1);	\
	}								\
	END_TEST

PASS_TEST(units)
PASS_TEST(headings)
PASS_TEST(figures)
PASS_TEST(tables)
PASS_TEST(order)
PASS_TEST(boxes)
PASS_TEST(notes)
PASS_TEST(adverts)
PASS_TEST(paragraphs)

/* n lines of running text whose every line ends inside a word: words
 * eojeols of three syllables, the line cut after two more. */
static void
cut_lines(GString *g, int n, int words)
{
	static const char *const syl[] = { "가", "나", "다", "라", "마",
	    "바", "사", "아", "자", "차", "카", "타", "파", "하" };
	int	 i, k;

	for (i = 0; i < n; i++) {
		for (k = 0; k < words; k++)
			g_string_append_printf(g, "%s%s%s ",
			    syl[(i * 7 + k) % 14], syl[(i + k * 3) % 14],
			    syl[(i * 5 + k) % 14]);
		g_string_append_printf(g, "%s%s\n", syl[i % 14],
		    syl[(i + 1) % 14]);
	}
}

/* Work of converting one article of n lines of running text whose
 * every line ends inside a word: all cuts, and swaps looked at. */
static unsigned long long
order_work(int n)
{
	struct jk_diag	 d;
	struct jk_doc	*doc;
	GString		*g = g_string_new("제목 줄\n\n");
	unsigned long long w;

	cut_lines(g, n, 7);
	g_string_append(g, "끝입니다.  \n");
	jk_diag_init(&d, "case", NULL);
	d.keep = 1;
	jk_work = 0;
	doc = jk_convert(g->str, g->len, "case", NULL, &d);
	w = jk_work;
	ck_assert_ptr_nonnull(doc);
	jk_doc_free(doc);
	jk_diag_free(&d);
	g_string_free(g, TRUE);
	return w;
}

/* The swap search looks at three cuts within a span of each other, so
 * it grows with the cuts times the span squared (three times the work
 * at twice the cuts, from the span's edges), not with the cube of the
 * cuts (eight times). */
START_TEST(test_order_work_linear)
{
	unsigned long long w1 = order_work(100), w2 = order_work(200);

	ck_assert_uint_gt(w1, 0);
	ck_assert_uint_le(w2, w1 * 7 / 2);
}
END_TEST

/* One article: n lines of running text cut inside a word (cuts that
 * lead nowhere), then a paragraph whose second and third column blocks
 * were printed in the other order, at block starts.  The text of the
 * article as a tree dump (free), *work the work of converting it. */
static char *
long_unit(int n, unsigned long long *work)
{
	GString		*g = g_string_new(" 글. 노은서 \n\n물류혁신연구소 "
			    "선임연구원\n\n창고 자동화의 \n네 단계\n\n");
	char		*out;
	size_t		 len;

	/* as wide as the paragraph's lines, so that theirs are cuts */
	cut_lines(g, n, 5);
	g_string_append(g, "끝입니다.\n\n"
	    "물류 창고의 자동화는 여러 단계로 나뉜다. 먼저 \n"
	    "입고된 상품의 위치를 빠짐없이 적어 두는 \n"
	    " 반 로봇을 들인다. 로봇은 선반 사이를 오가며 상\n"
	    "품을 나른다. 마지막으로 주문에 맞추어 상품을 \n"
	    " 전산 장부를 갖춘다. 그다음에는 상품을 \n"
	    "창고 안에서 다른 곳으로 옮겨 주는 운\n"
	    " 고르는 설비를 갖춘다. 이렇게 네 단계를 거치면 \n"
	    "사람이 하던 일의 절반 이상을 기계가 맡게 된다.\n\n"
	    "이 시스템을 쓰면 운반 로봇과 분류 설비를 한 번\n"
	    "에 관리할 수 있다. 시스템을 고를 때는 운반 거리\n"
	    "와 설비를 함께 따져야 한다. 창고마다 상품을 고르\n"
	    "는 방식이 달라 설비를 고를 때도 운반 로봇을 고\n"
	    "를 때도 쓸 수 있는 자리를 먼저 살펴야 한다.  \n");
	jk_work = 0;
	out = expect_of(g->str, g->len, &len);
	*work = jk_work;
	g_string_free(g, TRUE);
	return out;
}

/* Cuts beyond the first window of a long unit are decided too: the
 * swap after 300 cuts is put back. */
START_TEST(test_order_long_unit)
{
	unsigned long long w;
	char	*out = long_unit(300, &w);

	ck_assert_ptr_nonnull(strstr(out, "빠짐없이 적어 두는 전산 장부를 "
	    "갖춘다. 그다음에는 상품을 창고 안에서 다른 곳으로 옮겨 주는 "
	    "운반 로봇을 들인다."));
	ck_assert_ptr_nonnull(strstr(out, "상품을 고르는 설비를 갖춘다."));
	free(out);
}
END_TEST

/* Every end is scored against every start of its window only, so a
 * unit twice as long costs about twice the work, not four times. */
START_TEST(test_order_work_windows)
{
	unsigned long long w1, w2;

	free(long_unit(600, &w1));
	free(long_unit(1200, &w2));
	ck_assert_uint_gt(w1, 0);
	ck_assert_uint_le(w2, w1 * 9 / 4);
}
END_TEST

/* The reading order scores every end of a window against every start,
 * but asks the word list only where its answer can change a decision:
 * on the sample, about 1,500 words looked up (the converter's other
 * passes ask too), not one for each of the hundred and fifty thousand
 * pairs it could ask about, nor one for each of the swaps that are
 * candidates on bounds alone (5,141 when every candidate was asked
 * about). */
START_TEST(test_order_lexicon_asked)
{
	struct jk_diag	 d;
	struct jk_doc	*doc;
	char		*path = tests_path("data/issue-469.txt"), *buf;
	size_t		 len;
	unsigned long	 a0, l0, a1, l1;

	/* tools/install-deps installs hunspell-ko */
	ck_assert_int_eq(jk_lex_load(), 1);
	buf = jk_file_read(path, &len);
	ck_assert_ptr_nonnull(buf);
	jk_diag_init(&d, "case", NULL);
	d.keep = 1;
	jk_lex_stats(&a0, &l0);
	doc = jk_convert(buf, len, "case", NULL, &d);
	jk_lex_stats(&a1, &l1);
	ck_assert_ptr_nonnull(doc);
	ck_assert_uint_gt(l1 - l0, 300);
	ck_assert_uint_lt(l1 - l0, 2500);
	jk_doc_free(doc);
	jk_diag_free(&d);
	free(buf);
	free(path);
}
END_TEST

static Suite *
passes_suite(void)
{
	Suite	*s = suite_create("passes");
	TCase	*tc;

	tests_preload_lexicon();
#define ADD(name)							\
	tc = tcase_create(#name);					\
	tcase_add_test(tc, test_##name##_cases);			\
	suite_add_tcase(s, tc);
	ADD(units)
	ADD(headings)
	ADD(figures)
	ADD(tables)
	ADD(order)
	tcase_add_test(tc, test_order_work_linear);
	tcase_add_test(tc, test_order_long_unit);
	tcase_add_test(tc, test_order_work_windows);
	tcase_add_test(tc, test_order_lexicon_asked);
	ADD(boxes)
	ADD(notes)
	ADD(adverts)
	ADD(paragraphs)
#undef ADD
	return s;
}

JK_CHECK_MAIN(passes_suite)
