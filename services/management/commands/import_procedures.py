"""``manage.py import_procedures FILE``: the catalogue of procedures from a CSV/XLSX (services/importing.py)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from services.importing import import_procedures


class Command(BaseCommand):
    help = (
        "Nhập danh mục thủ tục hành chính từ tệp CSV UTF-8 hoặc XLSX. Kiểm tra mọi dòng trước; tệp có lỗi thì không "
        "nhập gì, trừ khi dùng --skip-invalid. Thủ tục đã có (cùng mã) được cập nhật. Xem docs/services.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Tệp CSV hoặc XLSX có dòng tiêu đề (Mã thủ tục, Tên thủ tục, Lĩnh vực...).")
        parser.add_argument("--publish", action="store_true",
                            help="Xuất bản ngay các thủ tục mới và thay đổi (mặc định: lưu bản nháp).")
        parser.add_argument("--skip-invalid", action="store_true",
                            help="Nhập các dòng hợp lệ, bỏ qua và báo các dòng lỗi.")
        parser.add_argument("--dry-run", action="store_true", help="Chỉ kiểm tra tệp, không nhập gì.")
        parser.add_argument("--user", help="Tên đăng nhập ghi vào lịch sử phiên bản.")

    def handle(self, *args, file, publish, skip_invalid, dry_run, user, **options):
        account = None
        if user:
            try:
                account = get_user_model().objects.get_by_natural_key(user)
            except get_user_model().DoesNotExist as error:
                raise CommandError(f"Không có tài khoản “{user}”.") from error
        report = import_procedures(file, publish=publish, skip_invalid=skip_invalid, user=account, dry_run=dry_run)
        for warning in report.warnings:
            self.stderr.write(f"Lưu ý – {warning}")
        if report.errors and not report.imported:
            raise CommandError("\n".join([*(str(error) for error in report.errors), report.summary()]))
        for error in report.errors:
            self.stderr.write(f"Bỏ qua – {error}")
        self.stdout.write(self.style.SUCCESS(report.summary()))
