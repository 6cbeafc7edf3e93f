"""Given names that NER misses: lowercase chat ("tell rob he owes me", "саша, ты за рулём?").

English uses the first-name lexicon of the rule packs (``first_names.en``), asking for
context when the name is also a common word; Russian uses pymorphy3's Name/Surn/Patr tags
plus a list of diminutives the dictionary lacks.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from spacy.attrs import ORTH
from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

from redact.detect.name_cues import cued_names
from redact.detect.name_ends import NAME_WORD, merge, rest, wraps
from redact.detect.name_cue_words import after_words, cue_words
from redact.detect.name_kin import MAKES_A_VERB, NOT_NAMES, PLACE_TYPES, kin_name, placed_kin_names, unknown_kin_names
from redact.detect.name_lists import listed_names
from redact.detect.name_scripts import accented_latin_names, script_names
from redact.detect.nlp import Artifacts
from redact.detect.speech import is_hesitation
from redact.detect.wordlike import (COMMON_ZIPF, is_first_name, is_given_name_abroad,
                                    unaccented, zipf)
from redact.morph import family_name, full_name, lemma, name_parse, name_score, proper_noun

__all__ = ["NameLexiconRecognizer"]

_ADDRESS_VERBS = {
    "tell", "ask", "call", "text", "ping", "message", "thank", "thanks", "invite", "remind",
    "meet", "with", "and", "hi", "hey", "dear", "sorry",
}
_AFTER_NAME = {"he", "she", "they", "that", "to", "about", "'s", "is", "was", "said", ",", "!"}
# names that are auxiliaries: whatever follows may be the verb they help ("my daughter will like it")
_AUXILIARIES = {"will", "may", "can", "might", "must", "shall", "would", "should", "could"}
_INTRODUCTIONS = {("it", "'s"), ("it", "is"), ("this", "is"), ("i", "'m"), ("i", "am"),
                  ("name", "is"), ("me", ",")}
_VOCATIVE_END = {"!", "?", ",", "."}
_SIGN_OFFS = {"best", "cheers", "thanks", "thank", "regards", "love", "xoxo", "bye", "later",
              "sincerely", "yours", "warmly", "faithfully", "respectfully"}
_MONTHS = {"april", "may", "june", "august"}  # "in May" is a month, "to Will" a person
_CYRILLIC = re.compile(r"[а-яё]")
_WORD = re.compile(r"[^\W\d_]+")
_SPLIT_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_RUN = re.compile(r"\S+")
_RUNS_REMEMBERED = 50_000
_FOLLOWS_NAME = {"from", "and", "said", "says", "asked", "told", "wrote", "is", "was", "has"}
# Two capitalised Latin words, diacritics and "Mc", "O'" and double-barrelled ones too:
# "Dieter Höfig", "Aine Shaughnessy", "Karen McCrory", "Zoë Ní Bhriain" is read in pairs.
# Apart by spaces, or by a line break where a quoted or mailed text wraps a sentence:
# "the note from Dr Édouard\n> Techer is attached" (a quote's "> " is not in the segment)
# A middle initial may stand between: "Ravil G Yefimov", "Sari J. Paavolainen".
# Particles may stand between: "Pierre Le Goff", "Ana de la Cruz", "Rutger van der Berg".
# Irish, Māori and Vietnamese ones too: "Siobhán Ní Dhomhnaill", "Aroha Te Whare", "Nguyễn Thị Lan".
_PARTICLE = (r"(?:[Dd]e|[Dd]el|[Dd]ella|[Dd]a|[Dd]i|[Dd]u|[Dd]es|[Dd]os|[Ll]a|[Ll]e|[Vv]an|[Vv]on|[Dd]er|[Dd]en"
             r"|[Tt]er|bin|ibn|al|Ní|Nic|Mac|Ó|Uí|Te|Thị|Văn)")
_PARTICLE_TAIL = re.compile(rf"(?:[ \t]+{_PARTICLE}){{1,2}}[ \t]+{NAME_WORD}(?![\w'’-])")
# those that stand in names only, beside a word English barely has: "Aroha Te Whare"
_NAME_ONLY_PARTICLE = re.compile(r"\b(?:Ní|Nic|Uí|Te|Thị|Văn|bin|ibn)\b")
_PAIR = re.compile(rf"(?<![\w'’-])({NAME_WORD})([ \t]+(?:[A-ZÀ-ÖØ-Þ]\.?[ \t]+|(?:{_PARTICLE}[ \t]+){{1,2}})?|[ \t]*\n[ \t]*)"
                   rf"({NAME_WORD})(?![\w'’-])")
# The same in lowercase, as chat writes it: "patricia desrosiers", "bertram m. jørgensen".
_LOWER_WORD = r"[a-zß-öø-ÿā-ž]+(?:-[a-zß-öø-ÿā-ž]+)?"
_LOWER_WORD_ONLY = re.compile(rf"(?<![\w'’@./-]){_LOWER_WORD}(?![\w'’@/-])")
# three or more lowercase words with commas, the last after "and": a list of given names when all are
_LOWER_LIST = re.compile(rf"(?<![\w'’@./-]){_LOWER_WORD}(?:,[ \t]{_LOWER_WORD})+,?[ \t]and[ \t]{_LOWER_WORD}"
                         rf"(?![\w'’@/-])")
_LOWER_PAIR = re.compile(rf"(?<![\w'’@./-])({_LOWER_WORD})[ \t]+(?:[a-z]\.?[ \t]+)?({_LOWER_WORD})"
                         rf"(?![\w'’@/-]|\.\w)")
# Words that give a name, before one in lowercase: "my name is vitoria", "calls me borna",
# "her maiden name is nyberg" (capitalised ones are a rule: person_named_as_such).
_NAMED_AS = re.compile(r"\b(?:(?:my|his|her|their|your|last|first|maiden|full|family|given) "
                       r"name(?: is|['’]s)|surname is|(?:call|calls|called) me)[ \t]+"
                       rf"({_LOWER_WORD})(?:[ \t]+({_LOWER_WORD}))?(?![\w'’@/-])")
# A capitalised word: one mid-sentence that is a given name English barely has is a name
# ("Why is Glyceria so impulsive?", "said Erle to Maurice")
_CAPITALISED = re.compile(r"(?<![\w'’@./-])[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+(?![\w'’@-]|\.\w)")
# A mail header's field of people, before a given name: "From: Elaine Wall", "Кому: Глеб ...";
# or a form's field of a person's name, as the decoded view reads a query ("name=Philip+Hill"
# is "name: Philip Hill")
_HEADER_FIELD = re.compile(r"(?<![\w-])(?i:from|to|cc|bcc|reply-to|sender|от|кому|копия|name|"
                           r"full[_ -]?name|fio|фио|имя):[ \t]+"
                           r"([A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ][^\W\d_]+)(?![\w'’@-])")
# Titles a name follows, given or family ("mr. okonkwo", "Smt. Padraig"), unlike "the hon. member"
_SURNAME_TITLES = {"mr", "mrs", "ms", "mx", "miss", "dr", "doctor", "prof", "professor", "sir", "dame",
                   "rev", "begum", "kumari", "pandit", "selvi", "shri", "shrimati", "smt", "sri",
                   "sushri", "thiru", "thirumathi", "ustad"}
_MISTER = {"mr", "mrs", "ms", "mx"}  # nothing but a family name follows: "mrs okafor", "Mr Hale"
# A name before whose relation it is: "Daniel's daughter", "Will's wife"
_POSSESSIVE = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+)['’]s(?=[ \t]+([^\W\d_]+))")
# A given name labelling a line of dialogue: "Halldór: What a wife.", "Éva:\"Who are you?\""
_LABEL = re.compile(r"(?m)^[ \t]*([A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+):(?=[ \t]*\S)")
# a lowercase Russian word, then a capitalised one: who someone is, then their name; the
# word may be Tatar, Bashkir or Kazakh, in their letters ("моя әби Мерседес", "җиңги Соль"),
# and where they live may stand between ("мой ами из Гянджи Давыд")
_CYRILLIC_AFTER = re.compile(r"(?<![\w-])([а-яёәөүҗңһғқұі]+)[ \t]+(?:из[ \t]+[А-ЯЁ][а-яё]+[ \t]+)?"
                             r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])")
# a speaker giving their own name: "Hi, I'm Thandiwe", "I am Priya", "Chidi here, quick one"
_INTRODUCED = re.compile(r"\b(?:I['’]m|I am)[ \t]+([A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+)(?![\w'’@-])"
                         r"|(?:^|(?<=[.!?:>][ \t]))([A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+)[ \t]+here\b(?=[ \t]*[,.!—–-])",
                         re.MULTILINE)
_DEMONYM = ("ian", "ean", "ese", "ish", "ic", "ern", "ite", "ist")  # "I'm Zimbabwean", "I'm Baptist"
_CYRILLIC_PAIR = re.compile(r"(?<![\w-])([А-ЯЁІЇЄҐ][а-яёіїєґ]+)[ \t]+([А-ЯЁІЇЄҐ][а-яёіїєґʼ'’]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])")
# a family name is rarer than this as an English word ("Robinson" 3.4, "Baker" 3.9)
_FAMILY_ZIPF = 4.0
_RARE_ZIPF = 2.5  # a word English barely has: "Biesty", "desrosiers"; not "sonnet" (2.96)
_SURNAME_ZIPF = 5.0  # family names are words as frequent as "Smith" (4.9), not as "Please"


class NameLexiconRecognizer(EntityRecognizer):
    def __init__(self, supported_language: str, first_names: dict[str, set[str]],
                 relations: set[str], honorifics: set[str]) -> None:
        super().__init__(supported_entities=["PERSON"], name="name_lexicon",
                         supported_language=supported_language)
        self.relations = relations  # "my sister Rose", "his grandad rich"
        self.before_names = relations | honorifics  # "Mr Siobhan Canny", "coach Dmitri"
        self.names = first_names.get("en", set())
        self.ambiguous = first_names.get("en_ambiguous", set())
        self.diminutives = first_names.get("ru_diminutive", set())
        self.split_names = {exc.lower() for exc, pieces in TOKENIZER_EXCEPTIONS.items()
                            if any(p[ORTH].lower() in self.names for p in pieces)}
        # their first runs of letters ("mayn" of "mayn't"): a text without one has none
        self.split_heads = {m.group() for n in self.split_names if (m := _WORD.search(n))}
        # runs of non-space characters -> whether a token of theirs is a known first name;
        # spaCy tokenizes each run on its own, so the answer holds wherever it stands
        self.named_runs: dict[str, bool] = {}

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return []
        low = text.lower()
        if _CYRILLIC.search(low):  # every Russian word is asked about
            parts = [(list(nlp_artifacts.tokens), 0)]
        elif isinstance(nlp_artifacts, Artifacts):
            def named(a: int, b: int) -> bool:
                run = text[a:b]
                found = self.named_runs.get(run)
                if found is None:
                    if len(self.named_runs) >= _RUNS_REMEMBERED:
                        self.named_runs.clear()
                    tokens, _ = nlp_artifacts.tokens_between(a, b)
                    found = self.named_runs[run] = any(t.lower_ in self.names for t in tokens)
                return found
            parts = [nlp_artifacts.tokens_between(a, b) for a, b in self._windows(text, low, named)]
        elif self._windows(text, low):
            parts = [(list(nlp_artifacts.tokens), 0)]
        else:
            parts = []
        spans: list[tuple[int, int, float]] = []
        for tokens, offset in parts:
            spans += [(a + offset, b + offset, s) for a, b, s in self._scored(tokens)]
        full = self._full_names(text)  # Latin names, in any language's text
        if full:
            spans = sorted(set(spans) | set(full))
        return [
            RecognizerResult("PERSON", a, b, s,
                             analysis_explanation=AnalysisExplanation(self.name, s),
                             recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            })
            for a, b, s in merge(text, spans)
        ]

    def _full_names(self, text: str) -> list[tuple[int, int, float]]:
        """A given name of any country followed by a capitalised word that is no frequent
        English word: a first and a family name ("Dieter Höfig", "Melissa Robinson"), in a
        list, a table or a sentence NER reads badly. Given names that are words too ("Will
        Power") need more than this."""
        out = []
        if self.supported_language == "en" and _CYRILLIC.search(text.lower()):
            # a Russian name in English text, which no English model reads: "Виктор Никитин";
            # there any capitalised word before a family name is the given name ("Мина Романова")
            out += [(m.start(), m.end(), 0.5) for m in _CYRILLIC_PAIR.finditer(text)
                    if full_name(m.group(1), m.group(2)) or family_name(m.group(2), shaped=False)]
        out += self._lowercase_names(text)
        out += self._named_by_context(text)
        out += unknown_kin_names(text, self.names, self.before_names) + placed_kin_names(text, self.relations, self.before_names)
        out += cued_names(text)  # any origin's, after what introduces a name
        out += listed_names(text, self.names)  # any origin's, in a list of names
        out += script_names(text, self.before_names)  # in a script no model reads
        out += accented_latin_names(text)  # in Latin letters no model reads in Cyrillic text
        pos = 0
        while (m := _PAIR.search(text, pos)) is not None:
            first, family = m.group(1), m.group(3)
            if (not is_hesitation(first)  # "Uh Martijn"
                    and ("\n" not in m.group(2) or wraps(text, m.start(), m.end()))
                    and (self._first_and_family(first, family)
                         or _NAME_ONLY_PARTICLE.search(m.group(2)) and (_rare(first) or _rare(family)))):
                tail = _PARTICLE_TAIL.match(text, m.end())  # "Henric van den Nuwenhuse"
                out.append((m.start(), tail.end() if tail else m.end(), 0.5))
                pos = m.end()
            elif first.casefold() in self.before_names:  # "Mr Siobhan Canny", "Coach Dmitri Orlov"
                pos = m.start(3)
            else:  # a longer run of capitals is no name: "the Atlantic Rim Collaboratory"
                pos = m.end()
        return out

    def _named_by_context(self, text: str) -> list[tuple[int, int, float]]:
        """Given names of any country that the words around them make names: after a title
        or who the person is ("my kid Lukas", "mr. elliott"), in a mail header's field
        ("From: Elaine Wall") or a form's name field ("name: Philip Hill"), before whose
        relation they are ("Daniel's daughter"), labelling lines of dialogue ("Halldór: What
        a wife."; a name that is a word too where two lines are labelled: "Heather:"), or
        capitalised mid-sentence where English barely has the word ("Why is Virpi so
        quiet?")."""
        def given(word: str) -> bool:
            return word.casefold() not in self.ambiguous and is_first_name(word, self.names)

        # after a title, a word English barely has is a family name: "mr. okonkwo"; the
        # capitalised words after a name are the rest of it ("Dr Heljä P. Korhonen")
        low = text.lower()
        cues = cue_words(low, self.before_names, self.relations)  # "3ammi" is "ammi"
        spelled = {w for w, listed in cues.items() if w != listed}
        relations = self.relations | spelled if spelled else self.relations
        after = after_words(frozenset(cues)).finditer(text) if cues else ()
        # (after whose relation someone is, the cue says person whatever NER reads: 0.86)
        out = [(m.start(2), rest(text, m.start(2), m.end(2)) if m.group(2)[0].isupper()
                else m.end(2), 0.86 if m.group(1).casefold() in relations else 0.5)
               for m in after if not ("," in m.group() and is_hesitation(m.group(1)))  # "ah, tru?"
               if given(m.group(2)) or m.group(1).casefold() in _SURNAME_TITLES and _rare(m.group(2))
               or m.group(1).casefold() in _MISTER and zipf(m.group(2).casefold(), "en") < _FAMILY_ZIPF
               or kin_name(text, m, relations, self.before_names)]
        if ":" in text:  # a mail header's people or a form's name, with the rest of the name
            out += [(m.start(1), rest(text, m.start(1), m.end(1)), 0.5)
                    for m in _HEADER_FIELD.finditer(text) if given(m.group(1))]
        # whose relation they are says what they are, whatever NER reads: 0.86 outranks it
        out += [(m.start(1), m.end(1), 0.86) for m in _POSSESSIVE.finditer(text)
                if m.group(2).casefold() in self.relations
                and (m.group(1).casefold() in self.names or is_first_name(m.group(1), self.names))]
        labels = [m for m in _LABEL.finditer(text) if is_first_name(m.group(1), self.names)
                  or m.group(1).casefold() in self.names]
        out += [(m.start(1), m.end(1), 0.5) for m in labels if len(labels) > 1 or given(m.group(1))]
        out += [(m.start(g), m.end(g), 0.5) for m in _INTRODUCED.finditer(text)
                for g in (1, 2) if m.group(g) and (given(m.group(g)) or _rare(m.group(g))
                                                   and not m.group(g).endswith(_DEMONYM))]
        out += [(m.start(), m.end(), 0.45) for m in _CAPITALISED.finditer(text)
                if _rare(m.group()) and not _opens_sentence(text, m.start())
                and m.group().casefold() not in self.names and is_first_name(m.group(), self.names)]
        if _CYRILLIC.search(text):
            # Russian capitalises nothing but names mid-sentence: after who someone is, a
            # capitalised word is their name however rare or wordlike ("мой батя Сократ",
            # "с братом Миром"), unless the dictionary knows it as a place or a company
            out += [(m.start(2), m.end(2), 0.5) for m in _CYRILLIC_AFTER.finditer(text)
                    if (m.group(1) in self.relations or lemma(m.group(1)) in self.relations) and (
                        name_parse(m.group(2))[0] is not None or not proper_noun(m.group(2)))]
        return out

    def _lowercase_names(self, text: str) -> list[tuple[int, int, float]]:
        """Full names in lowercase: a given name before a word English barely has, and what
        words that give a name give ("my name is vitoria")."""
        out: list[tuple[int, int, float]] = []
        if self.supported_language == "en":
            for m in _NAMED_AS.finditer(text):
                if is_hesitation(m.group(1)) or not (is_first_name(m.group(1), self.names)
                                                     or _rare(m.group(1))):
                    continue
                end = m.end(2) if m.group(2) and _rare(m.group(2)) else m.end(1)
                out.append((m.start(1), end, 0.5))
        words = set(_LOWER_WORD_ONLY.findall(text))
        if self.names.isdisjoint(words):
            return out
        for m in _LOWER_LIST.finditer(text):  # "silvana, adam, kristina and caleb"
            items = [w for w in _LOWER_WORD_ONLY.finditer(text, m.start(), m.end()) if w.group() != "and"]
            if all(w.group() in self.names or is_first_name(w.group(), self.names) for w in items):
                out += [(w.start(), w.end(), 0.5) for w in items]
        pos = 0
        while (m := _LOWER_PAIR.search(text, pos)) is not None:
            first, family = m.group(1), m.group(2)
            if self._given(first) and _rare(family) and not is_first_name(family, self.names, abroad=False):
                out.append((m.start(), m.end(), 0.5))
                pos = m.end()
            else:
                pos = m.start(2)
        return out

    def _given(self, word: str) -> bool:
        """A first name of the lexicon that is no English word: "patricia"; not "will".
        Other countries' given names are words in lowercase too often ("edit", "petro")."""
        return word in self.names and word not in self.ambiguous

    def _first_and_family(self, first: str, family: str) -> bool:
        low, family_zipf = first.casefold(), zipf(family.casefold(), "en")
        if low in self.ambiguous:
            # a first name that is a word too, before a word English barely has: "Rose
            # Biesty", "Claude Dupuis"; not "Will Power", "Claude Sonnet"
            return family_zipf < _RARE_ZIPF and not is_first_name(family, self.names, abroad=False)
        # a first name as the family name after a given name the lexicon lacks as after one
        # it has ("Franck Roy" as "Jean Roy"), unless either is a word ("Santa Barbara")
        return (is_first_name(first, self.names) and family_zipf < _FAMILY_ZIPF
                and not is_first_name(family, self.names, abroad=False)
                or (low in self.names or unaccented(low) in self.names  # "Édith" as "Edith"
                    or family.casefold() in self.names
                    and family.casefold() not in self.ambiguous
                    and zipf(low, "en") < _FAMILY_ZIPF and is_first_name(first, self.names))
                and family_zipf < COMMON_ZIPF)

    def _windows(self, text: str, low: str,
                 named: Callable[[int, int], bool] | None = None) -> list[tuple[int, int]]:
        """Parts of a Latin text around its known first names: from the third run of
        non-space characters before one to the second after, overlapping parts joined.
        Every token a name's score looks at (two before, one after, its neighbours in
        capitals) is inside, and the first tokens of a part are no name. ``named`` tells
        whether a run's tokens hold a name: "don't" holds "don" but is "do" and "n't",
        and a part without a name token finds nothing."""
        words = _WORD.findall(low)
        if self.names.isdisjoint(words) and self.split_heads.isdisjoint(words):
            return []  # most texts: no name at all
        hits = [m.start() for m in _WORD.finditer(text) if m.group().lower() in self.names]
        if not self.split_heads.isdisjoint(words):
            hits += [m.start() for m in _SPLIT_WORD.finditer(text)
                     if m.group().lower() in self.split_names]
        if not hits:
            return []
        runs = [(m.start(), m.end()) for m in _RUN.finditer(text)]
        starts = [a for a, _ in runs]
        out: list[tuple[int, int]] = []
        for hit in sorted(hits):
            k = bisect.bisect_right(starts, hit) - 1
            if named is not None and not named(*runs[k]):
                continue
            a, b = runs[max(0, k - 3)][0], runs[min(len(runs) - 1, k + 2)][1]
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], max(b, out[-1][1]))
            else:
                out.append((a, b))
        return out

    def _scored(self, tokens: list) -> list[tuple[int, int, float]]:
        """(start, end, score) of the name tokens, in the tokens' own offsets."""
        spans: list[tuple[int, int, float]] = []
        found = [False] * len(tokens)
        for i, tok in enumerate(tokens):
            if not tok.is_alpha or len(tok.text) < 2:
                continue
            if tok.text.isupper():
                score = self._score_capitals(tokens, i)
            else:
                sentence_start = i == 0 or tokens[i - 1].text in (".", "!", "?") \
                    or "\n" in tokens[i - 1].text_with_ws
                score = self._score(tok.text, tokens, i, sentence_start)
                if not score and i and found[i - 1] and tokens[i - 1].whitespace_ == " ":
                    score = self._family_name_after(tok.text, tokens, i)
            if score:
                found[i] = True
                spans.append((tok.idx, tok.idx + len(tok.text), score))
        return spans

    def _score_capitals(self, tokens: list, i: int) -> float:
        """A name in capitals as a passport writes it ("SOKOLOVA MARINA"): a known first
        name with a capitalised word beside it, and that word."""
        def first_name(j: int) -> bool:
            return 0 <= j < len(tokens) and tokens[j].text.isupper() and len(tokens[j].text) > 2 \
                and tokens[j].lower_ in self.names and tokens[j].lower_ not in self.ambiguous
        if first_name(i) and any(0 <= j < len(tokens) and tokens[j].is_alpha and tokens[j].text.isupper()
                                 and len(tokens[j].text) > 2 for j in (i - 1, i + 1)):
            return 0.5
        return 0.45 if tokens[i].is_alpha and len(tokens[i].text) > 2 and (
            first_name(i - 1) or first_name(i + 1)) else 0.0

    def _family_name_after(self, word: str, tokens: list, i: int) -> float:
        """A family name right after a found first name: "ирина петрова", "Савва Пестов";
        after a capitalised given name no word too, a capitalised word however common
        ("Noor Baker from the", "Ines Beer said"), where it ends the run of capitals (not
        "Lucia Park Road") and is no word a name is not (a place's type, a month)."""
        if word.isascii():
            first, after = tokens[i - 1], tokens[i + 1] if i + 1 < len(tokens) else None
            return 0.45 if (word.istitle() and first.text.istitle() and first.text.isascii()
                            and first.lower_ not in self.ambiguous
                            and word.casefold() not in NOT_NAMES and word not in PLACE_TYPES
                            and zipf(word.casefold(), "en") < _SURNAME_ZIPF
                            and (after is None or not after.text[:1].isupper())) else 0.0
        if word[0].isupper():
            return 0.45 if family_name(word) else 0.0
        tag, _, _ = name_parse(word.casefold())
        return 0.45 if tag in ("Surn", "Patr") else 0.0

    def _score(self, word: str, tokens: list, i: int, sentence_start: bool) -> float:
        low = word.casefold()
        if self.supported_language == "ru" or not word.isascii():
            if word.islower() and len(word) == 2 and _abbreviated(tokens, i):
                return 0.0  # "ид. номер", "ул. лесная": a word cut short, not a name
            # a capital opening a sentence says nothing where a comma or "!" follows: "Рахмет, записал"
            addressed = i + 1 < len(tokens) and tokens[i + 1].text in (",", "!")
            return self._score_ru(word, low, sentence_start, sentence_start and addressed)
        if low not in self.names:
            return 0.0
        if low in self.ambiguous:
            before = tokens[i - 1].lower_ if i > 0 else ""
            before2 = tokens[i - 2].lower_ if i > 1 else ""
            after = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
            if before in _ADDRESS_VERBS and after in _AFTER_NAME:
                return 0.5
            if (before in self.relations or before == "," and before2 in self.relations) and (
                    after in _VOCATIVE_END or after in _AFTER_NAME
                    or low not in _AUXILIARIES and after not in MAKES_A_VERB):
                return 0.5  # "my sister Rose", "her husband, bill"; not "my son will be late"
            if before == "," and before2 in _SIGN_OFFS and after in ("", "\n", "!", "."):
                return 0.5  # "best, tom" closing a message
            if (before2, before) in _INTRODUCTIONS and (after in _VOCATIVE_END or after in {
                    "again", "here", "from"}):
                return 0.5
            if word[0].isupper() and before == "," and after in _VOCATIVE_END and not sentence_start:
                return 0.45  # "Happy 30th, Will!"
            if word[0].isupper() and not word.isupper() and not sentence_start and low not in _MONTHS and (
                    tokens[i - 1].is_alpha and tokens[i - 1].is_lower
                    or before == ":" and after in _FOLLOWS_NAME):
                return 0.45  # "my love to Will and", "one more thing: Will from finance"
            return 0.0
        return 0.5 if word.islower() else 0.45

    def _score_ru(self, word: str, low: str, sentence_start: bool, addressed: bool) -> float:
        """A Russian given name by the dictionary; one whose capital says nothing (in
        lowercase, or opening a sentence before a comma: ``addressed``) only if the world's
        given names know it too: the dictionary's names hold words of greeting and slang
        ("Рахмет, записал", "понял, джан", "скинь домашку")."""
        if not any("а" <= c <= "я" or c == "ё" for c in low):
            return 0.0
        if low in self.diminutives:
            return 0.55
        score = name_score(word, sentence_start)
        if score and (word.islower() or addressed) and name_parse(low)[0] == "Name" and not (
                is_given_name_abroad(low)):
            return 0.0
        return score


def _abbreviated(tokens: list, i: int) -> bool:
    """Token ``i`` is a word cut short: a dot follows it, and a lowercase word the dot."""
    return i + 2 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 2].text.islower()


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].rstrip(" \t\"“'")
    return not before or before[-1] in ".!?\n:;(>*-•"


def _rare(word: str) -> bool:
    return len(word) > 2 and zipf(word.casefold(), "en") < _RARE_ZIPF and not is_hesitation(word)

