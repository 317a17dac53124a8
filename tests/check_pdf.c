/*
 * check_pdf.c -- the print PDF backend: layout invariants read back from
 * the layout dump (no line wider than its column, everything inside the
 * page, headings never last in a column, no one-line widows or orphans,
 * word-preferring Korean breaks that never part a Latin word from its
 * particle nor start a line with a middle dot, no missing glyphs), a
 * golden dump, and the written file checked with pdffonts, qpdf, pdfinfo
 * and pdftotext (its plain mode reading the body text back in order) when
 * they are installed.
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>

#include "check_main.h"
#include "tree/tree.h"
#include "style/style.h"
#include "pdf/pdf.h"
#include "structure/convert.h"
#include "pdf/pdf-int.h"

/*
 * Library leaks LeakSanitizer is told about (nothing of ours is allocated
 * below these calls):
 * - Cairo 1.16 loses 768 bytes per PDF that embeds a CID-keyed
 *   OpenType/CFF font (Noto Serif CJK, the fallback for Hanja) while
 *   subsetting it inside cairo_surface_finish();
 * - Pango 1.50 matches fallback fonts in a worker thread; fontconfig
 *   patterns still in flight when a font map is released are not freed
 *   (how many depends on timing);
 * - fontconfig 2.14 loses the character set it computes for each face
 *   FcConfigAppFontAddFile() scans (the layout adds its subset fallback
 *   faces so); nothing returned to the caller holds it.
 */
const char	*__lsan_default_suppressions(void);
const char	*__asan_default_options(void);

/* Full stacks, so that the suppression can name the call. */
const char *
__asan_default_options(void)
{
	return "fast_unwind_on_malloc=0";
}

const char *
__lsan_default_suppressions(void)
{
	return "leak:cairo_surface_finish\n"
	    "leak:FcFontRenderPrepare\n"
	    "leak:FcDefaultSubstitute\n"
	    "leak:FcConfigAppFontAddFile\n";
}

/* === a test tree with every node type ================================= */

static char	**paras;
static int	  nparas;

static void
load_paras(void)
{
	char	*path, *buf, *s, *e;
	size_t	 len;

	if (paras != NULL)
		return;
	path = tests_path("data/pdf/paras.txt");
	buf = jk_file_read(path, &len);
	free(path);
	ck_assert_ptr_nonnull(buf);
	for (s = buf; *s != '\0'; s = e) {
		e = strchr(s, '\n');
		if (e == NULL)
			e = s + strlen(s);
		if (e > s) {
			paras = jk_xreallocarray(paras, nparas + 1,
			    sizeof(*paras));
			paras[nparas++] = jk_xstrndup(s, e - s);
		}
		if (*e == '\n')
			e++;
	}
	free(buf);
}

static const char *
P(int i)
{
	return paras[i % nparas];
}

static struct jk_node *
para(struct jk_doc *d, struct jk_node *parent, const char *s)
{
	return jk_node_add_text(d, parent, JK_NODE_PARA, s, 1);
}

static void
table(struct jk_doc *d, struct jk_node *parent, int ncol, int nrow)
{
	struct jk_node	*t = jk_node_add(d, parent, JK_NODE_TABLE, 1);
	struct jk_node	*r, *c;
	static const char *const head[] = { "구분", "2023년", "2024년",
	    "증감률(%)", "비고" };
	static const char *const names[] = { "자동차", "반도체", "이차전지",
	    "ICT기기", "바이오헬스", "디스플레이", "석유화학", "철강" };
	char		 buf[64];
	int		 i, j;

	r = jk_node_add(d, t, JK_NODE_ROW, 1);
	r->flags |= JK_F_HEADER;
	for (j = 0; j < ncol; j++) {
		c = jk_node_add_text(d, r, JK_NODE_CELL, head[j % 5], 1);
		c->flags |= JK_F_HEADER;
	}
	for (i = 0; i < nrow; i++) {
		r = jk_node_add(d, t, JK_NODE_ROW, 1);
		jk_node_add_text(d, r, JK_NODE_CELL, names[i % 8], 1);
		for (j = 1; j < ncol; j++) {
			if (j == 4)
				snprintf(buf, sizeof(buf), "전년 대비 %s",
				    i % 2 ? "증가" : "감소");
			else
				snprintf(buf, sizeof(buf), "%d,%03d",
				    (i * 37 + j * 11) % 900 + 10,
				    (i * 53 + j * 7) % 1000);
			c = jk_node_add_text(d, r, JK_NODE_CELL, buf, 1);
			if (j < 4)
				c->flags |= JK_F_NUMERIC;
		}
	}
}

static struct jk_doc *
test_tree(void)
{
	struct jk_doc	*d = jk_doc_new("test");
	struct jk_node	*a, *n, *b, *p, *l, *f, *s;
	struct jk_diag	 diag;
	int		 i;

	load_paras();
	jk_meta_set(d, "title", "기술과 혁신");
	jk_meta_set(d, "volume", "469");
	jk_meta_set(d, "date", "2025-01");
	jk_meta_set(d, "modified", "2025-01-15T09:00:00Z");
	jk_meta_set(d, "publisher", "한국산업기술진흥협회");

	/* article 1: every block type */
	a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
	a->label = "특집";
	jk_node_add_text(d, a, JK_NODE_SERIES, "신년사", 1);
	jk_node_add_text(d, a, JK_NODE_TITLE, "함께하는 혁신으로 산업 활력을 "
	    "제고하자", 1);
	jk_node_add_text(d, a, JK_NODE_SUBTITLE, "2025년 을사년을 맞으며", 1);
	b = jk_node_add(d, a, JK_NODE_BYLINE, 1);
	jk_node_add_text(d, b, JK_NODE_NAME, "홍길동", 1);
	jk_node_add_text(d, b, JK_NODE_ROLE, "한국산업기술진흥협회 회장", 1);
	jk_node_add_text(d, b, JK_NODE_BIO, "서울대학교에서 화학공학을 "
	    "전공하고 30년 동안 소재 산업 현장에서 일했다. 현재 협회 회장을 "
	    "맡고 있다.", 1);
	n = jk_node_add(d, a, JK_NODE_DECK, 1);
	para(d, n, P(2));
	for (i = 0; i < 3; i++)
		para(d, a, P(i + 3));
	jk_node_add_text(d, a, JK_NODE_HEADING, "1. 기술혁신의 흐름", 1)->level
	    = 1;
	p = jk_node_add(d, a, JK_NODE_PARA, 1);
	jk_node_append(p, jk_text_new(d, P(6), (size_t)-1, 1));
	n = jk_node_add(d, p, JK_NODE_EMPH, 1);
	jk_node_append(n, jk_text_new(d, " 강조된 문장입니다", (size_t)-1, 1));
	n = jk_node_add(d, p, JK_NODE_NOTEREF, 1);
	n->id = "n1";
	n->label = "01";
	jk_node_append(p, jk_text_new(d, " 그리고 이어집니다.", (size_t)-1, 1));
	jk_node_add(d, p, JK_NODE_BREAK, 1);
	jk_node_append(p, jk_text_new(d, "줄바꿈 다음의 글입니다.", (size_t)-1, 1));
	para(d, a, P(7));
	l = jk_node_add(d, a, JK_NODE_LIST, 1);
	l->flags |= JK_F_ORDERED;
	for (i = 0; i < 3; i++)
		jk_node_add_text(d, l, JK_NODE_ITEM, P(i + 8), 1);
	l = jk_node_add(d, a, JK_NODE_LIST, 1);
	n = jk_node_add_text(d, l, JK_NODE_ITEM, "첫째 항목: 민간 R&D 협의체", 1);
	n->label = "①";
	n = jk_node_add_text(d, l, JK_NODE_ITEM, "둘째 항목: 기술협력 파트너 "
	    "매칭 서비스", 1);
	n->label = "②";
	f = jk_node_add(d, a, JK_NODE_FIGURE, 1);
	f->label = "표 1";
	jk_node_add_text(d, f, JK_NODE_CAPTION, "주요 산업별 수출 실적", 1);
	table(d, f, 5, 24);
	jk_node_add_text(d, f, JK_NODE_SOURCE, "<자료: 산업통상자원부>", 1);
	para(d, a, P(9));
	f = jk_node_add(d, a, JK_NODE_FIGURE, 1);
	f->label = "그림 1";
	jk_node_add_text(d, f, JK_NODE_CAPTION, "연구개발 투자 추이", 1);
	jk_node_add_text(d, f, JK_NODE_SOURCE, "© 한국산업기술진흥협회", 1);
	jk_node_add_text(d, a, JK_NODE_HEADING, "세부 과제", 1)->level = 2;
	para(d, a, P(10));
	n = jk_node_add(d, a, JK_NODE_QUOTE, 1);
	para(d, n, "기술혁신이 곧 위기 극복의 길이다. <보고서> & ]]> 같은 "
	    "글자도 글자일 뿐이다.");
	s = jk_node_add(d, a, JK_NODE_SIDEBAR, 1);
	jk_node_add_text(d, s, JK_NODE_TITLE, "알아두기", 1);
	para(d, s, P(4));
	l = jk_node_add(d, s, JK_NODE_LIST, 1);
	jk_node_add_text(d, l, JK_NODE_ITEM, "신청자격: 기업부설연구소 보유 기업", 1);
	jk_node_add_text(d, l, JK_NODE_ITEM, "신청방법: 온라인 접수", 1);
	jk_node_add_text(d, a, JK_NODE_HEADING, "데이터 처리 절차", 1)->level = 3;
	n = jk_node_add(d, a, JK_NODE_PRE, 1);
	n->text = jk_doc_strdup(d, "데이터 추출   SQL 생성   답변 생성\n"
	    "사용자 질의 -> 검색 -> 응답\n  value = f(x) * 2;");
	n = jk_node_add(d, a, JK_NODE_PAGEBREAK, 1);
	n->label = "35";
	for (i = 0; i < 4; i++)
		para(d, a, P(i + 2));
	f = jk_node_add(d, a, JK_NODE_FOOTNOTE, 1);
	f->id = "n1";
	f->label = "01";
	para(d, f, "OECD, Main Science and Technology Indicators, 2024. "
	    "https://www.oecd.org/sti/msti.htm");

	/* article 2: a short one with a narrow table */
	a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
	a->label = "동향";
	jk_node_add_text(d, a, JK_NODE_TITLE, "산업기술 동향", 1);
	b = jk_node_add(d, a, JK_NODE_BYLINE, 1);
	jk_node_add_text(d, b, JK_NODE_NAME, "김철수", 1);
	para(d, a, P(0));
	para(d, a, P(10));
	table(d, a, 2, 5);
	para(d, a, P(5));

	/* an advertisement */
	a = jk_node_add(d, d->root, JK_NODE_ADVERT, 1);
	a->label = "광고";
	para(d, a, "기업부설연구소 설립 신고는 온라인으로 하실 수 있습니다.");

	jk_diag_init(&diag, "test", NULL);
	jk_tree_repair(d, &diag);
	jk_diag_free(&diag);
	ck_assert_int_eq(jk_tree_check(d->root, stderr), 0);
	return d;
}

/* === helpers =========================================================== */

static struct jk_style *
style(void)
{
	struct jk_style *st = jk_style_default();

	ck_assert_ptr_nonnull(st);
	return st;
}

static char *
dump_of(struct jk_doc *d, struct jk_style *st, size_t *len,
    struct jk_diag *diag)
{
	struct jk_pdf_opts	 o;
	struct jk_pdf		*p;
	char			*buf = NULL;
	FILE			*fp;

	memset(&o, 0, sizeof(o));
	p = jk_pdf_new(st, &o, diag);
	fp = open_memstream(&buf, len);
	ck_assert_int_eq(jk_pdf_layout_dump(p, d, fp), 0);
	fclose(fp);
	jk_pdf_free(p);
	return buf;
}

/* One parsed "line" record of the dump. */
struct dl {
	int	 page, col, para, ln, nln;
	double	 x, y, w, max, ws;
	int	 mid, display, tab, trow;
	char	 role[16];
	char	*text;
};

static struct dl *
parse_dump(const char *dump, int *n, double *pw, double *ph, int *unknown)
{
	struct dl	*v = NULL;
	const char	*s = dump, *e;
	int		 page = 0;

	*n = 0;
	*unknown = -1;
	while (*s != '\0') {
		char	 line[4096];
		size_t	 l;

		e = strchr(s, '\n');
		if (e == NULL)
			e = s + strlen(s);
		l = (size_t)(e - s) < sizeof(line) - 1 ? (size_t)(e - s) :
		    sizeof(line) - 1;
		memcpy(line, s, l);
		line[l] = '\0';
		s = *e == '\n' ? e + 1 : e;
		if (sscanf(line, "geometry %lf x %lf", pw, ph) == 2)
			continue;
		if (sscanf(line, "page %d", &page) == 1)
			continue;
		if (sscanf(line, "unknown-glyphs %d", unknown) == 1)
			continue;
		if (strncmp(line, "  line c", 8) == 0) {
			struct dl	 d;
			char		*bar;

			memset(&d, 0, sizeof(d));
			d.page = page;
			if (sscanf(line, "  line c%d %lf,%lf w %lf max %lf %15s",
			    &d.col, &d.x, &d.y, &d.w, &d.max, d.role) != 6)
				continue;
			if ((bar = strstr(line, " p")) != NULL)
				sscanf(bar, " p%d %d/%d", &d.para, &d.ln, &d.nln);
			bar = strchr(line, '|');
			if (bar != NULL) {	/* flags before the text */
				*bar = '\0';
				if ((e = strstr(line, " ws ")) != NULL)
					d.ws = strtod(e + 4, NULL);
				d.mid = strstr(line, " mid") != NULL;
				d.display = strstr(line, " display") != NULL;
				for (e = line; (e = strstr(e, " t")) != NULL;
				    e++)
					if (sscanf(e, " t%d r%d", &d.tab,
					    &d.trow) == 2)
						break;
				if (e == NULL)
					d.tab = d.trow = 0;
				*bar = '|';
			}
			d.text = jk_xstrdup(bar != NULL ? bar + 1 : "");
			if ((bar = strrchr(d.text, '|')) != NULL)
				*bar = '\0';
			v = jk_xreallocarray(v, *n + 1, sizeof(*v));
			v[(*n)++] = d;
		}
	}
	return v;
}

static void
free_dl(struct dl *v, int n)
{
	for (int i = 0; i < n; i++)
		free(v[i].text);
	free(v);
}

/* === layout invariants ================================================ */

/*
 * The layout rules, read back from a dump: no line wider than its
 * measure, every line inside the page, no heading last in its column, no
 * paragraph leaving one line alone in a column.  Returns the number of
 * paragraphs split across columns (to show the rule was exercised).
 */
static int
check_invariants(const char *dump, int minlines)
{
	struct dl	*v;
	int		 n, i, j, unknown, split = 0;
	double		 pw = 0, ph = 0;

	v = parse_dump(dump, &n, &pw, &ph, &unknown);
	ck_assert_int_gt(n, minlines);
	ck_assert_double_gt(pw, 500);
	ck_assert_int_ge(unknown, 0);
	for (i = 0; i < n; i++) {
		ck_assert_msg(v[i].w <= v[i].max + 0.5,
		    "line wider than its column (%.1f > %.1f): %s", v[i].w,
		    v[i].max, v[i].text);
		ck_assert_msg(v[i].x >= 0 && v[i].x + v[i].w <= pw &&
		    v[i].y > 0 && v[i].y < ph, "line off the page: %s",
		    v[i].text);
	}
	for (i = 0; i < n; i++) {
		int	 last = 1;

		if (strcmp(v[i].role, "head") != 0 || v[i].col < 0)
			continue;
		for (j = 0; j < n && last; j++)
			if (j != i && v[j].page == v[i].page &&
			    v[j].col == v[i].col && v[j].y > v[i].y)
				last = 0;
		ck_assert_msg(!last, "heading last in its column (page %d): %s",
		    v[i].page, v[i].text);
	}
	for (i = 0; i < n; i++) {
		int	 cnt = 0;

		if (v[i].para == 0 || v[i].nln < 2 || (i > 0 &&
		    v[i - 1].para == v[i].para && v[i - 1].page == v[i].page &&
		    v[i - 1].col == v[i].col))
			continue;
		for (j = i; j < n && v[j].para == v[i].para &&
		    v[j].page == v[i].page && v[j].col == v[i].col; j++)
			cnt++;
		if (cnt < v[i].nln)
			split++;
		ck_assert_msg(cnt >= 2, "paragraph %d: %d line(s) alone on "
		    "page %d column %d", v[i].para, cnt, v[i].page, v[i].col);
	}
	free_dl(v, n);
	return split;
}

START_TEST(test_layout_invariants)
{
	struct jk_doc	*d = test_tree();
	struct jk_style	*st = style();
	struct jk_diag	 diag;
	size_t		 len;
	char		*dump;

	jk_diag_init(&diag, "test", NULL);
	dump = dump_of(d, st, &len, &diag);
	ck_assert_int_gt(check_invariants(dump, 100), 0);
	ck_assert_ptr_nonnull(strstr(dump, "unknown-glyphs 0\n"));
	ck_assert_int_eq(diag.count[JK_WARN] + diag.count[JK_ERROR], 0);
	free(dump);
	jk_diag_free(&diag);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

/* The contents page links every article, the advert is not listed, the
 * outline has articles then headings, table headers repeat. */
START_TEST(test_layout_structure)
{
	struct jk_doc	*d = test_tree();
	struct jk_style	*st = style();
	size_t		 len;
	char		*dump = dump_of(d, st, &len, NULL), *p;
	int		 hdr = 0;

	ck_assert_ptr_nonnull(strstr(dump, "kind contents"));
	ck_assert_ptr_nonnull(strstr(dump, "link a"));
	/* the advert is set, but not listed in the contents */
	p = strstr(dump, "kind body");
	ck_assert_ptr_nonnull(p);
	*p = '\0';
	ck_assert_ptr_null(strstr(dump, "광고"));
	*p = 'k';
	ck_assert_ptr_nonnull(strstr(dump, "kind advert"));
	ck_assert_ptr_nonnull(strstr(dump, "outline 0 "));
	ck_assert_ptr_nonnull(strstr(dump, "outline 1 "));
	/* a figure without its picture is its caption and source: no
	 * empty frame */
	ck_assert_ptr_nonnull(strstr(dump, "|그림 1 연구개발 투자 추이|"));
	ck_assert_ptr_nonnull(strstr(dump, "|© 한국산업기술진흥협회|"));
	ck_assert_ptr_null(strstr(dump, "  frame "));
	for (p = dump; (p = strstr(p, "|구분|")) != NULL; p++)
		hdr++;
	ck_assert_int_ge(hdr, 2);	/* the long table's header repeated */
	free(dump);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

/* The series' description is set in the opener, under the series label
 * and above the title, in text type (not display type). */
START_TEST(test_series_desc_in_opener)
{
	struct jk_doc	*d = jk_doc_new("t");
	struct jk_node	*a;
	struct jk_style	*st = style();
	struct dl	*v;
	size_t		 len;
	char		*dump;
	int		 n, i, ser = -1, desc = -1, tit = -1, unknown;
	double		 pw, ph;

	load_paras();
	a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
	jk_node_add_text(d, a, JK_NODE_SERIES, "혁신 현장", 1);
	jk_node_add_text(d, a, JK_NODE_SERIESDESC, "혁신 현장은 연구개발로 새 "
	    "시장을 연 기업의 이야기를 전합니다.", 2);
	jk_node_add_text(d, a, JK_NODE_TITLE, "연구로 연 시장", 3);
	para(d, a, P(1));
	dump = dump_of(d, st, &len, NULL);
	v = parse_dump(dump, &n, &pw, &ph, &unknown);
	for (i = 0; i < n; i++) {
		if (strcmp(v[i].role, "opener") != 0)
			continue;
		if (strcmp(v[i].text, "혁신 현장") == 0)
			ser = i;
		else if (strstr(v[i].text, "혁신 현장은") == v[i].text)
			desc = i;
		else if (strcmp(v[i].text, "연구로 연 시장") == 0)
			tit = i;
	}
	ck_assert_msg(ser >= 0 && desc >= 0 && tit >= 0, "opener:\n%s", dump);
	ck_assert_int_eq(v[ser].page, v[desc].page);
	ck_assert(v[ser].y < v[desc].y && v[desc].y < v[tit].y);
	ck_assert_int_eq(v[desc].display, 0);
	ck_assert_int_eq(v[ser].display, 1);
	free_dl(v, n);
	free(dump);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

/* Count line breaks inside words for one long paragraph. */
static double
midword_ratio(int keep_all)
{
	struct jk_doc	*d = jk_doc_new("t");
	struct jk_node	*a;
	struct jk_style	*st = style();
	struct dl	*v;
	size_t		 len;
	char		*dump, *text, *q;
	int		 n, i, mid = 0, breaks = 0, unknown;
	double		 pw, ph;
	size_t		 pos = 0;

	load_paras();
	st->keep_all = keep_all;
	a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
	text = jk_xasprintf("%s %s %s", P(4), P(6), P(9));
	para(d, a, text);
	dump = dump_of(d, st, &len, NULL);
	v = parse_dump(dump, &n, &pw, &ph, &unknown);
	for (i = 0; i < n; i++) {
		if (strcmp(v[i].role, "body") != 0)
			continue;
		q = strstr(text + pos, v[i].text);
		ck_assert_msg(q != NULL, "line text not in paragraph: %s",
		    v[i].text);
		pos = q - text + strlen(v[i].text);
		if (v[i].ln < v[i].nln) {
			breaks++;
			if (text[pos] != ' ')
				mid++;
		}
	}
	ck_assert_int_gt(breaks, 10);
	free_dl(v, n);
	free(dump);
	free(text);
	jk_style_free(st);
	jk_doc_free(d);
	return (double)mid / breaks;
}

START_TEST(test_korean_word_breaking)
{
	double	 kept = midword_ratio(1), free_ = midword_ratio(0);

	/* keep-all breaks at spaces, inside a word only for loose lines */
	ck_assert_msg(kept <= 0.3 && kept < free_ * 0.6, "too many breaks inside words: %.2f (free %.2f)", kept, free_);
	ck_assert_msg(free_ > kept, "keep-all made no difference (%.2f/%.2f)",
	    kept, free_);
}
END_TEST

/*
 * Where keep-all may break inside a word, and where never: not between a
 * Latin letter or a digit and the Hangul after it ("R&D를", "2017년에"),
 * not after a hyphen next to Hangul ("K-테크로"), not before a middle dot
 * ("대·중·소"); and the line then never runs past its column (Pango
 * would hang a hyphen there).  Set at several column widths.
 */
START_TEST(test_korean_break_rules)
{
	static const char *const seed[] = {
		"병원과 함께 산업통상자원부의 혁신제품 연계형 R&D를 "
		    "수행하였다.",
		"영감을 받아 이듬해인 2017년에 설립되었다. NVIDIA와 "
		    "GI-101A를 중심으로 대·중·소기업이 K-테크로 나아갔다.",
		"최우선 목표는 GI-101A의 임상이며 AI반도체와 SMR개발을 "
		    "함께하는 ICT기업의 R&BD투자가 늘었다.",
	};
	struct jk_buf	 b;
	int		 wi, i, n, unknown, breaks = 0, mid = 0;

	load_paras();
	jk_buf_init(&b);
	for (i = 0; i < 24; i++) {
		if (i > 0)
			jk_buf_putc(&b, ' ');
		jk_buf_puts(&b, seed[i % 3]);
		if (i % 2 == 0) {
			jk_buf_putc(&b, ' ');
			jk_buf_puts(&b, P(i));
		}
	}
	for (wi = 0; wi < 4; wi++) {
		struct jk_doc	*d = jk_doc_new("t");
		struct jk_style	*st = style();
		struct dl	*v;
		size_t		 len, pos = 0;
		double		 pw, ph;
		char		*dump;

		st->page_w_mm = 210 - 13 * wi;
		para(d, jk_node_add(d, d->root, JK_NODE_ARTICLE, 1), b.data);
		dump = dump_of(d, st, &len, NULL);
		v = parse_dump(dump, &n, &pw, &ph, &unknown);
		for (i = 0; i < n; i++) {
			const char	*q, *e, *pc;
			gunichar	 a, z;

			if (strcmp(v[i].role, "body") != 0)
				continue;
			ck_assert_msg(v[i].w <= v[i].max + 0.05,
			    "line wider than its column (%.1f > %.1f): %s",
			    v[i].w, v[i].max, v[i].text);
			q = strstr(b.data + pos, v[i].text);
			ck_assert_msg(q != NULL, "line not in the text: %s",
			    v[i].text);
			pos = q - b.data + strlen(v[i].text);
			if (v[i].ln == v[i].nln || *v[i].text == '\0')
				continue;
			breaks++;
			if (b.data[pos] == ' ')
				continue;
			mid++;
			e = b.data + pos;
			pc = g_utf8_prev_char(e);
			a = g_utf8_get_char(pc);
			z = g_utf8_get_char(e);
			ck_assert_msg(!(a < 0x80 && g_ascii_isalnum(a) &&
			    jk_is_hangul(z)), "Latin or digit parted from its "
			    "Hangul: %s|%.12s",
			    v[i].text, e);
			ck_assert_msg(z != 0xb7, "middle dot at a line start: "
			    "%.12s", e);
			ck_assert_msg(!(a == '-' && (jk_is_hangul(z) ||
			    jk_is_hangul(g_utf8_get_char(g_utf8_prev_char(pc))))),
			    "break after a hyphen by Hangul: %s|%.12s",
			    v[i].text, e);
		}
		free_dl(v, n);
		free(dump);
		jk_style_free(st);
		jk_doc_free(d);
	}
	/* the rules were exercised: words were broken, not all */
	ck_assert_int_gt(breaks, 100);
	ck_assert_int_gt(mid, 5);
	jk_buf_free(&b);
}
END_TEST

START_TEST(test_missing_glyph_reported)
{
	struct jk_doc	*d = jk_doc_new("t");
	struct jk_node	*a;
	struct jk_style	*st = style();
	struct jk_diag	 diag;
	size_t		 len;
	char		*dump;

	a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
	jk_node_add_text(d, a, JK_NODE_TITLE, "제목", 1);
	/* a private-use code point no font has */
	para(d, a, "글자 \xf3\xb0\x80\x81 하나");
	jk_diag_init(&diag, "t", NULL);
	dump = dump_of(d, st, &len, &diag);
	ck_assert_ptr_nonnull(strstr(dump, "unknown-glyphs 1"));
	ck_assert_int_eq(diag.count[JK_WARN], 1);
	free(dump);
	jk_diag_free(&diag);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

START_TEST(test_golden_dump)
{
	struct jk_doc	*d = test_tree();
	struct jk_style	*st = style();
	size_t		 len;
	char		*dump = dump_of(d, st, &len, NULL);

	ck_assert(golden_compare("golden/pdf/test-tree.layout", dump, len));
	free(dump);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

/* === one layout concern each: small trees, golden dumps =============== */

static struct jk_doc *
part_doc(void)
{
	struct jk_doc	*d = jk_doc_new("part");

	load_paras();
	jk_meta_set(d, "title", "기술과 혁신");
	jk_meta_set(d, "volume", "469");
	jk_meta_set(d, "date", "2025-01");
	return d;
}

/* Paragraph breaking: Korean with Latin runs, particles, middle dots. */
static struct jk_doc *
part_break(void)
{
	struct jk_doc	*d = part_doc();
	struct jk_node	*a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);

	jk_node_add_text(d, a, JK_NODE_TITLE, "줄 나누기", 1);
	para(d, a, P(4));
	para(d, a, "MAGA(Make America Great Again)와 Trade Relations를 두고 "
	    "대·중·소기업이 K-테크로 나아갔다. 2017년에 설립된 NVIDIA와 "
	    "GI-101A를 중심으로 R&D를 수행하였다.");
	para(d, a, P(6));
	return d;
}

/* Blocks to rows: headings, lists, a quote, a listing, a box, figures. */
static struct jk_doc *
part_rows(void)
{
	struct jk_doc	*d = part_doc();
	struct jk_node	*a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
	struct jk_node	*n, *l;

	jk_node_add_text(d, a, JK_NODE_TITLE, "블록", 1);
	jk_node_add_text(d, a, JK_NODE_HEADING, "1. 제목", 1)->level = 1;
	para(d, a, P(2));
	l = jk_node_add(d, a, JK_NODE_LIST, 1);
	l->flags |= JK_F_ORDERED;
	jk_node_add_text(d, l, JK_NODE_ITEM, P(8), 1);
	jk_node_add_text(d, l, JK_NODE_ITEM, "둘째 항목", 1);
	n = jk_node_add(d, a, JK_NODE_QUOTE, 1);
	para(d, n, "기술혁신이 곧 위기 극복의 길이다.");
	n = jk_node_add(d, a, JK_NODE_PRE, 1);
	n->text = jk_doc_strdup(d, "a   b\n  c = f(x);");
	n = jk_node_add(d, a, JK_NODE_SIDEBAR, 1);
	jk_node_add_text(d, n, JK_NODE_TITLE, "알아두기", 1);
	para(d, n, P(3));
	n = jk_node_add(d, a, JK_NODE_FIGURE, 1);
	n->label = "그림 1";
	jk_node_add_text(d, n, JK_NODE_CAPTION, "연구개발 투자 추이", 1);
	jk_node_add_text(d, n, JK_NODE_SOURCE, "자료: 협회", 1);
	jk_node_add_text(d, a, JK_NODE_HEADING, "세부", 1)->level = 2;
	para(d, a, P(5));
	return d;
}

/* Tables: in a column, across the block, one line per row. */
static struct jk_doc *
part_table(void)
{
	struct jk_doc	*d = part_doc();
	struct jk_node	*a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
	struct jk_node	*f;

	jk_node_add_text(d, a, JK_NODE_TITLE, "표", 1);
	para(d, a, P(1));
	table(d, a, 2, 4);
	f = jk_node_add(d, a, JK_NODE_FIGURE, 1);
	f->label = "표 1";
	jk_node_add_text(d, f, JK_NODE_CAPTION, "주요 산업별 수출 실적", 1);
	table(d, f, 5, 6);
	jk_node_add_text(d, f, JK_NODE_SOURCE, "<자료: 산업통상자원부>", 1);
	para(d, a, P(2));
	table(d, a, 14, 3);
	return d;
}

/* Flow: columns filled and balanced, over pages, a long table split. */
static struct jk_doc *
part_flow(void)
{
	struct jk_doc	*d = part_doc();
	struct jk_node	*a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
	int		 i;

	jk_node_add_text(d, a, JK_NODE_TITLE, "흐름", 1);
	for (i = 0; i < 9; i++) {
		para(d, a, P(i));
		if (i == 4)
			table(d, a, 3, 30);
		if (i == 2 || i == 5)
			jk_node_add_text(d, a, JK_NODE_HEADING, "소제목", 1)->level
			    = 2;
	}
	return d;
}

/* Openers, bios, notes and the contents. */
static struct jk_doc *
part_opener(void)
{
	struct jk_doc	*d = part_doc();
	struct jk_node	*a, *b, *n;
	int		 i;

	for (i = 0; i < 3; i++) {
		a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
		a->label = i < 2 ? "특집" : "동향";
		a->id = i == 0 ? "a1" : i == 1 ? "a2" : "a3";
		jk_node_add_text(d, a, JK_NODE_SERIES, "신년사", 1);
		jk_node_add_text(d, a, JK_NODE_TITLE, i == 1 ?
		    "함께하는 혁신으로 산업 활력을 제고하고 새 성장 동력을 "
		    "확보하자" : "산업기술 동향", 1);
		jk_node_add_text(d, a, JK_NODE_SUBTITLE, "을사년을 맞으며", 1);
		b = jk_node_add(d, a, JK_NODE_BYLINE, 1);
		jk_node_add_text(d, b, JK_NODE_NAME, "홍길동", 1);
		jk_node_add_text(d, b, JK_NODE_ROLE, "협회 회장", 1);
		jk_node_add_text(d, b, JK_NODE_BIO, "소재 산업 현장에서 "
		    "30년 동안 일했다.", 1);
		n = jk_node_add(d, a, JK_NODE_DECK, 1);
		para(d, n, P(1));
		para(d, a, P(i + 2));
		n = jk_node_add(d, a, JK_NODE_NOTEREF, 1);
		n = jk_node_add(d, a, JK_NODE_FOOTNOTE, 1);
		n->label = "1";
		para(d, n, "OECD, Main Science and Technology Indicators.");
	}
	return d;
}

/* Furniture: running heads and folios over several pages, an advert. */
static struct jk_doc *
part_furniture(void)
{
	struct jk_doc	*d = part_doc();
	struct jk_node	*a;
	int		 i;

	a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
	a->label = "Special Issue 04";
	jk_node_add_text(d, a, JK_NODE_TITLE, "사라진 한국 빙하의 흔적을 찾아서: "
	    "기후 위기의 시대에 다시 읽는 지형의 기록과 그 의미", 1);
	for (i = 0; i < 40; i++)
		para(d, a, P(i));
	a = jk_node_add(d, d->root, JK_NODE_ADVERT, 1);
	a->label = "광고";
	for (i = 0; i < 14; i++)
		para(d, a, P(i));
	return d;
}

static const struct {
	const char	*name;
	struct jk_doc	*(*make)(void);
} parts[] = {
	{ "break", part_break }, { "rows", part_rows },
	{ "table", part_table }, { "flow", part_flow },
	{ "opener", part_opener }, { "furniture", part_furniture },
};

/* Each concern of the layout, one small tree: the layout rules hold and
 * the dump is as reviewed (tests/golden/pdf/part-NAME.layout). */
START_TEST(test_layout_parts)
{
	struct jk_doc	*d = parts[_i].make();
	struct jk_style	*st = style();
	struct jk_diag	 diag;
	size_t		 len;
	char		*dump, *rel;

	jk_diag_init(&diag, "part", NULL);
	jk_tree_repair(d, &diag);
	ck_assert_int_eq(jk_tree_check(d->root, stderr), 0);
	dump = dump_of(d, st, &len, &diag);
	check_invariants(dump, 4);
	ck_assert_ptr_nonnull(strstr(dump, "unknown-glyphs 0\noverflows 0\n"));
	rel = jk_xasprintf("golden/pdf/part-%s.layout", parts[_i].name);
	ck_assert_msg(golden_compare(rel, dump, len), "%s", rel);
	free(rel);
	free(dump);
	jk_diag_free(&diag);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

/* The bundled sample issue, converted. */
static struct jk_doc *
sample_doc(void)
{
	struct jk_convert_opts	 co;
	struct jk_diag		 diag;
	struct jk_doc		*d;
	char			*in = tests_path("data/issue-469.txt"), *buf;
	size_t			 len;

	buf = jk_file_read(in, &len);
	ck_assert_ptr_nonnull(buf);
	memset(&co, 0, sizeof(co));
	jk_diag_init(&diag, "sample", NULL);
	d = jk_convert(buf, len, in, &co, &diag);
	ck_assert_ptr_nonnull(d);
	jk_diag_free(&diag);
	free(buf);
	free(in);
	return d;
}

/* Work (jk_work) to lay out doc d. */
static unsigned long long
layout_work(struct jk_doc *d)
{
	struct jk_style		*st = style();
	unsigned long long	 w0 = jk_work;
	size_t			 len;
	char			*dump = dump_of(d, st, &len, NULL);

	free(dump);
	jk_style_free(st);
	return jk_work - w0;
}

/* An article with a title of tlen characters (words of five syllables)
 * and npara paragraphs. */
static struct jk_doc *
titled_doc(int tlen, int npara)
{
	struct jk_doc	*d = part_doc();
	struct jk_node	*a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
	struct jk_buf	 b;
	int		 i;

	jk_buf_init(&b);
	for (i = 0; i < tlen; i++)
		jk_buf_puts(&b, i % 6 == 5 ? " " : "혁");
	jk_node_add_text(d, a, JK_NODE_TITLE, b.data, 1);
	jk_buf_free(&b);
	for (i = 0; i < npara; i++)
		para(d, a, P(i));
	return d;
}

/*
 * Running heads cost the same whatever the title's length: more pages
 * cost as much more with a title of 100,000 characters as with one of
 * 10,000 (a head laid out in full on every page would cost ten times as
 * much).
 */
START_TEST(test_long_title_bounded)
{
	unsigned long long	 w[2][2];
	struct jk_doc		*d;
	int			 t, b;
	double			 small, large;

	load_paras();
	for (t = 0; t < 2; t++)
		for (b = 0; b < 2; b++) {
			d = titled_doc(t == 0 ? 10000 : 100000, b == 0 ? 20 : 60);
			w[t][b] = layout_work(d);
			jk_doc_free(d);
		}
	small = (double)(w[0][1] - w[0][0]);
	large = (double)(w[1][1] - w[1][0]);
	ck_assert_msg(small > 0 && large < 2 * small, "pages cost %.0f with "
	    "a short title, %.0f with a long one", small, large);
	/* and the title's own cost is linear */
	ck_assert_msg(w[1][0] < 12 * w[0][0], "title: %llu for 10,000, %llu "
	    "for 100,000 characters", w[0][0], w[1][0]);
}
END_TEST

/* Work to set one unbroken line of n Hangul syllables. */
static unsigned long long
hangul_work(int n, int *lines)
{
	struct jk_doc	*d = jk_doc_new("unbroken");
	struct jk_node	*a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
	struct jk_style	*st = style();
	struct jk_buf	 b;
	struct dl	*v;
	unsigned long long w0;
	size_t		 len;
	char		*dump;
	double		 pw, ph;
	int		 i, nl, unknown;

	jk_buf_init(&b);
	for (i = 0; i < n; i++)
		jk_buf_puts(&b, i % 3 == 0 ? "가" : i % 3 == 1 ? "나" : "다");
	para(d, a, b.data);
	jk_buf_free(&b);
	w0 = jk_work;
	dump = dump_of(d, st, &len, NULL);
	w0 = jk_work - w0;
	v = parse_dump(dump, &nl, &pw, &ph, &unknown);
	*lines = 0;
	for (i = 0; i < nl; i++)
		if (strcmp(v[i].role, "body") == 0) {
			ck_assert_msg(v[i].w <= v[i].max + 0.5, "%.1f > %.1f",
			    v[i].w, v[i].max);
			(*lines)++;
		}
	free_dl(v, nl);
	free(dump);
	jk_style_free(st);
	jk_doc_free(d);
	return w0;
}

/* A line of Hangul with no space at all is broken between syllables in
 * work linear in its length (the breaker's active set is bounded). */
START_TEST(test_unbroken_hangul_linear)
{
	int			 l1, l2;
	unsigned long long	 w1 = hangul_work(30000, &l1);
	unsigned long long	 w2 = hangul_work(60000, &l2);

	ck_assert_int_gt(l1, 30000 / 30);
	ck_assert_int_ge(l2, 2 * l1 - 1);
	ck_assert_msg(w2 < 2.3 * w1 && w2 > 1.7 * w1, "work %llu for 30,000 "
	    "syllables, %llu for 60,000", w1, w2);
}
END_TEST

/* Work to lay out one article of n one-line paragraphs. */
static unsigned long long
short_paras_work(int n)
{
	struct jk_doc		*d = part_doc();
	struct jk_node		*a = jk_node_add(d, d->root, JK_NODE_ARTICLE,
				    1);
	unsigned long long	 w;
	int			 i;

	jk_node_add_text(d, a, JK_NODE_TITLE, "짧은 줄", 1);
	for (i = 0; i < n; i++)
		para(d, a, "짧은 줄 하나.");
	w = layout_work(d);
	jk_doc_free(d);
	return w;
}

/* Pages of one long article cost the same however long it is: the band
 * a page is filled from is not scanned to the article's end. */
START_TEST(test_many_paragraphs_linear)
{
	unsigned long long	 w1 = short_paras_work(4000);
	unsigned long long	 w2 = short_paras_work(8000);

	ck_assert_msg(w1 > 0 && w2 < 2.3 * w1, "work %llu for 4,000 "
	    "paragraphs, %llu for 8,000", w1, w2);
}
END_TEST

/* An issue of narts articles, each a short title over one paragraph. */
static struct jk_doc *
entries_doc(int narts)
{
	struct jk_doc	*d = part_doc();
	struct jk_node	*a;
	int		 i;

	for (i = 0; i < narts; i++) {
		a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
		jk_node_add_text(d, a, JK_NODE_TITLE, "기술 혁신", 1);
		para(d, a, "산업 기술 혁신의 성과를 짧게 알린다.");
	}
	return d;
}

/*
 * An entry of the contents costs work in proportion to what it sets: its
 * leaders (a hundred dots and spaces on one line) are not broken as a
 * paragraph, where every space would be weighed against every later one
 * (some 25,000 steps an entry, the contents being laid out twice).
 */
START_TEST(test_contents_entry_bounded)
{
	struct jk_doc		*d;
	unsigned long long	 w20, w40;

	d = entries_doc(20);
	w20 = layout_work(d);
	jk_doc_free(d);
	d = entries_doc(40);
	w40 = layout_work(d);
	jk_doc_free(d);
	ck_assert_msg(w40 > w20 && (w40 - w20) / 20 < 5000, "work %llu for "
	    "20 entries, %llu for 40: %llu an entry", w20, w40,
	    (w40 - w20) / 20);
}
END_TEST

/*
 * Furniture: left-hand pages carry the magazine's name, right-hand pages
 * a short form of the title; adverts carry neither head nor folio; the
 * contents print the issue line of the style, and leaders.
 */
START_TEST(test_furniture)
{
	struct jk_doc	*d = part_furniture();
	struct jk_style	*st = style();
	struct dl	*v;
	size_t		 len;
	char		*dump, *p;
	double		 pw, ph;
	int		 n, i, unknown, left = 0, right = 0, page;

	jk_meta_set(d, "date", "2025-03");
	dump = dump_of(d, st, &len, NULL);
	ck_assert_ptr_nonnull(strstr(dump, "|기술과 혁신 · 통권 469호 · "
	    "2025년 3월|"));
	ck_assert_ptr_nonnull(strstr(dump, "|. . . . . ."));
	v = parse_dump(dump, &n, &pw, &ph, &unknown);
	for (i = 0; i < n; i++) {
		if (strcmp(v[i].role, "running") != 0)
			continue;
		page = v[i].page - 2;	/* two contents pages */
		if (page % 2 == 0) {
			ck_assert_str_eq(v[i].text, "기술과 혁신");
			left++;
		} else {
			ck_assert_msg(g_utf8_strlen(v[i].text, -1) <= 33 &&
			    strncmp(v[i].text, "사라진 한국 빙하의 흔적을 찾아서",
			    strlen("사라진 한국 빙하의 흔적을 찾아서")) == 0,
			    "right-hand head: %s", v[i].text);
			right++;
		}
	}
	ck_assert_int_gt(left, 0);
	ck_assert_int_gt(right, 0);
	free_dl(v, n);
	/* the advert's pages: no head, no folio */
	p = strstr(dump, "kind advert");
	ck_assert_ptr_nonnull(p);
	ck_assert_ptr_nonnull(strstr(p, "\nunknown-glyphs"));
	*strstr(p, "\nunknown-glyphs") = '\0';
	ck_assert_ptr_null(strstr(p, " running "));
	ck_assert_ptr_null(strstr(p, " folio "));
	free(dump);
	/* a style's own issue line; none when a value it names is missing */
	free(st->issue_line);
	st->issue_line = jk_xstrdup("Vol. {volume} No. {issue}, {month}/{year}");
	dump = dump_of(d, st, &len, NULL);
	ck_assert_ptr_null(strstr(dump, "Vol. 469"));
	free(dump);
	jk_meta_set(d, "issue", "2");
	dump = dump_of(d, st, &len, NULL);
	ck_assert_ptr_nonnull(strstr(dump, "|기술과 혁신 · Vol. 469 No. 2, "
	    "3/2025|"));
	free(dump);
	/* {year} with no date is a missing value too, never printed as is */
	jk_meta_set(d, "date", "");
	dump = dump_of(d, st, &len, NULL);
	ck_assert_ptr_null(strstr(dump, "{year}"));
	ck_assert_ptr_null(strstr(dump, "Vol. 469"));
	free(dump);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

/*
 * The fallback faces are cut down to the document's characters before
 * anything is measured: small files in a private folder; the Hanja and
 * symbols they give are all there.  The renderer keeps them for the next
 * document with the same characters, makes new ones (removing the old)
 * for other characters, and removes them when it is freed.
 */
START_TEST(test_fallback_subset)
{
	struct jk_doc		*d = part_doc(), *d2 = part_doc();
	struct jk_node		*a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
	struct jk_node		*a2 = jk_node_add(d2, d2->root,
				    JK_NODE_ARTICLE, 1);
	struct jk_style		*st = style();
	struct jk_pdf_opts	 o;
	struct jk_pdf		*p;
	struct jk_playout	*L, *L2;
	struct stat		 sb;
	char *const		*files;
	const char		*dir;
	char			*dir1, *dir2;
	int			 i, n;

	para(d, a, "産業技術 ｢연구개발｣ 振興 ‧ ς 鍊金術");
	para(d2, a2, "技術 振興");
	memset(&o, 0, sizeof(o));
	p = jk_pdf_new(st, &o, NULL);
	L = jk_playout_new(p, d);
	ck_assert_int_eq(L->unknown_glyphs, 0);
	n = layout_fonts_files(L, &dir, &files);
	ck_assert_int_gt(n, 0);
	for (i = 0; i < n; i++) {
		ck_assert_int_eq(stat(files[i], &sb), 0);
		ck_assert_msg(sb.st_size < 2 * 1024 * 1024, "%s: %lld bytes",
		    files[i], (long long)sb.st_size);
	}
	dir1 = jk_xstrdup(dir);
	jk_playout_free(L);
	/* the same characters again: the same subsets, kept */
	ck_assert_int_eq(stat(dir1, &sb), 0);
	L = jk_playout_new(p, d);
	ck_assert_int_gt(layout_fonts_files(L, &dir, &files), 0);
	ck_assert_str_eq(dir, dir1);
	/* other characters: new subsets; the old go once unused */
	L2 = jk_playout_new(p, d2);
	ck_assert_int_eq(L2->unknown_glyphs, 0);
	ck_assert_int_gt(layout_fonts_files(L2, &dir, &files), 0);
	ck_assert_str_ne(dir, dir1);
	dir2 = jk_xstrdup(dir);
	ck_assert_int_eq(stat(dir1, &sb), 0);
	jk_playout_free(L);
	ck_assert_int_ne(stat(dir1, &sb), 0);
	jk_playout_free(L2);
	ck_assert_int_eq(stat(dir2, &sb), 0);
	jk_pdf_free(p);
	ck_assert_int_ne(stat(dir2, &sb), 0);
	free(dir1);
	free(dir2);
	jk_style_free(st);
	jk_doc_free(d);
	jk_doc_free(d2);
}
END_TEST

/* === the print targets, measured on a layout dump ====================== */

struct targets {
	int	 justified, loose;	/* word space over twice the natural */
	int	 over;			/* lines over their measure */
	int	 frames;		/* empty picture frames */
	int	 holes;			/* pages > 25 % empty, mid-article */
	int	 tables, split;		/* tables; split with < 3 rows a side */
	int	 heads;			/* headings with < 3 lines at a foot */
	int	 display;		/* display lines broken inside a word */
};

/* Page flags of the dump: kind body and not an article's last page. */
static char *
page_flags(const char *dump, int *npages, double *top, double *bottom)
{
	const char	*s;
	char		*f = NULL;
	int		 n = 0, pg;

	if ((s = strstr(dump, " area ")) != NULL)
		sscanf(s, " area %lf %lf", top, bottom);
	for (s = dump; (s = strstr(s, "\npage ")) != NULL; s++) {
		const char	*e = strchr(s + 1, '\n');
		char		 line[256];
		size_t		 l = e != NULL ? (size_t)(e - s - 1) : strlen(s + 1);

		if (l >= sizeof(line))
			l = sizeof(line) - 1;
		memcpy(line, s + 1, l);
		line[l] = '\0';
		if (sscanf(line, "page %d", &pg) != 1)
			continue;
		f = jk_xreallocarray(f, pg + 1, 1);
		while (n <= pg)
			f[n++] = 0;
		f[pg] = strstr(line, "kind body") != NULL &&
		    strstr(line, " end") == NULL;
	}
	*npages = n;
	return f;
}

static struct targets
measure_targets(const char *dump)
{
	struct targets	 T;
	struct dl	*v;
	int		 n, i, j, unknown, np, t, maxtab = 0;
	double		 pw, ph, top = 0, bottom = 0;
	char		*fl = page_flags(dump, &np, &top, &bottom);
	const char	*s;

	memset(&T, 0, sizeof(T));
	v = parse_dump(dump, &n, &pw, &ph, &unknown);
	for (s = dump; (s = strstr(s, "\n  frame ")) != NULL; s++)
		T.frames++;
	for (i = 0; i < n; i++) {
		if (v[i].ws > 0) {
			T.justified++;
			if (v[i].ws > 2.0)
				T.loose++;
		}
		if (v[i].w > v[i].max + 0.5)
			T.over++;
		if (v[i].display && v[i].mid)
			T.display++;
		if (v[i].tab > maxtab)
			maxtab = v[i].tab;
	}
	/* pages: how far each column is filled, spanning lines in both */
	ck_assert_double_gt(bottom, top);
	for (int p = 1; p < np; p++) {
		double	 fill = 0;

		if (!fl[p])
			continue;
		for (int c = 0; c < 2; c++) {
			double	 low = top;

			for (i = 0; i < n; i++)
				if (v[i].page == p && (v[i].col == c ||
				    v[i].col == -1) &&
				    strcmp(v[i].role, "running") != 0 &&
				    strcmp(v[i].role, "folio") != 0 &&
				    v[i].y > low)
					low = v[i].y < bottom ? v[i].y : bottom;
			fill += (low - top) / (bottom - top) / 2;
		}
		if (1 - fill > 0.25)
			T.holes++;
	}
	/* tables: the body rows of each column piece */
	for (t = 1; t <= maxtab; t++) {
		int	 pieces = 0, small = 0, lastp = -1, lastc = -9, rows = 0,
			 lastr = -1;

		for (i = 0; i <= n; i++) {
			int	 end = i == n || (v[i].tab == t &&
			    (v[i].page != lastp || v[i].col != lastc));

			if (end && lastp >= 0) {
				pieces++;
				if (rows < 3)
					small++;
			}
			if (i == n)
				break;
			if (v[i].tab != t)
				continue;
			if (end) {
				lastp = v[i].page;
				lastc = v[i].col;
				rows = 0;
				lastr = -1;
			}
			if (v[i].trow > 0 && v[i].trow != lastr) {
				rows++;
				lastr = v[i].trow;
			}
		}
		if (pieces > 0)
			T.tables++;
		if (pieces > 1 && small > 0)
			T.split++;
	}
	/* headings: three lines after them in their column, unless the
	 * text ends there */
	for (i = 0; i < n; i++) {
		int	 after = 0;

		if (strcmp(v[i].role, "head") != 0 || v[i].col < 0 ||
		    (i > 0 && strcmp(v[i - 1].role, "head") == 0 &&
		    v[i - 1].page == v[i].page && v[i - 1].col == v[i].col))
			continue;
		for (j = i + 1; j < n; j++) {
			if (strcmp(v[j].role, "running") == 0 ||
			    strcmp(v[j].role, "folio") == 0)
				continue;
			if (v[j].page != v[i].page || v[j].col != v[i].col)
				break;
			if (strcmp(v[j].role, "head") != 0)
				after++;
		}
		if (after >= 3 || j == n || strcmp(v[j].role, "opener") == 0 ||
		    (v[j].page != v[i].page && !fl[v[i].page]))
			continue;
		T.heads++;
	}
	free_dl(v, n);
	free(fl);
	return T;
}

static void
print_targets(FILE *fp, const char *what, const struct targets *T)
{
	fprintf(fp, "%s: justified lines %d, word space over twice the "
	    "natural %d (%.2f %%); over the measure %d; empty frames %d; "
	    "pages over 25 %% empty mid-article %d; tables %d, split with "
	    "fewer than 3 rows a side %d; headings with fewer than 3 lines "
	    "at a column foot %d; display lines broken inside a word %d\n",
	    what, T->justified, T->loose, T->justified > 0 ?
	    100.0 * T->loose / T->justified : 0, T->over, T->frames, T->holes,
	    T->tables, T->split, T->heads, T->display);
}

/*
 * The print targets on a layout: justified lines with word spaces over
 * twice the natural at most 2 %, and none of: a line over its measure,
 * an empty picture frame, a page more than a quarter empty mid-article,
 * a table split with fewer than three rows on a side, a heading with
 * fewer than three lines after it at a column foot, a display title
 * broken inside a word.  (JK_TARGETS_DUMP=FILE keeps the dump.)
 */
static void
check_targets(const char *what, const char *dump, size_t len)
{
	struct targets	 T;

	if (getenv("JK_TARGETS_DUMP") != NULL)	/* to look at */
		jk_file_write_atomic(getenv("JK_TARGETS_DUMP"), dump, len);
	T = measure_targets(dump);
	print_targets(stderr, what, &T);
	ck_assert_int_gt(T.justified, 2000);
	ck_assert_int_gt(T.tables, 10);
	ck_assert_msg(T.loose * 50 <= T.justified, "loose lines: %d of %d",
	    T.loose, T.justified);
	ck_assert_int_eq(T.over, 0);
	ck_assert_int_eq(T.frames, 0);
	ck_assert_int_eq(T.holes, 0);
	ck_assert_int_eq(T.split, 0);
	ck_assert_int_eq(T.heads, 0);
	ck_assert_int_eq(T.display, 0);
}

/* === the written file ================================================== */

static char *
tmpdir(void)
{
	char	*t = jk_xstrdup("/tmp/jk-pdf-XXXXXX");

	ck_assert_ptr_nonnull(mkdtemp(t));
	return t;
}

static void
rmtree(const char *dir)
{
	char	*cmd = jk_xasprintf("rm -rf '%s'", dir);

	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

static int
have(const char *tool)
{
	char	*cmd = jk_xasprintf("command -v %s >/dev/null 2>&1", tool);
	int	 r = system(cmd) == 0;

	free(cmd);
	return r;
}

/* Run a shell command; its output (malloc'd) and exit status. */
static char *
run(const char *cmd, int *status)
{
	FILE		*fp = popen(cmd, "r");
	struct jk_buf	 b;
	char		 chunk[4096];
	size_t		 n;

	ck_assert_ptr_nonnull(fp);
	jk_buf_init(&b);
	jk_buf_puts(&b, "");
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		jk_buf_add(&b, chunk, n);
	*status = pclose(fp);
	return jk_buf_detach(&b);
}

static int
render(struct jk_doc *d, struct jk_style *st, const char *path, int bleed,
    const char *pdir, const char *pages)
{
	struct jk_pdf_opts	 o;
	struct jk_pdf		*p;
	struct jk_diag		 diag;
	int			 rc;

	memset(&o, 0, sizeof(o));
	o.bleed = bleed;
	o.preview_dir = pdir;
	o.preview_pages = pages;
	o.preview_dpi = 30;
	jk_diag_init(&diag, "t", NULL);
	p = jk_pdf_new(st, &o, &diag);
	rc = jk_pdf_render(p, d, path);
	jk_pdf_free(p);
	jk_diag_free(&diag);
	return rc;
}

START_TEST(test_pdf_tools)
{
	struct jk_doc	*d = test_tree();
	struct jk_style	*st = style();
	char		*dir = tmpdir(), *path, *cmd, *out, *q;
	int		 status, npages, trim = 0, bleedbox = 0;

	path = jk_xasprintf("%s/t.pdf", dir);
	ck_assert_int_eq(render(d, st, path, 1, NULL, NULL), 0);
	ck_assert_int_eq(access(path, R_OK), 0);
	if (have("qpdf")) {
		cmd = jk_xasprintf("qpdf --check '%s' 2>&1", path);
		out = run(cmd, &status);
		ck_assert_msg(status == 0 && strstr(out, "WARNING") == NULL,
		    "qpdf --check: %s", out);
		free(out);
		free(cmd);
	}
	if (have("pdffonts")) {
		cmd = jk_xasprintf("pdffonts '%s' | tail -n +3", path);
		out = run(cmd, &status);
		ck_assert_int_eq(status, 0);
		ck_assert(strlen(out) > 0);
		/* every font: emb = yes (column after the type) */
		for (q = out; *q != '\0'; q = strchr(q, '\n') + 1) {
			ck_assert_msg(strstr(q, " yes ") != NULL &&
			    strstr(q, " yes ") < strchr(q, '\n'),
			    "font not embedded: %.80s", q);
			if (strchr(q, '\n') == NULL || strchr(q, '\n')[1] == '\0')
				break;
		}
		free(out);
		free(cmd);
	}
	if (have("pdfinfo")) {
		cmd = jk_xasprintf("pdfinfo '%s' | sed -n 's/^Pages: *//p'",
		    path);
		out = run(cmd, &status);
		npages = atoi(out);
		ck_assert_int_gt(npages, 4);
		free(out);
		free(cmd);
		cmd = jk_xasprintf("pdfinfo -box -f 1 -l %d '%s'", npages, path);
		out = run(cmd, &status);
		for (q = out; (q = strstr(q, "TrimBox:")) != NULL; q++)
			trim++;
		for (q = out; (q = strstr(q, "BleedBox:")) != NULL; q++)
			bleedbox++;
		ck_assert_int_eq(trim, npages);
		ck_assert_int_eq(bleedbox, npages);
		/* trim box smaller than the media box with bleed */
		ck_assert_ptr_nonnull(strstr(out, "Page    1 TrimBox:"));
		q = strstr(out, "Page    1 TrimBox:");
		ck_assert(strtod(q + 18, NULL) > 20);
		free(out);
		free(cmd);
		cmd = jk_xasprintf("pdfinfo '%s'", path);
		out = run(cmd, &status);
		ck_assert_ptr_nonnull(strstr(out, "기술과 혁신"));
		ck_assert_ptr_nonnull(strstr(out, "jikji"));
		ck_assert_ptr_nonnull(strstr(out, "2025"));
		free(out);
		free(cmd);
	}
	rmtree(dir);
	free(dir);
	free(path);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

/* Remove white space (and the private joiners) from s, in place. */
static void
squeeze(char *s)
{
	char	*o = s;

	for (; *s != '\0'; s++)
		if (!(*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r' ||
		    *s == '\f'))
			*o++ = *s;
	*o = '\0';
}

/*
 * Share of the body text found in pdftotext's output, white space
 * ignored: each word of each leaf block is looked for after the previous
 * word's match (reading order), or anywhere on the page sequence.
 * *strict gets the share found in order only.
 */
static double
recovery(struct jk_doc *d, const char *txt, int *total, double *strict)
{
	struct jk_iter	 it;
	struct jk_node	*n;
	enum jk_event	 ev;
	char		*hay = jk_xstrdup(txt);
	long		 found = 0, inorder = 0, all = 0;

	squeeze(hay);
	jk_iter_init(&it, d->root);
	while ((ev = jk_iter_next(&it)) != JK_EV_DONE) {
		struct jk_buf	 b;
		const char	*from = hay, *q;
		char		*w, *save = NULL;

		n = jk_iter_node(&it);
		if (ev != JK_EV_ENTER || !(n->type == JK_NODE_PARA ||
		    n->type == JK_NODE_HEADING || n->type == JK_NODE_ITEM ||
		    n->type == JK_NODE_CELL || n->type == JK_NODE_CAPTION ||
		    n->type == JK_NODE_TITLE || n->type == JK_NODE_BIO))
			continue;
		jk_buf_init(&b);
		jk_buf_puts(&b, "");
		jk_node_plain_buf(n, &b);
		for (w = strtok_r(b.data, " \t\n", &save); w != NULL;
		    w = strtok_r(NULL, " \t\n", &save)) {
			all += strlen(w);
			if ((q = strstr(from, w)) != NULL) {
				inorder += strlen(w);
				found += strlen(w);
				from = q + strlen(w);
			} else if ((q = strstr(hay, w)) != NULL) {
				found += strlen(w);
				from = q + strlen(w);
			} else if (getenv("JK_PDF_VERBOSE") != NULL)
				fprintf(stderr, "not found: %s\n", w);
		}
		jk_buf_free(&b);
	}
	free(hay);
	*total = (int)all;
	*strict = all > 0 ? (double)inorder / all : 0;
	return all > 0 ? (double)found / all : 0;
}

START_TEST(test_pdftotext_recovery)
{
	struct jk_doc	*d;
	struct jk_style	*st;
	char		*dir, *path, *cmd, *out;
	int		 status, total;
	double		 r, strict, rr, rstrict;

	if (!have("pdftotext"))
		return;
	d = test_tree();
	st = style();
	dir = tmpdir();
	path = jk_xasprintf("%s/t.pdf", dir);
	ck_assert_int_eq(render(d, st, path, 0, NULL, NULL), 0);
	/* content-stream order: the order the layout set the text in */
	cmd = jk_xasprintf("pdftotext -raw -enc UTF-8 '%s' -", path);
	out = run(cmd, &status);
	ck_assert_int_eq(status, 0);
	rr = recovery(d, out, &total, &rstrict);
	ck_assert_int_gt(total, 3000);
	ck_assert_msg(rstrict >= 0.995, "pdftotext -raw: %.2f %% in order "
	    "of %d bytes", rstrict * 100, total);
	free(out);
	free(cmd);
	/* pdftotext's own reading order (geometry, what a person runs):
	 * each column's lines make one block (leading at most 1.5 times
	 * the size), so the columns are read in turn, and no hyphen ends
	 * a line for it to take for a soft one and drop */
	cmd = jk_xasprintf("pdftotext -enc UTF-8 '%s' -", path);
	out = run(cmd, &status);
	ck_assert_int_eq(status, 0);
	r = recovery(d, out, &total, &strict);
	ck_assert_msg(r >= 0.995 && strict >= 0.995, "pdftotext: %.2f %% "
	    "recovered, %.2f %% in order, of %d bytes", r * 100, strict * 100,
	    total);
	if (getenv("JK_PDF_VERBOSE") != NULL)
		fprintf(stderr, "pdftotext -raw: %.2f %% recovered, %.2f %% in "
		    "order; pdftotext: %.2f %% recovered, %.2f %% in order; "
		    "of %d bytes\n", rr * 100, rstrict * 100, r * 100,
		    strict * 100, total);
	free(out);
	free(cmd);
	rmtree(dir);
	free(dir);
	free(path);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

START_TEST(test_deterministic)
{
	struct jk_doc	*d = test_tree();
	struct jk_style	*st = style();
	char		*dir = tmpdir(), *p1, *p2, *b1, *b2;
	size_t		 l1, l2;

	p1 = jk_xasprintf("%s/a.pdf", dir);
	p2 = jk_xasprintf("%s/b.pdf", dir);
	ck_assert_int_eq(render(d, st, p1, 1, NULL, NULL), 0);
	sleep(1);	/* a clock in the file would now differ */
	ck_assert_int_eq(render(d, st, p2, 1, NULL, NULL), 0);
	b1 = jk_file_read(p1, &l1);
	b2 = jk_file_read(p2, &l2);
	ck_assert_ptr_nonnull(b1);
	ck_assert_ptr_nonnull(b2);
	ck_assert_uint_eq(l1, l2);
	ck_assert(memcmp(b1, b2, l1) == 0);
	free(b1);
	free(b2);
	rmtree(dir);
	free(dir);
	free(p1);
	free(p2);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

static int
count_entries(const char *dir)
{
	DIR		*dp = opendir(dir);
	struct dirent	*de;
	int		 n = 0;

	ck_assert_ptr_nonnull(dp);
	while ((de = readdir(dp)) != NULL)
		if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
			n++;
	closedir(dp);
	return n;
}

START_TEST(test_no_file_on_failure)
{
	struct jk_doc	*d = test_tree();
	struct jk_style	*st = style();
	char		*dir = tmpdir(), *path, *sub;

	/* the target is a directory: the rename fails */
	sub = jk_xasprintf("%s/out.pdf", dir);
	ck_assert_int_eq(mkdir(sub, 0755), 0);
	ck_assert_int_eq(render(d, st, sub, 0, NULL, NULL), -1);
	ck_assert_int_eq(count_entries(dir), 1);
	/* a directory that does not exist */
	path = jk_xasprintf("%s/none/x.pdf", dir);
	ck_assert_int_eq(render(d, st, path, 0, NULL, NULL), -1);
	ck_assert_int_eq(count_entries(dir), 1);
	rmtree(dir);
	free(dir);
	free(sub);
	free(path);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

/*
 * fontconfig names a font first in the user's language (NanumBarunGothic
 * is 나눔바른고딕 under a Korean one): the font check must find the style's
 * families all the same.  In a child, so that fontconfig starts with
 * FC_LANG=ko; exit 0 no error, 1 font errors, 77 when fontconfig was set
 * up before (CK_FORK=no) and does not name it in Korean.
 */
static void
korean_fontconfig(void)
{
	struct jk_doc	*d;
	struct jk_style	*st;
	struct jk_diag	 diag;
	struct jk_pdf	*p;
	FcPattern	*pat, *m;
	FcResult	 res;
	FcChar8		*fam = NULL;
	char		*dir, *path;
	int		 bad;

	setenv("FC_LANG", "ko", 1);
	jk_diag_init(&diag, "t", NULL);
	jk_fonts_setup(&diag);
	pat = FcNameParse((const FcChar8 *)"NanumBarunGothic");
	FcConfigSubstitute(NULL, pat, FcMatchPattern);
	FcDefaultSubstitute(pat);
	m = FcFontMatch(NULL, pat, &res);
	if (m == NULL || FcPatternGetString(m, FC_FAMILY, 0, &fam) !=
	    FcResultMatch || strcmp((const char *)fam, "NanumBarunGothic") == 0)
		_exit(77);
	FcPatternDestroy(m);
	FcPatternDestroy(pat);
	d = test_tree();
	st = style();
	dir = tmpdir();
	path = jk_xasprintf("%s/ko.pdf", dir);
	p = jk_pdf_new(st, NULL, &diag);
	bad = jk_pdf_render(p, d, path) != 0 || diag.count[JK_ERROR] > 0;
	jk_pdf_free(p);
	rmtree(dir);
	_exit(bad);
}

START_TEST(test_font_check_under_a_korean_locale)
{
	pid_t	 pid;
	int	 st;

	fflush(NULL);
	if ((pid = fork()) == 0)
		korean_fontconfig();
	ck_assert_int_ne(pid, -1);
	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	ck_assert(WIFEXITED(st));
	if (WEXITSTATUS(st) == 77) {
		fprintf(stderr, "font check under FC_LANG=ko: skipped "
		    "(fontconfig set up before, run with CK_FORK=yes)\n");
		return;
	}
	ck_assert_msg(WEXITSTATUS(st) == 0, "font errors under FC_LANG=ko");
}
END_TEST

START_TEST(test_previews)
{
	struct jk_doc	*d = test_tree();
	struct jk_style	*st = style();
	char		*dir = tmpdir(), *path, *png, *buf;
	size_t		 len;

	path = jk_xasprintf("%s/issue.pdf", dir);
	ck_assert_int_eq(render(d, st, path, 0, dir, "1,3-4"), 0);
	png = jk_xasprintf("%s/issue-p003.png", dir);
	buf = jk_file_read(png, &len);
	ck_assert_ptr_nonnull(buf);
	ck_assert(len > 8 && memcmp(buf, "\x89PNG", 4) == 0);
	free(buf);
	free(png);
	png = jk_xasprintf("%s/issue-p002.png", dir);
	ck_assert_int_ne(access(png, F_OK), 0);
	free(png);
	ck_assert_int_eq(count_entries(dir), 4);	/* pdf + 3 previews */
	rmtree(dir);
	free(dir);
	free(path);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

/* Document d is rendered to a PDF file that is there afterwards; d and
 * the style are freed. */
static void
assert_renders(struct jk_doc *d, struct jk_style *st)
{
	char	*dir = tmpdir(), *path;

	path = jk_xasprintf("%s/d.pdf", dir);
	ck_assert_int_eq(render(d, st, path, 0, NULL, NULL), 0);
	ck_assert_int_eq(access(path, R_OK), 0);
	rmtree(dir);
	free(dir);
	free(path);
	jk_style_free(st);
	jk_doc_free(d);
}

START_TEST(test_empty_document)
{
	assert_renders(jk_doc_new("empty"), style());
}
END_TEST

/* Right-to-left words in a Korean sentence (a Hebrew or Arabic name):
 * their glyphs come in visual order, and the clusters handed to Cairo
 * must still cover the text, or Cairo refuses the page and no PDF is
 * written. */
START_TEST(test_right_to_left_words)
{
	struct jk_doc	*d = jk_doc_new("rtl");
	struct jk_node	*a;

	a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
	jk_node_add_text(d, a, JK_NODE_TITLE, "제목", 1);
	para(d, a, "히브리어 \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xd7\xa2\xd7\x95"
	    "\xd7\x9c\xd7\x9d 와 아랍어 \xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 "
	    "가 한 문장에 있습니다.");
	assert_renders(d, style());
}
END_TEST

/* The bundled sample, converted and set: every tool is happy, no glyph
 * is missing, nothing overflows, the text is all there. */
START_TEST(test_sample_issue)
{
	struct jk_diag		 diag;
	struct jk_doc		*d = sample_doc();
	struct jk_style		*st = style();
	char			*dir = tmpdir(), *path, *cmd, *out, *dump;
	size_t			 dlen;
	int			 status, total;
	double			 r, strict;

	/* layout: no glyph missing, nothing overflowing */
	jk_diag_init(&diag, "sample", getenv("JK_PDF_VERBOSE") != NULL ?
	    stderr : NULL);
	dump = dump_of(d, st, &dlen, &diag);
	ck_assert_ptr_nonnull(strstr(dump, "unknown-glyphs 0\n"));
	ck_assert_ptr_nonnull(strstr(dump, "overflows 0\n"));
	ck_assert_int_eq(diag.count[JK_WARN] + diag.count[JK_ERROR], 0);
	jk_diag_free(&diag);
	ck_assert_int_gt(check_invariants(dump, 3000), 10);
	check_targets("sample", dump, dlen);
	free(dump);

	path = jk_xasprintf("%s/issue.pdf", dir);
	ck_assert_int_eq(render(d, st, path, 1, NULL, NULL), 0);
	if (have("qpdf")) {
		cmd = jk_xasprintf("qpdf --check '%s' 2>&1", path);
		out = run(cmd, &status);
		ck_assert_msg(status == 0 && strstr(out, "WARNING") == NULL,
		    "qpdf --check: %.500s", out);
		free(out);
		free(cmd);
	}
	if (have("pdffonts")) {
		cmd = jk_xasprintf("pdffonts '%s' | tail -n +3 | "
		    "awk '$(NF-4) != \"yes\"'", path);
		out = run(cmd, &status);
		ck_assert_msg(*out == '\0', "fonts not embedded: %s", out);
		free(out);
		free(cmd);
	}
	if (have("pdftotext")) {
		cmd = jk_xasprintf("pdftotext -raw -enc UTF-8 '%s' -", path);
		out = run(cmd, &status);
		r = recovery(d, out, &total, &strict);
		if (getenv("JK_PDF_VERBOSE") != NULL)
			fprintf(stderr, "sample, pdftotext -raw: %.2f %% "
			    "recovered, %.2f %% in order, of %d bytes\n",
			    r * 100, strict * 100, total);
		ck_assert_msg(strict >= 0.995, "sample: %.2f %% in order",
		    strict * 100);
		free(out);
		free(cmd);
		cmd = jk_xasprintf("pdftotext -enc UTF-8 '%s' -", path);
		out = run(cmd, &status);
		r = recovery(d, out, &total, &strict);
		if (getenv("JK_PDF_VERBOSE") != NULL)
			fprintf(stderr, "sample, pdftotext: %.2f %% recovered, "
			    "%.2f %% in order\n", r * 100, strict * 100);
		/* plain mode, in order: what is left out of order is
		 * figure placeholders and table cells read across, and a
		 * word broken over a page end, folio and running head
		 * between its halves */
		ck_assert_msg(r >= 0.998 && strict >= 0.998, "sample, "
		    "pdftotext: %.2f %% recovered, %.2f %% in order",
		    r * 100, strict * 100);
		free(out);
		free(cmd);
	}
	rmtree(dir);
	free(dir);
	free(path);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

/* Odd content is set, never crashes, and still obeys the layout rules. */
/* A paragraph of a megabyte (damaged input makes them) is set whole, in
 * lines that fit their column: every syllable of it reaches the page. */
START_TEST(test_huge_paragraph_kept_whole)
{
	struct jk_doc	*d = jk_doc_new("huge");
	struct jk_style	*st = style();
	struct jk_diag	 diag;
	struct jk_node	*a;
	struct jk_buf	 b;
	struct dl	*v;
	char		*dump;
	const char	*p;
	size_t		 len;
	double		 pw, ph;
	int		 i, n, unknown, want = 110000, got = 0, lines = 0;

	a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
	jk_node_add_text(d, a, JK_NODE_TITLE, "긴 문단", 1);
	jk_buf_init(&b);
	for (i = 0; i < want; i++)
		jk_buf_puts(&b, i % 7 == 6 ? "혁신을 했다. " : "혁신을 ");
	jk_node_add_text(d, a, JK_NODE_PARA, b.data, 2);
	jk_buf_free(&b);
	jk_diag_init(&diag, "huge", NULL);
	dump = dump_of(d, st, &len, &diag);
	v = parse_dump(dump, &n, &pw, &ph, &unknown);
	for (i = 0; i < n; i++) {
		if (strcmp(v[i].role, "body") != 0)
			continue;
		lines++;
		ck_assert_msg(v[i].w <= v[i].max + 0.5, "line %d: %.1f > %.1f",
		    i, v[i].w, v[i].max);
		for (p = v[i].text; (p = strstr(p, "혁")) != NULL; p += 3)
			got++;
	}
	ck_assert_int_eq(got, want);
	ck_assert_int_gt(lines, want / 10);
	free_dl(v, n);
	free(dump);
	jk_diag_free(&diag);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

/* An issue of narts articles of npara paragraphs each (a title; a table
 * after every sixth paragraph). */
static struct jk_doc *
long_doc(int narts, int npara)
{
	struct jk_doc	*d = part_doc();
	struct jk_node	*a;
	char		 title[64];
	int		 i, k;

	load_paras();
	for (i = 0; i < narts; i++) {
		a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
		snprintf(title, sizeof(title), "기술 혁신 %d", i + 1);
		jk_node_add_text(d, a, JK_NODE_TITLE, title, 1);
		for (k = 0; k < npara; k++) {
			para(d, a, P(i * npara + k));
			if (k % 6 == 5)
				table(d, a, 4, 10);
		}
	}
	return d;
}

/* Glyph-run segments alive at most while doc d is laid out and painted;
 * *made gets how many were made in all. */
static long
pdf_peak_segs(struct jk_doc *d, const char *path, long *made)
{
	struct jk_style	*st = style();

	jk_pseg_peak = jk_pseg_live;
	*made = jk_pseg_made;
	ck_assert_int_eq(render(d, st, path, 1, NULL, NULL), 0);
	*made = jk_pseg_made - *made;
	jk_style_free(st);
	return jk_pseg_peak - jk_pseg_live;
}

/*
 * Memory stays bounded for an issue of any length: a block's glyph runs
 * leave memory once it is set, a page's once it is painted, so twice the
 * articles (or one article twice as long) hold no more segments at once,
 * though twice as many are made: at most a page's and a block's.
 */
START_TEST(test_pages_stream)
{
	char	*dir = tmpdir(), *path = jk_xasprintf("%s/t.pdf", dir);
	long	 peak[2], made[2];
	int	 i;

	for (i = 0; i < 2; i++) {
		/* many articles (the contents has full pages either way), or
		 * one long one */
		struct jk_doc *d = _i == 0 ? long_doc(100 << i, 2) :
		    long_doc(1, 150 << i);

		peak[i] = pdf_peak_segs(d, path, &made[i]);
		jk_doc_free(d);
	}
	fprintf(stderr, "%s: %ld / %ld segments made, at most %ld / %ld "
	    "alive\n", _i == 0 ? "articles" : "one article", made[0],
	    made[1], peak[0], peak[1]);
	ck_assert_int_gt(made[1], made[0] * 19 / 10);
	ck_assert_int_gt(peak[0], 0);
	ck_assert_msg(peak[1] <= peak[0] * 11 / 10 + 20, "%ld segments alive "
	    "of %ld made, %ld of %ld", peak[0], made[0], peak[1], made[1]);
	free(path);
	rmtree(dir);
	free(dir);
}
END_TEST

/* Are the items a and b the same, glyph for glyph? */
static void
same_items(const struct jk_pitem *a, const struct jk_pitem *b, int n)
{
	int	 i, k, g;

	for (i = 0; i < n; i++) {
		ck_assert_int_eq(a[i].kind, b[i].kind);
		ck_assert(a[i].x == b[i].x && a[i].y == b[i].y &&
		    a[i].w == b[i].w && a[i].h == b[i].h);
		ck_assert_int_eq(a[i].col, b[i].col);
		ck_assert_int_eq(a[i].para, b[i].para);
		ck_assert_pstr_eq(a[i].text, b[i].text);
		ck_assert_pstr_eq(a[i].dest, b[i].dest);
		ck_assert_ptr_eq(a[i].node, b[i].node);
		ck_assert_int_eq(a[i].nsegs, b[i].nsegs);
		for (k = 0; k < a[i].nsegs; k++) {
			const struct jk_pseg *s = &a[i].segs[k];
			const struct jk_pseg *t = &b[i].segs[k];

			ck_assert(s->x == t->x && s->dy == t->dy);
			ck_assert_str_eq(s->text, t->text);
			ck_assert_int_eq(s->item != NULL, t->item != NULL);
			if (s->item == NULL)
				continue;
			ck_assert_ptr_eq(s->item->analysis.font,
			    t->item->analysis.font);
			ck_assert_int_eq(s->item->length, t->item->length);
			ck_assert_int_eq(s->glyphs->num_glyphs,
			    t->glyphs->num_glyphs);
			for (g = 0; g < s->glyphs->num_glyphs; g++) {
				ck_assert_uint_eq(s->glyphs->glyphs[g].glyph,
				    t->glyphs->glyphs[g].glyph);
				ck_assert_int_eq(
				    s->glyphs->glyphs[g].geometry.width,
				    t->glyphs->glyphs[g].geometry.width);
				ck_assert_int_eq(s->glyphs->log_clusters[g],
				    t->glyphs->log_clusters[g]);
			}
		}
	}
}

/*
 * The spool gives back what it was given, in a temporary file (read
 * through its window, records larger than the window included) and in
 * memory (when no file can be made), and refuses a record cut short.
 */
START_TEST(test_spool_round_trip)
{
	struct jk_doc		*d = test_tree();
	struct jk_style		*st = style();
	struct jk_pdf_opts	 o;
	struct jk_pdf		*p;
	struct jk_playout	*L;
	struct jk_spool		*sp;
	struct jk_pitem		*all, *back;
	off_t			*off, aoff;
	size_t			*len, alen;
	int			 i, k, m, n, total = 0;

	memset(&o, 0, sizeof(o));
	p = jk_pdf_new(st, &o, NULL);
	L = jk_playout_new(p, d);
	ck_assert_int_gt(L->npages, 2);
	off = jk_xcalloc(L->npages, sizeof(*off));
	len = jk_xcalloc(L->npages, sizeof(*len));
	for (i = 0; i < L->npages; i++) {
		jk_ppage_load(L, i);
		total += L->pages[i].nitems;
	}
	all = jk_xcalloc(total, sizeof(*all));
	back = jk_xcalloc(total, sizeof(*back));
	for (i = 0, n = 0; i < L->npages; i++) {
		memcpy(all + n, L->pages[i].items, L->pages[i].nitems *
		    sizeof(*all));
		n += L->pages[i].nitems;
	}
	for (m = 0; m < 2; m++) {
		sp = jk_spool_new(m);
		for (i = 0; i < L->npages; i++)
			jk_spool_put(sp, L->pages[i].items, L->pages[i].nitems,
			    &off[i], &len[i]);
		/* every page as one record, wider than the read window */
		jk_spool_put(sp, all, total, &aoff, &alen);
		ck_assert_uint_gt(alen, 64 * 1024);
		for (i = 0; i < L->npages; i++) {
			n = L->pages[i].nitems;
			ck_assert_int_eq(jk_spool_get(sp, off[i], len[i], n,
			    back), 0);
			same_items(L->pages[i].items, back, n);
			for (k = 0; k < n; k++)
				jk_pitem_clear(&back[k]);
			if (n > 0) {
				ck_assert_int_eq(jk_spool_get(sp, off[i],
				    len[i] - 1, n, back), -1);
				for (k = 0; k < n; k++)
					jk_pitem_clear(&back[k]);
			}
		}
		ck_assert_int_eq(jk_spool_get(sp, aoff, alen, total, back), 0);
		same_items(all, back, total);
		for (k = 0; k < total; k++)
			jk_pitem_clear(&back[k]);
		jk_spool_free(sp);
	}
	for (i = 0; i < L->npages; i++)
		jk_ppage_unload(L, i);
	free(all);
	free(back);
	free(off);
	free(len);
	jk_playout_free(L);
	jk_pdf_free(p);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

START_TEST(test_hostile_tree)
{
	struct jk_doc	*d = jk_doc_new("hostile");
	struct jk_style	*st = style();
	struct jk_node	*a, *t, *r, *s, *n;
	struct jk_buf	 b;
	char		*dir = tmpdir(), *path, *dump;
	size_t		 len;
	int		 i, j;

	load_paras();
	a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
	jk_node_add_text(d, a, JK_NODE_TITLE, "<보고서> & ]]> \"인용\"", 1);
	/* one word longer than a column: it must break somewhere */
	jk_buf_init(&b);
	jk_buf_puts(&b, "https://example.org/");
	for (i = 0; i < 200; i++)
		jk_buf_puts(&b, "가나다라abc");
	para(d, a, b.data);
	jk_buf_free(&b);
	/* invalid UTF-8, control characters, word joiners */
	para(d, a, "깨진 \xff\xfe 바이트\x01와 \xe2\x81\xa0 결합 문자");
	para(d, a, "");
	/* a table of 80 columns with huge spans */
	t = jk_node_add(d, a, JK_NODE_TABLE, 1);
	for (i = 0; i < 3; i++) {
		r = jk_node_add(d, t, JK_NODE_ROW, 1);
		for (j = 0; j < 80; j++) {
			n = jk_node_add_text(d, r, JK_NODE_CELL, "셀", 1);
			if (j == 3)
				n->colspan = 1000000;
		}
	}
	/* a box longer than a column */
	s = jk_node_add(d, a, JK_NODE_SIDEBAR, 1);
	for (i = 0; i < 12; i++)
		para(d, s, P(i));
	n = jk_node_add(d, a, JK_NODE_PRE, 1);
	n->text = "\t탭\t으로\t나뉜\t줄 아주 긴 줄 "
	    "0123456789012345678901234567890123456789012345678901234567890123456789"
	    "0123456789012345678901234567890123456789\n\n\n";
	n = jk_node_add(d, a, JK_NODE_HEADING, 1);
	n->level = 1;		/* an empty heading at the very end */
	/* a title far longer than a running head can hold */
	a = jk_node_add(d, d->root, JK_NODE_ARTICLE, 1);
	jk_buf_init(&b);
	for (i = 0; i < 30; i++)
		jk_buf_puts(&b, "아주 긴 제목 ");
	jk_node_add_text(d, a, JK_NODE_TITLE, b.data, 1);
	jk_buf_free(&b);
	for (i = 0; i < 40; i++)
		para(d, a, P(i));

	dump = dump_of(d, st, &len, NULL);
	check_invariants(dump, 10);
	/* its running heads: one line each, shortened with an ellipsis */
	{
		const char	*q, *e;
		int		 cut = 0;

		for (q = dump; (q = strstr(q, " running ")) != NULL; q = e) {
			e = strchr(q, '\n');
			ck_assert_ptr_nonnull(e);
			if (e - q > 4 && strncmp(e - 4, "…|", 4) == 0)
				cut++;
		}
		ck_assert_int_gt(cut, 0);
	}
	free(dump);
	path = jk_xasprintf("%s/h.pdf", dir);
	ck_assert_int_eq(render(d, st, path, 1, NULL, NULL), 0);
	rmtree(dir);
	free(dir);
	free(path);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

/* The incremental update refuses what is not Cairo's kind of file. */
START_TEST(test_boxes_refuse)
{
	struct jk_buf	 b;
	static const char *const bad[] = {
		"", "%PDF-1.5\n", "not a pdf at all, not at all, no",
		"%PDF-1.5\n1 0 obj\n<< /Type /Page >>\nendobj\nstartxref\n99999\n%%EOF",
		"%PDF-1.5\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\n"
		    "startxref\n9\n%%EOF\n",
	};
	size_t		 i;
	struct jk_pdf_fix fx = { 100, 100, 10, 5, "ko", "<x/>", 1, 1 };

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		jk_buf_init(&b);
		jk_buf_add(&b, bad[i], strlen(bad[i]));
		ck_assert_int_eq(jk_pdf_add_boxes(&b, &fx), -1);
		ck_assert_uint_eq(b.len, strlen(bad[i]));	/* untouched */
		jk_buf_free(&b);
	}
}
END_TEST

/* === prepress ========================================================== */

/* Neutral colours become DeviceGray, the registration colour all four
 * plates; other colours and look-alike numbers stay as they were. */
START_TEST(test_ink_rewrite)
{
	static const char *const io[][2] = {
		{ "0 0 0 rg", "0 g" },
		{ "q\n0 0 0 RG 1 w\n", "q\n0 G 1 w\n" },
		{ "0.5 0.5 0.5 rg /a0 gs", "0.5 g /a0 gs" },
		{ "10 0 0 rg", "10 0 0 rg" },
		{ "0.0 0 0 rg", "0.0 0 0 rg" },
		{ "0.1 0.1 0.12 rg", "0.1 0.1 0.12 rg" },
		{ JK_REG_R " " JK_REG_G " " JK_REG_B " RG", "1 1 1 1 K" },
		{ "<0a0b> Tj 0 0 0 rgx", "<0a0b> Tj 0 0 0 rgx" },
		{ "", "" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(io) / sizeof(io[0]); i++) {
		struct jk_buf	 b;

		jk_buf_init(&b);
		jk_buf_puts(&b, "");
		jk_pdf_ink(io[i][0], strlen(io[i][0]), &b);
		ck_assert_str_eq(b.data, io[i][1]);
		jk_buf_free(&b);
	}
}
END_TEST

/* Painting outside the structure's marked content becomes /Artifact;
 * what paints nothing, and streams the scan does not know, stay as they
 * were. */
START_TEST(test_artifacts)
{
	static const char *const io[][2] = {
		{ "q\n0 0 9 9 re f\n/P << /MCID 0 >> BDC\nBT (a\\)EMC) Tj ET\n"
		    "EMC\nBT (9) Tj ET\nQ",
		  "/Artifact BMC\nq\n0 0 9 9 re f\nEMC\n/P << /MCID 0 >> BDC\n"
		    "BT (a\\)EMC) Tj ET\nEMC\n/Artifact BMC\n\nBT (9) Tj ET\nQ"
		    "\nEMC\n" },
		{ "q 1 0 0 1 0 0 cm\n/H1 << /MCID 0 >> BDC\n[(x)] TJ\nEMC\nQ",
		  "q 1 0 0 1 0 0 cm\n/H1 << /MCID 0 >> BDC\n[(x)] TJ\nEMC\nQ" },
		{ "0 0 m 1 1 l S", "\n/Artifact BMC\n0 0 m 1 1 l S\nEMC\n" },
		{ "EMC 0 0 m S", NULL },
		{ "/P << /MCID 0 >> BDC (x) Tj", NULL },
		{ "BI /W 1 /H 1 ID x EI", NULL },
	};
	size_t	 i;

	for (i = 0; i < sizeof(io) / sizeof(io[0]); i++) {
		struct jk_buf	 b;
		int		 r;

		jk_buf_init(&b);
		jk_buf_puts(&b, "");
		r = jk_pdf_artifacts(io[i][0], strlen(io[i][0]), &b);
		if (io[i][1] == NULL) {
			ck_assert_int_eq(r, -1);
			ck_assert_uint_eq(b.len, 0);
		} else {
			ck_assert_int_eq(r, 0);
			ck_assert_str_eq(b.data, io[i][1]);
		}
		jk_buf_free(&b);
	}
}
END_TEST

/* The PDF as qpdf's uncompressed QDF text (streams readable). */
static char *
qdf_of(const char *path)
{
	char	*cmd, *out;
	int	 status;

	cmd = jk_xasprintf("qpdf --qdf --object-streams=disable '%s' - | "
	    "tr -d '\\000'", path);
	out = run(cmd, &status);
	ck_assert_int_eq(status, 0);
	free(cmd);
	return out;
}

/* Count the occurrences of needle in hay. */
static int
count_of(const char *hay, const char *needle)
{
	int	 n = 0;

	for (; (hay = strstr(hay, needle)) != NULL; hay++)
		n++;
	return n;
}

static cairo_status_t
paint_write(void *closure, const unsigned char *data, unsigned int len)
{
	jk_buf_add(closure, (const char *)data, len);
	return CAIRO_STATUS_SUCCESS;
}

/* jk_pdf_paint draws the pages on any surface: on a PDF surface of the
 * caller's, one page for each of the layout's; on a recording surface,
 * ink.  A context in error is reported and nothing fails silently. */
START_TEST(test_paint_surface)
{
	struct jk_doc		*d = test_tree();
	struct jk_style		*st = style();
	struct jk_pdf_opts	 o;
	struct jk_pdf		*p;
	struct jk_diag		 diag;
	struct jk_buf		 out;
	cairo_surface_t		*sf;
	cairo_t			*cr;
	char			*dump, *q;
	size_t			 dlen;
	double			 x, y, w, h;
	int			 npages, n;

	jk_diag_init(&diag, "t", NULL);
	dump = dump_of(d, st, &dlen, &diag);
	npages = count_of(dump, "\npage ") + (strncmp(dump, "page ", 5) == 0);
	ck_assert_int_gt(npages, 4);
	free(dump);
	memset(&o, 0, sizeof(o));
	o.bleed = 1;
	p = jk_pdf_new(st, &o, &diag);
	jk_buf_init(&out);
	sf = cairo_pdf_surface_create_for_stream(paint_write, &out, 400, 600);
	cr = cairo_create(sf);
	ck_assert_int_eq(jk_pdf_paint(p, d, cr), 0);
	cairo_destroy(cr);
	cairo_surface_finish(sf);
	ck_assert_int_eq(cairo_surface_status(sf), CAIRO_STATUS_SUCCESS);
	cairo_surface_destroy(sf);
	/* compressed streams hold NULs: the page objects are searched as
	 * bytes */
	for (q = out.data, n = 0; (q = memmem(q, out.len - (size_t)(q -
	    out.data), "/Type /Page %", 13)) != NULL; q++)
		n++;
	ck_assert_int_eq(n, npages);
	ck_assert_ptr_nonnull(memmem(out.data, out.len, "/StructTreeRoot", 15));
	jk_buf_free(&out);
	sf = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, NULL);
	cr = cairo_create(sf);
	ck_assert_int_eq(jk_pdf_paint(p, d, cr), 0);
	cairo_destroy(cr);
	cairo_recording_surface_ink_extents(sf, &x, &y, &w, &h);
	ck_assert(w > 100 && h > 100);
	cairo_surface_destroy(sf);
	ck_assert_int_eq(diag.count[JK_ERROR], 0);
	/* a context in error (Cairo's nil one) */
	cr = cairo_create(NULL);
	ck_assert_int_eq(jk_pdf_paint(p, d, cr), -1);
	cairo_destroy(cr);
	ck_assert_int_eq(diag.count[JK_ERROR], 1);
	jk_pdf_free(p);
	jk_diag_free(&diag);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

/* /Lang, XMP, DisplayDocTitle, a trailer /ID, and press colours: black
 * as DeviceGray, crop marks on all four plates, no RGB neutral left. */
START_TEST(test_prepress_file)
{
	struct jk_doc	*d = test_tree();
	struct jk_style	*st = style();
	char		*dir = tmpdir(), *path, *q, *line;
	int		 npages;

	if (!have("qpdf"))
		return;
	path = jk_xasprintf("%s/t.pdf", dir);
	ck_assert_int_eq(render(d, st, path, 1, NULL, NULL), 0);
	q = qdf_of(path);
	ck_assert_ptr_nonnull(strstr(q, "/Lang (ko)"));
	ck_assert_ptr_nonnull(strstr(q, "/DisplayDocTitle true"));
	ck_assert_ptr_nonnull(strstr(q, "/Metadata "));
	ck_assert_ptr_nonnull(strstr(q, "/Subtype /XML"));
	ck_assert_ptr_nonnull(strstr(q, "<rdf:li xml:lang=\"x-default\">"
	    "기술과 혁신</rdf:li>"));
	ck_assert_ptr_nonnull(strstr(q, "<dc:creator><rdf:Seq><rdf:li>"
	    "한국산업기술진흥협회</rdf:li>"));
	ck_assert_ptr_nonnull(strstr(q, "<rdf:li>ko</rdf:li>"));
	ck_assert_ptr_nonnull(strstr(q, "<xmp:CreateDate>2025-01-15T09:00:00Z"));
	ck_assert_ptr_nonnull(strstr(q, "/ID ["));
	npages = count_of(q, "/Type /Page\n");
	ck_assert_int_gt(npages, 4);
	/* one registration stroke per page, and black as gray */
	ck_assert_int_eq(count_of(q, "1 1 1 1 K"), npages);
	ck_assert_int_gt(count_of(q, "\n0 g"), npages);
	/* crop marks, rules and furniture are artifacts */
	ck_assert_int_ge(count_of(q, "/Artifact BMC"), npages);
	/* no neutral RGB colour anywhere */
	for (line = q; (line = strstr(line, "rg")) != NULL; line++) {
		const char	*b = line;
		double		 r, g, bl;

		while (b > q && b[-1] != '\n')
			b--;
		if (sscanf(b, "%lf %lf %lf rg", &r, &g, &bl) == 3)
			ck_assert_msg(!(r == g && g == bl),
			    "neutral RGB left: %.40s", b);
	}
	free(q);
	rmtree(dir);
	free(dir);
	free(path);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

/* Top-level elements of the structure tree (children of Document), one
 * line each: the type and its text without spaces, "H1 함께하는...". */
static char *
struct_top(const char *path)
{
	char	*cmd, *out;
	int	 status;

	cmd = jk_xasprintf("pdfinfo -struct-text '%s' 2>&1 | awk '"
	    "/^  [A-Z]/ { if (t != \"\") print t; t = $1; next }"
	    "/^ +\"/ { s = $0; gsub(/^ +\"|\"$/, \"\", s); t = t \" \" s }"
	    "END { if (t != \"\") print t }'", path);
	out = run(cmd, &status);
	ck_assert_int_eq(status, 0);
	free(cmd);
	return out;
}

/* A tagged PDF: Document at the root; headings, paragraphs, lists,
 * tables, figures and links below it in reading order. */
START_TEST(test_tagged_structure)
{
	struct jk_doc	*d = test_tree();
	struct jk_style	*st = style();
	char		*dir = tmpdir(), *path, *out, *top, *q;
	int		 status;
	static const char *const order[] = {
		"H1 함께하는 혁신으로", "H2 1. 기술혁신의 흐름", "L ",
		"Div 표 1", "Div 그림 1", "H3 세부 과제", "BlockQuote ",
		"Div 알아두기", "H4 데이터 처리 절차", "P 데이터 추출", "Note ",
		"H1 산업기술 동향",
		"Table ",
	};
	static const char *const inner[] = {
		"\n    TR\n", "\n      TH", "\n      TD", "\n    LI",
		"\n      LBody", "\n    Caption", "Link", "\n    TOCI",
	};
	size_t		 i;

	if (!have("pdfinfo"))
		return;
	path = jk_xasprintf("%s/t.pdf", dir);
	ck_assert_int_eq(render(d, st, path, 1, NULL, NULL), 0);
	{
		char *cmd = jk_xasprintf("pdfinfo '%s'", path);

		out = run(cmd, &status);
		ck_assert_ptr_nonnull(strstr(out, "Tagged:          yes"));
		free(out);
		free(cmd);
		cmd = jk_xasprintf("pdfinfo -struct '%s' 2>&1", path);
		out = run(cmd, &status);
		free(cmd);
	}
	/* one root, no complaint from poppler */
	ck_assert_msg(strncmp(out, "Document\n", 9) == 0, "%.200s", out);
	ck_assert_ptr_null(strstr(out, "Warning"));
	for (i = 0; i < sizeof(inner) / sizeof(inner[0]); i++)
		ck_assert_msg(strstr(out, inner[i]) != NULL, "no %s", inner[i]);
	free(out);
	top = struct_top(path);
	/* the contents first, then the blocks as the tree has them */
	ck_assert_msg(strncmp(top, "TOC", 3) == 0, "%.200s", top);
	for (i = 0, q = top; i < sizeof(order) / sizeof(order[0]); i++) {
		char *hit = strstr(q, order[i]);

		ck_assert_msg(hit != NULL && (hit == top || hit[-1] == '\n'),
		    "%s not after %s", order[i], i ? order[i - 1] : "");
		q = hit + strlen(order[i]);
	}
	free(top);
	rmtree(dir);
	free(dir);
	free(path);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

/*
 * Fonts cover every character of the sample: no glyph missing in the
 * layout, and every precomposed letter of the text (Greek with tonos,
 * Latin with accents) reaches the PDF as one glyph, as pdftotext reads it
 * back, not as a base letter with a floating accent.
 */
START_TEST(test_sample_glyphs)
{
	struct jk_convert_opts	 co;
	struct jk_diag		 diag;
	struct jk_doc		*d;
	struct jk_style		*st = style();
	char			*in = tests_path("data/issue-469.txt"), *buf;
	char			*dir = tmpdir(), *path, *cmd, *out, *dump;
	const char		*p;
	size_t			 len, dlen;
	int			 status, checked = 0;

	if (!have("pdftotext"))
		return;
	buf = jk_file_read(in, &len);
	ck_assert_ptr_nonnull(buf);
	memset(&co, 0, sizeof(co));
	jk_diag_init(&diag, "sample", NULL);
	d = jk_convert(buf, len, in, &co, &diag);
	ck_assert_ptr_nonnull(d);
	dump = dump_of(d, st, &dlen, &diag);
	ck_assert_ptr_nonnull(strstr(dump, "unknown-glyphs 0\n"));
	free(dump);
	jk_diag_free(&diag);
	path = jk_xasprintf("%s/issue.pdf", dir);
	ck_assert_int_eq(render(d, st, path, 1, NULL, NULL), 0);
	cmd = jk_xasprintf("pdftotext -enc UTF-8 '%s' -", path);
	out = run(cmd, &status);
	for (p = buf; p < buf + len && *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar	 c = g_utf8_get_char_validated(p, -1), dec[4];
		char		 u[8];
		int		 n;

		if (c == (gunichar)-1 || c == (gunichar)-2)
			break;
		if (c < 0xc0 || jk_is_hangul(c) ||
		    g_unichar_fully_decompose(c, FALSE, dec, 4) < 2 ||
		    !g_unichar_isalpha(c))
			continue;
		n = g_unichar_to_utf8(c, u);
		u[n] = '\0';
		ck_assert_msg(strstr(out, u) != NULL, "U+%04X %s not in the PDF "
		    "as one glyph", c, u);
		checked++;
	}
	ck_assert_int_gt(checked, 0);
	free(out);
	free(cmd);
	rmtree(dir);
	free(dir);
	free(path);
	free(in);
	free(buf);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

/*
 * Ghostscript writes the trailer /ID in hex or as literal strings (with
 * escapes and parentheses), hashed from a path of a random name: either
 * way jikji writes it as the MD5 of the content, so two files that differ
 * only there come out the same, and a change of content changes it.
 */
static char *
fixed_id(const char *pdf, size_t *len)
{
	char	*d = jk_xstrdup(pdf), *out;

	*len = jk_pdfx_fix_id(&d, strlen(pdf));
	out = jk_xmalloc(*len + 1);
	memcpy(out, d, *len);
	out[*len] = '\0';
	free(d);
	return out;
}

START_TEST(test_pdfx_id)
{
	const char	*body = "%PDF-1.3\n1 0 obj\n<< >>\nendobj\nxref\n"
	    "0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /Root 1 0 R\n";
	char		*in[4], *out[4];
	size_t		 len[4];
	int		 i;

	in[0] = jk_xasprintf("%s/ID [<0A3E3F70C2594D0CA5A255D7477724AB>"
	    "<0A3E3F70C2594D0CA5A255D7477724AB>]\n>>\nstartxref\n36\n%%%%EOF\n",
	    body);
	in[1] = jk_xasprintf("%s/ID [(Gw$E\\n>?p\\302YM\\f\\245\\242\\)U)"
	    "(Gw$E\\n>?p\\302Y(M)\\f\\245\\242\\)U)]\n>>\nstartxref\n36\n"
	    "%%%%EOF\n", body);
	in[2] = jk_xasprintf("%s/ID [(a(b)c) <99>]\n>>\nstartxref\n36\n"
	    "%%%%EOF\n", body);
	in[3] = jk_xasprintf("%s/ID [(x)(x)]\n>>\nstartxref\n37\n%%%%EOF\n",
	    body);
	for (i = 0; i < 4; i++)
		out[i] = fixed_id(in[i], &len[i]);
	ck_assert_str_eq(out[0], out[1]);
	ck_assert_str_eq(out[0], out[2]);
	ck_assert_str_ne(out[0], out[3]);
	ck_assert_ptr_null(strstr(out[0], "<00000000"));
	ck_assert_ptr_nonnull(strstr(out[0], "startxref\n36\n%%EOF\n"));
	{
		const char	*p = strstr(out[0], "/ID [<");

		ck_assert_ptr_nonnull(p);
		ck_assert_int_eq(strspn(p + 6, "0123456789ABCDEF"), 32);
		ck_assert(strncmp(p + 6, p + 6 + 34, 32) == 0);
	}
	for (i = 0; i < 4; i++) {
		free(in[i]);
		free(out[i]);
	}
}
END_TEST

/*
 * --pdfx: Ghostscript's CMYK PDF/X has an output intent with an embedded
 * CMYK profile, keeps every page's TrimBox and BleedBox, holds no RGB,
 * sets black only as DeviceGray or K alone (no rich black), puts the crop
 * marks on all four plates, and is the same bytes on a second run.
 */
START_TEST(test_pdfx)
{
	struct jk_doc		*d = test_tree();
	struct jk_style		*st = style();
	struct jk_pdf_opts	 o;
	struct jk_pdf		*p;
	struct jk_diag		 diag;
	char			*dir = tmpdir(), *path, *x, *x2, *cmd, *out, *q;
	char			*boxes, *xboxes, *a, *b;
	int			 status, npages, gray = 0;
	size_t			 la, lb;
	const char		*l;

	if (!have("gs") || !have("qpdf") || !have("pdfinfo"))
		return;
	ck_assert_msg((q = jk_pdfx_profile()) != NULL, "no output profile: "
	    "make build/icc/FOGRA39.icc");
	free(q);
	path = jk_xasprintf("%s/t.pdf", dir);
	x = jk_xasprintf("%s/t-pdfx.pdf", dir);
	x2 = jk_xasprintf("%s/t2-pdfx.pdf", dir);
	memset(&o, 0, sizeof(o));
	o.bleed = 1;
	jk_diag_init(&diag, "t", stderr);
	for (int run_ = 0; run_ < 2; run_++) {
		o.pdfx_path = run_ == 0 ? x : x2;
		p = jk_pdf_new(st, &o, &diag);
		ck_assert_int_eq(jk_pdf_render(p, d, path), 0);
		jk_pdf_free(p);
	}
	ck_assert_int_eq(diag.count[JK_ERROR], 0);
	jk_diag_free(&diag);
	a = jk_file_read(x, &la);
	b = jk_file_read(x2, &lb);
	ck_assert(a != NULL && b != NULL && la == lb && memcmp(a, b, la) == 0);
	free(a);
	free(b);

	cmd = jk_xasprintf("pdfinfo '%s'", x);
	out = run(cmd, &status);
	ck_assert_ptr_nonnull(strstr(out, "PDF subtype:    PDF/X-3:2002"));
	ck_assert_ptr_nonnull(strstr(out, "기술과 혁신"));
	q = strstr(out, "Pages:");
	ck_assert_ptr_nonnull(q);
	npages = atoi(q + 6);
	ck_assert_int_gt(npages, 4);
	free(out);
	free(cmd);
	/* the boxes of every page as jikji wrote them */
	cmd = jk_xasprintf("pdfinfo -box -f 1 -l %d '%s' | grep -E "
	    "'TrimBox|BleedBox'", npages, path);
	boxes = run(cmd, &status);
	free(cmd);
	cmd = jk_xasprintf("pdfinfo -box -f 1 -l %d '%s' | grep -E "
	    "'TrimBox|BleedBox'", npages, x);
	xboxes = run(cmd, &status);
	free(cmd);
	ck_assert_int_eq(count_of(xboxes, "TrimBox"), npages);
	ck_assert_str_eq(boxes, xboxes);
	free(boxes);
	free(xboxes);

	q = qdf_of(x);
	ck_assert_ptr_nonnull(strstr(q, "/OutputIntents"));
	ck_assert_ptr_nonnull(strstr(q, "/S /GTS_PDFX"));
	ck_assert_ptr_nonnull(strstr(q, "/OutputConditionIdentifier (FOGRA39)"));
	ck_assert_ptr_nonnull(strstr(q, "/DestOutputProfile"));
	ck_assert_ptr_null(strstr(q, "/DeviceRGB"));
	ck_assert_ptr_null(strstr(q, "/Annots"));
	ck_assert_int_eq(count_of(q, "1 1 1 1 K"), npages);
	for (l = q; l != NULL && *l != '\0'; l = strchr(l, '\n'),
	    l = l != NULL ? l + 1 : NULL) {
		double	 c, m, y, k;
		char	 op[3];

		if (sscanf(l, "%lf %lf %lf %lf %2s", &c, &m, &y, &k, op) == 5 &&
		    strcmp(op, "k") == 0)
			/* dark fills are K alone */
			ck_assert_msg(k < 0.9 || (c == 0 && m == 0 && y == 0),
			    "rich black: %.40s", l);
		else if (sscanf(l, "%lf %lf %lf %2s", &c, &m, &y, op) == 4)
			ck_assert_msg(strcmp(op, "rg") && strcmp(op, "RG"),
			    "RGB: %.40s", l);
		else if (sscanf(l, "%lf %2s", &k, op) == 2 &&
		    strcmp(op, "g") == 0 && k == 0)
			gray++;
	}
	ck_assert_int_gt(gray, npages);
	free(q);
	/* without bleed the boxes are the media box, still valid PDF/X */
	o.bleed = 0;
	o.pdfx_path = x;
	jk_diag_init(&diag, "t", stderr);
	p = jk_pdf_new(st, &o, &diag);
	ck_assert_int_eq(jk_pdf_render(p, d, path), 0);
	jk_pdf_free(p);
	jk_diag_free(&diag);
	cmd = jk_xasprintf("pdfinfo '%s'", x);
	out = run(cmd, &status);
	ck_assert_ptr_nonnull(strstr(out, "PDF subtype:    PDF/X-3:2002"));
	free(out);
	free(cmd);
	rmtree(dir);
	free(dir);
	free(path);
	free(x);
	free(x2);
	jk_style_free(st);
	jk_doc_free(d);
}
END_TEST

static Suite *
pdf_suite(void)
{
	Suite	*s = suite_create("pdf");
	TCase	*tc;

	tests_preload_lexicon();
	tc = tcase_create("layout");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_layout_invariants);
	tcase_add_test(tc, test_layout_structure);
	tcase_add_test(tc, test_series_desc_in_opener);
	tcase_add_test(tc, test_korean_word_breaking);
	tcase_add_test(tc, test_korean_break_rules);
	tcase_add_test(tc, test_missing_glyph_reported);
	tcase_add_test(tc, test_golden_dump);
	tcase_add_loop_test(tc, test_layout_parts, 0,
	    (int)(sizeof(parts) / sizeof(parts[0])));
	tcase_add_test(tc, test_hostile_tree);
	tcase_add_test(tc, test_huge_paragraph_kept_whole);
	tcase_add_loop_test(tc, test_pages_stream, 0, 2);
	tcase_add_test(tc, test_spool_round_trip);
	tcase_add_test(tc, test_long_title_bounded);
	tcase_add_test(tc, test_unbroken_hangul_linear);
	tcase_add_test(tc, test_many_paragraphs_linear);
	tcase_add_test(tc, test_contents_entry_bounded);
	tcase_add_test(tc, test_furniture);
	tcase_add_test(tc, test_fallback_subset);
	tcase_add_test(tc, test_boxes_refuse);
	suite_add_tcase(s, tc);
	tc = tcase_create("file");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_pdf_tools);
	tcase_add_test(tc, test_pdftotext_recovery);
	tcase_add_test(tc, test_deterministic);
	tcase_add_test(tc, test_no_file_on_failure);
	tcase_add_test(tc, test_font_check_under_a_korean_locale);
	tcase_add_test(tc, test_previews);
	tcase_add_test(tc, test_empty_document);
	tcase_add_test(tc, test_right_to_left_words);
	tcase_add_test(tc, test_paint_surface);
	tcase_add_test(tc, test_sample_issue);
	suite_add_tcase(s, tc);
	tc = tcase_create("prepress");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_ink_rewrite);
	tcase_add_test(tc, test_artifacts);
	tcase_add_test(tc, test_prepress_file);
	tcase_add_test(tc, test_tagged_structure);
	tcase_add_test(tc, test_sample_glyphs);
	tcase_add_test(tc, test_pdfx_id);
	tcase_add_test(tc, test_pdfx);
	suite_add_tcase(s, tc);
	return s;
}

JK_CHECK_MAIN(pdf_suite)
