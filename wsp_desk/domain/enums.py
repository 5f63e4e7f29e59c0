"""The closed sets of values of the core data, free of SQLAlchemy so that light modules can use them."""

import enum


class Role(enum.StrEnum):
    RECEPTIONIST = "receptionist"
    GUIDE = "guide"
    COORDINATOR = "coordinator"


class LocationKind(enum.StrEnum):
    INHOUSE = "inhouse"
    POPUP = "popup"
    PARTNER_POINT = "partner_point"


class VisitorKind(enum.StrEnum):
    JOB_SEEKER = "job_seeker"
    EMPLOYED = "employed"
    EMPLOYER = "employer"
    OTHER = "other"


class VisitStatus(enum.StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    IN_CONVERSATION = "in_conversation"
    PARKED = "parked"
    DONE = "done"
    NO_SHOW = "no_show"
    LEFT = "left"
    NOT_SERVED = "not_served"
    CANCELLED = "cancelled"


class ConversationOutcome(enum.StrEnum):
    ANSWERED = "answered"
    HANDOVER = "handover"
    FOLLOW_UP_APPOINTMENT = "follow_up_appointment"
    EMPLOYER_LEAD = "employer_lead"
    VISITOR_LEFT = "visitor_left"


class ReferralStatus(enum.StrEnum):
    PREPARED = "prepared"
    HANDED_OVER = "handed_over"
    CONTACT_MADE = "contact_made"
    COMPLETED = "completed"
    DECLINED = "declined"
    NOT_REACHED = "not_reached"
    CANCELLED = "cancelled"


class AuditResult(enum.StrEnum):
    SUCCESS = "success"
    FAILURE = "failure"
    DENIED = "denied"
