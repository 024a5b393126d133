# Chain Lab: the home page.

home-lede = ‮Hoʍ‬ ‮qʅoɔʞɔɥɐıu‬ ‮ıuɟɹɐsʇɹnɔʇnɹǝ‬ ‮ɹǝɐʅʅʎ‬ ‮ʍoɹʞs‬, ‮ɐs‬ ‮ʅıʌǝ‬ ‮sıɯnʅɐʇıous‬ ‮ʎon‬ ‮ɔɐu‬ ‮dʅɐʎ‬, ‮dɐnsǝ‬, ‮sʇǝd‬ ‮ɐup‬ ‮ɹǝdʅɐʎ‬. ‮Ǝʌǝɹʎ‬ ‮ɹnu‬ ‮ıs‬ ‮sǝǝpǝp‬: ‮ʇɥǝ‬ ‮sɐɯǝ‬ ‮ʅıuʞ‬ ‮ƃıʌǝs‬ ‮ʇɥǝ‬ ‮sɐɯǝ‬ ‮ɹnu‬ ‮ou‬ ‮ǝʌǝɹʎ‬ ‮ɯɐɔɥıuǝ‬.
sim-consensus-title = ‮Sɐɯdʅıuƃ‬ ‮ɔousǝusns‬
sim-consensus-line = ∀‮ʌɐʅɐuɔɥǝ‬'‮s‬ ‮Sʅnsɥ‬, ‮Suoʍɟʅɐʞǝ‬ ‮ɐup‬ ‮Suoʍqɐʅʅ‬: ‮uopǝs‬ ‮doʅʅ‬ ‮ɐ‬ ‮ɟǝʍ‬ ‮ɹɐupoɯ‬ ‮dǝǝɹs‬ ‮nuʇıʅ‬ ‮ʇɥǝ‬ ‮ʍɥoʅǝ‬ ‮uǝʇʍoɹʞ‬ ‮ɐƃɹǝǝs‬, ‮ɐup‬ ‮ʍɥɐʇ‬ ‮ɐ‬ ‮ɟǝʍ‬ ‮ʅıɐɹs‬ ‮ɐɯouƃ‬ ‮ʇɥǝɯ‬ ‮ɔɐu‬ ‮po‬.
sim-rollup-title = ‮Odʇıɯısʇıɔ‬ ‮ɹoʅʅnd‬
sim-rollup-line = ∀‮ɹqıʇɹnɯ‬-‮sʇʎʅǝ‬ ‮qɐʇɔɥǝs‬, ‮Ԑɹoʇʅı‬-‮ɔoɯdɹǝssǝp‬ ‮ɐup‬ ‮dosʇǝp‬ ‮ʇo‬ ‮Ǝʇɥǝɹǝnɯ‬, ‮ɐ‬ 6.4-‮pɐʎ‬ ‮ɔɥɐʅʅǝuƃǝ‬ ‮ʍıupoʍ‬, ‮ɐup‬ ‮ɐ‬ ‮ɟɹɐnp‬ ‮dɹooɟ‬ ‮uɐɹɹoʍǝp‬ ‮poʍu‬ ‮ʇo‬ ‮ʇɥǝ‬ ‮ouǝ‬ ‮sʇǝd‬ ⅂1 ‮ǝxǝɔnʇǝs‬. ‮Iuɾǝɔʇ‬ ‮ɐ‬ ‮ʍɹouƃ‬ ‮sʇɐʇǝ‬ ‮ɹooʇ‬ ‮ɐup‬ ‮sǝǝ‬ ‮ıʇ‬ ‮ɔɐnƃɥʇ‬, ‮oɹ‬ ‮qǝɔoɯǝ‬ ‮ɟıuɐʅ‬ ‮ʍɥǝu‬ ‮uo‬ ‮ʌɐʅıpɐʇoɹ‬ ‮ʍɐʇɔɥǝs‬.
sim-swap-title = ∀‮ʇoɯıɔ‬ ‮sʍɐd‬
sim-swap-line = ⊥‮ʍo‬ ‮ɔɥɐıus‬, ‮ʇʍo‬ ‮ɥɐsɥ‬ ‮ʇıɯǝ‬-‮ʅoɔʞǝp‬ ‮ɔouʇɹɐɔʇs‬ ‮ɐup‬ ‮ouǝ‬ ‮sǝɔɹǝʇ‬: ‮ʍɥǝu‬ ‮qoʇɥ‬ ‮ɟoʅʅoʍ‬ ‮ʇɥǝ‬ ‮dɹoʇoɔoʅ‬, ‮qoʇɥ‬ ‮ʅǝƃs‬ ‮sǝʇʇʅǝ‬ ‮oɹ‬ ‮uǝıʇɥǝɹ‬ ‮poǝs‬. ‮Sǝʌǝu‬ ‮sɔǝuɐɹıos‬ ‮sɥoʍ‬ ‮ʍɥɐʇ‬ ‮ɥɐddǝus‬ ‮ʍɥǝu‬ ‮soɯǝouǝ‬ ‮sʇods‬, ‮ɔɥǝɐʇs‬ ‮oɹ‬ ‮ıs‬ ‮sʅoʍ‬.
sim-stablecoin-title = ‮Sʇɐqʅǝɔoıu‬ ‮pǝɐʇɥ‬ ‮sdıɹɐʅ‬
sim-stablecoin-line = ⊥‮ǝɹɹɐ‬'‮s‬ ‮ɯɐɹʞǝʇ‬ ‮ɯopnʅǝ‬ ‮ɯıuʇs‬ ‮ɐup‬ ‮qnɹus‬ ‮ʇo‬ ‮ɥoʅp‬ ‮ɐ‬ ‮dǝƃ‬, ‮nuʇıʅ‬ ‮ɐ‬ ‮ɹnu‬ ‮ʇnɹus‬ ‮ıʇ‬ ‮ıuʇo‬ ‮ɐ‬ ‮pǝɐʇɥ‬ ‮sdıɹɐʅ‬: ‮ʇɥǝ‬ ‮ɟǝǝpqɐɔʞ‬ ‮ʅood‬ ‮ʅıʌǝ‬, ‮qǝsıpǝ‬ ‮ʇɥǝ‬ ‮ɹǝɐʅ‬ ‮ɥısʇoɹʎ‬ ‮oɟ‬ ‮Wɐʎ‬ 2022.
sim-validators-title = ‮Ԁɹooɟ‬-‮oɟ‬-‮sʇɐʞǝ‬ ‮ʌɐʅıpɐʇoɹs‬
sim-validators-line = ‮Sʇɐʞǝ‬, ‮ɹǝʍɐɹps‬, ‮sʅɐsɥıuƃ‬ ‮ɐup‬ ‮ɔouɔǝuʇɹɐʇıou‬, ‮ɐup‬ ‮ʇɥǝ‬ ‮ɔɐsɔɐpǝ‬ ‮ʍɥǝu‬ ‮ʇɥǝ‬ ‮sʇɐʞǝp‬ ‮ʇoʞǝu‬ ‮ɔoʅʅɐdsǝs‬.
