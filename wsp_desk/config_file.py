"""The schema of the config file (TOML), checked with pydantic so errors name the section and key."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class DatabaseSection(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: str | None = None


class DeskSection(BaseModel):
    model_config = ConfigDict(extra="forbid")
    workstation: str | None = Field(default=None, min_length=1, max_length=255)


class ConfigFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    database: DatabaseSection = DatabaseSection()
    desk: DeskSection = DeskSection()
