//! `PLAN001`: the same id in two files; both places are shown.
//!
//! The finding goes to each later file of a group that shares an id, pointing
//! at the first. When only the first file of the group was named (a hook names
//! the new file, which sorts before the one already there), it goes to that
//! file instead, pointing at the next: a named file never hides a duplicate.

use crate::i18n::Args;
use crate::rules::Code;

use super::{PlanContext, PlanEntry};

crate::declare_rule! {
    Plan001 "PLAN001" "duplicate-id",
    family: Plan, severity: Error, check: Plan(check),
}

pub(crate) fn check(entries: &[PlanEntry], ctx: &mut PlanContext<'_>) {
    // The entries with an id, by id: the files that share one are side by
    // side, in path order (the entries come in path order, the sort is
    // stable). A reference each: at 100,000 files, 800 KB where a map of
    // lists took 10 MB.
    let mut by_id: Vec<&PlanEntry> = entries.iter().filter(|e| e.id.is_some()).collect();
    by_id.sort_by(|a, b| id(a).cmp(id(b)));
    for group in by_id.chunk_by(|a, b| id(a) == id(b)) {
        let [first, later @ ..] = group else {
            continue;
        };
        if later.is_empty() {
            continue;
        }
        for entry in later.iter().filter(|e| e.named) {
            report(entry, first, "PLAN001-first", ctx);
        }
        if first.named && !later.iter().any(|e| e.named) {
            report(first, later[0], "PLAN001-other", ctx);
        }
    }
}

fn id(entry: &PlanEntry) -> &str {
    entry.id.as_ref().map_or("", |id| &id.text)
}

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
