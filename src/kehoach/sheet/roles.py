"""A new lead chosen in the sheet that already had a role in the activity: a co-lead
(``co_leads``) or a supporter (``support``). The lead that was takes its place there — the two
swap roles; before, the new lead stood in both (KH425) and the old one in neither, dropped from
the activity without a word."""

from __future__ import annotations

from ..io.yamledit import Edit

__all__ = ["swap_roles"]

_ROLES = (("co_leads", "đồng chủ trì"), ("support", "phối hợp"))


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def swap_roles(
    path: tuple, act: dict, lead: object, labels: dict[str, str]
) -> tuple[Edit, str] | None:
    """The edit that puts the old lead of ``act`` (at ``path``) where the new ``lead`` was, and
    what to warn of; None when the new lead had no other role (or the old one has it already)."""
    old = act.get("lead")
    if not isinstance(lead, str) or not isinstance(old, str) or not old or old == lead:
        return None
    found = next(((k, r) for k, r in _ROLES if lead in _list(act.get(k))), None)
    if found is None or old in (orgs := _list(act.get(found[0]))):
        return None
    key, role = found
    at = path + (key, orgs.index(lead))
    new_name, old_name = labels.get(lead, lead), labels.get(old, old)
    return Edit(at, old), (
        f"{new_name} chủ trì thay {old_name}; {old_name} chuyển sang {role} "
        f"(chỗ của {new_name} trong {key})"
    )
