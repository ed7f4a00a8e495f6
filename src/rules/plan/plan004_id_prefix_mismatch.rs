//! `PLAN004`: an id's axis prefix (`A2-…`) disagrees with `axis`.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;

crate::declare_rule! {
    Plan004 "PLAN004" "id-prefix-mismatch",
    family: Plan, severity: Warning, check: Proposal(check),
}

/// The axis an id announces in the plan's convention, `A<axis>-…` (the
/// SPEC's `A2-…`, the ids `canevas new` writes): `A2-03` → 2, `a12-01` → 12
/// (an axis the plan does not have, which `axis` can only disagree with).
/// `None` without that prefix: `A2_03`, `A3`, `AXE-3`, `B2-01`. `canevas new`
/// asks this too, to take the axis from `--id`.
pub(crate) fn id_axis(id: &str) -> Option<u8> {
    let rest = id.strip_prefix(['A', 'a'])?;
    let (digits, _) = rest.split_once('-')?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let Some(announced) = id_axis(&proposal.id.value) else {
        return;
    };
    if announced != proposal.axis {
        let args = Args::new()
            .with("id", proposal.id.value.as_str())
            .with("prefix", u32::from(announced))
            .with("axis", u32::from(proposal.axis));
        ctx.report(Code::Plan004, Some(proposal.id.span), args);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_plan_convention_announces_an_axis() {
        assert_eq!(id_axis("A2-03"), Some(2));
        assert_eq!(id_axis("a4-x"), Some(4));
        // An axis the plan does not have is still announced: PLAN004 says so.
        assert_eq!(id_axis("A12-01"), Some(12));
        // Not the `A2-…` form: no axis (PLAN004 used to read 2, `new` none).
        assert_eq!(id_axis("A2_03"), None);
        assert_eq!(id_axis("A2.03"), None);
        assert_eq!(id_axis("A3"), None);
        assert_eq!(id_axis("AXE-3"), None);
        assert_eq!(id_axis("A-3"), None);
        assert_eq!(id_axis("B2-01"), None);
        assert_eq!(id_axis("A999-01"), None);
    }
}
