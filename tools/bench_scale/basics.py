"""Basic public services of municipalities and counties, their units, and the associations of a place."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Basic:
    """A statutory or common public service, offered once per municipality by its owner."""

    key: str
    owner: str  # municipality | county | national
    fi: str
    sv: str
    en: str
    classes: tuple[str, ...]
    targets: tuple[str, ...]  # target group codes
    venue: str  # venue key of the place it is given at, "" if none
    unit: str
    about_fi: tuple[str, str]
    about_sv: str
    charge: str | None = "FreeOfCharge"
    life_events: tuple[str, ...] = ()


_B = Basic
BASICS = (
    _B("homecare", "county", "Kotihoito", "Hemvård", "Home care", ("P4.3", "P4.2"), ("KR1.1",), "", "homecare",
       ("Kotihoito auttaa, kun selviytyminen arjen askareista kotona on heikentynyt sairauden tai toimintakyvyn "
        "laskun vuoksi.", "Kotihoidon työntekijät käyvät kotonasi sovitusti ja auttavat esimerkiksi lääkehoidossa, "
        "peseytymisessä ja ruokailussa."),
       "Hemvården hjälper dig när du på grund av sjukdom eller nedsatt funktionsförmåga har svårt att klara "
       "vardagen hemma.", "Chargeable"),
    _B("carersupport", "county", "Omaishoidon tuki", "Stöd för närståendevård", "Support for informal care",
       ("P5.14", "P4.2"), ("KR1",), "", "elderly",
       ("Omaishoidon tuki on kokonaisuus, johon kuuluvat hoitopalkkio, hoitajan vapaat ja hoidettavalle annettavat "
        "palvelut.", "Tukea haetaan hakemuksella, ja tilanne arvioidaan kotikäynnillä."),
       "Stödet för närståendevård består av vårdarvode, ledighet för vårdaren och tjänster till den som vårdas.",
       life_events=("KE13",)),
    _B("mentalcounsel", "county", "Mielenterveys- ja päihdeneuvonta",
       "Rådgivning inom mentalvård och missbrukarvård", "Mental health and substance abuse counselling",
       ("P5.7",), ("KR1",), "healthstation", "mental",
       ("Matalan kynnyksen vastaanotolle voit tulla keskustelemaan mielialaan, jaksamiseen tai päihteiden käyttöön "
        "liittyvistä huolista ilman lähetettä.", "Ensimmäisellä käynnillä kartoitetaan tilanteesi ja sovitaan "
        "jatkosta yhdessä kanssasi."),
       "Till lågtröskelmottagningen kan du komma utan remiss för att prata om oro som gäller humör, ork eller "
       "användning av rusmedel."),
    _B("clinic", "county", "Äitiys- ja lastenneuvola", "Mödra- och barnrådgivning", "Maternity and child health clinic",
       ("P5.2", "P3.2"), ("KR1.2",), "healthstation", "family",
       ("Neuvolassa seurataan raskauden kulkua sekä lapsen kasvua ja kehitystä syntymästä kouluikään.",
        "Terveydenhoitaja tukee koko perheen hyvinvointia ja vanhemmuutta."),
       "På rådgivningen följer man upp graviditeten samt barnets tillväxt och utveckling fram till skolåldern.",
       life_events=("KE1",)),
    _B("familycounsel", "county", "Perheneuvola", "Familjerådgivning", "Family counselling", ("P3.7",), ("KR1.2",),
       "healthstation", "family",
       ("Perheneuvolasta saat apua lapsen kasvuun, kehitykseen ja perheen vuorovaikutukseen liittyvissä "
        "kysymyksissä.", "Palvelu on maksutonta ja luottamuksellista, eikä lähetettä tarvita."),
       "Familjerådgivningen hjälper i frågor som gäller barnets uppväxt, utveckling och familjens samspel."),
    _B("physio", "county", "Fysioterapia", "Fysioterapi", "Physiotherapy", ("P5.13",), ("KR1",), "healthstation",
       "health", ("Fysioterapiassa arvioidaan liikkumis- ja toimintakykyäsi ja ohjataan sinulle sopivia "
                  "harjoitteita.", "Vastaanotolle tarvitset yleensä lääkärin tai hoitajan lähetteen."),
       "Inom fysioterapin bedöms din rörelse- och funktionsförmåga och du får lämpliga övningar.", "Chargeable"),
    _B("aids", "county", "Apuvälinepalvelut", "Hjälpmedelstjänster", "Assistive devices", ("P5.13", "P4.4"),
       ("KR1.6", "KR1.1"), "healthstation", "health",
       ("Apuvälinepalvelusta lainataan liikkumista ja arjessa selviytymistä helpottavia apuvälineitä, kuten "
        "rollaattoreita ja suihkutuoleja.", "Apuvälineen tarve arvioidaan yhdessä fysioterapeutin kanssa."),
       "Hjälpmedelstjänsten lånar ut hjälpmedel som underlättar rörlighet och vardag, till exempel rollatorer."),
    _B("socialcounsel", "county", "Sosiaaliohjaus", "Socialhandledning", "Social counselling", ("P4.13",), ("KR1",),
       "office", "social",
       ("Sosiaaliohjaaja auttaa sinua selvittämään elämäntilannettasi ja löytämään sopivat tukimuodot.",
        "Ohjauksessa voidaan käsitellä esimerkiksi toimeentuloa, asumista ja arjen hallintaa."),
       "Socialhandledaren hjälper dig att reda ut din livssituation och hitta lämpliga former av stöd."),
    _B("disability", "county", "Vammaispalvelut", "Handikappservice", "Disability services", ("P4.4", "P4.5"),
       ("KR1.6",), "office", "disability",
       ("Vammaispalveluista voit hakea esimerkiksi kuljetuspalvelua, henkilökohtaista apua ja asunnon "
        "muutostöitä.", "Palvelutarve arvioidaan yhdessä sinun ja läheistesi kanssa."),
       "Från handikappservicen kan du ansöka om till exempel färdtjänst och personlig assistans."),
    _B("eldercounsel", "county", "Ikäihmisten palveluneuvonta", "Servicerådgivning för äldre",
       "Service counselling for older people", ("P4.2", "P4.13"), ("KR1.1",), "servicecentre", "elderly",
       ("Palveluneuvonnasta saat tietoa ikäihmisten palveluista, tukimuodoista ja harrastusmahdollisuuksista.",
        "Neuvonta on maksutonta, ja siihen voi ottaa yhteyttä myös läheinen."),
       "Servicerådgivningen ger information om tjänster, stöd och fritidsmöjligheter för äldre.",
       life_events=("KE10",)),
    _B("doctor", "county", "Terveysaseman vastaanotto", "Mottagning på hälsostationen", "Health centre appointments",
       ("P5.1",), ("KR1",), "healthstation", "health",
       ("Terveysaseman vastaanotolla hoidetaan äkillisiä ja pitkäaikaisia sairauksia.",
        "Hoidon tarve arvioidaan ensin puhelimessa tai sähköisesti."),
       "På hälsostationens mottagning behandlas akuta och långvariga sjukdomar.", "Chargeable", ("KE11",)),
    _B("diabetesnurse", "county", "Diabeteshoitajan vastaanotto", "Diabetesskötarens mottagning",
       "Diabetes nurse appointments", ("P5.1", "P5.11"), ("KR1.4",), "healthstation", "health",
       ("Diabeteshoitaja ohjaa omahoidossa, verensokerin seurannassa ja ruokavaliossa.",
        "Vastaanotolle varataan aika terveysaseman kautta."),
       "Diabetesskötaren ger handledning i egenvård, blodsockeruppföljning och kost."),
    _B("workactivity", "county", "Kuntouttava työtoiminta", "Arbetsverksamhet i rehabiliteringssyfte",
       "Rehabilitative work activity", ("P4.8", "P10.4"), ("KR1",), "office", "employment",
       ("Kuntouttavassa työtoiminnassa harjoittelet työelämän taitoja ja vahvistat arjen rytmiä omaan tahtiisi.",
        "Toimintaan ohjaudutaan työllisyyspalvelujen tai sosiaalityön kautta."),
       "I arbetsverksamheten i rehabiliteringssyfte övar du färdigheter för arbetslivet i din egen takt.",
       life_events=("KE8",)),
    _B("familyhelp", "county", "Lapsiperheiden kotipalvelu", "Hemservice för barnfamiljer",
       "Home help for families with children", ("P3.6",), ("KR1.2",), "", "family",
       ("Kotipalvelu auttaa lapsiperheitä tilapäisesti esimerkiksi vauvaperheen arjessa tai vanhemman "
        "sairastuessa.", "Työntekijä tulee kotiin ja auttaa lastenhoidossa ja kodin arjessa."),
       "Hemservicen hjälper barnfamiljer tillfälligt, till exempel i vardagen med en baby.", "Chargeable"),
    _B("substance", "county", "Päihdepalvelut", "Missbrukarvård", "Substance abuse services", ("P5.7",), ("KR1",),
       "healthstation", "mental",
       ("Päihdepalveluissa tuetaan päihteiden käytön vähentämisessä ja lopettamisessa sekä hoidetaan riippuvuuksia.",
        "Myös läheiset saavat tukea ja neuvontaa."),
       "Missbrukarvården stöder dig att minska eller sluta använda rusmedel."),
    _B("dental", "county", "Suun terveydenhuolto", "Mun- och tandvård", "Oral health care", ("P5.10",), ("KR1",),
       "healthstation", "health",
       ("Hammashoitolassa tarkastetaan ja hoidetaan hampaat ja suun terveys.",
        "Kiireettömän ajan voit varata puhelimitse tai sähköisesti."),
       "På tandkliniken undersöks och behandlas tänder och munhälsa.", "Chargeable"),
    _B("library", "municipality", "Kirjastopalvelut", "Bibliotekstjänster", "Library services", ("P25.1",), ("KR1",),
       "library", "library",
       ("Kirjasto on kaikille avoin olohuone, jossa voit lainata, lukea, opiskella tai vain viettää aikaa.",
        "Kirjastokortilla lainaat maksutta kaikista alueen kirjastoista."),
       "Biblioteket är ett öppet vardagsrum för alla där du kan låna, läsa och studera."),
    _B("swim", "municipality", "Uimahallipalvelut", "Simhallstjänster", "Swimming hall services", ("P27.1",),
       ("KR1",), "swimminghall", "sport",
       ("Uimahallissa voit uida, saunoa ja käydä kuntosalilla.", "Eläkeläisille, opiskelijoille ja työttömille "
        "on alennettuja hintoja."),
       "I simhallen kan du simma, bada bastu och gå på gym.", "Chargeable"),
    _B("guidedsport", "municipality", "Ohjattu liikunta", "Ledd motion", "Guided exercise", ("P27.1",), ("KR1",),
       "sportshall", "sport",
       ("Liikuntapalvelut järjestävät ohjattuja liikuntaryhmiä eri-ikäisille ja eri kuntoisille.",
        "Ryhmiin ilmoittaudutaan kausittain elokuussa ja joulukuussa."),
       "Idrottstjänsterna ordnar ledda motionsgrupper för personer i olika åldrar.", "Chargeable"),
    _B("youthwork", "municipality", "Avoin nuorisotoiminta", "Öppen ungdomsverksamhet", "Open youth work",
       ("P28.1",), ("KR1.3",), "youthclub", "youth",
       ("Nuorisotiloilla voit tavata kavereita, pelata ja osallistua yhteiseen toimintaan turvallisten aikuisten "
        "kanssa.", "Toiminta on maksutonta ja päihteetöntä."),
       "På ungdomsgården kan du träffa kompisar, spela och delta i verksamhet med trygga vuxna."),
    _B("outreach", "municipality", "Etsivä nuorisotyö", "Uppsökande ungdomsarbete", "Outreach youth work", ("P28.4",),
       ("KR1.3",), "office", "youth",
       ("Etsivä nuorisotyöntekijä auttaa alle 29-vuotiasta nuorta, joka on koulutuksen tai työn ulkopuolella.",
        "Yhdessä etsitään ratkaisuja opiskeluun, työhön, asumiseen ja arjen sujumiseen."),
       "Den uppsökande ungdomsarbetaren hjälper unga under 29 år som står utanför utbildning och arbete."),
    _B("workshop", "municipality", "Nuorten työpaja", "Verkstad för unga", "Youth workshop", ("P28.3",), ("KR1.3",),
       "office", "youth",
       ("Työpajalla nuori harjoittelee työelämän taitoja ohjatusti esimerkiksi puu-, kierrätys- tai mediapajassa.",
        "Pajajakson aikana suunnitellaan myös jatko-opintoja tai työllistymistä."),
       "I verkstaden övar unga färdigheter för arbetslivet med stöd av handledare."),
    _B("adulted", "municipality", "Kansalaisopiston kurssit", "Medborgarinstitutets kurser",
       "Adult education centre courses", ("P6.10", "P25.7"), ("KR1",), "culturehouse", "education",
       ("Kansalaisopisto järjestää kursseja kielistä, taito- ja taideaineista, liikunnasta ja hyvinvoinnista.",
        "Kurssitarjonta julkaistaan elokuussa, ja ilmoittautuminen alkaa heti."),
       "Medborgarinstitutet ordnar kurser i språk, konst, hantverk, motion och välbefinnande.", "Chargeable"),
    _B("trails", "municipality", "Lähiliikuntapaikat ja ulkoilureitit", "Närmotionsplatser och friluftsleder",
       "Local sports sites and outdoor trails", ("P27.1", "P27.2"), ("KR1",), "nature", "sport",
       ("Kunnan ulkoilureitit, kuntoradat ja lähiliikuntapaikat ovat kaikkien vapaasti käytettävissä.",
        "Talvella ylläpidetään latuja ja valaistuja kuntoratoja."),
       "Kommunens friluftsleder, motionsbanor och närmotionsplatser är fritt tillgängliga för alla."),
    _B("culture", "municipality", "Kulttuuritoiminta", "Kulturverksamhet", "Cultural activities", ("P25.2", "P25.5"),
       ("KR1",), "culturehouse", "culture",
       ("Kulttuuripalvelut järjestävät konsertteja, näyttelyitä, teatteria ja kaikille avoimia tapahtumia.",
        "Monet tapahtumat ovat maksuttomia."),
       "Kulturtjänsterna ordnar konserter, utställningar, teater och evenemang som är öppna för alla."),
    _B("housing", "municipality", "Asumisneuvonta", "Boenderådgivning", "Housing counselling", ("P1",), ("KR1",),
       "office", "social",
       ("Asumisneuvoja auttaa, jos sinulla on vuokrarästejä, häätöuhka tai muita asumiseen liittyviä ongelmia.",
        "Neuvonta on maksutonta ja luottamuksellista."),
       "Boenderådgivaren hjälper om du har hyresskulder eller andra problem som gäller boendet."),
    _B("employment", "municipality", "Työllisyyspalvelut", "Sysselsättningstjänster", "Employment services",
       ("P10.1", "P10.2"), ("KR1",), "office", "employment",
       ("Työllisyyspalveluista saat tukea työnhakuun, koulutukseen hakeutumiseen ja uravalintoihin.",
        "Palvelu on tarkoitettu työttömille ja työttömyysuhan alla oleville."),
       "Sysselsättningstjänsterna stöder dig i jobbsökning, utbildning och karriärval.", life_events=("KE8",)),
    _B("integration", "municipality", "Kotoutumisen palvelut", "Integrationstjänster", "Integration services",
       ("P4.11", "P22.2"), ("KR1",), "office", "social",
       ("Kotoutumisen palvelut auttavat Suomeen muuttanutta pääsemään alkuun uudessa kotikunnassa.",
        "Saat neuvontaa esimerkiksi kielikursseista, työnhausta ja asumisesta."),
       "Integrationstjänsterna hjälper personer som flyttat till Finland att komma i gång i sin nya hemkommun.",
       life_events=("KE5",)),
    _B("afternoon", "municipality", "Koululaisten iltapäivätoiminta", "Eftermiddagsverksamhet för skolelever",
       "After-school activities", ("P6.3",), ("KR1.2",), "school", "education",
       ("Iltapäivätoimintaa järjestetään 1.–2.-luokkalaisille ja erityisen tuen oppilaille koulupäivän jälkeen.",
        "Toimintaan haetaan keväällä sähköisellä hakemuksella."),
       "Eftermiddagsverksamhet ordnas för elever i årskurs 1–2 efter skoldagen.", "Chargeable"),
)

UNITS = {
    "sport": ("liikuntapalvelut|liikuntapalvelujen", "idrottstjänster", "liikuntapalvelut"),
    "culture": ("kulttuuripalvelut|kulttuuripalvelujen", "kulturtjänster", "kulttuuri"),
    "youth": ("nuorisopalvelut|nuorisopalvelujen", "ungdomstjänster", "nuoriso"),
    "library": ("kirjastopalvelut|kirjastopalvelujen", "bibliotekstjänster", "kirjasto"),
    "homecare": ("kotihoito|kotihoidon", "hemvård", "kotihoito"),
    "elderly": ("ikäihmisten palvelut|ikäihmisten palvelujen", "äldreomsorg", "ikaihmiset"),
    "social": ("sosiaalipalvelut|sosiaalipalvelujen", "socialtjänster", "sosiaalipalvelut"),
    "mental": ("mielenterveys- ja päihdepalvelut|mielenterveys- ja päihdepalvelujen",
               "mentalvårds- och missbrukartjänster", "mielenterveys"),
    "family": ("perhepalvelut|perhepalvelujen", "familjetjänster", "perhepalvelut"),
    "health": ("terveyspalvelut|terveyspalvelujen", "hälsotjänster", "terveyspalvelut"),
    "employment": ("työllisyyspalvelut|työllisyyspalvelujen", "sysselsättningstjänster", "tyollisyys"),
    "education": ("sivistyspalvelut|sivistyspalvelujen", "bildningstjänster", "sivistys"),
    "disability": ("vammaispalvelut|vammaispalvelujen", "handikappservice", "vammaispalvelut"),
}
FORMS = (
    ("Omaishoidon tuen hakemus", "Ansökan om stöd för närståendevård", "elderly"),
    ("Kuljetuspalveluhakemus", "Ansökan om färdtjänst", "disability"),
    ("Liikuntavuorohakemus", "Ansökan om idrottsturer", "sport"),
    ("Palvelutarpeen arviointipyyntö", "Begäran om bedömning av servicebehov", "homecare"),
    ("Toimeentulotukihakemus", "Ansökan om utkomststöd", "social"),
    ("Avustushakemus yhdistyksille", "Ansökan om understöd för föreningar", "culture"),
    ("Kerhoon ilmoittautuminen", "Anmälan till klubb", "youth"),
    ("Ateriapalveluhakemus", "Ansökan om måltidsservice", "elderly"),
    ("Vammaispalvelujen hakemus", "Ansökan om handikappservice", "disability"),
    ("Lapsiperheen kotipalveluhakemus", "Ansökan om hemservice för barnfamiljer", "family"),
    ("Iltapäivätoiminnan hakemus", "Ansökan om eftermiddagsverksamhet", "education"),
    ("Kirjastokortin hakemus", "Ansökan om lånekort", "library"),
)
# Local associations: name with {gen} (Finnish genitive of the place) or {svg} (Swedish), activities, targets.
ASSOCIATIONS = (
    ("{gen} Eläkkeensaajat ry", "{svg} pensionärer rf",
     ("gym", "aqua", "chair", "walk", "singalong", "crafts", "dance", "reading", "chess"), ("elderly", "pensioners")),
    ("{gen} Sydänyhdistys ry", "{svg} hjärtförening rf", ("peer", "nordic", "walk", "exercisecounsel", "weight"),
     ("heart",)),
    ("{gen} Omaishoitajat ry", "{svg} närståendevårdare rf", ("peer", "respite", "talk"), ("carers",)),
    ("{gen} Mielenterveysseura ry", "{svg} förening för psykisk hälsa rf",
     ("peer", "talk", "mindgroup", "meetingplace", "walk", "art"), ("mental",)),
    ("{gen} Kyläyhdistys ry", "{svg} byaförening rf", ("walk", "crafts", "singalong", "meetingplace", "nature"),
     ("all",)),
    ("{gen} Nuorisoseura ry", "{svg} ungdomsförening rf", ("dance", "band", "hobbyclub", "floorball", "art", "chess"),
     ("youth", "children")),
    ("{gen} Työttömät ry", "{svg} arbetslösa rf", ("meetingplace", "foodaid", "peer", "walk", "cooking"),
     ("unemployed",)),
    ("{gen} Diabetesyhdistys ry", "{svg} diabetesförening rf", ("peer", "weight", "nordic", "cooking"),
     ("diabetes",)),
    ("{gen} Muistiyhdistys ry", "{svg} minnesförening rf", ("memorycafe", "peer", "singalong", "outdoor", "chair"),
     ("memory", "carers")),
    ("{gen} Ulkoiluyhdistys ry", "{svg} friluftsförening rf", ("nordic", "nature", "walk", "outdoor"), ("all",)),
    ("{gen} Vanhempainyhdistys ry", "{svg} föräldraförening rf", ("familycafe", "hobbyclub", "swimschool"),
     ("families", "children")),
    ("{gen} Invalidit ry", "{svg} invalider rf", ("peer", "aqua", "balance", "outdoor"), ("disabled",)),
    ("{gen} Monikulttuurinen yhdistys ry", "{svg} mångkulturella förening rf",
     ("langcafe", "cooking", "friend", "crafts", "swimschool"), ("immigrants",)),
    ("{gen} Urheiluseura ry", "{svg} idrottsförening rf", ("floorball", "gym", "swimschool", "dance", "nordic"),
     ("youth", "children", "all")),
    ("{gen} seurakunta", "{svg} församling",
     ("familycafe", "singalong", "foodaid", "peer", "respite", "choir", "friend"), ("all", "families", "elderly")),
    ("{gen} Kuoroyhdistys ry", "{svg} körförening rf", ("choir", "singalong"), ("all",)),
    ("{gen} Taideyhdistys ry", "{svg} konstförening rf", ("art", "writing", "crafts"), ("all",)),
    ("{gen} Ystäväpalvelu ry", "{svg} vänservice rf", ("friend", "outdoor", "meetingplace"), ("elderly",)),
    ("{gen} Reumayhdistys ry", "{svg} reumaförening rf", ("aqua", "peer", "balance"), ("longill",)),
)
# Nationwide services of national organisations, given by phone, chat or on the web.
NATIONAL = (
    ("Kriisipuhelinpalvelu ry", "Kriisipuhelin", "Kristelefon", "Crisis helpline", ("P5.7",), "Phone",
     "Kriisipuhelimeen voit soittaa, kun elämässäsi on tapahtunut jotain järkyttävää tai olet huolissasi läheisestä."),
    ("Nuorten verkkotuki ry", "Chat-tuki", "Chattstöd", "Chat support", ("P5.7", "P28.5"), "EChannel",
     "Chatissa voit keskustella nimettömästi koulutetun päivystäjän kanssa mieltäsi painavista asioista."),
    ("Omaishoitajien keskusliitto ry", "Neuvontapuhelin", "Rådgivningstelefon", "Advice line", ("P5.14", "P4.13"),
     "Phone", "Neuvontapuhelimesta saat tietoa etuuksista, palveluista ja jaksamisen tukemisesta."),
    ("Mielen hyvinvoinnin keskusliitto ry", "Vertaistuki verkossa", "Kamratstöd på nätet", "Online peer support",
     ("P5.16", "P5.7"), "EChannel", "Verkon vertaistukiryhmissä voit jakaa kokemuksia kotoa käsin."),
    ("Talousapu-säätiö sr", "Talous- ja velkaneuvonta", "Ekonomi- och skuldrådgivning", "Debt counselling",
     ("P15.1",), "WebPage", "Talous- ja velkaneuvonnasta saat apua talouden suunnitteluun ja velkojen hoitamiseen."),
    ("Ikäliikunnan liitto ry", "Etäjumppa", "Distansgympa", "Remote exercise class", ("P27.1",), "EChannel",
     "Etäjumppaan osallistut omalta kotisohvaltasi tietokoneen tai tabletin välityksellä."),
    ("Yksinäisyystyön verkosto ry", "Juttuseurapuhelin", "Samtalstelefon", "Chat line for company", ("P4.12",),
     "Phone", "Juttuseurapuhelimeen voit soittaa, kun kaipaat jonkun, jonka kanssa jutella."),
    ("Perhetyön liitto ry", "Vanhempainpuhelin", "Föräldratelefon", "Parents' helpline", ("P3.7",), "Phone",
     "Vanhempainpuhelimessa voit pohtia kasvatukseen ja perhe-elämään liittyviä kysymyksiä."),
)
