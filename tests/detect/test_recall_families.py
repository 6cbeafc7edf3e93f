"""Recall beyond NER: user names in host paths, given and family names in lists, names after
a kinship word, and what stands for itself replaced in every file of a run."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli


def _scrub_folder(tmp_path: Path, files: dict[str, str],
                  *options: str) -> tuple[dict[str, str], list[dict]]:
    src = tmp_path / "in"
    src.mkdir()
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    result = run_cli("scrub", str(src), "-o", str(tmp_path / "out"), "--report",
                     str(tmp_path / "r.json"), "-q", *options)
    assert result.exit_code == 0, result.stderr
    report = json.loads((tmp_path / "r.json").read_text())
    return ({name: (tmp_path / "out" / name).read_text(encoding="utf-8") for name in files},
            report["files"])


def test_user_names_in_host_paths_are_replaced_and_the_sites_kept(tmp_path):
    text = ("run git clone git@github.com:sharon_area/homelab.git, then ssh -i ~/.ssh/id_ed25519 acastro@pi4\n"
            "the error is in ~robert_man/.config/ and FROM docker.io/williams88/garden-bot:3.2\n"
            "I post clips at instagram.com/taylor_idea and t.me/mcdaniel69\n"
            "the book is ISBN 978-1-781-30763-2, see github.com/explore\n")
    out, _ = _scrub_folder(tmp_path, {"notes.txt": text})
    assert out["notes.txt"] == (
        "run git clone git@github.com:[USERNAME_1]/homelab.git, then ssh -i ~/.ssh/id_ed25519 "
        "[USERNAME_2]@pi4\n"
        "the error is in ~[USERNAME_3]/.config/ and FROM docker.io/[USERNAME_4]/garden-bot:3.2\n"
        "I post clips at instagram.com/[USERNAME_5] and t.me/[USERNAME_6]\n"
        "the book is ISBN 978-1-781-30763-2, see github.com/explore\n")


def test_names_in_a_list_and_after_a_kinship_word_are_names(tmp_path):
    text = ("on the rota this week:\n- Dieter Höfig\n- Aine Shaughnessy\n"
            "дежурят:\n* Gilles Laroche\n"
            "talk to my sister hope first; my son will be late; my daughter will like it\n")
    out, _ = _scrub_folder(tmp_path, {"rota.txt": text})
    assert out["rota.txt"] == (
        "on the rota this week:\n- [PERSON_1]\n- [PERSON_2]\n"
        "дежурят:\n* [PERSON_3]\n"
        "talk to my sister [PERSON_4] first; my son will be late; my daughter will like it\n")


def test_names_in_another_script_wrapped_or_after_who_they_are_are_names(tmp_path):
    text = ("we met Ефросинья Куликова at the venue, and in Kazan Tobias Lindqvist\n"
            "в чате был Aurélien Marchetti и ещё Rose Quibell\n"
            "my stepmum glenda says hi; his flatmate will be there; ask coach Dmitri\n"
            "the contract from Ms Orla\nDevaney is signed, thanks\n"
            "attendees:\nOrla Devaney\nKeir Hallam\n"
            "моя тётя Вера придёт; I asked Claude Sonnet\n")
    out, _ = _scrub_folder(tmp_path, {"notes.txt": text})
    assert out["notes.txt"] == (
        "we met [PERSON_1] at the venue, and in [LOCATION_1] [PERSON_2]\n"
        "в чате был [PERSON_3] и ещё [PERSON_4]\n"
        "my stepmum [PERSON_5] says hi; his flatmate will be there; ask coach [PERSON_6]\n"
        "the contract from Ms [PERSON_7] is signed, thanks\n"
        "attendees:\n[PERSON_7]\n[PERSON_8]\n"
        "моя тётя [PERSON_9] придёт; I asked Claude Sonnet\n")


def test_names_written_in_lowercase_with_initials_or_as_line_labels_are_names(tmp_path):
    text = ("please loop in deborah quennell and marcus t. oyelaran; kids: wilhelmina, jolene and tobias\n"
            "my name is kasimira, my surname is vandersloot; call me back later\n"
            "we met Ilkka R Tuominen and Dr. Heljä P. Korhonen at the Atlantic Rim Collaboratory\n"
            "I'd like my nephew Joakim on the account\n"
            "Ruairí: Where were you?\nNote: nobody answered.\n"
            'Bonnie: "Who is it?"\nHazel:"It\'s Tamsin\'s husband." mr. okonkwo waved\n'
            "um edit bleeps later, uh transcribers first. Why is Virpi so quiet?\n")
    out, _ = _scrub_folder(tmp_path, {"chat.txt": text})
    assert out["chat.txt"] == (
        "please loop in [PERSON_1] and [PERSON_2]; kids: [PERSON_3], [PERSON_4] and [PERSON_5]\n"
        "my name is [PERSON_6], my surname is [PERSON_7]; call me back later\n"
        "we met [PERSON_8] and Dr. [PERSON_9] at the Atlantic Rim Collaboratory\n"
        "I'd like my nephew [PERSON_10] on the account\n"
        "[PERSON_11]: Where were you?\nNote: nobody answered.\n"
        "[PERSON_12]: \"Who is it?\"\n[PERSON_13]:\"It's [PERSON_14]'s husband.\" mr. [PERSON_15] waved\n"
        "um edit bleeps later, uh transcribers first. Why is [PERSON_16] so quiet?\n")


def test_places_companies_and_name_fields_named_as_such(tmp_path):
    text = ("Ms. Odegaard flew to TROMVIK on Friday; she grew up in Kallaste and is based in "
            "VESTRANDA.\nI work for Brightwell Analytics, before that Quarry & Finch Ltd. "
            "and Halvorsen and Sons\nName: Teodora Vasquez\nName: TBD\n"
            "we moved to Postgres, prices in Canada rose, I grew up in London\n")
    out, _ = _scrub_folder(tmp_path, {"form.txt": text})
    assert out["form.txt"] == (
        "Ms. [PERSON_1] flew to [LOCATION_1] on Friday; she grew up in [LOCATION_2] and is based in "
        "[LOCATION_3].\nI work for [ORGANIZATION_1], before that [ORGANIZATION_2] "
        "and [ORGANIZATION_3]\nName: [PERSON_2]\nName: TBD\n"
        "we moved to Postgres, prices in Canada rose, I grew up in London\n")


def test_units_above_a_street_macs_form_fragments_and_spoken_fillers(tmp_path):
    text = ("Post it to:\nStudio 4B\n18 Larkfield Avenue\nDunmore, PA 18512\n"
            "lease for c0ff.ee4a.bcde, the share link ends in &user=Oswin+Tarrant\n"
            "звоните на восемь... девятьсот шестнадцать... щас... двести сорок... пятьдесят... "
            "сейчас-сейчас... семьдесят один\nmeet in Room 12 at 10:30, version 4.2.1\n")
    out, _ = _scrub_folder(tmp_path, {"notes.txt": text})
    assert out["notes.txt"] == (
        "Post it to:\n[ADDRESS_1]\n"
        "lease for [MAC_ADDRESS_1], the share link ends in &user=[PERSON_1]\n"
        "звоните на [PHONE_1]\nmeet in Room 12 at 10:30, version 4.2.1\n")


def test_buildings_region_lines_and_the_rest_of_a_list_of_people(tmp_path):
    text = ("send it to Alder Cottage, 14 Wrenfield Walks, Lower Tissington DE6 1RT please\n"
            "Адрес:\n620014, Свердловская обл.\nг. Ирбит, ул. Заречная, д. 12\n"
            "panel:\n- [x] Orla Devaney\n- [x] Keir Hallam\n- [ ] Caoimhe Brannagh\n"
            "agenda:\n- Budget Review\n- Open Questions\n")
    out, _ = _scrub_folder(tmp_path, {"notes.txt": text})
    assert out["notes.txt"] == (
        "send it to [ADDRESS_1] please\n"
        "Адрес:\n[ADDRESS_2]\n"
        "panel:\n- [x] [PERSON_1]\n- [x] [PERSON_2]\n- [ ] [PERSON_3]\n"
        "agenda:\n- Budget Review\n- Open Questions\n")


def test_table_columns_wrapped_sign_offs_and_russian_names_after_who_they_are(tmp_path):
    text = ("shortlist:\n| Emmanuelle De Sousa | yes |\n| Elliot Ryan | yes |\n| Lisa Field | no |\n"
            "| Annual Budget | 2 |\n"
            "the sign-off says Kind regards, Dr Amelia\nHolmes\n"
            "as per the mail from Shri Sarah\nWilliams we may proceed; ask Dr Sarah\nThe next item\n"
            "met Sarah-Louise Kenny and Patricia Koch II\n"
            "Hi, I'm Thandiwe from accounts. Chidi here, quick one; I'm Zimbabwean and I'm Happy to help\n\n"
            "мой братишка Мир сегодня за рулём, а мой брат Москву не любит; привет, мир\n")
    out, _ = _scrub_folder(tmp_path, {"notes.txt": text})
    assert out["notes.txt"] == (
        "shortlist:\n| [PERSON_1] | yes |\n| [PERSON_2] | yes |\n| [PERSON_3] | no |\n"
        "| Annual Budget | 2 |\n"
        "the sign-off says Kind regards, Dr [PERSON_4]\n"
        "as per the mail from Shri [PERSON_5] we may proceed; ask Dr [PERSON_5]\nThe next item\n"
        "met [PERSON_6] and [PERSON_7]\n"
        "Hi, I'm [PERSON_8] from accounts. [PERSON_9] here, quick one; I'm Zimbabwean and I'm Happy to help\n\n"
        "мой братишка [PERSON_10] сегодня за рулём, а мой брат [LOCATION_1] не любит; привет, мир\n")


def test_what_stands_for_itself_is_replaced_in_every_file_of_the_run(tmp_path):
    out, files = _scrub_folder(tmp_path, {
        "a.txt": "my passport number is S9796361 and my username is savery.\n",
        "b.txt": "did S9796361 come through? savery again.\n"})
    assert out == {"a.txt": "my passport number is [GOV_ID_1] and my username is [USERNAME_1].\n",
                   "b.txt": "did [GOV_ID_1] come through? [USERNAME_1] again.\n"}
    # the linked changes of b.txt name the value they stand for: the fingerprint it has in a.txt
    first = {c["label"]: c["fingerprint"] for c in files[0]["changes"]}
    assert [(c["detector"], c["seed"]) for c in files[1]["changes"]] == [
        ("linked", first["[GOV_ID_1]"]), ("linked", first["[USERNAME_1]"])]


def test_a_short_handle_no_language_has_as_a_word_is_replaced_in_every_file(tmp_path):
    out, _ = _scrub_folder(tmp_path, {
        "a.txt": "I sign in as tvorn, and my login is lark\n",
        "b.txt": "tvorn once more; the lark sang\n"})
    # four letters are enough for a handle no dictionary holds, not for a word
    assert out == {"a.txt": "I sign in as [USERNAME_1], and my login is [USERNAME_2]\n",
                   "b.txt": "[USERNAME_1] once more; the lark sang\n"}


def test_linking_across_files_stays_inside_each_file_under_link_scope_file(tmp_path):
    out, _ = _scrub_folder(tmp_path, {"a.txt": "my passport number is S9796361\n",
                                      "b.txt": "did S9796361 come through?\n"},
                           "--link-scope", "file")
    assert out["b.txt"] == "did S9796361 come through?\n"


def test_card_numbers_read_out_in_any_grouping_are_cards(tmp_path):
    text = ("charge it to 6011 - 5193 - 8516 - 5520\nномер карты 40 7461 3855 6260 01\n"
            "or 4821.2796.16349089, not 4821.2796.16349088 and not the years 2019 2020 2021\n")
    out, _ = _scrub_folder(tmp_path, {"cards.txt": text})
    assert out["cards.txt"] == (
        "charge it to [CREDIT_CARD_1]\nномер карты [CREDIT_CARD_2]\n"
        "or [CREDIT_CARD_3], not 4821.2796.16349088 and not the years 2019 2020 2021\n")


def test_a_user_name_given_as_such_is_a_username(tmp_path):
    text = ("I log in as rfoss and my login is tkelda; захожу под ником mirra, ник у меня zoltar\n"
            "I logged in as the admin, and my login is broken today\n")
    out, _ = _scrub_folder(tmp_path, {"logins.txt": text})
    assert out["logins.txt"] == (
        "I log in as [USERNAME_1] and my login is [USERNAME_2]; захожу под ником [USERNAME_3], "
        "ник у меня [USERNAME_4]\nI logged in as the admin, and my login is broken today\n")


def test_users_named_by_the_commands_and_paths_they_log_in_with(tmp_path):
    text = ("docker pull mirra_k/notes and docker run --rm -it tkelda/bot:2, not docker pull "
            "nginx or library/redis\n"
            "sftp rfoss@nas-2 then rsync -a ./out/ zoltar@nas-2:/srv/ and mail in /var/mail/pwynn\n"
            "ask @olga.venn on discord, not @acme.com\n")
    out, _ = _scrub_folder(tmp_path, {"ops.txt": text})
    assert out["ops.txt"] == (
        "docker pull [USERNAME_1]/notes and docker run --rm -it [USERNAME_2]/bot:2, not docker "
        "pull nginx or library/redis\n"
        "sftp [USERNAME_3]@nas-2 then rsync -a ./out/ [USERNAME_4]@nas-2:/srv/ and mail in "
        "/var/mail/[USERNAME_5]\nask [USERNAME_6] on discord, not @acme.com\n")


def test_users_inside_commands_image_references_and_urls_of_any_scheme(tmp_path):
    text = ("it fails at npm install github:ravel_k/dotfiles, then kubectl run api --image=tamsin88/notes\n"
            "docker build -t olwen.r/bot:dev . and git clone ssh://git@github.com/mirek_t/homelab.git\n"
            'save "https://twitch.tv/quill_ada" and pip install git+https://github.com/ravel_k/tool\n'
            "go get gitlab.com/ivo-s/cli, helm repo add charts https://kvarn.github.io/charts\n"
            "ssh-copy-id pwynn@nas-2, FROM ghcr.io/tamsin88/base:1\n"
            "мой профиль: gitlab.com/may19/garden-bot, see you on May 19\n"
            "docker build -t app:1.2 . and see github.com/explore; ls -t src/main; github: the repo\n")
    out, _ = _scrub_folder(tmp_path, {"ops.txt": text})
    # a handle that reads as a date is a handle in a path; an image without a user, a site's
    # own page, another command's -t and a colon in prose stay; a git remote inside an ssh
    # URL is no mailbox
    assert out["ops.txt"] == (
        "it fails at npm install github:[USERNAME_1]/dotfiles, then kubectl run api "
        "--image=[USERNAME_2]/notes\n"
        "docker build -t [USERNAME_3]/bot:dev . and git clone ssh://git@github.com/[USERNAME_4]/"
        "homelab.git\n"
        'save "https://twitch.tv/[USERNAME_5]" and pip install git+[URL_1]\n'
        "go get gitlab.com/[USERNAME_6]/cli, helm repo add charts https://[USERNAME_7].github.io/"
        "charts\n"
        "ssh-copy-id [USERNAME_8]@nas-2, FROM ghcr.io/[USERNAME_2]/base:1\n"
        "мой профиль: gitlab.com/[USERNAME_9]/garden-bot, see you on May 19\n"
        "docker build -t app:1.2 . and see github.com/explore; ls -t src/main; github: the repo\n")


def test_a_handle_found_in_one_file_is_replaced_whole_where_another_reads_a_name_in_it(tmp_path):
    out, _ = _scrub_folder(tmp_path, {
        "a.txt": "на форуме я martha.oakes\n",
        "b.txt": "bailey08: martha.oakes - see above\nwhitejas: thanks martha\n"})
    # the first name read inside the handle is part of it; said alone it is a name
    assert out == {"a.txt": "на форуме я [USERNAME_1]\n",
                   "b.txt": "bailey08: [USERNAME_1] - see above\nwhitejas: thanks [PERSON_1]\n"}


def test_the_user_of_an_image_after_any_options_in_a_manifest_or_a_set_image(tmp_path):
    text = ("docker run -d --name web -p 8080:80 -v /data:/data kim_lee/notes bash\n"
            "crane pull tess_o/tool out.tar; kubectl set image deploy/web app=ravi_k/web:1.2\n"
            "    image: \"mira_v/api:latest\"\n"
            "docker run nginx; docker pull library/redis; the image: a/b testing\n")
    out, _ = _scrub_folder(tmp_path, {"deploy.txt": text})
    assert out["deploy.txt"] == (
        "docker run -d --name web -p 8080:80 -v /data:/data [USERNAME_1]/notes bash\n"
        "crane pull [USERNAME_2]/tool out.tar; kubectl set image deploy/web app=[USERNAME_3]/web:1.2\n"
        "    image: \"[USERNAME_4]/api:latest\"\n"
        "docker run nginx; docker pull library/redis; the image: a/b testing\n")


def test_users_of_home_folders_mounted_anywhere_registries_prompts_and_remote_logins(tmp_path):
    text = ("kindly check /srv/users/bruce_rest/ and /mnt/c/Users/walker24/, then C:/Users/bob_k/\n"
            "mate, try helm install web oci://ghcr.io/kenneth_w/dotfiles or "
            "oci://registry.example.org/jdoe/chart\n"
            "autossh -M 0 bell19@pi4; ansible all -i 'hayden_TV@build-01,' -m ping\n"
            "ssh -J jump_ops@bastion kim_lee@internal; git clone alice_w@gitserver:proj.git\n"
            "[dana_k@fedora ~]$ make\n"
            "not GET /api/v1/users/alice/ nor /static/home/hero.png nor git config user.email "
            "alice@example.com\n")
    out, _ = _scrub_folder(tmp_path, {"ops.txt": text})
    # a web route, a site's assets and a mailbox of the documentation domain stay
    assert out["ops.txt"] == (
        "kindly check /srv/users/[USERNAME_1]/ and /mnt/c/Users/[USERNAME_2]/, then "
        "C:/Users/[USERNAME_3]/\n"
        "mate, try helm install web oci://ghcr.io/[USERNAME_4]/dotfiles or "
        "oci://registry.example.org/[USERNAME_5]/chart\n"
        "autossh -M 0 [USERNAME_6]@pi4; ansible all -i '[USERNAME_7]@build-01,' -m ping\n"
        "ssh -J [USERNAME_8]@bastion [USERNAME_9]@internal; git clone [USERNAME_10]@gitserver:"
        "proj.git\n"
        "[[USERNAME_11]@fedora ~]$ make\n"
        "not GET /api/v1/users/alice/ nor /static/home/hero.png nor git config user.email "
        "alice@example.com\n")


def test_a_value_named_once_by_a_new_cue_is_replaced_wherever_the_run_says_it(tmp_path):
    out, files = _scrub_folder(tmp_path, {
        "a.txt": "licence details: P9299803\n\nP9299803, as per my last mail\n",
        "b.txt": "re P9299803 - see below\nok so P9299803, noted\n",
        "c.txt": "мой логин в слаке jbarker\nвход на портал под gdunn\n",
        "d.txt": "jbarker, как писала выше\nцитирую: gdunn\nпо поводу jbarker\n"})
    assert out == {
        "a.txt": "licence details: [GOV_ID_1]\n\n[GOV_ID_1], as per my last mail\n",
        "b.txt": "re [GOV_ID_1] - see below\nok so [GOV_ID_1], noted\n",
        "c.txt": "мой логин в слаке [USERNAME_1]\nвход на портал под [USERNAME_2]\n",
        "d.txt": "[USERNAME_1], как писала выше\nцитирую: [USERNAME_2]\nпо поводу [USERNAME_1]\n"}
    assert {c["detector"] for f in files if f["path"].endswith(("b.txt", "d.txt"))
            for c in f["changes"]} == {"linked"}


def test_a_value_a_verb_names_once_is_replaced_where_a_reply_quotes_it(tmp_path):
    out, files = _scrub_folder(tmp_path, {
        "a.txt": "the ID card reads K7730152\nI sign on to the VPN with qmorrow7\n"
                 "в корпоративной сети я pvolkova\nOHIP no. 1234-567-890\n",
        "b.txt": "> qmorrow7, sure\nRe: K7730152\nOK, K7730152 noted\nпо поводу pvolkova\n"
                 "Re: 1234-567-890\n"})
    assert out == {
        "a.txt": "the ID card reads [GOV_ID_1]\nI sign on to the VPN with [USERNAME_1]\n"
                 "в корпоративной сети я [USERNAME_2]\nOHIP no. [OTHER_1]\n",
        "b.txt": "> [USERNAME_1], sure\nRe: [GOV_ID_1]\nOK, [GOV_ID_1] noted\n"
                 "по поводу [USERNAME_2]\nRe: [OTHER_1]\n"}
    assert {c["detector"] for c in files[1]["changes"]} == {"linked"}


def test_a_value_a_cue_named_keeps_its_tag_where_its_shape_alone_reads_another_thing(tmp_path):
    out, _ = _scrub_folder(tmp_path, {
        "a.txt": "паспорт, серия-номер: 1378 387828\nпо поводу 1378 387828\n",
        "b.txt": "цитирую: 1378 387828\n"})
    # said again bare, the passport's digits are no phone: one value, one tag
    assert out == {"a.txt": "паспорт, серия-номер: [GOV_ID_1]\nпо поводу [GOV_ID_1]\n",
                   "b.txt": "цитирую: [GOV_ID_1]\n"}


def test_family_names_made_like_ones_particles_titles_and_unknown_words_after_kin(tmp_path):
    text = ("caught up with Амос Ситников over tea, the body has Мина Романова in it\n"
            "approvers:\n► Belinda Zahn\n► Митофан Ефремов\n"
            "> Савва Пестов | lead\n"
            "Ф.И.О. (как в паспорте): Theresa Jones\n"
            "contact Pierre Le Goff today\n"
            "as per Smt. Padraig\nClaffey's note we agreed\n"
            "my granny tiegan borrowed the van, my sister realy likes it, my son will be late\n"
            "ask our neighbour, mrs okafor; ms word crashed\n"
            "thanks to Nguyễn Văn Lan, Siobhán Ní Dhomhnaill and Aroha Te Whare\n"
            "Patient: SMITH, John\nSender: Billing Team\nEmergency contact: Teresa West\n"
            "we stay with my meemaw Meadow; my grandson Forest can't come; I'll call my mom Monday;"
            " my sister-in-law Priya; ask their boss. The boss is here\n"
            "my son river is coming, my dad mark the date, my sister will be late\n"
            "closed by agent Colin\nHenric van den Nuwenhuse yesterday\n"
            "Участники: Ірина Лесик, Іван Бевзенко\n")
    out, _ = _scrub_folder(tmp_path, {"notes.txt": text})
    assert out["notes.txt"] == (
        "caught up with [PERSON_1] over tea, the body has [PERSON_2] in it\n"
        "approvers:\n► [PERSON_3]\n► [PERSON_4]\n"
        "> [PERSON_5] | lead\n"
        "Ф.И.О. (как в паспорте): [PERSON_6]\n"
        "contact [PERSON_7] today\n"
        "as per Smt. [PERSON_8]\n[PERSON_9]'s note we agreed\n"
        "my granny [PERSON_10] borrowed the van, my sister realy likes it, my son will be late\n"
        "ask our neighbour, mrs [PERSON_11]; ms word crashed\n"
        "thanks to [PERSON_12], [PERSON_13] and [PERSON_14]\n"
        "Patient: [PERSON_15]\nSender: Billing Team\nEmergency contact: [PERSON_16]\n"
        "we stay with my meemaw [PERSON_17]; my grandson [PERSON_18] can't come; I'll call my mom Monday;"
        " my sister-in-law [PERSON_19]; ask their boss. The boss is here\n"
        "my son [PERSON_20] is coming, my dad mark the date, my sister will be late\n"
        "closed by agent [PERSON_21] yesterday\n"
        "Участники: [PERSON_22], [PERSON_23]\n")
