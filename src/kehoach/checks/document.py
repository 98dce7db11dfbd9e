"""Checks on a document as an official text: signatures, recipients, budget, tables."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Repository, navigate
from ..viet import money
from ..vocab import clean
from .facts import facts
from .registry import Finding, register

_COLLECTIVE_HINT = (
    "BAN",
    "ỦY BAN",
    "UỶ BAN",
    "ĐOÀN",
    "HỘI",
    "ĐẢNG",
    "THƯỜNG TRỰC",
    "HỘI ĐỒNG",
    "TỈNH ỦY",
    "THÀNH ỦY",
    "HUYỆN ỦY",
)


@register("KH410", "no-archive", per_document=True)
def no_archive(repo: Repository) -> Iterator[Finding]:
    """Văn bản không có Nơi nhận (`recipients`), hoặc Nơi nhận thiếu dòng lưu (`archive`, in thành
    `- Lưu: VT, …`). Quy chế, thể lệ ban hành kèm theo văn bản khác (`kind: rules`) không có Nơi
    nhận riêng."""
    for doc in repo.documents:
        if doc.kind == "rules":
            continue
        recipients = doc.data.get("recipients")
        if recipients is None:
            yield Finding(doc.path, (), "Văn bản chưa có Nơi nhận (`recipients`)")
        elif isinstance(recipients, dict) and not recipients.get("archive"):
            yield Finding(
                doc.path, ("recipients",), "Nơi nhận thiếu dòng lưu (`archive`, ví dụ `[VT, VP]`)"
            )


@register("KH411", "budget-mismatch", per_document=True)
def budget_mismatch(repo: Repository) -> Iterator[Finding]:
    """Tổng kinh phí khai báo (`budget.total`) khác tổng các dòng dự toán (`budget.lines`), hoặc nhỏ
    hơn tổng kinh phí các hoạt động. Mọi hoạt động ghi trong văn bản đều được tính, kể cả hoạt động
    đã hủy: văn bản in ra là văn bản như đã viết (bảng hoạt động cộng mọi dòng), nên hai con số in
    ra phải khớp nhau. Hoạt động hủy mà không còn thuộc kế hoạch thì xóa khỏi văn bản. Mục kinh
    phí của chương trình phối hợp được kiểm tra như của kế hoạch, với các hoạt động ghi trong các
    nội dung phối hợp (`areas[].activities`)."""
    for doc in repo.documents:
        budget = doc.data.get("budget")
        if not isinstance(budget, dict) or not isinstance(budget.get("total"), int):
            continue
        total = budget["total"]
        lines = [ln.get("amount") for ln in budget.get("lines") or [] if isinstance(ln, dict)]
        amounts = [a for a in lines if isinstance(a, int)]
        if lines and len(amounts) == len(lines) and sum(amounts) != total:
            yield Finding(
                doc.path,
                ("budget", "total"),
                f"Tổng kinh phí {money(total)} đồng khác tổng các dòng dự toán {money(sum(amounts))} đồng",
            )
        acts = facts(repo, doc).acts_budget  # what ``navigate.activities`` budget, added up
        if acts > total:
            yield Finding(
                doc.path,
                ("budget", "total"),
                f"Tổng kinh phí {money(total)} đồng nhỏ hơn tổng kinh phí các hoạt động {money(acts)} đồng",
            )


@register("KH412", "signer-authority", per_document=True)
def signer_authority(repo: Repository) -> Iterator[Finding]:
    """Thẩm quyền ký không khớp với chức vụ (Nghị định 30/2020/NĐ-CP, Điều 13; Hướng dẫn
    36-HD/VPTW với văn bản của Đảng), theo đúng cách `kehoach render` in khối chữ ký:

    - `KT.` (ký thay) dùng cho cấp phó: chức vụ phải bắt đầu bằng `PHÓ`;
    - `TM.` (thay mặt) cần tên tập thể: `for`, hoặc `body` của tổ chức; `for` phải giống tên một
      tập thể (Ban, Ủy ban, Đoàn, Hội, Đảng ủy…);
    - `KT.`, `TL.`, `TUQ.`, `Q.` cần người đứng đầu được ký thay: `for`, hoặc `head` của tổ chức;
    - không có thẩm quyền mà có `for`: `for` là dòng tên cơ quan in trên chức vụ (một Sở ký với
      tên của mình) — hợp lệ."""
    for doc in repo.documents:
        for i, signer in enumerate(doc.data.get("signers") or []):
            if not isinstance(signer, dict):
                continue
            auth = signer.get("authority") or ""
            title = str(signer.get("title") or "").upper()
            target = signer.get("for")
            org_id = signer.get("org")
            org = (repo.orgs.get(org_id) if isinstance(org_id, str) else None) or {}
            path = ("signers", i)
            if auth == "KT." and not title.startswith("PHÓ"):
                yield Finding(
                    doc.path,
                    path + ("title",),
                    f'Ký thay (KT.) nhưng chức vụ "{signer.get("title")}" không phải cấp phó',
                )
            if auth == "TM." and not (target or org.get("body")):
                yield Finding(
                    doc.path,
                    path,
                    "Thay mặt (TM.) cần ghi tập thể được thay mặt (`for`, ví dụ `BAN THƯỜNG VỤ TỈNH ĐOÀN`, "
                    "hoặc `body` của tổ chức trong orgs.yaml)",
                )
            if (
                auth == "TM."
                and target
                and not any(h in str(target).upper() for h in _COLLECTIVE_HINT)
            ):
                yield Finding(
                    doc.path,
                    path + ("for",),
                    f'Thay mặt (TM.) dùng cho tập thể, "{target}" không giống tên một tập thể',
                )
            if auth in ("TL.", "TUQ.", "KT.", "Q.") and not (target or org.get("head")):
                yield Finding(
                    doc.path,
                    path,
                    f"{auth} cần ghi người đứng đầu được ký thay (`for`, ví dụ `GIÁM ĐỐC`, hoặc "
                    "`head` của tổ chức trong orgs.yaml)",
                )


@register("KH449", "signer-without-name", level="warning", per_document=True)
def signer_without_name(repo: Repository) -> Iterator[Finding]:
    """Khối chữ ký không ghi họ tên người ký (`name`): văn bản in ra để trống dòng họ tên dưới chỗ
    ký, người nhận không biết ai ký. Để trống có chủ ý (bản chép lại từ nguồn không in tên, tên
    viết tay) thì ghi `name: ""`. Văn bản còn là dự thảo (`draft: true`) chưa cần tên; bản nháp do
    `kehoach new` tạo ghi sẵn `TODO: họ tên người ký` (KH418 nhắc điền)."""
    for doc in repo.documents:
        if doc.data.get("draft") is True:
            continue
        for i, signer in enumerate(doc.data.get("signers") or []):
            if isinstance(signer, dict) and signer.get("name") is None:
                org = signer.get("org")
                yield Finding(
                    doc.path,
                    ("signers", i),
                    f'Khối chữ ký của "{org}" chưa có họ tên người ký (`name`): bản in để trống '
                    'dòng họ tên (cố ý để trống thì ghi `name: ""`)',
                )


@register("KH420", "table-shape", per_document=True)
def table_shape(repo: Repository) -> Iterator[Finding]:
    """Một dòng của bảng (`table.rows`) có số ô khác số cột (`table.columns`): ô thừa bị bỏ, ô thiếu
    để trống khi in, nên bảng in ra lệch với dữ liệu. Mọi bảng đều được kiểm tra: trong các mục của
    văn bản, các mục riêng của báo cáo, quy chế (`sections`), các mục thêm và các phụ lục."""
    for doc in repo.documents:
        if not facts(repo, doc).has_table:
            continue
        for path, sec in navigate.all_sections(doc):
            table = sec.get("table")
            if not isinstance(table, dict) or not isinstance(table.get("columns"), list):
                continue
            width = len(table["columns"])
            for i, row in enumerate(table.get("rows") or []):
                if isinstance(row, list) and len(row) != width:
                    yield Finding(
                        doc.path,
                        path + ("table", "rows", i),
                        f"Dòng {i + 1} của bảng có {len(row)} ô, bảng có {width} cột",
                    )


@register(
    "KH421",
    "attached-to",
    reads=(("id",), ("attached_to",)),
    focused=True,
)
def attached_to(repo: Repository) -> Iterator[Finding]:
    """Quy chế, thể lệ ghi `attached_to` (văn bản mà nó được ban hành kèm theo) nhưng mã đó không
    phải một văn bản hợp lệ của kho, hoặc là chính nó: dòng `(Ban hành kèm theo … số … ngày …)`
    không in được. Văn bản kèm theo không có trong kho thì ghi nguyên văn bằng `attached_line`."""
    for doc in repo.examined():
        target = doc.data.get("attached_to")
        if doc.kind != "rules" or not isinstance(target, str):
            continue
        cited = repo.by_id(target)
        if target == doc.id:
            yield Finding(doc.path, ("attached_to",), "`attached_to` trỏ tới chính văn bản này")
        elif cited is None:
            where = " (văn bản đó có lỗi)" if target in repo.invalid_ids else ""
            yield Finding(
                doc.path,
                ("attached_to",),
                f'Không có văn bản "{target}" trong kho{where}; văn bản ngoài kho thì ghi '
                "`attached_line`",
            )


@register("KH427", "activity-group-order", level="warning", per_document=True)
def activity_group_order(repo: Repository) -> Iterator[Finding]:
    """Nhóm hoạt động (`group`) in ra khác ý người soạn: các hoạt động liền nhau cùng nhóm in chung
    dưới một dòng nhóm (`I. Công tác tuyên truyền` trong bảng, mục con `1.` trong danh sách), nên
    một hoạt động không ghi nhóm đứng sau hoạt động có nhóm sẽ in dưới nhóm ấy, và một nhóm bị
    hoạt động của nhóm khác chen giữa sẽ in thành hai nhóm cùng tên. Ghi `group` cho hoạt động ấy
    (hoặc đưa nó lên trước nhóm đầu tiên), xếp các hoạt động của một nhóm liền nhau."""
    for doc in repo.documents:
        found = navigate.activities_with(doc, "group")
        if not found:
            continue  # most documents: no group, nothing to walk
        lists: dict[tuple, list[tuple[tuple, dict]]] = {}
        for path, act in navigate.activities(doc):
            lists.setdefault(path[:-1], []).append((path, act))
        for items in lists.values():
            yield from _group_order(doc.path, items)


def _group_order(where: str, items: list[tuple[tuple, dict]]) -> Iterator[Finding]:
    seen: set[str] = set()
    last = ""
    for path, act in items:
        group = act.get("group")
        group = clean(group) if isinstance(group, str) else ""
        if not group:
            if last:
                yield Finding(
                    where,
                    path,
                    f'Hoạt động không ghi nhóm (`group`) đứng sau hoạt động của nhóm "{last}": '
                    "in ra nó nằm dưới nhóm ấy",
                )
            continue
        if group != last and group in seen:
            yield Finding(
                where,
                (*path, "group"),
                f'Nhóm "{group}" đã có ở trên, bị nhóm khác chen giữa: in ra thành hai nhóm cùng '
                "tên; xếp các hoạt động của nhóm liền nhau",
            )
        seen.add(group)
        last = group


@register("KH428", "support-unit-not-support", level="warning", per_document=True)
def support_unit_not_support(repo: Repository) -> Iterator[Finding]:
    """Bộ phận phối hợp (`support_units`) ghi cho một tổ chức không có trong `support` của hoạt
    động: bộ phận ấy không được in, và tổ chức không được tính là đơn vị phối hợp. Thêm mã tổ chức
    vào `support`, hoặc sửa mã trong `support_units` (bộ phận của đơn vị chủ trì ghi ở
    `lead_unit`)."""
    for doc in repo.documents:
        for path, act in navigate.activities_with(doc, "support_units"):
            units = act["support_units"]
            if not isinstance(units, dict):
                continue
            support = act.get("support")
            support = support if isinstance(support, list) else []
            for org in units:
                if org not in support:
                    known = "" if org in repo.orgs else ", cũng không có trong orgs.yaml"
                    yield Finding(
                        doc.path,
                        (*path, "support_units", org),
                        f'Bộ phận phối hợp ghi cho "{org}", nhưng "{org}" không có trong `support` '
                        f"của hoạt động{known}: bộ phận ấy không được in",
                    )
