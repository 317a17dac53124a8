/*
 * check_tree.c -- the document tree: shape, link edits, iterator,
 * metadata, check and repair.
 */
#include <glib.h>

#include "check_main.h"
#include "tree/tree.h"

static struct jk_doc *
sample_doc(void)
{
	struct jk_doc	*d = jk_doc_new("t.txt");
	struct jk_node	*a, *p, *f, *fn, *r;

	jk_meta_set(d, "title", "기술과 혁신");
	a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
	jk_node_add_text(d, a, JK_NODE_TITLE, "제목", 2);
	p = jk_node_add_text(d, a, JK_NODE_PARA, "본문 <세계경제포럼 보고서> & ]]>",
	    3);
	r = jk_node_new(d, JK_NODE_NOTEREF, 3);
	r->label = "01";
	r->id = "x-n1";
	jk_node_append(p, r);
	f = jk_node_add(d, a, JK_NODE_FIGURE, 4);
	f->label = "그림 1";
	jk_node_add_text(d, f, JK_NODE_CAPTION, "캡션", 5);
	fn = jk_node_add(d, a, JK_NODE_FOOTNOTE, 6);
	fn->id = "x-n1";
	fn->label = "01";
	jk_node_add_text(d, fn, JK_NODE_PARA, "주석", 6);
	return d;
}

/* Link c as the last child of p, bypassing the shape rules (to make
 * trees that need repair). */
static void
force_append(struct jk_node *p, struct jk_node *c)
{
	c->parent = p;
	c->prev = p->last;
	if (p->last != NULL)
		p->last->next = c;
	else
		p->first = c;
	p->last = c;
}

START_TEST(test_tree_shape_rules)
{
	ck_assert(jk_can_contain(JK_NODE_ISSUE, JK_NODE_ARTICLE));
	ck_assert(!jk_can_contain(JK_NODE_ISSUE, JK_NODE_PARA));
	ck_assert(jk_can_contain(JK_NODE_PARA, JK_NODE_TEXT));
	ck_assert(!jk_can_contain(JK_NODE_PARA, JK_NODE_PARA));
	ck_assert(!jk_can_contain(JK_NODE_TEXT, JK_NODE_TEXT));
	ck_assert(jk_can_contain(JK_NODE_FIGURE, JK_NODE_TABLE));
	ck_assert(!jk_can_contain(JK_NODE_SIDEBAR, JK_NODE_SIDEBAR));
	ck_assert(jk_can_contain(JK_NODE_LIST, JK_NODE_ITEM));
	ck_assert(!jk_can_contain(JK_NODE_LIST, JK_NODE_PARA));
}
END_TEST

START_TEST(test_tree_append_rejects_list_in_text)
{
	struct jk_doc	*d = jk_doc_new(NULL);
	struct jk_node	*a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 0);
	struct jk_node	*p = jk_node_add(d, a, JK_NODE_PARA, 0);
	struct jk_node	*l = jk_node_new(d, JK_NODE_LIST, 0);

	ck_assert_int_eq(jk_node_append(p, l), 0);
	ck_assert_ptr_null(l->parent);
	ck_assert_ptr_null(p->first);
	/* no cycles */
	ck_assert_int_eq(jk_node_append(p, p), 0);
	ck_assert_int_eq(jk_node_append(a, d->root), 0);
	jk_doc_free(d);
}
END_TEST

START_TEST(test_tree_links_stay_consistent)
{
	struct jk_doc	*d = jk_doc_new(NULL);
	struct jk_node	*a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 0);
	struct jk_node	*p1, *p2, *p3;

	p1 = jk_node_add_text(d, a, JK_NODE_PARA, "1", 0);
	p3 = jk_node_add_text(d, a, JK_NODE_PARA, "3", 0);
	p2 = jk_node_new(d, JK_NODE_PARA, 0);
	ck_assert(jk_node_insert_after(p1, p2));
	ck_assert_ptr_eq(p1->next, p2);
	ck_assert_ptr_eq(p3->prev, p2);
	ck_assert(jk_node_prepend(a, p3));
	ck_assert_ptr_eq(a->first, p3);
	ck_assert_ptr_eq(a->last, p2);
	jk_node_unlink(p1);
	ck_assert_ptr_eq(p3->next, p2);
	ck_assert_int_eq(jk_node_count(a, JK_NTYPE__MAX), 2);
	ck_assert_int_eq(jk_tree_check(d->root, stderr), 0);
	jk_doc_free(d);
}
END_TEST

START_TEST(test_tree_iterator_enters_and_exits_every_node)
{
	struct jk_doc	*d = sample_doc();
	struct jk_iter	 it;
	int		 enter = 0, exits = 0, depth = 0, maxd = 0;

	jk_iter_init(&it, d->root);
	while (jk_iter_next(&it) != JK_EV_DONE) {
		if (it.ev == JK_EV_ENTER) {
			enter++;
			if (++depth > maxd)
				maxd = depth;
		} else {
			exits++;
			depth--;
		}
	}
	/* issue meta article title text p text noteref figure caption
	 * text footnote p text */
	ck_assert_int_eq(enter, 14);
	ck_assert_int_eq(exits, 14);
	ck_assert_int_eq(depth, 0);
	ck_assert_int_eq(maxd, 5);
	jk_doc_free(d);
}
END_TEST

START_TEST(test_tree_meta_first_and_replaced)
{
	struct jk_doc	*d = sample_doc();

	jk_meta_set(d, "volume", "12");
	jk_meta_set(d, "title", "다른 제목");
	ck_assert_str_eq(jk_meta_get(d, "title"), "다른 제목");
	ck_assert_str_eq(jk_meta_get(d, "volume"), "12");
	ck_assert_ptr_null(jk_meta_get(d, "date"));
	ck_assert_int_eq(d->root->first->type, JK_NODE_META);
	ck_assert_int_eq(d->root->first->next->type, JK_NODE_META);
	ck_assert_int_eq(d->root->first->next->next->type, JK_NODE_ARTICLE);
	jk_doc_free(d);
}
END_TEST

START_TEST(test_tree_plain_text_skips_refs)
{
	struct jk_doc	*d = sample_doc();
	struct jk_node	*p = jk_node_child(d->root->last, JK_NODE_PARA);

	ck_assert_str_eq(jk_node_plain(d, p),
	    "본문 <세계경제포럼 보고서> & ]]>");
	jk_doc_free(d);
}
END_TEST

START_TEST(test_tree_check_finds_problems)
{
	struct jk_doc	*d = sample_doc();
	struct jk_node	*a = d->root->last, *h, *r;

	ck_assert_int_eq(jk_tree_check(d->root, NULL), 0);
	h = jk_node_add_text(d, a, JK_NODE_HEADING, "소제목", 9);
	h->level = 7;
	ck_assert_int_eq(jk_tree_check(d->root, NULL), 1);
	h->level = 1;
	r = jk_node_new(d, JK_NODE_NOTEREF, 9);
	r->id = "missing";
	jk_node_append(h, r);
	ck_assert_int_eq(jk_tree_check(d->root, NULL), 1);
	jk_node_unlink(r);
	/* a title after the body is out of order */
	jk_node_add_text(d, a, JK_NODE_SUBTITLE, "부제", 10);
	ck_assert_int_ge(jk_tree_check(d->root, NULL), 1);
	jk_doc_free(d);
}
END_TEST

START_TEST(test_tree_repair_mends_everything)
{
	struct jk_doc	*d = sample_doc();
	struct jk_diag	 diag;
	struct jk_node	*a = d->root->last, *h, *r, *p;

	jk_diag_init(&diag, "t", NULL);
	h = jk_node_add_text(d, a, JK_NODE_HEADING, "소제목", 9);
	h->level = 3;		/* jump from nothing to 3 */
	r = jk_node_new(d, JK_NODE_NOTEREF, 9);
	r->id = "missing";
	r->label = "*";
	jk_node_append(h, r);
	jk_node_add(d, a, JK_NODE_PARA, 11);	/* empty */
	jk_node_add_text(d, a, JK_NODE_SERIES, "연재", 12);	/* late */
	p = jk_node_add(d, a, JK_NODE_PARA, 13);
	jk_node_append(p, jk_text_new(d, "가", (size_t)-1, 13));
	jk_node_append(p, jk_text_new(d, "나", (size_t)-1, 13));
	ck_assert_int_gt(jk_tree_check(d->root, NULL), 0);
	jk_tree_repair(d, &diag);
	ck_assert_int_eq(jk_tree_check(d->root, stderr), 0);
	ck_assert_int_eq(h->level, 1);
	ck_assert_str_eq(jk_node_plain(d, h), "소제목*");
	ck_assert_int_eq(a->first->type, JK_NODE_SERIES);
	ck_assert_int_eq(a->first->next->type, JK_NODE_TITLE);
	ck_assert_str_eq(a->id, "a01");
	ck_assert_str_eq(jk_node_child(a, JK_NODE_FIGURE)->id, "a01-f1");
	ck_assert_ptr_eq(p->first, p->last);	/* texts merged */
	ck_assert_str_eq(p->first->text, "가나");
	ck_assert_int_ge(diag.count[JK_WARN], 2);
	jk_diag_free(&diag);
	jk_doc_free(d);
}
END_TEST

/* The series' description belongs right after the series: one placed
 * late is moved up, a second one is kept as a paragraph of the body. */
START_TEST(test_tree_repair_places_series_desc)
{
	struct jk_doc	*d = sample_doc();
	struct jk_node	*a = d->root->last, *d1, *d2;
	struct jk_diag	 diag;

	jk_diag_init(&diag, "t", NULL);
	ck_assert(jk_can_contain(JK_NODE_ARTICLE, JK_NODE_SERIESDESC));
	ck_assert(!jk_can_contain(JK_NODE_SIDEBAR, JK_NODE_SERIESDESC));
	ck_assert(jk_can_contain(JK_NODE_SERIESDESC, JK_NODE_EMPH));
	d1 = jk_node_add_text(d, a, JK_NODE_SERIESDESC, "연재는 …을 소개합니다.",
	    20);
	jk_node_add_text(d, a, JK_NODE_SERIES, "연재", 21);
	d2 = jk_node_add_text(d, a, JK_NODE_SERIESDESC, "또 하나", 22);
	ck_assert_int_gt(jk_tree_check(d->root, NULL), 0);
	jk_tree_repair(d, &diag);
	ck_assert_int_eq(jk_tree_check(d->root, stderr), 0);
	ck_assert_int_eq(a->first->type, JK_NODE_SERIES);
	ck_assert_ptr_eq(a->first->next, d1);
	ck_assert_int_eq(d1->next->type, JK_NODE_TITLE);
	ck_assert_int_eq(d2->type, JK_NODE_PARA);
	ck_assert_ptr_eq(jk_node_child(a, JK_NODE_SERIESDESC), d1);
	jk_diag_free(&diag);
	jk_doc_free(d);
}
END_TEST

START_TEST(test_tree_repair_rehomes_misplaced_nodes)
{
	struct jk_doc	*d = jk_doc_new(NULL);
	struct jk_node	*a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 0);
	struct jk_node	*t = jk_text_new(d, "떠돌이", (size_t)-1, 4);
	struct jk_diag	 diag;

	/* Force an inline straight into the article, bypassing the rules. */
	force_append(a, t);
	ck_assert_int_gt(jk_tree_check(d->root, NULL), 0);
	jk_diag_init(&diag, "t", NULL);
	jk_tree_repair(d, &diag);
	ck_assert_int_eq(jk_tree_check(d->root, stderr), 0);
	ck_assert_int_eq(a->first->type, JK_NODE_PARA);
	ck_assert_str_eq(jk_node_plain(d, a->first), "떠돌이");
	jk_diag_free(&diag);
	jk_doc_free(d);
}
END_TEST

START_TEST(test_tree_repair_is_idempotent_and_dump_golden)
{
	struct jk_doc	*d = sample_doc();
	struct jk_diag	 diag;
	char		*buf = NULL;
	size_t		 len = 0;
	FILE		*f;

	jk_diag_init(&diag, "t", NULL);
	jk_tree_repair(d, &diag);
	ck_assert_int_eq(diag.count[JK_WARN], 0);
	jk_tree_repair(d, &diag);
	ck_assert_int_eq(diag.count[JK_WARN] + diag.count[JK_INFO], 0);
	f = open_memstream(&buf, &len);
	jk_tree_dump(d->root, f);
	fclose(f);
	ck_assert(golden_compare("golden/tree/sample.dump", buf, len));
	free(buf);
	jk_diag_free(&diag);
	jk_doc_free(d);
}
END_TEST

START_TEST(test_tree_duplicate_ids_renamed)
{
	struct jk_doc	*d = jk_doc_new(NULL);
	struct jk_node	*a1 = jk_node_add(d, d->root, JK_NODE_ARTICLE, 0);
	struct jk_node	*a2 = jk_node_add(d, d->root, JK_NODE_ARTICLE, 0);
	struct jk_diag	 diag;

	jk_node_add_text(d, a1, JK_NODE_PARA, "x", 0);
	jk_node_add_text(d, a2, JK_NODE_PARA, "y", 0);
	a1->id = a2->id = "same";
	ck_assert_int_eq(jk_tree_check(d->root, NULL), 1);
	jk_diag_init(&diag, "t", NULL);
	jk_tree_repair(d, &diag);
	ck_assert_str_ne(a1->id, a2->id);
	ck_assert_int_eq(diag.count[JK_WARN], 1);
	ck_assert_int_eq(jk_tree_check(d->root, NULL), 0);
	jk_diag_free(&diag);
	jk_doc_free(d);
}
END_TEST

/* Big inputs: repair stays linear in the number of nodes. */

START_TEST(test_tree_repair_merges_long_text_runs_in_one_copy)
{
	struct jk_doc	*d = jk_doc_new(NULL);
	struct jk_node	*a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 0);
	struct jk_node	*p = jk_node_add(d, a, JK_NODE_PARA, 0);
	size_t		 before;
	int		 i;

	for (i = 0; i < 10000; i++)
		jk_node_append(p, jk_text_new(d, "가", (size_t)-1, 0));
	before = jk_arena_used(d->arena);
	jk_tree_repair(d, NULL);
	ck_assert_ptr_eq(p->first, p->last);
	ck_assert_uint_eq(strlen(p->first->text), 30000);
	/* Pairwise merging copied the run once per node: ~150 MB. */
	ck_assert_uint_lt(jk_arena_used(d->arena) - before, 1 << 20);
	ck_assert_int_eq(jk_tree_check(d->root, stderr), 0);
	jk_doc_free(d);
}
END_TEST

START_TEST(test_tree_repair_many_equal_ids_stay_linear)
{
	struct jk_doc	*d = jk_doc_new(NULL);
	struct jk_node	*a;
	size_t		 before;
	int		 i;

	for (i = 0; i < 3000; i++) {
		a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 0);
		jk_node_add_text(d, a, JK_NODE_PARA, "x", 0);
		a->id = "same";
	}
	before = jk_arena_used(d->arena);
	jk_tree_repair(d, NULL);
	ck_assert_str_eq(d->root->last->id, "same-3000");
	/* Trying "-2", "-3"... afresh for each clash allocated ~4.5
	 * million candidate names. */
	ck_assert_uint_lt(jk_arena_used(d->arena) - before, 4 << 20);
	ck_assert_int_eq(jk_tree_check(d->root, stderr), 0);
	jk_doc_free(d);
}
END_TEST

/* Repair an article holding n bare text nodes; returns the work counted.
 * Rescanning from the first child after each move was quadratic. */
static unsigned long long
repair_work(int n)
{
	struct jk_doc	*d = jk_doc_new(NULL);
	struct jk_node	*a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 0);
	struct jk_diag	 diag;
	unsigned long long w;
	int		 i;

	for (i = 0; i < n; i++)
		force_append(a, jk_text_new(d, "말", (size_t)-1, i + 1));
	jk_diag_init(&diag, "t", NULL);
	jk_work = 0;
	jk_tree_repair(d, &diag);
	w = jk_work;
	ck_assert_int_eq(diag.count[JK_WARN], n);
	ck_assert_int_eq(jk_node_count(a, JK_NODE_PARA), n);
	ck_assert_int_eq(a->last->first->line, n);
	ck_assert_int_eq(jk_tree_check(d->root, stderr), 0);
	jk_diag_free(&diag);
	jk_doc_free(d);
	return w;
}

START_TEST(test_tree_repair_many_misplaced_nodes_stay_linear)
{
	unsigned long long w1 = repair_work(30000), w2 = repair_work(60000);

	ck_assert_uint_gt(w1, 0);
	ck_assert_uint_le(w2, w1 * 5 / 2);
}
END_TEST

START_TEST(test_tree_repair_orders_any_number_of_bylines)
{
	struct jk_doc	*d = jk_doc_new(NULL);
	struct jk_node	*a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 0);
	struct jk_node	*b;
	int		 i;

	jk_node_add_text(d, a, JK_NODE_PARA, "본문", 1);
	for (i = 0; i < 70; i++) {
		b = jk_node_add(d, a, JK_NODE_BYLINE, i + 2);
		jk_node_add_text(d, b, JK_NODE_NAME, "필자", i + 2);
	}
	jk_tree_repair(d, NULL);
	/* Only 64 were moved before the body once. */
	ck_assert_int_eq(a->last->type, JK_NODE_PARA);
	ck_assert_int_eq(a->first->line, 2);
	ck_assert_int_eq(jk_tree_check(d->root, stderr), 0);
	jk_doc_free(d);
}
END_TEST

static Suite *
tree_suite(void)
{
	Suite	*s = suite_create("tree");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_tree_shape_rules);
	tcase_add_test(tc, test_tree_append_rejects_list_in_text);
	tcase_add_test(tc, test_tree_links_stay_consistent);
	tcase_add_test(tc, test_tree_iterator_enters_and_exits_every_node);
	tcase_add_test(tc, test_tree_meta_first_and_replaced);
	tcase_add_test(tc, test_tree_plain_text_skips_refs);
	suite_add_tcase(s, tc);
	tc = tcase_create("validate");
	tcase_add_test(tc, test_tree_check_finds_problems);
	tcase_add_test(tc, test_tree_repair_mends_everything);
	tcase_add_test(tc, test_tree_repair_places_series_desc);
	tcase_add_test(tc, test_tree_repair_rehomes_misplaced_nodes);
	tcase_add_test(tc, test_tree_repair_is_idempotent_and_dump_golden);
	tcase_add_test(tc, test_tree_duplicate_ids_renamed);
	suite_add_tcase(s, tc);
	tc = tcase_create("big");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_tree_repair_merges_long_text_runs_in_one_copy);
	tcase_add_test(tc, test_tree_repair_many_equal_ids_stay_linear);
	tcase_add_test(tc, test_tree_repair_many_misplaced_nodes_stay_linear);
	tcase_add_test(tc, test_tree_repair_orders_any_number_of_bylines);
	suite_add_tcase(s, tc);
	return s;
}

JK_CHECK_MAIN(tree_suite)
