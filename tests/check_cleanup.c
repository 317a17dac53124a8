/*
 * check_cleanup.c -- decoding, line cleaning, page furniture and line
 * joins (src/cleanup).  The join rules are checked against breaks of the
 * sample judged by reading (tests/data/cleanup/joins.tsv, guide40.tsv)
 * and against synthetic texts with the same kinds of damage.
 */
#include <string.h>

#include <glib.h>

#include "check_main.h"
#include "cleanup/cleanup.h"
#include "structure/convert.h"
#include "util/lexicon.h"

static struct jk_arena	*ar;
static struct jk_diag	 diag;

static void
setup(void)
{
	ar = jk_arena_new();
	jk_diag_init(&diag, "test", NULL);
	diag.keep = 1;
	diag.min_level = JK_DEBUG;
}

static void
teardown(void)
{
	jk_diag_free(&diag);
	jk_arena_free(ar);
}

static struct jk_text *
clean(const char *s, size_t len)
{
	return jk_cleanup(s, len, ar, &diag);
}

#define CLEAN(lit)	clean((lit), sizeof(lit) - 1)

static const char *
log_text(void)
{
	return diag.log.len > 0 ? diag.log.data : "";
}

/* The sample, cleaned once per test (tests fork). */
static struct jk_text *
sample(void)
{
	char	*path = tests_path("data/issue-469.txt"), *buf;
	size_t	 len;
	struct jk_text *t;

	buf = jk_file_read(path, &len);
	ck_assert_msg(buf != NULL, "cannot read %s", path);
	t = clean(buf, len);
	free(buf);
	free(path);
	ck_assert_ptr_nonnull(t);
	return t;
}

/* === decoding ========================================================= */

START_TEST(test_decode_plain_lf)
{
	struct jk_text *t = CLEAN("하나\n둘 \n\n셋");

	ck_assert_ptr_nonnull(t);
	ck_assert_uint_eq(t->n, 4);
	ck_assert_str_eq(t->lines[0].s, "하나");
	ck_assert_str_eq(t->lines[1].s, "둘");
	ck_assert_int_eq(t->lines[1].trail, 1);
	ck_assert_int_eq(t->lines[2].blank, 1);
	ck_assert_str_eq(t->lines[3].s, "셋");
	ck_assert_int_eq(t->lines[3].lineno, 4);
	ck_assert_int_eq(diag.worst, JK_DEBUG);
}
END_TEST

START_TEST(test_decode_bom)
{
	struct jk_text *t = CLEAN("\xef\xbb\xbf" "가나다\n라\n");

	ck_assert_ptr_nonnull(t);
	ck_assert_uint_eq(t->n, 2);
	ck_assert_str_eq(t->lines[0].s, "가나다");
	ck_assert_str_eq(t->lines[0].raw, "가나다");
	ck_assert_int_eq(t->lines[0].lead, 0);
	ck_assert_ptr_nonnull(strstr(log_text(), "[bom]"));
}
END_TEST

START_TEST(test_decode_crlf_and_cr)
{
	struct jk_text *t = CLEAN("가 \r\n나\r\n\r\n다\r라\r\r마");

	ck_assert_ptr_nonnull(t);
	ck_assert_uint_eq(t->n, 7);
	ck_assert_str_eq(t->lines[0].s, "가");
	ck_assert_int_eq(t->lines[0].trail, 1);
	ck_assert_str_eq(t->lines[0].raw, "가 ");
	ck_assert_str_eq(t->lines[1].s, "나");
	ck_assert_int_eq(t->lines[2].blank, 1);
	ck_assert_str_eq(t->lines[3].s, "다");
	ck_assert_str_eq(t->lines[4].s, "라");
	ck_assert_int_eq(t->lines[5].blank, 1);
	ck_assert_str_eq(t->lines[6].s, "마");
	ck_assert_int_eq(t->lines[6].lineno, 7);
}
END_TEST

START_TEST(test_decode_invalid_utf8)
{
	struct jk_text *t = CLEAN("앞줄은 정상이다.\n깨진\xff\xfe바이트\n");

	ck_assert_ptr_nonnull(t);
	ck_assert_uint_eq(t->n, 2);
	ck_assert_ptr_nonnull(strstr(t->lines[1].raw, "\xef\xbf\xbd"));
	ck_assert_ptr_null(strstr(t->lines[1].s, "\xef\xbf\xbd"));
	ck_assert_str_eq(t->lines[1].s, "깨진 바이트");
	ck_assert_int_eq(diag.worst, JK_WARN);
	ck_assert_ptr_nonnull(strstr(log_text(), "test:2:"));
	ck_assert_ptr_nonnull(strstr(log_text(), "[bad-utf8]"));
}
END_TEST

START_TEST(test_decode_nul_is_bad_input)
{
	static const char in[] = "첫 줄\n둘째 줄\n셋\0째\n";
	struct jk_text *t = clean(in, sizeof(in) - 1);

	ck_assert_ptr_null(t);
	ck_assert_int_eq(diag.worst, JK_ERROR);
	/* the message names the place: line 3 */
	ck_assert_msg(strstr(log_text(), "test:3:") != NULL, "log: %s",
	    log_text());
	ck_assert_ptr_nonnull(strstr(log_text(), "NUL"));
}
END_TEST

START_TEST(test_decode_binary_is_bad_input)
{
	char	 bin[400];
	size_t	 i;

	for (i = 0; i < sizeof(bin); i++)
		bin[i] = (char)(0x80 + (i * 37) % 0x7f);	/* no NUL */
	ck_assert_ptr_null(clean(bin, sizeof(bin)));
	ck_assert_int_eq(diag.worst, JK_ERROR);
	ck_assert_ptr_nonnull(strstr(log_text(), "not UTF-8"));
}
END_TEST

/* text in encoding enc, with iconv (GLib); caller g_frees */
static char *
encode(const char *utf8, const char *enc, size_t *len)
{
	gsize	 n = 0;
	char	*s = g_convert(utf8, -1, enc, "UTF-8", NULL, &n, NULL);

	ck_assert_ptr_nonnull(s);
	*len = n;
	return s;
}

static const char korean[] = "첫 줄은 한글이다.\n둘째 줄: ASCII 2024 and more\n"
    "셋째 줄, 가나다라 마바사.\n";

/* The lines of t, each followed by a newline, in one string. */
static char *
lines_of(const struct jk_text *t)
{
	struct jk_buf	 b;
	size_t		 i;

	jk_buf_init(&b);
	jk_buf_puts(&b, "");
	for (i = 0; i < t->n; i++) {
		jk_buf_puts(&b, t->lines[i].raw);
		jk_buf_putc(&b, '\n');
	}
	return jk_buf_detach(&b);
}

static void
assert_decodes_to(const char *in, size_t len, const char *want,
    const char *named)
{
	struct jk_text	*t = clean(in, len);
	char		*got;

	ck_assert_msg(t != NULL, "refused: %s", log_text());
	got = lines_of(t);
	ck_assert_str_eq(got, want);
	free(got);
	ck_assert_int_lt(diag.worst, JK_ERROR);
	ck_assert_msg(strstr(log_text(), named) != NULL, "log: %s",
	    log_text());
	ck_assert_ptr_nonnull(strstr(log_text(), "[encoding]"));
}

START_TEST(test_decode_utf16_bom)
{
	char	*le, *be, *in;
	size_t	 n, m;

	le = encode(korean, "UTF-16LE", &n);
	in = jk_xmalloc(n + 2);
	memcpy(in, "\xff\xfe", 2);
	memcpy(in + 2, le, n);
	assert_decodes_to(in, n + 2, korean, "UTF-16LE with BOM");
	be = encode(korean, "UTF-16BE", &m);
	memcpy(in, "\xfe\xff", 2);
	memcpy(in + 2, be, m);
	jk_buf_reset(&diag.log);
	assert_decodes_to(in, m + 2, korean, "UTF-16BE with BOM");
	free(in);
	g_free(le);
	g_free(be);
}
END_TEST

START_TEST(test_decode_utf16_without_bom)
{
	char	*le, *be;
	size_t	 n;

	le = encode(korean, "UTF-16LE", &n);
	assert_decodes_to(le, n, korean, "read as UTF-16LE");
	be = encode(korean, "UTF-16BE", &n);
	jk_buf_reset(&diag.log);
	assert_decodes_to(be, n, korean, "read as UTF-16BE");
	g_free(le);
	g_free(be);
}
END_TEST

START_TEST(test_decode_utf16_bad_names_offset)
{
	/* BOM, "A", then a lone high surrogate, then "B" */
	static const char in[] = "\xff\xfe" "A\x00" "\x00\xd8" "B\x00";

	ck_assert_ptr_null(CLEAN(in));
	ck_assert_int_eq(diag.worst, JK_ERROR);
	ck_assert_msg(strstr(log_text(), "byte offset 4") != NULL, "log: %s",
	    log_text());
	ck_assert_ptr_nonnull(strstr(log_text(), "UTF-16LE"));
}
END_TEST

START_TEST(test_decode_cp949_mostly_ascii)
{
	/* mostly ASCII, a few Hangul words: must not become mojibake */
	static const char text[] = "Volume 12, No. 3 (1998)\n"
	    "Editor: Kim, see page 45 for the index of this issue.\n"
	    "The meeting is held in 서울 on 3 March; 참가 is free.\n"
	    "Contact: office@example.org, phone 02-555-0100\n";
	char	*cp;
	size_t	 n;

	cp = encode(text, "CP949", &n);
	assert_decodes_to(cp, n, text, "CP949");
	ck_assert_ptr_null(strstr(log_text(), "[bad-utf8]"));
	ck_assert_ptr_null(strstr(log_text(), "[latin1]"));
	g_free(cp);
}
END_TEST

START_TEST(test_decode_cp949_hangul)
{
	char	*cp;
	size_t	 n;

	cp = encode(korean, "EUC-KR", &n);
	assert_decodes_to(cp, n, korean, "CP949");
	g_free(cp);
}
END_TEST

START_TEST(test_decode_latin1_in_utf8)
{
	struct jk_text *t = CLEAN("한글 줄\nun caf\xe9 cr\xe8me, na\xefve\n");

	ck_assert_ptr_nonnull(t);
	ck_assert_str_eq(t->lines[1].s, "un café crème, naïve");
	ck_assert_int_eq(diag.worst, JK_WARN);
	ck_assert_msg(strstr(log_text(), "test:2: warning: bytes that are "
	    "not UTF-8 read as Latin-1: byte 0xE9 at offset 17 read as 'é' "
	    "(and more on the line)")
	    != NULL, "log: %s", log_text());
	ck_assert_ptr_null(strstr(log_text(), "replaced"));
}
END_TEST

START_TEST(test_decode_forced_encoding)
{
	char	*cp, *out;
	size_t	 n, m;

	cp = encode(korean, "CP949", &n);
	out = jk_decode(cp, n, "EUC-KR", &m, &diag);
	ck_assert_ptr_nonnull(out);
	ck_assert_str_eq(out, korean);
	ck_assert_uint_eq(m, strlen(korean));
	ck_assert_ptr_nonnull(strstr(log_text(), "--encoding"));
	free(out);
	/* the wrong one forced: one error, naming the offset */
	jk_buf_reset(&diag.log);
	ck_assert_ptr_null(jk_decode(cp, n, "UTF-16BE", &m, &diag));
	ck_assert_int_eq(diag.worst, JK_ERROR);
	ck_assert_ptr_nonnull(strstr(log_text(), "byte offset"));
	ck_assert_int_eq(diag.count[JK_ERROR], 1);
	ck_assert_int_eq(jk_encoding_known("CP949"), 1);
	ck_assert_int_eq(jk_encoding_known("no-such-code"), 0);
	g_free(cp);
}
END_TEST

/* Work of cleaning n short lines (and a blank one after every tenth). */
static unsigned long long
short_lines_work(int n)
{
	static const char *const words[] = { "가", "나다", "라마", "바사아",
	    "자차", "카타파", "하" };
	struct jk_buf	 b;
	struct jk_text	*t;
	unsigned long long before;
	int		 i;

	jk_buf_init(&b);
	for (i = 0; i < n; i++)
		jk_buf_printf(&b, "%s%s %d\n%s", words[i % 7],
		    words[(i / 7) % 7], i % 1000, i % 10 == 9 ? "\n" : "");
	before = jk_work;
	t = clean(b.data, b.len);
	ck_assert_ptr_nonnull(t);
	ck_assert_uint_eq(t->n, (size_t)(n + n / 10));
	jk_buf_free(&b);
	return jk_work - before;
}

/* Millions of short lines: cleaning them is linear. */
START_TEST(test_many_short_lines_linear)
{
	unsigned long long w1 = short_lines_work(50000);
	unsigned long long w2 = short_lines_work(100000);

	fprintf(stderr, "cleanup of 50000 / 100000 short lines: work %llu / "
	    "%llu\n", w1, w2);
	ck_assert_uint_ge(w1, 50000);
	ck_assert_uint_le(w2, w1 * 21 / 10);
}
END_TEST

/* The tree XML of a text, converted from its bytes. */
static char *
tree_of(const char *buf, size_t len, size_t *xlen)
{
	struct jk_convert_opts	 co;
	struct jk_diag		 d;
	struct jk_doc		*doc;
	char			*x;

	memset(&co, 0, sizeof(co));
	jk_diag_init(&d, "issue.txt", NULL);
	doc = jk_convert(buf, len, "issue.txt", &co, &d);
	ck_assert_ptr_nonnull(doc);
	x = jk_xml_write(doc, xlen);
	ck_assert_ptr_nonnull(x);
	jk_doc_free(doc);
	jk_diag_free(&d);
	return x;
}

START_TEST(test_decode_same_tree_in_every_encoding)
{
	static const char *const encs[] = { "CP949", "EUC-KR", "UTF-16LE",
	    "UTF-16BE", "UTF-16" /* with BOM */ };
	char	*path = tests_path("data/issue-469.txt"), *buf, *cp, *text;
	char	*want, *got, *other;
	size_t	 len, wlen, glen, olen, i;

	buf = jk_file_read(path, &len);
	ck_assert_ptr_nonnull(buf);
	/* the sample as far as CP949 can hold it */
	cp = g_convert_with_fallback(buf, (gssize)len, "CP949", "UTF-8", "?",
	    NULL, &olen, NULL);
	ck_assert_ptr_nonnull(cp);
	text = g_convert(cp, (gssize)olen, "UTF-8", "CP949", NULL, NULL,
	    NULL);
	ck_assert_ptr_nonnull(text);
	want = tree_of(text, strlen(text), &wlen);
	ck_assert_uint_gt(wlen, 100000);
	for (i = 0; i < sizeof(encs) / sizeof(encs[0]); i++) {
		other = encode(text, encs[i], &olen);
		got = tree_of(other, olen, &glen);
		ck_assert_msg(glen == wlen && memcmp(got, want, wlen) == 0,
		    "tree differs when the text is %s", encs[i]);
		free(got);
		g_free(other);
	}
	free(want);
	g_free(text);
	g_free(cp);
	free(buf);
	free(path);
}
END_TEST

START_TEST(test_decode_empty)
{
	struct jk_text *t = clean("", 0);

	ck_assert_ptr_nonnull(t);
	ck_assert_uint_eq(t->n, 0);
	ck_assert_uint_eq(t->nfurn, 0);
	ck_assert_int_eq(jk_vocab_has(t, "가", 3), 0);
	t = clean(NULL, 0);
	ck_assert_ptr_nonnull(t);
	ck_assert_uint_eq(t->n, 0);
}
END_TEST

START_TEST(test_decode_nfc)
{
	/* decomposed 한 (U+1112 U+1161 U+11AB) + 글 */
	struct jk_text *t = CLEAN("\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab글\n");

	ck_assert_ptr_nonnull(t);
	ck_assert_str_eq(t->lines[0].s, "한글");
	ck_assert(t->lines[0].width == 2.0);
}
END_TEST

START_TEST(test_decode_control_chars)
{
	struct jk_text *t = CLEAN("가\x01나\x7f다\n");

	ck_assert_ptr_nonnull(t);
	ck_assert_str_eq(t->lines[0].s, "가나다");
	ck_assert_ptr_nonnull(strstr(log_text(), "[control-char]"));
}
END_TEST

/* === line cleaning ==================================================== */

START_TEST(test_fffd_after_markers)
{
	struct jk_text *t = CLEAN(
	    "• \xef\xbf\xbd첫 항목\n"
	    "•\xef\xbf\xbd붙은 항목\n"
	    "01\t\xef\xbf\xbd 각주 본문\n"
	    "① \xef\xbf\xbd원문자 항목\n"
	    "(기술수요) \xef\xbf\xbd재사용 발사체\n"
	    "신청자격: \xef\xbf\xbd기업\n"
	    "1) \xef\xbf\xbd번호 항목\n"
	    "- \xef\xbf\xbd줄표 항목\n"
	    "** \xef\xbf\xbd별표 주석\n"
	    "3) MSD(Merck Sharp & Dohme Corp.)와 \xef\xbf\xbd\n"
	    "문의는 여기로\t • 다음 항목\n");

	ck_assert_ptr_nonnull(t);
	ck_assert_str_eq(t->lines[0].s, "• 첫 항목");
	ck_assert_str_eq(t->lines[1].s, "• 붙은 항목");
	ck_assert_str_eq(t->lines[2].s, "01 각주 본문");
	ck_assert_str_eq(t->lines[3].s, "① 원문자 항목");
	ck_assert_str_eq(t->lines[4].s, "(기술수요) 재사용 발사체");
	ck_assert_str_eq(t->lines[5].s, "신청자격: 기업");
	ck_assert_str_eq(t->lines[6].s, "1) 번호 항목");
	ck_assert_str_eq(t->lines[7].s, "- 줄표 항목");
	ck_assert_str_eq(t->lines[8].s, "** 별표 주석");
	/* at the end it stands for a dropped space */
	ck_assert_str_eq(t->lines[9].s, "3) MSD(Merck Sharp & Dohme Corp.)와");
	ck_assert_int_ge(t->lines[9].trail, 1);
	ck_assert_str_eq(t->lines[10].s, "문의는 여기로 • 다음 항목");
	ck_assert_ptr_nonnull(strstr(log_text(), "[replacement-char]"));
}
END_TEST

START_TEST(test_keep_body_characters)
{
	static const char line[] =
	    "코오롱인더스트㈜·(주) 8‧9 1∼2 ≪책≫ ｢법｣ 『책』 「법」 舊 α·β "
	    "Ⓡ™ ㎡ ㎿ ℃ μm <보고서> & ]]>";
	struct jk_text *t = clean(line, sizeof(line) - 1);

	ck_assert_ptr_nonnull(t);
	ck_assert_str_eq(t->lines[0].s, line);
}
END_TEST

START_TEST(test_spaces_and_width)
{
	struct jk_text *t = CLEAN(" 앞에 공백  \n  \n가  나 \nAB가\n");

	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->lines[0].lead, 1);
	ck_assert_int_eq(t->lines[0].trail, 2);
	ck_assert_str_eq(t->lines[0].s, "앞에 공백");
	ck_assert(t->lines[0].width == 4.5);
	/* whitespace only: blank */
	ck_assert_int_eq(t->lines[1].blank, 1);
	ck_assert_int_eq(t->lines[1].furn, JK_FURN_NONE);
	/* internal runs stay */
	ck_assert_str_eq(t->lines[2].s, "가  나");
	ck_assert(t->lines[3].width == 2.0);
}
END_TEST

/* === furniture ========================================================= */

/* Golden dump of what furniture detection found in a file. */
static char *
furniture_dump(const struct jk_text *t)
{
	struct jk_buf b;
	size_t	 i;
	static const char *const kinds[] = { "none", "vertical", "pagepair",
	    "tagline", "badge", "stray" };

	jk_buf_init(&b);
	jk_buf_printf(&b, "volume %s issue %s\n", t->volume ? t->volume : "-",
	    t->issue ? t->issue : "-");
	for (i = 0; i < t->nfurn; i++)
		jk_buf_printf(&b, "%d %s %s\n", t->furn[i].lineno,
		    kinds[t->furn[i].kind], t->furn[i].text);
	for (i = 0; i < t->n; i++)
		if (t->lines[i].furn != JK_FURN_NONE)
			jk_buf_printf(&b, "line %d %s\n", t->lines[i].lineno,
			    kinds[t->lines[i].furn]);
	return jk_buf_detach(&b);
}

START_TEST(test_furniture_sample)
{
	struct jk_text *t = sample();
	size_t	 i, nvert = 0, npp = 0, ntag = 0, nbadge = 0;
	int	 seen_news = 0, seen_strategy = 0, seen_news_series = 0;

	ck_assert_str_eq(t->volume, "469");
	ck_assert_str_eq(t->issue, "1+2");
	for (i = 0; i < t->nfurn; i++) {
		const struct jk_furniture *f = &t->furn[i];

		switch (f->kind) {
		case JK_FURN_VERTICAL:
			nvert++;
			seen_news |= strcmp(f->text, "NEWS I 현장스케치") == 0;
			seen_strategy |= strcmp(f->text,
			    "STRATEGY I 이달의 명강연") == 0;
			break;
		case JK_FURN_PAGEPAIR:
			npp++;
			break;
		case JK_FURN_TAGLINE:
			ntag++;
			seen_news_series |= strcmp(f->text, "NEWS") == 0;
			break;
		case JK_FURN_BADGE:
			nbadge++;
			break;
		default:
			break;
		}
	}
	ck_assert_uint_eq(nvert, 3);
	ck_assert_uint_eq(npp, 3);
	ck_assert_uint_eq(ntag, 12);
	ck_assert_uint_eq(nbadge, 4);
	ck_assert(seen_news && seen_strategy && seen_news_series);
	/* the page pair 105|104 */
	for (i = 0; i < t->nfurn; i++)
		if (t->furn[i].kind == JK_FURN_PAGEPAIR &&
		    t->furn[i].lineno == 8554) {
			ck_assert_str_eq(t->furn[i].folio_hi, "105");
			ck_assert_str_eq(t->furn[i].folio_lo, "104");
		}
	/* lines out of the flow */
	ck_assert_int_eq(t->lines[2487 - 1].furn, JK_FURN_VERTICAL);
	ck_assert_int_eq(t->lines[2492 - 1].furn, JK_FURN_VERTICAL);
	ck_assert_int_eq(t->lines[2517 - 1].furn, JK_FURN_PAGEPAIR);
	ck_assert_int_eq(t->lines[8121 - 1].furn, JK_FURN_TAGLINE);
	ck_assert_int_eq(t->lines[9230 - 1].furn, JK_FURN_NONE);
	ck_assert_int_eq(t->lines[91 - 1].furn, JK_FURN_NONE);
	ck_assert_int_eq(t->lines[429 - 1].furn, JK_FURN_NONE);	/* 1907 */
	ck_assert_int_eq(t->lines[6292 - 1].furn, JK_FURN_NONE);	/* 직무 */
	/* every line taken out is reported, with its line number */
	ck_assert_ptr_nonnull(strstr(log_text(), "test:8121:"));
	ck_assert_ptr_nonnull(strstr(log_text(), "test:2492:"));
	{
		char *d = furniture_dump(t);
		ck_assert(golden_compare("golden/cleanup/issue-469-furniture.txt",
		    d, strlen(d)));
		free(d);
	}
}
END_TEST

static struct jk_text *
load(const char *rel)
{
	char	*path = tests_path(rel), *buf;
	size_t	 len;
	struct jk_text *t;

	buf = jk_file_read(path, &len);
	ck_assert_msg(buf != NULL, "cannot read %s", path);
	t = clean(buf, len);
	free(buf);
	free(path);
	ck_assert_ptr_nonnull(t);
	return t;
}

START_TEST(test_furniture_synthetic)
{
	struct jk_text *t = load("data/cleanup/furniture.txt");
	char	*d = furniture_dump(t);
	size_t	 i;
	int	 label = 0, tag = 0, pp = 0;

	/* another issue: other volume, other labels, other folios */
	ck_assert_str_eq(t->volume, "512");
	ck_assert_str_eq(t->issue, "3+4");
	for (i = 0; i < t->nfurn; i++) {
		const struct jk_furniture *f = &t->furn[i];

		if (f->kind == JK_FURN_VERTICAL &&
		    strcmp(f->text, "TREND I 기술동향") == 0)
			label = 1;
		if (f->kind == JK_FURN_TAGLINE &&
		    strcmp(f->text, "기술동향") == 0)
			tag = 1;
		if (f->kind == JK_FURN_PAGEPAIR &&
		    strcmp(f->folio_hi, "100") == 0 &&
		    strcmp(f->folio_lo, "99") == 0)
			pp = 1;
	}
	ck_assert_msg(label && tag && pp, "%s", d);
	ck_assert(golden_compare("golden/cleanup/furniture.txt", d,
	    strlen(d)));
	free(d);
}
END_TEST

/* A running label printed across a word: the rest of the word, after
 * the label and its folios, closes the sentence and stays text. */
START_TEST(test_furniture_label_cuts_word)
{
	static const char in[] =
	    "각 도구들에 대해서는 도구 장에 상세히 소개되어 있습니\n"
	    "\n\n\n\nT\n\nR\nE\n\nN\n\nD\n \nI\n\n기\n술\n\n동\n향\n\n"
	    "vo\nl.\n\n 5\n12\n\n\n3130\n\n다. \n\n"
	    "전경색/배경색: 이 부분에는 현재 전경색과 배경색이 \n";
	struct jk_text *t = CLEAN(in);
	size_t	 i;
	int	 label = 0, rest = 0;

	for (i = 0; i < t->n; i++) {
		if (strcmp(t->lines[i].s, "T") == 0)
			label = t->lines[i].furn == JK_FURN_VERTICAL;
		if (strcmp(t->lines[i].s, "다.") == 0)
			rest = t->lines[i].furn == JK_FURN_NONE;
	}
	ck_assert_int_eq(label, 1);
	ck_assert_int_eq(rest, 1);
	/* a label that closes no sentence keeps its last fragment */
	t = CLEAN("도구 장에 상세히 소개되어 있습니다.\n\n\n\nT\nR\nE\nN\nD\n"
	    "\n기\n술\n동\n향\n\n다.\n\n다음 문단입니다.\n");
	for (i = 0; i < t->n; i++)
		if (strcmp(t->lines[i].s, "다.") == 0)
			ck_assert_int_eq(t->lines[i].furn, JK_FURN_VERTICAL);
}
END_TEST

/* Is the line of t that starts with prefix taken out as a tagline? */
static int
tagline_at(const char *in, const char *prefix)
{
	struct jk_text *t = clean(in, strlen(in));
	size_t	 i;

	for (i = 0; i < t->n; i++)
		if (g_str_has_prefix(t->lines[i].s, prefix))
			return t->lines[i].furn == JK_FURN_TAGLINE;
	ck_abort_msg("no line starts with %s", prefix);
	return -1;
}

/* A short tagline that no running label names, alone between blank
 * lines: set across the page wider than the column, or standing inside
 * a sentence it cuts (leading spaces on it and on the text that goes
 * on after it), it is a tagline; a sentence as short that the text
 * before it goes on into stays text. */
START_TEST(test_furniture_short_tagline)
{
	static const char col[] =
	    "이미 파일 시스템이 들어 있는 파티션을 \n\n"
	    "바꾸면 공간을 만들 수 있습니다. 대부분의 \n\n"
	    "경우 이 기능은 잘 동작하지만 디스크 파티\n\n"
	    "션을 변경하는 작업은 본래 위험한 작업이므\n\n"
	    "로 데이터를 모두 백업한 다음 진행해야 합\n\n"
	    "니다. 윈도우에서 사용하는 FAT 및 NTFS \n\n";
	char	*in;

	/* wider than the column */
	in = g_strconcat(col, "표준 이야기에서는 국제표준 대응 사례를 소개합니다."
	    "\n\n파티션의 경우, 손실 없이 옮길 수 있습니다.\n", NULL);
	ck_assert_int_eq(tagline_at(in, "표준 이야기에서는"), 1);
	g_free(in);
	/* as wide as the column, inside the sentence it cuts */
	in = g_strconcat(col, " 표준 이야기는 대응 사례를 소개합니다."
	    "\n\n 파티션의 경우, 손실 없이 옮길 수 있습니다.\n", NULL);
	ck_assert_int_eq(tagline_at(in, "표준 이야기는"), 1);
	g_free(in);
	/* a short one that a running label names, its name before
	 * "에서는" */
	ck_assert_int_eq(tagline_at("도구 장에 상세히 소개되어 있습니다.\n\n\n\nT\n"
	    "R\nE\nN\nD\n\n기\n술\n동\n향\n\n기술동향에서는 현장 노하우를 "
	    "정리합니다.\n\n다음 문단입니다.\n", "기술동향에서는"), 1);
	/* a series named with its 에서, as its running label prints it */
	{
		struct jk_text *t = clean("도구 장에 상세히 소개되어 있습니다.\n\n\n\n"
		    "시\n험\n대\n \n위\n에\n서\n\n시험대 위에서는 시험 현장을 "
		    "보여 줍니다.\n\n다음 문단입니다.\n", strlen("도구 장에 상세히 "
		    "소개되어 있습니다.\n\n\n\n시\n험\n대\n \n위\n에\n서\n\n"
		    "시험대 위에서는 시험 현장을 보여 줍니다.\n\n다음 문단입니다.\n"));
		size_t	 k;
		int	 named = 0;

		for (k = 0; k < t->nfurn; k++)
			if (t->furn[k].kind == JK_FURN_TAGLINE)
				named = strcmp(t->furn[k].text, "시험대 위에서") == 0;
		ck_assert_int_eq(named, 1);
	}
	/* the same where nothing resumes after it: the text's */
	in = g_strconcat(col, " 표준 이야기는 대응 사례를 소개합니다."
	    "\n\n파티션의 경우, 손실 없이 옮길 수 있습니다.\n", NULL);
	ck_assert_int_eq(tagline_at(in, "표준 이야기는"), 0);
	g_free(in);
}
END_TEST

START_TEST(test_furniture_negatives)
{
	struct jk_text *t = load("data/cleanup/nofurniture.txt");
	size_t	 i;

	for (i = 0; i < t->n; i++)
		ck_assert_msg(t->lines[i].furn == JK_FURN_NONE,
		    "line %d taken out: %s", t->lines[i].lineno,
		    t->lines[i].s);
	ck_assert_uint_eq(t->nfurn, 0);
	ck_assert_ptr_null(t->volume);
}
END_TEST

/* === predicates ======================================================== */

START_TEST(test_terminal)
{
	ck_assert(jk_is_terminal("새해가 밝았습니다."));
	ck_assert(jk_is_terminal("진행할 예정이다.  "));
	ck_assert(jk_is_terminal("라고 말했다.”"));
	ck_assert(jk_is_terminal("했다.’"));
	ck_assert(jk_is_terminal("어디일까?"));
	ck_assert(jk_is_terminal("좋아요."));
	ck_assert(jk_is_terminal("기대된다.03"));
	ck_assert(jk_is_terminal("“혁신이 답이다”."));
	ck_assert(!jk_is_terminal("”."));
	ck_assert(!jk_is_terminal("행복이 가"));
	ck_assert(!jk_is_terminal("무결성 보장"));
	ck_assert(!jk_is_terminal("Merck Sharp & Dohme Corp."));
	ck_assert(!jk_is_terminal("vol. 469."));
	ck_assert(!jk_is_terminal(""));
	ck_assert(!jk_is_terminal("."));
}
END_TEST

START_TEST(test_open_start)
{
	ck_assert(jk_is_open_start("을 소개했다."));
	ck_assert(jk_is_open_start("를 구축하려 하고 있다."));
	ck_assert(jk_is_open_start("도 진행하는 등"));
	ck_assert(jk_is_open_start("과 배터리의 안전성을"));
	ck_assert(jk_is_open_start("이다. 소비자들이"));
	ck_assert(jk_is_open_start("화를 이루었다"));
	ck_assert(jk_is_open_start("적인 전략이다"));
	ck_assert(jk_is_open_start("), 즉 롤형"));
	ck_assert(jk_is_open_start("agent 서비스"));
	/* the polite ending, cut from its stem by a column jump */
	ck_assert(jk_is_open_start(" 습니다. 원하는 기능을"));
	ck_assert(jk_is_open_start("니다. 보통 슬롯"));
	/* a connective ending in 다, cut from its stem ("저장한|다면,") */
	ck_assert(jk_is_open_start("다면, 문서는 저장 명령 후에"));
	ck_assert(jk_is_open_start("다고 합니다."));
	ck_assert(!jk_is_open_start("다만 이 경우에는"));
	ck_assert(!jk_is_open_start("다음 표는"));
	ck_assert(!jk_is_open_start("다시 시작합니다."));
	ck_assert(!jk_is_open_start("한국은 올해"));
	ck_assert(!jk_is_open_start("성과를 거두었다"));
	ck_assert(!jk_is_open_start("이번 호에서는"));
	/* demonstratives and words that look like particle strings */
	ck_assert(!jk_is_open_start("이 사례는 선진"));
	ck_assert(!jk_is_open_start("이를 위해"));
	ck_assert(!jk_is_open_start("이처럼 AI"));
	ck_assert(!jk_is_open_start("나가며"));
	ck_assert(!jk_is_open_start("지은이 영국"));
	/* words that read as a bound syllable and a particle ("함" +
	 * "께") or as two particles ("만" + "들") */
	ck_assert(!jk_is_open_start(" 함께 진행합니다."));
	ck_assert(!jk_is_open_start(" 만들 경우에 해당합니다."));
	ck_assert(jk_is_open_start("만을 위한"));
	ck_assert(jk_is_open_start("들만 남았다"));
	ck_assert(jk_is_open_start("함은 물론"));
	ck_assert(jk_is_open_start("과의 협력"));
	ck_assert(jk_is_open_start("에서는 용매를"));
	ck_assert(!jk_is_open_start("AI 자동화"));
	ck_assert(!jk_is_open_start(""));
	/* the numeral "한" before a counter; the ending before a noun */
	ck_assert(!jk_is_open_start("한 번에 입력할"));
	ck_assert(!jk_is_open_start("한 가지는"));
	ck_assert(jk_is_open_start("한 단계 더"));
	ck_assert(jk_is_open_start("한 것으로"));
	ck_assert(jk_is_open_start("한 번호를"));
	ck_assert(jk_is_open_start("한"));
}
END_TEST

/* a bound noun needs a word before it: a line starting with one goes on
 * a sentence, even after a line that closed one */
START_TEST(test_bound_noun_start)
{
	ck_assert(jk_is_bound_noun_start("수 있습니다. 연결을 누릅니다."));
	ck_assert(jk_is_bound_noun_start(" 수 없는 경우"));
	ck_assert(jk_is_bound_noun_start("수도 있다."));
	ck_assert(jk_is_bound_noun_start("수밖에 없다."));
	ck_assert(jk_is_bound_noun_start("것으로 예측하고 있다."));
	ck_assert(jk_is_bound_noun_start("것은 미국의 금리가"));
	ck_assert(jk_is_bound_noun_start("것이다."));
	/* words that begin so, and the noun "수" before other words */
	ck_assert(!jk_is_bound_noun_start("수행했다."));
	ck_assert(!jk_is_bound_noun_start("수요가 늘었다."));
	ck_assert(!jk_is_bound_noun_start("수 차례 시험했다."));
	ck_assert(!jk_is_bound_noun_start("수"));
	ck_assert(!jk_is_bound_noun_start("것"));
	ck_assert(!jk_is_bound_noun_start("것들이 모여"));
	ck_assert(!jk_is_bound_noun_start(""));
	/* and no open start: it is a word of its own after a space */
	ck_assert(!jk_is_open_start("수 있습니다."));
}
END_TEST

START_TEST(test_join_append)
{
	struct jk_buf b;

	jk_buf_init(&b);
	jk_join_append(&b, "행복이 가", JK_JOIN_SPACE);
	jk_join_append(&b, "득한 해", JK_JOIN_NONE);
	jk_join_append(&b, "되기를", JK_JOIN_SPACE);
	jk_join_append(&b, "Multi-", JK_JOIN_SPACE);
	jk_join_append(&b, "agent", JK_JOIN_HYPHEN);
	jk_join_append(&b, "다음 문단", JK_JOIN_PARA);
	ck_assert_str_eq(b.data, "행복이 가득한 해 되기를 Multi-agent");
	jk_buf_free(&b);
}
END_TEST

START_TEST(test_joinctx_measure)
{
	struct jk_text *t;
	struct jk_joinctx c;

	t = load("data/cleanup/wrap-double.txt");
	jk_joinctx_measure(&c, t, 0, t->n);
	ck_assert_int_eq(c.double_spaced, 1);
	ck_assert(c.p90 > 20 && c.p90 < 27);
	ck_assert_int_eq(c.title_block, 0);
	t = load("data/cleanup/wrap-single.txt");
	jk_joinctx_measure(&c, t, 0, t->n);
	ck_assert_int_eq(c.double_spaced, 0);
	/* empty range */
	jk_joinctx_measure(&c, t, 5, 5);
	ck_assert(c.p90 == 0);
}
END_TEST

/*
 * The regime of an article: double-spaced with single-spaced runs (here
 * 7 lines of 12 followed by a blank) is double; single-spaced with
 * spurious blanks after open lines (5 of 12) is single.
 */
START_TEST(test_joinctx_regime_with_runs)
{
	static const char dbl[] =
	    "가나다라 마바사 아자차 \n\n카타파하 가나 다라마 \n\n"
	    "바사아자 차카 타파하 \n가나다 라마바 사아 \n"
	    "자차카 타파하 가나 \n다라마 바사아 자차 \n\n"
	    "카타파 하가나 다라 \n\n마바사 아자차 카타 \n\n"
	    "파하가 나다라 마바 \n\n사아자 차카타 파하 \n"
	    "가나다 라마바 사아 \n\n자차카 타파하 끝이다.\n";
	static const char sgl[] =
	    "가나다라 마바사 아자차 \n카타파하 가나 다라마 \n\n"
	    "바사아자 차카 타파하 \n가나다 라마바 사아 \n"
	    "자차카 타파하 가나 \n\n다라마 바사아 자차다.\n\n"
	    "카타파 하가나 다라 \n마바사 아자차 카타 \n"
	    "파하가 나다라 마바 \n\n사아자 차카타 파하 \n"
	    "가나다 라마바 사아 \n\n자차카 타파하 끝이다.\n";
	struct jk_text *t;
	struct jk_joinctx c;

	t = CLEAN(dbl);
	jk_joinctx_measure(&c, t, 0, t->n);
	ck_assert_int_eq(c.double_spaced, 1);
	t = CLEAN(sgl);
	jk_joinctx_measure(&c, t, 0, t->n);
	ck_assert_int_eq(c.double_spaced, 0);
}
END_TEST

START_TEST(test_join_why)
{
	struct jk_text *t = CLEAN("행복이 가\n\n득한 해가 되기를 기원합니다.\n");
	struct jk_joinctx c;
	char	 why[200];

	jk_joinctx_measure(&c, t, 0, t->n);
	ck_assert_int_eq(jk_join_decide(t, &t->lines[0], &t->lines[2], 1, 0,
	    &c, why, sizeof(why)), JK_JOIN_NONE);
	ck_assert_msg(strstr(why, "trailing space") != NULL, "why: %s", why);
	/* a tiny buffer is fine */
	jk_join_decide(t, &t->lines[0], &t->lines[2], 1, 0, &c, why, 4);
	ck_assert_uint_le(strlen(why), 3);
	c.title_block = 1;
	ck_assert_int_eq(jk_join_decide(t, &t->lines[0], &t->lines[2], 1, 0,
	    &c, NULL, 0), JK_JOIN_SPACE);
}
END_TEST

/* One decision on a two-line text, double-spaced by default. */
static enum jk_join
decide2(const char *a, const char *b, int blanks, int block)
{
	char	*in = jk_xasprintf("%s\n%s%s\n", a, blanks ? "\n" : "", b);
	struct jk_text *t = clean(in, strlen(in));
	struct jk_joinctx c = { 1, 24, 0, 0 };
	enum jk_join j;

	ck_assert_ptr_nonnull(t);
	j = jk_join_decide(t, &t->lines[0], &t->lines[blanks ? 2 : 1], blanks,
	    block, &c, NULL, 0);
	free(in);
	return j;
}

START_TEST(test_join_rules)
{
	/* trailing space: a word boundary, whatever the scripts */
	ck_assert_int_eq(decide2("있는 ", "동맹국들이", 1, 0), JK_JOIN_SPACE);
	ck_assert_int_eq(decide2("Smoot-Hawley ", "Tariff", 1, 0),
	    JK_JOIN_SPACE);
	/* none: mid-word, Hangul|digit, number|unit */
	ck_assert_int_eq(decide2("행복이 가", "득한 해", 1, 0), JK_JOIN_NONE);
	ck_assert_int_eq(decide2("우리 1만 1", "천 회원", 1, 0), JK_JOIN_NONE);
	ck_assert_int_eq(decide2("약 2,200억", "원 규모", 1, 0), JK_JOIN_NONE);
	ck_assert_int_eq(decide2("분야에 3,", "800억 원", 1, 0), JK_JOIN_NONE);
	/* a line ends its paragraph by its shape: a contact line, a
	 * bracket before a date, a list of firms' names */
	ck_assert_int_eq(decide2("연락: 물길팀 오세린 팀장(031-555-0142)",
	    "제4회 나눔장터를 구청 앞마당에서 열었다.", 1, 0), JK_JOIN_PARA);
	ck_assert_int_eq(decide2("연락: 물길팀 오세린 팀장(031-555-0142)",
	    "2023년 5월 9일(화) 토론회를", 1, 0), JK_JOIN_PARA);
	ck_assert_int_eq(decide2("가나바이오㈜ 다라정밀㈜ ㈜마바에너지",
	    "지역 기업들이 올해", 1, 0), JK_JOIN_PARA);
	ck_assert_int_eq(decide2("가나바이오㈜ 다라정밀㈜ ㈜마바에너지",
	    "㈜사아식품 자차모빌리티㈜ 카타전자㈜", 1, 0), JK_JOIN_SPACE);
	/* an ordinal opens a word of its own; a number glued to a name
	 * on a full line goes on */
	ck_assert_int_eq(decide2("골목 음악회 주민 합창단 가을 발표회와 시상식",
	    "제6회 봄맞이", 1, 0), JK_JOIN_SPACE);
	ck_assert_int_eq(decide2("Number는 역의 F-분포가 계산되어야 하는 "
	    "확률값입니다. 자유도", "2는 F 분포의", 1, 0), JK_JOIN_NONE);
	/* hyphens and dashes */
	ck_assert_int_eq(decide2("AI Agents를 고도화하고 Multi-", "agent 서비스",
	    1, 0), JK_JOIN_HYPHEN);
	ck_assert_int_eq(decide2("퍼스트-인- ", "클래스", 1, 0), JK_JOIN_HYPHEN);
	ck_assert_int_eq(decide2("테크노파크 -", "선정", 1, 0), JK_JOIN_SPACE);
	/* after , and ) */
	ck_assert_int_eq(decide2("보고서(2024.11.),", "『미국 대선』", 1, 0),
	    JK_JOIN_SPACE);
	ck_assert_int_eq(decide2("소재 연구(Material Informatics)", "도 진행",
	    1, 0), JK_JOIN_NONE);
	ck_assert_int_eq(decide2("분석하는 ‘퇴화 진단’", "과 배터리의", 1, 0),
	    JK_JOIN_NONE);
	ck_assert_int_eq(decide2("(Chief Business Officer)", "POSTECH 졸업",
	    1, 0), JK_JOIN_SPACE);
	/* Latin words are never split without a hyphen; URLs are */
	ck_assert_int_eq(decide2("Lithium Iron", "Phosphate 전지", 1, 0),
	    JK_JOIN_SPACE);
	ck_assert_int_eq(decide2("https://knowledge4policy.", "ec.europa.eu/x",
	    1, 0), JK_JOIN_NONE);
	/* paragraph ends */
	ck_assert_int_eq(decide2("새해가 밝았습니다.", "회원 여러분의", 1, 0),
	    JK_JOIN_PARA);
	ck_assert_int_eq(decide2("진행할 예정이다.  ", "다음", 1, 0),
	    JK_JOIN_PARA);
	ck_assert_int_eq(decide2("짧은 줄이다. ", "다음 문장", 1, 0),
	    JK_JOIN_PARA);
	ck_assert_int_eq(decide2("고난이도 플랫폼 기술도 개발 및 보유하고 있다. ",
	    "이러한 기술로", 1, 0), JK_JOIN_SPACE);
	ck_assert_int_eq(decide2("고난이도 플랫폼 기술도 개발 및 보유하고 있다. ",
	    "AI 자동화", 1, 1), JK_JOIN_PARA);
	ck_assert_int_eq(decide2("관련 기술", "AI 자동화", 1, 1), JK_JOIN_PARA);
}
END_TEST

/*
 * A bio extracted without trailing spaces: the measure says so, and the
 * word list tells "경영학|박사" (two words) from "학|위를" (one).  In text
 * that keeps its trailing spaces the same pair stays mid-word, and so it
 * does without a word list.
 */
START_TEST(test_join_unmarked_block)
{
	static const char bio[] =
	    "누리대학교에서 경영학 학사와 석사 학\n"
	    "위를 취득했다. 같은 대학에서 경영학\n"
	    "박사 학위를 받았다. ㈜해밀머티리얼즈\n"
	    "에 입사해 기술연구소와 품질경영본부\n"
	    "를 거쳐 현재 소재개발팀을 맡고 있다.\n";
	static const char marked[] =
	    "누리대학교에서 경영학 학사와 석사 \n"
	    "학위를 취득했다. 같은 대학에서 경영학\n"
	    "박사 학위를 받았다.\n";
	struct jk_text *t = CLEAN(bio);
	struct jk_joinctx c;
	char	 why[300];

	jk_joinctx_measure(&c, t, 0, t->n);
	ck_assert_int_eq(c.spaces_unmarked, 1);
	ck_assert_int_eq(jk_join_decide(t, &t->lines[1], &t->lines[2], 0, 0,
	    &c, why, sizeof(why)), JK_JOIN_SPACE);
	ck_assert_msg(strstr(why, "word list") != NULL, "why: %s", why);
	ck_assert_int_eq(jk_join_decide(t, &t->lines[0], &t->lines[1], 0, 0,
	    &c, NULL, 0), JK_JOIN_NONE);
	ck_assert_int_eq(jk_join_decide(t, &t->lines[3], &t->lines[4], 0, 0,
	    &c, NULL, 0), JK_JOIN_NONE);
	/* the same block where a line keeps its trailing space */
	t = CLEAN(marked);
	jk_joinctx_measure(&c, t, 0, t->n);
	ck_assert_int_eq(c.spaces_unmarked, 0);
	ck_assert_int_eq(jk_join_decide(t, &t->lines[1], &t->lines[2], 0, 0,
	    &c, NULL, 0), JK_JOIN_NONE);
	/* a half in no word list, but a word the issue prints elsewhere */
	t = CLEAN("올해는 우리 디지털혁신실을 새로 꾸렸다.\n\n"
	    "가람대학교에서 산업공학 학사와 석사\n"
	    "학위를 취득했다. 같은 대학에서 산업\n"
	    "공학 박사 학위를 받았다. ㈜새론머티\n"
	    "리얼즈에 입사해 품질경영본부와 소재\n"
	    "개발팀을 거쳐 현재 디지털혁신실을\n"
	    "맡고 있다.\n");
	jk_joinctx_measure(&c, t, 2, t->n);
	ck_assert_int_eq(c.spaces_unmarked, 1);
	ck_assert_uint_eq(t->n, 8);
	ck_assert_int_eq(jk_join_decide(t, &t->lines[6], &t->lines[7], 0, 0,
	    &c, why, sizeof(why)), JK_JOIN_SPACE);
	/* without a word list: mid-word, as before */
	setenv("JIKJI_LEXICON", "", 1);
	jk_lex_reset();
	t = CLEAN(bio);
	jk_joinctx_measure(&c, t, 0, t->n);
	ck_assert_int_eq(jk_join_decide(t, &t->lines[1], &t->lines[2], 0, 0,
	    &c, NULL, 0), JK_JOIN_NONE);
	unsetenv("JIKJI_LEXICON");
	jk_lex_reset();
}
END_TEST

/* A word printed with a particle and a one-syllable ending after it is
 * no glued word: the ending does not go on a particle. */
START_TEST(test_vocab_particle_stem)
{
	struct jk_text *t = CLEAN("개체의 표시가 삭제됩니다. 목록에 표시를 합니다.\n"
	    "그 표시 방식은 다릅니다.\n");

	ck_assert_int_gt(jk_vocab_exact(t, "표시가", strlen("표시가")), 0);
	/* a word and an ending: a form of it */
	ck_assert_int_eq(jk_vocab_glued(t, "표시지", strlen("표시지"), 1, 0,
	    1), 1);
	/* a word, a particle and an ending: none */
	ck_assert_int_eq(jk_vocab_glued(t, "표시가지", strlen("표시가지"), 1,
	    0, 1), 0);
	ck_assert(!jk_vocab_has(t, "표시가지", strlen("표시가지")));
}
END_TEST

/* A word printed whole takes the form of a one-syllable particle that
 * fits its last syllable: "때" takes 가, so "때이" is no form of it
 * ("…저장할 때" over "이 문서는 …"), "서버" takes 를, not 을. */
/* A word that ends as a particle does ("이미지": 이미 + 지?) takes
 * particles when it is seen more often than what is left without
 * that syllable; a stem that is a word and a particle takes none. */
START_TEST(test_vocab_word_ending_as_particle)
{
	struct jk_text *t = CLEAN("설치 이미지를 받습니다. 이미지는 크고 이미지가 "
	    "많습니다. 이미 받은 이미지를 씁니다.\n"
	    "표시가 나옵니다. 표시를 봅니다. 표시가 다시 나옵니다.\n");

	ck_assert(jk_vocab_has(t, "이미지로", strlen("이미지로")));
	ck_assert(jk_vocab_has(t, "이미지도", strlen("이미지도")));
	ck_assert(!jk_vocab_has(t, "표시가지", strlen("표시가지")));
}
END_TEST

START_TEST(test_vocab_particle_form)
{
	struct jk_text *t = CLEAN("파일을 저장할 때 확인합니다. 그 때가 중요합니다.\n"
	    "서버를 엽니다. 창을 닫습니다. 새 서버 목록 보기를 엽니다.\n");

	ck_assert(jk_vocab_has(t, "때가", strlen("때가")));
	ck_assert(!jk_vocab_has(t, "때이", strlen("때이")));
	ck_assert(jk_vocab_has(t, "서버를", strlen("서버를")));
	ck_assert(!jk_vocab_has(t, "서버을", strlen("서버을")));
	ck_assert(!jk_vocab_has(t, "목록가", strlen("목록가")));
	/* the right forms of a word printed whole, never printed so */
	ck_assert(jk_vocab_has(t, "서버는", strlen("서버는")));
	ck_assert(jk_vocab_has(t, "목록이", strlen("목록이")));
	/* a word seen only with a particle may be a verb's stem, which
	 * takes any ending: no form is denied it */
	ck_assert(jk_vocab_has(t, "창은", strlen("창은")));
	ck_assert(jk_vocab_has(t, "창를", strlen("창를")));
	/* a word shorter than a syllable has no last syllable to ask:
	 * the sanitized build sees a read before the word if one is */
	t = CLEAN("값 A 이 값이 B 입니다.\n");
	ck_assert(jk_vocab_has(t, "A이", strlen("A이")));
	ck_assert(jk_vocab_has(t, "B가", strlen("B가")));
}
END_TEST

START_TEST(test_vocab)
{
	struct jk_text *t = sample();

	/* mid-word wraps confirmed by the text's own words */
	ck_assert(jk_vocab_has(t, "물류", strlen("물류")));
	ck_assert(jk_vocab_has(t, "(빅데이터),", strlen("(빅데이터),")));
	ck_assert(jk_vocab_has(t, "빅데이터를", strlen("빅데이터를")));
	ck_assert(!jk_vocab_has(t, "득한해가", strlen("득한해가")));
	ck_assert(!jk_vocab_has(t, "", 0));
	/* bytes a caller knows no word holds: the forms that keep them
	 * are not looked up, a stem that ends before them is */
	ck_assert(jk_vocab_has_apart(t, "빅데이터를", 15, 1, 0));
	ck_assert(!jk_vocab_has_apart(t, "(빅데이터),", 15, 4, 10));
	ck_assert(jk_vocab_has(t, "빅데이터", 12));
	ck_assert(jk_vocab_has_apart(t, "빅데이터를", 15, 9, 15));
	ck_assert(!jk_vocab_has_apart(t, "빅데이터를", 15, 6, 12));
	ck_assert_int_eq(jk_vocab_exact_apart(t, "물류", 6, 1, 0),
	    jk_vocab_exact(t, "물류", 6));
	ck_assert_int_gt(jk_vocab_exact(t, "물류", 6), 0);
	ck_assert_int_eq(jk_vocab_exact_apart(t, "물류", 6, 0, 6), 0);
	/* both at once, as the reading order asks of a glued word */
	{
		static const struct {
			const char	*w;
			size_t		 lo, hi;
		} g[] = {
			{ "물류", 1, 0 }, { "물류", 0, 6 },
			{ "빅데이터를", 1, 0 }, { "빅데이터를", 9, 15 },
			{ "빅데이터를", 6, 12 }, { "(빅데이터),", 1, 0 },
			{ "(빅데이터),", 4, 10 }, { "득한해가", 1, 0 },
			{ "", 1, 0 }
		};
		size_t	 i, n;
		int	 x;

		for (i = 0; i < sizeof(g) / sizeof(g[0]); i++) {
			n = strlen(g[i].w);
			x = jk_vocab_exact_apart(t, g[i].w, n, g[i].lo,
			    g[i].hi);
			ck_assert_int_eq(jk_vocab_glued(t, g[i].w, n,
			    g[i].lo, g[i].hi, 0), x);
			ck_assert_int_eq(jk_vocab_glued(t, g[i].w, n,
			    g[i].lo, g[i].hi, 1), x > 0 ? x :
			    jk_vocab_has_apart(t, g[i].w, n, g[i].lo,
			    g[i].hi));
		}
		ck_assert_int_eq(jk_vocab_glued(t, "빅데이터를", 15, 1, 0, 1),
		    1);
	}
	/* a phrase: its first word is looked up once, then remembered */
	{
		const char	*ph = "전 세계적으로";
		int		 head = -1;

		ck_assert(jk_vocab_has(t, ph, strlen(ph)));
		ck_assert(jk_vocab_has_phrase(t, ph, strlen(ph), 3, &head));
		ck_assert_int_eq(head, 1);
		head = -1;
		ph = "득한 세계적으로";
		ck_assert(!jk_vocab_has_phrase(t, ph, strlen(ph), 6, &head));
		ck_assert_int_eq(head, 0);
		/* (what is remembered is trusted) */
		ph = "전 세계적으로";
		ck_assert(!jk_vocab_has_phrase(t, ph, strlen(ph), 3, &head));
	}
}
END_TEST

START_TEST(test_noteref)
{
	size_t	 off = 99, len = 0;
	const char *s;

	s = "1조 1천억 달러01, 미국";
	ck_assert_int_eq(jk_noteref_find(s, 0, &off, &len), 1);
	ck_assert_uint_eq(off, strlen("1조 1천억 달러"));
	ck_assert_uint_eq(len, 2);
	ck_assert_int_eq(jk_noteref_find("예측02하고 있다", 0, &off, &len), 2);
	ck_assert_int_eq(jk_noteref_find("기대된다.03 한화", 0, &off, &len), 3);
	ck_assert_int_eq(jk_noteref_find("(AI Agent System)01 솔루션", 0, &off,
	    &len), 1);
	/* a second one after the first */
	s = "가치01와 비용02가";
	ck_assert_int_eq(jk_noteref_find(s, 0, &off, &len), 1);
	ck_assert_int_eq(jk_noteref_find(s, off + len, &off, &len), 2);
	/* numbers, names, dates and codes are not notes */
	ck_assert_int_eq(jk_noteref_find("코로나19 팬데믹", 0, &off, &len), 0);
	ck_assert_int_eq(jk_noteref_find("2024.03 발표", 0, &off, &len), 0);
	ck_assert_int_eq(jk_noteref_find("제01호", 0, &off, &len), 0);
	ck_assert_int_eq(jk_noteref_find("ISSUE 04", 0, &off, &len), 0);
	ck_assert_int_eq(jk_noteref_find("Development22", 0, &off, &len), 0);
	ck_assert_int_eq(jk_noteref_find("(02-3460-9164)", 0, &off, &len), 0);
	ck_assert_int_eq(jk_noteref_find("약 2025년", 0, &off, &len), 0);
	ck_assert_int_eq(jk_noteref_find("", 0, &off, &len), 0);
	ck_assert_int_eq(jk_noteref_find(NULL, 0, &off, &len), 0);
}
END_TEST

START_TEST(test_noteref_sample)
{
	struct jk_text *t = sample();
	size_t	 i, off, len, from;
	int	 n = 0;

	for (i = 0; i < t->n; i++)
		for (from = 0; jk_noteref_find(t->lines[i].s, from, &off,
		    &len) > 0; from = off + len) {
			n++;
			ck_assert_msg(t->lines[i].lineno == 2351 ||
			    t->lines[i].lineno == 2353 ||
			    t->lines[i].lineno == 2399 ||
			    t->lines[i].lineno == 4297, "false note at %d: %s",
			    t->lines[i].lineno, t->lines[i].s);
		}
	ck_assert_int_eq(n, 4);
}
END_TEST

/* === joins against labelled breaks ===================================== */

static const char *const jname[] = { "none", "space", "hyphen", "para" };

static enum jk_join
jparse(const char *s)
{
	int	 i;

	for (i = 0; i < 4; i++)
		if (strcmp(s, jname[i]) == 0)
			return (enum jk_join)i;
	ck_abort_msg("bad join name '%s'", s);
	return JK_JOIN_NONE;
}

/* Next line in the flow after index i (blank and furniture skipped). */
static size_t
next_text(const struct jk_text *t, size_t i, int *blanks)
{
	*blanks = 0;
	for (i++; i < t->n; i++) {
		if (t->lines[i].furn != JK_FURN_NONE)
			continue;
		if (!t->lines[i].blank)
			break;
		(*blanks)++;
	}
	return i;
}

#ifndef CTX_SPAN
#define CTX_SPAN	50	/* lines each side measured for a break */
#endif

/*
 * Judge every labelled break of a TSV file; returns the number of rows
 * and sets *agree.  Misses are listed on stderr.
 */
static int
judge_file(const struct jk_text *t, const char *rel, int *agree,
    int *nsingle)
{
	char	*path = tests_path(rel), *buf, *line, *save = NULL;
	size_t	 len;
	int	 n = 0;

	*agree = 0;
	*nsingle = 0;
	buf = jk_file_read(path, &len);
	ck_assert_msg(buf != NULL, "cannot read %s", path);
	for (line = strtok_r(buf, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		char	 exp[16], ctxs[16], why[256];
		int	 la, lb, blanks, off = 0;
		size_t	 ia, ib;
		struct jk_joinctx c;
		enum jk_join want, got;

		if (line[0] == '#' || line[0] == '\0')
			continue;
		ck_assert_msg(sscanf(line, "%d\t%d\t%15s\t%15s\t%n", &la, &lb,
		    exp, ctxs, &off) == 4, "bad row: %s", line);
		ck_assert_msg(la >= 1 && (size_t)la <= t->n, "row %s", line);
		ia = (size_t)la - 1;
		ib = next_text(t, ia, &blanks);
		ck_assert_msg(ib < t->n && t->lines[ib].lineno == lb,
		    "line after %d is %d, not %d", la,
		    ib < t->n ? t->lines[ib].lineno : -1, lb);
		want = jparse(exp);
		jk_joinctx_measure(&c, t, ia > CTX_SPAN ? ia - CTX_SPAN : 0,
		    ib + CTX_SPAN < t->n ? ib + CTX_SPAN : t->n);
		c.title_block = strcmp(ctxs, "title") == 0;
		got = jk_join_decide(t, &t->lines[ia], &t->lines[ib], blanks,
		    strcmp(ctxs, "block") == 0, &c, why, sizeof(why));
		n++;
		if (!c.double_spaced)
			(*nsingle)++;
		if (got == want)
			(*agree)++;
		else
			fprintf(stderr, "%s: %d|%d want %s got %s (%s; %s "
			    "p90 %.1f) %s\n", rel, la, lb, jname[want],
			    jname[got], why, c.double_spaced ? "double" :
			    "single", c.p90, line + off);
	}
	free(buf);
	free(path);
	return n;
}

START_TEST(test_joins_labelled)
{
	struct jk_text *t = sample();
	int	 n, agree, nsingle;

	n = judge_file(t, "data/cleanup/joins.tsv", &agree, &nsingle);
	fprintf(stderr, "joins.tsv: %d/%d agree (%.1f %%), %d breaks in "
	    "single-spaced text\n", agree, n, 100.0 * agree / n, nsingle);
	ck_assert_int_ge(n, 120);
	/* both regimes are covered */
	ck_assert_int_ge(nsingle, 30);
	ck_assert_int_ge(n - nsingle, 30);
	ck_assert_msg(agree * 100 >= n * 99, "%d/%d agree", agree, n);
}
END_TEST

START_TEST(test_joins_heldout)
{
	struct jk_text *t = sample();
	int	 n, agree, nsingle;

	n = judge_file(t, "data/cleanup/joins-heldout.tsv", &agree, &nsingle);
	fprintf(stderr, "joins-heldout.tsv: %d/%d agree (%.1f %%)\n", agree,
	    n, 100.0 * agree / n);
	ck_assert_int_ge(n, 60);
	ck_assert_msg(agree * 100 >= n * 97, "%d/%d agree", agree, n);
}
END_TEST

START_TEST(test_joins_guide40)
{
	struct jk_text *t = sample();
	int	 n, agree, nsingle;

	n = judge_file(t, "data/cleanup/guide40.tsv", &agree, &nsingle);
	fprintf(stderr, "guide40.tsv: %d/%d agree\n", agree, n);
	ck_assert_int_eq(n, 40);
	ck_assert_int_ge(agree, 39);
}
END_TEST

/* === synthetic damage: rebuild the paragraphs ========================== */

/*
 * Join the lines of a whole text the way the structure stage does for
 * one block, with one context measured over all of it; paragraphs come
 * out one per line.
 */
static char *
rebuild(const struct jk_text *t)
{
	struct jk_buf out, para;
	struct jk_joinctx c;
	size_t	 i, j;
	int	 blanks;

	jk_buf_init(&out);
	jk_buf_init(&para);
	jk_buf_puts(&out, "");
	jk_joinctx_measure(&c, t, 0, t->n);
	for (i = 0; i < t->n && (t->lines[i].blank ||
	    t->lines[i].furn != JK_FURN_NONE); i++)
		;
	while (i < t->n) {
		enum jk_join jn;

		if (para.len == 0)
			jk_buf_puts(&para, t->lines[i].s);
		j = next_text(t, i, &blanks);
		if (j >= t->n)
			break;
		jn = jk_join_decide(t, &t->lines[i], &t->lines[j], blanks, 0,
		    &c, NULL, 0);
		if (jn == JK_JOIN_PARA) {
			jk_buf_printf(&out, "%s\n", para.data);
			jk_buf_reset(&para);
			para.data[0] = '\0';
		} else
			jk_join_append(&para, t->lines[j].s, jn);
		i = j;
	}
	if (para.len > 0)
		jk_buf_printf(&out, "%s\n", para.data);
	jk_buf_free(&para);
	return jk_buf_detach(&out);
}

static void
check_rebuild(const char *in, const char *expected)
{
	struct jk_text *t = load(in);
	char	*got = rebuild(t), *path = tests_path(expected), *want;
	size_t	 len;

	want = jk_file_read(path, &len);
	ck_assert_msg(want != NULL, "cannot read %s", path);
	ck_assert_msg(strcmp(got, want) == 0, "%s:\n--- got\n%s--- want\n%s",
	    in, got, want);
	free(want);
	free(path);
	free(got);
}

START_TEST(test_rebuild_double)
{
	check_rebuild("data/cleanup/wrap-double.txt",
	    "data/cleanup/wrap-double.expected");
}
END_TEST

START_TEST(test_rebuild_single)
{
	check_rebuild("data/cleanup/wrap-single.txt",
	    "data/cleanup/wrap-single.expected");
}
END_TEST

START_TEST(test_rebuild_crlf_furniture)
{
	/* CRLF, a BOM, a vertical label and a tagline inside the prose */
	check_rebuild("data/cleanup/wrap-crlf.txt",
	    "data/cleanup/wrap-crlf.expected");
}
END_TEST

/* === robustness ======================================================== */

START_TEST(test_odd_inputs)
{
	static const char *const odd[] = {
		"\n\n\n", "\r", "\xef\xbb\xbf", " ", "\t\xef\xbf\xbd\t",
		"1\n2\n3\n4\n5\n6\n7\n8\n", "<보고서> & ]]>\n",
		"가\n\n나\n\n다\n\n라\n\n마\n\n바\n\n사\n",
		"vol.\nvol.\nvol.\nvol.\nvol.\nvol.\n", "9998\n",
		"\xed\xa0\x80\n",	/* surrogate: invalid */
		"• \xef\xbf\xbd", "-\n-\n", "다.\n다.\n",
	};
	size_t	 i, k;

	for (i = 0; i < sizeof(odd) / sizeof(odd[0]); i++) {
		struct jk_text *t = clean(odd[i], strlen(odd[i]));
		struct jk_joinctx c;

		ck_assert_ptr_nonnull(t);
		jk_joinctx_measure(&c, t, 0, t->n);
		for (k = 0; k + 1 < t->n; k++) {
			char	 why[64];
			jk_join_decide(t, &t->lines[k], &t->lines[k + 1], 0, 0,
			    &c, why, sizeof(why));
		}
	}
}
END_TEST

/*
 * Random mixes of the damage seen in the sample (seeded, so repeatable):
 * nothing may crash, every line must come out clean.
 */
START_TEST(test_random_damage)
{
	static const char *const frag[] = {
		"가", "나 ", "다.", "다.  ", "\n", "\n\n", "\r\n", "\r", "\t",
		"\xef\xbf\xbd", "• ", "01", "3534", "vol. 9. 1+2", "I", "-", " ",
		"(", ")", "’", "를", "\xff", "\xc3", "a", "Z9", "\xef\xbb\xbf",
		"소개합니다.", "는 ", "은 ", "\xe1\x84\x92\xe1\x85\xa1",
		"\xe1\x86\xab", "05", "https://a.kr/", "됐다", "의사", "이자",
	};
	unsigned int seed = 469;
	int	 it, k, n;

	for (it = 0; it < 3000; it++) {
		char	 buf[512];
		size_t	 len = 0, i;
		struct jk_text *t;

		n = rand_r(&seed) % 60;
		for (k = 0; k < n; k++) {
			const char *f = frag[rand_r(&seed) %
			    (sizeof(frag) / sizeof(frag[0]))];
			size_t	 l = strlen(f);

			if (len + l >= sizeof(buf))
				break;
			memcpy(buf + len, f, l);
			len += l;
		}
		t = clean(buf, len);
		if (t == NULL)
			continue;
		for (i = 0; i < t->n; i++) {
			const struct jk_line *l = &t->lines[i];
			struct jk_joinctx c;
			size_t	 off, nl;

			ck_assert_ptr_null(strstr(l->s, "\xef\xbf\xbd"));
			ck_assert_ptr_null(strchr(l->s, '\t'));
			ck_assert(l->s[0] != ' ' && (l->s[0] == '\0' ||
			    l->s[strlen(l->s) - 1] != ' '));
			ck_assert_int_eq(l->blank, l->s[0] == '\0');
			if (i + 1 < t->n) {
				jk_joinctx_measure(&c, t, 0, t->n);
				jk_join_decide(t, l, &t->lines[i + 1],
				    rand_r(&seed) % 3, rand_r(&seed) % 2, &c,
				    NULL, 0);
			}
			for (off = 0; jk_noteref_find(l->s, off, &off, &nl) >
			    0; off += nl)
				;
		}
	}
}
END_TEST

static Suite *
cleanup_suite(void)
{
	Suite	*s = suite_create("cleanup");
	TCase	*tc;

	tests_preload_lexicon();
	tc = tcase_create("decode");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_decode_plain_lf);
	tcase_add_test(tc, test_decode_bom);
	tcase_add_test(tc, test_decode_crlf_and_cr);
	tcase_add_test(tc, test_decode_invalid_utf8);
	tcase_add_test(tc, test_decode_nul_is_bad_input);
	tcase_add_test(tc, test_decode_binary_is_bad_input);
	tcase_add_test(tc, test_decode_utf16_bom);
	tcase_add_test(tc, test_decode_utf16_without_bom);
	tcase_add_test(tc, test_decode_utf16_bad_names_offset);
	tcase_add_test(tc, test_decode_cp949_mostly_ascii);
	tcase_add_test(tc, test_decode_cp949_hangul);
	tcase_add_test(tc, test_decode_latin1_in_utf8);
	tcase_add_test(tc, test_decode_forced_encoding);
	tcase_add_test(tc, test_many_short_lines_linear);
	tcase_add_test(tc, test_decode_empty);
	tcase_add_test(tc, test_decode_nfc);
	tcase_add_test(tc, test_decode_control_chars);
	suite_add_tcase(s, tc);

	/* six conversions of the whole sample: slow under the sanitizers */
	tc = tcase_create("encodings");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 180);
	tcase_add_test(tc, test_decode_same_tree_in_every_encoding);
	suite_add_tcase(s, tc);

	tc = tcase_create("lines");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_fffd_after_markers);
	tcase_add_test(tc, test_keep_body_characters);
	tcase_add_test(tc, test_spaces_and_width);
	tcase_add_test(tc, test_odd_inputs);
	tcase_add_test(tc, test_random_damage);
	suite_add_tcase(s, tc);

	tc = tcase_create("furniture");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_furniture_sample);
	tcase_add_test(tc, test_furniture_synthetic);
	tcase_add_test(tc, test_furniture_negatives);
	tcase_add_test(tc, test_furniture_short_tagline);
	tcase_add_test(tc, test_furniture_label_cuts_word);
	suite_add_tcase(s, tc);

	tc = tcase_create("joins");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_terminal);
	tcase_add_test(tc, test_open_start);
	tcase_add_test(tc, test_bound_noun_start);
	tcase_add_test(tc, test_join_append);
	tcase_add_test(tc, test_joinctx_measure);
	tcase_add_test(tc, test_joinctx_regime_with_runs);
	tcase_add_test(tc, test_join_why);
	tcase_add_test(tc, test_join_rules);
	tcase_add_test(tc, test_join_unmarked_block);
	tcase_add_test(tc, test_vocab);
	tcase_add_test(tc, test_vocab_particle_stem);
	tcase_add_test(tc, test_vocab_particle_form);
	tcase_add_test(tc, test_vocab_word_ending_as_particle);
	tcase_add_test(tc, test_noteref);
	tcase_add_test(tc, test_noteref_sample);
	tcase_add_test(tc, test_joins_labelled);
	tcase_add_test(tc, test_joins_heldout);
	tcase_add_test(tc, test_joins_guide40);
	tcase_add_test(tc, test_rebuild_double);
	tcase_add_test(tc, test_rebuild_single);
	tcase_add_test(tc, test_rebuild_crlf_furniture);
	suite_add_tcase(s, tc);
	return s;
}

JK_CHECK_MAIN(cleanup_suite)
