"""Address systems as their people write them, each block one span: Scottish tenement flats,
Australian units and levels up to a state and postcode, USPS capitals and rural routes,
Indian flats, plots, sectors and villages up to a PIN, and Russian blocks from the courier's
entrance and floor to a chat's lowercase "town, street house-flat"; with the look-alikes of
each ("room 4/23", "version 2/3", "Flat rate", "и пр. расходы 500-700") left alone."""

from __future__ import annotations

import pytest

import redact
from redact.detect.addresses import address_spans

KEY = "address-systems-key-0123456789"


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text)]


@pytest.mark.parametrize(("text", "block"), [
    # Glasgow's floor/door and Edinburgh's floor-flat, with or without "Flat" and commas
    ("we're at Flat 2/3, 38 Valerie Common, North Gail EN3Y 8GB these days",
     "Flat 2/3, 38 Valerie Common, North Gail EN3Y 8GB"),
    ("post to Flat G/1, 7 Hunt Lane, Paisley PA1 2BB ta", "Flat G/1, 7 Hunt Lane, Paisley PA1 2BB"),
    ("try 2/1 45 Dumbarton Road Glasgow G11 6PD ok", "2/1 45 Dumbarton Road Glasgow G11 6PD"),
    ("FLAT 2/3, 38 VALERIE COMMON, NORTH GAIL EN3Y 8GB", "FLAT 2/3, 38 VALERIE COMMON, NORTH GAIL EN3Y 8GB"),
    ("send it to 3F2, 12 Marchmont Road, Edinburgh EH9 1HY",
     "3F2, 12 Marchmont Road, Edinburgh EH9 1HY"),
    ("Flat 3F2\n12 Marchmont Road\nEdinburgh\nEH9 1HY", "Flat 3F2\n12 Marchmont Road\nEdinburgh\nEH9 1HY"),
    ("my flat: flat 3f2, 12 marchmont road, edinburgh eh9 1hy",
     "flat 3f2, 12 marchmont road, edinburgh eh9 1hy"),
    ("45 Dumbarton Road, Partick, Glasgow, G11 6PD", "45 Dumbarton Road, Partick, Glasgow, G11 6PD"),
    ("21 (2F1) Warrender Park Road, Edinburgh EH9 1EF", "21 (2F1) Warrender Park Road, Edinburgh EH9 1EF"),
    ("Apt 4, 12 Main Street, Ballincollig, Co. Cork P31 KX84",
     "Apt 4, 12 Main Street, Ballincollig, Co. Cork P31 KX84"),
])
def test_uk_and_irish_flats(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    # a block a postcode ends takes the lines and parts before it when no house number is
    # written: named houses, streets without a number, localities and counties
    ("Rose Cottage, Mill Lane, Little Snoring, Fakenham NR21 0AB",
     "Rose Cottage, Mill Lane, Little Snoring, Fakenham NR21 0AB"),
    ("Apartment 4\nThe Maltings\nBray\nCo. Wicklow\nA98 X2Y3",
     "Apartment 4\nThe Maltings\nBray\nCo. Wicklow\nA98 X2Y3"),
    ("we live at Ballyroe, Tralee, Co. Kerry V92 X2Y3 now", "Ballyroe, Tralee, Co. Kerry V92 X2Y3"),
    ("The Old Rectory\nChurch Lane\nSomerton\nTA11 7PJ", "The Old Rectory\nChurch Lane\nSomerton\nTA11 7PJ"),
    ("One World Trade Center, Suite 8500, New York, NY 10007",
     "One World Trade Center, Suite 8500, New York, NY 10007"),
    ("Appartement 12, Bâtiment B\n5 avenue Foch\n75016 Paris",
     "Appartement 12, Bâtiment B\n5 avenue Foch\n75016 Paris"),
    ("Résidence Les Pins, Bât. B, 12 rue des Lilas, 69003 Lyon",
     "Résidence Les Pins, Bât. B, 12 rue des Lilas, 69003 Lyon"),
    # the name and the greeting above a town stay out
    ("Thanks,\nJohn Smith\nDublin D02 X285", "Dublin D02 X285"),
    ("Kind regards,\nAnna Kowalczyk\nDublin D02 X285", "Dublin D02 X285"),
])
def test_the_parts_before_a_postcode_with_no_house_number(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    # unit/number, street of any type, suburb, state, postcode; with and without commas
    ("pop round to 4/23 Travis Trunkway, New Johntown SA 2637 after work",
     "4/23 Travis Trunkway, New Johntown SA 2637"),
    ("it's 4/23 Travis Trunkway New Johntown SA 2637 mate", "4/23 Travis Trunkway New Johntown SA 2637"),
    ("4/23 Travis Trunkway\nNew Johntown, SA, 2637", "4/23 Travis Trunkway\nNew Johntown, SA, 2637"),
    ("4/23 TRAVIS TRUNKWAY NEW JOHNTOWN SA 2637", "4/23 TRAVIS TRUNKWAY NEW JOHNTOWN SA 2637"),
    ("Level 5, 123 Pitt Street, Sydney NSW 2000", "Level 5, 123 Pitt Street, Sydney NSW 2000"),
    ("Level 3\n45 Collins Street\nMelbourne VIC 3000", "Level 3\n45 Collins Street\nMelbourne VIC 3000"),
    ("Lvl 3, 45 Collins St, Melbourne, Victoria 3000", "Lvl 3, 45 Collins St, Melbourne, Victoria 3000"),
    ("Shop 5/12 Beach Road, Bondi NSW 2026", "Shop 5/12 Beach Road, Bondi NSW 2026"),
    ("PO Box 123, Fitzroy VIC 3065", "PO Box 123, Fitzroy VIC 3065"),
    ("Lot 5 Smith Road, Kellyville NSW 2155", "Lot 5 Smith Road, Kellyville NSW 2155"),
    ("12 Queen Street, Auckland Central, Auckland 1010",
     "12 Queen Street, Auckland Central, Auckland 1010"),
    ("123 Main St, Toronto, ON M5V 2T6", "123 Main St, Toronto, ON M5V 2T6"),
])
def test_australian_and_other_commonwealth_blocks(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    # USPS capitals over two lines or one, the territories' codes, ZIP+4
    ("Postal address -\n8678 FORD KEYS APT 2\nPORT DAWNSTAD FM 63954-6867\nta",
     "8678 FORD KEYS APT 2\nPORT DAWNSTAD FM 63954-6867"),
    ("8678 FORD KEYS APT 2, PORT DAWNSTAD, FM 63954-6867",
     "8678 FORD KEYS APT 2, PORT DAWNSTAD, FM 63954-6867"),
    ("9 OAK TRAFFICWAY UNIT 5 SOUTH JOHN MH 96970-1234", "9 OAK TRAFFICWAY UNIT 5 SOUTH JOHN MH 96970-1234"),
    ("PO BOX 4189\nANYTOWN VA 03957", "PO BOX 4189\nANYTOWN VA 03957"),
    # rural routes and highway contracts with their box
    ("RR 2 Box 152\nMilford, PA 18337", "RR 2 Box 152\nMilford, PA 18337"),
    ("Rural Route 3, Box 45, Milford, PA 18337", "Rural Route 3, Box 45, Milford, PA 18337"),
    ("R.R. 1, Box 12A, Milford, PA 18337", "R.R. 1, Box 12A, Milford, PA 18337"),
    ("HC 1 Box 5040, Palmer AK 99645", "HC 1 Box 5040, Palmer AK 99645"),
    ("12345 County Road 7, Milford, PA 18337", "12345 County Road 7, Milford, PA 18337"),
])
def test_us_capitals_and_rural_routes(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    # flat, house, plot or door by its number; society, road, locality, town, state, PIN
    ("we're over at Flat No. 208, Kuruvilla Heights, Korpal Path, Raiganj - 908766 these days",
     "Flat No. 208, Kuruvilla Heights, Korpal Path, Raiganj - 908766"),
    ("c/o Flat No. 1101, Sampath Enclave, Deo Marg, Morbi - 492789",  # the care mark is the block's first word
     "c/o Flat No. 1101, Sampath Enclave, Deo Marg, Morbi - 492789"),
    ("H.No. 12\nSharma Nagar\nPatna-800001", "H.No. 12\nSharma Nagar\nPatna-800001"),
    ("Plot No. 45, Sector 12,\nGurgaon,\nHaryana - 122001", "Plot No. 45, Sector 12,\nGurgaon,\nHaryana - 122001"),
    ("Plot 45, Sector 12\nGurgaon\nHaryana 122001", "Plot 45, Sector 12\nGurgaon\nHaryana 122001"),
    ("Plot 7B, Sector-15, Faridabad, Haryana 121007", "Plot 7B, Sector-15, Faridabad, Haryana 121007"),
    ("Sector 12, Plot 45\nGurgaon\nHaryana 122001", "Sector 12, Plot 45\nGurgaon\nHaryana 122001"),
    ("H. No. 5-9-22/1, Street No. 4, Himayat Nagar, Hyderabad - 500029, Telangana",
     "H. No. 5-9-22/1, Street No. 4, Himayat Nagar, Hyderabad - 500029, Telangana"),
    ("#45, 2nd Cross, 3rd Main, Indiranagar, Bengaluru - 560038",
     "#45, 2nd Cross, 3rd Main, Indiranagar, Bengaluru - 560038"),
    ("12/34, MG Road, Bengaluru 560001", "12/34, MG Road, Bengaluru 560001"),
    ("B-204, Sunshine Apartments, Andheri West, Mumbai 400053",
     "B-204, Sunshine Apartments, Andheri West, Mumbai 400053"),
    ("Vill. Rampur, P.O. Sonpur, Dist. Saran, Bihar 841101",
     "Vill. Rampur, P.O. Sonpur, Dist. Saran, Bihar 841101"),
    ("Flat No. 12, Lotus Residency, MG Road, Pune, Maharashtra, PIN 411001",
     "Flat No. 12, Lotus Residency, MG Road, Pune, Maharashtra, PIN 411001"),
    ("flat no. 208, kuruvilla heights, korpal path, raiganj - 908766",
     "flat no. 208, kuruvilla heights, korpal path, raiganj - 908766"),
])
def test_indian_blocks_up_to_the_pin(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    # German and French blocks with no comma, or a floor and side between street and town
    ("we moved to 4 chemin Poulain 42555 Leclerc-sur-Alexandre last month",
     "4 chemin Poulain 42555 Leclerc-sur-Alexandre"),
    ("Musterstr. 12, 3. OG links, 12345 Musterstadt", "Musterstr. 12, 3. OG links, 12345 Musterstadt"),
    ("Hauptstraße 5, Whg. 12\n10115 Berlin\nDeutschland", "Hauptstraße 5, Whg. 12\n10115 Berlin\nDeutschland"),
])
def test_german_and_french_blocks(text, block):
    assert [text[a:b] for a, b in address_spans(text, frozenset({"deutschland"}))] == [block]


@pytest.mark.parametrize(("text", "block"), [
    # an ordinal microdistrict, the town's qualifier in brackets
    ("мой адрес для посылок г. Буденновск, 8-й мкр., д. 22, кв. 79",
     "г. Буденновск, 8-й мкр., д. 22, кв. 79"),
    ("доставку на г. Троицк (Челяб.), 27-й мкр., д. 57, кв. 170, домофон не работает",
     "г. Троицк (Челяб.), 27-й мкр., д. 57, кв. 170"),
    ("2-я Тверская-Ямская ул., д. 5", "2-я Тверская-Ямская ул., д. 5"),
    # the courier's entrance and floor; glued korpus, litera, non-residential rooms
    ("живём теперь тут: бул. Ленина, д. 43, подъезд 4, этаж 12, кв. 267",
     "бул. Ленина, д. 43, подъезд 4, этаж 12, кв. 267"),
    ("г. Москва, ул. Тверская, д. 5к2, кв. 10", "г. Москва, ул. Тверская, д. 5к2, кв. 10"),
    ("СПб, Невский пр., д. 28, лит. А, пом. 12Н", "СПб, Невский пр., д. 28, лит. А, пом. 12Н"),
    ("Россия, 123456, г. Москва, ул. Ленина, д. 5, стр. 1, пом. II, ком. 3",
     "Россия, 123456, г. Москва, ул. Ленина, д. 5, стр. 1, пом. II, ком. 3"),
    ("г. Санкт-Петербург, наб. реки Фонтанки, д. 10, лит. Б, оф. 3",
     "г. Санкт-Петербург, наб. реки Фонтанки, д. 10, лит. Б, оф. 3"),
    # districts and settlements before the street, over lines too
    ("Новосибирская обл., Искитимский р-н, р.п. Линево, ул. Листвянская, д. 5",
     "Новосибирская обл., Искитимский р-н, р.п. Линево, ул. Листвянская, д. 5"),
    ("г. Москва, р-н Строгино, ул. Исаковского, д. 12, кв. 3",
     "г. Москва, р-н Строгино, ул. Исаковского, д. 12, кв. 3"),
    ("г. Тула,\nул. Советская, д. 5,\nкв. 12", "г. Тула,\nул. Советская, д. 5,\nкв. 12"),
    # a settlement or microdistrict with its house and no street
    ("Тверская обл., Калининский р-н, д. Ильинское, д. 12",
     "Тверская обл., Калининский р-н, д. Ильинское, д. 12"),
    ("г. Курган, мкр. 5, д. 3, кв. 44", "г. Курган, мкр. 5, д. 3, кв. 44"),
    ("мкр-н Северный, д. 5", "мкр-н Северный, д. 5"),
    # a chat's town, street and house-flat, capitalised or not
    ("доставку на избербаш, пр. минина 5-40, домофон не работает", "избербаш, пр. минина 5-40"),
    ("фактический адрес усть-кулом, ул. полтавская 81-55", "усть-кулом, ул. полтавская 81-55"),
    ("я сейчас на пушкинские горы, ул. светлая 44-16, заезжай", "пушкинские горы, ул. светлая 44-16"),
    ("Хабаровск, пр-т Карла Маркса 12-5", "Хабаровск, пр-т Карла Маркса 12-5"),
    ("ул. мирная, д. 5, кв. 7", "ул. мирная, д. 5, кв. 7"),
    # garden partnerships with their line and plot
    ("участок: СНТ «Березка», линия 5, участок 12", "СНТ «Березка», линия 5, участок 12"),
    ("Московская обл., Раменский р-н, СНТ «Ромашка», уч. 45",
     "Московская обл., Раменский р-н, СНТ «Ромашка», уч. 45"),
    ("СНТ «Ромашка», 3-я линия, участок 17", "СНТ «Ромашка», 3-я линия, участок 17"),
    ("СНТ «Ромашка», ул. Вишнёвая, д. 12", "СНТ «Ромашка», ул. Вишнёвая, д. 12"),
    ("Ленинградская обл., Всеволожский р-н, СНТ \"Ромашка\", линия 3, уч. 17",
     "Ленинградская обл., Всеволожский р-н, СНТ \"Ромашка\", линия 3, уч. 17"),
    ("СПб, ул. Марата, д. 10, литера Б, помещение 5Н", "СПб, ул. Марата, д. 10, литера Б, помещение 5Н"),
    ("ул. Ленина, д. 7, стр. 2, пом. 1-Н", "ул. Ленина, д. 7, стр. 2, пом. 1-Н"),
    ("Московская обл., г.о. Балашиха, мкр. Железнодорожный, ул. Автозаводская, д. 5",
     "Московская обл., г.о. Балашиха, мкр. Железнодорожный, ул. Автозаводская, д. 5"),
])
def test_russian_blocks(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "blocks"), [
    # a chat in lowercase: postcodes and states read as capitals
    ("pop round to 4/23 travis trunkway, new johntown sa 2637 after work",
     ["4/23 travis trunkway, new johntown sa 2637"]),
    ("flat 2/3, 38 valerie common, north gail en3y 8gb", ["flat 2/3, 38 valerie common, north gail en3y 8gb"]),
    ("8678 ford keys apt 2, port dawnstad, fm 63954-6867",
     ["8678 ford keys apt 2, port dawnstad, fm 63954-6867"]),
    ("rr 2 box 152, milford, pa 18337", ["rr 2 box 152, milford, pa 18337"]),
    ("we walked in 12345 steps", []),
    # a form's labelled lines: their values, without the labels
    ("Address line 1: Flat No. 208, Kuruvilla Heights\nAddress line 2: Korpal Path\nCity: Raiganj\n"
     "PIN: 908766\nPhone: 12345", ["Flat No. 208, Kuruvilla Heights", "Korpal Path", "Raiganj", "908766"]),
    ("Street: 12 Oak Road\nCity: Leeds\nPostcode: LS6 2QT\nNotes: none", ["12 Oak Road", "Leeds", "LS6 2QT"]),
    ("Улица: ул. Садовая, д. 21, кв. 7\nГород: Казань\nИндекс: 420111",
     ["ул. Садовая, д. 21, кв. 7", "Казань", "420111"]),
])
def test_lowercase_chats_and_labelled_forms(text, blocks):
    assert _blocks(text) == blocks


@pytest.mark.parametrize("text", [
    "we met in room 4/23 at 10:30", "version 2/3 of the doc", "Flat rate 25 for shipping",
    "Flat 5 is empty now", "on 12/03/2024, Leeds won", "Level 5 support, Sector 7 done",
    "Plot 3 of the film was weak", "Block 4 failed, Phase 2 started", "House No. 5 on the list",
    "running 3 Windows NT 4000 servers", "Order No. 12345, dispatched", "Room No. 101, Gate 12",
    "I WALKED 5 MILES DOWN THE ROAD", "ROOM 4 BUILDING 2 COSTS 2000", "ticket #45, Priority High",
    "score 12/34, Team Alpha", "Top 10 Places, Sydney NSW 2000 list", "Apt 5 was nice, 3 Cats slept",
    "at 4/23 we had 31/49 votes", "RR 2 is the second round", "PIN 123456 is my code",
    "и пр. расходы 500-700 руб", "в пер. 5-10 минут", "см. стр. 5-10", "итак, пр. расходы 500",
    "пл. 45-50 кв. м", "кстати, пер. 3-4 часа", "раздел 5, пункт 3", "code M25 4AB", "Ref:\nM25 4AB",
    "we need 3 Senior Engineers, Bangalore 560001 office",
])
def test_look_alikes_of_each_system_stay(text):
    assert _blocks(text) == []


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("Speaker 2: pop round to 4/23 Travis Trunkway, New Johntown SA 2637 after work",
     "Speaker 2: pop round to [ADDRESS_1] after work"),
    ("c/o Flat No. 1101, Sampath Enclave, Deo Marg, Morbi - 492789",
     "[ADDRESS_1]"),
    ("Postal address for the parcel -\n8678 FORD KEYS APT 2\nPORT DAWNSTAD FM 63954-6867\nta",
     "Postal address for the parcel -\n[ADDRESS_1]\nta"),
    ("живём теперь тут: тавда, наб. поперечная 70-257", "живём теперь тут: [ADDRESS_1]"),
])
def test_a_block_of_each_system_is_one_tag(text, scrubbed):
    assert redact.Redactor(key=KEY).scrub_text(text).text == scrubbed
