//! L2 state: account balances under a SHA-256 Merkle tree, the transfer
//! semantics, and the tiny deterministic VM whose execution trace the
//! fraud proof bisects.
//!
//! ## Tree layout
//!
//! With `n` accounts, the tree has `W = max(2, n.next_power_of_two())`
//! leaves, stored as a binary heap: `node[1]` is the root, the children of
//! `node[k]` are `node[2k]` and `node[2k+1]`, and leaf `i` is
//! `node[W + i]`.
//!
//! - leaf `i < n`: `SHA-256(0x00 ‖ i as u32 big-endian ‖ balance_i as u64 big-endian)`
//! - leaf `i ≥ n` (padding): 32 zero bytes
//! - inner node: `SHA-256(0x01 ‖ left ‖ right)`
//!
//! The `0x00`/`0x01` prefixes separate leaves from inner nodes (as in
//! RFC 6962), and the index in each leaf ties a balance to its account, so
//! two accounts swapping balances changes the root. Updating one balance
//! rehashes one leaf and its `log2 W` ancestors.
//!
//! ## The VM
//!
//! A batch is a program: transfer `j` is the seven instructions
//! `7j .. 7j+6` of [`Op::ALL`] (LOAD from, LOAD to, CHECK, SUB, ADD, STORE
//! from, STORE to). The machine state is the step counter `pc`, two
//! registers, the `ok` flag and the balances; its hash ([`Machine::hash`])
//! is `SHA-256("chainlab-rollup-vm" ‖ pc ‖ r0 ‖ r1 ‖ ok ‖ balance root)`.
//! A transfer whose sender cannot pay, or that sends to itself, fails
//! (CHECK clears `ok`; SUB and ADD then leave the registers alone, and the
//! STOREs write back unchanged values): it stays in the batch, as a
//! reverted transaction does on Arbitrum. Real Arbitrum runs WAVM (a
//! WebAssembly variant) over the whole Geth state transition; the shape of
//! the proof is the same.

use serde::Serialize;
use sha2::{Digest, Sha256};

/// A 32-byte SHA-256 digest.
pub type Hash = [u8; 32];

pub use crate::format::hex;

/// Serde helper: a digest as hex.
pub fn ser_hash<S: serde::Serializer>(h: &Hash, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&hex(h))
}

/// One L2 transaction: a transfer of `amount` gwei between two accounts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Transfer {
    pub from: u8,
    pub to: u8,
    /// The sender's nonce (its count of earlier transfers).
    pub nonce: u32,
    pub amount: u64,
}

/// Apply a transfer directly (the sequencer's and the nodes' fast path).
/// Same result as the seven VM steps. Returns whether it succeeded.
pub fn apply_transfer(balances: &mut [u64], t: &Transfer) -> bool {
    let (f, to) = (t.from as usize, t.to as usize);
    if f == to || f >= balances.len() || to >= balances.len() || balances[f] < t.amount {
        return false;
    }
    let Some(credited) = balances[to].checked_add(t.amount) else {
        return false;
    };
    balances[f] -= t.amount;
    balances[to] = credited;
    true
}

fn leaf_hash(i: usize, balance: u64) -> Hash {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update((i as u32).to_be_bytes());
    h.update(balance.to_be_bytes());
    h.finalize().into()
}

fn node_hash(l: &Hash, r: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(l);
    h.update(r);
    h.finalize().into()
}

/// Account balances with their Merkle tree (layout in the module docs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BalanceTree {
    balances: Vec<u64>,
    width: usize,
    nodes: Vec<Hash>,
}

impl BalanceTree {
    pub fn new(balances: Vec<u64>) -> BalanceTree {
        let width = balances.len().next_power_of_two().max(2);
        let mut nodes = vec![[0u8; 32]; 2 * width];
        for (i, &b) in balances.iter().enumerate() {
            nodes[width + i] = leaf_hash(i, b);
        }
        for k in (1..width).rev() {
            nodes[k] = node_hash(&nodes[2 * k], &nodes[2 * k + 1]);
        }
        BalanceTree { balances, width, nodes }
    }
    pub fn root(&self) -> Hash {
        self.nodes[1]
    }
    pub fn balances(&self) -> &[u64] {
        &self.balances
    }
    pub fn get(&self, i: usize) -> u64 {
        self.balances[i]
    }
    /// Set one balance and rehash its path to the root.
    pub fn set(&mut self, i: usize, balance: u64) {
        if self.balances[i] == balance {
            return;
        }
        self.balances[i] = balance;
        let mut k = self.width + i;
        self.nodes[k] = leaf_hash(i, balance);
        while k > 1 {
            k /= 2;
            self.nodes[k] = node_hash(&self.nodes[2 * k], &self.nodes[2 * k + 1]);
        }
    }
}

/// The state root of a list of balances.
pub fn state_root(balances: &[u64]) -> Hash {
    BalanceTree::new(balances.to_vec()).root()
}

/// The seven instructions of one transfer, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Op {
    /// `r0 ← balance[from]`
    LoadFrom,
    /// `r1 ← balance[to]`
    LoadTo,
    /// `ok ← from ≠ to ∧ r0 ≥ amount ∧ r1 + amount fits in 64 bits`
    Check,
    /// if ok: `r0 ← r0 − amount`
    Sub,
    /// if ok: `r1 ← r1 + amount`
    Add,
    /// `balance[from] ← r0`
    StoreFrom,
    /// `balance[to] ← r1`
    StoreTo,
}

impl Op {
    pub const ALL: [Op; 7] = [Op::LoadFrom, Op::LoadTo, Op::Check, Op::Sub, Op::Add, Op::StoreFrom, Op::StoreTo];
    /// VM steps per transfer.
    pub const PER_TRANSFER: u64 = 7;
    pub fn name(self) -> &'static str {
        match self {
            Op::LoadFrom => "LOAD from",
            Op::LoadTo => "LOAD to",
            Op::Check => "CHECK",
            Op::Sub => "SUB",
            Op::Add => "ADD",
            Op::StoreFrom => "STORE from",
            Op::StoreTo => "STORE to",
        }
    }
}

/// The instruction at step `pc` of a program, with its transfer.
pub fn instruction(program: &[Transfer], pc: u64) -> Option<(Op, &Transfer)> {
    let t = program.get(usize::try_from(pc / Op::PER_TRANSFER).ok()?)?;
    Some((Op::ALL[(pc % Op::PER_TRANSFER) as usize], t))
}

/// The VM's whole state between two steps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Machine {
    /// Steps executed so far.
    pub pc: u64,
    pub r0: u64,
    pub r1: u64,
    pub ok: bool,
    pub state: BalanceTree,
}

impl Machine {
    /// A machine about to run a batch from these balances.
    pub fn new(balances: Vec<u64>) -> Machine {
        Machine { pc: 0, r0: 0, r1: 0, ok: false, state: BalanceTree::new(balances) }
    }
    /// The commitment each party makes after each step.
    pub fn hash(&self) -> Hash {
        let mut h = Sha256::new();
        h.update(b"chainlab-rollup-vm");
        h.update(self.pc.to_be_bytes());
        h.update(self.r0.to_be_bytes());
        h.update(self.r1.to_be_bytes());
        h.update([u8::from(self.ok)]);
        h.update(self.state.root());
        h.finalize().into()
    }
    /// Execute instruction `pc` of `program`. Returns false (and changes
    /// nothing) once the program has ended.
    pub fn step(&mut self, program: &[Transfer]) -> bool {
        let Some((op, t)) = instruction(program, self.pc) else {
            return false;
        };
        let (f, to) = (t.from as usize, t.to as usize);
        let n = self.state.balances().len();
        match op {
            Op::LoadFrom => self.r0 = if f < n { self.state.get(f) } else { 0 },
            Op::LoadTo => self.r1 = if to < n { self.state.get(to) } else { 0 },
            Op::Check => {
                self.ok = f != to && f < n && to < n && self.r0 >= t.amount && self.r1.checked_add(t.amount).is_some()
            }
            Op::Sub => {
                if self.ok {
                    self.r0 -= t.amount
                }
            }
            Op::Add => {
                if self.ok {
                    self.r1 += t.amount
                }
            }
            Op::StoreFrom => {
                if self.ok {
                    self.state.set(f, self.r0)
                }
            }
            Op::StoreTo => {
                if self.ok {
                    self.state.set(to, self.r1)
                }
            }
        }
        self.pc += 1;
        true
    }
}

/// Steps in a batch's trace.
pub fn trace_len(program: &[Transfer]) -> u64 {
    program.len() as u64 * Op::PER_TRANSFER
}

/// The state hashes `h[0..=N]` of running `program` from `balances`
/// (`h[0]` before the first step, `h[i]` after step `i − 1`). If
/// `mint = Some((after_step, account, amount))`, the machine credits
/// `amount` to `account` right after that step: the cheating proposer's
/// trace, which diverges from there on.
pub fn trace_hashes(balances: &[u64], program: &[Transfer], mint: Option<(u64, usize, u64)>) -> Vec<Hash> {
    let mut m = Machine::new(balances.to_vec());
    let mut out = Vec::with_capacity(trace_len(program) as usize + 1);
    out.push(m.hash());
    while m.step(program) {
        if let Some((s, acct, amount)) = mint {
            if m.pc == s + 1 {
                let b = m.state.get(acct).saturating_add(amount);
                m.state.set(acct, b);
            }
        }
        out.push(m.hash());
    }
    out
}

/// The machine after `steps` honest steps of `program` from `balances`.
pub fn machine_at(balances: &[u64], program: &[Transfer], steps: u64) -> Machine {
    let mut m = Machine::new(balances.to_vec());
    while m.pc < steps && m.step(program) {}
    m
}
