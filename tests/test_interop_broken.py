"""Broken files, made at random: cut off, wrong types, huge texts, wrong encodings. Each gives clear problems that
name the file, and writes nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.directory_data import sample_directory
from tests.support import directory_snapshot
from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.interop.files import Format
from wsp_desk.interop.report import ImportFailed
from wsp_desk.services.directory_exchange import export_file, import_file

FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def exported(desk: DeskContext, coordinator: Actor, tmp_path: Path) -> dict[str, bytes]:
    sample_directory(desk, coordinator)
    files = {}
    for fmt, name in ((Format.HSDS_JSON, "directory.json"), (Format.XLSX, "sheet.xlsx"), (Format.CSV, "sheet.csv")):
        export_file(desk.directory, coordinator, tmp_path / name, fmt)
        files[name] = (tmp_path / name).read_bytes()
    return files


def refused(desk: DeskContext, actor: Actor, path: Path, content: bytes) -> list[str] | None:
    """The problems of importing `content`, or None when it imported; nothing may change on a refusal."""
    before = directory_snapshot(desk, actor)
    path.write_bytes(content)
    try:
        import_file(desk.directory, desk.directory_import, actor, path)
    except ImportFailed as failed:
        assert directory_snapshot(desk, actor) == before
        messages = [str(problem) for problem in failed.problems]
        assert messages and all(message.startswith(path.name) for message in messages), messages
        return messages
    return None


@FUZZ
@given(data=st.data())
def test_a_cut_off_file_is_refused(
    desk: DeskContext, coordinator: Actor, exported: dict[str, bytes], tmp_path: Path, data: st.DataObject
) -> None:
    name = data.draw(st.sampled_from(["directory.json", "sheet.xlsx"]))
    content = exported[name]
    cut = 1 + data.draw(st.integers(0, 10**9)) % (len(content) - 2)  # independent of the exported data, as below
    assert refused(desk, coordinator, tmp_path / name, content[:cut]) is not None


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place of a string or number in a JSON document."""
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _paths(item, (*path, key))]
    if isinstance(value, list):
        return [p for index, item in enumerate(value) for p in _paths(item, (*path, index))]
    return [path]


def _set(document: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        document = document[step]
    document[path[-1]] = value


@FUZZ
@given(data=st.data())
def test_wrong_types_and_huge_texts_are_refused_or_harmless(
    desk: DeskContext, coordinator: Actor, exported: dict[str, bytes], tmp_path: Path, data: st.DataObject
) -> None:
    document = json.loads(exported["directory.json"])
    places = [p for p in _paths(document) if "contents" in p and "id" not in p]
    # An index, not sampled_from(places): what Hypothesis draws must not depend on the exported data.
    path = places[data.draw(st.integers(0, 10_000)) % len(places)]
    value = data.draw(
        st.one_of(
            st.integers(),
            st.lists(st.integers(), max_size=2),
            st.dictionaries(st.text(max_size=3), st.integers(), max_size=1),
            st.just("x" * 20_000),
            st.none(),
        )
    )
    _set(document, path, value)
    target = tmp_path / "directory.json"
    target.write_bytes(exported["directory.json"])
    import_file(desk.directory, desk.directory_import, coordinator, target)  # undo what an earlier example imported
    before = directory_snapshot(desk, coordinator)
    if refused(desk, coordinator, target, json.dumps(document).encode()) is not None:
        return
    # Harmless: the file imported as it reads, so only the record that holds the changed place may differ.
    record = document["contents"][path[1]]
    if path[2] == "services":
        record = record["services"][path[3]]
    organizations, services = directory_snapshot(desk, coordinator)
    assert [o for o in organizations if o[0] != record["id"]] == [o for o in before[0] if o[0] != record["id"]]
    assert [s for s in services if s[0] != record["id"]] == [s for s in before[1] if s[0] != record["id"]]
    again = import_file(desk.directory, desk.directory_import, coordinator, target)
    assert (again.summary.added, again.summary.updated, again.summary.unchanged) == (0, 0, 6), "the same file again"


@FUZZ
@given(data=st.data())
def test_text_in_another_encoding_is_refused(
    desk: DeskContext, coordinator: Actor, exported: dict[str, bytes], tmp_path: Path, data: st.DataObject
) -> None:
    name = data.draw(st.sampled_from(["directory.json", "sheet.csv"]))
    encoding = data.draw(st.sampled_from(["latin-1", "cp1252", "utf-16"]))
    text = exported[name].decode("utf-8-sig")
    messages = refused(desk, coordinator, tmp_path / name, text.encode(encoding))
    assert messages is not None and any("not UTF-8" in message for message in messages)
