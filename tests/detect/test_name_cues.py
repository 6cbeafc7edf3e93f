"""Names of any origin that their place makes names: after a cue ("Requester:", "спасибо,",
"принял(а)"), in a list or a table column of names, after a kin word of any language,
and said again after being found once."""

from __future__ import annotations


from redact.detect.name_cues import cued_names


def test_a_name_after_a_cue_is_a_name_whatever_its_origin(redactor):
    text = ("Requester: Ololade Oloyede\n"
            "Заявку принял(а) Akifə Şirvanzadə\n"
            "огромное спасибо, Zamir Musabəyova!\n"
            "the ticket was signed off Regards, Josephine\n> Potter\n"
            "I am Nkechi Obi, the nurse; cc Tunde Bakare.\n\n"
            "Thanks, Project Manager\nRequester: Finance Team\nDear Hiring Manager\n")
    assert redactor.scrub_text(text).text == (
        "Requester: [PERSON_1]\n"
        "Заявку принял(а) [PERSON_2]\n"
        "огромное спасибо, [PERSON_3]!\n"
        "the ticket was signed off Regards, [PERSON_4]\n> [PERSON_5]\n"
        "I am [PERSON_6], the nurse; cc [PERSON_7].\n\n"
        "Thanks, Project Manager\nRequester: Finance Team\nDear Hiring Manager\n")


def test_a_russian_cue_takes_names_not_words_the_dictionary_knows(redactor):
    text = "Ответственный — Gulnora Yusupova\nС уважением, Rəşad Məmmədov\nэто Нижний Новгород, красиво\n"
    assert redactor.scrub_text(text).text == (
        "Ответственный — [PERSON_1]\nС уважением, [PERSON_2]\nэто [LOCATION_1], красиво\n")


def test_the_lines_of_a_list_of_names_are_names_and_their_marks_stay(redactor):
    text = ("Next of kin\n- Elif Täsche [OK]\n- Chukwuemeka Njoku [OK]\n- Zenzile Mageba [OK]\n\n"
            "Assignees\nOmodunni Ayandokun / active\nFolasade Adeyemo / active\n\n"
            "Участники беседы:\n| Əhməd Hüseynli | 4B |\n| Seyran Axundzadə | 4B |\n\n"
            "| # | Employee | Status |\n|---|---|---|\n| 1 | Zahro Abdullohov | pending |\n"
            "| 2 | Mthunzi Zungu | done |\n\n"
            "Tools\n- Mozilla Firefox [OK]\n- Visual Studio [OK]\n")
    assert redactor.scrub_text(text).text == (
        "Next of kin\n- [PERSON_1] [OK]\n- [PERSON_2] [OK]\n- [PERSON_3] [OK]\n\n"
        "Assignees\n[PERSON_4] / active\n[PERSON_5] / active\n\n"
        "Участники беседы:\n| [PERSON_6] | 4B |\n| [PERSON_7] | 4B |\n\n"
        "| # | Employee | Status |\n|---|---|---|\n| 1 | [PERSON_8] | pending |\n"
        "| 2 | [PERSON_9] | done |\n\n"
        "Tools\n- Mozilla Firefox [OK]\n- Visual Studio [OK]\n")


def test_a_word_name_after_a_kin_word_of_any_language_is_a_name(redactor):
    text = ("my kuia charity is coming just now\nmy gogo mercy saw the ad first\n"
            "my gogo will phone you\nmy sister really is nice\nmy kid sister is here\n")
    assert redactor.scrub_text(text).text == (
        "my kuia [PERSON_1] is coming just now\nmy gogo [PERSON_2] saw the ad first\n"
        "my gogo will phone you\nmy sister really is nice\nmy kid sister is here\n")


def test_a_latin_name_found_once_in_russian_text_is_replaced_where_said_again(redactor):
    text = "Добрый день, я Olivie Martins\nпо заявке всё ясно\nкопия: Olivie Martins, снова Olivie Martins\n"
    assert redactor.scrub_text(text).text == (
        "Добрый день, я [PERSON_1]\nпо заявке всё ясно\nкопия: [PERSON_1], снова [PERSON_1]\n")


def test_an_id_named_by_a_noun_in_capitals_and_where_it_is_written_is_linked_where_said_again(redactor):
    text = ("ID on the form: Y4404284\nany update on Y4404284?\nDL on the card: H7894231\n"
            "ID: 48213\nTax on the bill: 1200\nId in the system: 4471\n")
    assert redactor.scrub_text(text).text == (
        "ID on the form: [GOV_ID_1]\nany update on [GOV_ID_1]?\nDL on the card: [GOV_ID_2]\n"
        "ID: 48213\nTax on the bill: 1200\nId in the system: 4471\n")


def test_fields_of_people_done_by_phrases_and_pronouns_are_cues_and_the_label_is_no_name(redactor):
    text = ("Requester: Vusumuzi Nxasana\nMother's maiden name: Adaeze Okonkwo\n"
            "ticket closed by Ifeanyi Okeke\nAda Obi (she/her) joined\n"
            "\nthe total came to Fifteen Euros\n")
    assert redactor.scrub_text(text).text == (
        "Requester: [PERSON_1]\nMother's maiden name: [PERSON_2]\n"
        "ticket closed by [PERSON_3]\n[PERSON_4] (she/her) joined\n"
        "\nthe total came to Fifteen Euros\n")


def test_a_label_of_a_things_name_is_no_cue():
    text = "Product name: Zentia Kolo\nCustomer name: Zentia Kolo\nCompany name: Zentia Kolo\n"
    assert [text[a:b] for a, b, _ in cued_names(text)] == ["Zentia Kolo"]
    assert cued_names(text)[0][0] == text.index("Customer name: ") + len("Customer name: ")


def test_a_russian_field_names_whose_it_is_after_its_noun(redactor):
    text = "Автор обращения: Joyce Jones\nПроверил(а) Zarina Tosheva, всё в порядке\n"
    assert redactor.scrub_text(text).text == (
        "Автор обращения: [PERSON_1]\nПроверил(а) [PERSON_2], всё в порядке\n")


def test_list_items_end_at_a_role_after_a_comma_and_a_past_verb_follows_a_kin_name(redactor):
    text = ("Attendees:\n- Thandeka Mokoena, RN\n- Kgomotso Sebego, GP\n\n"
            "my mama clover picked up the kids\nmy daughter today started school\n")
    assert redactor.scrub_text(text).text == (
        "Attendees:\n- [PERSON_1], RN\n- [PERSON_2], GP\n\n"
        "my mama [PERSON_3] picked up the kids\nmy daughter today started school\n")


def test_a_name_after_a_kin_word_of_many_languages_is_a_name_and_verbs_stay(redactor):
    text = ("my chachu rocky likes your pic\n"
            "Speaker 2: my lola Lovely is in the hospital\n"
            "my mother-in-law Princess is abroad\n"
            "my mum's brother prince will receive the parcel\n"
            "my shosho jemma will receive the parcel\n"
            "my half-brother Noble will sign\n"
            "my son will be late. my sister said no. my tita will call you po. my shosho may sign\n"
            "my dad mark the date. my airpods case is broken\n")
    assert redactor.scrub_text(text).text == (
        "my chachu [PERSON_1] likes your pic\n"
        "Speaker 2: my lola [PERSON_2] is in the hospital\n"
        "my mother-in-law [PERSON_3] is abroad\n"
        "my mum's brother [PERSON_4] will receive the parcel\n"
        "my shosho [PERSON_5] will receive the parcel\n"
        "my half-brother [PERSON_6] will sign\n"
        "my son will be late. my sister said no. my tita will call you po. my shosho may sign\n"
        "my dad mark the date. my airpods case is broken\n")


def test_a_list_under_a_header_of_people_and_fields_of_a_person_take_any_name(redactor):
    text = ("Tenants on the lease\nRohaan Sabil - attending\nKaashif Yar - attending\n\n"
            "| Claimant | Status |\n|---|---|\nReginald Hall - delivered\nDiane Rowe - delivered\n\n"
            "Наниматель: Inocențiu Marin\nСобственник: Cailin Early\nName of insured: Tuere Wambui\n"
            "Yours faithfully, Carol\n> Norton\n\n"
            "Things to do\nBuy Milk - done\nPay Rent - done\nRequester: Finance Team\n")
    assert redactor.scrub_text(text).text == (
        "Tenants on the lease\n[PERSON_1] - attending\n[PERSON_2] - attending\n\n"
        "| Claimant | Status |\n|---|---|\n[PERSON_3] - delivered\n[PERSON_4] - delivered\n\n"
        "Наниматель: [PERSON_5]\nСобственник: [PERSON_6]\nName of insured: [PERSON_7]\n"
        "Yours faithfully, [PERSON_8]\n> [PERSON_9]\n\n"
        "Things to do\nBuy Milk - done\nPay Rent - done\nRequester: Finance Team\n")


def test_list_rows_marked_by_symbols_tabs_and_arrows_are_names(redactor):
    text = ("Parties:\n☐ Urrab Gulshan\n☐ Tamanna Abaa\n\n"
            "Riders on shift:\nKamil Rafay\tpaid\nNabeel Gulfam\tpaid\n\n"
            "Escalation list\nRohaan Sabil → confirmed\nKaashif Yar → confirmed\n")
    assert redactor.scrub_text(text).text == (
        "Parties:\n☐ [PERSON_1]\n☐ [PERSON_2]\n\n"
        "Riders on shift:\n[PERSON_3]\tpaid\n[PERSON_4]\tpaid\n\n"
        "Escalation list\n[PERSON_5] → confirmed\n[PERSON_6] → confirmed\n")


def test_fields_kin_words_and_sign_offs_of_other_writers_take_any_name(redactor):
    text = ("Policyholder: Ngozi Eze. Insured person: Kwame Mensah. Next of kin: Aroha Ngata\n"
            "Заёмщик: Kwame Mensah\nсо мной работает менеджер Ioana Popescu\n"
            "my nkuku Amina said the boiler is broke. my bibi Fatuma will sign\n"
            "Cheers — Thabo Mokoena\n"
            "the release v2.3 is out. Apple Pay works. Kingston is lovely. my kuya can pick it up\n")
    assert redactor.scrub_text(text).text == (
        "Policyholder: [PERSON_1]. Insured person: [PERSON_2]. Next of kin: [PERSON_3]\n"
        "Заёмщик: [PERSON_2]\nсо мной работает менеджер [PERSON_4]\n"
        "my nkuku [PERSON_5] said the boiler is broke. my bibi [PERSON_6] will sign\n"
        "Cheers — [PERSON_7]\n"
        "the release v2.3 is out. Apple Pay works. Kingston is lovely. my kuya can pick it up\n")


def test_nepali_welsh_and_kyrgyz_kin_words_take_a_word_name_and_verbs_stay(redactor):
    text = ("my daju Heath is driving up from the airport\n"
            "my bampi rowan fixed the boiler\n"
            "моя апа Мээрим приедет в субботу\n"
            "my aama will call you, my bahini may sign\n")
    assert redactor.scrub_text(text).text == (
        "my daju [PERSON_1] is driving up from the airport\n"
        "my bampi [PERSON_2] fixed the boiler\n"
        "моя апа [PERSON_3] приедет в субботу\n"
        "my aama will call you, my bahini may sign\n")


def test_a_list_of_names_in_scripts_without_capitals_and_with_initials_takes_each(redactor):
    text = ("Cashiers on the rota:\n美咲 佐藤 [till 2]\nJean-P. Roux [till 3]\n\n"
            "Patients to call back\n* Anaïs Ferrand (late)\n* 지훈 박 (late)\n* 민서 이 (late)\n")
    assert redactor.scrub_text(text).text == (
        "Cashiers on the rota:\n[PERSON_1] [till 2]\n[PERSON_2] [till 3]\n\n"
        "Patients to call back\n* [PERSON_3] (late)\n* [PERSON_4] (late)\n* [PERSON_5] (late)\n")


def test_initials_of_their_own_in_a_list_of_names_and_an_outline_left_alone(redactor):
    text = ("Drivers on the rota:\nJ. Christoph [van 2]\nAna M. Ruiz [van 3]\n\n"
            "Outline:\nA. Introduction\nB. Methods\n")
    assert redactor.scrub_text(text).text == (
        "Drivers on the rota:\n[PERSON_1] [van 2]\n[PERSON_2] [van 3]\n\n"
        "Outline:\nA. Introduction\nB. Methods\n")


def test_an_office_of_a_club_before_a_colon_is_a_cue_for_the_name_on_its_line():
    for text, name in (("schristian: Chair of the road runners: Emily Jones\nnathan_h: hi", "Emily Jones"),
                       ("Secretary of the residents' association: Tunde Bakare", "Tunde Bakare")):
        assert [text[a:b] for a, b, _ in cued_names(text)] == [name]
    assert cued_names("Chair of the road runners: Main Street") == []
    assert cued_names("Chair: Project Manager") == []


def test_a_list_item_of_a_frequent_given_name_and_a_word_no_dictionary_has_is_a_name(redactor):
    text = ("Still to sweep this month:\n> Zoe Adams - flue ok\n> James Merritt - flue ok\n\n"
            "Checks this week:\nMark Done - ok\nWill Follow - ok\n")
    assert redactor.scrub_text(text).text == (
        "Still to sweep this month:\n> [PERSON_1] - flue ok\n> [PERSON_2] - flue ok\n\n"
        "Checks this week:\nMark Done - ok\nWill Follow - ok\n")
