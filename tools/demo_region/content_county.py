"""Service archetypes of the wellbeing services county (one service each, county-wide)."""
from __future__ import annotations

from .content_municipal_a import t
from .model import Archetype

SOCIAL_GUIDANCE = Archetype(
    key="social_guidance", theme="guidance", owner="county",
    name=t("Sosiaaliohjaus ja palveluneuvonta", "Socialhandledning och servicerådgivning",
           "Social guidance and service advice"),
    summary=t("Sosiaaliohjaaja auttaa, kun arjessa, raha-asioissa, asumisessa tai elämäntilanteessa on "
              "huolia. Voit ottaa yhteyttä itse.",
              "Socialhandledaren hjälper när du har bekymmer med vardagen, ekonomin, boendet eller din "
              "livssituation. Du kan ta kontakt själv.",
              "A social counsellor helps when you are worried about everyday life, money, housing or "
              "your life situation."),
    description=t(
        "Sosiaaliohjaus on aikuisille tarkoitettua neuvontaa ja tukea. Selvitämme kanssasi, mikä "
        "tilanteessasi auttaisi, ja ohjaamme tarvittaessa oikeaan palveluun.\n\n"
        "Voit ottaa yhteyttä esimerkiksi, kun\n* rahat eivät riitä välttämättömiin menoihin\n"
        "* olet jäänyt työttömäksi tai sairastunut\n* asuminen on uhattuna\n* et tiedä, mistä hakea "
        "apua\n\nSosiaaliohjaajia tapaat hyvinvointipisteissä ilman ajanvarausta. Voit myös soittaa "
        "neuvontaan tai varata ajan sähköisesti.",
        "Socialhandledningen ger råd och stöd till vuxna. Vi reder tillsammans ut vad som kunde hjälpa "
        "i din situation och hänvisar dig vid behov till rätt tjänst.\n\nDu kan ta kontakt till "
        "exempel när\n* pengarna inte räcker till nödvändiga utgifter\n* du har blivit arbetslös eller "
        "sjuk\n* ditt boende är hotat\n* du inte vet var du ska söka hjälp\n\nSocialhandledarna träffar "
        "du på välfärdspunkterna utan tidsbokning. Du kan också ringa rådgivningen eller boka tid "
        "elektroniskt.",
        "Social guidance offers advice and support to adults. We work out together what would help in "
        "your situation and refer you to the right service.\n\nYou can contact us, for example, when\n"
        "* your money is not enough for essential expenses\n* you have lost your job or fallen ill\n"
        "* your housing is at risk\n* you do not know where to look for help"),
    classes=("P4.13", "P4.10"), targets=("KR1",), events=("KE8", "KE9", "KE7"),
    keywords={"fi": ("sosiaaliohjaus", "sosiaalityö", "toimeentulo", "neuvonta"),
              "sv": ("socialhandledning", "socialarbete", "rådgivning")},
    channels=("c:point:905", "c:point:598", "c:point:545", "c:phone:social", "c:e:asiointi",
              "c:web:social"),
    langs=("en",),
)

FAMILY_COUNSELLING = Archetype(
    key="family_counselling", theme="guidance", owner="county",
    name=t("Perheneuvola", "Familjerådgivningen", "Family counselling clinic"),
    summary=t("Perheneuvola tukee lapsiperheitä kasvatukseen, lapsen kehitykseen, parisuhteeseen ja "
              "eroon liittyvissä kysymyksissä.",
              "Familjerådgivningen stöder barnfamiljer i frågor om fostran, barnets utveckling, "
              "parförhållandet och skilsmässa.",
              "The family counselling clinic supports families with children in questions about "
              "parenting, child development, relationships and separation."),
    description=t(
        "Perheneuvolassa työskentelee psykologeja, sosiaalityöntekijöitä ja perheterapeutteja. "
        "Palvelu on maksutonta ja luottamuksellista, eikä siihen tarvita lähetettä.\n\n"
        "Voit hakeutua perheneuvolaan esimerkiksi, jos\n* lapsen käytös, tunteet tai oppiminen "
        "huolestuttavat\n* perheessä on paljon riitoja\n* mietitte eroa tai olette eronneet\n"
        "* perhe on kokenut menetyksen\n\nTapaamisia järjestetään perheneuvolan tiloissa, "
        "etäyhteydellä ja tarvittaessa kotona.",
        "På familjerådgivningen arbetar psykologer, socialarbetare och familjeterapeuter. Servicen är "
        "avgiftsfri och konfidentiell, och du behöver ingen remiss.\n\nDu kan söka dig till "
        "familjerådgivningen till exempel om\n* barnets beteende, känslor eller inlärning oroar dig\n"
        "* det finns mycket konflikter i familjen\n* ni funderar på skilsmässa eller har skilt er\n"
        "* familjen har drabbats av en förlust\n\nVi träffas på familjerådgivningen, på distans och "
        "vid behov hemma.",
        "The clinic has psychologists, social workers and family therapists. The service is free and "
        "confidential, and no referral is needed. We meet at the clinic, remotely or at home."),
    instruction=t("Varaa aika soittamalla perheneuvolan ajanvaraukseen arkisin klo 9–11.",
                  "Boka tid genom att ringa familjerådgivningens tidsbokning vardagar kl. 9–11."),
    classes=("P3.7", "P3.5"), targets=("KR1", "KR1.2"), events=("KE7",),
    keywords={"fi": ("perheneuvola", "kasvatus", "ero", "lapsiperheet"),
              "sv": ("familjerådgivning", "fostran", "skilsmässa")},
    channels=("c:famcounsel:905", "c:famcounsel:598", "c:phone:family", "c:e:asiointi",
              "c:web:family"),
)

FAMILY_COACHING = Archetype(
    key="family_coaching", theme="guidance", owner="county",
    name=t("Perhevalmennus", "Familjeförberedelse"),
    summary=t("Perhevalmennus valmistaa esikoistaan odottavia vanhempia synnytykseen, vauva-arkeen ja "
              "vanhemmuuteen.",
              "Familjeförberedelsen förbereder föräldrar som väntar sitt första barn på förlossningen, "
              "vardagen med baby och föräldraskapet."),
    description=t(
        "Perhevalmennus on neljän tapaamisen ryhmä, joka alkaa raskauden puolivälin jälkeen. "
        "Valmennusta vetävät neuvolan terveydenhoitaja, kätilö ja perhetyöntekijä.\n\n"
        "Tapaamisissa puhutaan muun muassa\n* synnytyksestä ja sairaalaan lähtemisestä\n"
        "* imetyksestä, vauvan unesta ja hoidosta\n* parisuhteesta ja jaksamisesta\n"
        "* perhevapaista ja Kelan etuuksista\n\nRyhmässä tutustut muihin saman elämänvaiheen "
        "perheisiin. Valmennukseen ovat tervetulleita molemmat vanhemmat.",
        "Familjeförberedelsen är en grupp med fyra träffar som börjar efter mitten av graviditeten. "
        "Rådgivningens hälsovårdare, en barnmorska och en familjearbetare leder träffarna.\n\n"
        "Vi pratar bland annat om\n* förlossningen och när man ska åka till sjukhuset\n* amning, "
        "babyns sömn och skötsel\n* parrelationen och orken\n* familjeledigheter och FPA:s "
        "förmåner\n\nI gruppen lär du känna andra familjer i samma skede. Båda föräldrarna är "
        "välkomna."),
    instruction=t("Oma neuvola kertoo valmennuksen ajat ja ilmoittaa sinut ryhmään.",
                  "Din egen rådgivning berättar tiderna och anmäler dig till gruppen."),
    classes=("P5.2", "P3.2"), targets=("KR1", "KR1.2"), events=("KE1",),
    keywords={"fi": ("perhevalmennus", "neuvola", "synnytys", "vauva"),
              "sv": ("familjeförberedelse", "rådgivning", "förlossning")},
    channels=("c:station:*", "c:web:family"),
)

SENIOR_ADVICE = Archetype(
    key="senior_advice", theme="guidance", owner="county",
    name=t("Seniorineuvonta", "Seniorrådgivning"),
    summary=t("Seniorineuvonnasta ikäihmiset ja heidän läheisensä saavat tietoa palveluista, tuista ja "
              "arjen apukeinoista.",
              "På seniorrådgivningen får äldre och deras anhöriga information om service, stöd och hjälp "
              "i vardagen."),
    description=t(
        "Seniorineuvonnan ohjaajat auttavat, kun kotona pärjääminen alkaa mietityttää tai elämässä "
        "tapahtuu muutos, kuten eläkkeelle jääminen tai puolison sairastuminen.\n\n"
        "Voit kysyä esimerkiksi\n* kotiin saatavista tukipalveluista, kuten ateria- ja "
        "kauppapalvelusta\n* turvapuhelimesta ja apuvälineistä\n* eläkkeensaajan asumistuesta ja "
        "hoitotuesta\n* harrastuksista ja vertaistoiminnasta\n\nNeuvonta on maksutonta. Voit tulla "
        "hyvinvointipisteeseen ilman ajanvarausta tai soittaa. Myös läheinen voi ottaa yhteyttä.",
        "Handledarna på seniorrådgivningen hjälper när det känns osäkert att klara sig hemma eller när "
        "livet förändras, till exempel när du går i pension eller din partner blir sjuk.\n\n"
        "Du kan fråga till exempel om\n* stödtjänster i hemmet, som mat- och butiksservice\n"
        "* trygghetstelefon och hjälpmedel\n* bostadsbidrag och vårdbidrag för pensionstagare\n"
        "* hobbyer och kamratverksamhet\n\nRådgivningen är avgiftsfri. Du kan komma till "
        "välfärdspunkten utan tidsbokning eller ringa. Också en anhörig kan ta kontakt."),
    classes=("P4.2", "P4.13"), targets=("KR1", "KR1.1"), events=("KE10", "KE13"),
    keywords={"fi": ("seniorineuvonta", "ikäihmiset", "kotona asuminen", "eläkeläiset"),
              "sv": ("seniorrådgivning", "äldre", "pensionärer")},
    channels=("c:point:905", "c:point:598", "c:point:545", "c:phone:senior", "c:web:senior"),
)

EXERCISE_COUNSELLING = Archetype(
    key="exercise_counselling", theme="activity", owner="county",
    name=t("Liikuntaneuvonta", "Motionsrådgivning", "Physical activity counselling"),
    summary=t("Liikuntaneuvoja auttaa löytämään sinulle sopivan tavan liikkua, kun haluat aloittaa "
              "liikunnan tai lisätä sitä terveyssyistä.",
              "Motionsrådgivaren hjälper dig att hitta ett sätt att röra på dig som passar dig, när du "
              "vill börja motionera eller öka motionen av hälsoskäl.",
              "A physical activity counsellor helps you find a suitable way to exercise when you want "
              "to start or increase exercise for health reasons."),
    description=t(
        "Liikuntaneuvonta on tarkoitettu aikuisille, jotka liikkuvat terveytensä kannalta liian "
        "vähän. Neuvonta sopii hyvin esimerkiksi, jos sinulla on kohonnut verenpaine, diabetes, "
        "ylipainoa tai tuki- ja liikuntaelinten vaivoja.\n\nEnsimmäisellä tapaamisella käydään läpi "
        "liikkumistasi ja tavoitteitasi. Yhdessä laaditaan liikuntasuunnitelma ja etsitään "
        "sopivat liikuntaryhmät ja -paikat läheltä kotiasi. Seurantatapaamisia on puolen vuoden "
        "aikana 3–5.\n\nLiikuntaneuvontaa tehdään yhteistyössä kuntien liikuntapalvelujen kanssa.",
        "Motionsrådgivningen är till för vuxna som rör sig för lite med tanke på hälsan. Den passar "
        "bra om du till exempel har högt blodtryck, diabetes, övervikt eller besvär i stöd- och "
        "rörelseorganen.\n\nPå det första mötet går vi igenom hur du rör dig och vad du vill uppnå. "
        "Tillsammans gör vi upp en motionsplan och letar fram passande grupper och platser nära ditt "
        "hem. Under ett halvår har vi 3–5 uppföljningsmöten.\n\nMotionsrådgivningen görs i samarbete "
        "med kommunernas idrottstjänster.",
        "Physical activity counselling is for adults who are not active enough for their health. At "
        "the first meeting we go through your activity and goals, make an exercise plan and find "
        "suitable groups near your home. There are 3–5 follow-up meetings over six months."),
    instruction=t("Varaa aika sähköisesti tai pyydä lääkäriä tai hoitajaa ohjaamaan sinut "
                  "liikuntaneuvontaan.",
                  "Boka tid elektroniskt eller be läkaren eller skötaren hänvisa dig till "
                  "motionsrådgivningen.",
                  "Book an appointment online or ask your doctor or nurse to refer you."),
    classes=("P5.17", "P27.1"), targets=("KR1", "KR1.4"), events=("KE12",),
    keywords={"fi": ("liikuntaneuvonta", "liikuntaresepti", "terveysliikunta"),
              "sv": ("motionsrådgivning", "motion på recept")},
    channels=("c:point:905", "c:point:598", "c:point:545", "c:station:499", "c:station:399",
              "c:station:946", "c:station:287", "c:e:liikuntaneuvonta", "c:web:exercise"),
    producers=(("905", "ProcuredServices"),),
)

NUTRITION_GROUP = Archetype(
    key="nutrition_group", theme="nutrition", owner="county",
    name=t("Ravitsemusryhmä painonhallintaan", "Näringsgrupp för viktkontroll"),
    summary=t("Ravitsemusterapeutin ohjaamassa ryhmässä opit pysyviä ruokatapoja ja saat tukea "
              "painonhallintaan.",
              "I gruppen som leds av en näringsterapeut lär du dig hållbara matvanor och får stöd för "
              "viktkontroll."),
    description=t(
        "Ryhmä kokoontuu kahdeksan kertaa noin kahden viikon välein. Tapaamisissa käsitellään "
        "säännöllistä ateriarytmiä, lautasmallia, nälän ja kylläisyyden tunnistamista, "
        "ruokaostoksia ja tunnesyömistä. Lisäksi puhutaan unen ja liikunnan merkityksestä.\n\n"
        "Ryhmässä ei laihduteta kuureilla, vaan tehdään pieniä muutoksia, jotka kestävät. Moni "
        "kokee vertaisten tuen yhtä tärkeäksi kuin asiantuntijan vinkit.",
        "Gruppen träffas åtta gånger med ungefär två veckors mellanrum. Vi går igenom regelbunden "
        "måltidsrytm, tallriksmodellen, att känna igen hunger och mättnad, matinköp och känsloätande. "
        "Vi pratar också om hur sömn och motion påverkar.\n\nI gruppen bantar vi inte med kurer, utan "
        "gör små förändringar som håller. Många upplever stödet från de andra i gruppen som lika "
        "viktigt som experternas tips."),
    requirements=t("Ryhmään tullaan hoitajan tai lääkärin lähetteellä.",
                   "Du kommer till gruppen med remiss från skötare eller läkare."),
    classes=("P5.20", "P5.17"), targets=("KR1", "KR1.4"),
    keywords={"fi": ("ravitsemus", "painonhallinta", "ruokavalio", "ryhmä"),
              "sv": ("näring", "viktkontroll", "kost")},
    channels=("c:station:905", "c:station:598", "c:web:nutrition"),
)

SLEEP_GROUP = Archetype(
    key="sleep_group", theme="nutrition", owner="county",
    name=t("Uniryhmä unettomuuteen", "Sömngrupp vid sömnlöshet"),
    summary=t("Uniryhmässä opit lääkkeettömiä keinoja pitkittyneen unettomuuden hoitoon. Ryhmä "
              "perustuu kognitiiviseen lyhytterapiaan.",
              "I sömngruppen lär du dig metoder utan läkemedel för att behandla långvarig sömnlöshet. "
              "Gruppen bygger på kognitiv korttidsterapi."),
    description=t(
        "Uniryhmä on tarkoitettu aikuisille, joilla unettomuus on jatkunut yli kolme kuukautta. "
        "Ryhmä kokoontuu kuusi kertaa, ja sitä ohjaavat unihoitoon perehtyneet sairaanhoitajat.\n\n"
        "Ryhmässä\n* pidät unipäiväkirjaa ja opit tunnistamaan univajeen syitä\n* harjoittelet "
        "rentoutumista ja mielen rauhoittamista\n* sovitat unen ja valveen rytmin uudelleen\n\n"
        "Ryhmän lisäksi voit käyttää verkossa olevaa unikoulua.",
        "Sömngruppen är till för vuxna som har haft sömnlöshet i över tre månader. Gruppen träffas sex "
        "gånger och leds av sjukskötare med utbildning i sömnbehandling.\n\nI gruppen\n* för du "
        "sömndagbok och lär dig känna igen orsakerna till sömnbrist\n* övar du avslappning och att "
        "lugna tankarna\n* ställer du om rytmen mellan sömn och vakenhet\n\nUtöver gruppen kan du "
        "använda sömnskolan på nätet."),
    instruction=t("Ilmoittaudu hyvinvointipisteessä tai pyydä ohjausta omalta terveysasemalta.",
                  "Anmäl dig på välfärdspunkten eller be om hänvisning på din hälsostation."),
    classes=("P5.17", "P5.11"), targets=("KR1",),
    keywords={"fi": ("uni", "unettomuus", "unikoulu", "uniryhmä"),
              "sv": ("sömn", "sömnlöshet", "sömngrupp")},
    channels=("c:point:905", "c:point:545", "levonliitto:e:unikoulu", "c:web:sleep"),
)

LOW_THRESHOLD = Archetype(
    key="low_threshold", theme="mind", owner="county",
    name=t("Mielenterveys- ja päihdepalvelujen matalan kynnyksen vastaanotto",
           "Lågtröskelmottagning för psykisk hälsa och missbruk",
           "Walk-in mental health and substance use services"),
    summary=t("Matalan kynnyksen vastaanotolle voit tulla ilman lähetettä, jos mieli on maassa tai "
              "päihteiden käyttö huolestuttaa.",
              "Till lågtröskelmottagningen kan du komma utan remiss om du mår psykiskt dåligt eller är "
              "orolig för ditt bruk av rusmedel.",
              "Come without a referral if you feel low or are worried about your use of alcohol or "
              "drugs."),
    description=t(
        "Vastaanotolla tapaat sairaanhoitajan tai sosiaalityöntekijän, jonka kanssa selvitätte "
        "tilannettasi ja sitä, millainen apu sinulle sopii. Usein jo muutama keskustelu auttaa.\n\n"
        "Voit tulla esimerkiksi, kun\n* ahdistus, masennus tai stressi vaikeuttaa arkea\n* alkoholin, "
        "lääkkeiden, huumeiden tai rahapelien käyttö on lisääntynyt\n* läheisesi päihteiden käyttö "
        "kuormittaa sinua\n\nJos tilanteesi on kiireellinen tai olet vaarassa vahingoittaa itseäsi, "
        "soita päivystykseen tai hätänumeroon 112.",
        "På mottagningen träffar du en sjukskötare eller socialarbetare som tillsammans med dig reder "
        "ut din situation och vilken hjälp som passar dig. Ofta hjälper redan några samtal.\n\n"
        "Du kan komma till exempel när\n* ångest, depression eller stress gör vardagen svår\n"
        "* ditt bruk av alkohol, läkemedel, droger eller penningspel har ökat\n* en närståendes "
        "missbruk tynger dig\n\nOm din situation är brådskande eller om du riskerar att skada dig "
        "själv, ring jouren eller nödnumret 112.",
        "At the walk-in clinic you meet a nurse or a social worker who assesses your situation with "
        "you. A few conversations are often enough to help.\n\nIf your situation is urgent or you are "
        "at risk of harming yourself, call the emergency number 112."),
    classes=("P5.7",), targets=("KR1",), events=("KE11",),
    keywords={"fi": ("mielenterveys", "päihteet", "masennus", "ahdistus", "matala kynnys"),
              "sv": ("psykisk hälsa", "missbruk", "depression", "ångest")},
    channels=("c:mind:905", "c:station:598", "c:station:545", "c:phone:mind", "c:e:asiointi",
              "c:web:mind"),
)

ONLINE_SELFCARE = Archetype(
    key="online_selfcare", theme="mind", owner="county",
    name=t("Mielikompassi – mielen hyvinvoinnin omahoito verkossa",
           "Mielikompassi – egenvård för psykiskt välmående på nätet",
           "Mielikompassi – online self-care for mental wellbeing"),
    alt_name=t("Mielikompassi", "Mielikompassi"),
    summary=t("Mielikompassin omahoito-ohjelmilla harjoittelet itsenäisesti taitoja ahdistukseen, "
              "masennukseen, stressiin ja unettomuuteen.",
              "Med Mielikompassis egenvårdsprogram övar du på egen hand färdigheter mot ångest, "
              "depression, stress och sömnlöshet.",
              "With Mielikompassi self-care programmes you practise skills for anxiety, depression, "
              "stress and insomnia on your own."),
    description=t(
        "Mielikompassi on hyvinvointialueen maksuton verkkopalvelu. Omahoito-ohjelmat perustuvat "
        "kognitiiviseen käyttäytymisterapiaan, ja ne sisältävät lyhyitä tekstejä, videoita ja "
        "harjoituksia.\n\nOhjelmia ovat esimerkiksi\n* Ahdistuksen omahoito\n* Masennuksen omahoito\n"
        "* Stressinhallinta\n* Parempaa unta\n\nVoit käyttää ohjelmia nimettömästi ilman "
        "kirjautumista. Jos haluat, että ammattilainen tukee sinua ohjelman aikana, pyydä "
        "ohjausta matalan kynnyksen vastaanotolta.",
        "Mielikompassi är välfärdsområdets avgiftsfria webbtjänst. Egenvårdsprogrammen bygger på "
        "kognitiv beteendeterapi och innehåller korta texter, videor och övningar.\n\nProgrammen är "
        "till exempel\n* Egenvård vid ångest\n* Egenvård vid depression\n* Stresshantering\n"
        "* Bättre sömn\n\nDu kan använda programmen anonymt utan att logga in. Om du vill ha stöd av "
        "en yrkesperson under programmet kan du be om det på lågtröskelmottagningen.",
        "Mielikompassi is the county's free online service. The self-care programmes are based on "
        "cognitive behavioural therapy and include short texts, videos and exercises. You can use "
        "them anonymously without logging in."),
    classes=("P5.7", "P5.11"), targets=("KR1", "KR1.3"), langs=("en",),
    keywords={"fi": ("omahoito", "mielenterveys", "verkkopalvelu", "ahdistus"),
              "sv": ("egenvård", "psykisk hälsa", "webbtjänst")},
    channels=("c:e:mielikompassi", "c:web:mind"),
)

CAREGIVER_SUPPORT = Archetype(
    key="caregiver_support", theme="guidance", owner="county",
    name=t("Omaishoidon tuki", "Stöd för närståendevård"),
    summary=t("Omaishoidon tuki on rahallista tukea ja palveluja sille, joka hoitaa kotona läheistään, "
              "joka ei pärjää yksin.",
              "Stödet för närståendevård är ekonomiskt stöd och service till dig som vårdar en "
              "närstående hemma som inte klarar sig själv."),
    description=t(
        "Omaishoidon tukeen kuuluvat hoitopalkkio, omaishoitajan vapaapäivät ja hoidettavalle "
        "annettavat palvelut. Tuesta tehdään sopimus hyvinvointialueen kanssa, ja hoidon tarve "
        "arvioidaan kotikäynnillä.\n\nOmaishoitajalla on oikeus vähintään kahteen vapaapäivään "
        "kuukaudessa. Vapaan ajaksi hoidettavalle järjestetään hoito esimerkiksi lyhytaikaisessa "
        "asumisyksikössä tai kotiin tulevan sijaisen avulla.\n\nOmaishoitaja voi osallistua myös "
        "valmennukseen, hyvinvointi- ja terveystarkastukseen ja vertaistukiryhmiin.",
        "I stödet för närståendevård ingår vårdarvode, lediga dagar för närståendevårdaren och "
        "service för den som vårdas. Ett avtal görs med välfärdsområdet, och vårdbehovet bedöms vid "
        "ett hembesök.\n\nNärståendevårdaren har rätt till minst två lediga dagar i månaden. Under "
        "ledigheten ordnas vården till exempel på en enhet för kortvarigt boende eller med en vikarie "
        "som kommer hem.\n\nNärståendevårdaren kan också delta i träning, välmående- och "
        "hälsogranskning och kamratstödsgrupper."),
    instruction=t("Täytä hakemus ja lähetä se hyvinvointialueelle. Omaishoidon ohjaaja soittaa sinulle "
                  "ja sopii kotikäynnin.",
                  "Fyll i ansökan och skicka den till välfärdsområdet. Handledaren för "
                  "närståendevård ringer dig och kommer överens om ett hembesök."),
    classes=("P5.14", "P4.3"), targets=("KR1", "KR1.1", "KR1.6"), events=("KE13",),
    keywords={"fi": ("omaishoito", "omaishoitaja", "hoitopalkkio", "vapaapäivät"),
              "sv": ("närståendevård", "närståendevårdare", "vårdarvode")},
    channels=("c:form:caregiver", "c:phone:caregiver", "c:web:caregiver"),
    producers=(("county", "SelfProducedServices"), ("omaisrinki", "ProcuredServices")),
)

DISABILITY_GUIDANCE = Archetype(
    key="disability_guidance", theme="guidance", owner="county",
    name=t("Vammaispalvelujen neuvonta ja ohjaus", "Rådgivning och handledning inom "
           "funktionshinderservicen"),
    summary=t("Vammaispalvelujen ohjaajat neuvovat palveluissa ja tukitoimissa, kuten "
              "henkilökohtaisessa avussa, kuljetuspalvelussa ja apuvälineissä.",
              "Handledarna inom funktionshinderservicen ger råd om service och stödåtgärder som "
              "personlig assistans, färdtjänst och hjälpmedel."),
    description=t(
        "Vammaispalvelujen neuvonta on tarkoitettu vammaisille henkilöille, heidän läheisilleen ja "
        "yhteistyötahoille. Ohjaaja selvittää kanssasi, mitä tukea tarvitset arjessa, "
        "opiskelussa, työssä ja vapaa-ajalla.\n\nNeuvonnasta saat tietoa muun muassa\n"
        "* henkilökohtaisesta avusta\n* kuljetuspalvelusta\n* asunnon muutostöistä\n* päivä- ja "
        "työtoiminnasta\n\nPalvelut myönnetään hakemuksen ja palvelutarpeen arvioinnin perusteella.",
        "Rådgivningen inom funktionshinderservicen är till för personer med funktionsnedsättning, "
        "deras närstående och samarbetspartner. Handledaren reder tillsammans med dig ut vilket stöd "
        "du behöver i vardagen, i studier, i arbete och på fritiden.\n\nDu får information bland annat "
        "om\n* personlig assistans\n* färdtjänst\n* ändringsarbeten i bostaden\n* dag- och "
        "arbetsverksamhet\n\nServicen beviljas på basis av ansökan och en bedömning av "
        "servicebehovet."),
    classes=("P4.4", "P4.5"), targets=("KR1", "KR1.6"),
    keywords={"fi": ("vammaispalvelut", "henkilökohtainen apu", "kuljetuspalvelu"),
              "sv": ("funktionshinderservice", "personlig assistans", "färdtjänst")},
    channels=("c:phone:disability", "c:form:disability", "c:e:asiointi", "c:web:disability"),
)

NICOTINE_GROUP = Archetype(
    key="nicotine_group", theme="mind", owner="county",
    name=t("Vapaaksi nikotiinista – vieroitusryhmä", "Fri från nikotin – avvänjningsgrupp"),
    summary=t("Ryhmässä lopetat tupakoinnin tai nuuskan käytön yhdessä muiden kanssa hoitajan tuella.",
              "I gruppen slutar du röka eller snusa tillsammans med andra med stöd av en skötare."),
    description=t(
        "Vieroitusryhmä kokoontuu viisi kertaa kuuden viikon aikana. Ryhmässä sovitaan "
        "lopettamispäivä, käydään läpi vieroitusoireet ja nikotiinikorvaushoidon vaihtoehdot ja "
        "suunnitellaan, miten hankalista tilanteista selvitään.\n\nRyhmä sopii tupakoitsijoille, "
        "nuuskaajille ja sähkösavukkeiden käyttäjille. Voit tulla mukaan, vaikka olisit yrittänyt "
        "lopettaa monta kertaa aiemmin.",
        "Avvänjningsgruppen träffas fem gånger under sex veckor. Vi bestämmer ett slutdatum, går "
        "igenom abstinensbesvär och alternativen för nikotinersättning och planerar hur du klarar "
        "svåra situationer.\n\nGruppen passar för dig som röker, snusar eller använder e-cigaretter. "
        "Du är välkommen även om du har försökt sluta många gånger tidigare."),
    instruction=t("Ilmoittaudu terveysneuvonnan puhelinnumerossa.",
                  "Anmäl dig på hälsorådgivningens telefonnummer."),
    classes=("P5.7", "P5.17"), targets=("KR1",),
    keywords={"fi": ("tupakka", "nuuska", "nikotiini", "lopettaminen"),
              "sv": ("tobak", "snus", "nikotin", "sluta röka")},
    channels=("c:station:905", "c:station:598", "c:phone:health", "c:web:mind"),
)

MEMORY_ADVICE = Archetype(
    key="memory_advice", theme="guidance", owner="county",
    name=t("Muistineuvonta", "Minnesrådgivning"),
    summary=t("Muistihoitaja arvioi muistiasi ja neuvoo, jos muistin tai ajattelun muutokset "
              "huolestuttavat sinua tai läheistäsi.",
              "Minnesskötaren bedömer ditt minne och ger råd när du eller en anhörig är orolig för "
              "förändringar i minnet eller tänkandet."),
    description=t(
        "Muistineuvonnassa tehdään muistitesti ja keskustellaan arjen sujumisesta. Jos tarvitaan "
        "lisätutkimuksia, muistihoitaja ohjaa sinut lääkärille.\n\nMuistisairauden toteaminen "
        "ajoissa on tärkeää, sillä osa muistioireista johtuu hoidettavista syistä, kuten "
        "kilpirauhasen vajaatoiminnasta tai masennuksesta. Muistihoitaja tukee myös muistisairaan "
        "läheisiä ja kertoo alueen muistikahviloista ja vertaisryhmistä.",
        "På minnesrådgivningen gör vi ett minnestest och pratar om hur vardagen fungerar. Om det "
        "behövs fler undersökningar hänvisar minnesskötaren dig till läkare.\n\nDet är viktigt att "
        "en minnessjukdom upptäcks i tid, eftersom en del minnessymtom har orsaker som kan behandlas, "
        "till exempel underfunktion i sköldkörteln eller depression. Minnesskötaren stöder också "
        "anhöriga och berättar om minnescaféer och kamratgrupper i regionen."),
    classes=("P4.2", "P5.17"), targets=("KR1", "KR1.1", "KR1.4"), events=("KE11", "KE13"),
    keywords={"fi": ("muisti", "muistisairaus", "muistihoitaja", "dementia"),
              "sv": ("minne", "minnessjukdom", "demens")},
    channels=("c:point:905", "c:point:598", "c:station:545", "c:station:287", "c:phone:senior",
              "c:web:senior"),
)

ARCHETYPES: tuple[Archetype, ...] = (
    SOCIAL_GUIDANCE, FAMILY_COUNSELLING, FAMILY_COACHING, SENIOR_ADVICE, EXERCISE_COUNSELLING,
    NUTRITION_GROUP, SLEEP_GROUP, LOW_THRESHOLD, ONLINE_SELFCARE, CAREGIVER_SUPPORT,
    DISABILITY_GUIDANCE, NICOTINE_GROUP, MEMORY_ADVICE,
)
