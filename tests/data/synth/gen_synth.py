#!/usr/bin/env python3
"""
gen_synth.py -- writes the synthetic issue issue-synth.txt and its ground
truth (articles.tsv, breaks.tsv, figures.tsv, headings.tsv, layout.tsv).

The articles are written here as clean paragraphs.  The script lays them out
the way the print-PDF extraction of the magazine damages text (see
/work/shared/FIELD-GUIDE.md): hard wraps at about 24 Korean characters with
words split mid-word, a trailing space where a wrap falls on a word
boundary, a blank line after every line in the double-spaced regime, bylines
and bios before the title, figure debris cutting sentences, vertical running
labels, series taglines mid-sentence, and so on.  Because the script places
every line itself, the truth is known by construction.

Run from the repository root:  python3 tests/data/synth/gen_synth.py
The output is deterministic (fixed seed).
"""
import os
import random
import re

# SYNTH_WIDTH_DELTA widens (or narrows) every prose column, for trying the
# converter on other layouts; the files kept in the repository use 0.
WIDTH_DELTA = float(os.environ.get("SYNTH_WIDTH_DELTA", "0"))
VOL = "476"
ISSUE = "3+4"
HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(int(os.environ.get("SYNTH_SEED", "475")))
# SYNTH_SINGLE / SYNTH_DOUBLE: comma-separated units ("1,6") whose body is
# laid out single- or double-spaced instead of the default regime.
SINGLE = set("#" + x.strip() for x in
             os.environ.get("SYNTH_SINGLE", "").split(",") if x.strip())
DOUBLE = set("#" + x.strip() for x in
             os.environ.get("SYNTH_DOUBLE", "").split(",") if x.strip())

L = []            # output lines (no newline)
BREAKS = []       # (a, b, verdict, note)
FIGS = []         # (line, label, title, resume, unit)
ARTS = []         # rows of articles.tsv
HEADS = []        # (line, text, level, unit)
LAYOUT = []       # (what, first, last, unit, note) for the README
REF_LINES = {}    # line -> note markers glued into it ("01", "*")
NOTES = []        # (line, label, text, ref_context, glued_form, unit)
TROWS = []        # (line, table label, kind, cells joined by '|', unit)
PROSE = []        # (line, unit) of every body text line
DEBRIS = []       # (line, text, unit): figure sources, units, chart labels
CUTS = []         # indices of lines wrap() ended at a '‖' marker


def emit(s):
    L.append(s)
    return len(L)


def blank(n=1):
    for _ in range(n):
        L.append("")


def cw(ch):
    if ch == " ":
        return 0.4
    if ord(ch) < 0x80:
        return 0.55
    return 1.0


def is_ascii_tok(ch):
    return ch.isascii() and (ch.isalnum() or ch in "-.%+/&'")


NOSTART = ".,)]’”:;%"


def wrap(text, width, jitter=0.8):
    """Cut text into lines of about width columns, like the extraction did.
    A cut at a space leaves the space(s) at the line end; a cut inside a
    Hangul word splits it with no hyphen; Latin words and numbers are not
    split (except after a hyphen); '¦' forces a cut."""
    out = []
    pos, n = 0, len(text)
    while pos < n:
        w = width + RNG.uniform(-jitter, jitter)
        acc, i, forced = 0.0, pos, False
        while i < n:
            if text[i] == "‖" or (text[i] == "¦" and acc >= 0.75 * w):
                forced = True
                break
            if text[i] == "¦":
                text = text[:i] + text[i + 1:]
                n -= 1
                continue
            acc += cw(text[i])
            if acc > w:
                break
            i += 1
        if forced:
            if text[i] == "‖":
                CUTS.append(len(out))
            out.append(text[pos:i])
            pos = i + 1
            continue
        if i >= n:
            out.append(text[pos:])
            break
        while i < n and text[i] in NOSTART:
            i += 1
        if i >= n:
            out.append(text[pos:])
            break
        if text[i] == " ":
            j = i
            while j < n and text[j] == " ":
                j += 1
            out.append(text[pos:j])
            pos = j
            continue
        if text[i - 1] == " ":
            out.append(text[pos:i])
            pos = i
            continue
        h = text.rfind("-", max(pos, i - 12), i)
        if h > pos and text[h - 1].isascii() and text[h - 1].isalpha() and \
                h + 1 < n and text[h + 1].isascii() and text[h + 1].isalpha():
            # a Latin compound near the line end: the line ends in its hyphen
            out.append(text[pos:h + 1])
            pos = h + 1
            continue
        if text[i - 1] == "(" and i - 1 > pos:
            i -= 1
        elif is_ascii_tok(text[i - 1]) and is_ascii_tok(text[i]):
            s = i
            while s > pos and is_ascii_tok(text[s - 1]):
                s -= 1
            h = text.rfind("-", s, i)
            if h >= 0 and h + 1 < i and text[h + 1].isalpha():
                i = h + 1
            elif s > pos + 4:
                i = s
            else:
                # a long Latin run: cut it after the run instead
                while i < n and is_ascii_tok(text[i]):
                    i += 1
                if i < n and text[i] == " ":
                    j = i
                    while j < n and text[j] == " ":
                        j += 1
                    out.append(text[pos:j])
                    pos = j
                    continue
        out.append(text[pos:i])
        pos = i
    return out


def verdict(line):
    if line.endswith(" "):
        return "space"
    if line.endswith("-"):
        return "hyphen"
    return "none"


def tok_tail(s):
    s = s.rstrip()
    return s.split(" ")[-1] if s else ""


def tok_head(s):
    s = s.strip()
    return s.split(" ")[0] if s else ""


def add_break(a, b, v, note=""):
    # a glued note marker right at the break makes the 8+8 character
    # window ambiguous (the marker may be kept or dropped): leave it out
    win = L[a - 1].rstrip()[-8:] + L[b - 1].lstrip()[:8]
    for m in REF_LINES.get(a, set()) | REF_LINES.get(b, set()):
        if m in win:
            return
    tail = tok_tail(L[a - 1])
    head = tok_head(L[b - 1])
    nt = "%s|%s" % (tail, head)
    if note:
        nt += " ; " + note
    BREAKS.append((a, b, v, nt))


class Flow:
    """Lays out the body of one article."""

    def __init__(self, unit, regime, width):
        self.unit = unit
        self.regime = regime        # "double" or "single"
        if unit in SINGLE:
            self.regime = "single"
        elif unit in DOUBLE:
            self.regime = "double"
        self.width = width + WIDTH_DELTA
        self.prev = None            # last prose line of the previous block
        self.prev_kind = None       # "para" when it closed a paragraph
        self.single_runs = 0

    def _after_line(self, glue=False):
        if self.regime == "double" and not glue:
            blank()

    def heading(self, text, numbered=False, level=1):
        """A heading; text with '|' is a two-line heading whose parts
        are split by a blank line (the first part ends in a space)."""
        parts = text.split("|")
        ln = emit(parts[0] + (" " if len(parts) > 1 else ""))
        for part in parts[1:]:
            blank()
            emit(part)
        HEADS.append((ln, " ".join(x.strip() for x in parts), level,
                      self.unit))
        if self.prev is not None and self.prev_kind == "para":
            add_break(self.prev, ln, "para", "paragraph end before a heading")
        if numbered:
            self.glue_next = True   # first body line follows at once
        else:
            blank()
            self.glue_next = False
        self.prev = None
        self.prev_kind = None
        return ln

    def para(self, text, cut=None, single_run=None, spurious=(),
             last_ts="", refs=(), split_before=None, defer=False):
        """Lay out one paragraph.  cut = (k, fn): after line k (0-based)
        call fn(flow, line_no_of_k) to insert a foreign block; fn returns
        the verdict note.  single_run = (k, m): lines k..k+m-1 of a
        double-spaced paragraph are not followed by blanks.  spurious:
        indices after which a single-spaced paragraph has a blank line."""
        del CUTS[:]
        lines = wrap(text, self.width)
        if split_before is not None:
            # the wrap falls right before a glued note marker: the marker
            # starts the next line
            for i in range(len(lines) - 1):
                k = lines[i].find(split_before)
                if k > 0:
                    lines[i + 1] = lines[i][k:] + lines[i + 1]
                    lines[i] = lines[i][:k]
                    break
        if cut is not None and cut[0] is None:
            cut = (CUTS[0], cut[1])
        elif cut is not None and isinstance(cut[0], tuple):
            def ok(k):
                return lines[k].endswith(" ") and \
                    not lines[k].rstrip().endswith(".")
            cand = [k for k in range(len(lines) - 1) if ok(k)]
            fwd = [k for k in cand if k >= cut[0][1]]
            if not cand:
                raise SystemExit("no word-boundary line to cut at")
            k = fwd[0] if fwd else cand[-1]
            cut = (k, cut[1])
        sp = set()
        for k in spurious:
            while lines[k].rstrip().endswith("."):
                k += 1
            sp.add(k)
        spurious = sp
        plain = text.replace("¦", "").replace("‖", "")
        refl = set()
        for r in refs:
            off = plain.find(r)
            acc = 0
            for i, s in enumerate(lines):
                if acc < off + len(r) and off < acc + len(s):
                    refl.add(i)
                acc += len(s)
        if last_ts:
            lines[-1] = lines[-1].rstrip() + last_ts
        first = None
        glue = getattr(self, "glue_next", False)
        self.glue_next = False
        lead = False
        prevln = None
        for i, s in enumerate(lines):
            if lead:
                s = " " + s
                lead = False
            ln = emit(s)
            PROSE.append((ln, self.unit))
            if i in refl:
                REF_LINES.setdefault(ln, set()).update(
                    re.sub(r"[^0-9*]", "", r) for r in refs)
            if first is None:
                first = ln
                if self.prev is not None and self.prev_kind == "para":
                    add_break(self.prev, ln, "para")
            elif prevln is not None:
                add_break(prevln, ln, verdict(L[prevln - 1]))
            prevln = ln
            last = i == len(lines) - 1
            if cut is not None and i == cut[0] and not last:
                note = cut[1](self, ln)
                if defer:
                    # column swap: the rest of this paragraph is extracted
                    # later, after the text of the next column
                    blank()
                    self.deferred = (lines[i + 1:], ln)
                    self.prev = None
                    self.prev_kind = None
                    return first, ln
                # the resume line starts a new block: a leading space,
                # glued to the block before it when it was debris
                lead = note.startswith("lead")
                continue
            if self.regime == "double":
                inrun = single_run is not None and \
                    single_run[0] <= i < single_run[0] + single_run[1] - 1
                if not inrun or last:
                    blank()
                if inrun and i == single_run[0]:
                    LAYOUT.append(("single-spaced run inside double-spaced "
                                   "text", ln, ln + single_run[1] - 1,
                                   self.unit, "not a paragraph sign"))
            else:
                if last or i in spurious:
                    blank()
                if i in spurious and not last:
                    LAYOUT.append(("spurious blank line inside a "
                                   "single-spaced paragraph", ln + 1, ln + 1,
                                   self.unit, "line %d has no terminal "
                                   "punctuation" % ln))
        self.prev = prevln
        self.prev_kind = "para"
        return first, prevln


# ---------------------------------------------------------------------------
# Foreign blocks inserted mid-paragraph

def resume_deferred(flow, next_first):
    """Emit the rest of a paragraph cut by a column swap.  next_first is
    the first line of the paragraph that follows it in reading order."""
    rest, cutln = flow.deferred
    first = prev = None
    for i, x in enumerate(rest):
        ln = emit(x)
        PROSE.append((ln, flow.unit))
        if first is None:
            first = ln
            add_break(cutln, ln, verdict(L[cutln - 1]),
                      "sentence resumes after a column swap")
        else:
            add_break(prev, ln, verdict(L[prev - 1]))
        prev = ln
        if flow.regime == "double" or i == len(rest) - 1:
            blank()
    add_break(prev, next_first, "para",
              "column swap: the next paragraph was extracted before this one")
    FIGS[-1][3] = first     # the figure cut this paragraph
    LAYOUT.append(("column swap: end of a paragraph extracted after the "
                   "article end", first, prev, flow.unit,
                   "continues line %d; reads before line %d" %
                   (cutln, next_first)))
    flow.deferred = None


def figure_block(label, title, source, debris, unit):
    def fn(flow, ln):
        blank()
        a = emit(label)
        blank()
        emit(title)
        if debris or source:
            blank()
        if source:
            DEBRIS.append((emit(source), source, unit))
            blank()
        for j, d in enumerate(debris):
            DEBRIS.append((emit(d), d.rstrip("¬"), unit))
            if j < len(debris) - 1 and not d.endswith("¬"):
                blank()
        if L[-1].endswith("¬"):
            L[-1] = L[-1][:-1]
        FIGS.append([a, label, title, len(L) + 1, unit])
        LAYOUT.append(("figure " + label, a, len(L), unit,
                       "cuts the sentence of line %d; it resumes on %d "
                       "(leading space, no blank before it)" % (ln, len(L) + 1)))
        return "lead figure"
    return fn


def tagline_block(text, unit):
    def fn(flow, ln):
        L[ln - 1] = L[ln - 1] + " "
        blank()
        t = emit(text)
        blank()
        LAYOUT.append(("series tagline mid-sentence", t, t, unit,
                       "between %d and %d" % (ln, t + 2)))
        return "tagline"
    return fn


def byline_mid_block(name, role, bio, tagline, unit, store):
    def fn(flow, ln):
        L[ln - 1] = L[ln - 1] + " "
        blank()
        b = emit("글. %s  " % name)
        blank()
        emit(role)
        blank()
        for s in wrap(bio, 36):
            emit(s)
        blank()
        t = emit(tagline)
        blank()
        store["byline_line"] = b
        LAYOUT.append(("byline + role + bio mid-sentence", b, t - 2, unit,
                       "cuts the sentence of line %d; resumes on %d" % (ln, t + 2)))
        LAYOUT.append(("series tagline after the mid-body bio", t, t, unit, ""))
        return "byline"
    return fn


def vertical(pieces, pair, after):
    """A vertical running-label cluster: 3 blank lines, then the label
    printed one glyph row per line (1-3 characters, irregular blanks), the
    page pair (higher page first), and the section label.  Each piece is a
    list of fragments, as the extraction cut them."""
    blank(2)
    first = len(L) + 1
    for frags in pieces:
        for j, fr in enumerate(frags):
            emit(fr)
            if j % 2 == 1:
                blank()
    blank()
    pl = emit(pair)
    blank()
    for j, fr in enumerate(after):
        emit(fr)
        if j % 2 == 1:
            blank()
    blank()
    return first, pl, len(L)


VOLFRAGS = ["vo", "l. ", VOL[:2], VOL[2:] + ".", " " + ISSUE[:2], ISSUE[2:]]


def byline_before(name, role, bio, unit, lead=" ", combined=False,
                  bio_width=16, prefix=""):
    """Byline, role and bio as printed before the title.  prefix: a
    caption that shares the byline's line; name None: no `글.` line, the
    role alone (its two parts on two lines)."""
    if name is None:
        r1, r2 = role.split("|")
        b = emit(lead + r1)
        blank()
        emit(r2)
        blank()
    elif combined:
        b = emit("%s글. %s %s" % (lead, name, role))
        blank()
    else:
        b = emit("%s%s글. %s " % (lead, prefix, name))
        blank()
        emit(role)
        blank()
    bio_lines = wrap(bio, bio_width, jitter=0.6)
    bs = len(L) + 1
    for s in bio_lines:
        emit(s)
    blank()
    LAYOUT.append(("byline + role + bio before the title", b, bs + len(bio_lines) - 1,
                   unit, "bio single-spaced, %d lines" % len(bio_lines)))
    return b


def title_block(lines, unit, lead=""):
    t = None
    for i, s in enumerate(lines):
        last = i == len(lines) - 1
        ln = emit((lead if i == 0 else "") + s + ("" if last else " "))
        t = t or ln
    blank()
    return t, " ".join(lines)


def end_marker(flow):
    """Give the last prose line the two trailing spaces of an article end."""
    L[flow.prev - 1] = L[flow.prev - 1].rstrip() + "  "
    LAYOUT.append(("article end marker `다.␠␠`", flow.prev, flow.prev,
                   flow.unit, ""))


# ===========================================================================
# The issue


# --- #0 ---------------------------------------------------------------------
U = "#0"
b0 = byline_before(
    "한도윤", "한국전자기술연구원 반도체패키징연구센터장",
    "서울대학교에서 재료공학 박사학위를 취득했다. 삼성전자 메모리사업부 "
    "패키지개발팀 수석연구원을 거쳐 현재 한국전자기술연구원 "
    "반도체패키징연구센터장으로 재직 중이다. 이종집적과 열관리 분야에서 "
    "40여 편의 논문을 발표했으며, 국가 첨단패키징 로드맵 수립에 참여했다.",
    U, lead="")
t0, title0 = title_block(["첨단 패키징,", "반도체 경쟁의 새로운 전장"], U)
emit("SPECIAL ISSUE 01")
blank()
f = Flow(U, "double", 24.5)
p0, _ = f.para(
    "반도체 산업은 지난 반세기 동안 회로 선폭을 줄이는 방식으로 성능을 "
    "높여 왔다. 그러나 선폭이 3나노미터 이하로 내려오면서 미세화에 드는 "
    "비용은 기하급수적으로 늘어난 반면, 얻을 수 있는 성능 향상은 점점 "
    "줄어들고 있다. 업계가 그동안 후공정으로 불리던 패키징에 주목하기 "
    "시작한 이유가 여기에 있다.")
f.para(
    "첨단 패키징은 여러 개의 칩을 하나의 기판 위에 수평 또는 수직으로 "
    "쌓아 마치 하나의 칩처럼 동작하게 만드는 기술이다. 서로 다른 공정에서 "
    "만든 칩을 필요에 따라 조합할 수 있어 설계 유연성이 높고, 칩 사이의 "
    "신호 거리가 짧아져 전력 소모도 줄어든다.  ¦인공지능 가속기에 쓰이는 "
    "고대역폭메모리(HBM)가 대표적인 사례다. 메모리 칩 여러 장을 수직으로 "
    "쌓고 실리콘 관통전극으로 연결해, 기존 메모리보다 훨씬 넓은 통로로 "
    "데이터를 주고받는다.", single_run=(2, 4))
for fe in [i + 1 for i in range(len(L)) if L[i].endswith("다.  ")][-1:]:
    LAYOUT.append(("false end marker `다.␠␠` mid-paragraph", fe, fe, U,
                   "the paragraph goes on in the same block"))
f.heading("시장 현황과 전망")
f.para(
    "시장조사기관들은 세계 첨단 패키징 시장이 2023년 약 380억 달러에서 "
    "2029년 약 690억 달러로 연평균 10% 이상 성장할 것으로 전망하고 있다. "
    "특히 인공지능 서버 수요가 늘어나면서 2.5D와 3D 패키징의 비중이 "
    "빠르게 커지고 있다. 대만 TSMC의 CoWoS(Chip-on-Wafer-on-Substrate) 공정이 "
    "이 시장을 사실상 주도하는 가운데, 국내 기업들도 설비 투자를 늘리고 있지만, 기판과 "
    "소재, 장비의 상당 부분은 여전히 해외에 의존하고 있는 것이 현실이다.",
    cut=(2, figure_block(
        "그림 1", "세계 첨단 패키징 시장 규모 전망",
        "<Yole Group 자료 재구성>",
        ["단위 : 억 달러",
         "2.5D/3D 팬아웃 플립칩 기타",
         " 2023     2025     2027     2029",
         "380",
         "465",
         "5701",
         "690¬"], U)))
f.heading("핵심 기술 과제")
f.heading("1) 하이브리드 본딩", numbered=True)
f.para(
    "하이브리드 본딩은 범프 없이 구리 패드와 절연막을 동시에 접합하는 "
    "방식이다. 접합 간격을 10마이크로미터 이하로 줄일 수 있어 같은 면적에 "
    "훨씬 많은 연결 통로를 만들 수 있다. 다만 웨이퍼 표면을 원자 수준으로 "
    "평탄하게 만들어야 하고, 미세한 입자 하나만 있어도 접합 불량이 생기기 "
    "때문에 공정 관리가 매우 까다롭다.")
f.heading("2) 열 관리와 신뢰성", numbered=True)
f.para(
    "칩을 수직으로 쌓을수록 열이 빠져나갈 길은 좁아진다. 적층된 메모리 "
    "사이에 갇힌 열은 동작 속도를 떨어뜨리고 제품의 수명을 단축시킨다. "
    "이에 따라 열전도도가 높은 언더필 소재, 칩 내부에 미세 유로를 만들어 "
    "냉각수를 흘리는 액체 냉각 기술 등이 활발히 연구되고 있다. 열과 "
    "응력으로 인한 휨을 미리 예측하는 시뮬레이션 기술도 중요해지고 있다.")
f.heading("우리의 대응 방향")
f.para(
    "우리나라는 메모리 분야의 세계적 경쟁력을 갖추고 있지만, 패키징 "
    "생태계 전반을 보면 아직 보완해야 할 부분이 많다. 우선 유리기판, "
    "고성능 언더필, 본딩 장비처럼 해외 의존도가 높은 품목의 국산화를 "
    "서둘러야 한다. 또한 설계 기업과 패키징 기업이 개발 초기 단계부터 "
    "협력할 수 있는 공동 플랫폼이 필요하다.", single_run=(1, 4))
f.para(
    "첨단 패키징은 더 이상 후공정이 아니라 반도체 성능을 결정하는 핵심 "
    "공정이 되었다. 기술 선점의 기회는 아직 열려 있다. 산학연이 힘을 모아 "
    "소재와 장비, 설계를 아우르는 경쟁력을 확보해야 할 때다.")
end_marker(f)
ARTS.append([U, "article", title0, "", "SPECIAL ISSUE 01", "한도윤",
             "한국전자기술연구원 반도체패키징연구센터장", t0, p0])

# --- #1 ---------------------------------------------------------------------
U = "#1"
b1 = byline_before(
    "오세린", "㈜그린팜로보틱스 대표이사",
    "KAIST 기계공학과에서 로봇공학 석사학위를 취득했다. LG전자 "
    "생산기술원에서 자동화 설비 개발을 담당했으며, 2019년 그린팜로보틱스를 "
    "창업해 현재 대표이사로 재직 중이다. 농업용 자율주행 로봇과 작물 인식 "
    "기술 분야에서 다수의 특허를 보유하고 있다.", U)
t1, title1 = title_block(["농업 현장의 일손,", "로봇이 채운다"], U)
emit("SPECIAL ISSUE 02")
blank()
f = Flow(U, "double", 24.5)
p1, _ = f.para(
    "우리 농촌은 빠르게 늙어 가고 있다. 농가 인구 가운데 65세 이상이 "
    "차지하는 비중은 이미 절반을 넘어섰고, 수확기마다 일손을 구하지 못해 "
    "작물을 밭에 그대로 두는 일도 드물지 않다. 통계청은 2030년까지 농업 "
    "인력이 지금보다 20% 이상 줄어들 것으로 예측01하고 있다.",
    refs=("예측01",), split_before="01하고")
f.para(
    "이러한 상황에서 농업용 로봇은 선택이 아닌 필수가 되고 있다. "
    "그린팜로보틱스는 시설 원예 농가를 위한 수확 로봇과 방제 로봇을 개발해 "
    "왔다. 창업 초기에는 딸기 수확 로봇 하나에 집중했지만, 지금은 토마토와 "
    "파프리카까지 대상 작물을 넓혔다.")
f.heading("수확 로봇의 핵심 기술")
f.para(
    "수확 로봇이 해결해야 할 문제는 크게 세 가지다. 잎과 줄기에 가려진 "
    "열매를 찾아내야 하고, 익은 정도를 판별해야 하며, 열매에 상처를 내지 "
    "않고 따내야 한다. 당사는 이를 위해 다음과 같은 기술을 자체 개발했다.")
# hanging-indent list: marker + U+FFFD, continuation double-spaced
LS = len(L) + 1
for k, item in zip("①②③", ["다중 분광 카메라와 딥러닝을 결합해 잎 뒤에 숨은 열매까지 찾아내는 인식 기술",
             "색상과 크기, 표면 반사율로 숙도를 다섯 단계로 나누는 판별 알고리즘",
             "공기압으로 힘을 조절하는 부드러운 그리퍼와 줄기 절단 장치"]):
    ls = wrap(k + " \ufffd" + item, 24)
    for s in ls:
        emit(s)
        blank()
LAYOUT.append(("`① �` hanging-indent list, double-spaced", LS, len(L) - 1, U, ""))
f.prev = None
f.para(
    "현장 실증 결과 수확 성공률은 92%, 열매 손상률은 1% 미만으로 "
    "나타났다. 숙련된 작업자 한 명이 하루 여덟 시간 동안 수확하는 양을 "
    "로봇 두 대가 밤새 처리할 수 있어, 농가는 낮 시간의 인력을 선별과 "
    "포장에 돌릴 수 있게 되었다.")
vf, vp, vl = vertical([["IS", "S", "U", "E", " ", "0", "2"],
                       ["Sp", "ec", "ia", "l I", "ss", "ue", "  0", "2"],
                       VOLFRAGS], "2524", [])
LAYOUT.append(("vertical running label + page pair `2524` (pp. 24/25)",
               vf, vl, U, "page pair on line %d" % vp))
f.heading("보급 현황과 성과")
f.para(
    "2025년 말 기준으로 당사 로봇은 전국 38개 농가에 보급되었다. 작물별 "
    "보급 현황은 표 1과 같다. 도입 농가의 인건비는 평균 27% 줄었고, 수확 "
    "시기를 놓쳐 버리던 물량도 크게 감소했다.02 특히 야간 수확이 가능해지면서 "
    "신선도가 높은 상태로 출하할 수 있게 된 점을 농가들은 가장 큰 변화로 "
    "꼽았다.", refs=("했다.02",))
# table: caption first, rows, unit after
blank()
ta = emit("표 1")
blank()
emit("작물별 수확 로봇 보급 현황")
blank()
TROWS.append((emit("작물 농가 수 로봇 대수 수확 면적"), "표 1", "header",
              "작물|농가 수|로봇 대수|수확 면적", U))
blank()
for r in ["딸기 18 41 12.5", "토마토 11 27 9.8", None, "파프리카 9 19 6.2",
          "합계 38 87 28.5"]:
    if r is None:
        blank()
        continue
    TROWS.append((emit(r), "표 1", "body", r.replace(" ", "|"), U))
blank()
emit("(단위: 곳, 대, ha)")
blank()
FIGS.append([ta, "표 1", "작물별 수확 로봇 보급 현황", "", U])
LAYOUT.append(("table 표 1 with a total row (합계) and the unit after it",
               ta, len(L) - 1, U, "rows 18+11+9=38, 41+27+19=87, 12.5+9.8+6.2=28.5"))
f.heading("남은 과제")
f.para(
    "물론 해결해야 할 과제도 적지 않다. 로봇 한 대의 가격이 여전히 중소 "
    "농가가 감당하기에는 부담스러운 수준이고, 비닐하우스마다 통로 폭과 "
    "재배 방식이 제각각이어서 설치할 때마다 맞춤 작업이 필요하다. 정부의 "
    "스마트농업 보급 사업이 장비 구입비에 더해 시설 표준화까지 지원한다면 "
    "확산 속도는 훨씬 빨라질 것이다.", single_run=(0, 3))
f.para(
    "농업은 식량 안보와 직결되는 산업이다. 일손 부족을 기술로 메우는 일은 "
    "한 기업의 힘만으로는 어렵다. 농가와 연구기관, 정부가 함께 현장의 "
    "데이터를 쌓아 간다면 로봇이 일하는 농장은 머지않아 일상이 될 것이다.")
end_marker(f)
blank()
fn0 = len(L) + 1
for s in wrap("01\t\ufffd 통계청, 「농림어업조사 결과」, 2025. 농가 인구 추계는 "
              "저위 시나리오 기준이다.", 38):
    emit(s)
for s in wrap("02\t\ufffd 농촌진흥청, 스마트농업 실증사업 중간 평가 자료, 2025.", 38):
    emit(s)
blank()
NOTES.append((fn0, "01", "통계청, 「농림어업조사 결과」, 2025. 농가 인구 추계는 "
              "저위 시나리오 기준이다.", "줄어들 것으로 예측하고 있다", "예측01하고", U))
NOTES.append((fn0 + 2, "02", "농촌진흥청, 스마트농업 실증사업 중간 평가 자료, 2025.",
              "크게 감소했다. 특히", "감소했다.02", U))
LAYOUT.append(("footnotes `NN\\t� …` after the article end (refs `예측01하고`, "
               "`감소했다.02` glued in the text)", fn0, len(L) - 1, U, ""))
ARTS.append([U, "article", title1, "", "SPECIAL ISSUE 02", "오세린",
             "㈜그린팜로보틱스 대표이사", t1, p1])

# --- #2 ---------------------------------------------------------------------
U = "#2"
b2 = byline_before(
    "문경호", "한국지질자원연구원 자원회수연구센터 책임연구원",
    "고려대학교에서 화학공학 박사학위를 받았다. 미국 아르곤국립연구소 "
    "박사후연구원을 거쳐 2016년 한국지질자원연구원에 합류했다. 현재 "
    "자원회수연구센터 책임연구원으로 재직 중이며, 사용후 배터리의 건식·습식 "
    "재활용 공정을 연구하고 있다.", U, lead=" ")
t2, title2 = title_block(["사용후 배터리,", "도시 광산이 되다"], U)
emit("SPECIAL ISSUE 03")
blank()
f = Flow(U, "double", 24.5)
p2, _ = f.para(
    "전기차 보급이 늘면서 몇 년 뒤면 수명을 다한 배터리가 한꺼번에 쏟아져 "
    "나올 전망이다. 전기차 배터리의 수명을 10년 안팎으로 보면, 2030년 무렵 "
    "국내에서만 연간 10만 개 이상의 사용후 배터리가 발생한다. 이 배터리에는 "
    "리튬, 니켈, 코발트, 망간 같은 값비싼 금속이 고스란히 들어 있다.")
f.para(
    "광물 자원이 거의 없는 우리나라에 사용후 배터리는 일종의 도시 "
    "광산이다. 주요 광물 수출국들이 자원 민족주의를 강화하는 상황에서, "
    "폐배터리에서 금속을 다시 뽑아내는 기술은 공급망 안정을 위한 중요한 "
    "수단이 될 수 있다.", last_ts=" ")
f.heading("재활용 공정의 두 갈래")
f.para(
    "배터리 재활용은 크게 건식 공정과 습식 공정으로 나뉜다. 건식 공정은 "
    "배터리를 고온에서 녹여 금속을 합금 형태로 회수하는 방식으로, 처리 "
    "속도가 빠르지만 리튬 회수율이 낮고 에너지 소비가 크다. 습식 공정은 "
    "배터리를 잘게 부순 블랙 파우더를 산에 녹인 뒤 금속별로 분리하는 "
    "방식이다. 회수율은 95% 이상으로 높지만 폐수 처리 비용이 든다.")
f.para(
    "최근에는 두 공정의 장점을 결합한 하이브리드 공정과 함께, 양극재를 "
    "분해하지 않고 결정 구조만 되살리는 직접 재활용(direct recycling) "
    "기술이 주목받고 있다. 직접 재활용은 공정 단계가 짧아 탄소 배출을 "
    "절반 이하로 줄일 수 있는 것으로 알려져 있다.",
    cut=(1, figure_block(
        "그림 1", "사용후 배터리 재활용 공정 비교", "<연구진 작성>",
        ["건식 공정 습식 공정 직접 재활용",
         "전처리",
         "방전·해체·파쇄",
         "용융 침출 재합성¬"], U)))
f.heading("연구센터의 주요 성과")
LS = len(L) + 1
for item in ["습식 공정 리튬 회수율 97% 달성 및 파일럿 설비 구축",
             "블랙 파우더 불순물 제거 기술 기업 이전 3건",
             "직접 재활용 양극재의 초기 용량 98% 회복 검증"]:
    emit("• \ufffd" + item)
    blank()
LAYOUT.append(("`• �` bullet list", LS, len(L) - 1, U, ""))
f.heading("제도적 뒷받침이 필요하다")
f.para(
    "기술만으로는 충분하지 않다. 사용후 배터리가 어디에서 얼마나 "
    "발생하는지 추적할 수 있는 이력 관리 체계가 있어야 재활용 기업이 "
    "안정적으로 원료를 확보할 수 있다. 유럽연합은 이미 배터리 여권(Battery "
    "Passport) 제도를 도입했고, 2031년부터는 신규 배터리에 재활용 원료를 "
    "일정 비율 이상 쓰도록 의무화했다.")
f.para(
    "우리도 재활용 원료의 품질 기준과 인증 제도를 서둘러 마련해야 한다. "
    "재활용 소재가 신품 소재와 같은 대우를 받을 수 있어야 기업들이 과감하게 "
    "투자할 수 있기 때문이다. 재활용 공정의 탄소 배출을 따지는 전과정평가"
    "(Life-cycle Assessment) 방법을 국제 기준에 맞추는 일도 중요하다.",
    cut=(2, figure_block(
        "그림 2", "유럽연합 배터리 규정의 재활용 원료 의무 비율",
        "<EU Battery Regulation 2023/1542 재구성>",
        ["코발트 리튬 니켈",
         "2031 2036",
         "16",
         "6  6",
         "26 12 15¬"], U)))
f.para(
    "사용후 배터리는 버려지는 쓰레기가 아니라 다시 쓰일 자원이다. 기술 "
    "개발과 제도 정비가 함께 이루어진다면 우리나라도 배터리 순환 경제의 "
    "선도국이 될 수 있을 것이다.")
end_marker(f)
ARTS.append([U, "article", title2, "", "SPECIAL ISSUE 03", "문경호",
             "한국지질자원연구원 자원회수연구센터 책임연구원", t2, p2])

# a figure after the end marker whose caption shares a line with the next
# article's byline
blank()
fa = emit("그림 3")
blank()
FIGS.append([fa, "그림 3", "배터리 순환 경제의 구조", "", U])
LAYOUT.append(("figure 그림 3 after the end marker; its caption shares the "
               "next byline's line", fa, fa + 2, U, ""))

# --- #3 (caption + byline on one line) --------------------------------------
U = "#3"
b3 = byline_before(
    "최민석", "㈜한빛중공업 스마트야드추진실장/상무",
    "부산대학교에서 조선해양공학 박사학위를 취득했다. 1998년 한빛중공업에 "
    "입사해 선박 설계와 생산기술 업무를 두루 거쳤으며, 현재 "
    "스마트야드추진실장으로 조선소 디지털 전환을 이끌고 있다.",
    U, lead="", prefix="배터리 순환 경제의 구조 ")
t3h, title3h = title_block(["디지털 트윈으로 다시 짓는", "조선소"], U)
emit("SPECIAL ISSUE 04")
blank()
f = Flow(U, "double", 24.5)
p3h, _ = f.para(
    "조선업은 대표적인 수주 산업이다. 배 한 척을 짓는 데 2년 가까이 걸리고, "
    "같은 설계로 수십만 대를 찍어 내는 자동차와 달리 선주마다 요구 사항이 달라 "
    "사실상 모든 배가 시제품이다. 이 때문에 조선소의 생산 관리는 오랫동안 숙련 "
    "기술자의 경험과 감각에 크게 의존해 왔다.")
f.para(
    "최근 몇 년 사이 상황이 달라졌다. 친환경 선박 발주가 몰리면서 일감은 "
    "늘었지만, 숙련 인력은 은퇴하고 젊은 인력은 조선소를 떠났다. 당사 생산 "
    "인력의 평균 연령은 2024년 기준 48세로, 10년 전보다 여섯 살 가까이 "
    "높아졌다. 사람의 경험을 데이터로 옮기지 않으면 더 이상 공정을 유지하기 "
    "어렵다는 위기감이 스마트야드 사업의 출발점이었다.", single_run=(3, 4))
f.heading("스마트야드의 핵심:|블록 단위 디지털 트윈")
f.para(
    "선박은 수백 개의 블록으로 나뉘어 제작된 뒤 도크에서 하나로 조립된다. "
    "당사는 블록 하나하나에 고유 번호를 붙이고, 절단과 용접, 도장, 탑재에 "
    "이르는 전 공정의 데이터를 실시간으로 모으는 체계를 구축했다. 현재 야드 "
    "안에서 움직이는 블록과 부재는 하루 평균 1만 2천여 개에 이른다.")
f.para(
    "이렇게 모은 데이터는 가상 공간의 조선소, 즉 디지털 트윈* 에 그대로 "
    "반영된다. 생산 관리자는 화면 속에서 블록의 위치와 공정 진행률을 확인하고, "
    "크레인과 운반차의 일정을 미리 시뮬레이션해 병목을 찾아낸다. 과거에는 "
    "하루가 지나서야 알 수 있던 지연을 이제는 몇 시간 안에 파악할 수 있게 "
    "되었다.", refs=("트윈* 에",))
f.heading("성과와 과제")
f.para(
    "스마트야드 1단계 사업을 마친 지난해, 블록 이동 거리는 18% 줄었고 공정 "
    "지연으로 인한 추가 작업 시간도 눈에 띄게 감소했다. 용접 로봇이 작업한 "
    "이음부의 품질 데이터가 쌓이면서 불량을 미리 예측하는 모델도 만들어졌다. "
    "도장 공정에서는 온도와 습도에 따라 건조 시간을 자동으로 조정해 도료 "
    "사용량을 줄이는 효과도 거두었다.",
    cut=(2, figure_block("그림 1", "스마트야드 통합 관제 화면", "", [], U)))
f.para(
    "남은 과제는 협력사까지 데이터를 잇는 일이다. 조선소 생산 물량의 절반 "
    "이상을 협력사가 맡고 있는 만큼, 협력사의 공정 데이터가 빠지면 디지털 "
    "트윈은 반쪽짜리에 그칠 수밖에 없다. 당사는 협력사가 부담 없이 참여할 수 "
    "있도록 표준 데이터 양식과 클라우드 기반 관제 도구를 무상으로 제공할 "
    "계획이다.")
end_marker(f)
blank()
an = emit("* 디지털 트윈: 현실의 설비나 공정을 가상 공간에 똑같이 구현해 상태를 "
          "감시하고 예측하는 기술")
blank()
NOTES.append((an, "*", "디지털 트윈: 현실의 설비나 공정을 가상 공간에 똑같이 "
              "구현해 상태를 감시하고 예측하는 기술", "즉 디지털 트윈에 그대로",
              "트윈* 에", U))
LAYOUT.append(("asterisk footnote after the end marker (marker `트윈* 에` in "
               "the text)", an, an, U, ""))
ARTS.append([U, "article", title3h, "", "SPECIAL ISSUE 04", "최민석",
             "㈜한빛중공업 스마트야드추진실장/상무", t3h, p3h])

# --- #4 (no `글.` line: the affiliation alone) -------------------------------
U = "#4"
b4i = byline_before(
    None, "㈜비전에이아이 최고기술책임자|(CTO)",
    "한양대학교에서 전자공학 박사학위를 취득하였다. 삼성전자 "
    "종합기술원에서 영상 인식 알고리즘을 연구했으며, 2018년 비전에이아이 "
    "창업에 참여해 현재 최고기술책임자로 재직 중이다.", U)
t4i, title4i = title_block(["불량 하나 놓치지 않는", "AI 품질검사의 진화"], U)
emit("SPECIAL ISSUE 05")
blank()
f = Flow(U, "double", 24.5)
p4i, _ = f.para(
    "제조 현장에서 품질검사는 오랫동안 사람의 눈에 맡겨져 왔다. 숙련된 "
    "검사원은 미세한 흠집이나 색상 차이도 잡아내지만, 하루 수천 개의 제품을 "
    "같은 집중력으로 살피기는 어렵다. 검사원마다 판정 기준이 조금씩 다르다는 "
    "점도 문제였다.", last_ts=" ")
f.para(
    "머신비전은 이 문제를 풀기 위해 도입되었지만, 규칙 기반의 기존 머신비전은 "
    "조명이 조금만 바뀌거나 제품 모양이 달라져도 오판이 잦았다. 딥러닝 기반 "
    "검사는 이러한 한계를 크게 줄였다. 사람이 일일이 규칙을 정하지 않아도, "
    "정상과 불량 이미지를 학습한 모델이 스스로 판정 기준을 찾아내기 "
    "때문이다.")
f.heading("데이터가 부족한 현장을 위한 기술")
f.heading("1) 적은 불량 데이터로 학습하기", numbered=True)
f.para(
    "현장에서는 불량품이 드물기 때문에 학습에 쓸 불량 이미지를 충분히 모으기 "
    "어렵다. 당사는 정상 제품 이미지만으로 학습해 정상과 다른 패턴을 찾아내는 "
    "이상 탐지 모델을 개발했다. 여기에 생성형 AI로 만든 가상 불량 이미지를 "
    "더해 검출률을 98.7%까지 끌어올렸다.",
    cut=(1, figure_block(
        "그림 1", "검사 방식별 검출률과 오검출률 비교", "<자사 실증 결과>",
        ["단위 : %",
         "검출률 오검출률",
         "기존 머신비전 딥러닝 이상 탐지",
         "82.4",
         "95.1 98.7",
         "6.3  2.1  0.8¬"], U)))
f.heading("2) 판정 근거를 보여 주는 AI", numbered=True)
f.para(
    "검사 결과를 현장에서 믿고 쓰려면 AI가 왜 불량으로 판정했는지를 설명할 수 "
    "있어야 한다. 당사 솔루션은 불량으로 의심되는 영역을 이미지 위에 색으로 "
    "표시해 작업자가 바로 확인할 수 있게 했다. 작업자가 판정을 바로잡으면 그 "
    "결과가 다시 학습에 반영되어 모델은 현장에 맞게 점점 정교해진다.",
    single_run=(2, 3))
f.heading("확산을 위한 제언")
f.para(
    "AI 품질검사는 이제 대기업만의 기술이 아니다. 카메라와 조명, 소프트웨어를 "
    "묶은 표준 패키지가 나오면서 중소 제조기업도 몇 주 만에 시스템을 구축할 수 "
    "있게 되었다. 다만 기업마다 흩어져 있는 불량 데이터를 안전하게 공유하고 "
    "활용할 수 있는 제도가 뒷받침된다면, 우리 제조업의 품질 경쟁력은 한 단계 "
    "더 높아질 것이다.")
end_marker(f)
ARTS.append([U, "article", title4i, "", "SPECIAL ISSUE 05", "",
             "㈜비전에이아이 최고기술책임자 (CTO)", t4i, p4i])


# --- #3 ---------------------------------------------------------------------
U = "#5"
vf, vp, vl = vertical([["기", "술", "경", "영"], VOLFRAGS], "6564",
                      ["ST", "RA", "TE", "G", "Y ", " I ", "  기", "술",
                       "경", "영"])
LAYOUT.append(("vertical running label + page pair `6564` + `STRATEGY I 기술경영`",
               vf, vl, U, "page pair on line %d" % vp))
t3, title3 = title_block(["오픈 이노베이션,", "성공하는 기업의 세 가지 습관"],
                         U, lead=" ")
f = Flow(U, "double", 24.5)
p3, _ = f.para(
    "많은 기업이 오픈 이노베이션을 외치지만, 실제로 외부와의 협력을 통해 "
    "사업 성과를 낸 사례는 생각보다 많지 않다. 스타트업과 양해각서를 맺고 "
    "공동 발표회를 여는 데까지는 순조롭지만, 그 이후 과제가 흐지부지되는 "
    "경우가 대부분이다. 그렇다면 드물게나마 성과를 낸 기업들은 무엇이 "
    "달랐을까?")
f.para(
    "필자가 지난 10년간 자문한 기업들의 경험을 돌아보면, 성공한 기업에는 "
    "공통된 습관이 세 가지 있었다.")
f.heading("첫째, 문제를 먼저 정의한다")
f.para(
    "성공한 기업은 협력 상대를 찾기 전에 자신이 풀어야 할 문제를 "
    "구체적으로 정의했다. ‘새로운 기술이 있으면 알려 달라’는 식의 막연한 "
    "공모로는 좋은 제안을 받기 어렵다. 반면 해결하려는 공정의 병목과 목표 "
    "수치를 분명히 제시하면, 외부 파트너도 자신의 기술이 맞는지 빠르게 "
    "판단할 수 있다.")
f.heading("둘째, 내부에 전담 창구를 둔다")
store = {}
f.para(
    "외부 기술을 들여오는 일은 결국 사람의 일이다. 내부 연구진이 외부 기술을 "
    "낮게 평가하는 이른바 NIH(Not-Invented-Here) 증후군도 넘어야 한다. 사업부의 현업 담당자는 "
    "당장의 실적에 쫓기기 때문에 외부 협력에 시간을 쓰기 어렵다. 그래서 "
    "성공한 기업들은 사업부와 외부 파트너 사이를 잇는 전담 조직을 두고, 그 "
    "조직에 예산과 의사결정 권한을 함께 부여했다. 전담 조직은 협력 과제의 "
    "진행 상황을 점검하고, 사업부가 결과물을 실제 제품에 적용할 때까지 "
    "책임을 지고 관리한다.",
    cut=(("ts", 2), byline_mid_block(
        "서지훈", "성균관대학교 기술경영전문대학원 교수",
        "서울대학교에서 산업공학 박사학위를 취득하였다. 삼성SDS와 "
        "한국과학기술기획평가원(KISTEP)을 거쳐 현재 성균관대학교 "
        "기술경영전문대학원 교수로 재직 중이다. 주요 연구 분야는 개방형 혁신, "
        "기술사업화, R&D 포트폴리오 관리 등이다.",
        "기술경영은 기업 기술경영 현장의 주요 사례와 방법론을 소개합니다.",
        U, store)))
f.heading("셋째, 실패를 기록한다")
f.para(
    "오픈 이노베이션 과제의 상당수는 실패로 끝난다. 중요한 것은 실패한 "
    "과제에서 무엇을 배웠는지를 기록하고 공유하는 일이다. 한 소재 기업은 "
    "중단된 협력 과제마다 두 쪽짜리 보고서를 남기게 했고, 이렇게 쌓인 기록 "
    "덕분에 비슷한 실수를 반복하지 않게 되었다고 한다.",
    cut=(2, figure_block(
        "그림 1", "오픈 이노베이션 운영 체계의 예",
        "",
        ["문제 정의 파트너 탐색 실증 사업화",
         "사업부",
         "전담 조직",
         "외부 파트너"], U)), defer=True)
bf, _ = f.para(
    "오픈 이노베이션은 유행처럼 한 번 해 보는 행사가 아니라 꾸준히 다듬어야 "
    "하는 경영 시스템이다. 문제를 정의하고, 전담 창구를 두고, 실패를 기록하는 "
    "세 가지 습관은 규모와 업종에 관계없이 어느 기업이든 시작할 수 있는 "
    "일이다.")
end_marker(f)
resume_deferred(f, bf)
ARTS.append([U, "article", title3, "", "기술경영", "서지훈",
             "성균관대학교 기술경영전문대학원 교수", t3, p3])


# --- #6 (title -> byline -> bio -> body; photo caption; tagline) -----------
U = "#6"
tg = emit(" 해조류로 만드는 ")
emit("플라스틱")
sg = emit("-해양 생분해 소재 개발 이야기")
blank()
titleg = "해조류로 만드는 플라스틱"
bg = emit("글. 윤서아 ")
blank()
emit("㈜블루씨머티리얼즈 연구소장")
blank()
bio = wrap("부경대학교에서 해양바이오공학 박사학위를 취득했다. 한국해양과학기술원 "
           "선임연구원을 거쳐 2021년부터 블루씨머티리얼즈 연구소장으로 재직 "
           "중이며, 해조류 기반 생분해 소재의 상용화를 이끌고 있다.", 34)
for x in bio:
    emit(x)
blank()
LAYOUT.append(("title + subtitle, then byline + role + bio, then body",
               tg, len(L) - 1, U, "title %d-%d, subtitle %d, byline %d" %
               (tg, tg + 1, sg, bg)))
f = Flow(U, "double", 24.5)
pg, _ = f.para(
    "바다에 버려진 플라스틱은 수백 년 동안 분해되지 않고 잘게 부서져 "
    "미세플라스틱이 된다. 최근 널리 쓰이는 생분해 플라스틱도 대부분 퇴비화 "
    "시설처럼 온도와 습도가 높은 환경에서만 분해되기 때문에, 차가운 바닷물 "
    "속에서는 일반 플라스틱과 크게 다르지 않다.")
f.para(
    "당사는 이 문제의 답을 바다에서 찾았다. 미역과 다시마 같은 갈조류에는 "
    "알긴산이라는 천연 고분자가 풍부하다. 알긴산은 바닷물 속 미생물에 의해 "
    "자연스럽게 분해되고, 가공 과정에서 독성 물질도 거의 나오지 않는다.")
pc = emit("©블루씨머티리얼즈")
blank()
pcap = emit("해조류 추출물로 만든 포장 필름 시제품")
blank()
FIGS.append([pcap, "", "해조류 추출물로 만든 포장 필름 시제품", "", U])
tl = emit("R&D 현장은 기업 연구소의 생생한 연구개발 이야기를 소개합니다.")
blank()
LAYOUT.append(("photo credit + unnumbered photo caption, then the series "
               "tagline", pc, tl, U, ""))
f.heading("물에 약한 소재를 강하게")
f.para(
    "문제는 내구성이었다. 알긴산 필름은 물에 닿으면 쉽게 부풀어 올라 "
    "포장재로 쓰기 어려웠다. 연구진은 칼슘 이온으로 고분자 사슬을 단단히 "
    "묶고, 셀룰로오스 나노섬유를 섞어 강도를 높이는 방법을 찾아냈다. 3년에 "
    "걸친 시험 끝에 물속에서도 일주일 이상 형태를 유지하면서, 바다에서는 석 "
    "달 안에 분해되는 필름을 만드는 데 성공했다.")
f.para(
    "양산 단계에서는 또 다른 벽을 만났다. 실험실에서 손으로 만들던 필름을 "
    "연속 공정으로 찍어 내자 두께가 고르지 않고 표면에 기포가 생겼다. 장비 "
    "업체와 함께 건조 온도와 속도를 수백 번 바꿔 가며 조건을 잡은 끝에, "
    "지난해 하루 2톤 규모의 생산 라인을 가동할 수 있었다.", single_run=(1, 4))
f.heading("다음 목표는 어구")
f.para(
    "현재 당사 필름은 식품 포장과 일회용 비닐봉지를 대체하는 용도로 쓰이고 "
    "있다. 다음 목표는 바다에 가장 많이 버려지는 플라스틱인 폐어구다. 그물과 "
    "부표를 해조류 소재로 바꿀 수 있다면 바다를 오염시키는 쓰레기 자체를 "
    "크게 줄일 수 있을 것이다.")
f.para(
    "바다에서 온 소재로 바다를 지키는 일, 그것이 우리 연구소가 가장 잘할 수 "
    "있는 일이라고 믿는다.")
end_marker(f)
ARTS.append([U, "article", titleg, "-해양 생분해 소재 개발 이야기", "R&D 현장",
             "윤서아", "㈜블루씨머티리얼즈 연구소장", tg, pg])

# --- #4 (single-spaced) -----------------------------------------------------
U = "#7"
b4 = byline_before(
    "정하윤", "과학저술가",
    "이화여자대학교에서 과학사 석사학위를 취득했다. 과학전문 출판사 편집자를 "
    "거쳐 현재 과학저술가로 활동 중이다. 저서로 ≪실험실의 우연들≫이 있다.",
    U, lead="", combined=True, bio_width=30)
t4, title4 = title_block(["곰팡이 한 점이 바꾼 세상,", "페니실린 대량생산 이야기"], U)
f = Flow(U, "single", 26)
p4, _ = f.para(
    "1928년 9월, 휴가에서 돌아온 영국의 세균학자 알렉산더 플레밍은 실험실 "
    "구석에 쌓아 둔 배양 접시 하나에서 이상한 점을 발견했다. 푸른곰팡이가 "
    "자란 자리 주변만 포도상구균이 말끔히 사라져 있었던 것이다. 플레밍은 "
    "곰팡이가 만들어 내는 이 물질에 페니실린이라는 이름을 붙이고 이듬해 "
    "논문으로 발표했다. 그는 훗날 이렇게 회고했다. “나는 페니실린을 발명하지 "
    "않았다. 자연이 만들었고, 나는 그것을 우연히 발견했을 뿐이다.”")
f.para(
    "그러나 발견은 곧바로 치료제로 이어지지 않았다. 곰팡이가 만들어 내는 "
    "페니실린의 양은 극히 적었고, 추출한 물질은 금세 효력을 잃었다. "
    "화학자가 아니었던 플레밍은 순수한 페니실린을 분리하는 데 실패했고, 이 "
    "연구는 10년 가까이 학계의 관심 밖에 머물렀다.", spurious=(1,))
f.para(
    "잊혀 가던 페니실린을 다시 불러낸 것은 옥스퍼드대학교의 하워드 플로리와 "
    "에른스트 체인이었다. 두 사람은 1940년 페니실린을 주사한 생쥐가 치명적인 "
    "연쇄상구균 감염에서 살아남는다는 사실을 확인했다. 문제는 양이었다. 환자 "
    "한 명을 치료하는 데 필요한 페니실린을 얻으려면 수천 리터의 곰팡이 "
    "배양액을 처리해야 했기 때문이다.",
    cut=(("ts", 4), tagline_block(
        "과학사 산책은 과학기술의 역사 속에서 혁신이 탄생한 순간을 전합니다.", U)))
f.para(
    "전쟁 중인 영국에서는 대량생산 설비를 갖출 여력이 없었다. 플로리는 1941년 "
    "여름 미국으로 건너가 일리노이주 피오리아에 있는 농무부 북부연구소의 문을 "
    "두드렸다. 이 연구소는 옥수수 가공 부산물을 발효에 활용하는 연구를 하고 "
    "있었고, 연구진은 옥수수 침지액을 배지에 넣으면 페니실린 생산량이 열 배 "
    "이상 늘어난다는 사실을 찾아냈다.", spurious=(2,))
f.para(
    "더 나은 균주를 찾는 작업도 이어졌다. 연구소는 세계 곳곳에서 곰팡이 "
    "시료를 모았는데, 가장 뛰어난 균주는 뜻밖에도 동네 시장에서 나왔다. 한 "
    "연구원이 가져온 곰팡이 핀 멜론에서 분리한 균주가 플레밍의 균주보다 수백 "
    "배 많은 페니실린을 만들어 낸 것이다. 오늘날 쓰이는 산업용 균주 대부분이 "
    "이 멜론 곰팡이의 후손이다.")
f.para(
    "마지막 관문은 배양 방식이었다. 초기에는 우유병 같은 납작한 용기 표면에 "
    "곰팡이를 키웠기 때문에 공간과 인력이 엄청나게 들었다. 제약회사들은 거대한 "
    "탱크 안에 공기를 불어 넣으며 배양액 전체에서 곰팡이를 키우는 심부 "
    "배양법을 개발했다. 1944년 노르망디 상륙작전 무렵 미국은 한 해 2조 단위가 "
    "넘는 페니실린을 생산할 수 있게 되었다.", spurious=(3,))
f.para(
    "페니실린 이야기는 위대한 발견 하나만으로는 세상이 바뀌지 않는다는 사실을 "
    "보여 준다. 우연한 관찰을 치료제로 바꾼 것은 정제 기술과 발효 공학, 그리고 "
    "국가와 기업이 함께 만든 생산 체계였다. 발견과 생산 사이의 간극을 메우는 "
    "일이야말로 오늘날 기술혁신이 풀어야 할 숙제이기도 하다.")
end_marker(f)
ARTS.append([U, "article", title4, "", "과학사 산책", "정하윤", "과학저술가",
             t4, p4])


# --- lecture: tagline, kicker, title, body, speaker + bio, deck -----------
U = "#8"
tl = emit("테크 인사이트는 산업기술 분야 명사의 강연을 요약해 전합니다.")
blank()
kk = emit("제81회 산기협 조찬세미나 ")
blank()
tL, titleL = title_block(["생성형 AI 이후의", "제조업 경쟁력"], U)
f = Flow(U, "double", 24.5)
f.heading("AI는 공장의 어디까지 들어왔나")
pL, _ = f.para(
    "생성형 AI가 등장한 지 3년이 지나면서 제조 현장의 관심은 ‘무엇을 할 수 "
    "있는가’에서 ‘어디에 써야 돈이 되는가’로 옮겨 가고 있다. 초기에는 문서 "
    "작성이나 사내 검색처럼 사무 업무에 쓰이는 경우가 대부분이었지만, 최근에는 "
    "설비 정비 매뉴얼을 대화형으로 안내하거나 공정 이상의 원인을 추정하는 데까지 "
    "활용 범위가 넓어졌다.")
f.para(
    "그러나 공장은 사무실과 다르다. 틀린 답 하나가 설비 고장이나 안전사고로 "
    "이어질 수 있기 때문에, 제조 현장의 AI는 그럴듯한 답보다 검증할 수 있는 "
    "답을 내놓아야 한다. 강연자는 이를 위해 AI가 참고한 설비 데이터와 문서를 "
    "함께 보여 주고, 최종 판단은 사람이 내리도록 하는 설계가 필요하다고 "
    "강조했다.")
f.heading("데이터를 가진 기업이 이긴다")
f.para(
    "범용 AI 모델은 누구나 쓸 수 있다. 차이를 만드는 것은 각 기업이 쌓아 온 "
    "공정 데이터와 현장의 노하우다. 문제는 이 데이터가 설비마다, 부서마다 "
    "제각각의 형식으로 흩어져 있다는 점이다. 강연자는 AI 도입에 앞서 데이터의 "
    "이름과 단위, 저장 방식을 통일하는 작업에 전체 예산의 절반 이상을 써야 "
    "한다고 조언했다.", single_run=(2, 3))
f.para(
    "끝으로 그는 “AI 시대의 제조 경쟁력은 기계가 아니라 기계를 이해하는 "
    "사람에게서 나온다”며, 현장 엔지니어가 데이터를 직접 다룰 수 있도록 교육에 "
    "꾸준히 투자할 것을 당부했다.")
end_marker(f)
sp = emit("연사. 강태원 한국과학기술원 산업및시스템공학과 교수")
blank()
for x in wrap("서울대학교 산업공학과를 졸업한 후 미국 스탠퍼드대학교에서 경영과학 "
              "박사학위를 취득했다. 현대자동차 생산기술연구소를 거쳐 2012년부터 "
              "한국과학기술원 교수로 재직 중이며, 스마트 제조와 산업 인공지능을 "
              "연구하고 있다.", 34):
    emit(x)
blank()
fd = Flow(U, "double", 24.5)
dk, _ = fd.para(
    "제81회 조찬세미나가 2월 12일 엘타워 그레이스홀에서 열렸다. 이번 "
    "세미나에서는 강태원 한국과학기술원 교수가 연사로 나서 생성형 AI가 제조업에 "
    "가져올 변화와 기업의 대응 방안을 제시했다.")
LAYOUT.append(("lecture: tagline, kicker, title, body; speaker `연사.` + bio "
               "after the body; the deck extracted last", tl, len(L) - 1, U,
               "tagline %d, kicker %d, title %d, speaker %d, deck %d" %
               (tl, kk, tL, sp, dk)))
ARTS.append([U, "article", titleL, "", "테크 인사이트", "강태원",
             "한국과학기술원 산업및시스템공학과 교수", tL, pL])

# --- #5 (no byline) -------------------------------------------------------
U = "#9"
vf, vp, vl = vertical([["현", "장", "스", "케", "치"], VOLFRAGS], "9998",
                      ["N", "EW", "S ", " I ", "  현", "장", "스", "케",
                       "치"])
LAYOUT.append(("vertical running label + page pair `9998` + `NEWS I 현장스케치`",
               vf, vl, U, "page pair on line %d" % vp))
t5, title5 = title_block(["2026 산업기술 R&D", "성과교류회 개최"], U)
f = Flow(U, "double", 24.5)
p5, _ = f.para(
    "한국산업기술진흥협회는 지난 2월 26일 서울 양재동 엘타워에서 기업 "
    "연구소장과 정부 관계자 등 300여 명이 참석한 가운데 ‘2026 산업기술 R&D "
    "성과교류회’를 개최했다. 이번 행사는 지난해 정부 R&D 과제를 통해 우수한 "
    "성과를 거둔 기업들이 경험을 공유하고, 올해 달라지는 지원 제도를 함께 "
    "살펴보기 위해 마련되었다.")
f.para(
    "개회사에서 협회 관계자는 “연구개발 투자가 위축되기 쉬운 시기일수록 기업 "
    "간 협력과 정보 교류가 중요하다”며 “현장의 목소리가 정책에 반영될 수 "
    "있도록 협회가 가교 역할을 하겠다”고 말했다.")
f.para(
    "이어진 성과 발표에서는 △차세대 전력반도체 소재 국산화 △AI 기반 설비 "
    "예지보전 플랫폼 △바이오 공정용 일회용 배양백 개발 등 세 건의 우수 사례가 "
    "소개되었다. 발표 기업들은 과제 기획 단계에서 수요 기업을 미리 참여시킨 "
    "것이 사업화 성공의 열쇠였다고 입을 모았다.", single_run=(1, 3))
f.para(
    "오후에는 올해 정부 R&D 제도 변화에 대한 설명회가 열렸다. 참석자들은 "
    "연구비 정산 간소화와 실패 용인 제도의 구체적인 운영 방식에 높은 관심을 "
    "보였으며, 질의응답 시간에는 중소기업의 연구인력 확보 방안에 대한 질문이 "
    "이어졌다.")
f.para(
    "협회는 이날 나온 건의 사항을 정리해 관계 부처에 전달할 계획이며, "
    "하반기에는 지역별 성과교류회를 열어 더 많은 기업이 참여할 수 있도록 할 "
    "예정이다.")
end_marker(f)
blank()
emit("문의: 기술정책팀 장민호 과장(02-3460-9071)")
blank(3)
ARTS.append([U, "article", title5, "", "NEWS I 현장스케치", "", "", t5, p5])

# --- #6 advert --------------------------------------------------------------
U = "#10"
a6 = emit("• 연구소 설립 신고 및 변경 신고 온라인 접수")
blank()
emit("• 연구전담요원 자격 요건 자가진단 서비스")
blank()
emit("• 인정서 발급 현황 실시간 조회")
blank()
emit("연구소 인정 요건이 궁금하다면 지금 바로 자가진단을 받아 보세요!")
blank()
t6 = emit("기업부설연구소 신고, ")
emit("이제 온라인으로 간편하게!")
blank()
ad1 = emit("신청 방법: 협회 홈페이지 > 연구소/전담부서 > 온라인 신고")
ad2 = emit("문의: 연구소인정팀 02-3460-9163")
add_break(ad1, ad2, "para", "two items of an advert, single-spaced")
blank(3)
ARTS.append([U, "advert", "기업부설연구소 신고, 이제 온라인으로 간편하게!", "",
             "", "", "", t6, a6])
LAYOUT.append(("house advertisement (phone 02-3460-NNNN, 문의, 신청, …보세요!)",
               a6, len(L) - 3, U, "body before the headline, as in the sample's ads"))


# ===========================================================================
# Write everything

OUT = os.environ.get("SYNTH_OUT", HERE)


def w(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as fp:
        fp.write(text)


w("issue-synth.txt", "\n".join(L) + "\n")
rows = ["unit\tkind\ttitle\tsubtitle\tseries\tbyline_name\tbyline_role\t"
        "title_line\tfirst_body_line"]
for r in ARTS:
    rows.append("\t".join(str(x) for x in r))
w("articles.tsv", "\n".join(rows) + "\n")
rows = ["line_a\tline_b\tverdict\tnote"]
for a, b, v, n in BREAKS:
    rows.append("%d\t%d\t%s\t%s" % (a, b, v, n))
w("breaks.tsv", "\n".join(rows) + "\n")
rows = ["line\tlabel\tcaption_title\tresume_line\tunit"]
for r in FIGS:
    rows.append("\t".join(str(x) for x in r))
w("figures.tsv", "\n".join(rows) + "\n")
rows = ["line\tlabel\ttext\tref_context\tglued_form\tunit"]
for r in NOTES:
    rows.append("\t".join(str(x) for x in r))
w("notes.tsv", "\n".join(rows) + "\n")
rows = ["line\ttext\tunit"]
prose = " ".join(L[ln - 1].strip() for ln, _ in PROSE)
for ln, t, u in DEBRIS:
    t = " ".join(t.split())
    if len(t) >= 8 and t not in prose:
        rows.append("%d\t%s\t%s" % (ln, t, u))
w("debris.tsv", "\n".join(rows) + "\n")
rows = ["line\tunit"]
for ln, u in PROSE:
    if ln not in REF_LINES:
        rows.append("%d\t%s" % (ln, u))
w("lines.tsv", "\n".join(rows) + "\n")
rows = ["line\ttable\tkind\tcells\tunit"]
for r in TROWS:
    rows.append("\t".join(str(x) for x in r))
w("tables.tsv", "\n".join(rows) + "\n")
rows = ["line\ttext\tlevel\tunit"]
for r in HEADS:
    rows.append("\t".join(str(x) for x in r))
w("headings.tsv", "\n".join(rows) + "\n")
rows = ["what\tfirst\tlast\tunit\tnote"]
for r in LAYOUT:
    rows.append("\t".join(str(x) for x in r))
w("layout.tsv", "\n".join(rows) + "\n")
def where(pred):
    return ", ".join("%d" % r[1] if r[1] == r[2] else "%d-%d" % (r[1], r[2])
                     for r in LAYOUT if pred(r[0]))


numbered = ", ".join("%d/%d" % (h[0], h[0] + 1) for h in HEADS
                     if re.match(r"\d\)", h[1]))
twoline = ", ".join("%d-%d" % (h[0], h[0] + 2) for h in HEADS
                    if L[h[0] - 1].endswith(" ") and
                    not re.match(r"\d\)", h[1]))
unnum = ", ".join("%d" % h[0] for h in HEADS if not re.match(r"\d\)", h[1]))
hyph = ", ".join("%d/%d" % (b[0], b[1]) for b in BREAKS if b[2] == "hyphen")
ts_end = ", ".join("%d" % b[0] for b in BREAKS if b[2] == "para" and
                   L[b[0] - 1].endswith(" "))
other_end = ", ".join("%d" % (i + 1) for i, x in enumerate(L)
                      if x.rstrip().endswith(("?", ".”")))
num_split = ", ".join("%d/%d" % (b[0], b[1]) for b in BREAKS
                      if b[2] == "none" and
                      re.search(r"[0-9]$", L[b[0] - 1].rstrip()) or
                      b[2] == "none" and re.match(r"[0-9]", L[b[1] - 1]))
lead = ", ".join("%d" % (i + 1) for i, x in enumerate(L)
                 if x.startswith(" ") and x.strip())
fffd = ", ".join("%d" % (i + 1) for i, x in enumerate(L) if "\ufffd" in x)
counts = {}
for b in BREAKS:
    counts[b[2]] = counts.get(b[2], 0) + 1
ntext = sum(1 for x in L if x.strip())
with open(os.path.join(HERE, "README.in"), encoding="utf-8") as fp:
    tpl = fp.read()
w("README.md", tpl.format(
    nlines=len(L), ntext=ntext, nblank=len(L) - ntext, vol=VOL, issue=ISSUE,
    nbreaks=len(BREAKS), nnone=counts.get("none", 0),
    nspace=counts.get("space", 0), npara=counts.get("para", 0),
    nhyphen=counts.get("hyphen", 0), nfigs=len(FIGS), nheads=len(HEADS),
    bylines=where(lambda w: w.startswith("byline + role + bio before")),
    bymid=where(lambda w: w.startswith("byline + role + bio mid")),
    ends=where(lambda w: w.startswith("article end marker")),
    falseend=where(lambda w: w.startswith("false end")),
    runs=where(lambda w: w.startswith("single-spaced run")),
    spur=where(lambda w: w.startswith("spurious blank")),
    vert=where(lambda w: w.startswith("vertical")),
    figs=where(lambda w: w.startswith("figure")),
    tag=where(lambda w: "tagline" in w),
    lists=where(lambda w: "list" in w),
    table=where(lambda w: w.startswith("table")),
    notes=where(lambda w: "footnote" in w),
    ad=where(lambda w: w.startswith("house advertisement")),
    lecture=where(lambda w: w.startswith("lecture")),
    ttb=where(lambda w: w.startswith("title + subtitle")),
    photo=where(lambda w: w.startswith("photo credit")),
    swap=where(lambda w: w.startswith("column swap")),
    numbered=numbered, twoline=twoline, unnum=unnum, hyph=hyph,
    ts_end=ts_end, other_end=other_end, num_split=num_split, lead=lead,
    fffd=fffd,
    layout="\n".join("| %s | %s | %s | %s |" % (
        r[0], r[1] if r[1] == r[2] else "%d-%d" % (r[1], r[2]), r[3], r[4])
        for r in LAYOUT)))
print("%d lines, %d breaks, %d figures, %d headings, %d units" %
      (len(L), len(BREAKS), len(FIGS), len(HEADS), len(ARTS)))
