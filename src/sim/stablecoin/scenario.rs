//! The preset runs: a calm market, May 2022, and what-ifs on May 2022.

use super::params::StablecoinParams;
use serde::{Deserialize, Serialize};

crate::keyed_enum! {
    /// A preset run: its slug, its name, what it sets up.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub enum Scenario {
        Calm "calm" "stablecoin-scenario-calm" "stablecoin-scenario-calm-desc",
        TerraMay2022 "terra-may-2022" "stablecoin-scenario-may" "stablecoin-scenario-may-desc",
        LargerReserve "larger-reserve" "stablecoin-scenario-reserve" "stablecoin-scenario-reserve-desc",
        LowerMintCap "lower-mint-cap" "stablecoin-scenario-lower-cap" "stablecoin-scenario-lower-cap-desc",
        NoYield "no-yield" "stablecoin-scenario-no-yield" "stablecoin-scenario-no-yield-desc",
    }
    /// Kebab-case, for URLs and the command line (read back by `parse`).
    pub fn name -> &'static str, pub fn parse;
    /// The scenario's name, in the current language (natively English).
    pub fn title -> String;
    /// What the scenario sets up, in the current language (the English in
    /// www/i18n/en/stablecoin.ftl). Every number there is asserted against
    /// 6-second runs over several seeds in tests/stablecoin.rs
    /// (`descriptions_state_what_the_model_does`).
    pub fn description -> String;
}

impl Scenario {
    /// The scenario's parameters.
    pub fn params(self) -> StablecoinParams {
        let mut p = StablecoinParams::default();
        match self {
            Scenario::Calm => calm(&mut p),
            Scenario::TerraMay2022 => may_2022(&mut p),
            // The what-ifs keep the chain running: it halted in May 2022
            // because of the collapse, which they set out to change.
            Scenario::LargerReserve => {
                may_2022(&mut p);
                p.reserve_btc *= 3.0;
                p.halt_day = -1.0;
            }
            Scenario::LowerMintCap => {
                may_2022(&mut p);
                p.base_pool_sdr = 10e6;
                p.raise_day = -1.0;
                p.halt_day = -1.0;
            }
            Scenario::NoYield => {
                calm(&mut p);
                p.yield_rate = 0.0;
            }
        }
        p
    }

    /// Runs that compare with the May 2022 history.
    pub fn is_may_2022(self) -> bool {
        matches!(self, Scenario::TerraMay2022 | Scenario::LargerReserve | Scenario::LowerMintCap)
    }
}

fn calm(p: &mut StablecoinParams) {
    p.days = 30.0;
    p.shock_day = 10.0;
    p.shock_usd = 50e6;
    p.shock_hours = 2.0;
}

fn may_2022(p: &mut StablecoinParams) {
    p.days = 12.0;
    // 7 May 22:00 UTC: the first large sales on Curve and the Anchor exit.
    p.shock_day = 2.0 + 22.0 / 24.0;
    p.shock_usd = 2.5e9;
    p.shock_hours = 24.0;
    // Proposal 1164 (12 May): BasePool 50M -> 100M SDR, period 36 -> 18 blocks.
    p.raise_day = 7.0;
    // Block 7607789, 13 May about 01:10 UTC: the second halt; swaps
    // disabled from block 7607790.
    p.halt_day = 8.05;
    // Block 7603700: the first halt, about 1 h 20 min. Its time is derived
    // from the block numbers: 4,089 blocks of 6 s (6 h 49 min) plus the
    // 80-minute pause before the second halt puts it at 12 May ~17:00 UTC.
    p.first_halt_day = 8.05 - 4_089.0 * 6.0 / 86_400.0 - 80.0 / 1_440.0;
    p.first_halt_minutes = 80.0;
}
