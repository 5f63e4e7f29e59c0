"""HSDS 3.0 and spreadsheet import and export of the partner directory (Qt-free)."""
