"""Korean prose from Debian's documentation packages (gimp-help-ko,
debian-faq-ko, libreoffice-help-ko, the Korean pages of
installation-guide-amd64) and the Korean manual pages of Debian's base
packages (man-db, xz-utils, psmisc, passwd, login): one document per HTML
page or manual page, as (title, [(heading, [para])]).  Only paragraphs
that are mostly Hangul and end in a sentence are kept."""
import glob
import gzip
import html
import os
import re

GIMP = "/usr/share/gimp/2.0/help/ko/*.html"
FAQ = "/usr/share/doc/debian/FAQ/ko/*.ko.html"
# Packages unpacked, not installed: `make corpus` puts them here with
# apt-get download.
UNPACKED = os.environ.get("LO_HELP", "build/corpus-src")
# libreoffice-help-ko (installing it would pull in the office suite)
LO = UNPACKED + "/usr/share/libreoffice/help/ko/text/*/*/*.html"
# the Debian installation guide in Korean (installation-guide-amd64; the
# package of another architecture has other pages): prose that only
# issue-r sets
GUIDE = UNPACKED + "/usr/share/doc/installation-guide-amd64/ko/*.html"

# the Korean manual pages (troff), turned into the same simple HTML
MAN = "/usr/share/man/ko/man[0-9]/*.gz"

# the GNOME desktop help in Korean (gnome-user-docs, unpacked: Mallard
# pages turned into the same simple HTML): prose that only issue-s and
# issue-t set
GNOME = UNPACKED + "/usr/share/help/ko/gnome-help/*.page"

TAG = re.compile(r"<(/?)(h[1-6]|p|pre|table|li|dt)\b[^>]*>", re.I)


def _text(s):
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    s = s.replace("->", "→").replace("\u00a0", " ")
    s = re.sub(r"\[[A-Z0-9-]+\]|\[\d+\]", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r" ([.,)])", r"\1", s)
    return s


def hangul_share(s):
    h = sum(1 for c in s if "\uac00" <= c <= "\ud7a3")
    n = sum(1 for c in s if not c.isspace())
    return h / n if n else 0.0


GOOD_END = re.compile(r"(다|요|니다)\.$")
BAD = re.compile(r"[\t<>{}\[\]|\\_=#@~^`*]|\.\.|:$|https?:|www\.|\S{28,}|\s\S\s\S\s|%[A-Za-z]")


def good_sentence(s):
    return (8 <= len(s) <= 520 and hangul_share(s) >= 0.6
            and GOOD_END.search(s) and not BAD.search(s)
            and s.count("(") == s.count(")")
            and s.count("“") == s.count("”"))


def good_para(s):
    return (70 <= len(s) <= 520 and hangul_share(s) >= 0.6
            and GOOD_END.search(s) and not BAD.search(s)
            and s.count("(") == s.count(")")
            and s.count("“") == s.count("”"))


def good_heading(s):
    s = re.sub(r"^\d+(\.\d+)*\.?\s+", "", s)   # a section number
    if not (3 <= len(s) <= 22) or hangul_share(s) < 0.5 or BAD.search(s):
        return None
    if s.endswith(".") or "?" in s:
        return None
    return s


def split_long(s):
    """A long paragraph cut at sentence ends into good paragraphs."""
    sents = re.split(r"(?<=다\.) ", s)
    out, cur = [], ""
    for x in sents:
        cur = (cur + " " + x).strip()
        if len(cur) >= 200:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return [p for p in out if good_para(p)]


ROFF_CHAR = {"bu": "•", "em": "—", "en": "–", "lq": "“", "rq": "”",
             "oq": "‘", "cq": "’", "aq": "'", "dq": '"', "mu": "×"}


def _roff_text(s):
    s = re.sub(r"\\f(\[[^]]*\]|\(..|.)", "", s)
    s = re.sub(r"\\\((..)", lambda m: ROFF_CHAR.get(m.group(1), ""), s)
    s = re.sub(r"\\\*(\(..|\[[^]]*\]|.)", "", s)
    s = s.replace("\\-", "-").replace("\\ ", " ").replace("\\e", "\\")
    s = re.sub(r"\\[|&^%:]", "", s)
    return html.escape(s, quote=False)


def man_html(path):
    """A manual page as HTML: the NAME line's description is the title,
    .SH and .SS are headings, paragraph macros and blank lines end a
    paragraph; tables, examples and unfilled text are left out."""
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
        src = f.read()
    if src.startswith(".so "):
        return ""                       # an alias of another page
    out, para, skip, sect = [], [], False, ""

    def end():
        if para:
            out.append("<p>%s</p>" % " ".join(para))
            para.clear()
    for ln in src.split("\n"):
        if ln.startswith(('.\\"', "'\\\"")):
            continue
        m = re.match(r"[.'](\w+)\s*(.*)", ln)
        mac = m.group(1) if m else ""
        if mac in ("TS", "nf", "EX"):
            end()
            skip = True
        elif mac in ("TE", "fi", "EE"):
            skip = False
        elif skip:
            continue
        elif mac in ("SH", "SS"):
            end()
            sect = _roff_text(m.group(2).strip('"'))
            if sect not in ("이름", "NAME"):
                out.append("<h2>%s</h2>" % sect)
        elif mac in ("B", "I", "BR", "IR", "RB", "BI", "IB", "RI"):
            para.append(_roff_text(re.sub(r'"', "", m.group(2))))
        elif m or not ln.strip():
            end()
        elif sect in ("이름", "NAME"):
            title = _roff_text(ln).split(" - ", 1)[-1]
            out.append("<h1>%s</h1>" % title)
        else:
            para.append(_roff_text(ln))
    end()
    return "\n".join(out)


def mallard_html(path):
    """A Mallard page as HTML: its title is the title, a section's title
    a heading; the page's information (credits, links, descriptions),
    code, screens and tables are left out."""
    src = open(path, encoding="utf-8", errors="replace").read()
    src = re.sub(r"<info\b.*?</info>|<(code|screen|table|media|synopsis)"
                 r"\b.*?</\1>", " ", src, flags=re.S)
    out, first = [], True
    for m in re.finditer(r"<(title|p)\b[^>]*>(.*?)</\1>", src, re.S):
        if m.group(1) == "title":
            out.append("<h%d>%s</h%d>" % (1 if first else 2, m.group(2),
                                          1 if first else 2))
            first = False
        else:
            out.append("<p>%s</p>" % m.group(2))
    return "\n".join(out)


def parse(path):
    if path.endswith(".gz"):
        raw = man_html(path)
    elif path.endswith(".page"):
        raw = mallard_html(path)
    else:
        raw = open(path, encoding="utf-8", errors="replace").read()
    raw = re.sub(r"<pre\b.*?</pre>|<table\b.*?</table>", " ", raw,
                 flags=re.S | re.I)
    title = None
    sections = [[None, []]]
    run = []            # short sentences waiting to make a paragraph

    def flush():
        while len(run) >= 2:
            k = min(len(run), 3 + len(" ".join(run)) % 3)
            p = " ".join(run[:k])
            del run[:k]
            if good_para(p):
                sections[-1][1].append(p)
        run.clear()

    for m in re.finditer(r"<(h[1-4]|p)\b[^>]*>(.*?)</\1>", raw, re.S | re.I):
        kind, body = m.group(1).lower(), _text(m.group(2))
        if kind == "p":
            if len(body) > 520:
                flush()
                for part in split_long(body):
                    sections[-1][1].append(part)
            elif good_para(body) and len(body) >= 120:
                flush()
                sections[-1][1].append(body)
            elif good_sentence(body):
                run.append(body)
            else:
                flush()
            continue
        flush()
        h = good_heading(body)
        if title is None:
            title = h or ""
            continue
        if h:
            sections.append([h, []])
    flush()
    sections = [s for s in sections if s[1]]
    return title, sections


def documents(pats=(GIMP, FAQ, LO)):
    """Every usable page of the sources pats, in a fixed order: (name,
    title, sections)."""
    out = []
    for pat in pats:
        paths = sorted(glob.glob(pat))
        if not paths:
            # without one of them the issues would silently differ
            raise SystemExit("source: nothing at %s (make corpus installs "
                             "and unpacks the documentation)" % pat)
        for path in paths:
            title, secs = parse(path)
            n = sum(len(p) for _, p in secs)
            if title and n >= 3:
                out.append((path.rsplit("/", 1)[1], title, secs))
    return out


# an appendix's letter before its section number: "A.2. ", "부록 F. "
APPENDIX = re.compile(r"^(부록 )?[A-Z](\.\d+)*\.\s+")


def guide_documents():
    """The installation guide's usable pages, as documents() gives them,
    with the appendices' letters taken off titles and headings and
    without the translated licence (not the guide's own prose)."""
    out = []
    for name, title, secs in documents((GUIDE,)):
        if "허가서" in title:
            continue
        secs = [(APPENDIX.sub("", h) if h else h, paras)
                for h, paras in secs]
        out.append((name, APPENDIX.sub("", title), secs))
    return out


def gnome_documents():
    """The GNOME help's usable pages, as documents() gives them."""
    return documents((GNOME,))


if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["guide"]:
        docs = guide_documents()
    elif sys.argv[1:] == ["gnome"]:
        docs = gnome_documents()
    else:
        docs = documents((MAN,) if sys.argv[1:] == ["man"] else
                         (GIMP, FAQ, LO))
    paras = sum(len(p) for _, _, s in docs for _, p in s)
    chars = sum(len(x) for _, _, s in docs for _, p in s for x in p)
    print(len(docs), "documents", paras, "paragraphs", chars, "chars")
    for d in docs[:8]:
        print(d[0], d[1], [(h, len(p)) for h, p in d[2]])
