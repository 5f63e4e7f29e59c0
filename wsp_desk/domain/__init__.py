"""Plain values and pure rules: no Qt, no database, no I/O."""
