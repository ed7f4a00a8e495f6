//! `canevas schema`: the JSON Schema of a proposal (or, with `--kind`, of a
//! working group or the support group) for editors, with the keys of the
//! language of the run (`--lang fr`: French keys and descriptions).

use std::io::{self, Write};

use crate::cli::SchemaKind;
use crate::exit::ExitStatus;
use crate::i18n::Lang;
use crate::vocabulary::Document;
use crate::writing::editor_schema::editor_schema_of;

pub(crate) fn run(kind: SchemaKind, lang: Lang) -> io::Result<ExitStatus> {
    let document = match kind {
        SchemaKind::Proposal => Document::Proposal,
        SchemaKind::Group => Document::Group,
        SchemaKind::Support => Document::SupportGroup,
    };
    let schema = editor_schema_of(document, lang);
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &schema)?;
    writeln!(out)?;
    out.flush()?;
    Ok(ExitStatus::Success)
}
