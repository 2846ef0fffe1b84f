//! GraphQL mirrors of the core vocabularies. The conversions are exhaustive
//! matches, so a variant added in `core` fails to compile here until the API
//! exposes it too.

use lawtracker_core::model;

macro_rules! mirror_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(async_graphql::Enum, Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl From<model::$name> for $name {
            fn from(value: model::$name) -> Self {
                match value { $(model::$name::$variant => $name::$variant),+ }
            }
        }

        impl From<$name> for model::$name {
            fn from(value: $name) -> Self {
                match value { $($name::$variant => model::$name::$variant),+ }
            }
        }
    };
}

mirror_enum!(
    /// How far a source can be trusted. The reason is in `Source.reliabilityNote`.
    Reliability {
        /// Specific, attributed and corroborated by independent sources.
        High,
        /// Plausible, partly corroborated.
        Medium,
        /// Unattributed or careless; never corroborates a fact on its own.
        Low,
        /// Contradicted by better sources or apparently fabricated.
        Unreliable,
        /// Added by an editor, not yet rated by an admin; counts as low.
        Unrated,
    }
);

mirror_enum!(
    /// What kind of document a source is.
    SourceKind { NewsReport, ForumPost, ResearchCompilation, GeneratedContent, OfficialText }
);

mirror_enum!(
    /// Where a law or a provision stands. `PROPOSED` is never the law in force.
    LegalStatus {
        /// Still a proposal: part of a bill, not of the law.
        Proposed,
        Adopted,
        InForce,
        /// In force under an interpretive reservation of the Conseil constitutionnel
        /// (for loi n° 2025-532, decision 2025-885 DC of 12 June 2025).
        InForceWithReservation,
        /// Censured in part by the Conseil constitutionnel, French *censure* (for loi
        /// n° 2025-532, decision 2025-885 DC of 12 June 2025).
        PartlyCensured,
        /// Censured (struck down) by the Conseil constitutionnel, French *censure*
        /// (for loi n° 2025-532, decision 2025-885 DC of 12 June 2025).
        Censured,
        /// Removed during the legislative process.
        Dropped,
        Repealed,
    }
);

mirror_enum!(
    /// The policy area a provision belongs to.
    Theme {
        DetentionRegime,
        Communications,
        /// Prosecution and courts.
        Prosecution,
        Facilities,
        /// Investigation techniques (dossier coffre, remote activation, algorithmic detection).
        Investigation,
        Assets,
        /// Money laundering, asset freezing and administrative closures.
        MoneyLaundering,
        /// Repentis (collaborators of justice) and informants.
        Informants,
        /// Powers of mayors and prefects.
        LocalPowers,
        /// Customs and ports.
        CustomsPorts,
        PublicOrder,
        Procedure,
        /// An article whose content no public source gives; never guessed.
        Unknown,
    }
);

mirror_enum!(
    /// The body that acted at a legislative stage.
    Chamber { Senate, NationalAssembly, JointCommittee, ConstitutionalCouncil, Government, President }
);

mirror_enum!(
    /// What happened at a legislative stage.
    StageKind {
        Introduced,
        CommitteeText,
        /// An amendment tabled on a text (its fate is in `outcome`, when known).
        Amendment,
        Vote,
        FinalVote,
        Referral,
        Decision,
        Promulgation,
        Publication,
    }
);

mirror_enum!(
    /// What a parameter measures.
    ParameterKind { Duration, Count, Capacity, Money, Percentage }
);

mirror_enum!(
    /// How a number is stated by its source: "up to 4 years", "over 700", "about 15".
    Qualifier {
        Exactly,
        UpTo,
        About,
        AtLeast,
        MoreThan,
        /// A range: from `value` to `valueMax`.
        Between,
    }
);

mirror_enum!(
    /// What a facility is.
    FacilityKind { Prison, School, StaffHousing }
);

mirror_enum!(
    /// What an actor is.
    ActorKind { Person, Government, PublicBody, Prosecutor, Union, Ngo, ProfessionalBody, Court, CriminalGroup }
);

mirror_enum!(
    /// What happened in an incident.
    IncidentKind { Arson, Gunfire, Vandalism, Intimidation, Graffiti, Riot, Assault, Smuggling, EscapeAttempt, Other }
);

mirror_enum!(
    /// An actor's position on the provisions it speaks of.
    Stance {
        Opposes,
        /// Raises concerns without opposing outright.
        Concerned,
        Supports,
        /// Calls on the government to act (e.g. unions after the attacks).
        DemandsAction,
    }
);

mirror_enum!(
    /// How an incident relates to a provision, read from the incident's side.
    LinkRelation {
        /// The incident is reported as a reaction to the provision (or the policy it belongs to).
        ReactionToProvision,
        /// The incident is cited as a reason for the provision.
        CitedAsJustification,
        /// The incident happened while the provision was being debated; no causal link is claimed.
        CoincidedWithDebate,
    }
);

mirror_enum!(
    /// How precise a date is: `2025` (YEAR), `2025-04` (MONTH) or `2025-04-14` (DAY).
    DatePrecision { Year, Month, Day }
);

mirror_enum!(
    /// What a contested question is about.
    SubjectKind { Incident, Provision, Facility, Law, Campaign }
);

mirror_enum!(
    /// The kind of entity a revision is about.
    EntityType { Source, Law, Provision, Facility, Actor, Incident, Criticism, ClaimQuestion, ProvisionIncident, ProvisionCriticism }
);

mirror_enum!(
    /// What a write did.
    Operation {
        Create,
        Update,
        Delete,
        Link,
        Unlink,
        /// Written by loading the curated dataset.
        Load,
    }
);

/// What a timeline entry is.
#[derive(async_graphql::Enum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimelineEntryType {
    LegislativeStage,
    Incident,
    /// A criticism or statement of support.
    Statement,
    /// A censure, an implementing decree, an entry into force, a facility opening...
    LifecycleEvent,
}

impl From<model::TimelineKind> for TimelineEntryType {
    fn from(value: model::TimelineKind) -> Self {
        match value {
            model::TimelineKind::LegislativeStage => TimelineEntryType::LegislativeStage,
            model::TimelineKind::Incident => TimelineEntryType::Incident,
            model::TimelineKind::Statement => TimelineEntryType::Statement,
            model::TimelineKind::LifecycleEvent => TimelineEntryType::LifecycleEvent,
        }
    }
}

impl From<TimelineEntryType> for model::TimelineKind {
    fn from(value: TimelineEntryType) -> Self {
        match value {
            TimelineEntryType::LegislativeStage => model::TimelineKind::LegislativeStage,
            TimelineEntryType::Incident => model::TimelineKind::Incident,
            TimelineEntryType::Statement => model::TimelineKind::Statement,
            TimelineEntryType::LifecycleEvent => model::TimelineKind::LifecycleEvent,
        }
    }
}

mirror_enum!(
    /// A change in a law's or a provision's life.
    EventKind {
        /// The text came into being (promulgation).
        Generation,
        Amendment,
        /// Struck down by the Constitutional Council.
        Censure,
        PartialCensure,
        /// Upheld under an interpretive reservation.
        Reservation,
        Repeal,
        ImplementingDecree,
        EntryIntoForce,
        /// A facility the provision provides for opened (with its capacity where sourced).
        FacilityOpening,
        /// A step or finding of an investigation into events around the law.
        Investigation,
        /// A court's ruling on the law or one of its provisions (e.g. a QPC decision).
        CourtDecision,
        /// A published evaluation of the law's application (CGLPL, OIP, Défenseur des droits, a ministry).
        Assessment,
        /// A body the law creates starts work (e.g. the PNACO).
        BodyEstablished,
    }
);

mirror_enum!(
    /// What a provision text is.
    TextKind {
        /// The law's own wording, as a source quotes it.
        Wording,
        /// A source's account of what the clause said at that stage, in the source's
        /// words; not the legal wording.
        SourceAccount,
    }
);

/// Whether a run of words was kept, inserted or deleted between two texts.
#[derive(async_graphql::Enum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextChange {
    Kept,
    Inserted,
    Deleted,
}

impl From<lawtracker_core::versions::Change> for TextChange {
    fn from(value: lawtracker_core::versions::Change) -> Self {
        use lawtracker_core::versions::Change;
        match value {
            Change::Kept => TextChange::Kept,
            Change::Inserted => TextChange::Inserted,
            Change::Deleted => TextChange::Deleted,
        }
    }
}

/// A language content is available in.
#[derive(async_graphql::Enum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    Fr,
    En,
}

impl Language {
    /// The first supported language of an `Accept-Language` header, by preference.
    pub fn from_accept_language(header: &str) -> Option<Language> {
        let mut ranked: Vec<(f32, Language)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.trim().split(';');
                let tag = pieces.next()?.trim().to_ascii_lowercase();
                let q = pieces.find_map(|p| p.trim().strip_prefix("q=")?.parse::<f32>().ok()).unwrap_or(1.0);
                let language = match tag.split('-').next()? {
                    "fr" => Language::Fr,
                    "en" => Language::En,
                    _ => return None,
                };
                Some((q, language))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranked.first().map(|(_, l)| *l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_most_preferred_supported_language() {
        assert_eq!(Language::from_accept_language("en-GB,en;q=0.9,fr;q=0.5"), Some(Language::En));
        assert_eq!(Language::from_accept_language("de-DE, fr;q=0.8, en;q=0.7"), Some(Language::Fr));
        assert_eq!(Language::from_accept_language("en;q=0.2, fr-CA;q=0.9"), Some(Language::Fr));
        assert_eq!(Language::from_accept_language("de, it"), None);
    }
}
