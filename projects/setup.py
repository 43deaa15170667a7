"""What ``setup_portal`` adds for projects: the lists, the workflow, the editors' permissions."""

from home.editorial import ensure_register_process

from .models import Area, BiddingNotice, InvestmentCall, Project, Sector

# (name, English name): the usual fields of a province's investment lists.
SECTORS = [
    ("Khoa học và công nghệ", "Science and technology"),
    ("Công nghệ thông tin, chuyển đổi số", "Information technology, digital transformation"),
    ("Giao thông", "Transport"),
    ("Nông nghiệp, phát triển nông thôn", "Agriculture and rural development"),
    ("Công nghiệp", "Industry"),
    ("Y tế", "Health"),
    ("Giáo dục, đào tạo", "Education and training"),
    ("Môi trường", "Environment"),
    ("Du lịch, dịch vụ", "Tourism and services"),
    ("Hạ tầng đô thị", "Urban infrastructure"),
]


def ensure_sectors():
    for order, (name, name_en) in enumerate(SECTORS):
        Sector.objects.get_or_create(name=name, defaults={"name_en": name_en, "sort_order": order})


def ensure_projects_process():
    """Projects, bidding notices and investment calls go through the same three steps as pages (R50)."""
    ensure_register_process((Project, BiddingNotice, InvestmentCall), (Sector, Area))
