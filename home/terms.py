"""Terms of the lists editors keep in the admin: document types, issuers, fields, sectors, areas.

Every such list derives from :class:`Term` (a name, a slug for URLs and filters, an order), or from
:class:`BilingualTerm` when the English channel shows it (``name_en``, read through ``label``).
Concrete lists add only their own fields and their ``Meta`` (verbose names). A public form offers
terms with :class:`TermChoiceField`, so each reads in the language of the page.
"""

from django import forms
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.search import index

from .models import LocalizedFieldsMixin
from .text import ascii_slug

NAME_MAX_LENGTH = 255


def slug_for(name):
    """The slug a term takes from its name: ``Đất đai`` → ``dat-dai`` (imports match terms by it too)."""
    return ascii_slug(name, NAME_MAX_LENGTH)


class Term(index.Indexed, models.Model):
    """A term of an admin-managed list, ordered by ``sort_order`` then name."""

    name = models.CharField("Tên", max_length=NAME_MAX_LENGTH, unique=True,
                            error_messages={"unique": "Tên này đã có trong danh mục."})
    slug = models.SlugField("Đường dẫn", max_length=NAME_MAX_LENGTH, unique=True, blank=True,
                            help_text="Để trống: tạo từ tên, không dấu (“Đất đai” → “dat-dai”).",
                            error_messages={"unique": "Đường dẫn này đã được một mục khác trong danh mục sử dụng."})
    sort_order = models.PositiveIntegerField("Thứ tự", default=100, help_text="Số nhỏ đứng trước.")

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("slug"), FieldPanel("sort_order")])]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    api_fields = [APIField("name"), APIField("slug")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def label(self):
        """The name readers see: the same on both channels (a bilingual term reads its English name)."""
        return self.name

    def clean(self):
        super().clean()
        self.slug = self.slug or slug_for(self.name)  # as save() would, so a clash is a form error, not a crash

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slug_for(self.name)
        super().save(*args, **kwargs)


class BilingualTerm(LocalizedFieldsMixin, Term):
    """A term the English channel shows by its English name, or by its Vietnamese one until it has one (R15).

    Not a translated snippet: one list serves both channels, so an English item keeps its term.
    """

    name_en = models.CharField("Tên (tiếng Anh)", max_length=NAME_MAX_LENGTH, blank=True,
                               help_text="Hiện trên kênh tiếng Anh; để trống thì hiện tên tiếng Việt "
                                         "(QĐ 96/QĐ-UBND Bắc Ninh, Điều 8.2.d).")

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("name_en")]),
              FieldRowPanel([FieldPanel("slug"), FieldPanel("sort_order")])]
    api_fields = [APIField("name"), APIField("name_en"), APIField("slug")]

    class Meta(Term.Meta):
        abstract = True

    @property
    def label(self):
        """The name in the language of the page being read, the Vietnamese one until an English one is given."""
        return self.localized("name")


class TermChoiceField(forms.ModelChoiceField):
    """A public form's choice of one term, each offered by its ``label`` (English on the English channel).

    The admin's forms keep the plain ``ModelChoiceField``: editors read the Vietnamese names.
    """

    def label_from_instance(self, obj):
        return obj.label
