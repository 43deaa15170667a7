"""``manage.py import_documents FILE``: the library from an agency's register (documents/importing.py)."""

from documents.importing import import_documents
from home.import_command import RegisterImportCommand


class Command(RegisterImportCommand):
    help = (
        "Nhập văn bản vào thư viện từ sổ đăng ký văn bản (CSV UTF-8 hoặc XLSX). Kiểm tra mọi dòng trước; "
        "tệp có lỗi thì không nhập gì, trừ khi dùng --skip-invalid. Xem docs/import-documents.md."
    )
    items = "văn bản"
    file_help = ("Tệp CSV hoặc XLSX. Cột Tệp ghi đường dẫn tương đối so với thư mục của tệp này "
                 "(hoặc đường dẫn tuyệt đối).")
    user_help = "Tên đăng nhập ghi vào lịch sử phiên bản (và được kiểm tra quyền)."

    def run(self, path, **options):
        return import_documents(path, **options)
