/*
 * boxes.c -- a box printed across a sentence of the running text: a short
 * title, its own closed paragraph, and the sentence going on after it.
 *
 * The shape, not the title's words, tells it: the running paragraph is
 * open (its last line ends mid-sentence, or a closed sentence with the
 * trailing space of a paragraph that goes on); then a short line with no
 * terminal form, a blank, a run of 2 to MAXLINES lines with no blank
 * among them whose last one closes a sentence, a blank, and a line
 * opened by a leading space (the first line of a block after a jump),
 * or by the rest of the word the paragraph's last line cut (a word of
 * the issue or of the language's word list), that is no heading,
 * caption or list item.  The box goes into the tree
 * as a sidebar after the paragraph, and the sentence is joined across it
 * (bk_prose, as across a figure).
 */
#include <string.h>

#include "blkpriv.h"
#include "../util/lexicon.h"

#define MAXLINES	14	/* box body lines at most */
#define TITLE_FRAC	0.6	/* the title is shorter than this x p90 */
#define FULL_FRAC	0.85	/* a line at least this x p90 is full */

/* Flags of a line that is a block of its own, never box title or body
 * (a short title may look like chart debris: that flag says nothing) */
#define NOT_TEXT	(K_CAPTION | K_SOURCE | K_NUMHEAD | K_CIRCLED | \
			 K_BULLET | K_NOTE | K_NUMROW | K_BYLINE | K_STUB | \
			 K_LABEL)

/* Is the open paragraph's last line prev one that the sentence or the
 * paragraph goes on after?  (p90: a full line's width) */
static int
open_end(const struct st *st, int prev, double p90)
{
	const struct fl	*f = &st->f[prev];

	if (!(f->k & K_TERM))
		return f->trail < 2;	/* two spaces close a block */
	return f->trail == 1 && f->w >= FULL_FRAC * p90;
}

/* Line prev ends inside a word that line r, opened by a bound morpheme,
 * completes: the glued word is one the issue or the language knows. */
static int
word_goes_on(const struct st *st, int prev, int r)
{
	char		 w[200];
	size_t		 n;

	if (st->f[prev].trail > 0 || !(st->f[r].k & K_OPEN) ||
	    (n = st_glue_word(st, prev, r, w, sizeof(w))) == 0)
		return 0;
	return jk_vocab_has(st->t, w, n) || jk_lex_word(w, n) == JK_LEX_YES;
}

int
st_box_shape(const struct st *st, int k, int to, int prev, int i,
    double p90, int *firstp, int *lastp, int *rp)
{
	int	 j, first, last = -1, n = 0, r;

	if (p90 <= 0 || !open_end(st, prev, p90))
		return 0;
	/* the title: short, no sentence, a blank under it */
	if ((st->f[i].k & (K_TERM | NOT_TEXT)) || st->f[i].lead > 0 ||
	    st->f[i].w >= TITLE_FRAC * p90 || st->f[i].blanks > 1)
		return 0;
	if ((first = st_next_body(st, k, to, i)) < 0 ||
	    st->f[first].blanks < 1 || st->f[first].lead > 0)
		return 0;
	/* the body: single-spaced, closed at its end */
	for (j = first; j >= 0; j = st_next_body(st, k, to, j)) {
		if ((st->f[j].k & NOT_TEXT) || st->f[j].lead > 0 ||
		    (j != first && st->f[j].blanks > 0))
			break;
		if (++n > MAXLINES)
			return 0;
		last = j;
	}
	if (n < 2 || !(st->f[last].k & K_TERM))
		return 0;
	/* the sentence goes on: a block after a jump, or the rest of a
	 * word cut at the line end */
	r = st_next_body(st, k, to, last);
	if (r < 0 || st->f[r].blanks < 1 || (st->f[r].k & NOT_TEXT) ||
	    (st->f[r].lead == 0 && !word_goes_on(st, prev, r)))
		return 0;
	*firstp = first;
	*lastp = last;
	*rp = r;
	return 1;
}

int
bk_cut_box(struct bctx *b, int i)
{
	struct st	*st = b->st;
	struct jk_node	*sb, *p;
	const char	*text;
	int		 prev = b->plast, j, first, last, r;

	if (b->pfirst < 0 || b->cur != b->art || !st_box_shape(st, b->k,
	    bk_unit_to(b), prev, i,
	    b->jc.p90, &first, &last, &r))
		return -1;
	sb = jk_node_new(st->doc, JK_NODE_SIDEBAR, st->f[i].ln);
	sb->label = "box";
	jk_node_add_text(st->doc, sb, JK_NODE_TITLE, st->f[i].s,
	    st->f[i].ln);
	text = bk_join_lines(st, first, last + 1, 0, -1);
	p = jk_node_new(st->doc, JK_NODE_PARA, st->f[first].ln);
	st_inline(st, p, text, p->line, b->a);
	jk_node_append(sb, p);
	bk_add_block(b, sb);
	for (j = i; j <= last; j++)
		if (st->f[j].art == b->k && st->f[j].role == R_BODY)
			st->f[j].role = R_DONE;
	jk_msg(st->d, JK_M_SENTJOIN, st->f[i].ln, "box '%s' (lines %d-%d) "
	    "lifted out of the sentence cut at line %d, which goes on at "
	    "line %d", st->f[i].s, st->f[i].ln, st->f[last].ln,
	    st->f[prev].ln, st->f[r].ln);
	bk_set_cut(b);
	return last;
}
