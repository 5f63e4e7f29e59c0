"""Referral letters and tickets rendered with reportlab (Qt-free, returns PDF bytes)."""
