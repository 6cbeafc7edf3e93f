"""The bank of ``tune13``, the thirteenth pair's tune set, and the code that is its own.

Its writers: Brazilian English (São Paulo, Rio de Janeiro, Belo Horizonte, Curitiba, Recife;
Portuguese words) and Mauritian English (Port Louis, Curepipe, Quatre Bornes, Rose-Hill, Grand
Baie and the villages; Kreol words), pest-control technicians with the householders who call
them, and print and signage shops with their customers; in Russian, Russian speakers living in
Greece (Thessaloniki, Athens, Chalkidiki, Crete; Greek words in Russian sentences) and speakers
in the Komi Republic (Syktyvkar, Ukhta, Vorkuta, Pechora, Usinsk and the villages; Komi words),
yacht-charter and boat-trip skippers with their guests, and firewood and coal sellers with the
households they deliver to. Its own shapes (each with the check a reader runs where the id has
one), address layouts, two escapes of family 4 and the locales of its writers' names are in
:data:`OWN`; ``bench/gen/banks.py`` takes :data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES`
from here. Written from memory, not from a specification: the layout of the São Paulo RG (eight
digits and a check digit or X that is not written), of the CNH (eleven digits, no check
written), of the Pix random key (a version-4 UUID), of the Mauritian identity card (the
surname's initial, the birth date, six digits, a letter; no check written), of the Mauritian
tax account number, of the Greek identity card (two Greek capitals, six digits), of the Komi
utility accounts, the Brazilian CEPs and the "number/flat" of Rio's addresses, the Mauritian
morcellements, cités and five-digit post codes, the Greek post codes (three digits, a space,
two) and the post codes of the Komi towns. The CPF's two check digits (weights 10 to 2, then 11
to 2, the sum times ten modulo 11, 10 written 0), the CNPJ's (weights 5 to 2 and 9 to 2, then 6
to 2 and 9 to 2, eleven less the sum modulo 11, 0 below 2), the Greek AFM's (the eight digits
weighted 256 to 2, the sum modulo 11 modulo 10) and the AMKA's (the birth date, four digits,
the Luhn digit) are as published.
"""

from __future__ import annotations

import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Brazil (the area code and the mobile nine) and Mauritius
MOBILES = (("BR", ("1197", "1198", "1199", "2198", "2199", "3199", "4199", "8199", "7199"), 7, (2, 5, 4)),
           ("MU", ("525", "570", "571", "575", "577", "578", "591", "598"), 5, (4, 4)))
CPF_W1 = (10, 9, 8, 7, 6, 5, 4, 3, 2)
CPF_W2 = (11, 10, 9, 8, 7, 6, 5, 4, 3, 2)
CNPJ_W1 = (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
CNPJ_W2 = (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
AFM_W = (256, 128, 64, 32, 16, 8, 4, 2)
GREEK_CAPS = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"  # the capitals an identity card's series is written in


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _luhn_digit(body: str) -> str:
    return next(str(c) for c in range(10) if _luhn_ok(body + str(c)))


# -- family 2: shapes -----------------------------------------------------------------------

def _cpf_digit(body: str, weights: tuple[int, ...]) -> str:
    return str(sum(int(c) * w for c, w in zip(body, weights)) * 10 % 11 % 10)


def _cpf(v: Values, lang: str) -> str:
    """A CPF: nine digits and two check digits."""
    body = v.digits(9, False)
    body += _cpf_digit(body, CPF_W1)
    d = body + _cpf_digit(body, CPF_W2)
    return v.rng.choice((f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}", d, f"{d[:3]}.{d[3:6]}.{d[6:9]}/{d[9:]}"))


def _cpf_ok(text: str) -> bool:
    d = re.sub(r"[.\-/]", "", text)
    return (re.fullmatch(r"\d{11}", d) is not None and _cpf_digit(d[:9], CPF_W1) == d[9]
            and _cpf_digit(d[:10], CPF_W2) == d[10])


def _cnpj_digit(body: str, weights: tuple[int, ...]) -> str:
    r = sum(int(c) * w for c, w in zip(body, weights)) % 11
    return "0" if r < 2 else str(11 - r)


def _cnpj(v: Values, lang: str) -> str:
    """A CNPJ: the firm's eight digits, the branch (0001 for the head office), two checks."""
    body = v.digits(8) + v.rng.choice(("0001", "0001", "0002"))
    body += _cnpj_digit(body, CNPJ_W1)
    d = body + _cnpj_digit(body, CNPJ_W2)
    return v.rng.choice((f"{d[:2]}.{d[2:5]}.{d[5:8]}/{d[8:12]}-{d[12:]}", d))


def _cnpj_ok(text: str) -> bool:
    d = re.sub(r"[./\-]", "", text)
    return (re.fullmatch(r"\d{14}", d) is not None and _cnpj_digit(d[:12], CNPJ_W1) == d[12]
            and _cnpj_digit(d[:13], CNPJ_W2) == d[13])


def _rg_sp(v: Values, lang: str) -> str:
    d = v.digits(8, False)
    return v.rng.choice((f"{d[:2]}.{d[2:5]}.{d[5:]}-{v.rng.choice('0123456789X')}", f"{d}{v.rng.choice('0123456789')}"))


def _cnh(v: Values, lang: str) -> str:
    d = v.digits(11, False)
    return v.rng.choice((d, f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"))


def _pix(v: Values, lang: str) -> str:
    """A Pix random key: a version-4 UUID."""
    h = "".join(v.rng.choice("0123456789abcdef") for _ in range(30))
    return f"{h[:8]}-{h[8:12]}-4{h[12:15]}-{v.rng.choice('89ab')}{h[15:18]}-{h[18:30]}"


def _phone_br(v: Values, lang: str) -> str:
    d = _valid("BR", ("1197", "1198", "1199", "2198", "2199", "3199", "4199", "8199"), 7, v)
    return v.rng.choice((f"({d[:2]}) {d[2:7]}-{d[7:]}", f"+55 {d[:2]} {d[2:7]}-{d[7:]}", f"+55{d}",
                         f"{d[:2]} {d[2:]}", f"0{d[:2]} {d[2:3]} {d[3:7]}-{d[7:]}"))


def _mu_nic(v: Values, lang: str) -> str:
    """A Mauritian identity card: the surname's initial, the birth date, six digits, a letter."""
    y, m, d = v.birth()
    return (f"{v.rng.choice('ABCDEFGHJKLMNPRSTV')}{d:02d}{m:02d}{y % 100:02d}{v.digits(6, False)}"
            f"{v.rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}")


def _mu_tan(v: Values, lang: str) -> str:
    return v.rng.choice(("1", "2", "3")) + v.digits(7, False)


def _phone_mu(v: Values, lang: str) -> str:
    d = _valid("MU", ("525", "570", "571", "575", "577", "578", "591", "598"), 5, v)
    return v.rng.choice((f"+230 {d[:4]} {d[4:]}", f"{d[:4]} {d[4:]}", d, f"(230) {d}", f"5-{d[1:4]}-{d[4:]}"))


def _pest(v: Values, lang: str) -> str:
    return v.rng.choice((f"PC-{v.digits(5)}", f"Termite #{v.digits(4)}", f"OS {v.digits(4)}/{v.rng.randint(24, 26)}"))


def _print_job(v: Values, lang: str) -> str:
    return v.rng.choice((f"PRT{v.digits(6)}", f"{v.digits(4)}-BANNER", f"Pedido {v.digits(5)}"))


def _afm(v: Values, lang: str) -> str:
    """A Greek tax number: eight digits and the check."""
    body = v.digits(8, False)
    d = body + str(sum(int(c) * w for c, w in zip(body, AFM_W)) % 11 % 10)
    return v.rng.choice((d, f"EL{d}", f"{d[:3]} {d[3:6]} {d[6:]}"))


def _afm_ok(text: str) -> bool:
    d = re.sub(r"^EL| ", "", text)
    return (re.fullmatch(r"\d{9}", d) is not None
            and sum(int(c) * w for c, w in zip(d, AFM_W)) % 11 % 10 == int(d[8]))


def _amka(v: Values, lang: str) -> str:
    """An AMKA: the birth date DDMMYY, four digits, the Luhn digit."""
    y, m, d = v.birth()
    body = f"{d:02d}{m:02d}{y % 100:02d}{v.digits(4, False)}"
    return body + _luhn_digit(body)


def _amka_ok(text: str) -> bool:
    return re.fullmatch(r"\d{11}", text) is not None and _luhn_ok(text) and 1 <= int(text[2:4]) <= 12


def _adt(v: Values, lang: str) -> str:
    """A Greek identity card: two Greek capitals and six digits."""
    series = "".join(v.rng.choice(GREEK_CAPS) for _ in range(2))
    return v.rng.choice((f"{series} {v.digits(6, False)}", f"{series}{v.digits(6, False)}",
                         f"{series}-{v.digits(6, False)}"))


def _phone_gr(v: Values, lang: str) -> str:
    d = _valid("GR", ("690", "693", "694", "695", "697", "698", "699"), 7, v)
    return v.rng.choice((f"+30 {d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:]}", f"0030{d}", d,
                         f"+30 {d[:4]}-{d[4:]}"))


def _komi_account(v: Values, lang: str) -> str:
    return v.rng.choice((f"11{v.digits(8, False)}", f"л/с {v.digits(10, False)}", f"{v.digits(3)}-{v.digits(6)}"))


def _charter(v: Values, lang: str) -> str:
    return v.rng.choice((f"ΚΡΤ-{v.digits(5)}", f"Ваучер {v.digits(6)}", f"{v.digits(4)}/ΣΚ"))


def _firewood(v: Values, lang: str) -> str:
    return v.rng.choice((f"Дрова-{v.digits(4)}", f"ТН {v.digits(5)}", f"{v.digits(3)}/уголь"))


# -- family 4: escapes ------------------------------------------------------------------------

def mssql_hex(text: str) -> str:
    """A name as SQL Server shows an ``nvarchar`` cast to ``varbinary``: its UTF-16LE bytes in
    upper-case hex, ``18043204300...`` for Иван (the ``0x`` is the carrier's)."""
    return text.encode("utf-16-le").hex().upper()


def _from_mssql_hex(text: str) -> str:
    return bytes.fromhex(text).decode("utf-16-le")


def nslog_u(text: str) -> str:
    """A name as Foundation's ``description`` of an array or a dictionary prints it (NSLog,
    old-style property lists): each UTF-16 unit outside ASCII as ``\\U`` and four lower-case
    hex digits, the backslash and the quote escaped."""
    out = []
    for c in text:
        if c in '\\"':
            out.append("\\" + c)
        elif 32 <= ord(c) < 127:
            out.append(c)
        else:
            units = c.encode("utf-16-be")
            out += [f"\\U{units[i]:02x}{units[i + 1]:02x}" for i in range(0, len(units), 2)]
    return "".join(out)


def _from_nslog_u(text: str) -> str:
    raw = re.sub(r'\\U([0-9a-f]{4})|\\([\\"])', lambda m: m[2] or chr(int(m[1], 16)), text)
    return raw.encode("utf-16", "surrogatepass").decode("utf-16")


# -- family 5: address layouts ----------------------------------------------------------------

BR_RUAS = (("Rua Augusta", "Consolação", "São Paulo", "SP", "01305"), ("Rua Teodoro Sampaio", "Pinheiros", "São Paulo", "SP", "05405"),
           ("Av. Afonso Pena", "Centro", "Belo Horizonte", "MG", "30130"), ("Rua XV de Novembro", "Centro", "Curitiba", "PR", "80020"),
           ("Rua da Aurora", "Boa Vista", "Recife", "PE", "50050"), ("Av. Brigadeiro Faria Lima", "Itaim Bibi", "São Paulo", "SP", "04538"),
           ("Rua Padre Anchieta", "Mercês", "Curitiba", "PR", "80410"))
BR_RIO = (("Rua Barata Ribeiro", "Copacabana", "22040"), ("Rua Voluntários da Pátria", "Botafogo", "22270"),
          ("Rua Visconde de Pirajá", "Ipanema", "22410"), ("Rua Conde de Bonfim", "Tijuca", "20520"),
          ("Av. das Américas", "Barra da Tijuca", "22640"))
BR_CONDOS = (("Condomínio Parque das Flores", "Rua Ângelo Cristianini", "Campinas", "SP", "13060"),
             ("Residencial Jardim Europa", "Av. Tiradentes", "Londrina", "PR", "86070"),
             ("Condomínio Solar dos Ventos", "Estrada do Coco", "Lauro de Freitas", "BA", "42700"),
             ("Edifício Mar Azul", "Rua dos Navegantes", "Recife", "PE", "51021"))
MU_TOWNS = (("Port Louis", "11"), ("Beau Bassin", "71"), ("Rose-Hill", "71"), ("Quatre Bornes", "72"),
            ("Vacoas", "73"), ("Curepipe", "74"), ("Grand Baie", "30"), ("Goodlands", "31"), ("Mahébourg", "50"),
            ("Flacq", "40"))
MU_ROADS = ("Royal Road", "Avenue des Manguiers", "Rue Desforges", "Avenue Victoria", "St Jean Road", "Sir Winston Churchill Street",
            "Rue La Paix", "Coastal Road")


def _br_rua(v: Values) -> list[str]:
    """Brazil as the Correios want it: the street, the number, the complement (apto, bloco,
    casa), the bairro, the city and the state, the CEP NNNNN-NNN."""
    r = v.rng
    rua, bairro, city, uf, head = r.choice(BR_RUAS)
    cep = f"{head}-{r.randint(0, 999):03d}"
    return [r.choice((f"{rua}, {r.randint(10, 3200)}, apto {r.randint(11, 184)} - {bairro}, {city} - {uf}, {cep}",
                      f"{rua} {r.randint(10, 3200)} ap {r.randint(11, 184)}, {bairro}, {city}/{uf}, CEP {cep}",
                      f"{rua}, nº {r.randint(10, 3200)}, casa {r.randint(1, 4)}, {bairro} - {city}/{uf} {head}{r.randint(0, 999):03d}"))]


def _br_rio(v: Values) -> list[str]:
    r = v.rng
    rua, bairro, head = r.choice(BR_RIO)
    return [r.choice((f"{rua} {r.randint(10, 900)}/{r.randint(1, 12)}{r.randint(1, 8):02d}, {bairro}, Rio de Janeiro - RJ",
                      f"{rua}, {r.randint(10, 900)}/{r.randint(101, 1208)} - {bairro} - RJ - {head}-{r.randint(0, 999):03d}"))]


def _br_condo(v: Values) -> list[str]:
    r = v.rng
    condo, street, city, uf, head = r.choice(BR_CONDOS)
    return [f"{condo}, Bloco {r.choice('ABCDE')}, apto {r.randint(1, 24)}{r.randint(1, 4):02d}",
            f"{street}, {r.randint(10, 2500)}", f"{city} - {uf}, CEP {head}-{r.randint(0, 999):03d}"]


def _mu_road(v: Values) -> list[str]:
    """Mauritius: the house number, the road, the town and its five-digit post code."""
    r = v.rng
    town, head = r.choice(MU_TOWNS)
    code = f"{head}{r.randint(101, 699)}"
    return [r.choice((f"{r.randint(1, 120)}, {r.choice(MU_ROADS)}, {town} {code}",
                      f"No. {r.randint(1, 120)} {r.choice(MU_ROADS)}, {town}",
                      f"{r.choice(MU_ROADS)}, {town}, Mauritius {code}"))]


def _mu_morc(v: Values) -> list[str]:
    r = v.rng
    town, head = r.choice(MU_TOWNS)
    estate = r.choice(("Morcellement Swan", "Morcellement Anna", "Morcellement Raffray", "Morcellement St André",
                       "Morcellement Carlos"))
    return [r.choice((f"Lot {r.randint(1, 260)}, {estate}, {town}",
                      f"{estate}, Lot No {r.randint(1, 260)}, {town} {head}{r.randint(101, 699)}"))]


def _mu_cite(v: Values) -> list[str]:
    r = v.rng
    cite, town = r.choice((("Cité La Cure", "Port Louis"), ("Cité Vallijee", "Port Louis"), ("Cité Barkly", "Beau Bassin"),
                           ("Cité Atlee", "Curepipe"), ("Cité Mangalkhan", "Floréal")))
    return [f"Block {r.choice('ABCDEFG')}, Flat {r.randint(1, 30)}, {cite}", town, r.choice(("MAURITIUS", "Republic of Mauritius"))]


GR_STREETS = (("Εγνατίας", "546", "Θεσσαλονίκη"), ("Τσιμισκή", "546", "Θεσσαλονίκη"), ("Δελφών", "546", "Θεσσαλονίκη"),
              ("Πατησίων", "104", "Αθήνα"), ("Αχαρνών", "104", "Αθήνα"), ("Λεωφ. Κηφισίας", "115", "Αθήνα"),
              ("Ικάρου", "713", "Ηράκλειο"), ("Κουντουριώτου", "731", "Χανιά"))
GR_RU = (("Салоники", "ул. Эгнатия"), ("Салоники", "ул. Цимиски"), ("Афины", "ул. Патисион"), ("Пирей", "ул. Акти Миаули"),
         ("Неа-Муданья", "ул. Пролетарская"), ("Ираклион", "ул. Икару"), ("Калитея", "ул. Элефтериу Венизелу"))
KOMI_SYK = (("ул. Коммунистическая", "167000"), ("ул. Интернациональная", "167000"), ("Октябрьский пр-т", "167031"),
            ("ул. Морозова", "167023"), ("ул. Карла Маркса", "167000"), ("ул. Петрозаводская", "167005"))
KOMI_VILLAGES = (("Сыктывдинский р-н", "с. Выльгорт", "168220"), ("Корткеросский р-н", "с. Корткерос", "168020"),
                 ("Сысольский р-н", "с. Визинга", "168100"), ("Усть-Вымский р-н", "с. Айкино", "169040"),
                 ("Ижемский р-н", "с. Ижма", "169460"), ("Усть-Куломский р-н", "с. Усть-Кулом", "168060"))
KOMI_TOWNS = (("Ухта", "169300"), ("Воркута", "169900"), ("Печора", "169600"), ("Усинск", "169710"), ("Инта", "169840"))


def _gr_odos(v: Values) -> list[str]:
    """Greece as its post writes it: the street and the number, the post code NNN NN and the
    town, now and then the floor."""
    r = v.rng
    street, head, town = r.choice(GR_STREETS)
    code = f"{head} {r.randint(1, 99):02d}"
    return [r.choice((f"{street} {r.randint(1, 180)}, {code} {town}",
                      f"{street} {r.randint(1, 180)}, {r.randint(1, 6)}ος όροφος, {code} {town.upper()}",
                      f"Οδός {street} {r.randint(1, 180)}, ΤΚ {code.replace(' ', '')}, {town}"))]


def _gr_ru(v: Values) -> list[str]:
    r = v.rng
    town, street = r.choice(GR_RU)
    return [r.choice((f"Греция, {town}, {street} {r.randint(1, 180)}, {r.randint(1, 6)}-й этаж",
                      f"{town} (Греция), {street}, д. {r.randint(1, 180)}, кв. {r.randint(1, 20)}",
                      f"{street} {r.randint(1, 180)}, {town}, ТК {r.randint(540, 570)} {r.randint(1, 99):02d}"))]


def _gr_lines(v: Values) -> list[str]:
    r = v.rng
    street, head, town = r.choice(GR_STREETS)
    return [f"{street} {r.randint(1, 180)}", f"{head} {r.randint(1, 99):02d} {town}", r.choice(("Ελλάδα", "GREECE", "Греция"))]


def _komi_syk(v: Values) -> list[str]:
    r = v.rng
    street, code = r.choice(KOMI_SYK)
    return [r.choice((f"{code}, Республика Коми, г. Сыктывкар, {street}, д. {r.randint(1, 250)}, кв. {r.randint(1, 150)}",
                      f"РК, Сыктывкар, {street} {r.randint(1, 250)}-{r.randint(1, 150)}",
                      f"Сыктывкар, м. Эжва, ул. Славы, {r.randint(1, 40)}, кв. {r.randint(1, 150)}"))]


def _komi_village(v: Values) -> list[str]:
    r = v.rng
    district, village, code = r.choice(KOMI_VILLAGES)
    street = r.choice(("ул. Центральная", "ул. Набережная", "ул. Школьная", "ул. Совхозная", "ул. Лесозаводская"))
    return [r.choice((f"{code}, Республика Коми, {district}, {village}, {street}, д. {r.randint(1, 90)}",
                      f"{village}, {street} {r.randint(1, 90)}, {district}"))]


def _komi_block(v: Values) -> list[str]:
    r = v.rng
    town, code = r.choice(KOMI_TOWNS)
    street = r.choice(("ул. Ленина", "ул. Мира", "пр-т Ленина", "ул. Гагарина", "ул. Шахтёрская"))
    return [f"{street}, д. {r.randint(1, 80)}, кв. {r.randint(1, 120)}", f"г. {town}, Республика Коми", code]


OWN = Own(
    mobiles=MOBILES,
    shapes={"cpf": _cpf, "cnpj": _cnpj, "rg_sp": _rg_sp, "cnh": _cnh, "pix": _pix, "phone_br": _phone_br,
            "mu_nic": _mu_nic, "mu_tan": _mu_tan, "phone_mu": _phone_mu, "pest": _pest, "print_job": _print_job,
            "afm": _afm, "amka": _amka, "adt": _adt, "phone_gr": _phone_gr, "komi_account": _komi_account,
            "charter": _charter, "firewood": _firewood},
    checks={"cpf": _cpf_ok, "cnpj": _cnpj_ok, "afm": _afm_ok, "amka": _amka_ok, "phone_br": _dials("BR"),
            "phone_mu": _dials("MU"), "phone_gr": _dials("GR")},
    escapes={"mssql-hex": mssql_hex, "nslog-u": nslog_u},
    unescapes={"mssql-hex": _from_mssql_hex, "nslog-u": _from_nslog_u},
    lines={"br_rua": _br_rua, "br_rio": _br_rio, "br_condo": _br_condo, "mu_road": _mu_road, "mu_morc": _mu_morc,
           "mu_cite": _mu_cite, "gr_odos": _gr_odos, "gr_ru": _gr_ru, "gr_lines": _gr_lines, "komi_syk": _komi_syk,
           "komi_village": _komi_village, "komi_block": _komi_block},
    people={"en": ("pt_BR", "fr_FR"), "ru": ("el_GR",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["nossa, the termites are everywhere, my cell is {v}",
                         "the exterminator said call him on {v}, after lunch, tá?",
                         "my Vivo number is {v}, the Claro one I lost",
                         "ayo, the rats again, call me on {v}",
                         "the print shop's WhatsApp is {v}, send the art there",
                         "my mother-in-law in ⟦Curepipe|LOCATION⟧ is on {v}",
                         "the technician's number, {v}, he is in ⟦Quatre Bornes|LOCATION⟧ today",
                         "for the banner proof ring {v}, ok?",
                         "my ⟦my.t|ORGANIZATION⟧ mobile is {v}, mersi",
                         "call the landlord on {v} for the fumigation day",
                         "então, my number is {v}, anytime",
                         "the man with the cockroach spray, {v}"],
                  "ru": ["мой греческий номер {v}, вайбер есть",
                         "капитан яхты, номер {v}, ясу ему передай",
                         "по дровам звоните на {v}, дак после шести",
                         "аттьӧ, мой номер {v}",
                         "звоните на {v}, я в ⟦Неа-Муданье|LOCATION⟧ до субботы",
                         "номер водителя, что уголь возит, {v}",
                         "пишите на {v}, отвечу, как вернёмся с моря",
                         "номер шкипера {v}, он завтра выходит на ⟦Афон|LOCATION⟧",
                         "мой номер в ⟦Ухте|LOCATION⟧ {v}, телеграм тоже",
                         "записывай, ела, {v}, это мужа"]},
        "email": {"en": ["the pest-control report goes to {v}",
                         "send the flyer proof to {v}, valeu",
                         "my invoice email for the fumigation, {v}",
                         "the print shop wants the logo at {v}",
                         "email the termite warranty to {v}",
                         "my daughter in ⟦Recife|LOCATION⟧ uses {v}",
                         "for the receipt write to {v}, mersi bokou",
                         "her email is {v}, that one, yes"],
                  "ru": ["почта шкипера для брони {v}",
                         "накладную на дрова пришлите на {v}",
                         "мой имейл {v}, эфхаристо заранее",
                         "пишите на {v}, я на лодке до вечера",
                         "почта чартерной компании {v}",
                         "чек за уголь скиньте на {v}",
                         "мой мейл в ⟦Салониках|LOCATION⟧ {v}",
                         "почта лесопилки {v}, аттьӧ"]},
        "dob": {"en": ["my vovó was born {v}, she is scared of the spray",
                       "I was born {v} in ⟦Belo Horizonte|LOCATION⟧",
                       "the owner of the house was born {v}, put it on the contract",
                       "he was born {v} in ⟦Rose-Hill|LOCATION⟧, so Kreol first",
                       "the customer's birth date, {v}, for the nota fiscal",
                       "born {v} at ⟦Hospital das Clínicas|ORGANIZATION⟧",
                       "my tonton was born {v}, in ⟦Mahébourg|LOCATION⟧",
                       "she says she was born {v}, né"],
                "ru": ["я родилась {v} в ⟦Печоре|LOCATION⟧",
                       "капитан родился {v}, так в дипломе",
                       "сын родился {v}, уже в ⟦Салониках|LOCATION⟧",
                       "пӧль родился {v}, в деревне",
                       "родилась {v}, пишите в договор на уголь",
                       "муж родился {v}, в ⟦Воркуте|LOCATION⟧",
                       "яя родилась {v}, в ⟦Катерини|LOCATION⟧",
                       "гость на яхте родился {v}"]},
        "fillers": {"en": ["tipo", "né", "nossa", "então", "ai gente", "tá bom",
                           "ayo", "bon", "enfin", "aster la", "ki manyer", "mem"],
                    "ru": ["пандос", "дилади", "ела", "ну дак", "ой-ой, подождите", "вот, слушай",
                           "сига-сига, ну", "бур, бур", "ох, ну вот"]},
        "digit_sep": {"en": [" ... [sprayer hissing] ... ", " -- nossa -- ", " [plotter beeping] "],
                      "ru": [" ... [мотор лодки] ... ", " -- пандос -- ", " [бензопила визжит] "]},
        "email_at": {"en": [" arroba, ", " [at, tá] ", " at, ayo, "],
                     "ru": [" папаки, собака, ", " эт, ела, ", " (at, дак) "]},
        "email_dot": {"en": [" ponto, dot, ", " (dot, né) ", " dot, mersi, "],
                      "ru": [" телия, ", " точка, ну, пандос, ", " (dot, бур) "]},
        "spell": {"en": [", letter by letter, tá, ", " -- I spell it, ayo -- "], "ru": [", по буковке, дак, ", " ... буква, ещё буква ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("CPF", "GOV_ID", "cpf"), ("CPF nº:", "GOV_ID", "cpf"),
                        ("CPF of the house owner", "GOV_ID", "cpf"), ("my CPF for the nota:", "GOV_ID", "cpf"),
                        ("CNPJ", "GOV_ID", "cnpj"), ("CNPJ of the print shop:", "GOV_ID", "cnpj"),
                        ("RG", "GOV_ID", "rg_sp"), ("RG (identidade):", "GOV_ID", "rg_sp"),
                        ("CNH of the driver", "GOV_ID", "cnh"), ("carteira de motorista:", "GOV_ID", "cnh"),
                        ("Pix key (random):", "OTHER", "pix"), ("chave Pix", "OTHER", "pix"),
                        ("celular", "PHONE", "phone_br"), ("Zap of the customer:", "PHONE", "phone_br"),
                        ("technician's celular", "PHONE", "phone_br"),
                        ("NIC", "GOV_ID", "mu_nic"), ("ID card no. (MU):", "GOV_ID", "mu_nic"),
                        ("national identity card of the tenant", "GOV_ID", "mu_nic"),
                        ("TAN", "GOV_ID", "mu_tan"), ("⟦MRA|ORGANIZATION⟧ tax account no.:", "GOV_ID", "mu_tan"),
                        ("Emtel no.", "PHONE", "phone_mu"), ("portable (Kreol):", "PHONE", "phone_mu"),
                        ("householder's portable", "PHONE", "phone_mu"),
                        ("neighbour's ph. for the spraying day", "PHONE", "phone_fmt"), ("landlord's mobile no.", "PHONE", "phone_sep"),
                        ("fumigation job", "OTHER", "pest"), ("termite treatment ref:", "OTHER", "pest"),
                        ("print order", "OTHER", "print_job"), ("banner job ref:", "OTHER", "print_job"),
                        ("gate code for the technician", "SECRET", "pin4"), ("alarm code of the warehouse:", "SECRET", "pin4"),
                        ("password of the print portal", "SECRET", "password"), ("Wi-Fi of the shop, pw:", "SECRET", "password"),
                        ("householder's DOB", "DATE_OF_BIRTH", "dob_slash"), ("customer born", "DATE_OF_BIRTH", "dob_month"),
                        ("data de nascimento:", "DATE_OF_BIRTH", "dob_iso"), ("DOB of the tenant (MU)", "DATE_OF_BIRTH", "dob_dashes"),
                        ("driving licence of the driver (UK one)", "GOV_ID", "licence"),
                        ("home insurance (termite cover):", "OTHER", "policy"),
                        ("CPF of the wife", "GOV_ID", "cpf")],
                 "ru": [("AFM", "GOV_ID", "afm"), ("АФМ:", "GOV_ID", "afm"), ("афм шкипера", "GOV_ID", "afm"),
                        ("налоговый номер ΑΦΜ", "GOV_ID", "afm"),
                        ("AMKA", "GOV_ID", "amka"), ("АМКА ребёнка:", "GOV_ID", "amka"), ("номер AMKA жены", "GOV_ID", "amka"),
                        ("ADT", "GOV_ID", "adt"), ("греческая ID-карта (АДТ):", "GOV_ID", "adt"), ("тавтотита мужа", "GOV_ID", "adt"),
                        ("греческий мобильный", "PHONE", "phone_gr"), ("тел. (GR):", "PHONE", "phone_gr"),
                        ("кинито капитана", "PHONE", "phone_gr"),
                        ("лицевой счёт за свет", "OTHER", "komi_account"), ("л/с в ⟦Комиэнергосбыте|ORGANIZATION⟧:", "OTHER", "komi_account"),
                        ("ваучер на яхту", "OTHER", "charter"), ("бронь чартера:", "OTHER", "charter"),
                        ("заказ дров", "OTHER", "firewood"), ("накладная на уголь №:", "OTHER", "firewood"),
                        ("телефон водителя лесовоза", "PHONE", "phone_fmt"), ("тел. хозяйки дома", "PHONE", "phone_sep"),
                        ("паспорт гостя на яхте", "GOV_ID", "passport_ru"), ("паспорт покупателя дров:", "GOV_ID", "passport_no"),
                        ("СНИЛС пенсионерки", "GOV_ID", "snils"), ("ИНН лесника:", "GOV_ID", "inn_glued"),
                        ("ИНН продавца угля", "GOV_ID", "inn"),
                        ("полис ОМС бабушки", "OTHER", "digits16"), ("права водителя КамАЗа", "GOV_ID", "vu_ru"),
                        ("загран для поездки в ⟦Салоники|LOCATION⟧", "GOV_ID", "zagran"),
                        ("дата рожд. гостя:", "DATE_OF_BIRTH", "dob_dots"), ("покупатель родился", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. по АМКА", "DATE_OF_BIRTH", "dob_short"), ("родился (по паспорту)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от калитки дровяника", "SECRET", "pin4"), ("пароль от кабинета чартера:", "SECRET", "password"),
                        ("код от сейфа на яхте в ⟦Порто-Карасе|LOCATION⟧", "SECRET", "pin4"),
                        ("пин от карты мужа", "SECRET", "pin4"), ("пароль от вайфая на лодке", "SECRET", "password"),
                        ("АФМ хозяина лодки:", "GOV_ID", "afm")]},
        "carriers": {"en": ["Service order: {v}", "{v} (per the householder)", "tech's notebook - {v}", "{v}, valeu",
                            "on the fumigation form: {v}", "{v} mersi", "the customer read out {v}",
                            "for the print shop's file: {v}", "field 7 of the contract: {v}"],
                     "ru": ["в тетради шкипера: {v}", "{v}, эфхаристо поли", "в брони на лодку {v}", "{v} (со слов хозяйки спити)",
                            "для продления адиа диамонис: {v}", "{v}, аттьӧ ыджыд", "скинула дочке в вайбер {v}",
                            "в накладной на дрова: {v}", "для бухгалтера лесопилки: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the print shop on Insta, {v}", "tag {v} in the condo group", "the exterminator is {v} on TikTok",
                      "my IG is {v}, né", "DM {v} for a banner quote", "I'm {v} on Facebook, ayo"],
               "ru": ["наша лодка в инсте {v}", "отметь {v} в чате дровяников", "{v} в телеге, она шкипер",
                      "русские в ⟦Салониках|LOCATION⟧ в телеге {v}", "ник в чате ⟦Сыктывкара|LOCATION⟧ {v}",
                      "пишите {v}, он уголь возит"]},
        "url": {"en": ["my page about the termites in our roof is {v}", "the pest tips I follow, {v}", "our print shop blog {v}",
                       "the exterminator's page is {v}", "my page, gente, {v}", "gete sa {v}, mersi"],
                "ru": ["мой канал про ⟦Грецию|LOCATION⟧ {v}", "фото с яхты на {v}", "страница дровяника {v}",
                       "мой блог про жизнь в ⟦Коми|LOCATION⟧ {v}", "отзывы о чартере: {v}", "глянь тут, ела, {v}"]},
        "url_layouts": {"any": ["https://{site}?utm_source=zap&utm_medium=status", "{site} (look there)", "https://www.{site}#top",
                                "({site}), go see"]},
        "ssh": {"any": ["ssh -o ServerAliveInterval=30 -l pest {v}", "ssh -p 2200 -i ~/.ssh/print_rsa {v}",
                        "scp banner.pdf {v}:/srv/print/", "rsync -avz ./vouchers/ {v}:/backup/yacht/"]},
        "remote": {"any": ["git clone --depth=1 --single-branch https://github.com/{v}.git", "git remote add boat git@gitlab.com:{v}.git",
                           "python -m pip install git+https://github.com/{v}.git@main", "pnpm add github:{v}#main"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:print-main", "FROM docker.io/{v}:alpine-pest",
                             "podman pull quay.io/{v}:2025", "docker push ghcr.io/{v}:rc"]},
        "home": {"any": ["/home/{v}/fumigation/", "C:\\Users\\{v}\\Desktop\\Banners\\", "/Users/{v}/Documents/charter/",
                         "/mnt/d/Users/{v}/drova/"]},
        "tool": {"en": ["the shop's PC froze on {v}", "my nephew made me type {v}", "it stuck at {v}, nossa",
                        "paste {v} in the technicians' chat"],
                 "ru": ["внучка мне запускала {v}", "айтишник из ⟦Ухты|LOCATION⟧ сказал ввести {v}",
                        "всё зависло на {v}, пандос", "скинул {v} в чат шкиперов"]},
        "mention": {"en": ["{h} valeu!", "{h} mersi bokou!", "{h} can you take the termite job in ⟦Vacoas|LOCATION⟧?",
                           "{h}: banner printed, tá", "thanks {h}, obrigada", "{h} ayo, really?"],
                    "ru": ["{h}, эфхаристо!", "{h} аттьӧ, вок", "{h}, скинь фото поленницы", "{h}: принято, дак",
                           "спасибо, {h}, кала", "{h} ну ты даёшь, пандос"]},
    },
    4: {
        "url": {"en": ["the quote link had ?{k}={v}&pest=termite", "the print shop's order form prefilled {k}={v}",
                       "the WhatsApp link carried {k}={v}&utm=zap", "GET /customers/lookup?{k}={v} 200"],
                "ru": ["ссылка на бронь лодки ?{k}={v}&lang=el", "в ссылке на заказ дров {k}={v}",
                       "в переходе из вайбера чартера {k}={v}&src=viber", "в логе сайта: GET /charter?{k}={v}"]},
        "markup": {"en": ["the fumigation certificate HTML has <td class=\"{k}\">{v}</td>",
                          "the banner proof template reads <strong>{v}</strong>",
                          "the order form has <input name=\"{k}\" value=\"{v}\">"],
                   "ru": ["в HTML ваучера <td class=\"{k}\">{v}</td>",
                          "в шаблоне накладной <strong>{v}</strong>",
                          "в форме брони лодки <input name=\"{k}\" value=\"{v}\">"]},
        "prose": {"en": ["the Pix receipt shows the payer as {v}", "the sticker on the bait box says {v}",
                         "the print order is in the name of {v}", "the service order reads {v}"],
                  "ru": ["в приложении ⟦Eurobank|ORGANIZATION⟧ получатель {v}", "на ваучере напечатано {v}",
                         "в списке гостей на борту {v}", "в накладной на уголь {v}"]},
        "escapes": {"mssql-hex": {"en": ["SSMS showed the customer column as 0x{v}",
                                         "the export from the pest database has CustomerName=0x{v}",
                                         "SELECT CAST(owner AS varbinary(200)) gave 0x{v} for the print job"],
                                  "ru": ["в SSMS имя капитана вышло как 0x{v}",
                                         "в выгрузке из базы лесопилки FIO = 0x{v}",
                                         "CAST(guest AS varbinary(200)) вернул 0x{v}, пандос"]},
                    "nslog-u": {"en": ["the iPad app's log printed customer = \"{v}\";",
                                       "Xcode's console showed name = \"{v}\"; for the householder",
                                       "the crash log of the print app has owner = \"{v}\";"],
                                "ru": ["в логе айфон-приложения чартера guest = \"{v}\";",
                                       "в консоли Xcode у программиста buyer = \"{v}\";",
                                       "в plist приложения доставки дров driver = \"{v}\";"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the technician is going to {v}, the green gate", "the banner goes up at {v}",
                        "the customer's address is {v}", "she moved to her son's place at {v}", "deliver the flyers to {v}",
                        "home address per the RG: {v}"],
                 "ru": ["адрес: {v}, калитка зелёная", "мы живём {v}, у церкви", "причал рядом с {v}",
                        "дрова везти на {v}", "я теперь снимаю спити на {v}", "покупатель угля прописан {v}"]},
        "block": {"en": ["Send the technician to:\n{v}", "Fumigation site (keep the cat inside):\n{v}",
                         "Customer's address for the invoice:\n{v}", "Deliver the banners to -\n{v}"],
                  "ru": ["Адрес для ваучеров:\n{v}", "Офис чартера (по воскресеньям закрыт)\n{v}",
                         "Куда везти дрова (звонить заранее):\n{v}", "Адрес гостя -\n{v}"]},
        "layouts": {"en": ["br_rua", "br_rio", "br_condo", "mu_road", "mu_morc", "mu_cite"],
                    "ru": ["gr_odos", "gr_ru", "gr_lines", "komi_syk", "komi_village", "komi_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Householder: {v}", "Technician on duty: {v}", "Print shop (owner): {v}", "the designer {v} made the logo",
                        "the caller with the rats said her name is {v}", "Supervisor: {v}", "the quote was approved by {v}",
                        "Síndico of the building: {v}"],
                 "ru": ["Гость на борту: {v}", "Шкипер: {v}", "водитель {v} застрял с дровами на зимнике",
                        "покупатель угля — {v}", "Матрос на смене: {v}", "звонила {v} насчёт лодки",
                        "Ιδιοκτήτης (хозяин): {v}"]},
        "kin": {"en": [("my vovó", "f"), ("my vovô", "m"), ("my madrinha", "f"), ("my padrinho", "m"), ("my cunhado", "m"),
                       ("my granper", "m"), ("my tantinn", "f"), ("my granmer", "f"), ("my ti-frer", "m"),
                       ("the landlord's daughter", "f")],
                "ru": [("мой пӧль", "m"), ("моя пӧч", "f"), ("моя чой", "f"), ("мой вок из ⟦Инты|LOCATION⟧", "m"),
                       ("моя яя", "f"), ("мой паппус", "m"), ("мой кумбарос", "m"), ("моя тия", "f"),
                       ("моя свекровь из ⟦Пирея|LOCATION⟧", "f")]},
        "kin_carriers": {"en": ["{v} will open the gate for the technician", "{v} is paying for the banners",
                                "{v} flies in from ⟦Curitiba|LOCATION⟧", "{v} will keep the dog away",
                                "{v} signed the fumigation form", "{v} is driving to ⟦Grand Baie|LOCATION⟧"],
                         "ru": ["{v} заплатит за чартер", "{v} прилетит из ⟦Сыктывкара|LOCATION⟧", "{v} сложит дрова в сарай",
                                "{v} работает на лодке", "{v} передаёт привет из ⟦Ухты|LOCATION⟧", "{v} закажет уголь"]},
        "wordnames": {"en": {"f": ["Graça", "Aurora", "Luz", "Vitória", "Esperança", "Estrela", "Dolores"],
                             "m": ["Jesus", "Salvador", "Bento", "Amado", "Franco", "Leal", "Modeste"]},
                      "ru": {"f": ["Ирини", "Зои", "Елпида", "Агапи"], "m": ["Христос", "Сотирис", "Ангелос"]}},
        "list": {"en": ["Fumigations today:\n{v}", "Houses to inspect\n{v}", "Print jobs for pickup:\n{v}",
                        "| Customer | m² |\n|---|---|\n{v}"],
                 "ru": ["Оплатить чартер до пятницы:\n{v}", "Не забрали дрова\n{v}", "Матросы на выходные:\n{v}",
                        "| Гость | Каюта |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - sprayed", "* {v} (paid by Pix)", "{v} [proof ok]", "| {v} | 40 m² |"]},
        "broken": {"en": ["the service order was signed by the technician {v} at night",
                          "the banner proof was approved by the designer {v} on Monday"],
                   "ru": ["бронь лодки оформила {v}", "уголь отгрузил водитель {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the print portal logged in from {v}", "the shop's router is {v}",
                      "allow {v} on the bait-station gateway", "the trap sensor reported from {v}",
                      "the plotter dropped {v}", "my IP, gente, is {v}"],
               "ru": ["вход в кабинет чартера с {v}", "роутер на лесопилке {v}", "айпи сайта яхты {v}",
                      "чужой вход в кабинет дровяника с {v}", "заблокируйте {v}, пандос", "мой айпишник {v}, аттьӧ"]},
        "iban": {"en": ["refund the fumigation deposit to {v}", "my account in ⟦Port Louis|LOCATION⟧ is {v}",
                        "the print shop's IBAN is {v}", "the householder pays the rest from {v}"],
                 "ru": ["за чартер переводите на {v}", "мой счёт в ⟦Piraeus Bank|ORGANIZATION⟧ {v}",
                        "за отменённую прогулку верните на IBAN {v}", "за машину дров {v}"]},
        "mac": {"en": ["the trap sensor's MAC is {v}", "the plotter's MAC {v}", "add {v} to the Wi-Fi, tá",
                       "the print shop's AP logged {v}"],
                "ru": ["MAC камеры на причале {v}", "MAC терминала на лодке {v}", "добавь {v} в роутер лесопилки",
                       "роутер в офисе чартера режет {v}"]},
        "card": {"en": ["the card for the termite job is {v}", "charge {v} for the banners", "the customer paid with {v}",
                        "the householder read the card as {v}"],
                 "ru": ["карта для оплаты чартера {v}", "номер карты шкипера {v}", "скинь на карту {v}, эфхаристо",
                        "карта {v}, потеряла в ⟦Афинах|LOCATION⟧, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Good afternoon, here is {v}", "Name of the householder: {v}"],
                         "GOV_ID": ["my old UK driving licence is {v}", "DL (customer): {v}"],
                         "USERNAME": ["my username on the print portal is {v}", "app login: {v}"]},
                  "ru": {"PERSON": ["Чолӧм, это {v}", "ФИО гостя на яхте: {v}"],
                         "GOV_ID": ["паспорт РФ покупателя дров {v}", "паспорт матроса {v}"],
                         "USERNAME": ["мой логин на сайте чартера {v}", "логин в программе лесопилки: {v}"]}},
        "later": {"en": ["about the householder {v} again", "still waiting on {v}, nossa", "{v} called back, mersi",
                         "chasing {v}, né", "(customer {v})"],
                  "ru": ["по гостю на яхте {v}", "{v} опять звонила про дрова", "напоминаю про чартер, {v}",
                         "(см. выше про лодку: {v})", "{v}, ответьте, паракало"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the vinyl roll order {v} is late", "the bait boxes order {v} came wrong",
                     "the ⟦Mercado Livre|ORGANIZATION⟧ order {v} arrived"],
              "ru": ["заказ {v} со ⟦Skroutz|ORGANIZATION⟧ пришёл", "заказ цепи {v} для бензопилы", "отмена по заказу {v}, пандос"]},
    "price": {"en": ["a termite treatment is {v}", "the night call-out for rats costs {v}", "the big banner came to {v}"],
              "ru": ["прогулка на лодке {v}", "машина дров {v}", "спити в ⟦Калитее|LOCATION⟧ {v} в месяц"]},
    "timestamp": {"en": ["the technician arrived {v}", "the banner went up {v}", "the alarm in the warehouse went off {v}"],
                  "ru": ["лодка отходит в {v}", "закат в {v}", "лесовоз выехал в {v}"]},
    "version": {"en": ["the plotter firmware {v} crashes", "the pest app {v}", "since the {v} update of the print portal"],
                "ru": ["приложение чартера {v}", "версия программы лесопилки {v}", "после обновления {v} навигатор на лодке глючит"]},
    "room": {"en": ["the technicians meet in room {v}", "the customer is in flat {v}", "the proofs are in drawer {v}"],
             "ru": ["каюта {v}, нос", "причал {v}", "склад {v} на лесопилке"]},
    "flight": {"en": ["my flight to ⟦Guarulhos|LOCATION⟧ is {v}", "the householder lands on {v}", "the technician is on {v}"],
               "ru": ["летим в ⟦Салоники|LOCATION⟧ рейсом {v}", "{v} задержали, пандос", "встречай с {v} в ⟦Сыктывкаре|LOCATION⟧"]},
    "isbn": {"en": ["the pest-control handbook is ISBN {v}", "the screen-printing guide, ISBN {v}", "ISBN {v}, the Kreol dictionary"],
             "ru": ["лоция Эгейского моря ISBN {v}", "ISBN {v}, разговорник греческого", "ISBN {v}, коми-русский словарь"]},
    "doc-ip": {"en": ["the trap sensor manual shows {v}", "the plotter guide's example is {v}", "the print shop's network sheet has {v}"],
               "ru": ["в инструкции к навигатору {v}", "в примере настройки роутера на лодке {v}", "в схеме сети лесопилки {v}"]},
    "spoken-date": {"en": ["the termite inspection is due {v}", "the banner launch is on {v}", "the fumigation is set for {v}"],
                    "ru": ["выход в море перенесли на {v}", "регату в ⟦Ханье|LOCATION⟧ назначили на {v}", "дрова привезут на {v}"]},
    "kinship-verb": {"en": ["my vovó {v} open the door for the technician", "my tonton {v} pick up the flyers",
                            "my madrinha {v} pay the Pix"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Valeu, noted.", "Okay, the service order is updated.", "Mersi, saved.",
                        "Alright, the technician knows.", "Tá, the proof is updated.", "Obrigada, done."],
                 "ru": ["Эфхаристо, записала.", "Хорошо, поправила в брони лодки.", "Аттьӧ, внесла в базу.",
                        "Поняла, передам шкиперу.", "Спасибо, накладную обновила.", "Кала, готово."]}
