//! Pacing (issue 16): how fast the swap, stablecoin, validators and rollup
//! pages play at 1x (the rollup at its default speed), so that each default
//! run tells its story in 20 to 60 seconds, and how an embedded run ends
//! (`end=stop` or `end=loop`).
//!
//! The rules at the top are pure (numbers in, numbers out): `tests/pacing.rs`
//! compiles this file natively and plays each page's default run through
//! them to check the 20-60 s. The hook at the bottom is the browser's.

/// The swap: model seconds a real second at 1x while something happens
/// (an event in the last [`SWAP_QUIET_AFTER_S`]): a block every few seconds, so the happy path
/// (about 8.5 minutes of model time) takes about half a minute.
pub const SWAP_SECONDS_PER_SECOND: f64 = 15.0;
/// Model seconds with nothing new after which a swap's
/// wait (for a timelock, hours long) plays at [`SWAP_QUIET_SECONDS_PER_SECOND`].
pub const SWAP_QUIET_AFTER_S: u64 = 90;
/// A quiet wait: four hours of model time a second.
pub const SWAP_QUIET_SECONDS_PER_SECOND: f64 = 14_400.0;

/// The stablecoin: model steps (minutes) a second at 1x: five hours a
/// second, so the May 2022 run's nine eventful days take under a minute.
pub const STABLECOIN_STEPS_PER_SECOND: f64 = 300.0;
/// How much faster a quiet stretch of the stablecoin plays (the page says
/// so); the calm market's differs ([`StablecoinPace::of`]).
pub const STABLECOIN_QUIET_SPEEDUP: f64 = 30.0;

/// The validators: epochs a second at 1x (the default 6,000-epoch run,
/// about 27 days, in 40 seconds).
pub const VALIDATORS_EPOCHS_PER_SECOND: f64 = 150.0;

/// A speed multiplier (1 for 1x; `None` for "as fast as possible") as
/// model seconds a second for the swap, quiet or not.
pub fn swap_rate(speed: Option<f64>, quiet: bool) -> Option<f64> {
    speed.map(|k| k * if quiet { SWAP_QUIET_SECONDS_PER_SECOND } else { SWAP_SECONDS_PER_SECOND })
}

/// Whether a swap is in a quiet wait: no event for [`SWAP_QUIET_AFTER_S`]
/// (waiting for a timelock, or for a congested mempool to clear).
pub fn swap_quiet(now: u64, last_event: u64) -> bool {
    now.saturating_sub(last_event) >= SWAP_QUIET_AFTER_S
}

/// How a stablecoin scenario plays at 1x: steps a second while something
/// happens, and how many times faster a quiet stretch plays; so that every
/// shipped scenario takes 20 to 60 s (`tests/pacing.rs`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StablecoinPace {
    pub steps_per_second: f64,
    pub quiet_speedup: f64,
}

impl StablecoinPace {
    /// The pace for a scenario, by its name in the URL.
    pub fn of(scenario: &str) -> StablecoinPace {
        let usual =
            StablecoinPace { steps_per_second: STABLECOIN_STEPS_PER_SECOND, quiet_speedup: STABLECOIN_QUIET_SPEEDUP };
        match scenario {
            // Thirty days, nearly all of them quiet: at 30x they would pass
            // in 5 s, the day-10 sale's dip in a blink; at 6x, in about 24 s.
            "calm" => StablecoinPace { quiet_speedup: 6.0, ..usual },
            // Thirty days of spiral and none quiet: at the usual pace 144 s;
            // three times as fast, 48 s.
            "no-yield" => StablecoinPace { steps_per_second: 3.0 * STABLECOIN_STEPS_PER_SECOND, ..usual },
            _ => usual,
        }
    }

    /// A speed multiplier as steps a second, quiet or not.
    pub fn rate(self, speed: Option<f64>, quiet: bool) -> Option<f64> {
        speed.map(|k| k * self.steps_per_second * if quiet { self.quiet_speedup } else { 1.0 })
    }
}

/// Nothing is happening to the stablecoin: UST within a cent of the peg,
/// no panic, no defence, holders selling no more than demand's day-to-day
/// wandering (under 0.01% of the supply a step).
pub fn stablecoin_quiet(price_usd: f64, panic: f64, defence_usd: f64, sold: f64, supply: f64) -> bool {
    (1.0 - price_usd).abs() < 0.01 && panic < 0.01 && defence_usd == 0.0 && sold < supply * 1e-4
}

/// The rollup: its time controls name the model seconds a real second
/// (`None`: as fast as possible); with time compression on (`squeeze`), a
/// quiet stretch plays at `quiet_rate` at least (`QUIET_RATE` in
/// `src/query/rollup.rs`: a day a second, so the week-long challenge window
/// passes in seconds).
pub fn rollup_rate(seconds_per_second: Option<f64>, squeeze: bool, quiet: bool, quiet_rate: f64) -> Option<f64> {
    match seconds_per_second {
        Some(r) if squeeze && quiet => Some(r.max(quiet_rate)),
        r => r,
    }
}

/// Nothing but the rollup's window clocks moves: traffic is over, nothing
/// waits in the mempool, and no dispute is under way.
pub fn rollup_quiet(block: u64, traffic_blocks: u64, mempool: usize, disputes_open: bool) -> bool {
    block >= traffic_blocks && mempool == 0 && !disputes_open
}

/// A speed multiplier as the validators' epochs a second.
pub fn validators_rate(speed: Option<f64>) -> Option<f64> {
    speed.map(|k| k * VALIDATORS_EPOCHS_PER_SECOND)
}

/// How an embedded run ends, by the URL's `end` key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// Pause at the page's first interesting moment (the default); Play
    /// then goes on to the end.
    Stop,
    /// Play to the end, then start again after a short pause, for as long
    /// as the frame is in view.
    Loop,
}

/// Seconds a looping embed rests on its last frame before starting again.
#[allow(dead_code)] // read by the browser hook only
pub const LOOP_REST_S: f64 = 3.0;

impl End {
    /// `end`'s value: `loop`, or anything else (absent, `stop`, or a value
    /// `classroom::split_hash` has already named as a problem) `Stop`.
    pub fn parse(value: Option<&str>) -> End {
        if value.map(str::trim) == Some("loop") {
            End::Loop
        } else {
            End::Stop
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use hook::use_embed_end;

#[cfg(target_arch = "wasm32")]
mod hook {
    use super::{End, LOOP_REST_S};
    use crate::ui::control::{Command, SimControl, SimReport};
    use yew::prelude::*;

    /// The `end` key of the location's query, if any.
    fn end_key() -> Option<String> {
        let hash = gloo::utils::window().location().hash().ok()?;
        let query = hash.split_once('?')?.1;
        form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == "end").map(|(_, v)| v.into_owned())
    }

    /// Whether the page shows its first interesting moment (or later):
    /// pages mark it with `data-moment` on their section; a page without
    /// one has its moment at its end.
    fn at_moment(r: &SimReport) -> bool {
        let marked = gloo::utils::document().query_selector("section.sim[data-moment]").ok().flatten();
        match marked.and_then(|e| e.get_attribute("data-moment")) {
            Some(v) => v == "true" || r.finished,
            None => r.finished,
        }
    }

    /// Embed mode's ending: with `end=stop` (the default) the run pauses
    /// once, at its first interesting moment; with `end=loop` a finished
    /// run rests [`LOOP_REST_S`] seconds and starts again (while playing,
    /// i.e. while in view).
    #[hook]
    pub fn use_embed_end(control: &SimControl, report: &Option<SimReport>, embed: bool) {
        let stopped = use_mut_ref(|| false);
        let opened_past = use_mut_ref(|| None::<bool>);
        let scheduled = use_mut_ref(|| false);
        let key = report.as_ref().map(|r| (r.path, r.step, r.playing, r.finished, r.fingerprint.clone()));
        let (control, report) = (control.clone(), report.clone());
        use_effect_with(key, move |_| {
            let Some(r) = report.filter(|_| embed) else { return };
            match End::parse(end_key().as_deref()) {
                End::Stop => {
                    // A run opened at or past its moment (an author's `at`) plays on from there.
                    let past_at_open = *opened_past.borrow_mut().get_or_insert_with(|| at_moment(&r));
                    if r.step == 0 {
                        *stopped.borrow_mut() = false;
                        *opened_past.borrow_mut() = Some(false);
                    }
                    if r.playing && !past_at_open && !*stopped.borrow() && at_moment(&r) {
                        *stopped.borrow_mut() = true;
                        let _ = control.send(Command::Pause);
                    }
                }
                End::Loop => {
                    if r.finished && !*scheduled.borrow() {
                        *scheduled.borrow_mut() = true;
                        let (control, scheduled) = (control.clone(), scheduled.clone());
                        gloo::timers::callback::Timeout::new((LOOP_REST_S * 1000.0) as u32, move || {
                            *scheduled.borrow_mut() = false;
                            let visible = gloo::utils::document()
                                .document_element()
                                .and_then(|e| e.get_attribute("data-visible"))
                                .is_none_or(|v| v == "true");
                            if visible {
                                let _ = control.send(Command::Reset);
                                let _ = control.send(Command::Play);
                            }
                        })
                        .forget();
                    }
                }
            }
        });
    }
}
