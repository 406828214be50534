"""Channels of the fictional NGOs: premises, phone lines, web sites, chats and e-services."""
from __future__ import annotations

from .channels import ChannelSpec, Phone
from .geo import Address
from .orgs import NGOS, ORGS, Org, ngo_mobile
from .util import L, h
from .venues import venue

# key: (name fi|sv, summary fi|sv, hours, municipality, street fi|sv, number, place)
LOCATIONS: dict[str, tuple[str, str, str | None, str | None, str | None, str, int]] = {
    "seniorit:office": ("Rannikon Seniorien kerhohuone|Kustens Seniorers klubbrum",
                        "Yhdistyksen kerhohuone ja toimisto.|Föreningens klubbrum och kansli.",
                        "afternoon", None, None, "", 0),
    "mielenmaja:office": ("Mielenmajan kohtaamispaikka|Mielenmajas mötesplats",
                          "Avoin kohtaamispaikka ja vertaisryhmien tila.|Öppen mötesplats och "
                          "lokal för kamratgrupper.", "senior", None, None, "", 0),
    "omaisrinki:office": ("Omaisringin toimisto|Anhörigringens kansli",
                          "Omaistyöntekijöiden toimisto ja ryhmätila.|Anhörigarbetarnas kansli "
                          "och grupprum.", "office_short", None, None, "", 0),
    "perhepesa:office": ("Perhetalo Pesä|Familjehuset Boet",
                         "Perhekahvila ja perheiden kohtaamispaikka.|Familjecafé och mötesplats "
                         "för familjer.", "morning", None, None, "", 0),
    "strandbacken:office": ("Rantatörmän seuratalo|Strandbackens klubbhus",
                            "Seuran toimisto ja kokoontumistila.|Klubbens kansli och samlingslokal.",
                            "evening", None, None, "", 0),
    "tuuliviiri:office": ("Tuuliviirin yhdistystalo|Vindflöjelns föreningshus",
                          "Nuorisoyhdistyksen kerhotilat.|Ungdomsföreningens klubblokaler.",
                          "evening", None, None, "", 0),
    "tuuliviiri:loc:garden": ("Tuuliviirin kasvimaa|Vindflöjelns trädgårdsland",
                              "Nuorten viljelykerhon palstat.|Odlingsklubbens lotter.",
                              "garden", "440", "Kasvimaantie|Trädgårdsvägen", "4", 0),
    "kajuutta:office": ("Kulttuuritalo Kajuutta|Kulturhuset Kajutan",
                        "Kulttuuritalo: näyttelyt, konsertit ja työpajat.|Kulturhus: utställningar, "
                        "konserter och verkstäder.", "culturehouse", None, None, "", 0),
    "ruokakassi:loc:vaasa": ("Ruoka-apu, Varastokatu|Mathjälp, Lagergatan",
                             "Ruoanjako tiistaisin ja torstaisin.|Matutdelning tisdagar och "
                             "torsdagar.", "foodaid", None, None, "", 0),
    "ruokakassi:loc:vaasa2": ("Ruoka-apu, Merikaari|Mathjälp, Havsbågen",
                              "Ruoanjako ja yhteinen ateria.|Matutdelning och gemensam måltid.",
                              "foodaid", "905", "Merikaari|Havsbågen", "18", 2),
    "ruokakassi:loc:pietarsaari": ("Ruoka-apu, Pietarsaari|Mathjälp, Jakobstad",
                                   "Ruoanjako tiistaisin ja torstaisin.|Matutdelning tisdagar och "
                                   "torsdagar.", "foodaid", "598", "Varastokatu|Lagergatan", "9", 1),
    "ruokakassi:loc:laihia": ("Ruoka-apu, Laihia|", "Ruoanjako tiistaisin ja torstaisin.|",
                              "foodaid", "399", "Asematie|", "5", 0),
    "kotikeittio:office": ("Kotikeittiön opetuskeittiö|Hemkökets undervisningskök",
                           "Opetuskeittiö kursseille ja kerhoille.|Undervisningskök för kurser och "
                           "klubbar.", "evening", None, None, "", 0),
    "velkaluotsi:office": ("Velkaluotsin toimisto|Skuldlotsens kontor",
                           "Velkaneuvonta ajanvarauksella.|Skuldrådgivning enligt tidsbokning.",
                           "reservation", None, None, "", 0),
    "selvaranta:office": ("Kohtaamispaikka Selvis|Mötesplatsen Klarsynt",
                          "Päihteetön olohuone ja keittolounas arkisin.|Drogfritt vardagsrum och "
                          "soppa till lunch på vardagar.", "senior", None, None, "", 0),
    "tyyni:office": ("Kriisikeskus Tyyni|Kriscentret Stilla",
                     "Kriisikeskustelut ajanvarauksella.|Krissamtal enligt tidsbokning.",
                     "reservation", None, None, "", 0),
    "kotirannat:office": ("Kotirantojen neuvontapiste|Hemstränders rådgivningspunkt",
                          "Arjen neuvontaa maahanmuuttajille.|Vardagsrådgivning för invandrare.",
                          "afternoon", None, None, "", 0),
    "kiviniemi:office": ("Kiviniemen kylätalo|Stenuddens bygdegård",
                         "Kylätalo, avoimet ovet torstaisin.|Bygdegård, öppet hus på torsdagar.",
                         "village", None, None, "", 0),
}

# key: (name fi|sv, summary fi|sv, url path, requires authentication, hours)
E_SERVICES: dict[str, tuple[str, str, str, bool, str | None]] = {
    "strandbacken:e:signup": ("Rantatörmän ilmoittautumispalvelu|Strandbackens anmälningstjänst",
                              "Ilmoittaudu seuran ryhmiin ja maksa kausimaksu.|Anmäl dig till "
                              "klubbens grupper och betala terminsavgiften.", "ilmoittaudu", True,
                              None),
    "velkaluotsi:e:chat": ("Velkaluotsin chat|Skuldlotsens chatt",
                           "Kysy velkaneuvojalta nimettömästi.|Fråga skuldrådgivaren anonymt.",
                           "chat", False, "afternoon"),
    "pitkamatka:e:online": ("Pitkä Matka -verkkoryhmät|Långa Vägens nätgrupper",
                            "Vertaisryhmät verkossa joka toinen viikko.|Kamratgrupper på nätet "
                            "varannan vecka.", "verkkoryhmat", False, "evening"),
    "kuuntelijat:e:chat": ("Kriisichat|Krischatten",
                           "Kirjoita nimettömästi koulutetulle päivystäjälle.|Skriv anonymt till en "
                           "utbildad jourhavande.", "chat", False, "evening"),
    "levonliitto:e:unikoulu": ("Unikoulu-verkkokurssi|Sömnskolan – nätkurs",
                               "Kuuden viikon verkkokurssi parempaan uneen.|Sexveckorskurs på nätet "
                               "för bättre sömn.", "unikoulu", True, "always"),
    "paluumuuttajat:e:chat": ("Paluumuuttoneuvonnan chat|Chatt för återflyttare",
                              "Kysy paluumuutosta chatissa.|Fråga om återflyttning i chatten.",
                              "chat", False, "afternoon"),
}
PHONE_OWNERS = ("seniorit", "mielenmaja", "muistipolku", "omaisrinki", "liikettakaikille",
                "rantakurvi", "kajuutta", "ruokakassi", "velkaluotsi", "selvaranta", "tyyni",
                "pitkamatka", "paluumuuttajat", "kuuntelijat")
CRISIS_NUMBER = "080000" + "0123"
PHONE_NAMES: dict[str, tuple[str, str, str, str]] = {
    "kuuntelijat": ("Kriisipuhelin", "Kristelefonen", "Soita nimettömänä, päivystämme ympäri "
                    "vuorokauden.", "Ring anonymt, vi har jour dygnet runt."),
    "tyyni": ("Kriisikeskuksen ajanvarauspuhelin", "Kriscentrets tidsbokning",
              "Varaa aika kriisikeskusteluun.", "Boka tid för krissamtal."),
    "velkaluotsi": ("Velkaneuvonnan puhelin", "Skuldrådgivningens telefon",
                    "Velkaneuvojat vastaavat puhelimeen arkisin.",
                    "Skuldrådgivarna svarar i telefon på vardagar."),
}


def _texts(pair: str, org: Org) -> L:
    fi, _, sv = pair.partition("|")
    return {"fi": fi, **({"sv": sv} if sv and "sv" in org.name else {})}


def _langs(org: Org, name: L) -> tuple[str, ...]:
    langs = tuple(k for k in ("fi", "sv") if k in name)
    return tuple(reversed(langs)) if org.swedish_first else langs


def _describe(org: Org, summary: L) -> L:
    return {k: f"{v} {org.description[k]}" for k, v in summary.items() if k in org.description}


def location_spec(key: str) -> ChannelSpec:
    names, summaries, hours, muni, street, number, place = LOCATIONS[key]
    org = ORGS[key.split(":")[0]]
    addr = org.address
    if muni:
        fi, _, sv = street.partition("|")
        addr = Address(key, muni, fi, sv or None, number, place)
    name, summary = _texts(names, org), _texts(summaries, org)
    return ChannelSpec(key=key, kind="ServiceLocation", org=org.key, name=name, summary=summary,
                       description=_describe(org, summary), area=(addr.muni,), address=addr,
                       hours=hours, langs=_langs(org, name),
                       emails=[f"info@{org.domain}"], urls={"fi": f"https://{org.domain}/"},
                       email_key="supportEmails" if h("mail", key) % 3 == 0 else "emails")


def phone_spec(org: Org) -> ChannelSpec:
    name = {"fi": f"{org.name['fi']} – puhelinneuvonta"}
    summary = {"fi": "Soita ja kysy lisää toiminnasta.", "sv": "Ring och fråga mer om verksamheten."}
    if "sv" in org.name:
        name["sv"] = f"{org.name['sv']} – telefonrådgivning"
    if org.key in PHONE_NAMES:
        fi, sv, sum_fi, sum_sv = PHONE_NAMES[org.key]
        name, summary = {"fi": fi, "sv": sv}, {"fi": sum_fi, "sv": sum_sv}
    summary = {k: v for k, v in summary.items() if k in name}
    crisis = org.key == "kuuntelijat"
    number = CRISIS_NUMBER if crisis else ngo_mobile(org.key)
    phone = Phone(number, {"fi": "Päivystys", "sv": "Jour"} if crisis else {},
                  charge="FreeOfCharge" if crisis else "Chargeable", service_number=crisis,
                  charge_desc={} if crisis else {"fi": "Matkapuhelinmaksu", "sv": "Mobilsamtalsavgift"})
    return ChannelSpec(key=f"{org.key}:phone", kind="Phone", org=org.key, name=name, summary=summary,
                       description=_describe(org, summary), area=org.area, phones=[phone],
                       hours="crisis" if crisis else "phone", langs=_langs(org, name),
                       emails=[f"info@{org.domain}"])


def web_spec(org: Org) -> ChannelSpec:
    name = {k: v for k, v in org.name.items() if k in ("fi", "sv")}
    summary = {"fi": "Yhdistyksen verkkosivuilla on tietoa toiminnasta, ryhmistä ja tapahtumista.",
               "sv": "På föreningens webbplats finns information om verksamheten, grupperna och "
                     "evenemangen."}
    summary = {k: v for k, v in summary.items() if k in name}
    urls = {"fi": f"https://{org.domain}/", **({"sv": f"https://{org.domain}/sv"} if "sv" in name
                                               else {})}
    return ChannelSpec(key=f"{org.key}:web", kind="WebPage", org=org.key, name=name,
                       summary=summary, description=_describe(org, summary), area=org.area,
                       urls=urls, langs=_langs(org, name))


def e_spec(key: str) -> ChannelSpec:
    names, summaries, path, auth, hours = E_SERVICES[key]
    org = ORGS[key.split(":")[0]]
    name, summary = _texts(names, org), _texts(summaries, org)
    return ChannelSpec(key=key, kind="EChannel", org=org.key, name=name, summary=summary,
                       description=_describe(org, summary), area=org.area, auth=auth, hours=hours,
                       urls={"fi": f"https://{org.domain}/{path}"}, langs=_langs(org, name))


def duplicate_library() -> ChannelSpec:
    """Deliberate duplicate: an NGO describes the city library again instead of connecting to it."""
    v = venue("905", "library")
    return ChannelSpec(key="mielenmaja:dup_library", kind="ServiceLocation", org="mielenmaja",
                       name={"fi": v.fi, "sv": v.sv or v.fi},
                       summary={"fi": "Vertaisryhmät kokoontuvat kirjaston ryhmätilassa."},
                       description={"fi": "Mielenmajan vertaisryhmät kokoontuvat pääkirjaston "
                                          "ryhmätilassa 2. kerroksessa."},
                       area=("905",), address=v.address, langs=("fi",))


def ngo_channels() -> list[ChannelSpec]:
    """All channels owned by the NGOs."""
    specs = [location_spec(k) for k in LOCATIONS]
    specs += [phone_spec(ORGS[k]) for k in PHONE_OWNERS]
    specs += [web_spec(o) for o in NGOS if o.key != "strandbacken"]
    specs += [e_spec(k) for k in E_SERVICES] + [duplicate_library()]
    return specs
