/*
 * validate.c -- jk_tree_check (report every broken invariant),
 * jk_tree_repair (mend the tree so backends never see a broken one) and
 * jk_tree_dump (a readable text form for tests).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "tree.h"

/* === checking ========================================================== */

struct checker {
	FILE		*out;
	int		 problems;
	GHashTable	*ids;		/* id -> node */
};

static void
problem(struct checker *c, const struct jk_node *n, const char *what)
{
	c->problems++;
	if (c->out != NULL)
		fprintf(c->out, "line %d: %s: %s\n", n->line,
		    jk_ntype_name(n->type), what);
}

/* Rank of an article child: head parts come first, in this order; the
 * parts before the bylines appear at most once. */
enum { RANK_BYLINE = 4, RANK_BODY };

static int
head_rank(enum jk_ntype t)
{
	switch (t) {
	case JK_NODE_SERIES:
		return 0;
	case JK_NODE_SERIESDESC:
		return 1;
	case JK_NODE_TITLE:
		return 2;
	case JK_NODE_SUBTITLE:
		return 3;
	case JK_NODE_BYLINE:
		return RANK_BYLINE;
	default:
		return RANK_BODY;
	}
}

static void
check_node(struct checker *c, const struct jk_node *n)
{
	const struct jk_node *k, *prev = NULL;
	int	 rank = 0;

	if ((int)n->type < 0 || n->type >= JK_NTYPE__MAX) {
		problem(c, n, "unknown type");
		return;
	}
	if (n->type == JK_NODE_HEADING && (n->level < 1 || n->level > 3))
		problem(c, n, "heading level outside 1..3");
	if (n->type == JK_NODE_CELL && (n->colspan < 1 || n->rowspan < 1))
		problem(c, n, "cell span below 1");
	if (n->type == JK_NODE_TEXT && n->text == NULL)
		problem(c, n, "text node without text");
	if (n->type == JK_NODE_META && n->label == NULL)
		problem(c, n, "meta without a key");
	if (n->id != NULL && n->type != JK_NODE_NOTEREF) {
		if (g_hash_table_contains(c->ids, n->id))
			problem(c, n, "duplicate id");
		else
			g_hash_table_insert(c->ids, (gpointer)n->id,
			    (gpointer)n);
	}
	for (k = n->first; k != NULL; prev = k, k = k->next) {
		if (k->parent != n)
			problem(c, k, "wrong parent link");
		if (k->prev != prev)
			problem(c, k, "wrong prev link");
		if (!jk_can_contain(n->type, k->type))
			problem(c, k, "not allowed here");
		if (n->type == JK_NODE_ARTICLE) {
			if (head_rank(k->type) < rank)
				problem(c, k, "article head out of order");
			if (head_rank(k->type) < RANK_BYLINE &&
			    head_rank(k->type) ==
			    rank && prev != NULL && prev->type == k->type)
				problem(c, k, "repeated in article head");
			rank = head_rank(k->type);
		}
		if (n->type == JK_NODE_ISSUE && k->type == JK_NODE_META &&
		    prev != NULL && prev->type != JK_NODE_META)
			problem(c, k, "meta after content");
		check_node(c, k);
	}
	if (n->last != prev)
		problem(c, n, "wrong last link");
}

static void
check_refs(struct checker *c, const struct jk_node *n)
{
	const struct jk_node *k, *t;

	if (n->type == JK_NODE_NOTEREF) {
		t = n->id != NULL ? g_hash_table_lookup(c->ids, n->id) : NULL;
		if (t == NULL || t->type != JK_NODE_FOOTNOTE)
			problem(c, n, "note reference without its note");
	}
	for (k = n->first; k != NULL; k = k->next)
		check_refs(c, k);
}

int
jk_tree_check(const struct jk_node *root, FILE *out)
{
	struct checker	 c;

	c.out = out;
	c.problems = 0;
	c.ids = g_hash_table_new(g_str_hash, g_str_equal);
	if (root == NULL || root->type != JK_NODE_ISSUE) {
		c.problems++;
		if (out != NULL)
			fputs("root is not an issue\n", out);
	}
	if (root != NULL) {
		check_node(&c, root);
		check_refs(&c, root);
	}
	g_hash_table_destroy(c.ids);
	return c.problems;
}

/* === repair ============================================================ */

struct repair {
	struct jk_doc	*doc;
	struct jk_diag	*diag;
	GHashTable	*ids;		/* id -> node */
	GHashTable	*suffix;	/* wanted id -> next "-N" to try */
	int		 narticle;
};

static int
has_content(const struct jk_node *n)
{
	const struct jk_node *k;

	switch (n->type) {
	case JK_NODE_TEXT:
		return n->text != NULL && n->text[strspn(n->text,
		    " \t\n")] != '\0';
	case JK_NODE_PRE:
		return n->text != NULL && *n->text != '\0';
	case JK_NODE_BREAK:
		return 0;
	case JK_NODE_NOTEREF:
	case JK_NODE_PAGEBREAK:
	case JK_NODE_META:
	case JK_NODE_CELL:
		return 1;
	default:
		break;
	}
	for (k = n->first; k != NULL; k = k->next)
		if (has_content(k))
			return 1;
	return 0;
}

/* Put a child that its parent may not hold somewhere it may stand. */
static void
rehome(struct repair *r, struct jk_node *p, struct jk_node *k)
{
	struct jk_node	*w, *anc;

	if (jk_is_inline(k->type) && jk_can_contain(p->type, JK_NODE_PARA)) {
		w = jk_node_new(r->doc, JK_NODE_PARA, k->line);
		if (!jk_node_insert_before(k, w))
			jk_node_append(p, w);
		jk_node_append(w, k);
		jk_msg(r->diag, JK_M_TREE, k->line, "%s wrapped in a paragraph",
		    jk_ntype_name(k->type));
		return;
	}
	for (anc = p; anc->parent != NULL; anc = anc->parent)
		if (jk_can_contain(anc->parent->type, k->type)) {
			jk_node_insert_after(anc, k);
			jk_msg(r->diag, JK_M_TREE, k->line,
			    "%s moved out of %s", jk_ntype_name(k->type),
			    jk_ntype_name(p->type));
			return;
		}
	if (jk_can_contain(p->type, JK_NODE_TEXT)) {
		const char	*s = jk_node_plain(r->doc, k);

		w = jk_text_new(r->doc, s, (size_t)-1, k->line);
		jk_node_insert_before(k, w);
		jk_node_unlink(k);
		jk_msg(r->diag, JK_M_TREE, k->line, "%s turned into text",
		    jk_ntype_name(k->type));
		return;
	}
	jk_msg(r->diag, JK_M_TREE, k->line, "misplaced %s dropped: %.60s",
	    jk_ntype_name(k->type), jk_node_plain(r->doc, k));
	jk_node_unlink(k);
}

/* May this node go when it holds nothing? */
static int
drop_if_empty(const struct jk_node *n)
{
	switch (n->type) {
	case JK_NODE_FIGURE:
		return n->label == NULL;
	case JK_NODE_ISSUE:
	case JK_NODE_META:
	case JK_NODE_CELL:
	case JK_NODE_PAGEBREAK:
	case JK_NODE_NOTEREF:
	case JK_NODE_BREAK:
	case JK_NODE_TEXT:
		return 0;
	default:
		return 1;
	}
}

/* Put SERIES, SERIESDESC, TITLE, SUBTITLE, BYLINE first, in that order;
 * a repeated series, description, title or subtitle becomes a paragraph
 * of the body. */
static void
order_head(struct repair *r, struct jk_node *a)
{
	struct jk_node	*k, *next, *seen[RANK_BYLINE] = { NULL };
	GPtrArray	*heads[RANK_BODY];
	int		 rank;
	guint		 i;

	for (rank = 0; rank < RANK_BODY; rank++)
		heads[rank] = g_ptr_array_new();
	for (k = a->first; k != NULL; k = next) {
		next = k->next;
		rank = head_rank(k->type);
		if (rank == RANK_BODY)
			continue;
		if (rank < RANK_BYLINE && seen[rank] != NULL) {
			jk_msg(r->diag, JK_M_TREE, k->line,
			    "second %s kept as a paragraph",
			    jk_ntype_name(k->type));
			k->type = JK_NODE_PARA;
			continue;
		}
		if (rank < RANK_BYLINE)
			seen[rank] = k;
		g_ptr_array_add(heads[rank], k);
	}
	for (rank = RANK_BYLINE; rank >= 0; rank--) {
		for (i = heads[rank]->len; i > 0; i--)
			jk_node_prepend(a, g_ptr_array_index(heads[rank],
			    i - 1));
		g_ptr_array_free(heads[rank], TRUE);
	}
}

/*
 * Merge the run of TEXT siblings that starts at k into k, in one copy
 * (merging pairwise would copy the run once per node).  Returns the node
 * after the run.
 */
static struct jk_node *
merge_texts(struct repair *r, struct jk_node *k)
{
	struct jk_node	*t, *next;
	struct jk_buf	 b;

	if (k->next == NULL || k->next->type != JK_NODE_TEXT)
		return k->next;
	jk_buf_init(&b);
	jk_buf_puts(&b, k->text);
	for (t = k->next; t != NULL && t->type == JK_NODE_TEXT; t = next) {
		JK_WORK(1);
		next = t->next;
		if (t->text != NULL)
			jk_buf_puts(&b, t->text);
		jk_node_unlink(t);
	}
	k->text = jk_arena_strndup(r->doc->arena, b.data, b.len);
	jk_buf_free(&b);
	return t;
}

static void
repair_node(struct repair *r, struct jk_node *n)
{
	struct jk_node	*k, *next, *prev;

	if (n->type == JK_NODE_HEADING && (n->level < 1 || n->level > 3)) {
		jk_msg(r->diag, JK_M_LEVEL, n->line, "level %d", n->level);
		n->level = n->level < 1 ? 1 : 3;
	}
	if (n->type == JK_NODE_CELL) {
		if (n->colspan < 1)
			n->colspan = 1;
		if (n->rowspan < 1)
			n->rowspan = 1;
	}
	if (n->type == JK_NODE_TEXT && n->text == NULL)
		n->text = "";
	if (n->type == JK_NODE_META && n->label == NULL)
		n->label = "unknown";
	for (k = n->first; k != NULL; k = next) {
		JK_WORK(1);
		next = k->next;
		if (!jk_can_contain(n->type, k->type)) {
			/*
			 * What takes k's place (a wrapping paragraph, its
			 * text) is looked at next; rescanning from the first
			 * child would make many misplaced nodes quadratic.
			 */
			prev = k->prev;
			rehome(r, n, k);
			next = prev != NULL ? prev->next : n->first;
			continue;
		}
		repair_node(r, k);
		next = k->next;		/* rehomed grandchildren follow k */
		if (k->type == JK_NODE_TEXT) {
			if (*k->text == '\0') {
				jk_node_unlink(k);
				continue;
			}
			if (k->prev != NULL && k->prev->type ==
			    JK_NODE_TEXT) {
				/* k follows a merged run: rare (a rehomed
				 * node turned into text); join it. */
				k->prev->text = jk_arena_printf(r->doc->arena,
				    "%s%s", k->prev->text, k->text);
				jk_node_unlink(k);
				continue;
			}
			next = merge_texts(r, k);
			continue;
		}
		if (drop_if_empty(k) && !has_content(k)) {
			jk_msg(r->diag, JK_M_EMPTY, k->line, "%s",
			    jk_ntype_name(k->type));
			jk_node_unlink(k);
		}
	}
	if (n->type == JK_NODE_ARTICLE)
		order_head(r, n);
}

static const char *
unique_id(struct repair *r, struct jk_node *n, const char *want)
{
	const char	*id = want;
	int		 k;

	/* Start at the suffix the last clash of want stopped at: many
	 * nodes wanting one id stay linear. */
	k = GPOINTER_TO_INT(g_hash_table_lookup(r->suffix, want));
	if (k < 2)
		k = 2;
	while (g_hash_table_contains(r->ids, id)) {
		JK_WORK(1);
		id = jk_arena_printf(r->doc->arena, "%s-%d", want, k++);
	}
	if (id != want)
		g_hash_table_insert(r->suffix, (gpointer)want,
		    GINT_TO_POINTER(k));
	if (id != want && n->id != NULL)
		jk_msg(r->diag, JK_M_DUPID, n->line, "%s -> %s", want, id);
	g_hash_table_insert(r->ids, (gpointer)id, n);
	return id;
}

/* Give ids to the nodes that need them; keep the ones they have. */
static void
assign_ids(struct repair *r, struct jk_node *unit, const char *prefix,
    int *nf, int *nn, int *nh, int *nt, int *last_level)
{
	struct jk_node	*k;
	const char	*want;

	for (k = unit->first; k != NULL; k = k->next) {
		want = NULL;
		switch (k->type) {
		case JK_NODE_FIGURE:
			want = jk_arena_printf(r->doc->arena, "%s-f%d",
			    prefix, ++*nf);
			break;
		case JK_NODE_FOOTNOTE:
			want = jk_arena_printf(r->doc->arena, "%s-n%d",
			    prefix, ++*nn);
			break;
		case JK_NODE_HEADING:
			if (k->level > *last_level + 1) {
				jk_msg(r->diag, JK_M_LEVEL, k->line,
				    "level %d after %d", k->level,
				    *last_level);
				k->level = *last_level + 1;
			}
			*last_level = k->level;
			want = jk_arena_printf(r->doc->arena, "%s-h%d",
			    prefix, ++*nh);
			break;
		case JK_NODE_TABLE:
			want = jk_arena_printf(r->doc->arena, "%s-t%d",
			    prefix, ++*nt);
			break;
		default:
			break;
		}
		if (want != NULL)
			k->id = unique_id(r, k, k->id != NULL ? k->id : want);
		if (k->type == JK_NODE_SIDEBAR || k->type == JK_NODE_FIGURE)
			assign_ids(r, k, prefix, nf, nn, nh, nt, last_level);
	}
}

static void
fix_refs(struct repair *r, struct jk_node *n)
{
	struct jk_node	*k, *next, *t, *txt;

	for (k = n->first; k != NULL; k = next) {
		next = k->next;
		if (k->type != JK_NODE_NOTEREF) {
			fix_refs(r, k);
			continue;
		}
		t = k->id != NULL ? g_hash_table_lookup(r->ids, k->id) : NULL;
		if (t != NULL && t->type == JK_NODE_FOOTNOTE)
			continue;
		jk_msg(r->diag, JK_M_NOTEREF, k->line, "%s",
		    k->label != NULL ? k->label : "?");
		txt = jk_text_new(r->doc, k->label != NULL ? k->label : "",
		    (size_t)-1, k->line);
		jk_node_insert_before(k, txt);
		jk_node_unlink(k);
	}
}

void
jk_tree_repair(struct jk_doc *d, struct jk_diag *diag)
{
	struct repair	 r;
	struct jk_node	*k;
	int		 nf, nn, nh, nt, lvl;

	r.doc = d;
	r.diag = diag;
	r.ids = g_hash_table_new(g_str_hash, g_str_equal);
	r.suffix = g_hash_table_new(g_str_hash, g_str_equal);
	r.narticle = 0;
	repair_node(&r, d->root);
	/* META first. */
	for (k = d->root->last; k != NULL; ) {
		struct jk_node *prev = k->prev;

		if (k->type == JK_NODE_META && prev != NULL &&
		    prev->type != JK_NODE_META) {
			jk_node_prepend(d->root, k);
			k = d->root->last;
			continue;
		}
		k = prev;
	}
	for (k = d->root->first; k != NULL; k = k->next) {
		if (k->type != JK_NODE_ARTICLE && k->type != JK_NODE_ADVERT)
			continue;
		r.narticle++;
		k->id = unique_id(&r, k, k->id != NULL ? k->id :
		    jk_arena_printf(d->arena, "%s%02d",
		    k->type == JK_NODE_ARTICLE ? "a" : "ad", r.narticle));
	}
	for (k = d->root->first; k != NULL; k = k->next) {
		if (k->type != JK_NODE_ARTICLE && k->type != JK_NODE_ADVERT)
			continue;
		nf = nn = nh = nt = lvl = 0;
		assign_ids(&r, k, k->id, &nf, &nn, &nh, &nt, &lvl);
	}
	fix_refs(&r, d->root);
	g_hash_table_destroy(r.suffix);
	g_hash_table_destroy(r.ids);
}

/* === dump ============================================================== */

static void
dump_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s != '\0'; s++) {
		if (*s == '\n')
			fputs("\\n", f);
		else if (*s == '"' || *s == '\\')
			fprintf(f, "\\%c", *s);
		else
			fputc(*s, f);
	}
	fputc('"', f);
}

void
jk_tree_dump(const struct jk_node *root, FILE *f)
{
	struct jk_iter	 it;
	struct jk_node	*n;
	int		 depth = 0;

	jk_iter_init(&it, (struct jk_node *)root);
	while (jk_iter_next(&it) != JK_EV_DONE) {
		n = jk_iter_node(&it);
		if (it.ev == JK_EV_EXIT) {
			depth--;
			continue;
		}
		fprintf(f, "%*s%s", depth * 2, "", jk_ntype_name(n->type));
		depth++;
		if (n->id != NULL)
			fprintf(f, " id=%s", n->id);
		if (n->label != NULL) {
			fputs(" label=", f);
			dump_str(f, n->label);
		}
		if (n->type == JK_NODE_HEADING)
			fprintf(f, " level=%d", n->level);
		if (n->flags != 0)
			fprintf(f, " flags=%d", n->flags);
		if (n->colspan > 1 || n->rowspan > 1)
			fprintf(f, " span=%dx%d", n->colspan, n->rowspan);
		if (n->line > 0)
			fprintf(f, " @%d", n->line);
		if (n->text != NULL) {
			fputc(' ', f);
			dump_str(f, n->text);
		}
		fputc('\n', f);
	}
}

