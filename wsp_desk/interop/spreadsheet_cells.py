"""Text for a cell of a CSV or XLSX file that people open in a spreadsheet program: never read as a formula.

Partner texts come from outside the desk. A cell starting with "=", "+", "-", "@", a tab or a carriage return is a
formula to Excel and LibreOffice ("=HYPERLINK(…)", "=cmd|' /C calc'!A0"), so, as OWASP advises against CSV injection,
such a text gets a single quote in front; so does a text where one of those follows a separator or a quote, where a
program that splits cells differently would start a cell. Every export made for a spreadsheet writes its cells
through `for_spreadsheet`, and reading such a file back takes the quote off again (`from_spreadsheet`), so the data
stays exact. Files for other systems (HSDS) carry the data as it is.
"""

from __future__ import annotations

import re

_FORMULA_START = re.escape("=+-@\t\r")
# A formula character first (after any quotes already there), or right after a separator or a quote.
_NEEDS_QUOTE = re.compile(rf"^'*[{_FORMULA_START}]|[,;\"'][{_FORMULA_START}]")


def for_spreadsheet(text: str) -> str:
    """`text` as a cell that a spreadsheet program shows as text, never runs."""
    return "'" + text if _NEEDS_QUOTE.search(text) else text


def from_spreadsheet(cell: str) -> str:
    """The text that `for_spreadsheet` made `cell` from (other cells stay as they are)."""
    return cell[1:] if cell.startswith("'") and _NEEDS_QUOTE.search(cell[1:]) else cell
