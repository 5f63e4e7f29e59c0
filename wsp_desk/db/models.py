"""Typed SQLAlchemy models of the whole core data of the desk.

Partner-directory tables follow the shapes of Open Referral HSDS 3.0 (organization, service, location, address,
service_at_location, contact, phone, schedule, language, required_document); the desk adds what it needs beside them.
Personal data is kept to what the desk needs: there is no BSN anywhere, a name is optional, and contact details are
only stored when a visitor asks to be called back.

The schema stays in one module past 500 lines on purpose: Alembic's autogenerate and a reader see every table,
relationship and constraint name together, and the models refer to each other throughout.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from wsp_desk.domain.enums import (
    AuditResult,
    ConversationOutcome,
    LocationKind,
    ReferralStatus,
    Role,
    VisitorKind,
    VisitStatus,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes stored as naive UTC, so SQLite and PostgreSQL compare them the same way."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; the desk stores aware datetimes only")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[str]: JSON}


def str_enum(enum_class: type[StrEnum]) -> Enum:
    """Store an enum by its value as plain text (no native enum types: migrations stay simple)."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )


# --- people and places ------------------------------------------------------------------------------------------


class Location(Base):
    """A place where the desk receives visitors: the Inhouse location at the WSP, or a pop-up."""

    __tablename__ = "location"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[LocationKind] = mapped_column(str_enum(LocationKind))
    address: Mapped[str] = mapped_column(String(300), default="")
    municipality: Mapped[str] = mapped_column(String(80), default="")
    ticket_prefix: Mapped[str] = mapped_column(String(4))
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    rooms: Mapped[list[Room]] = relationship(back_populates="location", order_by="Room.name")

    __mapper_args__ = {"version_id_col": version}


class Room(Base):
    __tablename__ = "room"
    __table_args__ = (UniqueConstraint("location_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    name: Mapped[str] = mapped_column(String(80))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    location: Mapped[Location] = relationship(back_populates="rooms")

    __mapper_args__ = {"version_id_col": version}


class User(Base):
    """A personal account: the desk has no group accounts. People with history are disabled, never deleted."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(str_enum(Role))
    password_hash: Mapped[str] = mapped_column(String(255))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Visitor kinds a guide serves when calling "next"; empty means all kinds.
    serves_kinds: Mapped[list[str]] = mapped_column(default=list)
    # How a partner reaches this person directly about a handover; printed on the partner's sheet.
    work_phone: Mapped[str] = mapped_column(String(32), default="", server_default="")
    work_email: Mapped[str] = mapped_column(String(254), default="", server_default="")
    created_at: Mapped[datetime]
    password_changed_at: Mapped[datetime]
    last_login_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class LoginThrottle(Base):
    """Failed-login bookkeeping by username, so known and unknown names are treated alike."""

    __tablename__ = "login_throttle"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None]
    locked_until: Mapped[datetime | None]


# --- visits and the queue ---------------------------------------------------------------------------------------


class NeedTag(Base):
    """A term of the need taxonomy: question categories at the desk and need tags on partner services."""

    __tablename__ = "need_tag"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    label_nl: Mapped[str] = mapped_column(String(160))
    label_en: Mapped[str] = mapped_column(String(160))
    audience: Mapped[str] = mapped_column(String(16), default="everyone")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Visit(Base):
    __tablename__ = "visit"
    __table_args__ = (
        UniqueConstraint("location_id", "ticket_day", "ticket"),
        Index("ix_visit_location_day_status", "location_id", "ticket_day", "status"),
        # "Is this guide still busy?" is asked at every call.
        Index("ix_visit_guide_status", "guide_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    ticket_day: Mapped[date] = mapped_column(Date)
    ticket_seq: Mapped[int] = mapped_column(Integer)
    ticket: Mapped[str] = mapped_column(String(16))
    visitor_kind: Mapped[VisitorKind] = mapped_column(str_enum(VisitorKind))
    category_code: Mapped[str | None] = mapped_column(ForeignKey("need_tag.code"))
    question: Mapped[str] = mapped_column(Text, default="")
    name_or_initials: Mapped[str] = mapped_column(String(120), default="")
    company_name: Mapped[str] = mapped_column(String(200), default="")
    kvk_number: Mapped[str] = mapped_column(String(8), default="")
    needs_interpreter: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_language: Mapped[str] = mapped_column(String(60), default="")
    accessibility_need: Mapped[bool] = mapped_column(Boolean, default=False)
    has_appointment: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    callback_phone: Mapped[str] = mapped_column(String(32), default="")
    callback_email: Mapped[str] = mapped_column(String(254), default="")
    status: Mapped[VisitStatus] = mapped_column(str_enum(VisitStatus), default=VisitStatus.WAITING)
    call_count: Mapped[int] = mapped_column(Integer, default=0)
    arrived_at: Mapped[datetime]
    called_at: Mapped[datetime | None]
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    end_reason: Mapped[str] = mapped_column(String(200), default="")
    guide_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    registered_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    location: Mapped[Location] = relationship()
    guide: Mapped[User | None] = relationship(foreign_keys=[guide_id])
    room: Mapped[Room | None] = relationship()
    events: Mapped[list[VisitEvent]] = relationship(back_populates="visit", order_by="VisitEvent.id")

    __mapper_args__ = {"version_id_col": version}


class VisitEvent(Base):
    __tablename__ = "visit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    from_status: Mapped[VisitStatus | None] = mapped_column(str_enum(VisitStatus))
    to_status: Mapped[VisitStatus] = mapped_column(str_enum(VisitStatus))
    guide_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    note: Mapped[str] = mapped_column(String(300), default="")

    visit: Mapped[Visit] = relationship(back_populates="events")


class Conversation(Base):
    __tablename__ = "conversation"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    guide_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    template_id: Mapped[str] = mapped_column(String(80))
    template_version: Mapped[str] = mapped_column(String(32))
    # The questions as the template had them, so an old conversation still reads correctly.
    template_snapshot: Mapped[dict[str, Any]] = mapped_column(default=dict)
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")
    need_codes: Mapped[list[str]] = mapped_column(default=list)
    need_in_own_words: Mapped[str] = mapped_column(Text, default="")
    # The visitor's municipality, for suggesting partners that serve it.
    municipality: Mapped[str] = mapped_column(String(80), default="")
    # The guide's own changes to the needs that follow from the answers.
    needs_added: Mapped[list[str]] = mapped_column(default=list)
    needs_removed: Mapped[list[str]] = mapped_column(default=list)
    outcome: Mapped[ConversationOutcome | None] = mapped_column(str_enum(ConversationOutcome))
    started_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)

    visit: Mapped[Visit] = relationship()

    __mapper_args__ = {"version_id_col": version}


# --- the partner directory (HSDS 3.0 shapes) --------------------------------------------------------------------


class VerificationMixin:
    """Desk fields that tell a guide how far to trust a directory record."""

    to_verify: Mapped[bool] = mapped_column(Boolean, default=True)
    last_verified_on: Mapped[date | None] = mapped_column(Date)
    last_verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime | None]


class Organization(VerificationMixin, Base):
    __tablename__ = "organization"

    id: Mapped[str] = mapped_column(String(64), primary_key=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(255), index=True)
    alternate_name: Mapped[str] = mapped_column(String(255), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    legal_status: Mapped[str] = mapped_column(String(120), default="")
    partner_kind: Mapped[str] = mapped_column(String(60), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    services: Mapped[list[Service]] = relationship(back_populates="organization", order_by="Service.name")
    locations: Mapped[list[PartnerLocation]] = relationship(back_populates="organization")
    # The organisation's own contacts and phones, not those of its services.
    contacts: Mapped[list[Contact]] = relationship(
        primaryjoin="and_(Contact.organization_id == Organization.id, Contact.service_id.is_(None))", viewonly=True
    )
    phones: Mapped[list[Phone]] = relationship(
        primaryjoin="and_(Phone.organization_id == Organization.id, Phone.service_id.is_(None), "
        "Phone.contact_id.is_(None))",
        viewonly=True,
    )
    # `metadata` is SQLAlchemy's own name.
    metadata_entries: Mapped[list[RecordMetadata]] = relationship(
        primaryjoin="and_(RecordMetadata.organization_id == Organization.id, RecordMetadata.service_id.is_(None))",
        viewonly=True,
    )

    __mapper_args__ = {"version_id_col": version}


class ServiceNeedTag(Base):
    """HSDS attribute linking a service to a taxonomy term of the need taxonomy."""

    __tablename__ = "service_need_tag"

    service_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), primary_key=True)
    need_code: Mapped[str] = mapped_column(ForeignKey("need_tag.code"), primary_key=True)


class Service(VerificationMixin, Base):
    __tablename__ = "service"

    id: Mapped[str] = mapped_column(String(64), primary_key=True, default=new_uuid)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    name: Mapped[str] = mapped_column(String(255), index=True)
    alternate_name: Mapped[str] = mapped_column(String(255), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(String(500), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    status: Mapped[str] = mapped_column(String(32), default="active")
    eligibility_description: Mapped[str] = mapped_column(Text, default="")
    application_process: Mapped[str] = mapped_column(Text, default="")
    fees_description: Mapped[str] = mapped_column(Text, default="")
    interpretation_services: Mapped[str] = mapped_column(Text, default="")
    minimum_age: Mapped[int | None] = mapped_column(Integer)
    maximum_age: Mapped[int | None] = mapped_column(Integer)
    alert: Mapped[str] = mapped_column(Text, default="")
    # Desk additions: "how to refer" is the application process written for the guide.
    how_to_refer: Mapped[str] = mapped_column(Text, default="")
    municipalities: Mapped[list[str]] = mapped_column(default=list)
    visitor_kinds: Mapped[list[str]] = mapped_column(default=list)
    version: Mapped[int] = mapped_column(Integer, default=1)

    organization: Mapped[Organization] = relationship(back_populates="services")
    need_tags: Mapped[list[NeedTag]] = relationship(secondary="service_need_tag")
    contacts: Mapped[list[Contact]] = relationship(back_populates="service")
    phones: Mapped[list[Phone]] = relationship(back_populates="service")
    schedules: Mapped[list[Schedule]] = relationship(back_populates="service")
    languages: Mapped[list[Language]] = relationship(back_populates="service")
    required_documents: Mapped[list[RequiredDocument]] = relationship(back_populates="service")
    service_at_locations: Mapped[list[ServiceAtLocation]] = relationship(back_populates="service")
    metadata_entries: Mapped[list[RecordMetadata]] = relationship()

    __mapper_args__ = {"version_id_col": version}


class PartnerLocation(Base):
    """HSDS `location`: where a partner receives people (named apart from the desk's own Location)."""

    __tablename__ = "partner_location"

    id: Mapped[str] = mapped_column(String(64), primary_key=True, default=new_uuid)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    location_type: Mapped[str] = mapped_column(String(16), default="physical")
    name: Mapped[str] = mapped_column(String(255), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    transportation: Mapped[str] = mapped_column(Text, default="")
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    url: Mapped[str] = mapped_column(String(500), default="")

    organization: Mapped[Organization | None] = relationship(back_populates="locations")
    addresses: Mapped[list[Address]] = relationship(back_populates="location")


class Address(Base):
    __tablename__ = "address"

    id: Mapped[str] = mapped_column(String(64), primary_key=True, default=new_uuid)
    location_id: Mapped[str] = mapped_column(ForeignKey("partner_location.id", ondelete="CASCADE"), index=True)
    attention: Mapped[str] = mapped_column(String(255), default="")
    address_1: Mapped[str] = mapped_column(String(255))
    address_2: Mapped[str] = mapped_column(String(255), default="")
    city: Mapped[str] = mapped_column(String(120))
    region: Mapped[str] = mapped_column(String(120), default="")
    state_province: Mapped[str] = mapped_column(String(120), default="")
    postal_code: Mapped[str] = mapped_column(String(16))
    country: Mapped[str] = mapped_column(String(2), default="NL")
    address_type: Mapped[str] = mapped_column(String(16), default="physical")

    location: Mapped[PartnerLocation] = relationship(back_populates="addresses")


class ServiceAtLocation(Base):
    __tablename__ = "service_at_location"

    id: Mapped[str] = mapped_column(String(64), primary_key=True, default=new_uuid)
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    location_id: Mapped[str] = mapped_column(ForeignKey("partner_location.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")

    service: Mapped[Service] = relationship(back_populates="service_at_locations")
    location: Mapped[PartnerLocation] = relationship()


class Contact(Base):
    __tablename__ = "contact"

    id: Mapped[str] = mapped_column(String(64), primary_key=True, default=new_uuid)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    service_id: Mapped[str | None] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    service_at_location_id: Mapped[str | None] = mapped_column(ForeignKey("service_at_location.id"))
    location_id: Mapped[str | None] = mapped_column(ForeignKey("partner_location.id"))
    name: Mapped[str] = mapped_column(String(255), default="")
    title: Mapped[str] = mapped_column(String(255), default="")
    department: Mapped[str] = mapped_column(String(255), default="")
    email: Mapped[str] = mapped_column(String(254), default="")

    service: Mapped[Service | None] = relationship(back_populates="contacts")
    # Not view-only, so that a flush stores a contact before its phones.
    phones: Mapped[list[Phone]] = relationship(foreign_keys="Phone.contact_id")


class Phone(Base):
    __tablename__ = "phone"

    id: Mapped[str] = mapped_column(String(64), primary_key=True, default=new_uuid)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    service_id: Mapped[str | None] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("partner_location.id"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    service_at_location_id: Mapped[str | None] = mapped_column(ForeignKey("service_at_location.id"))
    number: Mapped[str] = mapped_column(String(32))
    extension: Mapped[str] = mapped_column(String(16), default="")
    type: Mapped[str] = mapped_column(String(16), default="voice")
    description: Mapped[str] = mapped_column(Text, default="")

    service: Mapped[Service | None] = relationship(back_populates="phones")


class Schedule(Base):
    """A weekly opening block (freq WEEKLY, byday, opens/closes) or, with `closed`, a closure between two dates."""

    __tablename__ = "schedule"

    id: Mapped[str] = mapped_column(String(64), primary_key=True, default=new_uuid)
    service_id: Mapped[str | None] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("partner_location.id"))
    service_at_location_id: Mapped[str | None] = mapped_column(ForeignKey("service_at_location.id"))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    freq: Mapped[str] = mapped_column(String(16), default="WEEKLY")
    byday: Mapped[str] = mapped_column(String(32), default="")
    opens_at: Mapped[time | None] = mapped_column(Time)
    closes_at: Mapped[time | None] = mapped_column(Time)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")

    service: Mapped[Service | None] = relationship(back_populates="schedules")


class Language(Base):
    __tablename__ = "language"

    id: Mapped[str] = mapped_column(String(64), primary_key=True, default=new_uuid)
    service_id: Mapped[str | None] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("partner_location.id"))
    phone_id: Mapped[str | None] = mapped_column(ForeignKey("phone.id"))
    name: Mapped[str] = mapped_column(String(120), default="")
    code: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    service: Mapped[Service | None] = relationship(back_populates="languages")


class RequiredDocument(Base):
    __tablename__ = "required_document"

    id: Mapped[str] = mapped_column(String(64), primary_key=True, default=new_uuid)
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    document: Mapped[str] = mapped_column(Text)
    uri: Mapped[str] = mapped_column(String(500), default="")

    service: Mapped[Service] = relationship(back_populates="required_documents")


class RecordMetadata(Base):
    """HSDS `metadata` of an organisation (service_id empty) or a service: where one of its fields comes from."""

    __tablename__ = "record_metadata"

    id: Mapped[str] = mapped_column(String(64), primary_key=True, default=new_uuid)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    service_id: Mapped[str | None] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    field_name: Mapped[str] = mapped_column(String(80))
    resource_type: Mapped[str] = mapped_column(String(40), default="")
    last_action_type: Mapped[str] = mapped_column(String(40), default="")
    # ISO 8601, as precise as known: 2019-06-11, 2019-06 or 2019; empty when unknown.
    last_action_date: Mapped[str] = mapped_column(String(10), default="")
    updated_by: Mapped[str] = mapped_column(String(500), default="")
    previous_value: Mapped[str] = mapped_column(Text, default="")
    replacement_value: Mapped[str] = mapped_column(Text, default="")


class RecordChange(Base):
    """Change history of a directory record: who changed which field when, old and new value."""

    __tablename__ = "record_change"
    __table_args__ = (Index("ix_record_change_object", "object_type", "object_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    field: Mapped[str] = mapped_column(String(80))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")


class DirectoryReport(Base):
    """A guide's report that a directory record holds incorrect information: the coordinator's to-do list."""

    __tablename__ = "directory_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str] = mapped_column(String(64))
    reported_at: Mapped[datetime]
    reported_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    description: Mapped[str] = mapped_column(Text)
    resolved_at: Mapped[datetime | None]
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    resolution: Mapped[str] = mapped_column(Text, default="")


# --- handovers -------------------------------------------------------------------------------------------------


class Consent(Base):
    """What a visitor agreed to share with a partner, with the text version read aloud; withdrawable."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    text_version: Mapped[str] = mapped_column(String(32))
    items: Mapped[list[str]] = mapped_column(default=list)
    # What each other item shared, as the visitor agreed to it: a later correction of the visit does not reach the
    # partner.
    shared_values: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    # The notes the visitor chose to share, as shared (only with the "notes" item).
    shared_notes: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(String(32), default="verbal")
    given_at: Mapped[datetime]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    withdrawn_at: Mapped[datetime | None]
    withdrawn_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class Referral(Base):
    __tablename__ = "referral"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversation.id"))
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id"))
    contact_name: Mapped[str] = mapped_column(String(255), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    appointment_at: Mapped[datetime | None]
    what_to_bring: Mapped[str] = mapped_column(Text, default="")
    follow_up_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    follow_up_on: Mapped[date] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(2), default="nl")
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("consent.id"))
    status: Mapped[ReferralStatus] = mapped_column(str_enum(ReferralStatus), default=ReferralStatus.PREPARED)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)

    service: Mapped[Service] = relationship()
    consent: Mapped[Consent | None] = relationship()
    events: Mapped[list[ReferralEvent]] = relationship(back_populates="referral", order_by="ReferralEvent.id")

    __mapper_args__ = {"version_id_col": version}


class ReferralEvent(Base):
    __tablename__ = "referral_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referral.id"), index=True)
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    from_status: Mapped[ReferralStatus | None] = mapped_column(str_enum(ReferralStatus))
    to_status: Mapped[ReferralStatus] = mapped_column(str_enum(ReferralStatus))
    note: Mapped[str] = mapped_column(Text, default="")

    referral: Mapped[Referral] = relationship(back_populates="events")


class Letter(Base):
    """A rendered letter, kept byte for byte so that a reprint is identical."""

    __tablename__ = "letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referral.id"), index=True)
    created_at: Mapped[datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    language: Mapped[str] = mapped_column(String(2))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))


# --- accountability and settings --------------------------------------------------------------------------------


class AuditEvent(Base):
    """Append-only audit trail; each row carries the hash of the one before, so tampering shows."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    actor_name: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(64))
    object_type: Mapped[str] = mapped_column(String(40), default="")
    object_id: Mapped[str] = mapped_column(String(64), default="")
    result: Mapped[AuditResult] = mapped_column(str_enum(AuditResult))
    workstation: Mapped[str] = mapped_column(String(255), default="")
    detail: Mapped[str] = mapped_column(String(500), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Setting(Base):
    """An installation-wide setting (letterhead, thresholds), as JSON; per-desk preferences live in QSettings."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
