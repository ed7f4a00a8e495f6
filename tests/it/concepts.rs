//! One source per concept: where two parts of canevas read the same thing
//! (an id's axis, a date, the configuration, the day), they now read it
//! alike. Each test runs the binary where the two readings used to differ.

use std::fs;
use std::path::Path;

use crate::common::{canevas_in, concise_findings, stdout};

const GOOD: &str = include_str!("../fixtures/rules/PLAN004/good.yaml");

/// The reference proposal with its `id` and `axis` lines replaced.
fn proposal(id: &str, axis: u8) -> String {
    GOOD.replace("id: A1-01", &format!("id: {id}"))
        .replace("axis: 1", &format!("axis: {axis}"))
}

fn codes(dir: &Path, file: &str) -> Vec<String> {
    let out = canevas_in(dir, &["check", "--format", "concise", file], &[]);
    concise_findings(&stdout(&out))
        .into_iter()
        .map(|(_, _, code)| code)
        .collect()
}

/// The axis line of the template `new` writes for `--id`.
fn template_axis(dir: &Path, id: &str) -> String {
    let out = canevas_in(dir, &["--lang", "en", "new", "--id", id], &[]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = stdout(&out);
    let line = text.lines().find(|l| l.starts_with("axis:"));
    line.unwrap_or_default().to_owned()
}

#[test]
fn an_id_announces_an_axis_only_in_the_a_n_dash_form_for_plan004_and_new() {
    let dir = tempfile::tempdir().unwrap();
    // `A2_03` is not the SPEC's `A2-…` form: no axis, for PLAN004 (which read
    // 2 before) and for `new` (which read none) alike.
    fs::write(dir.path().join("p.yaml"), proposal("A2_03", 3)).unwrap();
    assert!(!codes(dir.path(), "p.yaml").contains(&"PLAN004".to_owned()));
    assert_eq!(template_axis(dir.path(), "A2_03"), "axis: 1");
    // `A12-01` announces axis 12: PLAN004 says it disagrees with 1; `new`,
    // which cannot write an axis 12, keeps its default.
    fs::write(dir.path().join("p.yaml"), proposal("A12-01", 1)).unwrap();
    assert!(codes(dir.path(), "p.yaml").contains(&"PLAN004".to_owned()));
    assert_eq!(template_axis(dir.path(), "A12-01"), "axis: 1");
    // The plan's own form is read by both.
    fs::write(dir.path().join("p.yaml"), proposal("A2-03", 3)).unwrap();
    assert!(codes(dir.path(), "p.yaml").contains(&"PLAN004".to_owned()));
    assert_eq!(template_axis(dir.path(), "A2-03"), "axis: 2");
}

#[test]
fn new_stops_on_a_broken_configuration_with_the_message_of_check() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("canevas.toml"), "[plan\nname = 1\n").unwrap();
    fs::write(dir.path().join("p.yaml"), proposal("A1-01", 1)).unwrap();
    let check = canevas_in(dir.path(), &["check", "p.yaml"], &[]);
    let new = canevas_in(dir.path(), &["new", "q.yaml"], &[]);
    assert_eq!(check.status.code(), Some(2));
    assert_eq!(new.status.code(), Some(2), "new ignored the broken file");
    assert!(!dir.path().join("q.yaml").exists());
    let message = String::from_utf8(new.stderr).unwrap();
    assert!(message.contains("canevas.toml"), "{message}");
    assert_eq!(message, String::from_utf8(check.stderr).unwrap());
}

#[test]
fn a_month_ends_on_its_last_day_and_only_schema_shaped_dates_configure_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let write_plan = |end: &str| {
        let toml = format!("[plan]\nstart = \"2025-09\"\nend = \"{end}\"\n");
        fs::write(dir.path().join("canevas.toml"), toml).unwrap();
    };
    // The proposal ends on 2026-06-30: inside a plan that ends in June 2026.
    fs::write(dir.path().join("p.yaml"), proposal("A1-01", 1)).unwrap();
    write_plan("2026-06");
    // One proposal is not a plan of 5 to 7 per axis (PLAN002 at the `[plan]`
    // line), but its calendar fits the plan's period: no FEA003.
    let found = codes(dir.path(), "p.yaml");
    assert!(!found.iter().any(|c| c == "FEA003"), "{found:?}");
    // `2026-6` is not a date of the SPEC: the configuration is refused, as
    // the same value is in a proposal (it used to mean 2026-06-01).
    write_plan("2026-6");
    let out = canevas_in(dir.path(), &["check", "p.yaml"], &[]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
}

#[test]
fn new_dates_its_template_from_source_date_epoch() {
    let dir = tempfile::tempdir().unwrap();
    // 2030-10-01T00:00:00Z: the next school year not started is 2031-2032.
    let env = [("SOURCE_DATE_EPOCH", "1917043200")];
    let out = canevas_in(dir.path(), &["--lang", "en", "new"], &env);
    let text = stdout(&out);
    assert!(text.contains("start: 2031-09-01"), "{text}");
    assert!(text.contains("end: 2032-06-30"), "{text}");
}
