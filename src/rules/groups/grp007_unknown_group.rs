//! `GRP007`: a proposal's `group` names no working group of the files checked.
//! A proposal is judged only when the group of its axis is among the files
//! checked: a proposal checked alone, or beside the groups of other axes,
//! cannot know every group's name.

use crate::i18n::Args;
use crate::rules::Code;
use crate::rules::plan::{Named, PlanContext, PlanEntry};
use crate::text::suggest;
use crate::vocabulary::fold;

crate::declare_rule! {
    Grp007 "GRP007" "unknown-group",
    family: Groups, severity: Warning, check: Plan(check),
}

pub(crate) fn check(entries: &[PlanEntry], ctx: &mut PlanContext<'_>) {
    let axes: Vec<u8> = entries
        .iter()
        .filter_map(|e| Some(e.group()?.axis))
        .collect();
    let names: Vec<&str> = entries
        .iter()
        .filter_map(|e| e.group()?.name.as_deref())
        .collect();
    for entry in entries {
        let (Some(Named { text: named, .. }), Some(axis)) = (&entry.group_named, entry.axis) else {
            continue;
        };
        if !axes.contains(&axis) {
            continue;
        }
        let folded = fold(named);
        if names.iter().any(|n| fold(n) == folded) {
            continue;
        }
        let known = names
            .iter()
            .map(|n| {
                ctx.settings
                    .lang
                    .message("grp-quoted", &Args::new().with("text", *n))
            })
            .collect::<Vec<_>>()
            .join(", ");
        let args = Args::new().with("group", &**named).with("known", known);
        let (id, args) = match suggest::closest(named, names.iter().copied()) {
            Some(suggestion) => ("GRP007-suggest", args.with("suggestion", suggestion)),
            None if names.is_empty() => ("GRP007-unnamed", args),
            None => ("GRP007", args),
        };
        let location = entry.group_named.as_ref().map(Named::location);
        ctx.report(Code::Grp007, id, ctx.path(entry), location, args);
    }
}
