//! How playback advances a run frame by frame: a budget of milliseconds, so
//! many steps a second, or so many of the model's seconds a second.

use crate::ui::shell::{now_ms, use_animation_loop, Playing};
use yew::prelude::*;

/// What playback advances: one model through its replay, or a page's
/// several runs (the consensus page).
pub trait Playable {
    /// One step; false, having done nothing, when nothing is left.
    fn step(&mut self) -> bool;
    /// The model's clock, for [`Pace::Seconds`].
    fn time(&self) -> f64 {
        0.0
    }
}

/// How one animation frame advances a run.
#[derive(Clone, Copy, Debug)]
pub enum Pace {
    /// As many steps as fit in so many milliseconds ("as fast as possible").
    Budget(f64),
    /// So many steps a second; a slow machine plays slower rather than
    /// freezing (at most twice the budget's time a frame).
    Steps { rate: f64, budget_ms: f64 },
    /// So many of the model's seconds a second ([`Clock::Seconds`]).
    Seconds { rate: f64, slack: f64, budget_ms: f64 },
}

/// One frame of playback: `dt` milliseconds since the last frame, `carry`
/// the steps (or model seconds) owed from earlier frames.
pub fn play_frame(run: &mut impl Playable, pace: Pace, dt: f64, carry: &mut f64) {
    let t0 = now_ms();
    match pace {
        Pace::Budget(budget_ms) => {
            while now_ms() - t0 < budget_ms && run.step() {}
            *carry = 0.0;
        }
        Pace::Steps { rate, budget_ms } => {
            *carry += dt * rate / 1000.0;
            while *carry >= 1.0 {
                if !run.step() {
                    *carry = 0.0;
                    break;
                }
                *carry -= 1.0;
                if now_ms() - t0 > 2.0 * budget_ms {
                    *carry = 0.0;
                }
            }
        }
        Pace::Seconds { rate, slack, budget_ms } => {
            let advance = dt * rate / 1000.0;
            let now = run.time();
            if *carry < now - slack || *carry > now + slack + advance {
                *carry = now;
            }
            *carry += advance;
            while run.time() < *carry && now_ms() - t0 < 4.0 * budget_ms && run.step() {}
        }
    }
}

/// Calls `frame(dt)` on every animation frame while `playing` (it advances
/// the run with [`play_frame`] and stops playback when the run is over),
/// then re-renders the page.
#[hook]
pub fn use_playback(playing: &Playing, force: &UseForceUpdateHandle, frame: impl Fn(f64) + 'static) {
    let force = force.clone();
    use_animation_loop(
        playing,
        Callback::from(move |dt: f64| {
            frame(dt);
            force.force_update();
        }),
    );
}
