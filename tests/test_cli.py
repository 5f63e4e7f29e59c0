"""The `wsp-desk` command: exit codes 0 / 2 / 1 and one clear line on stderr."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.support import GOOD_PASSWORD, FakeClock
from wsp_desk import __version__
from wsp_desk.cli import main
from wsp_desk.config import load_config


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv), FakeClock())
    except SystemExit as exit_:  # argparse: --version, --help and bad usage
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"wsp-desk {__version__}\n", "")


@pytest.mark.parametrize("argv", [["bogus"], ["users"], ["users", "add", "x"], ["init", "--nope"]])
def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and "usage:" in err


def test_init_users_and_audit(db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WSP_DESK_ADMIN_PASSWORD", GOOD_PASSWORD)
    code, out, err = run(capsys, "--database", db_url, "init", "--admin", "anna", "--display-name", "Anna Jansen")
    assert (code, err) == (0, "")
    assert "Created coordinator anna." in out

    monkeypatch.setenv("WSP_DESK_USER_PASSWORD", "Een-ander-goed-wachtwoord-3")
    assert run(capsys, "--database", db_url, "users", "add", "bram", "--role", "guide")[0] == 0
    assert run(capsys, "--database", db_url, "users", "passwd", "bram")[0] == 0
    assert run(capsys, "--database", db_url, "users", "disable", "bram")[0] == 0
    code, out, _ = run(capsys, "--database", db_url, "users", "list")
    assert code == 0
    assert out.splitlines() == ["anna\tcoordinator\tactive\tAnna Jansen", "bram\tguide\tdisabled\tbram"]
    assert run(capsys, "--database", db_url, "users", "enable", "bram")[0] == 0

    code, out, _ = run(capsys, "--database", db_url, "audit", "verify")
    assert code == 0 and "intact" in out
    code, out, _ = run(capsys, "--database", db_url, "init")
    assert code == 0 and "up to date" in out


def test_failures_are_one_line_and_exit_1(
    db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WSP_DESK_USER_PASSWORD", "short")
    code, out, err = run(capsys, "--database", db_url, "users", "add", "bram", "--role", "guide")
    assert (code, out) == (1, "")
    assert err == "wsp-desk: A password needs at least 12 characters.\n"

    code, _, err = run(capsys, "--database", db_url, "users", "passwd", "nobody")
    assert code == 1 and err == "wsp-desk: there is no user named nobody\n"


def test_missing_password_without_terminal(
    db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WSP_DESK_ADMIN_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "--database", db_url, "init", "--admin", "anna")
    assert code == 1 and "set WSP_DESK_ADMIN_PASSWORD" in err


def test_audit_verify_detects_tampering(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WSP_DESK_ADMIN_PASSWORD", GOOD_PASSWORD)
    run(capsys, "--database", sqlite_url, "init", "--admin", "anna")
    with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as connection:
        connection.execute("UPDATE audit_event SET result = 'failure'")
    code, out, err = run(capsys, "--database", sqlite_url, "audit", "verify")
    assert (code, out) == (1, "")
    assert err.startswith("wsp-desk: audit trail broken: event #1 was changed") and err.count("\n") == 1


@pytest.mark.parametrize(
    ("config_text", "reason"),
    [("[database\nurl = 1", "Expected"), ("[database]\nurl = 5\n", "database.url"), ("[other]\n", "other")],
)
def test_a_corrupt_config_file_is_named(
    isolated_home: Path, capsys: pytest.CaptureFixture[str], config_text: str, reason: str
) -> None:
    config = isolated_home / "config" / "wsp-desk" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(config_text)
    code, _, err = run(capsys, "init")
    assert code == 1
    assert err.startswith(f"wsp-desk: The configuration file {config} cannot be used (") and reason in err


def test_database_url_precedence(isolated_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = isolated_home / "config" / "wsp-desk" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[database]\nurl = "sqlite:///from-file.sqlite"\n[desk]\nworkstation = "balie-2"\n')
    assert load_config().database_url == "sqlite:///from-file.sqlite"
    assert load_config().workstation == "balie-2"
    monkeypatch.setenv("WSP_DESK_DATABASE_URL", "sqlite:///from-env.sqlite")
    assert load_config().database_url == "sqlite:///from-env.sqlite"
    assert load_config("sqlite:///from-option.sqlite").database_url == "sqlite:///from-option.sqlite"
    config.unlink()
    monkeypatch.delenv("WSP_DESK_DATABASE_URL")
    assert load_config().database_url == f"sqlite:///{isolated_home}/data/wsp-desk/wsp-desk.sqlite"


def test_letter_writes_the_stored_pdf(
    db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WSP_DESK_ADMIN_PASSWORD", GOOD_PASSWORD)
    assert run(capsys, "--database", db_url, "init", "--admin", "anna")[0] == 0
    assert run(capsys, "--database", db_url, "demo", "--visits", "0", "--today", "6")[0] == 0
    output = tmp_path / "brief.pdf"
    code, out, err = run(capsys, "--database", db_url, "letter", "--referral", "1", "-o", str(output))
    assert (code, err) == (0, "")
    assert output.read_bytes().startswith(b"%PDF") and "sha256" in out
    code, _, err = run(capsys, "--database", db_url, "letter", "--referral", "999", "-o", str(output))
    assert code == 1 and err == "wsp-desk: This handover no longer exists.\n"
