//! `PLAN004`: an id's axis prefix (`A2-…`) disagrees with `axis`.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::rules::Code;

crate::declare_rule! {
    Plan004 "PLAN004" "id-prefix-mismatch",
    family: Plan, severity: Warning, check: Proposal(check),
}

/// The axis an id announces: `A2-03` → 2. `None` when the id has no such prefix.
pub(crate) fn id_axis(id: &str) -> Option<u8> {
    let rest = id.strip_prefix(['A', 'a'])?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let after = rest[digits.len()..].chars().next();
    if digits.is_empty() || !matches!(after, None | Some('-' | '_' | '.')) {
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
    fn prefixes() {
        assert_eq!(id_axis("A2-03"), Some(2));
        assert_eq!(id_axis("a4_1"), Some(4));
        assert_eq!(id_axis("A3"), Some(3));
        assert_eq!(id_axis("AXE-3"), None);
        assert_eq!(id_axis("B2-01"), None);
    }
}
