"""``manage.py import_documents FILE``: the library from an agency's register (documents/importing.py)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from documents.importing import import_documents


class Command(BaseCommand):
    help = (
        "Nhập văn bản vào thư viện từ sổ đăng ký văn bản (CSV UTF-8 hoặc XLSX). Kiểm tra mọi dòng trước; "
        "tệp có lỗi thì không nhập gì, trừ khi dùng --skip-invalid. Xem docs/import-documents.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Tệp CSV hoặc XLSX. Cột Tệp ghi đường dẫn tương đối so với thư mục "
                                         "của tệp này (hoặc đường dẫn tuyệt đối).")
        parser.add_argument("--publish", action="store_true",
                            help="Xuất bản ngay các văn bản mới và thay đổi (mặc định: lưu bản nháp).")
        parser.add_argument("--skip-invalid", action="store_true",
                            help="Nhập các dòng hợp lệ, bỏ qua và báo các dòng lỗi.")
        parser.add_argument("--dry-run", action="store_true", help="Chỉ kiểm tra tệp, không nhập gì.")
        parser.add_argument("--user", help="Tên đăng nhập ghi vào lịch sử phiên bản (và được kiểm tra quyền).")

    def handle(self, *args, file, publish, skip_invalid, dry_run, user, **options):
        account = None
        if user:
            try:
                account = get_user_model().objects.get_by_natural_key(user)
            except get_user_model().DoesNotExist as error:
                raise CommandError(f"Không có tài khoản “{user}”.") from error
        report = import_documents(file, publish=publish, skip_invalid=skip_invalid, user=account, dry_run=dry_run)
        for warning in report.warnings:
            self.stderr.write(f"Lưu ý – {warning}")
        if report.errors and (not skip_invalid or not report.imported):
            raise CommandError("\n".join([*(str(error) for error in report.errors), report.summary()]))
        for error in report.errors:
            self.stderr.write(f"Bỏ qua – {error}")
        self.stdout.write(self.style.SUCCESS(report.summary()))
