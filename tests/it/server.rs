//! `canevas server` driven through its protocol, in-process, over
//! `lsp-server`'s in-memory connection: initialize, didOpen, didChange,
//! hover, completion, codeAction, didSave, shutdown.

use std::fs;
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use canevas::i18n::Lang;
use canevas::server::Options;
use canevas::server::session::serve;
use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{Value, json};

use crate::common::copy_tree;

/// A client on the other end of the in-memory connection.
struct Client {
    connection: Connection,
    server: Option<JoinHandle<()>>,
    next_id: i32,
    /// Notifications received while waiting for something else.
    backlog: Vec<Notification>,
}

impl Client {
    fn start(root: &Path, locale: &str, lang: Option<Lang>) -> Client {
        let (server_side, client_side) = Connection::memory();
        let options = Options {
            lang,
            debounce: Duration::from_millis(30),
        };
        let server = std::thread::spawn(move || serve(&server_side, options).unwrap());
        let mut client = Client {
            connection: client_side,
            server: Some(server),
            next_id: 0,
            backlog: Vec::new(),
        };
        let result = client.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": file_uri(root),
                "locale": locale,
                "capabilities": {},
            }),
        );
        assert_eq!(result["serverInfo"]["name"], "canevas");
        assert_eq!(result["capabilities"]["hoverProvider"], true);
        client.notify("initialized", json!({}));
        client
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = RequestId::from(self.next_id);
        let request = Request::new(id.clone(), method.to_owned(), params);
        self.connection.sender.send(request.into()).unwrap();
        loop {
            match self.receive() {
                Message::Response(response) if response.id == id => {
                    return response
                        .response_result
                        .unwrap_or_else(|e| panic!("{method}: {}", e.message));
                }
                Message::Notification(n) => self.backlog.push(n),
                _ => {}
            }
        }
    }

    fn notify(&self, method: &str, params: Value) {
        let notification = Notification::new(method.to_owned(), params);
        self.connection.sender.send(notification.into()).unwrap();
    }

    fn receive(&self) -> Message {
        self.connection
            .receiver
            .recv_timeout(Duration::from_secs(20))
            .expect("the server answers")
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        if let Some(i) = self.backlog.iter().position(|n| is_diagnostics_of(n, uri)) {
            let n = self.backlog.remove(i);
            return n.params["diagnostics"].as_array().unwrap().clone();
        }
        loop {
            if let Message::Notification(n) = self.receive() {
                if is_diagnostics_of(&n, uri) {
                    return n.params["diagnostics"].as_array().unwrap().clone();
                }
                self.backlog.push(n);
            }
        }
    }

    fn open(&mut self, uri: &str, text: &str) -> Vec<Value> {
        let document = json!({ "uri": uri, "languageId": "yaml", "version": 1, "text": text });
        self.notify("textDocument/didOpen", json!({ "textDocument": document }));
        self.diagnostics(uri)
    }

    fn change(&mut self, uri: &str, version: i32, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": version },
                "contentChanges": [{ "text": text }],
            }),
        );
    }

    fn at(&mut self, method: &str, uri: &str, line: u32, character: u32) -> Value {
        self.request(
            method,
            json!({
                "textDocument": { "uri": uri },
                "position": { "line": line, "character": character },
            }),
        )
    }

    fn shutdown(mut self) {
        self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        self.server.take().unwrap().join().unwrap();
    }
}

fn is_diagnostics_of(n: &Notification, uri: &str) -> bool {
    n.method == "textDocument/publishDiagnostics" && n.params["uri"] == uri
}

fn file_uri(path: &Path) -> String {
    canevas::text::uri::from_path(path)
}

fn codes(diagnostics: &[Value]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect()
}

/// A copy of the example plan (20 proposals, a `canevas.toml` with `[plan]`).
/// A copy of the bundled plan under the current folder, as when an editor
/// starts the server in the workspace: `discover` then names the files on
/// disk relative to it, while the editor names them by absolute URIs.
fn plan_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/plan-qvt");
    copy_tree(&from, dir.path());
    let root = fs::canonicalize(dir.path()).unwrap();
    (dir, root)
}

/// A file of the plan copy, with `from` replaced by `to` in its text (not on disk).
fn edited(root: &Path, relative: &str, from: &str, to: &str) -> (PathBuf, String) {
    let path = root.join(relative);
    let text = fs::read_to_string(&path).unwrap().replace(from, to);
    (path, text)
}

fn acceptance_text() -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fixes/acceptance.before.yaml");
    fs::read_to_string(path).unwrap()
}

#[test]
fn findings_are_those_of_check_in_french_with_utf16_columns() {
    let (_dir, root) = plan_copy();
    let path = root.join("axe-1/A1-09-nouvelle.yaml");
    let text = acceptance_text().replace("id: A1-01", "id: A1-09");
    fs::write(&path, &text).unwrap();
    let mut client = Client::start(&root, "fr-FR", None);
    let uri = file_uri(&path);
    let diagnostics = client.open(&uri, &text);
    assert_eq!(codes(&diagnostics), ["SCHEMA001"; 4], "{diagnostics:#?}");
    // The same findings as `check` in concise form: lines and messages.
    let check = crate::common::canevas_in(
        &root,
        &["check", "--format", "concise", "axe-1/A1-09-nouvelle.yaml"],
        &[("LANG", "fr_FR.UTF-8")],
    );
    let concise = crate::common::stdout(&check);
    for d in &diagnostics {
        let line = d["range"]["start"]["line"].as_u64().unwrap() + 1;
        let first = d["message"].as_str().unwrap().lines().next().unwrap();
        let expected = format!("axe-1/A1-09-nouvelle.yaml:{line}:");
        assert!(
            concise
                .lines()
                .any(|l| l.starts_with(&expected) && l.ends_with(first)),
            "{first} at line {line} not in\n{concise}"
        );
    }
    let amount = diagnostics
        .iter()
        .find(|d| d["message"].as_str().unwrap().contains("8 000 €"))
        .unwrap();
    assert_eq!(amount["severity"], 1);
    assert_eq!(amount["source"], "canevas");
    assert!(
        amount["codeDescription"]["href"]
            .as_str()
            .unwrap()
            .ends_with("/fr/SCHEMA001.md")
    );
    assert!(
        amount["message"]
            .as_str()
            .unwrap()
            .contains("doit être un nombre"),
        "{amount}"
    );
    // `    montant: 8 000 €`: the value starts at UTF-16 column 13, ends after `€` (one unit).
    assert_eq!(amount["range"]["start"]["character"], 13);
    assert_eq!(amount["range"]["end"]["character"], 20);
    client.shutdown();
}

#[test]
fn a_change_is_checked_after_the_pause_and_severities_follow_the_configuration() {
    let (_dir, root) = plan_copy();
    let path = root.join("axe-1/A1-01-parcours-accueil.yaml");
    let text = fs::read_to_string(&path).unwrap();
    let mut client = Client::start(&root, "en", None);
    let uri = file_uri(&path);
    assert!(client.open(&uri, &text).is_empty());
    let departmental = text.replace("niveau: academique", "niveau: departemental");
    client.change(&uri, 2, &departmental);
    let diagnostics = client.diagnostics(&uri);
    assert_eq!(codes(&diagnostics), ["PIL001"]);
    // A warning by default, an error by the plan's canevas.toml.
    assert_eq!(diagnostics[0]["severity"], 1);
    assert!(
        diagnostics[0]["message"]
            .as_str()
            .unwrap()
            .contains("(a department)")
    );
    client.shutdown();
}

#[test]
fn the_plan_rules_see_the_other_proposals_and_open_buffers_win() {
    let (_dir, root) = plan_copy();
    let first = root.join("axe-1/A1-01-parcours-accueil.yaml");
    let second = root.join("axe-1/A1-02-reseau-referents-qvt.yaml");
    let mut client = Client::start(&root, "en", None);
    let (uri1, uri2) = (file_uri(&first), file_uri(&second));
    let text2 = fs::read_to_string(&second).unwrap();
    // A1-02 given A1-01's id in the buffer: a duplicate with the file on disk.
    let clash = text2.replace("id: A1-02", "id: A1-01");
    let diagnostics = client.open(&uri2, &clash);
    assert_eq!(codes(&diagnostics), ["PLAN001"], "{diagnostics:#?}");
    let related = &diagnostics[0]["relatedInformation"][0]["location"]["uri"];
    assert_eq!(related, &json!(uri1));
    // As `check` says it: on the second file, the first one as related information.
    let text1 = fs::read_to_string(&first).unwrap();
    assert!(client.open(&uri1, &text1).is_empty());
    assert_eq!(codes(&client.diagnostics(&uri2)), ["PLAN001"]);
    // The buffer of A1-02 wins over its file, whatever the file says.
    client.change(&uri2, 2, &text2);
    assert!(client.diagnostics(&uri2).is_empty());
    client.shutdown();
}

#[test]
fn saving_a_file_updates_the_findings_of_the_others() {
    let (_dir, root) = plan_copy();
    let first = root.join("axe-1/A1-01-parcours-accueil.yaml");
    let second = root.join("axe-1/A1-02-reseau-referents-qvt.yaml");
    let mut client = Client::start(&root, "en", None);
    let uri2 = file_uri(&second);
    let clash = fs::read_to_string(&second)
        .unwrap()
        .replace("id: A1-02", "id: A1-01");
    assert_eq!(codes(&client.open(&uri2, &clash)), ["PLAN001"]);
    // A1-01, not open here, is given another id and saved by another editor.
    let renamed = fs::read_to_string(&first)
        .unwrap()
        .replace("id: A1-01", "id: A1-06");
    fs::write(&first, renamed).unwrap();
    let change = json!({ "changes": [{ "uri": file_uri(&first), "type": 2 }] });
    client.notify("workspace/didChangeWatchedFiles", change);
    assert!(client.diagnostics(&uri2).is_empty());
    client.shutdown();
}

#[test]
fn hover_explains_keys_and_findings_in_the_persons_language() {
    let (_dir, root) = plan_copy();
    let (path, text) = edited(
        &root,
        "axe-1/A1-01-parcours-accueil.yaml",
        "niveau: academique",
        "niveau: national",
    );
    let mut client = Client::start(&root, "fr", None);
    let uri = file_uri(&path);
    assert_eq!(codes(&client.open(&uri, &text)), ["PIL001"]);
    let line = text
        .lines()
        .position(|l| l.starts_with("calendrier:"))
        .unwrap() as u32;
    let hover = client.at("textDocument/hover", &uri, line, 3);
    let value = hover["contents"]["value"].as_str().unwrap();
    assert!(
        value.contains("`calendrier` / `calendar`") && value.contains("la période de l'action"),
        "{value}"
    );
    let line = text
        .lines()
        .position(|l| l.contains("niveau: national"))
        .unwrap() as u32;
    let hover = client.at("textDocument/hover", &uri, line, 12);
    let value = hover["contents"]["value"].as_str().unwrap();
    assert!(value.starts_with("**PIL001**"), "{value}");
    assert!(
        value.contains("**PIL001 ·"),
        "the explain text follows: {value}"
    );
    client.shutdown();
}

#[test]
fn completion_offers_keys_values_and_categories_in_the_files_language() {
    let dir = tempfile::tempdir().unwrap();
    let root = fs::canonicalize(dir.path()).unwrap();
    let uri = file_uri(&root.join("p.yaml"));
    let text = "id: A1-09\ntitre: x\npilotage:\n  niveau: \npublic:\n  categories:\n    - \n";
    let mut client = Client::start(&root, "en", None);
    client.open(&uri, text);
    let labels = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|i| i["label"].as_str().unwrap().to_owned())
            .collect()
    };
    let keys = client.at("textDocument/completion", &uri, 2, 0);
    assert!(
        labels(&keys).contains(&"problematique".to_owned()),
        "{keys}"
    );
    assert!(
        !labels(&keys).contains(&"problem".to_owned()),
        "French keys in a French file"
    );
    let inner = client.at("textDocument/completion", &uri, 3, 2);
    assert!(labels(&inner).contains(&"porteur".to_owned()), "{inner}");
    let levels = client.at("textDocument/completion", &uri, 3, 10);
    assert_eq!(
        labels(&levels),
        ["academique", "departemental", "etablissement", "national"]
    );
    let categories = client.at("textDocument/completion", &uri, 6, 6);
    let aesh = categories
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["label"] == "aesh")
        .unwrap();
    assert_eq!(
        aesh["detail"],
        "Accompagnants des élèves en situation de handicap"
    );
    assert_eq!(labels(&categories)[0], "tous");
    client.shutdown();
}

#[test]
fn code_actions_fix_a_date_and_silence_a_finding() {
    let (_dir, root) = plan_copy();
    let (path, text) = edited(
        &root,
        "axe-1/A1-01-parcours-accueil.yaml",
        "fin: 2027-07-31",
        "fin: 07/2027",
    );
    let mut client = Client::start(&root, "fr", None);
    let uri = file_uri(&path);
    let diagnostics = client.open(&uri, &text);
    assert_eq!(codes(&diagnostics), ["SCHEMA001"]);
    let range = diagnostics[0]["range"].clone();
    let actions = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": range, "context": { "diagnostics": diagnostics } }),
    );
    let fix = &actions[0];
    assert_eq!(
        fix["title"],
        "Écrire «\u{202f}2027-07\u{202f}» au lieu de «\u{202f}07/2027\u{202f}»"
    );
    assert_eq!(fix["kind"], "quickfix");
    let edit = &fix["edit"]["changes"][&uri][0];
    assert_eq!(edit["newText"], "2027-07");
    assert_eq!(edit["range"], range);
    // SCHEMA001 cannot be silenced: only the fix is offered.
    assert_eq!(actions.as_array().unwrap().len(), 1, "{actions:#}");

    let national = fs::read_to_string(&path)
        .unwrap()
        .replace("niveau: academique", "niveau: national");
    client.change(&uri, 2, &national);
    let diagnostics = client.diagnostics(&uri);
    assert_eq!(codes(&diagnostics), ["PIL001"]);
    let actions = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": diagnostics[0]["range"], "context": { "diagnostics": diagnostics } }),
    );
    let allow = &actions[0];
    assert_eq!(allow["title"], "Taire PIL001 ici, en donnant la raison");
    let edit = &allow["edit"]["changes"][&uri][0];
    assert_eq!(edit["newText"], "  # canevas: allow PIL001 -- \n");
    let line = national
        .lines()
        .position(|l| l.contains("niveau: national"))
        .unwrap();
    assert_eq!(
        edit["range"]["start"],
        json!({ "line": line, "character": 0 })
    );
    client.shutdown();
}

#[test]
fn a_configuration_change_is_read_again_on_save() {
    let (_dir, root) = plan_copy();
    let (path, text) = edited(
        &root,
        "axe-1/A1-01-parcours-accueil.yaml",
        "niveau: academique",
        "niveau: departemental",
    );
    let mut client = Client::start(&root, "en", None);
    let uri = file_uri(&path);
    assert_eq!(client.open(&uri, &text)[0]["severity"], 1);
    let config = root.join("canevas.toml");
    let toml = fs::read_to_string(&config)
        .unwrap()
        .replace("PIL001 = \"error\"", "PIL001 = \"off\"");
    fs::write(&config, toml).unwrap();
    client.notify(
        "textDocument/didSave",
        json!({ "textDocument": { "uri": file_uri(&config) } }),
    );
    assert!(client.diagnostics(&uri).is_empty());
    client.shutdown();
}

#[test]
fn the_time_from_a_keystroke_to_the_diagnostics_is_short() {
    let (_dir, root) = plan_copy();
    let path = root.join("axe-1/A1-01-parcours-accueil.yaml");
    let text = fs::read_to_string(&path).unwrap();
    let mut client = Client::start(&root, "en", None);
    let uri = file_uri(&path);
    client.open(&uri, &text);
    let started = Instant::now();
    client.change(
        &uri,
        2,
        &text.replace("niveau: academique", "niveau: national"),
    );
    assert_eq!(codes(&client.diagnostics(&uri)), ["PIL001"]);
    let elapsed = started.elapsed();
    // 30 ms of pause in these tests; a debug build checks the file in a few more.
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
    client.shutdown();
}

#[test]
fn yaml_files_that_files_leaves_out_are_not_proposals() {
    let (_dir, root) = plan_copy();
    let mut client = Client::start(&root, "en", None);
    // `[files]` includes `axe-*/**/*.yaml` only.
    let workflow = file_uri(&root.join("ci.yaml"));
    assert!(client.open(&workflow, "on: push\njobs: {}\n").is_empty());
    let proposal = file_uri(&root.join("axe-1/new.yaml"));
    assert!(!client.open(&proposal, "on: push\n").is_empty());
    client.shutdown();
}

#[test]
fn fix_all_is_offered_when_the_editor_asks_for_it() {
    let (_dir, root) = plan_copy();
    let (path, text) = edited(
        &root,
        "axe-1/A1-01-parcours-accueil.yaml",
        "fin: 2027-07-31",
        "fin: 07/2027",
    );
    let mut client = Client::start(&root, "en", None);
    let uri = file_uri(&path);
    client.open(&uri, &text);
    let whole =
        json!({ "start": { "line": 0, "character": 0 }, "end": { "line": 999, "character": 0 } });
    let actions = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": whole,
                "context": { "diagnostics": [], "only": ["source.fixAll"] } }),
    );
    let actions = actions.as_array().unwrap();
    assert_eq!(actions.len(), 1, "{actions:#?}");
    assert_eq!(actions[0]["kind"], "source.fixAll");
    assert_eq!(actions[0]["edit"]["changes"][&uri][0]["newText"], "2027-07");
    client.shutdown();
}

#[test]
fn a_group_file_has_the_keys_and_values_of_a_group() {
    let (_dir, root) = plan_copy();
    let path = root.join("axe-1/groupe.yaml");
    let text = fs::read_to_string(&path).unwrap();
    let mut client = Client::start(&root, "fr", None);
    let uri = file_uri(&path);
    let diagnostics = client.open(&uri, &text);
    assert!(
        diagnostics.iter().all(|d| d["code"] != "SCHEMA001"),
        "{diagnostics:#?}"
    );
    let line = text.lines().position(|l| l.starts_with("binome:")).unwrap() as u32;
    let hover = client.at("textDocument/hover", &uri, line, 2);
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .starts_with("`binome` / `co_leads`"),
        "{hover}"
    );
    let labels = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|i| i["label"].as_str().unwrap().to_owned())
            .collect()
    };
    let lieu = text
        .lines()
        .position(|l| l.trim_start().starts_with("lieu: college"))
        .unwrap() as u32;
    let places = client.at("textDocument/completion", &uri, lieu, 10);
    assert_eq!(
        labels(&places),
        ["ecole", "college", "lycee", "rectorat", "dsden", "autre"]
    );
    client.shutdown();
}
