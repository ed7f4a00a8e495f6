//! `CON003`: the solution rests on vague verbs only (sensibiliser, favoriser…),
//! with no verb of the action list, in any inflection (see [`crate::text::wording`]).

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;
use crate::text::wording::{WordList, tokens};

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let lists = ctx.settings.wording.lists();
    let words = tokens(&proposal.solution.value);
    let vague = found_items(&lists.vague, lists.vague.find_any(&words));
    if vague.is_empty() || lists.action.find_acts(&words).next().is_some() {
        return;
    }
    let examples = ctx.settings.wording.action_verbs.iter().take(6);
    let args = Args::new()
        .with("count", vague.len())
        .with("verbs", vague.join(", "))
        .with("examples", examples.cloned().collect::<Vec<_>>().join(", "));
    ctx.report(Code::Con003, Some(proposal.solution.span), args);
}

/// The items found, as the list writes them, once each, in the order of the text.
pub(crate) fn found_items<'l>(
    list: &'l WordList,
    found: impl Iterator<Item = crate::text::wording::Found>,
) -> Vec<&'l str> {
    let mut items = Vec::new();
    for f in found {
        let label = list.label(f.item);
        if !items.contains(&label) {
            items.push(label);
        }
    }
    items
}
