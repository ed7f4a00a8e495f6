//! `summary --view groups`: one row per axis with its working group in
//! figures — the pair's workplaces, the number of members, the counts by
//! department, by category and by gender, and each group rule's verdict. The
//! same figures as JSON for `--format json`. No person's gender is shown:
//! only the group's totals; names only with `[groups] show_names = true`.

use serde_json::{Value, json};

use super::json::verdict_json;
use super::{Marks, Sheet, t, verdict_text};
use crate::editors::group_view::{GROUP_RULES, GroupFigures, GroupsView};
use crate::editors::plan_view::Verdict;
use crate::i18n::{Args, Lang};
use crate::pipeline::model::group::Workplace;
use crate::rules::Code;
use crate::text::escape;

/// The groups tables: one row per axis, then the composition (departments
/// and categories against axes). The summary's documents (`Marks::Words`:
/// CSV, Markdown, HTML) also give the composition and one column a rule in
/// the first table, which CSV writes alone.
pub fn sheets(view: &GroupsView<'_>, marks: Marks, lang: Lang) -> Vec<Sheet> {
    let wide = marks == Marks::Words;
    vec![
        groups_sheet(view, marks, wide, lang),
        composition_sheet(view, lang),
    ]
}

/// The same tables narrow enough for a printed page (the export): the
/// composition only in its own table, the verdicts in one column.
pub fn printable_sheets(view: &GroupsView<'_>, lang: Lang) -> Vec<Sheet> {
    vec![
        groups_sheet(view, Marks::Words, false, lang),
        composition_sheet(view, lang),
    ]
}

fn groups_sheet(view: &GroupsView<'_>, marks: Marks, with_counts: bool, lang: Lang) -> Sheet {
    let mut columns = vec!["ed-col-axis", "grp-col-pair", "grp-col-members"];
    if with_counts {
        columns.extend(["grp-col-departments", "grp-col-categories"]);
    }
    columns.extend(["grp-col-women", "grp-col-men", "grp-col-gender-unknown"]);
    let mut header: Vec<String> = columns.iter().map(|id| t(lang, id)).collect();
    // A terminal has room for one verdict column; documents give one a rule.
    if with_counts {
        header.extend(GROUP_RULES.iter().map(|c| rule_header(c.as_str(), lang)));
    } else {
        header.push(t(lang, "grp-col-rules"));
    }
    let names = view.axes.iter().any(|g| g.names.is_some());
    if names {
        header.push(t(lang, "grp-col-names"));
    }
    let rows = view
        .axes
        .iter()
        .map(|g| row(g, marks, with_counts, lang))
        .collect();
    let mut numeric = vec![true, false, true];
    if with_counts {
        numeric.extend([false, false]);
    }
    numeric.extend([true, true, true]);
    numeric.extend(vec![false; if with_counts { GROUP_RULES.len() } else { 1 }]);
    if names {
        numeric.push(false);
    }
    Sheet {
        name: "groups",
        title: t(lang, "grp-view-groups"),
        header,
        rows,
        numeric,
    }
}

fn row(g: &GroupFigures<'_>, marks: Marks, with_counts: bool, lang: Lang) -> Vec<String> {
    let none = g.group.is_none();
    let figure = |n: usize| {
        if none {
            "–".to_owned()
        } else {
            n.to_string()
        }
    };
    let mut row = vec![g.axis.to_string(), pair_text(g, lang), figure(g.members)];
    if with_counts {
        let departments = g.departments.iter().filter(|(_, n)| *n > 0);
        row.push(counts_text(departments.map(|(d, n)| (d.as_str(), *n))));
        row.push(counts_text(
            g.categories.iter().map(|(id, _, n)| (id.as_str(), *n)),
        ));
    }
    row.extend([figure(g.women), figure(g.men), figure(g.gender_unknown)]);
    // An axis without a group file: only its GRP006 verdict means something.
    let verdicts = g
        .verdicts
        .iter()
        .zip(GROUP_RULES)
        .filter(|(_, code)| !g.files.is_empty() || *code == Code::Grp006);
    if with_counts {
        row.extend(g.verdicts.iter().zip(GROUP_RULES).map(|(v, code)| {
            if g.files.is_empty() && code != Code::Grp006 {
                "–".to_owned()
            } else {
                verdict_text(v, marks, lang)
            }
        }));
    } else {
        let failed: Vec<String> = verdicts
            .filter(|(v, _)| **v != Verdict::Met)
            .map(|(v, _)| verdict_text(v, marks, lang))
            .collect();
        row.push(match (failed.is_empty(), marks) {
            (true, Marks::Words) => t(lang, "grp-rules-all-met"),
            (true, _) => verdict_text(&Verdict::Met, marks, lang),
            (false, Marks::Words) => failed.join(" · "),
            (false, _) => failed.join(" "),
        });
    }
    if let Some(names) = &g.names {
        row.push(escape::one_line(&names.join(", ")));
    }
    row
}

/// Departments, then staff categories, against axes: how many persons.
fn composition_sheet(view: &GroupsView<'_>, lang: Lang) -> Sheet {
    let mut header = vec![t(lang, "grp-col-composition")];
    header.extend(
        view.axes
            .iter()
            .map(|g| lang.message("ed-axis", &Args::new().with("axis", u32::from(g.axis)))),
    );
    let mut rows: Vec<Vec<String>> = Vec::new();
    if let Some(first) = view.axes.first() {
        for (i, (department, _)) in first.departments.iter().enumerate() {
            let label = lang.message(
                "grp-department",
                &Args::new().with("department", department.as_str()),
            );
            let mut cells = vec![label];
            cells.extend(view.axes.iter().map(|g| g.departments[i].1.to_string()));
            rows.push(cells);
        }
    }
    for &(id, label) in &view.categories {
        let mut cells = vec![escape::one_line(label)];
        cells.extend(view.axes.iter().map(|g| {
            let count = g
                .categories
                .iter()
                .find(|(c, ..)| c == id)
                .map_or(0, |c| c.2);
            count.to_string()
        }));
        rows.push(cells);
    }
    let mut numeric = vec![false];
    numeric.extend(view.axes.iter().map(|_| true));
    Sheet {
        name: "group-composition",
        title: t(lang, "grp-view-composition"),
        header,
        rows,
        numeric,
    }
}

/// « Binôme (GRP001) »: what a rule checks, and its code.
fn rule_header(code: &str, lang: Lang) -> String {
    lang.message(&format!("grp-col-{code}"), &Args::new())
}

/// « collège + rectorat », or that the axis has no group.
pub fn pair_text(g: &GroupFigures<'_>, lang: Lang) -> String {
    if g.group.is_none() {
        return t(lang, "grp-no-group");
    }
    let places: Vec<String> = g.pair.iter().map(|w| workplace_name(*w, lang)).collect();
    places.join(" + ")
}

pub fn workplace_name(workplace: Workplace, lang: Lang) -> String {
    lang.message(&format!("grp-workplace-{}", workplace.en()), &Args::new())
}

/// `25: 3, 39: 2`.
fn counts_text<'a>(counts: impl Iterator<Item = (&'a str, usize)>) -> String {
    counts
        .map(|(key, n)| format!("{key}: {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The groups for `summary --format json` (`schemas/summary.schema.json`).
pub fn json(view: &GroupsView<'_>) -> Value {
    view.axes.iter().map(group_json).collect()
}

fn group_json(g: &GroupFigures<'_>) -> Value {
    let mut verdicts = serde_json::Map::new();
    for (code, verdict) in GROUP_RULES.iter().zip(&g.verdicts) {
        verdicts.insert(code.as_str().to_owned(), verdict_json(verdict));
    }
    let mut value = json!({
        "axis": g.axis,
        "files": g.files.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
        "pair": g.pair.iter().map(|w| w.en()).collect::<Vec<_>>(),
        "members": g.members,
        "persons": g.persons,
        "departments": g.departments.iter().map(|(d, n)| json!({ "department": d, "count": n })).collect::<Vec<_>>(),
        "categories": g.categories.iter().map(|(id, label, n)| json!({ "category": id, "label": label, "count": n })).collect::<Vec<_>>(),
        "women": g.women,
        "men": g.men,
        "gender_unknown": g.gender_unknown,
        "verdicts": verdicts,
    });
    if let Some(names) = &g.names {
        value["names"] = json!(names);
    }
    value
}
