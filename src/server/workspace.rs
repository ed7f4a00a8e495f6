//! The workspace side of the session: `canevas.toml` (read again when it
//! changes), the proposals of the plan on disk, and the findings of the open
//! documents with the plan rules over them all, open buffers first.

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use lsp_types::{InitializeParams, Uri};

use super::diagnostics;
use super::session::Session;
use super::uri;
use crate::config::Settings;
use crate::config::canevas_toml::{self, FILE_NAME};
use crate::diagnostic::Diagnostic;
use crate::pipeline::check::{FileOutcome, KeepOptions, check_path, check_source, run_plan_rules};
use crate::pipeline::discover::{absolute_from_cwd, discover};
use crate::pipeline::source::SourceFile;
use crate::pipeline::suppress;
use crate::rules::{PlanAnchor, PlanEntry, PlanFiles};

impl Session {
    /// Reads `canevas.toml` (the nearest one above the workspace), then the plan.
    pub(super) fn load_settings(&mut self) {
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
        let Ok(found) = discover(&[folder], &self.settings, false) else {
            return;
        };
        for path in found.files {
            let outcome = check_path(&path, &self.settings, KeepOptions::default());
            // `discover` names a file relative to the current folder, as the
            // reports do; the editor names it by an absolute URI. One
            // spelling, or an open buffer is a duplicate of its own file.
            self.disk.insert(absolute_from_cwd(&path), outcome.plan);
        }
        self.settings.whole_plan = self.disk.len() > 1;
    }

    /// Where the plan lives: the folder of `canevas.toml`, else the workspace.
    pub(super) fn plan_folder(&self) -> PathBuf {
        match self.config.as_deref().and_then(Path::parent) {
            Some(folder) => folder.to_path_buf(),
            None => self.root.clone(),
        }
    }

    /// A file was saved or changed on disk: the configuration is read again,
    /// or the proposal's entry in the plan is brought up to date.
    pub(super) fn saved(&mut self, uri: &Uri) {
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

    /// The findings of every open document: its own, the plan's (over the open
    /// documents and the other proposals on disk), then the `allow` comments.
    pub(super) fn findings(&mut self) -> HashMap<PathBuf, Vec<Diagnostic>> {
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
        let outcomes =
            || (self.documents.iter()).filter_map(|(path, d)| Some((path, d.outcome.as_ref()?)));
        let mut all: Vec<Diagnostic> = outcomes()
            .flat_map(|(_, o)| o.diagnostics.clone())
            .collect();
        // The open buffers are "named": only they get findings; the files on
        // disk are the rest of the plan.
        let open: Vec<PathBuf> = outcomes().map(|(path, _)| path.clone()).collect();
        let on_disk: Vec<(&PathBuf, &PlanEntry)> = (self.disk.iter())
            .filter(|(p, _)| !self.documents.contains_key(*p))
            .collect();
        let others: Vec<PathBuf> = on_disk.iter().map(|(p, _)| (*p).clone()).collect();
        let mut entries: Vec<PlanEntry> = outcomes()
            .map(|(_, o)| (&o.plan, true))
            .chain(on_disk.iter().map(|(_, entry)| (*entry, false)))
            .enumerate()
            .map(|(file, (entry, named))| PlanEntry {
                file: u32::try_from(file).unwrap_or(u32::MAX),
                named,
                ..entry.clone()
            })
            .collect();
        let anchor = PlanAnchor {
            path: self.config.clone().unwrap_or_else(|| self.plan_folder()),
            location: None,
        };
        let files = PlanFiles {
            named: &open,
            others: &others,
        };
        all.extend(run_plan_rules(&mut entries, files, &anchor, settings));
        let directives = outcomes()
            .filter_map(|(path, o)| Some((path.clone(), o.directives.clone()?)))
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

/// The first workspace folder, else the root URI, else the current folder.
pub(super) fn workspace_root(params: &InitializeParams) -> PathBuf {
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

fn is_yaml(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "yaml" || e == "yml")
}
