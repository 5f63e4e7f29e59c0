"""Thin table models over the plain records the services return."""
