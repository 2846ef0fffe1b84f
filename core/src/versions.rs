//! A provision through time, from what the data holds: every parameter value is
//! tied to the legislative stage (and so the date) it belongs to, and carries the
//! rule it replaced (its baseline). So "as of" a day, a measure is its value at the
//! latest stage on or before that day, or, before any stage set it, the baseline;
//! and the difference between two moments is the difference of those states.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::dates::PartialDate;
use crate::model::{LawStage, LegalStatus, Parameter, ParameterKind, ProvisionText, Qualifier};

/// One measure as it stood at some moment.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureState {
    pub name: String,
    pub label: String,
    /// French label where curated; None for the baseline, whose wording is English only.
    pub label_fr: Option<String>,
    pub kind: ParameterKind,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    pub qualifier: Qualifier,
    /// The stage that set it; None for the rule before the law, or a value no stage carries.
    pub stage_id: Option<i64>,
    /// True when this is the baseline: the rule the provision replaces.
    pub before_the_law: bool,
    /// The parameter row it comes from (its citations back it).
    pub parameter_id: i64,
}

/// Where a stage falls: the last day its date may mean (a stage known to the month
/// counts as done by the month's end).
fn stage_day(stage: &LawStage) -> Option<NaiveDate> {
    PartialDate::parse(&stage.occurred_on).ok().map(|d| d.end)
}

/// The measures of a provision as of `day`. Parameters without a stage (targets,
/// staffing) are not legislative text and hold at every date.
pub fn measures_as_of(parameters: &[Parameter], stages: &[LawStage], day: NaiveDate) -> Vec<MeasureState> {
    let stage_date = |id: Option<i64>| id.and_then(|id| stages.iter().find(|s| s.id == id)).and_then(stage_day);
    let mut by_name: BTreeMap<&str, Vec<&Parameter>> = BTreeMap::new();
    for parameter in parameters {
        by_name.entry(parameter.name.as_str()).or_default().push(parameter);
    }
    let mut states = Vec::new();
    for (_, mut values) in by_name {
        values.sort_by_key(|p| (stage_date(p.stage_id), p.position));
        let unstaged: Vec<&&Parameter> = values.iter().filter(|p| p.stage_id.is_none()).collect();
        let in_force = values.iter().rfind(|p| stage_date(p.stage_id).is_some_and(|d| d <= day));
        match in_force {
            Some(p) => states.push(state(p, false)),
            None => {
                // No stage had set it yet: the rule it replaces, if the data states one.
                if let Some(first) = values.iter().find(|p| p.stage_id.is_some()) {
                    if let (Some(value), Some(unit)) = (first.baseline_value, first.baseline_unit.as_ref()) {
                        states.push(MeasureState {
                            value,
                            value_max: None,
                            unit: unit.clone(),
                            qualifier: Qualifier::Exactly,
                            label: first.baseline.clone().unwrap_or_else(|| first.label.clone()),
                            // The baseline's wording is written in English only; without one the
                            // label is the measure's own, in both languages.
                            label_fr: if first.baseline.is_some() { None } else { first.label_fr.clone() },
                            ..state(first, true)
                        });
                    }
                }
            }
        }
        states.extend(unstaged.into_iter().map(|p| state(p, false)));
    }
    states
}

fn state(p: &Parameter, before_the_law: bool) -> MeasureState {
    MeasureState {
        name: p.name.clone(),
        label: p.label.clone(),
        label_fr: p.label_fr.clone(),
        kind: p.kind,
        value: p.value,
        value_max: p.value_max,
        unit: p.unit.clone(),
        qualifier: p.qualifier,
        stage_id: if before_the_law { None } else { p.stage_id },
        before_the_law,
        parameter_id: p.id,
    }
}

/// A measure that differs between two moments (absent on one side when it did not exist).
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureChange {
    pub name: String,
    pub from: Option<MeasureState>,
    pub to: Option<MeasureState>,
}

/// The measures that differ between two states, by name.
pub fn diff_measures(from: &[MeasureState], to: &[MeasureState]) -> Vec<MeasureChange> {
    let key = |m: &MeasureState| (m.value, m.value_max, m.unit.clone(), m.qualifier);
    let mut names: Vec<&str> = from.iter().chain(to).map(|m| m.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    names
        .into_iter()
        .filter_map(|name| {
            let a = from.iter().find(|m| m.name == name).cloned();
            let b = to.iter().find(|m| m.name == name).cloned();
            let same = matches!((&a, &b), (Some(x), Some(y)) if key(x) == key(y));
            (!same).then(|| MeasureChange { name: name.to_string(), from: a, to: b })
        })
        .collect()
}

/// The provision's text as of `day`: the text of the latest stage on or before it,
/// or, before any stage, the text of the rule before the law (stage-less), if any.
pub fn text_as_of<'a>(texts: &'a [ProvisionText], stages: &[LawStage], day: NaiveDate) -> Option<&'a ProvisionText> {
    let stage_date = |id: i64| stages.iter().find(|s| s.id == id).and_then(stage_day);
    let staged = texts
        .iter()
        .filter_map(|t| Some((stage_date(t.stage_id?)?, t.position, t)))
        .filter(|(date, _, _)| *date <= day)
        .max_by_key(|(date, position, _)| (*date, *position))
        .map(|(_, _, t)| t);
    staged.or_else(|| texts.iter().find(|t| t.stage_id.is_none()))
}

/// Whether a run of words was kept, inserted or deleted between two texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Kept,
    Inserted,
    Deleted,
}

/// A run of consecutive words with the same change; whitespace stays with its words,
/// so concatenating the kept and deleted runs gives the old text, the kept and
/// inserted runs the new one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextRun {
    pub change: Change,
    pub text: String,
}

/// A word-level diff of two texts (Myers' algorithm, by the `similar` crate), read
/// as a person would: a space shared by two changed words does not split a change
/// into word-by-word fragments, so each changed passage is one deletion followed by
/// one insertion.
pub fn diff_words(old: &str, new: &str) -> Vec<TextRun> {
    let ops: Vec<(Change, &str)> = similar::TextDiff::from_words(old, new)
        .iter_all_changes()
        .map(|op| {
            let change = match op.tag() {
                similar::ChangeTag::Equal => Change::Kept,
                similar::ChangeTag::Insert => Change::Inserted,
                similar::ChangeTag::Delete => Change::Deleted,
            };
            (change, op.value())
        })
        .collect();
    let mut runs: Vec<TextRun> = Vec::new();
    let (mut deleted, mut inserted) = (String::new(), String::new());
    for (i, &(change, text)) in ops.iter().enumerate() {
        match change {
            Change::Deleted => deleted.push_str(text),
            Change::Inserted => inserted.push_str(text),
            Change::Kept => {
                let in_a_change = !(deleted.is_empty() && inserted.is_empty());
                let change_goes_on = ops.get(i + 1).is_some_and(|(next, _)| *next != Change::Kept);
                if in_a_change && change_goes_on && text.trim().is_empty() {
                    deleted.push_str(text);
                    inserted.push_str(text);
                } else {
                    flush_change(&mut runs, &mut deleted, &mut inserted);
                    push_run(&mut runs, Change::Kept, text);
                }
            }
        }
    }
    flush_change(&mut runs, &mut deleted, &mut inserted);
    runs
}

fn flush_change(runs: &mut Vec<TextRun>, deleted: &mut String, inserted: &mut String) {
    push_run(runs, Change::Deleted, &std::mem::take(deleted));
    push_run(runs, Change::Inserted, &std::mem::take(inserted));
}

fn push_run(runs: &mut Vec<TextRun>, change: Change, text: &str) {
    if text.is_empty() {
        return;
    }
    match runs.last_mut() {
        Some(last) if last.change == change => last.text.push_str(text),
        _ => runs.push(TextRun { change, text: text.to_string() }),
    }
}

/// The provision's status as of `day`: before the law was promulgated, whatever it
/// became, it was a proposal; before the bill was tabled it did not exist (None).
pub fn status_as_of(status: LegalStatus, stages: &[LawStage], day: NaiveDate) -> Option<LegalStatus> {
    use crate::model::StageKind;
    let first = stages.iter().filter_map(stage_day).min()?;
    if day < first {
        return None;
    }
    let promulgated = stages.iter().filter(|s| s.kind == StageKind::Promulgation).filter_map(stage_day).min();
    match promulgated {
        Some(date) if day < date && status != LegalStatus::Dropped => Some(LegalStatus::Proposed),
        _ => Some(status),
    }
}

/// An Akoma Ntoso-style eId from an article reference: `art. 61` → `art_61`,
/// `art. 3 bis` → `art_3bis`. None when the reference names no article number.
pub fn e_id(article: &str) -> Option<String> {
    let lower = article.to_lowercase();
    let rest = lower
        .trim_start_matches("articles")
        .trim_start_matches("article")
        .trim_start_matches("arts.")
        .trim_start_matches("art.");
    let mut words = rest.split_whitespace();
    let number: String = words.next()?.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
    if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let suffix = words.next().filter(|w| ["bis", "ter", "quater"].contains(w)).unwrap_or("");
    Some(format!("art_{number}{suffix}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DatePrecision, StageKind};

    fn stage(id: i64, on: &str, kind: StageKind) -> LawStage {
        LawStage {
            id,
            law_id: 1,
            slug: format!("s{id}"),
            position: id,
            occurred_on: on.into(),
            date_precision: DatePrecision::Day,
            chamber: None,
            kind,
            outcome: None,
            description: String::new(),
        }
    }

    fn parameter(id: i64, value: f64, unit: &str, stage_id: Option<i64>) -> Parameter {
        Parameter {
            id,
            provision_id: 1,
            position: id,
            name: "isolation_max".into(),
            label: "Isolation maximum".into(),
            label_fr: None,
            kind: ParameterKind::Duration,
            value,
            value_max: None,
            unit: unit.into(),
            qualifier: Qualifier::UpTo,
            stage_id,
            baseline: Some("renewal every three months".into()),
            baseline_value: Some(3.0),
            baseline_unit: Some("month".into()),
        }
    }

    fn text(id: i64, stage_id: Option<i64>, quote: &str) -> ProvisionText {
        ProvisionText {
            id,
            provision_id: 1,
            position: id,
            stage_id,
            kind: crate::model::TextKind::SourceAccount,
            source_id: 1,
            quote: quote.into(),
            note: None,
        }
    }

    #[test]
    fn the_text_is_the_latest_stage_s_then_before_any_the_rule_before_the_law() {
        let stages =
            [stage(1, "2025-03-07", StageKind::CommitteeText), stage(2, "2025-06-13", StageKind::Promulgation)];
        let texts =
            [text(1, None, "renewed every three months"), text(2, Some(1), "4 years"), text(3, Some(2), "1 year")];
        let quote = |on: &str| text_as_of(&texts, &stages, day(on)).map(|t| t.quote.as_str());
        assert_eq!(quote("2025-03-06"), Some("renewed every three months"));
        assert_eq!(quote("2025-03-07"), Some("4 years"));
        assert_eq!(quote("2025-06-12"), Some("4 years"));
        assert_eq!(quote("2026-01-01"), Some("1 year"));
        assert!(text_as_of(&texts[1..], &stages, day("2025-01-01")).is_none(), "no text before the first stage");
    }

    #[test]
    fn a_word_diff_rebuilds_both_texts_and_marks_what_changed() {
        let (old, new) = ("placement for up to four years, renewable", "placement for one year, renewable");
        let runs = diff_words(old, new);
        let side = |keep: Change| runs.iter().filter(|r| r.change != keep).map(|r| r.text.as_str()).collect::<String>();
        assert_eq!(side(Change::Inserted), old);
        assert_eq!(side(Change::Deleted), new);
        let deleted: String = runs.iter().filter(|r| r.change == Change::Deleted).map(|r| r.text.as_str()).collect();
        assert!(deleted.contains("four years") && !deleted.contains("renewable"), "{runs:?}");
        let whole = diff_words("AN committee text: 4 years", "Final law: one year");
        assert_eq!(
            whole,
            [
                TextRun { change: Change::Deleted, text: "AN committee text: 4 years".into() },
                TextRun { change: Change::Inserted, text: "Final law: one year".into() },
            ],
            "a rewritten passage is one deletion and one insertion, not word-by-word fragments"
        );
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_measure_is_the_baseline_then_each_stage_value_in_turn() {
        let stages =
            [stage(1, "2025-03-07", StageKind::CommitteeText), stage(2, "2025-06-13", StageKind::Promulgation)];
        let parameters = [parameter(10, 4.0, "year", Some(1)), parameter(11, 1.0, "year", Some(2))];
        let before = measures_as_of(&parameters, &stages, day("2025-01-01"));
        assert_eq!((before[0].value, before[0].unit.as_str(), before[0].before_the_law), (3.0, "month", true));
        let committee = measures_as_of(&parameters, &stages, day("2025-03-07"));
        assert_eq!((committee[0].value, committee[0].unit.as_str()), (4.0, "year"));
        let law = measures_as_of(&parameters, &stages, day("2025-07-01"));
        assert_eq!((law[0].value, law[0].stage_id), (1.0, Some(2)));

        let changes = diff_measures(&before, &committee);
        assert_eq!(changes.len(), 1);
        let change = &changes[0];
        assert_eq!(change.from.as_ref().map(|m| (m.value, m.unit.as_str())), Some((3.0, "month")));
        assert_eq!(change.to.as_ref().map(|m| (m.value, m.unit.as_str())), Some((4.0, "year")));
        assert!(diff_measures(&law, &law).is_empty());
    }

    #[test]
    fn a_provision_is_a_proposal_until_promulgation() {
        let stages = [stage(1, "2024-07-12", StageKind::Introduced), stage(2, "2025-06-13", StageKind::Promulgation)];
        assert_eq!(status_as_of(LegalStatus::InForce, &stages, day("2024-01-01")), None);
        assert_eq!(status_as_of(LegalStatus::InForce, &stages, day("2025-06-12")), Some(LegalStatus::Proposed));
        assert_eq!(status_as_of(LegalStatus::InForce, &stages, day("2025-06-13")), Some(LegalStatus::InForce));
        assert_eq!(status_as_of(LegalStatus::Dropped, &stages, day("2025-05-01")), Some(LegalStatus::Dropped));
    }

    #[test]
    fn e_ids_follow_the_akoma_ntoso_convention() {
        assert_eq!(e_id("art. 61").as_deref(), Some("art_61"));
        assert_eq!(e_id("Article 3 bis").as_deref(), Some("art_3bis"));
        assert_eq!(e_id("arts. 24–25").as_deref(), Some("art_24"));
        assert_eq!(e_id("unnumbered"), None);
    }
}
