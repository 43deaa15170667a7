from django.core.management.base import BaseCommand, CommandError

from documents.generate import DEFAULT_BATCH, generate_documents


class Command(BaseCommand):
    help = (
        "Tạo N văn bản mẫu đã xuất bản (số ký hiệu, trích yếu, quan hệ như thật) để đo hiệu năng thư viện "
        "(bench/). Ghi hàng loạt, không tạo phiên bản (revision): chỉ dùng cho cơ sở dữ liệu thử."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="Số văn bản cần tạo.")
        parser.add_argument("--seed", type=int, default=None, help="Hạt giống ngẫu nhiên, để tạo lại đúng dữ liệu.")
        parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH, help="Số văn bản mỗi lần ghi.")
        parser.add_argument("--site-search", action="store_true",
                            help="Đưa cả vào chỉ mục tìm kiếm chung của cổng (/tim-kiem/); chậm hơn khoảng năm lần. "
                                 "Thư viện và API không cần (hoặc chạy update_index sau).")

    def handle(self, *args, count, seed, batch_size, site_search, **options):
        if count < 1 or batch_size < 1:
            raise CommandError("Số văn bản và kích thước lô phải lớn hơn 0.")
        verbose = options["verbosity"] > 0

        def progress(done, total):
            if verbose and (done == total or done % (batch_size * 10) == 0):
                self.stdout.write(f"  {done:,}/{total:,}")

        result = generate_documents(count, seed=seed, batch_size=batch_size, site_search=site_search,
                                    progress=progress)
        self.stdout.write(self.style.SUCCESS(
            f"Đã tạo {result.created:,} văn bản và {result.relations:,} quan hệ trong {result.seconds:.1f} giây "
            f"({result.rate:,.0f} văn bản/giây)."
        ))
