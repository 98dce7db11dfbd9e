"""The words that tell ``linebreak`` where a title or a signature line may break: words of two or
more syllables (a break inside one is bad), words that open a name or a phrase (a break before one
is natural), words a line should not end with, and the authority words of a signature block."""

from __future__ import annotations

# Words of two or more syllables found in titles and signature lines of plans, programs and
# decisions (lower case). A break between two syllables of one of these is almost never right.
COMPOUNDS = """
khoa học|công nghệ|thành phố|thanh niên|thiếu niên|nhi đồng|thiếu nhi|sáng tạo|khởi nghiệp|
đổi mới|phát triển|nghiên cứu|sinh viên|học sinh|tổ chức|thực hiện|triển khai|hoạt động|
kế hoạch|chương trình|phối hợp|liên tịch|giải thưởng|cuộc thi|hội thi|tuổi trẻ|đoàn viên|
ban hành|quy chế|quy định|thể lệ|quyết định|ứng dụng|tiến bộ|sản xuất|đời sống|học tập|
kỹ thuật|xã hội|kinh tế|văn hóa|giáo dục|đào tạo|chuyển đổi|kỹ năng|sở hữu|trí tuệ|nhân tạo|
tiêu biểu|xuất sắc|năm học|giai đoạn|trung ương|thường vụ|thường trực|bí thư|chấp hành|
liên hiệp|hiệp hội|doanh nghiệp|doanh nhân|ủy ban|uỷ ban|nhân dân|đại học|quốc gia|học viện|
trung tâm|đơn vị|cơ quan|hội đồng|tuyên truyền|tuyên dương|khen thưởng|xung kích|vai trò|
phong trào|tình nguyện|chuyên đề|hội nghị|sơ kết|tổng kết|thông tin|truyền thông|môi trường|
nông thôn|nông nghiệp|công nghiệp|hiện đại|chất lượng|hiệu quả|nâng cao|tăng cường|đẩy mạnh|
hỗ trợ|ươm tạo|thương hiệu|dự án|đề tài|sáng kiến|cải tiến|giải pháp|mô hình|sản phẩm|
công trình|tài năng|trẻ em|lao động|việc làm|cộng sản|tin học|an toàn|an ninh|quốc phòng|
bảo vệ|dân số|y tế|sức khỏe|thể thao|du lịch|nhà nước|pháp luật|chính sách|chủ trương|
nghị quyết|chỉ thị|kết luận|hướng dẫn|báo cáo|thành đoàn|tỉnh đoàn|huyện đoàn|quận đoàn|
ban chấp hành|ban thường vụ|ban bí thư|hội sinh viên|liên hiệp thanh niên|đội thiếu niên|
tiền phong|hồ chí minh|việt nam|cộng hòa|chủ nghĩa|độc lập|tự do|hạnh phúc|giám đốc|
chủ tịch|phó bí thư|phó giám đốc|phó chủ tịch|trưởng ban|phó trưởng ban|chánh văn phòng|
văn phòng|thủ trưởng|thủ tướng|chính phủ|quốc hội|bộ trưởng|đảng ủy|đảng bộ|tỉnh ủy|
thành ủy|huyện ủy|lãnh đạo|cán bộ|đảng viên|biểu dương|kỷ niệm|truyền thống|thành lập|
năng lực|số hóa|kinh doanh|thị trường|đầu tư|tài chính|ngân sách|kinh phí|sinh thái|
biến đổi|khí hậu|tài nguyên|hợp tác|quốc tế|hội nhập|ngoại ngữ|tiếng anh|khu vực|địa phương|
cấp tỉnh|cấp huyện|cấp cơ sở|toàn quốc|toàn thành|toàn tỉnh|trực thuộc|trường học|
phổ thông|trung học|cao đẳng|trung cấp|nghề nghiệp|giáo viên|giảng viên|nhà khoa học|
lần thứ|chương trình phối hợp|kế hoạch liên tịch|khoa học công nghệ|quả cầu vàng|olympic|robot|
lập trình|dữ liệu|chuyển giao|thương mại|điện tử|năng lượng|tái tạo|
ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân|ban chỉ đạo|ban tổ chức|ban giám khảo|
ban điều hành|
nông dân|phụ nữ|hội viên|cựu chiến binh|chiến binh|mặt trận|tổ quốc|công đoàn|liên đoàn|
người cao tuổi|cao tuổi|khuyến học|chữ thập đỏ|thập đỏ|văn nghệ|nghệ thuật|nhà báo|luật gia|
kỹ sư|kiến trúc|hiến máu|sinh hoạt|dân vận|dân tộc|tôn giáo|miền núi|biên giới|hải đảo|
biển đảo|phòng chống|ma túy|ma tuý|thiên tai|dịch bệnh|công dân|đô thị|văn minh|xây dựng|
giao thông|trật tự|gia đình|bình đẳng|công tác|chăm lo|thanh thiếu nhi|thiếu niên nhi đồng|
mùa hè|hội trại|diễn đàn|hội thảo|tọa đàm|toạ đàm|tập huấn|bồi dưỡng|
giao lưu|triển lãm|trưng bày|hội chợ|kết nối|cung cầu|khuyến nông|khuyến công|hợp tác xã|
nông sản|chế biến|tiêu thụ|chuỗi giá trị|giá trị|sinh kế|giảm nghèo|an sinh|vùng sâu|
vùng xa|khó khăn|khởi sự|tư vấn|đăng ký|tiêu chuẩn|đo lường|sáng chế|bản quyền|
thanh tra|kiểm tra|giám sát|đánh giá|thẩm định|nghiệm thu|phổ biến|kiến thức|
nhận thức|ý thức|đạo đức|lối sống|lý tưởng|cách mạng|bác hồ|làm theo|
tư tưởng|phong cách|đội viên|thanh niên công nhân|công nhân|viên chức|công chức|
người lao động|lực lượng|vũ trang|quân đội|công an|biên phòng|cảnh sát|
liên hiệp các hội|hội liên hiệp|hội nông dân|hội phụ nữ|hội cựu chiến binh|hội người cao tuổi|hội chữ thập đỏ|
hội khuyến học|hội nhà báo|hội luật gia|doanh nhân trẻ|hội doanh nhân trẻ|
""".replace("\n", "").split("|")

# Words that open the name of an organisation or a place: a break just before one of them
# separates two names ("Thành Đoàn / Thành phố Hồ Chí Minh"), which is acceptable.
NAME_STARTS = """
thành phố|tỉnh|huyện|quận|thị xã|xã|phường|sở|bộ|ban|ủy ban|uỷ ban|đại học|trường|hội|
liên hiệp|trung tâm|viện|học viện|hiệp hội|thành đoàn|tỉnh đoàn|huyện đoàn|trung ương|
đoàn|đảng ủy|tỉnh ủy|thành ủy|công ty|tổng công ty|ngân hàng|báo|đài|nhà văn hóa|
""".replace("\n", "").split("|")

# Words that open a phrase: a break just before one is natural.
PHRASE_STARTS = {
    "về",
    "của",
    "và",
    "với",
    "cho",
    "trong",
    "tại",
    "nhằm",
    "giai",  # giai đoạn
    "năm",
    "giữa",
    "đến",
    "theo",
    "để",
    "trên",
    "thực",  # thực hiện
    "hướng",  # hướng tới
    "phục",  # phục vụ
    "gắn",
    "nhân",  # nhân dịp
    "từ",
    "thuộc",
    "ban",  # ban hành
}
# words a line should not end with: they open what follows
ENDS_BADLY = (PHRASE_STARTS - {"năm", "ban", "thực", "hướng", "phục", "nhân", "giai"}) | {
    "các",
    "những",
    "một",
    "mỗi",
}
AUTHORITY_WORDS = {"tm.", "kt.", "tl.", "tuq.", "q.", "t/m", "k/t", "t/l", "t/uq"}
