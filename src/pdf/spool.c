/*
 * spool.c -- laid-out items kept out of memory until they are painted.
 *
 * The contents come first in the file but are known last, so no page can
 * be painted before the whole issue is laid out.  Rather than hold every
 * page's glyph runs until then, the layout writes each block's items
 * here as soon as the block is set (layout.c), and a page keeps only
 * where its items lie (struct jk_pent); jk_ppage_load() reads a page back
 * whole just before it is painted or dumped, and jk_ppage_unload() drops
 * it.  The glyphs live in memory one block and one page at a time, for
 * an issue of any length.
 *
 * The spool is an anonymous temporary file (tmpfile(3): created with
 * O_EXCL, already unlinked, so nothing is left behind on any exit), read
 * and written through a window of SPOOL_BUF bytes; if no temporary file
 * can be made it is a buffer in memory, which works the same.  Records are
 * written field by field and read back in the same process: the fonts of
 * the glyph runs (pointers into Pango's font map) are held here while
 * records name them, and a tree node is referred to by its address.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "layout-int.h"

#define SPOOL_BUF	(64 * 1024)
#define GREC		64		/* glyphs written at once */

struct jk_spool {
	FILE		*fp;		/* NULL: in memory (mem) */
	int		 fd;
	struct jk_buf	 mem;		/* in memory, or the tail not written */
	off_t		 flushed;	/* bytes in the file */
	char		*win;		/* read window */
	off_t		 woff;		/* where the window starts */
	size_t		 wlen;
	GHashTable	*fonts;		/* PangoFont * held */
	int		 failed;	/* a write failed: read from memory */
};

struct jk_spool *
jk_spool_new(int in_memory)
{
	struct jk_spool	*sp = jk_xcalloc(1, sizeof(*sp));

	jk_buf_init(&sp->mem);
	if (!in_memory && (sp->fp = tmpfile()) != NULL)
		sp->fd = fileno(sp->fp);
	sp->fonts = g_hash_table_new_full(g_direct_hash, g_direct_equal,
	    g_object_unref, NULL);
	return sp;
}

void
jk_spool_free(struct jk_spool *sp)
{
	if (sp == NULL)
		return;
	if (sp->fp != NULL)
		fclose(sp->fp);
	jk_buf_free(&sp->mem);
	free(sp->win);
	g_hash_table_destroy(sp->fonts);
	free(sp);
}

/* === writing ============================================================ */

static void
put(struct jk_buf *b, const void *p, size_t n)
{
	jk_buf_add(b, p, n);
}

static void
put_i(struct jk_buf *b, int32_t v)
{
	put(b, &v, sizeof(v));
}

static void
put_d(struct jk_buf *b, double v)
{
	put(b, &v, sizeof(v));
}

static void
put_p(struct jk_buf *b, const void *p)
{
	uintptr_t	 v = (uintptr_t)p;

	put(b, &v, sizeof(v));
}

static void
put_s(struct jk_buf *b, const char *s)
{
	if (s == NULL) {
		put_i(b, -1);
		return;
	}
	put_i(b, (int32_t)strlen(s));
	put(b, s, strlen(s));
}

static void
put_rgb(struct jk_buf *b, struct jk_rgb c)
{
	put_d(b, c.r);
	put_d(b, c.g);
	put_d(b, c.b);
}

static void
put_seg(struct jk_spool *sp, struct jk_buf *b, const struct jk_pseg *s)
{
	const PangoAnalysis	*an;
	const PangoGlyphString	*gs = s->glyphs;
	int32_t			 rec[GREC * 6];
	int			 g, k;

	put_d(b, s->x);
	put_d(b, s->dy);
	put_i(b, s->font);
	put_rgb(b, s->color);
	put_s(b, s->text);
	put_i(b, s->item != NULL && gs != NULL);
	if (s->item == NULL || gs == NULL)
		return;
	an = &s->item->analysis;
	put_i(b, s->item->offset);
	put_i(b, s->item->length);
	put_i(b, s->item->num_chars);
	put_p(b, an->shape_engine);
	put_p(b, an->lang_engine);
	put_p(b, an->font);
	put_p(b, an->language);
	put_i(b, an->level);
	put_i(b, an->gravity);
	put_i(b, an->flags);
	put_i(b, an->script);
	if (an->font != NULL && !g_hash_table_contains(sp->fonts, an->font))
		g_hash_table_add(sp->fonts, g_object_ref(an->font));
	put_i(b, gs->num_glyphs);
	/* six numbers a glyph, added 64 glyphs at a time */
	for (g = 0, k = 0; g < gs->num_glyphs; g++) {
		const PangoGlyphInfo *gi = &gs->glyphs[g];

		rec[k++] = (int32_t)gi->glyph;
		rec[k++] = gi->geometry.width;
		rec[k++] = gi->geometry.x_offset;
		rec[k++] = gi->geometry.y_offset;
		rec[k++] = gi->attr.is_cluster_start | gi->attr.is_color << 1;
		rec[k++] = gs->log_clusters[g];
		if (k == GREC * 6 || g == gs->num_glyphs - 1) {
			put(b, rec, k * sizeof(*rec));
			k = 0;
		}
	}
}

static void
put_item(struct jk_spool *sp, struct jk_buf *b, const struct jk_pitem *it)
{
	int	 i;

	put_i(b, it->kind);
	put_d(b, it->x);
	put_d(b, it->y);
	put_d(b, it->w);
	put_d(b, it->h);
	put_d(b, it->ws);
	put_i(b, it->mid);
	put_i(b, it->display);
	put_i(b, it->tab);
	put_i(b, it->trow);
	put_d(b, it->lw);
	put_rgb(b, it->color);
	put_i(b, it->role);
	put_i(b, it->col);
	put_i(b, it->para);
	put_i(b, it->ln);
	put_i(b, it->nln);
	put_i(b, it->font);
	put_s(b, it->text);
	put_s(b, it->dest);
	put_p(b, it->node);
	put_i(b, it->nsegs);
	for (i = 0; i < it->nsegs; i++)
		put_seg(sp, b, &it->segs[i]);
}

/* Write what is held in memory to the file. */
static void
flush(struct jk_spool *sp)
{
	size_t	 done = 0;
	ssize_t	 w;

	if (sp->fp == NULL || sp->failed)
		return;
	while (done < sp->mem.len) {
		w = pwrite(sp->fd, sp->mem.data + done, sp->mem.len - done,
		    sp->flushed + (off_t)done);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			/* a full disk: what is not written stays in memory,
			 * and so does all that follows */
			sp->failed = 1;
			break;
		}
		done += (size_t)w;
	}
	sp->flushed += (off_t)done;
	if (done > 0) {
		memmove(sp->mem.data, sp->mem.data + done, sp->mem.len - done);
		sp->mem.len -= done;
	}
}

void
jk_spool_put(struct jk_spool *sp, const struct jk_pitem *items, int n,
    off_t *off, size_t *len)
{
	size_t	 start = sp->mem.len;
	int	 i;

	*off = sp->flushed + (off_t)start;
	for (i = 0; i < n; i++)
		put_item(sp, &sp->mem, &items[i]);
	*len = sp->mem.len - start;
	if (sp->mem.len >= SPOOL_BUF)
		flush(sp);
}

/* === reading ============================================================ */

void
jk_pitem_clear(struct jk_pitem *it)
{
	item_free(it);
	memset(it, 0, sizeof(*it));
}

/* Reading: a record's bytes and where the next field starts. */
struct rd {
	const char	*p, *end;
	int		 bad;
};

static void
get(struct rd *r, void *v, size_t n)
{
	if ((size_t)(r->end - r->p) < n) {
		r->bad = 1;
		memset(v, 0, n);
		return;
	}
	memcpy(v, r->p, n);
	r->p += n;
}

static int32_t
get_i(struct rd *r)
{
	int32_t	 v;

	get(r, &v, sizeof(v));
	return v;
}

static double
get_d(struct rd *r)
{
	double	 v;

	get(r, &v, sizeof(v));
	return v;
}

static void *
get_p(struct rd *r)
{
	uintptr_t	 v;

	get(r, &v, sizeof(v));
	return (void *)v;
}

static char *
get_s(struct rd *r)
{
	int32_t	 n = get_i(r);
	char	*s;

	if (n < 0 || r->bad)
		return NULL;
	if (r->end - r->p < n) {
		r->bad = 1;
		return NULL;
	}
	s = jk_xstrndup(r->p, (size_t)n);
	r->p += n;
	return s;
}

static struct jk_rgb
get_rgb(struct rd *r)
{
	struct jk_rgb	 c;

	c.r = get_d(r);
	c.g = get_d(r);
	c.b = get_d(r);
	return c;
}

static void
get_seg(struct rd *r, struct jk_pseg *s)
{
	PangoAnalysis	*an;
	PangoGlyphString *gs;
	int		 g, n;

	memset(s, 0, sizeof(*s));
	s->x = get_d(r);
	s->dy = get_d(r);
	s->font = get_i(r);
	s->color = get_rgb(r);
	s->text = get_s(r);
	pseg_count(1);
	if (s->text == NULL)
		s->text = jk_xstrdup("");
	if (!get_i(r) || r->bad)
		return;
	s->item = pango_item_new();
	s->item->offset = get_i(r);
	s->item->length = get_i(r);
	s->item->num_chars = get_i(r);
	an = &s->item->analysis;
	an->shape_engine = get_p(r);
	an->lang_engine = get_p(r);
	an->font = get_p(r);
	an->language = get_p(r);
	an->level = (guint8)get_i(r);
	an->gravity = (guint8)get_i(r);
	an->flags = (guint8)get_i(r);
	an->script = (guint8)get_i(r);
	if (an->font != NULL)
		g_object_ref(an->font);
	s->glyphs = gs = pango_glyph_string_new();
	n = get_i(r);
	if (n < 0 || r->bad ||
	    (size_t)(r->end - r->p) / (6 * sizeof(int32_t)) < (size_t)n) {
		r->bad = 1;
		return;
	}
	pango_glyph_string_set_size(gs, n);
	for (g = 0; g < n; g++) {
		PangoGlyphInfo	*gi = &gs->glyphs[g];
		int32_t		 v[6];

		memcpy(v, r->p, sizeof(v));	/* there: checked above */
		r->p += sizeof(v);
		memset(gi, 0, sizeof(*gi));
		gi->glyph = (PangoGlyph)v[0];
		gi->geometry.width = v[1];
		gi->geometry.x_offset = v[2];
		gi->geometry.y_offset = v[3];
		gi->attr.is_cluster_start = v[4] & 1;
		gi->attr.is_color = (v[4] >> 1) & 1;
		gs->log_clusters[g] = v[5];
	}
}

static void
get_item(struct rd *r, struct jk_pitem *it)
{
	int	 i, n;

	memset(it, 0, sizeof(*it));
	it->kind = (enum jk_pkind)get_i(r);
	it->x = get_d(r);
	it->y = get_d(r);
	it->w = get_d(r);
	it->h = get_d(r);
	it->ws = get_d(r);
	it->mid = get_i(r);
	it->display = get_i(r);
	it->tab = get_i(r);
	it->trow = get_i(r);
	it->lw = get_d(r);
	it->color = get_rgb(r);
	it->role = (enum jk_lrole)get_i(r);
	it->col = get_i(r);
	it->para = get_i(r);
	it->ln = get_i(r);
	it->nln = get_i(r);
	it->font = get_i(r);
	it->text = get_s(r);
	it->dest = get_s(r);
	it->node = get_p(r);
	n = get_i(r);
	if (n <= 0 || r->bad)
		return;
	it->segs = jk_xcalloc((size_t)n, sizeof(*it->segs));
	for (i = 0; i < n && !r->bad; i++) {
		get_seg(r, &it->segs[i]);
		it->nsegs++;
	}
}

/* The bytes [off, off + len) of the spool, NULL if they cannot be read. */
static const char *
bytes(struct jk_spool *sp, off_t off, size_t len)
{
	ssize_t	 got;
	size_t	 want;

	if (off >= sp->flushed) {
		if ((size_t)(off - sp->flushed) + len > sp->mem.len)
			return NULL;
		return sp->mem.data + (off - sp->flushed);
	}
	if (off + (off_t)len > sp->flushed)
		flush(sp);	/* a record partly written: all of it */
	if (off + (off_t)len > sp->flushed)
		return NULL;
	if (sp->win != NULL && off >= sp->woff &&
	    off + (off_t)len <= sp->woff + (off_t)sp->wlen)
		return sp->win + (off - sp->woff);
	want = len > SPOOL_BUF ? len : SPOOL_BUF;
	free(sp->win);
	sp->win = jk_xmalloc(want);
	sp->woff = off;
	sp->wlen = 0;
	while (sp->wlen < len) {
		got = pread(sp->fd, sp->win + sp->wlen, want - sp->wlen,
		    off + (off_t)sp->wlen);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		sp->wlen += (size_t)got;
	}
	return sp->wlen >= len ? sp->win : NULL;
}

int
jk_spool_get(struct jk_spool *sp, off_t off, size_t len, int n,
    struct jk_pitem *out)
{
	struct rd	 r;
	int		 i;

	r.p = bytes(sp, off, len);
	r.end = r.p != NULL ? r.p + len : NULL;
	r.bad = r.p == NULL;
	for (i = 0; i < n; i++) {
		if (r.bad)
			memset(&out[i], 0, sizeof(out[i]));
		else
			get_item(&r, &out[i]);
	}
	return r.bad ? -1 : 0;
}
