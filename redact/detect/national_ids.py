"""National identifiers found by their shape and their published check (python-stdnum),
whatever words a writer puts before them: a cue table is always one country behind, a
codice fiscale or a country-prefixed VAT number names itself.

Shapes that are rare by chance (letters and digits with a check letter, a VAT number
after its country's prefix) fire alone; digit-only numbers, whose check passes by chance
one time in ten or eleven, fire only after their country's word or acronym."""

from __future__ import annotations

import re
from importlib import import_module
from types import ModuleType

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum.eu import vat as eu_vat

from redact.detect.id_checks import LOCAL, Check

__all__ = ["NationalIdRecognizer", "ENTITY", "SHAPED", "CUED"]

ENTITY = "NATIONAL_ID"
_SCORE = 0.85

# Shapes with letters and a check, each with the stdnum modules that validate it: these
# fire without a cue.
SHAPED: dict[str, tuple[str, ...]] = {
    # Italian codice fiscale, upper or lower case, whole or in three groups
    "cf": ("it.codicefiscale",),
    # Spanish DNI / NIE (digits and a check letter), Irish PPS, Finnish HETU, Portuguese
    # Cartão de Cidadão, Mexican CURP, Indian GSTIN
    "mixed": ("es.dni", "es.nie", "ie.pps", "fi.hetu", "pt.cc", "mx.curp", "in_.gstin"),
    # the Swiss company number, its VAT suffix after it or not ("CHE-108.071.636 MWST")
    "che": ("ch.uid", "ch.vat"),
}
_VAT_PREFIXES = ("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR",
                 "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI",
                 "SK", "XI")
_O = "0-9LMNP-Vlmnp-v"  # a codice fiscale's digit places ("omocodia" letters stand in)
_CANDIDATE = re.compile(
    r"\b(?<![\w.\-/])(?:"  # \b first: a cheap test that skips the inside of words
    rf"(?P<cf>[A-Za-z]{{6}} ?[{_O}]{{2}}[A-Za-z][{_O}]{{2}} ?[A-Za-z][{_O}]{{3}}[A-Za-z])"
    rf"|(?P<vat>(?:{'|'.join(_VAT_PREFIXES)})[ ]?[0-9A-Z]{{1,13}}(?:[ .\-][0-9A-Z]{{1,8}}){{0,3}})"
    r"|(?P<che>CHE[- ]?\d{3}\.?\d{3}\.?\d{3}(?:[ ](?:MWST|TVA|IVA|TPV))?)"
    # an Irish PPS number's letters may stand a space apart ("2343844 VA"), a CURP's
    # groups too ("BIPT 720127 HCHTHN87")
    r"|(?P<mixed>[XYZxyz]?\d{7,8}(?:-?[A-Za-z]|[- ][A-Z])|\d{7}[A-Wa-w][A-IWa-iw]?|\d{7} [A-W][A-IW]"
    r"|\d{6}[-+A-FU-Y]\d{3}[0-9A-Ya-y]|\d{8} ?\d ?[A-Z]{2}\d"
    r"|[A-Z]{4} ?\d{6} ?[HMX][A-Z]{5}[0-9A-Z]\d|\d{2}[A-Z]{5}\d{4}[A-Z][0-9A-Z]Z[0-9A-Z])"
    r"|(?P<digits>\d(?:\d|[ .\-/](?=\d)){7,20}+)"
    r")(?![\w\-/]|\.\w)")

# Digit-only numbers and the words that name them, in their own languages and as
# they are transliterated: these need one of their words shortly before them.
CUED: dict[str, tuple[str, ...]] = {
    "si.emso": ("EMŠO", "EMSO", "ЭМШО", "ЕМШО"),
    "si.ddv": ("davčna", "davcna", "давчна", "DDV", "ДДВ"),
    "it.iva": ("partita IVA", "P.IVA", "P. IVA", "PIVA", "партита IVA", "партита ИВА"),
    "it.codicefiscale": ("codice fiscale", "кодиче фискале"),
    "nl.bsn": ("BSN", "burgerservicenummer", "sofinummer"),
    "pl.pesel": ("PESEL", "ПЕСЕЛЬ", "ПЕСЕЛ"),
    "pl.nip": ("NIP",),
    "pt.nif": ("NIF", "contribuinte"),
    "cz.rc": ("rodné číslo", "rodne cislo", "родне число"),
    "sk.rc": ("rodné číslo", "rodne cislo"),
    "be.nn": ("rijksregisternummer", "numéro national", "numéro de registre national",
              "Nationalregisternummer", "NN", "RRN", "INSZ", "NISS", "national number",
              "national register number", "нац. номер", "национальный номер"),
    "dk.cpr": ("CPR", "CPR-nummer", "personnummer"),
    "se.personnummer": ("personnummer",),
    "no.fodselsnummer": ("fødselsnummer", "fodselsnummer", "personnummer"),
    "is_.kennitala": ("kennitala",),
    "ro.cnp": ("CNP", "cod numeric personal", "buletin", "КНП"),
    "bg.egn": ("EGN", "ЕГН"),
    "hr.oib": ("OIB",),
    "ee.ik": ("isikukood",),
    "lt.asmens": ("asmens kodas",),
    "gr.amka": ("AMKA", "ΑΜΚΑ"),
    "fr.nir": ("NIR", "numéro de sécurité sociale", "sécu"),
    "de.idnr": ("Steuer-ID", "Steuer-IdNr", "IdNr", "Steueridentifikationsnummer"),
    "ch.ssn": ("AHV", "AVS"),
    "br.cpf": ("CPF",),
    "cl.rut": ("RUT", "RUN"),
    "ar.cuit": ("CUIT", "CUIL"),
    "za.idnr": ("SA ID",),
    "il.idnr": ("teudat zehut", "mispar zehut"),
    "kr.rrn": ("RRN", "jumin"),
    "cn.ric": ("shenfenzheng",),
    "ca.sin": ("SIN",),
    "au.tfn": ("TFN",),
    "nz.ird": ("IRD",),
    "us.ssn": ("SSN", "SS#", "social security"),
    "tr.tckimlik": ("TCKN", "T.C. kimlik", "kimlik no"),
    "ec.ci": ("C.I.", "cédula de identidad", "cedula de identidad", "cédula de ciudadanía"),
    # checks python-stdnum has no module for (``redact.detect.id_checks``)
    "uy.ci": ("CI", "C.I.", "cédula", "cedula", "cédula de identidad", "cedula de identidad"),
    "lu.matricule": ("matricule", "CNS", "numéro d'identification", "Matrikelnummer",
                     "Sozialversicherungsnummer", "numéro national"),
}
_CUE_WINDOW = 40  # characters before a number its word may stand in
_LABEL_WINDOW = 80  # characters before a printed label the cue that names it may stand in
_CUES = sorted({c for cues in CUED.values() for c in cues}, key=len, reverse=True)
_CUE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(c) for c in _CUES) + r")(?!\w)")
_BY_CUE: dict[str, tuple[str, ...]] = {
    c.casefold(): tuple(m for m, cues in CUED.items() if c in cues) for c in _CUES}
_DIGIT_RUN = re.compile(r"\d{3}")  # what a text needs before any candidate is looked for


def _module(name: str) -> ModuleType | Check:
    return LOCAL.get(name) or import_module(f"stdnum.{name}")


class NationalIdRecognizer(EntityRecognizer):
    """Candidates by one cheap pattern, kept when a selected stdnum module validates them."""

    def __init__(self, supported_language: str) -> None:
        super().__init__(supported_entities=[ENTITY], name="national_ids",
                         supported_language=supported_language)

    def load(self) -> None:
        self.modules = {name: _module(name)
                        for name in {*CUED, *(m for ms in SHAPED.values() for m in ms)}}

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if not _DIGIT_RUN.search(text):
            return []
        found = []
        for m in _CANDIDATE.finditer(text):
            kind = m.lastgroup
            if kind == "vat":
                end = _vat_end(m.group())
                if end:
                    found.append(self._result(m.start(), m.start() + end))
            elif kind == "digits":
                start = self._cued_start(text, m.start(), m.group())
                if start is not None:
                    found.append(self._result(start, m.end()))
            elif kind == "cf" and not any(c.isdigit() for c in m.group()):
                continue  # sixteen letters are a word; a real code has its birth date's digits
            elif any(self.modules[n].is_valid(m.group()) for n in SHAPED[kind]):
                found.append(self._result(m.start(), m.end()))
        return found

    def _cued_start(self, text: str, start: int, number: str) -> int | None:
        """Where a cued number valid for one of its cues' modules starts, None when no cue
        before it validates it. A cue alone stays, as every cue row leaves it: "EMŠO [GOV_ID_1]"
        tells a reader what was there, and the acronym is nobody's; but an abbreviation with
        dots right before the number ("C.I. 0556311074") is the label printed on the card,
        pasted with the number after the cue that named it, and is covered with it; so is a
        cue right against the number after another cue on its line ("CNP of the seller CNP
        6050314403986", "CI сына: cédula 1.779.898-9"), as ``redact.detect.cue_labels``
        covers a label after a cue row's cue."""
        line_start = text.rfind("\n", 0, start) + 1
        offset = max(line_start, start - _CUE_WINDOW)
        cues = list(_CUE.finditer(text, offset, start))
        names = {n for c in cues for n in _BY_CUE[c.group().casefold()]}
        if not any(self.modules[n].is_valid(number) for n in names):
            return None
        last = cues[-1]
        if text[last.end():start].strip():
            return start
        printed = "." in last.group() and " " not in last.group()
        return last.start() if printed or _CUE.search(
            text, max(line_start, last.start() - _LABEL_WINDOW), last.start()) else start

    def _result(self, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            ENTITY, start, end, _SCORE,
            analysis_explanation=AnalysisExplanation(self.name, _SCORE),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


def _vat_end(candidate: str) -> int:
    """Length of the longest valid VAT number the candidate starts with (groups after it
    may be other words' letters and digits), 0 for none."""
    groups = re.split(r"(?<=[0-9A-Z])(?=[ .\-][0-9A-Z])", candidate)
    for n in range(len(groups), 0, -1):
        head = "".join(groups[:n])
        if sum(c.isdigit() for c in head) >= 7 and eu_vat.is_valid(head):
            return len(head)
    return 0
