"""Gesprek, the guide's conversation page: the page's flow, with its call bar, visitor header, autosave, form,
panels and dialogs beside it."""
