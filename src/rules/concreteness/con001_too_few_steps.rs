//! `CON001`: fewer than 2 steps.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;

crate::declare_rule! {
    Con001 "CON001" "too-few-steps",
    family: Concreteness, severity: Error, check: Proposal(check),
}

const MIN_STEPS: usize = 2;

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let count = proposal.steps.as_ref().map_or(0, |s| s.value.len());
    if count < MIN_STEPS {
        let span = proposal.steps.as_ref().map_or(proposal.head, |s| s.key);
        let args = Args::new().with("count", count).with("min", MIN_STEPS);
        ctx.report(Code::Con001, Some(span), args);
    }
}
