"""Finding a document's phrases whole with str.find, as the regular expression of them did."""

import random
import re

from redact.detect.literals import find_phrases


def _by_regex(text: str, phrases: list[str]) -> list[tuple[int, str]]:
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)")
    return [(m.start(), m.group()) for m in pattern.finditer(text)]


def test_whole_words_left_to_right_first_phrase_first():
    text = "Amber Jones met Amber Jonesy and amber; Amber Jones."
    assert find_phrases(text, ["Amber Jones", "Amber"]) == [
        (0, "Amber Jones"), (16, "Amber"), (40, "Amber Jones")]
    assert find_phrases("x_Amber Jones", ["Amber Jones"]) == []
    # the leftmost first, whatever the order of the phrases; then none that overlaps it
    assert find_phrases("Halden Freight Co", ["Freight Co", "Halden Freight"]) == [
        (0, "Halden Freight")]
    assert find_phrases("aaa", ["aa"]) == []  # no occurrence stands whole


def test_same_as_the_regular_expression():
    random.seed(7)
    alphabet = "ab _.-1é\u0301Ж"
    for _ in range(20000):
        text = "".join(random.choice(alphabet) for _ in range(random.randint(0, 16)))
        phrases = list(dict.fromkeys("".join(random.choice(alphabet)
                                             for _ in range(random.randint(1, 4)))
                                     for _ in range(random.randint(1, 4))))
        phrases.sort(key=len, reverse=True)
        assert find_phrases(text, phrases) == _by_regex(text, phrases), (text, phrases)
