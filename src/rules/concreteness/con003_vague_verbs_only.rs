//! `CON003`: the solution rests on vague verbs only (sensibiliser, favoriser…),
//! with no verb of the action list, in any inflection.

use crate::config::Settings;
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
    if vague_only(&proposal.solution.value, ctx.settings) {
        let args = vague_args(ctx.settings);
        ctx.report(Code::Con003, Some(proposal.solution.span), args);
    }
}

/// Whether `solution` uses a vague verb and no action verb (the interactive
/// mode asks this of its answer, as `check` will of the file).
pub(crate) fn vague_only(solution: &str, settings: &Settings) -> bool {
    let (vague, action) = settings.verb_stems();
    let solution = stems(solution);
    mentions_any(&solution, vague) && !mentions_any(&solution, action)
}

/// The arguments of the `CON003` message: a few verbs of the action list.
pub(crate) fn vague_args(settings: &Settings) -> Args {
    let examples = settings
        .action_verbs
        .iter()
        .take(6)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    Args::new().with("examples", examples)
}
