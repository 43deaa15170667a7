"""Faster counts at 100,000 documents, on PostgreSQL only (docs/library.md, "Speed").

- A covering partial index of the live documents: the facet counts and the validity test read
  the type, issuer, dates and category of tens of thousands of documents from the index alone
  (an index-only scan of 9 MB) instead of the table's rows.
- ``toast_tuple_target = 128``: the long texts (summary, full text, search text, tsvector) are kept
  out of line, so a row holds what lists and counts read and the table is half as wide. It applies
  to rows written from now on; ``VACUUM FULL documents_legaldocument`` rewrites the existing ones
  (docs/setup-and-operations.md, "PostgreSQL").
"""

from django.db import migrations

INDEX = "documents_live_cover"
COLUMNS = "issuer_id, doc_type_id, issued, effective, expires, validity_override, category"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON documents_legaldocument (id, locale_id) "
                              f"INCLUDE ({COLUMNS}) WHERE live")
        schema_editor.execute("ALTER TABLE documents_legaldocument SET (toast_tuple_target = 128)")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
        schema_editor.execute("ALTER TABLE documents_legaldocument RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    dependencies = [("documents", "0003_yearless_number_slugs")]
    operations = [migrations.RunPython(forwards, backwards)]
