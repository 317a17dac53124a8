/*
 * pdfx.c -- the printer's file: a CMYK PDF/X made from jikji's PDF by
 * Ghostscript's pdfwrite (Debian's ghostscript), with an ICC output
 * intent.
 *
 * Ghostscript does the colour work: every RGB colour is converted to CMYK
 * through the output profile; DeviceGray (all black and grey of jikji's
 * PDF, see ink.c) and DeviceCMYK (the crop marks, 100/100/100/100) are
 * left as they are, so black text stays on the black plate alone.  It
 * keeps each page's TrimBox and BleedBox, embeds the profile as the
 * DestOutputProfile of a GTS_PDFX output intent, and drops annotations
 * (links), which PDF/X does not allow.  The structure tree is not kept:
 * this file is for the press; the accessible file is jikji's own PDF.
 *
 * Ghostscript 10.0 (Debian 12) writes PDF/X-3:2002; its pdfwrite has no
 * PDF/X-4 mode.  The file is PDF 1.3 with no transparency, which is what
 * PDF/X-3 asks; a PDF/X-4 workflow accepts it as it is.
 *
 * The profile is FOGRA39 (ISO 12647-2 offset, coated paper), the usual
 * condition for a magazine in Korea and Europe alike.  Debian ships no
 * FOGRA39 ICC profile, but icc-profiles-free ships Fogra's FOGRA39L
 * characterisation data, from which tools/make-icc builds one with
 * ArgyllCMS's colprof at build time (build/icc/FOGRA39.icc, installed as
 * share/jikji/icc/FOGRA39.icc).
 *
 * Reproducible: the dates come from the document (DOCINFO and
 * SOURCE_DATE_EPOCH for Ghostscript), and the trailer /ID, which
 * Ghostscript takes from the clock, is replaced by the MD5 of the file
 * with the /ID zeroed.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "pdf-int.h"

#define ICC_NAME	"FOGRA39.icc"

/* The output profile: $JIKJI_ICC; the build's (from the source tree, or
 * beside build/jikji); the installed one (beside bin/jikji, or in the
 * data directory). */
char *
jk_pdfx_profile(void)
{
	const char	*env = getenv("JIKJI_ICC");
	char		*p;

	if (env != NULL && *env != '\0')
		return access(env, R_OK) == 0 ? realpath(env, NULL) : NULL;
	if (access("build/icc/" ICC_NAME, R_OK) == 0)
		return realpath("build/icc/" ICC_NAME, NULL);
	if ((p = jk_beside_binary("build/icc/" ICC_NAME)) != NULL ||
	    (p = jk_beside_binary("icc/" ICC_NAME)) != NULL)
		return p;
	p = jk_xasprintf("%s/icc/%s", jk_datadir(), ICC_NAME);
	if (access(p, R_OK) == 0)
		return p;
	free(p);
	return NULL;
}

/* s as a PostScript string: UTF-16BE with its mark, in hex. */
static void
ps_text(struct jk_buf *b, const char *s)
{
	gunichar2	*u = g_utf8_to_utf16(s, -1, NULL, NULL, NULL);
	size_t		 i;

	jk_buf_puts(b, "<FEFF");
	for (i = 0; u != NULL && u[i] != 0; i++)
		jk_buf_printf(b, "%04X", (unsigned)u[i]);
	jk_buf_puts(b, ">");
	g_free(u);
}

/* s as a PostScript literal string of printable ASCII. */
static void
ps_ascii(struct jk_buf *b, const char *s)
{
	jk_buf_putc(b, '(');
	for (; *s != '\0'; s++) {
		if (*s == '(' || *s == ')' || *s == '\\')
			jk_buf_putc(b, '\\');
		if (*s >= 0x20 && *s < 0x7f)
			jk_buf_putc(b, *s);
	}
	jk_buf_putc(b, ')');
}

/* s as a PostScript hex string of its bytes. */
static void
ps_hex(struct jk_buf *b, const char *s)
{
	jk_buf_putc(b, '<');
	for (; *s != '\0'; s++)
		jk_buf_printf(b, "%02X", (unsigned char)*s);
	jk_buf_putc(b, '>');
}

/* The pdfmarks that make the output PDF/X (after Ghostscript's own
 * lib/PDFX_def.ps): version and info, the profile, the output intent. */
static char *
prologue(const char *icc, const char *title, const char *pdfdate)
{
	struct jk_buf	 b;

	jk_buf_init(&b);
	jk_buf_puts(&b, "[ /GTS_PDFXVersion (PDF/X-3:2002) /Trapped /False\n"
	    "  /Title ");
	ps_text(&b, title != NULL && *title != '\0' ? title : "-");
	jk_buf_puts(&b, "\n  /CreationDate ");
	ps_ascii(&b, pdfdate);
	jk_buf_puts(&b, " /ModDate ");
	ps_ascii(&b, pdfdate);
	jk_buf_puts(&b, "\n/DOCINFO pdfmark\n"
	    "[/_objdef {icc_PDFX} /type /stream /OBJ pdfmark\n"
	    "[{icc_PDFX} << /N 4 >> /PUT pdfmark\n[{icc_PDFX} ");
	ps_hex(&b, icc);
	jk_buf_puts(&b, " (r) file /PUT pdfmark\n"
	    "[/_objdef {OutputIntent_PDFX} /type /dict /OBJ pdfmark\n"
	    "[{OutputIntent_PDFX} << /Type /OutputIntent /S /GTS_PDFX\n"
	    "  /OutputConditionIdentifier (FOGRA39)\n"
	    "  /OutputCondition (Offset printing, ISO 12647-2:2004/Amd 1, "
	    "paper type 1 or 2, coated)\n"
	    "  /Info (FOGRA39, profile made from Fogra's FOGRA39L data)\n"
	    "  /RegistryName (http://www.color.org)\n"
	    "  /DestOutputProfile {icc_PDFX} >> /PUT pdfmark\n"
	    "[{Catalog} << /OutputIntents [ {OutputIntent_PDFX} ] >> "
	    "/PUT pdfmark\n");
	return jk_buf_detach(&b);
}

/* The end of the PDF string starting at s (a literal "(...)" with its
 * escapes and balanced parentheses, or a hex "<...>"), NULL if it does
 * not close before e. */
static const char *
string_end(const char *s, const char *e)
{
	int	 depth = 0;

	if (*s == '<') {
		s = memchr(s, '>', e - s);
		return s != NULL ? s + 1 : NULL;
	}
	for (; s < e; s++) {
		if (*s == '\\')
			s++;
		else if (*s == '(')
			depth++;
		else if (*s == ')' && --depth == 0)
			return s + 1;
	}
	return NULL;
}

/*
 * Ghostscript's /ID hashes the time and the path it wrote to (a private
 * folder of a random name), and it writes the two strings in hex or, as
 * often, as literal strings with escapes.  The array of the last trailer
 * is written again as two hex strings of zeros (the trailer follows the
 * cross-reference table, so no offset moves); then the hex strings of
 * every /ID become the MD5 of the file with them zeroed: the same
 * content, the same bytes.  *pdf may be reallocated; returns the length.
 */
size_t
jk_pdfx_fix_id(char **pdf, size_t len)
{
	static const char zero[] = "[<00000000000000000000000000000000>"
	    "<00000000000000000000000000000000>]";
	char		*d = *pdf, *p, *h, *e, *dig, *t = NULL;
	const char	*a, *z;
	int		 pass, n;

	for (p = d; (p = memmem(p, d + len - p, "trailer", 7)) != NULL; p += 7)
		t = p;
	if (t != NULL && (p = memmem(t, d + len - t, "/ID", 3)) != NULL) {
		a = p + 3;
		while (a < d + len && (*a == ' ' || *a == '\n' || *a == '\r'))
			a++;
		z = a < d + len && *a == '[' ? a + 1 : NULL;
		for (n = 0; z != NULL && n < 2; n++) {
			while (z < d + len && (*z == ' ' || *z == '\n' ||
			    *z == '\r'))
				z++;
			z = z < d + len && (*z == '(' || *z == '<') ?
			    string_end(z, d + len) : NULL;
		}
		while (z != NULL && z < d + len && *z == ' ')
			z++;
		if (z != NULL && z < d + len && *z == ']') {
			size_t	 pre = a - d, post = d + len - (z + 1);
			char	*nd = jk_xmalloc(pre + sizeof(zero) - 1 + post);

			memcpy(nd, d, pre);
			memcpy(nd + pre, zero, sizeof(zero) - 1);
			memcpy(nd + pre + sizeof(zero) - 1, z + 1, post);
			free(d);
			*pdf = d = nd;
			len = pre + sizeof(zero) - 1 + post;
		}
	}
	for (pass = 0; pass < 2; pass++) {
		if (pass == 1)
			dig = g_compute_checksum_for_data(G_CHECKSUM_MD5,
			    (const guchar *)d, len);
		else
			dig = NULL;
		for (p = d; (p = memmem(p, d + len - p, "/ID", 3)) != NULL;
		    p += 3) {
			h = p + 3;
			while (h < d + len && (*h == ' ' || *h == '['))
				h++;
			while (h < d + len && *h == '<') {
				size_t	 i = 0;

				for (e = h + 1; e < d + len && *e != '>'; e++)
					if (g_ascii_isxdigit(*e))
						*e = dig != NULL ?
						    g_ascii_toupper(dig[i++ %
						    32]) : '0';
				h = e + 1;
				while (h < d + len && *h == ' ')
					h++;
			}
		}
		g_free(dig);
	}
	return len;
}

int
jk_pdfx_convert(const char *pdf, size_t pdflen, const char *dst,
    const char *title, const char *isodate, struct jk_diag *diag)
{
	char	*icc, *ps = NULL, *psfile = NULL, *tmp = NULL, *outarg = NULL;
	char	*work = NULL, *src = NULL;
	char	*perm = NULL, *icca = NULL, *err = NULL, *data = NULL;
	char	*pdfdate, *epoch, **envp = NULL, *psarg = NULL, *srcarg = NULL;
	int	 status = -1, rc = -1;
	size_t	 len;
	GError	*ge = NULL;
	GDateTime *dt;

	if ((icc = jk_pdfx_profile()) == NULL) {
		jk_msg(diag, JK_M_PDF, 0, "%s: no output profile %s (make "
		    "build/icc/%s, or set JIKJI_ICC)", dst, ICC_NAME, ICC_NAME);
		return -1;
	}
	/* the document's date, for the information and SOURCE_DATE_EPOCH */
	if (isodate == NULL || (dt = g_date_time_new_from_iso8601(isodate,
	    NULL)) == NULL)
		dt = g_date_time_new_from_unix_utc(0);
	pdfdate = g_date_time_format(dt, "D:%Y%m%d%H%M%SZ");
	epoch = jk_xasprintf("%lld", (long long)g_date_time_to_unix(dt));
	g_date_time_unref(dt);
	envp = g_environ_setenv(g_get_environ(), "SOURCE_DATE_EPOCH", epoch,
	    TRUE);

	ps = prologue(icc, title, pdfdate);
	/*
	 * Ghostscript's files live in a private folder of their own (made
	 * with mkdtemp): the RGB PDF it reads may not be on disk yet (it
	 * joins the output set), and only the finished press file
	 * goes beside the books.
	 */
	if ((work = g_dir_make_tmp("jikji-pdfx-XXXXXX", &ge)) == NULL) {
		jk_msg(diag, JK_M_PDF, 0, "%s: %s", dst, ge->message);
		g_error_free(ge);
		goto out;
	}
	psfile = jk_xasprintf("%s/intent.ps", work);
	src = jk_xasprintf("%s/rgb.pdf", work);
	tmp = jk_xasprintf("%s/cmyk.pdf", work);
	if (!g_file_set_contents(psfile, ps, -1, &ge) ||
	    !g_file_set_contents(src, pdf, (gssize)pdflen, &ge)) {
		jk_msg(diag, JK_M_PDF, 0, "%s: %s", dst, ge->message);
		g_error_free(ge);
		goto out;
	}
	{
		GString	*o = g_string_new("-sOutputFile=");
		const char *c;

		/* Ghostscript reads % in the name as a page number format */
		for (c = tmp; *c != '\0'; c++)
			if (*c == '%')
				g_string_append(o, "%%");
			else
				g_string_append_c(o, *c);
		outarg = g_string_free(o, FALSE);
	}
	/* a file name starting with "-" would read as an option */
	psarg = jk_xasprintf("%s%s", *psfile == '-' ? "./" : "", psfile);
	srcarg = jk_xasprintf("%s%s", *src == '-' ? "./" : "", src);
	perm = jk_xasprintf("--permit-file-read=%s", icc);
	icca = jk_xasprintf("-sOutputICCProfile=%s", icc);
	{
		char	*argv[] = {
			"gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE",
			"-dPDFX", "-dPreserveAnnots=false",
			"-sDEVICE=pdfwrite", "-sColorConversionStrategy=CMYK",
			"-sProcessColorModel=DeviceCMYK", perm, icca, outarg,
			psarg, srcarg, NULL
		};

		if (!g_spawn_sync(NULL, argv, envp, G_SPAWN_SEARCH_PATH |
		    G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err,
		    &status, &ge)) {
			jk_msg(diag, JK_M_PDF, 0, "%s: cannot run gs: %s", dst,
			    ge->message);
			g_error_free(ge);
			goto out;
		}
	}
	if (!g_spawn_check_wait_status(status, NULL) || (err != NULL &&
	    strstr(err, "reverting to normal PDF") != NULL)) {
		jk_msg(diag, JK_M_PDF, 0, "%s: gs: %.300s", dst,
		    err != NULL && *err != '\0' ? err : "failed");
		goto out;
	}
	if ((data = jk_file_read(tmp, &len)) == NULL || len < 8 ||
	    memcmp(data, "%PDF-", 5) != 0) {
		jk_msg(diag, JK_M_PDF, 0, "%s: gs wrote no PDF", dst);
		goto out;
	}
	len = jk_pdfx_fix_id(&data, len);
	if (jk_file_write_atomic(dst, data, len) != 0) {
		jk_msg(diag, JK_M_PDF, 0, "%s: %s", dst, strerror(errno));
		goto out;
	}
	rc = 0;
out:
	if (psfile != NULL)
		unlink(psfile);
	if (src != NULL)
		unlink(src);
	if (tmp != NULL)
		unlink(tmp);
	if (work != NULL)
		rmdir(work);
	g_free(work);
	free(src);
	g_strfreev(envp);
	free(data);
	g_free(err);
	free(perm);
	free(icca);
	free(psarg);
	free(srcarg);
	g_free(outarg);
	free(tmp);
	free(psfile);
	free(ps);
	free(epoch);
	g_free(pdfdate);
	free(icc);
	return rc;
}
