//! Precondition 4: the action can be carried out within a time and with means
//! that can actually be mobilised.

pub(crate) mod fea001_no_resources;
pub(crate) mod fea002_not_mobilisable;
pub(crate) mod fea003_calendar_too_long;
pub(crate) mod fea004_budget_without_amount;
pub(crate) mod fea005_support_not_available;
