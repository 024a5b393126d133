//! The atomic-swap page's URL state: the scenario, then every parameter
//! and both parties' schedules, each overriding the scenario's value.

use super::url_state::page_state;
use super::{rate, Notice, Query, Reader, Writer, DEFAULT_SEED, DEFAULT_SPEED, SPEEDS};
use crate::sim::swap::{ChainId, Congestion, PartyPlan, Scenario};

/// Playback: simulated minutes per real second at 1x (so 16x is 8 hours a
/// second).
pub const MINUTES_PER_SECOND_AT_1X: f64 = 30.0;
/// Time values travel in the URL in seconds, exactly as the model uses
/// them; the longest accepted is 14 days.
const MAX_SECONDS: u64 = 14 * 24 * 3600;

page_state! {
    /// Everything the swap page keeps in its URL.
    pub struct SwapState runs crate::sim::swap::SwapSim {
        pub scenario: Scenario,
    }
    at: "Open at this event (the number of events already shown).",
    default: SwapState::for_scenario(Scenario::HappyPath, DEFAULT_SEED),
}

/// A window `from-until` in seconds, e.g. `36000-180000`.
fn window(r: &mut Reader, key: &'static str, default: Option<(u64, u64)>) -> Option<(u64, u64)> {
    let Some(raw) = r.text(key).map(|v| v.trim().to_string()) else { return default };
    if raw.is_empty() || raw == "none" {
        return None;
    }
    let parsed =
        raw.split_once('-').and_then(|(a, b)| Some((a.trim().parse::<u64>().ok()?, b.trim().parse::<u64>().ok()?)));
    match parsed {
        Some((a, b)) if a < b && b <= MAX_SECONDS => Some((a, b)),
        _ => {
            let raw = super::shown(&raw);
            r.notice(key, crate::t!("swap-notice-window", key = key, raw = format!("{raw:?}"), max = MAX_SECONDS.to_string()));
            default
        }
    }
}

impl SwapState {
    /// A scenario as its button loads it.
    pub fn for_scenario(scenario: Scenario, seed: u64) -> SwapState {
        // The horizon always follows the timelocks, so it need not travel in the URL.
        let params = scenario.params().with_default_horizon();
        SwapState { seed, scenario, params, speed: DEFAULT_SPEED, at: None }
    }

    pub fn from_query(q: &Query) -> (SwapState, Vec<Notice>) {
        let (d, mut r, seed) = Reader::start::<SwapState>(q);
        let scenario = r.choice("scenario", d.scenario, &Scenario::ALL, Scenario::name);
        let base = SwapState::for_scenario(scenario, seed).params;
        let mut p = base.clone();
        p.chain_a.block_time = r.number("abt", base.chain_a.block_time, 1..=86_400);
        p.chain_b.block_time = r.number("bbt", base.chain_b.block_time, 1..=86_400);
        p.chain_a.jitter = r.number("ajit", u8::from(base.chain_a.jitter), 0..=1) == 1;
        p.chain_a.mempool_delay = r.number("amem", base.chain_a.mempool_delay, 0..=86_400);
        p.chain_b.mempool_delay = r.number("bmem", base.chain_b.mempool_delay, 0..=86_400);
        p.initiator_timelock = r.number("tai", base.initiator_timelock, 1..=MAX_SECONDS);
        p.participant_timelock = r.number("tpa", base.participant_timelock, 1..=MAX_SECONDS);
        p.secret_len = r.number("slen", base.secret_len, 1..=64);
        p.contract_b_checks_length = r.number("bcheck", u8::from(base.contract_b_checks_length), 0..=1) == 1;
        p.initiator = plan(&mut r, "i", &base.initiator);
        p.participant = plan(&mut r, "p", &base.participant);
        let cong_default = base.congestion.as_ref().map(|c| (c.chain, c.from, c.until));
        let chain_default = cong_default.map(|c| c.0).unwrap_or(ChainId::A);
        let cong_chain = r.choice("cchain", chain_default, &[ChainId::A, ChainId::B], chain_key);
        let cong = window(&mut r, "cong", cong_default.map(|c| (c.1, c.2)));
        p.congestion = cong.map(|(from, until)| Congestion { chain: cong_chain, from, until });
        p = p.with_default_horizon();
        let speed = r.speed(d.speed, SPEEDS.iter().map(|s| s.0));
        let at = r.at(100_000);
        if let Err(e) = p.validate() {
            r.notice("scenario", crate::t!("swap-notice-params", problem = e.to_string(), scenario = scenario.title()));
            p = base;
        }
        (SwapState { seed, scenario, params: p, speed, at }, r.finish())
    }

    pub fn to_query(&self) -> String {
        let p = &self.params;
        let mut w = Writer::new();
        w.put("seed", self.seed)
            .put("scenario", self.scenario.name())
            .put("abt", p.chain_a.block_time)
            .put("bbt", p.chain_b.block_time)
            .put("ajit", u8::from(p.chain_a.jitter))
            .put("amem", p.chain_a.mempool_delay)
            .put("bmem", p.chain_b.mempool_delay)
            .put("tai", p.initiator_timelock)
            .put("tpa", p.participant_timelock)
            .put("slen", p.secret_len)
            .put("bcheck", u8::from(p.contract_b_checks_length));
        put_plan(&mut w, "i", &p.initiator);
        put_plan(&mut w, "p", &p.participant);
        match &p.congestion {
            Some(c) => w.put("cchain", chain_key(c.chain)).put("cong", format!("{}-{}", c.from, c.until)),
            None => w.put("cong", "none"),
        };
        w.put("speed", self.speed).put_some("at", self.at);
        w.finish()
    }

    /// Simulated seconds per real second (`None`: as fast as possible).
    pub fn seconds_per_second(&self) -> Option<f64> {
        rate(self.speed, MINUTES_PER_SECOND_AT_1X * 60.0)
    }
}

fn chain_key(c: ChainId) -> &'static str {
    match c {
        ChainId::A => "A",
        ChainId::B => "B",
    }
}

const PLAN_KEYS: [[&str; 6]; 2] = [
    ["ilock", "iredeem", "irefund", "idelay", "ioff", "iredeemat"],
    ["plock", "predeem", "prefund", "pdelay", "poff", "predeemat"],
];

fn keys(prefix: &str) -> [&'static str; 6] {
    if prefix == "i" {
        PLAN_KEYS[0]
    } else {
        PLAN_KEYS[1]
    }
}

fn plan(r: &mut Reader, prefix: &str, base: &PartyPlan) -> PartyPlan {
    let k = keys(prefix);
    let flag = |r: &mut Reader, key: &'static str, v: bool| r.number(key, u8::from(v), 0..=1) == 1;
    let lock = flag(r, k[0], base.lock);
    let redeem = flag(r, k[1], base.redeem);
    let refund = flag(r, k[2], base.refund);
    let reaction_delay = r.number(k[3], base.reaction_delay, 0..=MAX_SECONDS);
    let offline = window(r, k[4], base.offline);
    let redeem_at = Some(r.number(k[5], base.redeem_at.unwrap_or(0), 0..=MAX_SECONDS)).filter(|&m| m > 0);
    PartyPlan { lock, redeem, refund, reaction_delay, offline, redeem_at }
}

fn put_plan(w: &mut Writer, prefix: &str, p: &PartyPlan) {
    let k = keys(prefix);
    w.put(k[0], u8::from(p.lock))
        .put(k[1], u8::from(p.redeem))
        .put(k[2], u8::from(p.refund))
        .put(k[3], p.reaction_delay);
    match p.offline {
        Some((a, b)) => w.put(k[4], format!("{}-{}", a, b)),
        None => w.put(k[4], "none"),
    };
    w.put(k[5], p.redeem_at.unwrap_or(0));
}
