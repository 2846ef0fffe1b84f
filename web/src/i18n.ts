// French and English. The language lives in the URL (`?lang=en`; French without it),
// so a shared link opens in the language it was copied in.
import { useLocation } from "preact-iso";
import type {
  ActorKind, Chamber, DatePrecision, EntityType, EventKind, FacilityKind, IncidentKind, Language, LegalStatus, LinkRelation,
  Operation, ParameterKind, Qualifier, Reliability, SourceKind, StageKind, Stance, SubjectKind, TextChange, TextKind, Theme,
  TimelineEntryType,
} from "./gql/graphql";

export type Lang = "fr" | "en";

const fr = {
  /** French sets a space before a colon; English does not. */
  colon: " : ",
  /** Quotation marks around a verbatim quote. */
  open: "« ",
  close: " »",
  lawNumber: (n: string) => `Loi n° ${n}`,
  skip: "Aller au contenu",
  nav: "Navigation principale",
  law: "Loi",
  map: "Carte",
  timeline: "Chronologie",
  search: "Recherche",
  curation: "Curation",
  language: "Langue",
  loading: "Chargement…",
  notFound: "Introuvable",
  error: "Erreur",
  stages: "Étapes législatives",
  events: "Événements",
  timeAxis: "Axe du temps : étapes et événements",
  articlesByTheme: "Articles par thème",
  status: "Statut",
  parameters: "Mesures à chaque étape",
  measure: "Mesure",
  beforeTheLaw: "avant la loi",
  diff: "Comparer deux moments",
  diffFrom: "De",
  diffTo: "À",
  diffHelp: "Une étape ou une date (AAAA-MM-JJ)",
  text: "Texte",
  noText: "Aucune source ne donne le texte à ce moment.",
  sourceAccount: "Récit d'une source, pas le texte légal",
  measures: "Mesures",
  noMeasureChange: "Aucune mesure ne change.",
  incidents: "Incidents liés",
  criticisms: "Critiques et soutiens",
  evidence: "Preuves",
  source: "Source",
  reliability: "Fiabilité",
  corroboration: "Corroboration",
  sources: (n: number) => `${n} source${n > 1 ? "s" : ""}`,
  unconfirmed: "non confirmé : sources peu fiables seulement",
  claims: "Affirmations contestées",
  contested: "contesté",
  filters: "Filtres",
  from: "Du",
  to: "Au",
  kind: "Type",
  provision: "Disposition",
  any: "Tous",
  markers: (n: number, w: number) => `${n} incident${n > 1 ? "s" : ""} sur la carte, ${w} sans coordonnées`,
  basemapCredit: "Fond de carte : Natural Earth 1:50m (domaine public), paquet npm world-atlas.",
  searchLabel: "Rechercher (français ou anglais)",
  results: (n: number) => `${n} résultat${n > 1 ? "s" : ""}`,
  byRight: "Critiques par droit invoqué",
  readSource: "Lire la source",
  citedPassages: (n: number) => `${n} passage${n > 1 ? "s" : ""} cité${n > 1 ? "s" : ""}`,
  supports: "appuie",
  token: "Jeton d'API",
  signIn: "Se connecter",
  signOut: "Se déconnecter",
  signedIn: "Connecté",
  linkTitle: "Lier à une disposition, preuve à l'appui",
  linkWhat: "Quoi lier",
  criticism: "Critique",
  incident: "Incident",
  relation: "Relation",
  selectPassage: "Sélectionnez le passage dans la source ci-dessous, puis :",
  useSelection: "Prendre la sélection comme citation",
  linkSelection: "Lier ce passage à une disposition",
  quote: "Citation",
  note: "Note",
  link: "Lier",
  linked: "Lien enregistré.",
  editTitle: "Modifier le résumé d'une critique",
  summary: "Résumé",
  version: "Version",
  save: "Enregistrer",
  saved: "Enregistré.",
  conflict: "Conflit : quelqu'un a modifié cet enregistrement depuis votre lecture.",
  currentRecord: "L'enregistrement actuel",
  reapply: "Réappliquer ma modification",
  facility: "Établissement",
  aliases: "Autres noms",
  actor: "Acteur",
  stance: "Position",
  date: "Date",
  outcomes: "Bilan",
  none: "Aucun",
  notTranslated: "Ce résumé n'est pas encore traduit : il est affiché en anglais.",
  summaryFr: "Résumé en français",
  summaryEn: "Résumé en anglais",
};

const en: typeof fr = {
  colon: ": ",
  open: "“",
  close: "”",
  lawNumber: (n: string) => `Law No. ${n}`,
  skip: "Skip to content",
  nav: "Main navigation",
  law: "Law",
  map: "Map",
  timeline: "Timeline",
  search: "Search",
  curation: "Curation",
  language: "Language",
  loading: "Loading…",
  notFound: "Not found",
  error: "Error",
  stages: "Legislative stages",
  events: "Events",
  timeAxis: "Time axis: stages and events",
  articlesByTheme: "Articles by theme",
  status: "Status",
  parameters: "Measures at each stage",
  measure: "Measure",
  beforeTheLaw: "before the law",
  diff: "Compare two moments",
  diffFrom: "From",
  diffTo: "To",
  diffHelp: "A stage or a day (YYYY-MM-DD)",
  text: "Text",
  noText: "No source gives the text at that moment.",
  sourceAccount: "A source's account, not the legal wording",
  measures: "Measures",
  noMeasureChange: "No measure changes.",
  incidents: "Linked incidents",
  criticisms: "Criticisms and support",
  evidence: "Evidence",
  source: "Source",
  reliability: "Reliability",
  corroboration: "Corroboration",
  sources: (n: number) => `${n} source${n > 1 ? "s" : ""}`,
  unconfirmed: "unconfirmed: low-reliability sources only",
  claims: "Contested claims",
  contested: "contested",
  filters: "Filters",
  from: "From",
  to: "To",
  kind: "Kind",
  provision: "Provision",
  any: "Any",
  markers: (n: number, w: number) => `${n} incident${n > 1 ? "s" : ""} on the map, ${w} without coordinates`,
  basemapCredit: "Basemap: Natural Earth 1:50m (public domain), npm package world-atlas.",
  searchLabel: "Search (French or English)",
  results: (n: number) => `${n} result${n > 1 ? "s" : ""}`,
  byRight: "Criticisms by right invoked",
  readSource: "Read the source",
  citedPassages: (n: number) => `${n} cited passage${n > 1 ? "s" : ""}`,
  supports: "supports",
  token: "API token",
  signIn: "Sign in",
  signOut: "Sign out",
  signedIn: "Signed in",
  linkTitle: "Link to a provision, with evidence",
  linkWhat: "What to link",
  criticism: "Criticism",
  incident: "Incident",
  relation: "Relation",
  selectPassage: "Select the passage in the source below, then:",
  useSelection: "Use the selection as the quote",
  linkSelection: "Link this passage to a provision",
  quote: "Quote",
  note: "Note",
  link: "Link",
  linked: "Link recorded.",
  editTitle: "Edit a criticism's summary",
  summary: "Summary",
  version: "Version",
  save: "Save",
  saved: "Saved.",
  conflict: "Conflict: someone changed this record since you read it.",
  currentRecord: "The current record",
  reapply: "Reapply my change",
  facility: "Facility",
  aliases: "Other names",
  actor: "Actor",
  stance: "Stance",
  date: "Date",
  outcomes: "Outcomes",
  none: "None",
  notTranslated: "This summary has no French translation yet: it is shown in English.",
  summaryFr: "Summary in French",
  summaryEn: "Summary in English",
};

export type Texts = typeof fr;
const TEXTS: Record<Lang, Texts> = { fr, en };

/**
 * Every value of every enum of the schema, in words. The key type is the union of
 * the generated enum types, so a value added to the schema without its words here
 * fails the type check (`npm run build`): no raw `IN_FORCE_WITH_RESERVATION` can
 * reach a reader. Values several enums share (`GOVERNMENT`, `INCIDENT`) mean the
 * same thing in each and have one label.
 */
type EnumValue =
  | ActorKind | Chamber | DatePrecision | EntityType | EventKind | FacilityKind | IncidentKind | Language
  | LegalStatus | LinkRelation | Operation | ParameterKind | Qualifier | Reliability | SourceKind | StageKind
  | Stance | SubjectKind | TextChange | TextKind | Theme | TimelineEntryType;

const ENUMS: Record<Lang, Record<EnumValue, string>> = {
  fr: {
    PROPOSED: "proposé", ADOPTED: "adopté", IN_FORCE: "en vigueur", IN_FORCE_WITH_RESERVATION: "en vigueur sous réserve",
    PARTLY_CENSURED: "partiellement censuré", CENSURED: "censuré", DROPPED: "supprimé", REPEALED: "abrogé",
    DETENTION_REGIME: "Régime de détention", COMMUNICATIONS: "Communications", PROSECUTION: "Poursuites",
    FACILITIES: "Établissements", INVESTIGATION: "Enquête", ASSETS: "Avoirs", PUBLIC_ORDER: "Ordre public", PROCEDURE: "Procédure",
    MONEY_LAUNDERING: "Blanchiment", INFORMANTS: "Repentis et informateurs", LOCAL_POWERS: "Pouvoirs des maires et préfets",
    CUSTOMS_PORTS: "Douanes et ports", UNKNOWN: "Contenu non encore documenté",
    HIGH: "élevée", MEDIUM: "moyenne", LOW: "faible", UNRELIABLE: "non fiable", UNRATED: "non évaluée",
    ARSON: "incendie", GUNFIRE: "tirs", VANDALISM: "vandalisme", INTIMIDATION: "intimidation", GRAFFITI: "graffiti",
    RIOT: "émeute", ASSAULT: "agression", SMUGGLING: "contrebande", ESCAPE_ATTEMPT: "tentative d'évasion", OTHER: "autre",
    OPPOSES: "s'oppose", CONCERNED: "inquiet", SUPPORTS: "soutient", DEMANDS_ACTION: "demande d'agir",
    LEGISLATIVE_STAGE: "étape", INCIDENT: "incident", STATEMENT: "déclaration", LIFECYCLE_EVENT: "événement",
    REACTION_TO_PROVISION: "réaction à la disposition", CITED_AS_JUSTIFICATION: "invoqué comme justification",
    COINCIDED_WITH_DEBATE: "pendant le débat",
    PROVISION: "disposition", CRITICISM: "critique", FACILITY: "établissement", ACTOR: "acteur", SOURCE: "source", LAW: "loi",
    CLAIM_QUESTION: "question contestée", PROVISION_INCIDENT: "lien disposition–incident", PROVISION_CRITICISM: "lien disposition–critique",
    CAMPAIGN: "campagne",
    PERSON: "personne", GOVERNMENT: "gouvernement", PUBLIC_BODY: "organisme public", PROSECUTOR: "parquet", UNION: "syndicat",
    NGO: "ONG", PROFESSIONAL_BODY: "organisation professionnelle", COURT: "juridiction", CRIMINAL_GROUP: "groupe criminel",
    SENATE: "Sénat", NATIONAL_ASSEMBLY: "Assemblée nationale", JOINT_COMMITTEE: "commission mixte paritaire",
    CONSTITUTIONAL_COUNCIL: "Conseil constitutionnel", PRESIDENT: "Président de la République",
    YEAR: "année", MONTH: "mois", DAY: "jour",
    GENERATION: "promulgation", AMENDMENT: "amendement", CENSURE: "censure", PARTIAL_CENSURE: "censure partielle",
    RESERVATION: "réserve d'interprétation", REPEAL: "abrogation", IMPLEMENTING_DECREE: "décret d'application",
    ENTRY_INTO_FORCE: "entrée en vigueur", FACILITY_OPENING: "ouverture d'un établissement",
    COURT_DECISION: "décision de justice", ASSESSMENT: "évaluation", BODY_ESTABLISHED: "installation d'un organe",
    PRISON: "prison", SCHOOL: "école", STAFF_HOUSING: "logement du personnel",
    FR: "français", EN: "anglais",
    CREATE: "création", UPDATE: "modification", DELETE: "suppression", LINK: "lien", UNLINK: "retrait d'un lien", LOAD: "chargement",
    DURATION: "durée", COUNT: "nombre", CAPACITY: "capacité", MONEY: "montant", PERCENTAGE: "pourcentage",
    EXACTLY: "exactement", UP_TO: "jusqu'à", ABOUT: "environ", AT_LEAST: "au moins", MORE_THAN: "plus de", BETWEEN: "entre",
    NEWS_REPORT: "article de presse", FORUM_POST: "message de forum", RESEARCH_COMPILATION: "compilation de recherche",
    GENERATED_CONTENT: "contenu généré", OFFICIAL_TEXT: "texte officiel",
    INTRODUCED: "dépôt", COMMITTEE_TEXT: "texte de commission", VOTE: "vote", FINAL_VOTE: "vote définitif",
    REFERRAL: "saisine", DECISION: "décision", PROMULGATION: "promulgation", PUBLICATION: "publication",
    KEPT: "inchangé", INSERTED: "ajouté", DELETED: "supprimé",
    WORDING: "texte légal", SOURCE_ACCOUNT: "récit d'une source",
  },
  en: {
    PROPOSED: "proposed", ADOPTED: "adopted", IN_FORCE: "in force", IN_FORCE_WITH_RESERVATION: "in force with a reservation",
    PARTLY_CENSURED: "partly censured", CENSURED: "censured", DROPPED: "dropped", REPEALED: "repealed",
    DETENTION_REGIME: "Detention regime", COMMUNICATIONS: "Communications", PROSECUTION: "Prosecution",
    FACILITIES: "Facilities", INVESTIGATION: "Investigation", ASSETS: "Assets", PUBLIC_ORDER: "Public order", PROCEDURE: "Procedure",
    MONEY_LAUNDERING: "Money laundering", INFORMANTS: "Informants and collaborators of justice", LOCAL_POWERS: "Powers of mayors and prefects",
    CUSTOMS_PORTS: "Customs and ports", UNKNOWN: "Content not yet documented",
    HIGH: "high", MEDIUM: "medium", LOW: "low", UNRELIABLE: "unreliable", UNRATED: "unrated",
    ARSON: "arson", GUNFIRE: "gunfire", VANDALISM: "vandalism", INTIMIDATION: "intimidation", GRAFFITI: "graffiti",
    RIOT: "riot", ASSAULT: "assault", SMUGGLING: "smuggling", ESCAPE_ATTEMPT: "escape attempt", OTHER: "other",
    OPPOSES: "opposes", CONCERNED: "concerned", SUPPORTS: "supports", DEMANDS_ACTION: "demands action",
    LEGISLATIVE_STAGE: "stage", INCIDENT: "incident", STATEMENT: "statement", LIFECYCLE_EVENT: "event",
    REACTION_TO_PROVISION: "reaction to the provision", CITED_AS_JUSTIFICATION: "cited as justification",
    COINCIDED_WITH_DEBATE: "during the debate",
    PROVISION: "provision", CRITICISM: "criticism", FACILITY: "facility", ACTOR: "actor", SOURCE: "source", LAW: "law",
    CLAIM_QUESTION: "contested question", PROVISION_INCIDENT: "provision–incident link", PROVISION_CRITICISM: "provision–criticism link",
    CAMPAIGN: "campaign",
    PERSON: "person", GOVERNMENT: "government", PUBLIC_BODY: "public body", PROSECUTOR: "prosecutor's office", UNION: "union",
    NGO: "NGO", PROFESSIONAL_BODY: "professional body", COURT: "court", CRIMINAL_GROUP: "criminal group",
    SENATE: "Senate", NATIONAL_ASSEMBLY: "National Assembly", JOINT_COMMITTEE: "joint committee",
    CONSTITUTIONAL_COUNCIL: "Constitutional Council", PRESIDENT: "President of the Republic",
    YEAR: "year", MONTH: "month", DAY: "day",
    GENERATION: "promulgation", AMENDMENT: "amendment", CENSURE: "censure", PARTIAL_CENSURE: "partial censure",
    RESERVATION: "interpretive reservation", REPEAL: "repeal", IMPLEMENTING_DECREE: "implementing decree",
    ENTRY_INTO_FORCE: "entry into force", FACILITY_OPENING: "facility opening",
    COURT_DECISION: "court decision", ASSESSMENT: "assessment", BODY_ESTABLISHED: "body established",
    PRISON: "prison", SCHOOL: "school", STAFF_HOUSING: "staff housing",
    FR: "French", EN: "English",
    CREATE: "creation", UPDATE: "update", DELETE: "deletion", LINK: "link", UNLINK: "link removed", LOAD: "load",
    DURATION: "duration", COUNT: "count", CAPACITY: "capacity", MONEY: "amount", PERCENTAGE: "percentage",
    EXACTLY: "exactly", UP_TO: "up to", ABOUT: "about", AT_LEAST: "at least", MORE_THAN: "more than", BETWEEN: "between",
    NEWS_REPORT: "news report", FORUM_POST: "forum post", RESEARCH_COMPILATION: "research compilation",
    GENERATED_CONTENT: "generated content", OFFICIAL_TEXT: "official text",
    INTRODUCED: "introduced", COMMITTEE_TEXT: "committee text", VOTE: "vote", FINAL_VOTE: "final vote",
    REFERRAL: "referral", DECISION: "decision", PROMULGATION: "promulgation", PUBLICATION: "publication",
    KEPT: "kept", INSERTED: "inserted", DELETED: "deleted",
    WORDING: "legal wording", SOURCE_ACCOUNT: "a source's account",
  },
};

/** A value a newer schema added, in words all the same: never the raw constant. */
function words(value: string): string {
  return value.toLowerCase().replace(/_/g, " ");
}

export function useLang(): Lang {
  const { query } = useLocation();
  return query.lang === "en" ? "en" : "fr";
}

export function useT(): {
  t: Texts;
  lang: Lang;
  /** The page's language as the API's `lang` argument: record texts come in it. */
  apiLang: Language;
  label: (value: string) => string;
  href: (path: string, params?: Record<string, string | undefined>) => string;
} {
  const lang = useLang();
  return {
    t: TEXTS[lang],
    lang,
    apiLang: lang === "en" ? "EN" : "FR",
    label: (value) => (ENUMS[lang] as Record<string, string>)[value] ?? words(value),
    href: (path, params) => href(lang, path, params),
  };
}

/** A link inside the app that keeps the language. */
export function href(lang: Lang, path: string, params: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  if (lang === "en") search.set("lang", "en");
  const query = search.toString();
  return `/app${path}${query ? `?${query}` : ""}`;
}
