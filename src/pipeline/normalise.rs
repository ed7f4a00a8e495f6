//! Key and value normalisation: French and English keys, case, accents and
//! separators all map to the canonical English key; enum values and `oui`/`non`
//! to their canonical form; numbers written in a text field back to the text the
//! author typed. Duplicate keys (`YAML002`) and a root that is not a mapping
//! (`YAML003`) are found here.

use std::borrow::Cow;

use crate::context::FileContext;
use crate::diagnostic::Span;
use crate::i18n::Args;
use crate::pipeline::slips;
use crate::pipeline::yaml::{Node, Value};
use crate::rules::Code;
use crate::vocabulary::{self, Field, Kind, fold};

/// Normalises the document in place. Returns `false` when the file cannot go on
/// to the schema (a `YAML00x` finding was reported).
pub fn normalise(root: &mut Node, ctx: &mut FileContext<'_>) -> bool {
    if !matches!(root.value, Value::Map(_)) {
        let id = match root.value {
            Value::Null => "YAML003-empty",
            _ => "YAML003-not-mapping",
        };
        let id = ctx.document_message(id);
        ctx.report_as(Code::Yaml003, &id, Some(root.span), Args::new());
        return false;
    }
    let mut walker = Walker {
        ctx,
        french: 0,
        english: 0,
        duplicates: Vec::new(),
    };
    let fields = walker.ctx.document.fields();
    walker.map(root, fields);
    let Walker {
        ctx,
        french,
        english,
        duplicates,
    } = walker;
    ctx.french_keys = french > english || (french == english && ctx.french_keys);
    for duplicate in &duplicates {
        report_duplicate(ctx, duplicate);
    }
    duplicates.is_empty()
}

struct Duplicate {
    first: Span,
    second: Span,
    first_text: String,
    second_text: String,
}

struct Walker<'c, 'a> {
    ctx: &'c mut FileContext<'a>,
    french: usize,
    english: usize,
    duplicates: Vec<Duplicate>,
}

impl Walker<'_, '_> {
    fn map(&mut self, node: &mut Node, fields: &'static [Field]) {
        let Value::Map(entries) = &mut node.value else {
            return;
        };
        let mut seen = SeenKeys::with_capacity(entries.len());
        for entry in entries.iter_mut() {
            // The key's text is replaced by its canonical name below: taken, not copied.
            let written = self.take_scalar_text(&mut entry.key);
            let folded = vocabulary::fold_borrowed(&written);
            let field = vocabulary::find_field(fields, &folded);
            match field {
                Some(field) => {
                    self.count_language(field, &folded);
                    self.value(&mut entry.value, &field.kind);
                }
                // The schema reports the key; its duplicates are found inside too.
                None => self.unknown(&mut entry.value),
            }
            let identity: Cow<'static, str> = match field {
                Some(field) => Cow::Borrowed(field.en),
                None => Cow::Owned(folded.into_owned()),
            };
            entry.key.value = Value::Str(match field {
                Some(field) => field.en.to_owned(),
                None => written.clone(),
            });
            if let Some((first, first_text)) = seen.first(&identity) {
                self.duplicates.push(Duplicate {
                    first,
                    second: entry.key.span,
                    first_text: first_text.to_owned(),
                    second_text: written,
                });
            } else {
                seen.insert(identity, entry.key.span, written);
            }
        }
    }

    /// A value the vocabulary does not describe: only its duplicate keys matter.
    fn unknown(&mut self, node: &mut Node) {
        match &mut node.value {
            Value::Map(_) => self.map(node, &[]),
            Value::Seq(items) => items.iter_mut().for_each(|item| self.unknown(item)),
            _ => {}
        }
    }

    fn value(&mut self, node: &mut Node, kind: &'static Kind) {
        match kind {
            Kind::Text | Kind::Date => self.as_text(node),
            Kind::Boolean => normalise_boolean(node),
            Kind::Enum(variants) => {
                self.as_text(node);
                if let Value::Str(s) = &mut node.value
                    && let Some(variant) = vocabulary::find_variant(variants, &fold(s))
                {
                    *s = variant.en.to_owned();
                }
            }
            Kind::List(inner) => {
                if let Value::Seq(items) = &mut node.value {
                    for item in items {
                        self.value(item, inner);
                    }
                }
            }
            Kind::Object(fields) => self.map(node, fields),
            Kind::Integer | Kind::Number | Kind::TextOrNumber => self.unknown(node),
        }
    }

    /// A plain `2024` or `1.10` in a text field is the text the author typed;
    /// `!!int 2024` is not: the tag asks for a number, which the schema refuses.
    /// A mapping where a text belongs is walked for its duplicate keys.
    fn as_text(&mut self, node: &mut Node) {
        self.unknown(node);
        if !node.tagged && matches!(node.value, Value::Int(_) | Value::Float(_) | Value::Bool(_)) {
            node.value = Value::Str(self.ctx.source.slice(node.span).to_owned());
        }
    }

    fn take_scalar_text(&self, node: &mut Node) -> String {
        match &mut node.value {
            Value::Str(s) => std::mem::take(s),
            _ => self.ctx.source.slice(node.span).to_owned(),
        }
    }

    fn count_language(&mut self, field: &Field, folded: &str) {
        if field.en == field.fr {
            return;
        }
        // The names of the table are written folded already.
        if field.fr == folded {
            self.french += 1;
        } else {
            self.english += 1;
        }
    }
}

/// The keys of one mapping seen so far: a list while there are few (a
/// proposal's mappings have a handful, and a list is faster than hashing
/// them), a hash map past that, so that a mapping with many keys costs
/// linear time, not quadratic.
struct SeenKeys {
    few: Vec<(Key, Span, String)>,
    many: std::collections::HashMap<Key, (Span, String)>,
}

/// A key as compared: a known field's canonical name (no copy), or an unknown
/// key folded.
type Key = Cow<'static, str>;

impl SeenKeys {
    const FEW: usize = 32;

    fn with_capacity(entries: usize) -> Self {
        SeenKeys {
            few: Vec::with_capacity(entries.min(Self::FEW)),
            many: std::collections::HashMap::new(),
        }
    }

    /// Where the key was first seen, and how it was written there.
    fn first(&self, identity: &str) -> Option<(Span, &str)> {
        if self.few.len() < Self::FEW {
            self.few
                .iter()
                .find(|(id, ..)| id.as_ref() == identity)
                .map(|(_, span, text)| (*span, text.as_str()))
        } else {
            self.many
                .get(identity)
                .map(|(span, text)| (*span, text.as_str()))
        }
    }

    fn insert(&mut self, identity: Key, span: Span, written: String) {
        if self.few.len() + 1 < Self::FEW {
            self.few.push((identity, span, written));
            return;
        }
        if self.few.len() + 1 == Self::FEW {
            self.few.push((identity, span, written));
            // The list is full: from now on, the map holds every key.
            for (id, span, text) in &self.few {
                self.many.insert(id.clone(), (*span, text.clone()));
            }
            return;
        }
        self.many.insert(identity, (span, written));
    }
}

fn normalise_boolean(node: &mut Node) {
    if let Value::Str(s) = &node.value {
        match fold(s).as_str() {
            "oui" | "vrai" | "true" => node.value = Value::Bool(true),
            "non" | "faux" | "false" => node.value = Value::Bool(false),
            _ => {}
        }
    }
}

fn report_duplicate(ctx: &mut FileContext<'_>, duplicate: &Duplicate) {
    let args = Args::new()
        .with("key", duplicate.second_text.as_str())
        .with("first", duplicate.first_text.as_str())
        .with("line", ctx.source.position(duplicate.first.start).line);
    let related = ctx.related(duplicate.first, "YAML002-first", &args);
    let new_item = slips::missing_dash(ctx.source, duplicate.first, duplicate.second, ctx.lang());
    let id = if new_item.is_some() {
        "YAML002-new-item"
    } else if fold(&duplicate.first_text) == fold(&duplicate.second_text) {
        "YAML002"
    } else {
        "YAML002-other-language"
    };
    let args = args.with("fix", new_item.unwrap_or_default());
    if let Some(d) = ctx.report_as(Code::Yaml002, id, Some(duplicate.second), args) {
        d.related.push(related);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::i18n::Lang;
    use crate::pipeline::source::SourceFile;

    fn run(text: &str) -> (Node, bool, Vec<Code>, bool) {
        let source = SourceFile::new("t.yaml".into(), text.to_owned());
        let settings = Settings::new(Lang::En);
        let mut ctx = FileContext::new(&source, &settings);
        let mut root = crate::pipeline::yaml::parse(&source).unwrap();
        let ok = normalise(&mut root, &mut ctx);
        let codes = ctx.diagnostics.iter().map(|d| d.code).collect();
        (root, ok, codes, ctx.french_keys)
    }

    #[test]
    fn french_keys_and_values_become_canonical() {
        let (root, ok, codes, french) = run(
            "Problématique: x\npilotage:\n  Niveau: Académique\nmoyens:\n  - mobilisable: oui\n",
        );
        assert!(ok && codes.is_empty() && french);
        assert!(root.get("problem").is_some());
        let piloting = &root.get("piloting").unwrap().value;
        assert_eq!(
            piloting.get("level").unwrap().value.as_str(),
            Some("academic")
        );
        let resource = &root.get("resources").unwrap().value.as_seq().unwrap()[0];
        assert_eq!(
            resource.get("mobilisable").unwrap().value.value,
            Value::Bool(true)
        );
    }

    #[test]
    fn numbers_in_text_fields_keep_their_spelling() {
        let (root, ..) = run("title: 1.10\n");
        assert_eq!(root.get("title").unwrap().value.as_str(), Some("1.10"));
    }

    #[test]
    fn a_key_given_in_both_languages_is_a_duplicate() {
        let (_, ok, codes, _) = run("problem: a\nproblematique: b\n");
        assert!(!ok);
        assert_eq!(codes, vec![Code::Yaml002]);
    }

    #[test]
    fn unknown_duplicates_are_duplicates_too() {
        let (_, ok, codes, _) = run("foo: a\nfoo: b\n");
        assert!(!ok);
        assert_eq!(codes, vec![Code::Yaml002]);
    }

    #[test]
    fn a_duplicate_inside_an_unknown_mapping_is_found() {
        let (_, ok, codes, _) = run("inconnu:\n  a: 1\n  a: 2\n");
        assert!(!ok);
        assert_eq!(codes, vec![Code::Yaml002]);
    }

    #[test]
    fn many_keys_are_compared_by_hashing_and_duplicates_still_found() {
        let mut text: String = (0..100).map(|i| format!("k{i}: 1\n")).collect();
        text.push_str("k3: 2\nk99: 3\n");
        let (_, ok, codes, _) = run(&text);
        assert!(!ok);
        assert_eq!(codes, vec![Code::Yaml002, Code::Yaml002]);
    }

    #[test]
    fn seen_keys_are_hashed_past_a_few() {
        let mut seen = SeenKeys::with_capacity(100);
        for i in 0..100 {
            seen.insert(format!("k{i}").into(), Span::new(i, i), String::new());
        }
        // Lookups past the first few go to the hash map: constant time each.
        assert_eq!(seen.few.len(), SeenKeys::FEW);
        assert_eq!(seen.many.len(), 100);
        assert_eq!(seen.first("k77").map(|(s, _)| s), Some(Span::new(77, 77)));
        assert_eq!(seen.first("k3").map(|(s, _)| s), Some(Span::new(3, 3)));
        assert!(seen.first("k100").is_none());
    }

    #[test]
    fn a_tagged_number_in_a_text_field_stays_a_number() {
        let (root, ..) = run("title: !!int 12\n");
        assert_eq!(root.get("title").unwrap().value.value, Value::Int(12));
    }

    #[test]
    fn a_list_root_is_yaml003() {
        let (_, ok, codes, _) = run("- a\n- b\n");
        assert!(!ok);
        assert_eq!(codes, vec![Code::Yaml003]);
    }
}
