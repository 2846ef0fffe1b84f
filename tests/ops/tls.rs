//! TLS: webhooks delivered to an HTTPS receiver whose certificate a test CA signed,
//! trusted only through configuration; PostgreSQL connections honouring `sslmode`.

use std::sync::{Arc, Mutex};

use axum::http::HeaderMap;
use hyper_util::rt::TokioIo;
use lawtracker_api::server::ServeOptions;
use lawtracker_api::webhooks::{load_ca_file, signature};
use lawtracker_core::auth::Role;
use lawtracker_core::{Backend, Store};
use lawtracker_e2e::{TestDb, TestServer};
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair};
use serde_json::json;
use tokio_rustls::rustls;

use crate::{quick_delivery, wait_until};

/// A CA made for this test, and a certificate it signed for `localhost`.
struct TestPki {
    ca_pem: String,
    leaf_der: Vec<u8>,
    leaf_key_der: Vec<u8>,
}

fn test_pki() -> TestPki {
    let ca_key = KeyPair::generate().unwrap();
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name.push(DnType::CommonName, "lawtracker test CA");
    let ca_cert = ca.self_signed(&ca_key).unwrap();
    let leaf_key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec!["localhost".to_string()]).unwrap();
    let leaf_cert = leaf.signed_by(&leaf_key, &ca_cert, &ca_key).unwrap();
    TestPki { ca_pem: ca_cert.pem(), leaf_der: leaf_cert.der().to_vec(), leaf_key_der: leaf_key.serialize_der() }
}

/// The bodies and signatures an HTTPS receiver got.
type Received = Arc<Mutex<Vec<(String, String)>>>;

/// An HTTPS receiver at `https://localhost:PORT/hook` serving the test certificate.
async fn https_receiver(pki: &TestPki) -> (String, Received) {
    use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(
            vec![CertificateDer::from(pki.leaf_der.clone())],
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(pki.leaf_key_der.clone())),
        )
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let received: Received = Arc::default();
    let state = received.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: HeaderMap, body: String| {
            let state = state.clone();
            async move {
                let signature =
                    headers.get("x-lawtracker-signature").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
                state.lock().unwrap().push((signature, body));
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("https://localhost:{}/hook", listener.local_addr().unwrap().port());
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else { return };
            let (acceptor, app) = (acceptor.clone(), app.clone());
            tokio::spawn(async move {
                // A client that refuses our certificate ends the handshake: nothing to serve.
                let Ok(tls) = acceptor.accept(tcp).await else { return };
                let service = hyper_util::service::TowerToHyperService::new(app);
                let _ = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(tls), service).await;
            });
        }
    });
    (url, received)
}

const CREATE_ACTOR: &str = "mutation($input: ActorInput!) { createActor(input: $input) { revision { id } } }";

fn actor_input(slug: &str) -> serde_json::Value {
    json!({ "input": { "slug": slug, "name": "Test NGO", "kind": "NGO", "description": "x",
        "citations": [{ "source": "seed-001-forum-post", "quote": "civil rights groups" }] } })
}

async fn register_webhook(server: &TestServer, admin: &str, url: &str) -> String {
    let created = server
        .data_as(admin, "mutation($url: String!) { createWebhook(url: $url) { secret } }", json!({ "url": url }))
        .await;
    created["createWebhook"]["secret"].as_str().unwrap().to_string()
}

async fn last_delivery(server: &TestServer, admin: &str) -> serde_json::Value {
    let data = server.data_as(admin, "{ webhooks { deliveries { status attempts lastError } } }", json!({})).await;
    data["webhooks"][0]["deliveries"][0].clone()
}

/// With the test CA configured (as `--webhook-ca-file` does), a change reaches the
/// HTTPS receiver, signed; the CA file loads as `lawtracker serve` loads it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_webhook_is_delivered_over_https_to_a_receiver_signed_by_a_configured_ca() {
    let pki = test_pki();
    let ca_file = std::env::temp_dir().join(format!("lt-test-ca-{}.pem", std::process::id()));
    std::fs::write(&ca_file, &pki.ca_pem).unwrap();
    let roots = load_ca_file(&ca_file).expect("the CA file loads");
    std::fs::remove_file(&ca_file).unwrap();
    assert_eq!(roots.len(), 1);

    let (url, received) = https_receiver(&pki).await;
    let db = TestDb::fresh(Backend::Sqlite).await.unwrap();
    let mut options = quick_delivery(ServeOptions::default());
    options.webhooks.extra_roots = roots;
    let server = TestServer::start_on_with(&db.url, true, options).await;
    let admin = server.store.create_token("admin", Role::Admin).await.unwrap();
    let secret = register_webhook(&server, &admin, &url).await;
    server.data_as(&admin, CREATE_ACTOR, actor_input("tls-test-ngo")).await;

    wait_until("the HTTPS delivery", || async { !received.lock().unwrap().is_empty() }).await;
    let (signed, body) = received.lock().unwrap()[0].clone();
    assert_eq!(signed, signature(&secret, body.as_bytes()), "the body arrives intact and signed");
    let change: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(change["revision"]["entity_slug"], "tls-test-ngo");
    wait_until("the delivery to be recorded", || async {
        last_delivery(&server, &admin).await["status"] == "delivered"
    })
    .await;
    server.stop().await;
}

/// Without the CA, the same receiver is not trusted: the certificate is checked, the
/// delivery is not made, and the attempt records why.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_webhook_receiver_with_an_untrusted_certificate_gets_nothing() {
    let pki = test_pki();
    let (url, received) = https_receiver(&pki).await;
    let db = TestDb::fresh(Backend::Sqlite).await.unwrap();
    let server = TestServer::start_on_with(&db.url, true, quick_delivery(ServeOptions::default())).await;
    let admin = server.store.create_token("admin", Role::Admin).await.unwrap();
    register_webhook(&server, &admin, &url).await;
    server.data_as(&admin, CREATE_ACTOR, actor_input("tls-untrusted-ngo")).await;

    wait_until("a failed attempt", || async { last_delivery(&server, &admin).await["attempts"].as_i64() >= Some(1) })
        .await;
    let delivery = last_delivery(&server, &admin).await;
    assert_ne!(delivery["status"], "delivered", "{delivery}");
    let reason = delivery["lastError"].as_str().unwrap_or_default();
    assert!(reason.contains("certificate"), "the attempt says the certificate was refused: {reason}");
    assert!(received.lock().unwrap().is_empty(), "nothing reached a receiver we do not trust");
    server.stop().await;
}

#[test]
fn a_webhook_ca_file_that_is_not_pem_is_refused_with_its_path() {
    let file = std::env::temp_dir().join(format!("lt-test-not-pem-{}.pem", std::process::id()));
    std::fs::write(&file, "not a certificate").unwrap();
    let error = load_ca_file(&file).unwrap_err();
    std::fs::remove_file(&file).unwrap();
    assert!(error.contains(&file.display().to_string()), "{error}");
    let missing = load_ca_file(std::path::Path::new("/nonexistent/ca.pem")).unwrap_err();
    assert!(missing.contains("cannot read") && missing.contains("/nonexistent/ca.pem"), "{missing}");
}

/// `DATABASE_URL`'s `sslmode` is honoured. The local test server's TLS settings
/// decide what can be shown: with `ssl = on`, `require` gives an encrypted session,
/// `verify-full` checks the certificate against `sslrootcert` and refuses an
/// unknown issuer; with `ssl = off`, `require` fails and says why.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn database_url_sslmode_is_honoured() {
    let Some(db) = TestDb::fresh(Backend::Postgres).await else { return };
    let admin = sqlx::PgPool::connect(&db.url).await.unwrap();
    let ssl: String = sqlx::query_scalar("SHOW ssl").fetch_one(&admin).await.unwrap();
    let cert_file: String = sqlx::query_scalar("SHOW ssl_cert_file").fetch_one(&admin).await.unwrap();
    admin.close().await;
    let with = |params: &str| format!("{}?{params}", db.url);

    if ssl != "on" {
        let error = Store::open(&with("sslmode=require")).await.unwrap_err().to_string();
        assert!(error.contains("TLS"), "sslmode=require against a server without TLS says so: {error}");
        return;
    }

    let store = Store::open(&with("sslmode=require")).await.expect("sslmode=require connects");
    store.close().await;
    assert!(encrypted(&with("sslmode=require")).await, "sslmode=require gives an encrypted session");
    assert!(!encrypted(&with("sslmode=disable")).await, "sslmode=disable gives a plain session");

    // The server's certificate is not signed by any webpki root: verify-full refuses it.
    let error = Store::open(&with("sslmode=verify-full")).await.unwrap_err().to_string();
    assert!(error.to_lowercase().contains("certificate"), "an untrusted server certificate is named: {error}");

    // Trusted through sslrootcert (when the server's certificate is its own CA and
    // names localhost, as Debian's snakeoil certificate does), verify-full connects.
    if std::fs::read_to_string(&cert_file).is_ok_and(|pem| pem.contains("BEGIN CERTIFICATE")) {
        let url = with(&format!("sslmode=verify-full&sslrootcert={cert_file}")).replace("@127.0.0.1", "@localhost");
        let store = Store::open(&url).await.expect("verify-full with the server's certificate as root connects");
        store.close().await;
        assert!(encrypted(&url).await);
    }
}

/// Whether a session opened with `url` (sqlx, as the store opens its own) is encrypted.
async fn encrypted(url: &str) -> bool {
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect(url).await.expect("connects");
    let ssl: bool = sqlx::query_scalar("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        .fetch_one(&mut conn)
        .await
        .expect("pg_stat_ssl answers");
    let _ = conn.close().await;
    ssl
}

/// Against a server that declines TLS (it answers PostgreSQL's `SSLRequest` with
/// `N`, as a server with `ssl = off` does), `sslmode=require` fails at once and says
/// why, whatever the local test server's own settings.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sslmode_require_refuses_a_server_without_tls_and_says_so() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            // SSLRequest: length 8, then the code 80877103.
            let mut request = [0u8; 8];
            if socket.read_exact(&mut request).await.is_ok() && request == [0, 0, 0, 8, 4, 210, 22, 47] {
                let _ = socket.write_all(b"N").await;
            }
        }
    });
    let url = format!("postgres://postgres@127.0.0.1:{port}/postgres?sslmode=require");
    let error = Store::open(&url).await.unwrap_err().to_string();
    assert!(error.contains("does not support TLS"), "{error}");
    assert!(error.contains(&format!("127.0.0.1:{port}")), "the server is named: {error}");
}
