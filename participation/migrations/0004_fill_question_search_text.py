"""Fills ``Question.search_text`` for questions stored before the field existed (new saves fill it)."""

from django.db import migrations

from home.text import folded_words


def fill(apps, schema_editor):
    Question = apps.get_model("participation", "Question")
    for question in Question.objects.only("pk", "title", "body", "answer").iterator():
        text = " ".join(folded_words(" ".join([question.title or "", question.body or "", question.answer or ""])))
        Question.objects.filter(pk=question.pk).update(search_text=text)


class Migration(migrations.Migration):

    dependencies = [("participation", "0003_question_search_text")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
