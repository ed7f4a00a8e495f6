//! `CON002`: no step produces a deliverable (a protocol element).

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;

crate::declare_rule! {
    Con002 "CON002" "no-deliverable",
    family: Concreteness, severity: Error, check: Proposal(check),
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let Some(steps) = &proposal.steps else { return };
    if steps.value.is_empty() {
        return; // CON001 says it.
    }
    let any = steps.value.iter().any(|s| {
        s.deliverable
            .as_ref()
            .is_some_and(|d| !d.value.trim().is_empty())
    });
    if !any {
        ctx.report(Code::Con002, Some(steps.key), Args::new());
    }
}
