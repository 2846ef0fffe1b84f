//! The accept loop: hyper's HTTP/1 connections with a timer, so that its
//! header-read timeout fires (`axum::serve` installs none, and then slow or silent
//! clients hold their sockets for as long as they like).
//!
//! hyper's own `http1::Builder` rather than hyper-util's `auto` one: `auto` first
//! reads bytes to tell HTTP/1 from HTTP/2, and no timeout covers that read, so a
//! socket that never sends a byte would stay open.

use std::future::Future;
use std::io;
use std::time::Duration;

use axum::extract::connect_info::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tower_service::Service;

/// Serves `router` on `listener` until `shutdown` resolves; then stops accepting,
/// lets every connection finish the request it is on (idle ones close at once), and
/// returns when they all have. Upgraded connections (WebSockets) are no longer
/// hyper's and are not waited for: the store's shutdown ends their subscriptions.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    header_read_timeout: Duration,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let mut builder = http1::Builder::new();
    // Also the idle keep-alive limit: hyper starts the clock when it waits for a
    // request's first line, whether or not the connection served one before.
    builder.timer(TokioTimer::new()).header_read_timeout(header_read_timeout).keep_alive(true);
    // `stop` tells connections to finish; each holds a `done` receiver until it has.
    let (stop, stopped) = watch::channel(false);
    let (done, all_done) = watch::channel(());
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    accept_failed(error).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // The rate limit keys anonymous clients by this address (`ConnectInfo`).
        let router = router.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            router.clone().call(request)
        });
        let connection = builder.serve_connection(TokioIo::new(stream), service).with_upgrades();
        let mut stopped = stopped.clone();
        let all_done = all_done.clone();
        tokio::spawn(async move {
            tokio::pin!(connection);
            let stopping = async move {
                let _ = stopped.wait_for(|stop| *stop).await;
            };
            let result = tokio::select! {
                result = connection.as_mut() => result,
                () = stopping => {
                    connection.as_mut().graceful_shutdown();
                    connection.await
                }
            };
            if let Err(error) = result {
                // Timeouts, resets and malformed requests: the client's doing, not ours.
                tracing::debug!(%error, %peer, "connection ended with an error");
            }
            drop(all_done);
        });
    }
    drop(listener);
    let _ = stop.send(true);
    drop(all_done);
    done.closed().await;
    Ok(())
}

/// As hyper 0.14 and `axum::serve` did: a reset or aborted connection is the
/// client's, anything else (out of file descriptors) is logged and the loop waits a
/// second, for connections to close, rather than spin.
async fn accept_failed(error: io::Error) {
    use io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if matches!(error.kind(), ConnectionRefused | ConnectionAborted | ConnectionReset) {
        return;
    }
    tracing::error!(%error, "accept failed; retrying in a second");
    tokio::time::sleep(Duration::from_secs(1)).await;
}
