"""What a conversation template is: a YAML file validated with pydantic, with checks across its questions.

A template leads the guide through the talk: sections of questions of seven types, hints on how to ask, options that
add need tags, and questions that only show when an earlier answer has a given value.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from wsp_desk.domain.enums import VisitorKind

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]{0,63}$")]
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Paragraph = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Strict):
    """Dutch always; English when the author gave it (the guide's UI language picks)."""

    nl: Paragraph
    en: Paragraph | None = None

    def in_language(self, language: str) -> str:
        return self.en if language == "en" and self.en else self.nl


def _plain_text_is_dutch(value: Any) -> Any:
    return {"nl": value} if isinstance(value, str) else value


def _not_empty(items: tuple[Any, ...]) -> tuple[Any, ...]:
    # An "after" check (not min_length), so a list whose items are wrong reports only those items.
    if not items:
        raise ValueError("give at least one")
    return items


class QuestionType(StrEnum):
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    YES_NO = "yes_no"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    SCALE = "scale"
    DATE = "date"


CHOICE_TYPES = frozenset({QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE})


class Option(_Strict):
    value: Identifier
    label: Text
    needs: tuple[Identifier, ...] = ()

    _text = field_validator("label", mode="before")(_plain_text_is_dutch)


class ShowIf(_Strict):
    """Show a question only when an earlier question's answer is (or contains) one of these values."""

    question: Identifier
    any_of: tuple[str | int | bool, ...] = Field(min_length=1)


class Question(_Strict):
    id: Identifier
    type: QuestionType
    text: Text
    hint: Text | None = None
    options: tuple[Option, ...] = ()
    # yes/no: needs that a "yes" adds (e.g. "Heeft u schulden?").
    needs_if_yes: tuple[Identifier, ...] = ()
    scale_min: int = 1
    scale_max: int = 10
    scale_labels: tuple[Line, Line] | None = None
    show_if: ShowIf | None = None

    _texts = field_validator("text", "hint", mode="before")(_plain_text_is_dutch)

    @model_validator(mode="after")
    def _fits_its_type(self) -> Question:
        if self.type in CHOICE_TYPES:
            if len(self.options) < 2:
                raise ValueError("a choice question needs at least two options")
            values = [option.value for option in self.options]
            if len(set(values)) != len(values):
                raise ValueError("option values must differ")
        elif self.options:
            raise ValueError(f"a {self.type} question has no options")
        if self.needs_if_yes and self.type != QuestionType.YES_NO:
            raise ValueError("needs_if_yes belongs to yes_no questions")
        if self.type == QuestionType.SCALE and not self.scale_min < self.scale_max <= 100:
            raise ValueError("a scale runs from scale_min up to a higher scale_max (at most 100)")
        return self

    def accepts(self, answer: object) -> bool:
        """Whether `answer` is a possible answer to this question (from the GUI or a stored conversation)."""
        values = {option.value for option in self.options}
        match self.type:
            case QuestionType.SHORT_TEXT | QuestionType.LONG_TEXT | QuestionType.DATE:
                return isinstance(answer, str)
            case QuestionType.YES_NO:
                return isinstance(answer, bool)
            case QuestionType.SINGLE_CHOICE:
                return answer in values
            case QuestionType.MULTIPLE_CHOICE:
                return isinstance(answer, list) and set(answer) <= values
            case QuestionType.SCALE:
                return (
                    isinstance(answer, int)
                    and not isinstance(answer, bool)
                    and (self.scale_min <= answer <= self.scale_max)
                )
        return False

    def needs_for(self, answer: object) -> set[str]:
        if self.type == QuestionType.YES_NO:
            return set(self.needs_if_yes) if answer is True else set()
        chosen = set(answer) if isinstance(answer, list) else {answer}
        return {need for option in self.options if option.value in chosen for need in option.needs}


class Section(_Strict):
    id: Identifier
    title: Text
    hint: Text | None = None
    questions: tuple[Question, ...]

    _texts = field_validator("title", "hint", mode="before")(_plain_text_is_dutch)
    _filled = field_validator("questions")(_not_empty)


class ConversationTemplate(_Strict):
    id: Identifier
    version: Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+){0,2}$")]
    title: Text
    visitor_kinds: tuple[VisitorKind, ...]
    opening_hint: Text
    sections: tuple[Section, ...]
    closing: Text
    format: Literal[1] = 1

    _texts = field_validator("title", "opening_hint", "closing", mode="before")(_plain_text_is_dutch)
    _filled = field_validator("visitor_kinds", "sections")(_not_empty)

    def questions(self) -> list[Question]:
        return [question for section in self.sections for question in section.questions]

    def fits(self, question_id: str, answer: object) -> bool:
        """Whether `answer` is a valid answer to the question `question_id` of this template."""
        question = next((q for q in self.questions() if q.id == question_id), None)
        return question is not None and question.accepts(answer)

    def kept_answers(self, answers: dict[str, Any]) -> dict[str, Any]:
        """The answers that carry over to this template: to a question with the same id, and still valid for it."""
        return {key: value for key, value in answers.items() if self.fits(key, value)}

    def visible(self, question: Question, answers: dict[str, Any]) -> bool:
        """Whether `question` shows, given the answers so far (a hidden question's answer does not count)."""
        condition = question.show_if
        if condition is None:
            return True
        earlier = next(q for q in self.questions() if q.id == condition.question)
        if not self.visible(earlier, answers):
            return False
        answer = answers.get(condition.question)
        chosen = answer if isinstance(answer, list) else [answer]
        return any(value in chosen for value in condition.any_of)

    def derived_needs(self, answers: dict[str, Any]) -> set[str]:
        """The need tags that follow from the answers to the questions that show."""
        return {
            need
            for question in self.questions()
            if question.id in answers and self.visible(question, answers)
            for need in question.needs_for(answers[question.id])
        }

    def snapshot(self) -> dict[str, Any]:
        """The template as plain data, stored with each conversation so it reads the same after changes."""
        return self.model_dump(mode="json", exclude_none=True)
