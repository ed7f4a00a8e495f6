//! The server's state and its loop: the settings (from `canevas.toml`), the
//! open documents (their text wins over the file on disk), and, with a
//! `[plan]`, every proposal of the workspace for the plan rules.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{self as note, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    DidChangeTextDocumentParams, DidChangeWatchedFilesParams, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, DidSaveTextDocumentParams, InitializeParams,
    PublishDiagnosticsParams, Uri,
};
use serde_json::json;

use super::diagnostics::{self, RuleDocs};
use super::workspace::workspace_root;
use super::{ServerError, actions, completion, hover, uri};
use crate::config::Settings;
use crate::diagnostic::Diagnostic;
use crate::i18n::Lang;
use crate::pipeline::check::FileOutcome;
use crate::pipeline::source::SourceFile;
use crate::rules::PlanEntry;

/// How long the typing must pause before the findings are computed again.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// How the server is started.
#[derive(Clone, Debug)]
pub struct Options {
    /// `--lang`: wins over the client's locale.
    pub lang: Option<Lang>,
    pub debounce: Duration,
}

impl Options {
    pub fn new(lang: Option<Lang>) -> Self {
        Options {
            lang,
            debounce: DEBOUNCE,
        }
    }
}

/// An open document: the editor's text, checked.
pub(crate) struct Document {
    pub(crate) uri: Uri,
    pub(crate) version: Option<i32>,
    pub(crate) source: SourceFile,
    /// The findings of the file alone, `None` while the text changed since.
    pub(super) outcome: Option<FileOutcome>,
    /// What was last published (after the plan rules and the `allow` comments).
    pub(crate) findings: Vec<Diagnostic>,
}

pub(crate) struct Session {
    pub(super) options: Options,
    pub(crate) lang: Lang,
    pub(super) root: PathBuf,
    pub(crate) settings: Settings,
    pub(super) config: Option<PathBuf>,
    /// Why `canevas.toml` could not be used, shown on it.
    pub(super) config_problem: Option<(PathBuf, lsp_types::Diagnostic)>,
    pub(crate) documents: BTreeMap<PathBuf, Document>,
    /// With a `[plan]`: what the plan rules need of each proposal on disk.
    pub(super) disk: BTreeMap<PathBuf, PlanEntry>,
    /// When to publish the findings of the documents that changed.
    pub(super) due: Option<Instant>,
    pub(crate) docs: RuleDocs,
}

/// Answers the `initialize` request, then every message until `exit`.
pub fn serve(connection: &Connection, options: Options) -> Result<(), ServerError> {
    let (id, params) = connection.initialize_start()?;
    let params: InitializeParams = serde_json::from_value(params)?;
    let mut session = Session::new(&params, options);
    let result = json!({
        "capabilities": capabilities(),
        "serverInfo": { "name": "canevas", "version": env!("CARGO_PKG_VERSION") },
    });
    connection.initialize_finish(id, result)?;
    session.watch_files(connection, &params)?;
    session.publish_config_problem(connection)?;
    loop {
        let message = match next_message(connection, session.due) {
            Next::Message(message) => message,
            Next::Due => {
                session.publish(connection)?;
                continue;
            }
            Next::Gone => return Ok(()),
        };
        match message {
            Message::Request(request) => {
                if connection.handle_shutdown(&request)? {
                    return Ok(());
                }
                connection.sender.send(session.respond(request).into())?;
            }
            Message::Notification(notification) => {
                let handled = catch_unwind(AssertUnwindSafe(|| {
                    session.notified(notification, connection)
                }));
                // A panic leaves the findings as they were; the next change tries again.
                handled.unwrap_or(Ok(()))?;
            }
            Message::Response(_) => {}
        }
    }
}

/// What the loop does next.
enum Next {
    Message(Message),
    /// The pause after typing is over: publish.
    Due,
    /// The client closed the connection.
    Gone,
}

/// The next message, or the end of the pause after typing when it comes first.
fn next_message(connection: &Connection, due: Option<Instant>) -> Next {
    let received = match due {
        Some(due) => {
            let wait = due.saturating_duration_since(Instant::now());
            match connection.receiver.recv_timeout(wait) {
                Err(err) if err.is_timeout() => return Next::Due,
                other => other.ok(),
            }
        }
        None => connection.receiver.recv().ok(),
    };
    received.map_or(Next::Gone, Next::Message)
}

fn capabilities() -> serde_json::Value {
    json!({
        "positionEncoding": "utf-16",
        // The whole text on every change: a proposal is a few kilobytes.
        "textDocumentSync": { "openClose": true, "change": 1, "save": { "includeText": false } },
        "hoverProvider": true,
        "completionProvider": { "triggerCharacters": [":", " ", "-"] },
        "codeActionProvider": { "codeActionKinds": ["quickfix", "source.fixAll"] },
    })
}

impl Session {
    fn new(params: &InitializeParams, options: Options) -> Self {
        let lang = options.lang.unwrap_or_else(|| client_lang(params));
        let root = workspace_root(params);
        let mut session = Session {
            options,
            lang,
            root,
            settings: Settings::new(lang),
            config: None,
            config_problem: None,
            documents: BTreeMap::new(),
            disk: BTreeMap::new(),
            due: None,
            docs: RuleDocs::new(lang),
        };
        session.load_settings();
        session
    }

    /// Asks the client to report changes to `canevas.toml` and to proposals on disk.
    fn watch_files(
        &self,
        connection: &Connection,
        params: &InitializeParams,
    ) -> Result<(), ServerError> {
        let dynamic = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|w| w.dynamic_registration)
            .unwrap_or(false);
        if !dynamic {
            return Ok(());
        }
        let params = json!({ "registrations": [{
            "id": "canevas-watch",
            "method": note::DidChangeWatchedFiles::METHOD,
            "registerOptions": { "watchers": [
                { "globPattern": "**/canevas.toml" },
                { "globPattern": "**/*.{yaml,yml}" },
            ] },
        }] });
        let request = Request::new(
            RequestId::from("canevas-watch".to_owned()),
            req::RegisterCapability::METHOD.to_owned(),
            params,
        );
        connection.sender.send(request.into())?;
        Ok(())
    }

    /// The answer to a request; a bug in one answer must not stop the server
    /// the person types in.
    fn respond(&mut self, request: Request) -> Response {
        let id = request.id.clone();
        catch_unwind(AssertUnwindSafe(|| self.answer(request))).unwrap_or_else(|_| {
            let message = "canevas could not answer: this is a bug, please report it";
            let code = lsp_server::ErrorCode::InternalError as i32;
            Response::new_err(id, code, message.to_owned())
        })
    }

    fn answer(&mut self, request: Request) -> Response {
        let id = request.id.clone();
        let result = match request.method.as_str() {
            req::HoverRequest::METHOD => parse(request).map(|p| json!(hover::hover(self, &p))),
            req::Completion::METHOD => {
                parse(request).map(|p| json!(completion::complete(self, &p)))
            }
            req::CodeActionRequest::METHOD => {
                parse(request).map(|p| json!(actions::code_actions(self, &p)))
            }
            _ => {
                let message = format!("canevas does not handle {}", request.method);
                return Response::new_err(
                    id,
                    lsp_server::ErrorCode::MethodNotFound as i32,
                    message,
                );
            }
        };
        match result {
            Ok(value) => Response::new_ok(id, value),
            Err(err) => Response::new_err(id, lsp_server::ErrorCode::InvalidParams as i32, err),
        }
    }

    fn notified(
        &mut self,
        notification: Notification,
        connection: &Connection,
    ) -> Result<(), ServerError> {
        let method = notification.method.clone();
        match method.as_str() {
            note::DidOpenTextDocument::METHOD => {
                let params: DidOpenTextDocumentParams = parse_note(notification)?;
                let document = params.text_document;
                self.open(document.uri, Some(document.version), document.text);
                self.publish(connection)?;
            }
            note::DidChangeTextDocument::METHOD => {
                let params: DidChangeTextDocumentParams = parse_note(notification)?;
                if let Some(change) = params.content_changes.into_iter().last() {
                    let version = Some(params.text_document.version);
                    self.open(params.text_document.uri, version, change.text);
                    self.due = Some(Instant::now() + self.options.debounce);
                }
            }
            note::DidSaveTextDocument::METHOD => {
                let params: DidSaveTextDocumentParams = parse_note(notification)?;
                self.saved(&params.text_document.uri);
                self.publish(connection)?;
                self.publish_config_problem(connection)?;
            }
            note::DidCloseTextDocument::METHOD => {
                let params: DidCloseTextDocumentParams = parse_note(notification)?;
                self.close(&params.text_document.uri, connection)?;
            }
            note::DidChangeWatchedFiles::METHOD => {
                let params: DidChangeWatchedFilesParams = parse_note(notification)?;
                for change in &params.changes {
                    self.saved(&change.uri);
                }
                self.publish(connection)?;
                self.publish_config_problem(connection)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// Takes the editor's text of a document (opened or changed).
    fn open(&mut self, uri: Uri, version: Option<i32>, text: String) {
        let path = document_path(&uri);
        let source = SourceFile::new(path.clone(), text);
        let findings = self
            .documents
            .remove(&path)
            .map(|d| d.findings)
            .unwrap_or_default();
        let document = Document {
            uri,
            version,
            source,
            outcome: None,
            findings,
        };
        self.documents.insert(path, document);
    }

    fn close(&mut self, uri: &Uri, connection: &Connection) -> Result<(), ServerError> {
        let path = document_path(uri);
        self.documents.remove(&path);
        send_diagnostics(connection, uri.clone(), None, Vec::new())?;
        // The file on disk takes the buffer's place in the plan.
        self.saved(uri);
        if !self.documents.is_empty() {
            self.publish(connection)?;
        }
        Ok(())
    }

    /// Checks what changed, runs the plan rules, and publishes every open document's findings.
    fn publish(&mut self, connection: &Connection) -> Result<(), ServerError> {
        self.due = None;
        let mut findings = self.findings();
        let paths: Vec<PathBuf> = self.documents.keys().cloned().collect();
        for path in paths {
            let list = findings.remove(&path).unwrap_or_default();
            let lsp = list.iter().map(|d| diagnostics::to_lsp(d, self)).collect();
            if let Some(document) = self.documents.get_mut(&path) {
                document.findings = list;
                send_diagnostics(connection, document.uri.clone(), document.version, lsp)?;
            }
        }
        Ok(())
    }

    fn publish_config_problem(&self, connection: &Connection) -> Result<(), ServerError> {
        let Some(path) = &self.config else {
            return Ok(());
        };
        let Some(uri) = uri::from_path(path) else {
            return Ok(());
        };
        let list = self.config_problem.iter().map(|(_, d)| d.clone()).collect();
        send_diagnostics(connection, uri, None, list)
    }

    pub(crate) fn document(&self, uri: &Uri) -> Option<&Document> {
        self.documents.get(&document_path(uri))
    }
}

/// `initialize`'s `locale` (`fr`, `fr-FR`), else `CANEVAS_LANG` and the locale variables.
fn client_lang(params: &InitializeParams) -> Lang {
    #[allow(deprecated)] // `locale` is LSP 3.16; lsp-types marks it as such
    let locale = params.locale.as_deref().filter(|l| !l.is_empty());
    match locale {
        Some(locale) => Lang::from_locale(locale),
        None => Lang::resolve(None),
    }
}

/// The key of a document: its path, or its URI for a buffer that has none.
fn document_path(uri: &Uri) -> PathBuf {
    uri::to_path(uri).unwrap_or_else(|| PathBuf::from(uri.as_str()))
}

fn send_diagnostics(
    connection: &Connection,
    uri: Uri,
    version: Option<i32>,
    diagnostics: Vec<lsp_types::Diagnostic>,
) -> Result<(), ServerError> {
    let params = PublishDiagnosticsParams {
        uri,
        diagnostics,
        version,
    };
    let notification = Notification::new(note::PublishDiagnostics::METHOD.to_owned(), params);
    connection.sender.send(notification.into())?;
    Ok(())
}

fn parse<P: serde::de::DeserializeOwned>(request: Request) -> Result<P, String> {
    serde_json::from_value(request.params).map_err(|e| e.to_string())
}

fn parse_note<P: serde::de::DeserializeOwned>(
    notification: Notification,
) -> Result<P, ServerError> {
    Ok(serde_json::from_value(notification.params)?)
}
