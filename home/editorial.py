"""The editorial board's groups and the three-step process (QĐ 04/2013 Bình Dương, Điều 22; R50).

1. Cập nhật: any board member drafts and submits; 2. Biên tập: the deputy head edits and
passes it on; 3. Duyệt: the head approves, and only that approval makes it public.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from .models import AgencySettings, Banner, WebLink

GROUP_DRAFTERS = "Cập nhật"
GROUP_EDITORS = "Biên tập"
GROUP_APPROVERS = "Duyệt"
EDITORIAL_GROUPS = (GROUP_DRAFTERS, GROUP_EDITORS, GROUP_APPROVERS)
WORKFLOW_NAME = "Quy trình 3 bước"
TASK_EDIT = "Biên tập"
TASK_APPROVE = "Duyệt"
GROUP_TRANSLATORS = "Biên dịch"
# English pages are translations of approved Vietnamese content: translators publish them
# themselves, within the two days the regulations allow (Bắc Ninh 96/QĐ-UBND Art. 8.2.d).
TRANSLATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
TRANSLATOR_COLLECTION_PERMISSIONS = ("choose_image", "add_image", "choose_document", "add_document")

# Page permissions per group. Nobody but administrators may publish directly: a page
# becomes public only when the "Duyệt" task of the workflow approves it (QĐ 04/2013
# Bình Dương, Điều 22), so "publish" is deliberately missing here.
PAGE_PERMISSIONS = {
    GROUP_DRAFTERS: ("add_page", "change_page"),
    GROUP_EDITORS: ("add_page", "change_page", "lock_page"),
    GROUP_APPROVERS: ("add_page", "change_page", "lock_page", "unlock_page"),
}
COLLECTION_PERMISSIONS = {
    GROUP_DRAFTERS: ("add_image", "choose_image", "add_document", "choose_document"),
    GROUP_EDITORS: ("add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"),
    GROUP_APPROVERS: ("add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"),
}
# Promoted search results (R40: Settings > Promoted search results): the editing deputy
# and the approving head choose which pages lead the results of a search.
SEARCH_PROMOTION_PERMISSIONS = [(SearchPromotion, action) for action in ("add", "change", "delete", "view")]
# Site furniture that is not moderated content: only the approving head manages it.
MODEL_PERMISSIONS = {
    GROUP_EDITORS: SEARCH_PROMOTION_PERMISSIONS,
    GROUP_APPROVERS: [
        (model, action) for model in (Banner, WebLink) for action in ("add", "change", "delete", "view")
    ] + [(AgencySettings, "change")] + SEARCH_PROMOTION_PERMISSIONS,
}
# The registers' snippets (documents, procedures, projects...), given by each app's setup with
# grant_model: everyone drafts, nobody publishes but the workflow (R50).
SNIPPET_ACTIONS = {
    GROUP_DRAFTERS: ("add", "change", "view"),
    GROUP_EDITORS: ("add", "change", "view", "lock"),
    GROUP_APPROVERS: ("add", "change", "view", "lock", "unlock"),
}
# Their lists of terms (types, issuers, sectors...): kept by the editing deputy and the head.
TAXONOMY_ACTIONS = {GROUP_EDITORS: ("add", "change", "view"), GROUP_APPROVERS: ("add", "change", "delete", "view")}


def ensure_editorial_process(home):
    """The editorial board's groups and the three-step workflow (R50)."""
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in EDITORIAL_GROUPS}
    for name, group in groups.items():
        grant(group, home, PAGE_PERMISSIONS[name], COLLECTION_PERMISSIONS[name], MODEL_PERMISSIONS.get(name, []))

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    for order, (task_name, group_name) in enumerate(((TASK_EDIT, GROUP_EDITORS), (TASK_APPROVE, GROUP_APPROVERS))):
        task, _ = GroupApprovalTask.objects.get_or_create(name=task_name)
        task.groups.add(groups[group_name])
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    # The whole Vietnamese tree goes through it; later issues give the English tree its own.
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    retire_wagtail_default_moderation()
    return workflow


def ensure_translators(english_home):
    """Translators keep the English tree in step (R15, R62): they translate and publish English pages
    and cannot edit the Vietnamese ones, which have no permission for them."""
    group, _ = Group.objects.get_or_create(name=GROUP_TRANSLATORS)
    grant(group, english_home, TRANSLATOR_PAGE_PERMISSIONS, TRANSLATOR_COLLECTION_PERMISSIONS, [])
    # wagtail-localize creates this permission in a data migration; an emptied database lacks it.
    translation_type, _ = ContentType.objects.get_or_create(app_label="wagtail_localize", model="translation")
    submit, _ = Permission.objects.get_or_create(
        content_type=translation_type, codename="submit_translation", defaults={"name": "Can submit translations"}
    )
    group.permissions.add(submit)
    return group


def grant(group, page, page_codenames, collection_codenames, model_actions):
    """Admin access, page permissions below ``page``, collection and model permissions (idempotent)."""
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for codename in page_codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=wagtail_permission("wagtailcore", codename)
        )
    root_collection = Collection.get_first_root_node()
    for codename in collection_codenames:
        app_label = "wagtailimages" if codename.endswith("_image") else "wagtaildocs"
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=wagtail_permission(app_label, codename)
        )
    for model, action in model_actions:
        content_type = ContentType.objects.get_for_model(model)
        group.permissions.add(
            Permission.objects.get(content_type=content_type, codename=f"{action}_{model._meta.model_name}")
        )


def grant_model(group_name, model, actions):
    """The group's permissions for ``actions`` ("add", "change"...) on ``model``; nothing if the
    group does not exist yet (idempotent)."""
    group = Group.objects.filter(name=group_name).first()
    if group is None:
        return
    content_type = ContentType.objects.get_for_model(model)
    group.permissions.add(*Permission.objects.filter(
        content_type=content_type, codename__in=[f"{action}_{model._meta.model_name}" for action in actions]
    ))


def ensure_register_process(models, term_models=()):
    """A register's snippets go through the pages' three steps (the workflow, once it exists) with
    the editors' permissions of ``SNIPPET_ACTIONS``; its lists get ``TAXONOMY_ACTIONS`` (idempotent)."""
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    for model in models:
        if workflow is not None:
            WorkflowContentType.objects.get_or_create(content_type=ContentType.objects.get_for_model(model),
                                                      defaults={"workflow": workflow})
        for group_name, actions in SNIPPET_ACTIONS.items():
            grant_model(group_name, model, actions)
    for model in term_models:
        for group_name, actions in TAXONOMY_ACTIONS.items():
            grant_model(group_name, model, actions)


def retire_wagtail_default_moderation():
    """Wagtail ships a "Moderators" group that may publish anywhere: it would bypass the process."""
    for name in ("Moderators", "Editors"):
        group = Group.objects.filter(name=name).first()
        if group is not None and not group.user_set.exists():
            group.delete()
    Workflow.objects.filter(name="Moderators approval", active=True).update(active=False)
    WorkflowPage.objects.filter(workflow__name="Moderators approval").delete()


def wagtail_permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)

