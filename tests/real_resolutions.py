"""Ten real General Assembly texts on observer status and cooperation (2023–2025), as test
data for the drafting checks: each paragraph's italic lead or verb and an excerpt of its
text (the middle of a long paragraph cut at "…"), always with its real beginning and end.

Sources: the official documents with these symbols (documents.un.org), issued by the United
Nations; footnote reference numbers are left out (the model has no footnotes). A/C.6/80/L.2
is kept with its real slip: its title spells "Brazilian-Argentine", its paragraphs
"Brazilian Argentine".
"""

from __future__ import annotations

from typing import Any

_OBSERVER = "Observer status for the {org} in the General Assembly"


def _observer(symbol: str, org: str, spelt: str | None = None) -> dict[str, Any]:
    """The Sixth Committee's standard observer-status text."""
    body = spelt or org
    return {"symbol": symbol, "title": _OBSERVER.format(org=org), "preambular": [
        ("Wishing", f"to promote cooperation between the United Nations and the {body},")],
        "operative": [
        ("Decides", f"to invite the {body} to participate in the sessions and the work of "
                    "the General Assembly in the capacity of observer;"),
        ("Requests", "the Secretary-General to take the action necessary to implement the "
                     "present resolution.")]}


RESOLUTIONS: list[dict[str, Any]] = [
    _observer("A/C.6/80/L.2", "Brazilian-Argentine Agency for Accounting and Control of "
              "Nuclear Materials", spelt="Brazilian Argentine Agency for Accounting and "
              "Control of Nuclear Materials"),
    _observer("A/C.6/80/L.3", "International Centre for Integrated Mountain Development"),
    _observer("A/C.6/80/L.4", "International Tropical Timber Organization"),
    _observer("A/C.6/80/L.5", "Climate Vulnerable Forum"),
    _observer("A/C.6/80/L.6", "Islamic Organization for Food Security"),
    _observer("A/C.6/80/L.7", "African Export-Import Bank"),
    _observer("A/RES/78/117", "Organization of Ibero-American States for Education, Science "
              "and Culture"),
    _observer("A/RES/79/131", "International Coffee Organization"),
    {"symbol": "A/RES/79/10",
     "title": "Cooperation between the United Nations and the Collective Security Treaty "
              "Organization",
     "preambular": [
         ("Having considered", "the report of the Secretary-General on cooperation between "
                               "the United Nations and regional and other organizations,"),
         ("Referring", "to the Articles of the Charter of the United Nations that encourage "
                       "measures for regional cooperation … of the United Nations,"),
         ("Referring also", "to its resolution 59/50 of 2 December 2004, in which it granted "
                            "the Collective Security Treaty Organization observer status in "
                            "the General Assembly,"),
         ("Referring further", "to its resolutions 64/256 of 2 March 2010 … in the "
                               "Maintenance of International Peace and Security,"),
         ("Referring", "to all previous relevant resolutions of the Security Council … in "
                       "accordance with the Charter of the United Nations and statutes of "
                       "regional and subregional organizations,"),
         ("Referring also", "to the Joint Declaration on Cooperation between the "
                            "Secretariats … of 18 March 2010,"),
         ("Noting with satisfaction", "that, since the signing of the Collective Security "
                                      "Treaty, … within the area of its responsibility,"),
         ("Encouraging", "the efforts by the States members of the Collective Security "
                         "Treaty Organization … principles of the United Nations,"),
         ("Stressing", "the importance of continuing to strive towards achieving a world free "
                       "of terrorism, … by member States and regional organizations,"),
         ("Commending", "the practical steps of the Collective Security Treaty Organization "
                        "… signed on 9 November 2018,"),
         ("Welcoming", "the practical contribution of the Collective Security Treaty "
                       "Organization … the regional operation of the Collective Security "
                       "Treaty Organization “Kanal”, … organized drug groups and their "
                       "leaders,"),
         ("Noting", "the important efforts of the Collective Security Treaty Organization "
                    "through its regional operation “Nelegal”, aimed at reducing the "
                    "incidence and negative impact of irregular migration,"),
         ("Noting with appreciation", "the progress in enhancing practical cooperation … in "
                                      "Collective Security Treaty Organization peacekeeping "
                                      "training drills,"),
         ("Welcoming", "the signing on 17 January 2017 of the memorandum of understanding "
                       "… United Nations High Commissioner for Refugees,"),
         ("Noting", "the firm intention of both organizations to further strengthen existing "
                    "cooperation … in the priority areas of cooperation,"),
     ],
     "operative": [
         ("Takes note with appreciation", "of the report of the Secretary-General on "
                                          "cooperation … and the Collective Security Treaty "
                                          "Organization;"),
         ("Notes with appreciation", "the significant practical contribution and efforts … "
                                     "the purposes and principles of the United Nations;"),
         ("Welcomes", "the efforts of the secretariats of the United Nations … including the "
                      "exchange of information;"),
         ("Invites", "the Secretary-General of the United Nations to continue regular "
                     "consultations … the heads of regional organizations;"),
         ("Invites", "the United Nations and the Collective Security Treaty Organization to "
                     "continue … the United Nations Global Counter-Terrorism Strategy;"),
         ("Invites", "increased cooperation and coordination among the specialized agencies "
                     "… their direct contacts in areas of mutual interest;"),
         ("Encourages", "both organizations to continue to examine possible ways to further "
                        "strengthen their interaction in the area of peacekeeping;"),
         ("Requests", "the Secretary-General of the United Nations to submit to the General "
                      "Assembly at its eighty-first session a report on the implementation "
                      "of the present resolution;"),
         ("Decides", "to include in the provisional agenda of its eighty-first session, "
                     "under the item entitled “Cooperation between the United Nations and "
                     "regional and other organizations”, the sub-item entitled “Cooperation "
                     "between the United Nations and the Collective Security Treaty "
                     "Organization”."),
     ]},
    {"symbol": "A/RES/79/332",
     "title": "Cooperation between the United Nations and the Shanghai Cooperation "
              "Organization",
     "preambular": [
         ("Recalling", "that one of the objectives of the United Nations is to achieve "
                       "cooperation … cultural or humanitarian character,"),
         ("Recalling also", "the Articles of the Charter of the United Nations that encourage "
                            "activities … goals and objectives of the United Nations,"),
         ("Recalling further", "its resolution 59/48 of 2 December 2004, by which it granted "
                               "observer status to the Shanghai Cooperation Organization,"),
         ("Recalling", "its resolutions 64/183 of 18 December 2009, … on cooperation between "
                       "the United Nations and the Shanghai Cooperation Organization,"),
         ("Recalling also", "the Joint Declaration on Cooperation between the Secretariats of "
                            "the United Nations and the Shanghai Cooperation Organization, "
                            "dated 5 April 2010,"),
         ("Noting", "that the Shanghai Cooperation Organization is committed to act "
                    "consistently with the purposes and principles of the Charter of the "
                    "United Nations,"),
         ("Noting also", "that the Shanghai Cooperation Organization has become an essential "
                         "regional organization … with relevant regional organizations,"),
         ("Recognizing", "that interaction within the Shanghai Cooperation Organization can "
                         "serve … Shanghai Cooperation Organization of 4 July 2024,"),
         ("Taking into account", "the commitment of the States members of the Shanghai "
                                 "Cooperation Organization … as the Year of Sustainable "
                                 "Development,"),
         ("Recalling", "the commitment of the States members of the Shanghai Cooperation "
                       "Organization … under Chapter VIII of the Charter of the United "
                       "Nations,"),
         ("Recognizing", "the efforts of the States members of the Shanghai Cooperation "
                         "Organization, upholding the “Shanghai spirit”, … among the States "
                         "members of the Shanghai Cooperation Organization,"),
         ("Recalling", "that, in its resolution 77/338, it noted the aspiration … held in "
                       "Astana, Kazakhstan, on 4 July 2024,"),
         ("Welcoming", "the series of events held by the States members of the Shanghai "
                       "Cooperation Organization … the victory of the Second World War,"),
         ("Welcoming also", "the commitment of States Party to the Treaty on the "
                            "Non\u2011Proliferation of Nuclear Weapons … in conformity with "
                            "articles I and II of the Treaty,"),
         ("Recognizing", "the efforts of the States members of the Shanghai Cooperation "
                         "Organization to promote counter-terrorism cooperation, … signed on "
                         "25 March 2019,"),
         ("Recognizing also", "the role of the Shanghai Cooperation Organization in combating "
                              "drugs, … to continue such cooperation in this field,"),
         ("Recalling", "the signing of the Memorandum of Understanding between the "
                       "secretariat … cooperation of the Shanghai Cooperation Organization "
                       "and the Office,"),
         ("Noting", "the improved quality of the dynamics of cooperation … in the Shanghai "
                    "Cooperation Organization Plus format in Astana on 4 July 2024,"),
         ("Taking note", "of the initiatives of the Shanghai Cooperation Organization, … the "
                         "need for further discussions in relevant forums,"),
         ("Acknowledging", "the role of initiatives at the regional level … and the initiative "
                           "“On World Unity for a Just Peace, Harmony and Development”, … "
                           "political, economic and social structure,"),
         ("Noting", "the signing of the Memorandum of Understanding … information and "
                    "communications technology connectivity,"),
         ("Welcoming", "the signing of the Memorandum of Understanding on cooperation … "
                       "communication and information,"),
         ("Welcoming also", "the signing in February 2024 of the Memorandum of Understanding "
                            "… the development of ecological tourism,"),
         ("Welcoming further", "the renewal in October 2024 of the Memorandum of "
                               "Understanding … ensuring food security, and digital "
                               "agriculture,"),
         ("Noting", "the decision adopted on 4 July 2024 in Astana … to grant Belarus the "
                    "status of a State member of the Shanghai Cooperation Organization,"),
         ("Recognizing", "the efforts of the Shanghai Cooperation Organization to promote "
                         "cooperation … as well as with the International Committee of the "
                         "Red Cross,"),
         ("Taking into consideration", "the fact that countries with economies in transition "
                                       "… and increase support provided to them,"),
         ("Convinced", "that strengthening cooperation between the United Nations and other "
                       "organizations … the goals and objectives of the United Nations,"),
         ("Welcoming", "the final settlement of the territorial and State border issues … "
                       "within the Shanghai Cooperation Organization’s space,"),
         ("Welcoming also", "the Shanghai Cooperation Organization Tianjin Summit, … Council "
                            "of Heads of State of the Shanghai Cooperation Organization,"),
         ("Welcoming further", "the assumption of the chairmanship by Kyrgyzstan for the "
                               "2025–2026 term,"),
     ],
     "operative": [
         ("Acknowledges", "the constructive role of the Shanghai Cooperation Organization in "
                          "securing peace … as well as in other related areas;"),
         ("Emphasizes", "the importance of strengthening dialogue, cooperation and "
                        "coordination … with the heads of the regional organizations and "
                        "other organizations;"),
         ("Proposes", "that the specialized agencies, organizations, programmes and funds … "
                      "continue consultations with the Secretary-General of the United "
                      "Nations;"),
         ("Requests", "the Secretary-General to submit to the General Assembly at its "
                      "eighty-first session a report on the implementation of the present "
                      "resolution;"),
         ("Decides", "to include in the provisional agenda of its eighty-first session, "
                     "under the item entitled “Cooperation between the United Nations and "
                     "regional and other organizations”, the sub-item entitled “Cooperation "
                     "between the United Nations and the Shanghai Cooperation "
                     "Organization”."),
     ]},
]
