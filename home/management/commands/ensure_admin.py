import os

from django.core.management.base import BaseCommand

from home.setup import ensure_admin


class Command(BaseCommand):
    help = "Tạo tài khoản quản trị đầu tiên nếu chưa có và in thông tin đăng nhập."

    def handle(self, *args, **options):
        username, password = ensure_admin(
            username=os.environ.get("PORTAL_ADMIN_USER"),
            password=os.environ.get("PORTAL_ADMIN_PASSWORD"),
            email=os.environ.get("PORTAL_ADMIN_EMAIL"),
        )
        self.stdout.write(f"Trang quản trị: http://127.0.0.1:8000/admin/  tài khoản: {username}")
        if password:
            self.stdout.write(f"Mật khẩu: {password}")
        else:
            self.stdout.write("Tài khoản đã có từ trước; mật khẩu giữ nguyên (đặt PORTAL_ADMIN_PASSWORD để đặt lại).")
