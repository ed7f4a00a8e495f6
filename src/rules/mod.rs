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
mod piloting;
mod plan;
pub mod registry;
mod stages;

pub(crate) use coverage::designated;
pub(crate) use piloting::pil002_no_lead::lead_is_missing;
pub use plan::{PlanContext, PlanEntry};
pub use registry::{Check, Code, Family, RULES, RuleMeta};
