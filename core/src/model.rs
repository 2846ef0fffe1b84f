//! The domain: what lawtracker knows about a law, its provisions, the incidents and
//! criticisms around it, and the sources every fact is quoted from.
//!
//! Records mirror table rows (`sqlx::FromRow`, decoded the same way from SQLite and
//! PostgreSQL). Enumerations are stored as snake_case text, so the database stays
//! readable and a new variant needs no migration.

use serde::{Deserialize, Serialize};

/// Declares a closed vocabulary stored as snake_case text: parse and print with
/// strum, (de)serialise with serde, decode from either backend through `&str`.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
            Serialize, Deserialize,
            strum::EnumString, strum::Display, strum::IntoStaticStr, strum::VariantArray,
        )]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub fn as_str(self) -> &'static str {
                self.into()
            }
        }

        impl<DB: sqlx::Database> sqlx::Type<DB> for $name
        where
            str: sqlx::Type<DB>,
        {
            fn type_info() -> DB::TypeInfo {
                <str as sqlx::Type<DB>>::type_info()
            }
            fn compatible(ty: &DB::TypeInfo) -> bool {
                <str as sqlx::Type<DB>>::compatible(ty)
            }
        }

        impl<'r, DB: sqlx::Database> sqlx::Decode<'r, DB> for $name
        where
            &'r str: sqlx::Decode<'r, DB>,
        {
            fn decode(value: DB::ValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
                let text = <&str as sqlx::Decode<DB>>::decode(value)?;
                text.parse().map_err(|_| {
                    format!("unknown {} value {:?} in the database", stringify!($name), text).into()
                })
            }
        }
    };
}

text_enum!(
    /// How far a source can be trusted, with the reason kept beside it in the data.
    /// `Unrated` is a source an editor added that no admin has rated yet.
    Reliability { High, Medium, Low, Unreliable, Unrated }
);

impl Reliability {
    /// Low, unreliable and unrated sources never corroborate a fact on their own.
    pub fn is_low(self) -> bool {
        matches!(self, Reliability::Low | Reliability::Unreliable | Reliability::Unrated)
    }
}

text_enum!(SourceKind { NewsReport, ForumPost, ResearchCompilation, GeneratedContent, OfficialText });

text_enum!(
    /// Where a law or a provision stands. `Proposed` is never the law in force.
    /// A court that strikes a clause down *censures* it (French *censure*); the
    /// values were once spelled `censored`, which old revisions still hold, so
    /// both spellings parse.
    LegalStatus {
        Proposed,
        Adopted,
        InForce,
        /// In force under an interpretive reservation of the Constitutional Council.
        InForceWithReservation,
        #[serde(alias = "partly_censored")]
        #[strum(to_string = "partly_censured", serialize = "partly_censored")]
        PartlyCensured,
        #[serde(alias = "censored")]
        #[strum(to_string = "censured", serialize = "censored")]
        Censured,
        Dropped,
        Repealed,
    }
);

text_enum!(Theme {
    DetentionRegime,
    Communications,
    Prosecution,
    Facilities,
    Investigation,
    Assets,
    /// Money laundering, asset freezing and administrative closures of premises.
    MoneyLaundering,
    /// Repentis (collaborators of justice) and informants.
    Informants,
    /// Powers of mayors and prefects.
    LocalPowers,
    /// Customs and ports.
    CustomsPorts,
    PublicOrder,
    Procedure,
    /// An article whose content no public source gives: never guessed.
    Unknown,
});

text_enum!(Chamber { Senate, NationalAssembly, JointCommittee, ConstitutionalCouncil, Government, President });

text_enum!(StageKind {
    Introduced,
    CommitteeText,
    Amendment,
    Vote,
    FinalVote,
    Referral,
    Decision,
    Promulgation,
    Publication
});

text_enum!(ParameterKind { Duration, Count, Capacity, Money, Percentage });

text_enum!(
    /// How a number is stated: "up to 4 years", "over 700", "about 15", "600–700".
    Qualifier { Exactly, UpTo, About, AtLeast, MoreThan, Between }
);

text_enum!(FacilityKind { Prison, School, StaffHousing });

text_enum!(ActorKind {
    Person,
    Government,
    PublicBody,
    Prosecutor,
    Union,
    Ngo,
    ProfessionalBody,
    Court,
    CriminalGroup,
});

text_enum!(IncidentKind {
    Arson,
    Gunfire,
    Vandalism,
    Intimidation,
    Graffiti,
    Riot,
    Assault,
    Smuggling,
    EscapeAttempt,
    Other,
});

text_enum!(Stance { Opposes, Concerned, Supports, DemandsAction });

text_enum!(
    /// How an incident relates to a provision, always read from the incident's side.
    LinkRelation { ReactionToProvision, CitedAsJustification, CoincidedWithDebate }
);

text_enum!(DatePrecision { Year, Month, Day });

text_enum!(SubjectKind { Incident, Provision, Facility, Law, Campaign });

text_enum!(
    /// What a timeline entry is.
    TimelineKind { LegislativeStage, Incident, Statement, LifecycleEvent }
);

text_enum!(
    /// A change in a law's or a provision's life (Akoma Ntoso's eventRef types, extended).
    EventKind {
        Generation,
        Amendment,
        Censure,
        PartialCensure,
        Reservation,
        Repeal,
        ImplementingDecree,
        EntryIntoForce,
        FacilityOpening,
        /// A step or finding of an investigation into events around the law.
        Investigation,
    }
);

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct LifecycleEvent {
    pub id: i64,
    pub slug: String,
    pub law_id: i64,
    pub provision_id: Option<i64>,
    pub facility_id: Option<i64>,
    pub kind: EventKind,
    pub occurred_on: String,
    pub date_precision: DatePrecision,
    pub occurred_start: String,
    pub occurred_end: String,
    pub title: String,
    pub description: String,
    pub capacity: Option<i64>,
}

text_enum!(
    /// What a revision is about.
    EntityType {
        Source,
        Law,
        Provision,
        Facility,
        Actor,
        Incident,
        Criticism,
        ClaimQuestion,
        ProvisionIncident,
        ProvisionCriticism,
    }
);

text_enum!(
    /// What a write did.
    Operation { Create, Update, Delete, Link, Unlink, Load }
);

/// One committed write: who, when, what, and the entity before and after (JSON in
/// the shape of `data/FORMAT.md`; null before a creation and after a deletion).
#[derive(Clone, Debug, PartialEq, sqlx::FromRow, Serialize, Deserialize)]
pub struct Revision {
    pub id: i64,
    pub at: String,
    pub author: String,
    pub operation: Operation,
    pub entity_type: EntityType,
    pub entity_slug: String,
    /// Comma-separated slugs of other entities the change touches.
    pub related: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

impl Revision {
    pub fn related_slugs(&self) -> impl Iterator<Item = &str> {
        self.related.split(',').filter(|s| !s.is_empty())
    }
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Source {
    pub id: i64,
    /// Bumped by every update: the version an editor must name to change it.
    pub version: i64,
    pub slug: String,
    pub title: String,
    pub title_is_editorial: bool,
    pub publisher: Option<String>,
    pub published_on: Option<String>,
    pub language: String,
    pub url: Option<String>,
    pub kind: SourceKind,
    pub reliability: Reliability,
    pub reliability_note: String,
}

/// A source with its full text, as exports and snapshots carry it. API reads load
/// [`Source`] without the text and fetch it only when a client asks for it: a page of
/// citations names many sources, whose texts can run to pages each.
#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct SourceWithText {
    #[sqlx(flatten)]
    #[serde(flatten)]
    pub source: Source,
    pub body: String,
}

/// The full text of the source with this id.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SourceText {
    pub id: i64,
    pub body: String,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Law {
    pub id: i64,
    /// Bumped by every update: the version an editor must name to change it.
    pub version: i64,
    pub slug: String,
    pub title_fr: String,
    pub title_en: Option<String>,
    pub number: Option<String>,
    pub eli_uri: Option<String>,
    pub status: LegalStatus,
    pub summary: String,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct LawStage {
    pub id: i64,
    pub law_id: i64,
    pub slug: String,
    pub position: i64,
    pub occurred_on: String,
    pub date_precision: DatePrecision,
    pub chamber: Option<Chamber>,
    pub kind: StageKind,
    pub outcome: Option<String>,
    pub description: String,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Provision {
    pub id: i64,
    /// Bumped by every update: the version an editor must name to change it.
    pub version: i64,
    pub law_id: i64,
    pub slug: String,
    pub position: i64,
    pub article: Option<String>,
    pub heading: String,
    pub summary: String,
    pub body: Option<String>,
    pub theme: Theme,
    pub status: LegalStatus,
    /// The day it takes effect, where a source gives it (`YYYY[-MM[-DD]]`).
    pub entry_into_force: Option<String>,
}

/// A code article a provision creates or amends, e.g. `CSI L. 333-2`.
#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct ProvisionCode {
    pub provision_id: i64,
    pub position: i64,
    pub code: String,
}

/// An implementing decree of a provision, as a source names it.
#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct ProvisionDecree {
    pub provision_id: i64,
    pub position: i64,
    pub decree: String,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Parameter {
    pub id: i64,
    pub provision_id: i64,
    pub position: i64,
    pub name: String,
    pub label: String,
    pub kind: ParameterKind,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    pub qualifier: Qualifier,
    pub stage_id: Option<i64>,
    pub baseline: Option<String>,
    pub baseline_value: Option<f64>,
    pub baseline_unit: Option<String>,
}

text_enum!(
    /// What a provision text is: the law's own wording, quoted by a source, or a
    /// source's account of what the clause said (never presented as the wording).
    TextKind { Wording, SourceAccount }
);

/// A provision's text at one legislative stage, or before the law (no stage): a
/// verbatim quote of its source.
#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct ProvisionText {
    pub id: i64,
    pub provision_id: i64,
    pub position: i64,
    pub stage_id: Option<i64>,
    pub kind: TextKind,
    pub source_id: i64,
    pub quote: String,
    pub note: Option<String>,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Facility {
    pub id: i64,
    /// Bumped by every update: the version an editor must name to change it.
    pub version: i64,
    pub slug: String,
    pub name: String,
    pub kind: FacilityKind,
    pub city: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub coordinates_note: Option<String>,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct FacilityAlias {
    pub facility_id: i64,
    pub alias: String,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Actor {
    pub id: i64,
    /// Bumped by every update: the version an editor must name to change it.
    pub version: i64,
    pub slug: String,
    pub name: String,
    pub kind: ActorKind,
    pub description: String,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Incident {
    pub id: i64,
    /// Bumped by every update: the version an editor must name to change it.
    pub version: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub occurred_on: String,
    pub date_precision: DatePrecision,
    pub occurred_start: String,
    pub occurred_end: String,
    pub time_of_day: Option<String>,
    pub facility_id: Option<i64>,
    pub place: Option<String>,
    pub investigating_body_id: Option<i64>,
    pub campaign: Option<String>,
    /// Only a contradicted source asserts it: answerable by slug, out of default
    /// lists, counts, the map and the timeline.
    pub disputed: bool,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct IncidentKindRow {
    pub incident_id: i64,
    pub kind: IncidentKind,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Outcome {
    pub id: i64,
    pub incident_id: i64,
    pub position: i64,
    pub name: String,
    pub value: f64,
    pub qualifier: Qualifier,
    pub unit: Option<String>,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Criticism {
    pub id: i64,
    /// Bumped by every update: the version an editor must name to change it.
    pub version: i64,
    pub slug: String,
    pub actor_id: i64,
    pub stance: Stance,
    pub summary: String,
    pub quote: Option<String>,
    pub stated_on: Option<String>,
    pub date_precision: Option<DatePrecision>,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct CriticismRight {
    pub criticism_id: i64,
    pub right_slug: String,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct ProvisionIncident {
    pub id: i64,
    pub provision_id: i64,
    pub incident_id: i64,
    pub relation: LinkRelation,
    pub note: Option<String>,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct ProvisionCriticism {
    pub id: i64,
    pub provision_id: i64,
    pub criticism_id: i64,
    pub note: Option<String>,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct ClaimQuestion {
    pub id: i64,
    /// Bumped by every update: the version an editor must name to change it.
    pub version: i64,
    pub slug: String,
    pub question: String,
    pub subject_kind: Option<SubjectKind>,
    pub subject_slug: Option<String>,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Claim {
    pub id: i64,
    pub question_id: i64,
    pub position: i64,
    pub value: String,
    pub value_number: Option<f64>,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Citation {
    pub id: i64,
    pub source_id: i64,
    pub quote: String,
    pub note: Option<String>,
    /// Which column of `citations` names the target; filled by the query that loads it.
    #[sqlx(skip)]
    #[serde(skip)]
    pub target: Option<CitationTarget>,
}

/// What a citation backs. Each variant is one nullable foreign-key column of the
/// `citations` table, so the database itself keeps every citation attached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CitationTarget {
    Law(i64),
    LawStage(i64),
    Provision(i64),
    Parameter(i64),
    Facility(i64),
    Actor(i64),
    Incident(i64),
    Outcome(i64),
    Criticism(i64),
    ProvisionIncident(i64),
    ProvisionCriticism(i64),
    Claim(i64),
    Event(i64),
}

impl CitationTarget {
    /// The `citations` column that points at this kind of target.
    pub fn column(self) -> &'static str {
        match self {
            CitationTarget::Law(_) => "law_id",
            CitationTarget::LawStage(_) => "law_stage_id",
            CitationTarget::Provision(_) => "provision_id",
            CitationTarget::Parameter(_) => "parameter_id",
            CitationTarget::Facility(_) => "facility_id",
            CitationTarget::Actor(_) => "actor_id",
            CitationTarget::Incident(_) => "incident_id",
            CitationTarget::Outcome(_) => "outcome_id",
            CitationTarget::Criticism(_) => "criticism_id",
            CitationTarget::ProvisionIncident(_) => "provision_incident_id",
            CitationTarget::ProvisionCriticism(_) => "provision_criticism_id",
            CitationTarget::Claim(_) => "claim_id",
            CitationTarget::Event(_) => "event_id",
        }
    }

    pub fn id(self) -> i64 {
        match self {
            CitationTarget::Law(id)
            | CitationTarget::LawStage(id)
            | CitationTarget::Provision(id)
            | CitationTarget::Parameter(id)
            | CitationTarget::Facility(id)
            | CitationTarget::Actor(id)
            | CitationTarget::Incident(id)
            | CitationTarget::Outcome(id)
            | CitationTarget::Criticism(id)
            | CitationTarget::ProvisionIncident(id)
            | CitationTarget::ProvisionCriticism(id)
            | CitationTarget::Claim(id)
            | CitationTarget::Event(id) => id,
        }
    }

    /// The same kind of target with another id.
    pub fn with_id(self, id: i64) -> Self {
        match self {
            CitationTarget::Law(_) => CitationTarget::Law(id),
            CitationTarget::LawStage(_) => CitationTarget::LawStage(id),
            CitationTarget::Provision(_) => CitationTarget::Provision(id),
            CitationTarget::Parameter(_) => CitationTarget::Parameter(id),
            CitationTarget::Facility(_) => CitationTarget::Facility(id),
            CitationTarget::Actor(_) => CitationTarget::Actor(id),
            CitationTarget::Incident(_) => CitationTarget::Incident(id),
            CitationTarget::Outcome(_) => CitationTarget::Outcome(id),
            CitationTarget::Criticism(_) => CitationTarget::Criticism(id),
            CitationTarget::ProvisionIncident(_) => CitationTarget::ProvisionIncident(id),
            CitationTarget::ProvisionCriticism(_) => CitationTarget::ProvisionCriticism(id),
            CitationTarget::Claim(_) => CitationTarget::Claim(id),
            CitationTarget::Event(_) => CitationTarget::Event(id),
        }
    }
}

/// How well a fact is supported: the distinct sources quoted for it and whether any
/// of them is more than low reliability.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Corroboration {
    pub source_count: usize,
    pub best_reliability: Option<Reliability>,
}

impl Corroboration {
    pub fn from_sources<'a>(sources: impl IntoIterator<Item = &'a Source>) -> Self {
        let mut seen: Vec<(i64, Reliability)> = sources.into_iter().map(|s| (s.id, s.reliability)).collect();
        seen.sort_unstable();
        seen.dedup_by_key(|(id, _)| *id);
        Corroboration {
            source_count: seen.len(),
            // Variants are declared best first, so the minimum is the best.
            best_reliability: seen.iter().map(|(_, r)| *r).min(),
        }
    }

    /// True when nothing better than a low-reliability source supports the fact.
    pub fn only_low_reliability(&self) -> bool {
        self.best_reliability.is_none_or(Reliability::is_low)
    }
}

#[cfg(test)]
mod tests {
    use super::LegalStatus;

    /// Revisions and databases written before the rename hold `censored`; they
    /// still read, and everything written now says `censured`.
    #[test]
    fn censured_is_written_and_the_old_spelling_still_reads() {
        assert_eq!(LegalStatus::Censured.as_str(), "censured");
        assert_eq!(LegalStatus::PartlyCensured.to_string(), "partly_censured");
        assert_eq!("censored".parse::<LegalStatus>().unwrap(), LegalStatus::Censured);
        assert_eq!("partly_censored".parse::<LegalStatus>().unwrap(), LegalStatus::PartlyCensured);
        let old: LegalStatus = serde_json::from_str("\"partly_censored\"").unwrap();
        assert_eq!(old, LegalStatus::PartlyCensured);
        assert_eq!(serde_json::to_string(&LegalStatus::Censured).unwrap(), "\"censured\"");
    }
}
