//! `summary` and `export`, run as a user would: every format is parsed back
//! (CSV with the csv crate, Markdown table shapes, HTML as XML, JSON against
//! its schema), and hostile text from a proposal stays inert in each.

use crate::common;

use std::fs;

use common::{canevas, canevas_env, stdout};

const PLAN: &str = "examples/plan-qvt";
const HOSTILE: &str = "tests/fixtures/editors/injection.yaml";
const PROPOSALS_IN_PLAN: usize = 20;

fn run_ok(args: &[&str]) -> String {
    let output = canevas(args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout(&output)
}

/// The records of a CSV document that must start with a byte-order mark.
fn csv_records(text: &str, delimiter: u8) -> Vec<csv::StringRecord> {
    let body = text
        .strip_prefix('\u{FEFF}')
        .expect("a UTF-8 byte-order mark");
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.expect("RFC 4180 record"))
        .collect()
}

/// The cells of a Markdown table row, splitting on `|` that are not escaped.
fn markdown_cells(line: &str) -> usize {
    let mut count = 0;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
    }
    count - 1
}

/// Every Markdown table (runs of lines starting with `|`) has rows of equal width.
fn assert_markdown_tables_are_whole(text: &str) -> usize {
    let mut tables = 0;
    let mut width = None;
    for line in text.lines() {
        if line.starts_with('|') {
            assert!(line.ends_with('|'), "a row ends with a pipe: {line}");
            let cells = markdown_cells(line);
            match width {
                None => {
                    width = Some(cells);
                    tables += 1;
                }
                Some(w) => assert_eq!(w, cells, "same number of cells: {line}"),
            }
        } else {
            width = None;
        }
    }
    tables
}

/// A line that starts with `prefix` then an axis digit and a dash (`A1-01`).
fn is_proposal_line(line: &str, prefix: &str) -> bool {
    line.strip_prefix(prefix).is_some_and(|rest| {
        rest.len() > 2 && rest.as_bytes()[0].is_ascii_digit() && rest.as_bytes()[1] == b'-'
    })
}

fn parse_xhtml(text: &str) -> roxmltree::Document<'_> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(text, options).expect("well-formed XHTML")
}

fn elements<'a>(doc: &'a roxmltree::Document<'_>, name: &str) -> Vec<roxmltree::Node<'a, 'a>> {
    doc.descendants()
        .filter(|n| n.tag_name().name() == name)
        .collect()
}

#[test]
fn the_terminal_table_fits_the_width_and_prints_every_id_whole() {
    use unicode_width::UnicodeWidthStr;
    for (lang, columns) in [
        ("fr", 80),
        ("en", 80),
        ("fr", 100),
        ("fr", 120),
        ("en", 120),
    ] {
        let width = columns.to_string();
        let output = canevas_env(&["summary", PLAN, "--lang", lang], &[("COLUMNS", &width)]);
        assert_eq!(output.status.code(), Some(0));
        let text = stdout(&output);
        // Display width, as a terminal counts it (a wide character is two).
        let widest = text.lines().map(UnicodeWidthStr::width).max().unwrap();
        assert!(widest <= columns, "{widest} > {columns} columns:\n{text}");
        for n in 1..=5 {
            for axis in 1..=4 {
                let id = format!("A{axis}-0{n}");
                let whole = text
                    .lines()
                    .any(|l| l.split([' ', '│', '┆']).any(|cell| cell == id));
                assert!(whole, "{id} whole at {columns} columns:\n{text}");
            }
        }
        // A word is cut only when alone wider than its column: none is here.
        for word in [
            "personnels",
            "professionnelle",
            "bienveillantes",
            "Thématiques",
        ] {
            if lang == "fr" {
                assert!(text.contains(word), "{word} whole at {columns}:\n{text}");
            }
        }
        assert!(text.contains('✓'));
    }
    let ascii = run_ok(&["summary", PLAN, "--ascii", "--view", "proposals"]);
    assert!(
        !ascii.contains('│') && !ascii.contains('┆'),
        "no UTF-8 border"
    );
    assert!(ascii.contains("+---"), "ASCII borders");
    assert!(!ascii.contains('✓'));
}

#[test]
fn csv_has_a_bom_a_header_and_one_record_a_proposal() {
    let text = run_ok(&["summary", PLAN, "--format", "csv"]);
    let records = csv_records(&text, b',');
    assert_eq!(records.len(), 1 + PROPOSALS_IN_PLAN);
    assert!(records.iter().all(|r| r.len() == 12), "12 columns");
    assert_eq!(&records[0][0], "Id");
    assert!(text.contains("\r\n"), "RFC 4180 line ends");

    let semicolons = run_ok(&[
        "summary",
        PLAN,
        "--format",
        "csv",
        "--delimiter",
        ";",
        "--lang",
        "fr",
    ]);
    let records = csv_records(&semicolons, b';');
    assert!(records.iter().all(|r| r.len() == 12));
    assert!(
        records.iter().any(|r| r[2].contains("Réseau de référents")),
        "accents intact"
    );
    // Read with the wrong separator, a record is one field: the separator really is ';'.
    assert!(csv_records(&semicolons, b',').iter().all(|r| r.len() == 1));

    let axes = run_ok(&["summary", PLAN, "--format", "csv", "--view", "coverage"]);
    let records = csv_records(&axes, b',');
    assert_eq!(records.len(), 1 + 11, "one row a staff category");
    assert!(records.iter().all(|r| r.len() == 5));
}

#[test]
fn csv_holds_one_table_so_all_views_are_refused_with_what_to_write() {
    let output = canevas(&["summary", PLAN, "--format", "csv", "--view", "all"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--view proposals"));
}

#[test]
fn markdown_tables_are_whole_the_groups_included() {
    let text = run_ok(&["summary", PLAN, "--format", "markdown"]);
    // Proposals, axes, coverage, then the groups and their composition.
    assert_eq!(assert_markdown_tables_are_whole(&text), 5);
    let proposal_rows = text.lines().filter(|l| is_proposal_line(l, "| A"));
    assert_eq!(proposal_rows.count(), PROPOSALS_IN_PLAN);
}

#[test]
fn html_summary_is_well_formed_and_accessible_in_structure() {
    let text = run_ok(&["summary", PLAN, "--format", "html", "--lang", "fr"]);
    let doc = parse_xhtml(&text);
    assert_eq!(doc.root_element().attribute("lang"), Some("fr"));
    assert_eq!(elements(&doc, "table").len(), 5);
    assert_eq!(elements(&doc, "main").len(), 1);
    let headers = elements(&doc, "th");
    assert!(headers.iter().all(|th| th.attribute("scope").is_some()));
    let rows = elements(&doc, "tr").len();
    assert_eq!(
        rows,
        5 + PROPOSALS_IN_PLAN + 4 + 11 + 4 + (4 + 11),
        "a header row each, then the rows (groups: one an axis; composition: departments, categories)"
    );
}

#[test]
fn html_summary_keeps_met_cells_quiet_and_failures_in_words() {
    let text = run_ok(&[
        "summary",
        "examples/invalid",
        "--format",
        "html",
        "--view",
        "proposals",
        "--lang",
        "fr",
    ]);
    let doc = parse_xhtml(&text);
    let cells = elements(&doc, "td");
    let of_class = |class: &str| {
        cells
            .iter()
            .filter(|td| td.attribute("class") == Some(class))
            .collect::<Vec<_>>()
    };
    let met = of_class("met");
    assert!(!met.is_empty());
    for td in &met {
        // The mark is all a sighted reader sees; the words are for screen readers.
        let visible = td
            .children()
            .find(|c| c.attribute("aria-hidden") == Some("true"));
        assert_eq!(visible.and_then(|v| v.text()), Some("✓"));
        let hidden = td.children().find(|c| c.attribute("class") == Some("sr"));
        assert_eq!(hidden.and_then(|h| h.text()), Some("conforme"));
    }
    let failed: String = of_class("fail")
        .iter()
        .flat_map(|td| td.descendants().filter_map(|n| n.text()))
        .collect();
    assert!(
        failed.contains("non conforme") && failed.contains("CAN003"),
        "{failed}"
    );
    assert!(
        text.contains("th[scope=row]{white-space:nowrap}"),
        "ids never wrap"
    );
}

#[test]
fn json_summary_follows_its_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(&fs::read_to_string("schemas/summary.schema.json").unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    for args in [
        vec!["summary", PLAN, "--format", "json"],
        vec![
            "summary",
            "examples/invalid",
            "--format",
            "json",
            "--view",
            "proposals",
        ],
        vec!["summary", HOSTILE, "--format", "json"],
    ] {
        let document: serde_json::Value = serde_json::from_str(&run_ok(&args)).unwrap();
        let errors: Vec<_> = validator
            .iter_errors(&document)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{args:?}: {errors:?}");
    }
    let plan: serde_json::Value =
        serde_json::from_str(&run_ok(&["summary", PLAN, "--format", "json"])).unwrap();
    assert_eq!(
        plan["proposals"].as_array().unwrap().len(),
        PROPOSALS_IN_PLAN
    );
    assert_eq!(plan["axes"].as_array().unwrap().len(), 4);
    assert_eq!(plan["axes"][0]["in_band"], true);
    assert_eq!(plan["coverage"].as_array().unwrap().len(), 11);
}

#[test]
fn invalid_files_get_their_verdicts_and_unreadable_ones_are_not_assessed() {
    let text = run_ok(&[
        "summary",
        "examples/invalid",
        "--format",
        "json",
        "--view",
        "proposals",
    ]);
    let document: serde_json::Value = serde_json::from_str(&text).unwrap();
    let find = |id: &str| {
        document["proposals"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| {
                p["file"]
                    .as_str()
                    .unwrap()
                    .ends_with(&format!("/{id}.yaml"))
            })
            .cloned()
            .unwrap()
    };
    assert_eq!(
        find("CON001")["verdicts"]["concreteness"]["verdict"],
        "not-met"
    );
    assert_eq!(
        find("CON001")["verdicts"]["concreteness"]["codes"][0],
        "CON001"
    );
    assert_eq!(find("CAN005")["verdicts"]["canvas"]["verdict"], "warning");
    assert_eq!(find("FEA002")["verdicts"]["piloting"]["verdict"], "met");
    assert_eq!(
        find("YAML001")["verdicts"]["canvas"]["verdict"],
        "not-assessed"
    );
    // What could be read of the broken file still shows.
    assert_eq!(find("YAML001")["status"], "draft");
    assert_eq!(
        find("YAML001")["title"],
        "QVT : une lettre d'information trimestrielle"
    );
}

#[test]
fn status_filter_and_sort() {
    let all: serde_json::Value =
        serde_json::from_str(&run_ok(&["summary", PLAN, "--format", "json"])).unwrap();
    let adopted = all["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["status"] == "adopted")
        .count();
    assert!(adopted > 0 && adopted < PROPOSALS_IN_PLAN);
    let filtered: serde_json::Value = serde_json::from_str(&run_ok(&[
        "summary", PLAN, "--format", "json", "--status", "retenue",
    ]))
    .unwrap();
    let proposals = filtered["proposals"].as_array().unwrap();
    assert_eq!(proposals.len(), adopted);
    assert!(proposals.iter().all(|p| p["status"] == "adopted"));
    let total: u64 = filtered["axes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["proposals"].as_u64().unwrap())
        .sum();
    assert_eq!(total as usize, adopted, "the axes count what is shown");

    let by_errors: serde_json::Value = serde_json::from_str(&run_ok(&[
        "summary",
        "examples/invalid",
        "--format",
        "json",
        "--view",
        "proposals",
        "--sort",
        "errors",
    ]))
    .unwrap();
    let errors: Vec<u64> = by_errors["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["errors"].as_u64().unwrap())
        .collect();
    assert!(errors.windows(2).all(|w| w[0] >= w[1]), "{errors:?}");
}

#[test]
fn output_is_written_atomically_and_never_over_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.yaml");
    fs::copy(HOSTILE, &input).unwrap();
    let before = fs::read(&input).unwrap();
    for command in ["summary", "export"] {
        let output = canevas(&[
            command,
            input.to_str().unwrap(),
            "--output",
            input.to_str().unwrap(),
        ]);
        assert_eq!(output.status.code(), Some(2), "{command}");
        assert_eq!(
            fs::read(&input).unwrap(),
            before,
            "{command} left the proposal alone"
        );
    }
    let report = dir.path().join("plan.html");
    run_ok(&["export", PLAN, "--output", report.to_str().unwrap()]);
    assert!(fs::read_to_string(&report).unwrap().contains("</html>"));
}

#[test]
fn hostile_text_stays_inert_in_every_summary_format() {
    for format in ["table", "markdown", "csv", "html", "json"] {
        let text = run_ok(&[
            "summary",
            HOSTILE,
            "--format",
            format,
            "--view",
            "proposals",
        ]);
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{format}: no escape reaches the terminal"
        );
        match format {
            "csv" => {
                for record in csv_records(&text, b',') {
                    for field in &record {
                        assert!(
                            !field.starts_with(['=', '+', '-', '@', '\t', '\r']),
                            "{field:?}"
                        );
                    }
                }
            }
            "markdown" => {
                assert_eq!(assert_markdown_tables_are_whole(&text), 1);
            }
            "html" => {
                let doc = parse_xhtml(&text);
                assert!(elements(&doc, "script").is_empty());
                let text: String = doc.descendants().filter_map(|n| n.text()).collect();
                assert!(
                    text.contains("=HYPERLINK(\"http://x\",\"y\")"),
                    "shown as text"
                );
            }
            _ => {}
        }
    }
}

#[test]
fn hostile_text_stays_inert_in_both_exports() {
    let html = run_ok(&["export", HOSTILE, "--format", "html"]);
    let doc = parse_xhtml(&html);
    assert!(elements(&doc, "script").is_empty(), "no live script");
    assert!(elements(&doc, "img").is_empty(), "no live image");
    assert!(elements(&doc, "b").is_empty(), "no live tag from a step");
    let text: String = doc.descendants().filter_map(|n| n.text()).collect();
    assert!(text.contains("<script>alert(1)</script>"), "shown as text");
    assert!(!html.contains('\u{1b}'));

    let markdown = run_ok(&["export", HOSTILE, "--format", "markdown"]);
    assert!(!markdown.contains('\u{1b}'));
    assert!(!markdown.contains("<script>") && !markdown.contains("<img"));
    assert!(markdown.contains("\\| pipe"));
    assert!(assert_markdown_tables_are_whole(&markdown) >= 3);
}

#[test]
fn the_html_export_is_one_self_contained_accessible_document() {
    let html = run_ok(&["export", PLAN, "--lang", "fr"]);
    let doc = parse_xhtml(&html);
    assert_eq!(doc.root_element().attribute("lang"), Some("fr"));
    let articles = elements(&doc, "article");
    assert_eq!(articles.len(), PROPOSALS_IN_PLAN);
    for landmark in ["header", "nav", "main", "footer"] {
        assert_eq!(elements(&doc, landmark).len(), 1, "{landmark}");
    }
    assert_eq!(elements(&doc, "h1").len(), 1);
    assert!(
        elements(&doc, "th")
            .iter()
            .all(|th| th.attribute("scope").is_some())
    );
    // Every chart is an image with a name, followed by the table of its figures.
    let charts = elements(&doc, "svg");
    assert_eq!(charts.len(), 3, "axes, coverage, the groups' balance");
    for chart in charts {
        assert_eq!(chart.attribute("role"), Some("img"));
        assert!(chart.attribute("aria-labelledby").is_some());
        let next = chart.next_sibling_element().unwrap();
        assert_eq!(next.tag_name().name(), "table");
    }
    // Nothing to fetch, nothing to run.
    assert!(elements(&doc, "script").is_empty());
    for node in doc.descendants() {
        for attr in ["src", "href"] {
            if let Some(value) = node.attribute(attr) {
                assert!(value.starts_with('#'), "{attr}={value}");
            }
        }
    }
    assert!(!html.contains("@import") && !html.contains("url("));
    // The canvas in order, in every proposal.
    let first = articles[0]
        .descendants()
        .filter(|n| n.tag_name().name() == "h4");
    let parts: Vec<_> = first.filter_map(|h| h.text()).collect();
    assert_eq!(
        &parts[..3],
        [
            "Problématique",
            "Action-solution proposée",
            "Conditions de succès"
        ]
    );
    assert_eq!(
        elements(&doc, "ol")
            .iter()
            .filter(|o| o.attribute("class") == Some("timeline"))
            .count(),
        PROPOSALS_IN_PLAN
    );
}

#[test]
fn proposals_with_errors_are_marked_and_only_valid_leaves_them_out() {
    let all = run_ok(&["export", "examples/invalid", "--lang", "en"]);
    let doc = parse_xhtml(&all);
    let articles = elements(&doc, "article");
    let marked = articles
        .iter()
        .filter(|a| {
            a.descendants()
                .any(|n| n.attribute("class") == Some("badge errors"))
        })
        .count();
    assert!(marked > 10, "{marked} proposals marked as having errors");
    assert!(all.contains("id=\"unreadable\""), "unreadable files listed");

    let valid = run_ok(&["export", "examples/invalid", "--lang", "en", "--only-valid"]);
    let doc = parse_xhtml(&valid);
    let kept = elements(&doc, "article");
    assert_eq!(kept.len(), articles.len() - marked);
    assert!(kept.iter().all(|a| {
        !a.descendants()
            .any(|n| n.attribute("class") == Some("badge errors"))
    }));
    assert!(!valid.contains("id=\"unreadable\""));
    assert!(valid.contains("left out of this document"));
}

#[test]
fn the_markdown_export_has_a_section_a_proposal() {
    let text = run_ok(&["export", PLAN, "--format", "markdown", "--lang", "en"]);
    let sections = text.lines().filter(|l| is_proposal_line(l, "### A"));
    assert_eq!(sections.count(), PROPOSALS_IN_PLAN);
    assert_eq!(
        text.lines().filter(|l| l.starts_with("## Axis ")).count(),
        4
    );
    assert_markdown_tables_are_whole(&text);
}

/// A plan of which three files never reach the typed model: a type error
/// (`montant: "2 000 €"`) and a syntax error in axis 1, nothing readable in
/// the folder of axis 2.
const BROKEN_PLAN: &str = "tests/fixtures/editors/broken-plan";

#[test]
fn broken_files_count_in_their_axes_with_their_readable_titles() {
    let text = run_ok(&["summary", BROKEN_PLAN, "--format", "json"]);
    let document: serde_json::Value = serde_json::from_str(&text).unwrap();
    let axes = document["axes"].as_array().unwrap();
    assert_eq!(axes[0]["proposals"], 4, "two valid files, two broken ones");
    assert_eq!(axes[0]["with_errors"], 2);
    assert_eq!(axes[1]["proposals"], 1, "axe-2/notes.yaml, by its folder");
    assert_eq!(axes[1]["with_errors"], 1);
    let proposals = document["proposals"].as_array().unwrap();
    let find = |id: &str| proposals.iter().find(|p| p["id"] == id).unwrap();
    let type_error = find("A1-03");
    assert_eq!(type_error["axis"], 1);
    assert_eq!(
        type_error["title"],
        "Charte d'usage de la messagerie professionnelle"
    );
    assert_eq!(type_error["status"], "adopted");
    assert_eq!(type_error["verdicts"]["canvas"]["verdict"], "not-assessed");
    let syntax_error = find("A1-04");
    assert_eq!(syntax_error["title"], "Droit à la déconnexion");
    assert_eq!(syntax_error["axis"], 1);
    let nothing = find("notes");
    assert_eq!(nothing["axis"], 2);
    assert_eq!(nothing["title"], serde_json::Value::Null);

    // In the terminal, « illisible » only where nothing could be read.
    let output = canevas_env(
        &[
            "summary",
            BROKEN_PLAN,
            "--lang",
            "fr",
            "--view",
            "proposals",
        ],
        &[("COLUMNS", "100")],
    );
    let table = stdout(&output);
    let row = |id: &str| table.lines().find(|l| l.contains(id)).unwrap().to_owned();
    assert!(row("A1-04").contains("Droit à la déconnexion"), "{table}");
    assert!(!row("A1-04").contains("illisible"), "{table}");
    assert!(row("notes").contains("illisible"), "{table}");
}

/// The Nu Html Checker's jar: `VNU_JAR`, else the npm package `vnu-jar`
/// installed globally (`.ci/run` installs it), when Java is there to run it.
fn vnu_jar() -> Option<std::path::PathBuf> {
    use std::process::Command;
    Command::new("java").arg("-version").output().ok()?;
    if let Some(jar) = std::env::var_os("VNU_JAR") {
        return Some(jar.into());
    }
    let root = Command::new("npm").args(["root", "-g"]).output().ok()?;
    let root = String::from_utf8(root.stdout).ok()?;
    let jar = std::path::Path::new(root.trim()).join("vnu-jar/build/dist/vnu.jar");
    jar.is_file().then_some(jar)
}

#[test]
fn the_nu_checker_finds_no_error_nor_warning_in_the_exports() {
    let Some(jar) = vnu_jar() else {
        eprintln!(
            "SKIPPED: java or the vnu-jar npm package is missing, the Nu Html Checker did not run"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut pages = Vec::new();
    // The English export of a French plan: its texts are marked lang="fr".
    for (name, args) in [
        ("export-en.html", vec!["export", PLAN, "--lang", "en"]),
        ("export-fr.html", vec!["export", PLAN, "--lang", "fr"]),
        (
            "broken-en.html",
            vec!["export", BROKEN_PLAN, "--lang", "en"],
        ),
        (
            "summary-en.html",
            vec!["summary", PLAN, "--format", "html", "--lang", "en"],
        ),
    ] {
        let page = dir.path().join(name);
        fs::write(&page, run_ok(&args)).unwrap();
        pages.push(page);
    }
    let output = std::process::Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args([
            "--skip-info-messages",
            "--also-check-svg",
            "--format",
            "json",
        ])
        .args(&pages)
        .output()
        .expect("java runs");
    let report: serde_json::Value = serde_json::from_slice(&output.stderr)
        .or_else(|_| serde_json::from_slice(&output.stdout))
        .expect("the checker's JSON report");
    let messages = report["messages"].as_array().unwrap();
    assert!(messages.is_empty(), "{messages:#?}");
}

#[test]
fn the_english_export_marks_french_proposal_text_as_french() {
    let html = run_ok(&["export", PLAN, "--lang", "en"]);
    let doc = parse_xhtml(&html);
    assert_eq!(doc.root_element().attribute("lang"), Some("en"));
    for article in elements(&doc, "article") {
        let paragraphs: Vec<_> = article
            .descendants()
            .filter(|n| n.has_tag_name("p") && n.attribute("lang").is_some())
            .collect();
        assert!(paragraphs.len() >= 2, "problem and solution");
        assert!(paragraphs.iter().all(|p| p.attribute("lang") == Some("fr")));
        let title = article
            .descendants()
            .find(|n| n.has_tag_name("h3"))
            .and_then(|h| h.children().find(|c| c.attribute("lang") == Some("fr")));
        assert!(title.is_some(), "the title is marked French");
        let cells = article
            .descendants()
            .filter(|n| n.has_tag_name("td") && n.attribute("lang") == Some("fr"))
            .count();
        assert!(cells >= 3, "the evaluation criteria are marked French");
    }
    // A proposal with English keys in a French document is marked English.
    let html = run_ok(&["export", HOSTILE, "--lang", "fr"]);
    let doc = parse_xhtml(&html);
    let marked = elements(&doc, "p")
        .iter()
        .filter(|p| p.attribute("lang") == Some("en"))
        .count();
    assert!(marked >= 2, "{html}");
}

#[test]
fn the_booklet_names_anchors_after_ids_and_shows_broken_files_in_their_axes() {
    let html = run_ok(&["export", BROKEN_PLAN, "--lang", "fr"]);
    let doc = parse_xhtml(&html);
    let links: Vec<&str> = elements(&doc, "a")
        .iter()
        .filter_map(|a| a.attribute("href"))
        .collect();
    for id in ["A1-01", "A1-02", "A1-03", "A1-04", "notes"] {
        assert!(
            links.contains(&format!("#{id}").as_str()),
            "{id}: {links:?}"
        );
        let target = doc
            .descendants()
            .find(|n| n.attribute("id") == Some(id))
            .unwrap_or_else(|| panic!("an element with the id {id}"));
        assert_eq!(target.tag_name().name(), "h3");
    }
    // The contents number nothing themselves: the ids are the numbers.
    assert!(html.contains("nav.toc ol { list-style: none;"));
    // Every proposal of an axis, broken or not, is a named page with its header.
    assert_eq!(html.matches("@top-left { content: \"A1-0").count(), 4);
    let markdown = run_ok(&[
        "export",
        BROKEN_PLAN,
        "--lang",
        "fr",
        "--format",
        "markdown",
    ]);
    assert!(
        markdown.contains("### A1-04 — Droit à la déconnexion"),
        "{markdown}"
    );
    assert!(markdown.contains("YAML001"));
}
