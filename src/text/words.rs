//! Reading the proposals' prose: words, placeholders, verbs in any inflection.

use std::cell::RefCell;
use std::collections::HashMap;
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
    if is_placeholder(text) {
        return Some(text.trim());
    }
    bracketed(text).find(|inner| is_placeholder(inner))
}

fn is_placeholder(text: &str) -> bool {
    // The longest placeholder is 12 bytes: longer texts are not folded at all.
    text.trim().len() <= 16 && PLACEHOLDERS.contains(&fold(text).as_str())
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

/// The French (Snowball) stem of a word, lower-cased.
pub(crate) fn stem(word: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    thread_local! {
        // Proposals repeat their words: stemming each once per thread halves CON003.
        static CACHE: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
    }
    CACHE.with_borrow_mut(|cache| {
        if let Some(stem) = cache.get(word) {
            return stem.clone();
        }
        let stemmer = STEMMER.get_or_init(|| Stemmer::create(Algorithm::French));
        let stem = stemmer.stem(&word.to_lowercase()).into_owned();
        if cache.len() < 100_000 {
            cache.insert(word.to_owned(), stem.clone());
        }
        stem
    })
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
}
