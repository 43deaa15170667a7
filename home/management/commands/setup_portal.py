import time

from django.core.management.base import BaseCommand

from home.setup import setup_portal


class Command(BaseCommand):
    help = "Tạo (hoặc bổ sung phần còn thiếu) cây mục tin, ngôn ngữ, nhóm biên tập và quy trình 3 bước."

    def add_arguments(self, parser):
        parser.add_argument("--demo", action="store_true", help="Thêm nội dung mẫu để trình diễn.")

    def handle(self, *args, demo=False, **options):
        started = time.monotonic()
        home = setup_portal(demo=demo)
        self.stdout.write(
            self.style.SUCCESS(
                f"Cổng thông tin sẵn sàng: trang chủ \u201c{home.title}\u201d, "
                f"{home.get_descendants().count()} trang ({time.monotonic() - started:.1f} giây)."
            )
        )
