"""Obsidian notes written by the Nexus AI Chat Importer plugin (all layouts, 1.0 to 1.6+).

Segments: message bodies without their quote prefixes (a name broken across two quoted
lines stays one name), fenced code inside quotes as code, the title (``aliases``,
``# Title:``), attachment and artifact names. Role labels, UIDs, ids, chat URLs, times
and frontmatter keys are structure and stay as they are.
"""

from __future__ import annotations

import re

from redact.formats.base import TextFormat, as_file_name, segment_from_pieces
from redact.formats.lines import FENCE, Line, iter_lines
from redact.records import Document, Segment, SegmentKind

__all__ = ["NexusFormat"]

_CALLOUT = re.compile(r"^>\s?\[!nexus_(user|agent|attachment|prompt|artifact)\]")
_OLD_HEADER = re.compile(r"^#{3,4} (User|Assistant|ChatGPT|Claude|[A-Z][\w ]*), on .*;\s*$")
_QUOTE = re.compile(r"^(?:> ?)+")
_BOLD_NAME = re.compile(r"\*\*(.+?)\*\*")
_NESTED = re.compile(r"^\[!nexus_(attachment|prompt|artifact)\]")
_TITLE = re.compile(r"^# Title: (.*)$")
_ALIASES = re.compile(r"^aliases:[ \t]*(.*)$")
_LIST_ITEM = re.compile(r"^[ \t]*-[ \t]+(.*)$")
_ROLE = {"user": "user", "agent": "assistant"}
_SIGNATURE = ("[!nexus_user]", "[!nexus_agent]", "nexus: nexus-ai-chat-importer")


def _unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of a YAML scalar's content without its surrounding quotes."""
    raw = text[start:end].rstrip()
    end = start + len(raw)
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        return start + 1, end - 1
    return start, end


class NexusFormat(TextFormat):
    name = "nexus"
    summary = "Obsidian notes of the Nexus AI Chat Importer (old and new layouts)"
    extensions = ()

    def sniff(self, text: str) -> bool:
        head = text[:20000]
        return any(s in head for s in _SIGNATURE) or bool(
            re.search(r"^#{3,4} User, on .*;\s*$", head, re.MULTILINE)
        )

    def parse(self, text: str) -> Document:
        lines = list(iter_lines(text))
        segments: list[Segment] = []
        i = self._frontmatter(text, lines, segments)
        role: str | None = None
        while i < len(lines):
            line = lines[i]
            content = line.content(text)
            callout = _CALLOUT.match(content)
            old = _OLD_HEADER.match(content)
            if callout or old:
                kind = callout.group(1) if callout else None
                role = _ROLE.get(kind or "", None) if callout else (
                    "user" if old.group(1) == "User" else "assistant")
                if kind in ("attachment", "artifact"):
                    segments += self._bold_name(text, line, kind)
                i = self._body(text, lines, i + 1, role, segments)
                continue
            title = _TITLE.match(content)
            if title:
                segments.append(segment_from_pieces(
                    text, [(line.start + title.start(1), line.end)],
                    kind=SegmentKind.TITLE, field_path="title"))
            elif content.startswith(">"):
                i = self._body(text, lines, i, role, segments)
                continue
            elif content.strip() and not self._structural(content):
                segments.append(segment_from_pieces(text, [(line.start, line.stop)], role=role))
            i += 1
        return Document(text, self.name, segments)

    @staticmethod
    def _structural(content: str) -> bool:
        return content.startswith((
            "Created:", "Last Updated:", "Chat URL:", "<!-- UID:", "---", "Provider:",
        )) or content.strip() in ("---", "***")

    def _frontmatter(self, text: str, lines: list[Line], segments: list[Segment]) -> int:
        if not lines or lines[0].content(text).lstrip("\ufeff") != "---":
            return 0
        in_aliases = False
        for i, line in enumerate(lines[1:], start=1):
            content = line.content(text)
            if content == "---":
                return i + 1
            alias = _ALIASES.match(content)
            item = _LIST_ITEM.match(content)
            if alias:
                in_aliases = not alias.group(1).strip()
                if not in_aliases:
                    a, b = _unquoted(text, line.start + alias.start(1), line.end)
                    segments.append(segment_from_pieces(text, [(a, b)], kind=SegmentKind.TITLE, field_path="aliases"))
            elif in_aliases and item:
                a, b = _unquoted(text, line.start + item.start(1), line.end)
                segments.append(segment_from_pieces(text, [(a, b)], kind=SegmentKind.TITLE, field_path="aliases"))
            else:
                in_aliases = False
        return 0  # no closing line: not frontmatter after all

    @staticmethod
    def _bold_name(text: str, line: Line, kind: str, offset: int = 0) -> list[Segment]:
        match = _BOLD_NAME.search(line.content(text), offset)
        if not match:
            return []
        return [as_file_name(segment_from_pieces(
            text, [(line.start + match.start(1), line.start + match.end(1))],
            kind=SegmentKind.ATTACHMENT, field_path=kind))]

    def _body(self, text: str, lines: list[Line], i: int, role: str | None,
              segments: list[Segment]) -> int:
        """Quoted lines from ``i`` on: prose and code segments without their prefixes."""
        prose: list[tuple[int, int]] = []
        code: list[tuple[int, int]] = []
        fence: str | None = None

        def flush(kind: SegmentKind, spans: list[tuple[int, int]]) -> None:
            if any(text[a:b].strip() for a, b in spans):
                segments.append(segment_from_pieces(text, spans, kind=kind, role=role))
            spans.clear()

        while i < len(lines):
            line = lines[i]
            content = line.content(text)
            if not content.startswith(">") or _CALLOUT.match(content) and fence is None and (
                    _CALLOUT.match(content).group(1) in ("user", "agent")):
                break
            prefix = _QUOTE.match(content).end()
            inner = content[prefix:]
            start = line.start + prefix
            fence_match = FENCE.match(inner)
            nested = _NESTED.match(inner)
            if fence is None and fence_match:
                flush(SegmentKind.PROSE, prose)
                fence = fence_match.group(1)
            elif fence is not None and fence_match and fence_match.group(1) == fence:
                flush(SegmentKind.CODE, code)
                fence = None
            elif fence is not None:
                code.append((start, line.stop))
            elif nested:
                flush(SegmentKind.PROSE, prose)
                if nested.group(1) in ("attachment", "artifact"):
                    segments += self._bold_name(text, line, nested.group(1), prefix)
            else:
                prose.append((start, line.stop))
            i += 1
        flush(SegmentKind.CODE, code)
        flush(SegmentKind.PROSE, prose)
        return i
