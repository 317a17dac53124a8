/*
 * fuzz_backends.c -- fuzz target of the EPUB and PDF backends.  The
 * bytes are read as tree XML (or, when they are not jikji XML, converted
 * as text), repaired, then written as an EPUB and a PDF into a private
 * temporary directory.  A render may fail only with an error message.
 * The style, the font set-up and the two PDF renderers (with and without
 * bleed, chosen by the first byte) are made once, in LLVMFuzzerInitialize,
 * and serve every input, as a batch worker's renderer serves every issue;
 * what stays per input is what `jikji build` does per issue (the fallback
 * faces subset to the document's characters, the EPUB's fonts and cover).
 * Corpus: tests/fuzz/corpus/backends/.
 */
#include <unistd.h>

#include "fuzz.h"
#include "epub/epub.h"
#include "pdf/pdf.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static char		*dir, *epub_path, *pdf_path;
static struct jk_pdf	*backends_pdf[2];
static struct jk_diag	 backends_diag;

static void
fuzz_backends_cleanup(void)
{
	/* the renderers' subset faces are files too */
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
	for (i = 0; i < 2; i++) {
		memset(&po, 0, sizeof(po));
		po.bleed = i;
		backends_pdf[i] = jk_pdf_new(fuzz_style(), &po,
		    &backends_diag);
	}
	dir = jk_xstrdup("/tmp/jikji-fuzz.XXXXXX");
	if (mkdtemp(dir) == NULL)
		fuzz_fail("mkdtemp", NULL);
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

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct jk_diag		 d;
	struct jk_doc		*doc;
	struct jk_epub		*epub;
	struct jk_pdf		*pdf;

	LLVMFuzzerInitialize(NULL, NULL);
	jk_diag_init(&d, "fuzz", NULL);
	d.keep = 1;
	if ((doc = fuzz_backend_doc(data, size, &d)) != NULL) {
		epub = jk_epub_new(fuzz_style(), &d);
		fuzz_rendered(jk_epub_render(epub, doc, epub_path), epub_path,
		    &d);
		jk_epub_free(epub);
		pdf = backends_pdf[size > 0 && (data[0] & 1)];
		jk_pdf_set_issue(pdf, &d, NULL);
		fuzz_rendered(jk_pdf_render(pdf, doc, pdf_path), pdf_path, &d);
		jk_pdf_set_issue(pdf, &backends_diag, NULL);
		jk_doc_free(doc);
	}
	jk_diag_free(&d);
	return 0;
}
