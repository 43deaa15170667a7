"""Create English translations through wagtail-localize, the way a translator would.

Setup and demo code use this so the English tree is made of real wagtail-localize
translations (synced with their Vietnamese source, editable in the translation editor),
not of unrelated copies.
"""

from django.db import transaction
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def translate(instance, language_code, strings, user=None):
    """Translate ``instance`` into ``language_code`` and return the translated object.

    ``strings`` maps source strings (as wagtail-localize segments them: a title, a
    sentence of a rich-text paragraph) to their translation; strings it does not
    name keep the source text until a translator translates them.

    A new translation is published here and now from a fresh revision: wagtail-localize's
    own publish waits for the end of the transaction and would write back a stale copy of
    the page's tree fields. wagtail-localize first copies a page under its source slug, so
    Wagtail queues redirects from that never-public address; they are dropped at commit.
    """
    locale = Locale.objects.get(language_code=language_code)
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()  # the source may have changed since it was last translated
    translation, new = Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = strings.get(segment.string.data)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )
    drafts = isinstance(instance, DraftStateMixin)
    translation.save_target(user=user, publish=not drafts)
    target = instance.get_translation(locale)
    if drafts:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    if new and isinstance(target, Page):
        transaction.on_commit(
            lambda: Redirect.objects.filter(redirect_page_id=target.pk, automatically_created=True).delete()
        )
    return target


def english_is_outdated(source_page, english_page):
    """An English page is out of date when its Vietnamese source was published after it (R62)."""
    if english_page is None or not english_page.last_published_at:
        return True
    return bool(source_page.last_published_at and source_page.last_published_at > english_page.last_published_at)
