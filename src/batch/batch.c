/*
 * batch.c -- many issues at once.  The parent forks N workers once; each
 * takes issue numbers from its own pipe and answers on another (stage
 * changes, then one result with the issue's messages).  The parent keeps
 * the workers busy, replaces one that dies (its issue fails, the others
 * go on), draws the progress line, prints each issue's messages whole,
 * and ends with a summary, the archive index and an exit code.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "batch.h"
#include "report.h"

/* Set in the issue number sent to a worker: no other issue follows it. */
#define LAST_ISSUE	0x80000000u

/* === inputs ============================================================ */

char *
jk_batch_stem(const char *path)
{
	char	*b = g_path_get_basename(path), *dot, *r;

	if ((dot = strrchr(b, '.')) != NULL && dot != b)
		*dot = '\0';
	r = jk_xstrdup(b);
	g_free(b);
	return r;
}

static int
wanted(const char *name)
{
	return name[0] != '.' && (g_str_has_suffix(name, ".txt") ||
	    g_str_has_suffix(name, ".xml"));
}

/* Add the inputs below folder dir to v, recursively. */
static void
walk(const char *dir, GPtrArray *v)
{
	DIR		*d;
	struct dirent	*e;
	struct stat	 sb;
	char		*p;

	if ((d = opendir(dir)) == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		p = g_build_filename(dir, e->d_name, NULL);
		if (stat(p, &sb) == 0 && S_ISDIR(sb.st_mode))
			walk(p, v);
		else if (stat(p, &sb) == 0 && S_ISREG(sb.st_mode) &&
		    wanted(e->d_name)) {
			g_ptr_array_add(v, p);
			continue;
		}
		g_free(p);
	}
	closedir(d);
}

static int
by_path(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
jk_batch_inputs(char **args, int nargs, const char *outdir, char ***inputs,
    int *n)
{
	GPtrArray	*v = g_ptr_array_new_with_free_func(g_free);
	GHashTable	*stems;
	struct stat	 sb;
	guint		 i, first;
	int		 k, rc = 0;

	for (k = 0; k < nargs; k++) {
		if (stat(args[k], &sb) == 0 && S_ISDIR(sb.st_mode)) {
			GPtrArray	*f = g_ptr_array_new();

			walk(args[k], f);
			g_ptr_array_sort(f, by_path);
			for (i = 0; i < f->len; i++)
				g_ptr_array_add(v, f->pdata[i]);
			first = f->len;
			g_ptr_array_free(f, TRUE);
			if (first == 0) {
				fprintf(stderr, "jikji: %s: a folder without "
				    "any *.txt or *.xml input\n", args[k]);
				rc = 1;
				goto fail;
			}
		} else
			g_ptr_array_add(v, g_strdup(args[k]));
	}
	stems = g_hash_table_new_full(g_str_hash, g_str_equal, free, NULL);
	for (i = 0; i < v->len && rc == 0; i++) {
		char	*s = jk_batch_stem(v->pdata[i]);
		char	*prev = g_hash_table_lookup(stems, s);

		if (prev != NULL) {
			fprintf(stderr, "jikji: %s and %s would both write "
			    "%s/%s.*\n", prev, (char *)v->pdata[i], outdir, s);
			free(s);
			rc = 2;
		} else
			g_hash_table_insert(stems, s, v->pdata[i]);
	}
	g_hash_table_destroy(stems);
	if (rc != 0)
		goto fail;
	*n = (int)v->len;
	g_ptr_array_add(v, NULL);
	*inputs = (char **)g_ptr_array_free(v, FALSE);
	return 0;
fail:
	g_ptr_array_free(v, TRUE);
	return rc;
}

/* === pipes ============================================================= */

/* What a worker tells the parent: a stage change, or the result. */
struct wmsg {
	int32_t		 type;		/* 'S' stage, 'R' result */
	int32_t		 idx;
	int32_t		 status;	/* R: enum jk_status */
	int32_t		 warnings, errors;
	uint32_t	 len;		/* bytes after: stage or messages */
};

static int
write_full(int fd, const void *buf, size_t len)
{
	const char	*p = buf;
	ssize_t		 w;

	while (len > 0) {
		if ((w = write(fd, p, len)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		len -= (size_t)w;
	}
	return 0;
}

/* 1 read whole, 0 end of file before anything, -1 error or short. */
static int
read_full(int fd, void *buf, size_t len)
{
	char	*p = buf;
	size_t	 got = 0;
	ssize_t	 r;

	while (got < len) {
		if ((r = read(fd, p + got, len - got)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (r == 0)
			return got == 0 ? 0 : -1;
		got += (size_t)r;
	}
	return 1;
}

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* === the worker side =================================================== */

#define MAX_TIMES	8

struct jk_job {
	const char		*input;
	char			*stem;
	const char		*outdir;
	int			 idx;
	int			 last;		/* no issue follows in this worker */
	int			 fd;		/* to the parent */
	struct jk_diag		*diag;
	GArray			*recs;		/* struct jk_record */
	struct jk_timing	 times[MAX_TIMES];
	int			 ntimes;
	double			 t0;
};

const char *
jk_job_input(const struct jk_job *j)
{
	return j->input;
}

const char *
jk_job_stem(const struct jk_job *j)
{
	return j->stem;
}

int
jk_job_last(const struct jk_job *j)
{
	return j->last;
}

const char *
jk_job_outdir(const struct jk_job *j)
{
	return j->outdir;
}

struct jk_diag *
jk_job_diag(struct jk_job *j)
{
	return j->diag;
}

static void
send_msg(int fd, int type, int idx, int status, int w, int e,
    const char *data, size_t len)
{
	struct wmsg	 m;

	memset(&m, 0, sizeof(m));
	m.type = type;
	m.idx = idx;
	m.status = status;
	m.warnings = w;
	m.errors = e;
	m.len = (uint32_t)len;
	/* The parent gone, the worker has nobody to work for. */
	if (write_full(fd, &m, sizeof(m)) == -1 ||
	    (len > 0 && write_full(fd, data, len) == -1))
		_exit(1);
}

void
jk_job_stage(struct jk_job *j, const char *stage)
{
	double	 t = now();

	if (j->ntimes > 0)
		j->times[j->ntimes - 1].seconds = t - j->t0;
	j->t0 = t;
	if (j->ntimes < MAX_TIMES) {
		snprintf(j->times[j->ntimes].stage,
		    sizeof(j->times[0].stage), "%s", stage);
		j->times[j->ntimes++].seconds = 0;
	}
	if (j->fd >= 0)
		send_msg(j->fd, 'S', j->idx, 0, 0, 0, stage, strlen(stage));
}

static void
record(void *arg, enum jk_msgid id, int line, const char *detail)
{
	struct jk_job		*j = arg;
	struct jk_record	 r;

	r.id = id;
	r.line = line;
	r.detail = jk_xstrdup(detail);
	g_array_append_val(j->recs, r);
}

/* Are all the books and the report of stem there? */
static int
outputs_exist(const char *outdir, const char *stem, const char *const *books)
{
	static const char *const reports[] = {
		".report.html", ".report.json", NULL
	};
	int	 i, k, ok = 1;

	for (k = 0; k < 2 && ok; k++) {
		const char *const *ext = k == 0 ? books : reports;

		for (i = 0; ext[i] != NULL && ok; i++) {
			char	*p = jk_xasprintf("%s/%s%s", outdir, stem,
			    ext[i]);

			ok = access(p, F_OK) == 0;
			free(p);
		}
	}
	return ok;
}

/*
 * Build one issue: unchanged if its hash and outputs are there; else
 * load, render, report, record the new state.  Fills *w, *e and log.
 */
static enum jk_status
build_issue(struct jk_job *j, const struct jk_batch_opts *o,
    const struct jk_batch_ops *ops, int *w, int *e, struct jk_buf *log)
{
	static struct jk_diag	 diag;	/* one per worker: renderers keep it */
	struct jk_build_state	 st, old;
	struct jk_report_in	 in;
	struct jk_doc		*doc = NULL;
	enum jk_status		 status = JK_ST_FAILED;
	const char		*names[4];
	char			*text = NULL, *hash, *path;
	size_t			 len = 0;
	int			 i, nb = 0;

	jk_job_stage(j, "check");
	hash = jk_build_hash_file(o->fingerprint, j->input);
	if (jk_build_state_read(o->outdir, j->stem, &old) == 0 &&
	    !o->force && hash != NULL && old.hash != NULL &&
	    strcmp(old.hash, hash) == 0 && old.status != JK_ST_FAILED &&
	    outputs_exist(o->outdir, j->stem, o->books)) {
		*w = old.warnings;
		*e = old.errors;
		jk_build_state_free(&old);
		free(hash);
		return JK_ST_UNCHANGED;
	}
	jk_build_state_free(&old);

	jk_diag_init(&diag, j->input, NULL);
	diag.min_level = o->min_level;
	diag.keep = 1;
	diag.hook = record;
	diag.hook_arg = j;
	j->diag = &diag;
	j->recs = g_array_new(FALSE, FALSE, sizeof(struct jk_record));

	jk_job_stage(j, "convert");
	if ((doc = ops->load(j, ops->arg)) == NULL)
		goto out;
	if (ops->render(j, doc, ops->arg) == -1 || diag.worst >= JK_ERROR)
		goto out;
	jk_job_stage(j, "report");
	/* Converted, so no larger than the converter takes. */
	text = jk_file_read(j->input, &len);
	for (i = 0; o->books[i] != NULL && nb < 3; i++)
		names[nb++] = jk_xasprintf("%s%s", j->stem, o->books[i]);
	names[nb] = NULL;
	memset(&in, 0, sizeof(in));
	in.input = j->input;
	in.stem = j->stem;
	in.doc = doc;
	in.text = text;
	in.len = text != NULL ? len : 0;
	in.recs = (const struct jk_record *)(void *)j->recs->data;
	in.nrecs = j->recs->len;
	in.times = j->times;
	in.ntimes = j->ntimes - 1;	/* the report's own time is unknown */
	in.books = names;
	in.warnings = diag.count[JK_WARN];
	in.errors = diag.count[JK_ERROR];
	i = jk_report_write(&in, o->outdir, &diag);
	while (nb > 0)
		free((char *)names[--nb]);
	if (i == -1)
		goto out;
	memset(&st, 0, sizeof(st));
	st.hash = hash;
	st.input = (char *)j->input;
	st.status = JK_ST_CONVERTED;
	st.title = (char *)jk_meta_get(doc, "title");
	st.checks = jk_report_checks(in.recs, in.nrecs);
	st.warnings = diag.count[JK_WARN];
	st.errors = diag.count[JK_ERROR];
	if (jk_build_state_write(o->outdir, j->stem, &st) == -1)
		jk_msg(&diag, JK_M_SYSERR, 0, "%s/.jikji: %s", o->outdir,
		    strerror(errno));
	else
		status = JK_ST_CONVERTED;
out:
	if (status == JK_ST_FAILED) {
		/* No state claims the old books match this input. */
		path = jk_build_state_path(o->outdir, j->stem);
		unlink(path);
		free(path);
	}
	*w = diag.count[JK_WARN];
	*e = diag.count[JK_ERROR];
	jk_buf_add(log, diag.log.data != NULL ? diag.log.data : "",
	    diag.log.len);
	for (i = 0; i < (int)j->recs->len; i++)
		free(g_array_index(j->recs, struct jk_record, i).detail);
	g_array_free(j->recs, TRUE);
	j->recs = NULL;
	jk_doc_free(doc);
	jk_diag_free(&diag);
	free(text);
	free(hash);
	return status;
}

static void
worker(int jobfd, int resfd, pid_t parent, char **inputs,
    const struct jk_batch_opts *o, const struct jk_batch_ops *ops)
{
	struct jk_job	 j;
	struct jk_buf	 log;
	uint32_t	 idx;
	int		 w, e, st;

	/* Die with the parent, whatever kills it. */
	prctl(PR_SET_PDEATHSIG, SIGTERM);
	if (getppid() != parent)
		_exit(1);
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
	signal(SIGPIPE, SIG_DFL);
	jk_buf_init(&log);
	while (read_full(jobfd, &idx, sizeof(idx)) == 1) {
		memset(&j, 0, sizeof(j));
		j.last = (idx & LAST_ISSUE) != 0;
		idx &= ~LAST_ISSUE;
		j.input = inputs[idx];
		j.stem = jk_batch_stem(inputs[idx]);
		j.outdir = o->outdir;
		j.idx = (int)idx;
		j.fd = resfd;
		jk_buf_reset(&log);
		w = e = 0;
		st = build_issue(&j, o, ops, &w, &e, &log);
		send_msg(resfd, 'R', (int)idx, st, w, e, log.data, log.len);
		free(j.stem);
	}
	jk_buf_free(&log);
	if (ops->done != NULL)
		ops->done(ops->arg);
	_exit(0);
}

/* === the parent side =================================================== */

struct wslot {
	pid_t		 pid;		/* 0: none */
	int		 jobfd;		/* parent writes issue numbers */
	int		 resfd;		/* parent reads messages */
	int		 idx;		/* issue in hand, -1 idle */
	char		 stage[16];
	double		 started;	/* when it got the issue */
	int		 overdue;	/* killed for taking too long */
};

struct run {
	const struct jk_batch_opts	*o;
	const struct jk_batch_ops	*ops;
	char		**inputs;
	int		 n, next, done;
	int		 count[JK_ST__MAX], warnings;
	enum jk_status	*status;
	struct wslot	*w;
	int		 nw;
	double		 t0;
	int		 drawn;		/* a progress line is on screen */
};

static int sigpipe_fd[2] = { -1, -1 };
static volatile sig_atomic_t stop_sig;

static void
on_signal(int sig)
{
	int	 saved = errno;

	stop_sig = sig;
	if (sigpipe_fd[1] >= 0)
		(void)!write(sigpipe_fd[1], "", 1);
	errno = saved;
}

static int
spawn(struct run *r, int k)
{
	int	 jp[2], rp[2], i;
	pid_t	 pid, parent = getpid();

	if (pipe(jp) == -1)
		return -1;
	if (pipe(rp) == -1) {
		close(jp[0]);
		close(jp[1]);
		return -1;
	}
	fflush(NULL);
	if ((pid = fork()) == -1) {
		close(jp[0]);
		close(jp[1]);
		close(rp[0]);
		close(rp[1]);
		return -1;
	}
	if (pid == 0) {
		/* Only its own two ends: a worker must see end of file when
		 * the parent closes the others' pipes. */
		for (i = 0; i < r->nw; i++)
			if (r->w[i].pid != 0) {
				close(r->w[i].jobfd);
				close(r->w[i].resfd);
			}
		close(sigpipe_fd[0]);
		close(sigpipe_fd[1]);
		close(jp[1]);
		close(rp[0]);
		worker(jp[0], rp[1], parent, r->inputs, r->o, r->ops);
	}
	close(jp[0]);
	close(rp[1]);
	fcntl(jp[1], F_SETFD, FD_CLOEXEC);
	fcntl(rp[0], F_SETFD, FD_CLOEXEC);
	r->w[k].pid = pid;
	r->w[k].jobfd = jp[1];
	r->w[k].resfd = rp[0];
	r->w[k].idx = -1;
	r->w[k].stage[0] = '\0';
	return 0;
}

/* Give worker k the next issue, or close its pipe when none is left. */
static void
feed(struct run *r, int k)
{
	uint32_t	 idx;

	if (r->next >= r->n || stop_sig) {
		if (r->w[k].jobfd >= 0) {
			close(r->w[k].jobfd);
			r->w[k].jobfd = -1;
		}
		return;
	}
	idx = (uint32_t)r->next;
	if (r->next + 1 >= r->n)
		idx |= LAST_ISSUE;	/* what it keeps for more may go */
	if (write_full(r->w[k].jobfd, &idx, sizeof(idx)) == -1)
		return;		/* it died; its end of file tells us */
	r->w[k].idx = r->next++;
	r->w[k].started = now();
	snprintf(r->w[k].stage, sizeof(r->w[k].stage), "start");
}

static void
clear_progress(struct run *r)
{
	if (r->drawn) {
		fputs("\r\033[K", stderr);
		r->drawn = 0;
	}
}

/* "3/8 · issue-4 pdf · issue-5 convert · 4.1/min · 0:42 left" */
static void
draw_progress(struct run *r)
{
	struct winsize	 ws;
	struct jk_buf	 b;
	double		 el = now() - r->t0, rate;
	size_t		 cols = 80, i, chars;
	int		 k, left;

	if (!r->o->progress)
		return;
	if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 10)
		cols = ws.ws_col;
	jk_buf_init(&b);
	jk_buf_printf(&b, "jikji: %d/%d", r->done, r->n);
	for (k = 0; k < r->nw; k++)
		if (r->w[k].pid != 0 && r->w[k].idx >= 0) {
			char	*s = jk_batch_stem(r->inputs[r->w[k].idx]);

			jk_buf_printf(&b, " · %s %s", s, r->w[k].stage);
			free(s);
		}
	if (r->done > 0 && el > 0) {
		rate = r->done / el;
		left = (int)((r->n - r->done) / rate + 0.5);
		jk_buf_printf(&b, " · %.1f/min · %d:%02d left", rate * 60,
		    left / 60, left % 60);
	}
	/* Cut to the terminal's width, counting characters, not bytes. */
	for (i = 0, chars = 0; i < b.len; i++)
		if (((unsigned char)b.data[i] & 0xc0) != 0x80 &&
		    ++chars >= cols) {
			b.data[i] = '\0';
			break;
		}
	fprintf(stderr, "\r%s\033[K", b.data);
	fflush(stderr);
	r->drawn = 1;
	jk_buf_free(&b);
}

static void
finish_issue(struct run *r, int idx, enum jk_status st, int w,
    const char *log, size_t len)
{
	clear_progress(r);
	if (len > 0) {
		fwrite(log, 1, len, stderr);
		fflush(stderr);
	}
	r->status[idx] = st;
	r->count[st]++;
	r->warnings += w;
	r->done++;
}

/* Read one message of worker k; -1 when it is gone. */
static int
take(struct run *r, int k)
{
	struct wslot	*s = &r->w[k];
	struct wmsg	 m;
	char		*data = NULL;

	if (read_full(s->resfd, &m, sizeof(m)) != 1)
		return -1;
	if (m.len > 0) {
		data = jk_xmalloc((size_t)m.len + 1);
		if (read_full(s->resfd, data, m.len) != 1) {
			free(data);
			return -1;
		}
		data[m.len] = '\0';
	}
	if (m.type == 'S')
		snprintf(s->stage, sizeof(s->stage), "%s", data ? data : "");
	else if (m.type == 'R' && m.idx == s->idx && m.status >= 0 &&
	    m.status < JK_ST__MAX) {
		finish_issue(r, s->idx, (enum jk_status)m.status, m.warnings,
		    data, m.len);
		s->idx = -1;
		feed(r, k);
	}
	free(data);
	return 0;
}

/* Remove what a worker that is gone left half written. */
static void
remove_temps(const struct run *r, pid_t pid)
{
	char	*meta = jk_xasprintf("%s/.jikji", r->o->outdir);

	jk_file_tmp_remove(r->o->outdir, (long)pid);
	jk_file_tmp_remove(meta, (long)pid);
	free(meta);
}

/* Worker k is gone: reap it, fail its issue, replace it if work is left. */
static void
lost(struct run *r, int k)
{
	struct wslot	*s = &r->w[k];
	int		 wst = 0;
	char		*msg;

	close(s->resfd);
	if (s->jobfd >= 0)
		close(s->jobfd);
	while (waitpid(s->pid, &wst, 0) == -1 && errno == EINTR)
		;
	remove_temps(r, s->pid);
	s->pid = 0;
	if (s->idx >= 0) {
		msg = s->overdue ? jk_xasprintf("%s: error: not built in "
		    "--timeout %g s; its worker was stopped [worker]\n",
		    r->inputs[s->idx], r->o->timeout) : WIFSIGNALED(wst) ?
		    jk_xasprintf("%s: error: the worker building it died "
		    "(signal %d: %s) [worker]\n", r->inputs[s->idx],
		    WTERMSIG(wst), strsignal(WTERMSIG(wst))) :
		    jk_xasprintf("%s: error: the worker building it exited "
		    "(status %d) [worker]\n", r->inputs[s->idx],
		    WIFEXITED(wst) ? WEXITSTATUS(wst) : -1);
		finish_issue(r, s->idx, JK_ST_FAILED, 0, msg, strlen(msg));
		free(msg);
		s->idx = -1;
	}
	s->overdue = 0;
	if (r->next < r->n && !stop_sig) {
		if (spawn(r, k) == 0)
			feed(r, k);
		else
			perror("jikji: fork");
	}
}

/* Stop every worker (SIGTERM, then SIGKILL after 2 s) and remove what
 * they left half written. */
static void
stop_all(struct run *r)
{
	double	 t = now();
	int	 k, alive, wst;

	for (k = 0; k < r->nw; k++)
		if (r->w[k].pid != 0)
			kill(r->w[k].pid, SIGTERM);
	do {
		alive = 0;
		for (k = 0; k < r->nw; k++) {
			if (r->w[k].pid == 0)
				continue;
			if (waitpid(r->w[k].pid, &wst, WNOHANG) == 0) {
				if (now() - t > 2)
					kill(r->w[k].pid, SIGKILL);
				alive++;
				continue;
			}
			remove_temps(r, r->w[k].pid);
			r->w[k].pid = 0;
		}
		if (alive)
			usleep(10000);
	} while (alive);
}

/* How long poll may wait: the progress line's refresh, or until the
 * first issue in hand would pass --timeout; -1 for ever. */
static int
wait_ms(const struct run *r)
{
	double	 t = now(), left, ms = r->o->progress ? 500 : -1;
	int	 k;

	for (k = 0; r->o->timeout > 0 && k < r->nw; k++) {
		if (r->w[k].pid == 0 || r->w[k].idx < 0 || r->w[k].overdue)
			continue;
		left = (r->w[k].started + r->o->timeout - t) * 1000 + 1;
		if (left < 0)
			left = 0;
		if (ms < 0 || left < ms)
			ms = left;
	}
	return ms < 0 ? -1 : ms > 1e9 ? 1000000000 : (int)ms;
}

/* Kill the workers whose issue has taken longer than --timeout: their
 * end of file fails the issue and brings a new worker. */
static void
overdue(struct run *r)
{
	double	 t = now();
	int	 k;

	for (k = 0; r->o->timeout > 0 && k < r->nw; k++)
		if (r->w[k].pid != 0 && r->w[k].idx >= 0 &&
		    !r->w[k].overdue &&
		    t - r->w[k].started >= r->o->timeout) {
			kill(r->w[k].pid, SIGKILL);
			r->w[k].overdue = 1;
		}
}

static void
summary(const struct run *r)
{
	fprintf(stderr, "jikji: %d issue%s: %d converted, %d unchanged, "
	    "%d failed; %d warning%s\n", r->n, r->n == 1 ? "" : "s",
	    r->count[JK_ST_CONVERTED], r->count[JK_ST_UNCHANGED],
	    r->count[JK_ST_FAILED], r->warnings, r->warnings == 1 ? "" : "s");
}

static void
write_index(const struct run *r)
{
	char	**failed = jk_xcalloc((size_t)r->n + 1, sizeof(char *));
	char	**finputs = jk_xcalloc((size_t)r->n + 1, sizeof(char *));
	int	 i, nf = 0;

	for (i = 0; i < r->n; i++)
		if (r->status[i] == JK_ST_FAILED) {
			finputs[nf] = r->inputs[i];
			failed[nf++] = jk_batch_stem(r->inputs[i]);
		}
	if (jk_index_write(r->o->outdir, r->o->books, failed, finputs,
	    nf) == -1)
		fprintf(stderr, "jikji: %s/index.html: %s\n", r->o->outdir,
		    strerror(errno));
	for (i = 0; i < nf; i++)
		free(failed[i]);
	free(failed);
	free(finputs);
}

int
jk_batch_workers(int n, const struct jk_batch_opts *o)
{
	int	 ncores = (int)sysconf(_SC_NPROCESSORS_ONLN), nw;

	nw = o->jobs > 0 ? o->jobs : ncores > 0 ? ncores : 1;
	return nw < n ? nw : n;
}

int
jk_batch_run(char **inputs, int n, const struct jk_batch_opts *o,
    const struct jk_batch_ops *ops)
{
	struct sigaction	 sa, old[3];
	static const int	 sigs[3] = { SIGINT, SIGTERM, SIGHUP };
	struct run		 r;
	struct pollfd		*pfd;
	int			 k, i, np, live, sig;

	memset(&r, 0, sizeof(r));
	r.o = o;
	r.ops = ops;
	r.inputs = inputs;
	r.n = n;
	r.t0 = now();
	r.status = jk_xcalloc((size_t)n, sizeof(*r.status));
	r.nw = jk_batch_workers(n, o);
	r.w = jk_xcalloc((size_t)r.nw, sizeof(*r.w));
	pfd = jk_xcalloc((size_t)r.nw + 1, sizeof(*pfd));

	stop_sig = 0;
	if (pipe(sigpipe_fd) == -1) {
		perror("jikji: pipe");
		return 1;
	}
	fcntl(sigpipe_fd[1], F_SETFL, O_NONBLOCK);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < 3; i++)
		sigaction(sigs[i], &sa, &old[i]);
	signal(SIGPIPE, SIG_IGN);	/* a dead worker's pipe: EPIPE */

	for (k = 0; k < r.nw; k++) {
		if (spawn(&r, k) == -1) {
			perror("jikji: fork");
			break;
		}
		feed(&r, k);
	}
	for (;;) {
		np = 0;
		live = 0;
		pfd[np].fd = sigpipe_fd[0];
		pfd[np++].events = POLLIN;
		for (k = 0; k < r.nw; k++)
			if (r.w[k].pid != 0) {
				pfd[np].fd = r.w[k].resfd;
				pfd[np++].events = POLLIN;
				live++;
			}
		if (live == 0 || stop_sig)
			break;
		draw_progress(&r);
		if (poll(pfd, (nfds_t)np, wait_ms(&r)) == -1 &&
		    errno != EINTR)
			break;
		if (stop_sig)
			break;
		overdue(&r);
		for (i = 1, k = 0; k < r.nw; k++) {
			if (r.w[k].pid == 0)
				continue;
			if (pfd[i++].revents & (POLLIN | POLLHUP | POLLERR))
				if (take(&r, k) == -1)
					lost(&r, k);
		}
	}
	sig = stop_sig;
	if (sig)
		stop_all(&r);
	clear_progress(&r);
	for (k = 0; k < r.nw; k++)
		if (r.w[k].pid != 0) {	/* left after all work: reap */
			close(r.w[k].resfd);
			if (r.w[k].jobfd >= 0)
				close(r.w[k].jobfd);
			waitpid(r.w[k].pid, NULL, 0);
		}
	for (i = 0; i < 3; i++)
		sigaction(sigs[i], &old[i], NULL);
	signal(SIGPIPE, SIG_DFL);
	close(sigpipe_fd[0]);
	close(sigpipe_fd[1]);
	sigpipe_fd[0] = sigpipe_fd[1] = -1;
	if (sig) {
		fprintf(stderr, "jikji: stopped by signal %d after %d of %d "
		    "issues\n", sig, r.done, r.n);
		free(r.status);
		free(r.w);
		free(pfd);
		signal(sig, SIG_DFL);
		raise(sig);
		return 128 + sig;
	}
	if (r.count[JK_ST_CONVERTED] + r.count[JK_ST_UNCHANGED] > 0)
		write_index(&r);
	if (!o->quiet && n > 1)
		summary(&r);
	k = r.count[JK_ST_FAILED] > 0 || r.done < n ? 1 : 0;
	free(r.status);
	free(r.w);
	free(pfd);
	return k;
}
