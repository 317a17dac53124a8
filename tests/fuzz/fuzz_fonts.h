/*
 * fuzz_fonts.h -- smaller fallback faces for the fuzz target that paints
 * (fuzz_backends.c), made once per process.
 *
 * The style's fallback families (Noto CJK: 65,000 glyphs in a 23 MB CFF
 * table) cost the PDF renderer most of its time per input: it subsets
 * them to each document's characters (layout-fonts.c), a fuzzer changes
 * those characters on most inputs, and without the subsets Cairo reads
 * and copies the whole table for every PDF that takes a glyph from it.
 * So before the fonts are set up, each fallback face is cut down once to
 * a sample of what Korean text takes from it: every character it maps
 * but the Hangul syllables (the primary faces have them all) and the
 * ideographs, less one in eight of the 4,888 Hanja of KS X 1001 (spread
 * over every reading), which stay: about 1.4 MB a face.  The faces go
 * into FUZZ_FONTS_DIR with a fonts.conf that loads the project's own and
 * puts them in place of the originals, and with the project's licence
 * texts (the EPUB's licence page).  Every step of the renderers still
 * runs on each input, with the same glyphs and metrics; another
 * ideograph goes to no font, as one that Noto CJK lacks would.
 */
#ifndef JK_FUZZ_FONTS_H
#define JK_FUZZ_FONTS_H

#include <sys/stat.h>

#include <fontconfig/fontconfig.h>
#include <glib.h>
#include <hb-subset.h>

#include "fuzz.h"

#define FUZZ_FONTS_DIR	"build/fuzz/fonts"

/* One in eight of the Hanja of KS X 1001 (EUC-KR rows 0xCA to 0xFD,
 * every cell, in the order of their readings). */
static hb_set_t *
fuzz_hanja(void)
{
	GString		*euc = g_string_new(NULL);
	hb_set_t	*set = hb_set_create();
	char		*u, *p;
	int		 lead, trail, i = 0;

	for (lead = 0xca; lead <= 0xfd; lead++)
		for (trail = 0xa1; trail <= 0xfe; trail++) {
			g_string_append_c(euc, (char)lead);
			g_string_append_c(euc, (char)trail);
		}
	u = g_convert(euc->str, (gssize)euc->len, "UTF-8", "EUC-KR", NULL,
	    NULL, NULL);
	for (p = u; p != NULL && *p != '\0'; p = g_utf8_next_char(p))
		if (i++ % 8 == 0)
			hb_set_add(set, g_utf8_get_char(p));
	g_free(u);
	g_string_free(euc, TRUE);
	return set;
}

static int
fuzz_ideograph(hb_codepoint_t c)
{
	return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
	    (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3ffff);
}

/* The characters of face cut down as above, into keep. */
static void
fuzz_cut_set(hb_face_t *face, const hb_set_t *hanja, hb_set_t *keep)
{
	hb_codepoint_t	 c = HB_SET_VALUE_INVALID;

	hb_face_collect_unicodes(face, keep);
	while (hb_set_next(keep, &c))
		if ((c >= 0xac00 && c <= 0xd7a3) ||
		    (fuzz_ideograph(c) && !hb_set_has(hanja, c)))
			hb_set_del(keep, c);
}

/* Face index of file cut down as above, written to out; 0 if written. */
static int
fuzz_cut_face(const char *file, int index, const hb_set_t *hanja,
    const char *out)
{
	hb_blob_t		*blob = hb_blob_create_from_file(file);
	hb_face_t		*face = hb_face_create(blob, (unsigned int)index);
	hb_subset_input_t	*in = hb_subset_input_create_or_fail();
	hb_face_t		*sub;
	const char		*data;
	unsigned int		 len;
	int			 ok;

	hb_blob_destroy(blob);
	fuzz_cut_set(face, hanja, hb_subset_input_unicode_set(in));
	sub = hb_subset_or_fail(face, in);
	/* an empty blob when subsetting failed: nothing is written */
	blob = sub != NULL ? hb_face_reference_blob(sub) : hb_blob_get_empty();
	data = hb_blob_get_data(blob, &len);
	ok = len > 0 && g_file_set_contents(out, data, len, NULL);
	hb_blob_destroy(blob);
	hb_face_destroy(sub);
	hb_subset_input_destroy(in);
	hb_face_destroy(face);
	return ok ? 0 : -1;
}

/* The project's licence texts, linked beside the cut faces. */
static void
fuzz_link_licences(const char *dir)
{
	GDir		*d;
	const char	*e;
	char		*from, *to, *abs;

	if ((d = g_dir_open("fonts", 0, NULL)) == NULL)
		return;
	while ((e = g_dir_read_name(d)) != NULL) {
		if (!g_str_has_suffix(e, ".txt"))
			continue;
		from = jk_xasprintf("fonts/%s", e);
		to = jk_xasprintf("%s/%s", dir, e);
		if ((abs = realpath(from, NULL)) != NULL) {
			unlink(to);
			if (symlink(abs, to) != 0)
				fuzz_fail("cannot link a licence text", NULL);
		}
		free(abs);
		free(from);
		free(to);
	}
	g_dir_close(d);
}

/*
 * Cut the fallback faces of style (its "fallback" list) and point
 * JIKJI_FONTS_DIR at them; before anything sets the fonts up.  Run from
 * the project's root.  Aborts when the faces cannot be made.
 */
static void
fuzz_small_fonts(const char *fallback)
{
	FcConfig	*cfg = FcConfigCreate();
	GString		*conf = g_string_new(NULL);
	hb_set_t	*hanja = fuzz_hanja();
	char		**fams, *file, *out, *proj, *dir;
	int		 i, bold, index, n = 0;

	g_mkdir_with_parents(FUZZ_FONTS_DIR, 0755);
	dir = realpath(FUZZ_FONTS_DIR, NULL);
	proj = realpath("fonts/fonts.conf", NULL);
	/* the project's set-up finds the faces; jk_fonts_setup() makes
	 * the current one from the fonts.conf written below */
	if (dir == NULL || proj == NULL || hb_set_get_population(hanja) !=
	    4888 / 8 || !FcConfigParseAndLoad(cfg, (const FcChar8 *)proj,
	    FcTrue) || !FcConfigBuildFonts(cfg) || !FcConfigSetCurrent(cfg))
		fuzz_fail("cannot make the small fallback faces", NULL);
	g_string_append_printf(conf, "<?xml version=\"1.0\"?>\n<fontconfig>\n"
	    "<include>%s</include>\n<dir>%s</dir>\n"
	    "<selectfont><rejectfont>\n", proj, dir);
	fams = g_strsplit(fallback != NULL ? fallback : "", ",", 0);
	for (i = 0; fams[i] != NULL; i++)
		for (bold = 0; bold < 2 && *g_strstrip(fams[i]) != '\0';
		    bold++) {
			if ((file = jk_font_file(fams[i], bold, &index)) ==
			    NULL)
				continue;
			out = jk_xasprintf("%s/f%d.otf", dir, n++);
			if (fuzz_cut_face(file, index, hanja, out) != 0)
				fuzz_fail("cannot cut a fallback face", NULL);
			if (strstr(conf->str, file) == NULL)
				g_string_append_printf(conf,
				    "<glob>%s</glob>\n", file);
			free(out);
			free(file);
		}
	g_string_append(conf, "</rejectfont></selectfont>\n</fontconfig>\n");
	out = jk_xasprintf("%s/fonts.conf", dir);
	if (!g_file_set_contents(out, conf->str, (gssize)conf->len, NULL))
		fuzz_fail("cannot write the fuzz fonts.conf", NULL);
	fuzz_link_licences(dir);
	setenv("JIKJI_FONTS_DIR", dir, 1);
	free(out);
	g_strfreev(fams);
	g_string_free(conf, TRUE);
	hb_set_destroy(hanja);
	FcConfigDestroy(cfg);
	free(proj);
	free(dir);
}

#endif
