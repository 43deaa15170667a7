"""What ``setup_portal`` adds for statistics and financial reports: the three-step process and the
editors' permissions, as for every register (home/editorial.py)."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Workflow, WorkflowContentType

from home.editorial import SNIPPET_ACTIONS, WORKFLOW_NAME, grant_model

from .models import FinancialReport, StatisticalRelease


def ensure_stats_process():
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    for model in (StatisticalRelease, FinancialReport):
        content_type = ContentType.objects.get_for_model(model)
        if workflow is not None:
            WorkflowContentType.objects.get_or_create(content_type=content_type, defaults={"workflow": workflow})
        for group_name, actions in SNIPPET_ACTIONS.items():
            grant_model(group_name, model, actions)
