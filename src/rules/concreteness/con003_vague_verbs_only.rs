//! `CON003`: the solution rests on vague verbs only (sensibiliser, favoriser…),
//! with no verb of the action list, in any inflection (see [`crate::text::wording`]).

use crate::config::Settings;
use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;
use crate::text::wording::tokens;
use crate::text::words::with_lowercase;

crate::declare_rule! {
    Con003 "CON003" "vague-verbs-only",
    family: Concreteness, severity: Warning, check: Proposal(check),
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    if let Some(args) = vague_only(&proposal.solution.value, ctx.settings) {
        ctx.report(Code::Con003, Some(proposal.solution.span), args);
    }
}

/// When `solution` uses vague verbs and no action verb, the arguments of the
/// message: the vague verbs found and a few verbs of the action list. The
/// interactive mode asks this of its answer, as `check` will of the file.
pub(crate) fn vague_only(solution: &str, settings: &Settings) -> Option<Args> {
    let lists = settings.wording.lists();
    if !with_lowercase(solution, |lower| lists.vague.may_occur(lower)) {
        return None; // no vague verb: no need to read the words
    }
    let words = tokens(solution);
    let vague = lists.vague.labels(lists.vague.find_any(&words));
    if vague.is_empty() || lists.action.find_acts(&words).next().is_some() {
        return None;
    }
    let examples = settings.wording.action_verbs.iter().take(6);
    let args = Args::new()
        .with("count", vague.len())
        .with("verbs", vague.join(", "))
        .with("examples", examples.cloned().collect::<Vec<_>>().join(", "));
    Some(args)
}
