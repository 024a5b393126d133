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
    /// In the reader's language (natively English).
    pub fn describe(self) -> String {
        match self {
            Outcome::Pending => crate::t!("swap-outcome-pending"),
            Outcome::NothingLocked => crate::t!("swap-outcome-nothing-locked"),
            Outcome::Swapped => crate::t!("swap-outcome-swapped"),
            Outcome::BothRefunded => crate::t!("swap-outcome-both-refunded"),
            Outcome::InitiatorLost => crate::t!("swap-outcome-initiator-lost"),
            Outcome::ParticipantLost => crate::t!("swap-outcome-participant-lost"),
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

    /// The button's label, in the reader's language (natively English).
    pub fn title(self) -> String {
        match self {
            Scenario::HappyPath => crate::t!("swap-scenario-happy-path"),
            Scenario::ParticipantNeverLocks => crate::t!("swap-scenario-participant-never-locks"),
            Scenario::InitiatorNeverRedeems => crate::t!("swap-scenario-initiator-never-redeems"),
            Scenario::MisorderedTimelocks => crate::t!("swap-scenario-misordered-timelocks"),
            Scenario::ParticipantOffline => crate::t!("swap-scenario-participant-offline"),
            Scenario::WrongSecretLength => crate::t!("swap-scenario-wrong-secret-length"),
            Scenario::Congestion => crate::t!("swap-scenario-congestion"),
        }
    }

    /// What the run shows, in the reader's language (natively English).
    pub fn description(self) -> String {
        match self {
            Scenario::HappyPath => crate::t!("swap-scenario-happy-path-desc"),
            Scenario::ParticipantNeverLocks => crate::t!("swap-scenario-participant-never-locks-desc"),
            Scenario::InitiatorNeverRedeems => crate::t!("swap-scenario-initiator-never-redeems-desc"),
            Scenario::MisorderedTimelocks => crate::t!("swap-scenario-misordered-timelocks-desc"),
            Scenario::ParticipantOffline => crate::t!("swap-scenario-participant-offline-desc"),
            Scenario::WrongSecretLength => crate::t!("swap-scenario-wrong-secret-length-desc"),
            Scenario::Congestion => crate::t!("swap-scenario-congestion-desc"),
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
