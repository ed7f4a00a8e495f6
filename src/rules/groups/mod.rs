//! The working groups (`groupe.yaml`): the pair of co-leads, the number of
//! members, parity, geographic origin and kinds of missions (`GRP001`-`GRP005`,
//! per group file); one group per axis (`GRP006`) and the groups that proposals
//! name (`GRP007`), over the plan.

pub(crate) mod grp001_pair_not_mixed;
pub(crate) mod grp002_members_out_of_range;
pub(crate) mod grp003_parity;
pub(crate) mod grp004_few_departments;
pub(crate) mod grp005_few_categories;
pub(crate) mod grp006_axis_without_group;
pub(crate) mod grp007_unknown_group;

use crate::diagnostic::Span;
use crate::pipeline::model::group::Group;

/// Where findings about the composition point: the members' key, where
/// persons are added or changed (the first key when there is none).
pub(crate) fn composition_span(group: &Group) -> Span {
    group.members.key
}

/// `part` of `whole` in whole percent, rounded down (0 for an empty group).
pub(crate) fn percent(part: usize, whole: usize) -> usize {
    (part * 100).checked_div(whole).unwrap_or(0)
}

/// Whether `part` is under `min_percent` of `whole`, without rounding.
pub(crate) fn under_share(part: usize, whole: usize, min_percent: usize) -> bool {
    part * 100 < min_percent * whole
}
