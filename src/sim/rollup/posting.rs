//! The sequencer and the batch poster (moved from `rollup.rs`): L2
//! arrivals, filling a batch to its compressed cap, posting it to L1.

use super::*;

/// Whether a chunk fits, the batch's real compression if one was made, and
/// the chunk's estimate if it was measured.
type Fit = (bool, Option<Vec<u8>>, Option<u64>);

impl RollupSim {
    pub(super) fn arrivals(&mut self) -> Vec<Transfer> {
        self.arrival_carry += self.params.tps * L1_BLOCK_TIME as f64;
        let n = self.arrival_carry.floor();
        self.arrival_carry -= n;
        let accounts = self.params.accounts;
        (0..n as u64)
            .map(|_| {
                let from = self.rng.random_range(0..accounts);
                let mut to = self.rng.random_range(0..accounts - 1);
                if to >= from {
                    to += 1;
                }
                // 0.001 to 1 ETH in steps of 0.001 ETH, in gwei.
                let amount = self.rng.random_range(1..=1000u64) * 1_000_000;
                let nonce = self.nonces[from as usize];
                self.nonces[from as usize] += 1;
                Transfer { from: from as u8, to: to as u8, nonce, amount }
            })
            .collect()
    }

    pub(super) fn raw_with(&self, more: &[Transfer]) -> Vec<u8> {
        let mut raw = Vec::with_capacity(batch::HEADER_LEN + self.pending.body.len() + more.len() * batch::TX_LEN);
        batch::encode_header(
            &mut raw,
            self.batches.len() as u64,
            self.pending.first_time,
            (self.pending.txs.len() + more.len()) as u32,
        );
        raw.extend_from_slice(&self.pending.body);
        for t in more {
            batch::encode_tx(&mut raw, t);
        }
        raw
    }

    /// Whether the pending batch plus `more` (the chunk `more_raw`) stays
    /// within the cap once compressed at `compression_quality`, that
    /// compression if it was made, and `more`'s estimate if it was measured.
    /// The chunk-by-chunk estimate times the measured ratio predicts; once
    /// the prediction is within 4% of the cap, one real compression decides
    /// (and is kept for posting); a batch whose real size is already within
    /// 4% of the cap is posted as it is. So a full batch costs about one
    /// compression at `compression_quality`, and tracking its size one fast
    /// compression of each byte.
    ///
    /// The estimates are measured only here, and only when the prediction
    /// from their upper bounds ([`batch::brotli_bound`], the most bytes
    /// Brotli can give) does not already fit: the answer is the same (an
    /// estimate is never above its bound, and the ratio is positive), and
    /// Brotli is not needed for it.
    pub(super) fn fits_with(&mut self, more: &[Transfer], more_raw: &[u8]) -> Result<Fit, NeedsCodec> {
        let cap = self.pending_cap() as f64;
        let most = self.pending.estimate
            + self.pending.unestimated.iter().map(|r| batch::brotli_bound(r.len())).sum::<u64>()
            + batch::brotli_bound(more_raw.len())
            + batch::HEADER_LEN as u64;
        if most as f64 * self.quality_ratio < 0.96 * cap {
            return Ok((true, None, None));
        }
        for r in std::mem::take(&mut self.pending.unestimated) {
            self.pending.estimate += brotli(&self.pending.body[r], ESTIMATE_QUALITY)?.len() as u64;
        }
        let more_estimate = brotli(more_raw, ESTIMATE_QUALITY)?.len() as u64;
        let estimate = (self.pending.estimate + more_estimate + batch::HEADER_LEN as u64) as f64;
        if estimate * self.quality_ratio < 0.96 * cap {
            return Ok((true, None, Some(more_estimate)));
        }
        if self.pending.compressed.as_ref().is_some_and(|c| c.len() as f64 >= 0.96 * cap) {
            return Ok((false, None, Some(more_estimate)));
        }
        let real = brotli(&self.raw_with(more), self.params.compression_quality)?;
        self.quality_ratio = real.len() as f64 / estimate;
        if real.len() as f64 <= cap {
            Ok((true, Some(real), Some(more_estimate)))
        } else {
            Ok((false, None, Some(more_estimate)))
        }
    }

    /// The cap of the batch being filled (by the mode it started with).
    pub(super) fn pending_cap(&self) -> u64 {
        self.params.batch_cap_for(self.pending.mode.unwrap_or(self.params.data_mode))
    }

    /// Posts the pending batch (compressing it, unless a fit already did).
    pub(super) fn post(&mut self, reason: PostReason) -> Result<(), NeedsCodec> {
        let index = self.batches.len() as u32;
        let raw = batch::encode(u64::from(index), self.pending.first_time, &self.pending.txs);
        let mut data = match self.pending.compressed.take() {
            Some(c) => c,
            None => brotli(&raw, self.params.compression_quality)?,
        };
        let mode = self.pending.mode.unwrap_or_else(|| choose_mode(&self.params, self.market.fee_wei()));
        if data.len() as u64 > self.params.batch_cap_for(mode) {
            let fast = brotli(&raw, ESTIMATE_QUALITY)?;
            if fast.len() < data.len() {
                data = fast;
            }
        }
        let p = std::mem::take(&mut self.pending);
        let (zero_bytes, nonzero_bytes) = batch::count_zero_bytes(&data);
        let len = data.len() as u64;
        let (calldata_gas, blobs, l1_gas, floor_applied) = match mode {
            DataMode::Blobs => (0, batch::blobs_needed(len), batch::TX_BASE_GAS, false),
            _ => {
                let g = l1fee::calldata_tx_gas(zero_bytes, nonzero_bytes, 0, self.params.fork);
                (batch::calldata_gas(&data), 0, g.charged, g.floor_applied)
            }
        };
        let blob_gas = blobs * batch::BLOB_GAS;
        let blob_base_fee_gwei = self.market.fee_wei() as f64 / 1e9;
        self.blobs_this_block += blobs;
        let cost_gwei = l1_gas as f64 * self.params.gas_price_gwei + blob_gas as f64 * blob_base_fee_gwei;
        let n = p.txs.len() as u32;
        let post_root = state_root(&self.balances);
        let ratio = raw.len() as f64 / len as f64;
        self.batches.push(BatchRecord {
            index,
            posted_block: self.block,
            reason,
            tx_count: n,
            raw_bytes: raw.len() as u64,
            compressed_bytes: len,
            ratio,
            zero_bytes,
            nonzero_bytes,
            mode: if blobs > 0 { DataMode::Blobs } else { DataMode::Calldata },
            l1_gas,
            calldata_gas,
            floor_applied,
            blob_base_fee_gwei,
            blobs,
            blob_gas,
            cost_gwei,
            cost_per_tx_gwei: cost_gwei / f64::from(n.max(1)),
            l1_alone_cost_per_tx_gwei: batch::TX_BASE_GAS as f64 * self.params.gas_price_gwei,
            post_root,
            data,
            pre_balances: p.pre_balances,
        });
        self.event(
            EventKind::BatchPosted,
            format!(
                "batch {index} posted ({:?}): {} txs, {} B raw -> {} B Brotli ({ratio:.2}x), {} gas{}",
                reason,
                thousands(u64::from(n)),
                thousands(raw.len() as u64),
                thousands(len),
                thousands(l1_gas),
                if blobs > 0 { format!(" + {blobs} blob(s)") } else { String::new() }
            ),
            crate::msg!(
                if reason == PostReason::Full { "rollup-ev-batch-full" } else { "rollup-ev-batch-delay" },
                index = index.to_string(),
                txs = n,
                raw = raw.len(),
                compressed = len,
                ratio = crate::i18n::num(ratio, 2),
                gas = l1_gas,
                blobs = blobs
            ),
        );
        // The proposer asserts the state after this batch.
        let mut mint = None;
        if self.proposer_replaced {
            self.proposer_balances = self.balances.clone();
        } else {
            let cheat_here = matches!(self.params.fault, Fault::WrongRoot { batch, .. } if batch == index);
            let j = if cheat_here { self.rng.random_range(0..n) as usize } else { usize::MAX };
            for (i, t) in p.txs.iter().enumerate() {
                apply_transfer(&mut self.proposer_balances, t);
                if i == j {
                    if let Fault::WrongRoot { mint: amount, .. } = self.params.fault {
                        let b = &mut self.proposer_balances[PROPOSER_ACCOUNT];
                        *b = b.saturating_add(amount);
                        mint = Some((j as u64 * Op::PER_TRANSFER + Op::PER_TRANSFER - 1, amount));
                    }
                }
            }
        }
        let root = state_root(&self.proposer_balances);
        let by = if self.proposer_replaced { Asserter::Validator(self.replacement()) } else { Asserter::Proposer };
        self.assert(index, root, by, mint);
        Ok(())
    }
}
