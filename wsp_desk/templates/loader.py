"""Loading conversation templates: the shipped ones, then a coordinator's own folder, each file on its own.

A broken file gives problems that name the file, the place inside it (`sections[2].questions[0].options`) and what
is wrong; it never stops the others from loading. A coordinator's template with the id of a shipped one replaces it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from wsp_desk import paths
from wsp_desk.domain.enums import VisitorKind
from wsp_desk.domain.taxonomy import need_term
from wsp_desk.outside_files import MEGABYTE, FileRefused, read_bytes
from wsp_desk.resource_files import resource
from wsp_desk.templates.schema import CHOICE_TYPES, ConversationTemplate, QuestionType

MAX_FILE_BYTES = 1 * MEGABYTE
# A template is a few sections of questions: deeper nesting or more problems than this is no template.
MAX_DEPTH = 16
MAX_PROBLEMS = 50
SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class TemplateProblem:
    file: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.path}: {self.message}" if self.path else f"{self.file}: {self.message}"


@dataclass
class TemplateLibrary:
    templates: dict[str, ConversationTemplate] = field(default_factory=dict)
    problems: list[TemplateProblem] = field(default_factory=list)

    def get(self, template_id: str) -> ConversationTemplate | None:
        return self.templates.get(template_id)

    def for_kind(self, kind: VisitorKind) -> list[ConversationTemplate]:
        """The templates that suit this kind of visitor, those made only for it first."""
        suitable = [template for template in self.templates.values() if kind in template.visitor_kinds]
        return sorted(suitable, key=lambda template: (len(template.visitor_kinds), template.title.nl))


def shipped_folder() -> Path:
    return Path(str(resource("conversation_templates")))


def user_folder() -> Path:
    """Where coordinators add or replace templates without a new release."""
    return paths.data_dir() / "conversation_templates"


def format_location(location: Iterable[int | str]) -> str:
    """('sections', 2, 'questions', 0, 'options') -> 'sections[2].questions[0].options'"""
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


class _TemplateYaml(yaml.SafeLoader):
    """YAML without aliases and nested at most MAX_DEPTH deep: a template needs neither, and a few lines of aliases
    expand to billions of questions, deep nesting exhausts the stack."""

    _depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent) or self._depth >= MAX_DEPTH:
            mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
            problem = (
                "aliases (*name) are not allowed in a template; write the part out"
                if self.check_event(yaml.AliasEvent)
                else f"nested more than {MAX_DEPTH} levels deep"
            )
            raise yaml.composer.ComposerError(None, None, problem, mark)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def load_file(path: Path) -> tuple[ConversationTemplate | None, list[TemplateProblem]]:
    name = str(path)

    def problem(where: str, message: str) -> tuple[None, list[TemplateProblem]]:
        return None, [TemplateProblem(name, where, message)]

    try:
        text = read_bytes(path, MAX_FILE_BYTES).decode("utf-8")
    except UnicodeDecodeError:
        return problem("", "the file is not UTF-8 text")
    except FileRefused as refused:
        return problem("", refused.message)
    try:
        data = yaml.load(text, Loader=_TemplateYaml)  # a SafeLoader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        return problem(where, f"not valid YAML: {getattr(error, 'problem', None) or error}")
    if not isinstance(data, dict):
        return problem("", "the file must hold one template: a mapping with id, version, title, sections …")
    try:
        template = ConversationTemplate.model_validate(data)
    except ValidationError as error:
        return None, _first(
            name, [TemplateProblem(name, format_location(d["loc"]), d["msg"]) for d in error.errors(include_url=False)]
        )
    problems = _first(name, [TemplateProblem(name, where, message) for where, message in check_consistency(template)])
    return (None, problems) if problems else (template, [])


def _first(name: str, problems: list[TemplateProblem]) -> list[TemplateProblem]:
    """The first MAX_PROBLEMS problems, and how many more there are."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    return [*problems[:MAX_PROBLEMS], TemplateProblem(name, "", f"…and {len(problems) - MAX_PROBLEMS} more problems")]


def check_consistency(template: ConversationTemplate) -> list[tuple[str, str]]:
    """What the schema alone cannot see: unique ids, known need tags, conditions on earlier answers."""
    problems: list[tuple[str, str]] = []
    seen: dict[str, Any] = {}
    section_ids: set[str] = set()
    for s, section in enumerate(template.sections):
        if section.id in section_ids:
            problems.append((f"sections[{s}].id", f"the section id '{section.id}' is used twice"))
        section_ids.add(section.id)
        for q, question in enumerate(section.questions):
            where = f"sections[{s}].questions[{q}]"
            if question.id in seen:
                problems.append((f"{where}.id", f"the question id '{question.id}' is used twice"))
            needs = [(f"{where}.needs_if_yes", need) for need in question.needs_if_yes] + [
                (f"{where}.options[{o}].needs", need)
                for o, option in enumerate(question.options)
                for need in option.needs
            ]
            problems += [
                (place, f"'{need}' is not a need tag of the taxonomy")
                for place, need in needs
                if need_term(need) is None
            ]
            if question.show_if is not None:
                problems += _check_condition(where, question.show_if.question, question.show_if.any_of, seen)
            seen[question.id] = question
    return problems


def _check_condition(
    where: str, target: str, values: Sequence[object], earlier: dict[str, Any]
) -> list[tuple[str, str]]:
    question = earlier.get(target)
    if question is None:
        return [(f"{where}.show_if.question", f"'{target}' is not a question that comes before this one")]
    if question.type in CHOICE_TYPES:
        allowed: set[object] = {option.value for option in question.options}
    elif question.type == QuestionType.YES_NO:
        allowed = {True, False}
    else:
        return [(f"{where}.show_if.question", f"'{target}' is a {question.type} question; use a choice or yes/no")]
    unknown = [value for value in values if value not in allowed]
    if unknown:
        return [(f"{where}.show_if.any_of", f"'{target}' has no answer {', '.join(map(repr, unknown))}")]
    return []


def load_library(folders: Sequence[Path]) -> TemplateLibrary:
    """Every template file in `folders`, in order; a later folder's template replaces one with the same id."""
    library = TemplateLibrary()
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES):
            template, problems = load_file(path)
            library.problems += problems
            if template is not None:
                library.templates[template.id] = template
    return library


def load_installed() -> TemplateLibrary:
    return load_library([shipped_folder(), user_folder()])
