/*
 * ink.c -- the colours of Cairo's page content, made ready for press.
 *
 * Cairo 1.16 writes every colour as DeviceRGB ("r g b rg"), so black text
 * would reach a press as RGB, which a colour conversion turns into a
 * four-colour "rich" black: four plates that must register on every
 * hairline of a Myeongjo stroke.  Cairo has no other colour space, so the
 * page content is rewritten after it is written: every neutral colour
 * (r = g = b, black and greys) becomes DeviceGray ("v g"), which stays on
 * the black plate alone in any CMYK conversion (Ghostscript maps
 * DeviceGray to K), and strokes in the registration colour that paint.c
 * uses for crop marks (JK_REG_RGB) become C = M = Y = K = 100 %
 * ("1 1 1 1 K"), so the marks print on every plate.
 *
 * The rewrite works on whole tokens: a colour operator preceded by exactly
 * three numbers, at a token boundary.  Cairo writes glyphs as hex strings,
 * so no text can look like an operator.
 */
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "pdf-int.h"

static int
is_delim(int c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
}

/* A number token at s (up to e): its length, 0 if none. */
static size_t
number(const char *s, const char *e)
{
	const char	*p = s;

	if (p < e && (*p == '-' || *p == '+'))
		p++;
	while (p < e && (g_ascii_isdigit(*p) || *p == '.'))
		p++;
	if (p == s || (p < e && !is_delim(*p)))
		return 0;
	return p - s;
}

/*
 * Is there "A B C rg" (or RG) at s?  Fills the three tokens' extents and
 * returns the length of the whole, 0 if not.
 */
static size_t
rgb_op(const char *s, const char *e, const char *tok[3], size_t tl[3],
    int *stroke)
{
	const char	*p = s;
	int		 i;

	for (i = 0; i < 3; i++) {
		if ((tl[i] = number(p, e)) == 0)
			return 0;
		tok[i] = p;
		p += tl[i];
		if (p >= e || *p != ' ')
			return 0;
		p++;
	}
	if (e - p < 2 || !((p[0] == 'r' && p[1] == 'g') ||
	    (p[0] == 'R' && p[1] == 'G')))
		return 0;
	if (e - p > 2 && !is_delim(p[2]))
		return 0;
	*stroke = p[0] == 'R';
	return p + 2 - s;
}

void
jk_pdf_ink(const char *s, size_t len, struct jk_buf *out)
{
	const char	*e = s + len, *p = s;
	const char	*tok[3];
	size_t		 tl[3], n;
	int		 stroke;

	while (p < e) {
		if ((p == s || is_delim(p[-1])) &&
		    (n = rgb_op(p, e, tok, tl, &stroke)) > 0) {
			if (tl[0] == strlen(JK_REG_R) && tl[1] == strlen(JK_REG_G) &&
			    tl[2] == strlen(JK_REG_B) &&
			    memcmp(tok[0], JK_REG_R, tl[0]) == 0 &&
			    memcmp(tok[1], JK_REG_G, tl[1]) == 0 &&
			    memcmp(tok[2], JK_REG_B, tl[2]) == 0) {
				jk_buf_puts(out, stroke ? "1 1 1 1 K" :
				    "1 1 1 1 k");
				p += n;
				continue;
			}
			if (tl[0] == tl[1] && tl[1] == tl[2] &&
			    memcmp(tok[0], tok[1], tl[0]) == 0 &&
			    memcmp(tok[1], tok[2], tl[0]) == 0) {
				jk_buf_add(out, tok[0], tl[0]);
				jk_buf_puts(out, stroke ? " G" : " g");
				p += n;
				continue;
			}
			jk_buf_add(out, p, n);
			p += n;
			continue;
		}
		jk_buf_putc(out, *p++);
	}
}

/* Inflate a FlateDecode stream whole; -1 if it is not one. */
static int
inflate_all(const char *s, size_t len, struct jk_buf *out)
{
	z_stream	 z;
	char		 chunk[16384];
	int		 r;

	memset(&z, 0, sizeof(z));
	if (inflateInit(&z) != Z_OK)
		return -1;
	z.next_in = (Bytef *)s;
	z.avail_in = (uInt)len;
	do {
		z.next_out = (Bytef *)chunk;
		z.avail_out = sizeof(chunk);
		r = inflate(&z, Z_NO_FLUSH);
		if (r != Z_OK && r != Z_STREAM_END) {
			inflateEnd(&z);
			return -1;
		}
		jk_buf_add(out, chunk, sizeof(chunk) - z.avail_out);
		if (r == Z_OK && z.avail_in == 0 && z.avail_out != 0)
			break;		/* truncated */
	} while (r != Z_STREAM_END);
	inflateEnd(&z);
	return r == Z_STREAM_END ? 0 : -1;
}

int
jk_pdf_ink_stream(const char *s, size_t len, int flate, struct jk_buf *out)
{
	struct jk_buf	 plain, inked;
	uLongf		 zl;
	int		 rc = -1;

	jk_buf_init(&plain);
	jk_buf_init(&inked);
	if (flate) {
		if (inflate_all(s, len, &plain) != 0)
			goto out;
		jk_pdf_ink(plain.data, plain.len, &inked);
	} else
		jk_pdf_ink(s, len, &inked);
	if (!flate) {
		jk_buf_add(out, inked.data, inked.len);
		rc = 0;
		goto out;
	}
	zl = compressBound(inked.len);
	{
		char	*z = jk_xmalloc(zl);

		if (compress2((Bytef *)z, &zl, (const Bytef *)inked.data,
		    inked.len, Z_BEST_COMPRESSION) == Z_OK) {
			jk_buf_add(out, z, zl);
			rc = 0;
		}
		free(z);
	}
out:
	jk_buf_free(&plain);
	jk_buf_free(&inked);
	return rc;
}
