//! A page's URL state read and round-tripped through [`UrlState`], for the
//! query tests (`#[path = "common/query.rs"] mod query;`): what every
//! page's URL promises, said once.
#![allow(dead_code)]

use chainlab::query::url_state::UrlState;
use chainlab::query::{Notice, Query};
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use std::fmt::Debug;

/// The state a query string gives, with a notice for every value replaced.
pub fn read<S: UrlState>(q: &str) -> (S, Vec<Notice>) {
    S::from_query(&Query::parse(q))
}

/// The parameters the notices name, sorted.
pub fn named(notices: &[Notice]) -> Vec<&str> {
    let mut names: Vec<&str> = notices.iter().map(|n| n.param.as_str()).collect();
    names.sort_unstable();
    names
}

/// `s` read back from its own URL: the same state, without a notice.
/// Returns what was read back.
pub fn assert_round_trips<S: UrlState + Debug>(s: &S) -> S {
    let (back, notices) = read::<S>(&s.to_query());
    assert!(notices.is_empty(), "{s:?}: {notices:?}");
    assert_eq!(&back, s);
    back
}

/// Any query string `pattern` (a proptest regex) makes, over `cases` cases
/// (None: proptest's default): reading it never panics and gives a state
/// `valid` accepts (one that runs). Failures are saved beside the calling
/// test file, as `proptest!` saves them.
#[track_caller]
pub fn any_query_is_valid<S: UrlState + Debug>(pattern: &str, cases: Option<u32>, valid: impl Fn(&S) -> bool) {
    let default = Config::default();
    let source_file = Some(std::panic::Location::caller().file());
    let mut runner = TestRunner::new(Config { cases: cases.unwrap_or(default.cases), source_file, ..default });
    let result = runner.run(&pattern, |q| {
        let (s, _) = read::<S>(&q);
        if valid(&s) {
            Ok(())
        } else {
            Err(TestCaseError::fail(format!("{q:?} reads to parameters that break a rule: {s:?}")))
        }
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
