"""Marking user-facing texts of the Qt-free layers for translation.

Qt's lupdate collects `QT_TRANSLATE_NOOP(context, text)` calls by name, so messages raised in services land in the
Dutch `.ts` file; the GUI translates them at display time with `QCoreApplication.translate(context, text)`.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text
