/*
 * css.c -- the book's style sheet, made from the fields of the style so
 * the EPUB and the PDF stay alike: rules for the elements, and for the
 * classes of xhtml.c and opf.c that the book's documents use.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "epub-int.h"

static int
serif_family(const char *f)
{
	static const char *const serif[] = { "myeongjo", "serif", "batang",
	    "mincho", "song", NULL };
	char	*l;
	int	 i, yes = 0;

	if (f == NULL)
		return 0;
	l = g_ascii_strdown(f, -1);
	for (i = 0; serif[i] != NULL; i++)
		if (strstr(l, serif[i]) != NULL && strstr(l, "sans") == NULL)
			yes = 1;
	g_free(l);
	return yes;
}

void
ep_css_string(GString *css, const char *s)
{
	g_string_append_c(css, '"');
	for (; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\')
			g_string_append_c(css, '\\');
		if (*s != '\n' && *s != '\r')
			g_string_append_c(css, *s);
	}
	g_string_append_c(css, '"');
}

/* font-family: "family", fallbacks, generic; */
static void
family(GString *css, const struct jk_style *st, const struct jk_font *f)
{
	char	**fb, *t;
	int	 i;

	g_string_append(css, "\tfont-family: ");
	if (f->family != NULL && *f->family != '\0') {
		ep_css_string(css, f->family);
		g_string_append(css, ", ");
	}
	ep_css_string(css, EP_GREEK_FAMILY);	/* fonts.c: embed_greek() */
	g_string_append(css, ", ");
	if (st->fallback != NULL) {
		fb = g_strsplit(st->fallback, ",", -1);
		for (i = 0; fb[i] != NULL; i++) {
			t = g_strstrip(fb[i]);
			if (*t == '\0')
				continue;
			ep_css_string(css, t);
			g_string_append(css, ", ");
		}
		g_strfreev(fb);
	}
	g_string_append(css, serif_family(f->family) ? "serif;\n" :
	    "sans-serif;\n");
}

static void
em(GString *css, const char *prop, double v)
{
	char	 num[G_ASCII_DTOSTR_BUF_SIZE];

	g_ascii_formatd(num, sizeof(num), "%.3g", v);
	g_string_append_printf(css, "\t%s: %sem;\n", prop, num);
}

/* line-height: leading over size (unitless), when the font has both. */
static void
line_height(GString *css, const struct jk_font *f)
{
	char	 num[G_ASCII_DTOSTR_BUF_SIZE];

	if (f->size <= 0 || f->leading <= 0)
		return;
	g_ascii_formatd(num, sizeof(num), "%.3g", f->leading / f->size);
	g_string_append_printf(css, "\tline-height: %s;\n", num);
}

/* The font of a role, its size relative to the body text. */
static void
font(GString *css, const struct jk_style *st, const struct jk_font *f,
    int bold)
{
	double	 base = st->body.size > 0 ? st->body.size : 10;

	family(css, st, f);
	if (f->size > 0)
		em(css, "font-size", f->size / base);
	line_height(css, f);
	g_string_append_printf(css, "\tfont-weight: %s;\n",
	    bold || f->bold ? "bold" : "normal");
}

static void
rule(GString *css, const char *sel)
{
	g_string_append_printf(css, "%s {\n", sel);
}

/* Does a document of the book use class cls?  Rules for a class that no
 * document uses are left out (epubcheck notes them). */
static int
used(GHashTable *classes, const char *cls)
{
	return classes != NULL && g_hash_table_contains(classes, cls);
}

/* A block of text that breaks between words only and is not justified:
 * titles, headings, contents entries. */
static void
keep_words(GString *css)
{
	g_string_append(css, "\tword-break: keep-all;\n"
	    "\ttext-align: left;\n");
}

/*
 * Korean body text is justified and may break between any two letters
 * (word-break: break-all), the slack of a line shared between the
 * letters as well as the spaces (text-justify: inter-character): a
 * phone's line holds four or five spaces, and a Latin word or a URL
 * that may not break would leave gaps many spaces wide (measured in
 * tools/epub-view/reader.js).  line-break: strict keeps closing
 * punctuation off the start of a line.  Titles, headings and the
 * contents keep words whole and are set ragged; so are notes.
 */
char *
ep_xhtml_css(const struct jk_style *st, GHashTable *cl)
{
	GString	*css = g_string_new(NULL);
	double	 base = st->body.size > 0 ? st->body.size : 10;

	g_string_append_printf(css, "/* jikji style \"%s\": generated from "
	    "the same definition as the print PDF. */\n", st->name);
	rule(css, "body");
	family(css, st, &st->body);
	line_height(css, &st->body);
	g_string_append_printf(css, "\tcolor: %s;\n", st->text.hex);
	g_string_append_printf(css, "\ttext-align: %s;\n",
	    st->justify ? "justify" : "left");
	g_string_append(css, "\tword-break: break-all;\n"
	    "\ttext-justify: inter-character;\n\tline-break: strict;\n\toverflow-wrap: break-word;\n"
	    "\thyphens: manual;\n\twidows: 2;\n\torphans: 2;\n}\n");

	rule(css, "p");
	g_string_append(css, "\tmargin: 0;\n");
	em(css, "text-indent", st->para_indent / base);
	g_string_append(css, "}\n");
	rule(css, "p + p");
	em(css, "margin-top", st->para_space / base);
	g_string_append(css, "}\n");
	rule(css, "h1, h2, h3, h4");
	keep_words(css);
	g_string_append(css, "\tpage-break-after: avoid;\n"
	    "\tbreak-after: avoid;\n}\n");
	rule(css, "header");
	g_string_append(css, "\tmargin: 0 0 1.5em 0;\n}\n");
	rule(css, "header p, figure p, aside p, blockquote p, td, th, li");
	g_string_append(css, "\ttext-indent: 0;\n}\n");
	rule(css, "a");
	/* Links differ from the text by more than colour. */
	g_string_append_printf(css, "\tcolor: %s;\n"
	    "\ttext-decoration: underline;\n}\n", st->accent.hex);
	rule(css, "em");
	g_string_append(css, "\tfont-style: normal;\n"
	    "\tfont-weight: bold;\n}\n");

	if (used(cl, "series")) {
		rule(css, "p.series");
		font(css, st, &st->series, 0);
		keep_words(css);
		g_string_append_printf(css, "\tcolor: %s;\n}\n",
		    st->accent.hex);
	}
	/* the series' description: small type under its label */
	if (used(cl, "series-desc")) {
		rule(css, "p.series-desc");
		font(css, st, &st->bio, 0);
		g_string_append_printf(css, "\tcolor: %s;\n"
		    "\ttext-align: left;\n\tmargin: 0.2em 0 0.6em 0;\n}\n",
		    st->muted.hex);
	}
	rule(css, "h1");
	font(css, st, &st->title, 0);
	g_string_append(css, "\tmargin: 0.2em 0;\n}\n");
	if (used(cl, "subtitle")) {
		rule(css, "p.subtitle");
		font(css, st, &st->subtitle, 0);
		keep_words(css);
		g_string_append_printf(css, "\tcolor: %s;\n}\n",
		    st->muted.hex);
	}

	if (used(cl, "byline")) {
		rule(css, "section.byline");
		g_string_append(css, "\tmargin: 0 0 1.5em 0;\n"
		    "\ttext-align: right;\n}\n");
		rule(css, "section.byline p");
		g_string_append(css, "\ttext-indent: 0;\n}\n");
	}
	if (used(cl, "name")) {
		rule(css, "p.name");
		font(css, st, &st->byline, 1);
		g_string_append(css, "}\n");
	}
	if (used(cl, "role")) {
		rule(css, "p.role");
		font(css, st, &st->byline, 0);
		g_string_append_printf(css, "\tcolor: %s;\n}\n",
		    st->muted.hex);
	}
	if (used(cl, "bio")) {
		rule(css, "p.bio");
		font(css, st, &st->bio, 0);
		g_string_append_printf(css, "\tcolor: %s;\n"
		    "\ttext-align: left;\n}\n", st->muted.hex);
	}
	if (used(cl, "deck")) {
		rule(css, "div.deck");
		font(css, st, &st->deck, 0);
		g_string_append(css, "\tmargin: 0 0 1.5em 0;\n}\n");
		rule(css, "div.deck p");
		g_string_append(css, "\ttext-indent: 0;\n}\n");
	}

	rule(css, "h2");
	font(css, st, &st->heading[0], 0);
	g_string_append_printf(css, "\tcolor: %s;\n"
	    "\tmargin: 1.2em 0 0.4em 0;\n}\n", st->accent.hex);
	rule(css, "h3");
	font(css, st, &st->heading[1], 0);
	g_string_append(css, "\tmargin: 1em 0 0.3em 0;\n}\n");
	rule(css, "h4");
	font(css, st, &st->heading[2], 0);
	g_string_append(css, "\tmargin: 0.8em 0 0.2em 0;\n}\n");

	if (used(cl, "sidebar")) {
		rule(css, "aside.sidebar");
		g_string_append_printf(css, "\tbackground-color: %s;\n"
		    "\tborder: 1px solid %s;\n\tpadding: 0.6em 0.8em;\n"
		    "\tmargin: 1em 0;\n}\n", st->boxbg.hex, st->rule.hex);
	}
	if (used(cl, "sidebar-title")) {
		rule(css, "p.sidebar-title");
		font(css, st, &st->heading[1], 0);
		keep_words(css);
		g_string_append(css, "\tmargin: 0 0 0.4em 0;\n}\n");
	}
	if (used(cl, "quote")) {
		rule(css, "blockquote.quote");
		g_string_append_printf(css, "\tmargin: 1em 1.5em;\n"
		    "\tcolor: %s;\n}\n", st->muted.hex);
	}
	if (used(cl, "list")) {
		rule(css, "ul.list, ol.list");
		g_string_append(css, "\tlist-style: none;\n"
		    "\tmargin: 0.5em 0;\n\tpadding: 0 0 0 1.5em;\n}\n");
		rule(css, "ul.list li, ol.list li");
		g_string_append(css, "\tmargin: 0.2em 0;\n}\n");
	}
	if (used(cl, "marker")) {
		rule(css, "span.marker");
		g_string_append_printf(css, "\tcolor: %s;\n}\n",
		    st->accent.hex);
	}

	if (used(cl, "table-wrap")) {
		/* Wider than the screen: scrolls inside its box. */
		rule(css, "div.table-wrap");
		g_string_append(css, "\tmax-width: 100%;\n"
		    "\toverflow-x: auto;\n\tmargin: 0.5em 0;\n}\n");
	}
	if (used(cl, "table")) {
		rule(css, "table.table");
		font(css, st, &st->table, 0);
		g_string_append(css, "\tborder-collapse: collapse;\n"
		    "\twidth: 100%;\n\tmargin: 0;\n}\n");
		/* Cells keep their words whole: a table wider than the
		 * screen scrolls rather than stacking a label's letters. */
		rule(css, "table.table th, table.table td");
		g_string_append_printf(css, "\tborder: 1px solid %s;\n"
		    "\tpadding: 0.15em 0.3em;\n\ttext-align: left;\n"
		    "\tvertical-align: top;\n\tword-break: keep-all;\n}\n",
		    st->rule.hex);
		rule(css, "table.table th");
		g_string_append_printf(css, "\tbackground-color: %s;\n"
		    "\tfont-weight: bold;\n}\n", st->boxbg.hex);
	}
	if (used(cl, "num")) {
		rule(css, "td.num, th.num");
		g_string_append(css, "\ttext-align: right;\n"
		    "\twhite-space: nowrap;\n}\n");
	}

	if (used(cl, "figure")) {
		/* A rule at the side tells a figure from a heading. */
		rule(css, "figure.figure");
		g_string_append_printf(css, "\tmargin: 1em 0;\n"
		    "\tpadding: 0 0 0 0.6em;\n\tborder-left: 2px solid %s;\n}\n",
		    st->rule.hex);
		rule(css, "figure.figure figcaption");
		font(css, st, &st->caption, 1);
		keep_words(css);
		g_string_append(css, "\tmargin: 0 0 0.2em 0;\n}\n");
	}
	if (used(cl, "label")) {
		rule(css, "span.label");
		g_string_append_printf(css, "\tcolor: %s;\n}\n",
		    st->accent.hex);
	}
	if (used(cl, "source")) {
		rule(css, "p.source");
		font(css, st, &st->caption, 0);
		g_string_append_printf(css, "\tcolor: %s;\n"
		    "\ttext-align: left;\n}\n", st->muted.hex);
	}
	if (used(cl, "chart-data")) {
		rule(css, "details.chart-data");
		font(css, st, &st->caption, 0);
		g_string_append(css, "\tmargin: 0.2em 0 0 0;\n}\n");
		rule(css, "details.chart-data summary");
		g_string_append_printf(css, "\tcolor: %s;\n}\n",
		    st->accent.hex);
	}

	rule(css, "pre");
	font(css, st, &st->table, 0);
	g_string_append(css, "\twhite-space: pre-wrap;\n"
	    "\toverflow-wrap: anywhere;\n\ttext-align: left;\n"
	    "\tmargin: 0.5em 0;\n}\n");

	if (used(cl, "footnote")) {
		rule(css, "aside.footnote");
		font(css, st, &st->note, 0);
		g_string_append_printf(css, "\tborder-top: 1px solid %s;\n"
		    "\tmargin: 1em 0 0 0;\n\tpadding: 0.3em 0 0 0;\n"
		    "\ttext-align: left;\n\toverflow-wrap: anywhere;\n}\n",
		    st->rule.hex);
	}
	if (used(cl, "noteref")) {
		rule(css, "a.noteref");
		g_string_append(css, "\tvertical-align: super;\n"
		    "\tfont-size: 0.7em;\n\tline-height: 1;\n}\n");
	}
	if (used(cl, "note-label")) {
		rule(css, ".note-label");
		g_string_append_printf(css, "\tcolor: %s;\n"
		    "\tfont-weight: bold;\n}\n", st->accent.hex);
	}

	if (used(cl, "advert")) {
		rule(css, "section.advert");
		g_string_append_printf(css, "\tborder: 1px solid %s;\n"
		    "\tpadding: 0.6em;\n}\n", st->rule.hex);
	}
	if (used(cl, "toc")) {
		rule(css, "nav.toc ol");
		g_string_append(css, "\tlist-style: none;\n"
		    "\tmargin: 0;\n\tpadding: 0 0 0 1em;\n}\n");
		rule(css, "nav.toc > ol");
		g_string_append(css, "\tpadding: 0;\n}\n");
		rule(css, "nav.toc li");
		keep_words(css);
		g_string_append(css, "\tmargin: 0.4em 0;\n}\n");
		rule(css, "nav.toc li li");
		g_string_append(css, "\tmargin: 0.2em 0;\n"
		    "\tfont-size: 0.9em;\n}\n");
		rule(css, "nav.toc a");
		g_string_append_printf(css, "\tcolor: %s;\n"
		    "\ttext-decoration: none;\n}\n", st->text.hex);
	}
	if (used(cl, "toc-series")) {
		rule(css, "span.toc-series");
		g_string_append_printf(css, "\tdisplay: block;\n"
		    "\tfont-size: 0.8em;\n\tcolor: %s;\n}\n", st->muted.hex);
	}
	if (used(cl, "cover")) {
		rule(css, "section.cover");
		g_string_append(css, "\ttext-align: center;\n}\n");
		rule(css, "section.cover img");
		g_string_append(css, "\tmax-width: 100%;\n"
		    "\tmax-height: 100%;\n}\n");
	}
	if (used(cl, "licence")) {
		rule(css, "section.licence pre");
		g_string_append(css, "\tfont-size: 0.75em;\n}\n");
	}
	return g_string_free(css, FALSE);
}
