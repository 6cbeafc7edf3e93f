"""Addresses written in Han script and in Hangul, largest unit first, as China, Taiwan, Hong Kong and Japan
write them with no space: a postcode's digits, then places each closed by its unit's
character (province 省, city 市, county 縣/县, district 區/区, township 鄉/鎮, village 村/里,
prefecture 都/道/府/県, town 町), a road or street (路, 街, 大道, 通), and numbers each closed
by theirs (section 段, lane 巷, alley 弄, number 號/号, floor 樓/楼/F, room 室; Japan's 丁目,
番地, 番, 号). "104臺北市中山區南京東路168巷13弄12號6樓", "北京市朝阳区建国路88号",
"〒100-0005 東京都千代田区丸の内1丁目2番3号". An address is a run of such units with a
house's number (號, 号, 番地 or 番 after digits) and a place or a road before it: what a
sentence in these scripts writes with the same characters ("三號選手", "第5號") has no
place's unit before the number. Korea's, in Hangul, puts a space between its units and
closes with its road and the building's number."""

from __future__ import annotations


from redact.detect import codecache

__all__ = ["han_spans"]

# what every address holds: a house's number unit (a text without one costs no search)
_NUMBER_UNITS = ("號", "号", "番")
_NAME = r"[\p{Han}\p{Hiragana}\p{Katakana}ー々]"
_PLACE_UNIT = r"(?:省|市|縣|县|區|区|鄉|乡|鎮|镇|村|里|都|道|府|県|町|郡|路|街|大道|通|胡同)"
_DIGITS = r"[0-9０-９一二三四五六七八九十百〇]"
_NUMBER_UNIT = r"(?:段|巷|弄|衖|號|号|樓|楼|層|层|室|F|丁目|番地|番|之[0-9０-９]+|-[0-9]+)"
# a place or a road: a name of one to eight characters closed by its unit's (the shortest,
# so each unit is one step: "臺北市" then "中山區")
_PLACE = rf"{_NAME}{{1,8}}?{_PLACE_UNIT}"
_NUMBER = rf"{_DIGITS}{{1,5}}{_NUMBER_UNIT}"
# (a neighbourhood's name before its numbers, with no unit of its own: "丸の内1丁目")
_ADDRESS = codecache.compile(
    rf"(?<![0-9０-９])(?:〒[ \t]?)?(?:[0-9]{{3,6}}(?:-[0-9]{{2,4}})?[ \t]?)?"
    rf"(?P<body>(?:{_PLACE})+(?:{_NAME}{{1,8}}?(?={_NUMBER}))?(?:{_NUMBER}|{_PLACE})*)")
_HOUSE = codecache.compile(rf"{_DIGITS}(?:號|号|番地|番)")
# a sentence's words the first place's name would take in ("我住在台北市", "寄到上海市", "に東京都"):
# the characters of pronouns, of being, living and sending somewhere, and the particles
_PROSE = codecache.compile(r"[我你他她們们住在到至往去寄送於于是的請请家搬址所：:はにへでの]+")


# Korea's road-name address in Hangul, a space between its units: province or city (특별시,
# 광역시, 도, 시), county or district (군, 구), town or neighbourhood (읍, 면, 동, 리), the road
# (대로, 로, 길) and the building's number, then its floor or unit ("서울특별시 강남구 테헤란로
# 152, 12층", "부산광역시 해운대구 센텀중앙로 79 101동 1203호")
_HANGUL = codecache.compile(
    r"(?:[가-힣]{1,10}?(?:특별자치시|특별자치도|특별시|광역시|시|도|군|구|읍|면|동|리)[ \t]+){1,4}"
    r"[가-힣0-9]{1,12}?(?:대로|로|길)(?:[ \t]*[0-9]{1,4}번?길)?[ \t]+[0-9]{1,5}(?:-[0-9]{1,4})?(?![0-9])"
    r"(?:(?:,[ \t]*|[ \t]+)[0-9]{1,4}(?:층|호|동)(?![가-힣]))*")
_HANGUL_ROAD = codecache.compile(r"[로길][ \t]*[0-9]")


def han_spans(text: str) -> list[tuple[int, int]]:
    """The Han-script and Hangul addresses of ``text`` as (start, end): runs of places and
    numbers by their units that hold a house's number after a place."""
    spans = [m.span() for m in _HANGUL.finditer(text)] if _HANGUL_ROAD.search(text) else []
    if not any(unit in text for unit in _NUMBER_UNITS):
        return spans
    for m in _ADDRESS.finditer(text):
        if _HOUSE.search(m.group("body")):
            start = m.start()
            if m.start("body") == start and (prose := _PROSE.match(text, start)) is not None:
                start = prose.end()
            spans.append((start, m.end()))
    return spans
