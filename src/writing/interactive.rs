//! `canevas new --interactive`: asks for every section of the canvas, in the
//! order of the template, checks each answer as it is given (word counts,
//! dates inside the calendar and in order, a named lead, every staff category
//! covered), then writes the proposal as YAML the user never has to edit.
//! Prompts come from `inquire`; every text from the `.ftl` files.

use std::io;

use inquire::error::InquireResult;
use inquire::validator::Validation;
use inquire::{Confirm, InquireError, MultiSelect, Select, Text};
use jiff::civil::Date;

use crate::config::Settings;
use crate::i18n::{Args, Lang};
use crate::rules::{
    MIN_WORDS, designated_ids, horizon_end, lead_is_missing, outside_calendar, uncovered,
};
use crate::text::dates::{WrittenDate, parse_date};
use crate::text::words::{placeholder, word_count};
use crate::vocabulary::{self, Level, ResourceKind, Status, Theme, fold};
use crate::writing::template::Values;

mod layout;
mod questions;
mod yaml_out;

/// What the user answered, section by section.
#[derive(Debug)]
pub struct Answers {
    pub id: String,
    pub title: String,
    pub axis: u8,
    pub themes: Vec<Theme>,
    pub status: Status,
    /// The working group, when the user named one.
    pub group: Option<String>,
    pub problem: String,
    pub solution: String,
    pub success_conditions: Vec<String>,
    pub start: String,
    pub end: String,
    pub steps: Vec<Step>,
    pub level: Level,
    pub lead: String,
    pub partners: Vec<String>,
    pub categories: Vec<String>,
    pub complementary: Option<(Vec<String>, String)>,
    pub resources: Vec<Resource>,
    pub evaluation: Vec<Criterion>,
}

#[derive(Debug, Default)]
pub struct Step {
    pub label: String,
    pub due: String,
    pub deliverable: Option<String>,
}

#[derive(Debug)]
pub struct Resource {
    pub kind: ResourceKind,
    pub description: String,
    pub amount: Option<f64>,
}

#[derive(Debug, Default)]
pub struct Criterion {
    pub criterion: String,
    pub indicator: String,
    pub target: Option<String>,
    pub method: String,
}

/// Asks every question; `None` when the user gave up (Ctrl-C, Échap).
pub fn ask(
    lang: Lang,
    values: Values,
    settings: &Settings,
    next_id: &dyn Fn(u8) -> String,
) -> io::Result<Option<String>> {
    let asker = Asker { lang, settings };
    match asker.all(values, next_id) {
        Ok(answers) => Ok(Some(yaml_out::write(&answers, lang))),
        Err(InquireError::OperationCanceled | InquireError::OperationInterrupted) => {
            say(&lang.message("ask-cancelled", &Args::new()));
            Ok(None)
        }
        Err(InquireError::IO(err)) => Err(err),
        Err(other) => Err(io::Error::other(other.to_string())),
    }
}

/// A line between the questions, on the standard error like the prompts.
#[allow(clippy::print_stderr)]
fn say(text: &str) {
    eprintln!("{text}");
}

struct Asker<'a> {
    lang: Lang,
    settings: &'a Settings,
}

impl Asker<'_> {
    fn msg(&self, id: &str) -> String {
        self.lang.message(id, &Args::new())
    }

    fn msg_with(&self, id: &str, args: Args) -> String {
        self.lang.message(id, &args)
    }

    fn all(&self, values: Values, next_id: &dyn Fn(u8) -> String) -> InquireResult<Answers> {
        say(&self.msg("ask-intro"));
        // The questions in the order of the canvas (fields are evaluated in order).
        let title = self.text("ask-title", None, 1)?;
        let axis = self.axis(values.axis)?;
        let id = if axis == values.axis {
            values.id
        } else {
            next_id(axis)
        };
        let themes = self.themes()?;
        let status = self.status()?;
        let group = self.group(axis)?;
        let problem = self.text("ask-problem", None, MIN_WORDS)?;
        let solution = self.solution()?;
        let success_conditions = self.list("ask-success-condition", 1)?;
        let (start, end) = self.calendar(values.calendar.start, values.calendar.end)?;
        let steps = self.steps(start.first_day(), end.last_day())?;
        let level = self.level()?;
        let lead = self.lead()?;
        let partners = self.partners()?;
        let categories = self.categories()?;
        let complementary = self.complementary(&categories)?;
        Ok(Answers {
            id,
            title,
            axis,
            themes,
            status,
            group,
            problem,
            solution,
            success_conditions,
            start: start.to_string(),
            end: end.to_string(),
            steps,
            level,
            lead,
            partners,
            categories,
            complementary,
            resources: self.resources()?,
            evaluation: self.evaluation()?,
        })
    }

    /// A text of at least `min_words` words, never a placeholder.
    fn text(&self, id: &str, default: Option<&str>, min_words: usize) -> InquireResult<String> {
        let too_short = self.msg_with("ask-too-short", Args::new().with("min", min_words));
        let empty = self.msg("ask-required");
        let is_placeholder = self.msg("ask-placeholder");
        let validator = move |input: &str| {
            Ok(if input.trim().is_empty() {
                Validation::Invalid(empty.clone().into())
            } else if placeholder(input).is_some() {
                Validation::Invalid(is_placeholder.clone().into())
            } else if word_count(input) < min_words {
                Validation::Invalid(too_short.clone().into())
            } else {
                Validation::Valid
            })
        };
        let help = self.lang.attribute(id, "hint", &Args::new());
        let message = self.msg(id);
        let mut prompt = Text::new(&message).with_validator(validator);
        if let Some(help) = help.as_deref() {
            prompt = prompt.with_help_message(help);
        }
        if let Some(default) = default {
            prompt = prompt.with_default(default);
        }
        prompt.prompt().map(|s| s.trim().to_owned())
    }

    /// The working group, offered as the axis's usual name; empty for none.
    fn group(&self, axis: u8) -> InquireResult<Option<String>> {
        let default = self.msg_with(
            "ask-group-default",
            Args::new().with("axis", u32::from(axis)),
        );
        let help = self.lang.attribute("ask-group", "hint", &Args::new());
        let message = self.msg("ask-group");
        let mut prompt = Text::new(&message).with_default(&default);
        if let Some(help) = help.as_deref() {
            prompt = prompt.with_help_message(help);
        }
        let answer = prompt.prompt()?;
        Ok(Some(answer.trim().to_owned()).filter(|a| !a.is_empty()))
    }

    /// A yes/no question that understands `o`/`oui`/`n`/`non` as well as `y`/`yes`.
    fn confirm(&self, id: &str, default: bool) -> InquireResult<bool> {
        let lang = self.lang;
        let parser = |answer: &str| match fold(answer).as_str() {
            "o" | "oui" | "y" | "yes" => Ok(true),
            "n" | "non" | "no" => Ok(false),
            _ => Err(()),
        };
        let formatter = move |answer: bool| {
            lang.message(if answer { "ask-yes" } else { "ask-no" }, &Args::new())
        };
        let error = self.msg("ask-confirm-help");
        Confirm::new(&self.msg(id))
            .with_default(default)
            .with_parser(&parser)
            .with_formatter(&formatter)
            .with_default_value_formatter(&|default| {
                let (yes, no) = match lang {
                    Lang::Fr => ("O/n", "o/N"),
                    Lang::En => ("Y/n", "y/N"),
                };
                if default { yes } else { no }.to_owned()
            })
            .with_error_message(&error)
            .with_help_message(&error)
            .prompt()
    }

    /// An optional text: empty means none.
    fn optional(&self, id: &str) -> InquireResult<Option<String>> {
        let answer = Text::new(&self.msg(id))
            .with_help_message(&self.msg("ask-optional-help"))
            .prompt()?;
        let answer = answer.trim();
        Ok((!answer.is_empty()).then(|| answer.to_owned()))
    }

    /// Texts one at a time until an empty answer, at least `min` of them.
    fn list(&self, id: &str, min: usize) -> InquireResult<Vec<String>> {
        let mut items = Vec::new();
        loop {
            let args = Args::new().with("n", items.len() + 1);
            let help = self.msg(if items.len() < min {
                "ask-list-help-required"
            } else {
                "ask-list-help"
            });
            let answer = Text::new(&self.msg_with(id, args))
                .with_help_message(&help)
                .prompt()?;
            match answer.trim() {
                "" if items.len() >= min => return Ok(items),
                "" => {}
                text => items.push(text.to_owned()),
            }
        }
    }

    fn axis(&self, default: u8) -> InquireResult<u8> {
        let options: Vec<String> = (1..=4)
            .map(|n| self.msg(&format!("ask-axis-{n}")))
            .collect();
        let chosen = Select::new(&self.msg("ask-axis"), options.clone())
            .with_starting_cursor(usize::from(default.clamp(1, 4) - 1))
            .with_help_message(&self.msg("ask-select-help"))
            .prompt()?;
        let index = options.iter().position(|o| *o == chosen).unwrap_or(0);
        Ok(u8::try_from(index + 1).unwrap_or(1))
    }

    /// A date between `earliest` and `latest`; a month (`2028-06`) stands for
    /// the day `role` says, as in `check`.
    fn date(
        &self,
        id: &str,
        default: WrittenDate,
        role: Role,
        earliest: Date,
        latest: Date,
    ) -> InquireResult<WrittenDate> {
        let lang = self.lang;
        let validator = move |input: &str| {
            let Some(written) = parse_date(input.trim()) else {
                return Ok(Validation::Invalid(
                    lang.message("ask-bad-date", &Args::new()).into(),
                ));
            };
            let day = role.day(written);
            Ok(if !outside_calendar(day, earliest, latest) {
                Validation::Valid
            } else if day < earliest {
                let args = Args::new().with("date", earliest.to_string());
                Validation::Invalid(lang.message("ask-date-too-early", &args).into())
            } else {
                let args = Args::new().with("date", latest.to_string());
                Validation::Invalid(lang.message("ask-date-too-late", &args).into())
            })
        };
        let answer = Text::new(&self.msg(id))
            .with_default(&default.to_string())
            .with_help_message(&self.msg("ask-date-help"))
            .with_validator(validator)
            .prompt()?;
        Ok(parse_date(answer.trim()).unwrap_or(default))
    }

    /// The calendar, inside the plan's period when one is configured and no
    /// longer than the horizon (`FEA003`), ending after it starts (`CAN003`).
    fn calendar(&self, start: Date, end: Date) -> InquireResult<(WrittenDate, WrittenDate)> {
        let plan = self.settings.plan.as_ref();
        let plan_start = plan.and_then(|p| p.start).unwrap_or(Date::MIN);
        let plan_end = plan.and_then(|p| p.end).unwrap_or(Date::MAX);
        let start = self.date("ask-start", day(start), Role::Start, plan_start, plan_end)?;
        let first = start.first_day();
        // No day within the horizon is out of the calendar's reach (FEA003 is silent then).
        let latest = horizon_end(first, self.settings.horizon_months)
            .unwrap_or(Date::MAX)
            .min(plan_end)
            .max(first);
        let end = day(end.clamp(first, latest));
        let end = self.date("ask-end", end, Role::End, first, latest)?;
        Ok((start, end))
    }

    /// At least two steps, in order (`CAN007`), inside the calendar (`CAN004`),
    /// one with a deliverable (`CON002`).
    fn steps(&self, start: Date, end: Date) -> InquireResult<Vec<Step>> {
        let mut steps: Vec<Step> = Vec::new();
        let mut earliest = start;
        loop {
            let n = steps.len() + 1;
            let help = self.msg(if steps.len() < 2 {
                "ask-list-help-required"
            } else {
                "ask-list-help"
            });
            let label = Text::new(&self.msg_with("ask-step", Args::new().with("n", n)))
                .with_help_message(&help)
                .prompt()?;
            let label = label.trim().to_owned();
            if label.is_empty() {
                if steps.len() >= 2 {
                    break;
                }
                continue;
            }
            let due = self.date("ask-step-due", day(earliest), Role::Start, earliest, end)?;
            earliest = due.first_day();
            let deliverable = self.optional("ask-step-deliverable")?;
            steps.push(Step {
                label,
                due: due.to_string(),
                deliverable,
            });
        }
        if steps.iter().all(|s| s.deliverable.is_none()) {
            say(&self.msg("ask-need-deliverable"));
            let first = &mut steps[0];
            first.deliverable = Some(self.text("ask-step-deliverable-required", None, 1)?);
        }
        Ok(steps)
    }

    /// Only the levels that meet precondition 1 are offered.
    fn level(&self) -> InquireResult<Level> {
        let offered = [Level::Academic, Level::Departmental];
        let options: Vec<String> = offered
            .iter()
            .map(|level| self.msg(&format!("ask-level-{}", level.en())))
            .collect();
        let chosen = Select::new(&self.msg("ask-level"), options.clone())
            .with_help_message(&self.msg("ask-select-help"))
            .prompt()?;
        Ok(offered[options.iter().position(|o| *o == chosen).unwrap_or(0)])
    }

    fn lead(&self) -> InquireResult<String> {
        let nobody = self.msg("ask-lead-nobody");
        let validator = move |input: &str| {
            Ok(if lead_is_missing(input) || placeholder(input).is_some() {
                Validation::Invalid(nobody.clone().into())
            } else {
                Validation::Valid
            })
        };
        Text::new(&self.msg("ask-lead"))
            .with_help_message(
                &self
                    .lang
                    .attribute("ask-lead", "hint", &Args::new())
                    .unwrap_or_default(),
            )
            .with_validator(validator)
            .prompt()
            .map(|s| s.trim().to_owned())
    }

    fn partners(&self) -> InquireResult<Vec<String>> {
        Ok(self
            .optional("ask-partners")?
            .map(|text| {
                text.split([',', ';'])
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default())
    }

    /// The staff categories targeted: every one, or a choice among the plan's.
    fn categories(&self) -> InquireResult<Vec<String>> {
        let everyone = self.confirm("ask-everyone", true)?;
        if everyone {
            return Ok(vec![self.msg("ask-all-id")]);
        }
        let labels: Vec<String> = self
            .settings
            .categories
            .iter()
            .map(|c| format!("{} ({})", c.label, c.id))
            .collect();
        let required = self.msg("ask-required");
        let chosen = MultiSelect::new(&self.msg("ask-categories"), labels.clone())
            .with_help_message(&self.msg("ask-multiselect-help"))
            .with_validator(
                move |chosen: &[inquire::list_option::ListOption<&String>]| {
                    Ok(if chosen.is_empty() {
                        Validation::Invalid(required.clone().into())
                    } else {
                        Validation::Valid
                    })
                },
            )
            .prompt()?;
        Ok(self
            .settings
            .categories
            .iter()
            .zip(&labels)
            .filter(|(_, label)| chosen.contains(label))
            .map(|(c, _)| c.id.clone())
            .collect())
    }

    /// Precondition 3: an action for the categories left out, if any.
    fn complementary(&self, targeted: &[String]) -> InquireResult<Option<(Vec<String>, String)>> {
        // What COV001 would find uncovered, asked of the rule itself.
        let covered = designated_ids(targeted.iter().map(String::as_str), self.settings);
        let left_out: Vec<String> = uncovered(&covered, self.settings)
            .iter()
            .map(|c| c.id.clone())
            .collect();
        if left_out.is_empty() {
            return Ok(None);
        }
        let args = Args::new().with("categories", left_out.join(", "));
        say(&self.msg_with("ask-left-out", args));
        let action = self.text("ask-complementary", None, 1)?;
        Ok(Some((left_out, action)))
    }

    /// Precondition 4: at least one resource, every one mobilisable.
    fn resources(&self) -> InquireResult<Vec<Resource>> {
        let mut resources = Vec::new();
        loop {
            let kinds: Vec<String> = ResourceKind::ALL
                .iter()
                .map(|k| self.msg(&format!("ask-kind-{}", k.en())))
                .collect();
            let chosen = Select::new(&self.msg("ask-resource-kind"), kinds.clone())
                .with_help_message(&self.msg("ask-select-help"))
                .prompt()?;
            let kind = kinds
                .iter()
                .position(|k| *k == chosen)
                .map_or(ResourceKind::Staff, |i| ResourceKind::ALL[i]);
            let description = self.text("ask-resource-description", None, 1)?;
            let amount = if kind == ResourceKind::Budget {
                Some(self.amount()?)
            } else {
                None
            };
            let mobilisable = self.confirm("ask-mobilisable", true)?;
            if mobilisable {
                resources.push(Resource {
                    kind,
                    description,
                    amount,
                });
            } else {
                say(&self.msg("ask-not-mobilisable"));
            }
            if resources.is_empty() {
                continue;
            }
            let more = self.confirm("ask-more-resources", false)?;
            if !more {
                return Ok(resources);
            }
        }
    }

    fn evaluation(&self) -> InquireResult<Vec<Criterion>> {
        let mut criteria = Vec::new();
        loop {
            let criterion = self.text("ask-criterion", None, 1)?;
            let indicator = self.text("ask-indicator", None, 1)?;
            let target = self.optional("ask-target")?;
            let method = self.text("ask-method", None, 1)?;
            criteria.push(Criterion {
                criterion,
                indicator,
                target,
                method,
            });
            let more = self.confirm("ask-more-criteria", false)?;
            if !more {
                return Ok(criteria);
            }
        }
    }
}

/// Which day a month stands for: a start's or a step's first, an end's last.
#[derive(Clone, Copy)]
enum Role {
    Start,
    End,
}

impl Role {
    fn day(self, written: WrittenDate) -> Date {
        match self {
            Role::Start => written.first_day(),
            Role::End => written.last_day(),
        }
    }
}

/// A day proposed as a default answer.
fn day(date: Date) -> WrittenDate {
    WrittenDate {
        date,
        month_only: false,
    }
}

/// The key of a section in the language of the file, from the one key table.
fn key(path: &[&str], lang: Lang) -> &'static str {
    vocabulary::field_at(path.iter().copied()).map_or("", |f| f.name(lang == Lang::Fr))
}
