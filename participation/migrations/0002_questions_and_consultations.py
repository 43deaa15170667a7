# Questions and consultations were built side by side, each starting the app's history.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("participation", "0001_initial"),
        ("participation", "0001_questions"),
    ]

    operations = []
