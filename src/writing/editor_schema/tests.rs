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
    // One "some key spelled like it" per required key of the canvas.
    assert_eq!(fr["allOf"].as_array().unwrap().len(), 10);
    assert!(fr["properties"].get("problem").is_none());
}

/// `check`'s verdict on the structure of a file: no YAML or SCHEMA001 finding.
fn check_accepts(text: &str) -> bool {
    let source = SourceFile::new(PathBuf::from("p.yaml"), text.to_owned());
    let outcome = crate::pipeline::check::check_source(&source, &Settings::new(Lang::Fr));
    !outcome.diagnostics.iter().any(|d| {
        let code = d.code.as_str();
        code.starts_with("YAML") || d.code == crate::rules::Code::Schema001
    })
}

/// The French editor schema's verdict on the file as an editor reads it (YAML
/// 1.2 core types, keys as written).
fn editor_accepts(validator: &Validator, text: &str) -> bool {
    let source = SourceFile::new(PathBuf::from("p.yaml"), text.to_owned());
    let root = yaml::parse(&source).unwrap();
    validator.is_valid(&schema::to_json(&root))
}

#[test]
fn french_schema_accepts_exactly_what_check_accepts() {
    // (what to replace in each file, by what): spellings people use.
    let variants: &[(&str, &str)] = &[
        ("", ""),
        ("problematique:", "Problématique:"),
        ("etapes:", "Étapes:"),
        ("evaluation:", "Évaluation:"),
        ("conditions_de_succes:", "Conditions de succès:"),
        ("niveau: academique", "Niveau: Académique"),
        ("mobilisable: oui", "mobilisable: Oui"),
        ("mobilisable: oui", "mobilisable: VRAI"),
        ("statut: retenue", "statut: Retenue"),
        ("thematiques:", "thématiques :"),
        ("titre:", "title:"),
        ("calendrier:", "CALENDRIER:"),
        ("- nature: humain", "- Nature: Humain"),
        ("titre: ", "titre: 2024 "),
        ("problematique:", "probleme:"),
        ("niveau: academique", "niveau: academie"),
        ("mobilisable: oui", "mobilisable: peut-être"),
        ("axe: 1", "axe: un"),
        ("debut: 2025-09-01", "debut: septembre 2025"),
        ("titre:", "titre du projet:"),
        ("conditions_de_succes:", "conditions__de succes:"),
        ("conditions_de_succes:", "conditionsdesucces:"),
    ];
    let validator = validator(Lang::Fr);
    let mut verdicts = Vec::new();
    for path in example_files().iter().take(4) {
        let text = std::fs::read_to_string(path).unwrap();
        for (from, to) in variants {
            if !from.is_empty() && !text.contains(from) {
                continue;
            }
            let changed = if from.is_empty() {
                text.clone()
            } else {
                text.replacen(from, to, 1)
            };
            let check = check_accepts(&changed);
            let editor = editor_accepts(&validator, &changed);
            assert_eq!(check, editor, "{}: {from} → {to}", path.display());
            verdicts.push(check);
        }
    }
    assert!(verdicts.contains(&true) && verdicts.contains(&false));
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
    // Required keys are "some key spelled like it" (see translate_object).
    let en = editor_schema_of(Document::Group, Lang::En);
    let required = en["$defs"]["person"]["required"].as_array().unwrap().len();
    assert_eq!(
        fr["$defs"]["person"]["allOf"].as_array().unwrap().len(),
        required
    );
}
