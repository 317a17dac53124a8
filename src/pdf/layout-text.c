/*
 * layout-text.c -- fonts and text with spans: inline content into runs of
 * one font and colour, Greek and Cyrillic in a proportional face, letters
 * no font has set decomposed.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "layout-int.h"

/* === fonts ============================================================= */

int
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

int
font_of(struct lay *Y, const struct jk_font *f)
{
	return font_get(Y, f->family, f->bold, f->size, 0);
}

int
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

void
pt_init(struct ptext *t, int font, struct jk_rgb color)
{
	memset(t, 0, sizeof(*t));
	jk_buf_init(&t->b);
	t->font = font;
	t->color = color;
}

void
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
void
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
void
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
void
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
void
pt_inlines(struct lay *Y, struct ptext *t, const struct jk_node *n, int font,
    struct jk_rgb color)
{
	const struct jk_node	*c;
	int			 sup;

	if (t->node == NULL)
		t->node = n;
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
