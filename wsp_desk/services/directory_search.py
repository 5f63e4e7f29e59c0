"""Search-as-you-type over the partner directory and the guide's suggestions, with one scoring for both.

The index lives in memory: every word of a service's name, organisation, description, contact names and need tags
(with the need's Dutch synonyms from the taxonomy) points to the services that hold it. Text is folded (NFKD without
accents, casefolded), so "cooperatie" finds "Coöperatie". Each typed word must match a word of the service: whole,
as its beginning, or with one typo (words of four letters or more). Every hit says why it matched, as structured
reasons that the GUI words.

`DirectorySearch` keeps the index current: it compares the directory's revision and reloads only changed services.
"""

from __future__ import annotations

import enum
import gc
import heapq
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from wsp_desk.clock import Clock
from wsp_desk.domain.directory import OFFERED, LanguageData, ServiceRecord
from wsp_desk.domain.folding import fold
from wsp_desk.domain.opening_hours import opening_state
from wsp_desk.domain.permissions import Action, Actor, require
from wsp_desk.domain.taxonomy import need_term, need_terms
from wsp_desk.services.directory import DirectoryService

# Typed words this long may have one typo (a letter wrong, missing, extra, or two swapped).
TYPO_MIN_LENGTH = 4
_REMEMBERED_WORDS = 256
_WORD = re.compile(r"[^\W_]+")


class ReasonKind(enum.StrEnum):
    NAME = "name"
    ORGANIZATION = "organization"
    DESCRIPTION = "description"
    CONTACT = "contact"
    NEED = "need"  # a need tag of the service: `text` is its Dutch label
    SYNONYM = "synonym"  # a synonym of a need tag: `text` is the synonym, `need_code` the need
    VISITOR_KIND = "visitor_kind"  # the service is for this kind of visitor in particular
    MUNICIPALITY = "municipality"  # the service is for this municipality in particular


@dataclass(frozen=True)
class MatchReason:
    kind: ReasonKind
    text: str
    need_code: str = ""


@dataclass(frozen=True)
class SearchHit:
    service: ServiceRecord
    score: float
    reasons: tuple[MatchReason, ...]


@dataclass(frozen=True)
class SearchFilters:
    need_code: str | None = None
    visitor_kind: str | None = None
    municipality: str | None = None
    language: str | None = None  # a code (nl, ar) or a name (Arabisch)
    open_now: bool = False


# How much a matching word counts, by where it stands.
_WEIGHT = {
    ReasonKind.NAME: 10.0,
    ReasonKind.ORGANIZATION: 8.0,
    ReasonKind.NEED: 6.0,
    ReasonKind.SYNONYM: 5.0,
    ReasonKind.CONTACT: 5.0,
    ReasonKind.DESCRIPTION: 2.0,
}
# How well a typed word matches a word of the service.
_EXACT, _PREFIX, _TYPO = 1.0, 0.8, 0.6
# Suggestions: every matched need outweighs any fit of kind and municipality.
_NEED_MATCH = 100.0
_FIT_EXPLICIT, _FIT_GENERAL = 10.0, 5.0


def words(text: str) -> list[str]:
    """The folded words of a text; a hyphenated word also counts joined ("no-riskpolis" → no, riskpolis,
    noriskpolis)."""
    found: list[str] = []
    for chunk in fold(text).split():
        parts = _WORD.findall(chunk)
        found.extend(parts)
        if len(parts) > 1:
            found.append("".join(parts))
    return found


@lru_cache(maxsize=64)
def _folded_name(name: str) -> str:
    """`fold` of a municipality or other short name that each of thousands of services is checked against."""
    return fold(name)


@cache
def _need_reasons(code: str) -> tuple[tuple[str, MatchReason], ...]:
    """The words by which a need is found: its label's words, and each synonym's words."""
    term = need_term(code)
    if term is None:
        return ()
    label = MatchReason(ReasonKind.NEED, term.label_nl, code)
    found = [(word, label) for word in words(term.label_nl)]
    for synonym in term.synonyms:
        reason = MatchReason(ReasonKind.SYNONYM, synonym, code)
        found.extend((word, reason) for word in words(synonym))
    return tuple(found)


@dataclass
class _Entry:
    record: ServiceRecord
    # For each word: why it matches (the place where it counts most).
    words: dict[str, MatchReason] = field(default_factory=dict)
    kinds: frozenset[str] = frozenset()
    municipalities: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    # Services not offered now (inactive, defunct, temporarily closed) come after all that are, by name.
    sort_key: tuple[bool, str, str] = (False, "", "")

    @classmethod
    def of(cls, record: ServiceRecord) -> _Entry:
        data = record.data
        entry = cls(
            record,
            kinds=frozenset(data.visitor_kinds),
            municipalities=frozenset(fold(m) for m in data.municipalities),
            languages=frozenset(fold(text) for lang in data.languages for text in (lang.code, lang.name) if text),
            sort_key=(data.status != OFFERED, fold(data.name), record.id),
        )
        # From weakest to strongest, so a word keeps the place where it counts most.
        entry._add(ReasonKind.DESCRIPTION, data.description)
        for contact in data.contacts:
            entry._add(ReasonKind.CONTACT, contact.name)
        for code in data.need_codes:
            for word, reason in _need_reasons(code):
                entry._put(word, reason)
        entry._add(ReasonKind.ORGANIZATION, record.organization_name)
        entry._add(ReasonKind.NAME, data.alternate_name)
        entry._add(ReasonKind.NAME, data.name)
        return entry

    def _add(self, kind: ReasonKind, text: str) -> None:
        reason = MatchReason(kind, text)
        for word in words(text):
            self._put(word, reason)

    def _put(self, word: str, reason: MatchReason) -> None:
        known = self.words.get(word)
        if known is None or _WEIGHT[reason.kind] >= _WEIGHT[known.kind]:
            self.words[word] = reason

    def fit(self, visitor_kind: str | None, municipality: str | None) -> tuple[float, list[MatchReason]] | None:
        """How well the service suits this visitor (None: not at all). A service for the kind or municipality in
        particular fits better than one for everybody."""
        score, reasons = 0.0, []
        if visitor_kind:
            if self.kinds and visitor_kind not in self.kinds:
                return None
            score += _FIT_EXPLICIT if self.kinds else _FIT_GENERAL
            if self.kinds:
                reasons.append(MatchReason(ReasonKind.VISITOR_KIND, visitor_kind))
        if municipality:
            if self.municipalities and _folded_name(municipality) not in self.municipalities:
                return None
            score += _FIT_EXPLICIT if self.municipalities else _FIT_GENERAL
            if self.municipalities:
                reasons.append(MatchReason(ReasonKind.MUNICIPALITY, municipality))
        return score, reasons


class SearchIndex:
    """The in-memory index of the services; `revision` is the directory revision it reflects."""

    def __init__(self, services: Iterable[ServiceRecord] = (), revision: int = 0) -> None:
        self.revision = revision
        self._entries: dict[str, _Entry] = {}
        # For each word: the services holding it, with how much it counts there.
        self._postings: dict[str, dict[str, float]] = {}
        self._sorted_words: list[str] | None = None
        # Derived from the postings on first use, dropped on every update.
        self._lengths: dict[int, list[str]] = {}
        self._prefixes: dict[int, dict[str, list[str]]] = {}
        self._matches: dict[str, dict[str, tuple[float, str]]] = {}
        self.update(services, (), revision)

    def __len__(self) -> int:
        return len(self._entries)

    def update(self, services: Iterable[ServiceRecord], removed: Iterable[str], revision: int) -> None:
        """Take changed services in (replacing their old entries) and drop removed ones."""
        for service_id in removed:
            self._drop(service_id)
        for record in services:
            self._drop(record.id)
            entry = _Entry.of(record)
            self._entries[record.id] = entry
            for word, reason in entry.words.items():
                self._postings.setdefault(word, {})[record.id] = _WEIGHT[reason.kind]
        self._sorted_words = None
        self._lengths.clear()
        self._prefixes.clear()
        self._matches.clear()
        self.revision = revision

    def languages(self) -> list[LanguageData]:
        """Every language some service speaks, once per code (by name), for a filter to choose from."""
        found: dict[str, LanguageData] = {}
        for entry in self._entries.values():
            for language in entry.record.data.languages:
                key = fold(language.code or language.name)
                if key not in found or (language.name and not found[key].name):
                    found[key] = LanguageData(language.code, language.name)
        return sorted(found.values(), key=lambda lang: (fold(lang.name or lang.code), lang.code))

    def service_ids_of(self, organization_ids: Iterable[str]) -> set[str]:
        wanted = set(organization_ids)
        return {sid for sid, entry in self._entries.items() if entry.record.organization_id in wanted}

    def _drop(self, service_id: str) -> None:
        entry = self._entries.pop(service_id, None)
        if entry is None:
            return
        for word in entry.words:
            holders = self._postings[word]
            del holders[service_id]
            if not holders:
                del self._postings[word]

    # --- searching ----------------------------------------------------------------------------------------------

    def search(
        self, text: str, filters: SearchFilters = SearchFilters(), *, now: datetime | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Services matching every typed word and the filters, best first; without words, all by name. Services not
        offered now come last, to be found and read, not offered."""
        typed = list(dict.fromkeys(words(text)))
        filtered = filters != SearchFilters()
        if not typed:
            entries = [e for e in self._entries.values() if not filtered or self._passes(e, filters, now)]
            entries.sort(key=lambda e: e.sort_key)
            return [SearchHit(e.record, 0.0, self._filter_reasons(e, filters)) for e in entries[:limit]]
        # The rarest typed word first: it leaves the fewest services to check for the others.
        matches = sorted((self._word_matches(word) for word in typed), key=len)
        found = {sid: [match] for sid, match in matches[0].items()}
        for more in matches[1:]:
            found = {sid: [*found[sid], more[sid]] for sid in found.keys() & more.keys()}
        scored = []
        for service_id, matched in found.items():
            entry = self._entries[service_id]
            if filtered and not self._passes(entry, filters, now):
                continue
            fit = entry.fit(filters.visitor_kind, filters.municipality)
            scored.append((sum(score for score, _ in matched) + (fit[0] / 10 if fit else 0.0), entry, matched))
        # Reasons are put into words for the hits shown only.
        return [
            SearchHit(
                entry.record,
                score,
                (
                    *_unique(entry.words[word] for _, word in sorted(matched, key=lambda m: -m[0])),
                    *self._filter_reasons(entry, filters),
                ),
            )
            for score, entry, matched in heapq.nsmallest(
                limit, scored, key=lambda s: (s[1].sort_key[0], -s[0], s[1].sort_key)
            )
        ]

    def _word_matches(self, typed: str) -> dict[str, tuple[float, str]]:
        """Every service holding a word that matches `typed`, with the best score and that word (remembered: while
        someone types, the earlier words come back with every key)."""
        cached = self._matches.get(typed)
        if cached is not None:
            return cached
        found: dict[str, tuple[float, str]] = {}
        nothing = (0.0, "")
        for word, quality in self._similar_words(typed).items():
            for service_id, weight in self._postings[word].items():
                if weight * quality > found.get(service_id, nothing)[0]:
                    found[service_id] = (weight * quality, word)
        if len(self._matches) >= _REMEMBERED_WORDS:
            self._matches.clear()
        self._matches[typed] = found
        return found

    def _similar_words(self, typed: str) -> dict[str, float]:
        """Indexed words that match a typed word, with how well: whole, as beginning, or with one typo."""
        vocabulary = self._words()
        found: dict[str, float] = {}
        start = bisect_left(vocabulary, typed)
        for word in vocabulary[start:]:
            if not word.startswith(typed):
                break
            found[word] = _EXACT if word == typed else _PREFIX
        if len(typed) >= TYPO_MIN_LENGTH:
            # One edit changes the length by one at most.
            by_length = self._by_length()
            nearby = [w for length in (len(typed) - 1, len(typed), len(typed) + 1) for w in by_length.get(length, ())]
            for word, _, _ in process.extract(typed, nearby, scorer=OSA.distance, score_cutoff=1, limit=None):
                found.setdefault(word, _TYPO)
            # A typo in the beginning of a longer word: "schuldhlp" still finds "schuldhulpverlening".
            beginnings = self._beginnings(len(typed))
            for beginning, _, _ in process.extract(
                typed, list(beginnings), scorer=OSA.distance, score_cutoff=1, limit=None
            ):
                for word in beginnings[beginning]:
                    found.setdefault(word, _TYPO * _PREFIX)
        return found

    def _words(self) -> list[str]:
        if self._sorted_words is None:
            self._sorted_words = sorted(self._postings)
        return self._sorted_words

    def _by_length(self) -> dict[int, list[str]]:
        if not self._lengths:
            for word in self._words():
                self._lengths.setdefault(len(word), []).append(word)
        return self._lengths

    def _beginnings(self, length: int) -> dict[str, list[str]]:
        """The indexed words longer than `length`, by their first `length` letters."""
        if length not in self._prefixes:
            table: dict[str, list[str]] = {}
            for word in self._words():
                if len(word) > length:
                    table.setdefault(word[:length], []).append(word)
            self._prefixes[length] = table
        return self._prefixes[length]

    @staticmethod
    def _passes(entry: _Entry, filters: SearchFilters, now: datetime | None) -> bool:
        data = entry.record.data
        if filters.need_code and filters.need_code not in data.need_codes:
            return False
        if filters.language and fold(filters.language) not in entry.languages:
            return False
        if (filters.visitor_kind or filters.municipality) and entry.fit(
            filters.visitor_kind, filters.municipality
        ) is None:
            return False
        if filters.open_now:
            if now is None:
                raise ValueError("open_now needs the current moment")
            return opening_state(data.schedules, now).is_open
        return True

    @staticmethod
    def _filter_reasons(entry: _Entry, filters: SearchFilters) -> tuple[MatchReason, ...]:
        reasons = []
        if filters.need_code:
            term = need_term(filters.need_code)
            reasons.append(
                MatchReason(ReasonKind.NEED, term.label_nl if term else filters.need_code, filters.need_code)
            )
        fit = entry.fit(filters.visitor_kind, filters.municipality)
        if fit:
            reasons.extend(fit[1])
        return tuple(reasons)

    # --- suggestions --------------------------------------------------------------------------------------------

    def suggest(
        self,
        need_codes: Sequence[str],
        visitor_kind: str | None = None,
        municipality: str | None = None,
        *,
        limit: int = 10,
    ) -> list[SearchHit]:
        """Services for a visitor's needs: most needs matched first, then those meant for this kind of visitor and
        this municipality in particular. Services not for this kind or municipality, and services not offered now,
        are left out."""
        wanted = list(dict.fromkeys(need_codes))
        order = {term.code: term.sort_order for term in need_terms()}
        scored = []
        for entry in self._entries.values():
            if entry.record.data.status != OFFERED:
                continue
            matched = [code for code in wanted if code in entry.record.data.need_codes]
            fit = entry.fit(visitor_kind, municipality) if matched else None
            if fit is None:
                continue
            scored.append((_NEED_MATCH * len(matched) + fit[0], entry, matched, fit[1]))
        # Reasons are put together for the hits shown only (most services match some need of a long list).
        best = heapq.nsmallest(limit, scored, key=lambda s: (-s[0], s[1].sort_key))
        return [
            SearchHit(
                entry.record,
                score,
                (
                    *(
                        MatchReason(ReasonKind.NEED, term.label_nl if (term := need_term(code)) else code, code)
                        for code in sorted(matched, key=lambda c: order.get(c, len(order)))
                    ),
                    *fit_reasons,
                ),
            )
            for score, entry, matched, fit_reasons in best
        ]


def _unique(reasons: Iterable[MatchReason]) -> list[MatchReason]:
    return list(dict.fromkeys(reasons))


class DirectorySearch:
    """The desk's search: one index per desk, brought up to date from the directory's revision before each use."""

    def __init__(self, directory: DirectoryService, clock: Clock) -> None:
        self._directory = directory
        self._clock = clock
        self._index: SearchIndex | None = None

    def refresh(self, actor: Actor) -> SearchIndex:
        """The index, current with the directory: built the first time, then only changed services reloaded."""
        require(actor, Action.READ_DIRECTORY)
        if self._index is None:
            # The revision is read first, so a change made while loading is picked up next time.
            revision = self._directory.revision()
            self._index = SearchIndex(self._directory.services(actor), revision)
        else:
            changes = self._directory.changes_since(self._index.revision)
            if changes.revision == self._index.revision:
                return self._index
            ids = set(changes.service_ids) | self._index.service_ids_of(changes.organization_ids)
            current = self._directory.services(actor, ids=ids) if ids else []
            self._index.update(current, ids - {record.id for record in current}, changes.revision)
        # The index lives as long as the desk: keep the cyclic garbage collector from walking it on each full
        # collection, a pause of a tenth of a second at 10,000 services that would hit a random keystroke.
        gc.freeze()
        return self._index

    def search(
        self, actor: Actor, text: str, filters: SearchFilters = SearchFilters(), *, limit: int = 50
    ) -> list[SearchHit]:
        return self.refresh(actor).search(text, filters, now=self._clock.now(), limit=limit)

    def languages(self, actor: Actor) -> list[LanguageData]:
        """The languages the services of the directory speak (code and name), by name."""
        return self.refresh(actor).languages()

    def suggest(
        self,
        actor: Actor,
        need_codes: Sequence[str],
        visitor_kind: str | None = None,
        municipality: str | None = None,
        *,
        limit: int = 10,
    ) -> list[SearchHit]:
        return self.refresh(actor).suggest(need_codes, visitor_kind, municipality, limit=limit)
