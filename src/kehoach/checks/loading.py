"""Documentation of the codes produced while reading, parsing and schema-validating files."""

from .registry import describe

_FILE = [
    (
        "KH101",
        "yaml-syntax",
        "Lỗi cú pháp YAML: thiếu dấu `:`, thụt lề sai, dùng tab, chuỗi chưa đóng nháy… "
        "Vị trí là nơi bộ phân tích dừng lại.",
    ),
    (
        "KH102",
        "encoding",
        "Tệp không phải UTF-8 (ví dụ UTF-16 hay UTF-32, có hoặc không có BOM, Windows-1258, TCVN3). "
        "Hãy lưu lại bằng UTF-8.",
    ),
    ("KH103", "binary", "Tệp nhị phân (có byte NUL), không phải văn bản."),
    (
        "KH104",
        "unreadable",
        "Không đọc được tệp (không có quyền, là thư mục…) hoặc tệp quá lớn (mặc định tối đa 5 MB, "
        "đặt `KEHOACH_MAX_FILE_BYTES` để đổi).",
    ),
    (
        "KH105",
        "alias-bomb",
        "Bí danh YAML (`&`/`*`) bung ra quá nhiều nút (kiểu tấn công 'billion laughs') hoặc cấu trúc "
        "lồng quá sâu; tệp bị từ chối.",
    ),
    (
        "KH106",
        "duplicate-key",
        "Một khóa xuất hiện hai lần trong cùng ánh xạ; YAML giữ giá trị sau và âm thầm bỏ giá trị trước. "
        "Đây là lỗi (mã thoát 1, `render` từ chối văn bản cho đến khi sửa), nhưng không che các lỗi khác: "
        "tệp vẫn được kiểm tra lược đồ và kiểm tra toàn kho với giá trị sau, để một lần chạy thấy mọi vấn đề.",
    ),
    ("KH107", "empty-file", "Tệp rỗng hoặc chỉ có chú thích."),
    (
        "KH108",
        "not-a-mapping",
        "Nội dung tệp phải là một ánh xạ `khóa: giá trị`, không phải danh sách hay giá trị đơn.",
    ),
    (
        "KH109",
        "unknown-kind",
        "Tệp YAML trong kho (không phải `kehoach.yaml`, `orgs.yaml`) không có `kind`, hoặc `kind` không "
        "phải một loại văn bản (`program`, `plan`, `decision`, `rules`, `report`): với giá trị gõ sai "
        "(`kind: plann`), thông báo chỉ vào giá trị và gợi ý loại gần đúng. Đặt `kind`, hoặc loại tệp "
        "khỏi kho bằng `exclude` trong `kehoach.yaml`.",
    ),
]
_SCHEMA = [
    ("KH201", "missing-key", "Thiếu một khóa bắt buộc. Vị trí là ánh xạ cần chứa khóa đó."),
    (
        "KH202",
        "unknown-key",
        "Khóa không có trong định dạng (thường do gõ sai); kehoach gợi ý khóa gần đúng.",
    ),
    (
        "KH203",
        "wrong-type",
        "Giá trị sai kiểu, ví dụ chuỗi thay cho danh sách, hay chữ thay cho số tiền.",
    ),
    (
        "KH204",
        "not-allowed",
        "Giá trị không thuộc các giá trị cho phép (ví dụ `status`, `authority`, `purpose`).",
    ),
    (
        "KH205",
        "bad-format",
        "Giá trị sai dạng: ngày (YYYY-MM-DD), mốc thời gian (2021-Q2, 2021-H1…), mã định danh.",
    ),
    (
        "KH206",
        "schema",
        "Vi phạm khác của lược đồ: danh sách rỗng, phần tử trùng, số âm, chuỗi rỗng…",
    ),
]
for code, name, doc in _FILE:
    describe(code, name, doc, scope="file")
for code, name, doc in _SCHEMA:
    describe(code, name, doc, scope="schema")
