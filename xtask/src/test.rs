//! `cargo xtask test`: every check, one summary at the end, non-zero exit on any failure.
//!
//! Stages run in order; a stage whose prerequisite failed is reported as skipped rather than
//! failing a second time for the same reason.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::serve::Server;
use crate::tools;
use crate::util::{self, root, run as sh};

struct Outcome {
    name: &'static str,
    result: Result<(), String>,
    seconds: f64,
    skipped: bool,
}

#[derive(Default)]
struct Stages {
    done: Vec<Outcome>,
}

impl Stages {
    fn run(&mut self, name: &'static str, f: impl FnOnce() -> Result<(), String>) -> bool {
        eprintln!("\n=== {name} ===");
        let start = Instant::now();
        let result = f();
        let seconds = start.elapsed().as_secs_f64();
        if let Err(e) = &result {
            eprintln!("--- {name}: FAILED: {e}");
        }
        let ok = result.is_ok();
        self.done.push(Outcome {
            name,
            result,
            seconds,
            skipped: false,
        });
        ok
    }

    fn skip(&mut self, name: &'static str, why: &str) {
        self.done.push(Outcome {
            name,
            result: Err(why.to_owned()),
            seconds: 0.0,
            skipped: true,
        });
    }

    fn summary(&self) -> Result<(), String> {
        println!("\n==================== cargo xtask test: summary ====================");
        let mut passed = 0;
        let mut failed = 0;
        let mut skipped = 0;
        for o in &self.done {
            let status = match (&o.result, o.skipped) {
                (Ok(()), _) => {
                    passed += 1;
                    "ok     ".to_owned()
                }
                (Err(_), true) => {
                    skipped += 1;
                    "skipped".to_owned()
                }
                (Err(_), false) => {
                    failed += 1;
                    "FAILED ".to_owned()
                }
            };
            let detail = match &o.result {
                Err(e) => format!("  ({})", e.lines().next().unwrap_or("")),
                Ok(()) => String::new(),
            };
            println!("{status}  {:>7.1}s  {}{detail}", o.seconds, o.name);
        }
        let total: f64 = self.done.iter().map(|o| o.seconds).sum();
        println!("total {total:.1}s");
        println!("stages: {passed} passed, {failed} failed, {skipped} skipped");
        if failed + skipped == 0 {
            Ok(())
        } else {
            Err(format!("{failed} stage(s) failed, {skipped} skipped"))
        }
    }
}

pub fn run(args: &[String]) -> Result<(), String> {
    if let Some(arg) = args.first() {
        return Err(format!("test takes no arguments (got {arg:?})"));
    }
    let mut stages = Stages::default();
    let root = root();

    // Tools first: a missing tool is reported once, as its own stage.
    let wasm_tools = stages.run("tools: wasm32 target, wasm-bindgen CLI", || {
        tools::wasm_target()?;
        tools::wasm_bindgen()
    });
    let js_tools = stages.run(
        "tools: Node.js and npm packages (npm ci)",
        tools::npm_packages,
    );
    let browser = match tools::browser() {
        Ok(b) => {
            stages.run("tools: Chromium and chromedriver", || Ok(()));
            Some(b)
        }
        Err(e) => {
            stages.run("tools: Chromium and chromedriver", || Err(e));
            None
        }
    };

    stages.run("cargo fmt --check", || {
        sh(util::cargo().args(["fmt", "--all", "--", "--check"]))
    });
    stages.run("cargo clippy (native, all targets)", || {
        sh(util::cargo().args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]))
    });
    if wasm_tools {
        stages.run("cargo clippy (wasm32 binding)", || {
            sh(util::cargo().args([
                "clippy",
                "--lib",
                "--test",
                "wasm",
                "--test",
                "dom",
                "--package",
                "article-analyzer",
                "--target",
                tools::WASM_TARGET,
                "--",
                "-D",
                "warnings",
            ]))
        });
    } else {
        stages.skip("cargo clippy (wasm32 binding)", "wasm tools missing");
    }
    stages.run("cargo deny check licenses bans sources", || {
        tools::cargo_deny()?;
        sh(util::cargo().args(["deny", "check", "licenses", "bans", "sources"]))
    });
    stages.run("cargo doc (every public item, no broken links)", || {
        sh(util::cargo()
            .args(["doc", "--no-deps", "--package", "article-analyzer"])
            .env("RUSTDOCFLAGS", "-D warnings"))
    });
    stages.run("native tests (cargo test --workspace)", || {
        sh(util::cargo().args(["test", "--workspace"]))
    });

    if wasm_tools {
        stages.run("wasm tests in Node.js (wasm-bindgen-test)", || {
            sh(util::cargo().args(["test", "--target", tools::WASM_TARGET, "--test", "wasm"]))
        });
    } else {
        stages.skip(
            "wasm tests in Node.js (wasm-bindgen-test)",
            "wasm tools missing",
        );
    }
    match (&browser, wasm_tools) {
        (Some(b), true) => {
            stages.run(
                "wasm tests in headless Chromium (wasm-bindgen-test, incl. the DOM highlighter)",
                || {
                    sh(util::cargo()
                        .args([
                            "test",
                            "--target",
                            tools::WASM_TARGET,
                            "--test",
                            "wasm",
                            "--test",
                            "dom",
                        ])
                        .env("WASM_BINDGEN_USE_BROWSER", "1")
                        .env("CHROMEDRIVER", &b.chromedriver)
                        .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
                        // wasm-bindgen-test-runner gives chromedriver 5 s by default to
                        // listen on its port, restarts included: a driver 6 s slow to start
                        // failed the stage ("driver failed to bind port during startup").
                        // With 30 s, the runner restarts a driver still deaf after 10 s.
                        .env("WASM_BINDGEN_TEST_DRIVER_TIMEOUT", "30"))
                },
            );
        }
        _ => stages.skip(
            "wasm tests in headless Chromium (wasm-bindgen-test, incl. the DOM highlighter)",
            "Chromium or wasm tools missing",
        ),
    }

    let built = wasm_tools && stages.run("package build (pkg/)", crate::build::build_package);
    const SIZE_STAGE: &str =
        "package size budget (gzipped wasm vs xtask/size-budget.txt, each entry point ≤ 200,000)";
    if built {
        stages.run(SIZE_STAGE, crate::build::check_size_budget);
    } else {
        stages.skip("package build (pkg/)", "wasm tools missing or build failed");
        stages.skip(SIZE_STAGE, "no package");
    }
    let js = root.join("tests/js");
    if built && js_tools {
        stages.run("package typings (tsc --strict usage.ts)", typings);
        stages.run("package in Node.js (node --test: API, worker scheduling, npm pack, exports typings, esbuild)", || {
            crate::build::build_debug_panic_package()?;
            sh(Command::new("node")
                .arg("--test")
                .arg("--test-reporter=spec")
                .args(test_files(&js.join("node"))?)
                .current_dir(&root))
        });
    } else {
        stages.skip("package typings (tsc --strict usage.ts)", "no package");
        stages.skip("package in Node.js (node --test: API, worker scheduling, npm pack, exports typings, esbuild)", "no package");
    }
    // The page, then the embedding pieces (worker API, panel element, esbuild bundle, the
    // Quill editor example): tests/js/e2e/embed.test.mjs, every other file in the first stage.
    let e2e = |embed: bool| -> Result<(), String> {
        let b = browser.as_ref().ok_or("no browser")?;
        let files: Vec<_> = test_files(&js.join("e2e"))?
            .into_iter()
            .filter(|f| f.ends_with("embed.test.mjs") == embed)
            .collect();
        let server = Server::start(0)?;
        let result = sh(Command::new("node")
            .arg("--test")
            .arg("--test-reporter=spec")
            .arg("--test-concurrency=1")
            .args(files)
            .env("BASE_URL", format!("http://127.0.0.1:{}", server.port))
            .env("CHROME", &b.chrome)
            .env("SCREENSHOT_DIR", root.join("target/screenshots"))
            .current_dir(&root));
        server.stop();
        result
    };
    const PAGE: &str = "page end-to-end in headless Chromium";
    const EMBED: &str =
        "embedding end-to-end in headless Chromium (worker, panel, esbuild bundle, Quill example)";
    if browser.is_some() && built && js_tools {
        stages.run(PAGE, || e2e(false));
        stages.run(EMBED, || e2e(true));
    } else {
        stages.skip(PAGE, "Chromium or package missing");
        stages.skip(EMBED, "Chromium or package missing");
    }
    stages.summary()
}

/// The `*.test.mjs` files of a folder, sorted.
fn test_files(dir: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no *.test.mjs files in {}", dir.display()));
    }
    Ok(files)
}

/// Compiles the API contract's usage file with `tsc --strict` against the generated typings.
/// The contract lives in `tests/js/contract/` (a copy, so that a clone alone can run it);
/// when `../shared/api` exists, the copy must equal it.
fn typings() -> Result<(), String> {
    let contract = root().join("tests/js/contract");
    if let Some(shared) = util::shared() {
        for file in ["contract.d.ts", "usage.ts"] {
            let ours = std::fs::read(contract.join(file)).map_err(|e| format!("{file}: {e}"))?;
            if let Ok(theirs) = std::fs::read(shared.join("api").join(file)) {
                if ours != theirs {
                    return Err(format!(
                        "tests/js/contract/{file} differs from ../shared/api/{file}: copy the new contract in"
                    ));
                }
            }
        }
    }
    let tsc = tools::js_dir().join("node_modules/typescript/bin/tsc");
    sh(Command::new("node")
        .arg(tsc)
        .arg("--project")
        .arg(tools::js_dir().join("tsconfig.json")))
}
