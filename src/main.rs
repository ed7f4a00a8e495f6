use std::process::ExitCode;

// Parsing allocates many small strings and vectors per file, from several threads at
// once: mimalloc's thread-local free lists cut the allocator's share of the run
// (measured in docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match canevas::cli::Cli::from_command_line(std::env::args_os()) {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version go to stdout with 0; usage errors to stderr with 2.
            let _ = err.print();
            return if err.use_stderr() {
                canevas::ExitStatus::Failure.into()
            } else {
                canevas::ExitStatus::Success.into()
            };
        }
    };
    canevas::run(cli).into()
}
