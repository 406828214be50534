"""Organisations: the 14 municipalities, the wellbeing services county and fictional NGOs."""
from __future__ import annotations

from dataclasses import dataclass, field

from .geo import ALL_CODES, BY_CODE, COUNTY, Address, phone_number
from .util import L, h


@dataclass(frozen=True)
class Org:
    """An organisation as PTV knows it (type, names, area, contact details)."""

    key: str
    type: str  # Municipality, Region, Organization
    name: L
    description: L
    summary: L
    area: tuple[str, ...] | str  # municipality codes, "county" or "nationwide"
    domain: str
    address: Address
    phone_muni: str  # municipality whose 06 exchange the numbers use
    alt_name: L = field(default_factory=dict)
    muni: str | None = None
    swedish_first: bool = False


def _municipal(code: str) -> Org:
    m = BY_CODE[code]
    name = {"fi": m.org_fi}
    if m.org_sv:
        name["sv"] = m.org_sv
    if m.org_en:
        name["en"] = m.org_en
    kind = "kaupunki" if "kaupunki" in m.org_fi else "kunta"
    desc = {"fi": f"{m.org_fi} järjestää asukkailleen muun muassa kirjasto-, liikunta-, nuoriso- ja "
                  f"kulttuuripalveluja sekä varhaiskasvatusta ja perusopetusta. Sosiaali- ja "
                  f"terveyspalveluista vastaa Pohjanmaan hyvinvointialue."}
    if m.org_sv:
        desc["sv"] = (f"{m.org_sv} ordnar bland annat biblioteks-, idrotts-, ungdoms- och "
                      f"kulturtjänster samt småbarnspedagogik och grundläggande utbildning för sina "
                      f"invånare. Social- och hälsovården sköts av Österbottens välfärdsområde.")
    short = m.fi.removesuffix(" kunta")
    summary = {"fi": f"{short} on {'kaksikielinen' if m.bilingual else 'suomenkielinen'} {kind} "
                     f"Pohjanmaalla."}
    if m.org_sv:
        ort_kind = "stad" if "stad" in m.org_sv else "kommun"
        summary["sv"] = f"{m.sv} är en tvåspråkig {ort_kind} i Österbotten."
    addr = Address(f"org:{code}", code, "Kaupungintalonkatu" if kind == "kaupunki" else "Kunnantalontie",
                   "Stadshusgatan" if kind == "kaupunki" else "Kommungårdsvägen", "1")
    return Org(code, "Municipality", name, desc, summary, (code,), m.domain, addr, code,
               muni=code, swedish_first=m.lang == "sv")


COUNTY_ORG = Org(
    "county", "Region", dict(COUNTY),
    {"fi": "Pohjanmaan hyvinvointialue vastaa alueensa 14 kunnan sosiaali- ja terveyspalveluista "
           "sekä pelastustoimesta. Palvelemme suomeksi ja ruotsiksi.\n\nHyvinvointialue tekee "
           "yhteistyötä kuntien ja järjestöjen kanssa asukkaiden hyvinvoinnin ja terveyden "
           "edistämiseksi.",
     "sv": "Österbottens välfärdsområde ansvarar för social- och hälsovården och räddningsväsendet i "
           "områdets 14 kommuner. Vi betjänar på svenska och finska.\n\nVälfärdsområdet samarbetar "
           "med kommunerna och organisationerna för att främja invånarnas välbefinnande och hälsa.",
     "en": "The Ostrobothnia wellbeing services county is responsible for social and health services "
           "and rescue services in the 14 municipalities of the region."},
    {"fi": "Sosiaali- ja terveyspalvelut sekä pelastustoimi Pohjanmaalla.",
     "sv": "Social- och hälsovård samt räddningsväsende i Österbotten."},
    "county", "hyvinvointialue.example",
    Address("org:county", "905", "Sairaalantie", "Sjukhusvägen", "3", 0), "905",
    alt_name={"fi": "Pohjanmaan hyvinvointi", "sv": "Österbottens välfärd"},
)


def _ngo(key: str, names: str, area: tuple[str, ...] | str, domain: str, addr: Address,
         desc: L, summary: L, swedish_first: bool = False, alt: L | None = None) -> Org:
    parts = names.split("|")
    name = {lang: text for lang, text in zip(("fi", "sv", "en"), parts, strict=False) if text}
    return Org(key, "Organization", name, desc, summary, area, domain, addr, addr.muni,
               alt_name=alt or {}, swedish_first=swedish_first)


def _a(key: str, muni: str, street: str, number: str, place: int = 0) -> Address:
    fi, _, sv = street.partition("|")
    return Address(f"org:{key}", muni, fi, sv or None, number, place)


NGOS: tuple[Org, ...] = (
    _ngo("seniorit", "Rannikon Seniorit ry|Kustens Seniorer rf",
         ("905", "499", "475", "946", "545", "287", "598"), "kustensseniorer.example",
         _a("seniorit", "905", "Hovioikeudenpuistikko|Hovrättsesplanaden", "14"),
         {"fi": "Rannikon Seniorit on kaksikielinen eläkeläisyhdistys, joka järjestää liikuntaa, "
                "ystävätoimintaa, retkiä ja kursseja ikäihmisille Pohjanmaan rannikolla.",
          "sv": "Kustens Seniorer är en tvåspråkig pensionärsförening som ordnar motion, "
                "vänverksamhet, resor och kurser för äldre längs den österbottniska kusten."},
         {"fi": "Eläkeläisyhdistys: liikuntaa, ystävätoimintaa ja yhdessäoloa.",
          "sv": "Pensionärsförening: motion, vänverksamhet och gemenskap."}, swedish_first=True),
    _ngo("mielenmaja", "Mielenmaja ry|Mielenmaja rf", ("905", "499", "399", "475"),
         "mielenmaja.example", _a("mielenmaja", "905", "Pitkäkatu|Långgatan", "41"),
         {"fi": "Mielenmaja ry on mielenterveysyhdistys, joka tarjoaa vertaistukea, "
                "kohtaamispaikkatoimintaa ja tietoa mielen hyvinvoinnista.",
          "sv": "Mielenmaja rf är en förening för psykisk hälsa som erbjuder kamratstöd, "
                "mötesplatsverksamhet och information om psykiskt välmående."},
         {"fi": "Vertaistukea ja kohtaamispaikka mielen hyvinvointiin.",
          "sv": "Kamratstöd och mötesplats för psykiskt välmående."}),
    _ngo("muistipolku", "Muistipolku ry|Minnesstigen rf", ("598", "599", "440", "893", "288"),
         "muistipolku.example", _a("muistipolku", "598", "Kauppiaankatu|Köpmansgatan", "6"),
         {"fi": "Muistipolku ry tukee muistisairaita ja heidän läheisiään Pietarsaaren seudulla.",
          "sv": "Minnesstigen rf stöder personer med minnessjukdom och deras anhöriga i "
                "Jakobstadsregionen."},
         {"fi": "Tukea muistisairaille ja läheisille.", "sv": "Stöd för minnessjuka och anhöriga."},
         swedish_first=True),
    _ngo("omaisrinki", "Omaisrinki ry|Anhörigringen rf", "county", "omaisrinki.example",
         _a("omaisrinki", "905", "Koulukatu|Skolhusgatan", "23"),
         {"fi": "Omaisrinki ry on omaishoitajien ja läheisten yhdistys, joka tarjoaa neuvontaa, "
                "vertaistukea ja virkistystä koko Pohjanmaalla.",
          "sv": "Anhörigringen rf är en förening för närståendevårdare och anhöriga som erbjuder "
                "rådgivning, kamratstöd och rekreation i hela Österbotten."},
         {"fi": "Omaishoitajien tukiyhdistys.", "sv": "Stödförening för närståendevårdare."}),
    _ngo("perhepesa", "Perhepesä ry|Familjeboet rf", ("905", "499", "545"), "perhepesa.example",
         _a("perhepesa", "905", "Vaasanpuistikko|Vasaesplanaden", "9"),
         {"fi": "Perhepesä ry järjestää lapsiperheille kohtaamispaikkoja, vertaisryhmiä ja "
                "perhetapahtumia.",
          "sv": "Familjeboet rf ordnar mötesplatser, kamratgrupper och familjeevenemang för "
                "barnfamiljer."},
         {"fi": "Lapsiperheiden kohtaamispaikka.", "sv": "Mötesplats för barnfamiljer."}),
    _ngo("strandbacken", "Urheiluseura Rantatörmä ry|Idrottsklubben Strandbacken rf",
         ("499", "905"), "strandbacken.example",
         _a("strandbacken", "499", "Urheilutie|Idrottsvägen", "20"),
         {"fi": "Rantatörmä on mustasaarelainen urheiluseura, jossa voi harrastaa yleisurheilua, "
                "salibandya ja lasten liikuntaa.",
          "sv": "Strandbacken är en idrottsklubb i Korsholm med friidrott, innebandy och "
                "barnidrott."},
         {"fi": "Urheiluseura lapsille ja aikuisille.", "sv": "Idrottsklubb för barn och vuxna."},
         swedish_first=True, alt={"fi": "IK Strandbacken", "sv": "IK Strandbacken"}),
    _ngo("liikettakaikille", "Liikettä kaikille ry|Rörelse för alla rf", "county",
         "liikettakaikille.example", _a("liikettakaikille", "905", "Palosaarentie|Brändövägen", "58", 4),
         {"fi": "Liikettä kaikille ry edistää vammaisten ja pitkäaikaissairaiden liikuntaa.",
          "sv": "Rörelse för alla rf främjar motion för personer med funktionsnedsättning och "
                "långtidssjuka."},
         {"fi": "Liikuntaa vammaisille ja pitkäaikaissairaille.",
          "sv": "Motion för personer med funktionsnedsättning."}),
    _ngo("rantakurvi", "Ulkoiluyhdistys Rantakurvi ry|Friluftsföreningen Strandpipan rf",
         ("545", "287", "231", "280", "475"), "strandpipan.example",
         _a("rantakurvi", "545", "Rantatie|Strandvägen", "7"),
         {"fi": "Rantakurvi järjestää retkiä ja luontotapahtumia Suupohjan rannikolla.",
          "sv": "Strandpipan ordnar utflykter och naturevenemang i Sydösterbotten."},
         {"fi": "Retkiä ja luontotapahtumia.", "sv": "Utflykter och naturevenemang."},
         swedish_first=True),
    _ngo("tuuliviiri", "Nuorisoyhdistys Tuuliviiri ry|Ungdomsföreningen Vindflöjeln rf",
         ("288", "440", "599", "598", "893"), "vindflojeln.example",
         _a("tuuliviiri", "288", "Kruunupyyntie|Kronobyvägen", "51"),
         {"fi": "Tuuliviiri on nuorisoyhdistys, joka järjestää luonto-, viljely- ja "
                "kerhotoimintaa lapsille ja nuorille.",
          "sv": "Vindflöjeln är en ungdomsförening som ordnar natur-, odlings- och klubbverksamhet "
                "för barn och unga."},
         {"fi": "Luonto- ja kerhotoimintaa nuorille.", "sv": "Natur- och klubbverksamhet för unga."},
         swedish_first=True),
    _ngo("kajuutta", "Kulttuuriyhdistys Kajuutta ry|Kulturföreningen Kajutan rf",
         ("287", "545", "231"), "kajutan.example",
         _a("kajuutta", "287", "Rantakatu|Strandgatan", "31"),
         {"fi": "Kajuutta ylläpitää kulttuuritaloa ja järjestää taidetyöpajoja, konsertteja ja "
                "kulttuuriluotsitoimintaa.",
          "sv": "Kajutan driver ett kulturhus och ordnar konstverkstäder, konserter och "
                "kulturombudsverksamhet."},
         {"fi": "Kulttuuritalo ja taidetoimintaa.", "sv": "Kulturhus och konstverksamhet."},
         swedish_first=True),
    _ngo("ruokakassi", "Ruokakassi Pohjanmaa ry|Matkassen Österbotten rf",
         ("905", "499", "399", "946", "598"), "ruokakassi.example",
         _a("ruokakassi", "905", "Varastokatu|Lagergatan", "4", 4),
         {"fi": "Ruokakassi Pohjanmaa on ruoka-apuverkosto, joka jakaa lahjoitettua ruokaa ja "
                "vähentää ruokahävikkiä.",
          "sv": "Matkassen Österbotten är ett nätverk för mathjälp som delar ut donerad mat och "
                "minskar matsvinnet."},
         {"fi": "Ruoka-apua ja hävikkiruoan jakelua.", "sv": "Mathjälp och utdelning av svinnmat."}),
    _ngo("kotikeittio", "Kotikeittiö ry|Hemköket rf", ("946", "499", "905", "475"),
         "hemkoket.example", _a("kotikeittio", "946", "Kirkkotie|Kyrkvägen", "12"),
         {"fi": "Kotikeittiö ry edistää hyvää ruokakulttuuria ja arjen ruokataitoja kursseilla ja "
                "kerhoissa.",
          "sv": "Hemköket rf främjar god matkultur och vardagliga matkunskaper genom kurser och "
                "klubbar."},
         {"fi": "Ruokakursseja ja kokkikerhoja.", "sv": "Matkurser och matlagningsklubbar."},
         swedish_first=True),
    _ngo("velkaluotsi", "Velkaluotsi ry|Skuldlotsen rf|Debt Pilot Association", "county",
         "velkaluotsi.example", _a("velkaluotsi", "905", "Kauppapuistikko|Handelsesplanaden", "15"),
         {"fi": "Velkaluotsi ry tarjoaa maksutonta talous- ja velkaneuvontaa.",
          "sv": "Skuldlotsen rf erbjuder avgiftsfri ekonomi- och skuldrådgivning."},
         {"fi": "Maksutonta talous- ja velkaneuvontaa.", "sv": "Avgiftsfri skuldrådgivning."}),
    _ngo("selvaranta", "Selvä Rannikko ry|Nykter Kust rf", ("598", "599", "905"),
         "nykterkust.example", _a("selvaranta", "598", "Isokatu|Storgatan", "33"),
         {"fi": "Selvä Rannikko ry ylläpitää päihteetöntä kohtaamispaikkaa ja tukee päihteistä "
                "toipuvia ja heidän läheisiään.",
          "sv": "Nykter Kust rf driver en drogfri mötesplats och stöder personer som återhämtar sig "
                "från missbruk och deras anhöriga."},
         {"fi": "Päihteetön kohtaamispaikka.", "sv": "Drogfri mötesplats."}, swedish_first=True),
    _ngo("tyyni", "Kriisikeskus Tyyni ry|Kriscentret Stilla rf|Crisis Centre Tyyni", "county",
         "kriisikeskustyyni.example", _a("tyyni", "905", "Hietalahdenkatu|Sandviksgatan", "8"),
         {"fi": "Kriisikeskus Tyyni tarjoaa maksutonta keskusteluapua kriisissä oleville ja "
                "sururyhmiä läheisensä menettäneille.",
          "sv": "Kriscentret Stilla erbjuder avgiftsfria samtal för människor i kris och "
                "sorggrupper för dem som förlorat en närstående."},
         {"fi": "Keskusteluapua kriisissä.", "sv": "Samtalsstöd i kris."}),
    _ngo("pitkamatka", "Pitkä Matka ry|Långa Vägen rf", "county", "pitkamatka.example",
         _a("pitkamatka", "905", "Rantakatu|Strandgatan", "4"),
         {"fi": "Pitkä Matka ry on pitkäaikaissairaiden ja heidän läheistensä vertaistukiyhdistys.",
          "sv": "Långa Vägen rf är en kamratstödsförening för långtidssjuka och deras anhöriga."},
         {"fi": "Vertaistukea pitkäaikaissairaille.", "sv": "Kamratstöd för långtidssjuka."}),
    _ngo("kotirannat", "Kotirannat ry|Hemstränder rf|Home Shores Association",
         ("545", "905", "598", "287"), "hemstrander.example",
         _a("kotirannat", "545", "Kauppatie|Handelsvägen", "19"),
         {"fi": "Kotirannat ry tukee maahanmuuttajien kotoutumista kielikahviloilla, "
                "neuvonnalla ja yhteisillä tapahtumilla.",
          "sv": "Hemstränder rf stöder invandrares integration med språkcaféer, rådgivning och "
                "gemensamma evenemang."},
         {"fi": "Kotoutumista tukeva yhdistys.", "sv": "Förening som stöder integration."},
         swedish_first=True),
    _ngo("kiviniemi", "Kyläyhdistys Kiviniemi ry|Byaföreningen Stenudden rf", ("280",),
         "stenudden.example", _a("kiviniemi", "280", "Stenuddsvägen|Stenuddsvägen", "112"),
         {"fi": "Kyläyhdistys ylläpitää kylätaloa ja järjestää kylän yhteisiä tapahtumia.",
          "sv": "Byaföreningen driver bygdegården och ordnar gemensamma evenemang i byn."},
         {"fi": "Kylätalo ja kylätapahtumat.", "sv": "Bygdegård och byaevenemang."},
         swedish_first=True),
    _ngo("kuuntelijat", "Kuuntelijat ry|Lyssnarna rf|The Listeners Association", "nationwide",
         "kuuntelijat.example", _a("kuuntelijat", "905", "Kirkkopuistikko|Kyrkoesplanaden", "22"),
         {"fi": "Kuuntelijat ry ylläpitää valtakunnallista kriisipuhelinta ja chattia.",
          "sv": "Lyssnarna rf upprätthåller en riksomfattande kristelefon och chatt.",
          "en": "The Listeners Association runs a nationwide crisis helpline and chat."},
         {"fi": "Valtakunnallinen kriisipuhelin.", "sv": "Riksomfattande kristelefon."}),
    _ngo("levonliitto", "Levon Liitto ry|Vilans förbund rf", "nationwide", "levonliitto.example",
         _a("levonliitto", "598", "Koulukatu|Skolgatan", "28"),
         {"fi": "Levon Liitto ry edistää hyvää unta ja palautumista verkkokursseilla ja "
                "tiedotuksella.",
          "sv": "Vilans förbund rf främjar god sömn och återhämtning med nätkurser och "
                "information."},
         {"fi": "Hyvän unen asialla.", "sv": "För god sömn."}),
    _ngo("paluumuuttajat", "Paluumuuttajien tuki ry|Stöd för återflyttare rf|Returnee Support "
         "Finland", "nationwide", "paluumuutto.example",
         _a("paluumuuttajat", "905", "Hovioikeudenpuistikko|Hovrättsesplanaden", "3"),
         {"fi": "Paluumuuttajien tuki ry neuvoo Suomeen palaavia ulkosuomalaisia.",
          "sv": "Stöd för återflyttare rf ger råd till utlandsfinländare som flyttar tillbaka.",
          "en": "Returnee Support Finland advises Finns abroad who are moving back to Finland."},
         {"fi": "Neuvontaa Suomeen palaaville.", "sv": "Råd för återflyttare."}),
)

def ngo_mobile(key: str) -> str:
    """The invented mobile number of an NGO (`050 0xx xxxx` without the leading zero)."""
    return f"500{h('ngo', key) % 100:02d}{h('n2', key) % 10000:04d}"


def main_number(org: Org) -> str:
    """The organisation's switchboard or main number."""
    if org.type == "Organization":
        return ngo_mobile(org.key)
    return phone_number(org.phone_muni, 900 if org.type == "Region" else 100)


ORGS: dict[str, Org] = {o.key: o for o in (*map(_municipal, ALL_CODES), COUNTY_ORG, *NGOS)}
