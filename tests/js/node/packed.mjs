// Helpers for the packaging tests: what `npm pack` would publish from pkg/, installed into a
// throwaway project (node_modules/article-analyzer), so that imports resolve through the
// package.json "exports" exactly as they would for a user.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const pkgDir = fileURLToPath(new URL("../../../pkg/", import.meta.url));
export const jsDir = fileURLToPath(new URL("../", import.meta.url));

let packed = null;
/** `npm pack --dry-run --json` of pkg/: { files: [paths], entry }. */
export function packList() {
  packed ??= (() => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: pkgDir, encoding: "utf8" });
    const [entry] = JSON.parse(out);
    return { entry, files: entry.files.map((f) => f.path).sort() };
  })();
  return packed;
}

/** A temporary project with the packed files installed as node_modules/article-analyzer,
 *  and `files` ({ name: contents }) written into it. Returns its path; the folder is removed
 *  when the test process exits. */
export function project(files = {}) {
  const dir = mkdtempSync(join(tmpdir(), "article-analyzer-pack-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  const installed = join(dir, "node_modules/article-analyzer");
  mkdirSync(installed, { recursive: true });
  for (const file of packList().files) {
    mkdirSync(dirname(join(installed, file)), { recursive: true });
    cpSync(join(pkgDir, file), join(installed, file));
  }
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
