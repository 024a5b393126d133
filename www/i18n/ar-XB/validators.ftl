# Chain Lab: the proof-of-stake validators page (src/ui/validators*, src/charts/validators.rs,
# the model's narration and finality story, the link notices).

## Shared formats
validators-pct = { $p }%
validators-usd = ${ $v }
validators-eth = { $v } ‮Ǝ‬⊥‮H‬
validators-yes = ‮ʎǝs‬
validators-no = ‮uo‬
validators-none = ‮uouǝ‬
validators-nobody = ‮uoqopʎ‬
validators-epoch-day = ‮ǝdoɔɥ‬ { $epoch } (‮pɐʎ‬ { $day })

## The page
validators-title = ‮Ԁɹooɟ‬-‮oɟ‬-‮sʇɐʞǝ‬ ‮ʌɐʅıpɐʇoɹs‬
validators-subtitle = ‮sʇɐʞǝ‬, ‮sʅɐsɥıuƃ‬, ‮ɔouɔǝuʇɹɐʇıou‬, ‮ɐup‬ ‮ʍɥɐʇ‬ ‮ɐ‬ ‮ɔoʅʅɐdsıuƃ‬ ‮ʇoʞǝu‬ ‮poǝs‬ ‮ʇo‬ ‮ʇɥǝɯ‬
validators-presets-label = ‮Ԁɹǝsǝʇs‬
validators-preset-ethereum = ‮Ǝʇɥǝɹǝnɯ‬'‮s‬ ‮ǝuʇıʇıǝs‬, 2022
validators-preset-mass-slashing = ⊥‮ɥǝ‬ ‮ʅɐɹƃǝsʇ‬ ‮odǝɹɐʇoɹ‬ ‮sʅɐsɥǝp‬
validators-preset-decline = ‮Ԁɹıɔǝ‬ ‮ɟɐʅʅs‬ 90%
validators-preset-collapse = ⊥‮oʞǝu‬ ‮ɔoʅʅɐdsǝs‬ −99.99%
validators-preset-luna = ⅂∩‮N‬∀ ‮ɟɹoɯ‬ ‮ʇɥǝ‬ ‮sʇɐqʅǝɔoıu‬ ‮sıɯnʅɐʇıou‬
validators-preset-offline = ‮Oʌǝɹ‬ ‮ɐ‬ ‮ʇɥıɹp‬ ‮ƃoǝs‬ ‮oɟɟʅıuǝ‬ (40%)
validators-preset-partition = ‮Nǝʇʍoɹʞ‬ ‮dɐɹʇıʇıou‬
validators-lorenz-name = ⅂‮oɹǝuz‬ ‮ɔnɹʌǝ‬
validators-chart-name = ‮ɔɥɐɹʇ‬
validators-status = ‮Ǝdoɔɥ‬ { $epoch } ‮oɟ‬ { $epochs } · ‮pɐʎ‬ { $day } · ‮ʇoʞǝu‬ { $price } · { $active } ‮ɐɔʇıʌǝ‬ ‮ʌɐʅıpɐʇoɹs‬ ({ $stake } ‮Ǝ‬⊥‮H‬), { $exiting } ‮ıu‬ ‮ʇɥǝ‬ ‮ǝxıʇ‬ ‮bnǝnǝ‬, { $slashed } ‮sʅɐsɥǝp‬, { $exited } ‮ǝxıʇǝp‬
validators-nc-label = ‮odǝɹɐʇoɹs‬ ‮ɔouʇɹoʅ‬ { $share }
validators-nc-halt = ‮ɔɐu‬ ‮ɥɐʅʇ‬ ‮ɟıuɐʅıʇʎ‬
validators-nc-outvote = ‮ɔɐu‬ ‮onʇʌoʇǝ‬ ‮ʇɥǝ‬ ‮ɹǝsʇ‬
validators-nc-finalise = ‮ɔɐu‬ ‮ɟıuɐʅısǝ‬ ‮ɐʅouǝ‬
validators-nc-cost = ‮ɐʇʇɐɔʞ‬ ‮ɔosʇs‬ { $cost }
validators-whatif-label = ‮Mɥɐʇ‬ ‮ıɟ‬
validators-whatif-now = ‮Mɥɐʇ‬ ‮ıɟ‬, ‮uoʍ‬:
validators-whatif-redelegate = ‮ᴚǝ‬-‮pǝʅǝƃɐʇǝ‬ ‮ʇɥǝ‬ ‮ʅɐɹƃǝsʇ‬
validators-whatif-merge = ‮Wǝɹƃǝ‬ ‮ʇɥǝ‬ ‮ʇʍo‬ ‮ʅɐɹƃǝsʇ‬
validators-whatif-slash = ‮Sʅɐsɥ‬ ‮ʇɥǝ‬ ‮ʅɐɹƃǝsʇ‬
validators-whatif-redelegate-hint = ⊥‮ɥǝ‬ ‮ʅɐɹƃǝsʇ‬ ‮odǝɹɐʇoɹ‬'‮s‬ ‮ʌɐʅıpɐʇoɹs‬ ‮ɯoʌǝ‬ ‮ʇo‬ ‮ʇɥǝ‬ ‮oʇɥǝɹs‬, ‮sɯɐʅʅǝsʇ‬ ‮ɟıɹsʇ‬
validators-whatif-merge-hint = ⊥‮ɥǝ‬ ‮sǝɔoup‬-‮ʅɐɹƃǝsʇ‬ ‮odǝɹɐʇoɹ‬ ‮ɯǝɹƃǝs‬ ‮ıuʇo‬ ‮ʇɥǝ‬ ‮ʅɐɹƃǝsʇ‬
validators-whatif-slash-hint = ‮Ǝʌǝɹʎ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮ʅɐɹƃǝsʇ‬ ‮odǝɹɐʇoɹ‬ ‮ıs‬ ‮sʅɐsɥǝp‬ ‮ɐʇ‬ ‮ouɔǝ‬
validators-largest = ⅂‮ɐɹƃǝsʇ‬: { $name } ({ $share }% ‮oɟ‬ ‮ɐɔʇıʌǝ‬ ‮sʇɐʞǝ‬)
validators-stage-role = ‮ʌɐʅıpɐʇoɹ‬ ‮sǝʇ‬
validators-stage-label = ⊥‮ɥǝ‬ ‮ʌɐʅıpɐʇoɹs‬, ‮ouǝ‬ ‮sbnɐɹǝ‬ ‮ǝɐɔɥ‬, ‮ƃɹondǝp‬ ‮qʎ‬ ‮odǝɹɐʇoɹ‬; ‮ɥoʅʅoʍ‬: ‮oɟɟʅıuǝ‬; ‮ɹǝp‬: ‮sʅɐsɥǝp‬; ‮ʎǝʅʅoʍ‬ ‮ɹıuƃ‬: ‮ıu‬ ‮ʇɥǝ‬ ‮ǝxıʇ‬ ‮bnǝnǝ‬; ‮ƃɹǝʎ‬: ‮ǝxıʇǝp‬; ‮poʇ‬: ‮dɹodosǝp‬ ‮ɐ‬ ‮qʅoɔʞ‬ ‮ʇɥıs‬ ‮ǝdoɔɥ‬. ∀‮ɹɹoʍ‬ ‮ʞǝʎs‬ ‮ıusdǝɔʇ‬ ‮ouǝ‬ ‮ʌɐʅıpɐʇoɹ‬: ‮ʅǝɟʇ‬ ‮ɐup‬ ‮ɹıƃɥʇ‬ ‮ʇɥǝ‬ ‮uǝxʇ‬, ‮nd‬ ‮ɐup‬ ‮poʍu‬ ‮ʇɥǝ‬ ‮uǝxʇ‬ ‮odǝɹɐʇoɹ‬
validators-key-attesting = ‮ɐʇʇǝsʇıuƃ‬ (‮odǝɹɐʇoɹs‬ ‮ɐʅʇǝɹuɐʇǝ‬ ‮qʅnǝ‬ ‮ɐup‬ ‮ƃɹǝǝu‬)
validators-key-offline = ‮oɟɟʅıuǝ‬
validators-key-slashed = ‮sʅɐsɥǝp‬
validators-key-queue = ‮ıu‬ ‮ʇɥǝ‬ ‮ǝxıʇ‬ ‮bnǝnǝ‬
validators-key-exited = ‮ǝxıʇǝp‬
validators-key-proposer = ‮dɹodosǝp‬ ‮ʇɥıs‬ ‮ǝdoɔɥ‬. ‮Sbnɐɹǝs‬ ‮sɥɹıuʞ‬ ‮ʍıʇɥ‬ ‮ʇɥǝıɹ‬ ‮qɐʅɐuɔǝ‬.
validators-lorenz-label = ⅂‮oɹǝuz‬ ‮ɔnɹʌǝ‬ ‮oɟ‬ ‮sʇɐʞǝ‬ ‮oʌǝɹ‬ ‮odǝɹɐʇoɹs‬; ⅁‮ıuı‬ { $gini }
validators-chart-nakamoto-label = ‮Nɐʞɐɯoʇo‬ ‮ɔoǝɟɟıɔıǝuʇ‬ ‮ɐʇ‬ { $a }, { $b } ‮ɐup‬ { $c } ‮oʌǝɹ‬ ‮ʇıɯǝ‬
validators-chart-cost-label = ‮Ↄosʇ‬ ‮oɟ‬ ‮ɐʇʇɐɔʞ‬ ‮ıu‬ ∩‮Sᗡ‬ ‮oʌǝɹ‬ ‮ʇıɯǝ‬, ‮ʅoƃ‬ ‮sɔɐʅǝ‬
validators-chart-active-label = ‮Ʌɐʅıpɐʇoɹs‬ ‮ɐɔʇıʌǝ‬ ‮ɐup‬ ‮ıu‬ ‮ʇɥǝ‬ ‮ǝxıʇ‬ ‮bnǝnǝ‬ ‮oʌǝɹ‬ ‮ʇıɯǝ‬
validators-gini = ⅁‮ıuı‬ (‮odǝɹɐʇoɹs‬)
validators-operators-with-stake = ‮Odǝɹɐʇoɹs‬ ‮ʍıʇɥ‬ ‮sʇɐʞǝ‬
validators-participation = ‮Ԁɐɹʇıɔıdɐʇıou‬
validators-apr-title = ⊥‮ɥıs‬ ‮ǝdoɔɥ‬'‮s‬ ‮ɹǝʍɐɹps‬ ‮dǝɹ‬ ‮sʇɐʞǝp‬ ‮Ǝ‬⊥‮H‬, ‮ʇıɯǝs‬ 82,125 ‮ǝdoɔɥs‬ ‮ɐ‬ ‮ʎǝɐɹ‬
validators-apr = ‮ᴚǝʍɐɹp‬ ‮ɹɐʇǝ‬, ‮ʎǝɐɹʅʎ‬
validators-apr-note = ‮ǝɐɔɥ‬ ‮ʌɐʅıpɐʇoɹ‬'‮s‬ ‮ɹǝʍɐɹp‬ ‮sɔɐʅǝs‬ ‮ʍıʇɥ‬ 1/√(‮ʇoʇɐʅ‬ ‮sʇɐʞǝ‬): ‮ıʇ‬ ‮ɹısǝs‬ ‮ɐs‬ ‮sʇɐʞǝ‬ ‮ʅǝɐʌǝs‬, ‮ɐup‬ ‮ʇɥıs‬ ‮ɯopǝʅ‬'‮s‬ ‮sǝʇ‬ ‮ıs‬ ‮ɟɐɹ‬ ‮sɯɐʅʅǝɹ‬ ‮ʇɥɐu‬ ‮Ǝʇɥǝɹǝnɯ‬'‮s‬
validators-whatifs-so-far = ‮Mɥɐʇ‬-‮ıɟs‬ ‮so‬ ‮ɟɐɹ‬

## The finality panel
validators-strip-label = ‮Ⅎıuɐʅıʇʎ‬ ‮sʇɹıd‬: ‮ǝɐɔɥ‬ ‮ɔoʅnɯu‬ ‮ıs‬ ‮ɐ‬ ‮sʇɹǝʇɔɥ‬ ‮oɟ‬ ‮ǝdoɔɥs‬, ‮ƃɹǝǝu‬ ‮ɟıuɐʅısǝp‬, ‮qʅnǝ‬ ‮ɾnsʇıɟıǝp‬ ‮ouʅʎ‬, ‮ƃɹǝʎ‬ ‮uoʇ‬ ‮ɾnsʇıɟıǝp‬, ‮ɐ‬ ‮ɹǝp‬ ‮qɐup‬ ‮ʍɥǝɹǝ‬ ‮ʇɥǝ‬ ‮ɔɥɐıu‬ ‮ʅǝɐʞs‬. ‮Ⅎıuɐʅısǝp‬ ‮ǝdoɔɥ‬ { $finalized }, ‮ɟıuɐʅıʇʎ‬ ‮pǝʅɐʎ‬ { $delay } ‮ǝdoɔɥs‬
validators-finality-title = ‮Ⅎıuɐʅıʇʎ‬ (‮Ↄɐsdǝɹ‬ ‮ℲℲ‬⅁)
validators-finalised-epoch = ‮Ⅎıuɐʅısǝp‬ ‮ǝdoɔɥ‬
validators-finality-delay = ‮Ⅎıuɐʅıʇʎ‬ ‮pǝʅɐʎ‬
validators-finality-delay-value = { $epochs } ‮ǝdoɔɥs‬ ({ $days } ‮pɐʎs‬)
validators-target-voting = ‮Ʌoʇıuƃ‬ ‮ɟoɹ‬ ‮ʇɥǝ‬ ‮ʇɐɹƃǝʇ‬
validators-target-share = { $share }% (2/3 ‮uǝǝpǝp‬)
validators-leak = ‮Iuɐɔʇıʌıʇʎ‬ ‮ʅǝɐʞ‬
validators-key-final = ‮ɟıuɐʅısǝp‬
validators-key-justified = ‮ɾnsʇıɟıǝp‬
validators-key-none = ‮uoʇ‬ ‮ɾnsʇıɟıǝp‬
validators-key-leak = ‮ıuɐɔʇıʌıʇʎ‬ ‮ʅǝɐʞ‬; ‮pɐsɥǝp‬: ‮ʇɥǝ‬ ‮onʇɐƃǝ‬ ‮qǝƃıus‬
validators-balances-label = ‮Ԑɐʅɐuɔǝ‬ ‮oʌǝɹ‬ ‮ʇıɯǝ‬ ‮oɟ‬ ‮ouǝ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ʇɥɐʇ‬ ‮ıs‬ ‮ɔnʇ‬ ‮oɟɟ‬ ‮ɐup‬ ‮ouǝ‬ ‮ʇɥɐʇ‬ ‮sʇɐʎs‬ ‮ouʅıuǝ‬, ‮ıu‬ ‮Ǝ‬⊥‮H‬; ‮ǝɾǝɔʇıou‬ ‮ɐʇ‬ 16 ‮Ǝ‬⊥‮H‬

## The slashing panel
validators-slashing-title = ‮Sʅɐsɥıuƃ‬ ‮uoʍ‬ ({ $fork })
validators-initial-penalty = ‮Iuıʇıɐʅ‬ ‮dǝuɐʅʇʎ‬, 32 ‮Ǝ‬⊥‮H‬ ‮ʌɐʅıpɐʇoɹ‬
validators-slashed-window = ‮Sʅɐsɥǝp‬ ‮ıu‬ ‮ʇɥǝ‬ ‮ʅɐsʇ‬ 36 ‮pɐʎs‬
validators-slashed-window-value = { $eth } ‮Ǝ‬⊥‮H‬ ({ $share }% ‮oɟ‬ ‮ɐɔʇıʌǝ‬)
validators-correlation-penalty = ‮Ↄoɹɹǝʅɐʇıou‬ ‮dǝuɐʅʇʎ‬, ‮ıɟ‬ ‮pnǝ‬ ‮ʇopɐʎ‬
validators-last-correlation = ⅂‮ɐsʇ‬ ‮sʅɐsɥıuƃ‬'‮s‬ ‮ɔoɹɹǝʅɐʇıou‬ ‮dǝuɐʅʇʎ‬

## Inspecting one validator
validators-reason-slashed = {" "}(‮sʅɐsɥǝp‬)
validators-reason-ejected = {" "}(‮ǝɾǝɔʇǝp‬: ‮qɐʅɐuɔǝ‬ ‮ɐʇ‬ 16 ‮Ǝ‬⊥‮H‬)
validators-reason-unprofitable = {" "}(‮ɹnuuıuƃ‬ ‮ɐʇ‬ ‮ɐ‬ ‮ʅoss‬)
validators-state-exited = ‮ǝxıʇǝp‬{ $reason }
validators-state-exiting = ‮ıu‬ ‮ʇɥǝ‬ ‮ǝxıʇ‬ ‮bnǝnǝ‬{ $reason }
validators-state-attesting = ‮ɐʇʇǝsʇıuƃ‬
validators-operator-line = { $count } ‮ʌɐʅıpɐʇoɹs‬, { $share }% ‮oɟ‬ ‮ʇɥǝ‬ ‮ɐɔʇıʌǝ‬ ‮sʇɐʞǝ‬
validators-focus-line = ‮Ʌɐʅıpɐʇoɹ‬ { $i } ‮oɟ‬ { $name }: { $eth } ‮Ǝ‬⊥‮H‬, { $status }
validators-inspect-hint = ‮Ↄʅıɔʞ‬ ‮oɹ‬ ‮ʇɐd‬ ‮ɐ‬ ‮ʌɐʅıpɐʇoɹ‬, ‮oɹ‬ ⊥‮ɐq‬ ‮ʇo‬ ‮ʇɥǝ‬ ‮dıɔʇnɹǝ‬ ‮ɐup‬ ‮nsǝ‬ ‮ʇɥǝ‬ ‮ɐɹɹoʍ‬ ‮ʞǝʎs‬, ‮ʇo‬ ‮ıusdǝɔʇ‬ ‮ıʇ‬.
validators-inspect-title = ‮Ʌɐʅıpɐʇoɹ‬ { $i } · { $name }
validators-balance = ‮Ԑɐʅɐuɔǝ‬
validators-balance-value = { $eth } ‮Ǝ‬⊥‮H‬ (‮ǝɟɟǝɔʇıʌǝ‬ { $effective } ‮Ǝ‬⊥‮H‬)
validators-inspect-status = ‮Sʇɐʇns‬
validators-proposed = ‮Ԁɹodosǝp‬ ‮ʇɥıs‬ ‮ǝdoɔɥ‬
validators-its-operator = ‮Iʇs‬ ‮odǝɹɐʇoɹ‬

## Settings
validators-price-stable = ‮Sʇɐqʅǝ‬
validators-price-decline = ⅁‮ɹɐpnɐʅ‬ ‮pǝɔʅıuǝ‬ (‮ʅıuǝɐɹ‬)
validators-price-collapse = ‮Ↄoʅʅɐdsǝ‬: −99.99% ‮ıu‬ ‮ɐ‬ ‮ʍǝǝʞ‬ (⅂∩‮N‬∀, ‮Wɐʎ‬ 2022)
validators-price-luna = ⅂∩‮N‬∀ ‮ɟɹoɯ‬ ‮ʇɥǝ‬ ‮sʇɐqʅǝɔoıu‬ ‮sıɯnʅɐʇıou‬ (‮Wɐʎ‬ 2022)
validators-dist-equal = ‮Ǝbnɐʅ‬
validators-dist-powerlaw = ‮Ԁoʍǝɹ‬ ‮ʅɐʍ‬
validators-dist-delegation = ‮ᗡǝʅǝƃɐʇıou‬ ‮ʇo‬ ‮ɐ‬ ‮ɟǝʍ‬
validators-dist-real = ‮Ǝʇɥǝɹǝnɯ‬, ‮Sǝdʇ‬ 2022
validators-not-a-number = { $raw } ‮ıs‬ ‮uoʇ‬ ‮ɐ‬ ‮unɯqǝɹ‬
validators-set = ‮Ʌɐʅıpɐʇoɹ‬ ‮sǝʇ‬
validators-field-distribution = ‮Sʇɐʞǝ‬ ‮pısʇɹıqnʇıou‬
validators-field-alpha = ‮Ԁoʍǝɹ‬-‮ʅɐʍ‬ ‮ǝxdouǝuʇ‬ ‮α‬
validators-field-big = ⅂‮ɐɹƃǝ‬ ‮odǝɹɐʇoɹs‬
validators-field-big-share = ⊥‮ɥǝıɹ‬ ‮sɥɐɹǝ‬ ‮oɟ‬ ‮sʇɐʞǝ‬ (%)
validators-field-validators = ‮Ʌɐʅıpɐʇoɹs‬ (32 ‮Ǝ‬⊥‮H‬ ‮ǝɐɔɥ‬)
validators-field-operators = ‮Odǝɹɐʇoɹs‬
validators-rules = ‮ᴚnʅǝs‬
validators-field-fork = ‮Sʅɐsɥıuƃ‬ ‮ɹnʅǝs‬ (‮ıuıʇıɐʅ‬ ‮dǝuɐʅʇʎ‬, ‮ɔoɹɹǝʅɐʇıou‬ ×)
validators-field-offline = ‮Oɟɟʅıuǝ‬ ‮dǝɹ‬ ‮ǝdoɔɥ‬ (%)
validators-field-lone = ⅂‮ouǝ‬ ‮sʅɐsɥıuƃs‬ ‮dǝɹ‬ 1,000 ‮ǝdoɔɥs‬
validators-field-epochs = ‮Ǝdoɔɥs‬ ‮ıu‬ ‮ʇɥǝ‬ ‮ɹnu‬ (225 ‮ɐ‬ ‮pɐʎ‬)
validators-price-and-costs = ⊥‮oʞǝu‬ ‮dɹıɔǝ‬ ‮ɐup‬ ‮ɔosʇs‬
validators-field-price = ‮Ԁɹıɔǝ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮sʇɐʞǝp‬ ‮ʇoʞǝu‬
validators-field-depth = ‮ᗡǝɔʅıuǝ‬ ‮oʌǝɹ‬ ‮ʇɥǝ‬ ‮ɹnu‬ (%)
validators-field-start-price = ‮Sʇɐɹʇıuƃ‬ ‮dɹıɔǝ‬ (∩‮Sᗡ‬)
validators-field-cost-share = ⊥‮ʎdıɔɐʅ‬ ‮ɔosʇ‬, % ‮oɟ‬ ‮sʇɐɹʇıuƃ‬ ‮ıuɔoɯǝ‬
validators-cost-rule = ∀ ‮ʌɐʅıpɐʇoɹ‬ ‮ɐsʞs‬ ‮ʇo‬ ‮ǝxıʇ‬ ‮ɐɟʇǝɹ‬ ‮ɐ‬ ‮pɐʎ‬ (225 ‮ǝdoɔɥs‬) ‮oɟ‬ ‮ıuɔoɯǝ‬ ‮qǝʅoʍ‬ ‮ıʇs‬ ‮ɔosʇs‬. ⅂‮ɐɹƃǝ‬ ‮odǝɹɐʇoɹs‬ ‮dɐʎ‬ ‮ʅǝss‬ ‮dǝɹ‬ ‮ʌɐʅıpɐʇoɹ‬.
validators-outage = ‮Onʇɐƃǝ‬
validators-field-outage = ‮Ԁɐɹʇ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮sʇɐʞǝ‬ ‮ɔnʇ‬ ‮oɟɟ‬
validators-outage-none = ‮Nouǝ‬
validators-outage-offline = ∀ ‮sɥɐɹǝ‬ ‮ƃoǝs‬ ‮oɟɟʅıuǝ‬
validators-outage-partition = ‮Nǝʇʍoɹʞ‬ ‮dɐɹʇıʇıou‬ (‮ʇʍo‬ ‮ɔɥɐıus‬)
validators-field-outage-share = ‮Sɥɐɹǝ‬ ‮ɔnʇ‬ ‮oɟɟ‬ (% ‮oɟ‬ ‮ʌɐʅıpɐʇoɹs‬)
validators-field-outage-from = ‮Ⅎɹoɯ‬ ‮ǝdoɔɥ‬
validators-outage-offline-rule = ⊥‮ɥǝʎ‬ ‮sʇɐʎ‬ ‮oɟɟʅıuǝ‬. ‮Ⅎıuɐʅıʇʎ‬ ‮uǝǝps‬ 2/3 ‮oɟ‬ ‮ʇɥǝ‬ ‮ɐɔʇıʌǝ‬ ‮sʇɐʞǝ‬ ‮ʌoʇıuƃ‬; ‮ʍıʇɥonʇ‬ ‮ıʇ‬ ‮ʇɥǝ‬ ‮ıuɐɔʇıʌıʇʎ‬ ‮ʅǝɐʞ‬ ‮pɹɐıus‬ ‮ʇɥǝ‬ ‮oɟɟʅıuǝ‬ ‮ʌɐʅıpɐʇoɹs‬ ‮nuʇıʅ‬ ‮ʇɥǝ‬ ‮ɹǝsʇ‬ ‮ɥoʅps‬ 2/3 ‮ɐƃɐıu‬.
validators-outage-partition-rule = ‮Ǝɐɔɥ‬ ‮sıpǝ‬ ‮sǝǝs‬ ‮ʇɥǝ‬ ‮oʇɥǝɹ‬ ‮ɐs‬ ‮oɟɟʅıuǝ‬ ‮ɐup‬ ‮qnıʅps‬ ‮ıʇs‬ ‮oʍu‬ ‮ɔɥɐıu‬; ‮qoʇɥ‬ ‮ʅǝɐʞ‬, ‮ɐup‬ ‮ǝɐɔɥ‬ ‮ɟıuɐʅısǝs‬ ‮ıʇs‬ ‮oʍu‬ ‮ouɔǝ‬ ‮ıʇs‬ ‮sʇɐʞǝ‬ ‮ɥoʅps‬ 2/3 ‮oɟ‬ ‮ʍɥɐʇ‬ ‮ıʇ‬ ‮ɔonuʇs‬.

## The finality strip and the leak's balances (canvas)
validators-strip-chain-a = ‮ɔɥɐıu‬ ‮ɐ‬ (‮ʇɥǝ‬ ‮ɹǝsʇ‬)
validators-strip-chain-b = ‮ɔɥɐıu‬ ‮q‬ (‮ɔnʇ‬-‮oɟɟ‬ ‮sıpǝ‬)
validators-strip-chain = ‮ɔɥɐıu‬
validators-strip-row = { $chain }: ‮ɟıuɐʅısǝp‬ ‮ǝdoɔɥ‬ { $epoch }
validators-day = ‮pɐʎ‬ { $day }
validators-ejection-line = ‮ǝɾǝɔʇıou‬ ‮ɐʇ‬ 16 ‮Ǝ‬⊥‮H‬
validators-balances-online = — ‮ouʅıuǝ‬ ‮ʌɐʅıpɐʇoɹ‬
validators-balances-offline = — ‮oɟɟʅıuǝ‬ ‮ʌɐʅıpɐʇoɹ‬ (‮qɐʅɐuɔǝ‬, ‮Ǝ‬⊥‮H‬)

## The explanation
validators-explain-what-title = ‮Mɥɐʇ‬ ‮ʎon‬ ‮ɐɹǝ‬ ‮ʅooʞıuƃ‬ ‮ɐʇ‬
validators-explain-what-1 = ‮Ǝɐɔɥ‬ ‮sbnɐɹǝ‬ ‮ıs‬ ‮ɐ‬ ‮ʌɐʅıpɐʇoɹ‬: 32 ‮Ǝ‬⊥‮H‬ ‮ʅoɔʞǝp‬ ‮ɟoɹ‬ ‮ʇɥǝ‬ ‮ɹıƃɥʇ‬ ‮ʇo‬ ‮dɹodosǝ‬ ‮qʅoɔʞs‬ ‮ɐup‬ ‮ɐʇʇǝsʇ‬ ‮ʇo‬ ‮ʇɥǝɯ‬. ‮Sbnɐɹǝs‬ ‮ɐɹǝ‬ ‮ƃɹondǝp‬ ‮qʎ‬ ‮ʇɥǝ‬ ‮odǝɹɐʇoɹ‬ ‮ʇɥɐʇ‬ ‮ɹnus‬ ‮ʇɥǝɯ‬ (⅂‮ıpo‬, ‮Ↄoıuqɐsǝ‬, ‮ɐu‬ ‮ǝxɔɥɐuƃǝ‬, ‮ɐ‬ ‮soʅo‬ ‮sʇɐʞǝɹ‬). ‮Iu‬ ‮ǝʌǝɹʎ‬ 6.4-‮ɯıunʇǝ‬ ‮ǝdoɔɥ‬ ‮ǝɐɔɥ‬ ‮ouʅıuǝ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ɐʇʇǝsʇs‬ ‮ɐup‬ ‮ǝɐɹus‬ ‮ɐ‬ ‮ʅıʇʇʅǝ‬; ‮ǝɐɔɥ‬ ‮oɟ‬ ‮ʇɥǝ‬ 32 ‮sʅoʇs‬ ‮ɥɐs‬ ‮ɐ‬ ‮dɹodosǝɹ‬, ‮pɹɐʍu‬ ‮ıu‬ ‮dɹodoɹʇıou‬ ‮ʇo‬ ‮sʇɐʞǝ‬ (‮ʇɥǝ‬ ‮poʇs‬). ∀‮u‬ ‮oɟɟʅıuǝ‬ ‮ʌɐʅıpɐʇoɹ‬ (‮ɥoʅʅoʍ‬) ‮ʅosǝs‬ ‮ʍɥɐʇ‬ ‮ıʇ‬ ‮ʍonʅp‬ ‮ɥɐʌǝ‬ ‮ǝɐɹuǝp‬ ‮ɟoɹ‬ ‮sonɹɔǝ‬ ‮ɐup‬ ‮ʇɐɹƃǝʇ‬ ‮ʌoʇǝs‬.
validators-explain-what-2 = ∀ ‮ʌɐʅıpɐʇoɹ‬ ‮ʇɥɐʇ‬ ‮sıƃus‬ ‮ʇʍo‬ ‮ɔouɟʅıɔʇıuƃ‬ ‮ʌoʇǝs‬ ‮ıs‬ ‮sʅɐsɥǝp‬ (‮ɹǝp‬): ‮ıʇ‬ ‮ʅosǝs‬ ‮ɐ‬ ‮sɯɐʅʅ‬ ‮ıuıʇıɐʅ‬ ‮dǝuɐʅʇʎ‬ ‮ɐʇ‬ ‮ouɔǝ‬, ‮ıs‬ ‮ɟoɹɔǝp‬ ‮onʇ‬ ‮ʇɥɹonƃɥ‬ ‮ʇɥǝ‬ ‮ǝxıʇ‬ ‮bnǝnǝ‬, ‮ɐup‬ ‮ɐqonʇ‬ 18 ‮pɐʎs‬ ‮ʅɐʇǝɹ‬ (4,096 ‮ǝdoɔɥs‬) ‮dɐʎs‬ ‮ɐ‬ ‮ɔoɹɹǝʅɐʇıou‬ ‮dǝuɐʅʇʎ‬ ‮oɟ‬ ‮ʇɥɹǝǝ‬ ‮ʇıɯǝs‬ ‮ʇɥǝ‬ ‮sɥɐɹǝ‬ ‮oɟ‬ ‮ɐʅʅ‬ ‮sʇɐʞǝ‬ ‮sʅɐsɥǝp‬ ‮ıu‬ ‮ʇɥǝ‬ ‮snɹɹonupıuƃ‬ 36 ‮pɐʎs‬. ‮Ouǝ‬ ‮ʌɐʅıpɐʇoɹ‬'‮s‬ ‮ɯısʇɐʞǝ‬ ‮ɔosʇs‬ ‮ɐʅɯosʇ‬ ‮uoʇɥıuƃ‬; ‮ɐ‬ ‮ʇɥıɹp‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮uǝʇʍoɹʞ‬ ‮ɯısqǝɥɐʌıuƃ‬ ‮ʇoƃǝʇɥǝɹ‬ ‮ʅosǝs‬ ‮ǝʌǝɹʎʇɥıuƃ‬. ∀ ‮ʌɐʅıpɐʇoɹ‬ ‮ʍɥosǝ‬ ‮ǝɟɟǝɔʇıʌǝ‬ ‮qɐʅɐuɔǝ‬ ‮ɟɐʅʅs‬ ‮ʇo‬ 16 ‮Ǝ‬⊥‮H‬ (‮ıʇs‬ ‮qɐʅɐuɔǝ‬ ‮qǝʅoʍ‬ 16.75 ‮Ǝ‬⊥‮H‬) ‮ıs‬ ‮ǝɾǝɔʇǝp‬. ‮Ǝxıʇs‬ ‮ʍɐıʇ‬ ‮ıu‬ ‮ɐ‬ ‮bnǝnǝ‬ ‮ʇɥɐʇ‬ ‮ʅǝʇs‬ ‮onʇ‬ ‮ouʅʎ‬ ‮so‬ ‮ɯnɔɥ‬ ‮sʇɐʞǝ‬ ‮dǝɹ‬ ‮ǝdoɔɥ‬ (‮ʇɥǝ‬ ‮ɔɥnɹu‬ ‮ʅıɯıʇ‬: 128 ‮ʇo‬ 256 ‮Ǝ‬⊥‮H‬ ‮ɟɹoɯ‬ ‮Ǝʅǝɔʇɹɐ‬, ‮ɐʇ‬ ‮ʅǝɐsʇ‬ 4 ‮ʌɐʅıpɐʇoɹs‬ ‮qǝɟoɹǝ‬ ‮ıʇ‬).
validators-explain-what-3 = ‮Ⅎıuɐʅıʇʎ‬ (‮Ↄɐsdǝɹ‬ ‮ℲℲ‬⅁): ‮ıu‬ ‮ǝɐɔɥ‬ ‮ǝdoɔɥ‬ ‮ʇɥǝ‬ ‮ʌɐʅıpɐʇoɹs‬ ‮ʌoʇǝ‬ ‮ɟoɹ‬ ‮ɐ‬ ‮ɔɥǝɔʞdoıuʇ‬, ‮ʇɥǝ‬ ‮ǝdoɔɥ‬'‮s‬ ‮ɟıɹsʇ‬ ‮qʅoɔʞ‬. ‮Mɥǝu‬ ‮ʇɥǝ‬ ‮ʌoʇǝs‬ ‮ɟoɹ‬ ‮ıʇ‬ ‮ɔɐɹɹʎ‬ ‮ɐʇ‬ ‮ʅǝɐsʇ‬ 2/3 ‮oɟ‬ ‮ʇɥǝ‬ ‮ɐɔʇıʌǝ‬ ‮ǝɟɟǝɔʇıʌǝ‬ ‮qɐʅɐuɔǝ‬ ‮ıʇ‬ ‮ıs‬ ‮ɾnsʇıɟıǝp‬; ‮ʇʍo‬ ‮ɾnsʇıɟıǝp‬ ‮ɔɥǝɔʞdoıuʇs‬ ‮ıu‬ ‮ɐ‬ ‮ɹoʍ‬ ‮ɟıuɐʅısǝ‬ ‮ʇɥǝ‬ ‮ɟıɹsʇ‬, ‮ɐup‬ ‮ɐ‬ ‮ɟıuɐʅısǝp‬ ‮qʅoɔʞ‬ ‮ıs‬ ‮uǝʌǝɹ‬ ‮ɹǝʌǝɹʇǝp‬. ⊥‮ɥǝ‬ ‮ɟıuɐʅıʇʎ‬ ‮sʇɹıd‬ ‮sɥoʍs‬ ‮ʇɥıs‬ ‮ǝdoɔɥ‬ ‮qʎ‬ ‮ǝdoɔɥ‬. ‮Iɟ‬ ‮ɯoɹǝ‬ ‮ʇɥɐu‬ ‮ɐ‬ ‮ʇɥıɹp‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮sʇɐʞǝ‬ ‮ıs‬ ‮oɟɟʅıuǝ‬, ‮uoʇɥıuƃ‬ ‮ıs‬ ‮ɾnsʇıɟıǝp‬ ‮ɐup‬ ‮ɟıuɐʅıʇʎ‬ ‮sʇods‬. ∀‮ɟʇǝɹ‬ 4 ‮ǝdoɔɥs‬ ‮ʍıʇɥonʇ‬ ‮ıʇ‬ ‮ʇɥǝ‬ ‮ıuɐɔʇıʌıʇʎ‬ ‮ʅǝɐʞ‬ ‮qǝƃıus‬: ‮ǝʌǝɹʎ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ʇɥɐʇ‬ ‮ɯıssǝs‬ ‮ıʇs‬ ‮ʌoʇǝ‬ ‮ɐpps‬ 4 ‮ʇo‬ ‮ıʇs‬ ‮ıuɐɔʇıʌıʇʎ‬ ‮sɔoɹǝ‬ ‮ǝɐɔɥ‬ ‮ǝdoɔɥ‬ ‮ɐup‬ ‮ʅosǝs‬ ‮ǝɟɟǝɔʇıʌǝ‬ ‮qɐʅɐuɔǝ‬ × ‮sɔoɹǝ‬ / 2^26 (‮ɟɹoɯ‬ ‮Ԑǝʅʅɐʇɹıx‬ ‮ou‬; 3 × 2^26 ‮nupǝɹ‬ ∀‮ʅʇɐıɹ‬'‮s‬ ‮ɹnʅǝs‬) ‮ou‬ ‮ʇod‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮nsnɐʅ‬ ‮dǝuɐʅʇıǝs‬, ‮so‬ ‮ʇɥǝ‬ ‮ʅoss‬ ‮ƃɹoʍs‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮sbnɐɹǝ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮ʇıɯǝ‬ ‮oɟɟʅıuǝ‬, ‮ʍɥıʅǝ‬ ‮ʇɥosǝ‬ ‮ʍɥo‬ ‮ʌoʇǝ‬ ‮ǝɐɹu‬ ‮uoʇɥıuƃ‬ ‮ɟoɹ‬ ‮ıʇ‬. ⊥‮ɥǝ‬ ‮ʅǝɐʞ‬ ‮sʇods‬ ‮ouɔǝ‬ ‮ʇɥǝ‬ ‮sʇɐʞǝ‬ ‮sʇıʅʅ‬ ‮ʌoʇıuƃ‬ ‮ɥoʅps‬ 2/3 ‮oɟ‬ ‮ʇɥǝ‬ ‮ɐɔʇıʌǝ‬ ‮qɐʅɐuɔǝ‬ ‮ɐƃɐıu‬: ‮ʇɥǝ‬ ‮oɟɟʅıuǝ‬ ‮ʌɐʅıpɐʇoɹs‬ ‮ɥɐʌǝ‬ ‮ʅosʇ‬ ‮ǝuonƃɥ‬ (‮oɹ‬ ‮qǝǝu‬ ‮ǝɾǝɔʇǝp‬ ‮ɐʇ‬ 16 ‮Ǝ‬⊥‮H‬), ‮ɐup‬ ‮ɟıuɐʅıʇʎ‬ ‮ɹǝʇnɹus‬. ‮ſnsʇ‬ ‮oʌǝɹ‬ ‮ɐ‬ ‮ʇɥıɹp‬ ‮oɟɟʅıuǝ‬ ‮ɔoɯǝs‬ ‮qɐɔʞ‬ ‮ıu‬ ‮pɐʎs‬; 40% ‮ʇɐʞǝs‬ ‮ɐqonʇ‬ ‮ʇʍo‬ ‮ʍǝǝʞs‬.
validators-explain-what-4 = ∀ ‮uǝʇʍoɹʞ‬ ‮dɐɹʇıʇıou‬ ‮sdʅıʇs‬ ‮ʇɥǝ‬ ‮ʌɐʅıpɐʇoɹs‬ ‮ıuʇo‬ ‮ʇʍo‬ ‮sıpǝs‬ ‮ʇɥɐʇ‬ ‮ɔɐuuoʇ‬ ‮ɥǝɐɹ‬ ‮ǝɐɔɥ‬ ‮oʇɥǝɹ‬. ‮Ǝɐɔɥ‬ ‮sıpǝ‬ ‮qnıʅps‬ ‮ıʇs‬ ‮oʍu‬ ‮ɔɥɐıu‬ ‮ɐup‬ ‮sǝǝs‬ ‮ʇɥǝ‬ ‮oʇɥǝɹ‬ ‮sıpǝ‬ ‮ɐs‬ ‮oɟɟʅıuǝ‬, ‮so‬ ‮qoʇɥ‬ ‮ʅǝɐʞ‬. ∀‮ɟʇǝɹ‬ ‮ʍǝǝʞs‬ ‮ǝɐɔɥ‬ ‮sıpǝ‬ ‮ɥoʅps‬ 2/3 ‮oɟ‬ ‮ʇɥǝ‬ ‮sʇɐʞǝ‬ ‮ʇɥɐʇ‬ ‮ıʇs‬ ‮oʍu‬ ‮ɔɥɐıu‬ ‮sʇıʅʅ‬ ‮ɔonuʇs‬, ‮ɐup‬ ‮qoʇɥ‬ ‮ɟıuɐʅısǝ‬: ‮ʇʍo‬ ‮ɔouɟʅıɔʇıuƃ‬ ‮ɟıuɐʅısǝp‬ ‮ɔɥɐıus‬, ‮ɐ‬ ‮sɐɟǝʇʎ‬ ‮ɟɐıʅnɹǝ‬ ‮ʇɥɐʇ‬ ‮ʇɥǝ‬ ‮dɹoʇoɔoʅ‬ ‮ɔɐuuoʇ‬ ‮nupo‬ ‮qʎ‬ ‮ıʇsǝʅɟ‬. ⊥‮ɥɐʇ‬ ‮ıs‬ ‮ʍɥʎ‬ ‮ɐ‬ ‮dɐɹʇıʇıou‬ ‮ʅouƃǝɹ‬ ‮ʇɥɐu‬ ‮ʇɥǝ‬ ‮ʅǝɐʞ‬ ‮ıs‬ ‮pɐuƃǝɹons‬.
validators-explain-what-5 = ‮ᗡǝɔǝuʇɹɐʅısɐʇıou‬ ‮ıs‬ ‮ɯǝɐsnɹǝp‬ ‮oʌǝɹ‬ ‮odǝɹɐʇoɹs‬, ‮uoʇ‬ ‮ʌɐʅıpɐʇoɹs‬: ‮ʇɥǝ‬ ‮Nɐʞɐɯoʇo‬ ‮ɔoǝɟɟıɔıǝuʇ‬ ‮ıs‬ ‮ʇɥǝ‬ ‮ɟǝʍǝsʇ‬ ‮odǝɹɐʇoɹs‬ ‮ʍɥo‬ ‮ʇoƃǝʇɥǝɹ‬ ‮ɔouʇɹoʅ‬ ‮ɐ‬ ‮ʇɥɹǝsɥoʅp‬ ‮oɟ‬ ‮sʇɐʞǝ‬. 33.4% (‮ɯoɹǝ‬ ‮ʇɥɐu‬ ‮ɐ‬ ‮ʇɥıɹp‬) ‮ɔɐu‬ ‮sʇod‬ ‮ʇɥǝ‬ ‮ɔɥɐıu‬ ‮ɟɹoɯ‬ ‮ɟıuɐʅısıuƃ‬; 50% ‮ɔɐu‬ ‮onʇʌoʇǝ‬ ‮ʇɥǝ‬ ‮ɹǝsʇ‬ ‮ou‬ ‮ʇɥǝ‬ ‮ɟoɹʞ‬ ‮ɔɥoıɔǝ‬; 66.7% ‮ɔɐu‬ ‮ɟıuɐʅısǝ‬ ‮ʍɥɐʇǝʌǝɹ‬ ‮ıʇ‬ ‮ʅıʞǝs‬. ⊥‮ɥǝ‬ ‮ɔosʇ‬ ‮oɟ‬ ‮ɐʇʇɐɔʞ‬ ‮ıs‬ ‮ʇɥɐʇ‬ ‮sɥɐɹǝ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮ɐɔʇıʌǝ‬ ‮sʇɐʞǝ‬, ‮ʇıɯǝs‬ ‮ʇɥǝ‬ ‮ʇoʞǝu‬'‮s‬ ‮dɹıɔǝ‬.
validators-explain-what-6 = ‮Mɥǝu‬ ‮ʇɥǝ‬ ‮sʇɐʞǝp‬ ‮ʇoʞǝu‬'‮s‬ ‮dɹıɔǝ‬ ‮ɟɐʅʅs‬, ‮ɐ‬ ‮ʌɐʅıpɐʇoɹ‬'‮s‬ ‮ıuɔoɯǝ‬ (‮ɟıxǝp‬ ‮ıu‬ ‮ʇoʞǝus‬) ‮ɟɐʅʅs‬ ‮ıu‬ ‮poʅʅɐɹs‬ ‮ʍɥıʅǝ‬ ‮ıʇs‬ ‮ɔosʇs‬ (‮sǝɹʌǝɹs‬, ‮sʇɐɟɟ‬) ‮po‬ ‮uoʇ‬. ⊥‮ɥosǝ‬ ‮ʍɥosǝ‬ ‮ıuɔoɯǝ‬ ‮sʇɐʎs‬ ‮qǝʅoʍ‬ ‮ʇɥǝıɹ‬ ‮ɔosʇs‬ ‮ɟoɹ‬ ‮ɐ‬ ‮pɐʎ‬ ‮ɐsʞ‬ ‮ʇo‬ ‮ǝxıʇ‬; ‮sɯɐʅʅ‬ ‮odǝɹɐʇoɹs‬, ‮ʍıʇɥ‬ ‮ɥıƃɥǝɹ‬ ‮ɔosʇs‬ ‮dǝɹ‬ ‮ʌɐʅıpɐʇoɹ‬, ‮ʅǝɐʌǝ‬ ‮ɟıɹsʇ‬. ∀‮ɔʇıʌǝ‬ ‮sʇɐʞǝ‬ ‮sɥɹıuʞs‬, ‮ʇɥǝ‬ ‮sʇɐʞǝ‬ ‮ʅǝɟʇ‬ ‮ıs‬ ‮ɥǝʅp‬ ‮qʎ‬ ‮ɟǝʍǝɹ‬, ‮ʅɐɹƃǝɹ‬ ‮odǝɹɐʇoɹs‬, ‮ɐup‬ ‮ɐu‬ ‮ɐʇʇɐɔʞ‬ ‮ɔosʇs‬ ‮ʅǝss‬: ‮ıu‬ ‮ʇoʞǝus‬ ‮ɐup‬ ‮ɯnɔɥ‬ ‮ɯoɹǝ‬ ‮ıu‬ ‮poʅʅɐɹs‬.
validators-explain-try-title = ‮Mɥɐʇ‬ ‮ʇo‬ ‮ʇɹʎ‬
validators-explain-try-1 = ‮Ou‬ ‮ʇɥǝ‬ ‮pǝɟɐnʅʇ‬ (‮Ǝʇɥǝɹǝnɯ‬'‮s‬ ‮ǝuʇıʇıǝs‬ ‮ıu‬ ‮Sǝdʇǝɯqǝɹ‬ 2022), ‮dɹǝss‬ “‮Wǝɹƃǝ‬ ‮ʇɥǝ‬ ‮ʇʍo‬ ‮ʅɐɹƃǝsʇ‬”: ⅂‮ıpo‬ ‮ɐup‬ ‮Ↄoıuqɐsǝ‬ ‮ʇoƃǝʇɥǝɹ‬ ‮ɥoʅp‬ 46%, ‮ɐup‬ ‮ʇɥǝ‬ ‮ɔoǝɟɟıɔıǝuʇ‬ ‮ɐʇ‬ 33.4% ‮pɹods‬ ‮ɟɹoɯ‬ 2 ‮ʇo‬ 1. ‮ᴚǝsǝʇ‬, ‮ʇɥǝu‬ “‮ᴚǝ‬-‮pǝʅǝƃɐʇǝ‬ ‮ʇɥǝ‬ ‮ʅɐɹƃǝsʇ‬”: ⅂‮ıpo‬'‮s‬ ‮ʌɐʅıpɐʇoɹs‬ ‮sdɹǝɐp‬ ‮oʌǝɹ‬ ‮ʇɥǝ‬ ‮oʇɥǝɹs‬ ‮ɐup‬ ‮ıʇ‬ ‮ɹısǝs‬ ‮ɟɹoɯ‬ 2 ‮ʇo‬ 4.
validators-explain-try-2 = ‮Ԁɹǝss‬ “‮Sʅɐsɥ‬ ‮ʇɥǝ‬ ‮ʅɐɹƃǝsʇ‬” ‮ɐup‬ ‮dʅɐʎ‬ ‮ɟoɹ‬ 20 ‮pɐʎs‬ (4,500 ‮ǝdoɔɥs‬) ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮Ǝʅǝɔʇɹɐ‬ ‮ɹnʅǝs‬: ‮ʇɥǝ‬ ‮ıuıʇıɐʅ‬ ‮dǝuɐʅʇʎ‬ ‮ıs‬ ‮ʇıuʎ‬, ‮qnʇ‬ ‮ɐʇ‬ ‮pɐʎ‬ 18 ‮ʇɥǝ‬ ‮ɔoɹɹǝʅɐʇıou‬ ‮dǝuɐʅʇʎ‬ ‮ʇɐʞǝs‬ ‮ɐʅɯosʇ‬ ‮ɐʅʅ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮sʅɐsɥǝp‬ 31%, ‮qǝɔɐnsǝ‬ ‮so‬ ‮ɯnɔɥ‬ ‮ʍɐs‬ ‮sʅɐsɥǝp‬ ‮ɐʇ‬ ‮ouɔǝ‬. ⊥‮ɥǝu‬ ‮sʍıʇɔɥ‬ ‮ʇɥǝ‬ ‮ɹnʅǝs‬ ‮ʇo‬ ‮Ԑǝʅʅɐʇɹıx‬–‮ᗡǝuǝq‬ ‮ɐup‬ ‮ɔoɯdɐɹǝ‬ ‮ʇɥǝ‬ ‮ɟıɹsʇ‬ ‮pɹod‬ (1/32 = 1 ‮Ǝ‬⊥‮H‬ ‮ıusʇǝɐp‬ ‮oɟ‬ 1/4096).
validators-explain-try-3 = ‮Ↄɥoosǝ‬ ‮ʇɥǝ‬ ‮ɔoʅʅɐdsǝ‬ ‮dɹıɔǝ‬ (99.99% ‮ıu‬ ‮ɐ‬ ‮ʍǝǝʞ‬, ‮ɐs‬ ⅂∩‮N‬∀ ‮ıu‬ ‮Wɐʎ‬ 2022) ‮ɐup‬ ‮dʅɐʎ‬: ‮ɟɹoɯ‬ ‮ɐqonʇ‬ ‮pɐʎ‬ 5 ‮ʇɥǝ‬ ‮ǝxıʇ‬ ‮bnǝnǝ‬ ‮ɟıʅʅs‬, ‮ɐɔʇıʌǝ‬ ‮sʇɐʞǝ‬ ‮ɐup‬ ‮ʇɥǝ‬ ‮ɔosʇ‬ ‮oɟ‬ ‮ɐʇʇɐɔʞ‬ ‮ɟɐʅʅ‬, ‮ɐup‬ ‮ʇɥǝ‬ ‮Nɐʞɐɯoʇo‬ ‮ɔoǝɟɟıɔıǝuʇ‬ ‮sɥɹıuʞs‬ ‮ɐs‬ ‮sɯɐʅʅ‬ ‮odǝɹɐʇoɹs‬ ‮ʅǝɐʌǝ‬ ‮qǝɟoɹǝ‬ ‮ʇɥǝ‬ ‮ʅɐɹƃǝ‬ ‮ouǝs‬.
validators-explain-try-4 = ‮Ↄoɯdɐɹǝ‬ “‮Ԁɹıɔǝ‬ ‮ɟɐʅʅs‬ 90%”: ‮ʇɥǝ‬ ‮ɔosʇ‬ ‮oɟ‬ ‮ɐʇʇɐɔʞ‬ ‮ıu‬ ‮poʅʅɐɹs‬ ‮ɟɐʅʅs‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮dɹıɔǝ‬ ‮ɟɹoɯ‬ ‮ʇɥǝ‬ ‮ɟıɹsʇ‬ ‮pɐʎ‬, ‮ʍɥıʅǝ‬ ‮ʌɐʅıpɐʇoɹs‬ ‮ʅǝɐʌǝ‬ ‮ouʅʎ‬ ‮ɐs‬ ‮ʇɥǝ‬ ‮dɹıɔǝ‬ ‮dɐssǝs‬ ‮ǝɐɔɥ‬ ‮ouǝ‬'‮s‬ ‮qɹǝɐʞ‬-‮ǝʌǝu‬: ‮ɐ‬ ‮ɟǝʍ‬ ‮qʎ‬ ‮pɐʎ‬ 20, ‮ɐqonʇ‬ ‮ɥɐʅɟ‬ ‮qʎ‬ ‮pɐʎ‬ 27, ‮ʇɥǝ‬ ‮sɯɐʅʅ‬ ‮odǝɹɐʇoɹs‬ ‮ɟıɹsʇ‬ (‮ʇɥǝ‬ ‮ɔoǝɟɟıɔıǝuʇ‬ ‮ɐʇ‬ 33.4% ‮ǝups‬ ‮ɐʇ‬ 1).
validators-explain-try-5 = “⅂∩‮N‬∀ ‮ɟɹoɯ‬ ‮ʇɥǝ‬ ‮sʇɐqʅǝɔoıu‬ ‮sıɯnʅɐʇıou‬” ‮ɟǝǝps‬ ‮ʇɥǝ‬ ‮sʇɐqʅǝɔoıu‬ ‮dɐƃǝ‬'‮s‬ ‮Wɐʎ‬ 2022 ‮ɹnu‬ ‮ıuʇo‬ ‮ʇɥǝ‬ ‮ʌɐʅıpɐʇoɹs‬: ⅂∩‮N‬∀ ‮ɟɐʅʅs‬ ‮ɟɹoɯ‬ ‮ɐqonʇ‬ $85 ‮ʇo‬ ‮nupǝɹ‬ ‮ɐ‬ ‮ɔǝuʇ‬ ‮ʍıʇɥıu‬ ‮pɐʎs‬, ‮ɐup‬ ‮ǝʌǝɹʎ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ʅǝɐʌǝs‬.
validators-explain-try-6 = “‮Oʌǝɹ‬ ‮ɐ‬ ‮ʇɥıɹp‬ ‮ƃoǝs‬ ‮oɟɟʅıuǝ‬ (40%)”: ‮ɟıuɐʅıʇʎ‬ ‮sʇods‬ ‮ɐɟʇǝɹ‬ ‮ǝdoɔɥ‬ 223, ‮ʇɥǝ‬ ‮ʅǝɐʞ‬ ‮qǝƃıus‬ ‮sıx‬ ‮ǝdoɔɥs‬ ‮ʅɐʇǝɹ‬, ‮ɐup‬ ‮ʇɥǝ‬ ‮oɟɟʅıuǝ‬ ‮ʌɐʅıpɐʇoɹs‬' ‮qɐʅɐuɔǝ‬ ‮ɔnɹʌǝ‬ ‮qǝups‬ ‮poʍu‬ ‮ǝʌǝɹ‬ ‮ɟɐsʇǝɹ‬ ‮ʍɥıʅǝ‬ ‮ʇɥǝ‬ ‮ouʅıuǝ‬ ‮ouǝ‬ ‮sʇɐʎs‬ ‮ɟʅɐʇ‬. ‮Ⅎıuɐʅıʇʎ‬ ‮ɹǝʇnɹus‬ ‮ɐʇ‬ ‮ɐqonʇ‬ ‮pɐʎ‬ 14, ‮ʍɥǝu‬ ‮ʇɥǝ‬ ‮ouʅıuǝ‬ 60% ‮ɥoʅps‬ 2/3 ‮oɟ‬ ‮ʍɥɐʇ‬ ‮ıs‬ ‮ʅǝɟʇ‬. ⊥‮ɥǝu‬ ‮sǝʇ‬ ‮ʇɥǝ‬ ‮sɥɐɹǝ‬ ‮ʇo‬ 34% ‮ıu‬ ‮ʇɥǝ‬ ‮Onʇɐƃǝ‬ ‮sǝʇʇıuƃs‬: ‮ɐ‬ 1 ‮Ǝ‬⊥‮H‬ ‮pɹod‬ ‮ıs‬ ‮ǝuonƃɥ‬, ‮ɐup‬ ‮ɟıuɐʅıʇʎ‬ ‮ıs‬ ‮qɐɔʞ‬ ‮ʍıʇɥıu‬ ‮ɐqonʇ‬ ‮ʇʍo‬ ‮pɐʎs‬.
validators-explain-try-7 = “‮Nǝʇʍoɹʞ‬ ‮dɐɹʇıʇıou‬”: 40% ‮ɐɹǝ‬ ‮ɔnʇ‬ ‮oɟɟ‬ ‮ɟɹoɯ‬ ‮ʇɥǝ‬ ‮ɹǝsʇ‬. ‮Ԑoʇɥ‬ ‮ɔɥɐıus‬ ‮ʅǝɐʞ‬; ‮ʇɥǝ‬ ‮ʅɐɹƃǝɹ‬ ‮sıpǝ‬ ‮ɟıuɐʅısǝs‬ ‮ıʇs‬ ‮oʍu‬ ‮ɔɥɐıu‬ ‮ɐɟʇǝɹ‬ ‮ɐqonʇ‬ 2 ‮ʍǝǝʞs‬, ‮ʇɥǝ‬ ‮sɯɐʅʅǝɹ‬ ‮ouǝ‬ ‮ouʅʎ‬ ‮ouɔǝ‬ ‮ʇɥǝ‬ ‮ʅɐɹƃǝɹ‬ ‮sıpǝ‬'‮s‬ ‮ʌɐʅıpɐʇoɹs‬ ‮ou‬ ‮ıʇs‬ ‮ɔɥɐıu‬ ‮ɐɹǝ‬ ‮ǝɾǝɔʇǝp‬ ‮ɐʇ‬ 16 ‮Ǝ‬⊥‮H‬, ‮ɐɟʇǝɹ‬ ‮ɐqonʇ‬ 3 ‮ʍǝǝʞs‬. ‮Ⅎɹoɯ‬ ‮ʇɥǝu‬ ‮ou‬ ‮ʇʍo‬ ‮ɔouɟʅıɔʇıuƃ‬ ‮ɔɥɐıus‬ ‮ɐɹǝ‬ ‮ɟıuɐʅ‬.
validators-explain-try-8 = ‮Iu‬ ‮ʇɥǝ‬ ‮ɔoʅʅɐdsǝ‬ ‮dɹǝsǝʇs‬, ‮ʍɐʇɔɥ‬ ‮ʇɥǝ‬ ‮ɟıuɐʅıʇʎ‬ ‮sʇɹıd‬: ‮ʇɥǝ‬ ‮ʌɐʅıpɐʇoɹs‬ ‮ʇɥɐʇ‬ ‮sʇɐʎ‬ ‮ʞǝǝd‬ ‮ʌoʇıuƃ‬, ‮so‬ ‮ʇɥǝ‬ ‮ɔɥɐıu‬ ‮ʞǝǝds‬ ‮ɟıuɐʅısıuƃ‬ ‮ɐs‬ ‮ʇɥǝ‬ ‮oʇɥǝɹs‬ ‮ʅǝɐʌǝ‬, ‮nuʇıʅ‬ ‮ʇɥǝ‬ ‮ʅɐsʇ‬ ‮ouǝ‬ ‮ıs‬ ‮ƃouǝ‬.
validators-explain-try-9 = ⊥‮ɹʎ‬ ‮ʇɥǝ‬ ‮ǝbnɐʅ‬ ‮pısʇɹıqnʇıou‬ ‮ɐup‬ ‮ʇɥǝ‬ ‮doʍǝɹ‬ ‮ʅɐʍ‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮sɐɯǝ‬ ‮unɯqǝɹ‬ ‮oɟ‬ ‮odǝɹɐʇoɹs‬, ‮ɐup‬ ‮ʍɐʇɔɥ‬ ‮ʇɥǝ‬ ⅂‮oɹǝuz‬ ‮ɔnɹʌǝ‬ ‮ɐup‬ ‮ʇɥǝ‬ ⅁‮ıuı‬ ‮ɔoǝɟɟıɔıǝuʇ‬.
validators-explain-published-title = ‮Ԁnqʅısɥǝp‬ ‮Nɐʞɐɯoʇo‬ ‮ɔoǝɟɟıɔıǝuʇs‬
validators-explain-published-1 = ∀‮s‬ ‮dnqʅısɥǝp‬; ‮ɯǝʇɥops‬ ‮ɐup‬ ‮ʇɥɹǝsɥoʅps‬ ‮pıɟɟǝɹ‬, ‮soɯǝ‬ ‮ɟıƃnɹǝs‬ ‮ɐɹǝ‬ ‮ʍǝɐʞʅʎ‬ ‮sonɹɔǝp‬ (‮ʇɥǝ‬ “‮bnɐʅıʇʎ‬” ‮ɔoʅnɯu‬), ‮ɐup‬ ‮ɐʅʅ‬ ‮oɟ‬ ‮ʇɥǝɯ‬ ‮ɔɥɐuƃǝ‬ ‮oʌǝɹ‬ ‮ʇıɯǝ‬.
validators-explain-published-download = ‮ᗡoʍuʅoɐp‬ ‮ʇɥǝ‬ ‮ʇɐqʅǝ‬ (‮ↃSɅ‬)
validators-published-network = ‮Nǝʇʍoɹʞ‬
validators-published-coefficient = ‮Ↄoǝɟɟıɔıǝuʇ‬
validators-published-threshold = ⊥‮ɥɹǝsɥoʅp‬
validators-published-validators = ‮Ʌɐʅıpɐʇoɹs‬
validators-published-as-of = ∀‮s‬ ‮oɟ‬
validators-published-source = ‮Sonɹɔǝ‬
validators-published-quality = ‮Ònɐʅıʇʎ‬
validators-published-entities = { $network } (‮ǝuʇıʇıǝs‬)
validators-published-share = { $pct }%
validators-published-share-halt = { $pct }% (‮ɥɐʅʇ‬)
validators-published-quality-computed = ‮ɔoɯdnʇǝp‬
validators-published-quality-good = ‮ƃoop‬
validators-published-quality-medium = ‮ɯǝpınɯ‬
validators-published-quality-weak = ‮ʍǝɐʞ‬
validators-operator = ‮Odǝɹɐʇoɹ‬ { $n }
validators-operator-short = ‮Od‬ { $n }
validators-explain-simplifies-title = ‮Mɥǝɹǝ‬ ‮ʇɥǝ‬ ‮ɯopǝʅ‬ ‮sıɯdʅıɟıǝs‬
validators-explain-simplifies-1 = ‮Ǝʌǝɹʎ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮sʇɐɹʇs‬ ‮ɐɔʇıʌǝ‬ ‮ʍıʇɥ‬ 32 ‮Ǝ‬⊥‮H‬ ‮ɐup‬ ‮ʍıʇɥpɹɐʍɐʅ‬ ‮ɔɹǝpǝuʇıɐʅs‬ ‮oɟ‬ ‮ʇʎdǝ‬ 0‮x‬01; ‮ʇɥǝɹǝ‬ ‮ɐɹǝ‬ ‮uo‬ ‮uǝʍ‬ ‮pǝdosıʇs‬, ‮uo‬ ‮ɔoɯdonupıuƃ‬ ‮ʌɐʅıpɐʇoɹs‬ ‮oɟ‬ ‮nd‬ ‮ʇo‬ 2,048 ‮Ǝ‬⊥‮H‬ (‮Ǝʅǝɔʇɹɐ‬), ‮ɐup‬ ‮ɹǝʍɐɹps‬ ‮ɐɹǝ‬ ‮uoʇ‬ ‮ʍıʇɥpɹɐʍu‬.
validators-explain-simplifies-2 = ‮ᴚǝʍɐɹps‬ ‮ɟoʅʅoʍ‬ ∀‮ʅʇɐıɹ‬'‮s‬ ‮ɟoɹɯnʅɐs‬ (‮qɐsǝ‬ ‮ɹǝʍɐɹp‬ ‮ɟɹoɯ‬ ‮ʇɥǝ‬ ‮sbnɐɹǝ‬ ‮ɹooʇ‬ ‮oɟ‬ ‮ʇoʇɐʅ‬ ‮sʇɐʞǝ‬; ‮sonɹɔǝ‬, ‮ʇɐɹƃǝʇ‬ ‮ɐup‬ ‮ɥǝɐp‬ ‮ʍǝıƃɥʇs‬ 14, 26 ‮ɐup‬ 14 ‮oɟ‬ 64; ‮ʇɥǝ‬ ‮dɹodosǝɹ‬'‮s‬ 8 ‮oɟ‬ 64) ‮qnʇ‬ ‮ǝʌǝɹʎ‬ ‮ɐʇʇǝsʇɐʇıou‬ ‮ıs‬ ‮ʇıɯǝʅʎ‬ ‮ɐup‬ ‮ʇɥǝ‬ ‮sʎuɔ‬ ‮ɔoɯɯıʇʇǝǝ‬'‮s‬ 2 ‮oɟ‬ 64 ‮ıs‬ ‮ʅǝɟʇ‬ ‮onʇ‬. ‮Ǝɐɔɥ‬ ‮ǝdoɔɥ‬'‮s‬ ‮ʌoʇǝs‬ ‮ɐɹǝ‬ ‮ɔonuʇǝp‬ ‮ɐʇ‬ ‮ʇɥǝ‬ ‮ǝup‬ ‮oɟ‬ ‮ʇɥɐʇ‬ ‮sɐɯǝ‬ ‮ǝdoɔɥ‬ (‮ʇɥǝ‬ ‮ɔɥɐıu‬ ‮ɔonuʇs‬ ‮ʇɥǝɯ‬ ‮ouǝ‬ ‮ǝdoɔɥ‬ ‮ʅɐʇǝɹ‬), ‮so‬ ‮ɟıuɐʅıʇʎ‬ ‮ɥǝɹǝ‬ ‮ɹnus‬ ‮ouǝ‬ ‮ǝdoɔɥ‬ ‮ɐɥǝɐp‬ ‮oɟ‬ ‮Ǝʇɥǝɹǝnɯ‬'‮s‬. ⊥‮ɥǝ‬ ‮ʅǝɐʞ‬ ‮pıʌıpǝs‬ ‮qʎ‬ 4 × 2^24 = 2^26 ‮ɟɹoɯ‬ ‮Ԑǝʅʅɐʇɹıx‬ ‮ʇo‬ ‮Ǝʅǝɔʇɹɐ‬; ∀‮ʅʇɐıɹ‬ ‮ɹnus‬ ‮nsǝ‬ ∀‮ʅʇɐıɹ‬'‮s‬ 3 × 2^26, ‮ɐup‬ ‮so‬ ‮po‬ ‮Ԁɥɐsǝ‬ 0 ‮ɹnus‬, ‮qǝɔɐnsǝ‬ ‮Ԁɥɐsǝ‬ 0'‮s‬ ‮oʍu‬ ‮ʅǝɐʞ‬, ‮ʍɥıɔɥ‬ ‮ƃɹǝʍ‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮ɟıuɐʅıʇʎ‬ ‮pǝʅɐʎ‬, ‮ıs‬ ‮uoʇ‬ ‮ɯopǝʅʅǝp‬.
validators-explain-simplifies-3 = ∀‮u‬ ‮onʇɐƃǝ‬ ‮ʇɐʞǝs‬ ‮onʇ‬ ‮ɐ‬ ‮ɟıxǝp‬ ‮sɥɐɹǝ‬ ‮oɟ‬ ‮ʌɐʅıpɐʇoɹs‬, ‮sdɹǝɐp‬ ‮oʌǝɹ‬ ‮ʇɥǝ‬ ‮odǝɹɐʇoɹs‬; ‮ıu‬ ‮ʇɥǝ‬ ‮onʇɐƃǝ‬ ‮dɹǝsǝʇs‬ ‮uoqopʎ‬ ‮ɥɐs‬ ‮ɹnuuıuƃ‬ ‮ɔosʇs‬ ‮ɐup‬ ‮ʇɥǝɹǝ‬ ‮ıs‬ ‮uo‬ ‮ɹɐupoɯ‬ ‮poʍuʇıɯǝ‬, ‮so‬ ‮ouʅʎ‬ ‮ʇɥǝ‬ ‮dɹoʇoɔoʅ‬ ‮ɐɔʇs‬. ∀ ‮dɐɹʇıʇıou‬ ‮ıs‬ ‮ʇʍo‬ ‮ɔodıǝs‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮ɔɥɐıu‬ ‮ɟɹoɯ‬ ‮ʇɥǝ‬ ‮sɐɯǝ‬ ‮sǝǝp‬; ‮ʇɥǝ‬ ‮ʇʍo‬ ‮sıpǝs‬ ‮uǝʌǝɹ‬ ‮ɹǝɔouuǝɔʇ‬.
validators-explain-simplifies-4 = ‮Ԁɹodosǝɹs‬ ‮ɐɹǝ‬ ‮pɹɐʍu‬ ‮qʎ‬ ‮ǝɟɟǝɔʇıʌǝ‬ ‮qɐʅɐuɔǝ‬ ‮ɐs‬ ‮ıu‬ ‮ʇɥǝ‬ ‮sdǝɔ‬'‮s‬ ‮ɹǝɾǝɔʇıou‬ ‮sɐɯdʅıuƃ‬, ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮ɯopǝʅ‬'‮s‬ ‮ɹɐupoɯ‬ ‮ƃǝuǝɹɐʇoɹ‬ ‮ɹɐʇɥǝɹ‬ ‮ʇɥɐu‬ ‮ᴚ‬∀‮Nᗡ‬∀‮O‬.
validators-explain-simplifies-5 = ∀ ‮sɯɐʅʅ‬ ‮uǝʇʍoɹʞ‬ (‮ɥnupɹǝps‬ ‮ʇo‬ ‮ʇɥonsɐups‬ ‮oɟ‬ ‮ʌɐʅıpɐʇoɹs‬ ‮ɹɐʇɥǝɹ‬ ‮ʇɥɐu‬ ‮ɐ‬ ‮ɯıʅʅıou‬) ‮ʞǝǝds‬ ‮ʇɥǝ‬ ‮ɔɥnɹu‬ ‮ʅıɯıʇ‬ ‮ɐʇ‬ ‮ıʇs‬ ‮ɯıuıɯnɯ‬, ‮so‬ ‮ǝxıʇs‬ ‮ʇɐʞǝ‬ ‮pɐʎs‬ ‮ɥǝɹǝ‬, ‮uoʇ‬ ‮ʇɥǝ‬ ‮ʍǝǝʞs‬ ‮ʇɥǝʎ‬ ‮ʇɐʞǝ‬ ‮ou‬ ‮Ǝʇɥǝɹǝnɯ‬. ‮Iʇ‬ ‮ɐʅso‬ ‮dɐʎs‬ ‮ɟɐɹ‬ ‮ɯoɹǝ‬: ∀‮ʅʇɐıɹ‬'‮s‬ ‮ɹǝʍɐɹp‬ ‮ɟɐʅʅs‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮sbnɐɹǝ‬ ‮ɹooʇ‬ ‮oɟ‬ ‮ʇoʇɐʅ‬ ‮sʇɐʞǝ‬, ‮so‬ 1,000 ‮ʌɐʅıpɐʇoɹs‬ ‮ǝɐɹu‬ ‮ɐqonʇ‬ 90% ‮ɐ‬ ‮ʎǝɐɹ‬ ‮ʍɥǝɹǝ‬ ‮Ǝʇɥǝɹǝnɯ‬'‮s‬ ‮ɯıʅʅıou‬ ‮ǝɐɹu‬ ‮ɐqonʇ‬ 3%. ‮Ↄosʇs‬ ‮ɐɹǝ‬ ‮sǝʇ‬ ‮ɹǝʅɐʇıʌǝ‬ ‮ʇo‬ ‮ıuɔoɯǝ‬, ‮so‬ ‮ʇɥǝ‬ ‮ɔɐsɔɐpǝ‬ ‮poǝs‬ ‮uoʇ‬ ‮pǝdǝup‬ ‮ou‬ ‮ıʇ‬.
validators-explain-simplifies-6 = ‮Ↄosʇs‬ ‮ɐɹǝ‬ ‮ɐu‬ ‮ɐssnɯdʇıou‬: ‮ɐ‬ ‮sɥɐɹǝ‬ ‮oɟ‬ ‮ǝɐɔɥ‬ ‮ʌɐʅıpɐʇoɹ‬'‮s‬ ‮sʇɐɹʇıuƃ‬ ‮ıuɔoɯǝ‬, ‮ʅoʍǝɹ‬ ‮dǝɹ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ɟoɹ‬ ‮ʅɐɹƃǝ‬ ‮odǝɹɐʇoɹs‬. ⊥‮ɥǝ‬ ‮ʇoʞǝu‬ ‮dɹıɔǝ‬ ‮ıs‬ ‮ƃıʌǝu‬, ‮uoʇ‬ ‮ɐ‬ ‮ɯɐɹʞǝʇ‬: ‮uoqopʎ‬ ‮qnʎs‬ ‮ʇɥǝ‬ ‮sʇɐʞǝ‬ ‮ʇɥɐʇ‬ ‮ʅǝɐʌǝs‬. ∀ ‮ɔoʅʅɐdsǝ‬ ‮ɐʅso‬ ‮ɯǝɐus‬ ‮ʌɐʅıpɐʇoɹs‬ ‮ʍɐuʇ‬ ‮ʇo‬ ‮sǝʅʅ‬; ‮ʇɥǝ‬ ‮ɯopǝʅ‬ ‮ɥɐs‬ ‮ʇɥǝɯ‬ ‮ʅǝɐʌǝ‬ ‮ouʅʎ‬ ‮ʍɥǝu‬ ‮ɹnuuıuƃ‬ ‮ɐʇ‬ ‮ɐ‬ ‮ʅoss‬.
validators-explain-simplifies-7 = “‮ᴚǝ‬-‮pǝʅǝƃɐʇǝ‬” ‮ɯoʌǝs‬ ‮ʇɥǝ‬ ‮ʅɐɹƃǝsʇ‬ ‮odǝɹɐʇoɹ‬'‮s‬ ‮ʌɐʅıpɐʇoɹs‬ ‮ʇo‬ ‮ʇɥǝ‬ ‮oʇɥǝɹs‬ ‮ɐʇ‬ ‮ouɔǝ‬, ‮ɐs‬ ‮ɐ‬ ‮pǝʅǝƃɐʇǝp‬-‮dɹooɟ‬-‮oɟ‬-‮sʇɐʞǝ‬ ‮ɔɥɐıu‬ ‮poǝs‬; ‮ou‬ ‮Ǝʇɥǝɹǝnɯ‬ ‮ʇɥıs‬ ‮ʍonʅp‬ ‮uǝǝp‬ ‮ǝxıʇs‬ ‮ɐup‬ ‮uǝʍ‬ ‮pǝdosıʇs‬ ‮ʇɥɹonƃɥ‬ ‮qoʇɥ‬ ‮bnǝnǝs‬. ⊥‮ɥǝ‬ ‮ɹǝɯɐıupǝɹ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮Sǝdʇǝɯqǝɹ‬ 2022 ‮sɥɐɹǝs‬ ‮qǝʎoup‬ ‮ʇɥǝ‬ ‮ɟonɹ‬ ‮uɐɯǝp‬ ‮ǝuʇıʇıǝs‬ ‮ıs‬ ‮sdɹǝɐp‬ ‮ǝbnɐʅʅʎ‬, ‮ɐu‬ ‮ɐssnɯdʇıou‬.
validators-explain-simplifies-sources = ‮Sonɹɔǝs‬: ‮ǝʇɥǝɹǝnɯ‬/‮ɔousǝusns‬-‮sdǝɔs‬, ‮sdǝɔs‬/‮dɥɐsǝ‬0, ‮ɐʅʇɐıɹ‬, ‮qǝʅʅɐʇɹıx‬ ‮ɐup‬ ‮ǝʅǝɔʇɹɐ‬ ‮qǝɐɔou‬-‮ɔɥɐıu‬.‮ɯp‬ (‮sʅɐsɥ‬_‮ʌɐʅıpɐʇoɹ‬, ‮dɹoɔǝss‬_‮sʅɐsɥıuƃs‬, ‮ıuıʇıɐʇǝ‬_‮ʌɐʅıpɐʇoɹ‬_‮ǝxıʇ‬, ‮ɔoɯdnʇǝ‬_‮ǝxıʇ‬_‮ǝdoɔɥ‬_‮ɐup‬_‮ndpɐʇǝ‬_‮ɔɥnɹu‬, ‮ƃǝʇ‬_‮qɐsǝ‬_‮ɹǝʍɐɹp‬, ‮ƎſƎↃ‬⊥‮ION‬_‮Ԑ‬∀⅂∀‮NↃƎ‬, ‮ʍǝıƃɥ‬_‮ɾnsʇıɟıɔɐʇıou‬_‮ɐup‬_‮ɟıuɐʅızɐʇıou‬, ‮dɹoɔǝss‬_‮ıuɐɔʇıʌıʇʎ‬_‮ndpɐʇǝs‬, ‮ƃǝʇ‬_‮ıuɐɔʇıʌıʇʎ‬_‮dǝuɐʅʇʎ‬_‮pǝʅʇɐs‬, ‮IN‬∀‮Ↄ‬⊥‮IɅI‬⊥⅄_‮ԀƎN‬∀⅂⊥⅄_‮Ò‬∩‮O‬⊥‮IƎN‬⊥_‮ԐƎ‬⅂⅂∀⊥‮ᴚIX‬, ‮dɹoɔǝss‬_‮ǝɟɟǝɔʇıʌǝ‬_‮qɐʅɐuɔǝ‬_‮ndpɐʇǝs‬); ‮Nɐʞɐɯoʇo‬ ‮ɔoǝɟɟıɔıǝuʇs‬: ‮pɐʇɐ‬/‮uɐʞɐɯoʇo‬-‮ɔoǝɟɟıɔıǝuʇs‬.‮ɔsʌ‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮sonɹɔǝs‬ ‮ʅısʇǝp‬ ‮ɐqoʌǝ‬; ⅂∩‮N‬∀'‮s‬ ‮ɟɐʅʅ‬: ‮pɐʇɐ‬/‮ʇǝɹɹɐ‬-‮ɯɐʎ‬-2022-‮pɐıʅʎ‬.‮ɔsʌ‬; ‮Ↄɥɐıu‬ ⅂‮ɐq‬ ‮ɹǝɟǝɹǝuɔǝ‬/‮ɯopǝʅs‬.‮ɯp‬ §5.

## The charts (canvas and SVG; `long|short` titles: the chart picks what fits)
validators-series-nakamoto = ‮Nɐʞɐɯoʇo‬ ‮ɔoǝɟɟıɔıǝuʇ‬ (‮odǝɹɐʇoɹs‬)
validators-series-cost = ‮Ↄosʇ‬ ‮oɟ‬ ‮ɐʇʇɐɔʞ‬ (∩‮Sᗡ‬, ‮ʅoƃ‬ ‮sɔɐʅǝ‬)
validators-series-active = ‮Ʌɐʅıpɐʇoɹs‬ ‮ɐɔʇıʌǝ‬ ‮ɐup‬ ‮ʅǝɐʌıuƃ‬
validators-unit-nakamoto = ‮odǝɹɐʇoɹs‬ ‮uǝǝpǝp‬|‮odǝɹɐʇoɹs‬
validators-unit-cost = ∩‮Sᗡ‬ ‮ʇo‬ ‮qnʎ‬ ‮ʇɥǝ‬ ‮sʇɐʞǝ‬ (‮ʅoƃ‬)|∩‮Sᗡ‬ (‮ʅoƃ‬)
validators-unit-active = ‮ʌɐʅıpɐʇoɹs‬
validators-lorenz-stake = ‮sʇɐʞǝ‬ ‮ɥǝʅp‬
validators-lorenz-equal = ‮ǝbnɐʅ‬ ‮sɥɐɹǝs‬
validators-lorenz-gap = ‮ƃɐd‬: ⅁‮ıuı‬ = ‮ʇʍıɔǝ‬ ‮ıʇs‬ ‮ɐɹǝɐ‬|‮ƃɐd‬: ⅁‮ıuı‬
validators-lorenz-title = ⅂‮oɹǝuz‬ ‮ɔnɹʌǝ‬ ‮oɟ‬ ‮sʇɐʞǝ‬ · ⅁‮ıuı‬ { $gini }|⅂‮oɹǝuz‬ ‮ɔnɹʌǝ‬ · ⅁‮ıuı‬ { $gini }
validators-lorenz-x = ‮sɥɐɹǝ‬ ‮oɟ‬ ‮odǝɹɐʇoɹs‬, ‮sɯɐʅʅǝsʇ‬ ‮ɟıɹsʇ‬ (%)|‮odǝɹɐʇoɹs‬, ‮sɯɐʅʅǝsʇ‬ ‮ɟıɹsʇ‬
validators-lorenz-y = ‮sɥɐɹǝ‬ ‮oɟ‬ ‮sʇɐʞǝ‬ (%)|‮sʇɐʞǝ‬ (%)
validators-line-halt = { $share } (‮ɥɐʅʇ‬ ‮ɟıuɐʅıʇʎ‬)
validators-line-majority = { $share } (‮ɯɐɾoɹıʇʎ‬)
validators-line-finalise = { $share } (‮ɟıuɐʅısǝ‬ ‮ɐʅouǝ‬)
validators-line-of-stake = { $share } ‮oɟ‬ ‮sʇɐʞǝ‬
validators-line-active = ‮ɐɔʇıʌǝ‬
validators-line-leaving = ‮ʅǝɐʌıuƃ‬ (‮ıu‬ ‮ʇɥǝ‬ ‮ǝxıʇ‬ ‮bnǝnǝ‬)
validators-x-days = ‮pɐʎ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮ɹnu‬ (225 ‮ǝdoɔɥs‬ ‮ɐ‬ ‮pɐʎ‬)|‮pɐʎ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮ɹnu‬|‮pɐʎ‬
validators-usd-b = ${ $v }‮Ԑ‬
validators-usd-m = ${ $v }‮W‬
validators-usd-k = ${ $v }‮ʞ‬

## The narration (the live region; natively the CLI's English)
validators-usd-billion = ${ $v } ‮qıʅʅıou‬
validators-usd-million = ${ $v } ‮ɯıʅʅıou‬
validators-n-whatif = ‮ʍɥɐʇ‬-‮ıɟ‬ “{ $name }”
validators-n-slashed = { $n } ‮sʅɐsɥǝp‬
validators-n-asked-to-exit = { $n } ‮ɐsʞǝp‬ ‮ʇo‬ ‮ǝxıʇ‬
validators-n-left = { $n } ‮ʅǝɟʇ‬ ‮ʇɥǝ‬ ‮ɐɔʇıʌǝ‬ ‮sǝʇ‬
validators-n-sep = {", "}
validators-n-what = {" "}{ $list }.
validators-n-was = {" "}(‮ʍɐs‬ { $n })
validators-n-stand = { $active } ‮ʌɐʅıpɐʇoɹs‬ ‮ɐɔʇıʌǝ‬, { $exiting } ‮ǝxıʇıuƃ‬, { $slashed } ‮sʅɐsɥǝp‬ ‮ıu‬ ‮ɐʅʅ‬; ‮Nɐʞɐɯoʇo‬ ‮ɔoǝɟɟıɔıǝuʇ‬ { $nc } ‮ɐʇ‬ { $share }{ $was }; ‮ɔosʇ‬ ‮oɟ‬ ‮ɐʇʇɐɔʞ‬ { $cost } ‮ɐʇ‬ { $price } ‮ɐ‬ ‮ʇoʞǝu‬
validators-n-finality = ; { $status }
validators-n-line = ‮Ǝdoɔɥ‬ { $epoch } (‮pɐʎ‬ { $day }):{ $what } { $stand }{ $finality }

## What finality did (the finality panel and the narration)
validators-story-stopped = ‮Ⅎıuɐʅıʇʎ‬ ‮sʇoddǝp‬ ‮ɐɟʇǝɹ‬ ‮ǝdoɔɥ‬ { $epoch } (‮pɐʎ‬ { $day }): ‮ouʅʎ‬ { $share }% ‮oɟ‬ ‮ʇɥǝ‬ ‮ɐɔʇıʌǝ‬ ‮sʇɐʞǝ‬ ‮ʌoʇǝp‬ ‮ɟoɹ‬ ‮ʇɥǝ‬ ‮ʇɐɹƃǝʇ‬, ‮qǝʅoʍ‬ ‮ʇɥǝ‬ 2/3 ‮ʇɥɐʇ‬ ‮ɾnsʇıɟıǝs‬ ‮ɐ‬ ‮ɔɥǝɔʞdoıuʇ‬.
validators-story-leak = ‮Ⅎɹoɯ‬ ‮ǝdoɔɥ‬ { $epoch } ‮ʇɥǝ‬ ‮ɟıuɐʅıʇʎ‬ ‮pǝʅɐʎ‬ ‮ʍɐs‬ ‮oʌǝɹ‬ 4 ‮ǝdoɔɥs‬: ‮ʇɥǝ‬ ‮ıuɐɔʇıʌıʇʎ‬ ‮ʅǝɐʞ‬ ‮qǝƃɐu‬. ‮Ʌɐʅıpɐʇoɹs‬ ‮ʇɥɐʇ‬ ‮ɯıss‬ ‮ʇɥǝıɹ‬ ‮ʌoʇǝ‬ ‮ƃɐıu‬ 4 ‮ʇo‬ ‮ʇɥǝıɹ‬ ‮ıuɐɔʇıʌıʇʎ‬ ‮sɔoɹǝ‬ ‮ǝɐɔɥ‬ ‮ǝdoɔɥ‬ ‮ɐup‬ ‮ʅosǝ‬ ‮ǝɟɟǝɔʇıʌǝ‬ ‮qɐʅɐuɔǝ‬ × ‮sɔoɹǝ‬ / 2^26 (3 × 2^26 ‮nupǝɹ‬ ∀‮ʅʇɐıɹ‬'‮s‬ ‮ɹnʅǝs‬) ‮ou‬ ‮ʇod‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮nsnɐʅ‬ ‮dǝuɐʅʇıǝs‬; ‮ʇɥosǝ‬ ‮ʍɥo‬ ‮ʌoʇǝ‬ ‮ǝɐɹu‬ ‮uoʇɥıuƃ‬ ‮ɟoɹ‬ ‮ıʇ‬ ‮nuʇıʅ‬ ‮ɟıuɐʅıʇʎ‬ ‮ɹǝʇnɹus‬.
validators-story-why-down = ; ‮ouǝ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮oɟɟʅıuǝ‬ ‮ʌɐʅıpɐʇoɹs‬ ‮ıs‬ ‮poʍu‬ ‮ʇo‬ { $eth } ‮Ǝ‬⊥‮H‬ ‮oɟ‬ ‮ǝɟɟǝɔʇıʌǝ‬ ‮qɐʅɐuɔǝ‬
validators-story-why-ejected = ; ‮oɟɟʅıuǝ‬ ‮ʌɐʅıpɐʇoɹs‬ ‮ʍǝɹǝ‬ ‮ǝɾǝɔʇǝp‬ ‮ɐʇ‬ 16 ‮Ǝ‬⊥‮H‬ ‮ɐup‬ ‮ʅǝɟʇ‬ ‮ʇɥɹonƃɥ‬ ‮ʇɥǝ‬ ‮ǝxıʇ‬ ‮bnǝnǝ‬
validators-story-returned = ‮Ⅎıuɐʅıʇʎ‬ ‮ɹǝʇnɹuǝp‬ ‮ɐʇ‬ ‮ǝdoɔɥ‬ { $epoch } (‮pɐʎ‬ { $day }), { $days } ‮pɐʎs‬ ‮ɐɟʇǝɹ‬ ‮ıʇ‬ ‮sʇoddǝp‬: ‮ʇɥǝ‬ ‮oɟɟʅıuǝ‬ ‮sʇɐʞǝ‬ ‮ɥɐp‬ ‮ʅǝɐʞǝp‬ ‮nuʇıʅ‬ ‮ʇɥǝ‬ { $voting } ‮Ǝ‬⊥‮H‬ ‮sʇıʅʅ‬ ‮ʌoʇıuƃ‬ ‮ʍɐs‬ 2/3 ‮oɟ‬ ‮ʇɥǝ‬ ‮ɐɔʇıʌǝ‬ { $active } ‮Ǝ‬⊥‮H‬ ‮ɐƃɐıu‬ ({ $share }% ‮oɟ‬ ‮ıʇ‬{ $why }).
validators-story-stalled-again = ‮Iʇ‬ ‮ɥɐs‬ ‮sʇɐʅʅǝp‬ ‮ɐƃɐıu‬ ‮sıuɔǝ‬: ‮uoʇ‬ ‮ɟıuɐʅısǝp‬ ‮ɟoɹ‬ { $epochs } ‮ǝdoɔɥs‬, ‮ʍıʇɥ‬ { $share }% ‮oɟ‬ ‮ʇɥǝ‬ ‮ɐɔʇıʌǝ‬ ‮sʇɐʞǝ‬ ‮ʌoʇıuƃ‬, ‮ɔʅosǝ‬ ‮ʇo‬ ‮ʇɥǝ‬ 2/3 ‮ʅıuǝ‬.
validators-story-not-finalised = ‮Noʇ‬ ‮ɟıuɐʅısǝp‬ ‮ɟoɹ‬ { $epochs } ‮ǝdoɔɥs‬ ({ $days } ‮pɐʎs‬): { $share }% ‮oɟ‬ ‮ʇɥǝ‬ ‮ɐɔʇıʌǝ‬ ‮sʇɐʞǝ‬ ‮ʌoʇǝs‬; ‮ɟıuɐʅıʇʎ‬ ‮ɹǝʇnɹus‬ ‮ʍɥǝu‬ ‮ıʇ‬ ‮ɹǝɐɔɥǝs‬ 2/3, ‮ɐs‬ ‮ʇɥǝ‬ ‮oɟɟʅıuǝ‬ ‮ʌɐʅıpɐʇoɹs‬' ‮qɐʅɐuɔǝs‬ ‮ʅǝɐʞ‬ ‮ɐʍɐʎ‬.
validators-story-finalising = ‮Ⅎıuɐʅısıuƃ‬: ‮ǝdoɔɥ‬ { $epoch } ‮ıs‬ ‮ɟıuɐʅ‬ (‮ɟıuɐʅıʇʎ‬ ‮pǝʅɐʎ‬ { $delay }), ‮ʍıʇɥ‬ { $share }% ‮oɟ‬ ‮ʇɥǝ‬ ‮ɐɔʇıʌǝ‬ ‮sʇɐʞǝ‬ ‮ʌoʇıuƃ‬, ‮ɐqoʌǝ‬ ‮ʇɥǝ‬ 2/3 ‮Ↄɐsdǝɹ‬ ‮ℲℲ‬⅁ ‮uǝǝps‬.
validators-story-chain-a = ‮Ↄɥɐıu‬ ‮ɐ‬ (‮ʇɥǝ‬ ‮ɹǝsʇ‬'‮s‬): { $line }
validators-story-chain-b = ‮Ↄɥɐıu‬ ‮q‬ (‮ʇɥǝ‬ ‮ɔnʇ‬-‮oɟɟ‬ ‮sıpǝ‬'‮s‬ ‮oʍu‬): { $line }
validators-story-conflict = ‮Ԑoʇɥ‬ ‮sıpǝs‬ ‮ɥɐʌǝ‬ ‮uoʍ‬ ‮ɟıuɐʅısǝp‬ ‮ʇɥǝıɹ‬ ‮oʍu‬ ‮ɔɥɐıu‬ ‮sıuɔǝ‬ ‮ʇɥǝ‬ ‮sdʅıʇ‬ ‮ɐʇ‬ ‮ǝdoɔɥ‬ { $from }: ‮ɔɥɐıu‬ ‮ɐ‬ ‮ǝdoɔɥ‬ { $a }, ‮ɔɥɐıu‬ ‮q‬ ‮ǝdoɔɥ‬ { $b }. ‮Ⅎıuɐʅısǝp‬ ‮ɔɥǝɔʞdoıuʇs‬ ‮ou‬ ‮ʇʍo‬ ‮ɔouɟʅıɔʇıuƃ‬ ‮ɔɥɐıus‬: ‮ɐ‬ ‮sɐɟǝʇʎ‬ ‮ɟɐıʅnɹǝ‬ ‮ʇɥɐʇ‬ ‮uo‬ ‮ɟoɹʞ‬ ‮ɔɥoıɔǝ‬ ‮ɔɐu‬ ‮nupo‬; ‮ıʇ‬ ‮uǝǝps‬ ‮dǝodʅǝ‬ ‮ʇo‬ ‮dıɔʞ‬ ‮ouǝ‬.
validators-status-finalised = ‮ɟıuɐʅısǝp‬ ‮ǝdoɔɥ‬ { $epoch }
validators-status-in-leak = {" "}(‮ıuɐɔʇıʌıʇʎ‬ ‮ʅǝɐʞ‬)
validators-status-not-finalised = ‮uoʇ‬ ‮ɟıuɐʅısǝp‬ ‮ɟoɹ‬ { $epochs } ‮ǝdoɔɥs‬{ $leak }, { $share }% ‮ʌoʇıuƃ‬

## A link's notices (src/query/validators.rs; parameter names and values stay as in the address)
validators-q-ofrom = ‮oɟɹoɯ‬ = { $from } ‮ʅıǝs‬ ‮qǝʎoup‬ ‮ʇɥǝ‬ ‮ɹnu‬'‮s‬ { $epochs } ‮ǝdoɔɥs‬; ‮nsıuƃ‬ { $d }
validators-q-alpha-zero = ‮ɐʅdɥɐ‬ = 0 ‮ɟʅɐʇʇǝus‬ ‮ʇɥǝ‬ ‮doʍǝɹ‬ ‮ʅɐʍ‬: ‮ǝʌǝɹʎ‬ ‮odǝɹɐʇoɹ‬ ‮ƃǝʇs‬ ‮ʇɥǝ‬ ‮sɐɯǝ‬ ‮sʇɐʞǝ‬, ‮ɐs‬ ‮ʍıʇɥ‬ ‮pısʇ‬=‮ǝbnɐʅ‬
validators-q-whatif-many = ‮ʍɥɐʇıɟ‬ ‮ɥɐs‬ { $n } ‮ʍɥɐʇ‬-‮ıɟs‬; ‮ʇɥǝ‬ ‮dɐƃǝ‬ ‮ɐddʅıǝs‬ ‮ʇɥǝ‬ ‮ɟıɹsʇ‬ { $most }
validators-q-whatif-late = ‮ʍɥɐʇıɟ‬ = { $value } ‮ɥɐs‬ ‮ɐu‬ ‮ǝdoɔɥ‬ ‮qǝʎoup‬ ‮ʇɥǝ‬ ‮ɹnu‬'‮s‬ { $epochs }; ‮ıƃuoɹǝp‬
validators-q-whatif-bad = { $error }; ‮ıƃuoɹǝp‬
validators-q-at = ‮ɐʇ‬ = { $at } ‮ʍonʅp‬ ‮ɹǝdʅɐʎ‬ { $at } ‮ǝdoɔɥs‬ ‮oɟ‬ { $validators } ‮ʌɐʅıpɐʇoɹs‬ ‮ou‬ ‮ʅoɐp‬; ‮odǝuıuƃ‬ ‮ɐʇ‬ ‮ǝdoɔɥ‬ { $replayable } ‮ıusʇǝɐp‬
validators-q-at-two-chains = ‮ɐʇ‬ = { $at } ‮ʍonʅp‬ ‮ɹǝdʅɐʎ‬ { $at } ‮ǝdoɔɥs‬ ‮oɟ‬ { $validators } ‮ʌɐʅıpɐʇoɹs‬ ‮ou‬ ‮ǝɐɔɥ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮dɐɹʇıʇıou‬'‮s‬ ‮ʇʍo‬ ‮ɔɥɐıus‬ ‮ou‬ ‮ʅoɐp‬; ‮odǝuıuƃ‬ ‮ɐʇ‬ ‮ǝdoɔɥ‬ { $replayable } ‮ıusʇǝɐp‬
validators-q-invalid-set = { $error }; ‮nsıuƃ‬ ‮ʇɥǝ‬ ‮pǝɟɐnʅʇ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮sǝʇ‬

## The model's rules for its parameters (the settings panel's and a link's messages)
validators-e-validators = ‮ʌɐʅıpɐʇoɹs‬ ‮ɯnsʇ‬ ‮qǝ‬ 4 ‮ʇo‬ { $max }, ‮uoʇ‬ { $n }
validators-e-operators = ‮odǝɹɐʇoɹs‬ ‮ɯnsʇ‬ ‮qǝ‬ 1 ‮ʇo‬ ‮ɯıu‬(‮ʌɐʅıpɐʇoɹs‬, { $max }), ‮uoʇ‬ { $n }
validators-e-real-shares = ‮ʇɥǝ‬ ‮Ǝʇɥǝɹǝnɯ‬ 2022 ‮sɥɐɹǝs‬ ‮uǝǝp‬ ‮ɐʇ‬ ‮ʅǝɐsʇ‬ 5 ‮odǝɹɐʇoɹs‬ (4 ‮uɐɯǝp‬ ‮ǝuʇıʇıǝs‬ ‮ɐup‬ ‮ʇɥǝ‬ ‮ɹǝsʇ‬)
validators-e-alpha = ‮doʍǝɹ‬-‮ʅɐʍ‬ ‮ɐʅdɥɐ‬ ‮ɯnsʇ‬ ‮qǝ‬ 0 ‮ʇo‬ 4, ‮uoʇ‬ { $alpha }
validators-e-delegation = ‮pǝʅǝƃɐʇıou‬ ‮uǝǝps‬ 1 <= ‮qıƃ‬ < ‮odǝɹɐʇoɹs‬ ‮ɐup‬ ‮ɐ‬ ‮qıƃ‬ ‮sɥɐɹǝ‬ ‮qǝʅoʍ‬ 1
validators-e-offline = ‮oɟɟʅıuǝ‬ ‮ɹɐʇǝ‬ ‮ɯnsʇ‬ ‮qǝ‬ ‮ɐʇ‬ ‮ɯosʇ‬ 10,000 ‮dǝɹ‬ 10,000, ‮uoʇ‬ { $n }
validators-e-lone = ‮ʅouǝ‬ ‮sʅɐsɥıuƃs‬ ‮ɯnsʇ‬ ‮qǝ‬ ‮ɐʇ‬ ‮ɯosʇ‬ 1,000 ‮dǝɹ‬ 1,000 ‮ǝdoɔɥs‬
validators-e-epochs = ‮ǝdoɔɥs‬ ‮ɯnsʇ‬ ‮qǝ‬ 1 ‮ʇo‬ { $max }, ‮uoʇ‬ { $n }
validators-e-start-price = ‮ʇɥǝ‬ ‮sʇɐɹʇıuƃ‬ ‮dɹıɔǝ‬ ‮ɯnsʇ‬ ‮qǝ‬ ‮ɐ‬ ‮dosıʇıʌǝ‬ ‮unɯqǝɹ‬ ‮oɟ‬ ∩‮Sᗡ‬
validators-e-cost-share = ‮ʇɥǝ‬ ‮ɔosʇ‬ ‮sɥɐɹǝ‬ ‮ɯnsʇ‬ ‮qǝ‬ 0 ‮ʇo‬ 10
validators-e-depth = ‮ɐ‬ ‮pǝɔʅıuǝ‬'‮s‬ ‮pǝdʇɥ‬ ‮ɯnsʇ‬ ‮qǝ‬ 0 ‮ʇo‬ 1
validators-e-price-path = ‮ɐ‬ ‮dɹıɔǝ‬ ‮dɐʇɥ‬ ‮uǝǝps‬ ‮ɐʇ‬ ‮ʅǝɐsʇ‬ ‮ouǝ‬ ‮ɟıuıʇǝ‬, ‮uou‬-‮uǝƃɐʇıʌǝ‬ ‮dɹıɔǝ‬
validators-e-outage-share = ‮ɐu‬ ‮onʇɐƃǝ‬'‮s‬ ‮sɥɐɹǝ‬ ‮ɯnsʇ‬ ‮qǝ‬ ‮ɐqoʌǝ‬ 0% ‮ɐup‬ ‮qǝʅoʍ‬ 100%, ‮uoʇ‬ { $share }%
validators-e-outage-from = ‮ɐu‬ ‮onʇɐƃǝ‬'‮s‬ ‮ɟıɹsʇ‬ ‮ǝdoɔɥ‬ ({ $from }) ‮ʅıǝs‬ ‮qǝʎoup‬ ‮ʇɥǝ‬ ‮ɹnu‬'‮s‬ ‮ʅɐsʇ‬ ({ $epochs })
validators-e-whatif-late = ‮ɐ‬ ‮ʍɥɐʇ‬-‮ıɟ‬ ‮ʅıǝs‬ ‮qǝʎoup‬ ‮ʇɥǝ‬ ‮ɹnu‬'‮s‬ ‮ʅɐsʇ‬ ‮ǝdoɔɥ‬
validators-e-whatif-code = { $item } ‮ıs‬ ‮uoʇ‬ ‮ɐ‬ ‮ʍɥɐʇ‬-‮ıɟ‬ ‮ↃOᗡƎ‬@‮ƎԀOↃH‬ (‮ɔopǝs‬: ‮ɹ‬ ‮ɹǝ‬-‮pǝʅǝƃɐʇǝ‬, ‮ɯ‬ ‮ɯǝɹƃǝ‬, ‮s‬ ‮sʅɐsɥ‬ ‮ʇɥǝ‬ ‮ʅɐɹƃǝsʇ‬)

## The event log (log.txt, exported by the page and written by the CLI)
validators-log-reason-slashed = ‮sʅɐsɥǝp‬
validators-log-reason-ejected = ‮ǝɾǝɔʇǝp‬ ‮ɐʇ‬ 16 ‮Ǝ‬⊥‮H‬
validators-log-reason-unprofitable = ‮nudɹoɟıʇɐqʅǝ‬
validators-log-reason-none = ‮uo‬ ‮ɹǝɐsou‬
validators-log-head = ‮Ↄɥɐıu‬ ⅂‮ɐq‬ ‮ʌɐʅıpɐʇoɹs‬: { $validators } ‮ʌɐʅıpɐʇoɹs‬, { $operators } ‮odǝɹɐʇoɹs‬ ({ $distribution }), { $fork } ‮ɹnʅǝs‬, ‮dɹıɔǝ‬ { $price }, ‮sǝǝp‬ { $seed }
validators-log-start = ‮Ǝdoɔɥ‬ 0 (‮pɐʎ‬ 0.0): { $active } ‮ʌɐʅıpɐʇoɹs‬ ‮ɐɔʇıʌǝ‬; ‮Nɐʞɐɯoʇo‬ ‮ɔoǝɟɟıɔıǝuʇ‬ { $nc } ‮ɐʇ‬ { $shares }
validators-log-slashed = { $n } ‮sʅɐsɥǝp‬ ({ $who })
validators-log-asked-to-exit = { $n } ‮ɐsʞǝp‬ ‮ʇo‬ ‮ǝxıʇ‬
validators-log-left = { $n } ‮ʅǝɟʇ‬ ‮ʇɥǝ‬ ‮ɐɔʇıʌǝ‬ ‮sǝʇ‬ ({ $why })
validators-log-nakamoto = ‮Nɐʞɐɯoʇo‬ ‮ɔoǝɟɟıɔıǝuʇ‬ { $nc } (‮ʍɐs‬ { $was })
validators-log-epoch = ‮Ǝdoɔɥ‬ { $epoch } (‮pɐʎ‬ { $day }): { $parts }
validators-log-sep = {"; "}
