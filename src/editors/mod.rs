//! What the editors who assemble the plan read: the plan's verdicts computed
//! once ([`plan_view`]), the [`summary`] tables and the printable [`export`].

pub mod export;
pub mod group_view;
pub mod plan_view;
pub mod salvage;
pub mod summary;
