"""Asides a speaker puts between the parts of an email said aloud
(redact.detect.spoken_emails): a phrase of a few words set off by commas or spaced dashes
after a separator ("at, the a with the tail,", "эт, ну, кюн ахшы,"), inside its brackets
("(dot, yeah)", "[at sign, hle]"), or before the separator said again ("punto, o sea the
dot,", "punkt -- also der punkt --"). An aside is known by its shape and place, set off and
short, between two parts, never by its words: those of any speaker's language are read.
What keeps the address whole is what the aside may not hold: a word for a separator, or,
where the address goes on after a comma, a common TLD ("dot, pucha, com, ke"). Regex
pieces of the spoken email grammar, built once per engine."""

from __future__ import annotations

__all__ = ["ASIDE_WORD", "described", "inside", "inside_before", "said_again"]

# a word of an aside, any script, an apostrophe or a hyphen inside ("that's", "да-да"), or
# a digit before or between its letters as Arabizi writes sounds Latin letters lack
# ("ya3ne", "3ala"), never after them: "marquez72" is a label
_LETTERS = r"(?:\d?[^\W\d_]+(?:\d[^\W\d_]+)*)"
ASIDE_WORD = rf"(?=[^\W_]{{1,16}}(?![^\W_])){_LETTERS}(?:['’-][^\W\d_]{{1,12}})?"


def inside_before(opening: str) -> str:
    """Any words of an aside before a separator in its brackets: "(the at one)", "(um, at)"."""
    return rf"(?:(?<=[{opening}]\s?)(?:{ASIDE_WORD}(?:[,.…]{{1,3}}\s*|\s+)){{1,3}})?"


def inside(closing: str) -> str:
    """Words after a separator inside its brackets, the brackets closing them: "(dot, yeah)",
    "[at sign, hle]", "(эт, да-да)"."""
    return (rf"(?:(?:[,.…]{{0,3}}\s+{ASIDE_WORD}|[,.…]{{1,3}}\s*{ASIDE_WORD}){{1,3}}[,.…!]{{0,3}}"
            rf"(?=\s*[{closing}](?![^\W\d_])))?")


def said_again(dashes: str, separators: str, resumes: str) -> str:
    """What stands before a separator said again to make it plain, after a comma or a spaced
    dash: a few words of the speaker's own ("at, the wee at,", "dot, the little dot,", "punto,
    o sea the dot,"). No word of them is one of ``separators`` (the words for a dot or an at),
    nor the first one of ``resumes`` (the common TLDs): "dot, berg at gmail dot", "точка, ru
    или kolya дот" go on with the address."""
    word = rf"(?!(?:{separators})(?![^\W_])){ASIDE_WORD}"
    first = rf"(?!(?:{resumes})(?![^\W_])){word}"
    return rf"(?:[,.…]{{1,3}}|\s[{dashes}]{{1,2}})\s+{first}\s+(?:{word}\s+){{0,2}}"


def described(inside: str = "", after: str = "", resumes: str = "(?!)") -> str:
    """A separator's word described after it, set off by commas or spaced dashes, said to
    make it plain: "at, the a with the tail,", "собака, которая эт,", "at — the curly a —",
    "dot, the small round one,": a short phrase of any words, the address's grammar around
    it (a TLD closing it) what makes it an email. No word of it is one of ``inside`` (the
    words for a dot, and for an at after a dot), and none of ``after`` follows it: either
    would make labels of the address a description ("at, yahoo dot, habibi,", "dot, berg
    ну, собака")."""
    word = r"[^\W\d_]{1,12}(?:['’-][^\W\d_]{1,12})?"
    if inside:
        word = rf"(?!(?:{inside})(?![^\W_])){word}"
    end = r"(?:,|\s[-–—]{1,2})\s"
    if after:
        end = rf"{end}(?!\s*(?:{after})(?![^\W_]))"
    # two asides one after the other ("эт, ну, кюн ахшы,"): no word after a comma is one of
    # ``resumes`` (the common TLDs), where the address goes on ("dot, pucha, com, ke")
    resumed = rf"(?!(?:{resumes})(?![^\W_])){word}"
    return rf"(?:,|\s[-–—]{{1,2}})\s+{word}(?:\s+{word}|,\s+{resumed}){{1,5}}(?={end})"
