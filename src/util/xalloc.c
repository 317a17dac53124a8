/*
 * xalloc.c -- allocation that never fails (it exits), growing buffers and
 * the per-document arena.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

unsigned long long jk_work;

static void
oom(void)
{
	fputs("jikji: out of memory\n", stderr);
	exit(3);
}

void *
jk_xmalloc(size_t n)
{
	void	*p = malloc(n == 0 ? 1 : n);

	if (p == NULL)
		oom();
	return p;
}

void *
jk_xcalloc(size_t n, size_t sz)
{
	void	*p = calloc(n == 0 ? 1 : n, sz == 0 ? 1 : sz);

	if (p == NULL)
		oom();
	return p;
}

void *
jk_xrealloc(void *p, size_t n)
{
	if ((p = realloc(p, n == 0 ? 1 : n)) == NULL)
		oom();
	return p;
}

void *
jk_xreallocarray(void *p, size_t n, size_t sz)
{
	if (sz != 0 && n > SIZE_MAX / sz)
		oom();
	return jk_xrealloc(p, n * sz);
}

char *
jk_xstrdup(const char *s)
{
	return jk_xstrndup(s, strlen(s));
}

char *
jk_xstrndup(const char *s, size_t n)
{
	char	*p = jk_xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
jk_xasprintf(const char *fmt, ...)
{
	va_list	 ap;
	char	*p;

	va_start(ap, fmt);
	if (vasprintf(&p, fmt, ap) < 0)
		oom();
	va_end(ap);
	return p;
}

/* === arena ============================================================= */

#define ARENA_CHUNK	(64 * 1024)

struct chunk {
	struct chunk	*next;
	size_t		 size, used;
	max_align_t	 data[];
};

struct jk_arena {
	struct chunk	*head;
	size_t		 total;
};

struct jk_arena *
jk_arena_new(void)
{
	return jk_xcalloc(1, sizeof(struct jk_arena));
}

void
jk_arena_free(struct jk_arena *a)
{
	struct chunk	*c, *n;

	if (a == NULL)
		return;
	for (c = a->head; c != NULL; c = n) {
		n = c->next;
		free(c);
	}
	free(a);
}

void *
jk_arena_alloc(struct jk_arena *a, size_t n)
{
	struct chunk	*c = a->head;
	size_t		 al = sizeof(max_align_t), sz;
	void		*p;

	/* Round up to the alignment; a size near SIZE_MAX would wrap. */
	if (n > SIZE_MAX - sizeof(*c) - al)
		oom();
	n = (n + al - 1) / al * al;
	if (n == 0)
		n = al;
	if (c == NULL || c->size - c->used < n) {
		sz = n > ARENA_CHUNK ? n : ARENA_CHUNK;
		c = jk_xmalloc(sizeof(*c) + sz);
		c->size = sz;
		c->used = 0;
		if (a->head != NULL && n > ARENA_CHUNK) {
			/* A big block: keep the current chunk current. */
			c->next = a->head->next;
			a->head->next = c;
		} else {
			c->next = a->head;
			a->head = c;
		}
		a->total += sz;
	}
	p = (char *)c->data + c->used;
	c->used += n;
	memset(p, 0, n);
	return p;
}

char *
jk_arena_strndup(struct jk_arena *a, const char *s, size_t n)
{
	char	*p = jk_arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
jk_arena_strdup(struct jk_arena *a, const char *s)
{
	return s == NULL ? NULL : jk_arena_strndup(a, s, strlen(s));
}

char *
jk_arena_printf(struct jk_arena *a, const char *fmt, ...)
{
	va_list	 ap;
	char	*tmp, *p;

	va_start(ap, fmt);
	if (vasprintf(&tmp, fmt, ap) < 0)
		oom();
	va_end(ap);
	p = jk_arena_strdup(a, tmp);
	free(tmp);
	return p;
}

size_t
jk_arena_used(const struct jk_arena *a)
{
	return a->total;
}

/* === buffers =========================================================== */

void
jk_buf_init(struct jk_buf *b)
{
	b->data = NULL;
	b->len = b->size = 0;
}

static void
grow(struct jk_buf *b, size_t extra)
{
	size_t	 need;

	if (extra > SIZE_MAX - b->len - 1)
		oom();		/* len + extra + 1 would wrap */
	need = b->len + extra + 1;
	if (need <= b->size)
		return;
	if (b->size <= SIZE_MAX / 2 && need < b->size * 2)
		need = b->size * 2;
	if (need < 64)
		need = 64;
	b->data = jk_xrealloc(b->data, need);
	b->size = need;
}

void
jk_buf_add(struct jk_buf *b, const char *s, size_t n)
{
	grow(b, n);
	if (n > 0)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
jk_buf_puts(struct jk_buf *b, const char *s)
{
	jk_buf_add(b, s, strlen(s));
}

void
jk_buf_putc(struct jk_buf *b, int c)
{
	char	 ch = (char)c;

	jk_buf_add(b, &ch, 1);
}

void
jk_buf_printf(struct jk_buf *b, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void
jk_buf_reset(struct jk_buf *b)
{
	b->len = 0;
	if (b->data != NULL)
		b->data[0] = '\0';
}

char *
jk_buf_detach(struct jk_buf *b)
{
	char	*p = b->data;

	if (p == NULL)
		p = jk_xstrdup("");
	jk_buf_init(b);
	return p;
}

void
jk_buf_free(struct jk_buf *b)
{
	free(b->data);
	jk_buf_init(b);
}
