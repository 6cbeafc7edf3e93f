"""`redact check --history` and `redact baseline create --history`, on real git repositories
built commit by commit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from conftest import run_cli

from redact.check import CheckOptions
from redact.history import run_history
from redact.keys import load_key

SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
EMAIL = "maren.oakhill@postbox-example.net"
PHONE = "+44 7946 318552"
NEW_EMAIL = "tobias.wrenfield@mailbox-example.org"
VALUES = (EMAIL, PHONE, NEW_EMAIL)


class Repo:
    """A git repository in a temporary folder whose commits have fixed author dates."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.commits: list[str] = []
        root.mkdir()
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str) -> str:
        env = os.environ | {"GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
        return subprocess.run(["git", "-c", "user.name=Tester", "-c", "user.email=tester@localhost",
                               *args], cwd=self.root, check=True, capture_output=True, text=True,
                              env=env).stdout

    def commit(self, message: str, files: dict[str, str | bytes | None]) -> str:
        """Write (or with None delete) files and commit them; returns the full SHA."""
        for name, content in files.items():
            path = self.root / name
            if content is None:
                self.git("rm", "-q", name)
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content if isinstance(content, bytes) else content.encode())
            self.git("add", name)
        date = f"2024-03-{len(self.commits) + 1:02d}T10:00:00+00:00"
        os.environ["GIT_AUTHOR_DATE"] = os.environ["GIT_COMMITTER_DATE"] = date
        try:
            self.git("commit", "-q", "--allow-empty", "-m", message)
        finally:
            del os.environ["GIT_AUTHOR_DATE"], os.environ["GIT_COMMITTER_DATE"]
        self.commits.append(self.git("rev-parse", "HEAD").strip())
        return self.commits[-1]


def date_of(n: int) -> str:
    """The author date of the n-th commit (1-based)."""
    return f"2024-03-{n:02d}T10:00:00+00:00"


CONTACTS = f"Meeting notes\nWrite to {EMAIL} today.\nCall her on {PHONE} tomorrow.\n"


@pytest.fixture
def deleted(tmp_path) -> Repo:
    """Commit 2 adds a file with an email and a phone, 3 deletes it, 4 adds a clean file."""
    repo = Repo(tmp_path / "data")
    repo.commit("readme", {"README.md": "# Notes\n\nSee the folders below.\n"})
    repo.commit("contacts", {"notes/contacts.txt": CONTACTS})
    repo.commit("remove contacts", {"notes/contacts.txt": None})
    repo.commit("todo", {"todo.txt": "Water the plants and buy bread.\n"})
    return repo


def history_json(repo: Repo, *args: str) -> tuple[int, dict]:
    result = run_cli("check", "--history", "--output-format", "json", *args, cwd=repo.root)
    return result.exit_code, json.loads(result.stdout) if result.stdout else {}


def findings(report: dict) -> list[tuple[str, str, int, str, str, str]]:
    """(commit, path, line, category, author date, state) of every finding."""
    return [(x["commit"], f["path"], x["line"], x["category"], x["author_date"], x["state"])
            for f in report["files"] for x in f["findings"]]


def assert_no_value(*outputs: str) -> None:
    for out in outputs:
        for value in VALUES:
            assert value not in out


def test_history_finds_what_a_deleted_file_held(deleted):
    tree = run_cli("check", ".", cwd=deleted.root)
    assert tree.exit_code == 0 and tree.stdout == ""
    c2 = deleted.commits[1]
    text = run_cli("check", "--history", cwd=deleted.root)
    assert text.exit_code == 1
    assert text.stdout == (
        f"notes/contacts.txt:2:10 EMAIL EMAIL_ADDRESS (email, 1.00) ************ "
        f"in {c2} ({date_of(2)})\n"
        f"notes/contacts.txt:3:13 PHONE PHONE_NUMBER (phonenumbers, 0.75) ************ "
        f"in {c2} ({date_of(2)})\n")
    assert "4 commits, 3 of 3 blobs scanned; 3 files" in text.stderr
    code, report = history_json(deleted)
    assert code == 1
    assert findings(report) == [(c2, "notes/contacts.txt", 2, "EMAIL", date_of(2), "new"),
                                (c2, "notes/contacts.txt", 3, "PHONE", date_of(2), "new")]
    assert report["history"] == {"range": "HEAD", "revision": deleted.commits[-1]}
    assert {f["path"]: f["status"] for f in report["files"]} == {
        "README.md": "clean", "notes/contacts.txt": "findings", "todo.txt": "clean"}
    assert_no_value(text.stdout, text.stderr, json.dumps(report))


def test_history_baseline_accepts_the_past_and_fails_on_a_new_value(deleted, tmp_path):
    baseline = tmp_path / "history-baseline.json"
    made = run_cli("baseline", "create", "--history", "-o", str(baseline), cwd=deleted.root)
    assert made.exit_code == 0, made.stderr
    assert "wrote" in made.stderr and "2 entries in 1 file" in made.stderr
    assert_no_value(baseline.read_text())
    code, report = history_json(deleted, "--baseline", str(baseline))
    assert code == 0 and report["summary"]["baselined"] == 2 and report["summary"]["new"] == 0
    # the accepted values stay accepted as commits are added; a new one fails alone
    deleted.commit("more notes", {"todo.txt": "Water the plants and buy bread.\n",
                                  "notes/team.md": f"# Team\n\nAsk {NEW_EMAIL} for keys.\n"})
    c5 = deleted.commits[-1]
    code, report = history_json(deleted, "--baseline", str(baseline))
    assert code == 1
    assert [x for x in findings(report) if x[5] == "new"] == [
        (c5, "notes/team.md", 3, "EMAIL", date_of(5), "new")]
    assert report["summary"]["baselined"] == 2
    text = run_cli("check", "--history", "--baseline", str(baseline), cwd=deleted.root)
    assert text.exit_code == 1 and text.stdout == (
        f"notes/team.md:3:5 EMAIL EMAIL_ADDRESS (email, 1.00) ************ in {c5} ({date_of(5)})\n")


def test_a_value_kept_through_many_commits_is_reported_once_and_each_blob_scanned_once(tmp_path):
    repo = Repo(tmp_path / "r")
    log = f"day 1: mail {EMAIL}\n"
    repo.commit("log", {"log.txt": log})
    for day in range(2, 6):  # the value stays while the file grows
        log += f"day {day}: nothing new\n"
        repo.commit(f"day {day}", {"log.txt": log})
    repo.commit("copy", {"copy/log.txt": log})  # a blob already seen, at a new path
    repo.commit("revert", {"log.txt": f"day 1: mail {EMAIL}\n"})  # the first blob again
    repo.commit("touch", {"other.txt": "plain words\n"})
    code, report = history_json(repo)
    assert code == 1
    assert findings(report) == [
        (repo.commits[5], "copy/log.txt", 1, "EMAIL", date_of(6), "new"),
        (repo.commits[0], "log.txt", 1, "EMAIL", date_of(1), "new")]
    added = {line.split()[3] for line in repo.git(
        "log", "--format=", "--raw", "--no-abbrev", "--no-renames").splitlines()}
    assert len(added) == 6  # five versions of log.txt and other.txt
    assert report["summary"]["blobs"] == report["summary"]["blobs_scanned"] == len(added)
    assert report["summary"]["commits"] == 8


def test_a_range_reports_only_what_its_commits_added(tmp_path):
    repo = Repo(tmp_path / "r")
    repo.commit("one", {"people.txt": f"Contact: {EMAIL}\n"})
    repo.commit("two", {"people.txt": f"Contact: {EMAIL}\nBackup: {NEW_EMAIL}\n"})
    code, report = history_json(repo, "--range", "HEAD~1..HEAD")
    assert code == 1
    assert findings(report) == [(repo.commits[1], "people.txt", 2, "EMAIL", date_of(2), "new")]
    assert report["summary"]["commits"] == 1
    code, report = history_json(repo, "--range", "HEAD..HEAD")
    assert code == 0 and report["summary"]["commits"] == 0 and report["files"] == []


def test_a_merge_reports_values_at_the_commit_that_added_them(tmp_path):
    repo = Repo(tmp_path / "r")
    repo.commit("base", {"a.txt": "first line\n"})
    repo.git("checkout", "-q", "-b", "topic")
    repo.commit("topic", {"b.txt": f"reach me at {NEW_EMAIL}\n"})
    repo.git("checkout", "-q", "main")
    repo.commit("main", {"a.txt": "first line\nsecond line\n"})
    repo.git("merge", "-q", "--no-edit", "topic")
    repo.commits.append(repo.git("rev-parse", "HEAD").strip())
    code, report = history_json(repo)
    assert code == 1
    assert findings(report) == [(repo.commits[1], "b.txt", 1, "EMAIL", date_of(2), "new")]
    assert report["summary"]["commits"] == 4


def test_history_keeps_redactignore_inline_allows_binaries_and_errors(tmp_path):
    repo = Repo(tmp_path / "r")
    repo.commit("setup", {".redactignore": "private/\n",
                          "private/keys.txt": f"{EMAIL}\n",
                          "docs/example.md": f"Write to {NEW_EMAIL} <!-- redact:allow -->\n",
                          "img/logo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)})
    repo.commit("broken", {"data/chat.json": '{"messages": [{"text": "hi"'})
    repo.commit("fixed", {"data/chat.json": '{"messages": [{"text": "hi"}]}'})
    code, report = history_json(repo)
    assert code == 2  # unscannable is not clean, even in history
    files = {f["path"]: f for f in report["files"]}
    assert files["private/keys.txt"]["status"] == "skipped"
    assert files["private/keys.txt"]["error"] == "excluded by .redactignore"
    assert files["img/logo.png"]["status"] == "skipped"
    assert files["img/logo.png"]["error"].startswith("binary file")
    assert [x["state"] for x in files["docs/example.md"]["findings"]] == ["allowed"]
    broken = files["data/chat.json"]
    assert broken["status"] == "error"
    assert broken["error"].startswith(f"in commit {repo.commits[1][:12]}: ")
    assert report["summary"]["blobs"] == 5 and report["summary"]["blobs_scanned"] == 3
    result = run_cli("check", "--history", cwd=repo.root)
    assert f"error: data/chat.json: in commit {repo.commits[1][:12]}: " in result.stderr
    assert_no_value(result.stdout, result.stderr)


def test_sarif_names_the_repository_and_each_commit(deleted):
    deleted.git("remote", "add", "origin", "https://robot:s3cret-token@git.example.com/org/data.git")
    result = run_cli("check", "--history", "--output-format", "sarif", cwd=deleted.root)
    assert result.exit_code == 1
    sarif = json.loads(result.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(sarif)
    run = sarif["runs"][0]
    assert run["versionControlProvenance"] == [{
        "repositoryUri": "https://git.example.com/org/data.git", "revisionId": deleted.commits[-1]}]
    assert [(r["properties"]["commit"], r["properties"]["author_date"],
             r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
             r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in run["results"]] == [
        (deleted.commits[1], date_of(2), "notes/contacts.txt", 2),
        (deleted.commits[1], date_of(2), "notes/contacts.txt", 3)]
    assert "s3cret-token" not in result.stdout
    assert_no_value(result.stdout)


def test_github_annotations_name_the_commit(deleted):
    result = run_cli("check", "--history", "--output-format", "github", cwd=deleted.root)
    assert result.exit_code == 1
    c2 = deleted.commits[1]
    assert result.stdout.splitlines()[0] == (
        f"::error file=notes/contacts.txt,line=2,col=10,endLine=2,endColumn=43,"
        f"title=redact EMAIL::EMAIL EMAIL_ADDRESS (email, 1.00) in {c2} ({date_of(2)})")


def test_history_paths_limit_the_check(deleted):
    code, report = history_json(deleted, "todo.txt")
    assert code == 0 and [f["path"] for f in report["files"]] == ["todo.txt"]
    code, report = history_json(deleted, "notes")
    assert code == 1 and [f["path"] for f in report["files"]] == ["notes/contacts.txt"]


@pytest.mark.parametrize("args, message", [
    (["--history", "--range", "no-such-branch"],
     "error: --history: not a revision range of this repository: 'no-such-branch'"),
    (["--history", "--range", "--output=x"], "error: --history: '--output=x' is not a revision range"),
    (["--range", "HEAD", "."], "error: --range goes with --history"),
    ([], "error: check needs a PATH (or --history to check the commits of the repository)"),
    (["--history", "--changed-since", "HEAD"], "error: --history and --changed-since do not go together"),
])
def test_history_usage_errors(deleted, args, message):
    result = run_cli("check", *args, cwd=deleted.root)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert not (deleted.root / "x").exists()


def test_history_needs_a_repository(tmp_path):
    (tmp_path / "a.txt").write_text("hello\n")
    result = run_cli("check", "--history", cwd=tmp_path)
    assert result.exit_code == 2 and result.stderr == "error: --history needs a git repository\n"


def test_replacements_file_cleans_the_history_with_git_filter_repo(deleted, tmp_path):
    deleted.commit("allowed", {"docs/example.md": f"Write to {NEW_EMAIL} <!-- redact:allow -->\n"})
    replacements = tmp_path / "replacements.txt"
    result = run_cli("check", "--history", "--replacements", str(replacements), cwd=deleted.root)
    assert result.exit_code == 1
    assert f"wrote {replacements}: 2 values to replace (mode 0600" in result.stderr
    assert replacements.stat().st_mode & 0o777 == 0o600
    assert replacements.read_text() == (f"literal:{EMAIL}==>[EMAIL]\n"
                                        f"literal:{PHONE}==>[PHONE]\n")  # allowed: kept
    assert_no_value(result.stdout, result.stderr)
    subprocess.run([str(Path(sys.executable).parent / "git-filter-repo"), "--force", "--quiet",
                    "--replace-text", str(replacements)], cwd=deleted.root, check=True,
                   capture_output=True)
    everything = deleted.git("log", "-p", "--all")
    assert EMAIL not in everything and PHONE not in everything and "[EMAIL]" in everything
    code, report = history_json(deleted)
    assert code == 0 and report["summary"]["allowed"] == 1 and report["summary"]["new"] == 0


def test_replacements_file_is_refused_inside_the_repository(deleted):
    result = run_cli("check", "--history", "--replacements", "values.txt", cwd=deleted.root)
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "error: values.txt: --replacements holds the values found and cannot go inside the "
        f"repository ({deleted.root})")
    assert not (deleted.root / "values.txt").exists() and result.stdout == ""
    result = run_cli("check", ".", "--replacements", "../values.txt", cwd=deleted.root)
    assert result.exit_code == 2 and result.stderr == "error: --replacements goes with --history\n"
    assert not (deleted.root.parent / "values.txt").exists()


def test_progress_counts_commits_done(deleted):
    calls: list[tuple[int, int]] = []
    options = CheckOptions(key=load_key(None, required=True), cwd=deleted.root)
    result = run_history(["."], "HEAD", options, lambda done, total: calls.append((done, total)))
    assert result.exit_code == 1
    assert calls[0] == (0, 4) and calls[-1] == (4, 4)
    assert {total for _, total in calls} == {4}
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert {done for done, _ in calls} == {0, 1, 2, 3, 4}


def test_a_committed_baseline_is_not_scanned_as_history(deleted):
    made = run_cli("baseline", "create", "--history", cwd=deleted.root)
    assert made.exit_code == 0
    deleted.commit("baseline", {".redact-baseline.json": (deleted.root / ".redact-baseline.json").read_text()})
    code, report = history_json(deleted, "--baseline", ".redact-baseline.json")
    assert code == 0 and report["summary"]["baselined"] == 2
    assert ".redact-baseline.json" not in {f["path"] for f in report["files"]}


def test_a_value_repeated_in_a_file_is_reported_once_where_it_is_not_allowed(tmp_path):
    repo = Repo(tmp_path / "r")
    repo.commit("notes", {"notes.md": f"Example: {EMAIL} <!-- redact:allow -->\n"
                                      f"Real: {EMAIL}\nAgain: {EMAIL}\n"})
    code, report = history_json(repo)
    assert code == 1
    assert findings(report) == [(repo.commits[0], "notes.md", 2, "EMAIL", date_of(1), "new")]
