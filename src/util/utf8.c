/*
 * utf8.c -- the few UTF-8 facts jikji needs by hand (the rest comes from
 * GLib): decoding one code point, Hangul and Han classes, widths.
 */
#include <string.h>

#include "util.h"

unsigned int
jk_utf8_decode(const char *str, size_t len, int *n)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned int	 cp, min;
	int		 need, i;

	if (len == 0) {
		*n = 0;
		return 0;
	}
	if (s[0] < 0x80) {
		*n = 1;
		return s[0];
	}
	if ((s[0] & 0xe0) == 0xc0) {
		need = 1; cp = s[0] & 0x1f; min = 0x80;
	} else if ((s[0] & 0xf0) == 0xe0) {
		need = 2; cp = s[0] & 0x0f; min = 0x800;
	} else if ((s[0] & 0xf8) == 0xf0) {
		need = 3; cp = s[0] & 0x07; min = 0x10000;
	} else {
		*n = 1;
		return 0xfffd;
	}
	if ((size_t)need >= len) {
		*n = 1;
		return 0xfffd;
	}
	for (i = 1; i <= need; i++) {
		if ((s[i] & 0xc0) != 0x80) {
			*n = 1;
			return 0xfffd;
		}
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
		*n = 1;
		return 0xfffd;
	}
	*n = need + 1;
	return cp;
}

int
jk_utf8_put(char *out, unsigned int cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xe0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

size_t
jk_utf8_count(const char *s)
{
	size_t	 n = 0, len = strlen(s);
	int	 k;

	while (len > 0) {
		jk_utf8_get(s, len, &k);
		s += k;
		len -= (size_t)k;
		n++;
	}
	return n;
}

int
jk_is_hangul(unsigned int cp)
{
	return (cp >= 0xac00 && cp <= 0xd7a3) ||	/* syllables */
	    (cp >= 0x1100 && cp <= 0x11ff) ||		/* jamo */
	    (cp >= 0x3130 && cp <= 0x318f);		/* compat jamo */
}

int
jk_is_han(unsigned int cp)
{
	return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 &&
	    cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff) ||
	    (cp >= 0x20000 && cp <= 0x2fa1f);
}

static int
is_wide(unsigned int cp)
{
	return jk_is_hangul(cp) || jk_is_han(cp) ||
	    (cp >= 0x3000 && cp <= 0x303f) ||	/* CJK punctuation */
	    (cp >= 0x3200 && cp <= 0x33ff) ||	/* enclosed, ㈜ ㎡ */
	    (cp >= 0xff01 && cp <= 0xff60) ||	/* fullwidth forms */
	    (cp >= 0x2460 && cp <= 0x24ff);	/* circled numbers */
}

double
jk_text_width(const char *s)
{
	size_t	 len = strlen(s);
	double	 w = 0;
	int	 k;
	unsigned int cp;

	while (len > 0) {
		cp = jk_utf8_get(s, len, &k);
		w += is_wide(cp) ? 1.0 : 0.5;
		s += k;
		len -= (size_t)k;
	}
	return w;
}

const char *
jk_event_edition(const char *s)
{
	const char	*p = s + strlen("제");

	if (strncmp(s, "제", strlen("제")) != 0 || *p < '0' || *p > '9')
		return NULL;
	while (*p >= '0' && *p <= '9')
		p++;
	return strncmp(p, "회", strlen("회")) == 0 ? p + strlen("회") : NULL;
}

int
jk_event_line(const char *s)
{
	const char	*p = jk_event_edition(s);

	return p != NULL && *p == ' ';
}

size_t
jk_cat_nospace(char *dst, size_t len, size_t cap, const char *src)
{
	for (; *src != '\0' && len + 1 < cap; src++)
		if (*src != ' ')
			dst[len++] = *src;
	dst[len] = '\0';
	return len;
}
