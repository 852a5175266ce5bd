//! The text of a panic as the package reports it (`install_panic_hook` in `src/wasm/`), built
//! by hand rather than by `format!("{info}")`: the module then carries none of `Display` for
//! std's panic info and `Location` (`core::fmt` stays for the messages std formats itself,
//! "index out of bounds: the len is … but the index is …").

use std::panic::Location;

use crate::analysis::push_decimal;

/// The prefix of every reported panic.
const PREFIX: &str = "article-analyzer: internal error (please report): ";

/// `PREFIX`, then what std's `Display` of `PanicHookInfo` writes: "panicked at
/// file:line:col", then ":\n" and the payload when it is text. (Out of line, as is
/// `push_decimal`: one copy, in the cold path.)
#[inline(never)]
pub(crate) fn message(location: Option<&Location<'_>>, payload: Option<&str>) -> String {
    let mut out = String::from(PREFIX);
    out.push_str("panicked at ");
    if let Some(at) = location {
        out.push_str(at.file());
        out.push(':');
        push_decimal(&mut out, at.line() as usize);
        out.push(':');
        push_decimal(&mut out, at.column() as usize);
    }
    if let Some(text) = payload {
        out.push_str(":\n");
        out.push_str(text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn decimals() {
        for n in [
            0,
            1,
            9,
            10,
            11,
            99,
            100,
            101,
            4_294_967_295,
            1_000_000_000,
            999_999_999,
        ] {
            let mut s = String::new();
            push_decimal(&mut s, n);
            assert_eq!(s, n.to_string());
        }
    }

    /// The hand-built text is std's `Display` of the hook's info, for a `&str` payload, a
    /// formatted (`String`) one and one that is neither.
    #[test]
    fn same_text_as_std_display() {
        static SEEN: Mutex<Vec<(String, String)>> = Mutex::new(Vec::new());
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(|info| {
            let payload = info.payload();
            let text = payload
                .downcast_ref::<&str>()
                .copied()
                .or_else(|| payload.downcast_ref::<String>().map(String::as_str));
            let ours = message(info.location(), text);
            let std = format!("{PREFIX}{info}");
            // (Only this test's panics: other tests run meanwhile.)
            let here = info
                .location()
                .is_some_and(|l| l.file().ends_with("panic_text.rs"));
            if let (true, Ok(mut seen)) = (here, SEEN.lock()) {
                seen.push((ours, std));
            }
        }));
        let values = [1u32, 2, 3];
        let index = values.len() + 1;
        let _ = std::panic::catch_unwind(|| panic!("boom"));
        let _ = std::panic::catch_unwind(|| values[index]);
        let _ = std::panic::catch_unwind(|| std::panic::panic_any(7u8));
        std::panic::set_hook(previous);
        let seen = SEEN.lock().unwrap();
        assert_eq!(seen.len(), 3);
        for (ours, std) in seen.iter() {
            assert_eq!(ours, std);
        }
        assert!(seen[1].0.contains("index out of bounds"));
    }
}
