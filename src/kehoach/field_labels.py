"""The labels of the lines under an activity of a detailed list ('Thời gian: …', 'Đơn vị chủ trì:
…'): the words kehoach prints for each field, the words offices type for them ('Thời gian thực
hiện', 'Cơ quan chủ trì'), and how a document's own way of typing them (``field_lines``: their
order, labels and end punctuation, of a list and of an activity) is read.

``import`` reads labels through ``field_of_label``; ``render`` prints through ``Typed``."""

from __future__ import annotations

from dataclasses import dataclass

# the fields a line under an activity says, in the order kehoach prints them, and its labels
FIELDS = ("time", "lead", "support", "place", "participants", "outputs", "budget")
LABEL = {"time": "Thời gian", "lead": "Đơn vị chủ trì", "support": "Đơn vị phối hợp",
         "place": "Địa điểm", "participants": "Thành phần", "outputs": "Sản phẩm",
         "budget": "Kinh phí"}  # fmt: skip
# the words after the lead on one line: 'Đơn vị chủ trì: Tỉnh Đoàn; phối hợp: Sở KH&CN'
INLINE_SUPPORT = "phối hợp"
# how the lines end: each with '.', ';' or nothing; ';.': each with ';', the last with '.'
ENDS = (".", ";", "", ";.")

# the labels typed for each field (casefolded, spaces single)
LABELS = {"địa điểm": "place", "thành phần": "participants", "sản phẩm": "outputs",
          "chủ trì": "lead", "đơn vị chủ trì": "lead", "cơ quan chủ trì": "lead",
          "phối hợp": "support", "đơn vị phối hợp": "support", "cơ quan phối hợp": "support",
          "thời gian": "time", "kinh phí": "budget", "dự kiến kinh phí": "budget",
          "thời gian thực hiện": "time", "đồng chủ trì": "co_leads",
          "đơn vị đồng chủ trì": "co_leads", "cơ quan đồng chủ trì": "co_leads",
          "cùng chủ trì": "co_leads", "thành phần tham gia": "participants",
          # "Đơn vị thực hiện: Tỉnh Đoàn chủ trì, phối hợp với Sở KH&CN": the lead and its support
          "đơn vị thực hiện": "lead", "cơ quan thực hiện": "lead", "thời hạn": "time",
          "thời gian hoàn thành": "time", "thời hạn hoàn thành": "time"}  # fmt: skip
# labels read by their first words, longest first ("đơn vị chủ trì" before "chủ trì")
_PREFIXES = sorted(LABELS.items(), key=lambda kv: -len(kv[0]))


def label_key(label: str) -> str:
    return " ".join(label.split()).casefold()


def field_of_label(label: str) -> str | None:
    """The field a label names: exactly ('Địa điểm', 'Cơ quan chủ trì'), or as its first words
    ('Thời gian phát động', 'Kinh phí dự kiến'); None for a label naming two ('Thời gian, địa
    điểm') or something else."""
    k = label_key(label)
    if k in LABELS:
        return LABELS[k]
    if "," in k or " và " in k or len(k.split()) > 5:
        return None
    return next((name for word, name in _PREFIXES if k.startswith(word + " ")), None)


@dataclass(frozen=True)
class Typed:
    """How the lines under an activity are printed: ``order`` (None: kehoach's own, the support
    on the lead's line), each field's ``label``, how each line ``end``s."""

    order: tuple[str, ...] | None = None
    labels: tuple[tuple[str, str], ...] = ()
    end: str = "."

    def label(self, name: str) -> str:
        return dict(self.labels).get(name) or LABEL[name]

    def ended(self, lines: list[str]) -> list[str]:
        """``lines`` each ending as typed; a line that ends with its own stop keeps it."""
        out = []
        for i, line in enumerate(lines):
            stop = self.end if self.end != ";." else "." if i == len(lines) - 1 else ";"
            out.append(line if not stop or line[-1:] in ".;:!?" else line + stop)
        return out


def typed(*settings: object) -> Typed:
    """The ``field_lines`` of a list then of an activity (``{order, labels, end}``, each key of
    the later one over the earlier's) as one ``Typed``."""
    order: tuple[str, ...] | None = None
    labels: dict[str, str] = {}
    end = "."
    for s in settings:
        if not isinstance(s, dict):
            continue
        if isinstance(s.get("order"), list):
            order = tuple(f for f in s["order"] if f in LABEL)
        if isinstance(s.get("labels"), dict):
            labels |= {k: " ".join(v.split()) for k, v in s["labels"].items()
                       if k in LABEL and isinstance(v, str) and v.strip()}  # fmt: skip
        if s.get("end") in ENDS:
            end = s["end"]
    return Typed(order, tuple(sorted(labels.items())), end)
