/*
 * notes.c -- inline text and footnote references.
 *
 * References are glued to the text by the extraction ("달러01,",
 * "예측02하고", "System)01", "난연수지* 의").  A marker becomes a NOTEREF
 * only when the article holds a footnote with that marker; the first
 * unlinked occurrence is linked.
 */
#include <string.h>

#include "stpriv.h"

void
st_inline(struct st *st, struct jk_node *parent, const char *s, int line,
    struct art *a)
{
	(void)a;
	if (s == NULL || *s == '\0')
		return;
	jk_node_append(parent, jk_text_new(st->doc, s, (size_t)-1, line));
}

struct note {
	struct jk_node	*fn;
	int		 used;
};

static void
collect(struct jk_node *n, struct note *notes, int *nn, int max)
{
	struct jk_node	*c;

	for (c = n->first; c != NULL; c = c->next) {
		if (c->type == JK_NODE_FOOTNOTE && c->label != NULL &&
		    *nn < max) {
			notes[*nn].fn = c;
			notes[*nn].used = 0;
			(*nn)++;
		} else if (c->type == JK_NODE_SIDEBAR)
			collect(c, notes, nn, max);
	}
}

/* Where in s does a glued reference with marker lab sit?  -1 if none. */
static int
find_ref(const char *s, const char *lab)
{
	size_t		 ll = strlen(lab), from = 0, off, len;
	const char	*p;

	if (lab[0] == '*') {
		/* exactly this many asterisks, right after a word */
		for (p = strstr(s, lab); p != NULL; p = strstr(p + 1, lab))
			if (p > s && p[-1] != '*' && p[-1] != ' ' &&
			    p[ll] != '*')
				return (int)(p - s);
		return -1;
	}
	/* numbered references: the cleanup stage knows their shape */
	while (jk_noteref_find(s, from, &off, &len) > 0) {
		if (len == ll && memcmp(s + off, lab, ll) == 0)
			return (int)off;
		from = off + len;
	}
	return -1;
}

static int
link_text(struct st *st, struct jk_node *t, struct note *nt)
{
	const char	*s = t->text, *lab = nt->fn->label, *after;
	int		 at = find_ref(s, lab);
	struct jk_node	*ref, *rest;

	if (at < 0)
		return 0;
	ref = jk_node_new(st->doc, JK_NODE_NOTEREF, t->line);
	ref->id = nt->fn->id;
	ref->label = lab;
	after = s + at + strlen(lab);
	/* "트윈* 에": the particle belongs to the word before the marker */
	if (after[0] == ' ' && jk_is_open_start(after + 1))
		after++;
	rest = jk_text_new(st->doc, after, (size_t)-1, t->line);
	t->text = jk_arena_strndup(st->doc->arena, s, (size_t)at);
	jk_node_insert_after(t, ref);
	if (rest->text[0] != '\0')
		jk_node_insert_after(ref, rest);
	nt->used = 1;
	return 1;
}

static void
walk(struct st *st, struct jk_node *n, struct note *nt)
{
	struct jk_node	*c;

	for (c = n->first; c != NULL && !nt->used; c = c->next) {
		if (c->type == JK_NODE_FOOTNOTE || c->type == JK_NODE_PRE)
			continue;
		if (c->type == JK_NODE_TEXT && c->text != NULL &&
		    (n->type == JK_NODE_PARA || n->type == JK_NODE_ITEM ||
		    n->type == JK_NODE_CELL)) {
			if (link_text(st, c, nt))
				return;
			continue;
		}
		walk(st, c, nt);
	}
}

void
st_noterefs(struct st *st, struct jk_node *art)
{
	struct note	 notes[64];
	int		 nn = 0, i;

	collect(art, notes, &nn, 64);
	for (i = 0; i < nn; i++) {
		walk(st, art, &notes[i]);
		if (!notes[i].used)
			jk_msg(st->d, JK_M_NOTEORPHAN, notes[i].fn->line,
			    "note %s: no reference found in the text",
			    notes[i].fn->label);
	}
}
