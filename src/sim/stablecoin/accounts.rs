//! The ledger of flows and every agent's balances: what the per-asset
//! accounting invariant ([`super::StablecoinSim::accounts`]) is checked on.

use super::Direction;
use serde::Serialize;

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

impl Ledger {
    /// What a swap `dir` through the market module adds to: the coin burnt,
    /// the other coin minted to traders, and its fees.
    pub(super) fn module_flows(&mut self, dir: Direction) -> (&mut f64, &mut f64, &mut f64) {
        match dir {
            Direction::StableToCompanion => (&mut self.stable_burnt, &mut self.companion_minted, &mut self.companion_fees),
            Direction::CompanionToStable => (&mut self.companion_burnt, &mut self.stable_minted, &mut self.stable_fees),
        }
    }
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
    /// The oracle reward pool of the coin a swap `dir` mints (its fees).
    pub(super) fn fee_pool(&mut self, dir: Direction) -> &mut f64 {
        match dir {
            Direction::StableToCompanion => &mut self.fee_pool_companion,
            Direction::CompanionToStable => &mut self.fee_pool_stable,
        }
    }
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
