/*
 * lexcache.h -- the word list's answers kept on disk between runs, for
 * lexicon.c alone (lexicon.h says where, and how to turn it off).
 */
#ifndef JK_LEXCACHE_H
#define JK_LEXCACHE_H

#include <stddef.h>

#include <glib.h>

/* Values in the answer table: the answer, and a mark for the words asked
 * in this process (they are kept first when the file is full). */
#define JK_LEXCACHE_NO		1	/* JK_LEX_NO + 1 */
#define JK_LEXCACHE_YES		2	/* JK_LEX_YES + 1 */
#define JK_LEXCACHE_USED	4

/*
 * The cache file of the dictionary base (files aff and dic), and in
 * *digest its identity's digest (both to free); NULL when there is no
 * cache (turned off, no folder for it, or the files cannot be seen).
 */
char	*jk_lexcache_file(const char *base, const char *aff, const char *dic,
	    char **digest);

/*
 * Add the answers of file to into (word -> value above; words already
 * there are kept), while into holds fewer than limit.  Words longer
 * than max make the file invalid.  Returns how many were added: 0 for a
 * missing, unreadable or invalid file (nothing is taken from it).
 */
long	 jk_lexcache_read(const char *file, const char *digest, size_t max,
	    GHashTable *into, unsigned limit);

/* Write t (at most limit words) to file, atomically.  0, or -1. */
int	 jk_lexcache_write(const char *file, const char *digest,
	    GHashTable *t, unsigned limit);

#endif
