//! The rules. Every code is declared once, in its own file, with
//! [`declare_rule!`](crate::declare_rule): its slug, family, default severity,
//! check function and `explain` text (`docs/{fr,en}/CODE.md`); [`registry`]
//! lists them in order, and the check command, `rules`, `explain` and the
//! SARIF rule table all read that list.

mod canvas;
mod concreteness;
pub(crate) mod coverage;
pub mod docs;
mod feasibility;
mod groups;
mod piloting;
mod plan;
pub mod registry;
mod stages;

// The rules' own predicates, also asked by the interactive mode and `new`
// so that what they accept is what `check` accepts.
pub(crate) use canvas::MIN_WORDS;
pub(crate) use canvas::can004_step_outside_calendar::outside_calendar;
pub(crate) use concreteness::con003_vague_verbs_only::vague_only;
pub(crate) use coverage::cov001_categories_uncovered::uncovered;
pub(crate) use coverage::{designated, designated_ids};
pub(crate) use feasibility::fea003_calendar_too_long::horizon_end;
pub(crate) use piloting::pil002_no_lead::lead_is_missing;
pub(crate) use plan::plan004_id_prefix_mismatch::id_axis;
pub use plan::{GroupEntry, Named, PlanAnchor, PlanContext, PlanEntry, PlanFiles};
pub use registry::{Check, Code, Family, RULES, RuleMeta};
