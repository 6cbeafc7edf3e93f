"""The marks of Central and Eastern European addresses, a table across languages: where
housing estates of blocks of flats are the common home, an address names the block, its
entrance (staircase), the floor and the flat, each by a short word before its number or
letter, with the street's type and the house's "number" word, and the units of the country
above the town. Bulgarian, Serbian, Montenegrin, Macedonian, Russian and Ukrainian in
Cyrillic and romanised ("ж.к. Изгрев, бл. 224, вх. Б, ет. 12, ап. 56", "ul. Palih boraca
br. 6, stan 17"), Romanian ("Str. Matei Basarab nr. 114, bloc B14, scara A, etaj 9,
apartament 10", "Bd. Iuliu Maniu nr. 16, bl. P11, sc. 2, et. 2, ap. 25, Sector 6", "Sat
Pietrari nr. 49, comuna Dumbrăvița, jud. Timiș"), Polish ("os. Tysiąclecia 3, lok. 7"),
Czech and Slovak ("č.p. 12", "vchod B"), Hungarian ("em. 3", "ajtó 2"). A mark alone is a word of many sentences; the address runs
that read them ask for three, or two and a house (see ``address_units``)."""

from __future__ import annotations

__all__ = ["BUILDING_WORDS", "FLAT_MARKS", "FLAT_TRIGGERS", "GRID_UNITS"]

FLAT_MARKS = (
    # South Slavic and Russian, Cyrillic and romanised: a complex or estate, a block, an entrance, a
    # floor, a flat, a town, a street, a house
    "ж.к.", "жк", "zh.k.", "к.к.", "k.k.", "кв-л", "комплекс", "kompleks", "бл.", "блок", "bl.", "вх.", "вход", "vh.",
    "ет.", "етаж", "этаж", "et.", "ап.", "апп.", "ap.", "кв.", "стан", "stan", "гр.", "г.", "gr.", "ул.", "ul.", "бул.",
    "bul.", "пр.", "д.", "корп.", "комн.", "о.", "п.", "с.", "пос.", "vila", "blok", "ulaz", "улаз", "sprat", "спрат",
    "kat", "подъезд", "эт.", "стр.", "пом.",
    # Ukrainian: a street, an avenue, a house, an entrance
    "вул.", "просп.", "буд.", "під'їзд",
    # Romanian: a street's types, the house's number, a block, a staircase, a floor, a flat, a
    # Bucharest sector, a village, a commune, a town, a county
    "str.", "strada", "bd.", "b-dul", "bdul.", "bulevardul", "șos.", "şos.", "sos.", "șoseaua", "calea", "aleea",
    "intr.", "intrarea", "piața", "nr.", "bloc", "scara", "sc.", "etaj", "apartament", "sector", "sectorul",
    "sat", "satul", "comuna", "com.", "orașul", "mun.", "municipiul", "jud.", "județul", "judetul",
    # Polish: an estate, a premises (not an avenue's "al." nor a flat's "m.", a name's initials too)
    "os.", "lok.",
    # Czech and Slovak: a house's descriptive number, an entrance, a flat; Hungarian: a floor, a door
    "č.p.", "č.", "vchod", "byt č.", "byt", "em.", "ajtó",
)
# the marks no English sentence writes before a name or a number, looked for in lowercase to
# find a run's lines (a space after each: "bloc B14", "jud. Timiș")
FLAT_TRIGGERS = ("bloc ", "scara ", "etaj ", "apartament ", "comuna ", "jud. ", "județul ", "șos. ", "şos. ", "b-dul ",
                 " nr. ", "intr. ", "lok. ", "č.p. ", "вул. ", "буд. ",
                 # a building's word beside a comma ("Hajj building, 6th floor", "..., bldg Khoury")
                 "bldg", "building, ", ", building ", "immeuble ", "edificio ", "bâtiment ")
# a building named by its owner or its own name, before or after the word, where houses have
# no number and an address finds the floor of a named building ("Abou Jaoude bldg, 3th floor",
# "bldg Khoury, 8th floor", "Immeuble Kassab, 2e étage", "Edificio Sol, piso 4"): English,
# French, Spanish, Portuguese, Italian, Turkish
BUILDING_WORDS = ("building", "bldg", "bldg.", "blg.", "immeuble", "imm.", "bâtiment", "edificio", "edif.", "edifício",
                  "prédio", "palazzo", "bina", "binası", "apartmanı")
# the numbered parts of an address where a district's blocks, streets and buildings are
# numbered rather than named, as Kuwait and the Gulf write them in English and Arabizi
# ("Block 11, Street 54, Building 49", "Qitaa 6, Shari3 29, Villa 11"): each a word of many
# sentences, a part only of a run that opens with its district (see ``address_units``)
GRID_UNITS = ("Street", "St.", "Building", "Bldg", "Bldg.", "Avenue", "Lane", "Qitaa", "Qit'a", "Qita'a", "Shari3",
              "Sharia", "Shari'a", "Jadda", "Jaddah", "Sikka", "Zuqaq", "Manzil")
