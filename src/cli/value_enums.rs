//! How the enums of the lower layers (report formats, languages, sort keys, statuses)
//! are typed on the command line. They are written by hand here, not derived
//! where the enums live, so that `report`, `i18n` and `editors` know nothing
//! of clap.

use clap::ValueEnum;
use clap::builder::PossibleValue;

use crate::editors::plan_view::SortKey;
use crate::i18n::Lang;
use crate::report::Format;
use crate::vocabulary::Status;

/// A status, in English or French, from the vocabulary table (`summary --status`).
impl ValueEnum for Status {
    fn value_variants<'a>() -> &'a [Self] {
        Status::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let row = self.variant();
        Some(PossibleValue::new(row.en).alias(row.fr))
    }
}

impl ValueEnum for Format {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            Format::Human,
            Format::Concise,
            Format::Json,
            Format::Github,
            Format::Gitlab,
            Format::Sarif,
            Format::Junit,
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let (name, help) = match self {
            Format::Human => (
                "human",
                "Code frames with the offending text underlined, and a hint (miette).",
            ),
            Format::Concise => (
                "concise",
                "One line a finding: `path:line:col: severity[CODE] message`.",
            ),
            Format::Json => (
                "json",
                "One JSON document, described by `schemas/report.schema.json`.",
            ),
            Format::Github => (
                "github",
                "GitHub Actions annotations, and a Markdown summary in `GITHUB_STEP_SUMMARY`.",
            ),
            Format::Gitlab => ("gitlab", "GitLab Code Quality report."),
            Format::Sarif => ("sarif", "SARIF 2.1.0, for GitHub code scanning."),
            Format::Junit => (
                "junit",
                "JUnit XML, for the test reports of GitLab and Jenkins.",
            ),
        };
        Some(PossibleValue::new(name).help(help))
    }
}

impl ValueEnum for Lang {
    fn value_variants<'a>() -> &'a [Self] {
        &[Lang::Fr, Lang::En]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }))
    }
}

impl ValueEnum for SortKey {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            SortKey::Axis,
            SortKey::Id,
            SortKey::Title,
            SortKey::Status,
            SortKey::Errors,
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let (name, help) = match self {
            SortKey::Axis => ("axis", Some("By axis, then id (the plan's order).")),
            SortKey::Id => ("id", None),
            SortKey::Title => ("title", None),
            SortKey::Status => (
                "status",
                Some("Drafts first, then submitted, then adopted."),
            ),
            SortKey::Errors => ("errors", Some("The most errors first.")),
        };
        let value = PossibleValue::new(name);
        Some(match help {
            Some(help) => value.help(help),
            None => value,
        })
    }
}
