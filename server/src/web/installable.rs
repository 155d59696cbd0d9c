//! Adding Heard to a phone's home screen, and what it keeps there: the web app manifest, the service
//! worker (`service-worker.js`) and the few lines that start it on every page. The offline page
//! itself is an ordinary page (`heard_app::pages::offline`).

use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::path::Path;

const SERVICE_WORKER: &str = include_str!("service-worker.js");

/// The service worker with the version of the built files written in, so that a new build (a new
/// version) makes phones drop the files they kept. Worked out once, when the server starts.
#[derive(Clone)]
pub struct ServiceWorker(std::sync::Arc<str>);

impl ServiceWorker {
    /// The version is a digest of the files phones keep whose names do not change between builds:
    /// the browser code and the stylesheet.
    pub fn for_site(site_root: &Path) -> ServiceWorker {
        let mut digest = Sha256::new();
        for folder in ["pkg", "style"] {
            let mut files: Vec<_> = std::fs::read_dir(site_root.join(folder))
                .into_iter()
                .flatten()
                .flatten()
                .map(|entry| entry.path())
                .filter(|path| path.is_file())
                .collect();
            files.sort();
            for file in files {
                digest.update(file.file_name().unwrap_or_default().as_encoded_bytes());
                digest.update(std::fs::read(&file).unwrap_or_default());
            }
        }
        let version: String = digest.finalize()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        ServiceWorker(
            SERVICE_WORKER
                .replace("__HEARD_FILES_VERSION__", &version)
                .into(),
        )
    }

    pub fn respond(&self) -> Response {
        script(self.0.to_string())
    }
}

pub async fn start_service_worker() -> Response {
    script(include_str!("service-worker-start.js").to_string())
}

pub async fn manifest() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/manifest+json"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        include_str!("manifest.webmanifest"),
    )
        .into_response()
}

fn script(source: String) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/javascript; charset=utf-8"),
            ),
            // Phones check for a new service worker on every visit; it is small.
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        source,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::ServiceWorker;

    #[test]
    fn a_new_build_is_a_new_version() {
        let site = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(site.path().join("pkg")).unwrap();
        std::fs::write(site.path().join("pkg/heard.wasm"), b"one").unwrap();
        let first = ServiceWorker::for_site(site.path()).0;
        assert!(!first.contains("__HEARD_FILES_VERSION__"));
        assert_eq!(first, ServiceWorker::for_site(site.path()).0);
        std::fs::write(site.path().join("pkg/heard.wasm"), b"two").unwrap();
        assert_ne!(first, ServiceWorker::for_site(site.path()).0);
    }
}
