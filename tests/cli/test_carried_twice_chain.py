"""KH431 and KH429 over ``carried_from`` chains (``model.chains``), each test a finding of a
tester's 2027–2029 cycle of a program that asks each party for its own plan (``perparty_data``):
two plans of a year whose links go to different places and lead back to one activity, and a
suggestion of KH429 that led straight into KH431."""

from __future__ import annotations

from perparty_data import (
    HOI_THI_LINK,
    PROGRAM_ID,
    hoi_thi,
    kho,
    mo_hinh,
    plan_file,
    warned,
    write_plan,
)


def test_two_plans_of_a_year_leading_back_to_one_activity_are_warned(tmp_path, monkeypatch):
    """2028: the Tỉnh Đoàn's plan carries out the program's model, the Liên hiệp Hội's carries
    over its 2027 copy of it — two links to different places, one model: KH431 on both (before:
    none, the two targets differing). The work one plan split in two, each half carried over by
    one party, and a plan carrying on another of its year are not warned."""
    root = kho(tmp_path, monkeypatch)
    write_plan(root, 2027, "lhh", mo_hinh())
    write_plan(root, 2028, "td", mo_hinh(status="planned"))
    write_plan(root, 2028, "lhh", mo_hinh(link="plan: kh-2027-lhh"))
    found = sorted((p.path, p.message) for p in warned("KH431"))
    assert [path for path, _ in found] == [
        "plans/2028/kh-2028-lhh.yaml",
        "plans/2028/kh-2028-td.yaml",
    ]
    assert found[0][1].startswith(
        f'plans/2028/kh-2028-td.yaml cũng ghi thực hiện hoạt động "mo-hinh" của "{PROGRAM_ID}" '
        'trong năm 2028 (ở đây chuyển tiếp từ "kh-2027-lhh", ở kia ghi thẳng `carried_from` tới '
        "nó): kehoach đếm hai việc"
    ), found
    # the 2027 plan split the model in two; each party carries over one half
    halves = mo_hinh(own="mo-hinh-1") + mo_hinh(own="mo-hinh-2")
    write_plan(root, 2027, "lhh", halves)
    write_plan(root, 2028, "td", mo_hinh(link="plan: kh-2027-lhh", own="mo-hinh-1").replace(
        "activity: mo-hinh}", "activity: mo-hinh-1}"))  # fmt: skip
    write_plan(root, 2028, "lhh", mo_hinh(link="plan: kh-2027-lhh", own="mo-hinh-2").replace(
        "activity: mo-hinh}", "activity: mo-hinh-2}"))  # fmt: skip
    assert warned("KH431") == []
    # a supplementary plan of 2028 carrying on the Liên hiệp Hội's 2028 copy: one model
    write_plan(root, 2028, "td", mo_hinh(link="plan: kh-2028-lhh", own="mo-hinh").replace(
        "activity: mo-hinh}", "activity: mo-hinh-2}"))  # fmt: skip
    assert warned("KH431") == []


def test_kh429_does_not_suggest_a_link_another_plan_of_the_year_has(tmp_path, monkeypatch):
    """The Tỉnh Đoàn's 2029 plan holds the program's hội thi under its id without
    ``carried_from``, and the Liên hiệp Hội's 2029 plan carries it out: KH429 names that plan and
    says to drop the activity or change its id — before, it said to add the ``carried_from``,
    which then raised KH431 on both plans."""
    root = kho(tmp_path, monkeypatch)
    write_plan(root, 2029, "lhh", hoi_thi(2029, "      status: planned\n" + HOI_THI_LINK))
    write_plan(root, 2029, "td", hoi_thi(2029, "      status: planned\n"))
    (warning,) = warned("KH429")
    assert warning.message == (
        f'Hoạt động trùng mã với hoạt động "hoi-thi" của chương trình "{PROGRAM_ID}", mà '
        "plans/2029/kh-2029-lhh.yaml đã thực hiện trong năm 2029: là một việc thì bỏ hoạt động "
        "này (việc ấy ở kế hoạch kia; ghi thêm `carried_from` ở đây thì thành hai việc, KH431); là "
        "việc khác thì đổi mã"
    )
    write_plan(root, 2029, "td", hoi_thi(2029, "      status: planned\n" + HOI_THI_LINK))
    assert len(warned("KH431")) == 2  # what the old suggestion led to
    # no other plan of the year carries it out: the link is what to add, as before
    (root / plan_file(2029, "lhh")).unlink()
    write_plan(root, 2029, "td", hoi_thi(2029, "      status: planned\n"))
    (warning,) = warned("KH429")
    assert f"thêm `carried_from: {{program: {PROGRAM_ID}, activity: hoi-thi}}`" in warning.message
