"""``kehoach new program``: the frame of a coordination program, valid as written, with TODOs."""

from __future__ import annotations

from ..errors import KehoachError
from ..model import Repository
from ..resources import modeline
from ..today import today_from
from .common import TODO, Draft, signer_skeleton
from .yamltext import comment_block, dump, flow


def draft_program(
    repo: Repository, parties: list[str] | None, start: int, end: int, program_id: str | None = None
) -> Draft:
    if not parties:
        parties = list(repo.orgs)[:2]
        if len(parties) < 2:
            raise KehoachError(
                "orgs.yaml cần ít nhất hai tổ chức để lập chương trình phối hợp.",
                hint="Thêm tổ chức vào orgs.yaml hoặc ghi --parties A,B.",
            )
    if len(parties) < 2 or len(set(parties)) != len(parties):
        raise KehoachError("Chương trình phối hợp cần ít nhất hai bên khác nhau (--parties A,B).")
    for org in parties:
        if org not in repo.orgs:
            raise KehoachError(
                f'Không có tổ chức "{org}" trong orgs.yaml.',
                hint=f"Các mã có trong orgs.yaml: {', '.join(repo.orgs) or '(trống)'}",
            )
    if start > end:
        raise KehoachError(f"Năm bắt đầu {start} sau năm kết thúc {end}.")
    program_id = program_id or f"ctph-{start}-{end}-{'-'.join(parties)}"
    out = [
        modeline("program"),
        comment_block(
            f"Khung chương trình phối hợp giai đoạn {start} – {end}, tạo bằng `kehoach new program` ngày "
            f"{today_from(None).isoformat()}.\nĐiền các chỗ ghi {TODO}, rồi chạy `kehoach validate`."
        ),
    ]
    out.append("kind: program\n")
    out.append(f"id: {program_id}\n")
    out.append(
        f"# number: 1          # {TODO}: số văn bản\n# date: {start}-01-15   # {TODO}: ngày ký\n"
    )
    out.append(
        dump(
            "title",
            f"Hoạt động giai đoạn {start} – {end}",
            comment=f"{TODO}: trích yếu (nội dung phối hợp; tên các bên in ở tiêu đề)",
        )
    )
    out.append(flow("parties", parties))
    out.append(f"period: {{from: {start}, to: {end}}}\n\n")
    out.append(dump("goals", {"items": [f"{TODO}: mục đích, yêu cầu của chương trình"]}))
    out.append(
        "\n# Nội dung phối hợp: kế hoạch năm gắn mỗi hoạt động vào một nội dung bằng `area: <id>`.\n"
    )
    out.append(
        dump(
            "areas",
            [
                {"id": f"noi-dung-{i}", "title": f"{TODO}: nội dung phối hợp thứ {i}"}
                for i in (1, 2)
            ],
        )
    )
    out.append(
        "\n"
        + dump(
            "duties",
            [{"org": p, "items": [f"{TODO}: trách nhiệm của {repo.org_name(p)}"]} for p in parties],
        )
    )
    schedule = [
        {
            "id": "so-ket-nam",
            "kind": "interim",
            "title": "Sơ kết hằng năm",
            "every": "year",
            "month": 12,
        },
        {
            "id": "ke-hoach-nam",
            "kind": "plan",
            "title": "Thống nhất kế hoạch thực hiện năm tiếp theo",
            "every": "year",
            "year_offset": -1,
            "month": 12,
            "start": start + 1,
        },
        {
            # the plan of the first year: the program is signed at its start (``date`` above), so
            # that plan cannot be agreed the December before; due the month after signing
            "id": "ke-hoach-nam-dau",
            "kind": "plan",
            "title": f"Xây dựng kế hoạch thực hiện năm {start}",
            "every": "year",
            "month": 2,
            "start": start,
            "until": start,
        },
        {
            "id": "tong-ket",
            "kind": "final",
            "title": f"Tổng kết Chương trình giai đoạn {start} – {end}",
            "time": f"{end}-Q4",
        },
    ]
    if start == end:  # one year: no yearly sơ kết, no plan of a next year
        schedule = schedule[2:]
    out.append("\n# Lịch sơ kết, tổng kết: các lần diễn ra được tính ra (`kehoach due`).\n")
    out.append(dump("reviews", {"schedule": schedule}))
    out.append("\n" + dump("signers", [signer_skeleton(repo, p) for p in parties]))
    out.append(
        "\n"
        + dump(
            "recipients",
            {
                "groups": [
                    {"purpose": "b/c", "items": [f"{TODO}: nơi nhận để báo cáo"]},
                    {"purpose": "t/h", "items": [f"{TODO}: nơi nhận để thực hiện"]},
                ],
                "archive": ["VT"],
            },
        )
    )
    return Draft("".join(out), repo.root / "programs" / f"{program_id}.yaml", doc_id=program_id)
