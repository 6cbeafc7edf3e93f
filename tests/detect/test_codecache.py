"""The code's own patterns kept compiled: a later process loads what an earlier one
compiled, matches as a fresh compile does, and a damaged or foreign file is worked around."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[2]
# every detection module imported, then the patterns one compiles on first Cyrillic text
IMPORT_ALL = ("import importlib, pkgutil, redact.detect as d\n"
              "for m in pkgutil.iter_modules(d.__path__): importlib.import_module('redact.detect.' + m.name)\n"
              "from redact.detect.addresses import _ru_anchors; _ru_anchors()\n")
# no pattern may be compiled: codecache's regex.compile raises
NO_COMPILE = ("import types, regex\nfrom redact.detect import codecache\n"
              "def boom(*a, **k): raise SystemExit('compiled ' + a[0][:60])\n"
              "codecache.regex = types.SimpleNamespace(compile=boom, Pattern=regex.Pattern, __version__=regex.__version__)\n")


def _run(home: Path, code: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(home),
               TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="")
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=300)


def _files(home: Path) -> list[Path]:
    return sorted((home / "redact").glob("code-*.regex"))


def test_a_later_process_loads_every_pattern_an_earlier_one_compiled(tmp_path):
    assert _run(tmp_path, IMPORT_ALL).returncode == 0
    [path] = _files(tmp_path)
    kept = pickle.loads(path.read_bytes())
    assert len(kept) > 150
    assert all(pickle.loads(blob).pattern == key.split(":", 1)[1].split("\0")[0]
               for key, blob in kept.items())
    done = _run(tmp_path, NO_COMPILE + IMPORT_ALL)
    assert (done.returncode, done.stderr) == (0, "")
    assert _files(tmp_path) == [path] and pickle.loads(path.read_bytes()).keys() == kept.keys()


def test_loaded_patterns_match_as_freshly_compiled_ones(tmp_path):
    assert _run(tmp_path, IMPORT_ALL).returncode == 0
    [path] = _files(tmp_path)
    text = ("Flat 3, 12 Coleridge Road\nBristol BS99 9ZZ; г. Казань, ул. Садовая, д. 21, кв. 7; "
            "Hauptstraße 5, 10115 Berlin; Dr. Naomi Feld, my sister Rose; 〒150-0001 Tokyo-to")
    for key, blob in pickle.loads(path.read_bytes()).items():
        if "\0" in key:  # named lists: compared through the module that has them
            continue
        flags, source = key.split(":", 1)
        fresh = regex.compile(source, int(flags))
        loaded = pickle.loads(blob)
        assert [m.span() for m in loaded.finditer(text, overlapped=True)] == \
               [m.span() for m in fresh.finditer(text, overlapped=True)], source[:80]


def test_a_damaged_file_is_compiled_again_and_written_anew(tmp_path):
    assert _run(tmp_path, IMPORT_ALL).returncode == 0
    [path] = _files(tmp_path)
    kept = pickle.loads(path.read_bytes()).keys()
    path.write_bytes(b"not a pickle")
    done = _run(tmp_path, IMPORT_ALL)
    assert (done.returncode, done.stderr) == (0, "")
    assert pickle.loads(path.read_bytes()).keys() == kept
    # a pickle naming anything but regex's compiler is never loaded: nothing of it runs
    for evil in (_Evil(tmp_path / "ran"), {next(iter(kept)): pickle.dumps(_Evil(tmp_path / "ran"))}):
        path.write_bytes(pickle.dumps(evil))
        assert _run(tmp_path, IMPORT_ALL).returncode == 0
        assert not (tmp_path / "ran").exists()
        assert pickle.loads(path.read_bytes()).keys() == kept


class _Evil:
    def __init__(self, where: Path) -> None:
        self.where = where

    def __reduce__(self):
        return os.mkdir, (str(self.where),)


def test_named_lists_are_part_of_what_a_pattern_is_kept_as(tmp_path):
    code = ("from redact.detect import codecache\n"
            "a = codecache.compile(r'\\L<w>', w=['oak'])\nb = codecache.compile(r'\\L<w>', w=['elm'])\n"
            "print(bool(a.fullmatch('oak')), bool(b.fullmatch('elm')), bool(b.fullmatch('oak')))\n")
    assert _run(tmp_path, code).stdout.split() == ["True", "True", "False"]
    assert _run(tmp_path, code).stdout.split() == ["True", "True", "False"]  # loaded from the file


def test_a_forked_worker_writes_nothing(tmp_path):
    code = ("import os\nfrom redact.cache import user_cache_folder\nfrom redact.detect import codecache\n"
            "codecache.compile(r'worker[0-9]+')\n"
            "if os.fork() == 0:\n    codecache._STORE.save(); os._exit(0)\n"
            "os.wait()\nprint(len(list(user_cache_folder().glob('code-*'))))\n")
    done = _run(tmp_path, code)
    assert done.stdout.split() == ["0"]  # the child did not write; the parent writes as it exits
    assert len(_files(tmp_path)) == 1


# a spoken email's grammars, which a text with a said "at" and "dot" makes a process compile
SPOKEN = ("from redact.detect.engine import Engine, EngineConfig\n"
          "from redact.detect.packs import load_rules\nimport sys\n"
          "rules = load_rules([__import__('pathlib').Path(p) for p in sys.argv[1:]])\n"
          "engine = Engine(EngineConfig(ner=False), rules)\n"
          "[s] = engine.scan([('mail tom dot reyes zorblat outlook dot com', 'prose')])\n"
          "print(sorted(f.entity for f in s.findings))\n")


def test_the_built_in_packs_spoken_grammars_are_kept_and_a_users_never(tmp_path):
    def run(home: Path, *packs: Path) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(home),
                   TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="")
        return subprocess.run([sys.executable, "-c", SPOKEN, *map(str, packs)], env=env,
                              capture_output=True, text=True, timeout=300)

    pack = tmp_path / "mine.yaml"  # a user's word for "at": it may be anything of theirs
    pack.write_text("spoken:\n  at: {en: [zorblat]}\n", encoding="utf-8")
    assert run(tmp_path / "user", pack).stdout.split("\n")[0] == "['EMAIL_ADDRESS']"
    [mine] = _files(tmp_path / "user")
    assert b"zorblat" not in mine.read_bytes()
    assert not any("outlook" in key for key in pickle.loads(mine.read_bytes()))
    assert run(tmp_path / "builtin").returncode == 0
    [kept] = _files(tmp_path / "builtin")
    # the built-in packs' grammars of a said "at" and "dot": all that the user's run lacks
    grammars = pickle.loads(kept.read_bytes()).keys() - pickle.loads(mine.read_bytes()).keys()
    assert grammars and all("(?(DEFINE)" in key and "(?P<dot_word" in key for key in grammars)
    assert pickle.loads(mine.read_bytes()).keys() < pickle.loads(kept.read_bytes()).keys()
