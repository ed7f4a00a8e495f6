//! Precondition 1: the action is carried and piloted at the academic level.

pub(crate) mod pil001_level_not_academic;
pub(crate) mod pil002_no_lead;
pub(crate) mod pil003_national_measure;
