//! `GRP001`: the pair of co-leads is not one person working in a school and
//! one from the rectorat or a DSDEN.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::group::{Group, Person};
use crate::rules::Code;

crate::declare_rule! {
    Grp001 "GRP001" "pair-not-mixed",
    family: Groups, severity: Error, check: Group(check),
}

pub(crate) fn check(group: &Group, ctx: &mut FileContext<'_>) {
    let pair = &group.co_leads;
    let lang = ctx.lang();
    let places = |persons: &[Person]| {
        persons
            .iter()
            .map(|p| lang.message(&format!("grp-workplace-{}", p.workplace.en()), &Args::new()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if pair.value.len() != 2 {
        let args = Args::new().with("count", pair.value.len());
        ctx.report_as(Code::Grp001, "GRP001-count", Some(pair.key), args);
        return;
    }
    if !is_mixed(&pair.value[0], &pair.value[1]) {
        let args = Args::new().with("places", places(&pair.value));
        ctx.report(Code::Grp001, Some(pair.key), args);
    }
}

/// One in a school, the other at the rectorat or in a DSDEN, in either order.
fn is_mixed(a: &Person, b: &Person) -> bool {
    let joins =
        |x: &Person, y: &Person| x.workplace.is_school() && y.workplace.is_academic_service();
    joins(a, b) || joins(b, a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Span;
    use crate::pipeline::model::group::Workplace;

    fn at(workplace: Workplace) -> Person {
        Person {
            span: Span::default(),
            name: None,
            category: "direction".into(),
            workplace,
            workplace_span: Span::default(),
            department: "25".into(),
            gender: None,
        }
    }

    #[test]
    fn a_school_and_a_service_make_a_pair_in_either_order() {
        assert!(is_mixed(&at(Workplace::Lycee), &at(Workplace::Dsden)));
        assert!(is_mixed(&at(Workplace::Rectorat), &at(Workplace::Ecole)));
        assert!(!is_mixed(&at(Workplace::College), &at(Workplace::Lycee)));
        assert!(!is_mixed(&at(Workplace::Rectorat), &at(Workplace::Dsden)));
        assert!(!is_mixed(&at(Workplace::Other), &at(Workplace::Rectorat)));
    }
}
