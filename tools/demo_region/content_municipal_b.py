"""Municipal service archetypes, part B: exercise, outdoors, seniors, adult education."""
from __future__ import annotations

from .content_municipal_a import t
from .model import Archetype, Slot

SENIOR_GYM = Archetype(
    key="senior_gym", theme="activity", owner="municipal",
    name=t("Kuntosaliryhmä ikäihmisille", "Gymgrupp för seniorer"),
    summary=t("Ohjattu kuntosaliryhmä yli 65-vuotiaille vahvistaa lihaksia ja tasapainoa. Ryhmä sopii "
              "myös aloittelijoille.",
              "Den handledda gymgruppen för personer över 65 stärker muskler och balans. Gruppen passar "
              "också nybörjare."),
    description=t(
        "Kuntosaliryhmä kokoontuu {paikassa} {paiva} {klo}. Liikunnanohjaaja neuvoo laitteiden käytössä "
        "ja sovittaa liikkeet jokaisen omaan kuntoon. Tunnin aikana tehdään lihaskuntoliikkeitä, "
        "tasapainoharjoituksia ja lopuksi venytellään.\n\nSäännöllinen lihasharjoittelu auttaa "
        "jaksamaan arjen askareissa ja vähentää kaatumisen riskiä. Monelle ryhmä on myös tärkeä "
        "viikoittainen kohtaamispaikka – harjoitusten jälkeen jäädään usein kahville.\n\n"
        "Ryhmän koko on enintään 12 henkeä.",
        "Gymgruppen träffas {i_plats} {dag} {kl}. Idrottsinstruktören visar hur apparaterna fungerar "
        "och anpassar rörelserna efter var och ens kondition. Under timmen gör vi muskelstärkande "
        "övningar och balansträning och avslutar med stretching.\n\nRegelbunden styrketräning gör det "
        "lättare att klara vardagssysslorna och minskar risken att falla. För många är gruppen också "
        "en viktig mötesplats varje vecka – efter passet stannar man ofta på kaffe.\n\n"
        "Gruppen tar högst 12 deltagare."),
    instruction=t("Ilmoittaudu liikuntapalveluihin puhelimitse. Jos paikkoja on vapaana, voit tulla "
                  "kokeilemaan kerran maksutta.",
                  "Anmäl dig per telefon till idrottstjänsterna. Om det finns lediga platser kan du "
                  "prova en gång gratis."),
    charge_info=t("Kausimaksu {hinta}. Maksu laskutetaan ilmoittautumisen jälkeen.",
                  "Terminsavgift {pris}. Avgiften faktureras efter anmälan."),
    charge="Chargeable", classes=("P27.1", "P4.2"), targets=("KR1", "KR1.1"), events=("KE10",),
    keywords={"fi": ("kuntosali", "ikäihmiset", "lihaskunto", "tasapaino", "senioriliikunta"),
              "sv": ("gym", "seniorer", "styrketräning", "balans")},
    where=("905", "598", "545", "499", "287", "399", "893", "946", "475", "288", "599"),
    venue="sports", channels=("{m}:leisure_phone", "{m}:leisure_web"),
    slots=(Slot("Tuesday", "10:00", "11:00"), Slot("Monday", "13:00", "14:00"),
           Slot("Thursday", "09:30", "10:30"), Slot("Wednesday", "11:00", "12:00")),
    prices=(("35 euroa", "35 euro", "EUR 35"), ("40 euroa", "40 euro", "EUR 40"),
            ("30 euroa", "30 euro", "EUR 30")),
)

AQUA_SENIORS = Archetype(
    key="aqua_seniors", theme="activity", owner="municipal",
    name=t("Vesiliikunta senioreille", "Vattengymnastik för seniorer"),
    summary=t("Vesiliikuntaa lämpimässä terapia-altaassa ikäihmisille. Vesi keventää liikkumista ja "
              "sopii nivelvaivaisille.",
              "Vattengymnastik i varm terapibassäng för äldre. Vattnet gör det lätt att röra sig och "
              "passar dig med ledbesvär."),
    description=t(
        "Vesijumppa on {paikassa} {paiva} {klo}. Harjoitukset tehdään lämpimässä terapia-altaassa, "
        "jossa pohja on tukeva ja vesi ulottuu rintaan asti. Uimataitoa ei tarvita.\n\n"
        "Vesiliikunta on hyvä valinta, jos kävely tai kuntosali tuntuu nivelissä. Veden noste "
        "keventää kehoa, ja vastus vahvistaa lihaksia huomaamatta. Tunnin vetää "
        "fysioterapeutti.\n\nAltaaseen on esteetön pääsy, ja pukuhuoneissa on tukikaiteet.",
        "Vattengymnastiken är {i_plats} {dag} {kl}. Vi tränar i en varm terapibassäng med stadig "
        "botten där vattnet når upp till bröstet. Du behöver inte kunna simma.\n\nVattengymnastik är "
        "ett bra val om det känns i lederna när du promenerar eller går på gym. Vattnets lyftkraft "
        "gör kroppen lättare och motståndet stärker musklerna nästan utan att du märker det. En "
        "fysioterapeut leder passet.\n\nBassängen är tillgänglig och omklädningsrummen har "
        "stödhandtag."),
    instruction=t("Ilmoittaudu kauden alussa liikuntapalveluihin. Ota mukaan uimapuku ja pyyhe.",
                  "Anmäl dig i början av terminen till idrottstjänsterna. Ta med baddräkt och "
                  "handduk."),
    charge_info=t("{hinta} kerta, sisältää uimahallimaksun.", "{pris} per gång, inklusive inträde."),
    charge="Chargeable", classes=("P27.1",), targets=("KR1", "KR1.1", "KR1.4"),
    terms=("koko:p32246", "koko:p11070"),
    keywords={"fi": ("vesijumppa", "vesiliikunta", "ikäihmiset", "nivelet"),
              "sv": ("vattengymnastik", "seniorer")},
    where=("905", "598", "545", "287", "499"), venue="pool",
    channels=("{m}:leisure_phone",),
    slots=(Slot("Monday", "11:00", "11:45"), Slot("Wednesday", "10:15", "11:00"),
           Slot("Friday", "09:00", "09:45")),
    prices=(("4,50 euroa", "4,50 euro", "EUR 4.50"), ("5 euroa", "5 euro", "EUR 5")),
    producers=(("seniorit", "ProcuredServices"),), producers_in=("287",),
)

SWIMMING_HALL = Archetype(
    key="swimming_hall", theme="activity", owner="municipal",
    name=t("Uimahalli", "Simhall", "Swimming hall"),
    summary=t("Uimahallissa voit uida, vesijuosta ja saunoa. Hallissa on kuntoallas, lasten allas ja "
              "kuntosali.",
              "I simhallen kan du simma, vattenjogga och basta. Där finns motionsbassäng, barnbassäng "
              "och gym.",
              "Swim, do aqua jogging and enjoy the sauna. The hall has a lap pool, a children's pool "
              "and a gym."),
    description=t(
        "{Paikka} on koko perheen liikuntapaikka. Kuntoaltaassa on 25 metrin radat, ja "
        "vesijuoksuun on varattu oma rata. Lapsille on lämmin allas ja liukumäki.\n\n"
        "Uimahallissa järjestetään uimakouluja lapsille ja aikuisille sekä ohjattua vesiliikuntaa. "
        "Tuntien ajat löydät verkkosivuilta.\n\nEsteetön sisäänkäynti ja nostolaite allastilaan. "
        "Avustaja pääsee maksutta avustettavan mukana.",
        "{Plats} är en motionsplats för hela familjen. I motionsbassängen finns 25 meters banor och en "
        "egen bana för vattenjogging. För barnen finns en varm bassäng och en vattenrutschbana.\n\n"
        "I simhallen ordnas simskolor för barn och vuxna samt ledd vattengymnastik. Tiderna hittar du "
        "på webbplatsen.\n\nTillgänglig entré och lyft till bassängen. Assistent kommer in gratis med "
        "den som behöver hjälp.",
        "The swimming hall is an exercise place for the whole family, with a 25-metre lap pool, a "
        "lane for aqua jogging and a warm children's pool. Swimming lessons and guided water "
        "exercise are organised for children and adults. Accessible entrance and a pool lift."),
    charge_info=t("Aikuiset {hinta}. Lapsille, opiskelijoille ja eläkeläisille alennettu hinta. "
                  "Sarjakortit ovat edullisempia.",
                  "Vuxna {pris}. Rabatterat pris för barn, studerande och pensionärer. Seriekort är "
                  "förmånligare.",
                  "Adults {price}, reduced price for children, students and pensioners."),
    charge="Chargeable", classes=("P27.1",), targets=("KR1",), terms=("koko:p11070", "koko:p32246"),
    keywords={"fi": ("uimahalli", "uinti", "sauna", "vesijuoksu"), "sv": ("simhall", "simning")},
    where=("905", "598", "545", "287", "499", "893"), venue="pool",
    channels=("{m}:leisure_web", "{m}:pool_tickets?"), en_in=("905",),
    prices=(("6,50 euroa", "6,50 euro", "EUR 6.50"), ("7 euroa", "7 euro", "EUR 7"),
            ("6 euroa", "6 euro", "EUR 6")),
)

ADAPTED_PE = Archetype(
    key="adapted_pe", theme="activity", owner="municipal",
    name=t("Soveltava liikunta", "Anpassad motion"),
    summary=t("Soveltavan liikunnan ryhmät on tarkoitettu niille, joille tavallinen liikuntaryhmä ei "
              "sairauden tai vamman vuoksi sovi.",
              "Grupperna i anpassad motion är till för dig som inte kan delta i en vanlig grupp på "
              "grund av sjukdom eller funktionsnedsättning."),
    description=t(
        "Soveltavan liikunnan liikuntaryhmille ohjaudutaan, kun liikkuminen vaatii erityistä tukea. "
        "Ryhmiä on esimerkiksi tuki- ja liikuntaelinsairaille, sydänkuntoutujille, "
        "kehitysvammaisille ja muistisairaille.\n\nRyhmät ovat pieniä, ja ohjaaja ottaa huomioon "
        "jokaisen voinnin. Mukana voi olla oma avustaja. Tiloihin on esteetön pääsy.\n\n"
        "Ennen ryhmään tuloa käydään lyhyt alkukeskustelu liikunnanohjaajan kanssa.",
        "Till grupperna i anpassad motion kommer du när du behöver särskilt stöd för att röra på dig. "
        "Det finns grupper bland annat för personer med stöd- och rörelseorganens sjukdomar, "
        "hjärtrehabilitering, intellektuell funktionsnedsättning och minnessjukdom.\n\nGrupperna är "
        "små och instruktören tar hänsyn till hur var och en mår. Du kan ha med din egen assistent. "
        "Lokalerna är tillgängliga.\n\nInnan du börjar för du ett kort samtal med "
        "idrottsinstruktören."),
    instruction=t("Ota yhteyttä liikuntapalvelujen erityisliikunnanohjaajaan. Lähetettä ei tarvita.",
                  "Kontakta idrottstjänsternas specialidrottsinstruktör. Ingen remiss behövs."),
    charge_info=t("Kausimaksu {hinta}.", "Terminsavgift {pris}."),
    charge="Chargeable", classes=("P27.1", "P4.4"), targets=("KR1", "KR1.4", "KR1.6"),
    events=("KE12",), terms=("koko:p15433",),
    keywords={"fi": ("soveltava liikunta", "erityisliikunta", "esteetön"),
              "sv": ("anpassad motion", "specialidrott")},
    where=("905", "598", "499", "545"), venue="sports", channels=("{m}:leisure_phone",),
    prices=(("25 euroa", "25 euro", "EUR 25"), ("20 euroa", "20 euro", "EUR 20")),
)

OUTDOOR_GYMS = Archetype(
    key="outdoor_gyms", theme="activity", owner="municipal",
    name=t("Ulkokuntosalit ja kuntoportaat", "Utegym och motionstrappor"),
    summary=t("Ulkokuntosalit ovat kaikkien vapaassa käytössä ympäri vuoden. Laitteiden vieressä on "
              "käyttöohjeet kuvina.",
              "Utegymmen är fria för alla året runt. Vid redskapen finns bildinstruktioner."),
    description=t(
        "Ulkokuntosalin käyttö on maksutonta, ja alue on aina avoinna. Laitteilla voi treenata omalla "
        "kehonpainolla jalkoja, selkää ja käsiä, ja kuntoportaissa saa sykkeen nopeasti ylös.\n\n"
        "Kesäisin liikuntapalvelut järjestävät ulkokuntosalilla maksuttomia ohjattuja tunteja "
        "{paiva} {klo}. Talvella portaat ja alue aurataan.",
        "Det är avgiftsfritt att använda utegymmet, och området är alltid öppet. På redskapen kan du "
        "träna ben, rygg och armar med din egen kroppsvikt, och i trappan får du snabbt upp pulsen.\n\n"
        "På sommaren ordnar idrottstjänsterna avgiftsfria ledda pass vid utegymmet {dag} {kl}. "
        "På vintern plogas trappan och området."),
    classes=("P27.1", "P27.2"), targets=("KR1",),
    keywords={"fi": ("ulkokuntosali", "kuntoportaat", "ulkoliikunta"), "sv": ("utegym", "trappor")},
    where=("905", "598", "399", "440", "475", "599"), venue="outgym",
    slots=(Slot("Monday", "18:00", "19:00"), Slot("Tuesday", "17:30", "18:30"),
           Slot("Thursday", "18:00", "19:00")),
)

NATURE_TRAILS = Archetype(
    key="nature_trails", theme="nature", owner="municipal",
    name=t("Luontopolut ja ulkoilureitit", "Naturstigar och friluftsleder", "Nature trails"),
    summary=t("Merkityt luontopolut ja ulkoilureitit ovat kaikkien käytössä maksutta. Reittien varrella "
              "on laavuja ja nuotiopaikkoja.",
              "De märkta naturstigarna och friluftslederna är fria för alla. Längs lederna finns "
              "vindskydd och eldplatser.",
              "The marked nature trails are free for everyone. There are lean-to shelters and campfire "
              "sites along the way."),
    description=t(
        "{Kunnan} ylläpitämät reitit kulkevat metsissä, rannoilla ja kosteikoilla. {Paikka} on "
        "merkitty maastoon, ja lähtöpisteessä on opastaulu ja pysäköintipaikka.\n\nReittien varrella\n"
        "* on laavuja ja nuotiopaikkoja, joissa on polttopuuta\n* voit tarkkailla lintuja "
        "lintutornista\n* on kuivakäymälöitä\n\nTulenteko on sallittu vain merkityillä paikoilla, "
        "eikä metsäpalovaroituksen aikana lainkaan. Vie omat roskasi mukanasi.",
        "Lederna som {ort} sköter går genom skog, längs stränder och över våtmarker. {Plats} är "
        "märkt i terrängen, och vid startpunkten finns en informationstavla och parkering.\n\n"
        "Längs lederna\n* finns vindskydd och eldplatser med ved\n* kan du skåda fågel från "
        "fågeltornet\n* finns torrdass\n\nDu får göra upp eld bara på märkta platser och inte alls när "
        "det råder varning för skogsbrand. Ta med ditt skräp hem.",
        "The trails maintained by {town} run through forests, along shores and over wetlands. The "
        "trail is marked, and there is an information board and parking at the start.\n\n"
        "Along the trails there are lean-to shelters and campfire sites with firewood, a bird tower "
        "and dry toilets. Light fires only at marked sites."),
    classes=("P27.2", "P23.1"), targets=("KR1",),
    keywords={"fi": ("luontopolku", "retkeily", "laavu", "lintutorni"),
              "sv": ("naturstig", "vandring", "vindskydd")},
    where=("905", "598", "545", "499", "287", "399", "946", "475", "288", "440", "599", "231", "280"),
    venue="outdoor", channels=("{m}:leisure_web",), en_in=("905",),
)

SENIOR_MEETING = Archetype(
    key="senior_meeting", theme="community", owner="municipal",
    name=t("Ikäihmisten kohtaamispaikka", "Träffpunkt för seniorer"),
    summary=t("Kohtaamispaikassa ikäihmiset tapaavat toisiaan kahvin, tuolijumpan, musiikin ja "
              "yhteisten keskustelujen merkeissä.",
              "På träffpunkten möts äldre över en kopp kaffe, stolgympa, musik och gemensamma samtal."),
    description=t(
        "{Paikka} on avoin kaikille eläkeikäisille. Viikko-ohjelmaan kuuluu esimerkiksi tuolijumppaa, "
        "yhteislaulua, muistipelejä, bingoa ja asiantuntijoiden vierailuja. Moni tulee myös vain "
        "lukemaan lehtiä ja juttelemaan.\n\nKohtaamispaikassa työskentelee ohjaaja, joka auttaa "
        "tarvittaessa myös palveluihin hakeutumisessa. Avoin kohtaamispaikka on {paiva} {klo}.\n\n"
        "Tule sellaisena kuin olet – jäsenyyttä tai ilmoittautumista ei tarvita.",
        "{Plats} är öppen för alla i pensionsåldern. I veckoprogrammet ingår till exempel stolgympa, "
        "allsång, minnesspel, bingo och besök av sakkunniga. Många kommer också bara för att läsa "
        "tidningen och prata.\n\nPå träffpunkten finns en handledare som vid behov också hjälper dig "
        "att hitta rätt service. Den öppna träffpunkten är {dag} {kl}.\n\nKom som du är – du behöver "
        "inte vara medlem eller anmäla dig."),
    charge_info=t("Osallistuminen on maksutonta. Kahvi ja pulla 2 euroa.",
                  "Det är gratis att delta. Kaffe med bulle 2 euro."),
    classes=("P4.2", "P4.12"), targets=("KR1", "KR1.1"), events=("KE10",),
    keywords={"fi": ("kohtaamispaikka", "ikäihmiset", "yksinäisyys", "seniorit"),
              "sv": ("träffpunkt", "seniorer", "ensamhet")},
    where=("905", "598", "545", "499", "287", "893", "946", "288", "231"), venue="senior",
    producers=(("seniorit", "ProcuredServices"),), producers_in=("545", "287"),
    slots=(Slot("Tuesday", "12:00", "15:00"), Slot("Wednesday", "10:00", "14:00"),
           Slot("Thursday", "12:00", "15:00")),
)

SENIOR_LUNCH = Archetype(
    key="senior_lunch", theme="nutrition", owner="municipal",
    name=t("Lounas ikäihmisille palvelukeskuksessa", "Lunch för seniorer på servicecentret"),
    summary=t("Palvelukeskuksen ravintolassa ikäihmiset voivat syödä arkisin edullisen ja "
              "ravitsevan lounaan yhdessä muiden kanssa.",
              "I servicecentrets restaurang kan äldre äta en förmånlig och näringsrik lunch "
              "tillsammans med andra på vardagar."),
    description=t(
        "{Paikka} tarjoaa arkisin kotiruokalounaan, jossa on lämmin ruoka, salaatti, leipä ja "
        "jälkiruoka. Ruoka valmistetaan ikäihmisten ravitsemussuositusten mukaan, ja "
        "erityisruokavaliot otetaan huomioon.\n\nYhteinen ateria on hyvä syy lähteä kotoa. "
        "Hyvä ruokahalu ja riittävä proteiinin saanti auttavat pysymään toimintakykyisenä.\n\n"
        "Lounas on tarjolla maanantaista perjantaihin klo 11–13.",
        "{Plats} serverar husmanskost på vardagar med varm mat, sallad, bröd och efterrätt. Maten "
        "tillreds enligt näringsrekommendationerna för äldre och vi tar hänsyn till specialdieter.\n\n"
        "En gemensam måltid är ett bra skäl att komma ut hemifrån. God aptit och tillräckligt med "
        "protein hjälper dig att hålla dig i form.\n\nLunch serveras måndag till fredag kl. 11–13."),
    charge_info=t("Lounas {hinta}. Maksu kortilla tai käteisellä.", "Lunch {pris}. Betala med kort "
                  "eller kontant."),
    charge="Chargeable", classes=("P4.2", "P5.20"), targets=("KR1", "KR1.1"),
    keywords={"fi": ("lounas", "ravitsemus", "ikäihmiset", "ateria"),
              "sv": ("lunch", "näring", "seniorer")},
    where=("905", "598", "545", "399", "946", "475"), venue="senior",
    prices=(("7,50 euroa", "7,50 euro", "EUR 7.50"), ("8 euroa", "8 euro", "EUR 8"),
            ("7 euroa", "7 euro", "EUR 7")),
)

CHOIR = Archetype(
    key="choir", theme="culture", owner="municipal",
    name=t("Kansalaisopiston kuorolaulu", "Körsång vid medborgarinstitutet"),
    summary=t("Kansalaisopiston kuorossa laulat moniäänisesti kansanlauluja, iskelmiä ja "
              "kuoroklassikoita. Nuottien lukutaitoa ei vaadita.",
              "I medborgarinstitutets kör sjunger du i stämmor – folkvisor, schlager och körklassiker. "
              "Du behöver inte kunna läsa noter."),
    description=t(
        "Kuoro harjoittelee {paikassa} {paiva} {klo}. Harjoituksissa lämmitellään ääntä, opetellaan "
        "stemmoja korvakuulolta ja nautitaan yhdessä laulamisesta. Kausi päättyy joulu- ja "
        "kevätkonserttiin.\n\nLaulaminen tekee hyvää: se rentouttaa, parantaa mielialaa ja kasvattaa "
        "keuhkojen kapasiteettia. Kuoroon ovat tervetulleita kaikki, joilla on halu laulaa.",
        "Kören övar {i_plats} {dag} {kl}. Vi värmer upp rösten, lär oss stämmorna på gehör och njuter "
        "av att sjunga tillsammans. Terminen avslutas med en jul- och vårkonsert.\n\nAtt sjunga gör "
        "gott: det avslappnar, lyfter humöret och ökar lungkapaciteten. Alla som vill sjunga är "
        "välkomna i kören."),
    instruction=t("Ilmoittaudu kurssille verkossa tai kansalaisopiston toimistossa.",
                  "Anmäl dig till kursen på nätet eller på medborgarinstitutets kansli."),
    charge_info=t("Kurssimaksu {hinta} lukukaudelta.", "Kursavgift {pris} per termin."),
    charge="Chargeable", classes=("P25.7", "P25.2"), targets=("KR1",),
    terms=("koko:p5141", "koko:p35542"),
    keywords={"fi": ("kuoro", "laulu", "musiikki", "kansalaisopisto"),
              "sv": ("kör", "sång", "musik", "medborgarinstitut")},
    where=("905", "598", "499", "545"), venue="culture", channels=("{m}:courses_signup",),
    slots=(Slot("Monday", "18:00", "19:30"), Slot("Wednesday", "18:30", "20:00")),
    prices=(("55 euroa", "55 euro", "EUR 55"), ("60 euroa", "60 euro", "EUR 60")),
)

ADULT_COURSES = Archetype(
    key="adult_courses", theme="culture", owner="municipal",
    name=t("Kansalaisopiston kurssit", "Kurser vid medborgarinstitutet"),
    summary=t("Kansalaisopistossa voit opiskella kieliä, taidetta, käsitöitä, liikuntaa ja "
              "digitaitoja omaksi iloksesi.",
              "Vid medborgarinstitutet kan du studera språk, konst, hantverk, motion och digitala "
              "färdigheter för ditt eget nöjes skull."),
    description=t(
        "{Kunnan} kansalaisopisto järjestää vuosittain satoja kursseja aikuisille, nuorille ja "
        "lapsille. Opetusta on iltaisin, viikonloppuisin ja verkossa.\n\nSuosittuja aiheita ovat\n"
        "* kielet suomesta ja ruotsista espanjaan\n* maalaus, keramiikka ja valokuvaus\n"
        "* käsityöt, kuten kudonta ja puutyöt\n* jooga, pilates ja tanssi\n* tietokoneen ja "
        "älypuhelimen käyttö\n\nKurssit ovat kaikille avoimia eivätkä vaadi pohjatietoja, ellei "
        "kurssikuvauksessa toisin mainita.",
        "{Orts} medborgarinstitut ordnar varje år hundratals kurser för vuxna, unga och barn. "
        "Undervisningen sker på kvällar, veckoslut och på nätet.\n\nPopulära ämnen är\n* språk från "
        "finska och svenska till spanska\n* målning, keramik och fotografering\n* hantverk, till "
        "exempel vävning och träslöjd\n* yoga, pilates och dans\n* att använda dator och "
        "smarttelefon\n\nKurserna är öppna för alla och kräver inga förkunskaper om inget annat "
        "nämns i kursbeskrivningen."),
    instruction=t("Kurssitarjonta julkaistaan elokuussa. Ilmoittaudu verkossa tai puhelimitse.",
                  "Kursutbudet publiceras i augusti. Anmäl dig på nätet eller per telefon."),
    charge_info=t("Kurssien hinnat vaihtelevat. Eläkeläisille ja työttömille on alennuksia.",
                  "Kursavgifterna varierar. Pensionärer och arbetslösa får rabatt."),
    charge="Chargeable", classes=("P25.7", "P6.10"), targets=("KR1",),
    terms=("koko:p5141", "koko:p34876", "koko:p35542"),
    keywords={"fi": ("kansalaisopisto", "kurssit", "harrastus", "aikuisopiskelu"),
              "sv": ("medborgarinstitut", "kurser", "hobby")},
    where=("905", "598", "499", "545", "287", "399"), venue="culture",
    channels=("{m}:courses_signup",),
)

IMMIGRANT_ADVICE = Archetype(
    key="immigrant_advice", theme="livelihood", owner="municipal",
    name=t("Maahanmuuttajien neuvonta", "Rådgivning för invandrare", "Advice for immigrants"),
    summary=t("Neuvonnasta saat apua arjen asioihin, lomakkeisiin ja palveluihin, kun olet muuttanut "
              "{kuntaan} ulkomailta.",
              "Rådgivningen hjälper dig med vardagliga ärenden, blanketter och service när du har "
              "flyttat till {ort} från utlandet.",
              "Get help with everyday matters, forms and services after moving to {town} from "
              "abroad."),
    description=t(
        "Maahanmuuttajien neuvonta palvelee kaikkia {kunnassa} asuvia maahanmuuttajia oleskelun "
        "perusteesta riippumatta. Neuvojat puhuvat suomea, ruotsia, englantia, arabiaa ja venäjää, "
        "ja tarvittaessa käytämme tulkkia.\n\nVoit kysyä esimerkiksi\n* kotikunnan ja "
        "henkilötunnuksen hakemisesta\n* kielikursseista ja kotoutumisohjelmasta\n* asunnon ja työn "
        "etsimisestä\n* lasten päivähoidosta ja koulusta",
        "Rådgivningen för invandrare betjänar alla invandrare som bor i {ort}, oberoende av grunden "
        "för uppehållet. Rådgivarna talar finska, svenska, engelska, arabiska och ryska, och vid behov "
        "använder vi tolk.\n\nDu kan fråga till exempel om\n* hemkommun och personbeteckning\n* "
        "språkkurser och integrationsprogrammet\n* att söka bostad och arbete\n* barnens dagvård och "
        "skola",
        "The advice service for immigrants serves all immigrants living in {town}, regardless of "
        "the grounds for residence. Advisers speak Finnish, Swedish, English, Arabic and Russian, and "
        "we use an interpreter if needed.\n\nYou can ask, for example, about a municipality of "
        "residence and a personal identity code, language courses, finding a home and a job, and "
        "day care and school for children."),
    instruction=t("Tule käymään ilman ajanvarausta tai varaa aika puhelimitse.",
                  "Kom in utan tidsbokning eller boka tid per telefon.",
                  "Drop in without an appointment or book a time by phone."),
    classes=("P4.11", "P22.2"), targets=("KR1",), events=("KE5",), terms=("koko:p30529",),
    langs=("en", "ar", "ru", "uk"),
    keywords={"fi": ("maahanmuuttajat", "kotoutuminen", "neuvonta"),
              "sv": ("invandrare", "integration", "rådgivning"), "en": ("immigrants", "integration")},
    where=("905", "598", "545"), venue="office", en_in=("905", "598", "545"),
)

ARCHETYPES: tuple[Archetype, ...] = (
    SENIOR_GYM, AQUA_SENIORS, SWIMMING_HALL, ADAPTED_PE, OUTDOOR_GYMS, NATURE_TRAILS, SENIOR_MEETING,
    SENIOR_LUNCH, CHOIR, ADULT_COURSES, IMMIGRANT_ADVICE,
)
