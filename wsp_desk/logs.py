"""Logging to a rotating file in the user log folder. Log lines never hold passwords or note texts."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from wsp_desk import paths

LOG_FILE_NAME = "wsp-desk.log"


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send log records to the rotating file; return its path, or None when the folder is not writable."""
    root = logging.getLogger()
    root.setLevel(level)
    close_logging()
    log_file = paths.log_dir() / LOG_FILE_NAME
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        log_file = None  # type: ignore[assignment]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.wsp_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return log_file


def close_logging() -> None:
    """Detach and close the handler that setup_logging() added."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "wsp_desk", False):
            root.removeHandler(handler)
            handler.close()


def current_log_file() -> Path | None:
    """The file setup_logging() sends records to; None before it ran or when it fell back to stderr."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "wsp_desk", False) and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None
