//! The ordered list of every finding code: one line per code, naming the
//! `RuleMeta` its file declares with [`declare_rule!`](crate::declare_rule).
//! Adding a rule: see CONTRIBUTING.md.

use crate::context::FileContext;
use crate::diagnostic::Severity;
use crate::pipeline::model::Proposal;
use crate::pipeline::model::group::Group;

use super::plan::{PlanContext, PlanEntry};
use super::{canvas, concreteness, coverage, feasibility, groups, piloting, plan, stages};

/// The families of the spec's rule table, in its order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Family {
    Files,
    Yaml,
    Structure,
    Canvas,
    Piloting,
    Concreteness,
    Coverage,
    Feasibility,
    Plan,
    Groups,
    Suppressions,
}

impl Family {
    /// The family's part of message ids: `family-piloting` names it,
    /// `family-piloting-checks` says what its rules check.
    pub fn id(self) -> &'static str {
        match self {
            Family::Files => "files",
            Family::Yaml => "yaml",
            Family::Structure => "structure",
            Family::Canvas => "canvas",
            Family::Piloting => "piloting",
            Family::Concreteness => "concreteness",
            Family::Coverage => "coverage",
            Family::Feasibility => "feasibility",
            Family::Plan => "plan",
            Family::Groups => "groups",
            Family::Suppressions => "suppressions",
        }
    }
}

/// How a code is found.
#[derive(Clone, Copy)]
pub enum Check {
    /// By a stage of the pipeline (reading, YAML, schema, suppression comments), not by a rule.
    Stage,
    /// By a rule over one typed proposal.
    Proposal(fn(&Proposal, &mut FileContext<'_>)),
    /// By a rule over one typed working group.
    Group(fn(&Group, &mut FileContext<'_>)),
    /// By a rule over all the proposals checked together.
    Plan(fn(&[PlanEntry], &mut PlanContext<'_>)),
}

/// What the registry knows of a code: declared in the rule's own file with
/// [`declare_rule!`](crate::declare_rule).
pub struct RuleMeta {
    pub code: Code,
    /// The code as written (`CAN001`).
    pub id: &'static str,
    /// The bad pattern it finds, in kebab case (`problem-too-short`).
    pub name: &'static str,
    pub family: Family,
    pub severity: Severity,
    pub check: Check,
    /// The `explain` text, French then English (`docs/{fr,en}/CODE.md`).
    pub docs: [&'static str; 2],
}

/// Declares a code's [`RuleMeta`] as a const (`RULE` unless named), with its
/// `explain` text read from `src/rules/docs/{fr,en}/CODE.md`:
///
/// ```ignore
/// declare_rule! {
///     Can001 "CAN001" "problem-too-short",
///     family: Canvas, severity: Warning, check: Proposal(check),
/// }
/// ```
#[macro_export]
#[doc(hidden)]
macro_rules! declare_rule {
    ($variant:ident $id:literal $name:literal,
     family: $family:ident, severity: $severity:ident, check: $kind:ident $(($check:path))? $(,)?) => {
        $crate::declare_rule! {
            RULE = $variant $id $name,
            family: $family, severity: $severity, check: $kind $(($check))?
        }
    };
    ($const:ident = $variant:ident $id:literal $name:literal,
     family: $family:ident, severity: $severity:ident, check: $kind:ident $(($check:path))? $(,)?) => {
        pub(crate) const $const: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
            code: $crate::rules::Code::$variant,
            id: $id,
            name: $name,
            family: $crate::rules::Family::$family,
            severity: $crate::diagnostic::Severity::$severity,
            check: $crate::rules::Check::$kind $(($check))?,
            docs: [
                include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/src/rules/docs/fr/", $id, ".md")),
                include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/src/rules/docs/en/", $id, ".md")),
            ],
        };
    };
}

/// Builds the [`Code`] enum and the [`RULES`] slice from one line per code,
/// in the order of the spec's rule table, and checks at compile time that
/// each declaration names the variant of its line.
macro_rules! registry {
    ($($variant:ident => $rule:path;)*) => {
        /// A finding code. Its order is the order of the rule table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $($variant,)* }

        /// Every code, in the order of the spec's table.
        pub static RULES: &[RuleMeta] = &[$($rule,)*];

        const _: () = {
            $(assert!($rule.code as usize == Code::$variant as usize, "a line names another code's rule");)*
        };
    };
}

registry! {
    File001 => stages::FILE001;
    Yaml001 => stages::YAML001;
    Yaml002 => stages::YAML002;
    Yaml003 => stages::YAML003;
    Yaml004 => stages::YAML004;
    Schema001 => stages::SCHEMA001;
    Can001 => canvas::can001_problem_too_short::RULE;
    Can002 => canvas::can002_solution_too_short::RULE;
    Can003 => canvas::can003_calendar_reversed::RULE;
    Can004 => canvas::can004_step_outside_calendar::RULE;
    Can005 => canvas::can005_no_target::RULE;
    Can006 => canvas::can006_placeholder_left::RULE;
    Can007 => canvas::can007_steps_out_of_order::RULE;
    Pil001 => piloting::pil001_level_not_academic::RULE;
    Pil002 => piloting::pil002_no_lead::RULE;
    Pil003 => piloting::pil003_national_measure::RULE;
    Con001 => concreteness::con001_too_few_steps::RULE;
    Con002 => concreteness::con002_no_deliverable::RULE;
    Con003 => concreteness::con003_vague_verbs_only::RULE;
    Cov001 => coverage::cov001_categories_uncovered::RULE;
    Cov002 => coverage::cov002_unknown_category::RULE;
    Cov003 => coverage::cov003_complementary_overlap::RULE;
    Cov004 => coverage::cov004_complementary_existing_only::RULE;
    Fea001 => feasibility::fea001_no_resources::RULE;
    Fea002 => feasibility::fea002_not_mobilisable::RULE;
    Fea003 => feasibility::fea003_calendar_too_long::RULE;
    Fea004 => feasibility::fea004_budget_without_amount::RULE;
    Fea005 => feasibility::fea005_support_not_available::RULE;
    Plan001 => plan::plan001_duplicate_id::RULE;
    Plan002 => plan::plan002_axis_size::RULE;
    Plan003 => plan::plan003_theme_not_served::RULE;
    Plan004 => plan::plan004_id_prefix_mismatch::RULE;
    Grp001 => groups::grp001_pair_not_mixed::RULE;
    Grp002 => groups::grp002_members_out_of_range::RULE;
    Grp003 => groups::grp003_parity::RULE;
    Grp004 => groups::grp004_few_departments::RULE;
    Grp005 => groups::grp005_few_categories::RULE;
    Grp006 => groups::grp006_axis_without_group::RULE;
    Grp007 => groups::grp007_unknown_group::RULE;
    Sup001 => stages::SUP001;
    Sup002 => stages::SUP002;
    Sup003 => stages::SUP003;
}

impl Code {
    pub fn meta(self) -> &'static RuleMeta {
        &RULES[self as usize]
    }

    pub fn as_str(self) -> &'static str {
        self.meta().id
    }

    /// The code spelled `text`, in any case.
    pub fn parse(text: &str) -> Option<Code> {
        RULES
            .iter()
            .map(|r| r.code)
            .find(|c| c.as_str().eq_ignore_ascii_case(text.trim()))
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn meta_is_indexed_by_code() {
        for (i, rule) in RULES.iter().enumerate() {
            assert_eq!(rule.code as usize, i);
            assert_eq!(rule.code.meta().code, rule.code);
            assert_eq!(
                Code::parse(&rule.code.as_str().to_lowercase()),
                Some(rule.code)
            );
        }
    }

    #[test]
    fn every_family_is_named_in_both_languages() {
        for rule in RULES {
            for lang in [Lang::Fr, Lang::En] {
                let id = format!("family-{}", rule.family.id());
                for id in [id.clone(), format!("{id}-checks")] {
                    assert!(lang.has(&id), "{id} missing in {lang:?}");
                }
            }
        }
    }

    #[test]
    fn every_code_is_documented_in_both_languages() {
        for rule in RULES {
            for lang in [Lang::Fr, Lang::En] {
                let id = format!("{}-title", rule.code);
                assert!(lang.has(&id), "{id} missing in {lang:?}");
            }
        }
    }
}
