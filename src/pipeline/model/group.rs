//! The typed working group (`groupe.yaml`) and support group (`appui.yaml`),
//! built from the normalised YAML tree once it has passed its schema. A
//! person's category and department are checked against the run's lists here
//! (`SCHEMA001`, with a suggestion), as enum values are: the composition rules
//! (`GRP004`, `GRP005`) cannot count what they cannot name.

use crate::context::FileContext;
use crate::diagnostic::Span;
use crate::i18n::Args;
use crate::pipeline::yaml::{Entry, Node, Value};
use crate::rules::Code;
use crate::text::suggest;
use crate::vocabulary::{fold, folds_to};

use super::{Keyed, Text, list, text};

// The enums of the group format are declared with their row of the key table.
pub use crate::vocabulary::{Gender, Workplace};

impl Workplace {
    /// A school of the first or second degree (école, collège, lycée).
    pub fn is_school(self) -> bool {
        matches!(
            self,
            Workplace::Ecole | Workplace::College | Workplace::Lycee
        )
    }

    /// The academic services: the rectorat or a DSDEN.
    pub fn is_academic_service(self) -> bool {
        matches!(self, Workplace::Rectorat | Workplace::Dsden)
    }
}

/// One person of a group: the pair or the members.
#[derive(Clone, Debug)]
pub struct Person {
    /// Where the person's entry starts, for findings about this person.
    pub span: Span,
    pub name: Option<Text>,
    /// The category id as the configuration writes it (`enseignants-2d`).
    pub category: String,
    pub workplace: Workplace,
    pub workplace_span: Span,
    /// The department as the configuration writes it (`25`).
    pub department: String,
    pub gender: Option<Gender>,
}

/// The working group of an axis.
#[derive(Clone, Debug)]
pub struct Group {
    /// The span of the first key: where findings about the whole group point.
    pub head: Span,
    pub name: Option<Text>,
    pub axis: u8,
    pub axis_span: Span,
    /// The pair; absent is an empty list at the head (`GRP001` says what to write).
    pub co_leads: Keyed<Vec<Person>>,
    pub members: Keyed<Vec<Person>>,
}

impl Group {
    /// The pair and the members: "the group" of `GRP003`-`GRP005`.
    pub fn everyone(&self) -> impl Iterator<Item = &Person> {
        self.co_leads.value.iter().chain(&self.members.value)
    }

    /// How many persons, the pair included.
    pub fn size(&self) -> usize {
        self.co_leads.value.len() + self.members.value.len()
    }
}

/// The support group: the expertise the working groups can call on.
#[derive(Clone, Debug)]
pub struct SupportGroup {
    pub name: Option<Text>,
    pub expertise: Vec<Text>,
}

impl SupportGroup {
    /// The expertise that `wanted` names: the same words, regardless of case
    /// and accents, or a text that holds them (« appui d'un juriste »).
    pub fn provides(&self, wanted: &str) -> Option<&Text> {
        let wanted = format!("_{}_", words(wanted));
        self.expertise.iter().find(|e| {
            let held = words(&e.value);
            !held.is_empty() && wanted.contains(&format!("_{held}_"))
        })
    }
}

/// The words of a text, folded and joined by `_` (punctuation and
/// apostrophes separate words).
fn words(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    fold(&spaced)
}

/// Builds the typed group; `None` after a `SCHEMA001` (unknown category or department).
pub fn build_group(root: &Node, ctx: &mut FileContext<'_>) -> Option<Group> {
    let head = root.as_map()?.first()?.key.span;
    let axis = root.get("axis")?;
    let mut ok = true;
    let mut persons = |key: &str| -> Keyed<Vec<Person>> {
        let entry = root.get(key);
        let value = list(entry)
            .iter()
            .filter_map(|node| {
                let person = person(node, ctx);
                ok &= person.is_some();
                person
            })
            .collect();
        Keyed {
            key: entry.map_or(head, |e| e.key.span),
            value,
        }
    };
    let co_leads = persons("co_leads");
    let members = persons("members");
    let group = Group {
        head,
        name: root.get("name").and_then(|e| text(&e.value)),
        axis: match axis.value.value {
            Value::Int(i) => u8::try_from(i).ok()?,
            _ => return None,
        },
        axis_span: axis.value.span,
        co_leads,
        members,
    };
    ok.then_some(group)
}

/// Builds the typed support group.
pub fn build_support_group(root: &Node) -> Option<SupportGroup> {
    Some(SupportGroup {
        name: root.get("name").and_then(|e| text(&e.value)),
        expertise: list(root.get("expertise"))
            .iter()
            .filter_map(text)
            .collect(),
    })
}

fn person(node: &Node, ctx: &mut FileContext<'_>) -> Option<Person> {
    let workplace = node.get("workplace")?;
    let category = known_category(node.get("category")?, ctx);
    let department = known_department(node.get("department")?, ctx);
    Some(Person {
        span: node.span,
        name: node.get("name").and_then(|e| text(&e.value)),
        category: category?,
        workplace: Workplace::from_en(workplace.value.as_str()?)?,
        workplace_span: workplace.value.span,
        department: department?,
        gender: node
            .get("gender")
            .and_then(|e| Gender::from_en(e.value.as_str()?)),
    })
}

/// The category id of the run that `entry` names, or a `SCHEMA001`.
fn known_category(entry: &Entry, ctx: &mut FileContext<'_>) -> Option<String> {
    let written = entry.value.as_str().unwrap_or_default();
    let folded = fold(written);
    let categories = &ctx.settings.categories;
    if let Some(category) = categories.iter().find(|c| c.folded == folded) {
        return Some(category.id.clone());
    }
    let ids: Vec<&str> = categories.iter().map(|c| c.id.as_str()).collect();
    report_unknown(entry, "category", &ids, ctx);
    None
}

/// The department of the run that `entry` names (`25`, ` 25 `), or a `SCHEMA001`.
fn known_department(entry: &Entry, ctx: &mut FileContext<'_>) -> Option<String> {
    let written = entry.value.as_str().unwrap_or_default();
    let folded = fold(written);
    let departments = &ctx.settings.groups.departments;
    if let Some(department) = departments.iter().find(|d| folds_to(&fold(d), &folded)) {
        return Some(department.clone());
    }
    let ids: Vec<&str> = departments.iter().map(String::as_str).collect();
    report_unknown(entry, "department", &ids, ctx);
    None
}

fn report_unknown(entry: &Entry, key: &str, allowed: &[&str], ctx: &mut FileContext<'_>) {
    let written = ctx.source.slice(entry.value.span).trim().to_owned();
    let french = ctx.french_keys;
    let key_name = crate::vocabulary::field_in(ctx.document, ["co_leads", key])
        .map_or(key, |f| f.name(french));
    let args = Args::new()
        .with("key", key_name)
        .with("value", written.as_str())
        .with("allowed", allowed.join(", "));
    let id = match suggest::closest(&written, allowed.iter().copied()) {
        Some(suggestion) => {
            let args = args.with("suggestion", suggestion);
            ctx.report_as(
                Code::Schema001,
                "SCHEMA001-enum-suggest",
                Some(entry.value.span),
                args,
            );
            return;
        }
        None => "SCHEMA001-enum",
    };
    ctx.report_as(Code::Schema001, id, Some(entry.value.span), args);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn support(expertise: &[&str]) -> SupportGroup {
        SupportGroup {
            name: None,
            expertise: expertise
                .iter()
                .map(|e| Text {
                    value: (*e).to_owned(),
                    span: Span::default(),
                })
                .collect(),
        }
    }

    #[test]
    fn an_expertise_is_named_exactly_or_inside_a_text() {
        let group = support(&["Psychologue du travail", "juriste"]);
        assert!(group.provides("psychologue du travail").is_some());
        assert!(
            group
                .provides("Appui d'un juriste pour la charte")
                .is_some()
        );
        assert!(group.provides("Psychologue").is_none());
        assert!(group.provides("juristes").is_none());
        assert!(group.provides("médecin de prévention").is_none());
    }

    #[test]
    fn workplaces_fall_on_one_side_of_the_pair_or_none() {
        assert!(Workplace::College.is_school() && !Workplace::College.is_academic_service());
        assert!(Workplace::Dsden.is_academic_service() && !Workplace::Dsden.is_school());
        assert!(!Workplace::Other.is_school() && !Workplace::Other.is_academic_service());
    }
}
