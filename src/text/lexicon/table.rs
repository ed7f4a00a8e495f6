//! The reading of `forms.txt`, shared by the build script, which compiles it
//! into the static tables of `text::lexicon`, and by the lexicon's tests,
//! which check those tables against it.

use std::collections::HashMap;

/// One reading of a form, as the table writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Reading {
    /// An index into [`Table::verbs`].
    pub(crate) verb: u16,
    /// The name of its `text::lexicon::Kind`: see [`kind`].
    pub(crate) kind: &'static str,
    /// Marked `*`: also a common noun or adjective.
    pub(crate) homograph: bool,
}

/// What `forms.txt` holds.
#[derive(Debug, Default)]
pub(crate) struct Table<'a> {
    /// The verbs, by their infinitive, in the order of the file.
    pub(crate) verbs: Vec<&'a str>,
    /// For each verb, what all its forms begin with (« sensibili »).
    pub(crate) common: Vec<&'a str>,
    /// Each form once, in the order of the file, with its readings in that
    /// order, each once.
    pub(crate) forms: Vec<(&'a str, Vec<Reading>)>,
}

/// The `Kind` of a line's second field: `v` verbal, `p` participle, any
/// other a noun.
pub(crate) fn kind(field: &str) -> &'static str {
    match field {
        "v" => "Verbal",
        "p" => "Participle",
        _ => "Noun",
    }
}

/// Reads the lines `verb<TAB>kind<TAB>forms`, `*` marking a homograph;
/// comments (`#`) and incomplete lines are skipped.
pub(crate) fn parse(text: &str) -> Table<'_> {
    let mut table = Table::default();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut fields = line.split('\t');
        let (Some(verb), Some(kind_field), Some(forms)) =
            (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let verb = table.verb_index(verb);
        for form in forms.split(' ') {
            let (form, homograph) = match form.strip_suffix('*') {
                Some(bare) => (bare, true),
                None => (form, false),
            };
            table.narrow_common(verb, form);
            let reading = Reading {
                verb,
                kind: kind(kind_field),
                homograph,
            };
            let at = *index.entry(form).or_insert_with(|| {
                table.forms.push((form, Vec::new()));
                table.forms.len() - 1
            });
            let readings = &mut table.forms[at].1;
            if !readings.contains(&reading) {
                readings.push(reading);
            }
        }
    }
    table
}

impl<'a> Table<'a> {
    fn verb_index(&mut self, verb: &'a str) -> u16 {
        match self.verbs.iter().position(|v| *v == verb) {
            Some(i) => i as u16,
            None => {
                self.verbs.push(verb);
                self.common.push(verb);
                (self.verbs.len() - 1) as u16
            }
        }
    }

    fn narrow_common(&mut self, verb: u16, form: &str) {
        let common = &mut self.common[usize::from(verb)];
        let shared = common
            .char_indices()
            .zip(form.chars())
            .find(|((_, a), b)| a != b)
            .map_or(common.len().min(form.len()), |((at, _), _)| at);
        *common = &common[..shared];
    }
}
