/*
 * fuzz_epub.c -- fast fuzz target of the EPUB writers: the bytes become
 * a tree as in fuzz_backends.c (tree XML, else text through the
 * converter), which is rendered as an EPUB in memory without font
 * subsets, cover picture or compression (JK_EPUB_NO_FONTS, _NO_COVER,
 * _STORE: fixed costs that do not depend on the input; fuzz_backends
 * keeps them).  The package must open as a zip with the mimetype first,
 * and every XML file in it (XHTML, nav, NCX, OPF, container) must be
 * well-formed; a failed render must come with an error message.  The
 * style and fonts are set up once.  Corpus: tests/fuzz/corpus/epub/;
 * dictionary: backends.dict.
 */
#include <libxml/parser.h>
#include <zip.h>

#include "fuzz.h"
#include "epub/epub.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_style();
	return 0;
}

static int
epub_is_xml(const char *name)
{
	size_t	 n = strlen(name);

	return (n > 6 && strcmp(name + n - 6, ".xhtml") == 0) ||
	    (n > 4 && (strcmp(name + n - 4, ".opf") == 0 ||
	    strcmp(name + n - 4, ".ncx") == 0 ||
	    strcmp(name + n - 4, ".xml") == 0));
}

/* The package opens, starts with the mimetype, and its XML parses. */
static void
epub_check(const char *data, size_t len)
{
	zip_error_t	 ze;
	zip_source_t	*src;
	zip_t		*za;
	zip_file_t	*zf;
	zip_stat_t	 st;
	zip_int64_t	 i, n;
	xmlDocPtr	 x;
	char		*buf;

	zip_error_init(&ze);
	if ((src = zip_source_buffer_create(data, len, 0, &ze)) == NULL ||
	    (za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS,
	    &ze)) == NULL)
		fuzz_fail(zip_error_strerror(&ze), NULL);
	n = zip_get_num_entries(za, 0);
	if (n < 1 || strcmp(zip_get_name(za, 0, 0), "mimetype") != 0)
		fuzz_fail("the package does not start with its mimetype",
		    NULL);
	for (i = 0; i < n; i++) {
		if (zip_stat_index(za, (zip_uint64_t)i, 0, &st) < 0 ||
		    !epub_is_xml(st.name))
			continue;
		buf = jk_xmalloc(st.size + 1);
		if ((zf = zip_fopen_index(za, (zip_uint64_t)i, 0)) == NULL ||
		    zip_fread(zf, buf, st.size) != (zip_int64_t)st.size)
			fuzz_fail("a package entry does not read back", NULL);
		zip_fclose(zf);
		x = xmlReadMemory(buf, (int)st.size, st.name, NULL,
		    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
		if (x == NULL) {
			fwrite(buf, 1, st.size, stderr);
			fprintf(stderr, "\n%s:\n", st.name);
			fuzz_fail("a package file is not well-formed XML", NULL);
		}
		xmlFreeDoc(x);
		free(buf);
	}
	zip_close(za);
	zip_error_fini(&ze);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct jk_diag	 d;
	struct jk_doc	*doc;
	struct jk_epub	*ep;
	char		*out;
	size_t		 len;

	LLVMFuzzerInitialize(NULL, NULL);
	jk_diag_init(&d, "fuzz", NULL);
	d.keep = 1;
	if ((doc = fuzz_backend_doc(data, size, &d)) != NULL) {
		/* a renderer is a calloc: one per input, with its diag */
		ep = jk_epub_new(fuzz_style(), &d);
		jk_epub_set_flags(ep, JK_EPUB_NO_FONTS | JK_EPUB_NO_COVER |
		    JK_EPUB_STORE);
		if (jk_epub_render_mem(ep, doc, "fuzz.epub", &out,
		    &len) == 0) {
			epub_check(out, len);
			free(out);
		} else if (d.worst < JK_ERROR)
			fuzz_fail("render failed without an error message", &d);
		jk_epub_free(ep);
		jk_doc_free(doc);
	}
	jk_diag_free(&d);
	return 0;
}
