"""The need taxonomy: question categories at the desk and need tags of services and conversations.

The shipped YAML is the source; `wsp_desk.db.need_tags` brings the NeedTag table in line with it at start.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from wsp_desk.domain.enums import VisitorKind
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
