//! Slips that YAML reads without complaint but into the wrong shape: a text with
//! `: ` read as `key: value`, a text where a list or a group of keys is expected.
//! The schema stage reports them; these functions find the line and write the fix.

use crate::diagnostic::Span;
use crate::i18n::Lang;
use crate::pipeline::source::SourceFile;
use crate::pipeline::yaml::{Node, Value};
use crate::vocabulary::{Field, Kind, category_aliases};

use super::lines::{self, Lines};
use super::{Fix, render_fix};

/// A text read as `key: value` because of a `: ` in it (`- Parrainage : les…`):
/// the message, the place of the `:`, and the fix as the hint shows it.
pub fn text_read_as_key(
    source: &SourceFile,
    node: &Node,
    lang: Lang,
) -> Option<(&'static str, Span, String)> {
    let [entry] = node.as_map()? else {
        return None;
    };
    entry.key.as_str()?;
    if !matches!(entry.value.value, Value::Str(_) | Value::Null) {
        return None;
    }
    let lines = Lines::new(&source.text);
    let number = source.position(entry.key.span.start).line;
    let line = lines.get(number)?;
    let colon = line.key_colon_column()?;
    let (_, last) = lines.text_extent(number);
    let text = lines.joined_item(number, last);
    let message = if text.starts_with(['“', '«']) {
        "SCHEMA001-typographic-quotes"
    } else {
        "SCHEMA001-colon-in-text"
    };
    let text = lines::straighten_typographic_quotes(&text);
    let fix = Fix {
        first: number,
        last,
        lines: vec![line.with_item(&lines::double_quoted(&text))],
    };
    let at = source.offset(number, colon);
    Some((message, Span::new(at, at), render_fix(Some(&fix), lang)))
}

/// A text where a list is expected: the same text as the list's first item.
pub fn text_for_list(source: &SourceFile, node: &Node, lang: Lang) -> String {
    let Some(text) = node.as_str() else {
        return String::new();
    };
    let item = |indent: usize| format!("{}- {}", " ".repeat(indent), one_line(text));
    shaped(source, node, lang, |_| vec![], item)
}

/// A text where a group of keys is expected: `pairs` (name, value) written under
/// the key, or as a list item; `{text}` in a value stands for the person's text.
pub fn text_for_object(
    source: &SourceFile,
    node: &Node,
    pairs: &[(&str, String)],
    in_list: bool,
    lang: Lang,
) -> String {
    let Some(text) = node.as_str() else {
        return String::new();
    };
    let text = one_line(text);
    let written: Vec<String> = pairs
        .iter()
        .map(|(name, value)| format!("{name}: {}", value.replace("{text}", &text)))
        .collect();
    let block = |indent: usize| {
        let pad = " ".repeat(indent);
        let mut out: Vec<String> = Vec::new();
        for (i, pair) in written.iter().enumerate() {
            match (in_list, i) {
                (true, 0) => out.push(format!("{pad}- {pair}")),
                (true, _) => out.push(format!("{pad}  {pair}")),
                (false, _) => out.push(format!("{pad}{pair}")),
            }
        }
        out
    };
    shaped(source, node, lang, block, |_| String::new())
}

/// The fix of a text node that should have another shape: `block(indent)` gives
/// the lines to write at an indentation (or `item(indent)` a single line).
fn shaped(
    source: &SourceFile,
    node: &Node,
    lang: Lang,
    block: impl Fn(usize) -> Vec<String>,
    item: impl Fn(usize) -> String,
) -> String {
    let lines = Lines::new(&source.text);
    let first = source.position(node.span.start).line;
    let last = source
        .position(node.span.end.saturating_sub(1).max(node.span.start))
        .line;
    let Some(line) = lines.get(first) else {
        return String::new();
    };
    let value_starts_here = line.value_column() == Some(source.position(node.span.start).column);
    let (mut out, indent) = if value_starts_here && line.is_key() {
        // `key: text`: the key keeps its line, the new shape goes under it.
        let key_line = line.with_value("").trim_end().to_owned();
        (vec![key_line], line.key_column().unwrap_or(0) + 2)
    } else {
        // `- text`, or a text on its own lines: replaced where it stands.
        (Vec::new(), line.indent())
    };
    let written = block(indent);
    if written.is_empty() {
        out.push(item(indent));
    } else {
        out.extend(written);
    }
    let fix = Fix {
        first,
        last,
        lines: out,
    };
    render_fix(Some(&fix), lang)
}

/// A text on one line, as plain YAML when it can be, else between double quotes.
fn one_line(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    lines::plain_or_quoted(&joined)
}

/// The keys (name, example value) to write for a group of keys given as a text;
/// `{text}` is the person's own text, kept in the key that says what is done.
pub fn example_pairs(field: &Field, french: bool, text: &str) -> Vec<(&'static str, String)> {
    let name = |en: &'static str, fr: &'static str| if french { fr } else { en };
    let text_value = "{text}".to_owned();
    let categories = || {
        let ids = categories_named_in(text);
        if ids.is_empty() {
            name("[all]", "[tous]").to_owned()
        } else {
            format!("[{}]", ids.join(", "))
        }
    };
    match field.en {
        "complementary_actions" => vec![("categories", categories()), ("action", text_value)],
        "audience" => vec![("categories", categories())],
        "steps" => vec![(name("label", "libelle"), text_value)],
        "resources" => vec![
            (name("kind", "nature"), name("staff", "humain").to_owned()),
            ("description", text_value),
            ("mobilisable", name("true", "oui").to_owned()),
        ],
        "evaluation" => vec![
            (name("criterion", "critere"), text_value.clone()),
            (name("indicator", "indicateur"), text_value.clone()),
            (name("method", "modalite"), text_value),
        ],
        "piloting" => vec![
            (
                name("level", "niveau"),
                name("academic", "academique").to_owned(),
            ),
            (name("lead", "porteur"), text_value),
        ],
        "calendar" => vec![
            (name("start", "debut"), "2025-09".to_owned()),
            (name("end", "fin"), "2026-06".to_owned()),
        ],
        "experimentation" => vec![
            (name("scope", "perimetre"), text_value),
            (name("duration_months", "duree_mois"), "6".to_owned()),
        ],
        _ => Vec::new(),
    }
}

/// The category ids that a sentence names (« des ateliers pour les AESH » → aesh).
fn categories_named_in(text: &str) -> Vec<&'static str> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '.' | ':' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut ids: Vec<&'static str> = Vec::new();
    for size in (1..=5).rev() {
        for window in words.windows(size) {
            for id in category_aliases(&window.join(" ")) {
                if *id != "tous" && !ids.contains(id) {
                    ids.push(id);
                }
            }
        }
    }
    ids
}

/// A line of a text left at the indentation of the keys, read as an unknown key
/// named after its first words (`sans interlocuteur : rien n'existe.`): the
/// message, where the line starts, and the fix that puts it back into its text.
pub fn sentence_read_as_key(
    source: &SourceFile,
    key: &Node,
    lang: Lang,
) -> Option<(&'static str, Span, String)> {
    let name = key.as_str()?;
    if name.split_whitespace().count() < 2 {
        return None;
    }
    let lines = Lines::new(&source.text);
    let number = source.position(key.span.start).line;
    let line = lines.get(number)?;
    let fix = if let Some(indent) = lines.block_text_indent(number) {
        let fixed = format!("{}{}", " ".repeat(indent), line.content());
        Fix {
            first: number,
            last: number,
            lines: vec![fixed],
        }
    } else {
        let (previous_number, previous) = lines.previous_content(number)?;
        if previous.value().is_none_or(str::is_empty) {
            return None;
        }
        let (start, _) = lines.text_extent(previous_number);
        let owner = lines.get(start)?;
        let mut text = lines.joined_value(start, previous_number);
        text.push(' ');
        text.push_str(line.content().trim_end());
        let text = text.trim_start_matches(['"', '\'']).to_owned();
        Fix {
            first: start,
            last: number,
            lines: vec![owner.with_value(&lines::double_quoted(&text))],
        }
    };
    let at = source.offset(number, line.indent() + 1);
    let fix = render_fix(Some(&fix), lang);
    Some(("SCHEMA001-sentence-as-key", Span::new(at, at), fix))
}

/// The lines of a section the file lacks, as the hint shows them: the key and,
/// under it, what it holds, with `[À compléter]` where the person has to write.
pub fn example_for_missing(field: &Field, french: bool, lang: Lang) -> String {
    let placeholder = lines::double_quoted(&lang.message("placeholder", &crate::i18n::Args::new()));
    let name = field.name(french);
    let mut out = vec![format!("{name}:")];
    let pairs = example_pairs(field, french, &placeholder);
    let pair =
        |(key, value): &(&str, String)| format!("{key}: {}", value.replace("{text}", &placeholder));
    match &field.kind {
        Kind::Text if field.en == "id" => out[0] = format!("{name}: A1-01"),
        Kind::Text => out[0] = format!("{name}: {placeholder}"),
        Kind::Integer => out[0] = format!("{name}: 1"),
        Kind::List(Kind::Object(_)) => {
            for (i, p) in pairs.iter().enumerate() {
                let lead = if i == 0 { "  - " } else { "    " };
                out.push(format!("{lead}{}", pair(p)));
            }
        }
        Kind::List(_) => out.push(format!("  - {placeholder}")),
        Kind::Object(_) => out.extend(pairs.iter().map(|p| format!("  {}", pair(p)))),
        _ => return String::new(),
    }
    let intro = lang.message("slip-example-end", &crate::i18n::Args::new());
    example(&intro, &out)
}

/// A sentence, then the lines to write, each after the gutter.
fn example(intro: &str, lines: &[String]) -> String {
    let mut text = format!(" {intro}");
    for line in lines {
        text.push('\n');
        text.push_str(super::FIX_GUTTER);
        text.push_str(line);
    }
    text
}

/// A complementary action for the categories `ids`, as the hint of `COV001`
/// shows it: the whole section at the end of the file, or one more item under
/// the section when the file has one already.
pub fn complementary_example(
    ids: &[&str],
    french: bool,
    section_exists: bool,
    lang: Lang,
) -> String {
    let placeholder = lines::double_quoted(&lang.message("placeholder", &crate::i18n::Args::new()));
    let section = if french {
        "actions_complementaires"
    } else {
        "complementary_actions"
    };
    let mut out = Vec::new();
    if !section_exists {
        out.push(format!("{section}:"));
    }
    out.push(format!("  - categories: [{}]", ids.join(", ")));
    out.push(format!("    action: {placeholder}"));
    let intro = if section_exists {
        let args = crate::i18n::Args::new().with("section", section);
        lang.message("slip-example-under", &args)
    } else {
        lang.message("slip-example-end", &crate::i18n::Args::new())
    };
    example(&intro, &out)
}

/// A key given twice in one list item, the second time at the start of a line
/// aligned with the item's keys (`  - libelle: A` … `    libelle: B`): a new
/// item whose `- ` is missing. The fix as the hint shows it.
pub fn missing_dash(source: &SourceFile, first: Span, second: Span, lang: Lang) -> Option<String> {
    let lines = Lines::new(&source.text);
    let first_place = source.position(first.start);
    let second_place = source.position(second.start);
    let item = lines.get(first_place.line)?;
    let line = lines.get(second_place.line)?;
    let starts_item = item.is_dash() && item.key_column() == Some(first_place.column - 1);
    let aligned = !line.is_dash()
        && line.indent() == item.key_column()?
        && line.indent() == second_place.column - 1;
    if !(starts_item && aligned) {
        return None;
    }
    let fixed = format!("{}- {}", " ".repeat(item.indent()), line.content());
    let fix = Fix {
        first: second_place.line,
        last: second_place.line,
        lines: vec![fixed],
    };
    Some(render_fix(Some(&fix), lang))
}
