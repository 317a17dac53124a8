/*
 * layout-break.c -- paragraph breaking: a text with spans, shaped once
 * (layout-shape.c), into measured and justified lines, for a paragraph
 * of any length.
 *
 * Breaking (W3C klreq).  A line may end after a space; between two
 * Hangul syllables or Han characters, as Korean print breaks (a penalty
 * with keep-all, a larger one for a syllable left alone at a line end or
 * start); at a hyphenation point of a Latin word (libhyphen, hyphen-en-us
 * patterns, hyphen drawn); after the hyphen of a Latin compound; where
 * Pango (UAX #14) allows otherwise.  Never between a Latin letter or a
 * digit and the Hangul after or before it ("R&D를", "2017년에"), after a
 * hyphen next to Hangul ("K-테크"), before a middle dot ("대·중·소"),
 * nor where kinsoku forbids (closing marks at a line start, opening marks
 * at an end: Pango's line-break classes).  Inside a Latin word elsewhere
 * only as a last resort.
 *
 * Each paragraph is broken as a whole (total fit, after Knuth and Plass):
 * among all the ways to break it, the one with the least demerits, where
 * a line's badness grows with the cube of how far its glue stretches or
 * shrinks.  Glue is the word spaces (stretch up to their own width, shrink
 * by a third) and, in justified text, the gaps between syllables (a small
 * stretch: klreq's inter-character spacing), so the slack of a line is
 * spread over both.  A node stays active while a line from it can still
 * fit, and at most MAXACTIVE are kept, so the work is linear in the
 * paragraph's length (counted in jk_work); a paragraph longer than CHUNK
 * characters is broken chunk by chunk, each chunk's last line given back
 * to the next.
 *
 * Display titles (popts.display) break at spaces only and are balanced:
 * lines of even length, and never one word alone on the last line.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "layout-shape.h"

#define CHUNK		20000	/* characters broken at once */
#define MAXACTIVE	256	/* active break nodes kept */
#define SP_STRETCH	1.0	/* of a space's width */
#define SP_SHRINK	0.3
#define GAP_STRETCH	0.08	/* ems, between two syllables (justified) */
#define LINE_PEN	10.0
#define PEN_SEAM	50.0	/* keep-all: a break between syllables */
#define PEN_SEAM1	150	/* ... leaving a syllable alone */
#define PEN_HYPH	60.0
#define PEN_OTHER	100.0
#define PEN_LAST	3000.0	/* demerits: one letter on the last line */
#define PEN_HYPH2	3000.0	/* demerits: hyphens on two lines running */
#define PEN_EMERG	6000.0	/* inside a Latin word, no hyphen */
#define PEN_ALONE	1.0e7	/* display: one word alone on the last line */
#define PEN_WORD	1.0e4	/* display: inside a word (too wide) */

/* === breaking ========================================================= */

struct bopts {
	double	 width, indent;
	int	 justify, keepall, display;
};

/* May a line end before character b (0 < b < n)?  Returns the kind and
 * sets *pen. */
static enum bk
break_in(const struct shaped *S, size_t b, const struct bopts *o,
    double *pen)
{
	unsigned char	 p = S->fl[b - 1], c = S->fl[b];

	*pen = 0;
	if (c & (C_SPACE | C_NL | C_CONT))
		return BK_NONE;
	if (p & C_SPACE)
		return BK_GLUE;
	if (p & C_NL)
		return BK_NONE;
	if (c & C_DOT)
		return BK_NONE;
	if ((p & C_CJK) && (c & C_CJK)) {
		int	 before = S->wl[b] & 0x0f, after = S->wl[b] >> 4;

		*pen = before < 2 || after < 2 ? PEN_SEAM1 :
		    o->keepall ? PEN_SEAM : 0;
		return BK_PEN;
	}
	/* a Latin letter or digit and the Hangul of its word */
	if (((p & C_ALNUM) && (c & C_CJK)) || ((p & C_CJK) && (c & C_ALNUM)))
		return BK_NONE;
	if (c & C_HYPH) {
		*pen = PEN_HYPH;
		return BK_HYPH;
	}
	if (S->t->b.data[S->off[b - 1]] == '-') {
		/* after a hyphen: Latin compounds only */
		if (b >= 2 && (S->fl[b - 2] & C_ALNUM) && (c & C_ALNUM)) {
			*pen = PEN_OTHER;
			return BK_PEN;
		}
		return BK_NONE;
	}
	if (c & C_PBRK) {
		*pen = PEN_OTHER;
		return BK_PEN;
	}
	if ((p & C_ALNUM) && (c & C_ALNUM)) {
		*pen = PEN_EMERG;
		return BK_PEN;
	}
	return BK_NONE;
}

/* The same, where display text breaks inside a word only when a word
 * is wider than the measure. */
static enum bk
break_at(const struct shaped *S, size_t b, const struct bopts *o,
    double *pen)
{
	enum bk	 k = break_in(S, b, o, pen);

	if (o->display && k != BK_GLUE && k != BK_NONE)
		*pen += PEN_WORD;
	return k;
}

struct bnode {
	size_t	 pos;		/* first character of the next line */
	int	 prev;		/* node before, -1 */
	int	 hyph;		/* the line before ends hyphenated */
	int	 line;		/* lines before */
	double	 dem;
};

/* Sums over characters [a, b) of a chunk. */
struct lsum {
	double	 w, sw, ge;	/* width, space widths, gap ems */
	int	 letters;
};

/*
 * How a line from a to b (b: break kind k) fits avail: the adjustment
 * ratio, or -HUGE_VAL if it cannot fit.  last: no stretch limit.
 */
static double
fit_ratio(const struct shaped *S, const double *W, const double *SW,
    const double *GE, size_t base, size_t a, size_t b, enum bk k,
    double avail, const struct bopts *o, int last, double *nat)
{
	double	 w = W[b - base] - W[a - base];
	double	 sw = SW[b - base] - SW[a - base];
	double	 ge = GE[b - base] - GE[a - base], st, sh;

	/* a gap counted at a is not in the line */
	if (a < b && (S->fl[a] & C_CJK) && a > 0 && (S->fl[a - 1] & C_CJK))
		ge -= S->em[a];
	if (k == BK_GLUE && b > a) {
		/* the space the line ends with hangs: not counted */
		w -= S->adv[b - 1];
		sw -= S->adv[b - 1];
	}
	if (k == BK_HYPH)
		w += sh_hyph_width(S, b - 1);
	*nat = w;
	st = sw * SP_STRETCH + (o->justify ? ge * GAP_STRETCH : 0);
	sh = sw * SP_SHRINK;
	if (w > avail + 0.01) {
		if (sh <= 0 || w - sh > avail + 0.01)
			return -HUGE_VAL;
		return (avail - w) / sh;
	}
	if (last || o->display)
		return 0;
	if (st <= 0)
		return avail - w > 0.01 ? 10 : 0;
	return (avail - w) / st;
}

static double
badness(double r)
{
	double	 b = 100 * fabs(r) * r * r;

	return b > 1e4 ? 1e4 : b;
}

/* Append a node; returns its index. */
static int
node_add(struct bnode **nd, int *nn, int *an, size_t pos, int prev,
    int hyph, int line, double dem)
{
	if (*nn == *an) {
		*an = *an ? *an * 2 : 64;
		*nd = jk_xreallocarray(*nd, *an, sizeof(**nd));
	}
	(*nd)[*nn].pos = pos;
	(*nd)[*nn].prev = prev;
	(*nd)[*nn].hyph = hyph;
	(*nd)[*nn].line = line;
	(*nd)[*nn].dem = dem;
	return (*nn)++;
}

/* Does the line [a, b) hold no space (one word)? */
static int
one_word(const struct shaped *S, size_t a, size_t b)
{
	for (; a < b; a++)
		if (S->fl[a] & C_SPACE)
			return 0;
	return 1;
}

/*
 * Break characters [s, e) of S (a chunk; e == S->n at the paragraph's
 * end), the first line being line number line0.  Returns the number of
 * lines; (*brk)[i] is where line i + 1 starts ((*brk)[n - 1] == e) and
 * (*hy)[i] whether line i ends hyphenated.
 */
static int
kp_break(const struct shaped *S, size_t s, size_t e, int line0,
    const struct bopts *o, size_t **brk, unsigned char **hy)
{
	struct bnode	*nd = NULL;
	int		 nn = 0, an = 0, na = 0, *act, i, j, best, lost, fin;
	int		 nlines = 0;
	size_t		 b, q, m = e - s;
	double		*W, *SW, *GE;

	W = jk_xcalloc(m + 1, sizeof(*W));
	SW = jk_xcalloc(m + 1, sizeof(*SW));
	GE = jk_xcalloc(m + 1, sizeof(*GE));
	for (b = s; b < e; b++) {
		q = b - s;
		W[q + 1] = W[q] + S->adv[b];
		SW[q + 1] = SW[q] + ((S->fl[b] & C_SPACE) ? S->adv[b] : 0);
		GE[q + 1] = GE[q] + ((S->fl[b] & C_CJK) && b > 0 &&
		    (S->fl[b - 1] & C_CJK) ? S->em[b] : 0);
	}
	act = jk_xreallocarray(NULL, MAXACTIVE, sizeof(*act));
	act[na++] = node_add(&nd, &nn, &an, s, -1, 0, line0, 0);
	fin = -1;
	for (b = s + 1; b <= e && fin < 0; b++) {
		enum bk	 k;
		double	 pen = 0, bestd = HUGE_VAL, r, nat, d, avail;
		int	 forced = b == e || (S->fl[b] & C_NL), bhy = 0;

		JK_WORK(na);
		k = forced ? BK_PEN : break_at(S, b, o, &pen);
		best = lost = -1;
		for (i = 0; i < na; i++) {
			struct bnode	*a = &nd[act[i]];

			avail = o->width - (a->line == 0 ? o->indent : 0);
			r = fit_ratio(S, W, SW, GE, s, a->pos, b,
			    k == BK_NONE ? BK_PEN : k, avail, o, forced, &nat);
			if (r == -HUGE_VAL) {
				/* overfull from here on: no longer active */
				if (lost < 0 || a->dem < nd[lost].dem)
					lost = act[i];
				act[i--] = act[--na];
				continue;
			}
			if (k == BK_NONE)
				continue;
			if (o->display) {
				double sl = (avail - nat) / S->em[b - 1];
				d = LINE_PEN + sl * sl * 10;
				d = d * d + pen * pen;
				if (b == e && a->line > line0 &&
				    one_word(S, a->pos, b))
					d += PEN_ALONE;
			} else {
				d = LINE_PEN + badness(r);
				d = d * d + pen * pen;
				if (b == e && e == S->n && a->line > line0 &&
				    W[b - s] - W[a->pos - s] < 1.5 *
				    S->em[a->pos])
					d += PEN_LAST;
			}
			if (k == BK_HYPH && a->hyph)
				d += PEN_HYPH2;
			d += a->dem;
			if (d < bestd) {
				bestd = d;
				best = act[i];
				bhy = k == BK_HYPH;
			}
		}
		if (best < 0 && na == 0) {
			/* nothing fits: a break before b - 1 from the node
			 * last active (a character wider than the line goes
			 * alone), then on from there */
			size_t	 at = b - 1;

			while (at > nd[lost].pos + 1 && (S->fl[at] & C_CONT))
				at--;
			if (at <= nd[lost].pos)
				at = b;
			j = node_add(&nd, &nn, &an, at, lost, 0,
			    nd[lost].line + 1, nd[lost].dem + 1e9);
			if (at >= e) {
				fin = j;
				break;
			}
			act[na++] = j;
			b = at;		/* the loop goes on at at + 1 */
			continue;
		}
		if (best < 0)
			continue;
		if (b == e) {
			fin = node_add(&nd, &nn, &an, e, best, bhy,
			    nd[best].line + 1, bestd);
			break;
		}
		if (forced) {
			/* past the break and the spaces after it */
			size_t	 p = b + 1;

			while (p < e && (S->fl[p] & C_SPACE))
				p++;
			j = node_add(&nd, &nn, &an, p, best, 0,
			    nd[best].line + 1, bestd);
			if (p >= e) {
				fin = j;
				break;
			}
			na = 0;
			act[na++] = j;
			b = p;
			continue;
		}
		j = node_add(&nd, &nn, &an, b, best, bhy, nd[best].line + 1,
		    bestd);
		if (na < MAXACTIVE)
			act[na++] = j;
		else {
			/* full: the new node takes the worst one's place */
			for (q = 0, i = 1; i < na; i++)
				if (nd[act[i]].dem > nd[act[q]].dem)
					q = i;
			if (nd[act[q]].dem > bestd)
				act[q] = j;
		}
	}
	if (fin < 0)
		fin = nn - 1;
	for (j = fin; j > 0; j = nd[j].prev)
		nlines++;
	*brk = jk_xcalloc(nlines + 1, sizeof(**brk));
	*hy = jk_xcalloc(nlines + 1, 1);
	for (j = fin, i = nlines; j > 0; j = nd[j].prev) {
		i--;
		(*brk)[i] = nd[j].pos;
		(*hy)[i] = (unsigned char)nd[j].hyph;
	}
	free(W);
	free(SW);
	free(GE);
	free(nd);
	free(act);
	return nlines;
}

/*
 * The lines of characters [s, e) of S with no measure: a break at each
 * forced one only, as kp_break finds at an unbounded width (where every
 * other break costs a line of the greatest badness more), without
 * keeping every break point of the text active.  Returns the number of
 * lines, as kp_break does.
 */
static int
forced_breaks(const struct shaped *S, size_t s, size_t e, size_t **brk,
    unsigned char **hy)
{
	size_t	 b, p;
	int	 n = 0;

	JK_WORK(e - s);
	*brk = jk_xcalloc(e - s + 1, sizeof(**brk));
	*hy = jk_xcalloc(e - s + 1, 1);
	for (b = s + 1; b <= e; b++) {
		if (b == e) {
			(*brk)[n++] = e;
			break;
		}
		if (!(S->fl[b] & C_NL))
			continue;
		/* past the break and the spaces after it */
		for (p = b + 1; p < e && (S->fl[p] & C_SPACE); p++)
			;
		(*brk)[n++] = p;
		if (p >= e)
			break;
		b = p;		/* the loop goes on at p + 1 */
	}
	return n;
}

/* === lines ============================================================ */

/* A segment under construction: glyphs of one run and one span (word
 * spaces widened to the line's measure). */
struct sbuild {
	struct jk_pseg	*seg;		/* NULL: none open */
	size_t		 start, end;	/* bytes */
	int		 nchars;
};

static void
seg_open(struct mline *ml, struct sbuild *sb, const struct srun *run,
    const struct ptext *t, int span, double x, size_t byte)
{
	struct jk_pseg	*s;

	ml->segs = jk_xreallocarray(ml->segs, ml->nsegs + 1,
	    sizeof(*ml->segs));
	s = &ml->segs[ml->nsegs++];
	memset(s, 0, sizeof(*s));
	s->x = x;
	s->font = span >= 0 ? t->sp[span].font : t->font;
	s->color = span >= 0 ? t->sp[span].color : t->color;
	s->dy = span >= 0 ? -t->sp[span].rise : 0;
	pseg_count(1);
	s->item = pango_item_new();
	s->item->analysis = run->an;
	if (run->an.font != NULL)
		g_object_ref(run->an.font);
	s->glyphs = pango_glyph_string_new();
	sb->seg = s;
	sb->start = sb->end = byte;
	sb->nchars = 0;
}

static void
seg_glyph(struct sbuild *sb, const PangoGlyphInfo *gi, size_t byte)
{
	PangoGlyphString	*gs = sb->seg->glyphs;
	int			 n = gs->num_glyphs;

	/* set_size reallocates on every call: grow by doubling */
	if (n + 1 > gs->space)
		pango_glyph_string_set_size(gs, 2 * n + 8);
	gs->num_glyphs = n + 1;
	gs->glyphs[n] = *gi;
	gs->log_clusters[n] = (int)(byte - sb->start);
}

static void
seg_close(struct sbuild *sb, const struct shaped *S, struct jk_buf *lt)
{
	struct jk_pseg	*s = sb->seg;

	if (s == NULL)
		return;
	/* a right-to-left run's glyphs come in visual order, the last
	 * character first: its clusters are counted from the segment's
	 * first byte, not from that of its first glyph */
	if (s->item->analysis.level % 2 == 1) {
		PangoGlyphString *gs = s->glyphs;
		int		  g, lo = 0, hi = 0;

		for (g = 0; g < gs->num_glyphs; g++) {
			if (gs->log_clusters[g] < lo)
				lo = gs->log_clusters[g];
			if (gs->log_clusters[g] > hi)
				hi = gs->log_clusters[g];
		}
		for (g = 0; g < gs->num_glyphs; g++)
			gs->log_clusters[g] -= lo;
		sb->start = (size_t)((long)sb->start + lo);
		if (sb->end <= sb->start + (size_t)(hi - lo))
			sb->end = (size_t)(g_utf8_next_char(S->t->b.data +
			    sb->start + (hi - lo)) - S->t->b.data);
		sb->nchars = (int)g_utf8_strlen(S->t->b.data + sb->start,
		    (gssize)(sb->end - sb->start));
	}
	s->text = jk_xstrndup(S->t->b.data + sb->start, sb->end - sb->start);
	s->item->offset = 0;
	s->item->length = (int)(sb->end - sb->start);
	s->item->num_chars = sb->nchars;
	jk_buf_add(lt, S->t->b.data + sb->start, sb->end - sb->start);
	sb->seg = NULL;
}

/*
 * Line [a, e) of S into ml: glyphs in segments, the glue set by ratio
 * (space: spx of its width; gap between syllables: gx ems), a hyphen at
 * the end if hyph.  Returns the width.
 */
static double
line_glyphs(const struct shaped *S, size_t a, size_t e, double spx,
    double gx, int hyph, struct mline *ml)
{
	const struct ptext	*t = S->t;
	struct sbuild		 sb = { NULL, 0, 0, 0 };
	struct jk_buf		 lt;
	size_t			 ba = S->off[a], be = S->off[e], k = a;
	double			 x = 0;
	int			 ri, sp = 0, cur = -2;
	const struct srun	*last = NULL;

	jk_buf_init(&lt);
	jk_buf_puts(&lt, "");
	while (sp < t->nsp && t->sp[sp].end <= ba)
		sp++;
	for (ri = sh_run_at(S, ba); ri < S->nruns && S->runs[ri].off < be;
	    ri++) {
		const struct srun	*run = &S->runs[ri];
		const PangoGlyphString	*gs = run->gs;
		int			 g;

		for (g = 0; g < gs->num_glyphs; g++) {
			size_t	 cb = run->off + gs->log_clusters[g];
			int	 first = g == 0 ||
			    gs->log_clusters[g] != gs->log_clusters[g - 1];
			int	 si;

			if (cb < ba || cb >= be)
				continue;
			k = sh_char_at(S, cb, k);
			if (S->fl[k] & C_NL)
				continue;
			while (sp < t->nsp && t->sp[sp].end <= cb)
				sp++;
			si = sp < t->nsp && t->sp[sp].start <= cb ? sp : -1;
			if (first && k > a && gx != 0 && (S->fl[k] & C_CJK) &&
			    (S->fl[k - 1] & C_CJK)) {
				double	 ex = gx * S->em[k];

				if (sb.seg != NULL && sb.seg->glyphs->num_glyphs > 0)
					sb.seg->glyphs->glyphs[
					    sb.seg->glyphs->num_glyphs - 1]
					    .geometry.width +=
					    (int)lround(ex * PANGO_SCALE);
				x += ex;
			}
			if (sb.seg == NULL || si != cur || run != last) {
				seg_close(&sb, S, &lt);
				seg_open(ml, &sb, run, t, si, x, cb);
				cur = si;
				last = run;
			}
			seg_glyph(&sb, &gs->glyphs[g], cb);
			if (first && (S->fl[k] & C_SPACE) && spx != 0) {
				/* a word space, set to the line's ratio */
				double	 ex = S->adv[k] * spx;
				PangoGlyphString *sg = sb.seg->glyphs;

				sg->glyphs[sg->num_glyphs - 1].geometry.width +=
				    (int)lround(ex * PANGO_SCALE);
				x += ex;
			}
			if (first) {
				/* the cluster ends where the next starts */
				size_t	 ce = run->end, kl;
				int	 g2;

				for (g2 = g + 1; g2 < gs->num_glyphs &&
				    gs->log_clusters[g2] == gs->log_clusters[g];
				    g2++)
					;
				if (g2 < gs->num_glyphs &&
				    run->off + gs->log_clusters[g2] > cb)
					ce = run->off + gs->log_clusters[g2];
				if (ce > be)
					ce = be;
				kl = sh_char_at(S, ce - 1, k);
				sb.nchars += (int)(kl - k) + 1;
				sb.end = ce;
			}
			x += gs->glyphs[g].geometry.width / (double)PANGO_SCALE;
		}
	}
	if (hyph && sb.seg != NULL && last != NULL) {
		PangoGlyphString	*hg = pango_glyph_string_new();
		PangoAnalysis		 an = last->an;
		int			 g;

		pango_shape("-", 1, &an, hg);
		for (g = 0; g < hg->num_glyphs; g++) {
			seg_glyph(&sb, &hg->glyphs[g], sb.end > sb.start ?
			    S->off[sh_char_at(S, sb.end - 1, k)] : sb.start);
			x += hg->glyphs[g].geometry.width / (double)PANGO_SCALE;
		}
		pango_glyph_string_free(hg);
	}
	seg_close(&sb, S, &lt);
	ml->text = jk_buf_detach(&lt);
	if (ml->text == NULL)
		ml->text = jk_xstrdup("");
	return x;
}

/* The natural width of [a, e) (a hyphen counted as 0.33 em). */
static void
line_sums(const struct shaped *S, size_t a, size_t e, int justify,
    double *w, double *sw, double *ge)
{
	size_t	 k;

	*w = *sw = *ge = 0;
	for (k = a; k < e; k++) {
		*w += S->adv[k];
		if (S->fl[k] & C_SPACE)
			*sw += S->adv[k];
		else if (justify && k > a && (S->fl[k] & C_CJK) &&
		    (S->fl[k - 1] & C_CJK))
			*ge += S->em[k];
	}
}

/* Lines [s, brk[0]), [brk[0], brk[1]) ... of S into mp. */
static void
set_lines(const struct shaped *S, size_t s, const size_t *brk,
    const unsigned char *hy, int n, const struct bopts *o,
    PangoAlignment align, struct mpara *mp)
{
	int	 i;
	size_t	 a = s, e;

	mp->l = jk_xreallocarray(mp->l, mp->n + n + 1, sizeof(*mp->l));
	for (i = 0; i < n; i++, a = brk[i - 1]) {
		struct mline	*ml = &mp->l[mp->n];
		double		 avail = o->width, w, sw, ge, r = 0, st, sh;
		double		 spx = 0, gx = 0;
		int		 nl = 0, justify;

		memset(ml, 0, sizeof(*ml));
		if (mp->n == 0)
			avail -= o->indent;
		e = brk[i];
		while (e > a && (S->fl[e - 1] & C_SPACE))
			e--;
		if (e > a && (S->fl[e - 1] & C_NL)) {
			e--;
			nl = 1;
		}
		while (e > a && (S->fl[e - 1] & C_SPACE))
			e--;
		justify = o->justify && !nl && brk[i] < S->n && o->width > 0;
		line_sums(S, a, e, justify, &w, &sw, &ge);
		if (hy[i])
			w += sh_hyph_width(S, e > a ? e - 1 : a);
		st = sw * SP_STRETCH + ge * GAP_STRETCH;
		sh = sw * SP_SHRINK;
		if (o->width > 0 && w > avail && sh > 0)
			r = fmax((avail - w) / sh, -1);
		else if (justify && w < avail && st > 0)
			r = (avail - w) / st;
		if (r > 0) {
			spx = r * SP_STRETCH;
			gx = justify ? r * GAP_STRETCH : 0;
		} else
			spx = r * SP_SHRINK;
		w = line_glyphs(S, a, e, spx, gx, hy[i], ml);
		ml->w = w;
		ml->x = mp->n == 0 ? o->indent : 0;
		if (o->width > 0 && !justify) {
			if (align == PANGO_ALIGN_CENTER)
				ml->x += (avail - w) / 2;
			else if (align == PANGO_ALIGN_RIGHT)
				ml->x += avail - w;
		}
		ml->ws = justify && sw > 0 ? 1 + spx : 0;
		ml->midword = brk[i] < S->n && !nl &&
		    !(S->fl[brk[i] - 1] & C_SPACE);
		mp->n++;
	}
}

/*
 * Lay t out at width (no width: lines at forced breaks only); return its
 * lines, segments positioned.  keepall: word-preferring breaks; display:
 * between words only, balanced.  Counts glyphs no font has.  pre: t as
 * shaped already (trimmed, shaped for another line), used up; else NULL.
 */
static struct mpara
measure_b(struct lay *Y, struct ptext *t, const struct bopts *o,
    PangoAlignment align, int line, struct shaped *pre)
{
	struct mpara	 mp = { NULL, 0 };
	struct shaped	 S;
	size_t		 s = 0, e, *brk;
	unsigned char	*hy;
	int		 n;

	if (pre != NULL) {
		S = *pre;
		S.t = t;
		sh_tell(Y, &S, line);
	} else {
		pt_trim(t);
		sh_shape(Y, &S, t, line);
	}
	if (o->width <= 0) {
		struct bopts	 wide = *o;

		wide.width = 1e12;
		wide.justify = 0;
		n = forced_breaks(&S, 0, S.n, &brk, &hy);
		set_lines(&S, 0, brk, hy, n, &wide, PANGO_ALIGN_LEFT, &mp);
		free(brk);
		free(hy);
	}
	while (o->width > 0 && s < S.n) {
		e = S.n - s > CHUNK ? s + CHUNK : S.n;
		n = kp_break(&S, s, e, mp.n, o, &brk, &hy);
		/* a chunk's last line goes to the next chunk */
		if (e < S.n && n > 1)
			n--;
		set_lines(&S, s, brk, hy, n, o, align, &mp);
		s = n > 0 ? brk[n - 1] : e;
		free(brk);
		free(hy);
		/* the glyphs before the next chunk are in lines now */
		if (s < S.n)
			sh_runs_release(&S, sh_run_at(&S, S.off[s]));
	}
	if (mp.n == 0) {
		mp.l = jk_xcalloc(1, sizeof(*mp.l));
		mp.l[0].text = jk_xstrdup("");
		mp.n = 1;
	}
	sh_free(&S);
	return mp;
}

struct mpara
measure(struct lay *Y, struct ptext *t, double width, int justify,
    PangoAlignment align, double indent, int keepall, int line)
{
	struct bopts	 o;

	memset(&o, 0, sizeof(o));
	o.width = width;
	o.indent = indent;
	o.justify = justify;
	o.keepall = keepall;
	return measure_b(Y, t, &o, align, line, NULL);
}

/* Lay t out breaking between words only (a word wider than the measure
 * excepted), lines balanced: table cells. */
struct mpara
measure_words(struct lay *Y, struct ptext *t, double width,
    PangoAlignment align, int line)
{
	return measure_words_shaped(Y, t, NULL, width, align, line);
}

struct mpara
measure_words_shaped(struct lay *Y, struct ptext *t, struct shaped *S,
    double width, PangoAlignment align, int line)
{
	struct bopts	 o;

	memset(&o, 0, sizeof(o));
	o.width = width;
	o.keepall = 1;
	o.display = 1;
	return measure_b(Y, t, &o, align, line, S);
}

/* Measure a paragraph set with the options of o. */
struct mpara
measure_long(struct lay *Y, struct ptext *t, const struct popts *o, int line)
{
	struct bopts	 b;

	memset(&b, 0, sizeof(b));
	b.width = o->width;
	b.indent = o->indent;
	b.justify = o->justify;
	b.keepall = o->keepall;
	b.display = o->display;
	return measure_b(Y, t, &b, o->align, line, NULL);
}

long	 jk_pseg_live, jk_pseg_peak, jk_pseg_made;

/* A segment made (1) or freed (-1). */
void
pseg_count(int made)
{
	if (made > 0)
		jk_pseg_made++;
	jk_pseg_live += made;
	if (jk_pseg_live > jk_pseg_peak)
		jk_pseg_peak = jk_pseg_live;
}

void
pseg_free(struct jk_pseg *s)
{
	pseg_count(-1);
	free(s->text);
	if (s->item != NULL)
		pango_item_free(s->item);
	if (s->glyphs != NULL)
		pango_glyph_string_free(s->glyphs);
}

void
pseg_copy(struct jk_pseg *d, const struct jk_pseg *s)
{
	pseg_count(1);
	*d = *s;
	d->text = jk_xstrdup(s->text);
	d->item = s->item != NULL ? pango_item_copy(s->item) : NULL;
	d->glyphs = s->glyphs != NULL ? pango_glyph_string_copy(s->glyphs) :
	    NULL;
}

void
mp_free(struct mpara *mp)
{
	int	 i, j;

	for (i = 0; i < mp->n; i++) {
		for (j = 0; j < mp->l[i].nsegs; j++)
			pseg_free(&mp->l[i].segs[j]);
		free(mp->l[i].segs);
		free(mp->l[i].text);
	}
	free(mp->l);
	mp->l = NULL;
	mp->n = 0;
}

/* Natural one-line width of t (the widest line between forced breaks). */
double
natural_width(struct lay *Y, struct ptext *t)
{
	struct shaped	 S;
	double		 w;

	w = natural_width_shaped(Y, t, &S);
	sh_free(&S);
	return w;
}

double
natural_width_shaped(struct lay *Y, struct ptext *t, struct shaped *S)
{
	double		 w = 0, max = 0;
	size_t		 k;

	pt_trim(t);
	sh_shape(Y, S, t, 0);
	for (k = 0; k < S->n; k++) {
		if (S->fl[k] & C_NL)
			w = 0;
		else
			w += S->adv[k];
		if (w > max)
			max = w;
	}
	return max;
}
