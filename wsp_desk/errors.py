"""Expected problems, each carrying one clear sentence for the person at the desk.

A message is an English template with named fields; the GUI translates the template (context "DeskError") and then
fills in the fields, the command line shows it in English. Unexpected errors are not DeskErrors: they go to the log.
"""

from __future__ import annotations

from typing import Any

from wsp_desk.i18n import QT_TRANSLATE_NOOP


class DeskError(Exception):
    """An expected problem with a message fit for the user."""

    def __init__(self, template: str, **fields: Any) -> None:
        self.template = template
        self.fields = fields
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.fields)


class ConfigError(DeskError):
    """The configuration (file, URL or option) is wrong."""


class StorageError(DeskError):
    """The database cannot be reached, read or written."""


class NewerDatabaseError(StorageError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "This database was made by a newer version of WSP Desk (schema {revision}). "
                "Install that version; the database was not changed.",
            ),
            revision=revision,
        )


class AuthenticationFailed(DeskError):
    """A login failed. The message never says whether the name or the password was wrong.

    `retry_after_seconds` is how long the next try must wait; `refused` means this try was not even checked
    because it came too soon (or the name is locked out for a while).
    """

    def __init__(self, retry_after_seconds: int = 0, *, refused: bool = False) -> None:
        self.retry_after_seconds = retry_after_seconds
        self.refused = refused
        if refused:
            super().__init__(
                QT_TRANSLATE_NOOP("DeskError", "Login failed. Wait {seconds} seconds before you try again."),
                seconds=retry_after_seconds,
            )
        else:
            super().__init__(QT_TRANSLATE_NOOP("DeskError", "Login failed. Check your name and password."))


class PermissionDenied(DeskError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("DeskError", "You are not allowed to do this."))


class NotFound(DeskError):
    pass


class ConflictError(DeskError):
    """Someone else changed the record first; nothing was overwritten."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "Someone else changed this record while you were editing it. "
                "Your changes were not saved; reopen the record to see the new version.",
            )
        )


class ValidationFailed(DeskError):
    """Input that breaks a rule; `field` names the input so the GUI can point at it."""

    def __init__(self, field: str, template: str, **fields: Any) -> None:
        self.field = field
        super().__init__(template, **fields)
