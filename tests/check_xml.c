/*
 * check_xml.c -- the tree's XML form: writing, reading, validation,
 * refusal of DTDs and entities, exact round trips, and the compiled-in
 * schema kept identical to src/tree/jikji-tree.rng.
 */
#include <sys/wait.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <libxml/relaxng.h>

#include "check_main.h"
#include "structure/convert.h"
#include "tree/tree.h"
#include "tree/xml-int.h"

#define RNG_PATH	"../src/tree/jikji-tree.rng"
#define SCHEMA_C_PATH	"../src/tree/schema.c"

/* === helpers ============================================================ */

static char *
read_test_file(const char *rel, size_t *len)
{
	char	*path = tests_path(rel), *s;

	s = jk_file_read(path, len);
	if (s == NULL)
		fprintf(stderr, "cannot read %s\n", path);
	free(path);
	return s;
}

static void
diag_open(struct jk_diag *d, const char *file)
{
	jk_diag_init(d, file, NULL);
	d->keep = 1;
	d->min_level = JK_DEBUG;
}

static const char *
diag_log(const struct jk_diag *d)
{
	return d->log.len > 0 ? d->log.data : "";
}

static char *
write_xml(const struct jk_doc *doc, size_t *len)
{
	char *x = jk_xml_write(doc, len);

	ck_assert_ptr_nonnull(x);
	ck_assert_uint_eq(strlen(x), *len);
	return x;
}

/* Read s; on failure print the messages. */
static struct jk_doc *
read_xml(const char *s, size_t len, struct jk_diag *d)
{
	struct jk_doc *doc = jk_xml_read(s, len, "test.xml", d);

	if (doc == NULL)
		fprintf(stderr, "%s", diag_log(d));
	return doc;
}

static char *
dump_of(const struct jk_node *n)
{
	char	*s = NULL;
	size_t	 len = 0;
	FILE	*f = open_memstream(&s, &len);

	ck_assert_ptr_nonnull(f);
	jk_tree_dump(n, f);
	fclose(f);
	return s;
}

/* Append a TEXT child (same line as its parent). */
static void
text(struct jk_doc *d, struct jk_node *p, const char *s)
{
	ck_assert(jk_node_append(p, jk_text_new(d, s, (size_t)-1, p->line)));
}

static struct jk_node *
add(struct jk_doc *d, struct jk_node *p, enum jk_ntype t, int line)
{
	struct jk_node *n = jk_node_add(d, p, t, line);

	ck_assert_ptr_nonnull(n);
	return n;
}

static struct jk_node *
add_text(struct jk_doc *d, struct jk_node *p, enum jk_ntype t,
    const char *s, int line)
{
	struct jk_node *n = jk_node_add_text(d, p, t, s, line);

	ck_assert_ptr_nonnull(n);
	return n;
}

static struct jk_node *
noteref(struct jk_doc *d, struct jk_node *p, const char *id,
    const char *label)
{
	struct jk_node *n = add(d, p, JK_NODE_NOTEREF, p->line);

	n->id = id;
	n->label = label;
	return n;
}

/*
 * A tree with every node type, every attribute and flag, and text that
 * tests the writer: markup-looking text, quotes, emoji, spaces at the
 * edges of inline text, an empty meta value, CR and tabs.
 */
static struct jk_doc *
rich_doc(void)
{
	struct jk_doc	*d = jk_doc_new("rich");
	struct jk_node	*r = d->root, *a, *n, *p, *row, *c, *f, *l, *sb;
	struct jk_node	*em;

	jk_meta_set(d, "title", "기술과 혁신");
	jk_meta_set(d, "volume", "469");
	jk_meta_set(d, "description", "");
	jk_meta_set(d, "rights", "  <© 2025> & \"all\" ]]> 'rights'  ");

	a = add(d, r, JK_NODE_ARTICLE, 10);
	a->id = "a01";
	a->label = "특집 \"AI\" <1>";
	a->flags = JK_F_UNSURE;
	add_text(d, a, JK_NODE_SERIES, "연재 <1> & 끝", 10);
	add_text(d, a, JK_NODE_SERIESDESC, "연재는 <기술> & 사람을 소개합니다.",
	    10);
	n = add(d, a, JK_NODE_TITLE, 11);
	text(d, n, "AI와 ");
	em = add(d, n, JK_NODE_EMPH, 11);
	text(d, em, "반도체");
	text(d, n, " 전쟁 😀");
	add_text(d, a, JK_NODE_SUBTITLE, " 부제: 미래 ", 12);
	n = add(d, a, JK_NODE_BYLINE, 13);
	add_text(d, n, JK_NODE_NAME, "홍길동", 13);
	add_text(d, n, JK_NODE_ROLE, "한국과학기술원 교수", 14);
	add_text(d, n, JK_NODE_BIO, "반도체 공학 박사 (KAIST)", 15);
	n = add(d, a, JK_NODE_BYLINE, 0);
	n->flags = JK_F_UNSURE;
	add_text(d, n, JK_NODE_NAME, "김철수", 0);

	n = add(d, a, JK_NODE_DECK, 16);
	add_text(d, n, JK_NODE_PARA, "리드 문단 하나.", 16);
	add_text(d, n, JK_NODE_PARA, "리드 문단 둘.", 17);

	n = add_text(d, a, JK_NODE_HEADING, "1. 들어가며", 18);
	n->level = 1;
	n->id = "a01-h1";

	p = add(d, a, JK_NODE_PARA, 19);
	text(d, p, "  leading and trailing spaces  ");
	noteref(d, p, "a01-n1", "01");
	text(d, p, " then <세계경제포럼 보고서> & ]]> \"q\" 'a' a\tb\r\nc ");
	add(d, p, JK_NODE_BREAK, 20);
	text(d, p, "after a break ");
	em = add(d, p, JK_NODE_EMPH, 20);
	text(d, em, " outer ");
	n = add(d, em, JK_NODE_EMPH, 20);
	text(d, n, "inner");
	noteref(d, em, "a01-n2", "*");
	text(d, p, "&amp; is text, not an entity");

	p = add(d, a, JK_NODE_PARA, 21);
	p->flags = JK_F_UNSURE;
	text(d, p, "   ");

	add(d, a, JK_NODE_PAGEBREAK, 22)->label = "35";
	add(d, a, JK_NODE_PAGEBREAK, 0);

	l = add(d, a, JK_NODE_LIST, 23);
	l->flags = JK_F_ORDERED;
	add_text(d, l, JK_NODE_ITEM, "첫째 ", 23)->label = "①";
	add_text(d, l, JK_NODE_ITEM, "둘째", 24)->label = "②";
	l = add(d, a, JK_NODE_LIST, 25);
	add_text(d, l, JK_NODE_ITEM, "no marker", 25);
	add_text(d, l, JK_NODE_ITEM, "", 26)->label = "";

	f = add(d, a, JK_NODE_FIGURE, 27);
	f->id = "a01-f1";
	f->label = "표 1";
	add_text(d, f, JK_NODE_CAPTION, "연도별 <매출> 현황", 27);
	add_text(d, f, JK_NODE_SOURCE, "<자료: 통계청>", 28);
	n = add(d, f, JK_NODE_TABLE, 29);
	n->id = "a01-t1";
	row = add(d, n, JK_NODE_ROW, 29);
	row->flags = JK_F_HEADER;
	c = add_text(d, row, JK_NODE_CELL, "구분", 29);
	c->flags = JK_F_HEADER;
	c = add_text(d, row, JK_NODE_CELL, "2024", 29);
	c->flags = JK_F_HEADER | JK_F_UNSURE;
	c->colspan = 2;
	row = add(d, n, JK_NODE_ROW, 30);
	c = add(d, row, JK_NODE_CELL, 30);
	c->rowspan = 3;
	c = add_text(d, row, JK_NODE_CELL, "1,234", 30);
	c->flags = JK_F_NUMERIC;
	c = add_text(d, row, JK_NODE_CELL, "-5.6", 30);
	c->flags = JK_F_NUMERIC;
	add_text(d, f, JK_NODE_SOURCE, "단위: %", 31);

	f = add(d, a, JK_NODE_FIGURE, 32);
	f->id = "a01-f2";
	f->label = "그림 1";
	add_text(d, f, JK_NODE_CAPTION, "사진 설명", 32);
	add_text(d, f, JK_NODE_SOURCE, "© 연합뉴스", 33);

	f = add(d, a, JK_NODE_FIGURE, 34);
	f->id = "a01-f3";
	n = add(d, f, JK_NODE_PRE, 34);
	n->text = "  col1   col2\n  1      2\n";

	n = add(d, a, JK_NODE_QUOTE, 36);
	add_text(d, n, JK_NODE_PARA, "\"인용문\"이다.", 36);

	sb = add(d, a, JK_NODE_SIDEBAR, 37);
	sb->label = "profile";
	sb->flags = JK_F_UNSURE;
	add_text(d, sb, JK_NODE_TITLE, "박스 제목", 37);
	add_text(d, sb, JK_NODE_PARA, "박스 본문", 38);
	l = add(d, sb, JK_NODE_LIST, 39);
	add_text(d, l, JK_NODE_ITEM, "박스 항목", 39)->label = "•";

	n = add(d, a, JK_NODE_PRE, 40);
	n->text = "\tindented\n\n  <code> && ]]>\n";

	n = add_text(d, a, JK_NODE_HEADING, "2. 본론", 41);
	n->level = 2;
	n->id = "a01-h2";
	n = add_text(d, a, JK_NODE_HEADING, "2.1 세부", 42);
	n->level = 3;
	n->id = "a01-h3";

	n = add(d, a, JK_NODE_FOOTNOTE, 43);
	n->id = "a01-n1";
	n->label = "01";
	add_text(d, n, JK_NODE_PARA, "각주 본문.", 43);
	n = add(d, a, JK_NODE_FOOTNOTE, 44);
	n->id = "a01-n2";
	n->label = "*";
	p = add(d, n, JK_NODE_PARA, 44);
	text(d, p, "둘째 각주 ");
	em = add(d, p, JK_NODE_EMPH, 44);
	text(d, em, "강조");

	a = add(d, r, JK_NODE_ADVERT, 50);
	a->id = "ad01";
	a->label = "광고";
	add_text(d, a, JK_NODE_TITLE, "광고 제목", 50);
	add_text(d, a, JK_NODE_PARA, "광고 문구", 51);
	sb = add(d, a, JK_NODE_SIDEBAR, 52);
	add_text(d, sb, JK_NODE_PARA, "문의: 02-123-4567", 52);

	a = add(d, r, JK_NODE_ARTICLE, 0);
	a->id = "a02";
	return d;
}

/* === the schema ========================================================= */

/* The C source that compiles text into the library (schema.c). */
static char *
schema_c(const char *text, size_t len)
{
	struct jk_buf	 b;
	size_t		 i;
	int		 open = 0;

	jk_buf_init(&b);
	jk_buf_puts(&b,
	    "/*\n"
	    " * schema.c -- the RELAX NG schema of the XML form, compiled in.\n"
	    " * Generated from jikji-tree.rng, the source of truth: do not edit.\n"
	    " * tests/check_xml.c compares the two byte for byte; `make regen`\n"
	    " * (JK_REGEN=1) rewrites this file from the .rng.\n"
	    " */\n"
	    "#include \"tree.h\"\n"
	    "\n"
	    "static const char schema[] =\n");
	for (i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)text[i];

		if (!open) {
			jk_buf_putc(&b, '"');
			open = 1;
		}
		if (ch == '\\')
			jk_buf_puts(&b, "\\\\");
		else if (ch == '"')
			jk_buf_puts(&b, "\\\"");
		else if (ch == '\n')
			jk_buf_puts(&b, "\\n\"\n"), open = 0;
		else if (ch == '\t')
			jk_buf_puts(&b, "\\t");
		else if (ch < 0x20 || ch == 0x7f)
			jk_buf_printf(&b, "\\%03o", ch);
		else
			jk_buf_putc(&b, ch);
	}
	if (open)
		jk_buf_puts(&b, "\"\n");
	jk_buf_puts(&b,
	    ";\n"
	    "\n"
	    "const char *\n"
	    "jk_xml_schema(void)\n"
	    "{\n"
	    "\treturn schema;\n"
	    "}\n");
	return jk_buf_detach(&b);
}

START_TEST(test_schema_is_the_rng_file)
{
	size_t	 len, clen;
	char	*rng = read_test_file(RNG_PATH, &len), *src, *path, *cur;

	ck_assert_ptr_nonnull(rng);
	src = schema_c(rng, len);
	path = tests_path(SCHEMA_C_PATH);
	if (getenv("JK_REGEN") != NULL) {
		ck_assert_int_eq(jk_file_write_atomic(path, src, strlen(src)),
		    0);
	} else {
		if (strlen(jk_xml_schema()) != len ||
		    memcmp(jk_xml_schema(), rng, len) != 0)
			fprintf(stderr, "schema.c is out of date: run "
			    "`make regen` and rebuild\n");
		ck_assert_uint_eq(strlen(jk_xml_schema()), len);
		ck_assert(memcmp(jk_xml_schema(), rng, len) == 0);
		/* and the file itself is what the generator writes */
		cur = jk_file_read(path, &clen);
		ck_assert_ptr_nonnull(cur);
		ck_assert_str_eq(cur, src);
		free(cur);
	}
	free(path);
	free(src);
	free(rng);
}
END_TEST

START_TEST(test_schema_compiles)
{
	const char		*s = jk_xml_schema();
	xmlRelaxNGParserCtxtPtr	 pc;
	xmlRelaxNGPtr		 rng;

	pc = xmlRelaxNGNewMemParserCtxt(s, (int)strlen(s));
	ck_assert_ptr_nonnull(pc);
	rng = xmlRelaxNGParse(pc);
	ck_assert_ptr_nonnull(rng);
	xmlRelaxNGFree(rng);
	xmlRelaxNGFreeParserCtxt(pc);
}
END_TEST

/* === sniffing =========================================================== */

START_TEST(test_sniff)
{
	static const char *yes[] = {
		"<?xml version=\"1.0\"?><issue/>",
		"\xEF\xBB\xBF<?xml version=\"1.0\"?>",
		"\xEF\xBB\xBF \r\n\t <issue xmlns=\"urn:jikji:tree:1\">",
		"\n\n<issue\n  xmlns=\"urn:jikji:tree:1\"/>",
		"<issue line=\"1\" xmlns=\"urn:jikji:tree:1\">",
	};
	static const char *no[] = {
		"",
		"   ",
		"기술과 혁신 469호",
		"<issues>",
		"<?xmlfoo?>",
		"< issue>",
		"<issue",
		"<issue>",
		"<issue/>",
		"<issue 469> 기술과 혁신",
		"<issue 469> urn:jikji:tree:1",
		"<?xml",
		"x<?xml version=\"1.0\"?>",
		"<세계경제포럼 보고서>",
		"\xEF\xBB\xBF\xEF\xBB\xBF<issue>",
	};
	size_t i;

	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		ck_assert_msg(jk_xml_sniff(yes[i], strlen(yes[i])),
		    "should sniff as XML: %s", yes[i]);
	for (i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		ck_assert_msg(!jk_xml_sniff(no[i], strlen(no[i])),
		    "should not sniff as XML: %s", no[i]);
	/* the length is respected: no reading past it */
	ck_assert(!jk_xml_sniff("<?xml ", 5));
	ck_assert(!jk_xml_sniff(NULL, 0));
}
END_TEST

/* Tree XML saved as UTF-16 by an editor (with or without BOM) is still
 * XML, and reads as the same tree. */
START_TEST(test_utf16_xml)
{
	static const char *const encs[] = { "UTF-16", "UTF-16LE",
	    "UTF-16BE" };
	size_t	 len, n, i, xlen, ylen;
	char	*in = read_test_file("data/xml/layout.xml", &len), *x, *y;
	char	*u, *decl;
	struct jk_diag diag;
	struct jk_doc *d;

	ck_assert_ptr_nonnull(in);
	diag_open(&diag, "u8.xml");
	d = jk_xml_read(in, len, "u8.xml", &diag);
	ck_assert_ptr_nonnull(d);
	x = write_xml(d, &xlen);
	jk_doc_free(d);
	jk_diag_free(&diag);
	for (i = 0; i < sizeof(encs) / sizeof(encs[0]); i++) {
		decl = g_strdup_printf("<?xml version=\"1.0\" encoding=\"%s\"?>"
		    "%s", encs[i], strstr(in, "?>") + 2);
		u = g_convert(decl, -1, encs[i], "UTF-8", NULL, &n, NULL);
		ck_assert_ptr_nonnull(u);
		ck_assert_msg(jk_xml_sniff(u, n), "%s not sniffed", encs[i]);
		diag_open(&diag, "u16.xml");
		d = jk_xml_read(u, n, "u16.xml", &diag);
		ck_assert_msg(d != NULL, "%s: %s", encs[i], diag_log(&diag));
		y = write_xml(d, &ylen);
		ck_assert_str_eq(x, y);
		free(y);
		jk_doc_free(d);
		jk_diag_free(&diag);
		g_free(u);
		g_free(decl);
	}
	free(x);
	free(in);
}
END_TEST

/* === writing and round trips =========================================== */

START_TEST(test_rich_tree_is_valid)
{
	struct jk_doc *d = rich_doc();

	ck_assert_int_eq(jk_tree_check(d->root, stderr), 0);
	jk_doc_free(d);
}
END_TEST

START_TEST(test_rich_golden)
{
	struct jk_doc	*d = rich_doc();
	size_t		 len;
	char		*x = write_xml(d, &len);

	ck_assert(golden_compare("golden/xml/rich.xml", x, len));
	free(x);
	jk_doc_free(d);
}
END_TEST

START_TEST(test_rich_round_trip)
{
	struct jk_doc	*d = rich_doc(), *back;
	struct jk_diag	 diag;
	size_t		 len, len2;
	char		*x = write_xml(d, &len), *x2, *d1, *d2;

	diag_open(&diag, "rich.xml");
	back = read_xml(x, len, &diag);
	ck_assert_ptr_nonnull(back);
	ck_assert_int_eq(diag.count[JK_ERROR], 0);
	ck_assert_int_eq(jk_tree_check(back->root, stderr), 0);
	x2 = write_xml(back, &len2);
	ck_assert_uint_eq(len, len2);
	ck_assert(memcmp(x, x2, len) == 0);
	/* and the trees are the same, not only their XML */
	d1 = dump_of(d->root);
	d2 = dump_of(back->root);
	ck_assert_str_eq(d1, d2);
	free(d1);
	free(d2);
	free(x);
	free(x2);
	jk_doc_free(back);
	jk_doc_free(d);
	jk_diag_free(&diag);
}
END_TEST

/* The series' description: written after the series, read back as
 * the same node with its inline content, and kept by `jikji tree`. */
START_TEST(test_series_desc_round_trip)
{
	struct jk_doc	*d = jk_doc_new("desc"), *back;
	struct jk_node	*a, *n, *em;
	struct jk_diag	 diag;
	size_t		 len, len2;
	char		*x, *x2;
	const char	*want = "<series>혁신 현장</series>\n    <series-desc "
			    "line=\"4\">혁신 현장은 <em>기업</em>의 이야기를 "
			    "전합니다.</series-desc>\n    <title line=\"5\">";

	a = add(d, d->root, JK_NODE_ARTICLE, 3);
	add_text(d, a, JK_NODE_SERIES, "혁신 현장", 0);
	n = add(d, a, JK_NODE_SERIESDESC, 4);
	text(d, n, "혁신 현장은 ");
	em = add(d, n, JK_NODE_EMPH, 0);
	text(d, em, "기업");
	text(d, n, "의 이야기를 전합니다.");
	add_text(d, a, JK_NODE_TITLE, "연구로 연 시장", 5);
	ck_assert_int_eq(jk_tree_check(d->root, stderr), 0);
	x = write_xml(d, &len);
	ck_assert_msg(strstr(x, want) != NULL, "not written as <series-desc> "
	    "after <series>:\n%s", x);
	diag_open(&diag, "desc.xml");
	back = read_xml(x, len, &diag);
	ck_assert_ptr_nonnull(back);
	n = jk_node_child(back->root->first, JK_NODE_SERIESDESC);
	ck_assert_ptr_nonnull(n);
	ck_assert_int_eq(n->line, 4);
	ck_assert_ptr_eq(n->prev, jk_node_child(back->root->first,
	    JK_NODE_SERIES));
	ck_assert_str_eq(jk_node_plain(back, n),
	    "혁신 현장은 기업의 이야기를 전합니다.");
	x2 = write_xml(back, &len2);
	ck_assert_uint_eq(len, len2);
	ck_assert_mem_eq(x, x2, len);
	free(x2);
	free(x);
	jk_doc_free(back);
	jk_doc_free(d);
	jk_diag_free(&diag);
}
END_TEST

START_TEST(test_every_type_written)
{
	struct jk_doc	*d = rich_doc(), *back;
	struct jk_diag	 diag;
	struct jk_iter	 it;
	int		 seen[JK_NTYPE__MAX] = { 0 }, t;
	size_t		 len;
	char		*x = write_xml(d, &len);

	diag_open(&diag, "rich.xml");
	back = read_xml(x, len, &diag);
	ck_assert_ptr_nonnull(back);
	jk_iter_init(&it, back->root);
	while (jk_iter_next(&it) != JK_EV_DONE)
		if (it.ev == JK_EV_ENTER)
			seen[jk_iter_node(&it)->type]++;
	for (t = 0; t < JK_NTYPE__MAX; t++)
		ck_assert_msg(seen[t] > 0, "no %s read back", jk_ntype_name(t));
	free(x);
	jk_doc_free(back);
	jk_doc_free(d);
	jk_diag_free(&diag);
}
END_TEST

/* The first PARA (or other type t) in document order. */
static struct jk_node *
find(struct jk_node *root, enum jk_ntype t, int nth)
{
	struct jk_iter it;

	jk_iter_init(&it, root);
	while (jk_iter_next(&it) != JK_EV_DONE)
		if (it.ev == JK_EV_ENTER && jk_iter_node(&it)->type == t &&
		    nth-- == 0)
			return jk_iter_node(&it);
	return NULL;
}

START_TEST(test_inline_text_exact)
{
	struct jk_doc	*d = rich_doc(), *back;
	struct jk_diag	 diag;
	struct jk_node	*p;
	size_t		 len;
	char		*x = write_xml(d, &len);

	/* escaping is libxml2's; markup-looking text is text */
	ck_assert_ptr_nonnull(strstr(x, "&lt;세계경제포럼 보고서&gt; &amp; "
	    "]]&gt;"));
	ck_assert_ptr_null(strstr(x, "<세계경제포럼"));
	ck_assert_ptr_nonnull(strstr(x, "&amp;amp; is text"));
	ck_assert_ptr_null(strchr(x, '\r'));
	ck_assert_ptr_nonnull(strstr(x, "&#13;"));
	/* no whitespace added inside inline content */
	ck_assert_ptr_nonnull(strstr(x, "<p line=\"19\">  leading and "
	    "trailing spaces  <noteref ref=\"a01-n1\" line=\"19\">01"
	    "</noteref> then "));
	ck_assert_ptr_nonnull(strstr(x, "<title line=\"11\">AI와 <em "
	    "line=\"11\">반도체</em> 전쟁 😀</title>"));

	diag_open(&diag, "rich.xml");
	back = read_xml(x, len, &diag);
	ck_assert_ptr_nonnull(back);
	p = find(back->root, JK_NODE_PARA, 2);	/* after the deck's two */
	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(p->first->type, JK_NODE_TEXT);
	ck_assert_str_eq(p->first->text, "  leading and trailing spaces  ");
	ck_assert_str_eq(p->first->next->next->text, " then <세계경제포럼 "
	    "보고서> & ]]> \"q\" 'a' a\tb\r\nc ");
	ck_assert_str_eq(p->last->text, "&amp; is text, not an entity");
	p = find(back->root, JK_NODE_PARA, 3);
	ck_assert_ptr_nonnull(p);
	ck_assert_str_eq(p->first->text, "   ");
	ck_assert_str_eq(jk_meta_get(back, "description"), "");
	ck_assert_str_eq(jk_meta_get(back, "rights"),
	    "  <© 2025> & \"all\" ]]> 'rights'  ");
	ck_assert_str_eq(find(back->root, JK_NODE_PRE, 1)->text,
	    "\tindented\n\n  <code> && ]]>\n");
	ck_assert_str_eq(find(back->root, JK_NODE_ARTICLE, 0)->label,
	    "특집 \"AI\" <1>");
	free(x);
	jk_doc_free(back);
	jk_doc_free(d);
	jk_diag_free(&diag);
}
END_TEST

START_TEST(test_attributes_round_trip)
{
	struct jk_doc	*d = jk_doc_new("attrs"), *back;
	struct jk_diag	 diag;
	struct jk_node	*a, *n;
	size_t		 len, len2;
	char		*x, *x2;

	a = add(d, d->root, JK_NODE_ARTICLE, 1);
	a->id = "a01";
	a->label = "line\none\ttab \"q\" <&> ]]> '";
	n = add(d, a, JK_NODE_PAGEBREAK, 2);
	n->label = " 3 5 ";
	x = write_xml(d, &len);
	ck_assert_ptr_nonnull(strstr(x, "&#10;"));
	ck_assert_ptr_nonnull(strstr(x, "&#9;"));
	diag_open(&diag, "attrs.xml");
	back = read_xml(x, len, &diag);
	ck_assert_ptr_nonnull(back);
	ck_assert_str_eq(back->root->last->label, a->label);
	ck_assert_str_eq(back->root->last->first->label, " 3 5 ");
	x2 = write_xml(back, &len2);
	ck_assert_str_eq(x, x2);
	free(x);
	free(x2);
	jk_doc_free(back);
	jk_doc_free(d);
	jk_diag_free(&diag);
}
END_TEST

START_TEST(test_empty_tree)
{
	struct jk_doc	*d = jk_doc_new("empty"), *back;
	struct jk_diag	 diag;
	size_t		 len;
	char		*x = write_xml(d, &len), *x2;

	ck_assert_str_eq(x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<issue xmlns=\"urn:jikji:tree:1\"/>\n");
	diag_open(&diag, "empty.xml");
	back = read_xml(x, len, &diag);
	ck_assert_ptr_nonnull(back);
	ck_assert_ptr_null(back->root->first);
	x2 = write_xml(back, &len);
	ck_assert_str_eq(x, x2);
	free(x);
	free(x2);
	jk_doc_free(back);
	jk_doc_free(d);
	jk_diag_free(&diag);
}
END_TEST

/* Text XML cannot carry is replaced, so the output stays well-formed. */
START_TEST(test_unwritable_text_replaced)
{
	struct jk_doc	*d = jk_doc_new("bad"), *back;
	struct jk_diag	 diag;
	struct jk_node	*a, *p;
	size_t		 len;
	char		*x;

	a = add(d, d->root, JK_NODE_ARTICLE, 0);
	p = add(d, a, JK_NODE_PARA, 0);
	text(d, p, "nul\x01" "bell\x07 bad\xC3(utf8 \xEF\xBF\xBF end");
	a->label = "ctl\x1b";
	x = write_xml(d, &len);
	diag_open(&diag, "bad.xml");
	back = read_xml(x, len, &diag);
	ck_assert_ptr_nonnull(back);
	p = find(back->root, JK_NODE_PARA, 0);
	ck_assert_str_eq(p->first->text, "nul\xEF\xBF\xBD" "bell\xEF\xBF\xBD"
	    " bad\xEF\xBF\xBD(utf8 \xEF\xBF\xBD end");
	ck_assert_str_eq(back->root->first->label, "ctl\xEF\xBF\xBD");
	free(x);
	jk_doc_free(back);
	jk_doc_free(d);
	jk_diag_free(&diag);
}
END_TEST

/* A document written by hand, laid out differently, reads into the
 * same tree and is written in the canonical layout. */
START_TEST(test_layout_normalised)
{
	struct jk_doc	*d;
	struct jk_diag	 diag;
	struct jk_node	*p;
	size_t		 len, olen;
	char		*in = read_test_file("data/xml/layout.xml", &len), *x;

	ck_assert_ptr_nonnull(in);
	diag_open(&diag, "layout.xml");
	d = read_xml(in, len, &diag);
	ck_assert_ptr_nonnull(d);
	ck_assert_str_eq(find(d->root, JK_NODE_TITLE, 0)->first->text,
	    "A <title> & ]]> text");
	p = find(d->root, JK_NODE_PARA, 0);
	ck_assert_str_eq(p->first->text, "  keep  these  ");
	ck_assert_str_eq(p->first->next->first->text, " spaces ");
	ck_assert_str_eq(p->last->text, " ");
	ck_assert_str_eq(find(d->root, JK_NODE_PARA, 1)->first->text, "   ");
	ck_assert_str_eq(find(d->root, JK_NODE_PRE, 0)->text,
	    "\n  x = 1;\n\ty = 2;\n");
	ck_assert_str_eq(jk_meta_get(d, "empty"), "");
	ck_assert_int_eq(find(d->root, JK_NODE_ARTICLE, 0)->line, 7);
	x = write_xml(d, &olen);
	ck_assert(golden_compare("golden/xml/layout.xml", x, olen));
	free(x);
	free(in);
	jk_doc_free(d);
	jk_diag_free(&diag);
}
END_TEST

/* The golden files are valid for xmllint too, not only for libxml2
 * through jikji. */
START_TEST(test_xmllint_agrees)
{
	char	*rng = tests_path(RNG_PATH), *g1, *g2, *cmd;
	int	 rc;

	ck_assert_msg(system("command -v xmllint >/dev/null 2>&1") == 0,
	    "xmllint missing (Debian package libxml2-utils)");
	g1 = tests_path("golden/xml/rich.xml");
	g2 = tests_path("golden/xml/layout.xml");
	cmd = jk_xasprintf("xmllint --noout --nonet --relaxng %s %s %s "
	    ">/dev/null 2>&1", rng, g1, g2);
	rc = system(cmd);
	ck_assert(WIFEXITED(rc) && WEXITSTATUS(rc) == 0);
	free(cmd);
	free(g1);
	free(g2);
	free(rng);
}
END_TEST

/* === rejected input ===================================================== */

static const struct bad {
	const char	*file;
	int		 line;		/* line of the first message */
	const char	*says;		/* in the first message */
} bads[] = {
	{ "malformed-unclosed.xml", 5, "mismatch" },
	{ "malformed-amp.xml", 4, "EntityRef" },
	{ "malformed-entity.xml", 5, "nbsp" },
	{ "malformed-encoding.xml", 0, "input conversion failed" },
	{ "doctype-xxe.xml", 2, "document type declaration refused" },
	{ "doctype-param.xml", 2, "document type declaration refused" },
	{ "doctype-external.xml", 2, "document type declaration refused" },
	{ "doctype-laughs.xml", 2, "document type declaration refused" },
	{ "invalid-child.xml", 4, "<p>" },
	{ "invalid-attr.xml", 6, "<h level=\"7\">: level must be 1, 2 or 3" },
	{ "invalid-unknown-attr.xml", 4, "<p>" },
	{ "invalid-namespace.xml", 2, "<issue>" },
	{ "invalid-text.xml", 5, "text \"loose text\" not allowed directly "
	    "in <list>: put it in an <item>" },
	{ "invalid-empty-table.xml", 6, "<table> needs at least one <row>: "
	    "add a <row>" },
	{ "invalid-h-nolevel.xml", 6, "<h> needs a level attribute: write "
	    "<h level=\"1\">" },
	{ "invalid-footnote-text.xml", 7, "not allowed directly in "
	    "<footnote>: put it in a <p>" },
	{ "invalid-order.xml", 5, "title" },
	{ "invalid-series-desc-order.xml", 6, "<series-desc> must come "
	    "before <title>" },
	{ "dup-id.xml", 7, "duplicate id \"x\" (first at line 4)" },
	{ "dangling-ref.xml", 5, "unknown footnote \"a01-n9\"" },
};

START_TEST(test_rejected)
{
	const struct bad *b = &bads[_i];
	struct jk_diag	 diag;
	struct jk_doc	*d;
	size_t		 len;
	char		*rel = jk_xasprintf("data/xml/%s", b->file);
	char		*in = read_test_file(rel, &len), *want, *golden;
	const char	*log, *nl;

	ck_assert_ptr_nonnull(in);
	diag_open(&diag, rel);
	d = jk_xml_read(in, len, rel, &diag);
	ck_assert_ptr_null(d);
	ck_assert_int_eq(diag.worst, JK_ERROR);
	ck_assert_int_gt(diag.count[JK_ERROR], 0);
	log = diag_log(&diag);
	/* the first message: FILE:LINE: ... */
	want = b->line > 0 ? jk_xasprintf("%s:%d: error: ", rel, b->line) :
	    jk_xasprintf("%s: error: ", rel);
	ck_assert_msg(strncmp(log, want, strlen(want)) == 0,
	    "%s: want \"%s\", got: %s", b->file, want, log);
	nl = strchr(log, '\n');
	ck_assert_ptr_nonnull(nl);
	ck_assert_msg(memmem(log, (size_t)(nl - log), b->says,
	    strlen(b->says)) != NULL, "%s: \"%s\" not in: %s", b->file,
	    b->says, log);
	/* the user's terms: nothing of libxml2's insides, no empty names */
	ck_assert_ptr_null(strstr(log, "XML_PARSE"));
	ck_assert_ptr_null(strstr(log, "Expecting"));
	ck_assert_ptr_null(strstr(log, "<>"));
	/* nothing from the file an entity pointed to */
	ck_assert_ptr_null(strstr(log, "root:"));
	golden = jk_xasprintf("golden/xml/%.*s.diag",
	    (int)(strlen(b->file) - 4), b->file);
	ck_assert(golden_compare(golden, log, strlen(log)));
	free(golden);
	free(want);
	free(in);
	free(rel);
	jk_diag_free(&diag);
}
END_TEST

/* === the own structure check agrees with the RELAX NG schema =========== */

/* Where an element can stand: the elements opened around it. */
static const char *
context_of(int t)
{
	switch (t) {
	case JK_NODE_ISSUE:
		return "";
	case JK_NODE_META: case JK_NODE_ARTICLE: case JK_NODE_ADVERT:
		return "issue";
	case JK_NODE_NAME: case JK_NODE_ROLE: case JK_NODE_BIO:
		return "issue article byline";
	case JK_NODE_ITEM:
		return "issue article list";
	case JK_NODE_ROW:
		return "issue article table";
	case JK_NODE_CELL:
		return "issue article table row";
	case JK_NODE_CAPTION: case JK_NODE_SOURCE:
		return "issue article figure";
	case JK_NODE_EMPH: case JK_NODE_NOTEREF: case JK_NODE_BREAK:
		return "issue article p";
	default:
		return "issue article";
	}
}

/* An element of type t holding the least it needs; extra attributes. */
static void
minimal(struct jk_buf *b, int t, const char *attrs)
{
	const char	*n = jk_ntype_name(t);
	const char	*req = t == JK_NODE_HEADING ? " level=\"1\"" :
			    t == JK_NODE_META ? " name=\"k\"" :
			    t == JK_NODE_NOTEREF ? " ref=\"n\"" : "";
	const char	*body = t == JK_NODE_TABLE ? "<row><cell/></row>" :
			    t == JK_NODE_ROW ? "<cell/>" :
			    t == JK_NODE_LIST ? "<item/>" :
			    t == JK_NODE_FOOTNOTE || t == JK_NODE_QUOTE ||
			    t == JK_NODE_DECK ? "<p/>" : "";

	jk_buf_printf(b, "<%s%s%s>%s</%s>", n, req, attrs, body, n);
}

/* A document with inner (raw XML) inside an element of type t,
 * itself where it can stand. */
static char *
doc_with(int t, const char *attrs, const char *inner)
{
	struct jk_buf	 b;
	char		**ctx = g_strsplit(context_of(t), " ", -1);
	int		 i, n = (int)g_strv_length(ctx);
	const char	*tn = jk_ntype_name(t);

	jk_buf_init(&b);
	jk_buf_puts(&b, "<?xml version=\"1.0\"?>\n");
	for (i = 0; i < n; i++)
		if (*ctx[i] != '\0')
			jk_buf_printf(&b, "<%s%s>", ctx[i], i == 0 ?
			    " xmlns=\"urn:jikji:tree:1\"" : "");
	jk_buf_printf(&b, "<%s%s%s%s%s%s>%s</%s>", tn, n == 0 || *ctx[0] == '\0' ?
	    " xmlns=\"urn:jikji:tree:1\"" : "",
	    t == JK_NODE_HEADING && strstr(attrs, "level=") == NULL ?
	    " level=\"1\"" : "",
	    t == JK_NODE_META && strstr(attrs, "name=") == NULL ?
	    " name=\"k\"" : "",
	    t == JK_NODE_NOTEREF && strstr(attrs, "ref=") == NULL ?
	    " ref=\"n\"" : "", attrs, inner, tn);
	for (i = n - 1; i >= 0; i--)
		if (*ctx[i] != '\0')
			jk_buf_printf(&b, "</%s>", ctx[i]);
	g_strfreev(ctx);
	return jk_buf_detach(&b);
}

static void
ignore_problem(void *ctx, long line, const char *msg)
{
}

/* Both validators on one document; counts the valid ones. */
static void
agree(const char *doc, int *nvalid, int *ninvalid)
{
	xmlDocPtr	 x = xmlReadMemory(doc, (int)strlen(doc), NULL, NULL,
			    XML_PARSE_NONET | XML_PARSE_NOERROR |
			    XML_PARSE_NOWARNING);
	int		 rng, own;

	if (x == NULL)
		return;		/* not well-formed: neither sees it */
	rng = jk_xml_rng_valid(x);
	own = jk_xml_check(x, ignore_problem, NULL) == 0;
	ck_assert_int_ge(rng, 0);
	ck_assert_msg(rng == own, "RELAX NG says %s, own check says %s:\n%s",
	    rng ? "valid" : "invalid", own ? "valid" : "invalid", doc);
	(*(own ? nvalid : ninvalid))++;
	xmlFreeDoc(x);
}

START_TEST(test_own_check_agrees_with_rng)
{
	static const char *const attrs[] = {
		"", " line=\"3\"", " line=\"0\"", " line=\"x\"",
		" line=\" +7 \"", " line=\"2147483648\"", " unsure=\"yes\"",
		" unsure=\" yes \"", " unsure=\"no\"", " id=\"a1\"",
		" id=\"1a\"", " id=\"a b\"", " id=\"a:b\"", " id=\" _x \"",
		" level=\"2\"", " level=\"4\"", " level=\"0\"",
		" level=\"+3\"", " level=\"\"", " colspan=\"1\"",
		" colspan=\"0\"", " rowspan=\"-2\"", " rowspan=\"12\"",
		" header=\"yes\"", " numeric=\"1\"", " ordered=\"yes\"",
		" marker=\"1)\"", " section=\"s\"", " label=\"1\"",
		" kind=\"box\"", " folio=\"12\"", " ref=\"n2\"",
		" ref=\"2\"", " name=\"title\"", " style=\"x\"",
		" xml:lang=\"ko\"",
	};
	static const char *const texts[] = { "", " \n ", "text" };
	struct jk_buf	 inner;
	int		 p, a, b, i, nvalid = 0, ninvalid = 0;
	char		*doc;

	jk_buf_init(&inner);
	for (p = 0; p < JK_NTYPE__MAX; p++) {
		if (p == JK_NODE_TEXT)
			continue;
		/* attributes */
		for (i = 0; i < (int)(sizeof(attrs) / sizeof(attrs[0])); i++) {
			doc = doc_with(p, attrs[i], "");
			agree(doc, &nvalid, &ninvalid);
			free(doc);
		}
		/* text */
		for (i = 0; i < 3; i++) {
			doc = doc_with(p, "", texts[i]);
			agree(doc, &nvalid, &ninvalid);
			free(doc);
		}
		/* every child, alone and before every other child */
		for (a = 0; a < JK_NTYPE__MAX; a++) {
			if (a == JK_NODE_TEXT)
				continue;
			jk_buf_reset(&inner);
			jk_buf_puts(&inner, "");
			minimal(&inner, a, "");
			doc = doc_with(p, "", inner.data);
			agree(doc, &nvalid, &ninvalid);
			free(doc);
			if (!jk_can_contain(p, a) && p != JK_NODE_ISSUE)
				continue;
			for (b = 0; b < JK_NTYPE__MAX; b++) {
				if (b == JK_NODE_TEXT || (!jk_can_contain(p, b)
				    && b != JK_NODE_META))
					continue;
				jk_buf_reset(&inner);
				jk_buf_puts(&inner, "");
				minimal(&inner, a, "");
				minimal(&inner, b, "");
				minimal(&inner, a, "");
				doc = doc_with(p, "", inner.data);
				agree(doc, &nvalid, &ninvalid);
				free(doc);
			}
		}
	}
	jk_buf_free(&inner);
	fprintf(stderr, "own check and RELAX NG agree on %d valid and %d "
	    "invalid documents\n", nvalid, ninvalid);
	ck_assert_int_gt(nvalid, 300);
	ck_assert_int_gt(ninvalid, 300);
}
END_TEST

/* Work of reading (and repairing) a paragraph with n line breaks. */
static unsigned long long
breaks_work(int n)
{
	struct jk_buf	 b;
	struct jk_diag	 diag;
	struct jk_doc	*d;
	unsigned long long before;
	int		 i;

	jk_buf_init(&b);
	jk_buf_puts(&b, "<issue xmlns=\"urn:jikji:tree:1\"><article><title>"
	    "t</title><p>");
	for (i = 0; i < n; i++)
		jk_buf_puts(&b, "a<br/>");
	jk_buf_puts(&b, "</p></article></issue>");
	diag_open(&diag, "br.xml");
	before = jk_work;
	d = jk_xml_read(b.data, b.len, "br.xml", &diag);
	ck_assert_msg(d != NULL, "%s", diag_log(&diag));
	jk_tree_repair(d, &diag);
	ck_assert_int_eq(jk_node_count(d->root->first->last, JK_NODE_BREAK),
	    n);
	jk_doc_free(d);
	jk_diag_free(&diag);
	jk_buf_free(&b);
	return jk_work - before;
}

/* The structure check is one pass: twice the <br/>, twice the work
 * (the RELAX NG validator took minutes on 200,000 of them). */
START_TEST(test_many_breaks_linear)
{
	unsigned long long w1 = breaks_work(20000), w2 = breaks_work(40000);

	fprintf(stderr, "reading 20000 / 40000 <br/>: work %llu / %llu\n",
	    w1, w2);
	ck_assert_uint_ge(w1, 20000);
	ck_assert_uint_le(w2, w1 * 21 / 10);
}
END_TEST

/* The test files and the sample's tree: same verdict from both. */
START_TEST(test_own_check_agrees_on_files)
{
	static const char *const dirs[] = { "data/xml", "fuzz/corpus/xml" };
	struct dirent	*e;
	DIR		*dir;
	size_t		 i, len;
	int		 nvalid = 0, ninvalid = 0;
	char		*rel, *in;

	for (i = 0; i < 2; i++) {
		char	*path = tests_path(dirs[i]);

		ck_assert_ptr_nonnull(dir = opendir(path));
		while ((e = readdir(dir)) != NULL) {
			if (strstr(e->d_name, ".xml") == NULL ||
			    strstr(e->d_name, "doctype") != NULL)
				continue;
			rel = jk_xasprintf("%s/%s", dirs[i], e->d_name);
			in = read_test_file(rel, &len);
			ck_assert_ptr_nonnull(in);
			agree(in, &nvalid, &ninvalid);
			free(in);
			free(rel);
		}
		closedir(dir);
		free(path);
	}
	ck_assert_int_gt(nvalid, 3);
	ck_assert_int_gt(ninvalid, 8);
}
END_TEST

/* An entity that would read /etc/passwd: whatever the parser does,
 * that file's text never gets into a tree. */
START_TEST(test_xxe_never_reads_file)
{
	static const char *docs[] = {
		"<?xml version=\"1.0\"?>\n<!DOCTYPE issue [\n<!ENTITY x "
		"SYSTEM \"file:///etc/passwd\">]>\n<issue xmlns=\""
		"urn:jikji:tree:1\"><meta name=\"t\">&x;</meta></issue>\n",
		"<!DOCTYPE issue [<!ENTITY x SYSTEM \"/etc/passwd\">]>"
		"<issue xmlns=\"urn:jikji:tree:1\"><meta name=\"t\">&x;"
		"</meta></issue>",
		"<?xml version=\"1.0\"?>\n<issue xmlns=\"urn:jikji:tree:1\" "
		"xmlns:xi=\"http://www.w3.org/2001/XInclude\"><meta name=\"t\">"
		"<xi:include href=\"/etc/passwd\" parse=\"text\"/></meta>"
		"</issue>\n",
	};
	size_t i;

	for (i = 0; i < sizeof(docs) / sizeof(docs[0]); i++) {
		struct jk_diag	 diag;
		struct jk_doc	*d;

		diag_open(&diag, "xxe.xml");
		d = jk_xml_read(docs[i], strlen(docs[i]), "xxe.xml", &diag);
		ck_assert_ptr_null(d);
		ck_assert_int_eq(diag.worst, JK_ERROR);
		ck_assert_ptr_null(strstr(diag_log(&diag), "root:"));
		jk_diag_free(&diag);
	}
}
END_TEST

START_TEST(test_rejects_garbage)
{
	static const char bin[] = "\x00\x01\x02\xff\xfe<issue\x00>";
	struct jk_diag	 diag;

	diag_open(&diag, "g.xml");
	ck_assert_ptr_null(jk_xml_read("", 0, "g.xml", &diag));
	ck_assert_ptr_null(jk_xml_read(NULL, 0, "g.xml", &diag));
	ck_assert_ptr_null(jk_xml_read(bin, sizeof(bin) - 1, "g.xml",
	    &diag));
	ck_assert_ptr_null(jk_xml_read("<issue xmlns=\"urn:jikji:tree:1\">",
	    32, "g.xml", &diag));
	ck_assert_ptr_null(jk_xml_read("기술과 혁신", strlen("기술과 혁신"),
	    "g.xml", &diag));
	ck_assert_int_ge(diag.count[JK_ERROR], 5);
	/* a diag may be NULL: nothing printed, still refused */
	ck_assert_ptr_null(jk_xml_read("<x/>", 4, "g.xml", NULL));
	jk_diag_free(&diag);
}
END_TEST

/* Many errors: a bounded number of messages, and a count of the rest. */
START_TEST(test_many_errors_bounded)
{
	struct jk_buf	 b;
	struct jk_diag	 diag;
	int		 i;

	jk_buf_init(&b);
	jk_buf_puts(&b, "<issue xmlns=\"urn:jikji:tree:1\">\n");
	for (i = 0; i < 200; i++)
		jk_buf_puts(&b, "<article><h level=\"1\" id=\"x\">a</h>"
		    "</article>\n");
	jk_buf_puts(&b, "</issue>\n");
	diag_open(&diag, "many.xml");
	ck_assert_ptr_null(jk_xml_read(b.data, b.len, "many.xml", &diag));
	ck_assert_int_le(diag.count[JK_ERROR], 25);
	ck_assert_ptr_nonnull(strstr(diag_log(&diag), "more errors"));
	jk_buf_free(&b);
	jk_diag_free(&diag);
}
END_TEST

/* === nesting ============================================================ */

static struct jk_doc *
nested_doc(int depth)
{
	struct jk_doc	*d = jk_doc_new("deep");
	struct jk_node	*a, *n;
	int		 i;

	a = add(d, d->root, JK_NODE_ARTICLE, 0);
	n = add(d, a, JK_NODE_PARA, 0);
	for (i = 0; i < depth; i++)
		n = add(d, n, JK_NODE_EMPH, 0);
	text(d, n, "deep");
	return d;
}

START_TEST(test_nesting_round_trip)
{
	struct jk_doc	*d = nested_doc(200), *back;
	struct jk_diag	 diag;
	size_t		 len, len2;
	char		*x = write_xml(d, &len), *x2;

	diag_open(&diag, "nested.xml");
	back = read_xml(x, len, &diag);
	ck_assert_ptr_nonnull(back);
	x2 = write_xml(back, &len2);
	ck_assert_str_eq(x, x2);
	free(x);
	free(x2);
	jk_doc_free(back);
	jk_doc_free(d);
	jk_diag_free(&diag);
}
END_TEST

/* Absurd nesting is written without recursion and refused on reading,
 * with a message and no crash. */
START_TEST(test_huge_nesting)
{
	struct jk_doc	*d = nested_doc(20000);
	struct jk_diag	 diag;
	size_t		 len;
	char		*x = write_xml(d, &len);

	ck_assert_uint_gt(len, 20000 * 9);
	ck_assert_ptr_nonnull(strstr(x, "<em><em>deep</em></em>"));
	diag_open(&diag, "huge.xml");
	ck_assert_ptr_null(jk_xml_read(x, len, "huge.xml", &diag));
	ck_assert_int_eq(diag.worst, JK_ERROR);
	ck_assert_ptr_nonnull(strstr(diag_log(&diag), "error: XML tree "
	    "input rejected: elements nested more than 256 deep"));
	ck_assert_ptr_nonnull(strstr(diag_log(&diag), "remove the extra "
	    "nesting"));
	ck_assert_ptr_null(strstr(diag_log(&diag), "XML_PARSE"));
	free(x);
	jk_doc_free(d);
	jk_diag_free(&diag);
}
END_TEST

START_TEST(test_huge_nesting_unclosed)
{
	struct jk_buf	 b;
	struct jk_diag	 diag;
	int		 i;

	jk_buf_init(&b);
	jk_buf_puts(&b, "<issue xmlns=\"urn:jikji:tree:1\"><article><p>");
	for (i = 0; i < 200000; i++)
		jk_buf_puts(&b, "<em>");
	diag_open(&diag, "huge.xml");
	ck_assert_ptr_null(jk_xml_read(b.data, b.len, "huge.xml", &diag));
	ck_assert_int_eq(diag.worst, JK_ERROR);
	jk_buf_free(&b);
	jk_diag_free(&diag);
}
END_TEST

/* Link without the shape check, to build trees the API refuses. */
static void
link_child(struct jk_node *p, struct jk_node *c)
{
	c->parent = p;
	c->prev = p->last;
	if (p->last != NULL)
		p->last->next = c;
	else
		p->first = c;
	p->last = c;
}

/* Block nesting deeper than the shape allows is still written, with the
 * indentation capped, and refused on reading. */
START_TEST(test_deep_blocks_indent_capped)
{
	struct jk_doc	*d = jk_doc_new("deep");
	struct jk_node	*n;
	struct jk_diag	 diag;
	char		 want[80], *x;
	size_t		 len;
	int		 i;

	n = add(d, d->root, JK_NODE_ARTICLE, 0);
	for (i = 0; i < 40; i++) {
		struct jk_node *sb = jk_node_new(d, JK_NODE_SIDEBAR, 0);

		link_child(n, sb);
		n = sb;
	}
	add_text(d, n, JK_NODE_PARA, "x", 0);
	x = write_xml(d, &len);
	want[0] = '\n';
	memset(want + 1, ' ', 64);
	strcpy(want + 65, "<p>x</p>");
	/* a newline, exactly 64 spaces (level 32), the paragraph */
	ck_assert_ptr_nonnull(strstr(x, want));
	diag_open(&diag, "deep.xml");
	ck_assert_ptr_null(jk_xml_read(x, len, "deep.xml", &diag));
	ck_assert_int_eq(diag.worst, JK_ERROR);
	free(x);
	jk_doc_free(d);
	jk_diag_free(&diag);
}
END_TEST

/* === the bundled sample ================================================= */

/* The converter's tree of the sample is valid, for libxml2 through
 * jikji and for xmllint, and its XML round-trips byte for byte. */
START_TEST(test_sample_round_trip)
{
	struct jk_convert_opts	 co;
	struct jk_diag		 diag;
	struct jk_doc		*doc, *back;
	size_t			 len, xlen, ylen;
	char			*in = read_test_file("data/issue-469.txt", &len);
	char			*x, *y, *rng, *cmd, tmp[] = "/tmp/jikji-xml-XXXXXX";
	int			 fd, rc;

	ck_assert_ptr_nonnull(in);
	memset(&co, 0, sizeof(co));
	jk_diag_init(&diag, "issue-469.txt", NULL);
	doc = jk_convert(in, len, "issue-469.txt", &co, &diag);
	ck_assert_ptr_nonnull(doc);
	ck_assert_int_eq(jk_tree_check(doc->root, stderr), 0);
	x = write_xml(doc, &xlen);
	ck_assert(!jk_xml_sniff(in, len));
	ck_assert(jk_xml_sniff(x, xlen));

	jk_diag_free(&diag);
	diag_open(&diag, "issue-469.xml");
	back = read_xml(x, xlen, &diag);
	ck_assert_ptr_nonnull(back);
	ck_assert_int_eq(diag.count[JK_ERROR], 0);
	y = write_xml(back, &ylen);
	ck_assert_uint_eq(xlen, ylen);
	ck_assert(memcmp(x, y, xlen) == 0);
	/* what the CLI does with XML input: a repair finds nothing to do */
	jk_tree_repair(back, &diag);
	free(y);
	y = write_xml(back, &ylen);
	ck_assert(xlen == ylen && memcmp(x, y, xlen) == 0);

	fd = mkstemp(tmp);
	ck_assert_int_ge(fd, 0);
	ck_assert(write(fd, x, xlen) == (ssize_t)xlen);
	close(fd);
	rng = tests_path(RNG_PATH);
	cmd = jk_xasprintf("xmllint --noout --nonet --relaxng %s %s "
	    ">/dev/null 2>&1", rng, tmp);
	rc = system(cmd);
	unlink(tmp);
	ck_assert_msg(WIFEXITED(rc) && WEXITSTATUS(rc) == 0,
	    "xmllint refused the sample's XML");
	free(cmd);
	free(rng);
	free(x);
	free(y);
	free(in);
	jk_doc_free(back);
	jk_doc_free(doc);
	jk_diag_free(&diag);
}
END_TEST

/* === suite ============================================================== */

Suite *
xml_suite(void)
{
	Suite	*s = suite_create("xml");
	TCase	*tc;

	tests_preload_lexicon();
	tc = tcase_create("schema");
	tcase_add_test(tc, test_schema_is_the_rng_file);
	tcase_add_test(tc, test_schema_compiles);
	tcase_add_test(tc, test_sniff);
	tcase_add_test(tc, test_utf16_xml);
	suite_add_tcase(s, tc);

	tc = tcase_create("round-trip");
	tcase_add_test(tc, test_rich_tree_is_valid);
	tcase_add_test(tc, test_rich_golden);
	tcase_add_test(tc, test_rich_round_trip);
	tcase_add_test(tc, test_every_type_written);
	tcase_add_test(tc, test_series_desc_round_trip);
	tcase_add_test(tc, test_inline_text_exact);
	tcase_add_test(tc, test_attributes_round_trip);
	tcase_add_test(tc, test_empty_tree);
	tcase_add_test(tc, test_unwritable_text_replaced);
	tcase_add_test(tc, test_layout_normalised);
	tcase_add_test(tc, test_xmllint_agrees);
	suite_add_tcase(s, tc);

	tc = tcase_create("rejected");
	/* the agreement check tries every pair of element types: room for
	 * the sanitizer build on a loaded machine */
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_rejected, 0,
	    (int)(sizeof(bads) / sizeof(bads[0])));
	tcase_add_test(tc, test_xxe_never_reads_file);
	tcase_add_test(tc, test_own_check_agrees_with_rng);
	tcase_add_test(tc, test_own_check_agrees_on_files);
	tcase_add_test(tc, test_many_breaks_linear);
	tcase_add_test(tc, test_rejects_garbage);
	tcase_add_test(tc, test_many_errors_bounded);
	suite_add_tcase(s, tc);

	tc = tcase_create("nesting");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_nesting_round_trip);
	tcase_add_test(tc, test_huge_nesting);
	tcase_add_test(tc, test_huge_nesting_unclosed);
	tcase_add_test(tc, test_deep_blocks_indent_capped);
	suite_add_tcase(s, tc);

	tc = tcase_create("sample");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_sample_round_trip);
	suite_add_tcase(s, tc);

	return s;
}

JK_CHECK_MAIN(xml_suite)
