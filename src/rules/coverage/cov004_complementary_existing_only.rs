//! `COV004`: a complementary action that only states what already exists
//! (« ces personnels disposent déjà de l'offre de formation »): a marker of an
//! existing provision and no verb of the action list (see [`crate::text::wording`]).

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;
use crate::text::wording::{WordList, tokens};
use crate::text::words::with_lowercase;

crate::declare_rule! {
    Cov004 "COV004" "complementary-existing-only",
    family: Coverage, severity: Warning, check: Proposal(check),
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let lists = ctx.settings.wording.lists();
    for complementary in &proposal.complementary_actions {
        let text = &complementary.action.value;
        if !with_lowercase(text, |lower| lists.existing.may_occur(lower)) {
            continue;
        }
        let words = tokens(text);
        let Some(marker) = lists.existing.find_any(&words).next() else {
            continue;
        };
        if lists.action.find_acts(&words).next().is_some() {
            continue;
        }
        let categories = complementary
            .categories
            .iter()
            .map(|c| c.value.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let args = Args::new()
            .with("categories", categories)
            .with("marker", WordList::quote(text, &words, marker));
        ctx.report(Code::Cov004, Some(complementary.action.span), args);
    }
}
