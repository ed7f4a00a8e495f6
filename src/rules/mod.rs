//! The rules. Every finding code is declared once, in [`registry`], with its
//! family, its default severity and the function that checks it; the check
//! command, `rules`, `explain` and the SARIF rule table all read that list.

mod canvas;
mod concreteness;
pub(crate) mod coverage;
pub mod docs;
mod feasibility;
mod piloting;
mod plan;
pub mod registry;

pub(crate) use coverage::designated;
pub(crate) use piloting::pil002_no_lead::lead_is_missing;
pub use plan::{PlanContext, PlanEntry};
pub use registry::{Check, Code, Family, RULES, RuleMeta};
