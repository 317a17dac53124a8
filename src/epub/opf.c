/*
 * opf.c -- the package document, the container file, the navigation
 * document (contents, landmarks, page list) and the NCX for older
 * reading systems.
 */
#include <stdlib.h>
#include <string.h>

#include "epub-int.h"

#define NS_OPF		"http://www.idpf.org/2007/opf"
#define NS_DC		"http://purl.org/dc/elements/1.1/"
#define NS_NCX		"http://www.daisy.org/z3986/2005/ncx/"
#define NS_CONTAINER	"urn:oasis:names:tc:opendocument:xmlns:container"

int
ep_container(char **data, size_t *len)
{
	struct ep_xw	 x;

	if (ep_xw_open(&x) < 0)
		return -1;
	ep_xw_start(&x, "container");
	ep_xw_attr(&x, "version", "1.0");
	ep_xw_attr(&x, "xmlns", NS_CONTAINER);
	ep_xw_nl(&x);
	ep_xw_start(&x, "rootfiles");
	ep_xw_nl(&x);
	ep_xw_start(&x, "rootfile");
	ep_xw_attr(&x, "full-path", "EPUB/content.opf");
	ep_xw_attr(&x, "media-type", "application/oebps-package+xml");
	ep_xw_end(&x);
	ep_xw_nl(&x);
	ep_xw_end(&x);
	ep_xw_nl(&x);
	ep_xw_end(&x);
	ep_xw_nl(&x);
	return ep_xw_close(&x, data, len);
}

/* === contents entries ================================================== */

struct ent {
	int	 depth;		/* 1: article, 2: its level-1 headings */
	char	*series;	/* an article's series, or NULL */
	char	*label;
	char	*href;		/* relative to the text/ directory */
};

static struct ent *
ent_add(struct ent **e, size_t *n, int depth, char *label, char *href)
{
	struct ent	*r;

	*e = jk_xreallocarray(*e, *n + 1, sizeof(**e));
	r = &(*e)[(*n)++];
	r->depth = depth;
	r->series = NULL;
	r->label = label;
	r->href = href;
	return r;
}

/*
 * The contents for a reader: each article (with its series when the
 * title is not the series itself) and its level-1 headings; deeper
 * headings are for the reader's own paging, not the contents.
 */
static size_t
entries(struct ep_book *b, struct ent **out)
{
	struct ent		*e = NULL, *a;
	size_t			 n = 0, i;
	struct jk_iter		 it;
	const struct jk_node	*k;
	const char		*id;
	char			*label;

	for (i = 0; i < b->nparts; i++) {
		const struct ep_part *p = &b->parts[i];

		if (p->advert)
			continue;
		a = ent_add(&e, &n, 1, jk_xstrdup(p->title),
		    jk_xstrdup(p->file));
		a->series = ep_plain(jk_node_child(p->node, JK_NODE_SERIES));
		if (*a->series == '\0' || strcmp(a->series, a->label) == 0) {
			free(a->series);
			a->series = NULL;
		}
		jk_iter_init(&it, (struct jk_node *)p->node);
		while (jk_iter_next(&it) != JK_EV_DONE) {
			k = jk_iter_node(&it);
			if (it.ev != JK_EV_ENTER || k->type != JK_NODE_HEADING ||
			    k->level > 1)
				continue;
			label = ep_plain(k);
			if (*label == '\0') {
				free(label);
				continue;
			}
			id = g_hash_table_lookup(b->nodeid, k);
			ent_add(&e, &n, 2, label, id != NULL ?
			    jk_xasprintf("%s#%s", p->file, id) :
			    jk_xstrdup(p->file));
		}
	}
	if (b->has_licence)
		ent_add(&e, &n, 1, jk_xstrdup(EP_LICENCE_TITLE),
		    jk_xstrdup("licence.xhtml"));
	if (n == 0)
		ent_add(&e, &n, 1, jk_xstrdup(EP_COVER_TITLE),
		    jk_xstrdup("cover.xhtml"));
	*out = e;
	return n;
}

static void
entries_free(struct ent *e, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		free(e[i].series);
		free(e[i].label);
		free(e[i].href);
	}
	free(e);
}

/*
 * Write the entries as nested lists: open_group/close_group around each
 * level, open_item/close_item around each entry.  A level that jumps by
 * more than one is nested one deeper only.
 */
struct nest_ops {
	void	(*open_group)(struct ep_xw *);
	void	(*close_group)(struct ep_xw *);
	void	(*open_item)(struct ep_xw *, const struct ent *, int order);
	void	(*close_item)(struct ep_xw *);
};

static int
nest(struct ep_xw *x, const struct ent *e, size_t n,
    const struct nest_ops *ops)
{
	size_t	 i;
	int	 d = 0, t, maxd = 0;

	for (i = 0; i < n; i++) {
		t = e[i].depth < d + 1 ? e[i].depth : d + 1;
		if (t < 1)
			t = 1;
		if (t > d) {
			ops->open_group(x);
			d = t;
		} else {
			ops->close_item(x);
			while (d > t) {
				ops->close_group(x);
				ops->close_item(x);
				d--;
			}
		}
		if (d > maxd)
			maxd = d;
		ops->open_item(x, &e[i], (int)i + 1);
	}
	while (d > 0) {
		ops->close_item(x);
		ops->close_group(x);
		d--;
	}
	return maxd;
}

/* === nav =============================================================== */

static void
nav_open_group(struct ep_xw *x)
{
	ep_xw_nl(x);
	ep_xw_start(x, "ol");
	ep_xw_nl(x);
}

static void
nav_close_group(struct ep_xw *x)
{
	ep_xw_end(x);
	ep_xw_nl(x);
}

static void
nav_open_item(struct ep_xw *x, const struct ent *e, int order)
{
	ep_xw_start(x, "li");
	ep_xw_start(x, "a");
	ep_xw_attr(x, "href", e->href);
	if (e->series != NULL) {
		ep_xw_start(x, "span");
		ep_xw_attr(x, "class", "toc-series");
		ep_xw_text(x, e->series);
		ep_xw_end(x);
		ep_xw_text(x, " ");
	}
	ep_xw_text(x, e->label);
	ep_xw_end(x);
}

static void
nav_close_item(struct ep_xw *x)
{
	ep_xw_end(x);
	ep_xw_nl(x);
}

static const struct nest_ops nav_ops = {
	nav_open_group, nav_close_group, nav_open_item, nav_close_item
};

static void
nav_link(struct ep_xw *x, const char *type, const char *href,
    const char *label)
{
	ep_xw_start(x, "li");
	ep_xw_start(x, "a");
	if (type != NULL)
		ep_xw_attr(x, "epub:type", type);
	ep_xw_attr(x, "href", href);
	ep_xw_text(x, label);
	ep_xw_end(x);
	ep_xw_end(x);
	ep_xw_nl(x);
}

int
ep_nav(struct ep_book *b, char **data, size_t *len)
{
	struct ep_xw	 x;
	struct ent	*e;
	size_t		 n, i;

	if (ep_xw_open(&x) < 0)
		return -1;
	n = entries(b, &e);
	ep_xhtml_head(b, &x, EP_TOC_TITLE, "frontmatter");

	ep_xw_start(&x, "nav");
	ep_xw_attr(&x, "epub:type", "toc");
	ep_xw_attr(&x, "id", "toc");
	ep_xw_attr(&x, "role", "doc-toc");
	ep_xw_attr(&x, "class", "toc");
	ep_xw_nl(&x);
	ep_xw_elem(&x, "h1", EP_TOC_TITLE);
	nest(&x, e, n, &nav_ops);
	ep_xw_end(&x);
	ep_xw_nl(&x);

	ep_xw_start(&x, "nav");
	ep_xw_attr(&x, "epub:type", "landmarks");
	ep_xw_attr(&x, "hidden", "hidden");
	ep_xw_nl(&x);
	ep_xw_elem(&x, "h2", EP_LANDMARKS_TITLE);
	ep_xw_nl(&x);
	ep_xw_start(&x, "ol");
	ep_xw_nl(&x);
	nav_link(&x, "cover", "cover.xhtml", EP_COVER_TITLE);
	nav_link(&x, "toc", "#toc", EP_TOC_TITLE);
	for (i = 0; i < b->nparts; i++)
		if (!b->parts[i].advert) {
			nav_link(&x, "bodymatter", b->parts[i].file,
			    b->parts[i].title);
			break;
		}
	ep_xw_end(&x);
	ep_xw_nl(&x);
	ep_xw_end(&x);
	ep_xw_nl(&x);

	if (b->npages > 0) {
		ep_xw_start(&x, "nav");
		ep_xw_attr(&x, "epub:type", "page-list");
		ep_xw_attr(&x, "role", "doc-pagelist");
		ep_xw_attr(&x, "hidden", "hidden");
		ep_xw_nl(&x);
		ep_xw_elem(&x, "h2", EP_PAGES_TITLE);
		ep_xw_nl(&x);
		ep_xw_start(&x, "ol");
		ep_xw_nl(&x);
		for (i = 0; i < b->npages; i++)
			nav_link(&x, NULL, b->pages[i].href,
			    b->pages[i].folio);
		ep_xw_end(&x);
		ep_xw_nl(&x);
		ep_xw_end(&x);
		ep_xw_nl(&x);
	}
	ep_xhtml_foot(&x);
	entries_free(e, n);
	return ep_xw_close(&x, data, len);
}

/* === NCX =============================================================== */

static void
ncx_nothing(struct ep_xw *x)
{
}

static void
ncx_open_item(struct ep_xw *x, const struct ent *e, int order)
{
	char	*id = jk_xasprintf("np%d", order), *src, num[16];

	snprintf(num, sizeof(num), "%d", order);
	src = jk_xasprintf("text/%s", e->href);
	ep_xw_start(x, "navPoint");
	ep_xw_attr(x, "id", id);
	ep_xw_attr(x, "playOrder", num);
	ep_xw_nl(x);
	ep_xw_start(x, "navLabel");
	ep_xw_elem(x, "text", e->label);
	ep_xw_end(x);
	ep_xw_nl(x);
	ep_xw_start(x, "content");
	ep_xw_attr(x, "src", src);
	ep_xw_end(x);
	ep_xw_nl(x);
	free(id);
	free(src);
}

static void
ncx_close_item(struct ep_xw *x)
{
	ep_xw_end(x);
	ep_xw_nl(x);
}

static const struct nest_ops ncx_ops = {
	ncx_nothing, ncx_nothing, ncx_open_item, ncx_close_item
};

static void
ncx_meta(struct ep_xw *x, const char *name, const char *content)
{
	ep_xw_start(x, "meta");
	ep_xw_attr(x, "name", name);
	ep_xw_attr(x, "content", content);
	ep_xw_end(x);
	ep_xw_nl(x);
}

int
ep_ncx(struct ep_book *b, char **data, size_t *len)
{
	struct ep_xw	 x;
	struct ent	*e;
	size_t		 n, i;
	int		 depth = 1;
	char		 num[16];

	if (ep_xw_open(&x) < 0)
		return -1;
	n = entries(b, &e);
	for (i = 0; i < n; i++)
		if (e[i].depth > depth && i > 0)
			depth = e[i].depth;
	ep_xw_start(&x, "ncx");
	ep_xw_attr(&x, "xmlns", NS_NCX);
	ep_xw_attr(&x, "version", "2005-1");
	ep_xw_attr(&x, "xml:lang", b->lang);
	ep_xw_nl(&x);
	ep_xw_start(&x, "head");
	ep_xw_nl(&x);
	ncx_meta(&x, "dtb:uid", b->identifier);
	snprintf(num, sizeof(num), "%d", depth);
	ncx_meta(&x, "dtb:depth", num);
	ncx_meta(&x, "dtb:totalPageCount", "0");
	ncx_meta(&x, "dtb:maxPageNumber", "0");
	ep_xw_end(&x);
	ep_xw_nl(&x);
	ep_xw_start(&x, "docTitle");
	ep_xw_elem(&x, "text", b->title);
	ep_xw_end(&x);
	ep_xw_nl(&x);
	ep_xw_start(&x, "navMap");
	ep_xw_nl(&x);
	nest(&x, e, n, &ncx_ops);
	ep_xw_end(&x);
	ep_xw_nl(&x);
	ep_xw_end(&x);
	ep_xw_nl(&x);
	entries_free(e, n);
	return ep_xw_close(&x, data, len);
}

/* === package document ================================================== */

static void
dc(struct ep_xw *x, const char *elem, const char *id, const char *text)
{
	ep_xw_start(x, elem);
	if (id != NULL)
		ep_xw_attr(x, "id", id);
	ep_xw_text(x, text);
	ep_xw_end(x);
	ep_xw_nl(x);
}

static void
prop(struct ep_xw *x, const char *property, const char *refines,
    const char *text)
{
	ep_xw_start(x, "meta");
	if (refines != NULL)
		ep_xw_attr(x, "refines", refines);
	ep_xw_attr(x, "property", property);
	ep_xw_text(x, text);
	ep_xw_end(x);
	ep_xw_nl(x);
}

/* Is s a W3C date: YYYY, YYYY-MM or YYYY-MM-DD? */
static int
w3c_date(const char *s)
{
	size_t	 i, n = strlen(s);

	if (n != 4 && n != 7 && n != 10)
		return 0;
	for (i = 0; i < n; i++) {
		if (i == 4 || i == 7) {
			if (s[i] != '-')
				return 0;
		} else if (!g_ascii_isdigit(s[i]))
			return 0;
	}
	if (n >= 7 && (atoi(s + 5) < 1 || atoi(s + 5) > 12))
		return 0;
	if (n == 10 && (atoi(s + 8) < 1 || atoi(s + 8) > 31))
		return 0;
	return 1;
}

int
ep_opf(struct ep_book *b, char **data, size_t *len)
{
	struct ep_xw	 x;
	const char	*v;
	char		*line, *s;
	size_t		 i;

	if (ep_xw_open(&x) < 0)
		return -1;
	ep_xw_start(&x, "package");
	ep_xw_attr(&x, "xmlns", NS_OPF);
	ep_xw_attr(&x, "version", "3.0");
	ep_xw_attr(&x, "unique-identifier", "pub-id");
	ep_xw_attr(&x, "xml:lang", b->lang);
	ep_xw_nl(&x);
	ep_xw_start(&x, "metadata");
	ep_xw_attr(&x, "xmlns:dc", NS_DC);
	ep_xw_nl(&x);
	dc(&x, "dc:identifier", "pub-id", b->identifier);
	dc(&x, "dc:title", "title", b->title);
	prop(&x, "title-type", "#title", "main");
	if ((v = ep_meta(b, "subtitle")) != NULL) {
		dc(&x, "dc:title", "subtitle", v);
		prop(&x, "title-type", "#subtitle", "subtitle");
	}
	line = ep_issue_line(b);
	if (*line != '\0') {
		dc(&x, "dc:title", "edition", line);
		prop(&x, "title-type", "#edition", "edition");
	}
	dc(&x, "dc:language", NULL, b->lang);
	if ((v = ep_meta(b, "date")) != NULL) {
		if (w3c_date(v))
			dc(&x, "dc:date", NULL, v);
		else
			jk_msg(b->diag, JK_M_EPUBMETA, 0, "date \"%s\" is not "
			    "YYYY-MM or YYYY-MM-DD, left out of the EPUB", v);
	}
	if ((v = ep_meta(b, "publisher")) != NULL)
		dc(&x, "dc:publisher", NULL, v);
	if ((v = ep_meta(b, "creator")) != NULL)
		dc(&x, "dc:creator", NULL, v);
	if ((v = ep_meta(b, "description")) != NULL)
		dc(&x, "dc:description", NULL, v);
	if ((v = ep_meta(b, "rights")) != NULL)
		dc(&x, "dc:rights", NULL, v);
	s = *line != '\0' ? jk_xasprintf("%s %s", b->title, line) :
	    jk_xstrdup(b->title);
	dc(&x, "dc:source", "src", s);
	free(s);
	free(line);
	/* The page list follows the folios of the print issue. */
	if (b->npages > 0)
		prop(&x, "source-of", "#src", "pagination");
	prop(&x, "dcterms:modified", NULL, b->modified);

	/* Accessibility (EPUB Accessibility 1.1 discovery metadata). */
	prop(&x, "schema:accessMode", NULL, "textual");
	if (b->has_cover)
		prop(&x, "schema:accessMode", NULL, "visual");
	prop(&x, "schema:accessModeSufficient", NULL, "textual");
	prop(&x, "schema:accessibilityFeature", NULL, "structuralNavigation");
	prop(&x, "schema:accessibilityFeature", NULL, "tableOfContents");
	prop(&x, "schema:accessibilityFeature", NULL, "readingOrder");
	prop(&x, "schema:accessibilityFeature", NULL,
	    "displayTransformability");
	if (b->has_cover)
		prop(&x, "schema:accessibilityFeature", NULL,
		    "alternativeText");
	if (b->npages > 0) {
		prop(&x, "schema:accessibilityFeature", NULL,
		    "pageBreakMarkers");
		prop(&x, "schema:accessibilityFeature", NULL,
		    "pageNavigation");
	}
	prop(&x, "schema:accessibilityHazard", NULL, "none");
	prop(&x, "dcterms:conformsTo", NULL, EP_CONFORMS_TO);
	v = ep_meta(b, "publisher");
	prop(&x, "a11y:certifiedBy", NULL, v != NULL ? v : "jikji");
	prop(&x, "schema:accessibilitySummary", NULL,
	    "인쇄본의 글을 옮긴 텍스트 전자책입니다. 차례와 제목 구조, "
	    "각주 링크, 인쇄본 쪽 번호를 제공합니다. 표는 머리글 칸이 "
	    "있는 표로 옮겼고, 표로 옮기지 못한 도표 자료는 인쇄본의 줄 "
	    "배치대로 펼쳐 볼 수 있게 두었습니다. 인쇄본의 사진과 그림은 "
	    "포함하지 않았고, 그 자리에 그림 번호와 설명, 출처를 "
	    "남겼습니다.");
	if (b->has_cover) {
		ep_xw_start(&x, "meta");
		ep_xw_attr(&x, "name", "cover");
		ep_xw_attr(&x, "content", "cover-image");
		ep_xw_end(&x);
		ep_xw_nl(&x);
	}
	ep_xw_end(&x);		/* metadata */
	ep_xw_nl(&x);

	ep_xw_start(&x, "manifest");
	ep_xw_nl(&x);
	for (i = 0; i < b->nfiles; i++) {
		const struct ep_file *f = &b->files[i];

		if (f->href == NULL)
			continue;
		ep_xw_start(&x, "item");
		ep_xw_attr(&x, "id", f->id);
		ep_xw_attr(&x, "href", f->href);
		ep_xw_attr(&x, "media-type", f->media);
		if (f->props != NULL)
			ep_xw_attr(&x, "properties", f->props);
		ep_xw_end(&x);
		ep_xw_nl(&x);
	}
	ep_xw_end(&x);
	ep_xw_nl(&x);

	ep_xw_start(&x, "spine");
	ep_xw_attr(&x, "toc", "ncx");
	ep_xw_nl(&x);
	for (i = 0; i < b->nfiles; i++) {
		if (!b->files[i].spine)
			continue;
		ep_xw_start(&x, "itemref");
		ep_xw_attr(&x, "idref", b->files[i].id);
		ep_xw_end(&x);
		ep_xw_nl(&x);
	}
	ep_xw_end(&x);
	ep_xw_nl(&x);
	ep_xw_end(&x);		/* package */
	ep_xw_nl(&x);
	return ep_xw_close(&x, data, len);
}
