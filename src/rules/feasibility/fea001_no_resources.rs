//! `FEA001`: no resources are given.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;

crate::declare_rule! {
    Fea001 "FEA001" "no-resources",
    family: Feasibility, severity: Error, check: Proposal(check),
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    match &proposal.resources {
        Some(resources) if !resources.value.is_empty() => {}
        Some(resources) => {
            ctx.report(Code::Fea001, Some(resources.key), Args::new());
        }
        None => {
            ctx.report(Code::Fea001, Some(proposal.head), Args::new());
        }
    }
}
