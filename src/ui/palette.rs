//! Colours for canvases, read from the page's CSS custom properties so the
//! light and dark themes (which follow the system setting) apply to
//! pictures as well as to text.

use crate::sim::consensus::MAX_COLOURS;

#[derive(Clone, Debug, PartialEq)]
pub struct Palette {
    pub bg: String,
    pub fg: String,
    pub muted: String,
    pub grid: String,
    pub byzantine: String,
    /// The colours nodes can prefer (Okabe-Ito, safe for colour blindness).
    pub colours: [String; MAX_COLOURS],
    /// The same as `[r, g, b]`, for mixing.
    pub rgb: [[u8; 3]; MAX_COLOURS],
    pub bg_rgb: [u8; 3],
}

fn parse_hex(s: &str) -> Option<[u8; 3]> {
    let h = s.trim().strip_prefix('#')?;
    if h.len() != 6 {
        return None;
    }
    let v = u32::from_str_radix(h, 16).ok()?;
    Some([(v >> 16) as u8, (v >> 8) as u8, v as u8])
}

impl Palette {
    /// Reads the current theme's colours from `:root`.
    pub fn current() -> Palette {
        let get = |name: &str, fallback: &str| -> String {
            web_sys::window()
                .and_then(|w| {
                    let root = w.document()?.document_element()?;
                    let style = w.get_computed_style(&root).ok()??;
                    let v = style.get_property_value(name).ok()?;
                    let v = v.trim().to_string();
                    (!v.is_empty()).then_some(v)
                })
                .unwrap_or_else(|| fallback.to_string())
        };
        let colours = [get("--c0", "#d55e00"), get("--c1", "#0072b2"), get("--c2", "#009e73"), get("--c3", "#e69f00")];
        let rgb = [0, 1, 2, 3].map(|i| parse_hex(&colours[i]).unwrap_or([128, 128, 128]));
        let bg = get("--canvas-bg", "#ffffff");
        Palette {
            bg_rgb: parse_hex(&bg).unwrap_or([255, 255, 255]),
            bg,
            fg: get("--fg", "#1d2430"),
            muted: get("--muted", "#6b7280"),
            grid: get("--grid", "#e5e7eb"),
            byzantine: get("--byz", "#2b2b2b"),
            colours,
            rgb,
        }
    }

    /// Colour `c` faded toward the background: `strength` 0 is faint, 1 full.
    pub fn shade(&self, c: usize, strength: f64) -> String {
        let s = strength.clamp(0.0, 1.0);
        let mix = |a: u8, b: u8| (f64::from(b) + (f64::from(a) - f64::from(b)) * s).round() as u8;
        let [r, g, b] = self.rgb[c];
        let [br, bg, bb] = self.bg_rgb;
        format!("rgb({},{},{})", mix(r, br), mix(g, bg), mix(b, bb))
    }
}
