"""Two organisations of ``orgs.yaml`` with one name (KH448): usually a body proposed again by
``kehoach import`` under a new id and copied in beside the one already there."""

from __future__ import annotations

from collections.abc import Iterator

from ..vocab import clean_str
from .registry import Finding, register


@register("KH448", "duplicate-org-name", level="warning", scope="data")
def duplicate_org_name(path: str, kind: str, data: object, text: str) -> Iterator[Finding]:
    """Hai tổ chức trong `orgs.yaml` có cùng tên (`name`, không phân biệt hoa thường, khoảng trắng)
    mà khác mã — thường là một cơ quan được `kehoach import` đề xuất lại dưới mã mới rồi chép vào
    bên cạnh mã đã có. Văn bản ghi mã này hay mã kia thì là hai cơ quan: hai sổ số văn bản, `due`,
    `who` chia việc của một cơ quan làm hai. Giữ một mã, đổi các văn bản sang mã ấy, và ghi tên khác
    của nó vào `aliases`."""
    if kind != "orgs" or not isinstance(data, dict) or not isinstance(data.get("orgs"), list):
        return
    seen: dict[str, tuple[int, str]] = {}
    for i, org in enumerate(data["orgs"]):
        if not isinstance(org, dict) or not isinstance(org.get("id"), str):
            continue
        name = clean_str(org.get("name")).casefold()
        if not name:
            continue
        first = seen.setdefault(name, (i, org["id"]))
        if first[0] != i and first[1] != org["id"]:
            yield Finding(
                path,
                ("orgs", i, "name"),
                f'Tổ chức "{org["id"]}" cùng tên với "{first[1]}" ({clean_str(org.get("name"))}): '
                "hai mã là hai cơ quan (hai sổ số văn bản, việc chia đôi); giữ một mã, ghi tên khác "
                "vào `aliases`",
            )
