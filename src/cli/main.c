/*
 * main.c -- the jikji command: options, inputs, the pipeline, exit codes.
 *
 *   jikji tree  INPUT [-o FILE]            text or XML -> tree XML
 *   jikji build INPUT... -o DIR [options]  text or XML -> EPUB and/or PDF
 *
 * Exit: 0 all inputs converted; 1 an input could not be converted (the
 * worst diagnostic was an error); 2 usage.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "../util/util.h"
#include "../tree/tree.h"
#include "../style/style.h"
#include "../structure/convert.h"
#include "../epub/epub.h"
#include "../pdf/pdf.h"

#define EXIT_USAGE	2

enum { FMT_EPUB = 1, FMT_PDF = 2 };

struct opts {
	const char	*cmd;
	const char	*out;		/* -o */
	int		 formats;
	const char	*style;
	char		**meta;		/* KEY=VALUE, NULL-terminated */
	int		 nmeta;
	int		 jobs;
	int		 verbose;	/* -1 quiet, 0, 1 verbose, 2 explain */
	int		 bleed;
	const char	*preview;
	int		 dump_layout;
};

static const char *const meta_keys[] = {
	"title", "subtitle", "volume", "issue", "date", "publisher",
	"language", "identifier", "modified", "creator", "description",
	"rights", NULL
};

static void
usage(FILE *f)
{
	fputs(
"usage: jikji tree INPUT [-o FILE] [--meta KEY=VALUE]... [--explain]\n"
"       jikji build INPUT... -o DIR [--format epub|pdf|both]\n"
"                   [--style NAME|FILE] [--meta KEY=VALUE]... [-j N]\n"
"                   [--bleed|--no-bleed] [--preview PAGES]\n"
"       jikji layout INPUT [-o FILE] [--style NAME|FILE]\n"
"       jikji --help | --version\n"
"\n"
"INPUT is text extracted from a print PDF, or jikji tree XML.\n"
"  -o, --output PATH     output file (tree, layout) or directory (build)\n"
"  -f, --format FMT      epub, pdf or both (default both)\n"
"  -s, --style STYLE     style name (styles/NAME.style) or file\n"
"  -m, --meta KEY=VALUE  set issue metadata: title subtitle volume issue\n"
"                        date publisher language identifier modified\n"
"                        creator description rights\n"
"  -j, --jobs N          convert N inputs at once (build)\n"
"      --bleed           add bleed and crop marks to the PDF (default)\n"
"      --no-bleed        trim size only\n"
"      --preview PAGES   also write PNG previews of PAGES (1,3-5 or all)\n"
"  -q, --quiet           errors only\n"
"  -v, --verbose         also report what was moved or dropped\n"
"      --explain         also show every line-join decision\n"
"  -h, --help            this text\n"
"  -V, --version         version\n"
"\n"
"Exit status: 0 converted, 1 an input could not be converted, 2 usage.\n",
	    f);
}

/* "dir/name.ext" -> "name" (malloc'd). */
static char *
stem(const char *path)
{
	char	*b = g_path_get_basename(path), *dot, *r;

	if ((dot = strrchr(b, '.')) != NULL && dot != b)
		*dot = '\0';
	r = jk_xstrdup(b);
	g_free(b);
	return r;
}

static int
valid_date(const char *v, int full)
{
	int	 y, m, d, H, M, S;
	char	 z;

	if (full)
		return sscanf(v, "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &m, &d, &H,
		    &M, &S, &z) == 7 && z == 'Z' && strlen(v) == 20;
	if (strlen(v) == 7)
		return sscanf(v, "%4d-%2d", &y, &m) == 2 && m >= 1 && m <= 12;
	return strlen(v) == 10 && sscanf(v, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
	    m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* Apply --meta; for the books (defaults), also fill what the backends
 * need and the text lacks:
 * language, title, and a modification time that never comes from the
 * clock (SOURCE_DATE_EPOCH, else the issue date, else a fixed epoch). */
static void
apply_meta(struct jk_doc *doc, const struct opts *o, const char *input,
    int defaults, struct jk_diag *diag)
{
	const char	*env, *date;
	char		 buf[32], *key, *val, *s;
	int		 i, k;

	for (i = 0; i < o->nmeta; i++) {
		key = jk_xstrdup(o->meta[i]);
		val = strchr(key, '=');
		*val++ = '\0';
		for (k = 0; meta_keys[k] != NULL; k++)
			if (strcmp(meta_keys[k], key) == 0)
				break;
		if (meta_keys[k] == NULL)
			jk_msg(diag, JK_M_META, 0, "unknown key %s", key);
		else if (strcmp(key, "date") == 0 && !valid_date(val, 0))
			jk_msg(diag, JK_M_META, 0, "date %s: want YYYY-MM or "
			    "YYYY-MM-DD", val);
		else if (strcmp(key, "modified") == 0 && !valid_date(val, 1))
			jk_msg(diag, JK_M_META, 0, "modified %s: want "
			    "YYYY-MM-DDThh:mm:ssZ", val);
		else
			jk_meta_set(doc, key, val);
		free(key);
	}
	if (!defaults)
		return;
	if (jk_meta_get(doc, "language") == NULL)
		jk_meta_set(doc, "language", "ko");
	if (jk_meta_get(doc, "title") == NULL) {
		s = stem(input);
		jk_meta_set(doc, "title", s);
		free(s);
	}
	if (jk_meta_get(doc, "modified") == NULL) {
		if ((env = getenv("SOURCE_DATE_EPOCH")) != NULL &&
		    *env != '\0') {
			time_t		 t = (time_t)strtoll(env, NULL, 10);
			struct tm	 tm;

			gmtime_r(&t, &tm);
			strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
		} else if ((date = jk_meta_get(doc, "date")) != NULL)
			snprintf(buf, sizeof(buf), "%.4s-%.2s-%.2sT00:00:00Z",
			    date, date + 5, strlen(date) >= 10 ? date + 8 :
			    "01");
		else
			snprintf(buf, sizeof(buf), "2000-01-01T00:00:00Z");
		jk_meta_set(doc, "modified", buf);
	}
}

/* Read INPUT and turn it into a repaired tree; NULL after a message. */
static struct jk_doc *
load(const char *input, const struct opts *o, int defaults,
    struct jk_diag *diag)
{
	struct jk_convert_opts	 co;
	struct jk_doc		*doc;
	char			*buf;
	size_t			 len;

	if ((buf = jk_file_read(input, &len)) == NULL) {
		jk_msg(diag, JK_M_SYSERR, 0, "%s", strerror(errno));
		return NULL;
	}
	memset(&co, 0, sizeof(co));
	co.explain = o->verbose >= 2;
	if (jk_xml_sniff(buf, len)) {
		doc = jk_xml_read(buf, len, input, diag);
		if (doc != NULL)
			jk_tree_repair(doc, diag);
	} else
		doc = jk_convert(buf, len, input, &co, diag);
	free(buf);
	if (doc != NULL)
		apply_meta(doc, o, input, defaults, diag);
	return doc;
}

static void
diag_setup(struct jk_diag *d, const char *file, const struct opts *o)
{
	jk_diag_init(d, file, stderr);
	d->min_level = o->verbose < 0 ? JK_ERROR : o->verbose == 0 ?
	    JK_WARN : o->verbose == 1 ? JK_INFO : JK_DEBUG;
}

static int
cmd_tree(const char *input, const struct opts *o)
{
	struct jk_diag	 diag;
	struct jk_doc	*doc;
	char		*xml;
	size_t		 len;
	int		 rc = 1;

	diag_setup(&diag, input, o);
	if ((doc = load(input, o, 0, &diag)) == NULL)
		goto out;
	xml = jk_xml_write(doc, &len);
	if (o->out == NULL || strcmp(o->out, "-") == 0) {
		if (fwrite(xml, 1, len, stdout) != len || fflush(stdout) != 0)
			jk_msg(&diag, JK_M_SYSERR, 0, "stdout: %s",
			    strerror(errno));
	} else if (jk_file_write_atomic(o->out, xml, len) == -1) {
		diag.file = o->out;
		jk_msg(&diag, JK_M_SYSERR, 0, "%s", strerror(errno));
	}
	free(xml);
	jk_doc_free(doc);
out:
	rc = diag.worst >= JK_ERROR ? 1 : 0;
	jk_diag_free(&diag);
	return rc;
}

static int
cmd_layout(const char *input, const struct opts *o)
{
	struct jk_diag		 diag;
	struct jk_doc		*doc = NULL;
	struct jk_style		*st = NULL;
	struct jk_pdf		*pdf = NULL;
	struct jk_pdf_opts	 po;
	FILE			*f = stdout;
	int			 rc;

	diag_setup(&diag, input, o);
	memset(&po, 0, sizeof(po));
	po.bleed = o->bleed;
	if ((st = jk_style_load(o->style, &diag)) == NULL)
		goto out;
	jk_fonts_setup(&diag);
	if ((doc = load(input, o, 1, &diag)) == NULL)
		goto out;
	if (o->out != NULL && (f = fopen(o->out, "w")) == NULL) {
		jk_msg(&diag, JK_M_SYSERR, 0, "%s: %s", o->out,
		    strerror(errno));
		goto out;
	}
	pdf = jk_pdf_new(st, &po, &diag);
	jk_pdf_layout_dump(pdf, doc, f);
	if (f != stdout)
		fclose(f);
out:
	jk_pdf_free(pdf);
	jk_doc_free(doc);
	jk_style_free(st);
	rc = diag.worst >= JK_ERROR ? 1 : 0;
	jk_diag_free(&diag);
	return rc;
}

/* Convert one input into DIR/STEM.{epub,pdf}.  Returns the exit code. */
static int
build_one(const char *input, const struct opts *o)
{
	struct jk_diag		 diag;
	struct jk_doc		*doc = NULL;
	struct jk_style		*st = NULL;
	struct jk_pdf_opts	 po;
	char			*s = stem(input), *path;
	int			 rc;

	diag_setup(&diag, input, o);
	if ((st = jk_style_load(o->style, &diag)) == NULL)
		goto out;
	if ((doc = load(input, o, 1, &diag)) == NULL)
		goto out;
	if (o->formats & FMT_EPUB) {
		struct jk_epub	*e = jk_epub_new(st, &diag);

		path = jk_xasprintf("%s/%s.epub", o->out, s);
		jk_epub_render(e, doc, path);
		jk_epub_free(e);
		free(path);
	}
	if (o->formats & FMT_PDF) {
		struct jk_pdf	*p;

		memset(&po, 0, sizeof(po));
		po.bleed = o->bleed;
		if (o->preview != NULL) {
			po.preview_dir = o->out;
			po.preview_pages = o->preview;
		}
		p = jk_pdf_new(st, &po, &diag);
		path = jk_xasprintf("%s/%s.pdf", o->out, s);
		jk_pdf_render(p, doc, path);
		jk_pdf_free(p);
		free(path);
	}
out:
	jk_doc_free(doc);
	jk_style_free(st);
	free(s);
	rc = diag.worst >= JK_ERROR ? 1 : 0;
	jk_diag_free(&diag);
	return rc;
}

/* Run build_one over every input, at most jobs at once (fork: each input
 * in its own process, so one bad input cannot take the others down). */
static int
cmd_build(char **inputs, int n, const struct opts *o)
{
	pid_t	*pids;
	int	 i, running = 0, worst = 0, st, next = 0;
	pid_t	 pid;

	if (o->jobs <= 1 || n == 1) {
		for (i = 0; i < n; i++) {
			int	 rc = build_one(inputs[i], o);

			if (rc > worst)
				worst = rc;
		}
		return worst;
	}
	pids = jk_xcalloc((size_t)n, sizeof(*pids));
	while (next < n || running > 0) {
		if (next < n && running < o->jobs) {
			fflush(NULL);
			if ((pid = fork()) == -1) {
				perror("jikji: fork");
				worst = 1;
				next = n;
				continue;
			}
			if (pid == 0)
				_exit(build_one(inputs[next], o));
			pids[next++] = pid;
			running++;
			continue;
		}
		if ((pid = wait(&st)) == -1)
			break;
		running--;
		if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
			for (i = 0; i < n && pids[i] != pid; i++)
				;
			if (!WIFEXITED(st))
				fprintf(stderr, "jikji: %s: killed by "
				    "signal %d\n", i < n ? inputs[i] : "?",
				    WTERMSIG(st));
			worst = 1;
		}
	}
	free(pids);
	return worst;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "format", required_argument, NULL, 'f' },
		{ "style", required_argument, NULL, 's' },
		{ "meta", required_argument, NULL, 'm' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "explain", no_argument, NULL, 'E' },
		{ "bleed", no_argument, NULL, 'B' },
		{ "no-bleed", no_argument, NULL, 'N' },
		{ "preview", required_argument, NULL, 'P' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct opts	 o;
	struct stat	 sb;
	GHashTable	*stems;
	char		*end;
	int		 c, i, rc;

	memset(&o, 0, sizeof(o));
	o.formats = FMT_EPUB | FMT_PDF;
	o.jobs = 1;
	o.bleed = 1;
	o.meta = jk_xcalloc((size_t)argc + 1, sizeof(char *));
	if (argc >= 2 && argv[1][0] != '-') {
		o.cmd = argv[1];
		argv++;
		argc--;
	}
	while ((c = getopt_long(argc, argv, "o:f:s:m:j:qvhV", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'o':
			o.out = optarg;
			break;
		case 'f':
			if (strcmp(optarg, "epub") == 0)
				o.formats = FMT_EPUB;
			else if (strcmp(optarg, "pdf") == 0)
				o.formats = FMT_PDF;
			else if (strcmp(optarg, "both") == 0)
				o.formats = FMT_EPUB | FMT_PDF;
			else {
				fprintf(stderr, "jikji: --format %s: want "
				    "epub, pdf or both\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 's':
			o.style = optarg;
			break;
		case 'm':
			if (strchr(optarg, '=') == NULL || *optarg == '=') {
				fprintf(stderr, "jikji: --meta %s: want "
				    "KEY=VALUE\n", optarg);
				return EXIT_USAGE;
			}
			o.meta[o.nmeta++] = optarg;
			break;
		case 'j':
			o.jobs = (int)strtol(optarg, &end, 10);
			if (*end != '\0' || o.jobs < 1 || o.jobs > 256) {
				fprintf(stderr, "jikji: -j %s: want 1..256\n",
				    optarg);
				return EXIT_USAGE;
			}
			break;
		case 'q':
			o.verbose = -1;
			break;
		case 'v':
			o.verbose = 1;
			break;
		case 'E':
			o.verbose = 2;
			break;
		case 'B':
			o.bleed = 1;
			break;
		case 'N':
			o.bleed = 0;
			break;
		case 'P':
			o.preview = optarg;
			break;
		case 'h':
			usage(stdout);
			return 0;
		case 'V':
			printf("jikji %s\n", JK_VERSION);
			return 0;
		default:
			usage(stderr);
			return EXIT_USAGE;
		}
	}
	argc -= optind;
	argv += optind;
	if (o.cmd == NULL) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(o.cmd, "tree") == 0 || strcmp(o.cmd, "layout") == 0) {
		if (argc != 1) {
			fprintf(stderr, "jikji: %s takes one INPUT\n", o.cmd);
			return EXIT_USAGE;
		}
		if (strcmp(o.cmd, "layout") == 0) {
			rc = cmd_layout(argv[0], &o);
		} else
			rc = cmd_tree(argv[0], &o);
	} else if (strcmp(o.cmd, "build") == 0) {
		if (argc < 1 || o.out == NULL) {
			fprintf(stderr, "jikji: build needs INPUT... -o DIR\n");
			return EXIT_USAGE;
		}
		if (stat(o.out, &sb) == -1 && mkdir(o.out, 0777) == -1) {
			fprintf(stderr, "jikji: %s: %s\n", o.out,
			    strerror(errno));
			return 1;
		}
		stems = g_hash_table_new_full(g_str_hash, g_str_equal, free,
		    NULL);
		for (i = 0; i < argc; i++) {
			char	*a = stem(argv[i]);
			char	*prev = g_hash_table_lookup(stems, a);

			if (prev != NULL) {
				fprintf(stderr, "jikji: %s and %s would both "
				    "write %s/%s.*\n", prev, argv[i], o.out, a);
				free(a);
				g_hash_table_destroy(stems);
				return EXIT_USAGE;
			}
			g_hash_table_insert(stems, a, argv[i]);
		}
		g_hash_table_destroy(stems);
		rc = cmd_build(argv, argc, &o);
	} else {
		fprintf(stderr, "jikji: unknown command %s\n", o.cmd);
		usage(stderr);
		rc = EXIT_USAGE;
	}
	free(o.meta);
	return rc;
}
