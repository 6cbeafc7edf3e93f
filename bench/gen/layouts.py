"""File formats of the generated sets: turns become a file's text, with every gold and
look-alike span at its offsets in that text (for JSON: in the literal as written, escapes
included, as ``../shared/data/transcripts-dev`` defines them).

Each value is written through the format's escaping one part at a time; the escapings are
per character (JSON string escapes, a Nexus note's ``> `` after each line break), so a part's
offsets are the length of what was written before it.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from bench.gen.families import Utterance
from bench.gen.values import Part

__all__ = ["FORMATS", "EXTENSIONS", "Span", "Turn", "write"]

# manifest format name -> file extension
EXTENSIONS = {
    "webvtt-teams": "vtt", "webvtt-zoom": "vtt", "srt": "srt", "otter-txt": "txt",
    "chatlog-irc": "log", "chatlog-stamped": "txt", "chatlog-plain": "txt", "plain-txt": "txt",
    "nexus-md-new": "md", "openai-jsonl": "jsonl", "sharegpt-json": "json",
}
FORMATS = tuple(EXTENSIONS)
CHATLOGS = ("chatlog-irc", "chatlog-stamped", "chatlog-plain")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    label: str | None  # a category (gold)
    kind: str | None  # a look-alike kind (notpii)
    family: int | str | None  # a recall family, or families.CONTEXT


@dataclass
class Turn:
    """A turn of a file: its speaker (a chat handle, gold in chat logs) and what is said;
    ``reply`` marks an assistant's answer in chat exports."""

    speaker: str
    utterance: Utterance
    reply: bool = False


@dataclass
class _Builder:
    chunks: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    turns: list[tuple[int, int, int | None]] = field(default_factory=list)  # start, end, family
    pos: int = 0

    def raw(self, text: str) -> None:
        self.chunks.append(text)
        self.pos += len(text)

    def part(self, part: Part, family: int | None, escape: Callable[[str], str]) -> None:
        text = escape(part.text)
        if part.label or part.kind:
            self.spans.append(Span(self.pos, self.pos + len(text), text, part.label, part.kind,
                                   (part.family or family) if part.label else None))
        self.raw(text)

    def turn(self, utterance: Utterance, escape: Callable[[str], str] = lambda s: s) -> None:
        start = self.pos
        for part in utterance.parts:
            self.part(part, utterance.family, escape)
        self.turns.append((start, self.pos, utterance.family))

    def text(self) -> str:
        return "".join(self.chunks)


def _json_escape(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _clock(seconds: int, sep: str = ".") -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}{sep}{seconds * 37 % 1000:03d}"


def write(fmt: str, turns: list[Turn], lang: str, rng: random.Random
          ) -> tuple[str, list[Span], list[tuple[int, int, int | None]]]:
    """The file's text, its spans, and where each turn's text lies with its family (None for
    look-alikes and replies): a finding in a family's text that is no gold counts against
    that family's precision."""
    b = _Builder()
    t = rng.randint(0, 40)
    speakers = {"Speaker 1": "Speaker 1", "Speaker 2": "Speaker 2"}
    if fmt.startswith("webvtt"):
        b.raw("WEBVTT\n\n")
    if fmt == "sharegpt-json":
        b.raw(f'[\n  {{\n    "id": "gen_{rng.randint(1000, 9999)}",\n    "conversations": [')
    if fmt == "nexus-md-new":
        b.raw(f"---\nnexus: nexus-ai-chat-importer\nplugin_version: \"1.3.0\"\nprovider: chatgpt\n"
              f"aliases: Notes {rng.randint(10, 99)}\nconversation_id: gen-{rng.randint(10**6, 10**7)}\n"
              "create_time: 2025-06-03T20:05:41Z\nupdate_time: 2025-06-03T20:11:09Z\n---\n\n"
              f"# Title: Notes {rng.randint(10, 99)}\n\nCreated: 03/06/2025 at 20:05:41\n\n\n")
    if fmt == "openai-jsonl":
        b.raw('{"messages": [')
    for i, turn in enumerate(turns):
        start, t = t, t + rng.randint(3, 20)
        who = speakers.get(turn.speaker, turn.speaker)
        if fmt == "webvtt-teams":
            b.raw(f"gen-{i}-0\n{_clock(start)} --> {_clock(t)}\n<v {who}>")
            b.turn(turn.utterance)
            b.raw("</v>\n\n")
        elif fmt in ("webvtt-zoom", "srt"):
            sep = "," if fmt == "srt" else "."
            b.raw(f"{i + 1}\n{_clock(start, sep)} --> {_clock(t, sep)}\n{who}: ")
            b.turn(turn.utterance)
            b.raw("\n\n")
        elif fmt == "otter-txt":
            b.raw(f"{who}  {start // 60}:{start % 60:02d}\n")
            b.turn(turn.utterance)
            b.raw("\n\n")
        elif fmt in CHATLOGS:
            stamp = f"[{20 + start // 3600 % 4}:{start // 60 % 60:02d}] " if fmt != "chatlog-plain" else ""
            b.raw(stamp + ("<" if fmt == "chatlog-irc" else ""))
            b.part(Part(turn.speaker, "USERNAME"), 3, lambda s: s)
            b.raw("> " if fmt == "chatlog-irc" else ": ")
            b.turn(turn.utterance)
            b.raw("\n")
        elif fmt == "plain-txt":
            b.turn(turn.utterance)
            b.raw("\n\n")
        elif fmt == "nexus-md-new":
            head = "nexus_agent] **Assistant · gpt-4o**" if turn.reply else "nexus_user] **User**"
            b.raw(f">[!{head} - 03/06/2025 at 20:{start // 60 % 60:02d}:{start % 60:02d}\n> ")
            b.turn(turn.utterance, lambda s: s.replace("\n", "\n> "))
            b.raw(f"\n<!-- UID: gen-{i:04d} -->\n\n")
        elif fmt == "openai-jsonl":
            role = "assistant" if turn.reply else "user"
            if i and not turn.reply and rng.random() < 0.4:  # a new conversation, a new line
                b.raw(']}\n{"messages": [')
            elif i:
                b.raw(", ")
            b.raw(f'{{"role": "{role}", "content": "')
            b.turn(turn.utterance, _json_escape)
            b.raw('"}')
        elif fmt == "sharegpt-json":
            b.raw("," if i else "")
            role = "gpt" if turn.reply else "human"
            b.raw(f'\n      {{\n        "from": "{role}",\n        "value": "')
            b.turn(turn.utterance, _json_escape)
            b.raw('"\n      }')
        else:
            raise ValueError(f"unknown format {fmt!r}")
    if fmt == "openai-jsonl":
        b.raw("]}\n")
    if fmt == "sharegpt-json":
        b.raw("\n    ]\n  }\n]\n")
    if fmt == "nexus-md-new":
        b.raw("---\n")
    return b.text(), b.spans, b.turns
