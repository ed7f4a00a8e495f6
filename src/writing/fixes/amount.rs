//! Amounts written as people write them (`8 000 €`, `8000,50`, `1 500 euros`)
//! read back as a YAML number, when only one reading is possible: `8,000` and
//! `8.000` are left alone (thousands to some readers, a decimal to others).

/// The number a written amount stands for, as YAML writes it (`8000`, `8000.5`).
pub(super) fn number(written: &str) -> Option<String> {
    let text = strip_currency(written.trim());
    // Spaces, no-break spaces and narrow no-break spaces group thousands.
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let (whole, fraction) = match digits.split_once([',', '.']) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits.as_str(), None),
    };
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if grouped_badly(text) {
        return None;
    }
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    match fraction {
        None => Some(whole.to_owned()),
        // Cents: one or two digits after the separator; three would be thousands.
        Some(f) if (1..=2).contains(&f.len()) && f.bytes().all(|b| b.is_ascii_digit()) => {
            Some(format!("{whole}.{f}"))
        }
        Some(_) => None,
    }
}

/// The text without a euro sign or word before or after it.
fn strip_currency(text: &str) -> &str {
    let mut text = text;
    for unit in ["€", "euros", "euro", "EUR", "eur", "Euros"] {
        if let Some(rest) = text.strip_suffix(unit) {
            text = rest.trim_end();
            break;
        }
        if let Some(rest) = text.strip_prefix(unit) {
            text = rest.trim_start();
            break;
        }
    }
    text
}

/// Whether spaces split the whole part anywhere but between groups of three
/// (`80 00` is not a way to write 8000).
fn grouped_badly(text: &str) -> bool {
    let whole = text.split([',', '.']).next().unwrap_or("");
    let groups: Vec<&str> = whole
        .split([' ', '\u{a0}', '\u{202f}'])
        .filter(|g| !g.is_empty())
        .collect();
    groups.len() > 1 && groups[1..].iter().any(|g| g.len() != 3)
        || groups
            .first()
            .is_some_and(|g| groups.len() > 1 && g.len() > 3)
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn written_amounts_become_numbers() {
        assert_eq!(number("8 000 €").as_deref(), Some("8000"));
        assert_eq!(number("8\u{202f}000\u{a0}€").as_deref(), Some("8000"));
        assert_eq!(number("8000,50").as_deref(), Some("8000.50"));
        assert_eq!(number("1 500 euros").as_deref(), Some("1500"));
        assert_eq!(number("12 000,5 €").as_deref(), Some("12000.5"));
        assert_eq!(number("€250").as_deref(), Some("250"));
    }

    #[test]
    fn uncertain_amounts_are_left_alone() {
        for text in [
            "8,000",
            "8.000",
            "80 00",
            "huit mille",
            "8 000 $",
            "",
            "€",
            "1 2345",
        ] {
            assert_eq!(number(text), None, "{text:?}");
        }
    }
}
