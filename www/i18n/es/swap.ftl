# Chain Lab: la página del intercambio atómico (src/ui/swap.rs, src/ui/swap/*.rs),
# sus escenarios y resultados (src/sim/swap/scenario.rs), la narración y los avisos.

## La página
swap-title = Intercambio atómico
swap-subtitle = dos cadenas, dos contratos con bloqueo por hash y por tiempo, un secreto
swap-scenarios-label = Escenarios
swap-scenario-modified = Partiste de «{ $scenario }», con ajustes cambiados en el panel: el resultado es lo que el modelo haga con ellos. Pulsa el botón del escenario para restaurarlo.
swap-expected-outcome = Resultado esperado:
swap-status = { $outcome } · { $blocks } bloques minados · ahora { $time }
swap-timeline-label = Ambas cadenas en un mismo eje de tiempo con las transacciones del intercambio, los bloqueos temporales y el momento actual
swap-diagram-a-title = Contrato de Alice en la cadena A: paga a Bob a cambio del secreto
swap-diagram-b-title = Contrato de Bob en la cadena B: paga a Alice a cambio del secreto
swap-from-height = desde la altura { $height }
swap-from-time = desde el instante { $time }
swap-refund-to-alice = { $from }, a Alice
swap-refund-to-bob = { $from }, a Bob
swap-redeem-before = antes de { $time }
swap-secret-label = Secreto ({ $bytes } bytes, solo de Alice hasta que ella canjea):
swap-digest-label = Resumen SHA-256 en ambos contratos:
swap-secret-public = El secreto es público: se ha difundido una transacción de canje que lo lleva.
swap-secret-private = El secreto sigue siendo privado.
swap-balances-label = Saldos de ambas partes en ambas cadenas a lo largo del tiempo
swap-balance-chart = gráfico de saldos
swap-what-happened = Qué ha pasado

## Escenarios y resultados
swap-scenario-happy-path = Camino feliz
swap-scenario-participant-never-locks = Bob nunca bloquea
swap-scenario-initiator-never-redeems = Alice nunca canjea
swap-scenario-misordered-timelocks = Bloqueos temporales mal ordenados
swap-scenario-participant-offline = Bob se desconecta
swap-scenario-wrong-secret-length = Secreto de 33 bytes
swap-scenario-congestion = Cadena A congestionada
swap-scenario-happy-path-desc = Alice bloquea 1 BTC en la cadena A durante 48 h; una vez confirmado, Bob bloquea 15 ETH en la cadena B durante 24 h con el mismo resumen. Alice canjea en B, lo que publica el secreto en la cadena; Bob lo copia y canjea en A mucho antes de que venza el bloqueo temporal de Alice.
swap-scenario-participant-never-locks-desc = Alice bloquea, pero Bob nunca bloquea su parte. Alice no ha revelado nada, así que simplemente espera a que venza su bloqueo temporal de 48 h y recupera sus monedas.
swap-scenario-initiator-never-redeems-desc = Ambos bloquean, pero Alice nunca canjea, así que el secreto nunca aparece. Bob recupera sus monedas al vencer su bloqueo temporal de 24 h, y Alice al vencer el suyo de 48 h.
swap-scenario-misordered-timelocks-desc = El bloqueo temporal de Bob (48 h) es más largo que el de Alice (24 h). Alice recupera sus propias monedas en cuanto vence su bloqueo temporal y después canjea las de Bob a las 36 h: el secreto llega a Bob cuando el contrato de Alice ya está vacío.
swap-scenario-participant-offline-desc = Bob bloquea y luego se desconecta de las 2 h a las 60 h. A las 6 h Alice canjea sus monedas y publica el secreto, pero Bob no está mirando; a las 48 h vence el bloqueo temporal de Alice y ella recupera también sus propias monedas.
swap-scenario-wrong-secret-length-desc = El secreto de Alice tiene 33 bytes y el contrato de Bob no comprueba la longitud. Alice canjea en B, pero el script de A exige OP_SIZE 32, así que el secreto que copia Bob nunca puede canjear; Alice recupera sus monedas a las 48 h. Con la comprobación en ambas cadenas, ninguno puede canjear y ambos recuperan sus monedas.
swap-scenario-congestion-desc = Bob reacciona dos horas después de que aparezca el secreto. Para entonces los bloques de la cadena A están llenos de transacciones que pagan más (desde las 3 h), así que su canje con la comisión normal espera en el mempool, y él nunca sube la comisión. Cuando vence el bloqueo temporal de Alice, su reembolso puja más alto (replace-by-fee) y se mina.
swap-outcome-pending = En curso: aún queda un contrato abierto
swap-outcome-nothing-locked = Sin intercambio: Bob nunca bloqueó y las monedas de Alice han vuelto a ella
swap-outcome-swapped = Intercambiado: cada parte canjeó las monedas de la otra
swap-outcome-both-refunded = Ambos reembolsados: no hay intercambio y cada parte ha recuperado sus monedas
swap-outcome-initiator-lost = Alice perdió: Bob tiene ambas partes
swap-outcome-participant-lost = Bob perdió: Alice tiene ambas partes

## Narración (la región en vivo) y avisos de la URL
swap-narration-start = Bloque 0: todavía no ha pasado nada
swap-narration-event = { $time }: { $text }
swap-narration-outcome = { $last }. Resultado: { $outcome }
swap-notice-window = { $key } = { $raw } no es un intervalo DESDE-HASTA en segundos (DESDE < HASTA <= { $max }); se usa el del escenario
swap-notice-params = { $problem }; se usan los parámetros del escenario «{ $scenario }»

## Las máquinas de estados de los contratos
swap-state-not-funded = sin fondos
swap-state-locked = bloqueado
swap-state-redeemed = canjeado
swap-state-refunded = reembolsado
swap-edge-fund = pago
swap-rule-redeem = canje: SHA-256(secreto) = resumen
swap-rule-redeem-until = canje: SHA-256(secreto) = resumen, { $rule }
swap-rule-refund = reembolso: { $rule }
swap-diagram-aria = { $title }: { $state }
swap-diagram-svg-aria = Máquina de estados de { $title }, ahora { $state }

## Los contratos como texto
swap-script-a-label = Script de Bitcoin del contrato de Alice
swap-contract-b-label = Contrato Solidity de Bob
swap-script-heading = Contrato de Alice en la cadena tipo Bitcoin (BIP-199, con la comprobación de tamaño de decred)
swap-script-size = el secreto debe tener 32 bytes
swap-script-bob-pkh = hash de la clave pública de Bob
swap-script-bob-redeems = Bob canjea con el secreto
swap-script-refund-from = solo por encima de la altura { $locktime }: desde el bloque { $first }
swap-script-alice-pkh = hash de la clave pública de Alice
swap-script-alice-back = Alice lo recupera
swap-sol-heading = Contrato de Bob en la cadena tipo Ethereum (estilo Solidity)
swap-sol-after-start = { $time } después del inicio
swap-sol-may-refund = puede reembolsar
swap-sol-may-redeem = puede canjear
swap-sol-no-length-check = sin comprobación de longitud: se acepta cualquier secreto con el hash correcto
swap-sol-public = el secreto es público a partir de aquí

## La línea de tiempo
swap-chain-a-like = Tipo Bitcoin
swap-chain-b-like = Tipo Ethereum
swap-tl-alice-offline = Alice desconectada
swap-tl-bob-offline = Bob desconectado
swap-tl-congested = congestionada
swap-tl-block-every = bloque cada { $interval }
swap-tl-minutes = { $n } min
swap-tl-seconds = { $n } s
swap-tx-lock = bloqueo
swap-tx-redeem = canje
swap-tx-refund = reembolso
swap-tl-tx = { $kind } de { $who }
swap-tl-waiting = { $n } en espera
swap-tl-refund-height = reembolso desde la altura { $height }
swap-tl-refund-height-est = reembolso desde la altura { $height } (est.)
swap-tl-refund-time = reembolso desde { $time }
swap-tl-now = ahora { $time }

## El editor del calendario
swap-locks = bloquea
swap-redeems = canjea
swap-refunds = reembolsa
swap-reaction-delay = Retardo de reacción (minutos)
swap-offline = Desconexión (horas, desde-hasta)
swap-offline-placeholder = p. ej. 2-50
swap-redeem-at = Canjear no antes de (horas)
swap-redeem-at-placeholder = lo antes posible
swap-timelocks = Bloqueos temporales
swap-timelock-alice = El de Alice, en la cadena A (horas)
swap-timelock-bob = El de Bob, en la cadena B (horas)
swap-timelock-warning = El bloqueo temporal de Bob no es más corto que el de Alice: Alice puede canjear tarde y además recuperar sus monedas, y Bob puede perder.
swap-secret = Secreto
swap-secret-length = Longitud (bytes)
swap-checks-length = El contrato de Bob comprueba la longitud
swap-alice-initiator = Alice (iniciadora)
swap-bob-participant = Bob (participante)
swap-chains = Cadenas
swap-a-block-time = A: tiempo de bloque (s)
swap-a-jitter = A: intervalos de bloque aleatorios
swap-a-mempool = A: retardo del mempool (s)
swap-b-block-time = B: tiempo de bloque (s)
swap-b-mempool = B: retardo del mempool (s)
swap-congestion = Congestión (horas, desde-hasta)
swap-congestion-placeholder = ninguna
swap-congested-chain = Cadena congestionada
swap-chain-a-option = A (tipo Bitcoin)
swap-chain-b-option = B (tipo Ethereum)
swap-keeps-settings = La ejecución conserva sus últimos ajustes válidos.
swap-err-reaction = retardo de reacción: minutos de 0 a 20160
swap-err-redeem-at = canjear no antes de: horas
swap-err-timelock-alice = bloqueo temporal de Alice: horas, más de 0
swap-err-timelock-bob = bloqueo temporal de Bob: horas, más de 0
swap-err-secret-length = longitud del secreto: un número entero
swap-err-block-time = tiempo de bloque: segundos enteros, más de 0
swap-err-mempool = retardo del mempool: segundos enteros
swap-err-window = un intervalo es DESDE-HASTA en horas, p. ej. 2-50
swap-err-window-order = un intervalo es DESDE-HASTA en horas con DESDE < HASTA, p. ej. 2-50

## Verificar esta configuración
swap-verify-label = Verificar esta configuración
swap-verify-button = Verificar
swap-verify-checking = Comprobando cada intercalado…
swap-verify-hint = Explora cada orden posible de las acciones de ambas partes y de los bloques de ambas cadenas para esta configuración (con el tiempo a escala reducida) e informa de si el intercambio es atómico, o de una ejecución en la que no lo es.
swap-verify-holds = ✓ La atomicidad se cumple
swap-verify-fails = ✗ Contraejemplo encontrado
swap-verify-stats = · { $states } estados, { $transitions } transiciones, { $ms } ms
swap-property-alice = Alice, si sigue su plan, nunca pierde: acaba con sus propias monedas o con las de Bob, haga lo que haga Bob
swap-property-bob = Bob, si sigue su plan, nunca pierde: acaba con sus propias monedas o con las de Alice, haga lo que haga Alice
swap-property-atomic = Si ambos siguen sus planes, el intercambio es atómico: ambos canjean, o ninguno lo hace y nada queda bloqueado
swap-cx-broken = Propiedad incumplida: { $property }.
swap-cx-loses = { $who } pierde. Recorre la ejecución paso a paso:
swap-cx-prev = ◀ Anterior
swap-cx-next = Siguiente ▶
swap-cx-position = paso { $at } de { $n }
swap-cx-alice-title = Contrato de Alice (cadena A) en este paso
swap-cx-bob-title = Contrato de Bob (cadena B) en este paso
swap-cx-after-timelock = tras su bloqueo temporal
swap-cx-before-timelock = antes de su bloqueo temporal
swap-cx-summary = Secreto público: { $public } · ganancia neta de Alice { $alice } · ganancia neta de Bob { $bob }
swap-yes = sí
swap-no = no

## El puente custodio
swap-bridge-label = Comparación con un puente custodio
swap-bridge-heading = El mismo intercambio a través de un puente custodio
swap-bridge-held = BTC que el puente custodia para todos sus usuarios
swap-bridge-held-value = { $btc } BTC
swap-bridge-undo = Claves robadas: deshacer
swap-bridge-steal = Robar las claves de los operadores
swap-bridge-atomic = Intercambio atómico (esta página)
swap-bridge-atomic-text = Los { $btc } BTC de Alice solo pueden ir a Bob a cambio del secreto, o volver a Alice tras el bloqueo temporal; los { $eth } ETH de Bob, solo a Alice a cambio del secreto, o de vuelta a Bob más tarde. Nadie más tiene una clave de ninguno de los dos contratos.
swap-bridge-atomic-stolen = Claves robadas: aquí el atacante no puede llevarse nada. Ningún operador tiene una clave de ninguno de los contratos; el intercambio sigue adelante.
swap-bridge-atomic-cost = Coste: los tiempos de confirmación de dos cadenas, ambas partes en línea y una espera hasta el vencimiento si alguna se retira.
swap-bridge-custodial = Puente custodio
swap-bridge-custodial-text = Alice envía { $btc } BTC a la dirección de custodia del puente, controlada por las claves de unos pocos operadores (por ejemplo, 5 de 9). El puente emite { $btc } BTC envueltos en la cadena tipo Ethereum, y Alice se los vende allí a Bob en una transacción rápida y barata.
swap-bridge-custodial-stolen = Claves robadas: el atacante retira los { $held } BTC que custodia el puente, los de todos, no solo los de este intercambio. Cada BTC envuelto de la otra cadena, incluidos los de Bob, ya no está respaldado por nada.
swap-bridge-custodial-cost = Más rápido y más cómodo, por eso la mayor parte del volumen entre cadenas usa puentes; pero todos los usuarios confían en las claves de los operadores.
swap-bridge-sources = Ya se han robado puentes así: el puente Ronin perdió unos 600 millones de dólares en marzo de 2022 después de que los atacantes obtuvieran cinco de sus nueve claves de validador; Wormhole perdió unos 320 millones de dólares en febrero de 2022 por un fallo que permitió a un atacante saltarse su verificación de firmas: no se robó ninguna clave, pero las monedas custodiadas se las llevaron igualmente.

## La explicación
swap-explain-look = Qué estás viendo
swap-explain-look-intro = Alice tiene monedas en una cadena tipo Bitcoin y quiere las monedas de Bob en una cadena tipo Ethereum. Ninguno se fía del otro, y no hay nadie en medio. Alice elige un secreto aleatorio de 32 bytes y pone solo su resumen SHA-256 en dos contratos:
swap-explain-look-1 = Alice bloquea sus monedas en la cadena A en un contrato que paga a Bob si muestra el secreto, o se las devuelve a Alice tras un bloqueo temporal largo (aquí 48 horas, contadas en alturas de bloque de la cadena A).
swap-explain-look-2 = Una vez confirmado ese bloqueo, Bob bloquea sus monedas en la cadena B en un contrato con el mismo resumen que paga a Alice si muestra el secreto, o se las devuelve a Bob tras un bloqueo temporal más corto (24 horas, según las marcas de tiempo de los bloques de la cadena B).
swap-explain-look-3 = Alice canjea el contrato de Bob. Para ello tiene que publicar el secreto en una transacción de la cadena B, donde cualquiera, incluido Bob, puede leerlo.
swap-explain-look-4 = Bob copia el secreto de la cadena B y canjea el contrato de Alice en la cadena A, mucho antes de que venza el bloqueo temporal más largo de ella.
swap-explain-look-end = Si ambos siguen el protocolo, ambos canjean; si alguno se detiene antes de que se revele el secreto, cada contrato que se financió vence y reembolsa. Cuando Alice revela el secreto, Bob tiene que actuar: el orden de los bloqueos temporales le da tiempo para usarlo antes de que Alice pueda recuperar sus propias monedas, pero solo si está en línea y su transacción se mina.
swap-explain-try = Qué probar
swap-explain-try-1 = Ejecuta cada escenario con los botones y avanza con → para ver cómo cada transacción entra en un bloque y cada contrato cambia de estado.
swap-explain-try-2 = Haz el bloqueo temporal de Bob tan largo como el de Alice y pulsa Verificar: el verificador encuentra una ejecución en la que Bob actúa a tiempo y aun así pierde.
swap-explain-try-3 = Elige un secreto de 33 bytes y desmarca «El contrato de Bob comprueba la longitud»: Alice puede canjear las monedas de Bob, pero el OP_SIZE 32 del script rechaza la copia del secreto de Bob. Márcalo de nuevo: ahora ninguno puede canjear y ambos recuperan sus monedas.
swap-explain-try-4 = Abre «Bob se desconecta»: Alice retiene su canje hasta que Bob no está, el secreto aparece cuando él no puede verlo, y el reembolso de Alice se abre antes de que él vuelva.
swap-explain-try-5 = Roba más abajo las claves de los operadores del puente y compara lo que obtiene un atacante en cada diseño.
swap-explain-differ = En qué se diferencian los intercambios reales
swap-explain-differ-1 = Los intercambios reales esperan varias confirmaciones, porque los bloques pueden reorganizarse; el modelo no tiene reorganizaciones, así que aquí basta con una confirmación.
swap-explain-differ-2 = OP_CHECKLOCKTIMEVERIFY de Bitcoin puede contar alturas o median-time-past; las marcas de tiempo de los bloques de Ethereum las eligen los proponentes dentro de unos límites. El modelo usa alturas exactas en A y marcas de tiempo exactas en B.
swap-explain-differ-3 = Aquí la congestión solo deja entrar en los bloques las transacciones que pagan el doble de comisión. El reembolso de Alice la paga y sustituye al canje pendiente de Bob; Bob nunca sube su propia comisión. Un Bob real subiría la comisión (replace-by-fee, child-pays-for-parent) y la carrera estaría más reñida.
swap-explain-differ-4 = Antes de bloquear, un participante real audita el contrato del iniciador (las herramientas de decred tienen un comando auditcontract). Aquí las claves públicas y sus hashes son marcadores de posición; el resumen y los bloqueos temporales son los valores reales de la ejecución.
swap-explain-sources = Fuentes: BIP-199 (script de contrato con bloqueo por hash y por tiempo); decred/atomicswap (bloqueos temporales de 48 h y 24 h, la comprobación del tamaño del secreto de 32 bytes); Chain Lab reference/models.md §3.

## El registro de eventos (la historia del modelo, src/sim/swap/{agents,mining,contract}.rs)
swap-ev-timelock-b = Vence el bloqueo temporal de Bob ({ $time }): la cadena B ya solo acepta su reembolso
swap-ev-congested = La cadena { $chain } está congestionada: sus bloques se llenan de transacciones que pagan más, y una transacción del intercambio necesita al menos { $multiple }× la comisión normal para entrar
swap-ev-congestion-clears = La congestión de la cadena { $chain } se despeja
swap-ev-offline = { $who } se desconecta hasta las { $time }: no ve nada y no hace nada
swap-ev-online = { $who } vuelve a estar en línea
swap-ev-alice-holds-back = Alice ve confirmado el bloqueo de Bob y retiene su canje hasta las { $time }
swap-ev-alice-lock = Alice difunde su bloqueo: { $coins } en el script BIP-199 con el resumen { $digest }…, reembolsable desde la altura { $height }
swap-ev-alice-too-late = Alice no canjea: no podría minarse antes del bloqueo temporal de Bob a las { $time }
swap-ev-alice-redeem = Alice difunde su canje en la cadena B: la llamada lleva el secreto de { $bytes } bytes
swap-ev-alice-refund = El bloqueo temporal de Alice ha vencido: difunde su reembolso en la cadena A (nLockTime { $locktime })
swap-ev-bob-lock = Bob ve confirmado el contrato de Alice y difunde su bloqueo: { $coins } con el mismo resumen, reembolsable desde las { $time }
swap-ev-bob-too-late = Bob ya no bloquea: es demasiado tarde para el intercambio
swap-ev-bob-redeem = Bob copia el secreto del canje de Alice en la cadena B y difunde su canje en la cadena A
swap-ev-bob-too-late-secret = Bob lee el secreto en la cadena B, pero el contrato de Alice en la cadena A ya se había reembolsado: el secreto ya no le sirve de nada
swap-ev-bob-too-late-secret-at = Bob lee el secreto en la cadena B, pero el contrato de Alice en la cadena A ya se había reembolsado a las { $time }: el secreto ya no le sirve de nada
swap-ev-bob-refund = Bob difunde su reembolso en la cadena B
swap-ev-rbf = { $text }, pagando { $multiple }× la comisión del gasto pendiente de { $other } sobre la misma salida, al que sustituye en el mempool (replace-by-fee)
swap-ev-replaced = { $tx } sale del mempool de la cadena A, sustituido por el gasto que paga más
swap-ev-outbid = { $text }, pagando { $multiple }× la comisión de la llamada pendiente de { $other } para que un bloque la incluya primero
swap-ev-spent-dropped = { $tx } sale del mempool de la cadena A: la salida del contrato ya está gastada
swap-ev-height-reached = La cadena A alcanza la altura { $height }: a partir del siguiente bloque, el reembolso de Alice es válido (OP_CHECKLOCKTIMEVERIFY)
swap-ev-lock-mined = El bloqueo de { $who } se mina en el bloque { $block }: { $coins } quedan en el contrato, para { $to } a cambio del secreto o de vuelta a { $who } desde { $from }
swap-ev-redeem-mined = El canje de { $who } se mina en el bloque { $block }: { $who } recibe { $coins }
swap-ev-redeem-mined-public = El canje de { $who } se mina en el bloque { $block }: { $who } recibe { $coins }, y el secreto ({ $secret }…) ya es público en la cadena B
swap-ev-refund-mined = El reembolso de { $who } se mina en el bloque { $block }: { $coins } vuelven a { $who }
swap-ev-invalid = { $tx } no es válido, así que ningún bloque lo incluye: { $why }
swap-ev-reverts = { $tx } se mina en el bloque { $block } y se revierte: { $why }
swap-at-height = la altura { $height }
swap-at-time = el instante { $time }
swap-txd-alice-lock = El bloqueo de Alice
swap-txd-alice-redeem = El canje de Alice
swap-txd-alice-refund = El reembolso de Alice
swap-txd-bob-lock = El bloqueo de Bob
swap-txd-bob-redeem = El canje de Bob
swap-txd-bob-refund = El reembolso de Bob
swap-why-funded = el contrato ya tiene fondos
swap-why-never-funded = el contrato no contiene nada: nunca se financió
swap-why-redeemed = el contrato ya se canjeó: no queda nada en él
swap-why-refunded = el contrato ya se reembolsó: no queda nada en él
swap-why-size-a = el secreto tiene { $bytes } bytes: OP_SIZE 32 OP_EQUALVERIFY falla, el script solo acepta secretos de 32 bytes
swap-why-hash-a = secreto incorrecto: OP_SHA256 <digest> OP_EQUALVERIFY falla
swap-why-signature = la comprobación de firma falla: solo { $who } puede canjear
swap-why-length-b = require(secret.length == 32) falla: el secreto tiene { $bytes } bytes
swap-why-hash-b = secreto incorrecto: sha256(secret) no es el resumen
swap-why-only-redeem = solo { $who } puede canjear
swap-why-late = demasiado tarde: el tiempo de bloque { $time } no es anterior al bloqueo temporal { $timelock }
swap-why-only-refund = solo { $who } puede reembolsar
swap-why-not-reached = bloqueo temporal no alcanzado (altura { $height } <= { $locktime }): un reembolso con nLockTime { $locktime } puede minarse desde la altura { $first }
swap-why-early = demasiado pronto: el tiempo de bloque { $time } es anterior al bloqueo temporal { $timelock }

## Verificación: los pasos del contraejemplo y la abstracción (src/sim/swap/verify/report.rs)
swap-vr-start-alice = Inicio: Alice sigue su plan; Bob puede hacer cualquier cosa que pueda firmar
swap-vr-start-bob = Inicio: Bob sigue su plan; Alice puede hacer cualquier cosa que pueda firmar, y eligió un secreto de { $bytes } bytes
swap-vr-start-bob-a-refuses = Inicio: Bob sigue su plan; Alice puede hacer cualquier cosa que pueda firmar, y eligió un secreto de { $bytes } bytes, que la cadena B acepta pero el script de la cadena A (OP_SIZE 32) rechaza
swap-vr-start-bob-b-refuses = Inicio: Bob sigue su plan; Alice puede hacer cualquier cosa que pueda firmar, y eligió un secreto de { $bytes } bytes, que la cadena A acepta pero la cadena B rechaza
swap-vr-start-bob-both-refuse = Inicio: Bob sigue su plan; Alice puede hacer cualquier cosa que pueda firmar, y eligió un secreto de { $bytes } bytes, que ambas cadenas rechazan
swap-vr-start-both = Inicio: ambos siguen sus planes
swap-vr-alice-lock = Alice difunde su bloqueo en la cadena { $chain }
swap-vr-alice-redeem = Alice difunde su canje en la cadena { $chain } y revela el secreto
swap-vr-alice-refund = Alice difunde su reembolso en la cadena { $chain }
swap-vr-bob-lock = Bob difunde su bloqueo en la cadena { $chain }
swap-vr-bob-redeem = Bob difunde su canje en la cadena { $chain } con el secreto de la cadena B
swap-vr-bob-refund = Bob difunde su reembolso en la cadena { $chain }
swap-vr-mined = { $tx } se mina
swap-vr-fails = { $tx } falla ({ $why })
swap-vr-fail-settled = el contrato ya está liquidado
swap-vr-fail-not-funded = el contrato no tiene fondos
swap-vr-fail-funded = ya tiene fondos
swap-vr-fail-secret = se rechaza la longitud del secreto
swap-vr-fail-late = demasiado tarde: ya pasó el bloqueo temporal
swap-vr-fail-early = bloqueo temporal no alcanzado
swap-vr-block-a = Bloque { $n } de la cadena A
swap-vr-block-a-open = Bloque { $n } de la cadena A (ventana de reembolso abierta)
swap-vr-block-b = Bloque de la cadena B en el tic { $n }
swap-vr-block-b-timelock = Bloque de la cadena B en el tic { $n } (el bloqueo temporal de Bob vence dentro de él: canjes antes, reembolsos después)
swap-vr-block-b-past = Bloque de la cadena B en el tic { $n } (pasado el bloqueo temporal de Bob)
swap-vr-block = { $what }: { $parts }
swap-vr-quiet-one = Pasa un bloque sin nada para el intercambio (tic { $tick }, cadena A en la altura { $height })
swap-vr-quiet-many = Pasan { $n } bloques sin nada para el intercambio (tic { $tick }, cadena A en la altura { $height })
swap-vr-quiet-span = Pasan { $n } bloques sin nada para el intercambio (tics { $from } a { $tick }, cadena A en la altura { $height })
swap-vr-offline = { $who } está desconectado
swap-vr-waits = { $tx } espera en el mempool de la cadena { $chain }
swap-vr-waits-congested = { $tx } espera en el mempool de la cadena { $chain } (la cadena está congestionada)
swap-vr-end-alice = Fin: Alice no tiene ni sus propias monedas ni las de Bob
swap-vr-end-bob = Fin: Bob no tiene ni sus propias monedas ni las de Alice
swap-vr-end = Fin
swap-vr-abs-time = El tiempo se cuenta en tics de { $tick }: el bloqueo temporal de Bob ({ $bob }) son { $ticks } tics, y el de Alice ({ $alice }) es la altura { $height } de la cadena A, así que su reembolso puede minarse desde el bloque { $first }.
swap-vr-abs-drift = Cada cadena produce un bloque por tic: el bloque de la cadena B en el tic k tiene la marca de tiempo k, y la altura de la cadena A puede ir hasta { $drift ->
        [one] { $drift } bloque
       *[other] { $drift } bloques
    } por delante o por detrás de los tics.
swap-vr-abs-drift-jitter = Cada cadena produce un bloque por tic: el bloque de la cadena B en el tic k tiene la marca de tiempo k, y la altura de la cadena A puede ir hasta { $drift ->
        [one] { $drift } bloque
       *[other] { $drift } bloques
    } por delante o por detrás de los tics (dos desviaciones típicas de sus tiempos de bloque aleatorios hasta el bloqueo temporal).
swap-vr-abs-react = Una parte honesta actúa en { $alice ->
        [one] { $alice } tic
       *[other] { $alice } tics
    } (Alice) / { $bob ->
        [one] { $bob } tic
       *[other] { $bob } tics
    } (Bob) desde que ve lo que espera, y su transacción se mina en { $blocks } bloques de su cadena, pero no mientras esa cadena esté congestionada; la otra parte puede conseguir que se mine cualquier cosa que pueda firmar en cualquier bloque, congestionado o no, por delante de la de la parte honesta, o no hacer nada.
swap-vr-abs-offline = { $who } está desconectado del tic { $from } al { $until }.
swap-vr-abs-congested = La cadena { $chain } está congestionada del tic { $from } al { $until }.
swap-vr-abs-last-block = El bloque de la cadena B en el tic { $tick } contiene los últimos momentos antes del bloqueo temporal de Bob y los primeros después: un canje en él se mina antes que un reembolso.
swap-vr-abs-redeem-at = Alice no canjea antes del tic { $tick }.
swap-vr-abs-never = Siguiendo su plan, Alice nunca canjea.
swap-vr-abs-redeem-by = Siguiendo su plan, Alice difunde su canje a más tardar en el tic { $tick } (como en la simulación: solo si aún puede entrar en un bloque antes del bloqueo temporal de Bob), y después se mina como muy tarde en el tic { $by }.
swap-vr-abs-cannot = Siguiendo su plan, Alice nunca canjea: ningún bloque anterior al bloqueo temporal de Bob podría incluirlo.
swap-vr-abs-secret-32 = El secreto de Alice tiene 32 bytes, la única longitud que aceptan ambos contratos.
swap-vr-abs-secret-checked = Siguiendo su plan, el secreto de Alice tiene { $bytes } bytes; cuando puede hacer cualquier cosa, también puede elegir uno de 32 bytes.
swap-vr-abs-secret-unchecked = Siguiendo su plan, el secreto de Alice tiene { $bytes } bytes; cuando puede hacer cualquier cosa, también puede elegir una longitud que la cadena B acepta y el script de la cadena A (OP_SIZE 32) rechaza.
swap-vr-abs-horizon = Cada ejecución se sigue hasta el tic { $tick } o hasta que ambos contratos se liquidan; no se tienen en cuenta las comisiones.
swap-vr-abs-doubled = El tic se duplicó { $n ->
        [one] { $n } vez
       *[other] { $n } veces
    } para que cada exploración no pase de { $budget } estados.
