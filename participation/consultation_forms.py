"""The public comment form of a consultation (R9), protected like every public form (R34)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.public_forms import ProtectedFormMixin

from .models import ConsultationComment

COMMENT_MAX_LENGTH = 10_000


class ConsultationCommentForm(ProtectedFormMixin, forms.ModelForm):
    comment = forms.CharField(
        label=_("Your comment"), max_length=COMMENT_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Plain text, at most 10,000 characters. Comments are published after moderation."),
        error_messages={"required": _("Please write your comment."),
                        "max_length": _("The comment is too long: at most %(limit_value)d characters "
                                        "(you wrote %(show_value)d).")},
    )

    class Meta:
        model = ConsultationComment
        fields = ["full_name", "email", "organisation", "section", "comment"]
        labels = {
            "full_name": _("Full name"),
            "email": _("E-mail"),
            "organisation": _("Agency or organisation (if any)"),
            "section": _("Article or section commented on"),
        }
        help_texts = {
            "email": _("Not published; used only if the drafting agency needs to contact you."),
            "section": _("For example: Article 5, clause 2. Leave empty for a comment on the whole draft."),
        }
        error_messages = {
            "full_name": {"required": _("Please enter your full name."),
                          "max_length": _("The name is too long: at most %(limit_value)d characters.")},
            "email": {"required": _("Please enter your e-mail address."),
                      "invalid": _("The e-mail address is not valid, for example: ten@example.vn.")},
            "organisation": {"max_length": _("At most %(limit_value)d characters.")},
            "section": {"max_length": _("At most %(limit_value)d characters.")},
        }
        widgets = {
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
        }
