"""The held-out issues (tests/corpus/heldout/): made by the same generator
as issue-a..e but differently enough that a converter tuned on those shows
it here.  Nothing of the converter is ever tuned on these.

What differs, each a real difference:
  * the layout engine: Debian's Chromium (headless, print to PDF) instead
    of WeasyPrint, so other line-breaking and justification rules;
  * the body font (Noto Serif CJK KR, NanumGothic, Noto Sans CJK KR) and
    the column widths;
  * the prose: the Korean manual pages of Debian's base packages, and only
    those documentation pages that issue-a..e do not use;
  * every word list (names, with two-syllable surnames too, affiliations,
    series and their taglines, captions, chart labels, sources, adverts,
    notes) and the seeds;
  * the damage mix: unit order and counts, byline styles, spacing, swaps,
    figures with no anchor, first columns before their bylines, leading
    spaces after a jump, running labels -- all within the conventions of
    the sample (/work/shared/FIELD-GUIDE.md).
"""

WORDS = dict(
    surnames=["김", "이", "박", "정", "윤", "한", "서", "문", "변", "설", "봉", "남궁", "황보", "제갈", "선우", "독고", "피", "감",
              "명", "라", "육", "범", "지"],
    given="규린빈솔아율찬혁환효휘건겸결담란람별새온채래겨랑누",
    org1=["새봄", "하늘", "늘품", "도담", "마루", "별빛", "아라", "온새", "한울",
          "나래", "보람", "우리", "여울", "너울"],
    org2=["산업", "제약", "소재", "반도체", "디스플레이", "엔지니어링", "중공업",
          "오토메이션", "랩스", "헬스케어", "케미칼"],
    dept=["연구개발본부", "선행기술연구소", "스마트공장추진단", "공정혁신센터",
          "인공지능연구센터", "신사업개발실", "환경안전연구소", "분석센터"],
    pos=["본부장", "연구위원", "선임연구원", "그룹장", "부사장", "수석", "파트장",
         "센터장"],
    univ=["한별대학교", "늘빛대학교", "아람과학기술원", "다온대학교",
          "동녘공과대학교"],
    field=["신소재공학", "제어계측공학", "환경공학", "데이터과학", "기술경영학",
           "조선해양공학", "물리학", "고분자공학"],
    # taglines in the sample's forms (FIELD-GUIDE 2.11), with the endings
    # and the `에서는` that issue-a..e do not use
    series=[("현장 리포트",
             "현장 리포트는 생산 현장의 변화와 남은 과제를 짚어 보는 기획 연재입니다."),
            ("연구소 사람들", "연구소 사람들은 연구원들의 일과 보람을 생생하게 전합니다."),
            ("표준과 인증",
             "표준과 인증은 제품 인증 제도의 쟁점과 대응 방안을 제공하고 있습니다."),
            ("기술사 돋보기", "기술사 돋보기는 오래된 발명에 얽힌 뒷이야기를 소개합니다."),
            ("글로벌 동향",
             "글로벌 동향에서는 해외 산업기술 정책의 흐름과 시사점을 제시합니다."),
            ("창업 일기", "창업 일기는 기술 창업가가 겪은 시행착오를 나누는 코너입니다.")],
    lecture=("명사 특강", "명사 특강은 초청 강연의 핵심을 간추려 요약해 전합니다."),
    news="행사탐방",
    chart=["생산량", "가동률", "부가가치", "고용", "기술료", "수입", "점유율",
           "연구인력", "원가", "순이익", "기술이전", "협력사", "신제품"],
    bold=["SMART", "Factory", "Quality", "Material", "Sensor", "Cloud",
          "Robot", "Energy"],
    adverts=["기술사업화 세미나", "신기술 인증 설명회", "연구원 역량 강화 과정",
             "산학협력 매칭데이", "연구실 안전 교육"],
    periods=["월별", "지역별", "업종별"],
    sources=["산업통상자원부", "과학기술정책연구원", "중소벤처기업부",
             "한국무역협회"],
    views=["공장", "클린룸", "연구동", "시제품", "전시장"],
    seminar="기술경영인 오찬포럼",
    advert_head="%s 참가자를 모집합니다!",
    notes=["이 글의 통계는 공개된 연차보고서를 인용했다.",
           "기업명은 당사자의 요청으로 밝히지 않았다.",
           "조사 기간은 지난해 1월부터 12월까지다.",
           "금액은 모두 당해 연도 기준이다."])

ISSUES = [
    # Chromium, serif, mid-width columns, half the articles single-spaced,
    # two untitled series units, many one-line bylines
    dict(name="issue-h1", seed=90211, vol="512", num="2", width=20.0,
         single=0.5, swaps=1.0, engine="chromium",
         font='"Noto Serif CJK KR"', words=WORDS,
         mix=dict(styles=("geul", "oneline", "oneline", "nogeul", "noname"),
                  kinds=(["letter"] + ["special"] * 6 + ["series"] * 3 +
                         ["mid"] + ["series"] * 3 + ["lecture", "news"] +
                         ["advert", "advert"]))),
    # Chromium, sans, wide columns, nearly all double-spaced, more runs and
    # spurious blanks, first columns before their bylines, bare charts
    dict(name="issue-h2", seed=31337, vol="513", num="3+4", width=24.5,
         single=0.1, swaps=0.4, engine="chromium", font='"NanumGothic"',
         words=WORDS,
         mix=dict(early=0.5, anchorless=0.35, lead=0.3, run=0.08,
                  spurious=0.08, styles=("geul", "geul", "nogeul", "noname"),
                  kinds=(["letter"] + ["special"] * 7 + ["series"] * 4 +
                         ["mid", "lecture", "mid", "news"] +
                         ["advert", "advert"]))),
    # Chromium, sans, narrow columns, mostly single-spaced, many swaps,
    # footnotes and running labels more often
    dict(name="issue-h3", seed=27183, vol="514", num="5", width=18.5,
         single=0.7, swaps=1.5, engine="chromium",
         font='"Noto Sans CJK KR"', words=WORDS,
         mix=dict(nonotes=0.3, folio=55, lead=0.8,
                  styles=("geul", "geul", "oneline", "noname", "noname"),
                  kinds=(["letter"] + ["special"] * 4 + ["series"] * 2 +
                         ["mid", "series", "series", "mid"] +
                         ["special", "lecture", "news"] +
                         ["advert", "advert"]))),
]
