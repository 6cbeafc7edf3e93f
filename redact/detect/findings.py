"""Which category a recognizer's entity belongs to: the list every policy and report
speaks in is ``redact.records.CATEGORIES``."""

from __future__ import annotations

from redact.records import CATEGORIES

__all__ = ["category_of", "NER_LABELS"]

# Presidio's own entity names and the categories they belong to; rule packs name
# their category explicitly, anything else unknown is OTHER.
_ENTITY_CATEGORY = {
    "PERSON": "PERSON", "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE",
    "LOCATION": "LOCATION", "ORGANIZATION": "ORGANIZATION", "DATE_TIME": "DATE_TIME",
    "IBAN_CODE": "IBAN", "CREDIT_CARD": "CREDIT_CARD", "IP_ADDRESS": "IP_ADDRESS",
    "URL": "URL", "MAC_ADDRESS": "MAC_ADDRESS", "CRYPTO": "CRYPTO_WALLET",
    "STREET_ADDRESS": "ADDRESS", "NATIONAL_ID": "GOV_ID",
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
