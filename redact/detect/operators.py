"""Who runs an assistant, as its instructions name it: the company behind a bot is not
someone the conversation is about ("You are Parcelly's support assistant")."""

from __future__ import annotations

import re

from redact.detect.checks import norm
from redact.records import Segment

__all__ = ["operator_names"]

# "You are Parcelly's support assistant", "Ты — помощник службы доставки «БыстроВез»"
_OPERATOR = re.compile(
    r"\b(?i:you are|you're|this is)\s+(?:the\s+)?(?P<en>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s\s+"
    r"(?:[\w-]+\s+){0,3}?(?i:assistant|bot|chatbot|agent|helper|concierge)\b"
    r"|(?i:помощник|ассистент|чат-бот|бот|консультант)\w*\s+(?:[\w-]+\s+){0,3}?«(?P<ru>[^»\n]{1,40})»")


def operator_names(segments: list[Segment]) -> frozenset[str]:
    """The operators the segments' instructions name, normalised as names are compared."""
    texts = {seg.text for seg in segments if _may_name_operator(seg.text)}
    return frozenset(norm(m.group("en") or m.group("ru"))
                     for text in texts for m in _OPERATOR.finditer(text))


def _may_name_operator(text: str) -> bool:
    """What either form of _OPERATOR needs: "«", or "'s" and one of its English openings
    (looked for in lowercase on ASCII text, where that is what ignoring case means)."""
    if "«" in text:
        return True
    if "'s" not in text and "’s" not in text:
        return False
    if not text.isascii():
        return True
    low = text.lower()
    return "you are" in low or "you're" in low or "this is" in low
