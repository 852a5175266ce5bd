//! `cargo xtask serve`: a development server for the page (www/ at /, pkg/ at /pkg/), and
//! the rich-text editor the example in www/examples/ uses (Quill's `dist/` from the npm dev
//! packages in tests/js, at /vendor/quill/).
//!
//! Loopback only, static files only, correct MIME types (`application/wasm` so that
//! `WebAssembly.instantiateStreaming` works), no caching, and the same Content-Security-Policy
//! header as the page's meta tag.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use crate::build;
use crate::tools;
use crate::util::{flag, root};

/// The page's Content-Security-Policy, also sent as a header.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
connect-src 'self'; object-src 'none'; base-uri 'none'";

pub fn run(args: &[String]) -> Result<(), String> {
    let port: u16 = match flag(args, "--port") {
        Some(p) => p
            .parse()
            .map_err(|_| format!("--port takes a number from 0 to 65535 (got {p:?})"))?,
        None => 8080,
    };
    build::build_package()?;
    // The editor example needs Quill from the dev packages (`npm ci` in tests/js, once).
    if let Err(e) = tools::npm_packages() {
        eprintln!("note: cannot install the npm dev packages ({e}); www/examples/editor will not find Quill");
    }
    let server = Server::start(port)?;
    println!(
        "serving www/ and pkg/ at http://127.0.0.1:{}/ (Ctrl-C stops)",
        server.port
    );
    server.join();
    Ok(())
}

/// A running server.
pub struct Server {
    /// The port it listens on (useful when started on port 0).
    pub port: u16,
    http: Arc<tiny_http::Server>,
    thread: std::thread::JoinHandle<()>,
}

impl Server {
    /// Starts serving on 127.0.0.1:`port` (0 picks a free port) in a background thread.
    pub fn start(port: u16) -> Result<Server, String> {
        let http = tiny_http::Server::http(("127.0.0.1", port))
            .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
        let port = http
            .server_addr()
            .to_ip()
            .map(|a| a.port())
            .ok_or("server has no IP address")?;
        let http = Arc::new(http);
        let worker = Arc::clone(&http);
        let roots = Roots::new();
        let thread = std::thread::spawn(move || {
            for request in worker.incoming_requests() {
                respond(request, &roots);
            }
        });
        Ok(Server { port, http, thread })
    }

    /// Serves until the process is stopped.
    pub fn join(self) {
        let _ = self.thread.join();
    }

    /// Stops serving.
    pub fn stop(self) {
        self.http.unblock();
        let _ = self.thread.join();
    }
}

/// The folders served: www/ at /, and under fixed prefixes pkg/ and the vendored editor.
struct Roots {
    www: PathBuf,
    /// (URL prefix, folder), e.g. ("/pkg/", pkg/).
    mounts: Vec<(&'static str, PathBuf)>,
}

impl Roots {
    fn new() -> Roots {
        let root = root();
        Roots {
            www: root.join("www"),
            mounts: vec![
                ("/pkg/", root.join("pkg")),
                (
                    "/vendor/quill/",
                    tools::js_dir().join("node_modules/quill/dist"),
                ),
            ],
        }
    }
}

fn respond(request: tiny_http::Request, roots: &Roots) {
    let url = request
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_owned();
    let response = match resolve(&url, roots) {
        Some(path) => match std::fs::read(&path) {
            Ok(bytes) => tiny_http::Response::from_data(bytes)
                .with_header(header("Content-Type", mime(&path)))
                .with_status_code(200),
            Err(_) => not_found(),
        },
        None => not_found(),
    };
    let response = response
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("X-Content-Type-Options", "nosniff"))
        .with_header(header("Content-Security-Policy", CSP));
    let _ = request.respond(response);
}

fn not_found() -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    tiny_http::Response::from_data(b"not found\n".to_vec())
        .with_header(header("Content-Type", "text/plain; charset=utf-8"))
        .with_status_code(404)
}

fn header(name: &str, value: &str) -> tiny_http::Header {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes())
        .expect("header names and values are ASCII constants of ours")
}

/// Maps a URL path to a file under one of the roots, refusing anything that leaves them.
fn resolve(url: &str, roots: &Roots) -> Option<PathBuf> {
    let decoded = percent_decode(url)?;
    let (base, rest) = roots
        .mounts
        .iter()
        .find_map(|(prefix, dir)| Some((dir.as_path(), decoded.strip_prefix(prefix)?.to_owned())))
        .unwrap_or((
            roots.www.as_path(),
            decoded.trim_start_matches('/').to_owned(),
        ));
    let relative = Path::new(&rest);
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let mut path = base.join(relative);
    if path.is_dir() {
        path = path.join("index.html");
    }
    path.is_file().then_some(path)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" | "md" => "text/plain; charset=utf-8",
        "ts" => "text/plain; charset=utf-8",
        "map" => "application/json",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_inside_roots_only() {
        let roots = Roots::new();
        let www = root().join("www");
        assert_eq!(resolve("/", &roots), Some(www.join("index.html")));
        assert_eq!(resolve("/../Cargo.toml", &roots), None);
        assert_eq!(resolve("/%2e%2e/Cargo.toml", &roots), None);
        assert_eq!(resolve("/pkg/../Cargo.toml", &roots), None);
        assert_eq!(resolve("/vendor/quill/../../package.json", &roots), None);
        assert_eq!(
            resolve("/examples/", &roots),
            Some(www.join("examples/index.html"))
        );
        assert_eq!(mime(Path::new("a/b.wasm")), "application/wasm");
    }
}
