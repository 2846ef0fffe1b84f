//! Measures across the whole law: every typed parameter with a given name (a
//! penalty is `prison_term_max` in every article), largest first, so "every prison
//! term of the law, by length" is one read.

use super::sql::Sql;
use super::Store;
use crate::error::StoreError;
use crate::model::{Parameter, ParameterKind};

/// Which measures to list.
#[derive(Clone, Debug, Default)]
pub struct MeasureFilter {
    /// Parameter names (any of them); all names when empty.
    pub names: Vec<String>,
    pub kind: Option<ParameterKind>,
    /// Only values at this legislative stage (`promulgation` for the law as promulgated).
    pub stage: Option<String>,
}

impl Store {
    /// Measures matching `filter`, grouped by kind, then largest first (durations
    /// compared as lengths whatever their unit; a range by its top), then in article order.
    pub async fn measures(&self, filter: &MeasureFilter, limit: usize) -> Result<Vec<Parameter>, StoreError> {
        let mut sql = Sql::new(
            "SELECT pa.* FROM parameters pa JOIN provisions p ON p.id = pa.provision_id \
             LEFT JOIN law_stages s ON s.id = pa.stage_id WHERE 1 = 1",
        );
        if !filter.names.is_empty() {
            sql.push(" AND pa.name IN ").bind_list(&filter.names);
        }
        if let Some(kind) = filter.kind {
            sql.push(" AND pa.kind = ").bind(kind.as_str());
        }
        if let Some(stage) = &filter.stage {
            sql.push(" AND s.slug = ").bind(stage.as_str());
        }
        sql.push(" ORDER BY pa.kind, ").push(&magnitude()).push(" DESC, p.id, pa.position LIMIT ").bind(limit as i64);
        self.fetch_all(sql).await
    }
}

/// A measure's size: a duration's top in days, any other value's top as it is.
/// Trusted SQL built from constants (each duration unit's length in days).
fn magnitude() -> String {
    let mut case = String::from("(CASE WHEN pa.kind = 'duration' THEN (CASE pa.unit");
    for (unit, days) in crate::dates::DURATION_UNITS {
        case.push_str(&format!(" WHEN '{unit}' THEN COALESCE(pa.value_max, pa.value) * {days:?}"));
    }
    case.push_str(" END) ELSE COALESCE(pa.value_max, pa.value) END)");
    case
}
