//! The `lawtracker` binary's operational commands, run as a user runs them:
//! `--log-format json` and `backup`.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_lawtracker");

fn temp(label: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
    std::env::temp_dir().join(format!("lt-cli-{}-{label}-{nanos}.sqlite", std::process::id()))
}

fn remove(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

fn lawtracker(args: &[&str]) -> std::process::Output {
    Command::new(BIN).args(args).env_remove("DATABASE_URL").env_remove("RUST_LOG").output().expect("lawtracker runs")
}

#[test]
fn log_format_json_prints_one_json_object_per_line() {
    let db = temp("json-logs");
    let url = format!("sqlite://{}", db.display());
    let mut child = Command::new(BIN)
        .args(["--log-format", "json", "serve", "--database-url", &url, "--addr", "127.0.0.1:0", "--no-dataset"])
        .env_remove("RUST_LOG")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("lawtracker serve starts");
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut seen = Vec::new();
    let ready = loop {
        let Some(Ok(line)) = lines.next() else { break None };
        let event: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|e| panic!("not a JSON line ({e}): {line:?}"));
        seen.push(line);
        if event["message"].as_str().is_some_and(|m| m.contains("GraphiQL at")) {
            break Some(event);
        }
    };
    let _ = child.kill();
    let _ = child.wait();
    remove(&db);
    let ready = ready.unwrap_or_else(|| panic!("the server never said it was ready; it printed {seen:#?}"));
    assert_eq!(ready["level"], "INFO", "{ready}");
    assert!(ready["timestamp"].is_string(), "{ready}");
    assert_eq!(ready["database"], url, "the event's fields are keys of the object: {ready}");
}

#[test]
fn backup_copies_a_database_that_exports_as_the_original() {
    let (original, copy) = (temp("original"), temp("copy"));
    let url = format!("sqlite://{}", original.display());
    // Synthetic content, so there is something to copy.
    let generated = lawtracker(&[
        "generate",
        "--database-url",
        &url,
        "--incidents",
        "50",
        "--provisions",
        "5",
        "--facilities",
        "5",
        "--actors",
        "5",
        "--sources",
        "10",
    ]);
    assert!(generated.status.success(), "{}", String::from_utf8_lossy(&generated.stderr));

    let out = copy.display().to_string();
    let backup = lawtracker(&["backup", "--database-url", &url, "--out", &out]);
    let said = String::from_utf8_lossy(&backup.stderr);
    assert!(backup.status.success(), "{said}");
    assert!(said.contains(&format!("sqlite://{out}")), "it says how to use the copy: {said}");

    let export = |url: &str| {
        let output = lawtracker(&["export", "--database-url", url]);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        output.stdout
    };
    let (before, after) = (export(&url), export(&format!("sqlite://{out}")));
    assert!(before.len() > 1000, "the original has content");
    assert!(before == after, "the copy exports byte for byte as the original does");

    let again = lawtracker(&["backup", "--database-url", &url, "--out", &out]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"), "{:?}", again);

    let missing = temp("missing");
    let none = lawtracker(&["backup", "--database-url", &format!("sqlite://{}", missing.display()), "--out", "/tmp/x"]);
    assert!(!none.status.success());
    assert!(String::from_utf8_lossy(&none.stderr).contains("nothing to back up"), "{:?}", none);
    assert!(!missing.exists(), "a backup of a missing database does not create one");
    remove(&original);
    remove(&copy);
}
