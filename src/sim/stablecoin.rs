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
//! One [`StablecoinSim::step`] is `step_seconds` (60 by default: ten
//! 6-second Terra blocks). In one step, in this order:
//! 1. scheduled events: the mint-cap raise (proposal 1164), the halt;
//! 2. holders trade on the stablecoin's external market (a constant-product
//!    UST/USD pool) toward their demand, which follows the yield on offer
//!    times their confidence, with seeded noise; a large withdrawal is
//!    sold on top, spread over its hours;
//! 3. companion holders trade toward the value they want to hold (the
//!    starting market value times confidence), buying or selling on the
//!    companion's external market (a constant-product LUNA/USD pool);
//! 4. the reserve, below its trigger, sells BTC for dollars and buys the
//!    stablecoin on its market (up to its hourly rate, no higher than the
//!    peg), and keeps it;
//! 5. one arbitrageur makes the most profitable round trip through the
//!    market module at the oracle price (last step's companion price: the
//!    oracle's 30-second vote period is shorter than a step); the size is
//!    found by bisection on the marginal profit and capped by the dollars
//!    it can turn over per step (`arb_capital_per_day`);
//! 6. the virtual pool recovers for the step's blocks:
//!    `delta *= (1 - 1/PoolRecoveryPeriod)^(step_seconds / 6)`, which is
//!    `ReplenishPools` run once per block. The step's swaps are gathered
//!    at its start, so a one-minute step charges a slightly larger spread
//!    than ten separate blocks would (set the step to 6 s for exactness);
//! 7. panic grows with the size of the depeg beyond a tolerance (so with
//!    its length too: it accumulates) and while the companion's market
//!    value is below the stablecoin supply, and fades otherwise;
//!    confidence is `exp(-panic)`;
//! 8. market makers restore part of the companion market's lost dollar
//!    depth: at the current price with holders' tokens while there are
//!    any, otherwise by buying (dip buyers bringing dollars).
//!
//! Conservation: every swap burns its offer and mints exactly its oracle
//! value of the other token, `(1 - spread)` to the trader and `spread` as
//! the fee to the oracle reward pool (`msg_server.go`); the ledger checks
//! this swap by swap and also that each token's supply equals the sum of
//! its holdings ([`Snapshot::conservation_error`]).
//!
//! Determinism: `exp`, `ln` and `pow` come from the `libm` crate, not the
//! platform's maths library, so a seed gives the same bits natively and in
//! wasm (`sqrt` and arithmetic are exact IEEE operations everywhere).
//!
//! Simplifications (also on the page): one representative holder, one
//! arbitrageur and one reserve; external markets are constant-product
//! pools (Curve's pool is flatter near the peg); BTC's price is constant;
//! Anchor's yield is a parameter, not its own model; the fee pool's tokens
//! are never sold. Sources: terra-money/classic-core `x/market`; Chain Lab
//! `reference/models.md` §4; the history in `www/data/`.

pub mod history;
pub mod market;
pub mod moments;
mod params;
mod scenario;

pub use market::{Direction, MarketParams, SwapQuote, VirtualPool};
pub use params::{spec, Group, ParamError, ParamSpec, StablecoinParams, BLOCK_SECONDS, MAX_DAYS, MAX_STEPS, PARAMS};
pub use scenario::Scenario;

use crate::sim::rng::{seeded, Fingerprint, SimRng};
use rand::RngExt;
use serde::Serialize;

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
    /// Panic grew this step.
    pub panic_rising: bool,
    /// Swaps are possible (the chain has not halted).
    pub swaps_enabled: bool,
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

/// Cumulative flows through the market module.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Ledger {
    pub stable_burnt: f64,
    pub stable_minted: f64,
    pub companion_burnt: f64,
    pub companion_minted: f64,
    /// Minted to the oracle reward pool as fees.
    pub stable_fees: f64,
    pub companion_fees: f64,
}

/// The simulation.
#[derive(Clone, Debug)]
pub struct StablecoinSim {
    params: StablecoinParams,
    seed: u64,
    rng: SimRng,
    step: u32,
    market: MarketParams,
    pool: VirtualPool,
    stable_book: Book,
    companion_book: Book,
    oracle: f64,
    stable_supply: f64,
    companion_supply: f64,
    holdings: f64,
    demand_base: f64,
    demand_noise: f64,
    companion_outside: f64,
    panic: f64,
    reserve_btc: f64,
    reserve_stable: f64,
    ledger: Ledger,
    companion_depth_target: f64,
    last: Snapshot,
    history: Vec<Snapshot>,
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

fn rel(a: f64, b: f64) -> f64 {
    let scale = a.abs().max(b.abs()).max(1e-300);
    (a - b).abs() / scale
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
        let mut sim = StablecoinSim {
            seed,
            rng: seeded(seed),
            step: 0,
            market,
            pool: VirtualPool::default(),
            stable_book,
            companion_book,
            oracle: p.companion_price,
            stable_supply: p.stable_supply,
            companion_supply: p.companion_supply,
            holdings,
            demand_base: holdings,
            demand_noise: 0.0,
            companion_outside: p.companion_supply - companion_book.base,
            panic: 0.0,
            reserve_btc: p.reserve_btc,
            reserve_stable: 0.0,
            ledger: Ledger::default(),
            companion_depth_target: p.companion_depth_usd,
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
                panic_rising: false,
                swaps_enabled: true,
                conservation_error: 0.0,
            },
            history: Vec::new(),
            params,
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

    fn dt_days(&self) -> f64 {
        self.params.step_seconds / 86_400.0
    }
    fn day(&self) -> f64 {
        f64::from(self.step) * self.dt_days()
    }
    fn confidence(&self) -> f64 {
        libm::exp(-self.panic)
    }
    fn demand(&self) -> f64 {
        let p = &self.params;
        let yield_factor = libm::exp(p.yield_elasticity * (p.yield_rate - p.reference_yield));
        (self.demand_base * yield_factor * self.confidence() * libm::exp(self.demand_noise)).max(0.0)
    }
    fn capacity_usd_per_day(&self) -> f64 {
        market::capacity_per_day(&self.market, CAPACITY_SPREAD, 86_400.0 / BLOCK_SECONDS) * self.params.sdr_usd
    }
    fn swaps_enabled(&self) -> bool {
        !(self.params.halt_day >= 0.0 && self.day() >= self.params.halt_day)
    }

    /// Runs to the end.
    pub fn run_to_end(&mut self) {
        while !self.is_done() {
            self.step();
        }
    }

    /// Advances one step (does nothing once the run is over).
    pub fn step(&mut self) {
        if self.is_done() {
            return;
        }
        let p = self.params.clone();
        let dt = self.dt_days();
        let day = self.day();
        let mut snap = self.last;
        snap.sold_by_holders = 0.0;
        snap.bought_by_holders = 0.0;
        snap.stable_burnt = 0.0;
        snap.companion_minted = 0.0;
        snap.companion_burnt = 0.0;
        snap.stable_minted = 0.0;
        snap.defence_usd = 0.0;
        snap.companion_net_sold = 0.0;
        let mut err: f64 = 0.0;

        // 1. Scheduled events.
        if p.raise_day >= 0.0 && day >= p.raise_day {
            self.market.base_pool = p.raised_base_pool_sdr;
            self.market.pool_recovery_period = p.raised_recovery_blocks;
        }
        let swaps = self.swaps_enabled();

        // 2. Holders. Demand noise is an Ornstein-Uhlenbeck process with a
        // one-day memory, so it wanders by about `demand_noise` a day.
        self.demand_noise = self.demand_noise * libm::exp(-dt) + p.demand_noise * dt.sqrt() * normal(&mut self.rng);
        if p.shock_day >= 0.0 && day >= p.shock_day && day < p.shock_day + p.shock_hours / 24.0 {
            let q = (p.shock_usd * dt * 24.0 / p.shock_hours).min(self.holdings);
            self.holdings -= q;
            self.demand_base = (self.demand_base - q).max(0.0);
            self.stable_book.sell(q);
            snap.sold_by_holders += q;
        }
        let demand = self.demand();
        let rate = 1.0 - libm::exp(-p.adjust_per_day * (1.0 + p.panic_exit * self.panic) * dt);
        let gap = self.holdings - demand;
        if gap > 0.0 {
            let q = gap * rate;
            self.holdings -= q;
            self.stable_book.sell(q);
            snap.sold_by_holders += q;
        } else if gap < 0.0 {
            // Buy back toward demand, with dollars, at no more than the peg's worth.
            let want = -gap * rate;
            let bought = self.stable_book.buy_with(want * self.stable_book.price().min(1.0));
            self.holdings += bought;
            snap.bought_by_holders = bought;
        }

        // 3. Companion holders trade toward the value they want to hold:
        // the starting market value times confidence.
        let price = self.companion_book.price();
        let target = (p.companion_supply * p.companion_price - p.companion_depth_usd) * self.confidence();
        let value = self.companion_outside * price;
        let k = 1.0 - libm::exp(-p.companion_adjust_per_day * dt);
        if value > target {
            let sell = ((value - target) * k / price).min(self.companion_outside);
            self.companion_outside -= sell;
            self.companion_book.sell(sell);
            snap.companion_net_sold = sell;
        } else if value < target {
            let bought = self.companion_book.buy_with((target - value) * k);
            self.companion_outside += bought;
            snap.companion_net_sold = -bought;
        }

        // 4. The reserve defends.
        if self.reserve_btc > 0.0 && self.stable_book.price() < p.defence_trigger && p.btc_price > 0.0 {
            let budget = (p.defence_btc_per_hour * dt * 24.0).min(self.reserve_btc) * p.btc_price;
            let usd = budget.min(self.stable_book.usd_to_price(1.0));
            if usd > 0.0 {
                let bought = self.stable_book.buy_with(usd);
                self.reserve_stable += bought;
                self.reserve_btc = (self.reserve_btc - usd / p.btc_price).max(0.0);
                snap.defence_usd = usd;
            }
        }

        // 5. Arbitrage through the market module.
        if swaps {
            err = err.max(self.arbitrage(&mut snap));
        }

        // 6. The virtual pool recovers.
        self.pool.replenish(&self.market, p.step_seconds / BLOCK_SECONDS);

        // 7. Panic.
        let stable_price = self.stable_book.price();
        let companion_price = self.companion_book.price();
        let depeg = (1.0 - stable_price).abs();
        let backing = companion_price * self.companion_supply / self.stable_supply.max(1.0);
        let growth = p.panic_gain * (depeg - p.panic_tolerance).max(0.0) + p.backing_gain * (1.0 - backing).max(0.0);
        if growth > 0.0 {
            self.panic += growth * dt;
        } else {
            self.panic *= libm::exp(-p.panic_decay_per_day * dt);
        }

        // 8. Market makers restore the companion market's dollar depth:
        // at the current price with tokens from holders while they have
        // them, and otherwise by buying (dip buyers bringing dollars).
        let lost = self.companion_depth_target - self.companion_book.usd;
        if lost > 0.0 {
            let add_usd = lost * (1.0 - libm::exp(-p.companion_refill_per_day * dt));
            let add_tokens = (add_usd / companion_price).min(self.companion_outside);
            self.companion_outside -= add_tokens;
            self.companion_book.base += add_tokens;
            self.companion_book.usd += add_tokens * companion_price;
            let rest = add_usd - add_tokens * companion_price;
            if rest > 0.0 {
                self.companion_outside += self.companion_book.buy_with(rest);
            }
        }
        let companion_price = self.companion_book.price();

        // The books must balance: each supply is the sum of its holdings.
        let stable_held = self.holdings + self.stable_book.base + self.reserve_stable + self.ledger.stable_fees;
        err = err.max(rel(stable_held, self.stable_supply));
        let companion_held = self.companion_outside + self.companion_book.base + self.ledger.companion_fees;
        err = err.max(rel(companion_held, self.companion_supply));
        err = err.max(rel(
            self.stable_supply,
            p.stable_supply + self.ledger.stable_minted + self.ledger.stable_fees - self.ledger.stable_burnt,
        ));
        err = err.max(rel(
            self.companion_supply,
            p.companion_supply + self.ledger.companion_minted + self.ledger.companion_fees
                - self.ledger.companion_burnt,
        ));

        snap.oracle_price_usd = self.oracle;
        self.oracle = companion_price;
        self.step += 1;
        snap.step = self.step;
        snap.day = self.day();
        snap.stable_price_usd = stable_price;
        snap.companion_price_usd = companion_price;
        snap.stable_supply = self.stable_supply;
        snap.companion_supply = self.companion_supply;
        snap.reserve_btc = self.reserve_btc;
        snap.reserve_stable = self.reserve_stable;
        snap.reserve_usd = self.reserve_btc * p.btc_price + self.reserve_stable * stable_price;
        snap.pool_delta_sdr = self.pool.delta;
        snap.spread = self.pool.marginal_spread(&self.market, Direction::StableToCompanion);
        snap.mint_capacity_used = self.pool.delta.max(0.0) / market::delta_at_spread(&self.market, CAPACITY_SPREAD);
        snap.mint_capacity_usd_per_day = self.capacity_usd_per_day();
        snap.holdings = self.holdings;
        snap.demand = self.demand();
        snap.panic = self.panic;
        snap.confidence = self.confidence();
        snap.swaps_enabled = swaps;
        snap.panic_rising = growth > 0.0;
        snap.conservation_error = err;
        self.last = snap;
        self.history.push(snap);
    }

    /// The arbitrageur's best round trip this step, if any. Returns the
    /// largest relative conservation error of the swap.
    fn arbitrage(&mut self, snap: &mut Snapshot) -> f64 {
        let s = self.params.sdr_usd;
        let m = self.market;
        let pool = self.pool;
        let oracle = self.oracle;
        let (x, y) = (self.stable_book.base, self.stable_book.usd);
        let (l, u) = (self.companion_book.base, self.companion_book.usd);
        if oracle.is_nan() || oracle <= 0.0 {
            return 0.0;
        }
        // Value in SDR received from the module for an offer worth `o` SDR,
        // and its derivative.
        let received = |dir: Direction, o: f64| -> (f64, f64) {
            let q = pool.quote(&m, dir, o);
            let cp = m.base_pool * m.base_pool;
            let offer_pool = match dir {
                Direction::StableToCompanion => pool.terra_pool(&m),
                Direction::CompanionToStable => pool.luna_pool(&m),
            };
            let d =
                if q.spread > m.min_spread { cp / ((offer_pool + o) * (offer_pool + o)) } else { 1.0 - m.min_spread };
            (q.received_base, d)
        };
        let price = y / x;
        if price < 1.0 {
            // Buy q stablecoins, burn them, sell the companion minted.
            let marginal = |q: f64| -> f64 {
                let (rb, drb) = received(Direction::StableToCompanion, q / s);
                let luna = rb * s / oracle;
                let dluna = drb / oracle;
                let dsale = u * l / ((l + luna) * (l + luna));
                let dcost = y * x / ((x - q) * (x - q));
                dsale * dluna - dcost
            };
            let capital = self.params.arb_capital_per_day * self.dt_days();
            // The most it can buy: its capital's worth, never the whole book.
            let hi_cap = (x * capital / (y + capital)).min(x * 0.999);
            let q = optimum(marginal, hi_cap);
            if q <= 0.0 {
                return 0.0;
            }
            let cost = self.stable_book.usd_to_buy(q);
            let quote = pool.quote(&m, Direction::StableToCompanion, q / s);
            let luna = quote.received_base * s / oracle;
            let fee = quote.fee_base * s / oracle;
            let sale = self.companion_book.clone_sell(luna);
            if sale <= cost {
                return 0.0;
            }
            self.stable_book.buy_exact(q, cost);
            self.pool.apply(Direction::StableToCompanion, &quote);
            self.stable_supply -= q;
            self.companion_supply += luna + fee;
            self.ledger.stable_burnt += q;
            self.ledger.companion_minted += luna;
            self.ledger.companion_fees += fee;
            self.companion_book.sell(luna);
            snap.stable_burnt += q;
            snap.companion_minted += luna + fee;
            // Burnt value (q dollars at the peg) = minted value at the oracle.
            rel((luna + fee) * oracle, q).max(rel(luna * oracle, q * (1.0 - quote.spread)))
        } else if price > 1.0 {
            // Spend z dollars on the companion, burn it, sell the stablecoins minted.
            let marginal = |z: f64| -> f64 {
                let luna = l * z / (u + z);
                let dluna = l * u / ((u + z) * (u + z));
                let (rb, drb) = received(Direction::CompanionToStable, luna * oracle / s);
                let w = rb * s;
                let dw = drb * oracle * dluna;
                y * x / ((x + w) * (x + w)) * dw - 1.0
            };
            let z = optimum(marginal, self.params.arb_capital_per_day * self.dt_days());
            if z <= 0.0 {
                return 0.0;
            }
            let luna = self.companion_book.clone_buy(z);
            let quote = pool.quote(&m, Direction::CompanionToStable, luna * oracle / s);
            let w = quote.received_base * s;
            let fee = quote.fee_base * s;
            let sale = Book { ..self.stable_book }.sell(w);
            if sale <= z {
                return 0.0;
            }
            self.companion_book.buy_with(z);
            self.pool.apply(Direction::CompanionToStable, &quote);
            self.companion_supply -= luna;
            self.stable_supply += w + fee;
            self.ledger.companion_burnt += luna;
            self.ledger.stable_minted += w;
            self.ledger.stable_fees += fee;
            self.stable_book.sell(w);
            snap.companion_burnt += luna;
            snap.stable_minted += w + fee;
            rel(w + fee, luna * oracle).max(rel(w, luna * oracle * (1.0 - quote.spread)))
        } else {
            0.0
        }
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
            self.reserve_stable,
            self.holdings,
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
/// (0 when the first unit already loses).
fn optimum(marginal: impl Fn(f64) -> f64, hi: f64) -> f64 {
    let m0 = marginal(0.0);
    if m0.is_nan() || m0 <= 0.0 || hi.is_nan() || hi <= 0.0 {
        return 0.0;
    }
    if marginal(hi) > 0.0 {
        return hi;
    }
    let (mut a, mut b) = (0.0, hi);
    for _ in 0..48 {
        let mid = 0.5 * (a + b);
        if marginal(mid) > 0.0 {
            a = mid;
        } else {
            b = mid;
        }
    }
    a
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

/// The CSV columns: one row per step (the CLI's `--csv` and the page's
/// export write the same).
pub const CSV_HEADER: &str = "step,day,stable_price_usd,companion_price_usd,oracle_price_usd,stable_supply,companion_supply,reserve_btc,reserve_stable,reserve_usd,pool_delta_sdr,spread,mint_capacity_used,mint_capacity_usd_per_day,holdings,demand,panic,confidence,sold_by_holders,bought_by_holders,stable_burnt,companion_minted,companion_burnt,stable_minted,defence_usd,companion_net_sold,swaps_enabled,conservation_error";

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
    ];
    let mut row = s.step.to_string();
    for x in v {
        row.push(',');
        row.push_str(&number(x));
    }
    row.push_str(if s.swaps_enabled { ",1," } else { ",0," });
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
