/*
 * style.h -- one style definition feeding both backends.
 *
 * A style is a GLib key file (styles/NAME.style).  jk_style_load() reads
 * one, on top of the built-in defaults, so a style file need only say
 * what it changes.  All lengths are in points (1 pt = 1/72 in) unless the
 * key says mm.  Colours are "#rrggbb".
 */
#ifndef JK_STYLE_H
#define JK_STYLE_H

#include "../util/util.h"

struct jk_rgb {
	double	 r, g, b;		/* 0..1 */
	char	 hex[8];		/* "#rrggbb" for CSS */
};

struct jk_font {
	char	*family;		/* fontconfig / Pango family name */
	int	 bold;			/* weight: 0 regular, 1 bold */
	double	 size;			/* pt */
	double	 leading;		/* baseline-to-baseline, pt */
};

struct jk_style {
	char		*name;		/* "default" */
	char		*path;		/* file read, NULL for built-in */

	/* [fonts] */
	struct jk_font	 body;		/* body text (serif) */
	struct jk_font	 title;		/* article title (sans, bold) */
	struct jk_font	 subtitle;
	struct jk_font	 series;	/* series label / kicker */
	struct jk_font	 heading[3];	/* levels 1..3 */
	struct jk_font	 byline;
	struct jk_font	 bio;
	struct jk_font	 deck;
	struct jk_font	 caption;
	struct jk_font	 table;
	struct jk_font	 note;		/* footnotes */
	struct jk_font	 running;	/* running heads and folios */
	char		*fallback;	/* comma list of fallback families
					 * (Hanja, symbols) */

	/* [colours] */
	struct jk_rgb	 text, accent, muted, rule, boxbg;

	/* [page] (print) */
	double		 page_w_mm, page_h_mm;	/* trim size */
	double		 margin_top_mm, margin_bottom_mm;
	double		 margin_inner_mm, margin_outer_mm;
	int		 columns;		/* body columns, 2 */
	double		 gutter_mm;		/* between columns */
	double		 bleed_mm;		/* 3 when bleed is on */
	int		 crop_marks;		/* 1: draw crop marks in bleed */
	double		 para_indent;		/* pt, first-line indent */
	double		 para_space;		/* pt, space between paras */

	/* [text] (both) */
	int		 justify;		/* 1 */
	int		 keep_all;		/* 1: word-based breaking (CSS
						 * word-break: keep-all) */
	char		*lang;			/* "ko" */
	char		*issue_line;		/* contents: the issue in the
						 * magazine's words, {volume}
						 * {issue} {year} {month} {day}
						 * {date} from the metadata */
};

/* Built-in default style (caller frees with jk_style_free). */
struct jk_style	*jk_style_default(void);

/*
 * Load NAME or FILE.  A value containing '/' or ending in ".style" is a
 * path; otherwise NAME is looked up as NAME.style in, in order:
 * $JIKJI_STYLE_DIR, ./styles, the installed data directory.  Errors go to
 * diag (JK_M_STYLE, with the file's line when known); NULL on failure.
 * The caller frees the style with jk_style_free.
 */
struct jk_style	*jk_style_load(const char *name_or_path, struct jk_diag *);
void		 jk_style_free(struct jk_style *);

/* The CSS that expresses this style for the EPUB (caller frees). */
char		*jk_style_css(const struct jk_style *);

/*
 * Font set-up: point fontconfig at the project's fonts/fonts.conf (looked
 * up in $JIKJI_FONTS_DIR, ./fonts, the installed data directory) so that
 * output never depends on what else a machine has installed.  Call once
 * before any Pango or fontconfig use.  Returns 0, -1 if not found or
 * unusable (the system configuration is then used, with a JK_M_FONTCONF
 * warning).
 */
int		 jk_fonts_setup(struct jk_diag *);

/* Path of the font file fontconfig picks for family/bold (caller frees),
 * and its face index within a collection; NULL if none. */
char		*jk_font_file(const char *family, int bold, int *index);

/* Where installed data lives (styles, fonts, schema); set by the Makefile. */
const char	*jk_datadir(void);
/* rel beside the running binary (../rel, ../share/jikji/rel): an absolute
 * path (caller frees), NULL if not there. */
char		*jk_beside_binary(const char *rel);

#endif
