/*
 * check_synth.c -- a synthetic issue of the magazine (another volume, other
 * articles, the same extraction damage; tests/data/synth/) measured as a
 * black box against the ground truth it was generated with: article titles
 * and bylines, series labels, headings, line-break decisions, figure
 * captions, volume metadata, and page furniture that must not reach the
 * text.  It guards against rules that only fit the bundled sample.  The
 * figures are printed; the assertions hold the floor the converter has
 * reached on this issue.
 */

#include "truth.h"

/*
 * The base issue and its variants (other seeds for the wrap points, other
 * column widths; made with gen_synth.py, see tests/data/synth/README.md).
 * Every test runs once per directory: one test case per directory, whose
 * fixture loads that issue.
 */
static const char *const DIRS[] = {
	"data/synth", "data/synth/v1", "data/synth/v2", "data/synth/v3",
	"data/synth/v4", "data/synth/v5",
};
#define NDIRS	((int)G_N_ELEMENTS(DIRS))

static struct truth	 T;
static const char	*D;	/* directory of the issue under test */

/* "<D>/<name>" in a static buffer, for read_tsv. */
static const char *
rel(const char *name)
{
	static char	 buf[256];

	snprintf(buf, sizeof(buf), "%s/%s", D, name);
	return buf;
}

/* Load issue i of DIRS (the fixture of test case i). */
static void
load(int i)
{
	D = DIRS[i];
	truth_load(&T, rel("issue-synth.txt"));
}

static void setup0(void) { load(0); }
static void setup1(void) { load(1); }
static void setup2(void) { load(2); }
static void setup3(void) { load(3); }
static void setup4(void) { load(4); }
static void setup5(void) { load(5); }
static void (*const SETUP[])(void) = {
	setup0, setup1, setup2, setup3, setup4, setup5,
};

static struct jk_doc *
convert(const char *buf, size_t len)
{
	struct jk_diag	 diag;
	struct jk_doc	*d;

	jk_diag_init(&diag, D, NULL);
	d = jk_convert(buf, len, D, NULL, &diag);
	jk_diag_free(&diag);
	return d;
}

static void
teardown(void)
{
	truth_free(&T);
}

/* Percent test: got/want >= pct %, with want == 0 counting as met. */
#define AT_LEAST(got, want, pct)					\
	ck_assert_msg((got) * 100 >= (want) * (pct),			\
	    "%s: %d/%d is below the floor of %d %%", #got, (got),	\
	    (want), (pct))

START_TEST(test_synth_tree_and_volume)
{
	const char	*v = jk_meta_get(T.doc, "volume");
	const char	*is = jk_meta_get(T.doc, "issue");

	fprintf(stderr, "%s: volume %s, issue %s (want 476, 3+4)\n", D,
	    v != NULL ? v : "(none)", is != NULL ? is : "(none)");
	ck_assert_int_eq(jk_tree_check(T.doc->root, stderr), 0);
	ck_assert_ptr_nonnull(v);
	ck_assert_str_eq(v, "476");
	ck_assert_ptr_nonnull(is);
	ck_assert_str_eq(is, "3+4");
}
END_TEST

/*
 * 1 when a paragraph or heading of article a starts with the first
 * characters of source line `line`.
 */
static int
starts_block_in(struct jk_node *a, long line)
{
	struct jk_iter	 it;
	struct jk_node	*n;
	char		*h, *t;
	int		 hit = 0;

	if (line < 1 || (size_t)line > T.nsrc)
		return 0;
	h = head(T.src[line - 1], 8);
	jk_iter_init(&it, a);
	while (!hit && jk_iter_next(&it) != JK_EV_DONE) {
		n = jk_iter_node(&it);
		if (it.ev != JK_EV_ENTER || (n->type != JK_NODE_PARA &&
		    n->type != JK_NODE_HEADING))
			continue;
		t = squeeze(jk_node_plain(T.doc, n));
		hit = g_str_has_prefix(t, h);
		g_free(t);
	}
	g_free(h);
	return hit;
}

/*
 * The series of article a: its SERIES node, else its section label (the
 * vertical running label).  1 when it reads want.
 */
static int
series_is(struct jk_node *a, const char *want, const char **got)
{
	struct jk_node	*s = jk_node_child(a, JK_NODE_SERIES);
	char		*q;
	int		 eq;

	*got = "none";
	if (s != NULL) {
		*got = jk_node_plain(T.doc, s);
		if (plain_is(T.doc, s, want))
			return 1;
	}
	if (a->label != NULL) {
		*got = a->label;
		q = squeeze(a->label);
		eq = strcmp(q, want) == 0;
		g_free(q);
		if (eq)
			return 1;
	}
	return 0;
}

START_TEST(test_synth_articles_and_bylines)
{
	char		***rows = read_tsv(rel("articles.tsv"));
	struct jk_node	*a, *b, *r;
	int		 want = 0, found = 0, bwant = 0, bright = 0;
	int		 rwant = 0, rright = 0, swant = 0, sright = 0;
	int		 nowant = 0, noright = 0, fwant = 0, fright = 0;
	int		 narticles = 0, nadverts = 0, wart = 0, wad = 0;
	const char	*got;
	size_t		 i;

	for (i = 0; rows[i] != NULL; i++) {
		char	**f = rows[i];

		if (g_strv_length(f) < 9)
			continue;
		wart += strcmp(f[1], "article") == 0;
		wad += strcmp(f[1], "advert") == 0;
		if (strcmp(f[1], "article") != 0 || *f[2] == '\0')
			continue;
		want++;
		if ((a = article_titled(T.doc, f[2])) == NULL) {
			fprintf(stderr, "  title missed: %s %s\n", f[0], f[2]);
			continue;
		}
		found++;
		fwant++;
		if (starts_block_in(a, strtol(f[8], NULL, 10)))
			fright++;
		else
			fprintf(stderr, "  first body line not in its article: "
			    "%s line %s\n", f[0], f[8]);
		if (*f[4] != '\0') {
			swant++;
			if (series_is(a, f[4], &got))
				sright++;
			else
				fprintf(stderr, "  series missed: %s %s (got %s)\n",
				    f[0], f[4], got);
		}
		if (*f[5] == '\0') {
			/*
			 * No name in the text: no name may be invented (a
			 * byline holding only the role is right), and with no
			 * role either there is no byline at all.
			 */
			nowant++;
			for (b = a->first; b != NULL; b = b->next)
				if (b->type == JK_NODE_BYLINE && (*f[6] == '\0'
				    || jk_node_child(b, JK_NODE_NAME) != NULL))
					break;
			if (b == NULL)
				noright++;
			else
				fprintf(stderr, "  byline invented: %s %s\n", f[0],
				    jk_node_plain(T.doc, b));
			if (*f[6] == '\0')
				continue;
			rwant++;
			for (b = a->first; b != NULL; b = b->next)
				if (b->type == JK_NODE_BYLINE && (r =
				    jk_node_child(b, JK_NODE_ROLE)) != NULL &&
				    plain_is(T.doc, r, f[6]))
					break;
			if (b != NULL)
				rright++;
			else
				fprintf(stderr, "  role missed: %s %s\n", f[0],
				    f[6]);
			continue;
		}
		bwant++;
		if ((b = byline_named(T.doc, a, f[5])) == NULL) {
			fprintf(stderr, "  byline missed: %s %s\n", f[0], f[5]);
			continue;
		}
		bright++;
		rwant++;
		if ((r = jk_node_child(b, JK_NODE_ROLE)) != NULL &&
		    plain_is(T.doc, r, f[6]))
			rright++;
		else
			fprintf(stderr, "  role missed: %s %s (got %s)\n", f[0],
			    f[6], r != NULL ? jk_node_plain(T.doc, r) : "none");
	}
	for (a = T.doc->root->first; a != NULL; a = a->next) {
		narticles += a->type == JK_NODE_ARTICLE;
		nadverts += a->type == JK_NODE_ADVERT;
	}
	fprintf(stderr, "%s: %d articles + %d adverts found (want %d + %d); "
	    "titles right %d/%d; first body line in its article %d/%d; "
	    "bylines on the right article %d/%d; roles %d/%d; no name "
	    "invented %d/%d; series %d/%d\n", D, narticles, nadverts, wart, wad,
	    found, want, fright, fwant, bright, bwant, rright, rwant, noright,
	    nowant, sright, swant);
	ck_assert_int_le(abs(narticles - wart), 1);
	ck_assert_int_ge(nadverts, 1);
	AT_LEAST(fright, fwant, 90);
	AT_LEAST(found, want, 90);
	AT_LEAST(bright, bwant, 90);
	AT_LEAST(rright, rwant, 88);
	AT_LEAST(sright, swant, 90);
	ck_assert_int_eq(noright, nowant);
	free_tsv(rows);
}
END_TEST

START_TEST(test_synth_line_breaks)
{
	char	***rows = read_tsv(rel("breaks.tsv"));
	int	 total = 0, right = 0, kt[4] = { 0 }, kr[4] = { 0 }, ok, k;
	size_t	 i;

	for (i = 0; rows[i] != NULL; i++) {
		char	**r = rows[i];

		if (g_strv_length(r) < 3)
			continue;
		ok = truth_break(&T, strtol(r[0], NULL, 10), strtol(r[1], NULL,
		    10), r[2], g_strv_length(r) > 3 ? r[3] : NULL);
		if (ok < 0)
			continue;
		k = strcmp(r[2], "space") == 0 ? 1 : strcmp(r[2], "para") == 0 ?
		    2 : strcmp(r[2], "hyphen") == 0 ? 3 : 0;
		total++;
		kt[k]++;
		kr[k] += ok;
		right += ok;
	}
	fprintf(stderr, "%s: line breaks decided right %d/%d (%.1f %%): "
	    "none %d/%d, space %d/%d, para %d/%d, hyphen %d/%d\n", D, right,
	    total, total ? 100.0 * right / total : 0, kr[0], kt[0], kr[1],
	    kt[1], kr[2], kt[2], kr[3], kt[3]);
	ck_assert_int_ge(total, 120);
	AT_LEAST(right, total, 99);
	free_tsv(rows);
}
END_TEST

START_TEST(test_synth_figures)
{
	int	 want, found;

	found = truth_found(&T, rel("figures.tsv"), JK_NODE_CAPTION, 2,
	    "caption", &want, NULL);
	fprintf(stderr, "%s: figure captions right %d/%d\n", D, found, want);
	AT_LEAST(found, want, 88);
}
END_TEST

START_TEST(test_synth_headings)
{
	unsigned nodes;
	int	 want, found;

	found = truth_found(&T, rel("headings.tsv"), JK_NODE_HEADING, 1,
	    "heading", &want, &nodes);
	fprintf(stderr, "%s: headings right %d/%d (%u heading nodes)\n", D,
	    found, want, nodes);
	AT_LEAST(found, want, 95);
}
END_TEST

/* The title of unit `unit` in articles.tsv (rows as read_tsv gives). */
static const char *
unit_title(char ***arts, const char *unit)
{
	for (size_t i = 0; arts[i] != NULL; i++)
		if (g_strv_length(arts[i]) > 2 && strcmp(arts[i][0], unit) == 0)
			return arts[i][2];
	return "";
}

/* 1 when some paragraph or list item of the document contains needle. */
static int
in_text(const char *needle)
{
	struct jk_iter	 it;
	struct jk_node	*n;
	char		*p;
	int		 hit = 0;

	jk_iter_init(&it, T.doc->root);
	while (!hit && jk_iter_next(&it) != JK_EV_DONE) {
		n = jk_iter_node(&it);
		if (it.ev != JK_EV_ENTER || (n->type != JK_NODE_PARA &&
		    n->type != JK_NODE_ITEM))
			continue;
		p = squeeze(jk_node_plain(T.doc, n));
		hit = strstr(p, needle) != NULL;
		g_free(p);
	}
	return hit;
}

/*
 * Footnotes: each note of notes.tsv should be a FOOTNOTE of its own
 * article with its marker as label and its text, and its glued reference
 * should be taken out of the sentence, which reads on without it; no note
 * text may be read as running text.  Two of the three notes are held for
 * each (all three are reached on every variant).
 */
START_TEST(test_synth_footnotes)
{
	char		***rows = read_tsv(rel("notes.tsv"));
	char		***arts = read_tsv(rel("articles.tsv"));
	struct jk_iter	 it;
	struct jk_node	*a, *n, *p;
	int		 want = 0, found = 0, refs = 0, apart = 0;
	size_t		 i;

	for (i = 0; rows[i] != NULL; i++) {
		char	**f = rows[i];
		int	 ok = 0;

		if (g_strv_length(f) < 6)
			continue;
		want++;
		a = article_titled(T.doc, unit_title(arts, f[5]));
		if (a != NULL) {
			jk_iter_init(&it, a);
			while (!ok && jk_iter_next(&it) != JK_EV_DONE) {
				n = jk_iter_node(&it);
				if (it.ev != JK_EV_ENTER ||
				    n->type != JK_NODE_FOOTNOTE ||
				    n->label == NULL || strcmp(n->label, f[1]))
					continue;
				p = jk_node_child(n, JK_NODE_PARA);
				ok = p != NULL && plain_is(T.doc, p, f[2]);
			}
		}
		found += ok;
		if (!ok)
			fprintf(stderr, "  footnote missed: %s %s %s\n", f[5],
			    f[1], f[2]);
		if (in_text(f[3]) && !in_text(f[4]))
			refs++;
		else
			fprintf(stderr, "  reference not taken out: %s \"%s\" "
			    "(want \"%s\")\n", f[5], f[4], f[3]);
		if (ok || !in_text(f[2]))
			apart++;
		else
			fprintf(stderr, "  note read as running text: %s %s\n",
			    f[5], f[1]);
	}
	fprintf(stderr, "%s: footnotes right %d/%d; references taken out "
	    "%d/%d; note texts kept out of running text %d/%d\n", D, found, want,
	    refs, want, apart, want);
	ck_assert_int_eq(want, 3);
	ck_assert_int_eq(apart, want);
	AT_LEAST(found, want, 66);
	AT_LEAST(refs, want, 66);
	free_tsv(arts);
	free_tsv(rows);
}
END_TEST

/*
 * Every body text line of lines.tsv is found, whole, in the article it
 * belongs to (text moved to the wrong article by a column swap, a byline
 * or an end marker shows here).
 */
START_TEST(test_synth_lines_in_their_article)
{
	char		***rows = read_tsv(rel("lines.tsv"));
	char		***arts = read_tsv(rel("articles.tsv"));
	GHashTable	*text = g_hash_table_new_full(g_direct_hash,
			    g_direct_equal, NULL, g_free);
	struct jk_node	*a;
	int		 want = 0, right = 0;
	size_t		 i;

	for (i = 0; rows[i] != NULL; i++) {
		char	**f = rows[i], *line, *body;
		long	 ln;

		if (g_strv_length(f) < 2)
			continue;
		ln = strtol(f[0], NULL, 10);
		if (ln < 1 || (size_t)ln > T.nsrc)
			continue;
		want++;
		if ((a = article_titled(T.doc, unit_title(arts, f[1]))) == NULL) {
			fprintf(stderr, "  line %ld: article %s missing\n", ln,
			    f[1]);
			continue;
		}
		if ((body = g_hash_table_lookup(text, a)) == NULL) {
			body = squeeze(jk_node_plain(T.doc, a));
			g_hash_table_insert(text, a, body);
		}
		line = squeeze(T.src[ln - 1]);
		if (strstr(body, line) != NULL)
			right++;
		else
			fprintf(stderr, "  line %ld not in %s: %s\n", ln, f[1],
			    line);
		g_free(line);
	}
	fprintf(stderr, "%s: body lines found in their own article %d/%d\n", D,
	    right, want);
	AT_LEAST(right, want, 99);
	g_hash_table_destroy(text);
	free_tsv(arts);
	free_tsv(rows);
}
END_TEST

/* Table rows: cells of each row of tables.tsv, in order. */
START_TEST(test_synth_tables)
{
	char		***rows = read_tsv(rel("tables.tsv"));
	GHashTable	*seen = g_hash_table_new_full(g_str_hash, g_str_equal,
			    g_free, NULL);
	struct jk_iter	 it;
	struct jk_node	*n, *c;
	int		 want = 0, found = 0, hwant = 0, hfound = 0;
	size_t		 i;

	jk_iter_init(&it, T.doc->root);
	while (jk_iter_next(&it) != JK_EV_DONE) {
		GString	*g;

		n = jk_iter_node(&it);
		if (it.ev != JK_EV_ENTER || n->type != JK_NODE_ROW)
			continue;
		g = g_string_new(NULL);
		for (c = n->first; c != NULL; c = c->next) {
			char *t = squeeze(jk_node_plain(T.doc, c));

			g_string_append_printf(g, "%s%s", g->len ? "|" : "", t);
			g_free(t);
		}
		g_hash_table_add(seen, g_string_free(g, FALSE));
	}
	for (i = 0; rows[i] != NULL; i++) {
		char	**f = rows[i];
		int	 hdr, ok;

		if (g_strv_length(f) < 4)
			continue;
		hdr = strcmp(f[2], "header") == 0;
		ok = g_hash_table_contains(seen, f[3]);
		want += !hdr;
		found += !hdr && ok;
		hwant += hdr;
		hfound += hdr && ok;
		if (!ok)
			fprintf(stderr, "  table row missed: %s %s %s\n", f[1],
			    f[2], f[3]);
	}
	fprintf(stderr, "%s: table body rows right %d/%d, header rows "
	    "%d/%d\n", D, found, want, hfound, hwant);
	AT_LEAST(found, want, 75);
	g_hash_table_destroy(seen);
	free_tsv(rows);
}
END_TEST

/*
 * The house advertisement is an ADVERT, and its contact number is not in
 * any article.
 */
START_TEST(test_synth_advert)
{
	static const char phone[] = "02-3460-9163";
	struct jk_node	*a;
	int		 in_ad = 0, in_art = 0;

	for (a = T.doc->root->first; a != NULL; a = a->next) {
		if (strstr(jk_node_plain(T.doc, a), phone) == NULL)
			continue;
		in_ad += a->type == JK_NODE_ADVERT;
		in_art += a->type == JK_NODE_ARTICLE;
	}
	fprintf(stderr, "%s: advert contact in %d advert(s), %d "
	    "article(s)\n", D, in_ad, in_art);
	ck_assert_int_eq(in_ad, 1);
	ck_assert_int_eq(in_art, 0);
}
END_TEST

/*
 * Page furniture and labels that must not be left in running text:
 * vertical-label pieces, page pairs, series taglines, byline lines,
 * SPECIAL ISSUE labels, credits, U+FFFD; and the figure debris of
 * debris.tsv (sources, units, chart labels).  Looked for in paragraphs,
 * list items and headings.
 */
/* The series tagline is kept as the first paragraph of the deck. */
static int
tagline_word(const char *s)
{
	return strstr(s, "합니다.") != NULL;
}

START_TEST(test_synth_no_furniture_in_text)
{
	static const char *const bad[] = {
		"vol. 476", "476. 3+4", "2524", "6564", "9998",
		"STRATEGY", "SPECIAL ISSUE", "글. ", "\xef\xbf\xbd",
		"소개합니다.", "순간을 전합니다.", "요약해 전합니다.",
		"\xc2\xa9",
	};
	char		***rows = read_tsv(rel("debris.tsv"));
	struct jk_iter	 it;
	struct jk_node	*n;
	int		 leaks = 0, dwant = 0, dleaks = 0;
	size_t		 k;

	for (k = 0; rows[k] != NULL; k++)
		dwant += g_strv_length(rows[k]) >= 2;
	jk_iter_init(&it, T.doc->root);
	while (jk_iter_next(&it) != JK_EV_DONE) {
		char *p;

		n = jk_iter_node(&it);
		if (it.ev != JK_EV_ENTER || (n->type != JK_NODE_PARA &&
		    n->type != JK_NODE_ITEM && n->type != JK_NODE_HEADING))
			continue;
		p = squeeze(jk_node_plain(T.doc, n));
		for (k = 0; k < G_N_ELEMENTS(bad); k++)
			if (strstr(p, bad[k]) != NULL &&
			    !(tagline_word(bad[k]) && n->parent != NULL &&
			    n->parent->type == JK_NODE_DECK &&
			    n->parent->first == n)) {
				fprintf(stderr, "  furniture in text: \"%s\" in "
				    "%.60s...\n", bad[k], p);
				leaks++;
			}
		for (k = 0; rows[k] != NULL; k++)
			if (g_strv_length(rows[k]) >= 2 &&
			    strstr(p, rows[k][1]) != NULL) {
				fprintf(stderr, "  figure debris in text: line %s "
				    "\"%s\"\n", rows[k][0], rows[k][1]);
				dleaks++;
			}
		g_free(p);
	}
	fprintf(stderr, "%s: furniture pieces left in text: %d; figure "
	    "debris lines left in text: %d of %d\n", D, leaks, dleaks, dwant);
	ck_assert_int_le(leaks, 1);
	ck_assert_int_le(dleaks, 2);
	free_tsv(rows);
}
END_TEST

/*
 * Bad input never crashes: the issue cut short at several places (also in
 * the middle of a character) converts to a sound tree, or to nothing with
 * an error when nothing is left to convert.
 */
START_TEST(test_synth_truncated)
{
	size_t	 cut[] = { 1, T.rawlen / 7, T.rawlen / 3 + 1, T.rawlen / 2,
	    2 * T.rawlen / 3 + 2, T.rawlen - 1 };
	size_t	 k;

	for (k = 0; k < G_N_ELEMENTS(cut); k++) {
		struct jk_doc *d = convert(T.raw, cut[k]);

		/* NULL is allowed: input that cannot be converted at all */
		if (d == NULL)
			continue;
		ck_assert_int_eq(jk_tree_check(d->root, stderr), 0);
		jk_doc_free(d);
	}
}
END_TEST

static Suite *
synth_suite(void)
{
	Suite	*s = suite_create("synth");
	TCase	*tc;
	int	 i;

	tests_preload_lexicon();
	for (i = 0; i < NDIRS; i++) {
		tc = tcase_create(DIRS[i]);
		tcase_set_timeout(tc, 60);
		tcase_add_checked_fixture(tc, SETUP[i], teardown);
		tcase_add_test(tc, test_synth_tree_and_volume);
		tcase_add_test(tc, test_synth_articles_and_bylines);
		tcase_add_test(tc, test_synth_line_breaks);
		tcase_add_test(tc, test_synth_figures);
		tcase_add_test(tc, test_synth_headings);
		tcase_add_test(tc, test_synth_footnotes);
		tcase_add_test(tc, test_synth_lines_in_their_article);
		tcase_add_test(tc, test_synth_tables);
		tcase_add_test(tc, test_synth_advert);
		tcase_add_test(tc, test_synth_no_furniture_in_text);
		tcase_add_test(tc, test_synth_truncated);
		suite_add_tcase(s, tc);
	}
	return s;
}

JK_CHECK_MAIN(synth_suite)
