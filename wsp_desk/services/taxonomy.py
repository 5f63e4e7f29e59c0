"""The need taxonomy: question categories at the desk and need tags of services and conversations.

The shipped YAML is the source; `sync()` brings the NeedTag table in line with it at start, so a new release can add
or relabel terms. Terms that disappear from the file are deactivated, never deleted (history refers to them).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from wsp_desk.db.engine import Database
from wsp_desk.db.models import NeedTag, VisitorKind
from wsp_desk.resource_files import resource


class _Term(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    code: str = Field(pattern=r"^[a-z][a-z0-9_]{1,63}$")
    audience: Literal["everyone", "employer"]
    nl: str = Field(min_length=1, max_length=160)
    en: str = Field(min_length=1, max_length=160)
    synonyms: tuple[str, ...] = ()


class _TaxonomyFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    taxonomy: str
    version: int
    terms: list[_Term]


@dataclass(frozen=True)
class NeedTerm:
    code: str
    audience: str
    label_nl: str
    label_en: str
    synonyms: tuple[str, ...]
    sort_order: int

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_nl

    def suits(self, kind: VisitorKind) -> bool:
        """Employer terms are for employers; the rest for everyone (employers may ask those too)."""
        return self.audience == "everyone" or kind == VisitorKind.EMPLOYER


@cache
def need_terms() -> tuple[NeedTerm, ...]:
    data = _TaxonomyFile.model_validate(yaml.safe_load(resource("need_taxonomy.yaml").read_text(encoding="utf-8")))
    return tuple(
        NeedTerm(term.code, term.audience, term.nl, term.en, term.synonyms, index)
        for index, term in enumerate(data.terms)
    )


def need_term(code: str) -> NeedTerm | None:
    return next((term for term in need_terms() if term.code == code), None)


def categories_for(kind: VisitorKind) -> list[NeedTerm]:
    """The question categories offered at registration for this kind of visitor, employer terms first for them."""
    suitable = [term for term in need_terms() if term.suits(kind)]
    if kind == VisitorKind.EMPLOYER:
        suitable.sort(key=lambda term: term.audience != "employer")
    return suitable


def sync(database: Database) -> None:
    terms = {term.code: term for term in need_terms()}
    with database.write() as session:
        existing = {tag.code: tag for tag in session.scalars(select(NeedTag))}
        for code, term in terms.items():
            tag = existing.get(code) or NeedTag(code=code)
            tag.label_nl, tag.label_en, tag.audience = term.label_nl, term.label_en, term.audience
            tag.sort_order, tag.active = term.sort_order, True
            session.add(tag)
        for code, tag in existing.items():
            if code not in terms:
                tag.active = False
