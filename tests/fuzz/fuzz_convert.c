/*
 * fuzz_convert.c -- fuzz entry point: any bytes go to jk_xml_read (when
 * they look like jikji XML) or to jk_convert (extracted text).  A tree
 * that comes back must pass jk_tree_check, before and after
 * jk_tree_repair, and its XML must read back into a tree that writes the
 * very same bytes.  Any breach aborts.
 *
 * With libFuzzer (clang):
 *   make BUILD=build/fuzz CC=clang CFLAGS="-O1 -g" \
 *       SAN="-fsanitize=fuzzer-no-link,address,undefined" build/fuzz/libjikji.a
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
 *       tests/fuzz/fuzz_convert.c build/fuzz/libjikji.a \
 *       $(pkg-config --libs libxml-2.0 glib-2.0 libzip pangocairo pangoft2 \
 *       harfbuzz harfbuzz-subset fontconfig cairo) -lm \
 *       -o build/fuzz/fuzz_convert
 *   mkdir -p build/fuzz/corpus
 *   build/fuzz/fuzz_convert -max_len=65536 build/fuzz/corpus tests/fuzz/corpus
 * (new inputs go to the first directory).  Crash reproducers, once
 * fixed, go into tests/fuzz/corpus/: tests/check_fuzz.c replays every
 * file there on each `make unit`.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "structure/convert.h"
#include "tree/tree.h"
#include "util/util.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
fuzz_fail(const char *what, const struct jk_diag *d)
{
	fprintf(stderr, "fuzz_convert: %s\n", what);
	if (d != NULL && d->log.len > 0)
		fputs(d->log.data, stderr);
	abort();
}

/* The XML form of doc reads back and writes the same bytes. */
static void
fuzz_round_trip(const struct jk_doc *doc)
{
	struct jk_diag	 d;
	struct jk_doc	*back;
	char		*x, *y;
	size_t		 xlen, ylen;

	if ((x = jk_xml_write(doc, &xlen)) == NULL)
		fuzz_fail("jk_xml_write failed", NULL);
	jk_diag_init(&d, "fuzz.xml", NULL);
	d.keep = 1;
	d.min_level = JK_DEBUG;
	if ((back = jk_xml_read(x, xlen, "fuzz.xml", &d)) == NULL) {
		fputs(x, stderr);
		fuzz_fail("the XML of a checked tree was refused", &d);
	}
	if ((y = jk_xml_write(back, &ylen)) == NULL)
		fuzz_fail("jk_xml_write failed on the tree read back", NULL);
	if (xlen != ylen || memcmp(x, y, xlen) != 0)
		fuzz_fail("XML round trip not exact", NULL);
	free(y);
	free(x);
	jk_doc_free(back);
	jk_diag_free(&d);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct jk_convert_opts	 co;
	struct jk_diag		 d;
	struct jk_doc		*doc;
	const char		*buf = (const char *)data;

	jk_diag_init(&d, "fuzz", NULL);
	memset(&co, 0, sizeof(co));
	co.explain = size > 0 && (data[size - 1] & 1);
	if (jk_xml_sniff(buf, size))
		doc = jk_xml_read(buf, size, "fuzz", &d);
	else
		doc = jk_convert(buf, size, "fuzz", &co, &d);
	if (doc != NULL) {
		if (jk_tree_check(doc->root, stderr) != 0)
			fuzz_fail("tree returned with broken invariants", NULL);
		fuzz_round_trip(doc);
		/* what the CLI does after reading XML: a repair keeps the
		 * tree valid and writable */
		jk_tree_repair(doc, &d);
		if (jk_tree_check(doc->root, stderr) != 0)
			fuzz_fail("repair broke the tree", NULL);
		fuzz_round_trip(doc);
		jk_doc_free(doc);
	} else if (d.worst < JK_ERROR)
		fuzz_fail("NULL tree without an error message", NULL);
	jk_diag_free(&d);
	return 0;
}
