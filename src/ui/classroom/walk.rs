//! Playlists and tours walked cue by cue.

use super::{go_cue, go_to};
use crate::classroom::{load, Cue, ShellFlags};
use crate::ui::control::{use_sim_report, Command};
use crate::ui::shell::use_keys;
use web_sys::KeyboardEvent;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WalkProps {
    pub flags: ShellFlags,
    /// Whether the page's URL carried no state of its own (then the walk
    /// opens its cue).
    pub bare: bool,
}

/// A playlist (presenter mode) or a tour, at one cue: the caption, the
/// prediction question, Run, and moving between cues.
#[function_component(Walk)]
pub fn walk(p: &WalkProps) -> Html {
    let tour = p.flags.tour.is_some();
    let spec = match (&p.flags.tour, &p.flags.playlist) {
        (Some(t), _) => format!("tour-{t}"),
        (None, Some(pl)) => pl.clone(),
        (None, None) => String::new(),
    };
    // Fetched if it is not here yet, in the reader's language once its
    // translation is here (ui::lang).
    let translated = crate::ui::lang::use_shipped_playlists(vec![spec.clone()]);
    let untranslated = crate::ui::lang::playlist_problem(&spec);
    let list = use_memo((spec.clone(), translated), |(s, _)| load(s));
    let (control, report) = use_sim_report();
    let choice = use_state(|| None::<usize>);
    let running = use_state(|| false);
    let revealed = use_state(|| false);
    let list_ok = (*list).as_ref().ok().cloned();
    let i = p.flags.cue.min(list_ok.as_ref().map(|l| l.cues.len() - 1).unwrap_or(0));
    let cue: Option<Cue> = list_ok.as_ref().and_then(|l| l.cues.get(i).cloned());
    {
        let (flags, list, bare) = (p.flags.clone(), list_ok.clone(), p.bare);
        use_effect_with((), move |_| {
            // After every effect of this render (a page rewriting the
            // address bar would otherwise overwrite the cue's URL).
            if let (true, Some(l)) = (bare, list) {
                gloo::timers::callback::Timeout::new(0, move || go_cue(&flags, &l, flags.cue.min(l.cues.len() - 1)))
                    .forget();
            }
        });
    }
    // Run: play to the cue's step, then land on it exactly.
    {
        let (control, running, revealed, cue) = (control.clone(), running.clone(), revealed.clone(), cue.clone());
        use_effect_with(report.clone(), move |r| {
            if let (true, Some(r), Some(c)) = (*running, r, &cue) {
                if r.step >= c.at || r.finished {
                    let _ = control.send(Command::Pause);
                    if r.step != c.at && r.seekable {
                        let _ = control.send(Command::Seek(c.at));
                    }
                    running.set(false);
                    revealed.set(true);
                }
            }
        });
    }
    let has_run = cue.as_ref().is_some_and(|c| c.from.is_some_and(|f| f < c.at));
    let at_landing = match (&report, &cue) {
        (Some(r), Some(c)) => r.step < c.at,
        _ => false,
    };
    let run = {
        let (control, running, revealed, has_run) = (control.clone(), running.clone(), revealed.clone(), has_run);
        Callback::from(move |()| {
            if has_run && at_landing {
                running.set(true);
                if control.send(Command::Play).is_err() {
                    running.set(false);
                }
            } else {
                revealed.set(true);
            }
        })
    };
    let go = {
        let (flags, list) = (p.flags.clone(), list_ok.clone());
        Callback::from(move |to: usize| {
            if let Some(l) = &list {
                go_cue(&flags, l, to);
            }
        })
    };
    let n = list_ok.as_ref().map(|l| l.cues.len()).unwrap_or(0);
    let pending_run =
        cue.as_ref().is_some_and(|c| (has_run && at_landing) || (c.predict.is_some() && !*revealed)) && !*running;
    let next = {
        let (go, run) = (go.clone(), run.clone());
        Callback::from(move |()| {
            if pending_run {
                run.emit(());
            } else if i + 1 < n {
                go.emit(i + 1);
            }
        })
    };
    let prev = {
        let go = go.clone();
        Callback::from(move |()| {
            if i > 0 {
                go.emit(i - 1);
            }
        })
    };
    {
        let (next, prev) = (next.clone(), prev.clone());
        use_keys(Callback::from(move |e: KeyboardEvent| {
            if tour || e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            match e.key().as_str() {
                "PageDown" => {
                    e.prevent_default();
                    next.emit(());
                }
                "PageUp" => {
                    e.prevent_default();
                    prev.emit(());
                }
                _ => {}
            }
        }));
    }
    let close_tour = {
        let (flags, report) = (p.flags.clone(), report.clone());
        Callback::from(move |_: MouseEvent| {
            let f = ShellFlags { tour: None, cue: 0, ..flags.clone() };
            if let Some(r) = &report {
                go_to(&f, r.path, &r.query_at());
            }
        })
    };
    let body = match (&*list, &cue) {
        // Fetched by use_shipped_playlists above: it redraws when it is here.
        (Err(_), _) if crate::classroom::is_shipped(&spec) && !crate::classroom::has_english(&spec) => {
            html! { <p class="muted" role="status" id="walk-arriving">{ crate::t!("app-opening-playlist") }</p> }
        }
        (Err(msg), _) => {
            html! { <p class="field-error" role="alert" id="walk-error">{ crate::t!("walk-error", why = msg.clone()) }</p> }
        }
        (Ok(_), None) => html! {},
        (Ok(l), Some(c)) => {
            let predict = c.predict.as_ref().map(|q| {
                let answered = *choice;
                html! {
                    <fieldset class="predict" id="predict">
                        <legend>{ crate::t!("walk-predict") }{ " " }{ &q.question }</legend>
                        { for q.choices.iter().enumerate().map(|(k, text)| {
                            let choice = choice.clone();
                            let mark = if *revealed && k == q.answer { " ✓" } else if *revealed && answered == Some(k) { " ✗" } else { "" };
                            html! {
                                <label class={classes!("choice", (*revealed && k == q.answer).then_some("right"), (*revealed && answered == Some(k) && k != q.answer).then_some("wrong"))}>
                                    <input type="radio" name="predict" id={format!("choice-{k}")} checked={answered == Some(k)} disabled={*revealed}
                                        onchange={Callback::from(move |_: Event| choice.set(Some(k)))} />
                                    { text }{ mark }
                                </label>
                            }
                        }) }
                        if *revealed {
                            <p class="why" id="why">
                                <strong>{ match answered {
                                    Some(a) if a == q.answer => format!("{} ", crate::t!("walk-right")),
                                    Some(_) => format!("{} ", crate::t!("walk-wrong")),
                                    None => String::new(),
                                } }</strong>
                                { &q.why }
                            </p>
                        }
                    </fieldset>
                }
            });
            let next_label = if pending_run {
                if has_run && at_landing {
                    format!("{} ▶", crate::t!("walk-run"))
                } else {
                    crate::t!("walk-show-answer")
                }
            } else {
                format!("{} ▶", crate::t!("walk-next"))
            };
            html! {
                <>
                    if let Some(why) = &untranslated {
                        <p class="muted" id="walk-untranslated" role="status">{ crate::t!("playlist-untranslated", why = why.clone()) }</p>
                    }
                    <p class="cue-pos" id="cue-pos">{ crate::t!("walk-position", title = l.title.clone(), i = i + 1, n = l.cues.len()) }</p>
                    <p class="caption" id="caption">{ &c.caption }</p>
                    { predict.unwrap_or_default() }
                    <div class="walk-buttons">
                        <button id="cue-prev" disabled={i == 0} onclick={prev.reform(|_: MouseEvent| ())}>{ "◀ " }{ crate::t!("time-back") }</button>
                        <button id="cue-next" class="primary" disabled={(!pending_run && i + 1 >= n) || *running}
                            onclick={next.reform(|_: MouseEvent| ())}>{ next_label }</button>
                        if tour { <button id="close-tour" onclick={close_tour}>{ crate::t!("walk-end-tour") }</button> }
                    </div>
                </>
            }
        }
    };
    html! {
        <aside class={classes!("walk", if tour { "tour" } else { "cues" })} id={if tour { "tour" } else { "cues" }}
            aria-label={if tour { crate::t!("dock-tour") } else { crate::t!("present-playlist") }} data-cue={i.to_string()}>
            { body }
        </aside>
    }
}
