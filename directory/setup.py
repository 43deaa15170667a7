"""What ``setup_portal`` adds for the organisation: who may edit units and officials.

Units and officials are reference records, not publications: the editorial board's editors
and approvers keep them up to date, the drafters read them (to route questions, to cite a
unit), the translators translate them. Permissions are granted with the library's helper, so
every register grants the same way.
"""

from home.editorial import GROUP_APPROVERS, GROUP_DRAFTERS, GROUP_EDITORS, GROUP_TRANSLATORS, grant_model

from .models import Official, Unit

ACTIONS = {
    GROUP_DRAFTERS: ("view",),
    GROUP_EDITORS: ("add", "change", "view"),
    GROUP_APPROVERS: ("add", "change", "delete", "view"),
    # Translators make and edit the English versions (R15) in wagtail-localize's editor, which needs the
    # model's add and change permissions (snippet permissions are not per language in Wagtail).
    GROUP_TRANSLATORS: ("add", "change", "view"),
}


def grant_directory_permissions():
    for model in (Unit, Official):
        for group_name, actions in ACTIONS.items():
            grant_model(group_name, model, actions)
