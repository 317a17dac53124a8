/*
 * tree.c -- nodes, the shape they may take, link edits, metadata and the
 * enter/exit iterator.  Checking and repair live in validate.c.
 */
#include <stdlib.h>
#include <string.h>

#include "tree.h"

static const char *const names[JK_NTYPE__MAX] = {
	[JK_NODE_ISSUE] = "issue",	[JK_NODE_META] = "meta",
	[JK_NODE_ARTICLE] = "article",	[JK_NODE_ADVERT] = "advert",
	[JK_NODE_SERIES] = "series",	[JK_NODE_TITLE] = "title",
	[JK_NODE_SERIESDESC] = "series-desc",
	[JK_NODE_SUBTITLE] = "subtitle", [JK_NODE_BYLINE] = "byline",
	[JK_NODE_NAME] = "name",	[JK_NODE_ROLE] = "role",
	[JK_NODE_BIO] = "bio",		[JK_NODE_DECK] = "deck",
	[JK_NODE_HEADING] = "h",	[JK_NODE_PARA] = "p",
	[JK_NODE_LIST] = "list",	[JK_NODE_ITEM] = "item",
	[JK_NODE_TABLE] = "table",	[JK_NODE_ROW] = "row",
	[JK_NODE_CELL] = "cell",	[JK_NODE_FIGURE] = "figure",
	[JK_NODE_CAPTION] = "caption",	[JK_NODE_SOURCE] = "source",
	[JK_NODE_FOOTNOTE] = "footnote", [JK_NODE_SIDEBAR] = "sidebar",
	[JK_NODE_QUOTE] = "quote",	[JK_NODE_PRE] = "pre",
	[JK_NODE_PAGEBREAK] = "pagebreak", [JK_NODE_TEXT] = "text",
	[JK_NODE_EMPH] = "em",		[JK_NODE_NOTEREF] = "noteref",
	[JK_NODE_BREAK] = "br",
};

const char *
jk_ntype_name(enum jk_ntype t)
{
	return (int)t >= 0 && t < JK_NTYPE__MAX ? names[t] : "?";
}

int
jk_ntype_from_name(const char *s)
{
	int	 i;

	for (i = 0; i < JK_NTYPE__MAX; i++)
		if (strcmp(names[i], s) == 0)
			return i;
	return -1;
}

int
jk_is_inline(enum jk_ntype t)
{
	return t == JK_NODE_TEXT || t == JK_NODE_EMPH ||
	    t == JK_NODE_NOTEREF || t == JK_NODE_BREAK;
}

int
jk_is_block(enum jk_ntype t)
{
	switch (t) {
	case JK_NODE_HEADING:
	case JK_NODE_PARA:
	case JK_NODE_LIST:
	case JK_NODE_TABLE:
	case JK_NODE_FIGURE:
	case JK_NODE_FOOTNOTE:
	case JK_NODE_SIDEBAR:
	case JK_NODE_QUOTE:
	case JK_NODE_PRE:
	case JK_NODE_PAGEBREAK:
	case JK_NODE_DECK:
		return 1;
	default:
		return 0;
	}
}

/* Types whose children are inline content. */
static int
holds_inline(enum jk_ntype t)
{
	switch (t) {
	case JK_NODE_TITLE:
	case JK_NODE_SUBTITLE:
	case JK_NODE_SERIES:
	case JK_NODE_SERIESDESC:
	case JK_NODE_NAME:
	case JK_NODE_ROLE:
	case JK_NODE_BIO:
	case JK_NODE_HEADING:
	case JK_NODE_PARA:
	case JK_NODE_CAPTION:
	case JK_NODE_SOURCE:
	case JK_NODE_CELL:
	case JK_NODE_ITEM:
	case JK_NODE_EMPH:
		return 1;
	default:
		return 0;
	}
}

int
jk_can_contain(enum jk_ntype p, enum jk_ntype c)
{
	if (holds_inline(p))
		return jk_is_inline(c);
	switch (p) {
	case JK_NODE_ISSUE:
		return c == JK_NODE_META || c == JK_NODE_ARTICLE ||
		    c == JK_NODE_ADVERT;
	case JK_NODE_ARTICLE:
		return c == JK_NODE_SERIES || c == JK_NODE_SERIESDESC ||
		    c == JK_NODE_TITLE ||
		    c == JK_NODE_SUBTITLE || c == JK_NODE_BYLINE ||
		    jk_is_block(c);
	case JK_NODE_ADVERT:
	case JK_NODE_SIDEBAR:
		return c == JK_NODE_TITLE || (jk_is_block(c) &&
		    c != JK_NODE_DECK && !(p == JK_NODE_SIDEBAR &&
		    c == JK_NODE_SIDEBAR));
	case JK_NODE_BYLINE:
		return c == JK_NODE_NAME || c == JK_NODE_ROLE ||
		    c == JK_NODE_BIO;
	case JK_NODE_DECK:
	case JK_NODE_QUOTE:
	case JK_NODE_FOOTNOTE:
		return c == JK_NODE_PARA;
	case JK_NODE_LIST:
		return c == JK_NODE_ITEM;
	case JK_NODE_TABLE:
		return c == JK_NODE_ROW;
	case JK_NODE_ROW:
		return c == JK_NODE_CELL;
	case JK_NODE_FIGURE:
		return c == JK_NODE_CAPTION || c == JK_NODE_SOURCE ||
		    c == JK_NODE_TABLE || c == JK_NODE_PRE;
	default:
		return 0;	/* leaves */
	}
}

/* === documents and nodes ============================================== */

struct jk_doc *
jk_doc_new(const char *source)
{
	struct jk_doc	*d = jk_xcalloc(1, sizeof(*d));

	d->arena = jk_arena_new();
	d->source = jk_arena_strdup(d->arena, source != NULL ? source : "-");
	d->root = jk_node_new(d, JK_NODE_ISSUE, 0);
	return d;
}

void
jk_doc_free(struct jk_doc *d)
{
	if (d == NULL)
		return;
	jk_arena_free(d->arena);
	free(d);
}

struct jk_node *
jk_node_new(struct jk_doc *d, enum jk_ntype t, int line)
{
	struct jk_node	*n = jk_arena_alloc(d->arena, sizeof(*n));

	n->type = t;
	n->line = line;
	n->colspan = n->rowspan = 1;
	return n;
}

struct jk_node *
jk_text_new(struct jk_doc *d, const char *s, size_t len, int line)
{
	struct jk_node	*n = jk_node_new(d, JK_NODE_TEXT, line);

	if (len == (size_t)-1)
		len = strlen(s);
	n->text = jk_arena_strndup(d->arena, s, len);
	return n;
}

const char *
jk_doc_strdup(struct jk_doc *d, const char *s)
{
	return jk_arena_strdup(d->arena, s);
}

void
jk_node_unlink(struct jk_node *n)
{
	struct jk_node	*p = n->parent;

	if (n->prev != NULL)
		n->prev->next = n->next;
	else if (p != NULL)
		p->first = n->next;
	if (n->next != NULL)
		n->next->prev = n->prev;
	else if (p != NULL)
		p->last = n->prev;
	n->parent = n->prev = n->next = NULL;
}

/* Is a an ancestor of (or equal to) b?  A node without children is an
 * ancestor of nothing but itself: no walk up (keeps appends O(1)). */
static int
is_ancestor(const struct jk_node *a, const struct jk_node *b)
{
	if (a->first == NULL)
		return a == b;
	for (; b != NULL; b = b->parent)
		if (a == b)
			return 1;
	return 0;
}

int
jk_node_append(struct jk_node *p, struct jk_node *c)
{
	if (!jk_can_contain(p->type, c->type) || is_ancestor(c, p))
		return 0;
	jk_node_unlink(c);
	c->parent = p;
	c->prev = p->last;
	if (p->last != NULL)
		p->last->next = c;
	else
		p->first = c;
	p->last = c;
	return 1;
}

int
jk_node_prepend(struct jk_node *p, struct jk_node *c)
{
	if (p->first != NULL)
		return jk_node_insert_before(p->first, c);
	return jk_node_append(p, c);
}

int
jk_node_insert_before(struct jk_node *sib, struct jk_node *n)
{
	struct jk_node	*p = sib->parent;

	if (p == NULL || sib == n || !jk_can_contain(p->type, n->type) ||
	    is_ancestor(n, p))
		return 0;
	jk_node_unlink(n);
	n->parent = p;
	n->next = sib;
	n->prev = sib->prev;
	if (sib->prev != NULL)
		sib->prev->next = n;
	else
		p->first = n;
	sib->prev = n;
	return 1;
}

int
jk_node_insert_after(struct jk_node *sib, struct jk_node *n)
{
	struct jk_node	*p = sib->parent;

	if (p == NULL || sib == n || !jk_can_contain(p->type, n->type) ||
	    is_ancestor(n, p))
		return 0;
	if (sib->next != NULL)
		return jk_node_insert_before(sib->next, n);
	return jk_node_append(p, n);
}

struct jk_node *
jk_node_add(struct jk_doc *d, struct jk_node *p, enum jk_ntype t, int line)
{
	struct jk_node	*n = jk_node_new(d, t, line);

	if (!jk_node_append(p, n))
		return NULL;
	return n;
}

struct jk_node *
jk_node_add_text(struct jk_doc *d, struct jk_node *p, enum jk_ntype t,
    const char *s, int line)
{
	struct jk_node	*n = jk_node_add(d, p, t, line);

	if (n != NULL && s != NULL && *s != '\0')
		jk_node_append(n, jk_text_new(d, s, (size_t)-1, line));
	return n;
}

struct jk_node *
jk_node_child(const struct jk_node *n, enum jk_ntype t)
{
	struct jk_node	*c;

	for (c = n->first; c != NULL; c = c->next) {
		JK_WORK(1);
		if (c->type == t)
			return c;
	}
	return NULL;
}

int
jk_node_count(const struct jk_node *n, enum jk_ntype t)
{
	struct jk_node	*c;
	int		 k = 0;

	for (c = n->first; c != NULL; c = c->next)
		if (t == JK_NTYPE__MAX || c->type == t)
			k++;
	return k;
}

void
jk_node_plain_buf(const struct jk_node *n, struct jk_buf *b)
{
	const struct jk_node *c;

	switch (n->type) {
	case JK_NODE_TEXT:
	case JK_NODE_PRE:
		if (n->text != NULL)
			jk_buf_puts(b, n->text);
		return;
	case JK_NODE_BREAK:
		jk_buf_putc(b, '\n');
		return;
	case JK_NODE_NOTEREF:
	case JK_NODE_META:
	case JK_NODE_PAGEBREAK:
		return;
	default:
		break;
	}
	for (c = n->first; c != NULL; c = c->next)
		jk_node_plain_buf(c, b);
}

const char *
jk_node_plain(struct jk_doc *d, const struct jk_node *n)
{
	struct jk_buf	 b;
	const char	*s;

	jk_buf_init(&b);
	jk_node_plain_buf(n, &b);
	s = jk_arena_strndup(d->arena, b.data != NULL ? b.data : "", b.len);
	jk_buf_free(&b);
	return s;
}

/* === metadata ========================================================== */

static struct jk_node *
meta_node(const struct jk_doc *d, const char *key)
{
	struct jk_node	*c;

	for (c = d->root->first; c != NULL && c->type == JK_NODE_META;
	    c = c->next)
		if (c->label != NULL && strcmp(c->label, key) == 0)
			return c;
	return NULL;
}

const char *
jk_meta_get(const struct jk_doc *d, const char *key)
{
	struct jk_node	*n = meta_node(d, key);

	return n != NULL ? n->text : NULL;
}

void
jk_meta_set(struct jk_doc *d, const char *key, const char *val)
{
	struct jk_node	*n = meta_node(d, key), *c;

	if (n == NULL) {
		n = jk_node_new(d, JK_NODE_META, 0);
		n->label = jk_arena_strdup(d->arena, key);
		/* Keep META children first, in the order they are set. */
		for (c = d->root->first; c != NULL &&
		    c->type == JK_NODE_META; c = c->next)
			;
		if (c != NULL)
			jk_node_insert_before(c, n);
		else
			jk_node_append(d->root, n);
	}
	n->text = jk_arena_strdup(d->arena, val != NULL ? val : "");
}

/* === iteration ========================================================= */

void
jk_iter_init(struct jk_iter *it, struct jk_node *root)
{
	it->root = root;
	it->cur = NULL;
	it->ev = JK_EV_NONE;
}

enum jk_event
jk_iter_next(struct jk_iter *it)
{
	struct jk_node	*n = it->cur;

	switch (it->ev) {
	case JK_EV_NONE:
		it->cur = it->root;
		it->ev = it->root != NULL ? JK_EV_ENTER : JK_EV_DONE;
		break;
	case JK_EV_ENTER:
		if (n->first != NULL) {
			it->cur = n->first;
			it->ev = JK_EV_ENTER;
		} else
			it->ev = JK_EV_EXIT;
		break;
	case JK_EV_EXIT:
		if (n == it->root)
			it->ev = JK_EV_DONE;
		else if (n->next != NULL) {
			it->cur = n->next;
			it->ev = JK_EV_ENTER;
		} else {
			it->cur = n->parent;
			it->ev = JK_EV_EXIT;
		}
		break;
	case JK_EV_DONE:
		break;
	}
	return it->ev;
}

struct jk_node *
jk_iter_node(const struct jk_iter *it)
{
	return it->cur;
}
