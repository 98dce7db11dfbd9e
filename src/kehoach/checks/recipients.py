"""The Nơi nhận as it will print: a name YAML split at its commas, a recipient written twice."""

from __future__ import annotations

from collections.abc import Iterator

from ..io.positions import line_of
from ..model import Repository
from ..vocab import clean_str, quoted
from .registry import Finding, register

# the words a list of administrative units ends with ("Các Huyện", "UBND các huyện, thị xã")
_UNIT_ENDINGS = ("huyện", "quận", "thị", "thị xã", "thành phố", "xã", "phường", "tp", "tx")
# what is left of such a list once YAML split it at its commas: a unit word alone, or the body of
# a unit ("Thành Đoàn", "Thị ủy"); a recipient on its own never reads like this
_FRAGMENTS = frozenset(
    {
        "thị",
        "thị xã",
        "thị trấn",
        "thành",
        "thành phố",
        "thành đoàn",
        "thành ủy",
        "thị đoàn",
        "thị ủy",
        "huyện",
        "huyện đoàn",
        "quận",
        "quận đoàn",
        "xã",
        "phường",
        "tp",
        "tx",
    }
)
_TRAILING = " ;,."


def _name(item: object) -> str:
    """A recipient as printed, without the punctuation it may be typed with."""
    if isinstance(item, dict):
        item = item.get("name")
    return clean_str(item).rstrip(_TRAILING)


def _key(name: str) -> str:
    return name.casefold()


def _groups(data: dict) -> Iterator[tuple[tuple, list]]:
    recipients = data.get("recipients")
    groups = recipients.get("groups") if isinstance(recipients, dict) else None
    for gi, group in enumerate(groups if isinstance(groups, list) else []):
        items = group.get("items") if isinstance(group, dict) else None
        if isinstance(items, list):
            yield ("recipients", "groups", gi, "items"), items


def _ends_with_unit(name: str) -> bool:
    words = _key(name).split()
    return bool(words) and (words[-1] in _UNIT_ENDINGS or " ".join(words[-2:]) in _UNIT_ENDINGS)


def _fragment(name: str) -> bool:
    return len(name.split()) <= 2 and _key(name) in _FRAGMENTS


@register("KH422", "recipient-split", level="warning", per_document=True)
def recipient_split(repo: Repository) -> Iterator[Finding]:
    """Một nơi nhận có vẻ là mảnh của một tên bị YAML tách ở dấu phẩy: trong danh sách viết trên
    một dòng, `items: [Các Huyện, Thị, Thành Đoàn]` là ba nơi nhận, in thành `- Các Huyện;`,
    `- Thị;`, `- Thành Đoàn;`. Kiểm tra báo khi ngay sau một nơi nhận kết thúc bằng tên một cấp
    hành chính (`Huyện`, `Quận`, `Thị`, `Thị xã`, `Thành phố`, `Xã`, `Phường`) là một nơi nhận chỉ
    gồm một, hai chữ như `Thị`, `Thị xã`, `Thành phố`, `Thành Đoàn`, `Thành ủy`, `Phường` — không
    bao giờ tự đứng thành một nơi nhận. Viết cả tên trong nháy kép (`["Các Huyện, Thị, Thành
    Đoàn"]`) hoặc mỗi nơi nhận một dòng (`- Các Huyện, Thị, Thành Đoàn`)."""
    for doc in repo.documents:
        for path, items in _groups(doc.data):
            names = [_name(item) for item in items]
            i = 1
            while i < len(names):
                if not (_fragment(names[i]) and _ends_with_unit(names[i - 1])):
                    i += 1
                    continue
                start, end = i - 1, i + 1
                while (
                    end < len(names) and _fragment(names[end]) and _ends_with_unit(names[end - 1])
                ):
                    end += 1
                whole = ", ".join(names[start:end])
                shown = ", ".join(quoted(n) for n in names[i:end])
                yield Finding(
                    doc.path,
                    (*path, i),
                    f"Nơi nhận {shown} có vẻ là phần của {quoted(whole)} bị YAML tách ở dấu phẩy "
                    f"(văn bản sẽ in {end - start} nơi nhận); viết cả tên trong nháy kép: "
                    f'["{whole}"], hoặc mỗi nơi nhận một dòng',
                )
                i = end


@register("KH423", "duplicate-recipient", level="warning", per_document=True)
def duplicate_recipient(repo: Repository) -> Iterator[Finding]:
    """Một nơi nhận được ghi hai lần trong Nơi nhận của văn bản (cùng tên, không kể hoa thường
    và dấu `;` cuối), trong cùng một nhóm hay ở hai nhóm: văn bản sẽ in nó hai lần."""
    for doc in repo.documents:
        seen: dict[str, tuple] = {}
        for path, items in _groups(doc.data):
            for i, item in enumerate(items):
                name = _name(item)
                if not name:
                    continue
                first = seen.setdefault(_key(name), (*path, i))
                if first != (*path, i):
                    yield Finding(
                        doc.path,
                        (*path, i),
                        f"Nơi nhận {quoted(name)} được ghi hai lần (đã có ở dòng {line_of(first)})",
                    )
