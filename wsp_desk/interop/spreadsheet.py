"""The coordinators' spreadsheet: one row per service with Dutch column names, as XLSX or CSV.

It holds what a coordinator edits in a spreadsheet program: the service's own fields, its organisation's name and
kind, and the verification state. Lists go one item per line in a cell (or separated by ";"), opening hours read
"ma-vr 09:00-17:00" or "gesloten van 2026-12-24 t/m 2027-01-01", a contact reads "naam | functie | afdeling |
e-mail | telefoon". The rest of a known organisation (its locations, contacts and phones) stays as it is; the
complete directory travels as HSDS.

Reading and writing stay together (about 500 lines): both follow the one column table, so a column changes in one
place.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time
from typing import Any, TypeVar

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from wsp_desk.db.models import VisitorKind
from wsp_desk.domain.directory import (
    WEEKDAYS,
    ContactData,
    DocumentData,
    LanguageData,
    OrganizationData,
    OrganizationRecord,
    PartnerKind,
    PhoneData,
    RecordState,
    ScheduleData,
    ServiceData,
    ServiceRecord,
)
from wsp_desk.domain.folding import fold
from wsp_desk.domain.taxonomy import need_term, need_terms
from wsp_desk.domain.validation import format_phone
from wsp_desk.errors import ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.interop.hsds.vocabulary import derived_id
from wsp_desk.interop.report import Origins, Parsed, Place
from wsp_desk.interop.spreadsheet_cells import for_spreadsheet, from_spreadsheet
from wsp_desk.interop.textfile import MAX_FILE_BYTES, MAX_ROWS, csv_rows, decode, too_many_rows
from wsp_desk.outside_files import MEGABYTE

SERVICE_ID, ORGANIZATION_ID, ORGANIZATION, PARTNER_KIND = "ID dienst", "ID organisatie", "Organisatie", "Soort partner"
TO_VERIFY, VERIFIED_ON, ARCHIVED = "Te controleren", "Gecontroleerd op", "Gearchiveerd"
# Column → field of ServiceData, in the order of the sheet.
SERVICE_COLUMNS = {
    "Dienst": "name",
    "Andere naam": "alternate_name",
    "Beschrijving": "description",
    "Voor wie": "eligibility_description",
    "Zo verwijs je door": "how_to_refer",
    "Aanmelden": "application_process",
    "Kosten": "fees_description",
    "Tolk": "interpretation_services",
    "Let op": "alert",
    "Minimumleeftijd": "minimum_age",
    "Maximumleeftijd": "maximum_age",
    "Behoeften": "need_codes",
    "Bezoekers": "visitor_kinds",
    "Gemeenten": "municipalities",
    "Talen": "languages",
    "Openingstijden": "schedules",
    "Meenemen": "required_documents",
    "Website": "url",
    "E-mail": "email",
    "Telefoon": "phones",
    "Contactpersonen": "contacts",
    "Locaties": "location_ids",
    "Status": "status",
}
COLUMNS = (SERVICE_ID, ORGANIZATION_ID, ORGANIZATION, PARTNER_KIND, *SERVICE_COLUMNS, TO_VERIFY, VERIFIED_ON, ARCHIVED)
# Columns past this are not read: the sheet has a few dozen, and a damaged one may claim thousands.
MAX_COLUMNS = 100
_FIELD_COLUMNS = {field: column for column, field in SERVICE_COLUMNS.items()} | {
    "organization_id": ORGANIZATION_ID,
    "to_verify": TO_VERIFY,
    "last_verified_on": VERIFIED_ON,
    "archived": ARCHIVED,
}
_ORGANIZATION_COLUMNS = {"name": ORGANIZATION, "partner_kind": PARTNER_KIND}

PARTNER_KINDS_NL = {
    PartnerKind.MUNICIPALITY: "gemeente",
    PartnerKind.EMPLOYER_SERVICE_POINT: "werkgeversservicepunt",
    PartnerKind.UWV: "UWV",
    PartnerKind.EDUCATION: "onderwijs",
    PartnerKind.SBB: "SBB",
    PartnerKind.LEARNING_WORK_DESK: "leerwerkloket",
    PartnerKind.SOCIAL_ENTERPRISE: "sociaal werkbedrijf",
    PartnerKind.SOCIAL_PARTNER: "sociale partner",
    PartnerKind.DEBT_HELP: "schuldhulp",
    PartnerKind.LANGUAGE: "taal",
    PartnerKind.HEALTH: "gezondheid",
    PartnerKind.CHILDCARE: "kinderopvang",
    PartnerKind.OTHER: "anders",
}
VISITOR_KINDS_NL = {
    VisitorKind.JOB_SEEKER: "werkzoekende",
    VisitorKind.EMPLOYED: "werkende",
    VisitorKind.EMPLOYER: "werkgever",
    VisitorKind.OTHER: "anders",
}
T = TypeVar("T")
_DAYS_NL = ("ma", "di", "wo", "do", "vr", "za", "zo")
_YES, _NO = "ja", "nee"
_SCHEDULE = re.compile(
    r"^(?P<closed>gesloten)?\s*(?P<days>[a-z]{2}(?:\s*[-,]\s*[a-z]{2})*)?\s*"
    r"(?:(?P<opens>\d{1,2}[:.]\d{2})\s*-\s*(?P<closes>\d{1,2}[:.]\d{2}))?\s*"
    r"(?:van(?:af)?\s+(?P<start>\S+))?\s*(?:t/m\s+(?P<end>\S+))?$"
)
_LANGUAGE = re.compile(r"^(?P<name>.*?)\s*\((?P<code>[A-Za-z-]+)\)$")
_TEXT_FIELDS = frozenset(
    {
        "name",
        "alternate_name",
        "description",
        "eligibility_description",
        "how_to_refer",
        "application_process",
        "fees_description",
        "interpretation_services",
        "alert",
        "url",
        "email",
        "status",
    }
)


# --- writing ------------------------------------------------------------------------------------------------------


def _days_text(days: Sequence[str]) -> str:
    """("MO", "TU", "WE", "FR") → "ma-wo,vr"."""
    indexes = [WEEKDAYS.index(day) for day in days]
    runs: list[list[int]] = []
    for index in indexes:
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return ",".join(_DAYS_NL[run[0]] + (f"-{_DAYS_NL[run[-1]]}" if len(run) > 1 else "") for run in runs)


def schedule_text(schedule: ScheduleData) -> str:
    parts = ["gesloten"] if schedule.closed else [_days_text(schedule.byday)]
    if schedule.opens_at and schedule.closes_at:
        parts.append(f"{schedule.opens_at:%H:%M}-{schedule.closes_at:%H:%M}")
    if schedule.valid_from:
        parts.append(f"{'van' if schedule.valid_to else 'vanaf'} {schedule.valid_from.isoformat()}")
    if schedule.valid_to:
        parts.append(f"t/m {schedule.valid_to.isoformat()}")
    return " ".join(parts)


def _phone_text(phone: PhoneData) -> str:
    return format_phone(phone.number) + (f" toestel {phone.extension}" if phone.extension else "")


def _contact_text(contact: ContactData) -> str:
    phones = ", ".join(_phone_text(phone) for phone in contact.phones)
    return " | ".join((contact.name, contact.title, contact.department, contact.email, phones))


def _row(organization: OrganizationRecord, service: ServiceRecord) -> dict[str, str]:
    data = service.data
    values = {
        "need_codes": [term.label_nl if (term := need_term(code)) else code for code in data.need_codes],
        "visitor_kinds": [VISITOR_KINDS_NL.get(VisitorKind(kind), kind) for kind in data.visitor_kinds],
        "languages": [f"{lang.name} ({lang.code})" if lang.name and lang.code else lang.name or lang.code
                      for lang in data.languages],
        "schedules": [schedule_text(schedule) for schedule in data.schedules],
        "required_documents": [doc.document for doc in data.required_documents],
        "phones": [_phone_text(phone) for phone in data.phones],
        "contacts": [_contact_text(contact) for contact in data.contacts],
    }  # fmt: skip
    row = {
        SERVICE_ID: service.id,
        ORGANIZATION_ID: organization.id,
        ORGANIZATION: organization.data.name,
        PARTNER_KIND: PARTNER_KINDS_NL.get(PartnerKind(organization.data.partner_kind), "")
        if organization.data.partner_kind
        else "",
        TO_VERIFY: _YES if service.state.to_verify else _NO,
        VERIFIED_ON: service.state.last_verified_on.isoformat() if service.state.last_verified_on else "",
        ARCHIVED: _YES if service.state.archived else _NO,
    }
    for column, field in SERVICE_COLUMNS.items():
        value = values.get(field, getattr(data, field))
        row[column] = "\n".join(value) if isinstance(value, list | tuple) else "" if value is None else str(value)
    return row


def _rows(organizations: Sequence[OrganizationRecord], services: Sequence[ServiceRecord]) -> list[dict[str, str]]:
    """The sheet's rows, every cell safe to open in a spreadsheet program."""
    by_id = {organization.id: organization for organization in organizations}
    ordered = sorted(services, key=lambda s: (fold(by_id[s.organization_id].data.name), fold(s.data.name), s.id))
    return [
        {column: for_spreadsheet(value) for column, value in _row(by_id[service.organization_id], service).items()}
        for service in ordered
    ]


def write_csv(organizations: Sequence[OrganizationRecord], services: Sequence[ServiceRecord]) -> bytes:
    """Semicolons and a byte-order mark, as Excel opens a CSV file on a Dutch computer; every cell in quotes, so that
    no separator inside a text starts a cell (as OWASP advises)."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, COLUMNS, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writeheader()
    writer.writerows(_rows(organizations, services))
    return buffer.getvalue().encode("utf-8-sig")


def write_xlsx(organizations: Sequence[OrganizationRecord], services: Sequence[ServiceRecord]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Diensten"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for number, row in enumerate(_rows(organizations, services), start=2):
        for column, name in enumerate(COLUMNS, start=1):
            # A text stored before control characters were refused may hold one that XML cannot: it shows as "�".
            cell = sheet.cell(number, column, ILLEGAL_CHARACTERS_RE.sub("\ufffd", row[name]))
            cell.data_type = "s"  # text stays text: "=…" is no formula, "0701234567" keeps its zero
            cell.alignment = wrap
    sheet.freeze_panes = "E2"
    for index, name in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = 40 if name in SERVICE_COLUMNS else 18
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- reading ------------------------------------------------------------------------------------------------------


def read_csv(
    data: bytes, file: str, organizations: Sequence[OrganizationRecord], services: Sequence[ServiceRecord]
) -> Parsed:
    parsed = Parsed()
    text = decode(data, file, parsed)
    if text is None:
        return parsed
    header = text.split("\n", 1)[0]
    rows = csv_rows(text, file, parsed, ";" if header.count(";") > header.count(",") else ",")
    return _SheetReader(parsed, file, organizations, services).read(rows)


def read_xlsx(
    data: bytes, file: str, organizations: Sequence[OrganizationRecord], services: Sequence[ServiceRecord]
) -> Parsed:
    parsed = Parsed()
    table = _xlsx_table(data, file, parsed)
    if not table:
        return parsed
    header = [name.strip() for name in table[0]]
    rows = [
        (Place(file, f"row {number}"), dict(zip(header, values, strict=False)))
        for number, values in enumerate(table[1:], start=2)
        if any(value.strip() for value in values)
    ]
    return _SheetReader(parsed, file, organizations, services).read(rows)


def _xlsx_table(data: bytes, file: str, parsed: Parsed) -> list[list[str]] | None:
    """The cells of a workbook's first sheet as text, or None with a problem.

    The size it unpacks to is checked before anything is unpacked (a small file can hold gigabytes), and the rows
    are read one by one up to MAX_ROWS, the columns up to MAX_COLUMNS. openpyxl parses the XML with defusedxml:
    entities and document types (billion laughs, external entities) are refused."""
    damaged = QT_TRANSLATE_NOOP("DeskError", "This is not a readable XLSX workbook (or it is damaged).")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        parsed.problem(Place(file), "", damaged)
        return None
    if unpacked > MAX_FILE_BYTES:
        parsed.problem(
            Place(file),
            "",
            QT_TRANSLATE_NOOP("DeskError", "The workbook unpacks to more than {megabytes} MB."),
            megabytes=MAX_FILE_BYTES // MEGABYTE,
        )
        return None
    table: list[list[str]] = []
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            for row in workbook.worksheets[0].iter_rows(max_col=MAX_COLUMNS, values_only=True):
                if len(table) > MAX_ROWS:
                    too_many_rows(parsed, file)
                    return None
                table.append([_cell_text(value) for value in row])
        finally:
            workbook.close()
    # A damaged workbook makes openpyxl fail with whatever its parsing meets (ParseError, KeyError, TypeError …).
    except Exception:
        parsed.problem(Place(file), "", damaged)
        return None
    return table


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _items(text: str, separators: str = "\n;") -> list[str]:
    return [item.strip() for item in re.split(f"[{separators}]", text) if item.strip()]


def _date(text: str, field: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValidationFailed(
        field, QT_TRANSLATE_NOOP("DeskError", "'{value}' is not a date. Example: 2026-01-31."), value=text
    )


def _flag(text: str, field: str, default: bool) -> bool:
    value = fold(text.strip())
    if not value:
        return default
    if value in ("ja", "yes", "true", "1", "j", "y"):
        return True
    if value in ("nee", "no", "false", "0", "n"):
        return False
    raise ValidationFailed(field, QT_TRANSLATE_NOOP("DeskError", "Write ja or nee."))


def _age(text: str, field: str) -> int | None:
    if not text.strip():
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise ValidationFailed(field, QT_TRANSLATE_NOOP("DeskError", "Expected a whole number.")) from None


def _time(text: str, field: str) -> time:
    try:
        return time.fromisoformat(text.replace(".", ":").zfill(5))
    except ValueError:
        raise ValidationFailed(
            field, QT_TRANSLATE_NOOP("DeskError", "'{value}' is not a time. Example: 09:00."), value=text
        ) from None


def parse_schedule(text: str, field: str = "schedules") -> ScheduleData:
    """ "ma-vr 09:00-17:00", "di,do 13:00-16:00 van 2026-11-01 t/m 2027-03-31", "gesloten van 2026-12-24 t/m
    2027-01-01" (the inverse of `schedule_text`)."""
    match = _SCHEDULE.match(" ".join(text.lower().split()))
    if match is None:
        raise ValidationFailed(
            field,
            QT_TRANSLATE_NOOP(
                "DeskError",
                "'{value}' is not an opening time. "
                "Examples: ma-vr 09:00-17:00, gesloten van 2026-12-24 t/m 2026-12-26.",
            ),
            value=text,
        )
    days: list[str] = []
    for part in re.split(r"\s*,\s*", match["days"] or ""):
        if not part:
            continue
        ends = [end.strip() for end in part.split("-")]
        if any(end not in _DAYS_NL for end in ends):
            raise ValidationFailed(
                field, QT_TRANSLATE_NOOP("DeskError", "Days are ma, di, wo, do, vr, za and zo."), value=text
            )
        first, last = _DAYS_NL.index(ends[0]), _DAYS_NL.index(ends[-1])
        days.extend(WEEKDAYS[first : last + 1])
    return ScheduleData(
        byday=tuple(days),
        opens_at=_time(match["opens"], field) if match["opens"] else None,
        closes_at=_time(match["closes"], field) if match["closes"] else None,
        valid_from=_date(match["start"] or "", field),
        valid_to=_date(match["end"] or "", field),
        closed=bool(match["closed"]),
    )


def _as_known(text: str, text_of: Callable[[T], str], known: Sequence[T], parse: Callable[[str], T]) -> T:
    """The known item the sheet shows as `text` (spaces aside), or else `text` read anew."""
    shown = text.split()
    return next((item for item in known if text_of(item).split() == shown), None) or parse(text)


def _phone(text: str) -> PhoneData:
    number, _, extension = text.partition("toestel")
    return PhoneData(number.strip(), extension.strip())


def _contact(text: str) -> ContactData:
    parts = [*(part.strip() for part in text.split("|")), "", "", "", ""]
    return ContactData(parts[0], parts[1], parts[2], parts[3], tuple(_phone(p) for p in _items(parts[4], ",")))


def _language(text: str) -> LanguageData:
    match = _LANGUAGE.match(text)
    if match:
        return LanguageData(match["code"], match["name"])
    return LanguageData(code=text) if re.fullmatch(r"[a-z]{2,3}", text) else LanguageData(name=text)


def _lookup(table: dict[str, str], text: str, field: str) -> str:
    """A code from its code or its Dutch label, in any case and with or without accents."""
    code = table.get(fold(text))
    if code is None:
        raise ValidationFailed(field, QT_TRANSLATE_NOOP("DeskError", "'{value}' is not known here."), value=text)
    return code


class _SheetReader:
    def __init__(
        self,
        parsed: Parsed,
        file: str,
        organizations: Sequence[OrganizationRecord],
        services: Sequence[ServiceRecord],
    ) -> None:
        self.parsed = parsed
        self.file = file
        self.known_organizations = {organization.id: organization for organization in organizations}
        self.by_name = {fold(organization.data.name): organization.id for organization in organizations}
        self.known_services = {service.id: service for service in services}
        self.needs = {fold(key): term.code for term in need_terms() for key in (term.code, term.label_nl)}
        self.kinds = {fold(key): k.value for k in VisitorKind for key in (k.value, VISITOR_KINDS_NL[k])}
        self.partner_kinds = {fold(key): k.value for k in PartnerKind for key in (k.value, PARTNER_KINDS_NL[k])}
        self.organizations: dict[str, tuple[OrganizationRecord, Place]] = {}

    def read(self, rows: list[tuple[Place, dict[str, str]]]) -> Parsed:
        if rows and SERVICE_ID not in rows[0][1] and "Dienst" not in rows[0][1]:
            self.parsed.problem(
                Place(self.file, "row 1"),
                "",
                QT_TRANSLATE_NOOP("DeskError", "The first row must name the columns, such as Dienst and Organisatie."),
            )
            return self.parsed
        for place, row in rows:
            self._service(place, {column: from_spreadsheet(row.get(column) or "").strip() for column in COLUMNS})
        for record, place in self.organizations.values():
            self.parsed.organizations.append(record)
            self.parsed.organization_origins.append(Origins({"": place}, _ORGANIZATION_COLUMNS))
        return self.parsed

    def _value(self, place: Place, parse: Callable[[], Any], fallback: Any) -> Any:
        try:
            return parse()
        except ValidationFailed as error:
            self.parsed.refused(place, error, _FIELD_COLUMNS.get(error.field, error.field))
            return fallback

    def _each(self, place: Place, texts: list[str], parse: Callable[[str], T]) -> tuple[T, ...]:
        found = []
        for text in texts:
            try:
                found.append(parse(text))
            except ValidationFailed as error:
                self.parsed.refused(place, error, _FIELD_COLUMNS.get(error.field, error.field))
        return tuple(found)

    def _organization(self, place: Place, row: dict[str, str]) -> str | None:
        name = row[ORGANIZATION]
        organization_id = (
            row[ORGANIZATION_ID] or self.by_name.get(fold(name)) or (name and derived_id("organization", fold(name)))
        )
        if not organization_id:
            self.parsed.problem(place, ORGANIZATION, QT_TRANSLATE_NOOP("DeskError", "This field is required."))
            return None
        kind = self._value(
            place, lambda: _lookup(self.partner_kinds, row[PARTNER_KIND], PARTNER_KIND) if row[PARTNER_KIND] else "", ""
        )
        if organization_id in self.organizations:
            record, first = self.organizations[organization_id]
            if (name and name != record.data.name) or kind != record.data.partner_kind:
                self.parsed.problem(
                    place,
                    ORGANIZATION,
                    QT_TRANSLATE_NOOP("DeskError", "The organisation differs from the one in {where}."),
                    where=first.where,
                )
            return organization_id
        known = self.known_organizations.get(organization_id)
        data = known.data if known else OrganizationData(name="")
        record = OrganizationRecord(
            organization_id,
            replace(data, name=name or data.name, partner_kind=kind),
            known.state if known else RecordState(),
        )
        self.organizations[organization_id] = (record, place)
        self.by_name.setdefault(fold(record.data.name), organization_id)
        return organization_id

    def _service(self, place: Place, row: dict[str, str]) -> None:
        organization_id = self._organization(place, row)
        if organization_id is None:
            return
        service_id = row[SERVICE_ID] or derived_id("service", organization_id, fold(row["Dienst"]))
        known = self.known_services.get(service_id)
        state = known.state if known else RecordState()
        value = self._value
        # A phone, contact or opening time the sheet shows as it was keeps what the sheet cannot say (its
        # description, its type).
        known_schedules = known.data.schedules if known else ()
        known_phones = known.data.phones if known else ()
        known_contacts = known.data.contacts if known else ()
        data = ServiceData(
            **{field: row[column] for column, field in SERVICE_COLUMNS.items() if field in _TEXT_FIELDS},
            minimum_age=value(place, lambda: _age(row["Minimumleeftijd"], "minimum_age"), None),
            maximum_age=value(place, lambda: _age(row["Maximumleeftijd"], "maximum_age"), None),
            need_codes=self._each(place, _items(row["Behoeften"]), lambda t: _lookup(self.needs, t, "need_codes")),
            visitor_kinds=self._each(
                place, _items(row["Bezoekers"]), lambda t: _lookup(self.kinds, t, "visitor_kinds")
            ),
            municipalities=tuple(_items(row["Gemeenten"])),
            languages=tuple(_language(t) for t in _items(row["Talen"])),
            schedules=self._each(
                place,
                _items(row["Openingstijden"]),
                lambda t: _as_known(t, schedule_text, known_schedules, parse_schedule),
            ),
            required_documents=tuple(DocumentData(t) for t in _items(row["Meenemen"], "\n")),
            phones=tuple(_as_known(t, _phone_text, known_phones, _phone) for t in _items(row["Telefoon"])),
            contacts=tuple(
                _as_known(t, _contact_text, known_contacts, _contact) for t in _items(row["Contactpersonen"], "\n")
            ),
            location_ids=tuple(_items(row["Locaties"])),
            # The sheet has no column for it: the sources of the fields it leaves unchanged stay.
            metadata=known.data.metadata if known else (),
        )
        state = RecordState(
            to_verify=value(place, lambda: _flag(row[TO_VERIFY], "to_verify", state.to_verify), True),
            last_verified_on=value(place, lambda: _date(row[VERIFIED_ON], "last_verified_on"), None)
            if row[VERIFIED_ON]
            else state.last_verified_on,
            archived=value(place, lambda: _flag(row[ARCHIVED], "archived", state.archived), False),
        )
        self.parsed.services.append(ServiceRecord(service_id, organization_id, data, state))
        self.parsed.service_origins.append(Origins({"": place}, _FIELD_COLUMNS))
