//! `PLAN001`: the same id in two files; both places are shown.

use std::collections::HashMap;

use crate::i18n::Args;
use crate::rules::Code;

use super::{PlanContext, PlanEntry};

crate::declare_rule! {
    Plan001 "PLAN001" "duplicate-id",
    family: Plan, severity: Error, check: Plan(check),
}

pub(crate) fn check(entries: &[PlanEntry], ctx: &mut PlanContext<'_>) {
    let mut first_seen: HashMap<&str, &PlanEntry> = HashMap::new();
    for entry in entries {
        let Some((id, location)) = &entry.id else {
            continue;
        };
        let Some(first) = first_seen.get(id.as_str()).copied() else {
            first_seen.insert(id, entry);
            continue;
        };
        let Some((_, first_location)) = &first.id else {
            continue;
        };
        let args = Args::new()
            .with("id", id.as_str())
            .with("other", first.path.display().to_string());
        let related = ctx.related(&first.path, *first_location, "PLAN001-first", &args);
        if let Some(d) = ctx.report(Code::Plan001, "PLAN001", &entry.path, Some(*location), args) {
            d.related.push(related);
        }
    }
}
