"""Korean prose from Debian's documentation packages (gimp-help-ko,
debian-faq-ko): one document per HTML page, as (title, [(heading, [para])]).
Only paragraphs that are mostly Hangul and end in a sentence are kept."""
import glob
import html
import re

import os

GIMP = "/usr/share/gimp/2.0/help/ko/*.html"
FAQ = "/usr/share/doc/debian/FAQ/ko/*.ko.html"
# libreoffice-help-ko, unpacked (it is not installed: it would pull in the
# office suite); `make corpus` puts it here with apt-get download.
LO = os.environ.get("LO_HELP", "build/corpus-src") + \
    "/usr/share/libreoffice/help/ko/text/*/*/*.html"

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


def parse(path):
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


def documents():
    """Every usable page, in a fixed order: (name, title, sections)."""
    out = []
    for pat in (GIMP, FAQ, LO):
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


if __name__ == "__main__":
    docs = documents()
    paras = sum(len(p) for _, _, s in docs for _, p in s)
    chars = sum(len(x) for _, _, s in docs for _, p in s for x in p)
    print(len(docs), "documents", paras, "paragraphs", chars, "chars")
    for d in docs[:8]:
        print(d[0], d[1], [(h, len(p)) for h, p in d[2]])
