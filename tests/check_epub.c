/*
 * check_epub.c -- the EPUB backend: package layout, well-formed XHTML,
 * manifest against the zip listing, golden XHTML, escaping, identical
 * bytes on two runs, atomic failure, and epubcheck when Java is there.
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <dirent.h>
#include <unistd.h>

#include <cairo.h>
#include <glib.h>
#include <hb.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <zip.h>

#include "check_main.h"
#include "epub/epub.h"

#define EPUBCHECK_JAR	"/usr/share/java/epubcheck.jar"

static struct jk_node *
add(struct jk_doc *d, struct jk_node *parent, enum jk_ntype t,
    const char *text)
{
	struct jk_node	*n;

	n = text != NULL ? jk_node_add_text(d, parent, t, text, 1) :
	    jk_node_add(d, parent, t, 1);
	ck_assert_ptr_nonnull(n);
	return n;
}

static struct jk_node *
noteref(struct jk_doc *d, struct jk_node *parent, const char *id,
    const char *label)
{
	struct jk_node	*r = jk_node_new(d, JK_NODE_NOTEREF, 1);

	r->id = jk_doc_strdup(d, id);
	r->label = jk_doc_strdup(d, label);
	ck_assert(jk_node_append(parent, r));
	return r;
}

static void
row(struct jk_doc *d, struct jk_node *t, int header, const char *a,
    const char *b, const char *c)
{
	struct jk_node	*r = add(d, t, JK_NODE_ROW, NULL), *k;
	const char	*v[3] = { a, b, c };
	int		 i;

	if (header)
		r->flags |= JK_F_HEADER;
	for (i = 0; i < 3; i++) {
		if (v[i] == NULL)
			continue;
		k = add(d, r, JK_NODE_CELL, v[i]);
		if (header || i == 0)
			k->flags |= JK_F_HEADER;
		else
			k->flags |= JK_F_NUMERIC;
	}
}

/* A tree with every node type, markup-looking text, notes, tables,
 * figures and page breaks. */
static struct jk_doc *
rich_doc(void)
{
	struct jk_doc	*d = jk_doc_new("rich.txt");
	struct jk_node	*a, *p, *e, *l, *i, *t, *f, *fn, *s, *q, *b, *n;

	jk_meta_set(d, "title", "기술과 혁신");
	jk_meta_set(d, "volume", "41");
	jk_meta_set(d, "issue", "1+2");
	jk_meta_set(d, "date", "2025-01");
	jk_meta_set(d, "publisher", "한국산업기술진흥협회");
	jk_meta_set(d, "modified", "2025-01-01T00:00:00Z");

	a = add(d, d->root, JK_NODE_ARTICLE, NULL);
	a->id = "a01";
	add(d, a, JK_NODE_SERIES, "특집 <기술> & 혁신");
	add(d, a, JK_NODE_SERIESDESC, "특집은 <기술>의 내일을 묻습니다.");
	add(d, a, JK_NODE_TITLE, "<세계경제포럼 보고서>로 본 미래 & ]]>");
	add(d, a, JK_NODE_SUBTITLE, "부제: 혁신의 조건");
	b = add(d, a, JK_NODE_BYLINE, NULL);
	add(d, b, JK_NODE_NAME, "홍길동");
	add(d, b, JK_NODE_ROLE, "한국산업기술진흥협회 연구위원");
	add(d, b, JK_NODE_BIO, "서울대학교에서 공학 박사 학위를 받았다.");
	q = add(d, a, JK_NODE_DECK, NULL);
	add(d, q, JK_NODE_PARA, "산업 활력을 높이는 길을 묻는다.");
	p = add(d, a, JK_NODE_PARA, "본문은 <세계경제포럼 보고서>와 "
	    "R&D 통계를 인용한다 ]]> 그리고 &amp; 문자");
	e = add(d, p, JK_NODE_EMPH, "강조한 말");
	(void)e;
	noteref(d, p, "a01-n1", "01");
	add(d, p, JK_NODE_BREAK, NULL);
	jk_node_append(p, jk_text_new(d, "줄바꿈 뒤의 글", (size_t)-1, 1));
	n = add(d, a, JK_NODE_PAGEBREAK, NULL);
	n->label = "35";
	n = add(d, a, JK_NODE_HEADING, "1. 첫째 소제목");
	n->level = 1;
	n->id = "a01-h1";
	add(d, a, JK_NODE_PARA, "둘째 문단입니다. 기술(技術)과 정부(政府).");
	n = add(d, a, JK_NODE_HEADING, "세부 항목");
	n->level = 2;
	n->id = "a01-h2";
	l = add(d, a, JK_NODE_LIST, NULL);
	l->flags |= JK_F_ORDERED;
	i = add(d, l, JK_NODE_ITEM, "첫째 항목");
	i->label = "①";
	i = add(d, l, JK_NODE_ITEM, "둘째 항목 <b>");
	i->label = "②";
	l = add(d, a, JK_NODE_LIST, NULL);
	i = add(d, l, JK_NODE_ITEM, "점 항목");
	i->label = "•";

	f = add(d, a, JK_NODE_FIGURE, NULL);
	f->id = "a01-f1";
	f->label = "표 1";
	add(d, f, JK_NODE_CAPTION, "연도별 연구개발비");
	add(d, f, JK_NODE_SOURCE, "단위: 억 원");
	t = add(d, f, JK_NODE_TABLE, NULL);
	t->id = "a01-t1";
	row(d, t, 1, "연도", "2023", "2024");
	row(d, t, 0, "기업", "1,234", "1,456");
	row(d, t, 0, "대학 & 연구소", "321", "<없음>");
	add(d, f, JK_NODE_SOURCE, "<자료: 과학기술정보통신부>");

	f = add(d, a, JK_NODE_FIGURE, NULL);
	f->id = "a01-f2";
	f->label = "그림 1";
	add(d, f, JK_NODE_CAPTION, "산업별 성장률");
	add(d, f, JK_NODE_SOURCE, "© 연합뉴스");

	f = add(d, a, JK_NODE_FIGURE, NULL);
	f->id = "a01-f3";
	f->label = "그림 2";
	add(d, f, JK_NODE_CAPTION, "도표 자료");
	n = add(d, f, JK_NODE_PRE, NULL);
	n->text = "항목    값\n매출  <100>\n이익  & 20";

	n = add(d, a, JK_NODE_PAGEBREAK, NULL);
	n->label = "36";
	s = add(d, a, JK_NODE_SIDEBAR, NULL);
	s->label = "profile";
	add(d, s, JK_NODE_TITLE, "상자 기사");
	add(d, s, JK_NODE_PARA, "상자 안의 글입니다.");
	q = add(d, a, JK_NODE_QUOTE, NULL);
	add(d, q, JK_NODE_PARA, "“혁신은 함께할 때 빛난다.”");
	n = add(d, a, JK_NODE_PRE, NULL);
	n->text = "a < b && c > d\n  ]]>";
	t = add(d, a, JK_NODE_TABLE, NULL);
	t->id = "a01-t2";
	row(d, t, 1, "구분", "값", NULL);
	row(d, t, 0, "합계", "10", NULL);
	fn = add(d, a, JK_NODE_FOOTNOTE, NULL);
	fn->id = "a01-n1";
	fn->label = "01";
	add(d, fn, JK_NODE_PARA, "각주의 글 <출처> & 참고.");

	a = add(d, d->root, JK_NODE_ADVERT, NULL);
	a->id = "ad01";
	add(d, a, JK_NODE_PARA, "광고 문구입니다.");

	a = add(d, d->root, JK_NODE_ARTICLE, NULL);
	a->id = "a02";
	add(d, a, JK_NODE_TITLE, "둘째 기사");
	n = add(d, a, JK_NODE_PAGEBREAK, NULL);
	n->label = "37";
	p = add(d, a, JK_NODE_PARA, "둘째 기사의 본문");
	noteref(d, p, "a02-n1", "*");
	n = add(d, a, JK_NODE_HEADING, "소제목");
	n->level = 1;
	n->id = "a02-h1";
	add(d, a, JK_NODE_PARA, "끝.");
	fn = add(d, a, JK_NODE_FOOTNOTE, NULL);
	fn->id = "a02-n1";
	fn->label = "*";
	add(d, fn, JK_NODE_PARA, "별표 각주.");

	/* Untitled units: one named by its series, one by nothing. */
	a = add(d, d->root, JK_NODE_ARTICLE, NULL);
	a->id = "a03";
	add(d, a, JK_NODE_SERIES, "연재 칼럼");
	add(d, a, JK_NODE_PARA, "제목 없는 연재의 글.");
	a = add(d, d->root, JK_NODE_ARTICLE, NULL);
	a->id = "a04";
	add(d, a, JK_NODE_PARA, "이름 붙일 것이 없는 글.");
	ck_assert_int_eq(jk_tree_check(d->root, stderr), 0);
	return d;
}

/*
 * A tree as bad as the shape allows and never repaired: odd and
 * duplicate ids, a note reference without a note, control characters
 * and broken UTF-8, empty containers, a level jump, a repeated folio,
 * no metadata but a malformed date and "modified".
 */
static struct jk_doc *
hostile_doc(void)
{
	struct jk_doc	*d = jk_doc_new("hostile.txt");
	struct jk_node	*a, *p, *n, *t, *r, *f;

	jk_meta_set(d, "date", "1월호");
	jk_meta_set(d, "modified", "yesterday");
	jk_meta_set(d, "title", "제목\x01 <b>&nbsp;</b> \xff\xfe");
	a = add(d, d->root, JK_NODE_ARTICLE, NULL);
	a->id = "기사 1";
	p = add(d, a, JK_NODE_PARA, "제어\x02문자\x1b와 \xc3 깨진 바이트 ]]>");
	noteref(d, p, "없는-각주", "9");
	n = add(d, a, JK_NODE_HEADING, "");
	n->level = 3;
	n->id = "1 2 3";
	n = add(d, a, JK_NODE_HEADING, "같은 id");
	n->level = 1;
	n->id = "1 2 3";
	n = add(d, a, JK_NODE_PAGEBREAK, NULL);
	n->label = "12 <13>";
	n = add(d, a, JK_NODE_PAGEBREAK, NULL);
	n->label = "12 <13>";
	n = add(d, a, JK_NODE_PAGEBREAK, NULL);
	add(d, a, JK_NODE_LIST, NULL);
	t = add(d, a, JK_NODE_TABLE, NULL);
	r = add(d, t, JK_NODE_ROW, NULL);
	n = add(d, r, JK_NODE_CELL, "넓은 칸");
	n->colspan = 3;
	n->rowspan = 2;
	f = add(d, a, JK_NODE_FIGURE, NULL);
	add(d, f, JK_NODE_SOURCE, "<출처>");
	add(d, a, JK_NODE_SIDEBAR, NULL);
	n = add(d, a, JK_NODE_FOOTNOTE, NULL);
	add(d, n, JK_NODE_PARA, "id 없는 각주");
	add(d, d->root, JK_NODE_ARTICLE, NULL);	/* empty, no title */
	a = add(d, d->root, JK_NODE_ADVERT, NULL);
	a->label = "광고 <전면>";
	return d;
}

struct fixture {
	struct jk_style	*style;
	struct jk_diag	 diag;
	struct jk_epub	*ep;
	char		 dir[64];
};

static struct fixture fx;

static void
setup(void)
{
	jk_diag_init(&fx.diag, "epub", stderr);
	jk_fonts_setup(&fx.diag);
	fx.style = jk_style_default();
	fx.ep = jk_epub_new(fx.style, &fx.diag);
	snprintf(fx.dir, sizeof(fx.dir), "/tmp/jkepubXXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(fx.dir));
}

static void
rmtree(const char *dir)
{
	DIR		*d = opendir(dir);
	struct dirent	*e;
	char		*p;
	struct stat	 st;

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		p = jk_xasprintf("%s/%s", dir, e->d_name);
		if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
			rmtree(p);
		else
			unlink(p);
		free(p);
	}
	closedir(d);
	rmdir(dir);
}

static void
teardown(void)
{
	jk_epub_free(fx.ep);
	jk_style_free(fx.style);
	jk_diag_free(&fx.diag);
	if (getenv("JK_KEEP") == NULL)	/* JK_KEEP=1 keeps the books */
		rmtree(fx.dir);
	else
		fprintf(stderr, "kept %s\n", fx.dir);
}

/* Render the rich tree into fx.dir/name; returns the path (malloc'd). */
static char *
render(const char *name)
{
	struct jk_doc	*d = rich_doc();
	char		*path = jk_xasprintf("%s/%s", fx.dir, name);

	ck_assert_int_eq(jk_epub_render(fx.ep, d, path), 0);
	jk_doc_free(d);
	return path;
}

/* One entry of the zip (malloc'd, NUL-terminated), or NULL. */
static char *
zip_get(zip_t *za, const char *name, size_t *len)
{
	zip_stat_t	 st;
	zip_file_t	*zf;
	char		*buf;

	if (zip_stat(za, name, 0, &st) < 0)
		return NULL;
	buf = jk_xmalloc(st.size + 1);
	zf = zip_fopen(za, name, 0);
	ck_assert_ptr_nonnull(zf);
	ck_assert_int_eq(zip_fread(zf, buf, st.size), (zip_int64_t)st.size);
	zip_fclose(zf);
	buf[st.size] = '\0';
	if (len != NULL)
		*len = st.size;
	return buf;
}

static zip_t *
zip_of(const char *path)
{
	int	 err = 0;
	zip_t	*za = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &err);

	ck_assert_msg(za != NULL, "zip_open %s: %d", path, err);
	return za;
}

START_TEST(test_epub_mimetype_first_and_stored)
{
	char		*path = render("a.epub"), *mt;
	zip_t		*za = zip_of(path);
	zip_stat_t	 st;
	FILE		*fp;
	char		 head[64];

	ck_assert_int_eq(zip_stat_index(za, 0, 0, &st), 0);
	ck_assert_str_eq(st.name, "mimetype");
	ck_assert_int_eq(st.comp_method, ZIP_CM_STORE);
	mt = zip_get(za, "mimetype", NULL);
	ck_assert_str_eq(mt, "application/epub+zip");
	ck_assert_int_ge(zip_name_locate(za, "META-INF/container.xml", 0), 1);
	zip_close(za);
	/* The OCF magic: the bytes at offset 30 spell the media type. */
	fp = fopen(path, "rb");
	ck_assert_ptr_nonnull(fp);
	ck_assert_int_eq(fread(head, 1, sizeof(head), fp), sizeof(head));
	fclose(fp);
	ck_assert(memcmp(head + 30, "mimetypeapplication/epub+zip", 28) == 0);
	free(mt);
	free(path);
}
END_TEST

START_TEST(test_epub_every_xhtml_parses)
{
	char		*path = render("a.epub"), *data;
	zip_t		*za = zip_of(path);
	zip_int64_t	 i, n = zip_get_num_entries(za, 0);
	size_t		 len;
	int		 nx = 0;
	xmlDocPtr	 doc;
	const char	*name;

	for (i = 0; i < n; i++) {
		name = zip_get_name(za, i, 0);
		if (!g_str_has_suffix(name, ".xhtml") &&
		    !g_str_has_suffix(name, ".opf") &&
		    !g_str_has_suffix(name, ".ncx") &&
		    !g_str_has_suffix(name, ".xml"))
			continue;
		data = zip_get(za, name, &len);
		doc = xmlReadMemory(data, (int)len, name, NULL,
		    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
		ck_assert_msg(doc != NULL, "%s does not parse", name);
		if (g_str_has_suffix(name, ".xhtml")) {
			xmlNodePtr r = xmlDocGetRootElement(doc);
			xmlChar *lang = xmlGetProp(r, BAD_CAST "lang");
			xmlChar *xl = xmlGetNsProp(r, BAD_CAST "lang",
			    XML_XML_NAMESPACE);

			ck_assert_str_eq((char *)r->name, "html");
			ck_assert_str_eq((char *)lang, "ko");
			ck_assert_str_eq((char *)xl, "ko");
			xmlFree(lang);
			xmlFree(xl);
			nx++;
		}
		xmlFreeDoc(doc);
		free(data);
	}
	/* cover, nav, two articles, one advert, licence */
	ck_assert_int_ge(nx, 5);
	zip_close(za);
	free(path);
}
END_TEST

static xmlXPathContextPtr
xpath_ctx(xmlDocPtr doc)
{
	xmlXPathContextPtr	 x = xmlXPathNewContext(doc);

	xmlXPathRegisterNs(x, BAD_CAST "opf",
	    BAD_CAST "http://www.idpf.org/2007/opf");
	xmlXPathRegisterNs(x, BAD_CAST "dc",
	    BAD_CAST "http://purl.org/dc/elements/1.1/");
	xmlXPathRegisterNs(x, BAD_CAST "h",
	    BAD_CAST "http://www.w3.org/1999/xhtml");
	xmlXPathRegisterNs(x, BAD_CAST "epub",
	    BAD_CAST "http://www.idpf.org/2007/ops");
	return x;
}

static char *
xpath_str(xmlDocPtr doc, const char *expr)
{
	xmlXPathContextPtr	 x = xpath_ctx(doc);
	xmlXPathObjectPtr	 o = xmlXPathEvalExpression(BAD_CAST expr, x);
	char			*s;

	ck_assert_ptr_nonnull(o);
	s = (char *)xmlXPathCastToString(o);
	xmlXPathFreeObject(o);
	xmlXPathFreeContext(x);
	return s;
}

/* Assert that the XPath expr evaluates (as a string) to want. */
static void
xpath_eq(xmlDocPtr doc, const char *expr, const char *want)
{
	char	*s = xpath_str(doc, expr);

	ck_assert_msg(strcmp(s, want) == 0, "%s: got \"%s\", want \"%s\"",
	    expr, s, want);
	xmlFree(s);
}

START_TEST(test_epub_manifest_matches_zip)
{
	char			*path = render("a.epub"), *opf;
	zip_t			*za = zip_of(path);
	zip_int64_t		 i, n = zip_get_num_entries(za, 0);
	size_t			 len;
	xmlDocPtr		 doc;
	xmlXPathContextPtr	 x;
	xmlXPathObjectPtr	 o;
	GHashTable		*listed;
	int			 k, nitems;
	char			*s;

	opf = zip_get(za, "EPUB/content.opf", &len);
	ck_assert_ptr_nonnull(opf);
	doc = xmlReadMemory(opf, (int)len, "content.opf", NULL,
	    XML_PARSE_NONET);
	ck_assert_ptr_nonnull(doc);
	x = xpath_ctx(doc);
	o = xmlXPathEvalExpression(BAD_CAST "//opf:manifest/opf:item/@href",
	    x);
	ck_assert_ptr_nonnull(o);
	nitems = o->nodesetval != NULL ? o->nodesetval->nodeNr : 0;
	listed = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (k = 0; k < nitems; k++) {
		xmlChar *h = xmlNodeGetContent(o->nodesetval->nodeTab[k]);
		char *full = g_strdup_printf("EPUB/%s", (char *)h);

		ck_assert_msg(zip_name_locate(za, full, 0) >= 0,
		    "manifest item %s not in the zip", full);
		g_hash_table_add(listed, full);
		xmlFree(h);
	}
	xmlXPathFreeObject(o);
	xmlXPathFreeContext(x);
	/* Every zip entry but the container files is in the manifest. */
	for (i = 0; i < n; i++) {
		const char *name = zip_get_name(za, i, 0);

		if (strcmp(name, "mimetype") == 0 ||
		    g_str_has_prefix(name, "META-INF/") ||
		    strcmp(name, "EPUB/content.opf") == 0)
			continue;
		ck_assert_msg(g_hash_table_contains(listed, name),
		    "zip entry %s not in the manifest", name);
	}
	ck_assert_int_eq(g_hash_table_size(listed), n - 3);
	/* Metadata. */
	s = xpath_str(doc, "string(//dc:identifier)");
	ck_assert_msg(g_str_has_prefix(s, "urn:uuid:") && strlen(s) == 45,
	    "identifier %s", s);
	xmlFree(s);
	xpath_eq(doc, "string(//opf:meta[@property='dcterms:modified'])",
	    "2025-01-01T00:00:00Z");
	xpath_eq(doc, "string(//dc:language)", "ko");
	xpath_eq(doc, "string(//dc:date)", "2025-01");
	s = xpath_str(doc, "count(//opf:meta[@property='schema:accessMode'"
	    " or @property='schema:accessModeSufficient' or "
	    "@property='schema:accessibilityFeature' or "
	    "@property='schema:accessibilityHazard' or "
	    "@property='schema:accessibilitySummary'])");
	ck_assert_int_ge(atoi(s), 8);
	xmlFree(s);
	/* EPUB Accessibility 1.1 conformance, and the print issue as the
	 * source of the page list. */
	xpath_eq(doc, "string(//opf:meta[@property='dcterms:conformsTo'])",
	    "EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
	xpath_eq(doc, "count(//opf:meta[@property='a11y:certifiedBy'])", "1");
	xpath_eq(doc, "string(//opf:meta[@property='source-of']"
	    "[@refines=concat('#', //dc:source/@id)])", "pagination");
	xpath_eq(doc, "string(//opf:item[@properties='cover-image']"
	    "/@media-type)", "image/png");
	s = xpath_str(doc, "count(//opf:item[starts-with(@media-type, "
	    "'font/')])");
	ck_assert_int_ge(atoi(s), 1);
	xmlFree(s);
	/* The advert is in the spine. */
	xpath_eq(doc, "count(//opf:itemref[@idref='ad001'])", "1");
	g_hash_table_destroy(listed);
	xmlFreeDoc(doc);
	free(opf);
	zip_close(za);
	free(path);
}
END_TEST

/* Class names of a document (added to set). */
static void
doc_classes(xmlDocPtr doc, GHashTable *set)
{
	xmlXPathContextPtr	 x = xpath_ctx(doc);
	xmlXPathObjectPtr	 o;
	char			**v;
	int			 i, k;

	o = xmlXPathEvalExpression(BAD_CAST "//@class", x);
	for (i = 0; o->nodesetval != NULL && i < o->nodesetval->nodeNr;
	    i++) {
		xmlChar *c = xmlNodeGetContent(o->nodesetval->nodeTab[i]);

		v = g_strsplit((char *)c, " ", -1);
		for (k = 0; v[k] != NULL; k++)
			if (*v[k] != '\0')
				g_hash_table_add(set, g_strdup(v[k]));
		g_strfreev(v);
		xmlFree(c);
	}
	xmlXPathFreeObject(o);
	xmlXPathFreeContext(x);
}

/*
 * Every class a document uses has a rule and every class rule is used
 * (epubcheck -u notes both); body text breaks anywhere and is
 * justified between letters, titles and headings keep words whole,
 * links are underlined.
 */
START_TEST(test_epub_css_matches_classes)
{
	char		*path = render("a.epub"), *css, *x, *p, *q;
	zip_t		*za = zip_of(path);
	zip_int64_t	 i, n = zip_get_num_entries(za, 0);
	GHashTable	*used, *ruled;
	GHashTableIter	 it;
	gpointer	 k;
	size_t		 len;
	xmlDocPtr	 doc;

	used = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	ruled = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (i = 0; i < n; i++) {
		const char *name = zip_get_name(za, i, 0);

		if (!g_str_has_suffix(name, ".xhtml"))
			continue;
		x = zip_get(za, name, &len);
		doc = xmlReadMemory(x, (int)len, name, NULL, XML_PARSE_NONET);
		ck_assert_ptr_nonnull(doc);
		doc_classes(doc, used);
		xmlFreeDoc(doc);
		free(x);
	}
	css = zip_get(za, "EPUB/css/jikji.css", NULL);
	/* Class selectors: ".name" before a "{", outside comments. */
	for (p = css; (q = strchr(p, '{')) != NULL; p = strchr(q, '}') + 1) {
		char *sel = g_strndup(p, (gsize)(q - p)), *c;

		if ((c = strstr(sel, "*/")) != NULL)
			memmove(sel, c + 2, strlen(c + 2) + 1);
		for (c = sel; (c = strchr(c, '.')) != NULL; ) {
			size_t l = strspn(++c, "abcdefghijklmnopqrstuvwxyz"
			    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

			if (l > 0)
				g_hash_table_add(ruled, g_strndup(c, l));
			c += l;
		}
		g_free(sel);
		ck_assert_ptr_nonnull(strchr(q, '}'));
	}
	g_hash_table_iter_init(&it, used);
	while (g_hash_table_iter_next(&it, &k, NULL))
		ck_assert_msg(g_hash_table_contains(ruled, k),
		    "class %s used without a rule", (char *)k);
	g_hash_table_iter_init(&it, ruled);
	while (g_hash_table_iter_next(&it, &k, NULL))
		ck_assert_msg(g_hash_table_contains(used, k),
		    "rule for class %s never used", (char *)k);
	ck_assert_int_ge(g_hash_table_size(used), 10);
	p = strstr(css, "body {");
	ck_assert_ptr_nonnull(p);
	q = strchr(p, '}');
	ck_assert(g_strstr_len(p, q - p, "word-break: break-all") != NULL);
	ck_assert(g_strstr_len(p, q - p, "text-justify: inter-character") !=
	    NULL);
	ck_assert(g_strstr_len(p, q - p, "text-align: justify") != NULL);
	p = strstr(css, "h1, h2, h3, h4 {");
	ck_assert_ptr_nonnull(p);
	ck_assert(g_strstr_len(p, strchr(p, '}') - p,
	    "word-break: keep-all") != NULL);
	p = strstr(css, "\na {");
	ck_assert_ptr_nonnull(p);
	ck_assert(g_strstr_len(p, strchr(p, '}') - p,
	    "text-decoration: underline") != NULL);
	ck_assert(strstr(css, "div.table-wrap {\n\tmax-width: 100%;\n"
	    "\toverflow-x: auto;") != NULL);
	free(css);
	g_hash_table_destroy(used);
	g_hash_table_destroy(ruled);
	zip_close(za);
	free(path);
}
END_TEST

START_TEST(test_epub_golden_article)
{
	char	*path = render("a.epub"), *x;
	zip_t	*za = zip_of(path);
	size_t	 len;

	x = zip_get(za, "EPUB/text/c001.xhtml", &len);
	ck_assert_ptr_nonnull(x);
	ck_assert(golden_compare("golden/epub/c001.xhtml", x, len));
	free(x);
	x = zip_get(za, "EPUB/text/nav.xhtml", &len);
	ck_assert(golden_compare("golden/epub/nav.xhtml", x, len));
	free(x);
	x = zip_get(za, "EPUB/content.opf", &len);
	ck_assert(golden_compare("golden/epub/content.opf", x, len));
	free(x);
	zip_close(za);
	free(path);
}
END_TEST

START_TEST(test_epub_markup_text_is_escaped)
{
	char		*path = render("a.epub"), *x, *s;
	zip_t		*za = zip_of(path);
	size_t		 len;
	xmlDocPtr	 doc;

	x = zip_get(za, "EPUB/text/c001.xhtml", &len);
	/* Character references, never named entities (epubcheck -u). */
	ck_assert(strstr(x, "&#60;세계경제포럼 보고서&#62;") != NULL);
	ck_assert(strstr(x, "<세계경제포럼") == NULL);
	ck_assert(strstr(x, "]]>") == NULL);
	ck_assert(strstr(x, "R&#38;D") != NULL);
	ck_assert(strstr(x, "&#38;amp;") != NULL);
	ck_assert(strstr(x, "&quot;") == NULL);
	ck_assert(strstr(x, "xmlns:epub=") != NULL);
	/* The advert uses no epub: attribute and declares no namespace for
	 * it; no document of the book has a named entity. */
	s = zip_get(za, "EPUB/text/ad001.xhtml", NULL);
	ck_assert(strstr(s, "xmlns:epub=") == NULL);
	ck_assert(strstr(s, "epub:") == NULL);
	free(s);
	s = zip_get(za, "EPUB/text/licence.xhtml", NULL);
	ck_assert_ptr_nonnull(s);
	ck_assert(strstr(s, "&quot;") == NULL && strstr(s, "&amp;") == NULL &&
	    strstr(s, "&lt;") == NULL && strstr(s, "&gt;") == NULL);
	free(s);
	doc = xmlReadMemory(x, (int)len, "c001.xhtml", NULL, XML_PARSE_NONET);
	ck_assert_ptr_nonnull(doc);
	xpath_eq(doc, "string(//h:h1)",
	    "<세계경제포럼 보고서>로 본 미래 & ]]>");
	xpath_eq(doc, "string(//h:title)",
	    "<세계경제포럼 보고서>로 본 미래 & ]]>");
	/* The series' description: under the series label, before the
	 * title, in the header; a class of its own with a CSS rule. */
	xpath_eq(doc, "string(//h:header/h:p[@class='series']"
	    "/following-sibling::*[1][self::h:p][@class='series-desc'])",
	    "특집은 <기술>의 내일을 묻습니다.");
	xpath_eq(doc, "count(//h:header/h:p[@class='series-desc']"
	    "/following-sibling::h:h1)", "1");
	s = zip_get(za, "EPUB/css/jikji.css", NULL);
	ck_assert(strstr(s, "p.series-desc {") != NULL);
	free(s);
	/* Structure: notes both ways, tables, figures, page breaks. */
	xpath_eq(doc, "string(//h:a[@epub:type='noteref']/@href)", "#a01-n1");
	xpath_eq(doc, "string(//h:aside[@epub:type='footnote']"
	    "//h:a[@role='doc-backlink']/@href)", "#ref-a01-n1");
	xpath_eq(doc, "count(//h:a[@id='ref-a01-n1'])", "1");
	s = xpath_str(doc, "count(//h:table//h:th)");
	ck_assert_int_ge(atoi(s), 5);
	xmlFree(s);
	xpath_eq(doc, "count(//h:figure/h:figcaption)", "3");
	/* A figure without its picture is its caption and source. */
	xpath_eq(doc, "count(//h:figure[@id='a01-f2']/*)", "2");
	xpath_eq(doc, "string(//h:figure[@id='a01-f2']/h:p[@class='source'])",
	    "© 연합뉴스");
	/* Recovered chart text waits behind a summary, out of the flow. */
	xpath_eq(doc, "count(//h:figure[@id='a01-f3']/h:details/h:summary)",
	    "1");
	xpath_eq(doc, "count(//h:figure[@id='a01-f3']/h:pre)", "0");
	/* Every table scrolls inside a named, focusable region. */
	xpath_eq(doc, "count(//h:table)", "2");
	xpath_eq(doc, "count(//h:div[@class='table-wrap'][@role='region']"
	    "[@tabindex='0']/h:table)", "2");
	xpath_eq(doc, "string(//h:table[@id='a01-t1']/../@aria-label)",
	    "표 1 연도별 연구개발비");
	/* A table outside a figure is named by its first row. */
	xpath_eq(doc, "string(//h:table[@id='a01-t2']/../@aria-label)",
	    "표: 구분, 값");
	xpath_eq(doc, "string(//h:span[@epub:type='pagebreak']"
	    "[@role='doc-pagebreak']/@aria-label)", "35");
	xpath_eq(doc, "string(//h:li/h:span[@class='marker'])", "①");
	xpath_eq(doc, "string(//h:details/h:pre)",
	    "항목    값\n매출  <100>\n이익  & 20");
	xmlFreeDoc(doc);
	free(x);
	zip_close(za);
	free(path);
}
END_TEST

START_TEST(test_epub_nav_contents_and_page_list)
{
	char		*path = render("a.epub"), *x;
	zip_t		*za = zip_of(path);
	size_t		 len;
	xmlDocPtr	 doc;

	x = zip_get(za, "EPUB/text/nav.xhtml", &len);
	doc = xmlReadMemory(x, (int)len, "nav.xhtml", NULL, XML_PARSE_NONET);
	ck_assert_ptr_nonnull(doc);
	/* Articles, not the advert; level-1 headings under them. */
	xpath_eq(doc, "count(//h:nav[@epub:type='toc']/h:ol/h:li)",
	    "5");	/* four articles + licence */
	xpath_eq(doc, "string(//h:nav[@epub:type='toc']/h:ol/h:li[1]"
	    "/h:ol/h:li[1]/h:a/@href)", "c001.xhtml#a01-h1");
	xpath_eq(doc, "count(//h:nav[@epub:type='toc']/h:ol/h:li[1]"
	    "/h:ol/h:li)", "1");
	xpath_eq(doc, "count(//h:nav[@epub:type='toc']//h:ol/h:li/h:ol)",
	    "2");	/* one level of headings, nothing deeper */
	/* The series goes with its article; an untitled unit is named by
	 * its series, else by its place. */
	xpath_eq(doc, "string(//h:nav[@epub:type='toc']/h:ol/h:li[1]"
	    "/h:a/h:span[@class='toc-series'])", "특집 <기술> & 혁신");
	xpath_eq(doc, "string(//h:nav[@epub:type='toc']/h:ol/h:li[3]/h:a)",
	    "연재 칼럼");
	xpath_eq(doc, "string(//h:nav[@epub:type='toc']/h:ol/h:li[4]/h:a)",
	    "글 4");
	xpath_eq(doc, "count(//h:a[contains(., '제목 없음')])", "0");
	xpath_eq(doc, "count(//h:a[contains(@href, 'ad001')])", "0");
	xpath_eq(doc, "count(//h:nav[@epub:type='page-list']//h:a)", "3");
	xpath_eq(doc, "string(//h:nav[@epub:type='page-list']"
	    "//h:li[3]/h:a/@href)", "c002.xhtml#page-37");
	xpath_eq(doc, "count(//h:nav[@epub:type='landmarks']//h:a)", "3");
	xmlFreeDoc(doc);
	free(x);
	zip_close(za);
	free(path);
}
END_TEST

static char *
slurp(const char *path, size_t *len)
{
	char	*d = jk_file_read(path, len);

	ck_assert_ptr_nonnull(d);
	return d;
}

START_TEST(test_epub_two_renders_identical)
{
	char	*p1 = render("1.epub"), *p2 = render("2.epub"), *a, *b;
	size_t	 la, lb;

	a = slurp(p1, &la);
	b = slurp(p2, &lb);
	ck_assert_uint_eq(la, lb);
	ck_assert(memcmp(a, b, la) == 0);
	free(a);
	free(b);
	free(p1);
	free(p2);
}
END_TEST

/* In memory, the same bytes as the file; the flags leave out the fonts
 * (and their licence page), the cover picture and the compression, and
 * nothing else. */
START_TEST(test_epub_render_mem_and_flags)
{
	struct jk_doc	*d = rich_doc();
	char		*p = render("file.epub"), *f, *m, *c, *lean;
	size_t		 lf, lm, lc, i, n;
	zip_t		*za;
	zip_stat_t	 st;
	zip_error_t	 ze;
	zip_source_t	*src;
	int		 fonts = 0;

	f = slurp(p, &lf);
	ck_assert_int_eq(jk_epub_render_mem(fx.ep, d, "mem.epub", &m, &lm), 0);
	ck_assert_uint_eq(lf, lm);
	ck_assert(memcmp(f, m, lf) == 0);
	za = zip_of(p);
	n = (size_t)zip_get_num_entries(za, 0);
	for (i = 0; i < n; i++)
		fonts += strncmp(zip_get_name(za, i, 0), "EPUB/fonts/", 11) == 0;
	ck_assert_int_gt(fonts, 0);
	ck_assert_int_ge(zip_name_locate(za, "EPUB/images/cover.png", 0), 0);
	ck_assert_int_ge(zip_name_locate(za, "EPUB/text/licence.xhtml", 0), 0);
	zip_close(za);

	jk_epub_set_flags(fx.ep, JK_EPUB_NO_FONTS | JK_EPUB_NO_COVER |
	    JK_EPUB_STORE);
	ck_assert_int_eq(jk_epub_render_mem(fx.ep, d, "lean.epub", &lean,
	    &lc), 0);
	jk_epub_set_flags(fx.ep, 0);
	zip_error_init(&ze);
	src = zip_source_buffer_create(lean, lc, 0, &ze);
	ck_assert_ptr_nonnull(src);
	za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
	ck_assert_ptr_nonnull(za);
	ck_assert_uint_eq((size_t)zip_get_num_entries(za, 0), n - fonts - 2);
	for (i = 0; i < n - fonts - 2; i++) {
		ck_assert_int_eq(zip_stat_index(za, i, 0, &st), 0);
		ck_assert_msg(strncmp(st.name, "EPUB/fonts/", 11) != 0 &&
		    strcmp(st.name, "EPUB/images/cover.png") != 0 &&
		    strcmp(st.name, "EPUB/text/licence.xhtml") != 0, "%s",
		    st.name);
		ck_assert_int_eq(st.comp_method, ZIP_CM_STORE);
	}
	c = zip_get(za, "EPUB/css/jikji.css", NULL);
	ck_assert_ptr_null(strstr(c, "@font-face"));
	free(c);
	c = zip_get(za, "EPUB/text/cover.xhtml", NULL);
	ck_assert_ptr_null(strstr(c, "<img"));
	ck_assert_ptr_nonnull(strstr(c, "<h1"));
	free(c);
	zip_close(za);
	zip_error_fini(&ze);
	free(lean);
	free(m);
	free(f);
	free(p);
	jk_doc_free(d);
}
END_TEST

START_TEST(test_epub_identifier_stable_and_distinct)
{
	struct jk_doc	*d1 = rich_doc(), *d2 = rich_doc();
	char		*p1 = jk_xasprintf("%s/x.epub", fx.dir);
	char		*p2 = jk_xasprintf("%s/y.epub", fx.dir);
	char		*o1, *o2, *i1, *i2;
	zip_t		*z1, *z2;
	xmlDocPtr	 x1, x2;

	jk_meta_set(d2, "issue", "3");
	ck_assert_int_eq(jk_epub_render(fx.ep, d1, p1), 0);
	ck_assert_int_eq(jk_epub_render(fx.ep, d2, p2), 0);
	z1 = zip_of(p1);
	z2 = zip_of(p2);
	o1 = zip_get(z1, "EPUB/content.opf", NULL);
	o2 = zip_get(z2, "EPUB/content.opf", NULL);
	x1 = xmlReadMemory(o1, (int)strlen(o1), "1", NULL, XML_PARSE_NONET);
	x2 = xmlReadMemory(o2, (int)strlen(o2), "2", NULL, XML_PARSE_NONET);
	i1 = xpath_str(x1, "string(//dc:identifier)");
	i2 = xpath_str(x2, "string(//dc:identifier)");
	ck_assert_str_ne(i1, i2);
	xmlFree(i1);
	xmlFree(i2);
	xmlFreeDoc(x1);
	xmlFreeDoc(x2);
	free(o1);
	free(o2);
	zip_close(z1);
	zip_close(z2);
	jk_doc_free(d1);
	jk_doc_free(d2);
	free(p1);
	free(p2);
}
END_TEST

static int
count_entries(const char *dir)
{
	DIR		*d = opendir(dir);
	struct dirent	*e;
	int		 n = 0;

	ck_assert_ptr_nonnull(d);
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

START_TEST(test_epub_failure_leaves_no_file)
{
	struct jk_doc	*d = rich_doc();
	char		*blocked = jk_xasprintf("%s/out.epub", fx.dir);
	char		*missing = jk_xasprintf("%s/no/such/dir/out.epub",
			    fx.dir);
	struct stat	 st;

	/* A directory where the file should go: the rename fails. */
	ck_assert_int_eq(mkdir(blocked, 0755), 0);
	fx.diag.out = NULL;
	ck_assert_int_eq(jk_epub_render(fx.ep, d, blocked), -1);
	ck_assert_int_ge(fx.diag.worst, JK_ERROR);
	ck_assert_int_eq(count_entries(fx.dir), 1);	/* only the dir */
	ck_assert(stat(blocked, &st) == 0 && S_ISDIR(st.st_mode));
	/* A directory that does not exist. */
	ck_assert_int_eq(jk_epub_render(fx.ep, d, missing), -1);
	ck_assert_int_eq(count_entries(fx.dir), 1);
	ck_assert_int_ne(access(missing, F_OK), 0);
	jk_doc_free(d);
	free(blocked);
	free(missing);
}
END_TEST

START_TEST(test_epub_fonts_are_subsets)
{
	char		*path = render("a.epub");
	zip_t		*za = zip_of(path);
	zip_int64_t	 i, n = zip_get_num_entries(za, 0);
	zip_stat_t	 st;
	size_t		 total = 0;
	int		 nf = 0;
	char		*css;
	struct stat	 fst;

	for (i = 0; i < n; i++) {
		ck_assert_int_eq(zip_stat_index(za, i, 0, &st), 0);
		if (g_str_has_prefix(st.name, "EPUB/fonts/")) {
			nf++;
			total += st.size;
			/* A subset is far below a full Hangul font. */
			ck_assert_uint_lt(st.size, 400000);
		}
	}
	ck_assert_int_ge(nf, 2);
	css = zip_get(za, "EPUB/css/jikji.css", NULL);
	ck_assert(strstr(css, "@font-face") != NULL);
	ck_assert(strstr(css, "word-break: keep-all") != NULL);
	ck_assert(strstr(css, "line-break: strict") != NULL);
	/* The font faces come after the rules that use them. */
	ck_assert(strstr(css, "@font-face") > strstr(css, "body {"));
	free(css);
	zip_close(za);
	ck_assert_int_eq(stat(path, &fst), 0);
	ck_assert_int_lt(fst.st_size, 2 * 1024 * 1024);
	free(path);
}
END_TEST

/* Hanja the Nanum fonts lack come from the style's fallback font;
 * what no font has is reported. */
/* The code points of the embedded face of family in the book (the
 * @font-face rule of the style sheet names its file). */
static hb_set_t *
book_face_cps(zip_t *za, const char *css, const char *family)
{
	char		*want = g_strdup_printf("font-family: \"%s\";", family);
	char		*p = strstr(css, want), *name, *data;
	hb_blob_t	*blob;
	hb_face_t	*face;
	hb_set_t	*set = hb_set_create();
	size_t		 len;

	ck_assert_msg(p != NULL, "no face %s", family);
	p = strstr(p, "src: url(\"../");
	ck_assert_ptr_nonnull(p);
	p += strlen("src: url(\"../");
	name = g_strdup_printf("EPUB/%.*s", (int)strcspn(p, "\""), p);
	data = zip_get(za, name, &len);
	ck_assert_ptr_nonnull(data);
	blob = hb_blob_create(data, (unsigned int)len, HB_MEMORY_MODE_READONLY,
	    NULL, NULL);
	face = hb_face_create(blob, 0);
	hb_face_collect_unicodes(face, set);
	hb_face_destroy(face);
	hb_blob_destroy(blob);
	free(data);
	g_free(name);
	g_free(want);
	return set;
}

/* Hanja the Nanum fonts lack come from the style's fallback font, Greek
 * from Noto Serif (not Nanum's wide glyphs); what no font has is
 * reported. */
START_TEST(test_epub_fallback_font_and_missing_glyphs)
{
	struct jk_doc	*d = jk_doc_new("hanja");
	struct jk_node	*a;
	char		*path = jk_xasprintf("%s/f.epub", fx.dir), *css;
	zip_t		*za;
	zip_int64_t	 i, n;
	int		 otf = 0;
	hb_set_t	*greek, *body;

	a = add(d, d->root, JK_NODE_ARTICLE, NULL);
	add(d, a, JK_NODE_TITLE, "기술(技術)");
	add(d, a, JK_NODE_PARA, "정부(政府)와 그리스어 Γεώργιος ά έ ώ, "
	    "사용자 영역 \xee\x80\x80");
	fx.diag.out = NULL;
	fx.diag.keep = 1;
	ck_assert_int_eq(jk_epub_render(fx.ep, d, path), 0);
	za = zip_of(path);
	n = zip_get_num_entries(za, 0);
	for (i = 0; i < n; i++)
		if (g_str_has_suffix(zip_get_name(za, i, 0), ".otf"))
			otf++;
	ck_assert_int_eq(otf, 1);	/* Noto Serif CJK KR, a CFF font */
	css = zip_get(za, "EPUB/css/jikji.css", NULL);
	ck_assert(strstr(css, "font-family: \"Noto Serif CJK KR\";") != NULL);
	greek = book_face_cps(za, css, "Noto Serif");
	body = book_face_cps(za, css, "NanumMyeongjo");
	ck_assert(hb_set_has(greek, 0x3AC) && hb_set_has(greek, 0x3AD) &&
	    hb_set_has(greek, 0x3CE) && hb_set_has(greek, 0x393));
	ck_assert(!hb_set_has(body, 0x393) && !hb_set_has(body, 0x3B5));
	ck_assert(hb_set_has(body, 0xAE30));	/* 기 */
	ck_assert(strstr(css, "font-family: \"NanumMyeongjo\", "
	    "\"Noto Serif\", ") != NULL);
	hb_set_destroy(greek);
	hb_set_destroy(body);
	free(css);
	zip_close(za);
	ck_assert_int_eq(fx.diag.count[JK_WARN], 1);
	ck_assert(strstr(fx.diag.log.data, "U+E000") != NULL);
	ck_assert(strstr(fx.diag.log.data, "U+03AC") == NULL);
	ck_assert(strstr(fx.diag.log.data, "[glyph]") != NULL);
	jk_doc_free(d);
	free(path);
}
END_TEST

struct png_read {
	const char	*data;
	size_t		 len, off;
};

static cairo_status_t
png_read(void *closure, unsigned char *out, unsigned int n)
{
	struct png_read	*r = closure;

	if (r->len - r->off < n)
		return CAIRO_STATUS_READ_ERROR;
	memcpy(out, r->data + r->off, n);
	r->off += n;
	return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
png_load(const char *data, size_t len)
{
	struct png_read	 r = { data, len, 0 };
	cairo_surface_t	*s;

	s = cairo_image_surface_create_from_png_stream(png_read, &r);
	ck_assert_int_eq(cairo_surface_status(s), CAIRO_STATUS_SUCCESS);
	return s;
}

/*
 * The cover against its reference picture, with a tolerance for font
 * rasterisers (cairo's habit): fewer than 1 % of the pixels may differ
 * by more than a quarter of the range.  JK_REGEN=1 rewrites it.
 */
START_TEST(test_epub_cover_matches_reference)
{
	char		*path = render("a.epub"), *png, *ref, *refpath;
	zip_t		*za = zip_of(path);
	size_t		 len, rlen;
	cairo_surface_t	*a, *b;
	int		 w, h, x, y, k, bad = 0, ink = 0, sa, sb;
	unsigned char	*pa, *pb;

	png = zip_get(za, "EPUB/images/cover.png", &len);
	ck_assert_ptr_nonnull(png);
	zip_close(za);
	refpath = tests_path("golden/epub/cover.png");
	if (getenv("JK_REGEN") != NULL)
		ck_assert_int_eq(jk_file_write_atomic(refpath, png, len), 0);
	ref = jk_file_read(refpath, &rlen);
	ck_assert_msg(ref != NULL, "no reference %s", refpath);
	a = png_load(png, len);
	b = png_load(ref, rlen);
	w = cairo_image_surface_get_width(a);
	h = cairo_image_surface_get_height(a);
	ck_assert_int_eq(w, 600);	/* EP_COVER_SCALE of 1000 x 1400 */
	ck_assert_int_eq(h, 840);
	ck_assert_int_eq(cairo_image_surface_get_width(b), w);
	ck_assert_int_eq(cairo_image_surface_get_height(b), h);
	pa = cairo_image_surface_get_data(a);
	pb = cairo_image_surface_get_data(b);
	sa = cairo_image_surface_get_stride(a);
	sb = cairo_image_surface_get_stride(b);
	for (y = 0; y < h; y++)
		for (x = 0; x < w; x++) {
			unsigned char *ca = pa + y * sa + 4 * x;
			unsigned char *cb = pb + y * sb + 4 * x;

			for (k = 0; k < 3; k++)
				if (abs(ca[k] - cb[k]) > 64)
					break;
			bad += k < 3;
			ink += ca[0] != ca[1] || ca[0] < 250;
		}
	/* Something was drawn, and it is what was drawn before. */
	ck_assert_int_gt(ink, w * h / 10);
	ck_assert_msg(bad < w * h / 100, "%d pixels differ", bad);
	cairo_surface_destroy(a);
	cairo_surface_destroy(b);
	free(ref);
	free(refpath);
	free(png);
	free(path);
}
END_TEST

START_TEST(test_epub_empty_issue_is_valid_package)
{
	struct jk_doc	*d = jk_doc_new("empty");
	char		*path = jk_xasprintf("%s/e.epub", fx.dir), *nav;
	zip_t		*za;
	xmlDocPtr	 doc;

	ck_assert_int_eq(jk_epub_render(fx.ep, d, path), 0);
	za = zip_of(path);
	nav = zip_get(za, "EPUB/text/nav.xhtml", NULL);
	doc = xmlReadMemory(nav, (int)strlen(nav), "nav", NULL,
	    XML_PARSE_NONET);
	ck_assert_ptr_nonnull(doc);
	xmlFreeDoc(doc);
	free(nav);
	zip_close(za);
	jk_doc_free(d);
	free(path);
}
END_TEST

START_TEST(test_epub_hostile_tree_is_well_formed)
{
	struct jk_doc	*d = hostile_doc();
	char		*path = jk_xasprintf("%s/h.epub", fx.dir), *data, *s;
	zip_t		*za;
	zip_int64_t	 i, n;
	size_t		 len;
	xmlDocPtr	 doc;
	const char	*name;

	fx.diag.out = NULL;
	ck_assert_int_eq(jk_epub_render(fx.ep, d, path), 0);
	za = zip_of(path);
	n = zip_get_num_entries(za, 0);
	for (i = 0; i < n; i++) {
		name = zip_get_name(za, i, 0);
		if (!g_str_has_suffix(name, ".xhtml") &&
		    !g_str_has_suffix(name, ".opf") &&
		    !g_str_has_suffix(name, ".ncx"))
			continue;
		data = zip_get(za, name, &len);
		ck_assert_msg(g_utf8_validate(data, (gssize)len, NULL),
		    "%s: bad UTF-8", name);
		doc = xmlReadMemory(data, (int)len, name, NULL,
		    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
		ck_assert_msg(doc != NULL, "%s does not parse", name);
		/* ids are unique in each document */
		s = xpath_str(doc, "count(//@id[. = preceding::*/@id or "
		    ". = ../ancestor::*/@id])");
		ck_assert_msg(strcmp(s, "0") == 0, "%s: %s duplicate ids",
		    name, s);
		xmlFree(s);
		xmlFreeDoc(doc);
		free(data);
	}
	data = zip_get(za, "EPUB/text/c001.xhtml", &len);
	ck_assert(strstr(data, "\x02") == NULL);
	ck_assert(strstr(data, "제어문자와") != NULL);
	/* the reference without a note stays as text, not a dead link */
	ck_assert(strstr(data, "noteref") == NULL);
	free(data);
	data = zip_get(za, "EPUB/content.opf", &len);
	ck_assert(strstr(data, "<dc:date>") == NULL);
	free(data);
	zip_close(za);
	jk_doc_free(d);
	free(path);
}
END_TEST

/* A book of n page breaks that all carry folio 7; returns the work the
 * render counted.  Trying page-7-2, page-7-3 ... afresh for each break
 * was quadratic (about a minute for 20,000). */
static unsigned long long
folios_work(int n)
{
	struct jk_doc	*d = jk_doc_new("folios.txt");
	struct jk_node	*a, *b;
	char		*path = jk_xasprintf("%s/folios.epub", fx.dir);
	char		*x, *last, *over;
	unsigned long long w;
	zip_t		*za;
	int		 i;

	a = add(d, d->root, JK_NODE_ARTICLE, NULL);
	add(d, a, JK_NODE_TITLE, "쪽 번호가 모두 같은 글");
	for (i = 0; i < n; i++) {
		b = add(d, a, JK_NODE_PAGEBREAK, NULL);
		b->label = "7";
	}
	add(d, a, JK_NODE_PARA, "끝");
	jk_work = 0;
	ck_assert_int_eq(jk_epub_render(fx.ep, d, path), 0);
	w = jk_work;
	za = zip_of(path);
	x = zip_get(za, "EPUB/text/c001.xhtml", NULL);
	ck_assert_ptr_nonnull(x);
	last = jk_xasprintf("id=\"page-7-%d\"", n);
	over = jk_xasprintf("id=\"page-7-%d\"", n + 1);
	ck_assert_ptr_nonnull(strstr(x, "id=\"page-7\""));
	ck_assert_ptr_nonnull(strstr(x, last));
	ck_assert_ptr_null(strstr(x, over));
	free(last);
	free(over);
	free(x);
	zip_close(za);
	jk_doc_free(d);
	free(path);
	return w;
}

START_TEST(test_epub_many_equal_folios_stay_linear)
{
	unsigned long long w1 = folios_work(5000), w2 = folios_work(10000);

	/* Twice the breaks, about twice the id probes; quadratic is 4x. */
	ck_assert_uint_gt(w1, 0);
	ck_assert_uint_le(w2, w1 * 5 / 2);
}
END_TEST

START_TEST(test_epub_dates_from_source_date_epoch)
{
	struct jk_doc	*d = jk_doc_new("sde");
	char		*path = jk_xasprintf("%s/s.epub", fx.dir), *opf;
	zip_t		*za;
	zip_stat_t	 st;

	jk_meta_set(d, "title", "날짜 시험");
	setenv("SOURCE_DATE_EPOCH", "1735732800", 1);	/* 2025-01-01 12:00 */
	setenv("TZ", "UTC", 1);
	tzset();
	ck_assert_int_eq(jk_epub_render(fx.ep, d, path), 0);
	unsetenv("SOURCE_DATE_EPOCH");
	za = zip_of(path);
	opf = zip_get(za, "EPUB/content.opf", NULL);
	ck_assert(strstr(opf, ">2025-01-01T12:00:00Z</meta>") != NULL);
	ck_assert_int_eq(zip_stat_index(za, 0, 0, &st), 0);
	ck_assert(st.valid & ZIP_STAT_MTIME);
	ck_assert_int_eq((long long)st.mtime, 1735732800LL);
	free(opf);
	zip_close(za);
	jk_doc_free(d);
	free(path);
}
END_TEST

START_TEST(test_epub_same_bytes_in_any_time_zone)
{
	char	*p1, *p2, *a, *b;
	size_t	 la, lb;

	setenv("TZ", "UTC", 1);
	tzset();
	p1 = render("utc.epub");
	setenv("TZ", "Asia/Seoul", 1);
	tzset();
	p2 = render("seoul.epub");
	a = slurp(p1, &la);
	b = slurp(p2, &lb);
	ck_assert_uint_eq(la, lb);
	ck_assert(memcmp(a, b, la) == 0);
	free(a);
	free(b);
	free(p1);
	free(p2);
}
END_TEST

/* Run epubcheck on a file; 1 if it reports nothing at all. */
static int
epubcheck(const char *path, char **report)
{
	char	*cmd, *out = NULL, *err = NULL;
	int	 status = -1, clean;

	cmd = jk_xasprintf("java -jar %s %s", EPUBCHECK_JAR, path);
	ck_assert(g_spawn_command_line_sync(cmd, &out, &err, &status, NULL));
	*report = g_strdup_printf("%s%s", out, err);
	clean = g_spawn_check_wait_status(status, NULL) &&
	    strstr(*report, "No errors or warnings detected") != NULL &&
	    strstr(*report, "WARNING") == NULL &&
	    strstr(*report, "INFO") == NULL &&
	    strstr(*report, "USAGE") == NULL &&
	    strstr(*report, "ERROR") == NULL &&
	    strstr(*report, "FATAL") == NULL;
	g_free(out);
	g_free(err);
	free(cmd);
	return clean;
}

START_TEST(test_epub_epubcheck_clean)
{
	char		*path, *report;
	char		*java = g_find_program_in_path("java");
	struct jk_doc	*d;

	if (java == NULL || access(EPUBCHECK_JAR, R_OK) != 0 ||
	    getenv("JK_NO_EPUBCHECK") != NULL) {
		g_free(java);
		return;		/* nothing to run it with */
	}
	g_free(java);
	path = render("check.epub");
	ck_assert_msg(epubcheck(path, &report), "epubcheck:\n%s", report);
	g_free(report);
	free(path);
	/* The worst tree the shape allows is still a valid book. */
	d = hostile_doc();
	path = jk_xasprintf("%s/hostile.epub", fx.dir);
	fx.diag.out = NULL;
	ck_assert_int_eq(jk_epub_render(fx.ep, d, path), 0);
	ck_assert_msg(epubcheck(path, &report), "epubcheck:\n%s", report);
	g_free(report);
	free(path);
	jk_doc_free(d);
}
END_TEST

static Suite *
epub_suite(void)
{
	Suite	*s = suite_create("epub");
	TCase	*tc = tcase_create("package");
	TCase	*tv = tcase_create("epubcheck");

	tests_preload_lexicon();
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_epub_mimetype_first_and_stored);
	tcase_add_test(tc, test_epub_every_xhtml_parses);
	tcase_add_test(tc, test_epub_manifest_matches_zip);
	tcase_add_test(tc, test_epub_golden_article);
	tcase_add_test(tc, test_epub_css_matches_classes);
	tcase_add_test(tc, test_epub_markup_text_is_escaped);
	tcase_add_test(tc, test_epub_nav_contents_and_page_list);
	tcase_add_test(tc, test_epub_two_renders_identical);
	tcase_add_test(tc, test_epub_render_mem_and_flags);
	tcase_add_test(tc, test_epub_identifier_stable_and_distinct);
	tcase_add_test(tc, test_epub_failure_leaves_no_file);
	tcase_add_test(tc, test_epub_fonts_are_subsets);
	tcase_add_test(tc, test_epub_empty_issue_is_valid_package);
	tcase_add_test(tc, test_epub_cover_matches_reference);
	tcase_add_test(tc, test_epub_fallback_font_and_missing_glyphs);
	tcase_add_test(tc, test_epub_hostile_tree_is_well_formed);
	tcase_add_test(tc, test_epub_same_bytes_in_any_time_zone);
	tcase_add_test(tc, test_epub_dates_from_source_date_epoch);
	tcase_add_test(tc, test_epub_many_equal_folios_stay_linear);
	suite_add_tcase(s, tc);
	tcase_add_checked_fixture(tv, setup, teardown);
	tcase_set_timeout(tv, 180);
	tcase_add_test(tv, test_epub_epubcheck_clean);
	suite_add_tcase(s, tv);
	return s;
}

JK_CHECK_MAIN(epub_suite)
