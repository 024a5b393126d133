//! Finding the numbers in a text, for the tests that read the numbers a
//! caption or a translation states (`#[path = "common/digits.rs"] mod digits;`).
#![allow(dead_code)]

/// Each number in `text` (its bytes or its chars), in order: at every
/// ASCII digit that no number read so far covers, `read(i)` reads the number
/// that begins at `i` and returns where it ends (past `i`) with what it read.
pub fn scan_numbers<C, T>(
    text: &[C],
    is_digit: impl Fn(&C) -> bool,
    mut read: impl FnMut(usize) -> (usize, T),
) -> Vec<T> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if is_digit(&text[i]) {
            let (end, number) = read(i);
            debug_assert!(end > i, "a number is at least its first digit");
            out.push(number);
            i = end;
        } else {
            i += 1;
        }
    }
    out
}
