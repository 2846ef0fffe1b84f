//! SQLite on a full disk, on the real server: a small tmpfs holds the database and
//! is filled to the last byte. Writes are refused with `STORAGE_FULL`, reads go on,
//! writes work again in the same process once space is freed, every acknowledged
//! write is there afterwards and `PRAGMA integrity_check` is `ok`.
//! Needs root (to mount a tmpfs), as CI has.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use lawtracker_core::auth::Role;
use lawtracker_e2e::{code, TestServer};
use serde_json::json;
use sqlx::Connection;

const CREATE_ACTOR: &str = "mutation($input: ActorInput!) { createActor(input: $input) { revision { id } } }";
const READ: &str = r#"{ source(id: "seed-001-forum-post") { slug } }"#;

/// A tmpfs mounted at a fresh directory, unmounted (and the directory removed) on drop.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(size: &str) -> Tmpfs {
        let dir = std::env::temp_dir().join(format!("lt_disk_full_{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let output = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&dir)
            .output()
            .expect("run mount");
        assert!(
            output.status.success(),
            "this test mounts a tmpfs and needs root (CI runs as root): mount failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        Tmpfs(dir)
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        // Lazy: a pool connection closing late must not leave the mount behind.
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
        let _ = std::fs::remove_dir(&self.0);
    }
}

/// Bytes still free for writing on the filesystem holding `dir`, as `df` says.
fn available(dir: &Path) -> u64 {
    let output = Command::new("df").args(["-B1", "--output=avail"]).arg(dir).output().expect("run df");
    let text = String::from_utf8_lossy(&output.stdout);
    text.lines().nth(1).and_then(|l| l.trim().parse().ok()).unwrap_or_else(|| panic!("df said {text:?}"))
}

/// Writes `path` until the filesystem refuses even one more byte.
fn fill(path: &Path) {
    let mut file = std::fs::File::create(path).unwrap();
    for chunk in [1 << 20, 64 << 10, 4 << 10, 512, 1] {
        let bytes = vec![0xA5u8; chunk];
        while file.write_all(&bytes).is_ok() {}
    }
    let _ = file.sync_all();
}

fn actor(slug: &str) -> serde_json::Value {
    json!({ "input": { "slug": slug, "name": format!("Actor {slug}"), "kind": "NGO", "description": "x",
        "citations": [{ "source": "seed-001-forum-post", "quote": "civil rights groups" }] } })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_on_a_full_disk_refuses_writes_keeps_reading_and_recovers() {
    let tmpfs = Tmpfs::mount("32m");
    let url = format!("sqlite://{}", tmpfs.0.join("db.sqlite").display());
    let server = TestServer::start_on(&url, true).await;
    let editor = server.store.create_token("disk full editor", Role::Editor).await.unwrap();
    let mut acknowledged = Vec::new();
    // Before the fault: writes work.
    for i in 0..3 {
        let slug = format!("before-full-{i}");
        server.data_as(&editor, CREATE_ACTOR, actor(&slug)).await;
        acknowledged.push(slug);
    }

    let filler = tmpfs.0.join("filler");
    fill(&filler);
    assert_eq!(available(&tmpfs.0), 0, "the filesystem is full to the last byte");

    // Pages free inside the files may take a few writes; then every write is refused.
    let mut refused = None;
    for i in 0..500 {
        let slug = format!("during-full-{i}");
        let body = server.post_as(&editor, CREATE_ACTOR, actor(&slug)).await;
        match body["errors"].get(0) {
            None => acknowledged.push(slug),
            Some(error) => {
                refused = Some(error.clone());
                break;
            }
        }
    }
    let refused = refused.expect("a write is refused once the disk is full");
    assert_eq!(code(&refused), "STORAGE_FULL", "{refused:#}");
    assert!(refused["message"].as_str().unwrap().contains("disk is full"), "{refused:#}");
    for i in 0..3 {
        let error = server.error_as(&editor, CREATE_ACTOR, actor(&format!("still-full-{i}"))).await;
        assert_eq!(code(&error), "STORAGE_FULL", "{error:#}");
    }
    // Reads go on.
    for _ in 0..3 {
        assert_eq!(server.data(READ, json!({})).await["source"]["slug"], "seed-001-forum-post");
    }
    let first = &acknowledged[0];
    let seen = server.data("query($id: ID!) { actor(id: $id) { slug } }", json!({ "id": first })).await;
    assert_eq!(seen["actor"]["slug"], first.as_str());

    // Space back: writes work again, in the same process.
    std::fs::remove_file(&filler).unwrap();
    assert!(available(&tmpfs.0) > 0);
    server.data_as(&editor, CREATE_ACTOR, actor("after-free")).await;
    acknowledged.push("after-free".into());

    for slug in &acknowledged {
        let seen = server.data("query($id: ID!) { actor(id: $id) { slug } }", json!({ "id": slug })).await;
        assert_eq!(seen["actor"]["slug"], slug.as_str(), "acknowledged write {slug} is there");
    }
    server.stop().await;
    let mut connection = sqlx::SqliteConnection::connect(&url).await.unwrap();
    let check: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&mut connection).await.unwrap();
    assert_eq!(check, "ok");
    connection.close().await.unwrap();
    drop(tmpfs);
}
