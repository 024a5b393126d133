//! Constants from the Ethereum consensus-specs, the forks whose slashing
//! rules the model can apply, and the run's parameters.
//!
//! Sources (ethereum/consensus-specs): `specs/phase0/beacon-chain.md`
//! (MIN_SLASHING_PENALTY_QUOTIENT 2**7, PROPORTIONAL_SLASHING_MULTIPLIER 1,
//! WHISTLEBLOWER_REWARD_QUOTIENT 2**9, EJECTION_BALANCE 16 ETH,
//! EFFECTIVE_BALANCE_INCREMENT 1 ETH, MAX_EFFECTIVE_BALANCE 32 ETH,
//! MIN_PER_EPOCH_CHURN_LIMIT 4, CHURN_LIMIT_QUOTIENT 2**16,
//! EPOCHS_PER_SLASHINGS_VECTOR 2**13, MIN_VALIDATOR_WITHDRAWABILITY_DELAY
//! 2**8, MAX_SEED_LOOKAHEAD 4, HYSTERESIS_QUOTIENT 4 with multipliers 1
//! and 5), `specs/altair/beacon-chain.md` (quotient 2**6, multiplier 2;
//! BASE_REWARD_FACTOR 64 and the participation-flag weights),
//! `specs/bellatrix/beacon-chain.md` (quotient 2**5, multiplier 3),
//! `specs/electra/beacon-chain.md` (MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA
//! 2**12, WHISTLEBLOWER_REWARD_QUOTIENT_ELECTRA 2**12,
//! MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA 128 ETH,
//! MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT 256 ETH).

use crate::sim::RuleError;
use serde::Serialize;

/// One gwei is 10^-9 ETH; balances are whole gwei as in the spec.
pub const GWEI_PER_ETH: u64 = 1_000_000_000;
pub const EFFECTIVE_BALANCE_INCREMENT: u64 = GWEI_PER_ETH;
/// Every validator starts with this (0x01 credentials; the Electra
/// compounding validators up to 2048 ETH are not modelled).
pub const MAX_EFFECTIVE_BALANCE: u64 = 32 * GWEI_PER_ETH;
pub const EJECTION_BALANCE: u64 = 16 * GWEI_PER_ETH;
pub const EPOCHS_PER_SLASHINGS_VECTOR: u64 = 8192;
pub const MIN_VALIDATOR_WITHDRAWABILITY_DELAY: u64 = 256;
pub const MAX_SEED_LOOKAHEAD: u64 = 4;
pub const MIN_PER_EPOCH_CHURN_LIMIT: u64 = 4;
pub const CHURN_LIMIT_QUOTIENT: u64 = 65_536;
pub const MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA: u64 = 128 * GWEI_PER_ETH;
pub const MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT: u64 = 256 * GWEI_PER_ETH;
pub const BASE_REWARD_FACTOR: u64 = 64;
pub const TIMELY_SOURCE_WEIGHT: u64 = 14;
pub const TIMELY_TARGET_WEIGHT: u64 = 26;
pub const TIMELY_HEAD_WEIGHT: u64 = 14;
pub const PROPOSER_WEIGHT: u64 = 8;
pub const WEIGHT_DENOMINATOR: u64 = 64;
pub const SLOTS_PER_EPOCH: usize = 32;
/// Hysteresis of the effective balance: a quarter ETH down, 1.25 ETH up.
pub const HYSTERESIS_DOWNWARD: u64 = EFFECTIVE_BALANCE_INCREMENT / 4;
pub const HYSTERESIS_UPWARD: u64 = EFFECTIVE_BALANCE_INCREMENT / 4 * 5;
/// 6.4-minute epochs: 225 a day.
pub const EPOCHS_PER_DAY: u32 = 225;
/// The model's limits (the page's and the URL's too).
pub const MAX_VALIDATORS: u32 = 20_000;
pub const MAX_OPERATORS: u32 = 1_000;
pub const MAX_EPOCHS: u32 = 20_000;

/// The shares of stake the app states the Nakamoto coefficient at: more
/// than a third halts finality, a half, and two thirds finalises anything.
pub const THRESHOLDS: [f64; 3] = [0.334, 0.5, 0.667];
pub const THRESHOLD_LABELS: [&str; 3] = ["33.4%", "50%", "66.7%"];

/// Whose slashing rules apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Fork {
    Phase0,
    Altair,
    /// Bellatrix to Deneb: the rules just before Electra.
    Bellatrix,
    Electra,
}

impl Fork {
    pub const ALL: [Fork; 4] = [Fork::Phase0, Fork::Altair, Fork::Bellatrix, Fork::Electra];
    pub fn name(self) -> &'static str {
        match self {
            Fork::Phase0 => "phase0",
            Fork::Altair => "altair",
            Fork::Bellatrix => "bellatrix",
            Fork::Electra => "electra",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Fork::Phase0 => "Phase 0 (1/128, ×1)",
            Fork::Altair => "Altair (1/64, ×2)",
            Fork::Bellatrix => "Bellatrix–Deneb (1/32, ×3)",
            Fork::Electra => "Electra (1/4096, ×3)",
        }
    }
    pub fn min_slashing_penalty_quotient(self) -> u64 {
        match self {
            Fork::Phase0 => 128,
            Fork::Altair => 64,
            Fork::Bellatrix => 32,
            Fork::Electra => 4096,
        }
    }
    pub fn proportional_slashing_multiplier(self) -> u64 {
        match self {
            Fork::Phase0 => 1,
            Fork::Altair => 2,
            Fork::Bellatrix | Fork::Electra => 3,
        }
    }
    pub fn whistleblower_reward_quotient(self) -> u64 {
        match self {
            Fork::Electra => 4096,
            _ => 512,
        }
    }
}

/// How the validators are shared among operators.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub enum Distribution {
    /// Every operator runs the same number of validators.
    Equal,
    /// Operator `i` (from 1) holds a share proportional to `1 / i^alpha`.
    PowerLaw { alpha: f64 },
    /// `big` large operators hold `big_share` of the stake between them
    /// (each a little less than the one before); the rest is spread
    /// equally over the small ones.
    Delegation { big: u32, big_share: f64 },
    /// Ethereum's staking entities on 2022-09-12 (Nansen, via
    /// `data/nakamoto-coefficients.csv`): Lido 31%, Coinbase 15%, Kraken
    /// 8.5%, Binance 6.75%; the remaining 38.75% is an assumption of the
    /// model, spread equally over the other operators.
    RealShares,
}

impl Distribution {
    pub const NAMES: [&'static str; 4] = ["equal", "powerlaw", "delegation", "real"];
    pub fn name(self) -> &'static str {
        match self {
            Distribution::Equal => "equal",
            Distribution::PowerLaw { .. } => "powerlaw",
            Distribution::Delegation { .. } => "delegation",
            Distribution::RealShares => "real",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Distribution::Equal => "Equal",
            Distribution::PowerLaw { .. } => "Power law",
            Distribution::Delegation { .. } => "Delegation to a few",
            Distribution::RealShares => "Ethereum, Sept 2022",
        }
    }
    /// The default of each kind.
    pub fn from_name(name: &str) -> Option<Distribution> {
        Some(match name {
            "equal" => Distribution::Equal,
            "powerlaw" => Distribution::PowerLaw { alpha: 1.0 },
            "delegation" => Distribution::Delegation { big: 5, big_share: 0.6 },
            "real" => Distribution::RealShares,
            _ => return None,
        })
    }
}

/// The published entity shares the `RealShares` preset uses.
pub const REAL_SHARES: [(&str, f64); 4] = [("Lido", 0.31), ("Coinbase", 0.15), ("Kraken", 0.085), ("Binance", 0.0675)];

/// Where the staked token's USD price comes from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum PriceSource {
    /// Flat at the starting price.
    Stable,
    /// Falls linearly by `depth` (0.8 = to 20% of the start) over the run.
    Decline { depth: f64 },
    /// Flat for the first sixth of the run, then loses 99.99% in a week
    /// (1,575 epochs), as LUNA did on 7-13 May 2022, then flat.
    Collapse,
    /// A price per epoch given from outside (e.g. the stablecoin
    /// simulation's companion token); the last value holds after its end.
    Path { name: String, usd: Vec<f64> },
}

impl PriceSource {
    pub fn name(&self) -> &str {
        match self {
            PriceSource::Stable => "stable",
            PriceSource::Decline { .. } => "decline",
            PriceSource::Collapse => "collapse",
            PriceSource::Path { name, .. } => name,
        }
    }
}

/// A what-if, applied at the start of an epoch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum WhatIfKind {
    /// The largest operator's validators are handed out one by one to the
    /// other operators, smallest first (delegators move away).
    Redelegate,
    /// The second-largest operator merges into the largest.
    Merge,
    /// Every active validator of the largest operator is slashed at once
    /// (a correlated fault: a shared key used twice).
    SlashLargest,
}

impl WhatIfKind {
    pub const ALL: [WhatIfKind; 3] = [WhatIfKind::Redelegate, WhatIfKind::Merge, WhatIfKind::SlashLargest];
    pub fn code(self) -> char {
        match self {
            WhatIfKind::Redelegate => 'r',
            WhatIfKind::Merge => 'm',
            WhatIfKind::SlashLargest => 's',
        }
    }
    pub fn from_code(c: char) -> Option<WhatIfKind> {
        WhatIfKind::ALL.into_iter().find(|k| k.code() == c)
    }
    pub fn label(self) -> &'static str {
        match self {
            WhatIfKind::Redelegate => "Re-delegate the largest",
            WhatIfKind::Merge => "Merge the two largest",
            WhatIfKind::SlashLargest => "Slash the largest",
        }
    }
}

/// What an outage does: part of the stake stops attesting, or the
/// network splits in two and each side sees the other as offline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum OutageKind {
    /// The chosen share of validators goes offline and stays offline.
    Offline,
    /// The chosen share is cut off from the rest: the run follows the
    /// rest's chain (where the share is offline) and, beside it, the
    /// share's own chain (where the rest is offline).
    Partition,
}

/// An outage from an epoch on, of a share of the validators (chosen by a
/// fixed shuffle of their indices, spread over operators, independent of
/// the seed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Outage {
    pub kind: OutageKind,
    /// The share of validators cut off, in parts per 10,000.
    pub share_bp: u32,
    /// The first epoch they are missing.
    pub from: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct WhatIf {
    pub epoch: u32,
    pub kind: WhatIfKind,
}

/// Everything a run depends on besides its seed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ValidatorParams {
    pub validators: u32,
    pub operators: u32,
    pub distribution: Distribution,
    pub fork: Fork,
    /// Chance per validator per epoch of being offline, in parts per 10,000.
    pub offline_bp: u32,
    /// Expected lone slashings (one random validator's mistake) per 1,000 epochs.
    pub lone_slashings_per_1000: u32,
    /// The run's length in epochs.
    pub epochs: u32,
    pub price: PriceSource,
    pub start_price_usd: f64,
    /// The typical validator's running cost as a share of its staking
    /// income at the starting price (small operators pay more per
    /// validator, large ones less).
    pub cost_share: f64,
    /// Epochs of running at a loss before a validator asks to exit.
    pub patience: u32,
    pub whatifs: Vec<WhatIf>,
    /// A share going offline, or a partition, from an epoch on.
    pub outage: Option<Outage>,
}

impl Default for ValidatorParams {
    fn default() -> Self {
        ValidatorParams {
            validators: 1_000,
            operators: 40,
            distribution: Distribution::RealShares,
            fork: Fork::Electra,
            offline_bp: 200,
            lone_slashings_per_1000: 2,
            epochs: 6_000,
            price: PriceSource::Stable,
            start_price_usd: 2_000.0,
            cost_share: 0.3,
            patience: EPOCHS_PER_DAY,
            whatifs: Vec::new(),
            outage: None,
        }
    }
}

impl ValidatorParams {
    /// Checks every rule a run relies on.
    pub fn validate(&self) -> Result<(), RuleError> {
        let fail = |m: String| Err(RuleError { message: m });
        if !(4..=MAX_VALIDATORS).contains(&self.validators) {
            return fail(crate::t!("validators-e-validators", max = MAX_VALIDATORS.to_string(), n = self.validators.to_string()));
        }
        if self.operators == 0 || self.operators > self.validators || self.operators > MAX_OPERATORS {
            return fail(crate::t!("validators-e-operators", max = MAX_OPERATORS.to_string(), n = self.operators.to_string()));
        }
        if self.distribution == Distribution::RealShares && self.operators < 5 {
            return fail(crate::t!("validators-e-real-shares"));
        }
        match self.distribution {
            Distribution::PowerLaw { alpha } if !(0.0..=4.0).contains(&alpha) => {
                return fail(crate::t!("validators-e-alpha", alpha = alpha.to_string()))
            }
            Distribution::Delegation { big, big_share }
                if big == 0 || big >= self.operators || !(0.0..1.0).contains(&big_share) =>
            {
                return fail(crate::t!("validators-e-delegation"))
            }
            _ => {}
        }
        if self.offline_bp > 10_000 {
            return fail(crate::t!("validators-e-offline", n = self.offline_bp.to_string()));
        }
        if self.lone_slashings_per_1000 > 1_000 {
            return fail(crate::t!("validators-e-lone"));
        }
        if self.epochs == 0 || self.epochs > MAX_EPOCHS {
            return fail(crate::t!("validators-e-epochs", max = MAX_EPOCHS.to_string(), n = self.epochs.to_string()));
        }
        if !(self.start_price_usd.is_finite() && self.start_price_usd > 0.0) {
            return fail(crate::t!("validators-e-start-price"));
        }
        if !(0.0..=10.0).contains(&self.cost_share) {
            return fail(crate::t!("validators-e-cost-share"));
        }
        match &self.price {
            PriceSource::Decline { depth } if !(0.0..=1.0).contains(depth) => {
                return fail(crate::t!("validators-e-depth"))
            }
            PriceSource::Path { usd, .. } if usd.is_empty() || usd.iter().any(|p| !(p.is_finite() && *p >= 0.0)) => {
                return fail(crate::t!("validators-e-price-path"))
            }
            _ => {}
        }
        if let Some(o) = self.outage {
            if o.share_bp == 0 || o.share_bp >= 10_000 {
                return fail(crate::t!("validators-e-outage-share", share = (f64::from(o.share_bp) / 100.0).to_string()));
            }
            if o.from > self.epochs {
                return fail(crate::t!(
                    "validators-e-outage-from",
                    from = o.from.to_string(),
                    epochs = self.epochs.to_string()
                ));
            }
        }
        if self.whatifs.iter().any(|w| w.epoch > self.epochs) {
            return fail(crate::t!("validators-e-whatif-late"));
        }
        Ok(())
    }
}

impl WhatIf {
    /// `s@1200,r@300`: a kind's code and the epoch it happens at.
    pub fn parse_list(text: &str) -> Result<Vec<WhatIf>, String> {
        let mut out = Vec::new();
        for item in text.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let parsed = item.split_once('@').and_then(|(k, e)| {
                let mut cs = k.chars();
                let kind = WhatIfKind::from_code(cs.next()?)?;
                if cs.next().is_some() {
                    return None;
                }
                Some(WhatIf { epoch: e.parse().ok()?, kind })
            });
            match parsed {
                Some(w) => out.push(w),
                None => {
                    // Quoted only in part: a link's item can be megabytes long.
                    let item: String = item.chars().take(40).collect();
                    return Err(crate::t!("validators-e-whatif-code", item = format!("{item:?}")));
                }
            }
        }
        sort_whatifs(&mut out);
        Ok(out)
    }
    pub fn format_list(list: &[WhatIf]) -> String {
        list.iter().map(|w| format!("{}@{}", w.kind.code(), w.epoch)).collect::<Vec<_>>().join(",")
    }
}

/// Sorts what-ifs by epoch, keeping the given order within an epoch (a
/// stable sort: a link's list can be long, and an insertion sort of 50,000
/// took seconds).
pub fn sort_whatifs(list: &mut [WhatIf]) {
    list.sort_by_key(|w| w.epoch);
}
