//! The page's Web Worker pool: whole runs of a simulation sent to
//! background threads, one per core (`navigator.hardwareConcurrency`, at
//! most [`MAX_THREADS`]), for the stablecoin ensemble
//! (`stablecoin/ensemble_panel.rs`) and the consensus experiment
//! (`consensus/pool.rs`).
//!
//! Each worker (`www/worker.js`) imports the experiment module
//! (`src/bin/chainlab-worker.rs`, the same core as the page) and runs one
//! job at a time: the export for the pool's `kind`, with the pool's common
//! arguments and one item (a seed, a run). A worker asks for the next item
//! as soon as it sends a result, so the items go out in order and the
//! results come back roughly in order; the caller keeps them by index and
//! assembles them in seed order, so the outcome is the same whichever
//! worker ran which item. Results and the first failure are only pushed to
//! an inbox the caller reads from its animation loop ([`Pool::take`]);
//! a failure (no `Worker` in this browser, a page opened from `file:`, a
//! CSP that refuses the script, an export that throws) stops every worker,
//! and the caller steps what is missing on the page itself.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// Workers at most, whatever the machine reports.
pub const MAX_THREADS: u32 = 8;
/// The worker script, relative to the document (so any sub-path works).
const WORKER_JS: &str = "www/worker.js";

#[wasm_bindgen(inline_js = r#"
export function start_pool(file, kind, common, items, threads, onResult, onError) {
  const workers = [];
  let next = 0;
  let stopped = false;
  const stop = () => { stopped = true; workers.forEach((w) => w.terminate()); };
  // Errors are reported on the next tick: never inside the caller's own call.
  const fail = (msg) => { if (!stopped) { stop(); setTimeout(() => onError(String(msg)), 0); } };
  const feed = (w) => {
    if (stopped || next >= items.length) return;
    const i = next++;
    w.postMessage({ i, kind, common, item: items[i] });
  };
  try {
    if (typeof Worker === 'undefined') throw new Error('this browser has no Web Workers');
    const url = new URL(file, document.baseURI).href;
    for (let k = 0; k < Math.max(1, Math.min(threads, items.length)); k++) {
      const w = new Worker(url, { type: 'module' });
      w.onmessage = (e) => {
        if (stopped) return;
        const d = e.data || {};
        if (typeof d.error === 'string') return fail(d.error);
        onResult(d.i, String(d.json));
        feed(w);
      };
      w.onerror = (e) => { e.preventDefault(); fail(e.message || 'a worker could not start'); };
      w.onmessageerror = () => fail('a worker message could not be read');
      workers.push(w);
      feed(w);
    }
  } catch (err) {
    fail((err && err.message) || err);
  }
  return { stop, threads: workers.length };
}
export function hardware_threads() {
  return (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 1;
}
"#)]
extern "C" {
    /// The started workers; `stop` terminates them all.
    type JsPool;
    #[allow(clippy::too_many_arguments)]
    fn start_pool(
        file: &str,
        kind: &str,
        common: Vec<String>,
        items: Vec<String>,
        threads: u32,
        on_result: &Closure<dyn FnMut(u32, String)>,
        on_error: &Closure<dyn FnMut(String)>,
    ) -> JsPool;
    #[wasm_bindgen(method)]
    fn stop(this: &JsPool);
    #[wasm_bindgen(method, getter)]
    fn threads(this: &JsPool) -> u32;
    fn hardware_threads() -> u32;
}

/// What the workers have sent and the caller has not read yet (the
/// callbacks only push here, so they never meet a borrowed caller).
#[derive(Default)]
struct Inbox {
    results: Vec<(u32, String)>,
    error: Option<String>,
}

/// A running set of workers; dropping it terminates them.
pub struct Pool {
    js: JsPool,
    inbox: Rc<RefCell<Inbox>>,
    _on_result: Closure<dyn FnMut(u32, String)>,
    _on_error: Closure<dyn FnMut(String)>,
}

impl Drop for Pool {
    fn drop(&mut self) {
        self.js.stop();
    }
}

impl Pool {
    /// Workers for `items` (as many as the machine has cores, at most
    /// [`MAX_THREADS`] and at most one per item), each item a job of `kind`
    /// with the `common` arguments (see `www/worker.js`).
    pub fn start(kind: &str, common: Vec<String>, items: Vec<String>) -> Pool {
        let inbox = Rc::new(RefCell::new(Inbox::default()));
        let on_result = {
            let inbox = inbox.clone();
            Closure::new(move |i: u32, json: String| inbox.borrow_mut().results.push((i, json)))
        };
        let on_error = {
            let inbox = inbox.clone();
            Closure::new(move |e: String| {
                inbox.borrow_mut().error.get_or_insert(e);
            })
        };
        let threads = hardware_threads().clamp(1, MAX_THREADS);
        let js = start_pool(WORKER_JS, kind, common, items, threads, &on_result, &on_error);
        Pool { js, inbox, _on_result: on_result, _on_error: on_error }
    }

    /// Workers started (0: none could start; the error follows).
    pub fn threads(&self) -> u32 {
        self.js.threads()
    }

    /// The results sent since the last call, as (item's index, JSON), and
    /// the failure that stopped the workers, if one did.
    pub fn take(&self) -> (Vec<(u32, String)>, Option<String>) {
        let mut inbox = self.inbox.borrow_mut();
        (std::mem::take(&mut inbox.results), inbox.error.take())
    }
}
