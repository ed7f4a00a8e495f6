//! `GRP006`: with a whole plan, an axis has no working group file, or two.

use std::collections::BTreeMap;

use crate::i18n::Args;
use crate::rules::Code;
use crate::rules::plan::{GroupEntry, PlanContext, PlanEntry};

crate::declare_rule! {
    Grp006 "GRP006" "axis-without-one-group",
    family: Groups, severity: Error, check: Plan(check),
}

pub(crate) fn check(entries: &[PlanEntry], ctx: &mut PlanContext<'_>) {
    if ctx.settings.whole_plan().is_none() {
        return;
    }
    let mut by_axis: BTreeMap<u8, Vec<(&PlanEntry, &GroupEntry)>> = BTreeMap::new();
    for entry in entries {
        if let Some(group) = entry.group() {
            by_axis.entry(group.axis).or_default().push((entry, group));
        }
    }
    for axis in 1..=4u8 {
        match by_axis.get(&axis).map_or(&[][..], Vec::as_slice) {
            [] => {
                let args = Args::new().with("axis", u32::from(axis));
                ctx.report_plan(Code::Grp006, "GRP006", args);
            }
            [_] => {}
            [(first_entry, first), others @ ..] => {
                for (entry, group) in others {
                    let first_path = ctx.path(first_entry);
                    let args = Args::new()
                        .with("axis", u32::from(axis))
                        .with("first", first_path.display().to_string());
                    let related = ctx.related(first_path, first.location, "GRP006-first", &args);
                    let found = ctx.report(
                        Code::Grp006,
                        "GRP006-two",
                        ctx.path(entry),
                        Some(group.location),
                        args,
                    );
                    if let Some(d) = found {
                        d.related.push(related);
                    }
                }
            }
        }
    }
}
