/*
 * fuzz_layout.c -- fast fuzz target of the PDF layout: the bytes become
 * a tree as in fuzz_backends.c (tree XML, else text through the
 * converter), which is laid out and its page/box/line dump written to
 * /dev/null: every line breaker, table, flow and furniture rule runs,
 * but nothing is painted and no file is made (fuzz_backends does that).
 * The style, the fonts and the two renderers (with and without bleed,
 * chosen by the first byte) are made once, and JK_NO_FONT_SUBSET spares
 * each layout the subsets of the fallback faces and their own font
 * set-up (fixed costs: fuzz_backends keeps them).  Corpus:
 * tests/fuzz/corpus/layout/; dictionary: backends.dict.
 */
#include "fuzz.h"
#include "pdf/pdf.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct jk_pdf	*layout_pdf[2];
static FILE		*layout_null;
static struct jk_diag	 layout_diag;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct jk_pdf_opts	 po;
	int			 i;

	if (layout_null != NULL)
		return 0;
	setenv("JK_NO_FONT_SUBSET", "1", 0);
	jk_diag_init(&layout_diag, "fuzz", NULL);
	for (i = 0; i < 2; i++) {
		memset(&po, 0, sizeof(po));
		po.bleed = i;
		layout_pdf[i] = jk_pdf_new(fuzz_style(), &po, &layout_diag);
	}
	if ((layout_null = fopen("/dev/null", "w")) == NULL)
		fuzz_fail("cannot open /dev/null", NULL);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct jk_diag	 d;
	struct jk_doc	*doc;
	struct jk_pdf	*pdf;

	LLVMFuzzerInitialize(NULL, NULL);
	jk_diag_init(&d, "fuzz", NULL);
	d.keep = 1;
	if ((doc = fuzz_backend_doc(data, size, &d)) != NULL) {
		pdf = layout_pdf[size > 0 && (data[0] & 1)];
		jk_pdf_set_issue(pdf, &d, NULL);
		if (jk_pdf_layout_dump(pdf, doc, layout_null) != 0)
			fuzz_fail("layout dump failed", &d);
		jk_pdf_set_issue(pdf, &layout_diag, NULL);
		jk_doc_free(doc);
	}
	jk_diag_free(&d);
	return 0;
}
