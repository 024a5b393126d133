//! Terra's market module: stablecoin <-> companion swaps at the oracle
//! price through a virtual constant-product pool.
//!
//! Follows terra-money/classic-core, `x/market`:
//! - `x/market/keeper/swap.go`, `ComputeSwap`: the offer is first valued in
//!   the base denomination (SDR) at the oracle rate (`ComputeInternalSwap`,
//!   no spread); with `cp = BasePool^2`, `TerraPool = BasePool + delta`,
//!   `LunaPool = cp / TerraPool`, the constant-product ask is
//!   `askPool - cp / (offerPool + offer)` and
//!   `spread = max((offer - ask) / offer, MinStabilitySpread)`.
//! - `x/market/keeper/msg_server.go`, `handleSwapRequest`: the fee is
//!   `spread x` the oracle-valued ask; the offer is burnt; the ask minus
//!   the fee is minted to the trader and the fee is minted to the oracle
//!   module's reward pool.
//! - `x/market/keeper/swap.go`, `ApplySwapToPool`: a Terra -> Luna swap
//!   adds the offer's SDR value to `delta`; a Luna -> Terra swap subtracts
//!   the SDR value of what the trader receives.
//! - `x/market/keeper/keeper.go`, `ReplenishPools` (run from `EndBlocker`
//!   in `x/market/abci.go`): every block `delta -= delta / PoolRecoveryPeriod`.
//! - `x/market/types/params.go`: `Validate` rejects a negative BasePool, a
//!   zero PoolRecoveryPeriod and a MinStabilitySpread outside [0, 1]. The
//!   code defaults there (1M SDR, 14,400 blocks, 2%) were changed by
//!   governance; mainnet in May 2022 ran BasePool 50M SDR, 36 blocks and
//!   0.5% (Chain Lab `reference/models.md` §4).
//!
//! Chain Lab takes "Terra" to be the stablecoin (UST) and "Luna" the
//! companion; UST is valued at exactly $1 by the oracle, which is the
//! peg the module enforces whatever UST trades at elsewhere.

/// The pool parameters of the market module.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MarketParams {
    /// `BasePool`, in SDR.
    pub base_pool: f64,
    /// `PoolRecoveryPeriod`, in blocks.
    pub pool_recovery_period: f64,
    /// `MinStabilitySpread`, a fraction (0.005 = 0.5%).
    pub min_spread: f64,
}

/// Which way a swap goes through the module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Burn the stablecoin, mint the companion (below the peg).
    StableToCompanion,
    /// Burn the companion, mint the stablecoin (above the peg).
    CompanionToStable,
}

/// The outcome of one swap, in SDR (the module's base unit).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SwapQuote {
    /// The offer valued at the oracle rate.
    pub offer_base: f64,
    /// The constant-product ask, before the spread floor.
    pub cp_ask_base: f64,
    /// The spread charged: at least `MinStabilitySpread`.
    pub spread: f64,
    /// What the trader receives: `offer_base * (1 - spread)`.
    pub received_base: f64,
    /// The fee minted to the oracle reward pool: `offer_base * spread`.
    pub fee_base: f64,
}

/// The virtual pool's state: `delta`, the gap between TerraPool and BasePool.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct VirtualPool {
    pub delta: f64,
}

impl VirtualPool {
    /// `TerraPool = BasePool + delta`.
    pub fn terra_pool(&self, p: &MarketParams) -> f64 {
        p.base_pool + self.delta
    }
    /// `LunaPool = BasePool^2 / TerraPool`.
    pub fn luna_pool(&self, p: &MarketParams) -> f64 {
        p.base_pool * p.base_pool / self.terra_pool(p)
    }

    /// `ComputeSwap` for an offer already valued in SDR at the oracle rate.
    pub fn quote(&self, p: &MarketParams, dir: Direction, offer_base: f64) -> SwapQuote {
        let cp = p.base_pool * p.base_pool;
        let (offer_pool, ask_pool) = match dir {
            Direction::StableToCompanion => (self.terra_pool(p), self.luna_pool(p)),
            Direction::CompanionToStable => (self.luna_pool(p), self.terra_pool(p)),
        };
        let cp_ask_base = if offer_base > 0.0 { ask_pool - cp / (offer_pool + offer_base) } else { 0.0 };
        let mut spread = if offer_base > 0.0 { (offer_base - cp_ask_base) / offer_base } else { 0.0 };
        if spread < p.min_spread || spread.is_nan() {
            spread = p.min_spread;
        }
        let spread = spread.min(1.0);
        let fee_base = offer_base * spread;
        SwapQuote { offer_base, cp_ask_base, spread, received_base: offer_base - fee_base, fee_base }
    }

    /// `ApplySwapToPool`.
    pub fn apply(&mut self, dir: Direction, q: &SwapQuote) {
        match dir {
            Direction::StableToCompanion => self.delta += q.offer_base,
            Direction::CompanionToStable => self.delta -= q.received_base,
        }
    }

    /// `ReplenishPools`, once per block, for `blocks` blocks (may be
    /// fractional: a step of 60 s is 10 blocks of 6 s).
    pub fn replenish(&mut self, p: &MarketParams, blocks: f64) {
        let keep = 1.0 - 1.0 / p.pool_recovery_period;
        // The model runs one block at a time: pow(x, 1) is x, without its cost.
        self.delta *= if blocks == 1.0 { keep } else { libm::pow(keep, blocks) };
    }

    /// The spread a small Terra -> Luna offer would pay now:
    /// `1 - (BasePool / TerraPool)^2`, at least the minimum.
    pub fn marginal_spread(&self, p: &MarketParams, dir: Direction) -> f64 {
        let r = p.base_pool / self.terra_pool(p);
        let s = match dir {
            Direction::StableToCompanion => 1.0 - r * r,
            Direction::CompanionToStable => 1.0 - 1.0 / (r * r),
        };
        s.max(p.min_spread).min(1.0)
    }
}

/// `ComputeSwap` for one pool state and direction, prepared once and
/// evaluated many times: what an offer of `o` SDR receives, and its slope
/// `d received / d o`, for the arbitrageurs' search of their best size.
/// The same arithmetic as [`VirtualPool::quote`]: the constant-product
/// amount `cp_ask = ask_pool - cp / (offer_pool + o)`, or the offer less
/// `MinStabilitySpread` when that pays less, never below zero.
#[derive(Clone, Copy, Debug)]
pub struct Quoter {
    cp: f64,
    offer_pool: f64,
    ask_pool: f64,
    keep: f64,
}

impl Quoter {
    pub fn new(pool: &VirtualPool, p: &MarketParams, dir: Direction) -> Quoter {
        let (offer_pool, ask_pool) = match dir {
            Direction::StableToCompanion => (pool.terra_pool(p), pool.luna_pool(p)),
            Direction::CompanionToStable => (pool.luna_pool(p), pool.terra_pool(p)),
        };
        Quoter { cp: p.base_pool * p.base_pool, offer_pool, ask_pool, keep: 1.0 - p.min_spread }
    }

    /// `(received, slope)` for an offer of `o` SDR.
    #[inline]
    pub fn received(&self, o: f64) -> (f64, f64) {
        let t = self.cp / (self.offer_pool + o);
        let cp_ask = self.ask_pool - t;
        let floor = o * self.keep;
        let cp_slope = t * t / self.cp;
        if o > 0.0 && cp_ask < floor {
            (cp_ask.max(0.0), cp_slope)
        } else if o > 0.0 {
            (floor, self.keep)
        } else {
            (0.0, cp_slope.min(self.keep))
        }
    }
}

/// The delta at which a small Terra -> Luna swap pays `spread`: solve
/// `1 - (B / (B + d))^2 = spread`.
pub fn delta_at_spread(p: &MarketParams, spread: f64) -> f64 {
    p.base_pool * (1.0 / (1.0 - spread).sqrt() - 1.0)
}

/// Mint capacity per day in SDR: the steady burn that keeps the marginal
/// spread at `spread` (each block recovers `delta / PoolRecoveryPeriod`).
pub fn capacity_per_day(p: &MarketParams, spread: f64, blocks_per_day: f64) -> f64 {
    delta_at_spread(p, spread) / p.pool_recovery_period * blocks_per_day
}
