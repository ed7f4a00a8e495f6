//! `PLAN001`: the same id in two files; both places are shown.
//!
//! The finding goes to each later file of a group that shares an id, pointing
//! at the first. When only the first file of the group was named (a hook names
//! the new file, which sorts before the one already there), it goes to that
//! file instead, pointing at the next: a named file never hides a duplicate.

use std::collections::HashMap;

use crate::i18n::Args;
use crate::rules::Code;

use super::{PlanContext, PlanEntry};

crate::declare_rule! {
    Plan001 "PLAN001" "duplicate-id",
    family: Plan, severity: Error, check: Plan(check),
}

pub(crate) fn check(entries: &[PlanEntry], ctx: &mut PlanContext<'_>) {
    let mut groups: Vec<Vec<&PlanEntry>> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for entry in entries {
        let Some(id) = &entry.id else {
            continue;
        };
        let at = *index.entry(&id.text).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[at].push(entry);
    }
    for group in groups.iter().filter(|g| g.len() > 1) {
        let (first, later) = (group[0], &group[1..]);
        for entry in later.iter().filter(|e| e.named) {
            report(entry, first, "PLAN001-first", ctx);
        }
        if first.named && !later.iter().any(|e| e.named) {
            report(first, later[0], "PLAN001-other", ctx);
        }
    }
}

/// `PLAN001` at `entry`, with `other`'s place as the related one.
fn report(entry: &PlanEntry, other: &PlanEntry, related_id: &str, ctx: &mut PlanContext<'_>) {
    let (Some(id), Some(other_id)) = (&entry.id, &other.id) else {
        return;
    };
    let other_path = ctx.path(other);
    let args = Args::new()
        .with("id", &*id.text)
        .with("other", other_path.display().to_string());
    let related = ctx.related(other_path, other_id.location(), related_id, &args);
    let path = ctx.path(entry);
    if let Some(d) = ctx.report(Code::Plan001, "PLAN001", path, Some(id.location()), args) {
        d.related.push(related);
    }
}
