//! The ordered list of every finding code. Adding a rule: a line here, a file in
//! its family folder, messages in both `.ftl` files, fixtures under
//! `tests/fixtures/rules/<CODE>/`.

use crate::context::FileContext;
use crate::diagnostic::Severity;
use crate::pipeline::model::Proposal;

use super::plan::{PlanContext, PlanEntry};
use super::{canvas, concreteness, coverage, feasibility, piloting, plan};

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
    /// By a rule over all the proposals checked together.
    Plan(fn(&[PlanEntry], &mut PlanContext<'_>)),
}

/// What the registry knows of a code.
pub struct RuleMeta {
    pub code: Code,
    /// The bad pattern it finds, in kebab case (`problem-too-short`).
    pub name: &'static str,
    pub family: Family,
    pub severity: Severity,
    pub check: Check,
}

macro_rules! registry {
    ($($variant:ident $code:literal $name:literal $family:ident $severity:ident $check:expr;)*) => {
        /// A finding code. Its order is the order of the rule table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $($variant,)* }

        impl Code {
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }
        }

        /// Every code, in the order of the spec's table.
        pub static RULES: &[RuleMeta] = &[
            $(RuleMeta {
                code: Code::$variant,
                name: $name,
                family: Family::$family,
                severity: Severity::$severity,
                check: $check,
            },)*
        ];
    };
}

registry! {
    File001 "FILE001" "file-unreadable" Files Error Check::Stage;
    Yaml001 "YAML001" "yaml-syntax-error" Yaml Error Check::Stage;
    Yaml002 "YAML002" "duplicate-key" Yaml Error Check::Stage;
    Yaml003 "YAML003" "not-one-mapping" Yaml Error Check::Stage;
    Yaml004 "YAML004" "resource-limit" Yaml Error Check::Stage;
    Schema001 "SCHEMA001" "schema-violation" Structure Error Check::Stage;
    Can001 "CAN001" "problem-too-short" Canvas Warning Check::Proposal(canvas::can001_problem_too_short::check);
    Can002 "CAN002" "solution-too-short" Canvas Warning Check::Proposal(canvas::can002_solution_too_short::check);
    Can003 "CAN003" "calendar-ends-before-start" Canvas Error Check::Proposal(canvas::can003_calendar_reversed::check);
    Can004 "CAN004" "step-outside-calendar" Canvas Error Check::Proposal(canvas::can004_step_outside_calendar::check);
    Can005 "CAN005" "no-evaluation-target" Canvas Warning Check::Proposal(canvas::can005_no_target::check);
    Can006 "CAN006" "placeholder-left" Canvas Error Check::Proposal(canvas::can006_placeholder_left::check);
    Can007 "CAN007" "steps-out-of-order" Canvas Warning Check::Proposal(canvas::can007_steps_out_of_order::check);
    Pil001 "PIL001" "level-not-academic" Piloting Error Check::Proposal(piloting::pil001_level_not_academic::check);
    Pil002 "PIL002" "no-lead" Piloting Error Check::Proposal(piloting::pil002_no_lead::check);
    Pil003 "PIL003" "national-measure" Piloting Warning Check::Proposal(piloting::pil003_national_measure::check);
    Con001 "CON001" "too-few-steps" Concreteness Error Check::Proposal(concreteness::con001_too_few_steps::check);
    Con002 "CON002" "no-deliverable" Concreteness Error Check::Proposal(concreteness::con002_no_deliverable::check);
    Con003 "CON003" "vague-verbs-only" Concreteness Warning Check::Proposal(concreteness::con003_vague_verbs_only::check);
    Cov001 "COV001" "categories-uncovered" Coverage Error Check::Proposal(coverage::cov001_categories_uncovered::check);
    Cov002 "COV002" "unknown-category" Coverage Error Check::Proposal(coverage::cov002_unknown_category::check);
    Cov003 "COV003" "complementary-overlap" Coverage Warning Check::Proposal(coverage::cov003_complementary_overlap::check);
    Cov004 "COV004" "complementary-existing-only" Coverage Warning Check::Proposal(coverage::cov004_complementary_existing_only::check);
    Fea001 "FEA001" "no-resources" Feasibility Error Check::Proposal(feasibility::fea001_no_resources::check);
    Fea002 "FEA002" "resource-not-mobilisable" Feasibility Error Check::Proposal(feasibility::fea002_not_mobilisable::check);
    Fea003 "FEA003" "calendar-too-long" Feasibility Error Check::Proposal(feasibility::fea003_calendar_too_long::check);
    Fea004 "FEA004" "budget-without-amount" Feasibility Warning Check::Proposal(feasibility::fea004_budget_without_amount::check);
    Plan001 "PLAN001" "duplicate-id" Plan Error Check::Plan(plan::plan001_duplicate_id::check);
    Plan002 "PLAN002" "axis-size" Plan Warning Check::Plan(plan::plan002_axis_size::check);
    Plan003 "PLAN003" "theme-not-served" Plan Warning Check::Plan(plan::plan003_theme_not_served::check);
    Plan004 "PLAN004" "id-prefix-mismatch" Plan Warning Check::Proposal(plan::plan004_id_prefix_mismatch::check);
    Sup001 "SUP001" "allow-without-reason" Suppressions Warning Check::Stage;
    Sup002 "SUP002" "allow-unusable" Suppressions Warning Check::Stage;
    Sup003 "SUP003" "allow-unused" Suppressions Info Check::Stage;
}

impl Code {
    pub fn meta(self) -> &'static RuleMeta {
        &RULES[self as usize]
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
