"""Cold start: a fresh `wsp-desk` process until its login window is shown, against a bare PySide6 window.

Both are new processes on the offscreen platform, timed from start to exit. The app starts on a SQLite database
that `wsp-desk init --admin` prepared in a temporary home, so it shows the login window and not the first-run dialog.
Target: at most 1.5 times the bare window.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from benchmarks.harness import BenchmarkError, Options, Result, compare, time_subprocess

TARGET = 1.5
TIMEOUT_SECONDS = 60.0

BASELINE_PROBE = """\
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(["baseline"])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""

APP_PROBE = """\
import sys
from wsp_desk.cli import load_config, setup_logging  # what `wsp-desk` does before its window
setup_logging()
from wsp_desk.gui.app import DeskApplication
from wsp_desk.gui.qapp import create_qapplication
app = create_qapplication(["wsp-desk"])
desk = DeskApplication(app, load_config())
desk.login_window_shown.connect(app.quit)
desk.start()
sys.exit(app.exec())
"""


@contextmanager
def prepared_home() -> Iterator[dict[str, str]]:
    """An environment with its own XDG folders and a database holding one coordinator."""
    with tempfile.TemporaryDirectory(prefix="wsp-desk-bench-") as folder:
        home = Path(folder)
        env = {key: value for key, value in os.environ.items() if not key.startswith("WSP_DESK_")}
        for variable, name in (
            ("XDG_DATA_HOME", "data"),
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_STATE_HOME", "state"),
            ("XDG_CACHE_HOME", "cache"),
        ):
            env[variable] = str(home / name)
        env["QT_QPA_PLATFORM"] = "offscreen"
        init = subprocess.run(
            [sys.executable, "-m", "wsp_desk", "init", "--admin", "bench"],
            env={**env, "WSP_DESK_ADMIN_PASSWORD": secrets.token_urlsafe(18)},
            capture_output=True,
            text=True,
            check=False,
        )
        if init.returncode != 0:
            raise BenchmarkError(f"wsp-desk init failed: {init.stderr.strip()}")
        yield env


def run(options: Options) -> list[Result]:
    with prepared_home() as env:
        baseline = partial(time_subprocess, [sys.executable, "-c", BASELINE_PROBE], env, timeout=TIMEOUT_SECONDS)
        candidate = partial(time_subprocess, [sys.executable, "-c", APP_PROBE], env, timeout=TIMEOUT_SECONDS)
        try:
            candidate()
        except BenchmarkError as error:
            bare = baseline()
            raise BenchmarkError(
                f"the app probe failed ({error}); a bare PySide6 window alone took {bare:.3f} s"
            ) from error
        return [
            compare(
                "startup to login window",
                candidate,
                baseline,
                options,
                target=TARGET,
                candidate_label="wsp-desk until the login window is shown",
                baseline_label="bare PySide6 script showing an empty QMainWindow",
                notes=("fresh processes, wall time, QT_QPA_PLATFORM=offscreen, SQLite database with one user",),
            )
        ]
