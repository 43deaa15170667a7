"""Model signals of the portal: NFC text on every save, ASCII tag slugs, Vietnamese admin for new accounts."""

from django.conf import settings
from django.db import models
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from taggit.models import Tag
from wagtail.fields import StreamField
from wagtail.models import Revision
from wagtail.users.models import UserProfile

from .models import WebLink
from .navigation import invalidate_navigation
from .text import ascii_slug, to_nfc

# The footer's links are cached with the navigation (home/navigation.py).
post_save.connect(invalidate_navigation, sender=WebLink, dispatch_uid="home.navigation.weblink_saved")
post_delete.connect(invalidate_navigation, sender=WebLink, dispatch_uid="home.navigation.weblink_deleted")


def normalise_instance_text(instance):
    for field in instance._meta.concrete_fields:
        value = getattr(instance, field.attname, None)
        if value is None:
            continue
        if isinstance(field, StreamField):
            raw = value.get_prep_value() if hasattr(value, "get_prep_value") else value
            normalised = to_nfc(raw)
            if normalised != raw:
                setattr(instance, field.attname, normalised)
        elif isinstance(field, (models.CharField, models.TextField)) and isinstance(value, str):
            normalised = to_nfc(value)
            if normalised is not value:
                setattr(instance, field.attname, normalised)
    # A revision keeps the whole page as JSON: drafts must be NFC too.
    if isinstance(instance, Revision) and instance.content:
        instance.content = to_nfc(instance.content)


@receiver(pre_save, dispatch_uid="home.normalise_text_to_nfc")
def normalise_text_to_nfc(sender, instance, raw=False, **kwargs):
    if not raw:
        normalise_instance_text(instance)


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="home.default_admin_language")
def default_admin_language_to_vietnamese(sender, instance, created, raw=False, **kwargs):
    """New editor accounts see the admin in Vietnamese until they choose otherwise."""
    if created and not raw:
        profile = UserProfile.get_for_user(instance)
        if not profile.preferred_language:
            profile.preferred_language = settings.LANGUAGE_CODE
            profile.save(update_fields=["preferred_language"])


@receiver(pre_save, sender=Tag, dispatch_uid="home.tag_slug_without_diacritics")
def tag_slug_without_diacritics(sender, instance, raw=False, **kwargs):
    """Tag slugs in plain ASCII: "đo lường" becomes do-luong, not Django's o-luong.

    taggit has already given a new tag Django's lossy slug; it is replaced here. Folding merges
    tags that differ only by their marks (dương, đường), so a suffix keeps slugs unique.
    """
    if raw or not instance._state.adding:
        return
    base = ascii_slug(instance.name, 90) or "tu-khoa"
    slug, number = base, 1
    while Tag.objects.filter(slug=slug).exclude(pk=instance.pk).exists():
        number += 1
        slug = f"{base}-{number}"
    instance.slug = slug
