//! `GRP003`: women or men are under the parity share (40 %) of the group, the
//! pair included. A gender is optional: when some are missing, the verdict is
//! given only if the missing ones cannot change it; otherwise an info says
//! that parity was not checked. No message names a person: only counts.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::group::{Gender, Group};
use crate::rules::Code;

use super::{composition_span, percent, under_share};

/// The group's counts by gender.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Genders {
    pub(crate) women: usize,
    pub(crate) men: usize,
    pub(crate) unknown: usize,
}

impl Genders {
    pub(crate) fn of(group: &Group) -> Self {
        let count = |g: Option<Gender>| group.everyone().filter(|p| p.gender == g).count();
        Genders {
            women: count(Some(Gender::Woman)),
            men: count(Some(Gender::Man)),
            unknown: count(None),
        }
    }

    fn total(self) -> usize {
        self.women + self.men + self.unknown
    }
}

/// What the counts say of parity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Parity {
    Met,
    /// Women (`true`) or men are under the share, whatever the missing genders.
    Under {
        women: bool,
        count: usize,
    },
    /// Missing genders could tip it either way.
    NotChecked,
}

pub(crate) fn parity(genders: Genders, min_percent: usize) -> Parity {
    let total = genders.total();
    let under = |count: usize| under_share(count, total, min_percent);
    // Each side at its most: with every missing gender on its side.
    if under(genders.women + genders.unknown) {
        return Parity::Under {
            women: true,
            count: genders.women,
        };
    }
    if under(genders.men + genders.unknown) {
        return Parity::Under {
            women: false,
            count: genders.men,
        };
    }
    if under(genders.women) || under(genders.men) {
        return Parity::NotChecked;
    }
    Parity::Met
}

crate::declare_rule! {
    Grp003 "GRP003" "parity-not-met",
    family: Groups, severity: Warning, check: Group(check),
}

pub(crate) fn check(group: &Group, ctx: &mut FileContext<'_>) {
    let genders = Genders::of(group);
    let total = genders.total();
    if total == 0 {
        return; // GRP001 and GRP002 already say the group is empty.
    }
    let min = ctx.settings.groups.parity_percent;
    let span = Some(composition_span(group));
    match parity(genders, min) {
        Parity::Met => {}
        Parity::Under { women, count } => {
            let args = Args::new()
                .with("side", if women { "women" } else { "men" })
                .with("count", count)
                .with("total", total)
                .with("share", percent(count, total))
                .with("min", min)
                .with("unknown", genders.unknown);
            ctx.report(Code::Grp003, span, args);
        }
        Parity::NotChecked => {
            let args = Args::new()
                .with("unknown", genders.unknown)
                .with("total", total);
            // Not a verdict: an info, whatever the rule's severity.
            ctx.inform(Code::Grp003, "GRP003-unknown", span, args);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(women: usize, men: usize, unknown: usize) -> Genders {
        Genders {
            women,
            men,
            unknown,
        }
    }

    #[test]
    fn forty_percent_is_enough_and_under_is_not() {
        assert_eq!(parity(g(6, 4, 0), 40), Parity::Met);
        assert_eq!(
            parity(g(7, 3, 0), 40),
            Parity::Under {
                women: false,
                count: 3
            }
        );
        assert_eq!(
            parity(g(2, 8, 0), 40),
            Parity::Under {
                women: true,
                count: 2
            }
        );
    }

    #[test]
    fn missing_genders_give_a_verdict_only_when_they_cannot_change_it() {
        // 1 man at most 2 of 10: under, whatever the missing one.
        assert_eq!(
            parity(g(8, 1, 1), 40),
            Parity::Under {
                women: false,
                count: 1
            }
        );
        // 3 or 4 men of 10: it depends.
        assert_eq!(parity(g(6, 3, 1), 40), Parity::NotChecked);
        // 5 and 4 of 10: met whatever the missing one.
        assert_eq!(parity(g(5, 4, 1), 40), Parity::Met);
        // Nobody gave a gender: not checked.
        assert_eq!(parity(g(0, 0, 10), 40), Parity::NotChecked);
    }
}
