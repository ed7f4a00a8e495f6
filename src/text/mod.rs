//! Text helpers shared by every stage: dates as written, words, stems and placeholders of the
//! proposals' prose, "did you mean" suggestions, and one escaper per output
//! syntax (terminal, XML, URI).

pub mod amounts;
pub mod dates;
pub mod escape;
pub mod lexicon;
pub mod sentences;
pub mod suggest;
pub mod uri;
pub mod wording;
pub mod words;
pub mod xml;
