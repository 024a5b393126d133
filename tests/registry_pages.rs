//! One wasm module per page (issue 17): `index.html` builds a `page-<name>`
//! module for every simulation in the registry, its loader knows the same
//! names, and each module's entry point exists and draws the page it is
//! named for. A simulation missing from any of them would open as the home
//! module's "could not be loaded" notice.

use chainlab::registry::SIMS;
use std::fs;

fn index_html() -> String {
    fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).expect("index.html")
}

#[test]
fn every_simulation_has_a_page_module_link() {
    let html = index_html();
    let links: Vec<&str> = html.split("data-bin=\"page-").skip(1).map(|rest| rest.split('"').next().unwrap()).collect();
    let names: Vec<&str> = SIMS.iter().map(|s| s.name).collect();
    assert_eq!(links, names, "index.html's page-<name> links, in the registry's order");
    for name in &names {
        let link = html.split(&format!("data-bin=\"page-{name}\"")).nth(1).unwrap().split('>').next().unwrap();
        assert!(link.contains("data-type=\"worker\""), "page-{name} is loaded by the loader, not by Trunk: {link}");
        assert!(link.contains("data-bindgen-target=\"web\""), "page-{name} is an ES module: {link}");
    }
}

#[test]
fn the_loader_knows_the_registry_names() {
    let html = index_html();
    let list = html.split("const PAGES = [").nth(1).and_then(|r| r.split(']').next()).expect("the loader's PAGES");
    let pages: Vec<String> = list.split(',').map(|s| s.trim().trim_matches('\'').to_string()).collect();
    let names: Vec<String> = SIMS.iter().map(|s| s.name.to_string()).collect();
    assert_eq!(pages, names);
}

#[test]
fn each_module_draws_the_page_it_is_named_for() {
    for sim in &SIMS {
        let path = format!("{}/src/bin/page-{}.rs", env!("CARGO_MANIFEST_DIR"), sim.name);
        let src = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        // Through `chainlab::page_module!` (src/registry.rs), which calls `Page::sim` with it.
        let registers = src.contains(&format!("page_module!(\"{}\"", sim.name))
            || src.contains(&format!("page_module!(\n    \"{}\"", sim.name))
            || src.contains(&format!("Page::sim(\"{}\"", sim.name));
        assert!(registers, "{path} registers the page {:?}", sim.name);
    }
}
