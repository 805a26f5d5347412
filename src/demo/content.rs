//! The invented content of the demo award: real place names, fictional projects and people.

use crate::domain::jury::JuryRole;

/// A partnership submitted to the demo edition.
pub struct DemoProject {
    /// Lead European local or regional government.
    pub lead: (&'static str, &'static str, &'static str),
    /// Partner local government: (name, kind, ISO country code).
    pub partner: (&'static str, &'static str, &'static str),
    /// Project title.
    pub title: &'static str,
    /// Short summary.
    pub summary: &'static str,
    /// Primary SDG, then secondary ones.
    pub sdgs: &'static [i16],
    /// Latent quality on the 0–5 scale, in tenths (drives the invented scores).
    pub quality_tenths: i32,
    /// The language the application is written in (and its applicant's account speaks).
    pub language: &'static str,
}

/// A demo juror: (name, email local part, jury role, affiliation, country, languages, leniency in tenths).
pub type DemoJuror = (
    &'static str,
    &'static str,
    JuryRole,
    &'static str,
    &'static str,
    &'static str,
    i32,
);

/// The six jurors. Their leniency is what the statistics engine should later recover.
pub const JURORS: [DemoJuror; 6] = [
    (
        "Elena Marković",
        "elena.markovic",
        JuryRole::Chair,
        "Former mayor, Association of Cities",
        "HR",
        "en,fr",
        0,
    ),
    (
        "Lucía Fernández",
        "lucia.fernandez",
        JuryRole::Member,
        "Cooperation NGO network",
        "ES",
        "en,es,fr",
        5,
    ),
    (
        "Claire Dubois",
        "claire.dubois",
        JuryRole::Member,
        "Regional councillor",
        "FR",
        "fr,en",
        10,
    ),
    (
        "Jonas Weber",
        "jonas.weber",
        JuryRole::Member,
        "Development agency, urban unit",
        "DE",
        "en,de",
        -10,
    ),
    (
        "Samuel Okafor",
        "samuel.okafor",
        JuryRole::Rapporteur,
        "Local governance practitioner",
        "NG",
        "en",
        -5,
    ),
    (
        "Nadia Benali",
        "nadia.benali",
        JuryRole::Member,
        "University research group on migration",
        "MA",
        "fr,en,ar",
        0,
    ),
];

/// The technical committee of the two-round demo: it scores every submission and shortlists
/// eight for the jury, without a consensus step.
pub const COMMITTEE: [DemoJuror; 3] = [
    (
        "Amadou Diallo",
        "amadou.diallo",
        JuryRole::Chair,
        "Decentralised cooperation adviser, association of municipalities",
        "SN",
        "fr,en",
        3,
    ),
    (
        "Katarzyna Nowak",
        "katarzyna.nowak",
        JuryRole::Member,
        "Monitoring and evaluation specialist",
        "PL",
        "en,fr",
        -6,
    ),
    (
        "Rafael Gómez",
        "rafael.gomez",
        JuryRole::Member,
        "Urban development consultant",
        "CO",
        "es,en",
        0,
    ),
];

/// What the committee writes beside a score, by score band.
pub const COMMITTEE_COMMENTS: [&str; 6] = [
    "Not shown in the application.",
    "Mentioned, with no evidence of how it works.",
    "Partly shown; the evidence is thin.",
    "Shown with some evidence.",
    "Well documented, with figures and the partners' own accounts.",
    "Documented in detail and verified with the partners.",
];

/// The fourteen demo projects.
pub const PROJECTS: [DemoProject; 14] = [
    DemoProject {
        lead: ("City of Roeselare", "municipality", "BE"),
        partner: ("Commune of Dogbo", "municipality", "BJ"),
        title: "Neighbourhood committees for shared waste collection",
        summary: "Residents of both towns run neighbourhood committees that plan waste collection rounds, with a joint monitoring board that meets twice a year.",
        sdgs: &[11, 6, 17],
        language: "en",
        quality_tenths: 42,
    },
    DemoProject {
        lead: ("Region of Nouvelle-Aquitaine", "region", "FR"),
        partner: ("Plateau-Central Region", "region", "BF"),
        title: "Village water points managed by users' associations",
        summary: "Users' associations take over the upkeep of rural water points, trained by water technicians from both regions, with tariffs set in open village meetings.",
        sdgs: &[6, 3, 5],
        language: "en",
        quality_tenths: 38,
    },
    DemoProject {
        lead: ("Municipality of Inca", "municipality", "ES"),
        partner: ("Municipality of Telpaneca", "municipality", "NI"),
        title: "Coffee cooperatives and youth apprenticeships",
        summary: "Young people from Telpaneca train in cooperative management with mentors from Inca's agricultural schools, and sell through a shared fair-trade channel.",
        sdgs: &[8, 4, 12],
        language: "en",
        quality_tenths: 31,
    },
    DemoProject {
        lead: ("Municipality of Anderlecht", "municipality", "BE"),
        partner: ("Commune of Marsassoum", "municipality", "SN"),
        title: "School gardens led by the Senegalese diaspora",
        summary: "Diaspora associations in Anderlecht co-design school gardens and nutrition classes with teachers and parents in Marsassoum.",
        sdgs: &[2, 4, 10],
        language: "en",
        quality_tenths: 44,
    },
    DemoProject {
        lead: ("City of Zaragoza", "municipality", "ES"),
        partner: ("Commune of Ouonck", "municipality", "SN"),
        title: "Solar pumping for women's market gardens",
        summary: "Solar pumps irrigate market gardens run by women's groups; a maintenance fund is fed by a share of market sales.",
        sdgs: &[7, 5, 2],
        language: "en",
        quality_tenths: 36,
    },
    DemoProject {
        lead: ("Municipality of Haskovo", "municipality", "BG"),
        partner: ("Douala 1er Council", "municipality", "CM"),
        title: "Digital registry of municipal services",
        summary: "Both councils publish an online register of municipal services with feedback forms, reviewed each quarter with residents' representatives.",
        sdgs: &[16, 9],
        language: "en",
        quality_tenths: 27,
    },
    DemoProject {
        lead: ("Department of Isère", "province", "FR"),
        partner: ("Boundou Community Reserve (CORENA)", "municipality", "SN"),
        title: "Community reforestation and fire prevention",
        summary: "Villages replant degraded land and run fire-prevention brigades, with seedlings from community nurseries and training by Isère's forest services.",
        sdgs: &[15, 13, 1],
        language: "en",
        quality_tenths: 46,
    },
    DemoProject {
        lead: ("Province of Barcelona", "province", "ES"),
        partner: ("Municipalities of Marrakech-Safi", "lrg_association", "MA"),
        title: "Participatory budgeting in six municipalities",
        summary: "Six Moroccan municipalities pilot participatory budgets with support from Catalan municipalities that have run them for a decade.",
        sdgs: &[16, 11, 5],
        language: "en",
        quality_tenths: 43,
    },
    DemoProject {
        lead: ("Bordeaux Métropole", "metropolitan", "FR"),
        partner: ("State of Guanajuato municipalities", "region", "MX"),
        title: "Living heritage and responsible tourism",
        summary: "Historic centres in both territories test visitor charters drawn up with residents and craft workers.",
        sdgs: &[11, 8, 12],
        language: "en",
        quality_tenths: 33,
    },
    DemoProject {
        lead: ("City of Utrecht", "municipality", "NL"),
        partner: ("Municipality of León", "municipality", "NI"),
        title: "A local climate adaptation plan with neighbourhoods",
        summary: "Neighbourhood assemblies map flood risks and choose adaptation works, with engineers from both cities.",
        sdgs: &[13, 11, 6],
        language: "en",
        quality_tenths: 39,
    },
    DemoProject {
        lead: ("City of Lublin", "municipality", "PL"),
        partner: ("City of Lutsk", "municipality", "UA"),
        title: "Keeping municipal services running in wartime",
        summary: "Lublin's utilities support Lutsk with spare parts, shared procedures and staff exchanges to keep water and heating running.",
        sdgs: &[11, 6, 16],
        language: "en",
        quality_tenths: 41,
    },
    DemoProject {
        lead: ("City of Lisbon", "municipality", "PT"),
        partner: ("Municipality of Praia", "other", "CV"),
        title: "Civil registry desks closer to residents",
        summary: "Mobile civil-registry desks reach outlying neighbourhoods of Praia, using procedures adapted from Lisbon's citizen shops.",
        sdgs: &[16, 10],
        language: "en",
        quality_tenths: 30,
    },
    DemoProject {
        lead: ("City of Kaunas", "municipality", "LT"),
        partner: ("City of Kutaisi", "municipality", "GE"),
        title: "Open budgets that residents can read",
        summary: "Kutaisi publishes its budget as open data with plain-language explainers co-written by students and civic groups.",
        sdgs: &[16, 17],
        language: "en",
        quality_tenths: 34,
    },
    DemoProject {
        lead: ("Comune di Bologna", "municipality", "IT"),
        partner: ("Municipalité de Kairouan", "municipality", "TN"),
        title: "Cooperative artigiane femminili e mercati locali",
        summary: "Le cooperative artigiane guidate da donne a Kairouan ottengono banchi nei mercati, formazione in contabilità e un collegamento stabile con le botteghe del commercio equo e solidale di Bologna.",
        sdgs: &[5, 8, 1],
        language: "it",
        quality_tenths: 35,
    },
];

/// Per-criterion tendencies (tenths of a point) so that criteria differ from one another.
pub const CRITERION_TILT: [i32; 7] = [2, -6, 0, 3, -2, -3, 1];

/// What a juror might write, from weak to strong.
pub const COMMENTS: [&str; 6] = [
    "Not addressed in the application; nothing to assess.",
    "Weak: the application describes activities but gives almost no evidence for this criterion.",
    "Fair, with significant weaknesses: intentions are stated but the mechanisms are unclear.",
    "Good, with some shortcomings: concrete mechanisms are described and partly evidenced.",
    "Very good: well evidenced, with few shortcomings and a clear benefit in both territories.",
    "Excellent: convincing evidence throughout; only minor points could be strengthened.",
];

/// The 2027 call's introduction in English, then its name and introduction in French, Spanish
/// and Italian.
pub const CALL_2027_INTRODUCTION: &str = "The award recognises partnerships between European local and regional governments and their partners abroad that put residents at the heart of development cooperation. Lead applicants are local or regional governments of the EU; each project has at least one partner local government outside it.";

/// The 2027 call in other languages: (language, name, introduction).
pub const CALL_2027_TRANSLATIONS: [(&str, &str, &str); 3] = [
    (
        "fr",
        "Prix PLATFORMA 2027 (démo)",
        "Le prix distingue les partenariats entre collectivités territoriales européennes et leurs partenaires à l’étranger qui placent les habitants au cœur de la coopération décentralisée. Le chef de file est une collectivité territoriale de l’Union européenne ; chaque projet associe au moins une collectivité partenaire hors de l’Union.",
    ),
    (
        "es",
        "Premios PLATFORMA 2027 (demo)",
        "El premio reconoce las alianzas entre gobiernos locales y regionales europeos y sus socios en el exterior que sitúan a la ciudadanía en el centro de la cooperación descentralizada. La entidad solicitante principal es un gobierno local o regional de la Unión Europea; cada proyecto cuenta con al menos un gobierno local socio fuera de ella.",
    ),
    (
        "it",
        "Premi PLATFORMA 2027 (demo)",
        "Il premio riconosce i partenariati tra enti locali e regionali europei e i loro partner all’estero che mettono i cittadini al centro della cooperazione decentrata. Il capofila è un ente locale o regionale dell’Unione europea; ogni progetto coinvolge almeno un ente locale partner al di fuori dell’Unione.",
    ),
];
