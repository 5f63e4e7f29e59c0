"""Data files of WSP Desk: translations, need taxonomy, templates, fonts and icons."""
