//! The server's state and its loop: the settings (from `canevas.toml`), the
//! open documents (their text wins over the file on disk), and, with a
//! `[plan]`, every proposal of the workspace for the plan rules.

use std::collections::{BTreeMap, HashMap};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
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
use super::{ServerError, actions, completion, hover, uri};
use crate::config::Settings;
use crate::config::canevas_toml::{self, FILE_NAME};
use crate::diagnostic::Diagnostic;
use crate::i18n::Lang;
use crate::pipeline::check::{FileOutcome, KeepOptions, check_path, check_source, plan_findings};
use crate::pipeline::discover::discover;
use crate::pipeline::source::SourceFile;
use crate::pipeline::suppress;
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
    outcome: Option<FileOutcome>,
    /// What was last published (after the plan rules and the `allow` comments).
    pub(crate) findings: Vec<Diagnostic>,
}

pub(crate) struct Session {
    options: Options,
    pub(crate) lang: Lang,
    root: PathBuf,
    pub(crate) settings: Settings,
    config: Option<PathBuf>,
    /// Why `canevas.toml` could not be used, shown on it.
    config_problem: Option<(PathBuf, lsp_types::Diagnostic)>,
    pub(crate) documents: BTreeMap<PathBuf, Document>,
    /// With a `[plan]`: what the plan rules need of each proposal on disk.
    disk: BTreeMap<PathBuf, PlanEntry>,
    /// When to publish the findings of the documents that changed.
    due: Option<Instant>,
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
        let message = match session.due {
            Some(due) => {
                let wait = due.saturating_duration_since(Instant::now());
                match connection.receiver.recv_timeout(wait) {
                    Ok(message) => Some(message),
                    Err(err) if err.is_timeout() => None,
                    Err(_) => return Ok(()),
                }
            }
            None => match connection.receiver.recv() {
                Ok(message) => Some(message),
                Err(_) => return Ok(()),
            },
        };
        match message {
            None => session.publish(connection)?,
            Some(Message::Request(request)) => {
                if connection.handle_shutdown(&request)? {
                    return Ok(());
                }
                let response = session.answer(request);
                connection.sender.send(response.into())?;
            }
            Some(Message::Notification(notification)) => {
                session.notified(notification, connection)?;
            }
            Some(Message::Response(_)) => {}
        }
    }
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

    /// Reads `canevas.toml` (the nearest one above the workspace), then the plan.
    fn load_settings(&mut self) {
        self.config_problem = None;
        self.config = self
            .root
            .ancestors()
            .map(|dir| dir.join(FILE_NAME))
            .find(|path| path.is_file());
        self.settings = match &self.config {
            Some(path) => canevas_toml::load(Some(path), self.lang).unwrap_or_else(|err| {
                self.config_problem = Some(diagnostics::config_problem(&err, self.lang));
                Settings::new(self.lang)
            }),
            None => Settings::new(self.lang),
        };
        self.scan_workspace();
        for document in self.documents.values_mut() {
            document.outcome = None;
        }
    }

    /// With a `[plan]`, the plan rules look at every proposal of the workspace.
    fn scan_workspace(&mut self) {
        self.disk.clear();
        let folder = self.plan_folder();
        if self.settings.plan.is_none() {
            return;
        }
        let Ok(found) = discover(&[folder], &self.settings) else {
            return;
        };
        for path in found.files {
            let outcome = check_path(&path, &self.settings, KeepOptions::default());
            self.disk.insert(path, outcome.plan);
        }
        self.settings.whole_plan = self.disk.len() > 1;
    }

    /// Where the plan lives: the folder of `canevas.toml`, else the workspace.
    fn plan_folder(&self) -> PathBuf {
        match self.config.as_deref().and_then(Path::parent) {
            Some(folder) => folder.to_path_buf(),
            None => self.root.clone(),
        }
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

    /// A file was saved or changed on disk: the configuration is read again,
    /// or the proposal's entry in the plan is brought up to date.
    fn saved(&mut self, uri: &Uri) {
        let Some(path) = uri::to_path(uri) else {
            return;
        };
        if path.file_name().is_some_and(|n| n == FILE_NAME) {
            self.load_settings();
        } else if self.settings.plan.is_some() && is_yaml(&path) {
            if path.is_file() {
                let outcome = check_path(&path, &self.settings, KeepOptions::default());
                self.disk.insert(path, outcome.plan);
            } else {
                self.disk.remove(&path);
            }
            self.settings.whole_plan = self.disk.len() > 1;
        }
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

    /// The findings of every open document: its own, the plan's (over the open
    /// documents and the other proposals on disk), then the `allow` comments.
    fn findings(&mut self) -> HashMap<PathBuf, Vec<Diagnostic>> {
        let settings = &self.settings;
        let folder = self.plan_folder();
        for (path, document) in &mut self.documents {
            // `[files]` decides, as when `check` walks the folder: a CI
            // workflow or a `.pre-commit-config.yaml` is no proposal. A new
            // buffer has no file yet: its path is taken from the plan's folder.
            let wanted =
                !path.is_absolute() || settings.wants(path.strip_prefix(&folder).unwrap_or(path));
            if document.outcome.is_none() && wanted {
                document.outcome = Some(check_document(&document.source, settings));
            }
        }
        let outcomes = || self.documents.values().filter_map(|d| d.outcome.as_ref());
        let mut all: Vec<Diagnostic> = outcomes().flat_map(|o| o.diagnostics.clone()).collect();
        let mut entries: Vec<PlanEntry> = outcomes().map(|o| o.plan.clone()).collect();
        let on_disk = self
            .disk
            .iter()
            .filter(|(p, _)| !self.documents.contains_key(*p));
        entries.extend(on_disk.map(|(_, entry)| entry.clone()));
        entries.sort_by(|a, b| a.path.cmp(&b.path));
        let root = self.plan_folder();
        all.extend(plan_findings(&entries, settings, &root));
        let directives = outcomes()
            .filter_map(|o| Some((o.plan.path.clone(), o.directives.clone()?)))
            .collect();
        suppress::apply(&mut all, directives, settings);
        all.sort_by(crate::diagnostic::compare);
        let mut by_path: HashMap<PathBuf, Vec<Diagnostic>> = HashMap::new();
        for diagnostic in all {
            by_path
                .entry(diagnostic.path.clone())
                .or_default()
                .push(diagnostic);
        }
        by_path
    }

    /// The text of a file: the open document's, else the file on disk.
    pub(crate) fn text_of(&self, path: &Path) -> Option<SourceFile> {
        match self.documents.get(path) {
            Some(document) => Some(SourceFile::new(
                path.to_path_buf(),
                document.source.text.clone(),
            )),
            None => SourceFile::read(path).ok(),
        }
    }

    pub(crate) fn document(&self, uri: &Uri) -> Option<&Document> {
        self.documents.get(&document_path(uri))
    }
}

/// Checks a document's text; a panic becomes no finding rather than a dead server.
fn check_document(source: &SourceFile, settings: &Settings) -> FileOutcome {
    catch_unwind(AssertUnwindSafe(|| check_source(source, settings))).unwrap_or_else(|_| {
        let mut outcome = check_source(
            &SourceFile::new(source.path.clone(), String::new()),
            settings,
        );
        outcome.diagnostics.clear();
        outcome
    })
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

/// The first workspace folder, else the root URI, else the current folder.
fn workspace_root(params: &InitializeParams) -> PathBuf {
    let folder = params
        .workspace_folders
        .as_ref()
        .and_then(|folders| folders.first())
        .and_then(|folder| uri::to_path(&folder.uri));
    #[allow(deprecated)] // `rootUri` is what older clients send
    let root = folder.or_else(|| params.root_uri.as_ref().and_then(uri::to_path));
    root.or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The key of a document: its path, or its URI for a buffer that has none.
fn document_path(uri: &Uri) -> PathBuf {
    uri::to_path(uri).unwrap_or_else(|| PathBuf::from(uri.as_str()))
}

fn is_yaml(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "yaml" || e == "yml")
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
