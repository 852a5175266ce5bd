//! `cargo xtask fuzz [--seconds N] [--target T]`: runs the cargo-fuzz targets in `fuzz/` with
//! libFuzzer, each for N seconds (default 60), from a seed corpus made of the test fixtures,
//! and reports executions and coverage. A crash input is kept in `fuzz/artifacts/<target>/`;
//! turn it into a regression test.
//!
//! cargo-fuzz needs nightly compiler flags; on a stable toolchain (the only one this project
//! assumes) they are enabled with `RUSTC_BOOTSTRAP=1`.

use std::path::Path;
use std::process::Command;

use crate::util::{self, flag, root, run as sh};

const TARGETS: &[&str] = &["normalize", "analyze", "quotes"];
const CARGO_FUZZ_VERSION: &str = "0.13.2";

pub fn run(args: &[String]) -> Result<(), String> {
    let seconds: u64 = match flag(args, "--seconds") {
        Some(s) => s
            .parse()
            .map_err(|_| format!("--seconds takes a number (got {s:?})"))?,
        None => 60,
    };
    let targets: Vec<&str> = match flag(args, "--target") {
        Some(t) => vec![TARGETS.iter().copied().find(|k| *k == t).ok_or_else(|| {
            format!("unknown fuzz target {t:?}; targets: {}", TARGETS.join(", "))
        })?],
        None => TARGETS.to_vec(),
    };
    cargo_fuzz()?;
    let fuzz = root().join("fuzz");
    let mut report = Vec::new();
    for target in targets {
        let corpus = fuzz.join("corpus").join(target);
        seed_corpus(&corpus)?;
        let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .current_dir(&fuzz)
            .env("RUSTC_BOOTSTRAP", "1")
            .args(["fuzz", "run", "--fuzz-dir", ".", target])
            .arg(&corpus)
            .args([
                "--",
                &format!("-max_total_time={seconds}"),
                "-print_final_stats=1",
                "-max_len=65536",
            ])
            .output()
            .map_err(|e| format!("cannot run cargo fuzz: {e}"))?;
        let log = String::from_utf8_lossy(&output.stderr);
        let stat = |name: &str| {
            log.lines()
                .find_map(|l| l.strip_prefix(name).map(|v| v.trim().to_owned()))
                .unwrap_or_else(|| "?".into())
        };
        let coverage = log
            .lines()
            .rev()
            .find_map(|l| l.split_whitespace().skip_while(|w| *w != "cov:").nth(1))
            .unwrap_or("?")
            .to_owned();
        let runs = stat("stat::number_of_executed_units:");
        let result = if output.status.success() {
            "clean"
        } else {
            "FAILED"
        };
        println!("{target}: {result}, {runs} executions in {seconds} s, coverage {coverage} edges");
        if !output.status.success() {
            eprintln!(
                "{}",
                log.lines()
                    .rev()
                    .take(40)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
        report.push((target, output.status.success()));
    }
    if report.iter().all(|(_, ok)| *ok) {
        Ok(())
    } else {
        Err("a fuzz target failed; its input is in fuzz/artifacts/".into())
    }
}

/// Installs cargo-fuzz when missing.
fn cargo_fuzz() -> Result<(), String> {
    if util::output(util::cargo().args(["fuzz", "--version"])).is_some() {
        return Ok(());
    }
    let version = format!("={CARGO_FUZZ_VERSION}");
    sh(util::cargo().args(["install", "cargo-fuzz", "--locked", "--version", &version]))
}

/// Seeds the corpus of a target with the test fixtures (real articles in several languages).
fn seed_corpus(corpus: &Path) -> Result<(), String> {
    std::fs::create_dir_all(corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
    let mut stack = vec![root().join("tests/fixtures")];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                let name = path
                    .strip_prefix(root().join("tests/fixtures"))
                    .map(|p| p.to_string_lossy().replace('/', "-"))
                    .unwrap_or_default();
                let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                // Whole articles and their first paragraphs (short inputs mutate faster).
                std::fs::write(corpus.join(&name), &bytes)
                    .and_then(|()| {
                        std::fs::write(
                            corpus.join(format!("head-{name}")),
                            bytes.get(..2048.min(bytes.len())).unwrap_or(&[]),
                        )
                    })
                    .map_err(|e| format!("{}: {e}", corpus.display()))?;
            }
        }
    }
    Ok(())
}
