//! Hover: on a finding, its message and the rule's `explain` text; on a key,
//! what that section of the canvas is for, in the person's language.

use lsp_types::{Hover, HoverContents, HoverParams, MarkupContent, MarkupKind};

use super::diagnostics::explain_markdown;
use super::position;
use super::session::Session;
use crate::i18n::Args;
use crate::pipeline::discover::document_of;
use crate::pipeline::source::SourceFile;
use crate::pipeline::yaml::{self, Node};
use crate::vocabulary::{self, Field, Kind, fold};

pub(crate) fn hover(session: &Session, params: &HoverParams) -> Option<Hover> {
    let at = &params.text_document_position_params;
    let document = session.document(&at.text_document.uri)?;
    let offset = position::to_offset(&document.source, at.position);
    let on_findings: Vec<String> = document
        .findings
        .iter()
        .filter(|d| {
            d.location
                .is_some_and(|l| l.span.start <= offset && offset <= l.span.end)
        })
        .map(|d| {
            let mut text = format!("**{}** {}", d.code, d.message);
            if let Some(hint) = &d.hint {
                text.push_str(&format!("\n\n{hint}"));
            }
            if let Some(explain) = explain_markdown(d.code, session.lang) {
                text.push_str(&format!("\n\n---\n\n{}", demote_headings(&explain)));
            }
            text
        })
        .collect();
    let value = if on_findings.is_empty() {
        key_help(session, &document.source, offset)?
    } else {
        on_findings.join("\n\n---\n\n")
    };
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: None,
    })
}

/// Editors show a hover small: `#` titles become bold lines (not the
/// comments of the YAML excerpts, inside fences).
fn demote_headings(markdown: &str) -> String {
    let mut in_fence = false;
    markdown
        .lines()
        .map(|line| {
            if line.starts_with("```") {
                in_fence = !in_fence;
            }
            match line.trim_start_matches('#') {
                rest if !in_fence && rest.len() < line.len() => format!("**{}**", rest.trim()),
                _ => line.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The description of the key under the cursor, with its two names.
fn key_help(session: &Session, source: &SourceFile, offset: usize) -> Option<String> {
    let root = yaml::parse(source).ok()?;
    // A proposal, a working group or the support group: each has its keys.
    let fields = document_of(&source.path).fields();
    let field = field_at(&root, fields, offset)?;
    let what = session
        .lang
        .message(&format!("field-{}", field.en), &Args::new());
    let names = if field.en == field.fr {
        format!("`{}`", field.en)
    } else {
        format!("`{}` / `{}`", field.fr, field.en)
    };
    let args = Args::new().with("names", names).with("what", what);
    Some(session.lang.message("server-hover-key", &args))
}

/// The field whose key is under `offset`, going down the tree.
fn field_at(node: &Node, fields: &'static [Field], offset: usize) -> Option<&'static Field> {
    if let Some(items) = node.as_seq() {
        return items.iter().find_map(|item| field_at(item, fields, offset));
    }
    for entry in node.as_map()? {
        let field = vocabulary::find_field(fields, &fold(entry.key.as_str()?));
        if entry.key.span.start <= offset && offset <= entry.key.span.end {
            return field;
        }
        let extent = entry.value.extent();
        if let Some(field) = field
            && extent.start <= offset
            && offset <= extent.end
            && let Kind::Object(inner) = vocabulary::unwrap_list(&field.kind)
        {
            return field_at(&entry.value, inner, offset);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::demote_headings;

    #[test]
    fn titles_shrink_but_yaml_comments_stay() {
        let text = "# CON003 · vague\n\n## What\n```yaml\n# canevas: allow CON003\n```";
        assert_eq!(
            demote_headings(text),
            "**CON003 · vague**\n\n**What**\n```yaml\n# canevas: allow CON003\n```"
        );
    }
}
