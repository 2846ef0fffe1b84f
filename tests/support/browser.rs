//! A headless Chromium, driven through chromedriver (WebDriver), that can reach
//! the test server and nothing else: every host name but 127.0.0.1 fails to
//! resolve and every other connection goes to a proxy that does not exist.
//!
//! Needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs them).
//! Without them the test is skipped with a NOTICE, except under CI where it fails.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder};
use serde_json::json;

use crate::node::unavailable;

/// A browser session and the chromedriver serving it; both end when this is dropped.
pub struct Browser {
    pub client: Client,
    driver: Child,
}

const CHROMIUM: &[&str] = &["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const CHROMEDRIVER: &[&str] = &["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"];

impl Browser {
    /// A fresh headless browser that can reach only loopback, or `None` to skip.
    pub async fn offline() -> Option<Browser> {
        let Some(chromium) = CHROMIUM.iter().find(|p| std::path::Path::new(p).exists()) else {
            return unavailable("the browser test", "chromium is not installed (apt-get install chromium)");
        };
        let Some(chromedriver) = CHROMEDRIVER.iter().find(|p| std::path::Path::new(p).exists()) else {
            return unavailable("the browser test", "chromedriver is not installed (apt-get install chromium-driver)");
        };
        let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
        let driver = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let capabilities = json!({
            "goog:chromeOptions": {
                "binary": chromium,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=1400,900", "--no-first-run", "--disable-extensions",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    // No network but the test server: names do not resolve, anything else goes to a dead proxy.
                    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                    "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=127.0.0.1",
                ]
            }
        });
        let capabilities = capabilities.as_object().expect("an object").clone();
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let url = format!("http://127.0.0.1:{port}");
        // chromedriver takes a moment to listen.
        let mut last_error = None;
        for _ in 0..50 {
            match ClientBuilder::new(connector.clone()).capabilities(capabilities.clone()).connect(&url).await {
                Ok(client) => return Some(Browser { client, driver }),
                Err(error) => last_error = Some(error),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let mut driver = driver;
        let _ = driver.kill();
        panic!("chromedriver at {url} did not start a session: {last_error:?}");
    }

    /// Ends the session, then chromedriver.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // A failed test does not reach close(): do not leave chromedriver behind.
        let _ = self.driver.kill();
    }
}
