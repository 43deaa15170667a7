from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = "Tổ chức và cán bộ"

    def ready(self):
        from . import schedule_hooks  # noqa: F401 - registers the schedules' Wagtail hooks
