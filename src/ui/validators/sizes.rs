//! The page's canvases' CSS sizes, read when the browser has just laid the
//! page out (a `ResizeObserver`'s callback) rather than while drawing: the
//! drawing runs after the frame's DOM updates, and reading a size there
//! forces the browser to lay the whole page out again, every frame.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, ResizeObserver};

type Known = Rc<RefCell<Vec<(HtmlCanvasElement, (i32, i32))>>>;

/// Each canvas's `(clientWidth, clientHeight)` as last laid out.
pub struct CanvasSizes {
    known: Known,
    observer: Option<(ResizeObserver, Closure<dyn FnMut()>)>,
}

impl CanvasSizes {
    /// `changed` is called when a canvas's size changed (to draw it again).
    pub fn new(changed: impl Fn() + 'static) -> Self {
        let known: Known = Rc::default();
        let k = known.clone();
        // Called after layout, so reading the sizes here costs no layout of its own.
        let cb = Closure::<dyn FnMut()>::new(move || {
            let mut any = false;
            for (c, size) in k.borrow_mut().iter_mut() {
                let now = (c.client_width(), c.client_height());
                if *size != now {
                    *size = now;
                    any = true;
                }
            }
            if any {
                changed();
            }
        });
        let observer = ResizeObserver::new(cb.as_ref().unchecked_ref()).ok().map(|o| (o, cb));
        CanvasSizes { known, observer }
    }

    /// The canvas's size: as last laid out, or (the first time a canvas is
    /// asked for) read now, and watched from then on.
    pub fn get(&self, c: &HtmlCanvasElement) -> (i32, i32) {
        if let Some((_, size)) = self.known.borrow().iter().find(|(k, _)| k == c) {
            return *size;
        }
        let size = (c.client_width(), c.client_height());
        let mut known = self.known.borrow_mut();
        // Canvases gone from the page (the leak chart without an outage) are forgotten.
        known.retain(|(k, _)| {
            let keep = k.is_connected();
            if let (false, Some((o, _))) = (keep, &self.observer) {
                o.unobserve(k);
            }
            keep
        });
        if let Some((o, _)) = &self.observer {
            o.observe(c);
        }
        known.push((c.clone(), size));
        size
    }
}

impl Drop for CanvasSizes {
    fn drop(&mut self) {
        if let Some((o, _)) = &self.observer {
            o.disconnect();
        }
    }
}
