"""Giving an old plain section page the register page type a newer portal has at its address.

A portal installed before a register page type existed (the questions page, the library, the
project list...) has a plain ``SectionPage`` at that address. ``setup_portal`` changes such a page's
type in place, so it keeps its id, address, position in the tree, title, SEO fields, history,
permissions and its translations (same translation key, same locales), but only when nothing
would be lost: no sub-pages, no unpublished changes, a body that is empty or the one the demo
gives the section. Otherwise it leaves the page and tells the operator what to do.

Both are logged on the ``home.setup`` logger (``setup_portal`` prints it).
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Page, Revision
from wagtail.search import index
from wagtail_localize.models import TranslationSource

from .models import SectionPage

logger = logging.getLogger("home.setup")


def is_plain_section(page):
    return page.content_type_id == ContentType.objects.get_for_model(SectionPage).pk


def stream_content(body):
    """A StreamField value as comparable data: each block's type and value, without the block ids."""
    return [(block.block_type, block.block.get_prep_value(block.value)) for block in body]


def why_not_convertible(page, model, default_body=None, check_body=True):
    """Why ``page`` (a plain SectionPage) cannot become a ``model`` page without losing anything, as
    (Vietnamese, English), or None when it can. A translation's body follows its source's: only the
    source's is checked."""
    if page.get_children().exists():
        return "mục tin có trang con", "it has sub-pages"
    if page.has_unpublished_changes:
        return "mục tin có bản nháp chưa xuất bản", "it has unpublished changes"
    if check_body and page.body and (
            default_body is None or stream_content(page.body) != stream_content(SectionPage(body=default_body).body)):
        return "mục tin có nội dung riêng", "its body has content of its own"
    if page.responsible_unit and not issubclass(model, SectionPage):
        return "trang mới không có ô “Bộ phận phụ trách”", "the new page type has no responsible unit field"
    return None


def change_page_type(page, model, **fields):
    """Give ``page`` (a plain SectionPage) the type ``model`` in place, keeping its row in the page tree.

    The new type's own row is added beside the page's, the fields both types have are copied, and
    the content type of the page, its revisions and its translation source follow. A new revision
    records the change (published if the page was live)."""
    old_type = ContentType.objects.get_for_model(SectionPage)
    new_type = ContentType.objects.get_for_model(model)
    index.remove_object(page)  # the search index knows it as a SectionPage
    shared = {field.name for field in SectionPage._meta.concrete_fields if not field.primary_key} & {
        field.name for field in model._meta.concrete_fields if not field.primary_key}
    new = model(**{name: getattr(page, name) for name in shared}, **fields)
    setattr(new, model._meta.pk.attname, page.pk)
    new.save_base(raw=True, force_insert=True)  # raw: only the new type's own table
    if not issubclass(model, SectionPage):
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(SectionPage._meta.db_table)} "
                           f"WHERE {connection.ops.quote_name(SectionPage._meta.pk.column)} = %s", [page.pk])
    Page.objects.filter(pk=page.pk).update(content_type=new_type)
    Revision.objects.filter(content_type=old_type, object_id=str(page.pk)).update(content_type=new_type)
    TranslationSource.objects.filter(object_id=page.translation_key, locale_id=page.locale_id,
                                     specific_content_type=old_type).update(specific_content_type=new_type)
    converted = model.objects.get(pk=page.pk)
    revision = converted.save_revision(log_action=True)
    if converted.live:
        revision.publish()
    return converted


def upgrade_section_page(page, model, fields=(), default_body=None):
    """``page`` as a ``model`` page when it is a plain SectionPage that can be converted (with its
    translations); otherwise ``page`` unchanged, with a note for the operator."""
    if not is_plain_section(page):
        return page
    versions = [page] + [translation.specific for translation in page.get_translations()]
    for version in versions:
        reason = why_not_convertible(version, model, default_body, check_body=version is page)
        if reason is not None:
            label = model._meta.verbose_name
            logger.warning(
                "Chưa đổi mục tin “%s” (%s) thành “%s”: %s. Hãy chuyển trang con và nội dung sang trang khác "
                "(hoặc xóa mục tin cũ), rồi chạy lại “python manage.py setup_portal”. / "
                "Kept the plain section page “%s” (%s), not given the type %s: %s. Move its sub-pages and "
                "content elsewhere (or delete it), then run “python manage.py setup_portal” again.",
                version.title, version.url_path, label, reason[0],
                version.title, version.url_path, model._meta.label, reason[1],
            )
            return page
    for version in versions:
        converted = change_page_type(version, model, **dict(fields))
        logger.info("Đã đổi mục tin “%s” (%s) thành “%s”. / Gave the plain section page “%s” (%s) the type %s.",
                    converted.title, converted.url_path, model._meta.verbose_name,
                    converted.title, converted.url_path, model._meta.label)
    return model.objects.get(pk=page.pk)
