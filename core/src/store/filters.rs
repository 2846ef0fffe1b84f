//! What a list can be narrowed by: each filter appends its conditions to a query
//! over its table's alias (`p` provisions, `i` incidents, `c` criticisms). Lists,
//! counts, the map and the timeline share them, so a filter means the same
//! everywhere.

use chrono::NaiveDate;

use super::queries::Cursor;
use super::sql::Sql;
use crate::dates::iso_day;
use crate::model::{IncidentKind, LegalStatus, Stance, Theme};

#[derive(Clone, Debug, Default)]
pub struct ProvisionFilter {
    pub law_id: Option<i64>,
    pub theme: Option<Theme>,
    pub status: Option<LegalStatus>,
    /// Provisions with a parameter of this name whose value satisfies every bound.
    pub parameter: Option<ParameterBound>,
    /// Provisions creating or amending a code article whose reference starts with
    /// this text (`CSI`, `CPP 706-74-2`); compared as written, case and all.
    pub code: Option<String>,
}

/// Bounds on a named parameter. A duration bound (in days) matches only duration
/// parameters, compared as lengths whatever their unit; a plain number matches the
/// others. A range (600–900) is over a bound if its top is, under one if its bottom is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ParameterBound {
    pub name: String,
    pub duration: bool,
    pub gt: Option<f64>,
    pub gte: Option<f64>,
    pub lt: Option<f64>,
    pub lte: Option<f64>,
    pub eq: Option<f64>,
}

impl ParameterBound {
    fn apply(&self, sql: &mut Sql) {
        sql.push(" AND EXISTS (SELECT 1 FROM parameters pa WHERE pa.provision_id = p.id AND pa.name = ")
            .bind(&self.name);
        // Trusted SQL built from constants: each duration unit's length in days.
        let scale = |column: &str| {
            let mut case = String::from("(CASE pa.unit");
            for (unit, days) in crate::dates::DURATION_UNITS {
                case.push_str(&format!(" WHEN '{unit}' THEN {column} * {days:?}"));
            }
            case.push_str(" END)");
            case
        };
        let (low, high) = if self.duration {
            sql.push(" AND pa.kind = 'duration'");
            (scale("pa.value"), scale("COALESCE(pa.value_max, pa.value)"))
        } else {
            sql.push(" AND pa.kind <> 'duration'");
            ("pa.value".to_string(), "COALESCE(pa.value_max, pa.value)".to_string())
        };
        for (column, op, bound) in
            [(&high, " > ", self.gt), (&high, " >= ", self.gte), (&low, " < ", self.lt), (&low, " <= ", self.lte)]
        {
            if let Some(bound) = bound {
                sql.push(" AND ").push(column).push(op).bind(bound);
            }
        }
        if let Some(eq) = self.eq {
            // Equal within a millionth: lengths in days are not exact in floating point.
            sql.push(" AND ")
                .push(&low)
                .push(" >= ")
                .bind(eq - 1e-6)
                .push(" AND ")
                .push(&high)
                .push(" <= ")
                .bind(eq + 1e-6);
        }
        sql.push(")");
    }
}

#[derive(Clone, Debug, Default)]
pub struct IncidentFilter {
    /// Incidents that may have happened on or after this day (their interval overlaps).
    pub from: Option<NaiveDate>,
    /// Incidents that may have happened on or before this day.
    pub to: Option<NaiveDate>,
    pub facility_id: Option<i64>,
    pub kind: Option<IncidentKind>,
    pub campaign: Option<String>,
    /// Incidents linked to this provision (any relation).
    pub provision_id: Option<i64>,
    /// Also disputed incidents, which every list, count, map and timeline leaves
    /// out otherwise.
    pub include_disputed: bool,
}

#[derive(Clone, Debug, Default)]
pub struct CriticismFilter {
    pub provision_id: Option<i64>,
    /// With `provision_id`: also criticisms whose link to it is disputed.
    pub include_disputed: bool,
    pub actor_id: Option<i64>,
    pub right: Option<String>,
    pub stance: Option<Stance>,
}

impl ProvisionFilter {
    pub(crate) fn apply(&self, sql: &mut Sql) {
        sql.and_eq("p.law_id", self.law_id)
            .and_eq("p.theme", self.theme.map(Theme::as_str))
            .and_eq("p.status", self.status.map(LegalStatus::as_str));
        if let Some(bound) = &self.parameter {
            bound.apply(sql);
        }
        if let Some(code) = &self.code {
            // A prefix compared with `substr`, not `LIKE`: both backends then match
            // the same rows (SQLite's LIKE ignores ASCII case, PostgreSQL's does
            // not) and `%` or `_` in the text mean themselves.
            sql.push(" AND p.id IN (SELECT pc.provision_id FROM provision_codes pc WHERE substr(pc.code, 1, length(")
                .bind(code.clone())
                .push(")) = ")
                .bind(code.clone())
                .push(")");
        }
    }
}

impl IncidentFilter {
    /// Appends this filter's conditions to a query over `incidents i`.
    pub(crate) fn apply(&self, sql: &mut Sql) {
        if !self.include_disputed {
            sql.push(" AND NOT i.disputed");
        }
        if let Some(from) = self.from {
            sql.push(" AND i.occurred_end >= ").bind(iso_day(from));
            // Implied by the line above, since no date spans more than a year (the
            // coarsest precision), but it lets the (occurred_start, id) index start
            // near `from` instead of walking every earlier incident.
            sql.push(" AND i.occurred_start >= ")
                .bind(iso_day(from - chrono::Days::new(crate::dates::LONGEST_SPAN_DAYS)));
        }
        if let Some(to) = self.to {
            sql.push(" AND i.occurred_start <= ").bind(iso_day(to));
        }
        sql.and_eq("i.facility_id", self.facility_id).and_eq("i.campaign", self.campaign.as_ref());
        if let Some(provision_id) = self.provision_id {
            sql.push(" AND i.id IN (SELECT pi.incident_id FROM provision_incidents pi WHERE pi.provision_id = ")
                .bind(provision_id);
            // A disputed link (its claim rests on a source that cannot carry it) is
            // left out with disputed records, and comes back with them.
            if !self.include_disputed {
                sql.push(" AND NOT pi.disputed");
            }
            sql.push(")");
        }
        // `id IN (...)` rather than `EXISTS`: the planner can then read the matching
        // ids from the (kind, incident_id) index instead of testing every row.
        if let Some(kind) = self.kind {
            sql.push(" AND i.id IN (SELECT k.incident_id FROM incident_kinds k WHERE k.kind = ")
                .bind(kind.as_str())
                .push(")");
        }
    }
}

impl CriticismFilter {
    /// `page`: the page about to be cut (`after`, `limit`), for a list; `None` for a count.
    pub(crate) fn apply(&self, sql: &mut Sql, page: Option<(Option<&Cursor>, usize)>) {
        sql.and_eq("c.actor_id", self.actor_id).and_eq("c.stance", self.stance.map(Stance::as_str));
        if let Some(provision_id) = self.provision_id {
            sql.push(" AND c.id IN (SELECT pc.criticism_id FROM provision_criticisms pc WHERE pc.provision_id = ")
                .bind(provision_id);
            if !self.include_disputed {
                sql.push(" AND NOT pc.disputed");
            }
            sql.push(")");
        }
        if let Some(right) = &self.right {
            sql.push(" AND c.id IN (SELECT r.criticism_id FROM criticism_rights r WHERE r.right_slug = ").bind(right);
            // Only a right narrows the list (an NGO's commonest question): page through
            // the (right_slug, criticism_id) index itself, so a page costs the same
            // whether ten criticisms invoke the right or a hundred thousand. With other
            // filters the page cannot be cut before they apply.
            let right_alone = self.provision_id.is_none() && self.actor_id.is_none() && self.stance.is_none();
            if let (Some((after, limit)), true) = (page, right_alone) {
                if let Some(cursor) = after {
                    sql.push(" AND r.criticism_id > ").bind(cursor.id);
                }
                sql.push(" ORDER BY r.criticism_id LIMIT ").bind(limit as i64 + 1);
            }
            sql.push(")");
        }
    }
}
