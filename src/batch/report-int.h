/*
 * report-int.h -- what the proof report and the archive index share: a
 * small HTML writer over libxml2's (every text escaped) and their style
 * sheet.
 */
#ifndef JK_REPORT_INT_H
#define JK_REPORT_INT_H

#include <stddef.h>

#include <libxml/xmlwriter.h>

extern const char jk_report_css[];

struct hw {
	xmlTextWriterPtr	 w;
	xmlBufferPtr		 buf;
};

void h_open(struct hw *h, const char *lang, const char *title);
char *h_close(struct hw *h, size_t *len);
void h_start(struct hw *h, const char *name, const char *cls, const char *id);
void h_el(struct hw *h, const char *name, const char *cls, const char *text);
void h_end(struct hw *h);
void h_text(struct hw *h, const char *text);
void h_fmt(struct hw *h, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void h_link(struct hw *h, const char *href, const char *text);
void h_row(struct hw *h, const char *label, const char *value);
void h_rowi(struct hw *h, const char *label, int v);

#endif
