//! Small helpers shared by the commands: paths and running processes.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

/// The repository root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(Path::to_path_buf).unwrap_or(manifest)
}

/// `../shared` beside the repository, when it exists (corpus, eval sets, API contract).
pub fn shared() -> Option<PathBuf> {
    let dir = root().parent()?.join("shared");
    dir.is_dir().then_some(dir)
}

/// Runs `cmd` with its output shown as it comes; an error names the command and its exit
/// status. While a stage of `cargo xtask test` runs ([`tail_start`]), the output is also
/// passed through the stage's tail.
pub fn run(cmd: &mut Command) -> Result<(), String> {
    run_dropping(cmd, "").map(|_| ())
}

/// [`run`], but the lines of standard error that contain `noise` are not shown, only counted
/// (the count is returned); every other line is passed on as it comes. An empty `noise` drops
/// nothing.
pub fn run_dropping(cmd: &mut Command, noise: &str) -> Result<usize, String> {
    let ran = run_teed(cmd, noise, false);
    ran.result.map(|()| ran.dropped)
}

/// What [`run_teed`] saw of a command.
pub struct Ran {
    /// `Err` names the command and its exit status (or why it could not run).
    pub result: Result<(), String>,
    /// Lines of standard error left out because they contained the noise.
    pub dropped: usize,
    /// Every line of standard output and standard error, in the order they arrived (the two
    /// streams are read apart, so their lines interleave only roughly), without terminal
    /// escapes; empty unless asked for.
    pub lines: Vec<String>,
}

/// How long the output of a finished command is still read: a process it left behind (a
/// browser, a server) can hold its pipes open.
const DRAIN_AFTER_EXIT: Duration = Duration::from_secs(5);

/// Runs `cmd`, showing its standard output and standard error line by line as they come (the
/// lines of standard error containing a non-empty `noise` are only counted), keeping every
/// line when `keep` and passing them to the stage's tail when one is kept. With neither, the
/// output is inherited untouched.
pub fn run_teed(cmd: &mut Command, noise: &str, keep: bool) -> Ran {
    let shown = show(cmd);
    say(&format!("$ {shown}"));
    let tee = keep || tail_active();
    if tee {
        cmd.stdout(Stdio::piped());
        cmd.stderr(Stdio::piped());
        if std::env::var_os("CARGO_TERM_COLOR").is_none() && std::io::stderr().is_terminal() {
            // Piped, cargo would stop colouring what it shows on the terminal.
            cmd.env("CARGO_TERM_COLOR", "always");
        }
    } else if !noise.is_empty() {
        cmd.stderr(Stdio::piped());
    }
    let mut child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) => {
            let message = format!("could not start `{shown}`: {e}");
            say(&message);
            return Ran {
                result: Err(message),
                dropped: 0,
                lines: Vec::new(),
            };
        }
    };
    let lines = Arc::new(Mutex::new(Vec::new()));
    let dropped = Arc::new(AtomicUsize::new(0));
    let (done, finished) = mpsc::channel();
    let mut readers = 0;
    if let Some(out) = child.stdout.take() {
        readers += 1;
        let sink = Sink::new(tee, keep, &lines, &dropped);
        let done = done.clone();
        std::thread::spawn(move || {
            sink.pump(out, "", |line| {
                let mut stdout = std::io::stdout().lock();
                let _ = stdout.write_all(line);
                let _ = stdout.write_all(b"\n");
                let _ = stdout.flush();
            });
            let _ = done.send(());
        });
    }
    if let Some(err) = child.stderr.take() {
        readers += 1;
        let sink = Sink::new(tee, keep, &lines, &dropped);
        let noise = noise.to_owned();
        std::thread::spawn(move || {
            sink.pump(err, &noise, |line| {
                let mut stderr = std::io::stderr().lock();
                let _ = stderr.write_all(line);
                let _ = stderr.write_all(b"\n");
            });
            let _ = done.send(());
        });
    } else {
        drop(done);
    }
    let status = child.wait();
    let deadline = Instant::now() + DRAIN_AFTER_EXIT;
    let mut drained = 0;
    while drained < readers {
        match finished.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(()) => drained += 1,
            Err(_) => {
                say("(not waiting for the rest of the output: a process left behind holds the pipe)");
                break;
            }
        }
    }
    let result = match status {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(format!("`{shown}` failed ({status})")),
        Err(e) => Err(format!("`{shown}`: {e}")),
    };
    let lines = std::mem::take(&mut *lines.lock().unwrap_or_else(|e| e.into_inner()));
    Ran {
        result,
        dropped: dropped.load(Ordering::Relaxed),
        lines,
    }
}

/// Where one stream of a child's output goes besides the terminal.
struct Sink {
    tail: bool,
    keep: Option<Arc<Mutex<Vec<String>>>>,
    dropped: Arc<AtomicUsize>,
}

impl Sink {
    fn new(
        tail: bool,
        keep: bool,
        lines: &Arc<Mutex<Vec<String>>>,
        dropped: &Arc<AtomicUsize>,
    ) -> Sink {
        Sink {
            tail,
            keep: keep.then(|| Arc::clone(lines)),
            dropped: Arc::clone(dropped),
        }
    }

    /// Reads `pipe` to its end line by line: a line containing a non-empty `noise` is counted,
    /// any other is shown with `show` and kept.
    fn pump(&self, pipe: impl Read, noise: &str, show: impl Fn(&[u8])) {
        for line in BufReader::new(pipe).split(b'\n') {
            let Ok(line) = line else { break };
            let line = line.strip_suffix(b"\r").unwrap_or(&line);
            let text = String::from_utf8_lossy(line);
            if !noise.is_empty() && text.contains(noise) {
                self.dropped.fetch_add(1, Ordering::Relaxed);
                continue;
            }
            show(line);
            if self.tail || self.keep.is_some() {
                let plain = plain_line(&text);
                if self.tail {
                    tail_push(&plain);
                }
                if let Some(keep) = &self.keep {
                    keep.lock().unwrap_or_else(|e| e.into_inner()).push(plain);
                }
            }
        }
    }
}

/// A line as a terminal leaves it: what follows the last carriage return, without escape
/// sequences (colours).
pub fn plain_line(line: &str) -> String {
    let line = line.trim_end_matches('\r');
    let line = line.rsplit('\r').next().unwrap_or(line);
    let mut plain = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            plain.push(c);
            continue;
        }
        // ESC [ parameters… final byte (0x40–0x7E); a lone ESC or ESC x drops two characters.
        if chars.next() == Some('[') {
            for c in chars.by_ref() {
                if ('\u{40}'..='\u{7e}').contains(&c) {
                    break;
                }
            }
        }
    }
    plain
}

/// The last lines of output kept for a stage of `cargo xtask test`, and the first few lines
/// before them that name a failure (see [`names_failure`]).
#[derive(Debug, Default)]
pub struct Tail {
    lines: VecDeque<String>,
    /// How many lines came before those kept.
    pub cut: usize,
    /// Lines naming a failure, with their number (from 0), the first [`Tail::MARKS`] of them.
    marks: Vec<(usize, String)>,
}

impl Tail {
    /// How many lines a tail keeps.
    pub const LINES: usize = 40;
    /// How many lines naming a failure are kept.
    pub const MARKS: usize = 10;

    /// Adds a line, forgetting the oldest when more than [`Tail::LINES`] are kept.
    pub fn push(&mut self, line: &str) {
        let number = self.cut + self.lines.len();
        if self.marks.len() < Self::MARKS && names_failure(line) {
            self.marks.push((number, line.to_owned()));
        }
        if self.lines.len() == Self::LINES {
            self.lines.pop_front();
            self.cut += 1;
        }
        self.lines.push_back(line.to_owned());
    }

    /// The kept lines, oldest first.
    pub fn lines(&self) -> impl Iterator<Item = &str> {
        self.lines.iter().map(String::as_str)
    }

    /// The kept lines naming a failure that came before the last lines (which show their own).
    pub fn marks_cut(&self) -> impl Iterator<Item = &str> {
        self.marks
            .iter()
            .filter(|(number, _)| *number < self.cut)
            .map(|(_, line)| line.as_str())
    }

    /// True when no line was kept.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// True for a line that names a failure the way our tools print one: a test's `... FAIL`
/// (wasm-bindgen-test) or `... FAILED` (libtest), `test result: FAILED`, node's `✖`, a panic,
/// a compiler or cargo `error`.
pub fn names_failure(line: &str) -> bool {
    let line = line.trim();
    line.ends_with(" ... FAIL")
        || line.ends_with(" ... FAILED")
        || line.starts_with("test result: FAILED")
        || line.starts_with('✖')
        || line.contains("panicked at")
        || line.starts_with("error[")
        || line.starts_with("error:")
}

/// The tail being kept, when a stage runs.
static TAIL: Mutex<Option<Tail>> = Mutex::new(None);

fn tail_lock() -> std::sync::MutexGuard<'static, Option<Tail>> {
    TAIL.lock().unwrap_or_else(|e| e.into_inner())
}

/// Starts keeping the last lines of what commands run with [`run`] show, and of [`say`],
/// until [`tail_take`].
pub fn tail_start() {
    *tail_lock() = Some(Tail::default());
}

/// Stops keeping a tail and returns it (empty when none was kept).
pub fn tail_take() -> Tail {
    tail_lock().take().unwrap_or_default()
}

fn tail_active() -> bool {
    tail_lock().is_some()
}

fn tail_push(line: &str) {
    if let Some(tail) = tail_lock().as_mut() {
        tail.push(line);
    }
}

/// Prints `message` on standard error, and keeps it in the stage's tail.
pub fn say(message: &str) {
    eprintln!("{message}");
    for line in message.lines() {
        tail_push(line);
    }
}

/// Runs `cmd` and returns its standard output, or `None` if it could not run or failed.
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// A command line as text, for messages.
pub fn show(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for arg in cmd.get_args() {
        s.push(' ');
        s.push_str(&arg.to_string_lossy());
    }
    s
}

/// `cargo`, as the one running us.
pub fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.current_dir(root());
    cmd
}

/// Reads `--name value` from `args`.
pub fn flag(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

/// True when `which`-like lookup finds `program` on PATH.
pub fn on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}
