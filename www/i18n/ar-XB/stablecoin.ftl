# Chain Lab: the stablecoin page (Terra's market module, the death spiral, May 2022).

## The page
stablecoin-title = ∀‮ʅƃoɹıʇɥɯıɔ‬ ‮sʇɐqʅǝɔoıu‬
stablecoin-subtitle = ⊥‮ǝɹɹɐ‬'‮s‬ ‮ɯıuʇ‬-‮ɐup‬-‮qnɹu‬ ‮dǝƃ‬, ‮ıʇs‬ ‮pǝɐʇɥ‬ ‮sdıɹɐʅ‬, ‮ɐup‬ ‮Wɐʎ‬ 2022
stablecoin-scenarios-label = ‮Sɔǝuɐɹıos‬
stablecoin-modified = ‮Sʇɐɹʇǝp‬ ‮ɟɹoɯ‬ "{ $scenario }", ‮ʍıʇɥ‬ ‮dɐɹɐɯǝʇǝɹs‬ ‮ɔɥɐuƃǝp‬ ‮ıu‬ ‮ʇɥǝ‬ ‮dɐuǝʅ‬. ‮Ԁɹǝss‬ ‮ʇɥǝ‬ ‮sɔǝuɐɹıo‬'‮s‬ ‮qnʇʇou‬ ‮ʇo‬ ‮ɹǝsʇoɹǝ‬ ‮ıʇ‬.
stablecoin-when-may = ‮pɐʎ‬ { $day } · { $date }
stablecoin-when-day = ‮pɐʎ‬ { $day }
stablecoin-status-halted = · ‮ɔɥɐıu‬ ‮ɥɐʅʇǝp‬, ‮uo‬ ‮sʍɐds‬
stablecoin-status-ust = ∩‮S‬⊥ ${ $price }
stablecoin-status-luna = ⅂∩‮N‬∀ { $price }
stablecoin-status-supplies = ‮snddʅıǝs‬ ∩‮S‬⊥ { $ust } / ⅂∩‮N‬∀ { $luna }
stablecoin-status-reserve = ‮ɹǝsǝɹʌǝ‬ { $btc } ‮Ԑ‬⊥‮Ↄ‬
stablecoin-status-spread = ‮sdɹǝɐp‬ { $pct }%
stablecoin-status-confidence = ‮ɔouɟıpǝuɔǝ‬ { $pct }%
stablecoin-quiet = ‮Ònıǝʇ‬ ‮sʇɹǝʇɔɥ‬: ‮uoʇɥıuƃ‬ ‮ıs‬ ‮ɥɐddǝuıuƃ‬, ‮so‬ ‮ıʇ‬ ‮dʅɐʎs‬ { $x }× ‮ɟɐsʇǝɹ‬.
stablecoin-history-badge = ⅁‮ɹǝʎ‬ ‮poʇs‬: ‮ʇɥǝ‬ ‮pɐıʅʎ‬ ‮ɥısʇoɹʎ‬ ‮oɟ‬ ‮Wɐʎ‬ 2022 (‮ɐddɹoxıɯɐʇǝ‬), ‮oʌǝɹ‬ ‮ʇɥǝ‬ ‮ɯopǝʅ‬. ‮Sǝǝ‬ ‮qǝʅoʍ‬ ‮ɟoɹ‬ ‮ʍɥǝɹǝ‬ ‮ʇɥǝʎ‬ ‮dɐɹʇ‬.
stablecoin-exports-hint = ‮Ǝxdoɹʇ‬ ▾ (‮nupǝɹ‬ ‮ʇɥǝ‬ ‮ʇıɯǝ‬ ‮ɔouʇɹoʅs‬) ‮sɐʌǝs‬ ‮ǝɐɔɥ‬ ‮ɔɥɐɹʇ‬ ‮ɐs‬ ‮ԀN‬⅁ ‮oɹ‬ ‮SɅ‬⅁, ‮ʇɥǝ‬ ‮sǝɹıǝs‬ ‮ɐs‬ ‮ↃSɅ‬ ‮oɹ‬ ‮ſSON‬ ({ $rows } ‮ɹoʍs‬ ‮so‬ ‮ɟɐɹ‬, ‮ouǝ‬ ‮dǝɹ‬ { $unit }, ‮ʇɥǝ‬ ‮ɔoʅnɯus‬ ‮oɟ‬ ‮ɔɥɐıuʅɐq‬ ‮sʇɐqʅǝɔoıu‬ --‮ɔsʌ‬) ‮ɐup‬ ‮ʇɥǝ‬ ‮ɯoɯǝuʇs‬ ‮qǝʅoʍ‬.
stablecoin-unit-minute = ‮ɯıunʇǝ‬
stablecoin-unit-block = ‮qʅoɔʞ‬
stablecoin-unit-hour = ‮ɥonɹ‬
stablecoin-unit-step = ‮sʇǝd‬
stablecoin-what-happened = ‮Mɥɐʇ‬ ‮ɥɐddǝuǝp‬
stablecoin-moments-empty = ‮Noʇɥıuƃ‬ ‮uoʇɐqʅǝ‬ ‮ʎǝʇ‬: ‮uo‬ ‮sʇǝd‬ ‮ɥɐs‬ ‮ɔʅosǝp‬ ‮qǝʅoʍ‬ $0.98, ‮ʇɥǝ‬ ‮ɹǝsǝɹʌǝ‬ ‮ɥɐs‬ ‮uoʇ‬ ‮qonƃɥʇ‬ ‮ɐup‬ ‮ʇɥǝ‬ ‮ɯıuʇ‬ ‮ɔɐd‬ ‮ɥɐs‬ ‮uoʇ‬ ‮qonup‬.

## Scenarios
stablecoin-scenario-calm = ‮Ↄɐʅɯ‬ ‮ɯɐɹʞǝʇ‬
stablecoin-scenario-may = ‮Wɐʎ‬ 2022
stablecoin-scenario-reserve = ‮Mɥɐʇ‬ ‮ıɟ‬: 3‮x‬ ‮ʇɥǝ‬ ‮ɹǝsǝɹʌǝ‬
stablecoin-scenario-lower-cap = ‮Mɥɐʇ‬ ‮ıɟ‬: ‮ɐ‬ ‮ʅoʍǝɹ‬ ‮ɯıuʇ‬ ‮ɔɐd‬
stablecoin-scenario-no-yield = ‮Mɥɐʇ‬ ‮ıɟ‬: ‮uo‬ ‮ʎıǝʅp‬
stablecoin-scenario-calm-desc = ⊥‮ɥıɹʇʎ‬ ‮pɐʎs‬ ‮oɟ‬ ‮sɯɐʅʅ‬ ‮ɹɐupoɯ‬ ‮ɔɥɐuƃǝs‬ ‮ıu‬ ‮pǝɯɐup‬ ‮ɐup‬ ‮ouǝ‬ ‮sɯɐʅʅ‬ $50‮W‬ ‮sɐʅǝ‬ ‮ou‬ ‮pɐʎ‬ 10. ∀‮ɹqıʇɹɐƃǝ‬ ‮ʇɥɹonƃɥ‬ ‮ʇɥǝ‬ ‮ɯɐɹʞǝʇ‬ ‮ɯopnʅǝ‬ ‮dnʅʅs‬ ∩‮S‬⊥ (‮ʇɥǝ‬ ‮sʇɐqʅǝɔoıu‬) ‮qɐɔʞ‬ ‮ǝɐɔɥ‬ ‮ʇıɯǝ‬; ‮ıʇ‬ ‮uǝʌǝɹ‬ ‮ɔʅosǝs‬ ‮qǝʅoʍ‬ $0.98 ‮ɐup‬ ‮dɐuıɔ‬ ‮uǝʌǝɹ‬ ‮qnıʅps‬.
stablecoin-scenario-may-desc = ‮Ⅎɹoɯ‬ 5 ‮Wɐʎ‬ 2022: $2.5‮Ԑ‬ ‮oɟ‬ ∩‮S‬⊥ (‮ʇɥǝ‬ ‮sʇɐqʅǝɔoıu‬) ‮ıs‬ ‮soʅp‬ ‮oʌǝɹ‬ ‮ɐ‬ ‮pɐʎ‬ ‮ɟɹoɯ‬ 7 ‮Wɐʎ‬ 22:00 ∩⊥‮Ↄ‬. ⊥‮ɥǝ‬ ‮ɹǝsǝɹʌǝ‬ ‮sǝʅʅs‬ ‮Ԑ‬⊥‮Ↄ‬ ‮ʇo‬ ‮qnʎ‬ ‮ıʇ‬ ‮qɐɔʞ‬ ‮ɐup‬ ‮ıs‬ ‮sdǝuʇ‬ ‮qʎ‬ 10 ‮Wɐʎ‬; ‮ɥoʅpǝɹs‬ ‮dɐuıɔ‬ ‮ɐs‬ ‮ʇɥǝ‬ ‮pǝdǝƃ‬ ‮ʅɐsʇs‬; ‮ǝʌǝɹʎ‬ ‮ɹǝpǝɯdʇıou‬ ‮ɯıuʇs‬ ⅂∩‮N‬∀ (‮ʇɥǝ‬ ‮ɔoɯdɐuıou‬). ‮Ԁɹodosɐʅ‬ 1164 ‮ɹɐısǝs‬ ‮ʇɥǝ‬ ‮ɯıuʇ‬ ‮ɔɐd‬ ‮ou‬ 12 ‮Wɐʎ‬, ‮ʇɥǝ‬ ‮ɔɥɐıu‬ ‮ɥɐʅʇs‬ ‮ɟoɹ‬ 80 ‮ɯıunʇǝs‬ ‮ou‬ 12 ‮Wɐʎ‬ ‮ɐup‬ ‮ɟoɹ‬ ‮ƃoop‬ ‮ou‬ 13 ‮Wɐʎ‬. ∩‮S‬⊥ ‮ǝups‬ ‮uǝɐɹ‬ $0.05 ‮ou‬ 16 ‮Wɐʎ‬.
stablecoin-scenario-reserve-desc = ‮Wɐʎ‬ 2022 ‮ʍıʇɥ‬ ‮ʇɥɹǝǝ‬ ‮ʇıɯǝs‬ ⅂‮Ⅎ‬⅁'‮s‬ ‮Ԑ‬⊥‮Ↄ‬ (‮ɐqonʇ‬ 241,000 ‮Ԑ‬⊥‮Ↄ‬) ‮ɐup‬ ‮ʇɥǝ‬ ‮sɐɯǝ‬ ‮pǝɟǝuɔǝ‬ ‮ɹɐʇǝ‬, ‮ɐup‬ ‮uo‬ ‮ɥɐʅʇ‬ (‮ʇɥǝ‬ ‮ɔɥɐıu‬ ‮ɥɐʅʇǝp‬ ‮qǝɔɐnsǝ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮ɔoʅʅɐdsǝ‬): ‮ʇɥǝ‬ ‮pǝɟǝuɔǝ‬ ‮onʇʅɐsʇs‬ ‮ʇɥǝ‬ ‮ɹnu‬ ‮ou‬ ‮ʇɥǝ‬ ‮dǝƃ‬, ∩‮S‬⊥ ‮uǝʌǝɹ‬ ‮ɟɐʅʅs‬ ‮qǝʅoʍ‬ ‮ɐqonʇ‬ $0.87 ‮ɐup‬ ⅂∩‮N‬∀ ‮ıs‬ ‮pıʅnʇǝp‬ ‮ouʅʎ‬ ‮ɐqonʇ‬ 1.1-‮ɟoʅp‬.
stablecoin-scenario-lower-cap-desc = ‮Wɐʎ‬ 2022 ‮ʍıʇɥ‬ ‮ԐɐsǝԀooʅ‬ 10‮W‬ ‮Sᗡᴚ‬ ‮ıusʇǝɐp‬ ‮oɟ‬ 50‮W‬, ‮uo‬ ‮ɹɐısǝ‬ ‮ɐup‬ ‮uo‬ ‮ɥɐʅʇ‬: ‮ʇɥǝ‬ ‮sdɹǝɐp‬ ‮qıups‬ ‮ɥɐɹpǝɹ‬, ‮qnʇ‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮ɔɥɐıu‬ ‮uǝʌǝɹ‬ ‮ɥɐʅʇǝp‬ ‮ɹǝpǝɯdʇıous‬ ‮ƃo‬ ‮ou‬ ‮ʇo‬ ‮pɐʎ‬ 12: ∩‮S‬⊥ ‮ɟɐʅʅs‬ ‮ʇo‬ ‮ɐqonʇ‬ $0.05 ‮ɐup‬ ⅂∩‮N‬∀ ‮ıs‬ ‮pıʅnʇǝp‬ ‮ɐqonʇ‬ 59,000-‮ɟoʅp‬.
stablecoin-scenario-no-yield-desc = ∀ ‮ɔɐʅɯ‬ ‮ɯɐɹʞǝʇ‬ ‮ıu‬ ‮ʍɥıɔɥ‬ ‮ʇɥǝ‬ ‮ʎıǝʅp‬ ‮ou‬ ‮oɟɟǝɹ‬ ‮ıs‬ ‮ɔnʇ‬ ‮ɟɹoɯ‬ 19.5% ‮ʇo‬ ‮zǝɹo‬: ‮ɥoʅpǝɹs‬ ‮uoʍ‬ ‮ʍɐuʇ‬ ‮ouʅʎ‬ ‮ɐqonʇ‬ 38% ‮oɟ‬ ‮ʍɥɐʇ‬ ‮ʇɥǝʎ‬ ‮ɥoʅp‬. ⊥‮ɥǝʎ‬ ‮sǝʅʅ‬ ‮ɟɐsʇǝɹ‬ ‮ʇɥɐu‬ ‮ɐɹqıʇɹɐƃǝ‬ ‮ɔɐu‬ ‮ɐqsoɹq‬, ‮ʇɥǝ‬ ‮dǝƃ‬ ‮qɹǝɐʞs‬ ‮ʍıʇɥıu‬ ‮ɯıunʇǝs‬, ∩‮S‬⊥ ‮ɟɐʅʅs‬ ‮ʇo‬ ‮ɐqonʇ‬ $0.04 ‮ɐup‬ ⅂∩‮N‬∀ ‮ıs‬ ‮pıʅnʇǝp‬ ‮ɐqonʇ‬ 273,000-‮ɟoʅp‬, ‮ʍıʇɥ‬ ‮uo‬ ‮ʅɐɹƃǝ‬ ‮ʍıʇɥpɹɐʍɐʅ‬ ‮ɐʇ‬ ‮ɐʅʅ‬.

## The feedback loop
stablecoin-loop-title = ⊥‮ɥǝ‬ ‮pǝɐʇɥ‬-‮sdıɹɐʅ‬ ‮ɟǝǝpqɐɔʞ‬ ‮ʅood‬; ‮ʅıʇ‬ ‮ɐɹɹoʍs‬ ‮ɐɹǝ‬ ‮ɐɔʇıʌǝ‬ ‮uoʍ‬
stablecoin-loop-sell-1 = ‮Hoʅpǝɹs‬ ‮sǝʅʅ‬
stablecoin-loop-sell-2 = ∩‮S‬⊥
stablecoin-loop-price-1 = ‮Iʇs‬ ‮dɹıɔǝ‬ ‮ɟɐʅʅs‬
stablecoin-loop-price-2 = ‮qǝʅoʍ‬ $1
stablecoin-loop-burn-1 = ∀‮ɹqıʇɹɐƃǝnɹs‬ ‮qnɹu‬ ‮ıʇ‬,
stablecoin-loop-burn-2 = ‮ɯıuʇıuƃ‬ ⅂∩‮N‬∀
stablecoin-loop-diluted-1 = ⅂∩‮N‬∀ ‮pıʅnʇǝp‬:
stablecoin-loop-diluted-2 = ‮ıʇs‬ ‮dɹıɔǝ‬ ‮ɟɐʅʅs‬
stablecoin-loop-confidence-1 = ‮Ↄouɟıpǝuɔǝ‬
stablecoin-loop-confidence-2 = ‮ɟɐʅʅs‬
stablecoin-loop-sales = ‮sɐʅǝs‬
stablecoin-loop-redemptions = ‮ɹǝpǝɯdʇıous‬
stablecoin-loop-minting = ‮ɯıuʇıuƃ‬
stablecoin-loop-fear = ‮ɟǝɐɹ‬
stablecoin-loop-exits = ‮ǝxıʇs‬
stablecoin-loop-reserve = ‮ɹǝsǝɹʌǝ‬ ‮qnʎs‬
stablecoin-loop-cap = ‮ɯıuʇ‬ ‮ɔɐd‬ (‮sdɹǝɐp‬)
stablecoin-loop-caption = ‮Soʅıp‬ ‮ɐɹɹoʍs‬ ‮ɟǝǝp‬ ‮ʇɥǝ‬ ‮sdıɹɐʅ‬; ‮pɐsɥǝp‬ ‮ouǝs‬ ‮qɹɐʞǝ‬ ‮ıʇ‬ (‮ʇɥǝ‬ ‮ɹǝsǝɹʌǝ‬'‮s‬ ‮qnʎıuƃ‬, ‮ʇɥǝ‬ ‮ɯɐɹʞǝʇ‬ ‮ɯopnʅǝ‬'‮s‬ ‮sdɹǝɐp‬). ‮Ǝɐɔɥ‬ ‮ʅıƃɥʇs‬ ‮nd‬ ‮ʍɥıʅǝ‬ ‮ıʇs‬ ‮ǝɟɟǝɔʇ‬ ‮ıs‬ ‮ɐɔʇıʌǝ‬ ‮ıu‬ ‮ʇɥǝ‬ ‮ɔnɹɹǝuʇ‬ ‮sʇǝd‬.

## The parameters
stablecoin-params-title = ‮Ԁɐɹɐɯǝʇǝɹs‬
stablecoin-params-hint = ‮Ǝʌǝɹʎ‬ ‮ʌɐʅnǝ‬ ‮ıs‬ ‮ʅıʌǝ‬: ‮ɐ‬ ‮ɔɥɐuƃǝ‬ ‮ɹǝsʇɐɹʇs‬ ‮ʇɥǝ‬ ‮ɹnu‬ ‮ɟɹoɯ‬ ‮ıʇs‬ ‮sǝǝp‬. ‮ᗡɐʎs‬ ‮ɔonuʇ‬ ‮ɟɹoɯ‬ ‮ʇɥǝ‬ ‮sʇɐɹʇ‬ (‮Wɐʎ‬ 2022: 5 ‮Wɐʎ‬ 00:00 ∩⊥‮Ↄ‬); −1 ‮ɯǝɐus‬ ‮uǝʌǝɹ‬.
stablecoin-param-not-number = { $label }: { $raw } ‮ıs‬ ‮uoʇ‬ ‮ɐ‬ ‮unɯqǝɹ‬
stablecoin-param-range = { $label } ‮ɯnsʇ‬ ‮qǝ‬ ‮qǝʇʍǝǝu‬ { $min } ‮ɐup‬ { $max }
stablecoin-param-unit = ({ $unit })

## The ensemble
stablecoin-ensemble-label = ‮Ǝusǝɯqʅǝ‬ ‮oʌǝɹ‬ ‮sǝǝps‬
stablecoin-ensemble-title = ‮Wɐuʎ‬ ‮ɹnus‬: ‮ʇɥǝ‬ ‮ɟɐu‬ ‮ɔɥɐɹʇ‬
stablecoin-ensemble-hint = ⊥‮ɥǝ‬ ‮sɐɯǝ‬ ‮sɔǝuɐɹıo‬ ‮ɐup‬ ‮dɐɹɐɯǝʇǝɹs‬ ‮oʌǝɹ‬ ‮ɯɐuʎ‬ ‮sǝǝps‬ (‮sǝǝp‬, ‮sǝǝp‬ + 1, …): ‮ʇɥǝ‬ ‮ɯǝpıɐu‬ ‮dɐʇɥ‬, ‮ʇɥǝ‬ ‮qɐup‬ ‮ɥoʅpıuƃ‬ 80% ‮oɟ‬ ‮ɹnus‬ (10–90%) ‮ɐup‬ ‮ʇɥǝ‬ ‮qɐup‬ ‮oɟ‬ ‮ɐʅʅ‬ ‮ɹnus‬ (‮ɯıu‬–‮ɯɐx‬).
stablecoin-ensemble-runs = ‮ᴚnus‬
stablecoin-ensemble-drawing = ‮ᗡɹɐʍıuƃ‬ ‮ʇɥǝ‬ ‮ɟɐu‬ ‮ɔɥɐɹʇs‬…
stablecoin-ensemble-running = ‮ᴚnuuıuƃ‬… { $done } ‮oɟ‬ { $runs }
stablecoin-ensemble-run = ‮ᴚnu‬ { $runs } ‮sǝǝps‬
stablecoin-ensemble-progress = ‮ᴚnus‬ ‮ɟıuısɥǝp‬
stablecoin-ensemble-cancel = ‮Ↄɐuɔǝʅ‬
stablecoin-ensemble-fallback = ‮ᴚnuuıuƃ‬ ‮ou‬ ‮ʇɥıs‬ ‮dɐƃǝ‬: ‮ʇɥǝ‬ ‮ʍoɹʞǝɹs‬ ‮sʇoddǝp‬ ({ $why }).
stablecoin-ensemble-on-page = ‮ᴚnuuıuƃ‬ ‮ou‬ ‮ʇɥıs‬ ‮dɐƃǝ‬, ‮qǝʇʍǝǝu‬ ‮ɟɹɐɯǝs‬.
stablecoin-ensemble-workers = { $n ->
    [one] ‮ᴚnuuıuƃ‬ ‮ıu‬ 1 ‮qɐɔʞƃɹonup‬ ‮ʍoɹʞǝɹ‬.
   *[other] ‮ᴚnuuıuƃ‬ ‮ıu‬ { $n } ‮qɐɔʞƃɹonup‬ ‮ʍoɹʞǝɹs‬, ‮ouǝ‬ ‮dǝɹ‬ ‮ɔoɹǝ‬.
}
stablecoin-ensemble-price-label = ‮Ⅎɐu‬ ‮ɔɥɐɹʇ‬ ‮oɟ‬ ∩‮S‬⊥'‮s‬ ‮dɹıɔǝ‬ ‮oʌǝɹ‬ ‮ʇɥǝ‬ ‮ɹnus‬
stablecoin-ensemble-supply-label = ‮Ⅎɐu‬ ‮ɔɥɐɹʇ‬ ‮oɟ‬ ⅂∩‮N‬∀'‮s‬ ‮snddʅʎ‬ ‮oʌǝɹ‬ ‮ʇɥǝ‬ ‮ɹnus‬
stablecoin-ensemble-below-half = ∩‮S‬⊥ ‮ɟǝʅʅ‬ ‮qǝʅoʍ‬ $0.50 ‮ıu‬ { $below } ‮oɟ‬ { $runs } ‮ɹnus‬: ‮ɯǝpıɐu‬ { $median }, 10–90% { $p10 } – { $p90 }, ‮ǝɐɹʅıǝsʇ‬ { $min }, ‮ʅɐʇǝsʇ‬ { $max }.
stablecoin-ensemble-never-below-half = ∩‮S‬⊥ ‮uǝʌǝɹ‬ ‮ɟǝʅʅ‬ ‮qǝʅoʍ‬ $0.50 ‮ıu‬ ‮ɐuʎ‬ ‮oɟ‬ ‮ʇɥǝ‬ { $runs } ‮ɹnus‬.
stablecoin-ensemble-multiple = ⅂∩‮N‬∀ ‮ɯnʅʇıdʅǝ‬ (‮ɟıuɐʅ‬ ‮oʌǝɹ‬ ‮sʇɐɹʇıuƃ‬ ‮snddʅʎ‬): ‮ɯǝpıɐu‬ ×{ $median }, 10–90% ×{ $p10 } – ×{ $p90 }, ‮ɯıu‬ ×{ $min }, ‮ɯɐx‬ ×{ $max }.

## The charts (a label's "long|short" forms: the chart takes the longest that fits)
stablecoin-chart-stable-price = ∩‮S‬⊥ ‮dɹıɔǝ‬ (∩‮Sᗡ‬)
stablecoin-chart-companion-price = ⅂∩‮N‬∀ ‮dɹıɔǝ‬ (∩‮Sᗡ‬, ‮ʅoƃ‬)
stablecoin-chart-supplies = ‮Snddʅıǝs‬ (‮ʅoƃ‬)
stablecoin-chart-reserve = ‮ᴚǝsǝɹʌǝ‬ (‮Ԑ‬⊥‮Ↄ‬)
stablecoin-chart-mint-capacity = ‮Wıuʇ‬ ‮ɔɐdɐɔıʇʎ‬ ‮nsǝp‬ (‮sdɹǝɐp‬)
stablecoin-chart-model = ‮ɯopǝʅ‬
stablecoin-chart-pool-delta = ‮dooʅ‬ ‮pǝʅʇɐ‬ / ‮pǝʅʇɐ‬ ‮ɐʇ‬ 2% ‮sdɹǝɐp‬|‮dooʅ‬ ‮pǝʅʇɐ‬ / 2%-‮sdɹǝɐp‬ ‮pǝʅʇɐ‬|‮nsǝp‬
stablecoin-chart-two-percent = 100%: ‮ɐ‬ ‮sɯɐʅʅ‬ ‮ɹǝpǝɯdʇıou‬ ‮dɐʎs‬ ‮ɐ‬ 2% ‮sdɹǝɐp‬|100% = 2% ‮sdɹǝɐp‬
stablecoin-chart-history-daily = ‮ɥısʇoɹʎ‬, ‮pɐıʅʎ‬ (‮ɐddɹox‬.)|‮ɥısʇoɹʎ‬
stablecoin-chart-history = ‮ɥısʇoɹʎ‬ (‮ɐddɹox‬.)|‮ɥısʇoɹʎ‬
stablecoin-chart-lfg = ⅂‮Ⅎ‬⅁, ‮ǝup‬ ‮oɟ‬ ‮pɐʎ‬ (‮ɐddɹox‬.)|⅂‮Ⅎ‬⅁
stablecoin-chart-date = ‮pɐʇǝ‬ (2022)
stablecoin-chart-day = ‮pɐʎ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮ɹnu‬
stablecoin-chart-usd-log = ∩‮Sᗡ‬ (‮ʅoƃ‬ ‮sɔɐʅǝ‬)|∩‮Sᗡ‬ (‮ʅoƃ‬)
stablecoin-chart-tokens-log = ‮ʇoʞǝus‬ (‮ʅoƃ‬ ‮sɔɐʅǝ‬)|‮ʇoʞǝus‬ (‮ʅoƃ‬)
stablecoin-chart-capacity = ‮ɔɐdɐɔıʇʎ‬ ‮nsǝp‬ (%)|‮nsǝp‬ (%)
stablecoin-chart-fan-price = ∩‮S‬⊥ (‮ʇɥǝ‬ ‮sʇɐqʅǝɔoıu‬) ‮dɹıɔǝ‬, { $runs } ‮ɹnus‬
stablecoin-chart-fan-supply = ⅂∩‮N‬∀ (‮ʇɥǝ‬ ‮ɔoɯdɐuıou‬) ‮snddʅʎ‬, { $runs } ‮ɹnus‬
stablecoin-chart-median = ‮ɯǝpıɐu‬
stablecoin-chart-band = 10–90% ‮oɟ‬ ‮ɹnus‬|10–90%
stablecoin-chart-all-runs = ‮ɐʅʅ‬ ‮ɹnus‬ (‮ɯıu‬–‮ɯɐx‬)|‮ɯıu‬–‮ɯɐx‬
stablecoin-may-day = { $d } ‮Wɐʎ‬
stablecoin-jun-day = { $d } ‮ſnu‬
stablecoin-count-thousand = { $n }‮ʞ‬
stablecoin-count-million = { $n }‮W‬
stablecoin-count-billion = { $n }‮Ԑ‬
stablecoin-count-trillion = { $n }⊥

## The exported log (log.txt)
stablecoin-log-head = ‮Ↄɥɐıu‬ ⅂‮ɐq‬ ‮sʇɐqʅǝɔoıu‬: { $scenario }{ $modified }, ‮sǝǝp‬ { $seed }, ‮sʇǝd‬ { $step } ‮oɟ‬ { $total } ({ $seconds } ‮s‬ ‮ǝɐɔɥ‬)
stablecoin-log-modified = (‮dɐɹɐɯǝʇǝɹs‬ ‮ɔɥɐuƃǝp‬)
stablecoin-log-empty = ‮Noʇɥıuƃ‬ ‮uoʇɐqʅǝ‬ ‮ɥɐs‬ ‮ɥɐddǝuǝp‬ ‮ʎǝʇ‬.
stablecoin-log-moment = { $time } (‮sʇǝd‬ { $step }): { $text }
stablecoin-log-now = ‮Noʍ‬: { $text }

## The explanation
stablecoin-explain-look-title = ‮Mɥɐʇ‬ ‮ʎon‬ ‮ɐɹǝ‬ ‮ʅooʞıuƃ‬ ‮ɐʇ‬
stablecoin-explain-look-p1 = ∩‮S‬⊥ (‮ʇɥǝ‬ ‮sʇɐqʅǝɔoıu‬) ‮ıs‬ ‮dǝƃƃǝp‬ ‮qʎ‬ ‮ɔopǝ‬, ‮uoʇ‬ ‮ɔɐsɥ‬. ⊥‮ǝɹɹɐ‬'‮s‬ ‮ɯɐɹʞǝʇ‬ ‮ɯopnʅǝ‬ ‮ɐʅʍɐʎs‬ ‮sʍɐds‬ ‮ouǝ‬ ∩‮S‬⊥ ‮ɟoɹ‬ ‮ouǝ‬ ‮poʅʅɐɹ‬'‮s‬ ‮ʍoɹʇɥ‬ ‮oɟ‬ ⅂∩‮N‬∀ (‮ʇɥǝ‬ ‮ɔoɯdɐuıou‬) ‮ɐʇ‬ ‮ʇɥǝ‬ ‮oɹɐɔʅǝ‬'‮s‬ ‮dɹıɔǝ‬, ‮ɐup‬ ‮ʇɥǝ‬ ‮ɹǝʌǝɹsǝ‬, ‮qnɹuıuƃ‬ ‮ʍɥɐʇ‬ ‮ıʇ‬ ‮ıs‬ ‮oɟɟǝɹǝp‬ ‮ɐup‬ ‮ɯıuʇıuƃ‬ ‮ʍɥɐʇ‬ ‮ıʇ‬ ‮dɐʎs‬ ‮onʇ‬, ‮ʅǝss‬ ‮ɐ‬ ‮sdɹǝɐp‬. ‮Noʇɥıuƃ‬ ‮qɐɔʞs‬ ∩‮S‬⊥ ‮qnʇ‬ ‮ʇɥɐʇ‬ ‮dɹoɯısǝ‬ ‮ɐup‬ ⅂∩‮N‬∀'‮s‬ ‮ɯɐɹʞǝʇ‬ ‮ʌɐʅnǝ‬.
stablecoin-explain-look-1 = ‮Ԑǝʅoʍ‬ $1, ‮ɐɹqıʇɹɐƃǝnɹs‬ ‮qnʎ‬ ∩‮S‬⊥ ‮ɔɥǝɐdʅʎ‬, ‮ɹǝpǝǝɯ‬ ‮ıʇ‬ ‮ɟoɹ‬ $1 ‮oɟ‬ ⅂∩‮N‬∀ ‮ɐup‬ ‮sǝʅʅ‬ ‮ʇɥɐʇ‬: ∩‮S‬⊥'‮s‬ ‮snddʅʎ‬ ‮ɟɐʅʅs‬ ‮ɐup‬ ‮ıʇs‬ ‮dɹıɔǝ‬ ‮ɹısǝs‬. ∀‮qoʌǝ‬ $1 ‮ʇɥǝʎ‬ ‮po‬ ‮ʇɥǝ‬ ‮ɹǝʌǝɹsǝ‬. ‮Iu‬ ‮ɐ‬ ‮ɔɐʅɯ‬ ‮ɯɐɹʞǝʇ‬ ‮ʇɥıs‬ ‮ɥoʅps‬ ‮ʇɥǝ‬ ‮dǝƃ‬ ‮ʍıʇɥıu‬ ‮ʇɥǝ‬ ‮sdɹǝɐp‬ (0.5%).
stablecoin-explain-look-2 = ‮Ǝʌǝɹʎ‬ ‮ɹǝpǝɯdʇıou‬ ‮ɯıuʇs‬ ‮uǝʍ‬ ⅂∩‮N‬∀, ‮ʍɥıɔɥ‬ ‮ıs‬ ‮soʅp‬. ‮Mɥǝu‬ ∩‮S‬⊥ ‮ɥoʅpǝɹs‬ ‮ʅǝɐʌǝ‬ ‮ɟɐsʇǝɹ‬ ‮ʇɥɐu‬ ⅂∩‮N‬∀'‮s‬ ‮ɯɐɹʞǝʇ‬ ‮ɔɐu‬ ‮ɐqsoɹq‬, ⅂∩‮N‬∀'‮s‬ ‮dɹıɔǝ‬ ‮ɟɐʅʅs‬, ‮so‬ ‮ǝɐɔɥ‬ ‮ɟnɹʇɥǝɹ‬ ‮poʅʅɐɹ‬ ‮ɹǝpǝǝɯǝp‬ ‮ɯıuʇs‬ ‮ɯoɹǝ‬ ⅂∩‮N‬∀, ‮ʇɥǝ‬ ‮dɹıɔǝ‬ ‮ɟɐʅʅs‬ ‮ɟnɹʇɥǝɹ‬, ‮ɔouɟıpǝuɔǝ‬ ‮ɟɐʅʅs‬, ‮ɐup‬ ‮ɯoɹǝ‬ ‮ɥoʅpǝɹs‬ ‮ʅǝɐʌǝ‬: ‮ʇɥǝ‬ ‮ʅood‬ ‮ıu‬ ‮ʇɥǝ‬ ‮pıɐƃɹɐɯ‬.
stablecoin-explain-look-3 = ⊥‮ɥǝ‬ ‮ɯıuʇ‬ ‮ɔɐd‬. ⊥‮ɥǝ‬ ‮ɯɐɹʞǝʇ‬ ‮ɯopnʅǝ‬ ‮dɹıɔǝs‬ ‮sʍɐds‬ ‮ʍıʇɥ‬ ‮ɐ‬ ‮ʌıɹʇnɐʅ‬ ‮dooʅ‬: ‮ԐɐsǝԀooʅ‬ ‮ıs‬ ‮ıʇs‬ ‮sızǝ‬ ‮ıu‬ ‮Sᗡᴚ‬ (‮ʇɥǝ‬ ‮IWℲ‬'‮s‬ ‮qɐsʞǝʇ‬ ‮ɔnɹɹǝuɔʎ‬, ‮ɐqonʇ‬ $1.36 ‮ıu‬ ‮Wɐʎ‬ 2022, ‮ʇɥǝ‬ ‮ɯopnʅǝ‬'‮s‬ ‮nuıʇ‬ ‮oɟ‬ ‮ɐɔɔonuʇ‬); ‮ʇɥǝ‬ ‮dooʅ‬ ‮pǝʅʇɐ‬ ‮ıs‬ ‮ɥoʍ‬ ‮ɟɐɹ‬ ‮ɹǝɔǝuʇ‬ ‮sʍɐds‬ ‮ɥɐʌǝ‬ ‮dnsɥǝp‬ ‮ıʇ‬ ‮ɟɹoɯ‬ ‮qɐʅɐuɔǝ‬. ⊥‮ɥǝ‬ ‮sdɹǝɐp‬ ‮ƃɹoʍs‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮pǝʅʇɐ‬, ‮ɐup‬ ‮ǝʌǝɹʎ‬ 6-‮sǝɔoup‬ ‮qʅoɔʞ‬ ‮ʇɥǝ‬ ‮dooʅ‬ ‮ɹǝɔoʌǝɹs‬ 1/‮ԀooʅᴚǝɔoʌǝɹʎԀǝɹıop‬ (1/36) ‮oɟ‬ ‮ıʇ‬. ∀‮ʇ‬ ‮Wɐʎ‬ 2022'‮s‬ ‮sǝʇʇıuƃs‬ ‮ɐ‬ ‮sɯɐʅʅ‬ ‮ɹǝpǝɯdʇıou‬ ‮dɐʎs‬ ‮ɯoɹǝ‬ ‮ʇɥɐu‬ 2% ‮ouɔǝ‬ ‮ɐqonʇ‬ $276‮W‬ ‮ɐ‬ ‮pɐʎ‬ ‮ıs‬ ‮ɹǝpǝǝɯǝp‬.
stablecoin-explain-look-4 = ∀ ‮ɹǝsǝɹʌǝ‬ (⅂‮Ⅎ‬⅁'‮s‬ 80,394 ‮Ԑ‬⊥‮Ↄ‬) ‮qnʎs‬ ∩‮S‬⊥ ‮ʇo‬ ‮pǝɟǝup‬ ‮ʇɥǝ‬ ‮dǝƃ‬ ‮ʍɥıʅǝ‬ ‮ıʇ‬ ‮ʅɐsʇs‬, ‮ɐʇ‬ ‮ɯosʇ‬ 2,000 ‮Ԑ‬⊥‮Ↄ‬ ‮ɐu‬ ‮ɥonɹ‬.
stablecoin-explain-look-p2 = ‮Ↄɥɐɹʇs‬: ‮dɹıɔǝs‬ (⅂∩‮N‬∀ ‮ou‬ ‮ɐ‬ ‮ʅoƃ‬ ‮sɔɐʅǝ‬), ‮qoʇɥ‬ ‮snddʅıǝs‬ (‮ʅoƃ‬), ‮ʇɥǝ‬ ‮ɹǝsǝɹʌǝ‬, ‮ɐup‬ ‮ʇɥǝ‬ ‮ɯıuʇ‬ ‮ɔɐdɐɔıʇʎ‬ ‮nsǝp‬ (‮ʇɥǝ‬ ‮dooʅ‬ ‮pǝʅʇɐ‬ ‮oʌǝɹ‬ ‮ʇɥǝ‬ ‮pǝʅʇɐ‬ ‮ɐʇ‬ ‮ʍɥıɔɥ‬ ‮ɐ‬ ‮sɯɐʅʅ‬ ‮ɹǝpǝɯdʇıou‬ ‮dɐʎs‬ 2%). ⊥‮ɥǝ‬ ‮ǝusǝɯqʅǝ‬ ‮dɐuǝʅ‬ ‮ɹnus‬ ‮ʇɥǝ‬ ‮sɐɯǝ‬ ‮sɔǝuɐɹıo‬ ‮oʌǝɹ‬ ‮ɯɐuʎ‬ ‮sǝǝps‬: ‮ʇɥǝ‬ ‮ɯǝpıɐu‬ ‮dɐʇɥ‬ ‮ʍıʇɥ‬ ‮ıʇs‬ 10–90% ‮ɐup‬ ‮ɯıu‬–‮ɯɐx‬ ‮qɐups‬, ‮ʇɥǝ‬ ‮pɐʎ‬ ∩‮S‬⊥ ‮ɟǝʅʅ‬ ‮qǝʅoʍ‬ $0.50 ‮ıu‬ ‮ǝɐɔɥ‬ ‮ɹnu‬ ‮ɐup‬ ‮ʇɥǝ‬ ⅂∩‮N‬∀ ‮ɯnʅʇıdʅǝ‬ ‮oɟ‬ ‮ǝɐɔɥ‬ ‮ɹnu‬.
stablecoin-explain-try-title = ‮Mɥɐʇ‬ ‮ʇo‬ ‮ʇɹʎ‬
stablecoin-explain-try-1 = ‮Ↄɐʅɯ‬ ‮ɯɐɹʞǝʇ‬: ‮sǝʇ‬ ‮ʇɥǝ‬ ‮ʅɐɹƃǝ‬ ‮ʍıʇɥpɹɐʍɐʅ‬ ‮ʇo‬ $1‮Ԑ‬ (‮Ǝʌǝuʇs‬). ⊥‮ɥǝ‬ ‮sɐɯǝ‬ ‮ɯɐɹʞǝʇ‬ ‮ʇɥɐʇ‬ ‮sɥɹnƃƃǝp‬ ‮oɟɟ‬ $50‮W‬ ‮ʅosǝs‬ ‮ıʇs‬ ‮dǝƃ‬ ‮ou‬ ‮pɐʎ‬ 10, ‮ʇɥǝ‬ ‮ɹǝsǝɹʌǝ‬ ‮ıs‬ ‮sdǝuʇ‬ ‮ɐup‬ ⅂∩‮N‬∀'‮s‬ ‮snddʅʎ‬ ‮ƃɹoʍs‬ ‮ɐqonʇ‬ 50,000-‮ɟoʅp‬.
stablecoin-explain-try-2 = ‮Ↄɐʅɯ‬ ‮ɯɐɹʞǝʇ‬: ‮ɹɐısǝ‬ ‮WıuSʇɐqıʅıʇʎSdɹǝɐp‬ ‮ʇo‬ 0.03. ∩‮S‬⊥ ‮uoʍ‬ ‮pɹıɟʇs‬ 3% ‮qǝʅoʍ‬ ‮ʇɥǝ‬ ‮dǝƃ‬ ‮qǝɟoɹǝ‬ ‮ɐɹqıʇɹɐƃǝ‬ ‮dɐʎs‬, ‮qǝʎoup‬ ‮ʇɥǝ‬ 1% ‮ɥoʅpǝɹs‬ ‮ʇoʅǝɹɐʇǝ‬; ‮dɐuıɔ‬ ‮qnıʅps‬ ‮ɐup‬ ‮ʇɥǝ‬ ‮dǝƃ‬ ‮qɹǝɐʞs‬ ‮ou‬ ‮pɐʎ‬ 10.5.
stablecoin-explain-try-3 = ‮Wɐʎ‬ 2022: ‮ɔnʇ‬ ‮ʇɥǝ‬ ‮ʍıʇɥpɹɐʍɐʅ‬ ‮ʇo‬ $1‮Ԑ‬. ⊥‮ɥǝ‬ ‮ɹǝsǝɹʌǝ‬ ‮ɐqsoɹqs‬ ‮ıʇ‬ (‮ɐqonʇ‬ 25,000 ‮Ԑ‬⊥‮Ↄ‬ ‮sdǝuʇ‬) ‮ɐup‬ ‮ʇɥǝ‬ ‮dǝƃ‬ ‮ɥoʅps‬.
stablecoin-explain-try-4 = ‮Wɐʎ‬ 2022 ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮ɯıuʇ‬-‮ɔɐd‬ ‮ɹɐısǝ‬ ‮ɹǝɯoʌǝp‬ (‮ɹɐısǝ‬ = −1): ‮ɐʅɯosʇ‬ ‮ʇɥǝ‬ ‮sɐɯǝ‬ ‮ǝup‬ (⅂∩‮N‬∀ ‮pıʅnʇǝp‬ ‮ɐqonʇ‬ 3,700-‮ɟoʅp‬ ‮ıusʇǝɐp‬ ‮oɟ‬ 3,800-‮ɟoʅp‬). ‮Iu‬ ‮ʇɥıs‬ ‮ɯopǝʅ‬, ‮qʎ‬ 12 ‮Wɐʎ‬ ‮ʇɥǝ‬ ‮pɐɯɐƃǝ‬ ‮ʍɐs‬ ‮pouǝ‬.
stablecoin-explain-try-5 = ‮Wɐʎ‬ 2022 ‮ʍıʇɥ‬ ‮qoʇɥ‬ ‮ɥɐʅʇs‬ ‮ɹǝɯoʌǝp‬ (‮ɥɐʅʇ‬1 = −1, ‮ɥɐʅʇ‬ = −1): ‮ɹǝpǝɯdʇıous‬ ‮ƃo‬ ‮ou‬ ‮ʇo‬ 16 ‮Wɐʎ‬ ‮ɐup‬ ⅂∩‮N‬∀ ‮ǝups‬ ‮pıʅnʇǝp‬ ‮ɐqonʇ‬ 41,000-‮ɟoʅp‬. ⊥‮ɥǝ‬ ‮ɥɐʅʇ‬ ‮ɟɹozǝ‬ ‮ʇɥǝ‬ ‮snddʅıǝs‬, ‮ıʇ‬ ‮pıp‬ ‮uoʇ‬ ‮sɐʌǝ‬ ∩‮S‬⊥.
stablecoin-explain-try-6 = ‮Wɐʎ‬ 2022 ‮ʍıʇɥ‬ ‮dɐuıɔ‬ ‮dǝɹ‬ ‮pɐʎ‬ ‮sǝʇ‬ ‮ʇo‬ 0: ‮ɥoʅpǝɹs‬ ‮sʇıʅʅ‬ ‮sǝʅʅ‬ ‮ʇɥǝ‬ $2.5‮Ԑ‬, ‮ʇɥǝ‬ ‮ɹǝsǝɹʌǝ‬ ‮sdǝups‬ ‮ɐqonʇ‬ 48,000 ‮Ԑ‬⊥‮Ↄ‬, ‮qnʇ‬ ‮uo‬ ‮sdıɹɐʅ‬ ‮ɟoʅʅoʍs‬. ⊥‮ɥǝ‬ ‮sdıɹɐʅ‬ ‮uǝǝps‬ ‮ʇɥǝ‬ ‮ʅoss‬ ‮oɟ‬ ‮ɔouɟıpǝuɔǝ‬.
stablecoin-explain-try-7 = ‮Sʇǝd‬ ‮ʍıʇɥ‬ → (‮ouǝ‬ ‮ɥonɹ‬) ‮ɐup‬ ‮ʍɐʇɔɥ‬ ‮ʇɥǝ‬ ‮ɐɹɹoʍs‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮ʅood‬ ‮ʅıƃɥʇ‬ ‮nd‬ ‮ıu‬ ‮ʇnɹu‬; ← ‮ƃoǝs‬ ‮qɐɔʞ‬ ‮qʎ‬ ‮ɹǝdʅɐʎıuƃ‬ ‮ʇɥǝ‬ ‮ɹnu‬ ‮ɟɹoɯ‬ ‮ıʇs‬ ‮sǝǝp‬.
stablecoin-explain-history-title = ‮Wɐʎ‬ 2022: ‮ʇɥǝ‬ ‮ɥısʇoɹʎ‬, ‮ɐup‬ ‮ʍɥǝɹǝ‬ ‮ʇɥǝ‬ ‮ɯopǝʅ‬ ‮dɐɹʇs‬ ‮ɟɹoɯ‬ ‮ıʇ‬
stablecoin-explain-history-p1 = ⅁‮ɹǝʎ‬ ‮poʇs‬ ‮ou‬ ‮ʇɥǝ‬ ‮ɔɥɐɹʇs‬ ‮ɐɹǝ‬ ‮ʇɥǝ‬ ‮pɐıʅʎ‬ ‮ɥısʇoɹʎ‬ ‮ɟɹoɯ‬ ‮ʍʍʍ‬/‮pɐʇɐ‬ (‮ɐddɹoxıɯɐʇǝ‬: ‮ǝɐɔɥ‬ ‮ɹoʍ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮ɟıʅǝ‬ ‮sɐʎs‬ ‮ɥoʍ‬ ‮ıʇ‬ ‮ʍɐs‬ ‮sonɹɔǝp‬; ‮ʌɐʅnǝs‬ ‮ɐɹǝ‬ ‮dʅɐɔǝp‬ ‮ɐʇ‬ ‮ɯıppɐʎ‬). ‮Hısʇoɹʎ‬ ‮ıs‬ ‮ʇɥǝ‬ ‮ʎɐɹpsʇıɔʞ‬, ‮uǝʌǝɹ‬ ‮ɐu‬ ‮ıudnʇ‬: ‮ʇɥǝ‬ ‮ɯopǝʅ‬ ‮sʇɐɹʇs‬ ‮ɟɹoɯ‬ 5 ‮Wɐʎ‬'‮s‬ ‮snddʅıǝs‬ ‮ɐup‬ ‮dɹıɔǝs‬ ‮ouʅʎ‬. ‮Ou‬ 7 ‮Wɐʎ‬ ‮ʅɐɹƃǝ‬ ‮sɐʅǝs‬ ‮qǝƃɐu‬ ‮ou‬ ‮Ↄnɹʌǝ‬ ‮ɐup‬ ∀‮uɔɥoɹ‬ ‮ʍıʇɥpɹɐʍɐʅs‬ ‮ɟoʅʅoʍǝp‬ (∀‮uɔɥoɹ‬ ‮pǝdosıʇs‬: $14‮Ԑ‬ ‮ou‬ 6 ‮Wɐʎ‬, $8.7‮Ԑ‬ ‮ou‬ 9 ‮Wɐʎ‬, ‮ɐqonʇ‬ $2.6‮Ԑ‬ ‮ou‬ 12 ‮Wɐʎ‬); ∩‮S‬⊥ ‮ɟıɹsʇ‬ ‮ʅosʇ‬ ‮ıʇs‬ ‮dǝƃ‬ ‮ou‬ 8–9 ‮Wɐʎ‬; ⅂‮Ⅎ‬⅁ ‮soʅp‬ ‮ɐqonʇ‬ 80,000 ‮Ԑ‬⊥‮Ↄ‬ ‮ou‬ 9–10 ‮Wɐʎ‬; ‮dɹodosɐʅ‬ 1164 ‮ɹɐısǝp‬ ‮ԐɐsǝԀooʅ‬ ‮ɟɹoɯ‬ 50‮W‬ ‮ʇo‬ 100‮W‬ ‮Sᗡᴚ‬ ‮ɐup‬ ‮ɔnʇ‬ ‮ԀooʅᴚǝɔoʌǝɹʎԀǝɹıop‬ ‮ɟɹoɯ‬ 36 ‮ʇo‬ 18 ‮qʅoɔʞs‬ ‮ou‬ 12 ‮Wɐʎ‬; ‮ʇɥǝ‬ ‮ɔɥɐıu‬ ‮ɥɐʅʇǝp‬ ‮ɐʇ‬ ‮qʅoɔʞ‬ 7603700 ‮ou‬ 12 ‮Wɐʎ‬ (‮ɐqonʇ‬ 80 ‮ɯıunʇǝs‬) ‮ɐup‬ ‮ɐʇ‬ ‮qʅoɔʞ‬ 7607789 ‮ou‬ 13 ‮Wɐʎ‬, ‮ɐɟʇǝɹ‬ ‮ʍɥıɔɥ‬ ‮sʍɐds‬ ‮ʍǝɹǝ‬ ‮pısɐqʅǝp‬; ‮qʎ‬ ‮ʇɥǝu‬ ⅂∩‮N‬∀'‮s‬ ‮snddʅʎ‬ ‮ɥɐp‬ ‮ƃɹoʍu‬ ‮ɟɹoɯ‬ ‮ɐqonʇ‬ 345‮W‬ ‮ʇo‬ 6.5⊥.
stablecoin-explain-history-1 = ‮Ↄʅosǝ‬ (‮oʌǝɹ‬ ‮ʇǝu‬ ‮sǝǝps‬, ‮ɔɥǝɔʞǝp‬ ‮qʎ‬ ‮ɐ‬ ‮ʇǝsʇ‬): ∩‮S‬⊥ ‮ɟɐʅʅs‬ ‮qǝʅoʍ‬ $0.40 ‮ou‬ 12 ‮Wɐʎ‬ ‮ɐup‬ ‮ıs‬ ‮ɐʇ‬ ‮ɐqonʇ‬ $0.16–0.18 ‮ɐʇ‬ ‮ʇɥǝ‬ ‮ɟıuɐʅ‬ ‮ɥɐʅʇ‬, ‮ʍıʇɥ‬ ‮uo‬ ‮ɔoɯǝqɐɔʞ‬; ∩‮S‬⊥'‮s‬ ‮snddʅʎ‬ ‮ɐʇ‬ ‮ʇɥǝ‬ ‮ɟıuɐʅ‬ ‮ɥɐʅʇ‬ ‮ıs‬ ‮ɐqonʇ‬ 12.1‮Ԑ‬ (‮ɥısʇoɹʎ‬ 11.3–12.6‮Ԑ‬); ⅂∩‮N‬∀'‮s‬ ‮snddʅʎ‬ ‮ɯnʅʇıdʅıǝs‬ ‮ɐqonʇ‬ 3,000–4,200-‮ɟoʅp‬, ‮ɐʅɯosʇ‬ ‮ɐʅʅ‬ ‮oɟ‬ ‮ıʇ‬ ‮ou‬ 12 ‮Wɐʎ‬ (‮ɥısʇoɹʎ‬ ‮ɐqonʇ‬ 19,000-‮ɟoʅp‬ ‮qʎ‬ 13 ‮Wɐʎ‬); ‮ʇɥǝ‬ ‮ɹǝsǝɹʌǝ‬ ‮ıs‬ ‮sdǝuʇ‬ ‮ou‬ ‮ʇɥǝ‬ ‮ǝʌǝuıuƃ‬ ‮oɟ‬ 9 ‮Wɐʎ‬ (‮ɥısʇoɹʎ‬ 9–10 ‮Wɐʎ‬).
stablecoin-explain-history-2 = ⅂‮ɐʇǝ‬: ⅂∩‮N‬∀ ‮ɥoʅps‬ ‮uǝɐɹ‬ $85 ‮nuʇıʅ‬ 9 ‮Wɐʎ‬ (‮ɥısʇoɹʎ‬: $62 ‮ou‬ 8 ‮Wɐʎ‬, $44 ‮ou‬ 9 ‮Wɐʎ‬) ‮ɐup‬ ∩‮S‬⊥ ‮ıs‬ ‮sʇıʅʅ‬ ‮uǝɐɹ‬ $0.82 ‮ou‬ 11 ‮Wɐʎ‬ (‮ɥısʇoɹʎ‬ $0.31). ⊥‮ɥǝ‬ ‮ɯopǝʅ‬'‮s‬ ‮ɔoʅʅɐdsǝ‬ ‮ɔoɯǝs‬ ‮ɐqonʇ‬ ‮ɐ‬ ‮pɐʎ‬ ‮ɐɟʇǝɹ‬ ‮ɥısʇoɹʎ‬'‮s‬.
stablecoin-explain-history-3 = ∀‮ɟʇǝɹ‬ ‮ʇɥǝ‬ ‮ɥɐʅʇ‬ ∩‮S‬⊥ ‮ʞǝǝds‬ ‮sɐƃƃıuƃ‬ (‮ʇo‬ ‮ɐqonʇ‬ $0.05 ‮qʎ‬ 16 ‮Wɐʎ‬; ‮ɥısʇoɹʎ‬ $0.11); ⅂∩‮N‬∀'‮s‬ ‮dɹıɔǝ‬ ‮dɐɹʇʅʎ‬ ‮ɹǝɔoʌǝɹs‬ ‮ıu‬ ‮ʇɥǝ‬ ‮ɯopǝʅ‬ ‮ɐs‬ ‮ıʇs‬ ‮ɥoʅpǝɹs‬ ‮qnʎ‬ ‮qɐɔʞ‬ ‮ʍıʇɥ‬ ‮ʇɥǝıɹ‬ ‮oʍu‬ ‮poʅʅɐɹs‬ (‮ɥısʇoɹʎ‬: ‮ıʇ‬ ‮sʇɐʎǝp‬ ‮uǝɐɹ‬ $0.0001).
stablecoin-explain-history-4 = ‮Noʇ‬ ‮ɯopǝʅʅǝp‬: ‮ʇɥǝ‬ ‮ʎıǝʅp‬'‮s‬ ‮oʍu‬ ‮pǝɔʅıuǝ‬ (∀‮uɔɥoɹ‬'‮s‬ ‮ɹɐʇǝ‬ ‮ıs‬ ‮ɐ‬ ‮ɟıxǝp‬ ‮dɐɹɐɯǝʇǝɹ‬ ‮ɥǝɹǝ‬), ‮Ԑ‬⊥‮Ↄ‬'‮s‬ ‮ɟɐʅʅ‬ ‮ɟɹoɯ‬ ‮ɐqonʇ‬ $36,000 ‮ʇo‬ $29,000 ‮pnɹıuƃ‬ ‮ʇɥosǝ‬ ‮pɐʎs‬, ‮ʌɐʅıpɐʇoɹs‬' ‮ǝxɐɔʇ‬ ‮oɹɐɔʅǝ‬ ‮ʌoʇǝs‬.
stablecoin-explain-choices-title = ‮Wopǝʅʅıuƃ‬ ‮ɔɥoıɔǝs‬ ‮ɐup‬ ‮ʇɥǝıɹ‬ ‮sonɹɔǝs‬
stablecoin-explain-choices-1 = ‮Ԁǝɹ‬ ‮qʅoɔʞ‬, ‮ʍɥɐʇǝʌǝɹ‬ ‮ʇɥǝ‬ ‮sʇǝd‬: ‮ʇɥǝ‬ ‮ɯɐɹʞǝʇ‬ ‮ɯopnʅǝ‬'‮s‬ ‮sʍɐds‬, ∀‮ddʅʎSʍɐd‬⊥‮oԀooʅ‬ ‮ɐup‬ ‮ʇɥǝ‬ ‮ƎupԐʅoɔʞǝɹ‬'‮s‬ ‮ᴚǝdʅǝuısɥԀooʅs‬ ‮ɹnu‬ ‮ouɔǝ‬ ‮dǝɹ‬ 6-‮sǝɔoup‬ ‮qʅoɔʞ‬ (‮ɔʅɐssıɔ‬-‮ɔoɹǝ‬ ‮x‬/‮ɯɐɹʞǝʇ‬); ‮ʇɥǝ‬ ‮oɹɐɔʅǝ‬ ‮ʇɐʞǝs‬ ⅂∩‮N‬∀'‮s‬ ‮ɯɐɹʞǝʇ‬ ‮dɹıɔǝ‬ ‮ouɔǝ‬ ‮dǝɹ‬ ‮ʌoʇǝ‬ ‮dǝɹıop‬ ‮oɟ‬ 5 ‮qʅoɔʞs‬ (‮x‬/‮oɹɐɔʅǝ‬, 30 ‮s‬). ∀ ‮ouǝ‬-‮ɯıunʇǝ‬ ‮sʇǝd‬ ‮ɹnus‬ ‮ʇǝu‬ ‮qʅoɔʞs‬, ‮ɐ‬ 6-‮sǝɔoup‬ ‮sʇǝd‬ ‮ouǝ‬: ‮ʇɥǝ‬ ‮ɹǝsnʅʇ‬ ‮poǝs‬ ‮uoʇ‬ ‮pǝdǝup‬ ‮ou‬ ‮ʇɥǝ‬ ‮sʇǝd‬ (‮ɐ‬ ‮ʇǝsʇ‬ ‮ɔoɯdɐɹǝs‬ 60 ‮s‬ ‮ɐup‬ 20 ‮s‬ ‮sʇǝds‬ ‮ʍıʇɥ‬ 6 ‮s‬ ‮sʇǝds‬ ‮ou‬ ‮ǝʌǝɹʎ‬ ‮sɔǝuɐɹıo‬).
stablecoin-explain-choices-2 = ‮Wouǝʎ‬ ‮ʇɥɐʇ‬ ‮ɐpps‬ ‮nd‬: ‮ǝʌǝɹʎ‬ ‮poʅʅɐɹ‬, ∩‮S‬⊥ ‮ɐup‬ ⅂∩‮N‬∀ ‮qǝʅouƃs‬ ‮ʇo‬ ‮ɐu‬ ‮ɐƃǝuʇ‬ (∩‮S‬⊥ ‮ɥoʅpǝɹs‬, ⅂∩‮N‬∀ ‮ɥoʅpǝɹs‬, ‮onʇsıpǝ‬ ‮qnʎǝɹs‬, ‮ɐɹqıʇɹɐƃǝnɹs‬, ‮ʇɥǝ‬ ‮ɹǝsǝɹʌǝ‬, ‮ʇɥǝ‬ ‮ʇʍo‬ ‮ɯɐɹʞǝʇs‬' ‮ɯɐɹʞǝʇ‬ ‮ɯɐʞǝɹs‬, ‮ʇɥǝ‬ ‮oɹɐɔʅǝ‬'‮s‬ ‮ɟǝǝ‬ ‮dooʅ‬) ‮oɹ‬ ‮ıs‬ ‮ɯıuʇǝp‬ ‮oɹ‬ ‮qnɹuʇ‬ ‮qʎ‬ ‮ʇɥǝ‬ ‮ɯɐɹʞǝʇ‬ ‮ɯopnʅǝ‬. ‮ᗡoʅʅɐɹs‬ ‮ǝuʇǝɹ‬ ‮ouʅʎ‬ ‮ɐʇ‬ ‮sʇɐʇǝp‬ ‮ɹɐʇǝs‬: ‮ʇɥǝ‬ ‮ɹǝsǝɹʌǝ‬'‮s‬ ‮Ԑ‬⊥‮Ↄ‬ ‮sɐʅǝs‬ ‮ɐup‬ ‮ʇɥǝ‬ ‮onʇsıpǝ‬ ‮qnʎǝɹs‬' ‮qnpƃǝʇ‬ ($2‮Ԑ‬ ‮ɐ‬ ‮pɐʎ‬ ‮ɐʇ‬ ‮ɟnʅʅ‬ ‮ɔouɟıpǝuɔǝ‬, ‮sɔɐʅǝp‬ ‮qʎ‬ ‮ɔouɟıpǝuɔǝ‬, ‮sʇoddıuƃ‬ ‮ʍɥǝu‬ ‮sʍɐds‬ ‮ɐɹǝ‬ ‮pısɐqʅǝp‬). ∀‮ɟʇǝɹ‬ ‮ǝʌǝɹʎ‬ ‮sʇǝd‬, ‮dǝɹ‬ ‮ɐssǝʇ‬, ‮ʇɥǝ‬ ‮snɯ‬ ‮oɟ‬ ‮qɐʅɐuɔǝs‬ ‮ǝbnɐʅs‬ ‮ʇɥǝ‬ ‮sʇɐɹʇ‬ ‮dʅns‬ ‮ɯıuʇǝp‬ ‮ɯıuns‬ ‮qnɹuʇ‬ ‮dʅns‬ ‮ʇɥosǝ‬ ‮ıuɟʅoʍs‬.
stablecoin-explain-choices-3 = ⅂∩‮N‬∀ ‮ɥoʅpǝɹs‬ ‮ʌɐʅnǝ‬ ‮ʇɥǝıɹ‬ ‮sɥɐɹǝ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮uǝʇʍoɹʞ‬: ‮ɐ‬ ‮ʇoʞǝu‬ ‮ıs‬ ‮ʍoɹʇɥ‬ ⅂∩‮N‬∀'‮s‬ ‮sʇɐɹʇıuƃ‬ ‮ɯɐɹʞǝʇ‬ ‮ʌɐʅnǝ‬ ‮ʇıɯǝs‬ ‮ɔouɟıpǝuɔǝ‬, ‮pıʌıpǝp‬ ‮qʎ‬ ‮ʇopɐʎ‬'‮s‬ ‮snddʅʎ‬, ‮so‬ ‮pıʅnʇıou‬ ‮ɯɐʞǝs‬ ‮ʇɥǝɯ‬ ‮sǝʅʅ‬ ‮ɹɐʇɥǝɹ‬ ‮ʇɥɐu‬ ‮qnʎ‬ (‮ɥısʇoɹʎ‬: ⅂∩‮N‬∀ ‮ɟǝʅʅ‬ ‮ɟɹoɯ‬ $85 ‮ʇo‬ $16 ‮qʎ‬ 10 ‮Wɐʎ‬ ‮ʍɥıʅǝ‬ ‮ıʇs‬ ‮snddʅʎ‬ ‮ƃɹǝʍ‬ ‮ouʅʎ‬ 1.12-‮ɟoʅp‬).
stablecoin-explain-choices-4 = ∩‮S‬⊥ ‮ɥoʅpǝɹs‬ ‮ʅǝɐʌǝ‬ ‮ɟɐsʇǝɹ‬ ‮ʍıʇɥ‬ ‮dɐuıɔ‬ (30–40% ‮ɐ‬ ‮pɐʎ‬ ‮ɐʇ‬ ‮ɥıƃɥ‬ ‮dɐuıɔ‬, ‮ʇɥǝ‬ ‮dɐɔǝ‬ ‮ɐʇ‬ ‮ʍɥıɔɥ‬ ∀‮uɔɥoɹ‬ ‮pǝdosıʇs‬ ‮ɟǝʅʅ‬ ‮ɟɹoɯ‬ $14‮Ԑ‬ ‮ou‬ 6 ‮Wɐʎ‬ ‮ʇo‬ $8.7‮Ԑ‬ ‮ou‬ 9 ‮Wɐʎ‬ ‮ɐup‬ ‮ɐqonʇ‬ $2.6‮Ԑ‬ ‮ou‬ 12 ‮Wɐʎ‬) ‮ɐup‬ ‮ɯoɹǝ‬ ‮sʅoʍʅʎ‬ ‮ɐʇ‬ ‮ɐ‬ ‮pǝǝd‬ ‮pısɔonuʇ‬ (‮ʇɥǝ‬ ‮ɹɐʇǝ‬ ‮sɔɐʅǝs‬ ‮ʍıʇɥ‬ ∩‮S‬⊥'‮s‬ ‮dɹıɔǝ‬).
stablecoin-explain-choices-5 = ∀‮ɹqıʇɹɐƃǝ‬ ‮ʇɥɹonƃɥdnʇ‬ ‮ıs‬ ‮qonupǝp‬ ‮dǝɹ‬ ‮qʅoɔʞ‬ ‮ıu‬ ∩‮S‬⊥ ‮ʌoʅnɯǝ‬ (1‮W‬ ∩‮S‬⊥) ‮ɐup‬ ‮qʎ‬ ‮ʇɥǝ‬ ‮sɥɐɹǝ‬ ‮oɟ‬ ⅂∩‮N‬∀'‮s‬ ‮ɯɐɹʞǝʇ‬ ‮pǝdʇɥ‬ ‮ouǝ‬ ‮qʅoɔʞ‬'‮s‬ ‮sɐʅǝs‬ ‮ɯɐʎ‬ ‮ʇɐʞǝ‬ (0.6%): ‮ɔɥɐıu‬ ‮ɐup‬ ‮ǝxɔɥɐuƃǝ‬ ‮ʇɥɹonƃɥdnʇ‬, ‮uoʇ‬ ‮ɔɐdıʇɐʅ‬, ‮qonupǝp‬ ‮ʇɥǝ‬ ‮ɹǝɐʅ‬ ‮ɹnu‬.
stablecoin-explain-choices-6 = ‮Ԁɐuıɔ‬ ‮ıs‬ ‮qonupǝp‬: ‮ıʇ‬ ‮ƃɹoʍs‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮pǝdǝƃ‬ ‮qǝʎoup‬ ‮ɐ‬ 1-‮ɔǝuʇ‬ ‮ʇoʅǝɹɐuɔǝ‬ ‮ɐup‬ ‮ʍɥıʅǝ‬ ⅂∩‮N‬∀'‮s‬ ‮ɯɐɹʞǝʇ‬ ‮ʌɐʅnǝ‬ ‮ıs‬ ‮qǝʅoʍ‬ ∩‮S‬⊥'‮s‬ ‮snddʅʎ‬, ‮sɐʇnɹɐʇıuƃ‬ ‮ɐʇ‬ 3 (‮ɔouɟıpǝuɔǝ‬ ‮uǝʌǝɹ‬ ‮qǝʅoʍ‬ 5%), ‮ɐup‬ ‮ɟɐpǝs‬ ‮oʇɥǝɹʍısǝ‬.
stablecoin-explain-choices-7 = ‮Ↄɐʅıqɹɐʇǝp‬, ‮uoʇ‬ ‮ɯǝɐsnɹǝp‬: ‮ʇɥǝ‬ ‮dɐuıɔ‬ ‮ƃɐıus‬, ‮ʇɥǝ‬ ‮onʇsıpǝ‬ ‮qnʎǝɹs‬' ‮qnpƃǝʇ‬ ‮ɐup‬ ‮ʇɥǝ‬ ‮ʇʍo‬ ‮ʇɥɹonƃɥdnʇ‬ ‮qonups‬ ‮ʍǝɹǝ‬ ‮ɔɥosǝu‬ ‮so‬ ‮ʇɥɐʇ‬ ‮Wɐʎ‬ 2022 ‮ɟɐʅʅs‬ ‮ʍıʇɥıu‬ ‮ıʇs‬ ‮ɹǝɔoɹpǝp‬ ‮ɹɐuƃǝs‬; ‮ʇɥǝ‬ ‮ɹǝɔoɹpǝp‬ ‮ɥısʇoɹʎ‬ ‮ıs‬ ‮nsǝp‬ ‮ouʅʎ‬ ‮ʇo‬ ‮ɔɥǝɔʞ‬.
stablecoin-explain-differs-title = ‮Mɥǝɹǝ‬ ‮ʇɥǝ‬ ‮ɯopǝʅ‬ ‮pıɟɟǝɹs‬ ‮ɟɹoɯ‬ ‮ɹǝɐʅıʇʎ‬
stablecoin-explain-differs-1 = ‮Ouǝ‬ ‮ɹǝdɹǝsǝuʇɐʇıʌǝ‬ ‮ɐƃǝuʇ‬ ‮oɟ‬ ‮ǝɐɔɥ‬ ‮ʞıup‬. ‮Ǝxʇǝɹuɐʅ‬ ‮ɯɐɹʞǝʇs‬ ‮ɐɹǝ‬ ‮ɔousʇɐuʇ‬-‮dɹopnɔʇ‬ ‮qooʞs‬: ∩‮S‬⊥'‮s‬ ($1‮Ԑ‬ ‮ɐ‬ ‮sıpǝ‬) ‮sʇɐups‬ ‮ɟoɹ‬ ‮Ↄnɹʌǝ‬ ‮ɐup‬ ‮ʇɥǝ‬ ‮ǝxɔɥɐuƃǝs‬ ‮ɐup‬ ‮ıs‬ ‮ʅǝss‬ ‮ɟʅɐʇ‬ ‮uǝɐɹ‬ ‮ʇɥǝ‬ ‮dǝƃ‬ ‮ʇɥɐu‬ ‮Ↄnɹʌǝ‬'‮s‬; ⅂∩‮N‬∀'‮s‬ ‮sʇɐɹʇs‬ ‮ʍıʇɥ‬ $2‮Ԑ‬ ‮oɟ‬ ‮pǝdʇɥ‬ ‮ɐup‬ ‮ıs‬ ‮uǝʌǝɹ‬ ‮ɹǝɟıʅʅǝp‬ ‮ɟɹoɯ‬ ‮uoʍɥǝɹǝ‬.
stablecoin-explain-differs-2 = ‮ᗡǝɯɐup‬ ‮ɟoʅʅoʍs‬ ‮ʇɥǝ‬ ‮ʎıǝʅp‬ ‮ɐs‬ ‮ǝxd‬(‮ǝʅɐsʇıɔıʇʎ‬ × (‮ʎıǝʅp‬ − ‮sʇɐɹʇıuƃ‬ ‮ʎıǝʅp‬)) ‮ʇıɯǝs‬ ‮ɔouɟıpǝuɔǝ‬, ‮ɐup‬ ‮ɔouɟıpǝuɔǝ‬ ‮ıs‬ ‮ǝxd‬(−‮dɐuıɔ‬). ⊥‮ɥǝsǝ‬ ‮ɐɹǝ‬ ‮ɯopǝʅʅıuƃ‬ ‮ɔɥoıɔǝs‬, ‮uoʇ‬ ‮ɯǝɐsnɹǝp‬ ‮ʅɐʍs‬.
stablecoin-explain-differs-3 = ‮Ↄousǝɹʌɐʇıou‬ ‮ıs‬ ‮ǝxɐɔʇ‬: ‮ǝʌǝɹʎ‬ ‮sʍɐd‬ ‮qnɹus‬ ‮ıʇs‬ ‮oɟɟǝɹ‬ ‮ɐup‬ ‮ɯıuʇs‬ ‮ǝxɐɔʇʅʎ‬ ‮ıʇs‬ ‮oɹɐɔʅǝ‬ ‮ʌɐʅnǝ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮oʇɥǝɹ‬ ‮ʇoʞǝu‬, ‮ʅǝss‬ ‮ʇɥǝ‬ ‮sdɹǝɐp‬ ‮ʇo‬ ‮ʇɥǝ‬ ‮ʇɹɐpǝɹ‬ ‮ɐup‬ ‮ʇɥǝ‬ ‮sdɹǝɐp‬ ‮ɐs‬ ‮ʇɥǝ‬ ‮ɟǝǝ‬ ‮ʇo‬ ‮ʇɥǝ‬ ‮oɹɐɔʅǝ‬'‮s‬ ‮ɹǝʍɐɹp‬ ‮dooʅ‬.
stablecoin-explain-sources = ‮Sonɹɔǝs‬: ‮ʇǝɹɹɐ‬-‮ɯouǝʎ‬/‮ɔʅɐssıɔ‬-‮ɔoɹǝ‬ ‮x‬/‮ɯɐɹʞǝʇ‬ (‮ʞǝǝdǝɹ‬/‮sʍɐd‬.‮ƃo‬ ‮ↃoɯdnʇǝSʍɐd‬ ‮ɐup‬ ∀‮ddʅʎSʍɐd‬⊥‮oԀooʅ‬, ‮ʞǝǝdǝɹ‬/‮ʞǝǝdǝɹ‬.‮ƃo‬ ‮ᴚǝdʅǝuısɥԀooʅs‬, ‮ɐqɔı‬.‮ƃo‬ ‮ƎupԐʅoɔʞǝɹ‬, ‮ʞǝǝdǝɹ‬/‮ɯsƃ‬_‮sǝɹʌǝɹ‬.‮ƃo‬, ‮ʇʎdǝs‬/‮dɐɹɐɯs‬.‮ƃo‬) ‮ɐup‬ ‮x‬/‮oɹɐɔʅǝ‬ (‮ɅoʇǝԀǝɹıop‬); ⊥‮ǝɹɹɐ‬ ‮ƃoʌǝɹuɐuɔǝ‬ ‮dɹodosɐʅ‬ 1164; ⅂‮Ⅎ‬⅁'‮s‬ ‮ɹǝsǝɹʌǝ‬ ‮sʇɐʇǝɯǝuʇ‬ ‮oɟ‬ 16 ‮Wɐʎ‬ 2022; ‮Ↄɥɐıu‬ ⅂‮ɐq‬ ‮ɹǝɟǝɹǝuɔǝ‬/‮ɯopǝʅs‬.‮ɯp‬ §4 ‮ɐup‬ ‮ʇɥǝ‬ ‮pɐʇɐ‬ ‮ɟıʅǝs‬ ‮ʍʍʍ‬/‮pɐʇɐ‬/‮ʇǝɹɹɐ‬-‮ɯɐʎ‬-2022-‮pɐıʅʎ‬.‮ɔsʌ‬ ‮ɐup‬ ‮ʅɟƃ‬-‮ɹǝsǝɹʌǝ‬-‮ɯɐʎ‬-2022.‮ɔsʌ‬ (‮ɐddɹoxıɯɐʇǝ‬).

## The parameters' names, units and groups (the names of the market module's own parameters stay as in its code)
stablecoin-param-base = ‮ԐɐsǝԀooʅ‬
stablecoin-param-recovery = ‮ԀooʅᴚǝɔoʌǝɹʎԀǝɹıop‬
stablecoin-param-spread = ‮WıuSʇɐqıʅıʇʎSdɹǝɐp‬
stablecoin-param-sdr = ‮Sᗡᴚ‬ ‮dɹıɔǝ‬
stablecoin-param-raise = ‮Wıuʇ‬ ‮ɔɐd‬ ‮ɹɐısǝp‬ ‮ou‬ ‮pɐʎ‬
stablecoin-param-rbase = ‮ԐɐsǝԀooʅ‬ ‮ɐɟʇǝɹ‬ ‮ɹɐısǝ‬
stablecoin-param-rrecovery = ‮ԀooʅᴚǝɔoʌǝɹʎԀǝɹıop‬ ‮ɐɟʇǝɹ‬ ‮ɹɐısǝ‬
stablecoin-param-halt1 = ‮Ⅎıɹsʇ‬ ‮ɥɐʅʇ‬ ‮ou‬ ‮pɐʎ‬
stablecoin-param-halt1min = ‮Ⅎıɹsʇ‬ ‮ɥɐʅʇ‬ ‮ʅɐsʇs‬
stablecoin-param-halt = ‮Ↄɥɐıu‬ ‮ɥɐʅʇs‬ ‮ɟoɹ‬ ‮ƃoop‬ ‮ou‬ ‮pɐʎ‬
stablecoin-param-shock = ⅂‮ɐɹƃǝ‬ ‮ʍıʇɥpɹɐʍɐʅ‬ ‮ou‬ ‮pɐʎ‬
stablecoin-param-shockusd = ‮Mıʇɥpɹɐʍɐʅ‬ ‮sızǝ‬
stablecoin-param-shockh = ‮Mıʇɥpɹɐʍɐʅ‬ ‮oʌǝɹ‬
stablecoin-param-btc = ‮ᴚǝsǝɹʌǝ‬
stablecoin-param-btcusd = ‮Ԑ‬⊥‮Ↄ‬ ‮dɹıɔǝ‬
stablecoin-param-trigger = ‮ᗡǝɟǝup‬ ‮qǝʅoʍ‬
stablecoin-param-defrate = ‮ᗡǝɟǝuɔǝ‬ ‮ɹɐʇǝ‬
stablecoin-param-yield = ⅄‮ıǝʅp‬ ‮ou‬ ‮oɟɟǝɹ‬
stablecoin-param-refyield = ⅄‮ıǝʅp‬ ‮ɥoʅpǝɹs‬ ‮sʇɐɹʇǝp‬ ‮ɐʇ‬
stablecoin-param-elasticity = ‮ᗡǝɯɐup‬'‮s‬ ‮ʎıǝʅp‬ ‮ǝʅɐsʇıɔıʇʎ‬
stablecoin-param-adjust = ∩‮S‬⊥ ‮ɥoʅpǝɹs‬ ‮ɐpɾnsʇ‬ ‮dǝɹ‬ ‮pɐʎ‬
stablecoin-param-noise = ‮ᗡǝɯɐup‬ ‮ʌoʅɐʇıʅıʇʎ‬ ‮dǝɹ‬ ‮pɐʎ‬
stablecoin-param-tolerance = ‮ᗡǝdǝƃ‬ ‮ʇoʅǝɹɐʇǝp‬
stablecoin-param-gain = ‮Ԁɐuıɔ‬ ‮dǝɹ‬ ‮pɐʎ‬ ‮dǝɹ‬ $ ‮oɟ‬ ‮pǝdǝƃ‬
stablecoin-param-backing = ‮Ԁɐuıɔ‬ ‮dǝɹ‬ ‮pɐʎ‬ ‮ʍɥǝu‬ ‮nupǝɹ‬-‮qɐɔʞǝp‬
stablecoin-param-decay = ‮Ԁɐuıɔ‬ ‮ɟɐpıuƃ‬ ‮dǝɹ‬ ‮pɐʎ‬
stablecoin-param-exit = ‮Ǝxıʇ‬ ‮sdǝǝp‬ ‮dǝɹ‬ ‮nuıʇ‬ ‮oɟ‬ ‮dɐuıɔ‬
stablecoin-param-exitpow = ‮ᴚǝʅnɔʇɐuɔǝ‬ ‮ʇo‬ ‮sǝʅʅ‬ ‮ɐʇ‬ ‮ɐ‬ ‮pısɔonuʇ‬ (‮doʍǝɹ‬ ‮oɟ‬ ‮dɹıɔǝ‬)
stablecoin-param-panicmax = ‮Wosʇ‬ ‮dɐuıɔ‬
stablecoin-param-cadjust = ⅂∩‮N‬∀ ‮ɥoʅpǝɹs‬ ‮ɐpɾnsʇ‬ ‮dǝɹ‬ ‮pɐʎ‬
stablecoin-param-arbcap = ∀‮ɹqıʇɹɐƃǝnɹs‬' ‮poʅʅɐɹs‬
stablecoin-param-arbdepth = ∀‮ɹqıʇɹɐƃǝ‬ ‮sɐʅǝs‬ ‮dǝɹ‬ ‮qʅoɔʞ‬, ‮sɥɐɹǝ‬ ‮oɟ‬ ⅂∩‮N‬∀ ‮pǝdʇɥ‬
stablecoin-param-arbblock = ∀‮ɹqıʇɹɐƃǝ‬ ‮ʌoʅnɯǝ‬ ‮dǝɹ‬ ‮qʅoɔʞ‬
stablecoin-param-days = ‮ᗡɐʎs‬ ‮sıɯnʅɐʇǝp‬
stablecoin-param-step = ‮Sǝɔoups‬ ‮dǝɹ‬ ‮sʇǝd‬
stablecoin-param-supply = ∩‮S‬⊥ ‮snddʅʎ‬
stablecoin-param-csupply = ⅂∩‮N‬∀ ‮snddʅʎ‬
stablecoin-param-cprice = ⅂∩‮N‬∀ ‮dɹıɔǝ‬
stablecoin-param-depth = ∩‮S‬⊥ ‮ɯɐɹʞǝʇ‬ ‮pǝdʇɥ‬
stablecoin-param-cdepth = ⅂∩‮N‬∀ ‮ɯɐɹʞǝʇ‬ ‮pǝdʇɥ‬
stablecoin-param-cash = ∩‮S‬⊥ ‮ɥoʅpǝɹs‬' ‮poʅʅɐɹs‬
stablecoin-param-ccash = ⅂∩‮N‬∀ ‮ɥoʅpǝɹs‬' ‮poʅʅɐɹs‬
stablecoin-param-dip = ‮Onʇsıpǝ‬ ⅂∩‮N‬∀ ‮qnʎǝɹs‬' ‮qnpƃǝʇ‬ ‮dǝɹ‬ ‮pɐʎ‬
stablecoin-param-dipspend = ‮Onʇsıpǝ‬ ‮qnʎǝɹs‬ ‮sdǝup‬ ‮oɟ‬ ‮ʇɥǝıɹ‬ ‮qnpƃǝʇ‬ ‮dǝɹ‬ ‮pɐʎ‬
stablecoin-param-dipbelow = ‮Onʇsıpǝ‬ ‮qnʎǝɹs‬ ‮qnʎ‬ ‮qǝʅoʍ‬ (‮sɥɐɹǝ‬ ‮oɟ‬ ‮sʇɐɹʇ‬ ‮dɹıɔǝ‬)
stablecoin-param-unit-blocks = ‮qʅoɔʞs‬
stablecoin-param-unit-day = ‮pɐʎ‬
stablecoin-param-unit-min = ‮ɯıu‬
stablecoin-param-unit-hours = ‮ɥonɹs‬
stablecoin-param-unit-days = ‮pɐʎs‬
stablecoin-param-unit-s = ‮s‬
stablecoin-group-market = ‮Wɐɹʞǝʇ‬ ‮ɯopnʅǝ‬ (‮ɯıuʇ‬ ‮ɔɐd‬)
stablecoin-group-start = ‮Sʇɐɹʇ‬ ‮ɐup‬ ‮ǝxʇǝɹuɐʅ‬ ‮ɯɐɹʞǝʇs‬
stablecoin-group-holders = ∩‮S‬⊥ ‮ɥoʅpǝɹs‬ ‮ɐup‬ ‮ʎıǝʅp‬
stablecoin-group-panic = ‮Ԁɐuıɔ‬
stablecoin-group-events = ‮Ǝʌǝuʇs‬
stablecoin-group-reserve = ‮ᴚǝsǝɹʌǝ‬ (⅂‮Ⅎ‬⅁-‮ʅıʞǝ‬)

## The parameters' rules (notices and the panel's errors)
stablecoin-rule-number = { $name } ‮ɯnsʇ‬ ‮qǝ‬ ‮ɐ‬ ‮unɯqǝɹ‬
stablecoin-rule-between = { $name } ‮ɯnsʇ‬ ‮qǝ‬ ‮qǝʇʍǝǝu‬ { $min } ‮ɐup‬ { $max } (‮ıʇ‬ ‮ıs‬ { $value })
stablecoin-rule-spread = ‮WıuSʇɐqıʅıʇʎSdɹǝɐp‬ ‮ɯnsʇ‬ ‮qǝ‬ ‮qǝʅoʍ‬ 1: ‮ɐ‬ ‮sdɹǝɐp‬ ‮oɟ‬ 100% ‮sʇods‬ ‮ǝʌǝɹʎ‬ ‮sʍɐd‬
stablecoin-rule-one-step = ‮ʇɥǝ‬ ‮ɹnu‬ ‮ɯnsʇ‬ ‮ʇɐʞǝ‬ ‮ɐʇ‬ ‮ʅǝɐsʇ‬ ‮ouǝ‬ ‮sʇǝd‬
stablecoin-rule-max-steps = ‮ʇɥǝ‬ ‮ɹnu‬ ‮ʇɐʞǝs‬ { $steps } ‮sʇǝds‬; ‮ɐʇ‬ ‮ɯosʇ‬ { $max } (‮ɟǝʍǝɹ‬ ‮pɐʎs‬ ‮oɹ‬ ‮ʅouƃǝɹ‬ ‮sʇǝds‬)
stablecoin-rule-stable-depth = ∩‮S‬⊥'‮s‬ ‮ɯɐɹʞǝʇ‬ ‮pǝdʇɥ‬ ‮ɯnsʇ‬ ‮qǝ‬ ‮sɯɐʅʅǝɹ‬ ‮ʇɥɐu‬ ‮ıʇs‬ ‮snddʅʎ‬
stablecoin-rule-companion-depth = ⅂∩‮N‬∀'‮s‬ ‮ɯɐɹʞǝʇ‬ ‮pǝdʇɥ‬ ‮ɯnsʇ‬ ‮qǝ‬ ‮sɯɐʅʅǝɹ‬ ‮ʇɥɐu‬ ‮ıʇs‬ ‮ɯɐɹʞǝʇ‬ ‮ʌɐʅnǝ‬
stablecoin-notice-invalid = { $why }; ‮nsıuƃ‬ ‮ʇɥǝ‬ { $scenario } ‮sɔǝuɐɹıo‬'‮s‬ ‮dɐɹɐɯǝʇǝɹs‬

## The run's moments and the narration (the live region, the event log, the exports)
stablecoin-date-may = { $d } ‮Wɐʎ‬ { $time } ∩⊥‮Ↄ‬
stablecoin-date-june = { $d } ‮ſnuǝ‬ { $time } ∩⊥‮Ↄ‬
stablecoin-date-july = { $d } ‮ſnʅʎ‬ { $time } ∩⊥‮Ↄ‬
stablecoin-usd = ${ $n }
stablecoin-words-million = { $n } ‮ɯıʅʅıou‬
stablecoin-words-billion = { $n } ‮qıʅʅıou‬
stablecoin-words-trillion = { $n } ‮ʇɹıʅʅıou‬
stablecoin-words-ten-thousand = { $n } ‮ʇǝu‬-‮ʇɥonsɐup‬
stablecoin-words-hundred-million = { $n } ‮ɥnupɹǝp‬ ‮ɯıʅʅıou‬
stablecoin-moment-withdrawal = ‮ʇɥǝ‬ ‮ʅɐɹƃǝ‬ ‮ʍıʇɥpɹɐʍɐʅ‬ ‮qǝƃıus‬: { $usd } ‮oɟ‬ ∩‮S‬⊥ ‮ʇo‬ ‮qǝ‬ ‮soʅp‬ ‮oʌǝɹ‬ { $hours } ‮ɥonɹs‬
stablecoin-moment-halt = ‮ʇɥǝ‬ ‮ɔɥɐıu‬ ‮ɥɐʅʇs‬: ‮uo‬ ‮ɯoɹǝ‬ ‮sʍɐds‬ ‮ʇɥɹonƃɥ‬ ‮ʇɥǝ‬ ‮ɯɐɹʞǝʇ‬ ‮ɯopnʅǝ‬
stablecoin-moment-cap-raised = ‮ƃoʌǝɹuɐuɔǝ‬ ‮ɹɐısǝs‬ ‮ʇɥǝ‬ ‮ɯıuʇ‬ ‮ɔɐd‬ (‮ԐɐsǝԀooʅ‬ { $base } ‮ʇo‬ { $raised_base } ‮Sᗡᴚ‬, ‮ԀooʅᴚǝɔoʌǝɹʎԀǝɹıop‬ { $blocks } ‮ʇo‬ { $raised_blocks } ‮qʅoɔʞs‬): ‮ɔɐdɐɔıʇʎ‬ { $before } ‮ʇo‬ { $after } ‮ɐ‬ ‮pɐʎ‬
stablecoin-moment-cap-lowered = ‮ƃoʌǝɹuɐuɔǝ‬ ‮ʅoʍǝɹs‬ ‮ʇɥǝ‬ ‮ɯıuʇ‬ ‮ɔɐd‬ (‮ԐɐsǝԀooʅ‬ { $base } ‮ʇo‬ { $raised_base } ‮Sᗡᴚ‬, ‮ԀooʅᴚǝɔoʌǝɹʎԀǝɹıop‬ { $blocks } ‮ʇo‬ { $raised_blocks } ‮qʅoɔʞs‬): ‮ɔɐdɐɔıʇʎ‬ { $before } ‮ʇo‬ { $after } ‮ɐ‬ ‮pɐʎ‬
stablecoin-moment-reserve-buys = ‮ʇɥǝ‬ ‮ɹǝsǝɹʌǝ‬ ‮sʇɐɹʇs‬ ‮sǝʅʅıuƃ‬ ‮Ԑ‬⊥‮Ↄ‬ ‮ʇo‬ ‮qnʎ‬ ∩‮S‬⊥, ‮ʍɥıɔɥ‬ ‮ʇɹɐpǝp‬ ‮qǝʅoʍ‬ { $price }
stablecoin-moment-reserve-spent = ‮ʇɥǝ‬ ‮ɹǝsǝɹʌǝ‬ ‮ıs‬ ‮sdǝuʇ‬: ‮ɐʅʅ‬ { $btc } ‮Ԑ‬⊥‮Ↄ‬ ‮soʅp‬
stablecoin-moment-peg-lost = ‮ʇɥǝ‬ ‮dǝƃ‬ ‮qɹǝɐʞs‬: ∩‮S‬⊥ ‮ɔʅosǝs‬ ‮ɐ‬ ‮sʇǝd‬ ‮qǝʅoʍ‬ $0.98, ‮ɐʇ‬ { $price }
stablecoin-moment-peg-back = ∩‮S‬⊥ ‮ıs‬ ‮qɐɔʞ‬ ‮ɐqoʌǝ‬ $0.99, ‮ɐʇ‬ { $price }
stablecoin-moment-cap-used-up = ‮ʇɥǝ‬ ‮ɯıuʇ‬ ‮ɔɐd‬ ‮qıups‬: ‮ɐ‬ ‮sɯɐʅʅ‬ ‮ɹǝpǝɯdʇıou‬ ‮uoʍ‬ ‮dɐʎs‬ ‮ɯoɹǝ‬ ‮ʇɥɐu‬ { $pct }% ‮sdɹǝɐp‬
stablecoin-moment-cap-free = ‮ʇɥǝ‬ ‮ɯıuʇ‬ ‮ɔɐd‬ ‮ɥɐs‬ ‮ɹooɯ‬ ‮ɐƃɐıu‬: ‮nupǝɹ‬ { $pct }% ‮oɟ‬ ‮ıʇ‬ ‮nsǝp‬
stablecoin-moment-below-one = ⅂∩‮N‬∀ ‮ɟɐʅʅs‬ ‮qǝʅoʍ‬ $1, ‮ʇo‬ { $price }
stablecoin-narr-when-may = { $date } (‮pɐʎ‬ { $day })
stablecoin-narr-when-day = ‮ᗡɐʎ‬ { $day }
stablecoin-narr-head = { $when }: ∩‮S‬⊥ { $price }
stablecoin-narr-change = , { $change } { $window }
stablecoin-narr-last-hour = ‮ıu‬ ‮ʇɥǝ‬ ‮ʅɐsʇ‬ ‮ɥonɹ‬
stablecoin-narr-since-start = ‮sıuɔǝ‬ ‮ʇɥǝ‬ ‮sʇɐɹʇ‬
stablecoin-narr-24-hours = ‮ıu‬ 24 ‮ɥonɹs‬
stablecoin-narr-unchanged = ‮nuɔɥɐuƃǝp‬
stablecoin-narr-up = ‮nd‬ { $c } ‮ɔǝuʇs‬
stablecoin-narr-down = ‮poʍu‬ { $c } ‮ɔǝuʇs‬
stablecoin-narr-no-change = ‮uo‬ ‮ɔɥɐuƃǝ‬
stablecoin-narr-times = ×{ $x }
stablecoin-narr-plus = +{ $pct }%
stablecoin-narr-minus = −{ $pct }%
stablecoin-narr-luna = ; ⅂∩‮N‬∀ { $price }; ⅂∩‮N‬∀ ‮snddʅʎ‬ { $supply }
stablecoin-narr-reserve-spent = ; ‮ɹǝsǝɹʌǝ‬ ‮sdǝuʇ‬
stablecoin-narr-reserve-untouched = ; ‮ɹǝsǝɹʌǝ‬ ‮nuʇonɔɥǝp‬
stablecoin-narr-reserve-under-1 = ; ‮ɹǝsǝɹʌǝ‬ ‮nupǝɹ‬ 1% ‮sdǝuʇ‬
stablecoin-narr-reserve-pct = ; ‮ɹǝsǝɹʌǝ‬ { $pct }% ‮sdǝuʇ‬
stablecoin-narr-no-reserve = ; ‮uo‬ ‮ɹǝsǝɹʌǝ‬
stablecoin-narr-halted = ; ‮ɔɥɐıu‬ ‮ɥɐʅʇǝp‬, ‮uo‬ ‮sʍɐds‬
stablecoin-narr-moment = { $time }: { $text }
stablecoin-narr-stop = {"."}
stablecoin-narr-over = ⊥‮ɥǝ‬ ‮ɹnu‬ ‮ıs‬ ‮oʌǝɹ‬.
