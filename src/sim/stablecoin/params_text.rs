//! The parameters' names and units as people read them, from the catalog
//! (`www/i18n/<lang>/stablecoin.ftl`; natively English, the `label`s).

use super::params::{Group, ParamSpec};

impl ParamSpec {
    /// The parameter's name in the current language (natively its `label`).
    pub fn title(&self) -> String {
        match self.key {
            "base" => crate::t!("stablecoin-param-base"),
            "recovery" => crate::t!("stablecoin-param-recovery"),
            "spread" => crate::t!("stablecoin-param-spread"),
            "sdr" => crate::t!("stablecoin-param-sdr"),
            "raise" => crate::t!("stablecoin-param-raise"),
            "rbase" => crate::t!("stablecoin-param-rbase"),
            "rrecovery" => crate::t!("stablecoin-param-rrecovery"),
            "halt1" => crate::t!("stablecoin-param-halt1"),
            "halt1min" => crate::t!("stablecoin-param-halt1min"),
            "halt" => crate::t!("stablecoin-param-halt"),
            "shock" => crate::t!("stablecoin-param-shock"),
            "shockusd" => crate::t!("stablecoin-param-shockusd"),
            "shockh" => crate::t!("stablecoin-param-shockh"),
            "btc" => crate::t!("stablecoin-param-btc"),
            "btcusd" => crate::t!("stablecoin-param-btcusd"),
            "trigger" => crate::t!("stablecoin-param-trigger"),
            "defrate" => crate::t!("stablecoin-param-defrate"),
            "yield" => crate::t!("stablecoin-param-yield"),
            "refyield" => crate::t!("stablecoin-param-refyield"),
            "elasticity" => crate::t!("stablecoin-param-elasticity"),
            "adjust" => crate::t!("stablecoin-param-adjust"),
            "noise" => crate::t!("stablecoin-param-noise"),
            "tolerance" => crate::t!("stablecoin-param-tolerance"),
            "gain" => crate::t!("stablecoin-param-gain"),
            "backing" => crate::t!("stablecoin-param-backing"),
            "decay" => crate::t!("stablecoin-param-decay"),
            "exit" => crate::t!("stablecoin-param-exit"),
            "exitpow" => crate::t!("stablecoin-param-exitpow"),
            "panicmax" => crate::t!("stablecoin-param-panicmax"),
            "cadjust" => crate::t!("stablecoin-param-cadjust"),
            "arbcap" => crate::t!("stablecoin-param-arbcap"),
            "arbdepth" => crate::t!("stablecoin-param-arbdepth"),
            "arbblock" => crate::t!("stablecoin-param-arbblock"),
            "days" => crate::t!("stablecoin-param-days"),
            "step" => crate::t!("stablecoin-param-step"),
            "supply" => crate::t!("stablecoin-param-supply"),
            "csupply" => crate::t!("stablecoin-param-csupply"),
            "cprice" => crate::t!("stablecoin-param-cprice"),
            "depth" => crate::t!("stablecoin-param-depth"),
            "cdepth" => crate::t!("stablecoin-param-cdepth"),
            "cash" => crate::t!("stablecoin-param-cash"),
            "ccash" => crate::t!("stablecoin-param-ccash"),
            "dip" => crate::t!("stablecoin-param-dip"),
            "dipspend" => crate::t!("stablecoin-param-dipspend"),
            "dipbelow" => crate::t!("stablecoin-param-dipbelow"),
            _ => self.label.to_string(),
        }
    }

    /// The unit in the current language (symbols stay as they are).
    pub fn unit_text(&self) -> String {
        match self.unit {
            "blocks" => crate::t!("stablecoin-param-unit-blocks"),
            "day" => crate::t!("stablecoin-param-unit-day"),
            "min" => crate::t!("stablecoin-param-unit-min"),
            "hours" => crate::t!("stablecoin-param-unit-hours"),
            "days" => crate::t!("stablecoin-param-unit-days"),
            "s" => crate::t!("stablecoin-param-unit-s"),
            other => other.to_string(),
        }
    }
}

impl Group {
    /// The group's heading in the parameters panel.
    pub fn title(self) -> String {
        match self {
            Group::Market => crate::t!("stablecoin-group-market"),
            Group::Start => crate::t!("stablecoin-group-start"),
            Group::Holders => crate::t!("stablecoin-group-holders"),
            Group::Panic => crate::t!("stablecoin-group-panic"),
            Group::Events => crate::t!("stablecoin-group-events"),
            Group::Reserve => crate::t!("stablecoin-group-reserve"),
        }
    }
}

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
