"""Further municipal channels (forms, e-services, special lines) and the full municipal list."""
from __future__ import annotations

from .channel_defs_municipal import (
    CALL_PRICE,
    _spec,
    _urls,
    leisure_phone,
    leisure_web,
    library_web,
    venue_spec,
    youth_phone,
)
from .channels import ChannelSpec, Phone
from .geo import ALL_CODES, BY_CODE, phone_number
from .venues import VENUES, has_venue

NORTH = ("598", "599", "440", "893", "288")
SOUTH = tuple(c for c in ALL_CODES if c not in NORTH)


def summerjob_form(muni: str) -> ChannelSpec:
    m = BY_CODE[muni]
    texts = ({"fi": "Kesätyösetelihakemus", "sv": "Ansökan om sommarjobbscheck"},
             {"fi": "Tulostettava hakemus kesätyöseteliä varten.",
              "sv": "Blankett för ansökan om sommarjobbscheck."},
             {"fi": "Täytä lomake ja palauta se allekirjoitettuna. Alaikäisen hakemukseen "
                    "tarvitaan huoltajan allekirjoitus.",
              "sv": "Fyll i blanketten och lämna in den undertecknad. För minderåriga behövs "
                    "vårdnadshavarens underskrift."})
    receiver = {"fi": m.org_fi, **({"sv": m.org_sv} if m.org_sv else {})}
    delivery = {"fi": f"Palauta lomake asiointipisteeseen tai sähköpostitse osoitteeseen "
                      f"kesatyo@{m.domain}."}
    if m.bilingual:
        delivery["sv"] = f"Lämna blanketten på servicepunkten eller skicka den till kesatyo@{m.domain}."
    return _spec(muni, "summerjob_form", "PrintableForm", texts,
                 urls=_urls(muni, "lomakkeet/kesatyoseteli.pdf|sv/blanketter/sommarjobbscheck.pdf"),
                 form_id={"fi": "KTS-1"}, delivery=delivery, receiver=receiver)


def courses_signup(muni: str) -> ChannelSpec:
    texts = ({"fi": "Kansalaisopiston ilmoittautuminen", "sv": "Anmälan till medborgarinstitutet"},
             {"fi": "Ilmoittaudu kansalaisopiston kursseille verkossa.",
              "sv": "Anmäl dig till medborgarinstitutets kurser på nätet."},
             {"fi": "Verkkoilmoittautumisessa näet kurssien vapaat paikat ja voit maksaa "
                    "kurssimaksun verkkopankissa tai kortilla.",
              "sv": "I webbanmälan ser du lediga platser och kan betala kursavgiften i nätbanken "
                    "eller med kort."})
    return _spec(muni, "courses_signup", "EChannel", texts,
                 urls=_urls(muni, "opisto/ilmoittaudu|sv/institutet/anmalan"))


def housing_phone(muni: str) -> ChannelSpec:
    texts = ({"fi": "Asumisneuvonnan puhelin", "sv": "Boenderådgivningens telefon"},
             {"fi": "Asumisneuvoja vastaa puhelimeen arkiaamuisin.",
              "sv": "Boenderådgivaren svarar i telefon på vardagsförmiddagar."},
             {"fi": "Soita, jos vuokranmaksu tuottaa vaikeuksia tai tarvitset apua asumiseen "
                    "liittyvissä asioissa.",
              "sv": "Ring om du har svårt att betala hyran eller behöver hjälp med frågor om "
                    "boendet."})
    phone = Phone(phone_number(muni, 300 + int(muni) % 7), {"fi": "Asumisneuvoja",
                                                          "sv": "Boenderådgivare"},
                  charge_desc=CALL_PRICE)
    return _spec(muni, "housing_phone", "Phone", texts, phones=[phone], hours="phone_morning")


def employment_phone() -> ChannelSpec:
    texts = ({"fi": "Työllisyyspalvelujen neuvonta", "sv": "Sysselsättningstjänsternas rådgivning"},
             {"fi": "Pohjanmaan työllisyysalueen puhelinneuvonta työnhakijoille.",
              "sv": "Telefonrådgivning för arbetssökande inom Österbottens sysselsättningsområde."},
             {"fi": "Neuvonnasta saat apua työnhakuun, työttömyysturvaan ja palveluihin "
                    "ilmoittautumiseen.",
              "sv": "Rådgivningen hjälper dig med jobbsökning, utkomstskydd för arbetslösa och "
                    "anmälan till tjänster."})
    spec = _spec("905", "employment_phone", "Phone", texts, hours="phone",
                 phones=[Phone(phone_number("905", 400), {"fi": "Neuvonta", "sv": "Rådgivning"},
                               charge_desc=CALL_PRICE)])
    spec.area = ("905", "499", "475", "399", "946", "280")
    return spec


def library_network(key: str, owner: str, munis: tuple[str, ...], name_fi: str,
                    name_sv: str) -> ChannelSpec:
    texts = ({"fi": f"Kirjastokimppa {name_fi} – verkkokirjasto",
              "sv": f"Biblioteksnätverket {name_sv} – webbiblioteket"},
             {"fi": "Hae, varaa ja uusi lainoja kaikista kimpan kirjastoista.",
              "sv": "Sök, reservera och förnya lån från alla bibliotek i nätverket."},
             {"fi": "Verkkokirjastoon kirjaudutaan kirjastokortin numerolla ja PIN-koodilla. "
                    "Voit valita noutopaikaksi minkä tahansa kimpan kirjaston.",
              "sv": "Du loggar in i webbiblioteket med lånekortets nummer och PIN-kod. Du kan "
                    "välja vilket bibliotek som helst i nätverket som avhämtningsställe."})
    domain = f"{name_fi.lower()}.kirjastot.example"
    spec = _spec(owner, key, "EChannel", texts, auth=True,
                 urls={"fi": f"https://{domain}/", "sv": f"https://{domain}/sv"})
    spec.key, spec.area, spec.shared = key, munis, True
    return spec


def outreach_sms() -> ChannelSpec:
    texts = ({"fi": "Etsivän nuorisotyön tekstiviestipalvelu", "sv": "Uppsökande ungdomsarbete – sms"},
             {"fi": "Lähetä tekstiviesti etsivälle nuorisotyöntekijälle, vastaamme arkisin.",
              "sv": "Skicka ett sms till den uppsökande ungdomsarbetaren, vi svarar på vardagar."},
             {"fi": "Viestillä voit pyytää soittoa tai sopia tapaamisen.",
              "sv": "Med ett meddelande kan du be oss ringa eller boka en träff."})
    return _spec("905", "outreach_sms", "Phone", texts, hours="phone",
                 phones=[Phone("400000773", {"fi": "Vain tekstiviestit", "sv": "Endast sms"},
                               type="Sms")])


def pool_tickets() -> ChannelSpec:
    texts = ({"fi": "Uimahallin verkkokauppa", "sv": "Simhallens webbutik"},
             {"fi": "Osta uimahallin sarjakortti tai kausikortti verkosta.",
              "sv": "Köp seriekort eller säsongskort till simhallen på nätet."},
             {"fi": "Verkkokaupasta ostettu kortti ladataan uimahallin kassalla.",
              "sv": "Kortet som köpts i webbutiken laddas i simhallens kassa."})
    return _spec("905", "pool_tickets", "EChannel", texts,
                 urls=_urls("905", "uimahalli/verkkokauppa|sv/simhall/webbutik"))


def municipal_channels() -> list[ChannelSpec]:
    """All channels owned by the municipalities."""
    specs = [venue_spec(v) for v in VENUES.values()]
    for muni in ALL_CODES:
        specs += [leisure_web(muni), library_web(muni)]
        if has_venue(muni, "sports"):
            specs.append(leisure_phone(muni))
        if has_venue(muni, "youth"):
            specs.append(youth_phone(muni))
        if has_venue(muni, "culture"):
            specs.append(courses_signup(muni))
    specs += [summerjob_form(m) for m in ("905", "598", "499", "399", "599", "288")]
    specs += [housing_phone(m) for m in ("905", "598")]
    specs += [employment_phone(), outreach_sms(), pool_tickets(),
              library_network("libnet:south", "905", SOUTH, "Aalto", "Våg"),
              library_network("libnet:north", "598", NORTH, "Fyren", "Fyren")]
    return specs
