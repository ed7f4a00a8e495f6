//! The only module that knows the YAML library (serde-saphyr). It turns text into a
//! tree of [`Node`]s that carry their byte spans, and its failures into the
//! `YAML00x` findings. Swapping the YAML library means rewriting this file only.
//!
//! Choices made here:
//! - duplicate keys are passed through to the tree, so that the key normaliser can
//!   report both places, and also catch `problem` + `problematique` (`YAML002`);
//! - `strict_booleans`: only `true`/`false` are booleans, so `no`, `off` or `y` in a
//!   text stay text (the "Norway problem");
//! - explicit budgets, well above what a proposal needs, so that an alias bomb or a
//!   10,000-deep nesting stops early with `YAML004` instead of exhausting memory or stack.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Budget, DuplicateKeyPolicy, Error, Options, Spanned};

use crate::diagnostic::Span;
use crate::source::SourceFile;

/// Nesting deeper than this is refused: a proposal needs 4 levels.
pub const MAX_DEPTH: usize = 32;
/// Aliases (`*name`) allowed in one file.
pub const MAX_ALIASES: usize = 1_000;
/// Parser events allowed in one file (a 1 MiB proposal has far fewer).
pub const MAX_EVENTS: usize = 500_000;
/// Events that alias expansion may replay in one file.
pub const MAX_REPLAYED_EVENTS: usize = 50_000;

/// A YAML value with the byte span it was read from.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub span: Span,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub key: Node,
    pub value: Node,
}

/// Why a text is not a usable YAML document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum YamlErrorKind {
    /// `YAML001`: the text is not YAML.
    Syntax,
    /// `YAML003`: more than one document.
    MultipleDocuments,
    /// `YAML004`: a resource budget was exceeded (aliases, nesting, size).
    Budget,
}

#[derive(Clone, Debug)]
pub struct YamlError {
    pub kind: YamlErrorKind,
    pub span: Span,
    /// The parser's own explanation, in English.
    pub detail: String,
}

impl Node {
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_map(&self) -> Option<&[Entry]> {
        match &self.value {
            Value::Map(entries) => Some(entries),
            _ => None,
        }
    }

    pub fn as_seq(&self) -> Option<&[Node]> {
        match &self.value {
            Value::Seq(items) => Some(items),
            _ => None,
        }
    }

    /// The bytes of the node and everything under it (a mapping's own span is
    /// only where its first key starts).
    pub fn extent(&self) -> Span {
        let children_end = match &self.value {
            Value::Seq(items) => items.iter().map(|n| n.extent().end).max(),
            Value::Map(entries) => entries.iter().map(|e| e.value.extent().end).max(),
            _ => None,
        };
        Span::new(
            self.span.start,
            children_end.unwrap_or(0).max(self.span.end),
        )
    }

    /// The value of `key` in a mapping, compared exactly.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.as_map()?.iter().find(|e| e.key.as_str() == Some(key))
    }
}

/// Parses one YAML document.
pub fn parse(source: &SourceFile) -> Result<Node, YamlError> {
    match serde_saphyr::from_str_with_options::<Spanned<Raw>>(&source.text, options()) {
        Ok(raw) => Ok(convert(raw, source)),
        Err(err) => Err(classify(&err, source)),
    }
}

fn options() -> Options {
    let mut budget = Budget::default();
    budget.max_depth = MAX_DEPTH;
    budget.max_aliases = MAX_ALIASES;
    budget.max_anchors = MAX_ALIASES;
    budget.max_events = MAX_EVENTS;
    budget.max_documents = 2;
    let mut options = Options::default();
    options.budget = Some(budget);
    options.alias_limits.max_total_replayed_events = MAX_REPLAYED_EVENTS;
    options.alias_limits.max_replay_stack_depth = MAX_DEPTH;
    options.strict_booleans = true;
    options.duplicate_keys = DuplicateKeyPolicy::PassThrough;
    options.with_snippet = false;
    options
}

fn classify(err: &Error, source: &SourceFile) -> YamlError {
    let inner = original(err);
    let detail = inner.to_string();
    let kind = match inner {
        Error::MultipleDocuments { .. } => YamlErrorKind::MultipleDocuments,
        Error::Budget { .. }
        | Error::AliasReplayCounterOverflow { .. }
        | Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. } => YamlErrorKind::Budget,
        // The parser's own nesting guard for flow collections (`[[[[…`).
        _ if detail.contains("recursion limit") || detail.contains("nesting") => {
            YamlErrorKind::Budget
        }
        _ => YamlErrorKind::Syntax,
    };
    let span = err.location().map_or(Span::default(), |loc| {
        let start = source.offset(loc.line() as usize, loc.column() as usize);
        Span::new(start, start)
    });
    YamlError { kind, span, detail }
}

/// The error under its snippet and alias-location wrappers.
fn original(mut err: &Error) -> &Error {
    loop {
        match err {
            Error::WithSnippet { error, .. } | Error::AliasError { error, .. } => err = error,
            other => return other,
        }
    }
}

/// The tree as serde-saphyr gives it: each child wrapped in its location.
enum Raw {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Spanned<Raw>>),
    Map(Vec<(Spanned<Raw>, Spanned<Raw>)>),
}

fn convert(raw: Spanned<Raw>, source: &SourceFile) -> Node {
    let loc = raw.referenced;
    let span = match (loc.span().byte_offset(), loc.span().byte_len()) {
        (Some(start), Some(len)) => Span::new(start as usize, (start + len) as usize),
        _ => {
            let start = source.offset(loc.line() as usize, loc.column() as usize);
            Span::new(start, start)
        }
    };
    let value = match raw.value {
        Raw::Null => Value::Null,
        Raw::Bool(b) => Value::Bool(b),
        Raw::Int(i) => Value::Int(i),
        Raw::Float(f) => Value::Float(f),
        Raw::Str(s) => Value::Str(s),
        Raw::Seq(items) => Value::Seq(items.into_iter().map(|n| convert(n, source)).collect()),
        Raw::Map(entries) => Value::Map(
            entries
                .into_iter()
                .map(|(k, v)| Entry {
                    key: convert(k, source),
                    value: convert(v, source),
                })
                .collect(),
        ),
    };
    Node { span, value }
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_unit<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }

    fn visit_none<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
        Raw::deserialize(d)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Raw, E> {
        Ok(Raw::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Raw, E> {
        Ok(Raw::Int(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Raw, E> {
        Ok(i64::try_from(v).map_or(Raw::Float(v as f64), Raw::Int))
    }

    fn visit_i128<E>(self, v: i128) -> Result<Raw, E> {
        Ok(i64::try_from(v).map_or(Raw::Float(v as f64), Raw::Int))
    }

    fn visit_u128<E>(self, v: u128) -> Result<Raw, E> {
        Ok(i64::try_from(v).map_or(Raw::Float(v as f64), Raw::Int))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Raw, E> {
        Ok(Raw::Float(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Raw, E> {
        Ok(Raw::Str(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Raw, E> {
        Ok(Raw::Str(v))
    }

    fn visit_bytes<E>(self, v: &[u8]) -> Result<Raw, E> {
        Ok(Raw::Str(String::from_utf8_lossy(v).into_owned()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Raw::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Raw::Map(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<Node, YamlError> {
        parse(&SourceFile::new("t.yaml".into(), text.to_owned()))
    }

    #[test]
    fn spans_are_byte_ranges() {
        let text = "# é\ntitre: \"Créer\"\n";
        let root = parse_str(text).unwrap();
        let entry = root.get("titre").unwrap();
        assert_eq!(&text[entry.key.span.start..entry.key.span.end], "titre");
        assert_eq!(
            &text[entry.value.span.start..entry.value.span.end],
            "\"Créer\""
        );
    }

    #[test]
    fn norway_stays_text_and_dates_stay_text() {
        let root = parse_str("a: no\nb: 2024-09-01\nc: true\n").unwrap();
        assert_eq!(root.get("a").unwrap().value.value, Value::Str("no".into()));
        assert_eq!(
            root.get("b").unwrap().value.value,
            Value::Str("2024-09-01".into())
        );
        assert_eq!(root.get("c").unwrap().value.value, Value::Bool(true));
    }

    #[test]
    fn duplicate_keys_are_kept_for_the_normaliser() {
        let root = parse_str("a: 1\na: 2\n").unwrap();
        assert_eq!(root.as_map().unwrap().len(), 2);
    }

    #[test]
    fn failures_are_classified() {
        assert_eq!(
            parse_str("a: [\nb: 1\n").unwrap_err().kind,
            YamlErrorKind::Syntax
        );
        assert_eq!(
            parse_str("a: 1\n---\nb: 2\n").unwrap_err().kind,
            YamlErrorKind::MultipleDocuments
        );
        let deep = format!("a: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
        assert_eq!(parse_str(&deep).unwrap_err().kind, YamlErrorKind::Budget);
        let block = format!("{}x\n", "- ".repeat(10_000));
        assert_eq!(parse_str(&block).unwrap_err().kind, YamlErrorKind::Budget);
    }

    #[test]
    fn alias_bomb_is_a_budget_breach() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (i, name) in ["b", "c", "d", "e", "f", "g", "h", "i"].iter().enumerate() {
            let prev = ["a", "b", "c", "d", "e", "f", "g", "h"][i];
            let refs = vec![format!("*{prev}"); 9].join(", ");
            text.push_str(&format!("{name}: &{name} [{refs}]\n"));
        }
        assert_eq!(parse_str(&text).unwrap_err().kind, YamlErrorKind::Budget);
    }
}
