use std::process::ExitCode;

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
