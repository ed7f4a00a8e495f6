//! Dates as proposals and `canevas.toml` write them (`YYYY-MM-DD`, or
//! `YYYY-MM` for a whole month), and the day of the run. One parser for the
//! check, the configuration and the interactive mode, so that a month means
//! the same day everywhere: its first day as a start or a step, its last day
//! as an end (the SPEC's "Dates").

use jiff::civil::Date;

/// A date as written: a day, or a whole month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WrittenDate {
    /// The day written, or the first day of the month written.
    pub date: Date,
    pub month_only: bool,
}

impl WrittenDate {
    /// The day a start or a step stands for: the 1st for a month.
    pub fn first_day(self) -> Date {
        self.date
    }

    /// The day an end stands for: the last day for a month.
    pub fn last_day(self) -> Date {
        if self.month_only {
            self.date.last_of_month()
        } else {
            self.date
        }
    }
}

/// As it was written: `2028-06` or `2028-06-15`.
impl std::fmt::Display for WrittenDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.month_only {
            write!(f, "{:04}-{:02}", self.date.year(), self.date.month())
        } else {
            write!(f, "{}", self.date)
        }
    }
}

/// `YYYY-MM-DD` or `YYYY-MM`, digits exactly as the schema's pattern has them;
/// `None` for any other shape or a day that does not exist (`2025-02-30`).
pub fn parse_date(text: &str) -> Option<WrittenDate> {
    let mut parts = text.split('-');
    let year: i16 = digits(parts.next()?, 4)?.try_into().ok()?;
    let month: i8 = digits(parts.next()?, 2)?.try_into().ok()?;
    let day: Option<i8> = match parts.next() {
        Some(d) => Some(digits(d, 2)?.try_into().ok()?),
        None => None,
    };
    if parts.next().is_some() {
        return None;
    }
    let date = Date::new(year, month, day.unwrap_or(1)).ok()?;
    Some(WrittenDate {
        date,
        month_only: day.is_none(),
    })
}

/// The number written with exactly `len` ASCII digits.
fn digits(text: &str, len: usize) -> Option<u16> {
    (text.len() == len && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// The day of the run: `SOURCE_DATE_EPOCH` (seconds, for reproducible builds
/// and tests) when set, else today (UTC).
pub fn today() -> Date {
    let now = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|s| jiff::Timestamp::from_second(s).ok())
        .unwrap_or_else(jiff::Timestamp::now);
    now.to_zoned(jiff::tz::TimeZone::UTC).date()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn a_month_is_its_first_day_as_a_start_and_its_last_as_an_end() {
        let june = parse_date("2028-06").unwrap();
        assert!(june.month_only);
        assert_eq!(june.first_day(), day("2028-06-01"));
        assert_eq!(june.last_day(), day("2028-06-30"));
        assert_eq!(parse_date("2025-02").unwrap().last_day(), day("2025-02-28"));
        assert_eq!(june.to_string(), "2028-06");
    }

    #[test]
    fn a_day_is_itself_as_a_start_and_as_an_end() {
        let d = parse_date("2024-02-29").unwrap();
        assert!(!d.month_only);
        assert_eq!((d.first_day(), d.last_day()), (d.date, d.date));
    }

    #[test]
    fn only_the_schema_shapes_are_dates() {
        for bad in [
            "2025-02-30",
            "2025-13",
            "2025-6",
            "25-06",
            "2025-06-1",
            "+202-06",
            "20250601",
            "2025-06-01-01",
            "",
            "2025-06-01T00:00",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
