/*
 * fuzz_backends.c -- fuzz target of the EPUB and PDF backends.  The
 * bytes are read as tree XML (or, when they are not jikji XML, converted
 * as text), repaired, then written as an EPUB into a private temporary
 * directory, and laid out and painted as PDF pages (for some inputs
 * written as a PDF file there too).  A render may fail only with an
 * error message.
 *
 * What does not depend on the input is made once, in LLVMFuzzerInitialize,
 * and serves every input, as a batch worker's renderers serve every issue:
 * the style, the font set-up with smaller fallback faces (fuzz_fonts.h),
 * the word list, the EPUB renderer (with the cover's font map) and the
 * two PDF renderers (with and without bleed).  The directory is on tmpfs
 * when there is one: the renders write their files atomically, and an
 * fsync to disk per input took longer than the render.
 *
 * A hash of the input picks the PDF renderer and how far the renders go,
 * so that a replay takes an input the same way.  Most inputs are laid
 * out and painted by jk_pdf_paint onto a Cairo recording surface: every
 * drawing call and structure tag of paint.c and tags.c is made, but not
 * Cairo's PDF writer, which took more time than all of jikji's own work
 * on an input (the same for most: embedding and compressing a subset of
 * each font, a search of the font's cmap for each new glyph).  One input
 * in FUZZ_PDF is written as a PDF file by jk_pdf_render: Cairo's file,
 * the outline, metadata and XMP, then the boxes, inks and artifacts of
 * boxes.c and ink.c.  One in FUZZ_WHOLE goes the whole way, as `jikji
 * build` does: font subsets in both books, the cover picture, compressed
 * data.  The others leave out the steps whose cost is the same library
 * work on every input: the EPUB has no font subsets nor cover picture
 * and stores its files (JK_EPUB_NO_FONTS, _NO_COVER, _STORE); the PDF
 * measures and sets the text in the fallback faces as they are
 * (JK_NO_FONT_SUBSET) and Cairo writes its streams uncompressed
 * (CAIRO_DEBUG_PDF, Cairo's switch for that).  The tree, the layout, the
 * painting with its tags and the XHTML/OPF writers run in full on every
 * input.  A replay of the corpus (tests/check_fuzz.c) paints every input
 * on the recording surface and takes it the whole way, PDF file and all,
 * with the project's own fonts.
 * Corpus: tests/fuzz/corpus/backends/.
 */
#include <unistd.h>

#include <cairo.h>

#include "fuzz.h"
#include "fuzz_fonts.h"
#include "epub/epub.h"
#include "pdf/pdf.h"
#include "util/lexicon.h"

/* One input in FUZZ_PDF is written as a PDF file, and one in FUZZ_WHOLE
 * (a multiple: they are among them) goes the whole way. */
#define FUZZ_PDF	8
#define FUZZ_WHOLE	64

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static char		*dir, *epub_path, *pdf_path;
static struct jk_epub	*backends_epub;
static struct jk_pdf	*backends_pdf[2];
static struct jk_diag	 backends_diag;
static int		 backends_whole_way;	/* 1: every input (replay) */
static pid_t		 backends_pid;		/* the process that made dir */

static void
fuzz_backends_cleanup(void)
{
	/* a child forked after the set-up (check_fuzz.c) leaves the
	 * folder to the process that made it */
	if (getpid() != backends_pid)
		return;
	/* the renderers' subset faces are files too */
	jk_epub_free(backends_epub);
	jk_pdf_free(backends_pdf[0]);
	jk_pdf_free(backends_pdf[1]);
	unlink(epub_path);
	unlink(pdf_path);
	rmdir(dir);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct jk_pdf_opts	 po;
	int			 i;

	if (dir != NULL)
		return 0;
	jk_diag_init(&backends_diag, "fuzz", NULL);
	if (!backends_whole_way) {
		struct jk_style *st;

		fuzz_dirs();
		if ((st = jk_style_load(NULL, &backends_diag)) == NULL)
			fuzz_fail("no default style", NULL);
		fuzz_small_fonts(st->fallback);
		jk_style_free(st);
	}
	backends_epub = jk_epub_new(fuzz_style(), &backends_diag);
	for (i = 0; i < 2; i++) {
		memset(&po, 0, sizeof(po));
		po.bleed = i;
		backends_pdf[i] = jk_pdf_new(fuzz_style(), &po,
		    &backends_diag);
	}
	jk_lex_load();
	dir = jk_xstrdup(access("/dev/shm", W_OK) == 0 ?
	    "/dev/shm/jikji-fuzz.XXXXXX" : "/tmp/jikji-fuzz.XXXXXX");
	if (mkdtemp(dir) == NULL)
		fuzz_fail("mkdtemp", NULL);
	backends_pid = getpid();
	epub_path = jk_xasprintf("%s/fuzz.epub", dir);
	pdf_path = jk_xasprintf("%s/fuzz.pdf", dir);
	atexit(fuzz_backends_cleanup);
	return 0;
}

/* A render that failed must have said so; one that worked left a file. */
static void
fuzz_rendered(int rc, const char *path, const struct jk_diag *d)
{
	if (rc != 0 && d->worst < JK_ERROR)
		fuzz_fail("render failed without an error message", d);
	if (rc == 0 && access(path, F_OK) != 0)
		fuzz_fail("render succeeded but wrote no file", d);
	unlink(path);
}

/* FNV-1a of the input: its choices stay the same when it is replayed. */
static uint32_t
fuzz_hash(const uint8_t *data, size_t size)
{
	uint32_t	 h = 2166136261u;
	size_t		 i;

	for (i = 0; i < size; i++)
		h = (h ^ data[i]) * 16777619u;
	return h;
}

/* The switches of the libraries the light renders set (see above); a
 * replay, which takes every input the whole way, touches none. */
static void
fuzz_light(int light)
{
	if (light) {
		setenv("JK_NO_FONT_SUBSET", "1", 1);
		setenv("CAIRO_DEBUG_PDF", "1", 1);
	} else {
		unsetenv("JK_NO_FONT_SUBSET");
		unsetenv("CAIRO_DEBUG_PDF");
	}
}

/* Lay doc out and paint it on a recording surface (see above). */
static void
fuzz_paint(struct jk_pdf *pdf, const struct jk_doc *doc, struct jk_diag *d)
{
	cairo_surface_t	*sf;
	cairo_t		*cr;
	int		 rc;

	sf = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, NULL);
	cr = cairo_create(sf);
	rc = jk_pdf_paint(pdf, doc, cr);
	cairo_destroy(cr);
	cairo_surface_destroy(sf);
	if (rc != 0 && d->worst < JK_ERROR)
		fuzz_fail("paint failed without an error message", d);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct jk_diag		 d;
	struct jk_doc		*doc;
	struct jk_pdf		*pdf;
	uint32_t		 h, way;
	int			 light, file;

	LLVMFuzzerInitialize(NULL, NULL);
	h = fuzz_hash(data, size);
	way = (h >> 1) % FUZZ_WHOLE;
	light = !backends_whole_way && way != 0;
	file = !light || way % FUZZ_PDF == 0;
	jk_diag_init(&d, "fuzz", NULL);
	d.keep = 1;
	if ((doc = fuzz_backend_doc(data, size, &d)) != NULL) {
		if (light)
			fuzz_light(1);
		jk_epub_set_issue(backends_epub, &d);
		jk_epub_set_flags(backends_epub, light ? JK_EPUB_NO_FONTS |
		    JK_EPUB_NO_COVER | JK_EPUB_STORE : 0);
		fuzz_rendered(jk_epub_render(backends_epub, doc, epub_path),
		    epub_path, &d);
		jk_epub_set_issue(backends_epub, &backends_diag);
		pdf = backends_pdf[h & 1];
		jk_pdf_set_issue(pdf, &d, NULL);
		if (!file || backends_whole_way)
			fuzz_paint(pdf, doc, &d);
		if (file)
			fuzz_rendered(jk_pdf_render(pdf, doc, pdf_path),
			    pdf_path, &d);
		jk_pdf_set_issue(pdf, &backends_diag, NULL);
		if (light)
			fuzz_light(0);
		jk_doc_free(doc);
	}
	jk_diag_free(&d);
	return 0;
}
