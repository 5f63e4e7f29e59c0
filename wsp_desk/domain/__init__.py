"""Plain values and pure rules of the desk: no database, no Qt, no files written."""
