//! The swap page in Spanish and Simplified Chinese (issue 19): the
//! scenarios, outcomes and narration come out in the chosen language, and
//! English is unchanged.

use chainlab::i18n::{self, Lang};
use chainlab::sim::swap::simulation::narration;
use chainlab::sim::swap::{Outcome, Scenario, SwapSim};
use std::fs;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

// The translated playlists (www/playlists/<lang>/) are checked cue for cue, every English
// number stated, with every shipped playlist by tests/i18n.rs (`playlists_are_translated_cue_for_cue`).

fn use_language(lang: Lang) {
    let files: Vec<(String, String)> = if lang == Lang::En {
        Vec::new()
    } else {
        ["common", "swap"]
            .iter()
            .map(|area| {
                let path = format!("{ROOT}/www/i18n/{}/{area}.json", lang.tag());
                (path.clone(), fs::read_to_string(&path).unwrap())
            })
            .collect()
    };
    // common.ftl may still lack keys in a language (its own helper's work); swap.json must parse.
    if let Err(e) = i18n::set_language(lang, &files) {
        assert!(!e.contains("swap.json"), "{e}");
    }
}

#[test]
fn the_model_speaks_the_readers_language() {
    let mut sim = SwapSim::new(Scenario::HappyPath.params(), 1).unwrap();
    let english = (Scenario::HappyPath.title(), Outcome::Swapped.describe());
    assert_eq!(english, ("Happy path".into(), "Swapped: each party redeemed the other's coins".into()));

    use_language(Lang::Es);
    assert_eq!(Scenario::HappyPath.title(), "Camino feliz");
    assert_eq!(Outcome::Swapped.describe(), "Intercambiado: cada parte canjeó las monedas de la otra");
    assert_eq!(i18n::format("swap-narration-start", &[]), "Bloque 0: todavía no ha pasado nada");
    assert!(Scenario::ParticipantOffline.description().contains("de las 2 h a las 60 h"));

    use_language(Lang::ZhCn);
    assert_eq!(Scenario::WrongSecretLength.title(), "33 字节的秘密");
    assert_eq!(Outcome::ParticipantLost.describe(), "Bob 亏损：Alice 拿到了两边的币");
    while !sim.is_done() {
        sim.step();
    }
    assert!(narration(&sim).ends_with("。结果：已交换：双方各自赎回了对方的币"), "{}", narration(&sim));

    use_language(Lang::En);
    assert_eq!((Scenario::HappyPath.title(), Outcome::Swapped.describe()), (english.0, english.1));
    assert!(narration(&sim).ends_with(". Outcome: Swapped: each party redeemed the other's coins"));
}

#[test]
fn the_checkers_words_follow_the_language_with_plurals() {
    use chainlab::sim::swap::verify::verify;
    let p = Scenario::HappyPath.params();
    let en = verify(&p).abstraction;
    assert!(en.contains("may run up to 1 block ahead of or behind the ticks (two"), "{en}");
    assert!(en.contains(". An honest party acts within 0 ticks (Alice) / 0 ticks (Bob) of"), "{en}");
    use_language(Lang::Es);
    let es = verify(&p).abstraction;
    let cx = verify(&Scenario::MisorderedTimelocks.params()).counterexample.unwrap();
    use_language(Lang::En);
    assert!(es.contains("puede ir hasta 1 bloque por delante o por detrás de los tics (dos"), "{es}");
    assert!(es.contains(". Una parte honesta actúa en 0 tics (Alice) / 0 tics (Bob) desde"), "{es}");
    assert!(cx.steps[0].text.starts_with("Inicio: Bob sigue su plan"), "{}", cx.steps[0].text);
    assert!(cx.steps.last().unwrap().text.starts_with("Fin: Bob no tiene"), "{}", cx.steps.last().unwrap().text);
}
