/*
 * layout.c -- the tree into pages of positioned lines and boxes.
 *
 * Pango measures (a PangoContext from the Cairo font map, no drawing);
 * the result is plain C data (pdf-int.h) that paint.c draws and that
 * jk_pdf_layout_dump() prints.
 *
 * Model.  Every block becomes a run of "rows": vertical slices of fixed
 * height (a text line, a table row, a rule) with a keep-with-next flag.
 * Rows either fill the columns of the current "band" (column flow) or
 * span the text block (article openers, wide tables).  A band ends at a
 * spanning row or at the end of an article, and is then balanced.
 * Widows and orphans: a paragraph's first two and last two lines keep
 * together; headings keep with the following two lines.
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

#include <pango/pangocairo.h>

#include "pdf-int.h"

#define WJ		"\xe2\x81\xa0"		/* U+2060 WORD JOINER */
#define LSEP		"\xe2\x80\xa8"		/* U+2028 LINE SEPARATOR */
#define EPS		0.01
#define MAXCOL		64	/* table columns set at most */
#define LOOSE_EM	0.5	/* growth of a space (ems) that makes a line loose */
#define VLOOSE_EM	0.75	/* ... very loose */
#define RELAYOUT_BUDGET	(4u << 20) /* bytes laid out again per paragraph */

/* === measured text ===================================================== */

struct span {
	size_t		 start, end;	/* bytes in the base text */
	int		 font;
	double		 rise;		/* points, up */
	struct jk_rgb	 color;
};

struct ptext {
	struct jk_buf	 b;		/* base text (no word joiners) */
	struct span	*sp;
	int		 nsp, asp;
	int		 font;		/* default font */
	struct jk_rgb	 color;
};

struct mline {
	double		 x, w;		/* offset and natural width */
	int		 midword;	/* broken inside a word after it */
	struct jk_pseg	*segs;
	int		 nsegs;
	char		*text;
};

struct mpara {
	struct mline	*l;
	int		 n;
};

/* === rows ============================================================= */

struct row {
	double		 h, before;
	int		 keep;		/* no break between this and next */
	int		 span;		/* across the text block */
	int		 head;		/* heading line */
	int		 group;		/* >0: boxed (sidebar) */
	int		 table;		/* >0: table rows (header repeat) */
	int		 thead;		/* a header row of that table */
	int		 olevel;	/* outline: -1 none */
	char		*otitle, *odest;
	struct jk_pitem	*items;
	int		 nitems, aitems;
};

struct rows {
	struct row	*r;
	int		 n, a;
};

struct tabhead {
	int		 first, n;	/* header rows in the article's rows */
};

/* === the layout state ================================================== */

/* running heads per page */
struct pmeta {
	const char	*left, *right;
	int		 opener;
};

/* A box behind boxed rows: extended while rows of the group follow. */
struct gext {
	int	 page, col, group;
	double	 x, w, y0, y1;
};

struct lay {
	struct jk_pdf		*pdf;
	const struct jk_style	*st;
	const struct jk_doc	*doc;
	PangoContext		*ctx;
	struct jk_playout	*L;

	double	 W, colw, gutter;	/* text block and column widths */
	double	 top, bottom;		/* text area, from the trim top */
	int	 ncol;
	int	 para;			/* paragraph counter */
	int	 group;			/* box counter */
	int	 ntable;
	struct tabhead	*th;
	int	 ath;
	int	 nocontents;		/* first body page index */

	/* fonts used over and over */
	int	 f_body, f_note, f_noteb, f_cap, f_capb,
		 f_tab, f_tabb, f_pre, f_run, f_runb, f_bio, f_bioname;

	/* flow state */
	int	 page;			/* current page index */
	double	 btop;			/* band top */
	int	 last_table;		/* table of the last placed row */
	struct jk_node *article;
	const char	*run_left, *run_right;
	int		 contres;	/* contents pages reserved */
	GHashTable	*cover;		/* (font, char) -> 1 has, 2 has not */
	struct pmeta	*pm;
	int		 apm;
	struct gext	 gcur;
};


/* === fonts ============================================================= */

static int
font_get(struct lay *Y, const char *family, int bold, double size, int mono)
{
	struct jk_playout	*L = Y->L;
	const char		*fb = Y->st->fallback != NULL ?
				    Y->st->fallback : "Noto Serif CJK KR";
	size_t			 n = strlen(family);
	char			*fam;
	int			 i;

	if (mono)
		fam = jk_xasprintf("%s", family);
	else if (strncmp(fb, family, n) == 0 && (fb[n] == ',' ||
	    fb[n] == '\0'))
		fam = jk_xstrdup(fb);	/* a fallback itself */
	else
		fam = jk_xasprintf("%s, %s", family, fb);
	for (i = 0; i < L->nfonts; i++)
		if (strcmp(L->fonts[i].family, fam) == 0 &&
		    L->fonts[i].bold == bold && L->fonts[i].mono == mono &&
		    fabs(L->fonts[i].size - size) < 0.001) {
			free(fam);
			return i;
		}
	L->fonts = jk_xreallocarray(L->fonts, L->nfonts + 1,
	    sizeof(*L->fonts));
	L->fonts[L->nfonts].family = fam;
	L->fonts[L->nfonts].bold = bold;
	L->fonts[L->nfonts].mono = mono;
	L->fonts[L->nfonts].size = size;
	return L->nfonts++;
}

static int
font_of(struct lay *Y, const struct jk_font *f)
{
	return font_get(Y, f->family, f->bold, f->size, 0);
}

static int
font_bold(struct lay *Y, int font)
{
	struct jk_pfont	*p = &Y->L->fonts[font];
	char		*fam = jk_xstrdup(p->family), *c;
	int		 r;

	/* the first family of the list: font_get adds the fallbacks */
	if ((c = strchr(fam, ',')) != NULL && !p->mono)
		*c = '\0';
	r = font_get(Y, fam, 1, p->size, p->mono);
	free(fam);
	return r;
}

PangoFontDescription *
jk_pfont_desc(const struct jk_pfont *f)
{
	PangoFontDescription *d = pango_font_description_new();

	pango_font_description_set_family(d, f->family);
	pango_font_description_set_weight(d, f->bold ? PANGO_WEIGHT_BOLD :
	    PANGO_WEIGHT_NORMAL);
	pango_font_description_set_absolute_size(d, f->size * PANGO_SCALE);
	return d;
}

/* === text with spans ================================================== */

static void
pt_init(struct ptext *t, int font, struct jk_rgb color)
{
	memset(t, 0, sizeof(*t));
	jk_buf_init(&t->b);
	t->font = font;
	t->color = color;
}

static void
pt_free(struct ptext *t)
{
	jk_buf_free(&t->b);
	free(t->sp);
}

/* Record the text from start to the end of the buffer as one span. */
static void
pt_span(struct ptext *t, size_t start, int font, struct jk_rgb color,
    double rise)
{
	if (t->nsp == t->asp) {
		t->asp = t->asp ? t->asp * 2 : 8;
		t->sp = jk_xreallocarray(t->sp, t->asp, sizeof(*t->sp));
	}
	t->sp[t->nsp].start = start;
	t->sp[t->nsp].end = t->b.len;
	t->sp[t->nsp].font = font;
	t->sp[t->nsp].rise = rise;
	t->sp[t->nsp].color = color;
	t->nsp++;
}

/* Append s, collapsing white space, in font/colour/rise. */
static void
pt_add(struct ptext *t, const char *s, int font, struct jk_rgb color,
    double rise)
{
	size_t	 start = t->b.len;
	int	 sp = t->b.len == 0 || t->b.data[t->b.len - 1] == ' ';
	char	*valid = NULL;

	/* Pango takes valid UTF-8 only */
	if (!g_utf8_validate(s, -1, NULL))
		s = valid = g_utf8_make_valid(s, -1);

	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			if (!sp)
				jk_buf_putc(&t->b, ' ');
			sp = 1;
			continue;
		}
		if (c < 0x20)
			continue;
		/* drop word joiners in the input: they are ours */
		if (strncmp(s, WJ, 3) == 0) {
			s += 2;
			continue;
		}
		jk_buf_putc(&t->b, c);
		sp = 0;
	}
	g_free(valid);
	if (t->b.len == start)
		return;
	pt_span(t, start, font, color, rise);
}

/* Append s as it is (spaces kept), for preformatted text. */
static void
pt_add_raw(struct ptext *t, const char *s, int font, struct jk_rgb color)
{
	size_t	 start = t->b.len;

	for (; *s != '\0'; s++)
		if ((unsigned char)*s >= 0x20 || *s == '\t')
			jk_buf_putc(&t->b, *s == '\t' ? ' ' : *s);
	if (t->b.len == start)
		return;
	pt_span(t, start, font, color, 0);
}

static void
pt_break(struct ptext *t)
{
	if (t->b.len == 0 || t->b.data[t->b.len - 1] == '\n')
		return;
	/* a forced break: drop a space before it */
	if (t->b.len > 0 && t->b.data[t->b.len - 1] == ' ')
		t->b.data[--t->b.len] = '\0';
	if (t->nsp > 0 && t->sp[t->nsp - 1].end > t->b.len)
		t->sp[t->nsp - 1].end = t->b.len;
	jk_buf_putc(&t->b, '\n');
}

/* Trim a trailing space. */
static void
pt_trim(struct ptext *t)
{
	while (t->b.len > 0 && t->b.data[t->b.len - 1] == ' ') {
		t->b.data[--t->b.len] = '\0';
		if (t->nsp > 0 && t->sp[t->nsp - 1].end > t->b.len)
			t->sp[t->nsp - 1].end = t->b.len;
	}
	while (t->nsp > 0 && t->sp[t->nsp - 1].start >= t->sp[t->nsp - 1].end)
		t->nsp--;
}

/* Does some font of the family list of font have a glyph for c?  (Pango
 * is asked to shape c alone and says whether the glyph is unknown.) */
static int
has_char(struct lay *Y, int font, gunichar c)
{
	gpointer		 key = GUINT_TO_POINTER(((guint)font << 21) | c);
	gpointer		 v;
	PangoFontDescription	*d;
	PangoLayout		*lay;
	PangoLayoutLine		*pl;
	GSList			*r;
	char			 buf[8];
	int			 n, g, has = 1;

	if ((v = g_hash_table_lookup(Y->cover, key)) != NULL)
		return GPOINTER_TO_INT(v) == 1;
	n = g_unichar_to_utf8(c, buf);
	lay = pango_layout_new(Y->ctx);
	d = jk_pfont_desc(&Y->L->fonts[font]);
	pango_layout_set_font_description(lay, d);
	pango_font_description_free(d);
	pango_layout_set_text(lay, buf, n);
	if ((pl = pango_layout_get_line_readonly(lay, 0)) != NULL)
		for (r = pl->runs; r != NULL; r = r->next) {
			PangoGlyphString *gs = ((PangoGlyphItem *)r->data)->glyphs;

			for (g = 0; g < gs->num_glyphs; g++)
				if (gs->glyphs[g].glyph & PANGO_GLYPH_UNKNOWN_FLAG)
					has = 0;
		}
	g_object_unref(lay);
	g_hash_table_insert(Y->cover, key, GINT_TO_POINTER(has ? 1 : 2));
	return has;
}

/*
 * A letter no font has (Greek with tonos, say) is set decomposed, base
 * letter and combining mark, when the fonts have those.  Returns s or a
 * new string (caller frees if != s).
 */
static const char *
decompose_missing(struct lay *Y, int font, const char *s)
{
	const char	*p;
	struct jk_buf	 b;
	int		 need = 0;

	for (p = s; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c >= 0x80 && !jk_is_hangul(c) && !jk_is_han(c) &&
		    !has_char(Y, font, c)) {
			need = 1;
			break;
		}
	}
	if (!need)
		return s;
	jk_buf_init(&b);
	jk_buf_puts(&b, "");
	for (p = s; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar	 c = g_utf8_get_char(p);
		const char	*q;
		char		*nfd;
		int		 ok = 1;

		if (c < 0x80 || jk_is_hangul(c) || jk_is_han(c) ||
		    has_char(Y, font, c)) {
			jk_buf_add(&b, p, g_utf8_next_char(p) - p);
			continue;
		}
		nfd = g_utf8_normalize(p, g_utf8_next_char(p) - p,
		    G_NORMALIZE_NFD);
		for (q = nfd; q != NULL && *q != '\0'; q = g_utf8_next_char(q))
			if (!has_char(Y, font, g_utf8_get_char(q)))
				ok = 0;
		if (nfd != NULL && ok)
			jk_buf_puts(&b, nfd);
		else
			jk_buf_add(&b, p, g_utf8_next_char(p) - p);
		g_free(nfd);
	}
	return jk_buf_detach(&b);
}

/* Greek and Cyrillic letters (and marks on them). */
static int
is_gc(gunichar c)
{
	return (c >= 0x0370 && c <= 0x052f) || (c >= 0x1f00 && c <= 0x1fff);
}

/*
 * The Nanum faces carry Greek and Cyrillic as full-width glyphs (KS X
 * 1001), which set a name like "Ανδρομάχη" letter-spaced: such runs take
 * the style's first fallback (a serif face) or its second (for a sans
 * face), whose Greek and Cyrillic are proportional.
 */
static int
font_gc(struct lay *Y, int font)
{
	const struct jk_pfont	*p = &Y->L->fonts[font];
	const char		*fb = Y->st->fallback != NULL ?
				    Y->st->fallback : "Noto Serif CJK KR";
	char			*fam, *c, *e;
	int			 serif, r;

	if (p->mono)
		return font;
	serif = strstr(p->family, "Myeongjo") != NULL ||
	    strstr(p->family, "Serif") != NULL ||
	    strstr(p->family, "Batang") != NULL;
	fam = jk_xstrdup(fb);
	c = fam;
	if (!serif && (e = strchr(fam, ',')) != NULL)
		c = e + 1;
	if ((e = strchr(c, ',')) != NULL)
		*e = '\0';
	while (*c == ' ')
		c++;
	r = *c != '\0' ? font_get(Y, c, p->bold, p->size, 0) : font;
	free(fam);
	return r;
}

/* Append text s in font, Greek and Cyrillic runs in font_gc(). */
static void
pt_add_gc(struct lay *Y, struct ptext *t, const char *s, int font,
    struct jk_rgb color)
{
	const char	*p = s, *run = s;
	int		 gc = 0, g;
	char		*piece;

	for (; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		/* marks go with the letter before them */
		g = g_unichar_ismark(c) ? gc : is_gc(c) &&
		    has_char(Y, font_gc(Y, font), c);
		if (g == gc)
			continue;
		if (p > run) {
			piece = jk_xstrndup(run, p - run);
			pt_add(t, piece, gc ? font_gc(Y, font) : font, color,
			    0);
			free(piece);
		}
		run = p;
		gc = g;
	}
	if (p > run)
		pt_add(t, run, gc ? font_gc(Y, font) : font, color, 0);
}

/* Inline content of n into t: TEXT, EMPH (bold), NOTEREF (superscript),
 * BREAK. */
static void
pt_inlines(struct lay *Y, struct ptext *t, const struct jk_node *n, int font,
    struct jk_rgb color)
{
	const struct jk_node	*c;
	int			 sup;

	for (c = n->first; c != NULL; c = c->next) {
		switch (c->type) {
		case JK_NODE_TEXT:
			if (c->text != NULL) {
				char		*v = NULL;
				const char	*in = c->text, *s;

				if (!g_utf8_validate(in, -1, NULL))
					in = v = g_utf8_make_valid(in, -1);
				s = decompose_missing(Y, font, in);
				pt_add_gc(Y, t, s, font, color);
				if (s != in)
					free((char *)s);
				g_free(v);
			}
			break;
		case JK_NODE_EMPH:
			pt_inlines(Y, t, c, font_bold(Y, font), color);
			break;
		case JK_NODE_NOTEREF:
			if (c->label == NULL)
				break;
			sup = font_get(Y, Y->st->note.family, 1,
			    Y->L->fonts[font].size * 0.62, 0);
			pt_add(t, c->label, sup, Y->st->accent,
			    Y->L->fonts[font].size * 0.36);
			break;
		case JK_NODE_BREAK:
			pt_break(t);
			break;
		default:
			/* a block where inlines were expected: its text */
			pt_inlines(Y, t, c, font, color);
			break;
		}
	}
}

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
static struct mpara
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
				/* right-to-left runs number clusters
				 * downwards: the next one may start before */
				ce = g2 < gs->num_glyphs && item->offset +
				    (size_t)gs->log_clusters[g2] > cs ?
				    item->offset +
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

static void
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
static double
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

/* === rows ============================================================== */

static struct row *
row_new(struct rows *R, double h, double before)
{
	struct row	*r;

	if (R->n == R->a) {
		R->a = R->a ? R->a * 2 : 64;
		R->r = jk_xreallocarray(R->r, R->a, sizeof(*R->r));
	}
	r = &R->r[R->n++];
	memset(r, 0, sizeof(*r));
	r->h = h;
	r->before = before;
	r->olevel = -1;
	return r;
}

static struct jk_pitem *
row_item(struct row *r, enum jk_pkind kind)
{
	struct jk_pitem	*it;

	if (r->nitems == r->aitems) {
		r->aitems = r->aitems ? r->aitems * 2 : 4;
		r->items = jk_xreallocarray(r->items, r->aitems,
		    sizeof(*r->items));
	}
	it = &r->items[r->nitems++];
	memset(it, 0, sizeof(*it));
	it->kind = kind;
	it->col = -1;
	return it;
}

static void
item_free(struct jk_pitem *it)
{
	int	 i;

	for (i = 0; i < it->nsegs; i++)
		free(it->segs[i].text);
	free(it->segs);
	free(it->text);
	free(it->dest);
}

static void
rows_free(struct rows *R)
{
	int	 i, j;

	for (i = 0; i < R->n; i++) {
		for (j = 0; j < R->r[i].nitems; j++)
			item_free(&R->r[i].items[j]);
		free(R->r[i].items);
		free(R->r[i].otitle);
		free(R->r[i].odest);
	}
	free(R->r);
	R->r = NULL;
	R->n = R->a = 0;
}

/* Baseline of a line of font size in a row of height leading. */
static double
baseline(double size, double leading)
{
	return (leading - size) / 2 + size * 0.86;
}

/* Take line ml (stealing its segments) into row r at x, row-relative. */
static struct jk_pitem *
line_item(struct row *r, struct mline *ml, double x, double measure_w,
    int font, double size, double leading, enum jk_lrole role)
{
	struct jk_pitem	*it = row_item(r, JK_PI_LINE);
	int		 i;

	it->x = x + ml->x;
	it->y = baseline(size, leading);
	it->w = ml->w;
	it->h = measure_w - it->x;	/* room left of the measure's end */
	it->font = font;
	it->role = role;
	it->segs = ml->segs;
	it->nsegs = ml->nsegs;
	it->text = ml->text;
	ml->segs = NULL;
	ml->nsegs = 0;
	ml->text = NULL;
	for (i = 0; i < it->nsegs; i++)
		if (it->segs[i].font != font)
			break;
	return it;
}

struct popts {
	double		 x, width;	/* inset and measure */
	double		 indent;
	int		 justify;
	PangoAlignment	 align;
	double		 leading;
	double		 before;
	enum jk_lrole	 role;
	int		 span, group, keepall, keepnext, nosplit, para;
	const char	*marker;	/* list/footnote marker, hanging */
	double		 markx;		/* where the marker starts */
	int		 markfont;
	struct jk_rgb	 markcolor;
	int		 quote;		/* rule at the left */
};

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

static struct mpara
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

/* Lay t out as rows. */
static void
para_rows(struct lay *Y, struct rows *R, struct ptext *t,
    const struct popts *o, int line)
{
	struct mpara	 mp;
	struct row	*r;
	double		 size = Y->L->fonts[t->font].size;
	int		 i, j, k, first = R->n, pno = 0;

	if (t->b.len == 0 && o->marker == NULL)
		return;
	mp = measure_long(Y, t, o, line);
	if (o->para)
		pno = ++Y->para;
	for (i = 0; i < mp.n; i++) {
		struct jk_pitem *it;

		r = row_new(R, o->leading, i == 0 ? o->before : 0);
		r->span = o->span;
		r->group = o->group;
		it = line_item(r, &mp.l[i], o->x, o->x + o->width, t->font,
		    size, o->leading, o->role);
		it->para = pno;
		it->ln = i + 1;
		it->nln = mp.n;
		if (i == 0 && o->marker != NULL) {
			struct jk_pseg	*s;

			it->segs = jk_xreallocarray(it->segs, it->nsegs + 1,
			    sizeof(*it->segs));
			memmove(it->segs + 1, it->segs, it->nsegs *
			    sizeof(*it->segs));
			s = &it->segs[0];
			it->nsegs++;
			s->x = o->markx - it->x;
			s->dy = 0;
			s->font = o->markfont;
			s->color = o->markcolor;
			s->text = jk_xstrdup(o->marker);
			{
				char *nt = jk_xasprintf("%s %s", o->marker,
				    it->text);
				free(it->text);
				it->text = nt;
			}
		}
		if (o->quote) {
			struct jk_pitem *q = row_item(r, JK_PI_RULE);
			q->x = 0;
			q->y = 0;
			q->w = 0;
			q->h = o->leading;
			q->lw = 1.5;
			q->color = Y->st->rule;
		}
	}
	/* widows and orphans: first two and last two lines together */
	if (mp.n >= 2) {
		R->r[first].keep = 1;
		R->r[first + mp.n - 2].keep = 1;
	}
	/* a word broken at a line end is not also broken over a column or
	 * a page (a reader, or a text extractor, would find the running
	 * head and the folio between its halves); a word longer than a
	 * line (a run of more than three such breaks) may */
	for (i = 0; i < mp.n - 1; i = j) {
		for (j = i; j < mp.n - 1 && mp.l[j].midword; j++)
			;
		if (j > i && j - i <= 3)
			for (k = i; k < j; k++)
				R->r[first + k].keep = 1;
		if (j == i)
			j++;
	}
	if (o->nosplit)
		for (i = first; i < R->n - 1; i++)
			R->r[i].keep = 1;
	if (o->keepnext && R->n > first)
		R->r[R->n - 1].keep = 1;
	mp_free(&mp);
}

/* === blocks ============================================================ */

struct actx {
	struct lay	*Y;
	struct rows	*R;
	const struct jk_node **notes;
	int		 nnotes, anotes;
	int		 after_head;	/* no indent after a heading */
	int		 advert;	/* no outline entries */
	double		 gap;		/* space after the last block */
};

static struct popts
body_opts(struct lay *Y, double x, double width, int group)
{
	struct popts	 o;

	memset(&o, 0, sizeof(o));
	o.x = x;
	o.width = width;
	o.indent = 0;
	o.justify = Y->st->justify;
	o.align = PANGO_ALIGN_LEFT;
	o.leading = Y->st->body.leading;
	o.before = Y->st->para_space;
	o.role = group ? JK_LR_SIDEBAR : JK_LR_BODY;
	o.group = group;
	o.keepall = Y->st->keep_all;
	o.para = 1;
	return o;
}

static void block(struct actx *, const struct jk_node *, double, double, int);

static void
blocks(struct actx *A, const struct jk_node *parent, double x, double width,
    int group)
{
	const struct jk_node	*c;

	for (c = parent->first; c != NULL; c = c->next)
		block(A, c, x, width, group);
}

static void
heading_rows(struct actx *A, const struct jk_node *n, double x, double width,
    int group)
{
	struct lay	*Y = A->Y;
	int		 lv = n->level >= 1 && n->level <= 3 ? n->level : 1;
	const struct jk_font *f = &Y->st->heading[lv - 1];
	struct ptext	 t;
	struct popts	 o = body_opts(Y, x, width, group);
	struct row	*r;
	int		 first = A->R->n;

	pt_init(&t, font_of(Y, f), lv == 1 ? Y->st->accent : Y->st->text);
	pt_inlines(Y, &t, n, t.font, t.color);
	o.justify = 0;
	o.leading = f->leading;
	o.before = Y->st->body.leading * (lv == 1 ? 1.0 : 0.6);
	o.role = JK_LR_HEAD;
	o.nosplit = 1;
	o.keepnext = 1;
	o.para = 0;
	para_rows(Y, A->R, &t, &o, n->line);
	pt_free(&t);
	if (A->R->n > first) {
		r = &A->R->r[first];
		r->head = 1;
		if (n->id != NULL && !group && !A->advert) {
			struct jk_pitem *d = row_item(r, JK_PI_DEST);
			d->x = x;
			d->y = 0;
			d->dest = jk_xstrdup(n->id);
			r->olevel = lv;
			r->odest = jk_xstrdup(n->id);
			r->otitle = jk_xstrdup(jk_node_plain(
			    (struct jk_doc *)Y->doc, n));
		}
		for (int i = first; i < A->R->n; i++)
			A->R->r[i].head = 1;
	}
	A->after_head = 1;
}

static void
para_block(struct actx *A, const struct jk_node *n, double x, double width,
    int group, const struct jk_font *f, struct jk_rgb color, int indent)
{
	struct lay	*Y = A->Y;
	struct ptext	 t;
	struct popts	 o = body_opts(Y, x, width, group);

	pt_init(&t, font_of(Y, f), color);
	pt_inlines(Y, &t, n, t.font, color);
	o.leading = f->leading;
	o.indent = indent && !A->after_head ? Y->st->para_indent : 0;
	para_rows(Y, A->R, &t, &o, n->line);
	pt_free(&t);
	A->after_head = 0;
}

static void
list_rows(struct actx *A, const struct jk_node *n, double x, double width,
    int group)
{
	struct lay		*Y = A->Y;
	const struct jk_node	*it;
	int			 k = 0;
	double			 hang = Y->st->body.size * 1.4;
	char			 num[32];

	/* the hang fits the widest marker */
	for (it = n->first; it != NULL; it = it->next) {
		struct ptext	 t;
		double		 w;

		k++;
		snprintf(num, sizeof(num), "%d.", k);
		pt_init(&t, Y->f_body, Y->st->text);
		pt_add(&t, it->label != NULL ? it->label :
		    (n->flags & JK_F_ORDERED) ? num : "•", Y->f_body,
		    Y->st->text, 0);
		w = natural_width(Y, &t) + Y->st->body.size * 0.5;
		pt_free(&t);
		if (w > hang && w < width / 3)
			hang = w;
	}
	k = 0;
	for (it = n->first; it != NULL; it = it->next) {
		struct ptext	 t;
		struct popts	 o = body_opts(Y, x + hang, width - hang, group);

		k++;
		snprintf(num, sizeof(num), "%d.", k);
		pt_init(&t, Y->f_body, Y->st->text);
		pt_inlines(Y, &t, it, t.font, t.color);
		o.marker = it->label != NULL ? it->label :
		    (n->flags & JK_F_ORDERED) ? num : "•";
		o.markx = x;
		o.markfont = Y->f_body;
		o.markcolor = Y->st->accent;
		o.before = k == 1 ? Y->st->body.leading * 0.3 : 0;
		para_rows(Y, A->R, &t, &o, it->line);
		pt_free(&t);
	}
	A->after_head = 0;
}

static void
pre_rows(struct actx *A, const struct jk_node *n, double x, double width,
    int group, int span)
{
	struct lay	*Y = A->Y;
	const char	*s = n->text != NULL ? n->text : "", *e;
	double		 lead = Y->st->table.leading;
	int		 first = A->R->n;

	while (*s != '\0') {
		struct ptext	 t;
		struct popts	 o = body_opts(Y, x, width, group);
		char		*ln;

		e = strchr(s, '\n');
		if (e == NULL)
			e = s + strlen(s);
		ln = jk_xstrndup(s, e - s);
		pt_init(&t, Y->f_pre, Y->st->text);
		/* runs of spaces are kept: they align columns */
		for (char *p = ln; *p != '\0'; p++)
			if (*p == '\t')
				*p = ' ';
		if (g_utf8_validate(ln, -1, NULL))
			pt_add_raw(&t, ln, Y->f_pre, Y->st->text);
		else {
			char *v = g_utf8_make_valid(ln, -1);
			pt_add_raw(&t, v, Y->f_pre, Y->st->text);
			g_free(v);
		}
		free(ln);
		o.justify = 0;
		o.leading = lead;
		o.keepall = 0;
		o.role = JK_LR_PRE;
		o.span = span;
		o.para = 0;
		o.before = 0;
		if (t.b.len > 0)
			para_rows(Y, A->R, &t, &o, n->line);
		else {
			struct row *r = row_new(A->R, lead * 0.5, 0);
			r->span = span;
			r->group = group;
		}
		pt_free(&t);
		s = *e == '\n' ? e + 1 : e;
	}
	if (A->R->n > first)
		A->R->r[first].before = lead * 0.4;
	/* short listings keep together */
	if (A->R->n - first <= 12)
		for (int i = first; i < A->R->n - 1; i++)
			A->R->r[i].keep = 1;
}

/* A cell's column span, within reason. */
static int
span_of(const struct jk_node *cell)
{
	return cell->colspan < 1 ? 1 : cell->colspan > MAXCOL ? MAXCOL :
	    cell->colspan;
}

/* A table set as text: each row a paragraph, cells separated by a
 * middle dot, header rows bold, a rule above and below. */
static void
linear_table(struct actx *A, const struct jk_node *n, double x,
    double width, int group, int span)
{
	struct lay		*Y = A->Y;
	const struct jk_node	*row, *cell;
	int			 first = A->R->n, i;

	for (row = n->first; row != NULL; row = row->next) {
		struct ptext	 t;
		struct popts	 o = body_opts(Y, x, width, group);
		int		 hdr = (row->flags & JK_F_HEADER) != 0;

		if (row->type != JK_NODE_ROW)
			continue;
		pt_init(&t, hdr ? Y->f_tabb : Y->f_tab, Y->st->text);
		for (cell = row->first; cell != NULL; cell = cell->next) {
			if (cell != row->first)
				pt_add(&t, " · ", t.font, Y->st->muted, 0);
			pt_inlines(Y, &t, cell, t.font, t.color);
		}
		o.justify = 0;
		o.leading = Y->st->table.leading;
		o.role = JK_LR_TABLE;
		o.span = span;
		o.para = 0;
		para_rows(Y, A->R, &t, &o, row->line);
		pt_free(&t);
	}
	if (A->R->n == first)
		return;
	A->R->r[first].before = Y->st->body.leading * 0.4;
	for (i = 0; i < 2; i++) {
		struct row	*r = &A->R->r[i == 0 ? first : A->R->n - 1];
		struct jk_pitem	*it = row_item(r, JK_PI_RULE);

		it->x = x;
		it->y = i == 0 ? 0 : r->h;
		it->w = width;
		it->lw = 0.8;
		it->color = Y->st->rule;
	}
}

static void
table_rows(struct actx *A, const struct jk_node *n, double x, double width,
    int group, int *spanp)
{
	struct lay		*Y = A->Y;
	const struct jk_node	*row, *cell;
	int			 ncol = 0, nrow = 0, c, k, i, span = 0, tid;
	double			*nat, *w, sum = 0, avail = width, pad = 3.0;
	double			 lead = Y->st->table.leading, minw;
	int			 first = A->R->n, hdr_end = -1;

	for (row = n->first; row != NULL; row = row->next) {
		if (row->type != JK_NODE_ROW)
			continue;
		nrow++;
		k = 0;
		for (cell = row->first; cell != NULL; cell = cell->next)
			k += span_of(cell);
		if (k > ncol)
			ncol = k;
	}
	if (ncol > MAXCOL)
		ncol = MAXCOL;
	if (ncol == 0)
		return;
	nat = jk_xcalloc(ncol, sizeof(*nat));
	w = jk_xcalloc(ncol, sizeof(*w));
	minw = Y->st->table.size * 2.5 + 2 * pad;
	for (row = n->first; row != NULL; row = row->next) {
		c = 0;
		for (cell = row->first; cell != NULL && c < ncol;
		    cell = cell->next) {
			struct ptext	 t;
			int		 cs = span_of(cell);
			double		 cw;

			pt_init(&t, Y->f_tab, Y->st->text);
			pt_inlines(Y, &t, cell, Y->f_tab, Y->st->text);
			cw = natural_width(Y, &t) + 2 * pad;
			pt_free(&t);
			if (cs == 1 && cw > nat[c])
				nat[c] = cw;
			c += cs;
		}
	}
	for (c = 0; c < ncol; c++) {
		if (nat[c] < minw)
			nat[c] = minw;
		sum += nat[c];
	}
	/* too wide for a column: across the text block (not in boxes) */
	if (sum > width * 1.05 && !group && width < Y->W - 1) {
		span = 1;
		x = 0;
		avail = Y->W;
	}
	/* more columns than can be read side by side: one line per row,
	 * cells in turn */
	if (ncol * (Y->st->table.size * 2 + 2 * pad) > avail) {
		free(nat);
		free(w);
		linear_table(A, n, x, avail, group, span);
		*spanp = span;
		return;
	}
	if (sum <= avail) {
		/* spread the spare width */
		for (c = 0; c < ncol; c++)
			w[c] = nat[c] + (avail - sum) / ncol;
	} else {
		double	 fixed = 0, flex = 0;

		/* columns narrower than their share keep their width */
		for (c = 0; c < ncol; c++) {
			if (nat[c] <= avail / ncol)
				fixed += nat[c];
			else
				flex += nat[c];
		}
		for (c = 0; c < ncol; c++)
			w[c] = nat[c] <= avail / ncol ? nat[c] :
			    nat[c] * (avail - fixed) / flex;
	}
	tid = ++Y->ntable;
	if (tid >= Y->ath) {
		Y->ath = tid + 16;
		Y->th = jk_xreallocarray(Y->th, Y->ath, sizeof(*Y->th));
	}
	Y->th[tid].first = first;
	Y->th[tid].n = 0;

	i = 0;
	for (row = n->first; row != NULL; row = row->next, i++) {
		struct row	*r;
		struct jk_pitem	*it;
		struct mpara	 cells[MAXCOL];
		int		 ncells = 0, maxl = 1, hdr;
		double		 cx = x, h;

		if (row->type != JK_NODE_ROW)
			continue;
		hdr = (row->flags & JK_F_HEADER) != 0;
		if (!hdr && row->first != NULL) {
			hdr = 1;
			for (cell = row->first; cell != NULL; cell = cell->next)
				if (!(cell->flags & JK_F_HEADER))
					hdr = 0;
		}
		/* header rows only at the top */
		if (hdr && hdr_end != -1 && hdr_end != A->R->n)
			hdr = 0;
		c = 0;
		for (cell = row->first; cell != NULL && c < ncol &&
		    ncells < MAXCOL; cell = cell->next) {
			struct ptext	 t;
			int		 cs = span_of(cell);
			double		 cw = 0;
			int		 bold = hdr || (cell->flags & JK_F_HEADER);

			for (k = c; k < c + cs && k < ncol; k++)
				cw += w[k];
			pt_init(&t, bold ? Y->f_tabb : Y->f_tab, Y->st->text);
			pt_inlines(Y, &t, cell, t.font, t.color);
			cells[ncells] = measure(Y, &t, cw - 2 * pad, 0,
			    (cell->flags & JK_F_NUMERIC) ? PANGO_ALIGN_RIGHT :
			    hdr ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT, 0,
			    Y->st->keep_all, cell->line);
			pt_free(&t);
			if (cells[ncells].n > maxl)
				maxl = cells[ncells].n;
			ncells++;
			c += cs;
		}
		h = maxl * lead + 2 * pad;
		r = row_new(A->R, h, 0);
		r->span = span;
		r->group = group;
		r->table = tid;
		r->thead = hdr;
		if (hdr) {
			it = row_item(r, JK_PI_FILL);
			it->x = x;
			it->y = 0;
			it->w = avail;
			it->h = h;
			it->color = Y->st->boxbg;
			Y->th[tid].n++;
			hdr_end = A->R->n;
		}
		/* top rule on the first row and on header rows */
		if (A->R->n - 1 == first || hdr) {
			it = row_item(r, JK_PI_RULE);
			it->x = x;
			it->y = 0;
			it->w = avail;
			it->lw = 1.0;
			it->color = Y->st->rule;
		}
		c = 0;
		cell = row->first;
		for (k = 0; k < ncells; k++, cell = cell->next) {
			int	 cs = span_of(cell);
			double	 cw = 0;
			int	 l;

			for (int m = c; m < c + cs && m < ncol; m++)
				cw += w[m];
			for (l = 0; l < cells[k].n; l++) {
				struct jk_pitem *li;
				li = line_item(r, &cells[k].l[l], cx + pad,
				    cx + cw - pad, cells[k].l[l].nsegs > 0 ?
				    cells[k].l[l].segs[0].font : Y->f_tab,
				    Y->st->table.size, lead, JK_LR_TABLE);
				li->y += pad + l * lead;
			}
			mp_free(&cells[k]);
			cx += cw;
			c += cs;
		}
		/* rule under the row: strong under the header, thin else */
		it = row_item(r, JK_PI_RULE);
		it->x = x;
		it->y = h;
		it->w = avail;
		it->lw = hdr || row->next == NULL ? 0.8 : 0.3;
		it->color = hdr || row->next == NULL ? Y->st->rule :
		    Y->st->muted;
	}
	/* header and first body row together */
	for (i = first; i < A->R->n - 1 && A->R->r[i].thead; i++)
		A->R->r[i].keep = 1;
	if (A->R->n - first <= 3)
		for (i = first; i < A->R->n - 1; i++)
			A->R->r[i].keep = 1;
	else if (i < A->R->n - 1)
		A->R->r[i].keep = 1;
	if (A->R->n > first)
		A->R->r[first].before = Y->st->body.leading * 0.4;
	free(nat);
	free(w);
	*spanp = span;
}

static void
small_para(struct actx *A, const struct jk_node *n, double x, double width,
    int group, int font, struct jk_rgb color, double leading,
    enum jk_lrole role, const char *prefix, int prefont, double before,
    int span)
{
	struct lay	*Y = A->Y;
	struct ptext	 t;
	struct popts	 o = body_opts(Y, x, width, group);

	pt_init(&t, font, color);
	if (prefix != NULL) {
		pt_add(&t, prefix, prefont, Y->st->accent, 0);
		pt_add(&t, " ", font, color, 0);
	}
	if (n != NULL)
		pt_inlines(Y, &t, n, font, color);
	o.justify = 0;
	o.leading = leading;
	o.role = role;
	o.before = before;
	o.span = span;
	o.para = 0;
	para_rows(Y, A->R, &t, &o, n != NULL ? n->line : 0);
	pt_free(&t);
}

static void
figure_rows(struct actx *A, const struct jk_node *n, double x, double width,
    int group)
{
	struct lay		*Y = A->Y;
	const struct jk_node	*c, *cap = jk_node_child(n, JK_NODE_CAPTION);
	int			 has = jk_node_child(n, JK_NODE_TABLE) != NULL ||
				    jk_node_child(n, JK_NODE_PRE) != NULL;
	int			 first = A->R->n, span = 0, capn;
	double			 lead = Y->st->caption.leading;
	struct row		*r;

	/* caption above */
	if (cap != NULL || n->label != NULL)
		small_para(A, cap, x, width, group, Y->f_cap, Y->st->text, lead,
		    JK_LR_CAPTION, n->label, Y->f_capb, Y->st->body.leading * 0.6,
		    0);
	capn = A->R->n - first;
	for (int i = first; i < A->R->n; i++)
		A->R->r[i].keep = 1;
	if (!has) {
		struct jk_pitem	*it;
		struct ptext	 t;
		struct mpara	 mp;
		double		 h = width * 0.3;

		r = row_new(A->R, h + 4, capn ? 2 : Y->st->body.leading * 0.6);
		r->group = group;
		it = row_item(r, JK_PI_FRAME);
		it->x = x;
		it->y = 2;
		it->w = width;
		it->h = h;
		it->lw = 0.5;
		it->color = Y->st->muted;
		pt_init(&t, Y->f_cap, Y->st->muted);
		pt_add(&t, "그림은 이 판에 싣지 않았습니다", Y->f_cap,
		    Y->st->muted, 0);
		mp = measure(Y, &t, width, 0, PANGO_ALIGN_CENTER, 0, 0, 0);
		if (mp.n > 0) {
			it = line_item(r, &mp.l[0], x, x + width, Y->f_cap,
			    Y->st->caption.size, lead, JK_LR_OTHER);
			it->y += 2 + h / 2 - lead / 2;
		}
		mp_free(&mp);
		pt_free(&t);
	}
	for (c = n->first; c != NULL; c = c->next) {
		switch (c->type) {
		case JK_NODE_TABLE:
			table_rows(A, c, x, width, group, &span);
			break;
		case JK_NODE_PRE:
			pre_rows(A, c, x, width, group, 0);
			break;
		case JK_NODE_SOURCE:
			small_para(A, c, x, width, group, Y->f_cap,
			    Y->st->muted, lead, JK_LR_CAPTION, NULL, 0, 2, 0);
			break;
		default:
			break;
		}
	}
	/* a spanning table takes its caption and sources along */
	if (span)
		for (int i = first; i < A->R->n; i++)
			A->R->r[i].span = 1;
	A->after_head = 0;
}

static void
sidebar_rows(struct actx *A, const struct jk_node *n, double x, double width)
{
	struct lay		*Y = A->Y;
	const struct jk_node	*t = jk_node_child(n, JK_NODE_TITLE), *c;
	double			 pad = 7;
	int			 g = ++Y->group, first;
	struct row		*r;

	r = row_new(A->R, pad, Y->st->body.leading * 0.8);
	r->group = g;
	r->keep = 1;
	first = A->R->n;
	if (t != NULL)
		small_para(A, t, x + pad, width - 2 * pad, g,
		    font_of(Y, &Y->st->heading[1]), Y->st->accent,
		    Y->st->heading[1].leading, JK_LR_SIDEBAR, NULL, 0, 0, 0);
	if (A->R->n > first)
		A->R->r[A->R->n - 1].keep = 1;
	A->after_head = 1;
	for (c = n->first; c != NULL; c = c->next)
		if (c->type != JK_NODE_TITLE)
			block(A, c, x + pad, width - 2 * pad, g);
	r = row_new(A->R, pad, 0);
	r->group = g;
	if (A->R->n >= 2)
		A->R->r[A->R->n - 2].keep = 1;
	A->after_head = 0;
}

static void
block(struct actx *A, const struct jk_node *n, double x, double width,
    int group)
{
	struct lay	*Y = A->Y;
	int		 span = 0, first = A->R->n;
	double		 gap = A->gap;

	A->gap = 0;
	switch (n->type) {
	case JK_NODE_HEADING:
		heading_rows(A, n, x, width, group);
		break;
	case JK_NODE_PARA:
		para_block(A, n, x, width, group, &Y->st->body, Y->st->text, 1);
		break;
	case JK_NODE_DECK:
		for (const struct jk_node *p = n->first; p != NULL; p = p->next)
			para_block(A, p, x, width, group, &Y->st->deck,
			    Y->st->accent, 0);
		break;
	case JK_NODE_QUOTE:
		for (const struct jk_node *p = n->first; p != NULL; p = p->next) {
			struct ptext	 t;
			struct popts	 o = body_opts(Y, x + 10, width - 14,
			    group);

			pt_init(&t, font_of(Y, &Y->st->deck), Y->st->text);
			pt_inlines(Y, &t, p, t.font, t.color);
			o.leading = Y->st->deck.leading;
			o.quote = 1;
			o.before = p == n->first ? Y->st->body.leading * 0.5 : 0;
			para_rows(Y, A->R, &t, &o, p->line);
			pt_free(&t);
		}
		break;
	case JK_NODE_LIST:
		list_rows(A, n, x, width, group);
		break;
	case JK_NODE_TABLE:
		table_rows(A, n, x, width, group, &span);
		break;
	case JK_NODE_FIGURE:
		figure_rows(A, n, x, width, group);
		break;
	case JK_NODE_PRE:
		pre_rows(A, n, x, width, group, 0);
		break;
	case JK_NODE_SIDEBAR:
		if (group)	/* a box in a box: its blocks */
			blocks(A, n, x, width, group);
		else
			sidebar_rows(A, n, x, width);
		break;
	case JK_NODE_FOOTNOTE:
		if (A->nnotes == A->anotes) {
			A->anotes = A->anotes ? A->anotes * 2 : 8;
			A->notes = jk_xreallocarray(A->notes, A->anotes,
			    sizeof(*A->notes));
		}
		A->notes[A->nnotes++] = n;
		break;
	case JK_NODE_PAGEBREAK:
		break;
	case JK_NODE_TITLE:
	case JK_NODE_SUBTITLE:
	case JK_NODE_SERIES:
		small_para(A, n, x, width, group, font_of(Y, &Y->st->heading[1]),
		    Y->st->text, Y->st->heading[1].leading, JK_LR_HEAD, NULL, 0,
		    Y->st->body.leading * 0.5, 0);
		break;
	default:
		if (jk_is_inline(n->type) || n->first != NULL) {
			/* stray content: set as a paragraph */
			para_block(A, n, x, width, group, &Y->st->body,
			    Y->st->text, 0);
		}
		break;
	}
	if (A->R->n == first) {	/* nothing set (a note, a page break) */
		A->gap = gap;
		return;
	}
	/* a figure, a table, a box, a listing, a quote or a list stands
	 * off the text after it as it does from the text before it */
	if (A->R->r[first].before < gap)
		A->R->r[first].before = gap;
	switch (n->type) {
	case JK_NODE_FIGURE:
	case JK_NODE_TABLE:
	case JK_NODE_PRE:
	case JK_NODE_SIDEBAR:
		A->gap = Y->st->body.leading * 0.6;
		break;
	case JK_NODE_QUOTE:
	case JK_NODE_LIST:
		A->gap = Y->st->body.leading * 0.3;
		break;
	default:
		A->gap = 0;
		break;
	}
}

/*
 * What to call an article in the contents, the outline and running
 * heads: its title, else its series, else its first heading, else the
 * start of its first paragraph.  In the document's arena.
 */
static const char *
article_name(struct lay *Y, const struct jk_node *art)
{
	struct jk_doc		*doc = (struct jk_doc *)Y->doc;
	const struct jk_node	*c;
	const char		*s, *e;
	int			 n;

	if ((c = jk_node_child(art, JK_NODE_TITLE)) != NULL ||
	    (c = jk_node_child(art, JK_NODE_SERIES)) != NULL ||
	    (c = jk_node_child(art, JK_NODE_HEADING)) != NULL)
		if (*(s = jk_node_plain(doc, c)) != '\0')
			return s;
	if ((c = jk_node_child(art, JK_NODE_PARA)) != NULL &&
	    *(s = jk_node_plain(doc, c)) != '\0') {
		/* the first 24 characters, a word boundary if there is one */
		for (e = s, n = 0; *e != '\0' && n < 24;
		    e = g_utf8_next_char(e), n++)
			;
		if (*e == '\0')
			return s;
		return jk_arena_printf(doc->arena, "%.*s…", (int)(e - s), s);
	}
	return art->label != NULL ? art->label : art->id != NULL ? art->id :
	    "";
}

/* Opener: series, title, subtitle, bylines, deck across the block. */
static void
opener_rows(struct actx *A, const struct jk_node *art, int advert)
{
	struct lay		*Y = A->Y;
	const struct jk_node	*c;
	double			 W = Y->W;
	int			 first = A->R->n;
	struct row		*r;
	struct ptext		 t;
	struct popts		 o;
	const char		*title;

	o = body_opts(Y, 0, W, 0);
	o.span = 1;
	o.justify = 0;
	o.para = 0;
	o.role = JK_LR_OPENER;
	o.keepall = Y->st->keep_all;

	/* section label or series */
	if ((c = jk_node_child(art, JK_NODE_SERIES)) != NULL ||
	    art->label != NULL) {
		pt_init(&t, font_of(Y, &Y->st->series), Y->st->accent);
		if (c != NULL)
			pt_inlines(Y, &t, c, t.font, t.color);
		else
			pt_add(&t, art->label, t.font, t.color, 0);
		o.leading = Y->st->series.leading;
		o.before = 0;
		para_rows(Y, A->R, &t, &o, art->line);
		pt_free(&t);
	}
	if ((c = jk_node_child(art, JK_NODE_TITLE)) != NULL) {
		pt_init(&t, font_of(Y, &Y->st->title), Y->st->text);
		pt_inlines(Y, &t, c, t.font, t.color);
		o.leading = Y->st->title.leading;
		o.before = A->R->n > first ? 4 : 0;
		para_rows(Y, A->R, &t, &o, c->line);
		pt_free(&t);
	}
	if ((c = jk_node_child(art, JK_NODE_SUBTITLE)) != NULL) {
		pt_init(&t, font_of(Y, &Y->st->subtitle), Y->st->muted);
		pt_inlines(Y, &t, c, t.font, t.color);
		o.leading = Y->st->subtitle.leading;
		o.before = 4;
		para_rows(Y, A->R, &t, &o, c->line);
		pt_free(&t);
	}
	for (c = art->first; c != NULL; c = c->next) {
		const struct jk_node *nm, *rl;

		if (c->type != JK_NODE_BYLINE)
			continue;
		nm = jk_node_child(c, JK_NODE_NAME);
		rl = jk_node_child(c, JK_NODE_ROLE);
		if (nm == NULL && rl == NULL)
			continue;
		pt_init(&t, font_of(Y, &Y->st->byline), Y->st->text);
		if (nm != NULL)
			pt_inlines(Y, &t, nm, t.font, t.color);
		if (rl != NULL) {
			pt_add(&t, "  ", t.font, t.color, 0);
			pt_inlines(Y, &t, rl, Y->f_bio, Y->st->muted);
		}
		o.leading = Y->st->byline.leading;
		o.before = 6;
		para_rows(Y, A->R, &t, &o, c->line);
		pt_free(&t);
	}
	/* decks before the body */
	for (c = art->first; c != NULL; c = c->next) {
		if (c->type != JK_NODE_DECK) {
			if (jk_is_block(c->type) && c->type != JK_NODE_PAGEBREAK)
				break;
			continue;
		}
		for (const struct jk_node *p = c->first; p != NULL;
		    p = p->next) {
			pt_init(&t, font_of(Y, &Y->st->deck), Y->st->accent);
			pt_inlines(Y, &t, p, t.font, t.color);
			o.leading = Y->st->deck.leading;
			o.before = 8;
			o.justify = Y->st->justify;
			para_rows(Y, A->R, &t, &o, p->line);
			o.justify = 0;
			pt_free(&t);
		}
	}
	/* a rule under the opener */
	r = row_new(A->R, Y->st->body.leading, A->R->n > first ? 8 : 0);
	r->span = 1;
	{
		struct jk_pitem *it = row_item(r, JK_PI_RULE);
		it->x = 0;
		it->y = Y->st->body.leading * 0.3;
		it->w = W;
		it->lw = advert ? 0.5 : 1.2;
		it->color = Y->st->rule;
	}
	for (int i = first; i < A->R->n; i++) {
		A->R->r[i].keep = 1;
		A->R->r[i].span = 1;
	}
	r = &A->R->r[first];
	if (!advert && art->id != NULL) {
		struct jk_pitem *d = row_item(r, JK_PI_DEST);
		title = article_name(Y, art);
		d->dest = jk_xstrdup(art->id);
		r->olevel = 0;
		r->odest = jk_xstrdup(art->id);
		r->otitle = jk_xstrdup(title);
	}
}

/* Bios (rule above, smaller) and footnotes at the end of the article. */
static void
end_rows(struct actx *A, const struct jk_node *art)
{
	struct lay		*Y = A->Y;
	const struct jk_node	*c;
	int			 firstbio = 1, i;

	for (c = art->first; c != NULL; c = c->next) {
		const struct jk_node *bio, *nm;
		int		 first = A->R->n;

		if (c->type != JK_NODE_BYLINE ||
		    (bio = jk_node_child(c, JK_NODE_BIO)) == NULL)
			continue;
		nm = jk_node_child(c, JK_NODE_NAME);
		{
			struct ptext	 t;
			struct popts	 o = body_opts(Y, 0, Y->colw, 0);

			pt_init(&t, Y->f_bio, Y->st->muted);
			if (nm != NULL) {
				pt_inlines(Y, &t, nm, Y->f_bioname, Y->st->text);
				pt_add(&t, " ", Y->f_bio, Y->st->muted, 0);
			}
			pt_inlines(Y, &t, bio, Y->f_bio, Y->st->muted);
			o.leading = Y->st->bio.leading;
			o.role = JK_LR_BIO;
			o.before = firstbio ? Y->st->body.leading * 1.2 : 4;
			o.para = 0;
			para_rows(Y, A->R, &t, &o, bio->line);
			pt_free(&t);
		}
		if (firstbio && A->R->n > first) {
			struct jk_pitem *it = row_item(&A->R->r[first],
			    JK_PI_RULE);
			it->x = 0;
			it->y = -4;
			it->w = Y->colw;
			it->lw = 0.6;
			it->color = Y->st->rule;
			firstbio = 0;
		}
		for (i = first; i < A->R->n - 1 && A->R->n - first <= 8; i++)
			A->R->r[i].keep = 1;
	}
	for (i = 0; i < A->nnotes; i++) {
		const struct jk_node	*fn = A->notes[i], *p;
		int			 first = A->R->n;
		double			 hang = Y->st->note.size * 2.2;

		for (p = fn->first; p != NULL; p = p->next) {
			struct ptext	 t;
			struct popts	 o = body_opts(Y, hang, Y->colw - hang, 0);

			pt_init(&t, Y->f_note, Y->st->text);
			pt_inlines(Y, &t, p, Y->f_note, Y->st->text);
			o.leading = Y->st->note.leading;
			o.role = JK_LR_NOTE;
			o.justify = 0;	/* notes carry long addresses */
			o.before = p == fn->first ? 2 : 0;
			o.para = 0;
			if (p == fn->first) {
				o.marker = fn->label != NULL ? fn->label : "*";
				o.markx = 0;
				o.markfont = Y->f_noteb;
				o.markcolor = Y->st->accent;
			}
			para_rows(Y, A->R, &t, &o, p->line);
			pt_free(&t);
		}
		if (i == 0 && A->R->n > first) {
			struct jk_pitem *it = row_item(&A->R->r[first],
			    JK_PI_RULE);
			it->x = 0;
			it->y = -3;
			it->w = Y->colw / 3;
			it->lw = 0.5;
			it->color = Y->st->muted;
			A->R->r[first].before += Y->st->body.leading;
		}
	}
}

/* === pages and flow ===================================================== */

static int
page_new(struct lay *Y, enum jk_pgkind kind)
{
	struct jk_playout	*L = Y->L;
	struct jk_ppage		*p;

	L->pages = jk_xreallocarray(L->pages, L->npages + 1,
	    sizeof(*L->pages));
	p = &L->pages[L->npages];
	memset(p, 0, sizeof(*p));
	p->kind = kind;
	if (L->npages >= Y->apm) {
		Y->apm = L->npages + 32;
		Y->pm = jk_xreallocarray(Y->pm, Y->apm, sizeof(*Y->pm));
	}
	memset(&Y->pm[L->npages], 0, sizeof(*Y->pm));
	return L->npages++;
}

static struct jk_pitem *
page_item(struct jk_ppage *p)
{
	if (p->nitems == p->aitems) {
		p->aitems = p->aitems ? p->aitems * 2 : 64;
		p->items = jk_xreallocarray(p->items, p->aitems,
		    sizeof(*p->items));
	}
	return &p->items[p->nitems++];
}

/* Left edge of the text block on page p (0-based; page 1 is a right-hand
 * page: its inner margin is on the left). */
static double
block_left(struct lay *Y, int p)
{
	return (p % 2 == 0 ? Y->st->margin_inner_mm :
	    Y->st->margin_outer_mm) * JK_MM;
}

static double
col_x(struct lay *Y, int p, int c)
{
	return block_left(Y, p) + c * (Y->colw + Y->gutter);
}

static void
copy_item(struct jk_pitem *d, const struct jk_pitem *s, double dx,
    double dy, int col)
{
	int	 i;

	*d = *s;
	d->x += dx;
	d->y += dy;
	d->col = col;
	d->text = s->text != NULL ? jk_xstrdup(s->text) : NULL;
	d->dest = s->dest != NULL ? jk_xstrdup(s->dest) : NULL;
	if (s->nsegs > 0) {
		d->segs = jk_xcalloc(s->nsegs, sizeof(*d->segs));
		for (i = 0; i < s->nsegs; i++) {
			d->segs[i] = s->segs[i];
			d->segs[i].text = jk_xstrdup(s->segs[i].text);
		}
	} else
		d->segs = NULL;
}


static void
group_flush(struct lay *Y)
{
	struct jk_pitem	*it;

	if (Y->gcur.group == 0)
		return;
	it = page_item(&Y->L->pages[Y->gcur.page]);
	memset(it, 0, sizeof(*it));
	it->kind = JK_PI_FILL;
	it->x = Y->gcur.x;
	it->y = Y->gcur.y0;
	it->w = Y->gcur.w;
	it->h = Y->gcur.y1 - Y->gcur.y0;
	it->color = Y->st->boxbg;
	it->col = Y->gcur.col;
	Y->gcur.group = 0;
}

static void
place_row(struct lay *Y, const struct row *r, int col, double y)
{
	struct jk_ppage	*pg = &Y->L->pages[Y->page];
	double		 x = col < 0 ? block_left(Y, Y->page) :
			    col_x(Y, Y->page, col);
	int		 i;

	for (i = 0; i < r->nitems; i++)
		copy_item(page_item(pg), &r->items[i], x, y, col);
	if (r->olevel >= 0) {
		struct jk_playout	*L = Y->L;
		struct jk_poutline	*o;

		L->outline = jk_xreallocarray(L->outline, L->noutline + 1,
		    sizeof(*L->outline));
		o = &L->outline[L->noutline++];
		o->level = r->olevel;
		o->title = jk_xstrdup(r->otitle != NULL ? r->otitle : "");
		o->dest = jk_xstrdup(r->odest != NULL ? r->odest : "");
		o->page = Y->page;
		o->y = y;
	}
	if (r->group) {
		if (Y->gcur.group == r->group && Y->gcur.page == Y->page &&
		    Y->gcur.col == col && fabs(Y->gcur.y1 - y) < 0.5)
			Y->gcur.y1 = y + r->h;
		else {
			group_flush(Y);
			Y->gcur.group = r->group;
			Y->gcur.page = Y->page;
			Y->gcur.col = col;
			Y->gcur.x = x;
			Y->gcur.w = col < 0 ? Y->W : Y->colw;
			Y->gcur.y0 = y;
			Y->gcur.y1 = y + r->h;
		}
	} else
		group_flush(Y);
	if (r->table)
		Y->last_table = r->table;
	else
		Y->last_table = 0;
}

/* Height of the header rows of table t (to repeat them). */
static double
thead_height(struct lay *Y, const struct rows *R, int t)
{
	double	 h = 0;
	int	 i;

	for (i = 0; i < Y->th[t].n; i++)
		h += R->r[Y->th[t].first + i].h;
	return h;
}

static void
thead_place(struct lay *Y, const struct rows *R, int t, int col, double y)
{
	int	 i;

	for (i = 0; i < Y->th[t].n; i++) {
		place_row(Y, &R->r[Y->th[t].first + i], col, y);
		y += R->r[Y->th[t].first + i].h;
	}
}

/*
 * Fill the columns of a band (from top to bottom) with the column rows
 * [i, j).  Returns the first row not placed; *maxy gets the lowest row
 * bottom.  Nothing is placed unless commit.
 */
static int
fill_band(struct lay *Y, const struct rows *R, int i, int j, double top,
    double bottom, int commit, int strict, double *maxy)
{
	int	 c = 0, at_top = 1, u, m, lt = Y->last_table;
	double	 y = top, uh, hh;

	*maxy = top;
	while (i < j) {
		/* the unit: rows kept together */
		for (u = i; u < j - 1 && R->r[u].keep; u++)
			;
		hh = 0;
		if (at_top && R->r[i].table && R->r[i].table == lt &&
		    !R->r[i].thead)
			hh = thead_height(Y, R, R->r[i].table);
		uh = hh;
		for (m = i; m <= u; m++)
			uh += (m == i && at_top ? 0 : R->r[m].before) +
			    R->r[m].h;
		if (y + uh > bottom + EPS) {
			/* a band below the top of the page: what does not
			 * fit goes to the next column or page */
			if (!at_top || top > Y->top + EPS) {
				if (++c >= Y->ncol)
					return i;
				y = top;
				at_top = 1;
				continue;
			}
			/* taller than a column: break inside the unit,
			 * row by row (balancing: this bottom is too high) */
			if (strict)
				return i;
			u = i;
			uh = hh + R->r[i].h;
			if (y + uh > bottom + EPS && commit) {
				Y->L->overflows++;
				jk_msg(Y->pdf->diag, JK_M_OVERFLOW, 0,
				    "a row taller than the column (%.0f pt)",
				    uh);
			}
		}
		if (hh > 0) {
			if (commit)
				thead_place(Y, R, R->r[i].table, c, y);
			y += hh;
		}
		for (m = i; m <= u; m++) {
			if (!(m == i && at_top))
				y += R->r[m].before;
			if (commit)
				place_row(Y, &R->r[m], c, y);
			y += R->r[m].h;
			lt = R->r[m].table;
		}
		at_top = 0;
		if (y > *maxy)
			*maxy = y;
		i = u + 1;
	}
	if (commit)
		group_flush(Y);
	return i;
}

static void
new_body_page(struct lay *Y, enum jk_pgkind kind, int opener)
{
	group_flush(Y);
	if (kind == JK_PG_CONTENTS && Y->page + 1 < Y->contres) {
		Y->page++;
		Y->btop = Y->top;
		Y->last_table = 0;
		return;
	}
	Y->page = page_new(Y, kind);
	Y->btop = Y->top;
	Y->pm[Y->page].opener = opener;
	Y->pm[Y->page].left = (char *)Y->run_left;
	Y->pm[Y->page].right = (char *)Y->run_right;
}

/* Flow the rows of one article (or advert, or the contents). */
static void
flow(struct lay *Y, const struct rows *R, enum jk_pgkind kind)
{
	int	 i = 0, j, k;
	double	 maxy;

	while (i < R->n) {
		if (R->r[i].span) {
			int	 u, m;
			double	 uh = 0, hh = 0;

			for (u = i; u < R->n - 1 && R->r[u].keep &&
			    R->r[u + 1].span; u++)
				;
			for (m = i; m <= u; m++)
				uh += R->r[m].before + R->r[m].h;
			if (Y->btop + uh > Y->bottom + EPS &&
			    Y->btop > Y->top + EPS) {
				new_body_page(Y, kind, 0);
			}
			if (R->r[i].table && !R->r[i].thead &&
			    Y->btop <= Y->top + EPS && i > 0 &&
			    R->r[i - 1].table == R->r[i].table) {
				hh = thead_height(Y, R, R->r[i].table);
				thead_place(Y, R, R->r[i].table, -1, Y->btop);
				Y->btop += hh;
			}
			for (m = i; m <= u; m++) {
				if (Y->btop > Y->top + EPS)
					Y->btop += R->r[m].before;
				if (Y->btop + R->r[m].h > Y->bottom + EPS &&
				    Y->btop > Y->top + EPS) {
					new_body_page(Y, kind, 0);
					if (R->r[m].table && !R->r[m].thead &&
					    m > 0 && R->r[m - 1].table ==
					    R->r[m].table) {
						thead_place(Y, R, R->r[m].table,
						    -1, Y->btop);
						Y->btop += thead_height(Y, R,
						    R->r[m].table);
					}
				}
				place_row(Y, &R->r[m], -1, Y->btop);
				Y->btop += R->r[m].h;
			}
			group_flush(Y);
			i = u + 1;
			continue;
		}
		for (j = i; j < R->n && !R->r[j].span; j++)
			;
		k = fill_band(Y, R, i, j, Y->btop, Y->bottom, 0, 0, &maxy);
		if (k == i && Y->btop > Y->top + EPS) {
			new_body_page(Y, kind, 0);
			continue;
		}
		if (k == j && Y->ncol > 1) {
			/* balance: the lowest bottom that still takes all */
			double	 lo = Y->btop, hi = Y->bottom, mid, my;

			for (int it = 0; it < 18; it++) {
				mid = (lo + hi) / 2;
				if (fill_band(Y, R, i, j, Y->btop, mid, 0, 1,
				    &my) == j)
					hi = mid;
				else
					lo = mid;
			}
			fill_band(Y, R, i, j, Y->btop, hi, 1, 0, &maxy);
			Y->btop = maxy + Y->st->body.leading * 0.6;
			i = j;
			continue;
		}
		fill_band(Y, R, i, j, Y->btop, Y->bottom, 1, 0, &maxy);
		if (k == j) {
			Y->btop = maxy + Y->st->body.leading * 0.6;
			i = j;
			continue;
		}
		new_body_page(Y, kind, 0);
		i = k;
	}
	group_flush(Y);
}

/* === running heads, folios ============================================= */

static void
text_line(struct lay *Y, int page, const char *s, int font,
    struct jk_rgb color, double x, double w, PangoAlignment align,
    double base, enum jk_lrole role, const char *link)
{
	struct ptext	 t;
	struct mpara	 mp;
	struct jk_pitem	*it;

	pt_init(&t, font, color);
	pt_add(&t, s, font, color, 0);
	mp = measure(Y, &t, w, 0, align, 0, 0, 0);
	/* too long for one line: its first line, shortened to take an
	 * ellipsis */
	if (mp.n > 1) {
		char	*cut = jk_xstrdup(mp.l[0].text), *e;
		int	 k;

		for (k = 0; k < 64 && mp.n != 1 && *cut != '\0'; k++) {
			e = g_utf8_prev_char(cut + strlen(cut));
			*e = '\0';
			while (e > cut && e[-1] == ' ')
				*--e = '\0';
			mp_free(&mp);
			pt_free(&t);
			pt_init(&t, font, color);
			pt_add(&t, cut, font, color, 0);
			pt_add(&t, "…", font, color, 0);
			mp = measure(Y, &t, w, 0, align, 0, 0, 0);
		}
		free(cut);
	}
	if (mp.n > 0) {
		struct row r;

		memset(&r, 0, sizeof(r));
		it = line_item(&r, &mp.l[0], 0, w, font,
		    Y->L->fonts[font].size, Y->L->fonts[font].size, role);
		it->y = 0;
		copy_item(page_item(&Y->L->pages[page]), it, x, base, -1);
		if (link != NULL)
			Y->L->pages[page].items[Y->L->pages[page].nitems - 1].dest =
			    jk_xstrdup(link);
		item_free(it);
		free(r.items);
	}
	mp_free(&mp);
	pt_free(&t);
}

static void
running(struct lay *Y, int p, int folio)
{
	struct jk_ppage	*pg = &Y->L->pages[p];
	double		 x = block_left(Y, p), W = Y->W;
	int		 right = p % 2 == 0;
	const char	*rh = right ? Y->pm[p].right : Y->pm[p].left;
	char		 num[16];
	struct jk_pitem	*it;

	if (!Y->pm[p].opener && rh != NULL && *rh != '\0') {
		double base = Y->top - Y->st->running.leading - 6;

		text_line(Y, p, rh, Y->f_run, Y->st->muted, x, W,
		    right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT, base,
		    JK_LR_RUNNING, NULL);
		it = page_item(pg);
		memset(it, 0, sizeof(*it));
		it->kind = JK_PI_RULE;
		it->x = x;
		it->y = base + 4;
		it->w = W;
		it->lw = 0.4;
		it->color = Y->st->rule;
		it->col = -1;
	}
	snprintf(num, sizeof(num), "%d", folio);
	text_line(Y, p, num, Y->f_runb, Y->st->text, x, W,
	    right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT,
	    Y->bottom + Y->st->running.leading + 10, JK_LR_FOLIO, NULL);
}

/* === contents =========================================================== */

struct centry {
	const struct jk_node	*art;
	int			 page;
};

static void
contents_rows(struct lay *Y, struct rows *R, const struct centry *ce,
    int nce, int real)
{
	struct actx	 A;
	struct ptext	 t;
	struct popts	 o;
	const char	*v;
	const char	*prev_label = NULL;
	double		 numw = 36;
	int		 i;

	memset(&A, 0, sizeof(A));
	A.Y = Y;
	A.R = R;
	o = body_opts(Y, 0, Y->W, 0);
	o.span = 1;
	o.justify = 0;
	o.para = 0;
	o.role = JK_LR_TOC;

	pt_init(&t, font_of(Y, &Y->st->title), Y->st->text);
	pt_add(&t, "차례", t.font, t.color, 0);
	o.leading = Y->st->title.leading;
	para_rows(Y, R, &t, &o, 0);
	pt_free(&t);
	pt_init(&t, font_of(Y, &Y->st->subtitle), Y->st->muted);
	if ((v = jk_meta_get(Y->doc, "title")) != NULL)
		pt_add(&t, v, t.font, t.color, 0);
	if ((v = jk_meta_get(Y->doc, "volume")) != NULL) {
		pt_add(&t, " · vol. ", t.font, t.color, 0);
		pt_add(&t, v, t.font, t.color, 0);
	}
	if ((v = jk_meta_get(Y->doc, "date")) != NULL) {
		pt_add(&t, " · ", t.font, t.color, 0);
		pt_add(&t, v, t.font, t.color, 0);
	}
	o.leading = Y->st->subtitle.leading;
	o.before = 4;
	para_rows(Y, R, &t, &o, 0);
	pt_free(&t);
	{
		struct row *r = row_new(R, 14, 4);
		struct jk_pitem *it = row_item(r, JK_PI_RULE);

		r->span = 1;
		it->x = 0;
		it->y = 6;
		it->w = Y->W;
		it->lw = 1.2;
		it->color = Y->st->rule;
	}
	for (i = 0; i < nce; i++) {
		const struct jk_node	*art = ce[i].art, *c;
		int			 first = R->n, k;
		char			 num[16];

		if (art->label != NULL && (prev_label == NULL ||
		    strcmp(prev_label, art->label) != 0)) {
			pt_init(&t, font_of(Y, &Y->st->series), Y->st->accent);
			pt_add(&t, art->label, t.font, t.color, 0);
			o.x = 0;
			o.width = Y->W;
			o.leading = Y->st->series.leading;
			o.before = 9;
			para_rows(Y, R, &t, &o, art->line);
			pt_free(&t);
			R->r[R->n - 1].keep = 1;
		}
		prev_label = art->label;
		first = R->n;
		pt_init(&t, font_of(Y, &Y->st->heading[1]), Y->st->text);
		if ((c = jk_node_child(art, JK_NODE_TITLE)) != NULL)
			pt_inlines(Y, &t, c, t.font, t.color);
		else
			pt_add(&t, article_name(Y, art), t.font, t.color, 0);
		o.x = 0;
		o.width = Y->W - numw;
		o.leading = Y->st->heading[1].leading;
		o.before = 3;
		para_rows(Y, R, &t, &o, art->line);
		pt_free(&t);
		/* names under the title */
		pt_init(&t, Y->f_bio, Y->st->muted);
		for (c = art->first; c != NULL; c = c->next) {
			const struct jk_node *nm;
			if (c->type != JK_NODE_BYLINE ||
			    (nm = jk_node_child(c, JK_NODE_NAME)) == NULL)
				continue;
			if (t.b.len > 0)
				pt_add(&t, " · ", t.font, t.color, 0);
			pt_inlines(Y, &t, nm, t.font, t.color);
		}
		if (t.b.len > 0) {
			o.leading = Y->st->bio.leading;
			o.before = 0;
			para_rows(Y, R, &t, &o, art->line);
		}
		pt_free(&t);
		if (R->n == first)
			continue;
		/* the page number, right-aligned, on the title's first line */
		if (real)
			snprintf(num, sizeof(num), "%d", ce[i].page);
		else
			snprintf(num, sizeof(num), "000");
		pt_init(&t, Y->f_runb, Y->st->accent);
		pt_add(&t, num, t.font, t.color, 0);
		{
			struct mpara mp = measure(Y, &t, numw, 0,
			    PANGO_ALIGN_RIGHT, 0, 0, 0);
			if (mp.n > 0)
				line_item(&R->r[first], &mp.l[0], Y->W - numw,
				    Y->W, Y->f_runb, Y->L->fonts[Y->f_runb].size,
				    Y->st->heading[1].leading, JK_LR_TOC);
			mp_free(&mp);
		}
		pt_free(&t);
		for (k = first; k < R->n; k++) {
			R->r[k].keep = k < R->n - 1;
			for (int m = 0; m < R->r[k].nitems; m++)
				if (R->r[k].items[m].kind == JK_PI_LINE &&
				    art->id != NULL)
					R->r[k].items[m].dest =
					    jk_xstrdup(art->id);
		}
	}
	free(A.notes);
}

/* === the document ======================================================= */

static void
article(struct lay *Y, const struct jk_node *art)
{
	struct rows		 R = { NULL, 0, 0 };
	struct actx		 A;
	const struct jk_node	*c;
	int			 advert = art->type == JK_NODE_ADVERT;
	const char		*title;

	memset(&A, 0, sizeof(A));
	A.Y = Y;
	A.R = &R;
	A.after_head = 1;
	A.advert = advert;
	Y->ntable = 0;
	title = article_name(Y, art);
	Y->run_left = art->label != NULL ? art->label :
	    jk_meta_get(Y->doc, "title");
	Y->run_right = *title != '\0' ? title : Y->run_left;
	Y->last_table = 0;
	opener_rows(&A, art, advert);
	for (c = art->first; c != NULL; c = c->next) {
		switch (c->type) {
		case JK_NODE_SERIES:
		case JK_NODE_TITLE:
		case JK_NODE_SUBTITLE:
		case JK_NODE_BYLINE:
			break;
		case JK_NODE_DECK:
			/* decks before the body are in the opener */
			if (R.n > 0 && R.r[R.n - 1].span) {
				const struct jk_node *p;
				for (p = c->prev; p != NULL; p = p->prev)
					if (jk_is_block(p->type) &&
					    p->type != JK_NODE_DECK &&
					    p->type != JK_NODE_PAGEBREAK)
						break;
				if (p == NULL)
					break;
			}
			block(&A, c, 0, Y->colw, 0);
			break;
		default:
			block(&A, c, 0, Y->colw, 0);
			break;
		}
	}
	end_rows(&A, art);
	/* a heading kept with a block across the columns goes across too
	 * (above it), rather than stay alone at the foot of a column */
	for (int i = R.n - 2; i >= 0; i--)
		if (!R.r[i].span && R.r[i].keep && R.r[i].head &&
		    R.r[i + 1].span)
			R.r[i].span = 1;
	new_body_page(Y, advert ? JK_PG_ADVERT : JK_PG_BODY, 1);
	flow(Y, &R, advert ? JK_PG_ADVERT : JK_PG_BODY);
	rows_free(&R);
	free(A.notes);
}

static void
clear_page(struct jk_ppage *p)
{
	int	 i;

	for (i = 0; i < p->nitems; i++)
		item_free(&p->items[i]);
	p->nitems = 0;
}

static const char *
roman(int n, char *buf, size_t sz)
{
	static const char *const r[] = { "i", "ii", "iii", "iv", "v", "vi",
	    "vii", "viii", "ix", "x" };

	if (n >= 1 && n <= 10)
		snprintf(buf, sz, "%s", r[n - 1]);
	else
		snprintf(buf, sz, "c%d", n);
	return buf;
}

struct jk_playout *
jk_playout_new(struct jk_pdf *pdf, const struct jk_doc *doc)
{
	struct lay		 Y;
	const struct jk_style	*st = pdf->style;
	struct jk_playout	*L = jk_xcalloc(1, sizeof(*L));
	const struct jk_node	*c;
	struct centry		*ce = NULL;
	struct rows		 R = { NULL, 0, 0 };
	int			 nce = 0, i, ncont, body;
	char			 buf[32];

	memset(&Y, 0, sizeof(Y));
	Y.pdf = pdf;
	Y.st = st;
	Y.doc = doc;
	Y.ctx = pdf->pctx;
	Y.L = L;
	L->page_w = st->page_w_mm * JK_MM;
	L->page_h = st->page_h_mm * JK_MM;
	if (pdf->opts.bleed) {
		L->bleed = st->bleed_mm * JK_MM;
		L->slug = st->crop_marks ? 6 * JK_MM : 0;
	}
	Y.ncol = st->columns >= 1 && st->columns <= 4 ? st->columns : 2;
	Y.gutter = st->gutter_mm * JK_MM;
	Y.W = L->page_w - (st->margin_inner_mm + st->margin_outer_mm) * JK_MM;
	Y.colw = (Y.W - (Y.ncol - 1) * Y.gutter) / Y.ncol;
	Y.top = st->margin_top_mm * JK_MM;
	Y.bottom = L->page_h - st->margin_bottom_mm * JK_MM;

	Y.cover = g_hash_table_new(g_direct_hash, g_direct_equal);
	Y.f_body = font_of(&Y, &st->body);
	Y.f_note = font_of(&Y, &st->note);
	Y.f_noteb = font_bold(&Y, Y.f_note);
	Y.f_cap = font_of(&Y, &st->caption);
	Y.f_capb = font_bold(&Y, Y.f_cap);
	Y.f_tab = font_of(&Y, &st->table);
	Y.f_tabb = font_bold(&Y, Y.f_tab);
	Y.f_pre = font_get(&Y, "NanumGothicCoding", 0, st->table.size, 0);
	Y.f_run = font_of(&Y, &st->running);
	Y.f_runb = font_bold(&Y, Y.f_run);
	Y.f_bio = font_of(&Y, &st->bio);
	Y.f_bioname = font_bold(&Y, Y.f_bio);

	for (c = doc->root->first; c != NULL; c = c->next)
		if (c->type == JK_NODE_ARTICLE) {
			ce = jk_xreallocarray(ce, nce + 1, sizeof(*ce));
			ce[nce].art = c;
			ce[nce++].page = 0;
		}

	/* the contents, with placeholder numbers: how many pages? */
	contents_rows(&Y, &R, ce, nce, 0);
	Y.page = page_new(&Y, JK_PG_CONTENTS);
	Y.pm[Y.page].opener = 1;
	Y.btop = Y.top;
	flow(&Y, &R, JK_PG_CONTENTS);
	rows_free(&R);
	ncont = L->npages;
	for (i = 0; i < L->npages; i++)
		clear_page(&L->pages[i]);
	for (i = 0; i < L->noutline; i++) {
		free(L->outline[i].title);
		free(L->outline[i].dest);
	}
	L->noutline = 0;
	/* keep the page count even: the body starts on a right-hand page */
	while (ncont % 2 != 0) {
		page_new(&Y, JK_PG_CONTENTS);
		ncont++;
	}
	body = ncont;

	/* the articles and adverts */
	for (c = doc->root->first; c != NULL; c = c->next)
		if (c->type == JK_NODE_ARTICLE || c->type == JK_NODE_ADVERT)
			article(&Y, c);

	/* contents again, with the real numbers, on the reserved pages */
	for (i = 0; i < nce; i++)
		for (int k = 0; k < L->noutline; k++)
			if (L->outline[k].level == 0 && ce[i].art->id != NULL &&
			    strcmp(L->outline[k].dest, ce[i].art->id) == 0) {
				ce[i].page = L->outline[k].page - body + 1;
				break;
			}
	{
		int	 np = L->npages;

		contents_rows(&Y, &R, ce, nce, 1);
		Y.page = 0;
		Y.btop = Y.top;
		Y.contres = ncont;
		/* new pages beyond the reserved ones would be a bug: the
		 * same rows took ncont pages before */
		flow(&Y, &R, JK_PG_CONTENTS);
		rows_free(&R);
		if (L->npages != np) {
			/* contents pages were appended: move them?  The
			 * row heights are the same as in the first pass, so
			 * this only happens if that invariant breaks. */
			jk_msg(pdf->diag, JK_M_OVERFLOW, 0,
			    "contents longer than reserved");
		}
	}
	/* the contents flow above started at page 0 */

	/* labels, running heads, folios */
	for (i = 0; i < L->npages; i++) {
		if (i < body) {
			L->pages[i].label = jk_xstrdup(roman(i + 1, buf,
			    sizeof(buf)));
			continue;
		}
		L->pages[i].label = jk_xasprintf("%d", i - body + 1);
		running(&Y, i, i - body + 1);
	}
	free(ce);
	free(Y.th);
	g_hash_table_destroy(Y.cover);
	free(Y.pm);
	return L;
}

void
jk_playout_free(struct jk_playout *L)
{
	int	 i;

	if (L == NULL)
		return;
	for (i = 0; i < L->npages; i++) {
		clear_page(&L->pages[i]);
		free(L->pages[i].items);
		free(L->pages[i].label);
	}
	free(L->pages);
	for (i = 0; i < L->nfonts; i++)
		free(L->fonts[i].family);
	free(L->fonts);
	for (i = 0; i < L->noutline; i++) {
		free(L->outline[i].title);
		free(L->outline[i].dest);
	}
	free(L->outline);
	free(L);
}

/* === dump =============================================================== */

static const char *const role_names[] = {
	"body", "head", "opener", "caption", "table", "note", "sidebar",
	"bio", "pre", "running", "folio", "toc", "other"
};

static const char *const kind_names[] = { "body", "contents", "advert" };

/* Round to a tenth, never printing "-0.0". */
static double
r1(double v)
{
	v = round(v * 10) / 10;
	return v == 0 ? 0 : v;
}

void
jk_playout_dump(const struct jk_playout *L, FILE *fp)
{
	int	 i, j;

	fprintf(fp, "geometry %.1f x %.1f bleed %.1f\n", r1(L->page_w),
	    r1(L->page_h), r1(L->bleed));
	for (i = 0; i < L->nfonts; i++)
		fprintf(fp, "font %d \"%s\" %s %.2f\n", i, L->fonts[i].family,
		    L->fonts[i].bold ? "bold" : "regular", L->fonts[i].size);
	for (i = 0; i < L->npages; i++) {
		const struct jk_ppage *p = &L->pages[i];

		fprintf(fp, "page %d label %s kind %s\n", i + 1,
		    p->label != NULL ? p->label : "-", kind_names[p->kind]);
		for (j = 0; j < p->nitems; j++) {
			const struct jk_pitem *it = &p->items[j];

			switch (it->kind) {
			case JK_PI_LINE:
				fprintf(fp, "  line c%d %.1f,%.1f w %.1f max %.1f "
				    "%s f%d", it->col, r1(it->x), r1(it->y),
				    r1(it->w), r1(it->h), role_names[it->role],
				    it->font);
				if (it->para)
					fprintf(fp, " p%d %d/%d", it->para,
					    it->ln, it->nln);
				if (it->dest != NULL)
					fprintf(fp, " link %s", it->dest);
				fprintf(fp, " |%s|\n", it->text != NULL ?
				    it->text : "");
				break;
			case JK_PI_RULE:
				fprintf(fp, "  rule %.1f,%.1f %.1f,%.1f\n",
				    r1(it->x), r1(it->y), r1(it->w), r1(it->h));
				break;
			case JK_PI_FILL:
				fprintf(fp, "  fill c%d %.1f,%.1f %.1f x %.1f\n",
				    it->col, r1(it->x), r1(it->y), r1(it->w),
				    r1(it->h));
				break;
			case JK_PI_FRAME:
				fprintf(fp, "  frame c%d %.1f,%.1f %.1f x %.1f\n",
				    it->col, r1(it->x), r1(it->y), r1(it->w),
				    r1(it->h));
				break;
			case JK_PI_DEST:
				fprintf(fp, "  dest %s %.1f,%.1f\n", it->dest,
				    r1(it->x), r1(it->y));
				break;
			}
		}
	}
	for (i = 0; i < L->noutline; i++)
		fprintf(fp, "outline %d page %d %s |%s|\n", L->outline[i].level,
		    L->outline[i].page + 1, L->outline[i].dest,
		    L->outline[i].title);
	fprintf(fp, "unknown-glyphs %d\noverflows %d\n", L->unknown_glyphs,
	    L->overflows);
}
