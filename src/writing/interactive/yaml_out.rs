//! The answers as a proposal file: keys in the language of the run (from the
//! key table), every text double-quoted and escaped, so that whatever the user
//! typed (`#`, `: `, `no`, quotes) stays a text.

use std::fmt::Write;

use super::{Answers, key, layout};
use crate::i18n::Lang;
use crate::vocabulary::Variant;

/// The proposal file, laid out like the template: its comments under each
/// section, long texts folded on lines of at most 80 characters.
pub(super) fn write(a: &Answers, lang: Lang) -> String {
    layout::with_comments(&sections(a, lang), lang)
}

fn sections(a: &Answers, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    let k = |path: &[&str]| key(path, lang);
    let v = |variant: &Variant| variant.name(fr);
    let mut out = String::new();
    let o = &mut out;
    line(o, 0, k(&["id"]), &quote(&a.id));
    line(o, 0, k(&["title"]), &quote(&a.title));
    line(o, 0, k(&["axis"]), &a.axis.to_string());
    let themes: Vec<&str> = a.themes.iter().map(|t| v(t.variant())).collect();
    line(o, 0, k(&["themes"]), &format!("[{}]", themes.join(", ")));
    line(o, 0, k(&["status"]), v(a.status.variant()));
    if let Some(group) = &a.group {
        line(o, 0, k(&["group"]), &quote(group));
    }
    line(o, 0, k(&["problem"]), &layout::folded(&a.problem, 0, quote));
    line(
        o,
        0,
        k(&["solution"]),
        &layout::folded(&a.solution, 0, quote),
    );
    open(o, 0, k(&["success_conditions"]));
    for condition in &a.success_conditions {
        let _ = writeln!(o, "  - {}", quote(condition));
    }
    open(o, 0, k(&["calendar"]));
    line(o, 2, k(&["calendar", "start"]), &a.start);
    line(o, 2, k(&["calendar", "end"]), &a.end);
    open(o, 0, k(&["steps"]));
    for step in &a.steps {
        item(o, k(&["steps", "label"]), &quote(&step.label));
        line(o, 4, k(&["steps", "due"]), &step.due);
        if let Some(deliverable) = &step.deliverable {
            line(o, 4, k(&["steps", "deliverable"]), &quote(deliverable));
        }
    }
    open(o, 0, k(&["piloting"]));
    line(o, 2, k(&["piloting", "level"]), v(a.level.variant()));
    line(o, 2, k(&["piloting", "lead"]), &quote(&a.lead));
    line(o, 2, k(&["piloting", "partners"]), &list(&a.partners, 2));
    open(o, 0, k(&["audience"]));
    line(
        o,
        2,
        k(&["audience", "categories"]),
        &list(&a.categories, 2),
    );
    if let Some((categories, action)) = &a.complementary {
        open(o, 0, k(&["complementary_actions"]));
        item(
            o,
            k(&["complementary_actions", "categories"]),
            &list(categories, 4),
        );
        line(
            o,
            4,
            k(&["complementary_actions", "action"]),
            &layout::folded(action, 4, quote),
        );
    }
    open(o, 0, k(&["resources"]));
    for resource in &a.resources {
        item(o, k(&["resources", "kind"]), v(resource.kind.variant()));
        line(
            o,
            4,
            k(&["resources", "description"]),
            &quote(&resource.description),
        );
        if let Some(amount) = resource.amount {
            line(o, 4, k(&["resources", "amount"]), &amount.to_string());
        }
        let yes = if fr { "oui" } else { "true" };
        line(o, 4, k(&["resources", "mobilisable"]), yes);
    }
    open(o, 0, k(&["evaluation"]));
    for c in &a.evaluation {
        item(o, k(&["evaluation", "criterion"]), &quote(&c.criterion));
        line(o, 4, k(&["evaluation", "indicator"]), &quote(&c.indicator));
        if let Some(target) = &c.target {
            line(o, 4, k(&["evaluation", "target"]), &quote(target));
        }
        line(o, 4, k(&["evaluation", "method"]), &quote(&c.method));
    }
    out
}

fn line(out: &mut String, indent: usize, key: &str, value: &str) {
    let _ = writeln!(out, "{:indent$}{key}: {value}", "");
}

fn open(out: &mut String, indent: usize, key: &str) {
    let _ = writeln!(out, "{:indent$}{key}:", "");
}

/// The first key of a list item.
fn item(out: &mut String, key: &str, value: &str) {
    let _ = writeln!(out, "  - {key}: {value}");
}

/// A list of texts under a key at `indent`: on the key's line when it fits
/// (`["a", "b"]`), else one item a line.
fn list(items: &[String], indent: usize) -> String {
    let flow = flow(items);
    if indent + 20 + flow.chars().count() <= 80 || items.is_empty() {
        return flow;
    }
    let pad = " ".repeat(indent + 2);
    items
        .iter()
        .map(|i| format!("\n{pad}- {}", quote(i)))
        .collect()
}

/// A list of texts on one line: `["a", "b"]`.
fn flow(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| quote(i)).collect();
    format!("[{}]", quoted.join(", "))
}

/// A YAML double-quoted scalar: backslashes, quotes and control characters escaped.
pub(super) fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_quoted_and_escaped() {
        assert_eq!(quote("a \"b\" # c: d\\"), "\"a \\\"b\\\" # c: d\\\\\"");
        assert_eq!(quote("no"), "\"no\"");
        assert_eq!(quote("x\u{7}"), "\"x\\u0007\"");
    }
}
