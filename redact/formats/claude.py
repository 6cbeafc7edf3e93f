"""Claude data export: ``conversations.json`` (``chat_messages`` with ``text`` and the
same text again in ``content[]``), ``projects.json`` and ``users.json``. Identical text in
``text`` and ``content[].text`` is detected once and gets the same replacements."""

from __future__ import annotations

from redact.formats.jsonscan import JsonFormat, array_head

__all__ = ["ClaudeFormat"]

_MSG = "chat_messages[]"


class ClaudeFormat(JsonFormat):
    name = "claude"
    summary = "Claude export conversations.json, projects.json, users.json"
    fields = (
        ("name", "title"),
        ("summary", "prose"),
        (f"{_MSG}.text", "prose"),
        (f"{_MSG}.content[].text", "prose"),
        (f"{_MSG}.content[].thinking", "prose"),
        (f"{_MSG}.content[].content[].text", "prose"),  # tool results
        (f"{_MSG}.content[].content", "prose"),  # a tool result given as a string
        (f"{_MSG}.content[].input.**", "prose"),  # what a tool was called with
        (f"{_MSG}.attachments[].extracted_content", "prose"),
        (f"{_MSG}.attachments[].file_name", "attachment"),
        (f"{_MSG}.files[].file_name", "attachment"),
        # projects.json
        ("description", "prose"),
        ("prompt_template", "prose"),
        ("docs[].content", "prose"),
        ("docs[].filename", "attachment"),
        ("creator.full_name", "speaker"),
        # users.json
        ("full_name", "speaker"),
        ("email_address", "prose"),
        ("verified_phone_number", "prose"),
    )

    def sniff(self, text: str) -> bool:
        head = array_head(text)
        return '"chat_messages"' in head or ('"uuid"' in head and (
            '"prompt_template"' in head or '"email_address"' in head))
