//! The contract between a simulation page and the shell's classroom
//! features: the timeline scrubber, the aria-live narration, embed mode's
//! postMessage API and lazy start, presenter playlists, guided tours, the
//! QR code and exports. Every one of them drives the page through this
//! module and nothing else, so a page that implements it gets all of them.
//!
//! # What a page adds to plug in (four things)
//!
//! 1. **Report its state and take commands**, once per render (the hook
//!    also redraws the page when the window is resized or goes fullscreen):
//!
//!    ```ignore
//!    use super::control::{use_sim_page, Command, SimReport};
//!    let report = SimReport {
//!        path: "/rollup",                      // its route
//!        query: state_without_at.to_query(),   // what reproduces the run (no `at`)
//!        step: sim.steps(),                    // the step it shows (what `at=` means)
//!        unit: "batch",                        // what one step is called
//!        playing: *playing,
//!        finished: sim.is_done(),
//!        seekable: true,                       // false in views with no timeline
//!        fingerprint: format!("{:016x}", sim.fingerprint()),
//!        narration: "Batch 4: 12 transactions posted, challenge window open".into(),
//!    };
//!    use_sim_page(report, on_command, exports);
//!    ```
//!
//!    `on_command: Callback<Command, Result<(), String>>` maps
//!    [`Command::Play`], `Pause`, `Step`, `Back`, `Reset` onto the page's own
//!    time-control callbacks (Play when already playing and Pause when
//!    paused do nothing; return `Err` for a command a view cannot do).
//!    Whether the page plays is a `shell::use_playing` handle, set only
//!    through `Playing::set` and read in callbacks with `is_on()`, and the
//!    page's `shell::use_animation_loop` takes it: then no animation frame
//!    steps the run after a Pause, Seek, Step, Back or Reset;
//!    [`Command::Seek`]`(n)` goes to step `n` by deterministic replay (step
//!    on from the current state when `n` is ahead; otherwise rebuild from
//!    the seed, as `at=` does), bounded by the page's replay cap;
//!    [`Command::SetParams`]`(q)` is one call to [`set_params`], which
//!    merges `q` onto the page's query, parses it with the page's
//!    `from_query`, refuses it with the notices if any value was not used
//!    as given, and otherwise opens it (the page remounts).
//!
//!    `narration` is one sentence a screen reader can speak and an
//!    embedding page receives with every step: say what changed, with
//!    numbers ("Round 12: 39% prefer red, 61% prefer blue; 0 of 400 honest
//!    nodes finalised").
//!
//!    `exports: Callback<(), Result<Vec<ExportFile>, String>>` returns the page's data
//!    files (chart SVGs via `ui::chart_backend::svg` with the chart
//!    functions of `crate::charts`, CSV, JSON, the event log). It is only
//!    called when the reader opens the export menu or picks a file, never
//!    per frame. Every `<canvas>` with an `id` inside the page's
//!    `<section class="sim ...">` is offered as PNG by the shell with no
//!    page code. See `ui::consensus::classroom` and `ui::swap::classroom`.
//!
//! 2. **Place the dock** `<super::classroom::SimDock />` right below its
//!    `<TimeControls>`: the scrubber and the QR / present / embed / export /
//!    tour buttons live there.
//!
//! 3. **Mark its side panels and explanations**: the parameter panel is an
//!    `<aside class="side">` and the explanation `<... class="explain">`;
//!    presenter and embed mode hide them by CSS alone.
//!
//! 4. **Ship a playlist and a tour**: `www/playlists/<sim>.json` (presenter)
//!    and `www/playlists/tour-<sim>.json` (guided tour, with `predict`
//!    questions), registered in `crate::classroom::SHIPPED` (the sim's name
//!    is already in `crate::classroom::SIMS`); add the page's cues to
//!    `www/playlists/lecture.json`. The file format is documented in
//!    `crate::classroom`; `tests/classroom.rs` checks every shipped cue.
//!
//! Keys: pages call `shell::use_sim_keys(SimKeyActions { .. })`; in
//! presenter mode with a playlist it leaves Page Up / Page Down to the
//! playlist.

use super::shell::SimKeyActions;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;

pub use crate::classroom::Command;

/// What a page tells the shell after every render.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SimReport {
    pub path: &'static str,
    /// The query string that reproduces the run, without `at`.
    pub query: String,
    pub step: u32,
    pub unit: &'static str,
    pub playing: bool,
    pub finished: bool,
    /// Whether [`Command::Seek`] works in what the page shows now.
    pub seekable: bool,
    pub fingerprint: String,
    pub narration: String,
}

impl SimReport {
    /// The query for this exact moment (`at` included when past 0).
    pub fn query_at(&self) -> String {
        match (self.step, self.query.is_empty()) {
            (0, _) => self.query.clone(),
            (s, true) => format!("at={s}"),
            (s, false) => format!("{}&at={s}", self.query),
        }
    }
}

/// A file a page offers for download (the core's data file; charts as
/// SVG come from `ui::chart_backend::svg`).
pub use crate::sim::simulation::DataFile as ExportFile;

/// A page's export files, computed when asked, or why they could not be.
pub type Exports = Callback<(), Result<Vec<ExportFile>, String>>;

#[derive(Default)]
struct Inner {
    handler: RefCell<Option<Callback<Command, Result<(), String>>>>,
    exports: RefCell<Option<Exports>>,
    report: RefCell<Option<SimReport>>,
    subscribers: RefCell<Vec<(usize, Callback<()>)>>,
    next_id: Cell<usize>,
    /// The furthest step reached in the current run (the scrubber's end).
    furthest: Cell<u32>,
    /// The shell's URL flags (embed, presenter, playlist, tour).
    flags: RefCell<crate::classroom::ShellFlags>,
}

/// The shell's handle on the current page, shared through a Yew context.
#[derive(Clone, Default)]
pub struct SimControl(Rc<Inner>);

impl PartialEq for SimControl {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Unsubscribes when dropped.
pub struct Subscription(SimControl, usize);

impl Drop for Subscription {
    fn drop(&mut self) {
        self.0 .0.subscribers.borrow_mut().retain(|(id, _)| *id != self.1);
    }
}

impl SimControl {
    /// Sends a command to the page; `Err` when there is no page or it
    /// refused the command.
    pub fn send(&self, c: Command) -> Result<(), String> {
        let h = self.0.handler.borrow().clone();
        match h {
            Some(h) => h.emit(c),
            None => Err("no simulation on this page".into()), // i18n-ok: the embed API's reason, in English
        }
    }
    /// The page's latest report (`None`: no simulation page is shown).
    pub fn report(&self) -> Option<SimReport> {
        self.0.report.borrow().clone()
    }
    /// The shell's flags, as the app last read them from the URL.
    pub fn flags(&self) -> crate::classroom::ShellFlags {
        self.0.flags.borrow().clone()
    }
    pub fn set_flags(&self, f: crate::classroom::ShellFlags) {
        *self.0.flags.borrow_mut() = f;
    }
    /// The furthest step reached in this run.
    pub fn furthest(&self) -> u32 {
        self.0.furthest.get()
    }
    /// The page's export files, computed now, or why they could not be
    /// written (a page with no exports offers none).
    pub fn exports(&self) -> Result<Vec<ExportFile>, String> {
        let e = self.0.exports.borrow().clone();
        e.map(|e| e.emit(())).unwrap_or(Ok(Vec::new()))
    }
    /// Calls `cb` after every change of the report.
    pub fn subscribe(&self, cb: Callback<()>) -> Subscription {
        let id = self.0.next_id.get();
        self.0.next_id.set(id + 1);
        self.0.subscribers.borrow_mut().push((id, cb));
        Subscription(self.clone(), id)
    }
    fn publish(&self, r: Option<SimReport>) {
        let same_run = {
            let old = self.0.report.borrow();
            matches!((&*old, &r), (Some(a), Some(b)) if a.path == b.path && a.query == b.query)
        };
        let step = r.as_ref().map(|r| r.step).unwrap_or(0);
        self.0.furthest.set(if same_run { self.0.furthest.get().max(step) } else { step });
        *self.0.report.borrow_mut() = r;
        let subs: Vec<Callback<()>> = self.0.subscribers.borrow().iter().map(|(_, c)| c.clone()).collect();
        for s in subs {
            s.emit(());
        }
    }
}

/// A page's side of the contract (see the module documentation).
#[hook]
pub fn use_sim_page(report: SimReport, on_command: Callback<Command, Result<(), String>>, exports: Exports) {
    let control = use_context::<SimControl>();
    if let Some(c) = &control {
        *c.0.handler.borrow_mut() = Some(on_command);
        *c.0.exports.borrow_mut() = Some(exports);
    }
    {
        let control = control.clone();
        use_effect_with(report, move |r| {
            if let Some(c) = &control {
                c.publish(Some(r.clone()));
            }
        });
    }
    // Canvases are sized when drawn: redraw when the window changes size
    // (fullscreen, rotation, zoom), which no page state would notice.
    let force = use_force_update();
    use_effect_with((), move |_| {
        let resize = gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| force.force_update());
        move || {
            drop(resize);
            if let Some(c) = control {
                c.0.handler.borrow_mut().take();
                c.0.exports.borrow_mut().take();
                c.publish(None);
            }
        }
    });
}

/// The current report, re-rendering the caller whenever it changes.
#[hook]
pub fn use_sim_report() -> (SimControl, Option<SimReport>) {
    let control = use_context::<SimControl>().unwrap_or_default();
    let report = use_state(|| control.report());
    {
        let control = control.clone();
        let report = report.clone();
        use_effect_with(control.clone(), move |_| {
            let c2 = control.clone();
            let r2 = report.clone();
            let sub = control.subscribe(Callback::from(move |()| r2.set(c2.report())));
            // A page that mounted together with the caller may have published
            // before this subscription existed.
            report.set(control.report());
            move || drop(sub)
        });
    }
    (control, (*report).clone())
}

/// Goes to `#path?query` as a new history entry: the app re-reads the URL
/// and the page remounts with that state (keeping embed/presenter flags).
pub fn navigate(path: &str, query: &str) {
    let hash = crate::query::hash(path, query, &super::shell::url_extras());
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&hash);
    }
}

/// [`Command::SetParams`] for a page: merges `changes` onto the page's
/// `current` query, parses the result with the page's reader, refuses it
/// if any value was not used as given, and otherwise opens it. Not
/// inlined, and the reader is called through a pointer, so the page's
/// (large) query parser is not copied into every command handler.
#[inline(never)]
pub fn set_params<S>(
    path: &str,
    current: &str,
    changes: &str,
    parse: fn(&crate::query::Query) -> (S, Vec<crate::query::Notice>),
    write: fn(&S) -> String,
) -> Result<(), String> {
    let merged = merge_query(current, changes);
    let (next, notices) = std::hint::black_box(parse)(&crate::query::Query::parse(&merged));
    if !notices.is_empty() {
        return Err(notices.iter().map(|n| format!("{}: {}", n.param, n.message)).collect::<Vec<_>>().join("; "));
    }
    navigate(path, &std::hint::black_box(write)(&next));
    Ok(())
}

/// `current` with the keys of `changes` replaced (or added), in order.
pub fn merge_query(current: &str, changes: &str) -> String {
    let new: Vec<(String, String)> = form_urlencoded::parse(changes.as_bytes()).into_owned().collect();
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in form_urlencoded::parse(current.as_bytes()) {
        if !new.iter().any(|(nk, _)| *nk == k) {
            out.append_pair(&k, &v);
        }
    }
    for (k, v) in &new {
        out.append_pair(k, v);
    }
    out.finish()
}

/// The time-control commands on a page's key actions (the shell's keys
/// and the classroom's commands run the same callbacks).
impl SimKeyActions {
    /// Runs a time-control command from the classroom tools (`ui::control`)
    /// on the same callbacks as the keys: Play while playing and Pause while
    /// paused do nothing. The page handles the others (Seek, SetParams).
    pub fn run(&self, c: &Command, playing: bool) {
        match c {
            Command::Play if !playing => self.play_pause.emit(()),
            Command::Pause if playing => self.play_pause.emit(()),
            Command::Step => self.step.emit(()),
            Command::Back => self.back.emit(()),
            Command::Reset => self.reset.emit(()),
            _ => {}
        }
    }
}
