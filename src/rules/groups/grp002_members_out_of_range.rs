//! `GRP002`: the members around the pair are fewer or more than the plan's
//! « 7 à 8 » (`[groups] members`). The pair is not counted: the plan
//! surrounds the pair with 7 to 8 members.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::group::Group;
use crate::rules::Code;

crate::declare_rule! {
    Grp002 "GRP002" "members-out-of-range",
    family: Groups, severity: Warning, check: Group(check),
}

pub(crate) fn check(group: &Group, ctx: &mut FileContext<'_>) {
    let (min, max) = ctx.settings.groups.members;
    let count = group.members.value.len();
    if count < min || count > max {
        let args = Args::new()
            .with("count", count)
            .with("min", min)
            .with("max", max)
            .with("side", if count < min { "few" } else { "many" });
        ctx.report(Code::Grp002, Some(group.members.key), args);
    }
}
