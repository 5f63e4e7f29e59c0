"""The `wsp-desk` command: without a command it starts the desk; with one it runs an administrator's task.

Exit codes: 0 success, 2 bad usage, 1 failure with one clear line on stderr.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from wsp_desk import __version__
from wsp_desk.clock import Clock, SystemClock
from wsp_desk.config import DeskConfig, load_config
from wsp_desk.domain.enums import Role
from wsp_desk.errors import DeskError
from wsp_desk.logs import setup_logging

# The commands import the database layer when they run, so that `wsp-desk` without a command shows its
# login window quickly (it opens the database after that window is on screen).
if TYPE_CHECKING:
    from wsp_desk.db.migrate import MigrationResult
    from wsp_desk.desk import DeskContext
    from wsp_desk.domain.permissions import Actor

ADMIN_PASSWORD_ENV = "WSP_DESK_ADMIN_PASSWORD"
USER_PASSWORD_ENV = "WSP_DESK_USER_PASSWORD"

log = logging.getLogger(__name__)


class CommandFailed(Exception):
    """A command-line problem, said in one sentence."""


def _read_password(env_var: str, prompt: str) -> str:
    password = os.environ.get(env_var)
    if password:
        return password
    if not sys.stdin.isatty():
        raise CommandFailed(f"no password given: set {env_var} or run the command in a terminal")
    first = getpass.getpass(f"{prompt}: ")
    if getpass.getpass("Type it again: ") != first:
        raise CommandFailed("the two passwords differ")
    return first


def _open(config: DeskConfig, clock: Clock, *, read_only: bool = False) -> tuple[DeskContext, MigrationResult]:
    """Open the database; `read_only` for a command that only reads, so that it also works where nobody may write."""
    from wsp_desk.desk import open_desk

    return open_desk(config.database_url, config.workstation, clock, read_only=read_only)


def _cmd_init(args: argparse.Namespace, config: DeskConfig, clock: Clock) -> int:
    context, result = _open(config, clock)
    try:
        where = context.database.engine.url.render_as_string(hide_password=True)
        if result.from_revision is None:
            print(f"Created the database at {where} (schema {result.to_revision}).")
        elif result.changed:
            print(f"Upgraded the database at {where} from schema {result.from_revision} to {result.to_revision}.")
            if result.backup:
                print(f"Backup of the old database: {result.backup}")
        else:
            print(f"The database at {where} is up to date (schema {result.to_revision}).")
        if args.admin:
            password = _read_password(ADMIN_PASSWORD_ENV, f"Password for {args.admin}")
            user = context.users.create_first_coordinator(args.admin, args.display_name or args.admin, password)
            print(f"Created coordinator {user.username}.")
    finally:
        context.close()
    return 0


def _cmd_users(args: argparse.Namespace, config: DeskConfig, clock: Clock) -> int:
    from wsp_desk.desk import command_line_actor

    context, _ = _open(config, clock, read_only=args.users_command == "list")
    actor = command_line_actor(config.workstation)
    try:
        if args.users_command == "list":
            for user in context.users.list_users(actor):
                state = "active" if user.active else "disabled"
                print(f"{user.username}\t{user.role}\t{state}\t{user.display_name}")
            return 0
        if args.users_command == "add":
            password = _read_password(USER_PASSWORD_ENV, f"Password for {args.name}")
            user = context.users.add_user(actor, args.name, args.display_name or args.name, Role(args.role), password)
            print(f"Added {user.username} ({user.role}); they choose a new password at first login.")
            return 0
        user_id = _user_id(context, actor, args.name)
        if args.users_command == "passwd":
            password = _read_password(USER_PASSWORD_ENV, f"New password for {args.name}")
            context.users.reset_password(actor, user_id, password)
            print(f"Password of {args.name} reset; they choose a new one at next login.")
        else:
            context.users.set_active(actor, user_id, args.users_command == "enable")
            print(f"{args.name} is {'enabled' if args.users_command == 'enable' else 'disabled'}.")
        return 0
    finally:
        context.close()


def _user_id(context: DeskContext, actor: Actor, name: str) -> int:
    from wsp_desk.services.auth import normalise_username

    wanted = normalise_username(name)
    for user in context.users.list_users(actor):
        if user.username == wanted:
            return int(user.id)
    raise CommandFailed(f"there is no user named {wanted}")


def _cmd_audit(args: argparse.Namespace, config: DeskConfig, clock: Clock) -> int:
    context, _ = _open(config, clock, read_only=True)
    try:
        report = context.audit.verify()
    finally:
        context.close()
    if report.intact:
        print(f"Audit trail intact: {report.checked} events checked.")
        return 0
    raise CommandFailed(f"audit trail broken: {report.problem} ({report.checked} events intact before it)")


def _cmd_demo(args: argparse.Namespace, config: DeskConfig, clock: Clock) -> int:
    from wsp_desk import demo
    from wsp_desk.desk import command_line_actor

    context, result = _open(config, clock)
    password = demo.colleague_password(new_database=result.from_revision is None)
    try:
        actor = command_line_actor(config.workstation)
        report = demo.fill(context, actor, args.visits, args.today, args.seed, password=password)
    finally:
        context.close()
    if not report.added:
        accounts = "their passwords unchanged"
    elif password == demo.DEMO_PASSWORD:
        accounts = f"password {password}"
    else:
        accounts = f"password {password}, shown only now"
    print(
        f"Demo desk ready: {report.colleagues} colleagues ({accounts}), "
        f"{report.today} visits today, {report.history} past visits."
    )
    return 0


def _cmd_templates(args: argparse.Namespace, config: DeskConfig, clock: Clock) -> int:
    from wsp_desk.templates.loader import load_file, load_installed

    if args.files:
        results = [load_file(path) for path in args.files]
        templates = [template for template, _ in results if template is not None]
        problems = [problem for _, found in results for problem in found]
    else:
        library = load_installed()
        templates, problems = list(library.templates.values()), library.problems
    for template in templates:
        print(f"ok: {template.id} {template.version} ({template.title.nl})")
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        raise CommandFailed(f"{len(problems)} problem(s) in conversation templates")
    return 0


def _cmd_partners(args: argparse.Namespace, config: DeskConfig, clock: Clock) -> int:
    from wsp_desk.desk import command_line_actor
    from wsp_desk.interop.files import Format
    from wsp_desk.interop.report import ImportFailed
    from wsp_desk.services.directory_exchange import export_file, import_file, import_seed

    if args.partners_command == "import" and (args.file is None) == (not args.seed):
        raise CommandFailed("name a FILE to import, or --seed for the shipped directory of Haaglanden")
    if args.partners_command == "import" and args.file is not None and not args.file.exists():
        raise CommandFailed(f"{args.file}: no such file or folder")
    context, _ = _open(config, clock, read_only=args.partners_command == "export")
    actor = command_line_actor(config.workstation)
    try:
        if args.partners_command == "export":
            count = export_file(context.directory, actor, args.out, Format(args.format))
            print(f"Exported {count} services to {args.out}.")
            return 0
        source = args.file or "the shipped directory"
        try:
            if args.file:
                result = import_file(context.directory, context.directory_import, actor, args.file)
            else:
                result = import_seed(context.directory, context.directory_import, actor)
        except ImportFailed as failed:
            for problem in failed.problems:
                print(problem, file=sys.stderr)
            raise CommandFailed(f"{failed.count} problem(s) in {source}; nothing was imported") from None
    finally:
        context.close()
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    summary = result.summary
    kept = f", {summary.kept} kept as changed at the desk" if summary.kept else ""
    print(f"Imported {source}: {summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged{kept}.")
    return 0


def _cmd_letter(args: argparse.Namespace, config: DeskConfig, clock: Clock) -> int:
    from wsp_desk.desk import command_line_actor

    context, _ = _open(config, clock)
    try:
        stored = context.letters.letter(command_line_actor(config.workstation), args.referral)
    finally:
        context.close()
    try:
        args.output.write_bytes(stored.pdf)
    except OSError as error:
        raise CommandFailed(f"cannot write {args.output}: {error.strerror or error}") from error
    print(f"Wrote the letter of handover {args.referral} to {args.output} (sha256 {stored.sha256}).")
    return 0


def _cmd_gui(args: argparse.Namespace, config: DeskConfig, clock: Clock) -> int:
    # Imported here so that the other commands work without Qt and its system libraries.
    from wsp_desk.gui.app import run

    return run(config, clock)


def _cmd_display(args: argparse.Namespace, config: DeskConfig, clock: Clock) -> int:
    from wsp_desk.gui.display_command import run_display

    return run_display(config, args.location, clock)


def _record_id(text: str) -> int:
    """A record's number as the database stores it (a 32-bit integer on PostgreSQL)."""
    maximum = 2**31 - 1
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= maximum:
        raise argparse.ArgumentTypeError(f"a number from 1 to {maximum}, not {text}")
    return int(text)


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


class _ShowVersion(argparse.Action):
    """--version: this version and the database schema it brings a database to, read only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from wsp_desk.db.revisions import shipped_head

        print(f"wsp-desk {__version__} (database schema {shipped_head()})")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wsp-desk", description="WSP Desk: the werkcentrum desk application.")
    parser.add_argument(
        "--version", action=_ShowVersion, nargs=0, help="show the version and its database schema, and exit"
    )
    parser.add_argument("--database", metavar="URL", help="database URL (sqlite:///FILE or postgresql://…)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="create or upgrade the database")
    init.add_argument("--admin", metavar="NAME", help=f"create the first coordinator (password: ${ADMIN_PASSWORD_ENV})")
    init.add_argument("--display-name", metavar="TEXT", help="full name of that coordinator")
    init.set_defaults(handler=_cmd_init)

    users = commands.add_parser("users", help="manage user accounts without a screen")
    users_commands = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    users_commands.add_parser("list", help="list all accounts")
    add = users_commands.add_parser("add", help=f"add an account (password: ${USER_PASSWORD_ENV} or prompt)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    add.add_argument("--display-name", metavar="TEXT")
    for action, text in (
        ("passwd", "reset a password"),
        ("disable", "disable an account"),
        ("enable", "enable an account again"),
    ):
        users_commands.add_parser(action, help=text).add_argument("name")
    users.set_defaults(handler=_cmd_users)

    audit = commands.add_parser("audit", help="check the audit trail")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_commands.add_parser("verify", help="detect changed or removed audit events")
    audit.set_defaults(handler=_cmd_audit)

    demo_parser = commands.add_parser("demo", help="fill a database with realistic demo data")
    demo_parser.add_argument("--visits", type=_count, default=2_000, metavar="N", help="past visits (default 2000)")
    demo_parser.add_argument("--today", type=_count, default=40, metavar="N", help="visits today (default 40)")
    demo_parser.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same desk)")
    demo_parser.set_defaults(handler=_cmd_demo)

    letter = commands.add_parser("letter", help="write the stored letter of a handover to a PDF file")
    letter.add_argument("--referral", type=_record_id, required=True, metavar="ID", help="the handover's number")
    letter.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    letter.set_defaults(handler=_cmd_letter)

    templates = commands.add_parser("templates", help="check conversation templates")
    templates_commands = templates.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    check = templates_commands.add_parser(
        "check", help="validate template files (default: the shipped ones and those in the user data folder)"
    )
    check.add_argument("files", nargs="*", type=Path, metavar="FILE")
    templates.set_defaults(handler=_cmd_templates)

    partners = commands.add_parser("partners", help="import or export the partner directory")
    partners_commands = partners.add_subparsers(dest="partners_command", metavar="ACTION", required=True)
    partners_import = partners_commands.add_parser(
        "import", help="add or update partners from a file, all or nothing (HSDS JSON, HSDS tables, XLSX, CSV)"
    )
    partners_import.add_argument("file", nargs="?", type=Path, metavar="FILE", help="file, or folder of HSDS tables")
    partners_import.add_argument(
        "--seed",
        action="store_true",
        help="import the shipped directory of Haaglanden; records changed at the desk are kept",
    )
    partners_export = partners_commands.add_parser("export", help="write the whole partner directory to a file")
    partners_export.add_argument("--format", required=True, choices=["hsds-json", "hsds-csv", "xlsx", "csv"])
    partners_export.add_argument("out", type=Path, metavar="OUT", help="file, or folder for hsds-csv")
    partners.set_defaults(handler=_cmd_partners)

    display = commands.add_parser("display", help="show the waiting-room screen: tickets and rooms, no names, no login")
    display.add_argument("--location", type=int, metavar="ID", help="location number (default: the one of this PC)")
    display.set_defaults(handler=_cmd_display)

    parser.set_defaults(handler=_cmd_gui)
    return parser


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Run the command in argv; `clock` is the time every part of the desk reads (the system's by default)."""
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace, DeskConfig, Clock], int] = args.handler
    log_file = setup_logging()
    try:
        return handler(args, load_config(args.database), clock or SystemClock())
    except (DeskError, CommandFailed) as error:
        print(f"wsp-desk: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("wsp-desk: interrupted", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`wsp-desk users list | head`): stop quietly, as other commands do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print(f"wsp-desk: unexpected error; the details are in {log_file or 'the log'}", file=sys.stderr)
        return 1
