"""The finding record and the category list every policy and report speaks in."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Finding", "CATEGORIES", "category_of", "NER_LABELS"]

CATEGORIES = (
    "PERSON", "USERNAME", "EMAIL", "PHONE", "ADDRESS", "LOCATION", "ORGANIZATION",
    "DATE_OF_BIRTH", "DATE_TIME", "GOV_ID", "CREDIT_CARD", "IBAN", "BANK_ACCOUNT",
    "IP_ADDRESS", "MAC_ADDRESS", "URL", "SECRET", "CRYPTO_WALLET", "OTHER",
)

# Presidio's own entity names and the categories they belong to; rule packs name
# their category explicitly, anything else unknown is OTHER.
_ENTITY_CATEGORY = {
    "PERSON": "PERSON", "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE",
    "LOCATION": "LOCATION", "ORGANIZATION": "ORGANIZATION", "DATE_TIME": "DATE_TIME",
    "IBAN_CODE": "IBAN", "CREDIT_CARD": "CREDIT_CARD", "IP_ADDRESS": "IP_ADDRESS",
    "URL": "URL", "MAC_ADDRESS": "MAC_ADDRESS", "CRYPTO": "CRYPTO_WALLET",
}

# spaCy / natasha labels kept from NER; the rest (CARDINAL, PRODUCT, NORP...) is not
# personal data on its own.
NER_LABELS = {
    "PERSON": "PERSON", "PER": "PERSON", "ORG": "ORGANIZATION", "GPE": "LOCATION",
    "LOC": "LOCATION", "DATE": "DATE_TIME", "TIME": "DATE_TIME",
}


def category_of(entity: str, declared: dict[str, str] | None = None) -> str:
    if declared and entity in declared:
        return declared[entity]
    if entity in CATEGORIES:
        return entity
    return _ENTITY_CATEGORY.get(entity, "OTHER")


@dataclass(frozen=True)
class Finding:
    """A detected span in one segment's text (or, after mapping, in the file's text)."""

    start: int
    end: int
    entity: str
    category: str
    score: float
    detector: str

    def shifted(self, start: int, end: int) -> "Finding":
        return Finding(start, end, self.entity, self.category, self.score, self.detector)
