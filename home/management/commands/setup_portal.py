import logging
import time
from contextlib import contextmanager

from django.core.management.base import BaseCommand

from home.setup import setup_portal


class Command(BaseCommand):
    help = "Tạo (hoặc bổ sung phần còn thiếu) cây mục tin, ngôn ngữ, nhóm biên tập và quy trình 3 bước."

    def add_arguments(self, parser):
        parser.add_argument("--demo", action="store_true", help="Thêm nội dung mẫu để trình diễn.")

    def handle(self, *args, demo=False, **options):
        started = time.monotonic()
        with self.notes_printed():
            home = setup_portal(demo=demo)
        self.stdout.write(
            self.style.SUCCESS(
                f"Cổng thông tin sẵn sàng: trang chủ \u201c{home.title}\u201d, "
                f"{home.get_descendants().count()} trang ({time.monotonic() - started:.1f} giây)."
            )
        )

    @contextmanager
    def notes_printed(self):
        """What setup did or left for the operator (pages converted or kept) goes to the command's output."""
        logger = logging.getLogger("home.setup")
        handler = logging.StreamHandler(self.stdout)
        level, propagate = logger.level, logger.propagate
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
        try:
            yield
        finally:
            logger.removeHandler(handler)
            logger.setLevel(level)
            logger.propagate = propagate
