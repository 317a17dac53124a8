/*
 * lexicon.h -- a word list of the language, beside the issue's own
 * vocabulary: is this glued string a Korean word (with its particles and
 * endings)?
 *
 * The list is the Korean hunspell dictionary (Debian's hunspell-ko, read
 * with libhunspell): the stems of ko.dic and the particle and ending
 * rules of ko.aff, so "학위를", "만듭니다", "디스크만큼" are words and
 * "경영학박사", "만듭", "할표현합니다" are not.  It is loaded at most once
 * per process, by the first question no cached answer covers (about
 * 0.3 s and 50 MB for the Korean affix rules; `jikji build` with
 * several workers loads it before it forks them, and they share it).
 *
 * Every answer is cached: in memory, and on disk between runs, in
 * $JIKJI_LEXICON_CACHE (a folder; empty: no disk cache), else
 * $XDG_CACHE_HOME/jikji, else ~/.cache/jikji.  One file for each
 * dictionary, keyed by its files' path, size, mtime and inode, so a
 * dictionary changed is asked again; written atomically (a temporary
 * file renamed); a file damaged, of another form or cut short is
 * ignored whole, and a folder that cannot be written is no error.  The
 * answers are the dictionary's own, so the outputs are the same with
 * the cache cold, warm or off; an issue built again, every question
 * answered from disk, never loads the dictionary.  The tests run with
 * the cache off (tests/run-units, check_main.h, eval).
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
 * Load the dictionary now, whatever the disk cache holds (it is
 * otherwise loaded by the first question not cached).  Returns 1 when a
 * dictionary is there, 0 when not.  The path is $JIKJI_LEXICON (a path
 * without ".aff"/".dic"; empty: none), else /usr/share/hunspell/ko.
 */
int		 jk_lex_load(void);

/*
 * Start setting up on a thread of its own: read the disk cache and, if
 * it held no answers of this dictionary, load the dictionary, so that
 * the 0.3 s it takes overlaps the conversion's first steps; a question
 * asked meanwhile waits for it.  With answers on disk the dictionary
 * waits for a question they do not cover.  jk_lex_load and jk_lex_drop
 * join the thread: call one before fork(), so that no child starts with
 * the load half done.
 */
void		 jk_lex_preload(void);

/* Is the dictionary in memory?  (For tests: a warm cache loads none.) */
int		 jk_lex_loaded(void);

/*
 * Write the answers the dictionary gave since the last save to the disk
 * cache (merged with what the file holds).  Quietly nothing when the
 * cache is off or cannot be written.  jk_lex_drop saves too.
 */
void		 jk_lex_save(void);

/* Which dictionary answers ("/usr/share/hunspell/ko"), or NULL. */
const char	*jk_lex_path(void);

/* Questions asked and questions that reached the dictionary (not cached),
 * since the process started. */
void		 jk_lex_stats(unsigned long *asked, unsigned long *looked_up);

/*
 * The converter is done asking: save the new answers (jk_lex_save),
 * free the dictionary and its answers and give the memory back to the system (malloc_trim), so that what follows
 * (a book's layout) does not add its peak to theirs.  A later question
 * loads the dictionary again.  No other thread may be asking.
 */
void		 jk_lex_drop(void);

/*
 * Forget the dictionary and the cache in memory (nothing is saved): the
 * next question sets up again (after a change of JIKJI_LEXICON or
 * JIKJI_LEXICON_CACHE).  For tests; no other thread may be asking at
 * the time.
 */
void		 jk_lex_reset(void);

#endif
