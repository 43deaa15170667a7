"""The one shape of every register import command (``import_documents``, ``import_procedures``).

A subclass gives its ``help``, the help of its FILE argument and ``run``, the import function
(``run(path, publish=, skip_invalid=, user=, dry_run=)`` returning a report with ``warnings``,
``errors``, ``imported`` and ``summary()``): the options, the account lookup and how the report
is printed stay the same for every register.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class RegisterImportCommand(BaseCommand):
    items = "mục"  # what the register holds, in the --publish help: "văn bản", "thủ tục"
    file_help = "Tệp CSV hoặc XLSX có dòng tiêu đề."
    user_help = "Tên đăng nhập ghi vào lịch sử phiên bản."

    def run(self, path, **options):
        raise NotImplementedError

    def add_arguments(self, parser):
        parser.add_argument("file", help=self.file_help)
        parser.add_argument("--publish", action="store_true",
                            help=f"Xuất bản ngay các {self.items} mới và thay đổi (mặc định: lưu bản nháp).")
        parser.add_argument("--skip-invalid", action="store_true",
                            help="Nhập các dòng hợp lệ, bỏ qua và báo các dòng lỗi.")
        parser.add_argument("--dry-run", action="store_true", help="Chỉ kiểm tra tệp, không nhập gì.")
        parser.add_argument("--user", help=self.user_help)

    def handle(self, *args, file, publish, skip_invalid, dry_run, user, **options):
        account = None
        if user:
            try:
                account = get_user_model().objects.get_by_natural_key(user)
            except get_user_model().DoesNotExist as error:
                raise CommandError(f"Không có tài khoản “{user}”.") from error
        report = self.run(file, publish=publish, skip_invalid=skip_invalid, user=account, dry_run=dry_run)
        for warning in report.warnings:
            self.stderr.write(f"Lưu ý – {warning}")
        if report.errors and (not skip_invalid or not report.imported):
            raise CommandError("\n".join([*(str(error) for error in report.errors), report.summary()]))
        for error in report.errors:
            self.stderr.write(f"Bỏ qua – {error}")
        self.stdout.write(self.style.SUCCESS(report.summary()))
