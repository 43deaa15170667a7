from django.core.management.base import BaseCommand

from participation.question_reminders import send_reminders


class Command(BaseCommand):
    help = "E-mail each unit about its questions and information requests due within a working day or overdue."

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"{sent} e-mail(s) sent.")
