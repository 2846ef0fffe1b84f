//! The generated world's shape, fixed by the seed: one random stream per record
//! (so a record's content depends on the seed and its index only, never on batch
//! sizes or on what was generated before it), the skewed choices (a few provisions
//! draw most links, a few actors most criticisms), dates and the sources' texts.

use chrono::{Duration, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::text::{self, Body, Lang};
use super::Spec;

/// Which kind of record a random stream belongs to. The value is the stream's high
/// bits, the record's index its low 40 bits.
#[derive(Clone, Copy, Debug)]
#[repr(u64)]
pub enum Stream {
    Source = 1,
    Law = 2,
    Provision = 3,
    Facility = 4,
    Actor = 5,
    Incident = 6,
    IncidentShape = 7,
    Criticism = 8,
    CriticismShape = 9,
    ProvisionShape = 10,
    FacilityShape = 11,
    ActorShape = 12,
    SourceMeta = 13,
}

/// A discrete Zipf-like law over `0..n`: item `k` is drawn with weight `1/(k+1)^s`.
pub struct Zipf {
    cdf: Vec<f64>,
}

impl Zipf {
    pub fn new(n: usize, exponent: f64) -> Self {
        let mut cdf = Vec::with_capacity(n);
        let mut total = 0.0;
        for k in 0..n {
            total += 1.0 / ((k + 1) as f64).powf(exponent);
            cdf.push(total);
        }
        for c in &mut cdf {
            *c /= total;
        }
        Zipf { cdf }
    }

    pub fn sample(&self, rng: &mut impl Rng) -> usize {
        let u: f64 = rng.random();
        self.cdf.partition_point(|&c| c < u).min(self.cdf.len().saturating_sub(1))
    }

    /// The probability of item `k`.
    pub fn weight(&self, k: usize) -> f64 {
        self.cdf[k] - if k == 0 { 0.0 } else { self.cdf[k - 1] }
    }
}

/// A source's text, kept for the whole run: citations quote it.
pub struct SourceText {
    pub lang: Lang,
    pub body: Body,
}

/// First and last day incidents happen on.
pub const FIRST_DAY: (i32, u32, u32) = (2021, 1, 1);
pub const DAYS: i64 = 5 * 365 + 181;

/// How precisely a date is known, in the proportions of the shipped data and of
/// event databases like ACLED: mostly the day, sometimes the month, rarely the year.
pub fn partial_date(rng: &mut impl Rng, day: NaiveDate) -> String {
    let roll: f64 = rng.random();
    if roll < 0.78 {
        day.format("%Y-%m-%d").to_string()
    } else if roll < 0.95 {
        day.format("%Y-%m").to_string()
    } else {
        day.format("%Y").to_string()
    }
}

pub fn first_day() -> NaiveDate {
    let (y, m, d) = FIRST_DAY;
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid constant date")
}

pub fn day_in_range(rng: &mut impl Rng) -> NaiveDate {
    first_day() + Duration::days(rng.random_range(0..DAYS))
}

pub struct World {
    base: ChaCha8Rng,
    pub spec: Spec,
    /// Provision ranks: the first provisions draw most links.
    pub provisions: Zipf,
    /// Actor ranks: a few actors speak most often.
    pub actors: Zipf,
    /// Facility ranks: some places are hit far more often than others.
    pub facilities: Zipf,
    /// Sources by how often they are quoted.
    pub sources: Zipf,
    pub source_texts: Vec<SourceText>,
    /// Each facility's city, for titles and places.
    pub facility_cities: Vec<&'static str>,
}

impl World {
    pub fn new(spec: &Spec) -> Self {
        let base = ChaCha8Rng::seed_from_u64(spec.seed);
        let mut world = World {
            base,
            spec: spec.clone(),
            provisions: Zipf::new(spec.provisions as usize, 1.1),
            actors: Zipf::new(spec.actors.max(1) as usize, 0.9),
            facilities: Zipf::new(spec.facilities.max(1) as usize, 0.7),
            sources: Zipf::new(spec.sources as usize, 0.6),
            source_texts: Vec::new(),
            facility_cities: Vec::new(),
        };
        world.facility_cities = (0..spec.facilities)
            .map(|i| {
                let mut rng = world.rng(Stream::Facility, i);
                text::pick(&mut rng, text::CITIES)
            })
            .collect();
        world.source_texts = (0..spec.sources)
            .map(|i| {
                let mut rng = world.rng(Stream::Source, i);
                let lang = if rng.random_bool(0.55) { Lang::Fr } else { Lang::En };
                // The shipped sources run from 4 to 18 KB; most are short wire reports.
                let long = rng.random_bool(0.1);
                let body = if long {
                    text::body(&mut rng, lang, 8_000, 16_000)
                } else {
                    text::body(&mut rng, lang, 1_500, 5_000)
                };
                SourceText { lang, body }
            })
            .collect();
        world
    }

    /// The random stream of record `index` of kind `stream`.
    pub fn rng(&self, stream: Stream, index: u64) -> ChaCha8Rng {
        let mut rng = self.base.clone();
        rng.set_stream(((stream as u64) << 40) | (index & ((1 << 40) - 1)));
        rng
    }

    /// A citation of a source, drawn by the quoting skew: (source index, quote).
    pub fn cite(&self, rng: &mut impl Rng) -> (usize, &str) {
        let source = self.sources.sample(rng);
        (source, text::quote(rng, &self.source_texts[source].body))
    }

    /// `count` distinct provisions, drawn by the link skew.
    pub fn distinct_provisions(&self, rng: &mut impl Rng, count: usize) -> Vec<usize> {
        let count = count.min(self.spec.provisions as usize);
        let mut chosen: Vec<usize> = Vec::with_capacity(count);
        while chosen.len() < count {
            let mut p = self.provisions.sample(rng);
            if chosen.contains(&p) {
                // Resampling a skewed law can take long when few provisions are left: step instead.
                p = (p + rng.random_range(1..self.spec.provisions as usize)) % self.spec.provisions as usize;
                if chosen.contains(&p) {
                    continue;
                }
            }
            chosen.push(p);
        }
        chosen
    }
}

/// `count` distinct items of `items`, the first ones more likely.
pub fn distinct<T: Copy + PartialEq>(rng: &mut impl Rng, items: &[T], count: usize) -> Vec<T> {
    let count = count.min(items.len());
    let mut chosen: Vec<T> = Vec::with_capacity(count);
    while chosen.len() < count {
        let item = items[text::skewed(rng, items.len())];
        if !chosen.contains(&item) {
            chosen.push(item);
        }
    }
    chosen
}

/// 1, 2 or 3, mostly 1: how many citations or links a record carries.
pub fn one_to_three(rng: &mut impl Rng, p2: f64, p3: f64) -> u8 {
    let roll: f64 = rng.random();
    if roll < p3 {
        3
    } else if roll < p3 + p2 {
        2
    } else {
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zipf_favours_the_first_items_and_covers_all() {
        let zipf = Zipf::new(200, 1.1);
        assert!(zipf.weight(0) > 50.0 * zipf.weight(199));
        let total: f64 = (0..200).map(|k| zipf.weight(k)).sum();
        assert!((total - 1.0).abs() < 1e-9);
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        let mut counts = vec![0u32; 200];
        for _ in 0..100_000 {
            counts[zipf.sample(&mut rng)] += 1;
        }
        let mut sorted = counts.clone();
        sorted.sort();
        assert!(counts[0] > 10 * sorted[100], "top {} median {}", counts[0], sorted[100]);
        assert_eq!(Zipf::new(1, 1.1).sample(&mut rng), 0);
    }

    #[test]
    fn streams_are_independent_of_order() {
        let spec = Spec { sources: 3, facilities: 2, ..Spec::new(10) };
        let world = World::new(&spec);
        let a: u64 = world.rng(Stream::Incident, 7).random();
        let _: u64 = world.rng(Stream::Incident, 6).random();
        let b: u64 = world.rng(Stream::Incident, 7).random();
        let c: u64 = world.rng(Stream::Criticism, 7).random();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn distinct_choices_are_distinct_even_when_few_remain() {
        let spec = Spec { provisions: 3, sources: 2, facilities: 1, ..Spec::new(10) };
        let world = World::new(&spec);
        let mut rng = world.rng(Stream::Incident, 0);
        for _ in 0..1_000 {
            let mut chosen = world.distinct_provisions(&mut rng, 3);
            chosen.sort();
            assert_eq!(chosen, vec![0, 1, 2]);
        }
        assert_eq!(world.distinct_provisions(&mut rng, 5).len(), 3);
        let kinds = distinct(&mut rng, &["a", "b"], 2);
        assert_eq!(kinds.len(), 2);
    }

    #[test]
    fn partial_dates_mix_precisions() {
        let mut rng = ChaCha8Rng::seed_from_u64(2);
        let day = first_day();
        let forms: Vec<usize> = (0..1_000).map(|_| partial_date(&mut rng, day).len()).collect();
        for len in [4, 7, 10] {
            assert!(forms.contains(&len), "{len}");
        }
    }
}
