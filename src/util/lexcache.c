/*
 * lexcache.c -- the word list's answers kept on disk (lexcache.h), so
 * that an issue built again asks the dictionary nothing and never loads
 * it.
 *
 * One file for each dictionary, named by a digest of its identity (the
 * path, and size, mtime and inode of its .aff and .dic): a dictionary
 * changed or replaced gets a file of its own, and its old answers are
 * never read.  The file is text:
 *
 *	jikji-lexicon 1 <sha-256 of the identity>
 *	Y<TAB>word
 *	N<TAB>word
 *	...
 *	end <number of words>
 *
 * A file that is not exactly that (another identity, a line of another
 * form, a count that does not match: cut short, or written by someone
 * else) is ignored whole.  It is written to a temporary file and renamed,
 * so a reader sees the old file or the new one, never half of one.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <glib.h>

#include "lexcache.h"
#include "util.h"

#define MAGIC		"jikji-lexicon 1 "
#define FILE_MAX	(16u << 20)	/* bytes: larger is no file of ours */

/* The folder of the cache files, or NULL when there is none (caller
 * frees). */
static char *
cache_dir(void)
{
	const char *env = getenv("JIKJI_LEXICON_CACHE");
	const char *xdg = getenv("XDG_CACHE_HOME");
	const char *home = getenv("HOME");

	if (env != NULL)
		return *env != '\0' ? jk_xstrdup(env) : NULL;
	if (xdg != NULL && xdg[0] == '/')
		return jk_xasprintf("%s/jikji", xdg);
	if (home != NULL && home[0] == '/')
		return jk_xasprintf("%s/.cache/jikji", home);
	return NULL;
}

char *
jk_lexcache_file(const char *base, const char *aff, const char *dic,
    char **digest)
{
	struct stat	 sa, sd;
	char		*dir, *id, *sum, *file;

	*digest = NULL;
	if ((dir = cache_dir()) == NULL)
		return NULL;
	if (stat(aff, &sa) == -1 || stat(dic, &sd) == -1) {
		free(dir);
		return NULL;
	}
	id = jk_xasprintf("%s\n%jd %jd.%09ld %ju\n%jd %jd.%09ld %ju\n", base,
	    (intmax_t)sa.st_size, (intmax_t)sa.st_mtim.tv_sec,
	    sa.st_mtim.tv_nsec, (uintmax_t)sa.st_ino,
	    (intmax_t)sd.st_size, (intmax_t)sd.st_mtim.tv_sec,
	    sd.st_mtim.tv_nsec, (uintmax_t)sd.st_ino);
	sum = g_compute_checksum_for_string(G_CHECKSUM_SHA256, id, -1);
	file = jk_xasprintf("%s/lexicon-%.16s.txt", dir, sum);
	*digest = jk_xstrdup(sum);
	g_free(sum);
	free(id);
	free(dir);
	return file;
}

/* Is s[0..n) a word the cache may hold: not empty, no longer than max,
 * no tab, line end or NUL? */
static int
storable(const char *s, size_t n, size_t max)
{
	return n > 0 && n <= max && memchr(s, '\t', n) == NULL &&
	    memchr(s, '\n', n) == NULL && memchr(s, '\r', n) == NULL &&
	    memchr(s, '\0', n) == NULL;
}

/*
 * Check buf as a whole cache file of this digest; return the number of
 * words it holds, or -1.  *body is set to its first word line.
 */
static long
check(const char *buf, size_t len, const char *digest, size_t max,
    const char **body)
{
	const char	*p = buf, *end = buf + len, *nl;
	long		 n = 0;
	char		*tail;
	size_t		 hl = strlen(MAGIC) + strlen(digest);

	if (len < hl + 1 || memcmp(p, MAGIC, strlen(MAGIC)) != 0 ||
	    memcmp(p + strlen(MAGIC), digest, strlen(digest)) != 0 ||
	    p[hl] != '\n')
		return -1;
	*body = p += hl + 1;
	for (; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			return -1;		/* cut short */
		if (nl - p > 4 && memcmp(p, "end ", 4) == 0)
			break;
		if (nl - p < 3 || (p[0] != 'Y' && p[0] != 'N') ||
		    p[1] != '\t' || !storable(p + 2, (size_t)(nl - p - 2), max))
			return -1;
		n++;
	}
	if (p >= end || nl + 1 != end)
		return -1;		/* no end line, or more after it */
	errno = 0;
	if (strtol(p + 4, &tail, 10) != n || tail != nl || errno != 0)
		return -1;
	return n;
}

long
jk_lexcache_read(const char *file, const char *digest, size_t max,
    GHashTable *into, unsigned limit)
{
	const char	*body;
	char		*buf = NULL, *p, *nl;
	gsize		 len;
	long		 n, added = 0;
	struct stat	 sb;

	if (stat(file, &sb) == -1 || !S_ISREG(sb.st_mode) ||
	    (uintmax_t)sb.st_size > FILE_MAX ||
	    !g_file_get_contents(file, &buf, &len, NULL))
		return 0;
	if ((n = check(buf, len, digest, max, &body)) <= 0) {
		g_free(buf);
		return 0;
	}
	for (p = buf + (body - buf); n > 0 && g_hash_table_size(into) < limit;
	    n--, p = nl + 1) {
		nl = strchr(p, '\n');
		*nl = '\0';
		if (g_hash_table_contains(into, p + 2))
			continue;	/* this process's answer stands */
		g_hash_table_insert(into, jk_xstrdup(p + 2),
		    GINT_TO_POINTER(p[0] == 'Y' ? JK_LEXCACHE_YES :
		    JK_LEXCACHE_NO));
		added++;
	}
	g_free(buf);
	return added;
}

/* Append the words of t whose value has (or lacks) the used mark. */
static unsigned
add_lines(GString *s, GHashTable *t, int used, unsigned room)
{
	GHashTableIter	 it;
	gpointer	 k, v;
	unsigned	 n = 0;
	int		 val;

	g_hash_table_iter_init(&it, t);
	while (n < room && g_hash_table_iter_next(&it, &k, &v)) {
		val = GPOINTER_TO_INT(v);
		if (((val & JK_LEXCACHE_USED) != 0) != used ||
		    !storable(k, strlen(k), (size_t)-1))
			continue;
		g_string_append_c(s, (val & 3) == JK_LEXCACHE_YES ? 'Y' : 'N');
		g_string_append_c(s, '\t');
		g_string_append(s, k);
		g_string_append_c(s, '\n');
		n++;
	}
	return n;
}

int
jk_lexcache_write(const char *file, const char *digest, GHashTable *t,
    unsigned limit)
{
	GString		*s = g_string_new(MAGIC);
	char		*dir = g_path_get_dirname(file);
	unsigned	 n;
	int		 rc = -1;

	g_string_append(s, digest);
	g_string_append_c(s, '\n');
	/* past the limit, the words this process asked go first */
	n = add_lines(s, t, 1, limit);
	n += add_lines(s, t, 0, limit - n);
	g_string_append_printf(s, "end %u\n", n);
	if (g_mkdir_with_parents(dir, 0700) == 0 &&
	    g_file_set_contents(file, s->str, (gssize)s->len, NULL))
		rc = 0;
	g_free(dir);
	g_string_free(s, TRUE);
	return rc;
}
