//! Amounts as people type them: `8000,50` (the French decimal comma),
//! `8 000` (a space between thousands, plain or no-break), `8 000 €`. One
//! reader for the interactive mode and for `--fix`: the fix takes only the
//! readings that cannot be wrong.

/// The amount in `text`, when it is a number of euros ≥ 0 written in the
/// French or the English way (`8.000,50` and `8,000.50` both read 8000.5);
/// `None` otherwise. For answers the person sees read back; a fix written
/// into a file takes [`unambiguous_amount`].
pub fn parse_amount(text: &str) -> Option<f64> {
    let digits = without_group_spaces(strip_currency(text.trim()));
    let normal = match (digits.rfind(','), digits.rfind('.')) {
        // `8.000,50`: dots between thousands, a decimal comma.
        (Some(comma), Some(dot)) if dot < comma => digits.replace('.', "").replace(',', "."),
        // `8,000.50`: commas between thousands.
        (Some(_), Some(_)) => digits.replace(',', ""),
        (Some(_), None) => digits.replace(',', "."),
        _ => digits,
    };
    if normal.is_empty() || !normal.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    normal.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// The number a written amount stands for, as YAML writes it (`8000`,
/// `8000.5`), when only one reading is possible: `8,000` and `8.000` are
/// `None` (thousands to some readers, a decimal to others), as is a whole part
/// grouped other than by three (`80 00`). `--fix` writes only what this gives.
pub fn unambiguous_amount(written: &str) -> Option<String> {
    let text = strip_currency(written.trim());
    let digits = without_group_spaces(text);
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

/// The digits and separators of an amount: spaces, no-break spaces and
/// narrow no-break spaces only group thousands.
fn without_group_spaces(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_english_amounts() {
        assert_eq!(parse_amount("8000,50"), Some(8000.5));
        assert_eq!(parse_amount("8 000"), Some(8000.0));
        assert_eq!(parse_amount("8\u{202f}000,50 €"), Some(8000.5));
        assert_eq!(parse_amount("8.000,50"), Some(8000.5));
        assert_eq!(parse_amount("8,000.50"), Some(8000.5));
        assert_eq!(parse_amount("12000"), Some(12000.0));
        assert_eq!(parse_amount("1500 euros"), Some(1500.0));
    }

    #[test]
    fn what_is_not_an_amount() {
        assert_eq!(parse_amount(""), None);
        assert_eq!(parse_amount("-3"), None);
        assert_eq!(parse_amount("beaucoup"), None);
        assert_eq!(parse_amount("€"), None);
    }

    #[test]
    fn written_amounts_become_numbers() {
        assert_eq!(unambiguous_amount("8 000 €").as_deref(), Some("8000"));
        assert_eq!(
            unambiguous_amount("8\u{202f}000\u{a0}€").as_deref(),
            Some("8000")
        );
        assert_eq!(unambiguous_amount("8000,50").as_deref(), Some("8000.50"));
        assert_eq!(unambiguous_amount("1 500 euros").as_deref(), Some("1500"));
        assert_eq!(unambiguous_amount("12 000,5 €").as_deref(), Some("12000.5"));
        assert_eq!(unambiguous_amount("€250").as_deref(), Some("250"));
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
            assert_eq!(unambiguous_amount(text), None, "{text:?}");
        }
    }
}
