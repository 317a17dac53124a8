/*
 * fuzz_xml.c -- fuzz target of the tree XML reader: any bytes go to
 * jk_xml_read (parse, structure check, ids and references); a tree that
 * comes back must pass the checks of fuzz.h, and a refusal must come
 * with an error message.  Corpus: tests/fuzz/corpus/xml/.
 */
#include "fuzz.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct jk_diag	 d;
	struct jk_doc	*doc;

	jk_diag_init(&d, "fuzz.xml", NULL);
	doc = jk_xml_read((const char *)data, size, "fuzz.xml", &d);
	fuzz_check_doc(doc, &d, 1);
	jk_doc_free(doc);
	jk_diag_free(&d);
	return 0;
}
