/*
 * figures.c -- figures and debris: a caption anchor with its title,
 * sources and data lines; loose sources and credits; chart and diagram
 * debris without a caption, kept as figure data out of the flow; the
 * caption rows printed after a photo-number grid.
 */
#include <stdlib.h>
#include <string.h>

#include "blkpriv.h"

static int	 absorb_sources(struct bctx *, struct jk_node *, int);

/* A figure: caption anchor, its title, sources and a debris run. */
/*
 * The open paragraph ends a sentence with one trailing space (a wrap
 * inside the paragraph, not its end) right before a figure whose last
 * line is i, and the text after the figure resumes on a leading-space
 * prose line with at most one blank line before it: the paragraph goes
 * on there.
 * Also when the articles were made with the paragraph going on after
 * the end bk_marker (a swap).
 */
/* Blank lines right before flow line i in the text: past the page
 * furniture taken out of the flow, only those that touch the line. */
static int
blanks_before(const struct st *st, int i)
{
	size_t	 j = (size_t)st->f[i].idx;
	int	 n = 0;

	while (j > 0 && st->t->lines[j - 1].blank) {
		j--;
		n++;
	}
	return n;
}

static int
term_goes_on(struct bctx *b, int i)
{
	struct st	*st = b->st;
	int		 nx = bk_next_body(b, i);

	/* the paragraph goes on in a column extracted later */
	if (b->a->rs_from > 0 && st->f[b->plast].ln == b->a->rs_from)
		return 1;
	return st->f[b->plast].trail == 1 && nx >= 0 &&
	    st->f[nx].lead > 0 && blanks_before(st, nx) <= 1 &&
	    st_is_prose(st, nx) && !(st->f[nx].k & (K_CAPTION |
	    K_NUMHEAD | K_BULLET | K_CIRCLED | K_NOTE));
}

/*
 * Put a finished figure into the flow.  A paragraph cut by it (its last
 * line does not end a sentence, or the sentence goes on after the figure)
 * waits for the rest; otherwise it ends here.  Returns i.
 */
static int
close_figure(struct bctx *b, struct jk_node *fig, int i)
{
	struct st	*st = b->st;

	if (b->pfirst >= 0 && (!(st->f[b->plast].k & K_TERM) ||
	    term_goes_on(b, i)))
		bk_set_cut(b);
	else
		bk_flush_para(b);
	bk_add_block(b, fig);
	b->lastfig = fig;
	return i;
}

/* First line of the single-spaced run (lines with no blank line
 * between them) that ends at line i, within the open paragraph.  A
 * column block moved here by the reading-order repair starts a run of
 * its own: its blank count is of the line it followed in the source. */
int
bk_run_start(const struct bctx *b, int i)
{
	const struct fl	*f = b->st->f;

	while (i > b->pfirst && f[i].blanks == 0 && f[i - 1].idx < f[i].idx)
		i--;
	return i;
}

/* Number of debris lines (no sentence, no caption) from j on. */
static int
debris_run(const struct bctx *b, int j)
{
	const struct st	*st = b->st;
	int		 n = 0;

	for (; j >= 0 && n < 8 && (st->f[j].k & K_DEBRIS) &&
	    !(st->f[j].k & K_CAPTION) && !st_is_prose(st, j);
	    j = bk_next_body(b, j))
		n++;
	return n;
}

/* "2021     2022     2023": two or more years and nothing else. */
static int
years_only(const char *s)
{
	char	 buf[8];
	int	 n = 0, y;

	for (;;) {
		while (*s == ' ')
			s++;
		if (*s == '\0')
			return n >= 2;
		if (strspn(s, "0123456789") != 4 || (s[4] != ' ' &&
		    s[4] != '\0'))
			return 0;
		memcpy(buf, s, 4);
		buf[4] = '\0';
		y = atoi(buf);
		if (y < 1900 || y > 2100)
			return 0;
		n++;
		s += 4;
	}
}

/* "구분 2021 2022 2023": a label, then years only (a table's header). */
static int
year_row(const char *s)
{
	s = strchr(s, ' ');
	return s != NULL && years_only(s);
}

int
bk_figure(struct bctx *b, int i)
{
	struct st	*st = b->st;
	struct jk_node	*fig, *pre, *src1;
	struct jk_buf	 deb;
	int		 j, nx, first = i, ndeb = 0, cap, head, forced, src;
	const char	*s = st->f[i].s;
	char		 lab[32];

	fig = jk_node_new(st->doc, JK_NODE_FIGURE, st->f[i].ln);
	/* "그림3" -> "그림 3"; "[그림 3]" -> "그림 3" (the brackets are
	 * the print's style, the style sheet sets its own) */
	s = st_unbracket(s);
	if (strncmp(s, "그림", 6) == 0 || strncmp(s, "표", 3) == 0) {
		size_t	 w = strncmp(s, "그림", 6) == 0 ? 6 : 3;
		const char *num = s + w;
		int	 n;

		while (*num == ' ')
			num++;
		n = (int)strspn(num, "0123456789");
		snprintf(lab, sizeof(lab), "%.*s %.*s", (int)w, s, n, num);
		fig->label = jk_doc_strdup(st->doc, lab);
	}
	b->nfig++;
	j = bk_next_body(b, i);
	if (j >= 0 && !(st->f[j].k & (K_CAPTION | K_NUMHEAD)) &&
	    !(st->f[j].k & K_SOURCE)) {
		const char	*ct = st->f[j].s;
		size_t		 cl = strlen(ct);

		/* a stray chart digit printed after the title ("… 0") */
		if (cl > 4 && ct[cl - 1] >= '0' && ct[cl - 1] <= '9' &&
		    ct[cl - 2] == ' ' && !(ct[cl - 3] >= '0' &&
		    ct[cl - 3] <= '9')) {
			jk_msg(st->d, JK_M_DEBRISDROP, st->f[j].ln, "stray "
			    "digit '%c' after the caption title dropped",
			    ct[cl - 1]);
			ct = jk_arena_strndup(st->doc->arena, ct, cl - 2);
		}
		jk_node_add_text(st->doc, fig, JK_NODE_CAPTION, ct,
		    st->f[j].ln);
		st->f[j].role = R_DONE;
		i = j;
	} else
		jk_msg(st->d, JK_M_CAPTION, st->f[i].ln, "%s", s);
	/* a flattened table under the caption; its first row may be
	 * the header of years ("구분 2021 2022 2023"), or a row */
	j = bk_next_body(b, i);
	if (j >= 0 && bk_table_at(b, j, &cap, &head, 1) && cap < 0 &&
	    head < 0) {
		if (year_row(st->f[j].s)) {
			head = j;
			j = bk_next_body(b, j);
		}
	} else if (j >= 0 && cap < 0 && head >= 0)
		for (j = head; j >= 0 && !(st->f[j].k & K_NUMROW);
		    j = bk_next_body(b, j))
			;
	else
		j = -1;
	/* (a header with no numeric row under it is no table) */
	if (j >= 0) {
		i = st_table(st, NULL, fig, b->k, b->a->to, -1, head, j);
		i = absorb_sources(b, fig, i);
		return close_figure(b, fig, i);
	}
	/* where does the figure material end?  At the next caption, or at
	 * the leading-space line that resumes the cut sentence */
	forced = -1;
	for (j = bk_next_body(b, i), nx = 0, src = 0; j >= 0 && nx < 80;
	    j = bk_next_body(b, j), nx++) {
		const struct fl *f = &st->f[j];

		/* after the source line, a block start that is no chart
		 * text is the text again ("<자료: OECD>", then " 에 가서(예를
		 * 들면, Ubuntu, Arch,"); chart labels may follow a source */
		if (src && f->lead > 0 && !(f->k & (K_SOURCE | K_CAPTION |
		    K_DEBRIS | K_NUMROW | K_DOUBLED))) {
			forced = j;
			break;
		}
		if (f->k & K_SOURCE)
			src = 1;
		/* (chart text set with a leading space, a row of years
		 * " 2019     2020 …", resumes no sentence) */
		if (nx > 0 && f->lead > 0 && (f->blanks == 0 ||
		    (f->blanks >= 1 && b->pfirst >= 0 &&
		    !(st->f[b->plast].k & K_TERM) && st_is_prose(st, j))) &&
		    !(f->k & (K_CAPTION | K_BYLINE)) &&
		    !((f->k & K_DEBRIS) && !st_is_prose(st, j)) && (f->w >= 0.75 *
		    b->jc.p90 || (nx < 12 && b->pfirst >= 0 &&
		    f->w >= 0.6 * b->jc.p90 &&
		    !(st->f[b->plast].k & K_TERM)))) {
			forced = j;
			break;
		}
		if (f->k & (K_NUMHEAD | K_BYLINE | K_NOTE | K_TERM))
			break;
		if (nx > 0 && nx < 12 && (f->k & K_CAPTION)) {
			forced = j;
			break;
		}
		if (nx >= 12 && (f->k & K_CAPTION))
			break;
	}
	jk_buf_init(&deb);
	pre = NULL;
	for (j = bk_next_body(b, i); j >= 0; j = bk_next_body(b, j)) {
		const struct fl *f = &st->f[j];

		if (f->k & (K_CAPTION | K_NUMHEAD | K_BYLINE | K_NOTE))
			break;
		if (forced >= 0 && j >= forced)
			break;
		if (b->nfields > 0 && bk_field_at(b, j) >= 0)
			break;
		if (f->k & K_SOURCE) {
			jk_node_add_text(st->doc, fig, JK_NODE_SOURCE, f->s,
			    f->ln);
			st->f[j].role = R_DONE;
			i = j;
			continue;
		}
		nx = bk_next_body(b, j);
		/* a label line (no sentence) over a run of debris lines;
		 * in a narrow column it can be as wide as prose, but then
		 * three debris lines follow it */
		if (forced < 0 && !(f->k & (K_TERM | K_BULLET | K_CIRCLED)) &&
		    nx >= 0 && (st->f[nx].k & K_DEBRIS) &&
		    !st_is_prose(st, nx) && !(st->f[nx].k & K_CAPTION) &&
		    strchr(f->s, ' ') != NULL && ((!(f->k & K_DEBRIS) &&
		    !st_is_prose(st, j) && f->w < 0.8 * b->jc.p90) ||
		    (f->lead == 0 && !(f->k & K_OPEN) && f->w < b->jc.p90 &&
		    debris_run(b, nx) >= 3))) {
			if (deb.len > 0)
				jk_buf_putc(&deb, '\n');
			jk_buf_puts(&deb, f->s);
			ndeb++;
			st->f[j].role = R_DONE;
			i = j;
			continue;
		}
		if (forced < 0 && (!(f->k & K_DEBRIS) || st_is_prose(st, j)))
			break;
		/* a short line that resumes the cut sentence */
		if (forced < 0 && f->lead > 0 && (f->k & K_OPEN))
			break;
		nx = bk_next_body(b, j);
		if (forced < 0 && b->pfirst >= 0 &&
		    !(st->f[b->plast].k & K_TERM) && f->lead > 0 && nx >= 0 &&
		    st_is_prose(st, nx))
			break;
		if (deb.len > 0)
			jk_buf_putc(&deb, '\n');
		jk_buf_puts(&deb, f->s);
		ndeb++;
		st->f[j].role = R_DONE;
		i = j;
	}
	if (ndeb > 0) {
		pre = jk_node_new(st->doc, JK_NODE_PRE, st->f[first].ln);
		pre->text = jk_doc_strdup(st->doc, deb.data);
		/* the data before the sources read after it (under the
		 * caption) */
		if ((src1 = jk_node_child(fig, JK_NODE_SOURCE)) != NULL)
			jk_node_insert_before(src1, pre);
		else
			jk_node_append(fig, pre);
		jk_msg(st->d, JK_M_DEBRIS, st->f[first].ln,
		    "%d chart/diagram lines kept as figure data", ndeb);
	}
	jk_buf_free(&deb);
	if (fig->first == NULL) {
		/* nothing but the anchor: keep it as text */
		struct jk_node *p = jk_node_new(st->doc, JK_NODE_PARA,
		    st->f[first].ln);

		jk_node_append(p, jk_text_new(st->doc, s, (size_t)-1,
		    st->f[first].ln));
		bk_flush_para(b);
		bk_add_block(b, p);
		return i;
	}
	return close_figure(b, fig, i);
}

/* A figure label past the bracket it may be printed in ("[그림 3]",
 * "<표 1>", "〈그림 2〉"). */
const char *
st_unbracket(const char *s)
{
	if (s[0] == '[' || s[0] == '<')
		return s + 1;
	if (strncmp(s, "〈", strlen("〈")) == 0)
		return s + strlen("〈");
	return s;
}

/* Source lines right after a figure's data; a "<…" source runs on
 * until its closing ">". */
static int
absorb_sources(struct bctx *b, struct jk_node *fig, int i)
{
	struct st	*st = b->st;
	int		 j, open = 0;

	for (j = bk_next_body(b, i); j >= 0; j = bk_next_body(b, j)) {
		if (!(st->f[j].k & K_SOURCE) && !(open &&
		    !(st->f[j].k & K_TERM) && st->f[j].blanks <= 1))
			break;
		if (open && fig->last != NULL &&
		    fig->last->type == JK_NODE_SOURCE) {
			struct jk_node *t = jk_text_new(st->doc, st->f[j].s,
			    (size_t)-1, st->f[j].ln);

			jk_node_append(fig->last, jk_text_new(st->doc, " ", 1,
			    st->f[j].ln));
			jk_node_append(fig->last, t);
		} else
			jk_node_add_text(st->doc, fig, JK_NODE_SOURCE,
			    st->f[j].s, st->f[j].ln);
		open = st->f[j].s[0] == '<' ? strchr(st->f[j].s, '>') ==
		    NULL : open && strchr(st->f[j].s, '>') == NULL;
		st->f[j].role = R_DONE;
		i = j;
	}
	return i;
}

/* Source or credit line outside a figure: to the nearest figure. */
void
bk_loose_source(struct bctx *b, int i)
{
	struct st	*st = b->st;
	struct jk_node	*fig;

	if (b->lastfig != NULL && b->lastfig->line >= st->f[i].ln - 12) {
		fig = b->lastfig->last;
		if (fig != NULL && fig->type == JK_NODE_SOURCE &&
		    st->f[i].s[0] != '<' && fig->first != NULL &&
		    fig->first->type == JK_NODE_TEXT &&
		    fig->first->text[0] == '<' &&
		    strchr(jk_node_plain(st->doc, fig), '>') == NULL) {
			/* the second line of a "<…" source */
			jk_node_append(fig, jk_text_new(st->doc, " ", 1,
			    st->f[i].ln));
			jk_node_append(fig, jk_text_new(st->doc, st->f[i].s,
			    (size_t)-1, st->f[i].ln));
			return;
		}
		jk_node_add_text(st->doc, b->lastfig, JK_NODE_SOURCE,
		    st->f[i].s, st->f[i].ln);
		return;
	}
	fig = jk_node_new(st->doc, JK_NODE_FIGURE, st->f[i].ln);
	jk_node_add_text(st->doc, fig, JK_NODE_SOURCE, st->f[i].s,
	    st->f[i].ln);
	bk_add_block(b, fig);
	b->lastfig = fig;
}

/* A line of digits and the characters of also only, one digit at least
 * ("01 02" with " ", "92,507" or "8.5%" with " ,.%"). */
int
st_figures_only(const char *s, const char *also)
{
	int	 digits = 0;

	for (; *s != '\0'; s++)
		if (g_ascii_isdigit(*s))
			digits++;
		else if (strchr(also, *s) == NULL)
			return 0;
	return digits > 0;
}

/*
 * Does no word of s end in a particle or an ending (labels are nouns)?
 * With units, a chart's label line: a word may carry its unit in
 * brackets ("출하량(톤)", "비중(%)") or be Latin letters and digits
 * ("Q4", "1Q", "2차"), up to twelve words (four labels of three words,
 * "평균 대기 지수 통과율(%) 보전 횟수 …"), one of them Hangul; without,
 * up to four.
 */
int
st_noun_words(const char *s, int units)
{
	/* (the particles and endings no common noun ends in: "국가",
	 * "경로", "법인" end as 가, 로, 인 do) */
	static const char *const pe[] = { "을", "를", "은", "는", "의", "에",
	    "와", "과", "며", "면", "다", "요", "할", "된", NULL };
	char		 w[96];
	const char	*p = s, *q;
	size_t		 n;
	int		 k, words = 0, hangul = 0;

	while (*p != '\0') {
		while (*p == ' ')
			p++;
		n = strcspn(p, " ");
		if (n == 0)
			break;
		/* a unit with a space inside its brackets ("길이(천 m)",
		 * "생산(억 원)"): one word */
		if (units && memchr(p, '(', n) != NULL &&
		    memchr(p, ')', n) == NULL && (q = strchr(p + n, ')')) !=
		    NULL && q - (p + n) <= 12 &&
		    memchr(p + n, '(', (size_t)(q - (p + n))) == NULL)
			n = (size_t)(q - p) + 1;
		if (n >= sizeof(w))
			return 0;
		memcpy(w, p, n);
		w[n] = '\0';
		p += n;
		words++;
		/* a unit in brackets after the word */
		if (units && n > 2 && w[n - 1] == ')' &&
		    (q = strchr(w, '(')) != NULL && q > w) {
			n = (size_t)(q - w);
			w[n] = '\0';
		}
		if (!st_is_hangul_start(w)) {
			/* a year cut short: "’22년", "'24" */
			q = w;
			if (units && strncmp(q, "’", strlen("’")) == 0)
				q += strlen("’");
			else if (units && *q == '\'')
				q++;
			if (!units || !(g_ascii_isalnum(*q)))
				return 0;
			for (; *q != '\0' && (unsigned char)*q < 0x80; q++)
				if (!g_ascii_isalnum(*q) && *q != '&')
					return 0;
			if (*q == '\0')
				continue;
			/* "2차": digits, then Hangul */
			if (!st_is_hangul_start(q))
				return 0;
		}
		hangul++;
		/* (two syllables ending in 과 are a noun, "결과", "성과",
		 * "통과", far more often than a one-syllable stem and its
		 * particle) */
		for (k = 0; pe[k] != NULL; k++)
			if (n > 3 && st_ends_with(w, pe[k]) &&
			    !jk_particle_misfits(w, n) &&
			    !(n == 6 && strcmp(pe[k], "과") == 0))
				return 0;
	}
	return hangul >= 1 && words >= 1 && words <= (units ? 12 : 4);
}

/*
 * A chart printed with no caption label: a line of labels, then at
 * least two lines of figures only (the axis, the values), then its
 * source ("2차 년도 비중(%) 목표치 1차 년도", " 2021     2022     2023",
 * "8166", "3592", "<자료: 편집부 재구성>"; the axis is years).  The
 * label line is no sentence (no closed form, not a full line broken at
 * a space).  Returns the source line when flow line i of unit k (whose
 * flow ends before to, whose column's lines are p90 wide) opens one,
 * else -1.  The reading order (reorder.c) looks past it as the block
 * builder does.
 */
int
st_anchorless_chart(const struct st *st, int k, int to, int i, double p90)
{
	int	 j, n = 0;

	/* (a full line is prose broken inside a word, unless it is made
	 * of labels alone: in narrow columns a line of labels is as wide
	 * as the text) */
	if (st->f[i].k & (K_TERM | K_CAPTION | K_SOURCE | K_BYLINE |
	    K_NOTE | K_BULLET | K_NUMHEAD | K_CIRCLED) ||
	    st->f[i].trail > 0 || (st->f[i].w >= 0.9 * p90 &&
	    !st_noun_words(st->f[i].s, 1)))
		return -1;
	for (j = st_next_body(st, k, to, i); j >= 0 && n < 8;
	    j = st_next_body(st, k, to, j)) {
		if (st->f[j].k & K_SOURCE)
			return n >= 2 ? j : -1;
		/* (the first a row of years, the chart's axis: a grid of
		 * photo numbers under a heading is no chart) */
		if (!st_figures_only(st->f[j].s, " ,.%") || (n == 0 &&
		    !years_only(st->f[j].s)))
			return -1;
		n++;
	}
	return -1;
}

/*
 * A chart with no caption label (st_anchorless_chart()) at line i: its
 * lines go into a figure of their own, out of the reading flow, and the
 * sentence they cut goes on after them.  Returns the source line, or -1
 * when line i opens no such chart.
 */
int
bk_anchorless_chart(struct bctx *b, int i)
{
	struct st	*st = b->st;
	struct jk_buf	 deb;
	struct jk_node	*fig, *pre;
	int		 j, n = 0, src;

	if ((src = st_anchorless_chart(st, b->k, bk_unit_to(b), i,
	    b->jc.p90)) < 0)
		return -1;
	jk_buf_init(&deb);
	for (j = i; j >= 0 && j < src; j = bk_next_body(b, j), n++) {
		if (deb.len > 0)
			jk_buf_putc(&deb, '\n');
		jk_buf_puts(&deb, st->f[j].s);
		st->f[j].role = R_DONE;
	}
	pre = jk_node_new(st->doc, JK_NODE_PRE, st->f[i].ln);
	pre->text = jk_doc_strdup(st->doc, deb.data);
	jk_buf_free(&deb);
	fig = jk_node_new(st->doc, JK_NODE_FIGURE, st->f[i].ln);
	jk_node_append(fig, pre);
	close_figure(b, fig, src);
	jk_node_add_text(st->doc, fig, JK_NODE_SOURCE, st->f[src].s,
	    st->f[src].ln);
	st->f[src].role = R_DONE;
	jk_msg(st->d, JK_M_DEBRIS, st->f[i].ln, "%d chart lines with no "
	    "caption kept as figure data", n);
	return src;
}

/* A short line of words with no ending (chart labels, "신규채용
 * 해외법인", "’17년 원가 절감(억)": units and years as a chart's label
 * line has them) right over a figure's source line: the figure's text. */
static int
labels_over_source(struct bctx *b, int j)
{
	struct st	*st = b->st;
	int		 nx = bk_next_body(b, j);

	/* (a year cut short, "’17년", opens no sentence's rest) */
	return nx >= 0 && (st->f[nx].k & K_SOURCE) &&
	    !(st->f[j].k & K_TERM) && !((st->f[j].k & K_OPEN) &&
	    st_is_hangul_start(st->f[j].s)) && st->f[j].trail == 0 &&
	    st->f[j].w < 0.6 * b->jc.p90 && st_noun_words(st->f[j].s, 1);
}

/* Debris with no caption: to the last figure without data, else PRE. */
int
bk_loose_debris(struct bctx *b, int i)
{
	struct st	*st = b->st;
	struct jk_buf	 deb;
	struct jk_node	*pre, *fig;
	int		 j, last = i, n = 0, c, h;

	jk_buf_init(&deb);
	for (j = i; j >= 0; j = bk_next_body(b, j)) {
		if ((!(st->f[j].k & K_DEBRIS) || (st_is_prose(st, j) &&
		    !(st->f[j].k & K_STUB))) && !(n > 0 &&
		    labels_over_source(b, j)))
			break;
		if (st->f[j].k & (K_CAPTION | K_NUMHEAD | K_BYLINE |
		    K_CIRCLED | K_NOTE))
			break;
		if (n > 0 && st->f[j].lead > 0 && (st->f[j].k & K_OPEN))
			break;
		/* a flattened table or a record is not debris */
		if ((st->f[j].k & K_NUMROW) || bk_table_at(b, j, &c, &h, 0) ||
		    (b->nfields > 0 && bk_field_at(b, j) >= 0))
			break;
		if (deb.len > 0)
			jk_buf_putc(&deb, '\n');
		jk_buf_puts(&deb, st->f[j].s);
		st->f[j].role = R_DONE;
		last = j;
		n++;
	}
	if (n == 0) {
		/* nothing taken: the line is ordinary text */
		jk_buf_free(&deb);
		return -1;
	}
	pre = jk_node_new(st->doc, JK_NODE_PRE, st->f[i].ln);
	pre->text = jk_doc_strdup(st->doc, deb.data);
	jk_buf_free(&deb);
	if (b->lastfig != NULL && !jk_node_child(b->lastfig, JK_NODE_PRE) &&
	    !jk_node_child(b->lastfig, JK_NODE_TABLE)) {
		jk_node_append(b->lastfig, pre);
		jk_msg(st->d, JK_M_DEBRIS, st->f[i].ln, "%d stray chart lines "
		    "moved into %s", n, b->lastfig->label != NULL ?
		    b->lastfig->label : "the last figure");
	} else {
		/* kept as the data of a figure of its own, out of the
		 * reading flow */
		fig = jk_node_new(st->doc, JK_NODE_FIGURE, st->f[i].ln);
		jk_node_append(fig, pre);
		close_figure(b, fig, last);
		jk_msg(st->d, JK_M_DEBRIS, st->f[i].ln,
		    "%d chart/diagram lines kept as figure data", n);
	}
	return last;
}

/* === captions of a photo-number grid ==================================== */

/* A pre of two or more lines holding only numbers: a photo-number grid
 * ("1 7 / 3 9 / 5 11"), the photos' captions printed after it. */
static int
number_grid(const struct jk_node *fig)
{
	const struct jk_node *c;
	const char	*s;

	for (c = fig->first; c != NULL; c = c->next)
		if (c->type == JK_NODE_CAPTION)
			return 0;
	for (c = fig->first; c != NULL && c->type != JK_NODE_PRE; c = c->next)
		;
	return c != NULL && (s = c->text) != NULL && strchr(s, '\n') != NULL &&
	    st_figures_only(s, " \n");
}

/* The one text of a heading or paragraph that leaves a sentence open
 * (a caption row), or NULL. */
static const char *
caption_row(const struct jk_node *p)
{
	const char	*s;

	if ((p->type != JK_NODE_PARA && p->type != JK_NODE_HEADING) ||
	    p->first == NULL || p->first != p->last ||
	    p->first->type != JK_NODE_TEXT || (s = p->first->text) == NULL)
		return NULL;
	if (jk_is_terminal(s) || jk_is_label_close(s) ||
	    st_ends_with(s, ",") || st_ends_with(s, ":"))
		return NULL;
	return s;
}

/* s without its spaces, appended to buf. */
static void
put_unspaced(struct jk_buf *buf, const char *s)
{
	for (; *s != '\0'; s++)
		if (*s != ' ')
			jk_buf_putc(buf, *s);
}

/* Append one caption row, after a break when the caption has text. */
static void
add_row(struct st *st, struct jk_node *cap, const char *s, size_t len,
    int line)
{
	if (cap->first != NULL)
		jk_node_append(cap, jk_node_new(st->doc, JK_NODE_BREAK, line));
	jk_node_append(cap, jk_text_new(st->doc, s, len, line));
}

/*
 * Put text (the joined lines from source line `line` on) into cap a
 * printed row a row: a line that broke at a space goes on in the next,
 * one that did not ends its row.  Only when the flow's lines from there
 * give back exactly that text; 0 if they do not.
 */
static int
rows_of(struct st *st, struct jk_node *cap, const char *text, int line)
{
	struct jk_buf	 want, got, row;
	int		 i, j, i0 = -1, ok = 0, rl = line;

	for (i = 0; i < st->n && i0 < 0; i++)
		if (st->f[i].ln == line)
			i0 = i;
	if (i0 < 0)
		return 0;
	jk_buf_init(&want);
	jk_buf_init(&got);
	jk_buf_init(&row);
	put_unspaced(&want, text);
	for (i = i0; i < st->n && got.len < want.len; i++) {
		put_unspaced(&got, st->f[i].s);
		if (got.len > want.len ||
		    memcmp(got.data, want.data, got.len) != 0)
			break;
	}
	ok = want.len > 0 && got.len == want.len &&
	    memcmp(got.data, want.data, got.len) == 0;
	for (j = i0; ok && j < i; j++) {
		if (row.len > 0 && st->f[j - 1].trail > 0)
			jk_buf_putc(&row, ' ');
		else if (row.len > 0) {
			add_row(st, cap, row.data, row.len, rl);
			row.len = 0;
		}
		if (row.len == 0)
			rl = st->f[j].ln;
		jk_buf_puts(&row, st->f[j].s);
	}
	if (ok && row.len > 0)
		add_row(st, cap, row.data, row.len, rl);
	jk_buf_free(&want);
	jk_buf_free(&got);
	jk_buf_free(&row);
	return ok;
}

/*
 * The rows printed right after a photo-number grid, up to the first
 * paragraph that closes a sentence, are the photos' captions: they go
 * into the grid's figure as its caption, a printed row a line, never
 * headings or text of the flow.
 */
void
st_grid_captions(struct st *st, struct jk_node *art)
{
	struct jk_node	*fig, *p, *nx, *cap;
	const char	*s;
	int		 rows;

	for (fig = art->first; fig != NULL; fig = fig->next) {
		if (fig->type != JK_NODE_FIGURE || !number_grid(fig))
			continue;
		cap = NULL;
		rows = 0;
		for (p = fig->next; p != NULL && (s = caption_row(p)) != NULL;
		    p = nx) {
			nx = p->next;
			if (cap == NULL) {
				cap = jk_node_new(st->doc, JK_NODE_CAPTION,
				    p->line);
				jk_node_prepend(fig, cap);
			}
			if (!rows_of(st, cap, s, p->line))
				add_row(st, cap, s, strlen(s), p->line);
			jk_node_unlink(p);
			rows++;
		}
		if (rows > 0)
			jk_msg(st->d, JK_M_DEBRIS, fig->line, "%d caption "
			    "row(s) after a photo-number grid kept as the "
			    "figure's caption", rows);
	}
}
