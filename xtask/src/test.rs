//! `cargo xtask test`: every check, one summary at the end, non-zero exit on any failure.
//!
//! Stages run in order; a stage whose prerequisite failed is reported as skipped rather than
//! failing a second time for the same reason.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::serve::Server;
use crate::tools;
use crate::util::{self, root, run as sh, Tail};

struct Outcome {
    name: &'static str,
    result: Result<(), String>,
    seconds: f64,
    skipped: bool,
    /// The last lines of what the stage showed (its commands' output and its messages).
    tail: Tail,
    /// Why the stage ran again, one entry per attempt that failed before any test ran.
    retried: Vec<String>,
}

#[derive(Default)]
struct Stages {
    done: Vec<Outcome>,
}

impl Stages {
    fn run(&mut self, name: &'static str, f: impl FnOnce() -> Result<(), String>) -> bool {
        self.run_noting(name, |_| f())
    }

    /// [`Stages::run`] for a stage that may run its command again: `f` notes each retry's
    /// reason in the list it is given.
    fn run_noting(
        &mut self,
        name: &'static str,
        f: impl FnOnce(&mut Vec<String>) -> Result<(), String>,
    ) -> bool {
        eprintln!("\n=== {name} ===");
        util::tail_start();
        let start = Instant::now();
        let mut retried = Vec::new();
        let result = f(&mut retried);
        let seconds = start.elapsed().as_secs_f64();
        if let Err(e) = &result {
            util::say(&format!("--- {name}: FAILED: {e}"));
        }
        let tail = util::tail_take();
        let ok = result.is_ok();
        self.done.push(Outcome {
            name,
            result,
            seconds,
            skipped: false,
            tail,
            retried,
        });
        ok
    }

    fn skip(&mut self, name: &'static str, why: &str) {
        self.done.push(Outcome {
            name,
            result: Err(why.to_owned()),
            seconds: 0.0,
            skipped: true,
            tail: Tail::default(),
            retried: Vec::new(),
        });
    }

    fn summary(&self) -> Result<(), String> {
        println!("\n==================== cargo xtask test: summary ====================");
        // The output of each failed stage first, so that the table stays the very end of the
        // log: a CI log that keeps only its last lines still shows why a stage failed.
        for o in self.done.iter().filter(|o| o.result.is_err() && !o.skipped) {
            print!("{}", failed_tail(o.name, &o.tail));
        }
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
                Ok(()) if o.retried.is_empty() => String::new(),
                Ok(()) => format!(
                    "  (passed on run {}; before, failed before any test ran: {})",
                    o.retried.len() + 1,
                    o.retried.join("; ")
                ),
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
            stages.run_noting(
                "wasm tests in headless Chromium (wasm-bindgen-test, incl. the DOM highlighter)",
                |retried| {
                    let command = || {
                        let mut cmd = util::cargo();
                        b.env(&mut cmd)
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
                            .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
                            // wasm-bindgen-test-runner gives chromedriver 5 s by default to
                            // listen on its port, restarts included: a driver 6 s slow to start
                            // failed the stage ("driver failed to bind port during startup").
                            // With 30 s, the runner restarts a driver still deaf after 10 s.
                            .env("WASM_BINDGEN_TEST_DRIVER_TIMEOUT", "30");
                        cmd
                    };
                    run_retrying(command, BROWSER_ATTEMPTS, retried)
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
        let result = sh(b
            .env(&mut Command::new("node"))
            .arg("--test")
            .arg("--test-reporter=spec")
            .arg("--test-concurrency=1")
            .args(files)
            .env("BASE_URL", format!("http://127.0.0.1:{}", server.port))
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

/// How many times the browser stage runs its command at most: again only after a failure
/// before any test ran ([`failed_before_tests`]).
const BROWSER_ATTEMPTS: usize = 3;

/// Runs `command()` (shown as it comes and captured), again while it fails before any test
/// ran, at most `attempts` times in all; each retry's reason is printed and noted in `retried`.
/// A failure with any test reported failing, or after the tests began, is returned at once.
fn run_retrying(
    command: impl Fn() -> Command,
    attempts: usize,
    retried: &mut Vec<String>,
) -> Result<(), String> {
    let mut attempt = 1;
    loop {
        let ran = util::run_teed(&mut command(), "", true);
        let Err(e) = ran.result else {
            return Ok(());
        };
        let Some(why) = failed_before_tests(&ran.lines) else {
            return Err(e);
        };
        if attempt >= attempts {
            return Err(format!(
                "{e}: failed before any test ran, {attempt} times (last: {why})"
            ));
        }
        util::say(&format!(
            "--- attempt {attempt} of {attempts} failed before any test ran ({why}): \
             not a test failure, so the stage runs again"
        ));
        retried.push(why);
        attempt += 1;
    }
}

/// Why a failed `cargo test` of wasm-bindgen-test binaries failed before any test ran (the
/// WebDriver did not start, the browser session or page did not come up), or `None` when the
/// failure may be the code's and must not be run again:
/// - a test reported failing: `test NAME ... FAIL` (wasm-bindgen-test; libtest's `FAILED`
///   too), `failures:` or `test result: FAILED`;
/// - no test binary ran (no cargo `Running … .wasm` line: a build error);
/// - the binary that failed (the last one cargo ran: it stops at the first failure) had
///   started its tests (`running N tests`): a test that hangs past the timeout or crashes the
///   tab is not told apart from a browser that died.
///
/// The reason is the runner's `Error: …` line, else the binary's last line of its own.
fn failed_before_tests(lines: &[String]) -> Option<String> {
    let failure = |l: &str| {
        l == "failures:"
            || l.starts_with("test result: FAILED")
            || (l.starts_with("test ") && (l.ends_with(" ... FAIL") || l.ends_with(" ... FAILED")))
    };
    if lines.iter().any(|l| failure(l.trim())) {
        return None;
    }
    let start = lines.iter().rposition(|l| {
        let l = l.trim();
        l.starts_with("Running ") && l.contains(".wasm")
    })?;
    let run = &lines[start + 1..];
    let harness =
        |l: &str| l.starts_with("running ") && (l.ends_with(" test") || l.ends_with(" tests"));
    if run.iter().any(|l| harness(l.trim())) {
        return None;
    }
    // cargo's own closing lines say only that the runner failed.
    let cargo = |l: &str| {
        l.is_empty()
            || l.starts_with("error: test failed")
            || l.starts_with("Caused by:")
            || l.starts_with("process didn't exit successfully")
            || l.starts_with("note: test exited abnormally")
    };
    let why = match run.iter().rposition(|l| l.trim().starts_with("Error: ")) {
        // anyhow's `Caused by:` names what failed under the runner's request.
        Some(at) => {
            let mut why = run[at].trim()["Error: ".len()..].to_owned();
            let mut after = run[at + 1..]
                .iter()
                .map(|l| l.trim())
                .filter(|l| !l.is_empty());
            if after.next() == Some("Caused by:") {
                if let Some(cause) = after.next() {
                    why = format!("{why}: {}", cause.trim_start_matches("0: "));
                }
            }
            why
        }
        None => run
            .iter()
            .rev()
            .map(|l| l.trim())
            .find(|l| !cargo(l))
            .unwrap_or("no output from the runner")
            .to_owned(),
    };
    Some(why.chars().take(200).collect())
}

/// The block the summary prints for a failed stage: the last lines of its output.
fn failed_tail(name: &str, tail: &Tail) -> String {
    let mut block = format!("\n---- FAILED: {name}: ");
    if tail.is_empty() {
        block.push_str("no output ----\n");
        return block;
    }
    if tail.cut > 0 {
        block.push_str(&format!(
            "the last {} lines of its output ({} before them not shown) ----\n",
            Tail::LINES,
            tail.cut
        ));
    } else {
        block.push_str("its output ----\n");
    }
    let mut marks = tail.marks_cut().peekable();
    if marks.peek().is_some() {
        block.push_str("  (lines before them that name a failure:)\n");
        for line in marks {
            block.push_str("  ! ");
            block.push_str(line);
            block.push('\n');
        }
    }
    for line in tail.lines() {
        block.push_str("  | ");
        block.push_str(line);
        block.push('\n');
    }
    block
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

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_owned).collect()
    }

    const DOM_PASSED: &str = "\
   Compiling article-analyzer v0.1.0 (/work/main)
    Finished `test` profile [unoptimized + debuginfo] target(s) in 0.98s
     Running tests/dom.rs (target/wasm32-unknown-unknown/debug/deps/dom-202c1e43347ae4fa.wasm)
Set WASM_BINDGEN_TEST_TIMEOUT to 120 seconds...
Running headless tests in Chrome on `http://127.0.0.1:40571/`
Try find `webdriver.json` for configure browser's capabilities:
Ok
Loading Wasm module...

running 16 tests
test quotes_are_drawn_as_ranges ... ok

test result: ok. 16 passed; 0 failed; 0 ignored; 0 filtered out; finished in 2.01s

     Running tests/wasm.rs (target/wasm32-unknown-unknown/debug/deps/wasm-43889e37bf4392e0.wasm)
Set WASM_BINDGEN_TEST_TIMEOUT to 120 seconds...
";

    const CARGO_END: &str = "\
error: test failed, to rerun pass `--test wasm`

Caused by:
  process didn't exit successfully: `wasm-bindgen-test-runner target/wasm-43889e37bf4392e0.wasm` (exit status: 1)
note: test exited abnormally; to see the full output pass --nocapture to the harness.
";

    #[test]
    fn a_driver_that_never_bound_its_port_is_run_again() {
        let out = format!(
            "{DOM_PASSED}driver status: signal: 9 (SIGKILL)\n\
             Error: driver failed to bind port during startup\n\nStack backtrace:\n   0: anyhow::msg\n{CARGO_END}"
        );
        assert_eq!(
            failed_before_tests(&lines(&out)).as_deref(),
            Some("driver failed to bind port during startup")
        );
    }

    #[test]
    fn a_session_or_page_that_did_not_come_up_is_run_again() {
        let session = format!(
            "{DOM_PASSED}Running headless tests in Chrome on `http://127.0.0.1:42113/`\n\
             Error: failed to create a Chrome session: session not created: Chrome failed to start: crashed\n{CARGO_END}"
        );
        assert!(failed_before_tests(&lines(&session))
            .unwrap()
            .starts_with("failed to create a Chrome session"));
        let refused = format!(
            "{DOM_PASSED}Error: webdriver POST /session request failed\n\nCaused by:\n    http status: 501\n\n\
             Stack backtrace:\n   0: anyhow::msg\n{CARGO_END}"
        );
        assert_eq!(
            failed_before_tests(&lines(&refused)).as_deref(),
            Some("webdriver POST /session request failed: http status: 501")
        );
        // The page never ran the harness (the runner waited out its timeout).
        let page = format!(
            "{DOM_PASSED}Loading Wasm module...\n\
             Failed to detect test as having been run. It might have timed out.\n{CARGO_END}"
        );
        assert_eq!(
            failed_before_tests(&lines(&page)).as_deref(),
            Some("Failed to detect test as having been run. It might have timed out.")
        );
        // Nothing of the runner's own: the reason says so rather than quoting cargo.
        let silent = format!("{DOM_PASSED}{CARGO_END}");
        assert_eq!(
            failed_before_tests(&lines(&silent)).as_deref(),
            Some("Set WASM_BINDGEN_TEST_TIMEOUT to 120 seconds...")
        );
    }

    #[test]
    fn a_failing_test_is_never_run_again() {
        let failed = format!(
            "{DOM_PASSED}running 14 tests\ntest spans_slice_the_callers_string ... FAIL\n\n\
             failures:\n\n---- spans_slice_the_callers_string output ----\n    error output:\n        panicked at tests/wasm.rs:40:5\n\n\
             failures:\n\n    spans_slice_the_callers_string\n\n\
             test result: FAILED. 13 passed; 1 failed; 0 ignored; 0 filtered out; finished in 1.16s\n\n\
             console output:\n    hello\nError: some tests failed\n{CARGO_END}"
        );
        assert_eq!(failed_before_tests(&lines(&failed)), None);
        // Even when only the per-test line made it out before the runner broke off.
        let cut = format!(
            "{DOM_PASSED}running 14 tests\ntest spans_slice_the_callers_string ... FAIL\n\
             Error: webdriver POST /session/x/execute/sync request failed\n{CARGO_END}"
        );
        assert_eq!(failed_before_tests(&lines(&cut)), None);
        // A FAIL in the first binary, with the runner failing early for the second one.
        let first = DOM_PASSED.replace("... ok", "... FAIL")
            + "Error: driver failed to bind port during startup\n"
            + CARGO_END;
        assert_eq!(failed_before_tests(&lines(&first)), None);
    }

    #[test]
    fn a_failure_after_the_tests_began_or_before_any_binary_ran_is_not_run_again() {
        // A test that hangs past the timeout, or a tab that dies, looks the same.
        let hang = format!(
            "{DOM_PASSED}Loading Wasm module...\n\nrunning 14 tests\ntest empty_and_nul_input ... ok\n\
             Failed to detect test as having been run. It might have timed out.\n{CARGO_END}"
        );
        assert_eq!(failed_before_tests(&lines(&hang)), None);
        let crash = format!(
            "{DOM_PASSED}running 14 tests\n\
             Error: non-200 response code: 404\n{{\"value\":{{\"error\":\"invalid session id\"}}}}\n{CARGO_END}"
        );
        assert_eq!(failed_before_tests(&lines(&crash)), None);
        let build = "   Compiling article-analyzer v0.1.0 (/work/main)\n\
             error[E0425]: cannot find value `x` in this scope\n\
             error: could not compile `article-analyzer` (test \"dom\") due to 1 previous error\n";
        assert_eq!(failed_before_tests(&lines(build)), None);
    }

    #[test]
    fn the_summary_shows_the_last_lines_of_a_failed_stage() {
        let mut tail = Tail::default();
        tail.push("test the_pool ... FAIL");
        for i in 2..=45 {
            tail.push(&format!("line {i}"));
        }
        tail.push("test result: FAILED. 13 passed; 1 failed");
        assert_eq!(tail.cut, 6);
        assert_eq!(tail.lines().count(), Tail::LINES);
        let block = failed_tail("wasm tests", &tail);
        assert!(block.contains("---- FAILED: wasm tests: the last 40 lines of its output (6 before them not shown) ----"));
        assert!(
            block.contains("  | line 7\n")
                && block.ends_with("  | test result: FAILED. 13 passed; 1 failed\n")
        );
        assert!(!block.contains("line 6\n"));
        // A failure named above the last lines is shown too, once.
        assert_eq!(block.matches("the_pool").count(), 1);
        assert!(block.contains("  ! test the_pool ... FAIL\n"));
        assert_eq!(block.matches("test result: FAILED").count(), 1);
        assert!(failed_tail("fmt", &Tail::default()).contains("fmt: no output"));
    }

    #[test]
    fn a_stage_keeps_the_tail_of_its_commands_and_a_command_its_lines() {
        // One test for the process-wide tail, so that no other test runs commands into it.
        util::tail_start();
        util::say("before");
        let mut cmd = Command::new("sh");
        cmd.args([
            "-c",
            "printf 'out 1\\n\\033[32mgreen\\033[0m\\n'; echo 'err 1' >&2; printf 'progress\\rdone'; exit 3",
        ]);
        let ran = util::run_teed(&mut cmd, "", true);
        let tail = util::tail_take();
        let err = ran.result.unwrap_err();
        assert!(err.contains("exit status: 3"), "{err}");
        let mut got = ran.lines.clone();
        got.sort();
        assert_eq!(got, ["done", "err 1", "green", "out 1"]);
        let kept: Vec<&str> = tail.lines().collect();
        assert_eq!(kept.len(), 6, "{kept:?}");
        assert_eq!(kept[0], "before");
        assert!(kept[1].starts_with("$ sh -c"));
        // No tail once taken, and a command not asked to keep its lines keeps none.
        let ran = util::run_teed(&mut Command::new("true"), "", false);
        assert!(ran.result.is_ok() && ran.lines.is_empty());
        assert!(util::tail_take().is_empty());
    }

    #[test]
    fn plain_lines_lose_colours_and_overwritten_text() {
        assert_eq!(
            util::plain_line("\u{1b}[1m\u{1b}[32mRunning\u{1b}[0m x"),
            "Running x"
        );
        assert_eq!(util::plain_line("50%\r100%\r"), "100%");
        assert_eq!(util::plain_line("é ok"), "é ok");
    }
}
