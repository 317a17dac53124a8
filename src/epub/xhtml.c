/*
 * xhtml.c -- the XHTML content documents: one per article or advert,
 * the cover page and the font licence page.  Everything is written with
 * libxml2's xmlTextWriter, which escapes all text.
 */
#include <stdlib.h>
#include <string.h>

#include "epub-int.h"

#define NS_XHTML	"http://www.w3.org/1999/xhtml"
#define NS_EPUB		"http://www.idpf.org/2007/ops"

/* === writer helpers ==================================================== */

int
ep_xw_open(struct ep_xw *x)
{
	memset(x, 0, sizeof(*x));
	if ((x->buf = xmlBufferCreate()) == NULL)
		return -1;
	if ((x->w = xmlNewTextWriterMemory(x->buf, 0)) == NULL) {
		xmlBufferFree(x->buf);
		x->buf = NULL;
		return -1;
	}
	if (xmlTextWriterStartDocument(x->w, "1.0", "UTF-8", NULL) < 0)
		x->err = 1;
	return 0;
}

/*
 * Drop the xmlns:epub declaration from a document that uses no epub:
 * attribute (epubcheck notes an unused namespace).  The declaration is
 * the attribute ep_xhtml_head() wrote, so it is found as written.
 */
static void
drop_unused_epub_ns(struct ep_xw *x, char *data, size_t *len)
{
	static const char decl[] = " xmlns:epub=\"" NS_EPUB "\"";
	char	*p;

	if (!x->epub_decl || x->epub_used ||
	    (p = strstr(data, decl)) == NULL)
		return;
	memmove(p, p + sizeof(decl) - 1, *len - (size_t)(p - data) -
	    (sizeof(decl) - 1) + 1);
	*len -= sizeof(decl) - 1;
}

int
ep_xw_close(struct ep_xw *x, char **data, size_t *len)
{
	int	 rc = -1;

	*data = NULL;
	*len = 0;
	if (x->w != NULL) {
		if (xmlTextWriterEndDocument(x->w) < 0)
			x->err = 1;
		xmlFreeTextWriter(x->w);	/* flushes into buf */
		x->w = NULL;
	}
	if (x->buf != NULL && !x->err) {
		*len = (size_t)xmlBufferLength(x->buf);
		*data = jk_xmalloc(*len + 1);
		memcpy(*data, xmlBufferContent(x->buf), *len);
		(*data)[*len] = '\0';
		drop_unused_epub_ns(x, *data, len);
		rc = 0;
	}
	if (x->buf != NULL)
		xmlBufferFree(x->buf);
	x->buf = NULL;
	return rc;
}

void
ep_xw_start(struct ep_xw *x, const char *elem)
{
	if (xmlTextWriterStartElement(x->w, BAD_CAST elem) < 0)
		x->err = 1;
}

void
ep_xw_attr(struct ep_xw *x, const char *name, const char *val)
{
	char	*c = ep_xml_clean(val), **cls;
	int	 i;

	if (strncmp(name, "epub:", 5) == 0)
		x->epub_used = 1;
	if (x->classes != NULL && strcmp(name, "class") == 0) {
		cls = g_strsplit(c, " ", -1);
		for (i = 0; cls[i] != NULL; i++)
			if (*cls[i] != '\0')
				g_hash_table_add(x->classes,
				    g_strdup(cls[i]));
		g_strfreev(cls);
	}
	if (xmlTextWriterWriteAttribute(x->w, BAD_CAST name, BAD_CAST c) < 0)
		x->err = 1;
	free(c);
}

/*
 * Text with only &, < and > escaped, as character references: epubcheck
 * notes every named entity in XHTML (&amp; and &quot; included), and
 * libxml2's writer writes those.
 */
void
ep_xw_text(struct ep_xw *x, const char *s)
{
	GString		*e;
	char		*c, *p;
	size_t		 run;

	if (s == NULL || *s == '\0')
		return;
	c = ep_xml_clean(s);
	e = g_string_sized_new(strlen(c) + 16);
	/* the text between the characters escaped goes in a run at a time */
	for (p = c; *p != '\0'; p += run) {
		if ((run = strcspn(p, "&<>\r")) > 0) {
			g_string_append_len(e, p, (gssize)run);
			continue;
		}
		run = 1;
		switch (*p) {
		case '&':
			g_string_append(e, "&#38;");
			break;
		case '<':
			g_string_append(e, "&#60;");
			break;
		case '>':
			g_string_append(e, "&#62;");
			break;
		default:
			g_string_append(e, "&#13;");
			break;
		}
	}
	if (e->len > 0 && xmlTextWriterWriteRaw(x->w, BAD_CAST e->str) < 0)
		x->err = 1;
	g_string_free(e, TRUE);
	free(c);
}

void
ep_xw_end(struct ep_xw *x)
{
	if (xmlTextWriterEndElement(x->w) < 0)
		x->err = 1;
}

void
ep_xw_nl(struct ep_xw *x)
{
	if (xmlTextWriterWriteString(x->w, BAD_CAST "\n") < 0)
		x->err = 1;
}

void
ep_xw_elem(struct ep_xw *x, const char *elem, const char *text)
{
	ep_xw_start(x, elem);
	ep_xw_text(x, text);
	ep_xw_end(x);
}

void
ep_xhtml_head(struct ep_book *b, struct ep_xw *x, const char *title,
    const char *bodytype)
{
	if (xmlTextWriterWriteDTD(x->w, BAD_CAST "html", NULL, NULL,
	    NULL) < 0)
		x->err = 1;
	ep_xw_nl(x);
	x->classes = b->classes;
	ep_xw_start(x, "html");
	ep_xw_attr(x, "xmlns", NS_XHTML);
	ep_xw_attr(x, "xmlns:epub", NS_EPUB);
	x->epub_decl = 1;
	ep_xw_attr(x, "lang", b->lang);
	ep_xw_attr(x, "xml:lang", b->lang);
	ep_xw_nl(x);
	ep_xw_start(x, "head");
	ep_xw_nl(x);
	ep_xw_start(x, "meta");
	ep_xw_attr(x, "charset", "utf-8");
	ep_xw_end(x);
	ep_xw_nl(x);
	ep_xw_elem(x, "title", title != NULL && *title != '\0' ? title :
	    b->title);
	ep_xw_nl(x);
	ep_xw_start(x, "link");
	ep_xw_attr(x, "rel", "stylesheet");
	ep_xw_attr(x, "type", "text/css");
	ep_xw_attr(x, "href", "../css/jikji.css");
	ep_xw_end(x);
	ep_xw_nl(x);
	ep_xw_end(x);		/* head */
	ep_xw_nl(x);
	ep_xw_start(x, "body");
	if (bodytype != NULL)
		ep_xw_attr(x, "epub:type", bodytype);
	ep_xw_nl(x);
}

void
ep_xhtml_foot(struct ep_xw *x)
{
	ep_xw_end(x);		/* body */
	ep_xw_nl(x);
	ep_xw_end(x);		/* html */
	ep_xw_nl(x);
}

/* === ids =============================================================== */

/*
 * A fresh xhtml id: base, or base-2, base-3 ... (malloc'd).  The next
 * suffix to try is kept per base, so that many nodes wanting one id
 * (page breaks with one folio) do not retry every taken suffix.
 */
static char *
fresh_id(struct ep_book *b, const char *base)
{
	char	*id = jk_xstrdup(base);
	int	 k;

	k = GPOINTER_TO_INT(g_hash_table_lookup(b->suffix, base));
	if (k < 1)
		k = 1;
	while (g_hash_table_contains(b->used, id)) {
		JK_WORK(1);
		free(id);
		id = jk_xasprintf("%s-%d", base, ++k);
	}
	if (k > 1)
		g_hash_table_insert(b->suffix, g_strdup(base),
		    GINT_TO_POINTER(k));
	g_hash_table_add(b->used, g_strdup(id));
	return id;
}

static void
set_id(struct ep_book *b, const struct jk_node *n, const char *base,
    const char *file)
{
	char	*id = fresh_id(b, base);

	g_hash_table_insert(b->idfile, g_strdup(id), g_strdup(file));
	/* Note references may point at footnotes only. */
	if (n->id != NULL && n->type == JK_NODE_FOOTNOTE &&
	    !g_hash_table_contains(b->treeid, n->id))
		g_hash_table_insert(b->treeid, g_strdup(n->id), g_strdup(id));
	g_hash_table_insert(b->nodeid, (gpointer)n, g_strdup(id));
	free(id);
}

static const char *
node_id(const struct ep_book *b, const struct jk_node *n)
{
	return g_hash_table_lookup(b->nodeid, n);
}

void
ep_xhtml_index(struct ep_book *b)
{
	struct jk_iter	 it;
	struct jk_node	*n;
	size_t		 i;
	int		 k;
	char		*base, *id, *ref, *folio;
	const char	*fn;

	for (i = 0; i < b->nparts; i++) {
		struct ep_part *p = &b->parts[i];
		char *pfx = jk_xstrndup(p->file, strlen(p->file) - 6);

		k = 0;
		jk_iter_init(&it, (struct jk_node *)p->node);
		while (jk_iter_next(&it) != JK_EV_DONE) {
			if (it.ev != JK_EV_ENTER)
				continue;
			n = jk_iter_node(&it);
			k++;
			switch (n->type) {
			case JK_NODE_ARTICLE:
			case JK_NODE_ADVERT:
			case JK_NODE_HEADING:
			case JK_NODE_FOOTNOTE:
			case JK_NODE_FIGURE:
			case JK_NODE_TABLE:
				if (n->id != NULL && *n->id != '\0')
					base = ep_xml_id(g_ascii_isalpha(
					    *n->id) ? "" : "id-", n->id);
				else if (n == p->node)
					base = jk_xstrdup(pfx);
				else if (n->type == JK_NODE_HEADING ||
				    n->type == JK_NODE_FOOTNOTE)
					base = jk_xasprintf("%s-%c%d", pfx,
					    n->type == JK_NODE_HEADING ? 'h' :
					    'n', k);
				else
					break;
				set_id(b, n, base, p->file);
				free(base);
				break;
			case JK_NODE_PAGEBREAK:
				/* A break without a folio is named by its
				 * place in the book. */
				folio = n->label != NULL && *n->label != '\0' ?
				    ep_xml_clean(n->label) : NULL;
				if (folio == NULL || *folio == '\0') {
					free(folio);
					folio = jk_xasprintf("%zu",
					    b->npages + 1);
				}
				base = ep_xml_id("page-", folio);
				set_id(b, n, base, p->file);
				free(base);
				g_hash_table_insert(b->folio, (gpointer)n,
				    g_strdup(folio));
				b->pages = jk_xreallocarray(b->pages,
				    b->npages + 1, sizeof(*b->pages));
				b->pages[b->npages].folio = folio;
				b->pages[b->npages].href = jk_xasprintf(
				    "%s#%s", p->file, node_id(b, n));
				b->npages++;
				break;
			default:
				break;
			}
		}
		free(pfx);
	}

	/* Note references, once every target is known. */
	for (i = 0; i < b->nparts; i++) {
		jk_iter_init(&it, (struct jk_node *)b->parts[i].node);
		while (jk_iter_next(&it) != JK_EV_DONE) {
			n = jk_iter_node(&it);
			if (it.ev != JK_EV_ENTER || n->type != JK_NODE_NOTEREF ||
			    n->id == NULL ||
			    (id = g_hash_table_lookup(b->treeid, n->id)) ==
			    NULL)
				continue;
			base = jk_xasprintf("ref-%s", id);
			set_id(b, n, base, b->parts[i].file);
			free(base);
			ref = (char *)node_id(b, n);
			if (!g_hash_table_contains(b->backref, id)) {
				fn = g_hash_table_lookup(b->idfile, id);
				g_hash_table_insert(b->backref, g_strdup(id),
				    fn != NULL && strcmp(fn,
				    b->parts[i].file) != 0 ?
				    g_strdup_printf("%s#%s",
				    b->parts[i].file, ref) :
				    g_strdup_printf("#%s", ref));
			}
		}
	}
}

/* href for a link from file to a tree id, or NULL if no such target. */
static char *
target_href(struct ep_book *b, const char *file, const char *tid)
{
	const char	*id, *f;

	if (tid == NULL || (id = g_hash_table_lookup(b->treeid, tid)) == NULL)
		return NULL;
	f = g_hash_table_lookup(b->idfile, id);
	if (f == NULL || strcmp(f, file) == 0)
		return jk_xasprintf("#%s", id);
	return jk_xasprintf("%s#%s", f, id);
}

/* === content =========================================================== */

struct ctx {
	struct ep_book		*b;
	struct ep_xw		*x;
	const struct ep_part	*part;
	GHashTable		*regions;	/* region names given in the
						 * document (name -> count) */
};

static void	blocks(struct ctx *, const struct jk_node *first);
static void	block(struct ctx *, const struct jk_node *);

static void
inlines(struct ctx *c, const struct jk_node *n)
{
	const struct jk_node	*k;
	char			*href;
	const char		*id;

	for (k = n->first; k != NULL; k = k->next) {
		switch (k->type) {
		case JK_NODE_TEXT:
			ep_xw_text(c->x, k->text);
			break;
		case JK_NODE_EMPH:
			ep_xw_start(c->x, "em");
			inlines(c, k);
			ep_xw_end(c->x);
			break;
		case JK_NODE_BREAK:
			ep_xw_start(c->x, "br");
			ep_xw_end(c->x);
			break;
		case JK_NODE_NOTEREF:
			href = target_href(c->b, c->part->file, k->id);
			id = node_id(c->b, k);
			if (href == NULL || id == NULL) {
				ep_xw_text(c->x, k->label);
				free(href);
				break;
			}
			ep_xw_start(c->x, "a");
			ep_xw_attr(c->x, "id", id);
			ep_xw_attr(c->x, "class", "noteref");
			ep_xw_attr(c->x, "epub:type", "noteref");
			ep_xw_attr(c->x, "role", "doc-noteref");
			ep_xw_attr(c->x, "href", href);
			ep_xw_text(c->x, k->label != NULL && *k->label != '\0' ?
			    k->label : "*");
			ep_xw_end(c->x);
			free(href);
			break;
		default:
			/* Not inline: keep its text rather than lose it. */
			if (k->text != NULL)
				ep_xw_text(c->x, k->text);
			inlines(c, k);
			break;
		}
	}
}

static void
inline_elem(struct ctx *c, const char *elem, const char *cls,
    const struct jk_node *n)
{
	ep_xw_start(c->x, elem);
	if (cls != NULL)
		ep_xw_attr(c->x, "class", cls);
	inlines(c, n);
	ep_xw_end(c->x);
	ep_xw_nl(c->x);
}

static void
start_with_id(struct ctx *c, const char *elem, const struct jk_node *n,
    const char *cls)
{
	const char	*id = node_id(c->b, n);

	ep_xw_start(c->x, elem);
	if (id != NULL)
		ep_xw_attr(c->x, "id", id);
	if (cls != NULL)
		ep_xw_attr(c->x, "class", cls);
}

static void
cell(struct ctx *c, const struct jk_node *n, int headrow)
{
	char	 num[16];
	int	 th = (n->flags & JK_F_HEADER) || headrow;

	ep_xw_start(c->x, th ? "th" : "td");
	if (th)
		ep_xw_attr(c->x, "scope", headrow ? "col" : "row");
	if (n->colspan > 1) {
		snprintf(num, sizeof(num), "%d", n->colspan);
		ep_xw_attr(c->x, "colspan", num);
	}
	if (n->rowspan > 1) {
		snprintf(num, sizeof(num), "%d", n->rowspan);
		ep_xw_attr(c->x, "rowspan", num);
	}
	if (n->flags & JK_F_NUMERIC)
		ep_xw_attr(c->x, "class", "num");
	inlines(c, n);
	if (xmlTextWriterFullEndElement(c->x->w) < 0)
		c->x->err = 1;
}

static int
row_is_header(const struct jk_node *r)
{
	const struct jk_node	*k;

	if (r->flags & JK_F_HEADER)
		return 1;
	for (k = r->first; k != NULL; k = k->next)
		if (!(k->flags & JK_F_HEADER))
			return 0;
	return r->first != NULL;
}

/*
 * The name of a table's scrolling region, unique in its document: its
 * figure's label and caption, else the words of its first row; a name
 * given before gets " (2)", " (3)" ... (malloc'd).
 */
static char *
table_name(struct ctx *c, const struct jk_node *n)
{
	const struct jk_node	*f = n->parent, *k;
	GString			*g = g_string_new(NULL);
	char			*t;
	int			 seen, i;

	if (f != NULL && f->type == JK_NODE_FIGURE) {
		if (f->label != NULL)
			g_string_append(g, f->label);
		t = ep_plain(jk_node_child(f, JK_NODE_CAPTION));
		g_string_append_printf(g, " %s", t);
		free(t);
	}
	g_strstrip(g->str);
	g_string_set_size(g, strlen(g->str));
	if (g->len == 0) {
		g_string_append(g, EP_TABLE_LABEL);
		for (k = n->first != NULL ? n->first->first : NULL, i = 0;
		    k != NULL && i < 3; k = k->next, i++) {
			t = ep_plain(k);
			g_string_append_printf(g, "%s%s", i ? ", " : ": ", t);
			free(t);
		}
	}
	seen = GPOINTER_TO_INT(g_hash_table_lookup(c->regions, g->str));
	g_hash_table_insert(c->regions, g_strdup(g->str),
	    GINT_TO_POINTER(seen + 1));
	if (seen > 0)
		g_string_append_printf(g, " (%d)", seen + 1);
	t = ep_xml_clean(g->str);
	g_string_free(g, TRUE);
	return t;
}

/*
 * A table sits in a region that scrolls sideways when the table is
 * wider than the screen (reading systems keep overflow inside such a
 * box instead of printing over the next page); the region can take the
 * keyboard focus so that it can be scrolled without a pointer.
 */
static void
table(struct ctx *c, const struct jk_node *n)
{
	const struct jk_node	*r, *k;
	char			*name = table_name(c, n);

	ep_xw_start(c->x, "div");
	ep_xw_attr(c->x, "class", "table-wrap");
	ep_xw_attr(c->x, "role", "region");
	ep_xw_attr(c->x, "tabindex", "0");
	ep_xw_attr(c->x, "aria-label", name);
	free(name);
	ep_xw_nl(c->x);
	start_with_id(c, "table", n, "table");
	ep_xw_nl(c->x);
	r = n->first;
	if (r != NULL && row_is_header(r)) {
		ep_xw_start(c->x, "thead");
		ep_xw_nl(c->x);
		for (; r != NULL && row_is_header(r); r = r->next) {
			ep_xw_start(c->x, "tr");
			for (k = r->first; k != NULL; k = k->next)
				cell(c, k, 1);
			ep_xw_end(c->x);
			ep_xw_nl(c->x);
		}
		ep_xw_end(c->x);
		ep_xw_nl(c->x);
	}
	if (r != NULL) {
		ep_xw_start(c->x, "tbody");
		ep_xw_nl(c->x);
		for (; r != NULL; r = r->next) {
			if (r->type != JK_NODE_ROW)
				continue;
			ep_xw_start(c->x, "tr");
			for (k = r->first; k != NULL; k = k->next)
				cell(c, k, 0);
			ep_xw_end(c->x);
			ep_xw_nl(c->x);
		}
		ep_xw_end(c->x);
		ep_xw_nl(c->x);
	}
	ep_xw_end(c->x);	/* table */
	ep_xw_nl(c->x);
	ep_xw_end(c->x);	/* div */
	ep_xw_nl(c->x);
}

static void
pre(struct ctx *c, const struct jk_node *n)
{
	ep_xw_start(c->x, "pre");
	ep_xw_text(c->x, n->text);
	ep_xw_end(c->x);
	ep_xw_nl(c->x);
}

/*
 * A figure of the print issue: its picture is not in the text, so the
 * figure is its caption and source.  Chart text the converter recovered
 * is there for a reader who asks (<details>), out of the flow; a table
 * recovered from the figure is the figure's content.
 */
static void
figure(struct ctx *c, const struct jk_node *n)
{
	const struct jk_node	*cap, *k;

	start_with_id(c, "figure", n, "figure");
	ep_xw_nl(c->x);
	cap = jk_node_child(n, JK_NODE_CAPTION);
	if (cap != NULL || (n->label != NULL && *n->label != '\0')) {
		ep_xw_start(c->x, "figcaption");
		if (n->label != NULL && *n->label != '\0') {
			ep_xw_start(c->x, "span");
			ep_xw_attr(c->x, "class", "label");
			ep_xw_text(c->x, n->label);
			ep_xw_end(c->x);
			if (cap != NULL)
				ep_xw_text(c->x, " ");
		}
		if (cap != NULL)
			inlines(c, cap);
		ep_xw_end(c->x);
		ep_xw_nl(c->x);
	}
	for (k = n->first; k != NULL; k = k->next) {
		switch (k->type) {
		case JK_NODE_SOURCE:
			inline_elem(c, "p", "source", k);
			break;
		case JK_NODE_TABLE:
			table(c, k);
			break;
		case JK_NODE_PRE:
			ep_xw_start(c->x, "details");
			ep_xw_attr(c->x, "class", "chart-data");
			ep_xw_elem(c->x, "summary", EP_CHART_DATA);
			ep_xw_nl(c->x);
			pre(c, k);
			ep_xw_end(c->x);
			ep_xw_nl(c->x);
			break;
		default:
			break;
		}
	}
	ep_xw_end(c->x);
	ep_xw_nl(c->x);
}

static void
footnote(struct ctx *c, const struct jk_node *n)
{
	const struct jk_node	*k;
	const char		*id = node_id(c->b, n), *back;
	const char		*label = n->label != NULL && *n->label != '\0' ?
				    n->label : "*";
	int			 first = 1;

	back = id != NULL ? g_hash_table_lookup(c->b->backref, id) : NULL;
	start_with_id(c, "aside", n, "footnote");
	ep_xw_attr(c->x, "epub:type", "footnote");
	ep_xw_attr(c->x, "role", "doc-footnote");
	ep_xw_nl(c->x);
	for (k = n->first; k != NULL; k = k->next) {
		if (k->type != JK_NODE_PARA) {
			block(c, k);
			continue;
		}
		ep_xw_start(c->x, "p");
		if (first) {
			if (back != NULL) {
				ep_xw_start(c->x, "a");
				ep_xw_attr(c->x, "class", "note-label");
				ep_xw_attr(c->x, "role", "doc-backlink");
				ep_xw_attr(c->x, "href", back);
				ep_xw_attr(c->x, "title", EP_BACKLINK_LABEL);
			} else {
				ep_xw_start(c->x, "span");
				ep_xw_attr(c->x, "class", "note-label");
			}
			ep_xw_text(c->x, label);
			ep_xw_end(c->x);
			ep_xw_text(c->x, " ");
			first = 0;
		}
		inlines(c, k);
		ep_xw_end(c->x);
		ep_xw_nl(c->x);
	}
	ep_xw_end(c->x);
	ep_xw_nl(c->x);
}

static void
list(struct ctx *c, const struct jk_node *n)
{
	const struct jk_node	*k;

	ep_xw_start(c->x, (n->flags & JK_F_ORDERED) ? "ol" : "ul");
	ep_xw_attr(c->x, "class", "list");
	ep_xw_nl(c->x);
	for (k = n->first; k != NULL; k = k->next) {
		ep_xw_start(c->x, "li");
		if (k->label != NULL && *k->label != '\0') {
			ep_xw_start(c->x, "span");
			ep_xw_attr(c->x, "class", "marker");
			ep_xw_text(c->x, k->label);
			ep_xw_end(c->x);
			ep_xw_text(c->x, " ");
		}
		inlines(c, k);
		ep_xw_end(c->x);
		ep_xw_nl(c->x);
	}
	ep_xw_end(c->x);
	ep_xw_nl(c->x);
}

/* Consecutive BYLINE nodes from n as one section; returns the last. */
static const struct jk_node *
bylines(struct ctx *c, const struct jk_node *n)
{
	const struct jk_node	*k, *last = n;

	ep_xw_start(c->x, "section");
	ep_xw_attr(c->x, "class", "byline");
	ep_xw_attr(c->x, "aria-label", EP_BYLINE_LABEL);
	ep_xw_nl(c->x);
	for (; n != NULL && n->type == JK_NODE_BYLINE; n = n->next) {
		last = n;
		ep_xw_start(c->x, "div");
		ep_xw_nl(c->x);
		for (k = n->first; k != NULL; k = k->next) {
			switch (k->type) {
			case JK_NODE_NAME:
				inline_elem(c, "p", "name", k);
				break;
			case JK_NODE_ROLE:
				inline_elem(c, "p", "role", k);
				break;
			case JK_NODE_BIO:
				inline_elem(c, "p", "bio", k);
				break;
			default:
				break;
			}
		}
		ep_xw_end(c->x);
		ep_xw_nl(c->x);
	}
	ep_xw_end(c->x);
	ep_xw_nl(c->x);
	return last;
}

/* SERIES, SERIESDESC, TITLE, SUBTITLE from n as one header; returns the
 * last. */
static const struct jk_node *
header(struct ctx *c, const struct jk_node *n)
{
	const struct jk_node	*last = n;

	ep_xw_start(c->x, "header");
	ep_xw_nl(c->x);
	for (; n != NULL; n = n->next) {
		if (n->type == JK_NODE_SERIES)
			inline_elem(c, "p", "series", n);
		else if (n->type == JK_NODE_SERIESDESC)
			inline_elem(c, "p", "series-desc", n);
		else if (n->type == JK_NODE_TITLE)
			inline_elem(c, "h1", NULL, n);
		else if (n->type == JK_NODE_SUBTITLE) {
			ep_xw_start(c->x, "p");
			ep_xw_attr(c->x, "class", "subtitle");
			ep_xw_attr(c->x, "role", "doc-subtitle");
			inlines(c, n);
			ep_xw_end(c->x);
			ep_xw_nl(c->x);
		} else
			break;
		last = n;
	}
	ep_xw_end(c->x);
	ep_xw_nl(c->x);
	return last;
}

/* <elem class="cls"> holding the blocks of n. */
static void
wrapped_blocks(struct ctx *c, const char *elem, const char *cls,
    const struct jk_node *n)
{
	ep_xw_start(c->x, elem);
	ep_xw_attr(c->x, "class", cls);
	ep_xw_nl(c->x);
	blocks(c, n->first);
	ep_xw_end(c->x);
	ep_xw_nl(c->x);
}

static void
block(struct ctx *c, const struct jk_node *n)
{
	const struct jk_node	*t;
	char			 h[4];
	const char		*id;

	switch (n->type) {
	case JK_NODE_HEADING:
		snprintf(h, sizeof(h), "h%d", n->level < 1 ? 2 :
		    n->level > 3 ? 4 : n->level + 1);
		start_with_id(c, h, n, NULL);
		inlines(c, n);
		ep_xw_end(c->x);
		ep_xw_nl(c->x);
		break;
	case JK_NODE_PARA:
		inline_elem(c, "p", NULL, n);
		break;
	case JK_NODE_DECK:
		wrapped_blocks(c, "div", "deck", n);
		break;
	case JK_NODE_QUOTE:
		wrapped_blocks(c, "blockquote", "quote", n);
		break;
	case JK_NODE_SIDEBAR:
		ep_xw_start(c->x, "aside");
		ep_xw_attr(c->x, "class", "sidebar");
		t = jk_node_child(n, JK_NODE_TITLE);
		if (t == NULL && n->label != NULL && *n->label != '\0')
			ep_xw_attr(c->x, "aria-label", n->label);
		ep_xw_nl(c->x);
		for (t = n->first; t != NULL; t = t->next) {
			if (t->type == JK_NODE_TITLE)
				inline_elem(c, "p", "sidebar-title", t);
			else
				block(c, t);
		}
		ep_xw_end(c->x);
		ep_xw_nl(c->x);
		break;
	case JK_NODE_LIST:
		list(c, n);
		break;
	case JK_NODE_TABLE:
		table(c, n);
		break;
	case JK_NODE_FIGURE:
		figure(c, n);
		break;
	case JK_NODE_FOOTNOTE:
		footnote(c, n);
		break;
	case JK_NODE_PRE:
		pre(c, n);
		break;
	case JK_NODE_PAGEBREAK:
		if ((id = node_id(c->b, n)) == NULL)
			break;
		ep_xw_start(c->x, "span");
		ep_xw_attr(c->x, "epub:type", "pagebreak");
		ep_xw_attr(c->x, "role", "doc-pagebreak");
		ep_xw_attr(c->x, "id", id);
		ep_xw_attr(c->x, "aria-label",
		    g_hash_table_lookup(c->b->folio, n));
		ep_xw_end(c->x);
		ep_xw_nl(c->x);
		break;
	case JK_NODE_SERIES:
	case JK_NODE_SERIESDESC:
	case JK_NODE_TITLE:
	case JK_NODE_SUBTITLE:
		header(c, n);
		break;
	case JK_NODE_BYLINE:
		bylines(c, n);
		break;
	case JK_NODE_CAPTION:
	case JK_NODE_SOURCE:
	case JK_NODE_NAME:
	case JK_NODE_ROLE:
	case JK_NODE_BIO:
	case JK_NODE_ITEM:
	case JK_NODE_CELL:
		inline_elem(c, "p", NULL, n);
		break;
	case JK_NODE_TEXT:
	case JK_NODE_EMPH:
	case JK_NODE_NOTEREF:
		ep_xw_start(c->x, "p");
		if (n->type == JK_NODE_TEXT)
			ep_xw_text(c->x, n->text);
		else
			inlines(c, n);
		ep_xw_end(c->x);
		ep_xw_nl(c->x);
		break;
	default:
		break;
	}
}

/* Blocks from first to the end of its siblings (runs of header and
 * byline nodes are grouped). */
static void
blocks(struct ctx *c, const struct jk_node *first)
{
	const struct jk_node	*n;

	for (n = first; n != NULL; n = n->next) {
		switch (n->type) {
		case JK_NODE_SERIES:
		case JK_NODE_SERIESDESC:
		case JK_NODE_TITLE:
		case JK_NODE_SUBTITLE:
			n = header(c, n);
			break;
		case JK_NODE_BYLINE:
			n = bylines(c, n);
			break;
		default:
			block(c, n);
			break;
		}
	}
}

int
ep_xhtml_part(struct ep_book *b, const struct ep_part *p, char **data,
    size_t *len)
{
	struct ep_xw	 x;
	struct ctx	 c;
	const char	*id;

	if (ep_xw_open(&x) < 0)
		return -1;
	c.b = b;
	c.x = &x;
	c.part = p;
	c.regions = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	ep_xhtml_head(b, &x, p->title, p->advert ? NULL : "bodymatter");
	id = node_id(b, p->node);
	ep_xw_start(&x, "section");
	if (id != NULL)
		ep_xw_attr(&x, "id", id);
	if (p->advert) {
		ep_xw_attr(&x, "class", "advert");
		ep_xw_attr(&x, "aria-label", p->title);
	} else {
		ep_xw_attr(&x, "epub:type", "chapter");
		ep_xw_attr(&x, "role", "doc-chapter");
		if (jk_node_child(p->node, JK_NODE_TITLE) == NULL)
			ep_xw_attr(&x, "aria-label", p->title);
	}
	ep_xw_nl(&x);
	blocks(&c, p->node->first);
	g_hash_table_destroy(c.regions);
	ep_xw_end(&x);
	ep_xw_nl(&x);
	ep_xhtml_foot(&x);
	return ep_xw_close(&x, data, len);
}

/* === cover and licence pages =========================================== */

/* "title 제N권 제M호 YYYY년 M월" style line of the issue. */
static char *
issue_line(struct ep_book *b)
{
	GString		*s = g_string_new(NULL);
	const char	*v;
	int		 y, m;

	if ((v = ep_meta(b, "volume")) != NULL)
		g_string_append_printf(s, "제%s권", v);
	if ((v = ep_meta(b, "issue")) != NULL)
		g_string_append_printf(s, "%s제%s호", s->len ? " " : "", v);
	if ((v = ep_meta(b, "date")) != NULL) {
		if (sscanf(v, "%4d-%2d", &y, &m) == 2)
			g_string_append_printf(s, "%s%d년 %d월",
			    s->len ? " " : "", y, m);
		else
			g_string_append_printf(s, "%s%s", s->len ? " " : "",
			    v);
	}
	return g_string_free(s, FALSE);
}

char *
ep_issue_line(struct ep_book *b)
{
	char	*g = issue_line(b), *s = ep_xml_clean(g);

	g_free(g);
	return s;
}

int
ep_xhtml_cover(struct ep_book *b, char **data, size_t *len)
{
	struct ep_xw	 x;
	char		*line, *alt;

	if (ep_xw_open(&x) < 0)
		return -1;
	line = ep_issue_line(b);
	ep_xhtml_head(b, &x, EP_COVER_TITLE, "cover");
	ep_xw_start(&x, "section");
	ep_xw_attr(&x, "class", "cover");
	ep_xw_attr(&x, "aria-label", EP_COVER_TITLE);
	ep_xw_nl(&x);
	if (b->has_cover) {
		alt = *line != '\0' ? jk_xasprintf("%s %s %s", EP_COVER_TITLE,
		    b->title, line) : jk_xasprintf("%s %s", EP_COVER_TITLE,
		    b->title);
		ep_xw_start(&x, "img");
		ep_xw_attr(&x, "src", "../images/cover.png");
		ep_xw_attr(&x, "alt", alt);
		ep_xw_attr(&x, "role", "doc-cover");
		ep_xw_end(&x);
		ep_xw_nl(&x);
		free(alt);
	} else {
		ep_xw_elem(&x, "h1", b->title);
		ep_xw_nl(&x);
		if (*line != '\0') {
			ep_xw_elem(&x, "p", line);
			ep_xw_nl(&x);
		}
	}
	ep_xw_end(&x);
	ep_xw_nl(&x);
	ep_xhtml_foot(&x);
	free(line);
	return ep_xw_close(&x, data, len);
}

int
ep_xhtml_licence(struct ep_book *b, char **data, size_t *len)
{
	struct ep_xw	 x;
	size_t		 i;
	int		 first;

	if (ep_xw_open(&x) < 0)
		return -1;
	ep_xhtml_head(b, &x, EP_LICENCE_TITLE, "backmatter");
	ep_xw_start(&x, "section");
	ep_xw_attr(&x, "class", "licence");
	ep_xw_attr(&x, "epub:type", "appendix");
	ep_xw_attr(&x, "role", "doc-appendix");
	ep_xw_nl(&x);
	ep_xw_elem(&x, "h1", EP_LICENCE_TITLE);
	ep_xw_nl(&x);
	ep_xw_start(&x, "p");
	ep_xw_text(&x, EP_LICENCE_TEXT);
	for (i = 0, first = 1; i < b->nfaces; i++) {
		if (b->faces[i].file == NULL)
			continue;
		if (!first)
			ep_xw_text(&x, ", ");
		ep_xw_text(&x, b->faces[i].family);
		ep_xw_text(&x, b->faces[i].bold ? " Bold" : " Regular");
		first = 0;
	}
	ep_xw_text(&x, EP_LICENCE_TEXT2);
	ep_xw_end(&x);
	ep_xw_nl(&x);
	ep_xw_start(&x, "pre");
	ep_xw_attr(&x, "lang", "en");
	ep_xw_attr(&x, "xml:lang", "en");
	ep_xw_text(&x, b->licence);
	ep_xw_end(&x);
	ep_xw_nl(&x);
	ep_xw_end(&x);
	ep_xw_nl(&x);
	ep_xhtml_foot(&x);
	return ep_xw_close(&x, data, len);
}
