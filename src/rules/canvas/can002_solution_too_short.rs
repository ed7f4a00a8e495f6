//! `CAN002`: the solution has fewer than 15 words.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;
use crate::text::words::word_count;

crate::declare_rule! {
    Can002 "CAN002" "solution-too-short",
    family: Canvas, severity: Warning, check: Proposal(check),
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let count = word_count(&proposal.solution.value);
    if super::too_few_words(count) {
        let args = Args::new()
            .with("count", count)
            .with("min", super::MIN_WORDS);
        ctx.report(Code::Can002, Some(proposal.solution.span), args);
    }
}
