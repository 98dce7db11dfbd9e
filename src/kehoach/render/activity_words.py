"""The words an activity's lines and cells say of who does it: the lead (its unit, the orgs
leading with it), the supporting bodies, the place, participants and outputs."""

from __future__ import annotations

from ..field_labels import LABEL
from ..model import Repository, navigate
from ..vocab import clean


def support_names(repo: Repository, act: dict) -> list[str]:
    """The supporting bodies as printed: the orgs' short names (after the unit of each that
    ``support_units`` gives: 'Ban Phong trào Tỉnh Đoàn'), then ``support_others``."""
    units = navigate.support_units(act)
    return [repo.unit_name(o, units.get(o)) for o in act.get("support") or []] + [
        clean(o) for o in act.get("support_others") or []
    ]


def fact_fields(act: dict) -> list[tuple[str, str]]:
    """(field, words) of an activity's place, participants and outputs ('a; b'), those it
    gives."""
    out = [(key, clean(act[key])) for key in ("place", "participants") if act.get(key)]
    if act.get("outputs"):
        out.append(("outputs", "; ".join(clean(o) for o in act["outputs"])))
    return out


def fact_lines(act: dict) -> list[str]:
    """'Địa điểm: …', 'Thành phần: …', 'Sản phẩm: a; b' of an activity, those it gives."""
    return [f"{LABEL[name]}: {words}" for name, words in fact_fields(act)]


def lead_text(repo: Repository, act: dict) -> str:
    """'Ban Phong trào Tỉnh Đoàn': the unit that leads (``lead_unit``) and its org — the unit alone
    with ``lead_unit_alone`` ('Ban Tuyên giáo' in the Thành Đoàn's own plan, as typed); then the
    orgs that lead with it (``co_leads``): 'Tỉnh Đoàn, Sở KH&CN'."""
    org_id = act.get("lead")
    unit = clean(act.get("lead_unit"))
    if unit and act.get("lead_unit_alone") is True:
        lead = unit
    else:
        lead = repo.unit_name(org_id if isinstance(org_id, str) else "", unit)
    return ", ".join([lead, *(repo.org_name(o) for o in navigate.co_leads(act))])
