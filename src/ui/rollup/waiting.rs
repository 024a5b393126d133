//! The rollup page before its Brotli arrives (issue 17): the page runs at
//! once, the codec loads meanwhile (`ui::codec::use_codec`), and a block
//! that needs a compressed size waits for it
//! ([`RollupSim::awaiting_codec`]). When the codec arrives, what waited
//! goes on by itself: playback simply resumes; a seek (a link's `at`, a
//! presenter cue, an embedding page's `seek`) that stopped at the waiting
//! block lands on its step (and plays on from there if Play was pressed
//! meanwhile); a Step that stopped there finishes.

use crate::query::rollup::RollupState;
use crate::query::url_state::UrlState;
use crate::query::Query;
use crate::sim::rollup::RollupSim;
use crate::sim::simulation::Step;
use crate::ui::codec::{codec_notice, use_codec, CodecState};
use crate::ui::control::Command;
use crate::ui::runner::SimRunner;
use yew::prelude::*;

/// What a block that waited for the codec was on its way to.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Resume {
    /// A seek to this step, which stopped at the waiting block.
    Seek { to: Step, waited_at: Step },
    /// The run stood at the waiting block (a Step, or playback paused).
    Step { waited_at: Step },
}

/// The codec's notice (loading, or why it failed) for the page, whether
/// the codec is there, and the commands to hand the shell (the runner's,
/// remembering a seek that has to wait).
#[hook]
pub(super) fn use_waiting(
    run: &SimRunner<RollupState>,
    query: &Query,
) -> (Html, bool, Callback<Command, Result<(), String>>) {
    let (state, retry) = use_codec();
    let resume = {
        let (sim, q) = (run.sim.clone(), query.clone());
        use_mut_ref(move || {
            let s = sim.borrow();
            let at = RollupState::from_query(&q).0.at();
            at.filter(|&to| s.awaiting_codec() && s.block() < to).map(|to| Resume::Seek { to, waited_at: s.block() })
        })
    };
    // Each render: a run that now waits, not for a seek, waits for a step.
    {
        let s = run.sim.borrow();
        let mut r = resume.borrow_mut();
        if s.awaiting_codec() && !matches!(*r, Some(Resume::Seek { waited_at, .. }) if waited_at == s.block()) {
            *r = Some(Resume::Step { waited_at: s.block() });
        }
    }
    let on_command = {
        let (inner, sim, resume) = (run.on_command.clone(), run.sim.clone(), resume.clone());
        Callback::from(move |c: Command| {
            let to = match c {
                Command::Seek(n) => Some(Step::from(n)),
                _ => None,
            };
            let result = inner.emit(c);
            if let Some(to) = to {
                let s = sim.borrow();
                *resume.borrow_mut() =
                    (s.awaiting_codec() && s.block() < to).then(|| Resume::Seek { to, waited_at: s.block() });
            }
            result
        })
    };
    {
        let (sim, resume, playing, step, seek) =
            (run.sim.clone(), resume.clone(), run.playing.clone(), run.keys.step.clone(), run.on_command.clone());
        let force = run.force.clone();
        use_effect_with(state.clone(), move |state| {
            if *state == CodecState::Ready {
                let now = sim.borrow().block();
                match resume.borrow_mut().take() {
                    Some(Resume::Seek { to, waited_at }) if waited_at == now => {
                        // A seek pauses; Play pressed meanwhile plays on from the target.
                        let on = playing.is_on();
                        let _ = seek.emit(Command::Seek(u32::try_from(to).unwrap_or(u32::MAX)));
                        if on {
                            playing.set(true);
                        }
                    }
                    Some(Resume::Step { waited_at }) if waited_at == now && !playing.is_on() => step.emit(()),
                    _ => force.force_update(),
                }
            }
        });
    }
    (codec_notice(&state, &retry), state == CodecState::Ready, on_command)
}

/// The status line's sentence while the run waits for the codec.
pub(super) fn compressing(s: &RollupSim) -> String {
    crate::t!("rollup-compressing-status", block = (s.block() + 1).to_string())
}
