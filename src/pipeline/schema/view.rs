//! The YAML tree seen through the `jsonschema` crate's own JSON traits, so that
//! the validator reads the nodes in place instead of a `serde_json::Value` copy
//! of every file (docs/performance.md). It shows exactly what `to_json` would
//! build: a key that is not text reads as `""`, and a float that is not finite
//! (`.inf`, `.nan`) reads as null.

use std::borrow::Cow;
use std::cell::RefCell;

use jsonschema::JsonType;
use jsonschema::json::{Array, Json, Node as JsonNode, NodeIdentity, Object};
use serde_json::{Number, Value as Json_};

use crate::diagnostic::Span;
use crate::pipeline::yaml::{Entry, Node, Value};

/// The representation: nodes of the YAML tree.
pub(crate) struct YamlTree;

impl Json for YamlTree {
    type Node<'a> = &'a Node;
    type PreparedKey = String;
    type StringBuffer = ();

    fn prepare_key(key: &str) -> String {
        key.to_owned()
    }

    fn with_string_node<T>((): &mut (), string: &str, f: impl FnOnce(&Node) -> T) -> T {
        thread_local! {
            static NAME: RefCell<Option<Node>> = const { RefCell::new(None) };
        }
        let mut node = NAME.with(|cell| cell.borrow_mut().take()).unwrap_or(Node {
            span: Span::default(),
            value: Value::Str(String::new()),
            tagged: false,
        });
        if let Value::Str(name) = &mut node.value {
            name.clear();
            name.push_str(string);
        } else {
            node.value = Value::Str(string.to_owned());
        }
        let result = f(&node);
        NAME.with(|cell| *cell.borrow_mut() = Some(node));
        result
    }
}

/// A finite float as a JSON number; `None` for the others, which read as null.
fn number(value: &Value) -> Option<Number> {
    match value {
        Value::Int(i) => Some(Number::from(*i)),
        Value::Float(f) => Number::from_f64(*f),
        _ => None,
    }
}

impl<'a> JsonNode<'a, YamlTree> for &'a Node {
    type Object = &'a [Entry];
    type Array = &'a [Node];
    type Number = Number;

    fn as_object(&self) -> Option<&'a [Entry]> {
        self.as_map()
    }

    fn as_array(&self) -> Option<&'a [Node]> {
        self.as_seq()
    }

    fn as_string(&self) -> Option<Cow<'a, str>> {
        self.as_str().map(Cow::Borrowed)
    }

    fn as_number(&self) -> Option<Number> {
        number(&self.value)
    }

    fn as_boolean(&self) -> Option<bool> {
        match self.value {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }

    fn is_null(&self) -> bool {
        self.json_type() == JsonType::Null
    }

    fn json_type(&self) -> JsonType {
        match &self.value {
            Value::Null => JsonType::Null,
            Value::Bool(_) => JsonType::Boolean,
            Value::Int(_) => JsonType::Number,
            Value::Float(f) if f.is_finite() => JsonType::Number,
            Value::Float(_) => JsonType::Null,
            Value::Str(_) => JsonType::String,
            Value::Seq(_) => JsonType::Array,
            Value::Map(_) => JsonType::Object,
        }
    }

    fn to_value(&self) -> Cow<'a, Json_> {
        Cow::Owned(super::to_json(self))
    }

    fn identity(&self) -> Option<NodeIdentity> {
        Some(NodeIdentity::new(std::ptr::from_ref::<Node>(self) as usize))
    }
}

/// The name of a member: its key's text, or `""` for a key that is not text.
fn name(entry: &Entry) -> &str {
    entry.key.as_str().unwrap_or_default()
}

impl<'a> Object<'a, YamlTree> for &'a [Entry] {
    type Node = &'a Node;
    type MemberName = &'a str;
    type MembersIter =
        std::iter::Map<std::slice::Iter<'a, Entry>, fn(&'a Entry) -> (&'a str, &'a Node)>;

    fn len(&self) -> usize {
        <[Entry]>::len(self)
    }

    fn get(&self, key: &String) -> Option<&'a Node> {
        // The last one wins, as in a JSON object built from the entries.
        self.iter().rev().find(|e| name(e) == key).map(|e| &e.value)
    }

    fn members(&self) -> Self::MembersIter {
        self.iter().map(|e| (name(e), &e.value))
    }
}

impl<'a> Array<'a, YamlTree> for &'a [Node] {
    type Node = &'a Node;
    type ElementsIter = std::slice::Iter<'a, Node>;

    fn len(&self) -> usize {
        <[Node]>::len(self)
    }

    fn elements(&self) -> std::slice::Iter<'a, Node> {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::super::{PROPOSAL_SCHEMA, to_json};
    use super::*;
    use crate::pipeline::source::SourceFile;
    use crate::pipeline::yaml;

    /// Every error as its instance path and message. Unexpected keys come in
    /// the document's order through the view, sorted through the copy (a
    /// `serde_json` map): compared as sets. Each is reported at its own key, and
    /// findings are sorted by position, so the reports are the same.
    fn errors<'i>(errors: impl Iterator<Item = jsonschema::ValidationError<'i>>) -> Vec<String> {
        errors
            .map(|e| match e.kind() {
                jsonschema::error::ValidationErrorKind::AdditionalProperties { unexpected } => {
                    let mut keys = unexpected.clone();
                    keys.sort();
                    format!("{} unexpected {keys:?}", e.instance_path())
                }
                _ => format!("{} {e}", e.instance_path()),
            })
            .collect()
    }

    /// The view and a `serde_json::Value` copy give the same errors, on every
    /// fixture (raw trees, French keys included: many errors of every kind).
    #[test]
    fn the_view_validates_like_the_copy() {
        let schema: Json_ = serde_json::from_str(PROPOSAL_SCHEMA).unwrap();
        let copy = jsonschema::draft202012::new(&schema).unwrap();
        let view = jsonschema::options_for::<YamlTree>()
            .with_draft(jsonschema::Draft::Draft202012)
            .build(&schema)
            .unwrap();
        let mut pending = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")];
        let mut compared = 0;
        while let Some(dir) = pending.pop() {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    pending.push(path);
                    continue;
                }
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                let Ok(root) = yaml::parse(&SourceFile::new(path.clone(), text)) else {
                    continue;
                };
                let json = to_json(&root);
                assert_eq!(view.is_valid(&root), copy.is_valid(&json), "{path:?}");
                let mut a = errors(view.iter_errors(&root));
                let mut b = errors(copy.iter_errors(&json));
                a.sort();
                b.sort();
                assert_eq!(a, b, "{path:?}");
                compared += 1;
            }
        }
        assert!(compared > 100, "{compared}");
    }
}
