"""The labour-market region of Haaglanden: the municipalities a visitor or a service can belong to."""

from __future__ import annotations

MUNICIPALITIES = ("Den Haag", "Delft", "Rijswijk", "Westland", "Midden-Delfland")
# A visitor's municipality as a conversation stores it: one of the region's, "anders" for any other, "" not asked.
OTHER_MUNICIPALITY = "anders"
