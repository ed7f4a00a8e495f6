//! The file `new --interactive` writes, laid out like the template of
//! `canevas new`: the template's comments under each section, a blank line
//! between sections, and long texts folded (`>`) on lines of at most 80
//! characters instead of one endless line.

use std::collections::HashMap;

use crate::i18n::Lang;
use crate::writing::template;

/// The widest line a folded text is written on.
const WIDTH: usize = 80;

/// `yaml` with, after each root section, the comment lines that the template
/// has after the same section, and a blank line before the next one.
pub(super) fn with_comments(yaml: &str, lang: Lang) -> String {
    let comments = template_comments(template::source(lang));
    let mut out = String::with_capacity(yaml.len() * 2);
    let mut current: Option<&str> = None;
    let close = |out: &mut String, key: Option<&str>| {
        for comment in key.and_then(|k| comments.get(k)).into_iter().flatten() {
            out.push_str(comment);
            out.push('\n');
        }
    };
    for line in yaml.lines() {
        if let Some(key) = root_key(line) {
            if current.is_some() {
                close(&mut out, current);
                out.push('\n');
            }
            current = Some(key);
        }
        // `key: ` before a list that starts on the next line.
        out.push_str(line.trim_end());
        out.push('\n');
    }
    close(&mut out, current);
    out
}

/// The comment lines that follow each root section of the template (the
/// header, above the first section, speaks of placeholders: it is left out).
fn template_comments(source: &str) -> HashMap<&str, Vec<&str>> {
    let mut comments: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut current = None;
    for line in source.lines() {
        if let Some(key) = root_key(line) {
            current = Some(key);
        } else if let Some(key) = current.filter(|_| line.starts_with('#')) {
            comments.entry(key).or_default().push(line);
        }
    }
    comments
}

/// `titre` for `titre: …`: a key at the left edge.
fn root_key(line: &str) -> Option<&str> {
    if line.starts_with([' ', '#', '-']) {
        return None;
    }
    let (key, _) = line.split_once(':')?;
    (!key.is_empty() && !key.contains(' ')).then_some(key)
}

/// A text as the value of a key at `indent`: quoted when it fits on its line,
/// else folded (`>`) on lines of at most [`WIDTH`] characters, which YAML reads
/// back as the same text (its words separated by single spaces).
pub(super) fn folded(text: &str, indent: usize, quote: fn(&str) -> String) -> String {
    let quoted = quote(text);
    // A key of about 20 characters: a short text stays on the key's line.
    let fits = indent + 20 + quoted.chars().count() <= WIDTH;
    if fits || text.chars().any(char::is_control) {
        return quoted;
    }
    let pad = " ".repeat(indent + 2);
    let mut out = String::from(">");
    let mut line_len = usize::MAX;
    for word in text.split_whitespace() {
        let len = word.chars().count();
        if line_len == usize::MAX || line_len + 1 + len > WIDTH {
            out.push('\n');
            out.push_str(&pad);
            line_len = pad.len();
        } else {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(word);
        line_len += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(text: &str) -> String {
        format!("\"{text}\"")
    }

    #[test]
    fn long_texts_are_folded_within_the_width() {
        let text = "mot ".repeat(60);
        let folded = folded(text.trim(), 0, quote);
        assert!(folded.starts_with(">\n  mot"));
        assert!(folded.lines().all(|l| l.chars().count() <= WIDTH));
        assert_eq!(
            folded
                .lines()
                .skip(1)
                .collect::<Vec<_>>()
                .join(" ")
                .split_whitespace()
                .count(),
            60
        );
        assert_eq!(super::folded("court", 0, quote), "\"court\"");
    }

    #[test]
    fn each_section_gets_the_comments_of_the_template() {
        let yaml = "titre: \"X\"\naxe: 2\n";
        let out = with_comments(yaml, Lang::Fr);
        let title = out.find("titre:").unwrap();
        let axis = out.find("axe:").unwrap();
        let comment = out.find("# Un titre court").unwrap();
        assert!(title < comment && comment < axis, "{out}");
        assert!(!out.contains("[À compléter]"), "{out}");
    }
}
