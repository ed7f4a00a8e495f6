//! Reading the proposals' prose: words, placeholders, verbs in any inflection.

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::vocabulary::fold;

/// Words are maximal runs of letters or digits: `l'académie` is two words.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

pub fn word_count(text: &str) -> usize {
    words(text).count()
}

/// The placeholders of the template (`CAN006`), folded.
const PLACEHOLDERS: &[&str] = &[
    "todo",
    "tbd",
    "a_completer",
    "a_definir",
    "a_preciser",
    "...",
    "…",
    "xxx",
];

/// Whether `text` is a placeholder, or holds one between brackets (`[À compléter]`).
pub fn placeholder(text: &str) -> Option<&str> {
    if PLACEHOLDERS.contains(&fold(text).as_str()) {
        return Some(text.trim());
    }
    bracketed(text).find(|inner| PLACEHOLDERS.contains(&fold(inner).as_str()))
}

/// The texts between `[` and `]` or `<` and `>`.
fn bracketed(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        loop {
            let open = rest.find(['[', '<'])?;
            let close_char = if rest[open..].starts_with('[') {
                ']'
            } else {
                '>'
            };
            let after = &rest[open + 1..];
            match after.find(close_char) {
                Some(close) => {
                    rest = &after[close + 1..];
                    return Some(&after[..close]);
                }
                None => rest = after,
            }
        }
    })
}

/// Words that share a stem with an action verb without being one
/// (`établissement` is a school, not the act of establishing).
const NOT_ACTIONS: &[&str] = &["etablissement", "etablissements", "forme", "formes"];

/// Whether any of `phrases` (verbs, possibly of several words) occurs in `text`
/// in any inflection: both are compared word by word, as French stems.
pub fn mentions_any(text: &str, phrases: &[String]) -> bool {
    let stems: Vec<String> = words(text)
        .filter(|w| !NOT_ACTIONS.contains(&fold(w).as_str()))
        .map(stem)
        .collect();
    phrases.iter().any(|phrase| {
        let wanted: Vec<String> = words(phrase).map(stem).collect();
        !wanted.is_empty()
            && stems
                .windows(wanted.len())
                .any(|window| window == wanted.as_slice())
    })
}

fn stem(word: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    let stemmer = STEMMER.get_or_init(|| Stemmer::create(Algorithm::French));
    fold(&stemmer.stem(&word.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophes_and_hyphens_separate_words() {
        assert_eq!(word_count("l'académie d'Aix-Marseille, 2025"), 6);
    }

    #[test]
    fn placeholders_whole_or_bracketed() {
        assert!(placeholder("  À compléter ").is_some());
        assert!(placeholder("TODO").is_some());
        assert!(placeholder("…").is_some());
        assert!(placeholder("Le guide [À préciser] sera publié").is_some());
        assert!(placeholder("<à définir>").is_some());
        assert!(placeholder("Un formulaire à compléter est remis").is_none());
        assert!(placeholder("[note] sans rien").is_none());
    }

    #[test]
    fn verbs_match_in_any_inflection() {
        let vague = vec!["sensibiliser".to_owned()];
        assert!(mentions_any("Une campagne de sensibilisation", &vague));
        let action = vec!["mettre en place".to_owned(), "établir".to_owned()];
        assert!(mentions_any(
            "Nous allons mettre en place un guide",
            &action
        ));
        assert!(!mentions_any("dans chaque établissement", &action));
    }
}
