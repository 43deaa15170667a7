"""What ``setup_portal`` adds for statistics and financial reports: the three-step process and the
editors' permissions, as for every register (home/editorial.py)."""

from home.editorial import ensure_register_process

from .models import FinancialReport, StatisticalRelease


def ensure_stats_process():
    ensure_register_process((StatisticalRelease, FinancialReport))
