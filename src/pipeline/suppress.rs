//! Suppression comments: `# canevas: allow CODE[, CODE…] -- reason`.
//!
//! - Before the first key of a file (with the other leading comments), a
//!   directive silences its codes for the whole file.
//! - On its own line before a key, it silences them inside that key and its
//!   value; before a list item (`- …`), inside that item.
//! - At the end of a key's line (`lead: "?"  # canevas: allow PIL002 -- …`), it
//!   silences them inside that key.
//!
//! Its own findings say why a directive cannot be trusted: `SUP001` no reason
//! (reviewers must see why a precondition is waived), `SUP002` a code that does
//! not exist or cannot be silenced from a file, a directive that cannot be read
//! or that stands before no key, `SUP003` a directive that silenced nothing.
//!
//! Directives are read after the YAML parse (the tree tells a comment from a
//! `#` inside a text) and applied after the plan rules, so that `PLAN001` can
//! be silenced too.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::config::Settings;
use crate::diagnostic::{Diagnostic, Finding, Location, Reporter, Span};
use crate::i18n::Args;
use crate::pipeline::source::SourceFile;
use crate::pipeline::yaml::{Node, Value};
use crate::rules::{Check, Code, Family, RULES};
use crate::text::suggest;

/// The word that starts a directive, after `#`.
const PREFIX: &str = "canevas";
/// The verbs accepted after `canevas:`; the French ones for people who write in French.
const VERBS: &[&str] = &["allow", "autoriser", "autorise"];
/// What separates the codes from the reason. Word processors and some
/// keyboards turn `--` into a dash, so the dashes count too.
const REASON_SEPARATORS: &[&str] = &["--", "—", "–"];

/// Where a directive applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    File,
    /// The bytes of one key and its value, or of one list item.
    Range(Span),
}

/// One code named by a directive.
#[derive(Clone, Debug)]
pub struct Allowed {
    pub code: Code,
    pub location: Location,
    /// Whether it silenced at least one finding.
    pub used: bool,
}

/// One `# canevas: allow …` comment, read and resolved.
#[derive(Clone, Debug)]
pub struct Directive {
    pub location: Location,
    pub scope: Scope,
    pub allowed: Vec<Allowed>,
    pub reason: Option<String>,
}

/// What a file's directives say, and the findings about the directives themselves.
#[derive(Clone, Debug, Default)]
pub struct FileDirectives {
    pub directives: Vec<Directive>,
    /// `SUP001`/`SUP002` findings, known as soon as the file is read.
    pub problems: Vec<Diagnostic>,
}

/// A finding silenced by a directive, with the directive's reason.
#[derive(Clone, Debug)]
pub struct Suppressed {
    pub diagnostic: Diagnostic,
    pub reason: Option<String>,
}

/// Reads the directives of a file whose YAML parsed into `root`.
pub fn read(source: &SourceFile, root: &Node, settings: &Settings) -> FileDirectives {
    let mut found = FileDirectives::default();
    // Most files have no directive: a look after each `#` decides.
    let text = &source.text;
    if !text
        .match_indices('#')
        .any(|(i, _)| directive_body(&text[i + 1..]).is_some())
    {
        return found;
    }
    let texts = Texts::of(root);
    let lines = Lines::of(source);
    let mut scopes: Option<HashMap<usize, Span>> = None;
    for index in 0..source.line_count() {
        let range = source.line_range(index, true);
        let line_start = range.start;
        let line = &source.text[range];
        let Some(hash) = comment_start(line) else {
            continue;
        };
        let offset = line_start + hash;
        if texts.contains(offset) {
            continue; // a `#` inside a text, not a comment
        }
        let comment = &line[hash + 1..];
        let Some(body) = directive_body(comment) else {
            continue;
        };
        let body_offset = offset + 1 + (body.as_ptr() as usize - comment.as_ptr() as usize);
        let reader = Reader {
            source,
            settings,
            comment: Span::new(offset, line_start + line.trim_end().len()),
        };
        let trailing = !line[..hash].trim().is_empty();
        let scopes = scopes.get_or_insert_with(|| scopes_by_line(source, root));
        let scope = if trailing {
            scopes.get(&index).copied().map(Scope::Range)
        } else if lines.first_content.is_none_or(|first| index < first) {
            Some(Scope::File)
        } else {
            lines.next_content[index]
                .and_then(|l| scopes.get(&l).copied())
                .map(Scope::Range)
        };
        reader.directive(body, body_offset, scope, &mut found);
    }
    found
}

/// Reads one directive's text (what follows `canevas:`) into `found`.
struct Reader<'a> {
    source: &'a SourceFile,
    settings: &'a Settings,
    /// The whole comment, where findings about the directive point.
    comment: Span,
}

impl Reader<'_> {
    fn directive(
        &self,
        body: &str,
        body_offset: usize,
        scope: Option<Scope>,
        found: &mut FileDirectives,
    ) {
        let trimmed = body.trim_start();
        let verb_len = trimmed
            .find(|c: char| c.is_whitespace())
            .unwrap_or(trimmed.len());
        let verb = &trimmed[..verb_len];
        if !VERBS.iter().any(|v| v.eq_ignore_ascii_case(verb)) {
            self.problem(
                Code::Sup002,
                "SUP002-syntax",
                self.comment,
                Args::new(),
                found,
            );
            return;
        }
        let rest_offset = body_offset + (body.len() - trimmed.len()) + verb_len;
        let rest = &trimmed[verb_len..];
        let (codes, reason) = split_reason(rest);
        let problems_before = found.problems.len();
        let allowed = self.codes(codes, rest_offset, found);
        if allowed.is_empty() {
            if found.problems.len() == problems_before {
                self.problem(
                    Code::Sup002,
                    "SUP002-no-code",
                    self.comment,
                    Args::new(),
                    found,
                );
            }
            return;
        }
        let Some(scope) = scope else {
            self.problem(
                Code::Sup002,
                "SUP002-misplaced",
                self.comment,
                Args::new(),
                found,
            );
            return;
        };
        let reason = reason.map(str::trim).filter(|r| !r.is_empty());
        if reason.is_none() {
            self.problem(Code::Sup001, "SUP001", self.comment, Args::new(), found);
        }
        found.directives.push(Directive {
            location: self.source.locate(self.comment),
            scope,
            allowed,
            reason: reason.map(str::to_owned),
        });
    }

    /// The codes of `list`, which starts at byte `offset`; the others are reported.
    fn codes(&self, list: &str, offset: usize, found: &mut FileDirectives) -> Vec<Allowed> {
        let mut allowed = Vec::new();
        for (start, word) in words(list) {
            let span = Span::new(offset + start, offset + start + word.len());
            let args = Args::new().with("code", word.to_owned());
            match Code::parse(word) {
                Some(code) if silenceable(code) => allowed.push(Allowed {
                    code,
                    location: self.source.locate(span),
                    used: false,
                }),
                Some(_) => self.problem(Code::Sup002, "SUP002-not-silenceable", span, args, found),
                None => {
                    let known = RULES.iter().map(|r| r.code.as_str());
                    match suggest::closest(word, known) {
                        Some(close) => {
                            let args = args.with("suggestion", close);
                            self.problem(Code::Sup002, "SUP002-unknown-close", span, args, found);
                        }
                        None => self.problem(Code::Sup002, "SUP002-unknown", span, args, found),
                    }
                }
            }
        }
        allowed
    }

    fn problem(
        &self,
        code: Code,
        message_id: &str,
        span: Span,
        args: Args,
        found: &mut FileDirectives,
    ) {
        let finding = Finding {
            code,
            message_id,
            path: &self.source.path,
            location: Some(self.source.locate(span)),
            args,
        };
        found
            .problems
            .extend(Reporter::new(self.settings).diagnostic(finding));
    }
}

/// Whether a file may silence `code`. Failures to read the file (`FILE`,
/// `YAML`, `SCHEMA001`) stop every other check, so silencing them would hide a
/// broken file; `PLAN002`/`PLAN003` are about the whole plan, not a file
/// (their severity is set in `canevas.toml`), and so is `GRP006`; the plan
/// rules that point into one proposal (`PLAN001`, `GRP007`, `FEA005`) can be
/// silenced there; a directive cannot silence the findings about directives.
pub fn silenceable(code: Code) -> bool {
    match code.meta().check {
        Check::Stage => false,
        Check::Plan(_) => matches!(code, Code::Plan001 | Code::Grp007 | Code::Fea005),
        Check::Proposal(_) | Check::Group(_) => true,
    }
}

/// Whether `code` says the file could not be read into a proposal.
fn stops_the_rules(code: Code) -> bool {
    matches!(
        code.meta().family,
        Family::Files | Family::Yaml | Family::Structure
    )
}

/// Moves the findings that a directive covers from `diagnostics` to the
/// returned list, then adds the findings about the directives (`SUP001`-`SUP003`).
/// Files that failed to parse or to match the schema keep their findings: the
/// rules did not run there, so every directive would look unused.
pub fn apply(
    diagnostics: &mut Vec<Diagnostic>,
    mut by_file: HashMap<PathBuf, FileDirectives>,
    settings: &Settings,
) -> Vec<Suppressed> {
    if by_file.is_empty() {
        return Vec::new();
    }
    let blocked: std::collections::HashSet<PathBuf> = diagnostics
        .iter()
        .filter(|d| stops_the_rules(d.code))
        .map(|d| d.path.clone())
        .collect();
    by_file.retain(|path, _| !blocked.contains(path));
    let mut suppressed = Vec::new();
    diagnostics.retain(|d| match silence(d, &mut by_file) {
        Some(reason) => {
            suppressed.push(Suppressed {
                diagnostic: d.clone(),
                reason,
            });
            false
        }
        None => true,
    });
    for (path, file) in by_file {
        diagnostics.extend(file.problems);
        for directive in file.directives {
            unused(&path, &directive, settings, diagnostics);
        }
    }
    suppressed.sort_by(|a, b| crate::diagnostic::compare(&a.diagnostic, &b.diagnostic));
    suppressed
}

/// The reason of the first directive that covers `d`, marking its code used.
fn silence(
    d: &Diagnostic,
    by_file: &mut HashMap<PathBuf, FileDirectives>,
) -> Option<Option<String>> {
    let file = by_file.get_mut(&d.path)?;
    for directive in &mut file.directives {
        let covers = match (directive.scope, d.location) {
            (Scope::File, _) => true,
            (Scope::Range(range), Some(at)) => {
                range.start <= at.span.start && at.span.start <= range.end
            }
            (Scope::Range(_), None) => false,
        };
        if !covers {
            continue;
        }
        if let Some(allowed) = directive.allowed.iter_mut().find(|a| a.code == d.code) {
            allowed.used = true;
            return Some(directive.reason.clone());
        }
    }
    None
}

fn unused(
    path: &std::path::Path,
    directive: &Directive,
    settings: &Settings,
    out: &mut Vec<Diagnostic>,
) {
    let reporter = Reporter::new(settings);
    for allowed in directive.allowed.iter().filter(|a| !a.used) {
        let finding = Finding {
            code: Code::Sup003,
            message_id: "SUP003",
            path,
            location: Some(allowed.location),
            args: Args::new().with("code", allowed.code.as_str()),
        };
        out.extend(reporter.diagnostic(finding));
    }
}

/// The byte index of a comment's `#` in `line`: at its start or after a blank,
/// as YAML wants.
fn comment_start(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    (0..bytes.len())
        .find(|&i| bytes[i] == b'#' && (i == 0 || bytes[i - 1] == b' ' || bytes[i - 1] == b'\t'))
}

/// The text after `canevas:` when `comment` (what follows `#`) is a directive.
fn directive_body(comment: &str) -> Option<&str> {
    let rest = comment.trim_start();
    let head = rest.get(..PREFIX.len())?;
    if !head.eq_ignore_ascii_case(PREFIX) {
        return None;
    }
    let rest = rest[PREFIX.len()..].trim_start();
    let body = rest.strip_prefix(':')?;
    Some(body.trim_end_matches(['\n', '\r']))
}

/// The codes part and the reason part of `allow CODE, CODE -- reason`.
fn split_reason(rest: &str) -> (&str, Option<&str>) {
    REASON_SEPARATORS
        .iter()
        .filter_map(|sep| rest.find(sep).map(|i| (i, sep.len())))
        .min()
        .map_or((rest, None), |(i, len)| {
            (&rest[..i], Some(&rest[i + len..]))
        })
}

/// The words of a code list, separated by commas or blanks, with their byte offsets.
fn words(list: &str) -> impl Iterator<Item = (usize, &str)> {
    list.split([',', ' ', '\t', ';'])
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - list.as_ptr() as usize, w))
}

/// Whether a line holds nothing but blanks or a comment.
fn is_blank_or_comment(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#') || t == "---"
}

/// Which lines hold content (not blank, not a comment), computed once.
struct Lines {
    /// The 0-based index of the first content line.
    first_content: Option<usize>,
    /// For each 0-based line, the 0-based index of the next content line after it.
    next_content: Vec<Option<usize>>,
}

impl Lines {
    fn of(source: &SourceFile) -> Self {
        let count = source.line_count();
        let mut next_content = vec![None; count];
        let mut next = None;
        for index in (0..count).rev() {
            next_content[index] = next;
            if !is_blank_or_comment(&source.text[source.line_range(index, false)]) {
                next = Some(index);
            }
        }
        Lines {
            first_content: next,
            next_content,
        }
    }
}

/// The key or list item that starts on each 0-based line (the first, in
/// document order), as a byte range covering its value: one walk of the
/// tree, however many directives. Mappings themselves are skipped: their
/// span is their first key's.
fn scopes_by_line(source: &SourceFile, root: &Node) -> HashMap<usize, Span> {
    fn walk(node: &Node, source: &SourceFile, out: &mut HashMap<usize, Span>) {
        let record = |out: &mut HashMap<usize, Span>, start: Span, extent: Span| {
            out.entry(source.line_of(start.start))
                .or_insert(Span::new(start.start, extent.end));
        };
        match &node.value {
            Value::Map(entries) => {
                for e in entries {
                    record(out, e.key.span, e.value.extent());
                    walk(&e.value, source, out);
                }
            }
            Value::Seq(items) => {
                for item in items {
                    record(out, item.span, item.extent());
                    walk(item, source, out);
                }
            }
            _ => {}
        }
    }
    let mut out = HashMap::new();
    walk(root, source, &mut out);
    out
}

/// The spans of the text values, inside which a `#` is not a comment,
/// sorted, with the furthest end so far: a lookup is a binary search.
struct Texts {
    spans: Vec<Span>,
    furthest_end: Vec<usize>,
}

impl Texts {
    fn of(root: &Node) -> Self {
        let mut spans = Vec::new();
        collect_texts(root, &mut spans);
        spans.sort();
        let furthest_end = spans
            .iter()
            .scan(0, |end, s| {
                *end = s.end.max(*end);
                Some(*end)
            })
            .collect();
        Texts {
            spans,
            furthest_end,
        }
    }

    fn contains(&self, offset: usize) -> bool {
        let starts_before = self.spans.partition_point(|s| s.start <= offset);
        starts_before > 0 && self.furthest_end[starts_before - 1] > offset
    }
}

/// The spans of every text value, inside which a `#` is not a comment.
fn collect_texts(node: &Node, out: &mut Vec<Span>) {
    match &node.value {
        Value::Str(_) => out.push(node.span),
        Value::Seq(items) => items.iter().for_each(|n| collect_texts(n, out)),
        Value::Map(entries) => entries.iter().for_each(|e| {
            collect_texts(&e.key, out);
            collect_texts(&e.value, out);
        }),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::pipeline::yaml;

    fn read_str(text: &str) -> FileDirectives {
        let source = SourceFile::new("t.yaml".into(), text.to_owned());
        let root = yaml::parse(&source).unwrap();
        read(&source, &root, &Settings::new(Lang::En))
    }

    #[test]
    fn a_leading_directive_covers_the_file() {
        let found = read_str("# canevas: allow CON003, FEA004 -- exploratoire\nid: A1\n");
        assert!(found.problems.is_empty());
        let d = &found.directives[0];
        assert_eq!(d.scope, Scope::File);
        assert_eq!(d.reason.as_deref(), Some("exploratoire"));
        let codes: Vec<_> = d.allowed.iter().map(|a| a.code).collect();
        assert_eq!(codes, [Code::Con003, Code::Fea004]);
    }

    #[test]
    fn a_directive_before_a_key_covers_its_value() {
        let text = "id: A1\n# canevas: allow PIL002 -- à désigner en janvier\npiloting:\n  level: academic\n  lead: '?'\naxis: 1\n";
        let found = read_str(text);
        let Scope::Range(range) = found.directives[0].scope else {
            panic!("not a range")
        };
        assert_eq!(
            &text[range.start..range.end],
            "piloting:\n  level: academic\n  lead: '?'"
        );
    }

    #[test]
    fn a_directive_before_a_list_item_covers_the_item() {
        let text = "resources:\n  - kind: staff\n  # canevas: allow FEA004 -- montant voté en juin\n  - kind: budget\n    description: x\nid: A1\n";
        let found = read_str(text);
        let Scope::Range(range) = found.directives[0].scope else {
            panic!("not a range")
        };
        assert_eq!(
            &text[range.start..range.end],
            "kind: budget\n    description: x"
        );
    }

    #[test]
    fn a_trailing_directive_covers_its_line_key() {
        let text = "id: A1\nlead: '?'  # canevas: allow PIL002 -- bientôt\n";
        let Scope::Range(range) = read_str(text).directives[0].scope else {
            panic!("not a range")
        };
        assert_eq!(&text[range.start..range.end], "lead: '?'");
    }

    #[test]
    fn a_hash_inside_a_text_is_no_directive() {
        let text = "solution: |\n  Un texte\n  # canevas: allow CON003 -- non\nid: A1\n";
        let found = read_str(text);
        assert!(found.directives.is_empty() && found.problems.is_empty());
        let quoted = read_str("id: 'a # canevas: allow CON003 -- non'\n");
        assert!(quoted.directives.is_empty() && quoted.problems.is_empty());
    }

    #[test]
    fn dashes_and_french_verbs_are_understood() {
        let found = read_str("# Canevas : autoriser con003 — démarche exploratoire\nid: A1\n");
        assert!(found.problems.is_empty(), "{:?}", found.problems);
        assert_eq!(
            found.directives[0].reason.as_deref(),
            Some("démarche exploratoire")
        );
    }

    #[test]
    fn bad_directives_are_reported() {
        let codes =
            |text: &str| -> Vec<Code> { read_str(text).problems.iter().map(|d| d.code).collect() };
        assert_eq!(codes("# canevas: allow CON003\nid: A1\n"), [Code::Sup001]);
        assert_eq!(
            codes("# canevas: allow CON030 -- x\nid: A1\n"),
            [Code::Sup002]
        );
        assert_eq!(
            codes("# canevas: allow YAML002 -- x\nid: A1\n"),
            [Code::Sup002]
        );
        assert_eq!(
            codes("# canevas: ignore CON003 -- x\nid: A1\n"),
            [Code::Sup002]
        );
        assert_eq!(codes("# canevas: allow -- x\nid: A1\n"), [Code::Sup002]);
        assert_eq!(
            codes("id: A1\n# canevas: allow CON003 -- x\n"),
            [Code::Sup002]
        );
        let unknown = read_str("# canevas: allow CON030 -- x\nid: A1\n");
        assert!(
            unknown.problems[0].message.contains("CON003"),
            "{}",
            unknown.problems[0].message
        );
    }
}
