//! `PIL002`: no lead is named (absent, blank, or a placeholder such as `à désigner`).

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;
use crate::text::words::{may_fold_to_any, placeholder};
use crate::vocabulary::fold;

crate::declare_rule! {
    Pil002 "PIL002" "no-lead",
    family: Piloting, severity: Error, check: Proposal(check),
}

/// Whether a written lead names nobody. A lead that only *holds* the template's
/// bracketed placeholder (`[À compléter]`) is left to `CAN006`, like every
/// other unfilled section of the template, so that an unfilled template fails
/// with `CAN006` alone; a lead that *is* a placeholder (`à désigner`, `TODO`)
/// is this rule's.
pub(crate) fn lead_is_missing(lead: &str) -> bool {
    let missing = ["", "?", "??", "???", "a_designer", "a_nommer"];
    // Most leads name someone: they are not folded (`CAN006` asks too).
    (may_fold_to_any(lead, &missing) && missing.contains(&fold(lead).as_str()))
        || placeholder(lead).is_some_and(|found| found == lead.trim())
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let piloting = &proposal.piloting;
    match &piloting.lead {
        None => {
            ctx.report_as(
                Code::Pil002,
                "PIL002-missing",
                Some(piloting.key),
                Args::new(),
            );
        }
        Some(lead) if lead_is_missing(&lead.value) => {
            let args = Args::new().with("lead", lead.value.trim());
            let span = if lead.span.is_empty() {
                piloting.key
            } else {
                lead.span
            };
            ctx.report(Code::Pil002, Some(span), args);
        }
        Some(_) => {}
    }
}
