/*
 * epub.c -- the EPUB 3 backend: collect the parts of the issue, write
 * every file of the package, zip them with fixed times and write the
 * result atomically.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib-object.h>
#include <zip.h>

#include "epub-int.h"

/* Zip entries cannot be dated before 1980 (DOS time). */
#define EP_MIN_TIME	((time_t)315619200)	/* 1980-01-02T00:00:00Z */

struct jk_epub *
jk_epub_new(const struct jk_style *style, struct jk_diag *diag)
{
	struct jk_epub	*ep;

	ep = jk_xcalloc(1, sizeof(*ep));
	ep->style = style;
	ep->diag = diag;
	/* The project's fonts, whoever calls (done once per process). */
	jk_fonts_setup(diag);
	return ep;
}

void
jk_epub_set_flags(struct jk_epub *ep, unsigned int flags)
{
	ep->flags = flags;
}

void
jk_epub_set_issue(struct jk_epub *ep, struct jk_diag *diag)
{
	ep->diag = diag;
}

void
jk_epub_free(struct jk_epub *ep)
{
	if (ep == NULL)
		return;
	if (ep->cover_fm != NULL)
		g_object_unref(ep->cover_fm);
	free(ep);
}

/* === small helpers ===================================================== */

struct ep_file *
ep_book_add(struct ep_book *b, const char *name, const char *href,
    const char *id, const char *media, const char *props, int spine,
    char *data, size_t len)
{
	struct ep_file	*f;

	b->files = jk_xreallocarray(b->files, b->nfiles + 1, sizeof(*f));
	f = &b->files[b->nfiles++];
	memset(f, 0, sizeof(*f));
	f->name = jk_xstrdup(name);
	f->href = href != NULL ? jk_xstrdup(href) : NULL;
	f->id = id != NULL ? jk_xstrdup(id) : NULL;
	f->media = media;
	f->props = props != NULL ? jk_xstrdup(props) : NULL;
	f->spine = spine;
	f->data = data;
	f->len = len;
	return f;
}

static int
xml_char_ok(unsigned int c)
{
	if (c == 0x9 || c == 0xA || c == 0xD)
		return 1;
	if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
		return 0;
	if (c >= 0xD800 && c <= 0xDFFF)
		return 0;
	if (c == 0xFFFE || c == 0xFFFF || c == 0xFFFD || c > 0x10FFFF)
		return 0;
	return 1;
}

char *
ep_xml_clean(const char *s)
{
	struct jk_buf	 out;
	size_t		 len, i, run;
	unsigned int	 c;
	int		 n;

	jk_buf_init(&out);
	jk_buf_add(&out, "", 0);
	if (s == NULL)
		return jk_buf_detach(&out);
	len = strlen(s);
	/* the bytes kept are copied a run at a time, not one character at
	 * a time: long texts (the font licences) are nearly all kept */
	for (i = run = 0; i < len; i += n) {
		c = jk_utf8_get(s + i, len - i, &n);
		if (n < 1)
			n = 1;
		if (!xml_char_ok(c)) {
			jk_buf_add(&out, s + run, i - run);
			run = i + n;
		}
	}
	jk_buf_add(&out, s + run, len - run);
	return jk_buf_detach(&out);
}

char *
ep_plain(const struct jk_node *n)
{
	struct jk_buf	 b;
	char		*s, *c;

	jk_buf_init(&b);
	jk_buf_add(&b, "", 0);
	if (n != NULL)
		jk_node_plain_buf(n, &b);
	s = jk_buf_detach(&b);
	c = ep_xml_clean(s);
	free(s);
	/* Line breaks are spaces in a title or a nav entry. */
	for (s = c; *s != '\0'; s++)
		if (*s == '\n' || *s == '\r' || *s == '\t')
			*s = ' ';
	g_strstrip(c);
	return c;
}

char *
ep_xml_id(const char *prefix, const char *id)
{
	struct jk_buf	 b;
	const char	*p;

	jk_buf_init(&b);
	jk_buf_puts(&b, prefix);
	for (p = id; p != NULL && *p != '\0'; p++) {
		if (isalnum((unsigned char)*p) || *p == '-' || *p == '_' ||
		    *p == '.')
			jk_buf_putc(&b, *p);
		else
			jk_buf_printf(&b, "_%02x", (unsigned char)*p);
	}
	return jk_buf_detach(&b);
}

/* === metadata ========================================================== */

const char *
ep_meta(const struct ep_book *b, const char *key)
{
	const char	*v = jk_meta_get(b->doc, key);

	return v != NULL && *v != '\0' ? v : NULL;
}

/* urn:uuid from the issue's metadata (name-based, SHA-1, RFC 4122 v5). */
static char *
make_identifier(const struct ep_book *b)
{
	static const char *const keys[] = { "title", "volume", "issue",
	    "date", "publisher" };
	GChecksum	*ck;
	guint8		 d[20];
	gsize		 dlen = sizeof(d);
	const char	*v;
	size_t		 i;

	if ((v = ep_meta(b, "identifier")) != NULL)
		return ep_xml_clean(v);
	ck = g_checksum_new(G_CHECKSUM_SHA1);
	g_checksum_update(ck, (const guchar *)"jikji-issue", -1);
	for (i = 0; i < G_N_ELEMENTS(keys); i++) {
		v = ep_meta(b, keys[i]);
		g_checksum_update(ck, (const guchar *)"\n", 1);
		g_checksum_update(ck, (const guchar *)keys[i], -1);
		g_checksum_update(ck, (const guchar *)"=", 1);
		if (v != NULL)
			g_checksum_update(ck, (const guchar *)v, -1);
	}
	g_checksum_get_digest(ck, d, &dlen);
	g_checksum_free(ck);
	d[6] = (d[6] & 0x0f) | 0x50;
	d[8] = (d[8] & 0x3f) | 0x80;
	return jk_xasprintf("urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-"
	    "%02x%02x-%02x%02x%02x%02x%02x%02x", d[0], d[1], d[2], d[3],
	    d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11], d[12], d[13],
	    d[14], d[15]);
}

/* Parse "YYYY-MM-DDThh:mm:ssZ"; 0 on success. */
static int
parse_modified(const char *s, time_t *t)
{
	struct tm	 tm;
	int		 y, mo, d, h, mi, se;
	char		 z;

	if (strlen(s) != 20 || sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%c",
	    &y, &mo, &d, &h, &mi, &se, &z) != 7 || z != 'Z' ||
	    s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' ||
	    s[16] != ':')
		return -1;
	if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 ||
	    se > 60 || y < 1000)
		return -1;
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = se;
	*t = timegm(&tm);
	return 0;
}

static char *
format_time(time_t t)
{
	struct tm	 tm;
	char		 s[32];

	if (gmtime_r(&t, &tm) == NULL ||
	    strftime(s, sizeof(s), "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		return jk_xstrdup("2000-01-01T00:00:00Z");
	return jk_xstrdup(s);
}

/*
 * libzip writes entry times as local DOS times.  Shift t so that the
 * local time written is t's UTC time: the bytes are then the same
 * whatever the machine's time zone.
 */
static time_t
zip_time(time_t t)
{
	struct tm	 lt;
	time_t		 t1;

	if (localtime_r(&t, &lt) == NULL)
		return t;
	t1 = t - lt.tm_gmtoff;
	/* The offset that counts is the one at the shifted time. */
	if (localtime_r(&t1, &lt) == NULL)
		return t1;
	return t - lt.tm_gmtoff;
}

/*
 * dcterms:modified from meta "modified", else SOURCE_DATE_EPOCH, else the
 * issue date (its first day), else a fixed date: never the clock.
 */
static void
make_modified(struct ep_book *b)
{
	const char	*v, *e;
	char		*end;
	long long	 ll;
	time_t		 t;
	int		 y, mo = 1, d = 1;

	if ((v = ep_meta(b, "modified")) != NULL) {
		if (parse_modified(v, &t) == 0)
			goto done;
		jk_msg(b->diag, JK_M_EPUBMETA, 0, "modified \"%s\" is not "
		    "YYYY-MM-DDThh:mm:ssZ, ignored", v);
	}
	if ((e = getenv("SOURCE_DATE_EPOCH")) != NULL && *e != '\0') {
		errno = 0;
		ll = strtoll(e, &end, 10);
		if (errno == 0 && *end == '\0' && ll >= 0) {
			t = (time_t)ll;
			goto done;
		}
	}
	if ((v = ep_meta(b, "date")) != NULL &&
	    sscanf(v, "%4d-%2d-%2d", &y, &mo, &d) >= 1 && y >= 1000 &&
	    mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
		struct tm tm;

		memset(&tm, 0, sizeof(tm));
		tm.tm_year = y - 1900;
		tm.tm_mon = mo - 1;
		tm.tm_mday = d;
		t = timegm(&tm);
		goto done;
	}
	t = 946684800;		/* 2000-01-01T00:00:00Z */
done:
	b->modified = format_time(t);
	b->mtime = zip_time(t < EP_MIN_TIME ? EP_MIN_TIME : t);
}

/* === parts ============================================================= */

/*
 * The title of a part for the contents and <title>: its title, else its
 * series, else its first heading, else its section label; an advert is
 * an advert, and an article with nothing to name it by is "글 N".
 */
static char *
part_title(const struct jk_node *n, size_t num)
{
	static const enum jk_ntype by[] = { JK_NODE_TITLE,
	    JK_NODE_SERIES };
	struct jk_iter		 it;
	const struct jk_node	*k;
	char			*t;
	size_t			 i;

	for (i = 0; i < G_N_ELEMENTS(by); i++) {
		t = ep_plain(jk_node_child(n, by[i]));
		if (*t != '\0')
			return t;
		free(t);
	}
	if (n->type == JK_NODE_ARTICLE) {
		jk_iter_init(&it, (struct jk_node *)n);
		while (jk_iter_next(&it) != JK_EV_DONE) {
			k = jk_iter_node(&it);
			if (it.ev != JK_EV_ENTER || k->type != JK_NODE_HEADING)
				continue;
			t = ep_plain(k);
			if (*t != '\0')
				return t;
			free(t);
		}
	}
	if (n->label != NULL && *(t = ep_xml_clean(n->label)) != '\0')
		return t;
	if (n->label != NULL)
		free(t);
	if (n->type == JK_NODE_ADVERT)
		return jk_xstrdup(EP_ADVERT_TITLE);
	return jk_xasprintf(EP_ARTICLE_TITLE, num);
}

static void
collect_parts(struct ep_book *b)
{
	const struct jk_node	*n;
	struct ep_part		*p;
	int			 na = 0, nad = 0;

	for (n = b->doc->root->first; n != NULL; n = n->next) {
		if (n->type != JK_NODE_ARTICLE && n->type != JK_NODE_ADVERT)
			continue;
		b->parts = jk_xreallocarray(b->parts, b->nparts + 1,
		    sizeof(*p));
		p = &b->parts[b->nparts++];
		memset(p, 0, sizeof(*p));
		p->node = n;
		p->advert = n->type == JK_NODE_ADVERT;
		p->file = jk_xasprintf("%s%03d.xhtml", p->advert ? "ad" : "c",
		    p->advert ? ++nad : ++na);
		p->title = part_title(n, (size_t)(p->advert ? nad : na));
	}
}

/* === licence =========================================================== */

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * Does a licence text name an embedded face?  A face is named by its
 * family's first word ("Nanum" of "NanumMyeongjo", "Noto" of "Noto Serif
 * CJK KR").
 */
static int
licence_covers(const struct ep_book *b, const char *text)
{
	size_t	 i, k;
	char	*word;
	int	 yes = 0;

	for (i = 0; i < b->nfaces && !yes; i++) {
		const char *f = b->faces[i].family;

		if (b->faces[i].file == NULL)
			continue;
		for (k = 1; f[k] != '\0' && f[k] != ' ' &&
		    !g_ascii_isupper(f[k]); k++)
			continue;
		word = jk_xstrndup(f, k);
		yes = strstr(text, word) != NULL;
		free(word);
	}
	return yes;
}

/* Licence texts of the fonts: *.txt in the project's fonts directory
 * that are SIL Open Font Licences, in name order. */
static void
find_licence(struct ep_book *b)
{
	char		*dirs[3];
	GDir		*dir;
	const char	*e;
	char		**names = NULL, *path, *text;
	size_t		 nn = 0, i, k, len;
	GString		*all;

	/* The places jk_fonts_setup() looks for fonts.conf, in order. */
	dirs[0] = getenv("JIKJI_FONTS_DIR") != NULL ?
	    g_strdup(getenv("JIKJI_FONTS_DIR")) : NULL;
	dirs[1] = g_strdup("fonts");
	dirs[2] = g_build_filename(jk_datadir(), "fonts", NULL);
	all = g_string_new(NULL);
	for (k = 0; k < 3 && nn == 0; k++) {
		if (dirs[k] == NULL ||
		    (dir = g_dir_open(dirs[k], 0, NULL)) == NULL)
			continue;
		while ((e = g_dir_read_name(dir)) != NULL)
			if (g_str_has_suffix(e, ".txt")) {
				names = jk_xreallocarray(names, nn + 1,
				    sizeof(*names));
				names[nn++] = g_build_filename(dirs[k], e,
				    NULL);
			}
		g_dir_close(dir);
	}
	for (k = 0; k < 3; k++)
		g_free(dirs[k]);
	qsort(names, nn, sizeof(*names), cmp_str);
	for (i = 0; i < nn; i++) {
		path = names[i];
		text = jk_file_read(path, &len);
		if (text != NULL && strstr(text, "OPEN FONT LICENSE") != NULL &&
		    licence_covers(b, text)) {
			char *c = ep_xml_clean(text);

			if (all->len > 0)
				g_string_append(all, "\n\n");
			g_string_append(all, c);
			free(c);
		}
		free(text);
		g_free(path);
	}
	free(names);
	if (all->len > 0)
		b->licence = jk_xstrdup(all->str);
	g_string_free(all, TRUE);
}

/* === zip =============================================================== */

static int
zip_book(struct ep_book *b, char **data, size_t *len)
{
	zip_error_t	 ze;
	zip_source_t	*src = NULL, *fs;
	zip_t		*za = NULL;
	zip_stat_t	 st;
	zip_int64_t	 idx, got;
	zip_uint64_t	 done;
	size_t		 i;
	char		*out = NULL;
	int		 rc = -1;

	zip_error_init(&ze);
	if ((src = zip_source_buffer_create(NULL, 0, 0, &ze)) == NULL ||
	    (za = zip_open_from_source(src, ZIP_TRUNCATE, &ze)) == NULL) {
		jk_msg(b->diag, JK_M_EPUB, 0, "%s: zip: %s", b->path,
		    zip_error_strerror(&ze));
		goto out;
	}
	zip_source_keep(src);
	for (i = 0; i < b->nfiles; i++) {
		struct ep_file *f = &b->files[i];

		fs = zip_source_buffer(za, f->data, f->len, 0);
		if (fs == NULL || (idx = zip_file_add(za, f->name, fs,
		    ZIP_FL_ENC_UTF_8)) < 0) {
			jk_msg(b->diag, JK_M_EPUB, 0, "%s: zip: %s: %s",
			    b->path, f->name, zip_strerror(za));
			zip_source_free(fs);
			goto out;
		}
		if (zip_set_file_compression(za, idx, f->store ||
		    (b->ep->flags & JK_EPUB_STORE) ?
		    ZIP_CM_STORE : ZIP_CM_DEFLATE, f->store ? 0 : 1) < 0 ||
		    zip_file_set_mtime(za, idx, b->mtime, 0) < 0) {
			jk_msg(b->diag, JK_M_EPUB, 0, "%s: zip: %s: %s",
			    b->path, f->name, zip_strerror(za));
			goto out;
		}
	}
	if (zip_close(za) < 0) {
		jk_msg(b->diag, JK_M_EPUB, 0, "%s: zip: %s", b->path,
		    zip_strerror(za));
		goto out;
	}
	za = NULL;
	if (zip_source_stat(src, &st) < 0 || zip_source_open(src) < 0) {
		jk_msg(b->diag, JK_M_EPUB, 0, "%s: zip: %s", b->path,
		    zip_error_strerror(zip_source_error(src)));
		goto out;
	}
	out = jk_xmalloc(st.size + 1);
	/* A read may return less than asked: read until the end. */
	for (done = 0; done < st.size; done += (zip_uint64_t)got) {
		got = zip_source_read(src, out + done, st.size - done);
		if (got <= 0)
			break;
	}
	zip_source_close(src);
	if (done != st.size) {
		jk_msg(b->diag, JK_M_EPUB, 0, "%s: zip: short read", b->path);
		goto out;
	}
	*data = out;
	*len = st.size;
	out = NULL;
	rc = 0;
out:
	free(out);
	if (za != NULL)
		zip_discard(za);
	if (src != NULL)
		zip_source_free(src);
	zip_error_fini(&ze);
	return rc;
}

/* === render ============================================================ */

static void
book_free(struct ep_book *b)
{
	size_t	 i;

	for (i = 0; i < b->nfiles; i++) {
		free(b->files[i].name);
		free(b->files[i].href);
		free(b->files[i].id);
		free(b->files[i].props);
		free(b->files[i].data);
	}
	free(b->files);
	for (i = 0; i < b->nparts; i++) {
		free(b->parts[i].file);
		free(b->parts[i].title);
	}
	free(b->parts);
	for (i = 0; i < b->npages; i++) {
		free(b->pages[i].folio);
		free(b->pages[i].href);
	}
	free(b->pages);
	ep_fonts_free(b);
	g_hash_table_destroy(b->idfile);
	g_hash_table_destroy(b->used);
	g_hash_table_destroy(b->suffix);
	g_hash_table_destroy(b->nodeid);
	g_hash_table_destroy(b->treeid);
	g_hash_table_destroy(b->backref);
	g_hash_table_destroy(b->folio);
	g_hash_table_destroy(b->classes);
	free(b->title);
	free(b->identifier);
	free(b->modified);
	free(b->licence);
}

/* Add the content document EPUB/text/FILE (id: FILE without .xhtml) to
 * the spine; takes data. */
static void
add_xhtml(struct ep_book *b, const char *file, const char *props,
    char *data, size_t len)
{
	char	*name = jk_xasprintf("EPUB/text/%s", file);
	char	*href = jk_xasprintf("text/%s", file);
	char	*id = jk_xstrndup(file, strcspn(file, "."));

	ep_book_add(b, name, href, id, "application/xhtml+xml", props, 1,
	    data, len);
	free(name);
	free(href);
	free(id);
}

static int
build(struct ep_book *b)
{
	struct ep_file	*f;
	GString		*css;
	char		*data, *s;
	size_t		 len, i, icss;
	const char	*v, *what;

	collect_parts(b);
	b->identifier = make_identifier(b);
	make_modified(b);
	v = ep_meta(b, "title");
	b->title = ep_xml_clean(v != NULL ? v : b->doc->source != NULL ?
	    b->doc->source : EP_TOC_TITLE);
	ep_xhtml_index(b);
	ep_fonts_collect(b);

	/* mimetype first, stored. */
	f = ep_book_add(b, "mimetype", NULL, NULL, NULL, NULL, 0,
	    jk_xstrdup("application/epub+zip"), 20);
	f->store = 1;
	what = "container.xml";
	if (ep_container(&data, &len) < 0)
		goto fail;
	ep_book_add(b, "META-INF/container.xml", NULL, NULL, NULL, NULL, 0,
	    data, len);

	/* The style sheet is written once the documents are: it has rules
	 * for the classes they use only.  The fonts go in first, for the
	 * licence page. */
	css = g_string_new(NULL);
	if (!(b->ep->flags & JK_EPUB_NO_FONTS))
		ep_fonts_embed(b, css);
	icss = b->nfiles;
	len = css->len;
	ep_book_add(b, "EPUB/css/jikji.css", "css/jikji.css", "css",
	    "text/css", NULL, 0, g_string_free(css, FALSE), len);
	find_licence(b);

	/* Cover picture and page. */
	if (!(b->ep->flags & JK_EPUB_NO_COVER)) {
		if (ep_cover_png(b, &data, &len) < 0)
			return -1;
		b->has_cover = 1;
		f = ep_book_add(b, "EPUB/images/cover.png", "images/cover.png",
		    "cover-image", "image/png", "cover-image", 0, data, len);
		f->store = 1;	/* already compressed */
	}
	what = "cover.xhtml";
	if (ep_xhtml_cover(b, &data, &len) < 0)
		goto fail;
	add_xhtml(b, what, NULL, data, len);

	/* The contents page is the navigation document. */
	b->has_licence = b->licence != NULL;
	what = "nav.xhtml";
	if (ep_nav(b, &data, &len) < 0)
		goto fail;
	add_xhtml(b, what, "nav", data, len);

	for (i = 0; i < b->nparts; i++) {
		what = b->parts[i].file;
		if (ep_xhtml_part(b, &b->parts[i], &data, &len) < 0)
			goto fail;
		add_xhtml(b, what, NULL, data, len);
	}

	if (b->has_licence) {
		what = "licence.xhtml";
		if (ep_xhtml_licence(b, &data, &len) < 0)
			goto fail;
		add_xhtml(b, what, NULL, data, len);
	}

	s = ep_xhtml_css(b->style, b->classes);
	f = &b->files[icss];
	data = jk_xasprintf("%s%s", s, f->data);
	free(s);
	free(f->data);
	f->data = data;
	f->len = strlen(data);

	what = "toc.ncx";
	if (ep_ncx(b, &data, &len) < 0)
		goto fail;
	ep_book_add(b, "EPUB/toc.ncx", "toc.ncx", "ncx",
	    "application/x-dtbncx+xml", NULL, 0, data, len);
	what = "content.opf";
	if (ep_opf(b, &data, &len) < 0)
		goto fail;
	/* The package document goes right after the container. */
	f = ep_book_add(b, "EPUB/content.opf", NULL, NULL, NULL, NULL, 0,
	    data, len);
	{
		struct ep_file tmp = *f;

		memmove(&b->files[3], &b->files[2],
		    (b->nfiles - 3) * sizeof(*f));
		b->files[2] = tmp;
	}
	return 0;
fail:
	jk_msg(b->diag, JK_M_EPUB, 0, "%s: %s: XML writer failed", b->path,
	    what);
	return -1;
}

int
jk_epub_render_mem(struct jk_epub *ep, const struct jk_doc *doc,
    const char *path, char **data, size_t *len)
{
	struct ep_book	 b;
	int		 rc = -1;

	*data = NULL;
	*len = 0;
	memset(&b, 0, sizeof(b));
	b.ep = ep;
	b.style = ep->style;
	b.diag = ep->diag;
	b.doc = doc;
	b.path = path;
	b.lang = jk_meta_get(doc, "language");
	if (b.lang == NULL || *b.lang == '\0')
		b.lang = ep->style->lang != NULL && *ep->style->lang != '\0' ?
		    ep->style->lang : "ko";
	b.idfile = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	b.used = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	b.suffix = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	b.nodeid = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
	    g_free);
	b.treeid = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	b.backref = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	b.folio = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
	    g_free);
	b.classes = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);

	if (doc->root == NULL) {
		jk_msg(ep->diag, JK_M_EPUB, 0, "%s: empty document", path);
		goto out;
	}
	if (build(&b) < 0)
		goto out;
	if (zip_book(&b, data, len) < 0)
		goto out;
	rc = 0;
out:
	book_free(&b);
	return rc;
}

int
jk_epub_render(struct jk_epub *ep, const struct jk_doc *doc, const char *path)
{
	char	*data;
	size_t	 len;
	int	 rc = -1;

	if (jk_epub_render_mem(ep, doc, path, &data, &len) < 0)
		return -1;
	if (jk_file_write_atomic(path, data, len) < 0) {
		jk_msg(ep->diag, JK_M_EPUB, 0, "%s: %s", path,
		    strerror(errno));
		goto out;
	}
	rc = 0;
out:
	free(data);
	return rc;
}
