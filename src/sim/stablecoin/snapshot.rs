//! What the views read after each step, and the run as CSV and as a summary.

use super::{Direction, StablecoinSim};
use serde::Serialize;

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

    /// This step's flows a swap `dir` through the market module adds to:
    /// the coin burnt, and the other coin minted (fees included).
    pub(super) fn module_flows(&mut self, dir: Direction) -> (&mut f64, &mut f64) {
        match dir {
            Direction::StableToCompanion => (&mut self.stable_burnt, &mut self.companion_minted),
            Direction::CompanionToStable => (&mut self.companion_burnt, &mut self.stable_minted),
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
