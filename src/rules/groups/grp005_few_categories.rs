//! `GRP005`: the group's kinds of missions are not diverse: fewer staff
//! categories than the plan asks (4), or one category is more than half of
//! the group (`[groups] max_category_percent`).

use std::collections::BTreeMap;

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::group::Group;
use crate::rules::Code;

use super::{composition_span, percent};

crate::declare_rule! {
    Grp005 "GRP005" "few-categories",
    family: Groups, severity: Warning, check: Group(check),
}

pub(crate) fn check(group: &Group, ctx: &mut FileContext<'_>) {
    let total = group.size();
    if total == 0 {
        return;
    }
    let settings = &ctx.settings.groups;
    let (min, max_percent) = (settings.min_categories, settings.max_category_percent);
    let counts = category_counts(group);
    let span = Some(composition_span(group));
    if counts.len() < min {
        let args = Args::new().with("count", counts.len()).with("min", min);
        ctx.report(Code::Grp005, span, args);
    }
    for (category, count) in counts {
        if count * 100 > max_percent * total {
            let label = ctx
                .settings
                .categories
                .iter()
                .find(|c| c.id == category)
                .map_or(category, |c| c.label.as_str())
                .to_owned();
            let args = Args::new()
                .with("category", label)
                .with("count", count)
                .with("total", total)
                .with("share", percent(count, total))
                .with("max", max_percent);
            ctx.report_as(Code::Grp005, "GRP005-dominant", span, args);
        }
    }
}

/// How many persons of each category, the pair included, by id.
pub(crate) fn category_counts(group: &Group) -> BTreeMap<&str, usize> {
    let mut counts = BTreeMap::new();
    for person in group.everyone() {
        *counts.entry(person.category.as_str()).or_default() += 1;
    }
    counts
}
