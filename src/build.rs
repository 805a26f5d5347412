//! Build script: Laurel's interface messages (`locales/<code>/*.ftl`) are built into the binary,
//! so a new message file or a new locale directory must rebuild it; Cargo only notices new files
//! when told to watch the directory.

fn main() {
    println!("cargo:rerun-if-changed=locales");
}
