"""Conversation templates: the schema, the checks across questions, loading that survives broken files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support import FakeClock
from wsp_desk.cli import main
from wsp_desk.domain.enums import VisitorKind
from wsp_desk.templates.loader import load_file, load_library, shipped_folder, user_folder
from wsp_desk.templates.schema import ConversationTemplate


def minimal(**changes: Any) -> dict[str, Any]:
    template: dict[str, Any] = {
        "id": "proef",
        "version": "1.0",
        "title": "Proefgesprek",
        "visitor_kinds": ["job_seeker"],
        "opening_hint": "Stel uzelf voor.",
        "sections": [
            {
                "id": "een",
                "title": "Eerste deel",
                "questions": [
                    {
                        "id": "werk",
                        "type": "single_choice",
                        "text": "Heeft u werk?",
                        "options": [
                            {"value": "ja", "label": "Ja"},
                            {"value": "nee", "label": "Nee", "needs": ["work_finding"]},
                        ],
                    },
                    {"id": "schulden", "type": "yes_no", "text": "Geldzorgen?", "needs_if_yes": ["debts_money"]},
                    {
                        "id": "hoe_lang",
                        "type": "scale",
                        "text": "Hoe lang al?",
                        "show_if": {"question": "werk", "any_of": ["nee"]},
                    },
                ],
            }
        ],
        "closing": "Vat samen.",
    }
    template.update(changes)
    return template


def write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def problems_of(tmp_path: Path, data: object) -> list[tuple[str, str]]:
    template, problems = load_file(write(tmp_path, "t.yaml", data))
    assert template is None
    return [(problem.path, problem.message) for problem in problems]


def test_every_shipped_template_passes_the_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "check"], FakeClock()) == 0
    out = capsys.readouterr().out
    for template_id in (
        "werkzoekende-orientatie",
        "werkende-loopbaan",
        "werkgever-personeelsvraag",
        "korte-informatievraag",
    ):
        assert f"ok: {template_id} " in out


def test_there_is_a_template_for_every_kind_of_visitor() -> None:
    library = load_library([shipped_folder()])
    assert library.problems == []
    for kind in VisitorKind:
        assert library.for_kind(kind), kind
    assert library.for_kind(VisitorKind.EMPLOYER)[0].id == "werkgever-personeelsvraag"


def test_needs_follow_from_visible_answers_only() -> None:
    template = ConversationTemplate.model_validate(minimal())
    assert template.derived_needs({"werk": "nee", "schulden": True}) == {"work_finding", "debts_money"}
    assert template.derived_needs({"werk": "ja", "schulden": False}) == set()
    hoe_lang = template.questions()[2]
    assert template.visible(hoe_lang, {"werk": "nee"}) and not template.visible(hoe_lang, {"werk": "ja"})


def test_answers_carry_over_to_another_template_only_where_they_still_fit() -> None:
    template = ConversationTemplate.model_validate(minimal())
    answers = {"werk": "nee", "schulden": "misschien", "hoe_lang": 3, "weg": "x"}
    assert template.kept_answers(answers) == {"werk": "nee", "hoe_lang": 3}
    assert template.fits("werk", "ja") and not template.fits("werk", "soms") and not template.fits("weg", "x")


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        ({"sections": []}, "sections", "give at least one"),
        ({"version": "one"}, "version", "pattern"),
        ({"visitor_kinds": ["tourist"]}, "visitor_kinds[0]", "job_seeker"),
        ({"colour": "blue"}, "colour", "Extra inputs"),
    ],
)
def test_schema_errors_name_the_place(tmp_path: Path, change: dict[str, Any], path: str, message: str) -> None:
    found = problems_of(tmp_path, minimal(**change))
    assert any(where == path and message in text for where, text in found), found


def test_question_errors_name_the_question(tmp_path: Path) -> None:
    data = minimal()
    data["sections"][0]["questions"][0]["options"] = [{"value": "ja", "label": "Ja"}]
    assert problems_of(tmp_path, data) == [
        ("sections[0].questions[0]", "Value error, a choice question needs at least two options")
    ]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda q: q[1].update(needs_if_yes=["unknown_need"]),
            ("sections[0].questions[1].needs_if_yes", "'unknown_need' is not a need tag of the taxonomy"),
        ),
        (
            lambda q: q[2].update(show_if={"question": "later", "any_of": ["x"]}),
            ("sections[0].questions[2].show_if.question", "'later' is not a question that comes before this one"),
        ),
        (
            lambda q: q[2].update(show_if={"question": "werk", "any_of": ["misschien"]}),
            ("sections[0].questions[2].show_if.any_of", "'werk' has no answer 'misschien'"),
        ),
        (lambda q: q[1].update(id="werk"), ("sections[0].questions[1].id", "the question id 'werk' is used twice")),
    ],
)
def test_consistency_errors_name_the_place(tmp_path: Path, mutate: Any, expected: tuple[str, str]) -> None:
    data = minimal()
    mutate(data["sections"][0]["questions"])
    assert expected in problems_of(tmp_path, data)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id: [unclosed\n", "not valid YAML"),
        ("- just\n- a list\n", "must hold one template"),
        (b"\xff\xfe\x00bad", "not UTF-8"),
    ],
)
def test_broken_files_are_explained(tmp_path: Path, content: str | bytes, message: str) -> None:
    path = tmp_path / "broken.yaml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    template, problems = load_file(path)
    assert template is None and message in problems[0].message and problems[0].file == str(path)


def test_a_broken_file_does_not_stop_the_others_and_the_user_folder_wins(tmp_path: Path) -> None:
    shipped, own = tmp_path / "shipped", tmp_path / "own"
    shipped.mkdir()
    own.mkdir()
    write(shipped, "proef.yaml", minimal())
    write(own, "broken.yaml", "id: [")
    write(own, "proef.yaml", minimal(version="2.0"))
    library = load_library([shipped, own])
    assert library.templates["proef"].version == "2.0"
    assert [problem.file for problem in library.problems] == [str(own / "broken.yaml")]


def test_templates_check_exits_1_and_names_each_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path, "good.yaml", minimal())
    bad = write(tmp_path, "bad.yaml", minimal(sections=[]))
    assert main(["templates", "check", str(good), str(bad)], FakeClock()) == 1
    captured = capsys.readouterr()
    assert "ok: proef 1.0" in captured.out
    assert f"{bad}: sections: " in captured.err
    assert "wsp-desk: 1 problem(s) in conversation templates" in captured.err


def test_coordinators_templates_come_from_the_user_data_folder(isolated_home: Path) -> None:
    assert user_folder() == isolated_home / "data" / "wsp-desk" / "conversation_templates"


yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=yaml_values, key=st.sampled_from(["sections", "title", "visitor_kinds", "version", "id"]))
def test_any_structure_gives_a_template_or_named_problems(tmp_path: Path, data: object, key: str) -> None:
    """Hypothesis: garbage in any field never crashes the loader; it either loads what the file says or names the
    field that is wrong."""
    path = write(tmp_path, "fuzz.yaml", minimal(**{key: data}))
    template, problems = load_file(path)
    if template is None:
        assert problems
        for problem in problems:
            assert problem.file == str(path) and problem.message
            assert problem.path.startswith(key), problem
        return
    assert problems == []
    written = yaml.safe_load(path.read_text(encoding="utf-8"))[key]
    reference, _ = load_file(write(tmp_path, "reference.yaml", minimal()))
    assert reference is not None
    assert template.model_copy(update={key: getattr(reference, key)}) == reference, "the other fields as written"
    if key == "title":
        assert template.title.nl == (written if isinstance(written, str) else written["nl"]).strip()
    elif key == "visitor_kinds":
        assert [kind.value for kind in template.visitor_kinds] == written
    elif key == "sections":
        assert [section.id for section in template.sections] == [section["id"] for section in written]
    else:
        assert getattr(template, key) == written
