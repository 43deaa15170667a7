from django.apps import AppConfig


class ScienceConfig(AppConfig):
    name = "science"
    verbose_name = "Khoa học và công nghệ"
