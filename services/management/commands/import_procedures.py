"""``manage.py import_procedures FILE``: the catalogue of procedures from a CSV/XLSX (services/importing.py)."""

from home.import_command import RegisterImportCommand
from services.importing import import_procedures


class Command(RegisterImportCommand):
    help = (
        "Nhập danh mục thủ tục hành chính từ tệp CSV UTF-8 hoặc XLSX. Kiểm tra mọi dòng trước; tệp có lỗi thì không "
        "nhập gì, trừ khi dùng --skip-invalid. Thủ tục đã có (cùng mã) được cập nhật. Xem docs/services.md."
    )
    items = "thủ tục"
    file_help = "Tệp CSV hoặc XLSX có dòng tiêu đề (Mã thủ tục, Tên thủ tục, Lĩnh vực...)."

    def run(self, path, **options):
        return import_procedures(path, **options)
