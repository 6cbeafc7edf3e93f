"""Bad input: one line per problem, the other files written, no partial outputs, exit 2."""

from __future__ import annotations

import json
import os
import stat

from conftest import FOUNDING, needs_shared, run_cli


def test_folder_with_binary_invalid_empty_and_good_files(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a-good.txt").write_text("Call Anna Smith at +44 7911 123456 tomorrow.\n")
    (src / "b-good.md").write_text("# Notes\n\nMail me at jonas.weber@posteo.de please.\n")
    (src / "c-image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (src / "d-broken.txt").write_bytes("Привет".encode() + b"\xff\xfe tail")
    (src / "e-empty.txt").write_bytes(b"")
    out, report = tmp_path / "out", tmp_path / "r.json"
    result = run_cli("scrub", str(src), "-o", str(out), "--report", str(report))
    assert result.exit_code == 2
    problems = [line for line in result.stderr.splitlines() if line.startswith(("error:", "skipped:"))]
    assert problems == [
        "skipped: c-image.png: binary file (PNG image)",
        "error: d-broken.txt: invalid UTF-8 at byte 12",
    ]
    assert sorted(p.name for p in out.iterdir()) == ["a-good.txt", "b-good.md", "e-empty.txt"]
    assert (out / "a-good.txt").read_text() == "Call [PERSON_1] at [PHONE_1] tomorrow.\n"
    assert (out / "b-good.md").read_text() == "# Notes\n\nMail me at [EMAIL_1] please.\n"
    assert (out / "e-empty.txt").read_bytes() == b""
    status = {f["path"]: f["status"] for f in json.loads(report.read_text())["files"]}
    assert status == {"a-good.txt": "redacted", "b-good.md": "redacted", "c-image.png": "skipped",
                      "d-broken.txt": "error", "e-empty.txt": "clean"}
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


def test_same_file_twice_is_a_usage_error_before_anything_is_written(tmp_path):
    f = tmp_path / "note.txt"
    f.write_text("hello\n")
    result = run_cli("scrub", str(f), str(f), "-o", str(tmp_path / "out"), "--report",
                     str(tmp_path / "r.json"))
    assert result.exit_code == 2
    assert "note.txt: given twice" in result.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "r.json").exists()


@needs_shared
def test_founding_example_is_repaired_and_no_repair_fails(tmp_path):
    out, report = tmp_path / "out", tmp_path / "r.json"
    result = run_cli("scrub", str(FOUNDING), "-o", str(out), "--report", str(report), "-q")
    assert result.exit_code == 0
    text = (out / FOUNDING.name).read_text(encoding="utf-8")
    assert text.startswith(">[!nexus_user] **User** - 29.05.2025 at 16:39\n> верно ли я понимаю")
    assert "–" not in text[:2000]  # no Mac Roman debris left
    entry = json.loads(report.read_text())["files"][0]
    assert entry["repair"] == {"encoding": "mac_roman"} and entry["status"] in ("redacted", "clean")
    assert any("double-encoded" in w for w in entry["warnings"])
    verified = run_cli("verify", str(FOUNDING), str(out), "--report", str(report))
    assert verified.exit_code == 0, verified.stderr

    refused = run_cli("scrub", str(FOUNDING), "-o", str(tmp_path / "o2"),
                      "--report", str(tmp_path / "r2.json"), "--no-repair")
    assert refused.exit_code == 2
    assert ("error: nexus-note-mojibake-ru.md: text is double-encoded (UTF-8 read as mac_roman); "
            "it can be repaired: run without --no-repair") in refused.stderr
    assert not (tmp_path / "o2" / FOUNDING.name).exists()


def test_revealed_report_is_private_and_refused_inside_outdir(tmp_path):
    f = tmp_path / "chat.txt"
    f.write_text("My email is lena.k@mailbox.org\n")
    out = tmp_path / "out"
    refused = run_cli("scrub", str(f), "-o", str(out), "--reveal", "--report", str(out / "r.json"))
    assert refused.exit_code == 2 and "cannot go inside OUTDIR" in refused.stderr
    report = tmp_path / "r.json"
    assert run_cli("scrub", str(f), "-o", str(out), "--reveal", "--report", str(report), "-q").exit_code == 0
    assert stat.S_IMODE(os.stat(report).st_mode) == 0o600
    change = json.loads(report.read_text())["files"][0]["changes"][0]
    assert change["original"] == "lena.k@mailbox.org"
    plain = tmp_path / "plain.json"
    run_cli("scrub", str(f), "-o", str(tmp_path / "o2"), "--report", str(plain), "-q")
    assert "lena.k@mailbox.org" not in plain.read_text()


def test_operators_from_the_command_line(tmp_path):
    f = tmp_path / "chat.txt"
    f.write_text("Write to lena.k@mailbox.org or ring +44 7911 123456.\n")
    out = tmp_path / "out"
    result = run_cli("scrub", str(f), "-o", str(out), "--report", str(tmp_path / "r.json"), "-q",
                     "--operator", "EMAIL=mask", "--operator", "PHONE=remove")
    assert result.exit_code == 0
    assert (out / "chat.txt").read_text() == "Write to ****************** or ring .\n"
    bad = run_cli("scrub", str(f), "-o", str(out), "--operator", "EMAIL=shred")
    assert bad.exit_code == 2 and "unknown operator 'shred'" in bad.stderr


def test_operator_default_on_the_command_line_is_the_policy_files_default(tmp_path):
    """Item 6: `--operator default=surrogate` means `[operators] default = "surrogate"`."""
    f = tmp_path / "chat.txt"
    f.write_text("Write to lena.k@mailbox.org or ring +44 7911 123456.\n")
    (tmp_path / "p.toml").write_text('[operators]\ndefault = "surrogate"\n')
    by_file = run_cli("scrub", str(f), "-o", str(tmp_path / "a"), "--report",
                      str(tmp_path / "a.json"), "-q", "--policy", str(tmp_path / "p.toml"))
    by_flag = run_cli("scrub", str(f), "-o", str(tmp_path / "b"), "--report",
                      str(tmp_path / "b.json"), "-q", "--operator", "default=surrogate")
    assert by_file.exit_code == by_flag.exit_code == 0, by_flag.stderr
    scrubbed = (tmp_path / "b" / "chat.txt").read_text()
    assert scrubbed == (tmp_path / "a" / "chat.txt").read_text()
    assert "lena.k@mailbox.org" not in scrubbed and "[EMAIL_1]" not in scrubbed
    mixed = run_cli("scrub", str(f), "-o", str(tmp_path / "c"), "--report", str(tmp_path / "c.json"),
                    "-q", "--operator", "Default=mask", "--operator", "PHONE=tag")
    assert mixed.exit_code == 0
    assert (tmp_path / "c" / "chat.txt").read_text() == "Write to ****************** or ring [PHONE_1].\n"


def test_warnings_and_summaries_speak_to_people(tmp_path):
    """Item 12: no ISO code for "no language", and one file is "1 file"."""
    (tmp_path / "in").mkdir()
    # letter-like symbols, no language's letters (the view reads mathematical letters,
    # "𝔞𝔟𝔠", as the Latin ones they dress)
    (tmp_path / "in" / "a.txt").write_text("ℌℑℜℭℨℊℎℏ ℓℬℰℱ ℳℴℯℒ\n", encoding="utf-8")
    scrub = run_cli("scrub", "in", "-o", "out", cwd=tmp_path)
    assert scrub.exit_code == 0
    assert ("warning: a.txt: 18 characters not natural language (code or data) scanned by rules "
            "only\n") in scrub.stderr
    assert "1 file: 0 redacted, 1 clean, 0 skipped, 0 errors; report: redact-report.json" in scrub.stderr
    verified = run_cli("verify", "in", "out", "--report", "redact-report.json", cwd=tmp_path)
    assert verified.stderr == "1 file checked: exact, 0 warnings\n"
    check = run_cli("check", "in/a.txt", cwd=tmp_path)
    assert check.stderr.endswith(
        "1 file (1 scanned, 0 skipped, 0 errors): 0 new findings (0 failing), 0 baselined, "
        "0 allowed\n")


def test_help_texts_are_not_hard_wrapped():
    """Item 12: typer's rich help keeps single line breaks of later paragraphs, so a wrapped
    docstring breaks mid-sentence on screen."""
    import inspect

    import typer.main

    from redact.cli import app

    def texts(cmd, name):
        yield name, inspect.cleandoc(cmd.help or "")
        for param in cmd.params:
            yield f"{name} {param.name}", getattr(param, "help", None) or ""
        for sub, child in getattr(cmd, "commands", {}).items():
            yield from texts(child, f"{name} {sub}")

    wrapped = [name for name, text in texts(typer.main.get_command(app), "redact")
               if any("\n" in paragraph for paragraph in text.split("\n\n"))]
    assert wrapped == []
    shown = run_cli("check", "--help")
    assert ("Exit codes: 0 no new findings, 1 new findings, 2 a file could not be scanned or a "
            "usage error") in " ".join(shown.stdout.split())


def test_o_naming_a_file_is_a_usage_error_that_says_what_to_do(tmp_path):
    """Item 9: -o is a folder; a file there, or a new name with the input's suffix, is a
    usage error before anything is written."""
    (tmp_path / "file.txt").write_text("Call Ada Lovelace.\n")
    (tmp_path / "other.md").write_text("old\n")
    for target in ("file.txt", "out.txt", "other.md", "OUT.TXT"):
        result = run_cli("scrub", "file.txt", "-o", target, cwd=tmp_path)
        assert (result.exit_code, result.stderr) == (2, (
            "error: -o names a folder for scrub; for one file use -o - > FILE, or --in-place\n")), target
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt", "other.md"]
    assert (tmp_path / "file.txt").read_text() == "Call Ada Lovelace.\n"
    ok = run_cli("scrub", "file.txt", "-o", "out.d", "-q", cwd=tmp_path)
    assert ok.exit_code == 0 and (tmp_path / "out.d" / "file.txt").is_file()


def test_scrubbed_copies_get_their_inputs_mode_and_revealed_reports_stay_private(tmp_path):
    """Item 10: outputs are for sharing; a report with originals is not."""
    import os
    import stat
    import zipfile

    def mode(path):
        return stat.S_IMODE(os.stat(path).st_mode)

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "open.txt").write_text("Call Ada Lovelace.\n")
    (tmp_path / "in" / "group.txt").write_text("Mail ada.l@mailbox.org\n")
    with zipfile.ZipFile(tmp_path / "in" / "export.zip", "w") as zf:
        zf.writestr("chat.txt", "Ring +44 7700 900461.\n")
    os.chmod(tmp_path / "in" / "open.txt", 0o644)
    os.chmod(tmp_path / "in" / "group.txt", 0o640)
    os.chmod(tmp_path / "in" / "export.zip", 0o664)
    result = run_cli("scrub", "in", "-o", "out", "--reveal", "--report", "r.json", "-q",
                     cwd=tmp_path)
    assert result.exit_code == 0, result.stderr
    out = tmp_path / "out"
    assert (mode(out / "open.txt"), mode(out / "group.txt"), mode(out / "export.zip")) == (
        0o644, 0o640, 0o664)
    assert mode(tmp_path / "r.json") == 0o600
    os.chmod(tmp_path / "in" / "open.txt", 0o604)
    assert run_cli("scrub", "in/open.txt", "--in-place", "-q", cwd=tmp_path).exit_code == 0
    assert mode(tmp_path / "in" / "open.txt") == 0o604
