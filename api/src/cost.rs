//! What a query may cost, worked out from the parsed document before it runs.
//!
//! The cost of a query is the number of objects it could return: each object a
//! field can return counts one, leaves (scalars, enums) count nothing. A list
//! counts as many objects as its page size: the `first` argument the query gives
//! (a literal or a variable), else the field's default (a connection's default page,
//! or the `first` default a plain list documents). Lists without a `first` argument
//! (an entity's citations, history, claims) are not paged; they count
//! [`UNPAGED_LIST_ESTIMATE`] each, an estimate from the shipped dataset.
//!
//! Introspection (`__schema`, `__type`) costs nothing and has no depth: tools send
//! graphql-js's whole introspection query, nested 13 levels deep, and it reads the
//! schema, not the database. What bounds it instead is how many of its lists nest
//! (`types { fields { args } }` is 3; `fields { type { fields { type { fields … }`
//! would multiply the schema's size at each level): at most
//! [`MAX_INTROSPECTION_LISTS`].
//!
//! Why not async-graphql's own `limit_complexity`: it answers "Query is too
//! complex." and nothing else, counts introspection, and cannot say what the cost
//! was nor where it came from.

use std::collections::HashMap;

use async_graphql::parser::types::{
    BaseType, ExecutableDocument, OperationDefinition, OperationType, Selection, SelectionSet, Type, TypeKind,
    TypeSystemDefinition,
};
use async_graphql::{Name, Value, Variables};

use crate::pagination::{DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE};

/// The most objects one query may ask for. Sized so that the README's researcher
/// questions pass whole, including every provision with its linked incidents and
/// their quotes at the default page sizes (14,041), and an incident list of 100
/// with everything about each incident (12,901); see README "Limits".
pub const MAX_COST: u64 = 25_000;
/// From this cost on a query is heavy: it waits for a turn among as many as the
/// machine has cores (see `schema::heavy_gate`). Pages of pages reach it: every
/// provision with its incidents and quotes (14,041 at the default page sizes,
/// 24,701 for the benchmark's Q6), a page of 100 incidents with everything about
/// each (12,901). One provision with its 100 links, their incidents and quotes (the
/// benchmark's Q2: 1,301) and a page of 50 criticisms (101) stay well below it.
pub const HEAVY_COST: u64 = 5_000;
/// Deep enough for provision → incidents → incident → facility and → citations →
/// source → title (depth 7) with room to spare; shallow enough to stop abuse.
pub const MAX_DEPTH: usize = 12;
/// How many introspection lists may nest: graphql-js's full introspection query
/// nests three (`__schema { types { fields { args } } }`).
pub const MAX_INTROSPECTION_LISTS: usize = 3;
/// The introspection fields that return lists of objects.
const INTROSPECTION_LISTS: &[&str] =
    &["types", "fields", "args", "inputFields", "interfaces", "possibleTypes", "enumValues", "directives"];
/// What a list without a `first` argument counts: an estimate, not a bound. In the
/// shipped dataset most such lists hold 1 to 3 items, the longest 7 (a claim's
/// questions), and an entity's citations at most 6.
pub const UNPAGED_LIST_ESTIMATE: u64 = 5;

/// One field of the schema, as far as cost is concerned.
struct FieldInfo {
    /// The named type at the bottom of its list and non-null wrappers.
    type_name: String,
    is_list: bool,
    /// The page size when the query gives no `first`, if the field takes one.
    default_first: Option<u64>,
}

/// Object and interface types' fields, read once from the schema's own SDL (the
/// schema holds the table, see `schema::COST_TABLE`, so that this module does not
/// depend on the schema it measures).
pub struct TypeTable {
    fields: HashMap<String, HashMap<String, FieldInfo>>,
    leaves: std::collections::HashSet<String>,
}

impl TypeTable {
    pub fn from_sdl(sdl: &str) -> TypeTable {
        let document = async_graphql::parser::parse_schema(sdl).expect("the schema's own SDL parses");
        let mut fields = HashMap::new();
        let mut leaves: std::collections::HashSet<String> =
            ["Int", "Float", "String", "Boolean", "ID"].into_iter().map(String::from).collect();
        for definition in document.definitions {
            let TypeSystemDefinition::Type(ty) = definition else { continue };
            let name = ty.node.name.node.to_string();
            let defs = match ty.node.kind {
                TypeKind::Object(object) => object.fields,
                TypeKind::Interface(interface) => interface.fields,
                TypeKind::Scalar | TypeKind::Enum(_) => {
                    leaves.insert(name);
                    continue;
                }
                _ => continue,
            };
            let infos = defs
                .into_iter()
                .map(|field| {
                    let field = field.node;
                    let (type_name, is_list) = unwrap(&field.ty.node);
                    let first = field.arguments.iter().find(|a| a.node.name.node == "first");
                    let default_first = first.map(|arg| {
                        match arg.node.default_value.as_ref().map(|v| &v.node) {
                            Some(Value::Number(n)) => n.as_u64().unwrap_or(0),
                            // Connections page by DEFAULT_PAGE_SIZE; plain lists document
                            // "default and maximum 100".
                            _ if type_name.ends_with("Connection") => DEFAULT_PAGE_SIZE as u64,
                            _ => MAX_PAGE_SIZE as u64,
                        }
                    });
                    (field.name.node.to_string(), FieldInfo { type_name, is_list, default_first })
                })
                .collect();
            fields.insert(name, infos);
        }
        TypeTable { fields, leaves }
    }

    fn field(&self, type_name: &str, field: &str) -> Option<&FieldInfo> {
        self.fields.get(type_name)?.get(field)
    }
}

fn unwrap(ty: &Type) -> (String, bool) {
    match &ty.base {
        BaseType::Named(name) => (name.to_string(), false),
        BaseType::List(inner) => (unwrap(inner).0, true),
    }
}

/// A query's cost and the field whose page size weighs most in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cost {
    pub requested: u64,
    pub depth: usize,
    /// The paged field (response path, e.g. `provisions.edges.node.incidents`) on
    /// the heaviest branch, with its page size: the one to lower or page.
    pub heaviest: Option<(String, u64)>,
    /// Whether it reads the schema (`__schema` or `__type`).
    pub introspection: bool,
    /// How many introspection lists nest in it, at most.
    pub introspection_lists: usize,
}

/// The cost of the operation the request runs, by the fields of `table`; `None` when
/// it names no operation of the document (the schema then refuses it with its own error).
pub fn of(
    table: &TypeTable,
    document: &ExecutableDocument,
    operation_name: Option<&str>,
    variables: &Variables,
) -> Option<Cost> {
    let operation = select(document, operation_name)?;
    let root = match operation.ty {
        OperationType::Query => "Query",
        OperationType::Mutation => "Mutation",
        OperationType::Subscription => "Subscription",
    };
    let walker = Walker { document, operation, variables, table };
    let branch = walker.selection_set(&operation.selection_set.node, root, None, "", &mut Vec::new());
    let heaviest = heaviest_paged(&branch);
    Some(Cost {
        requested: branch.cost,
        depth: branch.depth,
        heaviest,
        introspection: branch.introspection,
        introspection_lists: branch.introspection_lists,
    })
}

/// The operation `name` picks, or the only one.
pub fn select<'a>(document: &'a ExecutableDocument, name: Option<&str>) -> Option<&'a OperationDefinition> {
    let mut operations = document.operations.iter();
    match name {
        Some(name) => operations.find(|(n, _)| n.is_some_and(|n| n.as_str() == name)).map(|(_, op)| &op.node),
        None => {
            let (_, only) = operations.next()?;
            operations.next().is_none().then_some(&only.node)
        }
    }
}

/// The cost of a selection below one field, with the paged fields inside it.
#[derive(Default)]
struct Branch {
    cost: u64,
    depth: usize,
    /// The heaviest child branch (by cost) and whether this field is paged.
    path: String,
    paged: Option<u64>,
    /// How many of this field each parent object asks for.
    count: u64,
    introspection: bool,
    introspection_lists: usize,
    heaviest_child: Option<Box<Branch>>,
}

struct Walker<'a> {
    document: &'a ExecutableDocument,
    operation: &'a OperationDefinition,
    variables: &'a Variables,
    table: &'a TypeTable,
}

impl Walker<'_> {
    /// `page`: the page size of the connection this selection set belongs to, which
    /// its `edges` and `nodes` lists hold.
    fn selection_set(
        &self,
        set: &SelectionSet,
        type_name: &str,
        page: Option<u64>,
        path: &str,
        fragments: &mut Vec<Name>,
    ) -> Branch {
        let mut total = Branch { path: path.to_string(), ..Branch::default() };
        for selection in &set.items {
            let child = match &selection.node {
                Selection::Field(field) => {
                    let field = &field.node;
                    let name = field.name.node.as_str();
                    if name.starts_with("__") {
                        // Introspection and __typename: no objects from the database.
                        if name == "__schema" || name == "__type" {
                            total.introspection = true;
                            let lists = introspection_lists(self.document, &field.selection_set.node, &mut Vec::new());
                            total.introspection_lists = total.introspection_lists.max(lists);
                        }
                        continue;
                    }
                    let Some(info) = self.table.field(type_name, name) else { continue };
                    let key = field.response_key().node.as_str();
                    let child_path = if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
                    let first = info.default_first.map(|default| self.first(field).unwrap_or(default));
                    let count = match (info.is_list, first) {
                        (true, Some(first)) => first,
                        (true, None) => page.unwrap_or(UNPAGED_LIST_ESTIMATE),
                        (false, _) => 1,
                    };
                    let is_leaf = self.table.leaves.contains(&info.type_name);
                    let mut inner = if is_leaf {
                        Branch::default()
                    } else {
                        // A connection passes its page size to its edges and nodes.
                        let inner_page = if info.is_list { None } else { first };
                        self.selection_set(
                            &field.selection_set.node,
                            &info.type_name,
                            inner_page,
                            &child_path,
                            fragments,
                        )
                    };
                    let objects = if is_leaf { 0 } else { count.saturating_mul(1 + inner.cost) };
                    inner.cost = objects;
                    inner.depth += 1;
                    inner.path = child_path;
                    inner.paged = first;
                    inner.count = count;
                    inner
                }
                Selection::InlineFragment(fragment) => {
                    let fragment = &fragment.node;
                    let on = fragment.type_condition.as_ref().map_or(type_name, |c| c.node.on.node.as_str());
                    self.selection_set(&fragment.selection_set.node, on, page, path, fragments)
                }
                Selection::FragmentSpread(spread) => {
                    let name = &spread.node.fragment_name.node;
                    // A fragment that spreads itself is refused by validation; do not loop on it.
                    let Some(fragment) = self.document.fragments.get(name).filter(|_| !fragments.contains(name)) else {
                        continue;
                    };
                    fragments.push(name.clone());
                    let on = fragment.node.type_condition.node.on.node.as_str();
                    let branch = self.selection_set(&fragment.node.selection_set.node, on, page, path, fragments);
                    fragments.pop();
                    branch
                }
            };
            total.introspection |= child.introspection;
            total.introspection_lists = total.introspection_lists.max(child.introspection_lists);
            total.cost = total.cost.saturating_add(child.cost);
            total.depth = total.depth.max(child.depth);
            if total.heaviest_child.as_ref().is_none_or(|h| h.cost < child.cost) {
                total.heaviest_child = Some(Box::new(child));
            }
        }
        total
    }

    /// A `first` given as a literal or a variable (its value, else its default).
    fn first(&self, field: &async_graphql::parser::types::Field) -> Option<u64> {
        let value = field.get_argument("first")?.node.clone();
        let value = value
            .into_const_with(|name| {
                let given = self.variables.get(&name).cloned();
                let default = || {
                    let definitions = &self.operation.variable_definitions;
                    let definition = definitions.iter().find(|d| d.node.name.node == name)?;
                    definition.node.default_value().cloned()
                };
                given.or_else(default).ok_or(())
            })
            .ok()?;
        match value {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }
}

/// How deeply the introspection lists in `set` nest.
fn introspection_lists(document: &ExecutableDocument, set: &SelectionSet, fragments: &mut Vec<Name>) -> usize {
    let mut deepest = 0;
    for selection in &set.items {
        let nested = match &selection.node {
            Selection::Field(field) => {
                let inner = introspection_lists(document, &field.node.selection_set.node, fragments);
                inner + usize::from(INTROSPECTION_LISTS.contains(&field.node.name.node.as_str()))
            }
            Selection::InlineFragment(fragment) => {
                introspection_lists(document, &fragment.node.selection_set.node, fragments)
            }
            Selection::FragmentSpread(spread) => {
                let name = &spread.node.fragment_name.node;
                let Some(fragment) = document.fragments.get(name).filter(|_| !fragments.contains(name)) else {
                    continue;
                };
                fragments.push(name.clone());
                let nested = introspection_lists(document, &fragment.node.selection_set.node, fragments);
                fragments.pop();
                nested
            }
        };
        deepest = deepest.max(nested);
    }
    deepest
}

/// Down the heaviest branch, the deepest paged field that still carries more than
/// half of the query's cost: lowering its `first` is what helps most.
fn heaviest_paged(root: &Branch) -> Option<(String, u64)> {
    let half = root.cost / 2;
    let mut found = None;
    // A branch's cost is per object of its parent; the parents' counts scale it.
    let mut parents: u64 = 1;
    let mut branch = root.heaviest_child.as_deref();
    while let Some(b) = branch {
        if b.cost.saturating_mul(parents) <= half {
            break;
        }
        if let Some(first) = b.paged {
            found = Some((b.path.clone(), first));
        }
        parents = parents.saturating_mul(b.count.max(1));
        branch = b.heaviest_child.as_deref();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::schema::COST_TABLE;

    fn cost(query: &str) -> Cost {
        of(&COST_TABLE, &async_graphql::parser::parse_query(query).unwrap(), None, &Variables::default()).unwrap()
    }

    #[test]
    fn a_connection_costs_its_page_times_what_each_row_asks() {
        // provisions (1) + 20 edges × (edge + node) = 41
        assert_eq!(cost("{ provisions { edges { node { slug } } } }").requested, 41);
        assert_eq!(cost("{ provisions(first: 5) { edges { node { slug } } } }").requested, 11);
        assert_eq!(cost("{ provisions(first: 5) { totalCount } }").requested, 1);
    }

    #[test]
    fn introspection_and_typename_cost_nothing() {
        assert_eq!(cost("{ __typename __schema { types { name fields { name } } } }").requested, 0);
    }

    #[test]
    fn introspection_lists_are_counted_through_fragments() {
        let standard = cost("{ __schema { types { ...T } directives { args { name } } } } fragment T on __Type { fields { args { name } } }");
        assert_eq!(standard.introspection_lists, 3);
        let nested = cost(r#"{ __type(name: "Query") { fields { type { fields { type { fields { name } } } } } } }"#);
        assert_eq!(nested.introspection_lists, 3);
        let abusive = cost("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }");
        assert_eq!(abusive.introspection_lists, 4);
    }

    #[test]
    fn the_heaviest_paged_field_is_named() {
        let c = cost(
            "{ provisions { edges { node { slug incidents { relation incident { title } citations { quote } } } } } }",
        );
        assert_eq!(c.heaviest, Some(("provisions.edges.node.incidents".to_string(), 100)), "{c:?}");
        assert_eq!(c.requested, 14_041, "{c:?}");
    }

    #[test]
    fn a_first_given_by_variable_counts() {
        let doc =
            async_graphql::parser::parse_query("query($n: Int) { provisions(first: $n) { nodes { slug } } }").unwrap();
        let vars = Variables::from_json(serde_json::json!({ "n": 3 }));
        assert_eq!(of(&COST_TABLE, &doc, None, &vars).unwrap().requested, 4);
    }
}
