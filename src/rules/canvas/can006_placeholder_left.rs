//! `CAN006`: a placeholder of the template is left in a text.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;
use crate::rules::piloting::pil002_no_lead::lead_is_missing;
use crate::text::words::placeholder;

crate::declare_rule! {
    Can006 "CAN006" "placeholder-left",
    family: Canvas, severity: Error, check: Proposal(check),
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    // A placeholder lead is PIL002's, so that the message speaks of piloting.
    let lead_span = proposal
        .piloting
        .lead
        .as_ref()
        .filter(|lead| lead_is_missing(&lead.value))
        .map(|lead| lead.span);
    for text in proposal.texts() {
        if Some(text.span) == lead_span {
            continue;
        }
        if let Some(found) = placeholder(&text.value) {
            let args = Args::new().with("placeholder", found);
            ctx.report(Code::Can006, Some(text.span), args);
        }
    }
}
