//! `cargo xtask serve`: a development server for the page (www/ at /, pkg/ at /pkg/), and
//! the rich-text editor the example in www/examples/ uses (Quill's `dist/` from the npm dev
//! packages in tests/js, at /vendor/quill/).
//!
//! Loopback only, static files only (GET and HEAD), correct MIME types (`application/wasm` so
//! that `WebAssembly.instantiateStreaming` works), no caching, and the same
//! Content-Security-Policy header as the page's meta tag.
//!
//! Every connection has a thread of its own and is kept alive (HTTP/1.1) until the client
//! closes it, asks to close it, or leaves it idle for a minute. (Until session 13 this was
//! `tiny_http` 0.12. Its thread pool can leave a new connection unread in its queue until
//! some other connection closes: when connections come in a burst, it hands two of them to
//! the same idle thread before that thread has woken up. Chromium opens several connections
//! at once for a page and keeps them open, so a page's `load` event could wait forever: the
//! page e2e flake of session 12. `every_connection_of_a_burst_is_served` below.)

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::build;
use crate::tools;
use crate::util::{flag, root};

/// The page's Content-Security-Policy, also sent as a header.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
connect-src 'self'; object-src 'none'; base-uri 'none'";

/// How long a kept-alive connection may stay idle before the server closes it.
const IDLE: Duration = Duration::from_secs(60);

/// The longest request head (request line and headers) read.
const MAX_HEAD: u64 = 64 * 1024;

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
    stopping: Arc<AtomicBool>,
    thread: std::thread::JoinHandle<()>,
}

impl Server {
    /// Starts serving on 127.0.0.1:`port` (0 picks a free port): a background thread accepts
    /// connections and starts a thread for each.
    pub fn start(port: u16) -> Result<Server, String> {
        let listener = TcpListener::bind(("127.0.0.1", port))
            .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
        let port = listener
            .local_addr()
            .map_err(|e| format!("server has no address: {e}"))?
            .port();
        let stopping = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&stopping);
        let roots = Arc::new(Roots::new());
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                match stream {
                    Ok(stream) => {
                        let roots = Arc::clone(&roots);
                        std::thread::spawn(move || serve_connection(stream, &roots));
                    }
                    // E.g. out of file descriptors: wait for some to be closed.
                    Err(_) => std::thread::sleep(Duration::from_millis(10)),
                }
            }
        });
        Ok(Server {
            port,
            stopping,
            thread,
        })
    }

    /// Serves until the process is stopped.
    pub fn join(self) {
        let _ = self.thread.join();
    }

    /// Stops accepting connections (the open ones are served until their clients close
    /// them or they are idle for [`IDLE`]).
    pub fn stop(self) {
        self.stopping.store(true, Ordering::SeqCst);
        // Wakes the accepting thread up.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        let _ = self.thread.join();
    }
}

/// A request as far as a static server needs it.
#[derive(Debug, PartialEq)]
struct Request {
    method: String,
    target: String,
    /// The connection stays open after the response (HTTP/1.1 unless `Connection: close`,
    /// HTTP/1.0 with `Connection: keep-alive`), and no request body follows the head.
    keep_alive: bool,
}

/// Answers the requests of one connection in turn until the client closes it, asks to close
/// it, sends what is not a request head of ours, or leaves it idle for [`IDLE`].
fn serve_connection(stream: TcpStream, roots: &Roots) {
    let _ = stream.set_read_timeout(Some(IDLE));
    let _ = stream.set_nodelay(true);
    let Ok(mut out) = stream.try_clone() else {
        return;
    };
    let mut input = BufReader::new(stream);
    loop {
        let (bytes, keep_alive) = match read_request(&mut input) {
            Ok(None) => return,
            Ok(Some(request)) => answer(&request, roots),
            Err(()) => (response(400, TEXT, b"bad request\n", false, false), false),
        };
        if out.write_all(&bytes).is_err() || !keep_alive {
            return;
        }
    }
}

/// The plain-text MIME type of the error responses.
const TEXT: &str = "text/plain; charset=utf-8";

/// The response to `request`, and whether the connection stays open after it.
fn answer(request: &Request, roots: &Roots) -> (Vec<u8>, bool) {
    let head_only = request.method == "HEAD";
    if request.method != "GET" && !head_only {
        let bytes = response(405, TEXT, b"GET or HEAD only\n", false, false);
        return (bytes, false);
    }
    let url = request.target.split(['?', '#']).next().unwrap_or("/");
    let file = resolve(url, roots).and_then(|p| Some((std::fs::read(&p).ok()?, mime(&p))));
    let keep_alive = request.keep_alive;
    let bytes = match file {
        Some((body, mime)) => response(200, mime, &body, head_only, keep_alive),
        None => response(404, TEXT, b"not found\n", head_only, keep_alive),
    };
    (bytes, keep_alive)
}

/// Reads a request head: `Ok(None)` when the connection was closed (or idle too long) before
/// one began, `Err(())` when it is not one.
fn read_request(input: &mut impl BufRead) -> Result<Option<Request>, ()> {
    let mut limited = input.take(MAX_HEAD);
    let mut line = String::new();
    // Empty lines before a request line are allowed (RFC 9112, 2.2).
    loop {
        line.clear();
        match limited.read_line(&mut line) {
            Ok(0) | Err(_) if line.is_empty() => return Ok(None),
            Err(_) => return Err(()),
            Ok(_) if line.trim().is_empty() => continue,
            Ok(_) => break,
        }
    }
    let mut parts = line.split_whitespace();
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(());
    };
    let (method, target) = (method.to_owned(), target.to_owned());
    let http11 = match version {
        "HTTP/1.1" => true,
        "HTTP/1.0" => false,
        _ => return Err(()),
    };
    let mut connection = String::new();
    let mut body = false;
    loop {
        line.clear();
        match limited.read_line(&mut line) {
            Ok(n) if n > 0 && line.ends_with('\n') => {}
            _ => return Err(()),
        }
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        let Some((name, value)) = header.split_once(':') else {
            return Err(());
        };
        let value = value.trim().to_ascii_lowercase();
        if name.eq_ignore_ascii_case("connection") {
            connection = value;
        } else if name.eq_ignore_ascii_case("transfer-encoding")
            || name.eq_ignore_ascii_case("content-length") && value != "0"
        {
            body = true;
        }
    }
    let keep_alive = !body
        && if http11 {
            !connection.split(',').any(|t| t.trim() == "close")
        } else {
            connection.split(',').any(|t| t.trim() == "keep-alive")
        };
    Ok(Some(Request {
        method,
        target,
        keep_alive,
    }))
}

/// A whole response: status line, headers, and `body` unless `head_only`.
fn response(status: u16, mime: &str, body: &[u8], head_only: bool, keep_alive: bool) -> Vec<u8> {
    let reason = match status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        _ => "Method Not Allowed",
    };
    let connection = if keep_alive { "keep-alive" } else { "close" };
    let mut bytes = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {mime}\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n\
         Content-Security-Policy: {CSP}\r\nConnection: {connection}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    if !head_only {
        bytes.extend_from_slice(body);
    }
    bytes
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
    use std::time::Instant;

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

    fn request(head: &str) -> Result<Option<Request>, ()> {
        read_request(&mut head.as_bytes())
    }

    #[test]
    fn request_heads() {
        let get = |target: &str, keep_alive| {
            Ok(Some(Request {
                method: "GET".to_owned(),
                target: target.to_owned(),
                keep_alive,
            }))
        };
        assert_eq!(request("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), get("/", true));
        assert_eq!(request("\r\nGET /a?b HTTP/1.1\r\n\r\n"), get("/a?b", true));
        assert_eq!(
            request("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n"),
            get("/", false)
        );
        assert_eq!(request("GET / HTTP/1.0\r\n\r\n"), get("/", false));
        assert_eq!(
            request("GET / HTTP/1.0\r\nconnection: keep-alive\r\n\r\n"),
            get("/", true)
        );
        // A body is not read: the connection closes after the response.
        assert_eq!(
            request("GET / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"),
            get("/", false)
        );
        assert_eq!(request(""), Ok(None));
        assert_eq!(request("\r\n"), Ok(None));
        for bad in [
            "GET /\r\n\r\n",
            "GET / HTTP/2\r\n\r\n",
            "GET / HTTP/1.1\r\nno colon\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\n",
        ] {
            assert_eq!(request(bad), Err(()), "{bad:?}");
        }
        let long = format!("GET / HTTP/1.1\r\nX: {}\r\n\r\n", "a".repeat(70_000));
        assert_eq!(request(&long), Err(()));
    }

    /// One response read from `c`: its status, headers (lowercase names) and body.
    fn read_response(c: &mut BufReader<TcpStream>, head_only: bool) -> (u16, String, Vec<u8>) {
        let mut head = String::new();
        loop {
            let mut line = String::new();
            c.read_line(&mut line).expect("a response line");
            assert!(!line.is_empty(), "the connection closed in a response head");
            if line == "\r\n" {
                break;
            }
            head.push_str(&line.to_ascii_lowercase());
        }
        let status = head[9..12].parse().expect("a status code");
        let length: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length: "))
            .and_then(|n| n.trim().parse().ok())
            .expect("a content length");
        let mut body = vec![0; if head_only { 0 } else { length }];
        c.read_exact(&mut body).expect("the body");
        (status, head, body)
    }

    /// Reads at most one byte, as `read` does, but tries again when the read was interrupted:
    /// on Linux a socket read with a timeout fails with `EINTR` when the process is stopped
    /// and continued (signal(7)), even with no signal handler. The burst test failed so in 2
    /// of about 350 runs on a loaded machine, and in 5 of 5 runs stopped and continued 30
    /// times (0 of 5 with this loop).
    fn read_byte(r: &mut impl Read) -> std::io::Result<usize> {
        loop {
            match r.read(&mut [0; 1]) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                other => return other,
            }
        }
    }

    fn connect(port: u16) -> (TcpStream, BufReader<TcpStream>) {
        let c = TcpStream::connect(("127.0.0.1", port)).expect("a connection");
        c.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let reader = BufReader::new(c.try_clone().unwrap());
        (c, reader)
    }

    #[test]
    fn keeps_connections_alive_and_answers_head_and_errors() {
        let server = Server::start(0).unwrap();
        let (mut c, mut r) = connect(server.port);
        let favicon = std::fs::read(root().join("www/favicon.svg")).unwrap();
        // Two requests sent at once, then a HEAD, on one connection.
        c.write_all(
            b"GET /favicon.svg HTTP/1.1\r\nHost: x\r\n\r\nGET /nothing-here HTTP/1.1\r\n\r\n",
        )
        .unwrap();
        let (status, head, body) = read_response(&mut r, false);
        assert_eq!((status, &body), (200, &favicon));
        assert!(head.contains("content-type: image/svg+xml\r\n"), "{head}");
        assert!(head.contains("cache-control: no-store\r\n"), "{head}");
        assert!(head.contains("connection: keep-alive\r\n"), "{head}");
        assert!(head.contains(&format!("content-security-policy: {CSP}\r\n").to_ascii_lowercase()));
        assert_eq!(read_response(&mut r, false).0, 404);
        c.write_all(b"HEAD /favicon.svg HTTP/1.1\r\n\r\n").unwrap();
        let (status, head, _) = read_response(&mut r, true);
        assert_eq!(status, 200);
        assert!(
            head.contains(&format!("content-length: {}\r\n", favicon.len())),
            "{head}"
        );
        // `Connection: close`: the answer, then the end of the connection.
        c.write_all(b"GET /favicon.svg HTTP/1.1\r\nConnection: close\r\n\r\n")
            .unwrap();
        let (status, head, _) = read_response(&mut r, false);
        assert_eq!(status, 200);
        assert!(head.contains("connection: close\r\n"), "{head}");
        assert_eq!(read_byte(&mut r).unwrap(), 0);
        // Other methods and what is no request: an answer, then the end.
        for (sent, want) in [
            (&b"POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n"[..], 405),
            (b"nonsense\r\n\r\n", 400),
        ] {
            let (mut c, mut r) = connect(server.port);
            c.write_all(sent).unwrap();
            assert_eq!(read_response(&mut r, false).0, want);
            assert_eq!(read_byte(&mut r).unwrap(), 0);
        }
        server.stop();
    }

    /// The e2e flake of session 12: Chromium opens several connections at once for a page and
    /// keeps them open; every one must be answered. Bursts of 8 connections, each answered,
    /// then 4 of them closed and 4 kept open. (tiny_http 0.12, the server before, failed it in
    /// 8 runs of 8: it queued a connection for an idle thread that another had taken.)
    #[test]
    fn every_connection_of_a_burst_is_served() {
        let server = Server::start(0).unwrap();
        let mut open = Vec::new();
        for round in 0..50 {
            let mut burst: Vec<_> = (0..8).map(|_| connect(server.port)).collect();
            for (c, _) in &mut burst {
                c.write_all(b"GET /favicon.svg HTTP/1.1\r\nHost: x\r\n\r\n")
                    .unwrap();
            }
            let start = Instant::now();
            for (i, (_, r)) in burst.iter_mut().enumerate() {
                let answered = read_byte(r).is_ok_and(|n| n == 1);
                assert!(
                    answered,
                    "round {round}: connection {i} not answered after {:?}",
                    start.elapsed()
                );
            }
            open.extend(burst.drain(4..));
        }
        server.stop();
    }
}
