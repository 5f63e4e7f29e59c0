"""The partner search widget (the Partners page's and the conversation page's): searching as you type, the filters,
why each result matches, and the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.directory_data import sample_directory
from tests.gui.support import type_search
from wsp_desk.desk import DeskContext
from wsp_desk.domain.directory import ServiceRecord
from wsp_desk.domain.permissions import Actor
from wsp_desk.gui.models.partner_models import SearchResultsModel
from wsp_desk.gui.partner_search import PartnerSearchWidget
from wsp_desk.services.directory_search import SearchFilters

TIMEOUT = 5000


@pytest.fixture
def services(desk: DeskContext, coordinator: Actor) -> dict[str, ServiceRecord]:
    return sample_directory(desk, coordinator)


@pytest.fixture
def search(qtbot: QtBot, desk: DeskContext, guide: Actor, services: dict[str, ServiceRecord]) -> PartnerSearchWidget:
    widget = PartnerSearchWidget(desk, guide)
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(search: PartnerSearchWidget) -> list[str]:
    return [hit.service.data.name for hit in search.hits()]


def column(search: PartnerSearchWidget, number: int) -> list[str]:
    proxy = search.proxy
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]


def test_the_results_model_passes_the_model_tester(
    qtmodeltester, desk: DeskContext, guide: Actor, services: dict[str, ServiceRecord]
) -> None:
    results = SearchResultsModel()
    results.set_hits(desk.directory_search.search(guide, "werk"), desk.clock.now())
    assert results.rowCount() > 1
    qtmodeltester.check(results)


def test_search_as_you_type_shows_the_services_and_why(qtbot: QtBot, search: PartnerSearchWidget) -> None:
    assert len(names(search)) == 3, "nothing typed: everything, by name"
    type_search(qtbot, search, "cooperatie")
    qtbot.waitUntil(lambda: names(search) == ["Werkcafé"], timeout=TIMEOUT)
    assert column(search, SearchResultsModel.ORGANIZATION) == ["Coöperatie Werkcafé Delft"]
    assert column(search, SearchResultsModel.REASONS) == ["organisation"]

    type_search(qtbot, search, "schulden")
    qtbot.waitUntil(lambda: names(search) == ["Schuldhulpverlening Rijswijk"], timeout=TIMEOUT)
    assert column(search, SearchResultsModel.REASONS) == ["need: Schulden en geldzorgen"]
    assert column(search, SearchResultsModel.CHECK) == ["To verify"]

    type_search(qtbot, search, "betalingsachterstand")
    qtbot.waitUntil(
        lambda: (
            column(search, SearchResultsModel.REASONS) == ["synonym of Schulden en geldzorgen (betalingsachterstand)"]
        ),
        timeout=TIMEOUT,
    )
    assert names(search) == ["Schuldhulpverlening Rijswijk"]

    type_search(qtbot, search, "jan de vr")
    qtbot.waitUntil(
        lambda: column(search, SearchResultsModel.REASONS) == ["contact person: Jan de Vries"], timeout=TIMEOUT
    )

    type_search(qtbot, search, "xyzzy")
    qtbot.waitUntil(lambda: names(search) == [], timeout=TIMEOUT)
    assert "No partners found" in search.count_label.text()


def test_typing_fast_searches_for_the_last_text(qtbot: QtBot, search: PartnerSearchWidget) -> None:
    """The first key searches at once; the keys after it wait for a pause, and then the last text counts."""
    with qtbot.waitSignal(search.searched, timeout=TIMEOUT):
        qtbot.keyClicks(search.search_field, "w")
    assert len(names(search)) == 3
    qtbot.keyClicks(search.search_field, "erkgever")
    assert len(names(search)) == 3, "not yet: the typing has not paused"
    qtbot.waitUntil(lambda: names(search) == ["Werkgeversdienstverlening"], timeout=TIMEOUT)


def test_filters_narrow_the_results(qtbot: QtBot, search: PartnerSearchWidget) -> None:
    search.need_filter.setCurrentIndex(search.need_filter.findData("recruiting"))
    assert names(search) == ["Werkgeversdienstverlening"]
    assert column(search, SearchResultsModel.REASONS) == ["need: Personeel werven"]
    search.need_filter.setCurrentIndex(0)

    search.kind_filter.setCurrentIndex(search.kind_filter.findData("employer"))
    assert names(search) == ["Werkgeversdienstverlening"]
    search.kind_filter.setCurrentIndex(0)

    search.municipality_filter.setCurrentIndex(search.municipality_filter.findData("Delft"))
    assert names(search) == ["Werkcafé", "Werkgeversdienstverlening"]  # the second is for the whole region
    search.municipality_filter.setCurrentIndex(0)

    assert search.language_filter.findText("Engels (en)") > 0, "the languages the directory's services speak"
    search.language_filter.setCurrentIndex(search.language_filter.findData("en"))
    assert names(search) == ["Schuldhulpverlening Rijswijk"]
    search.language_filter.setCurrentIndex(0)

    search.open_now.setChecked(True)  # Monday 9:30: only the debt help is open
    assert names(search) == ["Schuldhulpverlening Rijswijk"]
    assert column(search, SearchResultsModel.OPENING) == ["open until 17:00"]


def test_filters_can_be_preset(qtbot: QtBot, search: PartnerSearchWidget) -> None:
    with qtbot.waitSignal(search.searched, timeout=TIMEOUT):
        search.set_filters(SearchFilters(need_code="debts_money", visitor_kind="job_seeker", municipality="Rijswijk"))
    assert names(search) == ["Schuldhulpverlening Rijswijk"]
    assert search.filters() == SearchFilters("debts_money", "job_seeker", "Rijswijk")
    assert column(search, SearchResultsModel.REASONS) == [
        "need: Schulden en geldzorgen, for: Job seeker, municipality: Rijswijk"
    ]
    search.set_filters(SearchFilters(language="Pools"))  # a language no service speaks yet: offered all the same
    assert names(search) == [] and search.language_filter.currentText() == "Pools"
    search.set_filters(SearchFilters())
    assert len(names(search)) == 3


def test_the_selection_follows_the_results(
    qtbot: QtBot, search: PartnerSearchWidget, services: dict[str, ServiceRecord]
) -> None:
    assert search.current_service_id() == services["Schuldhulpverlening Rijswijk"].id  # the first, by name
    with qtbot.waitSignal(search.current_changed, timeout=TIMEOUT) as changed:
        search.set_text("cafe")
    assert changed.args == [services["Werkcafé"].id]
    with qtbot.waitSignal(search.current_changed, timeout=TIMEOUT) as changed:
        search.set_text("xyzzy")
    assert changed.args == [""] and search.current_service_id() is None
    search.set_text("")
    assert search.select_service(services["Werkgeversdienstverlening"].id)
    search.refresh()
    assert search.current_service_id() == services["Werkgeversdienstverlening"].id, "kept when still found"


def test_keyboard_down_into_the_results_up_back_and_enter(
    qtbot: QtBot, search: PartnerSearchWidget, services: dict[str, ServiceRecord]
) -> None:
    search.focus_search()
    qtbot.keyClicks(search.search_field, "werk")
    qtbot.waitUntil(lambda: len(names(search)) == 2, timeout=TIMEOUT)
    qtbot.keyClick(search.search_field, Qt.Key.Key_Down)
    assert search.results.hasFocus()
    qtbot.keyClick(search.results, Qt.Key.Key_Down)
    second = names(search)[1]
    assert search.current_service_id() == services[second].id
    with qtbot.waitSignal(search.service_chosen, timeout=TIMEOUT) as chosen:
        qtbot.keyClick(search.results, Qt.Key.Key_Return)
    assert chosen.args == [services[second].id]
    qtbot.keyClick(search.results, Qt.Key.Key_Up)
    qtbot.keyClick(search.results, Qt.Key.Key_Up)  # on the first row: back to the search field
    assert search.search_field.hasFocus()
    with qtbot.waitSignal(search.service_chosen, timeout=TIMEOUT) as chosen:
        qtbot.keyClick(search.search_field, Qt.Key.Key_Return)  # Enter in the search field takes the selected one
    assert chosen.args == [services[names(search)[0]].id]
    search.results.setFocus()
    qtbot.keyClick(search.results, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.search_field.hasFocus()
