"""The memory-mapped language model gives py3langid's own numbers."""

from __future__ import annotations

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from redact.detect.langid_model import mapped_identifier, release

TEXTS = [
    "Okay , um {disfmarker} {vocalsound} Okay , so so um {disfmarker} {vocalsound} uh",
    "Ich habe gestern mit meinem Bruder telefoniert und er hat gesagt, dass er kommt.",
    "Wczoraj rozmawiałem z bratem i powiedział, że w weekend przyjedzie do Warszawy.",
    "Привет! Иван Петров пришлёт отчёт завтра, а Марии скажи, что всё готово.",
    "Добрий день, я надішлю звіт завтра вранці.",
    "こんにちは、明日の会議について話しましょう。",
    "THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG",
    "12345 67890", "", "ok", "naïve café déjà vu 😀",
]


def test_mapped_model_ranks_every_language_as_py3langid_does():
    mapped = mapped_identifier()
    loaded = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    assert [mapped.rank(t) for t in TEXTS] == [loaded.rank(t) for t in TEXTS]
    assert [mapped.classify(t) for t in TEXTS] == [loaded.classify(t) for t in TEXTS]


def test_mapped_model_tables_are_read_from_the_map_not_copied():
    mapped = mapped_identifier()
    assert not mapped.nb_ptc.flags.owndata and not mapped.nb_ptc.flags.writeable
    assert isinstance(mapped.tk_nextmove, memoryview) and mapped.tk_nextmove.readonly
    assert isinstance(mapped.tk_output, memoryview) and not isinstance(mapped._rowbase, list)
    assert mapped.nb_ptc.dtype == np.float16 and mapped.nb_ptc.shape[1] == len(mapped.nb_classes)


def test_released_pages_come_back_with_the_same_numbers():
    mapped = mapped_identifier()
    before = [mapped.rank(t) for t in TEXTS]
    release()  # every mapping made so far: the next text maps its pages again
    assert [mapped.rank(t) for t in TEXTS] == before
