//! Drives Debian's `chromium` through `chromedriver` (WebDriver, with `fantoccini`)
//! for the browser tests: the front end's (`/app`) and GraphiQL's (`/`, offline).
//!
//! Without chromium and chromedriver the tests are skipped with a NOTICE on stderr,
//! like the PostgreSQL half; under `CI=true` a missing browser fails them instead
//! (`.ci/run` installs both). axe-core comes from `web/node_modules` (`npm ci` in
//! `web/`), under the same rule.

use std::io::Write;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// How long a page may take to show what a test waits for.
pub const WAIT: Duration = Duration::from_secs(15);

/// Skips (outside CI) or fails (in CI) when something the browser tests need is missing.
fn missing<T>(what: &str) -> Option<T> {
    assert!(!crate::node::required(), "CI=true but {what}: the browser tests cannot run (see .ci/run)");
    static NOTICE: OnceLock<()> = OnceLock::new();
    NOTICE.get_or_init(|| {
        let _ = writeln!(
            std::io::stderr(),
            "NOTICE: browser tests SKIPPED: {what}. \
             Install them with `apt-get install -y chromium chromium-driver` and run `npm ci` in web/."
        );
    });
    None
}

/// A chromedriver of this window's own, in a process group of its own: dropping it
/// kills the group, so neither chromedriver nor the chromium it started outlives the
/// test, even one that panicked before closing its session.
struct Driver {
    url: String,
    child: Child,
}

impl Drop for Driver {
    fn drop(&mut self) {
        // The group's id is chromedriver's pid (process_group(0) below).
        let _ = Command::new("kill").args(["-KILL", "--", &format!("-{}", self.child.id())]).status();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

async fn start_driver() -> Driver {
    let port = free_port();
    let child = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .process_group(0)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    let driver = Driver { url: format!("http://127.0.0.1:{port}"), child };
    // Ready when its port accepts connections.
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return driver;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("chromedriver did not listen on port {port} within 10 s");
}

/// A headless chromium window on the server at `base`.
pub struct Browser {
    pub client: Client,
    pub base: String,
    // Declared last: dropped after the client.
    _driver: Driver,
}

impl Browser {
    /// `None` (after a NOTICE) when chromium or chromedriver is not installed, outside CI.
    pub async fn open(base: &str) -> Option<Browser> {
        Self::launch(base, &[]).await
    }

    /// [`Browser::open`], with no network but loopback: every host name but 127.0.0.1
    /// fails to resolve and every other connection goes to a proxy that does not
    /// exist, as behind a strict firewall.
    pub async fn offline(base: &str) -> Option<Browser> {
        Self::launch(
            base,
            &[
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--proxy-server=http://127.0.0.1:9",
                "--proxy-bypass-list=127.0.0.1",
            ],
        )
        .await
    }

    async fn launch(base: &str, extra_args: &[&str]) -> Option<Browser> {
        if !Path::new(CHROMIUM).exists() || !Path::new(CHROMEDRIVER).exists() {
            return missing(&format!("{CHROMIUM} or {CHROMEDRIVER} is not installed"));
        }
        let driver = start_driver().await;
        let mut args = vec!["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"];
        args.extend(["--window-size=1280,1024", "--lang=fr-FR", "--no-first-run", "--disable-extensions"]);
        args.extend(extra_args);
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("goog:chromeOptions".into(), json!({ "binary": CHROMIUM, "args": args }));
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&driver.url)
            .await
            .expect("open a chromium session");
        Some(Browser { client, base: base.to_string(), _driver: driver })
    }

    /// Opens `path` (e.g. `/app/map`) on the server.
    pub async fn goto(&self, path: &str) {
        self.client.goto(&format!("{}{path}", self.base)).await.expect("navigate");
    }

    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css:?} within {WAIT:?}: {e}"))
    }

    /// Waits until the first element matching `css` has text containing `needle`; returns its text.
    pub async fn wait_for_text(&self, css: &str, needle: &str) -> String {
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            let text = match self.client.find(Locator::Css(css)).await {
                Ok(element) => element.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if text.contains(needle) {
                return text;
            }
            assert!(std::time::Instant::now() < deadline, "{css:?} never showed {needle:?} (last text: {text:?})");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until `count` elements match `css`.
    pub async fn wait_for_count(&self, css: &str, count: usize) {
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            let found = self.client.find_all(Locator::Css(css)).await.map(|v| v.len()).unwrap_or(0);
            if found == count {
                return;
            }
            assert!(std::time::Instant::now() < deadline, "{css:?}: {found} elements, expected {count}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn run(&self, script: &str, args: Vec<Value>) -> Value {
        self.client.execute(script, args).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Writes a PNG of the window to `target/web-screenshots/NAME.png` for review.
    pub async fn screenshot(&self, name: &str) {
        let png = self.client.screenshot().await.expect("take a screenshot");
        let dir = target_dir().join("web-screenshots");
        std::fs::create_dir_all(&dir).expect("create target/web-screenshots");
        std::fs::write(dir.join(format!("{name}.png")), png).expect("write a screenshot");
    }

    /// Runs axe-core (WCAG 2 A and AA rules) on the page and fails on any serious or
    /// critical violation, naming each rule and the elements it found.
    pub async fn assert_accessible(&self, page: &str) {
        let Some(axe) = axe_source() else { return };
        self.run(axe, vec![]).await;
        let violations = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } })
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                     .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ')}`)))
                   .catch(e => done([`axe failed: ${e}`]));",
                vec![],
            )
            .await
            .expect("run axe-core");
        let violations = violations.as_array().cloned().unwrap_or_default();
        assert!(violations.is_empty(), "{page}: serious or critical accessibility violations:\n{violations:#?}");
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}

/// The build's target directory: the test binary is `TARGET/debug/deps/NAME-HASH`.
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    exe.ancestors().nth(3).map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("target"))
}

fn axe_source() -> Option<&'static str> {
    static AXE: OnceLock<Option<String>> = OnceLock::new();
    AXE.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../web/node_modules/axe-core/axe.min.js");
        match std::fs::read_to_string(&path) {
            Ok(source) => Some(source),
            Err(e) => missing(&format!("axe-core is not installed ({}: {e}; run `npm ci` in web/)", path.display())),
        }
    })
    .as_deref()
}
