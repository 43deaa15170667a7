"""Citizen participation. One module per subject, so each reads on its own:
questions.py (Q&A, R10/R30-R33, and information requests, R17, on the same tracking mechanism),
consultations.py (consultation on drafts, R9) and surveys.py (online surveys, R16)."""

from .consultations import *  # noqa: F401,F403
from .questions import *  # noqa: F401,F403
from .surveys import *  # noqa: F401,F403
