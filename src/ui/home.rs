//! The home page: the simulations, each with a line and a small preview.

use super::consensus::network::draw_nodes;
use super::palette::Palette;
use super::shell::{reduced_motion, use_animation_loop, use_playing};
use crate::sim::consensus::{ConsensusSim, Params};
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

struct Entry {
    title: &'static str,
    line: &'static str,
    href: Option<&'static str>,
    icon: &'static str,
}

const ENTRIES: [Entry; 5] = [
    Entry {
        title: "Sampling consensus",
        line: "Avalanche's Slush, Snowflake and Snowball: nodes poll a few random peers until the whole network agrees, and what a few liars among them can do.",
        href: Some("#/consensus"),
        icon: "",
    },
    Entry {
        title: "Optimistic rollup",
        line: "Arbitrum-style batches, Brotli-compressed and posted to Ethereum, a 6.4-day challenge window, and a fraud proof narrowed down to the one step L1 executes. Inject a wrong state root and see it caught, or become final when no validator watches.",
        href: Some("#/rollup"),
        icon: r##"<svg viewBox="0 0 160 160" aria-hidden="true"><g fill="none" stroke="currentColor" stroke-width="4"><rect x="18" y="30" width="34" height="18" rx="3"/><rect x="18" y="54" width="34" height="18" rx="3"/><rect x="18" y="78" width="34" height="18" rx="3"/><path d="M60 63h30m-8-8 8 8-8 8"/><rect x="98" y="44" width="44" height="38" rx="5"/><path d="M98 120h44" stroke-dasharray="6 5"/><path d="M120 82v30"/></g></svg>"##,
    },
    Entry {
        title: "Atomic swap",
        line: "Two chains, two hash time-locked contracts and one secret: when both follow the protocol, both legs settle or neither does. Seven scenarios show what happens when someone stops, cheats or is slow.",
        href: Some("#/swap"),
        icon: r##"<svg viewBox="0 0 160 160" aria-hidden="true"><g fill="none" stroke="currentColor" stroke-width="4"><rect x="14" y="40" width="40" height="80" rx="6"/><rect x="106" y="40" width="40" height="80" rx="6"/><path d="M62 66h36m-8-8 8 8-8 8M98 96H62m8-8-8 8 8 8"/><path d="M74 126h12M80 120v12" /></g></svg>"##,
    },
    Entry {
        title: "Stablecoin death spiral",
        line: "Terra's market module mints and burns to hold a peg, until a run turns it into a death spiral: the feedback loop live, beside the real history of May 2022.",
        href: Some("#/stablecoin"),
        icon: r##"<svg viewBox="0 0 160 160" aria-hidden="true"><g fill="none" stroke="currentColor" stroke-width="4"><path d="M20 130h124M20 20v110"/><path d="M24 50h40c10 0 12 4 18 16s14 56 60 60" stroke-width="5"/><path d="M24 50h120" stroke-dasharray="4 6" stroke-width="2"/></g></svg>"##,
    },
    Entry {
        title: "Proof-of-stake validators",
        line: "Stake, rewards, slashing and concentration, and the cascade when the staked token collapses.",
        href: Some("#/validators"),
        icon: r##"<svg viewBox="0 0 160 160" aria-hidden="true"><g fill="currentColor"><rect x="22" y="40" width="18" height="90"/><rect x="48" y="70" width="18" height="60"/><rect x="74" y="88" width="18" height="42"/><rect x="100" y="102" width="18" height="28"/><rect x="126" y="112" width="18" height="18"/></g><path d="M18 58h132" stroke="currentColor" stroke-width="3" stroke-dasharray="6 5"/></svg>"##,
    },
];

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
            <h1>{ "Chain Lab" }</h1>
            <p class="lede">{ "How blockchain infrastructure really works, as live simulations you can play, pause, step and replay. Every run is seeded: the same link gives the same run on every machine." }</p>
            <ul class="sim-list" id="sim-list">
                { for ENTRIES.iter().map(|e| {
                    let preview = if e.href == Some("#/consensus") {
                        html! { <ConsensusPreview /> }
                    } else {
                        html! { <div class="preview icon" aria-hidden="true">{ Html::from_html_unchecked(AttrValue::from(e.icon)) }</div> }
                    };
                    match e.href {
                        Some(href) => html! {
                            <li class="sim-card">
                                <a href={href}>
                                    { preview }
                                    <h2>{ e.title }</h2>
                                    <p>{ e.line }</p>
                                </a>
                            </li>
                        },
                        None => html! {
                            <li class="sim-card coming">
                                { preview }
                                <span class="badge">{ "in development" }</span>
                                <h2>{ e.title }</h2>
                                <p>{ e.line }</p>
                            </li>
                        },
                    }
                }) }
            </ul>
        </section>
    }
}
