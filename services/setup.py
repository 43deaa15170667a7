"""What ``setup_portal`` adds for the procedures: the sectors, the workflow, the editors' permissions."""

from home.editorial import ensure_register_process

from .models import Procedure, Sector

# (name, English name): sectors of a department of science and technology in the national database
# of administrative procedures; agencies add their own in the admin or through an import.
SECTORS = [
    ("Hoạt động khoa học và công nghệ", "Science and technology activities"),
    ("Tiêu chuẩn, đo lường, chất lượng", "Standards, metrology and quality"),
    ("Sở hữu trí tuệ", "Intellectual property"),
    ("Năng lượng nguyên tử, an toàn bức xạ và hạt nhân", "Atomic energy, radiation and nuclear safety"),
    ("Chuyển giao công nghệ", "Technology transfer"),
    ("Bưu chính", "Postal services"),
    ("Viễn thông và Internet", "Telecommunications and the Internet"),
    ("Báo chí, xuất bản", "Press and publishing"),
]


def ensure_sectors():
    for order, (name, name_en) in enumerate(SECTORS):
        Sector.objects.get_or_create(name=name, defaults={"name_en": name_en, "sort_order": order * 10})


def ensure_services_process():
    """Procedures go through the same three steps as pages and documents."""
    ensure_register_process((Procedure,), (Sector,))
