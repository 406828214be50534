"""Channels of the municipalities: venue locations, phone lines, web pages, e-services, forms."""
from __future__ import annotations

from .channels import ChannelSpec, Phone
from .geo import BY_CODE, phone_number
from .util import L, h, pick
from .venues import Venue

# kind: (summary fi, summary sv, description fi, description sv, hours, e-mail box, path fi|sv)
KIND_TEXTS: dict[str, tuple[str, str, str, str, str | None, str | None, str]] = {
    "library": (
        "Lainaa, lue ja opiskele. Asiakaskoneet, lehtilukusali ja varattavat ryhmätilat.",
        "Låna, läs och studera. Kunddatorer, tidningsläsesal och grupprum som kan bokas.",
        "{nimi} palvelee kaikkia {kunnan} asukkaita ja vierailijoita. Kirjastossa on lasten ja "
        "nuorten osasto, lehtilukusali, hiljainen lukutila ja varattavia ryhmätiloja. Asiakkaiden "
        "käytössä on tietokoneita, tulostin ja skanneri.\n\nOmatoimikirjasto on auki joka päivä "
        "klo 7–21 kirjastokortilla ja PIN-koodilla.",
        "{namn} betjänar alla invånare och besökare i {ort}. Biblioteket har en avdelning för barn "
        "och unga, tidningsläsesal, tyst läsrum och grupprum som kan bokas. Kunderna kan använda "
        "datorer, skrivare och skanner.\n\nDet meröppna biblioteket är öppet alla dagar kl. 7–21 "
        "med lånekort och PIN-kod.",
        "library", "kirjasto", "kirjasto|sv/bibliotek"),
    "library2": (
        "Lähikirjasto kauppakeskuksen yhteydessä: lainaus, lehdet ja lasten satutunnit.",
        "Närbibliotek vid köpcentret: lån, tidningar och sagostunder för barn.",
        "{nimi} on pieni lähikirjasto kauppakeskuksen yhteydessä. Varatut lainat voi noutaa "
        "lähikirjastosta.", "{namn} är ett litet närbibliotek i anslutning till köpcentret. "
        "Reserverade lån kan hämtas här.",
        "library", "kirjasto", "kirjasto|sv/bibliotek"),
    "youth": (
        "Nuorisotila 13–17-vuotiaille: pelejä, musiikkia, kokkailua ja nuoriso-ohjaajat paikalla.",
        "Ungdomsgård för 13–17-åringar: spel, musik, matlagning och ungdomsledare på plats.",
        "{nimi} on {kunnan} nuorisopalvelujen nuorisotila. Tilassa on pelihuone, bändikämppä, "
        "keittiö ja oleskelutila. Tila on päihteetön.",
        "{namn} är ungdomstjänsternas ungdomsgård i {ort}. Där finns spelrum, bandrum, kök och "
        "sällskapsrum. Gården är drogfri.",
        "youth", "nuoriso", "nuoret|sv/unga"),
    "sports": (
        "Liikuntahalli, jossa on palloilusali, kuntosali ja ryhmäliikuntatila.",
        "Idrottshall med bollsal, gym och sal för gruppträning.",
        "{nimi} on {kunnan} liikuntapalvelujen halli. Hallissa on jaettava palloilusali, kuntosali "
        "ja peilisali ryhmäliikunnalle. Seurat ja ryhmät voivat varata vuoroja. Pukuhuoneet ja "
        "suihkut ovat esteettömiä.",
        "{namn} är idrottstjänsternas hall i {ort}. Hallen har en delbar bollsal, gym och spegelsal "
        "för gruppträning. Föreningar och grupper kan boka turer. Omklädningsrummen och duscharna "
        "är tillgängliga.",
        "sports", "liikunta", "liikunta|sv/motion"),
    "pool": (
        "Uimahalli: kuntoallas, lasten allas, terapia-allas, saunat ja kuntosali.",
        "Simhall: motionsbassäng, barnbassäng, terapibassäng, bastur och gym.",
        "{nimi} on {kunnan} uimahalli. Allasosastolla on 25 metrin kuntoallas, lämmin "
        "terapia-allas ja lasten allas. Lipunmyynti sulkeutuu tuntia ennen hallin sulkemista.",
        "{namn} är simhallen i {ort}. Där finns en 25 meters motionsbassäng, en varm "
        "terapibassäng och en barnbassäng. Biljettförsäljningen stänger en timme före hallen.",
        "pool", "uimahalli", "uimahalli|sv/simhall"),
    "senior": (
        "Palvelukeskus ikäihmisille: lounasravintola, kohtaamispaikka ja harrastusryhmiä.",
        "Servicecenter för äldre: lunchrestaurang, träffpunkt och hobbygrupper.",
        "{nimi} on kaikille ikäihmisille avoin palvelukeskus {kunnassa}. Talossa toimivat "
        "lounasravintola, kohtaamispaikka, kuntosali ja harrastusryhmät. Tiloihin on esteetön "
        "pääsy, ja pysäköintialueella on liikkumisesteisten paikkoja.",
        "{namn} är ett servicecenter i {ort} som är öppet för alla äldre. Här finns "
        "lunchrestaurang, träffpunkt, gym och hobbygrupper. Lokalerna är tillgängliga och det finns "
        "parkering för rörelsehindrade.",
        "senior", "palvelukeskus", "palvelukeskus|sv/servicecenter"),
    "culture": (
        "Kansalaisopiston opetustilat ja toimisto. Kursseja kielistä käsitöihin.",
        "Medborgarinstitutets undervisningslokaler och kansli. Kurser från språk till hantverk.",
        "{nimi} on {kunnan} kansalaisopiston päätoimipiste. Talossa on luokkia, käsityö- ja "
        "kuvataidetilat sekä musiikkisali. Toimistosta saat apua ilmoittautumiseen ja "
        "kurssimaksuihin.",
        "{namn} är huvudverksamhetsstället för medborgarinstitutet i {ort}. Huset har klassrum, "
        "lokaler för hantverk och bildkonst samt en musiksal. Kansliet hjälper dig med anmälningar "
        "och kursavgifter.",
        "office_short", "opisto", "kansalaisopisto|sv/medborgarinstitut"),
    "outdoor": (
        "Merkitty luontopolku, jonka varrella on laavu ja nuotiopaikka. Lähtöpisteessä pysäköinti.",
        "Märkt naturstig med vindskydd och eldplats. Parkering vid startpunkten.",
        "{nimi} on noin {pituus} kilometrin mittainen merkitty reitti. Reitti sopii kävellen "
        "kuljettavaksi, ja osa siitä kulkee pitkospuilla. Lähtöpisteessä on opastaulu ja "
        "pysäköintipaikka.",
        "{namn} är en märkt led på cirka {pituus} kilometer. Leden passar för promenader och en del "
        "av den går på spångar. Vid startpunkten finns en informationstavla och parkering.",
        "outdoor", None, "ulkoilu|sv/friluftsliv"),
    "outgym": (
        "Ulkokuntosali on maksuton ja avoinna ympäri vuoden.",
        "Utegymmet är avgiftsfritt och öppet året runt.",
        "{nimi} sijaitsee ulkoilureitin varrella. Laitteet sopivat kaikenikäisille, ja niiden "
        "vieressä on kuvalliset ohjeet.",
        "{namn} ligger längs friluftsleden. Redskapen passar alla åldrar och vid dem finns "
        "bildinstruktioner.",
        "always", None, "ulkoilu|sv/friluftsliv"),
    "workshop": (
        "Nuorten työpaja: puu- ja metallityöt, kahvila ja media.",
        "Ungdomsverkstad: trä- och metallarbete, kafé och media.",
        "{nimi} on {kunnan} nuorten työpaja. Pajalla on puu- ja metallityöverstas, kahvilakeittiö "
        "ja mediastudio.",
        "{namn} är ungdomsverkstaden i {ort}. Verkstaden har en trä- och metallverkstad, ett "
        "kafékök och en mediestudio.",
        "office", "tyopaja", "tyopaja|sv/verkstad"),
    "ohjaamo": (
        "Ohjaamo on alle 30-vuotiaiden maksuton neuvontapiste keskustassa.",
        "Navigatorn är en avgiftsfri rådgivningspunkt för unga under 30 år i centrum.",
        "{nimi} sijaitsee keskustassa hyvien kulkuyhteyksien päässä. Voit tulla ilman "
        "ajanvarausta.",
        "{namn} ligger i centrum med goda förbindelser. Du kan komma utan tidsbokning.",
        "point", "ohjaamo", "ohjaamo|sv/navigatorn"),
    "office": (
        "Asiointipisteestä saat neuvontaa kunnan palveluista ja apua asiointiin.",
        "På servicepunkten får du råd om kommunens tjänster och hjälp med ärenden.",
        "Asiointipisteessä voit jättää hakemuksia, kysyä neuvoa ja käyttää asiakaskonetta. "
        "Paikalla on myös eri palvelujen vastaanottoja sovittuina aikoina.",
        "På servicepunkten kan du lämna in ansökningar, fråga om råd och använda kunddatorn. Där "
        "finns också mottagningar för olika tjänster på överenskomna tider.",
        "office", "asiointi", "asiointi|sv/service"),
}
ENTRANCE_TOWNS = ("905", "598", "545", "499")
ENTRANCE_KINDS = ("library", "sports", "pool", "senior", "office")


def forms(muni: str) -> dict[str, str]:
    """Placeholders of a municipality for channel texts."""
    m = BY_CODE[muni]
    return {"kunta": m.fi, "kunnan": m.fi_gen, "kunnassa": m.fi_loc, "ort": m.sv}


def venue_spec(v: Venue) -> ChannelSpec:
    """The ServiceLocation channel of a municipal venue."""
    sum_fi, sum_sv, desc_fi, desc_sv, hours, box, path = KIND_TEXTS[v.kind]
    m = BY_CODE[v.muni]
    params = {**forms(v.muni), "nimi": v.fi, "namn": v.sv or v.fi,
              "pituus": pick(("2,5", "3", "4", "5,5", "7"), v.key)}
    name, summary, desc = {"fi": v.fi}, {"fi": sum_fi}, {"fi": desc_fi.format(**params)}
    if v.sv:
        name["sv"], summary["sv"], desc["sv"] = v.sv, sum_sv, desc_sv.format(**params)
    path_fi, path_sv = path.split("|")
    urls = {"fi": f"https://{m.domain}/{path_fi}"}
    if v.sv:
        urls["sv"] = f"https://{m.domain}/{path_sv}"
    phones = [] if box is None else [Phone(phone_number(v.muni, h("tel", v.key) % 900 + 100),
                                           {"fi": "Asiakaspalvelu", "sv": "Kundtjänst"})]
    return ChannelSpec(
        key=v.key, kind="ServiceLocation", org=v.muni, name=name, summary=summary,
        description=desc, area=(v.muni,), address=v.address, hours=hours, phones=phones,
        emails=[f"{box}@{m.domain}"] if box else [], urls=urls,
        langs=("fi", "sv") if m.bilingual else ("fi",),
        with_entrances=v.muni in ENTRANCE_TOWNS and v.kind in ENTRANCE_KINDS)


def _spec(muni: str, suffix: str, kind: str, texts: tuple[L, L, L], **extra: object) -> ChannelSpec:
    """A non-location channel of a municipality, dropping Swedish for Laihia."""
    m = BY_CODE[muni]
    fmt = forms(muni)
    name, summary, desc = ({k: v.format(**fmt) for k, v in t.items() if m.bilingual or k == "fi"}
                           for t in texts)
    langs = ("fi", "sv") if m.bilingual else ("fi",)
    return ChannelSpec(key=f"{muni}:{suffix}", kind=kind, org=muni, name=name, summary=summary,
                       description=desc, area=(muni,), langs=langs, **extra)


def _urls(muni: str, path: str) -> L:
    m = BY_CODE[muni]
    fi, sv = path.split("|")
    return {"fi": f"https://{m.domain}/{fi}", **({"sv": f"https://{m.domain}/{sv}"} if m.bilingual
                                                  else {})}


CALL_PRICE = {"fi": "Puhelun hinta määräytyy operaattorisi hinnaston mukaan.",
              "sv": "Samtalet kostar enligt din operatörs prislista."}


def leisure_phone(muni: str) -> ChannelSpec:
    texts = ({"fi": "Liikunta- ja vapaa-aikapalvelujen neuvonta",
              "sv": "Rådgivning inom idrott och fritid"},
             {"fi": "Neuvontaa liikuntaryhmistä, liikuntapaikoista ja vuorovarauksista.",
              "sv": "Rådgivning om motionsgrupper, idrottsplatser och turbokningar."},
             {"fi": "Neuvonnasta saat tietoa {kunnan} liikuntaryhmistä ja liikuntapaikoista sekä "
                    "niiden aukioloajoista. Voit myös ilmoittautua ryhmiin puhelimitse.",
              "sv": "Här får du information om motionsgrupper och idrottsplatser i {ort} och deras "
                    "öppettider. Du kan också anmäla dig till grupper per telefon."})
    phone = Phone(phone_number(muni, 200 + h("lp", muni) % 50),
                  {"fi": "Liikuntapalvelut", "sv": "Idrottstjänsterna"}, charge_desc=CALL_PRICE)
    return _spec(muni, "leisure_phone", "Phone", texts, phones=[phone], hours="phone")


def leisure_web(muni: str) -> ChannelSpec:
    texts = ({"fi": "Liikunta ja ulkoilu", "sv": "Motion och friluftsliv"},
             {"fi": "{kunnan} liikunta- ja ulkoilupalvelut verkossa.",
              "sv": "Idrotts- och friluftstjänsterna i {ort} på webben."},
             {"fi": "Verkkosivuilta löydät liikuntapaikat, ulkoilureitit, ryhmäliikunnan "
                    "aikataulut ja ajankohtaiset tiedotteet.",
              "sv": "På webbplatsen hittar du idrottsplatser, friluftsleder, tidtabeller för "
                    "gruppträning och aktuella meddelanden."})
    return _spec(muni, "leisure_web", "WebPage", texts, urls=_urls(muni, "liikunta|sv/motion"))


def library_web(muni: str) -> ChannelSpec:
    texts = ({"fi": "{kunnan} kirjaston verkkosivut", "sv": "Biblioteket i {ort} på webben"},
             {"fi": "Kirjaston aukioloajat, tapahtumat ja palvelut verkossa.",
              "sv": "Bibliotekets öppettider, evenemang och tjänster på webben."},
             {"fi": "Verkkosivuilla kerrotaan kirjaston aukioloajoista, tapahtumista, "
                    "kirjavinkeistä ja tilojen varaamisesta.",
              "sv": "På webbplatsen berättar vi om bibliotekets öppettider, evenemang, boktips och "
                    "hur man bokar lokaler."})
    return _spec(muni, "library_web", "WebPage", texts, urls=_urls(muni, "kirjasto|sv/bibliotek"))


def youth_phone(muni: str) -> ChannelSpec:
    texts = ({"fi": "Nuorisopalvelujen puhelin", "sv": "Ungdomstjänsternas telefon"},
             {"fi": "Nuoriso-ohjaajat ja etsivät nuorisotyöntekijät vastaavat puheluihin ja "
                    "viesteihin arkisin.",
              "sv": "Ungdomsledarna och de uppsökande ungdomsarbetarna svarar på samtal och "
                    "meddelanden på vardagar."},
             {"fi": "Voit soittaa tai lähettää tekstiviestin. Jos emme vastaa heti, soitamme "
                    "takaisin saman päivän aikana.",
              "sv": "Du kan ringa eller skicka sms. Om vi inte svarar genast ringer vi tillbaka "
                    "samma dag."})
    number = f"400{h('yp', muni) % 100:02d}{h('yp2', muni) % 10000:04d}"
    phones = [Phone(number, {"fi": "Nuoriso-ohjaaja", "sv": "Ungdomsledare"}),
              Phone(number, {"fi": "Tekstiviestit", "sv": "Sms"}, type="Sms")]
    return _spec(muni, "youth_phone", "Phone", texts, phones=phones, hours="phone")
