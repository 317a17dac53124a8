/*
 * layout-shape.h -- a paragraph shaped once (layout-shape.c) for the
 * paragraph breaker (layout-break.c): its glyph runs, and each
 * character's advance, font size and break class.
 */
#ifndef JK_LAYOUT_SHAPE_H
#define JK_LAYOUT_SHAPE_H

#include <stdint.h>

#include "layout-int.h"

/* character flags */
#define C_SPACE		0x01
#define C_CJK		0x02	/* Hangul or Han */
#define C_ALNUM		0x04	/* Latin letter or digit (any alnum not CJK) */
#define C_PBRK		0x08	/* Pango allows a break before it */
#define C_HYPH		0x10	/* hyphenation point before it */
#define C_NL		0x20	/* forced break */
#define C_CONT		0x40	/* not a cluster start: never break before */
#define C_DOT		0x80	/* middle dot */

/* break kinds */
enum bk { BK_NONE = 0, BK_GLUE, BK_PEN, BK_HYPH };

/* A run of glyphs as shaped, in one font. */
struct srun {
	PangoAnalysis	 an;		/* font referenced, no extra attrs */
	PangoGlyphString *gs;
	size_t		 off, end;	/* bytes in the base text */
	double		 hyw;		/* its hyphen's width, < 0 unknown */
};

/* The paragraph shaped once. */
struct shaped {
	const struct ptext *t;
	size_t		 n;		/* characters */
	uint32_t	*off;		/* byte offset of each char (n + 1) */
	float		*adv;		/* advance of each char */
	float		*em;		/* font size of each char */
	unsigned char	*fl;		/* C_* */
	unsigned char	*wl;		/* letters of its word before, after
					 * it (nibbles, at most 3) */
	struct srun	*runs;
	int		 nruns, aruns;
	int		 released;	/* runs [0, released) freed */
	int		 unknown;	/* glyphs no font has */
	unsigned int	 unknown_first;	/* the first one's character */
};

/* Shape text t (its spans, fonts and features) into S, once; line is the
 * source line for messages.  Free with sh_free. */
void	 sh_shape(struct lay *Y, struct shaped *S, const struct ptext *t,
	    int line);
void	 sh_free(struct shaped *S);
/* Say which glyph of S no font has (the first, for line) and count them
 * all: sh_shape does, and a second layout of the same shaping again. */
void	 sh_tell(struct lay *Y, const struct shaped *S, int line);
/* The natural one-line width of t, shaped into S (free with sh_free, or
 * hand it to measure_words_shaped). */
double	 natural_width_shaped(struct lay *Y, struct ptext *t,
	    struct shaped *S);
/* measure_words of t as S has it shaped (by natural_width_shaped, the
 * same text): S is used up, its message about glyphs no font has is
 * given again for line. */
struct mpara measure_words_shaped(struct lay *Y, struct ptext *t,
	    struct shaped *S, double width, PangoAlignment align, int line);
/* The character at byte offset byte (hint: a character index near it). */
size_t	 sh_char_at(const struct shaped *S, size_t byte, size_t hint);
/* The first run that ends after byte b. */
int	 sh_run_at(const struct shaped *S, size_t b);
/* The width of a hyphen in the font of character k. */
double	 sh_hyph_width(const struct shaped *S, size_t k);
/* Release the glyphs of runs [0, n): no line will be cut from them. */
void	 sh_runs_release(struct shaped *S, int n);

#endif
