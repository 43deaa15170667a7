from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Trang chủ và chuyên mục"

    def ready(self):
        from . import signals  # noqa: F401  (connects the NFC normaliser and profile defaults)
