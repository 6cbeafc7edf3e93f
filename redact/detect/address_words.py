"""The words postal addresses are made of, by country: street types, the names of
buildings, places, states and countries as addresses write them. Data only, with the
alternation that turns a list into a pattern, longest word first."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import regex

from redact.detect import codecache

# the names UK buildings go by, before the street ("Payne House, 25 Young Walks")
BUILDINGS = ("Court House Mansions Cottage Cottages Lodge Works Hall Farm Barn Flats Tower Towers "
             "Manor Villa Villas Heights Buildings Chambers Apartments Residences Block Mill").split()
# the words of estates, complexes and buildings of many countries after their name
# ("Camella Homes Subd.", "Pleasant Fields Residences", "Jacaranda Apartments", "Marina
# Heights Tower", "Gulshan Housing Society")
ESTATE_WORDS = ("Residences", "Residence", "Residency", "Apartments", "Apts", "Condominium",
                "Condominiums", "Condo", "Condos", "Homes", "Subd", "Subdivision", "Village",
                "Estate", "Estates", "Towers", "Tower", "Plaza", "Complex", "Compound", "Enclave",
                "Mansion", "Mansions", "Villas", "House", "Building", "Bldg", "Housing", "Society",
                "Colony", "Scheme", "Township", "Quarters", "Hostel", "Arcade", "Centre", "Center",
                "Gardens", "Heights", "Court", "Park", "Hills", "Terraces", "Flats",
                # Turkey's sites and their blocks of flats ("Crystal Park Sitesi", "Lara Palm
                # Evleri", "Toros Konakları", "Deniz Apartmanı")
                "Sitesi", "Evleri", "Konakları", "Konutları", "Apartmanı", "Rezidans")
# the words of a part that a number or a letter follows ("Blk 29 Lot 7", "Tower 4", "Purok
# 6", "Hse No. 59", "Plot 12", "Street 5", "Mz. A Lt. 5"): units, floors, buildings, blocks,
# lots and phases, and the numbered streets and zones of many countries
UNIT_WORDS = ("Unit", "Apt", "Apartment", "Flat", "Suite", "Ste", "Room", "Rm", "Floor", "Flr",
              "Level", "Lvl", "Storey", "Tower", "Twr", "Block", "Blk", "Bk", "Lot", "Phase",
              "Ph", "Purok", "Zone", "Sector", "House", "Hse", "Plot", "Stand", "Erf",
              "Building", "Bldg", "Wing", "Villa", "Door", "Shop", "Office", "Stall", "Kiosk",
              "Street", "Road", "Lane", "Avenue", "Km", "Section", "Quarter", "Ward", "Cluster",
              "Compound", "Cottage", "Entrance", "Camp", "Kav", "Mz", "Mza", "Lt", "Casa", "Apto",
              "Depto", "Dpto", "Edif", "Bungalow", "Gali", "Pocket", "Khasra", "Chawl", "LP",
              # Thailand's village number ("Moo 5", in Russian "Му 5"), Dubai's numbered district
              # ("District 12"), Cambodia's numbered street ("St. 271"),
              # Turkey's block, flat and floor ("Blok 3", "Daire 12"), Brazil's lot, block and
              # housing scheme ("Lote 12, Quadra 5", "Conjunto 3"), a German or Austrian house,
              # flat and staircase ("Haus 4, Wohnung 12", "Stiege 2"), a French building ("Bt
              # 12", "Imm 4"), Romania's and Moldova's flat ("ap. 5"), West Africa's chalet, an
              # Azerbaijani flat ("mənzil 45")
              "Moo", "Му", "District", "St", "Blok", "Daire", "Kat", "Lote", "Quadra", "Qd", "Conjunto", "Conj", "Bloco", "Haus", "Wohnung",
              "Whg", "Stiege", "Bt", "Imm", "Ap", "Chalet",
              "mənzil", "mən",
              # the Balkans' building, flat, entrance and floor ("zgrada 3, stan 12", "ulaz 2, sprat
              # 4"), Albania's building, staircase, entrance and floor ("Pallati 12, Shk. 2")
              "zgrada", "stan", "ulaz", "sprat", "Pallati", "Shk", "Shkalla", "Hyrja", "Kati",
              # Iran's plate (the house's number) and unit, Spain's estate phase and stair
              "Pelak", "Plak", "Vahed", "Fase", "Bloque", "Escalera", "Puerta")
# Street types people write after the name, from the US Postal Service's list of street
# suffixes (Publication 28, C1) with the British and Irish ones it lacks, full and
# abbreviated. A type needs a house number and a capitalised name before it.
EN_TYPES = (
    "Street St Road Rd Avenue Ave Av Lane Ln Drive Dr Close Way Court Ct Place Pl Crescent "
    "Cres Terrace Tce Grove Gardens Gdns Square Sq Boulevard Blvd Parade Mews Row Walk Hill "
    "Hills Rise Green Park Parkway Pkwy Highway Hwy Circle Cir Trail Trl Plaza Path Pike Alley "
    "Loop Run Turnpike Expressway Freeway Causeway Esplanade Embankment Quay Wharf Yard Gate "
    "Gateway Vale View Views Ridge Ridges Heights Hts Meadow Meadows Crossing Junction Pass "
    "Point Estate Estates Manor Bypass Broadway Wynd Brae Cove Creek Fields Glen Harbor "
    "Harbour Haven Knoll Knolls Landing Lodge Mall Mill Mills Mount Orchard Oval Passage Port "
    "Ranch Route Shore Shores Spring Springs Station Summit Track Valley Viaduct Village "
    "Villages Ville Vista Well Wells Woods Circus Approach Drove Chase Crest Dale Common "
    "Corner Corners Cross Fork Forks Garth Hollow Island Isle Key Keys Lake Lakes Light Lights "
    "Locks Motorway Neck Overpass Plain Plains Radial Ramp Rapids Rest Skyway Spur Stream "
    "Streets Throughway Trace Trafficway Tunnel Underpass Union Unions Ways Burg Burgs Bluff "
    "Bluffs Bottom Branch Bridge Brook Brooks Canyon Cape Center Centre Cliff Cliffs Club "
    "Courts Curve Dam Divide Extension Extensions Falls Ferry Field Flat Flats Ford Fords "
    "Forest Forge Forges Fort Gardens Harbors Inlet Mission Mountain Mountains Parks Pine "
    "Pines Prairie River Shoal Shoals Squares Stravenue Trailer Walks Wall Roads Points Ports "
    "Spurs Islands Crossroad Crossroads Camp Grn Expy Fwy Glens Valleys Manors Circles Lock "
    "Course Str"
    # Australian and New Zealand types (Australia Post's list)
    " Access Alleyway Amble Anchorage Arcade Artery Basin Beach Bend Boulevarde Brace Brow"
    " Byway Centreway Circlet Circuit Colonnade Concourse Copse Courtyard Crossway Cruiseway"
    " Cul-de-sac Cutting Dell Deviation Distributor Driveway Elbow Entrance Fairway Firetrail"
    " Footway Foreshore Formation Frontage Glade Grange Gully Highroad Interchange Laneway"
    " Lees Lookout Meander Nook Outlook Parklands Pathway Plateau Promenade Quadrant Quays"
    " Ramble Reserve Retreat Ridgeway Riverway Riviera Roadway Ronde Rosebowl Rotary Siding"
    " Strand Thoroughfare Tollway Trunkway Walkway Wade Round Rnd"
    # Indian and Nepali road and locality words ("Sundaram Ganj", "Deo Marg", "Kata Chowk",
    # "Jhamsikhel Sadak", "Naxal Tole")
    " Nagar Marg Chowk Ganj Zila Bagh Colony Layout Puram Peth Wadi Sadak Tole").split()
# German, Dutch and Nordic street words: the end of a compound ("Hauptstraße") or a word of
# their own ("Berliner Straße"). Not "-ring": "Spring", "During" and "Hiring" end in it.
DE_SUFFIXES = ("straße", "strasse", "str.", "gasse", "weg", "allee", "platz", "damm",
               "ufer", "chaussee", "steig", "pfad", "markt", "laan", "straat", "vej",
               "gatan", "gade", "plein", "gracht", "kade", "singel", "dijk", "hove",
               "steeg", "dreef", "plantsoen", "burgwal",
               # Nordic: Danish, Swedish, Norwegian, Icelandic; Finnish
               "stræde", "vænget", "plads", "vägen", "gränd", "stigen", "torget", "gata",
               "gate", "gaten", "veien", "vegen", "vei", "veg", "plass", "torv", "bakken", "brygge",
               "stræti", "braut", "vegur", "stígur",
               "katu", "tie", "kuja", "polku", "kaari", "väylä", "rinne")
# Nordic street types written as a word of their own after the name, a genitive or an
# adjective before them: Norway's "Kong Oscars gate", "Bygdøy allé", "Olaf Ryes plass",
# Sweden's "Drottning Kristinas väg", Denmark's "Store Torv", "Nørre Allé", Finland's
# "Itäinen tie"; Iceland's "Laugavegur" is a compound (DE_SUFFIXES)
NORDIC_WORDS = ("gate", "gata", "gaten", "gatan", "vei", "veien", "veg", "vegen", "väg", "vägen",
                "vej", "Vej", "gade", "Gade", "allé", "Allé", "plass", "plassen", "plads", "Plads",
                "torg", "torget", "Torg", "torv", "Torv", "stræde", "Stræde", "gränd", "bakke", "bakken",
                "brygge", "bryggen", "kaj", "Kaj", "vænge", "Vænge", "katu", "tie", "kuja", "tori",
                "gøta", "vegur", "gøtan", "gerði")  # the Faroes' and Iceland's
DE_WORDS = ("Straße", "Strasse", "Str.", "Gasse", "Weg", "Allee", "Platz", "Damm", "Ufer",
            "Chaussee", "Markt", "Ring", "Steig", "Pfad")  # also "Hella-Vollbrecht-Weg"
# French, Spanish, Portuguese and Italian types come first, the name after them.
ROMANCE_TYPES = ("rue", "avenue", "av.", "boulevard", "bd", "allée", "place", "chemin",
                 "impasse", "quai", "cours", "route", "square", "passage", "voie",
                 "faubourg", "sentier", "rond-point", "allé", "calle", "avenida", "avda.", "paseo",
                 "camino", "carretera", "ctra.", "ronda", "travesía", "rua", "rúa", "praça",
                 "travessa", "estrada", "alameda", "largo", "plaza", "via", "viale",
                 "piazza", "corso", "strada", "vicolo", "đường", "phố", "str.", "ul.", "al.")  # Polish last
# the same, capitalised, where the name and its number follow with no number before
# ("Via dei Mille 7", "Avda. de Oporto 12"), and the Greek ones ("Λεωφόρος Κηφισίας 88")
FIRST_TYPES = ("Calle", "C/", "Avenida", "Avda.", "Paseo", "Camino", "Carretera", "Ctra.",
               "Ronda", "Travesía", "Rua", "Rúa", "Praça", "Travessa", "Estrada", "Alameda",
               "Largo", "Plaza", "Via", "Viale", "Piazza", "Corso", "Strada", "Vicolo", "Rue",
               "Str.", "ul.", "al.", "Οδός", "Οδ.", "Λεωφόρος", "Λεωφ.", "Πλατεία", "Πλ.")
# More types written before the name, after libpostal's street-type dictionaries of each
# language, full and abbreviated. Many are also words of other things ("Square Enix 2",
# "Gang Beasts 2"): a street when parts of an address follow it or a lead introduces it.
MORE_FIRST_TYPES = (
    # Spanish, Catalan (Spain and the Americas)
    "Av.", "Pza.", "Callejón", "Glorieta", "Pasaje", "Psje.", "Bulevar", "Carrera", "Cra.",
    "Diagonal", "Transversal", "Calzada", "Cerrada", "Privada", "Prolongación", "Jirón", "Jr.",
    "Andador", "Circuito", "Rambla", "Urbanización", "Urb.", "Carrer", "Avinguda", "Passeig",
    "Plaça", "Travessera", "Camí",
    # Portuguese (Portugal, Brazil, Africa)
    "Beco", "Calçada", "Ladeira", "Praceta", "Rodovia", "Rod.", "Quinta", "Caminho", "Vila",
    "Rotunda", "Servidão",
    # Italian
    "V.le", "P.za", "P.zza", "Piazzale", "P.le", "C.so", "Borgo", "Canale", "L.go", "Lungomare",
    "Lungotevere", "Lungarno", "Contrada", "C.da", "Località", "Loc.", "Frazione", "Fraz.",
    "Traversa", "Salita", "Vico", "Circonvallazione", "Calata", "Riva", "Fondamenta", "Campo",
    "Salizada", "Stradone", "Rampa",
    # French (France, Belgium, Switzerland, Quebec, Africa)
    "Avenue", "Boulevard", "Bd", "Bld", "Allée", "Chemin", "Impasse", "Quai", "Cours", "Route",
    "Passage", "Faubourg", "Sentier", "Montée", "Cité", "Résidence", "Lotissement", "Hameau",
    "Esplanade", "Promenade", "Ruelle", "Venelle", "Traverse", "Square",
    # the same in lowercase, as Belgium, Switzerland and French towns listed first write them
    # with the number after the name ("Marseille, avenue du Prado 2", "rue de la Loi 16")
    "rue", "avenue", "boulevard", "chemin", "allée", "impasse", "quai",
    # Romanian, Polish, Croatian and Serbian (Latin script)
    "Strada", "Bulevardul", "Bdul.", "Calea", "Aleea", "Șoseaua", "Şoseaua", "Șos.", "Piața",
    "Intrarea", "Splaiul", "os.", "pl.", "str.", "bd.", "bul.", "Ulica", "Aleja", "Osiedle", "Plac", "Rondo", "Trg",
    "Bulevar",
    # Indonesian, Malay, Thai and Vietnamese
    "Jalan", "Jl.", "Jln.", "Gang", "Gg.", "Lorong", "Lrg.", "Persiaran", "Lebuh", "Lebuhraya",
    "Taman", "Tmn.", "Komplek", "Kompleks", "Perumahan", "Perum.", "Perum", "Soi", "Thanon", "Đường",
    "Phố", "Ngõ", "Hẻm",
    # Swahili and Arabic transliterated
    "Barabara", "Mtaa", "Shari", "Sharia",
    # Albanian ("Rruga Ismail Qemali", "Bulevardi Zogu I", "Sheshi Skënderbej")
    "Rruga", "Rr.", "Bulevardi", "Sheshi",
    # Maltese ("Triq il-Kbira", "Pjazza San Ġorġ", "Sqaq tal-Kappillan")
    "Triq", "Trq.", "Pjazza", "Sqaq", "Vjal", "Misraħ", "Telgħa", "Xatt",
    # Greek transliterated, as Cyprus writes its streets: the avenue, the street, and the
    # saint most streets are named for ("Leoforos Makariou 12", "Agiou Andreou 221")
    "Leoforos", "Leof.", "Odos", "Agiou", "Agias", "Agion", "Plateia")
# the titles of the people Latin America's streets are named for, abbreviated before the name
# with no type ("Gral. Flores 430", "Cnel. Brandzen 2215", "Av. Dr. Luis Piera 1994"): a street
# when parts follow it, as MORE_FIRST_TYPES' are; inside a name after a type, any of them
STREET_TITLES = ("Gral.", "Cnel.", "Cel.", "Tte.", "Mcal.", "Pte.", "Pdte.", "Gdor.", "Sgto.", "Alte.", "Brig.",
                 "Cmdte.", "Pbro.", "Mons.", "Sta.", "Sto.")
NAME_TITLES = (*STREET_TITLES, "Gen.", "Dr.", "Dra.", "Ing.", "Prof.", "Cap.", "Lic.", "Gral", "Cnel")
# the words that name a house at a corner by the street crossing it ("Rambla Gandhi 3035 esq.
# Rivera", "дом 674, угол Gorlero", "5 Elm St., corner of Oak"): Spanish, Russian, English, German
CORNER_WORDS = ("esq.", "esquina", "esquina con", "esquina de", "угол", "на углу с", "corner of", "cnr", "cnr.", "Ecke")
# the alleys and lanes named off a street after the street's own name, as Indonesia, Malaysia,
# Thailand and Vietnam write them ("Jl. Dago Gg. Mawar No. 12", "Jalan Ampang Lorong 3",
# "Thanon Sukhumvit Soi 11", "Đường Lê Lợi Hẻm 5")
ALLEY_TYPES = ("Gg.", "Gang", "Lorong", "Lrg.", "Soi", "Hẻm", "Ngõ", "Ngách", "Kiệt")
# the words written before a building's or an estate's name ("Apartemen Gading Nias", "Tower
# Alamanda", "Edificio Sol", "Immeuble Les Palmiers"), in Indonesian, Malay, Filipino English,
# the Romance languages and French
BUILDINGS_FIRST = ("Apartemen", "Tower", "Menara", "Wisma", "Gedung", "Graha", "Rusun", "Rusunawa", "Kondominium",
                   "Ruko", "Edifício", "Edificio", "Edif.", "Torre", "Residencial", "Condomínio", "Condominio",
                   "Bloco", "Bloque", "Conjunto", "Palazzo", "Palazzina", "Immeuble", "Résidence", "Residence",
                   "Résidences")
# the same abbreviated to a letter or two also written as a person's initial ("R. de
# Cardoso, 17" is a street, "R. Smith, 12" is not): a street only when parts of an address
# follow it
INITIAL_TYPES = ("R.", "Tv.", "Trav.", "Lg.", "Pç.", "Cl.", "Cr.", "Kra.", "V.", "C.", "Pg.",
                 "Av.ª", "Estr.", "Ctra", "Ch.", "Imp.", "Pl.")
# Turkey's street types, after the street's name or its number ("Gazi Cd.", "123. Sk.")
TR_TYPES = ("Caddesi", "Cadde", "Cad.", "Cd.", "Sokak", "Sokağı", "Sok.", "Sk.", "Bulvarı", "Blv.", "Bulvar")
# The types written after the name with the house number after them ("High Street 41",
# "Bağdat Cad. No: 123", "Gandhi Marg 12"); not "Route 66"
AFTER_TYPES = ("Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Drive", "Close",
               "Square", "Terrace", "Crescent", "Gardens", "Grove",
               *TR_TYPES,
               # Indian and South Asian
               "Marg", "Salai", "Sarani",
               # Uzbek in Latin letters ("Navoiy ko'chasi 12"), Azerbaijani ("Lachin küç. 12";
               # its "pr." is the Baltics' too: HU_TYPES)
               "ko'chasi", "koʻchasi", "ko‘chasi", "ko’chasi", "kochasi", "küçəsi", "küç.", "prospekti")
# the marks before a neighbourhood's or a village's name that address parts read besides
# LOCALITY_MARKS ("Sitio Malinis", "Kebele 05", "LC1 Kireka B", "T. Ko Tao", "Sangkat Olympic")
PART_MARKS = (
    "Sitio", "Purok", "Village", "Vill.", "Mohalla", "Kebele", "Woreda", "Parish", "Area", "Township",
    "LC1", "LC 1", "LCI",  # Uganda's village by its local council ("LC1 Kireka B")
    # Thailand's sub-district and district, full and as their initial ("T. Ko Tao", "A. Mueang
    # Krabi", "Khet Bang Rak"), Malaysia's village ("Kampung Sungai Penchala", "Kg. Baru")
    "T.", "A.", "Tambon", "Amphoe", "Amphur", "Khet", "Khwaeng", "Kampung", "Kg.",
    # Cambodia's commune, district, village and town ("Sangkat Tuol Tumpung 2, Khan Chamkarmon"),
    # Brazil's sector, Romania's and Moldova's municipality and county ("mun. Chișinău", "jud. Cluj")
    "Sangkat", "Khan", "Khum", "Srok", "Phum", "Krong", "Setor", "mun.", "jud.",
    "Res.")  # a residence, as West Africa abbreviates it ("Res. Les Palmiers")
# the words that say an address follows on the line, besides those of a lead line: where
# one lives or stays, where a thing is, is dropped off, picked up, collected or sent
INLINE_LEADS = ("drop-off", "dropoff", "pick-up", "resides", "residing", "reside", "resident", "lives", "live",
                "lived", "living", "located", "situated", "consignee", "recipient", "house", "stay", "staying",
                "collect", "delivered", "shipped", "sent", "mailed", "posted", "forwarded", "addressed",
                "проживает", "проживаю", "проживаем", "проживают", "живу", "живёт", "живет", "живём", "живем",
                "живут", "прописан", "прописана", "прописаны", "привезите", "привезти", "везти", "заберу",
                "забрать", "заберите", "посылку", "доставьте", "отправьте", "отправить", "находимся",
                "находится", "переехал", "переехала", "переехали", "адреса")
# the places whose names find a house where streets have no numbers, after their name
# ("ELWA Junction", "Chicken Soup Factory", "Joe Bar", "Kaneshie Market", "Total Filling
# Station", "St. Mary's Church"): West Africa, East Africa, the Caribbean, South Asia
LANDMARK_WORDS = ("Junction", "Roundabout", "Factory", "Market", "Bar", "Hotel", "Motel", "Restaurant",
                  "Supermarket", "Church", "Mosque", "Masjid", "Temple", "Mandir", "Gurdwara", "Hospital",
                  "Clinic", "School", "College", "Academy", "Stadium", "Cinema", "Pharmacy", "Bakery",
                  "Garage", "Station", "Barracks", "Bus Stop", "Bus Stage", "Bus Park", "Motor Park",
                  "Lorry Park", "Taxi Rank", "Post Office", "Police Station", "Filling Station",
                  "Petrol Station", "Gas Station", "Checkpoint", "Crossing", "Bridge", "Stores", "Store")
# the words that name a region after its name ("Lagos State", "Western Province")
REGION_WORDS = ("State", "Province", "County", "Region", "District", "Division", "Governorate",
                "Prefecture", "Territory", "Parish", "Department", "Oblast", "Regency", "Municipality")
# the words before a locality's name, district, ward or neighbourhood ("Col. Juárez", "Brgy.
# San Antonio", "Phường Bến Thành", "Kel. Gambir", "Bairro Centro")
LOCALITY_MARKS = ("Col.", "Colonia", "Fracc.", "Fraccionamiento", "Brgy.", "Barangay", "Bgy.",
                  "Phường", "P.", "Quận", "Q.", "Huyện", "TP.", "Tp.", "Kel.", "Kelurahan", "Kec.",
                  "Kecamatan", "Kab.", "Kabupaten", "Desa", "Bairro", "Urb.", "Urbanización",
                  "Barrio", "Bo.", "Comuna", "Distrito", "Dist.", "Cantón", "Sector", "Sec.",
                  "Mah.", "Mahallesi", "Ilçe", "Zone", "Ward", "Tehsil", "Taluk", "Mukim")
# the words that mark a house number before it ("No. 84", "Plot 859", "nº 12", "Nr. 5",
# Indonesia's plot "Kav. 52")
HOUSE_MARKS = ("No", "Nos", "Nr", "nr", "Nº", "nº", "N°", "n°", "no", "n", "Plot", "Blk",
               "Block", "Stand", "Erf", "Hse", "Km", "km", "n.º", "N.º", "Kav")
# Hungarian, Estonian and Latvian types come after the name, in lowercase, the number after
# them ("Fő utca 5.", "Pärnu maantee 12", "Brīvības iela 5")
HU_TYPES = ("utca", "u.", "út", "útja", "tér", "tere", "körút", "krt.", "rakpart", "rkp.",
            "köz", "sor", "sétány", "fasor", "kapu", "lépcső", "park", "liget", "lakótelep",
            "tänav", "põik", "puiestee", "maantee", "väljak", "iela", "bulvāris", "prospekts",
            # Estonian and Lithuanian abbreviations ("Pärnu mnt 10", "Gedimino pr. 9", "Vilniaus g. 12")
            "mnt", "mnt.", "pst", "pst.", "tn", "tn.", "tee", "g.", "gatvė", "pr.", "prospektas", "alėja", "skg.",
            # Latvian ("Rīgas gatve 9", "Ganību dambis 110", "Krasta šoseja 3")
            "gatve", "dambis", "šoseja", "laukums", "krastmala", "ceļš", "aleja", "līnija",
            # the Slavic languages in Latin letters, whose adjective names the street before its
            # type ("Celovška cesta 148b", "Stanetova ulica 5", "Vinohradská třída 12"; a type
            # first, "Trg bana Jelačića 3", is MORE_FIRST_TYPES'): Slovene, Croatian, Bosnian,
            # Serbian, Slovak, Czech
            "cesta", "ulica", "ulice", "trg", "avenija", "prilaz", "vijenac", "nabrežje", "obala", "šetalište", "drevored",
            "třída", "náměstí", "nám.", "nábřeží", "námestie", "nábrežie",
            # Turkish written lowercase after the name ("Bağdat caddesi 45", "Gül sokak 3")
            "caddesi", "cadde", "sokak", "sokağı", "bulvarı",
            # Kazakh, Kyrgyz, Uzbek and Tatar in Cyrillic, the type after the name too ("Төлеби
            # көшесі 12", "Абай даңғылы 52", "Чүй проспектиси 5", "Навоий кўчаси 7", "Баумана урамы 3")
            "көшесі", "көш.", "даңғылы", "даңғ.", "көчөсү", "проспектиси", "кўчаси", "кўч.", "урамы")
# the regions written in lowercase after their name, as the Baltic posts write them: Latvia's
# municipality and parish ("Ādažu nov.", "Carnikavas pag."), Estonia's rural municipality and
# county ("Saku vald", "Harju maakond"), Lithuania's district municipality ("Trakų r. sav.")
LOWER_REGION_WORDS = ("nov.", "novads", "pag.", "pagasts", "vald", "maakond", "r. sav.", "sav.", "apskr.",
                      # Uzbekistan's region, district, city and neighbourhood in Latin letters
                      # ("Toshkent viloyati", "Chilonzor tumani", "Toshkent sh.", "Navbahor MFY")
                      "viloyati", "tumani", "sh.", "shahri", "MFY", "mahallasi")
# the ends of a German street's name written in Cyrillic ("Шиллерштрассе 59", "Линденвег 4")
DE_CYRILLIC = ("штрассе", "штрасе", "гассе", "аллее", "вег", "дамм")
RU_TYPES = ("ул.", "улица", "алл.", "пр-т", "пр-кт", "просп.", "проспект", "пр.", "пер.",
            "переулок", "наб.", "набережная", "ш.", "шоссе", "б-р", "бул.", "бульвар", "пл.",
            "площадь", "проезд", "пр-д", "туп.", "тупик", "аллея", "мкр.", "мкр",
            "микрорайон", "линия", "тракт",
            # Ukrainian
            "вул.", "вулиця", "пров.", "провулок", "бульв.", "майдан", "узвіз")
RU_PLACES = ("г.", "город", "с.", "село", "пос.", "посёлок", "поселок", "п.", "пгт", "д.",
             "дер.", "деревня", "ст.", "ст-ца", "станица", "х.", "хутор", "к.", "клх", "рп",
             "аул", "мкр.", "мкр-н", "р-н", "район", "р.п.", "г.о.", "пгт.", "г.п.", "с.п.", "гп",
             # Belarus's agrotowns, Moldova's municipalities and sectors, Ukraine's смт,
             # Kazakhstan's ауыл
             "аг.", "агрогородок", "мун.", "муниципий", "сектор", "смт", "ауыл",
             # Kyrgyzstan's and Kazakhstan's housing massifs ("ж/м Ала-Тоо")
             "ж/м", "ж/м.", "жилмассив",
             # Tajikistan's rural community and the villages of Central Asia ("джамоат Тахти
             # Сангин, кишлак Гулистон", Kyrgyzstan's "айыл")
             "джамоат", "кишлак", "кишл.", "айыл", "шахрак",
             # the rural settlements of Russia's republics and of the old Russian
             # countryside, as the federal list of settlement types names them (Buryatia's
             # and Kalmykia's улус, Khakassia's аал, Yakutia's наслег, the north's стойбище,
             # the слобода, выселок, починок, заимка, кордон, разъезд), the населённый пункт
             # of forms ("нп Сосновка"), Tuva's сумон, Ukraine's селище, Belarus's вёска
             "улус", "аал", "наслег", "стойбище", "слобода", "сл.", "выселок", "выселки",
             "починок", "заимка", "кордон", "местечко", "разъезд", "рзд.", "городок", "н.п.",
             "нп", "сумон", "селище", "хутір", "вёска", "авыл",
             # Kazakhstan's and Kyrgyzstan's village shortened ("а. Шамалган"), the dacha and
             # resort settlements ("дп Снегири", "кп"), a post office's village ("п/о Ивановка")
             "а.", "дп", "кп", "п/о")
# Ireland's counties, the 26 of the Republic and the 6 of Northern Ireland: "Co. Mayo" or
# "County Mayo" ends a rural address as a postcode does, its townland and town before it
IE_COUNTIES = ("Antrim", "Armagh", "Carlow", "Cavan", "Clare", "Cork", "Derry", "Donegal", "Down", "Dublin",
               "Fermanagh", "Galway", "Kerry", "Kildare", "Kilkenny", "Laois", "Leitrim", "Limerick", "Londonderry",
               "Longford", "Louth", "Mayo", "Meath", "Monaghan", "Offaly", "Roscommon", "Sligo", "Tipperary",
               "Tyrone", "Waterford", "Westmeath", "Wexford", "Wicklow")
# the words people write before a postcode, in many languages ("индекс 20127", "PLZ 10115",
# "CAP 00184", "código postal 28013", "Τ.Κ. 10431", "irányítószám 1052"): with the number, a
# part of an address after its street
POSTCODE_WORDS = ("индекс", "Индекс", "почтовый индекс", "Почтовый индекс", "індекс", "Індекс", "пощенски код",
                  "поштански број", "поштенски код", "postcode", "Postcode", "post code", "Post code", "postal code",
                  "Postal code", "zip", "ZIP", "Zip", "zip code", "ZIP code", "Zip code", "zipcode", "PLZ", "CAP",
                  "C.A.P.", "código postal", "Código postal", "cod postal", "Cod poștal", "cod poștal", "CP", "C.P.",
                  "kod pocztowy", "Kod pocztowy", "PSČ", "PSC", "poštna številka", "poštanski broj", "irányítószám",
                  "Ir.sz.", "pašto kodas", "pasta indekss", "sihtnumber", "postinumero", "postnummer", "Postnummer",
                  "postnr.", "Postnr.", "posta kodu", "Posta kodu", "Τ.Κ.", "ΤΚ", "code postal", "Code postal", "NPA",
                  "indeks", "Indeks")
# Welsh street types, written before the street's name ("5 Ffordd Penrhos", "2 Rhodfa'r Môr")
WELSH_TYPES = ("Ffordd", "Heol", "Stryd", "Lôn", "Lon", "Rhodfa", "Clos", "Cilgant", "Teras", "Llwybr", "Rhiw",
               "Allt", "Sgwâr", "Sgwar", "Maes", "Cae")
# Welsh words of buildings and houses, written before their name ("Llys Hafod", "Fferm Tŷ Isaf")
WELSH_BUILDINGS = ("Llys", "Cwrt", "Tŷ", "Ty", "Fferm", "Canolfan", "Bwthyn", "Plas", "Neuadd", "Bythynnod", "Fflatiau")
US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP AA AE "
    "AP FM MH PW").split()
# Australian states and territories, written before the postcode ("Ramosmouth NSW 2965")
AU_STATES = ("NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT", "Vic", "Qld", "Tas")
# Countries as addresses name them besides the English and Russian names of the packs.
COUNTRY_WORDS = ("UK", "U.K.", "USA", "U.S.A.", "US", "U.S.", "GB", "РФ", "Éire",
                 "Deutschland", "Österreich", "Schweiz", "España", "Italia", "Nederland",
                 "Polska", "België", "Belgique",
                 # and as other countries name themselves on their letters
                 "Ísland", "Norge", "Sverige", "Danmark", "Suomi", "Eesti", "Latvija", "Lietuva",
                 "Česká republika", "Česko", "Slovenská republika", "Slovensko", "Magyarország", "România", "Hrvatska",
                 "Republika Hrvatska", "Srbija", "Slovenija", "Republika Slovenija", "Türkiye", "Brasil", "México", "Perú",
                 "Việt Nam", "Nihon", "Nippon",
                 # the short and official names the packs' lists lack, in English and Russian
                 "Russia", "Kyrgyzstan", "Czechia", "Slovakia", "Eswatini", "Ivory Coast", "Côte d'Ivoire", "Libya",
                 "Syria", "Laos", "Palestine", "Cabo Verde", "Brunei", "Kosovo", "South Sudan", "South Korea",
                 "North Korea", "DR Congo", "East Timor", "Burma", "The Gambia", "Macau", "Vatican City",
                 "Российская Федерация", "Туркменистан", "Кыргызстан", "Беларусь", "Республика Беларусь", "Молдова",
                 "Україна", "Қазақстан", "Oʻzbekiston", "O'zbekiston", "Türkmenistan", "Qazaqstan", "Sakartvelo")
# The marks of a post box or a private bag as the posts of many languages write them before its
# number: English's, Swahili's "S.L.P." (sanduku la posta), Indonesian's "Kotak Pos", Malay's
# "Peti Surat", Afrikaans' "Posbus", Turkish's "Posta Kutusu", Icelandic's, Finnish's, Hungarian's,
# the Romance, Slavic, Baltic, Greek and Hebrew ones. Written of nothing else: a mark and its number
# are an address by themselves.
POST_BOXES = (
    "PO Box", "P.O. Box", "P.O Box", "Post Office Box", "GPO Box", "Private Bag", "Private Mail Bag", "Locked Bag",
    "Mail Bag", "Postnet Suite", "S.L.P.", "Sanduku la Posta", "Kotak Pos", "Peti Surat", "Posbus", "Postbus",
    "Postfach", "Postboks", "Postbox", "Postfack", "Pósthólf", "Postilokero", "Postafiók", "Posta Kutusu",
    "Apartado", "Apartado de correos", "Apartado postal", "Apartado aéreo", "Casilla de correo", "Casilla postal",
    "Caixa Postal", "Cx. Postal", "Casella postale", "Boîte postale", "Boite postale", "Case postale",
    "Skrytka pocztowa", "Poštanski pretinac", "Poštanski fah", "Poštni predal", "Poštovní přihrádka",
    "Poštová priehradka", "Căsuța poștală", "Pašto dėžutė", "Abonentinė dėžutė", "Abonenta kastīte",
    "абонентский ящик", "абонентська скринька", "поштова скринька", "пощенска кутия", "поштански фах",
    "Ταχυδρομική Θυρίδα", "Τ.Θ.", "ת.ד.", "ص.ب.")
# the same written short, also the letters of other things ("BP 45", "CP 12", "P.K. 7", "Pf. 12",
# NZ's "RD 2"; not Finland's "PL", Turkey's "PK", an airline's letters too): a post box when parts
# of an address follow it
SHORT_BOXES = ("BP", "B.P.", "CP", "C.P.", "Apdo.", "Casilla", "POB", "P.O.B.", "PMB", "RD", "PB", "P.B.", "Box",
               "SLP", "P.K.", "Pf.", "p.p.", "Boks", "C.C.", "Cx.", "П.К.", "п.к.")
DIRECTIONS = ("North", "South", "East", "West", "Central", "NE", "NW", "SE", "SW", "N", "S", "E", "W")


def alternation(words: Iterable[str]) -> str:
    """Words as one regex alternation that tries the longest first where several match,
    grouped by their first letter ("R(?:oad|d)|S(?:treet|tr|t)"): regex tries only the
    words of the letter it is at where it tries the words of a "|" one by one, six times
    slower over the long lists of street types. A text's letter opens the words of one
    group only, in any case (where two groups' letters match alike, it is the "|"), so
    the words tried are those of the "|", in its order."""
    return _alternation(frozenset(words))


@lru_cache(maxsize=None)  # the same lists make several patterns
def _alternation(words: frozenset[str]) -> str:
    ordered = sorted(words, key=lambda w: (-len(w), w))
    groups: dict[str, list[str]] = {}
    for word in ordered:
        groups.setdefault(word[:1], []).append(word[1:])
    letters = sorted(groups)
    if "" in groups or any(_caseless(a).fullmatch(b) for i, a in enumerate(letters) for b in letters[i + 1:]):
        return "|".join(regex.escape(w) for w in ordered)
    return "|".join(regex.escape(letter) + (f"(?:{'|'.join(regex.escape(r) for r in rests)})" if rests != [""] else "")
                    for letter, rests in groups.items())


def spaced(marks: Iterable[str]) -> str:
    """Marks as one regex alternation, longest first, read as people space them: one space or
    more between their words, a space or none after an inner dot ("S. L. P.", "P.O.Box"), the
    last dot left out ("S.L.P 12"); grouped by their first letter, as ``alternation`` is."""
    def pattern(mark: str) -> str:
        pieces = _PIECE.findall(mark)
        return "".join(regex.escape(piece) + (
            (r"\.?" if i == len(pieces) - 1 else r"\.[ \t]*+") if "." in sep else r"[ \t]++" if sep else "")
            for i, (piece, sep) in enumerate(pieces))
    groups: dict[str, dict[str, None]] = {}
    for mark in sorted(set(marks), key=lambda m: (-len(m), m)):
        first = regex.escape(mark[0])
        groups.setdefault(first, {})[pattern(mark)[len(first):]] = None
    return "|".join(first + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else next(iter(rests)))
                    for first, rests in groups.items())


_PIECE = codecache.compile(r"([^ .]+)([ .]*)")  # a mark's word and the dot or spaces after it


@lru_cache(maxsize=None)
def _caseless(letter: str) -> regex.Pattern[str]:
    """The letter in any case, as a pattern that holds it inside (?i:...) matches it."""
    return regex.compile(f"(?i:{regex.escape(letter)})")
