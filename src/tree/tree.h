/*
 * tree.h -- the document tree: the one contract between the converter and
 * the backends.  Backends include this header (and style.h, util.h) only.
 *
 * Shape (what jk_tree_check enforces, and what the RELAX NG schema in
 * src/tree/jikji-tree.rng says for the XML form):
 *
 *   ISSUE      : META*, (ARTICLE | ADVERT)*
 *   ARTICLE    : SERIES?, TITLE?, SUBTITLE?, BYLINE*, block*
 *   ADVERT     : TITLE?, block* but DECK        (kept out of the contents)
 *   BYLINE     : NAME?, ROLE?, BIO?
 *   block      : HEADING | PARA | LIST | TABLE | FIGURE | FOOTNOTE |
 *                SIDEBAR | QUOTE | PRE | PAGEBREAK | DECK
 *   DECK       : PARA+                          (lede / standfirst)
 *   SIDEBAR    : TITLE?, block* but DECK and SIDEBAR   (box, profile)
 *   QUOTE      : PARA+
 *   LIST       : ITEM+
 *   ITEM       : inline*  (label = its marker, e.g. "①", "•", "1)")
 *   TABLE      : ROW+                           (ROW : CELL+)
 *   FIGURE     : CAPTION?, SOURCE*, (TABLE | PRE)?, SOURCE*
 *                (label "그림 1" / "표 1"; a table with a caption is a
 *                FIGURE holding the TABLE; a picture-only figure has no
 *                TABLE/PRE: the picture is not part of the text)
 *   FOOTNOTE   : PARA+  (id, label "01" / "*")
 *   TITLE, SUBTITLE, SERIES, NAME, ROLE, BIO, HEADING, PARA, CAPTION,
 *   SOURCE, CELL, ITEM, EMPH : inline*
 *   inline     : TEXT | EMPH | NOTEREF | BREAK
 *   PRE        : text only (node->text, newlines kept)
 *   PAGEBREAK  : empty (node->label = print folio, e.g. "35")
 *   META       : empty (node->label = key, node->text = value)
 *
 * Memory: every node and every string hangs off the document's arena.
 * jk_doc_free() frees all of it; there is no per-node free.
 */
#ifndef JK_TREE_H
#define JK_TREE_H

#include <stdio.h>

#include "../util/util.h"

enum jk_ntype {
	JK_NODE_ISSUE = 0,
	JK_NODE_META,
	JK_NODE_ARTICLE,
	JK_NODE_ADVERT,
	JK_NODE_SERIES,		/* series label / kicker above the title */
	JK_NODE_SERIESDESC,	/* what the series is: its tagline */
	JK_NODE_TITLE,
	JK_NODE_SUBTITLE,
	JK_NODE_BYLINE,
	JK_NODE_NAME,
	JK_NODE_ROLE,		/* affiliation and position */
	JK_NODE_BIO,
	JK_NODE_DECK,
	JK_NODE_HEADING,	/* level 1..3 */
	JK_NODE_PARA,
	JK_NODE_LIST,		/* flags JK_F_ORDERED */
	JK_NODE_ITEM,
	JK_NODE_TABLE,
	JK_NODE_ROW,
	JK_NODE_CELL,		/* flags JK_F_HEADER; colspan, rowspan */
	JK_NODE_FIGURE,		/* label "그림 1" or "표 2" or NULL (photo) */
	JK_NODE_CAPTION,
	JK_NODE_SOURCE,		/* "<…>" source or "©" credit or "단위" line */
	JK_NODE_FOOTNOTE,
	JK_NODE_SIDEBAR,
	JK_NODE_QUOTE,
	JK_NODE_PRE,
	JK_NODE_PAGEBREAK,
	/* inline */
	JK_NODE_TEXT,
	JK_NODE_EMPH,
	JK_NODE_NOTEREF,	/* id = target footnote id, label = marker */
	JK_NODE_BREAK,
	JK_NTYPE__MAX
};

enum jk_flags {
	JK_F_HEADER = 1 << 0,	/* CELL: header cell; ROW: header row */
	JK_F_ORDERED = 1 << 1,	/* LIST: numbered */
	JK_F_UNSURE = 1 << 2,	/* converter was unsure (order, role) */
	JK_F_NUMERIC = 1 << 3	/* CELL: a number (right-aligned) */
};

struct jk_node {
	enum jk_ntype	 type;
	struct jk_node	*parent, *first, *last, *prev, *next;
	int		 line;		/* source text line, 0 if unknown */
	const char	*text;		/* TEXT, PRE, META value */
	const char	*id;		/* ARTICLE, ADVERT, FIGURE, FOOTNOTE,
					 * HEADING, TABLE; NOTEREF target */
	const char	*label;		/* ARTICLE/ADVERT section label,
					 * FIGURE "그림 1", FOOTNOTE/NOTEREF
					 * marker, ITEM marker, PAGEBREAK
					 * folio, META key, SIDEBAR kind */
	int		 level;		/* HEADING 1..3 */
	int		 flags;		/* enum jk_flags */
	int		 colspan, rowspan;	/* CELL, default 1 */
};

struct jk_doc {
	struct jk_arena	*arena;
	struct jk_node	*root;		/* JK_NODE_ISSUE */
	const char	*source;	/* input file name, for messages */
};

/* === documents and nodes ============================================== */

/* New empty document with an ISSUE root.  Free with jk_doc_free. */
struct jk_doc	*jk_doc_new(const char *source);
void		 jk_doc_free(struct jk_doc *);

/* New detached node, allocated in doc's arena (colspan = rowspan = 1). */
struct jk_node	*jk_node_new(struct jk_doc *, enum jk_ntype, int line);
/* New TEXT node holding a copy of s (len bytes, or strlen if (size_t)-1). */
struct jk_node	*jk_text_new(struct jk_doc *, const char *s, size_t len, int line);

/* Copy a string into the arena (NULL stays NULL). */
const char	*jk_doc_strdup(struct jk_doc *, const char *);

/* Can a node of type child be a child of parent?  (the shape above) */
int		 jk_can_contain(enum jk_ntype parent, enum jk_ntype child);
int		 jk_is_inline(enum jk_ntype);
int		 jk_is_block(enum jk_ntype);

/* Link edits.  They return 0 and change nothing if the shape forbids it;
 * 1 on success.  A linked child is first unlinked from where it was. */
int		 jk_node_append(struct jk_node *parent, struct jk_node *child);
int		 jk_node_prepend(struct jk_node *parent, struct jk_node *child);
int		 jk_node_insert_before(struct jk_node *sib, struct jk_node *node);
int		 jk_node_insert_after(struct jk_node *sib, struct jk_node *node);
void		 jk_node_unlink(struct jk_node *);

/* Convenience: append a new node / a new node holding one TEXT child. */
struct jk_node	*jk_node_add(struct jk_doc *, struct jk_node *parent,
		    enum jk_ntype, int line);
struct jk_node	*jk_node_add_text(struct jk_doc *, struct jk_node *parent,
		    enum jk_ntype, const char *s, int line);

/* First child of type t, or NULL. */
struct jk_node	*jk_node_child(const struct jk_node *, enum jk_ntype);
/* Number of children (of type t, or all if t == JK_NTYPE__MAX). */
int		 jk_node_count(const struct jk_node *, enum jk_ntype);
/* Concatenated text of all TEXT descendants (BREAK -> "\n", NOTEREF
 * contributes nothing).  Allocated in the doc's arena. */
const char	*jk_node_plain(struct jk_doc *, const struct jk_node *);
/* Same, into a caller-owned buffer (appended). */
void		 jk_node_plain_buf(const struct jk_node *, struct jk_buf *);

const char	*jk_ntype_name(enum jk_ntype);	/* XML element name */
int		 jk_ntype_from_name(const char *);	/* -1 if unknown */

/* === metadata ========================================================== */

/*
 * Issue metadata are META children of the root, key -> value.  Known keys:
 * title, subtitle, volume, issue (e.g. "1+2"), date (YYYY-MM or
 * YYYY-MM-DD), publisher, language (default "ko"), identifier, modified
 * (ISO 8601, e.g. 2025-01-01T00:00:00Z), creator, description, rights.
 * jk_meta_get returns the value (borrowed: it lives as long as the doc)
 * or NULL; jk_meta_set copies key and val into the doc's arena.
 */
const char	*jk_meta_get(const struct jk_doc *, const char *key);
void		 jk_meta_set(struct jk_doc *, const char *key, const char *val);

/* === iteration ========================================================= */

enum jk_event { JK_EV_NONE = 0, JK_EV_ENTER, JK_EV_EXIT, JK_EV_DONE };

/*
 * Depth-first enter/exit walk of a subtree (cmark shape).  Every node
 * gets ENTER then EXIT, leaves included, so a renderer is one loop and
 * one switch.  Do not unlink the current node while iterating.
 */
struct jk_iter {
	struct jk_node	*root, *cur;
	enum jk_event	 ev;
};

void		 jk_iter_init(struct jk_iter *, struct jk_node *root);
enum jk_event	 jk_iter_next(struct jk_iter *);
struct jk_node	*jk_iter_node(const struct jk_iter *);

/* === checking, repair, dumping ========================================= */

/*
 * Check every invariant of the shape above (links consistent, children
 * allowed, levels 1..3, ids unique, NOTEREF targets exist, spans >= 1).
 * Returns the number of problems; each is described on out if not NULL.
 */
int		 jk_tree_check(const struct jk_node *root, FILE *out);

/*
 * Validate and repair: remove empty inline containers and empty blocks,
 * clamp heading levels, give ids to articles/figures/footnotes/headings
 * (a01, a01-f1, a01-n1, a01-h1 ...), make ids unique, turn NOTEREFs
 * without a target into plain text, fill cell spans.  Each repair is
 * reported to diag.  After it, jk_tree_check() returns 0.
 */
void		 jk_tree_repair(struct jk_doc *, struct jk_diag *);

/* One line per node, indented: a readable dump for tests and debugging. */
void		 jk_tree_dump(const struct jk_node *, FILE *);

/* === XML form (tree/xml.c) ============================================== */

/* Write the tree as XML (UTF-8, namespace urn:jikji:tree:1).  The output
 * of jk_xml_write for a tree read by jk_xml_read is byte-identical to the
 * input if that input was itself written by jk_xml_write.
 * Returns a malloc'd buffer (caller frees), length in *len. */
char		*jk_xml_write(const struct jk_doc *, size_t *len);

/* Does this buffer look like jikji XML (rather than extracted text)? */
int		 jk_xml_sniff(const char *buf, size_t len);

/* Parse and validate against the schema (no DTD, no entities, no
 * network).  Errors go to diag with the XML line.  NULL on failure. */
struct jk_doc	*jk_xml_read(const char *buf, size_t len, const char *name,
		    struct jk_diag *);

/* The RELAX NG schema text (compiled into the library). */
const char	*jk_xml_schema(void);

#endif
