# Chain Lab: the shell, the classroom tools and the notices every page shares.
# English is the source catalog (docs/translating.md). Keys are grouped by where
# they are shown; `{ $x }` is an argument the code passes (numbers are formatted
# by the language's rules).

## The header, the navigation and the language menu
brand = ‮Ↄɥɐıu‬ ⅂‮ɐq‬
nav-label = ‮Sıɯnʅɐʇıous‬
sim-consensus-nav = ‮Sɐɯdʅıuƃ‬ ‮ɔousǝusns‬
sim-rollup-nav = ‮Odʇıɯısʇıɔ‬ ‮ɹoʅʅnd‬
sim-swap-nav = ∀‮ʇoɯıɔ‬ ‮sʍɐd‬
sim-stablecoin-nav = ‮Sʇɐqʅǝɔoıu‬
sim-validators-nav = ‮Ʌɐʅıpɐʇoɹs‬
lang-menu-label = ⅂‮ɐuƃnɐƃǝ‬
lang-problem = ‮Soɯǝ‬ ‮oɟ‬ ‮ʇɥıs‬ ‮dɐƃǝ‬ ‮ɔonʅp‬ ‮uoʇ‬ ‮qǝ‬ ‮sɥoʍu‬ ‮ıu‬ ‮ʎonɹ‬ ‮ʅɐuƃnɐƃǝ‬ ({ $why }); ‮ıʇ‬ ‮ıs‬ ‮sɥoʍu‬ ‮ıu‬ ‮Ǝuƃʅısɥ‬.

## Loading and missing pages
app-opening-playlist = ‮Odǝuıuƃ‬ ‮ʇɥǝ‬ ‮dʅɐʎʅısʇ‬…
app-loading-page = ⅂‮oɐpıuƃ‬ ‮ʇɥǝ‬ ‮dɐƃǝ‬…
not-found-title = ‮No‬ ‮snɔɥ‬ ‮sıɯnʅɐʇıou‬ ‮ʎǝʇ‬
not-found-text = ⊥‮ɥǝɹǝ‬ ‮ıs‬ ‮uo‬ ‮dɐƃǝ‬ ‮ɐʇ‬ { $path }.
not-found-link = ‮Sǝǝ‬ ‮ʇɥǝ‬ ‮sıɯnʅɐʇıous‬ ‮Ↄɥɐıu‬ ⅂‮ɐq‬ ‮ɥɐs‬
module-error-text = ‮Ǝɐɔɥ‬ ‮sıɯnʅɐʇıou‬ ‮ɔoɯǝs‬ ‮ɐs‬ ‮ɐ‬ ‮ɟıʅǝ‬ ‮oɟ‬ ‮ıʇs‬ ‮oʍu‬ ({ $file }), ‮ɟǝʇɔɥǝp‬ ‮ʇɥǝ‬ ‮ɟıɹsʇ‬ ‮ʇıɯǝ‬ ‮ıʇs‬ ‮dɐƃǝ‬ ‮odǝus‬, ‮ɐup‬ ‮ʇɥıs‬ ‮ouǝ‬ ‮ɔonʅp‬ ‮uoʇ‬ ‮qǝ‬ ‮ʅoɐpǝp‬.
offline-hint = ‮Oɟɟʅıuǝ‬? ⊥‮ɥǝ‬ ‮ɐdd‬ ‮ʞǝǝds‬ ‮ǝɐɔɥ‬ ‮dɐƃǝ‬ ‮ıʇ‬ ‮ɥɐs‬ ‮odǝuǝp‬; ‮ʇɥıs‬ ‮ouǝ‬ ‮ɥɐs‬ ‮uoʇ‬ ‮qǝǝu‬ ‮odǝuǝp‬ ‮ouʅıuǝ‬ ‮ıu‬ ‮ʇɥıs‬ ‮qɹoʍsǝɹ‬ ‮ʎǝʇ‬. ‮Ↄouuǝɔʇ‬ ‮ɐup‬ ‮ʇɹʎ‬ ‮ɐƃɐıu‬.
try-again = ⊥‮ɹʎ‬ ‮ɐƃɐıu‬
other-simulations = ‮Oʇɥǝɹ‬ ‮sıɯnʅɐʇıous‬

## The keyboard help
help-button-title = ‮Ӽǝʎqoɐɹp‬ ‮sɥoɹʇɔnʇs‬ (?)
help-title = ‮Ӽǝʎqoɐɹp‬
help-key-space = ‮Sdɐɔǝ‬
help-do-space = ‮dʅɐʎ‬ ‮oɹ‬ ‮dɐnsǝ‬
help-key-next = → ‮oɹ‬ ‮Ԁɐƃǝ‬ ‮ᗡoʍu‬
help-do-next = ‮sʇǝd‬ ‮ouǝ‬ ‮ɹonup‬ (‮ʍɥɐʇ‬ ‮dɹǝsǝuʇǝɹ‬ ‮ɔʅıɔʞǝɹs‬ ‮sǝup‬)
help-key-back = ← ‮oɹ‬ ‮Ԁɐƃǝ‬ ∩‮d‬
help-do-back = ‮qɐɔʞ‬ ‮ouǝ‬ ‮ɹonup‬ (‮ɹǝdʅɐʎs‬ ‮ʇɥǝ‬ ‮ɹnu‬ ‮ɟɹoɯ‬ ‮ıʇs‬ ‮sǝǝp‬)
help-key-reset = ‮ᴚ‬
help-do-reset = ‮ɹǝsǝʇ‬ ‮ʇɥǝ‬ ‮ɹnu‬ ‮ʇo‬ ‮ɹonup‬ 0
help-key-views = 1 – 4
help-do-views = ‮ɔousǝusns‬ ‮dɐƃǝ‬: ‮sʍıʇɔɥ‬ ‮ʌıǝʍ‬ (‮uǝʇʍoɹʞ‬, ‮ɔoɯdɐɹǝ‬, ‮ǝxdǝɹıɯǝuʇ‬, ‮snquǝʇs‬)
help-key-help = ?
help-do-help = ‮odǝu‬ ‮ʇɥıs‬ ‮ɥǝʅd‬
help-key-close = ‮Ǝsɔ‬
help-do-close = ‮ɔʅosǝ‬ ‮ʇɥıs‬ ‮ɥǝʅd‬
help-key-tab = ⊥‮ɐq‬
help-do-tab = ‮ɯoʌǝ‬ ‮qǝʇʍǝǝu‬ ‮ɔouʇɹoʅs‬; ‮Ǝuʇǝɹ‬ ‮oɹ‬ ‮Sdɐɔǝ‬ ‮ɐɔʇıʌɐʇǝs‬
help-clicker = ∀ ‮dɹǝsǝuʇǝɹ‬ ‮ɔʅıɔʞǝɹ‬'‮s‬ ‮ɟoɹʍɐɹp‬ ‮ɐup‬ ‮qɐɔʞ‬ ‮qnʇʇous‬ ‮sǝup‬ ‮Ԁɐƃǝ‬ ‮ᗡoʍu‬ ‮ɐup‬ ‮Ԁɐƃǝ‬ ∩‮d‬: ‮ʇɥǝʎ‬ ‮sʇǝd‬ ‮ʇɥǝ‬ ‮sıɯnʅɐʇıou‬, ‮oɹ‬, ‮ıu‬ ‮dɹǝsǝuʇǝɹ‬ ‮ɯopǝ‬ ‮ʍıʇɥ‬ ‮ɐ‬ ‮dʅɐʎʅısʇ‬, ‮ɯoʌǝ‬ ‮ʇo‬ ‮ʇɥǝ‬ ‮uǝxʇ‬ ‮oɹ‬ ‮dɹǝʌıons‬ ‮ɔnǝ‬ (‮ʇɥǝ‬ ‮ɐɹɹoʍ‬ ‮ʞǝʎs‬ ‮sʇıʅʅ‬ ‮sʇǝd‬).
close = ‮Ↄʅosǝ‬

## Each page's explanation panel
explain-label = ‮Ǝxdʅɐuɐʇıou‬
