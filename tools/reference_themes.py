"""The eight national wellbeing themes as the project maps them; `derive_reference_data.py` writes them out."""

from __future__ import annotations

from typing import TypedDict


class ThemeSpec(TypedDict):
    """One theme as written in THEMES."""

    slug: str
    name: dict[str, str]
    description: dict[str, str]
    service_classes: str  # codes separated by spaces
    keywords: dict[str, str]  # language -> keywords separated by commas


# The project's own mapping of the eight national wellbeing themes (as Tarmoa uses them) to PTV service
# classes and keywords. Edit here and rerun; a tray can override themes in its own configuration.
THEMES: list[ThemeSpec] = [
    {
        "slug": "yhteisollisyys",
        "name": {
            "fi": "Yhteisöllisyys, vaikuttaminen ja sosiaaliset suhteet",
            "sv": "Gemenskap, delaktighet och sociala relationer",
            "en": "Community, participation and social relationships",
        },
        "description": {
            "fi": (
                "Vertais- ja vapaaehtoistoimintaa, kohtaamispaikkoja ja yhdistyksiä, joissa voit tavata "
                "muita, saada tukea ja vaikuttaa lähiympäristösi asioihin."
            ),
            "sv": (
                "Kamratstöd och frivilligverksamhet, mötesplatser och föreningar där du kan träffa andra, "
                "få stöd och påverka det som händer där du bor."
            ),
            "en": (
                "Peer support and volunteering, meeting places and associations where you can meet people, "
                "get support and have a say in your community."
            ),
        },
        "service_classes": "P3.1 P4.11 P4.12 P5.16 P8.3 P8.4 P25.5 P28 P28.1 P28.2 P28.6 P28.7",
        "keywords": {
            "fi": (
                "yhteisöllisyys, vertaistuki, vertaisryhmä, vapaaehtoistoiminta, vapaaehtoinen, yhdistys, "
                "järjestö, kohtaamispaikka, asukastila, olohuone, kerho, ystävätoiminta, yksinäisyys, "
                "osallisuus, vaikuttaminen, kokemusasiantuntija, perhekahvila, seniorikerho, nuorisotalo"
            ),
            "sv": (
                "gemenskap, kamratstöd, kamratgrupp, frivilligverksamhet, frivillig, förening, "
                "organisation, mötesplats, träffpunkt, klubb, vänverksamhet, ensamhet, delaktighet, "
                "påverkan, erfarenhetsexpert, familjecafé, seniorklubb, ungdomsgård"
            ),
            "en": (
                "community, peer support, peer group, volunteering, volunteer, association, meeting place, "
                "drop-in, club, befriending, loneliness, participation, inclusion, lived experience, "
                "family café, youth centre"
            ),
        },
    },
    {
        "slug": "luonto",
        "name": {
            "fi": "Luonto ja lähiluonnossa liikkuminen",
            "sv": "Natur och friluftsliv i närmiljön",
            "en": "Nature and outdoor activities close to home",
        },
        "description": {
            "fi": (
                "Retkeilyreittejä, ulkoilualueita, laavuja ja luontokohteita läheltä ja kauempaa. "
                "Luonnossa liikkuminen virkistää sekä kehoa että mieltä."
            ),
            "sv": (
                "Vandringsleder, friluftsområden, vindskydd och naturmål både nära och längre bort. Att "
                "röra sig i naturen ger ny energi åt både kropp och själ."
            ),
            "en": (
                "Hiking trails, outdoor recreation areas, lean-to shelters and nature sites near you and "
                "further afield. Time in nature refreshes both body and mind."
            ),
        },
        "service_classes": "P23.1 P27 P27.2 P27.3 P27.4 P27.5",
        "keywords": {
            "fi": (
                "luonto, lähiluonto, retkeily, retki, ulkoilu, ulkoilureitti, luontopolku, laavu, kota, "
                "nuotiopaikka, kansallispuisto, virkistysalue, uimaranta, marjastus, sienestys, metsä, "
                "lintuharrastus, melonta, luontoliikunta"
            ),
            "sv": (
                "natur, närnatur, friluftsliv, utflykt, vandring, vandringsled, naturstig, vindskydd, "
                "kåta, eldplats, nationalpark, friluftsområde, badstrand, bärplockning, svampplockning, "
                "skog, fågelskådning, paddling"
            ),
            "en": (
                "nature, outdoors, hiking, trail, nature trail, lean-to, campfire site, national park, "
                "recreation area, beach, berry picking, mushroom picking, forest, birdwatching, canoeing"
            ),
        },
    },
    {
        "slug": "liikunta",
        "name": {
            "fi": "Liikunta",
            "sv": "Motion",
            "en": "Physical activity",
        },
        "description": {
            "fi": (
                "Liikuntapaikkoja, ohjattuja liikuntaryhmiä ja urheiluseuroja kaikenikäisille ja "
                "-kuntoisille."
            ),
            "sv": (
                "Idrottsplatser, ledda motionsgrupper och idrottsföreningar för alla, oavsett ålder och "
                "kondition."
            ),
            "en": (
                "Sports facilities, guided exercise groups and sports clubs for all ages and fitness levels."
            ),
        },
        "service_classes": "P27 P27.1",
        "keywords": {
            "fi": (
                "liikunta, urheilu, kuntoilu, kuntosali, uimahalli, uinti, jumppa, tanssi, ohjattu "
                "liikunta, liikuntaryhmä, soveltava liikunta, seniorijumppa, urheiluseura, kävely, "
                "pyöräily, hiihto, liikuntaneuvonta, liikuntapaikka, luistelu, lähiliikunta, "
                "urheilukenttä, liikuntapuisto, kuntorata, latu, pallokenttä"
            ),
            "sv": (
                "motion, idrott, träning, gym, simhall, simning, gymnastik, dans, ledd motion, "
                "motionsgrupp, anpassad motion, seniorgymnastik, idrottsförening, promenad, cykling, "
                "skidåkning, motionsrådgivning, idrottsplats, skridskoåkning, idrottsplan, motionspark, "
                "motionsbana, skidspår, bollplan"
            ),
            "en": (
                "exercise, physical activity, sport, fitness, gym, swimming pool, swimming, dance, "
                "exercise class, adapted physical activity, sports club, walking, cycling, skiing, "
                "exercise counselling, sports facility, skating, sports field, sports park, fitness trail, "
                "ski track, ball field"
            ),
        },
    },
    {
        "slug": "kulttuuri",
        "name": {
            "fi": "Luovuus, taide- ja kulttuuriharrastaminen",
            "sv": "Kreativitet, konst och kulturhobbyer",
            "en": "Creativity, arts and culture",
        },
        "description": {
            "fi": (
                "Kirjastoja, museoita, kursseja ja harrastusryhmiä, joissa voit nauttia kulttuurista ja "
                "tehdä itse: musiikkia, kuvataidetta, käsitöitä, teatteria ja paljon muuta."
            ),
            "sv": (
                "Bibliotek, museer, kurser och hobbygrupper där du kan uppleva kultur och skapa själv: "
                "musik, bildkonst, hantverk, teater och mycket mer."
            ),
            "en": (
                "Libraries, museums, courses and hobby groups where you can enjoy culture and create "
                "things yourself: music, visual arts, crafts, theatre and much more."
            ),
        },
        "service_classes": "P25 P25.1 P25.2 P25.3 P25.5 P25.7 P28.2",
        "keywords": {
            "fi": (
                "kulttuuri, taide, kirjasto, museo, teatteri, musiikki, kuoro, konsertti, kuvataide, "
                "käsityö, kirjoittaminen, valokuvaus, näyttely, elokuva, kansalaisopisto, harrastus, "
                "lukupiiri, kulttuurikaveri, luovuus"
            ),
            "sv": (
                "kultur, konst, bibliotek, museum, teater, musik, kör, konsert, bildkonst, hantverk, "
                "skrivande, fotografering, utställning, film, medborgarinstitut, hobby, läsecirkel, "
                "kulturkompis, kreativitet"
            ),
            "en": (
                "culture, arts, library, museum, theatre, music, choir, concert, visual arts, crafts, "
                "creative writing, photography, exhibition, cinema, adult education centre, hobby, reading "
                "group, culture buddy, creativity"
            ),
        },
    },
    {
        "slug": "toimeentulo",
        "name": {
            "fi": "Toimeentulo, työ, oppiminen ja asuminen",
            "sv": "Försörjning, arbete, lärande och boende",
            "en": "Income, work, learning and housing",
        },
        "description": {
            "fi": (
                "Apua raha-asioihin, työnhakuun, opiskeluun ja asumiseen: talous- ja velkaneuvontaa, "
                "työllisyyspalveluja, kursseja ja vertaistukea."
            ),
            "sv": (
                "Hjälp med ekonomi, jobbsökning, studier och boende: ekonomi- och skuldrådgivning, "
                "sysselsättningstjänster, kurser och kamratstöd."
            ),
            "en": (
                "Help with money, job seeking, studying and housing: financial and debt advice, employment "
                "services, courses and peer support."
            ),
        },
        "service_classes": (
            "P1.1 P1.4 P3.9 P4.8 P4.10 P4.11 P6.4 P6.5 P6.7 P6.10 P6.14 P10.1 P10.2 P10.4 P10.6 P10.7 "
            "P10.8 P13.1 P13.2 P13.3 P15.1 P22.2 P22.3 P25.7 P28.3 P28.5"
        ),
        "keywords": {
            "fi": (
                "toimeentulo, raha-asiat, talousneuvonta, velkaneuvonta, velka, toimeentulotuki, "
                "asumistuki, työ, työnhaku, työllisyys, työttömyys, työkokeilu, kuntouttava työtoiminta, "
                "työpaja, opiskelu, koulutus, kurssi, kielikurssi, asuminen, asunto, asumisneuvonta, "
                "vuokra-asunto"
            ),
            "sv": (
                "försörjning, pengar, ekonomisk rådgivning, skuldrådgivning, skuld, utkomststöd, "
                "bostadsbidrag, arbete, jobbsökning, sysselsättning, arbetslöshet, arbetsprövning, "
                "arbetsverksamhet i rehabiliteringssyfte, verkstad, studier, utbildning, kurs, språkkurs, "
                "boende, bostad, boenderådgivning, hyresbostad"
            ),
            "en": (
                "income, money, financial advice, debt advice, debt, social assistance, housing allowance, "
                "work, job seeking, employment, unemployment, work trial, rehabilitative work activity, "
                "workshop, studying, education, course, language course, housing, housing advice, rental "
                "housing"
            ),
        },
    },
    {
        "slug": "ohjaus",
        "name": {
            "fi": "Sosiaali- ja terveydenhuollon ohjaus, neuvonta ja tukipalvelut",
            "sv": "Handledning, rådgivning och stödtjänster inom social- och hälsovården",
            "en": "Social and health care guidance, advice and support services",
        },
        "description": {
            "fi": (
                "Neuvontaa ja ohjausta sosiaali- ja terveyspalveluihin sekä tukea arkeen esimerkiksi "
                "ikääntyneille, lapsiperheille, omaishoitajille ja vammaisille."
            ),
            "sv": (
                "Rådgivning och handledning i social- och hälsovårdsfrågor samt stöd i vardagen, till "
                "exempel för äldre, barnfamiljer, närståendevårdare och personer med funktionsnedsättning."
            ),
            "en": (
                "Advice and guidance on social and health services, and support in everyday life, for "
                "example for older people, families with children, informal carers and people with "
                "disabilities."
            ),
        },
        "service_classes": (
            "P3.2 P3.5 P3.6 P3.7 P4.1 P4.2 P4.3 P4.4 P4.5 P4.6 P4.7 P4.9 P4.13 P4.14 P5.2 P5.8 P5.9 P5.11 "
            "P5.13 P5.14 P5.17 P5.18 P5.19 P28.4 P28.5"
        ),
        "keywords": {
            "fi": (
                "palveluohjaus, neuvonta, ohjaus, sosiaaliohjaus, terveysneuvonta, neuvola, omaishoito, "
                "omaishoitaja, kotihoito, kotipalvelu, ikäihminen, seniorineuvonta, vammaispalvelu, "
                "perhetyö, sosiaalityö, terveystarkastus, kuntoutus, omahoito, itsehoito, tukipalvelu, "
                "asiakasohjaus"
            ),
            "sv": (
                "servicehandledning, rådgivning, handledning, socialhandledning, hälsorådgivning, "
                "rådgivningsbyrå, närståendevård, närståendevårdare, hemvård, hemservice, äldre, "
                "seniorrådgivning, handikappservice, familjearbete, socialt arbete, hälsoundersökning, "
                "rehabilitering, egenvård, stödtjänst, klientstyrning"
            ),
            "en": (
                "service guidance, advice, guidance, social guidance, health advice, child health clinic, "
                "informal care, informal carer, home care, home help, older people, senior advice, "
                "disability services, family work, social work, health check, rehabilitation, self-care, "
                "support service, case management"
            ),
        },
    },
    {
        "slug": "ravitsemus-uni",
        "name": {
            "fi": "Ravitsemus ja uni",
            "sv": "Kost och sömn",
            "en": "Nutrition and sleep",
        },
        "description": {
            "fi": (
                "Tietoa ja tukea terveelliseen syömiseen ja hyvään uneen: ravitsemusneuvontaa, "
                "ruokakursseja, yhteisiä aterioita ja ruoka-apua."
            ),
            "sv": (
                "Information och stöd för hälsosam kost och god sömn: kostrådgivning, matlagningskurser, "
                "gemensamma måltider och mathjälp."
            ),
            "en": (
                "Information and support for healthy eating and good sleep: nutrition advice, cooking "
                "classes, shared meals and food aid."
            ),
        },
        "service_classes": "P5.20",
        "keywords": {
            "fi": (
                "ravitsemus, ravinto, ruoka, ruokavalio, syöminen, ateria, ruokailu, ruokakurssi, "
                "ravitsemusneuvonta, ravitsemusterapia, painonhallinta, ruoka-apu, ruokajakelu, "
                "yhteisruokailu, ateriapalvelu, uni, nukkuminen, unettomuus, unikoulu, uniongelma, lepo, "
                "palautuminen"
            ),
            "sv": (
                "kost, näring, mat, kosthållning, måltid, matlagningskurs, kostrådgivning, kostterapi, "
                "viktkontroll, mathjälp, matutdelning, gemensam måltid, måltidsservice, sömn, sömnlöshet, "
                "sömnskola, sömnproblem, vila, återhämtning"
            ),
            "en": (
                "nutrition, food, diet, healthy eating, meal, cooking class, nutrition advice, dietitian, "
                "weight management, food aid, food bank, shared meal, meal service, sleep, insomnia, sleep "
                "problems, rest, recovery"
            ),
        },
    },
    {
        "slug": "mielen-hyvinvointi",
        "name": {
            "fi": "Mielen hyvinvointi ja päihteettömyys",
            "sv": "Psykiskt välbefinnande och ett rusfritt liv",
            "en": "Mental wellbeing and substance-free living",
        },
        "description": {
            "fi": (
                "Tukea mielen hyvinvointiin, kriiseihin ja päihteiden käytön vähentämiseen: "
                "keskusteluapua, vertaisryhmiä sekä mielenterveys- ja päihdepalveluja."
            ),
            "sv": (
                "Stöd för psykiskt välbefinnande, i kriser och för att minska bruket av rusmedel: "
                "samtalsstöd, kamratgrupper samt tjänster inom mentalvård och missbruksvård."
            ),
            "en": (
                "Support for mental wellbeing, in a crisis and for cutting down on alcohol or drugs: "
                "someone to talk to, peer groups, and mental health and substance use services."
            ),
        },
        "service_classes": "P3.7 P5.7",
        "keywords": {
            "fi": (
                "mielenterveys, mielen hyvinvointi, mieli, masennus, ahdistus, stressi, jaksaminen, "
                "kriisi, kriisiapu, keskusteluapu, kriisipuhelin, päihde, päihteettömyys, alkoholi, huume, "
                "riippuvuus, peliriippuvuus, raittius, suru, itsetuhoisuus"
            ),
            "sv": (
                "psykisk hälsa, mental hälsa, psykiskt välbefinnande, depression, ångest, stress, ork, "
                "kris, krishjälp, samtalsstöd, kristelefon, rusmedel, missbruk, alkohol, droger, beroende, "
                "spelberoende, nykterhet, sorg, självmordsprevention"
            ),
            "en": (
                "mental health, mental wellbeing, depression, anxiety, stress, coping, crisis, crisis "
                "support, someone to talk to, helpline, substance use, addiction, alcohol, drugs, "
                "gambling, sobriety, grief, suicide prevention"
            ),
        },
    },
]
