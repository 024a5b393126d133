//! The browser app's entry point (built for wasm32 by Trunk).

#[cfg(target_arch = "wasm32")]
fn main() {
    chainlab::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "chainlab-web is the browser app: build it with Trunk (see README.md). For the command line, run `chainlab`."
    );
    std::process::exit(2);
}
