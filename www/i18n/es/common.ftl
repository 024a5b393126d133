# Chain Lab: la interfaz común, las herramientas de aula y los avisos que comparten todas las páginas.
# Traducción al español del catálogo inglés (www/i18n/en/common.ftl; docs/translating.md).

## La cabecera, la navegación y el menú de idioma
brand = Chain Lab
nav-label = Simulaciones
sim-consensus-nav = Consenso por muestreo
sim-rollup-nav = Rollup optimista
sim-swap-nav = Intercambio atómico
sim-stablecoin-nav = Stablecoin
sim-validators-nav = Validadores
lang-menu-label = Idioma
lang-problem = Parte de esta página no se ha podido mostrar en tu idioma ({ $why }); se muestra en inglés.

## Carga y páginas que no existen
app-opening-playlist = Abriendo la lista de reproducción…
app-loading-page = Cargando la página…
not-found-title = Esta simulación todavía no existe
not-found-text = No hay ninguna página en { $path }.
not-found-link = Ver las simulaciones de Chain Lab
module-error-text = Cada simulación es un archivo propio ({ $file }), que se descarga la primera vez que se abre su página, y este no se ha podido cargar.
offline-hint = ¿Sin conexión? La aplicación guarda cada página que ha abierto; esta todavía no se ha abierto con conexión en este navegador. Conéctate y vuelve a intentarlo.
try-again = Reintentar
other-simulations = Otras simulaciones

## La ayuda del teclado
help-button-title = Atajos de teclado (?)
help-title = Teclado
help-key-space = Espacio
help-do-space = reproducir o pausar
help-key-next = → o Av Pág
help-do-next = avanzar una ronda (lo que envían los mandos de presentación)
help-key-back = ← o Re Pág
help-do-back = retroceder una ronda (repite la ejecución desde su semilla)
help-key-reset = R
help-do-reset = reiniciar la ejecución en la ronda 0
help-key-views = 1 – 4
help-do-views = página de consenso: cambiar de vista (red, comparar, experimento, subredes)
help-key-help = ?
help-do-help = abrir esta ayuda
help-key-close = Esc
help-do-close = cerrar esta ayuda
help-key-tab = Tab
help-do-tab = moverse entre los controles; Intro o Espacio los activa
help-clicker = Los botones de avance y retroceso de un mando de presentación envían Av Pág y Re Pág: hacen avanzar o retroceder la simulación o, en modo presentación con una lista de reproducción, pasan a la escena siguiente o anterior (las flechas siguen avanzando paso a paso).
close = Cerrar

## El panel de explicación de cada página
explain-label = Explicación

## Los controles de tiempo (en cada página de simulación)
time-controls-label = Controles de tiempo
time-play = Reproducir
time-pause = Pausa
time-finished = Terminado
time-play-title = Reproducir o pausar (Espacio)
time-back = Atrás
time-back-title = Retroceder: { $unit } anterior (flecha izquierda, Re Pág)
time-step = Avanzar
time-step-title = Avanzar: { $unit } siguiente (flecha derecha, Av Pág)
time-reset = Reiniciar
time-reset-title = Volver al principio (R)
time-speed = Velocidad
time-speed-max = lo más rápido posible
time-seed = Semilla
time-seed-error = { $value } no es una semilla: usa un número entero de 0 a 18446744073709551615
time-new-seed = Nueva semilla
time-new-seed-title = Sortear una nueva semilla aleatoria
time-copy-link = Copiar enlace
time-copy-link-title = Copiar un enlace a esta ejecución en este momento
time-link-copied = Enlace copiado
time-link-below = Enlace abajo
time-link-label = Enlace a este momento
notice-settings = Algunos ajustes de este enlace no se han podido usar:
notice-dismiss = Descartar

## Cómo se llama un paso de cada simulación (se inserta en los textos de los controles de tiempo)
unit-round = ronda
unit-run = ejecución
unit-block = bloque
unit-epoch = época
unit-minute = minuto
unit-hour = hora
unit-batch = lote
unit-step = paso

## Las herramientas de aula: la barra, el código QR, la inserción, las exportaciones
dock-timeline = Línea de tiempo
dock-step-label = { $unit } { $step } de { $furthest } hasta ahora
dock-tools-label = Herramientas de aula
dock-qr = Código QR
dock-qr-title = Mostrar un código QR de esta ejecución para móviles
dock-present = Presentar
dock-present-title = Tema de proyector, pantalla completa, listas de reproducción
dock-tour = Visita guiada
dock-embed = Insertar
dock-embed-title = Poner esta simulación en tu propia página
qr-title = Abre esta ejecución en tu móvil
qr-image-label = Código QR del enlace a esta ejecución
qr-too-long = Este enlace es demasiado largo para un código QR.
qr-link-label = Enlace del código QR
embed-title = Insertar esta simulación
embed-text = Pega esto en tu página. Se abre en este momento, sin los menús del sitio, empieza cuando aparece en pantalla y acepta órdenes por postMessage (consulta docs/embed.md).
embed-code-label = Código para insertar
embed-copy = Copiar el código
embed-copied = Copiado
embed-copy-by-hand = Selecciona el código de arriba y cópialo
# El título del <iframe> del código para insertar ($sim: el nombre de la ruta de la simulación, "swap").
embed-iframe-title = Chain Lab: simulación { $sim }
embed-footer = Chain Lab · abrir la página completa
export-button = Exportar
export-files-failed = No se han podido generar los archivos de datos: { $why }
export-gone = { $file } ya no está disponible
export-save-failed = No se ha podido guardar el archivo: { $why }

## La barra del modo presentación
present-label = Presentación
present-back = Retroceder: { $unit } anterior
present-back-title = Retroceder: { $unit } anterior (flecha izquierda)
present-step = Avanzar: { $unit } siguiente
present-step-title = Avanzar: { $unit } siguiente (flecha derecha)
present-reset = Volver al principio
present-step-label = { $unit } { $step }
present-fullscreen = Pantalla completa
present-playlist = Lista de reproducción
present-playlist-none = ninguna
present-playlist-file = desde un archivo
present-playlist-unknown = no encontrada: { $name }
present-open = Abrir archivo…
present-open-title = Abrir un archivo de lista de reproducción
present-exit = Salir
present-exit-title = Salir del modo presentación

## Listas de reproducción y visitas guiadas, escena a escena
walk-position = { $title } · { $i } de { $n }
walk-predict = Predice y luego ejecuta:
walk-right = Correcto.
walk-wrong = No exactamente.
walk-run = Ejecutar
walk-show-answer = Mostrar la respuesta
walk-next = Siguiente
walk-end-tour = Terminar la visita
walk-error = Esta lista de reproducción no se ha podido usar: { $why }

## Problemas con las claves propias de un enlace (embed, present, playlist, tour, cue, end, lang)
shell-not-on-off = { $key } = { $value } no es 0 ni 1; se toma como 1 (activado)
shell-lang = lang = { $value } no es un idioma de Chain Lab ({ $tags }); se usa el del navegador
shell-end = end = { $value } no es stop ni loop; se detiene en el primer momento
shell-cue = cue = { $value } no es un número de escena (0, 1, 2…); se muestra la escena 0
shell-cue-past = cue = { $cue } está fuera de las { $n } escenas de esta lista (de 0 a { $last }); se muestra la última
# Un valor largo de un enlace, recortado para un aviso.
query-clipped = { $start }… ({ $n } caracteres)

## Problemas con un archivo de lista de reproducción
playlist-not-json = no es una lista de reproducción: { $why }
playlist-cue-count = una lista tiene de 1 a { $max } escenas; esta, { $n }
playlist-cue-sim = escena { $n }: sim { $sim } no es ninguna de { $sims }
playlist-cue-seed = escena { $n }: seed = { $seed } supera { $max }, el mayor número entero que un navegador guarda con exactitud
playlist-cue-at = escena { $n }: at = { $at } supera { $max }
playlist-cue-from = escena { $n }: from no puede ser posterior a at
playlist-cue-params = escena { $n }: params es una cadena de consulta como "n=400&k=20"
playlist-cue-param-key = escena { $n }: params no puede fijar { $key } (usa los campos propios de la escena)
playlist-cue-predict = escena { $n }: una predicción tiene de 2 a 6 opciones y una respuesta entre ellas
playlist-unknown = no hay ninguna lista de reproducción llamada { $name }
playlist-untranslated = Esta lista de reproducción aún no está disponible en tu idioma ({ $why }); se muestra en inglés.

## Errores
error-title = Algo ha fallado
error-text = La simulación ha sufrido un error del que no ha podido recuperarse. Tu enlace no ha cambiado: puedes recargarlo o volver a la página de inicio con los ajustes predeterminados.
error-reload = Recargar este enlace
error-reset = Restablecer los valores predeterminados
# $what: la imagen, tal como la nombra la página ("history chart").
draw-failed = No se ha podido dibujar { $what }: { $why }
export-empty = { $file } ha salido vacío
codec-loading = Cargando el Brotli del publicador de lotes ({ $file }, unos 460 KB); mientras tanto, la ejecución continúa.
codec-failed = Esta página comprime cada lote con Brotli real, que llega como un archivo aparte ({ $file }, unos 460 KB) la primera vez que se abre la página, y ese archivo no se ha podido cargar: { $why }

## Texto de los gráficos (dibujado en los lienzos; `largo|corto`: la forma corta se dibuja donde no cabe la larga)
chart-prefer = prefieren { $colour }
chart-mean-confidence = confianza media / Beta
chart-finalised = finalizados
chart-history-title = Nodos honestos por preferencia, ronda a ronda
chart-history-x = ronda
chart-history-y = proporción de nodos honestos|nodos honestos
chart-histogram-title = Rondas hasta la finalidad en { $n } ejecuciones
chart-histogram-empty = Pulsa Reproducir para iniciar las ejecuciones
chart-histogram-none = Ninguna ejecución ha finalizado todavía
chart-histogram-x = rondas hasta que todos los nodos honestos finalizan|rondas hasta la finalidad
chart-histogram-y = ejecuciones
chart-balances-title = Quién tiene cada tramo del intercambio
chart-balances-x-minutes = tiempo desde el inicio (minutos)|minutos
chart-balances-x-hours = tiempo desde el inicio (horas)|horas
chart-balances-y = parte del tramo en su poder|en su poder
chart-alice-a = Alice en A (BTC)
chart-bob-a = Bob en A (BTC)
chart-alice-b = Alice en B (ETH)
chart-bob-b = Bob en B (ETH)
chart-held-all = { $wallet }: todo
chart-held-none = { $wallet }: nada
chart-held-part = { $wallet }: una parte
chart-sweep-title = Solo L1 frente al rollup, según la carga ofrecida (escalas logarítmicas)|Solo L1 frente al rollup
chart-sweep-l1 = solo L1 (21.000 de gas por transacción)|solo L1
chart-sweep-rollup = rollup (datos del lote + 21.000 de gas por lote)|rollup
chart-sweep-capacity = capacidad de L1
chart-sweep-x = carga ofrecida, tx/s
chart-sweep-throughput = Transacciones incluidas (rendimiento)|rendimiento
chart-sweep-throughput-y = tx/s incluidas
chart-sweep-cost = Coste en L1 por transacción
chart-sweep-cost-y = gwei por tx

## Los ajustes de un enlace que no se han usado tal como venían ($key: el parámetro, $value: tal como se escribió)
query-more = y { $n } ajustes más de este enlace no se han usado tal como venían
query-outside = { $key } = { $value } está fuera de { $lo }..{ $hi }; se usa el valor predeterminado, { $default }
query-not-whole = { $key } = { $value } no es un número entero de { $lo } a { $hi }; se usa el valor predeterminado, { $default }
query-not-number = { $key } = { $value } no es un número; se usa el valor predeterminado, { $default }
query-list-ignored = { $key }: se ignora { $bad } (cada elemento debe ser un número de { $lo } a { $hi })
query-not-one-of = { $key } = { $value } no es ninguno de { $names }; se usa el valor predeterminado, { $default }
query-unknown = parámetro desconocido { $key } ignorado
