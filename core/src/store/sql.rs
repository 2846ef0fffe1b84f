//! SQL text plus its arguments, written once for both backends. SQLite and
//! PostgreSQL both accept `$1`-style placeholders, so one string serves both; only
//! binding differs, and `bind_args!` does it for whichever query type it is given.

/// One bound value. Enumerations are bound as their stored text.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Int(i64),
    Float(f64),
    Text(String),
    OptInt(Option<i64>),
    OptFloat(Option<f64>),
    OptText(Option<String>),
    Bool(bool),
}

impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Arg::Int(v)
    }
}
impl From<f64> for Arg {
    fn from(v: f64) -> Self {
        Arg::Float(v)
    }
}
impl From<bool> for Arg {
    fn from(v: bool) -> Self {
        Arg::Bool(v)
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}
impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_string())
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Text(v.clone())
    }
}
impl From<Option<i64>> for Arg {
    fn from(v: Option<i64>) -> Self {
        Arg::OptInt(v)
    }
}
impl From<Option<f64>> for Arg {
    fn from(v: Option<f64>) -> Self {
        Arg::OptFloat(v)
    }
}
impl From<Option<String>> for Arg {
    fn from(v: Option<String>) -> Self {
        Arg::OptText(v)
    }
}
impl From<Option<&str>> for Arg {
    fn from(v: Option<&str>) -> Self {
        Arg::OptText(v.map(str::to_string))
    }
}
impl From<Option<&String>> for Arg {
    fn from(v: Option<&String>) -> Self {
        Arg::OptText(v.cloned())
    }
}

/// A statement under construction. Identifiers are only ever pushed from `'static`
/// strings in this crate; user input only ever goes through [`Sql::bind`].
#[derive(Clone, Debug, Default)]
pub struct Sql {
    pub(crate) text: String,
    pub(crate) args: Vec<Arg>,
}

impl Sql {
    pub fn new(text: &'static str) -> Self {
        Sql { text: text.to_string(), args: Vec::new() }
    }

    /// Appends trusted SQL text.
    pub fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    /// Appends a placeholder for `value`.
    pub fn bind(&mut self, value: impl Into<Arg>) -> &mut Self {
        self.args.push(value.into());
        self.text.push('$');
        self.text.push_str(&self.args.len().to_string());
        self
    }

    /// Appends an anonymous `?` placeholder for `value` (SQLite only). sqlx binds a
    /// named `$n` by asking SQLite for each parameter's name, a walk of the
    /// statement's parameter list, which makes binding a statement of thousands of
    /// parameters quadratic; anonymous ones bind in order at no such cost.
    pub fn bind_anonymous(&mut self, value: impl Into<Arg>) -> &mut Self {
        self.args.push(value.into());
        self.text.push('?');
        self
    }

    /// Appends `(v1, v2, ...)` for an `IN` list. An empty list becomes `(NULL)`, which
    /// matches nothing in either dialect, where `()` is a syntax error.
    pub fn bind_list<T: Into<Arg> + Clone>(&mut self, values: &[T]) -> &mut Self {
        if values.is_empty() {
            return self.push("(NULL)");
        }
        self.push("(");
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.bind(v.clone());
        }
        self.push(")")
    }

    /// Appends `prefix` + `column = $n` when `value` is set: the shape of every optional filter.
    pub fn and_eq(&mut self, column: &str, value: Option<impl Into<Arg>>) -> &mut Self {
        if let Some(v) = value {
            self.push(" AND ").push(column).push(" = ").bind(v);
        }
        self
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The same statement behind trusted SQL, e.g. `EXPLAIN ` to read its plan.
    pub fn prefixed(mut self, prefix: &'static str) -> Sql {
        self.text.insert_str(0, prefix);
        self
    }
}

/// Binds every [`Arg`] of a [`Sql`] to a sqlx query of either backend.
macro_rules! bind_args {
    // By reference, so that a statement can be sent again with the same arguments (a
    // read retried on a fresh connection) without copying them first.
    ($query:expr, $args:expr) => {{
        let mut q = $query;
        for arg in $args.iter() {
            q = match arg {
                $crate::store::sql::Arg::Int(v) => q.bind(*v),
                $crate::store::sql::Arg::Float(v) => q.bind(*v),
                $crate::store::sql::Arg::Text(v) => q.bind(v.as_str()),
                $crate::store::sql::Arg::OptInt(v) => q.bind(*v),
                $crate::store::sql::Arg::OptFloat(v) => q.bind(*v),
                $crate::store::sql::Arg::OptText(v) => q.bind(v.as_deref()),
                $crate::store::sql::Arg::Bool(v) => q.bind(*v),
            };
        }
        q
    }};
}
pub(crate) use bind_args;

// Statements built from column lists: every write of content goes through these.

/// One row's values, column by column.
pub(crate) type Columns = Vec<(&'static str, Arg)>;

/// `INSERT INTO table (a, b) VALUES ($1, $2)`.
pub(crate) fn insert_into(table: &'static str, values: Columns) -> Sql {
    let mut sql = Sql::new("INSERT INTO ");
    sql.push(table).push(" (");
    sql.push(&values.iter().map(|(c, _)| *c).collect::<Vec<_>>().join(", "));
    sql.push(") VALUES (");
    for (i, (_, value)) in values.into_iter().enumerate() {
        if i > 0 {
            sql.push(", ");
        }
        sql.bind(value);
    }
    sql.push(")");
    sql
}

/// `INSERT INTO table (a, b) VALUES ($1, $2), ($3, $4), ...`: many rows in one
/// statement, for bulk loads. Every row has the columns of the first, in its order.
/// The caller keeps `rows × columns` within the backend's bound-parameter limit
/// ([`super::Backend::max_bind_params`]). On SQLite the placeholders are anonymous
/// ([`Sql::bind_anonymous`]), which bind in linear time.
pub(crate) fn insert_rows(backend: super::Backend, table: &'static str, rows: Vec<Columns>) -> Sql {
    let mut sql = Sql::new("INSERT INTO ");
    sql.push(table).push(" (");
    let names: Vec<&'static str> = rows.first().map(|row| row.iter().map(|(c, _)| *c).collect()).unwrap_or_default();
    sql.push(&names.join(", "));
    sql.push(") VALUES ");
    for (r, row) in rows.into_iter().enumerate() {
        debug_assert_eq!(row.iter().map(|(c, _)| *c).collect::<Vec<_>>(), names, "rows of one insert share columns");
        sql.push(if r > 0 { ", (" } else { "(" });
        for (i, (_, value)) in row.into_iter().enumerate() {
            if i > 0 {
                sql.push(", ");
            }
            match backend {
                super::Backend::Sqlite => sql.bind_anonymous(value),
                super::Backend::Postgres => sql.bind(value),
            };
        }
        sql.push(")");
    }
    sql
}

/// `UPDATE table SET a = $1, ..., version = version + 1 WHERE id = $n`.
pub(crate) fn update_row(table: &'static str, id: i64, values: Columns) -> Sql {
    let mut sql = Sql::new("UPDATE ");
    sql.push(table).push(" SET ");
    for (column, value) in values {
        sql.push(column).push(" = ").bind(value).push(", ");
    }
    sql.push("version = version + 1 WHERE id = ").bind(id);
    sql
}

/// `DELETE FROM table WHERE column = $1`: the children of a row being replaced.
pub(crate) fn delete_where(table: &'static str, column: &'static str, id: i64) -> Sql {
    let mut sql = Sql::new("DELETE FROM ");
    sql.push(table).push(" WHERE ").push(column).push(" = ").bind(id);
    sql
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_in_order() {
        let mut sql = Sql::new("SELECT * FROM t WHERE 1 = 1");
        sql.and_eq("a", Some(1_i64)).and_eq("b", None::<i64>).push(" AND c IN ").bind_list(&[5_i64, 6]);
        assert_eq!(sql.text(), "SELECT * FROM t WHERE 1 = 1 AND a = $1 AND c IN ($2, $3)");
        assert_eq!(sql.args, vec![Arg::Int(1), Arg::Int(5), Arg::Int(6)]);
    }

    #[test]
    fn an_empty_in_list_matches_nothing_instead_of_failing() {
        let mut sql = Sql::new("SELECT 1 WHERE 1 IN ");
        sql.bind_list::<i64>(&[]);
        assert_eq!(sql.text(), "SELECT 1 WHERE 1 IN (NULL)");
    }
}
