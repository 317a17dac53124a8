/*
 * report.c -- the editor's proof report (HTML and JSON); the archive
 * index is in index.c.  Every message of the catalogue is taken generically (name,
 * level, line, detail); the ones an editor knows by kind (reading order,
 * lines taken out, debris, untitled units, bylines, headings) are
 * grouped and explained.  HTML goes through libxml2's writer, so every
 * text is escaped; no script, no outside resource.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <libxml/xmlwriter.h>

#include "report.h"
#include "report-int.h"

/* === what the editor is shown, per kind of message ===================== */

struct group {
	const char	*title;
	const char	*why;
	const char	*names;		/* " name name " */
};

static const struct jk_node *art_title(const struct jk_node *);

static const struct group groups[] = {
	{ "Reading order", "Columns and blocks the converter put back in "
	    "order, sentences it joined across a figure, and orders it "
	    "doubted but kept.", " order order-unsure sentence-joined " },
	{ "Untitled units", "Text the converter could not give a title.",
	    " no-title outside no-text " },
	{ "Bylines placed away from their article", "Bylines and "
	    "biographies moved to the article they belong to.",
	    " byline-moved " },
	{ "Headings", "Headings whose level or kind was doubtful.",
	    " heading-level heading " },
	{ "Chart and diagram text (lifted debris)", "Lines that were "
	    "labels of a chart or diagram, moved into its figure or dropped.",
	    " debris debris-dropped caption " },
	{ "Lines taken out of the flow", "Running labels, page numbers, "
	    "taglines, badges and stray fragments that are not text of the "
	    "article.", " vertical-label page-numbers tagline badge stray "
	    "control-char " },
	{ "Notes and tables", "Footnotes and tables that did not add up.",
	    " noteref note-orphan table-sum table-pre " },
	{ "Adverts", "Advertisements recognised and kept out of the "
	    "contents.", " advert " },
};
#define NGROUPS	(sizeof(groups) / sizeof(groups[0]))

/* Group of a message name; NGROUPS for "other". */
static size_t
group_of(const char *name)
{
	char	 key[64];
	size_t	 g;

	snprintf(key, sizeof(key), " %s ", name);
	for (g = 0; g < NGROUPS; g++)
		if (strstr(groups[g].names, key) != NULL)
			return g;
	/* A heading message added later still lands with the headings. */
	if (strstr(name, "heading") != NULL)
		return 3;
	return NGROUPS;
}

/* === the source, line by line ========================================== */

struct source {
	char		*text;		/* valid UTF-8 copy */
	size_t		*start;		/* offset of line i+1 */
	int		 nlines;
};

static void
source_init(struct source *s, const char *text, size_t len)
{
	size_t	 i, cap = 1024;

	s->text = g_utf8_make_valid(text != NULL ? text : "",
	    text != NULL ? (gssize)len : 0);
	len = strlen(s->text);
	s->start = jk_xreallocarray(NULL, cap, sizeof(size_t));
	s->nlines = 0;
	s->start[s->nlines++] = 0;
	for (i = 0; i < len; i++)
		if (s->text[i] == '\n') {
			if ((size_t)s->nlines == cap) {
				cap *= 2;
				s->start = jk_xreallocarray(s->start, cap,
				    sizeof(size_t));
			}
			s->start[s->nlines++] = i + 1;
		}
	if (len > 0 && s->text[len - 1] == '\n')
		s->nlines--;
}

/* Line n (1-based) as a malloc'd string without its line end, cut to
 * about LINE_MAX_SHOWN bytes (a whole paragraph on one line is shown by
 * its start). */
#define LINE_MAX_SHOWN	600

static char *
source_line(const struct source *s, int n)
{
	const char	*p, *e;
	size_t		 len;

	if (n < 1 || n > s->nlines)
		return jk_xstrdup("");
	p = s->text + s->start[n - 1];
	e = p + (n < s->nlines ? s->start[n] - 1 - s->start[n - 1] :
	    strlen(p));
	if (e > p && e[-1] == '\n')
		e--;
	if (e > p && e[-1] == '\r')
		e--;
	len = (size_t)(e - p);
	if (len <= LINE_MAX_SHOWN)
		return jk_xstrndup(p, len);
	len = LINE_MAX_SHOWN;
	while (len > 0 && ((unsigned char)p[len] & 0xc0) == 0x80)
		len--;
	return jk_xasprintf("%.*s …", (int)len, p);
}

static void
source_free(struct source *s)
{
	g_free(s->text);
	free(s->start);
}

/* The span of source lines to show for a message: its line, the lines
 * its detail names ("lines 12-18", "line 40"), two around, at most 12. */
static void
span(const struct jk_record *r, int nlines, int *first, int *last)
{
	const char	*p;
	int		 a, b, lo = r->line, hi = r->line;

	for (p = r->detail; (p = strstr(p, "line")) != NULL; p++) {
		const char *q = p + 4;

		if (*q == 's')
			q++;
		if (*q != ' ')
			continue;
		if (sscanf(q, " %d-%d", &a, &b) == 2 && a > 0 && b >= a) {
			lo = lo > 0 && lo < a ? lo : a;
			hi = hi > b ? hi : b;
		} else if (sscanf(q, " %d", &a) == 1 && a > 0) {
			lo = lo > 0 && lo < a ? lo : a;
			hi = hi > a ? hi : a;
		}
	}
	if (lo <= 0) {
		*first = *last = 0;
		return;
	}
	lo -= 2;
	hi += 2;
	if (hi - lo > 11)
		hi = lo + 11;
	*first = lo < 1 ? 1 : lo;
	*last = hi > nlines ? nlines : hi;
}

/* === the tree, by source line ========================================== */

struct treeidx {
	GHashTable	*byline;	/* line -> first node with that line */
};

static int
shown_type(enum jk_ntype t)
{
	return t == JK_NODE_TITLE || t == JK_NODE_SUBTITLE ||
	    t == JK_NODE_SERIES || t == JK_NODE_SERIESDESC ||
	    t == JK_NODE_BYLINE ||
	    t == JK_NODE_HEADING || t == JK_NODE_PARA || t == JK_NODE_ITEM ||
	    t == JK_NODE_CAPTION || t == JK_NODE_SOURCE || t == JK_NODE_PRE ||
	    t == JK_NODE_CELL || t == JK_NODE_PAGEBREAK ||
	    t == JK_NODE_FIGURE || t == JK_NODE_FOOTNOTE ||
	    t == JK_NODE_ARTICLE || t == JK_NODE_ADVERT || t == JK_NODE_NAME ||
	    t == JK_NODE_BIO || t == JK_NODE_ROLE;
}

struct counts {
	int	 of[JK_NTYPE__MAX];	/* nodes of each type */
	int	 untitled, words;
};

/* One walk of the tree: the line index and the counts. */
static void
survey(const struct jk_doc *doc, struct treeidx *ix, struct counts *c)
{
	struct jk_iter	 it;
	struct jk_node	*n;
	const char	*p;
	int		 inword;

	memset(c, 0, sizeof(*c));
	ix->byline = g_hash_table_new(g_direct_hash, g_direct_equal);
	if (doc == NULL)
		return;
	jk_iter_init(&it, doc->root);
	while (jk_iter_next(&it) != JK_EV_DONE) {
		if (it.ev != JK_EV_ENTER)
			continue;
		n = jk_iter_node(&it);
		c->of[n->type]++;
		/* The innermost node of a line wins (a paragraph over its
		 * article): enter order meets the outer one first. */
		if (n->line > 0 && shown_type(n->type))
			g_hash_table_insert(ix->byline,
			    GINT_TO_POINTER(n->line), n);
		if (n->type == JK_NODE_ARTICLE)
			c->untitled += art_title(n) == NULL;
		if ((n->type != JK_NODE_TEXT && n->type != JK_NODE_PRE) ||
		    n->text == NULL)
			continue;
		for (p = n->text, inword = 0; *p != '\0'; p++) {
			int	 sp = *p == ' ' || *p == '\n' || *p == '\t';

			if (!sp && !inword)
				c->words++;
			inword = !sp;
		}
	}
}

/* The node made from a source line in [first, last], line itself first. */
static const struct jk_node *
treeidx_find(const struct treeidx *ix, int line, int first, int last)
{
	const struct jk_node	*n;
	int			 l;

	if (line > 0 && (n = g_hash_table_lookup(ix->byline,
	    GINT_TO_POINTER(line))) != NULL)
		return n;
	for (l = first; l > 0 && l <= last; l++)
		if ((n = g_hash_table_lookup(ix->byline,
		    GINT_TO_POINTER(l))) != NULL)
			return n;
	return NULL;
}

/* Nearest node (itself or above) with an id: where the editor fixes it. */
static const struct jk_node *
anchor(const struct jk_node *n)
{
	for (; n != NULL; n = n->parent)
		if (n->id != NULL && n->type != JK_NODE_NOTEREF)
			return n;
	return NULL;
}

static const struct jk_node *
article_of(const struct jk_node *n)
{
	for (; n != NULL; n = n->parent)
		if (n->type == JK_NODE_ARTICLE || n->type == JK_NODE_ADVERT)
			return n;
	return NULL;
}

/* Plain text of a node, cut to about max bytes on a character edge. */
static char *
plain(const struct jk_node *n, size_t max)
{
	struct jk_buf	 b;
	size_t		 cut;

	jk_buf_init(&b);
	if (n->type == JK_NODE_PAGEBREAK)
		jk_buf_printf(&b, "page break, print folio %s",
		    n->label != NULL ? n->label : "?");
	else
		jk_node_plain_buf(n, &b);
	if (b.len > max) {
		cut = max;
		while (cut > 0 && ((unsigned char)b.data[cut] & 0xc0) == 0x80)
			cut--;
		b.len = cut;
		jk_buf_puts(&b, " …");
	}
	if (b.data == NULL)
		jk_buf_puts(&b, "");
	return jk_buf_detach(&b);
}

/* The title of an article: it stands among the header elements that
 * open the article (series, title, byline, deck), so the search stops at
 * the first block of the body; an untitled article of 200,000 blocks
 * costs a few steps, not a scan per decision reported. */
static const struct jk_node *
art_title(const struct jk_node *art)
{
	const struct jk_node	*c;

	for (c = art->first; c != NULL; c = c->next) {
		JK_WORK(1);
		switch (c->type) {
		case JK_NODE_TITLE:
			return c;
		case JK_NODE_SERIES:
		case JK_NODE_SERIESDESC:
		case JK_NODE_SUBTITLE:
		case JK_NODE_BYLINE:
		case JK_NODE_DECK:
			break;
		default:
			return NULL;
		}
	}
	return NULL;
}

static const char *
title_of(const struct jk_node *art, char **owned)
{
	const struct jk_node	*t;

	*owned = NULL;
	if (art == NULL || (t = art_title(art)) == NULL)
		return NULL;
	return *owned = plain(t, 120);
}

/* How sure the converter was: a figure it gave in the detail, else the
 * level (a warning is a doubt; info a deliberate act) and the tree's
 * unsure mark. */
static const char *
confidence(const struct jk_record *r, const struct jk_node *n, char *buf,
    size_t size)
{
	const struct jk_diag_entry	*e = jk_diag_lookup(r->id);
	const char			*p;
	double				 v;

	if ((p = strstr(r->detail, "confidence")) != NULL &&
	    sscanf(p + 10, "%*[ :=]%lf", &v) == 1) {
		snprintf(buf, size, "%g", v);
		return buf;
	}
	if (e->level >= JK_WARN || (n != NULL && (n->flags & JK_F_UNSURE)))
		return "doubtful";
	return e->level == JK_INFO ? "confident" : "note";
}

/* === one decision, shared by HTML and JSON ============================= */

struct decision {
	const struct jk_record		*r;
	const struct jk_diag_entry	*e;
	int				 first, last;	/* source span */
	const struct jk_node		*node, *anchor;
	char				*result;	/* NULL: not in the books */
	char				*title;		/* of its article */
	const char			*conf;
	char				 confbuf[32];
	int				 distance;	/* byline: lines away */
};

static void
decide(struct decision *d, const struct jk_record *r,
    const struct source *src, const struct treeidx *ix)
{
	const struct jk_node	*art, *t;

	memset(d, 0, sizeof(*d));
	d->r = r;
	d->e = jk_diag_lookup(r->id);
	span(r, src->nlines, &d->first, &d->last);
	d->node = treeidx_find(ix, r->line, d->first, d->last);
	d->anchor = anchor(d->node);
	if (d->node != NULL)
		d->result = plain(d->node, 400);
	art = article_of(d->node);
	title_of(art, &d->title);
	d->conf = confidence(r, d->node, d->confbuf, sizeof(d->confbuf));
	d->distance = -1;
	if (art != NULL && r->line > 0 &&
	    (t = art_title(art)) != NULL && t->line > 0)
		d->distance = abs(r->line - t->line);
}

static void
undecide(struct decision *d)
{
	free(d->result);
	free(d->title);
}

/* === counts ============================================================ */

/* The counts an editor reads, in order: label, node type (or -1 for
 * untitled, -2 for words). */
static const struct {
	const char	*label;
	int		 type;
} shown_counts[] = {
	{ "articles", JK_NODE_ARTICLE }, { "untitled", -1 },
	{ "adverts", JK_NODE_ADVERT }, { "figures", JK_NODE_FIGURE },
	{ "tables", JK_NODE_TABLE }, { "notes", JK_NODE_FOOTNOTE },
	{ "headings", JK_NODE_HEADING }, { "paragraphs", JK_NODE_PARA },
	{ "words", -2 },
};
#define NCOUNTS	(sizeof(shown_counts) / sizeof(shown_counts[0]))

static int
count_get(const struct counts *c, size_t k)
{
	int	 t = shown_counts[k].type;

	return t == -1 ? c->untitled : t == -2 ? c->words : c->of[t];
}

/* === HTML ============================================================== */


static void
h_source(struct hw *h, const struct decision *d, const struct source *src)
{
	int	 l;
	char	*s, num[24];

	h_start(h, "div", "src", NULL);
	if (d->first <= 0) {
		h_el(h, "h4", NULL, "Source");
		h_el(h, "p", NULL, "(no line: the whole issue)");
		h_end(h);
		return;
	}
	xmlTextWriterStartElement(h->w, BAD_CAST "h4");
	if (d->first == d->last)
		h_fmt(h, "Source, line %d", d->first);
	else
		h_fmt(h, "Source, lines %d–%d", d->first, d->last);
	h_end(h);
	h_start(h, "pre", NULL, NULL);
	for (l = d->first; l <= d->last; l++) {
		h_start(h, "span", l == d->r->line ? "hit" : "line", NULL);
		snprintf(num, sizeof(num), "%5d  ", l);
		h_el(h, "span", "ln", num);
		s = source_line(src, l);
		h_text(h, s);
		free(s);
		if (l != d->r->line)
			h_text(h, "\n");
		h_end(h);
	}
	h_end(h);
	h_end(h);
}

static void
h_result(struct hw *h, const struct decision *d)
{
	h_start(h, "div", "res", NULL);
	h_el(h, "h4", NULL, "Result");
	if (d->node == NULL)
		h_el(h, "p", "gone", "Not in the books: taken out of the text.");
	else {
		h_start(h, "p", NULL, NULL);
		h_el(h, "strong", NULL, jk_ntype_name(d->node->type));
		h_text(h, ": ");
		h_text(h, d->result);
		h_end(h);
	}
	if (d->title != NULL) {
		h_start(h, "p", NULL, NULL);
		h_text(h, "In the article ");
		h_el(h, "q", NULL, d->title);
		if (d->r->id == JK_M_BYLINEMOVED && d->distance >= 0)
			h_fmt(h, ", %d source lines from its title",
			    d->distance);
		h_end(h);
	}
	if (d->anchor != NULL) {
		h_start(h, "p", "fix", NULL);
		h_text(h, "Fix in the tree XML at ");
		h_fmt(h, "<%s id=\"%s\">", jk_ntype_name(d->anchor->type),
		    d->anchor->id);
		h_end(h);
	}
	h_end(h);
}

static void
h_decision(struct hw *h, const struct decision *d, const struct source *src,
    int k)
{
	char	 id[32];

	snprintf(id, sizeof(id), "d%d", k);
	h_start(h, "article", d->e->level >= JK_ERROR ? "d error" :
	    d->e->level == JK_WARN ? "d warning" : "d info", id);
	h_start(h, "p", NULL, NULL);
	h_el(h, "span", "lvl", jk_level_name(d->e->level));
	h_text(h, " ");
	h_el(h, "strong", NULL, d->e->text);
	h_text(h, " ");
	h_fmt(h, "[%s]", d->e->name);
	h_text(h, " ");
	xmlTextWriterStartElement(h->w, BAD_CAST "span");
	xmlTextWriterWriteAttribute(h->w, BAD_CAST "class", BAD_CAST "conf");
	h_fmt(h, "confidence: %s", d->conf);
	h_end(h);
	h_end(h);
	if (*d->r->detail != '\0')
		h_el(h, "p", "detail", d->r->detail);
	h_start(h, "div", "cmp", NULL);
	h_source(h, d, src);
	h_result(h, d);
	h_end(h);
	h_end(h);
}

/* Records shown as decisions: info and up. */
static int
shown(const struct jk_record *r)
{
	return jk_diag_lookup(r->id)->level >= JK_INFO;
}

int
jk_report_checks(const struct jk_record *r, size_t n)
{
	size_t	 i;
	int	 k = 0;

	for (i = 0; i < n; i++)
		k += shown(&r[i]);
	return k;
}

static int
report_status(const struct jk_report_in *in)
{
	return in->errors > 0 ? JK_ST_FAILED : JK_ST_CONVERTED;
}

static const char *
doc_title(const struct jk_report_in *in)
{
	const char	*t = in->doc != NULL ? jk_meta_get(in->doc, "title") :
	    NULL;

	return t != NULL ? t : in->stem;
}

char *
jk_report_html(const struct jk_report_in *in, size_t *len)
{
	struct hw		 h;
	struct source		 src;
	struct treeidx		 ix;
	struct counts		 c;
	struct decision		 d;
	char			*t, buf[64];
	const char		*lang = in->doc != NULL ?
	    jk_meta_get(in->doc, "language") : NULL;
	size_t			 i, g, ng[NGROUPS + 1];
	int			 k, nshown = 0;
	struct jk_node		*n;
	GHashTable		*byname;
	GList			*names, *l;

	source_init(&src, in->text, in->len);
	survey(in->doc, &ix, &c);
	memset(ng, 0, sizeof(ng));
	for (i = 0; i < in->nrecs; i++)
		if (shown(&in->recs[i])) {
			ng[group_of(jk_diag_lookup(in->recs[i].id)->name)]++;
			nshown++;
		}

	t = jk_xasprintf("Proof report: %s", doc_title(in));
	h_open(&h, lang != NULL ? lang : "ko", t);
	h_start(&h, "header", "top", NULL);
	h_start(&h, "p", NULL, NULL);
	h_link(&h, "index.html", "Archive index");
	h_end(&h);
	h_el(&h, "h1", NULL, t);
	free(t);
	h_start(&h, "p", NULL, NULL);
	h_text(&h, "Input ");
	h_el(&h, "code", NULL, in->input);
	h_fmt(&h, " · %s · %d warning%s, %d error%s · %d decision%s to check",
	    jk_status_name(report_status(in)), in->warnings,
	    in->warnings == 1 ? "" : "s", in->errors, in->errors == 1 ? "" :
	    "s", nshown, nshown == 1 ? "" : "s");
	h_end(&h);
	h_start(&h, "nav", NULL, NULL);
	h_start(&h, "ul", NULL, NULL);
	for (i = 0; in->books != NULL && in->books[i] != NULL; i++) {
		h_start(&h, "li", NULL, NULL);
		h_link(&h, in->books[i], in->books[i]);
		h_end(&h);
	}
	h_start(&h, "li", NULL, NULL);
	t = jk_xasprintf("%s.report.json", in->stem);
	h_link(&h, t, "JSON");
	free(t);
	h_end(&h);
	for (g = 0; g <= NGROUPS; g++) {
		if (ng[g] == 0)
			continue;
		h_start(&h, "li", NULL, NULL);
		snprintf(buf, sizeof(buf), "#g%zu", g);
		t = jk_xasprintf("%s (%zu)", g < NGROUPS ? groups[g].title :
		    "Other messages", ng[g]);
		h_link(&h, buf, t);
		free(t);
		h_end(&h);
	}
	h_start(&h, "li", NULL, NULL);
	h_link(&h, "#contents", "Contents");
	h_end(&h);
	h_start(&h, "li", NULL, NULL);
	h_link(&h, "#counts", "Counts and timings");
	h_end(&h);
	h_end(&h);
	h_end(&h);
	h_end(&h);			/* header */

	h_start(&h, "main", NULL, NULL);
	h_start(&h, "section", NULL, "checks");
	h_el(&h, "h2", NULL, "To check");
	if (nshown == 0)
		h_el(&h, "p", NULL, "The converter reported nothing to check.");
	for (g = 0, k = 0; g <= NGROUPS; g++) {
		if (ng[g] == 0)
			continue;
		snprintf(buf, sizeof(buf), "g%zu", g);
		h_start(&h, "section", NULL, buf);
		t = jk_xasprintf("%s (%zu)", g < NGROUPS ? groups[g].title :
		    "Other messages", ng[g]);
		h_el(&h, "h3", NULL, t);
		free(t);
		h_el(&h, "p", "why", g < NGROUPS ? groups[g].why :
		    "Messages of other kinds, as the converter gave them.");
		/* Doubts first, then the rest in source order. */
		for (int pass = 0; pass < 2; pass++)
			for (i = 0; i < in->nrecs; i++) {
				const struct jk_record *r = &in->recs[i];
				const struct jk_diag_entry *e =
				    jk_diag_lookup(r->id);

				if (!shown(r) || group_of(e->name) != g ||
				    (pass == 0) != (e->level >= JK_WARN))
					continue;
				decide(&d, r, &src, &ix);
				h_decision(&h, &d, &src, k++);
				undecide(&d);
			}
		h_end(&h);
	}
	h_end(&h);

	h_start(&h, "section", NULL, "contents");
	h_el(&h, "h2", NULL, "Contents");
	h_start(&h, "ol", NULL, NULL);
	if (in->doc != NULL)
		for (n = in->doc->root->first; n != NULL; n = n->next) {
			const struct jk_node	*b;

			if (n->type != JK_NODE_ARTICLE &&
			    n->type != JK_NODE_ADVERT)
				continue;
			h_start(&h, "li", NULL, NULL);
			if (n->id != NULL) {
				h_el(&h, "code", NULL, n->id);
				h_text(&h, " ");
			}
			title_of(n, &t);
			h_el(&h, "strong", NULL, t != NULL ? t :
			    n->type == JK_NODE_ADVERT ? "(advert)" :
			    "(untitled)");
			free(t);
			for (b = n->first; b != NULL; b = b->next)
				if (b->type == JK_NODE_BYLINE) {
					t = plain(b, 80);
					h_text(&h, " — ");
					h_text(&h, t);
					free(t);
				}
			if (n->line > 0)
				h_fmt(&h, " (line %d)", n->line);
			h_end(&h);
		}
	h_end(&h);
	h_end(&h);

	h_start(&h, "section", NULL, "counts");
	h_el(&h, "h2", NULL, "Counts and timings");
	h_start(&h, "div", "table-wrap", NULL);
	h_start(&h, "table", NULL, NULL);
	for (i = 0; i < NCOUNTS; i++)
		h_rowi(&h, shown_counts[i].label, count_get(&c, i));
	h_rowi(&h, "source lines", src.nlines);
	for (k = 0; k < in->ntimes; k++) {
		snprintf(buf, sizeof(buf), "%.3f s", in->times[k].seconds);
		t = jk_xasprintf("time: %s", in->times[k].stage);
		h_row(&h, t, buf);
		free(t);
	}
	h_end(&h);
	h_end(&h);
	/* Every kind of message, debug ones included, as counts. */
	h_el(&h, "h3", NULL, "Messages by kind");
	byname = g_hash_table_new(g_str_hash, g_str_equal);
	for (i = 0; i < in->nrecs; i++) {
		const char *nm = jk_diag_lookup(in->recs[i].id)->name;

		g_hash_table_insert(byname, (gpointer)nm, GINT_TO_POINTER(
		    GPOINTER_TO_INT(g_hash_table_lookup(byname, nm)) + 1));
	}
	h_start(&h, "div", "table-wrap", NULL);
	h_start(&h, "table", NULL, NULL);
	names = g_list_sort(g_hash_table_get_keys(byname),
	    (GCompareFunc)strcmp);
	for (l = names; l != NULL; l = l->next)
		h_rowi(&h, l->data, GPOINTER_TO_INT(g_hash_table_lookup(
		    byname, l->data)));
	g_list_free(names);
	g_hash_table_destroy(byname);
	h_end(&h);
	h_end(&h);
	h_end(&h);
	h_end(&h);			/* main */
	g_hash_table_destroy(ix.byline);
	source_free(&src);
	return h_close(&h, len);
}

/* === JSON ============================================================== */

static void
j_str(struct jk_buf *b, const char *s)
{
	const unsigned char	*p;

	jk_buf_putc(b, '"');
	for (p = (const unsigned char *)(s != NULL ? s : ""); *p; p++) {
		const char	*esc = strchr("\"\\\n\r\t", *p);

		if (*p != '\0' && esc != NULL) {
			jk_buf_putc(b, '\\');
			jk_buf_putc(b, "\"\\nrt"[esc - "\"\\\n\r\t"]);
		} else if (*p < 0x20 || *p == 0x7f)
			jk_buf_printf(b, "\\u%04x", *p);
		else
			jk_buf_putc(b, *p);
	}
	jk_buf_putc(b, '"');
}

/* "key": as the start of a member, with a comma unless first. */
static void
j_key(struct jk_buf *b, int *first, const char *key)
{
	if (!*first)
		jk_buf_putc(b, ',');
	*first = 0;
	jk_buf_puts(b, "\n  ");
	j_str(b, key);
	jk_buf_putc(b, ':');
}

/* Text as valid UTF-8 (details and titles come from damaged input). */
static void
j_utf8(struct jk_buf *b, const char *s)
{
	char	*v = g_utf8_make_valid(s != NULL ? s : "", -1);

	j_str(b, v);
	g_free(v);
}

char *
jk_report_json(const struct jk_report_in *in, size_t *len)
{
	struct jk_buf	 b;
	struct source	 src;
	struct treeidx	 ix;
	struct counts	 c;
	struct decision	 d;
	struct jk_node	*n;
	size_t		 i;
	int		 first = 1, k, l;
	char		*t;

	source_init(&src, in->text, in->len);
	survey(in->doc, &ix, &c);
	jk_buf_init(&b);
	jk_buf_putc(&b, '{');
	j_key(&b, &first, "jikji");
	j_str(&b, JK_VERSION);
	j_key(&b, &first, "input");
	j_utf8(&b, in->input);
	j_key(&b, &first, "stem");
	j_utf8(&b, in->stem);
	j_key(&b, &first, "title");
	j_utf8(&b, doc_title(in));
	j_key(&b, &first, "status");
	j_str(&b, jk_status_name(report_status(in)));
	j_key(&b, &first, "warnings");
	jk_buf_printf(&b, "%d", in->warnings);
	j_key(&b, &first, "errors");
	jk_buf_printf(&b, "%d", in->errors);
	j_key(&b, &first, "books");
	jk_buf_putc(&b, '[');
	for (i = 0; in->books != NULL && in->books[i] != NULL; i++) {
		if (i > 0)
			jk_buf_putc(&b, ',');
		j_utf8(&b, in->books[i]);
	}
	jk_buf_putc(&b, ']');
	j_key(&b, &first, "counts");
	jk_buf_putc(&b, '{');
	for (i = 0; i < NCOUNTS; i++)
		jk_buf_printf(&b, "\"%s\":%d,", shown_counts[i].label,
		    count_get(&c, i));
	jk_buf_printf(&b, "\"lines\":%d}", src.nlines);
	j_key(&b, &first, "timings");
	jk_buf_putc(&b, '{');
	for (k = 0; k < in->ntimes; k++) {
		if (k > 0)
			jk_buf_putc(&b, ',');
		j_str(&b, in->times[k].stage);
		jk_buf_printf(&b, ":%.3f", in->times[k].seconds);
	}
	jk_buf_putc(&b, '}');
	j_key(&b, &first, "decisions");
	jk_buf_putc(&b, '[');
	for (i = 0, k = 0; i < in->nrecs; i++) {
		size_t	 g;

		if (!shown(&in->recs[i]))
			continue;
		decide(&d, &in->recs[i], &src, &ix);
		g = group_of(d.e->name);
		jk_buf_puts(&b, k++ > 0 ? ",\n   {" : "\n   {");
		jk_buf_puts(&b, "\"name\":");
		j_str(&b, d.e->name);
		jk_buf_puts(&b, ",\"level\":");
		j_str(&b, jk_level_name(d.e->level));
		jk_buf_puts(&b, ",\"group\":");
		j_str(&b, g < NGROUPS ? groups[g].title : "Other messages");
		jk_buf_puts(&b, ",\"text\":");
		j_str(&b, d.e->text);
		jk_buf_printf(&b, ",\"line\":%d,\"detail\":", d.r->line);
		j_utf8(&b, d.r->detail);
		jk_buf_puts(&b, ",\"confidence\":");
		j_str(&b, d.conf);
		jk_buf_printf(&b, ",\"source\":{\"first\":%d,\"last\":%d,"
		    "\"lines\":[", d.first, d.last);
		for (l = d.first; l > 0 && l <= d.last; l++) {
			if (l > d.first)
				jk_buf_putc(&b, ',');
			t = source_line(&src, l);
			j_str(&b, t);
			free(t);
		}
		jk_buf_puts(&b, "]},\"result\":");
		if (d.node == NULL)
			jk_buf_puts(&b, "null");
		else {
			jk_buf_puts(&b, "{\"element\":");
			j_str(&b, jk_ntype_name(d.node->type));
			jk_buf_puts(&b, ",\"text\":");
			j_utf8(&b, d.result);
			jk_buf_putc(&b, '}');
		}
		jk_buf_puts(&b, ",\"id\":");
		if (d.anchor != NULL)
			j_utf8(&b, d.anchor->id);
		else
			jk_buf_puts(&b, "null");
		jk_buf_puts(&b, ",\"article\":");
		if (d.title != NULL)
			j_utf8(&b, d.title);
		else
			jk_buf_puts(&b, "null");
		if (d.distance >= 0 && d.r->id == JK_M_BYLINEMOVED)
			jk_buf_printf(&b, ",\"distance\":%d", d.distance);
		jk_buf_putc(&b, '}');
		undecide(&d);
	}
	jk_buf_puts(&b, "]");
	j_key(&b, &first, "contents");
	jk_buf_putc(&b, '[');
	k = 0;
	if (in->doc != NULL)
		for (n = in->doc->root->first; n != NULL; n = n->next) {
			if (n->type != JK_NODE_ARTICLE &&
			    n->type != JK_NODE_ADVERT)
				continue;
			jk_buf_puts(&b, k++ > 0 ? ",\n   {" : "\n   {");
			jk_buf_puts(&b, "\"id\":");
			j_utf8(&b, n->id);
			jk_buf_puts(&b, ",\"kind\":");
			j_str(&b, jk_ntype_name(n->type));
			jk_buf_printf(&b, ",\"line\":%d,\"title\":", n->line);
			title_of(n, &t);
			if (t != NULL)
				j_utf8(&b, t);
			else
				jk_buf_puts(&b, "null");
			free(t);
			jk_buf_putc(&b, '}');
		}
	jk_buf_puts(&b, "]\n}\n");
	g_hash_table_destroy(ix.byline);
	source_free(&src);
	*len = b.len;
	return jk_buf_detach(&b);
}

int
jk_report_write(const struct jk_report_in *in, const char *outdir,
    struct jk_diag *diag)
{
	char	*data, *path;
	size_t	 len;
	int	 k, rc = 0;

	for (k = 0; k < 2 && rc == 0; k++) {
		data = k == 0 ? jk_report_html(in, &len) :
		    jk_report_json(in, &len);
		path = jk_xasprintf("%s/%s.report.%s", outdir, in->stem,
		    k == 0 ? "html" : "json");
		if (jk_file_write_atomic(path, data, len) == -1) {
			jk_msg(diag, JK_M_SYSERR, 0, "%s: %s", path,
			    strerror(errno));
			rc = -1;
		}
		free(path);
		free(data);
	}
	return rc;
}
