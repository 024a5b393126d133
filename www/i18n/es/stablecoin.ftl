# Chain Lab: la página de la stablecoin (el módulo de mercado de Terra, la espiral de la muerte, mayo de 2022).

## La página
stablecoin-title = Stablecoin algorítmica
stablecoin-subtitle = La paridad de Terra por acuñación y quema, su espiral de la muerte y mayo de 2022
stablecoin-scenarios-label = Escenarios
stablecoin-modified = Partiste de «{ $scenario }», con parámetros cambiados en el panel. Pulsa el botón del escenario para restaurarlo.
stablecoin-when-may = día { $day } · { $date }
stablecoin-when-day = día { $day }
stablecoin-status-halted = · cadena detenida, sin swaps
stablecoin-status-ust = UST { $price } $
stablecoin-status-luna = LUNA { $price }
stablecoin-status-supplies = suministros UST { $ust } / LUNA { $luna }
stablecoin-status-reserve = reserva { $btc } BTC
stablecoin-status-spread = spread { $pct } %
stablecoin-status-confidence = confianza { $pct } %
stablecoin-quiet = Tramo tranquilo: no pasa nada, así que se reproduce { $x }× más rápido.
stablecoin-history-badge = Puntos grises: la historia diaria de mayo de 2022 (aproximada), sobre el modelo. Más abajo verás dónde se separan.
stablecoin-exports-hint = Exportar ▾ (bajo los controles de tiempo) guarda cada gráfico como PNG o SVG, la serie como CSV o JSON ({ $rows } filas por ahora, una por { $unit }, las columnas de chainlab stablecoin --csv) y los momentos de abajo.
stablecoin-unit-minute = minuto
stablecoin-unit-block = bloque
stablecoin-unit-hour = hora
stablecoin-unit-step = paso
stablecoin-what-happened = Qué ha pasado
stablecoin-moments-empty = Nada destacable todavía: ningún paso ha cerrado por debajo de 0,98 $, la reserva no ha comprado y el límite de acuñación no se ha alcanzado.

## Escenarios
stablecoin-scenario-calm = Mercado en calma
stablecoin-scenario-may = Mayo de 2022
stablecoin-scenario-reserve = ¿Y si…? 3 veces la reserva
stablecoin-scenario-lower-cap = ¿Y si…? Un límite de acuñación menor
stablecoin-scenario-no-yield = ¿Y si…? Sin rendimiento
stablecoin-scenario-calm-desc = Treinta días de pequeños cambios aleatorios en la demanda y una pequeña venta de 50 millones de $ el día 10. El arbitraje a través del módulo de mercado devuelve UST (la stablecoin) a su paridad cada vez; nunca cierra por debajo de 0,98 $ y el pánico nunca prende.
stablecoin-scenario-may-desc = Desde el 5 de mayo de 2022: se venden 2,5 mil millones de $ en UST (la stablecoin) a lo largo de un día a partir del 7 de mayo a las 22:00 UTC. La reserva vende BTC para recomprarla y se agota el 10 de mayo; los tenedores entran en pánico mientras dura la pérdida de paridad; cada canje acuña LUNA (la moneda compañera). La propuesta 1164 sube el límite de acuñación el 12 de mayo, la cadena se detiene 80 minutos el 12 de mayo y definitivamente el 13 de mayo. UST termina cerca de 0,05 $ el 16 de mayo.
stablecoin-scenario-reserve-desc = Mayo de 2022 con el triple de los BTC de LFG (unos 241.000 BTC), el mismo ritmo de defensa y sin parada (la cadena se detuvo por el colapso): la defensa aguanta más que la huida de la paridad, UST nunca baja de unos 0,87 $ y LUNA solo se diluye unas 1,1 veces.
stablecoin-scenario-lower-cap-desc = Mayo de 2022 con BasePool de 10 millones de SDR en vez de 50 millones, sin subida y sin parada: el spread aprieta más, pero con la cadena sin detenerse los canjes siguen hasta el día 12: UST cae a unos 0,05 $ y LUNA se diluye unas 59.000 veces.
stablecoin-scenario-no-yield-desc = Un mercado en calma en el que el rendimiento ofrecido pasa del 19,5 % a cero: los tenedores ahora solo quieren en torno al 38 % de lo que tienen. Venden más rápido de lo que el arbitraje puede absorber, la paridad se rompe en minutos, UST cae a unos 0,04 $ y LUNA se diluye unas 273.000 veces, sin ninguna gran retirada.

## El ciclo de retroalimentación
stablecoin-loop-title = El ciclo de retroalimentación de la espiral de la muerte; las flechas iluminadas están activas ahora
stablecoin-loop-sell-1 = Los tenedores
stablecoin-loop-sell-2 = venden UST
stablecoin-loop-price-1 = Su precio cae
stablecoin-loop-price-2 = por debajo de 1 $
stablecoin-loop-burn-1 = Los arbitrajistas la queman
stablecoin-loop-burn-2 = y acuñan LUNA
stablecoin-loop-diluted-1 = LUNA diluida:
stablecoin-loop-diluted-2 = su precio cae
stablecoin-loop-confidence-1 = La confianza
stablecoin-loop-confidence-2 = cae
stablecoin-loop-sales = ventas
stablecoin-loop-redemptions = canjes
stablecoin-loop-minting = acuñación
stablecoin-loop-fear = miedo
stablecoin-loop-exits = salidas
stablecoin-loop-reserve = reserva compra
stablecoin-loop-cap = límite (spread)
stablecoin-loop-caption = Las flechas continuas alimentan la espiral; las discontinuas la frenan (las compras de la reserva, el spread del módulo de mercado). Cada una se ilumina mientras su efecto está activo en el paso actual.

## Los parámetros
stablecoin-params-title = Parámetros
stablecoin-params-hint = Cada valor se aplica al instante: un cambio reinicia la ejecución desde su semilla. Los días cuentan desde el inicio (mayo de 2022: 5 de mayo, 00:00 UTC); −1 significa nunca.
stablecoin-param-not-number = { $label }: { $raw } no es un número
stablecoin-param-range = { $label } debe estar entre { $min } y { $max }
stablecoin-param-unit = ({ $unit })

## El conjunto de ejecuciones
stablecoin-ensemble-label = Conjunto de ejecuciones con distintas semillas
stablecoin-ensemble-title = Muchas ejecuciones: el gráfico de abanico
stablecoin-ensemble-hint = El mismo escenario y los mismos parámetros con muchas semillas (semilla, semilla + 1, …): la trayectoria mediana, la banda que contiene el 80 % de las ejecuciones (10–90 %) y la banda de todas ellas (mín.–máx.).
stablecoin-ensemble-runs = Ejecuciones
stablecoin-ensemble-drawing = Dibujando los gráficos de abanico…
stablecoin-ensemble-running = Ejecutando… { $done } de { $runs }
stablecoin-ensemble-run = Ejecutar { $runs } semillas
stablecoin-ensemble-progress = Ejecuciones terminadas
stablecoin-ensemble-cancel = Cancelar
stablecoin-ensemble-fallback = Ejecutando en esta página: los workers se detuvieron ({ $why }).
stablecoin-ensemble-on-page = Ejecutando en esta página, entre fotogramas.
stablecoin-ensemble-workers = { $n ->
    [one] Ejecutando en 1 worker en segundo plano.
   *[other] Ejecutando en { $n } workers en segundo plano, uno por núcleo.
}
stablecoin-ensemble-price-label = Gráfico de abanico del precio de UST en las ejecuciones
stablecoin-ensemble-supply-label = Gráfico de abanico del suministro de LUNA en las ejecuciones
stablecoin-ensemble-below-half = UST cayó por debajo de 0,50 $ en { $below } de { $runs } ejecuciones: mediana { $median }, 10–90 % { $p10 } – { $p90 }, la primera { $min }, la última { $max }.
stablecoin-ensemble-never-below-half = UST no cayó por debajo de 0,50 $ en ninguna de las { $runs } ejecuciones.
stablecoin-ensemble-multiple = Múltiplo de LUNA (suministro final sobre el inicial): mediana ×{ $median }, 10–90 % ×{ $p10 } – ×{ $p90 }, mín. ×{ $min }, máx. ×{ $max }.

## Los gráficos (las formas «larga|corta» de una etiqueta: el gráfico usa la más larga que cabe)
stablecoin-chart-stable-price = Precio de UST (USD)
stablecoin-chart-companion-price = Precio de LUNA (USD, log.)
stablecoin-chart-supplies = Suministros (log.)
stablecoin-chart-reserve = Reserva (BTC)
stablecoin-chart-mint-capacity = Capacidad de acuñación usada (spread)
stablecoin-chart-model = modelo
stablecoin-chart-pool-delta = delta del pool / delta con spread del 2 %|delta / delta al 2 %|usada
stablecoin-chart-two-percent = 100 %: un canje pequeño paga un spread del 2 %|100 % = spread del 2 %
stablecoin-chart-history-daily = historia, diaria (aprox.)|historia
stablecoin-chart-history = historia (aprox.)|historia
stablecoin-chart-lfg = LFG, al cierre del día (aprox.)|LFG
stablecoin-chart-date = fecha (2022)
stablecoin-chart-day = día de la ejecución
stablecoin-chart-usd-log = USD (escala log.)|USD (log.)
stablecoin-chart-tokens-log = tokens (escala log.)|tokens (log.)
stablecoin-chart-capacity = capacidad usada (%)|usada (%)
stablecoin-chart-fan-price = Precio de UST (la stablecoin), { $runs } ejecuciones
stablecoin-chart-fan-supply = Suministro de LUNA (la compañera), { $runs } ejecuciones
stablecoin-chart-median = mediana
stablecoin-chart-band = 10–90 % de las ejecuciones|10–90 %
stablecoin-chart-all-runs = todas las ejecuciones (mín.–máx.)|mín.–máx.
stablecoin-may-day = { $d } may
stablecoin-jun-day = { $d } jun
stablecoin-count-thousand = { $n } mil
stablecoin-count-million = { $n } M
stablecoin-count-billion = { $n } mil M
stablecoin-count-trillion = { $n } B

## El registro exportado (log.txt)
stablecoin-log-head = Chain Lab, stablecoin: { $scenario }{ $modified }, semilla { $seed }, paso { $step } de { $total } ({ $seconds } s cada uno)
stablecoin-log-modified = (parámetros cambiados)
stablecoin-log-empty = Todavía no ha pasado nada destacable.
stablecoin-log-moment = { $time } (paso { $step }): { $text }
stablecoin-log-now = Ahora: { $text }

## La explicación
stablecoin-explain-look-title = Qué estás viendo
stablecoin-explain-look-p1 = UST (la stablecoin) mantiene su paridad por código, no con dinero. El módulo de mercado de Terra siempre cambia un UST por un dólar de LUNA (la moneda compañera) al precio del oráculo, y a la inversa, quemando lo que se le ofrece y acuñando lo que paga, menos un spread. Nada respalda a UST salvo esa promesa y el valor de mercado de LUNA.
stablecoin-explain-look-1 = Por debajo de 1 $, los arbitrajistas compran UST barato, lo canjean por 1 $ de LUNA y la venden: el suministro de UST baja y su precio sube. Por encima de 1 $ hacen lo contrario. En un mercado en calma esto mantiene la paridad dentro del spread (0,5 %).
stablecoin-explain-look-2 = Cada canje acuña LUNA nueva, que se vende. Cuando los tenedores de UST salen más rápido de lo que el mercado de LUNA puede absorber, el precio de LUNA cae, así que cada dólar más que se canjea acuña más LUNA, el precio cae aún más, la confianza cae y salen más tenedores: el ciclo del diagrama.
stablecoin-explain-look-3 = El límite de acuñación. El módulo de mercado pone precio a los swaps con un pool virtual: BasePool es su tamaño en SDR (la moneda cesta del FMI, unos 1,36 $ en mayo de 2022, la unidad de cuenta del módulo); el delta del pool mide cuánto lo han desequilibrado los swaps recientes. El spread crece con el delta, y en cada bloque de 6 segundos el pool recupera 1/PoolRecoveryPeriod (1/36) de él. Con los ajustes de mayo de 2022, un canje pequeño paga más del 2 % en cuanto se canjean unos 276 millones de $ al día.
stablecoin-explain-look-4 = Una reserva (los 80.394 BTC de LFG) compra UST para defender la paridad mientras dura, como mucho 2000 BTC por hora.
stablecoin-explain-look-p2 = Gráficos: los precios (LUNA en escala logarítmica), ambos suministros (log.), la reserva y la capacidad de acuñación usada (el delta del pool dividido entre el delta con el que un canje pequeño paga un 2 %). El panel de conjunto ejecuta el mismo escenario con muchas semillas: la trayectoria mediana con sus bandas del 10–90 % y de mín.–máx., el día en que UST cayó por debajo de 0,50 $ en cada ejecución y el múltiplo de LUNA de cada una.
stablecoin-explain-try-title = Qué probar
stablecoin-explain-try-1 = Mercado en calma: pon la gran retirada en 1000 millones de $ (Eventos). El mismo mercado que encajó 50 millones de $ pierde la paridad el día 10, la reserva se agota y el suministro de LUNA se multiplica unas 50.000 veces.
stablecoin-explain-try-2 = Mercado en calma: sube MinStabilitySpread a 0,03. UST se desliza ahora un 3 % por debajo de la paridad antes de que el arbitraje sea rentable, más allá del 1 % que toleran los tenedores; el pánico crece y la paridad se rompe el día 10,5.
stablecoin-explain-try-3 = Mayo de 2022: reduce la retirada a 1000 millones de $. La reserva la absorbe (gasta unos 25.000 BTC) y la paridad aguanta.
stablecoin-explain-try-4 = Mayo de 2022 sin la subida del límite de acuñación (raise = −1): casi el mismo final (LUNA diluida unas 3700 veces en vez de 3800). En este modelo, el 12 de mayo el daño ya estaba hecho.
stablecoin-explain-try-5 = Mayo de 2022 sin ninguna de las dos paradas (halt1 = −1, halt = −1): los canjes siguen hasta el 16 de mayo y LUNA acaba diluida unas 41.000 veces. La parada congeló los suministros, no salvó a UST.
stablecoin-explain-try-6 = Mayo de 2022 con el pánico por día a 0: los tenedores siguen vendiendo los 2,5 mil millones de $, la reserva gasta unos 48.000 BTC, pero no llega ninguna espiral. La espiral necesita la pérdida de confianza.
stablecoin-explain-try-7 = Avanza con → (una hora) y mira cómo se iluminan por turnos las flechas del ciclo; ← retrocede volviendo a reproducir la ejecución desde su semilla.
stablecoin-explain-history-title = Mayo de 2022: la historia y dónde se separa el modelo
stablecoin-explain-history-p1 = Los puntos grises de los gráficos son la historia diaria de www/data (aproximada: cada fila del archivo dice de dónde sale; los valores se sitúan a mediodía). La historia es la vara de medir, nunca una entrada: el modelo solo parte de los suministros y precios del 5 de mayo. El 7 de mayo empezaron grandes ventas en Curve y siguieron retiradas de Anchor (depósitos en Anchor: 14 mil millones de $ el 6 de mayo, 8,7 mil millones de $ el 9 de mayo, unos 2,6 mil millones de $ el 12 de mayo); UST perdió la paridad por primera vez el 8–9 de mayo; LFG vendió unos 80.000 BTC el 9–10 de mayo; la propuesta 1164 subió BasePool de 50 millones a 100 millones de SDR y redujo PoolRecoveryPeriod de 36 a 18 bloques el 12 de mayo; la cadena se detuvo en el bloque 7603700 el 12 de mayo (unos 80 minutos) y en el bloque 7607789 el 13 de mayo, tras lo cual se desactivaron los swaps; para entonces el suministro de LUNA había pasado de unos 345 millones a 6,5 billones.
stablecoin-explain-history-1 = Cerca (con diez semillas, comprobado por un test): UST cae por debajo de 0,40 $ el 12 de mayo y está en torno a 0,16–0,18 $ en la parada final, sin recuperación; el suministro de UST en la parada final es de unos 12,1 mil millones (historia: 11,3–12,6 mil millones); el suministro de LUNA se multiplica unas 3000–4200 veces, casi todo el 12 de mayo (historia: unas 19.000 veces para el 13 de mayo); la reserva se agota la tarde del 9 de mayo (historia: 9–10 de mayo).
stablecoin-explain-history-2 = Tarde: LUNA se mantiene cerca de 85 $ hasta el 9 de mayo (historia: 62 $ el 8 de mayo, 44 $ el 9 de mayo) y UST sigue cerca de 0,82 $ el 11 de mayo (historia: 0,31 $). El colapso del modelo llega alrededor de un día después que el de la historia.
stablecoin-explain-history-3 = Tras la parada UST sigue hundiéndose (hasta unos 0,05 $ el 16 de mayo; historia: 0,11 $); el precio de LUNA se recupera en parte en el modelo porque sus tenedores recompran con sus propios dólares (historia: se quedó cerca de 0,0001 $).
stablecoin-explain-history-4 = No modelado: la caída del propio rendimiento (aquí el tipo de Anchor es un parámetro fijo), la caída de BTC de unos 36.000 $ a 29.000 $ en esos días, los votos exactos de los validadores al oráculo.
stablecoin-explain-choices-title = Decisiones de modelado y sus fuentes
stablecoin-explain-choices-1 = Por bloque, sea cual sea el paso: los swaps del módulo de mercado, ApplySwapToPool y ReplenishPools del EndBlocker se ejecutan una vez por bloque de 6 segundos (classic-core x/market); el oráculo toma el precio de mercado de LUNA una vez por periodo de votación de 5 bloques (x/oracle, 30 s). Un paso de un minuto ejecuta diez bloques, uno de 6 segundos, uno: el resultado no depende del paso (un test compara pasos de 60 s y 20 s con pasos de 6 s en todos los escenarios).
stablecoin-explain-choices-2 = Dinero que cuadra: cada dólar, UST y LUNA pertenece a un agente (tenedores de UST, tenedores de LUNA, compradores externos, arbitrajistas, la reserva, los creadores de mercado de los dos mercados, el pool de comisiones del oráculo) o lo acuña o quema el módulo de mercado. Los dólares solo entran a ritmos declarados: las ventas de BTC de la reserva y el presupuesto de los compradores externos (2 mil millones de $ al día con plena confianza, escalado por la confianza, y que se detiene cuando se desactivan los swaps). Tras cada paso, por activo, la suma de saldos es igual a la inicial más lo acuñado menos lo quemado más esas entradas.
stablecoin-explain-choices-3 = Los tenedores de LUNA valoran su parte de la red: un token vale el valor de mercado inicial de LUNA por la confianza, dividido entre el suministro de hoy, así que la dilución les hace vender en vez de comprar (historia: LUNA cayó de 85 $ a 16 $ el 10 de mayo mientras su suministro crecía solo 1,12 veces).
stablecoin-explain-choices-4 = Los tenedores de UST salen más rápido con el pánico (un 30–40 % al día con pánico alto, el ritmo al que los depósitos de Anchor cayeron de 14 mil millones de $ el 6 de mayo a 8,7 mil millones de $ el 9 de mayo y unos 2,6 mil millones de $ el 12 de mayo) y más despacio con un descuento fuerte (el ritmo escala con el precio de UST).
stablecoin-explain-choices-5 = El volumen de arbitraje está limitado por bloque en volumen de UST (1 millón de UST) y por la parte de la profundidad de mercado de LUNA que pueden llevarse las ventas de un bloque (0,6 %): lo que limitó la huida real fue la capacidad de la cadena y de los exchanges, no el capital.
stablecoin-explain-choices-6 = El pánico está acotado: crece con la pérdida de paridad por encima de una tolerancia de 1 centavo y mientras el valor de mercado de LUNA está por debajo del suministro de UST, se satura en 3 (la confianza nunca baja del 5 %) y, si no, se desvanece.
stablecoin-explain-choices-7 = Calibrado, no medido: las ganancias del pánico, el presupuesto de los compradores externos y los dos límites de capacidad se eligieron para que mayo de 2022 caiga dentro de sus rangos registrados; la historia registrada solo se usa para comprobar.
stablecoin-explain-differs-title = Dónde se aparta el modelo de la realidad
stablecoin-explain-differs-1 = Un agente representativo de cada tipo. Los mercados externos son libros de producto constante: el de UST (1000 millones de $ por lado) representa a Curve y los exchanges y es menos plano cerca de la paridad que el de Curve; el de LUNA empieza con 2 mil millones de $ de profundidad y nunca se rellena de la nada.
stablecoin-explain-differs-2 = La demanda sigue al rendimiento como exp(elasticidad × (rendimiento − rendimiento inicial)) por la confianza, y la confianza es exp(−pánico). Son decisiones de modelado, no leyes medidas.
stablecoin-explain-differs-3 = La conservación es exacta: cada swap quema lo ofrecido y acuña exactamente su valor de oráculo en el otro token, menos el spread para el operador y el spread como comisión para el pool de recompensas del oráculo.
stablecoin-explain-sources = Fuentes: terra-money/classic-core x/market (keeper/swap.go ComputeSwap y ApplySwapToPool, keeper/keeper.go ReplenishPools, abci.go EndBlocker, keeper/msg_server.go, types/params.go) y x/oracle (VotePeriod); propuesta de gobernanza de Terra 1164; declaración de la reserva de LFG del 16 de mayo de 2022; Chain Lab reference/models.md §4 y los archivos de datos www/data/terra-may-2022-daily.csv y lfg-reserve-may-2022.csv (aproximados).

## Nombres, unidades y grupos de los parámetros
stablecoin-param-base = BasePool
stablecoin-param-recovery = PoolRecoveryPeriod
stablecoin-param-spread = MinStabilitySpread
stablecoin-param-sdr = Precio del SDR
stablecoin-param-raise = Límite de acuñación subido el día
stablecoin-param-rbase = BasePool tras la subida
stablecoin-param-rrecovery = PoolRecoveryPeriod tras la subida
stablecoin-param-halt1 = Primera parada el día
stablecoin-param-halt1min = Duración de la primera parada
stablecoin-param-halt = La cadena se detiene definitivamente el día
stablecoin-param-shock = Gran retirada el día
stablecoin-param-shockusd = Tamaño de la retirada
stablecoin-param-shockh = Retirada a lo largo de
stablecoin-param-btc = Reserva
stablecoin-param-btcusd = Precio de BTC
stablecoin-param-trigger = Defender por debajo de
stablecoin-param-defrate = Ritmo de defensa
stablecoin-param-yield = Rendimiento ofrecido
stablecoin-param-refyield = Rendimiento inicial de los tenedores
stablecoin-param-elasticity = Elasticidad de la demanda al rendimiento
stablecoin-param-adjust = Ajuste diario de los tenedores de UST
stablecoin-param-noise = Volatilidad diaria de la demanda
stablecoin-param-tolerance = Pérdida de paridad tolerada
stablecoin-param-gain = Pánico por día por $ de pérdida de paridad
stablecoin-param-backing = Pánico por día sin respaldo suficiente
stablecoin-param-decay = Disipación del pánico por día
stablecoin-param-exit = Velocidad de salida por unidad de pánico
stablecoin-param-exitpow = Reticencia a vender con descuento (potencia del precio)
stablecoin-param-panicmax = Pánico máximo
stablecoin-param-cadjust = Ajuste diario de los tenedores de LUNA
stablecoin-param-arbcap = Dólares de los arbitrajistas
stablecoin-param-arbdepth = Ventas de arbitraje por bloque, parte de la profundidad de LUNA
stablecoin-param-arbblock = Volumen de arbitraje por bloque
stablecoin-param-days = Días simulados
stablecoin-param-step = Segundos por paso
stablecoin-param-supply = Suministro de UST
stablecoin-param-csupply = Suministro de LUNA
stablecoin-param-cprice = Precio de LUNA
stablecoin-param-depth = Profundidad del mercado de UST
stablecoin-param-cdepth = Profundidad del mercado de LUNA
stablecoin-param-cash = Dólares de los tenedores de UST
stablecoin-param-ccash = Dólares de los tenedores de LUNA
stablecoin-param-dip = Presupuesto diario de los compradores externos de LUNA
stablecoin-param-dipspend = Parte del presupuesto que gastan al día los compradores externos
stablecoin-param-dipbelow = Los compradores externos compran por debajo de (fracción del precio inicial)
stablecoin-param-unit-blocks = bloques
stablecoin-param-unit-day = día
stablecoin-param-unit-min = min
stablecoin-param-unit-hours = horas
stablecoin-param-unit-days = días
stablecoin-param-unit-s = s
stablecoin-group-market = Módulo de mercado (límite de acuñación)
stablecoin-group-start = Inicio y mercados externos
stablecoin-group-holders = Tenedores de UST y rendimiento
stablecoin-group-panic = Pánico
stablecoin-group-events = Eventos
stablecoin-group-reserve = Reserva (como la de LFG)

## Las reglas de los parámetros (avisos y errores del panel)
stablecoin-rule-number = { $name } debe ser un número
stablecoin-rule-between = { $name } debe estar entre { $min } y { $max } (es { $value })
stablecoin-rule-spread = MinStabilitySpread debe ser menor que 1: un spread del 100 % detiene todos los swaps
stablecoin-rule-one-step = la ejecución debe tener al menos un paso
stablecoin-rule-max-steps = la ejecución tiene { $steps } pasos; como máximo { $max } (menos días o pasos más largos)
stablecoin-rule-stable-depth = la profundidad del mercado de UST debe ser menor que su suministro
stablecoin-rule-companion-depth = la profundidad del mercado de LUNA debe ser menor que su valor de mercado
stablecoin-notice-invalid = { $why }; se usan los parámetros del escenario { $scenario }

## Los momentos de la ejecución y la narración (la región en vivo, el registro de eventos, las exportaciones)
stablecoin-date-may = { $d } de mayo, { $time } UTC
stablecoin-date-june = { $d } de junio, { $time } UTC
stablecoin-date-july = { $d } de julio, { $time } UTC
stablecoin-usd = { $n } $
stablecoin-words-million = { $n } millones
stablecoin-words-billion = { $n } mil millones
stablecoin-words-trillion = { $n } billones
stablecoin-words-ten-thousand = { $n } decenas de miles
stablecoin-words-hundred-million = { $n } cientos de millones
stablecoin-moment-withdrawal = empieza la gran retirada: { $usd } en UST que se venderán a lo largo de { $hours } horas
stablecoin-moment-halt = la cadena se detiene: no hay más swaps a través del módulo de mercado
stablecoin-moment-cap-raised = la gobernanza sube el límite de acuñación (BasePool de { $base } a { $raised_base } SDR, PoolRecoveryPeriod de { $blocks } a { $raised_blocks } bloques): capacidad de { $before } a { $after } al día
stablecoin-moment-cap-lowered = la gobernanza baja el límite de acuñación (BasePool de { $base } a { $raised_base } SDR, PoolRecoveryPeriod de { $blocks } a { $raised_blocks } bloques): capacidad de { $before } a { $after } al día
stablecoin-moment-reserve-buys = la reserva empieza a vender BTC para comprar UST, que cotizó por debajo de { $price }
stablecoin-moment-reserve-spent = la reserva se ha agotado: vendidos los { $btc } BTC
stablecoin-moment-peg-lost = se rompe la paridad: UST cierra un paso por debajo de 0,98 $, a { $price }
stablecoin-moment-peg-back = UST vuelve por encima de 0,99 $, a { $price }
stablecoin-moment-cap-used-up = el límite de acuñación aprieta: un canje pequeño paga ahora más de un { $pct } % de spread
stablecoin-moment-cap-free = el límite de acuñación vuelve a tener margen: se usa menos del { $pct } %
stablecoin-moment-below-one = LUNA cae por debajo de 1 $, hasta { $price }
stablecoin-narr-when-may = { $date } (día { $day })
stablecoin-narr-when-day = Día { $day }
stablecoin-narr-head = { $when }: UST { $price }
stablecoin-narr-change = , { $change } { $window }
stablecoin-narr-last-hour = en la última hora
stablecoin-narr-since-start = desde el inicio
stablecoin-narr-24-hours = en 24 horas
stablecoin-narr-unchanged = sin cambios
stablecoin-narr-up = sube { $c } centavos
stablecoin-narr-down = baja { $c } centavos
stablecoin-narr-no-change = sin cambios
stablecoin-narr-times = ×{ $x }
stablecoin-narr-plus = +{ $pct } %
stablecoin-narr-minus = −{ $pct } %
stablecoin-narr-luna = ; LUNA { $price }; suministro de LUNA { $supply }
stablecoin-narr-reserve-spent = ; reserva agotada
stablecoin-narr-reserve-untouched = ; reserva intacta
stablecoin-narr-reserve-under-1 = ; gastado menos del 1 % de la reserva
stablecoin-narr-reserve-pct = ; gastado el { $pct } % de la reserva
stablecoin-narr-no-reserve = ; sin reserva
stablecoin-narr-halted = ; cadena detenida, sin swaps
stablecoin-narr-moment = { $time }: { $text }
stablecoin-narr-stop = {"."}
stablecoin-narr-over = La ejecución ha terminado.
