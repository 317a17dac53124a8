/*
 * state.c -- what an earlier run left for an issue: the content hash of
 * everything its outputs depend on, its status and warning counts, kept
 * in DIR/.jikji/STEM.build (a GLib key file) beside the outputs.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "batch.h"

static const char *const status_names[JK_ST__MAX] = {
	"converted", "unchanged", "failed"
};

const char *
jk_status_name(enum jk_status s)
{
	return (int)s >= 0 && s < JK_ST__MAX ? status_names[s] : "?";
}

/* A checksum over fingerprint and input, each with its length, so that
 * no two splits of the same bytes hash alike; the data follows. */
static GChecksum *
hash_begin(const char *fingerprint, const char *input)
{
	GChecksum	*c = g_checksum_new(G_CHECKSUM_SHA256);
	const char	*p;
	char		 head[32];
	int		 i;

	g_checksum_update(c, (const guchar *)"jikji-build-1\n", 14);
	for (i = 0; i < 2; i++) {
		p = i == 0 ? fingerprint : input;
		p = p != NULL ? p : "";
		snprintf(head, sizeof(head), "%zu\n", strlen(p));
		g_checksum_update(c, (const guchar *)head, (gssize)strlen(head));
		g_checksum_update(c, (const guchar *)p, (gssize)strlen(p));
	}
	return c;
}

static char *
hash_end(GChecksum *c)
{
	char	*r = jk_xstrdup(g_checksum_get_string(c));

	g_checksum_free(c);
	return r;
}

char *
jk_build_hash(const char *fingerprint, const char *input, const char *data,
    size_t len)
{
	GChecksum	*c = hash_begin(fingerprint, input);

	if (len > 0)
		g_checksum_update(c, (const guchar *)data, (gssize)len);
	return hash_end(c);
}

char *
jk_build_hash_file(const char *fingerprint, const char *input)
{
	GChecksum	*c;
	char		 buf[65536];
	ssize_t		 n;
	int		 fd;

	if ((fd = open(input, O_RDONLY | O_CLOEXEC)) == -1)
		return NULL;
	c = hash_begin(fingerprint, input);
	while ((n = read(fd, buf, sizeof(buf))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			g_checksum_free(c);
			close(fd);
			return NULL;
		}
		g_checksum_update(c, (const guchar *)buf, n);
	}
	close(fd);
	return hash_end(c);
}

char *
jk_build_state_path(const char *outdir, const char *stem)
{
	return jk_xasprintf("%s/.jikji/%s.build", outdir, stem);
}

int
jk_build_state_read(const char *outdir, const char *stem,
    struct jk_build_state *st)
{
	GKeyFile	*kf = g_key_file_new();
	char		*path = jk_build_state_path(outdir, stem), *v;
	int		 i, rc = -1;

	memset(st, 0, sizeof(*st));
	if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, NULL))
		goto out;
	if ((v = g_key_file_get_string(kf, "build", "hash", NULL)) != NULL) {
		st->hash = jk_xstrdup(v);
		g_free(v);
	}
	if ((v = g_key_file_get_string(kf, "build", "input", NULL)) != NULL) {
		st->input = jk_xstrdup(v);
		g_free(v);
	}
	if ((v = g_key_file_get_string(kf, "build", "title", NULL)) != NULL) {
		st->title = jk_xstrdup(v);
		g_free(v);
	}
	st->status = JK_ST_FAILED;
	if ((v = g_key_file_get_string(kf, "build", "status", NULL)) != NULL) {
		for (i = 0; i < JK_ST__MAX; i++)
			if (strcmp(v, status_names[i]) == 0)
				st->status = (enum jk_status)i;
		g_free(v);
	}
	st->warnings = g_key_file_get_integer(kf, "build", "warnings", NULL);
	st->errors = g_key_file_get_integer(kf, "build", "errors", NULL);
	st->checks = g_key_file_get_integer(kf, "build", "checks", NULL);
	rc = 0;
out:
	g_key_file_free(kf);
	free(path);
	return rc;
}

int
jk_build_state_write(const char *outdir, const char *stem,
    const struct jk_build_state *st)
{
	GKeyFile	*kf = g_key_file_new();
	char		*dir = jk_xasprintf("%s/.jikji", outdir);
	char		*path = jk_build_state_path(outdir, stem), *data;
	gsize		 len;
	int		 rc = -1, saved;

	if (mkdir(dir, 0777) == -1 && errno != EEXIST)
		goto out;
	g_key_file_set_string(kf, "build", "hash", st->hash != NULL ?
	    st->hash : "");
	g_key_file_set_string(kf, "build", "input", st->input != NULL ?
	    st->input : "");
	g_key_file_set_string(kf, "build", "status",
	    jk_status_name(st->status));
	g_key_file_set_integer(kf, "build", "warnings", st->warnings);
	g_key_file_set_integer(kf, "build", "errors", st->errors);
	g_key_file_set_integer(kf, "build", "checks", st->checks);
	if (st->title != NULL)
		g_key_file_set_string(kf, "build", "title", st->title);
	data = g_key_file_to_data(kf, &len, NULL);
	rc = jk_file_write_atomic(path, data, len);
	g_free(data);
out:
	saved = errno;
	g_key_file_free(kf);
	free(dir);
	free(path);
	errno = saved;
	return rc;
}

void
jk_build_state_free(struct jk_build_state *st)
{
	free(st->hash);
	free(st->input);
	free(st->title);
	memset(st, 0, sizeof(*st));
}
