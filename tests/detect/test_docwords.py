"""What a whole document, or a run, says of a name: ``redact.detect.docwords``."""

from __future__ import annotations

from redact.detect.docwords import things_named_by_their_noun

HEADS = {"system", "scale", "net", "filters", "award", "data"}
FIRST_NAMES = {"mel", "carlos", "aurora"}


def test_things_named_by_their_noun_spread_only_whole_names_no_one_may_bear():
    texts = ["we ran the Broadcast News evaluation on our Broadcast News system",
             "the Bayes - net ; Carlos filters ; the Mel scale ; the Aurora HTK system",
             "a Duke of Edinburgh award ; So Abbott system ; Dan Roe 's data",
             "The Springer mike"]
    # whole names before a thing's noun; not a first name, not "HTK" alone out of "Aurora
    # HTK", not "Edinburgh" that ends "Duke of Edinburgh", not a possessive; a sentence's
    # opening word is no part of the name
    assert things_named_by_their_noun(texts, HEADS | {"evaluation", "mike"}, FIRST_NAMES) == {
        "Broadcast News", "Bayes", "Abbott", "Springer"}


def test_the_instances_named_after_a_kind_of_thing_are_things_not_a_person_among_them():
    texts = ["you have schemes such as Flying Start, and the fact that Flying Start works",
             "we use tools like Hugin here", "our systems including Praat ; our filters like Mel",
             "some data such as Sarah Jones wrote"]
    assert things_named_by_their_noun(
        texts, {"schemes", "tools", "systems", "filters", "data"}, FIRST_NAMES | {"sarah"}) == {
        "Flying Start", "Hugin", "Praat"}
