package org.cablegram.generate;

import java.util.List;

/**
 * Word lists the generators draw from. Every list is chosen so that the text built from it
 * reads like a telegram and cannot be mistaken for another element of the format: no word
 * that opens a block (summary, comment), no classification or caption word, no keyword of a
 * header line, no digit before a period.
 */
final class Vocab {

    private Vocab() {
    }

    /** A post (or the Department) that sends telegrams. */
    record Post(String plad, String origin, String ri, String country, String countryName, boolean seventies,
            boolean twoThousands) {

        boolean isState() {
            return origin.equals("STATE");
        }

        boolean in(Era era) {
            return era == Era.SEVENTIES ? seventies : twoThousands;
        }
    }

    static final List<Post> POSTS = List.of(
            new Post("SECSTATE WASHDC", "STATE", "RUEHC", "", "", true, true),
            new Post("AMEMBASSY ASTANA", "ASTANA", "RUEHTA", "KZ", "KAZAKHSTAN", false, true),
            new Post("AMEMBASSY ROME", "ROME", "RUEHRO", "IT", "ITALY", true, true),
            new Post("AMEMBASSY LONDON", "LONDON", "RUEHLO", "UK", "UNITED KINGDOM", true, true),
            new Post("AMEMBASSY PARIS", "PARIS", "RUEHFR", "FR", "FRANCE", true, true),
            new Post("AMEMBASSY BERLIN", "BERLIN", "RUEHRL", "GM", "GERMANY", false, true),
            new Post("AMEMBASSY BONN", "BONN", "RUFHOL", "GW", "WEST GERMANY", true, false),
            new Post("AMEMBASSY MOSCOW", "MOSCOW", "RUEHMO", "RS", "RUSSIA", false, true),
            new Post("AMEMBASSY MOSCOW", "MOSCOW", "RUEHMO", "UR", "USSR", true, false),
            new Post("AMEMBASSY BEIJING", "BEIJING", "RUEHBJ", "CH", "CHINA", false, true),
            new Post("AMEMBASSY TOKYO", "TOKYO", "RUEHKO", "JA", "JAPAN", true, true),
            new Post("AMEMBASSY ANKARA", "ANKARA", "RUEHAK", "TU", "TURKEY", true, true),
            new Post("AMEMBASSY CAIRO", "CAIRO", "RUEHEG", "EG", "EGYPT", true, true),
            new Post("AMEMBASSY BUENOS AIRES", "BUENOS AIRES", "RUEHBU", "AR", "ARGENTINA", true, true),
            new Post("AMEMBASSY MEXICO", "MEXICO", "RUEHME", "MX", "MEXICO", true, true),
            new Post("AMEMBASSY BOGOTA", "BOGOTA", "RUEHBO", "CO", "COLOMBIA", true, true),
            new Post("AMEMBASSY BRASILIA", "BRASILIA", "RUEHBR", "BR", "BRAZIL", true, true),
            new Post("AMEMBASSY MADRID", "MADRID", "RUEHMD", "SP", "SPAIN", true, true),
            new Post("AMEMBASSY ATHENS", "ATHENS", "RUEHTH", "GR", "GREECE", true, true),
            new Post("AMEMBASSY TEHRAN", "TEHRAN", "RUQMHR", "IR", "IRAN", true, false),
            new Post("AMEMBASSY LISBON", "LISBON", "RUEHLI", "PO", "PORTUGAL", true, true),
            new Post("AMEMBASSY TEL AVIV", "TEL AVIV", "RUEHTV", "IS", "ISRAEL", true, true),
            new Post("AMEMBASSY HARARE", "HARARE", "RUEHSB", "ZI", "ZIMBABWE", false, true),
            new Post("AMEMBASSY PRETORIA", "PRETORIA", "RUEHSA", "SF", "SOUTH AFRICA", true, true),
            new Post("AMEMBASSY KABUL", "KABUL", "RUEHBUL", "AF", "AFGHANISTAN", true, true),
            new Post("AMEMBASSY ISLAMABAD", "ISLAMABAD", "RUEHIL", "PK", "PAKISTAN", true, true),
            new Post("AMEMBASSY NEW DELHI", "NEW DELHI", "RUEHNE", "IN", "INDIA", true, true),
            new Post("AMCONSUL MONTERREY", "MONTERREY", "RUEHMC", "MX", "MEXICO", false, true),
            new Post("AMCONSUL SAO PAULO", "SAO PAULO", "RUEHSO", "BR", "BRAZIL", false, true),
            new Post("USMISSION USUN NEW YORK", "USUN NEW YORK", "RUCNDT", "", "UNITED NATIONS", true, true),
            new Post("USMISSION USNATO", "USNATO", "RUEHNO", "", "NATO", true, true));

    /** Addressees that are not posts: collectives and agencies, with their routing indicators. */
    record Office(String name, String ri, boolean collective, boolean seventies) {
    }

    static final List<Office> OFFICES = List.of(
            new Office("EUROPEAN POLITICAL COLLECTIVE", "RUEHZL", true, false),
            new Office("CIS COLLECTIVE", "RUCNCIS", true, false),
            new Office("SOUTH AND CENTRAL ASIA COLLECTIVE", "RUCNCLS", true, false),
            new Office("NATO EU COLLECTIVE", "RUEHZG", true, false),
            new Office("WESTERN HEMISPHERIC AFFAIRS DIPL POSTS", "RUEHWH", true, false),
            new Office("ARAB ISRAELI COLLECTIVE", "RUEHXK", true, false),
            new Office("SECURITY OFFICER COLLECTIVE", "RUEHXI", true, false),
            new Office("CIA WASHDC", "RUEAIIA", false, true),
            new Office("DIA WASHDC", "RHEFDIA", false, true),
            new Office("NSC WASHDC", "RHEHNSC", false, true),
            new Office("SECDEF WASHDC", "RUEKJCS", false, true),
            new Office("JOINT STAFF WASHDC", "RUEKJCS", false, false),
            new Office("DEPT OF ENERGY WASHDC", "RHEBAAA", false, false),
            new Office("DEPT OF COMMERCE WASHDC", "RUCPDOC", false, true),
            new Office("DEPT OF TREASURY WASHINGTON DC", "RUEATRS", false, false),
            new Office("CDR USCENTCOM MACDILL AFB FL", "RHMFIUU", false, false),
            new Office("USCINCEUR VAIHINGEN GE", "RUSNNOA", false, true));

    /** Subject TAGS, every one in the State Department's subject list. */
    static final List<String> SUBJECT_TAGS = List.of("PGOV", "PREL", "PHUM", "ECON", "EFIN", "ETRD", "EAGR", "ENRG",
            "EPET", "EINV", "MARR", "MOPS", "PTER", "PINR", "PINS", "SNAR", "SOCI", "SMIG", "ASEC", "CASC", "CVIS",
            "ELAB", "PARM", "PREF", "SENV", "TBIO", "OEXC", "MASS", "EAID");

    /** Program TAGS: K and three letters. */
    static final List<String> PROGRAM_TAGS = List.of("KDEM", "KPAO", "KCRM", "KNNP", "KJUS", "KTFN", "KPAL", "KIRF",
            "KMDR", "KWMN", "KISL", "KTIP", "KSUM");

    /** Organization TAGS, every one in the organization list. */
    static final List<String> ORGANIZATION_TAGS = List.of("NATO", "OSCE", "UNSC", "EUN", "UNGA", "IAEA", "OAS",
            "ASEAN", "WTO", "IMF", "IBRD", "OPEC", "UNHCR", "OECD");

    /** Persons of OVIP tags by era: surname and given name. */
    static final List<String[]> PERSONS_2000S = List.of(new String[] {"CLINTON", "HILLARY"},
            new String[] {"RICE", "CONDOLEEZZA"}, new String[] {"BIDEN", "JOSEPH"}, new String[] {"GATES", "ROBERT"},
            new String[] {"POWELL", "COLIN"}, new String[] {"OBAMA", "BARACK"}, new String[] {"HOLBROOKE", "RICHARD"});
    static final List<String[]> PERSONS_1970S = List.of(new String[] {"KISSINGER", "HENRY"},
            new String[] {"VANCE", "CYRUS"}, new String[] {"ROCKEFELLER", "NELSON"}, new String[] {"FORD", "GERALD"},
            new String[] {"BRZEZINSKI", "ZBIGNIEW"}, new String[] {"MONDALE", "WALTER"});

    /** Surnames of chiefs of mission, for signatures, by era. */
    static final List<String> SIGNERS_1970S = List.of("TASCA", "PORTER", "HECK", "STOESSEL", "MACOMBER", "HELMS",
            "ANNENBERG", "RICHARDSON", "VOLPE", "HILLENBRAND", "SPRINGSTEEN", "KUBISCH", "SAXBE", "GOHEEN", "EILTS");
    static final List<String> SIGNERS_2000S = List.of("HOAGLAND", "TUTTLE", "WOOD", "LEWIS", "MCDONALD", "KEEGAN",
            "SUSMAN", "BURNS", "CRETZ", "PASCUAL", "SOBEL", "BEYRLE", "RICCIARDONE", "PATTERSON", "EIKENBERRY",
            "MULFORD", "SPOGLI", "TIMKEN", "FORD", "SCOBEY", "HILL", "STAPLETON", "DODGE");

    /** Given names and surnames of classifying officials (none of them a word of a title). */
    static final List<String> GIVEN = List.of("Richard", "Kevin", "Susan", "Marc", "Gene", "Robert", "Mary", "Thomas",
            "John", "James", "William", "Patricia", "Anne", "David", "Michael", "Karen", "Sarah", "Peter", "Laura",
            "Brian", "Helen", "Daniel");
    static final List<String> SURNAMES = List.of("Hoagland", "Milas", "Berry", "Wall", "Cretz", "Tuttle", "Wood",
            "Lewis", "Drucker", "Baird", "Reiter", "Irving", "Hucke", "Kelly", "Garner", "Ortiz", "Nolan", "Quinn",
            "Hartley", "Fischer", "Lindqvist", "Moran");
    /** Titles made only of words the parser knows as title words. */
    static final List<String> TITLES = List.of("Ambassador", "DCM", "Deputy Chief of Mission",
            "Acting Deputy Chief of Mission", "Political Counselor", "Economic Counselor", "Political/Economic Counselor",
            "PolOff", "Consul General", "Principal Officer", "Charge d'Affaires", "Political Officer",
            "Acting Political Counselor", "Regional Security Officer");

    /** Names of local officials for the text. */
    static final List<String> LOCALS = List.of("Sarybay", "Kosanov", "Tazhin", "Abilov", "Moreno", "Alvarez",
            "Demirel", "Yilmaz", "Rossi", "Bianchi", "Dupont", "Martin", "Schmidt", "Weber", "Petrov", "Ivanov",
            "Nakamura", "Sato", "Silva", "Costa", "Haddad", "Mansour", "Papadopoulos", "Ferreira");

    static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    /** Actors as written inside a sentence. */
    static final List<String> ACTORS = List.of("the Foreign Minister", "the Prime Minister",
            "Deputy Foreign Minister %s", "the Minister of Economy", "opposition leader %s",
            "our contacts in the ruling party", "senior ministry officials", "the presidential administration",
            "parliament speaker %s", "the Central Bank chairman", "local observers", "several diplomats in the capital",
            "the Ambassador", "the mayor of the capital", "civil society activists", "independent journalists",
            "the National Security Council secretary", "Interior Minister %s", "the governing coalition");
    static final List<String> AUDIENCES = List.of("the Ambassador", "Poloff", "Econoff", "the DCM",
            "visiting diplomats", "the press", "us");
    static final List<String> OBJECTS = List.of("the draft election law", "the new media legislation",
            "the budget proposal", "the energy agreement", "the customs union proposal", "the border treaty",
            "the privatization plan", "the visa facilitation agreement", "the anti-corruption package",
            "the pension reform bill", "the law on political parties", "the licensing regime for broadcasters",
            "the free trade agreement", "the new tax code", "the port concession");
    static final List<String> GOALS = List.of("democratic reform", "economic diversification",
            "closer cooperation with NATO", "regional stability", "judicial independence",
            "a transparent tender process", "energy security", "counternarcotics cooperation",
            "greater press freedom", "stronger trade ties with its neighbors");
    static final List<String> CLAUSES = List.of("%o would be sent to parliament before the end of the year",
            "the government remained committed to %g", "%o was unlikely to pass in its current form",
            "the ruling party would not support further changes to %o", "the cabinet had not yet reviewed %o",
            "%g was a top priority for the new cabinet", "talks on %o would resume in %m",
            "the opposition planned to challenge %o in court", "foreign investors were watching %o closely",
            "there was broad support for %g within the coalition", "%o would strengthen the hand of the president",
            "the government saw %o as a step toward %g", "regional governors had raised concerns about %o",
            "%o could cost the state budget several hundred million dollars");
    static final List<String> TEMPLATES = List.of("%A told %u on %d that %c.", "%A said that %c.",
            "According to %a, %c.", "%C.", "%A stressed that %c and that %c.", "In a meeting with %u, %a noted that %c.",
            "We expect that %c.", "%A argued that %c, although %c.", "Embassy will continue to follow %o closely.",
            "The Department may wish to raise %o with %a.", "%A expressed doubts that %c.",
            "In a separate conversation, %a told %u that %c.");

    /** Subject lines: actor, verb phrase, object (upper case). */
    static final List<String> SUBJECT_ACTORS = List.of("CABINET", "PARLIAMENT", "OPPOSITION", "FOREIGN MINISTER",
            "PRIME MINISTER", "AMBASSADOR", "PRESIDENT", "RULING PARTY", "CENTRAL BANK", "MINISTRY OF ECONOMY");
    static final List<String> SUBJECT_VERBS = List.of("APPROVES", "DELAYS", "CRITICAL OF", "DISCUSSES", "ON",
            "PUSHES", "REJECTS", "WELCOMES", "QUESTIONS", "PREPARES");
    static final List<String> SUBJECT_OBJECTS = List.of("DRAFT ELECTION LAW", "MEDIA LEGISLATION", "BUDGET PROPOSAL",
            "ENERGY AGREEMENT", "BORDER TREATY", "PRIVATIZATION PLAN", "VISA AGREEMENT", "ANTI-CORRUPTION PACKAGE",
            "PENSION REFORM", "FREE TRADE TALKS", "NEW TAX CODE", "PORT CONCESSION", "HUMAN RIGHTS DIALOGUE",
            "REGIONAL SECURITY");

    /** Headings of body sections (title case; upper-cased in upper-case cables). */
    static final List<String> HEADINGS = List.of("Cabinet Approves Legislative Packages",
            "Opposition Critical of Proposals", "Economic Outlook", "Next Steps", "Background",
            "Regional Implications", "Reaction in Parliament", "Media Coverage", "Looking Ahead", "Government Response",
            "Role of the Security Services", "Energy Sector Concerns", "Bilateral Relations",
            "Pressure on Independent Media", "Prospects for Reform", "Equal Footing for Journalists");

    /** Offices for passing lines. */
    static final List<String> BUREAUS = List.of("EUR/RUS", "SCA/CEN", "DRL", "EEB/ESC", "WHA/BSC", "AF/S", "NEA/ELA",
            "EAP/CM", "INR/B", "ISN/RA", "EUR/WE", "EUR/SE", "EB/TPP");

    /** Words that must not start a continuation line (they would make it another kind of line). */
    static final java.util.Set<String> RISKY_LINE_STARTS = java.util.Set.of("PAGE", "BT", "NNNN", "NNN", "SIPDIS",
            "DE", "FM", "TO", "INFO", "XMT", "ACTION", "ORIGIN", "UNCLAS", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET",
            "TOP", "LIMITED", "TAGS", "TAG", "TAGE", "TGS", "AGS", "SUBJECT", "SUBJ", "UBJECT", "REF", "REFS",
            "REFTEL", "REFTELS", "REFERENCE", "REFERENCES", "E.O.", "EO", "CLASSIFIED", "DRAFTED", "APPROVED",
            "CLEARANCE", "CLEARANCES", "SENSITIVE", "NOFORN", "EXDIS", "NODIS", "LIMDIS", "STADIS", "FGI", "ROGER",
            "DISSENT", "OFFICIAL", "SPECAT", "EXCLUSIVE", "CHEROKEE", "COUNTRY", "NOTAL", "REL", "VZCZC", "END",
            "BEGIN", "SUMMARY", "COMMENT", "NOTE", "QUOTE", "UNQUOTE", "C", "S", "U", "O", "P", "R", "Z");
}
