//! The validators page's model data in the reader's language (issue 19):
//! the model's numbered operators ("Operator 17") are named through the
//! catalog, named ones (Lido) stay as they are, and English is unchanged.

use chainlab::charts::validators::{operator_name, operator_number};
use chainlab::i18n::{self, Lang};
use chainlab::sim::validators::{ValidatorParams, ValidatorSim};
use std::fs;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn use_language(lang: Lang) {
    let files: Vec<(String, String)> = ["common", "validators"]
        .iter()
        .filter(|_| lang != Lang::En)
        .map(|area| {
            let path = format!("{ROOT}/www/i18n/{}/{area}.json", lang.tag());
            (path.clone(), fs::read_to_string(&path).unwrap())
        })
        .collect();
    i18n::set_language(lang, &files).unwrap();
}

#[test]
fn operators_are_named_in_the_readers_language() {
    let sim = ValidatorSim::new(ValidatorParams::default(), 1).unwrap();
    let names: Vec<String> = sim.operators().iter().map(|o| o.name.clone()).collect();
    let numbered = names.iter().find(|n| operator_number(n).is_some()).expect("a numbered operator").clone();
    let n = operator_number(&numbered).unwrap();
    assert_eq!(numbered, format!("Operator {n}"));

    use_language(Lang::En);
    assert_eq!(operator_name(&numbered), numbered, "English is the model's own name");
    use_language(Lang::Es);
    assert_eq!(operator_name(&numbered), format!("Operador {n}"));
    assert_eq!(operator_name("Lido"), "Lido");
    use_language(Lang::ZhCn);
    assert_eq!(operator_name(&numbered), format!("运营方 {n}"));
    // Not a numbered operator: as it is.
    assert_eq!(operator_number("Operator seventeen"), None);
    assert_eq!(operator_name("Operator seventeen"), "Operator seventeen");
}
