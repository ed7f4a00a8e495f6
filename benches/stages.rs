//! Micro-benchmarks of the per-file stages on one proposal of the bundled
//! examples: `cargo bench --bench stages`. Whole-process timings, with the
//! other validators beside, are in `bench/run.sh`.

use std::hint::black_box;
use std::io;
use std::path::PathBuf;

use canevas::config::Settings;
use canevas::context::FileContext;
use canevas::i18n::Lang;
use canevas::pipeline::check::{KeepOptions, check_files, check_source};
use canevas::pipeline::model;
use canevas::pipeline::normalise::normalise;
use canevas::pipeline::schema;
use canevas::pipeline::source::SourceFile;
use canevas::pipeline::yaml;
use canevas::report::{self, Format, Style};
use canevas::rules::{Check, RULES};
use criterion::{Criterion, criterion_group, criterion_main};

const PROPOSAL: &str = "tests/fixtures/rules/valid-fr.yaml";

fn source() -> SourceFile {
    let text = std::fs::read_to_string(PROPOSAL).expect("the fixture is there");
    SourceFile::new(PathBuf::from(PROPOSAL), text)
}

fn stages(c: &mut Criterion) {
    let settings = Settings::new(Lang::Fr);
    let source = source();
    let parsed = yaml::parse(&source).expect("valid YAML");
    let mut normalised = parsed.clone();
    assert!(normalise(
        &mut normalised,
        &mut FileContext::new(&source, &settings)
    ));
    // Build the schema validator and the message bundles before timing.
    let _ = check_source(&source, &settings);

    c.bench_function("parse", |b| b.iter(|| yaml::parse(black_box(&source))));
    // The two YAML paths alone (issue 16): granit-parser, and the fast path.
    assert!(
        yaml::parse_fast(&source.text).is_some(),
        "the fixture takes the fast path"
    );
    c.bench_function("parse granit", |b| {
        b.iter(|| yaml::parse_with_granit(black_box(&source)))
    });
    c.bench_function("parse fast", |b| {
        b.iter(|| yaml::parse_fast(black_box(&source.text)))
    });
    c.bench_function("normalise", |b| {
        b.iter_batched_ref(
            || parsed.clone(),
            |root| normalise(root, &mut FileContext::new(&source, &settings)),
            criterion::BatchSize::SmallInput,
        )
    });
    c.bench_function("schema", |b| {
        b.iter(|| schema::validate(&normalised, &mut FileContext::new(&source, &settings)))
    });
    c.bench_function("model+rules", |b| {
        b.iter(|| {
            let mut ctx = FileContext::new(&source, &settings);
            let proposal = model::build(&normalised, &mut ctx).expect("a valid proposal");
            for rule in RULES {
                if let Check::Proposal(check) = rule.check {
                    check(&proposal, &mut ctx);
                }
            }
            ctx.diagnostics
        })
    });
    c.bench_function("whole file", |b| {
        b.iter(|| check_source(black_box(&source), &settings))
    });
}

/// Rendering the findings of the bundled invalid examples, one finding or more each.
fn report_stage(c: &mut Criterion) {
    let settings = Settings::new(Lang::Fr);
    let mut files: Vec<PathBuf> = std::fs::read_dir("examples/invalid")
        .expect("the examples are there")
        .map(|e| e.expect("readable").path())
        .collect();
    files.sort();
    let report = check_files(
        &files,
        Vec::new(),
        &settings,
        std::path::Path::new("."),
        KeepOptions {
            sources: true,
            proposals: false,
        },
    );
    assert!(!report.diagnostics.is_empty());
    let style = Style {
        color: false,
        width: 100,
        lang: Lang::Fr,
        quiet: false,
        statistics: false,
        deny_warnings: false,
    };
    for (name, format) in [
        ("report concise", Format::Concise),
        ("report human", Format::Human),
        ("report json", Format::Json),
    ] {
        c.bench_function(name, |b| {
            b.iter(|| report::write(&report, format, &style, &mut io::sink()))
        });
    }
}

criterion_group!(benches, stages, report_stage);
criterion_main!(benches);
