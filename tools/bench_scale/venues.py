"""Kinds of service location (venues) with their names, descriptions and weekly hours; street names."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Venue:
    """`fi` is nominative|genitive|locative; `sv` is indefinite|definite|"i/på" + definite."""

    key: str
    fi: str
    sv: str
    en: str
    about_fi: tuple[str, ...]  # sentences describing the place
    about_sv: str
    hours: tuple[tuple[str, str, str, str], ...]  # (day from, day to, opens, closes)
    share: float  # how many of a municipality's locations are of this kind
    owner: str = "municipality"  # municipality | county | ngo | parish

    def form(self, case: int) -> str:
        return self.fi.split("|")[case]

    def sv_form(self, case: int) -> str:
        return self.sv.split("|")[case]


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
DAYS_FI = {"Monday": "maanantaisin", "Tuesday": "tiistaisin", "Wednesday": "keskiviikkoisin",
           "Thursday": "torstaisin", "Friday": "perjantaisin", "Saturday": "lauantaisin", "Sunday": "sunnuntaisin"}
DAYS_SV = {"Monday": "på måndagar", "Tuesday": "på tisdagar", "Wednesday": "på onsdagar",
           "Thursday": "på torsdagar", "Friday": "på fredagar", "Saturday": "på lördagar", "Sunday": "på söndagar"}
_ACCESSIBLE_FI = "Sisäänkäynti on esteetön, ja rakennuksessa on hissi sekä esteetön wc."

VENUES = {v.key: v for v in (
    Venue("library", "kirjasto|kirjaston|kirjastossa", "bibliotek|biblioteket|på biblioteket", "library",
          ("Kirjastosta lainaat maksutta kirjoja, äänikirjoja, lehtiä ja elokuvia.",
           "Asiakkaiden käytössä on tietokoneita, tulostin ja hiljainen lukusali."),
          "På biblioteket lånar du avgiftsfritt böcker, ljudböcker, tidningar och filmer.",
          (("Monday", "Thursday", "10:00", "19:00"), ("Friday", "", "10:00", "16:00"),
           ("Saturday", "", "10:00", "15:00")), 0.12),
    Venue("sportshall", "liikuntahalli|liikuntahallin|liikuntahallissa", "idrottshall|idrottshallen|i idrottshallen",
          "sports hall", ("Liikuntahallissa on palloilusali, kuntosali ja ryhmäliikuntatila.",
                          "Pukuhuoneissa on suihkut ja lukittavat kaapit."),
          "I idrottshallen finns en bollhall, ett gym och en sal för gruppträning.",
          (("Monday", "Friday", "07:00", "21:00"), ("Saturday", "Sunday", "09:00", "18:00")), 0.10),
    Venue("swimminghall", "uimahalli|uimahallin|uimahallissa", "simhall|simhallen|i simhallen", "swimming hall",
          ("Uimahallissa on 25 metrin kuntouima-allas, opetusallas ja lasten kahluuallas.",
           "Saunoja on sekä naisten että miesten puolella, ja hallissa on myös kuntosali."),
          "I simhallen finns en 25 meters motionsbassäng, en undervisningsbassäng och en plaskdamm.",
          (("Monday", "Friday", "06:30", "20:00"), ("Saturday", "", "09:00", "17:00"),
           ("Sunday", "", "10:00", "17:00")), 0.03),
    Venue("servicecentre", "palvelukeskus|palvelukeskuksen|palvelukeskuksessa",
          "servicecentral|servicecentralen|på servicecentralen", "service centre",
          ("Palvelukeskus on ikäihmisten kohtaamispaikka, jossa on lounasravintola ja monenlaista ryhmätoimintaa.",
           "Keskuksen liikuntasalissa järjestetään ohjattua liikuntaa."),
          "Servicecentralen är en mötesplats för seniorer med lunchrestaurang och gruppverksamhet.",
          (("Monday", "Friday", "08:00", "15:00"),), 0.07),
    Venue("parish", "seurakuntatalo|seurakuntatalon|seurakuntatalolla", "församlingshem|församlingshemmet|"
          "i församlingshemmet", "parish hall",
          ("Seurakuntatalolla kokoontuvat monet kerhot ja ryhmät.", "Salin yhteydessä on keittiö ja kahvio."),
          "I församlingshemmet samlas många klubbar och grupper.",
          (("Monday", "Thursday", "09:00", "20:00"),), 0.07, "parish"),
    Venue("ngo", "järjestötalo|järjestötalon|järjestötalolla", "föreningshus|föreningshuset|i föreningshuset",
          "association house", ("Järjestötalolla toimivat useat paikalliset yhdistykset.",
                                "Tiloissa on kokoushuone, olohuone ja pieni keittiö."),
          "I föreningshuset verkar flera lokala föreningar.",
          (("Monday", "Friday", "10:00", "16:00"),), 0.08, "ngo"),
    Venue("villagehall", "kylätalo|kylätalon|kylätalolla", "byagård|byagården|på byagården", "village hall",
          ("Kylätalo on kyläläisten yhteinen kokoontumispaikka.", "Talon voi vuokrata myös juhlakäyttöön."),
          "Byagården är en gemensam samlingsplats för byborna.", (), 0.08, "ngo"),
    Venue("school", "koulu|koulun|koululla", "skola|skolan|på skolan", "school",
          ("Koulun liikuntasali ja opetuskeittiö ovat iltaisin harrastusryhmien käytössä.",),
          "Skolans gymnastiksal och undervisningskök används kvällstid av hobbygrupper.",
          (("Monday", "Friday", "08:00", "16:00"),), 0.12),
    Venue("culturehouse", "kulttuuritalo|kulttuuritalon|kulttuuritalossa", "kulturhus|kulturhuset|i kulturhuset",
          "culture house", ("Kulttuuritalossa on konserttisali, näyttelytila ja harrastusluokkia.",
                            "Talossa järjestetään konsertteja, näyttelyitä ja kursseja."),
          "I kulturhuset finns en konsertsal, utställningsutrymmen och hobbyklassrum.",
          (("Tuesday", "Friday", "11:00", "19:00"), ("Saturday", "", "11:00", "16:00")), 0.05),
    Venue("healthstation", "terveysasema|terveysaseman|terveysasemalla", "hälsostation|hälsostationen|"
          "på hälsostationen", "health centre",
          ("Terveysasemalla toimivat lääkärin ja hoitajan vastaanotot sekä laboratorio.",
           "Kiireettömän ajan voit varata puhelimitse tai sähköisesti."),
          "På hälsostationen finns läkar- och skötarmottagningar samt laboratorium.",
          (("Monday", "Friday", "08:00", "16:00"),), 0.07, "county"),
    Venue("youthclub", "nuorisotila|nuorisotilan|nuorisotilassa", "ungdomsgård|ungdomsgården|på ungdomsgården",
          "youth centre", ("Nuorisotila on 13–17-vuotiaiden päihteetön kohtaamispaikka.",
                           "Tilassa on biljardipöytä, pelikonsoleita ja bändikämppä."),
          "Ungdomsgården är en drogfri mötesplats för 13–17-åringar.",
          (("Tuesday", "Thursday", "14:00", "21:00"),), 0.06),
    Venue("nature", "luontopolku|luontopolun|luontopolulla", "naturstig|naturstigen|på naturstigen", "nature trail",
          ("Merkitty luontopolku kiertää metsän ja suon halki, ja varrella on laavu ja kuivakäymälä.",
           "Polku on noin kolmen kilometrin mittainen."),
          "Den märkta naturstigen går genom skog och myr, och längs den finns ett vindskydd.", (), 0.07),
    Venue("office", "palvelupiste|palvelupisteen|palvelupisteessä", "servicepunkt|servicepunkten|vid servicepunkten",
          "service point", ("Palvelupisteessä neuvotaan kunnan palveluihin liittyvissä asioissa.",
                            "Asiakaspäätteellä voit hoitaa sähköisiä asioita."),
          "Vid servicepunkten får du råd i ärenden som gäller kommunens tjänster.",
          (("Monday", "Friday", "09:00", "15:00"),), 0.08),
)}

# A second place of the same kind in one municipality is named by its district (nominative|genitive).
DISTRICTS = ("Keskusta|Keskustan", "Kirkonkylä|Kirkonkylän", "Asemanseutu|Asemanseudun", "Rantakylä|Rantakylän",
             "Mäntylä|Mäntylän", "Koivula|Koivulan", "Kangas|Kankaan", "Niemi|Niemen", "Harju|Harjun",
             "Kallio|Kallion", "Peltola|Peltolan", "Myllymäki|Myllymäen", "Lehtola|Lehtolan", "Puistola|Puistolan",
             "Metsälä|Metsälän", "Hakala|Hakalan", "Ruukki|Ruukin", "Vuorela|Vuorelan", "Laakso|Laakson")
# Named places, "Palvelukeskus Kotipirtti": nominative|locative.
NICKNAMES = ("Kotipirtti|Kotipirtissä", "Kipinä|Kipinässä", "Majakka|Majakassa", "Tupa|Tuvassa",
             "Pilari|Pilarissa", "Satama|Satamassa", "Helmi|Helmessä", "Aalto|Aallossa", "Kompassi|Kompassissa",
             "Ankkuri|Ankkurissa", "Tähti|Tähdessä", "Sointu|Soinnussa", "Kajo|Kajossa", "Kotiranta|Kotirannassa")
# Street names: Finnish | Swedish (bilingual places use both).
STREETS = ("Koulukatu|Skolgatan", "Kirkkokatu|Kyrkogatan", "Asematie|Stationsvägen", "Rantatie|Strandvägen",
           "Keskuskatu|Centralgatan", "Myllytie|Kvarnvägen", "Urheilutie|Idrottsvägen", "Puistotie|Parkvägen",
           "Kauppakatu|Handelsgatan", "Sairaalantie|Sjukhusvägen", "Kirjastokatu|Biblioteksgatan",
           "Torikatu|Torggatan", "Teollisuustie|Industrivägen", "Pappilantie|Prästgårdsvägen",
           "Koivukuja|Björkgränden", "Harjutie|Åsvägen", "Kalliotie|Bergsvägen", "Metsätie|Skogsvägen",
           "Niittytie|Ängsvägen", "Opintie|Studievägen", "Nuorisotie|Ungdomsvägen", "Palvelutie|Servicevägen",
           "Terveystie|Hälsovägen", "Seuratie|Föreningsvägen", "Vapaudenkatu|Frihetsgatan", "Kaivokatu|Brunnsgatan",
           "Ojalantie|Dikesvägen", "Kotitie|Hemvägen", "Vanhatie|Gamla vägen", "Lukiontie|Gymnasievägen")
ACCESSIBLE_FI = _ACCESSIBLE_FI
ACCESSIBLE_SV = "Ingången är tillgänglig, och i byggnaden finns hiss och tillgänglig toalett."
