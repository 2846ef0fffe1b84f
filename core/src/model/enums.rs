//! The closed vocabularies of the domain, each stored as snake_case text.

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
        /// A court's ruling on the law or one of its provisions (e.g. a QPC decision).
        CourtDecision,
        /// A published evaluation of the law's application (CGLPL, OIP, Défenseur des droits, a ministry).
        Assessment,
        /// A body the law creates starts work (e.g. the PNACO).
        BodyEstablished,
    }
);

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

text_enum!(
    /// What a provision text is: the law's own wording, quoted by a source, or a
    /// source's account of what the clause said (never presented as the wording).
    TextKind { Wording, SourceAccount }
);

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
