//! `CAN004`: a step's due date falls outside the calendar.

use jiff::civil::Date;

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;

crate::declare_rule! {
    Can004 "CAN004" "step-outside-calendar",
    family: Canvas, severity: Error, check: Proposal(check),
}

/// Whether a step's day falls before the calendar's first day or after its last.
pub(crate) fn outside_calendar(day: Date, start: Date, end: Date) -> bool {
    day < start || day > end
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let calendar = &proposal.calendar;
    let (start, end) = (calendar.start.first_day(), calendar.end.last_day());
    if end < start {
        return; // CAN003 says it: every step would be "outside".
    }
    for step in proposal.steps.iter().flat_map(|s| &s.value) {
        let Some(due) = step.due else { continue };
        let day = due.first_day();
        if outside_calendar(day, start, end) {
            let args = Args::new()
                .with("label", step.label.value.as_str())
                .with("due", ctx.source.slice(due.span))
                .with("start", start.to_string())
                .with("end", end.to_string());
            ctx.report(Code::Can004, Some(due.span), args);
        }
    }
}
