/*
 * xml-int.h -- private to src/tree (and its tests): the structure check
 * of tree XML against the rules of jikji-tree.rng (xmlcheck.c), and the
 * RELAX NG validation it stands in for (xml.c), kept for comparison.
 */
#ifndef JK_XML_INT_H
#define JK_XML_INT_H

#include <libxml/tree.h>

#include "tree.h"

/* Receives each problem: the XML line (0: none) and the message. */
typedef void	(*jk_xml_report_fn)(void *ctx, long line, const char *msg);

/*
 * Check a parsed document against the rules of jikji-tree.rng in one
 * pass, linear in the document.  Returns the number of problems, each
 * also given to report.
 */
int	 jk_xml_check(xmlDocPtr, jk_xml_report_fn, void *ctx);

/* Is the document valid against jikji-tree.rng, by libxml2's RELAX NG
 * validator?  1 valid, 0 not, -1 the schema could not be used. */
int	 jk_xml_rng_valid(xmlDocPtr);

#endif
