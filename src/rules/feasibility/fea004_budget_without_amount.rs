//! `FEA004`: a budget resource without an amount.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::{Proposal, ResourceKind};
use crate::rules::Code;

crate::declare_rule! {
    Fea004 "FEA004" "budget-without-amount",
    family: Feasibility, severity: Warning, check: Proposal(check),
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    for resource in proposal.resources.iter().flat_map(|r| &r.value) {
        if resource.kind == ResourceKind::Budget && resource.amount.is_none() {
            let args = Args::new().with("description", resource.description.value.as_str());
            ctx.report(Code::Fea004, Some(resource.kind_span), args);
        }
    }
}
