//! `CON003`: the solution rests on vague verbs only (sensibiliser, favoriser…),
//! with no verb of the action list, in any inflection.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;
use crate::text::words::{mentions_any, stems};

crate::declare_rule! {
    Con003 "CON003" "vague-verbs-only",
    family: Concreteness, severity: Warning, check: Proposal(check),
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let settings = ctx.settings;
    let (vague, action) = settings.verb_stems();
    let solution = stems(&proposal.solution.value);
    if mentions_any(&solution, vague) && !mentions_any(&solution, action) {
        let examples = settings
            .action_verbs
            .iter()
            .take(6)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        let args = Args::new().with("examples", examples);
        ctx.report(Code::Con003, Some(proposal.solution.span), args);
    }
}
