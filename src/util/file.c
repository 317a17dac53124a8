/*
 * file.c -- whole-file reading and atomic writing (temp file + rename),
 * so that an output appears whole or not at all.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

/* Inputs beyond this are refused (EFBIG) rather than read until memory
 * runs out: a device such as /dev/zero never ends. */
#define JK_FILE_MAX	((size_t)1 << 30)

char *
jk_file_read(const char *path, size_t *lenp)
{
	FILE	*f;
	char	*buf = NULL;
	size_t	 len = 0, size = 0, n;
	int	 saved;

	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	for (;;) {
		if (size - len < 65536) {
			size = size ? size * 2 : 65536;
			buf = jk_xrealloc(buf, size + 1);
		}
		n = fread(buf + len, 1, size - len, f);
		len += n;
		if (n == 0)
			break;
		if (len > JK_FILE_MAX) {
			free(buf);
			fclose(f);
			errno = EFBIG;
			return NULL;
		}
	}
	if (ferror(f)) {
		saved = errno;
		free(buf);
		fclose(f);
		errno = saved ? saved : EIO;
		return NULL;
	}
	fclose(f);
	buf[len] = '\0';
	if (lenp != NULL)
		*lenp = len;
	return buf;
}

char *
jk_file_tmpname(const char *path)
{
	return jk_xasprintf("%s.tmp.%ld", path, (long)getpid());
}

int
jk_file_replaceable(const char *path)
{
	struct stat	 sb;

	if (stat(path, &sb) == -1)
		return errno == ENOENT ? 0 : -1;
	if (S_ISDIR(sb.st_mode)) {
		errno = EISDIR;
		return -1;
	}
	/*
	 * The rename would replace a read-only file; refuse as cp(1) would.
	 * The mode bits are asked first: access() lets root write anything.
	 */
	if ((sb.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 ||
	    access(path, W_OK) == -1) {
		errno = EACCES;
		return -1;
	}
	return 0;
}

int
jk_file_write_atomic(const char *path, const void *data, size_t len)
{
	char		*tmp;
	const char	*p = data;
	int		 fd, saved;
	ssize_t		 n;
	struct stat	 sb;

	if (jk_file_replaceable(path) == -1)
		return -1;
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
		/* a device or pipe (-o /dev/null): written into, never
		 * replaced by a rename */
		if ((fd = open(path, O_WRONLY)) == -1)
			return -1;
		for (; len > 0; p += n, len -= (size_t)n)
			if ((n = write(fd, p, len)) < 0) {
				if (errno == EINTR) {
					n = 0;
					continue;
				}
				saved = errno;
				close(fd);
				errno = saved;
				return -1;
			}
		return close(fd);
	}
	tmp = jk_file_tmpname(path);
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644)) == -1)
		goto fail;
	while (len > 0) {
		if ((n = write(fd, p, len)) < 0) {
			if (errno == EINTR)
				continue;
			goto failfd;
		}
		p += n;
		len -= (size_t)n;
	}
	if (fsync(fd) == -1 && errno != EINVAL && errno != EROFS)
		goto failfd;
	if (close(fd) == -1)
		goto failunlink;
	if (rename(tmp, path) == -1)
		goto failunlink;
	free(tmp);
	return 0;
failfd:
	saved = errno;
	close(fd);
	errno = saved;
failunlink:
	saved = errno;
	unlink(tmp);
	errno = saved;
fail:
	free(tmp);
	return -1;
}
