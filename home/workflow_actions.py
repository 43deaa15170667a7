"""Workflow hooks Wagtail imports by dotted path while its own models load.

Kept free of model imports: ``WAGTAIL_FINISH_WORKFLOW_ACTION`` is resolved while
``wagtail.models`` is still being defined.
"""


def publish_after_final_approval(workflow_state, user=None):
    """The last approval of the three-step workflow ("Duyệt") publishes (R50).

    Board members hold no publish permission, so nobody can skip a step by pressing
    "Publish"; the completed workflow itself is what authorises publication.
    """
    workflow_state.content_object.get_latest_revision().publish(user=user, skip_permission_checks=True)
