//! How many child rows each generated record has, drawn before any text is written.

use rand::Rng;

use super::batches::T;
use super::world::{one_to_three, Stream, World};

/// How many rows each record has: drawn from streams of their own, so that the
/// total is known before any text is written (for the progress bar).
pub struct IncidentShape {
    pub(super) kinds: u8,
    pub(super) outcomes: u8,
    pub(super) citations: u8,
    pub(super) links: u8,
    pub(super) link_citations: [u8; 3],
}

impl IncidentShape {
    pub(super) fn draw(world: &World, i: u64) -> Self {
        let mut rng = world.rng(Stream::IncidentShape, i);
        let kinds = if rng.random_bool(0.3) { 2 } else { 1 };
        let outcomes = [0, 0, 1, 1, 2][rng.random_range(0..5)];
        let citations = one_to_three(&mut rng, 0.3, 0.1);
        let links = one_to_three(&mut rng, 0.4, 0.15).min(world.spec.provisions.min(3) as u8);
        let link_citations = [
            one_to_three(&mut rng, 0.25, 0.05),
            one_to_three(&mut rng, 0.25, 0.05),
            one_to_three(&mut rng, 0.25, 0.05),
        ];
        IncidentShape { kinds, outcomes, citations, links, link_citations }
    }

    pub(super) fn rows(&self, counts: &mut [u64]) {
        counts[T::Incidents as usize] += 1;
        counts[T::Kinds as usize] += self.kinds as u64;
        counts[T::Outcomes as usize] += self.outcomes as u64;
        counts[T::IncidentLinks as usize] += self.links as u64;
        counts[T::Citations as usize] += (self.citations + self.outcomes) as u64
            + self.link_citations[..self.links as usize].iter().map(|&c| c as u64).sum::<u64>();
    }
}

pub struct CriticismShape {
    pub(super) rights: u8,
    pub(super) citations: u8,
    pub(super) links: u8,
    pub(super) link_citations: [u8; 3],
}

impl CriticismShape {
    pub(super) fn draw(world: &World, i: u64) -> Self {
        let mut rng = world.rng(Stream::CriticismShape, i);
        CriticismShape {
            rights: one_to_three(&mut rng, 0.35, 0.15),
            citations: one_to_three(&mut rng, 0.3, 0.0),
            links: one_to_three(&mut rng, 0.3, 0.1).min(world.spec.provisions.min(3) as u8),
            link_citations: [
                one_to_three(&mut rng, 0.3, 0.0),
                one_to_three(&mut rng, 0.3, 0.0),
                one_to_three(&mut rng, 0.3, 0.0),
            ],
        }
    }

    pub(super) fn rows(&self, counts: &mut [u64]) {
        counts[T::Criticisms as usize] += 1;
        counts[T::Rights as usize] += self.rights as u64;
        counts[T::CriticismLinks as usize] += self.links as u64;
        counts[T::Citations as usize] +=
            self.citations as u64 + self.link_citations[..self.links as usize].iter().map(|&c| c as u64).sum::<u64>();
    }
}

pub(super) struct SmallShape {
    pub(super) citations: u8,
    /// Parameters of a provision, aliases of a facility.
    pub(super) children: u8,
}

impl SmallShape {
    pub(super) fn provision(world: &World, i: u64) -> Self {
        let mut rng = world.rng(Stream::ProvisionShape, i);
        SmallShape { citations: one_to_three(&mut rng, 0.4, 0.1), children: rng.random_range(0..=3) }
    }
    pub(super) fn facility(world: &World, i: u64) -> Self {
        let mut rng = world.rng(Stream::FacilityShape, i);
        SmallShape { citations: one_to_three(&mut rng, 0.3, 0.0), children: rng.random_range(0..=3) }
    }
    pub(super) fn actor(world: &World, i: u64) -> Self {
        let mut rng = world.rng(Stream::ActorShape, i);
        SmallShape { citations: one_to_three(&mut rng, 0.2, 0.0), children: 0 }
    }
}
