//! Parameters of the stablecoin model, their bounds and validation.
//!
//! Every parameter is a number in [`PARAMS`] (key, label, bounds, unit),
//! so the page, the URL and the command line handle them all alike.
//! Days count from the start of the run; in the May 2022 scenario day 0 is
//! 5 May 2022 00:00 UTC. A day parameter below zero means "never".

use serde::{Deserialize, Serialize};

/// Terra's block time, seconds (about 6 s on Columbus-5).
pub const BLOCK_SECONDS: f64 = 6.0;
/// The longest run: 60 days.
pub const MAX_DAYS: f64 = 60.0;
/// The most steps a run may take: 30 days of 6-second steps, so every
/// scenario (the longest, calm, is 30 days) runs at one step per block.
pub const MAX_STEPS: usize = 432_000;
/// Blocks per oracle vote period (`x/oracle` `VotePeriod`, 5 on Columbus-5:
/// 30 seconds).
pub const VOTE_PERIOD_BLOCKS: u64 = 5;

/// Everything that determines a run, together with the seed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StablecoinParams {
    /// Length of the run, days.
    pub days: f64,
    /// Seconds per step (60: one minute, ten 6-second blocks).
    pub step_seconds: f64,
    /// Market module `BasePool`, SDR.
    pub base_pool_sdr: f64,
    /// Market module `PoolRecoveryPeriod`, blocks.
    pub pool_recovery_blocks: f64,
    /// Market module `MinStabilitySpread`, fraction.
    pub min_spread: f64,
    /// US dollars per SDR (the module's base unit); about 1.36 in May 2022.
    pub sdr_usd: f64,
    /// Day a governance change raises the mint cap (proposal 1164: 12 May); < 0 never.
    pub raise_day: f64,
    /// `BasePool` after the raise, SDR.
    pub raised_base_pool_sdr: f64,
    /// `PoolRecoveryPeriod` after the raise, blocks.
    pub raised_recovery_blocks: f64,
    /// Day the chain halts for good and swaps stop (block 7607789, 13 May;
    /// swaps disabled from 7607790); < 0 never.
    pub halt_day: f64,
    /// Day of the first, temporary halt (block 7603700, 12 May); < 0 never.
    pub first_halt_day: f64,
    /// Length of the first halt, minutes (about 80).
    pub first_halt_minutes: f64,
    /// Stablecoin supply at the start.
    pub stable_supply: f64,
    /// Companion token supply at the start.
    pub companion_supply: f64,
    /// Companion price at the start, USD.
    pub companion_price: f64,
    /// Dollars on each side of the stablecoin's external market (a
    /// constant-product pool standing for Curve and the exchanges).
    pub stable_depth_usd: f64,
    /// Dollars on the USD side of the companion's external market.
    pub companion_depth_usd: f64,
    /// Dollars the stablecoin's holders hold besides it (what they can buy
    /// it back with).
    pub holder_cash_usd: f64,
    /// Dollars the companion's holders hold besides it.
    pub companion_cash_usd: f64,
    /// Outside buyers' budget: dollars a day that arrive from outside the
    /// model to buy the companion on a dip (a stated inflow).
    pub dip_budget_per_day: f64,
    /// Outside buyers buy while the companion trades below this share of
    /// its starting price.
    pub dip_below: f64,
    /// Share of their unspent budget outside buyers spend per day on a dip.
    pub dip_spend_per_day: f64,
    /// Yield paid to holders (Anchor: 19.5%).
    pub yield_rate: f64,
    /// Yield at which the starting holdings were what holders wanted.
    pub reference_yield: f64,
    /// How strongly demand follows the yield: demand x exp(e x (yield - reference)).
    pub yield_elasticity: f64,
    /// Share of the gap between holdings and demand that holders close per day, calm.
    pub adjust_per_day: f64,
    /// Daily volatility of demand (random, seeded).
    pub demand_noise: f64,
    /// Depeg holders ignore (0.01 = 1 cent).
    pub panic_tolerance: f64,
    /// Panic added per day per dollar of depeg beyond the tolerance.
    pub panic_gain: f64,
    /// Panic added per day while the companion's market value is below the stablecoin supply, per unit of shortfall.
    pub backing_gain: f64,
    /// Share of panic that fades per day.
    pub panic_decay_per_day: f64,
    /// How much faster holders exit per unit of panic.
    pub panic_exit: f64,
    /// The most panic can reach (confidence never falls below exp(-this)).
    pub panic_max: f64,
    /// Holders who want out sell at the rate times price^this: at a deep
    /// discount they are slower to sell (0: price makes no difference).
    pub exit_price_power: f64,
    /// Share of the gap between the companion's price and what its holders
    /// think a token is worth (their share of the network: the starting
    /// market value times confidence, over the supply) that they close per
    /// day, buying with their cash or selling.
    pub companion_adjust_per_day: f64,
    /// Day of the large withdrawal; < 0 never.
    pub shock_day: f64,
    /// Stablecoin sold in the withdrawal (its holders want out for good).
    pub shock_usd: f64,
    /// Hours over which it is sold.
    pub shock_hours: f64,
    /// Arbitrageurs' dollars at the start.
    pub arb_capital_usd: f64,
    /// The most stablecoin arbitrageurs can move through the market module
    /// per block: chain and exchange throughput, in stablecoin volume.
    pub arb_stable_per_block: f64,
    /// The most of the companion market's dollar depth that one block's
    /// arbitrage sales may take (exchange throughput on that side).
    pub arb_depth_share_per_block: f64,
    /// The reserve, BTC (LFG: 80,394 on 7 May).
    pub reserve_btc: f64,
    /// BTC price, USD (held constant).
    pub btc_price: f64,
    /// The reserve defends below this stablecoin price.
    pub defence_trigger: f64,
    /// BTC the reserve can sell per hour.
    pub defence_btc_per_hour: f64,
}

impl Default for StablecoinParams {
    /// May 2022 as it started: Terra's mainnet market parameters, supplies
    /// and prices of 5 May, LFG's reserve, Anchor's 19.5%.
    fn default() -> Self {
        StablecoinParams {
            days: 12.0,
            step_seconds: 60.0,
            base_pool_sdr: 50e6,
            pool_recovery_blocks: 36.0,
            min_spread: 0.005,
            sdr_usd: 1.36,
            raise_day: -1.0,
            raised_base_pool_sdr: 100e6,
            raised_recovery_blocks: 18.0,
            halt_day: -1.0,
            first_halt_day: -1.0,
            first_halt_minutes: 80.0,
            stable_supply: 18.6e9,
            companion_supply: 345e6,
            companion_price: 85.0,
            stable_depth_usd: 1.0e9,
            companion_depth_usd: 2.0e9,
            holder_cash_usd: 1.0e9,
            companion_cash_usd: 1.0e9,
            dip_budget_per_day: 2.0e9,
            dip_below: 1.0,
            dip_spend_per_day: 24.0,
            yield_rate: 0.195,
            reference_yield: 0.195,
            yield_elasticity: 5.0,
            adjust_per_day: 0.3,
            demand_noise: 0.01,
            panic_tolerance: 0.01,
            panic_gain: 5.0,
            backing_gain: 0.5,
            panic_decay_per_day: 0.5,
            panic_exit: 1.0,
            panic_max: 3.0,
            exit_price_power: 1.0,
            companion_adjust_per_day: 2.0,
            shock_day: -1.0,
            shock_usd: 0.0,
            shock_hours: 24.0,
            arb_capital_usd: 1.0e9,
            arb_stable_per_block: 1.0e6,
            arb_depth_share_per_block: 6e-3,
            reserve_btc: 80_394.0,
            btc_price: 34_000.0,
            defence_trigger: 0.985,
            defence_btc_per_hour: 2_000.0,
        }
    }
}

/// One parameter: its URL/CLI key, label, bounds and accessors.
pub struct ParamSpec {
    pub key: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub min: f64,
    pub max: f64,
    /// A sensible slider step.
    pub step: f64,
    /// Days where a value below zero means "never".
    pub never_below_zero: bool,
    /// Shown on a log scale in the page (supplies, depths).
    pub log: bool,
    pub group: Group,
    pub get: fn(&StablecoinParams) -> f64,
    pub set: fn(&mut StablecoinParams, f64),
}

crate::keyed_enum! {
    /// Where a parameter sits on the page (`ALL` in the page's order), and
    /// its heading in the parameters panel.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Group {
        Market "stablecoin-group-market",
        Events "stablecoin-group-events",
        Reserve "stablecoin-group-reserve",
        Holders "stablecoin-group-holders",
        Panic "stablecoin-group-panic",
        Start "stablecoin-group-start",
    }
    /// The group's heading in the parameters panel.
    pub fn title -> String;
}

macro_rules! spec {
    ($key:literal, $field:ident, $label:literal, $unit:literal, $min:expr, $max:expr, $step:expr, $never:expr, $log:expr, $group:ident) => {
        ParamSpec {
            key: $key,
            label: $label,
            unit: $unit,
            min: $min,
            max: $max,
            step: $step,
            never_below_zero: $never,
            log: $log,
            group: Group::$group,
            get: |p| p.$field,
            set: |p, v| p.$field = v,
        }
    };
}

/// Every parameter, in the page's order.
pub const PARAMS: &[ParamSpec] = &[
    spec!("base", base_pool_sdr, "BasePool", "SDR", 1e6, 1e9, 1e6, false, true, Market),
    spec!("recovery", pool_recovery_blocks, "PoolRecoveryPeriod", "blocks", 1.0, 14_400.0, 1.0, false, true, Market),
    spec!("spread", min_spread, "MinStabilitySpread", "", 0.0, 1.0, 0.001, false, false, Market),
    spec!("sdr", sdr_usd, "SDR price", "$", 0.5, 3.0, 0.01, false, false, Market),
    spec!("raise", raise_day, "Mint cap raised on day", "day", -1.0, MAX_DAYS, 0.05, true, false, Events),
    spec!("rbase", raised_base_pool_sdr, "BasePool after raise", "SDR", 1e6, 1e9, 1e6, false, true, Events),
    spec!(
        "rrecovery",
        raised_recovery_blocks,
        "PoolRecoveryPeriod after raise",
        "blocks",
        1.0,
        14_400.0,
        1.0,
        false,
        true,
        Events
    ),
    spec!("halt1", first_halt_day, "First halt on day", "day", -1.0, MAX_DAYS, 0.01, true, false, Events),
    spec!("halt1min", first_halt_minutes, "First halt lasts", "min", 0.0, 1_440.0, 1.0, false, false, Events),
    spec!("halt", halt_day, "Chain halts for good on day", "day", -1.0, MAX_DAYS, 0.05, true, false, Events),
    spec!("shock", shock_day, "Large withdrawal on day", "day", -1.0, MAX_DAYS, 0.05, true, false, Events),
    spec!("shockusd", shock_usd, "Withdrawal size", "$", 0.0, 2e10, 1e7, false, false, Events),
    spec!("shockh", shock_hours, "Withdrawal over", "hours", 0.1, 240.0, 0.5, false, false, Events),
    spec!("btc", reserve_btc, "Reserve", "BTC", 0.0, 1e6, 1_000.0, false, false, Reserve),
    spec!("btcusd", btc_price, "BTC price", "$", 1_000.0, 200_000.0, 500.0, false, false, Reserve),
    spec!("trigger", defence_trigger, "Defend below", "$", 0.5, 1.0, 0.001, false, false, Reserve),
    spec!("defrate", defence_btc_per_hour, "Defence rate", "BTC/h", 0.0, 100_000.0, 100.0, false, false, Reserve),
    spec!("yield", yield_rate, "Yield on offer", "", 0.0, 0.5, 0.005, false, false, Holders),
    spec!("refyield", reference_yield, "Yield holders started at", "", 0.0, 0.5, 0.005, false, false, Holders),
    spec!("elasticity", yield_elasticity, "Demand's yield elasticity", "", 0.0, 50.0, 0.5, false, false, Holders),
    spec!("adjust", adjust_per_day, "UST holders adjust per day", "", 0.0, 10.0, 0.05, false, false, Holders),
    spec!("noise", demand_noise, "Demand volatility per day", "", 0.0, 0.2, 0.001, false, false, Holders),
    spec!("tolerance", panic_tolerance, "Depeg tolerated", "$", 0.0, 0.5, 0.001, false, false, Panic),
    spec!("gain", panic_gain, "Panic per day per $ of depeg", "", 0.0, 200.0, 0.5, false, false, Panic),
    spec!("backing", backing_gain, "Panic per day when under-backed", "", 0.0, 50.0, 0.1, false, false, Panic),
    spec!("decay", panic_decay_per_day, "Panic fading per day", "", 0.0, 10.0, 0.05, false, false, Panic),
    spec!("exit", panic_exit, "Exit speed per unit of panic", "", 0.0, 50.0, 0.1, false, false, Panic),
    spec!(
        "exitpow",
        exit_price_power,
        "Reluctance to sell at a discount (power of price)",
        "",
        0.0,
        10.0,
        0.5,
        false,
        false,
        Panic
    ),
    spec!("panicmax", panic_max, "Most panic", "", 0.0, 20.0, 0.1, false, false, Panic),
    spec!("cadjust", companion_adjust_per_day, "LUNA holders adjust per day", "", 0.0, 20.0, 0.05, false, false, Panic),
    spec!("arbcap", arb_capital_usd, "Arbitrageurs' dollars", "$", 0.0, 1e12, 1e8, false, true, Market),
    spec!(
        "arbdepth",
        arb_depth_share_per_block,
        "Arbitrage sales per block, share of LUNA depth",
        "",
        0.0,
        1.0,
        1e-4,
        false,
        true,
        Market
    ),
    spec!("arbblock", arb_stable_per_block, "Arbitrage volume per block", "UST", 0.0, 1e10, 1e4, false, true, Market),
    spec!("days", days, "Days simulated", "days", 0.1, MAX_DAYS, 0.5, false, false, Start),
    spec!("step", step_seconds, "Seconds per step", "s", BLOCK_SECONDS, 3_600.0, 6.0, false, false, Start),
    spec!("supply", stable_supply, "UST supply", "", 1e6, 1e12, 1e8, false, true, Start),
    spec!("csupply", companion_supply, "LUNA supply", "", 1e3, 1e12, 1e6, false, true, Start),
    spec!("cprice", companion_price, "LUNA price", "$", 1e-6, 1e5, 0.5, false, true, Start),
    spec!("depth", stable_depth_usd, "UST market depth", "$", 1e5, 1e11, 1e7, false, true, Start),
    spec!("cdepth", companion_depth_usd, "LUNA market depth", "$", 1e5, 1e11, 1e7, false, true, Start),
    spec!("cash", holder_cash_usd, "UST holders' dollars", "$", 0.0, 1e12, 1e8, false, true, Start),
    spec!("ccash", companion_cash_usd, "LUNA holders' dollars", "$", 0.0, 1e12, 1e8, false, true, Start),
    spec!("dip", dip_budget_per_day, "Outside LUNA buyers' budget per day", "$", 0.0, 1e11, 1e7, false, true, Start),
    spec!(
        "dipspend",
        dip_spend_per_day,
        "Outside buyers spend of their budget per day",
        "",
        0.0,
        100.0,
        0.5,
        false,
        false,
        Start
    ),
    spec!(
        "dipbelow",
        dip_below,
        "Outside buyers buy below (share of start price)",
        "",
        0.0,
        100.0,
        0.05,
        false,
        false,
        Start
    ),
];

/// The parameter with this key.
pub fn spec(key: &str) -> Option<&'static ParamSpec> {
    PARAMS.iter().find(|s| s.key == key)
}

/// Why a set of parameters is invalid; the message names the rule broken.
pub use crate::sim::RuleError as ParamError;

impl StablecoinParams {
    /// Steps in the run.
    pub fn steps(&self) -> usize {
        (self.days * 86_400.0 / self.step_seconds).round() as usize
    }

    /// Checks every rule; the first one broken is reported. Beyond the
    /// bounds in [`PARAMS`], the market module's own rules
    /// (`x/market/types/params.go`, `Validate`) apply.
    pub fn validate(&self) -> Result<(), ParamError> {
        for s in PARAMS {
            let v = (s.get)(self);
            if !v.is_finite() {
                return Err(ParamError { message: crate::t!("stablecoin-rule-number", name = s.title()) });
            }
            if s.never_below_zero && v < 0.0 {
                continue;
            }
            if v < s.min || v > s.max {
                return Err(ParamError {
                    message: crate::t!(
                        "stablecoin-rule-between",
                        name = s.title(),
                        min = fmt_bound(s.min),
                        max = fmt_bound(s.max),
                        value = fmt_bound(v)
                    ),
                });
            }
        }
        if self.min_spread >= 1.0 {
            return Err(ParamError {
                message: crate::t!("stablecoin-rule-spread"),
            });
        }
        if self.steps() == 0 {
            return Err(ParamError { message: crate::t!("stablecoin-rule-one-step") });
        }
        if self.steps() > MAX_STEPS {
            return Err(ParamError {
                message: crate::t!(
                    "stablecoin-rule-max-steps",
                    steps = self.steps().to_string(),
                    max = MAX_STEPS.to_string()
                ),
            });
        }
        if self.stable_depth_usd >= self.stable_supply {
            return Err(ParamError { message: crate::t!("stablecoin-rule-stable-depth") });
        }
        if self.companion_depth_usd >= self.companion_supply * self.companion_price {
            return Err(ParamError { message: crate::t!("stablecoin-rule-companion-depth") });
        }
        Ok(())
    }
}

fn fmt_bound(v: f64) -> String {
    if v != 0.0 && (v.abs() >= 1e6 || v.abs() < 1e-3) {
        format!("{v:e}")
    } else {
        format!("{v}")
    }
}
