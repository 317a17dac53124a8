/*
 * check_report.c -- the editor's proof report: one entry per decision
 * (info and up) with its source lines and the tree id to fix it at, ids
 * that exist in the tree XML, any catalogue entry shown generically,
 * everything escaped, valid JSON, and an index that links what exists.
 */
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>

#include "check_main.h"
#include "batch/report.h"
#include "structure/convert.h"

struct fixture {
	struct jk_doc		*doc;
	char			*text;
	size_t			 len;
	GArray			*recs;
	struct jk_report_in	 in;
	struct jk_diag		 diag;
};

static void
keep(void *arg, enum jk_msgid id, int line, const char *detail)
{
	struct jk_record	 r;

	r.id = id;
	r.line = line;
	r.detail = jk_xstrdup(detail);
	g_array_append_val((GArray *)arg, r);
}

static const char *const books[] = { "x.epub", "x.pdf", NULL };

/* Convert tests/<rel> with every message recorded. */
static void
fx_open(struct fixture *f, const char *rel)
{
	struct jk_convert_opts	 co;
	char			*path = tests_path(rel);
	static struct jk_timing	 times[2] = { { "convert", 0.25 },
				    { "pdf", 1.5 } };

	memset(f, 0, sizeof(*f));
	f->text = jk_file_read(path, &f->len);
	ck_assert_ptr_nonnull(f->text);
	f->recs = g_array_new(FALSE, FALSE, sizeof(struct jk_record));
	jk_diag_init(&f->diag, path, NULL);
	f->diag.hook = keep;
	f->diag.hook_arg = f->recs;
	memset(&co, 0, sizeof(co));
	f->doc = jk_convert(f->text, f->len, path, &co, &f->diag);
	ck_assert_ptr_nonnull(f->doc);
	f->in.input = path;
	f->in.stem = "x";
	f->in.doc = f->doc;
	f->in.text = f->text;
	f->in.len = f->len;
	f->in.recs = (const struct jk_record *)(void *)f->recs->data;
	f->in.nrecs = f->recs->len;
	f->in.times = times;
	f->in.ntimes = 2;
	f->in.books = books;
	f->in.warnings = f->diag.count[JK_WARN];
}

static void
fx_close(struct fixture *f)
{
	guint	 i;

	for (i = 0; i < f->recs->len; i++)
		free(g_array_index(f->recs, struct jk_record, i).detail);
	g_array_free(f->recs, TRUE);
	jk_diag_free(&f->diag);
	jk_doc_free(f->doc);
	free(f->text);
	free((char *)f->in.input);
}

static int
shown(const struct fixture *f)
{
	guint	 i;
	int	 n = 0;

	for (i = 0; i < f->recs->len; i++)
		n += jk_diag_lookup(g_array_index(f->recs, struct jk_record,
		    i).id)->level >= JK_INFO;
	return n;
}

static htmlDocPtr
parse_html(const char *html, size_t len)
{
	htmlDocPtr	 d = htmlReadMemory(html, (int)len, "r.html", "utf-8",
	    HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);

	ck_assert_ptr_nonnull(d);
	return d;
}

static int
xcount(htmlDocPtr d, const char *xpath)
{
	xmlXPathContextPtr	 ctx = xmlXPathNewContext(d);
	xmlXPathObjectPtr	 o = xmlXPathEvalExpression(BAD_CAST xpath, ctx);
	int			 n = -1;

	if (o != NULL && o->type == XPATH_NUMBER)
		n = (int)o->floatval;
	else if (o != NULL && o->nodesetval != NULL)
		n = o->nodesetval->nodeNr;
	else if (o != NULL)
		n = 0;
	xmlXPathFreeObject(o);
	xmlXPathFreeContext(ctx);
	return n;
}

START_TEST(test_report_one_entry_per_decision_with_source)
{
	struct fixture	 f;
	htmlDocPtr	 d;
	char		*html;
	size_t		 len;
	int		 n;

	fx_open(&f, "data/issue-469.txt");
	n = shown(&f);
	ck_assert_int_gt(n, 10);
	html = jk_report_html(&f.in, &len);
	d = parse_html(html, len);
	ck_assert_int_eq(xcount(d, "//article[contains(@class,'d ')]"), n);
	/* Each with its source lines (or the note that it has none) and a
	 * result column. */
	ck_assert_int_eq(xcount(d, "//article[contains(@class,'d ')]"
	    "[.//div[@class='src']][.//div[@class='res']]"), n);
	ck_assert_int_gt(xcount(d, "//div[@class='src']/pre/span[@class="
	    "'hit']"), n / 2);
	/* Known kinds are grouped under their heading. */
	ck_assert_int_eq(xcount(d, "//section/h3[starts-with(.,'Reading "
	    "order')]"), 1);
	ck_assert_int_eq(xcount(d, "//section/h3[starts-with(.,'Untitled "
	    "units')]"), 1);
	/* Links to the books, the JSON, and inside to existing ids. */
	ck_assert_int_eq(xcount(d, "//a[@href='x.epub']"), 1);
	ck_assert_int_eq(xcount(d, "//a[@href='x.report.json']"), 1);
	ck_assert_int_eq(xcount(d, "//a[starts-with(@href,'#')]"),
	    xcount(d, "//a[starts-with(@href,'#')][substring(@href,2) = "
	    "//@id]"));
	ck_assert_int_eq(xcount(d, "//script"), 0);
	/* Counts and timings are shown. */
	ck_assert_int_eq(xcount(d, "//tr[th='articles']/td"), 1);
	ck_assert_int_eq(xcount(d, "//tr[th='time: pdf']/td[.='1.500 s']"), 1);
	xmlFreeDoc(d);
	free(html);
	fx_close(&f);
}
END_TEST

START_TEST(test_report_ids_exist_in_tree_xml)
{
	struct fixture	 f;
	JsonParser	*p = json_parser_new();
	JsonObject	*root;
	JsonArray	*dec;
	char		*json, *xml, *want;
	size_t		 len, xlen;
	guint		 i;
	int		 with_id = 0, moved = 0;

	fx_open(&f, "data/issue-469.txt");
	json = jk_report_json(&f.in, &len);
	ck_assert(json_parser_load_from_data(p, json, (gssize)len, NULL));
	root = json_node_get_object(json_parser_get_root(p));
	dec = json_object_get_array_member(root, "decisions");
	ck_assert_int_eq((int)json_array_get_length(dec), shown(&f));
	xml = jk_xml_write(f.doc, &xlen);
	for (i = 0; i < json_array_get_length(dec); i++) {
		JsonObject	*o = json_array_get_object_element(dec, i);
		JsonNode	*id = json_object_get_member(o, "id");

		ck_assert(json_object_has_member(o, "confidence"));
		ck_assert(json_object_has_member(o, "source"));
		if (!JSON_NODE_HOLDS_NULL(id)) {
			want = jk_xasprintf("id=\"%s\"",
			    json_node_get_string(id));
			ck_assert_msg(strstr(xml, want) != NULL, "%s", want);
			free(want);
			with_id++;
		}
		if (strcmp(json_object_get_string_member(o, "name"),
		    "byline-moved") == 0) {
			ck_assert(json_object_has_member(o, "distance"));
			moved++;
		}
	}
	ck_assert_int_gt(with_id, shown(&f) / 2);
	ck_assert_int_gt(moved, 0);
	ck_assert_int_eq(json_object_get_int_member(json_object_get_object_member(
	    root, "counts"), "articles"), jk_node_count(f.doc->root,
	    JK_NODE_ARTICLE));
	free(xml);
	free(json);
	g_object_unref(p);
	fx_close(&f);
}
END_TEST

START_TEST(test_report_any_entry_generic_and_escaped)
{
	static const char text[] =
	    "<script>alert(1)</script> 첫 줄\n\"quoted\" & \\back\\slash\n";
	struct jk_record	 r[2];
	struct jk_report_in	 in;
	JsonParser		*p = json_parser_new();
	htmlDocPtr		 d;
	char			*html, *json;
	size_t			 len;

	r[0].id = JK_M__MAX;	/* an entry this report does not know */
	r[0].line = 1;
	r[0].detail = "detail with <b>tags</b> & \"quotes\"";
	r[1].id = JK_M_STRAY;
	r[1].line = 2;
	r[1].detail = "control \x01 char";
	memset(&in, 0, sizeof(in));
	in.input = "in<put>.txt";
	in.stem = "s";
	in.text = text;
	in.len = sizeof(text) - 1;
	in.recs = r;
	in.nrecs = 2;
	html = jk_report_html(&in, &len);
	d = parse_html(html, len);
	ck_assert_int_eq(xcount(d, "//script"), 0);
	ck_assert_int_eq(xcount(d, "//b"), 0);
	ck_assert_int_eq(xcount(d, "//section/h3[starts-with(.,'Other "
	    "messages')]"), 1);
	ck_assert_int_eq(xcount(d, "//p[@class='detail'][.='detail with "
	    "<b>tags</b> & \"quotes\"']"), 1);
	ck_assert_int_eq(xcount(d, "//pre/span[@class='hit'][contains(.,"
	    "'<script>alert(1)</script>')]"), 1);
	/* No tree: "not in the books". */
	ck_assert_int_eq(xcount(d, "//p[@class='gone']"), 2);
	xmlFreeDoc(d);
	json = jk_report_json(&in, &len);
	ck_assert_msg(json_parser_load_from_data(p, json, (gssize)len, NULL),
	    "%s", json);
	ck_assert_ptr_null(strchr(json, '\x01'));
	free(json);
	free(html);
	g_object_unref(p);
}
END_TEST

/* A paragraph on one line of megabytes is shown by its start; line ends
 * (CRLF, none at the end) are not part of the line. */
START_TEST(test_report_long_line_cut)
{
	struct jk_buf		 t;
	struct jk_record	 r[2];
	struct jk_report_in	 in;
	JsonParser		*p = json_parser_new();
	JsonArray		*dec, *lines;
	const char		*first;
	char			*json;
	size_t			 len;
	int			 i;

	jk_buf_init(&t);
	for (i = 0; i < 300000; i++)
		jk_buf_puts(&t, "가");
	jk_buf_puts(&t, "\r\nlast");
	r[0].id = JK_M_STRAY;
	r[0].line = 1;
	r[0].detail = "";
	r[1].id = JK_M_STRAY;
	r[1].line = 2;
	r[1].detail = "";
	memset(&in, 0, sizeof(in));
	in.input = "long.txt";
	in.stem = "long";
	in.text = t.data;
	in.len = t.len;
	in.recs = r;
	in.nrecs = 2;
	json = jk_report_json(&in, &len);
	ck_assert_uint_lt(len, 20000);
	ck_assert(json_parser_load_from_data(p, json, (gssize)len, NULL));
	dec = json_object_get_array_member(json_node_get_object(
	    json_parser_get_root(p)), "decisions");
	lines = json_object_get_array_member(json_object_get_object_member(
	    json_array_get_object_element(dec, 1), "source"), "lines");
	ck_assert_int_eq((int)json_array_get_length(lines), 2);
	first = json_array_get_string_element(lines, 0);
	ck_assert_uint_lt(strlen(first), 700);
	ck_assert(g_str_has_prefix(first, "가가가"));
	ck_assert(g_str_has_suffix(first, "…"));
	ck_assert_str_eq(json_array_get_string_element(lines, 1), "last");
	free(json);
	g_object_unref(p);
	jk_buf_free(&t);
}
END_TEST

START_TEST(test_report_index_links_what_exists)
{
	struct jk_index_row	 rows[2];
	htmlDocPtr		 d;
	char			*html;
	size_t			 len;

	memset(rows, 0, sizeof(rows));
	rows[0].stem = "a&b";
	rows[0].status = JK_ST_CONVERTED;
	rows[0].warnings = 3;
	rows[0].checks = 5;
	rows[0].title = "<b>기술</b>";
	rows[0].report = 1;
	rows[0].books[0] = "a&b.epub";
	rows[1].stem = "c";
	rows[1].status = JK_ST_FAILED;
	rows[1].errors = 1;
	html = jk_index_html(rows, 2, &len);
	d = parse_html(html, len);
	ck_assert_int_eq(xcount(d, "//a[@href='a&b.report.html']"), 1);
	ck_assert_int_eq(xcount(d, "//a[@href='a&b.epub']"), 1);
	ck_assert_int_eq(xcount(d, "//a"), 2);	/* nothing for the failed */
	ck_assert_int_eq(xcount(d, "//td[@class='failed'][.='failed']"), 1);
	ck_assert_int_eq(xcount(d, "//td[@class='n'][.='3']"), 1);
	ck_assert_int_eq(xcount(d, "//td[@class='n'][.='5']"), 1);
	ck_assert_int_eq(xcount(d, "//td[.='<b>기술</b>']"), 1);
	ck_assert_int_eq(xcount(d, "//b"), 0);
	xmlFreeDoc(d);
	free(html);
}
END_TEST

/* The report of an untitled article with a decision on each of its n
 * paragraphs: the work of finding each decision's article title must not
 * grow with the article's length (it once scanned every child). */
static unsigned long long
untitled_work(int n)
{
	struct jk_doc		*doc = jk_doc_new("big.txt");
	struct jk_node		*art;
	struct jk_record	*r = jk_xcalloc((size_t)n, sizeof(*r));
	struct jk_report_in	 in;
	GString			*text = g_string_new(NULL);
	unsigned long long	 w;
	char			*json;
	size_t			 len;
	int			 i;

	art = jk_node_add(doc, doc->root, JK_NODE_ARTICLE, 1);
	for (i = 0; i < n; i++) {
		jk_node_add_text(doc, art, JK_NODE_PARA, "문단입니다.", i + 1);
		g_string_append(text, "문단입니다.\n");
		r[i].id = JK_M_ORDERUNSURE;
		r[i].line = i + 1;
		r[i].detail = (char *)"kept";
	}
	memset(&in, 0, sizeof(in));
	in.input = "big.txt";
	in.stem = "big";
	in.doc = doc;
	in.text = text->str;
	in.len = text->len;
	in.recs = r;
	in.nrecs = (size_t)n;
	in.books = books;
	w = jk_work;
	json = jk_report_json(&in, &len);
	w = jk_work - w;
	ck_assert_ptr_nonnull(json);
	ck_assert_ptr_nonnull(strstr(json, "kept"));
	free(json);
	free(r);
	g_string_free(text, TRUE);
	jk_doc_free(doc);
	return w;
}

START_TEST(test_report_untitled_long_article_linear)
{
	unsigned long long	 w1 = untitled_work(2000), w2 = untitled_work(4000);

	ck_assert_uint_gt(w1, 0);
	ck_assert_msg(w2 <= w1 * 9 / 4, "work %llu at 2000, %llu at 4000",
	    w1, w2);
}
END_TEST

static Suite *
report_suite(void)
{
	Suite	*s = suite_create("report");
	TCase	*tc = tcase_create("report");

	tests_preload_lexicon();
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_report_one_entry_per_decision_with_source);
	tcase_add_test(tc, test_report_ids_exist_in_tree_xml);
	tcase_add_test(tc, test_report_any_entry_generic_and_escaped);
	tcase_add_test(tc, test_report_long_line_cut);
	tcase_add_test(tc, test_report_index_links_what_exists);
	tcase_add_test(tc, test_report_untitled_long_article_linear);
	suite_add_tcase(s, tc);
	return s;
}

JK_CHECK_MAIN(report_suite)
