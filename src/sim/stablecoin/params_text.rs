//! The parameters' names and units as people read them, from the catalog
//! (`www/i18n/<lang>/stablecoin.ftl`; natively English, the `label`s).

use super::params::ParamSpec;

impl ParamSpec {
    /// The parameter's name in the current language (natively its `label`).
    pub fn title(&self) -> String {
        translate(&TITLES, self.key).unwrap_or_else(|| self.label.to_string())
    }

    /// The unit in the current language (symbols stay as they are).
    pub fn unit_text(&self) -> String {
        translate(&UNITS, self.unit).unwrap_or_else(|| self.unit.to_string())
    }
}

/// The text in the current language of the catalog key `table` gives
/// `word`, if it gives one.
fn translate(table: &[(&str, &str)], word: &str) -> Option<String> {
    table.iter().find(|(w, _)| *w == word).map(|(_, key)| crate::t!(key))
}

/// Each parameter's key and the catalog key of its name.
const TITLES: [(&str, &str); 45] = [
    ("base", "stablecoin-param-base"),
    ("recovery", "stablecoin-param-recovery"),
    ("spread", "stablecoin-param-spread"),
    ("sdr", "stablecoin-param-sdr"),
    ("raise", "stablecoin-param-raise"),
    ("rbase", "stablecoin-param-rbase"),
    ("rrecovery", "stablecoin-param-rrecovery"),
    ("halt1", "stablecoin-param-halt1"),
    ("halt1min", "stablecoin-param-halt1min"),
    ("halt", "stablecoin-param-halt"),
    ("shock", "stablecoin-param-shock"),
    ("shockusd", "stablecoin-param-shockusd"),
    ("shockh", "stablecoin-param-shockh"),
    ("btc", "stablecoin-param-btc"),
    ("btcusd", "stablecoin-param-btcusd"),
    ("trigger", "stablecoin-param-trigger"),
    ("defrate", "stablecoin-param-defrate"),
    ("yield", "stablecoin-param-yield"),
    ("refyield", "stablecoin-param-refyield"),
    ("elasticity", "stablecoin-param-elasticity"),
    ("adjust", "stablecoin-param-adjust"),
    ("noise", "stablecoin-param-noise"),
    ("tolerance", "stablecoin-param-tolerance"),
    ("gain", "stablecoin-param-gain"),
    ("backing", "stablecoin-param-backing"),
    ("decay", "stablecoin-param-decay"),
    ("exit", "stablecoin-param-exit"),
    ("exitpow", "stablecoin-param-exitpow"),
    ("panicmax", "stablecoin-param-panicmax"),
    ("cadjust", "stablecoin-param-cadjust"),
    ("arbcap", "stablecoin-param-arbcap"),
    ("arbdepth", "stablecoin-param-arbdepth"),
    ("arbblock", "stablecoin-param-arbblock"),
    ("days", "stablecoin-param-days"),
    ("step", "stablecoin-param-step"),
    ("supply", "stablecoin-param-supply"),
    ("csupply", "stablecoin-param-csupply"),
    ("cprice", "stablecoin-param-cprice"),
    ("depth", "stablecoin-param-depth"),
    ("cdepth", "stablecoin-param-cdepth"),
    ("cash", "stablecoin-param-cash"),
    ("ccash", "stablecoin-param-ccash"),
    ("dip", "stablecoin-param-dip"),
    ("dipspend", "stablecoin-param-dipspend"),
    ("dipbelow", "stablecoin-param-dipbelow"),
];

/// The units that are words, and their catalog keys.
const UNITS: [(&str, &str); 6] = [
    ("blocks", "stablecoin-param-unit-blocks"),
    ("day", "stablecoin-param-unit-day"),
    ("min", "stablecoin-param-unit-min"),
    ("hours", "stablecoin-param-unit-hours"),
    ("days", "stablecoin-param-unit-days"),
    ("s", "stablecoin-param-unit-s"),
];

#[cfg(test)]
mod tests {
    use super::super::params::PARAMS;

    #[test]
    fn english_names_are_the_labels() {
        for s in PARAMS {
            assert_eq!(s.title(), s.label, "{}", s.key);
            assert!(s.unit.is_empty() || !s.unit_text().is_empty());
        }
    }
}
