//! The classroom features, over the page contract in [`super::control`]
//! (read that module first: it says what a page adds to plug in).
//!
//! - [`SimDock`]: the page's timeline scrubber (time travel by deterministic
//!   replay to any step reached) and the QR / present / tour / embed /
//!   export tools.
//! - [`LiveRegion`]: an aria-live region speaking the page's narration.
//! - [`EmbedRuntime`]: embed mode's postMessage API and lazy start.
//! - [`PresenterBar`] and [`Walk`]: presenter mode (projector theme,
//!   fullscreen, playlists walked with a clicker) and guided tours with
//!   "predict, then run" questions; both walk a [`Playlist`]'s cues.
//!
//! One file a job: `dock.rs`, `live.rs`, `embed.rs`, `presenter.rs` (the
//! bar and its fit), `dialogs.rs` (QR code, modal dialogs), `walk.rs`.

mod dialogs;
mod dock;
mod embed;
mod live;
mod presenter;
mod walk;

pub use dock::SimDock;
pub use walk::Walk;

use super::control::use_sim_report;
use super::control::SimReport;
use super::shell::absolute_url;
use crate::classroom::{load, Playlist, ShellFlags};
use dialogs::use_modal_dialogs;
use embed::use_embed_runtime;
use live::use_live_region;
use presenter::{use_presenter_bar, use_presenter_fit};
use yew::prelude::*;

/// Goes to `#path?query` with these shell flags (a new history entry).
pub fn go_to(flags: &ShellFlags, path: &str, query: &str) {
    let hash = crate::query::hash(path, query, &flags.to_query());
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&hash);
    }
}

/// Opens cue `i` of `list`, at the cue's landing step.
fn go_cue(flags: &ShellFlags, list: &Playlist, i: usize) {
    if let Some(cue) = list.cues.get(i) {
        let f = ShellFlags { cue: i, ..flags.clone() };
        go_to(&f, &cue.path(), &cue.query(cue.landing()));
    }
}

fn sim_name(path: &str) -> &str {
    path.trim_start_matches('/')
}

/// The link to this exact moment, without the shell's flags.
fn moment_url(r: &SimReport) -> String {
    absolute_url(r.path, &r.query_at())
}

/// The `<iframe>` an author pastes to embed this run.
pub fn embed_code(r: &SimReport) -> String {
    let q = r.query_at();
    let q = if q.is_empty() { "embed=1".to_string() } else { format!("{q}&embed=1") };
    let src = absolute_url(r.path, &q).replace('&', "&amp;");
    let title = crate::t!("embed-iframe-title", sim = sim_name(r.path)).replace('"', "&quot;");
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"720\" loading=\"lazy\" style=\"border:0;max-width:100%\" allow=\"fullscreen; clipboard-write\"></iframe>"
    )
}

#[derive(Properties, PartialEq)]
pub struct ClassroomShellProps {
    pub flags: ShellFlags,
}

/// The app-level classroom features in one component (each Yew component
/// type costs download size): the aria-live narration, embed mode's
/// runtime, and presenter mode's bar.
#[function_component(ClassroomShell)]
pub fn classroom_shell(p: &ClassroomShellProps) -> Html {
    let (control, report) = use_sim_report();
    let live = use_live_region(&report);
    let embed = use_embed_runtime(&control, &report, p.flags.embed);
    super::pacing::use_embed_end(&control, &report, p.flags.embed);
    let bar = use_presenter_bar(&control, &p.flags, &report);
    // The shell keys' problems stay listed after the walk rewrites the
    // address (a bare link is sent to its cue, with the flags corrected).
    let problems = use_mut_ref(Vec::<String>::new);
    {
        let mut found = p.flags.problems.clone();
        let spec = match (&p.flags.tour, &p.flags.playlist) {
            (Some(t), _) => Some(format!("tour-{t}")),
            (None, Some(pl)) => Some(pl.clone()),
            _ => None,
        };
        if let Some(Ok(l)) = spec.map(|s| load(&s)) {
            if p.flags.cue >= l.cues.len() {
                found.push(crate::t!(
                    "shell-cue-past",
                    cue = p.flags.cue.to_string(),
                    n = l.cues.len(),
                    last = l.cues.len() - 1
                ));
            }
        }
        let mut kept = problems.borrow_mut();
        for m in found {
            if !kept.contains(&m) {
                kept.push(m);
            }
        }
    }
    let problems = problems.borrow().clone();
    use_presenter_fit(p.flags.present && !p.flags.embed);
    use_modal_dialogs();
    html! {
        <>
            if p.flags.present { { bar } }
            { super::app::shell_notice(&problems) }
            { live }
            { embed }
        </>
    }
}
