"""Service archetypes of fictional NGOs, part A: seniors, peers, families, sport and nature."""
from __future__ import annotations

from .content_municipal_a import t
from .model import Archetype

FRIEND_SERVICE = Archetype(
    key="friend_service", theme="community", owner="seniorit",
    name=t("Ystäväpalvelu ikäihmisille", "Vänservice för äldre"),
    summary=t("Vapaaehtoinen ystävä tulee juttelemaan, ulkoilemaan tai asioille kanssasi, jos kaipaat "
              "seuraa arkeen.",
              "En frivillig vän kommer för att prata, promenera eller uträtta ärenden med dig om du "
              "saknar sällskap i vardagen."),
    description=t(
        "Ystäväpalvelu yhdistää yksinäisyyttä kokevan ikäihmisen ja koulutetun vapaaehtoisen. "
        "Ystävä tapaa sinua yleensä kerran viikossa tai joka toinen viikko. Yhdessä voi esimerkiksi\n"
        "* juoda kahvia ja jutella\n* käydä kävelyllä tai kaupassa\n* lähteä konserttiin tai "
        "seurakuntakodille\n* soitella puhelimessa, jos tapaaminen ei onnistu\n\n"
        "Vapaaehtoiset ovat käyneet ystäväkurssin, ja heillä on vaitiolovelvollisuus. Ystävä ei "
        "tee kotitöitä eikä hoitotoimenpiteitä.",
        "Vänservicen sammanför en äldre person som känner sig ensam med en utbildad frivillig. Vännen "
        "träffar dig oftast en gång i veckan eller varannan vecka. Tillsammans kan ni till exempel\n"
        "* dricka kaffe och prata\n* ta en promenad eller gå till butiken\n* gå på konsert eller till "
        "församlingshemmet\n* prata i telefon om ni inte kan träffas\n\nDe frivilliga har gått en "
        "vänkurs och har tystnadsplikt. Vännen gör inte hushållsarbete eller vårdåtgärder."),
    instruction=t("Soita ystävätoiminnan koordinaattorille. Myös omainen tai kotihoidon työntekijä "
                  "voi ottaa yhteyttä puolestasi.",
                  "Ring koordinatorn för vänverksamheten. Också en anhörig eller hemvården kan ta "
                  "kontakt för din räkning."),
    classes=("P4.12", "P4.2"), targets=("KR1", "KR1.1"),
    keywords={"fi": ("ystävätoiminta", "yksinäisyys", "vapaaehtoinen"),
              "sv": ("vänverksamhet", "ensamhet", "frivillig")},
    area=("905", "499", "475", "946", "545", "287", "598"),
    channels=("seniorit:office", "seniorit:phone", "seniorit:web"),
)

SENIOR_EXERCISE = Archetype(
    key="senior_exercise", theme="activity", owner="seniorit",
    name=t("Eläkeläisten liikuntaryhmät – kävelyfutis ja tuolijumppa",
           "Motion för pensionärer – gåfotboll och stolgympa"),
    summary=t("Rennot liikuntaryhmät eläkeläisille: kävelyfutista, tuolijumppaa ja kesällä "
              "kävelyretkiä. Kaikki kuntotasot mukaan.",
              "Avslappnade motionsgrupper för pensionärer: gåfotboll, stolgympa och promenader på "
              "sommaren. Alla konditionsnivåer är välkomna."),
    description=t(
        "Kävelyfutiksessa pelataan jalkapalloa kävellen, joten vauhti pysyy maltillisena ja "
        "kaatumisen riski pienenä. Tuolijumppa taas sopii myös niille, joille seisominen on "
        "hankalaa.\n\nRyhmien vetäjät ovat yhdistyksen koulutettuja vertaisohjaajia. Pelin jälkeen "
        "jäädään usein kahville, ja moni on löytänyt ryhmästä uusia ystäviä.\n\nKävelyfutis "
        "Vaasassa tiistaisin klo 10–11, tuolijumppa Närpiössä torstaisin klo 13–14.",
        "I gåfotboll spelar man fotboll gående, så tempot är lugnt och risken att falla liten. "
        "Stolgympan passar också dig som har svårt att stå.\n\nGrupperna leds av föreningens "
        "utbildade kamratledare. Efter spelet stannar många på kaffe, och flera har hittat nya vänner i "
        "gruppen.\n\nGåfotboll i Vasa tisdagar kl. 10–11, stolgympa i Närpes torsdagar kl. 13–14."),
    charge_info=t("Jäsenille maksuton, muille 2 euroa kerta.", "Gratis för medlemmar, för andra 2 euro "
                  "per gång."),
    charge="Chargeable", classes=("P27.1", "P4.12"), targets=("KR1", "KR1.1"), events=("KE10",),
    keywords={"fi": ("kävelyfutis", "tuolijumppa", "eläkeläiset", "senioriliikunta"),
              "sv": ("gåfotboll", "stolgympa", "pensionärer")},
    area=("905", "545"), channels=("905:sports", "545:sports", "seniorit:web"),
)

MENTAL_PEER = Archetype(
    key="mental_peer", theme="mind", owner="mielenmaja",
    name=t("Mielenterveyden vertaistukiryhmät", "Kamratgrupper för psykisk hälsa"),
    summary=t("Vertaisryhmissä voit jakaa kokemuksia masennuksesta, ahdistuksesta ja toipumisesta "
              "ihmisten kanssa, jotka ymmärtävät.",
              "I kamratgrupperna kan du dela erfarenheter av depression, ångest och återhämtning med "
              "människor som förstår."),
    description=t(
        "Mielenmajan ryhmät kokoontuvat viikoittain, ja niitä ohjaavat koulutetut "
        "vertaisohjaajat, joilla on omaa kokemusta mielenterveyden haasteista. Ryhmät eivät "
        "korvaa hoitoa, mutta ne antavat toivoa ja arjen keinoja.\n\nRyhmiä on\n* masennuksesta "
        "toipuville\n* ahdistuksen ja paniikkioireiden kanssa eläville\n* nuorille aikuisille "
        "(18–29 v.)\n* mielenterveysomaisille\n\nRyhmissä sovitaan luottamuksellisuudesta: mitä "
        "ryhmässä puhutaan, jää ryhmään.",
        "Mielenmajas grupper träffas varje vecka och leds av utbildade kamratledare som själva har "
        "erfarenhet av psykisk ohälsa. Grupperna ersätter inte vård, men de ger hopp och verktyg för "
        "vardagen.\n\nDet finns grupper\n* för dig som återhämtar dig från depression\n* för dig som "
        "lever med ångest eller panikattacker\n* för unga vuxna (18–29 år)\n* för anhöriga\n\nI "
        "grupperna gäller konfidentialitet: det som sägs i gruppen stannar i gruppen."),
    instruction=t("Soita tai lähetä viesti ennen ensimmäistä kertaa, niin kerromme lisää ryhmästä.",
                  "Ring eller skicka ett meddelande före första gången, så berättar vi mer om "
                  "gruppen."),
    classes=("P5.7", "P5.16"), targets=("KR1", "KR1.4"), events=("KE11",),
    keywords={"fi": ("vertaistuki", "masennus", "ahdistus", "mielenterveys"),
              "sv": ("kamratstöd", "depression", "ångest")},
    area=("905", "499", "399", "475"),
    channels=("mielenmaja:office", "mielenmaja:phone", "mielenmaja:web", "499:library",
              "mielenmaja:dup_library"),
)

MEMORY_CAFE = Archetype(
    key="memory_cafe", theme="community", owner="muistipolku",
    name=t("Muistikahvila", "Minnescafé"),
    summary=t("Muistikahvila on muistisairaiden ja heidän läheistensä kohtaamispaikka, jossa jutellaan, "
              "lauletaan ja saadaan tietoa.",
              "Minnescaféet är en mötesplats för personer med minnessjukdom och deras anhöriga, där vi "
              "pratar, sjunger och får information."),
    description=t(
        "Muistikahvila kokoontuu kerran kuukaudessa kirjastoissa ja palvelukeskuksissa eri puolilla "
        "Pietarsaaren seutua. Ohjelmassa on lyhyt alustus esimerkiksi muistisairauden hoidosta, "
        "etuuksista tai kodin turvallisuudesta, ja sen jälkeen vapaata keskustelua kahvin "
        "äärellä.\n\nMuistikahvilassa muistisairas voi olla oma itsensä, ja läheinen saa vertaistukea "
        "muilta samassa tilanteessa olevilta. Paikalla on aina muistiyhdistyksen työntekijä.",
        "Minnescaféet träffas en gång i månaden på bibliotek och servicecenter i Jakobstadsregionen. "
        "Programmet börjar med ett kort inlägg om till exempel vård vid minnessjukdom, förmåner eller "
        "säkerhet i hemmet, och sedan pratar vi fritt över en kopp kaffe.\n\nPå minnescaféet får den "
        "som har en minnessjukdom vara sig själv, och anhöriga får kamratstöd av andra i samma "
        "situation. Föreningens anställda är alltid på plats."),
    classes=("P4.12", "P5.16"), targets=("KR1", "KR1.1", "KR1.4"), events=("KE11", "KE13"),
    keywords={"fi": ("muistikahvila", "muistisairaus", "omaiset"),
              "sv": ("minnescafé", "minnessjukdom", "anhöriga")},
    area=("598", "599", "440", "893", "288"),
    channels=("598:library", "599:library", "893:senior", "muistipolku:phone", "muistipolku:web"),
)

CAREGIVER_PEER = Archetype(
    key="caregiver_peer", theme="guidance", owner="omaisrinki",
    name=t("Omaishoitajien vertaistukiryhmä", "Kamratstödsgrupp för närståendevårdare"),
    summary=t("Vertaisryhmässä omaishoitajat jakavat kokemuksia, saavat tietoa ja hetken omaa aikaa "
              "arjen keskellä.",
              "I kamratgruppen delar närståendevårdare erfarenheter, får information och en stund för "
              "sig själva mitt i vardagen."),
    description=t(
        "Ryhmät kokoontuvat kerran kuukaudessa Vaasassa, Närpiössä ja Pietarsaaressa. Ryhmää "
        "ohjaa yhdistyksen omaistyöntekijä yhdessä vapaaehtoisen kanssa.\n\nRyhmässä voit puhua "
        "väsymyksestä, surusta ja ilosta ilman selittelyä. Välillä ryhmään tulee vieraaksi "
        "asiantuntija kertomaan esimerkiksi omaishoidon tuesta tai edunvalvonnasta.\n\nJos et "
        "pääse lähtemään kotoa, kysy mahdollisuudesta osallistua etäyhteydellä.",
        "Grupperna träffas en gång i månaden i Vasa, Närpes och Jakobstad. Föreningens "
        "anhörigarbetare leder gruppen tillsammans med en frivillig.\n\nI gruppen kan du tala om "
        "trötthet, sorg och glädje utan att behöva förklara. Ibland kommer en sakkunnig på besök och "
        "berättar till exempel om stödet för närståendevård eller intressebevakning.\n\nOm du inte kan "
        "lämna hemmet, fråga om möjligheten att delta på distans."),
    classes=("P4.12", "P5.14"), targets=("KR1", "KR1.1"), events=("KE13",),
    keywords={"fi": ("omaishoitaja", "vertaistuki", "jaksaminen"),
              "sv": ("närståendevårdare", "kamratstöd", "ork")},
    channels=("omaisrinki:office", "c:station:545", "c:station:598", "omaisrinki:phone",
              "omaisrinki:web"),
)

FAMILY_CAFE = Archetype(
    key="family_cafe", theme="community", owner="perhepesa",
    name=t("Perhekahvila", "Familjecafé"),
    summary=t("Perhekahvilaan ovat tervetulleita vauvat, taaperot ja vanhemmat. Leikitään, lauletaan ja "
              "jutellaan muiden perheiden kanssa.",
              "Till familjecaféet är bebisar, småbarn och föräldrar välkomna. Vi leker, sjunger och "
              "pratar med andra familjer."),
    description=t(
        "Perhekahvila on avoin kohtaamispaikka alle kouluikäisille lapsille ja heidän "
        "aikuisilleen – vanhemmille, isovanhemmille ja hoitajille. Ohjelmassa on vapaata leikkiä, "
        "laulutuokio ja välillä askartelua tai vierailijoita.\n\nKahvilassa on perhetyöntekijä, "
        "jonka kanssa voi jutella vauva-arjesta, unesta ja jaksamisesta. Monelle perhekahvila on "
        "ensimmäinen paikka, josta löytyy tuttuja uudelta paikkakunnalta.\n\nIlmoittautumista ei "
        "tarvita. Tule silloin kun sopii, vaikka kesken aamupäivän.",
        "Familjecaféet är en öppen mötesplats för barn under skolåldern och deras vuxna – föräldrar, "
        "far- och morföräldrar och dagvårdare. Det finns fri lek, en sångstund och ibland pyssel eller "
        "gäster.\n\nPå caféet finns en familjearbetare som du kan prata med om vardagen med baby, "
        "sömn och ork. För många är familjecaféet det första stället där man hittar bekanta på en ny "
        "ort.\n\nIngen anmälan behövs. Kom när det passar, gärna mitt under förmiddagen."),
    charge_info=t("Maksuton. Kahvi ja välipala vapaaehtoista maksua vastaan.",
                  "Avgiftsfritt. Kaffe och mellanmål mot frivillig avgift."),
    classes=("P3.6", "P4.12"), targets=("KR1", "KR1.2"), events=("KE1", "KE4.2"),
    keywords={"fi": ("perhekahvila", "vauvaperheet", "vertaistuki", "leikki"),
              "sv": ("familjecafé", "babyfamiljer", "lek")},
    area=("905", "499", "545"),
    channels=("perhepesa:office", "499:library", "545:library", "perhepesa:web"),
)

KIDS_SPORTS = Archetype(
    key="kids_sports", theme="activity", owner="strandbacken",
    name=t("Lasten liikuntakerho", "Idrottsskola för barn"),
    summary=t("Liikuntakerhossa 4–9-vuotiaat kokeilevat monipuolisesti eri lajeja ilman "
              "kilpailupaineita.",
              "I idrottsskolan prövar barn i åldern 4–9 år många olika grenar utan tävlingspress."),
    description=t(
        "Kerhossa juostaan, hypitään, heitetään ja pelataan. Kauden aikana tutustutaan muun muassa "
        "yleisurheiluun, palloiluun, telinevoimisteluun ja hiihtoon. Tärkeintä on liikkumisen ilo ja "
        "se, että jokainen saa onnistumisen kokemuksia.\n\nKerhoa ohjaavat seuran koulutetut "
        "ohjaajat, ja ryhmässä on enintään 16 lasta. Kerho kokoontuu {paikassa} kerran viikossa.",
        "I idrottsskolan springer, hoppar, kastar och spelar vi. Under terminen bekantar vi oss med "
        "bland annat friidrott, bollspel, redskapsgymnastik och skidåkning. Det viktigaste är glädjen "
        "i att röra på sig och att alla får lyckas.\n\nKlubbens utbildade ledare leder "
        "idrottsskolan, och gruppen har högst 16 barn. Vi träffas {i_plats} en gång i veckan."),
    instruction=t("Ilmoittaudu seuran verkkosivuilla. Mukaan sisävaatteet ja vesipullo.",
                  "Anmäl dig på klubbens webbplats. Ta med inneskor och vattenflaska."),
    charge_info=t("Kausimaksu 60 euroa, sisaralennus 20 %. Maksun voi jakaa osiin.",
                  "Terminsavgift 60 euro, syskonrabatt 20 %. Avgiften kan delas upp."),
    charge="Chargeable", classes=("P27.1", "P28.2"), targets=("KR1", "KR1.2"),
    keywords={"fi": ("liikuntakerho", "lapset", "urheiluseura", "harrastus"),
              "sv": ("idrottsskola", "barn", "idrottsförening")},
    area=("499", "905"), venue="499:sports",
    channels=("499:sports", "strandbacken:office", "strandbacken:e:signup"),
    funding="MarketFunded",
)

DISABILITY_SPORT = Archetype(
    key="disability_sport", theme="activity", owner="liikettakaikille",
    name=t("Liikuntaryhmät vammaisille", "Motionsgrupper för personer med funktionsnedsättning"),
    summary=t("Yhdistys järjestää vammaisille ja pitkäaikaissairaille omia liikuntaryhmiä, kuten "
              "allasjumppaa, boccia ja istumalentopalloa.",
              "Föreningen ordnar motionsgrupper för personer med funktionsnedsättning och "
              "långtidssjuka, till exempel bassänggympa och boccia."),
    description=t(
        "Liikettä kaikille ry:n liikuntaryhmille voi tulla, vaikka ei olisi liikkunut vuosiin. "
        "Ryhmät ovat pieniä, ja ohjaajilla on soveltavan liikunnan koulutus. Avustaja tai "
        "tulkki pääsee mukaan maksutta.\n\nRyhmät Vaasan ja Pietarsaaren uimahalleissa ja "
        "liikuntahalleissa\n* allasjumppa\n* boccia\n* istumalentopallo\n* kuntosaliharjoittelu "
        "pyörätuolin käyttäjille\n\nKysy myös kuljetuksista: osa ryhmistä järjestää yhteiskyydin.",
        "Du kan komma med i Rörelse för alla rf:s motionsgrupper även om du inte har motionerat på "
        "flera år. Grupperna är små, och ledarna har utbildning i anpassad motion. Assistent eller "
        "tolk kommer med gratis.\n\nGrupper i Vasa och Jakobstad i simhallar och idrottshallar\n"
        "* bassänggympa\n* boccia\n* sittande volleyboll\n* gymträning för rullstolsanvändare\n\n"
        "Fråga också om transport: en del grupper ordnar samåkning."),
    charge_info=t("Jäsenmaksu 20 euroa vuodessa, ryhmät jäsenille maksuttomia.",
                  "Medlemsavgift 20 euro per år, grupperna är gratis för medlemmar."),
    charge="Chargeable", classes=("P27.1", "P4.4"), targets=("KR1", "KR1.6", "KR1.4"),
    keywords={"fi": ("vammaisliikunta", "boccia", "allasjumppa", "esteetön liikunta"),
              "sv": ("handikappidrott", "boccia", "bassänggympa")},
    channels=("905:pool", "598:sports", "liikettakaikille:phone", "liikettakaikille:web"),
)

GUIDED_WALKS = Archetype(
    key="guided_walks", theme="nature", owner="rantakurvi",
    name=t("Opastetut luontoretket", "Guidade naturutflykter"),
    summary=t("Kokeneet oppaat vievät retkille Suupohjan rannikon soille, metsiin ja saaristoon. "
              "Retket sopivat myös aloittelijoille.",
              "Erfarna guider tar dig med på utflykter till myrar, skogar och skärgård i "
              "Sydösterbotten. Utflykterna passar också nybörjare."),
    description=t(
        "Retkiä järjestetään huhtikuusta lokakuuhun noin kahden viikon välein. Ohjelmassa on "
        "esimerkiksi lintuaamuja, sieniretkiä, kalliorantojen kasviretkiä ja iltaretkiä "
        "tähtitaivaan alle. Matkaa kertyy yleensä 3–8 kilometriä, ja tauolla keitetään "
        "nokipannukahvit.\n\nRetkille tarvitset säänmukaisen vaatetuksen ja omat eväät. "
        "Retkikalenteri julkaistaan yhdistyksen verkkosivuilla.",
        "Utflykter ordnas från april till oktober ungefär varannan vecka. Programmet bjuder till "
        "exempel på fågelmorgnar, svampexkursioner, växtutflykter på klippstränder och kvällsturer "
        "under stjärnhimlen. Sträckan är oftast 3–8 kilometer, och på pausen kokar vi kaffe på "
        "öppen eld.\n\nDu behöver kläder efter väder och egen matsäck. Programmet publiceras på "
        "föreningens webbplats."),
    charge_info=t("Retket ovat maksuttomia, osaan bussiretkistä on omavastuu.",
                  "Utflykterna är gratis, för vissa bussutflykter tas en självrisk ut."),
    classes=("P27.2", "P24.1"), targets=("KR1",),
    keywords={"fi": ("luontoretki", "opastettu retki", "linturetki", "sienet"),
              "sv": ("naturutflykt", "guidad tur", "fågelskådning")},
    area=("545", "287", "231", "280", "475"),
    channels=("545:outdoor", "287:outdoor", "rantakurvi:phone", "rantakurvi:web"),
)

YOUTH_NATURE = Archetype(
    key="youth_nature", theme="nature", owner="tuuliviiri",
    name=t("Luontoliikuntaryhmä nuorille", "Naturmotion för unga"),
    summary=t("Nuorten luontoliikuntaryhmässä melotaan, retkeillään ja yövytään laavulla. Ryhmä on "
              "13–17-vuotiaille.",
              "I gruppen för naturmotion paddlar vi, vandrar och övernattar i vindskydd. Gruppen är "
              "för 13–17-åringar."),
    description=t(
        "Ryhmä kokoontuu joka toinen viikko, ja kerran kuussa lähdetään pidemmälle retkelle. "
        "Opettelemme retkeilytaitoja, kuten suunnistusta, tulentekoa ja retkiruoan valmistusta. "
        "Kesällä melotaan Teerijärvellä ja saaristossa.\n\nVarusteita saa lainaksi yhdistykseltä, "
        "eikä aiempaa kokemusta tarvita. Ryhmässä pääsee tutustumaan uusiin kavereihin "
        "ja olemaan hetken ilman ruutua.",
        "Gruppen träffas varannan vecka, och en gång i månaden gör vi en längre utflykt. Vi övar "
        "friluftsfärdigheter som orientering, att göra upp eld och laga mat ute. På sommaren "
        "paddlar vi på Terjärv sjö och i skärgården.\n\nUtrustning kan lånas av föreningen, och du "
        "behöver ingen tidigare erfarenhet. I gruppen lär du känna nya kompisar och får vara en "
        "stund utan skärm."),
    charge_info=t("Kausimaksu 30 euroa. Maksua voi hakea alennettavaksi.",
                  "Terminsavgift 30 euro. Du kan ansöka om nedsatt avgift."),
    charge="Chargeable", classes=("P27.2", "P28.2"), targets=("KR1", "KR1.3"),
    keywords={"fi": ("luontoliikunta", "nuoret", "retkeily", "melonta"),
              "sv": ("naturmotion", "unga", "paddling")},
    area=("288", "440", "599", "598", "893"),
    channels=("288:outdoor", "tuuliviiri:office", "tuuliviiri:web"),
)

YOUTH_GARDEN = Archetype(
    key="youth_garden", theme="nature", owner="tuuliviiri",
    name=t("Nuorten viljelykerho", "Odlingsklubb för unga"),
    summary=t("Viljelykerhossa 8–17-vuotiaat kasvattavat omia vihanneksia ja yrttejä ja oppivat "
              "kestävää ruoantuotantoa.",
              "I odlingsklubben odlar 8–17-åringar egna grönsaker och örter och lär sig om hållbar "
              "matproduktion."),
    description=t(
        "Jokainen kerholainen saa oman palstan yhdistyksen kasvimaalta Luodosta. Keväällä "
        "kylvetään ja istutetaan, kesällä kastellaan ja kitketään, ja syksyllä sato korjataan "
        "ja siitä kokataan yhdessä.\n\nKerho on hyvä tapa oppia, mistä ruoka tulee. Parhaat "
        "kasvatit pääsevät mukaan alueelliseen satonäyttelyyn.",
        "Varje medlem får en egen odlingslott i föreningens trädgårdsland i Larsmo. På våren sår och "
        "planterar vi, på sommaren vattnar och rensar vi, och på hösten skördar vi och lagar mat "
        "tillsammans.\n\nKlubben är ett bra sätt att lära sig var maten kommer ifrån. De bästa "
        "odlingarna kommer med på den regionala skördeutställningen."),
    classes=("P24.2", "P28.2"), targets=("KR1", "KR1.2", "KR1.3"),
    keywords={"fi": ("viljely", "puutarha", "nuoret", "kerho"),
              "sv": ("odling", "trädgård", "unga", "klubb")},
    area=("440", "598", "599"),
    channels=("tuuliviiri:loc:garden", "tuuliviiri:web"),
)

ARCHETYPES: tuple[Archetype, ...] = (
    FRIEND_SERVICE, SENIOR_EXERCISE, MENTAL_PEER, MEMORY_CAFE, CAREGIVER_PEER, FAMILY_CAFE,
    KIDS_SPORTS, DISABILITY_SPORT, GUIDED_WALKS, YOUTH_NATURE, YOUTH_GARDEN,
)
