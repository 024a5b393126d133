//! One hook, [`use_sim_runner`], that plays any [`Simulation`] on a page:
//! the URL state and the run it determines, the animation loop within a
//! frame budget, the `Playing` flag, the time controls and their keys, the
//! replay with checkpoints for going back, copying a link, and the
//! classroom commands (`ui::control`). A page keeps only what is its own:
//! its pictures, panels and words.

use super::control::{set_params, Command, ExportFile, Exports, SimReport};
use super::shell::{
    absolute_url, copy_link, replace_url, use_playing, use_sim_keys, Playing, SimKeyActions, TimeControls,
};
use crate::query::url_state::UrlState;
use crate::query::{Notice, Query};
use crate::sim::replay::Replay;
use crate::sim::simulation::{Simulation, Step};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

mod pace;
pub use pace::{play_frame, use_playback, Pace, Playable};

/// Stepping time per animation frame at "as fast as possible" (a page may
/// ask for more in [`RunnerSpec::budget_ms`]). A 60 Hz frame is 16.7 ms;
/// drawing takes most of the rest.
pub const FRAME_BUDGET_MS: f64 = 4.0;

/// How playback turns elapsed time into steps.
pub enum Clock<S> {
    /// The speed is in steps a second.
    Steps,
    /// The speed is in the model's seconds a second; `time` reads the
    /// model's clock, and the page's clock may run ahead of it by `slack`
    /// seconds (a block's length) before it is pulled back.
    Seconds { time: fn(&S) -> u64, slack: f64 },
}

/// What Step and Back move by.
pub enum Stride<S> {
    /// This many steps (at least 1).
    Steps(fn(&S) -> Step),
    /// To the next (or previous) step at which what the reader sees
    /// changes: `visible` sums it up.
    Event(fn(&S) -> u64),
}

// Plain function pointers: copied whatever `S` is (a derive would ask `S: Copy`).
impl<S> Clone for Clock<S> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<S> Copy for Clock<S> {}
impl<S> Clone for Stride<S> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<S> Copy for Stride<S> {}

/// A summary of what the reader sees, for [`Stride::Event`]: any hashable
/// value (a log's length, the contracts' states...).
pub fn visible<T: std::hash::Hash>(what: T) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
    BuildHasherDefault::<DefaultHasher>::default().hash_one(what)
}

/// What a page tells the runner about its simulation.
pub struct RunnerSpec<U: UrlState> {
    /// The page's route, `/<name>`.
    pub path: &'static str,
    /// Copies for going back: every so many steps, within so many bytes.
    pub checkpoint_every: Step,
    pub checkpoint_budget: usize,
    /// Stepping time per frame at "as fast as possible".
    pub budget_ms: f64,
    pub clock: Clock<U::Sim>,
    pub stride: Stride<U::Sim>,
    /// The furthest step a seek may go to (a link's `at` is bounded alike).
    pub seek_cap: fn(&U::Sim) -> Step,
    /// The speed now, for the run as it stands (`None`: as fast as
    /// possible); pages with quiet stretches play them faster.
    pub rate: fn(&U, &U::Sim) -> Option<f64>,
}

/// The page's handle on its run.
pub struct SimRunner<U: UrlState> {
    pub state: UseStateHandle<U>,
    /// What the URL asked for that could not be used as given.
    pub notices: Rc<Vec<Notice>>,
    pub sim: Rc<RefCell<U::Sim>>,
    pub playing: Playing,
    pub force: UseForceUpdateHandle,
    /// A new state; a new run (at step 0) if the parameters or seed changed.
    pub apply: Callback<U>,
    /// A new state; if the run changed, the new run at the step shown now.
    pub apply_keeping: Callback<U>,
    pub keys: SimKeyActions,
    pub on_command: Callback<Command, Result<(), String>>,
    on_speed: Callback<&'static str>,
    on_seed: Callback<u64>,
    on_copy_link: Callback<()>,
    copied: UseStateHandle<Option<AttrValue>>,
    on_clipboard: UseStateHandle<bool>,
    /// The page's error line: parameters refused (and what was shown
    /// instead), a chart that could not be drawn.
    pub error: UseStateHandle<Option<String>>,
    path: &'static str,
}

impl<U: UrlState> SimRunner<U> {
    /// What the page reports to the shell after this render.
    pub fn report(&self, narration: String) -> SimReport {
        let s = self.sim.borrow();
        SimReport {
            path: self.path(),
            query: self.state.run_query(),
            step: u32::try_from(s.step_count()).unwrap_or(u32::MAX),
            unit: s.unit(),
            playing: *self.playing,
            finished: s.is_done(),
            seekable: true,
            fingerprint: format!("{:016x}", s.fingerprint()),
            narration,
        }
    }
    fn path(&self) -> &'static str {
        self.path
    }
    /// The page's export files: `files` of the run as it stands.
    pub fn exports(&self, files: impl Fn(&U::Sim) -> Result<Vec<ExportFile>, String> + 'static) -> Exports {
        let sim = self.sim.clone();
        Callback::from(move |()| files(&sim.borrow()))
    }
    /// The time controls (play, step, back, reset, speed, seed, copy link);
    /// `unit` names what Step moves by.
    pub fn time_controls(&self, unit: &'static str) -> Html {
        self.time_controls_with(unit, None)
    }
    /// [`SimRunner::time_controls`] with the page's own speeds.
    pub fn time_controls_with(
        &self,
        unit: &'static str,
        speeds: Option<&'static [(&'static str, &'static str)]>,
    ) -> Html {
        let s = self.sim.borrow();
        html! {
            <TimeControls playing={*self.playing} finished={s.is_done()} unit={unit} speed={self.state.speed()} seed={self.state.seed()}
                on_play={self.keys.play_pause.clone()} on_step={self.keys.step.clone()} on_back={Some(self.keys.back.clone())}
                on_reset={self.keys.reset.clone()} on_speed={self.on_speed.clone()} on_seed={self.on_seed.clone()}
                on_copy_link={self.on_copy_link.clone()} copied={(*self.copied).clone()} on_clipboard={*self.on_clipboard}
                speed_options={speeds} />
        }
    }
    /// A parameters panel's callback: the state with its new parameters,
    /// applied (a new run).
    pub fn on_params(&self) -> Callback<<U::Sim as Simulation>::Params> {
        let (apply, state) = (self.apply.clone(), self.state.clone());
        Callback::from(move |params| {
            let mut next = (*state).clone();
            next.set_params(params);
            apply.emit(next);
        })
    }
    /// The top of a page: its URL notices, its error line (with `extra`
    /// after it: the rollup's codec line), and its title.
    pub fn head(&self, title: String, subtitle: String, extra: Html) -> Html {
        html! {
            <>
                <super::shell::Notices notices={(*self.notices).clone()} />
                { self.error_line() }{ extra }
                { super::shell::sim_head(title, subtitle) }
            </>
        }
    }
    /// The page's error line (empty when all is well).
    pub fn error_line(&self) -> Html {
        match &*self.error {
            Some(msg) => html! { <p class="field-error" role="alert" id="run-error">{ msg }</p> },
            None => html! {},
        }
    }
}

/// Shows a drawing's failure on the error line (`what`: the picture).
pub fn report_drawing<E: std::fmt::Display>(error: &UseStateHandle<Option<String>>, what: &str, r: Result<(), E>) {
    if let Err(e) = r {
        let msg = crate::t!("draw-failed", what = what, why = e.to_string());
        if error.as_deref() != Some(msg.as_str()) {
            error.set(Some(msg));
        }
    }
}

/// A model stepped through its replay (which keeps the checkpoints).
struct Replayed<'a, S: Simulation> {
    sim: &'a mut S,
    replay: &'a mut Replay<S>,
    time: Option<fn(&S) -> u64>,
}

impl<S: Simulation> Playable for Replayed<'_, S> {
    fn step(&mut self) -> bool {
        if self.sim.is_done() || self.sim.waiting() {
            return false;
        }
        self.replay.step(self.sim);
        true
    }
    fn time(&self) -> f64 {
        self.time.map(|t| t(self.sim) as f64).unwrap_or(0.0)
    }
}

/// The run `(params, seed)` at step `n`, or the fallback's run with the
/// error line saying what was refused.
fn start<S: Simulation>(replay: &mut Replay<S>, params: &S::Params, seed: u64, n: Step) -> (S, Option<String>) {
    let (mut sim, fallback) = replay.start(params, seed);
    if fallback.is_none() {
        return (replay.replay(params, seed, n), None);
    }
    replay.step_to(&mut sim, n);
    (sim, fallback.map(|f| f.message()))
}

/// Plays the run the page's URL describes (see the module documentation).
#[hook]
pub fn use_sim_runner<U: UrlState>(query: &Query, spec: RunnerSpec<U>) -> SimRunner<U> {
    let parsed = {
        let q = query.clone();
        use_memo((), move |_| U::from_query(&q))
    };
    let state = use_state(|| parsed.0.clone());
    let replay = {
        let default_params = U::default().params().clone();
        let (every, budget) = (spec.checkpoint_every, spec.checkpoint_budget);
        use_mut_ref(move || Replay::<U::Sim>::new(every, budget, default_params))
    };
    let refused = use_mut_ref(|| None::<String>);
    let sim = {
        let (replay, p, refused) = (replay.clone(), parsed.0.clone(), refused.clone());
        use_mut_ref(move || {
            let (sim, why) = start(&mut replay.borrow_mut(), p.params(), p.seed(), p.at().unwrap_or(0));
            *refused.borrow_mut() = why;
            sim
        })
    };
    let error = use_state_eq(|| refused.borrow().clone());
    let playing = use_playing(false);
    let copied = use_state(|| None::<AttrValue>);
    let on_clipboard = use_state(|| false);
    let force = use_force_update();
    let carry = use_mut_ref(|| 0.0f64);
    let path = spec.path;

    // The address bar always holds the run (without a moment).
    use_effect_with((*state).clone(), move |s| replace_url(path, &s.run_query()));

    let restart = {
        let (state, sim, playing, copied, replay, error, force) =
            (state.clone(), sim.clone(), playing.clone(), copied.clone(), replay.clone(), error.clone(), force.clone());
        Callback::from(move |(next, keep): (U, bool)| {
            // Compared with the run itself: a page may have changed it in place
            // (a what-if) and then report the parameters that now describe it.
            let same = {
                let s = sim.borrow();
                s.params() == next.params() && s.seed() == next.seed()
            };
            if !same {
                let at = if keep { sim.borrow().step_count() } else { 0 };
                let (run, why) = start(&mut replay.borrow_mut(), next.params(), next.seed(), at);
                *sim.borrow_mut() = run;
                error.set(why);
                if !keep {
                    playing.set(false);
                }
            }
            copied.set(None);
            state.set(next);
            force.force_update();
        })
    };
    let apply = restart.reform(|next: U| (next, false));
    let apply_keeping = restart.reform(|next: U| (next, true));
    let on_play = {
        let (playing, sim) = (playing.clone(), sim.clone());
        Callback::from(move |()| {
            let on = playing.is_on();
            if on || !sim.borrow().is_done() {
                playing.set(!on);
            }
        })
    };
    let stride = spec.stride;
    let on_step = {
        let (sim, force, playing, replay) = (sim.clone(), force.clone(), playing.clone(), replay.clone());
        Callback::from(move |()| {
            playing.set(false);
            let mut s = sim.borrow_mut();
            let mut r = replay.borrow_mut();
            match stride {
                Stride::Steps(n) => {
                    let to = s.step_count() + n(&s).max(1);
                    r.step_to(&mut s, to);
                }
                Stride::Event(visible) => {
                    let before = visible(&s);
                    while !s.is_done() && !s.waiting() {
                        r.step(&mut s);
                        if visible(&s) != before {
                            break;
                        }
                    }
                }
            }
            drop((s, r));
            force.force_update();
        })
    };
    let on_back = {
        let (sim, force, playing, replay) = (sim.clone(), force.clone(), playing.clone(), replay.clone());
        Callback::from(move |()| {
            playing.set(false);
            let back = {
                let s = sim.borrow();
                let mut r = replay.borrow_mut();
                match stride {
                    Stride::Steps(n) => {
                        let to = s.step_count().saturating_sub(n(&s).max(1));
                        r.replay(&s.params().clone(), s.seed(), to)
                    }
                    Stride::Event(visible) => r.event_back(&s, visible),
                }
            };
            *sim.borrow_mut() = back;
            force.force_update();
        })
    };
    let on_reset = {
        let (sim, force, playing, state, replay) =
            (sim.clone(), force.clone(), playing.clone(), state.clone(), replay.clone());
        Callback::from(move |()| {
            playing.set(false);
            *sim.borrow_mut() = replay.borrow().start(state.params(), state.seed()).0;
            force.force_update();
        })
    };
    let on_speed = {
        let (apply, state) = (apply.clone(), state.clone());
        Callback::from(move |speed: &'static str| {
            let mut next = (*state).clone();
            next.set_speed(speed);
            apply.emit(next);
        })
    };
    let on_seed = {
        let (apply, state) = (apply.clone(), state.clone());
        Callback::from(move |seed: u64| {
            let mut next = (*state).clone();
            next.set_seed(seed);
            apply.emit(next);
        })
    };
    let on_copy_link = {
        let (sim, state) = (sim.clone(), state.clone());
        copy_link(&copied, &on_clipboard, move || absolute_url(path, &state.query_at(sim.borrow().step_count())))
    };
    let keys = SimKeyActions { play_pause: on_play, step: on_step, back: on_back, reset: on_reset, view: None };
    use_sim_keys(keys.clone());

    // Playback: as many steps per frame as the speed asks for, or as many
    // as fit in the frame budget at "as fast as possible".
    {
        let (sim, playing_h, carry, replay) = (sim.clone(), playing.clone(), carry.clone(), replay.clone());
        let (clock, budget_ms, rate_of, st) = (spec.clock, spec.budget_ms, spec.rate, (*state).clone());
        use_playback(&playing, &force, move |dt| {
            let mut s = sim.borrow_mut();
            let pace = match (rate_of(&st, &s), clock) {
                (None, _) => Pace::Budget(budget_ms),
                (Some(rate), Clock::Steps) => Pace::Steps { rate, budget_ms },
                (Some(rate), Clock::Seconds { slack, .. }) => Pace::Seconds { rate, slack, budget_ms },
            };
            let time = match clock {
                Clock::Seconds { time, .. } => Some(time),
                Clock::Steps => None,
            };
            let mut cp = replay.borrow_mut();
            let mut run = Replayed { sim: &mut *s, replay: &mut *cp, time };
            play_frame(&mut run, pace, dt, &mut carry.borrow_mut());
            if s.is_done() {
                playing_h.set(false);
            }
        });
    }

    // The classroom contract (ui::control): commands in.
    let on_command = {
        let (keys, playing, state, sim, force, replay) =
            (keys.clone(), playing.clone(), state.clone(), sim.clone(), force.clone(), replay.clone());
        let cap = spec.seek_cap;
        Callback::from(move |c: Command| -> Result<(), String> {
            match c {
                Command::Seek(n) => {
                    playing.set(false);
                    let target = Step::from(n).min(cap(&sim.borrow()));
                    replay.borrow_mut().seek(&mut sim.borrow_mut(), target);
                    force.force_update();
                }
                Command::SetParams(q) => {
                    return set_params(path, &state.run_query(), &q, U::from_query, U::to_query);
                }
                time => keys.run(&time, playing.is_on()),
            }
            Ok(())
        })
    };
    SimRunner {
        state,
        notices: Rc::new(parsed.1.clone()),
        sim,
        playing,
        force,
        apply,
        apply_keeping,
        keys,
        on_command,
        on_speed,
        on_seed,
        on_copy_link,
        copied,
        on_clipboard,
        error,
        path,
    }
}
