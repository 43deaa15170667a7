import os

from django.conf import settings
from django.core.management.base import BaseCommand

from home.demo import ensure_demo_editors
from home.setup import ensure_admin


class Command(BaseCommand):
    help = "Tạo tài khoản quản trị đầu tiên nếu chưa có và in thông tin đăng nhập."

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-editors", action="store_true",
            help="Tạo thêm ba tài khoản mẫu capnhat, bientap, duyet (một cho mỗi bước của quy trình).",
        )

    def handle(self, *args, demo_editors=False, **options):
        username, password = ensure_admin(
            username=os.environ.get("PORTAL_ADMIN_USER"),
            password=os.environ.get("PORTAL_ADMIN_PASSWORD"),
            email=os.environ.get("PORTAL_ADMIN_EMAIL"),
        )
        self.stdout.write(f"Trang quản trị: {settings.WAGTAILADMIN_BASE_URL}/admin/  tài khoản: {username}")
        if password is None:
            self.stdout.write("Tài khoản đã có từ trước; mật khẩu giữ nguyên (đặt PORTAL_ADMIN_PASSWORD để đặt lại).")
            return
        self.stdout.write(f"Mật khẩu: {password}")
        if demo_editors:
            names = ensure_demo_editors(password)
            self.stdout.write(f"Tài khoản mẫu theo quy trình 3 bước (cùng mật khẩu): {', '.join(names)}")
