//! `CAN003`: the calendar ends before it starts.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;

crate::declare_rule! {
    Can003 "CAN003" "calendar-ends-before-start",
    family: Canvas, severity: Error, check: Proposal(check),
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let calendar = &proposal.calendar;
    if calendar.end.last_day() < calendar.start.first_day() {
        let args = Args::new()
            .with("start", ctx.source.slice(calendar.start.span))
            .with("end", ctx.source.slice(calendar.end.span));
        let related = ctx.related(calendar.start.span, "CAN003-start", &args);
        if let Some(d) = ctx.report(Code::Can003, Some(calendar.end.span), args) {
            d.related.push(related);
        }
    }
}
