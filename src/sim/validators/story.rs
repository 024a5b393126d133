//! What a run's finality did, found in its history and said in words:
//! when finality stopped, when the leak began, when and why finality came
//! back, and for a partition, the two chains' conflicting checkpoints. The
//! page's finality panel and narration say these sentences; the tests
//! check every number in them against the records.

use super::{EpochRecord, OutageKind, ValidatorSim, EPOCHS_PER_DAY, GWEI_PER_ETH};
use crate::i18n::{num, Arg};

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

fn eth(g: u64) -> Arg {
    num(g as f64 / GWEI_PER_ETH as f64, 0)
}

fn days(epochs: u32) -> Arg {
    num(f64::from(epochs) / f64::from(EPOCHS_PER_DAY), 1)
}

/// A share as a percentage with one decimal (the catalog writes the `%`).
fn pct(x: f64) -> Arg {
    num(x * 100.0, 1)
}

/// Where one chain stands now, and what happened to its finality, in sentences.
pub fn chain_story(h: &[EpochRecord]) -> Vec<String> {
    let r = h.last().expect("genesis record");
    let mut out = Vec::new();
    let t = turns(h);
    if let Some(s) = t.stopped {
        let at = &h[s];
        out.push(crate::t!(
            "validators-story-stopped",
            epoch = at.finalized_epoch,
            day = days(at.finalized_epoch),
            share = pct(at.target_share())
        ));
        if let Some(l) = t.leak {
            out.push(crate::t!("validators-story-leak", epoch = u64::from(h[l].epoch) - 1));
        }
        match t.returned {
            Some(b) => {
                let back = &h[b];
                let before = &h[s];
                let why = match back.offline_watch {
                    Some(w) if w.active => crate::t!("validators-story-why-down", eth = num(w.effective_eth, 0)),
                    Some(_) => crate::t!("validators-story-why-ejected"),
                    None => String::new(),
                };
                out.push(crate::t!(
                    "validators-story-returned",
                    epoch = back.finalized_epoch,
                    day = days(back.finalized_epoch),
                    days = days(back.finalized_epoch - before.finalized_epoch),
                    voting = eth(back.current_target_gwei),
                    active = eth(back.total_active_gwei),
                    share = pct(back.target_share()),
                    why = why,
                ));
                if r.finality_delay > 1 {
                    out.push(crate::t!(
                        "validators-story-stalled-again",
                        epochs = r.finality_delay,
                        share = pct(r.target_share())
                    ));
                }
            }
            None => {
                let now = r.target_share();
                out.push(crate::t!(
                    "validators-story-not-finalised",
                    epochs = r.finality_delay,
                    days = days(r.finality_delay),
                    share = pct(now)
                ));
            }
        }
    } else if r.epoch > 3 {
        out.push(crate::t!(
            "validators-story-finalising",
            epoch = r.finalized_epoch,
            delay = r.finality_delay.to_string(),
            share = pct(r.target_share())
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
            out.push(crate::t!("validators-story-chain-a", line = s.as_str()));
        }
        // Chain b's own sentences, without repeating the ones chain a said already.
        for s in chain_story(o.history()).into_iter().filter(|s| !said_a.contains(s)) {
            out.push(crate::t!("validators-story-chain-b", line = s));
        }
        if a.finalized_branch == 1 && b.finalized_branch == 2 {
            out.push(crate::t!(
                "validators-story-conflict",
                from = p.from,
                a = a.finalized_epoch,
                b = b.finalized_epoch
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
        crate::t!("validators-status-finalised", epoch = r.finalized_epoch)
    } else {
        let leak = if r.in_leak { crate::t!("validators-status-in-leak") } else { String::new() };
        crate::t!("validators-status-not-finalised", epochs = r.finality_delay, leak = leak, share = pct(r.target_share()))
    }
}
