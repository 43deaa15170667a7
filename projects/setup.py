"""What ``setup_portal`` adds for projects: the lists, the workflow, the editors' permissions."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Workflow, WorkflowContentType

from home.editorial import SNIPPET_ACTIONS, TAXONOMY_ACTIONS, WORKFLOW_NAME, grant_model

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
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    for model in (Project, BiddingNotice, InvestmentCall):
        content_type = ContentType.objects.get_for_model(model)
        if workflow is not None:
            WorkflowContentType.objects.get_or_create(content_type=content_type, defaults={"workflow": workflow})
        for group_name, actions in SNIPPET_ACTIONS.items():
            grant_model(group_name, model, actions)
    for model in (Sector, Area):
        for group_name, actions in TAXONOMY_ACTIONS.items():
            grant_model(group_name, model, actions)
