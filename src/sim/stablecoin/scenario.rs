//! The preset runs: a calm market, May 2022, and what-ifs on May 2022.

use super::params::StablecoinParams;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scenario {
    Calm,
    TerraMay2022,
    LargerReserve,
    LowerMintCap,
    NoYield,
}

impl Scenario {
    pub const ALL: [Scenario; 5] =
        [Scenario::Calm, Scenario::TerraMay2022, Scenario::LargerReserve, Scenario::LowerMintCap, Scenario::NoYield];

    /// Kebab-case, for URLs and the command line.
    pub fn name(self) -> &'static str {
        match self {
            Scenario::Calm => "calm",
            Scenario::TerraMay2022 => "terra-may-2022",
            Scenario::LargerReserve => "larger-reserve",
            Scenario::LowerMintCap => "lower-mint-cap",
            Scenario::NoYield => "no-yield",
        }
    }

    pub fn parse(s: &str) -> Option<Scenario> {
        Scenario::ALL.into_iter().find(|x| x.name() == s)
    }

    pub fn title(self) -> &'static str {
        match self {
            Scenario::Calm => "Calm market",
            Scenario::TerraMay2022 => "May 2022",
            Scenario::LargerReserve => "What if: 3x the reserve",
            Scenario::LowerMintCap => "What if: a lower mint cap",
            Scenario::NoYield => "What if: no yield",
        }
    }

    pub fn description(self) -> &'static str {
        // Every number here is asserted against 6-second runs over several
        // seeds in tests/stablecoin.rs (`descriptions_state_what_the_model_does`).
        match self {
            Scenario::Calm => {
                "Thirty days of small random changes in demand and one small $50M sale on day 10. Arbitrage through the market module pulls UST (the stablecoin) back each time; it never closes below $0.98 and panic never builds."
            }
            Scenario::TerraMay2022 => {
                "From 5 May 2022: $2.5B of UST (the stablecoin) is sold over a day from 7 May 22:00 UTC. The reserve sells BTC to buy it back and is spent by 10 May; holders panic as the depeg lasts; every redemption mints LUNA (the companion). Proposal 1164 raises the mint cap on 12 May, the chain halts for 80 minutes on 12 May and for good on 13 May. UST ends near $0.05 on 16 May."
            }
            Scenario::LargerReserve => {
                "May 2022 with three times LFG's BTC (about 241,000 BTC) and the same defence rate, and no halt (the chain halted because of the collapse): the defence outlasts the run on the peg, UST never falls below about $0.87 and LUNA is diluted only about 1.1-fold."
            }
            Scenario::LowerMintCap => {
                "May 2022 with BasePool 10M SDR instead of 50M, no raise and no halt: the spread binds harder, but with the chain never halted redemptions go on to day 12: UST falls to about $0.05 and LUNA is diluted about 59,000-fold."
            }
            Scenario::NoYield => {
                "A calm market in which the yield on offer is cut from 19.5% to zero: holders now want only about 38% of what they hold. They sell faster than arbitrage can absorb, the peg breaks within minutes, UST falls to about $0.04 and LUNA is diluted about 273,000-fold, with no large withdrawal at all."
            }
        }
    }

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
