/*
 * xml.c -- the tree's XML form (namespace urn:jikji:tree:1).
 *
 * Writing walks the tree without recursion and lets libxml2's
 * xmlTextWriter do all escaping.  Block elements go one per line,
 * indented two spaces per level; the content of inline containers
 * (text, em, noteref, br) is written exactly as it is in the tree.
 *
 * Reading parses with libxml2 (no DTD, no entity substitution, no
 * network; a document type declaration stops the parse at once, so an
 * input can never make jikji open another file), checks the rules of
 * jikji-tree.rng in one linear pass (xmlcheck.c; the RELAX NG schema
 * compiled into the library, schema.c, is kept for the tests that hold
 * both to the same verdicts), checks ids and footnote references, then
 * builds the tree with the tree API.  Every error becomes a JK_M_XML message
 * carrying the XML line.
 *
 * The attribute names of each element are documented in jikji-tree.rng.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>

#include "xml-int.h"

#define JK_XML_NS	"urn:jikji:tree:1"
#define INDENT_MAX	32	/* deeper blocks are indented as this level */
#define MSG_MAX		20	/* XML errors reported per document */
#define XML_DEPTH_MAX	256	/* libxml2's nesting limit without
				 * XML_PARSE_HUGE */

/* What an element holds. */
enum content {
	C_BLOCK,	/* elements only, written indented */
	C_INLINE,	/* text mixed with inline elements, written exactly */
	C_TEXT,		/* node->text as character data (meta, pre) */
	C_LABEL,	/* node->label as character data (noteref) */
	C_EMPTY,	/* nothing (pagebreak, br) */
	C_CHARS		/* a TEXT node: character data, no element */
};

struct espec {
	enum content	 content;
	const char	*label;		/* attribute holding node->label */
	int		 has_id;	/* node->id written as "id" */
};

static const struct espec specs[JK_NTYPE__MAX] = {
	[JK_NODE_ISSUE] =	{ C_BLOCK, NULL, 0 },
	[JK_NODE_META] =	{ C_TEXT, "name", 0 },
	[JK_NODE_ARTICLE] =	{ C_BLOCK, "section", 1 },
	[JK_NODE_ADVERT] =	{ C_BLOCK, "section", 1 },
	[JK_NODE_SERIES] =	{ C_INLINE, NULL, 0 },
	[JK_NODE_SERIESDESC] =	{ C_INLINE, NULL, 0 },
	[JK_NODE_TITLE] =	{ C_INLINE, NULL, 0 },
	[JK_NODE_SUBTITLE] =	{ C_INLINE, NULL, 0 },
	[JK_NODE_BYLINE] =	{ C_BLOCK, NULL, 0 },
	[JK_NODE_NAME] =	{ C_INLINE, NULL, 0 },
	[JK_NODE_ROLE] =	{ C_INLINE, NULL, 0 },
	[JK_NODE_BIO] =		{ C_INLINE, NULL, 0 },
	[JK_NODE_DECK] =	{ C_BLOCK, NULL, 0 },
	[JK_NODE_HEADING] =	{ C_INLINE, NULL, 1 },
	[JK_NODE_PARA] =	{ C_INLINE, NULL, 0 },
	[JK_NODE_LIST] =	{ C_BLOCK, NULL, 0 },
	[JK_NODE_ITEM] =	{ C_INLINE, "marker", 0 },
	[JK_NODE_TABLE] =	{ C_BLOCK, NULL, 1 },
	[JK_NODE_ROW] =		{ C_BLOCK, NULL, 0 },
	[JK_NODE_CELL] =	{ C_INLINE, NULL, 0 },
	[JK_NODE_FIGURE] =	{ C_BLOCK, "label", 1 },
	[JK_NODE_CAPTION] =	{ C_INLINE, NULL, 0 },
	[JK_NODE_SOURCE] =	{ C_INLINE, NULL, 0 },
	[JK_NODE_FOOTNOTE] =	{ C_BLOCK, "label", 1 },
	[JK_NODE_SIDEBAR] =	{ C_BLOCK, "kind", 0 },
	[JK_NODE_QUOTE] =	{ C_BLOCK, NULL, 0 },
	[JK_NODE_PRE] =		{ C_TEXT, NULL, 0 },
	[JK_NODE_PAGEBREAK] =	{ C_EMPTY, "folio", 0 },
	[JK_NODE_TEXT] =	{ C_CHARS, NULL, 0 },
	[JK_NODE_EMPH] =	{ C_INLINE, NULL, 0 },
	[JK_NODE_NOTEREF] =	{ C_LABEL, NULL, 0 },
	[JK_NODE_BREAK] =	{ C_EMPTY, NULL, 0 },
};

static int
valid_type(int t)
{
	return t >= 0 && t < JK_NTYPE__MAX;
}

/* === writing ============================================================ */

struct writer {
	xmlTextWriterPtr w;
	int		 err;		/* a libxml2 call failed */
	int		 exact;		/* depth of the outermost inline
					 * container being written, or -1 */
	struct jk_buf	 clean;		/* scratch for xml_clean() */
	char		 indent[1 + 2 * INDENT_MAX + 1];
};

static int
xml_char_ok(gunichar c)
{
	return c == 0x9 || c == 0xA || c == 0xD ||
	    (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
	    (c >= 0x10000 && c <= 0x10FFFF);
}

/*
 * s as XML can carry it: invalid UTF-8 and characters XML 1.0 forbids
 * (C0 controls, U+FFFE, U+FFFF) become U+FFFD, so the output is always
 * well-formed.  Returns s itself when it is clean (the common case).
 */
static const char *
xml_clean(struct jk_buf *b, const char *s)
{
	const char	*p = s, *q;
	gunichar	 c;
	int		 dirty = 0;

	jk_buf_reset(b);
	while (*p != '\0') {
		if ((unsigned char)*p < 0x80) {
			c = (unsigned char)*p;
			q = p + 1;
		} else {
			c = g_utf8_get_char_validated(p, -1);
			q = c < 0x110000 ? g_utf8_next_char(p) : p + 1;
		}
		if (c >= 0x110000 || !xml_char_ok(c)) {
			if (!dirty)
				jk_buf_add(b, s, (size_t)(p - s));
			dirty = 1;
			jk_buf_puts(b, "\xEF\xBF\xBD");
		} else if (dirty)
			jk_buf_add(b, p, (size_t)(q - p));
		p = q;
	}
	return dirty ? b->data : s;
}

static void
w_check(struct writer *wr, int rc)
{
	if (rc < 0)
		wr->err = 1;
}

static void
w_text(struct writer *wr, const char *s)
{
	if (s != NULL && *s != '\0')
		w_check(wr, xmlTextWriterWriteString(wr->w,
		    BAD_CAST xml_clean(&wr->clean, s)));
}

static void
w_attr(struct writer *wr, const char *name, const char *val)
{
	if (val != NULL)
		w_check(wr, xmlTextWriterWriteAttribute(wr->w, BAD_CAST name,
		    BAD_CAST xml_clean(&wr->clean, val)));
}

static void
w_int(struct writer *wr, const char *name, int val)
{
	w_check(wr, xmlTextWriterWriteFormatAttribute(wr->w, BAD_CAST name,
	    "%d", val));
}

/* A newline and the indentation of depth (capped at INDENT_MAX). */
static void
w_newline(struct writer *wr, int depth)
{
	size_t	 end = 1 + 2 * (size_t)(depth < 0 ? 0 :
		    depth > INDENT_MAX ? INDENT_MAX : depth);
	char	 c = wr->indent[end];

	wr->indent[end] = '\0';
	w_check(wr, xmlTextWriterWriteString(wr->w, BAD_CAST wr->indent));
	wr->indent[end] = c;
}

static enum content
content_of(const struct jk_node *n)
{
	return valid_type(n->type) ? specs[n->type].content : C_EMPTY;
}

/* Does the walk go into this node's children? */
static int
descends(const struct jk_node *n)
{
	enum content c = content_of(n);

	return (c == C_BLOCK || c == C_INLINE) && n->first != NULL;
}

static void
w_attrs(struct writer *wr, const struct jk_node *n)
{
	const struct espec *sp = &specs[n->type];

	if (sp->has_id)
		w_attr(wr, "id", n->id);
	if (sp->label != NULL)
		w_attr(wr, sp->label, n->type == JK_NODE_META &&
		    n->label == NULL ? "" : n->label);
	switch (n->type) {
	case JK_NODE_HEADING:
		w_int(wr, "level", n->level);
		break;
	case JK_NODE_LIST:
		if (n->flags & JK_F_ORDERED)
			w_attr(wr, "ordered", "yes");
		break;
	case JK_NODE_ROW:
		if (n->flags & JK_F_HEADER)
			w_attr(wr, "header", "yes");
		break;
	case JK_NODE_CELL:
		if (n->flags & JK_F_HEADER)
			w_attr(wr, "header", "yes");
		if (n->flags & JK_F_NUMERIC)
			w_attr(wr, "numeric", "yes");
		if (n->colspan > 1)
			w_int(wr, "colspan", n->colspan);
		if (n->rowspan > 1)
			w_int(wr, "rowspan", n->rowspan);
		break;
	case JK_NODE_NOTEREF:
		w_attr(wr, "ref", n->id);
		break;
	default:
		break;
	}
	if (n->flags & JK_F_UNSURE)
		w_attr(wr, "unsure", "yes");
	if (n->line > 0)
		w_int(wr, "line", n->line);
}

static void
w_open(struct writer *wr, const struct jk_node *n, int depth)
{
	const char	*name;
	enum content	 c = content_of(n);

	if (c == C_CHARS) {
		w_text(wr, n->text);
		return;
	}
	if (wr->exact < 0 && n->parent != NULL &&
	    content_of(n->parent) == C_BLOCK)
		w_newline(wr, depth);
	name = valid_type(n->type) ? jk_ntype_name(n->type) : NULL;
	if (name == NULL) {
		wr->err = 1;
		name = "invalid";
	}
	if (depth == 0)
		w_check(wr, xmlTextWriterStartElementNS(wr->w, NULL,
		    BAD_CAST name, BAD_CAST JK_XML_NS));
	else
		w_check(wr, xmlTextWriterStartElement(wr->w, BAD_CAST name));
	if (valid_type(n->type))
		w_attrs(wr, n);
	if (c == C_TEXT)
		w_text(wr, n->text);
	else if (c == C_LABEL)
		w_text(wr, n->label);
	else if (c == C_INLINE && wr->exact < 0)
		wr->exact = depth;
}

static void
w_close(struct writer *wr, const struct jk_node *n, int depth)
{
	enum content c = content_of(n);

	if (c == C_CHARS)
		return;
	if (c == C_BLOCK && n->first != NULL && wr->exact < 0)
		w_newline(wr, depth);
	w_check(wr, xmlTextWriterEndElement(wr->w));
	if (wr->exact == depth)
		wr->exact = -1;
}

/*
 * Returns a malloc'd buffer (caller frees), NUL-terminated, its length
 * in *len; NULL only if libxml2 fails.  Strings are written as XML can
 * carry them (see xml_clean).  The XML of a tree that passes
 * jk_tree_check() is valid against the schema, and reading it back
 * gives a tree that writes the same bytes.
 */
char *
jk_xml_write(const struct jk_doc *doc, size_t *len)
{
	struct writer		 wr;
	xmlBufferPtr		 xb;
	const struct jk_node	*n, *root = doc->root;
	char			*out = NULL;
	int			 depth = 0;

	if (len != NULL)
		*len = 0;
	if (root == NULL || (xb = xmlBufferCreate()) == NULL)
		return NULL;
	if ((wr.w = xmlNewTextWriterMemory(xb, 0)) == NULL) {
		xmlBufferFree(xb);
		return NULL;
	}
	wr.err = 0;
	wr.exact = -1;
	jk_buf_init(&wr.clean);
	memset(wr.indent, ' ', sizeof(wr.indent) - 1);
	wr.indent[0] = '\n';
	wr.indent[sizeof(wr.indent) - 1] = '\0';

	w_check(&wr, xmlTextWriterStartDocument(wr.w, NULL, "UTF-8", NULL));
	n = root;
	w_open(&wr, n, 0);
	for (;;) {
		if (descends(n)) {
			n = n->first;
			w_open(&wr, n, ++depth);
			continue;
		}
		for (;;) {
			w_close(&wr, n, depth);
			if (n == root)
				goto done;
			if (n->next != NULL) {
				n = n->next;
				w_open(&wr, n, depth);
				break;
			}
			n = n->parent;
			depth--;
		}
	}
done:
	w_check(&wr, xmlTextWriterEndDocument(wr.w));
	w_check(&wr, xmlTextWriterFlush(wr.w));
	xmlFreeTextWriter(wr.w);
	jk_buf_free(&wr.clean);
	if (!wr.err) {
		out = jk_xmalloc((size_t)xmlBufferLength(xb) + 1);
		memcpy(out, xmlBufferContent(xb), (size_t)xmlBufferLength(xb));
		out[xmlBufferLength(xb)] = '\0';
		if (len != NULL)
			*len = (size_t)xmlBufferLength(xb);
	}
	xmlBufferFree(xb);
	return out;
}

/* === sniffing =========================================================== */

/*
 * After an optional byte order mark and white space: an XML declaration,
 * or an <issue> start tag that names the jikji namespace (text that
 * merely starts with "<issue " stays text).
 */
int
jk_xml_sniff(const char *buf, size_t len)
{
	static const char ns[] = JK_XML_NS;
	const char	*gt;
	size_t		 i = 0, n;

	if (buf == NULL)
		return 0;
	/* UTF-16 (libxml2 reads it): an XML declaration, after a BOM or
	 * not */
	for (i = 0; i < 2; i++) {
		static const char le[] = "<\0?\0x\0m\0l\0", be[] =
		    "\0<\0?\0x\0m\0l";
		size_t	 b = len >= 2 && ((unsigned char)buf[0] == 0xff ||
			    (unsigned char)buf[0] == 0xfe) ? 2 : 0;

		if (len >= b + 10 && memcmp(buf + b, i == 0 ? le : be, 10)
		    == 0)
			return 1;
	}
	i = 0;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len && (buf[i] == ' ' || buf[i] == '\t' ||
	    buf[i] == '\r' || buf[i] == '\n'))
		i++;
	if (len - i >= 6 && memcmp(buf + i, "<?xml", 5) == 0)
		return strchr(" \t\r\n", buf[i + 5]) != NULL &&
		    buf[i + 5] != '\0';
	if (len - i < 7 || memcmp(buf + i, "<issue", 6) != 0 ||
	    strchr(" \t\r\n", buf[i + 6]) == NULL || buf[i + 6] == '\0')
		return 0;
	n = len - i < 1024 ? len - i : 1024;
	if ((gt = memchr(buf + i, '>', n)) != NULL)
		n = (size_t)(gt - (buf + i));
	return memmem(buf + i, n, ns, sizeof(ns) - 1) != NULL;
}

/* === reading ============================================================ */

struct noteref {
	const char	*ref;
	long		 line;
};

struct reader {
	struct jk_diag	*diag;
	struct jk_doc	*doc;
	int		 nerr;		/* errors seen (reported or not) */
	int		 doctype;	/* a DOCTYPE was met */
	GHashTable	*ids;		/* id -> XML line */
	GHashTable	*notes;		/* footnote ids */
	GArray		*refs;		/* struct noteref */
	struct jk_buf	 text;		/* character data being gathered */
};

static void
report(struct reader *rd, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
report(struct reader *rd, long line, const char *fmt, ...)
{
	char	*s;
	va_list	 ap;

	if (rd->nerr++ >= MSG_MAX)
		return;
	va_start(ap, fmt);
	s = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	jk_msg(rd->diag, JK_M_XML, line > INT_MAX ? 0 : (int)line, "%s", s);
	g_free(s);
}

/* A libxml2 error: its message (trailing newline removed) and line. */
static void
report_xml_error(struct reader *rd, const xmlError *e)
{
	const char	*msg = e->message != NULL ? e->message : "error";
	size_t		 n = strlen(msg);
	long		 line = e->line;
	xmlNodePtr	 node = e->node;

	if (e->level < XML_ERR_ERROR)
		return;
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		n--;
	if (line <= 0 && node != NULL)
		line = xmlGetLineNo(node);
	if (strstr(msg, "Excessive depth") != NULL) {
		report(rd, line, "elements nested more than %d deep here: a "
		    "jikji tree needs a few levels (issue, article, block, "
		    "inline); remove the extra nesting (e.g. <em> inside "
		    "<em>)", XML_DEPTH_MAX);
		return;
	}
	if (strstr(msg, "XML_PARSE_HUGE") != NULL ||
	    strstr(msg, "huge") != NULL) {
		const char *cut = strstr(msg, " use XML_PARSE_HUGE");

		/* a limit of the XML reader: say which, not how to lift it */
		if (cut == NULL)
			cut = strstr(msg, ", use XML_PARSE_HUGE");
		if (cut != NULL && (size_t)(cut - msg) < n)
			n = (size_t)(cut - msg);
		while (n > 0 && strchr(" ,:;", msg[n - 1]) != NULL)
			n--;
		report(rd, line, "%.*s: the document goes past a limit of the "
		    "XML reader (text runs up to 10 MB, names up to 50,000 "
		    "characters, nesting up to %d levels); split or shorten "
		    "it", (int)n, msg, XML_DEPTH_MAX);
		return;
	}
	if (e->domain == XML_FROM_RELAXNGV && node != NULL &&
	    node->type == XML_ELEMENT_NODE) {
		struct jk_buf	 b;
		xmlAttrPtr	 a;
		xmlChar		*v;

		/* libxml2 does not say which attribute: show them all */
		jk_buf_init(&b);
		jk_buf_puts(&b, (const char *)node->name);
		for (a = node->properties; a != NULL &&
		    e->code == XML_RELAXNG_ERR_ATTRVALID; a = a->next) {
			v = xmlNodeListGetString(node->doc, a->children, 1);
			jk_buf_printf(&b, " %s=\"%s\"", (const char *)a->name,
			    v != NULL ? (const char *)v : "");
			xmlFree(v);
		}
		report(rd, line, "<%s>: %.*s", b.data, (int)n, msg);
		jk_buf_free(&b);
	} else
		report(rd, line, "%.*s", (int)n, msg);
}

static void
on_parse_error(void *ctx, xmlErrorPtr e)
{
	xmlParserCtxtPtr ctxt = ctx;

	report_xml_error(ctxt->_private, e);
}

/* Errors raised by the RELAX NG contexts, and by parts of libxml2 that
 * have no parser context (encoding conversion). */
static void
on_error(void *ctx, xmlErrorPtr e)
{
	report_xml_error(ctx, e);
}

/* Unstructured libxml2 output: every error also comes structured. */
static void
on_generic(void *ctx, const char *fmt, ...)
{
}

/* SAX internalSubset: a DOCTYPE.  Refuse it before its declarations
 * (entities, external subsets) are even read. */
static void
on_doctype(void *ctx, const xmlChar *name, const xmlChar *extid,
    const xmlChar *sysid)
{
	xmlParserCtxtPtr	 ctxt = ctx;
	struct reader		*rd = ctxt->_private;

	rd->doctype = 1;
	report(rd, xmlSAX2GetLineNumber(ctxt),
	    "document type declaration refused (no DTD, no entities)");
	xmlStopParser(ctxt);
}

static xmlDocPtr
parse(struct reader *rd, const char *buf, size_t len)
{
	xmlParserCtxtPtr ctxt;
	xmlDocPtr	 doc;
	int		 ok;

	if (len > INT_MAX) {
		report(rd, 0, "document too large");
		return NULL;
	}
	if ((ctxt = xmlCreateMemoryParserCtxt(buf, (int)len)) == NULL) {
		jk_msg(rd->diag, JK_M_SYSERR, 0, "libxml2: no parser");
		rd->nerr++;
		return NULL;
	}
	/* No XML_PARSE_NOENT, XML_PARSE_DTDLOAD, XML_PARSE_DTDATTR,
	 * XML_PARSE_DTDVALID, XML_PARSE_XINCLUDE or XML_PARSE_HUGE. */
	xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_BIG_LINES |
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	ctxt->replaceEntities = 0;	/* whatever the process defaults */
	ctxt->loadsubset = 0;
	ctxt->validate = 0;
	ctxt->_private = rd;
	ctxt->sax->internalSubset = on_doctype;
	ctxt->sax->serror = on_parse_error;
	ctxt->sax->initialized = XML_SAX2_MAGIC;
	xmlParseDocument(ctxt);
	doc = ctxt->myDoc;
	ok = ctxt->wellFormed && ctxt->nsWellFormed && !rd->doctype &&
	    rd->nerr == 0 && doc != NULL && doc->intSubset == NULL &&
	    doc->extSubset == NULL;
	if (!ok && rd->nerr == 0)
		report(rd, xmlSAX2GetLineNumber(ctxt), "not well-formed");
	ctxt->myDoc = NULL;
	xmlFreeParserCtxt(ctxt);
	if (!ok) {
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

static void
on_check(void *ctx, long line, const char *msg)
{
	report(ctx, line, "%s", msg);
}

/* The rules of the schema, checked by xmlcheck.c (RELAX NG validation
 * is super-linear on long mixed content). */
static int
validate(struct reader *rd, xmlDocPtr doc)
{
	return jk_xml_check(doc, on_check, rd) == 0 && rd->nerr == 0;
}

static void
on_rng_error(void *ctx, xmlErrorPtr e)
{
}

int
jk_xml_rng_valid(xmlDocPtr doc)
{
	xmlRelaxNGParserCtxtPtr	 pctxt;
	xmlRelaxNGPtr		 schema = NULL;
	xmlRelaxNGValidCtxtPtr	 vctxt = NULL;
	const char		*text = jk_xml_schema();
	int			 rc = -1;

	pctxt = xmlRelaxNGNewMemParserCtxt(text, (int)strlen(text));
	if (pctxt == NULL)
		goto out;
	xmlRelaxNGSetParserStructuredErrors(pctxt, on_rng_error, NULL);
	if ((schema = xmlRelaxNGParse(pctxt)) == NULL)
		goto out;
	if ((vctxt = xmlRelaxNGNewValidCtxt(schema)) == NULL)
		goto out;
	xmlRelaxNGSetValidStructuredErrors(vctxt, on_rng_error, NULL);
	rc = xmlRelaxNGValidateDoc(vctxt, doc);
	rc = rc == 0 ? 1 : rc > 0 ? 0 : -1;
out:
	xmlRelaxNGFreeValidCtxt(vctxt);
	xmlRelaxNGFree(schema);
	xmlRelaxNGFreeParserCtxt(pctxt);
	return rc;
}

/* Attribute value copied into the arena, or NULL. */
static const char *
attr(struct reader *rd, xmlNodePtr x, const char *name)
{
	xmlChar		*v = xmlGetNoNsProp(x, BAD_CAST name);
	const char	*s;

	if (v == NULL)
		return NULL;
	s = jk_doc_strdup(rd->doc, (const char *)v);
	xmlFree(v);
	return s;
}

/* An attribute the schema typed as a token (id, ref): without the
 * surrounding white space the schema's datatype allows. */
static const char *
attr_token(struct reader *rd, xmlNodePtr x, const char *name)
{
	const char	*s = attr(rd, x, name);
	size_t		 b = 0, e;

	if (s == NULL)
		return NULL;
	e = strlen(s);
	while (b < e && strchr(" \t\r\n", s[b]) != NULL)
		b++;
	while (e > b && strchr(" \t\r\n", s[e - 1]) != NULL)
		e--;
	if (b == 0 && s[e] == '\0')
		return s;
	return jk_arena_strndup(rd->doc->arena, s + b, e - b);
}

static int
attr_int(struct reader *rd, xmlNodePtr x, const char *name, int dflt)
{
	xmlChar	*v = xmlGetNoNsProp(x, BAD_CAST name);
	long	 n;

	if (v == NULL)
		return dflt;
	n = strtol((const char *)v, NULL, 10);
	xmlFree(v);
	return n < INT_MIN ? INT_MIN : n > INT_MAX ? INT_MAX : (int)n;
}

static int
attr_flag(xmlNodePtr x, const char *name)
{
	return xmlHasNsProp(x, BAD_CAST name, NULL) != NULL;
}

static int
is_chars(xmlNodePtr c)
{
	return c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE;
}

static int
is_blank(const xmlChar *s)
{
	for (; s != NULL && *s != '\0'; s++)
		if (strchr(" \t\r\n", *s) == NULL)
			return 0;
	return 1;
}

/* Character data gathered so far becomes one TEXT child of parent. */
static void
flush_text(struct reader *rd, struct jk_node *parent)
{
	struct jk_node *t;

	if (rd->text.len == 0)
		return;
	t = jk_text_new(rd->doc, rd->text.data, rd->text.len, parent->line);
	if (!jk_node_append(parent, t))
		report(rd, parent->line, "text not allowed in <%s>",
		    jk_ntype_name(parent->type));
	jk_buf_reset(&rd->text);
}

/* All character data of x, as one string in the arena. */
static const char *
chars_of(struct reader *rd, xmlNodePtr x)
{
	xmlNodePtr c;

	jk_buf_reset(&rd->text);
	for (c = x->children; c != NULL; c = c->next)
		if (is_chars(c) && c->content != NULL)
			jk_buf_puts(&rd->text, (const char *)c->content);
	return jk_arena_strndup(rd->doc->arena,
	    rd->text.len > 0 ? rd->text.data : "", rd->text.len);
}

static void
note_id(struct reader *rd, struct jk_node *n, long line)
{
	gpointer prev;

	if (n->id == NULL || n->type == JK_NODE_NOTEREF)
		return;
	if (g_hash_table_lookup_extended(rd->ids, n->id, NULL, &prev)) {
		report(rd, line, "duplicate id \"%s\" (first at line %ld)",
		    n->id, (long)GPOINTER_TO_SIZE(prev));
		return;
	}
	g_hash_table_insert(rd->ids, (gpointer)n->id,
	    GSIZE_TO_POINTER((gsize)line));
	if (n->type == JK_NODE_FOOTNOTE)
		g_hash_table_add(rd->notes, (gpointer)n->id);
}

static struct jk_node *
build(struct reader *rd, xmlNodePtr x, int depth)
{
	struct jk_node		*n, *child;
	const struct espec	*sp;
	xmlNodePtr		 c;
	long			 xline = xmlGetLineNo(x);
	int			 t;

	t = jk_ntype_from_name((const char *)x->name);
	if (!valid_type(t) || t == JK_NODE_TEXT || depth > 1000) {
		report(rd, xline, "unexpected element <%s>",
		    (const char *)x->name);
		return NULL;
	}
	sp = &specs[t];
	n = jk_node_new(rd->doc, t, attr_int(rd, x, "line", 0));
	if (sp->has_id)
		n->id = attr_token(rd, x, "id");
	if (sp->label != NULL)
		n->label = attr(rd, x, sp->label);
	if (attr_flag(x, "unsure"))
		n->flags |= JK_F_UNSURE;
	switch (t) {
	case JK_NODE_HEADING:
		n->level = attr_int(rd, x, "level", 0);
		break;
	case JK_NODE_LIST:
		if (attr_flag(x, "ordered"))
			n->flags |= JK_F_ORDERED;
		break;
	case JK_NODE_ROW:
		if (attr_flag(x, "header"))
			n->flags |= JK_F_HEADER;
		break;
	case JK_NODE_CELL:
		if (attr_flag(x, "header"))
			n->flags |= JK_F_HEADER;
		if (attr_flag(x, "numeric"))
			n->flags |= JK_F_NUMERIC;
		n->colspan = attr_int(rd, x, "colspan", 1);
		n->rowspan = attr_int(rd, x, "rowspan", 1);
		break;
	case JK_NODE_NOTEREF: {
		struct noteref r;

		n->id = attr_token(rd, x, "ref");
		r.ref = n->id;
		r.line = xline;
		if (r.ref != NULL)
			g_array_append_val(rd->refs, r);
		break;
	}
	default:
		break;
	}
	note_id(rd, n, xline);

	switch (sp->content) {
	case C_TEXT:
		n->text = chars_of(rd, x);
		jk_buf_reset(&rd->text);
		return n;
	case C_LABEL:
		n->label = chars_of(rd, x);
		if (*n->label == '\0')
			n->label = NULL;
		jk_buf_reset(&rd->text);
		return n;
	default:
		break;
	}
	jk_buf_reset(&rd->text);
	for (c = x->children; c != NULL; c = c->next) {
		if (is_chars(c)) {
			if (sp->content == C_INLINE && c->content != NULL)
				jk_buf_puts(&rd->text,
				    (const char *)c->content);
			else if (!is_blank(c->content))
				report(rd, xmlGetLineNo(c),
				    "text not allowed in <%s>",
				    (const char *)x->name);
			continue;
		}
		if (c->type != XML_ELEMENT_NODE)
			continue;	/* comment, processing instruction */
		flush_text(rd, n);
		if ((child = build(rd, c, depth + 1)) == NULL)
			continue;
		if (!jk_node_append(n, child))
			report(rd, xmlGetLineNo(c), "<%s> not allowed in <%s>",
			    (const char *)c->name, (const char *)x->name);
	}
	flush_text(rd, n);
	return n;
}

/* What jk_tree_check still finds (nothing, if the schema and the
 * checks above agree with it) is an error too. */
static void
check_tree(struct reader *rd)
{
	char	*out = NULL, *line, *save = NULL;
	size_t	 outlen = 0;
	FILE	*f;
	int	 n;

	if ((f = open_memstream(&out, &outlen)) == NULL) {
		if (jk_tree_check(rd->doc->root, NULL) > 0)
			report(rd, 0, "tree invariants broken");
		return;
	}
	n = jk_tree_check(rd->doc->root, f);
	fclose(f);
	if (n > 0) {
		for (line = strtok_r(out, "\n", &save); line != NULL;
		    line = strtok_r(NULL, "\n", &save))
			report(rd, 0, "%s", line);
		if (rd->nerr == 0)
			report(rd, 0, "tree invariants broken");
	}
	free(out);
}

struct jk_doc *
jk_xml_read(const char *buf, size_t len, const char *name,
    struct jk_diag *diag)
{
	struct reader	 rd;
	xmlDocPtr	 xdoc = NULL;
	xmlNodePtr	 xroot;
	struct jk_node	*root;
	guint		 i;
	xmlStructuredErrorFunc old_serror;
	xmlGenericErrorFunc old_gerror;
	void		*old_sctx, *old_gctx;

	memset(&rd, 0, sizeof(rd));
	rd.diag = diag;
	jk_buf_init(&rd.text);
	old_serror = xmlStructuredError;
	old_sctx = xmlStructuredErrorContext;
	old_gerror = xmlGenericError;
	old_gctx = xmlGenericErrorContext;
	xmlSetStructuredErrorFunc(&rd, on_error);
	xmlSetGenericErrorFunc(NULL, on_generic);
	if (buf == NULL || len == 0) {
		report(&rd, 0, "empty document");
		goto out;
	}
	if ((xdoc = parse(&rd, buf, len)) == NULL)
		goto out;
	if (!validate(&rd, xdoc))
		goto out;

	rd.doc = jk_doc_new(name);
	rd.ids = g_hash_table_new(g_str_hash, g_str_equal);
	rd.notes = g_hash_table_new(g_str_hash, g_str_equal);
	rd.refs = g_array_new(FALSE, FALSE, sizeof(struct noteref));
	xroot = xmlDocGetRootElement(xdoc);
	if ((root = build(&rd, xroot, 0)) == NULL)
		goto out;
	if (root->type != JK_NODE_ISSUE) {
		report(&rd, xmlGetLineNo(xroot), "root is not <issue>");
		goto out;
	}
	/* The new root takes the place of the empty one jk_doc_new made. */
	rd.doc->root = root;
	for (i = 0; i < rd.refs->len; i++) {
		struct noteref *r = &g_array_index(rd.refs, struct noteref, i);

		if (!g_hash_table_contains(rd.notes, r->ref))
			report(&rd, r->line, "noteref to unknown footnote "
			    "\"%s\"", r->ref);
	}
	if (rd.nerr == 0)
		check_tree(&rd);
out:
	if (rd.nerr > MSG_MAX)
		jk_msg(diag, JK_M_XML, 0, "%d more errors not shown",
		    rd.nerr - MSG_MAX);
	if (rd.ids != NULL)
		g_hash_table_destroy(rd.ids);
	if (rd.notes != NULL)
		g_hash_table_destroy(rd.notes);
	if (rd.refs != NULL)
		g_array_free(rd.refs, TRUE);
	jk_buf_free(&rd.text);
	xmlFreeDoc(xdoc);
	xmlSetStructuredErrorFunc(old_sctx, old_serror);
	xmlSetGenericErrorFunc(old_gctx, old_gerror);
	if (rd.nerr > 0 && rd.doc != NULL) {
		jk_doc_free(rd.doc);
		rd.doc = NULL;
	}
	return rd.doc;
}
