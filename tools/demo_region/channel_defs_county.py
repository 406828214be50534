"""Channels of the wellbeing services county: health stations, welfare points, lines, pages, forms."""
from __future__ import annotations

from .channels import ChannelSpec, Phone
from .geo import ALL_CODES, BY_CODE, Address, phone_number
from .util import L, h

DOMAIN = "hyvinvointialue.example"
CALL_PRICE = {"fi": "Puhelun hinta määräytyy operaattorisi hinnaston mukaan.",
              "sv": "Samtalet kostar enligt din operatörs prislista."}


def _spec(key: str, kind: str, name: L, summary: L, desc: L, **extra: object) -> ChannelSpec:
    return ChannelSpec(key=f"c:{key}", kind=kind, org="county", name=name, summary=summary,
                       description=desc, area=extra.pop("area", "county"), **extra)


def station(muni: str) -> ChannelSpec:
    m = BY_CODE[muni]
    addr = Address(f"c:station:{muni}", muni, "Terveystie", "Hälsovägen", str(2 + h("st", muni) % 9))
    return _spec(
        f"station:{muni}", "ServiceLocation",
        {"fi": f"{m.fi_gen} terveysasema", "sv": f"{m.sv_gen} hälsostation"},
        {"fi": "Lääkärin ja hoitajan vastaanotot, neuvola, laboratorio ja fysioterapia.",
         "sv": "Läkar- och skötarmottagningar, rådgivning, laboratorium och fysioterapi."},
        {"fi": f"{m.fi_gen} terveysasemalla toimivat lääkärin ja hoitajan vastaanotot, neuvola, "
               f"laboratorio ja fysioterapia. Kiireettömät ajat varataan puhelimitse tai "
               f"sähköisessä asioinnissa.",
         "sv": f"På hälsostationen i {m.sv} finns läkar- och skötarmottagningar, rådgivning, "
               f"laboratorium och fysioterapi. Icke-brådskande tider bokas per telefon eller i "
               f"e-tjänsten."},
        area=(muni,), address=addr, hours="station",
        phones=[Phone(phone_number(muni, 500 + h("stp", muni) % 90),
                      {"fi": "Ajanvaraus", "sv": "Tidsbokning"}, charge_desc=CALL_PRICE)],
        urls={"fi": f"https://{DOMAIN}/terveysasemat", "sv": f"https://{DOMAIN}/sv/halsostationer"},
        with_entrances=h("ent", muni) % 3 == 0, shared=True)


def point(muni: str, street: tuple[str, str, str]) -> ChannelSpec:
    m = BY_CODE[muni]
    addr = Address(f"c:point:{muni}", muni, street[0], street[1], street[2])
    return _spec(
        f"point:{muni}", "ServiceLocation",
        {"fi": f"Hyvinvointipiste {m.fi}", "sv": f"Välfärdspunkten i {m.sv}"},
        {"fi": "Neuvontaa ja ohjausta ilman ajanvarausta: sosiaaliohjaus, seniori-, liikunta- ja "
               "muistineuvonta.",
         "sv": "Rådgivning och handledning utan tidsbokning: socialhandledning, senior-, motions- "
               "och minnesrådgivning."},
        {"fi": "Hyvinvointipisteessä voit kysyä neuvoa arjen, terveyden ja hyvinvoinnin asioissa. "
               "Pisteessä työskentelee sosiaaliohjaajia, seniorineuvojia ja terveydenhoitajia, ja "
               "järjestöjen vapaaehtoiset pitävät siellä omia vastaanottojaan.\n\nVoit tulla "
               "ilman ajanvarausta aukioloaikoina.",
         "sv": "På välfärdspunkten kan du fråga om råd i frågor om vardagen, hälsan och "
               "välbefinnandet. Här arbetar socialhandledare, seniorrådgivare och hälsovårdare, "
               "och organisationernas frivilliga har egna mottagningar.\n\nDu kan komma utan "
               "tidsbokning under öppettiderna."},
        area=(muni,), address=addr, hours="point", with_entrances=True, shared=True,
        phones=[Phone(phone_number(muni, 600), {"fi": "Neuvonta", "sv": "Rådgivning"},
                      charge_desc=CALL_PRICE)],
        emails=[f"hyvinvointipiste.{muni}@{DOMAIN}"])


def location(key: str, muni: str, names: tuple[str, str], texts: tuple[L, L],
             street: tuple[str, str, str], hours: str) -> ChannelSpec:
    addr = Address(f"c:{key}", muni, street[0], street[1], street[2])
    return _spec(key, "ServiceLocation", {"fi": names[0], "sv": names[1]}, texts[0], texts[1],
                 area=(muni,), address=addr, hours=hours,
                 phones=[Phone(phone_number(muni, 700 + h(key) % 90), {"fi": "Ajanvaraus",
                                                                      "sv": "Tidsbokning"})])


FAMILY_TEXTS = ({"fi": "Perheneuvolan toimipiste. Tapaamiset ajanvarauksella.",
                 "sv": "Familjerådgivningens verksamhetsställe. Besök enligt tidsbokning."},
                {"fi": "Perheneuvolan tiloissa on leikkihuone ja tilat perhetapaamisille. Tilat "
                       "ovat esteettömät.",
                 "sv": "Familjerådgivningen har ett lekrum och rum för familjemöten. Lokalerna är "
                       "tillgängliga."})
MIND_TEXTS = ({"fi": "Matalan kynnyksen vastaanotto ilman ajanvarausta arkisin.",
               "sv": "Lågtröskelmottagning utan tidsbokning på vardagar."},
              {"fi": "Vastaanotolle voi tulla ilman lähetettä ja ajanvarausta. Odotustilassa on "
                     "vuoronumerojärjestelmä.",
               "sv": "Du kan komma till mottagningen utan remiss och tidsbokning. I väntrummet "
                     "finns ett könummersystem."})

# key: (name fi, name sv, summary fi, summary sv, hours, number seq)
PHONES: dict[str, tuple[str, str, str, str, str, int]] = {
    "social": ("Sosiaalineuvonta", "Socialrådgivningen",
               "Neuvontaa sosiaalipalveluista ja toimeentulosta.",
               "Rådgivning om socialservice och utkomst.", "phone", 10),
    "senior": ("Seniorineuvonnan puhelin", "Seniorrådgivningens telefon",
               "Neuvontaa ikäihmisille ja heidän läheisilleen.",
               "Rådgivning för äldre och deras anhöriga.", "phone", 11),
    "mind": ("Mielenterveys- ja päihdeneuvonta", "Rådgivning om psykisk hälsa och missbruk",
             "Puhelinneuvonta mielenterveys- ja päihdeasioissa.",
             "Telefonrådgivning i frågor om psykisk hälsa och missbruk.", "phone", 12),
    "family": ("Perheneuvolan ajanvaraus", "Familjerådgivningens tidsbokning",
               "Ajanvaraus perheneuvolaan arkiaamuisin.",
               "Tidsbokning till familjerådgivningen på vardagsförmiddagar.", "phone_morning", 13),
    "disability": ("Vammaispalvelujen neuvonta", "Rådgivning inom funktionshinderservicen",
                   "Neuvontaa vammaispalveluista ja niiden hakemisesta.",
                   "Rådgivning om funktionshinderservice och hur man ansöker.", "phone", 14),
    "caregiver": ("Omaishoidon neuvonta", "Rådgivning om närståendevård",
                  "Neuvontaa omaishoidon tuesta ja omaishoitajien palveluista.",
                  "Rådgivning om stöd för närståendevård och service för närståendevårdare.",
                  "phone", 15),
    "health": ("Terveysneuvonta", "Hälsorådgivningen",
               "Sairaanhoitajan puhelinneuvonta terveysasioissa.",
               "Sjukskötarens telefonrådgivning i hälsofrågor.", "station", 16),
}

# key: (name fi, name sv, summary fi, summary sv, path fi, path sv)
WEBS: dict[str, tuple[str, str, str, str, str, str]] = {
    "social": ("Sosiaaliohjaus", "Socialhandledning", "Tietoa sosiaaliohjauksesta ja "
               "toimeentulosta.", "Information om socialhandledning och utkomst.",
               "sosiaaliohjaus", "socialhandledning"),
    "family": ("Perheiden palvelut", "Tjänster för familjer", "Neuvolat, perheneuvola ja "
               "perhevalmennus.", "Rådgivning, familjerådgivning och familjeförberedelse.",
               "perheet", "familjer"),
    "senior": ("Ikäihmisten palvelut", "Tjänster för äldre", "Seniorineuvonta, muistineuvonta ja "
               "kotona asumisen tuki.", "Seniorrådgivning, minnesrådgivning och stöd för boende "
               "hemma.", "ikaihmiset", "aldre"),
    "exercise": ("Liikuntaneuvonta", "Motionsrådgivning", "Tietoa liikuntaneuvonnasta ja "
                 "ajanvarauksesta.", "Information om motionsrådgivningen och tidsbokning.",
                 "liikuntaneuvonta", "motionsradgivning"),
    "nutrition": ("Ravitsemusterapia", "Näringsterapi", "Ravitsemusryhmät ja "
                  "ravitsemusterapeutin vastaanotto.", "Näringsgrupper och näringsterapeutens "
                  "mottagning.", "ravitsemus", "naring"),
    "sleep": ("Uni ja palautuminen", "Sömn och återhämtning", "Vinkkejä parempaan uneen ja "
              "uniryhmät.", "Tips för bättre sömn och sömngrupper.", "uni", "somn"),
    "mind": ("Mielenterveys- ja päihdepalvelut", "Tjänster för psykisk hälsa och missbruk",
             "Matalan kynnyksen apu, omahoito ja ryhmät.", "Lågtröskelhjälp, egenvård och "
             "grupper.", "mielenterveys", "psykisk-halsa"),
    "caregiver": ("Omaishoito", "Närståendevård", "Omaishoidon tuki ja omaishoitajien "
                  "palvelut.", "Stöd för närståendevård och service för närståendevårdare.",
                  "omaishoito", "narstaendevard"),
    "disability": ("Vammaispalvelut", "Funktionshinderservice", "Vammaispalvelujen neuvonta ja "
                   "hakeminen.", "Rådgivning och ansökan om funktionshinderservice.",
                   "vammaispalvelut", "funktionshinderservice"),
}


def phone_line(key: str) -> ChannelSpec:
    fi, sv, sum_fi, sum_sv, hours, seq = PHONES[key]
    return _spec(f"phone:{key}", "Phone", {"fi": fi, "sv": sv}, {"fi": sum_fi, "sv": sum_sv},
                 {"fi": f"{sum_fi} Palvelemme suomeksi ja ruotsiksi.",
                  "sv": f"{sum_sv} Vi betjänar på svenska och finska."}, hours=hours,
                 phones=[Phone(phone_number("905", 800 + seq), {"fi": fi, "sv": sv},
                               charge_desc=CALL_PRICE)])


def web_page(key: str) -> ChannelSpec:
    fi, sv, sum_fi, sum_sv, path_fi, path_sv = WEBS[key]
    return _spec(f"web:{key}", "WebPage", {"fi": f"{fi} – hyvinvointialueen verkkosivut",
                                           "sv": f"{sv} – välfärdsområdets webbplats"},
                 {"fi": sum_fi, "sv": sum_sv},
                 {"fi": f"{sum_fi} Sivuilla on myös yhteystiedot ja ajankohtaiset tiedotteet.",
                  "sv": f"{sum_sv} På sidorna finns också kontaktuppgifter och aktuella "
                        f"meddelanden."},
                 urls={"fi": f"https://{DOMAIN}/{path_fi}", "sv": f"https://{DOMAIN}/sv/{path_sv}"})


def e_services() -> list[ChannelSpec]:
    asiointi = _spec(
        "e:asiointi", "EChannel", {"fi": "Hyvinvointialueen sähköinen asiointi",
                                   "sv": "Välfärdsområdets e-tjänster"},
        {"fi": "Varaa ja peru aikoja, lähetä viestejä ja katso omat tietosi.",
         "sv": "Boka och avboka tider, skicka meddelanden och se dina egna uppgifter."},
        {"fi": "Sähköiseen asiointiin kirjaudutaan pankkitunnuksilla tai mobiilivarmenteella. "
               "Palvelussa voit myös täyttää esitietolomakkeita ennen vastaanottoa.",
         "sv": "Du loggar in i e-tjänsterna med bankkoder eller mobilcertifikat. I tjänsten kan du "
               "också fylla i förhandsuppgifter före ett besök."},
        urls={"fi": f"https://asiointi.{DOMAIN}/", "sv": f"https://asiointi.{DOMAIN}/sv"},
        auth=True, hours="always")
    compass = _spec(
        "e:mielikompassi", "EChannel", {"fi": "Mielikompassi-verkkopalvelu",
                                        "sv": "Webbtjänsten Mielikompassi",
                                        "en": "Mielikompassi online service"},
        {"fi": "Maksuttomat mielen hyvinvoinnin omahoito-ohjelmat verkossa.",
         "sv": "Avgiftsfria egenvårdsprogram för psykiskt välmående på nätet.",
         "en": "Free online self-care programmes for mental wellbeing."},
        {"fi": "Ohjelmia voi käyttää nimettömästi puhelimella, tabletilla tai tietokoneella.",
         "sv": "Programmen kan användas anonymt med telefon, surfplatta eller dator.",
         "en": "The programmes can be used anonymously on a phone, tablet or computer."},
        urls={"fi": "https://mielikompassi.example/", "sv": "https://mielikompassi.example/sv",
              "en": "https://mielikompassi.example/en"}, langs=("fi", "sv", "en"), hours="always")
    booking = _spec(
        "e:liikuntaneuvonta", "EChannel", {"fi": "Liikuntaneuvonnan ajanvaraus verkossa",
                                           "sv": "Tidsbokning till motionsrådgivningen på nätet"},
        {"fi": "Varaa aika liikuntaneuvojalle verkossa.",
         "sv": "Boka tid hos motionsrådgivaren på nätet."},
        {"fi": "Valitse lähin hyvinvointipiste tai terveysasema ja sinulle sopiva aika.",
         "sv": "Välj närmaste välfärdspunkt eller hälsostation och en tid som passar dig."},
        urls={"fi": f"https://asiointi.{DOMAIN}/liikuntaneuvonta",
              "sv": f"https://asiointi.{DOMAIN}/sv/motionsradgivning"}, auth=True)
    return [asiointi, compass, booking]


def forms() -> list[ChannelSpec]:
    receiver = {"fi": "Pohjanmaan hyvinvointialue, kirjaamo", "sv": "Österbottens välfärdsområde, "
                "registratorskontoret"}
    delivery = {"fi": "Lähetä hakemus kirjaamoon osoitteeseen PL 6, 65101 Vaasa tai jätä se "
                      "hyvinvointipisteeseen.",
                "sv": "Skicka ansökan till registratorskontoret, PB 6, 65101 Vasa, eller lämna den "
                      "på en välfärdspunkt."}
    specs = []
    for key, fi, sv, ident, path in (
            ("caregiver", "Omaishoidon tuen hakemus", "Ansökan om stöd för närståendevård",
             "OMA-1", "omaishoidon-tuki"),
            ("disability", "Vammaispalveluhakemus", "Ansökan om funktionshinderservice",
             "VAM-2", "vammaispalvelut")):
        specs.append(_spec(
            f"form:{key}", "PrintableForm", {"fi": fi, "sv": sv},
            {"fi": f"{fi} tulostettavana lomakkeena.", "sv": f"{sv} som blankett att skriva ut."},
            {"fi": "Täytä lomake huolellisesti ja liitä mukaan lääkärinlausunto, jos sinulla on "
                   "sellainen.",
             "sv": "Fyll i blanketten omsorgsfullt och bifoga ett läkarutlåtande om du har ett."},
            urls={"fi": f"https://{DOMAIN}/lomakkeet/{path}.pdf",
                  "sv": f"https://{DOMAIN}/sv/blanketter/{path}.pdf"},
            form_id={"fi": ident, "sv": ident}, delivery=delivery, receiver=receiver))
    return specs


POINTS = {"905": ("Kauppapuistikko", "Handelsesplanaden", "12"),
          "598": ("Kauppiaankatu", "Köpmansgatan", "15"),
          "545": ("Kauppatie", "Handelsvägen", "3")}


def county_channels() -> list[ChannelSpec]:
    """All channels owned by the wellbeing services county."""
    specs = [station(m) for m in ALL_CODES]
    specs += [point(m, street) for m, street in POINTS.items()]
    specs += [location("famcounsel:905", "905", ("Perheneuvola, Vaasa", "Familjerådgivningen, Vasa"),
                       FAMILY_TEXTS, ("Hovioikeudenpuistikko", "Hovrättsesplanaden", "21"),
                       "reservation"),
              location("famcounsel:598", "598", ("Perheneuvola, Pietarsaari",
                                                 "Familjerådgivningen, Jakobstad"),
                       FAMILY_TEXTS, ("Koulukatu", "Skolgatan", "4"), "reservation"),
              location("mind:905", "905", ("Matalan kynnyksen vastaanotto, Vaasa",
                                           "Lågtröskelmottagningen, Vasa"),
                       MIND_TEXTS, ("Sairaalantie", "Sjukhusvägen", "12"), "office")]
    specs += [phone_line(k) for k in PHONES] + [web_page(k) for k in WEBS]
    return specs + e_services() + forms()
