//! Puts every response map in the order of its selection, as the GraphQL
//! specification's serialisation section asks.
//!
//! Why this is needed: async-graphql resolves an object's fields concurrently and
//! inserts each into the map when it finishes (a `FuturesUnordered`), so
//! `{ incidents { totalCount edges { … } } zeta: __typename }` came back as `zeta`,
//! then `incidents` with `edges` before `totalCount`. The order is rebuilt here from
//! the document, once per response, rather than by resolving fields one by one.

use async_graphql::indexmap::IndexMap;
use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};
use async_graphql::{Name, Value};

/// The response keys of a selection, in order, each with the keys below it.
#[derive(Default, Debug)]
pub struct Order(IndexMap<Name, Order>);

impl Order {
    /// The order of `set`'s responses: fragments are spread in place (whatever
    /// their type condition: a key absent from an object is simply not there), and
    /// fields sharing a response key merge their selections, as execution does.
    pub fn of(document: &ExecutableDocument, set: &SelectionSet) -> Order {
        let mut order = Order::default();
        order.add(document, set, &mut Vec::new());
        order
    }

    fn add(&mut self, document: &ExecutableDocument, set: &SelectionSet, fragments: &mut Vec<Name>) {
        for selection in &set.items {
            match &selection.node {
                Selection::Field(field) => {
                    let key = field.node.response_key().node.clone();
                    self.0.entry(key).or_default().add(document, &field.node.selection_set.node, fragments);
                }
                Selection::InlineFragment(fragment) => self.add(document, &fragment.node.selection_set.node, fragments),
                Selection::FragmentSpread(spread) => {
                    let name = &spread.node.fragment_name.node;
                    if let Some(fragment) = document.fragments.get(name).filter(|_| !fragments.contains(name)) {
                        fragments.push(name.clone());
                        self.add(document, &fragment.node.selection_set.node, fragments);
                        fragments.pop();
                    }
                }
            }
        }
    }

    /// Reorders `value`'s maps, all the way down, and its lists' maps.
    pub fn apply(&self, value: &mut Value) {
        if self.0.is_empty() {
            return;
        }
        match value {
            Value::Object(map) => {
                let position = |key: &Name| self.0.get_index_of(key).unwrap_or(usize::MAX);
                // Most maps come out in order already (fields that resolve at once are
                // inserted in selection order): check before sorting, which allocates.
                if !map.keys().map(position).is_sorted() {
                    map.sort_by_cached_key(|key, _| position(key));
                }
                for (key, value) in map.iter_mut() {
                    if let Some(inner) = self.0.get(key) {
                        inner.apply(value);
                    }
                }
            }
            Value::List(items) => items.iter_mut().for_each(|item| self.apply(item)),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_follow_the_selection_through_fragments_and_lists() {
        let doc = async_graphql::parser::parse_query("{ b a { y ...F } } fragment F on T { x y { q p } }").unwrap();
        let (_, op) = doc.operations.iter().next().unwrap();
        let order = Order::of(&doc, &op.node.selection_set.node);
        let mut value = Value::from_json(serde_json::json!({
            "a": [{ "x": 1, "y": { "p": 1, "q": 2 } }],
            "b": 2
        }))
        .unwrap();
        order.apply(&mut value);
        assert_eq!(serde_json::to_string(&value).unwrap(), r#"{"b":2,"a":[{"y":{"q":2,"p":1},"x":1}]}"#);
    }
}
