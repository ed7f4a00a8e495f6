//! The JSON Schema given to editors (`canevas schema`, `--kind group` or
//! `support` for the group files) for completion and hover help. The English one is the bundled schema the checks use. The
//! French one is derived from it and from the key table of [`vocabulary`]:
//! every key and enum value renamed to its French name, a French description
//! (the `field-*` message) on every key, and `oui`/`non` accepted beside
//! booleans, as the checks accept them. There is one table of key names, not
//! two hand-kept schemas.

use serde_json::{Map, Value as Json, json};

use crate::i18n::{Args, Lang};
use crate::pipeline::schema::schema_text;
use crate::vocabulary::{self, Document, Field, Kind};

/// Where editors find the schema of each language (the `$id` of each).
pub fn schema_id(lang: Lang) -> &'static str {
    schema_id_of(Document::Proposal, lang)
}

/// Where editors find the schema of a kind of document in each language.
pub fn schema_id_of(document: Document, lang: Lang) -> &'static str {
    match (document, lang) {
        (Document::Proposal, Lang::En) => "https://canevas.invalid/schemas/proposal.schema.json",
        (Document::Proposal, Lang::Fr) => "https://canevas.invalid/schemas/proposal.fr.schema.json",
        (Document::Group, Lang::En) => "https://canevas.invalid/schemas/group.schema.json",
        (Document::Group, Lang::Fr) => "https://canevas.invalid/schemas/group.fr.schema.json",
        (Document::SupportGroup, Lang::En) => {
            "https://canevas.invalid/schemas/support-group.schema.json"
        }
        (Document::SupportGroup, Lang::Fr) => {
            "https://canevas.invalid/schemas/support-group.fr.schema.json"
        }
    }
}

/// The schema of a proposal for editors in `lang`.
pub fn editor_schema(lang: Lang) -> Json {
    editor_schema_of(Document::Proposal, lang)
}

/// The schema of a kind of document for editors in `lang`.
pub fn editor_schema_of(document: Document, lang: Lang) -> Json {
    // The bundled schemas are checked by the tests: they always parse.
    let mut schema: Json = serde_json::from_str(schema_text(document)).unwrap_or_default();
    if lang == Lang::Fr {
        translate_object(&mut schema, document.fields());
        translate_definitions(&mut schema, document);
        let (title, description) = match document {
            Document::Proposal => ("schema-title", "schema-description"),
            Document::Group => ("schema-group-title", "schema-group-description"),
            Document::SupportGroup => ("schema-support-title", "schema-support-description"),
        };
        schema["$id"] = json!(schema_id_of(document, Lang::Fr));
        schema["title"] = json!(lang.message(title, &Args::new()));
        schema["description"] = json!(lang.message(description, &Args::new()));
    }
    schema
}

/// The group schema describes a person once, under `$defs`: it is renamed
/// with the fields of a person.
fn translate_definitions(schema: &mut Json, document: Document) {
    let person =
        vocabulary::field_in(document, ["co_leads"]).map(|f| vocabulary::unwrap_list(&f.kind));
    if let (Some(Kind::Object(fields)), Some(definition)) =
        (person, schema.pointer_mut("/$defs/person"))
    {
        translate_object(definition, fields);
    }
}

/// Renames the `properties` and `required` of an object schema, then goes down
/// into each property with the fields of its kind.
fn translate_object(schema: &mut Json, fields: &'static [Field]) {
    if let Some(required) = schema.get_mut("required").and_then(Json::as_array_mut) {
        for name in required.iter_mut() {
            if let Some(field) = name.as_str().and_then(|n| find(fields, n)) {
                *name = json!(field.fr);
            }
        }
    }
    let Some(properties) = schema.get_mut("properties").and_then(Json::as_object_mut) else {
        return;
    };
    let mut renamed = Map::new();
    for (name, mut property) in std::mem::take(properties) {
        let Some(field) = find(fields, &name) else {
            renamed.insert(name, property);
            continue;
        };
        translate_property(&mut property, field);
        renamed.insert(field.fr.to_owned(), property);
    }
    *properties = renamed;
}

fn translate_property(property: &mut Json, field: &'static Field) {
    let inner = vocabulary::unwrap_list(&field.kind);
    // Lists keep their element schema under `items`.
    let target = match property.get_mut("items") {
        Some(items) if matches!(field.kind, Kind::List(_)) => items,
        _ => property,
    };
    match inner {
        Kind::Object(fields) => translate_object(target, fields),
        Kind::Enum(variants) => {
            target["enum"] = variants.iter().map(|v| json!(v.fr)).collect();
        }
        Kind::Boolean => {
            // `oui`/`non` are texts to an editor's YAML parser, booleans to canevas.
            *target = json!({ "anyOf": [
                { "type": "boolean" },
                { "enum": ["oui", "non", "vrai", "faux"] }
            ] });
        }
        _ => {}
    }
    let description = Lang::Fr.message(&format!("field-{}", field.en), &Args::new());
    property["description"] = json!(description);
}

fn find(fields: &'static [Field], en: &str) -> Option<&'static Field> {
    fields.iter().find(|f| f.en == en)
}

#[cfg(test)]
mod tests;
