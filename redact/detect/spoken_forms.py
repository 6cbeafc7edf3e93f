"""How a word said for a separator of an email is written (redact.detect.spoken_emails):
drawn out ("dott"), stretched ("dot-o", "d-o-t"), in decorations ("(at)", "*dot*"), and
letters spelled one by one ("t-o-m", "b, then r, then i"); and the digits a local part
says in number words ("anna eighty-five"). Regex pieces, built once per engine."""

from __future__ import annotations

import pkgutil
import unicodedata

import regex
from number_parser import parse as parse_numbers

from redact.detect import codecache

__all__ = ["CLOSING", "DASHES", "DECOR", "OPENING", "balanced", "folded", "in_cyrillic", "letter_sep",
           "letters_of", "public_suffixes", "said_digits", "said_forms", "spelled", "stretches", "undrawn"]

# between letters spelled one by one, the same all along a run: "t-o-m", "s--h--a", "s — o",
# "j _ o _ n", "c. a. m", "t.o.m", "c..a..l", "c…a…l", "c · a · l", "t/o/m", "t, o, m", "t; o; m",
# "t o m"
_MARKS = r"[-‐‑–—…·•/_|~*]{1,3}|\.{1,3}|[,;]"
# the commonest Cyrillic reading of Latin letters, the letters with diacritics of their own
# first ("č" "ч"), then their base letter ("á" "а")
_DIGRAPHS = (("sch", "ш"), ("cz", "ч"), ("sz", "ш"), ("rz", "ж"), ("ch", "ч"), ("sh", "ш"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"),
             ("tz", "ц"), ("ck", "к"), ("ph", "ф"), ("th", "т"), ("ya", "я"), ("yu", "ю"))
_CYRILLIC = dict(zip("abdefghijklmnopqrstuvwyzčšžłøåäöüæ", "абдефгхийклмнопкрстуввизчшжлёоэёюэ"),
                 x="кс")
_SPELLING_MARKS = "[-.–—_·]"  # between the letters of a separator spelled: "d-o-t", "d.o.t"
# what a writer puts around a said separator, against spam or to set it off: brackets of
# any kind, quotes, asterisks, underscores, tildes, bars ("(at)", "[dot]", "'at'", "*dot*",
# "_at_", "~dot~", "«собака»"), one to three of them on a side; dashes too, spaced outside
# or glued to the address on one side only ("-at-", "dot-com", "точка-de": "mother-in-law",
# "state-at-large" are words)
OPENING = "([{<\"'`‘’“”«»*_~|（［｛〈《「『【〔"
CLOSING = ")]}>\"'`‘’“”«»*_~|）］｝〉》」』】〕"
DASHES = "-–—"
DECOR = codecache.compile(rf"[{regex.escape(OPENING + CLOSING)}]")
_PAIRS = ("()", "[]", "{}", "<>", "«»", "“”", "‘’", "（）", "［］", "｛｝", "〈〉", "《》", "「」",
           "『』", "【】", "〔〕")


def letter_sep() -> str:
    """What stands between letters spelled one by one, the same all along a run (the group
    ``ls``): a mark, spaced or not ("t-o-m", "c. a. m", "t o m"), or a word or a phrase of up
    to four said between them, a mark before or after it or none, whatever it is, since it
    is said again between every two letters ("b, then r, then i", "c ... next h ... next r",
    "h, and then e, and then n", "w, потом e, потом n", "s… и u… и s"), a colon after it
    ("a, we write: n, we write: a"), a contraction or a comma in it ("d, I'll spell it slowly,
    a", "j, так, по буквам, o"), in brackets as a transcript marks what is no speech ("k ...
    [line crackles] ... i")."""
    mark = rf"\s{{0,2}}(?:{_MARKS})\s{{0,2}}"
    # a lone letter links only in Cyrillic ("и"); a contraction is a word ("that's")
    word = r"(?:[^\W\d_](?:[^\W\d_]|['’]){1,12}|[а-яё])"
    # the pronoun "I" before another word: "I spell", "I repeat", "I'll spell it slowly"
    # a lone letter inside it before a word, said again with it between every two letters:
    # "e, one letter at a time, m"
    phrase = rf"(?:I['’a-z]{{0,3}}\s)?{word}(?:,?\s(?:[a-z]\s)?{word}){{0,5}}"
    linked = (rf"(?:{mark}|\s{{1,2}})[\[(]?{phrase}[\])]?"
              rf"(?:\s{{0,2}}(?:{_MARKS}|:))?\s{{1,2}}")
    return rf"(?P<ls>{linked}|{mark}|\s)"


_HARD_E = str.maketrans("эЭ", "еЕ")


def folded(text: str) -> str:
    """``text`` with "э" read as "е" (the same length): a foreign word in Cyrillic is written
    with either after a consonant ("tečka" is "течка" or "тэчка", "mail" "мейл" or "мэйл"), so
    the email grammar and its words read both as one, no word listed twice."""
    return text.translate(_HARD_E) if "э" in text or "Э" in text else text


def in_cyrillic(table: dict[str, list[str]], weak: set[str]) -> list[str]:
    """The words of a separator's table by language as Russian speech-to-text writes the
    languages it does not know, letter by letter in Cyrillic ("arroba" "арроба", "punto"
    "пунто", "punktum" "пунктум", "kukac" "кукац", "a commerciale" "а коммерциале"): a
    speaker's word from home said inside Russian speech. English and Russian have their own
    forms in the table; a word of two letters or fewer, or a weak one, is too common a
    string to read in another script."""
    out = []
    for lang, words in table.items():
        if lang in ("en", "ru"):
            continue
        for word in map(str.lower, words):
            if word.isascii() or unicodedata.normalize("NFD", word)[0].isascii():
                said = _latin_to_cyrillic(word)
                if said and len(word) > 2 and word not in weak:
                    out.append(said)
    return out


def _latin_to_cyrillic(word: str) -> str:
    """A Latin word in Cyrillic letters, the commonest reading of each letter ("c" is "ц"
    before a front vowel and at a word's end, as Slavic and Hungarian say it, else "к");
    "" when a letter has no reading (another script)."""
    for latin, cyr in _DIGRAPHS:
        word = word.replace(latin, cyr)
    out = []
    for i, ch in enumerate(word):
        if ch == "c":
            out.append("ц" if word[i + 1:i + 2] in ("", "e", "i", "y", " ", "-") else "к")
            continue
        base = _CYRILLIC.get(ch) or _CYRILLIC.get(unicodedata.normalize("NFD", ch)[0])
        if base is None and not ("а" <= ch <= "я" or ch in " -ё"):
            return ""
        out.append(base or ch)
    return "".join(out)


def letters_of(run: regex.Match) -> str:
    """The letters of a spelled run, what stands between them dropped: "b, then r" is "br"."""
    return "".join(run.group().split(run.group("ls")))


def drawn(word: str, stretched: bool = False) -> str:
    """A word as a regex with its last letter drawn out or doubled: "dot" reads "dott",
    "тчк" "тчкк"; a space any run of them. A separator's word ``stretched`` in the ways
    writers stretch it too: a vowel glued on after a hyphen or the doubled letter ("dot-o",
    "dotto", as some accents say it), a short one spelled letter by letter, one mark between
    its letters ("d-o-t", "a-t", "d.o.t", "д-о-т")."""
    body = regex.escape(word).replace(r"\ ", r"\s+")
    if not word[-1:].isalpha():
        return body
    if not stretched or " " in word:
        return body + "+"
    glued = rf"(?:{regex.escape(word[-1])}+[aeiou]?|-[aeiou])?" if word.isascii() else "+"
    short = spelled([word])  # a word too long to spell has none: no empty branch to compile
    return f"{body}{glued}|{short}" if short != "(?!)" else f"{body}{glued}"


def stretches(words: list[str]) -> str:
    """The stretched forms of words alone, not the words as said or drawn out: "dot-o",
    "dotto", "d-o-t"."""
    glued = [rf"{regex.escape(w)}(?:-[aeiou]|{regex.escape(w[-1])}+[aeiou])" for w in sorted(set(words))
             if w.isascii() and w.isalpha()]
    return "|".join(glued + [spelled(words)])


def spelled(words: list[str]) -> str:
    """The short words of ``words`` spelled letter by letter, one mark between their
    letters: "d-o-t", "a.t", "д-о-т"."""
    return "|".join(_SPELLING_MARKS.join(map(regex.escape, w)) for w in sorted(set(words))
                    if w.isalpha() and 2 <= len(w) <= 4) or "(?!)"


def said_forms(words: list[str], stretched: bool = False) -> str:
    """Words as one alternation of their drawn-out (or stretched) forms, longest first."""
    return "|".join(drawn(w, stretched) for w in sorted(set(words), key=lambda w: (-len(w), w))
                    ) or "(?!)"


def balanced(decor: str) -> bool:
    """Whether the brackets and quotes around a said separator close what they open:
    "(at)", "знак «собака»", "'dot'", not "'home" or "at (home"."""
    if any(decor.count(a) != decor.count(b) for a, b in _PAIRS):
        return False
    return all(decor.count(c) % 2 == 0 for c in "\"'`*_~|")


def undrawn(word: str) -> str:
    """A word with no letter twice in a row: "dott" is "dot", "ummm" "um", "эээ" "э" ("see"
    is "se", as its filler is)."""
    return regex.sub(r"(.)\1+", r"\1", word)


def public_suffixes() -> frozenset[str]:
    """The ICANN suffixes of the public suffix list, as tldextract bundles it (offline):
    "com", "de", "co.uk", "com.sg"."""
    text = (pkgutil.get_data("tldextract", ".tld_set_snapshot") or b"").decode("utf-8")
    icann = text.split("===END ICANN DOMAINS===")[0].splitlines()
    return frozenset(w.strip() for w in icann
                     if w.strip() and not w.startswith(("//", "*", "!")) and w.isascii())


def said_digits(said: str, zero: frozenset[str], repeat: dict[str, int]) -> str:
    """Number words as the digits they say: "eighty-five" 85, "seven seven" 77, "double
    oh" 00, "восемьдесят пять" 85 (``zero``: the words for a zero; ``repeat``: "double" 2)."""
    words: list[str] = []
    times = 1
    for w in regex.split(r"[\s-]+", said.lower().strip(" -")):
        if w in repeat:
            times = repeat[w]
            continue
        words += ["0" if w in zero else w] * times
        times = 1
    lang = "ru" if regex.search(r"[а-яё]", said.lower()) else "en"
    return "".join(regex.findall(r"\d", parse_numbers(" ".join(words), lang)))
