"""The agency's organisation: its units (đơn vị) as a tree - Nghị định 43/2011, Điều 10.

One model of a unit for the whole portal: the organisation chart, the contact directory and the
routing of citizens' questions (participation) all use :class:`Unit`.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.registers import index_url
from home.search import FOLDED_SEARCH_FIELDS, FoldedSearchMixin
from home.text import ascii_slug


class UnitKind(models.TextChoices):
    LEADERSHIP = "leadership", "Lãnh đạo cơ quan"
    OFFICE = "office", "Văn phòng"
    DIVISION = "division", "Phòng chuyên môn"
    SUB_DEPARTMENT = "sub_department", "Chi cục"
    PUBLIC_SERVICE = "public_service", "Đơn vị sự nghiệp"
    MEMBER_AGENCY = "member_agency", "Cơ quan, đơn vị thành viên"


# The kinds on the English channel (R15); the admin speaks Vietnamese, so the choices stay Vietnamese.
UNIT_KIND_ENGLISH = {
    UnitKind.LEADERSHIP: "Leadership of the agency",
    UnitKind.OFFICE: "Office",
    UnitKind.DIVISION: "Specialised division",
    UnitKind.SUB_DEPARTMENT: "Sub-department",
    UnitKind.PUBLIC_SERVICE: "Public service unit",
    UnitKind.MEMBER_AGENCY: "Member agency",
}


class UnitQuerySet(models.QuerySet):
    def in_default_locale(self):
        return self.filter(locale=Locale.get_default())


def chart_url(locale_id):
    """The address of the organisation chart of a language, below which every unit has its page."""
    from .pages import OrganisationPage

    return index_url(OrganisationPage, locale_id)


class Unit(FoldedSearchMixin, TranslatableMixin, index.Indexed, models.Model):
    """A unit of the agency, or a member agency, placed under its parent unit."""

    name = models.CharField("Tên đơn vị", max_length=255)
    slug = models.SlugField("Đường dẫn", max_length=255, blank=True, allow_unicode=False)
    kind = models.CharField("Loại đơn vị", max_length=20, choices=UnitKind.choices, default=UnitKind.DIVISION)
    parent = models.ForeignKey(
        "self", verbose_name="Đơn vị cấp trên", null=True, blank=True, on_delete=models.PROTECT,
        related_name="children",
    )
    functions = RichTextField(
        "Chức năng, nhiệm vụ", blank=True, features=["bold", "italic", "ol", "ul", "link"],
        help_text="Nghị định 43/2011, Điều 10, khoản 1, điểm b: chức năng, nhiệm vụ của đơn vị trực thuộc.",
    )
    address = models.CharField("Địa chỉ", max_length=255, blank=True)
    phone = models.CharField("Điện thoại", max_length=50, blank=True)
    fax = models.CharField("Fax", max_length=50, blank=True)
    email = models.EmailField(
        "Thư điện tử", blank=True,
        help_text="Thư điện tử chính thức của đơn vị; nhận cả thông báo câu hỏi của công dân được chuyển đến.",
    )
    website = models.URLField("Cổng/Trang thông tin điện tử", blank=True)
    head = models.ForeignKey(
        "directory.Official", verbose_name="Người đứng đầu", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    sort_order = models.PositiveIntegerField("Thứ tự hiển thị", default=100)

    objects = UnitQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("parent"), FieldPanel("sort_order")]),
        FieldPanel("head"),
        FieldPanel("functions"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("phone"), FieldPanel("fax")]),
             FieldRowPanel([FieldPanel("email"), FieldPanel("website")]), FieldPanel("address")],
            heading="Liên hệ",
        ),
        FieldPanel("slug"),
    ]
    search_title_attribute = "name"
    search_fields = [
        index.SearchField("name"), index.SearchField("functions"), index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ] + FOLDED_SEARCH_FIELDS
    # What a translator translates; links and contacts stay those of the Vietnamese record, so a unit can
    # be translated before or after its parent and its head (the pages follow links by translation_key).
    translatable_fields = [
        TranslatableField("name"), TranslatableField("functions"), TranslatableField("address"),
        SynchronizedField("slug"), SynchronizedField("kind"), SynchronizedField("parent"), SynchronizedField("head"),
        SynchronizedField("phone"), SynchronizedField("fax"), SynchronizedField("email"),
        SynchronizedField("website"), SynchronizedField("sort_order"),
    ]
    api_fields = [APIField("name"), APIField("slug"), APIField("kind"), APIField("address"), APIField("phone"),
                  APIField("fax"), APIField("email"), APIField("website")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Đơn vị"
        verbose_name_plural = "Đơn vị"
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def kind_label(self):
        """The unit's kind in the reader's language."""
        if (get_language() or "vi").startswith("en"):
            return UNIT_KIND_ENGLISH.get(self.kind, self.get_kind_display())
        return self.get_kind_display()

    def get_url(self, request=None):
        base = chart_url(self.locale_id)
        return f"{base}{self.slug}/" if base else ""

    @property
    def url(self):
        return self.get_url()

    def search_summary(self):
        return self.functions

    def clean(self):
        super().clean()
        # The chart is a tree: a unit cannot sit below itself, however far down.
        ancestor, seen = self.parent, set()
        while ancestor is not None and ancestor.pk not in seen:
            if self.pk and ancestor.translation_key == self.translation_key:
                raise ValidationError(
                    {"parent": "Đơn vị cấp trên không thể là chính đơn vị này hoặc đơn vị cấp dưới của nó."}
                )
            seen.add(ancestor.pk)
            ancestor = ancestor.parent
        self.slug = self.slug or ascii_slug(self.name)  # as save() would, so a clash is caught here
        if self.slug and self.locale_id:
            clash = Unit.objects.filter(slug=self.slug, locale_id=self.locale_id).exclude(pk=self.pk)
            if clash.exists():
                raise ValidationError({"slug": "Đường dẫn này đã được một đơn vị khác sử dụng."})

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = ascii_slug(self.name)
        super().save(*args, **kwargs)


class OfficialQuerySet(models.QuerySet):
    def in_default_locale(self):
        return self.filter(locale=Locale.get_default())

    def leaders(self):
        return self.filter(is_leader=True)


class Official(FoldedSearchMixin, TranslatableMixin, index.Indexed, models.Model):
    """A leader, officer or spokesperson whose official contact the portal publishes - Nghị định 43/2011,
    Điều 10, khoản 1, điểm b (lãnh đạo) and Điều 10, khoản 1, điểm a (cán bộ có thẩm quyền)."""

    name = models.CharField("Họ và tên", max_length=255)
    position = models.CharField("Chức vụ", max_length=255)
    unit = models.ForeignKey(
        Unit, verbose_name="Đơn vị", null=True, blank=True, on_delete=models.SET_NULL, related_name="officials",
    )
    phone = models.CharField("Điện thoại", max_length=50, blank=True)
    fax = models.CharField("Fax", max_length=50, blank=True)
    email = models.EmailField("Thư điện tử công vụ", blank=True)
    duties = RichTextField(
        "Nhiệm vụ đảm nhiệm", blank=True, features=["bold", "italic", "ol", "ul"],
        help_text="Nghị định 43/2011, Điều 10, khoản 1, điểm b: nhiệm vụ đảm nhiệm của lãnh đạo.",
    )
    biography = RichTextField(
        "Tiểu sử tóm tắt", blank=True, features=["bold", "italic", "ol", "ul"],
        help_text="Nghị định 43/2011, Điều 10, khoản 1, điểm b: tóm tắt tiểu sử của lãnh đạo.",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image", verbose_name="Ảnh", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    is_leader = models.BooleanField("Lãnh đạo cơ quan", default=False)
    is_spokesperson = models.BooleanField(
        "Người phát ngôn", default=False,
        help_text="Nghị định 09/2017/NĐ-CP: người phát ngôn, cung cấp thông tin cho báo chí.",
    )
    sort_order = models.PositiveIntegerField("Thứ tự hiển thị", default=100)

    objects = OfficialQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("position")]),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("sort_order")]),
        FieldRowPanel([FieldPanel("is_leader"), FieldPanel("is_spokesperson")]),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("phone"), FieldPanel("fax")]), FieldPanel("email")], heading="Liên hệ",
        ),
        FieldPanel("duties"),
        FieldPanel("biography"),
        FieldPanel("photo"),
    ]
    search_title_attribute = "name"
    search_fields = [
        index.SearchField("name"), index.SearchField("position"), index.AutocompleteField("name"),
        index.FilterField("locale_id"), index.FilterField("is_leader"),
    ] + FOLDED_SEARCH_FIELDS
    translatable_fields = [
        TranslatableField("name"), TranslatableField("position"), TranslatableField("duties"),
        TranslatableField("biography"),
        SynchronizedField("unit"), SynchronizedField("phone"), SynchronizedField("fax"), SynchronizedField("email"),
        SynchronizedField("photo"), SynchronizedField("is_leader"), SynchronizedField("is_spokesperson"),
        SynchronizedField("sort_order"),
    ]
    api_fields = [APIField("name"), APIField("position"), APIField("unit"), APIField("phone"), APIField("fax"),
                  APIField("email"), APIField("is_leader"), APIField("is_spokesperson")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Cán bộ, công chức"
        verbose_name_plural = "Cán bộ, công chức"
        ordering = ["sort_order", "name"]

    def __str__(self):
        return f"{self.name} – {self.position}"

    def get_url(self, request=None):
        """An official is found on the page of their unit, which lists its officials' contacts."""
        if self.unit_id is None:
            return ""
        base = chart_url(self.locale_id)
        return f"{base}{self.unit.slug}/" if base else ""

    def search_summary(self):
        return f"{self.position}, {self.unit.name}" if self.unit_id else self.position
