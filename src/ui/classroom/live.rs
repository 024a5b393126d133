//! The aria-live region that speaks the page's narration.

use crate::ui::control::SimReport;
use crate::ui::shell::now_ms;
use yew::prelude::*;

/// Speaks the page's narration: at once when it changes while paused, at
/// most every four seconds while playing (so a screen reader keeps up).
#[hook]
pub(super) fn use_live_region(report: &Option<SimReport>) -> Html {
    let report = report.clone();
    let text = use_state(String::new);
    let last = use_mut_ref(|| 0.0f64);
    {
        let text = text.clone();
        use_effect_with(report, move |r| {
            if let Some(r) = r {
                let due = !r.playing || r.finished || now_ms() - *last.borrow() >= 4000.0;
                if due && *text != r.narration {
                    *last.borrow_mut() = now_ms();
                    text.set(r.narration.clone());
                }
            }
        });
    }
    html! { <div id="live" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{ (*text).clone() }</div> }
}
