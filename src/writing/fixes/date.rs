//! Dates written as people write them, read back as `YYYY-MM-DD` or `YYYY-MM`
//! when only one reading is possible: `09/2025`, `2025/09/01`, `2025-9-1`,
//! `septembre 2025`, `1er septembre 2025`, `September 2025`. `01/09/2025` is
//! left alone: 1 September to a French reader, 9 January to others.

use crate::text::dates::parse_date;
use crate::vocabulary::fold;

/// Month names as [`fold`] writes them, French then English, with their number.
const MONTHS: &[(&str, i8)] = &[
    ("janvier", 1),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("decembre", 12),
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
];

/// The ISO form of a date written another way, when it is certain and exists.
pub(super) fn iso(written: &str) -> Option<String> {
    let text = written.trim();
    let (year, month, day) = numeric(text).or_else(|| in_words(text))?;
    if !(1900..=2200).contains(&year) {
        return None;
    }
    let iso = match day {
        Some(day) => format!("{year:04}-{month:02}-{day:02}"),
        None => format!("{year:04}-{month:02}"),
    };
    // The check's own parser is the judge: the day exists, the shape is the schema's.
    (parse_date(&iso).is_some() && iso != text).then_some(iso)
}

/// `MM/YYYY`, `YYYY/MM`, `YYYY/MM/DD` and `YYYY-M-D` (one-digit parts).
fn numeric(text: &str) -> Option<(i16, i8, Option<i8>)> {
    let parts: Vec<&str> = text.split(['/', '-']).collect();
    if parts
        .iter()
        .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let number = |p: &str| p.parse::<i16>().ok();
    match parts.as_slice() {
        [m, y] if y.len() == 4 && m.len() <= 2 => Some((number(y)?, month(number(m)?)?, None)),
        [y, m] if y.len() == 4 && m.len() <= 2 => Some((number(y)?, month(number(m)?)?, None)),
        [y, m, d] if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => Some((
            number(y)?,
            month(number(m)?)?,
            Some(i8::try_from(number(d)?).ok()?),
        )),
        _ => None,
    }
}

fn month(number: i16) -> Option<i8> {
    i8::try_from(number).ok().filter(|m| (1..=12).contains(m))
}

/// `septembre 2025`, `1er septembre 2025`, `15 mars 2026`, `le 3 mai 2026`.
fn in_words(text: &str) -> Option<(i16, i8, Option<i8>)> {
    let folded = fold(text).replace('_', " ");
    let mut words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    if words.first() == Some(&"le") {
        words.remove(0);
    }
    let (day, month_name, year) = match words.as_slice() {
        [m, y] => (None, *m, *y),
        [d, m, y] => (Some(day_number(d)?), *m, *y),
        _ => return None,
    };
    let month_name = month_name.trim_end_matches('.');
    let (_, month) = MONTHS.iter().find(|(name, _)| *name == month_name)?;
    if year.len() != 4 {
        return None;
    }
    Some((year.parse().ok()?, *month, day))
}

/// `1er`, `1`, `01`, `15`.
fn day_number(word: &str) -> Option<i8> {
    let digits = word.strip_suffix("er").unwrap_or(word);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::iso;

    #[test]
    fn the_spellings_people_use_become_iso() {
        assert_eq!(iso("09/2025").as_deref(), Some("2025-09"));
        assert_eq!(iso("3/2026").as_deref(), Some("2026-03"));
        assert_eq!(iso("2025/09/01").as_deref(), Some("2025-09-01"));
        assert_eq!(iso("2025/09").as_deref(), Some("2025-09"));
        assert_eq!(iso("2025-9-1").as_deref(), Some("2025-09-01"));
        assert_eq!(iso("septembre 2025").as_deref(), Some("2025-09"));
        assert_eq!(iso("Septembre 2025").as_deref(), Some("2025-09"));
        assert_eq!(iso("1er septembre 2025").as_deref(), Some("2025-09-01"));
        assert_eq!(iso("15 février 2026").as_deref(), Some("2026-02-15"));
        assert_eq!(iso("August 2026").as_deref(), Some("2026-08"));
    }

    #[test]
    fn uncertain_or_impossible_dates_are_left_alone() {
        for text in [
            "01/09/2025",
            "13/2025",
            "2025/02/30",
            "30 février 2026",
            "rentrée 2025",
            "2025-09",
            "2025-09-01",
            "09/25",
            "",
        ] {
            assert_eq!(iso(text), None, "{text:?}");
        }
    }
}
