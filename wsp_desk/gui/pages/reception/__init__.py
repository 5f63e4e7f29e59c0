"""Balie, the reception page: the page's flow, with its queue steps, dialogs and registration form beside it."""
