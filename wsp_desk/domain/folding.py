"""Text folded for comparing what people type with what is stored, whatever accents or capitals either uses."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents: "Coöperatie Café" → "cooperatie cafe"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
