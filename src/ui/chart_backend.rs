//! One plotters backend that is either the page's canvas or an SVG
//! document. Every chart function is generic over its backend; drawing the
//! page's charts and exporting them as SVG through this one type compiles
//! each chart once instead of twice (about 15 KB less to download).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use std::fmt;

/// Either backend's error, as text.
#[derive(Debug)]
pub struct ChartError(String);

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ChartError {}

fn conv<T, E: std::error::Error + Send + Sync>(
    r: Result<T, DrawingErrorKind<E>>,
) -> Result<T, DrawingErrorKind<ChartError>> {
    r.map_err(|e| match e {
        DrawingErrorKind::DrawingError(e) => DrawingErrorKind::DrawingError(ChartError(e.to_string())),
        DrawingErrorKind::FontError(f) => DrawingErrorKind::FontError(f),
    })
}

type TextKey = (String, String, u64, String);

thread_local! {
    /// Text sizes measured on canvases: (family, style, size, text) to (width, height).
    static TEXT_SIZES: std::cell::RefCell<std::collections::HashMap<TextKey, (u32, u32)>> = Default::default();
}

pub enum AnyBackend<'a> {
    Canvas(CanvasBackend),
    Svg(SVGBackend<'a>),
}

macro_rules! both {
    ($self:expr, $b:ident => $e:expr) => {
        match $self {
            AnyBackend::Canvas($b) => conv($e),
            AnyBackend::Svg($b) => conv($e),
        }
    };
}

/// Declares drawing methods (generics in brackets) that hand the call to
/// whichever backend this is.
macro_rules! delegate {
    ($(fn $name:ident[$($generics:tt)*]($($arg:ident: $ty:ty),*);)*) => {
        $(
            fn $name<$($generics)*>(&mut self, $($arg: $ty),*) -> Result<(), DrawingErrorKind<ChartError>> {
                both!(self, b => b.$name($($arg),*))
            }
        )*
    };
}

impl DrawingBackend for AnyBackend<'_> {
    type ErrorType = ChartError;

    fn get_size(&self) -> (u32, u32) {
        match self {
            AnyBackend::Canvas(b) => b.get_size(),
            AnyBackend::Svg(b) => b.get_size(),
        }
    }
    delegate! {
        fn ensure_prepared[]();
        fn present[]();
        fn draw_pixel[](point: BackendCoord, color: BackendColor);
        fn draw_line[S: BackendStyle](from: BackendCoord, to: BackendCoord, style: &S);
        fn draw_rect[S: BackendStyle](upper_left: BackendCoord, bottom_right: BackendCoord, style: &S, fill: bool);
        fn draw_path[S: BackendStyle, I: IntoIterator<Item = BackendCoord>](path: I, style: &S);
        fn draw_circle[S: BackendStyle](center: BackendCoord, radius: u32, style: &S, fill: bool);
        fn fill_polygon[S: BackendStyle, I: IntoIterator<Item = BackendCoord>](vert: I, style: &S);
        fn draw_text[T: BackendTextStyle](text: &str, style: &T, pos: BackendCoord);
    }
    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<ChartError>> {
        match self {
            // Plotters measures text on the web with a span added to the page and its offsetHeight:
            // a forced layout of the whole page per label. Remembered, the same text is measured once.
            AnyBackend::Canvas(b) => {
                let key = (
                    style.family().as_str().to_string(),
                    style.style().as_str().to_string(),
                    style.size().to_bits(),
                    text.to_string(),
                );
                if let Some(size) = TEXT_SIZES.with(|m| m.borrow().get(&key).copied()) {
                    return Ok(size);
                }
                let size = conv(b.estimate_text_size(text, style))?;
                TEXT_SIZES.with(|m| {
                    let mut m = m.borrow_mut();
                    if m.len() >= 4096 {
                        m.clear();
                    }
                    m.insert(key, size);
                });
                Ok(size)
            }
            AnyBackend::Svg(b) => conv(b.estimate_text_size(text, style)),
        }
    }
    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        size: (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<ChartError>> {
        both!(self, b => b.blit_bitmap(pos, size, src))
    }
}

/// An SVG file `name` of `width` x `height` drawn by `draw` (the page's
/// chart functions, in the light theme for documents); the drawing's error
/// when it fails, never an empty file.
pub fn svg(
    name: &str,
    width: u32,
    height: u32,
    draw: impl FnOnce(&DrawingArea<AnyBackend, Shift>) -> crate::charts::DrawResult,
) -> Result<crate::sim::simulation::DataFile, String> {
    let mut out = String::new();
    {
        let root = AnyBackend::Svg(SVGBackend::with_string(&mut out, (width, height))).into_drawing_area();
        draw(&root).map_err(|e| format!("{name}: {e}"))?;
        root.present().map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(crate::sim::simulation::DataFile::new(name, "image/svg+xml", out))
}
