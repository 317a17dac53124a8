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
#include <fcntl.h>
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
#include "../util/lexicon.h"
#include "../tree/tree.h"
#include "../style/style.h"
#include "../structure/convert.h"
#include "../epub/epub.h"
#include "../pdf/pdf.h"
#include "../batch/batch.h"

#define EXIT_USAGE	2
#define INPUT_MAX	((size_t)64 << 20)	/* --max-input default */

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
	int		 pdfx;		/* build: also STEM-pdfx.pdf */
	int		 force;		/* build: rebuild unchanged issues */
	double		 timeout;	/* build: seconds an issue may take */
	size_t		 max_input;	/* --max-input, bytes */
	const char	*encoding;	/* --encoding: text inputs' charset */
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
"       jikji build INPUT|FOLDER... -o DIR [--format epub|pdf|both]\n"
"                   [--style NAME|FILE] [--meta KEY=VALUE]... [-j N]\n"
"                   [--force] [--timeout SECONDS]\n"
"                   [--bleed|--no-bleed] [--preview PAGES] [--pdfx]\n"
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
"  -j, --jobs N          convert N inputs at once (build; default: one\n"
"                        per core)\n"
"      --force           rebuild issues whose input, style and options\n"
"                        are unchanged since the last build\n"
"      --timeout SECONDS fail an issue not built in that time (build)\n"
"      --bleed           add bleed and crop marks to the PDF (default)\n"
"      --no-bleed        trim size only\n"
"      --preview PAGES   also write PNG previews of PAGES (1,3-5 or all)\n"
"      --pdfx            also write STEM-pdfx.pdf, CMYK PDF/X for the press\n"
"      --max-input SIZE  refuse inputs larger than SIZE (default 64M;\n"
"                        K, M, G: powers of 1024)\n"
"      --encoding NAME   text input is in NAME (UTF-8, UTF-16LE, CP949...;\n"
"                        default: detected, -v says which)\n"
"  -q, --quiet           errors only\n"
"  -v, --verbose         also report what was moved or dropped\n"
"      --explain         also show every line-join decision\n"
"  -h, --help            this text\n"
"  -V, --version         version\n"
"\n"
"Exit status: 0 converted, 1 an input could not be converted, 2 usage.\n",
	    f);
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

/* SOURCE_DATE_EPOCH as YYYY-MM-DDThh:mm:ssZ in buf; 0 if unusable. */
static int
epoch_time(const char *env, char *buf, size_t size)
{
	struct tm	 tm;
	time_t		 t;
	char		*end;
	long long	 ll;

	errno = 0;
	ll = strtoll(env, &end, 10);
	if (errno != 0 || *end != '\0' || ll < 0)
		return 0;
	t = (time_t)ll;
	return gmtime_r(&t, &tm) != NULL &&
	    strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm) != 0;
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
		s = jk_batch_stem(input);
		jk_meta_set(doc, "title", s);
		free(s);
	}
	if (jk_meta_get(doc, "modified") == NULL) {
		env = getenv("SOURCE_DATE_EPOCH");
		if (env != NULL && *env != '\0' &&
		    epoch_time(env, buf, sizeof(buf)))
			jk_meta_set(doc, "modified", buf);
		else if ((date = jk_meta_get(doc, "date")) != NULL &&
		    valid_date(date, 0)) {
			/* A date from tree XML is not checked on input. */
			snprintf(buf, sizeof(buf), "%.4s-%.2s-%.2sT00:00:00Z",
			    date, date + 5, strlen(date) >= 10 ? date + 8 :
			    "01");
			jk_meta_set(doc, "modified", buf);
		} else
			jk_meta_set(doc, "modified", "2000-01-01T00:00:00Z");
	}
}

/* Does buf hold nothing but ASCII white space (and a UTF-8 BOM)? */
static int
blank_input(const char *buf, size_t len)
{
	size_t	 i = 0;

	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	for (; i < len; i++)
		if (strchr(" \t\r\n\f\v", buf[i]) == NULL || buf[i] == '\0')
			return 0;
	return 1;
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

	if ((buf = jk_file_read_max(input, o->max_input, &len)) == NULL) {
		if (errno == EFBIG)
			jk_msg(diag, JK_M_BADINPUT, 0, "larger than --max-input "
			    "%zu bytes; raise the limit to convert it",
			    o->max_input);
		else
			jk_msg(diag, JK_M_SYSERR, 0, "%s", strerror(errno));
		return NULL;
	}
	if (blank_input(buf, len)) {
		jk_msg(diag, JK_M_BADINPUT, 0, "%s: no text to convert",
		    len == 0 ? "empty file" : "only white space");
		free(buf);
		return NULL;
	}
	memset(&co, 0, sizeof(co));
	co.explain = o->verbose >= 2;
	if (jk_xml_sniff(buf, len)) {
		doc = jk_xml_read(buf, len, input, diag);
		if (doc != NULL)
			jk_tree_repair(doc, diag);
	} else if (o->encoding != NULL) {
		char	*u;

		jk_lex_preload();
		u = jk_decode(buf, len, o->encoding, &len, diag);

		doc = u != NULL ? jk_convert(u, len, input, &co, diag) : NULL;
		free(u);
	} else {
		jk_lex_preload();
		doc = jk_convert(buf, len, input, &co, diag);
	}
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

/* Free d; the exit code of its input: 1 if an error was seen, else 0. */
static int
diag_finish(struct jk_diag *d)
{
	int	 rc = d->worst >= JK_ERROR ? 1 : 0;

	jk_diag_free(d);
	return rc;
}

/* Does -o name a file (not absent, not "-" for standard output)? */
static int
to_file(const char *out)
{
	return out != NULL && strcmp(out, "-") != 0;
}

/* Write data to the file out (atomically) or to standard output. */
static void
emit(struct jk_diag *diag, const char *out, const char *data, size_t len)
{
	if (!to_file(out)) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0)
			jk_msg(diag, JK_M_SYSERR, 0, "standard output: %s",
			    strerror(errno));
	} else if (jk_file_write_atomic(out, data, len) == -1)
		jk_msg(diag, JK_M_SYSERR, 0, "%s: %s", out, strerror(errno));
}

static int
cmd_tree(const char *input, const struct opts *o)
{
	struct jk_diag	 diag;
	struct jk_doc	*doc;
	char		*xml;
	size_t		 len;

	diag_setup(&diag, input, o);
	if (to_file(o->out) && jk_file_replaceable(o->out) == -1) {
		jk_msg(&diag, JK_M_SYSERR, 0, "%s: %s", o->out,
		    strerror(errno));
		goto out;
	}
	doc = load(input, o, 0, &diag);
	/* its new answers saved; the word list goes with the process,
	 * which only writes the tree now (freed, its fifty megabytes of
	 * small blocks cost more than the writing) */
	jk_lex_save();
	if (doc == NULL)
		goto out;
	xml = jk_xml_write(doc, &len);
	emit(&diag, o->out, xml, len);
	free(xml);
	jk_doc_free(doc);
out:
	return diag_finish(&diag);
}

static int
cmd_layout(const char *input, const struct opts *o)
{
	struct jk_diag		 diag;
	struct jk_doc		*doc = NULL;
	struct jk_style		*st = NULL;
	struct jk_pdf		*pdf = NULL;
	struct jk_pdf_opts	 po;
	FILE			*f = NULL;
	char			*text = NULL;
	size_t			 len = 0;

	diag_setup(&diag, input, o);
	memset(&po, 0, sizeof(po));
	po.bleed = o->bleed;
	if (to_file(o->out) && jk_file_replaceable(o->out) == -1) {
		jk_msg(&diag, JK_M_SYSERR, 0, "%s: %s", o->out,
		    strerror(errno));
		goto out;
	}
	if ((st = jk_style_load(o->style, &diag)) == NULL)
		goto out;
	jk_fonts_setup(&diag);
	doc = load(input, o, 1, &diag);
	jk_lex_drop();		/* saved, and freed before the layout */
	if (doc == NULL)
		goto out;
	/* The dump goes to memory first: a file appears whole or not. */
	if ((f = open_memstream(&text, &len)) == NULL) {
		jk_msg(&diag, JK_M_SYSERR, 0, "open_memstream: %s",
		    strerror(errno));
		goto out;
	}
	pdf = jk_pdf_new(st, &po, &diag);
	jk_pdf_layout_dump(pdf, doc, f);
	if (fclose(f) != 0) {
		jk_msg(&diag, JK_M_SYSERR, 0, "layout dump: %s",
		    strerror(errno));
		goto out;
	}
	emit(&diag, o->out, text, len);
out:
	free(text);
	jk_pdf_free(pdf);
	jk_doc_free(doc);
	jk_style_free(st);
	return diag_finish(&diag);
}

/* May path be written?  If not, say so (naming it) and return 0. */
static int
replaceable(struct jk_diag *diag, const char *path)
{
	if (jk_file_replaceable(path) == 0)
		return 1;
	jk_msg(diag, JK_M_SYSERR, 0, "%s: %s", path, strerror(errno));
	return 0;
}

/* What a worker keeps from one issue to the next. */
struct worker {
	const struct opts	*o;
	struct jk_style		*st;
	struct jk_pdf		*pdf;	/* its font map serves every issue */
};

/* A worker's last issue is built: its renderer goes, with the font
 * subsets it kept for the next issue. */
static void
build_done(void *arg)
{
	struct worker	*w = arg;

	jk_pdf_free(w->pdf);
	w->pdf = NULL;
	jk_lex_drop();		/* its new answers saved */
}

/* Read and convert one input of a batch; NULL after a message. */
static struct jk_doc *
build_load(struct jk_job *job, void *arg)
{
	struct worker	*w = arg;
	struct jk_diag	*diag = jk_job_diag(job);
	struct jk_doc	*doc;
	char		*epub, *pdf, *pdfx;
	int		 ok;

	epub = jk_xasprintf("%s/%s.epub", w->o->out, jk_job_stem(job));
	pdf = jk_xasprintf("%s/%s.pdf", w->o->out, jk_job_stem(job));
	pdfx = jk_xasprintf("%s/%s-pdfx.pdf", w->o->out, jk_job_stem(job));
	/* An output that cannot be replaced stops the input before any
	 * work, so that no half of the pair is written. */
	ok = (!(w->o->formats & FMT_EPUB) || replaceable(diag, epub)) &&
	    (!(w->o->formats & FMT_PDF) || replaceable(diag, pdf)) &&
	    (!(w->o->formats & FMT_PDF) || !w->o->pdfx ||
	    replaceable(diag, pdfx));
	free(epub);
	free(pdf);
	free(pdfx);
	doc = ok ? load(jk_job_input(job), w->o, 1, diag) : NULL;
	/* the worker converts nothing more: the books' layout need not
	 * sit on top of the word list */
	if (jk_job_last(job))
		jk_lex_drop();
	return doc;
}

/* Write the books of one input: DIR/STEM.{epub,pdf}.  0 or -1. */
static int
build_render(struct jk_job *job, const struct jk_doc *doc, void *arg)
{
	struct worker		*w = arg;
	const struct opts	*o = w->o;
	struct jk_diag		*diag = jk_job_diag(job);
	struct jk_pdf_opts	 po;
	struct jk_outset	*set = jk_outset_new(), *prev;
	char			*path, *pdfx = NULL;
	int			 rc = 0;

	/* Both books (and previews) go to temporary files, renamed only
	 * when all were written: never a new EPUB beside an old PDF. */
	prev = jk_outset_use(set);
	if (o->formats & FMT_EPUB) {
		struct jk_epub	*e = jk_epub_new(w->st, diag);

		jk_job_stage(job, "epub");
		path = jk_xasprintf("%s/%s.epub", o->out, jk_job_stem(job));
		if (jk_epub_render(e, doc, path) == -1)
			rc = -1;
		free(path);
		jk_epub_free(e);
	}
	if ((o->formats & FMT_PDF) && diag->worst < JK_ERROR) {
		jk_job_stage(job, "pdf");
		if (w->pdf == NULL) {
			memset(&po, 0, sizeof(po));
			po.bleed = o->bleed;
			if (o->preview != NULL) {
				po.preview_dir = o->out;
				po.preview_pages = o->preview;
			}
			w->pdf = jk_pdf_new(w->st, &po, diag);
		}
		if (o->pdfx)
			pdfx = jk_xasprintf("%s/%s-pdfx.pdf", o->out,
			    jk_job_stem(job));
		/* The renderer outlives the issue: tell it this one's. */
		jk_pdf_set_issue(w->pdf, diag, pdfx);
		path = jk_xasprintf("%s/%s.pdf", o->out, jk_job_stem(job));
		if (jk_pdf_render(w->pdf, doc, path) == -1)
			rc = -1;
		jk_pdf_set_issue(w->pdf, NULL, NULL);
		free(path);
		free(pdfx);
	}
	jk_outset_use(prev);
	if (diag->worst < JK_ERROR && jk_outset_commit(set) == -1) {
		jk_msg(diag, JK_M_SYSERR, 0, "%s: %s%s", jk_outset_failed(set),
		    strerror(errno), jk_outset_committed(set) > 0 ?
		    "; the files before it were replaced, the rest kept old" :
		    "; no file replaced");
		rc = -1;
	}
	jk_outset_free(set);
	return rc;
}

/* Everything besides the input that decides the outputs. */
static char *
fingerprint(const struct opts *o, const struct jk_style *st)
{
	struct jk_buf	 b;
	char		*text;
	size_t		 len = 0;
	int		 i;

	jk_buf_init(&b);
	jk_buf_printf(&b, "jikji %s\nformats %d\nbleed %d\npreview %s\n"
	    "pdfx %d\nencoding %s\n", JK_VERSION, o->formats, o->bleed,
	    o->preview ? o->preview : "", o->pdfx,
	    o->encoding ? o->encoding : "");
	for (i = 0; i < o->nmeta; i++)
		jk_buf_printf(&b, "meta %s\n", o->meta[i]);
	jk_buf_printf(&b, "SOURCE_DATE_EPOCH %s\n",
	    getenv("SOURCE_DATE_EPOCH") ? getenv("SOURCE_DATE_EPOCH") : "");
	if (st->path != NULL && (text = jk_file_read(st->path, &len)) != NULL) {
		jk_buf_printf(&b, "style %zu\n", len);
		jk_buf_add(&b, text, len);
		free(text);
	}
	return jk_buf_detach(&b);
}

/*
 * The -o DIR of build: made if missing, else it must be a directory we
 * may write in.  Returns 0, or the exit code after one message.
 */
static int
output_dir(const char *dir)
{
	struct stat	 sb;

	if (stat(dir, &sb) == -1) {
		if (errno == ENOENT && mkdir(dir, 0777) == 0)
			return 0;
		fprintf(stderr, "jikji: -o %s: cannot make the directory: %s\n",
		    dir, strerror(errno));
		return 1;
	}
	if (!S_ISDIR(sb.st_mode)) {
		fprintf(stderr, "jikji: -o %s: not a directory (build writes "
		    "DIR/NAME.epub and DIR/NAME.pdf)\n", dir);
		return EXIT_USAGE;
	}
	if (access(dir, W_OK | X_OK) == -1) {
		fprintf(stderr, "jikji: -o %s: cannot write there: %s\n", dir,
		    strerror(errno));
		return 1;
	}
	return 0;
}

/* Build every input (files, and folders of them) in worker processes. */
static int
cmd_build(char **args, int nargs, const struct opts *o)
{
	static const char *const all[] = { ".epub", ".pdf", NULL };
	static const char *const all_x[] = { ".epub", ".pdf", "-pdfx.pdf",
	    NULL };
	static const char *const epub_only[] = { ".epub", NULL };
	struct jk_batch_opts	 bo;
	struct jk_batch_ops	 ops;
	struct worker		 w;
	struct jk_diag		 diag;
	char			**inputs, *fp;
	int			 n, rc;

	if ((rc = jk_batch_inputs(args, nargs, o->out, &inputs, &n)) != 0)
		return rc;
	/* Style and fonts once, before the workers are forked. */
	diag_setup(&diag, o->style != NULL ? o->style : "style", o);
	memset(&w, 0, sizeof(w));
	w.o = o;
	if ((w.st = jk_style_load(o->style, &diag)) == NULL) {
		g_strfreev(inputs);
		return diag_finish(&diag);
	}
	jk_fonts_setup(&diag);
	/* The word list is each worker's own: it loads it on a thread
	 * beside its first steps (asking it only what the disk cache does
	 * not answer) and frees it before its last layout.  One loaded here
	 * and shared through fork() cost more than it saved: every worker's
	 * questions write to it and to the heap around it, and each such
	 * page is copied (8 issues in 2 workers: 0.5 to 1 s more, with or
	 * without answers on disk). */
	diag_finish(&diag);
	memset(&bo, 0, sizeof(bo));
	bo.outdir = o->out;
	bo.jobs = o->jobs;
	bo.force = o->force;
	bo.timeout = o->timeout;
	bo.quiet = o->verbose < 0;
	bo.progress = o->verbose >= 0 && isatty(STDERR_FILENO);
	bo.min_level = o->verbose < 0 ? JK_ERROR : o->verbose == 0 ?
	    JK_WARN : o->verbose == 1 ? JK_INFO : JK_DEBUG;
	bo.fingerprint = fp = fingerprint(o, w.st);
	if (o->formats == FMT_EPUB)
		bo.books = epub_only;
	else if (o->pdfx)
		bo.books = o->formats == FMT_PDF ? all_x + 1 : all_x;
	else
		bo.books = o->formats == FMT_PDF ? all + 1 : all;
	memset(&ops, 0, sizeof(ops));
	ops.load = build_load;
	ops.render = build_render;
	ops.done = build_done;
	ops.arg = &w;
	rc = jk_batch_run(inputs, n, &bo, &ops);
	free(fp);
	jk_style_free(w.st);
	g_strfreev(inputs);
	return rc;
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
		{ "pdfx", no_argument, NULL, 'X' },
		{ "force", no_argument, NULL, 'F' },
		{ "timeout", required_argument, NULL, 'T' },
		{ "max-input", required_argument, NULL, 'I' },
		{ "encoding", required_argument, NULL, 'e' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct opts	 o;
	char		*end;
	int		 c, rc;

	memset(&o, 0, sizeof(o));
	o.formats = FMT_EPUB | FMT_PDF;
	o.jobs = 0;		/* one per core */
	o.bleed = 1;
	o.max_input = INPUT_MAX;
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
				rc = EXIT_USAGE;
				goto done;
			}
			break;
		case 's':
			o.style = optarg;
			break;
		case 'm':
			if (strchr(optarg, '=') == NULL || *optarg == '=') {
				fprintf(stderr, "jikji: --meta %s: want "
				    "KEY=VALUE\n", optarg);
				rc = EXIT_USAGE;
				goto done;
			}
			o.meta[o.nmeta++] = optarg;
			break;
		case 'j':
			o.jobs = (int)strtol(optarg, &end, 10);
			if (*end != '\0' || o.jobs < 1 || o.jobs > 256) {
				fprintf(stderr, "jikji: -j %s: want 1..256\n",
				    optarg);
				rc = EXIT_USAGE;
				goto done;
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
		case 'X':
			o.pdfx = 1;
			break;
		case 'F':
			o.force = 1;
			break;
		case 'T':
			o.timeout = strtod(optarg, &end);
			if (*end != '\0' || !(o.timeout > 0)) {
				fprintf(stderr, "jikji: --timeout %s: want "
				    "seconds above 0\n", optarg);
				rc = EXIT_USAGE;
				goto done;
			}
			break;
		case 'I':
			if (jk_file_parse_size(optarg, &o.max_input) == -1) {
				fprintf(stderr, "jikji: --max-input %s: want a "
				    "size such as 200M (K, M, G: powers of "
				    "1024)\n", optarg);
				rc = EXIT_USAGE;
				goto done;
			}
			break;
		case 'e':
			if (!jk_encoding_known(optarg)) {
				fprintf(stderr, "jikji: --encoding %s: no such "
				    "encoding (see iconv -l)\n", optarg);
				rc = EXIT_USAGE;
				goto done;
			}
			o.encoding = optarg;
			break;
		case 'h':
			usage(stdout);
			rc = 0;
			goto done;
		case 'V':
			printf("jikji %s\n", JK_VERSION);
			rc = 0;
			goto done;
		default:
			usage(stderr);
			rc = EXIT_USAGE;
			goto done;
		}
	}
	argc -= optind;
	argv += optind;
	if (o.cmd == NULL) {
		usage(stderr);
		rc = EXIT_USAGE;
		goto done;
	}
	if (strcmp(o.cmd, "tree") == 0 || strcmp(o.cmd, "layout") == 0) {
		if (argc != 1) {
			fprintf(stderr, "jikji: %s takes one INPUT\n", o.cmd);
			rc = EXIT_USAGE;
			goto done;
		}
		if (strcmp(o.cmd, "layout") == 0) {
			rc = cmd_layout(argv[0], &o);
		} else
			rc = cmd_tree(argv[0], &o);
	} else if (strcmp(o.cmd, "build") == 0) {
		if (argc < 1 || o.out == NULL) {
			fprintf(stderr, "jikji: build needs INPUT... -o DIR\n");
			rc = EXIT_USAGE;
			goto done;
		}
		if ((rc = output_dir(o.out)) != 0)
			goto done;
		rc = cmd_build(argv, argc, &o);
	} else {
		fprintf(stderr, "jikji: unknown command %s\n", o.cmd);
		usage(stderr);
		rc = EXIT_USAGE;
	}
done:
	free(o.meta);
	return rc;
}
