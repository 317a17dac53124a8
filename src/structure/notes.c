/*
 * notes.c -- inline text and footnote references.
 *
 * References are glued to the text by the extraction ("달러01,",
 * "예측02하고", "System)01", "난연수지* 의").  A marker becomes a NOTEREF
 * only when the article holds a footnote with that marker; the first
 * unlinked occurrence is linked.
 */
#include <string.h>

#include "blkpriv.h"

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

int
bk_footnote(struct bctx *b, int i)
{
	struct st	*st = b->st;
	struct jk_node	*fn;
	struct jk_buf	 buf;
	const char	*s = st->f[i].s, *p = s;
	int		 j, prev = i, open_para;
	char		 why[200];
	enum jk_join	 jj;

	/* notes printed inside a cut sentence wait for its end */
	open_para = b->pfirst >= 0 && !(st->f[b->plast].k & K_TERM);
	if (!open_para)
		bk_flush_para(b);
	bk_close_list(b);
	while (*p == '*' || (*p >= '0' && *p <= '9'))
		p++;
	fn = jk_node_new(st->doc, JK_NODE_FOOTNOTE, st->f[i].ln);
	fn->label = jk_arena_strndup(st->doc->arena, s, (size_t)(p - s));
	fn->id = jk_arena_printf(st->doc->arena, "a%02d-n%d", b->k + 1,
	    ++b->nnote);
	while (*p == ' ')
		p++;
	jk_buf_init(&buf);
	jk_buf_puts(&buf, p);
	for (j = bk_next_body(b, i); j >= 0 && st->f[j].blanks == 0 &&
	    !(st->f[j].k & (K_NOTE | K_CAPTION | K_BYLINE | K_BULLET |
	    K_NUMHEAD | K_CIRCLED)) && !(st->f[prev].k & K_TERM &&
	    st->f[prev].w < 0.7 * st->p90); j = bk_next_body(b, j)) {
		why[0] = '\0';
		jj = jk_join_decide(st->t, st->f[prev].l, st->f[j].l, 0, 0,
		    &b->jc, st->o->explain ? why : NULL, sizeof(why));
		if (jj == JK_JOIN_PARA) {
			jj = JK_JOIN_SPACE;
			snprintf(why, sizeof(why), "one footnote: a space");
		}
		if (st->o->explain)
			bk_explain_join(st, prev, j, jj, why);
		jk_join_append(&buf, st->f[j].s, jj);
		st->f[j].role = R_DONE;
		prev = j;
	}
	jk_node_add_text(st->doc, fn, JK_NODE_PARA, buf.data, st->f[i].ln);
	jk_buf_free(&buf);
	if (open_para) {
		bk_set_cut(b);
		bk_add_block(b, fn);
	} else
		jk_node_append(b->cur, fn);
	return prev;
}
