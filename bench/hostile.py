"""The decoded view on hostile segments: each of the largest segment size (a longer line is
read in parts of it), built to make one of the view's stages work hardest (a run of
backslashes, escapes cut short, encoded words, hex, base32, base64, deflate bombs, Ascii85, character codes
and byte lists that decode to nothing or to one letter over and over, SQL's hex literals
and the calls around them). The tests check what the view reads on each
(``tests/detect/test_escapes.py``, ``test_hexruns.py``, ``test_base64text.py``,
``test_ascii85text.py``, ``test_base32text.py``, ``test_charcodes.py``, ``test_sql_hex.py``); this times it.

Not a test: no assertions, never collected by pytest. Run from the repo root::

    .venv/bin/python bench/hostile.py [--repeat 3]

Prints, per segment, the best of --repeat reads in seconds, the same beside ordinary prose
of the same length read in the same run (the baseline: these machines are noisy), their
ratio, and the target: a segment read in under 1 s.
"""

from __future__ import annotations

import argparse
import base64
import sys
import time
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from redact.formats.base import MAX_SEGMENT_CHARS as SIZE  # noqa: E402

# base64 of 400,000 letters raw-deflated into 406 bytes: a decompression bomb in small
_BOMB = base64.b64encode(zlib.compress(b"A" * 400_000, 9)[2:-4]).decode("ascii")

TARGET = 1.0  # seconds a segment may take
PROSE = "The meeting moved to Tuesday, and the notes are in the shared folder as before. "
# (name, segment, what the view reads on it: None when it leaves the segment as it is)
SEGMENTS: list[tuple[str, str, str | None]] = [
    ("backslashes", "\\" * SIZE, None),
    ("backslashes before u", ("\\" * 50 + "u") * (SIZE // 51), None),
    ("\\u escapes cut short", "\\u00" * (SIZE // 4), None),
    ("an encoded word never closed", "=?" + "a" * SIZE, None),
    ("encoded words never closed", "=?a?Q?" * (SIZE // 6), None),
    ("quoted-printable of no UTF-8", "=C3" * (SIZE // 3), None),
    ("soft line breaks", "=\n" * (SIZE // 2), None),
    ("one long encoded word", "=?UTF-8?B?" + "QUJD" * (SIZE // 4) + "?=", "ABC" * (SIZE // 4)),
    ("encoded words", "=?UTF-8?Q?a?= " * (SIZE // 14), "a" * (SIZE // 14) + " "),
    ("octal bytes", "\\320\\230" * (SIZE // 8), "И" * (SIZE // 8)),
    ("lone surrogates", "\\ud83d" * (SIZE // 6), None),
    ("base64 of one letter", "A" * SIZE, None),
    ("base64 alphabet", "Ab1+" * (SIZE // 4), None),
    ("base64 words", "Ab1 " * (SIZE // 4), None),
    ("zeros", "0" * SIZE, None),
    ("hex pairs", "0a" * (SIZE // 2), None),
    ("hex pairs apart", "0a " * (SIZE // 3), None),
    ("hex literals", "0x0a, " * (SIZE // 6), None),
    ("UTF-16 hex", "004a" * (SIZE // 4), "J" * (SIZE // 4)),
    ("hex words", "0a0b " * (SIZE // 5), None),
    ("binary bytes", "01000001 " * (SIZE // 9), "A" * (SIZE // 9) + " "),
    ("code points", "U+0041 " * (SIZE // 7), "A" * (SIZE // 7) + " "),
    ("UTF-8 hex bytes", "d0 9f d1 80 " * (SIZE // 12), None),
    ("PDF strings never closed", "/T (\\376\\377\\000A" * (SIZE // 17), None),
    ("one long PDF string", "/T (\\376\\377" + "\\000A" * ((SIZE - 13) // 5) + ")",
     "/T (" + "A" * ((SIZE - 13) // 5) + ")"),
    ("PDF hex string", "<FEFF" + "0041" * ((SIZE - 6) // 4) + ">", "<" + "A" * ((SIZE - 6) // 4) + ">"),
    ("base64 of UTF-16 marks", "/v8AQQBi" * (SIZE // 8), None),
    ("deflate bombs in base64", (_BOMB + " ") * (SIZE // (len(_BOMB) + 1)), None),
    ("deflate streams cut short", "C8k4vDI/Jb8oVSEsMSc1 " * (SIZE // 21), None),
    ("deflated names", "C8k4vDI/Jb8oVSEsMSc1ryQzDwA= " * (SIZE // 29),
     "Théodore Valentin " * (SIZE // 29)),
    ("UTF-8 bytes as code points", "\\u00d0\\u0092" * (SIZE // 12), "В" * (SIZE // 12)),
    ("Ascii85 never closed", "<~" + "Ab1+z" * ((SIZE - 2) // 5), None),
    ("Ascii85 cue words", "ascii85 " * (SIZE // 8), None),
    ("Ascii85 runs after cues", 'base85 "Ab1+Cd2-Ef3", ' * (SIZE // 22), None),
    ("Ascii85 names", "<~9#J)XB-9NWF_q~>" * (SIZE // 17), " Jörg Blum " * (SIZE // 17)),
    ("base32 alphabet", "ABCDEFGH234567" * (SIZE // 14), None),
    ("base32 groups", "MFRGGZDF " * (SIZE // 9), None),
    ("base32 padding", "MFRGGZDF======" * (SIZE // 14), None),
    ("base32 names", "JLB3M4THEBBGY5LN " * (SIZE // 17), "Jörg Blum " * (SIZE // 17)),
    ("formula codes", "=UNICHAR(1)&" * (SIZE // 12), None),
    ("joined formulas", "=CONCATENATE(CHAR(1)," * (SIZE // 21), None),
    ("formulas in a sheet's language", "=СЦЕПИТЬ(СИМВОЛ(1);" * (SIZE // 19), None),
    ("bytes in brackets", "[" + "1 " * ((SIZE - 2) // 2) + "]", None),
    ("brackets never closed", "[1 2 3 4 " * (SIZE // 9), None),
    ("signed bytes", "[" + "-1, " * ((SIZE - 2) // 4) + "-1]", None),
    ("SQL hex literals cut short", "X'41" * (SIZE // 4), None),
    ("SQL decoders of no text", "UNHEX('0a0b0c0d') " * (SIZE // 18), None),
    ("SQL calls of hex", "CONVERT(X'414243' USING utf8mb4) " * (SIZE // 33), "ABC " * (SIZE // 33)),
    ("SQL calls never closed", ("CAST(" * 12 + "X'414243'") * (SIZE // 69),
     ("CAST(" * 12 + "ABC") * (SIZE // 69)),
    ("SQL 0x literals", "0x414243 " * (SIZE // 9), None),
]


def best(call, text: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call(text)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="reads of each segment, the best "
                                                          "counts (default: %(default)s)")
    args = ap.parse_args()
    from redact.detect.view import view

    read = view.__wrapped__  # uncached: every read does the work
    prose = (PROSE * (SIZE // len(PROSE) + 1))[:SIZE]
    read(prose)
    baseline = best(read, prose, args.repeat)
    print(f"{len(SEGMENTS)} segments of about {SIZE:,} characters; prose of the same length "
          f"{baseline:.3f} s (the baseline); target: each under {TARGET:g} s")
    worst = 0.0
    for name, text, _ in SEGMENTS:
        seconds = best(read, text, args.repeat)
        worst = max(worst, seconds)
        print(f"  {name:<32} {seconds:7.3f} s  {seconds / baseline:6.1f}x prose  "
              f"{'ok' if seconds < TARGET else 'OVER'}")
    print(f"slowest {worst:.3f} s (target < {TARGET:g} s) -> {'PASS' if worst < TARGET else 'FAIL'}")


if __name__ == "__main__":
    main()
