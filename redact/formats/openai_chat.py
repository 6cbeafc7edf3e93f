"""Chat datasets in JSON Lines: OpenAI fine-tuning records (``messages`` of ``role`` and
``content``, content a string or a list of parts, assistant ``tool_calls``) and the TRL/Hugging
Face shapes (``prompt``/``completion``, ``chosen``/``rejected``). A record of another shape
(``content`` a dict, ``messages`` a string) is read as any JSON, with a warning naming its
line: never skipped as clean."""

from __future__ import annotations

from redact.formats.jsonscan import JsonLinesFormat

__all__ = ["OpenAiChatFormat"]


def _messages(key: str) -> tuple[tuple[str, str], ...]:
    return ((f"{key}[].content", "prose"), (f"{key}[].content[].text", "prose"),
            (f"{key}[].content[].**", "prose"),  # other parts: image and file references
            (f"{key}[].name", "speaker"),
            # a call's arguments are JSON in a string: what it says is replaced in place
            (f"{key}[].tool_calls[].function.arguments", "prose"),
            (f"{key}[].tool_calls[].function.name", "code"))


class OpenAiChatFormat(JsonLinesFormat):
    name = "openai-jsonl"
    summary = "OpenAI chat fine-tuning JSONL (messages), TRL prompt/completion, chosen/rejected"
    fields = (*_messages("messages"), *_messages("prompt"), *_messages("completion"),
              *_messages("chosen"), *_messages("rejected"),
              ("prompt", "prose"), ("completion", "prose"), ("chosen", "prose"),
              ("rejected", "prose"))

    read_unexpected = True

    def sniff_record(self, record: str) -> bool:
        return '"messages"' in record or ('"prompt"' in record and (
            '"completion"' in record or '"chosen"' in record))
