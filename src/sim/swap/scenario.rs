//! The preset scenarios (the happy path and the failure cases of
//! `reference/models.md` §3) and the ways a swap can end.

use super::params::{Congestion, SwapParams, HOUR};
use super::ChainId;
use serde::{Deserialize, Serialize};

crate::keyed_enum! {
    /// How a swap ended, or where it stands.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Outcome {
        /// A contract is still locked, or nothing has happened yet.
        Pending "swap-outcome-pending",
        /// Bob's contract was never funded and Alice's coins are back with her
        /// (or were never locked): no coins changed hands.
        NothingLocked "swap-outcome-nothing-locked",
        /// Both redeemed: each party has the other's coins.
        Swapped "swap-outcome-swapped",
        /// Both contracts were funded and both refunded.
        BothRefunded "swap-outcome-both-refunded",
        /// Bob redeemed Alice's coins and kept (or got back) his own.
        InitiatorLost "swap-outcome-initiator-lost",
        /// Alice redeemed Bob's coins and got her own back too.
        ParticipantLost "swap-outcome-participant-lost",
    }
    /// In the reader's language (natively English).
    pub fn describe -> String;
}

impl Outcome {
    /// Somebody ended with neither their own coins nor the other's.
    pub fn is_loss(self) -> bool {
        matches!(self, Outcome::InitiatorLost | Outcome::ParticipantLost)
    }
}

crate::keyed_enum! {
    /// The preset runs, one per lesson: the slug, the button's label, what
    /// the run shows.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub enum Scenario {
        HappyPath "happy-path" "swap-scenario-happy-path" "swap-scenario-happy-path-desc",
        ParticipantNeverLocks "participant-never-locks" "swap-scenario-participant-never-locks"
            "swap-scenario-participant-never-locks-desc",
        InitiatorNeverRedeems "initiator-never-redeems" "swap-scenario-initiator-never-redeems"
            "swap-scenario-initiator-never-redeems-desc",
        MisorderedTimelocks "misordered-timelocks" "swap-scenario-misordered-timelocks"
            "swap-scenario-misordered-timelocks-desc",
        ParticipantOffline "participant-offline" "swap-scenario-participant-offline"
            "swap-scenario-participant-offline-desc",
        WrongSecretLength "wrong-secret-length" "swap-scenario-wrong-secret-length"
            "swap-scenario-wrong-secret-length-desc",
        Congestion "congestion" "swap-scenario-congestion" "swap-scenario-congestion-desc",
    }
    /// Kebab-case, for URLs and the command line (read back by `parse`).
    pub fn name -> &'static str, pub fn parse;
    /// The button's label, in the reader's language (natively English).
    pub fn title -> String;
    /// What the run shows, in the reader's language (natively English).
    pub fn description -> String;
}

impl Scenario {
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
