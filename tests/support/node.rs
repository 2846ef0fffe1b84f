//! Node tools under `tools/` (the graphql-http audits, graphql-js), run from tests.
//!
//! A tool's packages are installed with `npm ci` from its lockfile the first time a
//! test needs them (`.ci/run` does it up front). Without Node or npm, or when the
//! install fails, the test is skipped with a NOTICE on stderr; under CI
//! (`CI=true`) it fails instead, so CI can never pass without running it.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Mutex;

/// Whether missing tools fail the test (CI) rather than skip it.
pub fn required() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// Skips (returns `None`, with a NOTICE) or, under CI, fails with `why`.
pub fn unavailable<T>(what: &str, why: &str) -> Option<T> {
    if required() {
        panic!("{what} cannot run under CI: {why}");
    }
    let _ = writeln!(std::io::stderr(), "NOTICE: {what} SKIPPED: {why}. `bash .ci/run` installs what it needs.");
    None
}

/// The directory of `tools/NAME` with its packages installed, or `None` to skip.
pub fn tool_dir(name: &str) -> Option<PathBuf> {
    // One install at a time: tests of one binary run in parallel.
    static INSTALL: Mutex<()> = Mutex::new(());
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tools").join(name);
    let _guard = INSTALL.lock().unwrap_or_else(|p| p.into_inner());
    if dir.join("node_modules/.package-lock.json").exists() {
        return Some(dir);
    }
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(&dir)
        .stdout(Stdio::null())
        .status();
    match status {
        Ok(status) if status.success() => Some(dir),
        Ok(status) => {
            unavailable(&format!("tools/{name}"), &format!("`npm ci` in {} failed ({status})", dir.display()))
        }
        Err(e) => unavailable(&format!("tools/{name}"), &format!("npm is not installed ({e})")),
    }
}

/// Runs `node SCRIPT ARGS` in `dir` with `stdin`, returning (success, stdout, stderr).
pub fn run(dir: &PathBuf, script: &str, args: &[&str], stdin: &[u8]) -> (bool, String, String) {
    let mut child = Command::new("node")
        .arg(script)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node runs (npm was found, so node is installed)");
    child.stdin.take().expect("piped stdin").write_all(stdin).expect("write to node");
    let output = child.wait_with_output().expect("node finishes");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}
