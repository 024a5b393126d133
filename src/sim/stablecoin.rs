//! An algorithmic stablecoin and its death spiral (Terra UST / LUNA, May 2022).
//!
//! The stablecoin is pegged by code, not cash: Terra's market module
//! ([`market`], after terra-money/classic-core `x/market`) always swaps one
//! stablecoin for one dollar of the companion token at the oracle price,
//! less a spread, burning what is offered and minting what is asked. Below
//! the peg, arbitrageurs buy the stablecoin cheaply on an external market,
//! redeem it for $1 of the companion and sell that on the companion's own
//! external market; above the peg they do the reverse. The loop holds the
//! peg while the companion's market can absorb what is minted. When
//! holders leave faster than that, each redemption dilutes the companion,
//! its price falls, confidence falls, and more holders leave.
//!
//! Time: the market module runs per 6-second block, whatever the UI's step.
//! One [`StablecoinSim::step`] is `step_seconds` of wall time and runs every
//! block slot whose end falls inside it (60 s: ten blocks; 20.736 s: three
//! or four; 6 s: one), so a run's outcome does not depend on the step
//! length: at the same wall time, every step length has run the same
//! blocks with the same random draws (tests/stablecoin.rs checks 60 s and
//! 20 s against 6 s on every scenario). In one block slot, in this order:
//! 1. scheduled events: proposal 1164 (BasePool 50M -> 100M SDR,
//!    PoolRecoveryPeriod 36 -> 18 blocks, 12 May), the first halt (block
//!    7603700, 12 May, 80 minutes with no block), the final halt (block
//!    7607789, 13 May; swaps disabled from 7607790) - reference/models.md §4;
//! 2. stablecoin holders trade on its external market (a constant-product
//!    UST/USD book) toward their demand, which follows the yield on offer
//!    times their confidence, with seeded noise; they sell faster with
//!    panic (`panic_exit`) and slower at a deep discount (the rate times
//!    price^`exit_price_power`), and buy back only with their own dollars.
//!    A large withdrawal is sold on top, spread over its hours. Calibrated
//!    on Anchor deposits ($14B on 6 May, $8.7B on 9 May, about $2.6B on
//!    12 May: about 30-40% a day leave once panic is high);
//! 3. companion (LUNA) holders value their *share of the network*: a token
//!    is worth the starting market value times confidence over today's
//!    supply, so both lost confidence and dilution make them sell (LUNA
//!    fell from $85 to $16 by 10 May while its supply grew only x1.12);
//!    they buy only with their own dollars. Outside buyers ("buying the
//!    dip") bring new dollars at a stated rate (`dip_budget_per_day`,
//!    scaled by confidence, and none once swaps are disabled and the
//!    exchanges delisted LUNA) and spend them on LUNA;
//! 4. the reserve, below its trigger, sells BTC outside the model (dollars
//!    in: a stated inflow) at its hourly rate and buys the stablecoin, no
//!    higher than the peg, and keeps it;
//! 5. if a block is produced and swaps are enabled: the arbitrageurs'
//!    best round trip through the market module at the oracle price
//!    (`x/market/keeper/swap.go` `ComputeSwap`, `ApplySwapToPool`; the
//!    size where the marginal profit crosses zero, found by a bracketing
//!    search), bounded by their dollars,
//!    by `arb_stable_per_block` of stablecoin volume and by
//!    `arb_depth_share_per_block` of the companion market's dollar depth
//!    (chain and exchange throughput: what bounded the real run);
//! 6. EndBlocker `ReplenishPools`: `delta -= delta / PoolRecoveryPeriod`
//!    (`x/market/keeper/keeper.go`, `x/market/abci.go`);
//! 7. at the end of each oracle vote period of 5 blocks (`x/oracle`
//!    `VotePeriod`, 30 s) the oracle takes the companion market's price;
//!    swaps in the next period use it;
//! 8. panic grows with the depeg beyond a tolerance and while the
//!    companion's market value is below the stablecoin supply, saturating
//!    at `panic_max` (bounded), and fades otherwise; confidence is
//!    `exp(-panic)`.
//!
//! Accounting that closes: every dollar, UST and LUNA belongs to an agent
//! ([`Balances`]: stablecoin holders, companion holders, outside buyers,
//! arbitrageurs, the reserve, the two external books standing for the
//! market makers, the oracle reward pool) or is minted or burnt by the
//! market module. After every block, per asset, the sum of the balances
//! equals the start plus minted, minus burnt, plus the stated outside
//! inflows (the reserve's BTC sales and the outside buyers' budget)
//! ([`StablecoinSim::accounts`]); no flow creates money: market makers do
//! not refill depth, nobody buys without a balance. Each swap burns its
//! offer and mints exactly its oracle value of the other token,
//! `(1 - spread)` to the trader and `spread` as the fee to the oracle
//! reward pool (`x/market/keeper/msg_server.go`).
//!
//! Determinism: `exp`, `ln` and `pow` come from the `libm` crate, not the
//! platform's maths library, so a seed gives the same bits natively and in
//! wasm (`sqrt` and arithmetic are exact IEEE operations everywhere).
//!
//! Simplifications (also on the page): one representative agent of each
//! kind; external markets are constant-product books (Curve's pool is
//! flatter near the peg); BTC's price is constant; Anchor's yield is a
//! parameter, not its own model; the fee pool's tokens are never sold.
//! Calibrated parameters (not recorded facts): panic gains, the outside
//! buyers' rate and the two throughput bounds; the recorded history in
//! `www/data/` is the yardstick in tests, never an input. Sources:
//! terra-money/classic-core `x/market`, `x/oracle`; Chain Lab
//! `reference/models.md` §4.

mod accounts;
mod arbitrage;
mod block;
mod book;
pub mod ensemble;
pub mod history;
pub mod market;
pub mod moments;
mod params;
mod params_text;
mod scenario;
pub mod simulation;
mod snapshot;

pub use accounts::{Account, Balances, Ledger};
use block::{rel, EventSlots, Rates, SLOTS_PER_DAY};
use book::Book;
pub use market::{Direction, MarketParams, Quoter, SwapQuote, VirtualPool};
pub use params::{
    spec, Group, ParamError, ParamSpec, StablecoinParams, BLOCK_SECONDS, MAX_DAYS, MAX_STEPS, PARAMS,
    VOTE_PERIOD_BLOCKS,
};
pub use scenario::Scenario;
pub use snapshot::{csv_row, LoopActivity, Snapshot, Summary, CSV_HEADER};

use crate::sim::rng::{seeded, Fingerprint, SimRng};
use rand::RngExt;
use std::sync::Arc;

/// The spread at which the mint capacity is counted as used up: the
/// steady daily burn that holds a small swap's spread at 2%. At the May
/// 2022 parameters it is about $276M a day, close to the $293M quoted at
/// the time; proposal 1164 quadrupled it.
pub const CAPACITY_SPREAD: f64 = 0.02;

/// Tolerance of the conservation checks, relative.
pub const CONSERVATION_TOLERANCE: f64 = 1e-9;

/// The simulation.
#[derive(Clone, Debug)]
pub struct StablecoinSim {
    /// Shared so that a step's blocks can read them while the model
    /// changes (a clone per block was a tenth of a run's time).
    params: Arc<StablecoinParams>,
    seed: u64,
    rng: SimRng,
    step: u32,
    /// Block slots (6 s of wall time each) run so far.
    slots: u64,
    /// Blocks produced so far (no block is produced while the chain is halted).
    height: u64,
    market: MarketParams,
    pool: VirtualPool,
    stable_book: Book,
    companion_book: Book,
    /// The oracle's companion price: the companion market's price at the
    /// end of the last complete vote period.
    oracle: f64,
    stable_supply: f64,
    companion_supply: f64,
    bal: Balances,
    start: Balances,
    demand_base: f64,
    demand_noise: f64,
    panic: f64,
    reserve_btc: f64,
    ledger: Ledger,
    rates: Rates,
    events: EventSlots,
    last: Snapshot,
    history: Vec<Snapshot>,
}

impl StablecoinSim {
    pub fn new(params: StablecoinParams, seed: u64) -> Result<StablecoinSim, ParamError> {
        params.validate()?;
        let p = &params;
        let market = MarketParams {
            base_pool: p.base_pool_sdr,
            pool_recovery_period: p.pool_recovery_blocks,
            min_spread: p.min_spread,
        };
        let stable_book = Book { base: p.stable_depth_usd, usd: p.stable_depth_usd };
        let companion_book = Book { base: p.companion_depth_usd / p.companion_price, usd: p.companion_depth_usd };
        let holdings = p.stable_supply - stable_book.base;
        let bal = Balances {
            holders_usd: p.holder_cash_usd,
            holders_stable: holdings,
            companion_holders_usd: p.companion_cash_usd,
            companion_holders_companion: p.companion_supply - companion_book.base,
            arbitrageurs_usd: p.arb_capital_usd,
            stable_book_usd: stable_book.usd,
            stable_book_stable: stable_book.base,
            companion_book_usd: companion_book.usd,
            companion_book_companion: companion_book.base,
            ..Balances::default()
        };
        let mut sim = StablecoinSim {
            seed,
            rng: seeded(seed),
            step: 0,
            slots: 0,
            height: 0,
            market,
            pool: VirtualPool::default(),
            stable_book,
            companion_book,
            oracle: p.companion_price,
            stable_supply: p.stable_supply,
            companion_supply: p.companion_supply,
            bal,
            start: bal,
            demand_base: holdings,
            demand_noise: 0.0,
            panic: 0.0,
            reserve_btc: p.reserve_btc,
            ledger: Ledger::default(),
            rates: Rates::of(&params),
            events: EventSlots::of(&params),
            last: Snapshot {
                step: 0,
                day: 0.0,
                stable_price_usd: 1.0,
                companion_price_usd: p.companion_price,
                oracle_price_usd: p.companion_price,
                stable_supply: p.stable_supply,
                companion_supply: p.companion_supply,
                reserve_btc: p.reserve_btc,
                reserve_usd: p.reserve_btc * p.btc_price,
                reserve_stable: 0.0,
                pool_delta_sdr: 0.0,
                spread: p.min_spread,
                mint_capacity_used: 0.0,
                mint_capacity_usd_per_day: 0.0,
                holdings,
                demand: holdings,
                panic: 0.0,
                confidence: 1.0,
                sold_by_holders: 0.0,
                bought_by_holders: 0.0,
                stable_burnt: 0.0,
                companion_minted: 0.0,
                companion_burnt: 0.0,
                stable_minted: 0.0,
                defence_usd: 0.0,
                companion_net_sold: 0.0,
                outside_buyers_usd: 0.0,
                blocks: 0,
                panic_rising: false,
                swaps_enabled: true,
                halted: false,
                conservation_error: 0.0,
            },
            history: Vec::with_capacity(params.steps().min(MAX_STEPS) + 1),
            params: Arc::new(params),
        };
        sim.last.demand = sim.demand();
        sim.last.mint_capacity_usd_per_day = sim.capacity_usd_per_day();
        sim.history.push(sim.last);
        Ok(sim)
    }

    pub fn params(&self) -> &StablecoinParams {
        &self.params
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    /// Steps taken.
    pub fn steps(&self) -> u32 {
        self.step
    }
    /// Steps in the whole run.
    pub fn total_steps(&self) -> u32 {
        self.params.steps() as u32
    }
    pub fn is_done(&self) -> bool {
        self.step >= self.total_steps()
    }
    pub fn snapshot(&self) -> &Snapshot {
        &self.last
    }
    /// Every snapshot so far, the start included.
    pub fn history(&self) -> &[Snapshot] {
        &self.history
    }
    pub fn ledger(&self) -> &Ledger {
        &self.ledger
    }
    pub fn market(&self) -> &MarketParams {
        &self.market
    }
    /// Every agent's balances now.
    pub fn balances(&self) -> &Balances {
        &self.bal
    }
    /// Every agent's balances at the start.
    pub fn start_balances(&self) -> &Balances {
        &self.start
    }
    /// Blocks the chain has produced (block slots less the halts).
    pub fn height(&self) -> u64 {
        self.height
    }

    /// The books of each asset, `[dollars, stablecoin, companion]`: the sum
    /// of every agent's balance, and the start plus minted, minus burnt,
    /// plus the stated outside inflows.
    pub fn accounts(&self) -> [Account; 3] {
        let (b, s, l) = (&self.bal, &self.start, &self.ledger);
        [
            Account { held: b.usd(), expected: s.usd() + l.usd_from_btc + l.usd_from_outside_buyers },
            Account { held: b.stable(), expected: s.stable() + l.stable_minted + l.stable_fees - l.stable_burnt },
            Account {
                held: b.companion(),
                expected: s.companion() + l.companion_minted + l.companion_fees - l.companion_burnt,
            },
        ]
    }

    /// The largest relative error of the three per-asset invariants, and
    /// of each supply against the sum of its holdings.
    pub fn accounting_error(&self) -> f64 {
        let [usd, st, co] = self.accounts();
        usd.error(self.start.usd())
            .max(st.error(self.start.stable()))
            .max(co.error(self.start.companion()))
            .max(rel(self.bal.stable(), self.stable_supply))
            .max(rel(self.bal.companion(), self.companion_supply))
    }

    fn confidence(&self) -> f64 {
        libm::exp(-self.panic)
    }
    fn demand(&self) -> f64 {
        self.demand_at(self.confidence())
    }
    fn demand_at(&self, confidence: f64) -> f64 {
        (self.demand_base * self.rates.yield_factor * confidence * libm::exp(self.demand_noise)).max(0.0)
    }
    fn capacity_usd_per_day(&self) -> f64 {
        market::capacity_per_day(&self.market, CAPACITY_SPREAD, SLOTS_PER_DAY) * self.params.sdr_usd
    }
    /// Swaps are disabled for good from the block after the final halt.
    fn swaps_disabled_at(&self, slot: u64) -> bool {
        self.events.final_halt.is_some_and(|h| slot >= h)
    }
    /// The first halt: no block is produced in these slots.
    fn halted_at(&self, slot: u64) -> bool {
        match self.events.first_halt {
            Some(h) => slot >= h && (slot - h) as f64 * BLOCK_SECONDS < self.params.first_halt_minutes * 60.0,
            None => false,
        }
    }

    /// Runs to the end.
    pub fn run_to_end(&mut self) {
        while !self.is_done() {
            self.step();
        }
    }

    /// Advances one UI step: every 6-second block slot whose end falls
    /// inside it (a 60 s step runs ten, a 20.736 s step three or four, a
    /// 6 s step one). Does nothing once the run is over.
    pub fn step(&mut self) {
        if self.is_done() {
            return;
        }
        let mut snap = self.last;
        snap.sold_by_holders = 0.0;
        snap.bought_by_holders = 0.0;
        snap.stable_burnt = 0.0;
        snap.companion_minted = 0.0;
        snap.companion_burnt = 0.0;
        snap.stable_minted = 0.0;
        snap.defence_usd = 0.0;
        snap.companion_net_sold = 0.0;
        snap.outside_buyers_usd = 0.0;
        snap.blocks = 0;
        snap.panic_rising = false;
        snap.oracle_price_usd = self.oracle;
        self.step += 1;
        let end_seconds = f64::from(self.step) * self.params.step_seconds;
        let target = ((end_seconds + 1e-6) / BLOCK_SECONDS).floor() as u64;
        let mut err: f64 = 0.0;
        let params = Arc::clone(&self.params);
        while self.slots < target {
            self.slot(&params, &mut snap);
            self.sync_books();
            err = err.max(self.accounting_error());
        }
        let p = &self.params;
        let stable_price = self.stable_book.price();
        snap.step = self.step;
        snap.day = end_seconds / 86_400.0;
        snap.stable_price_usd = stable_price;
        snap.companion_price_usd = self.companion_book.price();
        snap.stable_supply = self.stable_supply;
        snap.companion_supply = self.companion_supply;
        snap.reserve_btc = self.reserve_btc;
        snap.reserve_stable = self.bal.reserve_stable;
        snap.reserve_usd =
            self.reserve_btc * p.btc_price + self.bal.reserve_stable * stable_price + self.bal.reserve_usd;
        snap.pool_delta_sdr = self.pool.delta;
        snap.spread = self.pool.marginal_spread(&self.market, Direction::StableToCompanion);
        snap.mint_capacity_used = self.pool.delta.max(0.0) / market::delta_at_spread(&self.market, CAPACITY_SPREAD);
        snap.mint_capacity_usd_per_day = self.capacity_usd_per_day();
        snap.holdings = self.bal.holders_stable;
        snap.demand = self.demand();
        snap.panic = self.panic;
        snap.confidence = self.confidence();
        snap.swaps_enabled = !self.swaps_disabled_at(self.slots.saturating_sub(1));
        snap.halted = self.halted_at(self.slots.saturating_sub(1));
        snap.conservation_error = err;
        self.last = snap;
        self.history.push(snap);
    }

    /// The books' balances are the market makers' balances.
    fn sync_books(&mut self) {
        self.bal.stable_book_usd = self.stable_book.usd;
        self.bal.stable_book_stable = self.stable_book.base;
        self.bal.companion_book_usd = self.companion_book.usd;
        self.bal.companion_book_companion = self.companion_book.base;
    }

    /// A stable fingerprint of the run so far.
    pub fn fingerprint(&self) -> u64 {
        let mut f = Fingerprint::default();
        f.add(&self.seed.to_le_bytes());
        f.add_u32(self.step);
        for v in [
            self.stable_supply,
            self.companion_supply,
            self.stable_book.base,
            self.stable_book.usd,
            self.companion_book.base,
            self.companion_book.usd,
            self.pool.delta,
            self.panic,
            self.reserve_btc,
            self.bal.reserve_stable,
            self.bal.holders_stable,
            self.bal.holders_usd,
            self.bal.arbitrageurs_usd,
            self.demand_noise,
        ] {
            f.add(&v.to_bits().to_le_bytes());
        }
        f.finish()
    }
}

/// The companion's price, step by step (the start included), for a
/// scenario's parameters and a seed: what the validators' page uses as
/// its staked token's price. `steps` is capped at the scenario's length.
pub fn companion_price_path(scenario: Scenario, seed: u64, steps: usize) -> Vec<f64> {
    let mut sim = StablecoinSim::new(scenario.params(), seed).expect("scenarios are valid");
    let mut out = Vec::with_capacity(steps + 1);
    out.push(sim.snapshot().companion_price_usd);
    for _ in 0..steps {
        if sim.is_done() {
            break;
        }
        sim.step();
        out.push(sim.snapshot().companion_price_usd);
    }
    out
}
