"""Emails said aloud, as speech-to-text and chat users write them: "tom dot reyes at outlook
dot com", "ivan тчк petrov знак собаки mail точка ru", "lena *dot* vogt -at- web *dot* de",
"janet dot-moore at the hotmail dot-co.uk", letters spelled one by one ("t-o-m", "c..a..l",
"s--h--a", "j _ o _ n", "b, then r, then i", "c ... next h ... next r", "w, потом e, потом n").

A separator is read by its core, not by one spelling: any form of its word (rules/spoken.yaml:
at, dot, underscore, dash; drawn out, "dott"; stretched, "dot-o", "d-o-t"; in the other script,
"эт", "дот"; in a language the speaker brings along, "krøllalfa", "zavináč", "punktum"; a
Russian noun by its lemma, in any case, "собачку"), a hesitation or a word of dictation beside
it or not ("эт, значит,", "at, like,", inside its brackets: "(dot, yes)"), said again to make
it plain or not ("at, the at sign,", "at, the wee at,", "собака, at,"), a short particle of
the writer's own after it ("dot ah", "at sign lah"), a longer one set off by commas ("dot,
habibi,") or an aside in its brackets ("(the at
one)"), doubled with a hyphen or not ("dot-point", "эт-собака"), a word for a sign beside it or not
("знак собаки", "at-symbol", "at the"), a preposition before it or not ("на собаке", "через
точку"), its symbol beside it or not ("@-собака", "символ @"), bare or in any decoration a
writer puts around it (brackets of any kind, quotes, asterisks, underscores, tildes, bars on
both sides, spaced dashes, a dash glued to the next label, a comma or a full stop after it),
or its symbol bracketed or spaced ("[.]", " @ ", "(a)", "<@>"); a local part may end in digits
said as words ("anna eighty-five"), a provider be said in Russian ("собака яндекс точка ру").
What keeps prose out is what the result must be: an email whose last label is a TLD of the
public suffix list (only a common one after a dot that is a common word, unless a mail
provider stands before it), its brackets and quotes closing what they open, no common word
after "at the" but a provider ("at the office dot com" is a place), no weak dot said again as
another word ("the point, dot com"), a word for an at that is a common word too ("alias")
only before a provider or a domain that is no common word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex
from number_parser.data import en as _NP_EN
from number_parser.data import ru as _NP_RU
from wordfreq import top_n_list, zipf_frequency

from redact.detect import codecache
from redact.detect.spoken_dates import NUMBER_KEYS, Compiler, alternation
from redact.detect.spoken_asides import ASIDE_WORD, described
from redact.detect.spoken_asides import inside as asides_inside
from redact.detect.spoken_asides import inside_before as asides_before
from redact.detect.spoken_asides import said_again as said_before
from redact.detect.spoken_forms import (
    CLOSING, DASHES, DECOR, OPENING, balanced, folded, in_cyrillic, letter_sep, letters_of,
    public_suffixes, said_digits, said_forms, spelled, stretches, undrawn)
from redact.detect.spoken_windows import closes, windows
from redact.detect.validators import email_public

__all__ = ["SpokenEmails"]

_EMAIL = codecache.compile(r"[a-z0-9](?:[a-z0-9._%+-]{0,63})@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-zрф]{2,6}")
_DASHED = codecache.compile(r"[A-Za-z](?:\s{0,2}[-‐‑–—…·•_]{1,3}\s{0,2}[A-Za-z])+")  # a mark between the letters
_SEPARATOR_CHARS = {"at": "@", "dot": ".", "underscore": "_", "dash": "-"}
_COMMON = 4.5  # the Zipf frequency of a word too common to be a domain after "at the"
_PROSE_WORDS = 500  # the most common English words, no particle of a writer's own
_SET_OFF = 16  # the longest word said aside between commas: "тхьауегъэпсэу" (thank you)
# a word said aside between commas, in lowercase: a digit before or between its letters
# as chat alphabets write sounds Latin letters lack ("ya3ni", "3ala"), never after them
_SET_OFF_WORD = (rf"(?-i:(?=[\p{{Ll}}\d]{{2,{_SET_OFF}}}(?![^\W_]))\d?\p{{Ll}}+(?:\d\p{{Ll}}+)*)")
_FURTHER = 40  # the characters after a match where a longer reading of it may end
_NEXT_WORD = codecache.compile(r"[^\W_]+(?![^\W_])")
_INWORD = codecache.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")  # no quote: "that's right"


@cache
def _prose() -> frozenset[str]:
    """The most common English words, each no local part of an address alone."""
    return frozenset(top_n_list("en", _PROSE_WORDS))


@dataclass
class SpokenEmails:
    """The spoken email grammar of both languages, compiled once per engine."""

    # the large patterns are compiled when a text first needs them (few do: a spoken "at"
    # and a dot), not with the engine, whose start every run waits for (half a second)
    email: Callable[[], regex.Pattern]
    # the email grammar with separators stretched and fillers beside them
    wide: Callable[[], regex.Pattern]
    stretched: Callable[[], regex.Pattern]  # what only the wide grammar reads
    said: Callable[[], regex.Pattern]  # a spoken separator of an email, its kind the group's name
    letters: regex.Pattern  # letters spelled one by one
    spelling: regex.Pattern
    tlds: frozenset[str]
    second_level: frozenset[str]  # public suffixes of two labels: "co.uk", "com.sg"
    tld_words: dict[str, str]  # a TLD said in another script: "ру" -> "ru"
    domain_words: dict[str, str]  # a mail domain said in another script: "яндекс" -> "yandex"
    needs: tuple[re.Pattern, re.Pattern]  # a spoken email says one of these: a word, a mark
    dots: regex.Pattern  # a dot, said or written: the grammar runs around them
    ats: regex.Pattern  # an at, said or written: an email has one
    numbers: regex.Pattern  # digits of a local part said as words: "anna eighty-five"
    zero: frozenset[str]
    repeat: dict[str, int]
    weak_dots: frozenset[str]  # words said for a dot that are common words too
    strong: frozenset[str]  # the other words said for a dot or an at
    common_tlds: frozenset[str]  # the only TLDs said after a weak dot, but for a provider's
    providers: frozenset[str]  # mail providers: any TLD after them ("noos (period) fr")
    word_providers: frozenset[str]  # the providers that are common words: "free", "live"
    fillers: frozenset[str]  # the words of what is said beside a separator, undrawn
    weak_ats: frozenset[str]  # words said for an at that are common words too: "alias"
    signs: frozenset[str]  # the words said beside a separator's core: "sign", "mark", "the"
    articles: frozenset[str]  # those of them that are articles: "the", "di", "der"

    @classmethod
    def build(cls, spoken: dict[str, Any], compile: Compiler = regex.compile) -> "SpokenEmails":  # noqa: A002
        """The grammars of ``spoken``'s words; the large ones made by ``compile`` when first used."""
        def both(key: str) -> list[str]:  # an at's and a dot's words read in Cyrillic too
            value = spoken.get(key) or {}
            words = [str(w).lower() for ws in (value.values() if isinstance(value, dict) else [value]) for w in ws]
            cyrillic = in_cyrillic(value, set(both(f"weak_{key}"))) if key in ("at", "dot") else []
            return [folded(w) for w in words + cyrillic]  # "э" read as "е": see folded()

        def table(key: str) -> dict[str, str]:
            return {folded(str(k).lower()): str(v) for k, v in (spoken.get(key) or {}).items()}

        # a said separator reads by its core word, whatever a writer puts around it: a
        # word for a sign before or after it ("знак собака", "at-symbol", "at the"), the
        # symbol beside it ("@-собака", "символ @"), a bracket or quote on both sides of it
        # or none ("(at)", "знак «собака»", "'dot'"), a dash, a comma or a full stop after it
        # ("dot-com", "собака, ", "тчк. "), the word drawn out ("dott"), a preposition before
        # it ("на собаке", "через точку")
        signs = both("sign") + both("articles")
        quals = said_forms(signs)
        preposition = rf"(?:\s+(?:{alternation(both('prepositions'))}))?"
        opening, closing, dashes = map(regex.escape, (OPENING, CLOSING, DASHES))
        join = rf"(?:\s?[-_]\s?|\s{{1,2}})(?:[{opening}]{{1,2}}\s?)?"
        lead = rf"(?:\s*[{opening}]{{1,3}}\s*|\s+[{dashes}]{{1,2}}\s*|,?\s+)"
        trail = rf"(?:\s*[{closing}]{{1,3}}(?:[,.]|…)?\s*|(?:[,.]|…|\.{{2,3}})?\s+)"
        glued = rf"\s*[{dashes}]{{1,2}}\s*"  # "dot-com", " -at- "
        # a hesitation or a word of dictation said before or after a separator, one or two,
        # a comma after each or not: "эт, значит, gmail", "собачку ставишь, mail", "at,
        # like, gmail", "brown, um, at"; a short one drawn out ("ummm", "нууу"), not a phrase
        fillers = [f + f[-1] * n for f in both("separator_fillers") for n in range(4 if len(f) < 5 else 1)]
        suffixes = public_suffixes()
        # a word for a separator is no TLD, but a weak at's ("et" of Estonian, Ethiopia's TLD)
        tlds = frozenset(map(str, spoken.get("tlds") or [])) | {
            w.rpartition(".")[2] for w in suffixes} - (set(both("at") + both("dot")) - set(both("weak_at")))
        # after a separator, or a short lowercase word of the writer's own, a particle the
        # lists cannot hold ("dot ah", "at sign lah", "dot-point leh"): never a TLD, a
        # provider, a separator's word or a common word of prose ("the point of it"), but
        # where commas set it off on both sides, as a word said aside is ("at sign, ya,
        # hotmail": "ya" is a provider's name too), then no TLD or separator's word; nor before a separator, where it is a
        # label of the address ("(dot lah) holt at")
        seps = [w for k in _SEPARATOR_CHARS for w in both(k)]
        closers = cache(lambda: [w for w in {
            *tlds, *both("providers"), *seps, *signs, *top_n_list("en", _PROSE_WORDS)}
            if 2 <= len(w) <= 4])  # a particle's length
        ends = cache(lambda: [w for w in {*tlds, *seps, *signs} if 2 <= len(w) <= _SET_OFF])
        # ("знак", "на", "ну," before it)
        ahead = rf"(?:(?:(?&quals)|{alternation(both('prepositions'))}|(?&filler))[,.…]{{0,3}}[\s-]+){{0,2}}"

        def particle(separator: str) -> str:
            """The particle, ``separator`` the grammar's own group for a separator's word."""
            return (rf"(?&filler)|(?:(?!(?-i:\L<closers>)(?![^\W_]))(?-i:\p{{Ll}}{{2,4}})|"
                    rf"(?<=,\s)(?!(?-i:\L<ends>)(?![^\W_])){_SET_OFF_WORD}(?=,))(?![^\W_])"
                    rf"(?![,.…]{{0,3}}\s*{ahead}[{opening}{dashes}]{{0,3}}\s?(?:(?:{separator})(?![^\W_])|@|\.\s))")

        before = r"(?:[,.…]{0,3}\s+(?&filler)[,.…]{0,3}(?=\s)){0,2}"  # (?&name): see defined()
        after = r"(?:(?&particle)[,.…]{0,3}\s+){0,2}"
        # asides set off beside a separator (redact.detect.spoken_asides)
        aside_word = ASIDE_WORD
        inside_before, inside = asides_before(opening), asides_inside(closing)

        def said_again(w: str = "") -> str:  # ``w``: the grammar's names of the words
            return said_before(dashes, f"(?&at_word{w})|(?&dot_word{w})", alternation(common))

        def again(unit: str) -> str:  # wide only: a description holds no dot, nor an at after a dot
            dot, either = "(?&dot_word_wide)", "(?&dot_word_wide)|(?&at_word_wide)"
            told = described(dot if "at_" in unit else either, either, alternation(common))
            # the separator said again may take a word of the speaker's own before the comma
            # that closes the aside ("dot, the point la,"), never a common TLD: "dot, the dot com,"
            own = rf"(?:\s+(?!(?:{alternation(common)})(?![^\W_])){aside_word}(?=,))?"
            return rf"(?:\s?[,.…{dashes}]{{0,3}}\s+(?:(?&filler)[,.…]{{0,3}}\s+){{0,2}}{unit}{own}|{said_again('_wide')}{unit}{own}|{told})?"

        bracketed = {"at": said_forms(both("at_bracketed"))}
        common = frozenset(both("common_tlds")) | set(table("tld_words"))

        def unit_of(key: str, wide: bool) -> str:
            """A separator's word (or "@") with the words for a sign around it."""
            word = said_forms(both(key), stretched=wide)
            # a dot's or an at's word doubled with a hyphen: "dot-point", "точка-пункт",
            # "эт-собака" (the words called by name, not written out twice)
            w = "wide" if wide else "core"
            dot, at = f"(?&dot_word_{w})", f"(?&at_word_{w})"
            piece = rf"{at}(?:-{at})?(?:{join}@)?|@{join}{at}|@" if key == "at" else \
                rf"{dot}(?:-{dot})?" if key == "dot" else word
            return (rf"(?:(?&quals){join})?(?:{piece})(?:{join}(?&quals)){{0,2}}(?![^\W_])"
                    rf"(?:\.(?=[{closing}]))?")  # a word cut short keeps its dot: "(точ.)", "[dot.]"

        def said_of(key: str, wide: bool) -> str:  # "(?&dot_said_wide)": see defined()
            return f"(?&{key}_said_{'wide' if wide else 'core'})"

        def defined(wide: bool, more: str = "") -> str:
            """What a grammar says many times, compiled once and called by name (inlined,
            each copy of a word list took its own memory: 17 MB for ``said``, not 4 MB)."""
            w = "wide" if wide else "core"
            pieces = "".join(f"(?P<{k}_{w}>{unit_of(k, wide)})(?P<{k}_said_{w}>{said_as(k, wide)})"
                             for k in _SEPARATOR_CHARS)
            pieces += "".join(f"(?P<{k}_word_{w}>{said_forms(both(k), stretched=wide)})" for k in ("at", "dot"))
            if wide:
                words = "|".join(f"(?&{k}_wide)" for k in _SEPARATOR_CHARS)
                pieces += f"(?P<inside_before>{inside_before})(?P<inside>{inside})(?P<particle>{particle(words)})"
            return rf"(?(DEFINE)(?P<filler>\L<fillers>)(?P<quals>{quals}){pieces}{more})"

        def said_as(key: str, wide: bool) -> str:
            """A separator said, its core word or symbol in any of its decorations; ``wide``,
            its word stretched too and fillers said beside it."""
            symbol = {"at": "@", "dot": r"\."}.get(key)
            w = "wide" if wide else "core"
            unit = f"(?&{key}_{w})"
            aside, said = (after, f"(?&inside_before){unit}{again(unit)}(?&inside)") if wide else ("", unit)
            forms = [rf"{preposition}{lead}{said}(?:{glued}|{trail}{aside})",
                     rf"\s+\.{{1,2}}{unit}\.{{1,2}}\s+{aside}",  # dots as decoration: " .dot. "
                     rf"(?<=[^\W_])[{dashes}]{{1,2}}{unit}{trail}{aside}"]  # "janet-dot moore"
            if symbol:  # "[.]", "(@)", " . ", " @ ": "x. y" ends a sentence, "not @acme" is a mention
                forms += [rf"\s*[{opening}]{{1,3}}\s*{symbol}\s*[{closing}]{{1,3}}\s*",
                          rf"\s+{symbol}\s+"]
            if key == "dot":  # glued to a common TLD: "gmail dotcom", "mail точкару"
                forms.append(rf"{lead}(?&dot_word_{w})(?=(?:{alternation(common)})(?![^\W_]))")
            if key in bracketed:  # "(a)"
                forms.append(rf"\s*[(\[{{<]\s?(?:{bracketed[key]})\s?[)\]}}>]\s*")
            return rf"(?:{before if wide else ''}(?:{'|'.join(forms)}))"

        # a label, or letters spelled one by one, one mark between them all along ("t-o-m",
        # "s — o — r", "c. a. m", "t o m", "s--h--a", "j _ o _ n")
        between = letter_sep()
        letters = regex.compile(rf"(?i)(?<![\w'’-])[A-Za-z]{between}[A-Za-z](?:(?P=ls)[A-Za-z])+(?![\w-])")
        label = rf"(?:[a-z]{between}[a-z](?:(?P=ls)[a-z])+(?![a-z])|[a-z0-9]+(?:-[a-z0-9]+)*)"
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
        local = rf"{label}(?:[\s-]+(?&number))*"
        tld_words, domain_words = table("tld_words"), table("domain_words")
        domain = rf"(?:{alternation(domain_words)}|{label})"
        last = rf"(?:{alternation(tld_words)}|{label})"

        def grammar(wide: bool) -> regex.Pattern:
            # a said separator or the sign itself: "tom@gmail dot com"
            dot, at = rf"(?:{said_of('dot', wide)}|\.)", rf"(?:{said_of('at', wide)}|@)"
            inner = rf"(?:{dot}|{said_of('underscore', wide)}|_|{said_of('dash', wide)})"
            return compile(
                rf"(?i)(?<![\w.@'’-]){local}(?:{inner}{local}){{0,3}}{at}{domain}(?:{dot}{label}){{0,2}}"
                rf"{dot}{last}(?![\w@/:-]){defined(wide, f'(?P<number>{word})')}",
                ignore_unused=True, fillers=fillers, closers=closers() if wide else [],
                ends=ends() if wide else [])

        said = cache(lambda: compile("(?i)" + "|".join(
            f"(?P<{k}>{said_of(k, True)})" for k in _SEPARATOR_CHARS) + defined(True), fillers=fillers,
            closers=closers(), ends=ends()))
        # what only the wide grammar reads (it takes longer: a window reads by it only with
        # one of these): a separator's word stretched ("d-o-t", "dot-o"), a filler beside one
        # ("эт, значит", "at, like", "um, at"), an aside in its brackets ("(dot, yes)"), one
        # said again ("at, the at sign")
        core = [w for k in _SEPARATOR_CHARS for w in both(k)]
        sign = "(?&sign)"  # defined once below, as the fillers are
        again_said = "|".join(
            rf"(?&{k}_word)(?:\s?[^\w\s]{{0,3}}\s+(?:(?:(?&filler)|(?&quals))[^\w\s]{{0,3}}\s+){{0,2}}|"
            rf"{said_again()})(?&{k}_word)" for k in ("at", "dot"))
        stretched = cache(lambda: compile(
            rf"(?i)(?<![^\W_])(?:{stretches(core)}|{sign}[^\w\s]{{0,3}}\s+(?&particle)|{again_said}|"
            rf"(?<=[{opening}]\s?)(?:(?&quals)\s+)?{sign}[,.…]{{1,3}}\s*{aside_word}[,.…!]{{0,3}}\s?[{closing}]|"
            rf"(?&filler)[^\w\s]{{0,3}}\s+[^\w\s]{{0,3}}{sign}|(?:(?&at_word)|(?&dot_word)){described()})(?![^\W_])"
            rf"(?(DEFINE)(?P<filler>\L<fillers>)(?P<particle>{particle('(?&sign)')})(?P<quals>{quals})"
            rf"(?P<sign>(?:(?&at_word)|(?&dot_word)|{said_forms(both('underscore') + both('dash'))})(?:[^\w\s]{{0,3}}\s*(?&quals))*)"
            rf"(?P<at_word>{said_forms(both('at'))})(?P<dot_word>{said_forms(both('dot'))}))", fillers=fillers,
            closers=closers(), ends=ends()))
        spelling = regex.compile(r"(?i)(?:" + alternation(both("spelling")) + r")\W{0,3}$")
        # a word for a dot or an at but the bare "at", any decorated "at", a spaced "@", a
        # bracketed one ("(a)")
        decor = regex.escape(OPENING + CLOSING + DASHES)
        # substring searches, the words apart from the marks (re finds them faster so):
        # "dot" finds "dotto" and "dot-o"; "a-t" spelled as a word
        # (a word of two Latin letters, "at", "et", is inside too many others)
        said_words = [w for w in both("dot") + both("at") if not (len(w) <= 2 and w.isascii())]
        needs = (re.compile(rf"{alternation(said_words)}|{spelled(said_words + ['at'])}"),
                 re.compile("|".join([rf"[{decor}]\s?(?:at|@|\.)\s?[{decor}]", r"\s@[\s-]",
                                      rf"[(\[{{<]\s?(?:{bracketed['at']})\s?[)\]}}>]"])))
        # (a "dot" finds "dot-o" too)
        dots = regex.compile(rf"(?i){said_forms(both('dot'))}|{spelled(both('dot'))}|[^\W_]\.[^\W_]|"
                             rf"\s\.\s|[{opening}]\s*\.\s*[{closing}]")
        ats = regex.compile(rf"(?i){said_forms(both('at'))}|{spelled(both('at'))}|@|"
                            rf"[(\[{{<]\s?(?:{bracketed['at']})\s?[)\]}}>]")
        weak = frozenset(undrawn(w) for p in both("weak_dot") for w in regex.split(r"[\s-]+", p))
        return cls(cache(lambda: grammar(False)), cache(lambda: grammar(True)), stretched, said,
                   letters, spelling, tlds, frozenset(w for w in suffixes if w.count(".") == 1),
                   tld_words, domain_words, needs, dots, ats, numbers, zero, repeat, weak,
                   frozenset(undrawn(w) for w in both("at") + both("dot") if " " not in w) - weak,
                   common, frozenset(both("providers")), frozenset(both("word_providers")),
                   frozenset(undrawn(w) for f in both("separator_fillers") for w in f.split()),
                   frozenset(both("weak_at")), frozenset(signs), frozenset(both("articles")))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Emails with a word said for a separator or spelled letters; a written one is the
        email recognizer's. Matches overlap: in "reach me at ann dot lee at gmail dot com",
        "me at ann dot lee" stands before the address, in "write to the landlord at e dot
        page at outlook dot com" "landlord at e dot page" (".page" is a TLD): of two that
        overlap, the one that goes on further is the address, the other's domain its local
        part. The grammar runs only around a dot, said or written, an email closes on:
        prose is full of "at"."""
        found: list[tuple[int, int]] = []
        read: dict[tuple[int, str], int | None] = {}  # a candidate read: hostile text says one over and over
        for start, end in windows(self, text):
            if not self.ats.search(text, start, end):
                continue
            hit = self.stretched().search(text, start, end)  # the wide grammar: spoken_windows
            grammar = self.wide() if hit and closes(self, text, hit.start(), end) else self.email()
            for m in grammar.finditer(text, start, end, overlapped=True):
                if found and m.start() < found[-1][1] and m.end() <= found[-1][1]:
                    continue
                if (key := (id(grammar), text[max(0, m.start() - 2):m.end() + _FURTHER])) not in read:  # as it reads
                    read[key] = None if (e := self._valid(grammar, text, m)) is None else e - m.start()
                span = None if read[key] is None else (m.start(), m.start() + read[key])
                if span is not None and not (
                        found and span[0] < found[-1][1] and span[1] <= found[-1][1]):
                    if found and span[0] < found[-1][1]:
                        found.pop()
                    found.append(span)
        return found

    def _valid(self, grammar: regex.Pattern, text: str, m: regex.Match) -> int | None:
        """The end of a match that is an address, or of a longer reading of the grammar
        from its start that is one (see _further); or, where its last dot is a weak one and
        makes none ("hotmail dot com, dat same one": "dat" is said for a dot too, "same" a
        TLD), the grammar's match that ends before that dot."""
        if (end := self._checked(grammar, text, m)) is None and (further := self._further(grammar, text, m)):
            return further.end()
        return end

    def _further(self, grammar: regex.Pattern, text: str, m: regex.Match) -> regex.Match | None:
        """The grammar read from a match's start to the end of one of the next few words,
        the first that is an address. The grammar takes the first reading that closes, not
        the longest: in "gmail dot, the point la, com" the dot said again ("the point la,")
        is also read as a label "the", a dot "point" and a TLD "la"."""
        for word in _NEXT_WORD.finditer(text, m.end(), min(len(text), m.end() + _FURTHER)):
            if (longer := grammar.fullmatch(text, m.start(), word.end())) is not None and \
                    self._checked(grammar, text, longer) == longer.end():
                return longer
        return None

    def _checked(self, grammar: regex.Pattern, text: str, m: regex.Match) -> int | None:
        """The end of a match that is an address, or of the one before its weak last dot."""
        start, end = m.span()
        for retry in (False, True):
            address = self._address(text[start:end])
            if address and address != text[start:end].lower() and _EMAIL.fullmatch(address) \
                    and email_public(address):
                return end
            dots = [d for d in self.said().finditer(text, start, end) if d.lastgroup == "dot"]
            if retry or not dots or not self.weak_dots.issuperset(
                    undrawn(w) for w in regex.findall(r"[^\W\d_]+", dots[-1].group())) or (
                    m := grammar.match(text, start, dots[-1].start())) is None:
                return None
            end = m.end()
        return None

    def spelled(self, text: str, emails: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Letters spelled after "that's" or "по буквам", outside the ``emails`` said: the
        email's they follow (EMAIL_ADDRESS, when there is one), or a name's or a handle's
        (SPELLED_OUT); apart by spaces or dots and spaces only after an email ("it's a b a"
        is prose), by dashes anywhere ("t-o-m", "t — o — m")."""
        found = []
        for m in self.letters.finditer(text):
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
        low = self.letters.sub(letters_of, spoken.lower())
        said: list[str] = []
        lopsided: list[bool] = []
        article: list[bool] = []  # "at the", "at di": prose, unless a provider or no word follows
        # a word of prose, then a word for a sign before the first separator: "is mark dot
        # grant" is "is" and the name "mark", not "is" and a dot's mark
        prose_sign: list[bool] = []
        weak_at: list[bool] = []  # "alias": an at before a provider only

        def written(m: regex.Match) -> str:
            words = [undrawn(w) for w in regex.findall(r"[^\W\d_]+", m.group())]
            said.extend(words)
            core = [w for w in words if w not in self.fillers]  # "at the, um, office"
            article.append(m.lastgroup == "at" and bool(core) and core[-1] in self.articles)
            if not prose_sign:
                prose_sign.append(bool(words) and words[0] in self.signs and low[:m.start()].strip() in _prose())
            weak_at.append(m.lastgroup == "at" and bool(self.weak_ats.intersection(words)))
            # decorated on one side only; or a weak dot said "again" as another word: "the
            # point, dot com" is prose, "dot-point" one word doubled, "full stop, dot," the
            # dot made plain, set off by commas on both sides
            units = [{undrawn(w) for w in c.split("-")}
                     for c in regex.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", m.group())]
            strong = [bool(u & self.strong) for u in units]
            weak = any(u & self.weak_dots and not s for u, s in zip(units, strong))
            lopsided.append(not balanced("".join(DECOR.findall(_INWORD.sub("", m.group())))) or
                            weak and any(strong) and m.group().count(",") < 2)
            return _SEPARATOR_CHARS[m.lastgroup]

        address = self.said().sub(written, low)
        if any(lopsided) or any(prose_sign):
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
        local = self.numbers.sub(lambda m: said_digits(m.group(), self.zero, self.repeat), local)
        head, _, tld = ".".join(self.domain_words.get(p, p) for p in domain.split(".")
                                ).rpartition(".")
        tld = self.tld_words.get(tld, tld)
        address = f"{local}{at}{head}.{tld}"
        provider = bool(self.providers.intersection(head.split(".")))
        common_head = zipf_frequency(head.split(".")[0], "en") >= _COMMON
        if any(weak_at) and not provider and (common_head or len(head) < 3):
            return None  # "tom alias ifrance dot com", not "an alias at home dot com"
        if any(article) and not provider and common_head:
            return None  # "we met at the office dot com"
        if weak and not provider:  # but a suffix of two labels is a domain's: "co (period) za"
            return address if tld in self.common_tlds or ".".join(
                [head.rpartition(".")[2], tld]) in self.second_level else None
        return address if tld in self.tlds else None
