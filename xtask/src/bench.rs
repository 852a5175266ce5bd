//! `cargo xtask bench`: criterion benchmarks natively, then the same workloads through the
//! wasm package in Node.js, reported as MB/s and as a ratio to `TextEncoder.encode` (the cost
//! of merely handing the text to WebAssembly), and the peak wasm memory of each workload as a
//! multiple of the input (`tests/js/bench/memory-bench.mjs`). Reads `../shared/corpus/big`
//! when present.
//! Then, in headless Chromium, the DOM highlighter side by side with mark.js
//! (`tests/js/bench/dom-bench.mjs`).

use std::process::Command;

use crate::tools;
use crate::util::{self, root, run as sh};

pub fn run(args: &[String]) -> Result<(), String> {
    let native = !args.iter().any(|a| a == "--wasm-only");
    let wasm = !args.iter().any(|a| a == "--native-only");
    if native {
        sh(util::cargo().args(["bench", "--package", "article-analyzer"]))?;
    }
    if wasm {
        crate::build::build_package()?;
        tools::npm_packages()?;
        let mut cmd = Command::new("node");
        cmd.arg("--expose-gc")
            .arg(root().join("tests/js/bench/wasm-bench.mjs"))
            .current_dir(root());
        if let Some(shared) = util::shared() {
            cmd.env("CORPUS_DIR", shared.join("corpus"));
        }
        let browser = tools::browser();
        match &browser {
            Ok(b) => {
                b.env(&mut cmd);
            }
            Err(e) => eprintln!("note: no Chromium, the browser run is skipped: {e}"),
        }
        sh(&mut cmd)?;
        // Peak wasm memory per workload as a multiple of the input (issue #8), Node.js.
        let mut cmd = Command::new("node");
        cmd.arg(root().join("tests/js/bench/memory-bench.mjs"))
            .current_dir(root());
        if let Some(shared) = util::shared() {
            cmd.env("CORPUS_DIR", shared.join("corpus"));
        }
        sh(&mut cmd)?;
        // The DOM highlighter vs mark.js, page load to first analysis, package bytes (#7).
        if let Ok(b) = &browser {
            let mut cmd = Command::new("node");
            b.env(&mut cmd)
                .arg(root().join("tests/js/bench/dom-bench.mjs"))
                .current_dir(root());
            if let Some(shared) = util::shared() {
                cmd.env("CORPUS_DIR", shared.join("corpus"));
            }
            sh(&mut cmd)?;
        }
    }
    Ok(())
}
