"""The partner directory services, each in its own module; the records themselves are domain values."""

from wsp_desk.services.directory.bundle import BundleImport
from wsp_desk.services.directory.reports import DirectoryReports
from wsp_desk.services.directory.service import DirectoryService

__all__ = ["BundleImport", "DirectoryReports", "DirectoryService"]
