//! `CON003`: the solution rests on vague verbs only (sensibiliser, favoriser…),
//! with no verb of the action list, in any inflection.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::model::Proposal;
use crate::rules::Code;
use crate::rules::text::mentions_any;

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let solution = &proposal.solution.value;
    let settings = ctx.settings;
    if mentions_any(solution, &settings.vague_verbs)
        && !mentions_any(solution, &settings.action_verbs)
    {
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
