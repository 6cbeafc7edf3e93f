"""Plain text: paragraphs (blank-line separated) are prose segments."""

from __future__ import annotations

from redact.formats.base import TextFormat, segment_from_pieces
from redact.formats.lines import iter_lines
from redact.records import Document, Segment

__all__ = ["PlainTextFormat", "paragraphs", "is_source"]

# Source and configuration files that hold no chat structure: read as plain text, and
# known to be, so they get no "format not recognised" warning (a repository is full of them).
SOURCE_SUFFIXES = frozenset(
    ".py .pyi .js .mjs .cjs .ts .tsx .jsx .java .kt .go .rs .rb .php .c .h .cc .cpp .hpp .cs "
    ".swift .scala .sh .bash .zsh .fish .ps1 .bat .sql .r .lua .pl .ex .exs .hs .clj .dart "
    ".yml .yaml .toml .ini .cfg .conf .properties .env .xml .html .htm .css .scss .svg "
    ".rst .adoc .tex .gradle .tf .hcl .proto .graphql .lock .mk .cmake .patch .diff".split())
SOURCE_NAMES = frozenset(
    ".gitignore .gitattributes .gitmodules .gitconfig .dockerignore .editorconfig "
    ".redactignore .npmrc .pylintrc .flake8 .env Makefile Dockerfile Containerfile Jenkinsfile "
    "Procfile Gemfile Rakefile LICENSE COPYING NOTICE AUTHORS CODEOWNERS".split())


def is_source(name: str) -> bool:
    """Whether a file name says source or configuration (scanned as plain text, quietly)."""
    dot = name.rfind(".")
    return name in SOURCE_NAMES or (dot > 0 and name[dot:].lower() in SOURCE_SUFFIXES)



def paragraphs(text: str, start: int = 0, end: int | None = None, **kw) -> list[Segment]:
    """Blank-line separated blocks of text[start:end], each one prose segment (the break
    after its last line is structure: a replacement never joins two paragraphs)."""
    segments: list[Segment] = []
    block: list[tuple[int, int]] = []
    for line in iter_lines(text, start, end):
        if line.content(text).strip():
            block.append((line.start, line.end))
        elif block:
            segments.append(segment_from_pieces(text, [(block[0][0], block[-1][1])], **kw))
            block = []
    if block:
        segments.append(segment_from_pieces(text, [(block[0][0], block[-1][1])], **kw))
    return segments


class PlainTextFormat(TextFormat):
    name = "text"
    summary = "plain text, by paragraphs (also the fallback, with a warning)"
    extensions = (".txt", ".text", ".log")

    def parse(self, text: str) -> Document:
        return Document(text, self.name, paragraphs(text))
