//! `COV001`: staff categories neither targeted nor covered by a complementary action.

use crate::config::{Category, Settings};
use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::pipeline::slips;
use crate::rules::Code;

use super::designated;

crate::declare_rule! {
    Cov001 "COV001" "categories-uncovered",
    family: Coverage, severity: Error, check: Proposal(check),
}

/// The plan's categories that are not among the `covered` ids, in the plan's order.
pub(crate) fn uncovered<'s>(covered: &[&str], settings: &'s Settings) -> Vec<&'s Category> {
    settings
        .categories
        .iter()
        .filter(|c| !covered.contains(&c.id.as_str()))
        .collect()
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let settings = ctx.settings;
    let mut covered = designated(&proposal.audience.value, settings);
    for action in &proposal.complementary_actions {
        covered.extend(designated(&action.categories, settings));
    }
    let missing = uncovered(&covered, settings);
    if missing.is_empty() {
        return;
    }
    let list = missing
        .iter()
        .map(|c| format!("{} ({})", c.id, c.label))
        .collect::<Vec<_>>()
        .join(", ");
    let ids: Vec<&str> = missing.iter().map(|c| c.id.as_str()).collect();
    let section_exists = !proposal.complementary_actions.is_empty();
    let fix = slips::complementary_example(&ids, ctx.french_keys, section_exists, ctx.lang());
    let args = Args::new()
        .with("count", missing.len())
        .with("categories", list)
        .with("ids", ids.join(", "))
        .with("fix", fix);
    ctx.report(Code::Cov001, Some(proposal.audience.key), args);
}
