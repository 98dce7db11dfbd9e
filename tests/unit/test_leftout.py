"""``leftout``: the one wording of the warning about files a command could not use."""

from __future__ import annotations

from kehoach.leftout import left_out_warning, named
from kehoach.problem import Problem


def first_error(n: int) -> Problem:
    return Problem(f"plans/kh-{n}.yaml", 10 + n, 3, "KH308", "error", "Xung đột hợp nhất git")


def test_a_few_files_named_at_their_line_then_counted():
    assert named([first_error(1)]) == "plans/kh-1.yaml:11"
    five = [first_error(n) for n in range(1, 6)]
    assert named(five) == "plans/kh-1.yaml:11; plans/kh-2.yaml:12; plans/kh-3.yaml:13 và 2 tệp khác"


def test_the_errors_counted_and_what_leaves_the_files_out():
    found = [first_error(1)]
    assert left_out_warning([]) is None and left_out_warning([], errors=0) is None
    assert left_out_warning(found, errors=2) == (
        "Cảnh báo: có 2 lỗi đọc tệp hoặc lược đồ; bỏ qua 1 tệp không đọc được hoặc sai lược đồ: "
        "plans/kh-1.yaml:11. Chạy `kehoach validate` để xem chi tiết và mọi lỗi kiểm tra khác."
    )
    assert left_out_warning(found, errors=5, checked=True, what="sổ") == (
        "Cảnh báo: kho có 5 lỗi kiểm tra; bỏ qua 1 tệp không đọc được hoặc sai lược đồ, sổ không "
        "tính văn bản trong đó: plans/kh-1.yaml:11. Chạy `kehoach validate` để xem chi tiết."
    )
    assert left_out_warning([], errors=3, checked=True) == (
        "Cảnh báo: kho có 3 lỗi kiểm tra. Chạy `kehoach validate` để xem chi tiết."
    )
    assert left_out_warning(found, what="dòng thời gian") == (
        "Cảnh báo: bỏ qua 1 tệp không đọc được hoặc sai lược đồ, dòng thời gian không tính văn "
        "bản trong đó: plans/kh-1.yaml:11. Chạy `kehoach validate` để xem chi tiết."
    )
