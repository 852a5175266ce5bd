//! Short import names for the package's WebAssembly module.
//!
//! wasm-bindgen names every JavaScript function the module imports after the Rust binding and
//! a 64-bit hash (`__wbg_createRange_9f1c4ef0a7b7e1d2`), and writes each name twice: in the
//! module's import section and as a key of the import object in the glue. The hashes do not
//! compress, so the ~100 names cost ~1.9 KB of the gzipped module and ~1.2 KB of the gzipped
//! glue. [`minify`] renames the imports of the glue's module (`./article_analyzer_bg.js`) to
//! `a`, `b`, … in both files. It checks that every renamed name is exactly one key of the
//! glue's import object and appears nowhere else in the glue; if the glue or the module has an
//! unexpected shape (a wasm-bindgen upgrade), the build fails instead of shipping a package
//! whose imports do not match.

use std::path::Path;

/// The module name wasm-bindgen gives the glue's imports (`--target web`).
const GLUE_MODULE: &[u8] = b"./article_analyzer_bg.js";

/// Renames the glue's imports in `wasm` and in `glue` (see the module docs). Returns how many
/// names were renamed.
pub fn minify(wasm: &Path, glue: &Path) -> Result<usize, String> {
    let bytes = std::fs::read(wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let text = std::fs::read_to_string(glue).map_err(|e| format!("{}: {e}", glue.display()))?;
    let (bytes, renames) = rename_imports(&bytes)?;
    let text = rename_keys(&text, &renames).map_err(|e| format!("{}: {e}", glue.display()))?;
    let (bytes, text, exports) =
        rename_exports(&bytes, &text).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let (bytes, text) =
        rename_modules(&bytes, &text).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let dts = wasm.with_extension("wasm.d.ts");
    if dts.is_file() {
        let typings =
            std::fs::read_to_string(&dts).map_err(|e| format!("{}: {e}", dts.display()))?;
        let typings = rename_typings(&typings, &exports);
        std::fs::write(&dts, typings).map_err(|e| format!("{}: {e}", dts.display()))?;
    }
    std::fs::write(wasm, bytes).map_err(|e| format!("{}: {e}", wasm.display()))?;
    std::fs::write(glue, text).map_err(|e| format!("{}: {e}", glue.display()))?;
    Ok(renames.len())
}

/// The module with its import modules (`./article_analyzer_bg.js`, 51 times, and the path of the
/// one snippet module wasm-bindgen imports as a namespace) renamed `a`, `b`, … in both files:
/// the glue names each once, as a key of the object `__wbg_get_imports` returns
/// (`"./article_analyzer_bg.js": import0,`), which must be its only place as such a key.
/// −0.1 KB gzipped (BENCHMARKS.md, session 35 (bytes-l)).
fn rename_modules(bytes: &[u8], glue: &str) -> Result<(Vec<u8>, String), String> {
    let mut modules: Vec<(Vec<u8>, String)> = Vec::new();
    let mut text = glue.to_string();
    let out = rewrite_section(bytes, 2, |body| {
        let mut s = Reader {
            bytes: body,
            pos: 0,
        };
        let mut section = Vec::with_capacity(body.len());
        let count = s.leb()?;
        push_leb(&mut section, count);
        for _ in 0..count {
            let module = s.name()?;
            let rest = s.pos;
            s.name()?;
            s.import_desc()?;
            let new = match modules.iter().find(|m| m.0 == module) {
                Some(m) => m.1.clone(),
                None => {
                    let old = std::str::from_utf8(module)
                        .map_err(|_| "an import module name is not UTF-8".to_string())?;
                    let new = short_name(modules.len());
                    let key = format!("\n        \"{old}\": import");
                    if text.matches(&key).count() != 1 {
                        return Err(format!(
                            "the import module `{old}` is not exactly one key of the object of \
                             `__wbg_get_imports`: review xtask/src/imports.rs"
                        ));
                    }
                    text = text.replacen(&key, &format!("\n        {new}: import"), 1);
                    modules.push((module.to_vec(), new.clone()));
                    new
                }
            };
            name(&mut section, new.as_bytes());
            section.extend_from_slice(&body[rest..s.pos]);
        }
        if s.pos != body.len() {
            return Err("the import section has trailing bytes".to_string());
        }
        Ok(section)
    })?;
    if modules.is_empty() {
        return Err("the module imports nothing".to_string());
    }
    Ok((out, text))
}

/// Export renames, `(old, new)`; `new` is `None` for an export dropped because the glue never
/// reads it.
type ExportRenames = Vec<(String, Option<String>)>;

/// Whether `b` can continue a JavaScript identifier (ASCII; wasm-bindgen's names are ASCII).
fn ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

/// The places of `name` in `text` as a whole identifier, and how many of them are read as
/// `wasm.name` (the glue's only way to reach an export of the module).
fn export_uses(text: &str, name: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let (mut all, mut through_wasm) = (0, 0);
    for (at, _) in text.match_indices(name) {
        let end = at + name.len();
        if (at > 0 && ident_byte(bytes[at - 1])) || bytes.get(end).is_some_and(|&b| ident_byte(b)) {
            continue;
        }
        all += 1;
        if text[..at].ends_with("wasm.")
            && !bytes[..at - 5]
                .last()
                .is_some_and(|&b| ident_byte(b) || b == b'.')
        {
            through_wasm += 1;
        }
    }
    (all, through_wasm)
}

/// `text` with every `wasm.NAME` of `name` (whole identifier) read as `wasm.NEW`.
fn replace_reads(text: &str, name: &str, new: &str) -> String {
    let from = format!("wasm.{name}");
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (at, _) in text.match_indices(&from) {
        let end = at + from.len();
        if at < last || text.as_bytes().get(end).is_some_and(|&b| ident_byte(b)) {
            continue;
        }
        out.push_str(&text[last..at]);
        out.push_str("wasm.");
        out.push_str(new);
        last = end;
    }
    out.push_str(&text[last..]);
    out
}

/// The module with the exports that only the glue reads (as `wasm.NAME`, every place the name
/// appears in the glue) renamed to short names in both files, and the exports the glue never
/// names dropped (`__wrap___wbg_jspi_task_poll`, the crate's empty stand-in, and the addresses
/// `__abort_handler` / `__instance_terminated` that this glue does not use). wasm-bindgen's
/// internal exports (`__wbindgen_malloc`, `__wbindgen_externrefs`, `analyzer_analyze`…) are
/// written in full in the module and at each use in the glue: −0.2 KB gzipped on every entry
/// point (BENCHMARKS.md, session 35 (bytes-l)). `memory` and every export the glue also uses
/// otherwise (the public functions, `export function analyze(…)`, which call `wasm.analyze`)
/// keep their names.
fn rename_exports(bytes: &[u8], glue: &str) -> Result<(Vec<u8>, String, ExportRenames), String> {
    let mut renames: ExportRenames = Vec::new();
    let mut text = glue.to_string();
    let mut seen = false;
    let out = rewrite_section(bytes, 7, |body| {
        seen = true;
        let mut s = Reader {
            bytes: body,
            pos: 0,
        };
        let count = s.leb()?;
        let mut entries = Vec::with_capacity(count);
        for _ in 0..count {
            let field = std::str::from_utf8(s.name()?)
                .map_err(|_| "an export name is not UTF-8".to_string())?;
            let desc_start = s.pos;
            s.byte()?;
            s.leb()?;
            entries.push((field, &body[desc_start..s.pos]));
        }
        if s.pos != body.len() {
            return Err("the export section has trailing bytes".to_string());
        }
        let kept: Vec<&str> = entries.iter().map(|e| e.0).collect();
        let mut section = Vec::with_capacity(body.len());
        let mut written = 0;
        let mut next = 0;
        for (field, desc) in &entries {
            let (all, through_wasm) = export_uses(&text, field);
            let new = if *field == "memory" || all != through_wasm {
                field.to_string()
            } else if all == 0 {
                renames.push((field.to_string(), None));
                continue;
            } else {
                let new = loop {
                    let n = short_name(next);
                    next += 1;
                    if !kept.contains(&n.as_str()) && export_uses(&text, &n).1 == 0 {
                        break n;
                    }
                };
                text = replace_reads(&text, field, &new);
                if export_uses(&text, field).0 != 0 {
                    return Err(format!("the export `{field}` is still named in the glue"));
                }
                renames.push((field.to_string(), Some(new.clone())));
                new
            };
            name(&mut section, new.as_bytes());
            section.extend_from_slice(desc);
            written += 1;
        }
        let mut counted = Vec::new();
        push_leb(&mut counted, written);
        counted.extend_from_slice(&section);
        Ok(counted)
    })?;
    if !seen {
        return Err("the module exports nothing".to_string());
    }
    Ok((out, text, renames))
}

/// The module's typings (`article_analyzer_bg.wasm.d.ts`, one `export const NAME: …;` line per
/// export) after [`rename_exports`].
fn rename_typings(dts: &str, renames: &ExportRenames) -> String {
    let mut out = String::with_capacity(dts.len());
    for line in dts.lines() {
        let renamed = renames.iter().find_map(|(old, new)| {
            let rest = line.strip_prefix(&format!("export const {old}:"))?;
            Some(new.as_ref().map(|n| format!("export const {n}:{rest}")))
        });
        match renamed {
            Some(Some(l)) => out.push_str(&l),
            Some(None) => continue,
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// The `i`-th short name: `a`…`z`, `A`…`Z`, then `a0`…`Z0`, `a1`… (valid JavaScript
/// identifiers, none of them a keyword or `__proto__`).
fn short_name(i: usize) -> String {
    const ALPHA: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let first = ALPHA[i % ALPHA.len()] as char;
    match i / ALPHA.len() {
        0 => first.to_string(),
        n => format!("{first}{}", n - 1),
    }
}

/// The module `bytes` (after its 8-byte header) with its first section of id `id` replaced by
/// `f(body)`, every other section copied as it is (`f` is not called when there is none).
fn rewrite_section(
    bytes: &[u8],
    id: u8,
    mut f: impl FnMut(&[u8]) -> Result<Vec<u8>, String>,
) -> Result<Vec<u8>, String> {
    let mut r = Reader { bytes, pos: 8 };
    let mut out = bytes
        .get(..8)
        .ok_or("the WebAssembly module ends early")?
        .to_vec();
    let mut done = false;
    while r.pos < bytes.len() {
        let this = r.byte()?;
        let size = r.leb()?;
        let body = r.take(size)?;
        let body = if this == id && !done {
            done = true;
            f(body)?
        } else {
            body.to_vec()
        };
        out.push(this);
        push_leb(&mut out, body.len());
        out.extend_from_slice(&body);
    }
    Ok(out)
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, String> {
        let b = *self
            .bytes
            .get(self.pos)
            .ok_or("the WebAssembly module ends early")?;
        self.pos += 1;
        Ok(b)
    }

    fn leb(&mut self) -> Result<usize, String> {
        read_leb(self.bytes, &mut self.pos)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let s = self
            .bytes
            .get(self.pos..self.pos + n)
            .ok_or("the WebAssembly module ends early")?;
        self.pos += n;
        Ok(s)
    }

    fn name(&mut self) -> Result<&'a [u8], String> {
        let n = self.leb()?;
        self.take(n)
    }

    /// Moves past an import's descriptor (function, table, memory, global or tag).
    fn import_desc(&mut self) -> Result<(), String> {
        match self.byte()? {
            0 => {
                self.leb()?;
            }
            1 => {
                self.byte()?;
                self.limits()?;
            }
            2 => self.limits()?,
            3 => {
                self.byte()?;
                self.byte()?;
            }
            4 => {
                self.byte()?;
                self.leb()?;
            }
            kind => return Err(format!("unknown import kind {kind}")),
        }
        Ok(())
    }

    fn limits(&mut self) -> Result<(), String> {
        let flags = self.byte()?;
        self.leb()?;
        if flags & 1 != 0 {
            self.leb()?;
        }
        Ok(())
    }
}

/// Reads the unsigned LEB128 number (at most 32 bits) at `*i`, moving `*i` past it.
pub(crate) fn read_leb(bytes: &[u8], i: &mut usize) -> Result<usize, String> {
    let mut v: u64 = 0;
    for shift in (0..35).step_by(7) {
        let b = *bytes.get(*i).ok_or("the WebAssembly module ends early")?;
        *i += 1;
        v |= u64::from(b & 0x7F) << shift;
        if b < 0x80 {
            return u32::try_from(v)
                .map(|v| v as usize)
                .map_err(|_| "LEB128 number too large".to_string());
        }
    }
    Err("LEB128 number too long".to_string())
}

/// Appends `n` as unsigned LEB128.
pub(crate) fn push_leb(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let b = (n & 0x7F) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn name(out: &mut Vec<u8>, s: &[u8]) {
    push_leb(out, s.len());
    out.extend_from_slice(s);
}

/// Import renames, `(old, new)`.
type Renames = Vec<(String, String)>;

/// The module with the glue's imports renamed, and the renames.
fn rename_imports(bytes: &[u8]) -> Result<(Vec<u8>, Renames), String> {
    if bytes.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err("not a WebAssembly module (version 1)".to_string());
    }
    let mut renames = Vec::new();
    let out = rewrite_section(bytes, 2, |body| {
        let mut s = Reader {
            bytes: body,
            pos: 0,
        };
        let mut section = Vec::with_capacity(body.len());
        let count = s.leb()?;
        push_leb(&mut section, count);
        for _ in 0..count {
            let module = s.name()?;
            let field = s.name()?;
            let desc_start = s.pos;
            s.import_desc()?;
            let desc = &body[desc_start..s.pos];
            name(&mut section, module);
            if module == GLUE_MODULE {
                let old = std::str::from_utf8(field)
                    .map_err(|_| "an import name is not UTF-8".to_string())?
                    .to_string();
                let new = short_name(renames.len());
                name(&mut section, new.as_bytes());
                renames.push((old, new));
            } else {
                name(&mut section, field);
            }
            section.extend_from_slice(desc);
        }
        if s.pos != body.len() {
            return Err("the import section has trailing bytes".to_string());
        }
        Ok(section)
    })?;
    if renames.is_empty() {
        return Err("the module imports nothing from the glue".to_string());
    }
    Ok((out, renames))
}

/// The glue with each old name, a key of the import object (`        OLD: `, inside
/// `__wbg_get_imports`), replaced by the new one.
fn rename_keys(text: &str, renames: &[(String, String)]) -> Result<String, String> {
    const START: &str = "function __wbg_get_imports() {\n    const import0 = {\n";
    const END: &str = "\n    };\n";
    let start = text.find(START).ok_or(
        "the wasm-bindgen glue changed shape (no `__wbg_get_imports` with `import0`): review \
         xtask/src/imports.rs",
    )? + START.len();
    let end = start
        + text[start..]
            .find(END)
            .ok_or("the glue's import object has no end")?;
    let (head, object, tail) = (&text[..start], &text[start..end], &text[end..]);
    let mut object = format!("\n{object}");
    for (old, new) in renames {
        let key = format!("\n        {old}: ");
        if object.matches(&key).count() != 1
            || head.contains(old.as_str())
            || tail.contains(old.as_str())
            || object.matches(old.as_str()).count() != 1
        {
            return Err(format!(
                "the import `{old}` is not exactly one key of the glue's import object: review \
                 xtask/src/imports.rs"
            ));
        }
        object = object.replace(&key, &format!("\n        {new}: "));
    }
    Ok(format!("{head}{}{tail}", &object[1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_are_distinct_identifiers() {
        let names: Vec<String> = (0..200).map(short_name).collect();
        let set: std::collections::HashSet<&String> = names.iter().collect();
        assert_eq!(set.len(), names.len());
        assert_eq!(names[0], "a");
        assert_eq!(names[52], "a0");
        assert!(names
            .iter()
            .all(|n| n.chars().next().unwrap().is_ascii_alphabetic()));
    }

    /// A module importing two glue functions and one from elsewhere, and its glue.
    #[test]
    fn renames_the_glue_imports_in_both_files() {
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        // Type section: one type () -> ().
        m.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]);
        let mut imports = vec![3];
        for (module, field) in [
            (GLUE_MODULE, b"__wbg_log_0123456789abcdef".as_slice()),
            (b"env".as_slice(), b"keep".as_slice()),
            (GLUE_MODULE, b"__wbg_now_fedcba9876543210".as_slice()),
        ] {
            name(&mut imports, module);
            name(&mut imports, field);
            imports.extend_from_slice(&[0, 0]);
        }
        m.push(2);
        push_leb(&mut m, imports.len());
        m.extend_from_slice(&imports);
        let (out, renames) = rename_imports(&m).unwrap();
        assert_eq!(
            renames,
            [
                ("__wbg_log_0123456789abcdef".to_string(), "a".to_string()),
                ("__wbg_now_fedcba9876543210".to_string(), "b".to_string()),
            ]
        );
        let text = String::from_utf8_lossy(&out);
        assert!(text.contains("keep") && !text.contains("__wbg"));
        assert_eq!(&out[..14], &m[..14]);

        let glue = "let wasm;\nfunction __wbg_get_imports() {\n    const import0 = {\n        __proto__: null,\n        __wbg_log_0123456789abcdef: function(arg0) {\n            console.log(arg0);\n        },\n        __wbg_now_fedcba9876543210: function() {\n            return Date.now();\n        },\n    };\n    return { \"./article_analyzer_bg.js\": import0 };\n}\n";
        let new = rename_keys(glue, &renames).unwrap();
        assert!(
            new.contains("\n        a: function(arg0)") && new.contains("\n        b: function()")
        );
        assert!(!new.contains("__wbg_log") && new.contains("__proto__: null"));
        // A name used elsewhere in the glue is refused.
        let used = glue.replace("let wasm;", "let wasm = __wbg_now_fedcba9876543210;");
        assert!(rename_keys(&used, &renames).is_err());
    }
}

#[cfg(test)]
mod export_tests {
    use super::*;

    /// A module exporting memory, a public function, two internal ones and an unused one.
    fn module(exports: &[(&str, u8, u8)]) -> Vec<u8> {
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        let mut section = Vec::new();
        push_leb(&mut section, exports.len());
        for (field, kind, index) in exports {
            name(&mut section, field.as_bytes());
            section.extend_from_slice(&[*kind, *index]);
        }
        m.push(7);
        push_leb(&mut m, section.len());
        m.extend_from_slice(&section);
        m
    }

    #[test]
    fn renames_the_import_modules_in_both_files() {
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        let mut imports = vec![3];
        for (module, field) in [
            (GLUE_MODULE, b"a".as_slice()),
            (b"./snippets/x/node.js".as_slice(), b"isNode".as_slice()),
            (GLUE_MODULE, b"b".as_slice()),
        ] {
            name(&mut imports, module);
            name(&mut imports, field);
            imports.extend_from_slice(&[0, 0]);
        }
        m.push(2);
        push_leb(&mut m, imports.len());
        m.extend_from_slice(&imports);
        let glue = "import * as import1 from \"./snippets/x/node.js\"\nreturn {\n        __proto__: null,\n        \"./article_analyzer_bg.js\": import0,\n        \"./snippets/x/node.js\": import1,\n    };\n";
        let (out, text) = rename_modules(&m, glue).unwrap();
        assert_eq!(
            text,
            "import * as import1 from \"./snippets/x/node.js\"\nreturn {\n        __proto__: null,\n        a: import0,\n        b: import1,\n    };\n"
        );
        let mut want = vec![3];
        for (module, field) in [("a", "a"), ("b", "isNode"), ("a", "b")] {
            name(&mut want, module.as_bytes());
            name(&mut want, field.as_bytes());
            want.extend_from_slice(&[0, 0]);
        }
        assert_eq!(out[10..], want[..]);
        // A module the glue does not name exactly once as a key is refused.
        assert!(rename_modules(
            &m,
            &glue.replace(
                "import1,",
                "import1,\n        \"./snippets/x/node.js\": import1,"
            )
        )
        .is_err());
    }

    #[test]
    fn renames_the_exports_only_the_glue_reads() {
        let m = module(&[
            ("memory", 2, 0),
            ("analyze", 0, 1),
            ("__wbindgen_free", 0, 2),
            ("__wbindgen_free_all", 0, 3),
            ("__unused", 0, 4),
        ]);
        let glue = "export function analyze(t) { wasm.analyze(t); wasm.__wbindgen_free(1); \
                    wasm.__wbindgen_free_all(); return wasm.memory; }\n";
        let (out, text, renames) = rename_exports(&m, glue).unwrap();
        assert_eq!(
            renames,
            [
                ("__wbindgen_free".to_string(), Some("a".to_string())),
                ("__wbindgen_free_all".to_string(), Some("b".to_string())),
                ("__unused".to_string(), None),
            ]
        );
        assert_eq!(
            text,
            "export function analyze(t) { wasm.analyze(t); wasm.a(1); wasm.b(); return wasm.memory; }\n"
        );
        assert_eq!(
            out,
            module(&[
                ("memory", 2, 0),
                ("analyze", 0, 1),
                ("a", 0, 2),
                ("b", 0, 3)
            ])
        );
        let dts = "export const memory: WebAssembly.Memory;\nexport const __wbindgen_free: (a: number) => void;\nexport const __unused: () => void;\n";
        assert_eq!(
            rename_typings(dts, &renames),
            "export const memory: WebAssembly.Memory;\nexport const a: (a: number) => void;\n"
        );
    }
}
