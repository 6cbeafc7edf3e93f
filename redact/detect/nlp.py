"""spaCy pipelines for NER, built explicitly: nothing is ever downloaded.

English is a spaCy model (name configurable) reduced to the components NER needs: its
``ner`` and, only when ``ner`` listens to it, the shared ``tok2vec`` (the small English
models give ``ner`` its own, so the shared one would feed only the tagger and parser);
Russian is a blank ``ru`` pipeline whose entities come from natasha (model in its wheel),
loaded when the first Russian text needs NER. Lemmas are the lowercase tokens, which is
what Presidio's context words are matched against (by substring), so the tagger and
lemmatizer need not run.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from functools import cached_property
from typing import TypeVar

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Token

from redact.detect import codecache
from redact.detect.checks import NAME_PARTICLES
from redact.detect.findings import NER_LABELS
from redact.detect.speech import is_hesitation
from redact.detect.wordlike import COMMON_ZIPF, is_first_name, zipf
from redact.errors import UsageError

__all__ = ["PipelineNlpEngine", "Artifacts", "MemoryZones", "bounded_runs", "may_name"]

T = TypeVar("T")
_EMBEDDERS = ("tok2vec", "transformer")
_BATCH = 256  # texts per spaCy batch: larger matrices, fewer passes
# characters per spaCy batch: the NER model's working memory grows with the tokens of a
# batch (about 5 MB per thousand characters), so a batch of long texts is cut short
_BATCH_CHARS = 40_000
# and its texts times its longest: that working memory also grows with the batch's texts
# padded to the longest, so the one long text among many short ones that ends a chunk
# sorted by length is not read with them (237 texts of 40,000 characters up to 1,208
# each took 73 MB, as many characters in texts of like length 50 MB)
_BATCH_PADDED = 2 * _BATCH_CHARS
# Components of spaCy's pipelines that never feed ``ner``: not even loaded.
_NOT_FOR_NER = ["tagger", "parser", "attribute_ruler", "lemmatizer", "trainable_lemmatizer",
                "senter", "morphologizer", "textcat", "textcat_multilabel", "spancat"]


# Words that open an English sentence capitalised without naming anyone: stop words and
# the fillers of speech ("Yeah.", "Mm-hmm.").
_FILLERS = set(EN_STOP_WORDS) | {
    "yeah", "yep", "yes", "no", "nope", "okay", "ok", "oh", "um", "uh", "hmm", "mm", "mhm",
    "uh-huh", "mm-hmm", "right", "sure", "alright", "hi", "hello", "hey", "thanks", "thank",
    "sorry", "great", "good", "cool", "wow", "nice", "exactly", "true", "maybe", "actually",
    "anyway", "like", "let", "let's", "what's", "that's", "it's", "there's", "here's"}
_CAPITALISED = codecache.compile(r"(?<![\p{L}\p{M}\d_'’])\p{Lu}[\p{L}\p{M}'’-]*")
_WORD = codecache.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*")
_SENTENCE_OPENERS = set(".!?…:;\"'“”„«»()[]-–—*>#\r\n")
# between the words of one name: "New York", "Ms. Vane", "Bank of England", "Ludwig van Beethoven"
_JOINER = codecache.compile(r"\.? (?:\L<particles> ){0,2}", particles=NAME_PARTICLES)


def may_name(text: str, first_names: set[str]) -> bool:
    """Whether English NER may find a name, place or organisation in the text. It finds
    them by their capitals, and lowercase only the odd known first name ("is sam
    coming?"). Capitals that name nothing the refiner would keep: "I", a stop word or
    filler opening a sentence ("Yeah, I think so.") or not a first name anywhere ("Yeah ,
    OK"), a hesitation ("Mmm"); nor, on its own (no capitalised word beside it), a letter
    or a word so frequent that a finding of it alone is dropped (``is_common_word``:
    "Interesting", "London"), while "New York" and "Dr White" are pairs. Lowercase, a
    first name that is a frequent word ("will", "may") is read as the word. Most of a
    meeting's utterances hold no other capital."""
    words = []
    for word in _CAPITALISED.finditer(text):
        w = word.group()
        if w == "I" or w.startswith(("I'", "I’")) or is_hesitation(w):
            continue
        before = text[max(0, word.start() - 80):word.start()].rstrip(" \t")  # not all of it
        if w.lower() in _FILLERS and (not before or before[-1] in _SENTENCE_OPENERS
                                      or not is_first_name(w, first_names)):
            continue  # but "her husband, Will says"
        words.append(word)
    for i, word in enumerate(words):
        paired = (i > 0 and _JOINER.fullmatch(text, words[i - 1].end(), word.start())
                  or i + 1 < len(words) and _JOINER.fullmatch(text, word.end(), words[i + 1].start()))
        w = word.group()
        if paired or len(w) > 1 and (zipf(w.casefold(), "en") < COMMON_ZIPF
                                     or is_first_name(w, first_names)):
            return True
    return any(w in first_names and zipf(w, "en") < COMMON_ZIPF for w in _WORD.findall(text.lower()))


def bounded_runs(items: Iterable[T], size: Callable[[T], int], count: int, chars: int,
                 padded: int | None = None) -> Iterator[list[T]]:
    """Consecutive items in runs of at most ``count`` items and, unless one item is
    larger, ``chars`` of ``size`` (and ``padded`` of their number times the largest):
    spaCy's batches, and the texts of one memory zone."""
    run: list[T] = []
    total = largest = 0
    for item in items:
        n = size(item)
        if run and (len(run) == count or total + n > chars or padded is not None
                    and (len(run) + 1) * max(largest, n) > padded):
            yield run
            run, total, largest = [], 0, 0
        run.append(item)
        total += n
        largest = max(largest, n)
    if run:
        yield run


class MemoryZones:
    """spaCy memory zones that outlast a call: a pipeline's zone stays open until
    ``budget`` characters have been read in it, then what those texts added to its
    vocabulary (lexemes, strings, tokenizer cache entries) is freed. Memory stays flat
    however large the input, and a caller that sends one short text at a time
    (``Redactor.scrub_text``) does not make every word's lexeme anew on each call."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._open: dict[int, tuple[ExitStack, int]] = {}  # id(pipeline) -> zone, chars

    def enter(self, nlp: Language, chars: int) -> None:
        """Be inside ``nlp``'s zone for ``chars`` more characters. A doc made in it is
        invalid once a later call closes the zone: keep findings, never docs."""
        stack, used = self._open.pop(id(nlp), (None, 0))
        if stack is not None and used + chars > self.budget:
            stack.close()
            stack, used = None, 0
        if stack is None:
            stack = ExitStack()
            stack.enter_context(nlp.memory_zone())
        self._open[id(nlp)] = (stack, used + chars)


class NatashaNer:
    """A spaCy component that puts natasha's PER/LOC/ORG spans into ``doc.ents``."""

    def __init__(self) -> None:
        from natasha import NewsEmbedding, NewsNERTagger  # NER only: no pymorphy2 path

        self.tagger = NewsNERTagger(NewsEmbedding())

    def __call__(self, doc: Doc) -> Doc:
        return self._set(doc, self.tagger(doc.text))

    def pipe(self, docs, batch_size: int = 64):
        docs = list(docs)
        for doc, markup in zip(docs, self.tagger.map([d.text for d in docs])):
            yield self._set(doc, markup)

    @staticmethod
    def _set(doc: Doc, markup) -> Doc:
        ents, last = [], -1
        for span in markup.spans:
            ent = doc.char_span(span.start, span.stop, label=span.type, alignment_mode="expand")
            if ent is not None and ent.start >= last:
                ents.append(ent)
                last = ent.end
        doc.ents = ents
        return doc


@Language.factory("redact_natasha_ner")
def _natasha_factory(nlp: Language, name: str) -> NatashaNer:
    return NatashaNer()


def _load_spacy(model: str) -> Language:
    if model == "natasha":
        raise UsageError("'natasha' is a Russian NER model, not an English spaCy model")
    try:
        nlp = spacy.load(model, exclude=_NOT_FOR_NER)
    except OSError:
        raise UsageError(
            f"spaCy model {model!r} is not installed; install its package "
            "(redact never downloads models) or name another in redact.toml [models]"
        ) from None
    nlp.select_pipes(enable=[name for name in nlp.pipe_names if _ner_needs(nlp, name)])
    _split_on_delimiters(nlp)
    return nlp


def _split_on_delimiters(nlp: Language) -> None:
    """Data rows pasted into chats ("2025-05-02;Ewa Nowak;DE89...") keep their names
    between ``;`` and ``|``, which spaCy's English tokenizer leaves inside one token."""
    infixes = list(nlp.Defaults.infixes) + [r"[;|]"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def _ner_needs(nlp: Language, name: str) -> bool:
    """``ner`` itself, and a shared embedder only when ``ner`` listens to it."""
    if name == "ner":
        return True
    if name not in _EMBEDDERS or "ner" not in nlp.pipe_names:
        return False
    return "ner" in getattr(nlp.get_pipe(name), "listening_components", ["ner"])


def _load_russian(model: str) -> Language:
    if model != "natasha":
        nlp = _load_spacy(model)
        return nlp
    nlp = spacy.blank("ru")
    nlp.add_pipe("redact_natasha_ner")
    return nlp


class PipelineNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine with pipelines loaded on first use, per language."""

    def __init__(self, models: dict[str, str], with_dates: bool = False) -> None:
        labels = dict(NER_LABELS)
        ignore = [] if with_dates else ["DATE", "TIME", "DATE_TIME"]
        mapping = {k: v for k, v in labels.items() if k not in ignore}
        super().__init__(
            models=[{"lang_code": k, "model_name": v} for k, v in models.items()],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=mapping,
                labels_to_ignore=ignore + [
                    "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "PRODUCT",
                    "WORK_OF_ART", "LAW", "LANGUAGE", "EVENT", "FAC", "NORP",
                ],
                default_score=0.85,
            ),
        )
        self.model_names = dict(models)
        self.nlp = {}
        self.tokenizers: dict[str, Language] = {}

    def load(self) -> None:  # pipelines load lazily in pipeline()
        self.nlp = self.nlp or {}

    def get_supported_languages(self) -> list[str]:
        return list(self.model_names)

    def pipeline(self, language: str) -> Language:
        if language not in self.nlp:
            model = self.model_names[language]
            self.nlp[language] = _load_russian(model) if language == "ru" else _load_spacy(model)
        return self.nlp[language]

    def tokenizer(self, language: str) -> Language:
        """What rules-only text is tokenized with: the NER pipeline's tokenizer once it is
        loaded, else a blank pipeline of the language with the same delimiters. The
        pipelines spaCy publishes keep their language's default tokenizer (a test holds
        the default model to it), so a rules-only run loads no model (0.5 s)."""
        if language in self.nlp:
            return self.nlp[language]
        if language not in self.tokenizers:
            blank = spacy.blank(language)
            if self.model_names[language] != "natasha":  # natasha's pipeline is blank too
                _split_on_delimiters(blank)
            self.tokenizers[language] = blank
        return self.tokenizers[language]

    def artifacts(self, texts: list[str], language: str, *, ner: bool) -> Iterator[NlpArtifacts]:
        """NLP artifacts for many texts, in order; without ``ner`` only tokens and lemmas.
        Made as they are asked for, so only one spaCy batch of docs is alive at a time."""
        if not ner:  # tokenized when first asked: most texts have no word to look at
            make_doc = self.tokenizer(language).make_doc
            for text in texts:
                yield Artifacts(text, make_doc, None, [], [], self, language)
            return
        pipeline = self.pipeline(language)
        for batch in bounded_runs(texts, len, _BATCH, _BATCH_CHARS, _BATCH_PADDED):
            # one text (a string in a loop): the pipeline's call, without pipe()'s batching
            docs = [pipeline(batch[0])] if len(batch) == 1 else pipeline.pipe(
                batch, batch_size=len(batch))
            for doc in docs:
                yield self._doc_to_nlp_artifact(doc, language)
            # the NER parser's step objects hold a batch's working arrays in reference
            # cycles, which a run's rare collections (cli.main) would keep for many batches
            # more: a large input's peak grew by them. The young generations are enough
            if len(batch) > 1:
                gc.collect(1)

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        entities = doc.ents
        scores = [self.ner_model_configuration.default_score] * len(entities)
        entities, scores = self._get_updated_entities(entities, scores)
        return Artifacts(doc.text, None, doc, list(entities), scores, self, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return self.tokenizer(language).vocab[word].is_stop

    def is_punct(self, word: str, language: str) -> bool:
        return self.tokenizer(language).vocab[word].is_punct


class Artifacts(NlpArtifacts):
    """Presidio's artifacts with tokens (without NER), lemmas, offsets and keywords worked
    out when a recognizer first asks for them: most texts have no finding to check."""

    def __init__(self, text: str, make_doc: Callable[[str], Doc] | None, doc: Doc | None,
                 entities: list, scores: list[float], engine: PipelineNlpEngine,
                 language: str) -> None:
        self.text, self._make_doc, self._doc = text, make_doc, doc
        self.entities, self.scores = entities, scores
        self.nlp_engine, self.language = engine, language

    @cached_property
    def tokens(self) -> Doc:
        if self._doc is None:
            assert self._make_doc is not None
            self._doc = self._make_doc(self.text)
        return self._doc

    def tokens_between(self, start: int, end: int) -> tuple[list[Token], int]:
        """The tokens of text[start:end], a part that starts and ends at whitespace, and
        the offset to add to their ``idx``. Without a doc yet only that part is
        tokenized: spaCy tokenizes each run of non-space characters on its own, so its
        tokens are the doc's."""
        if self._doc is not None:
            span = self._doc.char_span(start, end, alignment_mode="expand")
            return (list(span) if span is not None else []), 0
        assert self._make_doc is not None
        return list(self._make_doc(self.text[start:end])), start

    @cached_property
    def lemmas(self) -> list[str]:
        return [t.lower_ for t in self.tokens]

    @cached_property
    def tokens_indices(self) -> list[int]:
        return [t.idx for t in self.tokens]

    @cached_property
    def keywords(self) -> list[str]:
        return self.set_keywords(self.nlp_engine, self.lemmas, self.language)
