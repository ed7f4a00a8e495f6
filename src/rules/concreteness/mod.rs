//! Precondition 2: the action is concrete and produces steps and protocol elements.

pub(crate) mod con001_too_few_steps;
pub(crate) mod con002_no_deliverable;
pub(crate) mod con003_vague_verbs_only;
