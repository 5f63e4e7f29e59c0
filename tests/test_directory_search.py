"""Search-as-you-type and the guide's suggestions: folding, prefixes, typos, synonyms, filters and reasons."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from tests.directory_data import COOPERATIE, EMPLOYER_DESK, SCHULDHULP, sample_directory
from tests.support import FakeClock
from wsp_desk.services.context import DeskContext
from wsp_desk.services.directory import ContactData, LanguageData, RecordKind, ServiceData, ServiceRecord
from wsp_desk.services.directory_search import (
    MatchReason,
    ReasonKind,
    SearchFilters,
    SearchHit,
    SearchIndex,
    fold,
    words,
)
from wsp_desk.services.permissions import Actor

DEBT = ServiceRecord("s-debt", "o-1", SCHULDHULP, organization_name="Gemeente Rijswijk")
CAFE = ServiceRecord("s-cafe", "o-2", COOPERATIE, organization_name="Coöperatie Werkcafé Delft")
EMPLOYER = ServiceRecord("s-employer", "o-3", EMPLOYER_DESK, organization_name="WSP Rijswijk")
GENERAL_DEBT = ServiceRecord(
    "s-general",
    "o-4",
    ServiceData(name="Geldfit", description="Online hulp bij geldzaken.", need_codes=("debts_money",)),
    organization_name="Stichting Geldfit",
)
INDEX = SearchIndex([DEBT, CAFE, EMPLOYER, GENERAL_DEBT])


def names(hits: list[SearchHit]) -> list[str]:
    return [hit.service.data.name for hit in hits]


def test_fold_and_words() -> None:
    assert fold("Coöperatie Café ÉÉN") == "cooperatie cafe een"
    assert words("No-riskpolis, re-integratie!") == [
        "no",
        "riskpolis",
        "noriskpolis",
        "re",
        "integratie",
        "reintegratie",
    ]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("cooperatie", "Werkcafé"),  # diacritics: Coöperatie
        ("CAFE", "Werkcafé"),
        ("werkca", "Werkcafé"),  # the beginning of a word
        ("schuldhulpverleing", "Schuldhulpverlening Rijswijk"),  # one letter missing
        ("schuldhlup", "Schuldhulpverlening Rijswijk"),  # two letters swapped, in the beginning of a long word
        ("jan de vr", "Schuldhulpverlening Rijswijk"),  # the contact person
        ("loonkosten", "Werkgeversdienstverlening"),  # description
    ],
)
def test_finds_despite_accents_case_prefixes_and_typos(typed: str, expected: str) -> None:
    assert names(INDEX.search(typed))[0] == expected


def test_short_words_allow_no_typos() -> None:
    assert INDEX.search("kpo") == []
    assert names(INDEX.search("kopj")) == ["Werkcafé"]


def test_every_typed_word_must_match() -> None:
    assert names(INDEX.search("schulden rijswijk")) == ["Schuldhulpverlening Rijswijk"]
    assert INDEX.search("schulden amsterdam") == []


def test_synonyms_of_needs_find_services_and_say_so() -> None:
    hits = INDEX.search("geldproblemen")
    assert names(hits) == ["Geldfit", "Schuldhulpverlening Rijswijk"]
    assert hits[0].reasons == (MatchReason(ReasonKind.SYNONYM, "geldproblemen", "debts_money"),)


def test_reasons_name_the_place_that_matched() -> None:
    (hit,) = INDEX.search("schuld jan")
    assert hit.reasons == (
        MatchReason(ReasonKind.NAME, "Schuldhulpverlening Rijswijk"),
        MatchReason(ReasonKind.CONTACT, "Jan de Vries"),
    )
    (hit,) = INDEX.search("coop")
    assert hit.reasons == (MatchReason(ReasonKind.ORGANIZATION, "Coöperatie Werkcafé Delft"),)
    need = MatchReason(ReasonKind.NEED, "Schulden en geldzorgen", "debts_money")
    assert INDEX.search("schulden")[0].reasons[0] == need


def test_names_rank_above_descriptions() -> None:
    assert names(INDEX.search("geld")) == ["Geldfit", "Schuldhulpverlening Rijswijk"]


def test_filters() -> None:
    debts = SearchFilters(need_code="debts_money")
    assert names(INDEX.search("", debts)) == ["Geldfit", "Schuldhulpverlening Rijswijk"]
    assert names(INDEX.search("", SearchFilters(visitor_kind="employer"))) == ["Geldfit", "Werkgeversdienstverlening"]
    # Services without municipalities serve the whole region.
    assert names(INDEX.search("", SearchFilters(municipality="delft"))) == [
        "Geldfit",
        "Werkcafé",
        "Werkgeversdienstverlening",
    ]
    assert names(INDEX.search("", SearchFilters(language="Engels"))) == ["Schuldhulpverlening Rijswijk"]
    assert names(INDEX.search("", SearchFilters(language="en"))) == ["Schuldhulpverlening Rijswijk"]
    wednesday_2pm = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)
    assert names(INDEX.search("", SearchFilters(open_now=True), now=wednesday_2pm)) == [
        "Schuldhulpverlening Rijswijk",
        "Werkcafé",
    ]
    with pytest.raises(ValueError, match="open_now"):
        INDEX.search("", SearchFilters(open_now=True))


def test_a_filter_for_a_municipality_prefers_its_own_services() -> None:
    hits = INDEX.search("schulden", SearchFilters(municipality="Rijswijk"))
    assert names(hits) == ["Schuldhulpverlening Rijswijk", "Geldfit"]
    assert MatchReason(ReasonKind.MUNICIPALITY, "Rijswijk") in hits[0].reasons


def test_suggestions_rank_matched_needs_then_fit() -> None:
    hits = INDEX.suggest(["debts_money", "work_finding"], "job_seeker", "Rijswijk")
    assert names(hits) == ["Schuldhulpverlening Rijswijk", "Geldfit"], "the Delft werkcafé is not for Rijswijk"
    assert hits[0].reasons == (
        MatchReason(ReasonKind.NEED, "Schulden en geldzorgen", "debts_money"),
        MatchReason(ReasonKind.VISITOR_KIND, "job_seeker"),
        MatchReason(ReasonKind.MUNICIPALITY, "Rijswijk"),
    )
    everything = replace(COOPERATIE, name="Alles", need_codes=("debts_money", "work_finding"), municipalities=())
    both = SearchIndex([DEBT, CAFE, replace(CAFE, id="s-both", data=everything)])
    assert names(both.suggest(["debts_money", "work_finding"], "job_seeker", "Delft")) == ["Alles", "Werkcafé"]
    assert names(INDEX.suggest(["recruiting"], "job_seeker")) == []
    assert names(INDEX.suggest(["recruiting"], "employer")) == ["Werkgeversdienstverlening"]


def test_languages_to_filter_by() -> None:
    spoken = replace(COOPERATIE, languages=(LanguageData("ar", "Arabisch"), LanguageData("nl")))
    index = SearchIndex([DEBT, replace(CAFE, data=spoken), EMPLOYER])
    assert index.languages() == [
        LanguageData("ar", "Arabisch"),
        LanguageData("en", "Engels"),
        LanguageData("nl", "Nederlands"),
    ]
    assert SearchIndex([EMPLOYER]).languages() == []


def test_updates_replace_and_remove_entries() -> None:
    index = SearchIndex([DEBT, CAFE], revision=1)
    renamed = replace(CAFE, data=replace(COOPERATIE, name="Banencafé", contacts=(ContactData("Sanne Bakker"),)))
    index.update([renamed], ["s-debt"], revision=2)
    assert index.revision == 2 and len(index) == 1
    assert names(index.search("banen sanne")) == ["Banencafé"]
    assert names(index.search("werkcafe")) == ["Banencafé"], "still the organisation's name"
    assert index.search("schulden") == []


def test_the_desk_search_follows_changes(
    desk: DeskContext, coordinator: Actor, receptionist: Actor, clock: FakeClock
) -> None:
    services = sample_directory(desk, coordinator)
    assert names(desk.directory_search.search(receptionist, "werkcafe")) == ["Werkcafé"]
    cafe = services["Werkcafé"]
    desk.directory.update_service(coordinator, cafe.id, cafe.version, replace(cafe.data, name="Banencafé"))
    assert names(desk.directory_search.search(receptionist, "banencafe")) == ["Banencafé"]
    organization = desk.directory.organization(coordinator, cafe.organization_id)
    desk.directory.update_organization(
        coordinator, organization.id, organization.version, replace(organization.data, name="Stichting Koffie")
    )
    assert names(desk.directory_search.search(receptionist, "koffie")) == ["Banencafé"]
    desk.directory.set_archived(coordinator, RecordKind.ORGANIZATION, organization.id, organization.version + 1)
    assert desk.directory_search.search(receptionist, "koffie") == []
    suggestions = desk.directory_search.suggest(receptionist, ["debts_money"], "job_seeker", "Rijswijk")
    assert names(suggestions) == ["Schuldhulpverlening Rijswijk"]


def test_searching_needs_the_directory(desk: DeskContext, coordinator: Actor, guide: Actor) -> None:
    sample_directory(desk, coordinator)
    assert len(desk.directory_search.search(guide, "")) == 3
