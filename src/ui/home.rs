//! The home page: the simulations, each with a line and a small preview.

use super::consensus::network::draw_nodes;
use super::palette::Palette;
use super::shell::{reduced_motion, use_animation_loop, use_playing};
use crate::registry::SIMS;
use crate::sim::consensus::{ConsensusSim, Params};
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// A live miniature of the consensus simulation.
#[function_component(ConsensusPreview)]
fn consensus_preview() -> Html {
    let canvas = use_node_ref();
    let sim = use_mut_ref(|| {
        ConsensusSim::new(Params { nodes: 144, ..Params::default() }, 7).expect("preview parameters are valid")
    });
    let acc = use_mut_ref(|| 0.0f64);
    let draw = {
        let canvas = canvas.clone();
        let sim = sim.clone();
        move || {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                let _ = draw_nodes(&c, &sim.borrow(), &Palette::current(), None);
            }
        }
    };
    {
        let draw = draw.clone();
        let sim = sim.clone();
        use_effect_with((), move |_| {
            if reduced_motion() {
                // A still picture mid-run instead of an animation.
                let mut s = sim.borrow_mut();
                for _ in 0..25 {
                    s.step();
                }
            }
            draw();
        });
    }
    let playing = use_playing(!reduced_motion());
    use_animation_loop(
        &playing,
        Callback::from(move |dt: f64| {
            let mut a = acc.borrow_mut();
            *a += dt;
            if *a < 250.0 {
                return;
            }
            *a = 0.0;
            {
                let mut s = sim.borrow_mut();
                if s.is_done() {
                    let seed = s.seed() + 1;
                    *s = ConsensusSim::new(s.params().clone(), seed).expect("valid");
                } else {
                    s.step();
                }
            }
            draw();
        }),
    );
    html! { <canvas ref={canvas} class="preview" width="160" height="160" aria-hidden="true"></canvas> }
}

#[function_component(Home)]
pub fn home() -> Html {
    html! {
        <section class="home">
            <h1>{ crate::t!("brand") }</h1>
            <p class="lede">{ crate::t!("home-lede") }</p>
            <ul class="sim-list" id="sim-list">
                { for SIMS.iter().map(|e| {
                    let preview = if e.icon.is_empty() {
                        html! { <ConsensusPreview /> }
                    } else {
                        html! { <div class="preview icon" aria-hidden="true">{ Html::from_html_unchecked(AttrValue::from(e.icon)) }</div> }
                    };
                    html! {
                        <li class="sim-card">
                            <a href={e.href()}>
                                { preview }
                                <h2>{ crate::i18n::format(&format!("sim-{}-title", e.name), &[]) }</h2>
                                <p>{ crate::i18n::format(&format!("sim-{}-line", e.name), &[]) }</p>
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
