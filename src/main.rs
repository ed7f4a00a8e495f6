use std::process::ExitCode;

// Parsing allocates many small strings and vectors per file, from several threads at
// once: mimalloc's thread-local free lists cut the allocator's share of the run
// (measured in docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // The language is known before parsing, so that help and errors speak it.
    let args: Vec<_> = std::env::args_os().collect();
    let lang = canevas::cli::lang_of(&args);
    match canevas::cli::Cli::from_command_line(args, lang) {
        Ok(cli) => canevas::run(cli).into(),
        Err(err) => canevas::cli::print_error(&err, lang).into(),
    }
}
