use std::path::{Path, PathBuf};

use jsonschema::Validator;

use super::*;
use crate::config::Settings;
use crate::context::FileContext;
use crate::pipeline::discover::document_of;
use crate::pipeline::normalise::normalise;
use crate::pipeline::source::SourceFile;
use crate::pipeline::{schema, yaml};
use crate::vocabulary::Variant;

fn validator(lang: Lang) -> Validator {
    validator_of(Document::Proposal, lang)
}

fn validator_of(document: Document, lang: Lang) -> Validator {
    jsonschema::draft202012::new(&editor_schema_of(document, lang)).unwrap()
}

/// A proposal or group file as the checks see it: English keys and values.
fn english_json(path: &Path) -> Json {
    let text = std::fs::read_to_string(path).unwrap();
    let source = SourceFile::new(path.to_path_buf(), text);
    let settings = Settings::new(Lang::En);
    let mut ctx = FileContext::new(&source, &settings);
    ctx.document = document_of(path);
    let mut root = yaml::parse(&source).unwrap();
    assert!(normalise(&mut root, &mut ctx), "{}", path.display());
    schema::to_json(&root)
}

/// The same document with the French keys and enum values.
fn to_french(value: &Json, fields: &'static [Field]) -> Json {
    let Json::Object(map) = value else {
        return value.clone();
    };
    let mut out = Map::new();
    for (key, value) in map {
        let Some(field) = find(fields, key) else {
            out.insert(key.clone(), value.clone());
            continue;
        };
        out.insert(field.fr.to_owned(), french_value(value, &field.kind));
    }
    Json::Object(out)
}

fn french_value(value: &Json, kind: &'static Kind) -> Json {
    match (kind, value) {
        (Kind::List(inner), Json::Array(items)) => {
            items.iter().map(|v| french_value(v, inner)).collect()
        }
        (Kind::Object(fields), _) => to_french(value, fields),
        (Kind::Enum(variants), Json::String(s)) => json!(french_variant(variants, s)),
        _ => value.clone(),
    }
}

fn french_variant(variants: &[Variant], en: &str) -> String {
    variants
        .iter()
        .find(|v| v.en == en)
        .map_or(en, |v| v.fr)
        .to_owned()
}

fn example_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/plan-qvt");
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .filter(|p| document_of(p) == Document::Proposal)
        .collect();
    files.sort();
    files
}

#[test]
fn both_schemas_are_valid_2020_12_schemas() {
    for lang in [Lang::En, Lang::Fr] {
        let schema = editor_schema(lang);
        assert!(
            jsonschema::draft202012::meta::validate(&schema).is_ok(),
            "{lang:?}"
        );
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
    }
}

#[test]
fn both_schemas_accept_the_example_plan() {
    let (en, fr) = (validator(Lang::En), validator(Lang::Fr));
    let files = example_files();
    assert_eq!(files.len(), 20);
    for path in files {
        let english = english_json(&path);
        let french = to_french(&english, vocabulary::PROPOSAL);
        assert!(en.is_valid(&english), "{}", path.display());
        let errors: Vec<_> = fr.iter_errors(&french).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
}

#[test]
fn both_schemas_accept_and_reject_the_same_documents() {
    let base = english_json(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules/valid-en.yaml"),
    );
    let mut documents = vec![base.clone()];
    for key in base.as_object().unwrap().keys() {
        let mut without = base.clone();
        without.as_object_mut().unwrap().remove(key);
        documents.push(without);
    }
    let changes = [
        ("/axis", json!("un")),
        ("/axis", json!(5)),
        ("/status", json!("lost")),
        ("/piloting/level", json!("nowhere")),
        ("/calendar/start", json!("September 2025")),
        ("/resources/0/mobilisable", json!("maybe")),
        ("/resources/0/mobilisable", json!(false)),
        ("/resources/1/amount", json!(-3)),
        ("/evaluation", json!([])),
        ("/themes", json!(["work-organisation"])),
        ("/themes", json!(["weather"])),
    ];
    for (pointer, value) in changes {
        let mut changed = base.clone();
        *changed.pointer_mut(pointer).unwrap() = value;
        documents.push(changed);
    }
    let mut unknown = base.clone();
    unknown["problme"] = json!("typo");
    documents.push(unknown);

    let (en, fr) = (validator(Lang::En), validator(Lang::Fr));
    let mut verdicts = Vec::new();
    for document in &documents {
        let french = to_french(document, vocabulary::PROPOSAL);
        assert_eq!(en.is_valid(document), fr.is_valid(&french), "{document}");
        verdicts.push(en.is_valid(document));
    }
    // The comparison means something only if both answers occur.
    assert!(verdicts.contains(&true) && verdicts.contains(&false));
}

#[test]
fn french_schema_has_french_keys_and_descriptions() {
    let fr = editor_schema(Lang::Fr);
    let problem = &fr["properties"]["problematique"];
    assert!(
        problem["description"]
            .as_str()
            .unwrap()
            .contains("problème")
    );
    assert!(fr["properties"]["calendrier"]["properties"]["debut"].is_object());
    assert!(
        fr["required"]
            .as_array()
            .unwrap()
            .contains(&json!("conditions_de_succes"))
    );
    assert!(fr["properties"].get("problem").is_none());
}

#[test]
fn both_group_schemas_accept_the_example_groups() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/plan-qvt");
    let mut files: Vec<PathBuf> = (1..=4)
        .map(|axis| root.join(format!("axe-{axis}/groupe.yaml")))
        .collect();
    files.push(root.join("appui.yaml"));
    for path in files {
        let document = document_of(&path);
        let (en, fr) = (
            validator_of(document, Lang::En),
            validator_of(document, Lang::Fr),
        );
        let english = english_json(&path);
        let french = to_french(&english, document.fields());
        assert!(en.is_valid(&english), "{}", path.display());
        let errors: Vec<_> = fr.iter_errors(&french).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
    let fr = editor_schema_of(Document::Group, Lang::Fr);
    assert!(fr["properties"]["binome"]["description"].is_string());
    assert!(fr["$defs"]["person"]["properties"]["departement"].is_object());
    assert!(
        fr["$defs"]["person"]["required"]
            .as_array()
            .unwrap()
            .contains(&json!("lieu"))
    );
}
