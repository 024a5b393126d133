//! The preset scenarios (the happy path and the failure cases of
//! `reference/models.md` §3) and the ways a swap can end.

use super::params::{Congestion, SwapParams, HOUR};
use super::ChainId;
use serde::{Deserialize, Serialize};

/// How a swap ended, or where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Outcome {
    /// A contract is still locked, or nothing has happened yet.
    Pending,
    /// Bob's contract was never funded and Alice's coins are back with her
    /// (or were never locked): no coins changed hands.
    NothingLocked,
    /// Both redeemed: each party has the other's coins.
    Swapped,
    /// Both contracts were funded and both refunded.
    BothRefunded,
    /// Bob redeemed Alice's coins and kept (or got back) his own.
    InitiatorLost,
    /// Alice redeemed Bob's coins and got her own back too.
    ParticipantLost,
}

impl Outcome {
    pub fn describe(self) -> &'static str {
        match self {
            Outcome::Pending => "In progress: a contract is still open",
            Outcome::NothingLocked => "No swap: Bob never locked, and Alice's coins are back with her",
            Outcome::Swapped => "Swapped: each party redeemed the other's coins",
            Outcome::BothRefunded => "Both refunded: no swap, and each party has its own coins back",
            Outcome::InitiatorLost => "Alice lost: Bob has both sides",
            Outcome::ParticipantLost => "Bob lost: Alice has both sides",
        }
    }
    /// Somebody ended with neither their own coins nor the other's.
    pub fn is_loss(self) -> bool {
        matches!(self, Outcome::InitiatorLost | Outcome::ParticipantLost)
    }
}

/// The preset runs, one per lesson.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scenario {
    HappyPath,
    ParticipantNeverLocks,
    InitiatorNeverRedeems,
    MisorderedTimelocks,
    ParticipantOffline,
    WrongSecretLength,
    Congestion,
}

impl Scenario {
    pub const ALL: [Scenario; 7] = [
        Scenario::HappyPath,
        Scenario::ParticipantNeverLocks,
        Scenario::InitiatorNeverRedeems,
        Scenario::MisorderedTimelocks,
        Scenario::ParticipantOffline,
        Scenario::WrongSecretLength,
        Scenario::Congestion,
    ];

    /// Kebab-case, for URLs and the command line.
    pub fn name(self) -> &'static str {
        match self {
            Scenario::HappyPath => "happy-path",
            Scenario::ParticipantNeverLocks => "participant-never-locks",
            Scenario::InitiatorNeverRedeems => "initiator-never-redeems",
            Scenario::MisorderedTimelocks => "misordered-timelocks",
            Scenario::ParticipantOffline => "participant-offline",
            Scenario::WrongSecretLength => "wrong-secret-length",
            Scenario::Congestion => "congestion",
        }
    }

    pub fn parse(s: &str) -> Option<Scenario> {
        Scenario::ALL.into_iter().find(|x| x.name() == s)
    }

    pub fn title(self) -> &'static str {
        match self {
            Scenario::HappyPath => "Happy path",
            Scenario::ParticipantNeverLocks => "Bob never locks",
            Scenario::InitiatorNeverRedeems => "Alice never redeems",
            Scenario::MisorderedTimelocks => "Misordered timelocks",
            Scenario::ParticipantOffline => "Bob goes offline",
            Scenario::WrongSecretLength => "33-byte secret",
            Scenario::Congestion => "Congested chain A",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Scenario::HappyPath => {
                "Alice locks 1 BTC on chain A for 48 h; once it is confirmed Bob locks 15 ETH on chain B for 24 h under the same digest. Alice redeems on B, which puts the secret on-chain; Bob copies it and redeems on A long before Alice's timelock."
            }
            Scenario::ParticipantNeverLocks => {
                "Alice locks, but Bob never locks his side. Alice has revealed nothing, so she simply waits out her 48 h timelock and refunds."
            }
            Scenario::InitiatorNeverRedeems => {
                "Both lock, but Alice never redeems, so the secret never appears. Bob refunds after his 24 h timelock and Alice after her 48 h one."
            }
            Scenario::MisorderedTimelocks => {
                "Bob's timelock (48 h) is longer than Alice's (24 h). Alice refunds her own coins as soon as her timelock opens, then redeems Bob's at 36 h: the secret reaches Bob when Alice's contract is already empty."
            }
            Scenario::ParticipantOffline => {
                "Bob locks, then goes offline from 2 h to 60 h. At 6 h Alice redeems his coins, publishing the secret, but Bob is not watching; at 48 h her timelock opens and she refunds her own coins too."
            }
            Scenario::WrongSecretLength => {
                "Alice's secret is 33 bytes and Bob's contract does not check the length. Alice redeems on B, but the script on A requires OP_SIZE 32, so the secret Bob copies can never redeem; Alice refunds at 48 h. With the check on both chains, neither can redeem and both refund."
            }
            Scenario::Congestion => {
                "Bob reacts two hours after the secret appears. By then chain A's blocks are full of higher-paying transactions (from 3 h on), so his redeem at the normal fee waits in the mempool, and he never raises the fee. When Alice's timelock opens, her refund outbids it (replace-by-fee) and is mined."
            }
        }
    }

    /// The scenario's parameters: the defaults with what the lesson changes.
    /// The horizon is the later timelock plus 12 hours.
    pub fn params(self) -> SwapParams {
        let mut p = SwapParams::default();
        match self {
            Scenario::HappyPath => {}
            Scenario::ParticipantNeverLocks => p.participant.lock = false,
            Scenario::InitiatorNeverRedeems => p.initiator.redeem = false,
            Scenario::MisorderedTimelocks => {
                p.initiator_timelock = 24 * HOUR;
                p.participant_timelock = 48 * HOUR;
                p.initiator.redeem_at = Some(36 * HOUR);
            }
            Scenario::ParticipantOffline => {
                p.participant.offline = Some((2 * HOUR, 60 * HOUR));
                p.initiator.redeem_at = Some(6 * HOUR);
            }
            Scenario::WrongSecretLength => {
                p.secret_len = 33;
                p.contract_b_checks_length = false;
            }
            Scenario::Congestion => {
                p.participant.reaction_delay = 2 * HOUR;
                p.congestion = Some(Congestion { chain: ChainId::A, from: 3 * HOUR, until: 72 * HOUR });
            }
        }
        p.with_default_horizon()
    }

    /// What the run ends in, per `reference/models.md` §3.
    pub fn expected(self) -> Outcome {
        match self {
            Scenario::HappyPath => Outcome::Swapped,
            Scenario::ParticipantNeverLocks => Outcome::NothingLocked,
            Scenario::InitiatorNeverRedeems => Outcome::BothRefunded,
            Scenario::MisorderedTimelocks => Outcome::ParticipantLost,
            Scenario::ParticipantOffline => Outcome::ParticipantLost,
            Scenario::WrongSecretLength => Outcome::ParticipantLost,
            Scenario::Congestion => Outcome::ParticipantLost,
        }
    }
}
