"""What ``setup_portal`` adds for the science register: its place in the three-step process and the
editors' permissions, as for every register (home/editorial.py)."""

from home.editorial import ensure_register_process

from .models import ScienceTopic


def ensure_science_process():
    ensure_register_process((ScienceTopic,))
