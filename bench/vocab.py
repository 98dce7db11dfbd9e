"""Vietnamese word lists for bench/generate.py: names, activities, places, bases, areas."""

PROVINCES = [
    ("bt", "Bình Thuận"),
    ("dt", "Đồng Tháp"),
    ("tb", "Thái Bình"),
    ("hg", "Hà Giang"),
    ("qna", "Quảng Nam"),
    ("na", "Nghệ An"),
]
FAMILY = "Nguyễn Trần Lê Phạm Huỳnh Hoàng Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Hoài", "Thành", "Quốc", "Thu", "Hữu", "Thanh", "Đức"]
GIVEN = "An Bình Chi Dũng Hà Hải Hạnh Hùng Khoa Lan Linh Long Mai Nam Phúc Quang Sơn Tâm Thảo Thiện Trung Tú Vy".split()
VERBS = [
    "Tổ chức",
    "Triển khai",
    "Tập huấn",
    "Xây dựng",
    "Hỗ trợ",
    "Tuyên truyền về",
    "Phối hợp tổ chức",
    "Khảo sát, đánh giá",
    "Biên soạn tài liệu về",
    "Phát động",
]
TOPICS = [
    "kỹ năng khởi nghiệp, sở hữu trí tuệ và xây dựng thương hiệu",
    "ứng dụng tiến bộ khoa học kỹ thuật vào sản xuất nông nghiệp",
    "chuyển đổi số trong hoạt động của tổ chức cơ sở",
    "Hội thi Sáng tạo trẻ và ý tưởng khởi nghiệp đổi mới sáng tạo",
    "không gian khoa học, công nghệ và khởi nghiệp trong trường học",
    "mô hình kinh tế tập thể, hợp tác xã của thanh niên",
    "tư vấn, phản biện và giám định xã hội các đề án, dự án của tỉnh",
    "diễn đàn kết nối nhà khoa học với doanh nghiệp, hợp tác xã",
    "cuộc thi tin học trẻ và lập trình cho thiếu nhi",
    "chăm lo, bồi dưỡng, phát huy tài năng trẻ",
    "an toàn thông tin, phòng chống tin giả trên mạng xã hội",
    "bảo vệ môi trường, ứng phó với biến đổi khí hậu",
    "giới thiệu việc làm, định hướng nghề nghiệp trong lĩnh vực khoa học và công nghệ",
]
AUDIENCES = [
    "cho đoàn viên, thanh niên",
    "cho cán bộ Đoàn, Hội, Đội các cấp",
    "cho hội viên phụ nữ",
    "cho học sinh trung học phổ thông",
    "cho thanh niên nông thôn",
    "trên địa bàn tỉnh",
    "cho trí thức trẻ và doanh nghiệp",
    "",
]
PLACES = [
    "Hội trường Tỉnh Đoàn",
    "Nhà Thiếu nhi tỉnh",
    "Trung tâm Hội nghị tỉnh",
    "Thành phố {city}",
    "các huyện, thị xã, thành phố",
    "Trường Đại học {city}",
    "trực tuyến",
]
SOURCES = [
    "Ngân sách sự nghiệp khoa học",
    "Kinh phí hoạt động của {short}",
    "Nguồn xã hội hóa",
    "Ngân sách tỉnh",
]
PARAGRAPHS = [
    "Nâng cao nhận thức của cán bộ, đoàn viên, thanh niên về vị trí, vai trò của khoa học và công nghệ, "
    "về lợi ích, hiệu quả của việc ứng dụng các tiến bộ khoa học và công nghệ trong sản xuất và đời sống.",
    "Tạo môi trường thuận lợi để phát huy vai trò xung kích của thanh niên trong lao động sáng tạo, "
    "bồi dưỡng, đào tạo nguồn nhân lực trẻ, góp phần hình thành lớp thanh niên có kiến thức về khoa học.",
    "Các hoạt động được tổ chức thiết thực, tiết kiệm, hiệu quả; đúng thời gian và kinh phí được duyệt.",
    "Phát huy tinh thần trách nhiệm của các đơn vị chủ trì, phối hợp; kịp thời báo cáo những vấn đề "
    "phát sinh, vướng mắc trong quá trình thực hiện.",
    "Cụ thể hóa các nội dung của Chương trình phối hợp thành các hoạt động có đơn vị chủ trì, phối "
    "hợp, thời gian và kinh phí rõ ràng.",
    "Thực hiện đúng tiến độ; lồng ghép với các hoạt động thường xuyên của đơn vị để tiết kiệm kinh phí.",
]
DUTIES = [
    "Chỉ đạo, đôn đốc các ban, đơn vị thực hiện Kế hoạch; theo dõi, tổng hợp kết quả.",
    "Bố trí kinh phí, thanh quyết toán theo quy định hiện hành.",
    "Cử cán bộ chuyên môn phối hợp các hoạt động do đơn vị bạn chủ trì.",
    "Báo cáo kết quả sơ kết 6 tháng, tổng kết năm về cơ quan thường trực.",
    "Chủ động xây dựng kế hoạch thực hiện tại đơn vị, triệu tập lực lượng tham dự đúng thành phần.",
]
EXTERNAL = [
    ("Luật", "57/2020/QH14", "2020-06-16", "Quốc hội", "Luật Thanh niên"),
    (
        "Chỉ thị",
        "42-CT/TW",
        "2010-04-16",
        "Bộ Chính trị (khóa X)",
        "tiếp tục đổi mới, nâng cao chất lượng, hiệu quả hoạt động của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam",
    ),
    (
        "Kết luận",
        "93-KL/TW",
        "2020-11-20",
        "Ban Bí thư Trung ương Đảng",
        "tiếp tục thực hiện Chỉ thị số 42-CT/TW của Bộ Chính trị (khóa X)",
    ),
    (
        "Nghị quyết",
        "20-NQ/TW",
        "2012-11-01",
        "Ban Chấp hành Trung ương Đảng (khóa XI)",
        "phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa",
    ),
    (
        "Quyết định",
        "569/QĐ-TTg",
        "2022-05-11",
        "Thủ tướng Chính phủ",
        "ban hành Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030",
    ),
]
RECIPIENTS = [
    "Ban Bí thư Trung ương Đoàn",
    "Bộ Khoa học và Công nghệ",
    "Thường trực Tỉnh ủy",
    "UBND tỉnh",
    "Ban Tuyên giáo Tỉnh ủy",
    "Các huyện, thị, thành đoàn, Đoàn trực thuộc",
    "Các phòng, đơn vị trực thuộc",
    "Các hội thành viên",
    "Liên hiệp các Hội KH&KT Việt Nam",
]
KINDS = {  # id prefix → name, header, code, system, body, head, head signs with authority
    "tinhdoan": (
        "Tỉnh Đoàn {p}",
        "BCH TỈNH ĐOÀN {P}",
        "TĐTN",
        "doan",
        "BAN THƯỜNG VỤ TỈNH ĐOÀN",
        "BÍ THƯ",
    ),
    "skhcn": (
        "Sở Khoa học và Công nghệ tỉnh {p}",
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "SKHCN",
        "state",
        None,
        "GIÁM ĐỐC",
    ),
    "sgddt": (
        "Sở Giáo dục và Đào tạo tỉnh {p}",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "SGDĐT",
        "state",
        None,
        "GIÁM ĐỐC",
    ),
    "lhh": (
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh {p}",
        "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH {P}",
        "LHH",
        "association",
        "BAN THƯỜNG TRỰC",
        "CHỦ TỊCH",
    ),
    "hlhpn": (
        "Hội Liên hiệp Phụ nữ tỉnh {p}",
        "HỘI LIÊN HIỆP PHỤ NỮ TỈNH {P}",
        "HLHPN",
        "association",
        "BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
    ),
}
PROGRAMS = [("tinhdoan", "skhcn"), ("lhh", "sgddt")]
AREAS = [
    "Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước về khoa học và công nghệ",
    "Tạo môi trường hỗ trợ thanh, thiếu nhi tiếp cận và làm chủ khoa học, công nghệ",
    "Hỗ trợ thanh niên khởi nghiệp, đổi mới sáng tạo",
    "Chăm lo, bồi dưỡng, phát huy tài năng trẻ",
    "Tham mưu xây dựng chính sách hỗ trợ ứng dụng tiến bộ kỹ thuật, chuyển giao công nghệ",
    "Nâng cao năng lực đội ngũ trí thức khoa học và công nghệ",
]
