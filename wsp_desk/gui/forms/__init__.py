"""Forms generated from ui/*.ui by pyside6-uic; do not edit by hand (make forms)."""
