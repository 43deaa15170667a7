"""Consultation on draft documents (R9) and surveys (R16)."""
