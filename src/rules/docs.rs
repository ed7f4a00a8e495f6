//! The documentation of every code, one Markdown file per code and language
//! (`docs/fr/CAN001.md`, `docs/en/CAN001.md`, read by the rule's
//! `declare_rule!`), printed by `canevas explain`. Each file is a `# CODE`
//! heading followed by five `## ` sections, always in this order: what
//! the rule checks, why (the plan's words), how to satisfy it, an excerpt to
//! avoid and one to write. The section headings are written in the file, so the
//! text of a language lives in one place.

use crate::i18n::Lang;
use crate::rules::Code;

/// The parts of a code's documentation, in their order in the files.
pub const PARTS: usize = 5;

/// One section of a code's documentation: its heading and its Markdown body.
#[derive(Clone, Copy, Debug)]
pub struct Section {
    pub heading: &'static str,
    pub body: &'static str,
}

/// The documentation of a code in a language.
#[derive(Debug)]
pub struct RuleDoc {
    pub sections: Vec<Section>,
}

impl RuleDoc {
    /// The YAML excerpt to avoid (the fourth part).
    pub fn bad_excerpt(&self) -> Option<&'static str> {
        self.sections.get(3).and_then(|s| yaml_block(s.body))
    }

    /// The YAML excerpt to write (the fifth part).
    pub fn good_excerpt(&self) -> Option<&'static str> {
        self.sections.get(4).and_then(|s| yaml_block(s.body))
    }
}

/// The documentation of `code` in `lang`, when its file has it.
pub fn doc(code: Code, lang: Lang) -> Option<RuleDoc> {
    let [fr, en] = code.meta().docs;
    let source = match lang {
        Lang::Fr => fr,
        Lang::En => en,
    };
    let heading = format!("# {code}\n");
    let text = source.strip_prefix(&heading)?.strip_prefix("## ")?;
    let sections = text
        .split("\n## ")
        .map(|part| {
            let (heading, body) = part.split_once('\n').unwrap_or((part, ""));
            Section {
                heading: heading.trim(),
                body: body.trim(),
            }
        })
        .collect();
    Some(RuleDoc { sections })
}

/// The content of the first ```` ```yaml ```` block of a section.
pub fn yaml_block(body: &str) -> Option<&str> {
    let start = body.find("```yaml\n")? + "```yaml\n".len();
    let len = body[start..].find("```")?;
    Some(&body[start..start + len])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RULES;

    #[test]
    fn every_code_has_five_non_empty_parts_in_both_languages() {
        for rule in RULES {
            for lang in [Lang::Fr, Lang::En] {
                let doc = doc(rule.code, lang)
                    .unwrap_or_else(|| panic!("{} has no {lang:?} documentation", rule.code));
                assert_eq!(doc.sections.len(), PARTS, "{} {lang:?}", rule.code);
                for section in &doc.sections {
                    assert!(!section.heading.is_empty() && !section.body.is_empty());
                }
                assert!(doc.bad_excerpt().is_some(), "{} {lang:?}", rule.code);
                assert!(doc.good_excerpt().is_some(), "{} {lang:?}", rule.code);
            }
        }
    }

    #[test]
    fn headings_are_the_same_for_every_code() {
        for lang in [Lang::Fr, Lang::En] {
            let first = doc(RULES[0].code, lang).unwrap();
            for rule in RULES {
                let doc = doc(rule.code, lang).unwrap();
                for (a, b) in doc.sections.iter().zip(&first.sections) {
                    assert_eq!(a.heading, b.heading, "{} {lang:?}", rule.code);
                }
            }
        }
    }
}
