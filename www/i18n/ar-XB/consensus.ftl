# Chain Lab: the sampling-consensus page (src/ui/consensus*, the model's
# narration in src/sim/consensus/simulation.rs and the link notices in
# src/query/consensus.rs). Keys start with consensus-.

## The explanation panel
consensus-explain-looking = ‮Mɥɐʇ‬ ‮ʎon‬ ‮ɐɹǝ‬ ‮ʅooʞıuƃ‬ ‮ɐʇ‬
consensus-explain-try = ‮Mɥɐʇ‬ ‮ʇo‬ ‮ʇɹʎ‬
consensus-explain-differs = ‮Mɥǝɹǝ‬ ‮ʇɥǝ‬ ‮ɹǝɐʅ‬ ‮dɹoʇoɔoʅ‬ ‮pıɟɟǝɹs‬
consensus-looking-network-shapes = ‮Ǝɐɔɥ‬ ‮sɥɐdǝ‬ ‮ıs‬ ‮ɐ‬ ‮uopǝ‬ (‮ɐ‬ ‮ɹǝp‬ ‮ɔıɹɔʅǝ‬ ‮oɹ‬ ‮ɐ‬ ‮qʅnǝ‬ ‮sbnɐɹǝ‬; ‮ʍıʇɥ‬ ‮ɯoɹǝ‬ ‮ɔoʅonɹs‬, ‮ƃɹǝǝu‬ ‮ʇɹıɐuƃʅǝs‬ ‮ɐup‬ ‮ɐɯqǝɹ‬ ‮pıɐɯoups‬). ‮Ǝʌǝɹʎ‬ ‮ɹonup‬, ‮ǝɐɔɥ‬ ‮ɥouǝsʇ‬ ‮uopǝ‬ ‮ʇɥɐʇ‬ ‮ɥɐs‬ ‮uoʇ‬ ‮ʎǝʇ‬ ‮pǝɔıpǝp‬ ‮ɐsʞs‬ ‮Ӽ‬ ‮dǝǝɹs‬, ‮dıɔʞǝp‬ ‮ɐʇ‬ ‮ɹɐupoɯ‬, ‮ʍɥıɔɥ‬ ‮ɔoʅonɹ‬ ‮ʇɥǝʎ‬ ‮dɹǝɟǝɹ‬, ‮ɐup‬ ‮ɔonuʇs‬ ‮ʇɥǝ‬ ‮ɐusʍǝɹs‬. ‮Iʇs‬ ‮ɔoʅonɹ‬ ‮ıs‬ ‮ıʇs‬ ‮ɔnɹɹǝuʇ‬ ‮dɹǝɟǝɹǝuɔǝ‬; ‮ʇɥǝ‬ ‮qɹıƃɥʇǝɹ‬ ‮ıʇ‬ ‮ıs‬, ‮ʇɥǝ‬ ‮ɯoɹǝ‬ ‮doʅʅs‬ ‮ıu‬ ‮ɐ‬ ‮ɹoʍ‬ ‮ɥɐʌǝ‬ ‮ɐƃɹǝǝp‬ ‮ʍıʇɥ‬ ‮ıʇ‬ (‮ıʇs‬ ‮ɔouɟıpǝuɔǝ‬); ‮ɐ‬ ‮poʇ‬ ‮ıu‬ ‮ʇɥǝ‬ ‮ɯıppʅǝ‬ ‮ɯǝɐus‬ ‮ıʇ‬ ‮ɥɐs‬ ‮ɟıuɐʅısǝp‬ ‮ɐup‬ ‮ʍıʅʅ‬ ‮uoʇ‬ ‮ɔɥɐuƃǝ‬ ‮ɐƃɐıu‬.
consensus-looking-network-differ = ⊥‮ɥǝ‬ ‮ʇɥɹǝǝ‬ ‮dɹoʇoɔoʅs‬ ‮pıɟɟǝɹ‬ ‮ouʅʎ‬ ‮ıu‬ ‮ʍɥɐʇ‬ ‮ɐ‬ ‮uopǝ‬ ‮poǝs‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮ɔonuʇ‬:
consensus-looking-network-slush = : ‮ıɟ‬ ‮ouǝ‬ ‮ɔoʅonɹ‬ ‮ɥɐs‬ ‮ɐʇ‬ ‮ʅǝɐsʇ‬ ∀‮ʅdɥɐԀɹǝɟǝɹǝuɔǝ‬ ‮ʌoʇǝs‬, ‮sʍıʇɔɥ‬ ‮ʇo‬ ‮ıʇ‬. ‮Sʇod‬ ‮ɐɟʇǝɹ‬ ‮ɯ‬ ‮ɹonups‬, ‮ʍɥɐʇǝʌǝɹ‬ ‮ʎon‬ ‮ɥoʅp‬.
consensus-looking-network-snowflake = : ‮ɐs‬ ‮Sʅnsɥ‬, ‮dʅns‬ ‮ɐ‬ ‮ɔonuʇǝɹ‬ ‮oɟ‬ ‮ɔousǝɔnʇıʌǝ‬ ‮doʅʅs‬ ‮ʍıʇɥ‬ ‮ɐʇ‬ ‮ʅǝɐsʇ‬ ∀‮ʅdɥɐↃouɟıpǝuɔǝ‬ ‮ʌoʇǝs‬ ‮ɟoɹ‬ ‮ʇɥǝ‬ ‮sɐɯǝ‬ ‮ɔoʅonɹ‬. ∀ ‮ʍǝɐʞ‬ ‮oɹ‬ ‮sdʅıʇ‬ ‮doʅʅ‬ ‮ɹǝsǝʇs‬ ‮ıʇ‬ ‮ʇo‬ ‮zǝɹo‬; ‮ɐ‬ ‮sʇɹouƃ‬ ‮doʅʅ‬ ‮ɟoɹ‬ ‮ɐuoʇɥǝɹ‬ ‮ɔoʅonɹ‬ ‮ɹǝsʇɐɹʇs‬ ‮ıʇ‬ ‮ɐʇ‬ ‮ouǝ‬. ∀‮ʇ‬ ‮Ԑǝʇɐ‬, ‮ɟıuɐʅısǝ‬.
consensus-looking-network-snowball = : ‮ɐs‬ ‮Suoʍɟʅɐʞǝ‬, ‮dʅns‬ ‮ɐ‬ ‮ɹnuuıuƃ‬ ‮ʇoʇɐʅ‬ ‮dǝɹ‬ ‮ɔoʅonɹ‬ ‮oɟ‬ ‮ǝʌǝɹʎ‬ ‮doʅʅ‬ ‮ʇɥɐʇ‬ ‮ɹǝɐɔɥǝp‬ ∀‮ʅdɥɐԀɹǝɟǝɹǝuɔǝ‬. ⊥‮ɥǝ‬ ‮uopǝ‬ ‮ouʅʎ‬ ‮ɔɥɐuƃǝs‬ ‮ʇɥǝ‬ ‮ɔoʅonɹ‬ ‮ıʇ‬ ‮ɐusʍǝɹs‬ ‮ʍıʇɥ‬ ‮ʍɥǝu‬ ‮ɐuoʇɥǝɹ‬ ‮ɔoʅonɹ‬'‮s‬ ‮ʇoʇɐʅ‬ ‮qǝɔoɯǝs‬ ‮sʇɹıɔʇʅʎ‬ ‮ʅɐɹƃǝɹ‬, ‮so‬ ‮ouǝ‬ ‮nuʅnɔʞʎ‬ ‮doʅʅ‬ ‮ɔɐuuoʇ‬ ‮ɟʅıd‬ ‮ıʇ‬.
consensus-looking-network-why = ‮Mɥʎ‬ ‮ıʇ‬ ‮ʍoɹʞs‬: ‮ʍıʇɥ‬ ‮Ӽ‬ = 20 ‮ɐup‬ ∀‮ʅdɥɐԀɹǝɟǝɹǝuɔǝ‬ = 15, ‮ɐ‬ ‮doʅʅ‬ ‮oɟ‬ ‮ɐ‬ ‮dǝɹɟǝɔʇʅʎ‬ ‮sdʅıʇ‬ ‮uǝʇʍoɹʞ‬ ‮ɹǝɐɔɥǝs‬ 15 ‮ʌoʇǝs‬ ‮ɟoɹ‬ ‮ɐ‬ ‮ƃıʌǝu‬ ‮ɔoʅonɹ‬ ‮ouʅʎ‬ ‮ɐqonʇ‬ 2% ‮oɟ‬ ‮ʇɥǝ‬ ‮ʇıɯǝ‬, ‮qnʇ‬ ‮ɐʇ‬ ‮ɐu‬ 80/20 ‮sdʅıʇ‬ ‮ɐqonʇ‬ 80% ‮oɟ‬ ‮ʇɥǝ‬ ‮ʇıɯǝ‬. ∀‮uʎ‬ ‮sɯɐʅʅ‬ ‮ıɯqɐʅɐuɔǝ‬ ‮ɯɐʞǝs‬ ‮ʇɥǝ‬ ‮ɯɐɾoɹıʇʎ‬ ‮ɔoʅonɹ‬ ‮ɯoɹǝ‬ ‮ʅıʞǝʅʎ‬ ‮ʇo‬ ‮ʍıu‬ ‮doʅʅs‬, ‮ʍɥıɔɥ‬ ‮ɯɐʞǝs‬ ‮ʇɥǝ‬ ‮ıɯqɐʅɐuɔǝ‬ ‮ʅɐɹƃǝɹ‬: ‮ʇɥǝ‬ ‮uǝʇʍoɹʞ‬ ‮ʇıds‬, ‮ɐup‬ ‮ɔouɟıpǝuɔǝ‬ ‮ʇɥǝu‬ ‮ƃɹoʍs‬ ‮ɹonup‬ ‮ɐɟʇǝɹ‬ ‮ɹonup‬. ‮Ǝɐɔɥ‬ ‮uopǝ‬ ‮sǝups‬ ‮Ӽ‬ ‮bnǝɹıǝs‬ ‮dǝɹ‬ ‮ɹonup‬, ‮so‬ ‮ɐ‬ ‮ɹonup‬ ‮ɔosʇs‬ ‮ɐqonʇ‬ ‮Ӽ‬·‮u‬ ‮ɯǝssɐƃǝs‬ ‮ıusʇǝɐp‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮u‬² ‮oɟ‬ ‮ɐʅʅ‬-‮ʇo‬-‮ɐʅʅ‬ ‮ʌoʇıuƃ‬.
consensus-looking-compare = ⊥‮ɥǝ‬ ‮sɐɯǝ‬ ‮sǝǝp‬ ‮ɐup‬ ‮dɐɹɐɯǝʇǝɹs‬, ‮ɹnu‬ ‮ʇɥɹǝǝ‬ ‮ʇıɯǝs‬: ‮ouɔǝ‬ ‮ʍıʇɥ‬ ‮ǝʌǝɹʎ‬ ‮ɥouǝsʇ‬ ‮uopǝ‬ ‮ɹnuuıuƃ‬ ‮Sʅnsɥ‬, ‮ouɔǝ‬ ‮Suoʍɟʅɐʞǝ‬, ‮ouɔǝ‬ ‮Suoʍqɐʅʅ‬. ‮Mɐʇɔɥ‬ ‮ʍɥıɔɥ‬ ‮sǝʇʇʅǝs‬ ‮ɟıɹsʇ‬, ‮ʍɥǝʇɥǝɹ‬ ‮Sʅnsɥ‬ ‮sǝʇʇʅǝs‬ ‮ɐʇ‬ ‮ɐʅʅ‬ ‮ʍıʇɥıu‬ ‮ıʇs‬ ‮ɯ‬ ‮ɹonups‬, ‮ɐup‬ ‮ɥoʍ‬ ‮Ԑʎzɐuʇıuǝ‬ ‮uopǝs‬ ‮ɐɟɟǝɔʇ‬ ‮ǝɐɔɥ‬ ‮ouǝ‬.
consensus-looking-experiment = ‮Wɐuʎ‬ ‮ıupǝdǝupǝuʇ‬ ‮ɹnus‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮ɔnɹɹǝuʇ‬ ‮dɐɹɐɯǝʇǝɹs‬. ‮ᴚnu‬ ‮ɹ‬ ‮nsǝs‬ ‮sǝǝp‬ ‮S‬ + ‮ɹ‬, ‮so‬ ‮ɐuʎ‬ ‮ɹnu‬ ‮ɔɐu‬ ‮qǝ‬ ‮ɹǝodǝuǝp‬ ‮ou‬ ‮ıʇs‬ ‮oʍu‬. ⊥‮ɥǝ‬ ‮ɥısʇoƃɹɐɯ‬ ‮sɥoʍs‬ ‮ɥoʍ‬ ‮ɯɐuʎ‬ ‮ɹonups‬ ‮dɐssǝp‬ ‮nuʇıʅ‬ ‮ǝʌǝɹʎ‬ ‮ɥouǝsʇ‬ ‮uopǝ‬ ‮ɥɐp‬ ‮ɟıuɐʅısǝp‬; ‮ʇɥǝ‬ ‮ʇɐqʅǝ‬ ‮ɔonuʇs‬ ‮ɹnus‬ ‮ʇɥɐʇ‬ ‮sʇɐʅʅǝp‬ ‮ɐʇ‬ ‮ʇɥǝ‬ ‮ɹonup‬ ‮ɔɐd‬ ‮ɐup‬ ‮ɹnus‬ ‮ʍıʇɥ‬ ‮ɐ‬ ‮sɐɟǝʇʎ‬ ‮ʌıoʅɐʇıou‬, ‮ʍɥǝɹǝ‬ ‮ʇʍo‬ ‮ɥouǝsʇ‬ ‮uopǝs‬ ‮ɟıuɐʅısǝp‬ ‮pıɟɟǝɹǝuʇ‬ ‮ɔoʅonɹs‬.
consensus-looking-subnets = ∀ ‮snquǝʇ‬ ‮ıs‬ ‮ɐ‬ ‮sǝʇ‬ ‮oɟ‬ ‮ʌɐʅıpɐʇoɹs‬ ‮ʇɥɐʇ‬ ‮ɹnus‬ ‮ɔousǝusns‬ ‮ɟoɹ‬ ‮ouǝ‬ ‮oɹ‬ ‮ɯoɹǝ‬ ‮ɔɥɐıus‬ ‮oɟ‬ ‮ıʇs‬ ‮oʍu‬; ‮ǝɐɔɥ‬ ‮ɔɥɐıu‬ ‮ıs‬ ‮ʌɐʅıpɐʇǝp‬ ‮qʎ‬ ‮ǝxɐɔʇʅʎ‬ ‮ouǝ‬ ‮snquǝʇ‬. ‮Iu‬ ‮ʇɥǝ‬ ‮ɯopǝʅ‬ ‮sɥoʍu‬ ‮ɥǝɹǝ‬ ‮ǝʌǝɹʎ‬ ‮snquǝʇ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ɯnsʇ‬ ‮ɐʅso‬ ‮ʌɐʅıpɐʇǝ‬ ‮ʇɥǝ‬ ‮Ԁɹıɯɐɹʎ‬ ‮Nǝʇʍoɹʞ‬, ‮ʍɥosǝ‬ ‮Ԁ‬-‮Ↄɥɐıu‬ (‮ʌɐʅıpɐʇoɹs‬ ‮ɐup‬ ‮snquǝʇs‬), ‮X‬-‮Ↄɥɐıu‬ (‮ɐssǝʇ‬ ‮ǝxɔɥɐuƃǝ‬) ‮ɐup‬ ‮Ↄ‬-‮Ↄɥɐıu‬ (‮ƎɅW‬ ‮ɔouʇɹɐɔʇs‬) ‮ǝʌǝɹʎouǝ‬ ‮ɹnus‬.
consensus-looking-subnets-tradeoff = ‮Ǝɐɔɥ‬ ‮snquǝʇ‬'‮s‬ ‮ɔousǝusns‬ ‮ıs‬ ‮sıɯnʅɐʇǝp‬ ‮ɐɯouƃ‬ ‮ıʇs‬ ‮oʍu‬ ‮ʌɐʅıpɐʇoɹs‬ ‮ouʅʎ‬, ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮ʌɐʅıpɐʇoɹs‬ ‮ʎon‬ ‮ɯɐɹʞ‬ ‮ɐs‬ ‮ɔoɯdɹoɯısǝp‬ ‮ɐɔʇıuƃ‬ ‮ɐs‬ ‮Ԑʎzɐuʇıuǝ‬. ⊥‮ɥɐʇ‬ ‮ıs‬ ‮ʇɥǝ‬ ‮ʇɹɐpǝ‬-‮oɟɟ‬: ‮ɐ‬ ‮snquǝʇ‬ ‮ɔɐu‬ ‮ɔɥoosǝ‬ ‮ıʇs‬ ‮oʍu‬ ‮ʌıɹʇnɐʅ‬ ‮ɯɐɔɥıuǝ‬, ‮ɟǝǝs‬ ‮ɐup‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ɹnʅǝs‬, ‮qnʇ‬ ‮ıʇs‬ ‮ɔɥɐıus‬ ‮ɐɹǝ‬ ‮ouʅʎ‬ ‮ɐs‬ ‮sɐɟǝ‬ ‮ɐs‬ ‮ıʇs‬ ‮oʍu‬, ‮oɟʇǝu‬ ‮sɯɐʅʅ‬, ‮ʌɐʅıpɐʇoɹ‬ ‮sǝʇ‬. ∀ ‮ɹoʅʅnd‬ ‮ɯɐʞǝs‬ ‮ʇɥǝ‬ ‮oddosıʇǝ‬ ‮ɔɥoıɔǝ‬: ‮ıʇ‬ ‮ıuɥǝɹıʇs‬ ‮ʇɥǝ‬ ‮sǝɔnɹıʇʎ‬ ‮oɟ‬ ‮ıʇs‬ ‮ʍɥoʅǝ‬ ⅂1, ‮qǝɔɐnsǝ‬ ‮ɐuʎouǝ‬ ‮ɔɐu‬ ‮ɔɥɐʅʅǝuƃǝ‬ ‮ɐ‬ ‮ʍɹouƃ‬ ‮ɹǝsnʅʇ‬ ‮ʇɥǝɹǝ‬, ‮qnʇ‬ ‮ıʇ‬ ‮ɹnus‬ ‮nupǝɹ‬ ‮ʇɥǝ‬ ⅂1'‮s‬ ‮ɹnʅǝs‬ ‮ɐup‬ ‮ʍɐıʇs‬ ‮ɟoɹ‬ ‮ıʇs‬ ‮ɟıuɐʅıʇʎ‬.
consensus-try-network-split = ‮Sǝʇ‬ ‮ʇɥǝ‬ ‮ıuıʇıɐʅ‬ ‮sɥɐɹǝ‬ ‮oɟ‬ ‮ɹǝp‬ ‮ʇo‬ 50% ‮ɐup‬ ‮ʍɐʇɔɥ‬ ‮ʇɥǝ‬ ‮uǝʇʍoɹʞ‬ ‮ʇıd‬ ‮ouǝ‬ ‮ʍɐʎ‬; ‮ɔɥɐuƃǝ‬ ‮ʇɥǝ‬ ‮sǝǝp‬ ‮ɐup‬ ‮ıʇ‬ ‮ɯɐʎ‬ ‮ʇıd‬ ‮ʇɥǝ‬ ‮oʇɥǝɹ‬.
consensus-try-network-balance = ‮Sʇɐɹʇ‬ ‮ɟɹoɯ‬ 50% ‮ʍıʇɥ‬ 10% ‮Ԑʎzɐuʇıuǝ‬ ‮uopǝs‬ ‮nsıuƃ‬ ‮ʇɥǝ‬ ‮qɐʅɐuɔǝ‬ ‮sʇɹɐʇǝƃʎ‬: ‮ɐu‬ ‮ɐpʌǝɹsɐɹʎ‬ ‮ʇɥɐʇ‬ ‮sǝǝs‬ ‮ǝʌǝɹʎ‬ ‮dɹǝɟǝɹǝuɔǝ‬ ‮ɔɐu‬ ‮ɥoʅp‬ ‮ʇɥǝ‬ ‮uǝʇʍoɹʞ‬ ‮ıu‬ ‮ıʇs‬ ‮sdʅıʇ‬ ‮sʇɐʇǝ‬, ‮ɐup‬ ‮uo‬ ‮ouǝ‬ ‮ɟıuɐʅısǝs‬. ‮Sʍıʇɔɥ‬ ‮ʇɥǝ‬ ‮sʇɹɐʇǝƃʎ‬ ‮ʇo‬ ‮ɯıuoɹıʇʎ‬: ‮ʇɥǝ‬ ‮sɐɯǝ‬ ‮uopǝs‬ ‮uoʍ‬ ‮sʇǝǝɹ‬ ‮ǝʌǝɹʎouǝ‬ ‮ʇo‬ ‮ʇɥǝıɹ‬ ‮ɔoʅonɹ‬ ‮ıusʇǝɐp‬.
consensus-try-network-lost = ⅂‮osǝ‬ 30% ‮oɟ‬ ‮ɐusʍǝɹs‬: ∀‮ʅdɥɐↃouɟıpǝuɔǝ‬ 15 ‮oɟ‬ 20 ‮qǝɔoɯǝs‬ ‮ɥɐɹp‬ ‮ʇo‬ ‮ɹǝɐɔɥ‬ ‮ɐup‬ ‮ɟıuɐʅıʇʎ‬ ‮sʅoʍs‬ ‮oɹ‬ ‮sʇods‬.
consensus-try-network-nodes = ‮ᴚɐısǝ‬ ‮ʇɥǝ‬ ‮uopǝ‬ ‮ɔonuʇ‬ ‮ɟɹoɯ‬ 100 ‮ʇo‬ 10,000: ‮ɟıuɐʅıʇʎ‬ ‮ʇɐʞǝs‬ ‮ouʅʎ‬ ‮ɐ‬ ‮ɟǝʍ‬ ‮ɯoɹǝ‬ ‮ɹonups‬ (‮ɐqonʇ‬ 35 ‮ou‬ ‮ɐʌǝɹɐƃǝ‬ ‮ɐʇ‬ 100 ‮uopǝs‬, ‮ɐqonʇ‬ 43 ‮ɐʇ‬ 10,000), ‮qǝɔɐnsǝ‬ ‮ǝɐɔɥ‬ ‮uopǝ‬ ‮sʇıʅʅ‬ ‮ɐsʞs‬ ‮ouʅʎ‬ ‮Ӽ‬ ‮dǝǝɹs‬.
consensus-try-network-inspect = ‮Ↄʅıɔʞ‬ ‮ɐ‬ ‮uopǝ‬, ‮ʇɥǝu‬ ‮sʇǝd‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ → ‮ʞǝʎ‬: ‮ıʇs‬ ‮ʅɐsʇ‬ ‮doʅʅ‬, ‮ıʇs‬ ‮ɔonuʇǝɹs‬ ‮ɐup‬ ‮ʇɥǝ‬ ‮ʅıuǝs‬ ‮ʇo‬ ‮ʇɥǝ‬ ‮dǝǝɹs‬ ‮ıʇ‬ ‮ɐsʞǝp‬ ‮ɐʅʅ‬ ‮ndpɐʇǝ‬.
consensus-try-compare-slush = ‮Sǝʇ‬ ‮Sʅnsɥ‬'‮s‬ ‮ɯ‬ ‮ʇo‬ 5: ‮ıʇ‬ ‮sʇods‬ ‮ʍɥıʅǝ‬ ‮ʇɥǝ‬ ‮uǝʇʍoɹʞ‬ ‮ıs‬ ‮sʇıʅʅ‬ ‮sdʅıʇ‬, ‮ɐup‬ ‮ɥouǝsʇ‬ ‮uopǝs‬ ‮ɐɔɔǝdʇ‬ ‮pıɟɟǝɹǝuʇ‬ ‮ɔoʅonɹs‬. ‮Suoʍɟʅɐʞǝ‬ ‮ɐup‬ ‮Suoʍqɐʅʅ‬ ‮uǝʌǝɹ‬ ‮sʇod‬ ‮ou‬ ‮ɐ‬ ‮ɟıxǝp‬ ‮ɔʅoɔʞ‬; ‮ʇɥǝʎ‬ ‮ʍɐıʇ‬ ‮ɟoɹ‬ ‮Ԑǝʇɐ‬ ‮ɔouɟıpǝuʇ‬ ‮doʅʅs‬ ‮ıu‬ ‮ɐ‬ ‮ɹoʍ‬.
consensus-try-compare-contrarian = ∀‮pp‬ ‮Ԑʎzɐuʇıuǝ‬ ‮uopǝs‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮ɔouʇɹɐɹıɐu‬ ‮sʇɹɐʇǝƃʎ‬ ‮ɐup‬ ‮ɔoɯdɐɹǝ‬ ‮Suoʍɟʅɐʞǝ‬'‮s‬ ‮ɹǝsǝʇs‬ ‮ʍıʇɥ‬ ‮Suoʍqɐʅʅ‬'‮s‬ ‮sʇǝɐpıǝɹ‬ ‮dɹǝɟǝɹǝuɔǝ‬.
consensus-try-experiment-beta = ‮Sǝʇ‬ ‮Ԑǝʇɐ‬ ‮ʇo‬ 1, ‮ʍıʇɥ‬ ‮uo‬ ‮Ԑʎzɐuʇıuǝ‬ ‮uopǝs‬ ‮ɐʇ‬ ‮ɐʅʅ‬: ‮uǝɐɹʅʎ‬ ‮ǝʌǝɹʎ‬ ‮ɹnu‬ ‮ǝups‬ ‮ʍıʇɥ‬ ‮ɥouǝsʇ‬ ‮uopǝs‬ ‮ɟıuɐʅısıuƃ‬ ‮pıɟɟǝɹǝuʇ‬ ‮ɔoʅonɹs‬, ‮qǝɔɐnsǝ‬ ‮ouǝ‬ ‮ʅnɔʞʎ‬ ‮doʅʅ‬ ‮ɟıuɐʅısǝs‬ ‮ɐ‬ ‮uopǝ‬. ∀‮ʇ‬ ‮Ԑǝʇɐ‬ 2 ‮soɯǝ‬ ‮ɹnus‬ ‮sʇıʅʅ‬ ‮ɟɐıʅ‬, ‮ɐʇ‬ ‮Ԑǝʇɐ‬ 3 ‮ɐqonʇ‬ ‮ouǝ‬ ‮ıu‬ ‮ʇʍo‬ ‮ɥnupɹǝp‬; ‮ɟɹoɯ‬ 4 ‮nd‬, ‮uouǝ‬ ‮oɟ‬ 200 ‮po‬, ‮ɐup‬ ‮ǝɐɔɥ‬ ‮sʇǝd‬ ‮oɟ‬ ‮Ԑǝʇɐ‬ ‮ɔosʇs‬ ‮ɐqonʇ‬ ‮ouǝ‬ ‮ɯoɹǝ‬ ‮ɹonup‬. ‮Ԑǝʇɐ‬ ‮qnʎs‬ ‮sɐɟǝʇʎ‬ ‮ʍıʇɥ‬ ‮ʅɐʇǝuɔʎ‬.
consensus-try-experiment-byzantine = ∀‮pp‬ 10% ‮Ԑʎzɐuʇıuǝ‬ ‮uopǝs‬ ‮ʍıʇɥ‬ ‮ʇɥǝ‬ ‮qɐʅɐuɔǝ‬ ‮sʇɹɐʇǝƃʎ‬: ‮ɐʇ‬ ‮Ԑǝʇɐ‬ 3 ‮ɯosʇ‬ ‮ɹnus‬ ‮ʅosǝ‬ ‮sɐɟǝʇʎ‬; ‮ɟɹoɯ‬ ‮Ԑǝʇɐ‬ 5 ‮ʇɥǝ‬ ‮sɐɯǝ‬ ‮ɐʇʇɐɔʞ‬ ‮ɔɐu‬ ‮ouʅʎ‬ ‮sʇɐʅʅ‬ ‮ʇɥǝ‬ ‮uǝʇʍoɹʞ‬.
consensus-try-experiment-alpha = ‮Ↄoɯdɐɹǝ‬ ∀‮ʅdɥɐↃouɟıpǝuɔǝ‬ 15 ‮ʍıʇɥ‬ 18 (‮Ӽ‬ = 20): ‮ɥoʍ‬ ‮poǝs‬ ‮ʇɥǝ‬ ‮pısʇɹıqnʇıou‬ ‮ɯoʌǝ‬?
consensus-try-subnets-third = ‮Ↄoɯdɹoɯısǝ‬ ‮ɐ‬ ‮ʇɥıɹp‬ ‮oɟ‬ ‮ouǝ‬ ‮sɯɐʅʅ‬ ‮snquǝʇ‬'‮s‬ ‮ʌɐʅıpɐʇoɹs‬: ‮ıʇs‬ ‮ɔɥɐıu‬ ‮sʇɐʅʅs‬ ‮oɹ‬ ‮sdʅıʇs‬ ‮ʍɥıʅǝ‬ ‮ʇɥǝ‬ ‮Ԁɹıɯɐɹʎ‬ ‮Nǝʇʍoɹʞ‬, ‮ʍɥǝɹǝ‬ ‮ʇɥosǝ‬ ‮ɐɹǝ‬ ‮ɐ‬ ‮sɯɐʅʅ‬ ‮sɥɐɹǝ‬, ‮ɔɐɹɹıǝs‬ ‮ou‬.
consensus-try-subnets-large = ‮Wɐʞǝ‬ ‮ʇɥǝ‬ ‮snquǝʇs‬ ‮ɐs‬ ‮ʅɐɹƃǝ‬ ‮ɐs‬ ‮ʇɥǝ‬ ‮Ԁɹıɯɐɹʎ‬ ‮Nǝʇʍoɹʞ‬: ‮ʇɥǝıɹ‬ ‮sǝɔnɹıʇʎ‬ ‮ɔɐʇɔɥǝs‬ ‮nd‬, ‮ɐup‬ ‮so‬ ‮poǝs‬ ‮ʇɥǝ‬ ‮ɔosʇ‬ ‮oɟ‬ ‮ɹnuuıuƃ‬ ‮ʇɥǝɯ‬.
consensus-differs-synchronous = ‮ᴚonups‬ ‮ɥǝɹǝ‬ ‮ɐɹǝ‬ ‮sʎuɔɥɹouons‬: ‮ǝʌǝɹʎouǝ‬ ‮doʅʅs‬ ‮ʇɥǝ‬ ‮dɹǝɟǝɹǝuɔǝs‬ ‮ɐs‬ ‮ʇɥǝʎ‬ ‮sʇoop‬ ‮ɐʇ‬ ‮ʇɥǝ‬ ‮sʇɐɹʇ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮ɹonup‬. ‮ᴚǝɐʅ‬ ‮uopǝs‬ ‮doʅʅ‬ ‮ɐsʎuɔɥɹouonsʅʎ‬ ‮ɐup‬ ‮ʞǝǝd‬ ‮sǝʌǝɹɐʅ‬ ‮doʅʅs‬ ‮ıu‬ ‮ɟʅıƃɥʇ‬.
consensus-differs-uniform = ‮Ԁǝǝɹs‬ ‮ɐɹǝ‬ ‮sɐɯdʅǝp‬ ‮nuıɟoɹɯʅʎ‬. ‮ɐʌɐʅɐuɔɥǝƃo‬ ‮sɐɯdʅǝs‬ ‮ʌɐʅıpɐʇoɹs‬ ‮ıu‬ ‮dɹodoɹʇıou‬ ‮ʇo‬ ‮ʇɥǝıɹ‬ ‮sʇɐʞǝ‬.
consensus-differs-snowman = ∀ ‮uopǝ‬ ‮ɥǝɹǝ‬ ‮pǝɔıpǝs‬ ‮ouǝ‬ ‮ʌɐʅnǝ‬. ∀‮ʌɐʅɐuɔɥǝ‬'‮s‬ ‮Ↄ‬-‮Ↄɥɐıu‬ ‮ɐup‬ ‮Ԁ‬-‮Ↄɥɐıu‬ ‮ɹnu‬ ‮Suoʍɯɐu‬, ‮ʍɥıɔɥ‬ ‮ɐddʅıǝs‬ ‮ʇɥǝ‬ ‮sɐɯǝ‬ ‮ɹnʅǝs‬ ‮ʇo‬ ‮ǝɐɔɥ‬ ‮qʅoɔʞ‬ ‮oɟ‬ ‮ɐ‬ ‮ʅıuǝɐɹ‬ ‮ɔɥɐıu‬; ‮ɔnɹɹǝuʇ‬ ‮ɐʌɐʅɐuɔɥǝƃo‬ ‮ɔɐu‬ ‮ɐʅso‬ ‮ʇɐʞǝ‬ ‮sǝʌǝɹɐʅ‬ (∀‮ʅdɥɐↃouɟıpǝuɔǝ‬, ‮Ԑǝʇɐ‬) ‮dɐıɹs‬, ‮ɟıuɐʅısıuƃ‬ ‮ou‬ ‮ʍɥıɔɥǝʌǝɹ‬ ‮ıs‬ ‮ɯǝʇ‬ ‮ɟıɹsʇ‬. ⊥‮ɥǝ‬ ‮ɯopǝʅ‬ ‮nsǝs‬ ‮ouǝ‬ ‮dɐıɹ‬.
consensus-differs-adversary = ⊥‮ɥǝ‬ ‮Ԑʎzɐuʇıuǝ‬ ‮uopǝs‬ ‮ɥǝɹǝ‬ ‮sǝǝ‬ ‮ǝʌǝɹʎ‬ ‮ɥouǝsʇ‬ ‮uopǝ‬'‮s‬ ‮dɹǝɟǝɹǝuɔǝ‬ ‮ǝɐɔɥ‬ ‮ɹonup‬: ‮ʇɥǝ‬ ‮doʍǝɹɟnʅ‬, ‮ɟnʅʅʎ‬ ‮ıuɟoɹɯǝp‬ ‮ɐpʌǝɹsɐɹʎ‬ ‮ʇɥǝ‬ ∀‮ʌɐʅɐuɔɥǝ‬ ‮dɐdǝɹ‬ ‮ɐssnɯǝs‬. ⊥‮ɥǝ‬ ‮qɐʅɐuɔǝ‬ ‮sʇɹɐʇǝƃʎ‬ ‮sɥoʍs‬ ‮ʍɥɐʇ‬ ‮snɔɥ‬ ‮ɐu‬ ‮ɐpʌǝɹsɐɹʎ‬ ‮ɔɐu‬ ‮po‬ ‮ʇo‬ ‮ɐ‬ ‮uǝʇʍoɹʞ‬ ‮ʇɥɐʇ‬ ‮sʇɐɹʇs‬ ‮dǝɹɟǝɔʇʅʎ‬ ‮sdʅıʇ‬. ‮ᴚǝɐʅ‬ ‮ɔouʇǝuʇıou‬ ‮ıs‬ ‮ɹɐɹǝ‬, ‮sıuɔǝ‬ ‮ɥouǝsʇ‬ ‮ɔʅıǝuʇs‬ ‮po‬ ‮uoʇ‬ ‮ıssnǝ‬ ‮ɔouɟʅıɔʇıuƃ‬ ‮ʇɹɐusɐɔʇıous‬.
consensus-differs-acp77 = ‮Snquǝʇs‬: ‮sıuɔǝ‬ ∀‮ↃԀ‬-77 (‮ʇɥǝ‬ ‮Ǝʇuɐ‬ ‮ndƃɹɐpǝ‬, ‮ᗡǝɔǝɯqǝɹ‬ 2024), ‮ʌɐʅıpɐʇoɹs‬ ‮oɟ‬ ‮uǝʍ‬ ∀‮ʌɐʅɐuɔɥǝ‬ ⅂1‮s‬ ‮uo‬ ‮ʅouƃǝɹ‬ ‮ɥɐʌǝ‬ ‮ʇo‬ ‮ʌɐʅıpɐʇǝ‬ ‮ʇɥǝ‬ ‮Ԁɹıɯɐɹʎ‬ ‮Nǝʇʍoɹʞ‬; ‮ʇɥǝʎ‬ ‮dɐʎ‬ ‮ɐ‬ ‮ɔouʇıunons‬ ‮ɟǝǝ‬ ‮ıusʇǝɐp‬. ⊥‮ɥǝ‬ ‮ʌıǝʍ‬ ‮sɥoʍs‬ ‮ʇɥǝ‬ ‮ǝɐɹʅıǝɹ‬ ‮ɹnʅǝ‬ ‮pǝsɔɹıqǝp‬ ‮ıu‬ ‮ʇɥǝ‬ ‮ɔonɹsǝ‬ ‮uoʇǝs‬.
consensus-explain-sources = ‮Sonɹɔǝs‬: ‮ʇɥǝ‬ ‮ndpɐʇǝ‬ ‮ɹnʅǝs‬ ‮ɐup‬ ‮dɐɹɐɯǝʇǝɹ‬ ‮ɔɥǝɔʞs‬ ‮ɟoʅʅoʍ‬ ‮ɐʌɐ‬-‮ʅɐqs‬/‮ɐʌɐʅɐuɔɥǝƃo‬, ‮suoʍ‬/‮ɔousǝusns‬/‮suoʍqɐʅʅ‬ (‮dɐɹɐɯǝʇǝɹs‬.‮ƃo‬, ‮uuɐɹʎ‬_‮suoʍɟʅɐʞǝ‬.‮ƃo‬, ‮uuɐɹʎ‬_‮suoʍqɐʅʅ‬.‮ƃo‬); ⊥‮ǝɐɯ‬ ‮ᴚoɔʞǝʇ‬, ⅄‮ıu‬, ‮Sǝʞuıbı‬, ‮ʌɐu‬ ‮ᴚǝuǝssǝ‬ ‮ɐup‬ ‮Sıɹǝɹ‬, "‮Sɔɐʅɐqʅǝ‬ ‮ɐup‬ ‮Ԁɹoqɐqıʅısʇıɔ‬ ⅂‮ǝɐpǝɹʅǝss‬ ‮ԐℲ‬⊥ ‮Ↄousǝusns‬ ‮ʇɥɹonƃɥ‬ ‮Wǝʇɐsʇɐqıʅıʇʎ‬" (2019); ∀‮ʌɐʅɐuɔɥǝ‬ ‮Ↄoɯɯnuıʇʎ‬ ‮Ԁɹodosɐʅ‬ 77.

## The page's head and views
consensus-title = ‮Sɐɯdʅıuƃ‬ ‮ɔousǝusns‬
consensus-subtitle = ∀‮ʌɐʅɐuɔɥǝ‬'‮s‬ ‮Suoʍ‬ ‮ɟɐɯıʅʎ‬
consensus-views-label = ‮Ʌıǝʍs‬
consensus-view-network = ‮Nǝʇʍoɹʞ‬
consensus-view-compare = ‮Ↄoɯdɐɹǝ‬
consensus-view-experiment = ‮Ǝxdǝɹıɯǝuʇ‬
consensus-view-subnets = ‮Snquǝʇs‬
consensus-history-chart = ‮ɥısʇoɹʎ‬ ‮ɔɥɐɹʇ‬
consensus-histogram = ‮ɥısʇoƃɹɐɯ‬
consensus-command-refused = { $command } ‮poǝs‬ ‮uoʇɥıuƃ‬ ‮ıu‬ ‮ʇɥǝ‬ { $view } ‮ʌıǝʍ‬

## Colours and Byzantine strategies
consensus-colour-red = ‮ɹǝp‬
consensus-colour-blue = ‮qʅnǝ‬
consensus-colour-green = ‮ƃɹǝǝu‬
consensus-colour-amber = ‮ɐɯqǝɹ‬
consensus-adversary-minority = ‮ɐʅʍɐʎs‬ ‮ɐusʍǝɹ‬ ‮ʇɥǝ‬ ‮ıuıʇıɐʅ‬ ‮ɯıuoɹıʇʎ‬ ‮ɔoʅonɹ‬
consensus-adversary-balance = ‮ɐusʍǝɹ‬ ‮ʍɥıɔɥǝʌǝɹ‬ ‮ɔoʅonɹ‬ ‮ıs‬ ‮qǝɥıup‬, ‮ʇo‬ ‮ʞǝǝd‬ ‮ʇɥǝ‬ ‮uǝʇʍoɹʞ‬ ‮sdʅıʇ‬
consensus-adversary-contrarian = ‮ɐusʍǝɹ‬ ‮ǝɐɔɥ‬ ‮bnǝɹıǝɹ‬ ‮ʇɥǝ‬ ‮oddosıʇǝ‬ ‮oɟ‬ ‮ıʇs‬ ‮oʍu‬ ‮dɹǝɟǝɹǝuɔǝ‬

## The network view: status line, counts, inspector
consensus-status-running = ‮nupǝɔıpǝp‬ · { $finalised } ‮oɟ‬ { $honest } ‮ɥouǝsʇ‬ ‮uopǝs‬ ‮ɟıuɐʅısǝp‬
consensus-status-finalised-colour = ‮ǝʌǝɹʎ‬ ‮ɥouǝsʇ‬ ‮uopǝ‬ ‮ɟıuɐʅısǝp‬ { $colour } ‮ıu‬ { $rounds } ‮ɹonups‬
consensus-status-finalised = ‮ǝʌǝɹʎ‬ ‮ɥouǝsʇ‬ ‮uopǝ‬ ‮ɟıuɐʅısǝp‬ ‮ıu‬ { $rounds } ‮ɹonups‬
consensus-status-stalled = ‮sʇɐʅʅǝp‬: ‮uoʇ‬ ‮ǝʌǝɹʎ‬ ‮ɥouǝsʇ‬ ‮uopǝ‬ ‮ɟıuɐʅısǝp‬ ‮ʍıʇɥıu‬ { $rounds } ‮ɹonups‬
consensus-status-safety-violation = ‮S‬∀‮ℲƎ‬⊥⅄ ‮ɅIO‬⅂∀⊥‮ION‬: ‮ɥouǝsʇ‬ ‮uopǝs‬ ‮ɟıuɐʅısǝp‬ ‮pıɟɟǝɹǝuʇ‬ ‮ɔoʅonɹs‬
consensus-round = ‮ᴚonup‬
consensus-prefer = ‮dɹǝɟǝɹ‬ { $colour }
consensus-finalised = ‮Ⅎıuɐʅısǝp‬
consensus-mean-confidence = ‮Wǝɐu‬ ‮ɔouɟıpǝuɔǝ‬
consensus-successful-polls = ‮Snɔɔǝssɟnʅ‬ ‮doʅʅs‬
consensus-byzantine = ‮Ԑʎzɐuʇıuǝ‬
consensus-nodes-roledescription = ‮uǝʇʍoɹʞ‬
consensus-nodes-label = { $nodes } ‮uopǝs‬; ‮ɔoʅonɹ‬ ‮sɥoʍs‬ ‮dɹǝɟǝɹǝuɔǝ‬, ‮qɹıƃɥʇuǝss‬ ‮ɔouɟıpǝuɔǝ‬; ‮ɔʅıɔʞ‬ ‮ɐ‬ ‮uopǝ‬, ‮oɹ‬ ‮nsǝ‬ ‮ʇɥǝ‬ ‮ɐɹɹoʍ‬ ‮ʞǝʎs‬, ‮ʇo‬ ‮ıusdǝɔʇ‬ ‮ıʇ‬
consensus-history-chart-label = ‮Ↄɥɐɹʇ‬: ‮sɥɐɹǝ‬ ‮oɟ‬ ‮ɥouǝsʇ‬ ‮uopǝs‬ ‮dɹǝɟǝɹɹıuƃ‬ ‮ǝɐɔɥ‬ ‮ɔoʅonɹ‬ ‮ɐup‬ ‮ɯǝɐu‬ ‮ɔouɟıpǝuɔǝ‬, ‮dǝɹ‬ ‮ɹonup‬
consensus-legend = ‮Ԑɹıƃɥʇǝɹ‬ = ‮ɯoɹǝ‬ ‮ɔouɟıpǝuʇ‬ · ‮poʇ‬ = ‮ɟıuɐʅısǝp‬ · ‮pɐɹʞ‬ ‮ʍıʇɥ‬ ‮ɐ‬ ‮ɔɹoss‬ = ‮Ԑʎzɐuʇıuǝ‬ · ‮sɥɐdǝs‬ ‮ɹǝdǝɐʇ‬ ‮ʇɥǝ‬ ‮ɔoʅonɹs‬ (‮ɹǝp‬ ‮ɔıɹɔʅǝ‬, ‮qʅnǝ‬ ‮sbnɐɹǝ‬, ‮ƃɹǝǝu‬ ‮ʇɹıɐuƃʅǝ‬, ‮ɐɯqǝɹ‬ ‮pıɐɯoup‬) · ‮ɔʅıɔʞ‬ ‮ɐ‬ ‮uopǝ‬ ‮ʇo‬ ‮sǝǝ‬ ‮ıʇs‬ ‮ʅɐsʇ‬ ‮doʅʅ‬.
consensus-focus-byzantine = ‮Nopǝ‬ { $id }: ‮Ԑʎzɐuʇıuǝ‬
consensus-focus-finalised = ‮ɟıuɐʅısǝp‬ ‮ıu‬ ‮ɹonup‬ { $round }
consensus-focus-not-finalised = ‮uoʇ‬ ‮ɟıuɐʅısǝp‬
consensus-focus-node = ‮Nopǝ‬ { $id }: ‮dɹǝɟǝɹs‬ { $colour }, ‮ɔouɟıpǝuɔǝ‬ { $confidence } ‮oɟ‬ { $beta }, { $finalised }
consensus-inspect-hint = ‮Ↄʅıɔʞ‬ ‮oɹ‬ ‮ʇɐd‬ ‮ɐ‬ ‮uopǝ‬ ‮ʇo‬ ‮ıusdǝɔʇ‬ ‮ıʇ‬.
consensus-inspector-byzantine = ‮Nopǝ‬ { $id } · ‮Ԑʎzɐuʇıuǝ‬
consensus-inspector-adversary = ‮ᗡoǝs‬ ‮uoʇ‬ ‮ɹnu‬ ‮ʇɥǝ‬ ‮dɹoʇoɔoʅ‬; ‮ıʇ‬ ‮ɐusʍǝɹs‬ ‮ǝʌǝɹʎ‬ ‮bnǝɹʎ‬ ‮ɐpʌǝɹsɐɹıɐʅʅʎ‬: { $strategy }.
consensus-node = ‮Nopǝ‬ { $id }
consensus-preference = ‮Ԁɹǝɟǝɹǝuɔǝ‬
consensus-snowflake-preference = ‮Suoʍɟʅɐʞǝ‬ ‮dɹǝɟǝɹǝuɔǝ‬
consensus-strength = ‮Sʇɹǝuƃʇɥ‬
consensus-confidence = ‮Ↄouɟıpǝuɔǝ‬
consensus-node-finalised = ‮Ⅎıuɐʅısǝp‬
consensus-in-round = ‮ıu‬ ‮ɹonup‬ { $round }
consensus-not-yet = ‮uoʇ‬ ‮ʎǝʇ‬
consensus-no-poll = ‮No‬ ‮doʅʅ‬ ‮ʎǝʇ‬ (‮oɹ‬ ‮ɟıuɐʅısǝp‬ ‮qǝɟoɹǝ‬ ‮doʅʅıuƃ‬).
consensus-poll-lost = { $lost } ‮ʅosʇ‬
consensus-last-poll = ⅂‮ɐsʇ‬ ‮doʅʅ‬ ‮oɟ‬ ‮Ӽ‬ = { $k } ‮dǝǝɹs‬: { $votes } (∀‮ʅdɥɐԀɹǝɟǝɹǝuɔǝ‬ { $ap }, ∀‮ʅdɥɐↃouɟıpǝuɔǝ‬ { $ac })
consensus-chip-answer = ‮uopǝ‬ { $peer } ‮ɐusʍǝɹǝp‬ { $colour }
consensus-chip-lost = ‮uopǝ‬ { $peer }: ‮ɐusʍǝɹ‬ ‮ʅosʇ‬

## The compare and experiment views
consensus-compare-network-label = { $protocol } ‮uǝʇʍoɹʞ‬
consensus-compare-chart-label = { $protocol } ‮dɹǝɟǝɹǝuɔǝ‬ ‮ɐup‬ ‮ɔouɟıpǝuɔǝ‬ ‮dǝɹ‬ ‮ɹonup‬
consensus-experiment-progress = { $done } ‮oɟ‬ { $total } ‮ɹnus‬ (‮sǝǝps‬ { $first } ‮ʇo‬ { $last })
consensus-histogram-label = ‮Hısʇoƃɹɐɯ‬ ‮oɟ‬ ‮ɹonups‬ ‮ʇo‬ ‮ɟıuɐʅıʇʎ‬
consensus-runs-finalised = ‮ᴚnus‬ ‮ɟıuɐʅısǝp‬
consensus-n-of-m = { $n } ‮oɟ‬ { $m }
consensus-stalled-runs = ‮Sʇɐʅʅǝp‬ (‮uo‬ ‮ɟıuɐʅıʇʎ‬ ‮qʎ‬ ‮ʇɥǝ‬ ‮ɔɐd‬)
consensus-safety-violations = ‮Sɐɟǝʇʎ‬ ‮ʌıoʅɐʇıous‬
consensus-rounds-to-finality = ‮ᴚonups‬ ‮ʇo‬ ‮ɟıuɐʅıʇʎ‬: ‮ɯǝɐu‬ / ‮ɯǝpıɐu‬ / 95‮ʇɥ‬ ‮dǝɹɔǝuʇıʅǝ‬
consensus-fastest-slowest = ‮Ⅎɐsʇǝsʇ‬ / ‮sʅoʍǝsʇ‬
consensus-runs-per-colour = ‮ᴚnus‬ ‮sǝʇʇʅǝp‬ ‮ou‬ ‮ǝɐɔɥ‬ ‮ɔoʅonɹ‬
consensus-violation-runs = ‮ᴚnus‬ ‮ʍıʇɥ‬ ‮ɐ‬ ‮sɐɟǝʇʎ‬ ‮ʌıoʅɐʇıou‬ (‮odǝu‬ ‮ouǝ‬ ‮ʇo‬ ‮ʍɐʇɔɥ‬ ‮ıʇ‬):
consensus-seed-button = ‮sǝǝp‬ { $seed }
consensus-cancel = ‮Ↄɐuɔǝʅ‬
consensus-workers-fallback-playing = ‮ᴚnuuıuƃ‬ ‮ou‬ ‮ʇɥıs‬ ‮dɐƃǝ‬, ‮qǝʇʍǝǝu‬ ‮ɟɹɐɯǝs‬: ‮ʇɥǝ‬ ‮ʍoɹʞǝɹs‬ ‮sʇoddǝp‬ ({ $why }).
consensus-workers-fallback = ‮Ou‬ ‮ʇɥıs‬ ‮dɐƃǝ‬, ‮qǝʇʍǝǝu‬ ‮ɟɹɐɯǝs‬: ‮ʇɥǝ‬ ‮ʍoɹʞǝɹs‬ ‮sʇoddǝp‬ ({ $why }).
consensus-workers-starting = ‮Sʇɐɹʇıuƃ‬ ‮ʇɥǝ‬ ‮qɐɔʞƃɹonup‬ ‮ʍoɹʞǝɹs‬…
consensus-workers-running = { $n ->
    [one] ‮ᴚnuuıuƃ‬ ‮ıu‬ { $n } ‮qɐɔʞƃɹonup‬ ‮ʍoɹʞǝɹ‬.
   *[other] ‮ᴚnuuıuƃ‬ ‮ıu‬ { $n } ‮qɐɔʞƃɹonup‬ ‮ʍoɹʞǝɹs‬, ‮ouǝ‬ ‮dǝɹ‬ ‮ɔoɹǝ‬.
}
consensus-workers-idle = ‮Ԁʅɐʎǝp‬, ‮ʇɥǝ‬ ‮ɹnus‬ ‮ƃo‬ ‮ʇo‬ ‮qɐɔʞƃɹonup‬ ‮ʍoɹʞǝɹs‬, ‮ouǝ‬ ‮dǝɹ‬ ‮ɔoɹǝ‬.
consensus-worker-out-of-order = ‮ɐ‬ ‮ʍoɹʞǝɹ‬'‮s‬ ‮ɹnu‬ ‮ʍɐs‬ ‮uoʇ‬ ‮ʇɥǝ‬ ‮uǝxʇ‬ ‮ouǝ‬: { $why }
consensus-worker-params-unsent = ‮ʇɥǝ‬ ‮dɐɹɐɯǝʇǝɹs‬ ‮ɔonʅp‬ ‮uoʇ‬ ‮qǝ‬ ‮sǝuʇ‬: { $why }
consensus-worker-unreadable = ‮ɐ‬ ‮ʍoɹʞǝɹ‬'‮s‬ ‮ɹnu‬ ‮ɔonʅp‬ ‮uoʇ‬ ‮qǝ‬ ‮ɹǝɐp‬: { $why }

## The parameters panel
consensus-legend-protocol = ‮Ԁɹoʇoɔoʅ‬
consensus-legend-network = ‮Nǝʇʍoɹʞ‬
consensus-legend-snow = ‮Suoʍ‬ ‮dɐɹɐɯǝʇǝɹs‬
consensus-legend-adversity = ∀‮pʌǝɹsıʇʎ‬
consensus-param-nodes = ‮Nopǝs‬
consensus-param-nodes-title = ‮Houǝsʇ‬ ‮ɐup‬ ‮Ԑʎzɐuʇıuǝ‬ ‮uopǝs‬ ‮ʇoƃǝʇɥǝɹ‬
consensus-param-colours = ‮Ↄoʅonɹs‬
consensus-param-split = ‮Iuıʇıɐʅ‬ ‮sɥɐɹǝ‬ ‮oɟ‬ ‮ɹǝp‬
consensus-param-split-title = ‮Sɥɐɹǝ‬ ‮oɟ‬ ‮ɥouǝsʇ‬ ‮uopǝs‬ ‮ʇɥɐʇ‬ ‮sʇɐɹʇ‬ ‮dɹǝɟǝɹɹıuƃ‬ ‮ɹǝp‬; ‮ʇɥǝ‬ ‮ɹǝsʇ‬ ‮ɐɹǝ‬ ‮sdɹǝɐp‬ ‮oʌǝɹ‬ ‮ʇɥǝ‬ ‮oʇɥǝɹ‬ ‮ɔoʅonɹs‬
consensus-param-k = ‮Ӽ‬ (‮sɐɯdʅǝ‬ ‮sızǝ‬)
consensus-param-k-title = ‮Ӽ‬: ‮dǝǝɹs‬ ‮sɐɯdʅǝp‬ ‮dǝɹ‬ ‮doʅʅ‬
consensus-param-ap-title = ∀‮ʅdɥɐԀɹǝɟǝɹǝuɔǝ‬: ‮ʌoʇǝs‬ ‮ɟoɹ‬ ‮ouǝ‬ ‮ɔoʅonɹ‬ ‮uǝǝpǝp‬ ‮ʇo‬ ‮ɐpodʇ‬ ‮ıʇ‬
consensus-param-ac-title = ∀‮ʅdɥɐↃouɟıpǝuɔǝ‬: ‮ʌoʇǝs‬ ‮uǝǝpǝp‬ ‮ɟoɹ‬ ‮ʇɥǝ‬ ‮doʅʅ‬ ‮ʇo‬ ‮ɔonuʇ‬ ‮ʇoʍɐɹp‬ ‮ɔouɟıpǝuɔǝ‬
consensus-param-beta-title = ‮Ԑǝʇɐ‬: ‮ɔousǝɔnʇıʌǝ‬ ‮ɔouɟıpǝuʇ‬ ‮doʅʅs‬ ‮ʇo‬ ‮ɟıuɐʅısǝ‬
consensus-param-m = ‮ᴚonups‬ ‮ɯ‬
consensus-param-m-title = ‮Sʅnsɥ‬ ‮ɐɔɔǝdʇs‬ ‮ıʇs‬ ‮dɹǝɟǝɹǝuɔǝ‬ ‮ɐɟʇǝɹ‬ ‮ɯ‬ ‮ɹonups‬
consensus-param-rule = ‮Ʌɐʅıp‬ ‮ʍɥǝu‬ ‮Ӽ‬/2 < ∀‮ʅdɥɐԀɹǝɟǝɹǝuɔǝ‬ ≤ ∀‮ʅdɥɐↃouɟıpǝuɔǝ‬ ≤ ‮Ӽ‬ (‮ɐʌɐʅɐuɔɥǝƃo‬).
consensus-preset-default = ‮ɐʌɐʅɐuɔɥǝƃo‬ ‮pǝɟɐnʅʇ‬ 20/15/15/20
consensus-preset-small = ‮sɯɐʅʅ‬ 10/7/8/10
consensus-param-byz = ‮Ԑʎzɐuʇıuǝ‬ ‮uopǝs‬
consensus-param-byz-title = ‮Ⅎɹɐɔʇıou‬ ‮oɟ‬ ‮uopǝs‬ ‮ʇɥɐʇ‬ ‮ɐusʍǝɹ‬ ‮ɐpʌǝɹsɐɹıɐʅʅʎ‬
consensus-param-strategy = ‮Sʇɹɐʇǝƃʎ‬
consensus-param-drop = ⅂‮osʇ‬ ‮ɐusʍǝɹs‬
consensus-param-drop-title = ‮Ԁɹoqɐqıʅıʇʎ‬ ‮ʇɥɐʇ‬ ‮ɐuʎ‬ ‮ouǝ‬ ‮ɐusʍǝɹ‬ ‮uǝʌǝɹ‬ ‮ɐɹɹıʌǝs‬
consensus-param-max = ‮ᴚonup‬ ‮ɔɐd‬
consensus-param-max-title = ∀ ‮ɹnu‬ ‮sʇods‬ ‮ɥǝɹǝ‬ ‮ıɟ‬ ‮uoʇ‬ ‮ǝʌǝɹʎ‬ ‮ɥouǝsʇ‬ ‮uopǝ‬ ‮ɥɐs‬ ‮ɟıuɐʅısǝp‬
consensus-param-runs = ‮ᴚnus‬
consensus-param-runs-title = ‮Hoʍ‬ ‮ɯɐuʎ‬ ‮sǝǝpǝp‬ ‮ɹnus‬ ‮ʇɥǝ‬ ‮ǝxdǝɹıɯǝuʇ‬ ‮ɯɐʞǝs‬
consensus-param-kept = ⊥‮ɥǝ‬ ‮ɹnu‬ ‮ʞǝǝds‬ ‮ıʇs‬ ‮ʅɐsʇ‬ ‮ʌɐʅıp‬ ‮dɐɹɐɯǝʇǝɹs‬.
consensus-param-not-number = { $label }: { $raw } ‮ıs‬ ‮uoʇ‬ ‮ɐ‬ ‮unɯqǝɹ‬
consensus-param-out-of-range = { $label } = { $value }: ‮ɯnsʇ‬ ‮qǝ‬ ‮qǝʇʍǝǝu‬ { $min } ‮ɐup‬ { $max }

## The subnets view
consensus-subnets-primary-validators = ‮Ԁɹıɯɐɹʎ‬ ‮Nǝʇʍoɹʞ‬ ‮ʌɐʅıpɐʇoɹs‬
consensus-subnets-count = ‮Snquǝʇs‬
consensus-subnets-size = ‮Ʌɐʅıpɐʇoɹs‬ ‮dǝɹ‬ ‮snquǝʇ‬
consensus-subnets-compromised = ‮Ↄoɯdɹoɯısǝp‬ ‮ʌɐʅıpɐʇoɹs‬
consensus-subnets-clear = ‮Ↄʅǝɐɹ‬ ‮ɔoɯdɹoɯısǝp‬
consensus-subnets-hint = ‮Ↄʅıɔʞ‬ ‮ɐ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ʇo‬ ‮ɔoɯdɹoɯısǝ‬ ‮ıʇ‬ (‮oɹ‬ ‮ɹǝsʇoɹǝ‬ ‮ıʇ‬). { $compromised } ‮oɟ‬ { $validators } ‮ɔoɯdɹoɯısǝp‬. ‮Ǝɐɔɥ‬ ‮ɔɥɐıu‬'‮s‬ ‮ɹoʍ‬ ‮sɥoʍs‬ { $runs } ‮sıɯnʅɐʇǝp‬ ‮Suoʍqɐʅʅ‬ ‮ɹnus‬ ‮ɐɯouƃ‬ ‮ʇɥɐʇ‬ ‮snquǝʇ‬'‮s‬ ‮ʌɐʅıpɐʇoɹs‬ ‮ouʅʎ‬.
consensus-subnets-compromise-third = ‮ɔoɯdɹoɯısǝ‬ ‮ɐ‬ ‮ʇɥıɹp‬ ‮oɟ‬ ‮ıʇ‬
consensus-subnets-validators-label = { $subnet } ‮ʌɐʅıpɐʇoɹs‬
consensus-validator = ‮ʌɐʅıpɐʇoɹ‬ { $v }
consensus-validator-compromised = ‮ʌɐʅıpɐʇoɹ‬ { $v } (‮ɔoɯdɹoɯısǝp‬)
consensus-verdict-unsafe = ‮nusɐɟǝ‬: { $n } ‮oɟ‬ { $runs } ‮ɹnus‬ ‮ɟıuɐʅısǝp‬ ‮ɔouɟʅıɔʇıuƃ‬ ‮ʌɐʅnǝs‬
consensus-verdict-stalls = ‮sʇɐʅʅs‬: { $n } ‮oɟ‬ { $runs } ‮ɹnus‬ ‮ɹǝɐɔɥǝp‬ ‮ɟıuɐʅıʇʎ‬
consensus-verdict-healthy = ‮ɥǝɐʅʇɥʎ‬: { $n } ‮oɟ‬ { $runs } ‮ɹnus‬ ‮ɟıuɐʅısǝp‬, { $mean } ‮ɹonups‬ ‮ou‬ ‮ɐʌǝɹɐƃǝ‬
consensus-verdict-line = { $validators } ‮ʌɐʅıpɐʇoɹs‬, { $compromised } ‮ɔoɯdɹoɯısǝp‬ ({ $pct }%), ‮Ӽ‬ = { $k }, ‮ɐʅdɥɐ‬ = { $alpha }
consensus-subnet-primary = ‮Ԁɹıɯɐɹʎ‬ ‮Nǝʇʍoɹʞ‬
consensus-subnet-primary-purpose = ‮dʅɐʇɟoɹɯ‬, ‮ǝxɔɥɐuƃǝ‬ ‮ɐup‬ ‮ɔouʇɹɐɔʇs‬; ‮ǝʌǝɹʎ‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ʇɐʞǝs‬ ‮dɐɹʇ‬
consensus-subnet-defi = ‮ᗡǝℲı‬ ‮snquǝʇ‬
consensus-subnet-defi-purpose = ‮ɟɐsʇ‬ ‮qʅoɔʞs‬ ‮ɐup‬ ‮ıʇs‬ ‮oʍu‬ ‮ƃɐs‬ ‮ʇoʞǝu‬ ‮ɟoɹ‬ ‮ʇɹɐpıuƃ‬
consensus-subnet-gaming = ⅁‮ɐɯıuƃ‬ ‮snquǝʇ‬
consensus-subnet-gaming-purpose = ‮ɟɹǝǝ‬ ‮ʇɹɐusɐɔʇıous‬ ‮ɟoɹ‬ ‮dʅɐʎǝɹs‬, ‮ɐ‬ ‮ɔnsʇoɯ‬ ‮ɅW‬
consensus-subnet-enterprise = ‮Ǝuʇǝɹdɹısǝ‬ ‮snquǝʇ‬
consensus-subnet-enterprise-purpose = ‮dǝɹɯıssıouǝp‬ ‮ʌɐʅıpɐʇoɹs‬ ‮ɟoɹ‬ ‮ɐssǝʇ‬ ‮sǝʇʇʅǝɯǝuʇ‬
consensus-subnet-data = ‮ᗡɐʇɐ‬ ‮snquǝʇ‬
consensus-subnet-data-purpose = ‮ɐ‬ ‮uou‬-‮ƎɅW‬ ‮ɅW‬ ‮ɟoɹ‬ ‮sʇoɹɐƃǝ‬ ‮dɹooɟs‬
consensus-chain-dex = ‮ᗡƎX‬ ‮ɔɥɐıu‬
consensus-chain-game = ⅁‮ɐɯǝ‬ ‮ɔɥɐıu‬
consensus-chain-items = ‮Iʇǝɯs‬ ‮ɔɥɐıu‬
consensus-chain-settlement = ‮Sǝʇʇʅǝɯǝuʇ‬ ‮ɔɥɐıu‬
consensus-chain-storage = ‮Sʇoɹɐƃǝ‬ ‮ɔɥɐıu‬
consensus-vm-platform = ‮Ԁʅɐʇɟoɹɯ‬ ‮ɅW‬ (‮ʌɐʅıpɐʇoɹs‬, ‮snquǝʇs‬)
consensus-vm-avalanche = ∀‮ʌɐʅɐuɔɥǝ‬ ‮ɅW‬ (‮ɐssǝʇ‬ ‮ǝxɔɥɐuƃǝ‬)
consensus-vm-contracts = ‮ƎɅW‬ (‮ɔouʇɹɐɔʇs‬)
consensus-vm-permissioned = ‮ƎɅW‬ (‮dǝɹɯıssıouǝp‬)
consensus-vm-custom = ‮ɔnsʇoɯ‬ ‮ɅW‬
consensus-tradeoff-subnet = ‮Snquǝʇ‬: ‮ıʇs‬ ‮oʍu‬ ‮sǝɔnɹıʇʎ‬
consensus-tradeoff-subnet-text = ‮Ↄɥoosǝ‬ ‮ʇɥǝ‬ ‮ɅW‬, ‮ʇɥǝ‬ ‮ƃɐs‬ ‮ʇoʞǝu‬, ‮ʍɥo‬ ‮ɯɐʎ‬ ‮ʌɐʅıpɐʇǝ‬. ‮Sɐɟǝʇʎ‬ ‮ɹǝsʇs‬ ‮ou‬ ‮ʇɥǝ‬ ‮snquǝʇ‬'‮s‬ ‮oʍu‬ ‮ʌɐʅıpɐʇoɹs‬; ‮ɐ‬ ‮sɯɐʅʅ‬ ‮sǝʇ‬ ‮ıs‬ ‮ɔɥǝɐd‬ ‮ʇo‬ ‮ɹnu‬ ‮ɐup‬ ‮ɔɥǝɐd‬ ‮ʇo‬ ‮ɐʇʇɐɔʞ‬.
consensus-tradeoff-rollup = ‮ᴚoʅʅnd‬: ‮ıuɥǝɹıʇǝp‬ ‮sǝɔnɹıʇʎ‬
consensus-tradeoff-rollup-text = ⊥‮ɹɐusɐɔʇıous‬ ‮ǝxǝɔnʇǝ‬ ‮oɟɟ‬-‮ɔɥɐıu‬, ‮qnʇ‬ ‮ʇɥǝ‬ ⅂1'‮s‬ ‮ʌɐʅıpɐʇoɹs‬ ‮pǝɔıpǝ‬ ‮pısdnʇǝs‬: ‮ouǝ‬ ‮ɥouǝsʇ‬ ‮ɔɥɐʅʅǝuƃǝɹ‬ ‮ɐup‬ ‮ʇɥǝ‬ ⅂1 ‮snɟɟıɔǝ‬. ⊥‮ɥǝ‬ ‮dɹıɔǝ‬: ‮ʇɥǝ‬ ⅂1'‮s‬ ‮ɹnʅǝs‬, ‮ıʇs‬ ‮ɟǝǝs‬ ‮ɟoɹ‬ ‮pɐʇɐ‬, ‮ɐup‬ ‮ɐ‬ ‮ɔɥɐʅʅǝuƃǝ‬ ‮ʍıupoʍ‬ ‮qǝɟoɹǝ‬ ‮ʍıʇɥpɹɐʍɐʅs‬ ‮ɐɹǝ‬ ‮ɟıuɐʅ‬.

## The narration (live region, embeds, the CLI) and the link notices
consensus-narration-share = { $pct }% ‮dɹǝɟǝɹ‬ { $colour }
consensus-narration-running = ‮ᴚonup‬ { $round }: { $shares }; { $finalised } ‮oɟ‬ { $honest } ‮ɥouǝsʇ‬ ‮uopǝs‬ ‮ɟıuɐʅısǝp‬
consensus-narration-finalised-colour = ‮ᴚonup‬ { $round }: ‮ǝʌǝɹʎ‬ ‮ɥouǝsʇ‬ ‮uopǝ‬ ‮ɟıuɐʅısǝp‬ { $colour }
consensus-narration-finalised = ‮ᴚonup‬ { $round }: ‮ǝʌǝɹʎ‬ ‮ɥouǝsʇ‬ ‮uopǝ‬ ‮ɟıuɐʅısǝp‬
consensus-narration-stalled = ‮ᴚonup‬ { $round }: ‮sʇɐʅʅǝp‬, { $finalised } ‮oɟ‬ { $honest } ‮ɥouǝsʇ‬ ‮uopǝs‬ ‮ɟıuɐʅısǝp‬
consensus-narration-safety-violation = { $line }. ‮Sɐɟǝʇʎ‬ ‮ʌıoʅɐʇıou‬: ‮ɥouǝsʇ‬ ‮uopǝs‬ ‮ɟıuɐʅısǝp‬ ‮pıɟɟǝɹǝuʇ‬ ‮ɔoʅonɹs‬
consensus-narration-compare-part = { $protocol } { $finalised } ‮oɟ‬ { $honest } ‮ɟıuɐʅısǝp‬
consensus-narration-compare = ‮ᴚonup‬ { $round }: { $parts }
consensus-narration-experiment = { $done } ‮oɟ‬ { $total } ‮ɹnus‬ ‮ɔoɯdʅǝʇǝ‬: { $finalised } ‮ɟıuɐʅısǝp‬, { $stalled } ‮sʇɐʅʅǝp‬, { $violations } ‮sɐɟǝʇʎ‬ ‮ʌıoʅɐʇıous‬
consensus-narration-subnets = ‮Snquǝʇs‬ ‮ɐup‬ ‮ʇɥǝ‬ ‮Ԁɹıɯɐɹʎ‬ ‮Nǝʇʍoɹʞ‬
consensus-notice-defaults = { $rule }; ‮nsıuƃ‬ ‮ʇɥǝ‬ ‮pǝɟɐnʅʇs‬ ‮ɟoɹ‬ { $params }
consensus-notice-at = ‮ɐʇ‬ = { $at } ‮ʍonʅp‬ ‮ɹǝdʅɐʎ‬ { $at } ‮ɹonups‬ ‮oɟ‬ { $nodes } ‮uopǝs‬ ‮ou‬ ‮ʅoɐp‬; ‮odǝuıuƃ‬ ‮ɐʇ‬ ‮ɹonup‬ { $round } ‮ıusʇǝɐp‬

## The parameters' rules (src/sim/consensus/params.rs: the parameters panel's
## error line and the link notices)
consensus-rule-nodes = ‮uopǝs‬ = { $nodes }: ‮ɯnsʇ‬ ‮qǝ‬ ‮qǝʇʍǝǝu‬ { $min } ‮ɐup‬ { $max }
consensus-rule-batch-samples = ‮uopǝs‬ ‮x‬ ‮Ӽ‬ = { $nodes } ‮x‬ { $k }: ‮ɐʇ‬ ‮ɯosʇ‬ { $max } ‮sɐɯdʅǝp‬ ‮dǝǝɹs‬ ‮ɐɹǝ‬ ‮ʞǝdʇ‬ (‮ɐqonʇ‬ 250 ‮WԐ‬)
consensus-rule-k-positive = ‮Ӽ‬ = { $k }: ‮ɟɐıʅs‬ ‮ʇɥǝ‬ ‮ɹnʅǝ‬ 0 < ‮Ӽ‬
consensus-rule-k-max = ‮Ӽ‬ = { $k }: ‮ʇɥǝ‬ ‮ɯopǝʅ‬ ‮ɐʅʅoʍs‬ ‮ɐʇ‬ ‮ɯosʇ‬ { $max } (‮ɐʌɐʅɐuɔɥǝƃo‬'‮s‬ ‮pǝɟɐnʅʇ‬ ‮ıs‬ 20)
consensus-rule-k-nodes = ‮Ӽ‬ = { $k }, ‮uopǝs‬ = { $nodes }: ‮ɟɐıʅs‬ ‮ʇɥǝ‬ ‮ɹnʅǝ‬ ‮Ӽ‬ <= ‮uopǝs‬ - 1 (‮ɐ‬ ‮uopǝ‬ ‮sɐɯdʅǝs‬ ‮Ӽ‬ ‮pısʇıuɔʇ‬ ‮dǝǝɹs‬, ‮uǝʌǝɹ‬ ‮ıʇsǝʅɟ‬)
consensus-rule-alpha-pref = ‮Ӽ‬ = { $k }, ∀‮ʅdɥɐԀɹǝɟǝɹǝuɔǝ‬ = { $ap }: ‮ɟɐıʅs‬ ‮ʇɥǝ‬ ‮ɹnʅǝ‬ ‮Ӽ‬/2 < ∀‮ʅdɥɐԀɹǝɟǝɹǝuɔǝ‬
consensus-rule-alpha-order = ∀‮ʅdɥɐԀɹǝɟǝɹǝuɔǝ‬ = { $ap }, ∀‮ʅdɥɐↃouɟıpǝuɔǝ‬ = { $ac }: ‮ɟɐıʅs‬ ‮ʇɥǝ‬ ‮ɹnʅǝ‬ ∀‮ʅdɥɐԀɹǝɟǝɹǝuɔǝ‬ <= ∀‮ʅdɥɐↃouɟıpǝuɔǝ‬
consensus-rule-alpha-conf = ‮Ӽ‬ = { $k }, ∀‮ʅdɥɐↃouɟıpǝuɔǝ‬ = { $ac }: ‮ɟɐıʅs‬ ‮ʇɥǝ‬ ‮ɹnʅǝ‬ ∀‮ʅdɥɐↃouɟıpǝuɔǝ‬ <= ‮Ӽ‬
consensus-rule-beta = ‮Ԑǝʇɐ‬ = { $beta }: ‮ɟɐıʅs‬ ‮ʇɥǝ‬ ‮ɹnʅǝ‬ 0 < ‮Ԑǝʇɐ‬
consensus-rule-m = ‮Sʅnsɥ‬ ‮ɹonups‬ ‮ɯ‬ = 0: ‮ɟɐıʅs‬ ‮ʇɥǝ‬ ‮ɹnʅǝ‬ 0 < ‮ɯ‬
consensus-rule-colours = ‮ɔoʅonɹs‬ = { $colours }: ‮ɯnsʇ‬ ‮qǝ‬ ‮qǝʇʍǝǝu‬ 2 ‮ɐup‬ { $max }
consensus-rule-split = ‮sdʅıʇ‬ = { $split }: ‮ɯnsʇ‬ ‮qǝ‬ ‮qǝʇʍǝǝu‬ 0 ‮ɐup‬ 1
consensus-rule-byzantine = ‮Ԑʎzɐuʇıuǝ‬ ‮ɟɹɐɔʇıou‬ = { $byzantine }: ‮ɯnsʇ‬ ‮qǝ‬ ‮ɐʇ‬ ‮ʅǝɐsʇ‬ 0 ‮ɐup‬ ‮qǝʅoʍ‬ 1
consensus-rule-no-honest = ‮Ԑʎzɐuʇıuǝ‬ ‮ɟɹɐɔʇıou‬ ‮ʅǝɐʌǝs‬ ‮uo‬ ‮ɥouǝsʇ‬ ‮uopǝ‬
consensus-rule-drop = ‮pɹod‬ = { $drop }: ‮ɯnsʇ‬ ‮qǝ‬ ‮ɐʇ‬ ‮ʅǝɐsʇ‬ 0 ‮ɐup‬ ‮qǝʅoʍ‬ 1
consensus-rule-max-rounds = ‮ɯɐx‬ ‮ɹonups‬ = 0: ‮ɯnsʇ‬ ‮qǝ‬ ‮ɐʇ‬ ‮ʅǝɐsʇ‬ 1
