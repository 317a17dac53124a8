/*
 * convert.h -- the converter: extracted text -> document tree.
 *
 *   jk_cleanup()   (src/cleanup)    bytes -> clean annotated lines
 *   jk_structure() (src/structure)  lines -> issue/articles/blocks
 *   jk_tree_repair()(src/tree)      validate and repair
 *
 * Backends never include this header.
 */
#ifndef JK_CONVERT_H
#define JK_CONVERT_H

#include "../tree/tree.h"
#include "../cleanup/cleanup.h"

struct jk_convert_opts {
	int	 explain;	/* emit JK_M_JOIN debug messages */
};

/*
 * Convert one extracted text.  name is the file name used in messages.
 * Returns a repaired tree (jk_tree_check() == 0), or NULL after a
 * JK_ERROR message when the input cannot be converted at all.
 * The caller frees with jk_doc_free.
 */
struct jk_doc	*jk_convert(const char *buf, size_t len, const char *name,
		    const struct jk_convert_opts *, struct jk_diag *);

/* Stage 2 alone: build the tree from cleaned text into doc. */
void		 jk_structure(struct jk_doc *, const struct jk_text *,
		    const struct jk_convert_opts *, struct jk_diag *);

#endif
