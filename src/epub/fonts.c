/*
 * fonts.c -- the fonts of the style, subset with hb-subset to the code
 * points the issue uses in each role, embedded with @font-face rules.
 */
#include <stdlib.h>
#include <string.h>

#include <hb-subset.h>

#include "epub-int.h"

/* Media type of an embedded TrueType/OpenType font. */
#define EP_FONT_MEDIA_TTF	"font/ttf"
#define EP_FONT_MEDIA_OTF	"font/otf"

/*
 * The font of the style a node's text is set in: the nearest ancestor
 * with a role decides.  The CSS of xhtml.c/css.c uses the same roles.
 */
const struct jk_font *
ep_node_font(const struct jk_style *st, const struct jk_node *n, int *bold)
{
	const struct jk_node	*k;
	int			 emph = 0, th = 0;

	for (k = n; k != NULL; k = k->parent) {
		switch (k->type) {
		case JK_NODE_EMPH:
			emph = 1;
			break;
		case JK_NODE_CELL:
			th = (k->flags & JK_F_HEADER) ||
			    (k->parent != NULL && (k->parent->flags &
			    JK_F_HEADER));
			break;
		case JK_NODE_TITLE:
			*bold = st->title.bold;
			if (k->parent != NULL &&
			    k->parent->type == JK_NODE_SIDEBAR) {
				*bold = st->heading[1].bold;
				return &st->heading[1];
			}
			return &st->title;
		case JK_NODE_SUBTITLE:
			*bold = st->subtitle.bold;
			return &st->subtitle;
		case JK_NODE_SERIES:
			*bold = st->series.bold;
			return &st->series;
		case JK_NODE_HEADING:
			k = k->level >= 1 && k->level <= 3 ? k : NULL;
			*bold = st->heading[k != NULL ? k->level - 1 : 0].bold;
			return &st->heading[k != NULL ? k->level - 1 : 0];
		case JK_NODE_NAME:
		case JK_NODE_ROLE:
			*bold = st->byline.bold || (n->parent != NULL &&
			    k->type == JK_NODE_NAME);
			return &st->byline;
		case JK_NODE_BIO:
		case JK_NODE_SERIESDESC:
			*bold = st->bio.bold || emph;
			return &st->bio;
		case JK_NODE_DECK:
			*bold = st->deck.bold || emph;
			return &st->deck;
		case JK_NODE_CAPTION:
		case JK_NODE_FIGURE:
			*bold = 1;	/* figcaption */
			return &st->caption;
		case JK_NODE_SOURCE:
			*bold = st->caption.bold || emph;
			return &st->caption;
		case JK_NODE_PRE:
			*bold = st->table.bold;
			return &st->table;
		case JK_NODE_TABLE:
			*bold = st->table.bold || emph || th;
			return &st->table;
		case JK_NODE_FOOTNOTE:
			*bold = st->note.bold || emph;
			return &st->note;
		default:
			break;
		}
	}
	*bold = st->body.bold || emph;
	return &st->body;
}

/* Add code point c to face f's set (the set only once for each). */
static void
face_add(struct ep_face *f, unsigned int c)
{
	if (c < 0x10000) {
		if (f->seen[c / 64] & (guint64)1 << (c % 64))
			return;
		f->seen[c / 64] |= (guint64)1 << (c % 64);
	}
	hb_set_add(f->cps, c);
}

static struct ep_face *
face_get(struct ep_book *b, const char *family, int bold)
{
	struct ep_face	*f;
	size_t		 i;
	unsigned int	 c;

	if (family == NULL || *family == '\0')
		return NULL;
	for (i = 0; i < b->nfaces; i++)
		if (b->faces[i].bold == bold &&
		    strcmp(b->faces[i].family, family) == 0)
			return &b->faces[i];
	b->faces = jk_xreallocarray(b->faces, b->nfaces + 1, sizeof(*f));
	f = &b->faces[b->nfaces++];
	memset(f, 0, sizeof(*f));
	f->family = jk_xstrdup(family);
	f->bold = bold;
	f->cps = hb_set_create();
	f->seen = jk_xcalloc(0x10000 / 64, sizeof(*f->seen));
	/* Printable ASCII in every face: folios, numbers, Latin words. */
	for (c = 0x20; c < 0x7f; c++)
		face_add(f, c);
	return f;
}

static void
add_text(struct ep_face *f, const char *s)
{
	size_t		 len, i;
	unsigned int	 c;
	int		 n;

	if (f == NULL || s == NULL)
		return;
	len = strlen(s);
	for (i = 0; i < len; i += n) {
		c = jk_utf8_get(s + i, len - i, &n);
		if (n < 1)
			n = 1;
		if (c >= 0x20)
			face_add(f, c);
	}
}

/* Add the characters of s to the face family/bold (made if new). */
static void
add_to(struct ep_book *b, const struct jk_font *font, int bold,
    const char *s)
{
	add_text(face_get(b, font->family, bold), s);
}

void
ep_fonts_collect(struct ep_book *b)
{
	const struct jk_style	*st = b->style;
	const struct jk_font	*font;
	struct jk_iter		 it;
	const struct jk_node	*n;
	size_t			 i;
	int			 bold;
	char			*line;

	/*
	 * The body face holds every character: the contents page and any
	 * text without a role of its own fall back to it.
	 */
	add_to(b, &st->body, st->body.bold, EP_TOC_TITLE EP_COVER_TITLE
	    EP_LANDMARKS_TITLE EP_PAGES_TITLE EP_ARTICLE_TITLE EP_ADVERT_TITLE
	    EP_LICENCE_TITLE EP_LICENCE_TEXT EP_LICENCE_TEXT2 "0123456789");
	add_to(b, &st->title, st->title.bold, EP_TOC_TITLE EP_LICENCE_TITLE);
	add_to(b, &st->title, st->title.bold, b->title);
	line = ep_issue_line(b);
	add_to(b, &st->title, st->title.bold, line);
	free(line);
	add_to(b, &st->caption, st->caption.bold, EP_CHART_DATA);
	for (i = 0; i < b->nparts; i++) {
		add_to(b, &st->body, st->body.bold, b->parts[i].title);
		jk_iter_init(&it, (struct jk_node *)b->parts[i].node);
		while (jk_iter_next(&it) != JK_EV_DONE) {
			n = jk_iter_node(&it);
			if (it.ev != JK_EV_ENTER)
				continue;
			if (n->type == JK_NODE_TEXT ||
			    n->type == JK_NODE_PRE) {
				font = ep_node_font(st, n, &bold);
				add_to(b, font, bold, n->text);
				add_to(b, &st->body, st->body.bold, n->text);
			} else if (n->label != NULL &&
			    (n->type == JK_NODE_ITEM ||
			    n->type == JK_NODE_NOTEREF ||
			    n->type == JK_NODE_FOOTNOTE ||
			    n->type == JK_NODE_FIGURE)) {
				font = ep_node_font(st, n, &bold);
				add_to(b, font, bold, n->label);
				add_to(b, &st->body, st->body.bold, n->label);
			}
		}
	}
}

static hb_face_t *
open_face(struct ep_book *b, const char *path, int index)
{
	hb_blob_t	*blob;
	hb_face_t	*face;

	blob = hb_blob_create_from_file_or_fail(path);
	if (blob == NULL) {
		jk_msg(b->diag, JK_M_FONT, 0, "%s: cannot read", path);
		return NULL;
	}
	face = hb_face_create(blob, index);
	hb_blob_destroy(blob);
	if (hb_face_get_glyph_count(face) == 0) {
		jk_msg(b->diag, JK_M_FONT, 0, "%s: not a font", path);
		hb_face_destroy(face);
		return NULL;
	}
	return face;
}

/* The code points a face maps (caller destroys). */
static hb_set_t *
face_unicodes(hb_face_t *face)
{
	hb_set_t	*have = hb_set_create();

	hb_face_collect_unicodes(face, have);
	return have;
}

/* One subset: the bytes (malloc'd) and whether they are CFF ("OTTO"). */
static int
subset(struct ep_book *b, hb_face_t *face, const char *path,
    hb_set_t *cps, char **data, size_t *len, int *otf)
{
	hb_blob_t		*out;
	hb_face_t		*sub;
	hb_subset_input_t	*in;
	const char		*d;
	unsigned int		 l;
	int			 rc = -1;

	if ((in = hb_subset_input_create_or_fail()) == NULL) {
		jk_msg(b->diag, JK_M_SYSERR, 0, "hb-subset: out of memory");
		return -1;
	}
	hb_set_union(hb_subset_input_unicode_set(in), cps);
	hb_subset_input_set_flags(in, HB_SUBSET_FLAGS_NO_HINTING);
	sub = hb_subset_or_fail(face, in);
	hb_subset_input_destroy(in);
	if (sub == NULL) {
		jk_msg(b->diag, JK_M_FONT, 0, "%s: subsetting failed", path);
		return -1;
	}
	out = hb_face_reference_blob(sub);
	d = hb_blob_get_data(out, &l);
	if (d != NULL && l >= 12) {
		*data = jk_xmalloc(l);
		memcpy(*data, d, l);
		*len = l;
		*otf = memcmp(d, "OTTO", 4) == 0;
		rc = 0;
	} else
		jk_msg(b->diag, JK_M_FONT, 0, "%s: empty subset", path);
	hb_blob_destroy(out);
	hb_face_destroy(sub);
	return rc;
}

/* Subset face to cps and add it to the book; its href (malloc'd) or
 * NULL.  The code points face lacks are added to missing. */
static char *
embed(struct ep_book *b, const char *path, int index, hb_set_t *cps,
    hb_set_t *missing, size_t *nfile)
{
	hb_face_t	*face;
	hb_set_t	*have, *lack;
	char		*data, *name, *href, *id;
	size_t		 len;
	int		 otf;

	if ((face = open_face(b, path, index)) == NULL)
		return NULL;
	have = face_unicodes(face);
	lack = hb_set_copy(cps);
	hb_set_subtract(lack, have);
	hb_set_union(missing, lack);
	hb_set_destroy(lack);
	hb_set_destroy(have);
	if (subset(b, face, path, cps, &data, &len, &otf) < 0) {
		hb_face_destroy(face);
		return NULL;
	}
	hb_face_destroy(face);
	++*nfile;
	name = jk_xasprintf("EPUB/fonts/f%zu.%s", *nfile, otf ? "otf" : "ttf");
	href = jk_xasprintf("fonts/f%zu.%s", *nfile, otf ? "otf" : "ttf");
	id = jk_xasprintf("font%zu", *nfile);
	ep_book_add(b, name, href, id, otf ? EP_FONT_MEDIA_OTF :
	    EP_FONT_MEDIA_TTF, NULL, 0, data, len);
	free(name);
	free(id);
	return href;
}

/*
 * Characters the style's fonts lack go to the fallback families of the
 * style (Hanja, symbols), each embedded as a subset of what it can set.
 * What no font has is reported.
 */
static void
embed_fallback(struct ep_book *b, hb_set_t *missing, size_t *nfile)
{
	char		**fams, *path, *href, *fam;
	hb_face_t	*face;
	hb_set_t	*have, *take;
	size_t		 i, k;
	int		 idx;
	hb_codepoint_t	 c;
	GString		*list;

	fams = g_strsplit(b->style->fallback != NULL ? b->style->fallback :
	    "", ",", -1);
	for (i = 0; fams[i] != NULL && !hb_set_is_empty(missing); i++) {
		fam = g_strstrip(fams[i]);
		if (*fam == '\0' ||
		    (path = jk_font_file(fam, 0, &idx)) == NULL)
			continue;
		if ((face = open_face(b, path, idx)) == NULL) {
			free(path);
			continue;
		}
		have = face_unicodes(face);
		hb_face_destroy(face);
		take = hb_set_copy(missing);
		hb_set_intersect(take, have);
		hb_set_destroy(have);
		if (!hb_set_is_empty(take) &&
		    (href = embed(b, path, idx, take, missing, nfile)) !=
		    NULL) {
			struct ep_face *f = face_get(b, fam, 0);

			if (f->file == NULL) {
				hb_set_destroy(f->cps);
				f->cps = hb_set_reference(take);
				f->file = href;
			} else
				free(href);
			hb_set_subtract(missing, take);
		}
		hb_set_destroy(take);
		free(path);
	}
	g_strfreev(fams);
	if (hb_set_is_empty(missing))
		return;
	list = g_string_new(NULL);
	for (c = HB_SET_VALUE_INVALID, k = 0; hb_set_next(missing, &c) &&
	    k < 8; k++)
		g_string_append_printf(list, "%sU+%04X", k ? " " : "", c);
	jk_msg(b->diag, JK_M_GLYPH, 0, "%u character(s) in no font: %s%s",
	    hb_set_get_population(missing), list->str,
	    hb_set_get_population(missing) > 8 ? " ..." : "");
	g_string_free(list, TRUE);
}

static int
is_greek(hb_codepoint_t c)
{
	return (c >= 0x370 && c <= 0x3FF) || (c >= 0x1F00 && c <= 0x1FFF);
}

/*
 * Greek goes to EP_GREEK_FAMILY, out of every other face (their CSS
 * lists it next, so a reading system takes Greek from it).  What it
 * lacks, or all of it if the family is not there, joins missing.
 */
static void
embed_greek(struct ep_book *b, hb_set_t *missing, size_t *nfile)
{
	hb_set_t	*greek = hb_set_create(), *have, *take;
	hb_codepoint_t	 c;
	hb_face_t	*face;
	char		*path, *href;
	size_t		 i;
	int		 idx;

	for (i = 0; i < b->nfaces; i++)
		for (c = HB_SET_VALUE_INVALID; hb_set_next(b->faces[i].cps,
		    &c); )
			if (is_greek(c))
				hb_set_add(greek, c);
	if (hb_set_is_empty(greek)) {
		hb_set_destroy(greek);
		return;
	}
	for (i = 0; i < b->nfaces; i++)
		hb_set_subtract(b->faces[i].cps, greek);
	path = jk_font_file(EP_GREEK_FAMILY, 0, &idx);
	face = path != NULL ? open_face(b, path, idx) : NULL;
	take = hb_set_copy(greek);
	if (face != NULL) {
		have = face_unicodes(face);
		hb_set_intersect(take, have);
		hb_set_destroy(have);
		hb_face_destroy(face);
	} else
		hb_set_clear(take);
	hb_set_subtract(greek, take);
	hb_set_union(missing, greek);
	if (!hb_set_is_empty(take) &&
	    (href = embed(b, path, idx, take, missing, nfile)) != NULL) {
		struct ep_face *f = face_get(b, EP_GREEK_FAMILY, 0);

		hb_set_destroy(f->cps);
		f->cps = hb_set_reference(take);
		free(f->file);
		f->file = href;
	} else
		hb_set_union(missing, take);
	hb_set_destroy(take);
	hb_set_destroy(greek);
	free(path);
}

/* Do faces i and j resolve to the same font file and face index? */
static int
same_file(char *const *paths, const int *idx, size_t i, size_t j)
{
	return paths[i] != NULL && paths[j] != NULL && idx[i] == idx[j] &&
	    strcmp(paths[i], paths[j]) == 0;
}

void
ep_fonts_embed(struct ep_book *b, GString *css)
{
	char		**paths, *href;
	int		 *idx, *done;
	size_t		 i, j, nfile = 0, nfaces = b->nfaces;
	hb_set_t	*cps, *missing = hb_set_create();

	embed_greek(b, missing, &nfile);
	nfaces = b->nfaces;
	paths = jk_xcalloc(nfaces + 1, sizeof(*paths));
	idx = jk_xcalloc(nfaces + 1, sizeof(*idx));
	done = jk_xcalloc(nfaces + 1, sizeof(*done));
	for (i = 0; i < nfaces; i++) {
		if (b->faces[i].file != NULL)
			continue;	/* the Greek face, embedded */
		paths[i] = jk_font_file(b->faces[i].family, b->faces[i].bold,
		    &idx[i]);
		if (paths[i] == NULL)
			jk_msg(b->diag, JK_M_FONT, 0, "no font file for %s%s, "
			    "not embedded", b->faces[i].family,
			    b->faces[i].bold ? " bold" : "");
	}
	/* Faces that resolve to the same file share one subset. */
	for (i = 0; i < nfaces; i++) {
		if (paths[i] == NULL || done[i] || b->faces[i].file != NULL)
			continue;
		cps = hb_set_copy(b->faces[i].cps);
		for (j = i; j < nfaces; j++)
			if (same_file(paths, idx, i, j)) {
				done[j] = 1;
				hb_set_union(cps, b->faces[j].cps);
			}
		href = embed(b, paths[i], idx[i], cps, missing, &nfile);
		hb_set_destroy(cps);
		for (j = i; j < nfaces && href != NULL; j++)
			if (same_file(paths, idx, i, j))
				b->faces[j].file = jk_xstrdup(href);
		free(href);
	}
	embed_fallback(b, missing, &nfile);
	hb_set_destroy(missing);

	if (nfile > 0)
		g_string_append(css, "\n/* embedded fonts (subsets) */\n");
	for (i = 0; i < b->nfaces; i++) {
		if (b->faces[i].file == NULL)
			continue;
		g_string_append(css, "@font-face {\n\tfont-family: ");
		ep_css_string(css, b->faces[i].family);
		g_string_append_printf(css, ";\n\tfont-weight: %s;\n"
		    "\tfont-style: normal;\n\tsrc: url(\"../%s\");\n}\n",
		    b->faces[i].bold ? "bold" : "normal", b->faces[i].file);
	}
	for (i = 0; i < nfaces; i++)
		free(paths[i]);
	free(paths);
	free(idx);
	free(done);
}

void
ep_fonts_free(struct ep_book *b)
{
	size_t	 i;

	for (i = 0; i < b->nfaces; i++) {
		free(b->faces[i].family);
		free(b->faces[i].file);
		free(b->faces[i].seen);
		hb_set_destroy(b->faces[i].cps);
	}
	free(b->faces);
	b->faces = NULL;
	b->nfaces = 0;
}
