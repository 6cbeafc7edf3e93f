"""Chat datasets in JSON Lines: OpenAI fine-tuning records (``messages`` of ``role`` and
``content``, content a string or a list of parts) and the TRL/Hugging Face shapes
(``prompt``/``completion``, ``chosen``/``rejected``)."""

from __future__ import annotations

from redact.formats.jsonscan import JsonLinesFormat

__all__ = ["OpenAiChatFormat"]


def _messages(key: str) -> tuple[tuple[str, str], ...]:
    return ((f"{key}[].content", "prose"), (f"{key}[].content[].text", "prose"),
            (f"{key}[].name", "speaker"))


class OpenAiChatFormat(JsonLinesFormat):
    name = "openai-jsonl"
    summary = "OpenAI chat fine-tuning JSONL (messages), TRL prompt/completion, chosen/rejected"
    fields = (*_messages("messages"), *_messages("prompt"), *_messages("completion"),
              *_messages("chosen"), *_messages("rejected"),
              ("prompt", "prose"), ("completion", "prose"), ("chosen", "prose"),
              ("rejected", "prose"))

    def sniff_record(self, record: str) -> bool:
        return '"messages"' in record or ('"prompt"' in record and (
            '"completion"' in record or '"chosen"' in record))
