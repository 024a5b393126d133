//! The two hash time-locked contracts (HTLCs) and the exact rules under
//! which each chain accepts a redeem or a refund.
//!
//! Chain A (Bitcoin-like) holds Alice's coins in the BIP-199 script with
//! decred/atomicswap's size check (`atomicswap.go`, `atomicSwapContract`):
//!
//! ```text
//! OP_IF
//!     OP_SIZE 32 OP_EQUALVERIFY OP_SHA256 <digest> OP_EQUALVERIFY
//!     OP_DUP OP_HASH160 <Bob's pubkey hash>
//! OP_ELSE
//!     <locktime> OP_CHECKLOCKTIMEVERIFY OP_DROP
//!     OP_DUP OP_HASH160 <Alice's pubkey hash>
//! OP_ENDIF
//! OP_EQUALVERIFY OP_CHECKSIG
//! ```
//!
//! - The redeem branch has no deadline: after the locktime both branches
//!   are valid, and whichever spend is mined first wins (BIP-199).
//! - The refund spends with `nLockTime = locktime` (BIP-65 requires
//!   `nLockTime >= <locktime>`), and consensus treats a transaction as final
//!   only in a block whose height is greater than its `nLockTime`
//!   (Bitcoin Core `IsFinalTx`). So with `locktime = L` the first block that
//!   can hold the refund is `L + 1`.
//! - The locktime counts block heights here. decred's tool writes a Unix
//!   time instead (CLTV takes either); heights make the Bitcoin-like chain's
//!   clock visibly different from the Ethereum-like chain's.
//!
//! Chain B (Ethereum-like) holds Bob's coins in a Solidity-style contract
//! in the manner of the common `HashedTimelock` contracts: `redeem(secret)`
//! requires `secret.length == 32` (when the contract checks it),
//! `sha256(secret) == digest` and `block.timestamp < timelock`; `refund()`
//! requires `block.timestamp >= timelock`. Chains accept different
//! preimage sizes unless both contracts check them, which is why decred
//! added the size check.

use serde::{Deserialize, Serialize, Serializer};
use sha2::{Digest, Sha256};

use super::SECRET_LEN;

/// SHA-256, as both contracts compute it (the `sha2` crate).
pub fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

pub use crate::format::hex;

pub(crate) fn ser_hex<S: Serializer, B: AsRef<[u8]>>(bytes: &B, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&hex(bytes.as_ref()))
}

pub(crate) fn ser_hex_opt<S: Serializer>(bytes: &Option<Vec<u8>>, s: S) -> Result<S::Ok, S::Error> {
    match bytes {
        Some(b) => s.serialize_some(&hex(b)),
        None => s.serialize_none(),
    }
}

/// Seconds as `12h05`, the way the page writes times.
pub fn hm(t: u64) -> String {
    format!("{}h{:02}", t / 3600, t % 3600 / 60)
}

/// The two chains.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ChainId {
    /// Bitcoin-like: 10-minute blocks, script, timelock in block heights.
    A,
    /// Ethereum-like: 12-second blocks, contract, timelock in timestamps.
    B,
}

impl ChainId {
    pub const BOTH: [ChainId; 2] = [ChainId::A, ChainId::B];
    pub fn name(self) -> &'static str {
        match self {
            ChainId::A => "Bitcoin-like",
            ChainId::B => "Ethereum-like",
        }
    }
    /// The coin the model trades on this chain.
    pub fn coin(self) -> &'static str {
        match self {
            ChainId::A => "BTC",
            ChainId::B => "ETH",
        }
    }
    pub(crate) fn index(self) -> usize {
        match self {
            ChainId::A => 0,
            ChainId::B => 1,
        }
    }
}

/// The two parties.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PartyId {
    /// Alice: knows the secret, locks first on chain A with the longer timelock.
    Initiator,
    /// Bob: locks second on chain B with the shorter timelock.
    Participant,
}

impl PartyId {
    pub fn name(self) -> &'static str {
        match self {
            PartyId::Initiator => "Alice (initiator)",
            PartyId::Participant => "Bob (participant)",
        }
    }
    /// "Alice" or "Bob".
    pub fn short(self) -> &'static str {
        match self {
            PartyId::Initiator => "Alice",
            PartyId::Participant => "Bob",
        }
    }
    pub fn other(self) -> PartyId {
        match self {
            PartyId::Initiator => PartyId::Participant,
            PartyId::Participant => PartyId::Initiator,
        }
    }
    /// The chain where this party locks its own coins.
    pub fn own_chain(self) -> ChainId {
        match self {
            PartyId::Initiator => ChainId::A,
            PartyId::Participant => ChainId::B,
        }
    }
    pub(crate) fn index(self) -> usize {
        match self {
            PartyId::Initiator => 0,
            PartyId::Participant => 1,
        }
    }
    /// "her" or "his".
    pub fn possessive(self) -> &'static str {
        match self {
            PartyId::Initiator => "her",
            PartyId::Participant => "his",
        }
    }
}

/// Where a contract is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum HtlcState {
    NotFunded,
    Locked,
    Redeemed,
    Refunded,
}

impl HtlcState {
    /// Redeemed or refunded: nothing can move it any more.
    pub fn is_settled(self) -> bool {
        matches!(self, HtlcState::Redeemed | HtlcState::Refunded)
    }
}

/// An absolute timelock: chain A's counts block heights (CLTV's operand),
/// chain B's is a block timestamp (seconds since the start of the run).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Timelock {
    Height(u64),
    Time(u64),
}

/// A block's height and time (seconds since the start of the run).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockRef {
    pub height: u64,
    pub time: u64,
}

/// The edges of a contract's state machine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Transition {
    Fund,
    Redeem,
    Refund,
}

/// One hash time-locked contract.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Htlc {
    pub chain: ChainId,
    pub state: HtlcState,
    /// Who locks the coins and may refund them.
    pub sender: PartyId,
    /// Who may redeem them with the secret.
    pub recipient: PartyId,
    /// In the chain's base unit (sat on A, gwei on B).
    pub amount: u64,
    #[serde(serialize_with = "ser_hex")]
    pub digest: [u8; 32],
    pub timelock: Timelock,
    /// Whether the redeem path requires a 32-byte secret (always on A,
    /// decred's `OP_SIZE 32 OP_EQUALVERIFY`; a setting on B).
    pub checks_length: bool,
    pub funded_at: Option<BlockRef>,
    pub settled_at: Option<BlockRef>,
    /// The secret, once a redeem is mined: public from then on.
    #[serde(serialize_with = "ser_hex_opt")]
    pub preimage: Option<Vec<u8>>,
    /// The transition taken most recently.
    pub last_transition: Option<Transition>,
}

impl Htlc {
    pub(crate) fn new(chain: ChainId, amount: u64, digest: [u8; 32], timelock: Timelock, checks_length: bool) -> Htlc {
        let sender = match chain {
            ChainId::A => PartyId::Initiator,
            ChainId::B => PartyId::Participant,
        };
        Htlc {
            chain,
            state: HtlcState::NotFunded,
            sender,
            recipient: sender.other(),
            amount,
            digest,
            timelock,
            checks_length,
            funded_at: None,
            settled_at: None,
            preimage: None,
            last_transition: None,
        }
    }

    fn spent(&self) -> Result<(), String> {
        match self.state {
            HtlcState::Locked => Ok(()),
            HtlcState::NotFunded => Err(crate::t!("swap-why-never-funded")),
            HtlcState::Redeemed => Err(crate::t!("swap-why-redeemed")),
            HtlcState::Refunded => Err(crate::t!("swap-why-refunded")),
        }
    }

    /// Would a redeem with `preimage` by `by` be valid in `block`? The error
    /// says which check fails, in the order the script or contract runs them.
    pub fn check_redeem(&self, by: PartyId, preimage: &[u8], block: BlockRef) -> Result<(), String> {
        match self.timelock {
            Timelock::Height(_) => {
                // A spent output cannot be spent again: nodes reject the
                // transaction before running the script.
                self.spent()?;
                self.check_secret(by, preimage, ["swap-why-size-a", "swap-why-hash-a", "swap-why-signature"])
            }
            Timelock::Time(t) => {
                self.check_secret(by, preimage, ["swap-why-length-b", "swap-why-hash-b", "swap-why-only-redeem"])?;
                if block.time >= t {
                    return Err(crate::t!("swap-why-late", time = hm(block.time), timelock = hm(t)));
                }
                self.spent()
            }
        }
    }

    /// The checks of a redeem both chains make, in the same order: the
    /// secret's length (where it is checked), its hash, the redeemer. `why`:
    /// the script's or the contract's messages for each.
    fn check_secret(&self, by: PartyId, preimage: &[u8], why: [&str; 3]) -> Result<(), String> {
        let [size, hash, redeemer] = why;
        if self.checks_length && preimage.len() != SECRET_LEN {
            return Err(crate::t!(size, bytes = preimage.len()));
        }
        if sha256(preimage) != self.digest {
            return Err(crate::t!(hash));
        }
        if by != self.recipient {
            return Err(crate::t!(redeemer, who = self.recipient.short()));
        }
        Ok(())
    }

    /// Would a refund by `by` be valid in `block`?
    pub fn check_refund(&self, by: PartyId, block: BlockRef) -> Result<(), String> {
        self.spent()?;
        if by != self.sender {
            return Err(crate::t!("swap-why-only-refund", who = self.sender.short()));
        }
        match self.timelock {
            Timelock::Height(l) => {
                if block.height <= l {
                    return Err(crate::t!(
                        "swap-why-not-reached",
                        height = block.height.to_string(),
                        locktime = l.to_string(),
                        first = (l + 1).to_string()
                    ));
                }
            }
            Timelock::Time(t) => {
                if block.time < t {
                    return Err(crate::t!("swap-why-early", time = hm(block.time), timelock = hm(t)));
                }
            }
        }
        Ok(())
    }

    /// The first block in which a refund is valid, in words.
    pub fn refund_from(&self) -> String {
        match self.timelock {
            Timelock::Height(l) => crate::t!("swap-at-height", height = (l + 1).to_string()),
            Timelock::Time(t) => crate::t!("swap-at-time", time = hm(t)),
        }
    }
}

/// What a transaction does to its chain's contract.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum TxKind {
    /// Fund the contract (the sender's coins go in).
    Lock,
    /// Claim with the secret (the recipient's path).
    Redeem {
        #[serde(serialize_with = "ser_hex")]
        preimage: Vec<u8>,
    },
    /// Take the coins back after the timelock (the sender's path).
    Refund,
}

impl TxKind {
    pub fn name(&self) -> &'static str {
        match self {
            TxKind::Lock => "lock",
            TxKind::Redeem { .. } => "redeem",
            TxKind::Refund => "refund",
        }
    }
}

/// How a mined transaction fared.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum TxOutcome {
    Applied,
    /// The reason in plain words.
    Rejected(String),
}

/// A swap transaction. In a mempool its `outcome` is a placeholder
/// (`Applied`) until a block decides it.
///
/// On chain A a rejected transaction would never get into a real block
/// (nodes refuse an invalid spend); it is listed, marked rejected, in the
/// block where it would have been mined so the page can show why, and it
/// pays no fee. On chain B a failing call is mined and reverts, and its
/// sender pays the fee all the same.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tx {
    pub kind: TxKind,
    pub from: PartyId,
    /// Seconds since the start.
    pub broadcast_at: u64,
    /// In the chain's base unit.
    pub fee: u64,
    pub outcome: TxOutcome,
}

impl Tx {
    /// "Alice's refund", "Bob's redeem", in the reader's language.
    pub fn describe(&self) -> String {
        match (self.from, &self.kind) {
            (PartyId::Initiator, TxKind::Lock) => crate::t!("swap-txd-alice-lock"),
            (PartyId::Initiator, TxKind::Redeem { .. }) => crate::t!("swap-txd-alice-redeem"),
            (PartyId::Initiator, TxKind::Refund) => crate::t!("swap-txd-alice-refund"),
            (PartyId::Participant, TxKind::Lock) => crate::t!("swap-txd-bob-lock"),
            (PartyId::Participant, TxKind::Redeem { .. }) => crate::t!("swap-txd-bob-redeem"),
            (PartyId::Participant, TxKind::Refund) => crate::t!("swap-txd-bob-refund"),
        }
    }
}

/// A mined block with the swap's transactions in it (other users'
/// transactions are not modelled).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Block {
    pub height: u64,
    /// Seconds since the start.
    pub time: u64,
    pub txs: Vec<Tx>,
}
