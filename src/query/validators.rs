//! The validators page's URL state: the validator set, the rules, the
//! price path, the what-ifs applied so far, playback and the epoch shown.

use super::url_state::page_state;
use super::{rate, Notice, Query, Reader, Writer, DEFAULT_SEED, DEFAULT_SPEED, SPEEDS};
use crate::sim::validators::params::{MAX_EPOCHS, MAX_OPERATORS, MAX_VALIDATORS};
use crate::sim::validators::{Distribution, Fork, Outage, OutageKind, PriceSource, ValidatorParams, WhatIf};

/// Playback: epochs per real second at 1x (so 16x is about 4 days a second).
pub const EPOCHS_PER_SECOND_AT_1X: f64 = 60.0;

/// A link's `at` may replay at most this many validator-epochs (epochs x
/// validators, twice that with a partition's two chains) on load: about a second of wasm on this project's 2-core test
/// machine (20,000 validators to epoch 20,000 took 12-14 s and 86 MB before
/// this cap). The page's defaults (1,000 validators, 6,000 epochs) stay below it.
pub const MAX_REPLAY_VALIDATOR_EPOCHS: u64 = 20_000_000;

/// The most what-ifs a link applies (each is a step of the run; a link of
/// thousands is refused past this many, with a notice).
pub const MAX_WHATIFS: usize = 200;

page_state! {
    /// Everything the validators page keeps in its URL.
    pub struct ValidatorsState runs crate::sim::validators::ValidatorSim {}
    at: "Open at this epoch.",
    default: ValidatorsState { seed: DEFAULT_SEED, params: ValidatorParams::default(), speed: DEFAULT_SPEED, at: None },
}

fn fork_name(f: Fork) -> &'static str {
    f.name()
}
fn dist_name(d: &'static str) -> &'static str {
    d
}
/// The price kinds the URL accepts: the built-in paths and the stablecoin
/// simulation's LUNA in its May 2022 scenario.
pub const PRICE_NAMES: [&str; 4] = ["stable", "decline", "collapse", "stablecoin:terra-may-2022"];

/// The URL's outage kinds (`outage=`): none, a share offline, a partition.
pub const OUTAGE_NAMES: [&str; 3] = ["none", "offline", "partition"];
/// An outage's defaults: a third and a bit offline, from day 1.
pub const DEFAULT_OUTAGE_SHARE_PERCENT: f64 = 34.0;
pub const DEFAULT_OUTAGE_FROM: u32 = 225;

fn outage_kind_name(o: &'static str) -> &'static str {
    o
}

/// `outage`, `oshare` (percent of validators cut off) and `ofrom` (first epoch).
fn read_outage(r: &mut Reader, epochs: u32) -> Option<Outage> {
    let kind = match r.choice("outage", "none", &OUTAGE_NAMES, outage_kind_name) {
        "offline" => OutageKind::Offline,
        "partition" => OutageKind::Partition,
        _ => {
            // Marked as known, and ignored, without an outage.
            let _ = (r.text("oshare"), r.text("ofrom"));
            return None;
        }
    };
    let share = r.number("oshare", DEFAULT_OUTAGE_SHARE_PERCENT, 0.01..=99.99);
    let mut from = r.number("ofrom", DEFAULT_OUTAGE_FROM.min(epochs), 0..=MAX_EPOCHS);
    if from > epochs {
        let d = DEFAULT_OUTAGE_FROM.min(epochs);
        r.notice(
            "ofrom",
            crate::t!("validators-q-ofrom", from = from.to_string(), epochs = epochs.to_string(), d = d.to_string()),
        );
        from = d;
    }
    Some(Outage { kind, share_bp: (share * 100.0).round() as u32, from })
}

thread_local! {
    /// Named price paths already made: `stablecoin:…` runs the stablecoin
    /// simulation (a few hundred milliseconds), and the page reads its URL
    /// again at every change of the address.
    static NAMED_PRICES: std::cell::RefCell<Vec<(String, PriceSource)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// [`crate::sim::validators::price::named_path`], made once per name.
pub fn named_price(name: &str) -> PriceSource {
    if let Some(p) = NAMED_PRICES.with(|c| c.borrow().iter().find(|(n, _)| n == name).map(|(_, p)| p.clone())) {
        return p;
    }
    let p = crate::sim::validators::price::named_path(name).unwrap_or(PriceSource::Stable);
    NAMED_PRICES.with(|c| c.borrow_mut().push((name.to_string(), p.clone())));
    p
}

impl ValidatorsState {
    pub fn from_query(q: &Query) -> (ValidatorsState, Vec<Notice>) {
        let (d, mut r, seed) = Reader::start::<ValidatorsState>(q);
        let dp = &d.params;
        let validators = r.number("n", dp.validators, 4..=MAX_VALIDATORS);
        let operators = r.number("ops", dp.operators, 1..=MAX_OPERATORS.min(validators));
        let dist = r.choice("dist", dp.distribution.name(), &Distribution::NAMES, dist_name);
        let mut distribution = Distribution::from_name(dist).expect("a listed name");
        match &mut distribution {
            Distribution::PowerLaw { alpha } => {
                *alpha = r.number("alpha", *alpha, 0.0..=4.0);
                if *alpha == 0.0 {
                    r.notice("alpha", crate::t!("validators-q-alpha-zero"));
                }
            }
            Distribution::Delegation { big, big_share } => {
                *big = r.number("big", *big, 1..=MAX_OPERATORS);
                *big_share = r.number("bigshare", *big_share, 0.0..=0.99);
            }
            _ => {}
        }
        let fork = r.choice("fork", dp.fork, &Fork::ALL, fork_name);
        let offline_bp = r.number("off", dp.offline_bp, 0..=10_000);
        let lone = r.number("lone", dp.lone_slashings_per_1000, 0..=1_000);
        let epochs = r.number("epochs", dp.epochs, 1..=MAX_EPOCHS);
        let price_name = r.choice("price", "stable", &PRICE_NAMES, dist_name);
        let price = match price_name {
            "decline" => PriceSource::Decline { depth: r.number("depth", 0.8, 0.0..=1.0) },
            "collapse" => PriceSource::Collapse,
            "stable" => PriceSource::Stable,
            named => named_price(named),
        };
        let start_price_usd = r.number("p0", dp.start_price_usd, 0.0001..=1e7);
        let cost_share = r.number("cost", dp.cost_share, 0.0..=10.0);
        let patience = r.number("patience", dp.patience, 0..=MAX_EPOCHS);
        let whatifs = match r.text("whatif") {
            None => Vec::new(),
            Some(t) => match WhatIf::parse_list(t) {
                Ok(mut list) if list.iter().all(|w| w.epoch <= epochs) => {
                    if list.len() > MAX_WHATIFS {
                        r.notice("whatif", crate::t!("validators-q-whatif-many", n = list.len().to_string(), most = MAX_WHATIFS.to_string()));
                        list.truncate(MAX_WHATIFS);
                    }
                    list
                }
                Ok(_) => {
                    let t = super::shown(t);
                    r.notice(
                        "whatif",
                        crate::t!("validators-q-whatif-late", value = format!("{t:?}"), epochs = epochs.to_string()),
                    );
                    Vec::new()
                }
                Err(e) => {
                    r.notice("whatif", crate::t!("validators-q-whatif-bad", error = e.to_string()));
                    Vec::new()
                }
            },
        };
        let outage = read_outage(&mut r, epochs);
        let speed = r.speed(d.speed, SPEEDS.iter().map(|s| s.0));
        let mut at = r.at(MAX_EPOCHS).map(|a| a.min(epochs));
        // Opening at an epoch replays every epoch before it, each in proportion to the
        // validators, and a partition steps two chains of them from the start.
        let chains: u64 = if outage.is_some_and(|o| o.kind == OutageKind::Partition) { 2 } else { 1 };
        let replayable =
            (MAX_REPLAY_VALIDATOR_EPOCHS / (chains * u64::from(validators.max(1)))).min(u64::from(MAX_EPOCHS)) as u32;
        if let Some(a) = at.filter(|&a| a > replayable) {
            let at_text = a.to_string();
            let (v, r_at) = (validators.to_string(), replayable.to_string());
            let notice = if chains == 2 {
                crate::t!("validators-q-at-two-chains", at = at_text, validators = v, replayable = r_at)
            } else {
                crate::t!("validators-q-at", at = at_text, validators = v, replayable = r_at)
            };
            r.notice("at", notice);
            at = Some(replayable);
        }
        let mut params = ValidatorParams {
            validators,
            operators,
            distribution,
            fork,
            offline_bp,
            lone_slashings_per_1000: lone,
            epochs,
            price,
            start_price_usd,
            cost_share,
            patience,
            whatifs,
            outage,
        };
        if let Err(e) = params.validate() {
            r.notice("dist", crate::t!("validators-q-invalid-set", error = e.to_string()));
            params = ValidatorParams {
                fork,
                price: params.price,
                epochs,
                outage: params.outage,
                ..ValidatorParams::default()
            };
        }
        (ValidatorsState { seed, params, speed, at }, r.finish())
    }

    pub fn to_query(&self) -> String {
        let p = &self.params;
        let mut w = Writer::new();
        w.put("seed", self.seed).put("n", p.validators).put("ops", p.operators).put("dist", p.distribution.name());
        match p.distribution {
            Distribution::PowerLaw { alpha } => {
                w.put("alpha", alpha);
            }
            Distribution::Delegation { big, big_share } => {
                w.put("big", big).put("bigshare", big_share);
            }
            _ => {}
        }
        w.put("fork", p.fork.name())
            .put("off", p.offline_bp)
            .put("lone", p.lone_slashings_per_1000)
            .put("epochs", p.epochs);
        match &p.price {
            PriceSource::Decline { depth } => w.put("price", "decline").put("depth", depth),
            other => w.put("price", other.name()),
        };
        w.put("p0", p.start_price_usd).put("cost", p.cost_share).put("patience", p.patience);
        if !p.whatifs.is_empty() {
            w.put("whatif", WhatIf::format_list(&p.whatifs));
        }
        if let Some(o) = p.outage {
            let kind = if o.kind == OutageKind::Offline { "offline" } else { "partition" };
            w.put("outage", kind).put("oshare", f64::from(o.share_bp) / 100.0).put("ofrom", o.from);
        }
        w.put("speed", self.speed).put_some("at", self.at);
        w.finish()
    }

    /// Epochs per real second (`None`: as fast as possible).
    pub fn epochs_per_second(&self) -> Option<f64> {
        rate(self.speed, EPOCHS_PER_SECOND_AT_1X)
    }
}
