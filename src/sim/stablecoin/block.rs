//! One 6-second block slot: scheduled events, the holders, the reserve, the
//! market module's block (swaps, `ReplenishPools`) and the oracle's vote period.

use super::*;

/// Per-block factors that depend only on the parameters, computed once.
#[derive(Clone, Copy, Debug)]
pub(super) struct Rates {
    pub(super) noise_keep: f64,
    pub(super) sqrt_dt: f64,
    pub(super) yield_factor: f64,
    pub(super) companion_adjust: f64,
    pub(super) dip_spend: f64,
    pub(super) panic_keep: f64,
}

impl Rates {
    pub(super) fn of(p: &StablecoinParams) -> Rates {
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

pub(super) fn rel(a: f64, b: f64) -> f64 {
    let scale = a.abs().max(b.abs()).max(1e-300);
    (a - b).abs() / scale
}

/// One standard normal draw (Marsaglia's polar method; the second value
/// of the pair is discarded to keep the stream simple). No trigonometry,
/// so no `cos` in the wasm.
pub(super) fn normal(rng: &mut SimRng) -> f64 {
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
pub(super) const SLOTS_PER_DAY: f64 = 86_400.0 / BLOCK_SECONDS;

/// The slots of the scheduled events, worked out once.
#[derive(Clone, Copy, Debug)]
pub(super) struct EventSlots {
    /// Proposal 1164 takes effect.
    pub(super) raise: Option<u64>,
    /// The first halt begins.
    pub(super) first_halt: Option<u64>,
    /// The final halt: swaps disabled from here on.
    pub(super) final_halt: Option<u64>,
}

impl EventSlots {
    pub(super) fn of(p: &StablecoinParams) -> EventSlots {
        EventSlots {
            raise: slot_of(p.raise_day),
            first_halt: slot_of(p.first_halt_day),
            final_halt: slot_of(p.halt_day),
        }
    }
}

/// The slot at which a day-valued event happens (None: never).
pub(super) fn slot_of(day: f64) -> Option<u64> {
    (day >= 0.0).then(|| (day * SLOTS_PER_DAY).round() as u64)
}

impl StablecoinSim {
    /// One 6-second block slot.
    pub(super) fn slot(&mut self, p: &StablecoinParams, snap: &mut Snapshot) {
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

    pub(super) fn holders_sell(&mut self, q: f64, snap: &mut Snapshot) {
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
    pub(super) fn update_panic(&mut self, dt: f64, snap: &mut Snapshot) {
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
}
