"""JSON exports and datasets: literals found in the raw text, replaced in their own style."""

from __future__ import annotations

import json

import pytest
from conftest import run_cli

from redact.errors import FileError
from redact.formats import FORMATS, choose_format
from redact.formats.jsonscan import encode_json, json_segment, scan_json

CHATGPT = [{
    "title": "Letter for Maria Lopez",
    "create_time": 1740939605.03575,
    "mapping": {
        "root": {"id": "root", "message": None, "parent": None, "children": ["ctx"]},
        "ctx": {"id": "ctx", "parent": "root", "children": ["a", "b"], "message": {
            "id": "ctx", "author": {"role": "user", "name": None},
            "content": {"content_type": "user_editable_context",
                        "user_profile": "I am Maria Lopez, reach me at maria.lopez84@gmail.com",
                        "user_instructions": "Answer briefly."}}},
        "a": {"id": "a", "parent": "ctx", "children": [], "message": {
            "id": "a", "author": {"role": "user", "name": None},
            "content": {"content_type": "text", "parts": ["Write to Maria Lopez, phone +44 7911 123456."]}}},
        "b": {"id": "b", "parent": "ctx", "children": [], "message": {
            "id": "b", "author": {"role": "user", "name": None},
            "content": {"content_type": "multimodal_text",
                        "parts": [{"content_type": "image_asset_pointer", "asset_pointer": "file-service://file-1"},
                                  {"content_type": "audio_transcription", "text": "Edited: write to Maria instead."}]},
            "metadata": {"attachments": [{"id": "file-1", "name": "maria_lopez_passport.png"}]}}},
    },
    "current_node": "b",
    "id": "conv-1",
}]


def _scrub(tmp_path, name: str, data: str | bytes, *args: str):
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    (src / name).write_bytes(data.encode() if isinstance(data, str) else data)
    out, report = tmp_path / "out", tmp_path / "report.json"
    result = run_cli("scrub", str(src), "-o", str(out), "--report", str(report), "-q", *args)
    entry = {f["path"]: f for f in json.loads(report.read_text())["files"]} if report.exists() else {}
    return result, out, entry


def _verify(tmp_path) -> None:
    result = run_cli("verify", str(tmp_path / "in"), str(tmp_path / "out"),
                     "--report", str(tmp_path / "report.json"))
    assert result.exit_code == 0, result.stderr


def test_scanner_reports_paths_of_string_values_only():
    text = '{"a": [1, "x", {"b": "y", "c": null}], "d": {"e": "z"}, "f": []}'
    seen = []
    scan_json(text, lambda path, s, e: seen.append((path, text[s:e])))
    assert seen == [(("a", 1), '"x"'), (("a", 2, "b"), '"y"'), (("d", "e"), '"z"')]


@pytest.mark.parametrize(("text", "message"), [
    ('[{"title": "x"', "invalid JSON at line 1, column 15: unexpected end of data (truncated?)"),
    ('{"a": 1,}', "invalid JSON at line 1, column 9: expected a key"),
    ('{"a": "tab\there"}', "invalid JSON at line 1, column 7: bad string literal "
                            "(a raw control character or a bad escape)"),
    ('{"a": "cut', "invalid JSON at line 1, column 11: unexpected end of data inside a string "
                   "(truncated?)"),
    ('[1]\n[2]', "invalid JSON at line 2, column 1: extra data after the value"),
])
def test_scanner_rejects_what_json_rejects(text, message):
    with pytest.raises(FileError) as err:
        scan_json(text, lambda *a: None)
    assert str(err.value) == message
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)


def test_escaped_literal_maps_back_to_its_escapes():
    text = '{"k": "\\u041e\\u043b\\u044c\\u0433\\u0430 \\"Q\\" \\ud83d\\ude00 ok"}'
    start = text.index('"\\u')
    seg = json_segment(text, start, len(text) - 1)
    assert seg.text == 'Ольга "Q" 😀 ok'
    assert seg.style == "json-ascii"
    assert (seg.file_offset(0), seg.file_offset(5, end=True)) == (start + 1, start + 1 + 30)
    emoji = seg.text.index("😀")
    assert text[seg.file_offset(emoji):seg.file_offset(emoji + 1, end=True)] == "\\ud83d\\ude00"
    assert encode_json("[ИМЯ_1]", seg) == "[\\u0418\\u041c\\u042f_1]"
    raw = json_segment('"Ольга"', 0, 7)
    assert encode_json("[ИМЯ_1]", raw) == "[ИМЯ_1]" and raw.style == "json"


def test_chatgpt_export_every_branch_custom_instructions_and_attachments(tmp_path):
    data = json.dumps(CHATGPT, indent=2)
    result, out, report = _scrub(tmp_path, "conversations.json", data)
    assert result.exit_code == 0, result.stderr
    entry = report["conversations.json"]
    assert entry["format"] == "chatgpt"
    text = (out / "conversations.json").read_text()
    scrubbed = json.loads(text)
    for value in ("Maria", "Lopez", "maria.lopez84@gmail.com", "7911"):
        assert value not in text
    mapping = scrubbed[0]["mapping"]
    person = mapping["a"]["message"]["content"]["parts"][0].split(",")[0].removeprefix("Write to ")
    assert scrubbed[0]["title"] == f"Letter for {person}"
    assert mapping["ctx"]["message"]["content"]["user_profile"].startswith(f"I am {person}, reach me at [EMAIL_")
    assert mapping["b"]["message"]["content"]["parts"][1]["text"] == f"Edited: write to {person} instead."
    assert "passport" in mapping["b"]["message"]["metadata"]["attachments"][0]["name"]
    # ids, times, roles and the layout of the file are untouched
    assert scrubbed[0]["create_time"] == 1740939605.03575
    assert mapping["b"]["message"]["content"]["parts"][0]["asset_pointer"] == "file-service://file-1"
    assert text.splitlines()[:4] == ["[", "  {", f'    "title": "Letter for {person}",',
                                     '    "create_time": 1740939605.03575,']
    _verify(tmp_path)


def test_claude_export_same_text_in_text_and_content_gets_the_same_tags(tmp_path):
    message = "My lawyer is Daniel Okafor, daniel.okafor@okafor-law.co.uk"
    data = json.dumps([{"uuid": "c1", "name": "Custody", "summary": "", "chat_messages": [
        {"uuid": "m1", "text": message, "content": [{"type": "text", "text": message}],
         "sender": "human", "attachments": [{"file_name": "order.pdf", "extracted_content": "Daniel Okafor, solicitor"}],
         "files": []}]}], ensure_ascii=False, indent=2)
    result, out, report = _scrub(tmp_path, "conversations.json", data)
    assert result.exit_code == 0
    assert report["conversations.json"]["format"] == "claude"
    scrubbed = json.loads((out / "conversations.json").read_text())[0]["chat_messages"][0]
    assert scrubbed["text"] == scrubbed["content"][0]["text"]
    assert scrubbed["text"] == "My lawyer is [PERSON_1], [EMAIL_1]"
    assert scrubbed["attachments"][0]["extracted_content"] == "[PERSON_1], solicitor"


def test_openai_jsonl_parts_and_names_and_roles(tmp_path):
    lines = [
        {"messages": [{"role": "system", "content": "You are a support bot."},
                      {"role": "user", "name": "hannah_s", "content": [
                          {"type": "text", "text": "I'm Hannah Schulz, card 4111 1111 1111 1111"}]},
                      {"role": "assistant", "content": "Thanks Hannah!", "weight": 1}]},
        {"messages": [{"role": "user", "content": "Мой телефон +7 916 204-55-81"}]},
    ]
    data = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    result, out, report = _scrub(tmp_path, "train.jsonl", data)
    assert result.exit_code == 0, result.stderr
    assert report["train.jsonl"]["format"] == "openai-jsonl"
    rows = [json.loads(line) for line in (out / "train.jsonl").read_text().splitlines()]
    assert [[m["role"] for m in r["messages"]] for r in rows] == [["system", "user", "assistant"], ["user"]]
    user = rows[0]["messages"][1]
    assert user["name"] == "[USERNAME_1]"
    assert user["content"][0]["text"] == "I'm [PERSON_1], card [CREDIT_CARD_1]"
    assert rows[0]["messages"][2] == {"role": "assistant", "content": "Thanks [PERSON_1]!", "weight": 1}
    assert rows[1]["messages"][0]["content"] == "Мой телефон [PHONE_1]"
    _verify(tmp_path)


def test_sharegpt_jsonl_and_role_labels(tmp_path):
    data = json.dumps({"conversations": [{"from": "human", "value": "Email nadia.kim@fastmail.com please"},
                                         {"from": "gpt", "value": "Done."}]}) + "\n"
    result, out, report = _scrub(tmp_path, "sharegpt.jsonl", data)
    assert result.exit_code == 0
    assert report["sharegpt.jsonl"]["format"] == "sharegpt-jsonl"
    assert json.loads((out / "sharegpt.jsonl").read_text()) == {"conversations": [
        {"from": "human", "value": "Email [EMAIL_1] please"}, {"from": "gpt", "value": "Done."}]}


def test_fields_select_what_a_generic_json_file_scans(tmp_path):
    data = json.dumps([{"messages": [{"content": "write to nadia.kim@fastmail.com"}],
                        "notes": "owner: nadia.kim@fastmail.com"}])
    result, out, report = _scrub(tmp_path, "data.json", data, "--fields", "messages[].content")
    assert result.exit_code == 0
    assert json.loads((out / "data.json").read_text()) == [
        {"messages": [{"content": "write to [EMAIL_1]"}], "notes": "owner: nadia.kim@fastmail.com"}]
    # without --fields every string value that is not an id, a time or a type is text
    result, out, report = _scrub(tmp_path, "data.json", data)
    assert "nadia" not in (out / "data.json").read_text()
    assert report["data.json"]["format"] == "json"


def test_bad_field_syntax_is_a_usage_error(tmp_path):
    result, _, _ = _scrub(tmp_path, "data.json", "{}", "--fields", "messages[.content")
    assert result.exit_code == 2
    assert "bad field 'messages[.content'" in result.stderr


def test_truncated_export_is_an_error_never_plain_text(tmp_path):
    data = json.dumps(CHATGPT, indent=2)[:700]
    result, out, report = _scrub(tmp_path, "conversations.json", data)
    assert result.exit_code == 2
    entry = report["conversations.json"]
    assert entry["status"] == "error" and entry["error"].startswith("invalid JSON at line ")
    assert "(truncated?)" in result.stderr
    assert not (out / "conversations.json").exists()


def test_jsonl_bad_record_names_its_line(tmp_path):
    data = '{"messages": []}\n{"messages": [}\n'
    result, out, report = _scrub(tmp_path, "train.jsonl", data)
    assert result.exit_code == 2
    assert report["train.jsonl"]["error"] == "invalid JSON at line 2, column 15: expected a value"


def test_sniffing_tells_exports_apart_by_content():
    chatgpt = json.dumps(CHATGPT)
    assert choose_format(chatgpt, "export.json")[0].name == "chatgpt"
    assert choose_format("[" + chatgpt[1:], "anything.txt")[0].name == "chatgpt"
    claude = json.dumps([{"uuid": "u", "name": "n", "chat_messages": []}])
    assert choose_format(claude, "conversations.json")[0].name == "claude"
    assert choose_format('[{"conversations": [{"from": "human", "value": "hi"}]}]', "d.json")[0].name == "sharegpt"
    assert choose_format('{"messages": [{"role": "user", "content": "hi"}]}\n', "d.jsonl")[0].name == "openai-jsonl"
    assert choose_format('{"a": "b"}', "d.json")[0].name == "json"
    assert choose_format("<html><script>var jsonData = [];</script></html>", "chat.html")[0].name == "chatgpt-html"
    assert set(FORMATS) >= {"chatgpt", "chatgpt-html", "claude", "openai-jsonl", "sharegpt",
                            "sharegpt-jsonl", "json", "jsonl", "csv"}


def test_formats_command_lists_every_format():
    result = run_cli("formats")
    assert result.exit_code == 0
    for name in FORMATS:
        assert f"\n {name} " in "\n" + result.stdout or result.stdout.startswith(f" {name} ")
