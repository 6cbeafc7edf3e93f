"""ChatGPT data export: ``conversations.json``, an array of conversations whose messages
form a ``mapping`` tree (edits and regenerations are branches: every node is scanned)."""

from __future__ import annotations

from redact.formats.jsonscan import JsonFormat, array_head

__all__ = ["ChatGptFormat", "CHATGPT_FIELDS"]

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
)  # author.name holds tool names (python, browser), not people


class ChatGptFormat(JsonFormat):
    name = "chatgpt"
    summary = "ChatGPT export conversations.json (every branch of the message tree)"
    fields = CHATGPT_FIELDS

    def sniff(self, text: str) -> bool:
        head = array_head(text)
        return '"mapping"' in head and ('"title"' in head or '"current_node"' in head)
