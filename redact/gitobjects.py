"""What a history check reads from git, through git itself: the commits of a revision
range in topological order, the blobs each commit added, and those blobs' bytes.

``git log`` lists the commits, one ``git diff-tree --stdin`` lists every commit's new
blobs (``-c``: a merge adds only what differs from all its parents) and one ``git
cat-file --batch`` reads them, so a range costs three processes however long it is.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit, urlunsplit

from redact.errors import UsageError

__all__ = ["Commit", "Added", "list_commits", "added_blobs", "BlobReader", "repository_uri"]

_REGULAR = {b"100644", b"100755"}  # symlinks (120000) and submodules (160000) hold no text


@dataclass(frozen=True)
class Commit:
    sha: str  # full
    author_date: str  # ISO 8601
    parents: tuple[str, ...]


@dataclass(frozen=True)
class Added:
    """A blob a commit put at a path, and the path's blob in each parent ('' where the
    path did not exist there)."""

    commit: str
    path: str
    blob: str
    before: tuple[str, ...]


def _git(root: Path, args: list[str], stdin: bytes | None = None) -> bytes:
    try:
        out = subprocess.run(["git", *args], cwd=root, input=stdin, capture_output=True,
                             check=False)
    except OSError as err:
        raise UsageError(f"git {args[0]}: cannot run git ({err.strerror or type(err).__name__})") from None
    if out.returncode != 0:
        message = out.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UsageError(f"git {args[0]} failed: {message[0] if message else 'exit ' + str(out.returncode)}")
    return out.stdout


def list_commits(root: Path, rev_range: str) -> list[Commit]:
    """The commits of ``rev_range`` (``git log`` syntax: ``HEAD``, ``main..topic``),
    parents before children."""
    if not rev_range or rev_range.startswith("-"):
        raise UsageError(f"--history: {rev_range!r} is not a revision range (e.g. HEAD or main..topic)")
    try:
        out = _git(root, ["log", "--topo-order", "--reverse", "--no-show-signature",
                          "--format=%H %aI %P", "--end-of-options", rev_range, "--"])
    except UsageError as err:
        raise UsageError(f"--history: not a revision range of this repository: {rev_range!r} "
                         f"({err})") from None
    commits = []
    for line in out.decode("ascii").splitlines():
        sha, date, *parents = line.split()
        commits.append(Commit(sha, date, tuple(parents)))
    return commits


def added_blobs(root: Path, commits: list[Commit]) -> Iterator[Added]:
    """Each commit's new blobs of regular files, in the order of ``commits``: what it
    added or modified (renames are a deletion and an addition). A path that is not UTF-8
    shows its other bytes as ``\\xNN``."""
    if not commits:
        return
    out = _git(root, ["diff-tree", "--stdin", "-r", "-c", "--root", "--no-renames", "-z"],
               "".join(c.sha + "\n" for c in commits).encode("ascii"))
    tokens = out.split(b"\0")
    commit, i = "", 0
    while i < len(tokens):
        token = tokens[i]
        if not token.startswith(b":"):  # a commit's header (an empty token ends the output)
            commit, i = token.decode("ascii"), i + 1
            continue
        path, i = tokens[i + 1], i + 2
        body = token.lstrip(b":")
        parents = len(token) - len(body)
        fields = body.split(b" ")
        modes, blobs = fields[:parents + 1], fields[parents + 1:2 * parents + 2]
        if modes[-1] not in _REGULAR or not blobs[-1].strip(b"0"):
            continue  # deleted, a symlink or a submodule
        before = tuple(b.decode("ascii") if b.strip(b"0") else "" for b in blobs[:-1])
        yield Added(commit, path.decode("utf-8", "backslashreplace"), blobs[-1].decode("ascii"),
                    before)


class BlobReader:
    """Blob contents by id, from one ``git cat-file --batch`` process."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> BlobReader:
        try:
            self.process = subprocess.Popen(["git", "cat-file", "--batch"], cwd=self.root,
                                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                            stderr=subprocess.DEVNULL)
        except OSError as err:
            raise UsageError(f"git cat-file: cannot run git ({err.strerror or type(err).__name__})") from None
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.stdin.close()
            self.process.stdout.close()
            self.process.wait()

    def read(self, blob: str) -> bytes:
        stdin: IO[bytes] = self.process.stdin
        stdout: IO[bytes] = self.process.stdout
        stdin.write(blob.encode("ascii") + b"\n")
        stdin.flush()
        header = stdout.readline().split()
        if len(header) != 3 or header[1] != b"blob":
            raise UsageError(f"git cat-file: cannot read blob {blob}")
        size = int(header[2])
        data = stdout.read(size)
        stdout.read(1)  # the newline after the content
        return data


def repository_uri(root: Path) -> str:
    """Where the repository lives, for SARIF: its ``origin`` URL without credentials
    (``git@host:path`` as ``ssh://host/path``), else the root's file URI."""
    try:
        url = _git(root, ["config", "--get", "remote.origin.url"]).decode("utf-8").strip()
    except (UsageError, UnicodeDecodeError):
        url = ""
    if not url:
        return root.as_uri()
    if "://" not in url:
        if ":" in url and not url.startswith("/"):  # scp-like: [user@]host:path
            host, path = url.split(":", 1)
            return f"ssh://{host.rsplit('@', 1)[-1]}/{path.lstrip('/')}"
        return Path(url).resolve().as_uri() if Path(url).is_absolute() else (root / url).resolve().as_uri()
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[-1]))
