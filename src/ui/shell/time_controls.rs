//! The time controls every simulation page shares (play/pause, step, back,
//! reset, speed, seed, copy link), and the words for a page's step unit.

use super::random_seed;
use crate::query::SPEEDS;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimeControlsProps {
    pub playing: bool,
    pub finished: bool,
    /// What the step button advances ("round", "run").
    pub unit: AttrValue,
    pub speed: AttrValue,
    pub seed: u64,
    pub on_play: Callback<()>,
    pub on_step: Callback<()>,
    pub on_back: Option<Callback<()>>,
    pub on_reset: Callback<()>,
    pub on_speed: Callback<&'static str>,
    pub on_seed: Callback<u64>,
    pub on_copy_link: Callback<()>,
    /// The link last copied, shown so it can be selected by hand too (the
    /// clipboard API exists only on secure origins).
    #[prop_or_default]
    pub copied: Option<AttrValue>,
    /// Whether the browser let the link go to the clipboard.
    #[prop_or_default]
    pub on_clipboard: bool,
    /// A page's own speeds (name, label: a catalog key) instead of the shared multipliers.
    #[prop_or_default]
    pub speed_options: Option<&'static [(&'static str, &'static str)]>,
}

/// What one step of a page is called ("round", "block": a simulation's
/// [`crate::sim::simulation::Simulation::unit`], which the embed API also
/// reports, in English) in the reader's language.
pub fn unit_name(unit: &str) -> String {
    UNIT_KEYS.iter().find(|(u, _)| *u == unit).map_or_else(|| unit.to_string(), |(_, key)| crate::t!(key))
}

/// Each simulation's unit and its catalog key.
const UNIT_KEYS: [(&str, &str); 8] = [
    ("round", "unit-round"),
    ("run", "unit-run"),
    ("block", "unit-block"),
    ("epoch", "unit-epoch"),
    ("minute", "unit-minute"),
    ("hour", "unit-hour"),
    ("batch", "unit-batch"),
    ("step", "unit-step"),
];

/// Play/pause, step, back, reset, speed, seed and "copy link".
#[function_component(TimeControls)]
pub fn time_controls(p: &TimeControlsProps) -> Html {
    let play_label = if p.playing {
        crate::t!("time-pause")
    } else if p.finished {
        crate::t!("time-finished")
    } else {
        crate::t!("time-play")
    };
    let unit = unit_name(&p.unit);
    let on_play = p.on_play.reform(|_: MouseEvent| ());
    let on_step = p.on_step.reform(|_: MouseEvent| ());
    let on_reset = p.on_reset.reform(|_: MouseEvent| ());
    let on_speed = {
        let cb = p.on_speed.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(s) = SPEEDS.iter().find(|s| s.0 == v) {
                cb.emit(s.0);
            }
        })
    };
    let on_speed = match p.speed_options {
        Some(options) => {
            let cb = p.on_speed.clone();
            Callback::from(move |e: Event| {
                let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                if let Some(s) = options.iter().find(|s| s.0 == v) {
                    cb.emit(s.0);
                }
            })
        }
        None => on_speed,
    };
    let seed_error = use_state(|| None::<String>);
    let on_seed = {
        let cb = p.on_seed.clone();
        let seed_error = seed_error.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            match input.value().trim().parse::<u64>() {
                Ok(s) => {
                    seed_error.set(None);
                    cb.emit(s);
                }
                Err(_) => seed_error.set(Some(crate::t!("time-seed-error", value = format!("{:?}", input.value())))),
            }
        })
    };
    let on_new_seed = p.on_seed.reform(|_: MouseEvent| random_seed());
    let on_copy = p.on_copy_link.reform(|_: MouseEvent| ());
    html! {
        <div class="time-controls" role="toolbar" aria-label={crate::t!("time-controls-label")}>
            <button class="primary" id="play" onclick={on_play} disabled={p.finished && !p.playing}
                aria-keyshortcuts="Space" // i18n-ok: a key name
                title={crate::t!("time-play-title")}>
                { if p.playing { "▮▮ " } else { "▶ " } }{ play_label }
            </button>
            if let Some(back) = &p.on_back {
                <button id="back" onclick={back.reform(|_: MouseEvent| ())} aria-keyshortcuts="ArrowLeft PageUp" // i18n-ok: key names

                    title={crate::t!("time-back-title", unit = unit.clone())}>{ "◀ " }{ crate::t!("time-back") }</button>
            }
            <button id="step" onclick={on_step} disabled={p.finished} aria-keyshortcuts="ArrowRight PageDown" // i18n-ok: key names

                title={crate::t!("time-step-title", unit = unit.clone())}>{ crate::t!("time-step") }{ " ▶" }</button>
            <button id="reset" onclick={on_reset} aria-keyshortcuts="R" title={crate::t!("time-reset-title")}>{ "↺ " }{ crate::t!("time-reset") }</button>
            <label class="inline">{ crate::t!("time-speed") }{ " " }
                <select id="speed" onchange={on_speed} aria-label={crate::t!("time-speed")}>
                    if let Some(options) = p.speed_options {
                        { for options.iter().map(|(name, label)| html! {
                            <option value={*name} selected={p.speed.as_str() == *name}>{ crate::i18n::format(label, &[]) }</option>
                        }) }
                    } else {
                    { for SPEEDS.iter().map(|(name, _)| {
                        let label = if *name == "max" { crate::t!("time-speed-max") } else { format!("{name}×") };
                        html! { <option value={*name} selected={p.speed.as_str() == *name}>{ label }</option> }
                    }) }
                    }
                </select>
            </label>
            <label class="inline">{ crate::t!("time-seed") }{ " " }
                <input id="seed" type="text" inputmode="numeric" size="11" value={p.seed.to_string()}
                    onchange={on_seed} aria-label={crate::t!("time-seed")} aria-invalid={seed_error.is_some().to_string()} />
            </label>
            <button id="new-seed" onclick={on_new_seed} title={crate::t!("time-new-seed-title")}>{ crate::t!("time-new-seed") }</button>
            <button id="copy-link" onclick={on_copy} title={crate::t!("time-copy-link-title")}>
                { match (&p.copied, p.on_clipboard) {
                    (Some(_), true) => format!("✓ {}", crate::t!("time-link-copied")),
                    (Some(_), false) => crate::t!("time-link-below"),
                    (None, _) => crate::t!("time-copy-link"),
                } }
            </button>
            if let Some(link) = &p.copied {
                <input id="copied-link" class="copied-link" type="text" readonly=true value={link.clone()} aria-label={crate::t!("time-link-label")}
                    onfocus={Callback::from(|e: FocusEvent| e.target_unchecked_into::<HtmlInputElement>().select())} />
            }
            if let Some(msg) = &*seed_error {
                <p class="field-error" role="alert">{ msg }</p>
            }
        </div>
    }
}
