/*
 * diag.c -- the one catalogue of messages, and the sink that prints and
 * counts them.  The order of the table follows enum jk_msgid.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static const struct jk_diag_entry catalogue[JK_M__MAX] = {
	/* general */
	[JK_M_SYSERR] = { "system", JK_ERROR, "cannot read or write" },
	[JK_M_BADINPUT] = { "bad-input", JK_ERROR, "input cannot be converted" },
	[JK_M_XML] = { "xml", JK_ERROR, "XML tree input rejected" },
	[JK_M_STYLE] = { "style", JK_ERROR, "style file rejected" },
	[JK_M_META] = { "meta", JK_WARN, "metadata value ignored" },
	/* cleanup */
	[JK_M_BOM] = { "bom", JK_DEBUG, "byte order mark removed" },
	[JK_M_BADUTF8] = { "bad-utf8", JK_WARN, "invalid UTF-8 replaced" },
	[JK_M_FFFD] = { "replacement-char", JK_DEBUG,
	    "replacement character removed" },
	[JK_M_CTRL] = { "control-char", JK_INFO, "control character removed" },
	[JK_M_VERTICAL] = { "vertical-label", JK_INFO,
	    "vertical running label taken out of the flow" },
	[JK_M_PAGEPAIR] = { "page-numbers", JK_INFO,
	    "page numbers taken out of the flow as print folios" },
	[JK_M_TAGLINE] = { "tagline", JK_INFO,
	    "series tagline taken out of the flow" },
	[JK_M_BADGE] = { "badge", JK_INFO, "item badge dropped" },
	[JK_M_STRAY] = { "stray", JK_INFO, "stray fragment dropped" },
	[JK_M_JOIN] = { "join", JK_DEBUG, "line join" },
	[JK_M_ENCODING] = { "encoding", JK_INFO, "input decoded" },
	[JK_M_LATIN1] = { "latin1", JK_WARN,
	    "bytes that are not UTF-8 read as Latin-1" },
	[JK_M_LEXICON] = { "lexicon", JK_INFO,
	    "no word list of the language: line joins judged by the "
	    "issue's own vocabulary alone" },
	/* structure */
	[JK_M_ARTICLE] = { "article", JK_DEBUG, "article found" },
	[JK_M_NOTITLE] = { "no-title", JK_WARN, "article without a title" },
	[JK_M_NOBYLINE] = { "no-byline", JK_DEBUG, "article without a byline" },
	[JK_M_BYLINEMOVED] = { "byline-moved", JK_INFO,
	    "byline moved to its article" },
	[JK_M_DEBRIS] = { "debris", JK_INFO,
	    "chart or diagram text moved into a figure" },
	[JK_M_DEBRISDROP] = { "debris-dropped", JK_INFO,
	    "chart or diagram debris dropped" },
	[JK_M_CAPTION] = { "caption", JK_WARN, "caption without a title" },
	[JK_M_TABLEPRE] = { "table-pre", JK_INFO,
	    "table kept as preformatted text" },
	[JK_M_TABLESUM] = { "table-sum", JK_WARN,
	    "table totals do not add up" },
	[JK_M_NOTEREF] = { "noteref", JK_WARN,
	    "footnote reference without a note" },
	[JK_M_NOTEORPHAN] = { "note-orphan", JK_WARN,
	    "footnote never referenced" },
	[JK_M_ORDER] = { "order", JK_INFO, "reading order repaired" },
	[JK_M_ORDERUNSURE] = { "order-unsure", JK_WARN,
	    "reading order looks wrong; extraction order kept" },
	[JK_M_SENTJOIN] = { "sentence-joined", JK_INFO,
	    "sentence cut by a block joined back" },
	[JK_M_ADVERT] = { "advert", JK_INFO, "advertisement recognised" },
	[JK_M_FRONTMATTER] = { "outside", JK_WARN,
	    "text outside any article" },
	[JK_M_NOTEXT] = { "no-text", JK_WARN,
	    "no article text in the input" },
	/* tree */
	[JK_M_TREE] = { "tree", JK_WARN, "tree repaired" },
	[JK_M_EMPTY] = { "empty", JK_DEBUG, "empty element removed" },
	[JK_M_LEVEL] = { "heading-level", JK_WARN, "heading level repaired" },
	[JK_M_DUPID] = { "duplicate-id", JK_WARN, "duplicate id renamed" },
	/* backends */
	[JK_M_FONT] = { "font", JK_ERROR, "font not found" },
	[JK_M_GLYPH] = { "glyph", JK_WARN, "glyph missing from every font" },
	[JK_M_OVERFLOW] = { "overflow", JK_WARN, "content does not fit" },
	[JK_M_EPUB] = { "epub", JK_ERROR, "EPUB not written" },
	[JK_M_EPUBMETA] = { "epub-meta", JK_WARN,
	    "metadata value left out of the EPUB" },
	[JK_M_PDF] = { "pdf", JK_ERROR, "PDF not written" },
	[JK_M_FONTCONF] = { "font-config", JK_WARN,
	    "project font configuration not used" },
};

static const char *const levels[JK_LEVEL__MAX] = {
	"debug", "info", "warning", "error"
};

const struct jk_diag_entry *
jk_diag_lookup(enum jk_msgid id)
{
	static const struct jk_diag_entry unknown = {
		"unknown", JK_WARN, "unknown message"
	};

	if ((int)id < 0 || id >= JK_M__MAX || catalogue[id].name == NULL)
		return &unknown;
	return &catalogue[id];
}

const char *
jk_level_name(enum jk_level l)
{
	return (int)l >= 0 && l < JK_LEVEL__MAX ? levels[l] : "?";
}

void
jk_diag_init(struct jk_diag *d, const char *file, FILE *out)
{
	memset(d, 0, sizeof(*d));
	d->file = file;
	d->out = out;
	d->min_level = JK_WARN;
	d->worst = JK_DEBUG;
	jk_buf_init(&d->log);
}

void
jk_diag_free(struct jk_diag *d)
{
	jk_buf_free(&d->log);
}

void
jk_vmsg(struct jk_diag *d, enum jk_msgid id, int line, const char *fmt,
    va_list ap)
{
	const struct jk_diag_entry *e = jk_diag_lookup(id);
	struct jk_buf	 b;

	if (d == NULL)
		return;
	d->count[e->level]++;
	if (e->level > d->worst)
		d->worst = e->level;
	if (d->hook != NULL) {
		va_list	 aq;
		char	*detail = NULL;

		va_copy(aq, ap);
		if (fmt == NULL || *fmt == '\0' ||
		    vasprintf(&detail, fmt, aq) < 0)
			detail = NULL;
		va_end(aq);
		d->hook(d->hook_arg, id, line, detail != NULL ? detail : "");
		free(detail);
	}
	if (e->level < d->min_level || (d->out == NULL && !d->keep))
		return;
	jk_buf_init(&b);
	jk_buf_printf(&b, "%s:", d->file != NULL ? d->file : "-");
	if (line > 0)
		jk_buf_printf(&b, "%d:", line);
	jk_buf_printf(&b, " %s: %s", levels[e->level], e->text);
	if (fmt != NULL && *fmt != '\0') {
		char	*detail;

		if (vasprintf(&detail, fmt, ap) >= 0) {
			jk_buf_printf(&b, ": %s", detail);
			free(detail);
		}
	}
	jk_buf_printf(&b, " [%s]\n", e->name);
	if (d->out != NULL) {
		fputs(b.data, d->out);
		fflush(d->out);
	}
	if (d->keep)
		jk_buf_add(&d->log, b.data, b.len);
	jk_buf_free(&b);
}

void
jk_msg(struct jk_diag *d, enum jk_msgid id, int line, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	jk_vmsg(d, id, line, fmt, ap);
	va_end(ap);
}
