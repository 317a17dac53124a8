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
 * The same update completes what a print shop's and an accessibility
 * checker's preflight ask for and Cairo 1.16 cannot write: the catalog
 * gets /Lang, an XMP /Metadata stream (written by pdf.c, appended here as
 * a new object), /ViewerPreferences << /DisplayDocTitle true >> and, in a
 * tagged file where Cairo left it out, /MarkInfo << /Marked true >>; the
 * trailer gets an /ID made from the MD5 of Cairo's bytes, so the same
 * content gives the same file; and each page's content stream is written
 * again with its colours made ready for press and, in a tagged file, what
 * is not in the structure marked as artifacts (ink.c).
 *
 * It also repairs two faults of Cairo 1.16's output: entries of
 * its cross-reference table for objects it reserved but never wrote
 * (they come with tagged links; `qpdf --check` reports them as damage)
 * are defined as null objects, and /CreationDate and /ModDate, written
 * without the "D:" prefix the PDF date format asks for, get it.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "pdf-int.h"

enum { K_PAGE, K_NULL, K_INFO, K_ROOT, K_CONTENT };

/* An object the update writes again. */
struct pobj {
	long	 num, gen;
	size_t	 body, end;	/* after "obj", at "endobj" */
	int	 kind;		/* K_* */
};

/* Where Cairo wrote object n (tab[n]). */
struct oloc {
	size_t	 body, end;
	int	 seen, ink;
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

	/* rounded inwards: a box never pokes out of the media box (a
	 * PDF/X checker refuses a TrimBox beyond the BleedBox it is
	 * clipped to) */
	g_ascii_formatd(a[0], sizeof(a[0]), "%.3f", ceil(x0 * 1000) / 1000);
	g_ascii_formatd(a[1], sizeof(a[1]), "%.3f", ceil(y0 * 1000) / 1000);
	g_ascii_formatd(a[2], sizeof(a[2]), "%.3f", floor(x1 * 1000) / 1000);
	g_ascii_formatd(a[3], sizeof(a[3]), "%.3f", floor(y1 * 1000) / 1000);
	jk_buf_printf(o, "   /%s [ %s %s %s %s ]\n", name, a[0], a[1], a[2],
	    a[3]);
}

/* The value of /Key in a dictionary: a number, or the object number of an
 * indirect reference (*ref set); -1 if absent. */
static long
dict_num(const char *b, size_t len, const char *key, int *ref)
{
	const char	*p = memfind(b, len, key), *e = b + len;
	char		*end;
	long		 v, g;

	*ref = 0;
	if (p == NULL)
		return -1;
	p += strlen(key);
	if (p < e && !is_ws(*p))
		return -1;
	v = strtol(p, &end, 10);
	if (end == p || v < 0)
		return -1;
	g = strtol(end, &end, 10);
	(void)g;
	while (end < e && is_ws(*end))
		end++;
	if (end < e && *end == 'R')
		*ref = 1;
	return v;
}

/* Copy dictionary body b (up to its closing ">>") into o; -1 if it does
 * not end in ">>".  The caller adds keys and closes it. */
static int
dict_open(struct jk_buf *o, const char *b, size_t bl)
{
	while (bl > 0 && is_ws(b[bl - 1]))
		bl--;
	if (bl < 2 || b[bl - 1] != '>' || b[bl - 2] != '>')
		return -1;
	jk_buf_add(o, b, bl - 2);
	if (o->len > 0 && o->data[o->len - 1] != '\n')
		jk_buf_putc(o, '\n');
	return 0;
}

/* A PDF literal string of ASCII letters, digits and hyphens. */
static int
lang_ok(const char *l)
{
	if (l == NULL || *l == '\0' || strlen(l) > 35)
		return 0;
	for (; *l != '\0'; l++)
		if (!g_ascii_isalnum(*l) && *l != '-')
			return 0;
	return 1;
}

/* Content stream object at tab entry (body, end): rewrite its colours
 * into o as object num, and in a tagged file mark its artifacts.  -1 if
 * the stream has an unexpected shape. */
static int
ink_object(struct jk_buf *o, const char *d, const struct oloc *tab,
    long size, long num, int tagged)
{
	const char	*b = d + tab[num].body, *e = d + tab[num].end;
	const char	*st = memfind(b, e - b, "stream"), *data;
	long		 n;
	int		 ref, flate;
	struct jk_buf	 z;

	if (st == NULL)
		return -1;
	n = dict_num(b, st - b, "/Length", &ref);
	if (ref) {
		if (n >= size || !tab[n].seen)
			return -1;
		n = strtol(d + tab[n].body, NULL, 10);
	}
	flate = memfind(b, st - b, "/FlateDecode") != NULL;
	if (n < 0 || (!flate && memfind(b, st - b, "/Filter") != NULL))
		return -1;
	data = st + 6;
	if (data < e && *data == '\r')
		data++;
	if (data < e && *data == '\n')
		data++;
	if (n > e - data)
		return -1;
	jk_buf_init(&z);
	if (jk_pdf_ink_stream(data, n, flate, tagged, &z) != 0) {
		jk_buf_free(&z);
		return -1;
	}
	jk_buf_printf(o, "%ld 0 obj\n<< /Length %lu%s >>\nstream\n", num,
	    (unsigned long)z.len, flate ? " /Filter /FlateDecode" : "");
	jk_buf_add(o, z.data, z.len);
	jk_buf_puts(o, "\nendstream\nendobj\n");
	jk_buf_free(&z);
	return 0;
}

static void
add_obj(struct pobj **pg, int *n, long num, long gen, size_t body,
    size_t end, int kind)
{
	*pg = jk_xreallocarray(*pg, *n + 1, sizeof(**pg));
	(*pg)[*n].num = num;
	(*pg)[*n].gen = gen;
	(*pg)[*n].body = body;
	(*pg)[*n].end = end;
	(*pg)[*n].kind = kind;
	(*n)++;
}

int
jk_pdf_add_boxes(struct jk_buf *pdf, const struct jk_pdf_fix *fx)
{
	const char	*d = pdf->data, *p, *t, *sx;
	size_t		 len = pdf->len, i;
	struct pobj	*pg = NULL;
	struct oloc	*tab = NULL;
	size_t		*offs = NULL;
	int		 npg = 0, rc = -1, k, ref;
	long		 prev, size, rnum, nsize;
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
	if (size <= 0 || size > (long)len)
		goto out;
	tab = jk_xcalloc(size, sizeof(*tab));

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
		if (num >= 0 && num < size) {
			tab[num].body = end - d;
			tab[num].end = e - d;
			tab[num].seen = 1;
		}
		if (is_page(end, e - end))
			add_obj(&pg, &npg, num, gen, end - d, e - d, K_PAGE);
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
				    first + e))
					add_obj(&pg, &npg, first + e, 0, 0, 0,
					    K_NULL);
			}
		}
	}
	/* the information dictionary, if its dates lack "D:" */
	if (info != NULL) {
		long	 inum = strtol(info, NULL, 10);

		if (inum >= 0 && inum < size && tab[inum].seen) {
			const char *b = d + tab[inum].body;
			size_t	    bl = tab[inum].end - tab[inum].body;

			if (memfind(b, bl, "Date (2") != NULL ||
			    memfind(b, bl, "Date (1") != NULL)
				add_obj(&pg, &npg, inum, 0, tab[inum].body,
				    tab[inum].end, K_INFO);
		}
	}
	/* the catalog, for /Lang, /Metadata and /ViewerPreferences */
	rnum = strtol(root, NULL, 10);
	if (rnum < 0 || rnum >= size || !tab[rnum].seen)
		goto out;
	if (lang_ok(fx->lang) || fx->xmp != NULL || fx->title)
		add_obj(&pg, &npg, rnum, 0, tab[rnum].body, tab[rnum].end,
		    K_ROOT);
	/* each page's content, for its colours */
	for (k = 0, i = npg; fx->ink && k < (int)i; k++) {
		long	 c;

		if (pg[k].kind != K_PAGE)
			continue;
		c = dict_num(d + pg[k].body, pg[k].end - pg[k].body,
		    "/Contents", &ref);
		if (c < 0 || c >= size || !ref || !tab[c].seen)
			goto out;
		if (tab[c].ink)
			continue;
		tab[c].ink = 1;
		add_obj(&pg, &npg, c, 0, tab[c].body, tab[c].end, K_CONTENT);
	}
	qsort(pg, npg, sizeof(*pg), cmp_obj);
	nsize = size + (fx->xmp != NULL);

	jk_buf_init(&o);
	if (d[len - 1] != '\n')
		jk_buf_putc(&o, '\n');
	offs = jk_xcalloc(npg + 1, sizeof(*offs));
	for (k = 0; k < npg; k++) {
		const char	*b = d + pg[k].body;
		size_t		 bl = pg[k].end - pg[k].body;

		offs[k] = len + o.len;
		switch (pg[k].kind) {
		case K_NULL:
			jk_buf_printf(&o, "%ld 0 obj\nnull\nendobj\n",
			    pg[k].num);
			continue;
		case K_INFO:
			jk_buf_printf(&o, "%ld 0 obj", pg[k].num);
			for (size_t j = 0; j < bl; j++) {
				jk_buf_putc(&o, b[j]);
				if (b[j] == '(' && j >= 5 &&
				    memcmp(b + j - 5, "Date ", 5) == 0 &&
				    j + 1 < bl && b[j + 1] != 'D')
					jk_buf_puts(&o, "D:");
			}
			jk_buf_puts(&o, "endobj\n");
			continue;
		case K_CONTENT:
			if (ink_object(&o, d, tab, size, pg[k].num,
			    memfind(d + tab[rnum].body, tab[rnum].end -
			    tab[rnum].body, "/StructTreeRoot") != NULL) != 0)
				goto fail;
			continue;
		case K_ROOT:
			jk_buf_printf(&o, "%ld 0 obj", pg[k].num);
			if (memfind(b, bl, "/Lang") != NULL ||
			    memfind(b, bl, "/Metadata") != NULL ||
			    memfind(b, bl, "/ViewerPreferences") != NULL ||
			    dict_open(&o, b, bl) != 0)
				goto fail;
			if (lang_ok(fx->lang))
				jk_buf_printf(&o, "   /Lang (%s)\n", fx->lang);
			if (fx->xmp != NULL)
				jk_buf_printf(&o, "   /Metadata %ld 0 R\n",
				    size);
			if (fx->title)
				jk_buf_puts(&o, "   /ViewerPreferences "
				    "<< /DisplayDocTitle true >>\n");
			/* Cairo 1.16 leaves it out on some tagged files */
			if (memfind(b, bl, "/StructTreeRoot") != NULL &&
			    memfind(b, bl, "/MarkInfo") == NULL)
				jk_buf_puts(&o, "   /MarkInfo << /Marked true >>\n");
			jk_buf_puts(&o, ">>\nendobj\n");
			continue;
		default:
			break;
		}
		/* a page: its dictionary with the two boxes */
		if (memfind(b, bl, "/TrimBox") != NULL)
			goto fail;
		jk_buf_printf(&o, "%ld %ld obj", pg[k].num, pg[k].gen);
		if (dict_open(&o, b, bl) != 0)
			goto fail;
		box(&o, "TrimBox", fx->trim_off, fx->trim_off,
		    fx->media_w - fx->trim_off, fx->media_h - fx->trim_off);
		box(&o, "BleedBox", fx->bleed_off, fx->bleed_off,
		    fx->media_w - fx->bleed_off, fx->media_h - fx->bleed_off);
		jk_buf_puts(&o, ">>\nendobj\n");
	}
	if (fx->xmp != NULL) {
		offs[npg] = len + o.len;
		jk_buf_printf(&o, "%ld 0 obj\n<< /Type /Metadata /Subtype /XML "
		    "/Length %lu >>\nstream\n", size,
		    (unsigned long)strlen(fx->xmp));
		jk_buf_puts(&o, fx->xmp);
		jk_buf_puts(&o, "\nendstream\nendobj\n");
	}
	{
		size_t	 xref = len + o.len;

		jk_buf_puts(&o, "xref\n");
		for (k = 0; k < npg; k++)
			jk_buf_printf(&o, "%ld 1\n%010lu %05ld n \n", pg[k].num,
			    (unsigned long)offs[k], pg[k].gen);
		if (fx->xmp != NULL)
			jk_buf_printf(&o, "%ld 1\n%010lu 00000 n \n", size,
			    (unsigned long)offs[npg]);
		jk_buf_printf(&o, "trailer\n<< /Size %ld\n   /Root %s\n", nsize,
		    root);
		if (info != NULL)
			jk_buf_printf(&o, "   /Info %s\n", info);
		if (id != NULL)
			jk_buf_printf(&o, "   /ID %s\n", id);
		else {
			/* from the content: the same file, the same /ID */
			char *h = g_compute_checksum_for_data(G_CHECKSUM_MD5,
			    (const guchar *)d, len);

			jk_buf_printf(&o, "   /ID [<%s> <%s>]\n", h, h);
			g_free(h);
		}
		jk_buf_printf(&o, "   /Prev %ld\n>>\nstartxref\n%lu\n%%%%EOF\n",
		    prev, (unsigned long)xref);
	}
	jk_buf_add(pdf, o.data, o.len);
	jk_buf_free(&o);
	rc = 0;
	goto out;
fail:
	jk_buf_free(&o);
out:
	free(pg);
	free(tab);
	free(offs);
	free(root);
	free(info);
	free(id);
	return rc;
}
