/*
 * file.c -- whole-file reading and safe writing, so that an output
 * appears whole or not at all.
 *
 * An output is written to a temporary file beside it, created with
 * O_EXCL under an unpredictable name of jikji's own (".jikji-tmp-PID@HOST-
 * XXXXXX": never a file or link someone planted), and renamed over it
 * when whole.  A device, FIFO or "-" is written directly.  Live temporary
 * files are listed in a registry that a signal handler (SIGINT, SIGTERM,
 * SIGHUP) and exit() clean; those a killed run left behind are removed
 * by the next run that writes in the same folder.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

#define TMP_PREFIX	".jikji-tmp-"
#define TMP_SLOTS	64		/* temporary files alive at once */
#define TMP_STALE_AGE	(24 * 60 * 60)	/* another host's: stale after */

/* === reading ========================================================== */

char *
jk_file_read_max(const char *path, size_t max, size_t *lenp)
{
	struct stat	 sb;
	char		*buf = NULL;
	size_t		 len = 0, size;
	ssize_t		 n;
	int		 fd, saved;

	if (max > SIZE_MAX / 4)
		max = SIZE_MAX / 4;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)) == -1)
		return NULL;
	if (fstat(fd, &sb) == -1)
		goto fail;
	if (S_ISDIR(sb.st_mode)) {
		errno = EISDIR;
		goto fail;
	}
	/* A regular file is refused by its size, before any read; a pipe
	 * or a device (which may never end) after max + 1 bytes. */
	if (S_ISREG(sb.st_mode) && (unsigned long long)sb.st_size > max) {
		errno = EFBIG;
		goto fail;
	}
	size = S_ISREG(sb.st_mode) ? (size_t)sb.st_size + 1 : 65536;
	if (size > max + 1)
		size = max + 1;
	buf = jk_xmalloc(size + 1);
	for (;;) {
		if (len == size) {
			size = size > (max + 1) / 2 ? max + 1 : size * 2;
			buf = jk_xrealloc(buf, size + 1);
		}
		if ((n = read(fd, buf + len, size - len)) < 0) {
			if (errno == EINTR)
				continue;
			goto fail;
		}
		if (n == 0)
			break;
		len += (size_t)n;
		if (len > max) {
			errno = EFBIG;
			goto fail;
		}
	}
	close(fd);
	buf[len] = '\0';
	if (lenp != NULL)
		*lenp = len;
	return buf;
fail:
	saved = errno;
	free(buf);
	close(fd);
	errno = saved;
	return NULL;
}

char *
jk_file_read(const char *path, size_t *lenp)
{
	return jk_file_read_max(path, JK_FILE_MAX, lenp);
}

int
jk_file_parse_size(const char *s, size_t *size)
{
	unsigned long long	 v, mul = 1;
	char			*end;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0 || v == 0)
		return -1;
	switch (*end) {
	case 'k': case 'K':
		mul = 1ULL << 10;
		break;
	case 'm': case 'M':
		mul = 1ULL << 20;
		break;
	case 'g': case 'G':
		mul = 1ULL << 30;
		break;
	}
	if (mul > 1) {
		end++;
		if (*end == 'i')
			end++;
	}
	if (*end == 'B' || *end == 'b')
		end++;
	if (*end != '\0' || v > SIZE_MAX / 4 / mul)
		return -1;
	*size = (size_t)(v * mul);
	return 0;
}

/* === the registry of live temporary files ============================== */

/*
 * Slots are filled and emptied with the three signals blocked, and a
 * slot's path is complete before its owner is set: the handler (which
 * may run in another thread, one of a library's) sees each slot either
 * whole or empty, and nothing is ever freed under it.  The owner pid
 * keeps a forked child from removing its parent's files.
 */
static char		 reg_path[TMP_SLOTS][PATH_MAX];
static volatile sig_atomic_t reg_pid[TMP_SLOTS];	/* 0: slot free */
static const int	 reg_signals[] = { SIGINT, SIGTERM, SIGHUP };

void
jk_file_tmp_cleanup(void)
{
	pid_t	 me = getpid();
	int	 i;

	for (i = 0; i < TMP_SLOTS; i++)
		if (reg_pid[i] == me)
			unlink(reg_path[i]);
}

/* Async-signal-safe: unlink, then die of the same signal. */
static void
on_signal(int sig)
{
	struct sigaction	 sa;

	jk_file_tmp_cleanup();
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
	raise(sig);		/* delivered when the handler returns */
}

static void
reg_block(sigset_t *old)
{
	sigset_t	 set;
	size_t		 i;

	sigemptyset(&set);
	for (i = 0; i < sizeof(reg_signals) / sizeof(*reg_signals); i++)
		sigaddset(&set, reg_signals[i]);
	sigprocmask(SIG_BLOCK, &set, old);
}

/* Each temporary file: handlers for signals that would kill us silently
 * (one the caller ignores or handles itself is left alone), and, once,
 * exit(). */
static void
reg_init(void)
{
	static int		 done;
	struct sigaction	 sa, old;
	size_t			 i;

	if (!done)
		atexit(jk_file_tmp_cleanup);
	done = 1;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(reg_signals) / sizeof(*reg_signals); i++)
		if (sigaction(reg_signals[i], NULL, &old) == 0 &&
		    old.sa_handler == SIG_DFL)
			sigaction(reg_signals[i], &sa, NULL);
}

/* Forget slot (the file is gone or renamed).  Signals blocked by caller. */
static void
reg_drop(int slot)
{
	if (slot >= 0)
		reg_pid[slot] = 0;
}

/* The folder of path ("." when it names none); caller frees. */
static char *
dir_of(const char *path)
{
	char	*dir = jk_xstrdup(path), *slash;

	if ((slash = strrchr(dir, '/')) == NULL)
		strcpy(dir, ".");
	else if (slash == dir)
		slash[1] = '\0';
	else
		*slash = '\0';
	return dir;
}

/* === stale temporary files ============================================ */

static const char *
hostname(void)
{
	static char	 host[40];
	char		 buf[256], *s;
	size_t		 n = 0;

	if (host[0] != '\0')
		return host;
	if (gethostname(buf, sizeof(buf)) != 0)
		buf[0] = '\0';
	buf[sizeof(buf) - 1] = '\0';
	for (s = buf; *s != '\0' && n < sizeof(host) - 1; s++)
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		    (*s >= '0' && *s <= '9') || *s == '.' || *s == '_')
			host[n++] = *s;
	if (n == 0)
		host[n++] = 'x';
	host[n] = '\0';
	return host;
}

/* The mkstemp() template of a temporary file of ours in dir (caller
 * frees): "DIR/.jikji-tmp-PID@HOST-XXXXXX". */
static char *
tmp_template(const char *dir)
{
	return jk_xasprintf("%s%s" TMP_PREFIX "%ld@%s-XXXXXX", dir,
	    dir[strlen(dir) - 1] == '/' ? "" : "/", (long)getpid(),
	    hostname());
}

/*
 * Parse a temporary file name of ours: its pid, and whether this host
 * made it.  0 if name is not of our naming.
 */
static long
tmp_owner(const char *name, int *here)
{
	const char	*p, *at, *dash;
	char		*end;
	long		 pid;

	if (strncmp(name, TMP_PREFIX, strlen(TMP_PREFIX)) != 0)
		return 0;
	p = name + strlen(TMP_PREFIX);
	pid = strtol(p, &end, 10);
	if (end == p || *end != '@' || pid <= 0)
		return 0;
	at = end;
	if ((dash = strrchr(at, '-')) == NULL || strlen(dash) != 7)
		return 0;
	*here = (size_t)(dash - at - 1) == strlen(hostname()) &&
	    strncmp(at + 1, hostname(), (size_t)(dash - at - 1)) == 0;
	return pid;
}

/* Is process pid gone: no such process, or a zombie (dead, only not
 * reaped yet, as under an init that does not reap)? */
static int
pid_gone(pid_t pid)
{
	char	 path[40], buf[128], *rp;
	ssize_t	 n;
	int	 fd;

	if (kill(pid, 0) == -1)
		return errno == ESRCH;
	snprintf(path, sizeof(path), "/proc/%ld/stat", (long)pid);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return 0;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	/* "pid (name) S ...": the state follows the last ')' */
	if ((rp = strrchr(buf, ')')) == NULL || rp[1] != ' ')
		return 0;
	return rp[2] == 'Z' || rp[2] == 'X';
}

int
jk_file_is_stale_tmp(const char *name, long long mtime, long long now)
{
	int	 here;
	long	 pid = tmp_owner(name, &here);

	if (pid == 0)
		return 0;
	if (now - mtime > TMP_STALE_AGE)
		return 1;
	/* Ours (this host), and the process that made it is gone. */
	if (!here || (pid_t)pid == getpid())
		return 0;
	return pid_gone((pid_t)pid);
}

/* Remove the temporary folder name of folder dfd: its own regular files
 * (never a link, never a folder in it), then itself; 0 if removed. */
static int
remove_tmpdir(int dfd, const char *name)
{
	struct stat	 sb;
	struct dirent	*de;
	DIR		*d;
	int		 fd;

	fd = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC);
	if (fd == -1 || (d = fdopendir(fd)) == NULL) {
		if (fd != -1)
			close(fd);
		return -1;
	}
	while ((de = readdir(d)) != NULL)
		if (fstatat(fd, de->d_name, &sb, AT_SYMLINK_NOFOLLOW) == 0 &&
		    (S_ISREG(sb.st_mode) || S_ISLNK(sb.st_mode)))
			unlinkat(fd, de->d_name, 0);
	closedir(d);
	return unlinkat(dfd, name, AT_REMOVEDIR);
}

/*
 * Remove from dir the temporary files of our naming and owner: those of
 * process pid on this host, or (pid 0) the stale ones.  Never a link.
 */
static int
remove_tmps(const char *dir, long pid)
{
	struct stat	 sb;
	struct dirent	*de;
	DIR		*d;
	time_t		 now = time(NULL);
	int		 fd, here, n = 0;

	if ((d = opendir(dir)) == NULL)
		return 0;
	fd = dirfd(d);
	while ((de = readdir(d)) != NULL) {
		if (strncmp(de->d_name, TMP_PREFIX, strlen(TMP_PREFIX)) != 0 ||
		    fstatat(fd, de->d_name, &sb, AT_SYMLINK_NOFOLLOW) == -1 ||
		    !(S_ISREG(sb.st_mode) || S_ISDIR(sb.st_mode)) ||
		    sb.st_uid != geteuid())
			continue;
		if (!(pid == 0 ? jk_file_is_stale_tmp(de->d_name, sb.st_mtime,
		    now) : tmp_owner(de->d_name, &here) == pid && here))
			continue;
		if (S_ISDIR(sb.st_mode))
			n += remove_tmpdir(fd, de->d_name) == 0;
		else
			n += unlinkat(fd, de->d_name, 0) == 0;
	}
	closedir(d);
	return n;
}

int
jk_file_tmp_remove(const char *dir, long pid)
{
	return pid > 0 ? remove_tmps(dir, pid) : 0;
}

/* Remove, once per process and folder, the temporary files of runs that
 * were killed there. */
static void
sweep(const char *dir)
{
	static struct {
		char	*dir;
		dev_t	 dev;
		ino_t	 ino;
		pid_t	 pid;
		time_t	 when;
	} seen[16];
	static int	 next;
	struct stat	 sb;
	time_t		 now = time(NULL);
	int		 i;

	if (stat(dir, &sb) == -1)
		return;
	/* Again after a minute: a long-lived process outlives the runs
	 * killed beside it. */
	for (i = 0; i < 16; i++)
		if (seen[i].dir != NULL && strcmp(seen[i].dir, dir) == 0 &&
		    seen[i].dev == sb.st_dev && seen[i].ino == sb.st_ino &&
		    seen[i].pid == getpid() && now - seen[i].when < 60)
			return;
	i = next++ % 16;
	free(seen[i].dir);
	seen[i].dir = jk_xstrdup(dir);
	seen[i].dev = sb.st_dev;
	seen[i].ino = sb.st_ino;
	seen[i].pid = getpid();
	seen[i].when = now;
	remove_tmps(dir, 0);
}

char *
jk_file_tmpdir_new(void)
{
	const char	*dir = getenv("TMPDIR");
	char		*tmp;

	if (dir == NULL || *dir != '/')
		dir = "/tmp";
	sweep(dir);
	tmp = tmp_template(dir);
	if (mkdtemp(tmp) == NULL) {
		free(tmp);
		return NULL;
	}
	return tmp;
}

/* === what an output path is ============================================ */

enum kind { K_NEW, K_REPLACE, K_DIRECT, K_STDOUT };

/* Is path under /dev or /proc (never renamed over, whatever it is)? */
static int
special_path(const char *path)
{
	return strncmp(path, "/dev/", 5) == 0 ||
	    strncmp(path, "/proc/", 6) == 0;
}

/* The file a link whose target does not exist yet points at (one level;
 * caller frees), or NULL. */
static char *
dangling_target(const char *link)
{
	char	 buf[PATH_MAX], *dir, *r;
	ssize_t	 n;

	if (errno != ENOENT ||
	    (n = readlink(link, buf, sizeof(buf) - 1)) <= 0)
		return NULL;
	buf[n] = '\0';
	if (buf[0] == '/')
		return jk_xstrdup(buf);
	dir = dir_of(link);
	r = jk_xasprintf("%s/%s", dir, buf);
	free(dir);
	return r;
}

/*
 * How is path to be written?  *target gets the file to rename over (a
 * symbolic link's target: the link stays).  -1 with errno when it cannot
 * be written at all: a directory, read-only, its folder missing or
 * read-only.
 */
static int
classify(const char *path, char **target, enum kind *kind)
{
	struct stat	 sb;
	char		*dir, *real = NULL;

	*target = NULL;
	if (strcmp(path, "-") == 0) {
		*kind = K_STDOUT;
		return 0;
	}
	if (lstat(path, &sb) == 0 && S_ISLNK(sb.st_mode) &&
	    !special_path(path)) {
		if ((real = realpath(path, NULL)) == NULL)
			real = dangling_target(path);
		if (real != NULL)
			path = real;
	}
	if (stat(path, &sb) == 0) {
		if (S_ISDIR(sb.st_mode)) {
			errno = EISDIR;
			goto fail;
		}
		if (!S_ISREG(sb.st_mode) || special_path(path)) {
			if (access(path, W_OK) == -1)
				goto fail;
			*kind = K_DIRECT;
			*target = jk_xstrdup(path);
			free(real);
			return 0;
		}
		/*
		 * The rename would replace a read-only file; refuse as cp(1)
		 * would.  The mode bits are asked first: access() lets root
		 * write anything.
		 */
		if ((sb.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 ||
		    access(path, W_OK) == -1) {
			errno = EACCES;
			goto fail;
		}
		*kind = K_REPLACE;
	} else if (errno == ENOENT)
		*kind = K_NEW;
	else
		goto fail;
	/* The temporary file and the rename need the folder. */
	dir = dir_of(path);
	if (stat(dir, &sb) == 0 && !S_ISDIR(sb.st_mode))
		errno = ENOTDIR;
	else if (stat(dir, &sb) == 0 && access(dir, W_OK | X_OK) == 0) {
		free(dir);
		*target = jk_xstrdup(path);
		free(real);
		return 0;
	}
	free(dir);
fail:
	free(real);
	return -1;
}

int
jk_file_replaceable(const char *path)
{
	enum kind	 kind;
	char		*target;

	if (classify(path, &target, &kind) == -1)
		return -1;
	free(target);
	return 0;
}

/* === output sets ======================================================= */

struct jk_out {
	char		*path;		/* as the caller named it */
	char		*target;	/* renamed over; NULL for standard output */
	char		*tmp;		/* NULL when written directly */
	int		 fd;
	int		 slot;		/* registry slot, or -1 */
	int		 done;		/* renamed (or written directly) */
};

struct jk_outset {
	struct jk_out	*outs;
	int		 n;
	int		 committed;	/* renamed by jk_outset_commit */
	const char	*failed;	/* path at which commit failed */
};

static struct jk_outset	*outset_current;

struct jk_outset *
jk_outset_new(void)
{
	return jk_xcalloc(1, sizeof(struct jk_outset));
}

struct jk_outset *
jk_outset_use(struct jk_outset *set)
{
	struct jk_outset	*old = outset_current;

	outset_current = set;
	return old;
}

/* Create the temporary file for target, registered; fd or -1. */
static int
tmp_create(const char *target, char **tmpp, int *slotp)
{
	static mode_t	 mask = (mode_t)-1;
	sigset_t	 old;
	char		*dir, *tmp;
	int		 fd, i, saved;

	if (mask == (mode_t)-1) {
		mask = umask(022);
		umask(mask);
	}
	dir = dir_of(target);
	sweep(dir);
	tmp = tmp_template(dir);
	free(dir);
	reg_init();
	*slotp = -1;
	reg_block(&old);
	/* O_EXCL: never a file or a symbolic link that is already there */
	fd = mkostemp(tmp, O_CLOEXEC);
	saved = errno;
	if (fd != -1 && strlen(tmp) < PATH_MAX)
		for (i = 0; i < TMP_SLOTS; i++)
			if (reg_pid[i] == 0) {
				memcpy(reg_path[i], tmp, strlen(tmp) + 1);
				reg_pid[i] = getpid();
				*slotp = i;
				break;
			}
	sigprocmask(SIG_SETMASK, &old, NULL);
	if (fd == -1) {
		free(tmp);
		errno = saved;
		return -1;
	}
	(void)fchmod(fd, 0644 & ~mask);
	*tmpp = tmp;
	return fd;
}

int
jk_outset_open(struct jk_outset *set, const char *path)
{
	struct jk_out	 o;
	enum kind	 kind;
	int		 saved;

	memset(&o, 0, sizeof(o));
	o.slot = -1;
	if (classify(path, &o.target, &kind) == -1)
		return -1;
	switch (kind) {
	case K_STDOUT:
		fflush(stdout);
		o.fd = STDOUT_FILENO;
		break;
	case K_DIRECT:
		o.fd = open(o.target, O_WRONLY | O_NOCTTY | O_CLOEXEC);
		break;
	default:
		o.fd = tmp_create(o.target, &o.tmp, &o.slot);
		break;
	}
	if (o.fd == -1) {
		saved = errno;
		free(o.target);
		errno = saved;
		return -1;
	}
	o.path = jk_xstrdup(path);
	set->outs = jk_xreallocarray(set->outs, (size_t)set->n + 1,
	    sizeof(*set->outs));
	set->outs[set->n++] = o;
	return o.fd;
}

static int
write_all(int fd, const char *p, size_t len)
{
	ssize_t	 n;

	while (len > 0) {
		if ((n = write(fd, p, len)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int
jk_outset_add(struct jk_outset *set, const char *path, const void *data,
    size_t len)
{
	int	 fd;

	if ((fd = jk_outset_open(set, path)) == -1)
		return -1;
	if (write_all(fd, data, len) == -1) {
		set->failed = set->outs[set->n - 1].path;
		return -1;
	}
	return 0;
}

/* Close o's file; -1 with errno when what was written may be lost. */
static int
out_close(struct jk_out *o)
{
	int	 rc = 0;

	if (o->fd < 0 || o->fd == STDOUT_FILENO) {
		o->fd = -1;
		return 0;
	}
	if (o->tmp != NULL && fsync(o->fd) == -1 && errno != EINVAL &&
	    errno != EROFS)
		rc = -1;
	if (close(o->fd) == -1 && rc == 0)
		rc = -1;
	o->fd = -1;
	return rc;
}

/* Remove o's temporary file, if any is left. */
static void
out_discard(struct jk_out *o)
{
	sigset_t	 old;

	if (o->fd >= 0 && o->fd != STDOUT_FILENO)
		close(o->fd);
	o->fd = -1;
	if (o->tmp == NULL || o->done)
		return;
	reg_block(&old);
	unlink(o->tmp);
	reg_drop(o->slot);
	o->slot = -1;
	sigprocmask(SIG_SETMASK, &old, NULL);
}

int
jk_outset_commit(struct jk_outset *set)
{
	struct jk_out	*o;
	struct stat	 sb;
	sigset_t	 old;
	int		 i, saved = 0;

	set->failed = NULL;
	for (i = 0; i < set->n; i++)
		if (out_close(&set->outs[i]) == -1 && set->failed == NULL) {
			saved = errno;
			set->failed = set->outs[i].path;
		}
	for (i = 0; i < set->n && set->failed == NULL; i++) {
		o = &set->outs[i];
		if (o->tmp == NULL || o->done) {
			o->done = 1;
			continue;
		}
		/* What appeared there meanwhile is not renamed over. */
		if (lstat(o->target, &sb) == 0 && !S_ISREG(sb.st_mode) &&
		    !S_ISLNK(sb.st_mode)) {
			saved = S_ISDIR(sb.st_mode) ? EISDIR : EEXIST;
			set->failed = o->path;
			break;
		}
		reg_block(&old);
		if (rename(o->tmp, o->target) == 0) {
			o->done = 1;
			reg_drop(o->slot);
			o->slot = -1;
			set->committed++;
		} else {
			saved = errno;
			set->failed = o->path;
		}
		sigprocmask(SIG_SETMASK, &old, NULL);
	}
	if (set->failed == NULL)
		return 0;
	for (i = 0; i < set->n; i++)
		out_discard(&set->outs[i]);
	errno = saved;
	return -1;
}

int
jk_outset_committed(const struct jk_outset *set)
{
	return set->committed;
}

const char *
jk_outset_failed(const struct jk_outset *set)
{
	return set->failed;
}

void
jk_outset_free(struct jk_outset *set)
{
	int	 i;

	if (set == NULL)
		return;
	if (outset_current == set)
		outset_current = NULL;
	for (i = 0; i < set->n; i++) {
		out_discard(&set->outs[i]);
		free(set->outs[i].path);
		free(set->outs[i].target);
		free(set->outs[i].tmp);
	}
	free(set->outs);
	free(set);
}

int
jk_file_write_atomic(const char *path, const void *data, size_t len)
{
	struct jk_outset	*set;
	int			 rc, saved;

	if (outset_current != NULL)
		return jk_outset_add(outset_current, path, data, len);
	set = jk_outset_new();
	rc = jk_outset_add(set, path, data, len);
	if (rc == 0)
		rc = jk_outset_commit(set);
	saved = errno;
	jk_outset_free(set);
	errno = saved;
	return rc;
}
