"""Public forms of the tracked requests (R30, R17), protected as every public form (R34)."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from home.public_forms import ProtectedFormMixin
from home.terms import TermChoiceField

from .models import DeliveryForm, InformationRequest, Question, QuestionField

PHONE_RE = re.compile(r"^\+?[0-9 .\-()]{8,20}$")


class TrackedRequestForm(ProtectedFormMixin, forms.ModelForm):
    """Identity of the sender, all required (Bắc Ninh QĐ 96, Điều 13.1.b: no answer without them)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        labels = {
            "full_name": _("Full name"), "address": _("Address"), "email": _("E-mail"), "phone": _("Telephone"),
        }
        for name, label in labels.items():
            field = self.fields[name]
            field.label = label
            field.required = True
            field.error_messages["required"] = _("Please fill in this field: a request without it cannot be "
                                                  "accepted.")
        self.fields["email"].error_messages["invalid"] = _("Enter a valid e-mail address, e.g. ten@example.vn.")
        self.fields["phone"].widget.input_type = "tel"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        for field in self.fields.values():
            max_length = getattr(field, "max_length", None)
            if max_length:
                field.error_messages["max_length"] = _("Please keep it under %(limit_value)d characters "
                                                       "(it has %(show_value)d).")

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if not PHONE_RE.match(phone) or sum(c.isdigit() for c in phone) < 8:
            raise forms.ValidationError(_("Enter a telephone number of 8 to 15 digits."))
        return phone

    def clean_full_name(self):
        name = self.cleaned_data["full_name"].strip()
        if len(name) < 2:
            raise forms.ValidationError(_("Enter your full name."))
        return name

    def submitted_fields(self):
        """The model fields to store (without the protection fields)."""
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class QuestionForm(TrackedRequestForm):
    class Meta:
        model = Question
        fields = ["full_name", "address", "email", "phone", "field", "title", "body", "consent_to_publish"]
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}
        field_classes = {"field": TermChoiceField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["field"].label = _("Field")
        self.fields["field"].queryset = QuestionField.objects.all()
        self.fields["field"].empty_label = _("Not sure")
        self.fields["title"].label = _("Title of the question")
        self.fields["body"].label = _("Your question")
        self.fields["body"].error_messages["required"] = _("Please write your question.")
        self.fields["title"].error_messages["required"] = _("Please give your question a title.")
        self.fields["consent_to_publish"].label = _("I agree that my question and its answer are published "
                                                    "on the portal (without my name or contact details).")
        self.fields["consent_to_publish"].help_text = ""


class InformationRequestForm(TrackedRequestForm):
    class Meta:
        model = InformationRequest
        fields = ["full_name", "id_number", "address", "email", "phone", "title", "body", "purpose",
                  "delivery_form"]
        widgets = {"body": forms.Textarea(attrs={"rows": 6}), "purpose": forms.Textarea(attrs={"rows": 3}),
                   "delivery_form": forms.Select}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["id_number"].label = _("Identity card or passport number")
        self.fields["id_number"].help_text = _("Required by the Law on Access to Information, Article 24.")
        self.fields["title"].label = _("Information requested (in short)")
        self.fields["body"].label = _("Details of the information requested")
        self.fields["purpose"].label = _("Purpose of the request")
        self.fields["delivery_form"].label = _("How you wish to receive it")
        self.fields["delivery_form"].choices = [
            (DeliveryForm.EMAIL, _("By e-mail")), (DeliveryForm.POST, _("By post")),
            (DeliveryForm.IN_PERSON, _("In person at the agency")),
        ]
        for name in ("title", "body", "purpose", "id_number"):
            self.fields[name].error_messages["required"] = _("Please fill in this field: a request without it "
                                                             "cannot be accepted.")


class LookupForm(forms.Form):
    ma = forms.CharField(label=_("Tracking code"), max_length=20,
                         widget=forms.TextInput(attrs={"placeholder": "HD-2026-7K3M9Q", "autocomplete": "off"}))
