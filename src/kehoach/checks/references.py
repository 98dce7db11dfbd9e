"""Checks that what a document names exists: orgs, cited documents, content areas, unique ids."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..io.discover import display_path
from ..io.positions import line_of
from ..model import Document, Repository, navigate
from ..viet import close_matches
from .facts import facts
from .proposed import proposed_orgs
from .registry import Finding, register


@register("KH401", "unknown-org", per_document=True)
def unknown_org(repo: Repository) -> Iterator[Finding]:
    """Một mã tổ chức (cơ quan ban hành, bên tham gia, đơn vị chủ trì, phối hợp, người ký…) không có
    trong `orgs.yaml`. Thêm tổ chức vào `orgs.yaml` hoặc sửa mã cho đúng. Bản nháp của `kehoach
    import` đề xuất tổ chức ấy ở khối chú thích cuối tệp thì thông báo nêu dòng của đề xuất (chép
    khối ấy vào `orgs.yaml`), không đoán một mã gần giống — thường là cơ quan cùng loại của tỉnh
    khác."""
    if repo.orgs_path is None or (repo.orgs_path in repo.failures and not repo.orgs):
        return  # no orgs.yaml (KH417), or one that cannot be read (its own problem says why)
    known = repo.orgs
    for doc in repo.documents:
        if known.keys() >= facts(repo, doc).org_names:
            continue  # every org it names is known
        proposed: dict[str, int] | None = None
        for path, org in navigate.org_refs(doc):
            if isinstance(org, str) and org not in known:
                if proposed is None:
                    proposed = proposed_orgs(doc.path)
                if org in proposed:
                    where = (
                        f"; bản nháp đề xuất tổ chức này ở dòng {proposed[org]} (khối chú thích "
                        "cuối tệp): chép khối ấy vào orgs.yaml, sửa tên, ký hiệu cho đúng"
                    )
                else:
                    where = _near(org, known)
                yield Finding(doc.path, path, f'Không có tổ chức "{org}" trong orgs.yaml{where}')


@register("KH417", "no-orgs-file", per_document=True)
def no_orgs_file(repo: Repository) -> Iterator[Finding]:
    """Kho có văn bản nhưng không có `orgs.yaml` ở thư mục gốc, hoặc `orgs.yaml` chưa có tổ chức
    nào dùng được (tệp rỗng, thiếu `orgs:`), nên không kiểm tra được các mã tổ chức. Báo ở mọi văn
    bản, để kiểm tra riêng một tệp (pre-commit, trình soạn thảo) cũng thấy. Chạy `kehoach init` hoặc
    khai báo các tổ chức trong `orgs.yaml`."""
    if repo.orgs_path is None:
        message = (
            f"Không tìm thấy orgs.yaml ở thư mục gốc của kho ({display_path(repo.root)}); "
            "không kiểm tra được mã tổ chức"
        )
    elif not repo.orgs:
        message = (
            f"{repo.orgs_path} chưa có tổ chức nào dùng được (tệp rỗng, có lỗi cú pháp, thiếu "
            "`orgs:` hoặc các tổ chức đều có lỗi: xem lỗi ở chính tệp ấy); không kiểm tra được mã "
            "tổ chức"
        )
    else:
        return
    for doc in repo.documents:
        yield Finding(doc.path, (), message)


@register(
    "KH402",
    "unresolved-ref",
    reads=(("id",), ("bases", "*", "ref")),
    focused=True,
)
def unresolved_ref(repo: Repository) -> Iterator[Finding]:
    """Căn cứ `ref: <id>` không trỏ tới chương trình hay kế hoạch nào trong kho, hoặc trỏ tới chính
    văn bản đó. Khi mã trùng với một tệp của kho không đọc được (lỗi cú pháp YAML, sai bảng mã,
    thiếu `kind`…), thông báo nêu tệp đó thay vì nói căn cứ không có trong kho."""
    ids = {d.id for d in repo.documents} | repo.invalid_ids
    unreadable = repo.unreadable
    for doc in repo.examined():
        for path, ref in navigate.cited_refs(doc):
            if ref == doc.id:
                yield Finding(doc.path, path, f'Văn bản tự căn cứ vào chính nó ("{ref}")')
            elif ref in unreadable and repo.by_id(ref) is None:
                yield Finding(
                    doc.path,
                    path,
                    f'Căn cứ "{ref}" có trong kho ({unreadable[ref]}) nhưng tệp đó có lỗi, chưa '
                    "đọc được; hãy sửa lỗi của tệp ấy",
                )
            elif ref not in ids:
                yield Finding(doc.path, path, f'Căn cứ "{ref}" không có trong kho{_near(ref, ids)}')


@register(
    "KH403",
    "duplicate-id",
    reads=(("id",),),
)
def duplicate_id(repo: Repository) -> Iterator[Finding]:
    """Hai văn bản (hoặc hai tổ chức trong `orgs.yaml`) có cùng mã `id`. Mã văn bản mặc định là tên
    tệp, nên hai tệp cùng tên ở hai thư mục cũng trùng mã."""
    seen: dict[str, str] = {}
    for doc in repo.documents:
        first = seen.setdefault(doc.id, doc.path)
        if first != doc.path:
            where = ("id",) if "id" in doc.data else ()
            yield Finding(doc.path, where, f'Mã văn bản "{doc.id}" trùng với {first}')
    orgs_path = repo.orgs_path  # the counts are taken while reading orgs.yaml
    for org_id, count in repo.org_id_counts.items():
        if count > 1 and orgs_path is not None:
            yield Finding(orgs_path, ("orgs",), f'Mã tổ chức "{org_id}" xuất hiện {count} lần')


@register("KH413", "duplicate-item-id", per_document=True)
def duplicate_item_id(repo: Repository) -> Iterator[Finding]:
    """Trong một văn bản, hai hoạt động, hai nội dung phối hợp hoặc hai mục lịch có cùng `id`.
    Báo ở lần thứ hai, kèm dòng của lần đầu."""
    for doc in repo.documents:
        if facts(repo, doc).ids_unique:
            continue
        groups = {
            "hoạt động": [(p, a.get("id")) for p, a in navigate.activities(doc)],
            "nội dung": [
                (("areas", i), a.get("id"))
                for i, a in enumerate(doc.data.get("areas") or [])
                if isinstance(a, dict)
            ],
            "mục lịch": [(p, r.get("id")) for p, r in navigate.schedule(doc)],
        }
        for label, items in groups.items():
            seen: dict = {}
            for path, item_id in items:
                if item_id is None or not isinstance(item_id, str | int):
                    continue
                if item_id in seen:
                    first = line_of(seen[item_id] + ("id",))
                    yield Finding(
                        doc.path,
                        path + ("id",),
                        f'Mã {label} "{item_id}" bị trùng trong văn bản (đã có ở dòng {first})',
                    )
                seen.setdefault(item_id, path)


@register(
    "KH416",
    "unknown-area",
    reads=(
        ("id",),
        ("bases", "*", "ref"),
        ("areas", "*", "id"),
        ("areas", "*", "activities", "*", "area"),
        ("contents", "activities", "*", "area"),
    ),
    focused=True,
)
def unknown_area(repo: Repository) -> Iterator[Finding]:
    """Hoạt động ghi `area` (nội dung phối hợp) không có trong chương trình mà kế hoạch căn cứ
    (`bases: - ref: <chương trình>`)."""
    areas_of: dict[str, set] = {}  # the area ids of each program cited, worked out once
    for doc in repo.examined():
        acts = navigate.activities_with(doc, "area")
        if not acts:
            continue  # no activity names an area: nothing to find
        refs = [ref for _, ref in navigate.cited_refs(doc)]
        if any(ref in repo.invalid_ids or repo.by_id(ref) is None for ref in refs):
            continue  # a cited document fails its schema or is missing (KH402): said there
        areas: set = set()
        programs = []
        for ref in refs:
            cited = repo.by_id(ref)
            if cited is not None and cited.kind == "program":
                programs.append(cited.id)
                areas |= _program_areas(cited, areas_of)
        if doc.kind == "program":
            areas |= _program_areas(doc, areas_of)
            programs.append(doc.id)
        for path, act in acts:
            area = act["area"]
            if not programs:
                yield Finding(
                    doc.path,
                    path + ("area",),
                    f'Hoạt động ghi nội dung "{area}" nhưng văn bản không căn cứ chương trình nào (`ref`)',
                )
            elif area not in areas:
                yield Finding(
                    doc.path,
                    path + ("area",),
                    f'Nội dung "{area}" không có trong {", ".join(programs)}{_near(area, areas)}',
                )


def _program_areas(program: Document, known: dict[str, set]) -> set:
    """The ids of ``program``'s areas (``known``: those already worked out, by document path —
    not by the object: a whole document unpacked for a look is let go after it, and its
    identity given to the next, ``Repository.whole``)."""
    found = known.get(program.path)
    if found is None:
        areas = program.data.get("areas") or []
        found = known[program.path] = {a.get("id") for a in areas if isinstance(a, dict)}
    return found


@register("KH408", "signer-not-issuer", per_document=True)
def signer_not_issuer(repo: Repository) -> Iterator[Finding]:
    """Người ký thuộc một tổ chức không phải cơ quan ban hành (kế hoạch) hoặc một bên (chương trình)."""
    for doc in repo.documents:
        issuers = set(doc.issuers)
        for i, signer in enumerate(doc.data.get("signers") or []):
            org = signer.get("org") if isinstance(signer, dict) else None
            if isinstance(org, str) and issuers and org not in issuers:
                role = "cơ quan ban hành" if doc.kind == "plan" else "bên tham gia"
                yield Finding(
                    doc.path,
                    ("signers", i, "org"),
                    f'Người ký thuộc "{org}", không phải {role} ({", ".join(sorted(issuers))})',
                )


@register("KH409", "missing-signer", per_document=True)
def missing_signer(repo: Repository) -> Iterator[Finding]:
    """Văn bản của từ hai cơ quan trở lên (kế hoạch liên tịch, chương trình phối hợp) thiếu khối chữ ký
    của một cơ quan, hoặc một cơ quan có hai khối chữ ký. Quy chế, thể lệ (`kind: rules`) không ghi
    người ký nào là văn bản ban hành kèm theo, không có chữ ký riêng."""
    for doc in repo.documents:
        issuers = doc.issuers
        if len(issuers) < 2 or (doc.kind == "rules" and not doc.data.get("signers")):
            continue
        signed: defaultdict[str, int] = defaultdict(int)
        for signer in doc.data.get("signers") or []:
            if isinstance(signer, dict) and isinstance(signer.get("org"), str):
                signed[signer["org"]] += 1
        key = doc.issuers_key
        for i, org in enumerate(issuers):
            if signed.get(org, 0) == 0:
                yield Finding(
                    doc.path,
                    ("signers",) if "signers" in doc.data else (key, i),
                    f'Thiếu chữ ký của "{org}": mỗi cơ quan ban hành cần một khối chữ ký',
                )
            elif signed[org] > 1:
                yield Finding(
                    doc.path, ("signers",), f'"{org}" có {signed[org]} khối chữ ký; chỉ cần một'
                )


def _near(value: str, candidates) -> str:
    near = close_matches(str(value), [c for c in candidates if isinstance(c, str)], n=1, cutoff=0.6)
    return f'; có phải "{near[0]}"?' if near else ""


@register("KH425", "lead-in-support", level="warning", per_document=True)
def lead_in_support(repo: Repository) -> Iterator[Finding]:
    """Đơn vị chủ trì (hay đồng chủ trì, `co_leads`) của một hoạt động cũng có trong danh sách đơn
    vị phối hợp (`support`) — thường sau khi đổi `lead` mà quên bỏ đơn vị đó khỏi `support`; hoặc
    đơn vị chủ trì ghi lại trong `co_leads`. Văn bản in ra sẽ nêu một đơn vị hai lần. Báo ở mục thừa;
    bỏ mã đó khỏi `support` (`co_leads`). (`kehoach due`, `kehoach who` không kể đơn vị chủ trì ở
    cột Phối hợp.)"""
    for doc in repo.documents:
        for path, act in navigate.activities(doc):
            if "support" not in act and "co_leads" not in act:
                continue
            lead, support, co = act.get("lead"), act.get("support"), act.get("co_leads")
            if not isinstance(lead, str):
                continue
            leads = [lead, *navigate.co_leads(act)]
            for i, org in enumerate(support if isinstance(support, list) else []):
                if org in leads:
                    yield Finding(
                        doc.path,
                        (*path, "support", i),
                        f'Đơn vị {"chủ trì" if org == lead else "đồng chủ trì"} "{org}"'
                        f'{_named(repo, org)} cũng có trong đơn vị phối hợp; bỏ "{org}" khỏi '
                        "support",
                    )
            for i, org in enumerate(co if isinstance(co, list) else []):
                if org == lead:
                    yield Finding(
                        doc.path,
                        (*path, "co_leads", i),
                        f'Đơn vị chủ trì "{org}"{_named(repo, org)} ghi lại trong co_leads; bỏ '
                        f'"{org}" khỏi co_leads',
                    )


def _named(repo: Repository, org: str) -> str:
    name = repo.org_name(org)
    return f" ({name})" if name != org else ""
