# Chain Lab: the optimistic-rollup page (#/rollup). English is the source
# catalog (docs/translating.md); `{ $x }` is an argument the code passes.

## The page's head, status line and faults
rollup-title = ‮Odʇıɯısʇıɔ‬ ‮ɹoʅʅnd‬
rollup-subtitle = ∀‮ɹqıʇɹnɯ‬-‮sʇʎʅǝ‬: ‮qɐʇɔɥǝs‬ ‮ou‬ ‮Ǝʇɥǝɹǝnɯ‬, ‮ɐ‬ ‮ɔɥɐʅʅǝuƃǝ‬ ‮ʍıupoʍ‬, ‮ɐ‬ ‮ɟɹɐnp‬ ‮dɹooɟ‬ ‮poʍu‬ ‮ʇo‬ ‮ouǝ‬ ‮sʇǝd‬
rollup-squeeze = ⊥‮ıɯǝ‬ ‮ɔoɯdɹǝssıou‬: ‮ʍɥıʅǝ‬ ‮ouʅʎ‬ ‮ʇɥǝ‬ ‮ɔɥɐʅʅǝuƃǝ‬ ‮ɔʅoɔʞs‬ ‮ɯoʌǝ‬, ‮dʅɐʎ‬ ‮ɐʇ‬ ‮ʅǝɐsʇ‬ 1 ‮pɐʎ‬/‮s‬ (‮ʇɥǝ‬ { $blocks }-‮qʅoɔʞ‬ ‮ʍıupoʍ‬ ‮ıs‬ { $span })
rollup-status-line = ⅂1 ‮qʅoɔʞ‬ { $block } · { $time } ‮sıuɔǝ‬ ‮ʇɥǝ‬ ‮sʇɐɹʇ‬ · { $txs } ⅂2 ‮ʇxs‬ · { $batches ->
        [one] { $batches } ‮qɐʇɔɥ‬
       *[other] { $batches } ‮qɐʇɔɥǝs‬
    }
rollup-status-wrong-final = ∀ ‮MᴚON‬⅁ ‮sʇɐʇǝ‬ ‮ɹooʇ‬ ‮ıs‬ ‮ɟıuɐʅ‬: ‮uo‬ ‮ɥouǝsʇ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ɔɥɐʅʅǝuƃǝp‬ ‮ıʇ‬ ‮ʍıʇɥıu‬ ‮ıʇs‬ ‮ʍıupoʍ‬.
rollup-status-challenged = ∀‮ssǝɹʇıou‬ { $assertion } ‮ıs‬ ‮qǝıuƃ‬ ‮ɔɥɐʅʅǝuƃǝp‬ ‮qʎ‬ ‮ʌɐʅıpɐʇoɹ‬ { $validator }.
rollup-status-done = ‮Ǝʌǝɹʎ‬ ‮ɐssǝɹʇıou‬ ‮ıs‬ ‮ɟıuɐʅ‬ ‮oɹ‬ ‮ɹoʅʅǝp‬ ‮qɐɔʞ‬.
rollup-status-counts = { $finals } ‮ɐssǝɹʇıous‬ ‮ɟıuɐʅ‬, { $pending } ‮dǝupıuƃ‬.
rollup-compressing-status = ‮Ↄoɯdɹǝssıuƃ‬… ‮qʅoɔʞ‬ { $block } ‮uǝǝps‬ ‮ɐ‬ ‮qɐʇɔɥ‬'‮s‬ ‮ɹǝɐʅ‬ ‮Ԑɹoʇʅı‬ ‮sızǝ‬, ‮ɐup‬ ‮ʇɥǝ‬ ‮Ԑɹoʇʅı‬ ‮ɯopnʅǝ‬ ‮ıs‬ ‮sʇıʅʅ‬ ‮ʅoɐpıuƃ‬: ‮ʇɥǝ‬ ‮ɹnu‬ ‮ƃoǝs‬ ‮ou‬ ‮qʎ‬ ‮ıʇsǝʅɟ‬ ‮ʍɥǝu‬ ‮ıʇ‬ ‮ıs‬ ‮ɥǝɹǝ‬.
rollup-pipeline-label = ⊥‮ɥǝ‬ ‮ɹoʅʅnd‬ ‮dıdǝʅıuǝ‬: ⅂2 ‮nsǝɹs‬, ‮sǝbnǝuɔǝɹ‬, ‮qɐʇɔɥ‬, ‮Ԑɹoʇʅı‬, ⅂1, ‮ɔɥɐʅʅǝuƃǝ‬ ‮ʍıupoʍ‬, ‮ɟıuɐʅ‬
rollup-faults-label = ‮Ⅎɐnʅʇs‬
rollup-proposer = ‮Ԁɹodosǝɹ‬:
rollup-fault-wrong = ‮dosʇs‬ ‮ɐ‬ ‮ʍɹouƃ‬ ‮ɹooʇ‬ ‮ɟoɹ‬ ‮qɐʇɔɥ‬ { $batch } (‮ɯıuʇs‬ { $eth } ‮Ǝ‬⊥‮H‬ ‮ʇo‬ ‮ıʇsǝʅɟ‬).
rollup-fault-honest = ‮ɥouǝsʇ‬.
rollup-honest-proposer = ‮Houǝsʇ‬ ‮dɹodosǝɹ‬
rollup-inject-title = ⊥‮ɥǝ‬ ‮dɹodosǝɹ‬'‮s‬ ‮uǝxʇ‬ ‮ɐssǝɹʇıou‬ ‮ɔʅɐıɯs‬ ‮ɐ‬ ‮sʇɐʇǝ‬ ‮ıu‬ ‮ʍɥıɔɥ‬ ‮ıʇ‬ ‮ɔɹǝpıʇǝp‬ ‮ıʇsǝʅɟ‬ 1,000 ‮Ǝ‬⊥‮H‬
rollup-inject = ‮Iuɾǝɔʇ‬ ‮ɐ‬ ‮ʍɹouƃ‬ ‮ɹooʇ‬ (‮qɐʇɔɥ‬ { $batch })
rollup-honest-validators = ‮Houǝsʇ‬ ‮ʌɐʅıpɐʇoɹs‬:
rollup-validator-n = ‮Ʌɐʅıpɐʇoɹ‬ { $i }
rollup-mode-online = ‮ouʅıuǝ‬
rollup-mode-offline = ‮oɟɟʅıuǝ‬
rollup-mode-late = ‮ʅɐʇǝ‬
rollup-mode-remove = ‮ɹǝɯoʌǝ‬
rollup-from-block = ‮ɟɹoɯ‬ ‮qʅoɔʞ‬
rollup-no-validator = ‮No‬ ‮ɥouǝsʇ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ʍıʅʅ‬ ‮qǝ‬ ‮ouʅıuǝ‬: ‮uoʇɥıuƃ‬ ‮sʇods‬ ‮ɐ‬ ‮ʍɹouƃ‬ ‮ɹooʇ‬.

## The fraud proof
rollup-fraud-proof = ‮Ⅎɹɐnp‬ ‮dɹooɟ‬
rollup-no-challenge = ‮No‬ ‮ɔɥɐʅʅǝuƃǝ‬ ‮ʎǝʇ‬. ‮Iuɾǝɔʇ‬ ‮ɐ‬ ‮ʍɹouƃ‬ ‮ɹooʇ‬ ‮ɐqoʌǝ‬: ‮ɐu‬ ‮ouʅıuǝ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ɹǝ‬-‮ǝxǝɔnʇǝs‬ ‮ʇɥǝ‬ ‮qɐʇɔɥ‬, ‮ɔɥɐʅʅǝuƃǝs‬, ‮ɐup‬ ‮ʇɥǝ‬ ‮qısǝɔʇıou‬ ‮ƃɐɯǝ‬ ‮ɐddǝɐɹs‬ ‮ɥǝɹǝ‬.
rollup-dissection-label = ‮ᗡıssǝɔʇıou‬
rollup-bold-bisection = ‮Ԑo‬⅂‮ᗡ‬ ‮qısǝɔʇıou‬
rollup-classic-40 = 40-‮ʍɐʎ‬ (‮ɔʅɐssıɔ‬ ‮Nıʇɹo‬)
rollup-classic-nitro = ‮ɔʅɐssıɔ‬ ‮Nıʇɹo‬
rollup-dispute-title = ‮Ⅎɹɐnp‬ ‮dɹooɟ‬ ({ $protocol }): ‮ɐssǝɹʇıou‬ { $assertion } (‮qɐʇɔɥ‬ { $batch })
rollup-dispute-intro = ‮Ʌɐʅıpɐʇoɹ‬ { $validator } ‮ɹǝ‬-‮ǝxǝɔnʇǝp‬ ‮qɐʇɔɥ‬ { $batch } ‮ɟɹoɯ‬ ‮ıʇs‬ ⅂1 ‮pɐʇɐ‬ ‮ɐup‬ ‮ƃoʇ‬ ‮ɐ‬ ‮pıɟɟǝɹǝuʇ‬ ‮sʇɐʇǝ‬ ‮ɹooʇ‬, ‮so‬ ‮ɐʇ‬ ‮qʅoɔʞ‬ { $block } ‮ıʇ‬ ‮ɔɥɐʅʅǝuƃǝp‬. ‮Ԑoʇɥ‬ ‮sıpǝs‬ ‮ɐƃɹǝǝ‬ ‮ou‬ ‮ʇɥǝ‬ ‮sʇɐʇǝ‬ ‮qǝɟoɹǝ‬ ‮ʇɥǝ‬ ‮qɐʇɔɥ‬ ‮ɐup‬ ‮pısɐƃɹǝǝ‬ ‮ɐɟʇǝɹ‬ ‮ıʇs‬ { $steps } ‮ɅW‬ ‮sʇǝds‬ (‮sǝʌǝu‬ ‮dǝɹ‬ ‮ʇɹɐusɟǝɹ‬: ‮ʅoɐp‬ ‮qoʇɥ‬ ‮qɐʅɐuɔǝs‬, ‮ɔɥǝɔʞ‬, ‮snqʇɹɐɔʇ‬, ‮ɐpp‬, ‮sʇoɹǝ‬ ‮qoʇɥ‬). ‮Ǝɐɔɥ‬ ‮ɹonup‬ ‮ʇɥǝ‬ ‮pǝɟǝupǝɹ‬ ‮dosʇs‬ { $posts } ‮ıusıpǝ‬ ‮ʇɥǝ‬ ‮pısdnʇǝp‬ ‮ɹɐuƃǝ‬, ‮ʇɥǝ‬ ‮ɔɥɐʅʅǝuƃǝɹ‬ ‮uɐɯǝs‬ ‮ʇɥǝ‬ ‮ɟıɹsʇ‬ ‮dɐɹʇ‬ ‮ʍɥosǝ‬ ‮ǝup‬ ‮ıʇ‬ ‮pısdnʇǝs‬, ‮ɐup‬ ‮ʇɥǝ‬ ‮ɹɐuƃǝ‬ ‮sɥɹıuʞs‬.
rollup-dispute-posts-bold = 1 ‮ɥɐsɥ‬, ‮ɐʇ‬ ‮ʇɥǝ‬ ‮doʍǝɹ‬-‮oɟ‬-‮ʇʍo‬ ‮doıuʇ‬ ‮Ԑo‬⅂‮ᗡ‬ ‮ɹǝbnıɹǝs‬,
rollup-dispute-posts-classic = ‮nd‬ ‮ʇo‬ { $hashes } ‮ɥɐsɥǝs‬
rollup-dispute-protocol = ‮ᗡısdnʇǝ‬ ‮dɹoʇoɔoʅ‬
rollup-bold-rounds = ‮Ԑo‬⅂‮ᗡ‬ ‮qısǝɔʇıou‬: { $n } ‮ɹonups‬
rollup-classic-rounds = 40-‮ʍɐʎ‬ (‮ɔʅɐssıɔ‬ ‮Nıʇɹo‬): { $n } ‮ɹonups‬
rollup-rounds-legend = ‮Iu‬ ‮ǝɐɔɥ‬ ‮ɹonup‬: ‮ʇɥǝ‬ ‮qʅnǝ‬ ‮qɐɹ‬ ‮ıs‬ ‮ʇɥǝ‬ ‮pısdnʇǝp‬ ‮ɹɐuƃǝ‬ ‮ʍıʇɥıu‬ ‮ʇɥǝ‬ ‮ʍɥoʅǝ‬ ‮ʇɹɐɔǝ‬ (‮nupǝɹ‬ ‮Ԑo‬⅂‮ᗡ‬, ‮dɐppǝp‬ ‮ʇo‬ ‮ɐ‬ ‮doʍǝɹ‬ ‮oɟ‬ ‮ʇʍo‬); ‮ʇɥǝ‬ ‮sʇɹıd‬ ‮qǝʅoʍ‬ ‮ıs‬ ‮ʇɥɐʇ‬ ‮ɹɐuƃǝ‬, ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮dosʇǝp‬ ‮doıuʇs‬ (‮ƃɹǝǝu‬: ‮qoʇɥ‬ ‮ɐƃɹǝǝ‬, ‮ɹǝp‬: ‮ʇɥǝʎ‬ ‮pıɟɟǝɹ‬) ‮ɐup‬, ‮ıu‬ ‮oɹɐuƃǝ‬, ‮ʇɥǝ‬ ‮dɐɹʇ‬ ‮ɔɥosǝu‬ ‮ɟoɹ‬ ‮ʇɥǝ‬ ‮uǝxʇ‬ ‮ɹonup‬.
rollup-dispute-next = ‮ᴚonup‬ { $k } ‮oɟ‬ { $n }: ‮ıʇs‬ ‮ɯoʌǝs‬ ‮ʅɐup‬ ‮ɐʇ‬ ‮qʅoɔʞ‬ { $at } (‮uoʍ‬ { $now }).
rollup-dispute-one-wide = ⊥‮ɥǝ‬ ‮ɹɐuƃǝ‬ ‮ıs‬ ‮ouǝ‬ ‮sʇǝd‬ ‮ʍıpǝ‬: ⅂1 ‮ǝxǝɔnʇǝs‬ ‮sʇǝd‬ { $step } ‮ɐʇ‬ ‮qʅoɔʞ‬ { $block }.
rollup-track-whole = ‮ʇɥǝ‬ ‮ʍɥoʅǝ‬ (‮dɐppǝp‬) ‮ɥısʇoɹʎ‬: ‮sʇǝds‬ 0 ‮ʇo‬ { $n }
rollup-track-round = ‮ʇɥıs‬ ‮ɹonup‬'‮s‬ ‮ɹɐuƃǝ‬, ‮sʇǝds‬ { $lo } ‮ʇo‬ { $hi }
rollup-round = ‮ᴚonup‬ { $i }
rollup-round-head = · ‮qʅoɔʞ‬ { $block } · ‮ɹɐuƃǝ‬ [{ $lo }, { $hi }] ({ $len } ‮sʇǝds‬) → [{ $next_lo }, { $next_hi }]
rollup-round-padded = · ‮dɐsʇ‬ ‮sʇǝd‬ { $steps } ‮ʇɥǝ‬ ‮dɐppǝp‬ ‮ɥısʇoɹʎ‬ ‮ɹǝdǝɐʇs‬ ‮ʇɥǝ‬ ‮ʅɐsʇ‬ ‮sʇɐʇǝ‬
rollup-pt-after = ‮ɐɟʇǝɹ‬ ‮sʇǝd‬
rollup-pt-challenger = ‮ɔɥɐʅʅǝuƃǝɹ‬ (‮ɥouǝsʇ‬)
rollup-pt-defender = ‮pǝɟǝupǝɹ‬'‮s‬ ‮ɔʅɐıɯ‬
rollup-pt-more = … { $n } ‮ɯoɹǝ‬ ‮doıuʇs‬ …
rollup-pt-agree = ‮ɐƃɹǝǝ‬
rollup-pt-differ = ‮pıɟɟǝɹ‬
rollup-osp-title = ‮Ouǝ‬-‮sʇǝd‬ ‮dɹooɟ‬: ⅂1 ‮ǝxǝɔnʇǝs‬ ‮sʇǝd‬ { $step } ‮ouʅʎ‬
rollup-osp-instruction = ‮ıusʇɹnɔʇıou‬
rollup-osp-transfer = (‮ʇɹɐusɟǝɹ‬ { $transfer } ‮oɟ‬ ‮ʇɥǝ‬ ‮qɐʇɔɥ‬)
rollup-osp-before = ‮ɐƃɹǝǝp‬ ‮sʇɐʇǝ‬ ‮qǝɟoɹǝ‬
rollup-osp-matches = ✓ ‮ɯɐʇɔɥǝs‬ ‮ʇɥǝ‬ ‮ɐƃɹǝǝp‬ ‮ɥɐsɥ‬
rollup-osp-no-match = ✗ ‮poǝs‬ ‮uoʇ‬ ‮ɯɐʇɔɥ‬
rollup-osp-result = ⅂1'‮s‬ ‮ɹǝsnʅʇ‬
rollup-osp-challenger = ‮ɔɥɐʅʅǝuƃǝɹ‬ ‮ɔʅɐıɯǝp‬
rollup-osp-defender = ‮pǝɟǝupǝɹ‬ ‮ɔʅɐıɯǝp‬
rollup-verdict-challenger = ⊥‮ɥǝ‬ ‮pǝɟǝupǝɹ‬'‮s‬ ‮ɔʅɐıɯ‬ ‮ıs‬ ‮ʍɹouƃ‬. ‮Iʇs‬ ‮qoup‬ ‮oɟ‬ { $eth } ‮Ǝ‬⊥‮H‬ ‮ıs‬ ‮sʅɐsɥǝp‬ ‮ʇo‬ ‮ʌɐʅıpɐʇoɹ‬ { $validator }. ‮ᴚoʅʅǝp‬ ‮qɐɔʞ‬: { $rolled }; ‮ʇɥǝ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ɹǝ‬-‮ɐssǝɹʇs‬ ‮ʇɥǝ‬ ‮ʇɹnǝ‬ ‮ɹooʇs‬ ‮ɟɹoɯ‬ ‮qɐʇɔɥ‬ { $batch } ‮ou‬, ‮ǝɐɔɥ‬ ‮ʍıʇɥ‬ ‮ɐ‬ ‮ɟɹǝsɥ‬ ‮ɔɥɐʅʅǝuƃǝ‬ ‮ʍıupoʍ‬.
rollup-verdict-rolled = { $n ->
        [one] ‮ɐssǝɹʇıou‬ { $ids }
       *[other] ‮ɐssǝɹʇıous‬ { $ids }
    }
rollup-verdict-proposer = ⊥‮ɥǝ‬ ‮pǝɟǝupǝɹ‬ ‮ʍɐs‬ ‮ɹıƃɥʇ‬: ‮ʇɥǝ‬ ‮ɔɥɐʅʅǝuƃǝɹ‬'‮s‬ ‮qoup‬ ‮ıs‬ ‮sʅɐsɥǝp‬ ‮ɐup‬ ‮ʇɥǝ‬ ‮ɐssǝɹʇıou‬ ‮sʇɐups‬.
rollup-rounds-why = ‮Ԑo‬⅂‮ᗡ‬ ‮dɐps‬ ‮ʇɥǝ‬ { $n }-‮sʇǝd‬ ‮ɥısʇoɹʎ‬ ‮ʇo‬ 2^{ $h } = { $padded } ‮ʅǝɐʌǝs‬ ‮ɐup‬ ‮sdʅıʇs‬ ‮ɐʇ‬ ‮ɯɐupɐʇoɹʎԐısǝɔʇıouHǝıƃɥʇ‬, ‮so‬ ‮ǝʌǝɹʎ‬ ‮ƃɐɯǝ‬ ‮ʇɐʞǝs‬ ‮ǝxɐɔʇʅʎ‬ { $h } ‮ɹonups‬. ‮Ↄʅɐssıɔ‬ ‮Nıʇɹo‬ ‮ɔnʇs‬ ‮ɐ‬ ‮ɹɐuƃǝ‬ ‮ıuʇo‬ 40 ‮dɐɹʇs‬ ‮oɟ‬ ‮ɟʅooɹ‬(‮ʅǝu‬/40) ‮sʇǝds‬, ‮ʇɥǝ‬ ‮ʅɐsʇ‬ ‮ʇɐʞıuƃ‬ ‮ʇɥǝ‬ ‮ɹǝɯɐıupǝɹ‬, ‮ɐup‬ ‮sʇods‬ ‮ʍɥǝu‬ ‮ʇɥǝ‬ ‮ɹɐuƃǝ‬ ‮ıs‬ ‮ouǝ‬ ‮sʇǝd‬: ‮ɥǝɹǝ‬ { $classic }.

## The BoLD panel
rollup-bold-title = ‮Ԑo‬⅂‮ᗡ‬: ‮ʇɥǝ‬ ‮ɥouǝsʇ‬ ‮sıpǝ‬ ‮ɐƃɐıusʇ‬ ‮ɐuʎ‬ ‮unɯqǝɹ‬ ‮oɟ‬ ‮ɐʇʇɐɔʞǝɹs‬
rollup-bold-attackers = ∀‮ʇʇɐɔʞǝɹs‬
rollup-bold-heights = ‮Hǝıƃɥʇs‬
rollup-bold-reduced = ‮ɹǝpnɔǝp‬: 2^4, 2^3, 2^3
rollup-bold-arb1 = ∀‮ɹqıʇɹnɯ‬ ‮Ouǝ‬: 2^26, 2^19, 2^23
rollup-bold-pause = ‮Ԁɐnsǝ‬
rollup-bold-play = ‮Ԁʅɐʎ‬ ‮ʇɥǝ‬ ‮ƃɐɯǝ‬
rollup-bold-step = ‮Sʇǝd‬
rollup-bold-edges-label = ‮Ԑo‬⅂‮ᗡ‬ ‮ǝpƃǝs‬ ‮dǝɹ‬ ‮ʅǝʌǝʅ‬: ‮ɥouǝsʇ‬ ‮ıu‬ ‮ƃɹǝǝu‬, ‮ɐʇʇɐɔʞǝɹs‬' ‮ıu‬ ‮oɹɐuƃǝ‬-‮ɹǝp‬; ‮poʇs‬ ‮ɐɹǝ‬ ‮ouǝ‬-‮sʇǝd‬ ‮dɹooɟs‬
rollup-bold-legend-honest = ‮ɥouǝsʇ‬ ‮ǝpƃǝs‬ (‮poʇs‬: ‮ouǝ‬-‮sʇǝd‬ ‮dɹooɟs‬)
rollup-bold-legend-attackers = ‮ɐʇʇɐɔʞǝɹs‬' ‮ǝpƃǝs‬ · ‮ǝɐɔɥ‬ ‮ʅǝʌǝʅ‬'‮s‬ ‮ǝpƃǝs‬ ‮qʎ‬ ‮ʅǝuƃʇɥ‬, ‮ʇɥǝ‬ ‮ʅouƃǝsʇ‬ ‮ou‬ ‮ʇod‬
rollup-bold-level = { $name } 2^{ $log2 }
rollup-level-block = ‮qʅoɔʞ‬
rollup-level-big-step = ‮qıƃ‬ ‮sʇǝd‬
rollup-level-small-step = ‮sɯɐʅʅ‬ ‮sʇǝd‬
rollup-heights-sep = {", "}
rollup-heights-block = 2^{ $log2 } ‮qʅoɔʞs‬
rollup-heights-big-step = 2^{ $log2 } ‮qıƃ‬ ‮sʇǝds‬
rollup-heights-small-step = 2^{ $log2 } ‮sɯɐʅʅ‬ ‮sʇǝds‬
rollup-move = ‮Woʌǝ‬ { $k } ‮oɟ‬ { $n } (‮qʅoɔʞ‬ { $block }): { $who } { $what } ‮ou‬ ‮ʇɥǝ‬ { $level } ‮ʅǝʌǝʅ‬, ‮ɥǝıƃɥʇs‬ { $start } ‮ʇo‬ { $end }.
rollup-move-at = ‮Woʌǝ‬ { $k } ‮oɟ‬ { $n } (‮qʅoɔʞ‬ { $block }): { $who } { $what } ‮ou‬ ‮ʇɥǝ‬ { $level } ‮ʅǝʌǝʅ‬, ‮ɥǝıƃɥʇs‬ { $start } ‮ʇo‬ { $end } ‮ɐʇ‬ { $mid }.
rollup-move-honest = ‮ʇɥǝ‬ ‮ɥouǝsʇ‬ ‮sıpǝ‬
rollup-move-attacker = ‮ɐʇʇɐɔʞǝɹ‬ { $i }
rollup-move-open = ‮odǝus‬ ‮ɐu‬ ‮ǝpƃǝ‬
rollup-move-bisect = ‮qısǝɔʇs‬
rollup-move-refine = ‮odǝus‬ ‮ɐ‬ ‮snq‬-‮ɔɥɐʅʅǝuƃǝ‬
rollup-move-osp = ‮ʍıus‬ ‮ɐ‬ ‮ouǝ‬-‮sʇǝd‬ ‮dɹooɟ‬
rollup-moves-press-play = { $n } ‮ɯoʌǝs‬; ‮dɹǝss‬ ‮Ԁʅɐʎ‬.
rollup-bold-none = ‮No‬ ‮ɐʇʇɐɔʞǝɹ‬: ‮uoqopʎ‬ ‮ɹıʌɐʅs‬ ‮ʇɥǝ‬ ‮ɥouǝsʇ‬ ‮ɐssǝɹʇıou‬, ‮so‬ ‮ıʇ‬ ‮ıs‬ ‮ɔouɟıɹɯǝp‬ ‮ɐɟʇǝɹ‬ ‮ʇɥǝ‬ ‮ɔouɟıɹɯ‬ ‮dǝɹıop‬, ‮ɐʇ‬ ‮qʅoɔʞ‬ { $block } ({ $days } ‮pɐʎs‬).
rollup-bold-attackers-post = { $n ->
        [one] { $n } ‮ɐʇʇɐɔʞǝɹ‬ ‮dosʇs‬
       *[other] { $n } ‮ɐʇʇɐɔʞǝɹs‬ ‮dosʇ‬
    }
rollup-bold-proofs = { $n ->
        [one] { $n } ‮ouǝ‬-‮sʇǝd‬ ‮dɹooɟ‬
       *[other] { $n } ‮ouǝ‬-‮sʇǝd‬ ‮dɹooɟs‬
    }
rollup-bold-summary = { $attackers } ‮ɹıʌɐʅ‬ ‮ɐssǝɹʇıous‬ ‮ɐʇ‬ ‮qʅoɔʞ‬ 1 ({ $stake } ‮Ǝ‬⊥‮H‬ ‮ǝɐɔɥ‬) ‮ɐup‬ ‮ǝpƃǝs‬ ‮oʌǝɹ‬ { $heights }. ∀‮ɟʇǝɹ‬ { $moves } ‮ɯoʌǝs‬ ({ $edges } ‮ǝpƃǝs‬, { $honest_edges } ‮qʎ‬ ‮ʇɥǝ‬ ‮ɥouǝsʇ‬ ‮sıpǝ‬) ‮ɐup‬ { $proofs }, ‮ʇɥǝ‬ ‮ɥouǝsʇ‬ ‮ǝpƃǝ‬'‮s‬ ‮ɔnɯnʅɐʇıʌǝ‬ ‮ʇıɯǝɹ‬ ‮ɹǝɐɔɥǝs‬ ‮ʇɥǝ‬ { $period }-‮qʅoɔʞ‬ ‮ɔɥɐʅʅǝuƃǝ‬ ‮dǝɹıop‬ ‮ɐʇ‬ ‮qʅoɔʞ‬ { $edge_block }; ‮ɐɟʇǝɹ‬ ‮ʇɥǝ‬ { $grace }-‮qʅoɔʞ‬ ‮ƃɹɐɔǝ‬ ‮dǝɹıop‬ ‮ʇɥǝ‬ ‮ɥouǝsʇ‬ ‮ɐssǝɹʇıou‬ ‮ıs‬ ‮ɔouɟıɹɯǝp‬ ‮ɐʇ‬ ‮qʅoɔʞ‬ { $block } ({ $days } ‮pɐʎs‬; ‮ʇɥıs‬ ‮ɹnu‬'‮s‬ ‮qonup‬, ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮ɥouǝsʇ‬ ‮ɐssǝɹʇıou‬ ‮ɟıɹsʇ‬ ‮ɐup‬ ‮ǝʌǝɹʎ‬ ‮ɯoʌǝ‬ ‮ɯɐpǝ‬ ‮ɐʇ‬ ‮ouɔǝ‬: { $bound }). ‮Sʇɐʞǝs‬: ‮ɥouǝsʇ‬ { $honest_stake } ‮Ǝ‬⊥‮H‬ (‮ɹǝʇnɹuǝp‬), ‮ɐʇʇɐɔʞǝɹs‬ { $malicious_stake } ‮Ǝ‬⊥‮H‬ (‮ʅosʇ‬).
rollup-delay-title = ⊥‮ıɯǝ‬ ‮ʇo‬ ‮ɔouɟıɹɯ‬ ‮ʇɥǝ‬ ‮ɥouǝsʇ‬ ‮ɐssǝɹʇıou‬, ‮qʎ‬ ‮unɯqǝɹ‬ ‮oɟ‬ ‮ɐʇʇɐɔʞǝɹs‬
rollup-delay-label = ‮ᗡɐʎs‬ ‮nuʇıʅ‬ ‮ʇɥǝ‬ ‮ɥouǝsʇ‬ ‮ɐssǝɹʇıou‬ ‮ıs‬ ‮ɔouɟıɹɯǝp‬ ‮ɐƃɐıusʇ‬ ‮ʇɥǝ‬ ‮unɯqǝɹ‬ ‮oɟ‬ ‮ɐʇʇɐɔʞǝɹs‬: ‮ɔʅɐssıɔ‬ ‮Nıʇɹo‬ ‮ƃɹoʍs‬, ‮Ԑo‬⅂‮ᗡ‬ ‮sʇɐʎs‬ ‮ɟʅɐʇ‬
rollup-delay-days = { $d } ‮p‬
rollup-delay-attackers = ‮ɐʇʇɐɔʞǝɹs‬
rollup-delay-with = { $n ->
        [one] ‮Mıʇɥ‬ { $n } ‮ɐʇʇɐɔʞǝɹ‬
       *[other] ‮Mıʇɥ‬ { $n } ‮ɐʇʇɐɔʞǝɹs‬
    }
rollup-delay-summary = { $with }: ‮ɔʅɐssıɔ‬ ‮Nıʇɹo‬ ‮ɔouɟıɹɯs‬ ‮ʇɥǝ‬ ‮ɥouǝsʇ‬ ‮ɐssǝɹʇıou‬ ‮ɐɟʇǝɹ‬ { $classic_days } ‮pɐʎs‬ (‮qʅoɔʞ‬ { $classic_block }), ‮ouǝ‬ ‮ɔɥɐʅʅǝuƃǝ‬ ‮ɐɟʇǝɹ‬ ‮ɐuoʇɥǝɹ‬; ‮Ԑo‬⅂‮ᗡ‬ ‮ɐɟʇǝɹ‬ { $bold_days } ‮pɐʎs‬ (‮qʅoɔʞ‬ { $bold_block }), ‮ɥoʍǝʌǝɹ‬ ‮ɯɐuʎ‬ ‮ɐʇʇɐɔʞǝɹs‬ ‮ɾoıu‬.
rollup-delay-note = ‮Ↄʅɐssıɔ‬ ‮Nıʇɹo‬: ‮ǝɐɔɥ‬ ‮ɐʇʇɐɔʞǝɹ‬'‮s‬ ‮ɔɥɐʅʅǝuƃǝ‬ ‮ƃǝʇs‬ ‮ɐ‬ ‮ɔɥǝss‬ ‮ɔʅoɔʞ‬ ‮oɟ‬ ‮ʇɥǝ‬ { $confirm }-‮qʅoɔʞ‬ ‮ɔouɟıɹɯ‬ ‮dǝɹıop‬ ‮dʅns‬ 200 ‮qʅoɔʞs‬, ‮ɐup‬ ‮ɐu‬ ‮ɥouǝsʇ‬ ‮sʇɐʞǝɹ‬ ‮ɔɐu‬ ‮qǝ‬ ‮ıu‬ ‮ouǝ‬ ‮ɔɥɐʅʅǝuƃǝ‬ ‮ɐʇ‬ ‮ɐ‬ ‮ʇıɯǝ‬, ‮so‬ ‮ǝɐɔɥ‬ ‮ɟnɹʇɥǝɹ‬ ‮ɐʇʇɐɔʞǝɹ‬ ‮ɐpps‬ ‮ɐqonʇ‬ { $clock } ‮pɐʎs‬. ‮Ԑo‬⅂‮ᗡ‬: ‮ɐʅʅ‬ ‮ǝpƃǝs‬ ‮ɐɹǝ‬ ‮ɟonƃɥʇ‬ ‮ɐʇ‬ ‮ouɔǝ‬ ‮ɐup‬ ‮ʇıɯǝɹs‬ ‮ɐpp‬ ‮nd‬ ‮ɐʅouƃ‬ ‮ʇɥǝ‬ ‮ɥouǝsʇ‬ ‮dɐʇɥ‬, ‮so‬ ‮ɥǝɹǝ‬, ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮ɥouǝsʇ‬ ‮ɐssǝɹʇıou‬ ‮dosʇǝp‬ ‮ɟıɹsʇ‬ ‮ɐup‬ ‮ǝʌǝɹʎ‬ ‮ɯoʌǝ‬ ‮ɯɐpǝ‬ ‮ɐʇ‬ ‮ouɔǝ‬, ‮ıʇ‬ ‮ıs‬ ‮ɔouɟıɹɯǝp‬ ‮ɐqonʇ‬ ‮ouǝ‬ ‮ɔɥɐʅʅǝuƃǝ‬ ‮dǝɹıop‬ ‮dʅns‬ ‮ʇɥǝ‬ { $grace }-‮pɐʎ‬ ‮ƃɹɐɔǝ‬ ‮dǝɹıop‬ ‮ɐɟʇǝɹ‬ ‮ʇɥǝ‬ ‮sʇɐɹʇ‬, ‮ʍɥɐʇǝʌǝɹ‬ ‮ʇɥǝ‬ ‮unɯqǝɹ‬ ‮oɟ‬ ‮ɐʇʇɐɔʞǝɹs‬. ⊥‮ɥǝ‬ ‮dɹoʇoɔoʅ‬'‮s‬ ‮ƃnɐɹɐuʇǝǝ‬, ‮ʍɥɐʇǝʌǝɹ‬ ‮ʇɥǝ‬ ‮ɐʇʇɐɔʞǝɹs‬ ‮ɐup‬ ‮ʇɥǝ‬ ‮ʇıɯıuƃ‬, ‮ıs‬ ‮ɐʇ‬ ‮ɯosʇ‬ ‮ʇʍo‬ ‮ɔɥɐʅʅǝuƃǝ‬ ‮dǝɹıops‬ (‮ouǝ‬ ‮ʇo‬ ‮ɹɐısǝ‬ ‮ɐ‬ ‮pısdnʇǝ‬, ‮ouǝ‬ ‮ʇo‬ ‮ɹǝsoʅʌǝ‬ ‮ıʇ‬) ‮dʅns‬ ‮ʇɥǝ‬ ‮ƃɹɐɔǝ‬ ‮dǝɹıop‬.

## The tables
rollup-assertions-title = ∀‮ssǝɹʇıous‬ ‮ɐup‬ ‮ʇɥǝıɹ‬ ‮ɔɥɐʅʅǝuƃǝ‬ ‮ʍıupoʍs‬
rollup-col-batch = ‮qɐʇɔɥ‬
rollup-col-by = ‮qʎ‬
rollup-col-root = ‮sʇɐʇǝ‬ ‮ɹooʇ‬
rollup-col-posted = ‮dosʇǝp‬
rollup-col-window = ‮ɔɥɐʅʅǝuƃǝ‬ ‮ʍıupoʍ‬
rollup-col-status = ‮sʇɐʇns‬
rollup-st-waiting-parent = ‮ʍɐıʇıuƃ‬ ‮ɟoɹ‬ ‮ıʇs‬ ‮dɐɹǝuʇ‬
rollup-st-pending = ‮dǝupıuƃ‬
rollup-st-challenged = ‮ɔɥɐʅʅǝuƃǝp‬
rollup-st-final-wrong = ‮ℲIN‬∀⅂ ‮ʍıʇɥ‬ ‮ɐ‬ ‮ʍɹouƃ‬ ‮ɹooʇ‬
rollup-st-final = ‮ɟıuɐʅ‬
rollup-st-rolled-back = ‮ɹoʅʅǝp‬ ‮qɐɔʞ‬
rollup-by-proposer = ‮dɹodosǝɹ‬
rollup-by-validator = ‮ʌɐʅıpɐʇoɹ‬ { $v }
rollup-root-wrong = ‮ʍɹouƃ‬
rollup-window-left = { $span } ‮ʅǝɟʇ‬ ({ $blocks } ‮qʅoɔʞs‬)
rollup-window-closed = ‮ɔʅosǝp‬
rollup-bond = ‮qoup‬ { $eth } ‮Ǝ‬⊥‮H‬
rollup-no-assertion = ‮No‬ ‮ɐssǝɹʇıou‬ ‮ʎǝʇ‬: ‮ʇɥǝ‬ ‮ɟıɹsʇ‬ ‮ɔoɯǝs‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮ɟıɹsʇ‬ ‮qɐʇɔɥ‬.
rollup-batches-title = ‮Ԑɐʇɔɥǝs‬ ‮ou‬ ⅂1
rollup-col-block = ‮qʅoɔʞ‬
rollup-col-closed = ‮ɔʅosǝp‬
rollup-col-txs = ‮ʇxs‬
rollup-col-raw = ‮ɹɐʍ‬ ‮Ԑ‬
rollup-col-brotli = ‮Ԑɹoʇʅı‬ ‮Ԑ‬
rollup-col-ratio = ‮ɹɐʇıo‬
rollup-col-blob-gas = ‮qʅoq‬ ‮ƃɐs‬
rollup-col-l1-gas = ⅂1 ‮ƃɐs‬
rollup-col-gwei-tx = ‮ƃʍǝı‬/‮ʇx‬
rollup-closed-full = ‮ɟnʅʅ‬
rollup-closed-delay = ‮ɯɐx‬ ‮pǝʅɐʎ‬
rollup-blob-gas-cell = { $gas } ({ $blobs })
rollup-blobs-n = { $n ->
        [one] { $n } ‮qʅoq‬
       *[other] { $n } ‮qʅoqs‬
    }
rollup-compressing-row = { $txs } ‮ʇxs‬, { $bytes } ‮Ԑ‬ ‮ɹɐʍ‬: ‮ɔoɯdɹǝssıuƃ‬…
rollup-total-one = ‮ʇɥǝ‬ 1 ‮qɐʇɔɥ‬
rollup-total-all = ‮ɐʅʅ‬ { $n } ‮qɐʇɔɥǝs‬

## The pipeline (canvas)
rollup-stage-users = ⅂2 ‮nsǝɹs‬
rollup-stage-tps = { $tps } ‮ʇx‬/‮s‬
rollup-stage-accounts = { $n } ‮ɐɔɔonuʇs‬
rollup-stage-sending = ‮sǝupıuƃ‬ ‮ɟoɹ‬ { $span }
rollup-stage-traffic-over = ‮ʇɹɐɟɟıɔ‬ ‮oʌǝɹ‬
rollup-stage-sequencer = ‮Sǝbnǝuɔǝɹ‬
rollup-stage-txs = { $n } ‮ʇxs‬
rollup-stage-ordered = ‮oɹpǝɹǝp‬, ‮ǝxǝɔnʇǝp‬
rollup-stage-root = ‮ɹooʇ‬ { $root }…
rollup-stage-batch = ‮Ԑɐʇɔɥ‬
rollup-stage-raw = { $bytes } ‮Ԑ‬ ‮ɹɐʍ‬
rollup-stage-age = ‮ɐƃǝ‬ { $age } / { $max }
rollup-stage-compressing = ‮ɔoɯdɹǝssıuƃ‬…
rollup-stage-brotli-loading = ‮Ԑɹoʇʅı‬ ‮ʅoɐpıuƃ‬
rollup-stage-bytes = { $raw } → { $compressed } ‮Ԑ‬
rollup-stage-of-cap = { $pct }% ‮oɟ‬ ‮ʇɥǝ‬ ‮ɔɐd‬
rollup-stage-no-batch = ‮uo‬ ‮qɐʇɔɥ‬ ‮ʎǝʇ‬
rollup-stage-l1 = ⅂1 (‮Ǝʇɥǝɹǝnɯ‬)
rollup-stage-block = ‮qʅoɔʞ‬ { $block }
rollup-stage-posted = { $n ->
        [one] { $n } ‮qɐʇɔɥ‬ ‮dosʇǝp‬
       *[other] { $n } ‮qɐʇɔɥǝs‬ ‮dosʇǝp‬
    }
rollup-stage-blob-gas = { $gas } ‮qʅoq‬ ‮ƃɐs‬
rollup-stage-gas = { $gas } ‮ƃɐs‬
rollup-stage-window = ‮Ↄɥɐʅʅǝuƃǝ‬ ‮ʍıupoʍ‬
rollup-stage-open = { $n } ‮odǝu‬
rollup-stage-ends = #{ $id } ‮ǝups‬ ‮ıu‬ { $span }
rollup-stage-challenged = #{ $id } ‮ↃH‬∀⅂⅂‮ƎN‬⅁‮Ǝᗡ‬
rollup-stage-window-long = { $blocks } ‮qʅoɔʞs‬ ‮ʅouƃ‬
rollup-stage-window-blocks = { $blocks } ‮qʅoɔʞs‬
rollup-stage-final = ‮Ⅎıuɐʅ‬
rollup-stage-rolled = { $rolled } ‮ɹoʅʅǝp‬ ‮qɐɔʞ‬
rollup-stage-assertions = ‮ɐssǝɹʇıous‬
rollup-stage-wrong-final = ‮MᴚON‬⅁ ‮ᴚOO‬⊥ ‮ℲIN‬∀⅂

## Spans of time (d, h, min, s)
rollup-span-dh = { $d } ‮p‬ { $h } ‮ɥ‬
rollup-span-hm = { $h } ‮ɥ‬ { $m } ‮ɯıu‬
rollup-span-ms = { $m } ‮ɯıu‬ { $s } ‮s‬
rollup-span-s = { $s } ‮s‬

## Costs, the load sweep and the log
rollup-cost-compare = ‮Ԁosʇıuƃ‬ ‮ɔosʇ‬ ‮dǝɹ‬ ‮ʇɹɐusɐɔʇıou‬ ‮so‬ ‮ɟɐɹ‬: { $per_tx } ‮ou‬ ‮ʇɥǝ‬ ‮ɹoʅʅnd‬ ‮ɐƃɐıusʇ‬ { $l1 } ‮ƃʍǝı‬ ‮ɟoɹ‬ ‮ɐ‬ ‮dʅɐıu‬ ‮ʇɹɐusɟǝɹ‬ ‮ou‬ ⅂1 ‮ɐʅouǝ‬ (21,000 ‮ƃɐs‬ ‮ɐʇ‬ { $price } ‮ƃʍǝı‬). ⅂1 ‮ɐʅouǝ‬ ‮ɥoʅps‬ { $capacity } ‮ʇɹɐusɟǝɹs‬ ‮ɐ‬ ‮qʅoɔʞ‬ (‮ɐqonʇ‬ { $tps } ‮ʇx‬/‮s‬); ‮ɐʇ‬ ‮ʇɥıs‬ ‮ʅoɐp‬ ‮ıʇ‬ ‮ʍonʅp‬ ‮ɥɐʌǝ‬ ‮ɐ‬ ‮qɐɔʞʅoƃ‬ ‮oɟ‬ { $backlog } ‮ʇɹɐusɟǝɹs‬.
rollup-cost-no-batch = ‮uo‬ ‮qɐʇɔɥ‬ ‮ʎǝʇ‬
rollup-cost-gwei = { $gwei } ‮ƃʍǝı‬
rollup-sweep-name = ‮ʅoɐp‬ ‮sʍǝǝd‬
rollup-sweep-title = ∀‮s‬ ‮ʅoɐp‬ ‮ƃɹoʍs‬: ⅂1 ‮ɐʅouǝ‬ ‮ɐƃɐıusʇ‬ ‮ʇɥǝ‬ ‮ɹoʅʅnd‬
rollup-sweep-running = ‮ᴚnuuıuƃ‬ ‮ʅoɐp‬ { $k } ‮oɟ‬ { $n }…
rollup-sweep-run = ‮ᴚnu‬ ‮ʇɥǝ‬ ‮ʅoɐp‬ ‮sʍǝǝd‬
rollup-sweep-note = ‮ᴚnus‬ ‮ʇɥǝsǝ‬ ‮sǝʇʇıuƃs‬ ‮ɐʇ‬ { $loads } ‮ʅoɐps‬ ‮ɟɹoɯ‬ 0.1 ‮ʇo‬ 1,000 ‮ʇx‬/‮s‬, ‮ǝɐɔɥ‬ ‮ɟoɹ‬ ‮ouǝ‬ ‮qɐʇɔɥ‬ ‮pǝʅɐʎ‬ ‮oɹ‬ 30,000 ‮ʇɹɐusɟǝɹs‬, ‮ʍıʇɥ‬ ‮ɹǝɐʅ‬ ‮Ԑɹoʇʅı‬ ‮ɐʇ‬ ‮bnɐʅıʇʎ‬ { $q }.
rollup-sweep-stale = (⊥‮ɥǝ‬ ‮ɔɥɐɹʇ‬ ‮ıs‬ ‮ɟoɹ‬ ‮oʇɥǝɹ‬ ‮sǝʇʇıuƃs‬: ‮ɹnu‬ ‮ıʇ‬ ‮ɐƃɐıu‬.)
rollup-sweep-label = ⊥‮ɥɹonƃɥdnʇ‬ ‮ɐup‬ ‮ɔosʇ‬ ‮dǝɹ‬ ‮ʇɹɐusɐɔʇıou‬ ‮ɐƃɐıusʇ‬ ‮oɟɟǝɹǝp‬ ‮ʅoɐp‬, ⅂1 ‮ɐʅouǝ‬ ‮ɐup‬ ‮ʇɥǝ‬ ‮ɹoʅʅnd‬
rollup-log-title = ‮Mɥɐʇ‬ ‮ɥɐddǝuǝp‬
rollup-log-empty = ‮Noʇɥıuƃ‬ ‮ɥɐs‬ ‮ɥɐddǝuǝp‬ ‮ou‬ ⅂1 ‮ʎǝʇ‬: ‮dɹǝss‬ ‮Ԁʅɐʎ‬, ‮oɹ‬ → ‮ʇo‬ ‮sʇǝd‬ ‮ʇo‬ ‮ʇɥǝ‬ ‮ɟıɹsʇ‬ ‮qɐʇɔɥ‬.
rollup-log-block = ‮qʅoɔʞ‬ { $block }

## Settings
rollup-settings = ‮Sǝʇʇıuƃs‬
rollup-settings-note = ‮Ↄɥɐuƃıuƃ‬ ‮ʇɥǝsǝ‬ ‮ɹǝsʇɐɹʇs‬ ‮ʇɥǝ‬ ‮ɹnu‬. ⊥‮ɥǝ‬ ‮dɐƃǝ‬ ‮ɹnus‬ ‮ɐʇ‬ ‮ɯosʇ‬ { $most } ‮ʇɹɐusɟǝɹs‬ (‮ʅoɐp‬ × ‮ʇɹɐɟɟıɔ‬); ‮ʇɥǝ‬ ‮Ↄ‬⅂‮I‬ ‮ɹnus‬ ‮ɐuʎ‬ ‮sızǝ‬.
rollup-set-tps = ⅂2 ‮ʅoɐp‬, ‮ʇx‬/‮s‬
rollup-set-traffic = ⊥‮ɹɐɟɟıɔ‬, ‮ɯıunʇǝs‬
rollup-set-delay = ‮Wɐx‬ ‮qɐʇɔɥ‬ ‮pǝʅɐʎ‬, ‮ɯıunʇǝs‬
rollup-set-data = ‮ᗡɐʇɐ‬ ‮ou‬ ⅂1
rollup-set-q = ‮Ԑɹoʇʅı‬ ‮bnɐʅıʇʎ‬
rollup-set-gas = ⅂1 ‮ƃɐs‬ ‮dɹıɔǝ‬, ‮ƃʍǝı‬
rollup-set-fork = ‮Ǝʇɥǝɹǝnɯ‬ ‮ɟoɹʞ‬
rollup-set-blobgas = ‮Ԑʅoq‬ ‮qɐsǝ‬ ‮ɟǝǝ‬ ‮ɐʇ‬ ‮ʇɥǝ‬ ‮sʇɐɹʇ‬, ‮ƃʍǝı‬
rollup-set-demand = ‮Oʇɥǝɹ‬ ‮nsǝɹs‬' ‮qʅoqs‬, × ‮ʇɐɹƃǝʇ‬
rollup-set-window = ‮Ↄɥɐʅʅǝuƃǝ‬ ‮ʍıupoʍ‬, ⅂1 ‮qʅoɔʞs‬
rollup-data-auto = ‮ɐnʇo‬: ‮ʇɥǝ‬ ‮ɔɥǝɐdǝɹ‬ ‮dǝɹ‬ ‮qʎʇǝ‬ (‮ɐs‬ ‮Nıʇɹo‬)
rollup-data-calldata-floor = ‮ɔɐʅʅpɐʇɐ‬ (‮ƎIԀ‬-7623 ‮ɟʅooɹ‬: 10 ‮ƃɐs‬ ‮ɐ‬ ‮ʇoʞǝu‬)
rollup-data-calldata = ‮ɔɐʅʅpɐʇɐ‬ (16/4 ‮ƃɐs‬ ‮ɐ‬ ‮qʎʇǝ‬)
rollup-data-blobs = ‮qʅoqs‬ (‮ƎIԀ‬-4844)
rollup-q-11 = 11 (‮Nıʇɹo‬, ‮uo‬ ‮qɐɔʞʅoƃ‬)
rollup-q-6 = 6 (‮Nıʇɹo‬ ‮nupǝɹ‬ ‮qɐɔʞʅoƃ‬)
rollup-quality-hint = ∀‮ʇ‬ ‮ʇɥıs‬ ‮ʅoɐp‬ ‮qɐʇɔɥǝs‬ ‮ɟıʅʅ‬ ‮ʇo‬ ‮ʇɥǝ‬ 100,000-‮qʎʇǝ‬ ‮ɔɐd‬, ‮ɐup‬ ‮Ԑɹoʇʅı‬ ‮ʅǝʌǝʅ‬ 11 ‮ʇɐʞǝs‬ ‮ɐqonʇ‬ ‮ɐ‬ ‮sǝɔoup‬ ‮oɟ‬ ‮ʍɐsɯ‬ ‮dǝɹ‬ ‮ɟnʅʅ‬ ‮qɐʇɔɥ‬: ‮dʅɐʎqɐɔʞ‬ ‮sʇɐʅʅs‬ ‮ʍɥıʅǝ‬ ‮ǝɐɔɥ‬ ‮ıs‬ ‮ɔoɯdɹǝssǝp‬. ⅂‮ǝʌǝʅ‬ 6 (‮Nıʇɹo‬'‮s‬ ‮ʅǝʌǝʅ‬ ‮nupǝɹ‬ ‮ɐ‬ ‮qɐɔʞʅoƃ‬) ‮dʅɐʎs‬ ‮sɯooʇɥʅʎ‬.
rollup-fork = { $name } (‮ɟɹoɯ‬ { $since }): { $target }/{ $max } ‮qʅoqs‬
rollup-fork-today = { $name } (‮ɟɹoɯ‬ { $since }): { $target }/{ $max } ‮qʅoqs‬, ‮ʇopɐʎ‬
rollup-blob-fee-now = ‮Ԑʅoq‬ ‮qɐsǝ‬ ‮ɟǝǝ‬ ‮uoʍ‬: { $fee } ‮ƃʍǝı‬ (‮ƎIԀ‬-4844'‮s‬ ‮ɹnʅǝ‬; ‮oʇɥǝɹ‬ ‮nsǝɹs‬ ‮dosʇ‬ { $blobs } ‮qʅoqs‬ ‮ɐ‬ ‮qʅoɔʞ‬ ‮ɐƃɐıusʇ‬ ‮ɐ‬ ‮ʇɐɹƃǝʇ‬ ‮oɟ‬ { $target }).
rollup-window-note = ∀‮ɹqıʇɹnɯ‬ ‮Ouǝ‬: 45,818 ‮qʅoɔʞs‬ ≈ { $span }. ∀ ‮pıssǝɔʇıou‬ ‮ɯoʌǝ‬ ‮ʇɐʞǝs‬ { $blocks } ⅂1 ‮qʅoɔʞ‬; ‮ɐ‬ ‮ɹonup‬ ‮ıs‬ ‮ʇʍo‬ ‮ɯoʌǝs‬.

## The run's setup line
rollup-setup = ⊥‮ɥıs‬ ‮ɹnu‬: ‮pısdnʇǝs‬ ‮qʎ‬ { $protocol }; ⅂1 ‮pɐʇɐ‬ ‮ɔosʇs‬ ‮oɟ‬ { $fork } (‮sıuɔǝ‬ { $since }): { $target } ‮ʇɐɹƃǝʇ‬ / { $max } ‮ɯɐx‬ ‮qʅoqs‬ ‮ɐ‬ ‮qʅoɔʞ‬, ‮qʅoq‬ ‮qɐsǝ‬ ‮ɟǝǝ‬ ‮ndpɐʇǝ‬ ‮ɟɹɐɔʇıou‬ { $fraction }, { $calldata }; ‮pɐʇɐ‬ ‮dosʇǝp‬ ‮ɐs‬ { $data }.
rollup-setup-today = ⊥‮ɥıs‬ ‮ıs‬ ‮ʇɥǝ‬ ‮ɟoɹʞ‬ ‮ıu‬ ‮ɟoɹɔǝ‬ ‮ʇopɐʎ‬.
rollup-setup-bold = ‮Ԑo‬⅂‮ᗡ‬ (∀‮ɹqıʇɹnɯ‬ ‮Ouǝ‬ ‮sıuɔǝ‬ ‮Ⅎǝqɹnɐɹʎ‬ 2025): ‮qısǝɔʇıou‬ ‮ɐʇ‬ ‮ɯɐupɐʇoɹʎԐısǝɔʇıouHǝıƃɥʇ‬ ‮oʌǝɹ‬ ‮ɐ‬ ‮ɥısʇoɹʎ‬ ‮dɐppǝp‬ ‮ʇo‬ ‮ɐ‬ ‮doʍǝɹ‬ ‮oɟ‬ ‮ʇʍo‬
rollup-setup-classic = ‮ɔʅɐssıɔ‬ ‮Nıʇɹo‬ ({ $arity }-‮ʍɐʎ‬ ‮pıssǝɔʇıou‬ ‮dǝɹ‬ ‮ǝxʇɹɐɔʇↃɥɐʅʅǝuƃǝSǝƃɯǝuʇ‬, 1-‮ʌs‬-1)
rollup-setup-data-auto = ‮ɔɐʅʅpɐʇɐ‬ ‮oɹ‬ ‮qʅoqs‬, ‮ʍɥıɔɥǝʌǝɹ‬ ‮ɔosʇs‬ ‮ʅǝss‬ ‮dǝɹ‬ ‮qʎʇǝ‬ (‮ɐs‬ ‮Nıʇɹo‬'‮s‬ ‮dosʇǝɹ‬)
rollup-setup-calldata-floor = ‮ɔɐʅʅpɐʇɐ‬ ‮ɐʇ‬ ‮ʅǝɐsʇ‬ 10 ‮ƃɐs‬ ‮ɐ‬ ‮ʇoʞǝu‬ (‮ƎIԀ‬-7623)
rollup-setup-calldata-old = ‮ɔɐʅʅpɐʇɐ‬ ‮ɐʇ‬ 16/4 ‮ƃɐs‬ ‮ɐ‬ ‮qʎʇǝ‬ (‮qǝɟoɹǝ‬ ‮ƎIԀ‬-7623)

## The explanation
rollup-explain-look-title = ‮Mɥɐʇ‬ ‮ʎon‬ ‮ɐɹǝ‬ ‮ʅooʞıuƃ‬ ‮ɐʇ‬
rollup-explain-look-1 = ∀‮u‬ ‮odʇıɯısʇıɔ‬ ‮ɹoʅʅnd‬ ‮ɹnus‬ ‮ʇɹɐusɐɔʇıous‬ ‮oɟɟ‬ ‮ʇɥǝ‬ ‮ɯɐıu‬ ‮ɔɥɐıu‬ ‮ɐup‬ ‮nsǝs‬ ‮Ǝʇɥǝɹǝnɯ‬ (⅂1) ‮ouʅʎ‬ ‮ʇo‬ ‮sʇoɹǝ‬ ‮ʇɥǝıɹ‬ ‮pɐʇɐ‬ ‮ɐup‬ ‮ʇo‬ ‮sǝʇʇʅǝ‬ ‮pısdnʇǝs‬. ‮Hǝɹǝ‬ ⅂2 ‮ʇɹɐusɟǝɹs‬ ‮ɐɯouƃ‬ 32 ‮ɐɔɔonuʇs‬ ‮ɐɹɹıʌǝ‬ ‮ɐʇ‬ ‮ʇɥǝ‬ ‮ɹɐʇǝ‬ ‮ʎon‬ ‮ɔɥoosǝ‬; ‮ʇɥǝ‬ ‮sǝbnǝuɔǝɹ‬ ‮oɹpǝɹs‬ ‮ɐup‬ ‮ǝxǝɔnʇǝs‬ ‮ʇɥǝɯ‬ ‮ɐʇ‬ ‮ouɔǝ‬. ⊥‮ɥǝ‬ ‮qɐʇɔɥ‬ ‮dosʇǝɹ‬ ‮sǝɹıɐʅısǝs‬ ‮ʇɥǝɯ‬ (14 ‮qʎʇǝs‬ ‮ǝɐɔɥ‬), ‮ɔoɯdɹǝssǝs‬ ‮ʇɥǝ‬ ‮qɐʇɔɥ‬ ‮ʍıʇɥ‬ ‮Ԑɹoʇʅı‬, ‮ɐs‬ ∀‮ɹqıʇɹnɯ‬ ‮Nıʇɹo‬ ‮poǝs‬, ‮ɐup‬ ‮dosʇs‬ ‮ıʇ‬ ‮ʇo‬ ⅂1 ‮ʍɥǝu‬ ‮ıʇ‬ ‮ʍonʅp‬ ‮ǝxɔǝǝp‬ ‮ıʇs‬ ‮ɔɐd‬ (100,000 ‮ɔoɯdɹǝssǝp‬ ‮qʎʇǝs‬ ‮oɟ‬ ‮ɔɐʅʅpɐʇɐ‬, 130,048 ‮dǝɹ‬ ‮qʅoq‬) ‮oɹ‬ ‮ıʇs‬ ‮ɟıɹsʇ‬ ‮ʇɹɐusɐɔʇıou‬ ‮ɥɐs‬ ‮ʍɐıʇǝp‬ ‮ʇɥǝ‬ ‮ɯɐxıɯnɯ‬ ‮pǝʅɐʎ‬. ⅂‮ıʞǝ‬ ‮Nıʇɹo‬'‮s‬ ‮dosʇǝɹ‬, ‮ıʇ‬ ‮dnʇs‬ ‮ǝɐɔɥ‬ ‮qɐʇɔɥ‬ ‮ʍɥǝɹǝ‬ ‮ɐ‬ ‮qʎʇǝ‬ ‮ɔosʇs‬ ‮ʅǝss‬: ‮ıu‬ ‮qʅoqs‬ ‮ɐʇ‬ ‮ʇɥǝ‬ ‮ɔnɹɹǝuʇ‬ ‮qʅoq‬ ‮qɐsǝ‬ ‮ɟǝǝ‬, ‮oɹ‬ ‮ıu‬ ‮ɔɐʅʅpɐʇɐ‬, ‮ʍɥıɔɥ‬ ‮sıuɔǝ‬ ‮Ԁǝɔʇɹɐ‬ (‮ƎIԀ‬-7623) ‮dɐʎs‬ ‮ɐʇ‬ ‮ʅǝɐsʇ‬ 10 ‮ƃɐs‬ ‮ɐ‬ ‮ʇoʞǝu‬ (40 ‮dǝɹ‬ ‮uou‬-‮zǝɹo‬ ‮qʎʇǝ‬). ‮Ǝʌǝɹʎ‬ ‮sızǝ‬, ‮ɹɐʇıo‬ ‮ɐup‬ ‮ƃɐs‬ ‮ɟıƃnɹǝ‬ ‮ou‬ ‮ʇɥıs‬ ‮dɐƃǝ‬ ‮ɔoɯǝs‬ ‮ɟɹoɯ‬ ‮ɔoɯdɹǝssıuƃ‬ ‮ʇɥǝ‬ ‮ɹnu‬'‮s‬ ‮ɹǝɐʅ‬ ‮qʎʇǝs‬; ‮ǝʌǝɹʎ‬ ‮sʇɐʇǝ‬ ‮ɹooʇ‬ ‮ıs‬ ‮ɐ‬ ‮ɹǝɐʅ‬ ‮Wǝɹʞʅǝ‬ ‮ɹooʇ‬ (‮SH‬∀-256) ‮oʌǝɹ‬ ‮ʇɥǝ‬ ‮qɐʅɐuɔǝs‬.
rollup-explain-look-2 = ‮Mıʇɥ‬ ‮ǝɐɔɥ‬ ‮qɐʇɔɥ‬ ‮ʇɥǝ‬ ‮dɹodosǝɹ‬ ‮dosʇs‬ ‮ɐu‬ ‮ɐssǝɹʇıou‬, ‮ʇɥǝ‬ ‮sʇɐʇǝ‬ ‮ɹooʇ‬ ‮ɐɟʇǝɹ‬ ‮ʇɥǝ‬ ‮qɐʇɔɥ‬, ‮ʍıʇɥ‬ ‮ɐ‬ ‮qoup‬. ‮Noqopʎ‬ ‮ou‬ ⅂1 ‮ɔɥǝɔʞs‬ ‮ıʇ‬. ‮Iʇ‬ ‮qǝɔoɯǝs‬ ‮ɟıuɐʅ‬ ‮ouʅʎ‬ ‮ʍɥǝu‬ ‮ıʇs‬ ‮ɔɥɐʅʅǝuƃǝ‬ ‮ʍıupoʍ‬ ‮ɥɐs‬ ‮dɐssǝp‬ (45,818 ⅂1 ‮qʅoɔʞs‬, ‮ɐqonʇ‬ 6.4 ‮pɐʎs‬) ‮ʍıʇɥ‬ ‮uo‬ ‮snɔɔǝssɟnʅ‬ ‮ɔɥɐʅʅǝuƃǝ‬. ∀‮uʎ‬ ‮ɥouǝsʇ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ɔɐu‬ ‮ɹǝ‬-‮ǝxǝɔnʇǝ‬ ‮ʇɥǝ‬ ‮qɐʇɔɥ‬ ‮ɟɹoɯ‬ ‮ʇɥǝ‬ ‮pɐʇɐ‬ ‮ou‬ ⅂1 ‮ɐup‬, ‮ıɟ‬ ‮ıʇs‬ ‮ɹooʇ‬ ‮pıɟɟǝɹs‬, ‮ɔɥɐʅʅǝuƃǝ‬.
rollup-explain-look-3 = ⊥‮ɥǝ‬ ‮ɔɥɐʅʅǝuƃǝ‬ ‮ıs‬ ‮ɐ‬ ‮ƃɐɯǝ‬ ‮oʌǝɹ‬ ‮ʇɥǝ‬ ‮qɐʇɔɥ‬'‮s‬ ‮ǝxǝɔnʇıou‬ ‮ʇɹɐɔǝ‬. ‮Ԑoʇɥ‬ ‮sıpǝs‬ ‮ɐƃɹǝǝ‬ ‮ou‬ ‮ʇɥǝ‬ ‮sʇɐʇǝ‬ ‮qǝɟoɹǝ‬ ‮ʇɥǝ‬ ‮qɐʇɔɥ‬ ‮ɐup‬ ‮pısɐƃɹǝǝ‬ ‮ɐɟʇǝɹ‬ ‮ıʇ‬. ‮Ǝɐɔɥ‬ ‮ɹonup‬ ‮ʇɥǝ‬ ‮pǝɟǝupǝɹ‬ ‮dosʇs‬ ‮ʇɥǝ‬ ‮sʇɐʇǝ‬ ‮ɥɐsɥǝs‬ ‮ɐʇ‬ ‮doıuʇs‬ ‮ıusıpǝ‬ ‮ʇɥǝ‬ ‮pısdnʇǝp‬ ‮ɹɐuƃǝ‬; ‮ʇɥǝ‬ ‮ɔɥɐʅʅǝuƃǝɹ‬ ‮uɐɯǝs‬ ‮ʇɥǝ‬ ‮ɟıɹsʇ‬ ‮dɐɹʇ‬ ‮ʍɥosǝ‬ ‮ǝup‬ ‮ıʇ‬ ‮pısɐƃɹǝǝs‬ ‮ʍıʇɥ‬. ‮Ԑo‬⅂‮ᗡ‬, ‮ʇɥǝ‬ ‮pǝɟɐnʅʇ‬ (‮ɐs‬ ‮ou‬ ∀‮ɹqıʇɹnɯ‬ ‮Ouǝ‬ ‮sıuɔǝ‬ ‮Ⅎǝqɹnɐɹʎ‬ 2025), ‮dɐps‬ ‮ʇɥǝ‬ ‮ɥısʇoɹʎ‬ ‮ʇo‬ 2^‮ɥ‬ ‮sʇǝds‬ ‮ɐup‬ ‮sdʅıʇs‬ ‮ǝɐɔɥ‬ ‮ɹɐuƃǝ‬ ‮ɐʇ‬ ‮ɯɐupɐʇoɹʎԐısǝɔʇıouHǝıƃɥʇ‬, ‮ɐ‬ ‮doʍǝɹ‬-‮oɟ‬-‮ʇʍo‬ ‮doıuʇ‬: ‮ǝxɐɔʇʅʎ‬ ‮ɥ‬ = ‮ɔǝıʅ‬(‮ʅoƃ‬2 ‮N‬) ‮ɹonups‬ ‮ɟoɹ‬ ‮N‬ ‮sʇǝds‬. ‮Ↄʅɐssıɔ‬ ‮Nıʇɹo‬'‮s‬ 40-‮ʍɐʎ‬ ‮pıssǝɔʇıou‬ (‮ǝxʇɹɐɔʇↃɥɐʅʅǝuƃǝSǝƃɯǝuʇ‬) ‮ɔnʇs‬ ‮ɐ‬ ‮ɹɐuƃǝ‬ ‮ıuʇo‬ 40 ‮dɐɹʇs‬ ‮oɟ‬ ‮ɟʅooɹ‬(‮ʅǝu‬/40) ‮sʇǝds‬, ‮ʇɥǝ‬ ‮ʅɐsʇ‬ ‮ʇɐʞıuƃ‬ ‮ʇɥǝ‬ ‮ɹǝɯɐıupǝɹ‬, ‮ʍıʇɥ‬ 39 ‮ɥɐsɥǝs‬ ‮ɐ‬ ‮ɹonup‬; ‮ɥoʍ‬ ‮ɯɐuʎ‬ ‮ɹonups‬ ‮ıʇ‬ ‮ʇɐʞǝs‬ ‮pǝdǝups‬ ‮ou‬ ‮ʍɥǝɹǝ‬ ‮ʇɥǝ‬ ‮pısdnʇǝp‬ ‮sʇǝd‬ ‮ʅıǝs‬. ‮Mɥǝu‬ ‮ʇɥǝ‬ ‮ɹɐuƃǝ‬ ‮ıs‬ ‮ouǝ‬ ‮sʇǝd‬ ‮ʍıpǝ‬, ⅂1 ‮ǝxǝɔnʇǝs‬ ‮ʇɥɐʇ‬ ‮sıuƃʅǝ‬ ‮sʇǝd‬ ‮ɟɹoɯ‬ ‮ʇɥǝ‬ ‮ɐƃɹǝǝp‬ ‮sʇɐʇǝ‬ ‮ɐup‬ ‮sǝǝs‬ ‮ʍɥo‬ ‮ʍɐs‬ ‮ɹıƃɥʇ‬. ⅂1 ‮uǝʌǝɹ‬ ‮ɹǝ‬-‮ǝxǝɔnʇǝs‬ ‮ʇɥǝ‬ ‮qɐʇɔɥ‬, ‮ouʅʎ‬ ‮ouǝ‬ ‮ıusʇɹnɔʇıou‬. ⊥‮ɥǝ‬ ‮ʅosǝɹ‬'‮s‬ ‮qoup‬ ‮ıs‬ ‮sʅɐsɥǝp‬; ‮ɐ‬ ‮ʍɹouƃ‬ ‮ɐssǝɹʇıou‬ ‮ɐup‬ ‮ǝʌǝɹʎ‬ ‮ɐssǝɹʇıou‬ ‮qnıʅʇ‬ ‮ou‬ ‮ıʇ‬ ‮ɐɹǝ‬ ‮ɹoʅʅǝp‬ ‮qɐɔʞ‬.
rollup-explain-look-4 = ‮Sǝɔnɹıʇʎ‬ ‮uǝǝps‬ ‮ɐʇ‬ ‮ʅǝɐsʇ‬ ‮ouǝ‬ ‮ɥouǝsʇ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ouʅıuǝ‬ ‮ʍıʇɥıu‬ ‮ʇɥǝ‬ ‮ʍıupoʍ‬. ‮Iɟ‬ ‮uouǝ‬ ‮ıs‬, ‮uoʇɥıuƃ‬ ‮sʇods‬ ‮ɐ‬ ‮ʍɹouƃ‬ ‮ɹooʇ‬: ‮ıʇ‬ ‮qǝɔoɯǝs‬ ‮ɟıuɐʅ‬, ‮ɐup‬ ‮ʇɥǝ‬ ‮ɯıuʇǝp‬ ‮ɔoıus‬ ‮ɐɹǝ‬ ‮ɐs‬ ‮ɹǝɐʅ‬ ‮ɐs‬ ‮ɐuʎ‬ ‮oʇɥǝɹs‬. ‮Ⅎǝʍ‬ ‮dǝǝɹ‬ ‮pǝɯousʇɹɐʇıous‬ ‮sɥoʍ‬ ‮ʇɥıs‬ ‮ɔɐsǝ‬; ‮sǝʇ‬ ‮ʇɥǝ‬ ‮ʌɐʅıpɐʇoɹs‬ ‮oɟɟʅıuǝ‬ ‮ɐup‬ ‮sǝǝ‬ ‮ıʇ‬.
rollup-explain-try-title = ‮Mɥɐʇ‬ ‮ʇo‬ ‮ʇɹʎ‬
rollup-explain-try-1 = ‮Ԁɹǝss‬ "‮Iuɾǝɔʇ‬ ‮ɐ‬ ‮ʍɹouƃ‬ ‮ɹooʇ‬" ‮ɐup‬ ‮dʅɐʎ‬. ⊥‮ɥǝ‬ ‮dɹodosǝɹ‬ ‮ɔɹǝpıʇs‬ ‮ıʇsǝʅɟ‬ 1,000 ‮Ǝ‬⊥‮H‬ ‮ıu‬ ‮ʇɥǝ‬ ‮uǝxʇ‬ ‮qɐʇɔɥ‬'‮s‬ ‮sʇɐʇǝ‬ ‮ɹooʇ‬; ‮ʇɥǝ‬ ‮ouʅıuǝ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ɔɥɐʅʅǝuƃǝs‬ ‮ıu‬ ‮ʇɥǝ‬ ‮qʅoɔʞ‬ ‮ʇɥǝ‬ ‮ɐssǝɹʇıou‬ ‮ʅɐups‬, ‮ɐup‬ ‮ʇɥǝ‬ ‮qısǝɔʇıou‬ ‮uɐɹɹoʍs‬ ‮ʇɥǝ‬ ‮qɐʇɔɥ‬'‮s‬ 8,400 ‮ɅW‬ ‮sʇǝds‬ (1,200 ‮ʇɹɐusɟǝɹs‬, ‮sǝʌǝu‬ ‮sʇǝds‬ ‮ǝɐɔɥ‬) ‮ʇo‬ ‮ʇɥǝ‬ ‮ouǝ‬ ‮S‬⊥‮OᴚƎ‬ ‮ʍɥǝɹǝ‬ ‮ʇɥǝ‬ ‮dɹodosǝɹ‬'‮s‬ ‮sʇɐʇǝ‬ ‮ɟıɹsʇ‬ ‮pıɟɟǝɹs‬, ‮ıu‬ ‮ǝxɐɔʇʅʎ‬ 14 ‮ɹonups‬: ‮Ԑo‬⅂‮ᗡ‬ ‮dɐps‬ ‮ʇɥǝ‬ 8,400 ‮sʇǝds‬ ‮ʇo‬ 2^14 = 16,384.
rollup-explain-try-2 = ‮Sʍıʇɔɥ‬ ‮ʇo‬ 40-‮ʍɐʎ‬ (‮ɔʅɐssıɔ‬ ‮Nıʇɹo‬): 3 ‮ɹonups‬ ‮ıusʇǝɐp‬ ‮oɟ‬ 14 (‮dɐɹʇs‬ ‮oɟ‬ 210 ‮sʇǝds‬, ‮ʇɥǝu‬ 5), ‮ɐʇ‬ ‮ʇɥǝ‬ ‮dɹıɔǝ‬ ‮oɟ‬ 39 ‮ɥɐsɥǝs‬ ‮dǝɹ‬ ‮ɯoʌǝ‬ ‮ıusʇǝɐp‬ ‮oɟ‬ ‮ouǝ‬.
rollup-explain-try-3 = ‮Sǝʇ‬ ‮ǝʌǝɹʎ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮oɟɟʅıuǝ‬, ‮ıuɾǝɔʇ‬ ‮ʇɥǝ‬ ‮ɟɐnʅʇ‬ ‮ɐup‬ ‮dʅɐʎ‬ ‮ʍıʇɥ‬ ‮ʇıɯǝ‬ ‮ɔoɯdɹǝssıou‬ ‮ou‬: ‮ɐɟʇǝɹ‬ ‮ʇɥǝ‬ ‮ʍıupoʍ‬'‮s‬ 6.4 ‮pɐʎs‬ ‮ʇɥǝ‬ ‮ʍɹouƃ‬ ‮ɹooʇ‬ ‮qǝɔoɯǝs‬ ‮ɟıuɐʅ‬. ⊥‮ɥǝu‬ ‮ʇɹʎ‬ "‮ʅɐʇǝ‬" ‮ʍıʇɥ‬ ‮ɐ‬ ‮qʅoɔʞ‬ ‮qǝɟoɹǝ‬ ‮ɐup‬ ‮ɐɟʇǝɹ‬ ‮ʇɥǝ‬ ‮ʍıupoʍ‬'‮s‬ ‮ǝup‬.
rollup-explain-try-4 = ‮ᴚɐısǝ‬ ‮ʇɥǝ‬ ‮ʅoɐp‬ ‮ʇo‬ 100 ‮ʇx‬/‮s‬ (‮ʍıʇɥ‬ ‮Ԑɹoʇʅı‬ ‮ʅǝʌǝʅ‬ 6, ‮so‬ ‮ʇɥɐʇ‬ ‮dʅɐʎqɐɔʞ‬ ‮sʇɐʎs‬ ‮sɯooʇɥ‬): ‮qɐʇɔɥǝs‬ ‮ɔʅosǝ‬ ‮ɐs‬ ‮ɟnʅʅ‬ ‮ʍıʇɥıu‬ ‮ɐ‬ ‮ɟǝʍ‬ ‮dǝɹɔǝuʇ‬ ‮oɟ‬ ‮ʇɥǝ‬ 100,000-‮qʎʇǝ‬ ‮ɔɐd‬, ‮ɐup‬ ‮ʇɥǝ‬ ‮ɔosʇ‬ ‮dǝɹ‬ ‮ʇɹɐusɐɔʇıou‬ ‮ɟɐʅʅs‬ ‮ʇo‬ ‮ʍǝʅʅ‬ ‮nupǝɹ‬ ‮ɐ‬ ‮ɥnupɹǝpʇɥ‬ ‮oɟ‬ ⅂1'‮s‬ 21,000 ‮ƃɐs‬. ‮ᴚnu‬ ‮ʇɥǝ‬ ‮ʅoɐp‬ ‮sʍǝǝd‬ ‮ʇo‬ ‮sǝǝ‬ ‮qoʇɥ‬ ‮ɔnɹʌǝs‬.
rollup-explain-try-5 = ⅂‮oʍǝɹ‬ ‮ʇɥǝ‬ ‮Ԑɹoʇʅı‬ ‮bnɐʅıʇʎ‬ ‮ɟɹoɯ‬ 11 ‮ʇo‬ 6 (‮Nıʇɹo‬'‮s‬ ‮ʅǝʌǝʅ‬ ‮ʍɥǝu‬ ‮ıʇs‬ ‮dosʇǝɹ‬ ‮ɟɐʅʅs‬ ‮qǝɥıup‬): ‮ɔoɯdɹǝssıou‬ ‮ıs‬ ‮ɐqonʇ‬ ‮ɟıʌǝ‬ ‮ʇıɯǝs‬ ‮ɟɐsʇǝɹ‬, ‮qnʇ‬ ‮ɐʇ‬ 100 ‮ʇx‬/‮s‬ ‮ʇɥǝ‬ ‮ɹɐʇıo‬ ‮pɹods‬ ‮ɟɹoɯ‬ ‮ɐqonʇ‬ 3.1× ‮ʇo‬ 2.5×, ‮so‬ ‮ǝɐɔɥ‬ ‮ɟnʅʅ‬ ‮qɐʇɔɥ‬ ‮ɔɐɹɹıǝs‬ ‮ɐqonʇ‬ ‮ɐ‬ ‮ɟıɟʇɥ‬ ‮ɟǝʍǝɹ‬ ‮ʇɹɐusɐɔʇıous‬ ‮ɐup‬ ‮ǝɐɔɥ‬ ‮ʇɹɐusɐɔʇıou‬ ‮ɔosʇs‬ ‮ɯoɹǝ‬. ‮Sʍıʇɔɥ‬ ‮ʇɥǝ‬ ‮dosʇǝɹ‬ ‮ʇo‬ ‮ɔɐʅʅpɐʇɐ‬, ‮oɹ‬ ‮ɔɥoosǝ‬ ‮Ↄɐuɔnu‬ (‮qǝɟoɹǝ‬ ‮ʇɥǝ‬ ‮ɔɐʅʅpɐʇɐ‬ ‮ɟʅooɹ‬) ‮ıu‬ ‮ʇɥǝ‬ ‮ɟoɹʞ‬ ‮sǝʅǝɔʇoɹ‬, ‮ʇo‬ ‮sǝǝ‬ ‮ʍɥɐʇ‬ ‮ƎIԀ‬-7623 ‮ɔɥɐuƃǝp‬; ‮ɹɐısǝ‬ ‮oʇɥǝɹ‬ ‮nsǝɹs‬' ‮qʅoq‬ ‮pǝɯɐup‬ ‮ɐqoʌǝ‬ 1× ‮ʇɐɹƃǝʇ‬ ‮ʇo‬ ‮ʍɐʇɔɥ‬ ‮ʇɥǝ‬ ‮qʅoq‬ ‮qɐsǝ‬ ‮ɟǝǝ‬ ‮ɔʅıɯq‬ ‮nuʇıʅ‬ ‮ʇɥǝ‬ ‮dosʇǝɹ‬ ‮sʍıʇɔɥǝs‬ ‮ʇo‬ ‮ɔɐʅʅpɐʇɐ‬.
rollup-explain-model-title = ‮Mɥǝɹǝ‬ ‮ʇɥǝ‬ ‮ɯopǝʅ‬ ‮pıɟɟǝɹs‬ ‮ɟɹoɯ‬ ∀‮ɹqıʇɹnɯ‬ ‮ʇopɐʎ‬
rollup-explain-model-1 = ‮Ԑo‬⅂‮ᗡ‬. ⊥‮ɥǝ‬ ‮ɟɹɐnp‬ ‮dɹooɟ‬ ‮ɐqoʌǝ‬ ‮ıs‬ ‮ouǝ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ɐƃɐıusʇ‬ ‮ouǝ‬ ‮dɹodosǝɹ‬ ‮oʌǝɹ‬ ‮ouǝ‬ ‮qɐʇɔɥ‬'‮s‬ ‮ʇɹɐɔǝ‬, ‮qısǝɔʇǝp‬ ‮ɐs‬ ‮Ԑo‬⅂‮ᗡ‬ ‮poǝs‬. ⊥‮ɥǝ‬ ‮Ԑo‬⅂‮ᗡ‬ ‮dɐuǝʅ‬ ‮dʅɐʎs‬ ‮ʇɥǝ‬ ‮ɐʅʅ‬-‮ʌs‬-‮ɐʅʅ‬ ‮ƃɐɯǝ‬ ‮ıʇsǝʅɟ‬, ‮sʎɯqoʅıɔɐʅʅʎ‬: ‮ʇɥɹǝǝ‬ ‮ʅǝʌǝʅs‬ (∀‮ɹqıʇɹnɯ‬ ‮Ouǝ‬: 2^26 ‮qʅoɔʞs‬, 2^19 ‮qıƃ‬ ‮sʇǝds‬, 2^23 ‮sɯɐʅʅ‬ ‮sʇǝds‬; ‮oɹ‬ ‮ɐ‬ ‮ɹǝpnɔǝp‬ ‮sızǝ‬), ‮ɥısʇoɹıǝs‬ ‮ɐs‬ ‮Wǝɹʞʅǝ‬ ‮ɹooʇs‬ ‮dɐppǝp‬ ‮ʇo‬ ‮ɐ‬ ‮doʍǝɹ‬ ‮oɟ‬ ‮ʇʍo‬, ‮ɔnɯnʅɐʇıʌǝ‬ ‮ʇıɯǝɹs‬ ‮ɐup‬ ‮ʇɥǝ‬ 14,400-‮qʅoɔʞ‬ ‮ƃɹɐɔǝ‬ ‮dǝɹıop‬, ‮sʇɐʞǝs‬ ‮oɟ‬ 3,600 ‮Ǝ‬⊥‮H‬ ‮dǝɹ‬ ‮ɐssǝɹʇıou‬ ‮ɐup‬ 555 ‮ɐup‬ 79 ‮Ǝ‬⊥‮H‬ ‮dǝɹ‬ ‮qıƃ‬- ‮ɐup‬ ‮sɯɐʅʅ‬-‮sʇǝd‬ ‮ǝpƃǝ‬ (‮uıʇɹo‬-‮ɔouʇɹɐɔʇs‬ ‮sɔɹıdʇs‬/‮ɟıʅǝs‬/‮ɔouɟıƃs‬/‮ɐɹq‬1.‮ʇs‬). ‮Iu‬ ‮ʇɥǝ‬ ‮ɯopǝʅ‬ ‮ǝʌǝɹʎ‬ ‮dɐɹʇʎ‬ ‮ɐusʍǝɹs‬ ‮ɐʇ‬ ‮ouɔǝ‬ ‮ɐup‬ ‮uǝʌǝɹ‬ ‮ɹnus‬ ‮onʇ‬ ‮oɟ‬ ‮ɟnups‬; ‮ɹǝɐʅ‬ ‮dɐɹʇıǝs‬ ‮dɐʎ‬ ‮ƃɐs‬ ‮ɟoɹ‬ ‮ǝʌǝɹʎ‬ ‮ɯoʌǝ‬, ‮ɐup‬ ‮ɹǝɐʅ‬ ‮ɯıuı‬-‮sʇɐʞǝs‬ ‮ɐɹǝ‬ ‮ɹǝɟnupǝp‬ ‮ǝpƃǝ‬ ‮qʎ‬ ‮ǝpƃǝ‬.
rollup-explain-model-2 = ‮Ԑʅoqs‬ ‮ɐup‬ ‮ɟǝǝs‬. ⊥‮ɥǝ‬ ‮qʅoq‬ ‮qɐsǝ‬ ‮ɟǝǝ‬ ‮ɟoʅʅoʍs‬ ‮ƎIԀ‬-4844'‮s‬ ‮ɹnʅǝ‬ ‮ʍıʇɥ‬ ‮ƎIԀ‬-7918'‮s‬ ‮ɹǝsǝɹʌǝ‬ ‮dɹıɔǝ‬ (‮ou‬ ‮ʇɥǝ‬ ‮ԐԀO‬ ‮ɟoɹʞs‬), ‮oʇɥǝɹ‬ ‮nsǝɹs‬' ‮pǝɯɐup‬ ‮ɐ‬ ‮sʇǝɐpʎ‬ ‮ɹɐʇǝ‬; ‮ʇɥǝ‬ ‮ǝxǝɔnʇıou‬ ‮qɐsǝ‬ ‮ɟǝǝ‬ ‮ıs‬ ‮ɐ‬ ‮ɟıxǝp‬ ‮sǝʇʇıuƃ‬ (‮uo‬ ‮ƎIԀ‬-1559 ‮ɯoʌǝɯǝuʇ‬).
rollup-explain-model-3 = ‮Ԑɐʇɔɥǝs‬ ‮ɥǝɹǝ‬ ‮ɐɹǝ‬ 14-‮qʎʇǝ‬ ‮ʇɹɐusɟǝɹs‬ ‮ʍıʇɥonʇ‬ ‮sıƃuɐʇnɹǝs‬; ‮ɹǝɐʅ‬ ‮qɐʇɔɥǝs‬ ‮ɔɐɹɹʎ‬ ‮sıƃuǝp‬, ‮ᴚ‬⅂‮Ԁ‬-‮ǝuɔopǝp‬ ‮ʇɹɐusɐɔʇıous‬ ‮ʍɥosǝ‬ 65-‮qʎʇǝ‬ ‮sıƃuɐʇnɹǝs‬ ‮po‬ ‮uoʇ‬ ‮ɔoɯdɹǝss‬, ‮so‬ ‮ɹǝɐʅ‬ ‮ɹɐʇıos‬ ‮ɐɹǝ‬ ‮ʅoʍǝɹ‬ ‮ʇɥɐu‬ ‮ʇɥǝsǝ‬.
rollup-explain-model-4 = ∀‮ɹqıʇɹnɯ‬ ‮ɐssǝɹʇs‬ ‮ɐqonʇ‬ ‮ouɔǝ‬ ‮ɐu‬ ‮ɥonɹ‬ ‮oʌǝɹ‬ ‮ɯɐuʎ‬ ‮qɐʇɔɥǝs‬; ‮ʇɥǝ‬ ‮ɯopǝʅ‬ ‮dosʇs‬ ‮ouǝ‬ ‮ɐssǝɹʇıou‬ ‮dǝɹ‬ ‮qɐʇɔɥ‬. ‮Ԑoups‬ ‮ıu‬ ‮ʇɥǝ‬ ‮qɐʇɔɥ‬-‮qʎ‬-‮qɐʇɔɥ‬ ‮ɹnu‬ ‮ɐɹǝ‬ ‮ɐ‬ ‮ɟʅɐʇ‬ 1 ‮Ǝ‬⊥‮H‬; ‮ʇɥǝ‬ ‮Ԑo‬⅂‮ᗡ‬ ‮dɐuǝʅ‬ ‮nsǝs‬ ∀‮ɹqıʇɹnɯ‬ ‮Ouǝ‬'‮s‬ ‮ɹǝɐʅ‬ ‮sʇɐʞǝs‬.
rollup-explain-model-5 = ‮Nıʇɹo‬'‮s‬ ‮dosʇǝɹ‬ ‮dıɔʞs‬ ‮ıʇs‬ ‮Ԑɹoʇʅı‬ ‮ʅǝʌǝʅ‬ ‮ɟɹoɯ‬ ‮ıʇs‬ ‮qɐɔʞʅoƃ‬: 11 ‮ʍɥǝu‬ ‮ıʇ‬ ‮ıs‬ ‮ʞǝǝdıuƃ‬ ‮nd‬, 6 ‮ɟɹoɯ‬ 21 ‮qɐʇɔɥǝs‬ ‮qǝɥıup‬, 4 (‮ɹǝɔoɯdɹǝssıuƃ‬ ‮ɐʇ‬ 6) ‮ɟɹoɯ‬ 61 (‮ɐɹquopǝ‬/‮ɔoɯdɹǝssıou‬_‮ʅǝʌǝʅ‬.‮ƃo‬). ⊥‮ɥıs‬ ‮dosʇǝɹ‬ ‮uǝʌǝɹ‬ ‮ɟɐʅʅs‬ ‮qǝɥıup‬, ‮so‬ 11 ‮ıs‬ ‮ʇɥǝ‬ ‮pǝɟɐnʅʇ‬; ‮ʇɥǝ‬ ‮bnɐʅıʇʎ‬ ‮sǝʇʇıuƃ‬ ‮ʅǝʇs‬ ‮ʎon‬ ‮ʇɹɐpǝ‬ ‮sızǝ‬ ‮ɟoɹ‬ ‮sdǝǝp‬.
rollup-explain-model-6 = ⊥‮ɥǝ‬ ‮ouǝ‬-‮sʇǝd‬ ‮dɹooɟ‬ ‮ıs‬ ‮ƃıʌǝu‬ ‮ʇɥǝ‬ ‮ʍɥoʅǝ‬ (‮ʇıuʎ‬) ‮dɹǝ‬-‮sʇɐʇǝ‬; ‮ɹǝɐʅ‬ ‮Nıʇɹo‬ ‮dɹoʌǝs‬ ‮ouʅʎ‬ ‮ʇɥǝ‬ ‮ʇonɔɥǝp‬ ‮ɯǝɯoɹʎ‬ ‮ʍıʇɥ‬ ‮Wǝɹʞʅǝ‬ ‮dɹooɟs‬, ‮ɐup‬ ‮ǝxǝɔnʇǝs‬ ‮ouǝ‬ ‮Mǝq‬∀‮ssǝɯqʅʎ‬ (‮M‬∀‮ɅW‬) ‮ıusʇɹnɔʇıou‬. ⊥‮ɥǝ‬ ⅂1 ‮ǝxǝɔnʇıou‬ ‮ƃɐs‬ ‮dɹıɔǝ‬ ‮ıs‬ ‮ɐ‬ ‮sǝʇʇıuƃ‬, ‮ɐup‬ ⅂1 ‮ɐʅouǝ‬ ‮uǝʌǝɹ‬ ‮ɹɐısǝs‬ ‮ıʇs‬ ‮dɹıɔǝ‬ ‮ɐs‬ ‮ıʇs‬ ‮qɐɔʞʅoƃ‬ ‮ƃɹoʍs‬.
rollup-explain-sources = ‮Sonɹɔǝs‬: ‮Ↄɥɐıu‬ ⅂‮ɐq‬ ‮ɹǝɟǝɹǝuɔǝ‬/‮ɯopǝʅs‬.‮ɯp‬ §2; ‮Oɟɟɔɥɐıu‬ ⅂‮ɐqs‬, "∀‮ɹqıʇɹnɯ‬ ‮Nıʇɹo‬: ‮ɐ‬ ‮sǝɔoup‬-‮ƃǝuǝɹɐʇıou‬ ‮odʇıɯısʇıɔ‬ ‮ɹoʅʅnd‬" (2022); ∀‮ɹqıʇɹnɯ‬ ‮poɔs‬: ‮qɐʇɔɥ‬ ‮dosʇǝɹ‬ (‮Ԑɹoʇʅı‬, ‮WɐxSızǝ‬ 100,000), ‮ɔɥɐʅʅǝuƃǝ‬ ‮dǝɹıop‬ 45,818 ‮qʅoɔʞs‬, ‮Ԑo‬⅂‮ᗡ‬; ‮Oɟɟɔɥɐıu‬⅂‮ɐqs‬/‮uıʇɹo‬ ‮ɐɹquopǝ‬/‮qɐʇɔɥ‬_‮dosʇǝɹ‬.‮ƃo‬ ‮ɐup‬ ‮ɔoɯdɹǝssıou‬_‮ʅǝʌǝʅ‬.‮ƃo‬; ‮ƎIԀ‬-2028 (‮ɔɐʅʅpɐʇɐ‬ ‮ƃɐs‬ 16/4); ‮ƎIԀ‬-7623 (‮ɔɐʅʅpɐʇɐ‬ ‮ɟʅooɹ‬); ‮ƎIԀ‬-4844 (‮qʅoqs‬, ‮ɟɐʞǝ‬_‮ǝxdouǝuʇıɐʅ‬); ‮ƎIԀ‬-7691 (‮Ԁɹɐƃnǝ‬ 6/9); ‮ƎIԀ‬-7892 (‮ԐԀO‬ ‮ɟoɹʞs‬: ‮ԐԀO‬1 10/15, ‮ԐԀO‬2 14/21); ‮ƎIԀ‬-7918 (‮qʅoq‬ ‮ɹǝsǝɹʌǝ‬ ‮dɹıɔǝ‬); ‮Oɟɟɔɥɐıu‬⅂‮ɐqs‬/‮uıʇɹo‬-‮ɔouʇɹɐɔʇs‬ (‮Ↄɥɐʅʅǝuƃǝ‬⅂‮ıq‬.‮soʅ‬, ‮ƎpƃǝↃɥɐʅʅǝuƃǝWɐuɐƃǝɹ‬⅂‮ıq‬.‮soʅ‬, ‮ᴚoʅʅnd‬∩‮sǝɹ‬⅂‮oƃıɔ‬.‮soʅ‬, ‮ɐɹq‬1.‮ʇs‬) ‮ɐup‬ ‮Oɟɟɔɥɐıu‬⅂‮ɐqs‬/‮qoʅp‬.

## The narration (the live region, the log's last line)
rollup-nar = ‮Ԑʅoɔʞ‬ { $block } ({ $time }): { $parts }.
rollup-nar-batch = ‮qɐʇɔɥ‬ { $batch } ‮dosʇǝp‬ ‮ʍıʇɥ‬ { $txs }, { $raw } ‮qʎʇǝs‬ ‮ɹɐʍ‬, { $compressed } ‮ɔoɯdɹǝssǝp‬ (‮ɹɐʇıo‬ { $ratio }), { $gas }, { $cost } ‮ƃʍǝı‬ ‮ɐ‬ ‮ʇɹɐusɐɔʇıou‬
rollup-nar-sep = {"; "}
rollup-nar-txs = { $n ->
        [one] { $n } ‮ʇɹɐusɐɔʇıou‬
       *[other] { $n } ‮ʇɹɐusɐɔʇıous‬
    }
rollup-nar-blob-gas = { $gas } ‮qʅoq‬ ‮ƃɐs‬
rollup-nar-l1-gas = { $gas } ⅂1 ‮ƃɐs‬
rollup-nar-proposer = ‮ʇɥǝ‬ ‮dɹodosǝɹ‬
rollup-nar-validator = ‮ʌɐʅıpɐʇoɹ‬ { $v }
rollup-nar-true-root = ‮ʇɥǝ‬ ‮ʇɹnǝ‬ ‮sʇɐʇǝ‬ ‮ɹooʇ‬
rollup-nar-true-roots = ‮ʇɥǝ‬ ‮ʇɹnǝ‬ ‮sʇɐʇǝ‬ ‮ɹooʇs‬
rollup-nar-wrong-root = ‮ɐ‬ ‮MᴚON‬⅁ ‮sʇɐʇǝ‬ ‮ɹooʇ‬
rollup-nar-wrong-roots = ‮MᴚON‬⅁ ‮sʇɐʇǝ‬ ‮ɹooʇs‬
rollup-nar-posts = { $who } ‮dosʇs‬ { $ids } ‮ʍıʇɥ‬ { $root }
rollup-nar-assertion = ‮ɐssǝɹʇıou‬ { $id }
rollup-nar-assertions-range = ‮ɐssǝɹʇıous‬ { $first } ‮ʇo‬ { $last }
rollup-nar-assertions-list = ‮ɐssǝɹʇıous‬ { $list }
rollup-nar-challenge = ‮ʌɐʅıpɐʇoɹ‬ { $v } ‮ɔɥɐʅʅǝuƃǝs‬ ‮ɐssǝɹʇıou‬ { $a }: { $rounds } ‮ɹonups‬ ‮oɟ‬ { $arity }-‮ʍɐʎ‬ ‮pıssǝɔʇıou‬ ‮oʌǝɹ‬ ‮ʇɥǝ‬ ‮qɐʇɔɥ‬'‮s‬ { $steps } ‮ɅW‬ ‮sʇǝds‬
rollup-nar-round = ‮pıssǝɔʇıou‬ ‮ɹonup‬ { $k } ‮oɟ‬ { $n }: ‮ʇɥǝ‬ ‮pısdnʇǝp‬ ‮ɹɐuƃǝ‬ ‮uɐɹɹoʍs‬ ‮ʇo‬ ‮sʇǝds‬ { $lo } ‮ʇo‬ { $hi }
rollup-nar-wrong-claim = ⅂1 ‮ɹnus‬ ‮sʇǝd‬ { $step } ({ $op }): ‮ʇɥǝ‬ ‮dɹodosǝɹ‬'‮s‬ ‮ɔʅɐıɯ‬ ‮ıs‬ ‮ʍɹouƃ‬, ‮ıʇs‬ ‮qoup‬ ‮oɟ‬ { $eth } ‮Ǝ‬⊥‮H‬ ‮ƃoǝs‬ ‮ʇo‬ ‮ʌɐʅıpɐʇoɹ‬ { $v }
rollup-nar-wrong-claim-rolled = ⅂1 ‮ɹnus‬ ‮sʇǝd‬ { $step } ({ $op }): ‮ʇɥǝ‬ ‮dɹodosǝɹ‬'‮s‬ ‮ɔʅɐıɯ‬ ‮ıs‬ ‮ʍɹouƃ‬, ‮ıʇs‬ ‮qoup‬ ‮oɟ‬ { $eth } ‮Ǝ‬⊥‮H‬ ‮ƃoǝs‬ ‮ʇo‬ ‮ʌɐʅıpɐʇoɹ‬ { $v }, { $ids } ‮ɹoʅʅǝp‬ ‮qɐɔʞ‬
rollup-nar-right-claim = ⅂1 ‮ɹnus‬ ‮sʇǝd‬ { $step } ({ $op }): ‮ʇɥǝ‬ ‮dɹodosǝɹ‬ ‮ʍɐs‬ ‮ɹıƃɥʇ‬, ‮ʌɐʅıpɐʇoɹ‬ { $v } ‮ʅosǝs‬ ‮ıʇs‬ ‮qoup‬
rollup-nar-final = { $ids } ‮ɟıuɐʅ‬
rollup-nar-wrong-final = { $ids } ‮ɟıuɐʅ‬ ‮ʍıʇɥ‬ ‮ɐ‬ ‮MᴚON‬⅁ ‮sʇɐʇǝ‬ ‮ɹooʇ‬: ‮uoqopʎ‬ ‮ɔɥɐʅʅǝuƃǝp‬ ‮ıʇ‬ ‮ıu‬ ‮ʇıɯǝ‬
rollup-nar-filling = ‮qɐʇɔɥ‬ { $batch } ‮ɟıʅʅıuƃ‬: { $txs }, { $raw } ‮qʎʇǝs‬ ‮ɹɐʍ‬, ‮ɟıɹsʇ‬ ‮ouǝ‬ { $age } ‮oʅp‬
rollup-nar-no-batch = ‮uo‬ ‮qɐʇɔɥ‬ ‮ʎǝʇ‬; ⅂2 ‮ʇɹɐusɐɔʇıous‬ ‮ɐɹɹıʌǝ‬ ‮ɐʇ‬ { $tps } ‮ɐ‬ ‮sǝɔoup‬
rollup-nar-nothing = ‮uoʇɥıuƃ‬ ‮uǝʍ‬ ‮ou‬ ⅂1
rollup-nar-window = ‮ɐssǝɹʇıou‬ { $id }'‮s‬ ‮ɔɥɐʅʅǝuƃǝ‬ ‮ʍıupoʍ‬ { $pct }% ‮ǝʅɐdsǝp‬, { $left } ‮ʅǝɟʇ‬
rollup-nar-assertions-n = { $n ->
        [one] { $n } ‮ɐssǝɹʇıou‬
       *[other] { $n } ‮ɐssǝɹʇıous‬
    }
rollup-nar-over = ‮ɹnu‬ ‮oʌǝɹ‬: { $finals } ‮oɟ‬ { $all } ‮ɟıuɐʅ‬
rollup-nar-over-wrong = ‮ɹnu‬ ‮oʌǝɹ‬: { $finals } ‮oɟ‬ { $all } ‮ɟıuɐʅ‬, ‮ɐ‬ ‮MᴚON‬⅁ ‮sʇɐʇǝ‬ ‮ɹooʇ‬ ‮ɐɯouƃ‬ ‮ʇɥǝɯ‬

## Notices about the link's settings
rollup-notice-val = ‮ʌɐʅ‬: ‮ıƃuoɹǝp‬ { $bad } (‮ɐʇ‬ ‮ɯosʇ‬ { $most } ‮ǝuʇɹıǝs‬, ‮ǝɐɔɥ‬ ‮ou‬, ‮oɟɟ‬ ‮oɹ‬ ‮ʅɐʇǝ‬:‮Ԑ‬⅂‮OↃӼ‬)
rollup-notice-traffic = ‮ʇds‬ × ‮ʇɹɐɟɟıɔ‬ = { $txs } ‮ʇɹɐusɟǝɹs‬; ‮ʇɥǝ‬ ‮dɐƃǝ‬ ‮ɹnus‬ ‮ɐʇ‬ ‮ɯosʇ‬ { $most } (‮ʇɥǝ‬ ‮Ↄ‬⅂‮I‬ `‮ɔɥɐıuʅɐq‬ ‮ɹoʅʅnd‬` ‮ɹnus‬ ‮ɯoɹǝ‬); ‮nsıuƃ‬ ‮ʇɥǝ‬ ‮pǝɟɐnʅʇ‬ ‮ʇɹɐɟɟıɔ‬
rollup-notice-defaults = { $error }; ‮nsıuƃ‬ ‮ʇɥǝ‬ ‮dɐƃǝ‬'‮s‬ ‮pǝɟɐnʅʇs‬
rollup-notice-at = ‮ɐʇ‬ = { $at } ‮ʍonʅp‬ ‮ɔoɯdɹǝss‬ { $txs } ‮ʇɹɐusɟǝɹs‬ ‮ɐʇ‬ ‮bnɐʅıʇʎ‬ { $q } ‮ou‬ ‮ʅoɐp‬; ‮odǝuıuƃ‬ ‮ɐʇ‬ ‮qʅoɔʞ‬ { $cap } ‮ıusʇǝɐp‬

## The model's log ("What happened"; English as the CLI writes it)
rollup-ev-batch-full = ‮qɐʇɔɥ‬ { $index } ‮dosʇǝp‬ (‮Ⅎnʅʅ‬): { $txs } ‮ʇxs‬, { $raw } ‮Ԑ‬ ‮ɹɐʍ‬ -> { $compressed } ‮Ԑ‬ ‮Ԑɹoʇʅı‬ ({ $ratio }‮x‬), { $gas } ‮ƃɐs‬{ $blobs ->
        [0] {""}
       *[other] {" + "}{ $blobs } ‮qʅoq‬(‮s‬)
    }
rollup-ev-batch-delay = ‮qɐʇɔɥ‬ { $index } ‮dosʇǝp‬ (‮Wɐxᗡǝʅɐʎ‬): { $txs } ‮ʇxs‬, { $raw } ‮Ԑ‬ ‮ɹɐʍ‬ -> { $compressed } ‮Ԑ‬ ‮Ԑɹoʇʅı‬ ({ $ratio }‮x‬), { $gas } ‮ƃɐs‬{ $blobs ->
        [0] {""}
       *[other] {" + "}{ $blobs } ‮qʅoq‬(‮s‬)
    }
rollup-ev-assertion-proposer = ‮ɐssǝɹʇıou‬ { $id } ‮ɟoɹ‬ ‮qɐʇɔɥ‬ { $batch } ‮qʎ‬ ‮dɹodosǝɹ‬: ‮ɹooʇ‬ { $root }…, ‮ʍıupoʍ‬ ‮ǝups‬ ‮ɐʇ‬ ‮qʅoɔʞ‬ { $end }
rollup-ev-assertion-proposer-wrong = ‮ɐssǝɹʇıou‬ { $id } ‮ɟoɹ‬ ‮qɐʇɔɥ‬ { $batch } ‮qʎ‬ ‮dɹodosǝɹ‬: ‮ɹooʇ‬ { $root }… (‮MᴚON‬⅁), ‮ʍıupoʍ‬ ‮ǝups‬ ‮ɐʇ‬ ‮qʅoɔʞ‬ { $end }
rollup-ev-assertion-validator = ‮ɐssǝɹʇıou‬ { $id } ‮ɟoɹ‬ ‮qɐʇɔɥ‬ { $batch } ‮qʎ‬ ‮ʌɐʅıpɐʇoɹ‬ { $v }: ‮ɹooʇ‬ { $root }…, ‮ʍıupoʍ‬ ‮ǝups‬ ‮ɐʇ‬ ‮qʅoɔʞ‬ { $end }
rollup-ev-assertion-validator-wrong = ‮ɐssǝɹʇıou‬ { $id } ‮ɟoɹ‬ ‮qɐʇɔɥ‬ { $batch } ‮qʎ‬ ‮ʌɐʅıpɐʇoɹ‬ { $v }: ‮ɹooʇ‬ { $root }… (‮MᴚON‬⅁), ‮ʍıupoʍ‬ ‮ǝups‬ ‮ɐʇ‬ ‮qʅoɔʞ‬ { $end }
rollup-ev-challenge = ‮ʌɐʅıpɐʇoɹ‬ { $v } ‮ɔɥɐʅʅǝuƃǝs‬ ‮ɐssǝɹʇıou‬ { $id } (‮qɐʇɔɥ‬ { $batch }): ‮ʇɹɐɔǝ‬ ‮oɟ‬ { $steps } ‮sʇǝds‬, { $rounds } ‮ɹonups‬ ‮oɟ‬ { $arity }-‮ʍɐʎ‬ ‮pıssǝɔʇıou‬ (‮qıuɐɹʎ‬ { $binary }, 40-‮ʍɐʎ‬ { $d40 }); ‮dɹooɟ‬ ‮ɐʇ‬ ‮qʅoɔʞ‬ { $at }
rollup-ev-osp-right = ‮ouǝ‬-‮sʇǝd‬ ‮dɹooɟ‬: ⅂1 ‮ɹnus‬ ‮sʇǝd‬ { $step } ({ $op } ‮oɟ‬ ‮ʇɹɐusɟǝɹ‬ { $transfer }) ‮ɐup‬ ‮ƃǝʇs‬ { $hash }…; ‮ʇɥǝ‬ ‮dɹodosǝɹ‬ ‮ʍɐs‬ ‮ɹıƃɥʇ‬
rollup-ev-osp-wrong = ‮ouǝ‬-‮sʇǝd‬ ‮dɹooɟ‬: ⅂1 ‮ɹnus‬ ‮sʇǝd‬ { $step } ({ $op } ‮oɟ‬ ‮ʇɹɐusɟǝɹ‬ { $transfer }) ‮ɐup‬ ‮ƃǝʇs‬ { $hash }…; ‮ʇɥǝ‬ ‮dɹodosǝɹ‬'‮s‬ ‮ɔʅɐıɯ‬ ‮ıs‬ ‮ʍɹouƃ‬
rollup-ev-rolled-back = ‮dɹodosǝɹ‬'‮s‬ ‮qoup‬ ‮oɟ‬ { $bond } ‮ƃʍǝı‬ ‮sʅɐsɥǝp‬ ‮ʇo‬ ‮ʌɐʅıpɐʇoɹ‬ { $v }; ‮ɐssǝɹʇıous‬ { $ids } ‮ɹoʅʅǝp‬ ‮qɐɔʞ‬
rollup-ev-final = ‮ɐssǝɹʇıou‬ { $id } (‮qɐʇɔɥ‬ { $batch }) ‮ıs‬ ‮ɟıuɐʅ‬
rollup-ev-invalid-final = ‮ɐssǝɹʇıou‬ { $id } (‮qɐʇɔɥ‬ { $batch }) ‮ıs‬ ‮ɟıuɐʅ‬ ‮ʍıʇɥ‬ ‮ɐ‬ ‮MᴚON‬⅁ ‮sʇɐʇǝ‬ ‮ɹooʇ‬: ‮uoqopʎ‬ ‮ɔɥɐʅʅǝuƃǝp‬ ‮ıʇ‬

## Playback speeds (the time controls)
rollup-speed-1b = 1 ‮qʅoɔʞ‬/‮s‬ (12 ‮s‬/‮s‬)
rollup-speed-1m = 1 ‮ɯıu‬/‮s‬
rollup-speed-3m = 3 ‮ɯıu‬/‮s‬
rollup-speed-10m = 10 ‮ɯıu‬/‮s‬
rollup-speed-1h = 1 ‮ɥonɹ‬/‮s‬
rollup-speed-1d = 1 ‮pɐʎ‬/‮s‬
rollup-speed-max = ‮ɐs‬ ‮ɟɐsʇ‬ ‮ɐs‬ ‮dossıqʅǝ‬
