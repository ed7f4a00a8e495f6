//! The proposal template of `canevas new`: one commented YAML file per
//! language (`templates/proposal.{fr,en}.yaml`), with every section of the
//! canvas in order and the bracketed placeholders that `CAN006` flags, so that
//! an unfilled template fails `check` with `CAN006` alone. Dates and the id
//! cannot be placeholders (the structure check would stop at them): they get
//! real values, the next school year and the next free id of the axis.

use std::fs;
use std::path::Path;

use jiff::civil::Date;

use crate::i18n::Lang;
use crate::rules::id_axis;

const FR: &str = include_str!("../../templates/proposal.fr.yaml");
const EN: &str = include_str!("../../templates/proposal.en.yaml");
const GROUP_FR: &str = include_str!("../../templates/group.fr.yaml");
const GROUP_EN: &str = include_str!("../../templates/group.en.yaml");

/// What the template is filled with.
#[derive(Debug)]
pub struct Values {
    pub id: String,
    pub axis: u8,
    /// The `$schema` of the editor modeline.
    pub schema: String,
    /// The file as the user named it, for the `canevas check` line.
    pub file: String,
    pub calendar: SchoolYear,
}

/// A calendar of one school year, with two steps inside it, in order.
#[derive(Clone, Copy, Debug)]
pub struct SchoolYear {
    pub start: Date,
    pub end: Date,
    pub steps: [Date; 2],
}

impl SchoolYear {
    /// The next school year that has not started on `today`: September to June.
    pub fn after(today: Date) -> SchoolYear {
        let year = if today.month() < 9 {
            today.year()
        } else {
            today.year() + 1
        };
        let date = |y: i16, m: i8, d: i8| Date::new(y, m, d).unwrap_or(today);
        SchoolYear {
            start: date(year, 9, 1),
            end: date(year + 1, 6, 30),
            steps: [date(year, 12, 15), date(year + 1, 6, 15)],
        }
    }
}

/// The template of `lang` as written, with its `{{…}}` tokens.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => FR,
        Lang::En => EN,
    }
}

/// The template in `lang`, filled with `values`.
pub fn render(lang: Lang, values: &Values) -> String {
    let source = match lang {
        Lang::Fr => FR,
        Lang::En => EN,
    };
    let calendar = values.calendar;
    source
        .replace("{{schema}}", &values.schema)
        .replace("{{file}}", &values.file)
        .replace("{{id}}", &values.id)
        .replace("{{axis}}", &values.axis.to_string())
        .replace("{{start}}", &calendar.start.to_string())
        .replace("{{end}}", &calendar.end.to_string())
        .replace("{{step1}}", &calendar.steps[0].to_string())
        .replace("{{step2}}", &calendar.steps[1].to_string())
}

/// The working group template (`new --group`) in `lang`: the pair and the
/// members with bracketed placeholders where only listed values are accepted,
/// so that an unfilled template fails `check` (`SCHEMA001`) with the list of
/// what to write.
pub fn render_group(lang: Lang, values: &Values) -> String {
    let source = match lang {
        Lang::Fr => GROUP_FR,
        Lang::En => GROUP_EN,
    };
    source
        .replace("{{schema}}", &values.schema)
        .replace("{{file}}", &values.file)
        .replace("{{axis}}", &values.axis.to_string())
}

/// The file name of the group schema of a language (`canevas schema --kind group`).
pub fn group_schema_file_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "groupe.schema.json",
        Lang::En => "group.schema.json",
    }
}

/// The file name of the editor schema of a language, as the README has users save it.
pub fn schema_file_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "proposition.schema.json",
        Lang::En => "proposal.schema.json",
    }
}

/// The id `A{axis}-NN` after the highest one of the axis found in the
/// proposals under `folder` (`A{axis}-01` when there is none); an id's axis
/// is read as `PLAN004` reads it.
pub fn next_free_id(folder: &Path, axis: u8) -> String {
    let highest = walkdir::WalkDir::new(folder)
        .max_depth(3)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_type().is_file()
                && e.path()
                    .extension()
                    .is_some_and(|x| x == "yaml" || x == "yml")
        })
        .filter_map(|e| read_id(e.path()))
        .filter(|id| id_axis(id) == Some(axis))
        .filter_map(|id| id.split_once('-')?.1.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("A{axis}-{:02}", highest + 1)
}

/// The value of the `id:` line of a proposal, without parsing the whole file
/// (a broken proposal still has its id counted).
fn read_id(path: &Path) -> Option<String> {
    let meta = fs::metadata(path).ok()?;
    // A proposal is a few kilobytes; anything big is not one.
    if meta.len() > 1_000_000 {
        return None;
    }
    let text = fs::read_to_string(path).ok()?;
    text.lines().find_map(|line| {
        let value = line.strip_prefix("id:")?.trim();
        Some(value.trim_matches(['"', '\'']).to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_school_year_is_the_next_one_not_started() {
        let june = SchoolYear::after(Date::new(2025, 6, 10).unwrap());
        assert_eq!(june.start.to_string(), "2025-09-01");
        assert_eq!(june.end.to_string(), "2026-06-30");
        let october = SchoolYear::after(Date::new(2025, 10, 1).unwrap());
        assert_eq!(october.start.to_string(), "2026-09-01");
    }

    #[test]
    fn the_next_id_follows_the_highest_of_the_axis() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.yaml"), "id: A2-03\n").unwrap();
        fs::write(dir.path().join("b.yaml"), "id: \"A2-07\"\n").unwrap();
        fs::write(dir.path().join("c.yaml"), "id: A3-09\n").unwrap();
        assert_eq!(next_free_id(dir.path(), 2), "A2-08");
        assert_eq!(next_free_id(dir.path(), 1), "A1-01");
    }

    #[test]
    fn every_token_is_replaced() {
        let values = Values {
            id: "A1-01".into(),
            axis: 1,
            schema: "s.json".into(),
            file: "f.yaml".into(),
            calendar: SchoolYear::after(Date::new(2025, 1, 1).unwrap()),
        };
        for lang in [Lang::Fr, Lang::En] {
            assert!(!render(lang, &values).contains("{{"));
        }
    }
}
