//! `COV003`: a complementary action targets a category the proposal already targets.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;

use super::{Designates, designated, designates};

crate::declare_rule! {
    Cov003 "COV003" "complementary-overlap",
    family: Coverage, severity: Warning, check: Proposal(check),
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let settings = ctx.settings;
    let targeted = designated(&proposal.audience.value, settings);
    for action in &proposal.complementary_actions {
        for text in &action.categories {
            let overlaps = match designates(&text.value, settings) {
                Designates::All => !targeted.is_empty(),
                Designates::One(id) => targeted.contains(&id),
                Designates::Unknown => false,
            };
            if overlaps {
                let args = Args::new().with("category", text.value.as_str());
                ctx.report(Code::Cov003, Some(text.span), args);
            }
        }
    }
}
