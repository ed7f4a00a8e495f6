//! `CAN001`: the problem statement has fewer than 15 words.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;
use crate::text::words::word_count;

crate::declare_rule! {
    Can001 "CAN001" "problem-too-short",
    family: Canvas, severity: Warning, check: Proposal(check),
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let count = word_count(&proposal.problem.value);
    if super::too_few_words(count) {
        let args = Args::new()
            .with("count", count)
            .with("min", super::MIN_WORDS);
        ctx.report(Code::Can001, Some(proposal.problem.span), args);
    }
}
