"""Fictional municipal venues (libraries, halls, youth centres…) at invented addresses."""
from __future__ import annotations

from dataclasses import dataclass

from .geo import Address


@dataclass(frozen=True)
class Venue:
    """A place that becomes a ServiceLocation channel."""

    key: str
    muni: str
    kind: str
    fi: str
    fi_loc: str  # "Luotsissa", used in running text
    sv: str | None
    sv_loc: str | None  # "på Lotsen"
    address: Address


# muni, kind, "name fi|in the place fi", "name sv|in the place sv", "street fi|street sv", no, place
_ROWS: tuple[tuple[str, str, str, str, str, str, int], ...] = (
    ("905", "library", "Vaasan pääkirjasto|pääkirjastossa", "Vasa huvudbibliotek|på huvudbiblioteket",
     "Kirjastokuja|Biblioteksgränden", "3", 0),
    ("905", "library2", "Merikaaren lähikirjasto|Merikaaren lähikirjastossa",
     "Närbiblioteket Havsbågen|på närbiblioteket Havsbågen", "Merikaari|Havsbågen", "12", 2),
    ("905", "youth", "Nuorisotalo Luotsi|Luotsissa", "Ungdomsgården Lotsen|på Lotsen",
     "Satamakatu|Hamngatan", "21", 0),
    ("905", "sports", "Kaislarannan liikuntahalli|Kaislarannan liikuntahallissa",
     "Vassstrandens idrottshall|i Vassstrandens idrottshall", "Urheilutie|Idrottsvägen", "8", 2),
    ("905", "pool", "Uimahalli Aalto|Uimahalli Aallossa", "Simhallen Våg|i simhallen Våg",
     "Uimahallinkuja|Simhallsgränden", "2", 1),
    ("905", "senior", "Palvelukeskus Kaislikko|Kaislikossa", "Servicecentret Vassen|på Vassen",
     "Kouluhuoneenkatu|Skolhusgatan", "40", 0),
    ("905", "culture", "Opistotalo|Opistotalolla", "Institutshuset|i Institutshuset",
     "Raastuvankatu|Rådhusgatan", "35", 0),
    ("905", "outdoor", "Lintulahden luontopolku|Lintulahden luontopolulla",
     "Fågelvikens naturstig|på Fågelvikens naturstig", "Lintulahdentie|Fågelviksvägen", "40", 3),
    ("905", "outgym", "Kaislarannan ulkokuntosali ja kuntoportaat|Kaislarannan ulkokuntosalilla",
     "Utegymmet och trappan vid Vassstranden|vid utegymmet vid Vassstranden",
     "Urheilutie|Idrottsvägen", "14", 2),
    ("905", "workshop", "Työpaja Kipinä|Työpaja Kipinässä", "Verkstaden Gnistan|på Verkstaden Gnistan",
     "Tehtaankatu|Fabriksgatan", "12", 4),
    ("905", "ohjaamo", "Ohjaamo Vaasa|Ohjaamossa", "Navigatorn Vasa|på Navigatorn",
     "Kauppapuistikko|Handelsesplanaden", "20", 0),
    ("905", "office", "Vaasan asiointipiste|asiointipisteessä", "Vasa servicepunkt|på servicepunkten",
     "Kaupungintalonkatu|Stadshusgatan", "1", 0),
    ("598", "library", "Pietarsaaren kaupunginkirjasto|kaupunginkirjastossa",
     "Jakobstads stadsbibliotek|på stadsbiblioteket", "Isokatu|Storgatan", "14", 0),
    ("598", "youth", "Nuorisotila Kulma|Kulmassa", "Ungdomsgården Hörnan|på Hörnan",
     "Kanavapuistikko|Kanalesplanaden", "9", 0),
    ("598", "sports", "Länsirannan liikuntahalli|Länsirannan liikuntahallissa",
     "Västra strandens idrottshall|i Västra strandens idrottshall",
     "Länsirantakatu|Västra Strandgatan", "5", 1),
    ("598", "pool", "Uimahalli Vesiranta|Vesirannassa", "Simhallen Sjökanten|i simhallen Sjökanten",
     "Rantatie|Strandvägen", "3", 1),
    ("598", "senior", "Seniorikeskus Majakka|Majakassa", "Seniorcentret Fyren|på Fyren",
     "Kirkkokatu|Kyrkogatan", "8", 1),
    ("598", "culture", "Pietarsaaren kansalaisopisto|kansalaisopistolla",
     "Jakobstads medborgarinstitut|på medborgarinstitutet", "Koulukatu|Skolgatan", "11", 0),
    ("598", "outdoor", "Kallioniemen luontopolku|Kallioniemen luontopolulla",
     "Berguddens naturstig|på Berguddens naturstig", "Kallioniementie|Bergudsvägen", "30", 0),
    ("598", "outgym", "Rantapuiston ulkokuntosali|Rantapuiston ulkokuntosalilla",
     "Utegymmet i Strandparken|på utegymmet i Strandparken", "Rantapuisto|Strandparken", "2", 0),
    ("598", "workshop", "Nuorten työpaja Ankkuri|Ankkurissa", "Ungdomsverkstaden Ankaret|på Ankaret",
     "Teollisuuskatu|Industrigatan", "6", 1),
    ("598", "ohjaamo", "Ohjaamo Pietarsaari|Ohjaamossa", "Navigatorn Jakobstad|på Navigatorn",
     "Kauppatori|Salutorget", "4", 0),
    ("598", "office", "Pietarsaaren palvelupiste|palvelupisteessä",
     "Jakobstads servicepunkt|på servicepunkten", "Raatihuoneenkatu|Rådhusgatan", "2", 0),
    ("545", "library", "Närpiön kirjasto|kirjastossa", "Närpes bibliotek|på biblioteket",
     "Kirkkotie|Kyrkvägen", "20", 0),
    ("545", "youth", "Nuorisotalo Kompassi|Kompassissa", "Ungdomsgården Kompassen|på Kompassen",
     "Koulutie|Skolvägen", "7", 0),
    ("545", "sports", "Närpiön liikuntahalli|liikuntahallissa", "Närpes idrottshall|i idrottshallen",
     "Urheilutie|Idrottsvägen", "4", 0),
    ("545", "pool", "Närpiön uimahalli|uimahallissa", "Närpes simhall|i simhallen",
     "Urheilutie|Idrottsvägen", "6", 0),
    ("545", "senior", "Palvelukeskus Solbacka|Solbackassa", "Servicecentret Solbacka|på Solbacka",
     "Solbackantie|Solbackavägen", "3", 0),
    ("545", "culture", "Närpiön kansalaisopisto|kansalaisopistolla",
     "Närpes medborgarinstitut|på medborgarinstitutet", "Kirkkotie|Kyrkvägen", "32", 0),
    ("545", "outdoor", "Kärrmossenin luontopolku|Kärrmossenin luontopolulla",
     "Kärrmossens naturstig|på Kärrmossens naturstig", "Kärrmossvägen|Kärrmossvägen", "50", 0),
    ("545", "workshop", "Nuorten työpaja Verkstan|Verkstanissa", "Ungdomsverkstaden Verkstan|på Verkstan",
     "Teollisuustie|Industrivägen", "15", 0),
    ("545", "office", "Närpiön asiointipiste|asiointipisteessä", "Närpes servicepunkt|på servicepunkten",
     "Kauppatie|Handelsvägen", "11", 0),
    ("499", "library", "Mustasaaren pääkirjasto|pääkirjastossa",
     "Korsholms huvudbibliotek|på huvudbiblioteket", "Keskustie|Centrumvägen", "4", 0),
    ("499", "youth", "Nuorisotila Paja|Pajassa", "Ungdomsgården Smedjan|på Smedjan",
     "Sepänkyläntie|Smedsbyvägen", "18", 0),
    ("499", "sports", "Sepänkylän liikuntahalli|Sepänkylän liikuntahallissa",
     "Smedsby idrottshall|i Smedsby idrottshall", "Urheilutie|Idrottsvägen", "2", 0),
    ("499", "pool", "Mustasaaren uimahalli|uimahallissa", "Korsholms simhall|i simhallen",
     "Urheilutie|Idrottsvägen", "10", 0),
    ("499", "senior", "Palvelukeskus Kastanja|Kastanjassa", "Servicecentret Kastanjen|på Kastanjen",
     "Kvevlaxvägen|Kvevlaxvägen", "201", 1),
    ("499", "culture", "Mustasaaren kansalaisopisto|kansalaisopistolla",
     "Korsholms medborgarinstitut|på medborgarinstitutet", "Keskustie|Centrumvägen", "10", 0),
    ("499", "outdoor", "Koivumäen luontopolku|Koivumäen luontopolulla",
     "Björkbackens naturstig|på Björkbackens naturstig", "Björkbackavägen|Björkbackavägen", "25", 2),
    ("499", "workshop", "Nuorten työpaja Mylly|Myllyssä", "Ungdomsverkstaden Kvarnen|på Kvarnen",
     "Myllytie|Kvarnvägen", "5", 0),
    ("287", "library", "Kristiinankaupungin kirjasto|kirjastossa", "Kristinestads bibliotek|på biblioteket",
     "Läntinen Pitkäkatu|Västra Långgatan", "29", 0),
    ("287", "youth", "Nuorisotila Laituri|Laiturissa", "Ungdomsgården Bryggan|på Bryggan",
     "Rantakatu|Strandgatan", "10", 0),
    ("287", "sports", "Kristiinankaupungin liikuntahalli|liikuntahallissa",
     "Kristinestads idrottshall|i idrottshallen", "Urheilutie|Idrottsvägen", "3", 0),
    ("287", "pool", "Kristiinankaupungin uimahalli|uimahallissa", "Kristinestads simhall|i simhallen",
     "Urheilutie|Idrottsvägen", "5", 0),
    ("287", "senior", "Palvelukeskus Niitty|Niityssä", "Servicecentret Ängen|på Ängen",
     "Lapväärtintie|Lappfjärdsvägen", "40", 1),
    ("287", "culture", "Kristiinankaupungin kansalaisopisto|kansalaisopistolla",
     "Kristinestads medborgarinstitut|på medborgarinstitutet", "Kauppatori|Salutorget", "1", 0),
    ("287", "outdoor", "Lapväärtin jokivarren reitti|Lapväärtin jokivarren reitillä",
     "Lappfjärds ådalsled|på Lappfjärds ådalsled", "Jokivarrentie|Ådalsvägen", "60", 1),
    ("399", "library", "Laihian kirjasto|kirjastossa", None, "Kirjastotie|", "2", 0),
    ("399", "youth", "Nuorisotila Nuokkari|Nuokkarissa", None, "Keskustie|", "12", 0),
    ("399", "sports", "Laihian liikuntahalli|liikuntahallissa", None, "Urheilutie|", "6", 0),
    ("399", "senior", "Palvelukeskus Kotipihlaja|Kotipihlajassa", None, "Pihlajatie|", "4", 0),
    ("399", "culture", "Laihian kansalaisopisto|kansalaisopistolla", None, "Keskustie|", "20", 0),
    ("399", "outdoor", "Kivilammen luontopolku|Kivilammen luontopolulla", None, "Kivilammentie|", "80", 0),
    ("399", "outgym", "Kirkonkylän ulkokuntosali|kirkonkylän ulkokuntosalilla", None, "Urheilutie|", "8", 0),
    ("893", "library", "Uudenkaarlepyyn kirjasto|kirjastossa", "Nykarleby bibliotek|på biblioteket",
     "Topeliuksenpuistikko|Topeliusesplanaden", "7", 0),
    ("893", "youth", "Nuorisotila Parvi|Parvessa", "Ungdomsgården Loftet|på Loftet",
     "Kirkkokatu|Kyrkogatan", "3", 0),
    ("893", "sports", "Uudenkaarlepyyn liikuntahalli|liikuntahallissa",
     "Nykarleby idrottshall|i idrottshallen",
     "Urheilutie|Idrottsvägen", "1", 0),
    ("893", "pool", "Uudenkaarlepyyn uimahalli|uimahallissa", "Nykarleby simhall|i simhallen",
     "Urheilutie|Idrottsvägen", "3", 0),
    ("893", "senior", "Palvelukeskus Jokitörmä|Jokitörmällä", "Servicecentret Älvbacka|på Älvbacka",
     "Jokitie|Älvvägen", "22", 0),
    ("946", "library", "Vöyrin kirjasto|kirjastossa", "Vörå bibliotek|på biblioteket",
     "Vöyrintie|Vöråvägen", "14", 0),
    ("946", "youth", "Nuorisotila Torni|Tornissa", "Ungdomsgården Tornet|på Tornet",
     "Kouluntie|Skolvägen", "2", 0),
    ("946", "sports", "Vöyrin liikuntahalli|liikuntahallissa", "Vörå idrottshall|i idrottshallen",
     "Urheilutie|Idrottsvägen", "9", 0),
    ("946", "senior", "Palvelukeskus Lindgården|Lindgårdenissa", "Servicecentret Lindgården|på Lindgården",
     "Kirkkotie|Kyrkvägen", "30", 1),
    ("946", "outdoor", "Maksamaan saaristopolku|Maksamaan saaristopolulla",
     "Maxmo skärgårdsstig|på Maxmo skärgårdsstig", "Tottesundintie|Tottesundsvägen", "120", 2),
    ("475", "library", "Maalahden kirjasto|kirjastossa", "Malax bibliotek|på biblioteket",
     "Maalahdentie|Malaxvägen", "18", 0),
    ("475", "youth", "Nuorisotila Boksi|Boksissa", "Ungdomsgården Boxen|på Boxen",
     "Koulutie|Skolvägen", "5", 0),
    ("475", "sports", "Maalahden liikuntahalli|liikuntahallissa", "Malax idrottshall|i idrottshallen",
     "Urheilutie|Idrottsvägen", "12", 0),
    ("475", "senior", "Palvelukeskus Päiväpaiste|Päiväpaisteessa",
     "Servicecentret Solgläntan|på Solgläntan", "Solgläntanvägen|Solgläntanvägen", "6", 0),
    ("475", "outdoor", "Petolahden rantaniityn polku|Petolahden rantaniityn polulla",
     "Petalax strandängsstig|på Petalax strandängsstig", "Strandängsvägen|Strandängsvägen", "15", 1),
    ("475", "outgym", "Maalahden ulkokuntosali|ulkokuntosalilla", "Malax utegym|på utegymmet",
     "Urheilutie|Idrottsvägen", "14", 0),
    ("288", "library", "Kruunupyyn kirjasto|kirjastossa", "Kronoby bibliotek|på biblioteket",
     "Kruunupyyntie|Kronobyvägen", "38", 0),
    ("288", "youth", "Nuorisotila Tupa|Tuvassa", "Ungdomsgården Stugan|på Stugan",
     "Kouluntie|Skolvägen", "4", 0),
    ("288", "sports", "Kruunupyyn liikuntahalli|liikuntahallissa", "Kronoby idrottshall|i idrottshallen",
     "Urheilutie|Idrottsvägen", "2", 0),
    ("288", "senior", "Seniorien kohtaamispaikka Koivu|Koivussa", "Seniorträffen Björken|på Björken",
     "Teerijärventie|Terjärvvägen", "17", 1),
    ("288", "outdoor", "Teerijärven järvireitti|Teerijärven järvireitillä",
     "Terjärv sjöled|på Terjärv sjöled", "Järvitie|Sjövägen", "44", 1),
    ("440", "library", "Luodon kirjasto|kirjastossa", "Larsmo bibliotek|på biblioteket",
     "Luodontie|Larsmovägen", "26", 0),
    ("440", "youth", "Nuorisotila Saari|Saaressa", "Ungdomsgården Holmen|på Holmen",
     "Kouluntie|Skolvägen", "8", 0),
    ("440", "outdoor", "Gräsörenin luontopolku|Gräsörenin luontopolulla",
     "Gräsörens naturstig|på Gräsörens naturstig", "Gräsörvägen|Gräsörvägen", "9", 0),
    ("440", "outgym", "Luodon ulkokuntosali|ulkokuntosalilla", "Larsmo utegym|på utegymmet",
     "Urheilutie|Idrottsvägen", "3", 0),
    ("599", "library", "Pedersören pääkirjasto|pääkirjastossa",
     "Pedersöre huvudbibliotek|på huvudbiblioteket", "Pännäistentie|Bennäsvägen", "12", 0),
    ("599", "youth", "Nuorisotila Pultti|Pultissa", "Ungdomsgården Bulten|på Bulten",
     "Kolpintie|Kållbyvägen", "31", 1),
    ("599", "sports", "Pedersören liikuntahalli|liikuntahallissa", "Pedersöre idrottshall|i idrottshallen",
     "Urheilutie|Idrottsvägen", "5", 0),
    ("599", "outdoor", "Kolpin jokilaakson polku|Kolpin jokilaakson polulla",
     "Kållby ådalsstig|på Kållby ådalsstig", "Jokilaaksontie|Ådalsvägen", "70", 1),
    ("599", "outgym", "Pännäisten ulkokuntosali|Pännäisten ulkokuntosalilla",
     "Bennäs utegym|på utegymmet i Bennäs", "Urheilutie|Idrottsvägen", "7", 0),
    ("231", "library", "Kaskisten kirjasto|kirjastossa", "Kaskö bibliotek|på biblioteket",
     "Raatihuoneenkatu|Rådhusgatan", "37", 0),
    ("231", "senior", "Palvelukeskus Kaskenpiha|Kaskenpihalla", "Servicecentret Kaskögården|på Kaskögården",
     "Koulukatu|Skolgatan", "15", 0),
    ("231", "outdoor", "Kaskisten saaristopolku|Kaskisten saaristopolulla",
     "Kaskö skärgårdsstig|på Kaskö skärgårdsstig", "Satamatie|Hamnvägen", "45", 0),
    ("280", "library", "Korsnäsin kirjasto|kirjastossa", "Korsnäs bibliotek|på biblioteket",
     "Korsnäsintie|Korsnäsvägen", "1020", 0),
    ("280", "outdoor", "Korsnäsin majakkapolku|Korsnäsin majakkapolulla",
     "Korsnäs fyrstig|på Korsnäs fyrstig", "Majakkatie|Fyrvägen", "30", 0),
)

_SPREAD = {"outdoor": 3500, "outgym": 1200}


def _venue(row: tuple[str, str, str, str, str, str, int]) -> Venue:
    muni, kind, fi, sv, street, number, place = row
    fi_name, fi_loc = fi.split("|")
    sv_name, sv_loc = sv.split("|") if sv else (None, None)
    street_fi, street_sv = street.split("|")
    key = f"{muni}:{kind}"
    addr = Address(key, muni, street_fi, street_sv or None, number, place,
                   _SPREAD.get(kind, 700))
    return Venue(key, muni, kind, fi_name, fi_loc, sv_name, sv_loc, addr)


VENUES: dict[str, Venue] = {v.key: v for v in map(_venue, _ROWS)}


def venue(muni: str, kind: str) -> Venue:
    """The venue of a kind in a municipality (KeyError when it does not exist)."""
    return VENUES[f"{muni}:{kind}"]


def has_venue(muni: str, kind: str) -> bool:
    return f"{muni}:{kind}" in VENUES
