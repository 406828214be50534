"""Composes service texts (fi, sv, some en) from the vocabularies, 40–150 words per description."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .activities import ALL, GEN, ILL, LOC, NOM, TNOM, Activity, TargetGroup
from .basics import Basic
from .venues import ACCESSIBLE_FI, ACCESSIBLE_SV, DAYS_FI, DAYS_SV

Texts = dict[str, str]
MAX_WORDS = 150
MONTHS_FI = ("tammikuussa", "elokuussa", "syyskuussa", "joulukuussa")
EXTRAS_FI = (
    "Voit tulla mukaan yksin tai yhdessä ystävän kanssa.",
    "Tauolla on tarjolla kahvia ja teetä pientä maksua vastaan.",
    "Ryhmässä on mukava ja kannustava ilmapiiri, ja jokainen osallistuu omien voimiensa mukaan.",
    "Säännöllinen osallistuminen tukee hyvinvointia ja tuo arkeen rytmiä.",
    "Paikalle pääsee hyvin julkisilla liikennevälineillä, ja pysäköintitilaa on rakennuksen edessä.",
    "Tarvittaessa voit tuoda mukanasi avustajan, joka osallistuu maksutta.",
    "Kesäaikana toiminta pitää taukoa kesäkuusta elokuuhun.",
    "Poikkeuksista ilmoitetaan järjestäjän verkkosivuilla ja sosiaalisessa mediassa.",
    "Kokoontumiset ovat päihteettömiä, ja toiminnassa noudatetaan turvallisemman tilan periaatteita.",
    "Ohjaajat ovat vaitiolovelvollisia, ja kaikki keskustelut ovat luottamuksellisia.",
    "Mukaan voi tulla kesken kauden, kunhan ryhmässä on tilaa.",
    "Jos et pääse paikalle, ilmoitathan siitä ohjaajalle.",
    "Lisätietoja saat järjestäjän verkkosivuilta tai soittamalla ohjaajalle.",
    "Toiminnassa on mukana myös vapaaehtoisia, jotka auttavat tarvittaessa.",
)
EXTRAS_SV = (
    "Du kan komma ensam eller tillsammans med en vän.", "Verksamheten är drogfri.",
    "Under pausen serveras kaffe och te.", "Mer information får du av arrangören.",
    "Gruppen har sommaruppehåll från juni till augusti.", "Alla är välkomna oberoende av tidigare erfarenhet.",
)
ADMIN_FI = (
    "Voit asioida myös sähköisesti tunnistautumalla pankkitunnuksilla tai mobiilivarmenteella.",
    "Tarvittaessa käytössä on maksuton tulkkauspalvelu.",
    "Kiireellisissä tilanteissa ota yhteyttä päivystykseen tai soita hätänumeroon 112.",
    "Asiakkaan tiedot käsitellään luottamuksellisesti, eikä niitä luovuteta ilman suostumusta.",
    "Palautetta palvelusta voit antaa sähköisellä palautelomakkeella tai toimipisteessä.",
    "Palvelun toimipisteet, aukioloajat ja yhteystiedot löydät tämän sivun alaosasta.",
    "Palvelutarve arvioidaan aina yksilöllisesti yhdessä asiakkaan kanssa.",
    "Jos et pysty asioimaan itse, läheisesi voi ottaa yhteyttä puolestasi.",
    "Ajanvarauksen voi perua maksutta viimeistään edellisenä arkipäivänä.",
    "Palvelun sisältö ja saatavuus voivat vaihdella toimipisteittäin.",
)
ROLES = {"P27": "liikunnanohjaaja", "P25": "alan ohjaaja", "P4": "koulutettu vertaisohjaaja",
         "P5": "terveydenhoitaja", "P28": "nuoriso-ohjaaja", "P22": "vapaaehtoinen kielikaveri"}


@dataclass(frozen=True)
class Where:
    """The place a service is given at, as its texts need it."""

    muni_fi: str
    muni_gen: str
    muni_sv: str
    muni_org_gen: str  # "Alajärven kaupungin"
    loc_fi: str  # "Alajärven uimahallissa"
    loc_sv: str  # "i simhallen i Alajärvi"
    street: str  # "Koulukatu 5"


@dataclass(frozen=True)
class Slot:
    day: str
    opens: str
    closes: str

    def fi(self) -> str:
        return f"{DAYS_FI[self.day]} klo {self.opens.replace(':', '.')}–{self.closes.replace(':', '.')}"

    def sv(self) -> str:
        return f"{DAYS_SV[self.day]} kl. {self.opens.replace(':', '.')}–{self.closes.replace(':', '.')}"


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fill(rng: random.Random, fixed: list[str], pool: tuple[str, ...], target: int) -> str:
    """The fixed sentences, then random extras until the word count reaches the target."""
    extras = list(pool)
    rng.shuffle(extras)
    words = sum(len(s.split()) for s in fixed)
    while len(fixed) > 3 and words > target:  # a short description keeps its first sentences
        words -= len(fixed.pop(rng.randrange(3, len(fixed))).split())
    while words < target and extras:
        sentence = extras.pop()
        if words + len(sentence.split()) > MAX_WORDS:
            continue
        # After the opening, what and when, so a practical detail never comes before the schedule.
        fixed.insert(rng.randrange(min(4, len(fixed)), len(fixed) + 1), sentence)
        words += len(sentence.split())
    head, tail = " ".join(fixed[:2]), " ".join(fixed[2:])
    return f"{head}\n\n{tail}" if tail else head


def _role(act: Activity) -> str:
    return ROLES.get(act.classes[0].split(".")[0], "koulutettu vapaaehtoinen")


def _price_fi(price: int) -> str:
    return f"Osallistumismaksu on {price} euroa kaudelta." if price else "Osallistuminen on maksutonta."


def _register_fi(rng: random.Random, act: Activity) -> str:
    return rng.choice((
        "Ennakkoilmoittautumista ei tarvita, vaan voit tulla suoraan paikan päälle.",
        "Ilmoittautuminen tehdään etukäteen puhelimitse tai sähköpostitse, sillä paikkoja on rajoitetusti.",
        f"Ilmoittautuminen {act.form(ILL)} alkaa {rng.choice(MONTHS_FI)}.",
    ))


def activity_fi(rng: random.Random, act: Activity, tg: TargetGroup, where: Where, org: str, slot: Slot,
                price: int) -> dict[str, str]:
    """Name, summary, description and instruction of a group activity, in Finnish."""
    style = rng.random()
    if style < 0.6:
        name = f"{act.form(NOM)} {tg.form(ALL)}"
    elif style < 0.85:
        name = f"{cap(tg.form(GEN))} {act.form(NOM).lower()}"
    else:
        name = f"{act.form(NOM)}, {where.muni_fi}"
    summary = f"{act.form(NOM)} on tarkoitettu {tg.form(ALL)}, jotka haluavat {act.goal_fi}."
    if len(summary) > 150:
        summary = f"{act.form(NOM)} {tg.form(ALL)} {where.loc_fi}."
    meets = "Ryhmä kokoontuu" if act.key not in ("friend", "foodaid", "digi", "exercisecounsel") \
        else "Palvelu on tarjolla"
    register = _register_fi(rng, act)
    fixed = [
        rng.choice((f"{org} järjestää {tg.form(ALL)} suunnatun {act.form(GEN)} {where.loc_fi}.",
                    f"Tervetuloa mukaan {act.form(ILL)}! {summary}")),
        f"{cap(act.form(LOC))} {act.does_fi}.",
        f"{meets} {slot.fi()} {where.loc_fi}, osoitteessa {where.street}.",
        f"Toimintaan ovat tervetulleita kaikki {tg.form(TNOM)}, eikä aiempaa kokemusta tarvita." if tg.key != "all"
        else "Toimintaan ovat tervetulleita kaikki iästä riippumatta, eikä aiempaa kokemusta tarvita.",
        f"Ohjaajana toimii {_role(act)}.", register, _price_fi(price),
    ]
    if act.bring_fi:
        fixed.append(f"Ota mukaan {act.bring_fi}.")
    pool = EXTRAS_FI + (ACCESSIBLE_FI, f"Toiminta on osa {where.muni_gen} hyvinvointia edistävää työtä.",
                        f"Toiminta järjestetään yhteistyössä {where.muni_org_gen} kanssa.")
    return {"name": name, "summary": summary, "description": _fill(rng, fixed, pool, rng.randint(40, 150)),
            "instruction": f"{register} Lisätietoja antaa ryhmän ohjaaja."}


def activity_sv(rng: random.Random, act: Activity, tg: TargetGroup, where: Where, slot: Slot,
                price: int) -> dict[str, str]:
    name = f"{act.sv_form()} {tg.sv}"
    summary = f"{cap(act.sv_form(True))} riktar sig till {tg.sv.removeprefix('för ')} som vill {act.goal_sv}."
    fixed = [summary, f"I {act.sv_form(True)} {act.does_sv}.", f"Gruppen träffas {slot.sv()} {where.loc_sv}.",
             f"Deltagaravgiften är {price} euro per termin." if price else "Deltagandet är avgiftsfritt."]
    description = _fill(rng, fixed, EXTRAS_SV + (ACCESSIBLE_SV,), rng.randint(40, 90))
    return {"name": name, "summary": summary[:150], "description": description,
            "instruction": "Anmälan görs på förhand per telefon eller e-post."}


def activity_en(act: Activity, tg: TargetGroup, where: Where) -> dict[str, str]:
    return {"name": f"{act.en} {tg.en}", "summary": f"{act.en} {tg.en} in {where.muni_fi}."}


def basic_fi(rng: random.Random, basic: Basic, where: Where, org: str) -> dict[str, str]:
    fixed = [basic.about_fi[0], basic.about_fi[1], f"Palvelu on tarkoitettu {where.muni_gen} asukkaille.",
             "Palvelusta peritään asiakasmaksulain mukainen maksu." if basic.charge == "Chargeable"
             else "Palvelu on asiakkaalle maksuton.",
             f"Palvelun järjestämisestä vastaa {org}."]
    if basic.venue:
        fixed.append(f"Palvelua annetaan {where.loc_fi} osoitteessa {where.street}.")
    return {"name": basic.fi, "summary": basic.about_fi[0][:150],
            "description": _fill(rng, fixed, ADMIN_FI, rng.randint(40, 150)),
            "instruction": "Ota yhteyttä puhelimitse tai asioi sähköisesti. Ajanvaraus on arkisin."}


def basic_sv(rng: random.Random, basic: Basic, where: Where) -> dict[str, str]:
    fixed = [basic.about_sv, f"Tjänsten är avsedd för invånarna i {where.muni_sv}.",
             "Du kan också uträtta ärenden elektroniskt.", "Vid behov finns tolkning att tillgå."]
    return {"name": basic.sv, "summary": basic.about_sv[:150], "description": " ".join(fixed),
            "instruction": "Kontakta oss per telefon eller elektroniskt."}


def generic_fi(rng: random.Random, class_fi: str, where: Where, org: str) -> dict[str, str]:
    """A service named after a service class, as many administrative services in PTV are."""
    topic = class_fi.lower()
    fixed = [f"{org} tarjoaa neuvontaa ja palveluja aihepiirissä ”{topic}”.",
             f"Palvelu on tarkoitettu {where.muni_gen} asukkaille ja alueella toimiville."]
    return {"name": class_fi, "summary": f"Neuvontaa ja palveluja aihepiirissä ”{topic}”.",
            "description": _fill(rng, fixed, ADMIN_FI, rng.randint(40, 110)), "instruction": ""}


def national_fi(rng: random.Random, name: str, about: str, tg: TargetGroup, org: str) -> dict[str, str]:
    fixed = [about, f"Palvelu on tarkoitettu erityisesti {tg.form(ALL)}, ja se on käytettävissä koko maassa.",
             f"Palvelua ylläpitää {org}, ja siinä toimii koulutettuja ammattilaisia ja vapaaehtoisia.",
             "Palvelu on maksuton, ja voit asioida nimettömästi."]
    return {"name": f"{name} {tg.form(ALL)}", "summary": about[:150],
            "description": _fill(rng, fixed, ADMIN_FI, rng.randint(40, 120)), "instruction": ""}
