"""Plans the channels: places with addresses and coordinates, phones, web pages, e-services, forms."""

from __future__ import annotations

import random
from collections import Counter

from .activities import ACTIVITIES, ACTIVITY_BY_KEY, ILL
from .basics import FORMS, NATIONAL, UNITS
from .places import Municipality, point_near, postal_code, slug
from .plan import CHANNEL_SHARES, NATIONAL_SHARE, Chan, Org, Plan, allocate
from .ptv import gid
from .texts import cap
from .venues import DISTRICTS, NICKNAMES, STREETS, VENUES

REMOTE = ("Phone", "WebPage", "EChannel", "PrintableForm")
SIGN_UP_UNITS = ("sport", "culture", "youth", "library")


def _add(plan: Plan, kind: str, org: Org, muni: Municipality | None, **fields) -> Chan:
    index = len(plan.channels)
    chan = Chan(index, gid(f"channel:{index}"), kind, org, muni, **fields)
    plan.channels.append(chan)
    plan.by_org[(org.key, kind)].append(index)
    if chan.unit:
        plan.by_unit[(org.key, chan.unit, kind)].append(index)
    return chan


def _venue_owner(plan: Plan, muni: Municipality, owner: str, rng: random.Random) -> Org:
    local = plan.ngos[muni.code]
    if owner == "parish":
        parishes = [o for o in local if o.kind == "parish"]
        return parishes[0] if parishes else plan.muni_org[muni.code]
    if owner == "ngo" and local:
        return rng.choice(local)
    return plan.owner_of(muni, owner == "county")


def _place_name(muni: Municipality, venue_key: str, seen: int, rng: random.Random) -> tuple[dict, tuple[str, str]]:
    """'Alajärven kirjasto' first; later ones by district ('Kallion kirjasto') or name ('Kirjasto Majakka')."""
    venue = VENUES[venue_key]
    nom, loc = venue.form(0), venue.form(2)
    if seen == 0:
        fi, loc_fi = f"{muni.gen_fi} {nom}", f"{muni.gen_fi} {loc}"
    elif rng.random() < 0.5:
        district = rng.choice(DISTRICTS).split("|")[1]
        fi, loc_fi = f"{district} {nom}", f"{district} {loc}"
    else:
        nick_nom, nick_loc = rng.choice(NICKNAMES).split("|")
        fi, loc_fi = f"{cap(nom)} {nick_nom}", f"{nom} {nick_loc}"
    sv = f"{cap(venue.sv_form(1))} i {muni.name_sv}"
    loc_sv = f"{venue.sv_form(2)} i {muni.name_sv}"
    if muni.languages == ("sv",):
        return {"sv": sv}, (loc_fi, loc_sv)
    names = {"sv": sv, "fi": fi} if muni.swedish_first else {"fi": fi, **({"sv": sv} if muni.bilingual else {})}
    return names, (loc_fi, loc_sv)


def _locations(plan: Plan, muni: Municipality, count: int, rng: random.Random) -> None:
    kinds = list(VENUES)
    per_kind = allocate(count, [VENUES[k].share for k in kinds])
    seen: Counter[str] = Counter()
    for venue_key, n in zip(kinds, per_kind, strict=True):
        for _ in range(n):
            name, loc = _place_name(muni, venue_key, seen[venue_key], rng)
            seen[venue_key] += 1
            street = rng.choice(STREETS).split("|")
            point = point_near(muni, rng) if rng.random() > 0.02 else None  # a few were never geocoded
            chan = _add(plan, "ServiceLocation", _venue_owner(plan, muni, VENUES[venue_key].owner, rng), muni,
                        venue=venue_key, name=name, loc=loc, street=(street[0], street[1]),
                        number=f"{rng.randint(1, 60)}{rng.choice(('', '', '', ' A', ' B'))}",
                        postal=postal_code(muni, rng), point=point)
            plan.by_venue[(muni.code, venue_key)].append(chan.index)
            plan.locations[muni.code].append(chan.index)


def _remote_name(kind: str, org: Org, unit: str, rng: random.Random) -> tuple[dict, str]:
    """Name and (for sign-up e-services) the activity of a phone, web page, e-service or form."""
    fi_org = org.name.get("fi") or org.name.get("sv", "")
    if not unit:
        names = {"Phone": f"{fi_org}, puhelinneuvonta", "WebPage": f"{fi_org} – verkkosivut",
                 "PrintableForm": f"{fi_org}: jäsenhakemus"}
        if kind == "EChannel":
            key = rng.choice(org.acts) if org.acts else rng.choice(ACTIVITIES).key
            return {"fi": f"Ilmoittautuminen {ACTIVITY_BY_KEY[key].form(ILL)}"}, key
        return {"fi": names[kind]}, ""
    nom, gen = UNITS[unit][0].split("|")
    sv = cap(UNITS[unit][1])
    if kind == "Phone":
        fi = rng.choice((f"{cap(gen)} asiakaspalvelu", f"{cap(gen)} neuvontapuhelin", f"{cap(nom)}, ajanvaraus"))
        return {"fi": fi, "sv": f"{sv}, kundtjänst"}, ""
    if kind == "WebPage":
        return {"fi": f"{cap(nom)} – {fi_org}", "sv": f"{sv} – {org.name.get('sv', fi_org)}"}, ""
    if kind == "PrintableForm":
        forms = [f for f in FORMS if f[2] == unit] or list(FORMS)
        form = rng.choice(forms)
        return {"fi": form[0], "sv": form[1]}, ""
    if unit in SIGN_UP_UNITS and rng.random() < 0.5:
        key = rng.choice(ACTIVITIES).key
        return {"fi": f"Ilmoittautuminen {ACTIVITY_BY_KEY[key].form(ILL)}"}, key
    return {"fi": rng.choice((f"{cap(gen)} sähköinen asiointi", f"Sähköinen ajanvaraus: {nom}")),
            "sv": f"{sv}, e-tjänst"}, ""


def _remote(plan: Plan, muni: Municipality, kind: str, count: int, rng: random.Random) -> None:
    for _ in range(count):
        draw = rng.random()
        local = plan.ngos[muni.code]
        org = (rng.choice(local) if draw < 0.25 and local
               else plan.owner_of(muni, draw < 0.55))
        unit = rng.choice(org.units)
        name, activity = _remote_name(kind, org, unit, rng)
        if not muni.bilingual:
            name = {"fi": name["fi"]} if "fi" in name else name
        if muni.languages == ("sv",) and "sv" in name:
            name = {"sv": name["sv"]}
        _add(plan, kind, org, muni, unit=unit, name=name, activity=activity)


def _national(plan: Plan, count: int, rng: random.Random) -> None:
    """Channels of the national organisations: mostly their own kind (phone, chat), plus web pages."""
    nationals = [o for o in plan.orgs if o.kind == "national"]
    for i in range(count):
        org = nationals[i % len(nationals)]
        own_kind = NATIONAL[org.national][5]
        kind = own_kind if rng.random() < 0.7 else "WebPage"
        label = NATIONAL[org.national][1]
        name = {"fi": f"{label} – {org.name['fi']}" if kind == own_kind else f"{org.name['fi']} – verkkosivut"}
        _add(plan, kind, org, None, name=name)


def channels_plan(plan: Plan, total: int, rng: random.Random) -> None:
    """Split the channels over kinds and municipalities (by weight), then name and place each one."""
    kinds = list(CHANNEL_SHARES)
    per_kind = dict(zip(kinds, allocate(total, [CHANNEL_SHARES[k] for k in kinds]), strict=True))
    national = sum(round(per_kind[k] * NATIONAL_SHARE) for k in ("Phone", "WebPage", "EChannel"))
    for k in ("Phone", "WebPage", "EChannel"):
        per_kind[k] -= round(per_kind[k] * NATIONAL_SHARE)
    weights = [m.weight for m in plan.munis]
    shares = {k: allocate(per_kind[k], weights) for k in kinds}
    for i, muni in enumerate(plan.munis):
        _locations(plan, muni, shares["ServiceLocation"][i], rng)
        for kind in REMOTE:
            _remote(plan, muni, kind, shares[kind][i], rng)
    _national(plan, national, rng)


def url_of(chan: Chan) -> str:
    """The address a web page, e-service or form channel points to."""
    domain = chan.org.domain
    if chan.kind == "WebPage":
        return f"https://{domain}/{UNITS[chan.unit][2]}" if chan.unit else f"https://{domain}"
    if chan.kind == "PrintableForm":
        return f"https://{domain}/lomakkeet/{slug(chan.name.get('fi', chan.name.get('sv', '')))}.pdf"
    path = f"ilmoittautuminen/{chan.activity}" if chan.activity else f"asiointi/{chan.index}"
    return f"https://{domain.replace('www.', 'asiointi.')}/{path}"
