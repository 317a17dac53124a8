/*
 * tags.c -- the logical structure of the PDF (a tagged PDF, ISO 32000-1
 * 14.8), through Cairo's tag API: Cairo 1.16 writes the structure tree,
 * /MarkInfo and the marked content from cairo_tag_begin/cairo_tag_end.
 *
 * paint.c draws a page's text lines in reading order (columns top to
 * bottom, left to right) and calls jk_tags_to before each line.  Each line
 * carries the tree block it sets (jk_pitem.node); from that block and its
 * ancestors comes the path of structure elements the line belongs to,
 * e.g. Table > TR > TD or L > LI > LBody.  jk_tags_to closes the open
 * elements the new path does not share and opens the rest, so the lines of
 * one block form one element and neighbouring blocks of one list or table
 * share their group element.
 *
 * Structure types (standard, 14.8.4): article titles H1, headings of
 * levels 1-3 H2-H4, paragraphs, bylines and sources P, lists L/LI/LBody,
 * tables Table/TR/TH/TD, figures Div with their Caption, sidebars Div,
 * quotations BlockQuote, notes Note, the contents TOC/TOCI.  Links are
 * Cairo's Link elements inside them.  Running heads and folios are left
 * out of the structure (ink.c marks them, with rules and crop marks, as
 * artifacts); a line that sets no block belongs to the element open
 * before it.  Elements are closed at the end
 * of each page: the fills and rules of the next page are drawn before its
 * text and must not fall into an element still open.
 */
#include <string.h>

#include <cairo.h>

#include "pdf-int.h"

/* Structure element of a tree node, NULL when the node adds none. */
static const char *
group_name(const struct jk_node *n)
{
	switch (n->type) {
	case JK_NODE_LIST:
		return "L";
	case JK_NODE_ITEM:
		return "LI";
	case JK_NODE_TABLE:
		return "Table";
	case JK_NODE_ROW:
		return "TR";
	case JK_NODE_FIGURE:
		/* The text gives no picture: a figure prints as its
		 * caption, source and data (a table or lines of text).
		 * A Figure element promises a graphic and asks for /Alt
		 * text standing in for it; here the text is all there is. */
	case JK_NODE_SIDEBAR:
		return "Div";
	case JK_NODE_QUOTE:
		return "BlockQuote";
	case JK_NODE_FOOTNOTE:
		return "Note";
	default:
		return NULL;
	}
}

/* Structure element of the block whose text a line sets. */
static const char *
leaf_name(const struct jk_node *n)
{
	static const char *const h[] = { "H2", "H3", "H4" };
	const struct jk_node	*p;

	switch (n->type) {
	case JK_NODE_TITLE:
		for (p = n->parent; p != NULL; p = p->parent)
			if (p->type == JK_NODE_SIDEBAR)
				return "H4";
		return "H1";
	case JK_NODE_HEADING:
		return h[n->level >= 1 && n->level <= 3 ? n->level - 1 : 0];
	case JK_NODE_ITEM:
		return "LBody";
	case JK_NODE_CELL:
		return (n->flags & JK_F_HEADER) || (n->parent != NULL &&
		    (n->parent->flags & JK_F_HEADER)) ? "TH" : "TD";
	case JK_NODE_CAPTION:
		return "Caption";
	default:
		return "P";
	}
}

/* The path of item it into names/keys; returns its depth. */
static int
path_of(const struct jk_pitem *it, const char **name, const void **key)
{
	const struct jk_node	*n = it->node, *p;
	const char		*g;
	int			 d = 0, i;

	if (it->role == JK_LR_TOC) {
		name[0] = "TOC";
		key[0] = "TOC";
		name[1] = "TOCI";
		key[1] = it;
		return 2;
	}
	if (it->role == JK_LR_RUNNING || it->role == JK_LR_FOLIO)
		return 0;
	if (n == NULL)
		return -1;	/* text of no block: part of what is open */
	/* innermost first, reversed below */
	name[d] = leaf_name(n);
	key[d++] = n;
	for (p = n; p != NULL && d < JK_TAG_DEPTH; p = p->parent) {
		if (p->type == JK_NODE_ARTICLE || p->type == JK_NODE_ADVERT)
			break;
		if ((g = group_name(p)) != NULL) {
			name[d] = g;
			key[d++] = p;
		}
	}
	for (i = 0; i < d / 2; i++) {
		const char	*tn = name[i];
		const void	*tk = key[i];

		name[i] = name[d - 1 - i];
		key[i] = key[d - 1 - i];
		name[d - 1 - i] = tn;
		key[d - 1 - i] = tk;
	}
	return d;
}

void
jk_tags_to(struct jk_tags *tg, void *vcr, const struct jk_pitem *it)
{
	cairo_t		*cr = vcr;
	const char	*name[JK_TAG_DEPTH];
	const void	*key[JK_TAG_DEPTH];
	int		 d = it != NULL ? path_of(it, name, key) : 0, same = 0;

	if (d < 0)
		return;
	while (same < d && same < tg->n && key[same] == tg->key[same] &&
	    strcmp(name[same], tg->name[same]) == 0)
		same++;
	while (tg->n > same) {
		tg->n--;
		cairo_tag_end(cr, tg->name[tg->n]);
	}
	for (; tg->n < d; tg->n++) {
		tg->name[tg->n] = name[tg->n];
		tg->key[tg->n] = key[tg->n];
		cairo_tag_begin(cr, name[tg->n], NULL);
	}
}
