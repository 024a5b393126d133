//! The arbitrageurs: their best round trip through the market module in a block.

use super::*;

impl StablecoinSim {
    /// The arbitrageurs' best round trip in this block, if any: buy the
    /// cheap side on its external market, swap it through the market
    /// module, sell what is minted on the other external market. The size
    /// is the largest that still profits at the margin (a bracketing search, [`optimum`]), at
    /// most `arb_stable_per_block` of stablecoin volume and never more
    /// dollars than they hold.
    pub(super) fn arbitrage(&mut self, snap: &mut Snapshot) {
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
            self.swap_through_module(Direction::StableToCompanion, &quote, [q, luna, fee], snap);
            self.companion_book.sell(luna);
            self.bal.arbitrageurs_usd += sale - cost;
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
            self.swap_through_module(Direction::CompanionToStable, &quote, [luna, w, fee], snap);
            self.stable_book.sell(w);
            self.bal.arbitrageurs_usd += sale - z;
        }
        self.sync_books();
    }

    /// Books the arbitrageurs' swap `dir` through the market module (its
    /// `quote`): `burnt` of the coin offered leaves its supply, `minted` of
    /// the other is new supply for them and `fee` of it for the oracle
    /// reward pool.
    fn swap_through_module(&mut self, dir: Direction, quote: &SwapQuote, amounts: [f64; 3], snap: &mut Snapshot) {
        let [burnt, minted, fee] = amounts;
        self.pool.apply(dir, quote);
        let (offered, asked) = match dir {
            Direction::StableToCompanion => (&mut self.stable_supply, &mut self.companion_supply),
            Direction::CompanionToStable => (&mut self.companion_supply, &mut self.stable_supply),
        };
        *offered -= burnt;
        *asked += minted + fee;
        let (total_burnt, total_minted, fees) = self.ledger.module_flows(dir);
        *total_burnt += burnt;
        *total_minted += minted;
        *fees += fee;
        *self.bal.fee_pool(dir) += fee;
        let (step_burnt, step_minted) = snap.module_flows(dir);
        *step_burnt += burnt;
        *step_minted += minted + fee;
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
pub(super) fn optimum(marginal: impl Fn(f64) -> f64, hi: f64) -> f64 {
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
pub(super) const OPTIMUM_TOLERANCE: f64 = 1e-9;
/// A bound on the search's evaluations (bisection alone would need 30 to
/// reach the tolerance).
pub(super) const OPTIMUM_MAX_EVALUATIONS: usize = 64;
