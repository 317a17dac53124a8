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
 *
 * A box may also be cut short: its text runs on in a part of the page
 * the extraction lost, so its last line closes no sentence, and it is
 * spaced as the text around it.  Then the sentence it cut must close
 * right after it, in one word (`…도입하고␠␠` | box | `있다. 한편, …`):
 * the open paragraph's last line broke at a space, the box's body holds
 * a closed sentence of its own, and the line after the box opens with
 * a single word that ends the sentence.
 */
#include <string.h>

#include "blkpriv.h"

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
	return st->f[prev].trail == 0 && (st->f[r].k & K_OPEN) &&
	    st_glue_is_word(st, prev, r);
}

/* Does s open with one word of Hangul that closes a sentence ("있다. …",
 * "했다.")?  At most 4 syllables, then "다." and a space or the end. */
static int
closing_word(const char *s)
{
	const char	*p = s;
	int		 n = 0;
	gunichar	 c = 0, prev = 0;

	while (*p != '\0' && *p != ' ') {
		prev = c;
		c = g_utf8_get_char(p);
		if (c == '.' && *g_utf8_next_char(p) != '\0' &&
		    *g_utf8_next_char(p) != ' ')
			return 0;
		if (c != '.' && (c < 0xAC00 || c > 0xD7A3))
			return 0;
		if (c != '.')
			n++;
		p = g_utf8_next_char(p);
	}
	return c == '.' && prev == 0xB2E4 /* 다 */ && n >= 2 && n <= 4;
}

/* How often the issue prints the last syllable of line e's last word, a
 * space and word w[0..n) inside one line ("고 있다"): how well the
 * sentence of e reads on into that word. */
static int
reads_on(const struct st *st, int e, const char *w, size_t n)
{
	const char	*s = st->f[e].s, *end = s + strlen(s), *p;
	char		 pat[64];
	size_t		 i, lp;
	int		 c = 0;

	while (end > s && end[-1] == ' ')
		end--;
	if (end == s)
		return 0;
	p = g_utf8_find_prev_char(s, end);
	lp = (size_t)(end - p);
	if (lp + 1 + n >= sizeof(pat))
		return 0;
	memcpy(pat, p, lp);
	pat[lp] = ' ';
	memcpy(pat + lp + 1, w, n);
	pat[lp + 1 + n] = '\0';
	for (i = 0; i < st->t->n && c < 2; i++)
		for (p = st->t->lines[i].s; p != NULL &&
		    (p = strstr(p, pat)) != NULL && c < 2; p += lp + 1 + n)
			c++;
	return c;
}

/* The box's body runs from first, spaced as the text (double-spaced
 * lines stay double-spaced), to a last line that closes no sentence;
 * see the head of this file. */
static int
cut_short(const struct st *st, int k, int to, int prev, int first,
    int *firstp, int *lastp, int *rp)
{
	int	 j, last = -1, n = 0, r = -1, sent = 0, sp;
	size_t	 wl;

	if ((st->f[prev].k & K_TERM) || st->f[prev].trail < 1 ||
	    (st->f[first].k & K_OPEN))
		return 0;
	sp = -1;
	for (j = first; j >= 0; j = st_next_body(st, k, to, j)) {
		if (closing_word(st->f[j].s)) {
			r = j;
			break;
		}
		if ((st->f[j].k & NOT_TEXT) || st->f[j].lead > 0)
			return 0;
		if (j != first) {
			if (sp < 0)
				sp = st->f[j].blanks;
			if (st->f[j].blanks != sp || sp > 1)
				return 0;
		}
		if (strstr(st->f[j].s, "다. ") != NULL ||
		    (st->f[j].k & K_TERM))
			sent++;
		if (++n > MAXLINES)
			return 0;
		last = j;
	}
	if (r < 0 || n < 3 || sent == 0 || (st->f[r].k & NOT_TEXT) ||
	    st->f[r].lead > 0 || st->f[r].blanks > 1)
		return 0;
	/* the closing word reads on from the paragraph the box cut, and
	 * never from the box's own last line (else it closes the box) */
	wl = strcspn(st->f[r].s, ".");
	if (reads_on(st, prev, st->f[r].s, wl) < 2 ||
	    reads_on(st, last, st->f[r].s, wl) > 0)
		return 0;
	*firstp = first;
	*lastp = last;
	*rp = r;
	return 1;
}

int
st_box_shape(const struct st *st, int k, int to, int prev, int i,
    double p90, int *firstp, int *lastp, int *rp)
{
	int	 j, first, last = -1, n = 0, r;

	if (p90 <= 0)
		return 0;
	/* the title: short, no sentence, a blank under it */
	if ((st->f[i].k & (K_TERM | NOT_TEXT)) || st->f[i].lead > 0 ||
	    st->f[i].w >= TITLE_FRAC * p90 || st->f[i].blanks > 1)
		return 0;
	if ((first = st_next_body(st, k, to, i)) < 0 ||
	    st->f[first].blanks < 1 || st->f[first].lead > 0)
		return 0;
	if (cut_short(st, k, to, prev, first, firstp, lastp, rp))
		return 1;
	if (!open_end(st, prev, p90))
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
	b->cutby = CUT_BOX;
	return last;
}
