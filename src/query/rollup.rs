//! The rollup page's URL state: seed, every model parameter the page
//! exposes, the fault, the validators, playback speed and the moment.
//!
//! `#/rollup?seed=1&tps=2&traffic=3600&delay=600&data=auto&q=11&gas=20&blobgas=1&fork=bpo2&demand=1&window=45818&arity=2&attackers=3&fault=wrong&fbatch=2&mint=1000000000000&val=on,late:30000&speed=10m&squeeze=1&at=905`

use super::url_state::url_state;
use super::{Notice, Query, Reader, Writer, DEFAULT_SEED};
use crate::sim::rollup::{
    DataMode, Fault, Fork, RollupParams, Validator, CHALLENGE_WINDOW_BLOCKS, L1_BLOCK_TIME, MAX_RUN_BLOCKS,
};
use crate::sim::simulation::Step;

/// Playback speeds: name, label (its catalog key, `www/i18n/<lang>/rollup.ftl`),
/// simulated seconds per real second (0: as fast as the frame budget allows).
pub const SPEEDS: [(&str, &str, f64); 7] = [
    ("1b", "rollup-speed-1b", 12.0),
    ("1m", "rollup-speed-1m", 60.0),
    ("3m", "rollup-speed-3m", 180.0),
    ("10m", "rollup-speed-10m", 600.0),
    ("1h", "rollup-speed-1h", 3600.0),
    ("1d", "rollup-speed-1d", 86_400.0),
    ("max", "rollup-speed-max", 0.0),
];
/// [`SPEEDS`] as the time controls list them: name and label.
pub const SPEED_OPTIONS: [(&str, &str); SPEEDS.len()] = {
    let mut out = [("", ""); SPEEDS.len()];
    let mut i = 0;
    while i < SPEEDS.len() {
        out[i] = (SPEEDS[i].0, SPEEDS[i].1);
        i += 1;
    }
    out
};
/// Three minutes a second: the default hour of traffic (six batches) plays
/// in 20 s and the week's challenge window, compressed, in 6 s
/// (`tests/pacing.rs`: the default run takes 20 to 60 s, issue 16).
pub const DEFAULT_SPEED: &str = "3m";
/// With time compression on, stretches where nothing but the challenge
/// window's clock moves play at least this fast (simulated s per real s).
pub const QUIET_RATE: f64 = 86_400.0;
/// The page's bound on one run's transfers, so that any link (with `at=`
/// near the end) replays in a few seconds of wasm at Brotli level 11
/// (360,000 transfers take about 20 s there; the CLI runs any size).
pub const MAX_PAGE_TXS: f64 = 120_000.0;
/// A link's `at` may replay at most this much compression on load, in
/// transfers: each transfer posted before the block it opens at, plus
/// [`REPLAY_WORK_PER_BATCH`] per batch, times 8 at Brotli levels 10 and 11
/// (their cost per transfer is about 8 times level 9's). About a second of
/// wasm (measured in Chromium here: 74 us a transfer and 2.7 ms a batch at
/// level 11). Before this cap, 118,800 transfers at level 11 took 8 s to
/// open at the end of the run; the page's defaults (7,200 transfers in 6
/// batches at level 11, 59,000) stay below it.
pub const MAX_REPLAY_WORK: f64 = 100_000.0;
/// A batch's fixed cost (Brotli's set-up) in transfers.
pub const REPLAY_WORK_PER_BATCH: f64 = 36.0;

/// The default mint of a wrong root: 1,000 ETH in gwei.
pub const DEFAULT_MINT: u64 = 1_000_000_000_000;
/// Validators the page offers.
pub const MAX_VALIDATORS: usize = 3;

/// How one honest validator behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValidatorMode {
    Online,
    Offline,
    /// Online from this L1 block on.
    Late(u64),
}

impl ValidatorMode {
    pub fn to_validator(self) -> Validator {
        match self {
            ValidatorMode::Online => Validator { online_from: Some(0) },
            ValidatorMode::Offline => Validator { online_from: None },
            ValidatorMode::Late(b) => Validator { online_from: Some(b) },
        }
    }
    pub fn from_validator(v: &Validator) -> ValidatorMode {
        match v.online_from {
            Some(0) => ValidatorMode::Online,
            None => ValidatorMode::Offline,
            Some(b) => ValidatorMode::Late(b),
        }
    }
    fn token(self) -> String {
        match self {
            ValidatorMode::Online => "on".into(),
            ValidatorMode::Offline => "off".into(),
            ValidatorMode::Late(b) => format!("late:{b}"),
        }
    }
    fn parse(s: &str) -> Option<ValidatorMode> {
        match s.trim() {
            "on" => Some(ValidatorMode::Online),
            "off" => Some(ValidatorMode::Offline),
            t => {
                let b: u64 = t.strip_prefix("late:")?.parse().ok()?;
                (1..=MAX_RUN_BLOCKS).contains(&b).then_some(ValidatorMode::Late(b))
            }
        }
    }
}

/// Everything the rollup page keeps in its URL.
#[derive(Clone, Debug, PartialEq)]
pub struct RollupState {
    pub seed: u64,
    pub params: RollupParams,
    /// One of [`SPEEDS`]' names.
    pub speed: &'static str,
    /// Time compression: quiet stretches play at [`QUIET_RATE`] at least.
    pub squeeze: bool,
    /// Open at this L1 block.
    pub at: Option<u64>,
    /// Malicious parties in the BoLD view and the delay chart.
    pub attackers: u32,
}

url_state!(RollupState, crate::sim::rollup::RollupSim, at: |a: Option<Step>| a, |a: Option<u64>| a);

/// The most attackers the page's BoLD view and delay chart take.
pub const MAX_PAGE_ATTACKERS: u32 = 8;

/// The page's starting parameters: Arbitrum One's cap, window and gas
/// rules, with one hour of traffic at 2 tps and batches at most 10 minutes
/// old, so that a lecture sees several batches.
pub fn page_defaults() -> RollupParams {
    RollupParams { tps: 2.0, traffic_seconds: 3600, max_delay: 600, ..RollupParams::default() }
}

impl Default for RollupState {
    fn default() -> Self {
        RollupState {
            seed: DEFAULT_SEED,
            params: page_defaults(),
            speed: DEFAULT_SPEED,
            squeeze: true,
            at: None,
            attackers: 3,
        }
    }
}

fn data_name(d: DataMode) -> &'static str {
    match d {
        DataMode::Calldata => "calldata",
        DataMode::Blobs => "blobs",
        DataMode::Auto => "auto",
    }
}

fn fork_name(f: Fork) -> &'static str {
    f.key()
}

impl RollupState {
    pub fn from_query(q: &Query) -> (RollupState, Vec<Notice>) {
        let (d, mut r, seed) = Reader::start::<RollupState>(q);
        let dp = &d.params;
        let mut p = dp.clone();
        p.tps = r.number("tps", dp.tps, 0.01..=200.0);
        p.traffic_seconds = r.number("traffic", dp.traffic_seconds, 12..=6 * 3600);
        p.max_delay = r.number("delay", dp.max_delay, 12..=6 * 3600);
        p.data_mode = r.choice("data", dp.data_mode, &[DataMode::Auto, DataMode::Calldata, DataMode::Blobs], data_name);
        p.fork = r.choice("fork", dp.fork, &Fork::ALL, fork_name);
        p.blob_demand =
            r.number("demand", dp.blob_demand, 0.0..=p.fork.max_blobs() as f64 / p.fork.target_blobs() as f64);
        p.compression_quality = r.number("q", dp.compression_quality, 0..=11);
        p.gas_price_gwei = r.number("gas", dp.gas_price_gwei, 0.0..=10_000.0);
        p.blob_gas_price_gwei = r.number("blobgas", dp.blob_gas_price_gwei, 0.0..=10_000.0);
        p.challenge_window = r.number("window", dp.challenge_window, 1..=CHALLENGE_WINDOW_BLOCKS * 2);
        p.arity = r.number("arity", dp.arity, 2..=64);
        let attackers = r.number("attackers", d.attackers, 0..=MAX_PAGE_ATTACKERS);
        let fault = r.choice("fault", "none", &["none", "wrong"], |f| f);
        let fbatch = r.number("fbatch", 0u32, 0..=10_000);
        let mint = r.number("mint", DEFAULT_MINT, 1..=u64::MAX / 4);
        p.fault = if fault == "wrong" { Fault::WrongRoot { batch: fbatch, mint } } else { Fault::None };
        if let Some(raw) = r.text("val") {
            let mut vals = Vec::new();
            let mut bad = Vec::new();
            for part in raw.split(',').filter(|s| !s.trim().is_empty()) {
                match ValidatorMode::parse(part) {
                    Some(v) if vals.len() < MAX_VALIDATORS => vals.push(v.to_validator()),
                    _ => bad.push(part.trim().to_string()),
                }
            }
            if !bad.is_empty() {
                r.notice("val", crate::t!("rollup-notice-val", bad = bad.join(", "), most = MAX_VALIDATORS));
            }
            p.validators = vals;
        }
        let speed = r.speed(d.speed, SPEEDS.iter().map(|s| s.0));
        let squeeze = r.number("squeeze", 1u8, 0..=1) == 1;
        let at = r.at(MAX_RUN_BLOCKS);
        if p.tps * p.traffic_seconds as f64 > MAX_PAGE_TXS {
            r.notice(
                "traffic",
                crate::t!(
                    "rollup-notice-traffic",
                    txs = format!("{:.0}", p.tps * p.traffic_seconds as f64),
                    most = format!("{MAX_PAGE_TXS:.0}")
                ),
            );
            p.traffic_seconds = (MAX_PAGE_TXS / p.tps).floor().min(dp.traffic_seconds as f64).max(12.0) as u64;
        }
        if let Err(e) = p.validate() {
            let param = if e.message.contains("window") { "window" } else { "tps" };
            r.notice(param, crate::t!("rollup-notice-defaults", error = e.to_string()));
            p = page_defaults();
        }
        let at = match at {
            Some(a) => {
                // Opening at a block replays every batch before it, each compressed with Brotli
                // at the link's quality: bound that work (see MAX_REPLAY_WORK).
                let weight = if p.compression_quality >= 10 { 8.0 } else { 1.0 };
                let batches_per_block = L1_BLOCK_TIME as f64 / p.max_delay.max(1) as f64;
                let per_block = weight * (p.tps * L1_BLOCK_TIME as f64 + REPLAY_WORK_PER_BATCH * batches_per_block);
                let work = per_block * a.min(p.traffic_blocks()) as f64;
                if work > MAX_REPLAY_WORK {
                    let cap = ((MAX_REPLAY_WORK / per_block).floor() as u64).max(1);
                    let txs = p.tps * L1_BLOCK_TIME as f64 * a.min(p.traffic_blocks()) as f64;
                    r.notice(
                        "at",
                        crate::t!(
                            "rollup-notice-at",
                            at = a.to_string(),
                            txs = format!("{txs:.0}"),
                            q = p.compression_quality,
                            cap = cap.to_string()
                        ),
                    );
                    Some(cap)
                } else {
                    Some(a)
                }
            }
            None => None,
        };
        (RollupState { seed, params: p, speed, squeeze, at, attackers }, r.finish())
    }

    pub fn to_query(&self) -> String {
        let p = &self.params;
        let mut w = Writer::new();
        w.put("seed", self.seed)
            .put("tps", p.tps)
            .put("traffic", p.traffic_seconds)
            .put("delay", p.max_delay)
            .put("data", data_name(p.data_mode))
            .put("q", p.compression_quality)
            .put("gas", p.gas_price_gwei)
            .put("blobgas", p.blob_gas_price_gwei)
            .put("fork", p.fork.key())
            .put("demand", p.blob_demand)
            .put("window", p.challenge_window)
            .put("arity", p.arity)
            .put("attackers", self.attackers);
        match p.fault {
            Fault::None => w.put("fault", "none"),
            Fault::WrongRoot { batch, mint } => w.put("fault", "wrong").put("fbatch", batch).put("mint", mint),
        };
        let vals: Vec<String> = p.validators.iter().map(|v| ValidatorMode::from_validator(v).token()).collect();
        w.put("val", vals.join(","));
        w.put("speed", self.speed).put("squeeze", u8::from(self.squeeze)).put_some("at", self.at);
        w.finish()
    }

    /// Simulated seconds per real second (`None`: as fast as possible).
    pub fn seconds_per_second(&self) -> Option<f64> {
        SPEEDS.iter().find(|s| s.0 == self.speed).map(|s| s.2).filter(|&v| v > 0.0)
    }
}
