//! `measures`: typed parameters across the whole law, largest first ("every prison
//! term of the law, by length"), each with its provision and stage.

use async_graphql::{Context, InputObject, Object};
use lawtracker_core::store::measures::MeasureFilter;
use lawtracker_core::Store;

use crate::enums::ParameterKind;
use crate::error::{code, user_error, ResultExt};
use crate::types::Parameter;

const DEFAULT_LIMIT: i32 = 100;
const MAX_LIMIT: i32 = 500;

/// Which measures to list.
#[derive(InputObject, Default)]
pub struct MeasureFilterInput {
    /// Parameter names, any of them (`prison_term_max`, `fine_max`; see `data/FORMAT.md`).
    /// All names when empty.
    #[graphql(default)]
    pub names: Vec<String>,
    pub kind: Option<ParameterKind>,
    /// Only values at this legislative stage (its slug: `promulgation` for the law as promulgated).
    pub stage: Option<String>,
}

#[derive(Default)]
pub struct MeasureQuery;

#[Object]
impl MeasureQuery {
    /// Measures set anywhere in the law, grouped by kind, then largest first
    /// (durations compared as lengths whatever their unit, a range by its top), then
    /// in article order. Each names its provision and stage. The current record, not
    /// an `asOf` view.
    #[graphql(complexity = "5 + first.unwrap_or(100).max(0) as usize * child_complexity")]
    async fn measures(
        &self,
        ctx: &Context<'_>,
        #[graphql(default)] filter: MeasureFilterInput,
        #[graphql(desc = "At most this many (100 unless said, 500 at most).")] first: Option<i32>,
    ) -> async_graphql::Result<Vec<Parameter>> {
        let first = first.unwrap_or(DEFAULT_LIMIT);
        if !(0..=MAX_LIMIT).contains(&first) {
            let message = format!("first must be between 0 and {MAX_LIMIT}, got {first}");
            return Err(user_error(code::BAD_USER_INPUT, Some("first"), message));
        }
        let filter = MeasureFilter { names: filter.names, kind: filter.kind.map(Into::into), stage: filter.stage };
        let rows = ctx.data::<Store>()?.measures(&filter, first as usize).await.gql()?;
        Ok(rows.into_iter().map(|row| Parameter(row, false)).collect())
    }
}
