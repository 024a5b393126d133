//! The external markets (market makers): constant-product books of a token against dollars.

/// A constant-product pool of `base` tokens against dollars.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Book {
    pub(super) base: f64,
    pub(super) usd: f64,
}

impl Book {
    pub(super) fn price(&self) -> f64 {
        self.usd / self.base
    }
    /// Sell `q` tokens; returns the dollars paid out.
    pub(super) fn sell(&mut self, q: f64) -> f64 {
        let out = self.usd * q / (self.base + q);
        self.base += q;
        self.usd -= out;
        out
    }
    /// Pay `d` dollars; returns the tokens bought.
    pub(super) fn buy_with(&mut self, d: f64) -> f64 {
        let out = self.base * d / (self.usd + d);
        self.usd += d;
        self.base -= out;
        out
    }
    /// Dollars that raise the price to `p`.
    pub(super) fn usd_to_price(&self, p: f64) -> f64 {
        ((self.usd * self.base * p).sqrt() - self.usd).max(0.0)
    }
}

impl Book {
    /// Dollars needed to buy exactly `q` tokens.
    pub(super) fn usd_to_buy(&self, q: f64) -> f64 {
        self.usd * q / (self.base - q)
    }
    pub(super) fn buy_exact(&mut self, q: f64, usd: f64) {
        self.base -= q;
        self.usd += usd;
    }
    pub(super) fn clone_sell(&self, q: f64) -> f64 {
        Book { ..*self }.sell(q)
    }
    pub(super) fn clone_buy(&self, d: f64) -> f64 {
        Book { ..*self }.buy_with(d)
    }
}
