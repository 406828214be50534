"""Municipal service archetypes, part A: libraries, youth services, work and housing."""
from __future__ import annotations

from .model import Archetype, Slot
from .util import L


def t(fi: str, sv: str | None = None, en: str | None = None) -> L:
    """Texts by language, leaving out the missing ones."""
    return {k: v for k, v in (("fi", fi), ("sv", sv), ("en", en)) if v}


LIBRARY = Archetype(
    key="library", theme="culture", owner="municipal",
    name=t("Kirjastopalvelut", "Bibliotekstjänster", "Library services"),
    alt_name=t("Kirjasto", "Bibliotek"),
    summary=t("Kirjastosta lainaat maksutta kirjoja, äänikirjoja, lehtiä ja elokuvia. Voit myös lukea, "
              "opiskella ja käyttää tietokonetta.",
              "På biblioteket lånar du avgiftsfritt böcker, ljudböcker, tidningar och filmer. Du kan också "
              "läsa, studera och använda dator.",
              "Borrow books, audiobooks, magazines and films free of charge. You can also read, study and "
              "use a computer at the library."),
    description=t(
        "{Kunnan} kirjasto on kaikille avoin olohuone, jossa voit lainata, lukea, opiskella tai vain "
        "viettää aikaa. Kirjastokortilla lainaat maksutta kaikista alueen kirjastoista.\n\n"
        "Kirjastossa voit esimerkiksi\n* lainata kirjoja, äänikirjoja, lehtiä, elokuvia ja lautapelejä\n"
        "* käyttää asiakastietokoneita, tulostinta ja skanneria\n* varata tilan opiskeluun tai "
        "kokoontumiseen\n* pyytää henkilökunnalta apua tiedonhakuun ja laitteiden käyttöön\n\n"
        "Satutunneista, kirjailijavierailuista ja muista tapahtumista kerromme verkkosivuilla ja "
        "kirjaston ilmoitustaululla.",
        "Biblioteket i {ort} är ett öppet vardagsrum för alla. Här kan du låna, läsa, studera eller bara "
        "stanna en stund. Med lånekortet lånar du avgiftsfritt från alla bibliotek i regionen.\n\n"
        "På biblioteket kan du till exempel\n* låna böcker, ljudböcker, tidningar, filmer och "
        "sällskapsspel\n* använda kunddatorer, skrivare och skanner\n* boka ett rum för studier eller "
        "möten\n* be personalen om hjälp med informationssökning och apparater\n\n"
        "Om sagostunder, författarbesök och andra evenemang berättar vi på webbplatsen och på "
        "bibliotekets anslagstavla.",
        "The library in {town} is an open living room for everyone. You can borrow, read, study or just "
        "spend time here. With a library card you can borrow free of charge from all libraries in the "
        "region.\n\nAt the library you can\n* borrow books, audiobooks, magazines, films and board games\n"
        "* use the public computers, printer and scanner\n* book a room for studying or meetings\n"
        "* ask the staff for help with finding information and using devices"),
    instruction=t(
        "Kirjastokortin saat palvelutiskiltä, kun näytät kuvallisen henkilöllisyystodistuksen. Alle "
        "15-vuotias tarvitsee huoltajan suostumuksen. Varaukset ja uusimiset hoidat verkkokirjastossa.",
        "Lånekort får du vid kundtjänsten när du visar en giltig fotolegitimation. Barn under 15 år "
        "behöver vårdnadshavarens samtycke. Reservationer och förnyelser sköter du i webbiblioteket.",
        "You can get a library card at the service desk by showing photo ID. Children under 15 need "
        "the consent of a guardian. Reserve and renew loans in the online library."),
    charge_info=t(
        "Lainaaminen on maksutonta. Myöhässä palautetuista lainoista aikuisilta peritään "
        "myöhästymismaksu. Tulosteet ja kopiot ovat maksullisia.",
        "Det är gratis att låna. För lån som returneras för sent tar vi ut en förseningsavgift av "
        "vuxna. Utskrifter och kopior kostar."),
    classes=("P25.1",), targets=("KR1", "KR2", "KR2.7"),
    keywords={"fi": ("kirjasto", "lainaus", "äänikirjat", "lukeminen"),
              "sv": ("bibliotek", "lån", "ljudböcker")},
    where=("905", "598", "545", "499", "287", "399", "893", "946", "475", "288", "440", "599",
           "231", "280"),
    venue="library", channels=("libnet", "{m}:library_web"), en_in=("905",),
)

BOOK_CIRCLE = Archetype(
    key="book_circle", theme="culture", owner="municipal",
    name=t("Kirjaston lukupiiri", "Läscirkel på biblioteket", "Library book club"),
    summary=t("Lukupiirissä luetaan yhteinen kirja ja jutellaan siitä rennossa porukassa. Uudet lukijat "
              "ovat aina tervetulleita.",
              "I läscirkeln läser vi en gemensam bok och pratar om den i avslappnat sällskap. Nya läsare "
              "är alltid välkomna."),
    description=t(
        "Lukupiiri kokoontuu {paikassa} kuukauden ensimmäisenä {paiva_ess} {klo} syyskuusta "
        "toukokuuhun. Seuraavasta kirjasta päätetään yhdessä, ja kirjasto varaa sitä lainaan useamman "
        "kappaleen. Kirjan voi lukea myös äänikirjana tai selkokielisenä, jos sellainen on saatavilla.\n\n"
        "Sinun ei tarvitse olla kirjallisuuden asiantuntija. Riittää, että haluat kuulla muiden "
        "ajatuksia ja kertoa omasi. Keskustelua vetää kirjaston työntekijä, ja kahvi on keitetty.",
        "Läscirkeln träffas {i_plats} den första {dag_def} i månaden {kl} från september till maj. "
        "Nästa bok väljer vi tillsammans, och biblioteket reserverar flera exemplar att låna. Du kan "
        "också läsa boken som ljudbok eller på lättläst svenska om en sådan finns.\n\n"
        "Du behöver inte vara expert på litteratur. Det räcker att du vill höra vad andra tycker och "
        "berätta vad du själv tänker. En bibliotekarie leder samtalet och kaffet står framme."),
    instruction=t("Tule mukaan suoraan tai kysy lisää kirjaston palvelutiskiltä. Ilmoittautumista ei "
                  "tarvita.",
                  "Kom direkt eller fråga mer vid bibliotekets kundtjänst. Ingen anmälan behövs."),
    classes=("P25.1", "P25.7"), targets=("KR1", "KR1.1"),
    keywords={"fi": ("lukupiiri", "kirjallisuus", "lukeminen"), "sv": ("läscirkel", "litteratur")},
    where=("905", "598", "545", "499", "287", "399", "893"),
    venue="library", slots=(Slot("Tuesday", "17:00", "18:30"), Slot("Thursday", "17:30", "19:00"),
                            Slot("Wednesday", "13:00", "14:30")),
)

DIGI_HELP = Archetype(
    key="digi_help", theme="community", owner="municipal",
    name=t("Digituki ikäihmisille", "Digistöd för seniorer"),
    summary=t("Saat kirjastossa henkilökohtaista apua puhelimen, tabletin ja tietokoneen käyttöön sekä "
              "verkkoasiointiin.",
              "På biblioteket får du personlig hjälp med telefon, surfplatta och dator och med att "
              "uträtta ärenden på nätet."),
    description=t(
        "Digituessa opastamme sinua omalla laitteellasi rauhalliseen tahtiin. Voit tulla kysymään "
        "esimerkiksi\n* miten pankkitunnuksilla kirjaudutaan asiointipalveluihin\n* miten "
        "videopuhelu soitetaan lapsenlapsille\n* miten laitteen asetuksia muutetaan, jotta teksti "
        "näkyy isompana\n* miten tunnistat huijausviestin\n\n"
        "Opastajina toimivat kirjaston työntekijät ja koulutetut vapaaehtoiset. Emme hoida asioitasi "
        "puolestasi emmekä kysy salasanojasi, mutta autamme sinua tekemään asiat itse.",
        "I digistödet handleder vi dig i lugn takt med din egen apparat. Du kan till exempel fråga\n"
        "* hur du loggar in i e-tjänster med bankkoder\n* hur du ringer ett videosamtal till "
        "barnbarnen\n* hur du ändrar inställningarna så att texten blir större\n* hur du känner igen ett "
        "bedrägeriförsök\n\nHandledarna är bibliotekets personal och utbildade frivilliga. Vi sköter "
        "inte dina ärenden åt dig och frågar aldrig efter dina lösenord, men vi hjälper dig att klara "
        "dem själv."),
    instruction=t("Digituki {paikassa} {paiva} {klo}. Ota oma laite mukaan ja muista laturi.",
                  "Digistöd {i_plats} {dag} {kl}. Ta med din egen apparat och laddare."),
    classes=("P9.4", "P4.2"), targets=("KR1", "KR1.1"), events=("KE10",),
    keywords={"fi": ("digituki", "tietokone", "älypuhelin", "verkkoasiointi"),
              "sv": ("digistöd", "dator", "smarttelefon")},
    where=("905", "598", "499", "946", "475"), venue="library",
    slots=(Slot("Wednesday", "10:00", "12:00"), Slot("Monday", "13:00", "15:00"),
           Slot("Friday", "10:00", "12:00")),
)

GEAR_LENDING = Archetype(
    key="gear_lending", theme="nature", owner="municipal",
    name=t("Retkeily- ja liikuntavälineiden lainaus", "Lån av frilufts- och motionsutrustning"),
    summary=t("Kirjastosta voit lainata kirjastokortilla lumikenkiä, sauvoja, retkikeittimen ja muita "
              "retkeily- ja liikuntavälineitä.",
              "Med lånekortet kan du låna snöskor, stavar, stormkök och annan frilufts- och "
              "motionsutrustning på biblioteket."),
    description=t(
        "Lähde luontoon, vaikka omia varusteita ei olisi. {Kunnan} kirjastosta lainaat maksutta "
        "esimerkiksi\n* lumikenkiä ja liukulumikenkiä\n* sauvakävelysauvoja\n* retkikeittimen ja "
        "istuinalustoja\n* frisbeegolfkiekkoja ja mölkyn\n* sykemittarin ja askelmittarin\n\n"
        "Laina-aika on yksi viikko. Varusteet kannattaa varata ennakkoon, sillä viikonloppuisin ne "
        "ovat suosittuja. Välineet on hankittu yhdessä liikuntapalvelujen kanssa.",
        "Ge dig ut i naturen även om du saknar egen utrustning. På biblioteket i {ort} lånar du "
        "avgiftsfritt till exempel\n* snöskor och korta skogsskidor\n* stavgångsstavar\n* stormkök "
        "och sittunderlag\n* discgolfdiscar och mölkky\n* pulsmätare och stegräknare\n\nLånetiden är "
        "en vecka. Reservera gärna i förväg, för till veckosluten går utrustningen åt snabbt. "
        "Utrustningen har köpts in tillsammans med idrottstjänsterna."),
    instruction=t("Varaa välineet verkkokirjastossa tai kysy palvelutiskiltä.",
                  "Reservera i webbiblioteket eller fråga vid kundtjänsten."),
    classes=("P27.2", "P25.1"), targets=("KR1", "KR1.2"),
    keywords={"fi": ("lumikengät", "retkeily", "välinelainaamo", "ulkoilu"),
              "sv": ("snöskor", "friluftsliv", "utrustningslån")},
    where=("905", "598", "545", "440"), venue="library", channels=("libnet",),
)

YOUTH_OPEN = Archetype(
    key="youth_open", theme="community", owner="municipal",
    name=t("Nuorisotilan avoin toiminta", "Öppen verksamhet på ungdomsgården", "Youth centre open hours"),
    summary=t("Nuorisotila on 13–17-vuotiaiden maksuton kohtaamispaikka, jossa voi pelata, harrastaa ja "
              "jutella nuoriso-ohjaajien kanssa.",
              "Ungdomsgården är en avgiftsfri mötesplats för 13–17-åringar där du kan spela, hitta på "
              "saker och prata med ungdomsledarna."),
    description=t(
        "{Paikka} on avoinna yläkouluikäisille ja toisen asteen opiskelijoille. Tilassa on biljardi, "
        "pelikonsolit, bändikämppä ja keittiö. Voit tulla yksin tai kavereiden kanssa – porukkaan "
        "pääsee helposti mukaan.\n\nNuoriso-ohjaajilta voi kysyä neuvoa isoihin ja pieniin asioihin, "
        "kuten kouluun, kavereihin, kesätöihin tai jaksamiseen. Nuorten kanssa suunnitellaan myös "
        "retkiä, tapahtumia ja kokkailuiltoja.\n\nNuorisotila on päihteetön. Kiusaamiseen ja "
        "syrjintään puututaan aina.",
        "{Plats} är öppen för högstadieelever och studerande på andra stadiet. Där finns biljard, "
        "spelkonsoler, bandrum och kök. Du kan komma ensam eller med kompisar – det är lätt att "
        "komma med i gänget.\n\nDu kan fråga ungdomsledarna om råd i stora och små saker, till exempel "
        "skolan, kompisar, sommarjobb eller ork. Tillsammans med de unga planerar vi också utflykter, "
        "evenemang och matlagningskvällar.\n\nUngdomsgården är drogfri. Vi ingriper alltid mot "
        "mobbning och diskriminering.",
        "The youth centre is open to secondary school pupils and students aged 13–17. There is a "
        "pool table, game consoles, a band room and a kitchen. You can come alone or with friends.\n\n"
        "You can talk with the youth workers about school, friends, summer jobs or anything on your "
        "mind. The youth centre is free of alcohol and drugs."),
    instruction=t("Tule paikalle aukioloaikana, ilmoittautumista ei tarvita.",
                  "Kom när det är öppet, ingen anmälan behövs.",
                  "Just drop in during opening hours, no registration needed."),
    classes=("P28.1", "P28.2"), targets=("KR1", "KR1.3"),
    keywords={"fi": ("nuorisotalo", "nuokkari", "nuoret", "vapaa-aika"),
              "sv": ("ungdomsgård", "unga", "fritid")},
    where=("905", "598", "545", "499", "287", "399", "893", "946", "475", "288", "440", "599"),
    venue="youth", channels=("{m}:youth_phone",), en_in=("905",),
    producers=(("tuuliviiri", "ProcuredServices"),), producers_in=("288",),
)

OUTREACH = Archetype(
    key="outreach", theme="community", owner="municipal",
    name=t("Etsivä nuorisotyö", "Uppsökande ungdomsarbete", "Outreach youth work"),
    summary=t("Etsivä nuorisotyöntekijä auttaa alle 29-vuotiasta, joka on jäänyt ilman opiskelu- tai "
              "työpaikkaa tai tarvitsee tukea arkeen.",
              "Den uppsökande ungdomsarbetaren hjälper dig under 29 år som står utan studie- eller "
              "arbetsplats eller behöver stöd i vardagen.",
              "Outreach youth workers help young people under 29 who are not in education or work or "
              "need support in everyday life."),
    description=t(
        "Etsivä nuorisotyö on vapaaehtoista, maksutonta ja luottamuksellista. Työntekijä kulkee "
        "rinnallasi niin kauan kuin tarvitset ja auttaa esimerkiksi\n* opiskelupaikan tai työn "
        "etsimisessä\n* Kela-asioissa ja muissa hakemuksissa\n* asumiseen ja raha-asioihin "
        "liittyvissä kysymyksissä\n* pääsemään palveluihin, joita et ole osannut hakea\n\n"
        "Voit ottaa yhteyttä itse, tai yhteydenotto voi tulla koulusta, vanhemmilta tai muulta "
        "viranomaiselta. Tapaaminen sovitaan sinulle sopivaan paikkaan – vaikka kahvilaan tai "
        "kävelylle.",
        "Det uppsökande ungdomsarbetet är frivilligt, avgiftsfritt och konfidentiellt. Ungdomsarbetaren "
        "går vid din sida så länge du behöver och hjälper dig till exempel\n* att hitta en studieplats "
        "eller ett jobb\n* med FPA-ärenden och andra ansökningar\n* med frågor om boende och pengar\n"
        "* att komma till tjänster som du inte vetat hur du ska söka\n\nDu kan ta kontakt själv, eller "
        "så kan skolan, dina föräldrar eller en myndighet kontakta oss. Vi träffas där det passar dig "
        "– på ett kafé eller under en promenad.",
        "Outreach youth work is voluntary, free of charge and confidential. The youth worker supports "
        "you for as long as you need, for example with finding a study place or a job, benefit "
        "applications and questions about housing and money. You can contact us yourself, and we "
        "can meet wherever suits you."),
    instruction=t("Soita tai laita viesti etsivälle nuorisotyöntekijälle. Viestiin vastataan saman "
                  "päivän aikana arkisin.",
                  "Ring eller skicka ett meddelande till ungdomsarbetaren. Vi svarar samma dag på "
                  "vardagar.",
                  "Call or text an outreach youth worker. We reply on the same day on weekdays."),
    classes=("P28.4", "P28.5"), targets=("KR1", "KR1.3"), events=("KE8",),
    terms=("koko:p62202",), keywords={"fi": ("etsivä nuorisotyö", "nuoret", "tuki"),
                                      "sv": ("uppsökande ungdomsarbete", "unga")},
    where=("905", "598", "545", "499", "287", "893", "399", "946"),
    venue="youth", channels=("{m}:youth_phone", "{m}:outreach_sms?"), en_in=("905", "598"),
)

WORKSHOP = Archetype(
    key="workshop", theme="livelihood", owner="municipal",
    name=t("Nuorten työpaja", "Ungdomsverkstad"),
    summary=t("Työpajassa alle 29-vuotias pääsee tekemään oikeita töitä ohjaajan tuella ja miettimään "
              "opiskelu- ja työpolkuaan.",
              "På verkstaden får du under 29 år göra riktiga arbetsuppgifter med stöd av en handledare "
              "och fundera på din väg till studier och arbete."),
    description=t(
        "{Paikka} tarjoaa valmennusta nuorille, jotka etsivät omaa suuntaansa. Pajalla työskennellään "
        "ryhmässä puu- ja metallitöiden, kahvila- ja keittiötöiden sekä median parissa. Samalla "
        "harjoitellaan arjen taitoja ja työelämän pelisääntöjä.\n\nValmentaja tekee kanssasi "
        "suunnitelman, jossa sovitaan tavoitteista ja jakson pituudesta. Tavoitteena voi olla "
        "esimerkiksi opiskelupaikan löytäminen, työkokeilu tai oman jaksamisen vahvistaminen.\n\n"
        "Pajalla saat lounaan. Jakson ajalta voit saada työttömyysetuutta ja kulukorvausta tai "
        "Kelan kuntoutusrahaa.",
        "{Plats} erbjuder coachning för unga som söker sin egen riktning. Vi arbetar i grupp med trä- "
        "och metallarbeten, kafé- och köksarbeten och media. Samtidigt övar vi vardagsfärdigheter och "
        "arbetslivets spelregler.\n\nCoachen gör upp en plan tillsammans med dig om mål och "
        "periodens längd. Målet kan till exempel vara en studieplats, en arbetsprövning eller att orka "
        "bättre.\n\nVi bjuder på lunch. Under perioden kan du få arbetslöshetsförmån och "
        "kostnadsersättning eller rehabiliteringspenning från FPA."),
    instruction=t("Ota yhteyttä pajan valmentajaan tai pyydä etsivää nuorisotyöntekijää, opinto-ohjaajaa "
                  "tai työllisyyspalveluja ohjaamaan sinut pajalle.",
                  "Kontakta verkstadens coach eller be den uppsökande ungdomsarbetaren, studiehandledaren "
                  "eller sysselsättningstjänsterna att hänvisa dig till verkstaden."),
    classes=("P28.3", "P10.7"), targets=("KR1", "KR1.3"), events=("KE8",),
    keywords={"fi": ("työpaja", "valmennus", "työkokeilu"), "sv": ("verkstad", "coachning")},
    where=("905", "598", "545", "499"), venue="workshop",
)

SUMMER_JOB = Archetype(
    key="summer_job", theme="livelihood", owner="municipal",
    name=t("Kesätyöseteli nuorille", "Sommarjobbscheck för unga"),
    summary=t("Kesätyösetelillä {kunnassa} asuva 15–17-vuotias nuori saa kesätyöpaikan helpommin, kun "
              "kunta tukee työnantajaa.",
              "Med sommarjobbschecken får unga i åldern 15–17 i {ort} lättare ett sommarjobb, eftersom "
              "kommunen stöder arbetsgivaren."),
    description=t(
        "{Kunta} myöntää kesätyösetelin nuorille, jotka asuvat kunnassa ja täyttävät kuluvana vuonna "
        "15–17 vuotta. Setelin arvo on {hinta}, ja sen voi käyttää yritykselle, yhdistykselle tai "
        "seurakunnalle, joka palkkaa nuoren vähintään kahden viikon työsuhteeseen.\n\n"
        "Etsi ensin työpaikka itse – voit kysyä töitä tutuista yrityksistä tai katsoa ilmoituksia "
        "verkosta. Kun työnantaja löytyy, se hakee setelin korvauksen työsuhteen päätyttyä.\n\n"
        "Setelejä jaetaan toukokuun loppuun asti tai niin kauan kuin määräraha riittää.",
        "{Ort} beviljar sommarjobbscheck till unga som bor i kommunen och fyller 15–17 år i år. "
        "Checkens värde är {pris}, och den kan användas av ett företag, en förening eller en "
        "församling som anställer den unga i minst två veckor.\n\nSök först själv ett jobb – fråga "
        "bekanta företag eller titta på annonser på nätet. När du hittat en arbetsgivare ansöker den om "
        "ersättningen efter att anställningen har upphört.\n\nCheckarna delas ut till slutet av maj "
        "eller så länge anslaget räcker."),
    instruction=t("Hae kesätyöseteliä lomakkeella. Liitä mukaan huoltajan allekirjoitus, jos olet alle "
                  "18-vuotias.",
                  "Ansök om checken med blanketten. Bifoga vårdnadshavarens underskrift om du är under "
                  "18 år."),
    requirements=t("Nuori asuu {kunnassa} ja täyttää hakuvuonna 15–17 vuotta.",
                   "Den unga bor i {ort} och fyller 15–17 år under ansökningsåret."),
    classes=("P10.1", "P28.5"), targets=("KR1", "KR1.3", "KR2", "KR2.6", "KR2.7"),
    terms=("koko:p68836",), keywords={"fi": ("kesätyö", "kesätyöseteli", "nuoret"),
                                      "sv": ("sommarjobb", "sommarjobbscheck")},
    where=("905", "598", "499", "399", "599", "288"),
    channels=("{m}:summerjob_form", "{m}:leisure_web"),
    prices=(("300 euroa", "300 euro", "EUR 300"), ("250 euroa", "250 euro", "EUR 250"),
            ("400 euroa", "400 euro", "EUR 400")),
)

OHJAAMO = Archetype(
    key="ohjaamo", theme="livelihood", owner="municipal",
    name=t("Ohjaamo – nuorten neuvontapiste", "Navigatorn – rådgivning för unga",
           "Ohjaamo – One-Stop Guidance Centre for young people"),
    summary=t("Ohjaamosta alle 30-vuotias saa maksutta apua opiskeluun, työnhakuun, asumiseen ja "
              "raha-asioihin yhdestä paikasta.",
              "På Navigatorn får du under 30 år avgiftsfri hjälp med studier, jobbsökning, boende och "
              "ekonomi på ett och samma ställe.",
              "Young people under 30 get free help with studies, job seeking, housing and money matters "
              "in one place."),
    description=t(
        "Ohjaamossa työskentelee nuorten ohjaajia, uraohjaaja, sosiaaliohjaaja ja Kelan "
        "asiantuntija. Voit tulla ilman ajanvarausta, ja asiasi hoidetaan mahdollisimman pitkälle "
        "saman käynnin aikana.\n\nVoit tulla kysymään esimerkiksi\n* miten haet opiskelemaan tai "
        "vaihdat alaa\n* miten teet CV:n ja työhakemuksen\n* miten haet ensimmäistä omaa asuntoa\n"
        "* mitä tukia voit saada\n\nOhjaamossa on myös oleskelutila, jossa voit käyttää tietokonetta "
        "ja tavata muita nuoria.",
        "På Navigatorn arbetar ungdomshandledare, en karriärvägledare, en socialhandledare och en "
        "expert från FPA. Du kan komma utan tidsbokning, och vi försöker lösa ditt ärende under samma "
        "besök.\n\nDu kan till exempel fråga\n* hur du söker till studier eller byter bransch\n* hur du "
        "skriver cv och arbetsansökan\n* hur du söker din första egna bostad\n* vilka stöd du kan få\n\n"
        "På Navigatorn finns också ett vardagsrum där du kan använda dator och träffa andra unga.",
        "Ohjaamo has youth advisers, a career counsellor, a social counsellor and an expert from Kela. "
        "You can come without an appointment.\n\nYou can ask, for example\n* how to apply for studies\n"
        "* how to write a CV and a job application\n* how to find your first home\n"
        "* what benefits you can get"),
    instruction=t("Tule käymään aukioloaikoina tai varaa aika puhelimitse.",
                  "Kom in under öppettiderna eller boka tid per telefon.",
                  "Drop in during opening hours or book an appointment by phone."),
    classes=("P28.5", "P6.4", "P10.2"), targets=("KR1", "KR1.3"), events=("KE8", "KE4.1"),
    terms=("koko:p5541",), langs=("en",),
    keywords={"fi": ("ohjaamo", "uraohjaus", "nuoret", "työnhaku"),
              "sv": ("navigatorn", "karriärvägledning", "unga")},
    where=("905", "598"), venue="ohjaamo", en_in=("905", "598"),
)

HOUSING_ADVICE = Archetype(
    key="housing_advice", theme="livelihood", owner="municipal",
    name=t("Asumisneuvonta", "Boenderådgivning", "Housing advice"),
    summary=t("Asumisneuvoja auttaa, jos vuokranmaksu on vaikeaa, asunto on menossa alta tai naapurien "
              "kanssa on ongelmia.",
              "Boenderådgivaren hjälper om du har svårt att betala hyran, riskerar att bli vräkt eller "
              "har problem med grannar.",
              "The housing adviser helps if you have trouble paying rent, risk eviction or have problems "
              "with neighbours."),
    description=t(
        "Asumisneuvonta on tarkoitettu kaikille {kunnassa} asuville vuokra-, omistus- ja "
        "asumisoikeusasunnon asukkaille. Neuvoja auttaa ratkaisemaan asumisen ongelmia ennen kuin ne "
        "kasvavat suuriksi.\n\nVoit kääntyä asumisneuvojan puoleen esimerkiksi, kun\n* vuokria on "
        "rästissä tai olet saanut häätöuhan\n* tarvitset apua asumistuen tai toimeentulotuen "
        "hakemiseen\n* etsit edullisempaa asuntoa\n* asumiseen liittyy riitoja tai häiriöitä\n\n"
        "Neuvonta on maksutonta ja luottamuksellista.",
        "Boenderådgivningen är till för alla som bor i {ort}, oavsett om du bor i hyres-, ägar- eller "
        "bostadsrättsbostad. Rådgivaren hjälper dig att lösa problem med boendet innan de växer sig "
        "stora.\n\nDu kan vända dig till boenderådgivaren till exempel när\n* du har obetalda hyror "
        "eller hotas av vräkning\n* du behöver hjälp att söka bostadsbidrag eller utkomststöd\n* du "
        "söker en billigare bostad\n* det finns konflikter eller störningar i boendet\n\n"
        "Rådgivningen är avgiftsfri och konfidentiell.",
        "Housing advice is for everyone living in {town}, whether you rent or own your home. The "
        "adviser helps you solve housing problems before they grow. The service is free and "
        "confidential."),
    instruction=t("Varaa aika soittamalla. Ota mukaan vuokrasopimus ja mahdolliset laskut tai kirjeet.",
                  "Boka tid per telefon. Ta med hyresavtalet och eventuella räkningar eller brev.",
                  "Book an appointment by phone. Bring your tenancy agreement and any bills or letters."),
    classes=("P1.1", "P1.4", "P4.13"), targets=("KR1",), events=("KE9", "KE4.1"),
    keywords={"fi": ("asumisneuvonta", "vuokrarästit", "häätö"), "sv": ("boenderådgivning", "vräkning")},
    where=("905", "598"), venue="office", channels=("{m}:housing_phone",), en_in=("905",),
    langs=("en",),
)

JOB_CLUB = Archetype(
    key="job_club", theme="livelihood", owner="905",
    name=t("Työnhakijoiden työnhakuklubi", "Jobbklubb för arbetssökande"),
    summary=t("Työnhakuklubissa päivität CV:si, harjoittelet haastattelua ja haet töitä yhdessä muiden "
              "kanssa valmentajan tuella.",
              "I jobbklubben uppdaterar du ditt cv, övar inför intervjuer och söker jobb tillsammans med "
              "andra med stöd av en coach."),
    description=t(
        "Pohjanmaan työllisyysalueen työnhakuklubi on kolmen viikon ryhmävalmennus työttömille ja "
        "työttömyysuhan alla oleville. Ryhmä kokoontuu Vaasan asiointipisteessä kolmena päivänä "
        "viikossa.\n\nKlubissa\n* kirjoitat CV:n ja hakemuksen, jotka erottuvat\n* opit etsimään "
        "piilotyöpaikkoja ja käyttämään verkostojasi\n* harjoittelet työhaastattelua ja videohakemusta\n"
        "* saat vertaistukea muilta työnhakijoilta\n\nUusi ryhmä alkaa noin kerran kuukaudessa.",
        "Jobbklubben inom Österbottens sysselsättningsområde är en tre veckor lång gruppcoachning för "
        "arbetslösa och för dig som riskerar att bli arbetslös. Gruppen träffas på Vasa servicepunkt "
        "tre dagar i veckan.\n\nI klubben\n* skriver du ett cv och en ansökan som sticker ut\n* lär du "
        "dig hitta dolda jobb och använda ditt nätverk\n* övar du inför intervjuer och videoansökningar\n"
        "* får du kamratstöd av andra arbetssökande\n\nEn ny grupp startar ungefär en gång i månaden."),
    instruction=t("Ilmoittaudu omalle työllisyysasiantuntijallesi tai soita työllisyyspalvelujen "
                  "neuvontaan.",
                  "Anmäl dig till din sysselsättningsexpert eller ring sysselsättningstjänsternas "
                  "rådgivning."),
    classes=("P10.1", "P10.8"), targets=("KR1",), events=("KE8",),
    keywords={"fi": ("työnhaku", "työttömyys", "CV", "työllisyyspalvelut"),
              "sv": ("jobbsökning", "arbetslöshet", "cv")},
    area=("905", "499", "475", "399", "946", "280"),
    channels=("905:office", "905:employment_phone"),
)

ARCHETYPES: tuple[Archetype, ...] = (
    LIBRARY, BOOK_CIRCLE, DIGI_HELP, GEAR_LENDING, YOUTH_OPEN, OUTREACH, WORKSHOP, SUMMER_JOB,
    OHJAAMO, HOUSING_ADVICE, JOB_CLUB,
)
