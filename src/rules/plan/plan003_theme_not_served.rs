//! `PLAN003`: a transversal theme is served by no proposal of an axis.

use crate::i18n::Args;
use crate::pipeline::model::Theme;
use crate::rules::Code;

use super::{PlanContext, PlanEntry};

crate::declare_rule! {
    Plan003 "PLAN003" "theme-not-served",
    family: Plan, severity: Warning, check: Plan(check),
}

pub(crate) fn check(entries: &[PlanEntry], ctx: &mut PlanContext<'_>) {
    if ctx.settings.whole_plan().is_none() {
        return;
    }
    for axis in 1..=4u8 {
        let proposals: Vec<_> = entries.iter().filter(|e| e.axis == Some(axis)).collect();
        if proposals.is_empty() {
            continue; // PLAN002 says the axis is empty.
        }
        for &theme in Theme::ALL {
            if !proposals.iter().any(|e| e.themes.contains(theme)) {
                let id = ["theme-", theme.en()].concat();
                let theme_name = ctx.settings.lang.message(&id, &Args::new());
                let args = Args::new()
                    .with("axis", u32::from(axis))
                    .with("theme", theme_name);
                ctx.report_plan(Code::Plan003, "PLAN003", args);
            }
        }
    }
}
