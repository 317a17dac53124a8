/*
 * style.c -- the style definition: built-in defaults, GLib key files on
 * top of them, the CSS the EPUB uses, and the font set-up.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <fontconfig/fontconfig.h>
#include <glib.h>

#include "style.h"

#ifndef JK_DATADIR
#define JK_DATADIR "/usr/local/share/jikji"
#endif

const char *
jk_datadir(void)
{
	return JK_DATADIR;
}

static void
font_set(struct jk_font *f, const char *family, int bold, double size,
    double leading)
{
	free(f->family);
	f->family = jk_xstrdup(family);
	f->bold = bold;
	f->size = size;
	f->leading = leading;
}

static void
rgb_set(struct jk_rgb *c, unsigned int v)
{
	c->r = ((v >> 16) & 0xff) / 255.0;
	c->g = ((v >> 8) & 0xff) / 255.0;
	c->b = (v & 0xff) / 255.0;
	snprintf(c->hex, sizeof(c->hex), "#%06x", v & 0xffffff);
}

struct jk_style *
jk_style_default(void)
{
	struct jk_style	*s = jk_xcalloc(1, sizeof(*s));

	s->name = jk_xstrdup("default");
	font_set(&s->body, "NanumMyeongjo", 0, 10, 14.8);
	font_set(&s->title, "NanumSquare", 1, 25, 31);
	font_set(&s->subtitle, "NanumBarunGothic", 0, 12.5, 17);
	font_set(&s->series, "NanumSquare", 1, 9, 12);
	font_set(&s->heading[0], "NanumSquare", 1, 12, 17);
	font_set(&s->heading[1], "NanumBarunGothic", 1, 10.4, 15.5);
	font_set(&s->heading[2], "NanumBarunGothic", 1, 9.6, 15);
	font_set(&s->byline, "NanumBarunGothic", 1, 9.4, 13);
	font_set(&s->bio, "NanumBarunGothic", 0, 7.8, 11.6);
	font_set(&s->deck, "NanumBarunGothic", 0, 10.6, 15.4);
	font_set(&s->caption, "NanumBarunGothic", 0, 7.8, 11);
	font_set(&s->table, "NanumBarunGothic", 0, 7.6, 10.6);
	font_set(&s->note, "NanumBarunGothic", 0, 7.4, 10.6);
	font_set(&s->running, "NanumBarunGothic", 0, 7.5, 9);
	s->fallback = jk_xstrdup("Noto Serif CJK KR, Noto Sans CJK KR");
	rgb_set(&s->text, 0x000000);
	rgb_set(&s->accent, 0x0a4f8c);
	rgb_set(&s->muted, 0x5f6670);
	rgb_set(&s->rule, 0x0a4f8c);
	rgb_set(&s->boxbg, 0xedf2f7);
	s->page_w_mm = 210;
	s->page_h_mm = 280;
	s->margin_top_mm = 22;
	s->margin_bottom_mm = 24;
	s->margin_inner_mm = 20;
	s->margin_outer_mm = 17;
	s->columns = 2;
	s->gutter_mm = 7;
	s->bleed_mm = 3;
	s->crop_marks = 1;
	s->para_indent = 10;
	s->para_space = 0;
	s->justify = 1;
	s->keep_all = 1;
	s->lang = jk_xstrdup("ko");
	s->issue_line = jk_xstrdup("통권 {volume}호 · {year}년 {month}월");
	return s;
}

void
jk_style_free(struct jk_style *s)
{
	int	 i;

	if (s == NULL)
		return;
	free(s->name);
	free(s->path);
	free(s->body.family);
	free(s->title.family);
	free(s->subtitle.family);
	free(s->series.family);
	for (i = 0; i < 3; i++)
		free(s->heading[i].family);
	free(s->byline.family);
	free(s->bio.family);
	free(s->deck.family);
	free(s->caption.family);
	free(s->table.family);
	free(s->note.family);
	free(s->running.family);
	free(s->fallback);
	free(s->lang);
	free(s->issue_line);
	free(s);
}

/* === loading =========================================================== */

struct loader {
	GKeyFile	*kf;
	const char	*path;
	const char	*text;		/* file contents, to find lines */
	struct jk_diag	*diag;
	int		 errors;
};

/* The line of "key =" inside [group], for messages; 0 if not found. */
static int
key_line(const struct loader *l, const char *group, const char *key)
{
	const char	*p = l->text;
	int		 line = 1, ingroup = 0;
	size_t		 gl = strlen(group), kl = strlen(key);

	while (*p != '\0') {
		const char *q = p + strspn(p, " \t");

		if (*q == '[')
			ingroup = strncmp(q + 1, group, gl) == 0 &&
			    q[1 + gl] == ']';
		else if (ingroup && strncmp(q, key, kl) == 0 &&
		    strchr(" \t=", q[kl]) != NULL)
			return line;
		if ((p = strchr(p, '\n')) == NULL)
			break;
		p++;
		line++;
	}
	return 0;
}

static void
bad(struct loader *l, const char *group, const char *key, const char *why)
{
	struct jk_diag	*d = l->diag;
	const char	*saved = d != NULL ? d->file : NULL;

	if (d != NULL)
		d->file = l->path;
	jk_msg(d, JK_M_STYLE, key_line(l, group, key), "[%s] %s: %s",
	    group, key, why);
	if (d != NULL)
		d->file = saved;
	l->errors++;
}

static char *
get(struct loader *l, const char *group, const char *key)
{
	char	*v = g_key_file_get_string(l->kf, group, key, NULL);

	if (v != NULL)
		g_strstrip(v);
	return v;
}

/*
 * May s stand in a CSS font-family list as it is?  jk_style_css() writes
 * family names between quotes and the fallback list bare, so quotes,
 * backslashes, rule punctuation and line breaks would end them early.
 */
static int
plain_name(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s < 0x20 || strchr("\"\\;{}", *s) != NULL)
			return 0;
	return 1;
}

static void
load_font(struct loader *l, const char *key, struct jk_font *f)
{
	char	*v = get(l, "fonts", key), **tok, *end;
	GString	*fam;
	int	 n, i, bold = 0;
	double	 size, lead;

	if (v == NULL)
		return;
	tok = g_strsplit_set(v, " \t", -1);
	for (n = 0; tok[n] != NULL; n++)
		;
	/* Last token: SIZE or SIZE/LEADING. */
	while (n > 0 && *tok[n - 1] == '\0')
		n--;
	if (n < 2) {
		bad(l, "fonts", key, "want FAMILY [bold] SIZE[/LEADING]");
		goto out;
	}
	size = g_ascii_strtod(tok[n - 1], &end);
	lead = size * 1.6;
	if (*end == '/')
		lead = g_ascii_strtod(end + 1, &end);
	/* Written so that NaN ("nan") fails every test. */
	if (*end != '\0' || !(size >= 2 && size <= 200) ||
	    !(lead >= size * 0.8 && lead <= size * 4)) {
		bad(l, "fonts", key, "size/leading out of range");
		goto out;
	}
	fam = g_string_new(NULL);
	for (i = 0; i < n - 1; i++) {
		if (*tok[i] == '\0')
			continue;
		if (g_ascii_strcasecmp(tok[i], "bold") == 0) {
			bold = 1;
			continue;
		}
		if (fam->len > 0)
			g_string_append_c(fam, ' ');
		g_string_append(fam, tok[i]);
	}
	if (fam->len == 0)
		bad(l, "fonts", key, "no family");
	else if (!plain_name(fam->str))
		bad(l, "fonts", key, "family name holds \" \\ ; { } or a "
		    "control character");
	else
		font_set(f, fam->str, bold, size, lead);
	g_string_free(fam, TRUE);
out:
	g_strfreev(tok);
	g_free(v);
}

static void
load_rgb(struct loader *l, const char *key, struct jk_rgb *c)
{
	char		*v = get(l, "colours", key), *end;
	unsigned long	 x;

	if (v == NULL)
		return;
	/* Test the shape first: v + 1 is past the end of "", and strtoul
	 * takes signs and spaces. */
	if (v[0] != '#' || strlen(v) != 7 ||
	    strspn(v + 1, "0123456789abcdefABCDEF") != 6)
		bad(l, "colours", key, "want #rrggbb");
	else {
		x = strtoul(v + 1, &end, 16);
		rgb_set(c, (unsigned int)x);
	}
	g_free(v);
}

static void
load_num(struct loader *l, const char *group, const char *key, double *d,
    double min, double max)
{
	char	*v = get(l, group, key), *end;
	double	 x;

	if (v == NULL)
		return;
	x = g_ascii_strtod(v, &end);
	if (end == v || *end != '\0' || !(x >= min && x <= max))	/* NaN */
		bad(l, group, key, "number out of range");
	else
		*d = x;
	g_free(v);
}

static void
load_bool(struct loader *l, const char *group, const char *key, int *b)
{
	char	*v = get(l, group, key);

	if (v == NULL)
		return;
	if (strcmp(v, "true") == 0 || strcmp(v, "yes") == 0 ||
	    strcmp(v, "1") == 0)
		*b = 1;
	else if (strcmp(v, "false") == 0 || strcmp(v, "no") == 0 ||
	    strcmp(v, "0") == 0)
		*b = 0;
	else
		bad(l, group, key, "want true or false");
	g_free(v);
}

/*
 * A data file REL (e.g. "styles/default.style") found relative to the
 * running binary: BIN/../REL (the build tree: build/jikji) or
 * BIN/../share/jikji/REL (an install under any prefix).  Absolute path,
 * malloc'd, or NULL.
 */
static char *
beside_binary(const char *rel)
{
	static const char *const up[] = { "..", "../share/jikji" };
	char		 exe[PATH_MAX], *dir, *p, *abs;
	ssize_t		 n;
	size_t		 i;

	if ((n = readlink("/proc/self/exe", exe, sizeof(exe) - 1)) <= 0)
		return NULL;
	exe[n] = '\0';
	dir = g_path_get_dirname(exe);
	for (i = 0; i < sizeof(up) / sizeof(up[0]); i++) {
		p = jk_xasprintf("%s/%s/%s", dir, up[i], rel);
		abs = access(p, R_OK) == 0 ? realpath(p, NULL) : NULL;
		free(p);
		if (abs != NULL) {
			g_free(dir);
			return abs;
		}
	}
	g_free(dir);
	return NULL;
}

char *
jk_beside_binary(const char *rel)
{
	return beside_binary(rel);
}

/* Find NAME.style: $JIKJI_STYLE_DIR, ./styles, beside the binary, the
 * installed data directory. */
static char *
find_style(const char *name)
{
	char		*p, *rel;
	const char	*env = getenv("JIKJI_STYLE_DIR");

	if (env != NULL) {
		p = jk_xasprintf("%s/%s.style", env, name);
		if (access(p, R_OK) == 0)
			return p;
		free(p);
	}
	p = jk_xasprintf("styles/%s.style", name);
	if (access(p, R_OK) == 0)
		return p;
	free(p);
	rel = jk_xasprintf("styles/%s.style", name);
	p = beside_binary(rel);
	free(rel);
	if (p != NULL)
		return p;
	return jk_xasprintf("%s/styles/%s.style", jk_datadir(), name);
}

struct jk_style *
jk_style_load(const char *what, struct jk_diag *diag)
{
	struct jk_style	*s;
	struct loader	 l;
	GError		*err = NULL;
	char		*path, *text, *v;
	size_t		 len;
	double		 cols, h;
	static const char *const hkeys[3] = {
		"heading1", "heading2", "heading3"
	};
	int		 i;

	if (what == NULL || *what == '\0')
		what = "default";
	if (strchr(what, '/') != NULL || g_str_has_suffix(what, ".style"))
		path = jk_xstrdup(what);
	else
		path = find_style(what);
	if ((text = jk_file_read(path, &len)) == NULL) {
		jk_msg(diag, JK_M_STYLE, 0, "%s: %s", path, strerror(errno));
		free(path);
		return NULL;
	}
	memset(&l, 0, sizeof(l));
	l.kf = g_key_file_new();
	l.path = path;
	l.text = text;
	l.diag = diag;
	if (!g_key_file_load_from_data(l.kf, text, len, G_KEY_FILE_NONE,
	    &err)) {
		jk_msg(diag, JK_M_STYLE, 0, "%s: %s", path, err->message);
		g_error_free(err);
		g_key_file_free(l.kf);
		free(text);
		free(path);
		return NULL;
	}
	s = jk_style_default();
	s->path = path;
	if ((v = get(&l, "style", "name")) != NULL) {
		free(s->name);
		s->name = jk_xstrdup(v);
		g_free(v);
	}
	load_font(&l, "body", &s->body);
	load_font(&l, "title", &s->title);
	load_font(&l, "subtitle", &s->subtitle);
	load_font(&l, "series", &s->series);
	for (i = 0; i < 3; i++)
		load_font(&l, hkeys[i], &s->heading[i]);
	load_font(&l, "byline", &s->byline);
	load_font(&l, "bio", &s->bio);
	load_font(&l, "deck", &s->deck);
	load_font(&l, "caption", &s->caption);
	load_font(&l, "table", &s->table);
	load_font(&l, "note", &s->note);
	load_font(&l, "running", &s->running);
	if ((v = get(&l, "fonts", "fallback")) != NULL) {
		if (!plain_name(v))
			bad(&l, "fonts", "fallback", "family names hold \" \\ ; "
			    "{ } or a control character");
		free(s->fallback);
		s->fallback = jk_xstrdup(v);
		g_free(v);
	}
	load_rgb(&l, "text", &s->text);
	load_rgb(&l, "accent", &s->accent);
	load_rgb(&l, "muted", &s->muted);
	load_rgb(&l, "rule", &s->rule);
	load_rgb(&l, "boxbg", &s->boxbg);
	load_num(&l, "page", "width-mm", &s->page_w_mm, 80, 600);
	load_num(&l, "page", "height-mm", &s->page_h_mm, 100, 900);
	load_num(&l, "page", "margin-top-mm", &s->margin_top_mm, 3, 100);
	load_num(&l, "page", "margin-bottom-mm", &s->margin_bottom_mm, 3, 100);
	load_num(&l, "page", "margin-inner-mm", &s->margin_inner_mm, 3, 100);
	load_num(&l, "page", "margin-outer-mm", &s->margin_outer_mm, 3, 100);
	cols = s->columns;
	load_num(&l, "page", "columns", &cols, 1, 4);
	s->columns = (int)cols;
	load_num(&l, "page", "gutter-mm", &s->gutter_mm, 0, 40);
	load_num(&l, "page", "bleed-mm", &s->bleed_mm, 0, 10);
	load_bool(&l, "page", "crop-marks", &s->crop_marks);
	load_num(&l, "page", "para-indent", &s->para_indent, 0, 60);
	load_num(&l, "page", "para-space", &s->para_space, 0, 60);
	load_bool(&l, "text", "justify", &s->justify);
	load_bool(&l, "text", "keep-all", &s->keep_all);
	if ((v = get(&l, "text", "lang")) != NULL) {
		free(s->lang);
		s->lang = jk_xstrdup(v);
		g_free(v);
	}
	if ((v = get(&l, "contents", "issue-line")) != NULL) {
		free(s->issue_line);
		s->issue_line = jk_xstrdup(v);
		g_free(v);
	}
	/* The text block must leave room for columns. */
	h = s->page_w_mm - s->margin_inner_mm - s->margin_outer_mm -
	    (s->columns - 1) * s->gutter_mm;
	if (h / s->columns < 30)
		bad(&l, "page", "columns", "columns narrower than 30 mm");
	g_key_file_free(l.kf);
	free(text);
	if (l.errors > 0) {
		jk_style_free(s);
		return NULL;
	}
	return s;
}

/* === CSS =============================================================== */

static void
css_font(GString *g, const struct jk_style *s, const struct jk_font *f,
    const struct jk_font *base)
{
	g_string_append_printf(g, "  font-family: \"%s\", %s, %s;\n",
	    f->family, s->fallback, strstr(f->family, "Myeongjo") != NULL ?
	    "serif" : "sans-serif");
	if (f != base) {
		char	 b[G_ASCII_DTOSTR_BUF_SIZE];

		g_string_append_printf(g, "  font-size: %sem;\n",
		    g_ascii_formatd(b, sizeof(b), "%.3f", f->size /
		    base->size));
	}
	{
		char	 b[G_ASCII_DTOSTR_BUF_SIZE];

		g_string_append_printf(g, "  line-height: %s;\n",
		    g_ascii_formatd(b, sizeof(b), "%.3f", f->leading /
		    f->size));
	}
	g_string_append_printf(g, "  font-weight: %s;\n",
	    f->bold ? "bold" : "normal");
}

char *
jk_style_css(const struct jk_style *s)
{
	GString	*g = g_string_new(NULL);
	char	 b[G_ASCII_DTOSTR_BUF_SIZE];
	char	*r;

	g_string_append_printf(g, "/* jikji style \"%s\": generated from the "
	    "same definition as the print PDF. */\n", s->name);
	g_string_append(g, "@namespace epub \"http://www.idpf.org/2007/ops\";"
	    "\n\nbody {\n");
	css_font(g, s, &s->body, &s->body);
	g_string_append_printf(g, "  color: %s;\n  margin: 0 4%%;\n"
	    "  text-align: %s;\n  word-break: %s;\n  line-break: strict;\n"
	    "  overflow-wrap: break-word;\n  hyphens: none;\n}\n",
	    s->text.hex, s->justify ? "justify" : "start",
	    s->keep_all ? "keep-all" : "normal");
	g_string_append_printf(g, "p {\n  margin: 0 0 %sem 0;\n",
	    g_ascii_formatd(b, sizeof(b), "%.2f", s->para_space /
	    s->body.size + 0.25));
	g_string_append_printf(g, "  text-indent: %sem;\n}\n",
	    g_ascii_formatd(b, sizeof(b), "%.2f", s->para_indent /
	    s->body.size));
	g_string_append(g, ".series {\n");
	css_font(g, s, &s->series, &s->body);
	g_string_append_printf(g, "  color: %s;\n  letter-spacing: 0.05em;\n"
	    "  text-indent: 0;\n  margin: 1em 0 0.4em 0;\n}\n", s->accent.hex);
	g_string_append(g, "h1.title, h1 {\n");
	css_font(g, s, &s->title, &s->body);
	g_string_append_printf(g, "  color: %s;\n  text-align: start;\n"
	    "  margin: 0.2em 0 0.3em 0;\n}\n", s->text.hex);
	g_string_append(g, ".subtitle {\n");
	css_font(g, s, &s->subtitle, &s->body);
	g_string_append_printf(g, "  color: %s;\n  text-indent: 0;\n"
	    "  text-align: start;\n  margin: 0 0 1em 0;\n}\n", s->muted.hex);
	g_string_append(g, "h2 {\n");
	css_font(g, s, &s->heading[0], &s->body);
	g_string_append_printf(g, "  color: %s;\n  margin: 1.4em 0 0.5em 0;\n"
	    "  text-align: start;\n}\n", s->accent.hex);
	g_string_append(g, "h3 {\n");
	css_font(g, s, &s->heading[1], &s->body);
	g_string_append(g, "  margin: 1.1em 0 0.4em 0;\n  text-align: start;\n}\n");
	g_string_append(g, "h4 {\n");
	css_font(g, s, &s->heading[2], &s->body);
	g_string_append(g, "  margin: 1em 0 0.3em 0;\n  text-align: start;\n}\n");
	g_string_append(g, ".byline {\n");
	css_font(g, s, &s->byline, &s->body);
	g_string_append_printf(g, "  border-top: 1px solid %s;\n"
	    "  margin: 0.6em 0 1.2em 0;\n  padding-top: 0.4em;\n}\n",
	    s->rule.hex);
	g_string_append(g, ".bio {\n");
	css_font(g, s, &s->bio, &s->body);
	g_string_append_printf(g, "  color: %s;\n  text-indent: 0;\n}\n",
	    s->muted.hex);
	g_string_append(g, ".deck {\n");
	css_font(g, s, &s->deck, &s->body);
	g_string_append_printf(g, "  color: %s;\n  margin: 0 0 1.2em 0;\n}\n"
	    ".deck p { text-indent: 0; }\n", s->text.hex);
	g_string_append(g, "figure, .figure {\n  margin: 1em 0;\n"
	    "  padding: 0.5em;\n");
	g_string_append_printf(g, "  border: 1px solid %s;\n}\n"
	    "figcaption, .caption {\n", s->rule.hex);
	css_font(g, s, &s->caption, &s->body);
	g_string_append(g, "  text-indent: 0;\n  text-align: start;\n}\n");
	g_string_append(g, "table {\n  border-collapse: collapse;\n"
	    "  width: 100%;\n  margin: 0.6em 0;\n");
	css_font(g, s, &s->table, &s->body);
	g_string_append_printf(g, "}\nth, td {\n  border: 1px solid %s;\n"
	    "  padding: 0.2em 0.4em;\n  text-align: start;\n"
	    "  vertical-align: top;\n}\nth {\n  background: %s;\n}\n"
	    "td.num {\n  text-align: end;\n}\n", s->muted.hex, s->boxbg.hex);
	g_string_append(g, "pre {\n  white-space: pre-wrap;\n");
	css_font(g, s, &s->table, &s->body);
	g_string_append(g, "}\n.footnotes, aside.footnote {\n");
	css_font(g, s, &s->note, &s->body);
	g_string_append(g, "}\n.sidebar, aside.sidebar {\n");
	g_string_append_printf(g, "  background: %s;\n  padding: 0.6em 0.9em;\n"
	    "  margin: 1em 0;\n  border-left: 3px solid %s;\n}\n",
	    s->boxbg.hex, s->accent.hex);
	g_string_append(g, "blockquote {\n  margin: 1em 1.5em;\n"
	    "  font-style: normal;\n}\n");
	g_string_append_printf(g, "a {\n  color: %s;\n  text-decoration: none;"
	    "\n}\n", s->accent.hex);
	r = jk_xstrdup(g->str);
	g_string_free(g, TRUE);
	return r;
}

/* === fonts ============================================================= */

static char *
find_fonts_conf(void)
{
	char		*p;
	const char	*env = getenv("JIKJI_FONTS_DIR");

	if (env != NULL) {
		p = jk_xasprintf("%s/fonts.conf", env);
		if (access(p, R_OK) == 0) {
			char	*abs = realpath(p, NULL);

			free(p);
			return abs;
		}
		free(p);
	}
	if (access("fonts/fonts.conf", R_OK) == 0 &&
	    (p = realpath("fonts/fonts.conf", NULL)) != NULL)
		return p;	/* fontconfig wants an absolute path */
	if ((p = beside_binary("fonts/fonts.conf")) != NULL)
		return p;
	p = jk_xasprintf("%s/fonts/fonts.conf", jk_datadir());
	if (access(p, R_OK) == 0)
		return p;
	free(p);
	return NULL;
}

int
jk_fonts_setup(struct jk_diag *diag)
{
	static int	 done, rc;
	FcConfig	*cfg;
	char		*path;

	if (done)
		return rc;
	done = 1;
	if ((path = find_fonts_conf()) == NULL) {
		jk_msg(diag, JK_M_FONTCONF, 0, "fonts/fonts.conf not found; "
		    "using the system's font configuration");
		return rc = -1;
	}
	cfg = FcConfigCreate();
	if (!FcConfigParseAndLoad(cfg, (const FcChar8 *)path, FcTrue) ||
	    !FcConfigBuildFonts(cfg) || !FcConfigSetCurrent(cfg)) {
		jk_msg(diag, JK_M_FONTCONF, 0, "%s: cannot load; using the "
		    "system's font configuration", path);
		FcConfigDestroy(cfg);
		free(path);
		return rc = -1;
	}
	FcConfigDestroy(cfg);	/* the current config keeps a reference */
	free(path);
	return rc = 0;
}

char *
jk_font_file(const char *family, int bold, int *index)
{
	FcPattern	*pat, *match;
	FcResult	 res;
	FcChar8		*file = NULL;
	char		*r = NULL;
	int		 idx = 0;

	pat = FcPatternCreate();
	FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)family);
	FcPatternAddInteger(pat, FC_WEIGHT, bold ? FC_WEIGHT_BOLD :
	    FC_WEIGHT_REGULAR);
	FcConfigSubstitute(NULL, pat, FcMatchPattern);
	FcDefaultSubstitute(pat);
	match = FcFontMatch(NULL, pat, &res);
	if (match != NULL && FcPatternGetString(match, FC_FILE, 0, &file) ==
	    FcResultMatch) {
		r = jk_xstrdup((const char *)file);
		FcPatternGetInteger(match, FC_INDEX, 0, &idx);
	}
	if (match != NULL)
		FcPatternDestroy(match);
	FcPatternDestroy(pat);
	if (index != NULL)
		*index = idx;
	return r;
}
