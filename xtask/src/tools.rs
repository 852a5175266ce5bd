//! Making sure of the tools each command needs, and installing what is missing.
//!
//! Each check is cheap when the tool is present (a version query), so a machine that has
//! everything pays well under a second. Where we cannot install (not root for apt-get), the
//! error says exactly what to run.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{self, output, root, run};

/// The Rust target we compile the package for.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// The minimum Node.js major version (for `initSync`, `TextEncoder`, `node --test`).
const NODE_MIN_MAJOR: u32 = 18;

/// Installs the wasm32 target with rustup when it is missing.
pub fn wasm_target() -> Result<(), String> {
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"]));
    match installed {
        Some(list) if list.lines().any(|l| l.trim() == WASM_TARGET) => Ok(()),
        Some(_) => run(Command::new("rustup").args(["target", "add", WASM_TARGET])),
        None => {
            // No rustup: a toolchain installed another way may still have the target.
            let sysroot = output(Command::new("rustc").args(["--print", "sysroot"]))
                .ok_or("rustc is not on PATH; install Rust with rustup (https://rustup.rs)")?;
            let lib = Path::new(sysroot.trim())
                .join("lib/rustlib")
                .join(WASM_TARGET);
            if lib.is_dir() {
                Ok(())
            } else {
                Err(format!(
                    "the {WASM_TARGET} target is missing and rustup is not available; \
                     install it with your toolchain manager"
                ))
            }
        }
    }
}

/// The version of the `wasm-bindgen` crate in Cargo.lock: the CLI must match it exactly.
pub fn wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = "))
            {
                return Ok(v.trim_matches('"').to_owned());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen package".into())
}

/// Makes sure `wasm-bindgen` and `wasm-bindgen-test-runner` at exactly the version in
/// Cargo.lock are installed (with `cargo install wasm-bindgen-cli`).
pub fn wasm_bindgen() -> Result<(), String> {
    let want = wasm_bindgen_version()?;
    let have = output(Command::new("wasm-bindgen").arg("--version"));
    let runner = util::on_path("wasm-bindgen-test-runner").is_some();
    if runner && have.as_deref().map(str::trim) == Some(&format!("wasm-bindgen {want}")) {
        return Ok(());
    }
    eprintln!(
        "wasm-bindgen CLI {want} is needed (found: {}); installing it with cargo install (a few minutes, once)",
        have.as_deref().map_or("none", str::trim)
    );
    let version = format!("={want}");
    let locked = run(util::cargo().args([
        "install",
        "wasm-bindgen-cli",
        "--version",
        &version,
        "--locked",
    ]));
    if locked.is_err() {
        // `--locked` fails when the registry mirror lags behind the CLI's lock file.
        eprintln!("retrying without --locked");
        run(util::cargo().args(["install", "wasm-bindgen-cli", "--version", &version]))?;
    }
    Ok(())
}

/// The cargo-deny version `cargo xtask test` installs when none is present.
const CARGO_DENY_VERSION: &str = "0.20.2";

/// Makes sure `cargo deny` is available (installing the pinned version with `cargo install`,
/// a few minutes once).
pub fn cargo_deny() -> Result<(), String> {
    if output(util::cargo().args(["deny", "--version"])).is_some() {
        return Ok(());
    }
    eprintln!("cargo-deny is needed for the supply-chain checks; installing {CARGO_DENY_VERSION} (a few minutes, once)");
    let version = format!("={CARGO_DENY_VERSION}");
    run(util::cargo().args(["install", "cargo-deny", "--locked", "--version", &version]))
}

/// Checks that Node.js ≥ 18 is on PATH.
pub fn node() -> Result<(), String> {
    let version = output(Command::new("node").arg("--version")).ok_or(
        "Node.js is not on PATH: install Node.js 18 or newer (Debian: apt-get install nodejs npm)",
    )?;
    let major: u32 = version
        .trim()
        .trim_start_matches('v')
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    if major < NODE_MIN_MAJOR {
        return Err(format!(
            "Node.js {} is too old: version {NODE_MIN_MAJOR} or newer is needed",
            version.trim()
        ));
    }
    Ok(())
}

/// The folder of the development npm packages (TypeScript, playwright-core, binaryen).
pub fn js_dir() -> PathBuf {
    root().join("tests/js")
}

/// Installs the development npm packages from the committed lockfile (`npm ci`) when
/// `node_modules` is missing or older than the lockfile.
pub fn npm_packages() -> Result<(), String> {
    node()?;
    let dir = js_dir();
    let lock = dir.join("package-lock.json");
    let stamp = dir.join("node_modules/.package-lock.json");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let fresh = match (modified(&lock), modified(&stamp)) {
        (Some(l), Some(s)) => s >= l,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&dir))
}

/// The local `wasm-opt` (npm package binaryen) if installed, else one on PATH.
pub fn wasm_opt() -> Option<PathBuf> {
    let local = js_dir().join("node_modules/.bin/wasm-opt");
    if local.is_file() {
        return Some(local);
    }
    util::on_path("wasm-opt")
}

/// The local `esbuild` (npm dev tool, the version in the committed lockfile) if installed,
/// else one on PATH.
pub fn esbuild() -> Option<PathBuf> {
    let local = js_dir().join("node_modules/.bin/esbuild");
    if local.is_file() {
        return Some(local);
    }
    util::on_path("esbuild")
}

/// Paths of a Chromium and a matching chromedriver, and a temporary folder of their own.
pub struct Browser {
    /// The browser binary.
    pub chrome: PathBuf,
    /// The WebDriver server binary.
    pub chromedriver: PathBuf,
    /// The folder given to the browser as `TMPDIR` ([`Browser::env`], when it could be
    /// created), removed when the `Browser` is dropped. Chromium puts its profile's singleton socket in an
    /// `org.chromium.Chromium.*` folder of the temporary folder and leaves it there whenever
    /// it is killed rather than closed; every `cargo xtask test` used to leave some in /tmp.
    pub tmp: PathBuf,
}

impl Browser {
    /// Points `cmd` (which starts the browser, or chromedriver, or a script that does) at
    /// this browser: `CHROME`, `CHROMEDRIVER` and `TMPDIR`.
    pub fn env<'c>(&self, cmd: &'c mut Command) -> &'c mut Command {
        cmd.env("CHROME", &self.chrome)
            .env("CHROMEDRIVER", &self.chromedriver);
        if self.tmp.is_dir() {
            cmd.env("TMPDIR", &self.tmp);
        }
        cmd
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.tmp);
    }
}

fn find_browser() -> Option<Browser> {
    let env_path = |name: &str| std::env::var_os(name).map(PathBuf::from);
    let chrome = env_path("CHROME")
        .filter(|p| p.is_file())
        .or_else(|| util::on_path("chromium"))
        .or_else(|| util::on_path("chromium-browser"))
        .or_else(|| util::on_path("google-chrome"))?;
    let chromedriver = env_path("CHROMEDRIVER")
        .filter(|p| p.is_file())
        .or_else(|| util::on_path("chromedriver"))?;
    let tmp =
        std::env::temp_dir().join(format!("article-analyzer-chromium-{}", std::process::id()));
    // Without it the browser keeps the system's temporary folder: not a reason to report
    // Chromium missing (and install it).
    if let Err(e) = std::fs::create_dir_all(&tmp) {
        eprintln!(
            "note: cannot create {} ({e}); Chromium uses the system's temporary folder",
            tmp.display()
        );
    }
    Some(Browser {
        chrome,
        chromedriver,
        tmp,
    })
}

/// Finds Chromium and chromedriver; installs Debian's `chromium` and `chromium-driver` with
/// apt-get when they are missing and we are root, or says what to run.
pub fn browser() -> Result<Browser, String> {
    if let Some(browser) = find_browser() {
        return Ok(browser);
    }
    const INSTALL: &str = "apt-get update && apt-get install -y chromium chromium-driver";
    let root_user = output(Command::new("id").arg("-u")).is_some_and(|u| u.trim() == "0");
    let apt = util::on_path("apt-get").is_some();
    if !(root_user && apt) {
        return Err(format!(
            "Chromium and chromedriver are needed for the browser tests and were not found.\n\
             Install them (Debian/Ubuntu, as root): {INSTALL}\n\
             or point CHROME and CHROMEDRIVER at a matching pair."
        ));
    }
    eprintln!("installing Chromium and chromedriver from Debian packages");
    run(Command::new("apt-get").arg("update"))?;
    run(Command::new("apt-get")
        .args([
            "install",
            "-y",
            "--no-install-recommends",
            "chromium",
            "chromium-driver",
        ])
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    find_browser().ok_or_else(|| "apt-get installed chromium but it is not on PATH".into())
}
