"""Reading a file that comes from outside the desk (an import, a template, the config file, a logo): only an ordinary
file, and only up to a size, or one sentence that says why not.

A device such as /dev/zero never ends and a named pipe waits for a writer, so both are refused before anything is
read; the size is checked before reading and again while reading, in case the file grows meanwhile.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from wsp_desk.errors import DeskError
from wsp_desk.i18n import QT_TRANSLATE_NOOP

MEGABYTE = 1_000_000
# Opening a named pipe for reading without O_NONBLOCK waits until someone writes to it (POSIX only; Windows has none).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class FileRefused(DeskError):
    """A file that is not read: not an ordinary file, too large, or unreadable."""


def too_large(maximum: int) -> FileRefused:
    return FileRefused(
        QT_TRANSLATE_NOOP("DeskError", "The file is larger than {megabytes} MB."), megabytes=maximum // MEGABYTE
    )


def _check(mode: int, size: int, maximum: int) -> None:
    if not stat.S_ISREG(mode):
        raise FileRefused(
            QT_TRANSLATE_NOOP("DeskError", "This is not an ordinary file (a folder, device or pipe cannot be read).")
        )
    if size > maximum:
        raise too_large(maximum)


def read_bytes(path: Path, maximum: int) -> bytes:
    """The content of the ordinary file at `path`, at most `maximum` bytes long (FileRefused otherwise)."""
    try:
        # Checked before opening, since opening a device can have effects of its own; then again on what was opened.
        info = path.stat()
        _check(info.st_mode, info.st_size, maximum)
        descriptor = os.open(path, _OPEN_FLAGS)
        with os.fdopen(descriptor, "rb") as file:
            info = os.fstat(file.fileno())
            _check(info.st_mode, info.st_size, maximum)
            data = file.read(maximum + 1)
    except OSError as error:
        raise FileRefused(
            QT_TRANSLATE_NOOP("DeskError", "The file cannot be read ({reason})."), reason=error.strerror or str(error)
        ) from None
    if len(data) > maximum:
        raise too_large(maximum)
    return data
