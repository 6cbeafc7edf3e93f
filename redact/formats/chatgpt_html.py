"""ChatGPT export ``chat.html``: a page that embeds the conversations as a JavaScript
variable (``jsonData = [...]``). Only that literal is scanned, with the fields of
``conversations.json``, so both files get the same replacements in one run."""

from __future__ import annotations

import re

from redact.errors import FileError
from redact.formats.chatgpt import CHATGPT_FIELDS
from redact.formats.jsonscan import JsonFormat
from redact.records import Document

__all__ = ["ChatGptHtmlFormat"]

_ASSIGN = re.compile(r"\bjsonData\s*=\s*")


class ChatGptHtmlFormat(JsonFormat):
    name = "chatgpt-html"
    summary = "ChatGPT export chat.html (the embedded jsonData conversations)"
    extensions = ()
    fields = CHATGPT_FIELDS

    def sniff(self, text: str) -> bool:
        return "<html" in text[:4096].lower() and _ASSIGN.search(text) is not None

    def parse(self, text: str) -> Document:
        documents = []
        for m in _ASSIGN.finditer(text):
            documents += self.segments(text, m.end(), trailing=True)[0]
        if not documents and _ASSIGN.search(text) is None:
            raise FileError("no jsonData variable found in the page")
        return Document(text, self.name, documents)
