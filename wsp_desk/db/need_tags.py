"""The NeedTag table kept in line with the shipped need taxonomy, so a new release can add or relabel terms.

Terms that disappear from the file are deactivated, never deleted (history refers to them).
"""

from __future__ import annotations

from sqlalchemy import select

from wsp_desk.db.engine import Database
from wsp_desk.db.models import NeedTag
from wsp_desk.domain.taxonomy import need_terms


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
