/*
 * report-html.c -- the HTML writer the proof report and the archive
 * index share (libxml2's writer underneath: every text is escaped).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include "../util/util.h"
#include "report-int.h"

const char jk_report_css[] =
"body{font:16px/1.5 system-ui,'Noto Sans CJK KR','NanumBarunGothic',"
"sans-serif;margin:0;color:#1d1d1f;background:#fafafa}"
"header.top,main{max-width:72rem;margin:0 auto;padding:0 1rem}"
"header.top{padding-top:1rem}h1{font-size:1.5rem;margin:.3rem 0}"
"h2{font-size:1.25rem;border-bottom:2px solid #ddd;margin-top:2rem}"
"h3{font-size:1.05rem;margin-bottom:.2rem}p.why{color:#555;margin-top:0}"
"nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem .9rem}"
"article.d{background:#fff;border:1px solid #ddd;border-left:5px solid #7a9;"
"border-radius:4px;margin:.8rem 0;padding:.5rem .8rem}"
"article.d.warning,article.d.error{border-left-color:#d80}"
"article.d.error{border-left-color:#c22}"
".lvl{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;"
"color:#555}.conf{font-size:.85rem;background:#eef;padding:0 .4rem;"
"border-radius:3px}.cmp{display:grid;grid-template-columns:1fr 1fr;"
"gap:.8rem}@media (max-width:40rem){.cmp{grid-template-columns:1fr}}"
".cmp h4{margin:.3rem 0;font-size:.85rem;color:#555}"
"pre{white-space:pre-wrap;word-break:break-all;background:#f4f4f4;"
"padding:.4rem;margin:0;font-size:.85rem;overflow-wrap:anywhere}"
"pre .hit{background:#ffe9a8;display:block}.ln{color:#999}"
".res p{margin:.2rem 0}.gone{color:#a33}code{font-size:.9em}"
"table{border-collapse:collapse;margin:.5rem 0}"
"td,th{border:1px solid #ddd;padding:.2rem .6rem;text-align:left}"
"td.n{text-align:right}.failed{color:#c22;font-weight:bold}"
".table-wrap{overflow-x:auto}";


void
h_open(struct hw *h, const char *lang, const char *title)
{
	h->buf = xmlBufferCreate();
	h->w = xmlNewTextWriterMemory(h->buf, 0);
	xmlTextWriterWriteRaw(h->w, BAD_CAST "<!DOCTYPE html>\n");
	xmlTextWriterStartElement(h->w, BAD_CAST "html");
	xmlTextWriterWriteAttribute(h->w, BAD_CAST "lang", BAD_CAST lang);
	xmlTextWriterStartElement(h->w, BAD_CAST "head");
	xmlTextWriterStartElement(h->w, BAD_CAST "meta");
	xmlTextWriterWriteAttribute(h->w, BAD_CAST "charset", BAD_CAST "utf-8");
	xmlTextWriterEndElement(h->w);
	xmlTextWriterStartElement(h->w, BAD_CAST "meta");
	xmlTextWriterWriteAttribute(h->w, BAD_CAST "name", BAD_CAST "viewport");
	xmlTextWriterWriteAttribute(h->w, BAD_CAST "content",
	    BAD_CAST "width=device-width, initial-scale=1");
	xmlTextWriterEndElement(h->w);
	xmlTextWriterStartElement(h->w, BAD_CAST "title");
	xmlTextWriterWriteString(h->w, BAD_CAST title);
	xmlTextWriterFullEndElement(h->w);
	xmlTextWriterStartElement(h->w, BAD_CAST "style");
	xmlTextWriterWriteRaw(h->w, BAD_CAST jk_report_css);
	xmlTextWriterFullEndElement(h->w);
	xmlTextWriterEndElement(h->w);		/* head */
	xmlTextWriterStartElement(h->w, BAD_CAST "body");
}

char *
h_close(struct hw *h, size_t *len)
{
	char	*r;

	xmlTextWriterEndDocument(h->w);
	xmlFreeTextWriter(h->w);
	*len = (size_t)xmlBufferLength(h->buf);
	r = jk_xstrndup((const char *)xmlBufferContent(h->buf), *len);
	xmlBufferFree(h->buf);
	r = jk_xrealloc(r, *len + 2);
	r[(*len)++] = '\n';
	r[*len] = '\0';
	return r;
}

/* <name class="cls" id="id">: either may be NULL. */
void
h_start(struct hw *h, const char *name, const char *cls, const char *id)
{
	xmlTextWriterStartElement(h->w, BAD_CAST name);
	if (cls != NULL)
		xmlTextWriterWriteAttribute(h->w, BAD_CAST "class",
		    BAD_CAST cls);
	if (id != NULL)
		xmlTextWriterWriteAttribute(h->w, BAD_CAST "id", BAD_CAST id);
}

/* <name class="cls">text</name>; cls may be NULL. */
void
h_el(struct hw *h, const char *name, const char *cls, const char *text)
{
	h_start(h, name, cls, NULL);
	if (text != NULL)
		xmlTextWriterWriteString(h->w, BAD_CAST text);
	xmlTextWriterFullEndElement(h->w);
}

void
h_end(struct hw *h)
{
	xmlTextWriterFullEndElement(h->w);
}

void
h_text(struct hw *h, const char *text)
{
	xmlTextWriterWriteString(h->w, BAD_CAST text);
}

void
h_fmt(struct hw *h, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

void
h_fmt(struct hw *h, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) >= 0) {
		h_text(h, s);
		free(s);
	}
	va_end(ap);
}

void
h_link(struct hw *h, const char *href, const char *text)
{
	xmlTextWriterStartElement(h->w, BAD_CAST "a");
	xmlTextWriterWriteAttribute(h->w, BAD_CAST "href", BAD_CAST href);
	xmlTextWriterWriteString(h->w, BAD_CAST text);
	xmlTextWriterFullEndElement(h->w);
}

/* A table row of a label and a number. */
void
h_row(struct hw *h, const char *label, const char *value)
{
	h_start(h, "tr", NULL, NULL);
	h_el(h, "th", NULL, label);
	h_el(h, "td", "n", value);
	h_end(h);
}

void
h_rowi(struct hw *h, const char *label, int v)
{
	char	 b[24];

	snprintf(b, sizeof(b), "%d", v);
	h_row(h, label, b);
}
