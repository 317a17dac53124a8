/*
 * fuzz_convert.c -- fuzz target of the text converter: any bytes go to
 * jk_convert (detection of the encoding, cleanup, structure, repair); a
 * tree that comes back must pass the checks of fuzz.h.
 *
 * `make fuzz` builds it with clang -fsanitize=fuzzer,address,undefined
 * and runs it (tests/fuzz/run).  Inputs that ever failed are kept in
 * tests/fuzz/corpus/convert/; tests/check_fuzz.c replays them.
 */
#include "fuzz.h"
#include "structure/convert.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct jk_convert_opts	 co;
	struct jk_diag		 d;
	struct jk_doc		*doc;

	jk_diag_init(&d, "fuzz", NULL);
	memset(&co, 0, sizeof(co));
	co.explain = size > 0 && (data[size - 1] & 1);
	doc = jk_convert((const char *)data, size, "fuzz", &co, &d);
	fuzz_check_doc(doc, &d, 0);
	jk_doc_free(doc);
	jk_diag_free(&d);
	return 0;
}
