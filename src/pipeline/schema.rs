//! Validation against `schemas/proposal.schema.json`, `group.schema.json` or
//! `support-group.schema.json` (canonical English keys), by the kind of
//! document. Each validator is built once; every error is mapped back to the span of the
//! YAML node it is about and rewritten as a `SCHEMA001` message that says what to
//! write, in the language of the run.

use std::collections::HashMap;
use std::sync::OnceLock;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::paths::LocationSegment;
use jsonschema::{JsonType, Validator};
use serde_json::Value as Json;

use crate::context::FileContext;
use crate::diagnostic::Span;
use crate::i18n::Args;
use crate::pipeline::slips;
use crate::pipeline::yaml::{Node, Value};
use crate::rules::Code;
use crate::text::suggest;
use crate::vocabulary::{self, Document, Field, Kind};

mod view;

use view::YamlTree;

pub const PROPOSAL_SCHEMA: &str = include_str!("../../schemas/proposal.schema.json");
pub const GROUP_SCHEMA: &str = include_str!("../../schemas/group.schema.json");
pub const SUPPORT_GROUP_SCHEMA: &str = include_str!("../../schemas/support-group.schema.json");

/// The bundled schema of a kind of document.
pub fn schema_text(document: Document) -> &'static str {
    match document {
        Document::Proposal => PROPOSAL_SCHEMA,
        Document::Group => GROUP_SCHEMA,
        Document::SupportGroup => SUPPORT_GROUP_SCHEMA,
    }
}

/// The validator of a kind of document, built on first use. It reads the YAML
/// tree in place (`view.rs`).
pub(crate) fn validator_of(document: Document) -> &'static Validator<YamlTree> {
    static VALIDATORS: [OnceLock<Validator<YamlTree>>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    VALIDATORS[document as usize].get_or_init(|| {
        // The schemas are compiled into the binary and checked by the tests.
        let schema: Json =
            serde_json::from_str(schema_text(document)).expect("bundled schema is JSON");
        jsonschema::options_for::<YamlTree>()
            .with_draft(jsonschema::Draft::Draft202012)
            .build(&schema)
            .expect("bundled schema is valid")
    })
}

/// Validates the normalised document against the schema of its kind
/// (`ctx.document`). Returns `false` when it breaks the schema.
pub fn validate(root: &Node, ctx: &mut FileContext<'_>) -> bool {
    let document = ctx.document;
    let validator = validator_of(document);
    // Most files are valid: `is_valid` stops at the first failure and builds no
    // error, so only invalid files pay for the detailed errors.
    if validator.is_valid(root) {
        return true;
    }
    let mut valid = true;
    for error in validator.iter_errors(root) {
        valid = false;
        let path: Vec<Segment> = error
            .instance_path()
            .iter()
            .map(|segment| match segment {
                LocationSegment::Property(p) => Segment::Key(p.into_owned()),
                LocationSegment::Index(i) => Segment::Index(i),
            })
            .collect();
        let at = Place { root, document };
        report(at, &path, error.kind(), &error.to_string(), ctx);
    }
    valid
}

/// The document an error is in.
#[derive(Clone, Copy)]
struct Place<'n> {
    root: &'n Node,
    document: Document,
}

/// A step of an instance path.
enum Segment {
    Key(String),
    Index(usize),
}

fn report(
    Place { root, document }: Place<'_>,
    path: &[Segment],
    kind: &ValidationErrorKind,
    detail: &str,
    ctx: &mut FileContext<'_>,
) {
    let (key_span, node) = resolve(root, path);
    let field = vocabulary::field_in(
        document,
        path.iter().filter_map(|s| match s {
            Segment::Key(k) => Some(k.as_str()),
            Segment::Index(_) => None,
        }),
    );
    let key_name = field.map_or_else(
        || match path.last() {
            Some(Segment::Key(k)) => k.clone(),
            _ => String::new(),
        },
        |f| f.name(ctx.french_keys).to_owned(),
    );
    let at = Faulty {
        root,
        document,
        path,
        node,
        field,
        key_name,
        key_span,
    };
    match kind {
        ValidationErrorKind::Required { property } => {
            report_missing(&at, property.as_str().unwrap_or_default(), ctx);
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            report_unknown_keys(&at, unexpected, ctx);
        }
        ValidationErrorKind::Type { .. } | ValidationErrorKind::MinItems { .. }
            if node.value == Value::Null
                || matches!(kind, ValidationErrorKind::MinItems { .. }) =>
        {
            let args = Args::new().with("key", at.key_name.as_str());
            let span = key_span.or(Some(node.span));
            ctx.report_as(Code::Schema001, "SCHEMA001-empty", span, args);
        }
        ValidationErrorKind::Type { kind } => report_wrong_type(&at, kind, ctx),
        ValidationErrorKind::Enum { .. } => report_bad_enum(node, field, &at.key_name, ctx),
        ValidationErrorKind::Pattern { .. } => {
            let id = match field.map(|f| &f.kind) {
                Some(Kind::Date) => "SCHEMA001-date",
                _ => "SCHEMA001-id",
            };
            report_value(&at, id, Args::new(), ctx);
        }
        ValidationErrorKind::Minimum { limit } => {
            let args = Args::new().with("limit", limit.to_string());
            report_value(&at, "SCHEMA001-minimum", args, ctx);
        }
        ValidationErrorKind::Maximum { limit } => {
            let args = Args::new().with("limit", limit.to_string());
            report_value(&at, "SCHEMA001-maximum", args, ctx);
        }
        _ => {
            let args = Args::new()
                .with("key", at.key_name.as_str())
                .with("detail", detail);
            ctx.report_as(Code::Schema001, "SCHEMA001-other", Some(node.span), args);
        }
    }
}

/// Where a schema error is, read once for the function that words it.
struct Faulty<'n, 'p> {
    root: &'n Node,
    document: Document,
    path: &'p [Segment],
    /// The value at fault.
    node: &'n Node,
    /// Its key in the vocabulary, when it has one.
    field: Option<&'static Field>,
    /// Its key as the file's language names it.
    key_name: String,
    key_span: Option<Span>,
}

/// A required key is missing: at the key of the mapping that should hold it
/// (the first key of the file for a missing section), with a two-line example
/// of the section when it is one of the root's.
fn report_missing(at: &Faulty<'_, '_>, missing: &str, ctx: &mut FileContext<'_>) {
    let french = ctx.french_keys;
    let fields = vocabulary::object_fields(at.document, at.field);
    let missing_field = fields.iter().find(|f| f.en == missing);
    let name = missing_field.map_or(missing, |f| f.name(french));
    let at_root = at.path.is_empty();
    let fix = match missing_field {
        Some(missing) if at_root => slips::example_for_missing(missing, french, ctx.lang()),
        _ => String::new(),
    };
    let what = ctx
        .lang()
        .message(&format!("field-{missing}"), &Args::new());
    let args = Args::new()
        .with("key", name)
        .with("parent", at.key_name.as_str())
        .with("what", what)
        .with("fix", fix);
    let (id, span) = if at_root {
        ("SCHEMA001-required-root", first_key_span(at.root))
    } else {
        ("SCHEMA001-required", at.key_span.or(Some(at.node.span)))
    };
    ctx.report_as(Code::Schema001, id, span, args);
}

/// Keys the mapping does not allow, each at its own place.
fn report_unknown_keys(at: &Faulty<'_, '_>, unexpected: &[String], ctx: &mut FileContext<'_>) {
    // Each key looked up once: a mapping of many unknown keys costs linear
    // time, not a scan of the mapping per key.
    let keys: HashMap<&str, &Node> = at
        .node
        .as_map()
        .unwrap_or_default()
        .iter()
        .rev() // the first of duplicate keys wins
        .filter_map(|e| Some((e.key.as_str()?, &e.key)))
        .collect();
    for key in unexpected {
        let written = keys.get(key.as_str()).copied();
        let fields = vocabulary::object_fields(at.document, at.field);
        report_unknown_key(written, key, fields, ctx);
    }
}

/// A value of the wrong type, with the lines to write when the slip behind it
/// is a known one (a text read as a key, a text where a list or a mapping is
/// expected).
fn report_wrong_type(at: &Faulty<'_, '_>, kind: &TypeKind, ctx: &mut FileContext<'_>) {
    let expected = expected_type(kind, at.field);
    let lang = ctx.lang();
    let node = at.node;
    if expected == "text"
        && let Some((id, span, fix)) = slips::text_read_as_key(ctx.source, node, lang)
    {
        let args = Args::new()
            .with("key", at.key_name.as_str())
            .with("fix", fix);
        ctx.report_as(Code::Schema001, id, Some(span), args);
        return;
    }
    let in_list = matches!(at.path.last(), Some(Segment::Index(_)));
    let mut keys = Vec::new();
    let fix = match (expected, at.field) {
        ("list", _) => slips::text_for_list(ctx.source, node, lang),
        ("object", Some(field)) => {
            let pairs = slips::example_pairs(field, ctx.french_keys, node.as_str().unwrap_or(""));
            keys = pairs.iter().map(|(name, _)| format!("{name}:")).collect();
            slips::text_for_object(ctx.source, node, &pairs, in_list, lang)
        }
        _ => String::new(),
    };
    let id = if expected == "object" && in_list && node.as_str().is_some() {
        "SCHEMA001-type-object-item".to_owned()
    } else {
        format!("SCHEMA001-type-{expected}")
    };
    let args = Args::new()
        .with("expected", expected)
        .with("keys", lang.list(&keys))
        .with("fix", fix);
    report_value(at, &id, args, ctx);
}

/// A finding at the value, naming its key and quoting what was written.
fn report_value(at: &Faulty<'_, '_>, id: &str, args: Args, ctx: &mut FileContext<'_>) {
    let args = args
        .with("key", at.key_name.as_str())
        .with("value", ctx.source.slice(at.node.span).trim());
    ctx.report_as(Code::Schema001, id, Some(at.node.span), args);
}

/// `written` is the key's node in the mapping, when found.
fn report_unknown_key(
    written: Option<&Node>,
    key: &str,
    fields: &'static [Field],
    ctx: &mut FileContext<'_>,
) {
    let span = written.map(|n| n.span);
    let candidates = fields.iter().flat_map(|f| [f.en, f.fr]);
    let args = Args::new().with("key", key);
    let suggestion = suggest::closest(key, candidates);
    if suggestion.is_none()
        && let Some(written) = written
        && let Some((id, span, fix)) = slips::sentence_read_as_key(ctx.source, written, ctx.lang())
    {
        ctx.report_as(Code::Schema001, id, Some(span), args.with("fix", fix));
        return;
    }
    match suggestion {
        Some(suggestion) => {
            let args = args.with("suggestion", suggestion);
            ctx.report_as(Code::Schema001, "SCHEMA001-unknown-key-suggest", span, args);
        }
        None => {
            let french = ctx.french_keys;
            let allowed = fields
                .iter()
                .map(|f| f.name(french))
                .collect::<Vec<_>>()
                .join(", ");
            let args = args.with("allowed", allowed);
            ctx.report_as(Code::Schema001, "SCHEMA001-unknown-key", span, args);
        }
    }
}

fn report_bad_enum(node: &Node, field: Option<&Field>, key_name: &str, ctx: &mut FileContext<'_>) {
    let variants = match field.map(|f| vocabulary::unwrap_list(&f.kind)) {
        Some(Kind::Enum(variants)) => *variants,
        _ => &[],
    };
    let french = ctx.french_keys;
    let written = ctx.source.slice(node.span).trim().to_owned();
    let allowed = variants
        .iter()
        .map(|v| v.name(french))
        .collect::<Vec<_>>()
        .join(", ");
    let args = Args::new()
        .with("key", key_name)
        .with("value", written.as_str())
        .with("allowed", allowed);
    let candidates = variants.iter().flat_map(|v| [v.en, v.fr]);
    match suggest::closest(node.as_str().unwrap_or(&written), candidates) {
        Some(suggestion) => {
            let args = args.with("suggestion", suggestion);
            ctx.report_as(
                Code::Schema001,
                "SCHEMA001-enum-suggest",
                Some(node.span),
                args,
            )
        }
        None => ctx.report_as(Code::Schema001, "SCHEMA001-enum", Some(node.span), args),
    };
}

/// The name of the expected type, used in the message id (`SCHEMA001-type-integer`).
fn expected_type(kind: &TypeKind, field: Option<&Field>) -> &'static str {
    let json_type = match kind {
        TypeKind::Single(t) => *t,
        TypeKind::Multiple(types) => {
            if matches!(field.map(|f| &f.kind), Some(Kind::TextOrNumber)) {
                return "text-or-number";
            }
            match types.iter().find(|t| *t != JsonType::Null) {
                Some(t) => t,
                None => return "text",
            }
        }
    };
    match json_type {
        JsonType::Integer => "integer",
        JsonType::Number => "number",
        JsonType::Boolean => "boolean",
        JsonType::Array => "list",
        JsonType::Object => "object",
        JsonType::Null | JsonType::String => "text",
    }
}

/// The node at `path`, and the span of the key that holds it (if any).
fn resolve<'n>(root: &'n Node, path: &[Segment]) -> (Option<Span>, &'n Node) {
    let mut node = root;
    let mut key_span = None;
    for segment in path {
        let next = match segment {
            Segment::Key(k) => node.get(k).map(|e| {
                key_span = Some(e.key.span);
                &e.value
            }),
            Segment::Index(i) => node.as_seq().and_then(|items| items.get(*i)),
        };
        match next {
            Some(n) => node = n,
            None => break,
        }
    }
    (key_span, node)
}

fn first_key_span(root: &Node) -> Option<Span> {
    root.as_map()
        .and_then(|entries| entries.first())
        .map(|e| e.key.span)
        .or(Some(root.span))
}

/// The JSON value the validator reads.
pub fn to_json(node: &Node) -> Json {
    match &node.value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Int(i) => Json::from(*i),
        Value::Float(f) => serde_json::Number::from_f64(*f).map_or(Json::Null, Json::Number),
        Value::Str(s) => Json::String(s.clone()),
        Value::Seq(items) => Json::Array(items.iter().map(to_json).collect()),
        Value::Map(entries) => Json::Object(
            entries
                .iter()
                .map(|e| {
                    (
                        e.key.as_str().unwrap_or_default().to_owned(),
                        to_json(&e.value),
                    )
                })
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCUMENTS: [Document; 3] = [Document::Proposal, Document::Group, Document::SupportGroup];

    #[test]
    fn bundled_schemas_compile() {
        for document in DOCUMENTS {
            let _ = validator_of(document);
        }
    }

    #[test]
    fn every_schema_property_is_in_the_vocabulary() {
        for document in DOCUMENTS {
            let schema: Json = serde_json::from_str(schema_text(document)).unwrap();
            let mut root: Vec<&str> = schema["properties"]
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            let mut table: Vec<&str> = document.fields().iter().map(|f| f.en).collect();
            root.sort();
            table.sort();
            assert_eq!(root, table, "{document:?}");
        }
    }
}
