"""Installation settings from the config file, the environment and the command line.

The config file (TOML, in the user config folder) is written by an administrator, never by the app:
    [database]
    url = "postgresql://wsp@dbserver/wspdesk"
    [desk]
    workstation = "balie-1"
Precedence for the database: `--database`, then `WSP_DESK_DATABASE_URL`, then the file, then the embedded SQLite
file in the user data folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wsp_desk import paths
from wsp_desk.errors import ConfigError
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.outside_files import MEGABYTE, FileRefused, read_bytes

if TYPE_CHECKING:
    from wsp_desk.config_file import ConfigFile

DATABASE_URL_ENV = "WSP_DESK_DATABASE_URL"
# The file holds a few lines; far more is a mistake.
MAX_CONFIG_BYTES = 1 * MEGABYTE


@dataclass(frozen=True)
class DeskConfig:
    database_url: str
    workstation: str


def _read_file(path: Path) -> ConfigFile | None:
    if not path.exists():
        return None
    # The parsers load only when there is a file to read: most desks have none, and start faster without them.
    import tomllib

    from pydantic import ValidationError as PydanticValidationError

    from wsp_desk.config_file import ConfigFile

    try:
        return ConfigFile.model_validate(tomllib.loads(read_bytes(path, MAX_CONFIG_BYTES).decode("utf-8")))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        reason = str(exc)
    except FileRefused as exc:
        reason = exc.message
    except RecursionError:
        reason = "it is nested too deeply"
    except PydanticValidationError as exc:
        first = exc.errors()[0]
        reason = f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    except ValueError:  # tomllib lets Python's own refusal of a number of thousands of digits through
        reason = "a number in it is too long"
    raise ConfigError(
        QT_TRANSLATE_NOOP("DeskError", "The configuration file {path} cannot be used ({reason})."),
        path=str(path),
        reason=reason,
    )


def load_config(database_url: str | None = None, config_path: Path | None = None) -> DeskConfig:
    file = _read_file(config_path or paths.config_file())
    url = (
        database_url
        or os.environ.get(DATABASE_URL_ENV)
        or (file.database.url if file else None)
        or f"sqlite:///{paths.default_database_path()}"
    )
    return DeskConfig(
        database_url=url,
        workstation=(file.desk.workstation if file else None) or _host_name(),
    )


def _host_name() -> str:
    import socket

    return socket.gethostname()
