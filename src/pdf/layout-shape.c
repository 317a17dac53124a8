/*
 * layout-shape.c -- a paragraph shaped once, for the paragraph breaker.
 *
 * Shaping.  The paragraph is shaped once (Pango over HarfBuzz, in pieces
 * of at most PIECE bytes cut at a space or between two syllables, so a
 * megabyte paragraph costs what its pieces cost); the glyph runs are
 * kept, and each character gets its advance and its break class.  Lines
 * are then cut out of those runs: paint.c draws the glyphs measured here
 * and never lays text out again.
 *
 * Latin words get their hyphenation points here (libhyphen with the
 * hyphen-en-us patterns; JK_HYPHEN_DICT names another dictionary).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <hyphen.h>

#include "layout-shape.h"

#define PIECE		4096	/* bytes shaped at once */
#define HYPH_DICT	"/usr/share/hyphen/hyph_en_US.dic"

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

/* === shaping ========================================================== */

/* Where to end the piece that starts at s (a space, a seam between two
 * syllables, else any character boundary). */
static size_t
piece_end(const char *d, size_t len, size_t s)
{
	size_t	 e, k, lo;

	if (len - s <= PIECE)
		return len;
	e = s + PIECE;
	lo = s + PIECE / 2;
	for (k = e; k > lo; k--)
		if (d[k] == ' ' || d[k] == '\n')
			return k + 1;
	for (k = e; k > lo; k--)
		if (((unsigned char)d[k] & 0xc0) != 0x80 &&
		    is_cjk(g_utf8_get_char(d + k)) &&
		    is_cjk(g_utf8_get_char(g_utf8_prev_char(d + k))))
			return k;
	for (k = e; k > s + 1; k--)
		if (((unsigned char)d[k] & 0xc0) != 0x80 &&
		    !g_unichar_ismark(g_utf8_get_char(d + k)))
			return k;
	return e;
}

size_t
sh_char_at(const struct shaped *S, size_t byte, size_t hint)
{
	size_t	 lo = 0, hi = S->n;

	if (hint < S->n && S->off[hint] <= byte) {
		/* the same character or the next: no search */
		if (S->off[hint + 1] > byte)
			return hint;
		if (hint + 1 < S->n && S->off[hint + 2] > byte)
			return hint + 1;
	}
	while (lo < hi) {
		size_t mid = (lo + hi + 1) / 2;
		if (S->off[mid] <= byte)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

static void
shape_piece(struct lay *Y, struct shaped *S, size_t ps, size_t pe,
    int *spc)
{
	const struct ptext	*t = S->t;
	PangoLayout		*lay = pango_layout_new(Y->ctx);
	PangoAttrList		*al = pango_attr_list_new();
	PangoFontDescription	*d;
	PangoAttribute		*a;
	PangoLayoutIter		*it;
	const PangoLogAttr	*la;
	size_t			 k0 = sh_char_at(S, ps, 0), k, hint = k0;
	int			 i, nla;

	d = jk_pfont_desc(&Y->L->fonts[t->font]);
	pango_layout_set_font_description(lay, d);
	pango_font_description_free(d);
	/* spans are in order: start at the first that reaches this piece */
	while (*spc < t->nsp && t->sp[*spc].end <= ps)
		(*spc)++;
	for (i = *spc; i < t->nsp && t->sp[i].start < pe; i++) {
		size_t	 s = t->sp[i].start > ps ? t->sp[i].start - ps : 0;
		size_t	 e = (t->sp[i].end < pe ? t->sp[i].end : pe) - ps;

		if (t->sp[i].font == t->font && t->sp[i].rise == 0)
			continue;
		d = jk_pfont_desc(&Y->L->fonts[t->sp[i].font]);
		a = pango_attr_font_desc_new(d);
		pango_font_description_free(d);
		a->start_index = s;
		a->end_index = e;
		pango_attr_list_insert(al, a);
	}
	a = pango_attr_language_new(pango_language_from_string(
	    Y->st->lang != NULL ? Y->st->lang : "ko"));
	pango_attr_list_insert_before(al, a);
	pango_attr_list_insert_before(al, pango_attr_insert_hyphens_new(FALSE));
	pango_layout_set_text(lay, t->b.data + ps, (int)(pe - ps));
	pango_layout_set_attributes(lay, al);
	pango_attr_list_unref(al);
	pango_layout_set_width(lay, -1);
	JK_WORK(pe - ps);

	la = pango_layout_get_log_attrs_readonly(lay, &nla);
	for (k = k0; k < S->n && S->off[k] < pe; k++)
		if ((int)(k - k0) < nla && la[k - k0].is_line_break)
			S->fl[k] |= C_PBRK;

	it = pango_layout_get_iter(lay);
	do {
		PangoLayoutRun	*r = pango_layout_iter_get_run_readonly(it);
		struct srun	*sr;
		int		 g;

		if (r == NULL)
			continue;
		if (S->nruns == S->aruns) {
			S->aruns = S->aruns ? S->aruns * 2 : 16;
			S->runs = jk_xreallocarray(S->runs, S->aruns,
			    sizeof(*S->runs));
		}
		sr = &S->runs[S->nruns++];
		sr->an = r->item->analysis;
		sr->an.extra_attrs = NULL;
		if (sr->an.font != NULL)
			g_object_ref(sr->an.font);
		sr->gs = pango_glyph_string_copy(r->glyphs);
		sr->hyw = -1;
		sr->off = ps + r->item->offset;
		sr->end = sr->off + r->item->length;
		for (g = 0; g < r->glyphs->num_glyphs; g++) {
			PangoGlyphInfo	*gi = &r->glyphs->glyphs[g];
			size_t		 b = sr->off + r->glyphs->log_clusters[g];

			hint = sh_char_at(S, b, hint);
			S->adv[hint] += gi->geometry.width / (float)PANGO_SCALE;
			if (gi->glyph & PANGO_GLYPH_UNKNOWN_FLAG) {
				unsigned int u = gi->glyph &
				    ~PANGO_GLYPH_UNKNOWN_FLAG;
				if (u != 0x2060 && u != 0x2028 && u != 0x200b &&
				    u != ' ' && u != '\n') {
					if (S->unknown++ == 0)
						S->unknown_first = u;
				}
			}
		}
	} while (pango_layout_iter_next_run(it));
	pango_layout_iter_free(it);
	g_object_unref(lay);
}

/* The first run that ends after byte b. */
int
sh_run_at(const struct shaped *S, size_t b)
{
	int	 lo = 0, hi = S->nruns;

	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (S->runs[mid].end <= b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The width of a hyphen in the font of character k. */
double
sh_hyph_width(const struct shaped *S, size_t k)
{
	int	 r = sh_run_at(S, S->off[k]);

	if (r >= S->nruns || S->runs[r].hyw < 0)
		return S->em[k] * 0.33;
	return S->runs[r].hyw;
}

/* Shape a hyphen in the font of the run holding character k. */
static void
hyph_shape(struct shaped *S, size_t k)
{
	int			 r = sh_run_at(S, S->off[k]), g;
	PangoGlyphString	*hg;

	if (r >= S->nruns || S->runs[r].hyw >= 0)
		return;
	hg = pango_glyph_string_new();
	pango_shape("-", 1, &S->runs[r].an, hg);
	S->runs[r].hyw = 0;
	for (g = 0; g < hg->num_glyphs; g++)
		S->runs[r].hyw += hg->glyphs[g].geometry.width /
		    (double)PANGO_SCALE;
	pango_glyph_string_free(hg);
}

static HyphenDict *
hyph_dict(void)
{
	static HyphenDict	*hd;
	static int		 tried;
	const char		*p;

	if (!tried) {
		tried = 1;
		p = getenv("JK_HYPHEN_DICT");
		hd = hnj_hyphen_load(p != NULL ? p : HYPH_DICT);
	}
	return hd;
}

/* Hyphenation points of the Latin words (ASCII letters, five or more):
 * two letters at least before a point, three after. */
static void
hyphenate(struct shaped *S)
{
	HyphenDict	*hd = hyph_dict();
	const char	*d = S->t->b.data;
	size_t		 k = 0, e, i;
	char		 w[64], h[70];

	if (hd == NULL)
		return;
	while (k < S->n) {
		if (!g_ascii_isalpha(d[S->off[k]])) {
			k++;
			continue;
		}
		for (e = k; e < S->n && g_ascii_isalpha(d[S->off[e]]); e++)
			;
		/* a particle may follow ("Relations를") */
		if (e - k >= 5 && e - k < sizeof(w) &&
		    (k == 0 || !(S->fl[k - 1] & C_ALNUM)) &&
		    (e == S->n || !(S->fl[e] & C_ALNUM))) {
			char	 *hw = NULL, **rep = NULL;
			int	 *pos = NULL, *cut = NULL;

			for (i = k; i < e; i++)
				w[i - k] = g_ascii_tolower(d[S->off[i]]);
			w[e - k] = '\0';
			memset(h, 0, sizeof(h));
			if (hnj_hyphen_hyphenate2(hd, w, (int)(e - k), h, hw,
			    &rep, &pos, &cut) == 0 && rep == NULL)
				for (i = 1; i + 4 <= e - k; i++)
					if (h[i] & 1) {
						S->fl[k + i + 1] |= C_HYPH;
						hyph_shape(S, k + i);
					}
			if (rep != NULL) {
				for (i = 0; i < e - k; i++)
					free(rep[i]);
				free(rep);
				free(pos);
				free(cut);
			}
			JK_WORK(e - k);
		}
		k = e;
	}
}

void
sh_shape(struct lay *Y, struct shaped *S, const struct ptext *t, int line)
{
	const char	*d = t->b.data;
	size_t		 len = t->b.len, i = 0, k, ps, pe;
	int		 n, spc = 0, before;
	unsigned int	 c;

	memset(S, 0, sizeof(*S));
	S->t = t;
	for (i = 0; i < len; i += n) {
		jk_utf8_get(d + i, len - i, &n);
		S->n++;
	}
	S->off = jk_xcalloc(S->n + 1, sizeof(*S->off));
	S->adv = jk_xcalloc(S->n + 1, sizeof(*S->adv));
	S->em = jk_xcalloc(S->n + 1, sizeof(*S->em));
	S->fl = jk_xcalloc(S->n + 1, 1);
	S->wl = jk_xcalloc(S->n + 1, 1);
	for (i = 0, k = 0; i < len; i += n, k++) {
		c = jk_utf8_get(d + i, len - i, &n);
		S->off[k] = (uint32_t)i;
		if (c == ' ')
			S->fl[k] |= C_SPACE;
		else if (c == '\n')
			S->fl[k] |= C_NL;
		else if (is_cjk(c))
			S->fl[k] |= C_CJK;
		else if (g_unichar_isalnum(c))
			S->fl[k] |= C_ALNUM;
		if (g_unichar_ismark(c) || c == 0x200d || (c >= 0xfe00 &&
		    c <= 0xfe0f))
			S->fl[k] |= C_CONT;
		if (no_line_start(c))
			S->fl[k] |= C_DOT;
	}
	S->off[S->n] = (uint32_t)len;
	/* letters of the word before each character (and after, below) */
	before = 0;
	for (k = 0; k < S->n; k++) {
		if (S->fl[k] & (C_SPACE | C_NL))
			before = 0;
		S->wl[k] = (unsigned char)(before > 3 ? 3 : before);
		if (S->fl[k] & (C_CJK | C_ALNUM))
			before++;
	}
	before = 0;
	for (k = S->n; k-- > 0; ) {
		if (S->fl[k] & (C_SPACE | C_NL))
			before = 0;
		if (S->fl[k] & (C_CJK | C_ALNUM))
			before++;
		S->wl[k] |= (unsigned char)((before > 3 ? 3 : before) << 4);
	}
	/* the font size of each character, from its span */
	{
		int	 sp = 0;

		for (k = 0; k < S->n; k++) {
			while (sp < t->nsp && t->sp[sp].end <= S->off[k])
				sp++;
			S->em[k] = (float)Y->L->fonts[sp < t->nsp &&
			    t->sp[sp].start <= S->off[k] ? t->sp[sp].font :
			    t->font].size;
		}
	}
	for (ps = 0; ps < len; ps = pe) {
		pe = piece_end(d, len, ps);
		shape_piece(Y, S, ps, pe, &spc);
	}
	hyphenate(S);
	sh_tell(Y, S, line);
}

void
sh_tell(struct lay *Y, const struct shaped *S, int line)
{
	if (S->unknown > 0)
		jk_msg(Y->pdf->diag, JK_M_GLYPH, line, "U+%04X",
		    S->unknown_first);
	Y->L->unknown_glyphs += S->unknown;
}

/* Release the glyphs of runs [0, n): no line will be cut from them. */
void
sh_runs_release(struct shaped *S, int n)
{
	int	 i;

	for (i = S->released; i < n && i < S->nruns; i++) {
		if (S->runs[i].an.font != NULL)
			g_object_unref(S->runs[i].an.font);
		S->runs[i].an.font = NULL;
		pango_glyph_string_free(S->runs[i].gs);
		S->runs[i].gs = NULL;
	}
	if (n > S->released)
		S->released = n < S->nruns ? n : S->nruns;
}

void
sh_free(struct shaped *S)
{
	sh_runs_release(S, S->nruns);
	free(S->runs);
	free(S->off);
	free(S->adv);
	free(S->em);
	free(S->fl);
	free(S->wl);
}
