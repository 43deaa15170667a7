"""Create English translations through wagtail-localize, the way a translator would.

Setup and demo code use this so the English tree is made of real wagtail-localize
translations (synced with their Vietnamese source, editable in the translation editor),
not of unrelated copies.
"""

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator


def translate(instance, language_code, strings, user=None):
    """Translate ``instance`` into ``language_code`` and return the translated object.

    ``strings`` maps source strings (as wagtail-localize segments them: a title, a
    sentence of a rich-text paragraph) to their translation; strings it does not
    name keep the source text until a translator translates them.
    """
    locale = Locale.objects.get(language_code=language_code)
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    if not Translation.objects.filter(source=source, target_locale=locale).exists():
        TranslationCreator(user, [locale]).create_translations(instance)
    source.refresh_from_db()
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
    translation = Translation.objects.get(source=source, target_locale=locale)
    translation.save_target(user=user, publish=True)
    return instance.get_translation(locale)
