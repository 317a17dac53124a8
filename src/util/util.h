/*
 * util.h -- memory, arena, growing buffers and the diagnostics catalogue.
 *
 * Out of memory is not an error path: jk_x* functions print and exit.
 * Every document owns one arena; nodes and their strings live in it and
 * die with it (jk_arena_free).  There is no per-node free.
 */
#ifndef JK_UTIL_H
#define JK_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

/* === allocation ======================================================= */

void	*jk_xmalloc(size_t);
void	*jk_xcalloc(size_t, size_t);
void	*jk_xrealloc(void *, size_t);
void	*jk_xreallocarray(void *, size_t, size_t);	/* overflow-checked */
char	*jk_xstrdup(const char *);
char	*jk_xstrndup(const char *, size_t);
char	*jk_xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));

/* === arena ============================================================= */

struct jk_arena;

struct jk_arena	*jk_arena_new(void);
void		 jk_arena_free(struct jk_arena *);	/* frees everything */
void		*jk_arena_alloc(struct jk_arena *, size_t);	/* zeroed */
char		*jk_arena_strdup(struct jk_arena *, const char *);
char		*jk_arena_strndup(struct jk_arena *, const char *, size_t);
char		*jk_arena_printf(struct jk_arena *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));
size_t		 jk_arena_used(const struct jk_arena *);	/* bytes, for bench */

/* === growing byte buffer =============================================== */

struct jk_buf {
	char	*data;		/* always NUL-terminated when size > 0 */
	size_t	 len;
	size_t	 size;
};

void	 jk_buf_init(struct jk_buf *);
void	 jk_buf_add(struct jk_buf *, const char *, size_t);
void	 jk_buf_puts(struct jk_buf *, const char *);
void	 jk_buf_putc(struct jk_buf *, int);
void	 jk_buf_printf(struct jk_buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 jk_buf_reset(struct jk_buf *);		/* len = 0, keeps memory */
char	*jk_buf_detach(struct jk_buf *);	/* caller frees; buf emptied */
void	 jk_buf_free(struct jk_buf *);

/* === files ============================================================= */

/* The most jk_file_read() reads; larger inputs are refused (EFBIG). */
#define JK_FILE_MAX	((size_t)1 << 30)

/*
 * Read a whole file.  Returns a malloc'd, NUL-terminated buffer (caller
 * frees) and its length in *len, or NULL with errno set.
 */
char	*jk_file_read(const char *path, size_t *len);

/*
 * The same, refusing (NULL, errno EFBIG) a file of more than max bytes
 * before reading it whole: a regular file by its size, before any read;
 * a pipe or device (/dev/zero never ends) after max + 1 bytes.
 */
char	*jk_file_read_max(const char *path, size_t max, size_t *len);

/* "64M", "200k", "1G", "5000" (K, M, G: powers of 1024, an optional B or
 * iB after them) into *size.  0, or -1 if not a size above 0. */
int	 jk_file_parse_size(const char *s, size_t *size);

/*
 * Write a whole file safely: see the output sets below.  Returns 0, or
 * -1 with errno set (no file left, the old one untouched).  An existing
 * PATH that is read-only or a directory is left alone (-1, errno EACCES
 * or EISDIR): see jk_file_replaceable().  While a set is in use
 * (jk_outset_use), the file joins it instead and is renamed at its
 * commit.
 */
int	 jk_file_write_atomic(const char *path, const void *data, size_t len);

/*
 * May PATH be written?  0 when it is "-", a writable file, device or FIFO,
 * or does not exist in a folder we may write in; else -1 with errno set
 * (EISDIR, EACCES, ENOENT for a missing folder, ...).  Ask it before the
 * work, so that an output that cannot be written fails at once.
 */
int	 jk_file_replaceable(const char *path);

/*
 * Output sets: files replaced together or not at all (the EPUB and the
 * PDF of one issue).  Each regular file is written to a temporary file
 * beside it, created with O_EXCL under an unpredictable name of jikji's
 * own (".jikji-tmp-PID@HOST-XXXXXX", mode 0644 less the umask), and
 * renamed over it at the commit; a symbolic link is kept and its target
 * replaced.  "-" (standard output), devices, FIFOs and anything under
 * /dev or /proc are written directly, never renamed over: those writes
 * cannot be taken back.
 *
 * Live temporary files are removed on SIGINT, SIGTERM and SIGHUP (when
 * their disposition was the default; the process then dies of the
 * signal), at exit() and by jk_outset_free(); those of a killed run are
 * removed by the next run that writes in the same folder (same host and
 * the process gone, or a day old).  One process may hold up to 64 at
 * once; beyond that they are made all the same but not cleaned on a
 * signal.  Not thread-safe: use one process per worker.
 */
struct jk_outset;

struct jk_outset *jk_outset_new(void);

/* Open path for writing in set: the file descriptor to write (owned by
 * the set), or -1 with errno set (nothing made). */
int	 jk_outset_open(struct jk_outset *, const char *path);

/* Open path and write data: 0, or -1 with errno set. */
int	 jk_outset_add(struct jk_outset *, const char *path, const void *data,
	    size_t len);

/*
 * Flush and rename every file of the set.  0, or -1 with errno set and
 * every temporary file removed; jk_outset_failed() names the file that
 * failed and jk_outset_committed() says how many were renamed before it
 * (more than 0: the set is now out of step, which the caller must say).
 */
int	 jk_outset_commit(struct jk_outset *);
int	 jk_outset_committed(const struct jk_outset *);
const char *jk_outset_failed(const struct jk_outset *);

/* Free the set, removing the temporary files of a set not committed. */
void	 jk_outset_free(struct jk_outset *);

/* Make jk_file_write_atomic() add to set (NULL: write each file at
 * once).  Returns the set in use before. */
struct jk_outset *jk_outset_use(struct jk_outset *);

/* Remove this process's live temporary files.  Async-signal-safe: for a
 * signal handler of the caller's own. */
void	 jk_file_tmp_cleanup(void);

/* Remove from dir the temporary files that process pid of this host left
 * (a worker killed by its supervisor).  Returns how many. */
int	 jk_file_tmp_remove(const char *dir, long pid);

/* A new private folder (0700) in TMPDIR or /tmp, named as jikji's
 * temporary files so that the next run removes it if this process is
 * killed before it does (caller removes it, and frees the path); NULL
 * with errno set. */
char	*jk_file_tmpdir_new(void);

/* Is NAME (a file name in a folder) a temporary file of jikji's naming
 * left by a run that is gone?  Times in seconds since the epoch. */
int	 jk_file_is_stale_tmp(const char *name, long long mtime,
	    long long now);

/* === work counting ===================================================== */

/*
 * A count of elementary steps (loop turns in the algorithms that could go
 * quadratic: id suffix probes, tree repair visits, line layouts ...).
 * Tests assert growth by comparing it across input sizes, never by a
 * clock: a loaded or sanitized machine is slower, not more work.
 */
extern unsigned long long jk_work;
#define JK_WORK(n)	(jk_work += (unsigned long long)(n))

/* === diagnostics ======================================================= */

/*
 * One catalogue of every message jikji can give (diag.c).  Each entry has
 * a severity.  The CLI exits with 1 when the worst level seen is
 * JK_ERROR or worse, so the severity of an entry is part of its contract.
 *
 * Module sections are kept apart in the enum and in diag.c; add new
 * entries at the end of your module's section, in both places.
 */
enum jk_level {
	JK_DEBUG = 0,	/* --explain only: decisions and their signals */
	JK_INFO,	/* something was moved or dropped on purpose */
	JK_WARN,	/* something looked wrong and was repaired */
	JK_ERROR,	/* the input could not be converted */
	JK_LEVEL__MAX
};

enum jk_msgid {
	/* general */
	JK_M_SYSERR,		/* error: I/O or library failure */
	JK_M_BADINPUT,		/* error: input unusable (encoding, empty) */
	JK_M_XML,		/* error: XML not well-formed or not valid */
	JK_M_STYLE,		/* error: style file problem */
	JK_M_META,		/* warn: --meta key unknown */
	/* cleanup */
	JK_M_BOM,		/* info: byte order mark removed */
	JK_M_BADUTF8,		/* warn: invalid UTF-8 replaced */
	JK_M_FFFD,		/* info: U+FFFD removed */
	JK_M_CTRL,		/* info: control character removed */
	JK_M_VERTICAL,		/* info: vertical running label dropped */
	JK_M_PAGEPAIR,		/* info: page-number pair turned into folio */
	JK_M_TAGLINE,		/* info: series tagline moved out of the flow */
	JK_M_BADGE,		/* info: item badge dropped */
	JK_M_STRAY,		/* info: stray fragment dropped */
	JK_M_JOIN,		/* debug: a line-join decision (--explain) */
	JK_M_ENCODING,		/* info: the input's encoding, as detected */
	JK_M_LATIN1,		/* warn: stray Latin-1 bytes read as such */
	JK_M_LEXICON,		/* info: no word list: own vocabulary only */
	/* structure */
	JK_M_ARTICLE,		/* debug: article boundary found */
	JK_M_NOTITLE,		/* warn: article without a title */
	JK_M_NOBYLINE,		/* debug: article without a byline */
	JK_M_BYLINEMOVED,	/* info: byline/bio moved to its article */
	JK_M_DEBRIS,		/* info: chart/diagram debris moved into a figure */
	JK_M_DEBRISDROP,	/* info: debris dropped */
	JK_M_CAPTION,		/* warn: caption without a title */
	JK_M_TABLEPRE,		/* info: table kept preformatted */
	JK_M_TABLESUM,		/* warn: table totals do not add up */
	JK_M_NOTEREF,		/* warn: footnote reference without a note */
	JK_M_NOTEORPHAN,	/* warn: footnote never referenced */
	JK_M_ORDER,		/* info: reading order repaired */
	JK_M_ORDERUNSURE,	/* warn: reading order looks wrong, kept */
	JK_M_SENTJOIN,		/* info: sentence cut by a figure joined back */
	JK_M_ADVERT,		/* info: advertisement recognised */
	JK_M_FRONTMATTER,	/* info: text outside any article */
	JK_M_NOTEXT,		/* warn: no article text at all (empty issue) */
	/* tree validation and repair */
	JK_M_TREE,		/* warn: tree invariant broken, repaired */
	JK_M_EMPTY,		/* warn: empty element removed */
	JK_M_LEVEL,		/* warn: heading level jump repaired */
	JK_M_DUPID,		/* warn: duplicate id renamed */
	/* backends */
	JK_M_FONT,		/* error: font missing */
	JK_M_GLYPH,		/* warn: glyph missing in every font */
	JK_M_OVERFLOW,		/* warn: content does not fit, clipped or moved */
	JK_M_EPUB,		/* error: EPUB could not be written */
	JK_M_EPUBMETA,		/* warn: metadata value unusable in the EPUB */
	JK_M_PDF,		/* error: PDF could not be written */
	JK_M_FONTCONF,		/* warn: project font set-up not found, system's
				 * fonts used */
	JK_M__MAX
};

struct jk_diag_entry {
	const char	*name;		/* short, stable: "vertical-label" */
	enum jk_level	 level;
	const char	*text;		/* "vertical running label dropped" */
};

const struct jk_diag_entry *jk_diag_lookup(enum jk_msgid);

/*
 * A diagnostics sink.  One per input file.  Messages at or above
 * min_level are printed to out (if not NULL) as
 *     FILE:LINE: LEVEL: text: detail [name]
 * and every message is counted; worst holds the worst level seen.
 * If keep is set, printed lines are also appended to log (for tests).
 */
struct jk_diag {
	const char	*file;		/* name shown in messages */
	FILE		*out;		/* NULL: count only */
	enum jk_level	 min_level;	/* default JK_INFO... set by CLI */
	enum jk_level	 worst;		/* worst level seen; starts JK_DEBUG */
	int		 count[JK_LEVEL__MAX];
	int		 keep;
	struct jk_buf	 log;
	/* If set, called for every message, whatever min_level says, with
	 * its formatted detail ("" if none): the proof report records them. */
	void		(*hook)(void *arg, enum jk_msgid, int line,
			    const char *detail);
	void		*hook_arg;
};

void	 jk_diag_init(struct jk_diag *, const char *file, FILE *out);
void	 jk_diag_free(struct jk_diag *);
void	 jk_msg(struct jk_diag *, enum jk_msgid, int line, const char *fmt, ...)
	    __attribute__((format(printf, 4, 5)));
void	 jk_vmsg(struct jk_diag *, enum jk_msgid, int line, const char *, va_list);
const char *jk_level_name(enum jk_level);

/* === UTF-8 helpers ===================================================== */

/* Decode one code point at s (len bytes left); *n gets its length.
 * Invalid bytes decode as U+FFFD with *n = 1.  ASCII and well-formed
 * three-byte forms (Hangul, CJK), the millions of calls a conversion
 * makes, are decoded here, inline; the rest by jk_utf8_decode(). */
unsigned int	 jk_utf8_decode(const char *s, size_t len, int *n);

static inline unsigned int
jk_utf8_get(const char *str, size_t len, int *n)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned int	 cp;

	if (len > 0 && s[0] < 0x80) {
		*n = 1;
		return s[0];
	}
	if (len >= 3 && (s[0] & 0xf0) == 0xe0 && (s[1] & 0xc0) == 0x80 &&
	    (s[2] & 0xc0) == 0x80) {
		cp = (s[0] & 0x0fu) << 12 | (s[1] & 0x3fu) << 6 |
		    (s[2] & 0x3fu);
		if (cp >= 0x800 && (cp < 0xd800 || cp > 0xdfff)) {
			*n = 3;
			return cp;
		}
	}
	return jk_utf8_decode(str, len, n);
}
int		 jk_utf8_put(char *out, unsigned int cp);	/* returns 1..4 */
size_t		 jk_utf8_count(const char *s);		/* code points */
int		 jk_is_hangul(unsigned int cp);		/* syllables + jamo */
int		 jk_is_han(unsigned int cp);		/* CJK ideographs */
/* Display width of a string in "Korean character" units: Hangul, Han and
 * fullwidth count 1, everything else 0.5. */
double		 jk_text_width(const char *s);
/* Append src without its spaces to dst[0..len), at most cap - 1 bytes in
 * all; NUL-terminates; returns the new length. */
size_t		 jk_cat_nospace(char *dst, size_t len, size_t cap,
		    const char *src);
/* "제85회 …", the n-th edition of an event: what follows "회", or NULL. */
const char	*jk_event_edition(const char *s);
/* An event's edition, then its name ("제42회 CTO 네트워킹 데이")? */
int		 jk_event_line(const char *s);

#endif
