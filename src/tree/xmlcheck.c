/*
 * xmlcheck.c -- the rules of jikji-tree.rng, checked in one pass over the
 * parsed document.
 *
 * libxml2's RELAX NG validator is super-linear on long runs of mixed
 * content (a paragraph with 200,000 <br/> takes minutes), and its
 * messages speak of patterns ("Expecting an element , got nothing").
 * The schema's content models are simple enough to check directly: each
 * element name has one definition, and each block model is a sequence of
 * slots (a set of allowed children, at least min, at most max), matched
 * greedily; mixed content allows em, noteref and br among the text.
 * Work is one visit per node and attribute.  jikji-tree.rng stays the
 * documented schema; tests check that both accept the same documents.
 *
 * Every message names the element as the user wrote it, points at its
 * line (or the line of the stray text) and says what to change.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <libxml/tree.h>

#include "xml-int.h"

#define JK_XML_NS	"urn:jikji:tree:1"
#define BIT(t)		(1ULL << (t))
#define MANY		INT_MAX

/* Attribute types of the schema. */
enum atype {
	A_STRING,	/* any text */
	A_YES,		/* the token yes */
	A_NCNAME,	/* id, ref */
	A_POSINT,	/* line, colspan, rowspan: int >= 1 */
	A_LEVEL		/* int 1..3 */
};

struct adef {
	const char	*name;
	enum atype	 type;
	int		 required;
};

enum kind {
	K_BLOCK,	/* elements only, by slots */
	K_INLINE,	/* text mixed with em, noteref, br */
	K_TEXT,		/* text only */
	K_EMPTY		/* nothing */
};

struct slot {
	unsigned long long allow;	/* BIT(jk_ntype) */
	int		 min, max;
	const char	*hint;		/* how to fill it when it is missing */
};

struct model {
	enum kind	 kind;
	struct slot	 slots[6];
	int		 nslots;
	struct adef	 attrs[5];	/* beside line and unsure */
	const char	*textfix;	/* where stray text should go */
};

#define B_BASE	(BIT(JK_NODE_HEADING) | BIT(JK_NODE_PARA) | \
		 BIT(JK_NODE_LIST) | BIT(JK_NODE_TABLE) | \
		 BIT(JK_NODE_FIGURE) | BIT(JK_NODE_FOOTNOTE) | \
		 BIT(JK_NODE_QUOTE) | BIT(JK_NODE_PRE) | \
		 BIT(JK_NODE_PAGEBREAK))
#define P_ONLY	{ { BIT(JK_NODE_PARA), 1, MANY, \
		    "put the text in <p>...</p> inside it" } }, 1
#define INLINE	K_INLINE, { { 0, 0, 0, NULL } }, 0

static const struct model models[JK_NTYPE__MAX] = {
	[JK_NODE_ISSUE] = { K_BLOCK, {
	    { BIT(JK_NODE_META), 0, MANY, NULL },
	    { BIT(JK_NODE_ARTICLE) | BIT(JK_NODE_ADVERT), 0, MANY, NULL } },
	    2, { { NULL, 0, 0 } },
	    "put it in a <p> inside an <article>" },
	[JK_NODE_META] = { K_TEXT, { { 0, 0, 0, NULL } }, 0,
	    { { "name", A_STRING, 1 } }, NULL },
	[JK_NODE_ARTICLE] = { K_BLOCK, {
	    { BIT(JK_NODE_SERIES), 0, 1, NULL },
	    { BIT(JK_NODE_SERIESDESC), 0, 1, NULL },
	    { BIT(JK_NODE_TITLE), 0, 1, NULL },
	    { BIT(JK_NODE_SUBTITLE), 0, 1, NULL },
	    { BIT(JK_NODE_BYLINE), 0, MANY, NULL },
	    { B_BASE | BIT(JK_NODE_SIDEBAR) | BIT(JK_NODE_DECK), 0, MANY,
	    NULL } }, 6,
	    { { "id", A_NCNAME, 0 }, { "section", A_STRING, 0 } },
	    "put it in a <p>" },
	[JK_NODE_ADVERT] = { K_BLOCK, {
	    { BIT(JK_NODE_TITLE), 0, 1, NULL },
	    { B_BASE | BIT(JK_NODE_SIDEBAR), 0, MANY, NULL } }, 2,
	    { { "id", A_NCNAME, 0 }, { "section", A_STRING, 0 } },
	    "put it in a <p>" },
	[JK_NODE_SERIES] = { INLINE, { { NULL, 0, 0 } }, NULL },
	[JK_NODE_SERIESDESC] = { INLINE, { { NULL, 0, 0 } }, NULL },
	[JK_NODE_TITLE] = { INLINE, { { NULL, 0, 0 } }, NULL },
	[JK_NODE_SUBTITLE] = { INLINE, { { NULL, 0, 0 } }, NULL },
	[JK_NODE_BYLINE] = { K_BLOCK, {
	    { BIT(JK_NODE_NAME), 0, 1, NULL },
	    { BIT(JK_NODE_ROLE), 0, 1, NULL },
	    { BIT(JK_NODE_BIO), 0, 1, NULL } }, 3, { { NULL, 0, 0 } },
	    "put it in <name>, <role> or <bio>" },
	[JK_NODE_NAME] = { INLINE, { { NULL, 0, 0 } }, NULL },
	[JK_NODE_ROLE] = { INLINE, { { NULL, 0, 0 } }, NULL },
	[JK_NODE_BIO] = { INLINE, { { NULL, 0, 0 } }, NULL },
	[JK_NODE_DECK] = { K_BLOCK, P_ONLY, { { NULL, 0, 0 } },
	    "put it in a <p>" },
	[JK_NODE_HEADING] = { INLINE,
	    { { "id", A_NCNAME, 0 }, { "level", A_LEVEL, 1 } }, NULL },
	[JK_NODE_PARA] = { INLINE, { { NULL, 0, 0 } }, NULL },
	[JK_NODE_LIST] = { K_BLOCK, {
	    { BIT(JK_NODE_ITEM), 1, MANY,
	    "add an <item>...</item>, or remove the empty <list>" } }, 1,
	    { { "ordered", A_YES, 0 } }, "put it in an <item>" },
	[JK_NODE_ITEM] = { INLINE, { { "marker", A_STRING, 0 } }, NULL },
	[JK_NODE_TABLE] = { K_BLOCK, {
	    { BIT(JK_NODE_ROW), 1, MANY, "add a <row> with at least one "
	    "<cell>, or remove the empty <table>" } }, 1,
	    { { "id", A_NCNAME, 0 } }, "put it in a <cell> of a <row>" },
	[JK_NODE_ROW] = { K_BLOCK, {
	    { BIT(JK_NODE_CELL), 1, MANY,
	    "add a <cell>...</cell>, or remove the empty <row>" } }, 1,
	    { { "header", A_YES, 0 } }, "put it in a <cell>" },
	[JK_NODE_CELL] = { INLINE, { { "header", A_YES, 0 },
	    { "numeric", A_YES, 0 }, { "colspan", A_POSINT, 0 },
	    { "rowspan", A_POSINT, 0 } }, NULL },
	[JK_NODE_FIGURE] = { K_BLOCK, {
	    { BIT(JK_NODE_CAPTION), 0, 1, NULL },
	    { BIT(JK_NODE_SOURCE), 0, MANY, NULL },
	    { BIT(JK_NODE_TABLE) | BIT(JK_NODE_PRE), 0, 1, NULL },
	    { BIT(JK_NODE_SOURCE), 0, MANY, NULL } }, 4,
	    { { "id", A_NCNAME, 0 }, { "label", A_STRING, 0 } },
	    "put it in a <caption>" },
	[JK_NODE_CAPTION] = { INLINE, { { NULL, 0, 0 } }, NULL },
	[JK_NODE_SOURCE] = { INLINE, { { NULL, 0, 0 } }, NULL },
	[JK_NODE_FOOTNOTE] = { K_BLOCK, P_ONLY,
	    { { "id", A_NCNAME, 0 }, { "label", A_STRING, 0 } },
	    "put it in a <p>" },
	[JK_NODE_SIDEBAR] = { K_BLOCK, {
	    { BIT(JK_NODE_TITLE), 0, 1, NULL },
	    { B_BASE, 0, MANY, NULL } }, 2, { { "kind", A_STRING, 0 } },
	    "put it in a <p>" },
	[JK_NODE_QUOTE] = { K_BLOCK, P_ONLY, { { NULL, 0, 0 } },
	    "put it in a <p>" },
	[JK_NODE_PRE] = { K_TEXT, { { 0, 0, 0, NULL } }, 0,
	    { { NULL, 0, 0 } }, NULL },
	[JK_NODE_PAGEBREAK] = { K_EMPTY, { { 0, 0, 0, NULL } }, 0,
	    { { "folio", A_STRING, 0 } }, "move it out of the <pagebreak/>" },
	[JK_NODE_TEXT] = { K_EMPTY, { { 0, 0, 0, NULL } }, 0,
	    { { NULL, 0, 0 } }, NULL },	/* not an element */
	[JK_NODE_EMPH] = { INLINE, { { NULL, 0, 0 } }, NULL },
	[JK_NODE_NOTEREF] = { K_TEXT, { { 0, 0, 0, NULL } }, 0,
	    { { "ref", A_NCNAME, 1 } }, NULL },
	[JK_NODE_BREAK] = { K_EMPTY, { { 0, 0, 0, NULL } }, 0,
	    { { NULL, 0, 0 } }, "move it out of the <br/>" },
};

#define INLINE_KIDS	(BIT(JK_NODE_EMPH) | BIT(JK_NODE_NOTEREF) | \
			 BIT(JK_NODE_BREAK))

struct check {
	jk_xml_report_fn report;
	void		*ctx;
	int		 problems;
};

static void
problem(struct check *c, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
problem(struct check *c, long line, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	c->problems++;
	va_start(ap, fmt);
	s = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	c->report(c->ctx, line, s);
	g_free(s);
}

static int
is_space(int ch)
{
	return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n';
}

/* The value with XML white space around it removed (g_free). */
static char *
collapse(const xmlChar *v)
{
	const char *s = (const char *)v, *e;

	while (is_space(*s))
		s++;
	e = s + strlen(s);
	while (e > s && is_space(e[-1]))
		e--;
	return g_strndup(s, (gsize)(e - s));
}

/* An XML Schema int: optional sign, digits, within 32 bits. */
static int
parse_int(const char *s, long long *out)
{
	long long v = 0;
	int	 neg = 0;

	if (*s == '+' || *s == '-')
		neg = *s++ == '-';
	if (*s == '\0')
		return 0;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9')
			return 0;
		v = v * 10 + (*s - '0');
		if (v > (long long)INT_MAX + 1)
			return 0;
	}
	*out = neg ? -v : v;
	return *out >= INT_MIN && *out <= INT_MAX;
}

static void
check_value(struct check *c, xmlNodePtr x, const char *name, enum atype t,
    const xmlChar *raw)
{
	char	*v = collapse(raw);
	long long n;

	switch (t) {
	case A_STRING:
		break;
	case A_YES:
		if (strcmp(v, "yes") != 0)
			problem(c, xmlGetLineNo(x), "<%s %s=\"%s\">: the only "
			    "value of %s is \"yes\"; write %s=\"yes\" or leave "
			    "the attribute out", (const char *)x->name, name,
			    (const char *)raw, name, name);
		break;
	case A_NCNAME:
		if (xmlValidateNCName(BAD_CAST v, 0) != 0)
			problem(c, xmlGetLineNo(x), "<%s %s=\"%s\">: %s must "
			    "be a name (a letter or _ first, then letters, "
			    "digits, '.', '-', '_'; no spaces or colons)",
			    (const char *)x->name, name, (const char *)raw,
			    name);
		break;
	case A_POSINT:
		if (!parse_int(v, &n) || n < 1)
			problem(c, xmlGetLineNo(x), "<%s %s=\"%s\">: %s must "
			    "be a whole number from 1", (const char *)x->name,
			    name, (const char *)raw, name);
		break;
	case A_LEVEL:
		if (!parse_int(v, &n) || n < 1 || n > 3)
			problem(c, xmlGetLineNo(x), "<%s %s=\"%s\">: %s must "
			    "be 1, 2 or 3", (const char *)x->name, name,
			    (const char *)raw, name);
		break;
	}
	g_free(v);
}

static const struct adef common[] = {
	{ "line", A_POSINT, 0 }, { "unsure", A_YES, 0 }
};

/* The attribute names an element takes, for messages (g_free). */
static char *
attr_names(const struct model *m)
{
	GString	*s = g_string_new("line, unsure");
	int	 i;

	for (i = 0; i < 5 && m->attrs[i].name != NULL; i++)
		g_string_append_printf(s, ", %s", m->attrs[i].name);
	return g_string_free(s, FALSE);
}

static void
check_attrs(struct check *c, xmlNodePtr x, const struct model *m)
{
	const struct adef *d;
	xmlAttrPtr	 a;
	xmlChar		*v;
	size_t		 i;
	int		 seen[5] = { 0 };

	for (a = x->properties; a != NULL; a = a->next) {
		JK_WORK(1);
		d = NULL;
		for (i = 0; a->ns == NULL && i < 2; i++)
			if (strcmp((const char *)a->name, common[i].name) == 0)
				d = &common[i];
		for (i = 0; a->ns == NULL && d == NULL && i < 5 &&
		    m->attrs[i].name != NULL; i++)
			if (strcmp((const char *)a->name, m->attrs[i].name)
			    == 0) {
				d = &m->attrs[i];
				seen[i] = 1;
			}
		if (d == NULL) {
			char	*names = attr_names(m);

			problem(c, xmlGetLineNo(x), "<%s> has no attribute "
			    "%s%s%s; remove it (%s takes %s)",
			    (const char *)x->name,
			    a->ns != NULL && a->ns->prefix != NULL ?
			    (const char *)a->ns->prefix : "",
			    a->ns != NULL && a->ns->prefix != NULL ? ":" : "",
			    (const char *)a->name, (const char *)x->name,
			    names);
			g_free(names);
			continue;
		}
		v = xmlNodeListGetString(x->doc, a->children, 1);
		check_value(c, x, d->name, d->type,
		    v != NULL ? v : BAD_CAST "");
		xmlFree(v);
	}
	for (i = 0; i < 5 && m->attrs[i].name != NULL; i++) {
		if (!m->attrs[i].required || seen[i])
			continue;
		if (m->attrs[i].type == A_LEVEL)
			problem(c, xmlGetLineNo(x), "<%s> needs a level "
			    "attribute: write <%s level=\"1\">, \"2\" or "
			    "\"3\"", (const char *)x->name,
			    (const char *)x->name);
		else
			problem(c, xmlGetLineNo(x), "<%s> needs a %s "
			    "attribute: write <%s %s=\"...\">",
			    (const char *)x->name, m->attrs[i].name,
			    (const char *)x->name, m->attrs[i].name);
	}
}

/*
 * The line of the first non-blank character of a text node.  libxml2
 * gives a text node the line where (its first chunk of) text ended, so
 * count back from the element that follows it, or from its own line.
 */
static long
text_line(xmlNodePtr t)
{
	const xmlChar	*s;
	long		 line, nl = 0;

	for (s = t->content; s != NULL && *s != '\0'; s++)
		nl += *s == '\n';
	if (t->next != NULL && t->next->type == XML_ELEMENT_NODE)
		line = xmlGetLineNo(t->next) - nl;
	else
		line = xmlGetLineNo(t) - nl;
	if (t->parent != NULL && line < xmlGetLineNo(t->parent))
		line = xmlGetLineNo(t->parent);
	for (s = t->content; s != NULL && is_space(*s); s++)
		line += *s == '\n';
	return line;
}

static int
blank(const xmlChar *s)
{
	for (; s != NULL && *s != '\0'; s++)
		if (!is_space(*s))
			return 0;
	return 1;
}

/* A short quote of stray text, for messages (g_free). */
static char *
quote_text(const xmlChar *s)
{
	char	*v = collapse(s), *q;

	if (g_utf8_strlen(v, -1) <= 24)
		return v;
	q = g_strdup_printf("%.*s...", (int)(g_utf8_offset_to_pointer(v, 20)
	    - v), v);
	g_free(v);
	return q;
}

/* "<a>, <b> or <c>" of the element types in set (g_free). */
static char *
names_of(unsigned long long set)
{
	GString	*s = g_string_new(NULL);
	int	 t, n = 0, total = 0;

	for (t = 0; t < JK_NTYPE__MAX; t++)
		total += (set & BIT(t)) != 0;
	for (t = 0; t < JK_NTYPE__MAX; t++) {
		if (!(set & BIT(t)))
			continue;
		if (n > 0)
			g_string_append(s, ++n == total ? " or " : ", ");
		else
			n++;
		g_string_append_printf(s, "<%s>", jk_ntype_name(t));
	}
	return g_string_free(s, FALSE);
}

/* What an element may hold, all slots together. */
static unsigned long long
allowed(const struct model *m)
{
	unsigned long long set = 0;
	int	 i;

	if (m->kind == K_INLINE)
		return INLINE_KIDS;
	for (i = 0; i < m->nslots; i++)
		set |= m->slots[i].allow;
	return set;
}

/* A child element c (type t) of x met where the model has no room. */
static void
misplaced(struct check *c, xmlNodePtr x, const struct model *m,
    xmlNodePtr kid, int t, int si, int count, xmlNodePtr last)
{
	const char *xn = (const char *)x->name, *kn = (const char *)kid->name;
	char	*names;
	int	 i;

	if (!(allowed(m) & BIT(t))) {
		if (m->kind == K_TEXT || m->kind == K_EMPTY) {
			problem(c, xmlGetLineNo(kid), "<%s> not allowed in "
			    "<%s>, which holds %s; move it out", kn, xn,
			    m->kind == K_TEXT ? "text only" : "nothing");
			return;
		}
		names = names_of(allowed(m));
		problem(c, xmlGetLineNo(kid), "<%s> not allowed in <%s>; "
		    "<%s> holds %s", kn, xn, xn, names);
		g_free(names);
		return;
	}
	/* allowed, but not here: too many, or out of order */
	for (i = 0; i <= si && i < m->nslots; i++)
		if (m->slots[i].allow & BIT(t))
			break;
	if (i == si && count >= m->slots[si].max)
		problem(c, xmlGetLineNo(kid), "a second <%s> in <%s>; "
		    "<%s> takes one: merge or remove it", kn, xn, xn);
	else if (i < si && last != NULL)
		problem(c, xmlGetLineNo(kid), "<%s> must come before <%s> "
		    "(line %ld) in <%s>: move it up", kn,
		    (const char *)last->name, xmlGetLineNo(last), xn);
	else
		problem(c, xmlGetLineNo(kid), "<%s> not allowed here in "
		    "<%s>", kn, xn);
}

static void	check_elem(struct check *, xmlNodePtr);

/* The element's type, or -1 (after a message) when it is not one of
 * the tree's. */
static int
elem_type(struct check *c, xmlNodePtr x)
{
	int	 t;

	if (x->ns == NULL || x->ns->href == NULL ||
	    strcmp((const char *)x->ns->href, JK_XML_NS) != 0) {
		problem(c, xmlGetLineNo(x), "<%s> is not in the jikji tree "
		    "namespace: write <issue xmlns=\"%s\"> at the top and no "
		    "other namespace", (const char *)x->name, JK_XML_NS);
		return -1;
	}
	t = jk_ntype_from_name((const char *)x->name);
	if (t < 0 || t == JK_NODE_TEXT) {
		problem(c, xmlGetLineNo(x), "<%s> is not an element of jikji "
		    "trees (see jikji-tree.rng): rename or remove it",
		    (const char *)x->name);
		return -1;
	}
	return t;
}

static void
check_children(struct check *c, xmlNodePtr x, const struct model *m)
{
	xmlNodePtr	 k, last = NULL;
	int		 t, si = 0, count = 0, s, n, textsaid = 0;

	for (k = x->children; k != NULL; k = k->next) {
		JK_WORK(1);
		if (k->type == XML_TEXT_NODE ||
		    k->type == XML_CDATA_SECTION_NODE) {
			if (m->kind == K_INLINE || m->kind == K_TEXT ||
			    blank(k->content) || textsaid++)
				continue;
			{
				char *q = quote_text(k->content);

				problem(c, text_line(k), "text \"%s\" not "
				    "allowed directly in <%s>: %s",
				    q, (const char *)x->name,
				    m->textfix != NULL ? m->textfix :
				    "remove it");
				g_free(q);
			}
			continue;
		}
		if (k->type != XML_ELEMENT_NODE)
			continue;	/* comment, processing instruction */
		if ((t = elem_type(c, k)) < 0)
			continue;
		check_elem(c, k);
		if (m->kind == K_INLINE) {
			if (!(INLINE_KIDS & BIT(t)))
				misplaced(c, x, m, k, t, 0, 0, NULL);
			continue;
		}
		if (m->kind != K_BLOCK) {
			misplaced(c, x, m, k, t, 0, 0, NULL);
			continue;
		}
		/* the first slot from si on that takes it, passing only
		 * slots whose minimum is met */
		for (s = si, n = count; s < m->nslots; s++, n = 0) {
			if ((m->slots[s].allow & BIT(t)) &&
			    n < m->slots[s].max)
				break;
			if (n < m->slots[s].min)
				break;
		}
		if (s < m->nslots && (m->slots[s].allow & BIT(t)) &&
		    n < m->slots[s].max) {
			si = s;
			count = n + 1;
			last = k;
		} else
			misplaced(c, x, m, k, t, si, count, last);
	}
	if (m->kind != K_BLOCK)
		return;
	for (s = si, n = count; s < m->nslots; s++, n = 0)
		if (n < m->slots[s].min) {
			char *names = names_of(m->slots[s].allow);

			problem(c, xmlGetLineNo(x), "<%s> needs at least one "
			    "%s: %s", (const char *)x->name, names,
			    m->slots[s].hint != NULL ? m->slots[s].hint :
			    "add one");
			g_free(names);
		}
}

static void
check_elem(struct check *c, xmlNodePtr x)
{
	const struct model *m;
	int		 t = jk_ntype_from_name((const char *)x->name);

	m = &models[t];
	check_attrs(c, x, m);
	check_children(c, x, m);
}

int
jk_xml_check(xmlDocPtr doc, jk_xml_report_fn report, void *ctx)
{
	struct check	 c;
	xmlNodePtr	 root = xmlDocGetRootElement(doc);
	int		 t;

	memset(&c, 0, sizeof(c));
	c.report = report;
	c.ctx = ctx;
	if (root == NULL) {
		problem(&c, 0, "no <issue> element");
		return c.problems;
	}
	if ((t = elem_type(&c, root)) < 0)
		return c.problems;
	if (t != JK_NODE_ISSUE) {
		problem(&c, xmlGetLineNo(root), "the document starts with "
		    "<%s>; a jikji tree starts with <issue xmlns=\"%s\">",
		    (const char *)root->name, JK_XML_NS);
		return c.problems;
	}
	check_elem(&c, root);
	return c.problems;
}
