"""Source of the JSON Schemas in ``schemas/`` (run ``python tools/schema_src.py`` to regenerate).

The schemas are written here once, as Python data, so that shared definitions (time expressions,
signers, recipients, sections…) are not copied by hand; the generated files are self-contained
draft-07 documents that the YAML language server and check-jsonschema read directly.
A test fails when the committed files differ from what this script writes.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

# this tree's kehoach, not another checkout's installed one: the labels below, the validators
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from kehoach.field_labels import ENDS, FIELDS, LABEL  # noqa: E402

DRAFT = "http://json-schema.org/draft-07/schema#"

PERIOD_PART = r"\d{4}(-(0[1-9]|1[0-2])(-\d{2})?|-Q[1-4]|-H[12])?"
TIME_PATTERN = rf"^(ongoing|[Tt]hường xuyên|{PERIOD_PART}(\.\.{PERIOD_PART})?)$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"


def s(title: str, description: str, **kw) -> dict:
    """A string property with Vietnamese help."""
    return {"type": "string", "title": title, "description": description, **kw}


def ref(name: str, title: str | None = None, description: str | None = None) -> dict:
    out: dict = {"$ref": f"#/definitions/{name}"}
    # draft-07 ignores siblings of $ref; editors still show them, so keep the help text
    if title:
        out["title"] = title
    if description:
        out["description"] = description
    return out


def intro(title: str, description: str) -> dict:
    """The words a section of a list (a program's areas, duties) has of its own, before its
    subsections: paragraphs, items, at least one of them."""
    return {
        **obj({"paragraphs": ref("paragraphs"), "items": ref("items")}, None, title, description),
        "anyOf": [{"required": ["paragraphs"]}, {"required": ["items"]}],
    }


def arr(items: dict, title: str, description: str, **kw) -> dict:
    return {"type": "array", "title": title, "description": description, "items": items, **kw}


def obj(
    props: dict,
    required: list[str] | None = None,
    title: str = "",
    description: str = "",
    extra: bool = False,
) -> dict:
    out: dict = {"type": "object", "properties": props, "additionalProperties": extra}
    if required:
        out["required"] = required
    if title:
        out["title"] = title
    if description:
        out["description"] = description
    return out


TEXT_LIST = {"type": "array", "items": {"type": "string", "minLength": 1}}
ITEM_STYLE = {
    "enum": ["dash", "letter", "plus", "number", "outline", "none"],
    "title": "Kiểu đánh dấu ý",
    "description": (
        "`dash` (-), `letter` (a), b), c)), `plus` (+), `number` (1., 2.), `outline` (đánh số "
        "tiếp số của mục: 2.1., 2.2. trong mục 2., chữ thường, không phải tiêu đề) hoặc `none` "
        "(đoạn văn không dấu). Số do kehoach đánh, không gõ vào chữ."
    ),
}
MARK = {"enum": ["rule", "***", "*", "none"]}
HEADER_STYLE = {
    "type": "object",
    "additionalProperties": False,
    "title": "Kiểu tiêu đề",
    "description": (
        "Ba lựa chọn độc lập của phần tiêu đề (xem docs/render.md): dòng bên phải, dấu dưới tên "
        "cơ quan, cách ghi số. Mặc định theo hệ thống của các cơ quan ban hành."
    ),
    "properties": {
        "motto": {
            "enum": ["national", "doan", "party", "none"],
            "title": "Dòng bên phải",
            "description": "`national` (Quốc hiệu, Tiêu ngữ), `doan` (ĐOÀN TNCS HỒ CHÍ MINH), `party` (ĐẢNG CỘNG SẢN VIỆT NAM) hoặc `none`.",
        },
        "mark": {
            "title": "Dấu dưới tên cơ quan",
            "description": '`rule` (kẻ ngang), `***` (Đoàn), `*` (Đảng) hoặc `none`; một giá trị cho mọi cơ quan, hoặc danh sách mỗi cơ quan một giá trị, ví dụ `["***", rule]`.',
            "anyOf": [MARK, {"type": "array", "items": MARK, "minItems": 1}],
        },
        "number": {
            "enum": ["state", "doan", "party"],
            "title": "Cách ghi số",
            "description": "`state` (`Số: 05/KH-UBND`), `doan` (`Số: 24-KHLT/TĐTN-ĐHQG`) hoặc `party` (`Số 15-KH/TU`).",
        },
        "parents": {
            "type": "boolean",
            "title": "In cơ quan chủ quản",
            "description": "Mặc định `true`: in dòng cơ quan chủ quản (`parent`) trên tên từng cơ quan ban hành, cả trong văn bản liên tịch.",
        },
    },
}
BASES_STYLE = {
    "enum": ["plain", "dash"],
    "title": "Cách trình bày căn cứ",
    "description": "`plain` (Nghị định 30: mỗi căn cứ một dòng) hoặc `dash` (`- Căn cứ …;`, như văn bản của Đảng, quyết định của Đoàn). Mặc định: `dash` cho văn bản Đảng và quyết định, quy chế của Đoàn; còn lại `plain`.",
}

TABLE = obj(
    {
        "columns": arr({"type": "string"}, "Tên cột", "Tiêu đề các cột.", minItems=1),
        "rows": arr(
            {
                "type": "array",
                "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
            },
            "Các dòng",
            "Mỗi dòng một danh sách ô, cùng số ô với số cột; số nguyên in có dấu chấm ngăn cách.",
        ),
    },
    required=["columns", "rows"],
    title="Bảng",
    description="Một bảng in sau đoạn văn và các ý của mục, ví dụ bảng dự toán, bảng số liệu.",
)


DEFINITIONS: dict = {
    "table": TABLE,
    "item_style": ITEM_STYLE,
    "header_style": HEADER_STYLE,
    "id": s(
        "Mã định danh",
        "Chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới, ví dụ `tinhdoan-bt`.",
        pattern=ID_PATTERN,
    ),
    "date": s("Ngày", "Ngày theo dạng YYYY-MM-DD, ví dụ `2021-02-05`.", pattern=DATE_PATTERN),
    "time": {
        "title": "Thời gian",
        "description": (
            "Mốc thời gian như người soạn thường viết: ngày `2021-06-30`, tháng `2021-06`, quý "
            "`2021-Q2`, 6 tháng `2021-H1`, năm `2021`, khoảng `2021-03..2021-Q3`, hoặc `ongoing` "
            "(thường xuyên). Hạn chót là ngày cuối của khoảng."
        ),
        "anyOf": [
            {"type": "integer", "minimum": 1900, "maximum": 2200},
            {"type": "string", "pattern": TIME_PATTERN},
        ],
    },
    "field_lines": obj(
        {
            "order": {
                "type": "array",
                "items": {"enum": list(FIELDS)},
                "uniqueItems": True,
                "minItems": 1,
                "title": "Thứ tự các dòng",
                "description": "Thứ tự in các dòng dưới hoạt động, như văn bản gõ: `time` (Thời "
                "gian), `lead` (Đơn vị chủ trì), `support` (Đơn vị phối hợp: một dòng riêng; "
                "không ghi thì in sau chủ trì trên cùng dòng `…; phối hợp: …`), `place`, "
                "`participants`, `outputs`, `budget`. Dòng không ghi ở đây in sau, theo thứ tự "
                "mặc định.",
            },
            "labels": obj(
                {
                    f: s(LABEL[f], f"Chữ đầu dòng thay cho `{LABEL[f]}`.", minLength=1)
                    for f in FIELDS
                },  # fmt: skip
                title="Chữ đầu dòng",
                description="Chữ đầu mỗi dòng như văn bản gõ, ví dụ `{time: Thời gian thực hiện, "
                "lead: Cơ quan chủ trì, support: Cơ quan phối hợp}`.",
            ),
            "end": {
                "enum": list(ENDS),
                "title": "Dấu cuối dòng",
                "description": '`.` (mặc định), `;`, `""` (không dấu) hoặc `;.` (mỗi dòng `;`, '
                "dòng cuối `.`), như văn bản gõ; dòng gõ nguyên văn giữ dấu của nó.",
            },
        },
        title="Cách gõ các dòng của hoạt động",
        description="Với `layout: detailed_list`: thứ tự, chữ đầu dòng và dấu cuối các dòng Thời "
        "gian, Đơn vị chủ trì… dưới mỗi hoạt động, như văn bản gõ (`import` ghi khi khác cách "
        "kehoach in). Ghi ở danh sách (`contents`, nội dung của chương trình) cho mọi hoạt động, "
        "ở hoạt động cho riêng nó (từng khóa đè lên của danh sách).",
    ),
    "paragraphs": {
        **TEXT_LIST,
        "title": "Các đoạn văn",
        "description": "Mỗi phần tử là một đoạn văn, in thụt đầu dòng, căn đều hai bên.",
    },
    "items": {
        "type": "array",
        "title": "Các ý gạch đầu dòng",
        "description": "Mỗi phần tử là một ý, in sau dấu `-` (hoặc `a)`, `b)` khi `item_style: letter`).",
        "items": {"type": "string", "minLength": 1},
    },
    "section": obj(
        {
            "title": s(
                "Tiêu đề mục", "Tiêu đề của mục; số thứ tự (I., 1., 1.1.) do kehoach tự đánh."
            ),
            "org": ref(
                "id", "Đơn vị", "Mã tổ chức mà mục này giao nhiệm vụ (dùng cho `kehoach who`)."
            ),
            "paragraphs": ref("paragraphs"),
            "items": ref("items"),
            "item_style": ref("item_style"),
            "table": ref("table"),
            "sections": {
                "type": "array",
                "title": "Mục con",
                "description": "Các mục con, đánh số 1.1., 1.2.…",
                "items": ref("section"),
            },
            "sections_style": {
                "enum": ["outline", "letter"],
                "title": "Cách đánh số mục con",
                "description": "`outline` (mặc định: 1.1., 1.2. dưới mục 1.) hoặc `letter` (a), b), c) — như văn bản gõ `a) Ưu điểm`, `b) Hạn chế`). Mục con không có tiêu đề (chữ gõ sau một bảng) không chiếm số.",
            },
            "sections_start": {
                "type": "integer",
                "minimum": 1,
                "maximum": 99,
                "title": "Số của mục con đầu tiên",
                "description": "Mặc định 1. Khi các đoạn văn trước các mục con đã gõ số (`1. Thời gian: …`, `2. Địa điểm: …`) thì mục con đầu tiên mang số tiếp theo, ví dụ `3` để in `3. Các hoạt động chính` như văn bản gõ.",
            },
        },
        title="Mục",
        description="Một mục nội dung: tiêu đề, đoạn văn, ý gạch đầu dòng, bảng và mục con.",
    ),
    "base": {
        "title": "Căn cứ",
        "description": (
            "Một căn cứ: hoặc `ref` tới văn bản khác trong kho (được kiểm tra), hoặc trích dẫn văn bản "
            "bên ngoài (số, ngày, cơ quan ban hành, trích yếu), hoặc `text` nguyên văn."
        ),
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "ref": ref(
                "id", "Văn bản trong kho", "Mã (`id`) của chương trình hoặc kế hoạch trong kho."
            ),
            "verb": s("Từ mở đầu", "Mặc định `Căn cứ`; có thể là `Thực hiện`, `Triển khai`…"),
            "doc_type": s(
                "Loại văn bản", "Ví dụ `Chỉ thị`, `Kết luận`, `Kế hoạch`, `Chương trình phối hợp`."
            ),
            "number": s("Số, ký hiệu", "Ví dụ `42-CT/TW`, `5395/KH-UBND`."),
            "date": ref("date", "Ngày ban hành"),
            "issuer": s("Cơ quan ban hành", "Ví dụ `Bộ Chính trị (khóa X)`, `UBND tỉnh`."),
            "summary": s("Trích yếu", "Nội dung trích yếu của văn bản được căn cứ."),
            "text": s(
                "Nguyên văn",
                "Cả câu căn cứ, gồm từ mở đầu (`Căn cứ …`), in nguyên văn; kehoach chỉ thêm dấu `;` hoặc `.` cuối.",
            ),
        },
        "anyOf": [{"required": ["ref"]}, {"required": ["number"]}, {"required": ["text"]}],
    },
    "activity": obj(
        {
            "id": ref(
                "id",
                "Mã hoạt động",
                "Duy nhất trong văn bản; dùng để theo dõi và so sánh phiên bản.",
            ),
            "title": s("Nội dung hoạt động", "Tên hoạt động như in trong văn bản.", minLength=1),
            "area": ref(
                "id",
                "Nội dung phối hợp",
                "Mã nội dung (`areas[].id`) của chương trình mà hoạt động thực hiện.",
            ),
            "group": s(
                "Nhóm",
                "Tên nhóm mà hoạt động in dưới: dòng nhóm trải ngang bảng hoạt động (`I. Công tác "
                "tuyên truyền`), hay mục con (`1. Công tác tuyên truyền`) khi trình bày dạng danh "
                "sách. Các hoạt động liền nhau cùng nhóm in chung dưới một nhóm; số của nhóm do "
                "kehoach đánh, không gõ vào chữ.",
                minLength=1,
            ),
            "lead": ref("id", "Đơn vị chủ trì", "Mã tổ chức chủ trì."),
            "lead_unit": s(
                "Bộ phận chủ trì", "Ban, phòng cụ thể của đơn vị chủ trì, ví dụ `Ban Phong trào`."
            ),
            "lead_unit_alone": {
                "type": "boolean",
                "title": "Bộ phận chủ trì in một mình",
                "description": "`true`: văn bản in ban, phòng chủ trì (`lead_unit`) không kèm tên "
                "đơn vị chủ trì — `Ban Tuyên giáo`, không phải `Ban Tuyên giáo Thành Đoàn` — như "
                "kế hoạch của chính đơn vị ấy thường gõ (`import` ghi khi văn bản gõ như vậy). "
                "Mặc định in kèm tên. `due`, `who` và bảng tính vẫn ghi kèm tên đơn vị.",
            },
            "lead_printed": {
                "type": "boolean",
                "title": "In đơn vị chủ trì",
                "description": "`false`: văn bản không ghi đơn vị chủ trì của hoạt động; với "
                "`layout: detailed_list` không in dòng `Đơn vị chủ trì: …`, bảng để trống ô Chủ "
                "trì (không hàng nào ghi: bảng không có cột Chủ trì). `import` ghi khi lấy "
                "cơ quan ban hành làm `lead`, kèm TODO. `due`, `who` vẫn tính cho `lead`. Mặc định "
                "in.",
            },
            "co_leads": {
                "type": "array",
                "title": "Đồng chủ trì",
                "description": "Mã các tổ chức cùng chủ trì với `lead` (văn bản ghi nhiều đơn vị ở "
                "cột Chủ trì: `Tỉnh Đoàn, Sở KH&CN`): in sau đơn vị chủ trì, `who` tính việc ấy là "
                "việc chủ trì của mỗi đơn vị.",
                "items": ref("id"),
                "minItems": 1,
                "uniqueItems": True,
            },
            "support": {
                "type": "array",
                "title": "Đơn vị phối hợp",
                "description": "Mã các tổ chức phối hợp.",
                "items": ref("id"),
                "uniqueItems": True,
            },
            "support_units": {
                "type": "object",
                "title": "Bộ phận phối hợp",
                "description": "Ban, phòng cụ thể của một đơn vị phối hợp, theo mã tổ chức ghi "
                "trong `support`, ví dụ `{tinhdoan-bt: Ban Phong trào}`: cột Phối hợp in "
                "`Ban Phong trào Tỉnh Đoàn`, và `who` vẫn tính việc ấy cho Tỉnh Đoàn.",
                "propertyNames": {"pattern": ID_PATTERN},
                "additionalProperties": {"type": "string", "minLength": 1},
            },
            "support_others": arr(
                {"type": "string"},
                "Đơn vị phối hợp khác",
                "Đơn vị phối hợp không có trong orgs.yaml, ghi bằng chữ.",
            ),
            "time": ref("time", "Thời gian thực hiện"),
            "every": {
                "enum": ["month", "quarter", "half", "year"],
                "title": "Lặp lại",
                "description": "Hoạt động định kỳ (giao ban, báo cáo, sinh hoạt hằng tháng, hằng quý): lặp lại mỗi tháng (`month`), quý (`quarter`), 6 tháng (`half`) hoặc năm (`year`) trong thời gian `time` (không ghi `time`: cả năm của kế hoạch, cả giai đoạn của chương trình). `kehoach due` nhắc hạn cuối kỳ tới (kỳ đã qua không được nhắc lại: không có chỗ ghi từng kỳ đã xong); bản in ghi `Hằng tháng`, `Hằng quý`, `6 tháng một lần`, `Hằng năm`.",
            },
            "place": s("Địa điểm", "Nơi tổ chức."),
            "participants": s("Thành phần", "Đối tượng, số lượng tham gia."),
            "outputs": arr({"type": "string"}, "Sản phẩm", "Kết quả, sản phẩm dự kiến."),
            "details": ref("paragraphs", "Nội dung chi tiết"),
            "field_lines": ref("field_lines"),
            "details_first": {
                "type": "boolean",
                "title": "Dòng chi tiết in trước",
                "description": "Với `layout: detailed_list`: `true` khi văn bản gõ các dòng chi tiết (`- Nội dung:`, `+ …`) ngay dưới tên hoạt động, trước các dòng Thời gian, Đơn vị chủ trì, Kinh phí; mặc định các dòng chi tiết in sau. Dòng chi tiết gõ với dấu `-`, `+` ở đầu in thành ý với dấu ấy.",
            },
            "budget": {
                "type": "integer",
                "minimum": 0,
                "title": "Kinh phí (đồng)",
                "description": "Số nguyên, đơn vị đồng, ví dụ `20000000`.",
            },
            "spent": {
                "type": "integer",
                "minimum": 0,
                "title": "Đã chi (đồng)",
                "description": "Kinh phí thực chi, dùng cho báo cáo sơ kết, tổng kết.",
            },
            "status": {
                "enum": ["planned", "in_progress", "done", "cancelled"],
                "title": "Trạng thái",
                "description": "`planned` (chưa thực hiện), `in_progress` (đang thực hiện), `done` (đã xong), `cancelled` (hủy).",
            },
            "done_date": ref("date", "Ngày hoàn thành"),
            "note": s("Ghi chú", "Ghi chú về tiến độ, kết quả."),
            "carried_from": obj(
                {
                    "plan": ref(
                        "id", "Kế hoạch trước", "Mã (`id`) kế hoạch có hoạt động được chuyển tiếp."
                    ),
                    "program": ref(
                        "id",
                        "Chương trình",
                        "Mã (`id`) chương trình phối hợp có hoạt động (ghi trong nội dung phối "
                        "hợp, `areas[].activities`) mà hoạt động này thực hiện.",
                    ),
                    "activity": s(
                        "Hoạt động được chuyển tiếp, được thực hiện",
                        "Mã (`id`) của hoạt động ấy trong kế hoạch trước (hay chương trình); tên "
                        "của nó nếu nó không có mã.",
                        minLength=1,
                    ),
                },
                required=["activity"],
                title="Chuyển tiếp từ",
                description="Hoạt động chưa hoàn thành của một kế hoạch trước được chuyển sang "
                "(`plan`; `kehoach new plan` ghi sẵn), hoặc hoạt động của chương trình mà kế hoạch "
                "này thực hiện (`program`): báo cáo đếm nó một lần, `kehoach due` không còn nhắc "
                "bản cũ.",
            )
            | {"anyOf": [{"required": ["plan"]}, {"required": ["program"]}]},
        },
        required=["title", "lead"],
        title="Hoạt động",
        description="Một hoạt động có đơn vị chủ trì, phối hợp, thời gian, kinh phí và trạng thái.",
    ),
    "review": obj(
        {
            "id": ref("id", "Mã", "Duy nhất trong văn bản."),
            "kind": {
                "enum": ["meeting", "interim", "final", "plan"],
                "title": "Loại",
                "description": "`meeting` (họp định kỳ, giao ban), `interim` (sơ kết), `final` (tổng kết), `plan` (xây dựng kế hoạch năm).",
            },
            "title": s("Tên", "Ví dụ `Sơ kết hằng năm`, `Họp giao ban quý`."),
            "every": {
                "enum": ["month", "quarter", "half", "year"],
                "title": "Định kỳ",
                "description": "Lặp lại mỗi tháng, quý, 6 tháng hoặc năm trong thời hạn của văn bản.",
            },
            "month": {
                "type": "integer",
                "minimum": 1,
                "maximum": 12,
                "title": "Tháng trong kỳ",
                "description": "Tháng thứ mấy của mỗi kỳ (1 = tháng đầu). Mặc định: tháng cuối kỳ.",
            },
            "day": {
                "type": "integer",
                "minimum": 1,
                "maximum": 31,
                "title": "Ngày",
                "description": "Ngày trong tháng đó. Mặc định: ngày cuối tháng.",
            },
            "year_offset": {
                "type": "integer",
                "minimum": -1,
                "maximum": 0,
                "title": "Lệch năm",
                "description": "Với `kind: plan`: `-1` khi kế hoạch năm N phải có từ năm N-1 (ví dụ thống nhất tại sơ kết cuối năm trước).",
            },
            "time": ref(
                "time",
                "Thời gian cố định",
                "Dùng thay cho `every` khi chỉ diễn ra một lần, ví dụ `2023-H1` (sơ kết giữa kỳ).",
            ),
            "start": {
                "type": "integer",
                "minimum": 1900,
                "maximum": 2200,
                "title": "Năm bắt đầu",
                "description": "Năm đầu tiên áp dụng (mặc định: năm đầu của thời hạn). Với `kind: plan`: năm của kế hoạch đầu tiên (không phải năm soạn).",
            },
            "until": {
                "type": "integer",
                "minimum": 1900,
                "maximum": 2200,
                "title": "Năm kết thúc",
                "description": "Năm cuối cùng áp dụng (mặc định: năm cuối của thời hạn), ví dụ sơ kết hằng năm đến năm trước năm tổng kết.",
            },
            "lead": ref("id", "Đơn vị chủ trì"),
            "rotation": arr(
                ref("id"),
                "Luân phiên chủ trì",
                "Các bên luân phiên chủ trì, theo thứ tự (mã tổ chức), thay cho `lead`: lần diễn "
                "ra thứ nhất do bên đầu chủ trì, lần thứ hai bên kế tiếp…, hết danh sách thì quay "
                "lại bên đầu. Mỗi lần họp (mỗi năm với lịch hằng năm) một bên, như văn bản ghi "
                "`Các bên luân phiên chủ trì theo thứ tự: …`.",
                minItems=2,
                uniqueItems=True,
            ),
            "note": s("Ghi chú", "Ghi chú."),
            "text": s(
                "Lời văn in ra",
                "Câu in trong văn bản cho mục lịch này, đúng lời người soạn (thay cho câu kehoach tự viết).",
            ),
        },
        required=["kind"],
        title="Lịch họp, sơ kết, tổng kết",
        description="Một mục lịch: lặp lại (`every`) hoặc một lần (`time`); các lần diễn ra được tính ra, không lưu.",
    ),
    "reviews": obj(
        {
            "title": s("Tiêu đề mục", "Mặc định `CHẾ ĐỘ THÔNG TIN, SƠ KẾT, TỔNG KẾT`."),
            "paragraphs": ref("paragraphs"),
            "items": ref("items"),
            "schedule": arr(ref("review"), "Lịch", "Các mục lịch họp định kỳ, sơ kết, tổng kết."),
            "print_schedule": {
                "type": "boolean",
                "title": "In lịch",
                "description": "`false`: lịch chỉ để theo dõi (`kehoach due`), không in; `true`: in mỗi mục lịch thành một câu. Bỏ trống: chỉ in khi mục không có lời văn riêng (mục có `text` luôn được in).",
            },
        },
        title="Sơ kết, tổng kết",
        description="Chế độ họp, thông tin, sơ kết, tổng kết.",
    ),
    "signer": obj(
        {
            "org": ref("id", "Tổ chức ký", "Mã tổ chức (phải là cơ quan ban hành hoặc một bên)."),
            "authority": {
                "enum": ["TM.", "KT.", "Q.", "TL.", "TUQ.", ""],
                "title": "Thẩm quyền ký",
                "description": "`TM.` (thay mặt tập thể), `KT.` (ký thay người đứng đầu), `Q.` (quyền), `TL.` (thừa lệnh), `TUQ.` (thừa ủy quyền) hoặc để trống.",
            },
            "for": s(
                "Ký cho",
                "Tập thể hoặc người đứng đầu được ký thay, ví dụ `BAN THƯỜNG VỤ TỈNH ĐOÀN`, `GIÁM ĐỐC`. Không có `authority` thì `for` là dòng tên cơ quan in trên chức vụ, đúng như viết (ví dụ `SỞ KHOA HỌC & CÔNG NGHỆ`).",
            ),
            "title": s("Chức vụ", "Chức vụ của người ký, ví dụ `BÍ THƯ`, `PHÓ GIÁM ĐỐC`."),
            "name": s(
                "Họ và tên",
                'Họ tên người ký. Chuỗi rỗng (`name: ""`): dòng họ tên để trống có chủ ý (bản '
                "chép lại từ nguồn không in tên); thiếu hẳn thì KH449 nhắc.",
            ),
            "above": s(
                "Dòng trên dòng thẩm quyền",
                'Một dòng thẩm quyền nữa, in đúng như viết trên dòng thẩm quyền, thay cho dòng tên cơ quan: `TM. BAN THƯỜNG TRỰC` trên `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`. Chuỗi rỗng (`above: ""`): khối không có dòng nào trên dòng thẩm quyền, kể cả dòng tên cơ quan kehoach tự in khi nhiều khối đứng cạnh nhau.',
                pattern=r"^$|\S",
            ),
        },
        required=["org", "title"],
        title="Người ký",
        description="Khối chữ ký: thẩm quyền, tập thể/người đứng đầu, chức vụ, họ tên.",
    ),
    "recipient_item": {
        "title": "Nơi nhận",
        "description": "Tên nơi nhận, hoặc `{name, note}` khi có ghi chú riêng, ví dụ `(phối hợp)`.",
        "anyOf": [
            {"type": "string", "minLength": 1},
            obj(
                {
                    "name": s("Tên", "Tên nơi nhận.", minLength=1),
                    "note": s("Ghi chú", "Ví dụ `để phối hợp`."),
                },
                required=["name"],
            ),
        ],
    },
    "recipients": obj(
        {
            "groups": arr(
                obj(
                    {
                        "purpose": {
                            "enum": ["b/c", "t/h", "p/h", "đ/b", ""],
                            "title": "Mục đích",
                            "description": "`b/c` (để báo cáo), `t/h` (để thực hiện), `p/h` (để phối hợp), `đ/b` (để biết) hoặc để trống.",
                        },
                        "items": arr(
                            ref("recipient_item"),
                            "Các nơi nhận",
                            "Mỗi dòng một nơi nhận.",
                            minItems=1,
                        ),
                    },
                    required=["items"],
                ),
                "Nhóm nơi nhận",
                "Các nơi nhận cùng một mục đích.",
            ),
            "archive": {
                "title": "Lưu",
                "description": "Dòng lưu trữ: danh sách `[VT, TNNTCN&ĐT]` in thành `- Lưu: VT, TNNTCN&ĐT.`; chuỗi bắt đầu bằng `Lưu` in đúng như viết (`Lưu VT-LT.`).",
                "anyOf": [{"type": "string", "minLength": 1}, {**TEXT_LIST, "minItems": 1}],
            },
        },
        title="Nơi nhận",
        description="Các nhóm nơi nhận và dòng lưu trữ.",
    ),
    "budget": obj(
        {
            "title": s("Tiêu đề mục", "Mặc định `KINH PHÍ`."),
            "paragraphs": ref("paragraphs"),
            "items": ref("items"),
            "lines": arr(
                obj(
                    {
                        "item": s("Khoản mục", "Tên khoản chi.", minLength=1),
                        "amount": {
                            "type": "integer",
                            "minimum": 0,
                            "title": "Số tiền (đồng)",
                            "description": "Số nguyên, đồng.",
                        },
                        "source": s("Nguồn", "Nguồn kinh phí."),
                        "note": s(
                            "Ghi chú",
                            "Ghi chú của dòng: bảng dự toán (`layout: table`) in nó ở cột Ghi chú "
                            "cuối bảng; dạng danh sách in nó trong ngoặc sau số tiền, sau nguồn "
                            "(`(Ngân sách tỉnh; ghi chú: 01 giải Nhất)`).",
                        ),
                    },
                    required=["item", "amount"],
                ),
                "Dự toán",
                "Các dòng dự toán.",
            ),
            "total": {
                "type": "integer",
                "minimum": 0,
                "title": "Tổng cộng (đồng)",
                "description": "Tổng kinh phí khai báo; được kiểm tra với tổng các dòng và tổng kinh phí hoạt động.",
            },
            "print_total": {
                "type": "boolean",
                "title": "In dòng tổng",
                "description": "In dòng `Tổng kinh phí: … đồng (Bằng chữ: …)`. Mặc định: in khi có `total`, hoặc khi có từ hai dòng dự toán (tổng của chúng); `false`: không in (văn bản gốc không ghi tổng).",
            },
            "source": s("Nguồn kinh phí", "Nguồn chung, ví dụ `ngân sách sự nghiệp khoa học`."),
            "after_total": intro(
                "Lời sau dòng tổng",
                "Đoạn văn, ý in sau dòng tổng kinh phí (và dòng `Nguồn kinh phí`), theo thứ tự "
                "gõ: `Các đơn vị chủ động bố trí kinh phí…`. `import` ghi vào đây chữ gõ dưới dòng "
                "tổng.",
            ),
            "layout": {
                "enum": ["list", "table"],
                "title": "Cách trình bày dự toán",
                "description": "`list` (mặc định: mỗi dòng dự toán một ý `- Khoản: … đồng (nguồn);`, rồi dòng `Tổng kinh phí: … đồng (Bằng chữ: …).`) hoặc `table` (bảng dự toán STT | Nội dung | Kinh phí (đồng) | Nguồn, cột Ghi chú khi có `note`, dòng `Tổng cộng`, dưới bảng `(Bằng chữ: …)`).",
            },
            "columns": {
                "type": "array",
                "items": {"type": "string", "minLength": 1},
                "minItems": 3,
                "maxItems": 4,
                "title": "Tên cột của bảng dự toán",
                "description": "Với `layout: table`: tên các cột như văn bản gõ, theo thứ tự STT, nội dung, kinh phí, nguồn (ví dụ `[STT, Nội dung chi, Kinh phí, Đơn vị đảm bảo]`); ba tên: không có cột nguồn. Cột kinh phí ghi đơn vị (`Kinh phí (triệu đồng)`, `(1.000đ)`) thì số in theo đơn vị ấy (`50`, `2,5`); cột ghi `(đồng)` in số đồng; cột không ghi đơn vị thì mỗi ô in `… đồng`.",
            },
            "total_label": s(
                "Chữ đầu dòng tổng",
                "Mặc định `Tổng kinh phí`; ví dụ `Tổng kinh phí thực hiện Kế hoạch` (in `Tổng kinh phí thực hiện Kế hoạch: … đồng (Bằng chữ: …).`).",
            ),
            "total_in_words": {
                "type": "boolean",
                "title": "In tổng bằng chữ",
                "description": "Với `layout: table`: `false` khi văn bản không ghi dòng `(Bằng chữ: …)` dưới bảng. Mặc định in.",
            },
            "total_even": {
                "type": "boolean",
                "title": "Tổng bằng chữ kèm “chẵn”",
                "description": "`true`: tổng bằng chữ kết thúc bằng `chẵn` như văn bản gõ (`(Bằng chữ: Năm mươi triệu đồng chẵn)`). Mặc định không.",
            },
            "note_column": s(
                "Tên cột ghi chú",
                "Với `layout: table`: tên cột Ghi chú in cuối bảng dự toán (mỗi ô là `note` của dòng). Cột được in khi có dòng ghi `note` (tên mặc định `Ghi chú`) hoặc khi có khóa này (kể cả khi mọi ô trống).",
                minLength=1,
            ),
        },
        title="Kinh phí",
        description="Mục kinh phí: lời văn, các dòng dự toán và tổng.",
    ),
}

COMMON_DOC = {
    "kind": None,  # set per schema
    "id": ref("id", "Mã văn bản", "Mặc định là tên tệp (không đuôi)."),
    "number": {
        "title": "Số",
        "description": "Số văn bản (số nguyên). Bỏ trống khi chưa có số: in `Số: …/KH-…` để văn thư điền.",
        "anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}],
    },
    "symbol": s(
        "Ký hiệu",
        "Ghi đè toàn bộ ký hiệu sau số, ví dụ `KH-LHH-SKHCN` hoặc `KH/TĐTN-TNNTCN&ĐT`. Mặc định tính từ loại văn bản và mã cơ quan.",
    ),
    "unit": s(
        "Đơn vị soạn thảo",
        "Viết tắt ban, phòng soạn thảo, in sau mã cơ quan (kiểu Đoàn: `225-KH/TWĐTN-CTTN`).",
    ),
    "date": ref("date", "Ngày ban hành"),
    "month": s(
        "Tháng ban hành (chưa có ngày)",
        "Bản thảo để trống ngày cho người ký điền tay nhưng đã định tháng: `2027-03` in `ngày      tháng 3 năm 2027`. Năm là năm ban hành (kế hoạch năm 2028 soạn tháng 12/2027: `2027-12`). Có `date` thì in theo `date`.",
        pattern=r"^\d{4}-(0[1-9]|1[0-2])$",
    ),
    "place": s(
        "Địa danh", "Địa danh in ở dòng ngày tháng; mặc định theo tổ chức hoặc kehoach.yaml."
    ),
    "title": s("Trích yếu", "Nội dung trích yếu in dưới tên loại văn bản.", minLength=1),
    "doc_type": s("Tên loại văn bản", "Ghi đè tên loại in ở đầu, ví dụ `KẾ HOẠCH LIÊN TỊCH`."),
    "draft": {"type": "boolean", "title": "Dự thảo", "description": "`true` để in chữ DỰ THẢO."},
    "urgency": {
        "enum": ["khẩn", "thượng khẩn", "hỏa tốc", "hoả tốc"],
        "title": "Mức độ khẩn",
        "description": "Độ khẩn do văn thư đóng dấu hoặc ghi trên hệ thống (không in trong nội dung): `khẩn`, `thượng khẩn`, `hỏa tốc`. Ghi vào tệp thông tin bàn giao (`render --metadata`).",
    },
    "copies": {
        "type": "integer",
        "minimum": 1,
        "title": "Số lượng bản",
        "description": "Số bản phát hành, ghi vào sổ đăng ký văn bản đi. Mặc định: đếm các nơi nhận (mục `(02 nơi)`, `(03 bản)` tính theo số ghi) và các bản lưu.",
    },
    "system": {
        "enum": ["state", "doan", "party", "association"],
        "title": "Kiểu tiêu đề",
        "description": "Ghi đè kiểu tiêu đề và cách ghi số của văn bản. Mặc định theo cơ quan ban hành; văn bản liên tịch có cơ quan nhà nước hoặc hội: kiểu nhà nước (Quốc hiệu, Tiêu ngữ).",
    },
    "bases": arr(ref("base"), "Căn cứ", "Các căn cứ, in nghiêng, mỗi căn cứ một dòng."),
    "preamble": ref(
        "paragraphs",
        "Lời dẫn",
        "Đoạn văn sau căn cứ, trước mục I (ví dụ `… xây dựng kế hoạch như sau:`).",
    ),
    "sections_as": {
        "enum": ["articles"],
        "title": "Các mục in thành Điều",
        "description": "`articles`: các mục lớn của kế hoạch, chương trình in thành `Điều 1. Mục đích, yêu cầu`, `Điều 2. …` (chữ thường, như văn bản gõ) thay cho `I. MỤC ĐÍCH, YÊU CẦU`: cách nhiều chương trình phối hợp được soạn. `kehoach import` ghi khi văn bản Word đánh các mục bằng Điều.",
    },
    "reviews": ref("reviews"),
    "extra_sections": arr(
        {"allOf": [ref("section")]},
        "Mục bổ sung",
        "Các mục khác in sau mục tổ chức thực hiện, trước lời kết.",
    ),
    "closing": ref(
        "paragraphs",
        "Lời kết",
        "Đoạn kết, ví dụ `Trên đây là Kế hoạch …`; văn bản kết thúc bằng `./.`.",
    ),
    "signers": arr(
        ref("signer"), "Người ký", "Một khối chữ ký cho mỗi cơ quan ban hành.", minItems=1
    ),
    "recipients": ref("recipients"),
    "header": ref("header_style"),
    "bases_style": BASES_STYLE,
    "appendices": arr(
        ref("appendix"),
        "Phụ lục",
        "Các phụ lục in sau chữ ký, mỗi phụ lục một phần riêng, số trang đánh lại từ 1.",
    ),
}

ARTICLE = obj(
    {
        "title": s("Tên điều", "In đậm sau số điều: `Điều 1. Phạm vi điều chỉnh`."),
        "text": s(
            "Nội dung",
            "Câu in liền sau số điều khi điều không có tên: `Điều 1. Ban hành kèm theo Quyết định này …`.",
        ),
        "paragraphs": ref("paragraphs"),
        "clauses": arr(
            {
                "anyOf": [
                    {"type": "string", "minLength": 1},
                    obj(
                        {
                            "text": s("Nội dung khoản", "Nội dung khoản.", minLength=1),
                            "points": arr(
                                {"type": "string", "minLength": 1},
                                "Các điểm",
                                "Các điểm a), b), c) của khoản.",
                            ),
                        },
                        required=["text"],
                    ),
                ]
            },
            "Các khoản",
            "Các khoản 1., 2., 3. của điều (số do kehoach đánh); mỗi khoản có thể có các điểm a), b).",
        ),
        "items": ref("items"),
        "item_style": ref("item_style"),
    },
    title="Điều",
    description="Một điều: `Điều 1.`, `Điều 2.` … do kehoach đánh số liên tục trong cả văn bản.",
)


def activity_columns() -> dict:
    """The titles typed over the columns of an activity table (``columns``)."""
    return obj(
        {
            "number": s("Cột số thứ tự", "Mặc định `STT`; ví dụ `TT`.", minLength=1),
            "title": s(
                "Cột nội dung",
                "Mặc định `Nội dung`; ví dụ `Nội dung công việc`.",
                minLength=1,
            ),
            "lead": s(
                "Cột chủ trì",
                "Mặc định `Chủ trì`; ví dụ `Đơn vị chủ trì`.",
                minLength=1,
            ),
            "support": s(
                "Cột phối hợp",
                "Mặc định `Phối hợp`; ví dụ `Đơn vị phối hợp`.",
                minLength=1,
            ),
            "time": s(
                "Cột thời gian",
                "Mặc định `Thời gian`; ví dụ `Thời gian thực hiện`.",
                minLength=1,
            ),
            "units": s(
                "Cột đơn vị thực hiện",
                "Ghi khi văn bản gõ chủ trì và phối hợp chung một cột (ví dụ `Đơn vị thực hiện`): bảng in một cột với tên này thay cho hai cột Chủ trì, Phối hợp, mỗi ô `Tỉnh Đoàn (chủ trì); Sở KH&CN (phối hợp)` (chỉ có chủ trì: tên đơn vị chủ trì).",
                minLength=1,
            ),
            "note": s(
                "Cột ghi chú",
                "Ghi khi văn bản có cột Ghi chú (ví dụ `Ghi chú`): bảng in thêm cột này ở cuối; mỗi ô in chữ của dòng `Ghi chú: …` trong `details` của hoạt động (`import` ghi như vậy), không phải `note` (ghi chú tiến độ, không in).",
                minLength=1,
            ),
            "budget": s(
                "Cột kinh phí",
                "Mặc định `Kinh phí (đồng)`; `Kinh phí (triệu đồng)`, `Kinh phí (1.000đ)`: số tiền in theo đơn vị ấy (`50`, `2,5`); tên không ghi đơn vị: mỗi ô in `… đồng`.",
                minLength=1,
            ),
        },
        title="Tên cột của bảng hoạt động",
        description="Với `layout: table`, `appendix`: tên các cột như văn bản gõ, cột nào không ghi giữ tên mặc định (STT | Nội dung | Chủ trì | Phối hợp | Thời gian | Kinh phí (đồng)); `units`: Chủ trì và Phối hợp in chung một cột. Thứ tự các cột không đổi.",
    )


APPENDIX = obj(
    {
        "title": s("Tên phụ lục", "In hoa, đậm, dưới chữ `Phụ lục`.", minLength=1),
        "orientation": {
            "enum": ["portrait", "landscape"],
            "title": "Hướng trang",
            "description": "`portrait` (trang dọc, mặc định) hoặc `landscape` (trang ngang, cho bảng rộng).",
        },
        "paragraphs": ref("paragraphs"),
        "items": ref("items"),
        "item_style": ref("item_style"),
        "table": ref("table"),
        "activities": arr(ref("activity"), "Hoạt động", "Bảng hoạt động in trong phụ lục."),
        "columns": activity_columns(),
        "after_activities": intro(
            "Lời sau bảng hoạt động",
            "Đoạn văn, ý in ngay sau bảng hoạt động của phụ lục, như văn bản gõ dưới bảng: `Ghi chú: Kinh phí trên là dự kiến…`, `Tổng cộng: 35 triệu đồng.`",
        ),
        "print_total": {
            "type": "boolean",
            "title": "In dòng Tổng cộng",
            "description": "Bảng hoạt động của phụ lục in dòng `Tổng cộng` (mặc định, khi có hoạt động ghi kinh phí); `false`: không in (bảng gốc không có dòng tổng).",
        },
        "sections": arr(ref("section"), "Mục", "Các mục của phụ lục."),
    },
    required=["title"],
    title="Phụ lục",
    description="Một phụ lục: `Phụ lục` (hoặc `Phụ lục I`, `II`…), tên, dòng `(Kèm theo … số … ngày …)`, nội dung.",
)
DEFINITIONS["article"] = ARTICLE
DEFINITIONS["appendix"] = APPENDIX
ISSUERS = arr(
    ref("id"),
    "Cơ quan ban hành",
    "Mã tổ chức ban hành; từ hai cơ quan trở lên là văn bản liên tịch.",
    minItems=1,
    uniqueItems=True,
)
YEAR = {
    "type": "integer",
    "minimum": 1900,
    "maximum": 2200,
    "title": "Năm",
    "description": "Năm của văn bản; văn bản chưa có ngày in năm này ở dòng ngày tháng.",
}
SECTIONS = arr(ref("section"), "Các mục", "Các mục I., II., III. … của văn bản.")
ARTICLES = arr(
    {"anyOf": [{"type": "string", "minLength": 1}, ref("article")]},
    "Các điều",
    "Các điều `Điều 1.`, `Điều 2.` …; một chuỗi là nội dung của điều.",
)
KIND_TITLES = {
    "plan": (
        "Kế hoạch",
        "Kế hoạch (một cơ quan) hoặc kế hoạch liên tịch (từ hai cơ quan) của kho kehoach.",
    ),
    "program": ("Chương trình phối hợp", "Chương trình phối hợp nhiều năm giữa hai hay nhiều bên."),
    "decision": (
        "Quyết định",
        "Quyết định (ban hành kế hoạch, quy chế, thành lập ban tổ chức…): căn cứ, dòng `QUYẾT ĐỊNH:`, các điều.",
    ),
    "rules": (
        "Quy chế, quy định, thể lệ",
        "Quy chế, quy định hoặc thể lệ; thường ban hành kèm theo một kế hoạch hay quyết định (`attached_to`).",
    ),
    "report": ("Báo cáo", "Báo cáo (sơ kết, tổng kết, kết quả…) với các mục I., II., III."),
}


AREA_LAYOUT_VALUES = (
    "`detailed_list` (mặc định: gạch đầu dòng, mỗi hoạt động kèm các dòng Thời gian, Đơn vị chủ "
    "trì; phối hợp, Kinh phí — `a)`, `b)` trong một nhóm), `table` (bảng STT | Nội dung | Chủ trì "
    "| Phối hợp | Thời gian | Kinh phí dưới nội dung), `list` (gạch đầu dòng, chỉ tên hoạt "
    "động và lời mô tả) hoặc `appendix` (hoạt động của mọi nội dung ghi `appendix` gộp thành một "
    "bảng ở Phụ lục sau chữ ký, trang ngang, mỗi nội dung một dòng nhóm `I. <tên nội dung>`, nhóm "
    "`group` của hoạt động là dòng `1. <nhóm>` dưới nó, STT đánh liên tục; ở phần nội dung mỗi "
    "nội dung giữ tên và lời của mình, sau nội dung cuối cùng có hoạt động ở Phụ lục in câu "
    "`(Chi tiết tại Phụ lục kèm theo)`)."
)
AREA_LAYOUT = {
    "enum": ["detailed_list", "table", "list", "appendix"],
    "title": "Cách trình bày hoạt động",
    "description": "Các hoạt động (`activities`) của nội dung này, thay cho `areas_layout`: "
    + AREA_LAYOUT_VALUES,
}
AREA_PRINT_TOTAL = {
    "type": "boolean",
    "title": "In dòng Tổng cộng",
    "description": "Bảng hoạt động (`table`) của nội dung in dòng `Tổng cộng` cộng kinh phí các "
    "hoạt động (mặc định, khi có hoạt động ghi kinh phí); `false`: không in.",
}


def _kind_props(kind: str) -> tuple[dict, list[str]]:
    """The properties of a document kind beyond ``COMMON_DOC``, and its required keys."""
    if kind == "decision":
        return {
            "issuers": ISSUERS,
            "year": YEAR,
            "period": ref("period"),
            "authority": s(
                "Thẩm quyền ban hành",
                "Dòng in hoa trên các căn cứ, ví dụ `BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH`, `GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ`; mặc định theo người ký.",
            ),
            "cited_issuer": s(
                "Người, cơ quan ban hành khi được dẫn",
                "Lời nêu ai ban hành khi văn bản khác dẫn quyết định này (`… ngày … của …`, dòng "
                "`(Ban hành kèm theo Quyết định …)` của quy chế), ví dụ `Giám đốc Sở Khoa học và "
                "Công nghệ`. Mặc định: người đứng đầu quyết định (không ký `TM.` một tập thể) thì "
                "chức vụ và tên cơ quan (`Giám đốc Sở Khoa học và Công nghệ tỉnh Bình Thuận`), còn "
                "lại tên các cơ quan ban hành.",
            ),
            "decides": s("Dòng quyết định", "Mặc định `QUYẾT ĐỊNH:`, in giữa, đậm."),
            "articles": {**ARTICLES, "minItems": 1},
        }, ["kind", "issuers", "title", "articles", "signers"]
    if kind == "rules":
        return {
            "issuers": ISSUERS,
            "year": YEAR,
            "period": ref("period"),
            "attached_to": ref(
                "id",
                "Ban hành kèm theo",
                "Mã kế hoạch hoặc quyết định trong kho mà quy chế, thể lệ này đi kèm: in `(Ban hành kèm theo … số … ngày …)` dưới tên, không có dòng số riêng.",
            ),
            "attached_verb": s("Từ dẫn", "Mặc định `Ban hành kèm theo`; có thể là `Kèm theo`."),
            "attached_line": s(
                "Dòng kèm theo",
                "Dòng in dưới tên, đúng như viết, ví dụ `(Ban hành kèm theo Quyết định số 367-QĐ/TWĐTN-VP ngày 29/10/2013 của Ban Bí thư Trung ương Đoàn)` — cho văn bản kèm theo không có trong kho.",
            ),
            "chapters": arr(
                obj(
                    {
                        "title": s("Tên chương", "In hoa, đậm, dưới `Chương I`.", minLength=1),
                        "articles": ARTICLES,
                    },
                    required=["title"],
                ),
                "Các chương",
                "Các chương `Chương I`, `Chương II` …; các điều đánh số liên tục qua các chương.",
            ),
            "articles": ARTICLES,
            "sections": SECTIONS,
        }, ["kind", "issuers", "title"]
    if kind == "report":
        return {
            "issuers": ISSUERS,
            "year": YEAR,
            "period": ref("period"),
            "sections": {**SECTIONS, "minItems": 1},
        }, ["kind", "issuers", "title", "sections", "signers"]
    return {}, []


# the sections of a plan and of a program in their printed order (``vocab.SECTION_ORDER``): what
# an extra section's ``after`` may name
SECTION_ORDER = {
    "plan": ["purpose", "contents", "budget", "implementation", "reviews"],
    "program": ["goals", "areas", "duties", "budget", "reviews", "focal"],
}


def extra_sections(kind: str) -> dict:
    """``extra_sections`` of a plan or a program: sections, each of which may say after which of
    the document's sections it prints (``after``)."""
    section = copy.deepcopy(DEFINITIONS["section"])
    names = ", ".join(f"`{n}`" for n in SECTION_ORDER[kind])
    section["properties"]["after"] = {
        "enum": ["preamble", *SECTION_ORDER[kind]],
        "title": "In sau mục",
        "description": f"Mục này in ngay sau mục ấy của văn bản ({names}; `preamble`: trước mục "
        "I, sau lời dẫn), như văn bản gốc xếp — ví dụ `after: areas` cho mục `PHƯƠNG THỨC PHỐI "
        "HỢP` gõ giữa nội dung phối hợp và trách nhiệm các bên. Bỏ trống: in sau mọi mục khác, "
        "trước lời kết. Văn bản không có mục được nêu thì in ở chỗ mục ấy sẽ đứng.",
    }
    return arr(
        section,
        "Mục bổ sung",
        "Các mục khác: in sau mục tổ chức thực hiện, trước lời kết, hoặc sau mục nêu ở `after`.",
    )


def document_schema(kind: str) -> dict:
    props = dict(COMMON_DOC)
    props["kind"] = {
        "const": kind,
        "title": "Loại tệp",
        "description": "`program` (chương trình phối hợp), `plan` (kế hoạch), `decision` (quyết định), `rules` (quy chế, thể lệ) hoặc `report` (báo cáo).",
    }
    one_of = None
    if kind in ("decision", "rules", "report"):
        extra, required = _kind_props(kind)
        props.update(extra)
        if kind == "rules":
            props["signers"] = {**props["signers"], "minItems": 0}
    elif kind == "plan":
        props.update(
            {
                "issuers": arr(
                    ref("id"),
                    "Cơ quan ban hành",
                    "Mã tổ chức ban hành; từ hai cơ quan trở lên là kế hoạch liên tịch.",
                    minItems=1,
                    uniqueItems=True,
                ),
                "year": {
                    "type": "integer",
                    "minimum": 1900,
                    "maximum": 2200,
                    "title": "Năm kế hoạch",
                    "description": "Năm mà kế hoạch thực hiện.",
                },
                "period": ref("period"),
                "purpose": ref("section", "Mục đích, yêu cầu", "Mục I: mục đích, yêu cầu."),
                "contents": obj(
                    {
                        "title": s("Tiêu đề mục", "Mặc định `NỘI DUNG`."),
                        "paragraphs": ref("paragraphs"),
                        "items": ref("items"),
                        "layout": {
                            "enum": ["table", "list", "detailed_list", "appendix"],
                            "title": "Cách trình bày hoạt động",
                            "description": "`table` (bảng STT | Nội dung | Chủ trì | Phối hợp | Thời gian | Kinh phí), `list` (gạch đầu dòng, chỉ tên hoạt động và lời mô tả), `detailed_list` (gạch đầu dòng — `a)`, `b)` trong một nhóm — mỗi hoạt động kèm các dòng Thời gian, Đơn vị chủ trì, phối hợp, Kinh phí) hoặc `appendix` (bảng in thành Phụ lục sau chữ ký, trang ngang, nội dung ghi `(Chi tiết tại Phụ lục kèm theo)`).",
                        },
                        "print_total": {
                            "type": "boolean",
                            "title": "In dòng Tổng cộng",
                            "description": "Bảng hoạt động (`table`, `appendix`) in dòng `Tổng cộng` cộng kinh phí các hoạt động (mặc định, khi có hoạt động ghi kinh phí); `false`: không in (bảng gốc không có dòng tổng).",
                        },
                        "columns": activity_columns(),
                        "field_lines": ref("field_lines"),
                        "activities_style": ref(
                            "item_style",
                            "Dấu đầu dòng của hoạt động",
                            "Với `layout: list`, `detailed_list`: dấu của mỗi hoạt động không thuộc "
                            "nhóm — `dash` (`-`, mặc định), `number` (`1.`, `2.`: hoạt động đánh số "
                            "như văn bản gõ), `letter`, `plus`; số do kehoach đánh.",
                        ),
                        "activities_title": s(
                            "Tên mục các hoạt động",
                            "Khi mục nội dung có mục con (`sections`): các hoạt động in thành mục con kế tiếp, với tên này (mặc định `Các hoạt động cụ thể`).",
                        ),
                        "appendix_title": s(
                            "Tên phụ lục",
                            "Với `layout: appendix`: tên Phụ lục (mặc định `DANH MỤC CÁC HOẠT ĐỘNG`).",
                        ),
                        "appendix_note": s(
                            "Câu dẫn tới phụ lục",
                            "Với `layout: appendix`: câu in ở phần nội dung thay cho bảng; `{label}` là tên phụ lục (mặc định `(Chi tiết tại {label} kèm theo)`).",
                        ),
                        "activities": arr(
                            ref("activity"), "Hoạt động", "Các hoạt động của kế hoạch."
                        ),
                        "after_activities": intro(
                            "Lời sau các hoạt động",
                            "Đoạn văn, ý in ngay sau các hoạt động (sau bảng, danh sách, hay câu dẫn tới phụ lục): `Ngoài các hoạt động trên, …`, `Ghi chú: …`.",
                        ),
                        "sections": arr(
                            ref("section"), "Mục con", "Các mục con khác của phần nội dung."
                        ),
                        "sections_start": {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": 99,
                            "title": "Số của mục con đầu tiên",
                            "description": "Mặc định 1. Khi các đoạn văn trước các mục con đã gõ số (`1. Thời gian: …`, `2. Địa điểm: …`) thì mục con đầu tiên mang số tiếp theo, ví dụ `3` để in `3. Các hoạt động chính` như văn bản gõ.",
                        },
                    },
                    title="Nội dung",
                    description="Mục nội dung: lời dẫn và các hoạt động.",
                ),
                "budget": ref("budget"),
                "implementation": ref(
                    "section",
                    "Tổ chức thực hiện",
                    "Phân công theo cấp, đơn vị (`org` ở mỗi mục con).",
                ),
            }
        )
        props["extra_sections"] = extra_sections("plan")
        required = ["kind", "issuers", "title", "signers"]
        one_of = [{"required": ["year"]}, {"required": ["period"]}]
    else:
        props.update(
            {
                "parties": arr(
                    ref("id"),
                    "Các bên",
                    "Mã các tổ chức tham gia chương trình.",
                    minItems=2,
                    uniqueItems=True,
                ),
                "period": ref("period"),
                "goals": ref("section", "Mục đích, yêu cầu", "Mục I: mục đích, yêu cầu."),
                "areas": arr(
                    obj(
                        {
                            "id": ref(
                                "id",
                                "Mã nội dung",
                                "Dùng để kế hoạch năm gắn hoạt động vào nội dung này (`area`).",
                            ),
                            "title": s("Nội dung", "Tên nội dung phối hợp.", minLength=1),
                            "paragraphs": ref("paragraphs"),
                            "items": ref("items"),
                            "layout": AREA_LAYOUT,
                            "print_total": AREA_PRINT_TOTAL,
                            "columns": activity_columns(),
                            "field_lines": ref("field_lines"),
                            "activities": arr(
                                ref("activity"), "Hoạt động", "Hoạt động cụ thể (nếu có)."
                            ),
                        },
                        required=["id", "title"],
                    ),
                    "Nội dung phối hợp",
                    "Các nội dung, giải pháp phối hợp chủ yếu.",
                    minItems=1,
                ),
                "areas_layout": {
                    **AREA_LAYOUT,
                    "title": "Cách trình bày hoạt động của các nội dung",
                    "description": "Cho mọi nội dung phối hợp không ghi `layout` riêng: "
                    + AREA_LAYOUT_VALUES,
                },
                "areas_appendix_title": s(
                    "Tên phụ lục các hoạt động",
                    "Với `areas_layout: appendix` (hay `layout: appendix` của một nội dung): tên "
                    "Phụ lục gộp hoạt động của các nội dung (mặc định `DANH MỤC CÁC HOẠT ĐỘNG "
                    "PHỐI HỢP` và thời hạn của chương trình: `… GIAI ĐOẠN 2026 – 2030`).",
                ),
                "areas_appendix_note": s(
                    "Câu dẫn tới phụ lục các hoạt động",
                    "Với `areas_layout: appendix`: câu in một lần ở mục nội dung phối hợp, sau "
                    "lời của nội dung cuối cùng có hoạt động ở Phụ lục; `{label}` là tên phụ lục "
                    "(mặc định `(Chi tiết tại {label} kèm theo)`).",
                ),
                "areas_appendix_print_total": {
                    "type": "boolean",
                    "title": "In dòng Tổng cộng ở phụ lục các hoạt động",
                    "description": "Với `areas_layout: appendix`: bảng ở Phụ lục in dòng "
                    "`Tổng cộng` cộng kinh phí mọi hoạt động trong bảng (mặc định, khi có hoạt "
                    "động ghi kinh phí); `false`: không in (bảng gốc không có dòng tổng).",
                },
                "areas_title": s("Tiêu đề mục nội dung", "Mặc định `NỘI DUNG PHỐI HỢP`."),
                "areas_intro": intro(
                    "Lời dẫn mục nội dung",
                    "Đoạn văn, ý của mục nội dung phối hợp, in ngay dưới tiêu đề mục, trước nội dung thứ nhất.",
                ),
                "duties": arr(
                    obj(
                        {
                            "org": ref("id", "Bên", "Mã tổ chức."),
                            "title": s("Tiêu đề", "Mặc định là tên tổ chức."),
                            "paragraphs": ref("paragraphs"),
                            "items": ref("items"),
                        },
                        required=["org"],
                    ),
                    "Trách nhiệm các bên",
                    "Nhiệm vụ của từng bên.",
                ),
                "duties_common": {
                    **obj(
                        {
                            "title": s("Tiêu đề", "Mặc định `Trách nhiệm chung`."),
                            "paragraphs": ref("paragraphs"),
                            "items": ref("items"),
                        },
                        title="Trách nhiệm chung",
                        description="Trách nhiệm chung của các bên, in thành mục con đầu tiên của mục trách nhiệm (trước trách nhiệm của từng bên); `who` ghi nó cho mọi bên.",
                    ),
                    "anyOf": [{"required": ["paragraphs"]}, {"required": ["items"]}],
                },
                "duties_title": s("Tiêu đề mục trách nhiệm", "Mặc định `TRÁCH NHIỆM CỦA CÁC BÊN`."),
                "duties_intro": intro(
                    "Lời dẫn mục trách nhiệm",
                    "Đoạn văn, ý của mục trách nhiệm (`Hai bên thống nhất phân công như sau:`), in ngay dưới tiêu đề mục, trước trách nhiệm chung và trách nhiệm của từng bên.",
                ),
                "budget": ref(
                    "budget",
                    "Kinh phí",
                    "Mục kinh phí (bên nào chi việc gì, từ nguồn nào; các dòng dự toán, tổng), in sau trách nhiệm của các bên, trước chế độ thông tin, sơ kết, tổng kết.",
                ),
                "focal": arr(
                    obj(
                        {
                            "org": ref("id", "Bên"),
                            "unit": s("Bộ phận đầu mối", "Ban, phòng làm đầu mối."),
                            "person": s("Người liên hệ", "Họ tên, chức vụ."),
                            "phone": s("Điện thoại", "Số điện thoại."),
                            "email": s("Thư điện tử", "Địa chỉ thư."),
                        },
                        required=["org"],
                    ),
                    "Đầu mối",
                    "Bộ phận, người làm đầu mối của mỗi bên.",
                ),
            }
        )
        props["extra_sections"] = extra_sections("program")
        required = ["kind", "parties", "title", "period", "areas", "signers"]
        one_of = None
    schema = {
        "$schema": DRAFT,
        "title": KIND_TITLES[kind][0],
        "description": KIND_TITLES[kind][1],
        "type": "object",
        "additionalProperties": False,
        "required": required,
        "properties": props,
        "definitions": copy.deepcopy({**DEFINITIONS, "period": PERIOD}),
    }
    if one_of:
        schema["anyOf"] = one_of
    return schema


PERIOD = {
    "title": "Thời hạn",
    "description": "Từ … đến …: `{from: 2021, to: 2025}` hoặc một biểu thức thời gian như `2021..2025`.",
    "anyOf": [
        ref("time"),
        obj({"from": ref("time", "Từ"), "to": ref("time", "Đến")}, required=["from", "to"]),
    ],
}

ORG = obj(
    {
        "id": ref("id", "Mã tổ chức", "Được các văn bản dùng để tham chiếu."),
        "name": s(
            "Tên đầy đủ",
            "Tên chính thức, ví dụ `Sở Khoa học và Công nghệ tỉnh Bình Thuận`.",
            minLength=1,
        ),
        "short": s("Tên gọi tắt", "Tên dùng trong câu văn, ví dụ `Tỉnh Đoàn`, `Sở KH&CN`."),
        "header": s(
            "Tên in ở tiêu đề",
            "Tên cơ quan ban hành như in ở góc trái, chữ in hoa, ví dụ `BCH TỈNH ĐOÀN BÌNH THUẬN`.",
            minLength=1,
        ),
        "parent": s("Cơ quan chủ quản", "Dòng trên tên cơ quan, ví dụ `UBND TỈNH BÌNH THUẬN`."),
        "code": s("Viết tắt trong ký hiệu", "Ví dụ `TĐTN`, `SKHCN`, `UBND`.", minLength=1),
        "body": s("Tập thể lãnh đạo", "Tên tập thể khi ký `TM.`, ví dụ `BAN THƯỜNG VỤ TỈNH ĐOÀN`."),
        "head": s("Người đứng đầu", "Chức danh người đứng đầu, ví dụ `GIÁM ĐỐC`, `BÍ THƯ`."),
        "system": {
            "enum": ["state", "doan", "party", "association"],
            "title": "Hệ thống",
            "description": "Chọn kiểu tiêu đề: `state` (Quốc hiệu, Tiêu ngữ), `doan` (ĐOÀN TNCS HỒ CHÍ MINH), `party` (ĐẢNG CỘNG SẢN VIỆT NAM), `association` (như `state`).",
        },
        "place": s("Địa danh", "Địa danh in ở dòng ngày tháng, ví dụ `Bình Thuận`."),
        "aliases": arr(
            {"type": "string", "minLength": 1},
            "Tên khác",
            "Các cách văn bản khác gọi tổ chức này, ví dụ `Tỉnh đoàn Bình Thuận`, `BCH ĐOÀN TNCS HỒ CHÍ "
            "MINH TỈNH BÌNH THUẬN`; `kehoach import` nhận ra tổ chức theo các tên này.",
        ),
        "people": arr(
            obj(
                {"name": s("Họ và tên", "Họ tên.", minLength=1), "title": s("Chức vụ", "Chức vụ.")},
                required=["name"],
            ),
            "Cán bộ",
            "Lãnh đạo, cán bộ đầu mối.",
        ),
    },
    required=["id", "name", "header", "code", "system"],
    title="Tổ chức",
    description="Một cơ quan, tổ chức được các văn bản tham chiếu bằng `id`.",
)

ORGS_SCHEMA = {
    "$schema": DRAFT,
    "title": "Danh mục tổ chức (orgs.yaml)",
    "description": "Các cơ quan, tổ chức và cán bộ của kho kế hoạch.",
    "type": "object",
    "additionalProperties": False,
    "required": ["orgs"],
    "properties": {
        "kind": {"const": "orgs", "title": "Loại tệp", "description": "Luôn là `orgs`."},
        "orgs": arr(ref("org"), "Tổ chức", "Danh sách tổ chức.", minItems=1),
    },
    "definitions": {**DEFINITIONS, "org": ORG},
}

SETTINGS_SCHEMA = {
    "$schema": DRAFT,
    "title": "Cấu hình kho (kehoach.yaml)",
    "description": "Cấu hình chung của kho kế hoạch.",
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "kind": {"const": "settings", "title": "Loại tệp", "description": "Luôn là `settings`."},
        "place": s("Địa danh mặc định", "Địa danh dùng khi văn bản và tổ chức không ghi."),
        "system": {
            "enum": ["state", "doan", "party", "association"],
            "title": "Hệ thống mặc định",
            "description": "Kiểu tiêu đề khi tổ chức không ghi `system`.",
        },
        "codes": obj(
            {
                "plan": s("Ký hiệu kế hoạch", "Mặc định `KH`."),
                "joint_plan": s(
                    "Ký hiệu kế hoạch liên tịch", "Mặc định `KHLT`; một số nơi dùng `KH`."
                ),
                "program": s("Ký hiệu chương trình", "Mặc định `CTPH`; Nghị định 30 ghi `CTr`."),
                "report": s("Ký hiệu báo cáo", "Mặc định `BC`."),
                "joint_report": s(
                    "Ký hiệu báo cáo liên tịch", "Báo cáo của từ hai cơ quan; mặc định `BCLT`."
                ),
            },
            title="Ký hiệu loại văn bản",
            description="Chữ viết tắt tên loại văn bản dùng trong số, ký hiệu.",
        ),
        "numbering": obj(
            {
                "registers": {
                    "type": "object",
                    "title": "Sổ cấp số riêng",
                    "description": "Tên sổ → các loại văn bản được cấp số trong sổ đó (`plan`, `joint_plan`, `program`), ví dụ `{ke-hoach: [plan, joint_plan]}`. Loại không ghi ở đây dùng chung một sổ. Mặc định: mỗi cơ quan một sổ cho mọi loại văn bản (Nghị định 30/2020/NĐ-CP, Điều 15).",
                    "propertyNames": {"pattern": "^[a-z0-9][a-z0-9._-]*$"},
                    "additionalProperties": {
                        "type": "array",
                        "minItems": 1,
                        "uniqueItems": True,
                        "items": {"enum": ["plan", "joint_plan", "program"]},
                        "title": "Loại văn bản của sổ",
                        "description": "`plan` (kế hoạch), `joint_plan` (kế hoạch liên tịch), `program` (chương trình phối hợp).",
                    },
                },
            },
            title="Cấp số văn bản",
            description="Cách văn thư cấp số: số bắt đầu lại từ 01 mỗi năm, theo từng cơ quan và từng sổ.",
        ),
        "doan_motto": s("Dòng tiêu đề của Đoàn", "Mặc định `ĐOÀN TNCS HỒ CHÍ MINH`."),
        "header": ref("header_style"),
        "bases_style": BASES_STYLE,
        "recipient_notes": {
            "enum": ["brace", "suffix"],
            "title": "Cách ghi mục đích nơi nhận",
            "description": "`brace` (ghi `b/c` bên phải nhóm, kiểu Đoàn) hoặc `suffix` (ghi `(để b/c)` sau dòng cuối nhóm).",
        },
        "calendar": obj(
            {
                "days_off": arr(
                    ref("date"), "Ngày nghỉ thêm", "Ngày nghỉ bù, nghỉ thêm theo thông báo."
                ),
                "working_days": arr(
                    ref("date"), "Ngày làm bù", "Ngày cuối tuần phải đi làm (làm bù)."
                ),
            },
            title="Lịch làm việc",
            description="Điều chỉnh lịch nghỉ lễ Việt Nam.",
        ),
        "due": obj(
            {
                "within": s("Khoảng mặc định", "Ví dụ `30d`, `8w`, `3m`."),
                "alarm_days": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 60,
                    "title": "Nhắc trước (ngày)",
                    "description": "Số ngày nhắc trước trong tệp lịch .ics.",
                },
            },
            title="Theo dõi hạn",
            description="Mặc định cho `kehoach due`.",
        ),
        "checks": obj(
            {
                "disable": arr(
                    {"type": "string"}, "Tắt kiểm tra", "Mã các kiểm tra không chạy, ví dụ `KH305`."
                ),
            },
            title="Kiểm tra",
            description="Cấu hình `kehoach validate`.",
        ),
        "exclude": arr({"type": "string"}, "Bỏ qua", "Mẫu đường dẫn (glob) không kiểm tra."),
    },
    "definitions": {
        "date": DEFINITIONS["date"],
        "header_style": HEADER_STYLE,
    },
}


def _fill_help(node, definitions: dict) -> None:
    """Give every ``$ref`` the title/description of its definition where it has none, so editors
    show help on hover for each property."""
    if isinstance(node, dict):
        target = node.get("$ref", "")
        if target.startswith("#/definitions/"):
            defined = definitions.get(target.split("/")[-1], {})
            for key in ("title", "description"):
                if not node.get(key) and defined.get(key):
                    node[key] = defined[key]
        for value in node.values():
            _fill_help(value, definitions)
    elif isinstance(node, list):
        for value in node:
            _fill_help(value, definitions)


def all_schemas() -> dict[str, dict]:
    out = {
        "settings.schema.json": copy.deepcopy(SETTINGS_SCHEMA),
        "orgs.schema.json": copy.deepcopy(ORGS_SCHEMA),
        "program.schema.json": document_schema("program"),
        "plan.schema.json": document_schema("plan"),
        "decision.schema.json": document_schema("decision"),
        "rules.schema.json": document_schema("rules"),
        "report.schema.json": document_schema("report"),
    }
    for doc in out.values():
        _fill_help(doc, doc.get("definitions", {}))
        _non_blank(doc)
    return out


NON_BLANK = "\\S"  # a text that must not be empty must not be spaces only either


def _non_blank(node: object) -> None:
    """Every string that must not be empty (``minLength: 1``) must hold a letter too: ``"   "``
    was accepted where ``""`` was not (a group of spaces, a title of spaces printed as nothing)."""
    if isinstance(node, dict):
        if node.get("minLength") == 1 and node.get("type") == "string" and "pattern" not in node:
            node["pattern"] = NON_BLANK
        for value in node.values():
            _non_blank(value)
    elif isinstance(node, list):
        for value in node:
            _non_blank(value)


def render(schema: dict) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, schema in all_schemas().items():
        (out / name).write_text(render(schema), encoding="utf-8")


if __name__ == "__main__":
    main(
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).resolve().parent.parent / "schemas"
    )
    if len(sys.argv) == 1:  # the shipped schemas changed: regenerate their fast validators
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import validators

        validators.main()
