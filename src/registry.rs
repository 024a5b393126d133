//! The one list of simulations. Routes, the navigation, the home page,
//! the playlists (a cue's `sim`, the shipped playlists and tours), the
//! command line's subcommands and the tests all read it; adding a
//! simulation adds one entry here (see docs/architecture.md).

#[cfg(not(target_arch = "wasm32"))]
use crate::query::url_state::UrlState;
#[cfg(not(target_arch = "wasm32"))]
use crate::query::{Notice, Query};

/// One simulation.
pub struct SimEntry {
    /// Its name: the route `#/<name>`, the CLI subcommand, a cue's `sim`,
    /// the export files' prefix.
    pub name: &'static str,
    /// The home page card's picture (inline SVG; empty for a live
    /// preview). Its words, like the navigation's label, are the catalog's
    /// `sim-<name>-nav`, `sim-<name>-title` and `sim-<name>-line`
    /// (`www/i18n/<lang>/common.ftl`).
    pub icon: &'static str,
    /// The presenter playlist and the guided tour shipped with the app
    /// (`www/playlists/<name>.json`, `www/playlists/tour-<name>.json`).
    /// Natively only (the tests and the CLI): the browser fetches the one a
    /// page walks (`ui::lang::fetch_playlist`), so that no module carries
    /// eleven playlists to show one (issue 17).
    #[cfg(not(target_arch = "wasm32"))]
    pub playlist: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub tour: &'static str,
    /// Its page's English catalog (`www/i18n/en/<name>.json`), natively
    /// (`i18n::english_catalogs`; each page's module builds in its own).
    #[cfg(not(target_arch = "wasm32"))]
    pub english: &'static str,
    /// The notices a query would give on this page (none: every value is
    /// used as given). For the tests: natively only, so that no page's wasm
    /// module carries the other pages' parsers (issue 17).
    #[cfg(not(target_arch = "wasm32"))]
    pub notices: fn(&Query) -> Vec<Notice>,
    /// The model's check through the one interface, from the page's
    /// default run (`sim::replay::self_check`; the test suite runs it).
    /// Natively only: it would put every model in every page's module.
    #[cfg(not(target_arch = "wasm32"))]
    pub check: fn() -> Result<(), String>,
}

impl SimEntry {
    /// The route's path, `/<name>`.
    pub fn path(&self) -> String {
        format!("/{}", self.name)
    }
    /// The link to the page, `#/<name>`.
    pub fn href(&self) -> String {
        format!("#/{}", self.name)
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn notices<S: UrlState>(q: &Query) -> Vec<Notice> {
    S::from_query(q).1
}

#[cfg(not(target_arch = "wasm32"))]
fn check<S: UrlState>() -> Result<(), String> {
    let state = S::default();
    crate::sim::replay::self_check::<S::Sim>(state.params(), state.seed(), 60)
}

/// One entry of [`SIMS`]: the simulation's name, the type of its URL state
/// (`query::<name>`), and its card's picture. The playlist and tour are
/// `www/playlists/<name>.json` and `tour-<name>.json`.
macro_rules! sim_entry {
    ($name:literal, $state:ty, $icon:expr) => {
        SimEntry {
            name: $name,
            icon: $icon,
            #[cfg(not(target_arch = "wasm32"))]
            playlist: include_str!(concat!("../www/playlists/", $name, ".json")),
            #[cfg(not(target_arch = "wasm32"))]
            tour: include_str!(concat!("../www/playlists/tour-", $name, ".json")),
            #[cfg(not(target_arch = "wasm32"))]
            english: include_str!(concat!("../www/i18n/en/", $name, ".json")),
            #[cfg(not(target_arch = "wasm32"))]
            notices: notices::<$state>,
            #[cfg(not(target_arch = "wasm32"))]
            check: check::<$state>,
        }
    };
}

/// Every simulation, in the order of the navigation and the home page.
pub const SIMS: [SimEntry; COUNT] = [
    sim_entry!("consensus", crate::query::consensus::ConsensusState, ""),
    sim_entry!(
        "rollup",
        crate::query::rollup::RollupState,
        r##"<svg viewBox="0 0 160 160" aria-hidden="true"><g fill="none" stroke="currentColor" stroke-width="4"><rect x="18" y="30" width="34" height="18" rx="3"/><rect x="18" y="54" width="34" height="18" rx="3"/><rect x="18" y="78" width="34" height="18" rx="3"/><path d="M60 63h30m-8-8 8 8-8 8"/><rect x="98" y="44" width="44" height="38" rx="5"/><path d="M98 120h44" stroke-dasharray="6 5"/><path d="M120 82v30"/></g></svg>"##
    ),
    sim_entry!(
        "swap",
        crate::query::swap::SwapState,
        r##"<svg viewBox="0 0 160 160" aria-hidden="true"><g fill="none" stroke="currentColor" stroke-width="4"><rect x="14" y="40" width="40" height="80" rx="6"/><rect x="106" y="40" width="40" height="80" rx="6"/><path d="M62 66h36m-8-8 8 8-8 8M98 96H62m8-8-8 8 8 8"/><path d="M74 126h12M80 120v12" /></g></svg>"##
    ),
    sim_entry!(
        "stablecoin",
        crate::query::stablecoin::StablecoinState,
        r##"<svg viewBox="0 0 160 160" aria-hidden="true"><g fill="none" stroke="currentColor" stroke-width="4"><path d="M20 130h124M20 20v110"/><path d="M24 50h40c10 0 12 4 18 16s14 56 60 60" stroke-width="5"/><path d="M24 50h120" stroke-dasharray="4 6" stroke-width="2"/></g></svg>"##
    ),
    sim_entry!(
        "validators",
        crate::query::validators::ValidatorsState,
        r##"<svg viewBox="0 0 160 160" aria-hidden="true"><g fill="currentColor"><rect x="22" y="40" width="18" height="90"/><rect x="48" y="70" width="18" height="60"/><rect x="74" y="88" width="18" height="42"/><rect x="100" y="102" width="18" height="28"/><rect x="126" y="112" width="18" height="18"/></g><path d="M18 58h132" stroke="currentColor" stroke-width="3" stroke-dasharray="6 5"/></svg>"##
    ),
];

/// How many simulations there are.
pub const COUNT: usize = 5;

/// The simulations' names, in order.
pub const NAMES: [&str; COUNT] = {
    let mut out = [""; COUNT];
    let mut i = 0;
    while i < COUNT {
        out[i] = SIMS[i].name;
        i += 1;
    }
    out
};

/// The simulation called `name`.
pub fn find(name: &str) -> Option<&'static SimEntry> {
    SIMS.iter().find(|s| s.name == name)
}

/// The playlist that runs through every simulation (`www/playlists/lecture.json`).
#[cfg(not(target_arch = "wasm32"))]
pub const LECTURE: &str = include_str!("../www/playlists/lecture.json");

/// The names of the playlists and tours shipped with the app: each
/// simulation's `<name>` and `tour-<name>`, then `lecture`; each is
/// `www/playlists/<name>.json`.
pub fn shipped_names() -> Vec<String> {
    let mut out = Vec::new();
    for s in &SIMS {
        out.push(s.name.to_string());
        out.push(format!("tour-{}", s.name));
    }
    out.push("lecture".into());
    out
}

/// The playlists and tours shipped with the app, by name, as
/// [`shipped_names`] lists them, with their English text (natively only).
#[cfg(not(target_arch = "wasm32"))]
pub fn shipped() -> Vec<(String, &'static str)> {
    let texts = SIMS.iter().flat_map(|s| [s.playlist, s.tour]).chain([LECTURE]);
    shipped_names().into_iter().zip(texts).collect()
}

/// Calls `$then!` with every simulation's name as an identifier: the
/// command line declares its subcommands' modules with it
/// (`src/bin/chainlab/<name>.rs`), so a new simulation's subcommand is
/// added here, beside its entry. In the order `chainlab --help` lists them;
/// a test in `src/bin/chainlab.rs` checks they are [`NAMES`].
/// A page's wasm module (`src/bin/page-<name>.rs`, issue 17): in the
/// browser it starts the shell with this one page; natively it says what it
/// is and exits. `$draw` is the page, from the `key` and `query` the app
/// gives it, e.g.
/// `chainlab::page_module!("swap", |key, query| yew::html! { <SwapPage key={key} query={query} /> });`
#[macro_export]
macro_rules! page_module {
    ($name:literal, $draw:expr) => {
        #[cfg(target_arch = "wasm32")]
        fn main() {
            $crate::ui::start(
                $crate::ui::Page::sim($name, $draw),
                &[
                    ("common", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/www/i18n/en/common.json"))),
                    ($name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/www/i18n/en/", $name, ".json"))),
                ],
            );
        }

        #[cfg(not(target_arch = "wasm32"))]
        fn main() {
            eprintln!(concat!(
                "page-",
                $name,
                " is one of the browser app's modules: build it with Trunk (see README.md)."
            ));
            std::process::exit(2);
        }
    };
}

#[macro_export]
macro_rules! with_sim_names {
    ($then:ident) => {
        $then!(consensus, swap, rollup, validators, stablecoin);
    };
}
