//! The batch poster's wire format, Brotli compression and L1 data gas.
//!
//! ## Batch format (version 1), all integers little-endian
//!
//! | offset | bytes | field |
//! | --- | --- | --- |
//! | 0 | 1 | version, `0x01` |
//! | 1 | 8 | batch sequence number (u64) |
//! | 9 | 8 | time of the batch's first transaction, seconds (u64) |
//! | 17 | 4 | transaction count `n` (u32) |
//! | 21 | 14·n | transactions: `from` (u8), `to` (u8), `nonce` (u32), `amount` in gwei (u64) |
//!
//! Real Arbitrum batches carry signed, RLP-encoded Ethereum transactions
//! (each with a 65-byte signature, which does not compress); this format
//! keeps only what the model executes, so its compression ratio is higher
//! than a real batch's. The poster compresses the bytes with Brotli
//! (Arbitrum Nitro's batch poster does the same; Nitro's default level is
//! 11 with a 22-bit window) and posts the compressed bytes as calldata
//! (at most 100,000 bytes) or in blobs (130,048 usable bytes each).
//! Sources: Chain Lab `reference/models.md` §2; EIP-2028 (16 gas per
//! non-zero calldata byte, 4 per zero byte); EIP-4844 (131,072 blob gas per
//! blob).

use super::state::Transfer;

/// The format version byte.
pub const FORMAT_VERSION: u8 = 1;
/// Header bytes before the transactions.
pub const HEADER_LEN: usize = 21;
/// Bytes per encoded transaction.
pub const TX_LEN: usize = 14;
/// Brotli window, log2 bytes (Nitro uses 22).
pub const LGWIN: u32 = 22;
/// Gas per zero calldata byte (EIP-2028).
pub const GAS_ZERO_BYTE: u64 = 4;
/// Gas per non-zero calldata byte (EIP-2028).
pub const GAS_NONZERO_BYTE: u64 = 16;
/// The base cost of any L1 transaction.
pub const TX_BASE_GAS: u64 = 21_000;
/// Blob gas per blob (EIP-4844: 2^17).
pub const BLOB_GAS: u64 = 131_072;
/// Bytes of data a blob carries usefully (4,096 field elements of 31.75
/// usable bytes, as Nitro packs them).
pub const BLOB_USABLE_BYTES: u64 = 130_048;
/// The bytes a blob is priced at when Nitro's poster compares blobs with
/// calldata: `usableBytesInBlob = len(kzg4844.Blob{}) * 31 / 32` = 126,976
/// (OffchainLabs/nitro `arbnode/batch_poster.go`), a little below what the
/// blob actually carries (`BLOB_USABLE_BYTES`).
pub const POSTER_PRICED_BLOB_BYTES: u64 = 131_072 * 31 / 32;

/// Append the header of a batch.
pub fn encode_header(out: &mut Vec<u8>, seq: u64, first_time: u64, count: u32) {
    out.push(FORMAT_VERSION);
    out.extend_from_slice(&seq.to_le_bytes());
    out.extend_from_slice(&first_time.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
}

/// Append one transaction.
pub fn encode_tx(out: &mut Vec<u8>, t: &Transfer) {
    out.push(t.from);
    out.push(t.to);
    out.extend_from_slice(&t.nonce.to_le_bytes());
    out.extend_from_slice(&t.amount.to_le_bytes());
}

/// A whole batch as bytes.
pub fn encode(seq: u64, first_time: u64, txs: &[Transfer]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + TX_LEN * txs.len());
    encode_header(&mut out, seq, first_time, txs.len() as u32);
    for t in txs {
        encode_tx(&mut out, t);
    }
    out
}

/// A decoded batch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodedBatch {
    pub seq: u64,
    pub first_time: u64,
    pub txs: Vec<Transfer>,
}

fn le<const N: usize>(b: &[u8], at: usize) -> [u8; N] {
    b[at..at + N].try_into().expect("length checked")
}

/// Parse a batch; `None` if the bytes are not a well-formed version-1 batch.
pub fn decode(bytes: &[u8]) -> Option<DecodedBatch> {
    if bytes.len() < HEADER_LEN || bytes[0] != FORMAT_VERSION {
        return None;
    }
    let seq = u64::from_le_bytes(le(bytes, 1));
    let first_time = u64::from_le_bytes(le(bytes, 9));
    let count = u32::from_le_bytes(le(bytes, 17)) as usize;
    if bytes.len() != HEADER_LEN + TX_LEN * count {
        return None;
    }
    let txs = bytes[HEADER_LEN..]
        .chunks_exact(TX_LEN)
        .map(|c| Transfer {
            from: c[0],
            to: c[1],
            nonce: u32::from_le_bytes(le(c, 2)),
            amount: u64::from_le_bytes(le(c, 6)),
        })
        .collect();
    Some(DecodedBatch { seq, first_time, txs })
}

/// Brotli-compress at `quality` (0–11) with a [`LGWIN`]-bit window
/// (through [`super::codec`]: the crate natively, the codec module in the
/// browser).
pub fn compress(data: &[u8], quality: u32) -> Vec<u8> {
    super::codec::compress(data, quality, LGWIN)
}

/// The most bytes [`compress`] gives for `n` bytes at quality 4:
/// `n + 6 + 4·⌊n / 2^14⌋`, Brotli's own worst case
/// (`BrotliEncoderMaxCompressedSize` in the reference encoder). It holds for
/// the streaming encoder `compress` uses (the `brotli` crate's
/// `BrotliCompress`, version 9): each meta-block it writes that comes out
/// longer than its input plus 4 bytes is rewritten as an uncompressed
/// meta-block (`WriteMetaBlockInternal`, `encode.rs`), at most 5 header
/// bytes (with the bits left from before) and 1 closing byte around the
/// input, so at most 6 bytes over its input; and at quality 4 (the
/// poster's [`super::ESTIMATE_QUALITY`], the only level it bounds) a
/// meta-block closes only at the end of the input or after an input block
/// of 2^16 bytes, so there are at most `⌊n / 2^16⌋ + 1` of them, and
/// `6·(⌊n / 2^16⌋ + 1) ≤ 6 + 4·⌊n / 2^14⌋`. Tested on incompressible and
/// real batch bytes of many lengths (`tests/rollup_lazy_codec.rs`).
pub fn brotli_bound(n: usize) -> u64 {
    let n = n as u64;
    n + 6 + 4 * (n >> 14)
}

/// Brotli-decompress; an error if the bytes are not a valid stream.
pub fn decompress(data: &[u8]) -> std::io::Result<Vec<u8>> {
    super::codec::decompress(data)
}

/// Zero and non-zero bytes.
pub fn count_zero_bytes(data: &[u8]) -> (u64, u64) {
    let zeros = data.iter().filter(|&&b| b == 0).count() as u64;
    (zeros, data.len() as u64 - zeros)
}

/// Calldata gas of these bytes (EIP-2028), without the 21,000 base.
pub fn calldata_gas(data: &[u8]) -> u64 {
    let (z, nz) = count_zero_bytes(data);
    z * GAS_ZERO_BYTE + nz * GAS_NONZERO_BYTE
}

/// Blobs needed for `len` bytes (at least one).
pub fn blobs_needed(len: u64) -> u64 {
    len.div_ceil(BLOB_USABLE_BYTES).max(1)
}
