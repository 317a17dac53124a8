/*
 * batch.h -- building an archive of issues: inputs from files and
 * folders, long-lived worker processes fed over pipes, incremental
 * rebuilds keyed by a content hash, a progress line, a summary, and the
 * editor's proof report and archive index (report.c).
 *
 * The pipeline itself (reading, converting, writing the books) stays
 * with the caller, given as two callbacks; the batch decides which
 * issues to build, where, in which process, and what to say about them.
 */
#ifndef JK_BATCH_H
#define JK_BATCH_H

#include "../tree/tree.h"

enum jk_status { JK_ST_CONVERTED = 0, JK_ST_UNCHANGED, JK_ST_FAILED,
	JK_ST__MAX };

/* One issue being built inside a worker. */
struct jk_job;

struct jk_batch_ops {
	/* Read and convert the job's input, messages to jk_job_diag().
	 * NULL after a message when it cannot be converted. */
	struct jk_doc	*(*load)(struct jk_job *, void *arg);
	/* Write the job's books from doc.  0, or -1 after a message. */
	int		 (*render)(struct jk_job *, const struct jk_doc *,
			    void *arg);
	void		*arg;
	/* In a worker with no job left, before it exits (may be NULL):
	 * what it kept from one issue to the next is let go of. */
	void		 (*done)(void *arg);
};

struct jk_batch_opts {
	const char	*outdir;
	int		 jobs;		/* workers; 0: one per core */
	int		 force;		/* rebuild even when unchanged */
	int		 quiet;		/* no summary line */
	int		 progress;	/* 1: draw the progress line */
	double		 timeout;	/* seconds an issue may take; 0: no
					 * limit (an issue past it fails and
					 * its worker is replaced) */
	enum jk_level	 min_level;	/* messages printed from here up */
	/* What besides the input decides the outputs (style text, options,
	 * version): part of each issue's content hash. */
	const char	*fingerprint;
	/* File name endings of the books, e.g. ".epub", ".pdf"; NULL-ended.
	 * An issue is unchanged only if all of them are still there. */
	const char *const *books;
};

/*
 * Expand the command line: a file is an input, a folder stands for the
 * *.txt and *.xml files below it (recursively, sorted by path).  Two
 * inputs with the same stem would write the same books: refused.
 * Returns 0 with *inputs (NULL-ended, free with g_strfreev) and *n, or
 * an exit code (1, 2) after one message on stderr.
 */
int		 jk_batch_inputs(char **args, int nargs, const char *outdir,
		    char ***inputs, int *n);

/*
 * Build every input: at most opts->jobs worker processes, forked once,
 * each taking issues one by one from the parent; a worker that dies is
 * replaced and only its issue fails.  Workers die with the parent
 * (PR_SET_PDEATHSIG); SIGINT, SIGTERM and SIGHUP stop them all and
 * remove their temporary files.  Writes STEM.report.{html,json} beside
 * each issue's books, DIR/.jikji/STEM.build (the content hash) and
 * DIR/index.html.  Returns the exit code: 1 if any issue failed, else 0.
 */
int		 jk_batch_run(char **inputs, int n, const struct jk_batch_opts *,
		    const struct jk_batch_ops *);

/* How many workers jk_batch_run forks for n inputs. */
int		 jk_batch_workers(int n, const struct jk_batch_opts *);

/* The file name without folder and extension: "a/b.txt" -> "b" (caller
 * frees). */
char		*jk_batch_stem(const char *path);

/* For the callbacks: the job's input path, its stem, the output folder,
 * and the diagnostics sink of this issue (borrowed; the same sink object
 * for every issue a worker builds, so a renderer may keep it). */
const char	*jk_job_input(const struct jk_job *);
const char	*jk_job_stem(const struct jk_job *);
const char	*jk_job_outdir(const struct jk_job *);
struct jk_diag	*jk_job_diag(struct jk_job *);
/* Is this the worker's last issue (no other follows it)?  Then what is
 * kept only for the next issue may be let go of early. */
int		 jk_job_last(const struct jk_job *);
/* Say which stage the job enters ("convert", "epub", "pdf" ...): shown
 * in the progress line and timed for the report. */
void		 jk_job_stage(struct jk_job *, const char *stage);

/* === content hash and build state (state.c) ========================== */

/* SHA-256 hex of fingerprint, the input path and its bytes (caller
 * frees).  The _file form reads the input piece by piece (never whole:
 * an input too large to convert is still hashed in constant memory);
 * NULL if it cannot be read. */
char		*jk_build_hash(const char *fingerprint, const char *input,
		    const char *data, size_t len);
char		*jk_build_hash_file(const char *fingerprint, const char *input);

struct jk_build_state {
	char		*hash;		/* NULL if none recorded */
	char		*input;
	char		*title;		/* the title, NULL if none */
	enum jk_status	 status;
	int		 warnings, errors;
	int		 checks;	/* decisions in the proof report */
};

/* DIR/.jikji/STEM.build (caller frees) */
char		*jk_build_state_path(const char *outdir, const char *stem);
/* Read the state of stem; 0, or -1 if there is none (st zeroed). */
int		 jk_build_state_read(const char *outdir, const char *stem,
		    struct jk_build_state *st);
/* Write it atomically (making DIR/.jikji); 0 or -1 with errno. */
int		 jk_build_state_write(const char *outdir, const char *stem,
		    const struct jk_build_state *st);
void		 jk_build_state_free(struct jk_build_state *);
const char	*jk_status_name(enum jk_status);

#endif
