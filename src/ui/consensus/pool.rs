//! The experiment's runs in Web Workers (the page's pool, `ui::workers`,
//! shared with the stablecoin ensemble).
//!
//! Playing the experiment sends the runs not yet in to the workers, one
//! whole run per job (`www/worker.js`'s "consensus" job, `consensus_run` in
//! `src/bin/chainlab-worker.rs`); each outcome comes back as JSON and waits
//! here until every run before it is in, and is then recorded
//! (`Experiment::record`), so the experiment grows in seed order exactly as
//! when it is stepped on the page: the same outcomes, histogram, summary and
//! narration. Step records one more run (the workers go on with the rest,
//! which wait here for the next Step or Play); Pause only stops recording;
//! Cancel stops the workers (what they sent is kept, and Play starts them
//! again for the rest); a change of parameters, seed or view, and Reset,
//! drop them with the runs. Where workers cannot start or one fails (no
//! `Worker`, a page opened from `file:`, a CSP that refuses the script), the
//! page steps the rest itself between frames, as it always did, and says why
//! (`data-experiment-fallback`); `data-experiment-threads` says how many
//! workers the last batch started (0: none).

use crate::sim::consensus::experiment::{Experiment, RunOutcome};
use crate::ui::canvas::{fit, presenter};
use crate::ui::palette::Palette;
use crate::ui::workers::Pool;
use std::collections::BTreeMap;
use wasm_bindgen::JsValue;
use web_sys::{HtmlCanvasElement, MouseEvent};
use yew::prelude::*;

#[derive(Default)]
pub(super) struct ExperimentWorkers {
    pool: Option<Pool>,
    /// Outcomes sent by the workers and not recorded yet, by run.
    pending: BTreeMap<u32, RunOutcome>,
    /// Workers the last batch started (0: none).
    threads: u32,
    /// Why the workers stopped; from then on the page steps the runs.
    fallback: Option<String>,
}

impl ExperimentWorkers {
    /// One frame of a playing experiment: starts the workers if none run,
    /// reads what they sent and records the runs that are next in seed
    /// order, up to `until` runs. `true` when the workers have the
    /// experiment in hand (nothing to step here), `false` when the page
    /// must step it itself.
    pub(super) fn frame(&mut self, e: &mut Experiment, until: Option<usize>) -> bool {
        if self.fallback.is_none() && self.pool.is_none() && !e.is_done() {
            self.start(e);
        }
        self.read();
        while until.is_none_or(|t| e.outcomes().len() < t) {
            let Some(o) = self.pending.remove(&(e.outcomes().len() as u32)) else { break };
            if let Err(why) = e.record(o) {
                self.fail(crate::t!("consensus-worker-out-of-order", why = why));
                break;
            }
        }
        if e.is_done() {
            self.pool = None;
        }
        self.fallback.is_none()
    }

    /// Workers for the runs neither recorded nor waiting here.
    fn start(&mut self, e: &Experiment) {
        let items: Vec<String> = (e.outcomes().len() as u32..e.total_runs())
            .filter(|r| !self.pending.contains_key(r))
            .map(|r| r.to_string())
            .collect();
        if items.is_empty() {
            return;
        }
        match serde_json::to_string(e.params()) {
            Ok(params) => {
                let pool = Pool::start("consensus", vec![params, e.seed_of(0).to_string()], items);
                self.threads = pool.threads();
                self.pool = Some(pool);
            }
            Err(why) => self.fail(crate::t!("consensus-worker-params-unsent", why = why.to_string())),
        }
    }

    fn read(&mut self) {
        let Some(pool) = &self.pool else { return };
        let (results, mut error) = pool.take();
        for (_, json) in results {
            match serde_json::from_str::<RunOutcome>(&json) {
                Ok(o) => {
                    self.pending.insert(o.run, o);
                }
                Err(why) => {
                    error.get_or_insert(crate::t!("consensus-worker-unreadable", why = why.to_string()));
                }
            }
        }
        if let Some(why) = error {
            self.fail(why);
        }
    }

    fn fail(&mut self, why: String) {
        self.pool = None;
        self.fallback.get_or_insert(why);
    }

    /// Cancel: stops the workers; what they sent is kept.
    pub(super) fn stop(&mut self) {
        self.pool = None;
    }
}

/// Where the runs go (always one line, so the page does not jump), and
/// Cancel while they do.
pub(super) fn status(w: &ExperimentWorkers, playing: bool, on_cancel: Callback<MouseEvent>) -> Html {
    let busy = playing || w.pool.is_some();
    let text = match (&w.fallback, w.pool.as_ref().map(Pool::threads)) {
        (Some(why), _) if playing => crate::t!("consensus-workers-fallback-playing", why = why),
        (Some(why), _) => crate::t!("consensus-workers-fallback", why = why),
        (None, Some(0)) => crate::t!("consensus-workers-starting"),
        (None, Some(n)) => crate::t!("consensus-workers-running", n = n),
        (None, None) => crate::t!("consensus-workers-idle"),
    };
    html! {
        <p class="hint" id="experiment-workers" data-experiment-threads={w.threads.to_string()}
            data-experiment-fallback={w.fallback.clone().unwrap_or_default()}>
            { text }
            if busy {
                { " " }<button class="small" id="experiment-cancel" onclick={on_cancel}>{ crate::t!("consensus-cancel") }</button>
            }
        </p>
    }
}

/// What the histogram on screen was drawn from: the page re-renders on every
/// frame while the workers run, most frames with no new run, and drawing
/// the histogram again each time took main-thread time the workers need on
/// a small machine. Any change (a run, the canvas, its size, the theme,
/// presenter mode) draws it again.
#[derive(Default)]
pub(super) struct DrawnHistogram(Option<HistogramKey>);

/// The canvas, the runs (how many, the last one's fingerprint), the theme,
/// the canvas's size and presenter mode.
type HistogramKey = (JsValue, usize, Option<u64>, Palette, (u32, u32), bool);

impl DrawnHistogram {
    /// `true` (and remembers it) when the histogram must be drawn.
    pub(super) fn stale(&mut self, c: &HtmlCanvasElement, outcomes: &[RunOutcome], pal: &Palette) -> bool {
        fit(c);
        let key = (
            JsValue::from(c.clone()),
            outcomes.len(),
            outcomes.last().map(|o| o.fingerprint),
            pal.clone(),
            (c.width(), c.height()),
            presenter(),
        );
        if self.0.as_ref() == Some(&key) {
            return false;
        }
        self.0 = Some(key);
        true
    }
}
