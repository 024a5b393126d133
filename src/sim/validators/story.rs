//! What a run's finality did, found in its history and said in words:
//! when finality stopped, when the leak began, when and why finality came
//! back, and for a partition, the two chains' conflicting checkpoints. The
//! page's finality panel and narration say these sentences; the tests
//! check every number in them against the records.

use super::{EpochRecord, OutageKind, ValidatorSim, EPOCHS_PER_DAY, GWEI_PER_ETH};
use crate::format::{grouped, thousands};

/// The turning points of one chain's finality, as record indices (the
/// record after epoch `i - 1`'s processing).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Turns {
    /// The first record whose finality delay exceeds 1 (finality has stopped).
    pub stopped: Option<usize>,
    /// The first record in the leak after that.
    pub leak: Option<usize>,
    /// The first record after `stopped` whose delay is back to 0.
    pub returned: Option<usize>,
}

/// The first halt of finality in `h` after the first epochs, its leak and its end.
pub fn turns(h: &[EpochRecord]) -> Turns {
    let stopped = h.iter().enumerate().skip(4).find(|(_, r)| r.finality_delay > 1).map(|(i, _)| i);
    let Some(s) = stopped else { return Turns::default() };
    let leak = h[s..].iter().position(|r| r.in_leak).map(|k| s + k);
    let returned = h[s..].iter().position(|r| r.finality_delay == 0).map(|k| s + k);
    Turns { stopped, leak, returned }
}

fn eth(g: u64) -> String {
    grouped(g as f64 / GWEI_PER_ETH as f64)
}

fn days(epochs: u32) -> String {
    format!("{:.1}", f64::from(epochs) / f64::from(EPOCHS_PER_DAY))
}

fn pct(x: f64) -> String {
    format!("{:.1}%", x * 100.0)
}

/// Where one chain stands now, and what happened to its finality, in sentences.
pub fn chain_story(h: &[EpochRecord]) -> Vec<String> {
    let r = h.last().expect("genesis record");
    let mut out = Vec::new();
    let t = turns(h);
    if let Some(s) = t.stopped {
        let at = &h[s];
        out.push(format!(
            "Finality stopped after epoch {} (day {}): only {} of the active stake voted for the target, below the 2/3 that justifies a checkpoint.",
            thousands(at.finalized_epoch.into()),
            days(at.finalized_epoch),
            pct(at.target_share())
        ));
        if let Some(l) = t.leak {
            out.push(format!(
                "From epoch {} the finality delay was over 4 epochs: the inactivity leak began. Validators that miss their vote gain 4 to their inactivity score each epoch and lose effective balance × score / 2^26 (3 × 2^26 under Altair's rules) on top of the usual penalties; those who vote earn nothing for it until finality returns.",
                thousands(u64::from(h[l].epoch) - 1)
            ));
        }
        match t.returned {
            Some(b) => {
                let back = &h[b];
                let before = &h[s];
                let why = match back.offline_watch {
                    Some(w) if w.active => {
                        format!(
                            "; one of the offline validators is down to {} ETH of effective balance",
                            grouped(w.effective_eth)
                        )
                    }
                    Some(_) => {
                        "; offline validators were ejected at 16 ETH and left through the exit queue".to_string()
                    }
                    None => String::new(),
                };
                out.push(format!(
                    "Finality returned at epoch {} (day {}), {} days after it stopped: the offline stake had leaked until the {} ETH still voting was 2/3 of the active {} ETH again ({} of it{why}).",
                    thousands(back.finalized_epoch.into()),
                    days(back.finalized_epoch),
                    days(back.finalized_epoch - before.finalized_epoch),
                    eth(back.current_target_gwei),
                    eth(back.total_active_gwei),
                    pct(back.target_share()),
                ));
                if r.finality_delay > 1 {
                    out.push(format!(
                        "It has stalled again since: not finalised for {} epochs, with {} of the active stake voting, close to the 2/3 line.",
                        thousands(r.finality_delay.into()),
                        pct(r.target_share())
                    ));
                }
            }
            None => {
                let now = r.target_share();
                out.push(format!(
                    "Not finalised for {} epochs ({} days): {} of the active stake votes; finality returns when it reaches 2/3, as the offline validators' balances leak away.",
                    thousands(r.finality_delay.into()),
                    days(r.finality_delay),
                    pct(now)
                ));
            }
        }
    } else if r.epoch > 3 {
        out.push(format!(
            "Finalising: epoch {} is final (finality delay {}), with {} of the active stake voting, above the 2/3 Casper FFG needs.",
            thousands(r.finalized_epoch.into()),
            r.finality_delay,
            pct(r.target_share())
        ));
    }
    out
}

/// The page's finality explanation: this chain's story and, for a
/// partition, the other chain's and whether they now conflict.
pub fn story(sim: &ValidatorSim) -> Vec<String> {
    let (Some(o), Some(p)) = (sim.other_side(), sim.params().outage.filter(|o| o.kind == OutageKind::Partition)) else {
        return chain_story(sim.history());
    };
    let mut out = Vec::new();
    let (a, b) = (sim.history().last().expect("genesis"), o.history().last().expect("genesis"));
    {
        let said_a = chain_story(sim.history());
        for s in &said_a {
            out.push(format!("Chain a (the rest's): {s}"));
        }
        // Chain b's own sentences, without repeating the ones chain a said already.
        for s in chain_story(o.history()).into_iter().filter(|s| !said_a.contains(s)) {
            out.push(format!("Chain b (the cut-off side's own): {s}"));
        }
        if a.finalized_branch == 1 && b.finalized_branch == 2 {
            out.push(format!(
                "Both sides have now finalised their own chain since the split at epoch {}: chain a epoch {}, chain b epoch {}. Finalised checkpoints on two conflicting chains: a safety failure that no fork choice can undo; it needs people to pick one.",
                thousands(p.from.into()),
                thousands(a.finalized_epoch.into()),
                thousands(b.finalized_epoch.into())
            ));
        }
    }
    out
}

/// One line for the narration: the finality of this chain now.
pub fn status(r: &EpochRecord) -> String {
    if r.epoch <= 3 {
        return String::new();
    }
    if r.finality_delay <= 1 {
        format!("finalised epoch {}", thousands(r.finalized_epoch.into()))
    } else {
        format!(
            "not finalised for {} epochs{}, {} voting",
            thousands(r.finality_delay.into()),
            if r.in_leak { " (inactivity leak)" } else { "" },
            pct(r.target_share())
        )
    }
}
