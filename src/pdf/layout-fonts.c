/*
 * layout-fonts.c -- the fonts the layout measures with: the style's
 * fallback faces cut down to the characters the issue uses.
 *
 * Noto CJK, the fallback for Hanja and symbols, holds 65,000 glyphs in a
 * 23 MB CFF table; an issue takes a few dozen of them from it, and Cairo
 * would still read and copy the whole table.  So before Pango or Cairo
 * see a fallback face, it is subset (hb-subset) to the code points of the
 * document (and their decompositions, and what the layout adds: digits,
 * dots, ellipses, markers), written into a private temporary folder
 * (named so that the next run removes it if this one is killed), and
 * given to a fontconfig configuration of its own that loads the project's
 * font set-up with the original face rejected.  The layout measures and
 * paint.c draws with a Pango context on that configuration.  Hangul
 * syllables are left out: every primary face has them all.  Anything
 * that goes wrong leaves the original faces in use (larger, same output).
 *
 * The renderer keeps the last subsets, their configuration and their
 * Pango context: the next document with the same characters (an issue
 * of a batch, a fuzz input) uses them as they are, with their fonts
 * loaded already, instead of cutting, writing and loading them again.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <fontconfig/fontconfig.h>
#include <hb-subset.h>
#include <pango/pangofc-fontmap.h>

#include "layout-int.h"

/* Characters the layout sets that the document may not hold. */
static const char *const added =
    "0123456789 .,:;!?()[]-–—…·•*%/#&+=<>'\"‘’“”①②③④⑤⑥⑦⑧⑨⑩"
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

static void
add_text(hb_set_t *cps, const char *s)
{
	gunichar	 d[8];
	gsize		 n, i;

	if (s == NULL || !g_utf8_validate(s, -1, NULL))
		return;
	for (; *s != '\0'; s = g_utf8_next_char(s)) {
		gunichar c = g_utf8_get_char(s);

		JK_WORK(1);
		if (c >= 0xac00 && c <= 0xd7a3)
			continue;	/* in every primary face */
		hb_set_add(cps, c);
		if (c >= 0x80) {
			n = g_unichar_fully_decompose(c, FALSE, d, 8);
			for (i = 0; i < n; i++)
				hb_set_add(cps, d[i]);
		}
	}
}

/* The code points of every text, label and value of the document. */
static void
doc_codepoints(const struct jk_doc *doc, const struct jk_style *st,
    hb_set_t *cps)
{
	const struct jk_node	*n = doc->root;

	add_text(cps, added);
	add_text(cps, st->issue_line);
	while (n != NULL) {
		add_text(cps, n->text);
		add_text(cps, n->label);
		if (n->first != NULL) {
			n = n->first;
			continue;
		}
		while (n != NULL && n->next == NULL)
			n = n->parent;
		if (n != NULL)
			n = n->next;
	}
}

/* Write len bytes to a new file path (never over anything). */
static int
write_new(const char *path, const char *data, unsigned int len)
{
	int	 fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
		    O_CLOEXEC, 0600);
	ssize_t	 w;
	size_t	 off = 0;

	if (fd < 0)
		return -1;
	while (off < len) {
		w = write(fd, data + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			close(fd);
			unlink(path);
			return -1;
		}
		off += (size_t)w;
	}
	if (close(fd) != 0) {
		unlink(path);
		return -1;
	}
	return 0;
}

/* Subset face index of file to cps into dir/fN.otf; 0 if written. */
static int
subset_face(const char *file, int index, hb_set_t *cps, const char *out)
{
	hb_blob_t		*blob, *sb;
	hb_face_t		*face, *sub;
	hb_subset_input_t	*in;
	const char		*data;
	unsigned int		 len;
	int			 rc = -1;

	if ((blob = hb_blob_create_from_file_or_fail(file)) == NULL)
		return -1;
	face = hb_face_create(blob, (unsigned int)index);
	hb_blob_destroy(blob);
	if ((in = hb_subset_input_create_or_fail()) != NULL) {
		hb_set_union(hb_subset_input_unicode_set(in), cps);
		if ((sub = hb_subset_or_fail(face, in)) != NULL) {
			sb = hb_face_reference_blob(sub);
			data = hb_blob_get_data(sb, &len);
			if (len > 0)
				rc = write_new(out, data, len);
			hb_blob_destroy(sb);
			hb_face_destroy(sub);
		}
		hb_subset_input_destroy(in);
	}
	hb_face_destroy(face);
	return rc;
}

/* The file and index fontconfig gives for family at weight (NULL if the
 * family itself is not installed). */
static char *
face_file(const char *family, int weight, int *index)
{
	FcPattern	*pat, *m;
	FcResult	 res;
	FcChar8		*file = NULL, *fam = NULL;
	char		*r = NULL;

	pat = FcPatternCreate();
	FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)family);
	FcPatternAddInteger(pat, FC_WEIGHT, weight);
	FcConfigSubstitute(NULL, pat, FcMatchPattern);
	FcDefaultSubstitute(pat);
	m = FcFontMatch(NULL, pat, &res);
	*index = 0;
	if (m != NULL && FcPatternGetString(m, FC_FAMILY, 0, &fam) ==
	    FcResultMatch && g_ascii_strcasecmp((const char *)fam, family) == 0 &&
	    FcPatternGetString(m, FC_FILE, 0, &file) == FcResultMatch) {
		r = jk_xstrdup((const char *)file);
		FcPatternGetInteger(m, FC_INDEX, 0, index);
	}
	if (m != NULL)
		FcPatternDestroy(m);
	FcPatternDestroy(pat);
	return r;
}

/* The subset faces of one set of characters, shared by the layouts of
 * the documents that have those characters. */
struct subset {
	int		 refs;
	hb_set_t	*cps;		/* the characters */
	PangoContext	*ctx;
	FcConfig	*cfg;		/* its configuration */
	char		*dir;		/* the temporary files */
	char		**files;
	int		 nfiles;
};

static void
subset_unref(struct subset *sb)
{
	int	 i;

	if (sb == NULL || --sb->refs > 0)
		return;
	if (sb->ctx != NULL) {
		PangoFcFontMap	*fm = PANGO_FC_FONT_MAP(
		    pango_context_get_font_map(sb->ctx));

		/* the font map lets go of its configuration now (Pango
		 * 1.50 keeps it otherwise) */
		pango_fc_font_map_shutdown(fm);
		pango_fc_font_map_set_config(fm, NULL);
		g_object_unref(sb->ctx);
	}
	/* the configuration after the font map that used it */
	if (sb->cfg != NULL)
		FcConfigDestroy(sb->cfg);
	for (i = 0; i < sb->nfiles; i++) {
		unlink(sb->files[i]);
		free(sb->files[i]);
	}
	free(sb->files);
	if (sb->dir != NULL)
		rmdir(sb->dir);
	free(sb->dir);
	hb_set_destroy(sb->cps);
	free(sb);
}

/* L lets go of its subset faces (removed once no layout and not the
 * renderer keeps them). */
void
layout_fonts_free(struct jk_playout *L)
{
	subset_unref(L->subset);
	L->subset = NULL;
	L->pctx = NULL;
}

/* The renderer lets go of the subset faces it kept. */
void
layout_fonts_forget(struct jk_pdf *pdf)
{
	subset_unref(pdf->subset);
	pdf->subset = NULL;
}

int
layout_fonts_files(const struct jk_playout *L, const char **dir,
    char *const **files)
{
	const struct subset	*sb = L->subset;

	*dir = sb != NULL ? sb->dir : NULL;
	*files = sb != NULL ? sb->files : NULL;
	return sb != NULL ? sb->nfiles : 0;
}

/* Subset faces of the fallback families to cps, with their context; NULL
 * when no fallback face could be subset. */
static struct subset *
subset_new(struct jk_pdf *pdf, hb_set_t *cps)
{
	const struct jk_style	*st = pdf->style;
	struct subset		*sb = jk_xcalloc(1, sizeof(*sb));
	FcStrList		*files;
	FcChar8			*conf = NULL;
	FcConfig		*cfg;
	PangoFontMap		*fm;
	PangoContext		*ctx;
	struct jk_buf		 x;
	char			**fams, *file, *out, *esc;
	int			 i, w, index, ok = 0;

	sb->refs = 1;
	sb->cps = hb_set_copy(cps);
	if ((sb->dir = jk_file_tmpdir_new()) == NULL) {
		subset_unref(sb);
		return NULL;
	}
	/* the project's set-up, less the faces to be replaced */
	jk_buf_init(&x);
	jk_buf_puts(&x, "<?xml version=\"1.0\"?>\n<fontconfig>\n");
	if ((files = FcConfigGetConfigFiles(NULL)) != NULL) {
		conf = FcStrListNext(files);
		if (conf != NULL) {
			esc = g_markup_escape_text((const char *)conf, -1);
			jk_buf_printf(&x, "<include>%s</include>\n", esc);
			g_free(esc);
		}
		FcStrListDone(files);
	}
	jk_buf_puts(&x, "<selectfont><rejectfont>\n");
	fams = g_strsplit(st->fallback, ",", 0);
	for (i = 0; fams[i] != NULL; i++) {
		g_strstrip(fams[i]);
		for (w = 0; w < 2 && *fams[i] != '\0'; w++) {
			file = face_file(fams[i], w ? FC_WEIGHT_BOLD :
			    FC_WEIGHT_REGULAR, &index);
			if (file == NULL)
				continue;
			out = jk_xasprintf("%s/f%d.otf", sb->dir, sb->nfiles);
			if (strstr(x.data, file) == NULL &&
			    subset_face(file, index, cps, out) == 0) {
				sb->files = jk_xreallocarray(sb->files,
				    sb->nfiles + 1, sizeof(*sb->files));
				sb->files[sb->nfiles++] = out;
				esc = g_markup_escape_text(file, -1);
				jk_buf_printf(&x, "<glob>%s</glob>\n", esc);
				g_free(esc);
			} else
				free(out);
			free(file);
		}
	}
	g_strfreev(fams);
	jk_buf_puts(&x, "</rejectfont></selectfont>\n</fontconfig>\n");
	cfg = FcConfigCreate();
	if (conf != NULL && sb->nfiles > 0 &&
	    FcConfigParseAndLoadFromMemory(cfg, (const FcChar8 *)x.data,
	    FcTrue) && FcConfigBuildFonts(cfg)) {
		ok = 1;
		for (i = 0; i < sb->nfiles; i++)
			ok = ok && FcConfigAppFontAddFile(cfg,
			    (const FcChar8 *)sb->files[i]);
	}
	jk_buf_free(&x);
	if (!ok) {
		FcConfigDestroy(cfg);
		subset_unref(sb);
		return NULL;
	}
	fm = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
	pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(fm), cfg);
	sb->cfg = cfg;			/* ours too: destroyed at the end */
	ctx = pango_font_map_create_context(fm);
	g_object_unref(fm);
	pango_cairo_context_set_resolution(ctx,
	    pango_cairo_context_get_resolution(pdf->pctx));
	pango_cairo_context_set_font_options(ctx,
	    pango_cairo_context_get_font_options(pdf->pctx));
	pango_context_set_round_glyph_positions(ctx,
	    pango_context_get_round_glyph_positions(pdf->pctx));
	pango_context_set_language(ctx, pango_context_get_language(pdf->pctx));
	sb->ctx = ctx;
	return sb;
}

/*
 * A Pango context like pdf's, whose fallback faces are subsets to the
 * characters of doc; L keeps them until layout_fonts_free.  NULL (use
 * pdf's own) when no fallback face could be subset.
 */
PangoContext *
layout_fonts(struct jk_pdf *pdf, const struct jk_doc *doc,
    struct jk_playout *L)
{
	const struct jk_style	*st = pdf->style;
	struct subset		*sb = pdf->subset;
	hb_set_t		*cps;

	if (st->fallback == NULL || getenv("JK_NO_FONT_SUBSET") != NULL)
		return NULL;
	cps = hb_set_create();
	doc_codepoints(doc, st, cps);
	if (sb == NULL || !hb_set_is_equal(sb->cps, cps)) {
		layout_fonts_forget(pdf);
		pdf->subset = sb = subset_new(pdf, cps);
	}
	hb_set_destroy(cps);
	if (sb == NULL)
		return NULL;
	sb->refs++;
	L->subset = sb;
	L->pctx = sb->ctx;
	return sb->ctx;
}
