"""Realistic published legal documents in bulk, for benchmarks and scale checks (bench/).

``python manage.py generate_documents 100000 --seed 1`` is a thin wrapper over
:func:`generate_documents`, which tests call directly.

What is generated looks like a province's library: the document types, issuing authorities and
fields of ``documents.setup.ensure_taxonomies`` (plus the agency itself, "Sở Khoa học và Công
nghệ", whose official letters are numbered ``789/SKHCN-VP``); issue dates from 1995 to today,
more in recent years; numbers in the real formats (``12/2021/NĐ-CP``, ``104/2016/QH13``,
``45/QĐ-UBND``, ``57-NQ/TW``, ``789/SKHCN-VP``), increasing through each year and never one the
locale already has; summaries built from the vocabulary of real ones; signers; effective and some
expiry dates; and relations (căn cứ, sửa đổi, thay thế, hướng dẫn, bãi bỏ) from about a fifth of
the documents to earlier ones, with summaries that say so ("Sửa đổi, bổ sung một số điều của
Quyết định số ...").

Fast by design (100,000 documents in a few minutes on two cores): documents, their fields and
their relations are written with ``bulk_create`` in batches; on PostgreSQL ``search_vector`` is
computed by the INSERT itself (``to_tsvector('simple', ...)``, not by an UPDATE afterwards, which
would leave a dead copy of every row), and the tables are vacuumed and analysed at the end. Every stored value is the one ``LegalDocument.save()``
computes (number normalised by the parser, slug, number_year, search_document from
``home.text.index_text``, search_vector with the ``simple`` configuration). What the generator
leaves out, on purpose:

- **no revisions**: documents are live with first/last_published_at set, but have no revision,
  no workflow state and no audit-log entry; the first edit in the admin creates the first
  revision. Nothing public reads revisions, so the library, the document pages and the API
  behave as with documents published through the workflow;
- no ``clean()``: the generator writes only numbers the parser accepts and that no document of
  the locale has (so both the per-issuer duplicate check and the document URLs hold);
- the site-wide search index (Wagtail's, used by /tim-kiem/) is filled only with
  ``site_search=True`` (``--site-search``), through the search backend's bulk add, or later by
  ``manage.py update_index``: at about 4 ms a document (FoldedSearchMixin folds the same text
  for each of the index's columns) it would make generation five times slower, and the library
  and the API search ``search_vector``, which is always filled.
"""

import bisect
import datetime
import itertools
import random
import re
import time
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.db.models import Value
from django.utils import timezone
from wagtail.models import Locale

from home.registers import invalidate_register_counts
from home.text import exact_key, fold, index_text, to_nfc, words

from .models import Category, DocumentRelation, DocumentType, Issuer, LegalDocument, LegalField, RelationKind
from .numbering import document_slug, parse_number
from .setup import ensure_taxonomies

N, A, D = Category.NORMATIVE, Category.ADMINISTRATIVE, Category.DIRECTION
FIRST_YEAR = 1995
AGENCY = "Sở Khoa học và Công nghệ"  # the portal's own agency: its letters are 789/SKHCN-VP
RELATED_SHARE = 0.2  # documents that act on (or are based on) an earlier one
DEFAULT_BATCH = 1000

# --- fields (names as documents.setup.FIELDS) -------------------------------------------------
KHCN, TDC, SHTT, CNTT, CDS = ("Khoa học và công nghệ", "Tiêu chuẩn, đo lường, chất lượng", "Sở hữu trí tuệ",
                              "Công nghệ thông tin", "Chuyển đổi số")
HCNN, CCHC, VTLT, TCTT, DT, TC, TDKT = ("Hành chính nhà nước", "Cải cách hành chính", "Văn thư, lưu trữ",
                                        "Tiếp cận thông tin", "Đầu tư", "Tài chính", "Thi đua, khen thưởng")


@dataclass(frozen=True)
class Kind:
    """A kind of document an issuer issues: its type, how it is numbered, its category."""

    type_name: str
    form: str  # "year" 12/2021/NĐ-CP, "law" 104/2016/QH13, "plain" 45/QĐ-UBND, "letter" 789/SKHCN-VP, "party" 57-NQ/TW
    category: str
    weight: float
    type_code: str = ""
    until: int = 9999  # last year it exists (joint circulars ended with the 2015 law)


@dataclass(frozen=True)
class Profile:
    issuer: str
    code: str
    weight: float
    kinds: tuple
    units: tuple = ()  # drafting units of official letters
    years: tuple = (FIRST_YEAR, 9999)
    local: bool = False  # a provincial body: "trên địa bàn tỉnh"


def _ministry(name, code, weight, units, years=(FIRST_YEAR, 9999), joint=False):
    kinds = [Kind("Thông tư", "year", N, 3, "TT"), Kind("Quyết định", "plain", A, 4, "QĐ"),
             Kind("Công văn", "letter", A, 3), Kind("Hướng dẫn", "plain", A, 0.5, "HD")]
    if joint:
        kinds.append(Kind("Thông tư liên tịch", "year", N, 0.4, "TTLT", until=2015))
    return Profile(name, code, weight, tuple(kinds), units, years)


PROFILES = (
    Profile("Quốc hội", "QH", 1.5, (Kind("Luật", "law", N, 3), Kind("Nghị quyết", "law", N, 1))),
    Profile("Ủy ban Thường vụ Quốc hội", "UBTVQH", 0.8, (Kind("Pháp lệnh", "law", N, 1), Kind("Nghị quyết", "law", N, 2))),
    Profile("Chủ tịch nước", "CTN", 0.3, (Kind("Quyết định", "plain", A, 1, "QĐ"),)),
    Profile("Chính phủ", "CP", 6, (Kind("Nghị định", "year", N, 6, "NĐ"), Kind("Nghị quyết", "plain", D, 2, "NQ"),
                                   Kind("Nghị quyết", "year", N, 0.5, "NQ"))),
    Profile("Thủ tướng Chính phủ", "TTg", 6, (Kind("Quyết định", "year", N, 1, "QĐ"), Kind("Quyết định", "plain", A, 4, "QĐ"),
                                             Kind("Chỉ thị", "plain", D, 1, "CT"), Kind("Công văn", "letter", D, 1)),
            units=("KGVX", "KTTH", "CN", "NC", "QHĐP")),
    Profile("Bộ Chính trị", "TW", 0.4, (Kind("Nghị quyết", "party", D, 1, "NQ"), Kind("Chỉ thị", "party", D, 1, "CT"))),
    Profile("Ban Chấp hành Trung ương", "TW", 0.2, (Kind("Nghị quyết", "party", D, 1, "NQ"),)),
    _ministry("Bộ Khoa học và Công nghệ", "BKHCN", 8, ("VP", "KHTC", "PC", "TCCB", "ĐTG", "CNN"), joint=True),
    _ministry("Bộ Thông tin và Truyền thông", "BTTTT", 4, ("CĐSQG", "THH", "ATTT", "VP"), years=(2007, 2025)),
    _ministry("Bộ Tư pháp", "BTP", 2, ("VĐCXDPL", "KTrVB", "VP")),
    _ministry("Bộ Nội vụ", "BNV", 3, ("CCHC", "CCVC", "VTLTNN", "TĐKT"), joint=True),
    _ministry("Bộ Tài chính", "BTC", 3, ("HCSN", "NSNN", "ĐT")),
    _ministry("Bộ Kế hoạch và Đầu tư", "BKHĐT", 2, ("ĐTNN", "KTĐPLT", "QLĐT"), years=(FIRST_YEAR, 2025)),
    Profile("Văn phòng Chính phủ", "VPCP", 3, (Kind("Thông báo", "plain", D, 3, "TB"), Kind("Công văn", "letter", D, 2)),
            units=("KSTT", "KGVX", "TH", "ĐMDN")),
    Profile("Hội đồng nhân dân tỉnh", "HĐND", 4, (Kind("Nghị quyết", "year", N, 3, "NQ"), Kind("Nghị quyết", "plain", A, 2, "NQ")),
            local=True),
    Profile("Ủy ban nhân dân tỉnh", "UBND", 28, (
        Kind("Quyết định", "year", N, 4, "QĐ"), Kind("Quyết định", "plain", A, 10, "QĐ"), Kind("Kế hoạch", "plain", A, 5, "KH"),
        Kind("Chỉ thị", "plain", D, 1, "CT"), Kind("Công văn", "letter", A, 5), Kind("Thông báo", "plain", D, 1.5, "TB"),
        Kind("Báo cáo", "plain", A, 2, "BC"), Kind("Chương trình", "plain", A, 0.5, "CTr"), Kind("Đề án", "plain", A, 0.3, "ĐA"),
        Kind("Tờ trình", "plain", A, 0.5, "TTr"),
    ), units=("KGVX", "KTN", "NC", "TH", "VX"), local=True),
    Profile(AGENCY, "SKHCN", 20, (
        Kind("Quyết định", "plain", A, 5, "QĐ"), Kind("Kế hoạch", "plain", A, 4, "KH"), Kind("Công văn", "letter", A, 8),
        Kind("Thông báo", "plain", D, 1.5, "TB"), Kind("Báo cáo", "plain", A, 2, "BC"), Kind("Hướng dẫn", "plain", A, 1, "HD"),
        Kind("Quy chế", "plain", A, 0.3, "QC"),
    ), units=("VP", "QLKH", "TĐC", "CNTT", "SHTT"), local=True),
)

# --- vocabulary of summaries ------------------------------------------------------------------
LAWS = (
    ("Khoa học và công nghệ", (KHCN,), 2000), ("Chuyển giao công nghệ", (KHCN,), 2006),
    ("Tiêu chuẩn và quy chuẩn kỹ thuật", (TDC,), 2006), ("Đo lường", (TDC,), 2011), ("Chất lượng sản phẩm, hàng hóa", (TDC,), 2007),
    ("Sở hữu trí tuệ", (SHTT,), 2005), ("Công nghệ thông tin", (CNTT,), 2006), ("Giao dịch điện tử", (CNTT, CDS), 2005),
    ("An toàn thông tin mạng", (CNTT,), 2015), ("Tiếp cận thông tin", (TCTT,), 2016),
    ("Ban hành văn bản quy phạm pháp luật", (HCNN,)), ("Cán bộ, công chức", (HCNN,), 2008), ("Viên chức", (HCNN,), 2010),
    ("Đầu tư công", (DT, TC), 2014), ("Ngân sách nhà nước", (TC,)), ("Thi đua, khen thưởng", (TDKT,), 2003), ("Lưu trữ", (VTLT,), 2011),
    ("Dữ liệu", (CDS,), 2024), ("Công nghiệp công nghệ số", (CDS, CNTT), 2025), ("Năng lượng nguyên tử", (KHCN,), 2008),
    ("Tổ chức chính quyền địa phương", (HCNN,), 2015), ("Đầu tư", (DT,), 2005), ("Trí tuệ nhân tạo", (CDS, KHCN), 2025),
    ("Khoa học, công nghệ và đổi mới sáng tạo", (KHCN,), 2025),
)
ORDINANCES = (("Chi phí tố tụng", (HCNN,)), ("Xử lý vi phạm hành chính", (HCNN,)), ("Phí và lệ phí", (TC,)),
              ("Chống tham nhũng", (HCNN,)), ("Quản lý thị trường", (TDC,)))
DOMAINS = (
    ("khoa học và công nghệ", (KHCN,)), ("tiêu chuẩn, đo lường và chất lượng sản phẩm, hàng hóa", (TDC,)),
    ("sở hữu công nghiệp", (SHTT,)), ("năng lượng nguyên tử", (KHCN,)), ("chuyển giao công nghệ", (KHCN,)),
    ("bưu chính, viễn thông, tần số vô tuyến điện, công nghệ thông tin và giao dịch điện tử", (CNTT,)),
    ("văn thư, lưu trữ", (VTLT,)), ("thi đua, khen thưởng", (TDKT,)), ("kế hoạch và đầu tư", (DT,)),
    ("quản lý, sử dụng tài sản công", (TC,), 2017),
)
REGULATIONS = (
    ("quy chế quản lý nhiệm vụ khoa học và công nghệ", (KHCN,)),
    ("quy chế quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh sử dụng ngân sách nhà nước", (KHCN, TC)),
    ("quy định quản lý đo lường trong kinh doanh xăng dầu", (TDC,)),
    ("quy chế phối hợp quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng", (TDC,)),
    ("quy chế hoạt động của Cổng thông tin điện tử", (CNTT, TCTT), 2005),
    ("quy chế bảo đảm an toàn thông tin mạng trong hoạt động của cơ quan nhà nước", (CNTT,), 2010),
    ("quy chế quản lý, vận hành và khai thác Hệ thống thông tin giải quyết thủ tục hành chính", (CCHC, CDS), 2018),
    ("quy chế công tác văn thư, lưu trữ", (VTLT,)),
    ("quy chế thi đua, khen thưởng", (TDKT,)),
    ("quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ", (HCNN,)),
    ("quy định định mức xây dựng và phân bổ dự toán kinh phí đối với nhiệm vụ khoa học và công nghệ có sử dụng "
     "ngân sách nhà nước", (KHCN, TC)),
    ("quy chế quản lý và sử dụng chữ ký số, chứng thư số", (CNTT, CDS), 2008),
    ("quy định về quản lý, bảo vệ và phát triển tài sản trí tuệ", (SHTT,)),
    ("quy chế cung cấp thông tin cho công dân", (TCTT,)),
    ("quy chế quản lý, khai thác và chia sẻ dữ liệu số", (CDS,), 2020),
    ("quy định tiêu chí xác định dự án đầu tư sử dụng công nghệ cao, công nghệ mới", (KHCN, DT), 2008),
    ("quy chế xét tặng giải thưởng khoa học và công nghệ", (KHCN, TDKT)),
    ("quy chế tổ chức và hoạt động của Quỹ phát triển khoa học và công nghệ", (KHCN, TC)),
    ("quy định về thời hạn cập nhật thông tin trên Cổng thông tin điện tử", (TCTT, CNTT), 2011),
    ("quy chế chi tiêu nội bộ", (TC,)),
    ("quy chế văn hóa công sở", (HCNN,)),
    ("quy chế làm việc", (HCNN,)),
)
PLANS = (
    ("kế hoạch chuyển đổi số", (CDS,), 2020),
    ("kế hoạch ứng dụng công nghệ thông tin, phát triển chính quyền số", (CNTT, CDS), 2020),
    ("kế hoạch cải cách hành chính", (CCHC,), 2001),
    ("kế hoạch kiểm tra nhà nước về đo lường, chất lượng", (TDC,)),
    ("kế hoạch phát triển thị trường khoa học và công nghệ", (KHCN,), 2005),
    ("kế hoạch tuyên truyền, phổ biến pháp luật về sở hữu trí tuệ", (SHTT,)),
    ("kế hoạch kiểm tra công tác văn thư, lưu trữ", (VTLT,)),
    ("kế hoạch hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản phẩm, hàng hóa", (TDC,)),
    ("kế hoạch bảo đảm an toàn thông tin mạng", (CNTT,), 2016),
    ("kế hoạch tổ chức phong trào thi đua yêu nước", (TDKT,)),
    ("kế hoạch đầu tư công trung hạn", (DT, TC), 2015),
    ("kế hoạch thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử", (CDS, CCHC), 2022),
    ("chương trình phát triển tài sản trí tuệ", (SHTT,), 2011),
    ("chương trình hỗ trợ phát triển doanh nghiệp khoa học và công nghệ", (KHCN,), 2013),
    ("đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo", (KHCN,), 2016),
)
LISTS = (
    ("danh mục thủ tục hành chính mới ban hành, thủ tục hành chính bị bãi bỏ trong lĩnh vực khoa học và công nghệ",
     (CCHC, KHCN), 2010),
    ("danh mục thủ tục hành chính được chuẩn hóa thuộc phạm vi chức năng quản lý của Sở Khoa học và Công nghệ", (CCHC,), 2010),
    ("danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng", (KHCN,)),
    ("danh mục dịch vụ công trực tuyến toàn trình", (CCHC, CDS), 2021),
    ("danh mục cơ sở dữ liệu dùng chung", (CDS,), 2019),
    ("danh mục thông tin phải công khai", (TCTT,), 2018),
    ("danh mục hồ sơ, tài liệu nộp lưu vào Lưu trữ lịch sử", (VTLT,)),
    ("quy trình nội bộ giải quyết thủ tục hành chính", (CCHC,), 2018),
)
BODIES = (
    ("Hội đồng khoa học và công nghệ tư vấn tuyển chọn tổ chức, cá nhân chủ trì nhiệm vụ", (KHCN,)),
    ("Ban Chỉ đạo chuyển đổi số", (CDS,), 2020), ("Hội đồng Thi đua - Khen thưởng", (TDKT,)),
    ("Tổ công tác cải cách hành chính", (CCHC,), 2008), ("Hội đồng nghiệm thu nhiệm vụ khoa học và công nghệ", (KHCN,)),
    ("Đoàn kiểm tra liên ngành về tiêu chuẩn, đo lường, chất lượng", (TDC,)),
)
TASKS = (
    ("triển khai thực hiện chuyển đổi số", (CDS,), 2020),
    ("tăng cường bảo đảm an toàn thông tin mạng", (CNTT,), 2012),
    ("đẩy mạnh cải cách thủ tục hành chính", (CCHC,)),
    ("nâng cao chất lượng cung cấp dịch vụ công trực tuyến", (CCHC, CDS), 2010),
    ("thực hiện Luật Tiếp cận thông tin", (TCTT,), 2016),
    ("tăng cường kỷ luật, kỷ cương hành chính", (HCNN,)),
    ("đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", (KHCN, CDS), 2025),
    ("tăng cường quản lý đo lường, chất lượng hàng đóng gói sẵn", (TDC,)),
    ("đăng ký, thực hiện nhiệm vụ khoa học và công nghệ", (KHCN,)),
    ("bảo hộ, quản lý và phát triển tài sản trí tuệ", (SHTT,)),
    ("chỉnh lý tài liệu lưu trữ tồn đọng", (VTLT,)),
    ("tổ chức phong trào thi đua", (TDKT,)),
    ("đẩy nhanh giải ngân vốn đầu tư công", (DT, TC), 2015),
    ("lập dự toán ngân sách nhà nước", (TC,)),
    ("cập nhật thông tin trên Cổng thông tin điện tử", (TCTT, CNTT), 2006),
    ("thúc đẩy phát triển doanh nghiệp khoa học và công nghệ", (KHCN,), 2013),
)
NATIONAL_TOPICS = (
    ("cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập", (TC,)), ("công tác văn thư", (VTLT,)),
    ("cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng", (TCTT, CDS), 2011),
    ("thực hiện thủ tục hành chính trên môi trường điện tử", (CCHC, CDS), 2018),
    ("kiểm soát thủ tục hành chính", (CCHC,), 2010),
    ("quản lý đầu tư ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước", (CNTT, DT), 2009),
    ("đầu tư cho khoa học và công nghệ", (KHCN, DT)), ("định danh và xác thực điện tử", (CDS,), 2022),
    ("bảo vệ dữ liệu cá nhân", (CDS,), 2023), ("quản lý nhiệm vụ khoa học và công nghệ quốc gia", (KHCN,)),
    ("đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức", (HCNN,), 2015),
    ("quản lý, sử dụng tài sản công", (TC,), 2017), ("chính sách khuyến khích doanh nghiệp đầu tư cho đổi mới sáng tạo", (KHCN,), 2016),
)
TECHNICAL = (("đồng hồ nước lạnh", (TDC,)), ("cân ô tô", (TDC,)), ("xăng, nhiên liệu điêzen và nhiên liệu sinh học", (TDC,)),
             ("mũ bảo hiểm cho người đi mô tô, xe máy", (TDC,)), ("đồ chơi trẻ em", (TDC,)), ("an toàn bức xạ", (KHCN,)))
COUNCIL_TOPICS = (
    ("mức chi hỗ trợ thực hiện nhiệm vụ khoa học và công nghệ", (KHCN, TC)),
    ("chính sách hỗ trợ doanh nghiệp ứng dụng, chuyển giao công nghệ", (KHCN,)),
    ("mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định hợp đồng chuyển giao công nghệ", (KHCN, TC)),
    ("chính sách thu hút, trọng dụng nhân tài trong lĩnh vực khoa học và công nghệ", (KHCN,)),
    ("nội dung, mức chi cho công tác chuyển đổi số", (CDS, TC), 2021),
)
NATIONAL_RESOLUTIONS = (
    ("kế hoạch phát triển kinh tế - xã hội năm {next}", (DT,)), ("dự toán ngân sách nhà nước năm {next}", (TC,)),
    ("phân bổ ngân sách trung ương năm {next}", (TC,)), ("thí điểm cơ chế, chính sách đặc thù phát triển khoa học và công nghệ", (KHCN,), 2015),
    ("chương trình xây dựng luật, pháp lệnh năm {next}", (HCNN,)),
)
LEADERS = {"local": ("Chủ tịch Ủy ban nhân dân tỉnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh", "Giám đốc Sở"),
           "central": ("Thủ tướng Chính phủ", "Phó Thủ tướng Chính phủ", "Bộ trưởng")}
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
          "Dương", "Lý", "Đinh", "Trương")
MIDDLE = ("Văn", "Thị", "Minh", "Quốc", "Đức", "Thanh", "Hữu", "Ngọc", "Thu", "Xuân", "Công", "Hoài", "Kim", "Anh")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Khánh", "Lan", "Long",
         "Mai", "Nam", "Ngân", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Việt", "Yến")
EXECUTION = {
    "local": "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Khoa học và Công nghệ, Thủ trưởng các sở, ban, ngành "
             "và Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành {this}.",
    "central": "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân "
               "dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành {this}.",
}
BODY_SENTENCES = (
    "Bảo đảm công khai, minh bạch, đúng quy định của pháp luật và phù hợp với điều kiện thực tế của địa phương.",
    "Các cơ quan, đơn vị chủ động bố trí nguồn lực, phân công cán bộ đầu mối và báo cáo kết quả thực hiện định kỳ.",
    "Tăng cường ứng dụng công nghệ thông tin, thực hiện hồ sơ công việc trên môi trường điện tử.",
    "Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các nguồn hợp pháp khác.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh kịp thời để xem xét, giải quyết.",
    "Đẩy mạnh tuyên truyền, nâng cao nhận thức của cán bộ, công chức, viên chức và người dân, doanh nghiệp.",
    "Rà soát, đánh giá kết quả thực hiện, đề xuất sửa đổi, bổ sung cơ chế, chính sách cho phù hợp.",
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
NAMED_TYPES = ("Luật", "Pháp lệnh")  # their summary is their name: never lower-cased when cited


@dataclass
class GenerationResult:
    created: int
    relations: int
    seconds: float

    @property
    def rate(self):
        return self.created / self.seconds if self.seconds else 0.0


@dataclass
class _Entry:
    """An earlier document the generator may cite: enough to write a summary about it."""

    pk: int
    type_name: str
    number: str
    issued: datetime.date
    issuer: str
    summary: str
    field_ids: tuple


class _Pool:
    """Earlier documents under one key, in issue order: those already in the database, then new ones."""

    def __init__(self):
        self.dates, self.entries = [], []
        self.new_dates, self.new_entries = [], []

    def add_existing(self, entry):
        self.dates.append(entry.issued)
        self.entries.append(entry)

    def add_new(self, entry):
        self.new_dates.append(entry.issued)
        self.new_entries.append(entry)

    def pick_before(self, day, rng, recent=False):
        """One issued before ``day``; with ``recent``, among the latest fifth (amendments act on recent texts)."""
        old = bisect.bisect_left(self.dates, day)
        new = bisect.bisect_left(self.new_dates, day)
        total = old + new
        if not total:
            return None
        index = rng.randrange(max(0, total - max(20, total // 5)) if recent else 0, total)
        return self.entries[index] if index < old else self.new_entries[index - old]


def assembly_term(year):
    """The National Assembly's term (khóa) sitting in ``year``: 104/2016/QH13."""
    for last, term in ((1996, 9), (2001, 10), (2006, 11), (2010, 12), (2015, 13), (2020, 14), (2025, 15)):
        if year <= last:
            return term
    return 16


def party_term(year):
    """The Party Central Committee's term: its resolutions are numbered through the term (57-NQ/TW)."""
    for last, term in ((2000, 8), (2005, 9), (2010, 10), (2015, 11), (2020, 12), (2025, 13)):
        if year <= last:
            return term
    return 14


RANKS = (("Quốc hội", 0), ("Ủy ban Thường vụ Quốc hội", 0), ("Chủ tịch nước", 0), ("Chính phủ", 1),
         ("Thủ tướng", 1), ("Văn phòng Chính phủ", 1), ("Bộ ", 2), ("Hội đồng nhân dân", 3), ("Ủy ban nhân dân", 4),
         ("Sở ", 5))


def rank_of(issuer):
    """How high an issuer stands (0: the National Assembly): a document rests on higher ones."""
    for prefix, rank in RANKS:
        if issuer.startswith(prefix):
            return rank
    return 2


def vn_date(day):
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def lower_first(text):
    return text[:1].lower() + text[1:]


def upper_first(text):
    return text[:1].upper() + text[1:]


class _Generator:
    def __init__(self, rng, locale, today):
        self.rng = rng
        self.locale = locale
        self.today = today
        ensure_taxonomies()
        self.types = {t.name: t for t in DocumentType.objects.all()}
        Issuer.objects.get_or_create(name=AGENCY, defaults={"sort_order": 100})
        self.issuers = {i.name: i for i in Issuer.objects.all()}
        self.fields = {f.name: f for f in LegalField.objects.all()}
        self.field_list = list(self.fields.values())
        missing = {p.issuer for p in PROFILES} - set(self.issuers) | {
            k.type_name for p in PROFILES for k in p.kinds} - set(self.types)
        if missing:
            raise RuntimeError(f"Thiếu danh mục: {', '.join(sorted(missing))}")
        self.profile_weights = list(itertools.accumulate(p.weight for p in PROFILES))
        self.signers = {p.issuer: [self.name() for _ in range(rng.randint(3, 6))] for p in PROFILES}
        self.counters = {}
        self.used_slugs = set(LegalDocument.objects.filter(locale=locale).values_list("slug", flat=True))
        self.pools = {}
        self.national_id = rng.randint(10_000, 90_000)
        self.search_text = _SearchText()
        self._load_pools()

    # -- earlier documents -------------------------------------------------------------------
    def _load_pools(self):
        field_ids = {}
        through = LegalDocument.fields.through
        for document_id, field_id in through.objects.filter(legaldocument__locale=self.locale).values_list(
                "legaldocument_id", "legalfield_id").iterator(chunk_size=20_000):
            field_ids.setdefault(document_id, []).append(field_id)
        rows = (LegalDocument.objects.filter(locale=self.locale, live=True).order_by("issued", "pk")
                .values_list("pk", "doc_type__name", "number", "issued", "issuer__name", "summary", "category"))
        for pk, type_name, number, issued, issuer, summary, category in rows.iterator(chunk_size=20_000):
            entry = _Entry(pk, type_name, number, issued, issuer, summary, tuple(field_ids.get(pk, ())))
            for key in self._pool_keys(issuer, type_name, category):
                self.pools.setdefault(key, _Pool()).add_existing(entry)

    @staticmethod
    def _pool_keys(issuer, type_name, category):
        keys = [("same", issuer, type_name, category)]
        if category == N:
            keys += [("normative", rank_of(issuer)), ("type", type_name)]
        return keys

    def remember(self, entry, category):
        for key in self._pool_keys(entry.issuer, entry.type_name, category):
            self.pools.setdefault(key, _Pool()).add_new(entry)

    def earlier(self, key, day, recent=False):
        pool = self.pools.get(key)
        return pool.pick_before(day, self.rng, recent) if pool else None

    def grounds(self, issuer, day):
        """An earlier normative document of a higher rank than ``issuer``: what it is based on."""
        ranks = list(range(rank_of(issuer)))
        self.rng.shuffle(ranks)
        for rank in ranks:
            found = self.earlier(("normative", rank), day)
            if found is not None:
                return found
        return None

    # -- pieces ----------------------------------------------------------------------------
    def name(self):
        rng = self.rng
        middle = rng.choice(MIDDLE) if rng.random() < 0.7 else " ".join(rng.sample(MIDDLE, 2))
        return f"{rng.choice(FAMILY)} {middle} {rng.choice(GIVEN)}"

    def dates(self, count):
        """``count`` issue dates from 1995 to today, more of them in recent years, in order."""
        rng, today = self.rng, self.today
        years = list(range(FIRST_YEAR, today.year + 1))
        weights = [1 + (year - FIRST_YEAR) * 0.15 for year in years]
        days = []
        for year in rng.choices(years, weights, k=count):
            last = today if year == today.year else datetime.date(year, 12, 31)
            start = min(datetime.date(year, 1, 2), last)
            days.append(start + datetime.timedelta(days=rng.randrange(max((last - start).days, 0) + 1)))
        days.sort()
        return days

    def choose(self, day):
        """(profile, kind) of a document issued on ``day``."""
        rng = self.rng
        while True:
            profile = rng.choices(PROFILES, cum_weights=self.profile_weights)[0]
            if not profile.years[0] <= day.year <= profile.years[1]:
                continue
            kinds = [k for k in profile.kinds if day.year <= k.until]
            return profile, rng.choices(kinds, [k.weight for k in kinds])[0]

    def number(self, profile, kind, day):
        """The next free number of this issuer and kind in that year (or term)."""
        rng, year = self.rng, day.year
        if kind.form == "law":
            series, step = (profile.code, "", year), 2
        elif kind.form == "party":
            series, step = (profile.code, kind.type_code, party_term(year)), 2
        elif kind.form == "year":
            series, step = (profile.code, kind.type_code, year), 3
        else:
            series, step = (profile.code, kind.type_code or "letter", year), 25
        while True:
            value = self.counters.get(series, rng.randint(0, 4)) + rng.randint(1, step)
            self.counters[series] = value
            text = self.format_number(profile, kind, year, value)
            parsed = parse_number(text)
            slug = document_slug(parsed, day)
            if slug not in self.used_slugs:
                self.used_slugs.add(slug)
                return parsed

    def format_number(self, profile, kind, year, value):
        short = f"{value:02d}"
        if kind.form == "law":
            return f"{short}/{year}/{profile.code}{assembly_term(year)}"
        if kind.form == "party":
            return f"{value}-{kind.type_code}/{profile.code}"
        if kind.form == "year":
            # A joint circular names both ministries: 12/2015/TTLT-BKHCN-BNV.
            issuer = f"{profile.code}-{'BTC' if profile.code == 'BNV' else 'BNV'}" if kind.type_code == "TTLT" else profile.code
            return f"{short}/{year}/{kind.type_code}-{issuer}"
        if kind.form == "letter":
            return f"{value}/{profile.code}-{self.rng.choice(profile.units)}"
        return f"{value}/{kind.type_code}-{profile.code}"

    def qualifier(self, profile, year):
        rng = self.rng
        roll = rng.random()
        if roll < 0.35:
            text = f" năm {year if rng.random() < 0.6 else year + 1}"
        elif roll < 0.6:
            start = year - (year - 1) % 5  # five-year plans: 2016-2020, 2021-2025
            text = f" giai đoạn {start}-{start + 4}" if rng.random() < 0.7 else f" giai đoạn {year}-{year + 2}"
        else:
            text = ""
        if profile.local and rng.random() < 0.4:
            text += " trên địa bàn tỉnh"
        return text

    def summary(self, profile, kind, day):
        """(summary, field names) of a document that acts on no other."""
        rng, year, type_name = self.rng, day.year, kind.type_name

        def pick(items):
            """One of ``items`` that existed in ``year`` (a third element, when there, is the first year)."""
            return rng.choice([item for item in items if not isinstance(item, tuple) or len(item) < 3
                               or item[2] <= year])[:2] if isinstance(items[0], tuple) else rng.choice(items)
        if type_name == "Luật":
            subject, fields = pick(LAWS)
            return f"Luật {subject}", fields
        if type_name == "Pháp lệnh":
            subject, fields = pick(ORDINANCES)
            return f"Pháp lệnh {subject}", fields
        if type_name == "Nghị quyết" and kind.form == "law":
            subject, fields = pick(NATIONAL_RESOLUTIONS)
            return "Về " + subject.format(next=year + 1), fields
        if type_name == "Nghị định":
            roll = rng.random()
            if roll < 0.35:
                subject, fields = pick(LAWS)
                return f"Quy định chi tiết một số điều của Luật {subject}", fields
            if roll < 0.55:
                subject, fields = pick(DOMAINS)
                return f"Quy định xử phạt vi phạm hành chính trong lĩnh vực {subject}", fields
            subject, fields = pick(NATIONAL_TOPICS)
            return f"Quy định về {subject}", fields
        if type_name in ("Thông tư", "Thông tư liên tịch"):
            roll = rng.random()
            if roll < 0.25:
                subject, fields = pick(TECHNICAL)
                return f"Ban hành Quy chuẩn kỹ thuật quốc gia về {subject}", fields
            subject, fields = pick(NATIONAL_TOPICS)
            return (f"Hướng dẫn {subject}" if roll < 0.6 else f"Quy định về {subject}"), fields
        if type_name == "Nghị quyết" and profile.code == "HĐND":
            if kind.category == N:
                subject, fields = pick(COUNCIL_TOPICS)
                return f"Quy định {subject} trên địa bàn tỉnh", fields
            subject, fields = pick(PLANS)
            return f"Thông qua {subject}{self.qualifier(profile, year)}", fields
        if type_name == "Nghị quyết" and profile.code == "CP" and kind.category != N and rng.random() < 0.4:
            return f"Phiên họp Chính phủ thường kỳ tháng {rng.randint(1, 12)} năm {year}", (HCNN,)
        if type_name == "Quyết định":
            if profile.code == "CTN":
                return pick((("Về việc cho nhập quốc tịch Việt Nam", (HCNN,)),
                             ("Về việc tặng thưởng Huân chương Lao động", (TDKT,))))
            roll = rng.random()
            if kind.category == N or roll < 0.25:
                subject, fields = pick(REGULATIONS)
                return f"Ban hành {subject}", fields
            if roll < 0.6:
                subject, fields = pick(PLANS)
                return f"Phê duyệt {subject}{self.qualifier(profile, year)}", fields
            if roll < 0.85:
                subject, fields = pick(LISTS)
                return f"{pick(('Công bố', 'Phê duyệt', 'Ban hành'))} {subject}", fields
            subject, fields = pick(BODIES)
            return f"{pick(('Thành lập', 'Kiện toàn'))} {subject}", fields
        if type_name == "Quy chế":
            subject, fields = pick([r for r in REGULATIONS if r[0].startswith("quy chế")])
            return upper_first(subject), fields
        if type_name in ("Kế hoạch", "Chương trình", "Đề án"):
            if rng.random() < 0.5:
                subject, fields = pick(PLANS)
                rest = subject.split(" ", 2)[2] if subject.startswith(("kế hoạch", "chương trình")) else subject
                return upper_first(rest) + self.qualifier(profile, year), fields
            subject, fields = pick(TASKS)
            return f"{upper_first(subject)}{self.qualifier(profile, year)}", fields
        subject, fields = pick(TASKS)
        if type_name == "Công văn":
            return f"V/v {subject}", fields
        if type_name == "Chỉ thị" or type_name == "Nghị quyết":
            return f"{pick(('Về việc', 'Về'))} {subject}", fields
        if type_name == "Thông báo":
            leader = pick(LEADERS["local" if profile.local else "central"])
            return f"Kết luận của {leader} tại cuộc họp về {subject}", fields
        if type_name == "Báo cáo":
            period = pick((f"năm {year}", f"6 tháng đầu năm {year}", f"quý {rng.randint(1, 4)} năm {year}"))
            return f"{pick(('Kết quả', 'Tình hình'))} {subject} {period}", fields
        if type_name == "Tờ trình":
            regulation, fields = pick(REGULATIONS)
            return f"Đề nghị ban hành {regulation}", fields
        return f"{pick(('Thực hiện', 'Hướng dẫn'))} {subject}", fields  # Hướng dẫn

    def cite(self, target):
        """``Quyết định số 09/2021/QĐ-UBND ngày 15/03/2021 của Ủy ban nhân dân tỉnh ban hành ...``"""
        if target.type_name in NAMED_TYPES:
            return f"{target.summary} số {target.number}"
        text = f"{target.type_name} số {target.number} ngày {vn_date(target.issued)} của {target.issuer}"
        if len(target.summary) < 160:
            text += f" {lower_first(target.summary)}"
        return text

    def relations(self, profile, kind, day):
        """[(relation kind, target)] of a new document: about a fifth have one, some two."""
        rng = self.rng
        if rng.random() >= RELATED_SHARE:
            return []
        type_name = kind.type_name
        options = []
        same = ("same", profile.issuer, type_name, kind.category)
        if type_name not in ("Công văn", "Báo cáo", "Thông báo", "Tờ trình"):
            options += [(RelationKind.AMENDS, same, 3), (RelationKind.REPLACES, same, 2)]
            if type_name in ("Quyết định", "Nghị quyết", "Nghị định", "Thông tư"):
                options.append((RelationKind.REPEALS, same, 1))
        guided = {"Nghị định": ("type", "Luật"), "Thông tư": ("type", "Nghị định"),
                  "Thông tư liên tịch": ("type", "Nghị định")}.get(type_name)
        if guided is None and type_name in ("Kế hoạch", "Hướng dẫn", "Công văn", "Chỉ thị"):
            guided = "grounds"  # carries out a higher body's document
        if guided:
            options.append((RelationKind.GUIDES, guided, 2))
        if rank_of(profile.issuer) > 0:
            options.append((RelationKind.BASED_ON, "grounds", 5))
        if not options:
            return []
        relation, key, _weight = rng.choices(options, [o[2] for o in options])[0]
        if key == "grounds":
            target = self.grounds(profile.issuer, day)
        else:
            target = self.earlier(key, day, recent=True)  # amendments and guidance follow recent texts
        chosen = [(relation, target)] if target else []
        if chosen and relation != RelationKind.BASED_ON and rng.random() < 0.3:  # and the grounds it rests on
            grounds = self.grounds(profile.issuer, day)
            if grounds is not None and grounds.pk != target.pk:
                chosen.append((RelationKind.BASED_ON, grounds))
        return chosen

    def acted_summary(self, relation, target, profile, kind):
        """The summary of a document that amends, replaces, repeals or guides ``target``."""
        cited = self.cite(target)
        if relation == RelationKind.AMENDS:
            if kind.type_name in NAMED_TYPES:
                return f"{kind.type_name} sửa đổi, bổ sung một số điều của {target.summary}"
            return f"Sửa đổi, bổ sung một số điều của {cited}"
        if relation == RelationKind.REPLACES:
            # The new version of the same text, unless the old summary was dated or itself an amendment.
            return None if target.summary.startswith(("Sửa đổi", "Bãi bỏ")) or YEAR.search(target.summary) \
                else target.summary
        if relation == RelationKind.REPEALS:
            return f"Bãi bỏ {cited}"
        if relation == RelationKind.GUIDES:
            if kind.type_name == "Nghị định":
                return f"Quy định chi tiết một số điều và biện pháp thi hành {cited}"
            if kind.type_name.startswith("Thông tư"):
                return f"Hướng dẫn thi hành một số điều của {cited}"
            prefix = "V/v triển khai" if kind.type_name == "Công văn" else "Triển khai"
            return f"{prefix} thực hiện {cited}"
        return None

    def full_text(self, profile, kind, summary, issued, effective, relations):
        """The text of about half the documents: grounds, articles, who carries it out."""
        rng = self.rng
        this = f"{kind.type_name} này"
        lines = []
        if profile.local:
            lines.append("Căn cứ Luật Tổ chức chính quyền địa phương;")
        for relation, target in relations:
            if relation in (RelationKind.BASED_ON, RelationKind.GUIDES):
                lines.append(f"Căn cứ {self.cite(target)};")
        if kind.category == N or kind.type_name == "Quyết định":
            lines.append(f"Điều 1. {summary}.")
            effect = (f"{this} có hiệu lực kể từ ngày {vn_date(effective)}" if effective and effective != issued
                      else f"{this} có hiệu lực kể từ ngày ký")
            for relation, target in relations:
                if relation == RelationKind.REPLACES:
                    effect += f" và thay thế {target.type_name} số {target.number}"
                elif relation == RelationKind.REPEALS:
                    effect += f"; bãi bỏ {target.type_name} số {target.number}"
            lines.append(f"Điều 2. {effect}.")
            lines.append("Điều 3. " + EXECUTION["local" if profile.local else "central"].format(this=this))
        else:
            lines.append(summary + ".")
            lines.extend(rng.sample(BODY_SENTENCES, rng.randint(2, 4)))
        return "\n".join(lines)

    def published_at(self, issued):
        """When the document went on the portal: a few days after it was issued, in office hours."""
        rng = self.rng
        day = issued + datetime.timedelta(days=rng.randint(0, 10))
        moment = datetime.datetime.combine(day, datetime.time(rng.randint(7, 17), rng.randrange(60)))
        aware = timezone.make_aware(moment)
        return min(aware, timezone.now())

    def document(self, day):
        """One unsaved LegalDocument issued on ``day``, with its field ids and relations."""
        rng = self.rng
        profile, kind = self.choose(day)
        parsed = self.number(profile, kind, day)
        relations = self.relations(profile, kind, day)
        summary = fields = None
        for relation, target in relations:
            summary = self.acted_summary(relation, target, profile, kind)
            if summary:  # about the same subject as the document it acts on
                fields = list(target.field_ids) or [rng.choice(self.field_list).pk]
                break
        if not summary:
            summary, field_names = self.summary(profile, kind, day)
            fields = [self.fields[name].pk for name in field_names if name in self.fields]
        if rng.random() < 0.15:  # a second field now and then
            fields = list(dict.fromkeys([*fields, rng.choice(self.field_list).pk]))
        summary = to_nfc(summary)

        if kind.type_name == "Luật":  # in force on 1 January or 1 July after it is passed
            effective = datetime.date(day.year + 1, 1, 1) if day.month > 6 else datetime.date(day.year + 1, 7, 1)
        elif kind.category == N:
            effective = day + datetime.timedelta(days=rng.randint(10, 60))
        else:
            effective = day if rng.random() < 0.7 else None
        expires = None
        start = effective or day
        if kind.type_name in ("Kế hoạch", "Chương trình") and rng.random() < 0.3:
            expires = datetime.date(day.year + 1, 12, 31)
        elif rng.random() < 0.06:
            expires = start + datetime.timedelta(days=rng.randint(365, 3650))
        override = "partly_expired" if kind.category == N and rng.random() < 0.01 else ""
        signer = rng.choice(self.signers[profile.issuer])
        full_text = self.full_text(profile, kind, summary, day, effective, relations) if rng.random() < 0.5 else ""
        national_db_url = national_db_id = ""
        if kind.category == N and rng.random() < 0.4:
            self.national_id += rng.randint(1, 9)
            national_db_id = str(self.national_id)
            national_db_url = f"https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID={national_db_id}"
        published = self.published_at(day)
        document = LegalDocument(
            translation_key=uuid.uuid4(),
            locale=self.locale,
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=published,
            number=parsed.text,
            slug=document_slug(parsed, day),
            number_year=parsed.year,
            doc_type=self.types[kind.type_name],
            issuer=self.issuers[profile.issuer],
            signer=signer,
            issued=day,
            effective=effective,
            expires=expires,
            validity_override=override,
            summary=summary,
            category=kind.category,
            full_text=full_text,
            national_db_id=national_db_id,
            national_db_url=national_db_url,
            # Exactly what LegalDocument.save() stores.
            search_document=self.search_text(parsed.text, summary, signer, full_text),
        )
        return document, tuple(fields), relations, profile, kind


class _SearchText:
    """``home.text.index_text(*texts)`` with each word's folded form and exact key computed once.

    The generator's vocabulary is small, so caching per word makes the most expensive step of a
    document about five times faster. The result is the very string ``index_text`` gives: the
    first document of every batch is checked against it, and so is every one in the tests.
    """

    def __init__(self):
        self.cache = {}

    def __call__(self, *texts):
        folded, keys = [], []
        cache = self.cache
        for text in texts:
            if not text:
                continue
            for token in words(text):
                known = cache.get(token)
                if known is None:
                    key = exact_key(token)
                    known = cache[token] = (fold(token), None if key.isdigit() else key)
                folded.append(known[0])
                if known[1] is not None:
                    keys.append(known[1])
        return " ".join(folded + keys)


def _search_vector(document):
    """The tsvector home.fulltext.update_search_vector stores, as an expression of the INSERT.

    Computed in the INSERT rather than by an UPDATE of the batch afterwards: an UPDATE leaves a
    dead copy of every row (100,000 generated documents made a 243 MB table of which half was
    dead tuples until autovacuum came, and no index-only scans); the expression costs nothing more.
    """
    return SearchVector(Value(document.search_document), config="simple")


def _index_site_search(documents):
    from wagtail.search.backends import get_search_backends

    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(LegalDocument, documents)


def generate_documents(count, seed=None, batch_size=DEFAULT_BATCH, locale=None, site_search=False, progress=None):
    """Create ``count`` published documents; return a :class:`GenerationResult`.

    ``seed`` makes the content reproducible (numbers still skip those already in the database,
    so running again with another seed, or the same one, only adds). ``site_search`` also adds
    them to the site-wide search index (about five times slower). ``progress(done, count)`` is
    called after each batch.
    """
    started = time.monotonic()
    rng = random.Random(seed)
    if locale is None:
        locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    generator = _Generator(rng, locale, timezone.localdate())
    days = generator.dates(count)
    through = LegalDocument.fields.through
    created = relation_count = 0
    for offset in range(0, count, batch_size):
        rows = [generator.document(day) for day in days[offset:offset + batch_size]]
        documents = [row[0] for row in rows]
        first = documents[0]
        if first.search_document != index_text(first.number, first.summary, first.signer, first.full_text):
            raise RuntimeError("search_document khác home.text.index_text: sửa documents.generate._SearchText.")
        if connection.vendor == "postgresql":
            for document in documents:
                document.search_vector = _search_vector(document)
        with transaction.atomic():
            LegalDocument.objects.bulk_create(documents)
            if any(document.pk is None for document in documents):  # databases without RETURNING
                keys = dict(LegalDocument.objects.filter(
                    translation_key__in=[d.translation_key for d in documents], locale=locale
                ).values_list("translation_key", "pk"))
                for document in documents:
                    document.pk = keys[document.translation_key]
            links, relations = [], []
            for document, field_ids, acts_on, profile, kind in rows:
                links += [through(legaldocument_id=document.pk, legalfield_id=field_id) for field_id in field_ids]
                relations += [DocumentRelation(source_id=document.pk, kind=relation, target_id=target.pk, sort_order=order)
                              for order, (relation, target) in enumerate(acts_on)]
                generator.remember(_Entry(document.pk, kind.type_name, document.number, document.issued,
                                          profile.issuer, document.summary, field_ids), kind.category)
            through.objects.bulk_create(links)
            DocumentRelation.objects.bulk_create(relations)
            for document in documents:
                document.search_vector = None  # stored; the expression is no value to keep on the instance
            if site_search:
                _index_site_search(documents)
        created += len(documents)
        relation_count += len(relations)
        if progress:
            progress(created, count)
    if connection.vendor == "postgresql" and count:
        # Fresh statistics, or the planner guesses from an empty table; outside a transaction also
        # VACUUM, which sets the visibility map that index-only scans (counts of facets) need.
        command = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
        with connection.cursor() as cursor:
            for model in (LegalDocument, through, DocumentRelation):
                cursor.execute(f"{command} {model._meta.db_table}")
    invalidate_register_counts()  # bulk writes send no signals: the cached facet counts must go
    return GenerationResult(created, relation_count, time.monotonic() - started)


# The columns of an agency's register, as documents/importing.py reads them (docs: import_documents).
REGISTER_COLUMNS = ("Số ký hiệu", "Loại văn bản", "Cơ quan ban hành", "Người ký", "Ngày ban hành", "Ngày hiệu lực",
                    "Ngày hết hiệu lực", "Trích yếu", "Lĩnh vực", "Tình trạng hiệu lực", "Nhóm",
                    "Liên kết CSDL quốc gia", "Mã CSDL quốc gia", "Căn cứ", "Sửa đổi", "Thay thế", "Hướng dẫn", "Bãi bỏ")
RELATION_COLUMNS = {RelationKind.BASED_ON: "Căn cứ", RelationKind.AMENDS: "Sửa đổi", RelationKind.REPLACES: "Thay thế",
                    RelationKind.GUIDES: "Hướng dẫn", RelationKind.REPEALS: "Bãi bỏ"}


def register_rows(count, seed=None, locale=None):
    """``count`` rows of a register (dicts keyed by REGISTER_COLUMNS) of documents the library does
    not have yet, as realistic as generated ones; their relations cite documents already in the
    library. Nothing is written but the taxonomies. For measuring imports (bench/)."""
    rng = random.Random(seed)
    if locale is None:
        locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    generator = _Generator(rng, locale, timezone.localdate())
    field_names = {field.pk: field.name for field in generator.field_list}
    rows = []
    for day in generator.dates(count):
        document, field_ids, relations, profile, kind = generator.document(day)
        row = {
            "Số ký hiệu": document.number, "Loại văn bản": kind.type_name, "Cơ quan ban hành": profile.issuer,
            "Người ký": document.signer, "Ngày ban hành": vn_date(document.issued),
            "Ngày hiệu lực": vn_date(document.effective) if document.effective else "",
            "Ngày hết hiệu lực": vn_date(document.expires) if document.expires else "",
            "Trích yếu": document.summary, "Lĩnh vực": "; ".join(field_names[pk] for pk in field_ids),
            "Tình trạng hiệu lực": "Hết hiệu lực một phần" if document.validity_override else "",
            "Nhóm": Category(document.category).label, "Liên kết CSDL quốc gia": document.national_db_url,
            "Mã CSDL quốc gia": document.national_db_id,
        }
        for relation, target in relations:
            column = RELATION_COLUMNS[relation]
            # A number without a year names one document only with its date, as documents cite it.
            cited = target.number
            if parse_number(target.number).year is None:
                cited += f" ngày {vn_date(target.issued)}"
            row[column] = "; ".join(filter(None, [row.get(column, ""), cited]))
        rows.append(row)
    return rows
