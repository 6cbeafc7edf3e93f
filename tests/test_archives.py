"""A ChatGPT export zip in, a scrubbed zip out: text members in order, one tag per person
across conversations.json and chat.html, binaries only with --copy-unscanned."""

from __future__ import annotations

import json
import re
import zipfile

from conftest import run_cli
from test_json_formats import CHATGPT

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def _export(path) -> None:
    html = ('<!DOCTYPE html>\n<html>\n<head><meta charset="UTF-8"><title>ChatGPT Data Export</title></head>\n'
            '<body><div id="root"></div>\n<script>\nvar jsonData = ' + json.dumps(CHATGPT) + ';\n'
            "function title(c) { return c.title; }\n</script>\n</body>\n</html>\n")
    user = json.dumps({"id": "user-8f2k", "email": "maria.lopez84@gmail.com",
                       "chatgpt_plus_user": True, "phone_number": "+447911123456"})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("conversations.json", json.dumps(CHATGPT, indent=2))
        zf.writestr("chat.html", html)
        zf.writestr("user.json", user)
        zf.writestr("file-8f2k.png", PNG)
        zf.writestr("message_feedback.json", "[]")
        zf.writestr("../escape.txt", "x")


def _scrub(tmp_path, *args):
    export = tmp_path / "export.zip"
    _export(export)
    out, report = tmp_path / "out", tmp_path / "report.json"
    result = run_cli("scrub", str(export), "-o", str(out), "--report", str(report), *args)
    files = {f["path"]: f for f in json.loads(report.read_text())["files"]}
    return result, zipfile.ZipFile(out / "export.zip"), files


def _title(text: str) -> str:
    return re.search(r'"title": "Letter for ([^"]+)"', text).group(1)


def test_export_zip_is_scrubbed_member_by_member(tmp_path):
    result, zf, files = _scrub(tmp_path)
    assert result.exit_code == 0, result.stderr
    assert zf.namelist() == ["conversations.json", "chat.html", "user.json", "message_feedback.json"]
    user = json.loads(zf.read("user.json"))
    assert user == {"id": "user-8f2k", "email": "[EMAIL_1]", "chatgpt_plus_user": True,
                    "phone_number": "[PHONE_1]"}
    conversations, html = zf.read("conversations.json").decode(), zf.read("chat.html").decode()
    assert _title(conversations) == _title(html) == "[PERSON_1]"
    assert "maria" not in (conversations + html).casefold()
    data = json.loads(html.split("var jsonData = ", 1)[1].split(";\n", 1)[0])
    # the account phone and the one in a message are one number: one tag
    assert data[0]["mapping"]["a"]["message"]["content"]["parts"] == [
        "Write to [PERSON_1], phone [PHONE_1]."]
    assert html.endswith("function title(c) { return c.title; }\n</script>\n</body>\n</html>\n")
    assert files["export.zip!/chat.html"]["format"] == "chatgpt-html"
    assert files["export.zip!/file-8f2k.png"]["status"] == "skipped"
    assert files["export.zip!/file-8f2k.png"]["error"] == "binary file (PNG image)"
    assert files["export.zip!/../escape.txt"]["error"] == "unsafe member name (absolute or ../)"
    assert "skipped: export.zip!/../escape.txt: unsafe member name" in result.stderr
    verified = run_cli("verify", str(tmp_path / "export.zip"), str(tmp_path / "out"),
                       "--report", str(tmp_path / "report.json"))
    assert verified.exit_code == 0, verified.stderr
    assert "4 files checked: exact" in verified.stderr


def test_verify_reads_the_members_of_the_scrubbed_zip_it_is_given(tmp_path):
    """Item 7: `verify export.zip out/export.zip` reads members as scrub wrote them."""
    result, _, _ = _scrub(tmp_path, "-q")
    assert result.exit_code == 0
    verified = run_cli("verify", str(tmp_path / "export.zip"), str(tmp_path / "out" / "export.zip"),
                       "--report", str(tmp_path / "report.json"))
    assert verified.exit_code == 0, verified.stderr
    assert verified.stderr == "4 files checked: exact, 0 warnings\n"


def test_copy_unscanned_keeps_binaries_byte_for_byte_but_never_unsafe_names(tmp_path):
    result, zf, files = _scrub(tmp_path, "--copy-unscanned", "-q")
    assert result.exit_code == 0
    assert zf.namelist() == ["conversations.json", "chat.html", "user.json", "file-8f2k.png",
                             "message_feedback.json"]
    assert zf.read("file-8f2k.png") == PNG
    assert files["export.zip!/file-8f2k.png"]["status"] == "skipped"


def test_copy_unscanned_in_a_folder(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "photo.png").write_bytes(PNG)
    (src / "note.txt").write_text("mail maria.lopez84@gmail.com\n")
    out = tmp_path / "out"
    assert run_cli("scrub", str(src), "-o", str(out), "--report", str(tmp_path / "r.json"), "-q").exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["note.txt"]
    assert run_cli("scrub", str(src), "-o", str(out), "--report", str(tmp_path / "r.json"), "-q",
                   "--copy-unscanned").exit_code == 0
    assert (out / "photo.png").read_bytes() == PNG


def test_zip_bomb_and_broken_archive_are_errors(tmp_path):
    bomb = tmp_path / "in" / "bomb.zip"
    bomb.parent.mkdir()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.txt", b"a" * (8 << 20))
    (tmp_path / "in" / "broken.zip").write_bytes(b"PK\x03\x04 not really")
    result = run_cli("scrub", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                     "--report", str(tmp_path / "r.json"), "-q")
    assert result.exit_code == 2
    errors = sorted(line for line in result.stderr.splitlines() if line.startswith("error:"))
    assert errors[0].startswith("error: bomb.zip!/big.txt: zip member inflates ")
    assert errors[0].endswith("x (limit 200x)")
    assert errors[1].startswith("error: broken.zip: cannot read zip archive")
    assert not (tmp_path / "out" / "bomb.zip").exists()


def test_in_place_refuses_archives(tmp_path):
    export = tmp_path / "export.zip"
    _export(export)
    before = export.read_bytes()
    result = run_cli("scrub", str(export), "--in-place", "--report", str(tmp_path / "r.json"))
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --in-place cannot rewrite zip archives; give -o OUTDIR"
    assert export.read_bytes() == before
