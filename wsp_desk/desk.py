"""Opening a desk: the database brought up to date and every service wired to it, in one place."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from argon2 import PasswordHasher

from wsp_desk import paths
from wsp_desk.clock import Clock
from wsp_desk.db import migrate, need_tags
from wsp_desk.db.engine import Database
from wsp_desk.domain.enums import Role
from wsp_desk.domain.permissions import Actor
from wsp_desk.services.audit import AuditLog
from wsp_desk.services.auth import AuthService
from wsp_desk.services.conversations import ConversationService
from wsp_desk.services.directory import BundleImport, DirectoryReports, DirectoryService
from wsp_desk.services.directory_search import DirectorySearch
from wsp_desk.services.letterhead import LetterheadService
from wsp_desk.services.locations import LocationService
from wsp_desk.services.queue import QueueService
from wsp_desk.services.queue_views import QueueViews
from wsp_desk.services.referral_letters import ReferralLetterService
from wsp_desk.services.referrals import ReferralService
from wsp_desk.services.settings import SettingsService
from wsp_desk.services.users import UserService
from wsp_desk.templates.loader import load_installed


@dataclass
class DeskContext:
    database: Database
    clock: Clock
    workstation: str
    audit: AuditLog
    auth: AuthService
    users: UserService
    locations: LocationService
    settings: SettingsService
    queue: QueueService
    queue_views: QueueViews
    conversations: ConversationService
    directory: DirectoryService
    directory_reports: DirectoryReports
    directory_import: BundleImport
    directory_search: DirectorySearch
    letterhead: LetterheadService
    letters: ReferralLetterService
    referrals: ReferralService

    @classmethod
    def create(
        cls, database: Database, clock: Clock, workstation: str, hasher: PasswordHasher | None = None
    ) -> DeskContext:
        audit = AuditLog(database, clock, workstation)
        auth = AuthService(database, clock, audit, workstation, hasher=hasher)
        settings = SettingsService(database, clock, audit)
        queue = QueueService(database, clock, audit, settings)
        # Templates are read once per desk; a coordinator's new template shows after the next start.
        templates = cache(load_installed)
        directory = DirectoryService(database, clock, audit)
        letterhead = LetterheadService(database, clock, audit)
        letters = ReferralLetterService(database, clock, audit, directory, letterhead)
        return cls(
            database=database,
            clock=clock,
            workstation=workstation,
            audit=audit,
            auth=auth,
            users=UserService(database, clock, audit, auth),
            locations=LocationService(database, audit),
            settings=settings,
            queue=queue,
            queue_views=QueueViews(database, clock),
            conversations=ConversationService(database, clock, audit, queue, templates),
            directory=directory,
            directory_reports=DirectoryReports(database, clock, audit),
            directory_import=BundleImport(database, clock, audit),
            directory_search=DirectorySearch(directory, clock),
            letterhead=letterhead,
            letters=letters,
            referrals=ReferralService(database, clock, audit, directory, letters),
        )

    def close(self) -> None:
        self.database.dispose()


def prepare_database(database: Database, now: datetime) -> migrate.MigrationResult:
    """Bring the schema and the shipped reference data up to date."""
    result = migrate.upgrade(database, paths.backup_dir(), now)
    need_tags.sync(database)
    return result


def seed_directory(context: DeskContext) -> None:
    """An empty partner directory gets the shipped one of Haaglanden, every record marked to verify."""
    if not context.directory.is_empty():
        return
    # Only a first start needs the importer.
    from wsp_desk.services.directory_exchange import import_seed

    import_seed(
        context.directory,
        context.directory_import,
        Actor(None, "setup", "setup", Role.COORDINATOR, context.workstation),
    )


def open_desk(
    url: str, workstation: str, clock: Clock, *, read_only: bool = False
) -> tuple[DeskContext, migrate.MigrationResult]:
    """Connect, back up and migrate, make sure the Inhouse location exists and the directory is not empty.

    Desks starting at once do this one after the other; only the first finds anything to migrate or seed.
    `read_only` (for the commands that only read) opens the database as it is, refused when it needs migrating.
    """
    database = Database.connect(url, read_only=read_only)
    try:
        if read_only:
            return DeskContext.create(database, clock, workstation), migrate.check_current(database)
        with migrate.first_start_lock(database):
            result = prepare_database(database, clock.now())
            context = DeskContext.create(database, clock, workstation)
            context.locations.ensure_inhouse_location()
            seed_directory(context)
    except BaseException:
        database.dispose()
        raise
    return context, result


def command_line_actor(workstation: str) -> Actor:
    """The administrator at the command line: whoever may run commands against the database acts as coordinator."""
    try:
        account = getpass.getuser()
    except (KeyError, OSError):  # no login name in the environment or the password database
        account = "administrator"
    return Actor(None, f"cli:{account}", account, Role.COORDINATOR, workstation)
