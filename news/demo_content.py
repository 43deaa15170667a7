"""Nội dung minh họa cho ``setup_portal --demo``: tin, bài của một sở giả định.

Cơ quan “Sở Khoa học và Công nghệ tỉnh Bình An”, tỉnh Bình An, các đơn vị, con người, doanh nghiệp,
hợp tác xã, số liệu và văn bản của tỉnh (quyết định, nghị quyết, thông báo) đều là hư cấu; các luật,
nghị định, nghị quyết và cơ quan trung ương được nhắc đến là có thật. Nội dung được viết cho thời điểm
cuối tháng 11/2026; ``days_ago`` là số ngày từ khi sự kiện diễn ra đến ngày nạp dữ liệu mẫu.

Mỗi phần tử của ARTICLES gồm: section (đường dẫn mục tin), slug, title, lead (sapo), paragraphs,
author, source (None hoặc (tên nguồn, địa chỉ)), tags, days_ago, image và quote (None hoặc
(câu trích dẫn, người phát biểu)).
"""

ARTICLES = [
    # tin-tuc/hoat-dong-noi-bo
    {
        "section": "tin-tuc/hoat-dong-noi-bo",
        "slug": "hoi-nghi-tong-ket-cong-tac-nam-2026",
        "title": "Sở Khoa học và Công nghệ tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027",
        "lead": (
            "Sở Khoa học và Công nghệ tỉnh Bình An tổ chức Hội nghị tổng kết công tác năm 2026 và triển khai nhiệm vụ, "
            "kế hoạch năm 2027. Ông Nguyễn Văn Thành, Giám đốc Sở chủ trì hội nghị."
        ),
        "paragraphs": [
            (
                "Năm 2026, ngành khoa học và công nghệ tỉnh triển khai 46 nhiệm vụ khoa học và công nghệ cấp tỉnh, "
                "trong đó có 18 nhiệm vụ mở mới; tổ chức nghiệm thu 15 nhiệm vụ, 13 nhiệm vụ được xếp loại khá trở "
                "lên. Nhiều kết quả nghiên cứu đã được chuyển giao cho doanh nghiệp, hợp tác xã và các xã trong tỉnh, "
                "tập trung vào nông nghiệp công nghệ cao, y dược và chuyển đổi số. Tổng kinh phí sự nghiệp khoa học và "
                "công nghệ được giao trong năm là 68,4 tỷ đồng; tính đến ngày 15/11/2026, tỷ lệ giải ngân đạt 82,6%."
            ),
            (
                "Công tác quản lý tiêu chuẩn, đo lường, chất lượng tiếp tục được tăng cường. Chi cục Tiêu chuẩn Đo "
                "lường Chất lượng đã kiểm định 12.350 phương tiện đo, kiểm tra 214 cơ sở kinh doanh xăng dầu, vàng "
                "trang sức và hàng đóng gói sẵn; Thanh tra Sở xử phạt 11 trường hợp vi phạm với tổng số tiền 186,5 "
                "triệu đồng. Về sở hữu trí tuệ, toàn tỉnh có 126 đơn đăng ký sở hữu công nghiệp được nộp, 9 hợp tác xã "
                "được hỗ trợ xác lập quyền đối với nhãn hiệu tập thể; số doanh nghiệp khoa học và công nghệ tăng lên "
                "14 doanh nghiệp."
            ),
            (
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: còn 9 nhiệm vụ chậm tiến độ, nguồn "
                "lực xã hội đầu tư cho khoa học và công nghệ còn thấp, việc thương mại hóa kết quả nghiên cứu chưa "
                "nhiều. Một số quy trình nội bộ chưa được cập nhật kịp thời sau khi sắp xếp tổ chức bộ máy."
            ),
            (
                "Năm 2027, Sở xác định các nhiệm vụ trọng tâm: tiếp tục cụ thể hóa Nghị quyết số 57-NQ/TW ngày "
                "22/12/2024 của Bộ Chính trị; triển khai 22 nhiệm vụ đặt hàng mới theo danh mục đã được Ủy ban nhân "
                "dân tỉnh phê duyệt; tổ chức Techfest Bình An 2027; phấn đấu có thêm 3 doanh nghiệp khoa học và công "
                "nghệ và nâng tỷ lệ hồ sơ trực tuyến toàn trình lên trên 90%. Dịp này, Giám đốc Sở tặng Giấy khen cho "
                "6 tập thể và 19 cá nhân có thành tích xuất sắc trong năm."
            ),
        ],
        "author": "Văn phòng Sở",
        "source": None,
        "tags": ["nhiệm vụ khoa học", "nghị quyết 57", "đổi mới sáng tạo"],
        "days_ago": 1,
        "image": True,
        "quote": (
            (
                "Năm 2027 phải là năm chuyển mạnh từ “giao nhiệm vụ” sang “đặt hàng theo kết quả”: mỗi đề tài được "
                "duyệt phải có địa chỉ ứng dụng cụ thể và đơn vị sử dụng kết quả cam kết ngay từ đầu."
            ),
            "Ông Nguyễn Văn Thành, Giám đốc Sở Khoa học và Công nghệ",
        ),
    },
    {
        "section": "tin-tuc/hoat-dong-noi-bo",
        "slug": "tap-huan-chuyen-doi-so-cho-cong-chuc-vien-chuc",
        "title": "Tập huấn kỹ năng số và ứng dụng trí tuệ nhân tạo cho công chức, viên chức của Sở",
        "lead": (
            "Sở Khoa học và Công nghệ vừa tổ chức lớp tập huấn chuyển đổi số trong 3 ngày cho 85 công chức, viên chức "
            "và người lao động của Văn phòng Sở, các phòng chuyên môn và đơn vị trực thuộc."
        ),
        "paragraphs": [
            (
                "Lớp tập huấn do Trung tâm Thông tin và Thống kê khoa học và công nghệ phối hợp với giảng viên Trường "
                "Đại học Bình An thực hiện. Nội dung gồm: sử dụng chữ ký số và hệ thống quản lý văn bản điều hành; "
                "khai thác Cổng dịch vụ công và hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; bảo đảm an "
                "toàn thông tin khi làm việc trên môi trường mạng; ứng dụng trí tuệ nhân tạo tạo sinh để tóm tắt tài "
                "liệu, hỗ trợ soạn thảo văn bản."
            ),
            (
                "Mỗi học viên được thực hành trên tài khoản của mình, xử lý hồ sơ mẫu từ khâu tiếp nhận đến trả kết "
                "quả. Ở chuyên đề an toàn thông tin, giảng viên mô phỏng các tình huống thư điện tử giả mạo, đường dẫn "
                "độc hại thường gặp và hướng dẫn cách nhận diện, báo cáo sự cố."
            ),
            (
                "Giảng viên lưu ý công cụ trí tuệ nhân tạo chỉ đóng vai trò hỗ trợ. Công chức phải kiểm tra lại nội "
                "dung, chịu trách nhiệm về văn bản tham mưu và tuyệt đối không đưa tài liệu mật, dữ liệu cá nhân lên "
                "các nền tảng công cộng."
            ),
            (
                "Kết thúc lớp học, 100% học viên hoàn thành bài kiểm tra cuối khóa, trong đó 71 người đạt loại giỏi. "
                "Lớp tập huấn nằm trong Kế hoạch chuyển đổi số năm 2026 của Sở, hướng tới mục tiêu 100% văn bản đi, "
                "đến được xử lý trên môi trường điện tử và ký số."
            ),
        ],
        "author": "Hoài Nam",
        "source": None,
        "tags": ["chuyển đổi số", "cải cách hành chính"],
        "days_ago": 19,
        "image": True,
        "quote": (
            (
                "Kỹ năng số giờ đây là kỹ năng bắt buộc của người công chức. Sau lớp học này, mỗi phòng, đơn vị phải "
                "có ít nhất một người làm đầu mối hỗ trợ đồng nghiệp trong công việc hằng ngày."
            ),
            "Ông Lê Quang Huy, Phó Giám đốc Sở Khoa học và Công nghệ",
        ),
    },
    {
        "section": "tin-tuc/hoat-dong-noi-bo",
        "slug": "dua-vao-su-dung-phong-thi-nghiem-nuoi-cay-mo",
        "title": (
            "Đưa vào sử dụng phòng thí nghiệm nuôi cấy mô và phân tích vi sinh tại Trung tâm Ứng dụng tiến bộ khoa học "
            "và công nghệ"
        ),
        "lead": (
            "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh vừa đưa vào vận hành phòng thí nghiệm mới với tổng "
            "mức đầu tư 9,8 tỷ đồng, nâng công suất sản xuất cây giống sạch bệnh lên 500.000 cây mỗi năm."
        ),
        "paragraphs": [
            (
                "Công trình có diện tích sàn 420 m², gồm khu nuôi cấy mô tế bào thực vật, phòng phân tích vi sinh và "
                "khu vườn ươm cây giống. Nguồn vốn đầu tư từ ngân sách tỉnh dành cho tăng cường tiềm lực khoa học và "
                "công nghệ giai đoạn 2021–2025; công trình được khởi công từ tháng 3/2025."
            ),
            (
                "Phòng thí nghiệm được trang bị tủ cấy vô trùng, nồi hấp tiệt trùng, phòng nuôi cấy điều khiển nhiệt "
                "độ, ánh sáng tự động cùng thiết bị định danh vi sinh vật. Trước mắt, Trung tâm tập trung nhân giống "
                "chuối tiêu hồng, hoa lan, một số cây dược liệu bản địa và sản xuất chế phẩm vi sinh xử lý phụ phẩm "
                "nông nghiệp."
            ),
            (
                "Trung tâm đang hoàn thiện hệ thống quản lý theo TCVN ISO/IEC 17025:2017 để đăng ký công nhận năng lực "
                "phòng thử nghiệm đối với 12 chỉ tiêu vi sinh trong năm 2027. Khi được công nhận, kết quả phân tích "
                "của phòng thí nghiệm có thể phục vụ các hợp tác xã, chủ thể OCOP trong việc công bố chất lượng sản "
                "phẩm."
            ),
            (
                "Phát biểu tại buổi lễ, bà Trần Thị Minh Hà, Phó Giám đốc Sở đề nghị Trung tâm sớm ban hành quy chế "
                "khai thác thiết bị, mở cửa phòng thí nghiệm cho sinh viên, các nhóm nghiên cứu và doanh nghiệp khởi "
                "nghiệp cùng sử dụng, tránh để thiết bị hoạt động dưới công suất. Bà cũng đề nghị Trung tâm công khai "
                "bảng giá dịch vụ phân tích, ưu tiên hỗ trợ các hợp tác xã trong tỉnh."
            ),
        ],
        "author": "Ngọc Diệp",
        "source": None,
        "tags": ["phòng thí nghiệm", "nông nghiệp công nghệ cao"],
        "days_ago": 36,
        "image": True,
        "quote": (
            (
                "Mỗi năm tỉnh cần khoảng 1,2 triệu cây giống chuối, dược liệu sạch bệnh nhưng phần lớn phải mua từ nơi "
                "khác. Phòng thí nghiệm này giúp chúng tôi chủ động được gần một nửa nhu cầu đó."
            ),
            "Bà Võ Thị Thu Hằng, Giám đốc Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
        ),
    },
    {
        "section": "tin-tuc/hoat-dong-noi-bo",
        "slug": "giam-doc-so-doi-thoai-voi-cong-chuc-vien-chuc",
        "title": "Giám đốc Sở đối thoại với công chức, viên chức và người lao động năm 2026",
        "lead": (
            "Thực hiện Luật Thực hiện dân chủ ở cơ sở, Sở Khoa học và Công nghệ tổ chức hội nghị đối thoại giữa Giám "
            "đốc Sở với công chức, viên chức và người lao động; hội nghị nhận được 14 ý kiến, kiến nghị."
        ),
        "paragraphs": [
            (
                "Hội nghị do ông Nguyễn Văn Thành, Giám đốc Sở chủ trì, với sự tham dự của các Phó Giám đốc Sở, Chủ "
                "tịch Công đoàn cơ sở và hơn 120 công chức, viên chức, người lao động. Trước hội nghị, Công đoàn cơ sở "
                "đã tổng hợp ý kiến từ các phòng, đơn vị và hộp thư góp ý điện tử của Sở."
            ),
            (
                "Các ý kiến tập trung vào việc bố trí vị trí việc làm sau khi sắp xếp tổ chức bộ máy, chế độ phụ cấp "
                "đối với viên chức làm công tác kiểm định, thử nghiệm, việc cử đi đào tạo sau đại học và cải thiện "
                "điều kiện làm việc tại trụ sở Chi cục Tiêu chuẩn Đo lường Chất lượng. Một số ý kiến đề nghị rút ngắn "
                "thời gian xử lý hồ sơ thanh toán công tác phí và thống nhất mẫu báo cáo giữa các phòng."
            ),
            (
                "Giám đốc Sở và lãnh đạo các phòng chuyên môn đã trả lời trực tiếp 11 ý kiến tại hội nghị; 3 ý kiến "
                "liên quan đến chế độ, chính sách thuộc thẩm quyền cấp trên được Sở ghi nhận, tổng hợp gửi Sở Nội vụ. "
                "Đối với việc sửa chữa phòng làm việc của Chi cục, Giám đốc Sở giao Phòng Kế hoạch – Tài chính bố trí "
                "kinh phí trong dự toán năm 2027."
            ),
            (
                "Kết luận hội nghị, Giám đốc Sở ghi nhận tinh thần thẳng thắn, xây dựng của các ý kiến. Văn phòng Sở "
                "được giao theo dõi, đôn đốc việc giải quyết các kiến nghị và thông báo kết quả đến toàn thể công "
                "chức, viên chức, người lao động trước ngày 31/12/2026."
            ),
        ],
        "author": "Văn phòng Sở",
        "source": None,
        "tags": ["dân chủ cơ sở", "cải cách hành chính"],
        "days_ago": 64,
        "image": False,
        "quote": None,
    },
    # tin-tuc/hoat-dong-cua-nganh
    {
        "section": "tin-tuc/hoat-dong-cua-nganh",
        "slug": "huong-dan-xay-dung-ke-hoach-du-toan-khcn-nam-2027",
        "title": (
            "Bộ Khoa học và Công nghệ hướng dẫn xây dựng kế hoạch, dự toán ngân sách khoa học và công nghệ năm 2027"
        ),
        "lead": (
            "Bộ Khoa học và Công nghệ đã có văn bản hướng dẫn các bộ, ngành, địa phương xây dựng kế hoạch và dự toán "
            "ngân sách nhà nước năm 2027 cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, bảo đảm bám sát "
            "các mục tiêu của Nghị quyết số 57-NQ/TW."
        ),
        "paragraphs": [
            (
                "Theo hướng dẫn, kế hoạch năm 2027 phải được xây dựng trên cơ sở đánh giá kết quả thực hiện năm 2025, "
                "ước thực hiện năm 2026 và các chỉ tiêu của kế hoạch giai đoạn 2026–2030. Nhiệm vụ đề xuất mới cần xác "
                "định rõ sản phẩm, địa chỉ ứng dụng và chỉ số đo lường kết quả, tránh dàn trải, trùng lặp."
            ),
            (
                "Bộ nhấn mạnh yêu cầu của Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về việc bố trí ít "
                "nhất 3% tổng chi ngân sách hằng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
                "đổi số quốc gia, tăng dần theo yêu cầu phát triển. Các địa phương được khuyến khích ưu tiên nguồn lực "
                "cho những nhiệm vụ giải quyết bài toán cụ thể của doanh nghiệp và người dân, phù hợp với thế mạnh của "
                "từng địa phương."
            ),
            (
                "Văn bản cũng lưu ý việc áp dụng cơ chế khoán chi đến sản phẩm cuối cùng, đơn giản hóa thủ tục thanh "
                "toán, quyết toán theo Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025 và các văn bản quy định "
                "chi tiết. Kế hoạch, dự toán của các địa phương được gửi về Bộ Khoa học và Công nghệ và Bộ Tài chính "
                "để tổng hợp theo thời hạn quy định."
            ),
            (
                "Trên cơ sở hướng dẫn của Bộ, Sở Khoa học và Công nghệ tỉnh Bình An đang phối hợp với Sở Tài chính "
                "tổng hợp đề xuất của các sở, ngành, xã, phường để trình Ủy ban nhân dân tỉnh kế hoạch khoa học, công "
                "nghệ và đổi mới sáng tạo năm 2027 của tỉnh. Kế hoạch dự kiến được trình trong tháng 9/2026."
            ),
        ],
        "author": "Quốc Bảo (tổng hợp)",
        "source": ("Cổng TTĐT Bộ Khoa học và Công nghệ", "https://mst.gov.vn"),
        "tags": ["nghị quyết 57", "nhiệm vụ khoa học"],
        "days_ago": 106,
        "image": False,
        "quote": None,
    },
    {
        "section": "tin-tuc/hoat-dong-cua-nganh",
        "slug": "huong-ung-ngay-tieu-chuan-the-gioi-14-10",
        "title": "Hưởng ứng Ngày Tiêu chuẩn thế giới 14/10: doanh nghiệp Bình An tăng cường áp dụng tiêu chuẩn",
        "lead": (
            "Nhân Ngày Tiêu chuẩn thế giới 14/10, Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức hội thảo về áp dụng "
            "tiêu chuẩn, hệ thống quản lý và công cụ cải tiến năng suất cho hơn 150 đại biểu đến từ các doanh nghiệp, "
            "hợp tác xã trên địa bàn tỉnh."
        ),
        "paragraphs": [
            (
                "Tại hội thảo, các báo cáo viên giới thiệu vai trò của tiêu chuẩn trong hội nhập kinh tế và các quy "
                "định của Luật Tiêu chuẩn và Quy chuẩn kỹ thuật liên quan đến doanh nghiệp. Chuyên gia của các tổ chức "
                "chứng nhận chia sẻ kinh nghiệm áp dụng TCVN ISO 9001, TCVN ISO 22000, 5S, Kaizen tại doanh nghiệp nhỏ "
                "và vừa."
            ),
            (
                "Theo Chi cục, đến nay toàn tỉnh có 236 doanh nghiệp áp dụng hệ thống quản lý tiên tiến, 1.250 doanh "
                "nghiệp sử dụng mã số mã vạch và 64 doanh nghiệp được hỗ trợ áp dụng công cụ cải tiến năng suất. Tuy "
                "nhiên, tỷ lệ doanh nghiệp nhỏ và siêu nhỏ chủ động xây dựng, công bố tiêu chuẩn cơ sở còn thấp."
            ),
            (
                "Nhiều doanh nghiệp cho biết chi phí tư vấn, chứng nhận vẫn là rào cản lớn. Đại diện Công ty TNHH Chế "
                "biến nông sản Phú Điền chia sẻ, sau hai năm áp dụng TCVN ISO 22000, tỷ lệ sản phẩm lỗi của công ty "
                "giảm từ 3,2% xuống 0,8% và công ty đã ký được hợp đồng xuất khẩu đầu tiên."
            ),
            (
                "Dịp này, Chi cục giới thiệu chính sách hỗ trợ của tỉnh đối với doanh nghiệp xây dựng, áp dụng hệ "
                "thống quản lý và công cụ cải tiến năng suất. Đại biểu cũng được hướng dẫn cách tra cứu, mua tiêu "
                "chuẩn quốc gia và đăng ký sử dụng mã số mã vạch."
            ),
        ],
        "author": "Thu Trang",
        "source": None,
        "tags": ["tiêu chuẩn chất lượng", "doanh nghiệp"],
        "days_ago": 41,
        "image": True,
        "quote": (
            (
                "Tiêu chuẩn không phải là thủ tục giấy tờ, mà là ngôn ngữ chung để sản phẩm của doanh nghiệp Bình An "
                "được thị trường trong nước và quốc tế chấp nhận."
            ),
            "Ông Phạm Đức Long, Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng",
        ),
    },
    {
        "section": "tin-tuc/hoat-dong-cua-nganh",
        "slug": "nghiem-thu-de-tai-giong-buoi-va-duoc-lieu",
        "title": "Nghiệm thu 2 đề tài khoa học và công nghệ cấp tỉnh về giống bưởi da xanh và cây dược liệu",
        "lead": (
            "Hội đồng khoa học và công nghệ cấp tỉnh vừa họp đánh giá, nghiệm thu 2 đề tài do Trường Đại học Bình An "
            "và Trung tâm Ứng dụng tiến bộ khoa học và công nghệ chủ trì; một đề tài được xếp loại xuất sắc, một đề "
            "tài xếp loại khá."
        ),
        "paragraphs": [
            (
                "Đề tài “Nghiên cứu tuyển chọn và nhân giống cây bưởi da xanh không hạt phù hợp với điều kiện sinh "
                "thái tỉnh Bình An” do Trường Đại học Bình An chủ trì, thực hiện trong 30 tháng với kinh phí 1,85 tỷ "
                "đồng. Nhóm nghiên cứu đã tuyển chọn được 5 cây đầu dòng, xây dựng quy trình nhân giống bằng phương "
                "pháp ghép và 2 mô hình trình diễn quy mô 3 ha tại xã An Thạnh, năng suất cao hơn 18% so với sản xuất "
                "đại trà."
            ),
            (
                "Đề tài thứ hai, “Nghiên cứu quy trình trồng và sơ chế cây đinh lăng theo hướng dược liệu sạch”, do "
                "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ chủ trì với kinh phí 920 triệu đồng. Đề tài đã hoàn "
                "thiện quy trình trồng, thu hái, sơ chế đạt các chỉ tiêu theo Dược điển Việt Nam V và chuyển giao cho "
                "2 hợp tác xã tại xã Tân Lập."
            ),
            (
                "Phiên họp do bà Trần Thị Minh Hà, Phó Giám đốc Sở chủ trì; Hội đồng gồm 7 thành viên là các nhà khoa "
                "học, nhà quản lý trong lĩnh vực nông nghiệp và y dược. Các thành viên đánh giá cao tính thực tiễn của "
                "hai đề tài, đồng thời đề nghị nhóm nghiên cứu bổ sung số liệu về hiệu quả kinh tế và làm thủ tục công "
                "nhận cây đầu dòng theo quy định."
            ),
            (
                "Theo Phòng Quản lý khoa học, sau khi nhóm nghiên cứu hoàn thiện hồ sơ theo góp ý của Hội đồng, Sở sẽ "
                "công nhận kết quả, đăng ký, lưu giữ kết quả thực hiện nhiệm vụ và phối hợp với các địa phương nhân "
                "rộng mô hình trong năm 2027. Kết quả của hai đề tài cũng sẽ được giới thiệu trên trang kết nối cung – "
                "cầu công nghệ của Sở để doanh nghiệp quan tâm liên hệ chuyển giao."
            ),
        ],
        "author": "Quốc Bảo",
        "source": None,
        "tags": ["nhiệm vụ khoa học", "nông nghiệp công nghệ cao"],
        "days_ago": 27,
        "image": True,
        "quote": None,
    },
    {
        "section": "tin-tuc/hoat-dong-cua-nganh",
        "slug": "kiem-tra-do-luong-cot-do-xang-dau-va-can-tai-cho",
        "title": "Kiểm tra đo lường tại 38 cửa hàng xăng dầu và 15 chợ trước dịp Quốc khánh 2/9",
        "lead": (
            "Chi cục Tiêu chuẩn Đo lường Chất lượng vừa hoàn thành đợt kiểm tra nhà nước về đo lường đối với cột đo "
            "xăng dầu và cân sử dụng trong mua bán tại chợ, phát hiện 2 cửa hàng xăng dầu có cột đo sai số vượt giới "
            "hạn cho phép và 27 chiếc cân không bảo đảm yêu cầu."
        ),
        "paragraphs": [
            (
                "Đoàn kiểm tra đã kiểm tra 124 cột đo tại 38 cửa hàng xăng dầu. Kết quả, 121 cột đo có chứng chỉ kiểm "
                "định còn hiệu lực, niêm phong nguyên vẹn và sai số nằm trong giới hạn cho phép; 3 cột đo tại 2 cửa "
                "hàng có sai số vượt giới hạn cho phép. Đoàn đã lập biên bản, yêu cầu dừng sử dụng các cột đo này và "
                "kiểm định lại."
            ),
            (
                "Đoàn cũng lấy 20 mẫu xăng, dầu điêzen để thử nghiệm các chỉ tiêu trị số octan, hàm lượng lưu huỳnh và "
                "hàm lượng etanol. Kết quả thử nghiệm cho thấy tất cả các mẫu phù hợp với quy chuẩn kỹ thuật quốc gia."
            ),
            (
                "Tại 15 chợ trên địa bàn các phường Phú Lợi, Đông Thành và các xã An Thạnh, Phước Hưng, đoàn đã kiểm "
                "tra 860 chiếc cân đồng hồ lò xo và cân điện tử của tiểu thương. Có 27 chiếc cân có sai số vượt quá "
                "giới hạn cho phép, chủ yếu là cân đồng hồ lò xo đã cũ; đoàn đã hướng dẫn tiểu thương thay thế và yêu "
                "cầu ban quản lý chợ duy trì cân đối chứng để người tiêu dùng tự kiểm tra."
            ),
            (
                "Chi cục cho biết sẽ tiếp tục kiểm tra đột xuất, nhất là vào các thời điểm cao điểm cuối năm. Người "
                "dân phát hiện hành vi gian lận về đo lường có thể phản ánh qua đường dây nóng của Sở hoặc trực tiếp "
                "tại Chi cục Tiêu chuẩn Đo lường Chất lượng."
            ),
        ],
        "author": "Chi cục Tiêu chuẩn Đo lường Chất lượng",
        "source": None,
        "tags": ["đo lường", "xăng dầu", "thanh tra kiểm tra"],
        "days_ago": 113,
        "image": True,
        "quote": None,
    },
    # tin-tuc/hoat-dong-cua-dia-phuong
    {
        "section": "tin-tuc/hoat-dong-cua-dia-phuong",
        "slug": "techfest-binh-an-2026",
        "title": "Techfest Bình An 2026: 32 dự án khởi nghiệp đổi mới sáng tạo kết nối với nhà đầu tư",
        "lead": (
            "Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Bình An năm 2026 (Techfest Bình An 2026) diễn ra trong hai "
            "ngày tại Trung tâm Hội nghị tỉnh, thu hút khoảng 1.500 lượt khách tham quan với 48 gian trưng bày của "
            "doanh nghiệp, trường đại học và 32 dự án khởi nghiệp."
        ),
        "paragraphs": [
            (
                "Sự kiện do Ủy ban nhân dân tỉnh chỉ đạo, Sở Khoa học và Công nghệ phối hợp với Tỉnh đoàn, Trường Đại "
                "học Bình An và Hiệp hội Doanh nghiệp tỉnh tổ chức. Chương trình gồm triển lãm sản phẩm, diễn đàn “Đổi "
                "mới sáng tạo trong nông nghiệp và kinh tế số”, phiên kết nối đầu tư và vòng chung kết Cuộc thi ý "
                "tưởng khởi nghiệp đổi mới sáng tạo."
            ),
            (
                "Từ 67 hồ sơ dự thi, 10 dự án vào vòng chung kết đã trình bày trước hội đồng giám khảo và nhà đầu tư. "
                "Giải Nhất thuộc về dự án ứng dụng cảm biến IoT giám sát chất lượng nước ao nuôi tôm của nhóm sinh "
                "viên Trường Đại học Bình An; giải Nhì là dự án sản xuất bao bì sinh học từ bã mía; giải Ba là nền "
                "tảng đặt lịch khám bệnh cho người cao tuổi ở khu vực nông thôn."
            ),
            (
                "Tại phiên kết nối đầu tư, 5 biên bản ghi nhớ hợp tác đã được ký giữa các nhóm khởi nghiệp với doanh "
                "nghiệp và quỹ đầu tư, tổng giá trị cam kết khoảng 12,5 tỷ đồng. Ngoài giải thưởng, các dự án đoạt "
                "giải được ươm tạo miễn phí 6 tháng tại Vườn ươm khởi nghiệp của tỉnh và được tư vấn đăng ký bảo hộ "
                "quyền sở hữu trí tuệ."
            ),
            (
                "Techfest Bình An là hoạt động thường niên, kế thừa kết quả của Đề án “Hỗ trợ hệ sinh thái khởi nghiệp "
                "đổi mới sáng tạo quốc gia” (Đề án 844), nhằm lan tỏa tinh thần khởi nghiệp trong thanh niên và kết "
                "nối các thành phần của hệ sinh thái khởi nghiệp địa phương. Năm 2026 là năm thứ năm liên tiếp tỉnh tổ "
                "chức sự kiện này."
            ),
        ],
        "author": "Hoài Nam",
        "source": None,
        "tags": ["khởi nghiệp", "đổi mới sáng tạo"],
        "days_ago": 33,
        "image": True,
        "quote": (
            (
                "Tỉnh không thiếu ý tưởng; điều còn thiếu là môi trường để ý tưởng được thử nghiệm, được thất bại và "
                "làm lại. Sở sẽ cùng các trường, doanh nghiệp xây dựng môi trường đó."
            ),
            "Bà Trần Thị Minh Hà, Phó Giám đốc Sở Khoa học và Công nghệ",
        ),
    },
    {
        "section": "tin-tuc/hoat-dong-cua-dia-phuong",
        "slug": "nang-cao-chat-luong-san-pham-ocop",
        "title": "Nâng cao chất lượng sản phẩm OCOP bằng tiêu chuẩn, mã số mã vạch và truy xuất nguồn gốc",
        "lead": (
            "Năm 2026, Sở Khoa học và Công nghệ hỗ trợ 40 sản phẩm OCOP của 27 chủ thể xây dựng tiêu chuẩn cơ sở, thử "
            "nghiệm chất lượng, đăng ký mã số mã vạch và áp dụng truy xuất nguồn gốc."
        ),
        "paragraphs": [
            (
                "Toàn tỉnh hiện có 186 sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên, phần lớn là nông sản, thực phẩm "
                "chế biến của hợp tác xã và hộ kinh doanh. Qua khảo sát, nhiều chủ thể còn lúng túng trong việc xây "
                "dựng tiêu chuẩn cơ sở, ghi nhãn hàng hóa và lưu giữ hồ sơ kiểm soát chất lượng, là những nội dung "
                "được xem xét khi đánh giá, phân hạng sản phẩm."
            ),
            (
                "Chi cục Tiêu chuẩn Đo lường Chất lượng đã cử cán bộ đến từng cơ sở hướng dẫn xây dựng tiêu chuẩn cơ "
                "sở, rà soát nhãn hàng hóa; Trung tâm Ứng dụng tiến bộ khoa học và công nghệ thử nghiệm miễn phí các "
                "chỉ tiêu vi sinh, kim loại nặng cho 40 mẫu sản phẩm. Các chủ thể cũng được hỗ trợ đăng ký mã số mã "
                "vạch và gắn tem truy xuất nguồn gốc trên hệ thống truy xuất của tỉnh."
            ),
            (
                "Tại xã Phước Hưng, Hợp tác xã Nông nghiệp Phước Hưng đã nâng hạng sản phẩm gạo hữu cơ từ 3 sao lên 4 "
                "sao sau khi hoàn thiện hồ sơ chất lượng. Giá bán tăng khoảng 15%, sản phẩm đã có mặt tại hệ thống "
                "siêu thị ở thành phố Bình An và trên các sàn thương mại điện tử."
            ),
            (
                "Năm 2027, Sở sẽ phối hợp với Sở Nông nghiệp và Môi trường tiếp tục hỗ trợ các sản phẩm có tiềm năng "
                "đạt 4 sao, 5 sao. Đồng thời, Chi cục Tiêu chuẩn Đo lường Chất lượng sẽ tăng cường kiểm tra chất "
                "lượng, nhãn hàng hóa đối với sản phẩm OCOP lưu thông trên thị trường."
            ),
        ],
        "author": "Ngọc Diệp",
        "source": None,
        "tags": ["ocop", "tiêu chuẩn chất lượng", "hợp tác xã"],
        "days_ago": 71,
        "image": True,
        "quote": (
            (
                "Trước đây chúng tôi chỉ biết làm ra hạt gạo ngon, còn tiêu chuẩn, mã vạch thì rất mơ hồ. Được cán bộ "
                "hướng dẫn tận nơi, giờ hợp tác xã đã tự lập được hồ sơ chất lượng cho từng lô hàng."
            ),
            "Bà Đặng Thị Hoa, Giám đốc Hợp tác xã Nông nghiệp Phước Hưng",
        ),
    },
    {
        "section": "tin-tuc/hoat-dong-cua-dia-phuong",
        "slug": "trao-chung-nhan-nhan-hieu-tap-the-cho-hop-tac-xa",
        "title": "Trao giấy chứng nhận đăng ký nhãn hiệu tập thể cho 4 hợp tác xã nông nghiệp",
        "lead": (
            "Sở Khoa học và Công nghệ phối hợp với Ủy ban nhân dân các xã An Thạnh, Phước Hưng, Tân Lập trao giấy "
            "chứng nhận đăng ký nhãn hiệu tập thể do Cục Sở hữu trí tuệ cấp cho 4 hợp tác xã, đồng thời hướng dẫn nông "
            "dân đăng ký bảo hộ sáng chế, giải pháp hữu ích đối với các cải tiến kỹ thuật."
        ),
        "paragraphs": [
            (
                "Các nhãn hiệu được bảo hộ gồm “Bưởi da xanh An Thạnh”, “Gạo hữu cơ Phước Hưng”, “Mật ong Tân Lập” và "
                "“Nấm linh chi Tân Lập”. Việc xây dựng và xác lập quyền được thực hiện trong khuôn khổ Chương trình hỗ "
                "trợ phát triển tài sản trí tuệ của tỉnh; mỗi hợp tác xã được hỗ trợ 60 triệu đồng cho các khâu tra "
                "cứu, thiết kế mẫu nhãn hiệu, xây dựng quy chế sử dụng và nộp đơn."
            ),
            (
                "Sau khi được cấp văn bằng, các hợp tác xã phải ban hành quy chế quản lý, cấp quyền sử dụng nhãn hiệu "
                "cho thành viên và kiểm soát chất lượng sản phẩm mang nhãn hiệu. Phòng Quản lý công nghệ và Thị trường "
                "công nghệ sẽ hướng dẫn xây dựng bộ tem nhãn thống nhất, kết nối với hệ thống truy xuất nguồn gốc để "
                "ngăn chặn việc sử dụng trái phép nhãn hiệu."
            ),
            (
                "Tại buổi làm việc, chuyên viên của Sở giới thiệu điều kiện bảo hộ sáng chế, giải pháp hữu ích và "
                "hướng dẫn thành viên các hợp tác xã chuẩn bị hồ sơ. Ông Trương Văn Lộc, thành viên Hợp tác xã Dịch vụ "
                "nông nghiệp An Thạnh, tác giả chiếc máy tách múi, ép nước bưởi tự chế, đã được hỗ trợ tra cứu tình "
                "trạng kỹ thuật và nộp đơn đăng ký giải pháp hữu ích."
            ),
            (
                "Đến nay, toàn tỉnh có 21 nhãn hiệu tập thể, nhãn hiệu chứng nhận gắn với địa danh được bảo hộ. Hợp "
                "tác xã, doanh nghiệp có nhu cầu có thể liên hệ Phòng Quản lý công nghệ và Thị trường công nghệ để "
                "được tư vấn, hỗ trợ theo chính sách của tỉnh."
            ),
        ],
        "author": "Quốc Bảo",
        "source": None,
        "tags": ["sở hữu trí tuệ", "hợp tác xã", "ocop"],
        "days_ago": 50,
        "image": True,
        "quote": (
            (
                "Có nhãn hiệu riêng, bưởi của hợp tác xã không còn phải bán xô cho thương lái. Chúng tôi sẽ quản lý "
                "chặt để ai dùng nhãn hiệu cũng phải giữ đúng chất lượng."
            ),
            "Ông Nguyễn Hữu Phước, Giám đốc Hợp tác xã Dịch vụ nông nghiệp An Thạnh",
        ),
    },
    {
        "section": "tin-tuc/hoat-dong-cua-dia-phuong",
        "slug": "kiem-tra-ap-dung-iso-9001-tai-co-quan-hanh-chinh",
        "title": "Kiểm tra việc áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại 12 cơ quan hành chính",
        "lead": (
            "Đoàn kiểm tra của Sở Khoa học và Công nghệ đã kiểm tra việc xây dựng, áp dụng, duy trì và cải tiến hệ "
            "thống quản lý chất lượng theo TCVN ISO 9001:2015 tại 4 sở, ngành và 8 Ủy ban nhân dân xã, phường."
        ),
        "paragraphs": [
            (
                "Đây là nhiệm vụ thường xuyên của Sở trong vai trò cơ quan tham mưu Ủy ban nhân dân tỉnh quản lý nhà "
                "nước về tiêu chuẩn, đo lường, chất lượng. Năm nay, việc kiểm tra tập trung vào các xã, phường vì sau "
                "khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, nhiều thủ tục hành chính "
                "trước đây do cấp huyện giải quyết đã chuyển về cấp xã."
            ),
            (
                "Kết quả, 10/12 cơ quan đã công bố hệ thống quản lý chất lượng phù hợp tiêu chuẩn, thực hiện đánh giá "
                "nội bộ và xem xét của lãnh đạo đúng quy định. Tuy nhiên, 2 Ủy ban nhân dân xã chưa cập nhật quy trình "
                "nội bộ theo danh mục thủ tục hành chính mới được công bố; một số hồ sơ lưu trữ điện tử chưa thể hiện "
                "đầy đủ các bước kiểm soát."
            ),
            (
                "Đoàn kiểm tra đã hướng dẫn trực tiếp cách rà soát, sửa đổi quy trình, tích hợp hệ thống quản lý chất "
                "lượng với quy trình điện tử trên hệ thống thông tin giải quyết thủ tục hành chính của tỉnh để giảm hồ "
                "sơ giấy. Các cơ quan còn tồn tại được yêu cầu khắc phục và báo cáo kết quả về Sở trước ngày "
                "30/09/2026."
            ),
            (
                "Thời gian tới, Sở tiếp tục tập huấn về vận hành hệ thống quản lý chất lượng trên nền tảng điện tử cho "
                "công chức đầu mối của các xã, phường. Kết quả kiểm tra là một trong những căn cứ để chấm điểm chỉ số "
                "cải cách hành chính năm 2026 của các cơ quan."
            ),
        ],
        "author": "Thu Trang",
        "source": None,
        "tags": ["iso 9001", "cải cách hành chính", "tiêu chuẩn chất lượng"],
        "days_ago": 92,
        "image": False,
        "quote": None,
    },
    # tin-tuc/van-ban-moi
    {
        "section": "tin-tuc/van-ban-moi",
        "slug": "phe-duyet-danh-muc-nhiem-vu-khcn-cap-tinh-nam-2027",
        "title": "Phê duyệt danh mục 22 nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng thực hiện từ năm 2027",
        "lead": (
            "Ủy ban nhân dân tỉnh ban hành Quyết định số 2145/QĐ-UBND ngày 09/11/2026 phê duyệt danh mục nhiệm vụ khoa "
            "học và công nghệ cấp tỉnh đặt hàng để tuyển chọn, giao trực tiếp tổ chức, cá nhân chủ trì thực hiện từ "
            "năm 2027."
        ),
        "paragraphs": [
            (
                "Danh mục gồm 22 nhiệm vụ, trong đó lĩnh vực nông nghiệp có 9 nhiệm vụ, y dược 5 nhiệm vụ, khoa học xã "
                "hội và nhân văn 4 nhiệm vụ, kỹ thuật – công nghệ và chuyển đổi số 4 nhiệm vụ. Các nhiệm vụ được hình "
                "thành từ 87 đề xuất của sở, ngành, xã, phường, trường đại học và doanh nghiệp, qua hai vòng xét chọn "
                "của các hội đồng tư vấn."
            ),
            (
                "Một số nhiệm vụ đáng chú ý gồm: ứng dụng trí tuệ nhân tạo hỗ trợ phân loại, xử lý phản ánh, kiến nghị "
                "của người dân; xây dựng cơ sở dữ liệu nguồn gen cây dược liệu bản địa; nghiên cứu giải pháp giảm phát "
                "thải khí nhà kính trong canh tác lúa; đánh giá tác động của việc sắp xếp đơn vị hành chính cấp xã đến "
                "chất lượng cung cấp dịch vụ công. Mỗi nhiệm vụ đều xác định rõ sản phẩm, chỉ tiêu kỹ thuật và đơn vị "
                "cam kết ứng dụng kết quả."
            ),
            (
                "Tổng kinh phí ngân sách tỉnh dự kiến hỗ trợ là 41,6 tỷ đồng; tổ chức chủ trì được khuyến khích huy "
                "động thêm nguồn vốn đối ứng từ doanh nghiệp. Thời gian thực hiện mỗi nhiệm vụ không quá 36 tháng, "
                "riêng nhiệm vụ thuộc lĩnh vực khoa học xã hội và nhân văn không quá 24 tháng."
            ),
            (
                "Ủy ban nhân dân tỉnh giao Sở Khoa học và Công nghệ thông báo công khai danh mục, tổ chức tuyển chọn, "
                "giao trực tiếp theo quy định. Toàn văn Quyết định được đăng tải tại mục Văn bản trên Cổng thông tin "
                "điện tử của Sở."
            ),
        ],
        "author": "Phòng Quản lý khoa học",
        "source": None,
        "tags": ["nhiệm vụ khoa học", "nghị quyết 57"],
        "days_ago": 13,
        "image": False,
        "quote": None,
    },
    {
        "section": "tin-tuc/van-ban-moi",
        "slug": "chinh-sach-ho-tro-khcn-doi-moi-sang-tao-2026-2030",
        "title": (
            "Chính sách mới hỗ trợ đổi mới công nghệ, sở hữu trí tuệ và khởi nghiệp đổi mới sáng tạo giai đoạn "
            "2026–2030"
        ),
        "lead": (
            "Hội đồng nhân dân tỉnh ban hành Nghị quyết số 15/2026/NQ-HĐND ngày 28/07/2026 quy định chính sách hỗ trợ "
            "phát triển khoa học, công nghệ, đổi mới sáng tạo và khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh Bình "
            "An giai đoạn 2026–2030; Nghị quyết có hiệu lực từ ngày 10/08/2026."
        ),
        "paragraphs": [
            (
                "Đối tượng áp dụng gồm doanh nghiệp, hợp tác xã, tổ chức khoa học và công nghệ, cá nhân và nhóm khởi "
                "nghiệp hoạt động trên địa bàn tỉnh. Nghị quyết được xây dựng nhằm cụ thể hóa Nghị quyết số 57-NQ/TW "
                "ngày 22/12/2024 của Bộ Chính trị và Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025 tại địa "
                "phương."
            ),
            (
                "Về đổi mới công nghệ, doanh nghiệp được hỗ trợ 30% kinh phí mua công nghệ, thiết bị công nghệ tiên "
                "tiến, tối đa 1 tỷ đồng cho một dự án. Về sở hữu trí tuệ, mỗi sáng chế được cấp văn bằng bảo hộ được "
                "hỗ trợ tối đa 50 triệu đồng, giải pháp hữu ích 30 triệu đồng, nhãn hiệu 8 triệu đồng; nhãn hiệu tập "
                "thể, nhãn hiệu chứng nhận được hỗ trợ tối đa 60 triệu đồng."
            ),
            (
                "Đối với khởi nghiệp đổi mới sáng tạo, dự án được lựa chọn ươm tạo được hỗ trợ tối đa 200 triệu đồng "
                "để hoàn thiện sản phẩm mẫu, thử nghiệm thị trường; cơ sở ươm tạo, tổ chức thúc đẩy kinh doanh được hỗ "
                "trợ chi phí thuê chuyên gia và tổ chức hoạt động kết nối. Doanh nghiệp được cấp giấy chứng nhận doanh "
                "nghiệp khoa học và công nghệ được hỗ trợ một lần 50 triệu đồng."
            ),
            (
                "Sở Khoa học và Công nghệ là cơ quan tiếp nhận hồ sơ và hướng dẫn thực hiện. Tổ chức, cá nhân có thể "
                "tra cứu toàn văn Nghị quyết tại mục Văn bản và liên hệ Phòng Quản lý công nghệ và Thị trường công "
                "nghệ để được hướng dẫn."
            ),
        ],
        "author": "Phòng Quản lý công nghệ và Thị trường công nghệ",
        "source": None,
        "tags": ["khởi nghiệp", "sở hữu trí tuệ", "đổi mới sáng tạo"],
        "days_ago": 99,
        "image": False,
        "quote": None,
    },
    # chi-dao-dieu-hanh/y-kien-chi-dao
    {
        "section": "chi-dao-dieu-hanh/y-kien-chi-dao",
        "slug": "chi-dao-xu-ly-nhiem-vu-khoa-hoc-cham-tien-do",
        "title": "Giám đốc Sở chỉ đạo xử lý dứt điểm các nhiệm vụ khoa học và công nghệ chậm tiến độ",
        "lead": (
            "Tại Văn bản số 1876/SKHCN-QLKH ngày 13/11/2026, Giám đốc Sở Khoa học và Công nghệ yêu cầu các tổ chức chủ "
            "trì và các phòng chuyên môn xử lý dứt điểm 9 nhiệm vụ khoa học và công nghệ cấp tỉnh đang chậm tiến độ, "
            "hoàn thành trước ngày 31/03/2027."
        ),
        "paragraphs": [
            (
                "Theo kết quả rà soát của Phòng Quản lý khoa học, trong 46 nhiệm vụ cấp tỉnh đang triển khai có 9 "
                "nhiệm vụ chậm tiến độ so với hợp đồng, trong đó 3 nhiệm vụ đã hết thời gian thực hiện trên 6 tháng "
                "nhưng chưa nộp hồ sơ đánh giá, nghiệm thu. Nguyên nhân chủ yếu là thay đổi chủ nhiệm nhiệm vụ, khó "
                "khăn trong mua sắm vật tư, thiết bị và một số mô hình thực nghiệm bị ảnh hưởng bởi thời tiết."
            ),
            (
                "Giám đốc Sở yêu cầu các tổ chức chủ trì báo cáo bằng văn bản tình hình thực hiện, khối lượng công "
                "việc còn lại và cam kết thời hạn hoàn thành trước ngày 15/12/2026. Việc điều chỉnh thời gian thực "
                "hiện chỉ được xem xét một lần, khi có lý do khách quan và hồ sơ chứng minh; không xem xét gia hạn đối "
                "với nhiệm vụ đã quá hạn mà không có đề nghị trước."
            ),
            (
                "Đối với nhiệm vụ không còn khả năng hoàn thành, Phòng Quản lý khoa học chủ trì, phối hợp với Phòng Kế "
                "hoạch – Tài chính tham mưu chấm dứt hợp đồng, thanh lý và thu hồi kinh phí theo quy định; tổ chức, cá "
                "nhân vi phạm sẽ bị xem xét hạn chế tham gia tuyển chọn, giao trực tiếp nhiệm vụ mới. Trường hợp nhiệm "
                "vụ không đạt kết quả do rủi ro khách quan dù đã thực hiện đúng quy trình sẽ được xem xét theo cơ chế "
                "chấp nhận rủi ro quy định tại Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025."
            ),
            (
                "Phòng Quản lý khoa học được giao cập nhật tiến độ từng nhiệm vụ trên phần mềm quản lý nhiệm vụ khoa "
                "học và công nghệ, báo cáo lãnh đạo Sở hằng tháng. Trung tâm Thông tin và Thống kê khoa học và công "
                "nghệ công khai danh sách nhiệm vụ chậm tiến độ trên Cổng thông tin điện tử của Sở."
            ),
        ],
        "author": "Văn phòng Sở",
        "source": None,
        "tags": ["nhiệm vụ khoa học"],
        "days_ago": 8,
        "image": False,
        "quote": (
            (
                "Chấp nhận rủi ro trong nghiên cứu không có nghĩa là chấp nhận chậm trễ. Nhiệm vụ nào chậm phải chỉ rõ "
                "nguyên nhân, người chịu trách nhiệm và mốc hoàn thành cụ thể."
            ),
            "Ông Nguyễn Văn Thành, Giám đốc Sở Khoa học và Công nghệ",
        ),
    },
    {
        "section": "chi-dao-dieu-hanh/y-kien-chi-dao",
        "slug": "chi-dao-nang-cao-chat-luong-giai-quyet-thu-tuc-hanh-chinh",
        "title": "Nâng cao chất lượng giải quyết thủ tục hành chính trên môi trường điện tử những tháng cuối năm 2026",
        "lead": (
            "Bà Trần Thị Minh Hà, Phó Giám đốc Sở vừa ký văn bản chỉ đạo các phòng, đơn vị nâng cao tỷ lệ hồ sơ trực "
            "tuyến toàn trình, không để phát sinh hồ sơ trễ hạn trong những tháng cuối năm 2026."
        ),
        "paragraphs": [
            (
                "Theo báo cáo của Văn phòng Sở, từ đầu năm đến ngày 20/09/2026, Sở đã tiếp nhận 1.842 hồ sơ thủ tục "
                "hành chính, trong đó 78,4% hồ sơ được nộp trực tuyến; tỷ lệ giải quyết đúng hạn đạt 99,2%. Còn 15 hồ "
                "sơ trễ hạn, chủ yếu thuộc lĩnh vực hoạt động khoa học và công nghệ và sở hữu trí tuệ."
            ),
            (
                "Phó Giám đốc Sở yêu cầu 100% hồ sơ phải được số hóa khi tiếp nhận, kết quả giải quyết được ký số và "
                "trả trên môi trường điện tử; công chức chủ động liên hệ hướng dẫn tổ chức, cá nhân ngay khi hồ sơ "
                "chưa đầy đủ, không yêu cầu bổ sung nhiều lần. Hồ sơ có nguy cơ trễ hạn phải được báo cáo lãnh đạo Sở "
                "trước ít nhất 2 ngày làm việc; trường hợp để trễ hạn, đơn vị phải gửi văn bản xin lỗi tổ chức, cá "
                "nhân theo quy định."
            ),
            (
                "Văn phòng Sở được giao theo dõi hằng tuần trên hệ thống thông tin giải quyết thủ tục hành chính của "
                "tỉnh, công khai kết quả tại cuộc họp giao ban và đưa vào tiêu chí đánh giá, xếp loại mức độ hoàn "
                "thành nhiệm vụ của tập thể, cá nhân năm 2026. Trung tâm Thông tin và Thống kê khoa học và công nghệ "
                "bảo đảm hạ tầng kỹ thuật, đường truyền và chứng thư số cho công chức xử lý hồ sơ."
            ),
            (
                "Mục tiêu đến cuối năm 2026, tỷ lệ hồ sơ trực tuyến toàn trình của Sở đạt trên 85% và không còn hồ sơ "
                "trễ hạn. Các phòng, đơn vị báo cáo kết quả thực hiện trước ngày 10 hằng tháng để Văn phòng Sở tổng "
                "hợp."
            ),
        ],
        "author": "Văn phòng Sở",
        "source": None,
        "tags": ["cải cách hành chính", "chuyển đổi số"],
        "days_ago": 57,
        "image": False,
        "quote": None,
    },
    # chi-dao-dieu-hanh/thong-bao-huong-dan
    {
        "section": "chi-dao-dieu-hanh/thong-bao-huong-dan",
        "slug": "thong-bao-tuyen-chon-nhiem-vu-khcn-cap-tinh-nam-2027",
        "title": (
            "Thông báo tuyển chọn, giao trực tiếp tổ chức, cá nhân chủ trì nhiệm vụ khoa học và công nghệ cấp tỉnh năm "
            "2027"
        ),
        "lead": (
            "Sở Khoa học và Công nghệ thông báo tiếp nhận hồ sơ đăng ký tuyển chọn, giao trực tiếp tổ chức, cá nhân "
            "chủ trì 22 nhiệm vụ khoa học và công nghệ cấp tỉnh thực hiện từ năm 2027; hạn cuối nộp hồ sơ là 17 giờ "
            "ngày 25/12/2026."
        ),
        "paragraphs": [
            (
                "Danh mục nhiệm vụ được phê duyệt tại Quyết định số 2145/QĐ-UBND ngày 09/11/2026 của Ủy ban nhân dân "
                "tỉnh, gồm 18 nhiệm vụ tuyển chọn và 4 nhiệm vụ giao trực tiếp. Tổ chức khoa học và công nghệ, doanh "
                "nghiệp, cơ sở giáo dục đại học có tư cách pháp nhân và năng lực chuyên môn phù hợp đều có thể đăng "
                "ký; cá nhân đăng ký làm chủ nhiệm phải có trình độ đại học trở lên và không đồng thời làm chủ nhiệm "
                "quá 2 nhiệm vụ cấp tỉnh đang thực hiện."
            ),
            (
                "Hồ sơ gồm: đơn đăng ký chủ trì thực hiện nhiệm vụ; thuyết minh nhiệm vụ theo mẫu; tóm tắt hoạt động "
                "khoa học và công nghệ của tổ chức đăng ký chủ trì; lý lịch khoa học của cá nhân đăng ký chủ nhiệm và "
                "các thành viên chính; văn bản xác nhận của tổ chức phối hợp và văn bản cam kết ứng dụng kết quả của "
                "đơn vị tiếp nhận; báo giá thiết bị, nguyên vật liệu chính (nếu có). Hồ sơ được lập thành 1 bản gốc và "
                "1 bản điện tử định dạng PDF."
            ),
            (
                "Hồ sơ được nộp trực tuyến qua Cổng dịch vụ công của tỉnh hoặc nộp trực tiếp, qua dịch vụ bưu chính "
                "tại Trung tâm Phục vụ hành chính công tỉnh. Ngày nhận hồ sơ được tính theo dấu bưu điện hoặc thời "
                "điểm tiếp nhận trên hệ thống; hồ sơ nộp sau thời hạn sẽ không được xem xét."
            ),
            (
                "Danh mục chi tiết, biểu mẫu và hướng dẫn lập thuyết minh được đăng kèm Thông báo số 245/TB-SKHCN ngày "
                "18/11/2026 tại mục Văn bản. Mọi thắc mắc xin liên hệ Phòng Quản lý khoa học, Sở Khoa học và Công nghệ "
                "trong giờ hành chính."
            ),
        ],
        "author": "Phòng Quản lý khoa học",
        "source": None,
        "tags": ["nhiệm vụ khoa học"],
        "days_ago": 5,
        "image": False,
        "quote": None,
    },
    {
        "section": "chi-dao-dieu-hanh/thong-bao-huong-dan",
        "slug": "huong-dan-ho-so-de-nghi-ho-tro-theo-nghi-quyet-15-2026",
        "title": "Hướng dẫn lập hồ sơ đề nghị hỗ trợ theo Nghị quyết số 15/2026/NQ-HĐND của Hội đồng nhân dân tỉnh",
        "lead": (
            "Sở Khoa học và Công nghệ hướng dẫn doanh nghiệp, hợp tác xã, tổ chức và cá nhân lập hồ sơ đề nghị hỗ trợ "
            "đổi mới công nghệ, xác lập quyền sở hữu trí tuệ và khởi nghiệp đổi mới sáng tạo theo Nghị quyết số "
            "15/2026/NQ-HĐND ngày 28/07/2026."
        ),
        "paragraphs": [
            (
                "Hồ sơ được tiếp nhận thường xuyên trong năm và xét hỗ trợ theo thứ tự nộp hồ sơ hợp lệ, trong phạm vi "
                "dự toán được giao. Riêng đợt xét hỗ trợ năm 2026, hồ sơ nộp trước ngày 15/10/2026 sẽ được thẩm định "
                "và trình phê duyệt trong tháng 11/2026."
            ),
            (
                "Đối với hỗ trợ sở hữu trí tuệ, hồ sơ gồm đơn đề nghị hỗ trợ, bản sao văn bằng bảo hộ do Cục Sở hữu "
                "trí tuệ cấp và chứng từ chi phí hợp lệ; văn bằng phải được cấp kể từ ngày Nghị quyết có hiệu lực. Đối "
                "với hỗ trợ đổi mới công nghệ, ngoài đơn đề nghị, doanh nghiệp nộp thuyết minh dự án, hợp đồng chuyển "
                "giao công nghệ hoặc hợp đồng mua thiết bị và ý kiến thẩm định công nghệ (nếu có)."
            ),
            (
                "Đối với dự án khởi nghiệp đổi mới sáng tạo, nhóm khởi nghiệp nộp kế hoạch kinh doanh, sản phẩm mẫu "
                "hoặc bản mô tả giải pháp và xác nhận của cơ sở ươm tạo. Hội đồng tư vấn do Sở thành lập sẽ đánh giá "
                "tính mới, khả năng thương mại hóa và năng lực của nhóm trước khi đề xuất mức hỗ trợ."
            ),
            (
                "Hồ sơ nộp qua Cổng dịch vụ công của tỉnh hoặc tại Trung tâm Phục vụ hành chính công tỉnh. Tổ chức, cá "
                "nhân cần tư vấn có thể liên hệ Phòng Quản lý công nghệ và Thị trường công nghệ hoặc tham dự buổi "
                "hướng dẫn trực tuyến vào sáng thứ Năm hằng tuần do Sở tổ chức."
            ),
        ],
        "author": "Phòng Quản lý công nghệ và Thị trường công nghệ",
        "source": None,
        "tags": ["sở hữu trí tuệ", "khởi nghiệp"],
        "days_ago": 78,
        "image": False,
        "quote": None,
    },
    # chi-dao-dieu-hanh/khen-thuong-xu-phat
    {
        "section": "chi-dao-dieu-hanh/khen-thuong-xu-phat",
        "slug": "xu-phat-cua-hang-xang-dau-vi-pham-do-luong-xa-tan-lap",
        "title": "Xử phạt 45 triệu đồng đối với doanh nghiệp kinh doanh xăng dầu vi phạm về đo lường tại xã Tân Lập",
        "lead": (
            "Chánh Thanh tra Sở Khoa học và Công nghệ đã ban hành quyết định xử phạt vi phạm hành chính đối với Công "
            "ty TNHH Xăng dầu Thuận Phong với tổng số tiền 45.000.000 đồng do sử dụng cột đo xăng dầu có sai số vượt "
            "quá giới hạn cho phép."
        ),
        "paragraphs": [
            (
                "Qua kiểm tra đột xuất tại Cửa hàng xăng dầu Thuận Phong 2 (xã Tân Lập) của Công ty, đoàn kiểm tra "
                "phát hiện 2 trong số 6 cột đo đang sử dụng có sai số âm từ 0,72% đến 0,85%, vượt giới hạn sai số cho "
                "phép; kẹp chì niêm phong hộp bộ điều khiển của 1 cột đo có dấu hiệu bị tác động. Đoàn đã lập biên "
                "bản, tạm dừng sử dụng 2 cột đo và lấy mẫu xăng RON 95 để thử nghiệm chất lượng."
            ),
            (
                "Căn cứ hồ sơ vụ việc và kết quả kiểm định lại của tổ chức kiểm định được chỉ định, Chánh Thanh tra Sở "
                "đã ban hành quyết định xử phạt theo quy định của Chính phủ về xử phạt vi phạm hành chính trong lĩnh "
                "vực tiêu chuẩn, đo lường và chất lượng sản phẩm, hàng hóa. Mẫu xăng lấy tại cửa hàng có kết quả thử "
                "nghiệm phù hợp quy chuẩn kỹ thuật quốc gia."
            ),
            (
                "Ngoài hình thức phạt tiền, Công ty bị áp dụng biện pháp khắc phục hậu quả buộc nộp lại số lợi bất hợp "
                "pháp có được do vi phạm. Hai cột đo chỉ được sử dụng trở lại sau khi được hiệu chỉnh, kiểm định đạt "
                "yêu cầu và niêm phong theo quy định."
            ),
            (
                "Thanh tra Sở đề nghị các doanh nghiệp kinh doanh xăng dầu trên địa bàn tỉnh thường xuyên tự kiểm tra "
                "phương tiện đo, bảo đảm lượng xăng dầu bán ra đúng với số đo hiển thị. Người tiêu dùng nghi ngờ bị "
                "bán thiếu có quyền đề nghị cửa hàng kiểm tra bằng bình đong chuẩn tại chỗ hoặc phản ánh qua đường dây "
                "nóng của Sở."
            ),
        ],
        "author": "Thanh tra Sở",
        "source": None,
        "tags": ["đo lường", "xăng dầu", "thanh tra kiểm tra"],
        "days_ago": 15,
        "image": False,
        "quote": None,
    },
    # chuyen-muc/tuyen-truyen
    {
        "section": "chuyen-muc/tuyen-truyen",
        "slug": "pho-bien-luat-tiep-can-thong-tin",
        "title": "Phổ biến Luật Tiếp cận thông tin cho cán bộ, công chức của Sở và các xã, phường",
        "lead": (
            "Sở Khoa học và Công nghệ phối hợp với Sở Tư pháp tổ chức hội nghị phổ biến Luật Tiếp cận thông tin năm "
            "2016 cho hơn 200 cán bộ, công chức của Sở và công chức làm đầu mối cung cấp thông tin tại các xã, phường, "
            "theo hình thức trực tiếp kết hợp trực tuyến."
        ),
        "paragraphs": [
            (
                "Luật Tiếp cận thông tin số 104/2016/QH13 được Quốc hội thông qua ngày 06/04/2016, có hiệu lực từ ngày "
                "01/07/2018. Luật quy định mọi công dân đều bình đẳng, không bị phân biệt đối xử trong việc thực hiện "
                "quyền tiếp cận thông tin; thông tin được cung cấp phải chính xác, đầy đủ, kịp thời, minh bạch và "
                "thuận lợi cho công dân."
            ),
            (
                "Báo cáo viên phân tích ba nhóm thông tin: thông tin công dân được tiếp cận; thông tin công dân không "
                "được tiếp cận, như thông tin thuộc bí mật nhà nước; và thông tin được tiếp cận có điều kiện, như "
                "thông tin liên quan đến bí mật kinh doanh, bí mật đời sống riêng tư, bí mật cá nhân. Cơ quan nhà nước "
                "có trách nhiệm công khai các thông tin thuộc diện phải công khai, đồng thời cung cấp thông tin theo "
                "yêu cầu của công dân theo trình tự, thủ tục và thời hạn do Luật quy định."
            ),
            (
                "Tại Sở Khoa học và Công nghệ, Văn phòng Sở là đầu mối cung cấp thông tin. Danh mục thông tin phải "
                "công khai được cập nhật trên Cổng thông tin điện tử của Sở, gồm văn bản quy phạm pháp luật, thủ tục "
                "hành chính, kế hoạch và kết quả tuyển chọn nhiệm vụ khoa học và công nghệ, kết luận thanh tra. Công "
                "dân có thể gửi phiếu yêu cầu cung cấp thông tin trực tiếp, qua mạng điện tử, dịch vụ bưu chính hoặc "
                "fax."
            ),
            (
                "Tại hội nghị, nhiều công chức cấp xã nêu vướng mắc trong việc phân biệt yêu cầu cung cấp thông tin "
                "với đơn kiến nghị, phản ánh, cũng như cách xử lý yêu cầu liên quan đến dữ liệu cá nhân. Báo cáo viên "
                "đã giải đáp cụ thể và lưu ý trường hợp từ chối cung cấp thông tin phải được trả lời bằng văn bản, nêu "
                "rõ lý do."
            ),
        ],
        "author": "Ngọc Diệp",
        "source": None,
        "tags": ["phổ biến pháp luật", "tiếp cận thông tin"],
        "days_ago": 60,
        "image": True,
        "quote": None,
    },
    {
        "section": "chuyen-muc/tuyen-truyen",
        "slug": "doanh-nghiep-khoa-hoc-va-cong-nghe-dieu-kien-va-uu-dai",
        "title": "Doanh nghiệp khoa học và công nghệ: điều kiện chứng nhận và những ưu đãi cần biết",
        "lead": (
            "Sau hơn 7 năm thực hiện Nghị định số 13/2019/NĐ-CP của Chính phủ về doanh nghiệp khoa học và công nghệ, "
            "tỉnh Bình An đã có 12 doanh nghiệp được cấp giấy chứng nhận; tuy vậy, nhiều doanh nghiệp có tiềm năng vẫn "
            "chưa nắm rõ điều kiện và quyền lợi của mình."
        ),
        "paragraphs": [
            (
                "Theo Nghị định số 13/2019/NĐ-CP ngày 01/02/2019, doanh nghiệp được chứng nhận là doanh nghiệp khoa "
                "học và công nghệ khi có khả năng tạo ra hoặc ứng dụng kết quả khoa học và công nghệ đã được cơ quan "
                "có thẩm quyền đánh giá, thẩm định hoặc công nhận. Thẩm quyền cấp giấy chứng nhận thuộc Sở Khoa học và "
                "Công nghệ nơi doanh nghiệp đặt trụ sở chính."
            ),
            (
                "Điểm đáng chú ý của Nghị định là không đặt điều kiện về tỷ lệ doanh thu khi cấp giấy chứng nhận; tỷ "
                "lệ doanh thu từ sản phẩm hình thành từ kết quả khoa học và công nghệ đạt tối thiểu 30% tổng doanh thu "
                "là điều kiện để hưởng ưu đãi thuế thu nhập doanh nghiệp. Ngoài ưu đãi thuế, doanh nghiệp còn được xem "
                "xét miễn, giảm tiền thuê đất, được ưu tiên sử dụng trang thiết bị tại các phòng thí nghiệm, cơ sở ươm "
                "tạo của Nhà nước và tiếp cận vốn từ các quỹ phát triển khoa học và công nghệ."
            ),
            (
                "Tại Bình An, các doanh nghiệp được chứng nhận chủ yếu hoạt động trong lĩnh vực chế biến nông sản, sản "
                "xuất chế phẩm sinh học và phần mềm. Công ty Cổ phần Công nghệ sinh học Nam Bình, một trong những "
                "doanh nghiệp đầu tiên của tỉnh được chứng nhận, cho biết nhờ ưu đãi thuế, doanh nghiệp có thêm nguồn "
                "lực tái đầu tư cho bộ phận nghiên cứu và đã thương mại hóa 3 chế phẩm vi sinh mới."
            ),
            (
                "Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025 tiếp tục khẳng định chính sách khuyến khích "
                "doanh nghiệp đầu tư cho nghiên cứu và đổi mới sáng tạo. Doanh nghiệp quan tâm cần theo dõi các văn "
                "bản quy định chi tiết mới ban hành và liên hệ Phòng Quản lý công nghệ và Thị trường công nghệ, Sở "
                "Khoa học và Công nghệ để được hướng dẫn lập hồ sơ."
            ),
        ],
        "author": "Lan Phương",
        "source": ("Báo Khoa học và Phát triển", "https://khoahocphattrien.vn"),
        "tags": ["doanh nghiệp", "phổ biến pháp luật"],
        "days_ago": 85,
        "image": False,
        "quote": None,
    },
    # chuyen-muc/thi-dua-khen-thuong
    {
        "section": "chuyen-muc/thi-dua-khen-thuong",
        "slug": "so-ket-thi-dua-6-thang-dau-nam-2026",
        "title": "Sơ kết phong trào thi đua 6 tháng đầu năm 2026, khen thưởng 8 tập thể và 27 cá nhân",
        "lead": (
            "Hội đồng Thi đua – Khen thưởng Sở Khoa học và Công nghệ tổ chức sơ kết phong trào thi đua 6 tháng đầu năm "
            "2026, khen thưởng các tập thể, cá nhân có thành tích xuất sắc và phát động thi đua hoàn thành nhiệm vụ "
            "những tháng cuối năm."
        ),
        "paragraphs": [
            (
                "Trong 6 tháng đầu năm, các phòng, đơn vị thuộc Sở đã cụ thể hóa phong trào thi đua “Đổi mới sáng tạo, "
                "chuyển đổi số” bằng các phần việc cụ thể như số hóa hồ sơ lưu trữ, rút ngắn thời gian giải quyết thủ "
                "tục hành chính, hỗ trợ doanh nghiệp, hợp tác xã xây dựng tiêu chuẩn cơ sở. Hội đồng sáng kiến của Sở "
                "đã công nhận 16 sáng kiến, nhiều sáng kiến được áp dụng ngay trong công tác kiểm định phương tiện đo "
                "và quản lý nhiệm vụ khoa học và công nghệ."
            ),
            (
                "Dịp này, Giám đốc Sở tặng Giấy khen cho 8 tập thể và 27 cá nhân. Hai cá nhân thuộc Chi cục Tiêu chuẩn "
                "Đo lường Chất lượng và Phòng Quản lý khoa học được trao Kỷ niệm chương “Vì sự nghiệp khoa học và công "
                "nghệ” của Bộ Khoa học và Công nghệ."
            ),
            (
                "Phát động thi đua 6 tháng cuối năm, Giám đốc Sở yêu cầu mỗi phòng, đơn vị đăng ký ít nhất một phần "
                "việc, công trình thi đua gắn với chỉ tiêu cụ thể như hoàn thành nghiệm thu các nhiệm vụ đến hạn, tổ "
                "chức thành công Techfest Bình An 2026 và nâng tỷ lệ hồ sơ trực tuyến toàn trình. Kết quả thi đua là "
                "căn cứ bình xét khen thưởng cuối năm, bảo đảm công khai, dân chủ, đúng người, đúng thành tích."
            ),
        ],
        "author": "Văn phòng Sở",
        "source": None,
        "tags": ["thi đua khen thưởng", "chuyển đổi số"],
        "days_ago": 118,
        "image": True,
        "quote": None,
    },
    # thong-tin-bao-chi/thong-cao-bao-chi
    {
        "section": "thong-tin-bao-chi/thong-cao-bao-chi",
        "slug": "thong-cao-bao-chi-hop-bao-dinh-ky-quy-iii-2026",
        "title": "Thông cáo báo chí: họp báo định kỳ quý III năm 2026 của Sở Khoa học và Công nghệ",
        "lead": (
            "Sở Khoa học và Công nghệ tỉnh Bình An tổ chức họp báo định kỳ quý III năm 2026 để cung cấp thông tin về "
            "kết quả hoạt động khoa học và công nghệ 9 tháng và nhiệm vụ trọng tâm quý IV; họp báo có sự tham dự của "
            "25 phóng viên các cơ quan báo chí trung ương và địa phương."
        ),
        "paragraphs": [
            (
                "Họp báo do ông Nguyễn Văn Thành, Giám đốc Sở chủ trì, cùng các Phó Giám đốc Sở và lãnh đạo các phòng, "
                "đơn vị trực thuộc. Đây là hoạt động thực hiện quy chế phát ngôn và cung cấp thông tin cho báo chí của "
                "Ủy ban nhân dân tỉnh."
            ),
            (
                "9 tháng năm 2026, Sở đã triển khai 46 nhiệm vụ khoa học và công nghệ cấp tỉnh, nghiệm thu 9 nhiệm vụ; "
                "kiểm định 8.970 phương tiện đo; hỗ trợ 31 sản phẩm OCOP xây dựng tiêu chuẩn cơ sở, đăng ký mã số mã "
                "vạch; cấp giấy chứng nhận cho 1 doanh nghiệp khoa học và công nghệ. Tỷ lệ giải ngân kinh phí sự "
                "nghiệp khoa học và công nghệ đạt 61,3%."
            ),
            (
                "Tại họp báo, lãnh đạo Sở đã trả lời câu hỏi của phóng viên về tiến độ các nhiệm vụ khoa học và công "
                "nghệ chậm triển khai, công tác kiểm tra chất lượng xăng dầu, vàng trang sức và việc chuẩn bị Techfest "
                "Bình An 2026. Những nội dung chưa trả lời trực tiếp sẽ được Sở trả lời bằng văn bản gửi cơ quan báo "
                "chí trong thời hạn 5 ngày làm việc."
            ),
            (
                "Quý IV năm 2026, Sở tập trung tổ chức Techfest Bình An 2026, công bố danh mục và tổ chức tuyển chọn "
                "nhiệm vụ đặt hàng thực hiện từ năm 2027, tăng cường kiểm tra đo lường, chất lượng hàng hóa dịp cuối "
                "năm và Tết Nguyên đán. Thông tin chi tiết xin liên hệ Văn phòng Sở Khoa học và Công nghệ, đầu mối "
                "cung cấp thông tin cho báo chí."
            ),
        ],
        "author": "Văn phòng Sở",
        "source": None,
        "tags": ["họp báo", "tiếp cận thông tin"],
        "days_ago": 47,
        "image": True,
        "quote": None,
    },
]
