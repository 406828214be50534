"""Derive the geo and catalogue reference data the project ships from the shared source data."""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TypedDict

REPO = Path(__file__).resolve().parents[1]
GEO_OUT = REPO / "tarjotin" / "geo" / "data"
CATALOGUE_OUT = REPO / "tarjotin" / "catalogue" / "data"
NAME_COLUMNS = ["name_fi", "name_sv", "name_en"]
CLASS_COLUMNS = ["code", "parent_code", *NAME_COLUMNS]

HELSINKI_COUNTY = "90"
ALAND_COUNTY = "91"
EXPECTED_MUNICIPALITIES = 308
EXPECTED_COUNTIES = 22  # 21 wellbeing services counties and Helsinki
# kielisuhde_code -> (languages, majority first; words its Finnish label must contain).
LANGUAGE_CODES: dict[str, tuple[str, tuple[str, ...]]] = {
    "0": ("fi", ("yksikielinen", "suomenkielinen")),
    "1": ("fi sv", ("kaksikielinen", "enemmistön kieli on suomi")),
    "2": ("sv", ("yksikielinen", "ruotsinkielinen")),
    "3": ("sv fi", ("kaksikielinen", "enemmistön kieli on ruotsi")),
}

Row = dict[str, str]


class ThemeSpec(TypedDict):
    """One theme as written in THEMES below."""

    slug: str
    name: dict[str, str]
    description: dict[str, str]
    service_classes: str  # codes separated by spaces
    keywords: dict[str, str]  # language -> keywords separated by commas


def natural_key(code: str) -> tuple[object, ...]:
    """Sort key that orders P2 before P10 and P5.2 before P5.10."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", code) if part)


def read_csv(path: Path) -> list[Row]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [{key: (value or "").strip() for key, value in row.items()} for row in csv.DictReader(handle)]


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Row]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = list(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    path.write_text(text, encoding="utf-8", newline="\n")


def municipality_languages(row: Row) -> str:
    """Map kielisuhde_code to languages, checking the code against its Finnish label."""
    languages, words = LANGUAGE_CODES[row["kielisuhde_code"]]
    label = row["kielisuhde_fi"].lower()
    if not all(word in label for word in words):
        raise ValueError(f"{row['kuntanumero']}: kielisuhde {row['kielisuhde_code']} is {label!r}")
    return languages


def municipalities(rows: list[Row]) -> list[Row]:
    out = [
        {
            "code": row["kuntanumero"].zfill(3),
            "name_fi": row["name_fi"],
            "name_sv": row["name_sv"],
            "name_en": row["name_en"],
            "county_code": "" if row["hyvinvointialue_code"] == ALAND_COUNTY else row["hyvinvointialue_code"],
            "region_code": row["maakunta_code"],
            "languages": municipality_languages(row),
        }
        for row in rows
    ]
    if len(out) != EXPECTED_MUNICIPALITIES or len({row["code"] for row in out}) != len(out):
        raise ValueError(f"expected {EXPECTED_MUNICIPALITIES} unique municipalities, got {len(out)}")
    return sorted(out, key=lambda row: row["code"])


def unique_by_code(rows: list[Row], prefix: str) -> dict[str, Row]:
    """Collect {code, name_*} from the columns `<prefix>_code`, `<prefix>_fi`, ... and check they agree."""
    found: dict[str, Row] = {}
    for row in rows:
        item = {"code": row[f"{prefix}_code"]} | {
            f"name_{lang}": row[f"{prefix}_{lang}"] for lang in "fi sv en".split()
        }
        if found.setdefault(item["code"], item) != item:
            raise ValueError(f"{prefix} {item['code']} has two names: {found[item['code']]} / {item}")
    return found


def counties(rows: list[Row]) -> list[Row]:
    found = unique_by_code(rows, "hyvinvointialue")
    found.pop(ALAND_COUNTY, None)
    out = [row | {"kind": "city" if code == HELSINKI_COUNTY else "county"} for code, row in found.items()]
    if len(out) != EXPECTED_COUNTIES or HELSINKI_COUNTY not in found:
        raise ValueError(f"expected {EXPECTED_COUNTIES} counties including Helsinki, got {sorted(found)}")
    return sorted(out, key=lambda row: row["code"])


def regions(rows: list[Row]) -> list[Row]:
    return sorted(unique_by_code(rows, "maakunta").values(), key=lambda row: row["code"])


def service_classes(rows: list[Row]) -> list[Row]:
    return sorted((row for row in rows if row["status"] == "VALID"), key=lambda row: natural_key(row["code"]))


def life_events(rows: list[Row]) -> list[Row]:
    out = [
        row | {"parent_code": row["parent_uri"].rsplit("/", 1)[-1] if row["parent_uri"] else ""}
        for row in rows
    ]
    return sorted(out, key=lambda row: natural_key(row["code"]))


def check_parents(rows: list[Row], what: str) -> None:
    codes = {row["code"] for row in rows}
    missing = sorted({row["parent_code"] for row in rows if row["parent_code"]} - codes)
    if missing:
        raise ValueError(f"{what}: parents missing: {missing}")


def split_keywords(text: str) -> list[str]:
    return sorted({word.strip().lower() for word in text.split(",") if word.strip()})


def theme_json(theme: ThemeSpec, order: int, known_classes: set[str]) -> dict[str, object]:
    """Normalise one theme: checked, naturally sorted classes; sorted, unique keywords."""
    classes = sorted(set(theme["service_classes"].split()), key=natural_key)
    unknown = [code for code in classes if code not in known_classes]
    if unknown:
        raise ValueError(f"theme {theme['slug']}: unknown service classes {unknown}")
    return {
        "slug": theme["slug"],
        "order": order,
        "name": theme["name"],
        "description": theme["description"],
        "service_classes": classes,
        "target_groups": [],
        "keywords": {lang: split_keywords(words) for lang, words in theme["keywords"].items()},
    }


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else REPO / ".." / "shared" / "data"
    source = source.resolve()
    geo_rows = read_csv(source / "statfi-geofi" / "municipalities_2026.csv")
    classes = service_classes(read_csv(source / "derived" / "ptv_service_classes_ptvserclass2.csv"))
    groups = sorted(
        read_csv(source / "derived" / "ptv_target_groups_ptvkohderyhmat.csv"),
        key=lambda row: natural_key(row["code"]),
    )
    events = life_events(read_csv(source / "derived" / "ptv_life_events_ptvelti.csv"))
    for rows, what in ((classes, "service classes"), (groups, "target groups"), (events, "life events")):
        check_parents(rows, what)
    known = {row["code"] for row in classes}
    themes = [theme_json(theme, order, known) for order, theme in enumerate(THEMES, start=1)]
    counts = {
        "geo/municipalities.csv": write_csv(
            GEO_OUT / "municipalities.csv",
            ["code", *NAME_COLUMNS, "county_code", "region_code", "languages"],
            municipalities(geo_rows),
        ),
        "geo/counties.csv": write_csv(
            GEO_OUT / "counties.csv", ["code", *NAME_COLUMNS, "kind"], counties(geo_rows)
        ),
        "geo/regions.csv": write_csv(GEO_OUT / "regions.csv", ["code", *NAME_COLUMNS], regions(geo_rows)),
        "catalogue/service_classes.csv": write_csv(
            CATALOGUE_OUT / "service_classes.csv", CLASS_COLUMNS, classes
        ),
        "catalogue/target_groups.csv": write_csv(CATALOGUE_OUT / "target_groups.csv", CLASS_COLUMNS, groups),
        "catalogue/life_events.csv": write_csv(CATALOGUE_OUT / "life_events.csv", CLASS_COLUMNS, events),
    }
    write_json(CATALOGUE_OUT / "themes.json", themes)
    counts["catalogue/themes.json"] = len(themes)
    for name, count in counts.items():
        print(f"{name}: {count}")
    return 0


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


if __name__ == "__main__":
    sys.exit(main(sys.argv))
