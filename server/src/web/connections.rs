//! Accepting connections: how many at once, and how long each may take. A client sending its headers
//! a byte a second, or a few hundred sockets opened and left idle, once held the server until it
//! refused everyone ("Too many open files"). Now:
//!
//! - at most `max_connections` are served at once (more wait their turn in the listen queue), sized
//!   below the process's open-file limit, which is raised to its hard limit on start;
//! - a request's headers must all arrive within `header_timeout` of connecting, or of the answer to
//!   the connection's last request (so a keep-alive connection left idle closes then too);
//! - a connection with nothing sent either way and no request being answered for `idle_timeout` is
//!   closed (a client that stops reading its answer);
//! - one request, its body included, may take `request_timeout`, then it is answered 408.

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use axum::response::IntoResponse;
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::{pin, Pin};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;
use tower::ServiceExt;

pub const DEFAULT_MAX_CONNECTIONS: usize = 1024;
pub const DEFAULT_HEADER_TIMEOUT_SECS: u64 = 15;
pub const DEFAULT_IDLE_TIMEOUT_SECS: u64 = 60;
/// Long enough for a long review point sent from a phone on a slow connection.
pub const DEFAULT_REQUEST_TIMEOUT_SECS: u64 = 120;

/// File descriptors kept back for everything but connections: the SQLite pool (each connection holds
/// the database, its WAL and its shared-memory file), the listener, logs.
const FILES_KEPT_BACK: u64 = 128;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConnectionLimits {
    pub max_connections: usize,
    pub header_timeout: Duration,
    pub idle_timeout: Duration,
    pub request_timeout: Duration,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        ConnectionLimits {
            max_connections: DEFAULT_MAX_CONNECTIONS,
            header_timeout: Duration::from_secs(DEFAULT_HEADER_TIMEOUT_SECS),
            idle_timeout: Duration::from_secs(DEFAULT_IDLE_TIMEOUT_SECS),
            request_timeout: Duration::from_secs(DEFAULT_REQUEST_TIMEOUT_SECS),
        }
    }
}

/// Serves `app` on `listener` within `limits` until `shutdown`, then lets the requests being answered
/// finish. Handlers find the client's address as `ConnectInfo<SocketAddr>`.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let most = fit_to_open_files(limits.max_connections);
    // The address too: the metrics listener, when there is one, says its own number.
    let at = listener.local_addr().ok().map(tracing::field::display);
    tracing::info!(addr = at, "serving at most {most} connections at once");
    let permits = Arc::new(Semaphore::new(most));
    // Dropping the sender tells every connection to finish what it is answering and close.
    let (closing, closing_seen) = watch::channel(());
    let mut shutdown = pin!(shutdown);
    loop {
        // A free place first, then a connection: beyond the cap, clients wait in the listen queue.
        let permit = tokio::select! {
            permit = permits.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
            () = &mut shutdown => break,
        };
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    accept_failed(error).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        tokio::spawn(serve_connection(
            stream,
            remote,
            app.clone(),
            limits,
            closing_seen.clone(),
            permit,
        ));
    }
    drop(listener);
    drop(closing);
    // Each connection holds its permit until it has closed.
    let _all_closed = permits.acquire_many(most as u32).await;
    Ok(())
}

async fn accept_failed(error: io::Error) {
    if matches!(
        error.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    ) {
        return;
    }
    // Out of file descriptors, most likely: wait for some to close rather than spin.
    tracing::error!(%error, "could not accept a connection");
    tokio::time::sleep(Duration::from_secs(1)).await;
}

async fn serve_connection(
    stream: TcpStream,
    remote: SocketAddr,
    app: Router,
    limits: ConnectionLimits,
    mut closing: watch::Receiver<()>,
    _permit: OwnedSemaphorePermit,
) {
    let activity = Arc::new(Activity::new());
    let io = TokioIo::new(Watched {
        stream,
        activity: activity.clone(),
    });
    let service = {
        let activity = activity.clone();
        hyper::service::service_fn(move |request: Request<Incoming>| {
            let answering = Answering::start(activity.clone());
            let mut request = request.map(Body::new);
            request.extensions_mut().insert(ConnectInfo(remote));
            let answer = tokio::time::timeout(limits.request_timeout, app.clone().oneshot(request));
            async move {
                let response = match answer.await {
                    Ok(Ok(response)) => response,
                    Ok(Err(never)) => match never {},
                    Err(_elapsed) => {
                        tracing::debug!(%remote, "a request took too long");
                        StatusCode::REQUEST_TIMEOUT.into_response()
                    }
                };
                drop(answering);
                Ok::<_, Infallible>(response)
            }
        })
    };
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    let mut connection = pin!(builder.serve_connection(io, service).with_upgrades());
    let mut closing_started = false;
    loop {
        let quiet = limits.idle_timeout;
        let check_at = if activity.is_answering() {
            Instant::now() + quiet
        } else {
            activity.last() + quiet
        };
        tokio::select! {
            result = connection.as_mut() => {
                if let Err(error) = result {
                    tracing::debug!(%remote, %error, "a connection ended");
                }
                break;
            }
            _ = closing.changed(), if !closing_started => {
                closing_started = true;
                connection.as_mut().graceful_shutdown();
            }
            () = tokio::time::sleep_until(check_at) => {
                if activity.has_been_quiet_for(quiet) {
                    tracing::debug!(%remote, "closing a connection left idle");
                    break;
                }
            }
        }
    }
}

/// When bytes last moved on a connection, and whether a request on it is being answered.
struct Activity {
    opened: Instant,
    last_millis: AtomicU64,
    answering: AtomicUsize,
}

impl Activity {
    fn new() -> Self {
        Activity {
            opened: Instant::now(),
            last_millis: AtomicU64::new(0),
            answering: AtomicUsize::new(0),
        }
    }

    fn touch(&self) {
        let millis = u64::try_from(self.opened.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last_millis.store(millis, Ordering::Relaxed);
    }

    fn last(&self) -> Instant {
        self.opened + Duration::from_millis(self.last_millis.load(Ordering::Relaxed))
    }

    fn is_answering(&self) -> bool {
        self.answering.load(Ordering::Relaxed) > 0
    }

    fn has_been_quiet_for(&self, quiet: Duration) -> bool {
        !self.is_answering() && Instant::now() >= self.last() + quiet
    }
}

/// Held while a request is being answered (a slow page is not an idle connection).
struct Answering(Arc<Activity>);

impl Answering {
    fn start(activity: Arc<Activity>) -> Self {
        activity.answering.fetch_add(1, Ordering::Relaxed);
        activity.touch();
        Answering(activity)
    }
}

impl Drop for Answering {
    fn drop(&mut self) {
        self.0.answering.fetch_sub(1, Ordering::Relaxed);
        self.0.touch();
    }
}

/// The client's socket, noting each time bytes move.
struct Watched {
    stream: TcpStream,
    activity: Arc<Activity>,
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.stream).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.activity.touch();
        }
        polled
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.stream).poll_write(cx, buf);
        if matches!(polled, Poll::Ready(Ok(written)) if written > 0) {
            self.activity.touch();
        }
        polled
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.stream).poll_write_vectored(cx, bufs);
        if matches!(polled, Poll::Ready(Ok(written)) if written > 0) {
            self.activity.touch();
        }
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

/// The connection cap, lowered to fit the open-file limit: each connection is a socket and may have
/// one built file open while sending it.
fn fit_to_open_files(wanted: usize) -> usize {
    let Some(limit) = raise_open_file_limit() else {
        return wanted;
    };
    let room = (limit.saturating_sub(FILES_KEPT_BACK) / 2).max(1);
    let fitted = wanted.min(usize::try_from(room).unwrap_or(usize::MAX));
    if fitted < wanted {
        tracing::warn!(
            "the open-file limit is {limit}, so at most {fitted} connections are served at once, \
             not {wanted}; raise the hard limit (ulimit -Hn, LimitNOFILE=) to serve more"
        );
    }
    fitted
}

/// Raises the soft open-file limit to the hard limit (often 1024 against a hard limit far higher), and
/// says what it is now; `None` when there is no limit.
#[cfg(unix)]
pub fn raise_open_file_limit() -> Option<u64> {
    use rustix::process::{getrlimit, setrlimit, Resource, Rlimit};
    let limit = getrlimit(Resource::Nofile);
    let current = limit.current?;
    if limit.maximum.is_none_or(|maximum| maximum > current) {
        let raised = Rlimit {
            current: limit.maximum,
            maximum: limit.maximum,
        };
        match setrlimit(Resource::Nofile, raised) {
            Ok(()) => return limit.maximum,
            // macOS refuses "unlimited"; the soft limit stays as it was.
            Err(error) => tracing::warn!(%error, "could not raise the open-file limit"),
        }
    }
    Some(current)
}

#[cfg(not(unix))]
pub fn raise_open_file_limit() -> Option<u64> {
    None
}
