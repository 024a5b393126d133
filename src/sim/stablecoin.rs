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

pub mod ensemble;
pub mod history;
pub mod market;
pub mod moments;
mod params;
mod scenario;
pub mod simulation;

pub use market::{Direction, MarketParams, Quoter, SwapQuote, VirtualPool};
pub use params::{
    spec, Group, ParamError, ParamSpec, StablecoinParams, BLOCK_SECONDS, MAX_DAYS, MAX_STEPS, PARAMS,
    VOTE_PERIOD_BLOCKS,
};
pub use scenario::Scenario;

use crate::sim::rng::{seeded, Fingerprint, SimRng};
use rand::RngExt;
use serde::Serialize;
use std::sync::Arc;

/// The spread at which the mint capacity is counted as used up: the
/// steady daily burn that holds a small swap's spread at 2%. At the May
/// 2022 parameters it is about $276M a day, close to the $293M quoted at
/// the time; proposal 1164 quadrupled it.
pub const CAPACITY_SPREAD: f64 = 0.02;

/// Tolerance of the conservation checks, relative.
pub const CONSERVATION_TOLERANCE: f64 = 1e-9;

/// What the views read after each step.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Snapshot {
    pub step: u32,
    pub day: f64,
    /// The stablecoin's price on its external market, USD.
    pub stable_price_usd: f64,
    /// The companion's price on its external market, USD.
    pub companion_price_usd: f64,
    /// The oracle's companion price used by this step's swaps.
    pub oracle_price_usd: f64,
    pub stable_supply: f64,
    pub companion_supply: f64,
    pub reserve_btc: f64,
    /// The reserve's BTC in dollars plus the stablecoin it bought, at market.
    pub reserve_usd: f64,
    /// Stablecoin the reserve has bought and holds.
    pub reserve_stable: f64,
    /// The virtual pool's `TerraPoolDelta`, SDR.
    pub pool_delta_sdr: f64,
    /// The spread a small redemption would pay now.
    pub spread: f64,
    /// `delta` over the delta at which the spread reaches [`CAPACITY_SPREAD`].
    pub mint_capacity_used: f64,
    /// Mint capacity per day, USD, at the current parameters.
    pub mint_capacity_usd_per_day: f64,
    /// Stablecoin held by holders, and what they want to hold.
    pub holdings: f64,
    pub demand: f64,
    pub panic: f64,
    pub confidence: f64,
    /// This step's flows.
    pub sold_by_holders: f64,
    pub bought_by_holders: f64,
    pub stable_burnt: f64,
    pub companion_minted: f64,
    pub companion_burnt: f64,
    pub stable_minted: f64,
    pub defence_usd: f64,
    pub companion_net_sold: f64,
    /// Dollars outside buyers spent on the companion this step.
    pub outside_buyers_usd: f64,
    /// Blocks the chain produced this step (none while halted).
    pub blocks: u32,
    /// Panic grew this step.
    pub panic_rising: bool,
    /// Swaps are possible (not disabled after the final halt).
    pub swaps_enabled: bool,
    /// The chain is in its first, temporary halt.
    pub halted: bool,
    /// The largest relative error of this step's conservation checks.
    pub conservation_error: f64,
}

impl Snapshot {
    /// The five arrows of the feedback loop and whether each is active.
    pub fn loop_activity(&self) -> LoopActivity {
        let depeg = 1.0 - self.stable_price_usd;
        LoopActivity {
            withdrawals: self.sold_by_holders > self.stable_supply * 1e-5,
            depeg: depeg > 0.005,
            redemptions: self.stable_burnt > self.stable_supply * 1e-6,
            dilution: self.companion_minted > self.companion_supply * 1e-5,
            panic: self.panic_rising,
            confidence_exits: self.panic > 0.05 && self.sold_by_holders > self.stable_supply * 1e-5,
            defence: self.defence_usd > 0.0,
            cap_binding: self.mint_capacity_used > 1.0,
        }
    }
}

/// Which effects of the loop are active this step.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct LoopActivity {
    /// Holders sell the stablecoin.
    pub withdrawals: bool,
    /// It trades below the peg.
    pub depeg: bool,
    /// Arbitrageurs burn it for the companion.
    pub redemptions: bool,
    /// The companion's supply grows noticeably.
    pub dilution: bool,
    /// Confidence is eroding (panic grows this step).
    pub panic: bool,
    /// Holders with low confidence are selling.
    pub confidence_exits: bool,
    /// The reserve is buying.
    pub defence: bool,
    /// The spread is above 2%: the mint cap throttles redemptions.
    pub cap_binding: bool,
}

/// A constant-product pool of `base` tokens against dollars.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Book {
    base: f64,
    usd: f64,
}

impl Book {
    fn price(&self) -> f64 {
        self.usd / self.base
    }
    /// Sell `q` tokens; returns the dollars paid out.
    fn sell(&mut self, q: f64) -> f64 {
        let out = self.usd * q / (self.base + q);
        self.base += q;
        self.usd -= out;
        out
    }
    /// Pay `d` dollars; returns the tokens bought.
    fn buy_with(&mut self, d: f64) -> f64 {
        let out = self.base * d / (self.usd + d);
        self.usd += d;
        self.base -= out;
        out
    }
    /// Dollars that raise the price to `p`.
    fn usd_to_price(&self, p: f64) -> f64 {
        ((self.usd * self.base * p).sqrt() - self.usd).max(0.0)
    }
}

/// Cumulative flows: what the market module minted and burnt, and the
/// dollars that came from outside the model. Together with the starting
/// balances they are everything the per-asset invariant needs
/// ([`StablecoinSim::accounts`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Ledger {
    pub stable_burnt: f64,
    /// Minted to traders (fees excluded).
    pub stable_minted: f64,
    pub companion_burnt: f64,
    /// Minted to traders (fees excluded).
    pub companion_minted: f64,
    /// Minted to the oracle reward pool as fees.
    pub stable_fees: f64,
    pub companion_fees: f64,
    /// Dollars the reserve received for BTC sold outside the model.
    pub usd_from_btc: f64,
    /// Dollars that arrived in the outside buyers' budget.
    pub usd_from_outside_buyers: f64,
}

/// Every balance of every agent, per asset. The market makers are the two
/// external books; the arbitrageurs end each round trip holding dollars
/// only (what they buy they redeem, what they receive they sell in the
/// same block), so their stablecoin and companion balances are zero
/// between blocks and are not listed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Balances {
    pub holders_usd: f64,
    pub holders_stable: f64,
    pub companion_holders_usd: f64,
    pub companion_holders_companion: f64,
    pub outside_buyers_usd: f64,
    pub outside_buyers_companion: f64,
    pub arbitrageurs_usd: f64,
    pub reserve_usd: f64,
    pub reserve_stable: f64,
    /// The stablecoin's external market (market makers).
    pub stable_book_usd: f64,
    pub stable_book_stable: f64,
    /// The companion's external market (market makers).
    pub companion_book_usd: f64,
    pub companion_book_companion: f64,
    /// The oracle reward pool (swap fees, never sold).
    pub fee_pool_stable: f64,
    pub fee_pool_companion: f64,
}

impl Balances {
    pub fn usd(&self) -> f64 {
        self.holders_usd
            + self.companion_holders_usd
            + self.outside_buyers_usd
            + self.arbitrageurs_usd
            + self.reserve_usd
            + self.stable_book_usd
            + self.companion_book_usd
    }
    pub fn stable(&self) -> f64 {
        self.holders_stable + self.reserve_stable + self.stable_book_stable + self.fee_pool_stable
    }
    pub fn companion(&self) -> f64 {
        self.companion_holders_companion
            + self.outside_buyers_companion
            + self.companion_book_companion
            + self.fee_pool_companion
    }
}

/// One asset's books: the sum of every balance and what it must be.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Account {
    pub held: f64,
    /// Start + minted - burnt + stated outside inflows.
    pub expected: f64,
}

impl Account {
    /// Relative error (scaled by the larger of the two and the start).
    pub fn error(&self, start: f64) -> f64 {
        (self.held - self.expected).abs() / self.held.abs().max(self.expected.abs()).max(start.abs()).max(1e-300)
    }
}

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

/// Per-block factors that depend only on the parameters, computed once.
#[derive(Clone, Copy, Debug)]
struct Rates {
    noise_keep: f64,
    sqrt_dt: f64,
    yield_factor: f64,
    companion_adjust: f64,
    dip_spend: f64,
    panic_keep: f64,
}

impl Rates {
    fn of(p: &StablecoinParams) -> Rates {
        let dt = BLOCK_SECONDS / 86_400.0;
        Rates {
            noise_keep: libm::exp(-dt),
            sqrt_dt: dt.sqrt(),
            yield_factor: libm::exp(p.yield_elasticity * (p.yield_rate - p.reference_yield)),
            companion_adjust: 1.0 - libm::exp(-p.companion_adjust_per_day * dt),
            dip_spend: 1.0 - libm::exp(-p.dip_spend_per_day * dt),
            panic_keep: libm::exp(-p.panic_decay_per_day * dt),
        }
    }
}

fn rel(a: f64, b: f64) -> f64 {
    let scale = a.abs().max(b.abs()).max(1e-300);
    (a - b).abs() / scale
}

/// One standard normal draw (Marsaglia's polar method; the second value
/// of the pair is discarded to keep the stream simple). No trigonometry,
/// so no `cos` in the wasm.
fn normal(rng: &mut SimRng) -> f64 {
    loop {
        let u: f64 = rng.random_range(-1.0..1.0);
        let v: f64 = rng.random_range(-1.0..1.0);
        let s = u * u + v * v;
        if s > 0.0 && s < 1.0 {
            return u * (-2.0 * libm::log(s) / s).sqrt();
        }
    }
}

/// Block slots in a day.
const SLOTS_PER_DAY: f64 = 86_400.0 / BLOCK_SECONDS;

/// The slots of the scheduled events, worked out once.
#[derive(Clone, Copy, Debug)]
struct EventSlots {
    /// Proposal 1164 takes effect.
    raise: Option<u64>,
    /// The first halt begins.
    first_halt: Option<u64>,
    /// The final halt: swaps disabled from here on.
    final_halt: Option<u64>,
}

impl EventSlots {
    fn of(p: &StablecoinParams) -> EventSlots {
        EventSlots {
            raise: slot_of(p.raise_day),
            first_halt: slot_of(p.first_halt_day),
            final_halt: slot_of(p.halt_day),
        }
    }
}

/// The slot at which a day-valued event happens (None: never).
fn slot_of(day: f64) -> Option<u64> {
    (day >= 0.0).then(|| (day * SLOTS_PER_DAY).round() as u64)
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

    /// One 6-second block slot.
    fn slot(&mut self, p: &StablecoinParams, snap: &mut Snapshot) {
        let dt = BLOCK_SECONDS / 86_400.0;
        let slot = self.slots;
        let day = slot as f64 / SLOTS_PER_DAY;
        self.slots += 1;

        // 1. Scheduled events. Proposal 1164 takes effect at its slot.
        if self.events.raise.is_some_and(|r| slot >= r) {
            self.market.base_pool = p.raised_base_pool_sdr;
            self.market.pool_recovery_period = p.raised_recovery_blocks;
        }
        let halted = self.halted_at(slot);
        let swaps = !halted && !self.swaps_disabled_at(slot);

        // 2. Stablecoin holders. Demand noise is an Ornstein-Uhlenbeck
        // process with a one-day memory; a large withdrawal is sold on top,
        // spread over its hours, and leaves demand for good.
        self.demand_noise =
            self.demand_noise * self.rates.noise_keep + p.demand_noise * self.rates.sqrt_dt * normal(&mut self.rng);
        if p.shock_day >= 0.0 && day >= p.shock_day && day < p.shock_day + p.shock_hours / 24.0 {
            let q = (p.shock_usd * dt * 24.0 / p.shock_hours).min(self.bal.holders_stable);
            self.demand_base = (self.demand_base - q).max(0.0);
            self.holders_sell(q, snap);
        }
        let confidence = self.confidence();
        let demand = self.demand_at(confidence);
        let rate = 1.0 - libm::exp(-p.adjust_per_day * (1.0 + p.panic_exit * self.panic) * dt);
        let gap = self.bal.holders_stable - demand;
        if gap > 0.0 {
            // Holders who want out are slower to sell at a deep discount:
            // the rate scales with price^exit_price_power.
            let reluctance = libm::pow(self.stable_book.price().min(1.0), p.exit_price_power);
            self.holders_sell(gap * rate * reluctance, snap);
        } else if gap < 0.0 {
            // Buy back toward demand with their own dollars, never above the peg.
            let price = self.stable_book.price();
            let usd = (-gap * rate * price).min(self.stable_book.usd_to_price(1.0)).min(self.bal.holders_usd);
            if usd > 0.0 {
                let bought = self.stable_book.buy_with(usd);
                self.bal.holders_usd -= usd;
                self.bal.holders_stable += bought;
                snap.bought_by_holders += bought;
            }
        }

        // 3. Companion holders value their share of the network: a token is
        // worth the starting market value times confidence, over today's
        // supply, so dilution and lost confidence both make them sell.
        let fair = p.companion_supply * p.companion_price * confidence / self.companion_supply;
        let k = self.rates.companion_adjust;
        let price = self.companion_book.price();
        if price > fair {
            let to_fair = (self.companion_book.usd * self.companion_book.base / fair).sqrt() - self.companion_book.base;
            let sell = (to_fair * k).min(self.bal.companion_holders_companion).max(0.0);
            if sell > 0.0 {
                let usd = self.companion_book.sell(sell);
                self.bal.companion_holders_companion -= sell;
                self.bal.companion_holders_usd += usd;
                snap.companion_net_sold += sell;
            }
        } else if price < fair {
            let usd = (self.companion_book.usd_to_price(fair) * k).min(self.bal.companion_holders_usd);
            if usd > 0.0 {
                let got = self.companion_book.buy_with(usd);
                self.bal.companion_holders_usd -= usd;
                self.bal.companion_holders_companion += got;
                snap.companion_net_sold -= got;
            }
        }
        // Outside buyers ("buying the dip"): while the companion trades
        // below their threshold, new dollars arrive from outside the model
        // at a stated rate (nothing is hoarded meanwhile), and they spend
        // what they hold at `dip_spend_per_day`.
        // They stop coming once swaps are disabled for good: the chain is
        // dead and the exchanges delisted the companion (13 May).
        if price < p.dip_below * p.companion_price && !self.swaps_disabled_at(slot) {
            // Outside buyers lose faith too: the rate is scaled by confidence.
            let arrive = p.dip_budget_per_day * confidence * dt;
            self.bal.outside_buyers_usd += arrive;
            self.ledger.usd_from_outside_buyers += arrive;
        }
        if self.bal.outside_buyers_usd > 0.0 {
            let usd = self.bal.outside_buyers_usd * self.rates.dip_spend;
            let got = self.companion_book.buy_with(usd);
            self.bal.outside_buyers_usd -= usd;
            self.bal.outside_buyers_companion += got;
            snap.outside_buyers_usd += usd;
        }

        // 4. The reserve defends: below its trigger it sells BTC outside
        // the model (dollars in: a stated inflow) at its hourly rate and
        // buys the stablecoin, no higher than the peg, and keeps it.
        if self.reserve_btc > 0.0 && self.stable_book.price() < p.defence_trigger && p.btc_price > 0.0 {
            let budget = (p.defence_btc_per_hour * dt * 24.0).min(self.reserve_btc) * p.btc_price;
            let usd = budget.min(self.stable_book.usd_to_price(1.0));
            if usd > 0.0 {
                let btc = usd / p.btc_price;
                self.reserve_btc = (self.reserve_btc - btc).max(0.0);
                self.ledger.usd_from_btc += usd;
                let bought = self.stable_book.buy_with(usd);
                self.bal.reserve_stable += bought;
                snap.defence_usd += usd;
            }
        }

        if halted {
            self.update_panic(dt, snap);
            return;
        }
        // 5. A block: the market module's swaps at the oracle price
        // (`ComputeSwap`, `ApplySwapToPool`), then EndBlocker
        // `ReplenishPools`, then, at the end of a vote period, the oracle.
        self.height += 1;
        snap.blocks += 1;
        if swaps {
            self.arbitrage(snap);
        }
        self.pool.replenish(&self.market, 1.0);
        if self.height.is_multiple_of(VOTE_PERIOD_BLOCKS) {
            self.oracle = self.companion_book.price();
        }
        self.update_panic(dt, snap);
    }

    fn holders_sell(&mut self, q: f64, snap: &mut Snapshot) {
        let q = q.min(self.bal.holders_stable);
        if q > 0.0 {
            let usd = self.stable_book.sell(q);
            self.bal.holders_stable -= q;
            self.bal.holders_usd += usd;
            snap.sold_by_holders += q;
        }
    }

    /// Panic grows with the depeg beyond a tolerance and while the
    /// companion's market value is below the stablecoin supply, saturating
    /// at `panic_max`; it fades otherwise.
    fn update_panic(&mut self, dt: f64, snap: &mut Snapshot) {
        let p = &self.params;
        let depeg = (1.0 - self.stable_book.price()).abs();
        let backing = self.companion_book.price() * self.companion_supply / self.stable_supply.max(1.0);
        let growth = p.panic_gain * (depeg - p.panic_tolerance).max(0.0) + p.backing_gain * (1.0 - backing).max(0.0);
        if growth > 0.0 && p.panic_max > 0.0 {
            self.panic += growth * dt * (1.0 - self.panic / p.panic_max).max(0.0);
            snap.panic_rising = true;
        } else {
            self.panic *= self.rates.panic_keep;
        }
    }

    /// The arbitrageurs' best round trip in this block, if any: buy the
    /// cheap side on its external market, swap it through the market
    /// module, sell what is minted on the other external market. The size
    /// is the largest that still profits at the margin (a bracketing search, [`optimum`]), at
    /// most `arb_stable_per_block` of stablecoin volume and never more
    /// dollars than they hold.
    fn arbitrage(&mut self, snap: &mut Snapshot) {
        let s = self.params.sdr_usd;
        let m = self.market;
        let pool = self.pool;
        let oracle = self.oracle;
        let (x, y) = (self.stable_book.base, self.stable_book.usd);
        let (l, u) = (self.companion_book.base, self.companion_book.usd);
        if oracle.is_nan() || oracle <= 0.0 {
            return;
        }
        let capital = self.bal.arbitrageurs_usd;
        let volume = self.params.arb_stable_per_block;
        let price = y / x;
        if price < 1.0 {
            // Buy q stablecoins, burn them, sell the companion minted.
            // Value in SDR received from the module for an offer worth `o`
            // SDR, and its derivative, then in companion tokens.
            let quoter = Quoter::new(&pool, &m, Direction::StableToCompanion);
            let (per_sdr, s_per_oracle) = (1.0 / s, s / oracle);
            let (ul, yx) = (u * l, y * x);
            let marginal = |q: f64| -> f64 {
                let (rb, drb) = quoter.received(q * per_sdr);
                let luna = rb * s_per_oracle;
                let dluna = drb / oracle;
                let dsale = ul / ((l + luna) * (l + luna));
                let dcost = yx / ((x - q) * (x - q));
                dsale * dluna - dcost
            };
            // Exchange throughput on the companion's side: one block's sales
            // take at most `arb_depth_share_per_block` of its dollar depth
            // (valued at the oracle, so in stablecoin offered).
            let depth_cap = self.params.arb_depth_share_per_block * u;
            let hi_cap = (x * capital / (y + capital)).min(x * 0.999).min(volume).min(depth_cap);
            let q = optimum(marginal, hi_cap);
            if q <= 0.0 {
                return;
            }
            let cost = self.stable_book.usd_to_buy(q);
            let quote = pool.quote(&m, Direction::StableToCompanion, q / s);
            let luna = quote.received_base * s / oracle;
            let fee = quote.fee_base * s / oracle;
            let sale = self.companion_book.clone_sell(luna);
            if sale <= cost || cost > capital {
                return;
            }
            self.stable_book.buy_exact(q, cost);
            self.pool.apply(Direction::StableToCompanion, &quote);
            self.stable_supply -= q;
            self.companion_supply += luna + fee;
            self.ledger.stable_burnt += q;
            self.ledger.companion_minted += luna;
            self.ledger.companion_fees += fee;
            self.bal.fee_pool_companion += fee;
            self.companion_book.sell(luna);
            self.bal.arbitrageurs_usd += sale - cost;
            snap.stable_burnt += q;
            snap.companion_minted += luna + fee;
        } else if price > 1.0 {
            // Spend z dollars on the companion, burn it, sell the stablecoins minted.
            let quoter = Quoter::new(&pool, &m, Direction::CompanionToStable);
            let oracle_per_sdr = oracle / s;
            let (ul, yx) = (u * l, y * x);
            let marginal = |z: f64| -> f64 {
                let luna = l * z / (u + z);
                let dluna = ul / ((u + z) * (u + z));
                let (rb, drb) = quoter.received(luna * oracle_per_sdr);
                let w = rb * s;
                let dw = drb * oracle * dluna;
                yx / ((x + w) * (x + w)) * dw - 1.0
            };
            let z = optimum(marginal, capital.min(volume));
            if z <= 0.0 {
                return;
            }
            let luna = self.companion_book.clone_buy(z);
            let quote = pool.quote(&m, Direction::CompanionToStable, luna * oracle / s);
            let w = quote.received_base * s;
            let fee = quote.fee_base * s;
            let sale = Book { ..self.stable_book }.sell(w);
            if sale <= z {
                return;
            }
            self.companion_book.buy_with(z);
            self.pool.apply(Direction::CompanionToStable, &quote);
            self.companion_supply -= luna;
            self.stable_supply += w + fee;
            self.ledger.companion_burnt += luna;
            self.ledger.stable_minted += w;
            self.ledger.stable_fees += fee;
            self.bal.fee_pool_stable += fee;
            self.stable_book.sell(w);
            self.bal.arbitrageurs_usd += sale - z;
            snap.companion_burnt += luna;
            snap.stable_minted += w + fee;
        }
        self.sync_books();
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

impl Book {
    /// Dollars needed to buy exactly `q` tokens.
    fn usd_to_buy(&self, q: f64) -> f64 {
        self.usd * q / (self.base - q)
    }
    fn buy_exact(&mut self, q: f64, usd: f64) {
        self.base -= q;
        self.usd += usd;
    }
    fn clone_sell(&self, q: f64) -> f64 {
        Book { ..*self }.sell(q)
    }
    fn clone_buy(&self, d: f64) -> f64 {
        Book { ..*self }.buy_with(d)
    }
}
/// The size in `[0, hi]` where a decreasing marginal profit crosses zero
/// (0 when the first unit already loses): the largest size found whose
/// marginal profit is still positive, to within `hi * OPTIMUM_TOLERANCE`.
///
/// The Illinois variant of regula falsi (Dowell & Jarratt 1971): it keeps a
/// bracket `[a, b]` with `marginal(a) > 0 >= marginal(b)` like bisection, but
/// cuts it where the secant through the two ends crosses zero, halving the
/// stale end's value when the same end moves twice in a row. The marginal
/// profit is smooth almost everywhere, so this converges superlinearly:
/// ten evaluations a search on average over the May 2022 run (the two ends
/// included), where bisection took 50. Each one re-quotes the market
/// module, and the search was most of a run's time. A kink (the spread
/// reaching its minimum) or a non-finite value falls back to bisecting.
fn optimum(marginal: impl Fn(f64) -> f64, hi: f64) -> f64 {
    let m0 = marginal(0.0);
    if m0.is_nan() || m0 <= 0.0 || hi.is_nan() || hi <= 0.0 {
        return 0.0;
    }
    let mh = marginal(hi);
    if mh > 0.0 {
        return hi;
    }
    let (mut a, mut fa, mut b, mut fb) = (0.0, m0, hi, mh);
    let tolerance = hi * OPTIMUM_TOLERANCE;
    // Which end moved last: +1 `a`, -1 `b`, 0 neither yet.
    let mut last = 0;
    for _ in 0..OPTIMUM_MAX_EVALUATIONS {
        if b - a <= tolerance {
            break;
        }
        let mut c = (a * fb - b * fa) / (fb - fa);
        if !(c > a && c < b) {
            c = 0.5 * (a + b);
        }
        let fc = marginal(c);
        if fc > 0.0 {
            a = c;
            fa = fc;
            if last == 1 {
                fb *= 0.5;
            }
            last = 1;
        } else {
            b = c;
            fb = if fc.is_nan() { f64::NEG_INFINITY } else { fc };
            if last == -1 {
                fa *= 0.5;
            }
            last = -1;
        }
    }
    a
}

/// The search stops when its bracket is narrower than this share of the
/// largest size allowed (a trade of at most 1M UST is found to within a
/// tenth of a cent).
const OPTIMUM_TOLERANCE: f64 = 1e-9;
/// A bound on the search's evaluations (bisection alone would need 30 to
/// reach the tolerance).
const OPTIMUM_MAX_EVALUATIONS: usize = 64;

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

/// The CSV columns: one row per step (the CLI's `--csv` and the page's
/// export write the same).
pub const CSV_HEADER: &str = "step,day,stable_price_usd,companion_price_usd,oracle_price_usd,stable_supply,companion_supply,reserve_btc,reserve_stable,reserve_usd,pool_delta_sdr,spread,mint_capacity_used,mint_capacity_usd_per_day,holdings,demand,panic,confidence,sold_by_holders,bought_by_holders,stable_burnt,companion_minted,companion_burnt,stable_minted,defence_usd,companion_net_sold,outside_buyers_usd,blocks,swaps_enabled,halted,conservation_error";

/// One CSV row for a snapshot, full precision.
pub fn csv_row(s: &Snapshot) -> String {
    let v = [
        s.day,
        s.stable_price_usd,
        s.companion_price_usd,
        s.oracle_price_usd,
        s.stable_supply,
        s.companion_supply,
        s.reserve_btc,
        s.reserve_stable,
        s.reserve_usd,
        s.pool_delta_sdr,
        s.spread,
        s.mint_capacity_used,
        s.mint_capacity_usd_per_day,
        s.holdings,
        s.demand,
        s.panic,
        s.confidence,
        s.sold_by_holders,
        s.bought_by_holders,
        s.stable_burnt,
        s.companion_minted,
        s.companion_burnt,
        s.stable_minted,
        s.defence_usd,
        s.companion_net_sold,
        s.outside_buyers_usd,
        f64::from(s.blocks),
    ];
    let mut row = s.step.to_string();
    for x in v {
        row.push(',');
        row.push_str(&number(x));
    }
    row.push_str(if s.swaps_enabled { ",1" } else { ",0" });
    row.push_str(if s.halted { ",1," } else { ",0," });
    row.push_str(&number(s.conservation_error));
    row
}

/// Shortest round-trip form; exponent notation for very small or large
/// magnitudes, so no field runs to hundreds of digits.
fn number(x: f64) -> String {
    if x != 0.0 && (x.abs() < 1e-4 || x.abs() >= 1e16) {
        format!("{x:e}")
    } else {
        format!("{x}")
    }
}

/// The headline numbers of a run.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    pub steps: u32,
    pub min_stable_price: f64,
    pub final_stable_price: f64,
    /// Largest distance from $1 at any step.
    pub max_depeg: f64,
    /// First day the price closed a step below $0.98.
    pub peg_lost_day: Option<f64>,
    pub final_companion_price: f64,
    pub min_companion_price: f64,
    /// Final over starting companion supply.
    pub companion_supply_growth: f64,
    /// Final over starting stablecoin supply.
    pub stable_supply_ratio: f64,
    pub reserve_btc_spent: f64,
    pub stable_burnt: f64,
    pub companion_minted: f64,
    pub max_conservation_error: f64,
    pub fingerprint: String,
}

impl Summary {
    pub fn of(sim: &StablecoinSim) -> Summary {
        let h = sim.history();
        let first = h[0];
        let last = *sim.snapshot();
        let min_stable_price = h.iter().map(|s| s.stable_price_usd).fold(f64::MAX, f64::min);
        Summary {
            steps: sim.steps(),
            min_stable_price,
            final_stable_price: last.stable_price_usd,
            max_depeg: h.iter().map(|s| (1.0 - s.stable_price_usd).abs()).fold(0.0, f64::max),
            peg_lost_day: h.iter().find(|s| s.stable_price_usd < 0.98).map(|s| s.day),
            final_companion_price: last.companion_price_usd,
            min_companion_price: h.iter().map(|s| s.companion_price_usd).fold(f64::MAX, f64::min),
            companion_supply_growth: last.companion_supply / first.companion_supply,
            stable_supply_ratio: last.stable_supply / first.stable_supply,
            reserve_btc_spent: first.reserve_btc - last.reserve_btc,
            stable_burnt: sim.ledger().stable_burnt,
            companion_minted: sim.ledger().companion_minted + sim.ledger().companion_fees,
            max_conservation_error: h.iter().map(|s| s.conservation_error).fold(0.0, f64::max),
            fingerprint: format!("{:016x}", sim.fingerprint()),
        }
    }

    /// Label and value, for the CLI's human output.
    pub fn lines(&self) -> Vec<(&'static str, String)> {
        vec![
            ("lowest stablecoin price", format!("${:.4}", self.min_stable_price)),
            ("final stablecoin price", format!("${:.4}", self.final_stable_price)),
            ("largest depeg", format!("{:.2}%", self.max_depeg * 100.0)),
            (
                "peg lost (< $0.98) on day",
                self.peg_lost_day.map(|d| format!("{d:.2}")).unwrap_or_else(|| "never".into()),
            ),
            ("final companion price", format!("${:.6e}", self.final_companion_price)),
            ("companion supply growth", format!("{:.1}x", self.companion_supply_growth)),
            ("stablecoin supply, final/start", format!("{:.3}", self.stable_supply_ratio)),
            ("stablecoin burnt", format!("{:.4e}", self.stable_burnt)),
            ("companion minted", format!("{:.4e}", self.companion_minted)),
            ("reserve BTC spent", format!("{:.0}", self.reserve_btc_spent)),
            ("max conservation error", format!("{:.1e}", self.max_conservation_error)),
            ("fingerprint", self.fingerprint.clone()),
        ]
    }
}
