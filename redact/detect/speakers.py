"""Speaker labels as findings: a label is a role, a handle or a name, never a sentence.

NER needs a sentence around a name; a label alone ("Ada Byrne", "anna_k",
"Speaker 2") has none, so its shape decides. Roles and bots are structure; handles are
USERNAME; names are PERSON over the name words only, without the kinship words, titles
and organisation notes around them ("Grandma June" is June, "Byrne, Ada (Contoso)"
is "Byrne, Ada").
"""

from __future__ import annotations

import re

from redact.records import Finding
from redact.detect.wordlike import is_role_label
from redact.detect.packs import RuleSet
from redact.morph import name_parse

__all__ = ["DETECTOR", "speaker_findings"]

DETECTOR = "speaker"
_SCORE = 0.9
_NOTE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*$")  # "(Contoso)", "[External]"
_BOT = re.compile(r"(?:[\W_\d]bot|[a-z\d]Bot|BOT|\[bot\])$|^[a-z\d_.-]*bot$")
_HANDLE_MARK = re.compile(r"[_.@\d]")


def speaker_findings(label: str, rules: RuleSet) -> list[Finding]:
    """What of a speaker label is personal data, in label offsets. A role holding a name
    in brackets ("The Acting Chair (Mr. Ann Roe)") is that name."""
    bracket = label.find("(")
    if bracket > 0 and _is_role(label[:bracket].strip(), rules):
        close = label.rfind(")")
        inner = label[bracket + 1:close if close > bracket else len(label)]
        return [f.shifted(f.start + bracket + 1, f.end + bracket + 1)
                for f in speaker_findings(inner, rules)]
    end = len(label.rstrip())
    while note := _NOTE.search(label, 0, end):
        if note.start() == 0:
            break
        end = note.start()
    if bracket > 0:
        end = min(end, len(label[:bracket].rstrip()))
    words = [m.span() for m in re.finditer(r"\S+", label[:end])]
    if not words or _is_role(label[words[0][0]:end], rules):
        return []
    while words and label[slice(*words[0])].rstrip(".,").casefold() in rules.honorifics:
        words.pop(0)
    while words and label[slice(*words[-1])].rstrip(".,").casefold() in rules.honorifics:
        words.pop()
    if not words:
        return []
    start, end = words[0][0], words[-1][1]
    value = label[start:end].rstrip(",")
    entity = "USERNAME" if len(words) == 1 and _is_handle(value, rules) else "PERSON"
    return [Finding(start, start + len(value), entity, entity, _SCORE, DETECTOR)]


def _is_role(name: str, rules: RuleSet) -> bool:
    """"Assistant", "Speaker 2", "Participant 3", "Grad_A", "Project Manager", "Ведущий",
    "Unknown Speaker", bots."""
    norm = " ".join(name.casefold().split())
    if norm in rules.allow_list or norm in rules.bots or f"@{norm}" in rules.bots:
        return True
    if all(w in rules.allow_list or w.isdigit() for w in norm.split()):
        return True
    return is_role_label(name, rules.role_words | rules.job_titles, rules.honorifics) or bool(_BOT.search(name))


def _is_handle(word: str, rules: RuleSet) -> bool:
    """``anna_k``, ``mike.r``, ``dimon88``, ``willh``: marks of a handle, or a lowercase
    word that is not a first name ("anna" is a person)."""
    if _HANDLE_MARK.search(word.rstrip(".")):
        return True
    if not word.islower():
        return False
    if any(word in names for names in rules.first_names.values()):
        return False
    return word.isascii() or name_parse(word)[0] != "Name"
