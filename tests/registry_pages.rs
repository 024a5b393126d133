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

/// Issue 15: no source file is over 500 lines (the Rust and JavaScript
/// that people edit: src, tests, benches, scripts, www, codec; not data or
/// generated files). A file that grows past it is split along its seams.
#[test]
fn no_source_file_is_over_500_lines() {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs" || x == "mjs" || x == "js" || x == "sh") {
                out.push(p);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "tests", "benches", "scripts", "www", "codec/src"] {
        if root.join(dir).is_dir() {
            walk(&root.join(dir), &mut files);
        }
    }
    assert!(files.len() > 100, "{} files found", files.len());
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let n = std::fs::read_to_string(f).ok()?.lines().count();
            (n > 500).then(|| format!("{}: {n} lines", f.strip_prefix(root).unwrap().display()))
        })
        .collect();
    assert!(long.is_empty(), "over 500 lines:\n{}", long.join("\n"));
}
