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
	const char	*e = s + len, *p = s, *copy = s;
	const char	*tok[3];
	size_t		 tl[3], n;
	int		 stroke;

	/* what is not rewritten is copied in stretches, up to copy */
	while (p < e) {
		if ((g_ascii_isdigit(*p) || *p == '.' || *p == '-' ||
		    *p == '+') && (p == s || is_delim(p[-1])) &&
		    (n = rgb_op(p, e, tok, tl, &stroke)) > 0) {
			if (tl[0] == strlen(JK_REG_R) && tl[1] == strlen(JK_REG_G) &&
			    tl[2] == strlen(JK_REG_B) &&
			    memcmp(tok[0], JK_REG_R, tl[0]) == 0 &&
			    memcmp(tok[1], JK_REG_G, tl[1]) == 0 &&
			    memcmp(tok[2], JK_REG_B, tl[2]) == 0) {
				jk_buf_add(out, copy, p - copy);
				jk_buf_puts(out, stroke ? "1 1 1 1 K" :
				    "1 1 1 1 k");
				p += n;
				copy = p;
				continue;
			}
			if (tl[0] == tl[1] && tl[1] == tl[2] &&
			    memcmp(tok[0], tok[1], tl[0]) == 0 &&
			    memcmp(tok[1], tok[2], tl[0]) == 0) {
				jk_buf_add(out, copy, p - copy);
				jk_buf_add(out, tok[0], tl[0]);
				jk_buf_puts(out, stroke ? " G" : " g");
				p += n;
				copy = p;
				continue;
			}
			p += n;
			continue;
		}
		p++;
	}
	jk_buf_add(out, copy, e - copy);
}

/*
 * Marked content for what is not in the structure tree.  Cairo marks the
 * content of structure elements (BDC ... EMC) and leaves the rest bare:
 * crop marks, rules, fills, running heads and folios.  A tagged PDF must
 * say that these are artifacts (ISO 32000-1 14.8.2.2), so each stretch of
 * the stream outside every marked sequence that paints something is
 * wrapped in "/Artifact BMC ... EMC".  The stretches begin and end
 * between graphics objects (where Cairo puts its BDC and EMC), so they
 * nest properly with BT/ET, and as they paint they are no marked clipping
 * sequences, in which q and Q would be forbidden.
 */

/* Characters that end a name or a number (as strchr("()<>[]{}/%", c)
 * would say, the NUL included). */
static int
is_special(int c)
{
	switch (c) {
	case '(': case ')': case '<': case '>': case '[': case ']':
	case '{': case '}': case '/': case '%': case '\0':
		return 1;
	default:
		return 0;
	}
}

/* The next token of s at *p (up to e): its start and length; strings,
 * arrays and dictionaries are skipped over as one token.  0 at the end,
 * -1 on what the scan does not know (inline images). */
static int
token(const char *e, const char **p, const char **ts, size_t *tl)
{
	const char	*q = *p;
	int		 depth;

	while (q < e && is_delim(*q))
		q++;
	if (q >= e)
		return 0;
	*ts = q;
	if (*q == '(') {
		for (depth = 0; q < e; q++) {
			if (*q == '\\')
				q++;
			else if (*q == '(')
				depth++;
			else if (*q == ')' && --depth == 0)
				break;
		}
		q++;
	} else if (*q == '<' && q + 1 < e && q[1] == '<') {
		q += 2;
	} else if (*q == '>' && q + 1 < e && q[1] == '>') {
		q += 2;
	} else if (*q == '<') {
		while (q < e && *q != '>')
			q++;
		q++;
	} else if (*q == '[' || *q == ']' || *q == '{' || *q == '}') {
		q++;
	} else {
		if (*q == '/')
			q++;
		while (q < e && !is_delim(*q) && !is_special(*q))
			q++;
	}
	if (q > e)
		q = e;
	*tl = q - *ts;
	*p = q;
	if (*tl == 2 && memcmp(*ts, "BI", 2) == 0)
		return -1;
	return 1;
}

static int
is_op(const char *t, size_t n, const char *op)
{
	return n == strlen(op) && memcmp(t, op, n) == 0;
}

/* Does the operator paint (end a visible graphics object)? */
static int
paints(const char *t, size_t n)
{
	static const char *const ops[] = { "S", "s", "f", "F", "f*", "B", "B*",
	    "b", "b*", "Tj", "TJ", "'", "\"", "Do", "sh", NULL };
	int	 i;

	for (i = 0; ops[i] != NULL; i++)
		if (is_op(t, n, ops[i]))
			return 1;
	return 0;
}

int
jk_pdf_artifacts(const char *s, size_t len, struct jk_buf *out)
{
	const char	*e = s + len, *p = s, *ts, *seg = s;
	size_t		 tl, start = out->len;
	int		 depth = 0, vis = 0, r;

	while ((r = token(e, &p, &ts, &tl)) > 0) {
		if (is_op(ts, tl, "BDC") || is_op(ts, tl, "BMC")) {
			if (depth == 0) {
				/* the stretch before, up to this operator's
				 * operands: the line it starts on */
				const char *b = ts;

				while (b > seg && b[-1] != '\n')
					b--;
				if (vis)
					jk_buf_puts(out, "/Artifact BMC\n");
				jk_buf_add(out, seg, b - seg);
				if (vis)
					jk_buf_puts(out, "EMC\n");
				seg = b;
				vis = 0;
			}
			depth++;
		} else if (is_op(ts, tl, "EMC")) {
			if (depth == 0)
				goto bad;
			if (--depth == 0) {
				jk_buf_add(out, seg, p - seg);
				seg = p;
			}
		} else if (depth == 0 && paints(ts, tl))
			vis = 1;
	}
	if (r < 0 || depth != 0)
		goto bad;
	if (vis)
		jk_buf_puts(out, "\n/Artifact BMC\n");
	jk_buf_add(out, seg, e - seg);
	if (vis)
		jk_buf_puts(out, "\nEMC\n");
	return 0;
bad:
	out->len = start;
	return -1;
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
jk_pdf_ink_stream(const char *s, size_t len, int flate, int artifacts,
    struct jk_buf *out)
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
	if (artifacts) {
		jk_buf_reset(&plain);
		if (jk_pdf_artifacts(inked.data, inked.len, &plain) == 0) {
			struct jk_buf	 t = plain;

			plain = inked;
			inked = t;
		}
	}
	if (!flate) {
		jk_buf_add(out, inked.data, inked.len);
		rc = 0;
		goto out;
	}
	zl = compressBound(inked.len);
	{
		char	*z = jk_xmalloc(zl);

		if (compress2((Bytef *)z, &zl, (const Bytef *)inked.data,
		    inked.len, Z_DEFAULT_COMPRESSION) == Z_OK) {
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
