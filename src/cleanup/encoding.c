/*
 * encoding.c -- which encoding an input is in, and its conversion to
 * UTF-8 with GLib's iconv.
 *
 * Extracted text comes as UTF-8 (with or without BOM), as UTF-16 from
 * some extraction tools (little or big endian, with or without BOM) or,
 * for older back issues, as CP949 (EUC-KR and its Unified Hangul Code
 * extension).  Detection converts the bytes under each candidate and
 * keeps the one whose result is plausible Korean text: valid, no control
 * codes, Hangul the bulk of what is not ASCII.  UTF-16 is only tried
 * when the NUL bytes of ASCII characters sit on one side of the code
 * units.  Valid UTF-8 always wins; CP949 wins over broken UTF-8 only when
 * it decodes cleanly and reads as Hangul.  A chosen conversion that
 * meets an invalid sequence refuses the input, naming the byte offset:
 * never a half-converted text.
 */
#include <errno.h>
#include <string.h>

#include <glib.h>

#include "cleanup-int.h"

#define PLAUSIBLE_HANGUL	0.5	/* share of non-ASCII that is Hangul */
#define PLAUSIBLE_TEXT		0.9	/* share of characters that read as
					 * Korean text (ASCII, Hangul, CJK
					 * punctuation) */

/* What a decoded text is made of. */
struct tally {
	size_t	 chars;		/* code points */
	size_t	 nonascii;
	size_t	 hangul;	/* syllables and compatibility jamo */
	size_t	 textlike;	/* printable ASCII, white space, Hangul,
				 * CJK and general punctuation */
	size_t	 ctrl;		/* control codes other than white space */
};

static void
tally(const char *s, size_t len, struct tally *t)
{
	unsigned int cp;
	int	 k;

	memset(t, 0, sizeof(*t));
	while (len > 0) {
		cp = jk_utf8_get(s, len, &k);
		t->chars++;
		if (cp >= 0x80)
			t->nonascii++;
		if ((cp >= 0xac00 && cp <= 0xd7a3) ||
		    (cp >= 0x3131 && cp <= 0x318e))
			t->hangul++;
		if ((cp >= 0x20 && cp < 0x7f) || cp == '\n' || cp == '\r' ||
		    cp == '\t' || cp == '\f' ||
		    (cp >= 0xac00 && cp <= 0xd7a3) ||
		    (cp >= 0x3000 && cp <= 0x33ff) ||
		    (cp >= 0x2000 && cp <= 0x206f) ||
		    (cp >= 0xff00 && cp <= 0xffef) || cp == 0xb7)
			t->textlike++;
		else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
			t->ctrl++;
		s += k;
		len -= (size_t)k;
	}
}

/* Does the text read as Korean (or plain ASCII) text? */
static int
plausible(const struct tally *t)
{
	return t->chars > 0 && t->ctrl == 0 &&
	    (double)t->textlike >= PLAUSIBLE_TEXT * (double)t->chars &&
	    (t->nonascii == 0 ||
	    (double)t->hangul >= PLAUSIBLE_HANGUL * (double)t->nonascii);
}

/*
 * Convert len bytes from charset `from` to UTF-8.  Each invalid or
 * incomplete sequence becomes U+FFFD (skipping `unit` bytes); *nbad
 * counts them and *firstbad is the offset of the first.  Returns a
 * malloc'd NUL-terminated string (its length in *outlen), or NULL when
 * iconv has no such converter.
 */
static char *
transcode(const char *buf, size_t len, const char *from, size_t unit,
    size_t *outlen, size_t *nbad, size_t *firstbad)
{
	GIConv		 cd;
	struct jk_buf	 out;
	char		 tmp[8192], *in = (char *)buf, *o;
	gsize		 inleft = len, oleft, r;

	*nbad = 0;
	*firstbad = 0;
	if ((cd = g_iconv_open("UTF-8", from)) == (GIConv)-1)
		return NULL;
	jk_buf_init(&out);
	jk_buf_puts(&out, "");
	while (inleft > 0) {
		o = tmp;
		oleft = sizeof(tmp);
		r = g_iconv(cd, &in, &inleft, &o, &oleft);
		jk_buf_add(&out, tmp, (size_t)(o - tmp));
		JK_WORK(1);
		if (r != (gsize)-1 || errno == E2BIG)
			continue;
		/* EILSEQ, EINVAL: an invalid or cut sequence */
		if ((*nbad)++ == 0)
			*firstbad = (size_t)(in - buf);
		jk_buf_add(&out, "\xef\xbf\xbd", 3);
		r = inleft < unit ? inleft : unit;
		in += r;
		inleft -= r;
	}
	o = tmp;			/* the shift state, if any */
	oleft = sizeof(tmp);
	g_iconv(cd, NULL, NULL, &o, &oleft);
	jk_buf_add(&out, tmp, (size_t)(o - tmp));
	g_iconv_close(cd);
	*outlen = out.len;
	return jk_buf_detach(&out);
}

/* Line (1-based) of byte offset off in a text whose line ends are
 * single bytes of width unit (UTF-16: the '\n' unit). */
static int
line_at(const char *buf, size_t off, size_t unit, int big_endian)
{
	size_t	 i, lo = big_endian ? 1 : 0;
	int	 line = 1;

	for (i = 0; i + unit <= off; i += unit) {
		if (buf[i + (unit == 2 ? lo : 0)] != '\n')
			continue;
		if (unit == 2 && buf[i + 1 - lo] != '\0')
			continue;
		line++;
	}
	return line;
}

/* Canonical names, for messages: iconv accepts many spellings. */
static int
is_utf8_name(const char *name)
{
	return g_ascii_strcasecmp(name, "UTF-8") == 0 ||
	    g_ascii_strcasecmp(name, "UTF8") == 0;
}

int
jk_encoding_known(const char *name)
{
	GIConv	 cd;

	if (name == NULL || *name == '\0')
		return 0;
	if ((cd = g_iconv_open("UTF-8", name)) == (GIConv)-1)
		return 0;
	g_iconv_close(cd);
	return 1;
}

/* One encoding tried on the whole input. */
struct candidate {
	const char	*name;		/* iconv name */
	const char	*shown;		/* name in messages */
	size_t		 skip;		/* BOM bytes */
	size_t		 unit;		/* bytes skipped at a bad sequence */
	int		 big_endian;
};

/*
 * Convert with candidate c.  Returns the UTF-8 text, or NULL (after an
 * error message when strict) if a sequence is invalid.  t is filled.
 */
static char *
try_candidate(const char *buf, size_t len, const struct candidate *c,
    int strict, size_t *outlen, struct tally *t, struct jk_diag *diag)
{
	size_t	 nbad, firstbad;
	char	*s;

	s = transcode(buf + c->skip, len - c->skip, c->name, c->unit,
	    outlen, &nbad, &firstbad);
	if (s == NULL)
		return NULL;
	if (nbad > 0) {
		if (strict)
			jk_msg(diag, JK_M_BADINPUT, line_at(buf,
			    c->skip + firstbad, c->unit, c->big_endian),
			    "byte offset %zu: not valid %s (%zu bad "
			    "sequence%s); give the right --encoding",
			    c->skip + firstbad, c->shown, nbad,
			    nbad == 1 ? "" : "s");
		free(s);
		return NULL;
	}
	tally(s, *outlen, t);
	return s;
}

static void
say_chosen(struct jk_diag *diag, const struct candidate *c,
    const struct tally *t, const char *why)
{
	jk_msg(diag, JK_M_ENCODING, 0, "read as %s, as %s: %zu characters, "
	    "%zu%% of those beyond ASCII Hangul", c->shown, why, t->chars,
	    t->nonascii > 0 ? t->hangul * 100 / t->nonascii : 100);
}

/* Valid UTF-8, NUL-free?  Counts multibyte characters and bad bytes. */
static void
utf8_counts(const char *buf, size_t len, size_t *nvalid, size_t *nbad,
    size_t *nnul)
{
	unsigned int cp;
	int	 k;

	*nvalid = *nbad = *nnul = 0;
	while (len > 0) {
		cp = jk_utf8_get(buf, len, &k);
		if (cp == 0)
			(*nnul)++;
		else if (cp == 0xfffd && k == 1)
			(*nbad)++;
		else if (k > 1)
			(*nvalid)++;
		buf += k;
		len -= (size_t)k;
	}
}

static const struct candidate utf16le = { "UTF-16LE", "UTF-16LE", 0, 2, 0 };
static const struct candidate utf16be = { "UTF-16BE", "UTF-16BE", 0, 2, 1 };
static const struct candidate utf16le_bom = {
	"UTF-16LE", "UTF-16LE with BOM", 2, 2, 0 };
static const struct candidate utf16be_bom = {
	"UTF-16BE", "UTF-16BE with BOM", 2, 2, 1 };
static const struct candidate cp949 = { "CP949", "CP949 (EUC-KR)", 0, 1, 0 };

int
jk_decode_input(const char *buf, size_t len, const char *encoding,
    char **conv, size_t *convlen, struct jk_diag *diag)
{
	const unsigned char *u = (const unsigned char *)buf;
	size_t		 nvalid, nbad, nnul, even = 0, odd = 0, i;
	struct tally	 t;
	const struct candidate *c = NULL;

	*conv = NULL;
	*convlen = 0;
	if (buf == NULL || len == 0)
		return 0;

	if (encoding != NULL) {
		struct candidate forced = { encoding, encoding, 0, 1, 0 };

		if (is_utf8_name(encoding)) {
			utf8_counts(buf, len, &nvalid, &nbad, &nnul);
			if (nbad == 0)
				return 0;
			forced.name = "UTF-8";
		} else if (g_ascii_strncasecmp(encoding, "UTF-16", 6) == 0 ||
		    g_ascii_strncasecmp(encoding, "UCS-2", 5) == 0)
			forced.unit = 2;
		*conv = try_candidate(buf, len, &forced, 1, convlen, &t, diag);
		if (*conv == NULL) {
			if (diag->worst < JK_ERROR)
				jk_msg(diag, JK_M_BADINPUT, 0, "no converter "
				    "from %s", encoding);
			return -1;
		}
		say_chosen(diag, &forced, &t, "--encoding");
		return 1;
	}

	/* byte order marks */
	if (len >= 2 && u[0] == 0xff && u[1] == 0xfe)
		c = &utf16le_bom;
	else if (len >= 2 && u[0] == 0xfe && u[1] == 0xff)
		c = &utf16be_bom;
	if (c != NULL) {
		*conv = try_candidate(buf, len, c, 1, convlen, &t, diag);
		if (*conv == NULL)
			return -1;
		say_chosen(diag, c, &t, "byte order mark");
		return 1;
	}

	utf8_counts(buf, len, &nvalid, &nbad, &nnul);
	if (nbad == 0 && nnul == 0)
		return 0;

	/* UTF-16 without BOM: the NUL halves of ASCII code units */
	if (nnul > 0 && len % 2 == 0) {
		for (i = 0; i < len; i++)
			if (buf[i] == '\0' && i % 2 == 0)
				even++;
			else if (buf[i] == '\0')
				odd++;
		c = odd > 2 * even ? &utf16le : even > 2 * odd ? &utf16be :
		    NULL;
		if (c != NULL) {
			*conv = try_candidate(buf, len, c, 0, convlen, &t,
			    diag);
			if (*conv != NULL && plausible(&t)) {
				say_chosen(diag, c, &t, "NUL bytes of ASCII "
				    "on one side of each code unit");
				return 1;
			}
			free(*conv);
			*conv = NULL;
		}
	}

	/* CP949: more broken UTF-8 than valid, and Hangul when read so */
	if (nnul == 0 && nbad > nvalid) {
		*conv = try_candidate(buf, len, &cp949, 0, convlen, &t, diag);
		if (*conv != NULL && plausible(&t) && t.hangul > 0) {
			say_chosen(diag, &cp949, &t, "not UTF-8; reads as "
			    "Hangul");
			return 1;
		}
		free(*conv);
		*conv = NULL;
	}
	return 0;
}

char *
jk_decode(const char *buf, size_t len, const char *encoding, size_t *outlen,
    struct jk_diag *diag)
{
	char	*conv;
	int	 rc;

	rc = jk_decode_input(buf, len, encoding, &conv, outlen, diag);
	if (rc < 0)
		return NULL;
	if (rc > 0)
		return conv;
	*outlen = len;
	conv = jk_xmalloc(len + 1);
	if (len > 0)
		memcpy(conv, buf, len);
	conv[len] = '\0';
	return conv;
}

/*
 * Stray Latin-1 in UTF-8: a run of invalid bytes inside a Latin word
 * (an ASCII letter or digit right before or after it), every byte a
 * Latin-1 letter or sign (0xA0..0xFF) and no lead byte followed by a
 * continuation byte (that is cut UTF-8, not Latin-1).  Returns the
 * run's length at p (0: not Latin-1); prev is the byte before p or 0.
 */
size_t
jk_latin1_run(const char *p, size_t len, int prev)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t	 n = 0;
	unsigned int cp;
	int	 k;

	while (n < len) {
		cp = jk_utf8_get(p + n, len - n, &k);
		if (cp != 0xfffd || k != 1 || u[n] < 0xa0)
			break;
		if (n > 0 && u[n - 1] >= 0xc2 && u[n - 1] <= 0xf4 &&
		    u[n] <= 0xbf)
			return 0;
		n++;
	}
	if (n == 0 || n > 3)
		return 0;
	if (!g_ascii_isalnum(prev) && (n >= len || !g_ascii_isalnum(p[n])))
		return 0;
	return n;
}

/* The UTF-8 of Latin-1 bytes, with iconv.  Caller frees. */
char *
jk_latin1_to_utf8(const char *p, size_t n)
{
	char	*s = g_convert(p, (gssize)n, "UTF-8", "ISO-8859-1", NULL,
		    NULL, NULL);
	char	*r = jk_xstrdup(s != NULL ? s : "\xef\xbf\xbd");

	g_free(s);
	return r;
}
