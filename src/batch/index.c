/*
 * index.c -- the archive index: every issue built into a folder, with its
 * status, counts and links (plain HTML, no script).
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "report.h"
#include "report-int.h"

/* === the archive index ================================================= */

char *
jk_index_html(const struct jk_index_row *rows, int n, size_t *len)
{
	struct hw	 h;
	int		 i, k, warn = 0, failed = 0;
	char		*t;

	for (i = 0; i < n; i++) {
		warn += rows[i].warnings;
		failed += rows[i].status == JK_ST_FAILED;
	}
	h_open(&h, "en", "jikji archive");
	h_start(&h, "header", "top", NULL);
	h_el(&h, "h1", NULL, "Archive");
	h_start(&h, "p", NULL, NULL);
	h_fmt(&h, "%d issue%s · %d failed · %d warning%s", n, n == 1 ? "" :
	    "s", failed, warn, warn == 1 ? "" : "s");
	h_end(&h);
	h_end(&h);
	h_start(&h, "main", NULL, NULL);
	h_start(&h, "div", "table-wrap", NULL);
	h_start(&h, "table", NULL, NULL);
	h_start(&h, "tr", NULL, NULL);
	h_el(&h, "th", NULL, "issue");
	h_el(&h, "th", NULL, "title");
	h_el(&h, "th", NULL, "status");
	h_el(&h, "th", NULL, "to check");
	h_el(&h, "th", NULL, "warnings");
	h_el(&h, "th", NULL, "errors");
	h_el(&h, "th", NULL, "books");
	h_end(&h);
	for (i = 0; i < n; i++) {
		const struct jk_index_row *r = &rows[i];

		h_start(&h, "tr", NULL, NULL);
		h_start(&h, "td", NULL, NULL);
		if (r->report) {
			t = jk_xasprintf("%s.report.html", r->stem);
			h_link(&h, t, r->stem);
			free(t);
		} else
			h_text(&h, r->stem);
		h_end(&h);
		h_el(&h, "td", NULL, r->title != NULL ? r->title : "");
		h_el(&h, "td", r->status == JK_ST_FAILED ? "failed" : NULL,
		    jk_status_name(r->status));
		t = jk_xasprintf("%d", r->checks);
		h_el(&h, "td", "n", t);
		free(t);
		t = jk_xasprintf("%d", r->warnings);
		h_el(&h, "td", "n", t);
		free(t);
		t = jk_xasprintf("%d", r->errors);
		h_el(&h, "td", "n", t);
		free(t);
		h_start(&h, "td", NULL, NULL);
		for (k = 0; k < 3 && r->books[k] != NULL; k++) {
			if (k > 0)
				h_text(&h, " · ");
			h_link(&h, r->books[k], strrchr(r->books[k], '.') + 1);
		}
		h_end(&h);
		h_end(&h);
	}
	h_end(&h);
	h_end(&h);
	h_end(&h);
	return h_close(&h, len);
}

static int
by_stem(const void *a, const void *b)
{
	return strcmp(((const struct jk_index_row *)a)->stem,
	    ((const struct jk_index_row *)b)->stem);
}

static int
exists(const char *dir, const char *name)
{
	char	*p = jk_xasprintf("%s/%s", dir, name);
	int	 ok = access(p, F_OK) == 0;

	free(p);
	return ok;
}

int
jk_index_write(const char *outdir, const char *const *book_ext,
    char **failed, char **failed_inputs, int nfailed)
{
	struct jk_index_row	*rows = NULL;
	struct jk_build_state	*states = NULL;
	GPtrArray		*owned = g_ptr_array_new_with_free_func(free);
	DIR			*d;
	struct dirent		*e;
	char			*meta = jk_xasprintf("%s/.jikji", outdir);
	char			*stem, *html, *path, *old;
	size_t			 len, oldlen;
	int			 n = 0, cap = 0, i, k, nb, rc;

	if ((d = opendir(meta)) != NULL) {
		while ((e = readdir(d)) != NULL) {
			if (!g_str_has_suffix(e->d_name, ".build"))
				continue;
			stem = jk_xstrndup(e->d_name, strlen(e->d_name) - 6);
			g_ptr_array_add(owned, stem);
			if (n == cap) {
				cap = cap ? cap * 2 : 16;
				rows = jk_xreallocarray(rows, (size_t)cap,
				    sizeof(*rows));
				states = jk_xreallocarray(states, (size_t)cap,
				    sizeof(*states));
			}
			memset(&rows[n], 0, sizeof(rows[n]));
			jk_build_state_read(outdir, stem, &states[n]);
			rows[n].stem = stem;
			rows[n].input = states[n].input;
			rows[n].status = states[n].status;
			rows[n].title = states[n].title;
			rows[n].checks = states[n].checks;
			rows[n].warnings = states[n].warnings;
			rows[n].errors = states[n].errors;
			n++;
		}
		closedir(d);
	}
	for (i = 0; i < nfailed; i++) {
		/* This run failed it: its state (if any) was removed. */
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			rows = jk_xreallocarray(rows, (size_t)cap, sizeof(*rows));
			states = jk_xreallocarray(states, (size_t)cap,
			    sizeof(*states));
		}
		memset(&rows[n], 0, sizeof(rows[n]));
		memset(&states[n], 0, sizeof(states[n]));
		rows[n].stem = failed[i];
		rows[n].input = failed_inputs[i];
		rows[n].status = JK_ST_FAILED;
		rows[n].errors = 1;
		n++;
	}
	for (i = 0; i < n; i++) {
		html = jk_xasprintf("%s.report.html", rows[i].stem);
		rows[i].report = rows[i].status != JK_ST_FAILED &&
		    exists(outdir, html);
		free(html);
		for (k = 0, nb = 0; book_ext[k] != NULL && nb < 3; k++) {
			char	*b = jk_xasprintf("%s%s", rows[i].stem,
			    book_ext[k]);

			g_ptr_array_add(owned, b);
			if (rows[i].status != JK_ST_FAILED && exists(outdir, b))
				rows[i].books[nb++] = b;
		}
	}
	if (n > 0)
		qsort(rows, (size_t)n, sizeof(*rows), by_stem);
	html = jk_index_html(rows, n, &len);
	path = jk_xasprintf("%s/index.html", outdir);
	/* The same index is left alone: an unchanged run changes nothing. */
	old = jk_file_read(path, &oldlen);
	if (old != NULL && oldlen == len && memcmp(old, html, len) == 0)
		rc = 0;
	else
		rc = jk_file_write_atomic(path, html, len);
	k = errno;
	free(old);
	free(path);
	free(html);
	for (i = 0; i < n; i++)
		jk_build_state_free(&states[i]);
	free(states);
	free(rows);
	free(meta);
	g_ptr_array_free(owned, TRUE);
	errno = k;
	return rc;
}
