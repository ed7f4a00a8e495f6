//! `FEA002`: a resource is not mobilisable.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;

crate::declare_rule! {
    Fea002 "FEA002" "resource-not-mobilisable",
    family: Feasibility, severity: Error, check: Proposal(check),
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    for resource in proposal.resources.iter().flat_map(|r| &r.value) {
        if !resource.mobilisable {
            let args = Args::new().with("description", resource.description.value.as_str());
            ctx.report(Code::Fea002, Some(resource.mobilisable_span), args);
        }
    }
}
