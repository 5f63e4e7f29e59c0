"""Use cases of the desk, free of Qt: auth, audit, users, locations and more."""
