"""Service archetypes of fictional NGOs, part B: culture, food, money, crisis help, nationwide."""
from __future__ import annotations

from .content_municipal_a import t
from .model import Archetype

YOUTH_ART = Archetype(
    key="youth_art", theme="culture", owner="kajuutta",
    name=t("Nuorten taidetyöpaja", "Konstverkstad för unga"),
    summary=t("Taidetyöpajassa nuoret maalaavat, tekevät sarjakuvaa ja graffitia taiteilijan kanssa. "
              "Aiempaa osaamista ei tarvita.",
              "I konstverkstaden målar unga, gör serier och graffiti tillsammans med en konstnär. Inga "
              "förkunskaper behövs."),
    description=t(
        "Työpaja kokoontuu Kulttuuritalo Kajuutassa keskiviikkoisin klo 16–18. Kevään aikana "
        "tehdään yhteinen seinämaalaus, joka esitellään kaupungin kulttuuriviikolla.\n\n"
        "Työpajassa saat kokeilla eri tekniikoita ja löytää oman tapasi ilmaista itseäsi. Välineet "
        "ja materiaalit ovat valmiina.",
        "Verkstaden träffas i Kulturhuset Kajutan på onsdagar kl. 16–18. Under våren gör vi en "
        "gemensam väggmålning som visas under stadens kulturvecka.\n\nI verkstaden får du pröva "
        "olika tekniker och hitta ditt eget sätt att uttrycka dig. Redskap och material finns på "
        "plats."),
    classes=("P25.2", "P28.2"), targets=("KR1", "KR1.3"),
    keywords={"fi": ("taide", "nuoret", "graffiti", "sarjakuva"), "sv": ("konst", "unga", "serier")},
    channels=("kajuutta:office", "kajuutta:web"),
)

CULTURE_BUDDIES = Archetype(
    key="culture_buddies", theme="culture", owner="kajuutta",
    name=t("Kulttuuriluotsit – kulttuuria yhdessä", "Kulturombud – kultur tillsammans"),
    summary=t("Vapaaehtoinen kulttuuriluotsi lähtee kanssasi konserttiin, teatteriin tai museoon, jos "
              "et halua tai pysty menemään yksin.",
              "Ett frivilligt kulturombud följer med dig på konsert, teater eller museum om du inte vill "
              "eller kan gå ensam."),
    description=t(
        "Kulttuuriluotsit ovat vapaaehtoisia, jotka tarjoavat seuraa kulttuuritapahtumiin. Palvelu "
        "sopii esimerkiksi ikäihmisille, vammaisille ja kaikille, joille lähteminen tuntuu "
        "yksin vaikealta.\n\nLuotsi auttaa lippujen hankinnassa, tulee vastaan sovittuun paikkaan ja "
        "on seurana koko tapahtuman ajan. Monet kulttuuritalot antavat luotsille vapaalipun.",
        "Kulturombuden är frivilliga som ger sällskap till kulturevenemang. Servicen passar till "
        "exempel äldre, personer med funktionsnedsättning och alla som tycker det är svårt att gå "
        "ensam.\n\nOmbudet hjälper till med biljetterna, möter dig på en överenskommen plats och är med "
        "under hela evenemanget. Många kulturhus ger ombudet en fribiljett."),
    instruction=t("Pyydä luotsia puhelimitse viimeistään viikkoa ennen tapahtumaa.",
                  "Be om ett ombud per telefon senast en vecka före evenemanget."),
    charge_info=t("Luotsi on maksuton. Maksat vain oman lippusi.", "Ombudet är gratis. Du betalar bara "
                  "din egen biljett."),
    classes=("P25.5", "P4.12"), targets=("KR1", "KR1.1", "KR1.6"),
    keywords={"fi": ("kulttuuri", "vapaaehtoinen", "saattaja", "teatteri"),
              "sv": ("kultur", "frivillig", "teater")},
    channels=("kajuutta:phone", "kajuutta:web"),
)

FOOD_AID = Archetype(
    key="food_aid", theme="livelihood", owner="ruokakassi",
    name=t("Ruoka-apu", "Mathjälp", "Food aid"),
    summary=t("Ruoka-avusta saat maksutta kaupoista ja tukkuliikkeistä lahjoitettuja elintarvikkeita, "
              "kun rahat eivät riitä ruokaan.",
              "Via mathjälpen får du avgiftsfritt livsmedel som donerats av butiker och grossister när "
              "pengarna inte räcker till mat.",
              "Get free food donated by shops and wholesalers when you cannot afford food."),
    description=t(
        "Ruokakassi Pohjanmaa jakaa ruoka-apua viidessä jakopisteessä. Jaossa on leipää, "
        "maitotuotteita, hedelmiä, vihanneksia ja kuivatuotteita sen mukaan, mitä on saatu "
        "lahjoituksena. Osassa jakopisteistä on myös yhteinen ateria.\n\nRuoka-apu on tarkoitettu "
        "kaikille, jotka sitä tarvitsevat. Tuloja ei tarvitse todistaa. Ota mukaan oma kassi.\n\n"
        "Jakopisteissä on vapaaehtoisia, joilta voi kysyä myös muista avun muodoista, kuten "
        "velkaneuvonnasta ja sosiaaliohjauksesta.",
        "Matkassen Österbotten delar ut mathjälp på fem utdelningsställen. Det finns bröd, "
        "mjölkprodukter, frukt, grönsaker och torrvaror beroende på vad som har donerats. På en del "
        "ställen serveras också en gemensam måltid.\n\nMathjälpen är till för alla som behöver den. "
        "Du behöver inte visa några inkomstuppgifter. Ta med en egen kasse.\n\nPå utdelningsställena "
        "finns frivilliga som du också kan fråga om annan hjälp, till exempel skuldrådgivning och "
        "socialhandledning.",
        "Food is distributed at five points. You do not need to prove your income. Bring your own "
        "bag. Volunteers can also tell you about other help, such as debt advice."),
    classes=("P4.14", "P5.20"), targets=("KR1",), events=("KE8", "KE9"), langs=("en",),
    keywords={"fi": ("ruoka-apu", "ruokajakelu", "hävikkiruoka"),
              "sv": ("mathjälp", "matutdelning", "svinnmat")},
    channels=("ruokakassi:loc:vaasa", "ruokakassi:loc:vaasa2", "ruokakassi:loc:pietarsaari",
              "ruokakassi:loc:laihia", "905:senior", "ruokakassi:phone", "ruokakassi:web"),
)

COOKING_CLUB = Archetype(
    key="cooking_club", theme="nutrition", owner="kotikeittio",
    name=t("Kokkikerho lapsille ja nuorille", "Matlagningsklubb för barn och unga"),
    summary=t("Kokkikerhossa 9–15-vuotiaat valmistavat yhdessä terveellistä ja edullista arkiruokaa ja "
              "leipovat.",
              "I matlagningsklubben lagar 9–15-åringar hälsosam och förmånlig vardagsmat tillsammans och "
              "bakar."),
    description=t(
        "Kokkikerhossa opetellaan keittiön perustaidot: ruoka-aineiden käsittely, mittaaminen, "
        "leikkaaminen ja turvallinen uunin käyttö. Joka kerta valmistetaan ateria, joka syödään "
        "yhdessä.\n\nReseptit ovat helppoja toistaa kotona, ja niissä käytetään kauden kasviksia. "
        "Kerho kokoontuu Kotikeittiön opetuskeittiössä Vöyrillä ja Vaasan nuorisotalo Luotsissa.",
        "I matlagningsklubben lär vi oss grunderna i köket: att hantera råvaror, mäta, skära och "
        "använda ugnen säkert. Varje gång lagar vi en måltid som vi äter tillsammans.\n\nRecepten är "
        "lätta att laga hemma, och vi använder säsongens grönsaker. Klubben träffas i Hemkökets "
        "undervisningskök i Vörå och på ungdomsgården Lotsen i Vasa."),
    charge_info=t("Kausimaksu 25 euroa sisältää raaka-aineet.",
                  "Terminsavgiften 25 euro inkluderar råvarorna."),
    charge="Chargeable", classes=("P5.20", "P28.2"), targets=("KR1", "KR1.2", "KR1.3"),
    keywords={"fi": ("kokkikerho", "ruoanlaitto", "lapset", "terveellinen ruoka"),
              "sv": ("matlagning", "barn", "hälsosam mat")},
    channels=("kotikeittio:office", "905:youth", "kotikeittio:web"),
)

DEBT_ADVICE = Archetype(
    key="debt_advice", theme="livelihood", owner="velkaluotsi",
    name=t("Talous- ja velkaneuvonta", "Ekonomi- och skuldrådgivning", "Financial and debt advice"),
    summary=t("Velkaneuvoja auttaa selvittämään velkatilanteen, laatimaan budjetin ja neuvottelemaan "
              "velkojien kanssa. Neuvonta on maksutonta.",
              "Skuldrådgivaren hjälper dig att reda ut skuldsituationen, göra upp en budget och "
              "förhandla med borgenärerna. Rådgivningen är gratis.",
              "A debt adviser helps you sort out your debts, make a budget and negotiate with "
              "creditors. The service is free."),
    description=t(
        "Velkaluotsin neuvojat auttavat, kun laskuja on rästissä, perintäkirjeitä kertyy tai "
        "pikavipit ovat lähteneet hallinnasta. Mitä aiemmin otat yhteyttä, sitä enemmän "
        "vaihtoehtoja on.\n\nNeuvonnassa\n* kartoitetaan tulot, menot ja velat\n* tehdään budjetti "
        "ja maksusuunnitelma\n* neuvotellaan maksujärjestelyistä\n* selvitetään mahdollisuus "
        "velkajärjestelyyn tai sosiaaliseen luottoon\n\nNeuvonta on luottamuksellista. Voit asioida "
        "myös nimettömästi chatissa.",
        "Skuldlotsens rådgivare hjälper när du har obetalda räkningar, indrivningsbrev samlas på hög "
        "eller snabblånen har blivit ohanterliga. Ju tidigare du tar kontakt, desto fler alternativ "
        "finns det.\n\nI rådgivningen\n* kartlägger vi inkomster, utgifter och skulder\n* gör vi upp en "
        "budget och en betalningsplan\n* förhandlar vi om betalningsarrangemang\n* utreder vi "
        "möjligheten till skuldsanering eller social kredit\n\nRådgivningen är konfidentiell. Du kan "
        "också chatta anonymt.",
        "Our advisers help when bills are overdue, collection letters pile up or payday loans have "
        "got out of hand. The earlier you get in touch, the more options there are. The service is "
        "confidential, and you can also chat anonymously."),
    classes=("P15.1", "P15.3"), targets=("KR1",), events=("KE9", "KE8"), langs=("en",),
    keywords={"fi": ("velkaneuvonta", "velat", "budjetti", "pikavipit", "ulosotto"),
              "sv": ("skuldrådgivning", "skulder", "budget")},
    channels=("velkaluotsi:office", "velkaluotsi:phone", "velkaluotsi:e:chat", "velkaluotsi:web",
              "c:point:598", "c:point:545"),
)

SOBER_PLACE = Archetype(
    key="sober_place", theme="mind", owner="selvaranta",
    name=t("Päihteetön kohtaamispaikka", "Drogfri mötesplats"),
    summary=t("Päihteetön kohtaamispaikka tarjoaa seuraa, edullista ruokaa ja vertaistukea kaikille, "
              "jotka haluavat viettää aikaa selvin päin.",
              "Den drogfria mötesplatsen erbjuder sällskap, förmånlig mat och kamratstöd för alla som "
              "vill umgås nyktert."),
    description=t(
        "Kohtaamispaikka Selvis on avoin olohuone, jonne voi tulla juomaan kahvia, pelaamaan, "
        "lukemaan lehtiä tai juttelemaan. Arkisin tarjolla on keittolounas.\n\nMonet kävijät ovat "
        "toipumassa päihderiippuvuudesta, ja Selviksessä kokoontuu myös AA- ja NA-ryhmiä sekä "
        "läheisten vertaisryhmä. Henkilökunta auttaa tarvittaessa hakeutumaan hoitoon.\n\n"
        "Paikalle ei voi tulla päihtyneenä.",
        "Mötesplatsen Klarsynt är ett öppet vardagsrum dit du kan komma för att dricka kaffe, spela, "
        "läsa tidningar eller prata. På vardagar serveras soppa till lunch.\n\nMånga besökare håller "
        "på att återhämta sig från beroende, och på Klarsynt träffas också AA- och NA-grupper samt "
        "en kamratgrupp för anhöriga. Personalen hjälper dig vid behov att söka vård.\n\nMan kan inte "
        "komma berusad."),
    classes=("P5.7", "P4.12"), targets=("KR1",),
    keywords={"fi": ("päihteettömyys", "raittius", "vertaistuki", "AA"),
              "sv": ("nykterhet", "kamratstöd", "drogfri")},
    channels=("selvaranta:office", "selvaranta:phone", "selvaranta:web"),
)

CRISIS_TALKS = Archetype(
    key="crisis_talks", theme="mind", owner="tyyni",
    name=t("Kriisikeskustelut", "Krissamtal", "Crisis counselling"),
    summary=t("Kriisikeskuksessa voit keskustella äkillisen tai elämänmuutoksesta johtuvan kriisin "
              "keskellä. Aikaa saa yleensä saman viikon aikana.",
              "På kriscentret kan du prata när du befinner dig i en plötslig kris eller en kris som "
              "följer av en förändring i livet.",
              "Talk to a crisis worker after a sudden crisis or a difficult change in life. You "
              "usually get an appointment within the same week."),
    description=t(
        "Kriisi voi olla esimerkiksi läheisen kuolema, ero, onnettomuus, sairastuminen tai "
        "työttömyys. Kriisityöntekijä ja koulutettu vapaaehtoinen kuuntelevat ja auttavat "
        "jäsentämään tilannetta. Tapaamisia on yleensä 1–5.\n\nKeskustelut ovat maksuttomia ja "
        "luottamuksellisia, eikä niihin tarvita lähetettä. Palvelemme suomeksi, ruotsiksi ja "
        "englanniksi.\n\nJos olet välittömässä vaarassa, soita 112.",
        "En kris kan till exempel vara att en närstående dör, skilsmässa, en olycka, sjukdom eller "
        "arbetslöshet. En krisarbetare och en utbildad frivillig lyssnar och hjälper dig att reda ut "
        "situationen. Oftast träffas vi 1–5 gånger.\n\nSamtalen är avgiftsfria och konfidentiella, "
        "och du behöver ingen remiss. Vi betjänar på finska, svenska och engelska.\n\nOm du är i "
        "akut fara, ring 112.",
        "A crisis can be, for example, the death of a loved one, divorce, an accident, illness or "
        "unemployment. Meetings are free and confidential, no referral needed. We serve in Finnish, "
        "Swedish and English. If you are in immediate danger, call 112."),
    instruction=t("Soita ja varaa aika. Jos emme vastaa heti, jätä soittopyyntö.",
                  "Ring och boka tid. Om vi inte svarar genast, lämna en uppringningsbegäran.",
                  "Call us to book an appointment."),
    classes=("P5.7",), targets=("KR1",), events=("KE11", "KE14", "KE7"), langs=("en",),
    terms=("koko:p59475", "koko:p62523"),
    keywords={"fi": ("kriisiapu", "kriisikeskus", "keskusteluapu", "trauma"),
              "sv": ("krishjälp", "kriscenter", "samtalsstöd")},
    channels=("tyyni:office", "tyyni:phone", "tyyni:web"),
)

GRIEF_GROUP = Archetype(
    key="grief_group", theme="mind", owner="tyyni",
    name=t("Surevien vertaistukiryhmä", "Stödgrupp för sörjande"),
    summary=t("Ryhmä on tarkoitettu aikuisille, jotka ovat menettäneet läheisensä. Ryhmä kokoontuu "
              "kahdeksan kertaa.",
              "Gruppen är till för vuxna som har förlorat en närstående. Gruppen träffas åtta gånger."),
    description=t(
        "Sururyhmässä saat jakaa menetyksesi muiden samaa kokeneiden kanssa. Ryhmää ohjaavat "
        "kriisikeskuksen työntekijä ja koulutettu vertaisohjaaja.\n\nRyhmään voi tulla, kun "
        "kuolemasta on kulunut vähintään kolme kuukautta. Ryhmiä järjestetään keväällä ja syksyllä "
        "Vaasassa ja Pietarsaaressa, ja niihin otetaan enintään kahdeksan osallistujaa.",
        "I sorggruppen får du dela din förlust med andra som varit med om samma sak. Gruppen leds av "
        "en anställd på kriscentret och en utbildad kamratledare.\n\nDu kan komma med i gruppen när "
        "det har gått minst tre månader sedan dödsfallet. Grupperna ordnas på våren och hösten i "
        "Vasa och Jakobstad, med högst åtta deltagare."),
    instruction=t("Ilmoittaudu kriisikeskukseen puhelimitse. Ennen ryhmää käydään "
                  "lyhyt puhelinkeskustelu.",
                  "Anmäl dig per telefon till kriscentret. Före gruppen har vi ett kort "
                  "telefonsamtal."),
    classes=("P5.7", "P4.12"), targets=("KR1",), events=("KE14",), terms=("koko:p34462",),
    keywords={"fi": ("suru", "menetys", "vertaistuki", "sururyhmä"),
              "sv": ("sorg", "förlust", "sorggrupp")},
    channels=("tyyni:office", "c:station:598", "tyyni:phone"),
)

CHRONIC_PEER = Archetype(
    key="chronic_peer", theme="guidance", owner="pitkamatka",
    name=t("Vertaistuki pitkäaikaissairaille", "Kamratstöd för långtidssjuka"),
    summary=t("Pitkä Matka ry:n ryhmissä pitkäaikaissairaat ja heidän läheisensä saavat vertaistukea "
              "sairauden kanssa elämiseen.",
              "I Långa Vägen rf:s grupper får långtidssjuka och deras anhöriga kamratstöd för att leva "
              "med sjukdomen."),
    description=t(
        "Pitkäaikainen sairaus muuttaa arkea. Vertaisryhmässä tapaat muita, jotka elävät "
        "esimerkiksi diabeteksen, reuman, MS-taudin tai syövän kanssa. Kokemusten jakaminen "
        "auttaa jaksamaan ja löytämään uusia keinoja arkeen.\n\nRyhmät kokoontuvat kerran "
        "kuukaudessa Vaasan pääkirjastossa ja Närpiön terveysasemalla sekä joka toinen viikko "
        "verkossa. Tarjoamme myös kahdenkeskistä tukea koulutetulta tukihenkilöltä.",
        "En långvarig sjukdom förändrar vardagen. I kamratgruppen träffar du andra som lever med till "
        "exempel diabetes, reumatism, MS eller cancer. Att dela erfarenheter hjälper dig att orka "
        "och att hitta nya sätt att klara vardagen.\n\nGrupperna träffas en gång i månaden på Vasa "
        "huvudbibliotek och Närpes hälsostation och varannan vecka på nätet. Vi erbjuder också "
        "enskilt stöd av en utbildad stödperson."),
    classes=("P5.16",), targets=("KR1", "KR1.4"), events=("KE11", "KE12"),
    keywords={"fi": ("pitkäaikaissairaus", "vertaistuki", "tukihenkilö"),
              "sv": ("långtidssjukdom", "kamratstöd", "stödperson")},
    channels=("905:library", "c:station:545", "pitkamatka:e:online", "pitkamatka:phone",
              "pitkamatka:web"),
)

LANGUAGE_CAFE = Archetype(
    key="language_cafe", theme="community", owner="kotirannat",
    name=t("Kielikahvila", "Språkcafé", "Language café"),
    summary=t("Kielikahvilassa harjoittelet suomea tai ruotsia rennosti juttelemalla. Tervetuloa "
              "kaikki kielitaidosta riippumatta!",
              "På språkcaféet övar du finska eller svenska genom att prata i lugn och ro. Alla är "
              "välkomna oavsett språkkunskaper!",
              "Practise Finnish or Swedish by chatting in a relaxed setting. Everyone is welcome "
              "whatever their language level!"),
    description=t(
        "Kielikahvilassa istutaan pöytäryhmissä, ja jokaisessa pöydässä on vapaaehtoinen, joka "
        "puhuu kieltä äidinkielenään. Aiheet nousevat arjesta: säästä, ruoasta, harrastuksista ja "
        "juhlapyhistä.\n\nKahvila on myös hyvä paikka tutustua uusiin ihmisiin ja kysyä neuvoa "
        "arjen asioissa. Kielikahviloita on Närpiön, Vaasan ja Pietarsaaren kirjastoissa kerran "
        "viikossa.",
        "På språkcaféet sitter vi i bordsgrupper, och vid varje bord finns en frivillig som har "
        "språket som modersmål. Ämnena kommer från vardagen: vädret, mat, hobbyer och högtider.\n\n"
        "Caféet är också ett bra ställe att lära känna nya människor och fråga om råd i vardagliga "
        "saker. Språkcaféer finns på biblioteken i Närpes, Vasa och Jakobstad en gång i veckan.",
        "At the language café we sit in small groups, each with a volunteer who speaks the language "
        "as their mother tongue. The café is also a good place to meet new people. Language cafés "
        "are held weekly at the libraries in Närpes, Vaasa and Jakobstad."),
    classes=("P22.3", "P4.11"), targets=("KR1",), events=("KE5",), terms=("koko:p8395", "koko:p30529"),
    langs=("en", "ar", "uk", "so"),
    keywords={"fi": ("kielikahvila", "suomen kieli", "kotoutuminen"),
              "sv": ("språkcafé", "svenska", "integration"), "en": ("language café",)},
    channels=("545:library", "905:library", "598:library", "kotirannat:office",
              "kotirannat:web"),
)

VILLAGE_HOUSE = Archetype(
    key="village_house", theme="community", owner="kiviniemi",
    name=t("Kylätalon avoimet ovet", "Öppet hus på bygdegården"),
    summary=t("Kylätalolla on joka torstai avoimet ovet: kahvia, seuraa, lehtiä ja välillä "
              "esitelmiä ja musiikkia.",
              "På bygdegården är det öppet hus varje torsdag: kaffe, sällskap, tidningar och ibland "
              "föredrag och musik."),
    description=t(
        "Kyläyhdistys pitää kylätalon avoinna kaikille kyläläisille ja kesäasukkaille. "
        "Avoimissa ovissa voi pelata korttia, lainata kirjoja kyläkirjastosta ja kuulla kylän "
        "kuulumiset. Kerran kuussa on teemailta, esimerkiksi kotiseutuhistoriaa tai "
        "ensiaputaitoja.\n\nYhdistykset ja seurat voivat vuokrata kylätaloa kokouksiin ja "
        "juhliin.",
        "Byaföreningen håller bygdegården öppen för alla bybor och sommarboende. På öppet hus kan du "
        "spela kort, låna böcker ur bybiblioteket och höra det senaste från byn. En gång i månaden "
        "ordnas en temakväll, till exempel om hembygdshistoria eller första hjälpen.\n\n"
        "Föreningar kan hyra bygdegården för möten och fester."),
    classes=("P4.12",), targets=("KR1", "KR1.1", "KR2", "KR2.7"),
    keywords={"fi": ("kylätalo", "kyläyhdistys"), "sv": ("bygdegård", "byaförening")},
    channels=("kiviniemi:office", "kiviniemi:web"),
)

CRISIS_LINE = Archetype(
    key="crisis_line", theme="mind", owner="kuuntelijat",
    name=t("Kriisipuhelin", "Kristelefon", "Crisis helpline"),
    summary=t("Kriisipuhelimeen voit soittaa nimettömänä mihin aikaan tahansa, kun tarvitset jonkun "
              "kuuntelemaan.",
              "Till kristelefonen kan du ringa anonymt när som helst när du behöver någon som lyssnar.",
              "Call the crisis helpline anonymously at any time when you need someone to listen."),
    description=t(
        "Kriisipuhelimessa päivystävät koulutetut vapaaehtoiset ja ammattilaiset vuorokauden "
        "ympäri, vuoden jokaisena päivänä. Voit soittaa, jos olet ahdistunut, yksinäinen, "
        "surullinen tai jos mielessäsi on itsetuhoisia ajatuksia.\n\nSoittaa voi myös läheisen "
        "puolesta. Puhelu on luottamuksellinen, eikä sinun tarvitse kertoa nimeäsi.\n\nSuomenkielinen "
        "päivystys on auki ympäri vuorokauden. Ruotsinkielinen päivystys on arkisin klo 16–20.",
        "I kristelefonen jourar utbildade frivilliga och yrkespersoner dygnet runt, årets alla dagar. "
        "Du kan ringa om du känner ångest, är ensam, ledsen eller har tankar på att skada dig "
        "själv.\n\nDu kan också ringa för en närståendes räkning. Samtalet är konfidentiellt och du "
        "behöver inte säga ditt namn.\n\nJouren på finska är öppen dygnet runt. Jouren på svenska "
        "är öppen vardagar kl. 16–20.",
        "Trained volunteers and professionals answer the helpline around the clock, every day of "
        "the year. You can call if you feel anxious, lonely or sad, or have thoughts of harming "
        "yourself. The call is confidential and you do not need to give your name."),
    classes=("P5.7",), targets=("KR1",), events=("KE11", "KE14"), langs=("en",),
    terms=("koko:p59475", "koko:p62523"),
    keywords={"fi": ("kriisipuhelin", "auttava puhelin", "itsetuhoisuus", "kriisiapu"),
              "sv": ("kristelefon", "hjälptelefon", "kris")},
    channels=("kuuntelijat:phone", "kuuntelijat:e:chat", "kuuntelijat:web"),
)

SLEEP_SCHOOL = Archetype(
    key="sleep_school", theme="nutrition", owner="levonliitto",
    name=t("Unikoulu verkossa", "Sömnskola på nätet", "Online sleep school"),
    summary=t("Unikoulu on kuuden viikon maksuton verkkokurssi, joka auttaa parantamaan unta ilman "
              "lääkkeitä.",
              "Sömnskolan är en avgiftsfri sexveckorskurs på nätet som hjälper dig att sova bättre "
              "utan läkemedel.",
              "The sleep school is a free six-week online course that helps you sleep better without "
              "medication."),
    description=t(
        "Unikoulussa käyt läpi viikko kerrallaan unen perusasiat, unipäiväkirjan pitämisen, "
        "rentoutumisen ja ajatusten rauhoittamisen. Jokaisella viikolla on lyhyitä videoita ja "
        "harjoituksia, joihin kuluu noin 20 minuuttia päivässä.\n\nKurssi perustuu unettomuuden "
        "kognitiiviseen käyttäytymisterapiaan, ja sen ovat laatineet uniasiantuntijat. Voit "
        "käyttää unikoulua itsenäisesti tai osana terveydenhuollon uniryhmää.",
        "I sömnskolan går du vecka för vecka igenom grunderna för sömn, hur man för sömndagbok, "
        "avslappning och att lugna tankarna. Varje vecka innehåller korta videor och övningar som "
        "tar ungefär 20 minuter om dagen.\n\nKursen bygger på kognitiv beteendeterapi vid "
        "sömnlöshet och har utarbetats av sömnexperter. Du kan använda sömnskolan på egen hand "
        "eller som en del av hälsovårdens sömngrupp.",
        "Week by week, the sleep school covers the basics of sleep, keeping a sleep diary, "
        "relaxation and calming your thoughts. Each week has short videos and exercises taking "
        "about 20 minutes a day. The course is based on cognitive behavioural therapy for "
        "insomnia."),
    classes=("P5.11", "P5.17"), targets=("KR1",), langs=("en",),
    keywords={"fi": ("uni", "unettomuus", "unikoulu", "verkkokurssi"),
              "sv": ("sömn", "sömnlöshet", "nätkurs"), "en": ("sleep", "insomnia")},
    terms=("koko:p18628", "koko:p10838"),
    channels=("levonliitto:e:unikoulu", "levonliitto:web"),
)

RETURNEE_ADVICE = Archetype(
    key="returnee_advice", theme="livelihood", owner="paluumuuttajat",
    name=t("Paluumuuttajan neuvonta verkossa", "Rådgivning för återflyttare på nätet",
           "Online advice for returning Finns"),
    summary=t("Neuvomme ulkomailla asuvia suomalaisia, jotka suunnittelevat paluuta Suomeen: asuminen, "
              "työ, sosiaaliturva ja koulut.",
              "Vi ger råd till finländare i utlandet som planerar att flytta tillbaka: boende, arbete, "
              "social trygghet och skolor.",
              "We advise Finns living abroad who plan to move back to Finland: housing, work, social "
              "security and schools."),
    description=t(
        "Paluumuutto on iso elämänmuutos, vaikka Suomi olisi tuttu. Neuvojamme vastaavat "
        "kysymyksiin chatissa ja sähköpostitse sekä järjestävät kuukausittain verkkoinfon.\n\n"
        "Autamme esimerkiksi\n* Kelan sosiaaliturvaan ja kotikunnan rekisteröintiin liittyvissä "
        "asioissa\n* lasten koulupaikan ja päivähoidon järjestämisessä\n* työnhaussa ja "
        "ulkomailla hankitun tutkinnon tunnustamisessa\n* asunnon etsimisessä",
        "Att flytta tillbaka är en stor förändring, även om Finland är bekant. Våra rådgivare svarar "
        "på frågor i chatten och per e-post och ordnar ett webbinfo varje månad.\n\nVi hjälper dig "
        "till exempel med\n* FPA:s sociala trygghet och registrering av hemkommun\n* skolplats och "
        "dagvård för barnen\n* jobbsökning och erkännande av examen från utlandet\n* att hitta "
        "bostad",
        "Moving back is a big change even if Finland is familiar. Our advisers answer questions by "
        "chat and email and hold a monthly online info session.\n\nWe help, for example, with\n"
        "* Kela social security and registering a municipality of residence\n* school places and "
        "early childhood education for children\n* job seeking and recognition of foreign "
        "qualifications\n* finding a home"),
    classes=("P22.9", "P22.8"), targets=("KR1", "KR1.5"), events=("KE4.4",), langs=("en",),
    keywords={"fi": ("paluumuutto", "ulkosuomalaiset", "muutto Suomeen"),
              "sv": ("återflyttning", "utlandsfinländare"), "en": ("returning to Finland",)},
    channels=("paluumuuttajat:e:chat", "paluumuuttajat:web", "paluumuuttajat:phone"),
)

ARCHETYPES: tuple[Archetype, ...] = (
    YOUTH_ART, CULTURE_BUDDIES, FOOD_AID, COOKING_CLUB, DEBT_ADVICE, SOBER_PLACE, CRISIS_TALKS,
    GRIEF_GROUP, CHRONIC_PEER, LANGUAGE_CAFE, VILLAGE_HOUSE, CRISIS_LINE, SLEEP_SCHOOL,
    RETURNEE_ADVICE,
)
