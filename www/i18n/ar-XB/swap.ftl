# Chain Lab: the atomic-swap page (src/ui/swap.rs, src/ui/swap/*.rs), its
# scenarios and outcomes (src/sim/swap/scenario.rs), narration and notices.

## The page
swap-title = ∀‮ʇoɯıɔ‬ ‮sʍɐd‬
swap-subtitle = ‮ʇʍo‬ ‮ɔɥɐıus‬, ‮ʇʍo‬ ‮ɥɐsɥ‬ ‮ʇıɯǝ‬-‮ʅoɔʞǝp‬ ‮ɔouʇɹɐɔʇs‬, ‮ouǝ‬ ‮sǝɔɹǝʇ‬
swap-scenarios-label = ‮Sɔǝuɐɹıos‬
swap-scenario-modified = ‮Sʇɐɹʇǝp‬ ‮ɟɹoɯ‬ "{ $scenario }", ‮ʍıʇɥ‬ ‮sǝʇʇıuƃs‬ ‮ɔɥɐuƃǝp‬ ‮ıu‬ ‮ʇɥǝ‬ ‮dɐuǝʅ‬: ‮ʇɥǝ‬ ‮onʇɔoɯǝ‬ ‮ıs‬ ‮ʍɥɐʇǝʌǝɹ‬ ‮ʇɥǝ‬ ‮ɯopǝʅ‬ ‮poǝs‬ ‮ʍıʇɥ‬ ‮ʇɥǝɯ‬. ‮Ԁɹǝss‬ ‮ʇɥǝ‬ ‮sɔǝuɐɹıo‬'‮s‬ ‮qnʇʇou‬ ‮ʇo‬ ‮ɹǝsʇoɹǝ‬ ‮ıʇ‬.
swap-expected-outcome = ‮Ǝxdǝɔʇǝp‬ ‮onʇɔoɯǝ‬:
swap-status = { $outcome } · { $blocks } ‮qʅoɔʞs‬ ‮ɯıuǝp‬ · ‮uoʍ‬ { $time }
swap-timeline-label = ‮Ԑoʇɥ‬ ‮ɔɥɐıus‬ ‮ou‬ ‮ouǝ‬ ‮ʇıɯǝ‬ ‮ɐxıs‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮sʍɐd‬'‮s‬ ‮ʇɹɐusɐɔʇıous‬, ‮ʇɥǝ‬ ‮ʇıɯǝʅoɔʞs‬ ‮ɐup‬ ‮uoʍ‬
swap-diagram-a-title = ∀‮ʅıɔǝ‬'‮s‬ ‮ɔouʇɹɐɔʇ‬ ‮ou‬ ‮ɔɥɐıu‬ ∀: ‮dɐʎs‬ ‮Ԑoq‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬
swap-diagram-b-title = ‮Ԑoq‬'‮s‬ ‮ɔouʇɹɐɔʇ‬ ‮ou‬ ‮ɔɥɐıu‬ ‮Ԑ‬: ‮dɐʎs‬ ∀‮ʅıɔǝ‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬
swap-from-height = ‮ɟɹoɯ‬ ‮ɥǝıƃɥʇ‬ { $height }
swap-from-time = ‮ɟɹoɯ‬ ‮ʇıɯǝ‬ { $time }
swap-refund-to-alice = { $from }, ‮ʇo‬ ∀‮ʅıɔǝ‬
swap-refund-to-bob = { $from }, ‮ʇo‬ ‮Ԑoq‬
swap-redeem-before = ‮qǝɟoɹǝ‬ { $time }
swap-secret-label = ‮Sǝɔɹǝʇ‬ ({ $bytes } ‮qʎʇǝs‬, ∀‮ʅıɔǝ‬'‮s‬ ‮nuʇıʅ‬ ‮sɥǝ‬ ‮ɹǝpǝǝɯs‬):
swap-digest-label = ‮SH‬∀-256 ‮pıƃǝsʇ‬ ‮ıu‬ ‮qoʇɥ‬ ‮ɔouʇɹɐɔʇs‬:
swap-secret-public = ⊥‮ɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ıs‬ ‮dnqʅıɔ‬: ‮ɐ‬ ‮ɹǝpǝǝɯ‬ ‮ʇɹɐusɐɔʇıou‬ ‮ɔɐɹɹʎıuƃ‬ ‮ıʇ‬ ‮ɥɐs‬ ‮qǝǝu‬ ‮qɹoɐpɔɐsʇ‬.
swap-secret-private = ⊥‮ɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ıs‬ ‮sʇıʅʅ‬ ‮dɹıʌɐʇǝ‬.
swap-balances-label = ‮Ԑoʇɥ‬ ‮dɐɹʇıǝs‬' ‮qɐʅɐuɔǝs‬ ‮ou‬ ‮qoʇɥ‬ ‮ɔɥɐıus‬ ‮oʌǝɹ‬ ‮ʇıɯǝ‬
swap-balance-chart = ‮qɐʅɐuɔǝ‬ ‮ɔɥɐɹʇ‬
swap-what-happened = ‮Mɥɐʇ‬ ‮ɥɐddǝuǝp‬

## Scenarios and outcomes
swap-scenario-happy-path = ‮Hɐddʎ‬ ‮dɐʇɥ‬
swap-scenario-participant-never-locks = ‮Ԑoq‬ ‮uǝʌǝɹ‬ ‮ʅoɔʞs‬
swap-scenario-initiator-never-redeems = ∀‮ʅıɔǝ‬ ‮uǝʌǝɹ‬ ‮ɹǝpǝǝɯs‬
swap-scenario-misordered-timelocks = ‮Wısoɹpǝɹǝp‬ ‮ʇıɯǝʅoɔʞs‬
swap-scenario-participant-offline = ‮Ԑoq‬ ‮ƃoǝs‬ ‮oɟɟʅıuǝ‬
swap-scenario-wrong-secret-length = 33-‮qʎʇǝ‬ ‮sǝɔɹǝʇ‬
swap-scenario-congestion = ‮Ↄouƃǝsʇǝp‬ ‮ɔɥɐıu‬ ∀
swap-scenario-happy-path-desc = ∀‮ʅıɔǝ‬ ‮ʅoɔʞs‬ 1 ‮Ԑ‬⊥‮Ↄ‬ ‮ou‬ ‮ɔɥɐıu‬ ∀ ‮ɟoɹ‬ 48 ‮ɥ‬; ‮ouɔǝ‬ ‮ıʇ‬ ‮ıs‬ ‮ɔouɟıɹɯǝp‬ ‮Ԑoq‬ ‮ʅoɔʞs‬ 15 ‮Ǝ‬⊥‮H‬ ‮ou‬ ‮ɔɥɐıu‬ ‮Ԑ‬ ‮ɟoɹ‬ 24 ‮ɥ‬ ‮nupǝɹ‬ ‮ʇɥǝ‬ ‮sɐɯǝ‬ ‮pıƃǝsʇ‬. ∀‮ʅıɔǝ‬ ‮ɹǝpǝǝɯs‬ ‮ou‬ ‮Ԑ‬, ‮ʍɥıɔɥ‬ ‮dnʇs‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ou‬-‮ɔɥɐıu‬; ‮Ԑoq‬ ‮ɔodıǝs‬ ‮ıʇ‬ ‮ɐup‬ ‮ɹǝpǝǝɯs‬ ‮ou‬ ∀ ‮ʅouƃ‬ ‮qǝɟoɹǝ‬ ∀‮ʅıɔǝ‬'‮s‬ ‮ʇıɯǝʅoɔʞ‬.
swap-scenario-participant-never-locks-desc = ∀‮ʅıɔǝ‬ ‮ʅoɔʞs‬, ‮qnʇ‬ ‮Ԑoq‬ ‮uǝʌǝɹ‬ ‮ʅoɔʞs‬ ‮ɥıs‬ ‮sıpǝ‬. ∀‮ʅıɔǝ‬ ‮ɥɐs‬ ‮ɹǝʌǝɐʅǝp‬ ‮uoʇɥıuƃ‬, ‮so‬ ‮sɥǝ‬ ‮sıɯdʅʎ‬ ‮ʍɐıʇs‬ ‮onʇ‬ ‮ɥǝɹ‬ 48 ‮ɥ‬ ‮ʇıɯǝʅoɔʞ‬ ‮ɐup‬ ‮ɹǝɟnups‬.
swap-scenario-initiator-never-redeems-desc = ‮Ԑoʇɥ‬ ‮ʅoɔʞ‬, ‮qnʇ‬ ∀‮ʅıɔǝ‬ ‮uǝʌǝɹ‬ ‮ɹǝpǝǝɯs‬, ‮so‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮uǝʌǝɹ‬ ‮ɐddǝɐɹs‬. ‮Ԑoq‬ ‮ɹǝɟnups‬ ‮ɐɟʇǝɹ‬ ‮ɥıs‬ 24 ‮ɥ‬ ‮ʇıɯǝʅoɔʞ‬ ‮ɐup‬ ∀‮ʅıɔǝ‬ ‮ɐɟʇǝɹ‬ ‮ɥǝɹ‬ 48 ‮ɥ‬ ‮ouǝ‬.
swap-scenario-misordered-timelocks-desc = ‮Ԑoq‬'‮s‬ ‮ʇıɯǝʅoɔʞ‬ (48 ‮ɥ‬) ‮ıs‬ ‮ʅouƃǝɹ‬ ‮ʇɥɐu‬ ∀‮ʅıɔǝ‬'‮s‬ (24 ‮ɥ‬). ∀‮ʅıɔǝ‬ ‮ɹǝɟnups‬ ‮ɥǝɹ‬ ‮oʍu‬ ‮ɔoıus‬ ‮ɐs‬ ‮soou‬ ‮ɐs‬ ‮ɥǝɹ‬ ‮ʇıɯǝʅoɔʞ‬ ‮odǝus‬, ‮ʇɥǝu‬ ‮ɹǝpǝǝɯs‬ ‮Ԑoq‬'‮s‬ ‮ɐʇ‬ 36 ‮ɥ‬: ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ɹǝɐɔɥǝs‬ ‮Ԑoq‬ ‮ʍɥǝu‬ ∀‮ʅıɔǝ‬'‮s‬ ‮ɔouʇɹɐɔʇ‬ ‮ıs‬ ‮ɐʅɹǝɐpʎ‬ ‮ǝɯdʇʎ‬.
swap-scenario-participant-offline-desc = ‮Ԑoq‬ ‮ʅoɔʞs‬, ‮ʇɥǝu‬ ‮ƃoǝs‬ ‮oɟɟʅıuǝ‬ ‮ɟɹoɯ‬ 2 ‮ɥ‬ ‮ʇo‬ 60 ‮ɥ‬. ∀‮ʇ‬ 6 ‮ɥ‬ ∀‮ʅıɔǝ‬ ‮ɹǝpǝǝɯs‬ ‮ɥıs‬ ‮ɔoıus‬, ‮dnqʅısɥıuƃ‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬, ‮qnʇ‬ ‮Ԑoq‬ ‮ıs‬ ‮uoʇ‬ ‮ʍɐʇɔɥıuƃ‬; ‮ɐʇ‬ 48 ‮ɥ‬ ‮ɥǝɹ‬ ‮ʇıɯǝʅoɔʞ‬ ‮odǝus‬ ‮ɐup‬ ‮sɥǝ‬ ‮ɹǝɟnups‬ ‮ɥǝɹ‬ ‮oʍu‬ ‮ɔoıus‬ ‮ʇoo‬.
swap-scenario-wrong-secret-length-desc = ∀‮ʅıɔǝ‬'‮s‬ ‮sǝɔɹǝʇ‬ ‮ıs‬ 33 ‮qʎʇǝs‬ ‮ɐup‬ ‮Ԑoq‬'‮s‬ ‮ɔouʇɹɐɔʇ‬ ‮poǝs‬ ‮uoʇ‬ ‮ɔɥǝɔʞ‬ ‮ʇɥǝ‬ ‮ʅǝuƃʇɥ‬. ∀‮ʅıɔǝ‬ ‮ɹǝpǝǝɯs‬ ‮ou‬ ‮Ԑ‬, ‮qnʇ‬ ‮ʇɥǝ‬ ‮sɔɹıdʇ‬ ‮ou‬ ∀ ‮ɹǝbnıɹǝs‬ ‮OԀ‬_‮SIZƎ‬ 32, ‮so‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮Ԑoq‬ ‮ɔodıǝs‬ ‮ɔɐu‬ ‮uǝʌǝɹ‬ ‮ɹǝpǝǝɯ‬; ∀‮ʅıɔǝ‬ ‮ɹǝɟnups‬ ‮ɐʇ‬ 48 ‮ɥ‬. ‮Mıʇɥ‬ ‮ʇɥǝ‬ ‮ɔɥǝɔʞ‬ ‮ou‬ ‮qoʇɥ‬ ‮ɔɥɐıus‬, ‮uǝıʇɥǝɹ‬ ‮ɔɐu‬ ‮ɹǝpǝǝɯ‬ ‮ɐup‬ ‮qoʇɥ‬ ‮ɹǝɟnup‬.
swap-scenario-congestion-desc = ‮Ԑoq‬ ‮ɹǝɐɔʇs‬ ‮ʇʍo‬ ‮ɥonɹs‬ ‮ɐɟʇǝɹ‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ɐddǝɐɹs‬. ‮Ԑʎ‬ ‮ʇɥǝu‬ ‮ɔɥɐıu‬ ∀'‮s‬ ‮qʅoɔʞs‬ ‮ɐɹǝ‬ ‮ɟnʅʅ‬ ‮oɟ‬ ‮ɥıƃɥǝɹ‬-‮dɐʎıuƃ‬ ‮ʇɹɐusɐɔʇıous‬ (‮ɟɹoɯ‬ 3 ‮ɥ‬ ‮ou‬), ‮so‬ ‮ɥıs‬ ‮ɹǝpǝǝɯ‬ ‮ɐʇ‬ ‮ʇɥǝ‬ ‮uoɹɯɐʅ‬ ‮ɟǝǝ‬ ‮ʍɐıʇs‬ ‮ıu‬ ‮ʇɥǝ‬ ‮ɯǝɯdooʅ‬, ‮ɐup‬ ‮ɥǝ‬ ‮uǝʌǝɹ‬ ‮ɹɐısǝs‬ ‮ʇɥǝ‬ ‮ɟǝǝ‬. ‮Mɥǝu‬ ∀‮ʅıɔǝ‬'‮s‬ ‮ʇıɯǝʅoɔʞ‬ ‮odǝus‬, ‮ɥǝɹ‬ ‮ɹǝɟnup‬ ‮onʇqıps‬ ‮ıʇ‬ (‮ɹǝdʅɐɔǝ‬-‮qʎ‬-‮ɟǝǝ‬) ‮ɐup‬ ‮ıs‬ ‮ɯıuǝp‬.
swap-outcome-pending = ‮Iu‬ ‮dɹoƃɹǝss‬: ‮ɐ‬ ‮ɔouʇɹɐɔʇ‬ ‮ıs‬ ‮sʇıʅʅ‬ ‮odǝu‬
swap-outcome-nothing-locked = ‮No‬ ‮sʍɐd‬: ‮Ԑoq‬ ‮uǝʌǝɹ‬ ‮ʅoɔʞǝp‬, ‮ɐup‬ ∀‮ʅıɔǝ‬'‮s‬ ‮ɔoıus‬ ‮ɐɹǝ‬ ‮qɐɔʞ‬ ‮ʍıʇɥ‬ ‮ɥǝɹ‬
swap-outcome-swapped = ‮Sʍɐddǝp‬: ‮ǝɐɔɥ‬ ‮dɐɹʇʎ‬ ‮ɹǝpǝǝɯǝp‬ ‮ʇɥǝ‬ ‮oʇɥǝɹ‬'‮s‬ ‮ɔoıus‬
swap-outcome-both-refunded = ‮Ԑoʇɥ‬ ‮ɹǝɟnupǝp‬: ‮uo‬ ‮sʍɐd‬, ‮ɐup‬ ‮ǝɐɔɥ‬ ‮dɐɹʇʎ‬ ‮ɥɐs‬ ‮ıʇs‬ ‮oʍu‬ ‮ɔoıus‬ ‮qɐɔʞ‬
swap-outcome-initiator-lost = ∀‮ʅıɔǝ‬ ‮ʅosʇ‬: ‮Ԑoq‬ ‮ɥɐs‬ ‮qoʇɥ‬ ‮sıpǝs‬
swap-outcome-participant-lost = ‮Ԑoq‬ ‮ʅosʇ‬: ∀‮ʅıɔǝ‬ ‮ɥɐs‬ ‮qoʇɥ‬ ‮sıpǝs‬

## Narration (the live region) and URL notices
swap-narration-start = ‮Ԑʅoɔʞ‬ 0: ‮uoʇɥıuƃ‬ ‮ɥɐs‬ ‮ɥɐddǝuǝp‬ ‮ʎǝʇ‬
swap-narration-event = { $time }: { $text }
swap-narration-outcome = { $last }. ‮Onʇɔoɯǝ‬: { $outcome }
swap-notice-window = { $key } = { $raw } ‮ıs‬ ‮uoʇ‬ ‮ɐ‬ ‮ʍıupoʍ‬ ‮ℲᴚOW‬-∩‮N‬⊥‮I‬⅂ ‮ıu‬ ‮sǝɔoups‬ (‮ℲᴚOW‬ < ∩‮N‬⊥‮I‬⅂ <= { $max }); ‮nsıuƃ‬ ‮ʇɥǝ‬ ‮sɔǝuɐɹıo‬'‮s‬
swap-notice-params = { $problem }; ‮nsıuƃ‬ ‮ʇɥǝ‬ { $scenario } ‮sɔǝuɐɹıo‬'‮s‬ ‮dɐɹɐɯǝʇǝɹs‬

## The contracts' state machines
swap-state-not-funded = ‮uoʇ‬ ‮ɟnupǝp‬
swap-state-locked = ‮ʅoɔʞǝp‬
swap-state-redeemed = ‮ɹǝpǝǝɯǝp‬
swap-state-refunded = ‮ɹǝɟnupǝp‬
swap-edge-fund = ‮ɟnup‬
swap-rule-redeem = ‮ɹǝpǝǝɯ‬: ‮SH‬∀-256(‮sǝɔɹǝʇ‬) = ‮pıƃǝsʇ‬
swap-rule-redeem-until = ‮ɹǝpǝǝɯ‬: ‮SH‬∀-256(‮sǝɔɹǝʇ‬) = ‮pıƃǝsʇ‬, { $rule }
swap-rule-refund = ‮ɹǝɟnup‬: { $rule }
swap-diagram-aria = { $title }: { $state }
swap-diagram-svg-aria = ‮Sʇɐʇǝ‬ ‮ɯɐɔɥıuǝ‬ ‮oɟ‬ { $title }, ‮uoʍ‬ { $state }

## The contracts as text
swap-script-a-label = ‮Ԑıʇɔoıu‬ ‮sɔɹıdʇ‬ ‮oɟ‬ ∀‮ʅıɔǝ‬'‮s‬ ‮ɔouʇɹɐɔʇ‬
swap-contract-b-label = ‮Soʅıpıʇʎ‬ ‮ɔouʇɹɐɔʇ‬ ‮oɟ‬ ‮Ԑoq‬'‮s‬ ‮ɔouʇɹɐɔʇ‬
swap-script-heading = ∀‮ʅıɔǝ‬'‮s‬ ‮ɔouʇɹɐɔʇ‬ ‮ou‬ ‮ʇɥǝ‬ ‮Ԑıʇɔoıu‬-‮ʅıʞǝ‬ ‮ɔɥɐıu‬ (‮ԐIԀ‬-199, ‮ʍıʇɥ‬ ‮pǝɔɹǝp‬'‮s‬ ‮sızǝ‬ ‮ɔɥǝɔʞ‬)
swap-script-size = ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ɯnsʇ‬ ‮qǝ‬ 32 ‮qʎʇǝs‬
swap-script-bob-pkh = ‮Ԑoq‬'‮s‬ ‮dnqʞǝʎ‬ ‮ɥɐsɥ‬
swap-script-bob-redeems = ‮Ԑoq‬ ‮ɹǝpǝǝɯs‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬
swap-script-refund-from = ‮ouʅʎ‬ ‮ɐqoʌǝ‬ ‮ɥǝıƃɥʇ‬ { $locktime }: ‮ɟɹoɯ‬ ‮qʅoɔʞ‬ { $first }
swap-script-alice-pkh = ∀‮ʅıɔǝ‬'‮s‬ ‮dnqʞǝʎ‬ ‮ɥɐsɥ‬
swap-script-alice-back = ∀‮ʅıɔǝ‬ ‮ʇɐʞǝs‬ ‮ıʇ‬ ‮qɐɔʞ‬
swap-sol-heading = ‮Ԑoq‬'‮s‬ ‮ɔouʇɹɐɔʇ‬ ‮ou‬ ‮ʇɥǝ‬ ‮Ǝʇɥǝɹǝnɯ‬-‮ʅıʞǝ‬ ‮ɔɥɐıu‬ (‮Soʅıpıʇʎ‬-‮sʇʎʅǝ‬)
swap-sol-after-start = { $time } ‮ɐɟʇǝɹ‬ ‮ʇɥǝ‬ ‮sʇɐɹʇ‬
swap-sol-may-refund = ‮ɯɐʎ‬ ‮ɹǝɟnup‬
swap-sol-may-redeem = ‮ɯɐʎ‬ ‮ɹǝpǝǝɯ‬
swap-sol-no-length-check = ‮uo‬ ‮ʅǝuƃʇɥ‬ ‮ɔɥǝɔʞ‬: ‮ɐuʎ‬ ‮sǝɔɹǝʇ‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮ɹıƃɥʇ‬ ‮ɥɐsɥ‬ ‮ıs‬ ‮ɐɔɔǝdʇǝp‬
swap-sol-public = ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ıs‬ ‮dnqʅıɔ‬ ‮ɟɹoɯ‬ ‮ɥǝɹǝ‬

## The timeline
swap-chain-a-like = ‮Ԑıʇɔoıu‬-‮ʅıʞǝ‬
swap-chain-b-like = ‮Ǝʇɥǝɹǝnɯ‬-‮ʅıʞǝ‬
swap-tl-alice-offline = ∀‮ʅıɔǝ‬ ‮oɟɟʅıuǝ‬
swap-tl-bob-offline = ‮Ԑoq‬ ‮oɟɟʅıuǝ‬
swap-tl-congested = ‮ɔouƃǝsʇǝp‬
swap-tl-block-every = ‮qʅoɔʞ‬ ‮ǝʌǝɹʎ‬ { $interval }
swap-tl-minutes = { $n } ‮ɯıu‬
swap-tl-seconds = { $n } ‮s‬
swap-tx-lock = ‮ʅoɔʞ‬
swap-tx-redeem = ‮ɹǝpǝǝɯ‬
swap-tx-refund = ‮ɹǝɟnup‬
swap-tl-tx = { $who } { $kind }
swap-tl-waiting = { $n } ‮ʍɐıʇıuƃ‬
swap-tl-refund-height = ‮ɹǝɟnup‬ ‮ɟɹoɯ‬ ‮ɥǝıƃɥʇ‬ { $height }
swap-tl-refund-height-est = ‮ɹǝɟnup‬ ‮ɟɹoɯ‬ ‮ɥǝıƃɥʇ‬ { $height } (‮ǝsʇ‬.)
swap-tl-refund-time = ‮ɹǝɟnup‬ ‮ɟɹoɯ‬ { $time }
swap-tl-now = ‮uoʍ‬ { $time }

## The schedule editor
swap-locks = ‮ʅoɔʞs‬
swap-redeems = ‮ɹǝpǝǝɯs‬
swap-refunds = ‮ɹǝɟnups‬
swap-reaction-delay = ‮ᴚǝɐɔʇıou‬ ‮pǝʅɐʎ‬ (‮ɯıunʇǝs‬)
swap-offline = ‮Oɟɟʅıuǝ‬ (‮ɥonɹs‬, ‮ɟɹoɯ‬-‮nuʇıʅ‬)
swap-offline-placeholder = ‮ǝ‬.‮ƃ‬. 2-50
swap-redeem-at = ‮ᴚǝpǝǝɯ‬ ‮uo‬ ‮ǝɐɹʅıǝɹ‬ ‮ʇɥɐu‬ (‮ɥonɹs‬)
swap-redeem-at-placeholder = ‮ɐs‬ ‮soou‬ ‮ɐs‬ ‮dossıqʅǝ‬
swap-timelocks = ⊥‮ıɯǝʅoɔʞs‬
swap-timelock-alice = ∀‮ʅıɔǝ‬'‮s‬, ‮ou‬ ‮ɔɥɐıu‬ ∀ (‮ɥonɹs‬)
swap-timelock-bob = ‮Ԑoq‬'‮s‬, ‮ou‬ ‮ɔɥɐıu‬ ‮Ԑ‬ (‮ɥonɹs‬)
swap-timelock-warning = ‮Ԑoq‬'‮s‬ ‮ʇıɯǝʅoɔʞ‬ ‮ıs‬ ‮uoʇ‬ ‮sɥoɹʇǝɹ‬ ‮ʇɥɐu‬ ∀‮ʅıɔǝ‬'‮s‬: ∀‮ʅıɔǝ‬ ‮ɔɐu‬ ‮ɹǝpǝǝɯ‬ ‮ʅɐʇǝ‬ ‮ɐup‬ ‮ɹǝɟnup‬ ‮ʇoo‬, ‮ɐup‬ ‮Ԑoq‬ ‮ɔɐu‬ ‮ʅosǝ‬.
swap-secret = ‮Sǝɔɹǝʇ‬
swap-secret-length = ⅂‮ǝuƃʇɥ‬ (‮qʎʇǝs‬)
swap-checks-length = ‮Ԑoq‬'‮s‬ ‮ɔouʇɹɐɔʇ‬ ‮ɔɥǝɔʞs‬ ‮ʇɥǝ‬ ‮ʅǝuƃʇɥ‬
swap-alice-initiator = ∀‮ʅıɔǝ‬ (‮ıuıʇıɐʇoɹ‬)
swap-bob-participant = ‮Ԑoq‬ (‮dɐɹʇıɔıdɐuʇ‬)
swap-chains = ‮Ↄɥɐıus‬
swap-a-block-time = ∀: ‮qʅoɔʞ‬ ‮ʇıɯǝ‬ (‮s‬)
swap-a-jitter = ∀: ‮ɹɐupoɯ‬ ‮qʅoɔʞ‬ ‮ıuʇǝɹʌɐʅs‬
swap-a-mempool = ∀: ‮ɯǝɯdooʅ‬ ‮pǝʅɐʎ‬ (‮s‬)
swap-b-block-time = ‮Ԑ‬: ‮qʅoɔʞ‬ ‮ʇıɯǝ‬ (‮s‬)
swap-b-mempool = ‮Ԑ‬: ‮ɯǝɯdooʅ‬ ‮pǝʅɐʎ‬ (‮s‬)
swap-congestion = ‮Ↄouƃǝsʇıou‬ (‮ɥonɹs‬, ‮ɟɹoɯ‬-‮nuʇıʅ‬)
swap-congestion-placeholder = ‮uouǝ‬
swap-congested-chain = ‮Ↄouƃǝsʇǝp‬ ‮ɔɥɐıu‬
swap-chain-a-option = ∀ (‮Ԑıʇɔoıu‬-‮ʅıʞǝ‬)
swap-chain-b-option = ‮Ԑ‬ (‮Ǝʇɥǝɹǝnɯ‬-‮ʅıʞǝ‬)
swap-keeps-settings = ⊥‮ɥǝ‬ ‮ɹnu‬ ‮ʞǝǝds‬ ‮ıʇs‬ ‮ʅɐsʇ‬ ‮ʌɐʅıp‬ ‮sǝʇʇıuƃs‬.
swap-err-reaction = ‮ɹǝɐɔʇıou‬ ‮pǝʅɐʎ‬: ‮ɯıunʇǝs‬ ‮ɟɹoɯ‬ 0 ‮ʇo‬ 20160
swap-err-redeem-at = ‮ɹǝpǝǝɯ‬ ‮uo‬ ‮ǝɐɹʅıǝɹ‬ ‮ʇɥɐu‬: ‮ɥonɹs‬
swap-err-timelock-alice = ∀‮ʅıɔǝ‬'‮s‬ ‮ʇıɯǝʅoɔʞ‬: ‮ɥonɹs‬, ‮ɐqoʌǝ‬ 0
swap-err-timelock-bob = ‮Ԑoq‬'‮s‬ ‮ʇıɯǝʅoɔʞ‬: ‮ɥonɹs‬, ‮ɐqoʌǝ‬ 0
swap-err-secret-length = ‮sǝɔɹǝʇ‬ ‮ʅǝuƃʇɥ‬: ‮ɐ‬ ‮ʍɥoʅǝ‬ ‮unɯqǝɹ‬
swap-err-block-time = ‮qʅoɔʞ‬ ‮ʇıɯǝ‬: ‮ʍɥoʅǝ‬ ‮sǝɔoups‬, ‮ɐqoʌǝ‬ 0
swap-err-mempool = ‮ɯǝɯdooʅ‬ ‮pǝʅɐʎ‬: ‮ʍɥoʅǝ‬ ‮sǝɔoups‬
swap-err-window = ‮ɐ‬ ‮ʍıupoʍ‬ ‮ıs‬ ‮ℲᴚOW‬-∩‮N‬⊥‮I‬⅂ ‮ıu‬ ‮ɥonɹs‬, ‮ǝ‬.‮ƃ‬. 2-50
swap-err-window-order = ‮ɐ‬ ‮ʍıupoʍ‬ ‮ıs‬ ‮ℲᴚOW‬-∩‮N‬⊥‮I‬⅂ ‮ıu‬ ‮ɥonɹs‬ ‮ʍıʇɥ‬ ‮ℲᴚOW‬ < ∩‮N‬⊥‮I‬⅂, ‮ǝ‬.‮ƃ‬. 2-50

## Verify this configuration
swap-verify-label = ‮Ʌǝɹıɟʎ‬ ‮ʇɥıs‬ ‮ɔouɟıƃnɹɐʇıou‬
swap-verify-button = ‮Ʌǝɹıɟʎ‬
swap-verify-checking = ‮Ↄɥǝɔʞıuƃ‬ ‮ǝʌǝɹʎ‬ ‮ıuʇǝɹʅǝɐʌıuƃ‬…
swap-verify-hint = ‮Ǝxdʅoɹǝs‬ ‮ǝʌǝɹʎ‬ ‮oɹpǝɹ‬ ‮oɟ‬ ‮qoʇɥ‬ ‮dɐɹʇıǝs‬' ‮ɐɔʇıous‬ ‮ɐup‬ ‮qoʇɥ‬ ‮ɔɥɐıus‬' ‮qʅoɔʞs‬ ‮ɟoɹ‬ ‮ʇɥıs‬ ‮ɔouɟıƃnɹɐʇıou‬ (‮ʍıʇɥ‬ ‮ʇıɯǝ‬ ‮sɔɐʅǝp‬ ‮poʍu‬), ‮ɐup‬ ‮ɹǝdoɹʇs‬ ‮ʍɥǝʇɥǝɹ‬ ‮ʇɥǝ‬ ‮sʍɐd‬ ‮ıs‬ ‮ɐʇoɯıɔ‬, ‮oɹ‬ ‮ɐ‬ ‮ɹnu‬ ‮ʍɥǝɹǝ‬ ‮ıʇ‬ ‮ıs‬ ‮uoʇ‬.
swap-verify-holds = ✓ ∀‮ʇoɯıɔıʇʎ‬ ‮ɥoʅps‬
swap-verify-fails = ✗ ‮Ↄonuʇǝɹǝxɐɯdʅǝ‬ ‮ɟonup‬
swap-verify-stats = · { $states } ‮sʇɐʇǝs‬, { $transitions } ‮ʇɹɐusıʇıous‬, { $ms } ‮ɯs‬
swap-property-alice = ∀‮ʅıɔǝ‬, ‮ɟoʅʅoʍıuƃ‬ ‮ɥǝɹ‬ ‮dʅɐu‬, ‮uǝʌǝɹ‬ ‮ʅosǝs‬: ‮sɥǝ‬ ‮ǝups‬ ‮ʍıʇɥ‬ ‮ɥǝɹ‬ ‮oʍu‬ ‮ɔoıus‬ ‮oɹ‬ ‮Ԑoq‬'‮s‬, ‮ʍɥɐʇǝʌǝɹ‬ ‮Ԑoq‬ ‮poǝs‬
swap-property-bob = ‮Ԑoq‬, ‮ɟoʅʅoʍıuƃ‬ ‮ɥıs‬ ‮dʅɐu‬, ‮uǝʌǝɹ‬ ‮ʅosǝs‬: ‮ɥǝ‬ ‮ǝups‬ ‮ʍıʇɥ‬ ‮ɥıs‬ ‮oʍu‬ ‮ɔoıus‬ ‮oɹ‬ ∀‮ʅıɔǝ‬'‮s‬, ‮ʍɥɐʇǝʌǝɹ‬ ∀‮ʅıɔǝ‬ ‮poǝs‬
swap-property-atomic = ‮Mıʇɥ‬ ‮qoʇɥ‬ ‮ɟoʅʅoʍıuƃ‬ ‮ʇɥǝıɹ‬ ‮dʅɐus‬, ‮ʇɥǝ‬ ‮sʍɐd‬ ‮ıs‬ ‮ɐʇoɯıɔ‬: ‮qoʇɥ‬ ‮ɹǝpǝǝɯ‬, ‮oɹ‬ ‮uǝıʇɥǝɹ‬ ‮poǝs‬ ‮ɐup‬ ‮uoʇɥıuƃ‬ ‮sʇɐʎs‬ ‮ʅoɔʞǝp‬
swap-cx-broken = ‮Ԁɹodǝɹʇʎ‬ ‮qɹoʞǝu‬: { $property }.
swap-cx-loses = { $who } ‮ʅosǝs‬. ‮Sʇǝd‬ ‮ʇɥɹonƃɥ‬ ‮ʇɥǝ‬ ‮ɹnu‬:
swap-cx-prev = ◀ ‮Ԁɹǝʌıons‬
swap-cx-next = ‮Nǝxʇ‬ ▶
swap-cx-position = ‮sʇǝd‬ { $at } ‮oɟ‬ { $n }
swap-cx-alice-title = ∀‮ʅıɔǝ‬'‮s‬ ‮ɔouʇɹɐɔʇ‬ (‮ɔɥɐıu‬ ∀) ‮ɐʇ‬ ‮ʇɥıs‬ ‮sʇǝd‬
swap-cx-bob-title = ‮Ԑoq‬'‮s‬ ‮ɔouʇɹɐɔʇ‬ (‮ɔɥɐıu‬ ‮Ԑ‬) ‮ɐʇ‬ ‮ʇɥıs‬ ‮sʇǝd‬
swap-cx-after-timelock = ‮ɐɟʇǝɹ‬ ‮ıʇs‬ ‮ʇıɯǝʅoɔʞ‬
swap-cx-before-timelock = ‮qǝɟoɹǝ‬ ‮ıʇs‬ ‮ʇıɯǝʅoɔʞ‬
swap-cx-summary = ‮Sǝɔɹǝʇ‬ ‮dnqʅıɔ‬: { $public } · ∀‮ʅıɔǝ‬'‮s‬ ‮uǝʇ‬ ‮ƃɐıu‬ { $alice } · ‮Ԑoq‬'‮s‬ ‮uǝʇ‬ ‮ƃɐıu‬ { $bob }
swap-yes = ‮ʎǝs‬
swap-no = ‮uo‬

## The custodial bridge
swap-bridge-label = ‮Ↄnsʇopıɐʅ‬ ‮qɹıpƃǝ‬ ‮ɔoɯdɐɹǝp‬
swap-bridge-heading = ⊥‮ɥǝ‬ ‮sɐɯǝ‬ ‮ʇɹɐpǝ‬ ‮ʇɥɹonƃɥ‬ ‮ɐ‬ ‮ɔnsʇopıɐʅ‬ ‮qɹıpƃǝ‬
swap-bridge-held = ‮Ԑ‬⊥‮Ↄ‬ ‮ʇɥǝ‬ ‮qɹıpƃǝ‬ ‮ɥoʅps‬ ‮ɟoɹ‬ ‮ɐʅʅ‬ ‮ıʇs‬ ‮nsǝɹs‬
swap-bridge-held-value = { $btc } ‮Ԑ‬⊥‮Ↄ‬
swap-bridge-undo = ‮Ӽǝʎs‬ ‮sʇoʅǝu‬: ‮nupo‬
swap-bridge-steal = ‮Sʇǝɐʅ‬ ‮ʇɥǝ‬ ‮odǝɹɐʇoɹs‬' ‮ʞǝʎs‬
swap-bridge-atomic = ∀‮ʇoɯıɔ‬ ‮sʍɐd‬ (‮ʇɥıs‬ ‮dɐƃǝ‬)
swap-bridge-atomic-text = ∀‮ʅıɔǝ‬'‮s‬ { $btc } ‮Ԑ‬⊥‮Ↄ‬ ‮ɔɐu‬ ‮ɯoʌǝ‬ ‮ouʅʎ‬ ‮ʇo‬ ‮Ԑoq‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬, ‮oɹ‬ ‮qɐɔʞ‬ ‮ʇo‬ ∀‮ʅıɔǝ‬ ‮ɐɟʇǝɹ‬ ‮ʇɥǝ‬ ‮ʇıɯǝʅoɔʞ‬; ‮Ԑoq‬'‮s‬ { $eth } ‮Ǝ‬⊥‮H‬ ‮ouʅʎ‬ ‮ʇo‬ ∀‮ʅıɔǝ‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬, ‮oɹ‬ ‮qɐɔʞ‬ ‮ʇo‬ ‮Ԑoq‬ ‮ʅɐʇǝɹ‬. ‮No‬ ‮ouǝ‬ ‮ǝʅsǝ‬ ‮ɥoʅps‬ ‮ɐ‬ ‮ʞǝʎ‬ ‮ʇo‬ ‮ǝıʇɥǝɹ‬ ‮ɔouʇɹɐɔʇ‬.
swap-bridge-atomic-stolen = ‮Sʇoʅǝu‬ ‮ʞǝʎs‬: ‮ʇɥǝ‬ ‮ɐʇʇɐɔʞǝɹ‬ ‮ɔɐu‬ ‮ʇɐʞǝ‬ ‮uoʇɥıuƃ‬ ‮ɥǝɹǝ‬. ‮No‬ ‮odǝɹɐʇoɹ‬ ‮ɥoʅps‬ ‮ɐ‬ ‮ʞǝʎ‬ ‮ʇo‬ ‮ǝıʇɥǝɹ‬ ‮ɔouʇɹɐɔʇ‬; ‮ʇɥǝ‬ ‮sʍɐd‬ ‮ɔɐɹɹıǝs‬ ‮ou‬.
swap-bridge-atomic-cost = ‮Ↄosʇ‬: ‮ʇʍo‬ ‮ɔɥɐıus‬' ‮ɔouɟıɹɯɐʇıou‬ ‮ʇıɯǝs‬, ‮qoʇɥ‬ ‮dɐɹʇıǝs‬ ‮ouʅıuǝ‬, ‮ɐup‬ ‮ɐ‬ ‮ʇıɯǝonʇ‬ ‮ıɟ‬ ‮ǝıʇɥǝɹ‬ ‮ʍɐʅʞs‬ ‮ɐʍɐʎ‬.
swap-bridge-custodial = ‮Ↄnsʇopıɐʅ‬ ‮qɹıpƃǝ‬
swap-bridge-custodial-text = ∀‮ʅıɔǝ‬ ‮sǝups‬ { $btc } ‮Ԑ‬⊥‮Ↄ‬ ‮ʇo‬ ‮ʇɥǝ‬ ‮qɹıpƃǝ‬'‮s‬ ‮ɔnsʇopʎ‬ ‮ɐppɹǝss‬, ‮ɔouʇɹoʅʅǝp‬ ‮qʎ‬ ‮ɐ‬ ‮ɟǝʍ‬ ‮odǝɹɐʇoɹs‬' ‮ʞǝʎs‬ (‮sɐʎ‬ 5 ‮oɟ‬ 9). ⊥‮ɥǝ‬ ‮qɹıpƃǝ‬ ‮ɯıuʇs‬ { $btc } ‮ʍɹɐddǝp‬ ‮Ԑ‬⊥‮Ↄ‬ ‮ou‬ ‮ʇɥǝ‬ ‮Ǝʇɥǝɹǝnɯ‬-‮ʅıʞǝ‬ ‮ɔɥɐıu‬, ‮ɐup‬ ∀‮ʅıɔǝ‬ ‮sǝʅʅs‬ ‮ıʇ‬ ‮ʇo‬ ‮Ԑoq‬ ‮ʇɥǝɹǝ‬ ‮ıu‬ ‮ouǝ‬ ‮ɟɐsʇ‬, ‮ɔɥǝɐd‬ ‮ʇɹɐusɐɔʇıou‬.
swap-bridge-custodial-stolen = ‮Sʇoʅǝu‬ ‮ʞǝʎs‬: ‮ʇɥǝ‬ ‮ɐʇʇɐɔʞǝɹ‬ ‮ʍıʇɥpɹɐʍs‬ ‮ɐʅʅ‬ { $held } ‮Ԑ‬⊥‮Ↄ‬ ‮ʇɥǝ‬ ‮qɹıpƃǝ‬ ‮ɥoʅps‬, ‮ǝʌǝɹʎouǝ‬'‮s‬, ‮uoʇ‬ ‮ɾnsʇ‬ ‮ʇɥıs‬ ‮ʇɹɐpǝ‬'‮s‬. ‮Ǝʌǝɹʎ‬ ‮ʍɹɐddǝp‬ ‮Ԑ‬⊥‮Ↄ‬ ‮ou‬ ‮ʇɥǝ‬ ‮oʇɥǝɹ‬ ‮ɔɥɐıu‬, ‮Ԑoq‬'‮s‬ ‮ıuɔʅnpǝp‬, ‮ıs‬ ‮uoʍ‬ ‮qɐɔʞǝp‬ ‮qʎ‬ ‮uoʇɥıuƃ‬.
swap-bridge-custodial-cost = ‮Ⅎɐsʇǝɹ‬ ‮ɐup‬ ‮ɯoɹǝ‬ ‮ɔouʌǝuıǝuʇ‬, ‮ʍɥıɔɥ‬ ‮ıs‬ ‮ʍɥʎ‬ ‮ɯosʇ‬ ‮ɔɹoss‬-‮ɔɥɐıu‬ ‮ʌoʅnɯǝ‬ ‮nsǝs‬ ‮qɹıpƃǝs‬; ‮qnʇ‬ ‮ǝʌǝɹʎ‬ ‮nsǝɹ‬ ‮ʇɹnsʇs‬ ‮ʇɥǝ‬ ‮odǝɹɐʇoɹs‬' ‮ʞǝʎs‬.
swap-bridge-sources = ‮Ԑɹıpƃǝs‬ ‮ɥɐʌǝ‬ ‮qǝǝu‬ ‮ɹoqqǝp‬ ‮ʇɥıs‬ ‮ʍɐʎ‬: ‮ʇɥǝ‬ ‮ᴚouıu‬ ‮qɹıpƃǝ‬ ‮ʅosʇ‬ ‮ɐqonʇ‬ $600 ‮ɯıʅʅıou‬ ‮ıu‬ ‮Wɐɹɔɥ‬ 2022 ‮ɐɟʇǝɹ‬ ‮ɐʇʇɐɔʞǝɹs‬ ‮oqʇɐıuǝp‬ ‮ɟıʌǝ‬ ‮oɟ‬ ‮ıʇs‬ ‮uıuǝ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ʞǝʎs‬; ‮Moɹɯɥoʅǝ‬ ‮ʅosʇ‬ ‮ɐqonʇ‬ $320 ‮ɯıʅʅıou‬ ‮ıu‬ ‮Ⅎǝqɹnɐɹʎ‬ 2022 ‮ʇɥɹonƃɥ‬ ‮ɐ‬ ‮qnƃ‬ ‮ʇɥɐʇ‬ ‮ʅǝʇ‬ ‮ɐu‬ ‮ɐʇʇɐɔʞǝɹ‬ ‮qʎdɐss‬ ‮ıʇs‬ ‮sıƃuɐʇnɹǝ‬ ‮ʌǝɹıɟıɔɐʇıou‬: ‮uo‬ ‮ʞǝʎ‬ ‮ʍɐs‬ ‮sʇoʅǝu‬, ‮qnʇ‬ ‮ʇɥǝ‬ ‮ɔnsʇopıǝp‬ ‮ɔoıus‬ ‮ʍǝɹǝ‬ ‮ʇɐʞǝu‬ ‮ɐʅʅ‬ ‮ʇɥǝ‬ ‮sɐɯǝ‬.

## The explanation
swap-explain-look = ‮Mɥɐʇ‬ ‮ʎon‬ ‮ɐɹǝ‬ ‮ʅooʞıuƃ‬ ‮ɐʇ‬
swap-explain-look-intro = ∀‮ʅıɔǝ‬ ‮ɥɐs‬ ‮ɔoıus‬ ‮ou‬ ‮ɐ‬ ‮Ԑıʇɔoıu‬-‮ʅıʞǝ‬ ‮ɔɥɐıu‬ ‮ɐup‬ ‮ʍɐuʇs‬ ‮Ԑoq‬'‮s‬ ‮ɔoıus‬ ‮ou‬ ‮ɐu‬ ‮Ǝʇɥǝɹǝnɯ‬-‮ʅıʞǝ‬ ‮ɔɥɐıu‬. ‮Nǝıʇɥǝɹ‬ ‮ʇɹnsʇs‬ ‮ʇɥǝ‬ ‮oʇɥǝɹ‬, ‮ɐup‬ ‮uo‬ ‮ouǝ‬ ‮sıʇs‬ ‮ıu‬ ‮ʇɥǝ‬ ‮ɯıppʅǝ‬. ∀‮ʅıɔǝ‬ ‮dıɔʞs‬ ‮ɐ‬ ‮ɹɐupoɯ‬ 32-‮qʎʇǝ‬ ‮sǝɔɹǝʇ‬ ‮ɐup‬ ‮dnʇs‬ ‮ouʅʎ‬ ‮ıʇs‬ ‮SH‬∀-256 ‮pıƃǝsʇ‬ ‮ıuʇo‬ ‮ʇʍo‬ ‮ɔouʇɹɐɔʇs‬:
swap-explain-look-1 = ∀‮ʅıɔǝ‬ ‮ʅoɔʞs‬ ‮ɥǝɹ‬ ‮ɔoıus‬ ‮ou‬ ‮ɔɥɐıu‬ ∀ ‮ıu‬ ‮ɐ‬ ‮ɔouʇɹɐɔʇ‬ ‮ʇɥɐʇ‬ ‮dɐʎs‬ ‮Ԑoq‬ ‮ıɟ‬ ‮ɥǝ‬ ‮sɥoʍs‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬, ‮oɹ‬ ‮ɹǝʇnɹus‬ ‮ʇɥǝɯ‬ ‮ʇo‬ ∀‮ʅıɔǝ‬ ‮ɐɟʇǝɹ‬ ‮ɐ‬ ‮ʅouƃ‬ ‮ʇıɯǝʅoɔʞ‬ (48 ‮ɥonɹs‬ ‮ɥǝɹǝ‬, ‮ɔonuʇǝp‬ ‮ıu‬ ‮ɔɥɐıu‬ ∀'‮s‬ ‮qʅoɔʞ‬ ‮ɥǝıƃɥʇs‬).
swap-explain-look-2 = ‮Ouɔǝ‬ ‮ʇɥɐʇ‬ ‮ʅoɔʞ‬ ‮ıs‬ ‮ɔouɟıɹɯǝp‬, ‮Ԑoq‬ ‮ʅoɔʞs‬ ‮ɥıs‬ ‮ɔoıus‬ ‮ou‬ ‮ɔɥɐıu‬ ‮Ԑ‬ ‮ıu‬ ‮ɐ‬ ‮ɔouʇɹɐɔʇ‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮sɐɯǝ‬ ‮pıƃǝsʇ‬ ‮ʇɥɐʇ‬ ‮dɐʎs‬ ∀‮ʅıɔǝ‬ ‮ıɟ‬ ‮sɥǝ‬ ‮sɥoʍs‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬, ‮oɹ‬ ‮ɹǝʇnɹus‬ ‮ʇɥǝɯ‬ ‮ʇo‬ ‮Ԑoq‬ ‮ɐɟʇǝɹ‬ ‮ɐ‬ ‮sɥoɹʇǝɹ‬ ‮ʇıɯǝʅoɔʞ‬ (24 ‮ɥonɹs‬, ‮qʎ‬ ‮ɔɥɐıu‬ ‮Ԑ‬'‮s‬ ‮qʅoɔʞ‬ ‮ʇıɯǝsʇɐɯds‬).
swap-explain-look-3 = ∀‮ʅıɔǝ‬ ‮ɹǝpǝǝɯs‬ ‮Ԑoq‬'‮s‬ ‮ɔouʇɹɐɔʇ‬. ⊥‮o‬ ‮po‬ ‮so‬ ‮sɥǝ‬ ‮ɯnsʇ‬ ‮dnqʅısɥ‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ıu‬ ‮ɐ‬ ‮ʇɹɐusɐɔʇıou‬ ‮ou‬ ‮ɔɥɐıu‬ ‮Ԑ‬, ‮ʍɥǝɹǝ‬ ‮ɐuʎouǝ‬, ‮Ԑoq‬ ‮ıuɔʅnpǝp‬, ‮ɔɐu‬ ‮ɹǝɐp‬ ‮ıʇ‬.
swap-explain-look-4 = ‮Ԑoq‬ ‮ɔodıǝs‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ɟɹoɯ‬ ‮ɔɥɐıu‬ ‮Ԑ‬ ‮ɐup‬ ‮ɹǝpǝǝɯs‬ ∀‮ʅıɔǝ‬'‮s‬ ‮ɔouʇɹɐɔʇ‬ ‮ou‬ ‮ɔɥɐıu‬ ∀, ‮ʍǝʅʅ‬ ‮qǝɟoɹǝ‬ ‮ɥǝɹ‬ ‮ʅouƃǝɹ‬ ‮ʇıɯǝʅoɔʞ‬ ‮ɹnus‬ ‮onʇ‬.
swap-explain-look-end = ‮Iɟ‬ ‮qoʇɥ‬ ‮ɟoʅʅoʍ‬ ‮ʇɥǝ‬ ‮dɹoʇoɔoʅ‬, ‮qoʇɥ‬ ‮ɹǝpǝǝɯ‬; ‮ıɟ‬ ‮ɐuʎouǝ‬ ‮sʇods‬ ‮qǝɟoɹǝ‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ıs‬ ‮ɹǝʌǝɐʅǝp‬, ‮ǝʌǝɹʎ‬ ‮ɔouʇɹɐɔʇ‬ ‮ʇɥɐʇ‬ ‮ʍɐs‬ ‮ɟnupǝp‬ ‮ʇıɯǝs‬ ‮onʇ‬ ‮ɐup‬ ‮ɹǝɟnups‬. ∀‮ɟʇǝɹ‬ ∀‮ʅıɔǝ‬ ‮ɹǝʌǝɐʅs‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬, ‮Ԑoq‬ ‮ɯnsʇ‬ ‮ɐɔʇ‬: ‮ʇɥǝ‬ ‮oɹpǝɹ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮ʇıɯǝʅoɔʞs‬ ‮ƃıʌǝs‬ ‮ɥıɯ‬ ‮ʇıɯǝ‬ ‮ʇo‬ ‮nsǝ‬ ‮ıʇ‬ ‮qǝɟoɹǝ‬ ∀‮ʅıɔǝ‬ ‮ɔɐu‬ ‮ʇɐʞǝ‬ ‮ɥǝɹ‬ ‮oʍu‬ ‮ɔoıus‬ ‮qɐɔʞ‬, ‮qnʇ‬ ‮ouʅʎ‬ ‮ıɟ‬ ‮ɥǝ‬ ‮ıs‬ ‮ouʅıuǝ‬ ‮ɐup‬ ‮ɥıs‬ ‮ʇɹɐusɐɔʇıou‬ ‮ƃǝʇs‬ ‮ɯıuǝp‬.
swap-explain-try = ‮Mɥɐʇ‬ ‮ʇo‬ ‮ʇɹʎ‬
swap-explain-try-1 = ‮ᴚnu‬ ‮ǝɐɔɥ‬ ‮sɔǝuɐɹıo‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮qnʇʇous‬, ‮ɐup‬ ‮sʇǝd‬ ‮ʍıʇɥ‬ → ‮ʇo‬ ‮sǝǝ‬ ‮ǝɐɔɥ‬ ‮ʇɹɐusɐɔʇıou‬ ‮ǝuʇǝɹ‬ ‮ɐ‬ ‮qʅoɔʞ‬ ‮ɐup‬ ‮ǝɐɔɥ‬ ‮ɔouʇɹɐɔʇ‬ ‮ɔɥɐuƃǝ‬ ‮sʇɐʇǝ‬.
swap-explain-try-2 = ‮Wɐʞǝ‬ ‮Ԑoq‬'‮s‬ ‮ʇıɯǝʅoɔʞ‬ ‮ɐs‬ ‮ʅouƃ‬ ‮ɐs‬ ∀‮ʅıɔǝ‬'‮s‬, ‮ʇɥǝu‬ ‮dɹǝss‬ ‮Ʌǝɹıɟʎ‬: ‮ʇɥǝ‬ ‮ɔɥǝɔʞǝɹ‬ ‮ɟıups‬ ‮ɐ‬ ‮ɹnu‬ ‮ıu‬ ‮ʍɥıɔɥ‬ ‮Ԑoq‬ ‮ɐɔʇs‬ ‮ıu‬ ‮ʇıɯǝ‬ ‮ɐup‬ ‮sʇıʅʅ‬ ‮ʅosǝs‬.
swap-explain-try-3 = ‮Ↄɥoosǝ‬ ‮ɐ‬ 33-‮qʎʇǝ‬ ‮sǝɔɹǝʇ‬ ‮ɐup‬ ‮nuʇıɔʞ‬ "‮Ԑoq‬'‮s‬ ‮ɔouʇɹɐɔʇ‬ ‮ɔɥǝɔʞs‬ ‮ʇɥǝ‬ ‮ʅǝuƃʇɥ‬": ∀‮ʅıɔǝ‬ ‮ɔɐu‬ ‮ɹǝpǝǝɯ‬ ‮Ԑoq‬'‮s‬ ‮ɔoıus‬, ‮qnʇ‬ ‮Ԑoq‬'‮s‬ ‮ɔodʎ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ıs‬ ‮ɹǝɟnsǝp‬ ‮qʎ‬ ‮ʇɥǝ‬ ‮sɔɹıdʇ‬'‮s‬ ‮OԀ‬_‮SIZƎ‬ 32. ⊥‮ıɔʞ‬ ‮ıʇ‬ ‮ɐƃɐıu‬: ‮uoʍ‬ ‮uǝıʇɥǝɹ‬ ‮ɔɐu‬ ‮ɹǝpǝǝɯ‬ ‮ɐup‬ ‮qoʇɥ‬ ‮ɹǝɟnup‬.
swap-explain-try-4 = ‮Odǝu‬ "‮Ԑoq‬ ‮ƃoǝs‬ ‮oɟɟʅıuǝ‬": ∀‮ʅıɔǝ‬ ‮ɥoʅps‬ ‮ɥǝɹ‬ ‮ɹǝpǝǝɯ‬ ‮qɐɔʞ‬ ‮nuʇıʅ‬ ‮Ԑoq‬ ‮ıs‬ ‮ɐʍɐʎ‬, ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ɐddǝɐɹs‬ ‮ʍɥıʅǝ‬ ‮ɥǝ‬ ‮ɔɐuuoʇ‬ ‮sǝǝ‬ ‮ıʇ‬, ‮ɐup‬ ‮ɥǝɹ‬ ‮ɹǝɟnup‬ ‮odǝus‬ ‮qǝɟoɹǝ‬ ‮ɥǝ‬ ‮ıs‬ ‮qɐɔʞ‬.
swap-explain-try-5 = ‮Sʇǝɐʅ‬ ‮ʇɥǝ‬ ‮qɹıpƃǝ‬ ‮odǝɹɐʇoɹs‬' ‮ʞǝʎs‬ ‮qǝʅoʍ‬ ‮ɐup‬ ‮ɔoɯdɐɹǝ‬ ‮ʍɥɐʇ‬ ‮ɐu‬ ‮ɐʇʇɐɔʞǝɹ‬ ‮ƃǝʇs‬ ‮ıu‬ ‮ǝɐɔɥ‬ ‮pǝsıƃu‬.
swap-explain-differ = ‮Mɥǝɹǝ‬ ‮ɹǝɐʅ‬ ‮sʍɐds‬ ‮pıɟɟǝɹ‬
swap-explain-differ-1 = ‮ᴚǝɐʅ‬ ‮sʍɐds‬ ‮ʍɐıʇ‬ ‮ɟoɹ‬ ‮sǝʌǝɹɐʅ‬ ‮ɔouɟıɹɯɐʇıous‬, ‮qǝɔɐnsǝ‬ ‮qʅoɔʞs‬ ‮ɔɐu‬ ‮qǝ‬ ‮ɹǝoɹƃɐuısǝp‬; ‮ʇɥǝ‬ ‮ɯopǝʅ‬ ‮ɥɐs‬ ‮uo‬ ‮ɹǝoɹƃɐuısɐʇıous‬, ‮so‬ ‮ouǝ‬ ‮ɔouɟıɹɯɐʇıou‬ ‮ıs‬ ‮ǝuonƃɥ‬ ‮ɥǝɹǝ‬.
swap-explain-differ-2 = ‮Ԑıʇɔoıu‬'‮s‬ ‮OԀ‬_‮ↃHƎↃӼ‬⅂‮OↃӼ‬⊥‮IWƎɅƎᴚIℲ‬⅄ ‮ɔɐu‬ ‮ɔonuʇ‬ ‮ɥǝıƃɥʇs‬ ‮oɹ‬ ‮ɯǝpıɐu‬-‮ʇıɯǝ‬-‮dɐsʇ‬; ‮Ǝʇɥǝɹǝnɯ‬ ‮qʅoɔʞ‬ ‮ʇıɯǝsʇɐɯds‬ ‮ɐɹǝ‬ ‮ɔɥosǝu‬ ‮qʎ‬ ‮dɹodosǝɹs‬ ‮ʍıʇɥıu‬ ‮qonups‬. ⊥‮ɥǝ‬ ‮ɯopǝʅ‬ ‮nsǝs‬ ‮ǝxɐɔʇ‬ ‮ɥǝıƃɥʇs‬ ‮ou‬ ∀ ‮ɐup‬ ‮ǝxɐɔʇ‬ ‮ʇıɯǝsʇɐɯds‬ ‮ou‬ ‮Ԑ‬.
swap-explain-differ-3 = ‮Ↄouƃǝsʇıou‬ ‮ɥǝɹǝ‬ ‮ʅǝʇs‬ ‮ouʅʎ‬ ‮ʇɹɐusɐɔʇıous‬ ‮dɐʎıuƃ‬ ‮ʇʍıɔǝ‬ ‮ʇɥǝ‬ ‮ɟǝǝ‬ ‮ıuʇo‬ ‮qʅoɔʞs‬. ∀‮ʅıɔǝ‬'‮s‬ ‮ɹǝɟnup‬ ‮dɐʎs‬ ‮ıʇ‬ ‮ɐup‬ ‮ɹǝdʅɐɔǝs‬ ‮Ԑoq‬'‮s‬ ‮dǝupıuƃ‬ ‮ɹǝpǝǝɯ‬; ‮Ԑoq‬ ‮uǝʌǝɹ‬ ‮ɹɐısǝs‬ ‮ɥıs‬ ‮oʍu‬ ‮ɟǝǝ‬. ∀ ‮ɹǝɐʅ‬ ‮Ԑoq‬ ‮ʍonʅp‬ ‮qnɯd‬ ‮ɥıs‬ ‮ɟǝǝ‬ (‮ɹǝdʅɐɔǝ‬-‮qʎ‬-‮ɟǝǝ‬, ‮ɔɥıʅp‬-‮dɐʎs‬-‮ɟoɹ‬-‮dɐɹǝuʇ‬) ‮ɐup‬ ‮ʇɥǝ‬ ‮ɹɐɔǝ‬ ‮ʍonʅp‬ ‮qǝ‬ ‮ɔʅosǝɹ‬.
swap-explain-differ-4 = ‮Ԑǝɟoɹǝ‬ ‮ʅoɔʞıuƃ‬, ‮ɐ‬ ‮ɹǝɐʅ‬ ‮dɐɹʇıɔıdɐuʇ‬ ‮ɐnpıʇs‬ ‮ʇɥǝ‬ ‮ıuıʇıɐʇoɹ‬'‮s‬ ‮ɔouʇɹɐɔʇ‬ (‮pǝɔɹǝp‬'‮s‬ ‮ʇooʅs‬ ‮ɥɐʌǝ‬ ‮ɐu‬ ‮ɐnpıʇɔouʇɹɐɔʇ‬ ‮ɔoɯɯɐup‬). ‮Ԁnqʅıɔ‬ ‮ʞǝʎs‬ ‮ɐup‬ ‮ʇɥǝıɹ‬ ‮ɥɐsɥǝs‬ ‮ɐɹǝ‬ ‮dʅɐɔǝɥoʅpǝɹs‬ ‮ɥǝɹǝ‬; ‮ʇɥǝ‬ ‮pıƃǝsʇ‬ ‮ɐup‬ ‮ʇıɯǝʅoɔʞs‬ ‮ɐɹǝ‬ ‮ʇɥǝ‬ ‮ɹnu‬'‮s‬ ‮ɹǝɐʅ‬ ‮ʌɐʅnǝs‬.
swap-explain-sources = ‮Sonɹɔǝs‬: ‮ԐIԀ‬-199 (‮ɥɐsɥǝp‬ ‮ʇıɯǝ‬-‮ʅoɔʞǝp‬ ‮ɔouʇɹɐɔʇ‬ ‮sɔɹıdʇ‬); ‮pǝɔɹǝp‬/‮ɐʇoɯıɔsʍɐd‬ (48 ‮ɥ‬ ‮ɐup‬ 24 ‮ɥ‬ ‮ʇıɯǝʅoɔʞs‬, ‮ʇɥǝ‬ 32-‮qʎʇǝ‬ ‮sǝɔɹǝʇ‬ ‮sızǝ‬ ‮ɔɥǝɔʞ‬); ‮Ↄɥɐıu‬ ⅂‮ɐq‬ ‮ɹǝɟǝɹǝuɔǝ‬/‮ɯopǝʅs‬.‮ɯp‬ §3.

## The event log (the model's story, src/sim/swap/{agents,mining,contract}.rs)
swap-ev-timelock-b = ‮Ԑoq‬'‮s‬ ‮ʇıɯǝʅoɔʞ‬ ‮dɐssǝs‬ ({ $time }): ‮ɔɥɐıu‬ ‮Ԑ‬ ‮uoʍ‬ ‮ɐɔɔǝdʇs‬ ‮ouʅʎ‬ ‮ɥıs‬ ‮ɹǝɟnup‬
swap-ev-congested = ‮Ↄɥɐıu‬ { $chain } ‮ıs‬ ‮ɔouƃǝsʇǝp‬: ‮ıʇs‬ ‮qʅoɔʞs‬ ‮ɟıʅʅ‬ ‮ʍıʇɥ‬ ‮ʇɹɐusɐɔʇıous‬ ‮dɐʎıuƃ‬ ‮ɯoɹǝ‬, ‮ɐup‬ ‮ɐ‬ ‮sʍɐd‬ ‮ʇɹɐusɐɔʇıou‬ ‮uǝǝps‬ ‮ɐʇ‬ ‮ʅǝɐsʇ‬ { $multiple }× ‮ʇɥǝ‬ ‮uoɹɯɐʅ‬ ‮ɟǝǝ‬ ‮ʇo‬ ‮ƃǝʇ‬ ‮ıu‬
swap-ev-congestion-clears = ‮Ↄɥɐıu‬ { $chain }'‮s‬ ‮ɔouƃǝsʇıou‬ ‮ɔʅǝɐɹs‬
swap-ev-offline = { $who } ‮ƃoǝs‬ ‮oɟɟʅıuǝ‬ ‮nuʇıʅ‬ { $time }: ‮sǝǝs‬ ‮uoʇɥıuƃ‬, ‮poǝs‬ ‮uoʇɥıuƃ‬
swap-ev-online = { $who } ‮ıs‬ ‮qɐɔʞ‬ ‮ouʅıuǝ‬
swap-ev-alice-holds-back = ∀‮ʅıɔǝ‬ ‮sǝǝs‬ ‮Ԑoq‬'‮s‬ ‮ʅoɔʞ‬ ‮ɔouɟıɹɯǝp‬, ‮ɐup‬ ‮ɥoʅps‬ ‮qɐɔʞ‬ ‮ɥǝɹ‬ ‮ɹǝpǝǝɯ‬ ‮nuʇıʅ‬ { $time }
swap-ev-alice-lock = ∀‮ʅıɔǝ‬ ‮qɹoɐpɔɐsʇs‬ ‮ɥǝɹ‬ ‮ʅoɔʞ‬: { $coins } ‮ıuʇo‬ ‮ʇɥǝ‬ ‮ԐIԀ‬-199 ‮sɔɹıdʇ‬ ‮ʍıʇɥ‬ ‮pıƃǝsʇ‬ { $digest }…, ‮ɹǝɟnupɐqʅǝ‬ ‮ɟɹoɯ‬ ‮ɥǝıƃɥʇ‬ { $height }
swap-ev-alice-too-late = ∀‮ʅıɔǝ‬ ‮poǝs‬ ‮uoʇ‬ ‮ɹǝpǝǝɯ‬: ‮ıʇ‬ ‮ɔonʅp‬ ‮uoʇ‬ ‮qǝ‬ ‮ɯıuǝp‬ ‮qǝɟoɹǝ‬ ‮Ԑoq‬'‮s‬ ‮ʇıɯǝʅoɔʞ‬ ‮ɐʇ‬ { $time }
swap-ev-alice-redeem = ∀‮ʅıɔǝ‬ ‮qɹoɐpɔɐsʇs‬ ‮ɥǝɹ‬ ‮ɹǝpǝǝɯ‬ ‮ou‬ ‮ɔɥɐıu‬ ‮Ԑ‬: ‮ʇɥǝ‬ ‮ɔɐʅʅ‬ ‮ɔɐɹɹıǝs‬ ‮ʇɥǝ‬ { $bytes }-‮qʎʇǝ‬ ‮sǝɔɹǝʇ‬
swap-ev-alice-refund = ∀‮ʅıɔǝ‬'‮s‬ ‮ʇıɯǝʅoɔʞ‬ ‮ıs‬ ‮odǝu‬: ‮sɥǝ‬ ‮qɹoɐpɔɐsʇs‬ ‮ɥǝɹ‬ ‮ɹǝɟnup‬ ‮ou‬ ‮ɔɥɐıu‬ ∀ (‮u‬⅂‮oɔʞ‬⊥‮ıɯǝ‬ { $locktime })
swap-ev-bob-lock = ‮Ԑoq‬ ‮sǝǝs‬ ∀‮ʅıɔǝ‬'‮s‬ ‮ɔouʇɹɐɔʇ‬ ‮ɔouɟıɹɯǝp‬ ‮ɐup‬ ‮qɹoɐpɔɐsʇs‬ ‮ɥıs‬ ‮ʅoɔʞ‬: { $coins } ‮nupǝɹ‬ ‮ʇɥǝ‬ ‮sɐɯǝ‬ ‮pıƃǝsʇ‬, ‮ɹǝɟnupɐqʅǝ‬ ‮ɟɹoɯ‬ { $time }
swap-ev-bob-too-late = ‮Ԑoq‬ ‮uo‬ ‮ʅouƃǝɹ‬ ‮ʅoɔʞs‬: ‮ıʇ‬ ‮ıs‬ ‮ʇoo‬ ‮ʅɐʇǝ‬ ‮ɟoɹ‬ ‮ʇɥǝ‬ ‮sʍɐd‬
swap-ev-bob-redeem = ‮Ԑoq‬ ‮ɔodıǝs‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ɟɹoɯ‬ ∀‮ʅıɔǝ‬'‮s‬ ‮ɹǝpǝǝɯ‬ ‮ou‬ ‮ɔɥɐıu‬ ‮Ԑ‬ ‮ɐup‬ ‮qɹoɐpɔɐsʇs‬ ‮ɥıs‬ ‮ɹǝpǝǝɯ‬ ‮ou‬ ‮ɔɥɐıu‬ ∀
swap-ev-bob-too-late-secret = ‮Ԑoq‬ ‮ɹǝɐps‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ou‬ ‮ɔɥɐıu‬ ‮Ԑ‬, ‮qnʇ‬ ∀‮ʅıɔǝ‬'‮s‬ ‮ɔouʇɹɐɔʇ‬ ‮ou‬ ‮ɔɥɐıu‬ ∀ ‮ʍɐs‬ ‮ɐʅɹǝɐpʎ‬ ‮ɹǝɟnupǝp‬: ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ıs‬ ‮ʍoɹʇɥ‬ ‮uoʇɥıuƃ‬ ‮ʇo‬ ‮ɥıɯ‬ ‮uoʍ‬
swap-ev-bob-too-late-secret-at = ‮Ԑoq‬ ‮ɹǝɐps‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ou‬ ‮ɔɥɐıu‬ ‮Ԑ‬, ‮qnʇ‬ ∀‮ʅıɔǝ‬'‮s‬ ‮ɔouʇɹɐɔʇ‬ ‮ou‬ ‮ɔɥɐıu‬ ∀ ‮ʍɐs‬ ‮ɐʅɹǝɐpʎ‬ ‮ɹǝɟnupǝp‬ ‮ɐʇ‬ { $time }: ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ıs‬ ‮ʍoɹʇɥ‬ ‮uoʇɥıuƃ‬ ‮ʇo‬ ‮ɥıɯ‬ ‮uoʍ‬
swap-ev-bob-refund = ‮Ԑoq‬ ‮qɹoɐpɔɐsʇs‬ ‮ɥıs‬ ‮ɹǝɟnup‬ ‮ou‬ ‮ɔɥɐıu‬ ‮Ԑ‬
swap-ev-rbf = { $text }, ‮dɐʎıuƃ‬ { $multiple }× ‮ʇɥǝ‬ ‮ɟǝǝ‬ ‮oɟ‬ { $other }'‮s‬ ‮dǝupıuƃ‬ ‮sdǝup‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮sɐɯǝ‬ ‮onʇdnʇ‬, ‮ʍɥıɔɥ‬ ‮ıʇ‬ ‮ɹǝdʅɐɔǝs‬ ‮ıu‬ ‮ʇɥǝ‬ ‮ɯǝɯdooʅ‬ (‮ɹǝdʅɐɔǝ‬-‮qʎ‬-‮ɟǝǝ‬)
swap-ev-replaced = { $tx } ‮ʅǝɐʌǝs‬ ‮ɔɥɐıu‬ ∀'‮s‬ ‮ɯǝɯdooʅ‬, ‮ɹǝdʅɐɔǝp‬ ‮qʎ‬ ‮ʇɥǝ‬ ‮ɥıƃɥǝɹ‬-‮dɐʎıuƃ‬ ‮sdǝup‬
swap-ev-outbid = { $text }, ‮dɐʎıuƃ‬ { $multiple }× ‮ʇɥǝ‬ ‮ɟǝǝ‬ ‮oɟ‬ { $other }'‮s‬ ‮dǝupıuƃ‬ ‮ɔɐʅʅ‬ ‮so‬ ‮ʇɥɐʇ‬ ‮ɐ‬ ‮qʅoɔʞ‬ ‮ʇɐʞǝs‬ ‮ıʇ‬ ‮ɟıɹsʇ‬
swap-ev-spent-dropped = { $tx } ‮ʅǝɐʌǝs‬ ‮ɔɥɐıu‬ ∀'‮s‬ ‮ɯǝɯdooʅ‬: ‮ʇɥǝ‬ ‮ɔouʇɹɐɔʇ‬'‮s‬ ‮onʇdnʇ‬ ‮ıs‬ ‮ɐʅɹǝɐpʎ‬ ‮sdǝuʇ‬
swap-ev-height-reached = ‮Ↄɥɐıu‬ ∀ ‮ɹǝɐɔɥǝs‬ ‮ɥǝıƃɥʇ‬ { $height }: ‮ɟɹoɯ‬ ‮ʇɥǝ‬ ‮uǝxʇ‬ ‮qʅoɔʞ‬ ‮ou‬, ∀‮ʅıɔǝ‬'‮s‬ ‮ɹǝɟnup‬ ‮ıs‬ ‮ʌɐʅıp‬ (‮OԀ‬_‮ↃHƎↃӼ‬⅂‮OↃӼ‬⊥‮IWƎɅƎᴚIℲ‬⅄)
swap-ev-lock-mined = { $who }'‮s‬ ‮ʅoɔʞ‬ ‮ıs‬ ‮ɯıuǝp‬ ‮ıu‬ ‮qʅoɔʞ‬ { $block }: { $coins } ‮sıʇs‬ ‮ıu‬ ‮ʇɥǝ‬ ‮ɔouʇɹɐɔʇ‬, ‮ɟoɹ‬ { $to } ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮oɹ‬ ‮qɐɔʞ‬ ‮ʇo‬ { $who } ‮ɟɹoɯ‬ { $from }
swap-ev-redeem-mined = { $who }'‮s‬ ‮ɹǝpǝǝɯ‬ ‮ıs‬ ‮ɯıuǝp‬ ‮ıu‬ ‮qʅoɔʞ‬ { $block }: { $who } ‮ɹǝɔǝıʌǝs‬ { $coins }
swap-ev-redeem-mined-public = { $who }'‮s‬ ‮ɹǝpǝǝɯ‬ ‮ıs‬ ‮ɯıuǝp‬ ‮ıu‬ ‮qʅoɔʞ‬ { $block }: { $who } ‮ɹǝɔǝıʌǝs‬ { $coins }, ‮ɐup‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ({ $secret }…) ‮ıs‬ ‮uoʍ‬ ‮dnqʅıɔ‬ ‮ou‬ ‮ɔɥɐıu‬ ‮Ԑ‬
swap-ev-refund-mined = { $who }'‮s‬ ‮ɹǝɟnup‬ ‮ıs‬ ‮ɯıuǝp‬ ‮ıu‬ ‮qʅoɔʞ‬ { $block }: { $coins } ‮qɐɔʞ‬ ‮ʍıʇɥ‬ { $who }
swap-ev-invalid = { $tx } ‮ıs‬ ‮ıuʌɐʅıp‬, ‮so‬ ‮uo‬ ‮qʅoɔʞ‬ ‮ʇɐʞǝs‬ ‮ıʇ‬: { $why }
swap-ev-reverts = { $tx } ‮ıs‬ ‮ɯıuǝp‬ ‮ıu‬ ‮qʅoɔʞ‬ { $block } ‮ɐup‬ ‮ɹǝʌǝɹʇs‬: { $why }
swap-at-height = ‮ɥǝıƃɥʇ‬ { $height }
swap-at-time = ‮ʇıɯǝ‬ { $time }
swap-txd-alice-lock = ∀‮ʅıɔǝ‬'‮s‬ ‮ʅoɔʞ‬
swap-txd-alice-redeem = ∀‮ʅıɔǝ‬'‮s‬ ‮ɹǝpǝǝɯ‬
swap-txd-alice-refund = ∀‮ʅıɔǝ‬'‮s‬ ‮ɹǝɟnup‬
swap-txd-bob-lock = ‮Ԑoq‬'‮s‬ ‮ʅoɔʞ‬
swap-txd-bob-redeem = ‮Ԑoq‬'‮s‬ ‮ɹǝpǝǝɯ‬
swap-txd-bob-refund = ‮Ԑoq‬'‮s‬ ‮ɹǝɟnup‬
swap-why-funded = ‮ʇɥǝ‬ ‮ɔouʇɹɐɔʇ‬ ‮ıs‬ ‮ɐʅɹǝɐpʎ‬ ‮ɟnupǝp‬
swap-why-never-funded = ‮ʇɥǝ‬ ‮ɔouʇɹɐɔʇ‬ ‮ɥoʅps‬ ‮uoʇɥıuƃ‬: ‮ıʇ‬ ‮ʍɐs‬ ‮uǝʌǝɹ‬ ‮ɟnupǝp‬
swap-why-redeemed = ‮ʇɥǝ‬ ‮ɔouʇɹɐɔʇ‬ ‮ʍɐs‬ ‮ɐʅɹǝɐpʎ‬ ‮ɹǝpǝǝɯǝp‬: ‮uoʇɥıuƃ‬ ‮ıs‬ ‮ʅǝɟʇ‬ ‮ıu‬ ‮ıʇ‬
swap-why-refunded = ‮ʇɥǝ‬ ‮ɔouʇɹɐɔʇ‬ ‮ʍɐs‬ ‮ɐʅɹǝɐpʎ‬ ‮ɹǝɟnupǝp‬: ‮uoʇɥıuƃ‬ ‮ıs‬ ‮ʅǝɟʇ‬ ‮ıu‬ ‮ıʇ‬
swap-why-size-a = ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ıs‬ { $bytes } ‮qʎʇǝs‬: ‮OԀ‬_‮SIZƎ‬ 32 ‮OԀ‬_‮ƎÒ‬∩∀⅂‮ɅƎᴚIℲ‬⅄ ‮ɟɐıʅs‬, ‮ʇɥǝ‬ ‮sɔɹıdʇ‬ ‮ʇɐʞǝs‬ ‮ouʅʎ‬ 32-‮qʎʇǝ‬ ‮sǝɔɹǝʇs‬
swap-why-hash-a = ‮ʍɹouƃ‬ ‮sǝɔɹǝʇ‬: ‮OԀ‬_‮SH‬∀256 <‮pıƃǝsʇ‬> ‮OԀ‬_‮ƎÒ‬∩∀⅂‮ɅƎᴚIℲ‬⅄ ‮ɟɐıʅs‬
swap-why-signature = ‮sıƃuɐʇnɹǝ‬ ‮ɔɥǝɔʞ‬ ‮ɟɐıʅs‬: ‮ouʅʎ‬ { $who } ‮ɔɐu‬ ‮ɹǝpǝǝɯ‬
swap-why-length-b = ‮ɹǝbnıɹǝ‬(‮sǝɔɹǝʇ‬.‮ʅǝuƃʇɥ‬ == 32) ‮ɟɐıʅs‬: ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ıs‬ { $bytes } ‮qʎʇǝs‬
swap-why-hash-b = ‮ʍɹouƃ‬ ‮sǝɔɹǝʇ‬: ‮sɥɐ‬256(‮sǝɔɹǝʇ‬) ‮ıs‬ ‮uoʇ‬ ‮ʇɥǝ‬ ‮pıƃǝsʇ‬
swap-why-only-redeem = ‮ouʅʎ‬ { $who } ‮ɔɐu‬ ‮ɹǝpǝǝɯ‬
swap-why-late = ‮ʇoo‬ ‮ʅɐʇǝ‬: ‮qʅoɔʞ‬ ‮ʇıɯǝ‬ { $time } ‮ıs‬ ‮uoʇ‬ ‮qǝɟoɹǝ‬ ‮ʇɥǝ‬ ‮ʇıɯǝʅoɔʞ‬ { $timelock }
swap-why-only-refund = ‮ouʅʎ‬ { $who } ‮ɔɐu‬ ‮ɹǝɟnup‬
swap-why-not-reached = ‮ʇıɯǝʅoɔʞ‬ ‮uoʇ‬ ‮ɹǝɐɔɥǝp‬ (‮ɥǝıƃɥʇ‬ { $height } <= { $locktime }): ‮ɐ‬ ‮ɹǝɟnup‬ ‮ʍıʇɥ‬ ‮u‬⅂‮oɔʞ‬⊥‮ıɯǝ‬ { $locktime } ‮ɔɐu‬ ‮qǝ‬ ‮ɯıuǝp‬ ‮ɟɹoɯ‬ ‮ɥǝıƃɥʇ‬ { $first }
swap-why-early = ‮ʇoo‬ ‮ǝɐɹʅʎ‬: ‮qʅoɔʞ‬ ‮ʇıɯǝ‬ { $time } ‮ıs‬ ‮qǝɟoɹǝ‬ ‮ʇɥǝ‬ ‮ʇıɯǝʅoɔʞ‬ { $timelock }

## Verify: the counterexample's steps and the abstraction (src/sim/swap/verify/report.rs)
swap-vr-start-alice = ‮Sʇɐɹʇ‬: ∀‮ʅıɔǝ‬ ‮ɟoʅʅoʍs‬ ‮ɥǝɹ‬ ‮dʅɐu‬; ‮Ԑoq‬ ‮ɯɐʎ‬ ‮po‬ ‮ɐuʎʇɥıuƃ‬ ‮ɥǝ‬ ‮ɔɐu‬ ‮sıƃu‬
swap-vr-start-bob = ‮Sʇɐɹʇ‬: ‮Ԑoq‬ ‮ɟoʅʅoʍs‬ ‮ɥıs‬ ‮dʅɐu‬; ∀‮ʅıɔǝ‬ ‮ɯɐʎ‬ ‮po‬ ‮ɐuʎʇɥıuƃ‬ ‮sɥǝ‬ ‮ɔɐu‬ ‮sıƃu‬, ‮ɐup‬ ‮dıɔʞǝp‬ ‮ɐ‬ { $bytes }-‮qʎʇǝ‬ ‮sǝɔɹǝʇ‬
swap-vr-start-bob-a-refuses = ‮Sʇɐɹʇ‬: ‮Ԑoq‬ ‮ɟoʅʅoʍs‬ ‮ɥıs‬ ‮dʅɐu‬; ∀‮ʅıɔǝ‬ ‮ɯɐʎ‬ ‮po‬ ‮ɐuʎʇɥıuƃ‬ ‮sɥǝ‬ ‮ɔɐu‬ ‮sıƃu‬, ‮ɐup‬ ‮dıɔʞǝp‬ ‮ɐ‬ { $bytes }-‮qʎʇǝ‬ ‮sǝɔɹǝʇ‬, ‮ʍɥıɔɥ‬ ‮ɔɥɐıu‬ ‮Ԑ‬ ‮ɐɔɔǝdʇs‬ ‮qnʇ‬ ‮ɔɥɐıu‬ ∀'‮s‬ ‮sɔɹıdʇ‬ (‮OԀ‬_‮SIZƎ‬ 32) ‮ɹǝɟnsǝs‬
swap-vr-start-bob-b-refuses = ‮Sʇɐɹʇ‬: ‮Ԑoq‬ ‮ɟoʅʅoʍs‬ ‮ɥıs‬ ‮dʅɐu‬; ∀‮ʅıɔǝ‬ ‮ɯɐʎ‬ ‮po‬ ‮ɐuʎʇɥıuƃ‬ ‮sɥǝ‬ ‮ɔɐu‬ ‮sıƃu‬, ‮ɐup‬ ‮dıɔʞǝp‬ ‮ɐ‬ { $bytes }-‮qʎʇǝ‬ ‮sǝɔɹǝʇ‬, ‮ʍɥıɔɥ‬ ‮ɔɥɐıu‬ ∀ ‮ɐɔɔǝdʇs‬ ‮qnʇ‬ ‮ɔɥɐıu‬ ‮Ԑ‬ ‮ɹǝɟnsǝs‬
swap-vr-start-bob-both-refuse = ‮Sʇɐɹʇ‬: ‮Ԑoq‬ ‮ɟoʅʅoʍs‬ ‮ɥıs‬ ‮dʅɐu‬; ∀‮ʅıɔǝ‬ ‮ɯɐʎ‬ ‮po‬ ‮ɐuʎʇɥıuƃ‬ ‮sɥǝ‬ ‮ɔɐu‬ ‮sıƃu‬, ‮ɐup‬ ‮dıɔʞǝp‬ ‮ɐ‬ { $bytes }-‮qʎʇǝ‬ ‮sǝɔɹǝʇ‬, ‮ʍɥıɔɥ‬ ‮qoʇɥ‬ ‮ɔɥɐıus‬ ‮ɹǝɟnsǝ‬
swap-vr-start-both = ‮Sʇɐɹʇ‬: ‮qoʇɥ‬ ‮ɟoʅʅoʍ‬ ‮ʇɥǝıɹ‬ ‮dʅɐus‬
swap-vr-alice-lock = ∀‮ʅıɔǝ‬ ‮qɹoɐpɔɐsʇs‬ ‮ɥǝɹ‬ ‮ʅoɔʞ‬ ‮ou‬ ‮ɔɥɐıu‬ { $chain }
swap-vr-alice-redeem = ∀‮ʅıɔǝ‬ ‮qɹoɐpɔɐsʇs‬ ‮ɥǝɹ‬ ‮ɹǝpǝǝɯ‬ ‮ou‬ ‮ɔɥɐıu‬ { $chain }, ‮ɹǝʌǝɐʅıuƃ‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬
swap-vr-alice-refund = ∀‮ʅıɔǝ‬ ‮qɹoɐpɔɐsʇs‬ ‮ɥǝɹ‬ ‮ɹǝɟnup‬ ‮ou‬ ‮ɔɥɐıu‬ { $chain }
swap-vr-bob-lock = ‮Ԑoq‬ ‮qɹoɐpɔɐsʇs‬ ‮ɥıs‬ ‮ʅoɔʞ‬ ‮ou‬ ‮ɔɥɐıu‬ { $chain }
swap-vr-bob-redeem = ‮Ԑoq‬ ‮qɹoɐpɔɐsʇs‬ ‮ɥıs‬ ‮ɹǝpǝǝɯ‬ ‮ou‬ ‮ɔɥɐıu‬ { $chain } ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬ ‮ɟɹoɯ‬ ‮ɔɥɐıu‬ ‮Ԑ‬
swap-vr-bob-refund = ‮Ԑoq‬ ‮qɹoɐpɔɐsʇs‬ ‮ɥıs‬ ‮ɹǝɟnup‬ ‮ou‬ ‮ɔɥɐıu‬ { $chain }
swap-vr-mined = { $tx } ‮ıs‬ ‮ɯıuǝp‬
swap-vr-fails = { $tx } ‮ɟɐıʅs‬ ({ $why })
swap-vr-fail-settled = ‮ʇɥǝ‬ ‮ɔouʇɹɐɔʇ‬ ‮ıs‬ ‮ɐʅɹǝɐpʎ‬ ‮sǝʇʇʅǝp‬
swap-vr-fail-not-funded = ‮ʇɥǝ‬ ‮ɔouʇɹɐɔʇ‬ ‮ıs‬ ‮uoʇ‬ ‮ɟnupǝp‬
swap-vr-fail-funded = ‮ɐʅɹǝɐpʎ‬ ‮ɟnupǝp‬
swap-vr-fail-secret = ‮ʇɥǝ‬ ‮sǝɔɹǝʇ‬'‮s‬ ‮ʅǝuƃʇɥ‬ ‮ıs‬ ‮ɹǝɟnsǝp‬
swap-vr-fail-late = ‮ʇoo‬ ‮ʅɐʇǝ‬: ‮dɐsʇ‬ ‮ʇɥǝ‬ ‮ʇıɯǝʅoɔʞ‬
swap-vr-fail-early = ‮ʇıɯǝʅoɔʞ‬ ‮uoʇ‬ ‮ɹǝɐɔɥǝp‬
swap-vr-block-a = ‮Ↄɥɐıu‬ ∀ ‮qʅoɔʞ‬ { $n }
swap-vr-block-a-open = ‮Ↄɥɐıu‬ ∀ ‮qʅoɔʞ‬ { $n } (‮ɹǝɟnup‬ ‮ʍıupoʍ‬ ‮odǝu‬)
swap-vr-block-b = ‮Ↄɥɐıu‬ ‮Ԑ‬ ‮qʅoɔʞ‬ ‮ɐʇ‬ ‮ʇıɔʞ‬ { $n }
swap-vr-block-b-timelock = ‮Ↄɥɐıu‬ ‮Ԑ‬ ‮qʅoɔʞ‬ ‮ɐʇ‬ ‮ʇıɔʞ‬ { $n } (‮Ԑoq‬'‮s‬ ‮ʇıɯǝʅoɔʞ‬ ‮dɐssǝs‬ ‮ʍıʇɥıu‬ ‮ıʇ‬: ‮ɹǝpǝǝɯs‬ ‮qǝɟoɹǝ‬ ‮ıʇ‬, ‮ɹǝɟnups‬ ‮ɐɟʇǝɹ‬)
swap-vr-block-b-past = ‮Ↄɥɐıu‬ ‮Ԑ‬ ‮qʅoɔʞ‬ ‮ɐʇ‬ ‮ʇıɔʞ‬ { $n } (‮dɐsʇ‬ ‮Ԑoq‬'‮s‬ ‮ʇıɯǝʅoɔʞ‬)
swap-vr-block = { $what }: { $parts }
swap-vr-quiet-one = ∀ ‮qʅoɔʞ‬ ‮dɐssǝs‬ ‮ʍıʇɥ‬ ‮uoʇɥıuƃ‬ ‮ɟoɹ‬ ‮ʇɥǝ‬ ‮sʍɐd‬ (‮ʇıɔʞ‬ { $tick }, ‮ɔɥɐıu‬ ∀ ‮ɐʇ‬ ‮ɥǝıƃɥʇ‬ { $height })
swap-vr-quiet-many = { $n } ‮qʅoɔʞs‬ ‮dɐss‬ ‮ʍıʇɥ‬ ‮uoʇɥıuƃ‬ ‮ɟoɹ‬ ‮ʇɥǝ‬ ‮sʍɐd‬ (‮ʇıɔʞ‬ { $tick }, ‮ɔɥɐıu‬ ∀ ‮ɐʇ‬ ‮ɥǝıƃɥʇ‬ { $height })
swap-vr-quiet-span = { $n } ‮qʅoɔʞs‬ ‮dɐss‬ ‮ʍıʇɥ‬ ‮uoʇɥıuƃ‬ ‮ɟoɹ‬ ‮ʇɥǝ‬ ‮sʍɐd‬ (‮ʇıɔʞs‬ { $from } ‮ʇo‬ { $tick }, ‮ɔɥɐıu‬ ∀ ‮ɐʇ‬ ‮ɥǝıƃɥʇ‬ { $height })
swap-vr-offline = { $who } ‮ıs‬ ‮oɟɟʅıuǝ‬
swap-vr-waits = { $tx } ‮ʍɐıʇs‬ ‮ıu‬ ‮ɔɥɐıu‬ { $chain }'‮s‬ ‮ɯǝɯdooʅ‬
swap-vr-waits-congested = { $tx } ‮ʍɐıʇs‬ ‮ıu‬ ‮ɔɥɐıu‬ { $chain }'‮s‬ ‮ɯǝɯdooʅ‬ (‮ʇɥǝ‬ ‮ɔɥɐıu‬ ‮ıs‬ ‮ɔouƃǝsʇǝp‬)
swap-vr-end-alice = ‮Ǝup‬: ∀‮ʅıɔǝ‬ ‮ɥɐs‬ ‮uǝıʇɥǝɹ‬ ‮ɥǝɹ‬ ‮oʍu‬ ‮ɔoıus‬ ‮qɐɔʞ‬ ‮uoɹ‬ ‮Ԑoq‬'‮s‬
swap-vr-end-bob = ‮Ǝup‬: ‮Ԑoq‬ ‮ɥɐs‬ ‮uǝıʇɥǝɹ‬ ‮ɥıs‬ ‮oʍu‬ ‮ɔoıus‬ ‮qɐɔʞ‬ ‮uoɹ‬ ∀‮ʅıɔǝ‬'‮s‬
swap-vr-end = ‮Ǝup‬
swap-vr-abs-time = ⊥‮ıɯǝ‬ ‮ıs‬ ‮ɔonuʇǝp‬ ‮ıu‬ ‮ʇıɔʞs‬ ‮oɟ‬ { $tick }: ‮Ԑoq‬'‮s‬ ‮ʇıɯǝʅoɔʞ‬ ({ $bob }) ‮ıs‬ { $ticks } ‮ʇıɔʞs‬, ‮ɐup‬ ∀‮ʅıɔǝ‬'‮s‬ ({ $alice }) ‮ıs‬ ‮ɥǝıƃɥʇ‬ { $height } ‮ou‬ ‮ɔɥɐıu‬ ∀, ‮so‬ ‮ɥǝɹ‬ ‮ɹǝɟnup‬ ‮ɔɐu‬ ‮qǝ‬ ‮ɯıuǝp‬ ‮ɟɹoɯ‬ ‮qʅoɔʞ‬ { $first }.
swap-vr-abs-drift = ‮Ǝɐɔɥ‬ ‮ɔɥɐıu‬ ‮ɯɐʞǝs‬ ‮ouǝ‬ ‮qʅoɔʞ‬ ‮dǝɹ‬ ‮ʇıɔʞ‬: ‮ɔɥɐıu‬ ‮Ԑ‬'‮s‬ ‮qʅoɔʞ‬ ‮ɐʇ‬ ‮ʇıɔʞ‬ ‮ʞ‬ ‮ɥɐs‬ ‮ʇıɯǝsʇɐɯd‬ ‮ʞ‬, ‮ɐup‬ ‮ɔɥɐıu‬ ∀'‮s‬ ‮ɥǝıƃɥʇ‬ ‮ɯɐʎ‬ ‮ɹnu‬ ‮nd‬ ‮ʇo‬ { $drift ->
        [one] { $drift } ‮qʅoɔʞ‬
       *[other] { $drift } ‮qʅoɔʞs‬
    } ‮ɐɥǝɐp‬ ‮oɟ‬ ‮oɹ‬ ‮qǝɥıup‬ ‮ʇɥǝ‬ ‮ʇıɔʞs‬.
swap-vr-abs-drift-jitter = ‮Ǝɐɔɥ‬ ‮ɔɥɐıu‬ ‮ɯɐʞǝs‬ ‮ouǝ‬ ‮qʅoɔʞ‬ ‮dǝɹ‬ ‮ʇıɔʞ‬: ‮ɔɥɐıu‬ ‮Ԑ‬'‮s‬ ‮qʅoɔʞ‬ ‮ɐʇ‬ ‮ʇıɔʞ‬ ‮ʞ‬ ‮ɥɐs‬ ‮ʇıɯǝsʇɐɯd‬ ‮ʞ‬, ‮ɐup‬ ‮ɔɥɐıu‬ ∀'‮s‬ ‮ɥǝıƃɥʇ‬ ‮ɯɐʎ‬ ‮ɹnu‬ ‮nd‬ ‮ʇo‬ { $drift ->
        [one] { $drift } ‮qʅoɔʞ‬
       *[other] { $drift } ‮qʅoɔʞs‬
    } ‮ɐɥǝɐp‬ ‮oɟ‬ ‮oɹ‬ ‮qǝɥıup‬ ‮ʇɥǝ‬ ‮ʇıɔʞs‬ (‮ʇʍo‬ ‮sʇɐupɐɹp‬ ‮pǝʌıɐʇıous‬ ‮oɟ‬ ‮ıʇs‬ ‮ɹɐupoɯ‬ ‮qʅoɔʞ‬ ‮ʇıɯǝs‬ ‮qʎ‬ ‮ʇɥǝ‬ ‮ʇıɯǝʅoɔʞ‬).
swap-vr-abs-react = ∀‮u‬ ‮ɥouǝsʇ‬ ‮dɐɹʇʎ‬ ‮ɐɔʇs‬ ‮ʍıʇɥıu‬ { $alice ->
        [one] { $alice } ‮ʇıɔʞ‬
       *[other] { $alice } ‮ʇıɔʞs‬
    } (∀‮ʅıɔǝ‬) / { $bob ->
        [one] { $bob } ‮ʇıɔʞ‬
       *[other] { $bob } ‮ʇıɔʞs‬
    } (‮Ԑoq‬) ‮oɟ‬ ‮sǝǝıuƃ‬ ‮ʍɥɐʇ‬ ‮ıʇ‬ ‮ʍɐıʇs‬ ‮ɟoɹ‬, ‮ɐup‬ ‮ıʇs‬ ‮ʇɹɐusɐɔʇıou‬ ‮ıs‬ ‮ɯıuǝp‬ ‮ʍıʇɥıu‬ { $blocks } ‮qʅoɔʞs‬ ‮oɟ‬ ‮ıʇs‬ ‮ɔɥɐıu‬, ‮qnʇ‬ ‮uoʇ‬ ‮ʍɥıʅǝ‬ ‮ʇɥɐʇ‬ ‮ɔɥɐıu‬ ‮ıs‬ ‮ɔouƃǝsʇǝp‬; ‮ʇɥǝ‬ ‮oʇɥǝɹ‬ ‮dɐɹʇʎ‬ ‮ɯɐʎ‬ ‮ƃǝʇ‬ ‮ɐuʎʇɥıuƃ‬ ‮ıʇ‬ ‮ɔɐu‬ ‮sıƃu‬ ‮ɯıuǝp‬ ‮ıu‬ ‮ɐuʎ‬ ‮qʅoɔʞ‬, ‮ɔouƃǝsʇǝp‬ ‮oɹ‬ ‮uoʇ‬, ‮ɐɥǝɐp‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮ɥouǝsʇ‬ ‮dɐɹʇʎ‬'‮s‬, ‮oɹ‬ ‮po‬ ‮uoʇɥıuƃ‬.
swap-vr-abs-offline = { $who } ‮ıs‬ ‮oɟɟʅıuǝ‬ ‮ɟɹoɯ‬ ‮ʇıɔʞ‬ { $from } ‮ʇo‬ { $until }.
swap-vr-abs-congested = ‮Ↄɥɐıu‬ { $chain } ‮ıs‬ ‮ɔouƃǝsʇǝp‬ ‮ɟɹoɯ‬ ‮ʇıɔʞ‬ { $from } ‮ʇo‬ { $until }.
swap-vr-abs-last-block = ‮Ↄɥɐıu‬ ‮Ԑ‬'‮s‬ ‮qʅoɔʞ‬ ‮ɐʇ‬ ‮ʇıɔʞ‬ { $tick } ‮ɥoʅps‬ ‮ʇɥǝ‬ ‮ʅɐsʇ‬ ‮ɯoɯǝuʇs‬ ‮qǝɟoɹǝ‬ ‮Ԑoq‬'‮s‬ ‮ʇıɯǝʅoɔʞ‬ ‮ɐup‬ ‮ʇɥǝ‬ ‮ɟıɹsʇ‬ ‮ɐɟʇǝɹ‬ ‮ıʇ‬: ‮ɐ‬ ‮ɹǝpǝǝɯ‬ ‮ıu‬ ‮ıʇ‬ ‮ıs‬ ‮ɯıuǝp‬ ‮ɐɥǝɐp‬ ‮oɟ‬ ‮ɐ‬ ‮ɹǝɟnup‬.
swap-vr-abs-redeem-at = ∀‮ʅıɔǝ‬ ‮ɹǝpǝǝɯs‬ ‮uo‬ ‮ǝɐɹʅıǝɹ‬ ‮ʇɥɐu‬ ‮ʇıɔʞ‬ { $tick }.
swap-vr-abs-never = ‮Ⅎoʅʅoʍıuƃ‬ ‮ɥǝɹ‬ ‮dʅɐu‬, ∀‮ʅıɔǝ‬ ‮uǝʌǝɹ‬ ‮ɹǝpǝǝɯs‬.
swap-vr-abs-redeem-by = ‮Ⅎoʅʅoʍıuƃ‬ ‮ɥǝɹ‬ ‮dʅɐu‬, ∀‮ʅıɔǝ‬ ‮qɹoɐpɔɐsʇs‬ ‮ɥǝɹ‬ ‮ɹǝpǝǝɯ‬ ‮uo‬ ‮ʅɐʇǝɹ‬ ‮ʇɥɐu‬ ‮ʇıɔʞ‬ { $tick } (‮ɐs‬ ‮ıu‬ ‮ʇɥǝ‬ ‮sıɯnʅɐʇıou‬: ‮ouʅʎ‬ ‮ıɟ‬ ‮ıʇ‬ ‮ɔɐu‬ ‮sʇıʅʅ‬ ‮ɹǝɐɔɥ‬ ‮ɐ‬ ‮qʅoɔʞ‬ ‮qǝɟoɹǝ‬ ‮Ԑoq‬'‮s‬ ‮ʇıɯǝʅoɔʞ‬), ‮ɐup‬ ‮ʇɥǝu‬ ‮ıʇ‬ ‮ıs‬ ‮ɯıuǝp‬ ‮qʎ‬ ‮ʇıɔʞ‬ { $by }.
swap-vr-abs-cannot = ‮Ⅎoʅʅoʍıuƃ‬ ‮ɥǝɹ‬ ‮dʅɐu‬, ∀‮ʅıɔǝ‬ ‮uǝʌǝɹ‬ ‮ɹǝpǝǝɯs‬: ‮uo‬ ‮qʅoɔʞ‬ ‮qǝɟoɹǝ‬ ‮Ԑoq‬'‮s‬ ‮ʇıɯǝʅoɔʞ‬ ‮ɔonʅp‬ ‮ʇɐʞǝ‬ ‮ıʇ‬.
swap-vr-abs-secret-32 = ∀‮ʅıɔǝ‬'‮s‬ ‮sǝɔɹǝʇ‬ ‮ıs‬ 32 ‮qʎʇǝs‬, ‮ʇɥǝ‬ ‮ouʅʎ‬ ‮ʅǝuƃʇɥ‬ ‮qoʇɥ‬ ‮ɔouʇɹɐɔʇs‬ ‮ɐɔɔǝdʇ‬.
swap-vr-abs-secret-checked = ‮Ⅎoʅʅoʍıuƃ‬ ‮ɥǝɹ‬ ‮dʅɐu‬, ∀‮ʅıɔǝ‬'‮s‬ ‮sǝɔɹǝʇ‬ ‮ıs‬ { $bytes } ‮qʎʇǝs‬; ‮ʍɥǝu‬ ‮sɥǝ‬ ‮ɯɐʎ‬ ‮po‬ ‮ɐuʎʇɥıuƃ‬, ‮sɥǝ‬ ‮ɯɐʎ‬ ‮ɐʅso‬ ‮dıɔʞ‬ ‮ɐ‬ 32-‮qʎʇǝ‬ ‮ouǝ‬.
swap-vr-abs-secret-unchecked = ‮Ⅎoʅʅoʍıuƃ‬ ‮ɥǝɹ‬ ‮dʅɐu‬, ∀‮ʅıɔǝ‬'‮s‬ ‮sǝɔɹǝʇ‬ ‮ıs‬ { $bytes } ‮qʎʇǝs‬; ‮ʍɥǝu‬ ‮sɥǝ‬ ‮ɯɐʎ‬ ‮po‬ ‮ɐuʎʇɥıuƃ‬, ‮sɥǝ‬ ‮ɯɐʎ‬ ‮ɐʅso‬ ‮dıɔʞ‬ ‮ɐ‬ ‮ʅǝuƃʇɥ‬ ‮ʇɥɐʇ‬ ‮ɔɥɐıu‬ ‮Ԑ‬ ‮ɐɔɔǝdʇs‬ ‮ɐup‬ ‮ɔɥɐıu‬ ∀'‮s‬ ‮sɔɹıdʇ‬ (‮OԀ‬_‮SIZƎ‬ 32) ‮ɹǝɟnsǝs‬.
swap-vr-abs-horizon = ‮Ǝʌǝɹʎ‬ ‮ɹnu‬ ‮ıs‬ ‮ɟoʅʅoʍǝp‬ ‮ʇo‬ ‮ʇıɔʞ‬ { $tick } ‮oɹ‬ ‮nuʇıʅ‬ ‮qoʇɥ‬ ‮ɔouʇɹɐɔʇs‬ ‮sǝʇʇʅǝ‬; ‮ɟǝǝs‬ ‮ɐɹǝ‬ ‮ʅǝɟʇ‬ ‮onʇ‬.
swap-vr-abs-doubled = ⊥‮ɥǝ‬ ‮ʇıɔʞ‬ ‮ʍɐs‬ ‮ponqʅǝp‬ { $n ->
        [one] { $n } ‮ʇıɯǝ‬
       *[other] { $n } ‮ʇıɯǝs‬
    } ‮ʇo‬ ‮ʞǝǝd‬ ‮ǝɐɔɥ‬ ‮ǝxdʅoɹɐʇıou‬ ‮nupǝɹ‬ { $budget } ‮sʇɐʇǝs‬.
