"""Numbers without a year (96/QĐ-UBND) restart every year: their slugs get the issue year
(documents.numbering.document_slug), so two years' documents are two documents with two URLs.
The old URL answers 301 to the new one (LegalLibraryPage.document_view)."""

from django.db import migrations
from django.db.models import CharField, F, Value
from django.db.models.functions import Cast, Concat, ExtractYear


def add_issue_year(apps, schema_editor):
    LegalDocument = apps.get_model("documents", "LegalDocument")
    LegalDocument.objects.filter(number_year__isnull=True).exclude(slug__regex=r"-(19|20)[0-9]{2}$").update(
        slug=Concat(F("slug"), Value("-"), Cast(ExtractYear("issued"), CharField()))
    )


def remove_issue_year(apps, schema_editor):
    LegalDocument = apps.get_model("documents", "LegalDocument")
    for document in LegalDocument.objects.filter(number_year__isnull=True, slug__regex=r"-(19|20)[0-9]{2}$"):
        document.slug = document.slug[:-5]
        document.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [("documents", "0002_search_vector_gin_index")]
    operations = [migrations.RunPython(add_issue_year, remove_issue_year)]
