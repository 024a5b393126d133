//! The moments of a run worth telling (the peg breaks, the reserve is
//! spent, the mint cap is raised, the chain halts ...), read off the
//! snapshots, and the one-sentence narration of where a run stands. Both
//! are pure, so the page's screen-reader text, its event log and the
//! classroom captions are checked natively against the model
//! (`tests/classroom_stablecoin.rs`).
//!
//! Moments are read from what the snapshots record (a raise to the same
//! BasePool changes nothing and is not reported), except the withdrawal's
//! start, which is the step at which the model starts selling it.

use super::{Snapshot, StablecoinParams, StablecoinSim, CAPACITY_SPREAD};
use serde::Serialize;

/// The stablecoin has lost its peg when a step closes below this price
/// (as [`super::Summary::peg_lost_day`]).
pub const PEG_LOST_BELOW: f64 = 0.98;
/// ... and has it back when a step closes at or above this one (a band, so
/// that noise around $0.98 is not told as a string of breaks).
pub const PEG_BACK_AT: f64 = 0.99;
/// Mint capacity used at which the cap counts as free again (it counts as
/// used up above 1; the band keeps noise around 1 out of the log).
pub const CAP_FREE_BELOW: f64 = 0.9;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MomentKind {
    /// The large withdrawal's first step.
    WithdrawalBegins,
    PegLost,
    PegBack,
    /// The reserve buys the stablecoin for the first time.
    ReserveBuys,
    /// The reserve's last BTC is sold.
    ReserveSpent,
    /// A small redemption pays more than 2%: the mint cap binds.
    CapUsedUp,
    CapFree,
    /// Governance changes the market module's parameters.
    CapRaised,
    CapLowered,
    /// The companion trades below $1 for the first time.
    CompanionBelowOneDollar,
    /// The chain halts: no more swaps.
    Halt,
}

impl MomentKind {
    pub fn name(self) -> &'static str {
        match self {
            MomentKind::WithdrawalBegins => "withdrawal-begins",
            MomentKind::PegLost => "peg-lost",
            MomentKind::PegBack => "peg-back",
            MomentKind::ReserveBuys => "reserve-buys",
            MomentKind::ReserveSpent => "reserve-spent",
            MomentKind::CapUsedUp => "cap-used-up",
            MomentKind::CapFree => "cap-free",
            MomentKind::CapRaised => "cap-raised",
            MomentKind::CapLowered => "cap-lowered",
            MomentKind::CompanionBelowOneDollar => "companion-below-1",
            MomentKind::Halt => "halt",
        }
    }
}

/// One moment: the step whose snapshot first shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Moment {
    pub step: u32,
    pub day: f64,
    /// "7 May 22:00 UTC" in runs from May 2022, "day 2.92" otherwise.
    pub time: String,
    pub kind: MomentKind,
    pub text: String,
}

/// Days after the start as a calendar time, day 0 being 5 May 2022 00:00
/// UTC (the May 2022 scenario and its what-ifs): "8 May 06:00 UTC".
pub fn may_date(day: f64) -> String {
    let minutes = (day * 1440.0).round() as i64;
    let (mut d, h, m) = (5 + minutes / 1440, (minutes % 1440) / 60, minutes % 60);
    // Runs last at most 60 days: May, June, July.
    let mut month = 5;
    for (next, len) in [(6, 31), (7, 30)] {
        if d > len {
            d -= len;
            month = next;
        }
    }
    let time = format!("{h:02}:{m:02}");
    match month {
        5 => crate::t!("stablecoin-date-may", d = d, time = time),
        6 => crate::t!("stablecoin-date-june", d = d, time = time),
        _ => crate::t!("stablecoin-date-july", d = d, time = time),
    }
}

/// When a snapshot is: the calendar time for May 2022 runs, the day otherwise.
pub fn clock(day: f64, may: bool) -> String {
    if may {
        may_date(day)
    } else {
        crate::t!("stablecoin-when-day", day = num(day, 2))
    }
}

pub use crate::format::grouped;
use crate::i18n::{num, number, Lang};

/// A large number in words a screen reader says well: "18.6 billion",
/// "345 million", "80,394".
/// In Chinese by 万 and 亿 ("186 亿"); in the current language's punctuation.
pub fn words(v: f64) -> String {
    let a = v.abs();
    let zh = crate::i18n::language() == Lang::ZhCn;
    #[derive(PartialEq)]
    enum Scale {
        Trillion,
        Billion,
        HundredMillion,
        Million,
        TenThousand,
    }
    let (d, scale) = if a >= 1e12 {
        (1e12, Scale::Trillion)
    } else if zh && a >= 1e8 {
        (1e8, Scale::HundredMillion)
    } else if zh && a >= 1e6 {
        (1e4, Scale::TenThousand)
    } else if a >= 1e9 {
        (1e9, Scale::Billion)
    } else if a >= 1e6 {
        (1e6, Scale::Million)
    } else {
        return number(v, 0);
    };
    let x = v / d;
    let digits = if x.abs() >= 100.0 {
        0
    } else if x.abs() >= 10.0 {
        1
    } else {
        2
    };
    // "2.50 billion" reads as "2.5 billion".
    let text = format!("{x:.digits$}");
    let digits = text.split_once('.').map_or(0, |(_, f)| f.trim_end_matches('0').len());
    let n = number(x, digits);
    match scale {
        Scale::Trillion => crate::t!("stablecoin-words-trillion", n = n),
        Scale::Billion => crate::t!("stablecoin-words-billion", n = n),
        Scale::HundredMillion => crate::t!("stablecoin-words-hundred-million", n = n),
        Scale::Million => crate::t!("stablecoin-words-million", n = n),
        Scale::TenThousand => crate::t!("stablecoin-words-ten-thousand", n = n),
    }
}

/// A price in dollars with enough digits to show a move: $85.00,
/// $0.6012, $0.000856.
pub fn dollars(v: f64) -> String {
    if v >= 1.0 {
        usd(&plain(v, 2))
    } else if v >= 0.01 {
        usd(&plain(v, 4))
    } else if v > 0.0 {
        // Three significant digits.
        let digits = (-v.log10().floor()) as usize + 2;
        usd(&plain(v, digits))
    } else {
        usd("0")
    }
}

/// `v` with `digits` decimals, ungrouped, with the current language's decimal mark.
fn plain(v: f64, digits: usize) -> String {
    let text = format!("{v:.digits$}");
    if crate::i18n::format_number(crate::i18n::language(), 0.5, 1).contains(',') {
        text.replace('.', ",")
    } else {
        text
    }
}

/// An amount in dollars as the language writes it ("$0.98", "0,98 $").
fn usd(amount: &str) -> String {
    crate::t!("stablecoin-usd", n = amount)
}

/// The stablecoin's price, always to a hundredth of a cent: $0.9950.
pub fn stable(v: f64) -> String {
    usd(&plain(v, 4))
}

/// Below this many BTC the reserve counts as spent (it is sold down to
/// zero, less rounding).
pub const RESERVE_EMPTY_BTC: f64 = 1e-6;

fn steps_in(p: &StablecoinParams, seconds: f64) -> u32 {
    (seconds / p.step_seconds).round().max(1.0) as u32
}

/// Steps in one hour of simulated time (what the page's Step moves by).
pub fn steps_per_hour(p: &StablecoinParams) -> u32 {
    steps_in(p, 3600.0)
}

/// Every moment of the run so far, in order.
pub fn moments(history: &[Snapshot], p: &StablecoinParams, may: bool) -> Vec<Moment> {
    let mut scan = MomentScan::default();
    scan.advance(history, p, may);
    scan.moments
}

/// [`moments`] kept up to date as a run grows: each [`MomentScan::advance`]
/// reads only the snapshots added since the last one (the page calls it on
/// every frame; rescanning the whole history was O(steps) per frame). If the
/// history is not the one it has read (shorter, or different where it
/// stopped, as after Back, a reset or new parameters), it starts over.
#[derive(Clone, Debug, Default)]
pub struct MomentScan {
    /// The moments found so far.
    pub moments: Vec<Moment>,
    /// Snapshots read, and the last of them.
    read: usize,
    last: Option<Snapshot>,
    params: Option<StablecoinParams>,
    may: bool,
    first_reserve_btc: f64,
    peg_lost: bool,
    cap_used_up: bool,
    reserve_bought: bool,
    below_one: bool,
}

impl MomentScan {
    /// Reads the snapshots of `history` it has not read yet.
    pub fn advance(&mut self, history: &[Snapshot], p: &StablecoinParams, may: bool) -> &[Moment] {
        let same_run = self.read > 0
            && history.len() >= self.read
            && self.last.as_ref() == Some(&history[self.read - 1])
            && self.params.as_ref() == Some(p)
            && self.may == may;
        if !same_run {
            *self = MomentScan::default();
            let Some(first) = history.first() else { return &self.moments };
            self.params = Some(p.clone());
            self.may = may;
            self.first_reserve_btc = first.reserve_btc;
            self.below_one = first.companion_price_usd < 1.0;
            self.read = 1;
            self.last = Some(*first);
        }
        for i in self.read..history.len() {
            self.step(&history[i - 1], &history[i], p, may);
        }
        self.read = history.len();
        self.last = history.last().copied();
        &self.moments
    }

    fn step(&mut self, prev: &Snapshot, s: &Snapshot, p: &StablecoinParams, may: bool) {
        let dt = p.step_seconds / 86_400.0;
        let mut push = |kind: MomentKind, text: String| {
            self.moments.push(Moment { step: s.step, day: s.day, time: clock(s.day, may), kind, text });
        };
        // The step began at `start` (the model's own arithmetic, so the
        // comparison is the one it made).
        let start = f64::from(s.step - 1) * dt;
        let prev_start = if prev.step == 0 { f64::NEG_INFINITY } else { f64::from(prev.step - 1) * dt };
        if p.shock_day >= 0.0 && p.shock_usd > 0.0 && start >= p.shock_day && prev_start < p.shock_day {
            push(
                MomentKind::WithdrawalBegins,
                crate::t!("stablecoin-moment-withdrawal", usd = usd_words(p.shock_usd), hours = hours(p.shock_hours)),
            );
        }
        if prev.swaps_enabled && !s.swaps_enabled {
            push(MomentKind::Halt, crate::t!("stablecoin-moment-halt"));
        }
        if s.mint_capacity_usd_per_day != prev.mint_capacity_usd_per_day {
            let raised = s.mint_capacity_usd_per_day > prev.mint_capacity_usd_per_day;
            let (base, raised_base) = (words(p.base_pool_sdr), words(p.raised_base_pool_sdr));
            let (blocks, raised_blocks) = (p.pool_recovery_blocks.to_string(), p.raised_recovery_blocks.to_string());
            let (before, after) = (usd_words(prev.mint_capacity_usd_per_day), usd_words(s.mint_capacity_usd_per_day));
            let text = if raised {
                crate::t!("stablecoin-moment-cap-raised", base = base, raised_base = raised_base, blocks = blocks,
                    raised_blocks = raised_blocks, before = before, after = after)
            } else {
                crate::t!("stablecoin-moment-cap-lowered", base = base, raised_base = raised_base, blocks = blocks,
                    raised_blocks = raised_blocks, before = before, after = after)
            };
            push(if raised { MomentKind::CapRaised } else { MomentKind::CapLowered }, text);
        }
        if !self.reserve_bought && s.defence_usd > 0.0 {
            self.reserve_bought = true;
            push(
                MomentKind::ReserveBuys,
                crate::t!("stablecoin-moment-reserve-buys", price = stable(p.defence_trigger)),
            );
        }
        if prev.reserve_btc >= RESERVE_EMPTY_BTC && s.reserve_btc < RESERVE_EMPTY_BTC {
            push(
                MomentKind::ReserveSpent,
                crate::t!("stablecoin-moment-reserve-spent", btc = words(self.first_reserve_btc)),
            );
        }
        if !self.peg_lost && s.stable_price_usd < PEG_LOST_BELOW {
            self.peg_lost = true;
            push(
                MomentKind::PegLost,
                crate::t!("stablecoin-moment-peg-lost", price = stable(s.stable_price_usd)),
            );
        } else if self.peg_lost && s.stable_price_usd >= PEG_BACK_AT {
            self.peg_lost = false;
            push(MomentKind::PegBack, crate::t!("stablecoin-moment-peg-back", price = stable(s.stable_price_usd)));
        }
        if !self.cap_used_up && s.mint_capacity_used > 1.0 {
            self.cap_used_up = true;
            push(
                MomentKind::CapUsedUp,
                crate::t!("stablecoin-moment-cap-used-up", pct = num(CAPACITY_SPREAD * 100.0, 0)),
            );
        } else if self.cap_used_up && s.mint_capacity_used < CAP_FREE_BELOW {
            self.cap_used_up = false;
            push(
                MomentKind::CapFree,
                crate::t!("stablecoin-moment-cap-free", pct = num(CAP_FREE_BELOW * 100.0, 0)),
            );
        }
        if !self.below_one && s.companion_price_usd < 1.0 {
            self.below_one = true;
            push(
                MomentKind::CompanionBelowOneDollar,
                crate::t!("stablecoin-moment-below-one", price = dollars(s.companion_price_usd)),
            );
        }
    }
}

fn hours(h: f64) -> String {
    if h.fract() == 0.0 {
        plain(h, 0)
    } else {
        let text = format!("{h}");
        plain(h, text.split_once('.').map_or(0, |(_, f)| f.len()))
    }
}

/// "$2.5 billion", "$276 million".
pub fn usd_words(v: f64) -> String {
    usd(&words(v))
}

/// The change of a quantity that can grow by orders of magnitude: "+3.1%",
/// "×6.4" once it has doubled, "−40%" when it fell.
pub fn growth(now: f64, then: f64) -> String {
    if then <= 0.0 || !then.is_finite() || !now.is_finite() {
        return crate::t!("stablecoin-narr-no-change");
    }
    let r = now / then;
    if r >= 2.0 {
        crate::t!("stablecoin-narr-times", x = plain(r, if r >= 100.0 { 0 } else { 1 }))
    } else {
        by_sign(
            (r - 1.0) * 100.0,
            || crate::t!("stablecoin-narr-no-change"),
            |pct| crate::t!("stablecoin-narr-plus", pct = plain(pct, 1)),
            |pct| crate::t!("stablecoin-narr-minus", pct = plain(pct, 1)),
        )
    }
}

/// `same()` for a change that shows as 0.0 at one decimal, else `up` or
/// `down` of its size.
fn by_sign(
    change: f64,
    same: impl FnOnce() -> String,
    up: impl FnOnce(f64) -> String,
    down: impl FnOnce(f64) -> String,
) -> String {
    if change.abs() < 0.05 {
        same()
    } else if change > 0.0 {
        up(change)
    } else {
        down(-change)
    }
}

/// A price move in cents: "down 5.4 cents", "up 0.2 cents", "unchanged".
fn cents(now: f64, then: f64) -> String {
    by_sign(
        (now - then) * 100.0,
        || crate::t!("stablecoin-narr-unchanged"),
        |c| crate::t!("stablecoin-narr-up", c = num(c, 1)),
        |c| crate::t!("stablecoin-narr-down", c = num(c, 1)),
    )
}

/// One sentence on where the run stands and what changed: the time, the
/// stablecoin's price and its move over the last hour (one Step), the
/// companion's price, its supply and how it grew over the last 24 hours,
/// the reserve, and any moment of the last hour.
///
/// "8 May 01:00 UTC (day 3.04): stablecoin $0.9398, down 0.9 cents in the
/// last hour; companion $81.08; companion supply 346 million, +0.4% in 24
/// hours; reserve 7% spent."
pub fn narration(sim: &StablecoinSim, may: bool) -> String {
    narration_with(sim, may, &moments(sim.history(), sim.params(), may))
}

/// [`narration`] with the run's moments already found (`moments` of the
/// same run: the page lists them too, and finds them once per frame).
pub fn narration_with(sim: &StablecoinSim, may: bool, list: &[Moment]) -> String {
    let h = sim.history();
    let s = sim.snapshot();
    let p = sim.params();
    let step = sim.steps();
    let when = if may {
        crate::t!("stablecoin-narr-when-may", date = may_date(s.day), day = num(s.day, 2))
    } else {
        crate::t!("stablecoin-narr-when-day", day = num(s.day, 2))
    };
    let mut out = crate::t!("stablecoin-narr-head", when = when, price = stable(s.stable_price_usd));
    if step > 0 {
        let hour = steps_per_hour(p);
        let back = &h[step.saturating_sub(hour) as usize];
        let window =
            if step >= hour { crate::t!("stablecoin-narr-last-hour") } else { crate::t!("stablecoin-narr-since-start") };
        let change = cents(s.stable_price_usd, back.stable_price_usd);
        out.push_str(&crate::t!("stablecoin-narr-change", change = change, window = window));
    }
    out.push_str(&crate::t!(
        "stablecoin-narr-luna",
        price = dollars(s.companion_price_usd),
        supply = words(s.companion_supply)
    ));
    if step > 0 {
        let day = steps_in(p, 86_400.0);
        let back = &h[step.saturating_sub(day) as usize];
        let window = if step >= day { crate::t!("stablecoin-narr-24-hours") } else { crate::t!("stablecoin-narr-since-start") };
        let change = growth(s.companion_supply, back.companion_supply);
        out.push_str(&crate::t!("stablecoin-narr-change", change = change, window = window));
    }
    let start_btc = h[0].reserve_btc;
    out.push_str(&if start_btc > 0.0 {
        let spent = (start_btc - s.reserve_btc) / start_btc;
        if s.reserve_btc < RESERVE_EMPTY_BTC {
            crate::t!("stablecoin-narr-reserve-spent")
        } else if spent <= 0.0 {
            crate::t!("stablecoin-narr-reserve-untouched")
        } else if spent < 0.005 {
            crate::t!("stablecoin-narr-reserve-under-1")
        } else {
            crate::t!("stablecoin-narr-reserve-pct", pct = num(spent * 100.0, 0))
        }
    } else {
        crate::t!("stablecoin-narr-no-reserve")
    });
    if !s.swaps_enabled {
        out.push_str(&crate::t!("stablecoin-narr-halted"));
    }
    // The moments of the last hour (what one Step went through).
    let since = step.saturating_sub(steps_per_hour(p));
    let recent: Vec<String> = list
        .iter()
        .filter(|m| m.step > since)
        .map(|m| crate::t!("stablecoin-narr-moment", time = &m.time, text = &m.text))
        .collect();
    let stop = crate::t!("stablecoin-narr-stop");
    out.push_str(&stop);
    for r in recent {
        out.push(' ');
        let mut c = r.chars();
        if let Some(f) = c.next() {
            out.extend(f.to_uppercase());
            out.push_str(c.as_str());
        }
        out.push_str(&stop);
    }
    if sim.is_done() {
        out.push(' ');
        out.push_str(&crate::t!("stablecoin-narr-over"));
    }
    out
}
