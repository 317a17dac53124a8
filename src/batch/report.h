/*
 * report.h -- the editor's proof report of one issue (STEM.report.html
 * and STEM.report.json) and the archive index (index.html).
 *
 * The report is built from the diagnostics the converter gave (any
 * catalogue entry: name, level, line, detail) and the tree: each
 * decision shows the source lines beside what became of them, how sure
 * the converter was, and the tree XML id where an editor fixes it.
 * HTML is written with libxml2's writer (so every text is escaped),
 * plain HTML and CSS, no script, no network.
 */
#ifndef JK_REPORT_H
#define JK_REPORT_H

#include "batch.h"

/* One message the converter gave (detail malloc'd, "" if none). */
struct jk_record {
	enum jk_msgid	 id;
	int		 line;
	char		*detail;
};

struct jk_timing {
	char		 stage[16];
	double		 seconds;
};

struct jk_report_in {
	const char		*input;		/* path as given */
	const char		*stem;
	const struct jk_doc	*doc;
	const char		*text;		/* the input's bytes */
	size_t			 len;
	const struct jk_record	*recs;
	size_t			 nrecs;
	const struct jk_timing	*times;
	int			 ntimes;
	const char *const	*books;		/* file names written, NULL-ended */
	int			 warnings, errors;
};

/* The report as HTML / JSON (caller frees; length in *len). */
char	*jk_report_html(const struct jk_report_in *, size_t *len);
char	*jk_report_json(const struct jk_report_in *, size_t *len);

/* How many decisions the report shows (messages of level info and up). */
int	 jk_report_checks(const struct jk_record *, size_t n);

/* Write DIR/STEM.report.html and .json atomically.  0, or -1 after a
 * message to diag. */
int	 jk_report_write(const struct jk_report_in *, const char *outdir,
	    struct jk_diag *diag);

struct jk_index_row {
	const char	*stem;
	const char	*input;
	const char	*title;		/* NULL if unknown */
	enum jk_status	 status;
	int		 warnings, errors, checks;
	int		 report;	/* STEM.report.html exists */
	const char	*books[4];	/* existing book file names, NULL-ended */
};

/* The archive index: one row per issue, sorted by the caller. */
char	*jk_index_html(const struct jk_index_row *, int n, size_t *len);

/* Write DIR/index.html from the states in DIR/.jikji plus this run's
 * failures (stems given, may be NULL).  0 or -1 with errno. */
int	 jk_index_write(const char *outdir, const char *const *book_ext,
	    char **failed, char **failed_inputs, int nfailed);

#endif
