//! The JSON Schema given to editors (`canevas schema`, `--kind group` or
//! `support` for the group files) for completion and hover help. The English one is the bundled schema the checks use. The
//! French one is derived from it and from the key table of [`vocabulary`]:
//! every key and enum value renamed to its French name, a French description
//! (the `field-*` message) on every key, and `oui`/`non` accepted beside
//! booleans, as the checks accept them. There is one table of key names, not
//! two hand-kept schemas.
//!
//! The French schema accepts exactly what `check` accepts: keys and enum values
//! in either language, regardless of case, accents and `_`/`-`/space (a pattern
//! built from [`vocabulary::fold`]'s rules), and numbers where a text is
//! expected (`check` reads `titre: 2024` as the text the author typed). The
//! canonical French names stay in `properties` and `enum`, for completion.

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
        // `check` reads a number or a boolean where a text is expected as the text typed.
        for pointer in ["/$defs/text", "/$defs/categories/items"] {
            if let Some(text) = schema.pointer_mut(pointer) {
                *text = json!({ "type": TEXT_TYPES });
            }
        }
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
    // `required: [titre]` would refuse `Titre:`: each required key becomes "some
    // key spelled like it", which JSON Schema says as "not every key is unlike it".
    if let Some(Json::Array(required)) = schema.as_object_mut().and_then(|o| o.remove("required")) {
        let present: Vec<Json> = required
            .iter()
            .filter_map(|name| find(fields, name.as_str()?))
            .map(|field| json!({ "not": { "propertyNames": { "not": { "pattern": key_pattern(field) } } } }))
            .collect();
        schema["allOf"] = Json::Array(present);
    }
    let Some(properties) = schema.get_mut("properties").and_then(Json::as_object_mut) else {
        return;
    };
    let mut renamed = Map::new();
    let mut patterns = Map::new();
    for (name, mut property) in std::mem::take(properties) {
        let Some(field) = find(fields, &name) else {
            renamed.insert(name, property);
            continue;
        };
        translate_property(&mut property, field);
        patterns.insert(key_pattern(field), property.clone());
        renamed.insert(field.fr.to_owned(), property);
    }
    *properties = renamed;
    schema["patternProperties"] = Json::Object(patterns);
}

/// What `check` reads as a text: numbers and booleans are the text typed.
const TEXT_TYPES: [&str; 3] = ["string", "number", "boolean"];

/// The key names of `field`, in either language, in every spelling `check` accepts.
fn key_pattern(field: &Field) -> String {
    format!(
        "^(?:{}|{})$",
        fold_pattern(field.en),
        fold_pattern(field.fr)
    )
}

/// A pattern matching every text that [`vocabulary::fold`] turns into `folded`:
/// any case, accented letters, and `_`, `-`, spaces or tabs between the words.
fn fold_pattern(folded: &str) -> String {
    const SEPARATORS: &str = "[-_ \t]";
    let words: Vec<String> = folded
        .split(['_', '-'])
        .map(|word| word.chars().map(letter_pattern).collect())
        .collect();
    format!(
        "{SEPARATORS}*{}{SEPARATORS}*",
        words.join(&format!("{SEPARATORS}+"))
    )
}

/// `[eEéÉèÈêÊëË…]` followed by any combining marks, for one letter of a folded name.
fn letter_pattern(letter: char) -> String {
    use unicode_normalization::UnicodeNormalization;
    if !letter.is_ascii_alphabetic() {
        return regex_literal(letter);
    }
    let mut class = String::from("[");
    class.push(letter);
    class.push(letter.to_ascii_uppercase());
    for c in ('\u{c0}'..='\u{17f}').chain('\u{1e00}'..='\u{1eff}') {
        let mut decomposed = c.nfd();
        if decomposed
            .next()
            .is_some_and(|base| base.eq_ignore_ascii_case(&letter))
        {
            class.push(c);
        }
    }
    class.push(']');
    // Decomposed accents (e + U+0301) fold the same way.
    format!("{class}[\u{300}-\u{36f}]*")
}

fn regex_literal(c: char) -> String {
    if c.is_ascii_alphanumeric() {
        c.to_string()
    } else {
        format!("\\{c}")
    }
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
            // The French names for completion; every spelling `check` reads, for validation.
            let names: Vec<String> = variants
                .iter()
                .flat_map(|v| [fold_pattern(v.en), fold_pattern(v.fr)])
                .collect();
            let french: Vec<&str> = variants.iter().map(|v| v.fr).collect();
            *target = json!({ "anyOf": [
                { "enum": french },
                { "type": "string", "pattern": format!("^(?:{})$", names.join("|")) }
            ] });
        }
        Kind::Boolean => {
            // `oui`/`non` are texts to an editor's YAML parser, booleans to canevas.
            let words = ["oui", "non", "vrai", "faux", "true", "false"].map(fold_pattern);
            *target = json!({ "anyOf": [
                { "type": "boolean" },
                { "enum": ["oui", "non", "vrai", "faux"] },
                { "type": "string", "pattern": format!("^(?:{})$", words.join("|")) }
            ] });
        }
        Kind::Text if target.get("type").is_some() => {
            // `id` (a pattern) and `lead` (may be empty) carry their own type.
            let mut types = TEXT_TYPES.map(Json::from).to_vec();
            if target["type"]
                .as_array()
                .is_some_and(|t| t.contains(&json!("null")))
            {
                types.push(json!("null"));
            }
            target["type"] = Json::Array(types);
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
