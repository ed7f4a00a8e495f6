//! Reading the proposals' prose: words, placeholders, verbs in any inflection.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::vocabulary::fold;

/// Words are maximal runs of letters or digits: `l'académie` is two words.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
}

/// How many [`words`]: the starts of runs of letters or digits, counted
/// without cutting the text (`CAN001`, `CAN002`). ASCII is read byte by
/// byte from a table, other characters decoded: a third cheaper than
/// decoding every character.
pub fn word_count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut in_word = false;
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let letter = if byte.is_ascii() {
            at += 1;
            ASCII_WORD[usize::from(byte)]
        } else {
            // `at` is the start of a character: the loop steps by characters.
            let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            at += c.len_utf8();
            is_word_char(c)
        };
        count += usize::from(letter && !in_word);
        in_word = letter;
    }
    count
}

/// For each ASCII byte, whether it is a letter or a digit.
static ASCII_WORD: [bool; 128] = {
    let mut table = [false; 128];
    let mut byte: u8 = 0;
    while byte < 128 {
        table[byte as usize] = byte.is_ascii_alphanumeric();
        byte += 1;
    }
    table
};

/// [`char::is_alphanumeric`], with the accented letters of French (Latin-1:
/// every character from `À` to `ÿ` but `×` and `÷`) known without a search
/// of the Unicode tables.
fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        'À'..='ÿ' => !matches!(c, '×' | '÷'),
        _ => c.is_alphanumeric(),
    }
}

/// Calls `then` with [`lowercase`]`(text)`, lowered once for the rules that
/// read the same text one after the other (`CON003` and `PIL003` both look
/// for their words in the solution): the last text lowered on this thread is
/// kept.
pub fn with_lowercase<R>(text: &str, then: impl FnOnce(&str) -> R) -> R {
    thread_local! {
        /// The text as written, and lowered.
        static LAST: RefCell<(String, String)> = RefCell::default();
    }
    LAST.with_borrow_mut(|(written, lower)| {
        if written != text {
            written.clear();
            written.push_str(text);
            *lower = lowercase(text);
        }
        then(lower)
    })
}

/// `text.to_lowercase()`, faster on French prose: the standard library
/// lowers character by character from the first non-ASCII one on (« é »),
/// while here the ASCII letters are lowered at once and only the other
/// characters are looked at. The same string either way: the general path
/// is taken when a character beyond ASCII changes.
pub fn lowercase(text: &str) -> String {
    let only_ascii_changes = text
        .chars()
        .all(|c| c.is_ascii() || c.to_lowercase().eq(std::iter::once(c)));
    if !only_ascii_changes {
        return text.to_lowercase();
    }
    let mut lower = text.to_owned();
    lower.make_ascii_lowercase();
    lower
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
    // Most texts have no bracket: one vectorised search rules them out.
    memchr::memchr2(b'[', b'<', text.as_bytes())?;
    bracketed(text).find(|inner| is_placeholder(inner))
}

fn is_placeholder(text: &str) -> bool {
    // The longest placeholder is 12 bytes: longer texts are not folded at all.
    text.trim().len() <= 16
        && may_fold_to_any(text, PLACEHOLDERS)
        && PLACEHOLDERS.contains(&fold(text).as_str())
}

/// Whether `text` may fold ([`fold`]) to one of `folded`, told from its first
/// character without folding: an ASCII character other than a separator
/// folds to itself in lower case, and starts the folded text. Rules out most
/// texts before they are folded (`CAN006`, `PIL002` on every short text).
pub(crate) fn may_fold_to_any(text: &str, folded: &[&str]) -> bool {
    match text.trim_start().bytes().next() {
        None => folded.contains(&""),
        Some(byte) if byte.is_ascii() && !matches!(byte, b'_' | b'-') => {
            let byte = byte.to_ascii_lowercase();
            folded.iter().any(|f| f.as_bytes().first() == Some(&byte))
        }
        Some(_) => true, // an accent or a separator: fold to know
    }
}

/// The texts between `[` and `]` or `<` and `>`.
fn bracketed(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        loop {
            // Bytes, not characters: `[` and `<` are ASCII, and a search by
            // character decodes every letter of every text (`CAN006`).
            let open = memchr::memchr2(b'[', b'<', rest.as_bytes())?;
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
    fn word_characters_are_the_alphanumeric_ones() {
        for c in ('\0'..='\u{2FF}').chain(['œ', 'Œ', '€', '’', '²', '½']) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
        for text in [
            "",
            " - ",
            "l'académie d'Aix-Marseille, 2025",
            "«× ÷»",
            "Œuvre à 2×3",
        ] {
            assert_eq!(word_count(text), words(text).count(), "{text}");
        }
    }

    #[test]
    fn lowercase_is_the_standard_one() {
        for text in [
            "",
            "Publier un guide",
            "Élaborer À LA DRH ; Œuvre",
            "déjà mis en œuvre",
            "ΣΟΦΟΣ Σ",
            "Ǆemal ǅ İstanbul ﬁ",
        ] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
        }
    }

    #[test]
    fn the_last_text_lowered_is_kept_for_the_next_rule() {
        for text in [
            "Créer un Guide",
            "Créer un Guide",
            "Élaborer",
            "",
            "Créer un Guide",
        ] {
            assert_eq!(with_lowercase(text, str::to_owned), text.to_lowercase());
        }
    }

    #[test]
    fn only_texts_that_may_fold_to_a_word_are_kept() {
        let missing = ["", "?", "a_designer"];
        for text in ["", "  ", "?", "A désigner", "à désigner", "-a", "_?"] {
            assert!(may_fold_to_any(text, &missing), "{text:?}");
        }
        for text in ["Secrétariat général", "DRH", "b"] {
            assert!(!may_fold_to_any(text, &missing), "{text:?}");
        }
        assert!(!may_fold_to_any("", &["todo"]));
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
        assert!(placeholder("« Voir <la DRH> », puis [TBD]").is_some());
        assert!(placeholder("_Todo").is_some());
    }
}
