"""The titles and kin words a text holds, as cues before a name: the listed ones, with a
hyphen ("a-gong", "ah-ma"), and spelled in Arabizi, which writes with digits the sounds
Latin letters lack ("my 3ammi Dawa" is 'ammi, "my 5alti Huda" khalti): chat in Arabic
and the Gulf writes its kin words so in English too."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from redact.detect.name_kin import KIN_AFTER

__all__ = ["after_words", "cue_words"]

_WORD = re.compile(r"[^\W\d_]+")
_HYPHENED = re.compile(r"[^\W\d_]+-[^\W\d_]+")
# a word of Latin letters with Arabizi's digits among them: "3ammi", "5alo", "ta2ta"
_ARABIZI = re.compile(r"(?<![\w-])(?=[a-z]*[2-9])(?=[2-9]*[a-z])[a-z2-9]{3,}(?![\w-])")
# the sounds Arabizi's digits stand for, as the kin lists write them in Latin letters: the
# glottal stop and 'ayn unwritten ("3ammo" is "ammo"), kh, h, t, gh and q
_ARABIZI_LETTERS = str.maketrans({"2": "", "3": "", "5": "kh", "6": "t", "7": "h", "8": "gh",
                                  "9": "q"})


def cue_words(low: str, listed: Collection[str], kin: Collection[str]) -> dict[str, str]:
    """The cue words of lowercased ``low``, each as written to the listed word it is:
    "aunt" to itself, "3ammi" to "ammi"; Arabizi's spellings of ``kin`` words only, as
    hours are spelled so too ("3am")."""
    found = {w: w for w in listed.intersection(_WORD.findall(low) + _HYPHENED.findall(low))}
    for m in _ARABIZI.finditer(low):
        word = m.group()
        spelled = word if word in kin else word.translate(_ARABIZI_LETTERS)
        if spelled in kin:
            found[word] = spelled
    return found


@lru_cache(maxsize=4096)
def after_words(cues: frozenset[str]) -> re.Pattern[str]:
    """A given name after one of ``cues``, a title or who the person is ("my kid Lukas",
    "Dr. Heljä"): compiled for the cues a text holds, as few of them hold any."""
    # the name in a lookahead: it may be a cue itself ("our neighbour, mrs okafor"); where
    # they live may stand between ("my didi in Lautoka Loveday", "my chacha from Ba Elder")
    return re.compile(r"\b((?i:%s))(?:-in-law)?%s\.?,?[ \t]+(?:(?:in|from)[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+,?[ \t]+)?"
                      r"(?=([A-ZÀ-ÖØ-ÞĀ-Ža-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž]+)(?![\w'’-]))"
                      % ("|".join(sorted(map(re.escape, cues), key=len, reverse=True)), KIN_AFTER))
