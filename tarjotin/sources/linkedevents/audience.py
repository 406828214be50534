"""Linked Events audience keywords (YSO and hel.fi ids) mapped to PTV target groups where the meaning is clear."""

from __future__ import annotations

from collections.abc import Iterable

# Only one-to-one meanings. Left out on purpose: adults (yso:p5590, no PTV group), school pupils
# (yso:p16485, children and young people both), immigrants (yso:p6165) and mental health rehabilitees
# (yso:p12297), whose PTV groups (KR2.x, KR1.4) are wider or narrower than the keyword.
TARGET_GROUPS: dict[str, str] = {
    "yso:p2433": "KR1.1",  # ikääntyneet — the aged
    "yso:p2434": "KR1.1",  # vanhukset — the elderly
    "helfi:5": "KR1.1",  # Vanhukset
    "yso:p4354": "KR1.2",  # lapset — children
    "yso:p13050": "KR1.2",  # lapsiperheet — families with children
    "yso:p20513": "KR1.2",  # vauvaperheet — families with babies
    "yso:p15937": "KR1.2",  # vauvat — babies
    "helfi:1": "KR1.2",  # Lapset ja lapsiperheet
    "yso:p11617": "KR1.3",  # nuoret — young people
    "helfi:2": "KR1.3",  # Nuoret
    "yso:p7179": "KR1.6",  # vammaiset — disabled people
    "helfi:4": "KR1.6",  # Vammaiset
}


def target_groups(keyword_ids: Iterable[str]) -> tuple[str, ...]:
    """The PTV target group codes these keyword ids mean, sorted, without repeats."""
    return tuple(sorted({TARGET_GROUPS[k] for k in keyword_ids if k in TARGET_GROUPS}))
