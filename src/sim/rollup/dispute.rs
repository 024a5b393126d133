//! The fraud proof: interactive dissection of an execution trace down to one
//! step, which L1 then executes (the one-step proof).
//!
//! Both parties agree on the machine state hash before step 0 (the parent
//! assertion's state) and disagree on the hash after the last step `N`.
//! Each round, the defender posts the hashes at `arity − 1` evenly spaced
//! points inside the disputed range `[lo, hi]`; the challenger picks the
//! first sub-range whose end it disagrees with, so the range keeps an agreed
//! start and a disputed end. With `arity = 2` (BoLD bisects power-of-two
//! edges: a trace of `2^h` steps needs `h` rounds) this takes
//! `ceil(log2 N)` rounds; with `arity = 40` (classic Nitro's dissection,
//! 9 rounds for `2^43` steps) `ceil(log_40 N)`. Once `hi = lo + 1`, L1
//! runs step `lo` from the agreed state and compares the result with both
//! claims. Sources: Chain Lab `reference/models.md` §2; Offchain Labs,
//! "Arbitrum Nitro: a second-generation optimistic rollup" (2022) and the
//! BoLD specification.
//!
//! These functions are pure and independent of the simulation: they take
//! the two parties' hashes as functions of the step index.

use super::state::{instruction, ser_hash, Hash, Machine, Op, Transfer};
use serde::Serialize;
use std::fmt;

/// One dissection point: both parties' state hash after `index` steps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Point {
    pub index: u64,
    #[serde(serialize_with = "ser_hash")]
    pub honest: Hash,
    #[serde(serialize_with = "ser_hash")]
    pub claimed: Hash,
}

impl Point {
    pub fn agree(&self) -> bool {
        self.honest == self.claimed
    }
}

/// One round: the range before it, the points posted (both ends
/// included), and the range chosen for the next round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Round {
    pub lo: u64,
    pub hi: u64,
    pub points: Vec<Point>,
    pub next_lo: u64,
    pub next_hi: u64,
}

/// Where the dissection ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DisputeOutcome {
    pub n_steps: u64,
    pub arity: u32,
    pub rounds: Vec<Round>,
    /// The disputed step (0-based): the parties agree on the state after
    /// `step` steps and disagree after `step + 1`.
    pub step: u64,
    /// The agreed state hash before the step.
    #[serde(serialize_with = "ser_hash")]
    pub agreed_pre: Hash,
    #[serde(serialize_with = "ser_hash")]
    pub honest_post: Hash,
    #[serde(serialize_with = "ser_hash")]
    pub claimed_post: Hash,
}

/// Why a dissection cannot start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DisputeError {
    /// An empty trace has no step to dispute.
    EmptyTrace,
    /// Arity must be at least 2.
    Arity(u32),
    /// The parties already disagree on the start state.
    StartDisputed,
    /// The parties agree on the end state: nothing to dispute.
    EndAgreed,
}

impl fmt::Display for DisputeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DisputeError::EmptyTrace => f.write_str("a dispute needs a trace of at least one step"),
            DisputeError::Arity(a) => write!(f, "dissection arity must be at least 2 (got {a})"),
            DisputeError::StartDisputed => f.write_str("the parties must agree on the state before step 0"),
            DisputeError::EndAgreed => f.write_str("the parties agree on the final state: nothing to dispute"),
        }
    }
}

impl std::error::Error for DisputeError {}

/// The rounds an `arity`-way dissection of `n` steps needs in the worst
/// case: the least `r` with `arity^r ≥ n` (0 for `n ≤ 1`).
pub fn max_rounds(n: u64, arity: u32) -> u32 {
    let mut r = 0;
    let mut reach: u128 = 1;
    while reach < u128::from(n) {
        reach *= u128::from(arity.max(2));
        r += 1;
    }
    r
}

/// Dissect a trace of `n_steps` steps. `honest_hash_at(i)` and
/// `claimed_hash_at(i)` give each party's state hash after `i` steps
/// (`0 ..= n_steps`). The challenger always picks the first sub-range whose
/// end disagrees, so if the claimed trace diverges from step `s` on and
/// never re-converges, the result is exactly step `s`.
pub fn bisect(
    n_steps: u64,
    honest_hash_at: impl Fn(u64) -> Hash,
    claimed_hash_at: impl Fn(u64) -> Hash,
    arity: u32,
) -> Result<DisputeOutcome, DisputeError> {
    if n_steps == 0 {
        return Err(DisputeError::EmptyTrace);
    }
    if arity < 2 {
        return Err(DisputeError::Arity(arity));
    }
    let agreed_pre = honest_hash_at(0);
    if agreed_pre != claimed_hash_at(0) {
        return Err(DisputeError::StartDisputed);
    }
    if honest_hash_at(n_steps) == claimed_hash_at(n_steps) {
        return Err(DisputeError::EndAgreed);
    }
    let point = |i: u64| Point { index: i, honest: honest_hash_at(i), claimed: claimed_hash_at(i) };
    let (mut lo, mut hi) = (0u64, n_steps);
    let mut rounds = Vec::new();
    while hi - lo > 1 {
        let len = hi - lo;
        let k = u64::from(arity).min(len);
        // Points lo + ceil(j·len/k), j = 0..=k: strictly increasing, every
        // sub-range at most ceil(len/k) long.
        let idx: Vec<u64> = (0..=k).map(|j| lo + (u128::from(j) * u128::from(len)).div_ceil(u128::from(k)) as u64).collect();
        let points: Vec<Point> = idx.iter().map(|&i| point(i)).collect();
        let j = points.iter().position(|p| !p.agree()).expect("the end of the range disagrees");
        debug_assert!(j >= 1);
        let (nlo, nhi) = (points[j - 1].index, points[j].index);
        rounds.push(Round { lo, hi, points, next_lo: nlo, next_hi: nhi });
        lo = nlo;
        hi = nhi;
    }
    Ok(DisputeOutcome {
        n_steps,
        arity,
        rounds,
        step: lo,
        agreed_pre: honest_hash_at(lo),
        honest_post: honest_hash_at(hi),
        claimed_post: claimed_hash_at(hi),
    })
}

/// What L1 found when it executed the disputed step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OneStepProof {
    pub step: u64,
    /// The instruction executed, e.g. `"STORE to"`.
    pub op: &'static str,
    /// The transfer it belongs to (index in the batch).
    pub transfer: u64,
    #[serde(serialize_with = "ser_hash")]
    pub pre_hash: Hash,
    #[serde(serialize_with = "ser_hash")]
    pub post_hash: Hash,
    /// The pre-state supplied hashed to the agreed hash.
    pub pre_state_valid: bool,
    /// L1's result matches the challenger's claim.
    pub challenger_correct: bool,
    /// L1's result matches the proposer's (the asserter's) claim.
    pub proposer_correct: bool,
}

/// L1's one-step proof: check that `pre` is the agreed state (its hash is
/// `agreed_pre`), execute the single instruction `pre.pc` of `program`, and
/// compare the resulting hash with both parties' claims. Real Nitro is
/// given only the touched memory with Merkle proofs; here the whole (tiny)
/// pre-state is supplied and hashed.
pub fn one_step_proof(
    pre: &Machine,
    program: &[Transfer],
    agreed_pre: &Hash,
    challenger_post: &Hash,
    proposer_post: &Hash,
) -> OneStepProof {
    let pre_hash = pre.hash();
    let pre_state_valid = &pre_hash == agreed_pre;
    let mut m = pre.clone();
    m.step(program);
    let post_hash = m.hash();
    let op = instruction(program, pre.pc).map(|(op, _)| op.name()).unwrap_or("(end)");
    OneStepProof {
        step: pre.pc,
        op,
        transfer: pre.pc / Op::PER_TRANSFER,
        pre_hash,
        post_hash,
        pre_state_valid,
        challenger_correct: pre_state_valid && &post_hash == challenger_post,
        proposer_correct: pre_state_valid && &post_hash == proposer_post,
    }
}
