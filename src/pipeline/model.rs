//! The typed canvas of a proposal, built from the normalised YAML tree once it
//! has passed the schema. Every value keeps the span it was read from, so that
//! rules can point at it.

pub mod group;

use jiff::civil::Date;

use crate::context::FileContext;
use crate::diagnostic::Span;
use crate::i18n::{Args, Lang};
use crate::pipeline::yaml::{Entry, Node, Value};
use crate::rules::Code;
use crate::text::dates::{WrittenDate, parse_date};

/// A text and where it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub value: String,
    pub span: Span,
}

/// A date written `YYYY-MM-DD`, or `YYYY-MM` for a whole month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DateValue {
    pub date: Date,
    pub month_only: bool,
    pub span: Span,
}

impl DateValue {
    fn written(&self) -> WrittenDate {
        WrittenDate {
            date: self.date,
            month_only: self.month_only,
        }
    }

    /// The day a start or a step stands for: the 1st for a month.
    pub fn first_day(&self) -> Date {
        self.written().first_day()
    }

    /// The day an end stands for: the last day for a month.
    pub fn last_day(&self) -> Date {
        self.written().last_day()
    }
}

// The enums of the format are declared with their row of the key table.
pub use crate::vocabulary::{Level, ResourceKind, Status, Theme};

#[derive(Clone, Debug)]
pub struct Calendar {
    pub key: Span,
    pub start: DateValue,
    pub end: DateValue,
}

#[derive(Clone, Debug)]
pub struct Step {
    pub label: Text,
    pub due: Option<DateValue>,
    pub deliverable: Option<Text>,
}

#[derive(Clone, Debug)]
pub struct Piloting {
    pub key: Span,
    pub level: Level,
    pub level_span: Span,
    /// `None` when the key is absent; a blank lead is `Some` with an empty value.
    pub lead: Option<Text>,
    pub partners: Vec<Text>,
}

#[derive(Clone, Debug)]
pub struct ComplementaryAction {
    pub categories: Vec<Text>,
    pub action: Text,
}

#[derive(Clone, Debug)]
pub struct Resource {
    pub kind: ResourceKind,
    pub kind_span: Span,
    pub description: Text,
    pub amount: Option<f64>,
    pub mobilisable: bool,
    pub mobilisable_span: Span,
    /// The support group's expertise it calls on (a `support` resource).
    pub expertise: Option<Text>,
}

#[derive(Clone, Debug)]
pub struct Experimentation {
    pub scope: Option<Text>,
    pub duration_months: Option<i64>,
}

#[derive(Clone, Debug)]
pub struct Criterion {
    pub criterion: Text,
    pub indicator: Text,
    pub target: Option<Text>,
    pub method: Text,
}

/// A key that may be absent, with the span of the key when present.
#[derive(Clone, Debug)]
pub struct Keyed<T> {
    pub key: Span,
    pub value: T,
}

/// One action proposal, in canvas order.
#[derive(Clone, Debug)]
pub struct Proposal {
    /// The span of the first key: where findings about missing root keys point.
    pub head: Span,
    /// The language of its keys (most of them), taken as the language of its
    /// texts: the export marks them with it (`lang="fr"` in an English document).
    pub lang: Lang,
    pub id: Text,
    pub title: Text,
    pub axis: u8,
    pub axis_span: Span,
    pub themes: Vec<(Theme, Span)>,
    pub status: Status,
    pub group: Option<Text>,
    pub problem: Text,
    pub solution: Text,
    pub success_conditions: Vec<Text>,
    pub calendar: Calendar,
    pub steps: Option<Keyed<Vec<Step>>>,
    pub piloting: Piloting,
    pub audience: Keyed<Vec<Text>>,
    pub complementary_actions: Vec<ComplementaryAction>,
    pub resources: Option<Keyed<Vec<Resource>>>,
    pub experimentation: Option<Experimentation>,
    pub evaluation: Keyed<Vec<Criterion>>,
}

impl Proposal {
    /// Every text of the proposal, for rules that read them all (placeholders).
    pub fn texts(&self) -> Vec<&Text> {
        let mut texts = vec![&self.id, &self.title, &self.problem, &self.solution];
        texts.extend(&self.group);
        texts.extend(&self.success_conditions);
        for step in self.steps.iter().flat_map(|s| &s.value) {
            texts.push(&step.label);
            texts.extend(&step.deliverable);
        }
        texts.extend(&self.piloting.lead);
        texts.extend(&self.piloting.partners);
        texts.extend(&self.audience.value);
        for action in &self.complementary_actions {
            texts.extend(&action.categories);
            texts.push(&action.action);
        }
        for resource in self.resources.iter().flat_map(|r| &r.value) {
            texts.push(&resource.description);
            texts.extend(&resource.expertise);
        }
        if let Some(exp) = &self.experimentation {
            texts.extend(&exp.scope);
        }
        for criterion in &self.evaluation.value {
            texts.extend([
                &criterion.criterion,
                &criterion.indicator,
                &criterion.method,
            ]);
            texts.extend(&criterion.target);
        }
        texts
    }
}

/// Builds the typed proposal from a document that passed the schema. A date that
/// matches the pattern but does not exist (`2025-02-30`) is reported as `SCHEMA001`.
pub fn build(root: &Node, ctx: &mut FileContext<'_>) -> Option<Proposal> {
    let mut builder = Builder { ctx, ok: true };
    let proposal = builder.proposal(root);
    if builder.ok { proposal } else { None }
}

struct Builder<'c, 'a> {
    ctx: &'c mut FileContext<'a>,
    ok: bool,
}

impl Builder<'_, '_> {
    fn proposal(&mut self, root: &Node) -> Option<Proposal> {
        let head = root.as_map()?.first()?.key.span;
        let calendar = root.get("calendar")?;
        let piloting = root.get("piloting")?;
        let audience = root.get("audience")?;
        let evaluation = root.get("evaluation")?;
        let axis = root.get("axis")?;
        Some(Proposal {
            lang: if self.ctx.french_keys {
                Lang::Fr
            } else {
                Lang::En
            },
            head,
            id: text(&root.get("id")?.value)?,
            title: text(&root.get("title")?.value)?,
            axis: match axis.value.value {
                Value::Int(i) => u8::try_from(i).ok()?,
                _ => return None,
            },
            axis_span: axis.value.span,
            themes: list(root.get("themes"))
                .iter()
                .filter_map(|n| Some((Theme::from_en(n.as_str()?)?, n.span)))
                .collect(),
            status: root
                .get("status")
                .and_then(|e| Status::from_en(e.value.as_str()?))
                .unwrap_or(Status::Draft),
            group: root.get("group").and_then(|e| text(&e.value)),
            problem: text(&root.get("problem")?.value)?,
            solution: text(&root.get("solution")?.value)?,
            success_conditions: texts(root.get("success_conditions")),
            calendar: Calendar {
                key: calendar.key.span,
                start: self.date(calendar.value.get("start")?)?,
                end: self.date(calendar.value.get("end")?)?,
            },
            steps: self.steps(root.get("steps")),
            piloting: piloting_of(piloting)?,
            audience: Keyed {
                key: audience
                    .value
                    .get("categories")
                    .map_or(audience.key.span, |c| c.key.span),
                value: texts(audience.value.get("categories")),
            },
            complementary_actions: list(root.get("complementary_actions"))
                .iter()
                .filter_map(|n| {
                    Some(ComplementaryAction {
                        categories: texts(n.get("categories")),
                        action: text(&n.get("action")?.value)?,
                    })
                })
                .collect(),
            resources: root.get("resources").map(|e| Keyed {
                key: e.key.span,
                value: list(Some(e)).iter().filter_map(resource).collect(),
            }),
            experimentation: root.get("experimentation").map(|e| Experimentation {
                scope: e.value.get("scope").and_then(|s| text(&s.value)),
                duration_months: e
                    .value
                    .get("duration_months")
                    .and_then(|d| match d.value.value {
                        Value::Int(i) => Some(i),
                        _ => None,
                    }),
            }),
            evaluation: Keyed {
                key: evaluation.key.span,
                value: list(Some(evaluation))
                    .iter()
                    .filter_map(criterion)
                    .collect(),
            },
        })
    }

    fn steps(&mut self, entry: Option<&Entry>) -> Option<Keyed<Vec<Step>>> {
        let entry = entry?;
        let mut steps = Vec::new();
        for node in list(Some(entry)) {
            let due = match node.get("due") {
                Some(due) => Some(self.date(due)?),
                None => None,
            };
            steps.push(Step {
                label: text(&node.get("label")?.value)?,
                due,
                deliverable: node.get("deliverable").and_then(|d| text(&d.value)),
            });
        }
        Some(Keyed {
            key: entry.key.span,
            value: steps,
        })
    }

    fn date(&mut self, entry: &Entry) -> Option<DateValue> {
        let written = entry.value.as_str()?;
        match parse_date(written) {
            Some(WrittenDate { date, month_only }) => Some(DateValue {
                date,
                month_only,
                span: entry.value.span,
            }),
            None => {
                self.ok = false;
                let key = entry.key.as_str().and_then(|k| {
                    crate::vocabulary::PROPOSAL
                        .iter()
                        .chain(crate::vocabulary::date_fields())
                        .find(|f| f.en == k)
                        .map(|f| f.name(self.ctx.french_keys))
                });
                let args = Args::new()
                    .with("key", key.unwrap_or_default())
                    .with("value", written);
                self.ctx.report_as(
                    Code::Schema001,
                    "SCHEMA001-no-such-date",
                    Some(entry.value.span),
                    args,
                );
                None
            }
        }
    }
}

fn text(node: &Node) -> Option<Text> {
    let value = match &node.value {
        Value::Str(s) => s.clone(),
        Value::Null => String::new(),
        _ => return None,
    };
    Some(Text {
        value,
        span: node.span,
    })
}

fn list(entry: Option<&Entry>) -> &[Node] {
    entry.and_then(|e| e.value.as_seq()).unwrap_or(&[])
}

fn texts(entry: Option<&Entry>) -> Vec<Text> {
    list(entry).iter().filter_map(text).collect()
}

fn piloting_of(entry: &Entry) -> Option<Piloting> {
    let level = entry.value.get("level")?;
    Some(Piloting {
        key: entry.key.span,
        level: Level::from_en(level.value.as_str()?)?,
        level_span: level.value.span,
        lead: entry.value.get("lead").and_then(|l| text(&l.value)),
        partners: texts(entry.value.get("partners")),
    })
}

fn resource(node: &Node) -> Option<Resource> {
    let kind = node.get("kind")?;
    let mobilisable = node.get("mobilisable")?;
    Some(Resource {
        kind: ResourceKind::from_en(kind.value.as_str()?)?,
        kind_span: kind.value.span,
        description: text(&node.get("description")?.value)?,
        amount: node.get("amount").and_then(|a| match a.value.value {
            Value::Int(i) => Some(i as f64),
            Value::Float(f) => Some(f),
            _ => None,
        }),
        mobilisable: matches!(mobilisable.value.value, Value::Bool(true)),
        mobilisable_span: mobilisable.value.span,
        expertise: node.get("expertise").and_then(|e| text(&e.value)),
    })
}

fn criterion(node: &Node) -> Option<Criterion> {
    Some(Criterion {
        criterion: text(&node.get("criterion")?.value)?,
        indicator: text(&node.get("indicator")?.value)?,
        target: node.get("target").and_then(|t| match &t.value.value {
            Value::Str(s) => Some(Text {
                value: s.clone(),
                span: t.value.span,
            }),
            Value::Int(i) => Some(Text {
                value: i.to_string(),
                span: t.value.span,
            }),
            Value::Float(f) => Some(Text {
                value: f.to_string(),
                span: t.value.span,
            }),
            _ => None,
        }),
        method: text(&node.get("method")?.value)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_end_is_the_last_day_of_the_month() {
        let v = DateValue {
            date: Date::new(2025, 2, 1).unwrap(),
            month_only: true,
            span: Span::default(),
        };
        assert_eq!(v.first_day().to_string(), "2025-02-01");
        assert_eq!(v.last_day().to_string(), "2025-02-28");
    }
}
