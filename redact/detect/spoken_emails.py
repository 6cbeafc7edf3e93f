"""Emails said aloud, as speech-to-text and chat users write them: "tom dot reyes at outlook
dot com", "ivan тчк petrov знак собаки mail точка ru", "lena *dot* vogt -at- web *dot* de",
letters spelled one by one ("t-o-m", "c..a..l", "s – y – l").

A separator is any of its words (rules/spoken.yaml: at, dot, underscore, dash; a Russian
noun in any case; after a word for a sign or not), bare or in any decoration a writer puts
around it (brackets of any kind, quotes, asterisks, underscores, tildes, bars, spaced
dashes), or its symbol bracketed or spaced ("[.]", " @ "); a local part may end in digits
said as words ("anna eighty-five"), a provider be said in Russian ("собака яндекс точка
ру"). What keeps prose out is what
the result must be: an email with a TLD (only a common one after a dot that is a common
word), its separators decorated on both sides or on neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import regex
from number_parser import parse as parse_numbers
from number_parser.data import en as _NP_EN
from number_parser.data import ru as _NP_RU

from redact.detect.spoken_dates import NUMBER_KEYS, alternation
from redact.detect.validators import email_public

__all__ = ["SpokenEmails"]

_EMAIL = regex.compile(r"[a-z0-9](?:[a-z0-9._%+-]{0,63})@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-zрф]{2,6}")
# between letters spelled one by one: "t-o-m", "s — o — r", "s–o–r", "c. a. m", "t.o.m",
# "c..a..l", "c…a…l", "c · a · l", "t/o/m", "t, o, m", "t , o , m", "t o m"
_LETTER_SEP = r"(?:\s{0,2}(?:[-‐‑–—…·•/]|\.{1,3})\s{0,2}|\s?,\s?|\s)"
_SPELLED = regex.compile(rf"(?<![\w'’-])[A-Za-z](?:{_LETTER_SEP}[A-Za-z]){{2,}}(?![\w-])")
_DASHED = regex.compile(r"[A-Za-z](?:\s{0,2}[-‐‑–—…·•]\s{0,2}[A-Za-z])+")  # a mark between the letters
# what a writer puts around a said separator, against spam or to set it off: brackets of
# any kind, quotes, asterisks, underscores, tildes, bars ("(at)", "[dot]", "'at'", "*dot*",
# "_at_", "~dot~", "«собака»"), one to three of them on a side; dashes too, with a space
# outside ("-at-", "– dot –": "mother-in-law", "state-at-large" are words)
_OPENING = "([{<\"'`‘’“”«»*_~|"
_CLOSING = ")]}>\"'`‘’“”«»*_~|"
_DASHES = "-–—"
_DECOR = regex.compile(rf"[{regex.escape(_OPENING + _CLOSING + _DASHES)}]")
_SEPARATOR_CHARS = {"at": "@", "dot": ".", "underscore": "_", "dash": "-"}
_AT_DOMAIN = regex.compile(r" at [a-z0-9-]+\.[a-z]")  # "tom at gmail.com"


@dataclass
class SpokenEmails:
    """The spoken email grammar of both languages, compiled once per engine."""

    email: regex.Pattern
    said: regex.Pattern  # a spoken separator of an email, its kind the group's name
    spelling: regex.Pattern
    tlds: frozenset[str]
    tld_words: dict[str, str]  # a TLD said in another script: "ру" -> "ru"
    domain_words: dict[str, str]  # a mail domain said in another script: "яндекс" -> "yandex"
    needs: re.Pattern  # a spoken email says one of these
    numbers: regex.Pattern  # digits of a local part said as words: "anna eighty-five"
    zero: frozenset[str]
    repeat: dict[str, int]
    weak_dots: frozenset[str]  # words said for a dot that are common words too
    common_tlds: frozenset[str]  # the only TLDs said after a weak dot

    @classmethod
    def build(cls, spoken: dict[str, Any]) -> "SpokenEmails":
        def both(key: str) -> list[str]:
            value = spoken.get(key) or {}
            return [str(w).lower() for ws in value.values() for w in ws] \
                if isinstance(value, dict) else [str(w).lower() for w in value]

        def table(key: str) -> dict[str, str]:
            return {str(k).lower(): str(v) for k, v in (spoken.get(key) or {}).items()}

        signs = alternation(both("sign"))
        opening, closing, dashes = map(regex.escape, (_OPENING, _CLOSING, _DASHES))
        # decorated first: the words said are found by the same pattern, taking the first
        # alternative that fits; a pause may follow a bare word ("точка… ", "dot, ")
        before = rf"(?:\s*[{opening}]{{1,3}}\s*|\s+[{dashes}]{{1,2}}\s*|,?\s+)"
        after = rf"(?:\s*[{closing}]{{1,3}}\s*|\s*[{dashes}]{{1,2}}\s+|(?:,|…|\.{{2,3}})?\s+)"

        def sep(key: str) -> str:
            """A separator said: its word bare or in any decoration, after a word for a
            sign or not ("at", "(at)", "*dot*", "'at'", " -at- ", "знак эт"), or its symbol
            decorated or spaced ("[.]", "(@)", " . ", " @ ")."""
            word = rf"(?:(?:{signs})\s+)?(?:{alternation(both(key))})"
            forms = [before + word + after]
            # the symbol spaced out on both sides: "x. y" ends a sentence, "not @acme" is a
            # mention
            symbol = {"at": "@", "dot": r"\."}.get(key)
            if symbol:
                forms += [rf"\s*[{opening}]{{1,3}}\s*{symbol}\s*[{closing}]{{1,3}}\s*",
                          rf"\s+{symbol}\s+"]
            return "(?:" + "|".join(forms) + ")"

        # a label, or letters spelled one by one ("t-o-m", "s — o — r", "c. a. m", "t o m")
        label = rf"(?:[a-z](?:{_LETTER_SEP}[a-z]){{2,}}(?![a-z])|[a-z0-9]+(?:-[a-z0-9]+)*)"
        # a local part's label may end in digits said as words ("anna eighty-five", "tom
        # double seven", "ivan восемьдесят пять"): number words below a hundred, a zero, a
        # repeat; not a lone letter ("o" is a spelled letter there)
        zero = frozenset(both("zero"))
        repeat = {str(w): int(n) for table in (spoken.get("repeat") or {}).values()
                  for w, n in table.items()}
        words = {w for data in (_NP_EN, _NP_RU) for k in NUMBER_KEYS
                 for w, n in data.info[k].items() if n < 100} | zero | set(repeat)
        word = rf"(?:{alternation(w for w in words if len(w) > 1)})(?![\w])"
        numbers = regex.compile(rf"(?i)(?<=[a-z0-9])(?:[\s-]+{word})+")
        local = rf"{label}(?:[\s-]+{word})*"
        dot, at = rf"(?:{sep('dot')}|\.)", rf"(?:{sep('at')}|@)"  # "tom@gmail dot com"
        inner = rf"(?:{dot}|{sep('underscore')}|_|{sep('dash')})"
        tld_words, domain_words = table("tld_words"), table("domain_words")
        domain = rf"(?:{alternation(domain_words)}|{label})"
        last = rf"(?:{alternation(tld_words)}|{label})"
        email = regex.compile(
            rf"(?i)(?<![\w.@'’-]){local}(?:{inner}{local}){{0,3}}{at}{domain}(?:{dot}{label}){{0,2}}"
            rf"{dot}{last}(?![\w@/:-])")
        said = regex.compile("(?i)" + "|".join(f"(?P<{k}>{sep(k)})" for k in _SEPARATOR_CHARS))
        spelling = regex.compile(r"(?i)(?:" + alternation(both("spelling")) + r")\W{0,3}$")
        # a word for a dot or an at but the bare "at", any decorated "at", a spaced "@"
        decor = regex.escape(_OPENING + _CLOSING + _DASHES)
        needs = re.compile("|".join([alternation(w for w in both("dot") + both("at") if w != "at"),
                                     rf"[{decor}]\s?(?:at|@|\.)\s?[{decor}]", " @ "]))
        return cls(email, said, spelling, frozenset(map(str, spoken.get("tlds") or [])),
                   tld_words, domain_words, needs, numbers, zero, repeat,
                   frozenset(both("weak_dot")), frozenset(map(str, spoken.get("common_tlds") or [])))

    def wanted(self, low: str) -> bool:
        """Whether a lowercased text may hold a spoken email: one search for most texts."""
        return bool(self.needs.search(low) or " at " in low and (
            " . " in low or _AT_DOMAIN.search(low)))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Emails with a word said for a separator or spelled letters; a written one is the
        email recognizer's. Matches overlap: in "reach me at ann dot lee at gmail dot com",
        "me at ann dot lee" (its TLD "lee") stands before the address."""
        found: list[tuple[int, int]] = []
        for m in self.email.finditer(text, overlapped=True):
            if found and m.start() < found[-1][1]:
                continue
            address = self._address(m.group())
            if address and address != m.group().lower() and _EMAIL.fullmatch(address) \
                    and email_public(address):
                found.append((m.start(), m.end()))
        return found

    def spelled(self, text: str, emails: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Letters spelled after "that's" or "по буквам", outside the ``emails`` said: the
        email's they follow (EMAIL_ADDRESS, when there is one), or a name's or a handle's
        (SPELLED_OUT); apart by spaces or dots and spaces only after an email ("it's a b a"
        is prose), by dashes anywhere ("t-o-m", "t — o — m")."""
        found = []
        for m in _SPELLED.finditer(text):
            marked = not regex.search(r"\s", m.group()) or _DASHED.fullmatch(m.group())
            if (emails or marked) and self.spelling.search(
                    text, max(0, m.start() - 20), m.start()) and not any(
                    s <= m.start() < e for s, e in emails):
                found.append((m.start(), m.end(), "EMAIL_ADDRESS" if emails else "SPELLED_OUT"))
        return found

    def _address(self, spoken: str) -> str | None:
        """The written address of a spoken one, or None when its last label is no TLD or
        a separator is decorated on one side only: "was at 'home' dot com" puts the quotes
        around a word, "tom 'at' home" around the separator."""
        low = _SPELLED.sub(lambda m: regex.sub(r"[^a-z]", "", m.group()), spoken.lower())
        said: list[str] = []
        lopsided: list[bool] = []

        def written(m: regex.Match) -> str:
            bare = m.group().strip(" ,.…\t\n")  # a pause after the word: "точка… ", "dot, "
            said.append(_DECOR.sub("", bare).strip(" ,"))
            lopsided.append(bool(_DECOR.match(bare)) != bool(_DECOR.match(bare[-1:])))
            return _SEPARATOR_CHARS[m.lastgroup]

        address = self.said.sub(written, low)
        if any(lopsided):
            return None
        # "point", "period" and "full stop" are said for a dot, and "at this point in" is
        # prose; commas are said between letters and after a dot ("точка, ru"), and close
        # prose clauses; a full stop spaced out is a dot and a transcript's sentence end,
        # before a TLD in lowercase only ("we met at noon . Net result")
        spaced = " . " in low
        if spaced and not spoken.split()[-1].islower():
            return None
        weak = any(w in self.weak_dots for w in said) or "," in spoken or spaced
        local, at, domain = address.partition("@")
        local = self.numbers.sub(self._digits, local)
        head, _, tld = ".".join(self.domain_words.get(p, p) for p in domain.split(".")
                                ).rpartition(".")
        tld = self.tld_words.get(tld, tld)
        address = f"{local}{at}{head}.{tld}"
        return address if tld in (self.common_tlds if weak else self.tlds) else None

    def _digits(self, m: regex.Match) -> str:
        """Number words as the digits they say: "eighty-five" 85, "seven seven" 77, "double
        oh" 00, "восемьдесят пять" 85."""
        words: list[str] = []
        times = 1
        for w in regex.split(r"[\s-]+", m.group().lower().strip(" -")):
            if w in self.repeat:
                times = self.repeat[w]
                continue
            words += ["0" if w in self.zero else w] * times
            times = 1
        lang = "ru" if regex.search(r"[а-яё]", m.group().lower()) else "en"
        return "".join(regex.findall(r"\d", parse_numbers(" ".join(words), lang)))
