/*
 * fuzz.h -- what every fuzz target checks of a tree it got back: the
 * tree invariants, before and after jk_tree_repair, and an exact XML
 * round trip.  Any breach aborts, which libFuzzer (or Check, when
 * tests/check_fuzz.c replays the corpus) reports as a crash.
 */
#ifndef JK_FUZZ_H
#define JK_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <fontconfig/fontconfig.h>

#include "tree/tree.h"
#include "util/util.h"
#include "style/style.h"
#include "structure/convert.h"

static inline void
fuzz_fail(const char *what, const struct jk_diag *d)
{
	fprintf(stderr, "fuzz: %s\n", what);
	if (d != NULL && d->log.len > 0)
		fputs(d->log.data, stderr);
	abort();
}

/* The XML form of doc reads back and writes the same bytes. */
static inline void
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

/*
 * A tree that came back (or NULL, which needs an error message in d):
 * sound as it is, sound and writable after the repair the CLI does.
 * trip_before: also round-trip it before the repair (a converted tree
 * is repaired already: once is enough).  Leaves doc repaired.
 */
static inline void
fuzz_check_doc(struct jk_doc *doc, struct jk_diag *d, int trip_before)
{
	if (doc == NULL) {
		if (d->worst < JK_ERROR)
			fuzz_fail("NULL tree without an error message", d);
		return;
	}
	if (jk_tree_check(doc->root, stderr) != 0)
		fuzz_fail("tree returned with broken invariants", NULL);
	if (trip_before)
		fuzz_round_trip(doc);
	jk_tree_repair(doc, d);
	if (jk_tree_check(doc->root, stderr) != 0)
		fuzz_fail("repair broke the tree", NULL);
	fuzz_round_trip(doc);
}

/*
 * The default style with the project's fonts, made once per process (the
 * backend targets call it from LLVMFuzzerInitialize and on each input, so
 * a replay without libFuzzer gets it too).  Fontconfig is set up here,
 * never per input, and does not rescan the font directories in a long
 * run: the fonts stay the same for every input.
 */
static inline void
fuzz_dirs(void)
{
	/* the project's styles and fonts, when run from its root */
	setenv("JIKJI_STYLE_DIR", "styles", 0);
	setenv("JIKJI_FONTS_DIR", "fonts", 0);
}

static inline const struct jk_style *
fuzz_style(void)
{
	static struct jk_style	*style;
	struct jk_diag		 d;

	if (style != NULL)
		return style;
	fuzz_dirs();
	jk_diag_init(&d, "fuzz", stderr);
	if ((style = jk_style_load(NULL, &d)) == NULL)
		fuzz_fail("no default style", &d);
	jk_fonts_setup(&d);
	FcConfigSetRescanInterval(NULL, 0);
	jk_diag_free(&d);
	return style;
}

/*
 * The tree a backend target renders: the bytes read as tree XML or, when
 * they are not jikji XML, converted as text; then repaired as the CLI
 * does.  NULL (with an error message in d, else it aborts) when there is
 * none.
 */
static inline struct jk_doc *
fuzz_backend_doc(const uint8_t *data, size_t size, struct jk_diag *d)
{
	struct jk_convert_opts	 co;
	struct jk_doc		*doc;
	const char		*buf = (const char *)data;

	memset(&co, 0, sizeof(co));
	if (jk_xml_sniff(buf, size))
		doc = jk_xml_read(buf, size, "fuzz", d);
	else
		doc = jk_convert(buf, size, "fuzz", &co, d);
	if (doc == NULL) {
		if (d->worst < JK_ERROR)
			fuzz_fail("NULL tree without an error message", d);
		return NULL;
	}
	jk_tree_repair(doc, d);
	if (jk_tree_check(doc->root, stderr) != 0)
		fuzz_fail("repair broke the tree", NULL);
	return doc;
}

#endif
