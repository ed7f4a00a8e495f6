//! Safe fixes: the corrections whose result is certain, shared by
//! `canevas check --fix`/`--diff` and the language server's quick fixes.
//!
//! A fix is an edit of the exact byte span of one scalar (a key or a value),
//! found by walking the parsed YAML tree with the key table of
//! [`crate::vocabulary`]; everything around it (comments, key order, quotes,
//! line endings, a byte-order mark) stays as it was. A fix never guesses: a
//! spelling is corrected only when one candidate is closer than every other
//! ([`crate::text::suggest::unique_closest`]), a date or an amount only when
//! its reading is the only one.

mod date;
pub mod file;

use crate::config::Settings;
use crate::diagnostic::Span;
use crate::pipeline::discover::document_of;
use crate::pipeline::source::SourceFile;
use crate::pipeline::yaml::{self, Node, Value};
use crate::rules::Code;
use crate::rules::coverage::{Designates, designates};
use crate::text::suggest::unique_closest;
use crate::vocabulary::{self, Field, Kind, Variant, category_alias, fold};

/// What a fix corrects, for its message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixKind {
    Key,
    Category,
    Value,
    Date,
    Amount,
    Boolean,
}

impl FixKind {
    pub fn id(self) -> &'static str {
        match self {
            FixKind::Key => "key",
            FixKind::Category => "category",
            FixKind::Value => "value",
            FixKind::Date => "date",
            FixKind::Amount => "amount",
            FixKind::Boolean => "boolean",
        }
    }
}

/// One edit: the bytes of `span` become `replacement`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub span: Span,
    pub replacement: String,
    /// What the author wrote (the bytes of `span`).
    pub written: String,
    pub kind: FixKind,
    /// The code of the finding the fix solves.
    pub code: Code,
}

/// The safe fixes of a text, in the order of the file; none for a text that is
/// not YAML (a fix never writes a file it cannot read).
pub fn find(source: &SourceFile, settings: &Settings) -> Vec<Fix> {
    let Ok(root) = yaml::parse(source) else {
        return Vec::new();
    };
    let mut finder = Finder {
        source,
        settings,
        fixes: Vec::new(),
    };
    // A proposal, a working group or the support group: each has its keys.
    finder.map(&root, document_of(&source.path).fields());
    finder.fixes.sort_by_key(|f| f.span);
    finder.fixes
}

/// The text with every fix applied; overlapping fixes after the first are left out.
pub fn apply(text: &str, fixes: &[Fix]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for fix in fixes {
        if fix.span.start < at || fix.span.end > text.len() {
            continue;
        }
        out.push_str(&text[at..fix.span.start]);
        out.push_str(&fix.replacement);
        at = fix.span.end;
    }
    out.push_str(&text[at..]);
    out
}

struct Finder<'a> {
    source: &'a SourceFile,
    settings: &'a Settings,
    fixes: Vec<Fix>,
}

impl Finder<'_> {
    fn map(&mut self, node: &Node, fields: &'static [Field]) {
        let Some(entries) = node.as_map() else {
            return;
        };
        // The fields written, then those a fix renames a key to: two slips of
        // one key must not both become it (that would be a duplicate key).
        let mut present: Vec<&'static str> = entries
            .iter()
            .filter_map(|e| vocabulary::find_field(fields, &fold(e.key.as_str()?)))
            .map(|f| f.en)
            .collect();
        for entry in entries {
            let Some(written) = entry.key.as_str() else {
                continue;
            };
            let field = match vocabulary::find_field(fields, &fold(written)) {
                Some(field) => Some(field),
                None => self.key(&entry.key, written, fields, &mut present),
            };
            if let Some(field) = field {
                self.value(&entry.value, field);
            }
        }
    }

    /// A misspelt key: the one field it can be, unless that field is already there.
    fn key(
        &mut self,
        key: &Node,
        written: &str,
        fields: &'static [Field],
        present: &mut Vec<&'static str>,
    ) -> Option<&'static Field> {
        let candidates = fields.iter().flat_map(|f| [(f.en, f.en), (f.fr, f.en)]);
        let en = unique_closest(written, candidates)?;
        let field = fields.iter().find(|f| f.en == en)?;
        if present.contains(&field.en) {
            return None;
        }
        present.push(field.en);
        let name = closer_name(written, field.en, field.fr);
        self.push_scalar(key, name, FixKind::Key, Code::Schema001);
        Some(field)
    }

    fn value(&mut self, node: &Node, field: &'static Field) {
        if field.en == "categories" {
            for item in node.as_seq().unwrap_or_default() {
                self.category(item);
            }
            return;
        }
        self.kind(node, &field.kind);
    }

    fn kind(&mut self, node: &Node, kind: &'static Kind) {
        match kind {
            Kind::List(inner) => {
                for item in node.as_seq().unwrap_or_default() {
                    self.kind(item, inner);
                }
            }
            Kind::Object(fields) => self.map(node, fields),
            Kind::Enum(variants) => self.enum_value(node, variants),
            Kind::Date => self.date(node),
            Kind::Number => self.amount(node),
            Kind::Boolean => self.boolean(node),
            Kind::Text | Kind::Integer | Kind::TextOrNumber => {}
        }
    }

    fn enum_value(&mut self, node: &Node, variants: &'static [Variant]) {
        let Some(written) = node.as_str() else {
            return;
        };
        if vocabulary::find_variant(variants, &fold(written)).is_some() {
            return;
        }
        let candidates = (variants.iter().enumerate()).flat_map(|(i, v)| [(v.en, i), (v.fr, i)]);
        if let Some(i) = unique_closest(written, candidates) {
            let name = closer_name(written, variants[i].en, variants[i].fr);
            self.push_scalar(node, name, FixKind::Value, Code::Schema001);
        }
    }

    fn category(&mut self, node: &Node) {
        let Some(written) = node.as_str() else {
            return;
        };
        if !matches!(designates(written, self.settings), Designates::Unknown) {
            return;
        }
        if let Some(id) = category_fix(written, self.settings) {
            self.push_scalar(node, &id, FixKind::Category, Code::Cov002);
        }
    }

    fn date(&mut self, node: &Node) {
        let written = match &node.value {
            Value::Str(s) => s.as_str(),
            _ => return,
        };
        if let Some(iso) = date::iso(written) {
            self.push_scalar(node, &iso, FixKind::Date, Code::Schema001);
        }
    }

    /// An amount becomes a number: the whole span, quotes included, is replaced.
    fn amount(&mut self, node: &Node) {
        if let Value::Str(written) = &node.value
            && let Some(number) = crate::text::amounts::unambiguous_amount(written)
        {
            self.push(node.span, number, FixKind::Amount, Code::Schema001);
        }
    }

    fn boolean(&mut self, node: &Node) {
        let Value::Str(written) = &node.value else {
            return;
        };
        let word = fold(written.trim_end_matches(['.', '!', ' ', '\u{a0}', '\u{202f}']));
        let canonical = ["oui", "non", "vrai", "faux", "true", "false"]
            .into_iter()
            .find(|w| *w == word);
        if let Some(word) = canonical
            && fold(written) != word
        {
            self.push_scalar(node, word, FixKind::Boolean, Code::Schema001);
        }
    }

    /// Replaces a scalar's text, inside its quotes when it has some.
    fn push_scalar(&mut self, node: &Node, replacement: &str, kind: FixKind, code: Code) {
        let written = self.source.slice(node.span);
        let quoted = written.len() >= 2
            && (written.starts_with('"') && written.ends_with('"')
                || written.starts_with('\'') && written.ends_with('\''));
        let span = if quoted {
            Span::new(node.span.start + 1, node.span.end - 1)
        } else {
            node.span
        };
        self.push(span, replacement.to_owned(), kind, code);
    }

    fn push(&mut self, span: Span, replacement: String, kind: FixKind, code: Code) {
        let written = self.source.slice(span);
        // A multi-line or block scalar is not a slip of spelling.
        if written.is_empty() || written.contains('\n') || written == replacement {
            return;
        }
        self.fixes.push(Fix {
            span,
            written: written.to_owned(),
            replacement,
            kind,
            code,
        });
    }
}

/// Of a name's two languages, the one closer to what is written: a fix keeps
/// the language the author chose.
fn closer_name(written: &str, en: &'static str, fr: &'static str) -> &'static str {
    let written = fold(written);
    if strsim::damerau_levenshtein(&written, fr) < strsim::damerau_levenshtein(&written, en) {
        fr
    } else {
        en
    }
}

/// The category id a misspelt category stands for, when it is certain: the
/// one id of a usual name (« CPE » → `education`, from the table of
/// [`category_alias`]), its label written out (`Assistants d'éducation` →
/// `aed`), or the one id close to what is written. A name that stands for
/// several categories (« ATSS ») is not one edit: the finding lists them.
pub fn category_fix(written: &str, settings: &Settings) -> Option<String> {
    let configured = |id: &str| id == "tous" || settings.categories.iter().any(|c| c.id == id);
    if let Some(id) = category_alias(written).filter(|id| configured(id)) {
        return Some(id.to_owned());
    }
    let folded = fold(written);
    if let Some(category) = settings
        .categories
        .iter()
        .find(|c| fold(&c.label) == folded)
    {
        return Some(category.id.clone());
    }
    let candidates = settings
        .categories
        .iter()
        .map(|c| (c.id.as_str(), c.id.as_str()));
    unique_closest(written, candidates).map(str::to_owned)
}

#[cfg(test)]
mod tests;
