/*
 * records.c -- tables made of text lines: key/value records, bullet
 * tables ("1차 … 25%"), rows under short keys, and where a numeric table
 * (tables.c) starts.
 */
#include <stdlib.h>
#include <string.h>

#include "blkpriv.h"

/* === key/value records ================================================= */

/* The first word of a short line, if it can be a field name: 2-5
 * Hangul syllables, maybe with a colon.  Length in bytes or 0. */
static size_t
field_word(const struct st *st, int i)
{
	const struct fl	*f = &st->f[i];
	const char	*p = f->s;
	size_t		 n = 0;

	if ((f->k & (K_TERM | K_NUMROW | K_CAPTION | K_BULLET | K_CIRCLED |
	    K_NUMHEAD | K_NOTE | K_SOURCE)) || f->w >= 0.7 * st->p90)
		return 0;
	while (*p != '\0' && *p != ' ' && *p != ':' && st_is_hangul_start(p)) {
		p += 3;
		n++;
	}
	if (n < 2 || n > 5 || (*p != '\0' && *p != ' ' && *p != ':'))
		return 0;
	return (size_t)(p - f->s);
}

/* Field names of this unit: first words that open >= 3 short lines
 * (in the order of their first line, at most 8); a record listing needs
 * at least two of them.  One pass, counting in a hash table. */
void
bk_find_fields(struct bctx *b)
{
	struct st	*st = b->st;
	GHashTable	*cnt;
	GPtrArray	*order;
	char		*w;
	gpointer	 v;
	guint		 o;
	int		 i;
	size_t		 l;

	b->nfields = 0;
	cnt = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	order = g_ptr_array_new();
	for (i = b->a->from; i < b->a->to; i++) {
		if (st->f[i].art != b->k || st->f[i].role != R_BODY ||
		    (l = field_word(st, i)) == 0)
			continue;
		w = g_strndup(st->f[i].s, l);
		if (g_hash_table_lookup_extended(cnt, w, NULL, &v)) {
			g_hash_table_insert(cnt, w, GINT_TO_POINTER(
			    GPOINTER_TO_INT(v) + 1));
		} else {
			g_hash_table_insert(cnt, w, GINT_TO_POINTER(1));
			g_ptr_array_add(order, w);
		}
	}
	for (o = 0; o < order->len && b->nfields < 8; o++) {
		w = g_ptr_array_index(order, o);
		if (GPOINTER_TO_INT(g_hash_table_lookup(cnt, w)) >= 3)
			b->fields[b->nfields++] = jk_arena_strndup(
			    st->doc->arena, w, strlen(w));
	}
	g_ptr_array_free(order, TRUE);
	g_hash_table_destroy(cnt);
	if (b->nfields < 2)
		b->nfields = 0;
}

int
bk_field_at(const struct bctx *b, int i)
{
	size_t	 l = field_word(b->st, i);
	int	 n;

	for (n = 0; l > 0 && n < b->nfields; n++)
		if (strlen(b->fields[n]) == l &&
		    memcmp(b->fields[n], b->st->f[i].s, l) == 0)
			return n;
	return -1;
}

/* A run of records "field value" (value maybe on the lines below) as a
 * two-column table, a new table each time the first field comes back. */
int
bk_records(struct bctx *b, int i)
{
	struct st	*st = b->st;
	struct jk_node	*tab = NULL, *row, *c;
	struct jk_buf	 val;
	const char	*s;
	int		 j, first = bk_field_at(b, i), last = i, f, more;

	bk_flush_para(b);
	bk_close_list(b);
	jk_buf_init(&val);
	for (j = i; j >= 0; ) {
		if ((f = bk_field_at(b, j)) < 0)
			break;
		if (tab == NULL || (f == first && j != i)) {
			tab = jk_node_new(st->doc, JK_NODE_TABLE, st->f[j].ln);
			jk_node_append(b->cur, tab);
		}
		row = jk_node_add(st->doc, tab, JK_NODE_ROW, st->f[j].ln);
		c = jk_node_add(st->doc, row, JK_NODE_CELL, st->f[j].ln);
		c->flags |= JK_F_HEADER;
		jk_node_append(c, jk_text_new(st->doc, b->fields[f],
		    (size_t)-1, st->f[j].ln));
		s = st->f[j].s + strlen(b->fields[f]);
		while (*s == ' ' || *s == ':')
			s++;
		jk_buf_reset(&val);
		jk_buf_puts(&val, s);
		st->f[j].role = R_DONE;
		last = j;
		/* value lines under the field name (or after a value that
		 * runs on) */
		more = *s == '\0' || st->f[j].trail > 0;
		for (j = bk_next_body(b, j); more && j >= 0 && bk_field_at(b, j) < 0 &&
		    (*s == '\0' || st->f[j].blanks == 0) &&
		    st->f[j].w < 0.7 * st->p90 && !(st->f[j].k & (K_TERM |
		    K_CAPTION | K_BULLET | K_CIRCLED | K_NUMHEAD | K_NOTE |
		    K_LABEL)) && st->f[j].blanks <= 1 && j - last <= 3;
		    j = bk_next_body(b, j)) {
			jk_join_append(&val, st->f[j].s, JK_JOIN_SPACE);
			st->f[j].role = R_DONE;
			last = j;
			if (*s != '\0')
				more = st->f[j].trail > 0 ||
				    st_ends_with(st->f[j].s, ",");
		}
		c = jk_node_add(st->doc, row, JK_NODE_CELL, st->f[last].ln);
		if (val.len > 0)
			jk_node_append(c, jk_text_new(st->doc, val.data,
			    (size_t)-1, st->f[last].ln));
	}
	jk_buf_free(&val);
	return last;
}

/* Does a table start at i?  Sets *cap and *head (flow lines or -1). */
int
bk_table_at(struct bctx *b, int i, int *cap, int *head, int loose)
{
	struct st	*st = b->st;
	int		 n1 = bk_next_body(b, i), n2, n3, j, m;

	*cap = *head = -1;
	if (n1 < 0)
		return 0;
	/* under a caption: up to four header lines (wrapped cells, units)
	 * before the numeric rows */
	if (loose && !(st->f[i].k & K_NUMROW)) {
		for (j = i, m = 0; j >= 0 && m < 4 && !(st->f[j].k & (K_NUMROW |
		    K_TERM | K_CAPTION)) && st->f[j].w < 0.9 * b->jc.p90;
		    j = bk_next_body(b, j), m++)
			;
		if (j >= 0 && m > 0 && (st->f[j].k & K_NUMROW) &&
		    (n2 = bk_next_body(b, j)) >= 0 && (st->f[n2].k & K_NUMROW)) {
			*head = i;
			return 1;
		}
	}
	if (st->f[i].k & K_NUMROW)
		return (st->f[n1].k & K_NUMROW) != 0;
	n2 = bk_next_body(b, n1);
	if ((st->f[n1].k & K_NUMROW) && n2 >= 0 &&
	    (st->f[n2].k & K_NUMROW) && !(st->f[i].k & K_TERM)) {
		*head = i;
		return 1;
	}
	if (n2 < 0 || (n3 = bk_next_body(b, n2)) < 0)
		return 0;
	if (!(st->f[i].k & (K_TERM | K_NUMROW)) && !(st->f[n1].k & (K_TERM |
	    K_NUMROW)) && (st->f[n2].k & K_NUMROW) &&
	    (st->f[n3].k & K_NUMROW) && st->f[i].w < 0.8 * st->p90) {
		*cap = i;
		*head = n1;
		return 1;
	}
	return 0;
}

/* "1차", "2단계": the key of a row of a bullet table. */
static int
bkey(const struct bctx *b, int i)
{
	const char	*s = b->st->f[i].s, *p = s;
	int		 n = 0;

	while (*p >= '0' && *p <= '9')
		p++;
	if (p == s || p - s > 2)
		return 0;
	for (; *p != '\0' && st_is_hangul_start(p); p += 3)
		n++;
	return *p == '\0' && n >= 1 && n <= 2;
}

/* A value line of a bullet table: "25%", "(2018.7.)", "10%(2018.9.)". */
static int
bvalue(const struct bctx *b, int i)
{
	const struct fl	*f = &b->st->f[i];

	return (f->s[0] == '(' || (f->s[0] >= '0' && f->s[0] <= '9')) &&
	    f->w < 0.6 * b->jc.p90 && !bkey(b, i) &&
	    !(f->k & (K_BULLET | K_CAPTION | K_TERM | K_NOTE | K_NUMHEAD));
}

/*
 * A table whose rows were flattened to a key line ("1차"), bullet lines
 * (one cell) and value lines (another cell): "표 1" of a report, often
 * with its caption after it.  Three rows at least, each with a bullet
 * and a value.  Returns the last line used, or -1.
 */
int
bk_bullet_table(struct bctx *b, int i)
{
	struct st	*st = b->st;
	struct jk_node	*tab, *row, *c, *fig = NULL, *node;
	struct jk_buf	 val;
	const char	*rest;
	int		 j, k, head = -1, nrows = 0, nb, nv, last, cap;
	char		 lab[32];

	k = i;
	if (!bkey(b, i)) {
		if ((st->f[i].k & (K_TERM | K_BULLET | K_CAPTION)) ||
		    strchr(st->f[i].s, ' ') == NULL ||
		    st->f[i].w >= 0.8 * b->jc.p90 ||
		    (k = bk_next_body(b, i)) < 0 || !bkey(b, k))
			return -1;
		head = i;
	}
	for (j = k; j >= 0 && bkey(b, j); nrows++) {
		for (nb = nv = 0, j = bk_next_body(b, j); j >= 0; j = bk_next_body(b,
		    j)) {
			if (st->f[j].k & K_BULLET)
				nb++;
			else if (bvalue(b, j))
				nv++;
			else if (nb == 0 || nv > 0 || bkey(b, j) ||
			    (st->f[j].k & (K_CAPTION | K_NUMHEAD | K_NOTE)) ||
			    st->f[j].lead > 0)
				break;
		}
		if (nb == 0 || nv == 0)
			return -1;
	}
	if (nrows < 3)
		return -1;
	tab = jk_node_new(st->doc, JK_NODE_TABLE, st->f[i].ln);
	if (head >= 0) {
		st_header_row(st, tab, st->f[head].s, 3, st->f[head].ln);
		st->f[head].role = R_DONE;
	}
	jk_buf_init(&val);
	last = head;
	for (j = k; j >= 0 && bkey(b, j); ) {
		row = jk_node_add(st->doc, tab, JK_NODE_ROW, st->f[j].ln);
		jk_node_add_text(st->doc, row, JK_NODE_CELL, st->f[j].s,
		    st->f[j].ln);
		st->f[j].role = R_DONE;
		last = j;
		c = jk_node_add(st->doc, row, JK_NODE_CELL, st->f[j].ln);
		jk_buf_reset(&val);
		for (nv = 0, j = bk_next_body(b, j); j >= 0; j = bk_next_body(b, j)) {
			if (st->f[j].k & K_BULLET) {
				bk_marker(st->f[j].s, &rest);
				if (c->first != NULL)
					jk_node_append(c, jk_node_new(st->doc,
					    JK_NODE_BREAK, st->f[j].ln));
				jk_node_append(c, jk_text_new(st->doc, rest,
				    (size_t)-1, st->f[j].ln));
			} else if (bvalue(b, j)) {
				if (val.len > 0)
					jk_buf_putc(&val, ' ');
				jk_buf_puts(&val, st->f[j].s);
				nv++;
			} else if (nv == 0 && !bkey(b, j) && !(st->f[j].k &
			    (K_CAPTION | K_NUMHEAD | K_NOTE)) &&
			    st->f[j].lead == 0 && c->last != NULL) {
				/* a bullet wrapped onto this line */
				jk_node_append(c, jk_text_new(st->doc, " ", 1,
				    st->f[j].ln));
				jk_node_append(c, jk_text_new(st->doc,
				    st->f[j].s, (size_t)-1, st->f[j].ln));
			} else
				break;
			st->f[j].role = R_DONE;
			last = j;
		}
		jk_node_add_text(st->doc, row, JK_NODE_CELL, val.data != NULL ?
		    val.data : "", st->f[last].ln);
	}
	jk_buf_free(&val);
	node = tab;
	/* the caption printed under the table */
	if ((cap = bk_next_body(b, last)) >= 0 && (st->f[cap].k & K_CAPTION) &&
	    (j = bk_next_body(b, cap)) >= 0 && !(st->f[j].k & (K_CAPTION |
	    K_SOURCE | K_NUMHEAD)) && st->f[j].lead == 0) {
		const char *s = st->f[cap].s;
		size_t	 w = strncmp(s, "그림", 6) == 0 ? 6 : 3;
		const char *num = s + w;

		while (*num == ' ')
			num++;
		fig = jk_node_new(st->doc, JK_NODE_FIGURE, st->f[cap].ln);
		snprintf(lab, sizeof(lab), "%.*s %s", (int)w, s, num);
		fig->label = jk_doc_strdup(st->doc, lab);
		jk_node_add_text(st->doc, fig, JK_NODE_CAPTION, st->f[j].s,
		    st->f[j].ln);
		jk_node_append(fig, tab);
		st->f[cap].role = st->f[j].role = R_DONE;
		last = j;
		b->nfig++;
		node = fig;
		b->lastfig = fig;
	}
	bk_close_list(b);
	if (b->pfirst >= 0 && !(st->f[b->plast].k & K_TERM))
		bk_set_cut(b);
	else
		bk_flush_para(b);
	bk_add_block(b, node);
	return last;
}

/* "(기술수요) …": a line opened by a parenthesised field label. */
static int
paren_label(const char *s)
{
	const char	*e;
	int		 n = 0;

	if (s[0] != '(')
		return 0;
	for (e = s + 1; *e != '\0' && *e != ')' && st_is_hangul_start(e);
	    e += 3)
		n++;
	return *e == ')' && n >= 2 && n <= 6 && e[1] == ' ';
}

/* A short one-word row key ("탄소중립") over labelled lines. */
static int
row_key(const struct bctx *b, int i)
{
	const struct fl	*f = &b->st->f[i];
	int		 nx = bk_next_body(b, i);

	return nx >= 0 && paren_label(b->st->f[nx].s) && !paren_label(f->s) &&
	    f->w < 0.4 * b->jc.p90 && strchr(f->s, ' ') == NULL &&
	    !(f->k & (K_TERM | K_CAPTION | K_BULLET | K_NUMROW)) &&
	    st_is_hangul_start(f->s);
}

/*
 * Rows of a key and its labelled lines (a flattened two-column table:
 * "탄소중립" / "(기술수요) …" / "(정책제언) …"), with the header line
 * above them if it names the columns.  Needs two rows.  Returns the
 * last line used, or -1.
 */
int
bk_keyed_rows(struct bctx *b, int i)
{
	struct st	*st = b->st;
	struct jk_node	*tab, *row, *c;
	struct jk_buf	 val;
	int		 j, head = -1, nrows = 0, last = -1, prev;
	const char	*sp;

	if (!row_key(b, i)) {
		/* "분야 주요 내용": a header line over the rows */
		j = bk_next_body(b, i);
		if (j < 0 || !row_key(b, j) || strchr(st->f[i].s, ' ') == NULL ||
		    (st->f[i].k & (K_TERM | K_NUMROW)) ||
		    st->f[i].w >= 0.6 * b->jc.p90)
			return -1;
		head = i;
		i = j;
	}
	for (j = i; j >= 0 && row_key(b, j); nrows++)
		for (j = bk_next_body(b, j); j >= 0 && (paren_label(st->f[j].s) ||
		    (!row_key(b, j) && st->f[j].w >= 0.4 * b->jc.p90 &&
		    !(st->f[j].k & (K_CAPTION | K_NUMHEAD | K_NOTE | K_BYLINE |
		    K_TERM)))); j = bk_next_body(b, j))
			;
	if (nrows < 2)
		return -1;
	bk_flush_para(b);
	bk_close_list(b);
	tab = jk_node_new(st->doc, JK_NODE_TABLE, st->f[head >= 0 ? head :
	    i].ln);
	if (head >= 0) {
		row = jk_node_add(st->doc, tab, JK_NODE_ROW, st->f[head].ln);
		row->flags |= JK_F_HEADER;
		sp = strchr(st->f[head].s, ' ');
		c = jk_node_add(st->doc, row, JK_NODE_CELL, st->f[head].ln);
		c->flags |= JK_F_HEADER;
		jk_node_append(c, jk_text_new(st->doc, st->f[head].s,
		    (size_t)(sp - st->f[head].s), st->f[head].ln));
		c = jk_node_add(st->doc, row, JK_NODE_CELL, st->f[head].ln);
		c->flags |= JK_F_HEADER;
		jk_node_append(c, jk_text_new(st->doc, sp + 1, (size_t)-1,
		    st->f[head].ln));
		st->f[head].role = R_DONE;
		last = head;
	}
	jk_buf_init(&val);
	for (j = i; j >= 0 && row_key(b, j); ) {
		row = jk_node_add(st->doc, tab, JK_NODE_ROW, st->f[j].ln);
		c = jk_node_add(st->doc, row, JK_NODE_CELL, st->f[j].ln);
		jk_node_append(c, jk_text_new(st->doc, st->f[j].s, (size_t)-1,
		    st->f[j].ln));
		st->f[j].role = R_DONE;
		last = j;
		c = jk_node_add(st->doc, row, JK_NODE_CELL, st->f[j].ln);
		for (j = bk_next_body(b, j); j >= 0 && paren_label(st->f[j].s); ) {
			if (c->first != NULL)
				jk_node_append(c, jk_node_new(st->doc,
				    JK_NODE_BREAK, st->f[j].ln));
			jk_buf_reset(&val);
			jk_buf_puts(&val, st->f[j].s);
			st->f[j].role = R_DONE;
			last = prev = j;
			/* a labelled line wrapped onto the next one */
			for (j = bk_next_body(b, j); j >= 0 &&
			    !paren_label(st->f[j].s) && !row_key(b, j) &&
			    !(st->f[j].k & (K_CAPTION | K_NUMHEAD | K_NOTE |
			    K_BYLINE)) && st->f[j].w >= 0.4 * b->jc.p90 &&
			    !(st->f[prev].k & K_TERM); j = bk_next_body(b, j)) {
				jk_join_append(&val, st->f[j].s,
				    st->f[prev].trail > 0 ? JK_JOIN_SPACE :
				    JK_JOIN_NONE);
				st->f[j].role = R_DONE;
				last = prev = j;
			}
			jk_node_append(c, jk_text_new(st->doc, val.data,
			    (size_t)-1, st->f[last].ln));
		}
	}
	jk_buf_free(&val);
	jk_node_append(b->cur, tab);
	return last;
}
