/*
 * noteref.c -- inline footnote references glued to words ("달러01,").
 */
#include <string.h>

#include "cleanup-int.h"

#define HANGUL_JE	0xc81c	/* 제: "제01호" is an ordinal, not a note */

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Code point ending right before s + i (0 at the start). */
static unsigned int
cp_before(const char *s, size_t i, size_t *start)
{
	size_t	 j = i;
	int	 k;

	if (i == 0)
		return 0;
	j--;
	while (j > 0 && ((unsigned char)s[j] & 0xc0) == 0x80)
		j--;
	if (start != NULL)
		*start = j;
	return jk_utf8_get(s + j, i - j, &k);
}

/* May a note reference follow the code point that ends at s + i? */
static int
note_host(const char *s, size_t i)
{
	size_t	 st;
	unsigned int cp = cp_before(s, i, &st), prev;

	if (cp >= 0xac00 && cp <= 0xd7a3)
		return cp != HANGUL_JE;
	if (cp == ')' || cp == 0x2019 || cp == 0x201d || cp == 0x300d ||
	    cp == 0x300f)
		return 1;
	if (cp == '.') {
		/* "기대된다.03": a sentence end, not "2024.03" */
		prev = cp_before(s, st, NULL);
		return prev >= 0xac00 && prev <= 0xd7a3;
	}
	return 0;
}

int
jk_noteref_find(const char *s, size_t from, size_t *off, size_t *len)
{
	size_t	 n, i;
	int	 v;
	unsigned int next;

	if (s == NULL)
		return 0;
	n = strlen(s);
	for (i = from; i + 1 < n; i++) {
		if (!is_digit(s[i]) || !is_digit(s[i + 1]))
			continue;
		if (i > 0 && is_digit(s[i - 1]))
			continue;
		if (i + 2 < n && is_digit(s[i + 2]))
			continue;
		if (!note_host(s, i))
			continue;
		v = (s[i] - '0') * 10 + (s[i + 1] - '0');
		if (v == 0)
			continue;
		next = i + 2 < n ? jk_first_cp(s + i + 2) : 0;
		/* "03.5", "01,000": a number goes on */
		if ((next == '.' || next == ',') && i + 3 < n &&
		    is_digit(s[i + 3]))
			continue;
		/* the magazine pads note numbers: "01"; "코로나19" is a name */
		if (s[i] != '0' || (next != 0 &&
		    jk_cclass(next) == JK_C_LATIN))
			continue;
		*off = i;
		*len = 2;
		return v;
	}
	return 0;
}
