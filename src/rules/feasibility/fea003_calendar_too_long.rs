//! `FEA003`: the calendar is longer than the plan's horizon (36 months by default).

use jiff::ToSpan;
use jiff::civil::Date;

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;

crate::declare_rule! {
    Fea003 "FEA003" "calendar-too-long",
    family: Feasibility, severity: Error, check: Proposal(check),
}

/// The number of months a period covers, both ends included: 2024-09-01 to
/// 2027-08-31 is 36 months, to 2027-09-01 is 37 (it starts a 37th month).
pub(crate) fn months_covered(start: Date, end: Date) -> i64 {
    let mut months = (i64::from(end.year()) - i64::from(start.year())) * 12
        + i64::from(end.month())
        - i64::from(start.month());
    if end.day() >= start.day() {
        months += 1;
    }
    months.max(0)
}

/// The last day a calendar that starts on `start` may end within a horizon of
/// `horizon` months (the day before the same day `horizon` months later).
pub(crate) fn horizon_end(start: Date, horizon: u32) -> Option<Date> {
    start
        .checked_add(i64::from(horizon).months())
        .ok()?
        .yesterday()
        .ok()
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let calendar = &proposal.calendar;
    let (start, end) = (calendar.start.first_day(), calendar.end.last_day());
    if horizon_end(start, ctx.settings.horizon_months).is_some_and(|last| end > last) {
        let args = Args::new()
            .with("months", months_covered(start, end))
            .with("horizon", ctx.settings.horizon_months);
        ctx.report(Code::Fea003, Some(calendar.end.span), args);
        return;
    }
    let Some(plan) = &ctx.settings.plan else {
        return;
    };
    let before = plan.start.is_some_and(|p| start < p);
    let after = plan.end.is_some_and(|p| end > p);
    if before || after {
        let span = if before {
            calendar.start.span
        } else {
            calendar.end.span
        };
        let args = Args::new()
            .with(
                "start",
                plan.start.map_or(String::from("…"), |d| d.to_string()),
            )
            .with("end", plan.end.map_or(String::from("…"), |d| d.to_string()));
        ctx.report_as(Code::Fea003, "FEA003-period", Some(span), args);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn months_count_both_ends() {
        assert_eq!(months_covered(date(2024, 9, 1), date(2027, 8, 31)), 36);
        assert_eq!(months_covered(date(2024, 9, 1), date(2027, 9, 1)), 37);
        assert_eq!(months_covered(date(2024, 9, 1), date(2024, 9, 30)), 1);
    }

    /// The interactive mode offers ends up to this day: the day before the
    /// horizon is reached, counted from the start's own day (it used to stop
    /// at the end of the month before, refusing 2027-09-10 here).
    #[test]
    fn the_last_end_within_the_horizon_is_the_day_before_it() {
        assert_eq!(horizon_end(date(2024, 9, 1), 36), Some(date(2027, 8, 31)));
        assert_eq!(horizon_end(date(2024, 9, 15), 36), Some(date(2027, 9, 14)));
        assert_eq!(horizon_end(date(2024, 9, 15), 100_000), None);
    }
}
