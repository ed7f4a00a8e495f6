//! The only module that knows the YAML library (granit-parser, the event parser
//! under serde-saphyr). It builds a tree of [`Node`]s that carry their byte spans
//! straight from the parser's events, and turns failures into the `YAML00x`
//! findings. Swapping the YAML library means rewriting this file only.
//!
//! Choices made here:
//! - the tree is built from events, without serde: a third of the instructions of
//!   a whole check went into serde-saphyr's generic deserializer (docs/performance.md);
//! - duplicate keys are passed through to the tree, so that the key normaliser can
//!   report both places, and also catch `problem` + `problematique` (`YAML002`);
//! - plain scalars are resolved by the YAML 1.2 core schema: only `true`/`false`
//!   are booleans, so `no`, `off` or `y` in a text stay text (the "Norway problem");
//!   `<<` is an ordinary key (merge keys are YAML 1.1), so the schema reports it;
//! - explicit budgets, well above what a proposal needs, so that an alias bomb or a
//!   10,000-deep nesting stops early with `YAML004` instead of exhausting memory or
//!   stack; the builder keeps its own stack and never recurses on the input;
//! - a fast path (`yaml/fast.rs`) reads the block-style subset proposals are
//!   written in, to the same tree, and leaves anything else to granit-parser.

use std::borrow::Cow;

use granit_parser::{ErrorKind, Event, Parser, ScalarStyle, ScanError, Tag};

use crate::diagnostic::Span;
use crate::pipeline::source::SourceFile;

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
    /// The scalar carried an explicit type tag (`!!int 12`): its type is the
    /// author's, not one to be read back as text.
    pub tagged: bool,
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
    /// What the parser stumbled on, for [`crate::pipeline::slips`] to explain.
    pub stumble: Stumble,
    /// The parser's own explanation, in English: for logs and tests, never shown.
    pub detail: String,
}

/// What the parser stumbled on, in this program's words: the parser's own error
/// kinds stay in this module. Several kinds share one entry when the person who
/// made the slip would fix them the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stumble {
    /// A tab where only spaces may be.
    Tab,
    /// A `: ` (or a `:` at the end of a line) where no key may start.
    ColonInText,
    /// A line that should be `key: value` (or the next line of a text) has no `: `.
    KeyWithoutColon,
    /// A line inside a list that does not start with `- `.
    ExpectedDash,
    /// A `- ` where no list may start (after a key on the same line).
    DashNotAllowed,
    /// A line indented in a way that fits no level.
    Indentation,
    /// Text after `>` or `|` on the same line.
    BlockScalarHeader,
    /// A quote opened and never closed.
    UnclosedQuote,
    /// Text after the closing `"`.
    AfterDoubleQuote,
    /// Text after the closing `'` (often an apostrophe inside `'…'`).
    AfterSingleQuote,
    /// A backslash sequence inside `"…"` that means nothing.
    Escape,
    /// A `[` or `{` not closed, or closed by the wrong bracket.
    Bracket,
    /// A character that may not start a text (`@`, `` ` ``).
    ReservedCharacter,
    /// A `*name` or `&name` that refers to nothing.
    Reference,
    /// A `#` that cuts a text in two.
    Comment,
    /// `%`, `!` or `---` constructs that proposals never need.
    Directive,
    /// The file ends in the middle of something.
    UnexpectedEnd,
    /// Anything else the parser refuses.
    Other,
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

// ---- Fast path switch (issue 16, docs/performance.md) ----
// `fast` reads the block-style subset that proposals are written in and answers
// `None` for anything else; granit-parser then reads the text (and gives every
// error). `tests/it/yaml_fast.rs` and `fuzz/fuzz_targets/yaml_differential.rs`
// hold the two paths to identical trees.
mod fast;

/// Whether `parse` tries the fast path first.
const FAST_PATH: bool = true;

/// Parses one YAML document.
pub fn parse(source: &SourceFile) -> Result<Node, YamlError> {
    if FAST_PATH && let Some(root) = fast::parse(&source.text) {
        return Ok(root);
    }
    parse_with_granit(source)
}

/// The fast path alone: the tree, or `None` when the text is not in its subset.
pub fn parse_fast(text: &str) -> Option<Node> {
    fast::parse(text)
}

/// The value of an untagged plain scalar (used by the fast path).
fn plain_value(text: &str) -> Value {
    resolve_scalar(Cow::Borrowed(text), ScalarStyle::Plain, None)
}
// ---- end of the fast path switch ----

/// Parses one YAML document with granit-parser (the reference path).
pub fn parse_with_granit(source: &SourceFile) -> Result<Node, YamlError> {
    let options = granit_parser::options! {
        // One more than our own limit, so that ours speaks first.
        flow_nesting_limit: MAX_DEPTH + 1,
        block_nesting_limit: MAX_DEPTH + 1,
    };
    let mut builder = Builder::new(source);
    for item in Parser::new_from_str_with_options(&source.text, options) {
        match item {
            Ok((event, span)) => {
                if builder.event(event, span)? == Flow::Stop {
                    break;
                }
            }
            Err(err) => return Err(scan_error(&err, source)),
        }
    }
    Ok(builder.root.unwrap_or(Node {
        span: Span::default(),
        value: Value::Null,
        tagged: false,
    }))
}

fn scan_error(err: &ScanError, source: &SourceFile) -> YamlError {
    let detail = err.info();
    let kind = if detail.contains("nesting") || detail.contains("recursion limit") {
        YamlErrorKind::Budget
    } else {
        YamlErrorKind::Syntax
    };
    let start = err.marker().byte_offset().unwrap_or_else(|| {
        let marker = err.marker();
        source.offset(marker.line(), marker.col() + 1)
    });
    YamlError {
        kind,
        span: Span::new(start, start),
        stumble: stumble(err.kind()),
        detail,
    }
}

fn stumble(kind: &ErrorKind) -> Stumble {
    use ErrorKind as K;
    match kind {
        K::TabNotAllowed
        | K::TabInBlockIndentation
        | K::TabInIndentation
        | K::TabInPlainScalar
        | K::TabAtBlockScalarStart => Stumble::Tab,
        K::MappingValueNotAllowed | K::InvalidMappingValueWhitespace => Stumble::ColonInText,
        K::SimpleKeyExpected | K::InvalidSimpleKey | K::ExpectedBlockMappingKey => {
            Stumble::KeyWithoutColon
        }
        K::ExpectedBlockSequenceEntry => Stumble::ExpectedDash,
        K::BlockSequenceEntryNotAllowed | K::InvalidBlockEntryWhitespace => Stumble::DashNotAllowed,
        K::InvalidIndentation
        | K::InvalidFlowScalarIndent
        | K::InvalidQuotedScalarIndent
        | K::InvalidBlockScalarIndent
        | K::MappingKeyNotAllowed => Stumble::Indentation,
        K::InvalidBlockScalarHeader | K::ZeroBlockScalarIndent => Stumble::BlockScalarHeader,
        K::UnclosedQuotedScalar | K::DocumentIndicatorInQuotedScalar => Stumble::UnclosedQuote,
        K::InvalidTrailingDoubleQuotedScalar => Stumble::AfterDoubleQuote,
        K::InvalidTrailingSingleQuotedScalar => Stumble::AfterSingleQuote,
        K::UnknownQuotedScalarEscape
        | K::InvalidQuotedScalarHexEscape
        | K::InvalidLowSurrogateHexEscape
        | K::InvalidLowSurrogate
        | K::MissingLowSurrogate
        | K::UnpairedLowSurrogate
        | K::InvalidUnicodeEscape => Stumble::Escape,
        K::UnexpectedEofFlowSequence
        | K::UnexpectedEofFlowMapping
        | K::UnexpectedEofImplicitFlowMapping
        | K::ExpectedFlowMappingSeparator
        | K::ExpectedFlowSequenceSeparator
        | K::MisplacedFlowCollectionEnd
        | K::MismatchedFlowCollectionEnd { .. }
        | K::UnclosedFlowCollection { .. }
        | K::InvalidColonPlacement
        | K::FlowMappingValueAdjacentCollection
        | K::BlockEntryInFlowCollection => Stumble::Bracket,
        K::UnexpectedCharacter { .. } | K::PlainScalarStartsWithDashFlowIndicator => {
            Stumble::ReservedCharacter
        }
        K::UnknownAnchor | K::MissingAnchorOrAliasName | K::AnchorCountOverflow => {
            Stumble::Reference
        }
        K::CommentInterceptedScalar | K::CommentNotSeparated => Stumble::Comment,
        K::UnexpectedEofBlockSequence
        | K::UnexpectedEofBlockMapping
        | K::UnexpectedEof
        | K::UnexpectedEndOfPlainScalar => Stumble::UnexpectedEnd,
        K::DuplicateVersionDirective
        | K::UnsupportedYamlMajorVersion
        | K::DuplicateTagDirective
        | K::MissingDocumentEndBeforeDirective
        | K::UndeclaredTagHandle
        | K::ExpectedTagBang
        | K::ExpectedTagDirectiveBang
        | K::InvalidGlobalTagCharacter
        | K::InvalidDirectiveTerminator
        | K::DirectiveDisallowed
        | K::MissingYamlVersionSeparator
        | K::MissingDirectiveName
        | K::InvalidDirectiveName
        | K::YamlVersionTooLong
        | K::MissingYamlVersion
        | K::InvalidTagDirectiveTerminator
        | K::InvalidTagTerminator
        | K::MissingTagUri
        | K::UnclosedVerbatimTag
        | K::InvalidTagEscape
        | K::InvalidTagUtf8LeadingByte
        | K::InvalidTagUtf8TrailingByte
        | K::InvalidTagUtf8
        | K::InvalidDocumentEnd
        | K::ExpectedDocumentStart => Stumble::Directive,
        _ => Stumble::Other,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Flow {
    Continue,
    Stop,
}

/// A collection whose end event has not come yet.
struct Open {
    span: Span,
    anchor: usize,
    kind: OpenKind,
}

enum OpenKind {
    Seq(Vec<Node>),
    Map {
        entries: Vec<Entry>,
        key: Option<Node>,
    },
}

/// Builds the tree from events, counting what the budgets limit.
struct Builder<'s> {
    source: &'s SourceFile,
    stack: Vec<Open>,
    root: Option<Node>,
    /// Completed anchored nodes by anchor id, with their size in nodes.
    anchors: Vec<Option<(Node, usize)>>,
    documents: usize,
    events: usize,
    aliases: usize,
    replayed: usize,
}

impl<'s> Builder<'s> {
    fn new(source: &'s SourceFile) -> Self {
        Builder {
            source,
            stack: Vec::new(),
            root: None,
            anchors: Vec::new(),
            documents: 0,
            events: 0,
            aliases: 0,
            replayed: 0,
        }
    }

    fn event(&mut self, event: Event<'_>, span: granit_parser::Span) -> Result<Flow, YamlError> {
        let span = self.span(span);
        self.events += 1;
        if self.events > MAX_EVENTS {
            return Err(budget(
                span,
                format!("more than {MAX_EVENTS} parser events"),
            ));
        }
        // The second document is reported where its content starts.
        if self.documents > 1 {
            return Err(YamlError {
                kind: YamlErrorKind::MultipleDocuments,
                span,
                stumble: Stumble::Other,
                detail: "more than one YAML document".to_owned(),
            });
        }
        match event {
            Event::DocumentStart(..) => self.documents += 1,
            Event::StreamEnd => return Ok(Flow::Stop),
            Event::Scalar(text, style, anchor, tag) => {
                let tagged = tag
                    .as_deref()
                    .is_some_and(|t| t.handle() == "tag:yaml.org,2002:" && t.suffix() != "str");
                let value = resolve_scalar(text, style, tag.as_deref());
                self.complete(
                    Node {
                        span,
                        value,
                        tagged,
                    },
                    anchor,
                )?;
            }
            Event::SequenceStart(_, anchor, _) => {
                self.open(span, anchor, OpenKind::Seq(Vec::new()))?
            }
            Event::MappingStart(_, anchor, _) => {
                let kind = OpenKind::Map {
                    entries: Vec::new(),
                    key: None,
                };
                self.open(span, anchor, kind)?;
            }
            Event::SequenceEnd | Event::MappingEnd => self.close()?,
            Event::Alias(id) => self.alias(id, span)?,
            // Stream start, document end, comments and anchor names carry no data.
            _ => {}
        }
        Ok(Flow::Continue)
    }

    /// The byte span of an event; positions without a byte offset come from line and column.
    fn span(&self, span: granit_parser::Span) -> Span {
        let offset = |marker: granit_parser::Marker| {
            marker
                .byte_offset()
                .unwrap_or_else(|| self.source.offset(marker.line(), marker.col() + 1))
        };
        let start = offset(span.start);
        Span::new(start, offset(span.end).max(start))
    }

    fn open(&mut self, span: Span, anchor: usize, kind: OpenKind) -> Result<(), YamlError> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(budget(
                span,
                format!("nesting deeper than {MAX_DEPTH} levels"),
            ));
        }
        self.stack.push(Open { span, anchor, kind });
        Ok(())
    }

    fn close(&mut self) -> Result<(), YamlError> {
        let Some(open) = self.stack.pop() else {
            return Ok(());
        };
        let value = match open.kind {
            OpenKind::Seq(items) => Value::Seq(items),
            OpenKind::Map { entries, .. } => Value::Map(entries),
        };
        self.complete(
            Node {
                span: open.span,
                value,
                tagged: false,
            },
            open.anchor,
        )
    }

    /// A copy of the anchored node, within the replay budget.
    fn alias(&mut self, id: usize, span: Span) -> Result<(), YamlError> {
        self.aliases += 1;
        if self.aliases > MAX_ALIASES {
            return Err(budget(span, format!("more than {MAX_ALIASES} aliases")));
        }
        // An anchor still open is an alias to itself or to a parent: a cycle, not a tree.
        let Some(Some((target, size))) = self.anchors.get(id) else {
            return Err(budget(
                span,
                "an alias refers to a node that contains it".to_owned(),
            ));
        };
        self.replayed += size;
        if self.replayed > MAX_REPLAYED_EVENTS {
            let detail = format!("aliases expand to more than {MAX_REPLAYED_EVENTS} nodes");
            return Err(budget(span, detail));
        }
        let mut copy = target.clone();
        copy.span = span;
        self.complete(copy, 0)
    }

    /// Attaches a finished node to its parent (or makes it the root).
    fn complete(&mut self, node: Node, anchor: usize) -> Result<(), YamlError> {
        if anchor != 0 {
            if anchor > MAX_ALIASES {
                return Err(budget(
                    node.span,
                    format!("more than {MAX_ALIASES} anchors"),
                ));
            }
            if self.anchors.len() <= anchor {
                self.anchors.resize(anchor + 1, None);
            }
            self.anchors[anchor] = Some((node.clone(), node.size()));
        }
        match self.stack.last_mut().map(|open| &mut open.kind) {
            None => self.root = Some(node),
            Some(OpenKind::Seq(items)) => items.push(node),
            Some(OpenKind::Map { entries, key }) => match key.take() {
                None => *key = Some(node),
                Some(key) => entries.push(Entry { key, value: node }),
            },
        }
        Ok(())
    }
}

fn budget(span: Span, detail: String) -> YamlError {
    YamlError {
        kind: YamlErrorKind::Budget,
        span,
        stumble: Stumble::Other,
        detail,
    }
}

/// The value of a scalar by the YAML 1.2 core schema. Quoted and block scalars, and
/// scalars tagged `!!str` or `!`, are text; an unknown tag is ignored.
fn resolve_scalar(text: Cow<'_, str>, style: ScalarStyle, tag: Option<&Tag>) -> Value {
    let core = tag
        .filter(|t| t.handle() == "tag:yaml.org,2002:")
        .map(Tag::suffix);
    let forced_text =
        core == Some("str") || tag.is_some_and(|t| t.handle() == "!" && t.suffix().is_empty());
    if forced_text || (style != ScalarStyle::Plain && core.is_none()) {
        return Value::Str(text.into_owned());
    }
    let plain = text.as_ref();
    if matches!(plain, "" | "~" | "null" | "Null" | "NULL") && core.is_none_or(|c| c == "null") {
        return Value::Null;
    }
    match plain {
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    if let Some(number) = resolve_number(plain) {
        return number;
    }
    Value::Str(text.into_owned())
}

/// `[-+]?[0-9]+`, `0o…`, `0x…`, and the core schema's floats (`.inf`, `.nan` included).
fn resolve_number(text: &str) -> Option<Value> {
    let first = *text.as_bytes().first()?;
    if !(first.is_ascii_digit() || matches!(first, b'-' | b'+' | b'.')) {
        return None;
    }
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let negative = text.starts_with('-');
    let radix = |prefix: &str, radix: u32| {
        let digits = text.strip_prefix(prefix)?;
        let value = i64::from_str_radix(digits, radix).ok()?;
        Some(Value::Int(value))
    };
    if let Some(value) = radix("0o", 8).or_else(|| radix("0x", 16)) {
        return Some(value);
    }
    if !unsigned.is_empty() && unsigned.bytes().all(|b| b.is_ascii_digit()) {
        return Some(match text.parse::<i64>() {
            Ok(i) => Value::Int(i),
            Err(_) => Value::Float(text.parse::<f64>().ok()?),
        });
    }
    match unsigned {
        ".inf" | ".Inf" | ".INF" => {
            let inf = if negative {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            };
            return Some(Value::Float(inf));
        }
        ".nan" | ".NaN" | ".NAN" if unsigned == text => return Some(Value::Float(f64::NAN)),
        _ => {}
    }
    is_core_float(unsigned)
        .then(|| text.parse::<f64>().ok().map(Value::Float))
        .flatten()
}

/// `(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, without its sign.
fn is_core_float(text: &str) -> bool {
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], Some(&text[i + 1..])),
        None => (text, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some(("", fraction)) => digits(fraction),
        Some((whole, fraction)) => digits(whole) && (fraction.is_empty() || digits(fraction)),
        None => digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['-', '+']).unwrap_or(e)));
    mantissa_ok && exponent_ok
}

impl Node {
    /// The number of nodes in this subtree, which alias expansion copies.
    fn size(&self) -> usize {
        1 + match &self.value {
            Value::Seq(items) => items.iter().map(Node::size).sum(),
            Value::Map(entries) => entries.iter().map(|e| e.key.size() + e.value.size()).sum(),
            _ => 0,
        }
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
    fn plain_scalars_follow_the_core_schema() {
        let root = parse_str(
            "a: 12\nb: -0x1\nc: 0x1F\nd: 1.5e3\ne: .inf\nf: ~\ng: '12'\nh: !!str 12\ni: 1_000\nj: 1.10\nk: v1.2\n",
        )
        .unwrap();
        let value = |key: &str| root.get(key).unwrap().value.value.clone();
        assert_eq!(value("a"), Value::Int(12));
        assert_eq!(value("b"), Value::Str("-0x1".into()));
        assert_eq!(value("c"), Value::Int(31));
        assert_eq!(value("d"), Value::Float(1500.0));
        assert_eq!(value("e"), Value::Float(f64::INFINITY));
        assert_eq!(value("f"), Value::Null);
        assert_eq!(value("g"), Value::Str("12".into()));
        assert_eq!(value("h"), Value::Str("12".into()));
        assert_eq!(value("i"), Value::Str("1_000".into()));
        assert_eq!(value("j"), Value::Float(1.1));
        assert_eq!(value("k"), Value::Str("v1.2".into()));
    }

    #[test]
    fn aliases_copy_their_anchor_and_cycles_are_refused() {
        let root = parse_str("a: &x [1, 2]\nb: *x\n").unwrap();
        assert_eq!(root.get("b").unwrap().value.as_seq().unwrap().len(), 2);
        assert_eq!(
            parse_str("a: &x [1, *x]\n").unwrap_err().kind,
            YamlErrorKind::Budget
        );
        assert_eq!(
            parse_str("a: *nowhere\n").unwrap_err().kind,
            YamlErrorKind::Syntax
        );
    }

    #[test]
    fn merge_keys_are_ordinary_keys() {
        let root = parse_str("a: &x {b: 1}\nc:\n  <<: *x\n").unwrap();
        let c = &root.get("c").unwrap().value;
        assert!(c.get("<<").is_some());
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
