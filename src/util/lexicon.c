/*
 * lexicon.c -- the language's word list (lexicon.h): hunspell's Korean
 * dictionary behind a cache.
 *
 * Loading is done once (under a lock); a lock keeps the hunspell handle and the
 * cache to one caller at a time.  The cache holds every answer asked for
 * (a few thousand words an issue); past CACHE_MAX entries it starts
 * again, so a long batch worker stays bounded.
 */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <hunspell/hunspell.h>

#include "lexicon.h"
#include "util.h"

#define WORD_MAX	90	/* bytes: 30 syllables, longer is no word */
#define CACHE_MAX	(1u << 18)
#define DEFAULT_PATH	"/usr/share/hunspell/ko"

struct lexicon {
	Hunhandle	*h;	/* NULL: no dictionary */
	char		*path;
	GHashTable	*cache;	/* word -> answer + 1 */
	GMutex		 lock;
	unsigned long	 asked, looked_up;
};

static struct lexicon	*lex;		/* set once loaded */
static GMutex		 load_lock;	/* static: needs no init */
static GThread		*preloader;	/* jk_lex_preload's thread */

static struct lexicon *
load(void)
{
	struct lexicon *l = jk_xcalloc(1, sizeof(*l));
	const char *base = getenv("JIKJI_LEXICON");
	char	*aff, *dic;

	if (base == NULL)
		base = DEFAULT_PATH;
	g_mutex_init(&l->lock);
	l->cache = g_hash_table_new_full(g_str_hash, g_str_equal, free,
	    NULL);
	if (*base == '\0')
		return l;
	aff = jk_xasprintf("%s.aff", base);
	dic = jk_xasprintf("%s.dic", base);
	/* hunspell does not say when its files are missing */
	if (g_file_test(aff, G_FILE_TEST_IS_REGULAR) &&
	    g_file_test(dic, G_FILE_TEST_IS_REGULAR)) {
		l->h = Hunspell_create(aff, dic);
		l->path = jk_xstrdup(base);
	}
	free(aff);
	free(dic);
	return l;
}

static struct lexicon *
get(void)
{
	struct lexicon *l = g_atomic_pointer_get(&lex);

	if (l != NULL)
		return l;
	g_mutex_lock(&load_lock);
	if ((l = g_atomic_pointer_get(&lex)) == NULL) {
		l = load();
		g_atomic_pointer_set(&lex, l);
	}
	g_mutex_unlock(&load_lock);
	return l;
}

void
jk_lex_reset(void)
{
	struct lexicon *l;

	g_mutex_lock(&load_lock);
	if ((l = g_atomic_pointer_get(&lex)) != NULL) {
		g_atomic_pointer_set(&lex, NULL);
		if (l->h != NULL)
			Hunspell_destroy(l->h);
		g_hash_table_destroy(l->cache);
		g_mutex_clear(&l->lock);
		free(l->path);
		free(l);
	}
	g_mutex_unlock(&load_lock);
}

void
jk_lex_drop(void)
{
	if (preloader != NULL) {
		g_thread_join(preloader);
		preloader = NULL;
	}
	if (g_atomic_pointer_get(&lex) == NULL)
		return;
	jk_lex_reset();
	/* free() keeps the pages for the next malloc: hand them back, so
	 * that what comes next does not sit on top of them */
	malloc_trim(0);
}

static gpointer
preload_main(gpointer unused)
{
	(void)unused;
	(void)get();
	return NULL;
}

void
jk_lex_preload(void)
{
	if (preloader != NULL || g_atomic_pointer_get(&lex) != NULL)
		return;
	/* no thread, no harm: the first question loads */
	preloader = g_thread_try_new("jikji-lexicon", preload_main, NULL,
	    NULL);
}

int
jk_lex_load(void)
{
	if (preloader != NULL) {
		g_thread_join(preloader);
		preloader = NULL;
	}
	return get()->h != NULL;
}

const char *
jk_lex_path(void)
{
	struct lexicon *l = get();

	return l->h != NULL ? l->path : NULL;
}

enum jk_lex
jk_lex_word(const char *utf8, size_t len)
{
	struct lexicon *l = get();
	enum jk_lex r;
	gpointer v;
	char	 w[WORD_MAX + 1];

	if (l->h == NULL) {
		g_mutex_lock(&l->lock);
		l->asked++;
		g_mutex_unlock(&l->lock);
		return JK_LEX_UNKNOWN;
	}
	if (utf8 == NULL || len == 0 || len > WORD_MAX ||
	    memchr(utf8, ' ', len) != NULL || memchr(utf8, '\0', len) != NULL)
		return JK_LEX_NO;
	memcpy(w, utf8, len);
	w[len] = '\0';
	JK_WORK(1);
	g_mutex_lock(&l->lock);
	l->asked++;
	if ((v = g_hash_table_lookup(l->cache, w)) != NULL) {
		g_mutex_unlock(&l->lock);
		return (enum jk_lex)(GPOINTER_TO_INT(v) - 1);
	}
	l->looked_up++;
	r = Hunspell_spell(l->h, w) != 0 ? JK_LEX_YES : JK_LEX_NO;
	if (g_hash_table_size(l->cache) >= CACHE_MAX)
		g_hash_table_remove_all(l->cache);
	g_hash_table_insert(l->cache, jk_xstrdup(w), GINT_TO_POINTER(r + 1));
	g_mutex_unlock(&l->lock);
	return r;
}

void
jk_lex_stats(unsigned long *asked, unsigned long *looked_up)
{
	struct lexicon *l = g_atomic_pointer_get(&lex);

	if (asked != NULL)
		*asked = 0;
	if (looked_up != NULL)
		*looked_up = 0;
	if (l == NULL)
		return;		/* not loaded: nothing asked */
	g_mutex_lock(&l->lock);
	if (asked != NULL)
		*asked = l->asked;
	if (looked_up != NULL)
		*looked_up = l->looked_up;
	g_mutex_unlock(&l->lock);
}
