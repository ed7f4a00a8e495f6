//! `CAN007`: the steps are not in date order.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;

crate::declare_rule! {
    Can007 "CAN007" "steps-out-of-order",
    family: Canvas, severity: Warning, check: Proposal(check),
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let mut previous: Option<&crate::pipeline::model::Step> = None;
    for step in proposal.steps.iter().flat_map(|s| &s.value) {
        let Some(due) = step.due else { continue };
        if let Some(before) = previous
            && let Some(before_due) = before.due
            && due.first_day() < before_due.first_day()
        {
            let args = Args::new()
                .with("label", step.label.value.as_str())
                .with("previous", before.label.value.as_str());
            ctx.report(Code::Can007, Some(due.span), args);
        }
        previous = Some(step);
    }
}
