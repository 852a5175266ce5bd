//! `cargo xtask build`: the npm package in `pkg/`.

use std::io::Write;
use std::path::Path;
use std::process::Command;

use crate::tools;
use crate::util::{self, root, run as sh};

/// Flags for the WebAssembly features that rustc enables by default for wasm32 and that
/// wasm-bindgen's output uses; wasm-opt must be told about them.
/// The hand-written ES modules of the package (in `js/`), each with its typings, copied into
/// `pkg/` as they are: `article-analyzer/worker` (the analyzer in a Web Worker), the worker
/// script it starts, and `article-analyzer/panel` (the `<article-analyzer-panel>` element).
pub const JS_MODULES: &[&str] = &[
    "worker.js",
    "worker.d.ts",
    "analyzer-worker.js",
    "analyzer-worker.d.ts",
    "panel.js",
    "panel.d.ts",
];

/// wasm-opt's flags besides its passes, the same for the first run and the one after the
/// reorder (`order.rs`).
const WASM_OPT_FLAGS: &[&str] = &[
    // Rust's wasm32 layout puts the stack below 1 MiB (growing down) and the data above it, so
    // no valid pointer falls in the first KiB: wasm-opt may fold address arithmetic into
    // load/store offsets (−1.1 KB gzipped, 2026-11-30).
    "--low-memory-unused",
    // Custom sections no browser reads (−0.2 KB gzipped).
    "--strip-producers",
    "--strip-target-features",
    // binaryen inlines every function that has one caller, whatever its size: it put
    // `extract_window`, `indirect_events` and `extract_counting_words` (`minsize`, ~55 KB) into
    // `Analyzer::analyze`, where V8's code for them ran 9.0 M / 18.5 M more instructions a quotes
    // call on big/ar / big/en. Above 2,400 (binaryen's size measure, expressions) such a function
    // stays a function: those three, `keywords::auto::extract` and the `normalize` export's
    // body (−649 B gz; BENCHMARKS.md, session 55 (speed-af)).
    "--one-caller-inline-max-function-size",
    "2400",
];

const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

pub fn run(args: &[String]) -> Result<(), String> {
    match args {
        [] => build_package(),
        [arg] if arg == "--no-reorder" => build_package_with(false),
        [arg, ..] => Err(format!(
            "build takes no arguments but --no-reorder (got {arg:?})"
        )),
    }
}

/// `cargo rustc --release --lib` of the library for the wasm target: the package build and
/// the IR pass of [`size_attributes`] differ only in what they add after it.
fn release_wasm_rustc() -> std::process::Command {
    let mut cmd = util::cargo();
    cmd.args([
        "rustc",
        "--release",
        "--lib",
        "--package",
        "article-analyzer",
        "--target",
        tools::WASM_TARGET,
    ]);
    cmd
}

/// Builds the package into `pkg/`; prints the wasm size raw and gzipped.
pub fn build_package() -> Result<(), String> {
    build_package_with(true)
}

/// [`build_package`], with or without [`crate::order::reorder`]'s function-order search.
/// Without it (`cargo xtask build --no-reorder`) a build is ~3 minutes shorter and its size
/// depends on the source alone: the search moves each build by ±400–850 B gzipped
/// (BENCHMARKS.md, session 49), more than most changes being compared. That package is for
/// such comparisons, not for shipping.
fn build_package_with(reorder: bool) -> Result<(), String> {
    tools::wasm_target()?;
    tools::wasm_bindgen()?;
    let root = root();
    let target_dir = std::env::var("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| root.join("target"));
    let attrs = size_attributes(&target_dir)?;
    let mut build = release_wasm_rustc();
    build.arg("--");
    build.arg(format!(
        "-Cllvm-args=-forceattrs-csv-path={}",
        attrs.display()
    ));
    // LLVM inlines an `#[inline]` function (std's, mostly) into opt-level-3 and `optsize`
    // callers up to cost 200 instead of 325: -0.7 KB gzipped, wasm instructions of quote
    // extraction unchanged (100: -1.1 KB but +2.9 % big/ar, +4.4 % big/en; BENCHMARKS.md,
    // session 28 (bytes-e)).
    build.arg("-Cllvm-args=-inlinehint-threshold=200");
    // LLVM reports every name of the CSV that the module does not define: the unoptimised
    // IR's generic instances that the release build inlined away, ~500 lines per build.
    let missing = util::run_dropping(&mut build, "Function in CSV file at line")?;
    if missing > 0 {
        eprintln!(
            "note: {missing} names of the size-attribute list are not in the release module \
             (generic instances inlined away; expected)"
        );
    }
    let wasm = target_dir
        .join(tools::WASM_TARGET)
        .join("release/article_analyzer.wasm");
    let pkg = root.join("pkg");
    if pkg.exists() {
        std::fs::remove_dir_all(&pkg).map_err(|e| format!("cannot clear pkg/: {e}"))?;
    }
    sh(Command::new("wasm-bindgen")
        .arg("--target")
        .arg("web")
        .arg("--out-dir")
        .arg(&pkg)
        .arg(&wasm))?;
    let bg = pkg.join("article_analyzer_bg.wasm");
    let before = size(&bg)?;
    // wasm-opt comes from the npm package binaryen (Debian's is too old for wasm-bindgen's
    // output); without Node.js the package is still built, just not optimised.
    if let Err(e) = tools::npm_packages() {
        eprintln!("note: cannot install the npm dev tools ({e}); building without wasm-opt");
    }
    match tools::wasm_opt() {
        Some(wasm_opt) => {
            let mut cmd = Command::new(&wasm_opt);
            // Two -O3 pipelines in one run: the second finds more after the first's inlining
            // (−0.4 KB gzipped, +1.6 s; a third gave some back: BENCHMARKS.md, session 12).
            cmd.args(["-O3", "-O3"])
                .args(WASM_OPT_FLAGS)
                .args(WASM_FEATURES)
                .arg(&bg)
                .arg("-o")
                .arg(&bg);
            util::run(&mut cmd)?;
            if !reorder {
                eprintln!("note: --no-reorder: the functions keep wasm-opt's order");
            }
            // The functions in the order that compresses best (−2.4 KB gzipped), then one
            // more -O3 with the same flags, then the data segments in such an order too
            // (−0.5 KB; xtask/src/order.rs).
            if reorder {
                crate::order::reorder(
                    &wasm_opt,
                    &bg,
                    WASM_FEATURES,
                    &[&["-O3"], WASM_OPT_FLAGS].concat(),
                )?;
            }
        }
        None => eprintln!(
            "note: wasm-opt not found (run `npm ci` in tests/js, or install binaryen); \
             the package is built without it"
        ),
    }
    portable_typings(&pkg.join("article_analyzer.d.ts"))?;
    crate::imports::minify(&bg, &pkg.join("article_analyzer.js"))?;
    inline_snippets(&pkg)?;
    guard_stale_objects(&pkg.join("article_analyzer.js"))?;
    for file in JS_MODULES {
        std::fs::copy(root.join("js").join(file), pkg.join(file))
            .map_err(|e| format!("cannot copy js/{file} into pkg/: {e}"))?;
    }
    // After every patch of the glue: the minifier renames its local names.
    if let Some(js) = JS_MODULES
        .iter()
        .find(|f| f.ends_with(".js") && !MINIFIED.iter().any(|(m, _)| m == *f))
    {
        return Err(format!(
            "js/{js} is not in MINIFIED (xtask/src/build.rs): add it with its target"
        ));
    }
    let maps = match tools::esbuild() {
        Some(esbuild) => {
            minify_style(&esbuild, &pkg.join("panel.js"))?;
            minify_js(&esbuild, &pkg, MINIFIED, true)?;
            true
        }
        None => {
            eprintln!(
                "note: esbuild not found (run `npm ci` in tests/js); the package's JavaScript \
                 is shipped unminified (2.8 KB more gzipped on the main entry, 6.7 KB on the panel's)"
            );
            false
        }
    };
    write_package_json(&pkg, maps)?;
    for file in ["README.md", "LICENSE-MIT", "LICENSE-APACHE"] {
        std::fs::copy(root.join(file), pkg.join(file))
            .map_err(|e| format!("cannot copy {file} into pkg/: {e}"))?;
    }
    let raw = size(&bg)?;
    let gz = gzip_size(&bg)?;
    println!(
        "pkg/article_analyzer_bg.wasm: {raw} bytes ({:.1} KiB), {gz} bytes gzipped ({:.1} KiB); before wasm-opt {before} bytes",
        raw as f64 / 1024.0,
        gz as f64 / 1024.0
    );
    print_sizes(&pkg)?;
    // `cargo xtask test` fails on them; here they are warnings. The budget and the entry
    // target are for the reordered build: without the reorder the module is ~4–5 KB larger.
    if !reorder {
        println!(
            "note: --no-reorder: sizes for comparing changes; the size budget and the entry \
             target apply to `cargo xtask build`"
        );
    } else if let Err(e) = check_size_budget() {
        for line in e.lines() {
            println!("warning: {line}");
        }
    }
    Ok(())
}

/// The runtime JavaScript of the package, minified in place by [`minify_js`], each with the
/// ECMAScript version esbuild targets: the newest syntax the file already uses (ES2020: `?.`
/// and `??`; `panel.js` ES2022: private class members), so that the minifier neither rewrites
/// a construct into helpers nor brings in newer syntax (the output is the same as with
/// `esnext` for these files, measured 2026-12-01).
const MINIFIED: &[(&str, &str)] = &[
    ("article_analyzer.js", "es2020"),
    ("worker.js", "es2020"),
    ("analyzer-worker.js", "es2020"),
    ("panel.js", "es2022"),
];

/// Minifies `files` of `dir` in place with esbuild (`--minify`: whitespace, syntax and local
/// names; exported names, string literals and so every error message are kept; ES module
/// syntax is kept, nothing is bundled). A `/* … */` comment on a file's first line (the
/// glue's `@ts-self-types` directive for Deno) is kept as the first line; esbuild keeps
/// `/*! … */` and `@license` comments by itself; other comments go (they are in the map).
///
/// With `maps`, each `X.js` gets `X.js.map` (with the unminified text in `sourcesContent`,
/// so a reader of the package or a debugger sees the readable code; no page loads it unless
/// its developer tools are open) and a `//# sourceMappingURL=X.js.map` line. The map's source
/// is named `unminified/X.js`, so that debuggers do not show two files of the same URL.
fn minify_js(esbuild: &Path, dir: &Path, files: &[(&str, &str)], maps: bool) -> Result<(), String> {
    for &(file, target) in files {
        let path = dir.join(file);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let first = text.lines().next().unwrap_or("");
        let banner = (first.starts_with("/*") && first.trim_end().ends_with("*/")).then_some(first);
        let mut cmd = Command::new(esbuild);
        cmd.arg(&path)
            .arg(format!("--outfile={}", path.display()))
            .arg("--allow-overwrite")
            .arg("--minify")
            .arg(format!("--target={target}"))
            .arg("--charset=utf8")
            .arg("--log-level=warning");
        if let Some(banner) = banner {
            cmd.arg(format!("--banner:js={banner}"));
        }
        if maps {
            cmd.arg("--sourcemap").arg("--sources-content=true");
        }
        sh(&mut cmd)?;
        if maps {
            let map = dir.join(format!("{file}.map"));
            let json =
                std::fs::read_to_string(&map).map_err(|e| format!("{}: {e}", map.display()))?;
            let from = format!("\"sources\": [\"{file}\"]");
            if json.matches(&from).count() != 1 {
                return Err(format!(
                    "{}: expected {from} (esbuild's source map changed shape); review minify_js in xtask/src/build.rs",
                    map.display()
                ));
            }
            let json = json.replace(&from, &format!("\"sources\": [\"unminified/{file}\"]"));
            std::fs::write(&map, json).map_err(|e| format!("{}: {e}", map.display()))?;
        }
    }
    Ok(())
}

/// Minifies the style sheet text of `panel.js` (the template literal `const STYLE = `…`;`,
/// kept readable in `js/panel.js` as the documentation of the theming parts) with esbuild's
/// CSS minifier before the file itself is minified, which leaves string contents alone:
/// −58 bytes gzipped on the panel entry (BENCHMARKS.md, session 11). A literal that
/// interpolates or escapes anything is left as it is.
fn minify_style(esbuild: &Path, panel: &Path) -> Result<(), String> {
    const OPEN: &str = "const STYLE = `";
    let text = std::fs::read_to_string(panel).map_err(|e| format!("{}: {e}", panel.display()))?;
    let Some(start) = text.find(OPEN).map(|i| i + OPEN.len()) else {
        return Err(format!(
            "{}: no `{OPEN}` (review minify_style in xtask/src/build.rs)",
            panel.display()
        ));
    };
    let Some(len) = text[start..].find("`;") else {
        return Err(format!(
            "{}: the STYLE literal does not end",
            panel.display()
        ));
    };
    let css = &text[start..start + len];
    if css.contains("${") || css.contains('\\') {
        return Ok(());
    }
    let mut child = Command::new(esbuild)
        .args(["--loader=css", "--minify", "--log-level=warning"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", esbuild.display()))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(css.as_bytes())
            .map_err(|e| format!("esbuild (CSS): {e}"))?;
    }
    let out = child
        .wait_with_output()
        .map_err(|e| format!("esbuild (CSS): {e}"))?;
    let min = String::from_utf8(out.stdout).map_err(|e| format!("esbuild (CSS): {e}"))?;
    let min = min.trim();
    if !out.status.success() || min.is_empty() || min.contains('`') {
        return Err(format!(
            "esbuild could not minify the STYLE of {}",
            panel.display()
        ));
    }
    let patched = format!("{}{min}{}", &text[..start], &text[start + len..]);
    std::fs::write(panel, patched).map_err(|e| format!("{}: {e}", panel.display()))
}

/// The runtime files of each entry point of the package (what a page loads for it), as
/// `(name, files)`, the main entry first: the glue instantiates the wasm; `worker.js` starts
/// `analyzer-worker.js`, which imports the glue; `panel.js` imports `worker.js`.
const ENTRY_POINTS: &[(&str, &[&str])] = &[
    (
        "main entry \".\" (glue + wasm)",
        &["article_analyzer.js", "article_analyzer_bg.wasm"],
    ),
    (
        "worker entry \"./worker\" (worker.js + analyzer-worker.js + glue + wasm)",
        &[
            "worker.js",
            "analyzer-worker.js",
            "article_analyzer.js",
            "article_analyzer_bg.wasm",
        ],
    ),
    (
        "panel entry \"./panel\" (panel.js + the worker entry)",
        &[
            "panel.js",
            "worker.js",
            "analyzer-worker.js",
            "article_analyzer.js",
            "article_analyzer_bg.wasm",
        ],
    ),
];

/// Each entry point of [`ENTRY_POINTS`] with the sum of `size` over its files; the first
/// error of `size` ends it.
fn entry_totals<E>(
    mut size: impl FnMut(&'static str) -> Result<usize, E>,
) -> Result<Vec<(&'static str, usize)>, E> {
    let mut totals = Vec::new();
    for (entry, files) in ENTRY_POINTS {
        let mut total = 0;
        for file in *files {
            total += size(file)?;
        }
        totals.push((*entry, total));
    }
    Ok(totals)
}

/// Issue #7's target for the package, gzipped bytes: what a page downloads for any one entry
/// point (its runtime files of [`ENTRY_POINTS`]; the panel's are every runtime file).
pub const ENTRY_TARGET: usize = 200_000;

/// Prints the gzipped size of every runtime file of `pkg`, of each entry point, of all
/// runtime `.js` + `.wasm`, of the source maps, and the `npm pack` tarball's size.
fn print_sizes(pkg: &Path) -> Result<(), String> {
    let mut runtime = Vec::new();
    let mut maps = Vec::new();
    let mut names: Vec<String> = std::fs::read_dir(pkg)
        .map_err(|e| format!("{}: {e}", pkg.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    for name in &names {
        if name.ends_with(".js") || name.ends_with(".wasm") {
            runtime.push(name.as_str());
        } else if name.ends_with(".js.map") {
            maps.push(name.as_str());
        }
    }
    let mut gz = std::collections::BTreeMap::new();
    println!("gzipped sizes (flate2 best, what a server sends):");
    for name in runtime.iter().chain(&maps) {
        let path = pkg.join(name);
        let (raw, z) = (size(&path)?, gzip_size(&path)?);
        println!("  {name:<28} {raw:>7} bytes, {z:>6} gzipped");
        gz.insert(*name, z);
    }
    for (entry, total) in entry_totals(|f| gz.get(f).copied().ok_or(()))
        .into_iter()
        .flatten()
    {
        println!("  {entry}: {total} bytes gzipped (issue #7 target: ≤ {ENTRY_TARGET})");
    }
    let all: usize = runtime.iter().map(|f| gz[f]).sum();
    println!("  all runtime .js + .wasm: {all} bytes gzipped");
    if !maps.is_empty() {
        let m: usize = maps.iter().map(|f| gz[f]).sum();
        println!("  source maps (*.js.map, read by debuggers only): {m} bytes gzipped");
    }
    match util::output(
        Command::new("npm")
            .args(["pack", "--dry-run", "--json", "--ignore-scripts"])
            .current_dir(pkg),
    )
    .and_then(|out| serde_json::from_str::<serde_json::Value>(&out).ok())
    {
        Some(json) => println!(
            "  npm pack tarball: {} bytes ({} files, {} bytes unpacked)",
            json[0]["size"], json[0]["entryCount"], json[0]["unpackedSize"]
        ),
        None => println!("  npm pack tarball: not measured (npm pack --dry-run failed)"),
    }
    Ok(())
}

/// The functions compiled for size rather than speed (LLVM's `optsize`, as `opt-level = "s"`
/// would do, but for these functions only; stable Rust has no per-function or per-module
/// opt-level): everything in `src/quotes/` and the `OnceLock` initialisers (the tables built
/// at first use), plus a few first-use builders of the keyword and language data.
///
/// Quote extraction is branchy rule code whose time goes into look-ups and allocation, not
/// into tight loops: `opt-level = 3` unrolls its many short constant-range loops and inlines
/// freely for no CPU time measured, and it is ~45 % of the module's code. Compiled for size,
/// the module is ~4.2 KB smaller gzipped (issue #7; BENCHMARKS.md "package size: the wasm,
/// session 10"), with the same CPU time in Node.js (`tests/js/bench/ab-cpu.mjs`).
///
/// How: LLVM's `-forceattrs-csv-path` adds the attribute to functions by symbol name, so the
/// names come from a quick unoptimised build of the crate to LLVM IR (its own target dir, ~5 s
/// once the dependencies are built there). LLVM applies the attribute before inlining, so a
/// function inlined into a quote function is also compiled for size there. A name that no
/// longer matches (a toolchain upgrade changes the symbol hashes; the IR is rebuilt each time,
/// so it should not happen) only loses the saving; the size budget stage would report it.
///
/// The generic instances that only these functions call (iterator adapters, `collect`, `Vec`
/// growth for the quote types and closures) are added from the IR's call graph
/// ([`only_called_from`]): −4,450 B gzipped (BENCHMARKS.md "package size: the generic
/// instances of the size-compiled code, session 15").
///
/// The names build is unoptimised, where a `#[inline]` function is one shared instance; the
/// release build makes it a local copy whose symbol hash differs, so no attribute would reach
/// it (until session 25 none did for the 42 `#[inline]` functions of `src/quotes/`: not even
/// `alwaysinline` for `filter_parts`, `Token::adverbial` and `Doc::is_comma`). Code under
/// these prefixes writes `#[cfg_attr(not(target_arch = "wasm32"), inline)]` instead: the
/// native build keeps its hint, the wasm build takes its attributes from here (and from
/// nowhere for those taken out of [`INLINE_PREFIXES`] since, which keep the native hint).
///
/// Returns the path of the CSV file (`symbol,optsize` lines) for the release build.
fn size_attributes(target_dir: &Path) -> Result<std::path::PathBuf, String> {
    let names_dir = target_dir.join("size-names");
    sh(release_wasm_rustc()
        .arg("--target-dir")
        .arg(&names_dir)
        .args(["--", "--emit=llvm-ir", "-Copt-level=0"]))?;
    let ir_path = names_dir
        .join(tools::WASM_TARGET)
        .join("release/deps/article_analyzer.ll");
    let ir =
        std::fs::read_to_string(&ir_path).map_err(|e| format!("{}: {e}", ir_path.display()))?;
    let csv = size_attribute_csv(&ir);
    // The file's content is in its name: cargo sees the path in the rustc arguments, not the
    // content, and would otherwise keep a module built with other attributes (after a change
    // of the prefixes below, the source being the same).
    let mut hasher = std::hash::DefaultHasher::new();
    std::hash::Hash::hash(&csv, &mut hasher);
    let digest = std::hash::Hasher::finish(&hasher);
    let path = target_dir.join(format!("size-attributes-{digest:016x}.csv"));
    std::fs::create_dir_all(target_dir).map_err(|e| format!("{}: {e}", target_dir.display()))?;
    std::fs::write(&path, csv).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// Legacy-mangled symbol prefixes of the functions [`size_attributes`] compiles for size.
const SIZE_PREFIXES: &[&str] = &[
    // article_analyzer::quotes::…
    "_ZN16article_analyzer6quotes",
    // std::sync::once_lock::OnceLock<T>::initialize (and its closures): the first-use tables
    "_ZN3std4sync9once_lock17OnceLock$LT$T$GT$10initialize",
    // keywords::{folded, folded_set, folded_with_apostrophes}, Rules::finish, latin::make and the
    // initialiser of latin::all (not the accessor itself, called per look-up)
    "_ZN16article_analyzer8keywords6folded17h",
    "_ZN16article_analyzer8keywords10folded_set17h",
    "_ZN16article_analyzer8keywords23folded_with_apostrophes17h",
    "_ZN16article_analyzer8keywords5Rules6finish",
    "_ZN16article_analyzer8keywords5latin4make",
    "_ZN16article_analyzer8keywords5latin3all28_",
    // lang::folded_set and the initialisers of lang::sets / lang::low_tables
    "_ZN16article_analyzer4lang10folded_set17h",
    "_ZN16article_analyzer4lang4sets28_",
    "_ZN16article_analyzer4lang10low_tables28_",
    // normalize: what one character becomes (fold.rs) and the lookup pages built from it,
    // at the first use of each page (table.rs' builders, not its look-ups)
    "_ZN16article_analyzer9normalize4fold9fold_once17h",
    "_ZN16article_analyzer9normalize4fold11search_fold17h",
    "_ZN16article_analyzer9normalize4fold15canonical_order",
    "_ZN16article_analyzer9normalize4fold11clean_class17h",
    "_ZN16article_analyzer9normalize4fold13compatibility",
    "_ZN16article_analyzer9normalize5table5build17h",
    "_ZN16article_analyzer9normalize5table3map17h",
    "_ZN16article_analyzer9normalize5table12search_entry17h",
    "_ZN16article_analyzer9normalize5table11clean_entry17h",
    // the DOM highlighter
    "_ZN16article_analyzer4wasm3dom",
    // the keyword compiler (once per Analyzer, or per analyze() call with keywords)
    "_ZN16article_analyzer8keywords7matcher7Matcher3new",
    "_ZN16article_analyzer8keywords7matcher5forms",
    "_ZN16article_analyzer8keywords7matcher7pattern",
    // growth of the vectors and hash tables (amortised: once per doubling)
    "_ZN9hashbrown3raw21RawTable$LT$T$C$A$GT$14reserve_rehash",
    "_ZN9hashbrown3raw13RawTableInner15rehash_in_place",
    "_ZN9hashbrown3raw13RawTableInner22fallible_with_capacity",
    "_ZN9hashbrown3raw13RawTableInner23prepare_rehash_in_place",
    "_ZN9hashbrown3raw13RawTableInner14prepare_resize",
    "_ZN9hashbrown3raw13RawTableInner17new_uninitialized",
    "_ZN5alloc7raw_vec19RawVec$LT$T$C$A$GT$8grow_one",
    "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$",
    // once per `Analyzer` or call: options, keyword variants, the Arabic keyword rules
    "_ZN16article_analyzer8analysis8Analyzer3new",
    "_ZN16article_analyzer4wasm15analyze_options",
    "_ZN16article_analyzer8keywords6arabic14phrase_variant",
    "_ZN16article_analyzer8keywords6arabic5build",
    "_ZN16article_analyzer8keywords5latin13plural_phrase",
    // the automatic keywords' selection from their ranking (at most LOOKAHEAD + 10 × n
    // candidates, not the text; the statistics and ranking before it stay opt-level 3)
    "_ZN16article_analyzer8keywords4auto6select17h",
    // the comparison keys of the user keywords the automatic ones must not repeat (once per
    // user keyword)
    "_ZN16article_analyzer8keywords4auto8term_key17h",
    // once per text: whether ZWNJ is orthographic in it (`normalize::zwnj`: `Zwnj::keeps`'s
    // first call, the folded sample and the evidence count), through [`HOT_NAMES`] without
    // the per-character search normalization they call
    "_ZN16article_analyzer9normalize4zwnj4Zwnj5keeps",
    "_ZN16article_analyzer9normalize4zwnj13folded_sample17h",
    "_ZN16article_analyzer9normalize4zwnj12orthographic",
    // the panic path: the hook installed by the binding and the message it writes (run once,
    // when the module has already failed)
    "_ZN16article_analyzer4wasm18install_panic_hook28_",
    "_ZN16article_analyzer4wasm13panic_message17h",
    "_ZN16article_analyzer10panic_text",
    // once per call or per `Analyzer` (`COLD_PREFIXES`, `optsize` only, until session 34):
    // the error values, the panic hook's installation, the constructor, the language
    // option's subtag, the keyword matcher's drop (−156 B gz before the reorder)
    "_ZN16article_analyzer4wasm10core_error17h",
    "_ZN16article_analyzer4wasm18install_panic_hook17h",
    "_ZN16article_analyzer4wasm10JsAnalyzer3new17h",
    "_ZN16article_analyzer4lang14primary_subtag17h",
    "_ZN4core3ptr65drop_in_place$LT$article_analyzer..keywords..matcher..Matcher$GT$17h",
    // once per call: an error's text, the result's drop, and the result out to JavaScript
    // (`wasm::to_js` and its closures, `optsize` in `COLD_PREFIXES` until session 62)
    "_ZN16article_analyzer8analysis5Error7message17h",
    "_ZN4core3ptr55drop_in_place$LT$article_analyzer..wasm..JsAnalysis$GT$17h",
    "_ZN4core3ptr81drop_in_place$LT$article_analyzer..fxhash..FxSet$LT$alloc..string..String$GT$$GT$17h",
    "_ZN16article_analyzer4wasm5to_js",
    // `crate::sort`'s per-call-site step (compare or swap two positions; 14 instances, reached
    // through `dyn Step`, so [`only_called_from`] never sees their callers): −642 B raw
    // (session 62 (size-u))
    "_ZN91_$LT$article_analyzer..sort..Slice$LT$T$C$F$GT$$u20$as$u20$article_analyzer..sort..Step$GT$4step17h",
];

/// Of the functions of `SIZE_PREFIXES`, those that stay `optsize` only; every other one is
/// also `minsize` (LLVM's `-Oz` for that function: in particular it inlines almost nothing). These
/// run per character or per token (the quote tokenizer and mark scanner, the `Doc` accessors
/// and the lexicon look-ups): `minsize` on them cost quote extraction 3–9 % CPU; on the rest
/// (the rules, run per cue or candidate) it costs nothing measurable (BENCHMARKS.md "package
/// size: the wasm, session 10").
const SPEED_PREFIXES: &[&str] = &[
    "_ZN16article_analyzer6quotes6tokens",
    "_ZN16article_analyzer6quotes5marks",
    "_ZN16article_analyzer6quotes11attribution3Doc",
    "_ZN16article_analyzer6quotes7lexicon7Lexicon",
    "_ZN16article_analyzer6quotes7lexicon10ClassTable3get",
    "_ZN16article_analyzer6quotes7lexicon12filter",
    "_ZN16article_analyzer6quotes7lexicon10filter",
    "_ZN16article_analyzer6quotes7lexicon3mix",
];

/// Of the functions of `SPEED_PREFIXES`, those that are `minsize` after all: methods of `Doc`
/// that the rules call per candidate subject or source, not per token (`SPEED_PREFIXES` names all
/// of `Doc` for its accessors). In the per-wasm-function profile of the quotes call (session 55,
/// speed-af: `/work/notes/s55/speed-af/`) each runs under 0.05 % of the call on big/ar and big/en,
/// and most not at all; `minsize`: −265 B gz, +0.07 % / +0.03 % wasm instructions. Session 62
/// (size-u) added 13 more quote rules, `Lexicon` look-ups and `marks::close_all`, each under
/// 0.3 % of a quotes call in session 61's profile.
const MINSIZE_PREFIXES: &[&str] = &[
    "_ZN16article_analyzer6quotes11attribution3Doc15fronted_subject17h",
    "_ZN16article_analyzer6quotes11attribution3Doc13antecedent_of17h",
    "_ZN16article_analyzer6quotes11attribution3Doc19apposition_after_of17h",
    "_ZN16article_analyzer6quotes11attribution3Doc14title_and_name17h",
    "_ZN16article_analyzer6quotes11attribution3Doc11verb_gender17h",
    "_ZN16article_analyzer6quotes11attribution3Doc9quoted_as17h",
    "_ZN16article_analyzer6quotes11attribution3Doc15document_before17h",
    "_ZN16article_analyzer6quotes11attribution3Doc13topic_subject17h",
    "_ZN16article_analyzer6quotes11attribution3Doc15verbless_source17h",
    "_ZN16article_analyzer6quotes11attribution3Doc20german_source_before17h",
    "_ZN16article_analyzer6quotes11attribution3Doc13german_np_end17h",
    "_ZN16article_analyzer6quotes11attribution3Doc16previous_subject17h",
    "_ZN16article_analyzer6quotes11attribution3Doc11quoted_name17h",
    "_ZN16article_analyzer6quotes11attribution3Doc14clause_subject17h",
    "_ZN16article_analyzer6quotes11attribution3Doc13genders_agree17h",
    "_ZN16article_analyzer6quotes11attribution3Doc15current_subject17h",
    "_ZN16article_analyzer6quotes11attribution3Doc4fits17h",
    "_ZN16article_analyzer6quotes11attribution3Doc19article_before_noun17h",
    // Rules (and their closures) that run under 0.3 % of a quotes call on big/ar and big/en
    // (session 61 (speed-ar)'s per-function profile, `/work/notes/s61/speed-ar/profiles/`):
    // −1.3 KB raw together with the `SIZE_PREFIXES` entries of session 62 (size-u)
    "_ZN16article_analyzer6quotes11attribution3Doc19speaker_after_words",
    "_ZN16article_analyzer6quotes11attribution3Doc16sentence_subject",
    "_ZN16article_analyzer6quotes11attribution3Doc11noun_phrase",
    "_ZN16article_analyzer6quotes11attribution3Doc13pronoun_roles",
    "_ZN16article_analyzer6quotes11attribution3Doc9name_part",
    "_ZN16article_analyzer6quotes11attribution3Doc12contracted_s",
    "_ZN16article_analyzer6quotes11attribution3Doc11spaced_dash",
    "_ZN16article_analyzer6quotes11attribution3Doc8referent",
    "_ZN16article_analyzer6quotes11attribution3Doc10subject_at",
    "_ZN16article_analyzer6quotes7lexicon7Lexicon4norm",
    "_ZN16article_analyzer6quotes7lexicon7Lexicon8far_verb",
    "_ZN16article_analyzer6quotes7lexicon7Lexicon10word_roles",
    "_ZN16article_analyzer6quotes5marks9close_all",
];

/// Functions of `SIZE_PREFIXES` compiled at `opt-level = 3` after all (no `optsize`, no
/// `minsize`), but kept in the size set for [`only_called_from`], so that the generic instances
/// they share with the size-compiled code keep their attributes: the methods of the cue
/// look-up `lexicon::Words<T>` (`get` runs per token, `minsize` until session 37: −216 B gz,
/// −1 % to −2 % in a Chromium A/B page; BENCHMARKS.md, session 37 (speed-l)). Taking a function
/// out of `SIZE_PREFIXES` instead lets ~1,000 generic instances it calls turn `minsize`.
const OPT3_PREFIXES: &[&str] = &[
    "_ZN16article_analyzer6quotes7lexicon14Words",
    // the quote tokenizer (`tokenize_into`, `Tokens::fold`, the word cache; per character and
    // per token): session 55 (speed-af)
    "_ZN16article_analyzer6quotes6tokens",
    // `lexicon::ends` (an English suffix test of ~230 instructions a call at `minsize`, ~46 K
    // calls a big/en call; unrolled over its suffix lists: −9.3 M instructions, +209 B raw)
    "_ZN16article_analyzer6quotes7lexicon4ends17h",
];

/// Cold code outside the quotes, compiled `optsize` only (its inlining threshold, no
/// unrolling; not `minsize`: the clean profile's per-character loop is here): the clean profile
/// of `normalize`, language detection, the binding's glue (−376 B gzipped, session 31).
const COLD_PREFIXES: &[&str] = &[
    "_ZN16article_analyzer9normalize5clean",
    "_ZN16article_analyzer4lang6detect17h",
    // (Not the per-call glue, `Boundary::analysis`, `wasm::run`, `wasm::analyze`: at `optsize`
    // it saved ~270 B gz but cost +0.65 % instructions per `analyze` call in Node, session 32.)
    // the `normalize()` export: the origin map and the text out to JavaScript (not the
    // normalization itself, `normalize_with`, which the keyword search runs too)
    "_ZN16article_analyzer4wasm9normalize17h",
    "_ZN16article_analyzer9normalize10Normalized19origin_utf16_chunks",
    "_ZN16article_analyzer9normalize10Normalized12utf16_starts",
    "_ZN16article_analyzer9normalize10Normalized19utf16le_pieces_from",
    // `normalize_with` itself: its out-of-line copy is the `normalize()` export's (with the
    // clean profile's `clean::run` inlined into it, at opt-level 3 until then); the analysis
    // and `fold_key_with` call the search profile with the profile known, inlined at their
    // call sites, so they do not reach this copy (session 33)
    "_ZN16article_analyzer9normalize14normalize_with17h",
    // once per call: the text in from JavaScript (its copy is `encodeInto`'s)
    "_ZN16article_analyzer4wasm15read_text_exact17h",
    // the automatic keywords (`keywords::auto::extract`, 16 KB at opt-level 3 with its
    // counting loops inlined, and through [`only_called_from`] what only it calls: `tokenize`,
    // `Scan::next`, `group_key`, `is_stop`, its hash-table instances): −793 B gz; the
    // 10-automatic-keyword call +3 % to +10 % CPU in Node.js (`ab-cpu.mjs` on a loaded
    // machine; BENCHMARKS.md, session 60 (size-s))
    "_ZN16article_analyzer8keywords4auto7extract17h",
    // the analysis' stages put together (`Analyzer::analyze_counting`, 7 KB at opt-level 3),
    // and through [`only_called_from`] the keyword search that only it calls (`keywords::run`,
    // `Matcher::find`/`find_in`, the automata, `settle`, `resolve`) and `crate::sort`'s
    // shared code; the text's passes (`each_sentence`, `Words::next`, `search::run`, the
    // quote tokenizer) keep opt-level 3: −770 B gz; the 100-keyword call's CPU in Node.js
    // unchanged within the noise (`ab-cpu.mjs`, 25 runs: big/ar 54.9 → 54.5 ms, big/en
    // 45.4 → 46.3 ms, minima; BENCHMARKS.md, session 60 (size-s))
    "_ZN16article_analyzer8analysis8Analyzer16analyze_counting17h",
];

/// Functions of the standard library that only the error and panic paths reach (`core::fmt`,
/// the panic handler): `optsize` + `minsize` like [`SIZE_PREFIXES`]. They come precompiled
/// (v0 symbols, absent from the crate's own IR), so they are named in full, `{core}`, `{alloc}`
/// and `{std}` standing for those crates' disambiguators, read from the IR's references
/// ([`std_cold_names`]); a name the release module lacks (another toolchain) is only counted
/// among the CSV's missing names.
const STD_COLD: &[&str] = &[
    "_RNvMsa_NtC{core}_4core3fmtNtB5_9Formatter12pad_integral",
    "_RNvNvMsa_NtC{core}_4core3fmtNtB7_9Formatter12pad_integral12write_prefix",
    "_RNvMsa_NtC{core}_4core3fmtNtB5_9Formatter3pad",
    "_RNvMsa_NtC{core}_4core3fmtNtB5_9Formatter9write_str",
    "_RNvNtC{core}_4core3fmt5write",
    "_RNvXs8_NtNtNtC{core}_4core3fmt3num3impmNtB9_7Display3fmt",
    "_RNvXs6_NtNtC{core}_4core3fmt3numjNtB7_8LowerHex3fmt",
    "_RNvXsZ_NtC{alloc}_5alloc6stringNtB5_6StringNtNtC{core}_4core3fmt5Write10write_char",
    "_RNvXsZ_NtC{alloc}_5alloc6stringNtB5_6StringNtNtC{core}_4core3fmt5Write9write_str",
    "_RNvNtNtC{core}_4core5slice5index16slice_index_fail",
    "_RNvNtC{std}_3std9panicking15panic_with_hook",
    "_RNvNtC{std}_3std9panicking8set_hook",
    "_RNvXs_NvNtC{std}_3std9panicking13panic_handlerNtB4_19FormatStringPayloadNtNtC{core}_4core5panic12PanicPayload8take_box",
    "_RNvXs_NvNtC{std}_3std9panicking13panic_handlerNtB4_19FormatStringPayloadNtNtC{core}_4core5panic12PanicPayload3get",
    "_RNvXs0_NvNtC{std}_3std9panicking13panic_handlerNtB5_19FormatStringPayloadNtNtC{core}_4core3fmt7Display3fmt",
    "_RNvXs1_NvNtC{std}_3std9panicking13panic_handlerNtB5_16StaticStrPayloadNtNtC{core}_4core5panic12PanicPayload8take_box",
];

/// Functions of the standard library that only size-compiled code calls, `optsize` +
/// `minsize` like [`STD_COLD`] and named the same way (`{hashbrown}`: the standard library's
/// own copy of the crate). The release module takes them from the precompiled standard
/// library under these v0 symbols, where the names build's IR has a local instance of the same
/// function under a legacy symbol (`SIZE_PREFIXES` names hashbrown's `rehash_in_place`
/// so), so neither `SIZE_PREFIXES` nor [`only_called_from`] reaches them (session 59 (size-q)).
const STD_SIZE: &[&str] = &[
    // hash-table growth (in place: a table with deleted entries), called by `reserve_rehash`
    "_RNvMsa_NtC{hashbrown}_9hashbrown3rawNtB5_13RawTableInner15rehash_in_place",
    // `str::encode_utf16`, which only the DOM highlighter (`wasm::dom`) uses
    "_RNvXsO_NtNtC{core}_4core3str4iterNtB5_11EncodeUtf16NtNtNtNtB9_4iter6traits8iterator8Iterator4next",
];

/// [`STD_COLD`] and [`STD_SIZE`] with the disambiguators of `core`, `alloc`, `std` and the
/// standard library's `hashbrown` that the IR `ir` refers to (`Cs…_4core` in its v0 symbols);
/// the templates of a crate the IR never names are left out.
fn std_cold_names(ir: &str) -> Vec<String> {
    let disambiguator = |krate: &str| {
        let suffix = format!("_{}{krate}", krate.len());
        ir.match_indices(&suffix).find_map(|(at, _)| {
            let head = &ir[..at];
            let start = head.rfind(|c: char| !c.is_ascii_alphanumeric())? + 1;
            head[start..].split_once("Cs").and_then(|(_, d)| {
                (!d.is_empty() && d.bytes().all(|b| b.is_ascii_alphanumeric()))
                    .then(|| format!("s{d}"))
            })
        })
    };
    let crates = [
        ("{core}", disambiguator("core")),
        ("{alloc}", disambiguator("alloc")),
        ("{std}", disambiguator("std")),
        ("{hashbrown}", disambiguator("hashbrown")),
    ];
    STD_COLD
        .iter()
        .chain(STD_SIZE)
        .filter_map(|t| {
            crates.iter().try_fold(t.to_string(), |name, (key, d)| {
                if name.contains(key) {
                    Some(name.replace(key, d.as_deref()?))
                } else {
                    Some(name)
                }
            })
        })
        .collect()
}

/// Functions that [`only_called_from`] never adds although every caller of theirs in the
/// names build is chosen: hot code that a cold function also calls. The search normalization
/// (`search::run`, which the keyword search runs over the whole text and the ZWNJ decision
/// over its sample) and the word iterator of the stats (`text::words`, `Words::next`, which
/// the ZWNJ decision and language detection run too). Without them, the ZWNJ decision in
/// `SIZE_PREFIXES` made the whole search normalization `optsize` (+2.9 % wasm instructions on
/// the keyword path: BENCHMARKS.md, session 33 (bytes-j)).
const HOT_NAMES: &[&str] = &[
    "_ZN16article_analyzer9normalize6search3run17h",
    "_ZN16article_analyzer4text7segment5words17h",
    "_ZN97_$LT$article_analyzer..text..segment..Words$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next",
];

/// Small accessors that the `minsize` rules call in their loops: `alwaysinline`, so that they
/// stay inlined there as at `opt-level = 3` (a `minsize` caller would call them).
///
/// Only those whose calls cost: `Doc::f` and `Token::adverbial` (0.6 M and 1.1 M calls in a
/// big/en quotes run of three calls), and the ones that `minsize` callers inline anyway. Left
/// to `minsize`'s choice since session 63 (size-v): `Doc::{is_comma, sentence_start,
/// sentence_end, span, pronoun_at}`, `lexicon::filter_parts`, `Lexicon::auxiliary`,
/// `tokens::light_fold_into` (out of line now: 0.32 M calls or fewer each): −1,130 B gz, quotes
/// +0.22 % (big/ar) / +0.91 % (big/en) wasm instructions. Without any `alwaysinline`: −2,051 B
/// gz, but big/en quotes +3.25 % (BENCHMARKS.md, session 63 (size-v)).
const INLINE_PREFIXES: &[&str] = &[
    "_ZN16article_analyzer6quotes11attribution3Doc12adverbial_at17h",
    "_ZN16article_analyzer6quotes11attribution3Doc1f17h",
    "_ZN16article_analyzer6quotes11attribution3Doc3tok17h",
    "_ZN16article_analyzer6quotes11attribution3Doc4cues17h",
    "_ZN16article_analyzer6quotes11attribution3Doc6quoted17h",
    "_ZN16article_analyzer6quotes11attribution3Doc7is_mark17h",
    "_ZN16article_analyzer6quotes11attribution3Doc7is_word17h",
    "_ZN16article_analyzer6quotes11attribution3Doc8sentence17h",
    "_ZN16article_analyzer6quotes11attribution3Doc8token_at17h",
    "_ZN16article_analyzer6quotes5Event6report17h",
    "_ZN16article_analyzer6quotes5marks6Marked4open17h",
    "_ZN16article_analyzer6quotes5marks6Marked5close17h",
    "_ZN16article_analyzer6quotes5marks6Marked7content17h",
    "_ZN16article_analyzer6quotes5marks7release17h",
    "_ZN16article_analyzer6quotes6tokens5Token4word17h",
    "_ZN16article_analyzer6quotes6tokens5Token5class17h",
    "_ZN16article_analyzer6quotes6tokens5Token7capital17h",
    "_ZN16article_analyzer6quotes6tokens5Token8sentence17h",
    "_ZN16article_analyzer6quotes6tokens5Token9adverbial17h",
    "_ZN16article_analyzer6quotes6tokens5table17h",
    "_ZN16article_analyzer6quotes7lexicon9Adverbial10from_class17h",
];

/// The `symbol,attribute` lines for the functions of `SIZE_PREFIXES` defined in the LLVM IR
/// `ir`: `optsize`, plus `minsize` unless in `SPEED_PREFIXES` (and not in `MINSIZE_PREFIXES`),
/// plus `alwaysinline` for `INLINE_PREFIXES`; and `optsize` alone for those of `COLD_PREFIXES`.
///
/// Also the functions that only those call ([`only_called_from`]): the generic instances of
/// `core` and `alloc` (iterator adapters, `collect`, `Vec` growth, `Option` combinators) that
/// the quote code and the first-use builders instantiate for their own types and closures.
/// Their symbols are `core`'s and `alloc`'s, outside the prefixes, so they were built at
/// `opt-level = 3` although only size-compiled code calls them. Each is `optsize`, and also
/// `minsize` unless a caller is `optsize` only (the per-token code keeps its speed).
fn size_attribute_csv(ir: &str) -> String {
    let graph = CallGraph::of(ir);
    let starts = |n: &str, prefixes: &[&str]| prefixes.iter().any(|p| n.starts_with(p));
    // name → minsize?
    let mut chosen: std::collections::BTreeMap<&str, bool> = std::collections::BTreeMap::new();
    for &n in &graph.defined {
        if starts(n, SIZE_PREFIXES) {
            chosen.insert(n, !starts(n, SPEED_PREFIXES) || starts(n, MINSIZE_PREFIXES));
        } else if starts(n, COLD_PREFIXES) {
            chosen.insert(n, false);
        }
    }
    only_called_from(&graph, &mut chosen);
    let mut csv = String::new();
    for n in std_cold_names(ir) {
        csv.push_str(&format!("{n},optsize\n{n},minsize\n"));
    }
    for (n, minsize) in chosen {
        // `OPT3_PREFIXES`: in the set (for its callees' attributes), but no attribute itself.
        if !starts(n, OPT3_PREFIXES) {
            csv.push_str(&format!("{n},optsize\n"));
            if minsize {
                csv.push_str(&format!("{n},minsize\n"));
            }
        }
        if starts(n, INLINE_PREFIXES) {
            csv.push_str(&format!("{n},alwaysinline\n"));
        }
    }
    csv
}

/// Who refers to whom in an LLVM IR module: each defined function, and for each name, the
/// functions whose bodies mention it (calls, or the address taken); names mentioned by a
/// global (a vtable, a function-pointer table) are `escaped`: called from anywhere.
struct CallGraph<'a> {
    defined: Vec<&'a str>,
    referrers: std::collections::HashMap<&'a str, Vec<&'a str>>,
    escaped: std::collections::HashSet<&'a str>,
}

impl<'a> CallGraph<'a> {
    fn of(ir: &'a str) -> Self {
        let mut graph = CallGraph {
            defined: Vec::new(),
            referrers: std::collections::HashMap::new(),
            escaped: std::collections::HashSet::new(),
        };
        let mut current: Option<&str> = None;
        for line in ir.lines() {
            if let Some(def) = line.strip_prefix("define ") {
                current = ir_names(def).next();
                graph.defined.extend(current);
            } else if line.starts_with('}') {
                current = None;
            } else if let Some(f) = current {
                for name in ir_names(line) {
                    let list = graph.referrers.entry(name).or_default();
                    if list.last() != Some(&f) {
                        list.push(f);
                    }
                }
            } else if line.starts_with('@') {
                graph.escaped.extend(ir_names(line).skip(1));
            }
        }
        graph
    }
}

/// The global names (`@name` or `@"name"`) of one line of LLVM IR, in order.
fn ir_names(line: &str) -> impl Iterator<Item = &str> {
    line.match_indices('@').filter_map(move |(at, _)| {
        let rest = &line[at + 1..];
        if let Some(quoted) = rest.strip_prefix('"') {
            quoted.find('"').map(|end| &quoted[..end])
        } else {
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || "_$.".contains(c)))
                .unwrap_or(rest.len());
            (end > 0).then(|| &rest[..end])
        }
    })
}

/// Adds to `chosen` every defined function whose referrers are all in `chosen` (repeated
/// until nothing changes), `minsize` when all of them are. A function referred to by a
/// global, or by nothing (an export), is not added, nor one of [`HOT_NAMES`].
fn only_called_from<'a>(
    graph: &CallGraph<'a>,
    chosen: &mut std::collections::BTreeMap<&'a str, bool>,
) {
    loop {
        let mut added = false;
        for &n in &graph.defined {
            if chosen.contains_key(n)
                || graph.escaped.contains(n)
                || HOT_NAMES.iter().any(|p| n.starts_with(p))
            {
                continue;
            }
            let Some(referrers) = graph.referrers.get(n) else {
                continue;
            };
            if referrers.iter().all(|r| chosen.contains_key(r)) {
                let minsize = referrers.iter().all(|r| chosen[r]);
                chosen.insert(n, minsize);
                added = true;
            }
        }
        if !added {
            return;
        }
    }
}

/// Builds `target/pkg-debug-panic/`: the package with the `debug-panic` feature (a
/// `debugPanic()` export that panics on purpose), unoptimised, for the panic-recovery test.
pub fn build_debug_panic_package() -> Result<(), String> {
    let root = root();
    let target_dir = root.join("target/debug-panic");
    sh(util::cargo()
        .args([
            "build",
            "--lib",
            "--package",
            "article-analyzer",
            "--features",
            "debug-panic",
            "--target",
            tools::WASM_TARGET,
            "--target-dir",
        ])
        .arg(&target_dir))?;
    let out = root.join("target/pkg-debug-panic");
    sh(Command::new("wasm-bindgen")
        .args(["--target", "web", "--out-dir"])
        .arg(&out)
        .arg(
            target_dir
                .join(tools::WASM_TARGET)
                .join("debug/article_analyzer.wasm"),
        ))?;
    guard_stale_objects(&out.join("article_analyzer.js"))?;
    // Minified as in pkg/, so that the panic-recovery test runs the guards in the shape the
    // package ships.
    if let Some(esbuild) = tools::esbuild() {
        minify_js(&esbuild, &out, &MINIFIED[..1], false)?;
    }
    Ok(())
}

/// After an internal error the module is re-instantiated (see `install_panic_hook` in
/// `src/wasm/mod.rs`); wasm-bindgen 0.2.130's glue does that lazily, in `__wbg_call_guard()`
/// at the next export call. Two gaps in its handling of objects from the old instance:
/// - methods test for a stale object *before* running the guard, so the first call after a
///   panic, if it is a method call, passes the test and then runs against the new instance
///   with the old pointer ("memory access out of bounds", or worse);
/// - `free()` has no stale test at all, so it would hand the old pointer to the new
///   instance's allocator and corrupt its heap.
///
/// This runs the guard before the stale test, and makes `free()` of a stale object a no-op.
/// If the glue no longer has the expected shape (a wasm-bindgen upgrade), the build fails here
/// rather than shipping unguarded.
fn guard_stale_objects(glue: &Path) -> Result<(), String> {
    const STALE_TEST: &str =
        "        if (this.__wbg_inst !== undefined && this.__wbg_inst !== __wbg_instance_id) {";
    const FREE: &str = "    free() {\n        const ptr = this.__destroy_into_raw();";
    let guarded_free = format!(
        "    free() {{\n        __wbg_call_guard();\n{STALE_TEST} this.__wbg_ptr = 0; return; }}\n        const ptr = this.__destroy_into_raw();"
    );
    let text = std::fs::read_to_string(glue).map_err(|e| format!("{}: {e}", glue.display()))?;
    if !text.contains("function __wbg_call_guard")
        || text.matches(FREE).count() != 1
        || !text.contains(STALE_TEST)
    {
        return Err(format!(
            "{}: the wasm-bindgen glue changed shape (expected __wbg_call_guard, one `free()` and \
             stale-object tests); review guard_stale_objects in xtask/src/build.rs",
            glue.display()
        ));
    }
    let text = text
        .replace(
            STALE_TEST,
            &format!("        __wbg_call_guard();\n{STALE_TEST}"),
        )
        .replace(FREE, &guarded_free);
    std::fs::write(glue, text).map_err(|e| format!("{}: {e}", glue.display()))
}

/// The binding's JavaScript helpers (`#[wasm_bindgen(module = "/src/wasm/result.js")]`: the
/// Analysis → JS conversion of highlights and quotes) are written by wasm-bindgen as
/// `snippets/<crate>-<hash>/…` modules imported by the glue. The package stays flat (its
/// files, exports and one module to fetch are unchanged): each snippet import line of the glue
/// is replaced by the snippet's code in a function scope returning the imported names (for a
/// module the wasm imports directly, `import * as importN from "./snippets/…"`, an object of
/// all its exports, which the imports object passes on under the module's path), and
/// `snippets/` is removed. A snippet must be a plain module: `export function|const|class`
/// declarations, no imports; anything else fails the build. Its whole-line comments (lines
/// starting with `//`, `/*` or `*`) and blank lines are left out of the glue (bytes of every
/// page load; the source keeps them).
fn inline_snippets(pkg: &Path) -> Result<(), String> {
    let glue = pkg.join("article_analyzer.js");
    let text = std::fs::read_to_string(&glue).map_err(|e| format!("{}: {e}", glue.display()))?;
    let mut out = String::with_capacity(text.len() + 4096);
    for line in text.split_inclusive('\n') {
        let line_t = line.trim_end();
        // `import { a, b as c } from './snippets/…';`: the names the glue's shims call.
        if let Some((names, path)) = line_t
            .strip_prefix("import { ")
            .and_then(|rest| rest.split_once(" } from './snippets/"))
        {
            let path = path
                .strip_suffix("';")
                .ok_or_else(|| format!("unexpected snippet import in the glue: {line}"))?;
            let (body, _) = snippet_body(&pkg.join("snippets").join(path))?;
            // `a as b` in the import becomes `a: b` in the destructuring.
            let names: Vec<String> = names
                .split(',')
                .map(|n| n.trim().replace(" as ", ": "))
                .collect();
            let exported: Vec<&str> = names
                .iter()
                .map(|n| n.split(':').next().unwrap_or(n).trim())
                .collect();
            out.push_str(&format!(
                "// Inlined from snippets/{path} by xtask/src/build.rs.\nconst {{ {} }} = (() => {{\n{body}    return {{ {} }};\n}})();\n",
                names.join(", "),
                exported.join(", ")
            ));
            continue;
        }
        // `import * as importN from "./snippets/…"`: a module whose functions the wasm
        // imports directly (no shim; wasm-bindgen does so for a function of numbers only).
        if let Some((name, path)) = line_t
            .strip_prefix("import * as ")
            .and_then(|rest| rest.split_once(" from \"./snippets/"))
        {
            let path = path
                .trim_end_matches(';')
                .strip_suffix('"')
                .ok_or_else(|| format!("unexpected snippet import in the glue: {line}"))?;
            let (body, exported) = snippet_body(&pkg.join("snippets").join(path))?;
            out.push_str(&format!(
                "// Inlined from snippets/{path} by xtask/src/build.rs.\nconst {name} = (() => {{\n{body}    return {{ __proto__: null, {} }};\n}})();\n",
                exported.join(", ")
            ));
            continue;
        }
        out.push_str(line);
    }
    // (The imports object still names such a module by its path: the wasm's import name.)
    if out.contains("from './snippets/") || out.contains("from \"./snippets/") {
        return Err(format!(
            "{}: a snippet import was not inlined; review inline_snippets in xtask/src/build.rs",
            glue.display()
        ));
    }
    std::fs::write(&glue, out).map_err(|e| format!("{}: {e}", glue.display()))?;
    let snippets = pkg.join("snippets");
    if snippets.exists() {
        std::fs::remove_dir_all(&snippets)
            .map_err(|e| format!("cannot remove {}: {e}", snippets.display()))?;
    }
    Ok(())
}

/// The text of the snippet module `file` without its comment lines and `export` keywords,
/// indented for an IIFE, and the names it exports.
fn snippet_body(file: &Path) -> Result<(String, Vec<String>), String> {
    let code = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut body = String::with_capacity(code.len());
    let mut exported = Vec::new();
    for l in code.lines() {
        let t = l.trim_start();
        if t.is_empty() || t.starts_with("//") || t.starts_with("/*") || t.starts_with('*') {
            continue;
        }
        let l = match l.strip_prefix("export ") {
            Some(decl) => {
                let Some(rest) = ["function ", "const ", "class "]
                    .iter()
                    .find_map(|k| decl.strip_prefix(k))
                else {
                    return Err(format!("{}: unsupported export: {l}", file.display()));
                };
                let end = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
                    .unwrap_or(rest.len());
                exported.push(rest[..end].to_string());
                decl
            }
            None if l.starts_with("import ") => {
                return Err(format!("{}: imports are not supported", file.display()))
            }
            None => l,
        };
        body.push_str("    ");
        body.push_str(l);
        body.push('\n');
    }
    Ok((body, exported))
}

/// wasm-bindgen declares `[Symbol.dispose](): void` on classes; `Symbol.dispose` is only in
/// TypeScript's `esnext` library, so a project compiling with `lib: ["ES2022", "DOM"]` would
/// fail on our typings. The method still exists at run time where the engine has
/// `Symbol.dispose` (the glue adds it conditionally); we only drop its declaration and keep
/// `free()`, which the contract names.
fn portable_typings(dts: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(dts).map_err(|e| format!("{}: {e}", dts.display()))?;
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| l.trim() != "[Symbol.dispose](): void;")
        .collect();
    std::fs::write(dts, kept.join("\n") + "\n").map_err(|e| format!("{}: {e}", dts.display()))
}

/// How far (gzipped bytes) the module may grow over `xtask/size-budget.txt` before
/// [`check_wasm_budget`] fails: room for small fixes, not for a feature.
const SIZE_SLACK: usize = 512;

/// The "package size budget" checks of the built `pkg/`: the wasm against its budget
/// ([`check_wasm_budget`]: stops the creep) and each entry point (main, worker, panel) against
/// issue #7's target ([`check_entries`]). Both are run; the error lists each that fails.
pub fn check_size_budget() -> Result<(), String> {
    let wasm = check_wasm_budget();
    let entries = check_entries();
    match (wasm, entries) {
        (Ok(()), Ok(())) => Ok(()),
        (Err(e), Ok(())) | (Ok(()), Err(e)) => Err(e),
        (Err(a), Err(b)) => Err(format!("{a}\n{b}")),
    }
}

/// Fails when an entry point of [`ENTRY_POINTS`] (its runtime files, each gzipped as
/// [`gzip_size`] does, summed) is over [`ENTRY_TARGET`] bytes; prints each entry's size.
pub fn check_entries() -> Result<(), String> {
    let pkg = root().join("pkg");
    let mut gz = std::collections::BTreeMap::new();
    let totals = entry_totals(|file| match gz.get(file) {
        Some(&z) => Ok::<usize, String>(z),
        None => {
            let z = gzip_size(&pkg.join(file))?;
            gz.insert(file, z);
            Ok(z)
        }
    })?;
    let mut over = Vec::new();
    for (entry, total) in totals {
        let verdict = if total > ENTRY_TARGET { "over" } else { "met" };
        let message = format!(
            "{entry}: {total} bytes gzipped; issue #7 target {ENTRY_TARGET}: {verdict} ({:+} bytes)",
            total as i64 - ENTRY_TARGET as i64
        );
        if total > ENTRY_TARGET {
            over.push(message);
        } else {
            println!("{message}");
        }
    }
    if over.is_empty() {
        Ok(())
    } else {
        Err(over.join("\n"))
    }
}

/// Fails when `pkg/article_analyzer_bg.wasm` (built) is more than [`SIZE_SLACK`] bytes gzipped
/// over the budget in `xtask/size-budget.txt` (its first line that is not a comment).
pub fn check_wasm_budget() -> Result<(), String> {
    let root = root();
    let file = root.join("xtask/size-budget.txt");
    let text = std::fs::read_to_string(&file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let budget: usize = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .and_then(|l| l.parse().ok())
        .ok_or_else(|| format!("{}: no budget (a number of bytes)", file.display()))?;
    let gz = gzip_size(&root.join("pkg/article_analyzer_bg.wasm"))?;
    let over = gz > budget + SIZE_SLACK;
    let verdict = if over { "over budget" } else { "within budget" };
    let message = format!(
        "pkg/article_analyzer_bg.wasm: {gz} bytes gzipped; budget {budget} + {SIZE_SLACK} \
         (xtask/size-budget.txt): {verdict} ({:+} bytes)",
        gz as i64 - budget as i64
    );
    if over {
        return Err(format!(
            "{message}. Make the change smaller, or raise the budget in a commit that says \
             what the bytes buy (issue #7)"
        ));
    }
    println!("{message}");
    if gz + SIZE_SLACK < budget {
        println!(
            "note: more than {SIZE_SLACK} bytes under budget: lower xtask/size-budget.txt to {gz}"
        );
    }
    Ok(())
}

fn size(path: &Path) -> Result<u64, String> {
    std::fs::metadata(path)
        .map(|m| m.len())
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Size of `path` compressed with gzip at the highest level (what a server would send).
pub fn gzip_size(path: &Path) -> Result<usize, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(&bytes)
        .and_then(|()| encoder.finish())
        .map(|v| v.len())
        .map_err(|e| format!("gzip: {e}"))
}

/// Writes `pkg/package.json`; with `maps`, the minified modules' source maps are published too.
fn write_package_json(pkg: &Path, maps: bool) -> Result<(), String> {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml"))
        .map_err(|e| format!("cannot read Cargo.toml: {e}"))?;
    let field = |name: &str| -> String {
        manifest
            .lines()
            .find_map(|l| {
                let (k, v) = l.split_once('=')?;
                (k.trim() == name).then(|| v.trim().trim_matches('"').to_owned())
            })
            .unwrap_or_default()
    };
    let json = format!(
        r#"{{
  "name": "article-analyzer",
  "version": "{version}",
  "description": "{description}",
  "license": "{license}",
  "type": "module",
  "main": "./article_analyzer.js",
  "module": "./article_analyzer.js",
  "types": "./article_analyzer.d.ts",
  "exports": {{
    ".": {{
      "types": "./article_analyzer.d.ts",
      "default": "./article_analyzer.js"
    }},
    "./worker": {{
      "types": "./worker.d.ts",
      "default": "./worker.js"
    }},
    "./analyzer-worker": {{
      "types": "./analyzer-worker.d.ts",
      "default": "./analyzer-worker.js"
    }},
    "./panel": {{
      "types": "./panel.d.ts",
      "default": "./panel.js"
    }},
    "./article_analyzer_bg.wasm": {{
      "types": "./article_analyzer_bg.wasm.d.ts",
      "default": "./article_analyzer_bg.wasm"
    }},
    "./package.json": "./package.json"
  }},
  "files": [
    "article_analyzer_bg.wasm",
    "article_analyzer_bg.wasm.d.ts",
    "article_analyzer.js",
    "article_analyzer.d.ts",
    "worker.js",
    "worker.d.ts",
    "analyzer-worker.js",
    "analyzer-worker.d.ts",
    "panel.js",
    "panel.d.ts",{maps}
    "README.md",
    "LICENSE-MIT",
    "LICENSE-APACHE"
  ],
  "sideEffects": ["./panel.js"],
  "keywords": ["arabic", "nlp", "wasm", "quotes", "highlight", "keywords", "normalization"]
}}
"#,
        version = field("version"),
        description = field("description").replace('"', "\\\""),
        license = field("license"),
        maps = if maps {
            MINIFIED
                .iter()
                .map(|(file, _)| format!("\n    \"{file}.map\","))
                .collect::<String>()
        } else {
            String::new()
        },
    );
    std::fs::write(pkg.join("package.json"), json)
        .map_err(|e| format!("cannot write pkg/package.json: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`size_attributes`] cannot reach a plain `#[inline]` function (the release build's
    /// symbol for it differs from the names build's), and all of `src/quotes/` is in
    /// [`SIZE_PREFIXES`]: there the hint is written natively only (session 25 found 42
    /// functions that had silently lost their attributes this way).
    #[test]
    fn quotes_code_has_no_plain_inline() {
        let dir = crate::util::root().join("src/quotes");
        let mut found = Vec::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (n, line) in text.lines().enumerate() {
                    if line.trim() == "#[inline]" {
                        found.push(format!("{}:{}", path.display(), n + 1));
                    }
                }
            }
        }
        assert!(
            found.is_empty(),
            "write #[cfg_attr(not(target_arch = \"wasm32\"), inline)] instead of #[inline] at {found:?}"
        );
    }

    /// Every legacy-mangled name of the prefix lists is well formed: each `<length><identifier>`
    /// but the last has exactly its length (the last may be cut short, as in `…17h`). Until
    /// session 59, `arabic13phrase_variant` and `latin12plural_phrase` (14 and 13 characters)
    /// matched no symbol at all.
    #[test]
    fn mangled_prefixes_have_their_lengths() {
        let lists = [
            SIZE_PREFIXES,
            SPEED_PREFIXES,
            MINSIZE_PREFIXES,
            OPT3_PREFIXES,
            COLD_PREFIXES,
            HOT_NAMES,
            INLINE_PREFIXES,
        ];
        for prefix in lists.concat() {
            let mut rest = prefix.strip_prefix("_ZN").expect("a legacy-mangled prefix");
            while !rest.is_empty() {
                let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                assert!(digits > 0, "{prefix}: no length before {rest:?}");
                let len: usize = rest[..digits].parse().unwrap();
                rest = &rest[digits..];
                if len > rest.len() {
                    break; // the last identifier, cut short
                }
                rest = &rest[len..];
            }
        }
    }

    /// `STD_SIZE`'s hash-table growth is named with the disambiguator of the standard
    /// library's `hashbrown`, read from the IR like those of `core`, `alloc` and `std`.
    #[test]
    fn std_size_names_take_the_hashbrown_of_the_ir() {
        let ir = "  call void @_RNvNtCsgXGp5Oqx2Ny_4core9panicking5panic(ptr %0)\n\
                  call void @_RNvMNtCs86o9dxWySvj_9hashbrown3rawNtB2_11Fallibility9alloc_err()\n";
        let names = std_cold_names(ir);
        assert!(names.contains(
            &"_RNvMsa_NtCs86o9dxWySvj_9hashbrown3rawNtB5_13RawTableInner15rehash_in_place"
                .to_string()
        ));
        assert!(size_attribute_csv(ir).contains(
            "_RNvMsa_NtCs86o9dxWySvj_9hashbrown3rawNtB5_13RawTableInner15rehash_in_place,minsize\n"
        ));
    }

    /// The standard library's cold functions are named with the disambiguators the IR uses
    /// for `core`, `alloc` and `std`, and only for the crates it names.
    #[test]
    fn std_cold_names_take_the_crates_of_the_ir() {
        let ir = "  call void @_RNvNtNtCsgXGp5Oqx2Ny_4core9panicking5panic(ptr %0)\n\
                  @v = constant ptr @_RNvXsZ_NtCs5cOc02OMXlo_5alloc6stringNtB5_6String3len\n";
        let names = std_cold_names(ir);
        assert!(names.contains(&"_RNvNtCsgXGp5Oqx2Ny_4core3fmt5write".to_string()));
        assert!(names.contains(
            &"_RNvXsZ_NtCs5cOc02OMXlo_5alloc6stringNtB5_6StringNtNtCsgXGp5Oqx2Ny_4core3fmt5Write\
              10write_char"
                .to_string()
        ));
        assert!(names
            .iter()
            .all(|n| !n.contains('{') && !n.contains("3std")));
        assert_eq!(
            names.len(),
            STD_COLD
                .iter()
                .chain(STD_SIZE)
                .filter(|t| !t.contains("{std}") && !t.contains("{hashbrown}"))
                .count()
        );
        let csv = size_attribute_csv(ir);
        assert!(csv.contains("_RNvNtCsgXGp5Oqx2Ny_4core3fmt5write,minsize\n"));
    }

    /// A quote function `q` (minsize) and a per-token one `t` (optsize only), the generic
    /// instances they call, one shared with a function outside the set, one in a vtable.
    const IR: &str = r#"@vtable = private constant <{ ptr }> <{ ptr @_ZN4core6vtable17h1E }>
define void @_ZN16article_analyzer6quotes1q17h1E() {
  call void @_ZN4core4iter3map17h1E()
  call void @_ZN4core6shared17h1E()
  call void @_ZN4core6vtable17h1E()
  call void @_ZN4core4only17h1E()
}
define void @_ZN4core4only17h1E() {
}
define void @"_ZN16article_analyzer6quotes5marks1t17h1E"() {
  call void @_ZN4core4iter3map17h1E()
  call void @_ZN4core5token17h1E()
}
define void @_ZN4core4iter3map17h1E() {
  call void @_ZN4core5inner17h1E()
}
define void @_ZN4core5token17h1E() {
}
define void @_ZN4core5inner17h1E() {
}
define void @_ZN4core6shared17h1E() {
}
define void @_ZN4core6vtable17h1E() {
}
define void @_ZN16article_analyzer4text5other17h1E() {
  call void @_ZN4core6shared17h1E()
}
"#;

    #[test]
    fn functions_only_the_size_set_calls_join_it() {
        let csv = size_attribute_csv(IR);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines,
            [
                "_ZN16article_analyzer6quotes1q17h1E,optsize",
                "_ZN16article_analyzer6quotes1q17h1E,minsize",
                "_ZN16article_analyzer6quotes5marks1t17h1E,optsize",
                // called by q and t: optsize only (t is optsize only); so is what it calls
                "_ZN4core4iter3map17h1E,optsize",
                // called by q only
                "_ZN4core4only17h1E,optsize",
                "_ZN4core4only17h1E,minsize",
                "_ZN4core5inner17h1E,optsize",
                "_ZN4core5token17h1E,optsize",
                // not core::shared (also called from text), not core::vtable (in a vtable)
            ]
        );
    }

    #[test]
    fn opt3_functions_stay_in_the_set_without_attributes() {
        let ir = r#"
define void @_ZN16article_analyzer6quotes1q17h1E() {
  call void @"_ZN16article_analyzer6quotes7lexicon14Words$LT$T$GT$3get17h1E"()
  call void @_ZN4core4iter3map17h1E()
}
define void @"_ZN16article_analyzer6quotes7lexicon14Words$LT$T$GT$3get17h1E"() {
  call void @_ZN4core4iter3map17h1E()
}
define void @_ZN4core4iter3map17h1E() {
}
"#;
        // Words::get gets no optsize/minsize, but map, called by q and by it, still joins the
        // size set (minsize: both callers are minsize in the set's terms)
        assert_eq!(
            size_attribute_csv(ir).lines().collect::<Vec<_>>(),
            [
                "_ZN16article_analyzer6quotes1q17h1E,optsize",
                "_ZN16article_analyzer6quotes1q17h1E,minsize",
                "_ZN4core4iter3map17h1E,optsize",
                "_ZN4core4iter3map17h1E,minsize",
            ]
        );
    }

    #[test]
    fn minsize_prefixes_override_speed_prefixes() {
        let ir = r#"
define void @_ZN16article_analyzer6quotes1q17h1E() {
  call void @_ZN16article_analyzer6quotes11attribution3Doc4fits17h1E()
  call void @_ZN16article_analyzer6quotes11attribution3Doc3tok17h1E()
}
define void @_ZN16article_analyzer6quotes11attribution3Doc4fits17h1E() {
  call void @_ZN4core4only17h1E()
}
define void @_ZN16article_analyzer6quotes11attribution3Doc3tok17h1E() {
}
define void @_ZN4core4only17h1E() {
}
"#;
        // Doc::fits is under SPEED_PREFIXES (all of Doc) and MINSIZE_PREFIXES: minsize, and so is
        // what only it calls; the accessor Doc::tok stays optsize only (and alwaysinline)
        assert_eq!(
            size_attribute_csv(ir).lines().collect::<Vec<_>>(),
            [
                "_ZN16article_analyzer6quotes11attribution3Doc3tok17h1E,optsize",
                "_ZN16article_analyzer6quotes11attribution3Doc3tok17h1E,alwaysinline",
                "_ZN16article_analyzer6quotes11attribution3Doc4fits17h1E,optsize",
                "_ZN16article_analyzer6quotes11attribution3Doc4fits17h1E,minsize",
                "_ZN16article_analyzer6quotes1q17h1E,optsize",
                "_ZN16article_analyzer6quotes1q17h1E,minsize",
                "_ZN4core4only17h1E,optsize",
                "_ZN4core4only17h1E,minsize",
            ]
        );
    }

    #[test]
    fn hot_names_are_not_added_for_their_callers() {
        let ir = r#"
define void @_ZN16article_analyzer6quotes1q17h1E() {
  call void @_ZN16article_analyzer9normalize6search3run17h1E()
}
define void @_ZN16article_analyzer9normalize6search3run17h1E() {
  call void @_ZN16article_analyzer9normalize6search5State4slow17h1E()
}
define void @_ZN16article_analyzer9normalize6search5State4slow17h1E() {
}
"#;
        // search::run is called by q only, but it is hot (HOT_NAMES): neither it nor what only
        // it calls joins the size set
        assert_eq!(
            size_attribute_csv(ir).lines().collect::<Vec<_>>(),
            [
                "_ZN16article_analyzer6quotes1q17h1E,optsize",
                "_ZN16article_analyzer6quotes1q17h1E,minsize",
            ]
        );
    }

    #[test]
    fn snippet_modules_are_inlined_under_both_import_forms() {
        let dir = std::env::temp_dir().join(format!("xtask-snippets-{}", std::process::id()));
        let snippets = dir.join("snippets/c-1/src");
        std::fs::create_dir_all(&snippets).unwrap();
        let module = "// a comment\nlet n;\nexport function isNode() {\n  return n;\n}\nexport const K = 1;\n";
        std::fs::write(snippets.join("a.js"), module).unwrap();
        std::fs::write(snippets.join("b.js"), module).unwrap();
        let glue = "import { K } from './snippets/c-1/src/a.js';\nimport * as import1 from \"./snippets/c-1/src/b.js\"\nconst imports = { \"./snippets/c-1/src/b.js\": import1 };\n";
        std::fs::write(dir.join("article_analyzer.js"), glue).unwrap();
        inline_snippets(&dir).unwrap();
        let out = std::fs::read_to_string(dir.join("article_analyzer.js")).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(out.contains("const { K } = (() => {\n    let n;\n    function isNode() {"));
        assert!(out.contains("return { K };"));
        // The namespace import: an object of every export, still named by its path below.
        assert!(out.contains("const import1 = (() => {\n    let n;\n"));
        assert!(out.contains("return { __proto__: null, isNode, K };"));
        assert!(out.contains("\"./snippets/c-1/src/b.js\": import1"));
        assert!(!out.contains("import "));
        assert!(!out.contains("// a comment"));
    }
}
