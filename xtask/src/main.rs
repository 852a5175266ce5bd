//! `cargo xtask <command>`: the project's automation, in Rust so that it runs wherever cargo
//! does. Every command first makes sure of the tools it needs (see `tools.rs`) and installs
//! what is missing, or says exactly what to run where it cannot.

mod bench;
mod build;
mod eval;
mod fuzz;
mod imports;
mod order;
mod serve;
mod test;
mod tools;
mod util;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  build              release build for wasm32, wasm-bindgen --target web, wasm-opt,
                     writes the npm package to pkg/ and prints its size
  build --no-reorder the same without the function-order search: ~3 min shorter, and
                     a size that moves with the source only (for comparing changes)
  serve [--port N]   build, then serve www/ at / and pkg/ at /pkg/ on 127.0.0.1:N
                     (default 8080) until Ctrl-C
  test               every check: fmt, clippy, native tests, wasm tests in Node and in
                     headless Chromium, package typings (tsc --strict), page end-to-end
  bench              criterion benchmarks natively, then the same workloads through the
                     wasm package in Node.js and headless Chromium (reads
                     ../shared/corpus/big when present)
  eval [--dev-only] [--update-benchmarks] [--verbose[=marked|indirect|speech|all]]
       [--polnear-dir DIR] [--heldout-dir DIR]
                     score quote extraction against tests/fixtures/quotes gold and, when
                     present, ../shared/eval (PolNeAR, German Wikinews) and the held-out
                     gold (tests/fixtures/quotes/heldout, articles of ../shared/corpus;
                     left out with --dev-only); with --polnear-dir, also a brat folder
                     laid out like PolNeAR's data/<split>/ (the TRAIN split: per-item
                     output allowed)
  eval --check-gold DIR
                     resolve every *.gold of DIR against its article (a .txt beside it,
                     or ../shared/corpus/<lang>/NNN.txt for <lang>-NNN.gold) without
                     extracting; lines per kind, every line that does not resolve
  eval --agree DIR [--heldout-dir FIRST]
                     inter-annotator agreement, counts only: a second annotation of the
                     held-out articles in DIR (<lang>-NNN.gold) against the held-out gold
                     (or FIRST): items paired at 30 % / 80 %, same kind, speaker, cue
  fuzz [--seconds N] [--target T]
                     run the cargo-fuzz targets (normalize, analyze, quotes) for N seconds
                     each (default 60) from a corpus seeded with tests/fixtures
  help               this text
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(command) = args.first() else {
        eprint!("{USAGE}");
        return ExitCode::FAILURE;
    };
    let rest = args.get(1..).unwrap_or_default();
    let result = match command.as_str() {
        "build" => build::run(rest),
        "serve" => serve::run(rest),
        "test" => test::run(rest),
        "bench" => bench::run(rest),
        "eval" => eval::run(rest),
        "fuzz" => fuzz::run(rest),
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command {other:?}\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask {command}: error: {message}");
            ExitCode::FAILURE
        }
    }
}
