/*
 * layout-break.c -- paragraph breaking: a text with spans into measured
 * lines (Pango, keep-all Korean breaking, justification), any length.
 *
 * Korean line breaking (klreq, CSS word-break: keep-all): Pango breaks
 * between any two Hangul syllables, so each word gets U+2060 WORD JOINER
 * between its letters and breaks at spaces only; a word that would leave
 * the line before it too loose (each space grown by more than LOOSE_EM
 * once justified) is unlocked and may then break inside, between two
 * syllables with two or more on either side, and anywhere between two
 * syllables if the line is still very loose (VLOOSE_EM); see joined().
 * Lines are settled from the top, one unlocked word at a time.  Pango
 * hangs no hyphen at a break.  A line broken inside a word keeps with
 * the next, so that the word is not split over a column or a page (but
 * for a word longer than several lines).  Greek and Cyrillic take a
 * proportional face (font_gc).
 *
 * Each line is kept as words positioned from Pango's glyph geometry
 * (justification included), so paint.c only shows each word where it
 * was measured.  Pages list their items in reading order, which is the
 * order of the PDF's content streams (pdftotext -raw reads it back).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "layout-int.h"

/* === measuring ========================================================= */

static int
is_letter(unsigned int c)
{
	return jk_is_hangul(c) || jk_is_han(c) || g_unichar_isalnum(c);
}

static int
is_cjk(unsigned int c)
{
	return jk_is_hangul(c) || jk_is_han(c);
}

/* Middle dots: never at the start of a line (klreq). */
static int
no_line_start(unsigned int c)
{
	return c == 0x00b7 || c == 0x2027 || c == 0x30fb || c == 0xff65;
}

/*
 * The text with word joiners inside locked words; map[base offset] = new
 * offset.  Word k is the k-th run of non-spaces.
 *
 * With keepall, an unlocked word opens only the seams between two Hangul
 * or Han letters: at level 1 those with two letters or more on either
 * side (no syllable alone at a line end or start: "염폐|수를", never
 * "염폐수|를"), at level 2 (a line still very loose) all of them.  A
 * Latin or digit run keeps its particle or counter ("R&D를", "2017년에")
 * at any level; such a seam is also where Pango would hang a hyphen
 * (hyphens are off: see make_layout).
 *
 * Always joined, keepall or not: after a hyphen inside a word ("K-테크",
 * "No-code"), since text extractors take a hyphen at a line end for a
 * soft one and drop it, unless a Latin compound ("States-Mexico") would
 * otherwise leave a very loose line (level 2); and before a middle dot
 * ("대·중·소"), which klreq keeps off the head of a line where Pango's
 * rules would let it start one.
 */
static char *
joined(const struct jk_buf *b, const unsigned char *unlocked, int nwords,
    int keepall, size_t *map, size_t *outlen)
{
	struct jk_buf	 o;
	size_t		 i = 0, k;
	int		 word = 0, inword = 0, n, m, lock;
	int		 before = 0, total = 0;	/* letters of the word */
	unsigned int	 c, d, prev = ' ';

	jk_buf_init(&o);
	jk_buf_puts(&o, "");
	while (i < b->len) {
		c = jk_utf8_get(b->data + i, b->len - i, &n);
		if (c == ' ' || c == '\n') {
			if (inword)
				word++;
			inword = 0;
		} else if (!inword) {
			inword = 1;
			/* count the letters of the word starting here */
			before = total = 0;
			for (k = i; k < b->len && b->data[k] != ' ' &&
			    b->data[k] != '\n'; k += m) {
				d = jk_utf8_get(b->data + k, b->len - k, &m);
				if (is_letter(d))
					total++;
			}
		}
		if (is_letter(c))
			before++;
		for (m = 0; m < n; m++)
			map[i + m] = o.len + m;
		jk_buf_add(&o, b->data + i, n);
		i += n;
		if (i < b->len && c != ' ' && c != '\n' && word < nwords) {
			d = jk_utf8_get(b->data + i, b->len - i, &m);
			lock = unlocked[word] ? 0 : 1;
			if (is_letter(c) && is_letter(d) &&
			    (is_cjk(c) || is_cjk(d)))
				lock = lock || (keepall && (!is_cjk(c) ||
				    !is_cjk(d) || (unlocked[word] < 2 &&
				    (before < 2 || total - before < 2))));
			else if (c == '-' && d != ' ' && d != '\n')
				lock = unlocked[word] < 2 || is_cjk(prev) ||
				    is_cjk(d) ||
				    !is_letter(prev) || !is_letter(d);
			else
				lock = 0;
			if (lock || no_line_start(d))
				jk_buf_puts(&o, WJ);
		}
		prev = c;
	}
	map[b->len] = o.len;
	*outlen = o.len;
	return jk_buf_detach(&o);
}

static int
count_words(const struct jk_buf *b)
{
	size_t	 i;
	int	 n = 0, in = 0;

	for (i = 0; i < b->len; i++) {
		if (b->data[i] == ' ' || b->data[i] == '\n')
			in = 0;
		else if (!in) {
			in = 1;
			n++;
		}
	}
	return n;
}

static int
word_at(const struct jk_buf *b, size_t off)
{
	size_t	 i;
	int	 n = -1, in = 0;

	for (i = 0; i < b->len && i <= off; i++) {
		if (b->data[i] == ' ' || b->data[i] == '\n')
			in = 0;
		else if (!in) {
			in = 1;
			n++;
		}
	}
	return n < 0 ? 0 : n;
}

/* The base offset of a joined-text offset (map is increasing). */
static size_t
base_of(const size_t *map, size_t blen, size_t off)
{
	size_t	 lo = 0, hi = blen;

	while (lo < hi) {
		size_t mid = (lo + hi + 1) / 2;
		if (map[mid] <= off)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

/* Does the line ending at next end in a space (not stretched)? */
static int
q_trailing_space(const char *text, int next)
{
	return next > 0 && text[next - 1] == ' ';
}

static PangoLayout *
make_layout(struct lay *Y, const struct ptext *t, const char *text,
    size_t len, const size_t *map, double width, int justify,
    PangoAlignment align, double indent)
{
	PangoLayout		*lay = pango_layout_new(Y->ctx);
	PangoAttrList		*al = pango_attr_list_new();
	PangoFontDescription	*d;
	PangoAttribute		*a;
	int			 i;

	d = jk_pfont_desc(&Y->L->fonts[t->font]);
	pango_layout_set_font_description(lay, d);
	pango_font_description_free(d);
	for (i = 0; i < t->nsp; i++) {
		if (t->sp[i].font == t->font && t->sp[i].rise == 0)
			continue;
		d = jk_pfont_desc(&Y->L->fonts[t->sp[i].font]);
		a = pango_attr_font_desc_new(d);
		pango_font_description_free(d);
		a->start_index = map[t->sp[i].start];
		a->end_index = map[t->sp[i].end];
		pango_attr_list_insert(al, a);
		if (t->sp[i].rise != 0) {
			a = pango_attr_rise_new((int)(t->sp[i].rise *
			    PANGO_SCALE));
			a->start_index = map[t->sp[i].start];
			a->end_index = map[t->sp[i].end];
			pango_attr_list_insert(al, a);
		}
	}
	a = pango_attr_language_new(pango_language_from_string(
	    Y->st->lang != NULL ? Y->st->lang : "ko"));
	pango_attr_list_insert_before(al, a);
	/* Korean takes no hyphen at a break; and Pango 1.50 justifies a
	 * line before it hangs the hyphen, which then sticks out */
	pango_attr_list_insert_before(al, pango_attr_insert_hyphens_new(FALSE));
	pango_layout_set_text(lay, text, (int)len);
	pango_layout_set_attributes(lay, al);
	pango_attr_list_unref(al);
	if (width > 0) {
		pango_layout_set_width(lay, (int)(width * PANGO_SCALE));
		pango_layout_set_wrap(lay, PANGO_WRAP_WORD_CHAR);
	}
	pango_layout_set_justify(lay, justify);
	pango_layout_set_alignment(lay, align);
	pango_layout_set_indent(lay, (int)(indent * PANGO_SCALE));
	return lay;
}

/* Span index covering new-text offset off (base offsets via inverse). */
static int
span_at(const struct ptext *t, size_t base)
{
	int	 i;

	for (i = 0; i < t->nsp; i++)
		if (base >= t->sp[i].start && base < t->sp[i].end)
			return i;
	return -1;
}

static void
seg_close(struct mline *ml, struct jk_buf *sb, struct jk_buf *lt, double x,
    int font, struct jk_rgb color, double dy, int space)
{
	struct jk_pseg	*s;

	if (sb->len == 0)
		return;
	ml->segs = jk_xreallocarray(ml->segs, ml->nsegs + 1,
	    sizeof(*ml->segs));
	s = &ml->segs[ml->nsegs++];
	s->x = x;
	s->dy = dy;
	s->font = font;
	s->color = color;
	s->text = jk_xstrdup(sb->data);
	if (space && lt->len > 0)
		jk_buf_putc(lt, ' ');
	jk_buf_add(lt, sb->data, sb->len);
	jk_buf_reset(sb);
	jk_buf_puts(sb, "");
}

/* Append the bytes of one cluster to sb, without joiners/separators. */
static void
add_clean(struct jk_buf *sb, const char *s, size_t n)
{
	size_t	 i = 0;

	while (i < n) {
		if (i + 3 <= n && (memcmp(s + i, WJ, 3) == 0 ||
		    memcmp(s + i, LSEP, 3) == 0)) {
			i += 3;
			continue;
		}
		jk_buf_putc(sb, s[i]);
		i++;
	}
}

/*
 * Lay t out at width; return its lines (segments positioned).  keepall:
 * word-preferring breaks.  indent: first-line indent.  Counts glyphs no
 * font has.
 */
struct mpara
measure(struct lay *Y, struct ptext *t, double width, int justify,
    PangoAlignment align, double indent, int keepall, int line)
{
	struct mpara	 mp = { NULL, 0 };
	PangoLayout	*lay = NULL;
	PangoLayoutIter	*it;
	size_t		*map, *inv, len, i;
	unsigned char	*unlocked;
	char		*text = NULL;
	int		 nwords, pass, changed, nl, unknown = 0, li, from = 0;
	double		 em = Y->L->fonts[t->font].size;

	pt_trim(t);
	map = jk_xcalloc(t->b.len + 1, sizeof(*map));
	nwords = count_words(&t->b);
	unlocked = jk_xcalloc(nwords + 1, 1);
	if (!keepall)
		memset(unlocked, 1, nwords + 1);
	for (pass = 0; ; pass++) {
		free(text);
		if (lay != NULL)
			g_object_unref(lay);
		text = joined(&t->b, unlocked, nwords, keepall, map, &len);
		lay = make_layout(Y, t, text, len, map, width, 0, align,
		    indent);
		/*
		 * Each pass lays the whole paragraph out again: bound the
		 * work, so that a pathological paragraph (megabytes with no
		 * break, from a damaged input) keeps plain word breaking
		 * instead of taking minutes.
		 */
		if (!keepall || pass >= 200 || width <= 0 ||
		    (size_t)pass * len > RELAYOUT_BUDGET)
			break;
		/*
		 * The first loose line (after those settled): unlock the
		 * word that starts the next line one level further (see
		 * joined), so that it may break and fill this one, and look
		 * at this line again; lines above stay as they are.
		 */
		changed = 0;
		li = 0;
		it = pango_layout_get_iter(lay);
		do {
			PangoLayoutLine	*pl = pango_layout_iter_get_line_readonly(it);
			PangoRectangle	 lr;
			double		 avail = width, nat, grow;
			int		 next, sp = 0, q, w;

			if (pango_layout_iter_at_last_line(it))
				break;
			if (li++ < from)
				continue;
			pango_layout_line_get_extents(pl, NULL, &lr);
			nat = lr.width / (double)PANGO_SCALE;
			if (pl->is_paragraph_start)
				avail -= indent;
			next = pl->start_index + pl->length;
			/* a forced break is not loose */
			if ((size_t)next < len && text[next] == '\n')
				continue;
			/* loose: each space would grow by more than
			 * LOOSE_EM ems */
			for (q = pl->start_index; q < next; q++)
				if (text[q] == ' ')
					sp++;
			if (q_trailing_space(text, next))
				sp--;
			grow = (avail - nat) / (sp > 0 ? sp : 1);
			if (avail - nat <= em || grow <= LOOSE_EM * em)
				continue;
			w = word_at(&t->b, base_of(map, t->b.len, next));
			/* a syllable alone at a line end or start, or the
			 * end of the paragraph's last word alone on its last
			 * line, only rather than a very loose line */
			if (w < nwords && ((unlocked[w] == 0 &&
			    (w < nwords - 1 || grow > VLOOSE_EM * em)) ||
			    (unlocked[w] == 1 && grow > VLOOSE_EM * em))) {
				unlocked[w]++;
				changed = 1;
				from = li - 1;	/* this line again */
				break;
			}
		} while (pango_layout_iter_next_line(it));
		pango_layout_iter_free(it);
		if (!changed)
			break;
	}
	pango_layout_set_justify(lay, justify);

	/* inverse map: new offset -> base offset */
	inv = jk_xcalloc(len + 1, sizeof(*inv));
	for (i = 0; i <= len; i++)
		inv[i] = (size_t)-1;
	for (i = 0; i <= t->b.len; i++)
		inv[map[i]] = i;
	for (i = 0; i <= len; i++)
		if (inv[i] == (size_t)-1)
			inv[i] = i > 0 ? inv[i - 1] : 0;

	nl = pango_layout_get_line_count(lay);
	mp.l = jk_xcalloc(nl > 0 ? nl : 1, sizeof(*mp.l));
	it = pango_layout_get_iter(lay);
	do {
		PangoLayoutLine	*pl = pango_layout_iter_get_line_readonly(it);
		PangoRectangle	 lr;
		struct mline	*ml = &mp.l[mp.n++];
		struct jk_buf	 sb, lt;
		GSList		*r;
		double		 x, sx = 0, sdy = 0;
		int		 cur = -2, space = 0, pending = 0;
		int		 sfont = t->font;
		struct jk_rgb	 scol = t->color;

		pango_layout_iter_get_line_extents(it, NULL, &lr);
		x = lr.x / (double)PANGO_SCALE;
		ml->x = x;
		pango_layout_line_get_extents(pl, NULL, &lr);
		ml->w = lr.width / (double)PANGO_SCALE;
		{
			size_t	 e = (size_t)pl->start_index + pl->length;

			ml->midword = e > 0 && e < len && text[e - 1] != ' ' &&
			    text[e - 1] != '\n' && text[e] != '\n';
		}
		jk_buf_init(&sb);
		jk_buf_init(&lt);
		jk_buf_puts(&sb, "");
		jk_buf_puts(&lt, "");
		for (r = pl->runs; r != NULL; r = r->next) {
			PangoGlyphItem	*gi = r->data;
			PangoGlyphString *gs = gi->glyphs;
			PangoItem	*item = gi->item;
			int		 g;

			for (g = 0; g < gs->num_glyphs; g++) {
				size_t	 cs = item->offset + gs->log_clusters[g];
				size_t	 ce;
				int	 g2, si;
				double	 gw = gs->glyphs[g].geometry.width /
				    (double)PANGO_SCALE;

				if (gs->glyphs[g].glyph & PANGO_GLYPH_UNKNOWN_FLAG) {
					unsigned int u = gs->glyphs[g].glyph &
					    ~PANGO_GLYPH_UNKNOWN_FLAG;
					if (u != 0x2060 && u != 0x2028 &&
					    u != 0x200b && u != ' ') {
						if (unknown == 0)
							jk_msg(Y->pdf->diag,
							    JK_M_GLYPH, line,
							    "U+%04X", u);
						unknown++;
					}
				}
				/* first glyph of its cluster? */
				if (g > 0 && gs->log_clusters[g] ==
				    gs->log_clusters[g - 1]) {
					x += gw;
					continue;
				}
				for (g2 = g + 1; g2 < gs->num_glyphs &&
				    gs->log_clusters[g2] == gs->log_clusters[g];
				    g2++)
					;
				ce = g2 < gs->num_glyphs ? item->offset +
				    (size_t)gs->log_clusters[g2] :
				    (size_t)(item->offset + item->length);
				if (ce > len)
					ce = len;
				if (text[cs] == ' ' || text[cs] == '\n' ||
				    (cs + 3 <= len &&
				    memcmp(text + cs, LSEP, 3) == 0)) {
					seg_close(ml, &sb, &lt, sx - ml->x, sfont,
					    scol, sdy, space);
					pending = 1;
					cur = -2;
					x += gw;
					continue;
				}
				if (cs + 3 <= len && ce - cs == 3 &&
				    memcmp(text + cs, WJ, 3) == 0) {
					x += gw;
					continue;
				}
				si = span_at(t, inv[cs]);
				if (si != cur) {
					seg_close(ml, &sb, &lt, sx - ml->x, sfont,
					    scol, sdy, space);
					space = pending;
					pending = 0;
					sx = x;
					cur = si;
					sfont = si >= 0 ? t->sp[si].font : t->font;
					scol = si >= 0 ? t->sp[si].color : t->color;
					sdy = si >= 0 ? -t->sp[si].rise : 0;
				}
				add_clean(&sb, text + cs, ce - cs);
				x += gw;
			}
			/* the next run may have another font: a new segment
			 * (span_at will tell) */
		}
		seg_close(ml, &sb, &lt, sx - ml->x, sfont, scol, sdy, space);
		ml->text = jk_buf_detach(&lt);
		if (ml->text == NULL)
			ml->text = jk_xstrdup("");
		jk_buf_free(&sb);
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
	g_object_unref(lay);
	free(inv);
	free(text);
	free(map);
	free(unlocked);
	Y->L->unknown_glyphs += unknown;
	return mp;
}

void
mp_free(struct mpara *mp)
{
	int	 i, j;

	for (i = 0; i < mp->n; i++) {
		for (j = 0; j < mp->l[i].nsegs; j++)
			free(mp->l[i].segs[j].text);
		free(mp->l[i].segs);
		free(mp->l[i].text);
	}
	free(mp->l);
	mp->l = NULL;
	mp->n = 0;
}

/* Natural one-line width of t. */
double
natural_width(struct lay *Y, struct ptext *t)
{
	struct mpara	 mp = measure(Y, t, -1, 0, PANGO_ALIGN_LEFT, 0, 0, 0);
	double		 w = 0;
	int		 i;

	for (i = 0; i < mp.n; i++)
		if (mp.l[i].w > w)
			w = mp.l[i].w;
	mp_free(&mp);
	return w;
}

/* Bytes [a, b) of t, with its spans clipped, as a new text in out. */
static void
pt_slice(const struct ptext *t, size_t a, size_t b, struct ptext *out)
{
	int	 i;

	pt_init(out, t->font, t->color);
	jk_buf_add(&out->b, t->b.data + a, b - a);
	for (i = 0; i < t->nsp; i++) {
		struct span	 sp = t->sp[i];

		if (sp.end <= a || sp.start >= b)
			continue;
		sp.start = (sp.start > a ? sp.start : a) - a;
		sp.end = (sp.end < b ? sp.end : b) - a;
		if (out->nsp == out->asp) {
			out->asp = out->asp ? out->asp * 2 : 8;
			out->sp = jk_xreallocarray(out->sp, out->asp,
			    sizeof(*out->sp));
		}
		out->sp[out->nsp++] = sp;
	}
}

/*
 * Measure a paragraph of any length.  Pango (with HarfBuzz under it)
 * stops wrapping on paragraphs of a megabyte or so, and each keep-all
 * pass lays the whole text out again, so a paragraph longer than
 * PARA_CHUNK bytes -- only damaged input makes one -- is set piece by
 * piece: each piece is cut at a space, its last (short) line is given
 * back to the next piece, so the lines read as one paragraph.
 */
#define PARA_CHUNK	2048

struct mpara
measure_long(struct lay *Y, struct ptext *t, const struct popts *o, int line)
{
	struct mpara	 all = { NULL, 0 }, mp;
	struct ptext	 piece;
	size_t		 start = 0, end, cut, len;
	const char	*d;

	pt_trim(t);
	d = t->b.data;
	len = t->b.len;
	if (len <= PARA_CHUNK)
		return measure(Y, t, o->width, o->justify, o->align,
		    o->indent, o->keepall, line);
	while (start < len) {
		end = len;
		if (len - start > PARA_CHUNK) {
			end = start + PARA_CHUNK;
			for (cut = end; cut > start + PARA_CHUNK / 2 &&
			    d[cut] != ' '; cut--)
				;
			if (d[cut] == ' ')
				end = cut;
			while (end > start + 1 &&
			    ((unsigned char)d[end] & 0xc0) == 0x80)
				end--;
		}
		pt_slice(t, start, end, &piece);
		mp = measure(Y, &piece, o->width, o->justify, o->align,
		    start == 0 ? o->indent : 0, o->keepall, line);
		start = end;
		if (end < len && mp.n > 1 && mp.l[mp.n - 1].text != NULL) {
			/* give the short last line back */
			const char	*lt = mp.l[mp.n - 1].text;
			size_t		 ll = strlen(lt), pl = piece.b.len;

			while (pl > 0 && piece.b.data[pl - 1] == ' ')
				pl--;
			if (ll > 0 && ll < pl && memcmp(piece.b.data + pl - ll,
			    lt, ll) == 0) {
				struct mpara	 last = { mp.l + mp.n - 1, 1 };
				struct mline	*keep = mp.l;

				start = end - (piece.b.len - (pl - ll));
				mp.n--;
				last.l = jk_xmalloc(sizeof(*last.l));
				*last.l = keep[mp.n];
				mp_free(&last);
			}
		}
		while (start < len && d[start] == ' ')
			start++;
		all.l = jk_xreallocarray(all.l, all.n + mp.n,
		    sizeof(*all.l));
		memcpy(all.l + all.n, mp.l, mp.n * sizeof(*mp.l));
		all.n += mp.n;
		free(mp.l);
		pt_free(&piece);
	}
	return all;
}
