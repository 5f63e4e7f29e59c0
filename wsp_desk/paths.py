"""Where WSP Desk keeps its files on this computer (per user, through platformdirs)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "wsp-desk"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Files the desk can make again whenever they are gone."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def config_file() -> Path:
    return config_dir() / "config.toml"


def default_database_path() -> Path:
    return data_dir() / "wsp-desk.sqlite"


def backup_dir() -> Path:
    return data_dir() / "backups"
