//! Sentences of a text (`PIL003`): a sentence ends at `.`, `!`, `?`, `;` or at
//! the end of a list item; `:` does not end one, nor the period of an
//! abbreviation (`n°`, `M.`, `cf.`) or of a number (`1.5`).

/// Words whose period does not end a sentence (lower case, without the period).
const ABBREVIATIONS: &[&str] = &[
    "n", "no", "n°", "m", "mm", "mme", "mmes", "mlle", "cf", "art", "p", "ex", "al", "vol", "env",
    "dr", "pr", "st", "ste",
];

/// The sentences of `text`, trimmed, empty ones left out.
pub fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        loop {
            if rest.is_empty() {
                return None;
            }
            let end = sentence_end(rest);
            let (sentence, after) = rest.split_at(end);
            rest = after;
            let sentence = sentence.trim_matches(|c: char| c.is_whitespace() || is_list_marker(c));
            if !sentence.is_empty() {
                return Some(sentence);
            }
        }
    })
}

/// The byte offset just past the end of the first sentence of `text`.
fn sentence_end(text: &str) -> usize {
    for (i, c) in text.char_indices() {
        let after = i + c.len_utf8();
        match c {
            '!' | '?' | ';' => return after,
            '.' if !period_continues(&text[..i], &text[after..]) => return after,
            '\n' if starts_list_item(&text[after..]) => return after,
            _ => {}
        }
    }
    text.len()
}

/// Whether the period between `before` and `after` belongs to an
/// abbreviation or a number rather than ending the sentence.
fn period_continues(before: &str, after: &str) -> bool {
    let word = before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '°'))
        .next()
        .unwrap_or_default();
    let digit_before = word.chars().last().is_some_and(|c| c.is_ascii_digit());
    let digit_after = after.chars().next().is_some_and(|c| c.is_ascii_digit());
    if digit_before && digit_after {
        return true;
    }
    // « 1. » numbering a list item.
    let line = before.rsplit('\n').next().unwrap_or_default();
    if !word.is_empty() && line.trim() == word && word.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    initial || ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

fn starts_list_item(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t']);
    let mut chars = line.chars();
    match chars.next() {
        Some(c) if is_list_marker(c) => chars.next().is_none_or(char::is_whitespace),
        Some(c) if c.is_ascii_digit() => {
            let digits = line.trim_start_matches(|c: char| c.is_ascii_digit());
            digits.starts_with(". ") || digits.starts_with(") ")
        }
        _ => false,
    }
}

fn is_list_marker(c: char) -> bool {
    matches!(c, '-' | '*' | '•' | '–' | '—')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).collect()
    }

    #[test]
    fn ends_at_periods_semicolons_and_list_items() {
        assert_eq!(
            split("Créer un guide ; le diffuser. Puis ? Oui !"),
            ["Créer un guide ;", "le diffuser.", "Puis ?", "Oui !"]
        );
        assert_eq!(
            split("Deux actions :\n- un guide\n- une permanence"),
            ["Deux actions :", "un guide", "une permanence"]
        );
        assert_eq!(
            split("Deux actions :\n1. un guide\n2) une permanence"),
            ["Deux actions :", "1. un guide", "2) une permanence"]
        );
    }

    #[test]
    fn abbreviations_and_numbers_do_not_end_a_sentence() {
        assert_eq!(
            split("Selon le décret n° 2022-633 (cf. art. 3), M. Durand relaie 1.5 % de plus. Fin"),
            [
                "Selon le décret n° 2022-633 (cf. art. 3), M. Durand relaie 1.5 % de plus.",
                "Fin"
            ]
        );
        assert_eq!(split("Le n. 3 reste."), ["Le n. 3 reste."]);
    }
}
