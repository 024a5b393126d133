//! Running the `chainlab` binary, for the command-line tests
//! (`#[path = "common/cli.rs"] mod cli;`).
#![allow(dead_code)]

use std::process::{Command, Output};

/// Runs `chainlab` with these arguments.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chainlab")).args(args).output().expect("runs")
}

/// Runs `chainlab` and returns its standard output; it must succeed.
pub fn ok(args: &[&str]) -> String {
    let out = run(args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

/// A command line's words (arguments without spaces in them).
pub fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// Each command line is refused: exit status 2, and the error says `says`.
pub fn refuses(cases: &[(&str, &str)]) {
    for &(line, says) in cases {
        let out = run(&words(line));
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{line}: {err}");
        assert!(err.contains(says), "{line}: {err}");
    }
}
