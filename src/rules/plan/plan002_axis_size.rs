//! `PLAN002`: an axis has fewer or more proposals than the plan expects (5 to 7).

use crate::i18n::Args;
use crate::rules::Code;

use super::{PlanContext, PlanEntry};

crate::declare_rule! {
    Plan002 "PLAN002" "axis-size",
    family: Plan, severity: Warning, check: Plan(check),
}

pub(crate) fn check(entries: &[PlanEntry], ctx: &mut PlanContext<'_>) {
    let Some(plan) = ctx.settings.whole_plan().cloned() else {
        return;
    };
    for axis in 1..=4u8 {
        let count = entries.iter().filter(|e| e.axis == Some(axis)).count();
        if count < plan.min_per_axis || count > plan.max_per_axis {
            let args = Args::new()
                .with("axis", u32::from(axis))
                .with("count", count)
                .with("min", plan.min_per_axis)
                .with("max", plan.max_per_axis);
            ctx.report_plan(Code::Plan002, "PLAN002", args);
        }
    }
}
