//! Amounts as people type them: `8000,50` (the French decimal comma),
//! `8 000` (a space between thousands, plain or no-break), `8 000 €`.

/// The amount in `text`, when it is a number of euros ≥ 0 written in the
/// French or the English way; `None` otherwise.
pub fn parse_amount(text: &str) -> Option<f64> {
    let mut number = text.trim();
    for unit in ["€", "euros", "euro", "EUR"] {
        if let Some(rest) = number.strip_suffix(unit) {
            number = rest.trim_end();
            break;
        }
    }
    let digits: String = number
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
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
}
