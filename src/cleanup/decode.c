/*
 * decode.c -- bytes to clean lines: BOM, line ends, invalid UTF-8,
 * control characters, NFC, U+FFFD and tab debris, space counts, widths.
 * Then furniture detection and the word index run over the result.
 */
#include <string.h>

#include <glib.h>

#include "cleanup-int.h"

#define FFFD	0xfffdU

enum jk_cclass
jk_cclass(unsigned int cp)
{
	if (cp == ' ' || cp == '\t' || cp == 0xa0 || cp == 0x3000)
		return JK_C_SPACE;
	if (jk_is_hangul(cp))
		return JK_C_HANGUL;
	if (jk_is_han(cp))
		return JK_C_HAN;
	if (cp >= '0' && cp <= '9')
		return JK_C_DIGIT;
	if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
	    (cp >= 0xc0 && cp <= 0x24f && cp != 0xd7 && cp != 0xf7) ||
	    (cp >= 0x370 && cp <= 0x3ff))	/* Greek */
		return JK_C_LATIN;
	switch (cp) {
	case '(': case '[': case '{': case '<':
	case 0x2018: case 0x201c:		/* ‘ “ */
	case 0x300c: case 0x300e:		/* 「 『 */
	case 0x226a: case 0x300a: case 0x3008:	/* ≪ 《 〈 */
	case 0xff62: case 0x3010:		/* ｢ 【 */
		return JK_C_OPEN;
	case ')': case ']': case '}': case '>':
	case 0x2019: case 0x201d:		/* ’ ” */
	case 0x300d: case 0x300f:		/* 」 』 */
	case 0x226b: case 0x300b: case 0x3009:	/* ≫ 》 〉 */
	case 0xff63: case 0x3011:		/* ｣ 】 */
		return JK_C_CLOSE;
	default:
		break;
	}
	if (cp < 0x80 || (cp >= 0x2000 && cp <= 0x206f) || cp == 0xb7)
		return JK_C_PUNCT;
	return JK_C_OTHER;
}

unsigned int
jk_first_cp(const char *s)
{
	int	 k;

	if (s == NULL || *s == '\0')
		return 0;
	return jk_utf8_get(s, strlen(s), &k);
}

unsigned int
jk_last_cp(const char *s, const char **at)
{
	size_t	 len;
	const char *p;
	int	 k;

	if (s == NULL || *s == '\0') {
		if (at != NULL)
			*at = s;
		return 0;
	}
	len = strlen(s);
	p = s + len - 1;
	while (p > s && ((unsigned char)*p & 0xc0) == 0x80)
		p--;
	if (at != NULL)
		*at = p;
	return jk_utf8_get(p, (size_t)(s + len - p), &k);
}

static int
is_blankish(unsigned int cp)
{
	return cp == ' ' || cp == '\t' || cp == 0xa0 || cp == 0x3000;
}

static int
is_ctrl(unsigned int cp)
{
	return (cp < 0x20 && cp != '\t') || cp == 0x7f ||
	    (cp >= 0x80 && cp <= 0x9f) || cp == 0xfeff;	/* stray BOM */
}

/*
 * Decode one physical line (starting at byte offset off of the input):
 * stray Latin-1 bytes in a Latin word become their letters, other
 * invalid bytes U+FFFD, control characters other than tab go.  The
 * first Latin-1 run is described in latin1 (caller frees).  Returns a
 * malloc'd string.
 */
static char *
decode_line(const char *p, size_t len, size_t off, int *nbad, int *nctrl,
    int *nlatin1, char **latin1)
{
	char	*out = jk_xmalloc(len * 3 + 1), *o = out;
	const char *start = p;
	unsigned int cp;
	size_t	 run;
	int	 k;

	*nbad = *nctrl = *nlatin1 = 0;
	*latin1 = NULL;
	while (len > 0) {
		cp = jk_utf8_get(p, len, &k);
		if (cp == FFFD && k == 1 && (run = jk_latin1_run(p, len,
		    p > start ? (unsigned char)p[-1] : 0)) > 0) {
			char	*u = jk_latin1_to_utf8(p, run);

			if ((*nlatin1)++ == 0)
				*latin1 = jk_xasprintf("byte%s 0x%02X%s at "
				    "offset %zu read as '%s'", run > 1 ? "s" :
				    "", (unsigned char)p[0], run > 1 ? "..." :
				    "", off + (size_t)(p - start), u);
			o += strlen(strcpy(o, u));
			free(u);
			p += run;
			len -= run;
			continue;
		}
		if (cp == FFFD && k == 1) {
			(*nbad)++;
			o += jk_utf8_put(o, FFFD);
		} else if (is_ctrl(cp)) {
			(*nctrl)++;
		} else {
			memcpy(o, p, (size_t)k);
			o += k;
		}
		p += k;
		len -= (size_t)k;
	}
	*o = '\0';
	return out;
}

/* Code points that NFC leaves alone and that never compose with what
 * comes before them: ASCII, Hangul syllables, CJK ideographs. */
static int
safe_starter(unsigned int cp)
{
	return cp < 0x80 || (cp >= 0xac00 && cp <= 0xd7a3) ||
	    (cp >= 0x4e00 && cp <= 0x9fff);
}

/* Code points NFC leaves alone (a conservative subset). */
static int
nfc_stable(unsigned int cp)
{
	return cp < 0x300 || safe_starter(cp) ||
	    (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x3000 && cp <= 0x303f) ||
	    (cp >= 0x3200 && cp <= 0x33ff) || (cp >= 0xff01 && cp <= 0xffef) ||
	    (cp >= 0x2460 && cp <= 0x24ff);
}

#define NFC_CHUNK	256	/* bytes normalised at a time, at least */

/*
 * NFC with g_utf8_normalize, chunk by chunk: GLib's composition is slow
 * on very long lines, and a line can be cut before a safe starter without
 * changing the result.  Chunks with stable code points only are copied.
 * s must be valid UTF-8.  Returns a malloc'd string.
 */
static char *
nfc(const char *s)
{
	struct jk_buf out;
	const char *p = s, *q, *e = s + strlen(s);
	unsigned int cp;
	int	 k, stable;

	jk_buf_init(&out);
	jk_buf_puts(&out, "");
	while (p < e) {
		stable = 1;
		for (q = p; q < e; q += k) {
			cp = jk_utf8_get(q, (size_t)(e - q), &k);
			if (q - p >= NFC_CHUNK && safe_starter(cp))
				break;
			if (!nfc_stable(cp))
				stable = 0;
		}
		if (stable)
			jk_buf_add(&out, p, (size_t)(q - p));
		else {
			char *n = g_utf8_normalize(p, q - p, G_NORMALIZE_NFC);

			if (n != NULL)
				jk_buf_puts(&out, n);
			else
				jk_buf_add(&out, p, (size_t)(q - p));
			g_free(n);
		}
		p = q;
	}
	return jk_buf_detach(&out);
}

/*
 * From the decoded line, make the clean text: every U+FFFD and every tab,
 * with the spaces around them, collapses to one space; leading and
 * trailing spaces go.  Other internal runs of spaces stay as they are.
 */
static char *
clean_line(struct jk_arena *ar, const char *raw, int *nfffd,
    const char **marker, size_t *markerlen)
{
	size_t	 len = strlen(raw), rawlen = len, olen;
	char	*out = jk_xmalloc(len + 2), *res;
	const char *p = raw;
	unsigned int cp;
	int	 k, gap = 0;

	olen = 0;
	*nfffd = 0;
	*marker = NULL;
	*markerlen = 0;
	while (len > 0) {
		cp = jk_utf8_get(p, len, &k);
		if (cp == FFFD || cp == '\t') {
			if (cp == FFFD) {
				if (*nfffd == 0) {
					/* the token before it names the place */
					size_t e = olen, b;
					while (e > 0 && out[e - 1] == ' ')
						e--;
					b = e;
					while (b > 0 && out[b - 1] != ' ')
						b--;
					if (e > b) {
						*marker = jk_arena_strndup(ar,
						    out + b, e - b);
						*markerlen = e - b;
					}
				}
				(*nfffd)++;
			}
			while (olen > 0 && out[olen - 1] == ' ')
				olen--;
			gap = 1;
		} else if (cp == ' ' && gap) {
			/* swallowed by the gap */
		} else {
			if (gap && olen > 0)
				out[olen++] = ' ';
			gap = 0;
			memcpy(out + olen, p, (size_t)k);
			olen += (size_t)k;
		}
		p += k;
		len -= (size_t)k;
	}
	/* trim */
	{
		size_t	 b = 0, e = olen;
		unsigned int c;
		int	 n;

		while (b < e) {
			c = jk_utf8_get(out + b, e - b, &n);
			if (!is_blankish(c))
				break;
			b += (size_t)n;
		}
		while (e > b) {
			const char *q = out + e - 1;
			while (q > out + b && ((unsigned char)*q & 0xc0) == 0x80)
				q--;
			c = jk_utf8_get(q, (size_t)(out + e - q), &n);
			if (!is_blankish(c))
				break;
			e = (size_t)(q - out);
		}
		/* most lines are clean already: share the raw text */
		if (b == 0 && e == rawlen && memcmp(out, raw, rawlen) == 0)
			res = (char *)raw;
		else
			res = jk_arena_strndup(ar, out + b, e - b);
	}
	free(out);
	return res;
}

/* Leading and trailing space counts of the decoded line.  A U+FFFD at
 * the end stands for a dropped tab and counts as a space. */
static void
count_spaces(const char *raw, int *lead, int *trail)
{
	size_t	 len = strlen(raw);
	const char *p = raw, *end = raw + len, *q;
	unsigned int cp;
	int	 k;

	*lead = *trail = 0;
	while (p < end) {
		cp = jk_utf8_get(p, (size_t)(end - p), &k);
		if (!is_blankish(cp))
			break;
		(*lead)++;
		p += k;
	}
	if (p == end)
		return;		/* whitespace only: all of it is lead */
	while (end > p) {
		q = end - 1;
		while (q > p && ((unsigned char)*q & 0xc0) == 0x80)
			q--;
		cp = jk_utf8_get(q, (size_t)(end - q), &k);
		if (!is_blankish(cp) && cp != FFFD)
			break;
		(*trail)++;
		end = q;
	}
}

/* Line number (1-based) of byte offset off. */
static int
line_of(const char *buf, size_t off)
{
	int	 line = 1;
	size_t	 i;

	for (i = 0; i < off; i++)
		if (buf[i] == '\n' || (buf[i] == '\r' &&
		    (i + 1 >= off || buf[i + 1] != '\n')))
			line++;
	return line;
}

/*
 * Is this text at all?  NUL bytes, UTF-16 and mostly invalid or control
 * bytes are not.  Names the first bad place.
 */
static int
looks_binary(const char *buf, size_t len, struct jk_diag *diag)
{
	const char *nul;
	size_t	 i, nch = 0, nbad = 0, first = (size_t)-1;
	unsigned int cp;
	int	 k;

	if ((nul = memchr(buf, '\0', len)) != NULL) {
		jk_msg(diag, JK_M_BADINPUT, line_of(buf, (size_t)(nul - buf)),
		    "NUL byte at offset %zu: binary input, not text "
		    "(nor UTF-16)",
		    (size_t)(nul - buf));
		return 1;
	}
	for (i = 0; i < len; i += (size_t)k) {
		cp = jk_utf8_get(buf + i, len - i, &k);
		nch++;
		if ((cp == FFFD && k == 1) || (is_ctrl(cp) && cp != '\n' &&
		    cp != '\r' && cp != '\f')) {
			nbad++;
			if (first == (size_t)-1)
				first = i;
		}
	}
	if (nbad >= 8 && nbad * 10 > nch * 3) {
		jk_msg(diag, JK_M_BADINPUT, line_of(buf, first),
		    "%zu of %zu characters are invalid UTF-8 or control "
		    "codes (first at offset %zu): not UTF-8 text (nor "
		    "UTF-16 or CP949); give --encoding",
		    nbad, nch, first);
		return 1;
	}
	return 0;
}

static struct jk_text *cleanup_utf8(const char *, size_t, struct jk_arena *,
		    struct jk_diag *);

struct jk_text *
jk_cleanup(const char *buf, size_t len, struct jk_arena *ar,
    struct jk_diag *diag)
{
	struct jk_text	*t;
	size_t		 convlen;
	char		*conv;

	if (buf == NULL)
		len = 0;
	if (jk_decode_input(buf, len, NULL, &conv, &convlen, diag) < 0)
		return NULL;
	if (conv == NULL)
		return cleanup_utf8(buf, len, ar, diag);
	t = cleanup_utf8(conv, convlen, ar, diag);
	free(conv);
	return t;
}

/* The rest of jk_cleanup, on text that is UTF-8 but for stray bytes. */
static struct jk_text *
cleanup_utf8(const char *buf, size_t len, struct jk_arena *ar,
    struct jk_diag *diag)
{
	struct jk_text	*t;
	struct jk_line	*ln;
	size_t		 i, start, cap, nlines;
	int		 lineno;

	if (len > 0 && looks_binary(buf, len, diag))
		return NULL;

	t = jk_arena_alloc(ar, sizeof(*t));
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
		jk_msg(diag, JK_M_BOM, 1, "UTF-8 byte order mark");
		buf += 3;
		len -= 3;
	}

	/* count lines: \n, \r\n and \r all end one */
	nlines = 0;
	for (i = 0; i < len; i++)
		if (buf[i] == '\n' || (buf[i] == '\r' &&
		    (i + 1 >= len || buf[i + 1] != '\n')))
			nlines++;
	if (len > 0 && buf[len - 1] != '\n' && buf[len - 1] != '\r')
		nlines++;
	cap = nlines > 0 ? nlines : 1;
	t->lines = jk_arena_alloc(ar, cap * sizeof(*t->lines));

	lineno = 0;
	start = 0;
	for (i = 0; i <= len && start < len; i++) {
		char	*dec, *norm;
		const char *marker;
		char	*latin1;
		size_t	 markerlen;
		int	 nbad, nctrl, nfffd, nlatin1;

		if (i < len && buf[i] != '\n' && buf[i] != '\r')
			continue;
		if (t->n == cap)
			break;		/* cannot happen: lines were counted */
		lineno++;
		ln = &t->lines[t->n++];
		ln->lineno = lineno;
		dec = decode_line(buf + start, i - start, start, &nbad,
		    &nctrl, &nlatin1, &latin1);
		if (nlatin1 > 0)
			jk_msg(diag, JK_M_LATIN1, lineno, "%s%s", latin1,
			    nlatin1 > 1 ? " (and more on the line)" : "");
		free(latin1);
		if (nbad > 0)
			jk_msg(diag, JK_M_BADUTF8, lineno,
			    "%d invalid byte%s replaced", nbad,
			    nbad == 1 ? "" : "s");
		if (nctrl > 0)
			jk_msg(diag, JK_M_CTRL, lineno,
			    "%d control character%s", nctrl,
			    nctrl == 1 ? "" : "s");
		norm = nfc(dec);
		ln->raw = jk_arena_strdup(ar, norm);
		JK_WORK(i - start + 1);
		free(norm);
		free(dec);
		count_spaces(ln->raw, &ln->lead, &ln->trail);
		ln->s = clean_line(ar, ln->raw, &nfffd, &marker, &markerlen);
		if (nfffd > nbad) {
			if (marker != NULL)
				jk_msg(diag, JK_M_FFFD, lineno,
				    "%d after '%s'", nfffd - nbad, marker);
			else
				jk_msg(diag, JK_M_FFFD, lineno,
				    "%d at line start", nfffd - nbad);
		}
		ln->blank = ln->s[0] == '\0';
		ln->width = jk_text_width(ln->s);
		if (i < len && buf[i] == '\r' && i + 1 < len &&
		    buf[i + 1] == '\n')
			i++;
		start = i + 1;
	}

	jk_furniture_detect(t, ar, diag);
	jk_vocab_build(t, ar);
	return t;
}
