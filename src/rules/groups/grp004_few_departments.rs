//! `GRP004`: the group comes from fewer departments than the plan's balance
//! of geographic origin asks (3 of the academy's 4 by default).

use std::collections::BTreeSet;

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::group::Group;
use crate::rules::Code;

use super::composition_span;

crate::declare_rule! {
    Grp004 "GRP004" "few-departments",
    family: Groups, severity: Warning, check: Group(check),
}

pub(crate) fn check(group: &Group, ctx: &mut FileContext<'_>) {
    if group.size() == 0 {
        return;
    }
    let settings = &ctx.settings.groups;
    let found: BTreeSet<&str> = group.everyone().map(|p| p.department.as_str()).collect();
    if found.len() < settings.min_departments {
        let missing: Vec<&str> = settings
            .departments
            .iter()
            .map(String::as_str)
            .filter(|d| !found.contains(d))
            .collect();
        let args = Args::new()
            .with("count", found.len())
            .with("found", found.into_iter().collect::<Vec<_>>().join(", "))
            .with("min", settings.min_departments)
            .with("missing", missing.join(", "));
        ctx.report(Code::Grp004, Some(composition_span(group)), args);
    }
}
