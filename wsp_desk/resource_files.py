"""Access to the data files shipped in resources/ (installed as the package `wsp_desk.resources`)."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    return files("wsp_desk.resources").joinpath(*parts)
