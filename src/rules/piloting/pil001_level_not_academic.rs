//! `PIL001`: the piloting level is not academic (an error for `national` or
//! `school`, a warning for `departmental`, which the académie can still steer).

use crate::context::FileContext;
use crate::diagnostic::Severity;
use crate::i18n::Args;
use crate::pipeline::model::{Level, Proposal};
use crate::rules::Code;

crate::declare_rule! {
    Pil001 "PIL001" "level-not-academic",
    family: Piloting, severity: Error, check: Proposal(check),
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let piloting = &proposal.piloting;
    let id = match piloting.level {
        Level::Academic => return,
        Level::Departmental => "PIL001-departmental",
        Level::School => "PIL001-school",
        Level::National => "PIL001",
    };
    let overridden = ctx.settings.severities.contains_key(&Code::Pil001);
    let args = Args::new().with("level", ctx.source.slice(piloting.level_span));
    if let Some(d) = ctx.report_as(Code::Pil001, id, Some(piloting.level_span), args)
        && piloting.level == Level::Departmental
        && !overridden
    {
        d.severity = Severity::Warning;
    }
}
