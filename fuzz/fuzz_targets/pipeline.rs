//! Bytes in, findings out: the whole per-file pipeline (read, YAML, keys,
//! schema, model, rules). Run with `cargo +nightly fuzz run pipeline`.
#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::check_bytes(data));
