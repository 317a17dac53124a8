/*
 * order.c -- reading-order repair inside one article (rule 1).
 *
 * A paragraph with an open end (no terminal form) is the first half of a
 * sentence whose second half the extraction put elsewhere.  A later
 * paragraph with an open start (bound morpheme, particle) is a candidate
 * second half; the pair is joined only when the glued eojeol occurs
 * elsewhere in the document and no other candidate does.  Otherwise the
 * extraction order is kept and reported.
 */
#include <stdlib.h>
#include <string.h>

#include "stpriv.h"

static struct jk_node *
only_text(struct jk_node *p)
{
	if (p->type != JK_NODE_PARA || p->first == NULL ||
	    p->first != p->last || p->first->type != JK_NODE_TEXT)
		return NULL;
	return p->first;
}

/* Last eojeol of s (after the last space). */
static const char *
last_word(const char *s)
{
	const char	*p = strrchr(s, ' ');

	return p != NULL ? p + 1 : s;
}

static size_t
first_word_len(const char *s)
{
	const char	*p = strchr(s, ' ');

	return p != NULL ? (size_t)(p - s) : strlen(s);
}

/* Strip trailing punctuation from a glued word for the vocabulary. */
static size_t
core_len(const char *w, size_t n)
{
	while (n > 0 && strchr(".,;:!?)\"'", w[n - 1]) != NULL)
		n--;
	return n;
}

/* A sentence cut at source line a that goes on at line b, found when
 * the articles were made (a column after the end marker): join the two
 * paragraphs, with a space unless the cut falls mid-word (glue). */
static void
join_known(struct st *st, struct jk_node *art, int a, int b, int end,
    int glue)
{
	struct jk_node	*p, *open = NULL, *cont = NULL, *ta, *tb, *at, *nx;
	struct jk_buf	 buf;

	for (p = art->first; p != NULL; p = p->next) {
		if (p->type != JK_NODE_PARA)
			continue;
		if ((p->flags & JK_F_UNSURE) && p->line <= a)
			open = p;
		if (p->line == b && cont == NULL)
			cont = p;
	}
	if (open == NULL || cont == NULL || open == cont ||
	    (ta = only_text(open)) == NULL || (tb = only_text(cont)) == NULL)
		return;
	jk_buf_init(&buf);
	jk_buf_puts(&buf, ta->text);
	if (!glue)
		jk_buf_putc(&buf, ' ');
	jk_buf_puts(&buf, tb->text);
	ta->text = jk_doc_strdup(st->doc, buf.data);
	jk_buf_free(&buf);
	open->flags &= ~JK_F_UNSURE;
	st->nsentjoin++;
	/* the rest of that column follows the joined paragraph */
	for (at = open, p = cont->next; p != NULL; p = nx) {
		nx = p->next;
		if (p->line <= b || p->line > end)
			break;
		jk_node_insert_after(at, p);
		at = p;
	}
	jk_node_unlink(cont);
	jk_msg(st->d, JK_M_ORDER, b, "paragraph from line %d continues the "
	    "sentence cut at line %d (a column extracted after the end "
	    "marker)", b, a);
}

void
st_order(struct st *st, struct jk_node *art, struct art *ar)
{
	struct jk_node	*p, *q, *cand, *ta, *tb;
	const char	*lw, *s;
	char		 buf[256];
	size_t		 ll, fl;
	int		 ncand;

	if (ar != NULL && ar->rs_from > 0)
		join_known(st, art, ar->rs_from, ar->rs_to, ar->rs_end,
		    ar->rs_glue);
	/* an advert is short lines, not running sentences */
	if (art->type == JK_NODE_ADVERT)
		return;
	for (p = art->first; p != NULL; p = p->next) {
		if ((ta = only_text(p)) == NULL || ta->text == NULL)
			continue;
		s = ta->text;
		/* a contact or source line closes its item; a list of
		 * names is no sentence, nor is an event's edition over a
		 * talk ("제42회 … 데이", the kicker) */
		if (jk_is_terminal(s) || jk_is_label_close(s) ||
		    jk_is_name_list(s) || strlen(s) < 20 || jk_event_line(s))
			continue;
		lw = last_word(s);
		ll = strlen(lw);
		if (ll == 0 || ll > 60 || !st_is_hangul_start(lw))
			continue;
		/* the next paragraph already continues it? */
		ncand = 0;
		cand = NULL;
		for (q = p->next; q != NULL; q = q->next) {
			if ((tb = only_text(q)) == NULL || tb->text == NULL)
				continue;
			if (!jk_is_open_start(tb->text))
				continue;
			fl = first_word_len(tb->text);
			if (ll + fl + 1 > sizeof(buf))
				continue;
			memcpy(buf, lw, ll);
			memcpy(buf + ll, tb->text, fl);
			buf[ll + fl] = '\0';
			if (jk_vocab_has(st->t, buf, core_len(buf, ll + fl))) {
				ncand++;
				cand = q;
			}
		}
		if (ncand == 1) {
			struct jk_buf	 b;

			tb = only_text(cand);
			jk_buf_init(&b);
			jk_buf_puts(&b, s);
			jk_buf_puts(&b, tb->text);
			ta->text = jk_doc_strdup(st->doc, b.data);
			jk_buf_free(&b);
			if (p->flags & JK_F_UNSURE) {
				/* a sentence cut by a figure, resumed */
				p->flags &= ~JK_F_UNSURE;
				st->nsentjoin++;
			}
			jk_msg(st->d, JK_M_ORDER, cand->line, "paragraph from "
			    "line %d joined to the open sentence of line %d",
			    cand->line, p->line);
			jk_node_unlink(cand);
		} else if (p->next != NULL &&
		    (p->next->type == JK_NODE_HEADING || p->next->type ==
		    JK_NODE_PARA) && !jk_is_terminal(s) &&
		    !st_ends_with(s, ",")) {
			jk_msg(st->d, JK_M_ORDERUNSURE, p->line,
			    "paragraph ends mid-sentence (%d candidates)",
			    ncand);
		}
	}
}
