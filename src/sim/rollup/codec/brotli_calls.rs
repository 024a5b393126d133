//! The Brotli calls themselves, the one definition of how Chain Lab compresses
//! a batch. Compiled into the simulation core natively and, through a `#[path]`
//! include, into the browser's separately loaded codec module (`codec/`), so
//! the page and the CLI produce the same bytes. Only `std` and the `brotli`
//! crate (with `portable-float`: table-driven logarithms, the same on every
//! target).

use std::io::Read;

/// Brotli-compress at `quality` (0–11) with an `lgwin`-bit window.
pub fn compress(data: &[u8], quality: u32, lgwin: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    let params = brotli::enc::BrotliEncoderParams {
        quality: quality.min(11) as i32,
        lgwin: lgwin as i32,
        size_hint: data.len(),
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &data[..], &mut out, &params).expect("compressing into a Vec cannot fail");
    out
}

/// Brotli-decompress; an error if the bytes are not a valid stream.
pub fn decompress(data: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    brotli::Decompressor::new(data, 1 << 16).read_to_end(&mut out)?;
    Ok(out)
}
