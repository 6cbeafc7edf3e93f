"""ChatGPT data export: ``conversations.json``, an array of conversations whose messages
form a ``mapping`` tree (edits and regenerations are branches: every node is scanned).

Every string of a message's ``content`` is scanned, whatever its ``content_type`` (memory
and user context, reasoning, browsing and search results...): the types known here get their
usual kinds, and a type not known is scanned as text with a warning naming it."""

from __future__ import annotations

import re

from redact.formats.jsonscan import JsonFormat, array_head
from redact.records import Document

__all__ = ["ChatGptFormat", "CHATGPT_FIELDS", "CONTENT_TYPES"]

# content types of ChatGPT exports as they are known; any other is scanned all the same
CONTENT_TYPES = frozenset({
    "text", "code", "execution_output", "multimodal_text", "tether_browsing_display",
    "tether_quote", "user_editable_context", "model_editable_context", "thoughts",
    "reasoning_recap", "system_error", "sonic_webpage", "computer_output",
    "app_pairing_content", "super_widget",
    # the parts of a multimodal message
    "image_asset_pointer", "audio_asset_pointer", "audio_transcription",
    "real_time_user_audio_video_asset_pointer"})
_CONTENT_TYPE = re.compile(r'"content_type"\s*:\s*"([^"\\]*)"')

_MESSAGE = "mapping.*.message"
CHATGPT_FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "title"),
    (f"{_MESSAGE}.content.parts[]", "prose"),
    (f"{_MESSAGE}.content.parts[].text", "prose"),  # multimodal parts, audio transcriptions
    (f"{_MESSAGE}.content.text", "code"),  # code, execution output
    (f"{_MESSAGE}.content.user_profile", "prose"),  # custom instructions
    (f"{_MESSAGE}.content.user_instructions", "prose"),
    (f"{_MESSAGE}.metadata.user_context_message_data.about_user_message", "prose"),
    (f"{_MESSAGE}.metadata.user_context_message_data.about_model_message", "prose"),
    (f"{_MESSAGE}.metadata.attachments[].name", "attachment"),
    (f"{_MESSAGE}.content.**", "prose"),  # memory, thoughts, browsing and search results...
)  # author.name holds tool names (python, browser), not people


class ChatGptFormat(JsonFormat):
    name = "chatgpt"
    summary = "ChatGPT export conversations.json (every branch of the message tree)"
    fields = CHATGPT_FIELDS

    def sniff(self, text: str) -> bool:
        head = array_head(text)
        return '"mapping"' in head and ('"title"' in head or '"current_node"' in head)

    def parse(self, text: str) -> Document:
        doc = super().parse(text)
        unknown = sorted({m.group(1) for m in _CONTENT_TYPE.finditer(text)} - CONTENT_TYPES)
        doc.warnings += [f"content type {name!r} is not one this tool knows: every string of "
                         "it was scanned as text" for name in unknown]
        return doc
