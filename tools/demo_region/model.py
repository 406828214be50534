"""The service archetype: one resident-facing service description with its classifications."""
from __future__ import annotations

from dataclasses import dataclass, field

from .util import L

THEMES: dict[str, str] = {
    "community": "Yhteisöllisyys, osallisuus ja sosiaaliset suhteet",
    "nature": "Luonto ja ulkoilu",
    "activity": "Liikunta",
    "culture": "Luovuus, taide ja kulttuuri",
    "livelihood": "Toimeentulo, työ, oppiminen ja asuminen",
    "guidance": "Sosiaali- ja terveysneuvonta, ohjaus ja tuki",
    "nutrition": "Ravitsemus ja uni",
    "mind": "Mielen hyvinvointi ja päihteettömyys",
}


@dataclass
class Slot:
    """A weekly meeting time; texts are generated from it and it becomes connection hours."""

    day: str  # Monday … Sunday
    start: str  # "10:00"
    end: str


@dataclass
class Archetype:
    """A distinct service, instantiated once (county, NGO) or per municipality.

    Texts may hold `{placeholders}` filled per instance (capitalised variants too): kunta, kunnan,
    kunnassa, kuntaan, ort, orts, town, paikka, paikassa, plats, i_plats, paiva, paiva_ess, dag,
    dag_def, day, klo, kl, time, hinta, pris, price.
    """

    key: str
    theme: str
    owner: str  # "municipal", "county" or an organisation key
    name: L
    summary: L
    description: L
    classes: tuple[str, ...]
    targets: tuple[str, ...]
    instruction: L = field(default_factory=dict)
    charge_info: L = field(default_factory=dict)
    alt_name: L = field(default_factory=dict)
    events: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    requirements: L = field(default_factory=dict)
    charge: str | None = "FreeOfCharge"
    langs: tuple[str, ...] = ()  # languages served in besides fi/sv
    where: tuple[str, ...] = ()  # municipality codes (municipal archetypes)
    venue: str | None = None  # venue kind the municipal instances connect to
    channels: tuple[str, ...] = ()  # channel keys ("{m}" = the instance municipality)
    slots: tuple[Slot, ...] = ()  # alternatives; an instance picks one
    prices: tuple[tuple[str, str, str], ...] = ()  # (fi, sv, en) alternatives
    en_in: tuple[str, ...] = ()  # municipalities whose instance also has English texts
    area: tuple[str, ...] = ()  # limited area (municipality codes) for non-municipal owners
    producers: tuple[tuple[str, str], ...] = ()  # (organisation key, provisionType)
    producers_in: tuple[str, ...] = ()  # municipalities where the producers apply (all if empty)
    funding: str = "PubliclyFunded"
