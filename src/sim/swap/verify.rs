//! "Verify this configuration": an explicit-state model check of the swap.
//!
//! The simulation shows one run; this explores every run of a small,
//! timed abstraction of the same configuration, breadth first, with a hash
//! set of visited states, and reports whether the swap's guarantees hold
//! or the shortest run in which one breaks.
//!
//! **Time is scaled down.** Seconds become ticks of τ seconds, with τ a
//! quarter of the shorter timelock, made smaller if needed so that the gap
//! between the timelocks is at least three ticks and every window or
//! moment in the plans is at least one tick; but never so small that the
//! longer timelock exceeds 48 ticks, a window or moment 160 ticks, or a
//! reaction delay or confirmation wait 8 ticks. If an exploration still
//! reaches [`STATE_BUDGET`] states, τ is doubled and the check starts
//! again, so time and memory stay bounded. Both chains make one block per tick:
//! chain B's block `k` has timestamp `k` (the clock), and chain A's height
//! may run up to `drift` blocks ahead of or behind it (two standard
//! deviations of the time of its timelock block, when its block times are
//! random). Timelocks, windows and moments are rounded to ticks, keeping
//! the timelocks' order.
//!
//! **Nondeterminism.** Any interleaving of the two chains' blocks within
//! the drift; which pending transactions a block includes and in what
//! order; when the honest party acts, within its reaction delay (rounded to
//! ticks; zero means before the next tick); and everything the other party
//! does.
//!
//! **Honest and arbitrary parties.** An honest party follows its plan
//! (lock, redeem, refund as soon as it can, offline windows, Alice's
//! earliest redeem) and its transactions are mined within
//! [`INCLUSION_BLOCKS`] blocks of its chain, except that none is mined
//! while its chain is congested. The other party is arbitrary: at any
//! block it may get mined any transaction it can sign (its own lock or
//! refund, or a redeem of the other's contract once it knows the secret,
//! which Bob learns from Alice's redeem as soon as it is broadcast),
//! congested or not, before or after the honest party's, or do nothing.
//!
//! **Properties.** (1) and (2): each party in turn honest, the other
//! arbitrary: the honest party ends with its own coins or the other's,
//! never neither (coins stuck in a contract count as neither).
//! (3) both honest: both contracts redeemed, or neither redeemed and
//! nothing still locked.
//!
//! **Value.** Gains in traces are in µBTC at the agreed rate (the swap's
//! `amount_a` sats are worth its `amount_b` gwei, 1 BTC = 15 ETH by
//! default), so each leg is worth `amount_a / 100`. Coins in a contract
//! count as given until they come back; fees are left out.

use super::{HtlcState, PartyId, SwapParams};
use serde::Serialize;

/// An honest party's transaction is mined within this many blocks of its
/// chain (not counting congested blocks).
pub const INCLUSION_BLOCKS: u16 = 2;
/// The shorter timelock becomes this many ticks (if nothing needs finer).
pub const SHORT_TIMELOCK_TICKS: f64 = 4.0;
/// The longer timelock never exceeds this many ticks.
pub const MAX_TIMELOCK_TICKS: f64 = 48.0;
/// Reaction delays and confirmation waits never exceed this many ticks.
pub const MAX_DELAY_TICKS: f64 = 8.0;
/// Windows and moments in the plans never exceed this many ticks.
pub const MAX_MOMENT_TICKS: f64 = 160.0;
/// If one exploration reaches this many states, the tick is doubled and
/// the check starts again (bounding time and memory for any input).
pub const STATE_BUDGET: usize = 250_000;

/// One step of a counterexample, with the state after it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TraceStep {
    /// The tick (chain B's timestamp) after the step.
    pub time: u64,
    pub text: String,
    pub htlc_a: HtlcState,
    pub htlc_b: HtlcState,
    /// The secret is in a broadcast transaction or on-chain.
    pub secret_public: bool,
    /// Net value change in µBTC at the agreed rate: what Alice has received
    /// minus what she has given (coins in a contract count as given).
    pub alice_gain: i64,
    pub bob_gain: i64,
}

/// The shortest run (breadth-first) that breaks a property.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Counterexample {
    pub property: String,
    pub victim: PartyId,
    pub steps: Vec<TraceStep>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VerifyReport {
    /// Distinct states explored, over the three checks.
    pub states: u64,
    /// Distinct transitions between them.
    pub transitions: u64,
    /// Every property holds.
    pub holds: bool,
    pub properties: Vec<(String, bool)>,
    pub counterexample: Option<Counterexample>,
    /// How time was made small, in words.
    pub abstraction: String,
}

mod model;
mod report;
mod search;

use self::model::{Mode, Model};
use self::report::{abstraction, trace};
use self::search::explore;

/// Explores every run of the scaled-down configuration three times (Alice
/// honest, Bob honest, both honest) and checks the swap's properties.
pub fn verify(params: &SwapParams) -> VerifyReport {
    verify_within(params, STATE_BUDGET)
}

/// [`verify`] with a chosen state budget per exploration.
pub fn verify_within(params: &SwapParams, budget: usize) -> VerifyReport {
    let names = [
        "Alice, following her plan, never loses: she ends with her own coins or Bob's, whatever Bob does",
        "Bob, following his plan, never loses: he ends with his own coins or Alice's, whatever Alice does",
        "With both following their plans, the swap is atomic: both redeem, or neither does and nothing stays locked",
    ];
    let mut coarsen = 1.0;
    let mut doubled = 0;
    'scale: loop {
        let m = Model::new(params, coarsen);
        let mut states = 0u64;
        let mut transitions = 0u64;
        let mut properties = Vec::new();
        let mut counterexample = None;
        for (mode, name) in [Mode::AliceHonest, Mode::BobHonest, Mode::Both].into_iter().zip(names) {
            // The shortest violation over the secrets this mode allows.
            let mut worst: Option<Vec<TraceStep>> = None;
            let mut victim_of = None;
            for mv in m.secret_choices(params, mode) {
                let Some(ex) = explore(&mv, mode, budget) else {
                    coarsen *= 2.0;
                    doubled += 1;
                    continue 'scale;
                };
                states += ex.states.len() as u64;
                transitions += ex.transitions;
                if let Some((end, victim)) = ex.violation {
                    let steps = trace(&mv, &ex, end, mode);
                    if worst.as_ref().is_none_or(|w| steps.len() < w.len()) {
                        worst = Some(steps);
                        victim_of = Some(victim);
                    }
                }
            }
            properties.push((name.to_string(), worst.is_none()));
            if let (None, Some(steps), Some(victim)) = (&counterexample, worst, victim_of) {
                counterexample = Some(Counterexample { property: name.to_string(), victim, steps });
            }
        }
        let mut abstraction = abstraction(&m, params);
        if doubled > 0 {
            abstraction += " ";
            abstraction += &crate::t!("swap-vr-abs-doubled", n = doubled, budget = budget.to_string());
        }
        return VerifyReport {
            states,
            transitions,
            holds: properties.iter().all(|(_, ok)| *ok),
            properties,
            counterexample,
            abstraction,
        };
    }
}
