"""Reading the organisation in one language: units as a tree, officials by unit, leaders, spokespeople.

The English channel (R15) shows a unit or an official in English when a translator has translated
it, else the Vietnamese record: a reader never meets a hole in the chart. Contacts and links always
come from the Vietnamese record (see :func:`_in_language`). Loading costs a fixed number
of queries whatever the size of the organisation (units, officials, their photos and renditions).

Foreign keys are kept in sync with the Vietnamese source by wagtail-localize (``translatable_fields``
in models/organisation.py), so a translated official may point to a Vietnamese unit: links are
followed by ``translation_key``, which both language versions of a record share.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch, Q
from wagtail.images import get_image_model
from wagtail_localize.fields import TranslatableField

from .models import Official, Unit

PHOTO_FILTER = "fill-240x300"


def _translated_fields(model):
    return [field.field_name for field in model.translatable_fields if isinstance(field, TranslatableField)]


def _in_language(rows, locale_id, model):
    """One record per ``translation_key``, in the reader's language where a translator translated it.

    The translated texts (names, positions, functions...) come from the translation; everything
    else (phones, e-mails, links, order) always from the Vietnamese source, so a phone number
    changed in Vietnamese is right in English at once, before anyone syncs the translation (R62).
    """
    sources, translations = {}, {}
    for row in rows:
        (translations if row.locale_id == locale_id else sources)[row.translation_key] = row
    chosen = {}
    for key in sources.keys() | translations.keys():
        source, translation = sources.get(key), translations.get(key)
        if source is not None and translation is not None:
            for name in _translated_fields(model):
                setattr(source, name, getattr(translation, name))
        chosen[key] = source or translation
    return chosen


def _in_locales(queryset, locale):
    """The records of ``locale`` and of the default (source) language, joined rather than looked up."""
    return queryset.filter(Q(locale_id=locale.pk) | Q(locale__language_code=settings.LANGUAGE_CODE))


@dataclass
class UnitNode:
    """A unit in the chart, with its head, its officials and the units below it."""

    unit: Unit
    head: Official | None = None
    officials: list = field(default_factory=list)
    children: list = field(default_factory=list)
    parent: "UnitNode | None" = None

    @property
    def slug(self):
        return self.unit.slug

    def walk(self, depth=0):
        """This node and every node below it, in chart order, with their depth."""
        yield self, depth
        for child in self.children:
            yield from child.walk(depth + 1)


@dataclass
class Organisation:
    roots: list
    by_slug: dict
    officials: list  # every official, in display order, each with ``.shown_unit``

    def walk(self):
        for root in self.roots:
            yield from root.walk()

    @property
    def leaders(self):
        return [official for official in self.officials if official.is_leader]

    @property
    def spokespeople(self):
        return [official for official in self.officials if official.is_spokesperson]

    @property
    def websites(self):
        """Units that have their own website (links to member units' portals, R11)."""
        return [node.unit for node, _depth in self.walk() if node.unit.website]


def _order(records):
    return sorted(records, key=lambda record: (record.sort_order, record.name, record.pk))


def load_organisation(locale):
    """The whole organisation in ``locale`` (falling back to Vietnamese), in a fixed number of queries:
    units, officials, their photos and the photos' renditions."""
    unit_rows = list(_in_locales(Unit.objects.all(), locale))
    photos = get_image_model().objects.prefetch_renditions(PHOTO_FILTER)
    official_rows = list(
        _in_locales(Official.objects.all(), locale).prefetch_related(Prefetch("photo", queryset=photos))
    )
    key_of_unit = {row.pk: row.translation_key for row in unit_rows}
    key_of_official = {row.pk: row.translation_key for row in official_rows}
    units = _in_language(unit_rows, locale.pk, Unit)
    officials = _in_language(official_rows, locale.pk, Official)

    nodes = {key: UnitNode(unit=unit) for key, unit in units.items()}
    for official in _order(officials.values()):
        node = nodes.get(key_of_unit.get(official.unit_id))
        official.shown_unit = node.unit if node else None
        if node:
            node.officials.append(official)
    roots = []
    for key, node in nodes.items():
        node.head = officials.get(key_of_official.get(node.unit.head_id))
        parent = nodes.get(key_of_unit.get(node.unit.parent_id))
        if parent is None or parent is node:
            roots.append(node)
        else:
            node.parent = parent
            parent.children.append(node)
    for node in nodes.values():
        node.children.sort(key=lambda child: (child.unit.sort_order, child.unit.name, child.unit.pk))
    roots.sort(key=lambda root: (root.unit.sort_order, root.unit.name, root.unit.pk))
    return Organisation(
        roots=roots,
        by_slug={node.unit.slug: node for node in nodes.values()},
        officials=_order(officials.values()),
    )
