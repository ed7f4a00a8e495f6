//! `FEA005`: a `support` resource names an expertise that the support group
//! (`appui.yaml`) does not have. It runs when a support group file is among
//! the files checked, or on a whole plan, which then has no support group.

use crate::i18n::Args;
use crate::pipeline::model::group::SupportGroup;
use crate::rules::Code;
use crate::rules::plan::{PlanContext, PlanEntry};

crate::declare_rule! {
    Fea005 "FEA005" "support-not-available",
    family: Feasibility, severity: Warning, check: Plan(check),
}

pub(crate) fn check(entries: &[PlanEntry], ctx: &mut PlanContext<'_>) {
    let support: Vec<&SupportGroup> = entries.iter().filter_map(PlanEntry::support).collect();
    // Without the file, only a whole plan knows that there is no support group.
    let id = match (support.is_empty(), ctx.settings.whole_plan().is_some()) {
        (false, _) => "FEA005",
        (true, true) => "FEA005-no-support-group",
        (true, false) => return,
    };
    let held: Vec<&str> = support
        .iter()
        .flat_map(|s| &s.expertise)
        .map(|e| e.value.as_str())
        .collect();
    for entry in entries {
        for wanted in entry.support_wanted() {
            if support.iter().any(|s| s.provides(&wanted.text).is_some()) {
                continue;
            }
            let args = Args::new()
                .with("wanted", &*wanted.text)
                .with("held", held.join(", "));
            let location = Some(wanted.location());
            ctx.report(Code::Fea005, id, ctx.path(entry), location, args);
        }
    }
}
