"""Line breaks from a real layout engine: paragraphs set in justified
columns by WeasyPrint, the lines taken back with `pdftotext -bbox-layout`.

layout([(text, width_em), ...]) returns, per paragraph, its lines as
(text, how) where how says what the break after the line was: "space"
(the line broke at a space), "none" (inside a word), "hyphen" (after a
hyphen or dash, no space) or "end" (the paragraph's last line).  Only the
break points come from the extractor; the characters of each line are the
paragraph's own, so the truth is exact whatever the extractor does to
spaces.
"""
import html
import os
import subprocess
import tempfile
import xml.etree.ElementTree as ET

XHTML = "{http://www.w3.org/1999/xhtml}"

CSS = """
@page { size: 400mm 3000mm; margin: 10mm; }
body { font-family: "NanumMyeongjo", "Noto Serif CJK KR"; font-size: 10pt;
       line-height: 1.6; }
div.c { text-align: justify; margin: 0 0 4em 0; }
p { margin: 0; }
"""


def _nonspace(s):
    return [c for c in s if not c.isspace()]


def layout(paras):
    body = []
    for text, width in paras:
        body.append('<div class="c" style="width:%.2fem"><p>%s</p></div>'
                    % (width, html.escape(text)))
    doc = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s'
           '</style></head><body>%s</body></html>' % (CSS, "\n".join(body)))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "a.html")
        pdf = os.path.join(tmp, "a.pdf")
        box = os.path.join(tmp, "a.xml")
        with open(src, "w", encoding="utf-8") as f:
            f.write(doc)
        subprocess.run(["weasyprint", "-q", src, pdf], check=True)
        subprocess.run(["pdftotext", "-bbox-layout", pdf, box], check=True)
        tree = ET.parse(box)
    # The extractor's words, put in rows by their baseline and in order
    # along it (its own line and block order can stray on justified text).
    got = []
    for page in tree.iter(XHTML + "page"):
        words = []
        for w in page.iter(XHTML + "word"):
            words.append((float(w.get("yMax")), float(w.get("xMin")),
                          w.text or ""))
        words.sort()
        rows = []
        for y, x, t in words:
            if rows and abs(rows[-1][0] - y) < 2.0:
                rows[-1][1].append((x, t))
            else:
                rows.append((y, [(x, t)]))
        for _, ws in rows:
            s = "".join(_nonspace("".join(t for _, t in sorted(ws))))
            if s:
                got.append(s)
    return _split(paras, got)


def _split(paras, got):
    """Cut each paragraph where the extracted lines end."""
    out = []
    k = 0
    for text, _ in paras:
        lines = []
        pos = 0
        n = len(text)
        while pos < n:
            if k >= len(got):
                raise SystemExit("layout: extractor ran out of lines at %r"
                                 % text[pos:pos + 20])
            want = got[k]
            k += 1
            start = pos
            i = 0
            while i < len(want):
                if pos >= n:
                    raise SystemExit("layout: line runs past paragraph: %r"
                                     % want)
                c = text[pos]
                if c.isspace():
                    pos += 1
                    continue
                if c != want[i]:
                    raise SystemExit("layout: extractor says %r, text has %r"
                                     " in %r" % (want[i], c,
                                                 text[start:start + 40]))
                pos += 1
                i += 1
            line = text[start:pos].strip()
            if pos >= n:
                how = "end"
            elif text[pos].isspace():
                how = "space"
            elif line[-1] in "-–—":
                how = "hyphen"
            else:
                how = "none"
            while pos < n and text[pos].isspace():
                pos += 1
            lines.append((line, how))
        out.append(lines)
    if k != len(got):
        raise SystemExit("layout: %d extracted lines left over" % (len(got) - k))
    return out
