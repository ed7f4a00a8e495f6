//! `canevas schema`: the JSON Schema of a proposal for editors, with the keys
//! of the language of the run (`--lang fr`: French keys and descriptions).

use std::io::{self, Write};

use crate::exit::ExitStatus;
use crate::i18n::Lang;
use crate::writing::editor_schema::editor_schema;

pub(crate) fn run(lang: Lang) -> io::Result<ExitStatus> {
    let schema = editor_schema(lang);
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &schema)?;
    writeln!(out)?;
    out.flush()?;
    Ok(ExitStatus::Success)
}
