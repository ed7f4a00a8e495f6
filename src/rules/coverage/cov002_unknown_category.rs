//! `COV002`: a category id that the taxonomy does not know, with a suggestion.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;
use crate::text::suggest::closest;

use super::{Designates, designates};

crate::declare_rule! {
    Cov002 "COV002" "unknown-category",
    family: Coverage, severity: Error, check: Proposal(check),
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let settings = ctx.settings;
    let lists = std::iter::once(&proposal.audience.value)
        .chain(proposal.complementary_actions.iter().map(|a| &a.categories));
    for text in lists.flatten() {
        if !matches!(designates(&text.value, settings), Designates::Unknown) {
            continue;
        }
        let ids = settings.categories.iter().map(|c| c.id.as_str());
        let args = Args::new().with("category", text.value.as_str());
        match closest(&text.value, ids) {
            Some(suggestion) => {
                let args = args.with("suggestion", suggestion);
                ctx.report_as(Code::Cov002, "COV002-suggest", Some(text.span), args);
            }
            None => {
                let all = settings
                    .categories
                    .iter()
                    .map(|c| c.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                ctx.report(Code::Cov002, Some(text.span), args.with("allowed", all));
            }
        }
    }
}
