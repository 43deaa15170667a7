"""What ``setup_portal`` adds for consultations and surveys: who moderates comments and reads results."""

from home.editorial import GROUP_APPROVERS, GROUP_EDITORS, grant_model

from .models import ConsultationComment

# The editing deputy and the approving head moderate comments and export them for the drafting
# agency; drafters do not see the public's personal data. Nobody but administrators deletes one.
COMMENT_ACTIONS = {GROUP_EDITORS: ("view", "change"), GROUP_APPROVERS: ("view", "change")}


def ensure_consultation_permissions():
    for group_name, actions in COMMENT_ACTIONS.items():
        grant_model(group_name, ConsultationComment, actions)
