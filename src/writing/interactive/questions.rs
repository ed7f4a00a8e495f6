//! The questions of `new --interactive` beyond the first version: the themes
//! and status of the proposal, a solution that `check` would not find
//! vague, and an amount written the French way (`8000,50`, `8 000 €`).

use inquire::error::InquireResult;
use inquire::validator::Validation;
use inquire::{MultiSelect, Select, Text};

use super::{Asker, say};
use crate::editors::summary::theme_name;
use crate::rules::{MIN_WORDS, vague_only};
use crate::text::amounts::parse_amount;
use crate::vocabulary::{Status, Theme};

impl Asker<'_> {
    /// The transversal themes the action serves; none is a valid answer.
    pub(super) fn themes(&self) -> InquireResult<Vec<Theme>> {
        let labels: Vec<String> = Theme::ALL
            .iter()
            .map(|t| theme_name(*t, self.lang))
            .collect();
        let chosen = MultiSelect::new(&self.msg("ask-themes"), labels.clone())
            .with_help_message(&self.msg("ask-multiselect-help"))
            .prompt()?;
        Ok(Theme::ALL
            .iter()
            .zip(&labels)
            .filter(|(_, label)| chosen.contains(label))
            .map(|(theme, _)| *theme)
            .collect())
    }

    /// Where the proposal stands: a draft unless the group says otherwise.
    pub(super) fn status(&self) -> InquireResult<Status> {
        let labels: Vec<String> = Status::ALL
            .iter()
            .map(|s| self.msg(&format!("ask-status-{}", s.en())))
            .collect();
        let chosen = Select::new(&self.msg("ask-status"), labels.clone())
            .with_help_message(&self.msg("ask-select-help"))
            .prompt()?;
        let index = labels.iter().position(|l| *l == chosen).unwrap_or(0);
        Ok(Status::ALL[index])
    }

    /// The solution, asked again while it rests on vague verbs only and the
    /// person wants to rewrite it (`CON003` is a warning: they may keep it).
    pub(super) fn solution(&self) -> InquireResult<String> {
        loop {
            let solution = self.text("ask-solution", None, MIN_WORDS)?;
            let Some(args) = vague_only(&solution, self.settings) else {
                return Ok(solution);
            };
            say(&self.msg_with("ask-vague", args));
            if !self.confirm("ask-rewrite-solution", true)? {
                return Ok(solution);
            }
        }
    }

    /// An amount of euros ≥ 0, with a decimal comma or point, spaces between
    /// thousands and `€` all accepted.
    pub(super) fn amount(&self) -> InquireResult<f64> {
        let bad = self.msg("ask-bad-amount");
        let validator = move |input: &str| {
            Ok(match parse_amount(input) {
                Some(_) => Validation::Valid,
                None => Validation::Invalid(bad.clone().into()),
            })
        };
        let answer = Text::new(&self.msg("ask-amount"))
            .with_help_message(&self.msg("ask-amount-help"))
            .with_validator(validator)
            .prompt()?;
        Ok(parse_amount(&answer).unwrap_or_default())
    }
}
