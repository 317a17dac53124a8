/*
 * prose.c -- running text: paragraphs, and the decision at each break
 * whether the sentence goes on in the next block.
 */
#include <stdlib.h>
#include <string.h>

#include "blkpriv.h"
#include "../util/lexicon.h"

/* The last word of flow line i. */
static const char *
last_word(const struct st *st, int i)
{
	const char	*a = strrchr(st->f[i].s, ' ');

	return a != NULL ? a + 1 : st->f[i].s;
}

/* The eojeol made by gluing the last word of flow line prev to the
 * first word of line i, into w; its length, or 0. */
size_t
st_glue_word(const struct st *st, int prev, int i, char *w, size_t wlen)
{
	const char	*a = last_word(st, prev), *e;
	size_t		 la, lb;

	e = strchr(st->f[i].s, ' ');
	la = strlen(a);
	lb = e != NULL ? (size_t)(e - st->f[i].s) : strlen(st->f[i].s);
	if (la + lb + 1 > wlen || !st_is_hangul_start(st->f[i].s))
		return 0;
	memcpy(w, a, la);
	memcpy(w + la, st->f[i].s, lb);
	lb = st_trim_punct(w, la + lb) - la;
	w[la + lb] = '\0';
	return la + lb;
}

/* "문의: …", "신청 방법: …": a line opened by a short label and a
 * colon. */
static int
colon_field(const char *s)
{
	const char	*p = s;
	int		 n = 0;

	while (n <= 8 && (st_is_hangul_start(p) || (*p == ' ' && p > s))) {
		if (*p == ' ')
			p++;
		else {
			p += 3;
			n++;
		}
	}
	while (*p == ' ')
		p++;
	return n >= 2 && n <= 8 && p[0] == ':' && p[1] == ' ';
}

/* "첫째," "셋째," "다섯째,": an ordinal opening a point. */
static int
ordinal_start(const char *s)
{
	const char	*p = s;
	int		 n = 0;

	while (st_is_hangul_start(p) && n < 4) {
		p += 3;
		n++;
	}
	return n >= 2 && p[0] == ',' && p - 3 >= s &&
	    strncmp(p - 3, "째", 3) == 0;
}

/* Does gluing line i to line prev make a word the issue or the
 * language knows? */
int
st_glue_is_word(const struct st *st, int prev, int i)
{
	char	 w[200];
	size_t	 n = st_glue_word(st, prev, i, w, sizeof(w));

	return n > 0 && (jk_vocab_has(st->t, w, n) ||
	    jk_lex_word(w, n) == JK_LEX_YES);
}

/* Does gluing line i to line prev make a word the document knows? */
int
bk_glue_known(const struct st *st, int prev, int i)
{
	char	 w[200];
	size_t	 n = st_glue_word(st, prev, i, w, sizeof(w));

	return n > 0 && jk_vocab_has(st->t, w, n);
}

/* Does gluing line i to line prev make a word of the language whose
 * first half, line prev's last word, is none ("사용하도|록")? */
int
bk_glue_lex(const struct st *st, int prev, int i)
{
	const char	*tail = last_word(st, prev);
	char		 w[200];
	size_t		 n = st_glue_word(st, prev, i, w, sizeof(w));

	return n > 0 && jk_utf8_count(tail) >= 2 &&
	    jk_lex_word(w, n) == JK_LEX_YES &&
	    jk_lex_word(tail, strlen(tail)) == JK_LEX_NO;
}

/*
 * A sentence cut by a figure, glued mid-word to the first line after
 * the figure: does that make a word the document or the language's
 * word list knows ("작성|되었습니다")?  If not, and a later line of the
 * unit opens with a bound morpheme that makes one the document knows,
 * the sentence goes on there (a column swap): returns that line.
 */
static int
better_resume(struct bctx *b, int prev, int i)
{
	struct st	*st = b->st;
	char		 w[200];
	size_t		 n;
	int		 j, found = -1, cnt = 0;

	if (st->f[prev].trail > 0 || (st->f[i].k & K_OPEN))
		return -1;
	if ((n = st_glue_word(st, prev, i, w, sizeof(w))) == 0 ||
	    jk_vocab_has(st->t, w, n) || jk_lex_word(w, n) == JK_LEX_YES)
		return -1;
	for (j = i + 1; j < b->a->to; j++) {
		if (!(st->f[j].k & K_OPEN) || st->f[j].role != R_BODY ||
		    st->f[j].art != b->k ||
		    st->f[j].blanks == 0 || (j > 0 &&
		    !(st->f[j - 1].k & K_TERM)))
			continue;
		if ((n = st_glue_word(st, prev, j, w, sizeof(w))) > 0 &&
		    jk_vocab_has(st->t, w, n)) {
			found = j;
			cnt++;
		}
	}
	return cnt == 1 ? found : -1;
}

/*
 * Does the language's word list take the glued eojeol w (n bytes) of
 * line prev's last word and line i's first as one word ("무|시하고")?
 * Not when line i opens with a particle or an ending and line prev's
 * last word is a word alone ("입|에": any noun takes one, which says
 * nothing about the join; "과정입니|다." is evidence).
 */
static int
lex_glue(const struct st *st, int prev, int i, const char *w, size_t n)
{
	const char	*tail = last_word(st, prev);

	if (jk_lex_word(w, n) != JK_LEX_YES)
		return 0;
	if (!jk_is_open_start(st->f[i].s))
		return 1;
	return jk_lex_word(tail, strlen(tail)) == JK_LEX_NO;
}

/* Is gluing line i to line prev right in an advert: the glued word is
 * one of the word list, or either half is none (so the break may well
 * fall inside a word)? */
static int
advert_glue(const struct st *st, int prev, int i)
{
	const char	*tail = last_word(st, prev);
	char		 w[200];
	size_t		 n = st_glue_word(st, prev, i, w, sizeof(w)), hl;

	if (n == 0)
		return 1;
	if (jk_lex_word(w, n) != JK_LEX_NO)
		return 1;
	hl = strcspn(st->f[i].s, " ");
	return jk_lex_word(tail, strlen(tail)) != JK_LEX_YES ||
	    jk_lex_word(st->f[i].s, hl) != JK_LEX_YES;
}

/* Does line prev end in a syllable that ends no Korean word, a
 * pre-final ending or the first syllable of a two-syllable ending
 * ("들어있느|냐에", "하였|으나"), and line i open with the rest: Hangul
 * that is no word of the issue or of the language by itself?  Then the
 * word goes on, known or not. */
static int
ends_unfinished(const struct st *st, int prev, int i)
{
	const char	*s = st->f[prev].s, *b = st->f[i].s;
	size_t		 lb;

	if (!st_ends_prefinal(s) && !st_ends_with(s, "느"))
		return 0;
	b += strspn(b, " ");
	lb = strcspn(b, " ,.");
	return lb > 0 && jk_is_hangul(g_utf8_get_char(b)) &&
	    !jk_vocab_has(st->t, b, lb) && jk_lex_word(b, lb) != JK_LEX_YES;
}

/* Report a join of two extraction blocks whose glued eojeol neither the
 * document nor the language's word list knows: the order may be wrong. */
static int
check_glue(struct st *st, int prev, int i)
{
	const char	*e = st->f[prev].s + strlen(st->f[prev].s);
	char		 w[200];
	size_t		 n;

	/* a particle after a Latin word, a number or a bracket
	 * ("(ControlSource)을"): the word list knows no such word, and
	 * the text prints them so all the time */
	/* a series tagline printed across the sentence, taken out of the
	 * flow: the block after it goes on with an ending ("삭제|하면") */
	if (st->tagbefore != NULL && st->tagbefore[i] &&
	    (st->f[i].k & K_OPEN))
		return 0;
	while (e > st->f[prev].s && e[-1] == ' ')
		e--;
	if (e > st->f[prev].s && (unsigned char)e[-1] < 0x80 &&
	    strchr(".,;:!?", e[-1]) == NULL && (st->f[i].k & K_OPEN) &&
	    st->f[i].s[strspn(st->f[i].s, " ")] & 0x80)
		return 0;
	if ((n = st_glue_word(st, prev, i, w, sizeof(w))) == 0 ||
	    jk_vocab_has(st->t, w, n) || lex_glue(st, prev, i, w, n) ||
	    ends_unfinished(st, prev, i))
		return 0;
	jk_msg(st->d, JK_M_ORDERUNSURE, st->f[i].ln, "block at line %d glued "
	    "to line %d would make '%s', a word found nowhere else and in "
	    "no word list: not glued, extraction order kept", st->f[i].ln,
	    st->f[prev].ln, w);
	return 1;
}

/* The blank lines that count between flow lines prev and i: those
 * before i when only blank lines stand between them in the print;
 * none where something else does (the reading order put i after a
 * line it does not follow, or a figure or box was lifted from between
 * them) and i is running text: the blank lines around a block's end
 * and start are the block's, and say nothing of the paragraph cut at
 * prev, which its own trailing space tells. */
static int
join_blanks(const struct st *st, int prev, int i)
{
	size_t	 x = (size_t)st->f[prev].idx + 1;

	while (x < st->t->n && st->t->lines[x].blank)
		x++;
	return x == (size_t)st->f[i].idx || !st_is_prose_share(st, i, 0.15) ?
	    st->f[i].blanks : 0;
}

void
bk_prose(struct bctx *b, int i)
{
	struct st	*st = b->st;
	char		 why[200];
	enum jk_join	 j;
	int		 prev = b->plast, cut_before, r;

	bk_close_list(b);
	if (b->pfirst < 0) {
		jk_buf_puts(&b->para, st->f[i].s);
		b->pfirst = b->plast = i;
		return;
	}
	why[0] = '\0';
	j = jk_join_decide(st->t, st->f[prev].l, st->f[i].l,
	    join_blanks(st, prev, i), 0, &b->jc, st->o->explain ? why : NULL,
	    sizeof(why));
	/* two spaces after a sentence that does not end the article,
	 * and the text goes on with no blank line in double-spaced text:
	 * the paragraph goes on */
	if (j == JK_JOIN_PARA && (st->f[prev].k & K_ENDCAND) &&
	    !(st->f[prev].k & K_END) && b->jc.double_spaced &&
	    st->f[i].blanks == 0 && st->f[i].lead == 0 &&
	    !ordinal_start(st->f[i].s)) {
		j = JK_JOIN_SPACE;
		if (st->o->explain)
			snprintf(why, sizeof(why), "two trailing spaces but no "
			    "article end, next line follows at once");
	}
	/* "신청 방법: …" then "문의: …": one field a line */
	if (j != JK_JOIN_PARA && colon_field(st->f[prev].s) &&
	    colon_field(st->f[i].s) && st->f[i].blanks <= 1) {
		j = JK_JOIN_PARA;
		if (st->o->explain)
			snprintf(why, sizeof(why), "a 'label: value' line after "
			    "another");
	}
	/* an advert is short lines: glue one to the next mid-word only
	 * when that makes a known word (a line that closes a bracket, then
	 * a blank line, is a row of its own) */
	if ((j == JK_JOIN_NONE || (j == JK_JOIN_SPACE &&
	    jk_join_ended_short(st->t, st->f[prev].l, st->f[i].l, &b->jc))) &&
	    b->a->advert &&
	    (st->f[prev].w < 0.6 * b->jc.p90 || (st_ends_with(st->f[prev].s,
	    ")") && st->f[i].blanks >= 1)) && !bk_glue_known(st, prev, i)) {
		j = JK_JOIN_PARA;
		if (st->o->explain)
			snprintf(why, sizeof(why), "advert lines, and the glued "
			    "word is unknown");
	}
	/* an advert's display lines end at words: a line without a
	 * trailing space is glued to the next only when the glued word is
	 * one ("추가하고|우리 회사에" is two) */
	if (j == JK_JOIN_NONE && b->a->advert && st->f[i].blanks >= 1 &&
	    !bk_glue_known(st, prev, i) && !advert_glue(st, prev, i)) {
		j = JK_JOIN_SPACE;
		if (st->o->explain)
			snprintf(why, sizeof(why), "advert lines: the glued word "
			    "is no word, its halves are: word boundary");
	}
	/* inside a single-spaced run (the line is glued to the one
	 * before it), a blank line after a closed sentence ends the
	 * paragraph, as in single-spaced text; not when the sentence
	 * closes with a trailing space (a wrap inside the paragraph) and
	 * the run began inside a double-spaced paragraph or the line is a
	 * full one */
	if (j == JK_JOIN_SPACE && (st->f[prev].k & K_TERM) &&
	    !(st->f[prev].trail > 0 && (bk_run_start(b, prev) > b->pfirst ||
	    st->f[prev].w >= 0.85 * b->jc.p90)) &&
	    b->jc.double_spaced && st->f[prev].blanks == 0 &&
	    prev > b->pfirst && st->f[i].blanks == 1 &&
	    st->f[prev].lead == 0 && st->f[prev - 1].l != st->f[prev].l &&
	    st_is_prose(st, prev - 1) && !(st->f[prev - 1].k & K_TERM)) {
		j = JK_JOIN_PARA;
		if (st->o->explain)
			snprintf(why, sizeof(why), "single-spaced run: a "
			    "closed sentence, then a blank line");
	}
	/* "셋째, …" after a closed sentence opens the next point */
	if (j == JK_JOIN_SPACE && (st->f[prev].k & K_TERM) &&
	    ordinal_start(st->f[i].s)) {
		j = JK_JOIN_PARA;
		if (st->o->explain)
			snprintf(why, sizeof(why), "closed sentence, then an "
			    "ordinal opens the next point");
	}
	cut_before = b->cut;
	if (b->cut && b->a->rs_from == st->f[prev].ln) {
		/* the cut sentence goes on in a column extracted later */
		jk_msg(st->d, JK_M_ORDERUNSURE, st->f[i].ln, "line %d starts "
		    "a new sentence; the sentence cut at line %d goes on at "
		    "line %d", st->f[i].ln, st->f[prev].ln, b->a->rs_to);
		b->openpara = 1;
		b->cut = b->cutcount = 0;
		b->cutby = CUT_FIGURE;
		j = JK_JOIN_PARA;
		if (st->o->explain)
			snprintf(why, sizeof(why), "cut sentence resumes at "
			    "line %d", b->a->rs_to);
	} else if (b->cut && (r = better_resume(b, prev, i)) >= 0) {
		/* the cut sentence goes on further down: leave the
		 * paragraph open for the reading-order repair */
		jk_msg(st->d, JK_M_ORDERUNSURE, st->f[i].ln, "line %d does not "
		    "continue the sentence cut at line %d; line %d does",
		    st->f[i].ln, st->f[prev].ln, st->f[r].ln);
		b->openpara = 1;
		b->cut = b->cutcount = 0;
		b->cutby = CUT_FIGURE;
		j = JK_JOIN_PARA;
		if (st->o->explain)
			snprintf(why, sizeof(why), "cut sentence resumes at "
			    "line %d", st->f[r].ln);
	} else if (b->cut && b->cutby == CUT_FIGURE && b->a->advert &&
	    st->f[prev].trail == 0 && !bk_glue_known(st, prev, i)) {
		/* an advert's display line ends at a word: across a figure
		 * too, it goes on mid-word only into a word the issue
		 * knows ("…코너 클릭|정부R&D과제" is two blocks) */
		b->cut = b->cutcount = 0;
		b->cutby = CUT_FIGURE;
		j = JK_JOIN_PARA;
		if (st->o->explain)
			snprintf(why, sizeof(why), "advert line after a "
			    "figure, and the glued word is unknown");
	} else if (b->cut && j == JK_JOIN_PARA) {
		j = st->f[prev].trail > 0 ? JK_JOIN_SPACE : JK_JOIN_NONE;
		if (st->o->explain)
			snprintf(why, sizeof(why), "the sentence goes on "
			    "across a figure, %s", st->f[prev].trail > 0 ?
			    "trailing space" : "no trailing space");
	}
	if (st->o->explain)
		bk_explain_join(st, prev, i, j, why);
	if (b->cut) {
		if (b->cutcount)
			st->nsentjoin++;
		jk_msg(st->d, JK_M_SENTJOIN, st->f[i].ln,
		    "sentence from line %d continues after the %s",
		    st->f[prev].ln, b->cutby == CUT_BYLINE ? "byline" :
		    b->cutby == CUT_BOX ? "box" : "figure");
		b->cut = b->cutcount = 0;
		b->cutby = CUT_FIGURE;
	}
	if (j == JK_JOIN_PARA) {
		bk_flush_para(b);
		jk_buf_puts(&b->para, st->f[i].s);
		b->pfirst = b->plast = i;
		return;
	}
	/* a new extraction block glued mid-word: is that word real?  If
	 * not, the block does not continue this text (unless the reading
	 * order repair or a reports split put it here on evidence of its
	 * own) */
	if (j == JK_JOIN_NONE && st->f[i].lead > 0 && !cut_before &&
	    !(st->f[i].k & K_MOVED) && check_glue(st, prev, i)) {
		bk_flush_para(b);
		jk_buf_puts(&b->para, st->f[i].s);
		b->pfirst = b->plast = i;
		return;
	}
	jk_join_append(&b->para, st->f[i].s, j);
	b->plast = i;
}
