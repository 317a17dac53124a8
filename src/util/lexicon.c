/*
 * lexicon.c -- the language's word list (lexicon.h): hunspell's Korean
 * dictionary behind a cache of answers, in memory and on disk
 * (lexcache.c).
 *
 * Setting up is done once (under a lock): find the dictionary, read the
 * answers kept on disk.  The dictionary itself (0.3 s, 50 MB) is loaded
 * by the first question those answers do not cover, so an issue built
 * again never loads it.  A lock keeps the hunspell handle and the cache
 * to one caller at a time.  The cache holds every answer asked for (a
 * few thousand words an issue); past CACHE_MAX entries it starts again,
 * so a long batch worker stays bounded.
 */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <hunspell/hunspell.h>

#include "lexicon.h"
#include "lexcache.h"
#include "util.h"

#define WORD_MAX	90	/* bytes: 30 syllables, longer is no word */
#define CACHE_MAX	(1u << 18)
#define DISK_MAX	(1u << 16)	/* words in the cache file */
#define DEFAULT_PATH	"/usr/share/hunspell/ko"

struct lexicon {
	Hunhandle	*h;	/* loaded by the first question not cached */
	char		*path;	/* NULL: no dictionary */
	char		*aff, *dic;
	char		*disk;	/* the cache file; NULL: none */
	char		*digest;	/* of the dictionary's identity */
	GHashTable	*cache;	/* word -> JK_LEXCACHE_* */
	GMutex		 lock;
	long		 from_disk;	/* answers read from the file */
	unsigned long	 asked, looked_up, fresh;	/* fresh: not saved */
};

static struct lexicon	*lex;		/* set once set up */
static GMutex		 load_lock;	/* static: needs no init */
static GThread		*preloader;	/* jk_lex_preload's thread */

/* Find the dictionary and read the answers kept on disk; the dictionary
 * itself is loaded only when a question finds no answer there. */
static struct lexicon *
setup(void)
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
		l->path = jk_xstrdup(base);
		l->aff = aff;
		l->dic = dic;
		l->disk = jk_lexcache_file(base, aff, dic, &l->digest);
		if (l->disk != NULL)
			l->from_disk = jk_lexcache_read(l->disk, l->digest,
			    WORD_MAX, l->cache, CACHE_MAX);
		return l;
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
		l = setup();
		g_atomic_pointer_set(&lex, l);
	}
	g_mutex_unlock(&load_lock);
	return l;
}

/* The dictionary, loaded now if it is not yet (l->lock held). */
static Hunhandle *
hunspell(struct lexicon *l)
{
	if (l->h == NULL && l->path != NULL)
		l->h = Hunspell_create(l->aff, l->dic);
	return l->h;
}

static void
join_preloader(void)
{
	if (preloader != NULL) {
		g_thread_join(preloader);
		preloader = NULL;
	}
}

void
jk_lex_reset(void)
{
	struct lexicon *l;

	join_preloader();
	g_mutex_lock(&load_lock);
	if ((l = g_atomic_pointer_get(&lex)) != NULL) {
		g_atomic_pointer_set(&lex, NULL);
		if (l->h != NULL)
			Hunspell_destroy(l->h);
		g_hash_table_destroy(l->cache);
		g_mutex_clear(&l->lock);
		free(l->path);
		free(l->aff);
		free(l->dic);
		free(l->disk);
		free(l->digest);
		free(l);
	}
	g_mutex_unlock(&load_lock);
}

void
jk_lex_save(void)
{
	struct lexicon *l = g_atomic_pointer_get(&lex);

	if (l == NULL)
		return;
	g_mutex_lock(&l->lock);
	if (l->disk != NULL && l->fresh > 0) {
		/* what other processes saved meanwhile is kept too */
		jk_lexcache_read(l->disk, l->digest, WORD_MAX, l->cache,
		    CACHE_MAX);
		/* a cache that cannot be written is no cache: no error */
		(void)jk_lexcache_write(l->disk, l->digest, l->cache,
		    DISK_MAX);
		l->fresh = 0;
	}
	g_mutex_unlock(&l->lock);
}

void
jk_lex_drop(void)
{
	join_preloader();
	if (g_atomic_pointer_get(&lex) == NULL)
		return;
	jk_lex_save();
	jk_lex_reset();
	/* free() keeps the pages for the next malloc: hand them back, so
	 * that what comes next does not sit on top of them */
	malloc_trim(0);
}

/* Load the dictionary unless the disk answered before: then only a
 * question it cannot answer loads it. */
static gpointer
preload_main(gpointer unused)
{
	struct lexicon *l = get();

	(void)unused;
	g_mutex_lock(&l->lock);
	if (l->from_disk == 0)
		(void)hunspell(l);
	g_mutex_unlock(&l->lock);
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
	struct lexicon *l;

	join_preloader();
	l = get();
	g_mutex_lock(&l->lock);
	(void)hunspell(l);
	g_mutex_unlock(&l->lock);
	return l->h != NULL;
}

int
jk_lex_loaded(void)
{
	struct lexicon *l = g_atomic_pointer_get(&lex);
	int	 r;

	if (l == NULL)
		return 0;
	g_mutex_lock(&l->lock);
	r = l->h != NULL;
	g_mutex_unlock(&l->lock);
	return r;
}

const char *
jk_lex_path(void)
{
	return get()->path;
}

enum jk_lex
jk_lex_word(const char *utf8, size_t len)
{
	struct lexicon *l = get();
	Hunhandle *h;
	enum jk_lex r;
	gpointer v;
	char	 w[WORD_MAX + 1];
	int	 val;

	if (l->path == NULL) {
		__atomic_fetch_add(&l->asked, 1, __ATOMIC_RELAXED);
		return JK_LEX_UNKNOWN;
	}
	if (utf8 == NULL || len == 0 || len > WORD_MAX ||
	    memchr(utf8, ' ', len) != NULL || memchr(utf8, '\0', len) != NULL)
		return JK_LEX_NO;
	memcpy(w, utf8, len);
	w[len] = '\0';
	JK_WORK(1);
	g_mutex_lock(&l->lock);
	__atomic_fetch_add(&l->asked, 1, __ATOMIC_RELAXED);
	if ((v = g_hash_table_lookup(l->cache, w)) != NULL) {
		val = GPOINTER_TO_INT(v);
		if (!(val & JK_LEXCACHE_USED))	/* kept first on disk */
			g_hash_table_insert(l->cache, jk_xstrdup(w),
			    GINT_TO_POINTER(val | JK_LEXCACHE_USED));
		g_mutex_unlock(&l->lock);
		return (enum jk_lex)((val & 3) - 1);
	}
	if ((h = hunspell(l)) == NULL) {
		g_mutex_unlock(&l->lock);
		return JK_LEX_UNKNOWN;
	}
	__atomic_fetch_add(&l->looked_up, 1, __ATOMIC_RELAXED);
	l->fresh++;
	r = Hunspell_spell(h, w) != 0 ? JK_LEX_YES : JK_LEX_NO;
	if (g_hash_table_size(l->cache) >= CACHE_MAX)
		g_hash_table_remove_all(l->cache);
	g_hash_table_insert(l->cache, jk_xstrdup(w),
	    GINT_TO_POINTER((r + 1) | JK_LEXCACHE_USED));
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
	/* read without the lock, which a loading dictionary holds: the
	 * conversion starts while it loads, not after */
	if (asked != NULL)
		*asked = __atomic_load_n(&l->asked, __ATOMIC_RELAXED);
	if (looked_up != NULL)
		*looked_up = __atomic_load_n(&l->looked_up, __ATOMIC_RELAXED);
}
