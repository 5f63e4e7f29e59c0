"""The partner directory service, its parts each in their own module; the records themselves are domain values."""

from wsp_desk.services.directory.service import DirectoryService

__all__ = ["DirectoryService"]
