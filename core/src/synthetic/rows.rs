//! Records turned into rows; [`super::batches`] turns the rows into statements.
//!
//! Each record is first built as the `*In` struct curators write (`dataset.rs`),
//! then mapped to columns by the same functions the normal writer uses
//! (`write::columns`), so the derived columns (`search_text`, date precision and day
//! interval) are exactly what the server expects. Row ids are assigned here, in
//! order, from 1: the database is empty, and children need their parents' ids
//! without a round trip.

use chrono::{Datelike, Duration};
use rand::Rng;
use strum::VariantArray;

use super::batches::{with_id, with_slug, Batches, Ids, Msg, Stopped, T, TABLES};
use super::shape::{CriticismShape, IncidentShape, SmallShape};
use super::text::{self, Lang};
use super::world::{self, Stream, World};
use crate::error::StoreError;
use crate::input::*;
use crate::model::*;
use crate::store::Backend;
use crate::write;

/// Incidents (or criticisms) generated before their rows are sent: bounds memory.
const BLOCK: u64 = 2_000;

pub fn source_slug(i: u64) -> String {
    format!("syn-source-{:05}", i + 1)
}
pub fn provision_slug(i: u64) -> String {
    format!("syn-provision-{:05}", i + 1)
}
pub fn facility_slug(i: u64) -> String {
    format!("syn-facility-{:05}", i + 1)
}
pub fn actor_slug(i: u64) -> String {
    format!("syn-actor-{:05}", i + 1)
}
pub fn incident_slug(i: u64) -> String {
    format!("syn-incident-{:07}", i + 1)
}
pub fn criticism_slug(i: u64) -> String {
    format!("syn-criticism-{:07}", i + 1)
}
pub const LAW_SLUG: &str = "syn-law";

/// The legislative stages of the synthetic law: (slug, day, chamber, kind).
const STAGES: [(&str, &str, Chamber, StageKind); 8] = [
    ("senate-bill-tabled", "2024-07-12", Chamber::Senate, StageKind::Introduced),
    ("senate-committee-text", "2024-12", Chamber::Senate, StageKind::CommitteeText),
    ("senate-first-reading-vote", "2025-02-04", Chamber::Senate, StageKind::Vote),
    ("an-committee-text", "2025-03-06", Chamber::NationalAssembly, StageKind::CommitteeText),
    ("an-first-reading-vote", "2025-04-01", Chamber::NationalAssembly, StageKind::Vote),
    ("final-vote", "2025-04-29", Chamber::Senate, StageKind::FinalVote),
    ("constitutional-decision", "2025-06-12", Chamber::ConstitutionalCouncil, StageKind::Decision),
    ("promulgation", "2025-06-13", Chamber::President, StageKind::Promulgation),
];

const RIGHTS: [&str; 14] = [
    "defence_rights",
    "privacy",
    "human_dignity",
    "family_life",
    "fair_trial",
    "proportionality",
    "adversarial_principle",
    "separation_of_powers",
    "fundamental_rights",
    "human_rights",
    "presumption_of_innocence",
    "freedom_of_expression",
    "right_to_health",
    "housing",
];

const OUTCOMES: [&str; 8] = [
    "cars burned",
    "bullet impacts",
    "people injured",
    "officers injured",
    "suspects arrested",
    "cells damaged",
    "phones seized",
    "vehicles burned",
];

const PLACES: [&str; 8] = [
    "entrance of the prison",
    "staff car park",
    "main gate",
    "outside the school",
    "visiting area",
    "exercise yard",
    "officers' housing",
    "perimeter wall",
];

/// Rows per table (in [`TABLES`] order) that [`produce`] will send.
pub fn count(world: &World) -> Vec<u64> {
    let spec = &world.spec;
    let mut counts = vec![0u64; TABLES.len()];
    counts[T::Sources as usize] = spec.sources;
    counts[T::Laws as usize] = 1;
    counts[T::Stages as usize] = STAGES.len() as u64;
    counts[T::Citations as usize] += 2 + STAGES.len() as u64;
    for p in 0..spec.provisions {
        let shape = SmallShape::provision(world, p);
        counts[T::Provisions as usize] += 1;
        counts[T::Parameters as usize] += shape.children as u64;
        counts[T::Citations as usize] += (shape.citations + shape.children) as u64;
    }
    for f in 0..spec.facilities {
        let shape = SmallShape::facility(world, f);
        counts[T::Facilities as usize] += 1;
        counts[T::Aliases as usize] += shape.children as u64;
        counts[T::Citations as usize] += shape.citations as u64;
    }
    for a in 0..spec.actors {
        counts[T::Actors as usize] += 1;
        counts[T::Citations as usize] += SmallShape::actor(world, a).citations as u64;
    }
    for i in 0..spec.incidents {
        IncidentShape::draw(world, i).rows(&mut counts);
    }
    for c in 0..spec.criticisms {
        CriticismShape::draw(world, c).rows(&mut counts);
    }
    counts
}

/// Generates every row of the world and sends them as statements, parents first.
pub fn produce(
    world: &World,
    backend: Backend,
    send: &mut dyn FnMut(Msg) -> Result<(), Stopped>,
) -> Result<(), StoreError> {
    let stopped = |_| StoreError::BadArgument { field: "generate", message: "stopped: the writer failed".into() };
    let total = count(world).iter().sum();
    send(Msg::Total(total)).map_err(stopped)?;
    let mut out = Producer { world, ids: Ids::default(), batches: Batches { backend, pending: vec![], send } };
    out.batches.pending = (0..TABLES.len()).map(|_| Vec::new()).collect();
    out.sources();
    out.law()?;
    out.batches.flush().map_err(stopped)?;
    out.facilities();
    out.actors();
    out.batches.flush().map_err(stopped)?;
    let spec = &world.spec;
    let mut from = 0;
    while from < spec.incidents {
        let to = (from + BLOCK).min(spec.incidents);
        for i in from..to {
            out.incident(i)?;
        }
        out.batches.flush().map_err(stopped)?;
        from = to;
    }
    let mut from = 0;
    while from < spec.criticisms {
        let to = (from + BLOCK).min(spec.criticisms);
        for c in from..to {
            out.criticism(c)?;
        }
        out.batches.flush().map_err(stopped)?;
        from = to;
    }
    Ok(())
}

struct Producer<'w, 's> {
    world: &'w World,
    ids: Ids,
    batches: Batches<'s>,
}

impl Producer<'_, '_> {
    fn cite(&mut self, rng: &mut impl Rng, count: u8, target: CitationTarget) {
        for _ in 0..count {
            let (source, quote) = self.world.cite(rng);
            let note = rng.random_bool(0.15).then(|| text::text(rng, Lang::En, 30, 120));
            let id = self.ids.next(T::Citations);
            let columns = write::citation_columns(source as i64 + 1, quote, note, target);
            self.batches.push(T::Citations, with_id(id, columns));
        }
    }

    fn sources(&mut self) {
        for i in 0..self.world.spec.sources {
            // The body was drawn from `Stream::Source` (World::new); the rest from a stream of its own.
            let mut rng = self.world.rng(Stream::SourceMeta, i);
            let text = &self.world.source_texts[i as usize];
            let kind = match rng.random_range(0..100) {
                0..60 => SourceKind::NewsReport,
                60..70 => SourceKind::OfficialText,
                70..80 => SourceKind::ResearchCompilation,
                80..92 => SourceKind::ForumPost,
                _ => SourceKind::GeneratedContent,
            };
            let reliability = match rng.random_range(0..100) {
                0..35 => Reliability::High,
                35..70 => Reliability::Medium,
                70..88 => Reliability::Low,
                88..96 => Reliability::Unreliable,
                _ => Reliability::Unrated,
            };
            let slug = source_slug(i);
            let title = text::sentence(&mut rng, text.lang, 5, 12).trim_end_matches('.').to_string();
            let source = SourceIn {
                slug: slug.clone(),
                version: 1,
                curated_at: None,
                file: None,
                title,
                title_is_editorial: rng.random_bool(0.2),
                publisher: rng.random_bool(0.85).then(|| text::pick(&mut rng, text::PUBLISHERS).to_string()),
                published_on: rng.random_bool(0.9).then(|| {
                    let day = world::day_in_range(&mut rng);
                    world::partial_date(&mut rng, day)
                }),
                language: text.lang.code().to_string(),
                url: rng.random_bool(0.7).then(|| format!("https://example.org/synthetic/{slug}")),
                kind,
                reliability,
                reliability_note: text::text(&mut rng, Lang::En, 80, 300),
                text: Some(text.body.text.clone()),
            };
            let id = self.ids.next(T::Sources);
            self.batches.push(T::Sources, with_slug(id, &slug, write::source_columns(&source)));
        }
    }

    fn law(&mut self) -> Result<(), StoreError> {
        let mut rng = self.world.rng(Stream::Law, 0);
        let law = LawIn {
            slug: LAW_SLUG.into(),
            version: 1,
            curated_at: None,
            title_fr: "Loi synthétique visant à sortir la France du piège du narcotrafic".into(),
            title_en: Some("Synthetic law to get France out of the drug-trafficking trap".into()),
            number: Some("2025-000".into()),
            eli_uri: None,
            status: LegalStatus::InForce,
            summary: text::text(&mut rng, Lang::En, 300, 600),
            citations: vec![],
            stages: vec![],
            provisions: vec![],
        };
        let law_id = self.ids.next(T::Laws);
        self.batches.push(T::Laws, with_slug(law_id, LAW_SLUG, write::law_columns(&law)));
        self.cite(&mut rng, 2, CitationTarget::Law(law_id));
        for (position, (slug, on, chamber, kind)) in STAGES.iter().enumerate() {
            let stage = StageIn {
                slug: slug.to_string(),
                occurred_on: on.to_string(),
                chamber: Some(*chamber),
                kind: *kind,
                outcome: rng.random_bool(0.5).then(|| text::text(&mut rng, Lang::En, 20, 60)),
                description: text::text(&mut rng, Lang::En, 120, 320),
                citations: vec![],
            };
            let id = self.ids.next(T::Stages);
            self.batches.push(T::Stages, with_id(id, write::stage_columns(law_id, position as i64, &stage)?));
            self.cite(&mut rng, 1, CitationTarget::LawStage(id));
        }
        for p in 0..self.world.spec.provisions {
            self.provision(law_id, p);
        }
        Ok(())
    }

    fn provision(&mut self, law_id: i64, p: u64) {
        let shape = SmallShape::provision(self.world, p);
        let mut rng = self.world.rng(Stream::Provision, p);
        let slug = provision_slug(p);
        let provision = ProvisionIn {
            slug: slug.clone(),
            version: 1,
            curated_at: None,
            article: Some(format!("art. {}", p + 1)),
            heading: text::sentence(&mut rng, Lang::En, 5, 12).trim_end_matches('.').to_string(),
            heading_fr: None,
            summary: text::text(&mut rng, Lang::En, 150, 420),
            summary_fr: None,
            text: rng.random_bool(0.3).then(|| text::text(&mut rng, Lang::Fr, 300, 1_200)),
            theme: *pick_variant(&mut rng, Theme::VARIANTS),
            status: match rng.random_range(0..100) {
                0..50 => LegalStatus::InForce,
                50..65 => LegalStatus::Adopted,
                65..75 => LegalStatus::PartlyCensured,
                75..80 => LegalStatus::Censured,
                80..90 => LegalStatus::Proposed,
                90..95 => LegalStatus::Dropped,
                _ => LegalStatus::Repealed,
            },
            citations: vec![],
            parameters: vec![],
            texts: vec![],
            codes: Vec::new(),
            entry_into_force: None,
            decrees: Vec::new(),
        };
        let id = self.ids.next(T::Provisions);
        let mut columns = write::provision_columns(&provision);
        columns.push(("law_id", law_id.into()));
        columns.push(("position", (p as i64).into()));
        self.batches.push(T::Provisions, with_slug(id, &slug, columns));
        self.cite(&mut rng, shape.citations, CitationTarget::Provision(id));
        for position in 0..shape.children {
            let kind = *pick_variant(&mut rng, ParameterKind::VARIANTS);
            let unit = match kind {
                ParameterKind::Duration => text::pick(&mut rng, &["year", "month", "day", "hour"]),
                ParameterKind::Count => text::pick(&mut rng, &["person", "inmate"]),
                ParameterKind::Capacity => text::pick(&mut rng, &["inmate", "facility"]),
                ParameterKind::Money => "euro",
                ParameterKind::Percentage => "percent",
            };
            let value = rng.random_range(1..=100) as f64;
            let baseline = rng.random_bool(0.3);
            let parameter = ParameterIn {
                name: format!("syn_parameter_{}_{}", p + 1, position + 1),
                label: text::sentence(&mut rng, Lang::En, 3, 7).trim_end_matches('.').to_string(),
                label_fr: None,
                kind,
                value,
                value_max: rng.random_bool(0.1).then_some(value * 2.0),
                unit: unit.into(),
                qualifier: *pick_variant(&mut rng, Qualifier::VARIANTS),
                stage: None,
                baseline: baseline.then(|| text::text(&mut rng, Lang::En, 30, 90)),
                baseline_value: baseline.then(|| rng.random_range(1..=50) as f64),
                baseline_unit: baseline.then(|| unit.to_string()),
                citations: vec![],
            };
            let stage_id = rng.random_range(1..=STAGES.len() as i64);
            let parameter_id = self.ids.next(T::Parameters);
            let columns = write::parameter_columns(id, position as i64, &parameter, Some(stage_id));
            self.batches.push(T::Parameters, with_id(parameter_id, columns));
            self.cite(&mut rng, 1, CitationTarget::Parameter(parameter_id));
        }
    }

    fn facilities(&mut self) {
        for f in 0..self.world.spec.facilities {
            let shape = SmallShape::facility(self.world, f);
            let mut rng = self.world.rng(Stream::Facility, f);
            let city = text::pick(&mut rng, text::CITIES); // as World::new drew it
            let (kind, name) = match rng.random_range(0..100) {
                0..40 => (FacilityKind::Prison, format!("Centre pénitentiaire de {city}")),
                40..70 => (FacilityKind::Prison, format!("Maison d'arrêt de {city}")),
                70..85 => (FacilityKind::Prison, format!("Centre de détention de {city}")),
                85..90 => (FacilityKind::School, format!("École pénitentiaire de {city}")),
                _ => (FacilityKind::StaffHousing, format!("Logements des personnels pénitentiaires, {city}")),
            };
            let located = rng.random_bool(0.3);
            let aliases = [city.to_string(), format!("{city} prison"), format!("CP {}", city.to_uppercase())];
            let facility = FacilityIn {
                slug: facility_slug(f),
                version: 1,
                curated_at: None,
                name,
                kind,
                city: Some(city.to_string()),
                aliases: {
                    // Sorted, as exports list them (see the criticisms' rights).
                    let mut aliases = aliases[..shape.children.min(3) as usize].to_vec();
                    aliases.sort_unstable();
                    aliases
                },
                latitude: located.then(|| rng.random_range(42.0..51.0)),
                longitude: located.then(|| rng.random_range(-4.5..8.0)),
                coordinates_note: located.then(|| "synthetic point near the commune".to_string()),
                citations: vec![],
            };
            let id = self.ids.next(T::Facilities);
            self.batches.push(T::Facilities, with_slug(id, &facility.slug, write::facility_columns(&facility)));
            for alias in &facility.aliases {
                self.batches.push(T::Aliases, write::alias_columns(id, alias));
            }
            self.cite(&mut rng, shape.citations, CitationTarget::Facility(id));
        }
    }

    fn actors(&mut self) {
        for a in 0..self.world.spec.actors {
            let shape = SmallShape::actor(self.world, a);
            let mut rng = self.world.rng(Stream::Actor, a);
            let kind = *pick_variant(&mut rng, ActorKind::VARIANTS);
            let name = match kind {
                ActorKind::Person => text::person(&mut rng),
                _ => format!("{} ({})", text::pick(&mut rng, text::ORGANISATIONS), text::pick(&mut rng, text::CITIES)),
            };
            let actor = ActorIn {
                slug: actor_slug(a),
                version: 1,
                curated_at: None,
                name,
                kind,
                description: text::text(&mut rng, Lang::En, 40, 160),
                citations: vec![],
            };
            let id = self.ids.next(T::Actors);
            self.batches.push(T::Actors, with_slug(id, &actor.slug, write::actor_columns(&actor)));
            self.cite(&mut rng, shape.citations, CitationTarget::Actor(id));
        }
    }

    fn incident(&mut self, i: u64) -> Result<(), StoreError> {
        let world = self.world;
        let spec = &world.spec;
        let shape = IncidentShape::draw(world, i);
        let mut rng = world.rng(Stream::Incident, i);
        let kinds = world::distinct(&mut rng, &INCIDENT_KINDS, shape.kinds as usize);
        let facility = (spec.facilities > 0 && rng.random_bool(0.9)).then(|| world.facilities.sample(&mut rng));
        let city = match facility {
            Some(f) => world.facility_cities[f],
            None => text::pick(&mut rng, text::CITIES),
        };
        let day = world::day_in_range(&mut rng);
        let title = incident_title(&mut rng, kinds[0], city);
        let lang = if rng.random_bool(0.2) { Lang::Fr } else { Lang::En };
        let incident = IncidentIn {
            slug: incident_slug(i),
            version: 1,
            curated_at: None,
            title,
            title_fr: None,
            summary: text::text(&mut rng, lang, 120, 300),
            summary_fr: None,
            occurred_on: world::partial_date(&mut rng, day),
            time_of_day: rng
                .random_bool(0.4)
                .then(|| format!("about {:02}:{:02}", rng.random_range(0..24), rng.random_range(0..6) * 10)),
            facility: None,
            place: rng.random_bool(0.5).then(|| text::pick(&mut rng, &PLACES).to_string()),
            kinds: vec![],
            outcomes: vec![],
            investigating_body: None,
            investigating_body_as_of: None,
            campaign: rng.random_bool(0.1).then(|| format!("syn-campaign-{}-q{}", day.year(), day.month0() / 3 + 1)),
            disputed: false,
            citations: vec![],
        };
        let body = (spec.actors > 0 && rng.random_bool(0.3)).then(|| world.actors.sample(&mut rng) as i64 + 1);
        let id = self.ids.next(T::Incidents);
        let columns = write::incident_columns(&incident, facility.map(|f| f as i64 + 1), body)?;
        self.batches.push(T::Incidents, with_slug(id, &incident.slug, columns));
        for kind in kinds {
            self.batches.push(T::Kinds, write::kind_columns(id, kind));
        }
        self.cite(&mut rng, shape.citations, CitationTarget::Incident(id));
        for position in 0..shape.outcomes {
            let outcome = OutcomeIn {
                name: text::pick(&mut rng, &OUTCOMES).to_string(),
                value: rng.random_range(1..=40) as f64,
                qualifier: *pick_variant(&mut rng, Qualifier::VARIANTS),
                unit: None,
                citations: vec![],
            };
            let outcome_id = self.ids.next(T::Outcomes);
            let columns = write::outcome_columns(id, position as i64, &outcome);
            self.batches.push(T::Outcomes, with_id(outcome_id, columns));
            self.cite(&mut rng, 1, CitationTarget::Outcome(outcome_id));
        }
        let provisions = world.distinct_provisions(&mut rng, shape.links as usize);
        for (k, provision) in provisions.into_iter().enumerate() {
            let link = ProvisionIncidentIn {
                provision: String::new(),
                incident: String::new(),
                relation: match rng.random_range(0..100) {
                    0..50 => LinkRelation::CoincidedWithDebate,
                    50..90 => LinkRelation::ReactionToProvision,
                    _ => LinkRelation::CitedAsJustification,
                },
                curated_at: None,
                note: rng.random_bool(0.3).then(|| text::text(&mut rng, Lang::En, 40, 160)),
                disputed: false,
                disputed_note: None,
                citations: vec![],
            };
            let link_id = self.ids.next(T::IncidentLinks);
            let columns = write::incident_link_columns(provision as i64 + 1, id, &link);
            self.batches.push(T::IncidentLinks, with_id(link_id, columns));
            self.cite(&mut rng, shape.link_citations[k], CitationTarget::ProvisionIncident(link_id));
        }
        Ok(())
    }

    fn criticism(&mut self, c: u64) -> Result<(), StoreError> {
        let world = self.world;
        let shape = CriticismShape::draw(world, c);
        let mut rng = world.rng(Stream::Criticism, c);
        let actor = world.actors.sample(&mut rng) as i64 + 1;
        let mut rights = world::distinct(&mut rng, &RIGHTS, shape.rights as usize);
        // In the order exports list them (sorted), so that an export re-imports to the same search text.
        rights.sort_unstable();
        let stated = rng.random_bool(0.9).then(|| {
            // Statements follow the law's debate: from mid-2024 on.
            let day = world::first_day() + Duration::days(3 * 365 + 180 + rng.random_range(0..700));
            world::partial_date(&mut rng, day)
        });
        // The critic's own words, when given, are a passage of the first cited source.
        let first = world.cite(&mut rng);
        let quoted = rng.random_bool(0.5);
        let criticism = CriticismIn {
            slug: criticism_slug(c),
            version: 1,
            curated_at: None,
            actor: String::new(),
            stance: match rng.random_range(0..100) {
                0..45 => Stance::Concerned,
                45..75 => Stance::Opposes,
                75..90 => Stance::Supports,
                _ => Stance::DemandsAction,
            },
            rights: rights.iter().map(|r| r.to_string()).collect(),
            summary: text::text(&mut rng, Lang::En, 100, 260),
            summary_fr: None,
            quote: quoted.then(|| first.1.to_string()),
            stated_on: stated,
            citations: vec![],
            provisions: vec![],
        };
        let id = self.ids.next(T::Criticisms);
        let columns = write::criticism_columns(&criticism, actor)?;
        self.batches.push(T::Criticisms, with_slug(id, &criticism.slug, columns));
        for right in &criticism.rights {
            self.batches.push(T::Rights, write::right_columns(id, right));
        }
        let citation_id = self.ids.next(T::Citations);
        let columns = write::citation_columns(first.0 as i64 + 1, first.1, None, CitationTarget::Criticism(id));
        self.batches.push(T::Citations, with_id(citation_id, columns));
        self.cite(&mut rng, shape.citations - 1, CitationTarget::Criticism(id));
        let provisions = world.distinct_provisions(&mut rng, shape.links as usize);
        for (k, provision) in provisions.into_iter().enumerate() {
            let link = CriticismLinkIn {
                provision: String::new(),
                note: rng.random_bool(0.4).then(|| text::text(&mut rng, Lang::En, 40, 160)),
                disputed: false,
                disputed_note: None,
                citations: vec![],
            };
            let link_id = self.ids.next(T::CriticismLinks);
            let columns = write::criticism_link_columns(provision as i64 + 1, id, &link);
            self.batches.push(T::CriticismLinks, with_id(link_id, columns));
            self.cite(&mut rng, shape.link_citations[k], CitationTarget::ProvisionCriticism(link_id));
        }
        Ok(())
    }
}

/// Incident kinds, the common ones first (as in the shipped data).
const INCIDENT_KINDS: [IncidentKind; 10] = [
    IncidentKind::Arson,
    IncidentKind::Graffiti,
    IncidentKind::Vandalism,
    IncidentKind::Intimidation,
    IncidentKind::Gunfire,
    IncidentKind::Riot,
    IncidentKind::Assault,
    IncidentKind::Smuggling,
    IncidentKind::EscapeAttempt,
    IncidentKind::Other,
];

fn incident_title(rng: &mut impl Rng, kind: IncidentKind, city: &str) -> String {
    use IncidentKind::*;
    let what = match kind {
        Arson => text::pick(rng, &["Cars burned", "Staff vehicles set on fire", "Arson attack"]),
        Graffiti => text::pick(rng, &["Threatening tags painted", "Graffiti signed DDPF", "Tags on the walls"]),
        Vandalism => text::pick(rng, &["Gate damaged", "Windows smashed", "Cameras destroyed"]),
        Intimidation => text::pick(rng, &["Officers threatened", "Threats against staff", "Intimidation of wardens"]),
        Gunfire => text::pick(rng, &["Shots fired", "Gunfire at the entrance", "Automatic weapon fired"]),
        Riot => text::pick(rng, &["Inmates riot", "Disturbance in the yard", "Mutiny in a wing"]),
        Assault => text::pick(rng, &["Officer assaulted", "Warden attacked", "Assault on staff"]),
        Smuggling => text::pick(rng, &["Phones dropped by drone", "Parcels thrown over the wall", "Drugs seized"]),
        EscapeAttempt => text::pick(rng, &["Escape attempt foiled", "Inmate tries to escape"]),
        Other => text::pick(rng, &["Incident reported", "Security alert"]),
    };
    let at = text::pick(rng, &["at the prison of", "outside the prison in", "near the facility in", "in"]);
    format!("{what} {at} {city}")
}

fn pick_variant<'a, V>(rng: &mut impl Rng, variants: &'a [V]) -> &'a V {
    &variants[rng.random_range(0..variants.len())]
}
