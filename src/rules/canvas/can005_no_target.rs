//! `CAN005`: no evaluation criterion has a target.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;

crate::declare_rule! {
    Can005 "CAN005" "no-evaluation-target",
    family: Canvas, severity: Warning, check: Proposal(check),
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let evaluation = &proposal.evaluation;
    let has_target = evaluation.value.iter().any(|c| {
        c.target
            .as_ref()
            .is_some_and(|t| !t.value.trim().is_empty())
    });
    if !has_target {
        ctx.report(Code::Can005, Some(evaluation.key), Args::new());
    }
}
