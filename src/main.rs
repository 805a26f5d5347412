//! The `laurel` binary: see `laurel --help`.

use std::process::ExitCode;

#[rocket::main]
async fn main() -> ExitCode {
    laurel::cli::run().await
}
