//! Code actions: the safe fixes under the cursor (and all of a file's at
//! once), and "silence this finding with a reason", which writes
//! `# canevas: allow CODE -- ` on a line of its own above the key.

use std::collections::HashMap;

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, Diagnostic, NumberOrString,
    Range, TextEdit, Uri, WorkspaceEdit,
};

use super::position;
use super::session::Session;
use crate::i18n::Args;
use crate::pipeline::source::SourceFile;
use crate::pipeline::suppress::silenceable;
use crate::pipeline::yaml::{self, Node};
use crate::rules::Code;
use crate::writing::fixes::{self, Fix};

pub(crate) fn code_actions(
    session: &Session,
    params: &CodeActionParams,
) -> Vec<CodeActionOrCommand> {
    let uri = &params.text_document.uri;
    let Some(document) = session.document(uri) else {
        return Vec::new();
    };
    let source = &document.source;
    let wanted = |kind: &CodeActionKind| {
        params
            .context
            .only
            .as_ref()
            .is_none_or(|only| only.iter().any(|o| kind.as_str().starts_with(o.as_str())))
    };
    let start = position::to_offset(source, params.range.start);
    let end = position::to_offset(source, params.range.end);
    let all = fixes::find(source, &session.settings);
    let mut actions = Vec::new();
    if wanted(&CodeActionKind::QUICKFIX) {
        for fix in all
            .iter()
            .filter(|f| f.span.start <= end && start <= f.span.end)
        {
            actions.push(fix_action(
                session,
                uri,
                source,
                fix,
                &params.context.diagnostics,
            ));
        }
        for diagnostic in &params.context.diagnostics {
            actions.extend(allow_action(session, uri, source, diagnostic));
        }
    }
    // Beside a single quick fix, "all" would say it twice; unless the editor
    // asks for it by name (VS Code's `source.fixAll` on save).
    let asked = params
        .context
        .only
        .as_ref()
        .is_some_and(|only| only.iter().any(|o| o.as_str().starts_with("source")));
    if !all.is_empty() && (all.len() > 1 || asked) && wanted(&CodeActionKind::SOURCE_FIX_ALL) {
        let title = session.lang.message("action-fix-all", &Args::new());
        let edits = all.iter().map(|f| edit(source, f)).collect();
        actions.push(action(
            title,
            CodeActionKind::SOURCE_FIX_ALL,
            uri,
            edits,
            Vec::new(),
        ));
    }
    actions
        .into_iter()
        .map(CodeActionOrCommand::CodeAction)
        .collect()
}

fn fix_action(
    session: &Session,
    uri: &Uri,
    source: &SourceFile,
    fix: &Fix,
    diagnostics: &[Diagnostic],
) -> CodeAction {
    let args = Args::new()
        .with("written", fix.written.as_str())
        .with("replacement", fix.replacement.as_str());
    let title = session.lang.message("action-fix", &args);
    let range = position::range(source, fix.span);
    let solved = diagnostics
        .iter()
        .filter(|d| overlaps(d.range, range) && code_of(d) == Some(fix.code))
        .cloned()
        .collect();
    let mut action = action(
        title,
        CodeActionKind::QUICKFIX,
        uri,
        vec![edit(source, fix)],
        solved,
    );
    action.is_preferred = Some(true);
    action
}

fn allow_action(
    session: &Session,
    uri: &Uri,
    source: &SourceFile,
    diagnostic: &Diagnostic,
) -> Option<CodeAction> {
    let code = code_of(diagnostic).filter(|c| silenceable(*c))?;
    let offset = position::to_offset(source, diagnostic.range.start);
    let line_start = key_line_start(source, offset);
    let line = &source.text[line_start..];
    let indent = &line[..line.len() - line.trim_start_matches([' ', '\t']).len()];
    let newline = if source.text.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let at = position::to_lsp(source, line_start);
    let edit = TextEdit {
        range: Range::new(at, at),
        new_text: format!("{indent}# canevas: allow {code} -- {newline}"),
    };
    let title = session
        .lang
        .message("action-allow", &Args::new().with("code", code.as_str()));
    Some(action(
        title,
        CodeActionKind::QUICKFIX,
        uri,
        vec![edit],
        vec![diagnostic.clone()],
    ))
}

/// The start of the line of the innermost key that holds `offset` (the line
/// itself when the text is not YAML).
fn key_line_start(source: &SourceFile, offset: usize) -> usize {
    let key = yaml::parse(source)
        .ok()
        .and_then(|root| innermost_key(&root, offset));
    let at = key.unwrap_or(offset).min(source.text.len());
    source.text[..at].rfind('\n').map_or(0, |i| i + 1)
}

fn innermost_key(node: &Node, offset: usize) -> Option<usize> {
    if let Some(items) = node.as_seq() {
        return items.iter().find_map(|item| innermost_key(item, offset));
    }
    node.as_map()?.iter().find_map(|entry| {
        let extent = entry.value.extent();
        let holds = entry.key.span.start <= offset && offset <= extent.end.max(entry.key.span.end);
        holds.then(|| innermost_key(&entry.value, offset).unwrap_or(entry.key.span.start))
    })
}

fn edit(source: &SourceFile, fix: &Fix) -> TextEdit {
    TextEdit {
        range: position::range(source, fix.span),
        new_text: fix.replacement.clone(),
    }
}

fn action(
    title: String,
    kind: CodeActionKind,
    uri: &Uri,
    edits: Vec<TextEdit>,
    diagnostics: Vec<Diagnostic>,
) -> CodeAction {
    CodeAction {
        title,
        kind: Some(kind),
        diagnostics: (!diagnostics.is_empty()).then_some(diagnostics),
        edit: Some(WorkspaceEdit {
            changes: Some(HashMap::from([(uri.clone(), edits)])),
            ..WorkspaceEdit::default()
        }),
        ..CodeAction::default()
    }
}

fn code_of(diagnostic: &Diagnostic) -> Option<Code> {
    match &diagnostic.code {
        Some(NumberOrString::String(code)) if diagnostic.source.as_deref() == Some("canevas") => {
            Code::parse(code)
        }
        _ => None,
    }
}

fn overlaps(a: Range, b: Range) -> bool {
    a.start <= b.end && b.start <= a.end
}
