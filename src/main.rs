//! The browser app's home module (built for wasm32 by Trunk): the shell, the home page and
//! the not-found page. Each simulation page is a module of its own (`src/bin/page-<name>.rs`).

#[cfg(target_arch = "wasm32")]
fn main() {
    chainlab::ui::start(
        chainlab::ui::Page::HOME,
        &[("common", include_str!("../www/i18n/en/common.json")), ("home", include_str!("../www/i18n/en/home.json"))],
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "chainlab-web is the browser app: build it with Trunk (see README.md). For the command line, run `chainlab`."
    );
    std::process::exit(2);
}
