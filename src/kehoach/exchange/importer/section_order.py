"""Where the numbered sections of a plan or a program stand: an extra section typed between two
of the format's sections says after which one it prints (``after``), so the draft prints the
sections in the order the document typed them; a section of the format typed out of the format's
order (kehoach prints those in ``vocab.SECTION_ORDER``) is moved, with a TODO that says so."""

from __future__ import annotations

from ...vocab import EXTRA_AFTER, SECTION_ORDER
from .draft import Draft


class Typed:
    """The sections of a body in the order they were typed: a name of the format's sections
    (``purpose``, ``areas``…) or an extra section (its mapping), each with its title."""

    def __init__(self) -> None:
        self.seq: list[tuple[str | dict, str]] = []

    def known(self, name: str, title: str) -> None:
        self.seq.append((name, title))

    def extra(self, sec: dict, title: str) -> None:
        self.seq.append((sec, title))

    def place(self, kind: str, draft: Draft, paths: dict[str, tuple] | None = None) -> None:
        """Give each extra section typed before one of the format's sections the ``after`` that
        prints it where it was typed (one typed after all of them prints last without it), and
        say in a TODO each section of the format kehoach moves: typed after a section that it
        prints after."""
        order = SECTION_ORDER[kind]
        last = EXTRA_AFTER
        for i, (what, _) in enumerate(self.seq):
            if isinstance(what, str):
                last = what
            elif any(isinstance(w, str) for w, _ in self.seq[i + 1 :]):
                _set_after(what, last)
        seen: list[tuple[str, str]] = []
        for what, title in self.seq:
            if not isinstance(what, str):
                continue
            later = [(n, t) for n, t in seen if order.index(n) > order.index(what)]
            if later:
                path = (paths or {}).get(what, (what,))
                draft.todo(
                    path,
                    f'mục "{title}" gõ sau mục "{later[0][1]}": kehoach in nó trước mục ấy, theo '
                    "thứ tự của định dạng — văn bản in lại xếp khác văn bản gốc",
                )
            seen.append((what, title))


def _set_after(sec: dict, name: str) -> None:
    """``after: name`` written right after the section's title (or first)."""
    items = [(k, v) for k, v in sec.items() if k != "after"]
    sec.clear()
    at = 1 if items and items[0][0] == "title" else 0
    for k, v in [*items[:at], ("after", name), *items[at:]]:
        sec[k] = v
