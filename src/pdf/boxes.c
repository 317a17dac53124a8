/*
 * boxes.c -- TrimBox and BleedBox on every page.
 *
 * Cairo writes /MediaBox only, and has no API for the other page boxes.
 * We add them by an incremental update of the file Cairo wrote, the way
 * a PDF editor saves changes (ISO 32000-1, 7.5.6): each page object is
 * appended again under its own object number, as a copy of its
 * dictionary with /TrimBox and /BleedBox added, followed by a new
 * cross-reference section for those objects and a trailer whose /Prev
 * points at Cairo's cross-reference table.  Readers take the newest
 * definition of each object, and the original bytes stay untouched.
 *
 * Why not qpdf's library: Debian 12 has it (libqpdf-dev, C++ with a C
 * API), but it would add a C++ library and its runtime to the whole
 * program for the sake of two keys per page; the incremental update is
 * about 300 lines of C with no dependency, and `qpdf --check` accepts the
 * result.  The parser below only has to read Cairo's own output
 * (uncompressed page objects, a classic cross-reference table) and
 * refuses anything else rather than guess.
 *
 * The same update repairs two faults of Cairo 1.16's output: entries of
 * its cross-reference table for objects it reserved but never wrote
 * (they come with tagged links; `qpdf --check` reports them as damage)
 * are defined as null objects, and /CreationDate and /ModDate, written
 * without the "D:" prefix the PDF date format asks for, get it.
 */
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "pdf-int.h"

struct pobj {
	long	 num, gen;
	size_t	 body, end;	/* after "obj", at "endobj" */
	int	 kind;		/* 0 page, 1 null, 2 info */
};

/* Does the file hold "num gen obj" at off? */
static int
obj_at(const char *d, size_t len, size_t off, long num)
{
	char	*end;
	long	 n;

	if (off >= len || !g_ascii_isdigit(d[off]))
		return 0;
	n = strtol(d + off, &end, 10);
	return n == num && strncmp(end, " 0 obj", 6) == 0;
}

static int
cmp_obj(const void *a, const void *b)
{
	const struct pobj *x = a, *y = b;

	return x->num < y->num ? -1 : x->num > y->num;
}

static const char *
memfind(const char *hay, size_t hlen, const char *needle)
{
	return memmem(hay, hlen, needle, strlen(needle));
}

/* Last occurrence of needle in the buffer. */
static const char *
memrfind(const char *hay, size_t hlen, const char *needle)
{
	size_t	 n = strlen(needle);
	size_t	 i;

	if (hlen < n)
		return NULL;
	for (i = hlen - n + 1; i-- > 0;)
		if (memcmp(hay + i, needle, n) == 0)
			return hay + i;
	return NULL;
}

static int
is_ws(int c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' ||
	    c == '\0';
}

/* Copy the value of /Key (an indirect reference "N G R" or an array)
 * from the trailer dictionary; NULL if absent. */
static char *
trailer_value(const char *t, size_t len, const char *key)
{
	const char	*p = memfind(t, len, key), *e, *end = t + len;

	if (p == NULL)
		return NULL;
	p += strlen(key);
	while (p < end && is_ws(*p))
		p++;
	if (p < end && *p == '[') {
		if ((e = memchr(p, ']', end - p)) == NULL)
			return NULL;
		return jk_xstrndup(p, e - p + 1);
	}
	if ((e = memchr(p, 'R', end - p)) == NULL)
		return NULL;
	return jk_xstrndup(p, e - p + 1);
}

/* Is the object body a page dictionary (/Type /Page, not /Pages)? */
static int
is_page(const char *b, size_t len)
{
	const char	*p = memfind(b, len, "/Type"), *end = b + len;

	if (p == NULL || memfind(b, len, "stream") != NULL)
		return 0;
	p += 5;
	while (p < end && is_ws(*p))
		p++;
	if (end - p < 5 || memcmp(p, "/Page", 5) != 0)
		return 0;
	p += 5;
	return p == end || !g_ascii_isalnum(*p);
}

static void
box(struct jk_buf *o, const char *name, double x0, double y0, double x1,
    double y1)
{
	char	 a[4][G_ASCII_DTOSTR_BUF_SIZE];

	g_ascii_formatd(a[0], sizeof(a[0]), "%.3f", x0);
	g_ascii_formatd(a[1], sizeof(a[1]), "%.3f", y0);
	g_ascii_formatd(a[2], sizeof(a[2]), "%.3f", x1);
	g_ascii_formatd(a[3], sizeof(a[3]), "%.3f", y1);
	jk_buf_printf(o, "   /%s [ %s %s %s %s ]\n", name, a[0], a[1], a[2],
	    a[3]);
}

int
jk_pdf_add_boxes(struct jk_buf *pdf, double mw, double mh, double trim,
    double bleed)
{
	const char	*d = pdf->data, *p, *t, *sx;
	size_t		 len = pdf->len, i;
	struct pobj	*pg = NULL;
	size_t		*offs = NULL;
	int		 npg = 0, rc = -1, k;
	long		 prev, size;
	char		*root = NULL, *info = NULL, *id = NULL, *end;
	struct jk_buf	 o;

	if (d == NULL || len < 32 || memcmp(d, "%PDF-", 5) != 0)
		return -1;
	/* the last cross-reference section and trailer */
	if ((sx = memrfind(d, len, "startxref")) == NULL)
		return -1;
	prev = strtol(sx + 9, &end, 10);
	if (end == sx + 9 || prev <= 0 || (size_t)prev >= len ||
	    strncmp(d + prev, "xref", 4) != 0)
		return -1;
	if ((t = memrfind(d, sx - d, "trailer")) == NULL)
		return -1;
	root = trailer_value(t, sx - t, "/Root");
	info = trailer_value(t, sx - t, "/Info");
	id = trailer_value(t, sx - t, "/ID");
	if ((p = memfind(t, sx - t, "/Size")) == NULL || root == NULL)
		goto out;
	size = strtol(p + 5, &end, 10);
	if (size <= 0)
		goto out;

	/* objects: "N G obj" at a line start, up to "endobj" */
	for (i = 0; i < (size_t)prev; ) {
		const char	*q = d + i, *e;
		long		 num, gen;

		if (!(i == 0 || d[i - 1] == '\n' || d[i - 1] == '\r') ||
		    !g_ascii_isdigit(*q)) {
			i++;
			continue;
		}
		num = strtol(q, &end, 10);
		if (*end != ' ')
			goto next;
		gen = strtol(end + 1, &end, 10);
		if (strncmp(end, " obj", 4) != 0)
			goto next;
		end += 4;
		if ((e = memfind(end, d + prev - end, "endobj")) == NULL)
			goto out;
		if (is_page(end, e - end)) {
			pg = jk_xreallocarray(pg, npg + 1, sizeof(*pg));
			pg[npg].num = num;
			pg[npg].gen = gen;
			pg[npg].body = end - d;
			pg[npg].end = e - d;
			pg[npg].kind = 0;
			npg++;
		}
		i = e - d + 6;
		continue;
next:
		i++;
	}
	if (npg == 0)
		goto out;
	/* entries of Cairo's table that point at no object */
	{
		const char	*x = d + prev + 4;
		long		 first, cnt, e;

		while (x < sx && is_ws(*x))
			x++;
		while (x < sx && g_ascii_isdigit(*x)) {
			first = strtol(x, &end, 10);
			cnt = strtol(end, &end, 10);
			x = end;
			while (x < sx && is_ws(*x))
				x++;
			for (e = 0; e < cnt && x + 20 <= sx; e++, x += 20) {
				unsigned long off = strtoul(x, NULL, 10);
				if (x[17] == 'n' && !obj_at(d, len, off,
				    first + e)) {
					pg = jk_xreallocarray(pg, npg + 1,
					    sizeof(*pg));
					memset(&pg[npg], 0, sizeof(*pg));
					pg[npg].num = first + e;
					pg[npg++].kind = 1;
				}
			}
		}
	}
	/* the information dictionary, if its dates lack "D:" */
	if (info != NULL) {
		long	 inum = strtol(info, NULL, 10);
		int	 k2;

		for (i = 0; i + 1 < (size_t)prev; i++) {
			if ((i == 0 || d[i - 1] == '\n') && obj_at(d, len, i, inum))
				break;
		}
		if (i + 1 < (size_t)prev) {
			const char *b = memchr(d + i, 'j', prev - i), *e;

			if (b != NULL && (e = memfind(b, d + prev - b,
			    "endobj")) != NULL && (memfind(b, e - b,
			    "Date (2") != NULL || memfind(b, e - b,
			    "Date (1") != NULL)) {
				k2 = npg;
				pg = jk_xreallocarray(pg, npg + 1, sizeof(*pg));
				pg[k2].num = inum;
				pg[k2].gen = 0;
				pg[k2].body = b + 1 - d;
				pg[k2].end = e - d;
				pg[k2].kind = 2;
				npg++;
			}
		}
	}
	qsort(pg, npg, sizeof(*pg), cmp_obj);

	jk_buf_init(&o);
	if (d[len - 1] != '\n')
		jk_buf_putc(&o, '\n');
	offs = jk_xcalloc(npg, sizeof(*offs));
	for (k = 0; k < npg; k++) {
		const char	*b = d + pg[k].body;
		size_t		 bl = pg[k].end - pg[k].body;
		const char	*close;

		if (pg[k].kind == 1) {
			offs[k] = len + o.len;
			jk_buf_printf(&o, "%ld 0 obj\nnull\nendobj\n",
			    pg[k].num);
			continue;
		}
		if (pg[k].kind == 2) {
			size_t	 j;

			offs[k] = len + o.len;
			jk_buf_printf(&o, "%ld 0 obj", pg[k].num);
			for (j = 0; j < bl; j++) {
				jk_buf_putc(&o, b[j]);
				if (b[j] == '(' && j >= 5 &&
				    memcmp(b + j - 5, "Date ", 5) == 0 &&
				    j + 1 < bl && b[j + 1] != 'D')
					jk_buf_puts(&o, "D:");
			}
			jk_buf_puts(&o, "endobj\n");
			continue;
		}

		/* the dictionary's closing ">>" */
		while (bl > 0 && is_ws(b[bl - 1]))
			bl--;
		if (bl < 2 || b[bl - 1] != '>' || b[bl - 2] != '>' ||
		    memfind(b, bl, "/TrimBox") != NULL) {
			jk_buf_free(&o);
			goto out;
		}
		close = b + bl - 2;
		offs[k] = len + o.len;
		jk_buf_printf(&o, "%ld %ld obj", pg[k].num, pg[k].gen);
		jk_buf_add(&o, b, close - b);
		if (o.data[o.len - 1] != '\n')
			jk_buf_putc(&o, '\n');
		box(&o, "TrimBox", trim, trim, mw - trim, mh - trim);
		box(&o, "BleedBox", bleed, bleed, mw - bleed, mh - bleed);
		jk_buf_puts(&o, ">>\nendobj\n");
	}
	{
		size_t	 xref = len + o.len;

		jk_buf_puts(&o, "xref\n");
		for (k = 0; k < npg; k++)
			jk_buf_printf(&o, "%ld 1\n%010lu %05ld n \n", pg[k].num,
			    (unsigned long)offs[k], pg[k].gen);
		jk_buf_printf(&o, "trailer\n<< /Size %ld\n   /Root %s\n", size,
		    root);
		if (info != NULL)
			jk_buf_printf(&o, "   /Info %s\n", info);
		if (id != NULL)
			jk_buf_printf(&o, "   /ID %s\n", id);
		jk_buf_printf(&o, "   /Prev %ld\n>>\nstartxref\n%lu\n%%%%EOF\n",
		    prev, (unsigned long)xref);
	}
	jk_buf_add(pdf, o.data, o.len);
	jk_buf_free(&o);
	rc = 0;
out:
	free(pg);
	free(offs);
	free(root);
	free(info);
	free(id);
	return rc;
}
