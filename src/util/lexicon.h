/*
 * lexicon.h -- a word list of the language, beside the issue's own
 * vocabulary: is this glued string a Korean word (with its particles and
 * endings)?
 *
 * The list is the Korean hunspell dictionary (Debian's hunspell-ko, read
 * with libhunspell): the stems of ko.dic and the particle and ending
 * rules of ko.aff, so "학위를", "만듭니다", "디스크만큼" are words and
 * "경영학박사", "만듭", "할표현합니다" are not.  It is loaded once per
 * process, on the first question (about 0.4 s and 50 MB for the
 * Korean affix rules; `jikji build` loads it before it forks its
 * workers, which then share it), and every answer is cached.
 *
 * Without the dictionary (not installed, or JIKJI_LEXICON names no
 * readable one) every answer is JK_LEX_UNKNOWN and the converter
 * decides from the issue's own vocabulary alone, as it did before.
 *
 * Safe to call from several threads: loading is done once, lookups hold
 * a lock.  Only the converter asks; backends never do.
 */
#ifndef JK_LEXICON_H
#define JK_LEXICON_H

#include <stddef.h>

/* jk_lex_word's answers. */
enum jk_lex {
	JK_LEX_UNKNOWN = -1,	/* no dictionary: no evidence either way */
	JK_LEX_NO = 0,		/* not a word of the list */
	JK_LEX_YES = 1		/* a word (stem with particles or endings) */
};

/*
 * Is utf8[0..len) one word of the language?  The string is taken as it
 * is (no punctuation stripped, no spaces allowed: a string holding a
 * space, an empty one or one over 90 bytes is JK_LEX_NO).
 */
enum jk_lex	 jk_lex_word(const char *utf8, size_t len);

/*
 * Load the dictionary now (it is otherwise loaded by the first
 * question).  Returns 1 when a dictionary is there, 0 when not.  The
 * path is $JIKJI_LEXICON (a path without ".aff"/".dic"; empty: none),
 * else /usr/share/hunspell/ko.
 */
int		 jk_lex_load(void);

/*
 * Start loading the dictionary on a thread of its own, so that the 0.3 s
 * it takes overlaps the conversion's first steps; a question asked
 * meanwhile waits for it.  jk_lex_load joins the thread: call it before
 * fork(), so that no child starts with the load half done.
 */
void		 jk_lex_preload(void);

/* Which dictionary answers ("/usr/share/hunspell/ko"), or NULL. */
const char	*jk_lex_path(void);

/* Questions asked and questions that reached the dictionary (not cached),
 * since the process started. */
void		 jk_lex_stats(unsigned long *asked, unsigned long *looked_up);

/*
 * The converter is done asking: free the dictionary and its answers and
 * give the memory back to the system (malloc_trim), so that what follows
 * (a book's layout) does not add its peak to theirs.  A later question
 * loads the dictionary again.  No other thread may be asking.
 */
void		 jk_lex_drop(void);

/*
 * Forget the dictionary and the cache: the next question loads again
 * (after a change of JIKJI_LEXICON).  For tests; no other thread may be
 * asking at the time.
 */
void		 jk_lex_reset(void);

#endif
