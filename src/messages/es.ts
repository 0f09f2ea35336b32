// The Spanish message catalogue: the same keys as en.ts, in the order of en.ts,
// written for a secondary-school student in Mexico (the player is "tú").
// Placeholders in braces must stay exactly as in English: `format` fills them
// by name, and the catalogue test checks each key keeps the same set.
import type { Catalogue } from './i18n.ts';

export const es: Catalogue = {
  'meta.locale': 'es',
  'meta.name': 'Español',
  'side.human': 'tú',
  'side.computer': 'computadora',
  'move.propose': 'Proponer un paquete',
  'move.accept': 'Aceptar su propuesta',
  'move.reject': 'Rechazar su propuesta',
  'move.statement': 'Hablar ({tone})',
  'move.evidence': 'Presentar pruebas: {label}',
  'move.redLine': 'Marcar una línea roja: {option}',
  'move.defer': 'Dejar para las pláticas de seguimiento: {issue}',
  'move.endCall': 'Terminar la llamada',
  'tone.respectful': 'Respetuoso',
  'tone.firm': 'Firme',
  'tone.threatening': 'Amenazante',
  'cause.propose': 'propuesta',
  'cause.accept': 'acuerdo',
  'cause.reject': 'rechazo',
  'cause.respectful': 'respeto',
  'cause.firm': 'palabras firmes',
  'cause.threatening': 'amenaza',
  'cause.evidence': 'pruebas',
  'cause.redLine': 'línea roja',
  'cause.defer': 'aplazamiento',
  'cause.clock': 'el reloj',
  'meter.change': '{delta} {meter}: {cause}',
  'call.clock': '{minutes}:{seconds} de {total}:00',
  'call.standing': 'Sobre la mesa ({by}): {deal}',
  'call.nothingStanding': 'No hay nada sobre la mesa.',
  'call.settled': 'Acordado: {deal}',
  'call.yourTurn': 'Te toca, {leader}. ¿Qué haces?',
  'call.theirTurn': '{leader} está pensando…',
  'call.choose': 'Elige un número: ',
  'call.chooseOption': '{issue} — elige una opción (Enter para dejarlo fuera): ',
  'call.optionDeferred': 'dejar para {talks}',
  'deal.deferred': '{issue}: se deja para {talks}',
  'call.emptyProposal': 'Una propuesta necesita al menos un tema.',
  'call.invalidChoice': 'Ese no es uno de los números.',
  'call.crossesRedLine': 'Esa propuesta cruza una de tus propias líneas rojas: cámbiala.',
  'call.ringing': '☎ Suena el teléfono: {leader}, de {country}, está en la línea.',
  'call.quote': '(palabras reales, según {source})',
  'end.title': 'La llamada terminó: {title}',
  'end.reason.agreement':
    'Las dos partes se pusieron de acuerdo en todos los temas, y la llamada terminó.',
  'end.reason.hang-up': '{leader} terminó la llamada.',
  'end.reason.time': 'Se acabó el tiempo.',
  'end.reason.threshold': 'Un indicador llegó a su límite.',
  'end.deal': 'El acuerdo: {deal}',
  'end.noDeal': 'No se acordó ningún tema.',
  'end.utility':
    'Lo que vale para ti: {mine} (sin acuerdo: {walkAway}). El mejor acuerdo para ambos (punto de Nash): {nash}.',
  'end.whatHappened': 'Lo que pasó en realidad',
  'strategy.limits':
    'No llegar a un acuerdo valía {walkAway} para {them}; en esta dificultad, {they} no aceptaría nada por debajo de {reservation}.',
  'ending.tab.deal': 'El acuerdo',
  'ending.tab.moves': 'Tus jugadas',
  'ending.tab.strategy': 'Su estrategia',
  'ending.tab.history': 'Lo que pasó',
  'ending.gap': '¿Pudieron ambos lados haberlo hecho mejor?',
  'ending.path': 'las propuestas, en orden (◆ tuyas, ◇ suyas)',
  'ending.movesTitle': 'Cada jugada, calificada',
  'ending.movesPage': 'Jugadas {from}–{to} de {count}',
  'ending.previous': '◀ Anteriores',
  'ending.next': 'Siguientes ▶',
  'ending.noMistakes': 'No hubo errores en tus jugadas.',
  'ending.mistakes': 'Errores de los que puedes aprender: {list}',
  'ending.strategyTitle': 'Cómo jugó {leader}',
  'ending.strategyValues': 'Cuánto valía cada opción para {leader} (peso del tema)',
  'ending.strategyAims': 'Qué buscaba {leader} a lo largo de la llamada',
  'ending.strategyMoments': 'Cuándo cambió de rumbo {leader}',
  'ending.noStrategy':
    'Los dos lados los jugaron personas: no hay estrategia de la computadora que mostrar.',
  'ending.questions': 'Preguntas para comentar',
  'ending.handIn': 'Entregar…',
  'ending.fullDebrief': 'Análisis completo y repetición',
  'handIn.title': 'Entrega tu resultado',
  'handIn.intro':
    'Tu resultado es un archivo pequeño con tus jugadas: tu maestro o maestra lo abre y ve tu partida tal como la jugaste. No se envía nada a ningún lado: tú lo entregas.',
  'handIn.name': 'Tu nombre (como te conoce tu maestro o maestra)',
  'handIn.download': 'Descargar el archivo de resultado',
  'handIn.copy': 'Copiar el enlace',
  'handIn.copied': 'Enlace copiado.',
  'handIn.copyFailed': 'No se pudo copiar: selecciona el enlace y cópialo.',
  'handIn.link': 'El mismo resultado como enlace',
  'handIn.qr': 'O escanea este código con el dispositivo de tu maestro o maestra',
  'handIn.print': 'Abrir el análisis para imprimir',
  'handIn.close': 'Cerrar',
  'debriefPage.title': 'Análisis: {scenario}',
  'debriefPage.who': '{student} jugó como {leader} ({difficulty}) contra {otherLeader}.',
  'debriefPage.anonymous': 'Un alumno',
  'debriefPage.unfinished': 'La partida de este resultado no está terminada.',
  'debriefPage.cannotOpen': 'No se puede abrir este análisis: {message}.',
  'debriefPage.noLink':
    'En esta dirección no hay ningún resultado. Abre un archivo de resultado, o abre un análisis desde el final de una partida o desde la página de la clase.',
  'debriefPage.back': 'Volver al juego',
  'debriefPage.open': 'Abrir un archivo de resultado…',
  'debriefPage.print': 'Imprimir este análisis',
  'debriefPage.map': 'El mapa de acuerdos',
  'debriefPage.mapLabel':
    'Cada acuerdo posible según lo que vale para {leader} (horizontal) y para {otherLeader} (vertical), la frontera de Pareto, el punto de Nash, el valor sin acuerdo de cada lado, las propuestas hechas y el acuerdo final.',
  'debriefPage.moves': 'Cada jugada, calificada',
  'debriefPage.time': 'Tiempo',
  'debriefPage.move': 'Jugada',
  'debriefPage.step': 'Tipo de paso',
  'debriefPage.meters': 'Indicadores',
  'debriefPage.advice': 'Qué estuvo bien, o qué habría sido mejor',
  'debriefPage.metersChart': 'Los indicadores a lo largo de la llamada',
  'debriefPage.replay': 'Repetir la llamada',
  'debriefPage.replayHelp':
    'Recorre la llamada jugada por jugada. Mírala desde cualquiera de los dos lados: lo que sabía y quería cada quien en ese momento.',
  'debriefPage.first': '« Inicio',
  'debriefPage.previous': '◀ Jugada anterior',
  'debriefPage.next': 'Jugada siguiente ▶',
  'debriefPage.last': 'Final »',
  'debriefPage.step.of': 'Jugada {n} de {count}',
  'debriefPage.start': 'El inicio de la llamada',
  'debriefPage.asLeader': 'Como {leader}',
  'debriefPage.brief': 'Su informe',
  'debriefPage.goals': 'Sus objetivos',
  'debriefPage.ownRedLines': 'Sus líneas rojas',
  'debriefPage.knownRedLines': 'Líneas rojas del otro lado que conocía',
  'debriefPage.none': 'ninguna',
  'debriefPage.tableWorth':
    'La propuesta sobre la mesa valía {worth} para este lado (sin acuerdo: {walkAway}).',
  'debriefPage.noTable': 'No había nada sobre la mesa.',
  'debriefPage.aim':
    '{leader}, a quien juega la computadora, buscaba un acuerdo que valiera {aim}.',
  'debriefPage.settled': 'Acordado hasta ahora: {deal}',
  'debriefPage.transcript': 'La llamada hasta ahora',
  'class.title': 'Resultados del grupo',
  'class.intro':
    'Agrega los archivos o enlaces de resultado de tus alumnos: cada uno se comprueba volviendo a jugar la partida, y abajo se juntan los del grupo. Todo pasa en este navegador: no se sube nada a ningún lado.',
  'class.drop': 'Suelta aquí los archivos de resultado',
  'class.choose': 'o elige archivos…',
  'class.links': 'O pega enlaces de resultado, uno por línea',
  'class.addLinks': 'Agregar los enlaces',
  'class.clear': 'Empezar de nuevo',
  'class.back': 'Volver al juego',
  'class.added.one': '{count} resultado agregado.',
  'class.added.other': '{count} resultados agregados.',
  'class.refused.one': '{count} rechazado.',
  'class.refused.other': '{count} rechazados.',
  'class.duplicate.one': '{count} ya estaba aquí.',
  'class.duplicate.other': '{count} ya estaban aquí.',
  'class.rejected': 'No contados',
  'class.rejectedItem': '{source}: {message}',
  'class.duplicates': 'Ya agregados (omitidos): {sources}',
  'class.tooLarge':
    'este archivo es mucho más grande que un archivo de resultado: no es uno de ellos',
  'class.unreadable': 'no se pudo leer este archivo',
  'class.link': 'enlace {n}',
  'class.none': 'Todavía no hay resultados. Suelta archivos o pega enlaces arriba.',
  'class.scenario': 'Escenario',
  'class.scenarioOption': '{title} ({count})',
  'class.for.one': '{title}: {count} alumno',
  'class.for.other': '{title}: {count} alumnos',
  'class.endings': 'Cómo terminaron las llamadas',
  'class.endingsChart': 'Cuántas llamadas llegaron a cada final',
  'class.ending': 'Final',
  'class.students': 'Alumnos',
  'class.share': 'Porcentaje',
  'class.map': 'El acuerdo de cada alumno',
  'class.mapLabel':
    'Cada acuerdo posible según lo que vale para {first} (horizontal) y para {second} (vertical), la frontera de Pareto, el punto de Nash, el valor sin acuerdo de cada lado y el acuerdo final de cada alumno: círculos para quienes jugaron como {first}, triángulos para {second}.',
  'class.mapLegend':
    'Círculos: alumnos que jugaron como {first}. Triángulos: alumnos que jugaron como {second}. La línea es la frontera de Pareto; N es el punto de Nash.',
  'class.pareto': 'El {share} de los acuerdos no se podía mejorar para ambos lados.',
  'class.averages': 'Puntajes promedio según el lado jugado',
  'class.side': 'Lado jugado',
  'class.own': 'Su propio puntaje',
  'class.other': 'El puntaje del otro lado',
  'class.mistakes': 'Los errores más comunes',
  'class.mistakeCount': '{label}: {students} de {count} alumnos ({occurrences} veces)',
  'class.noMistakes': 'Ningún alumno cometió ninguno de los errores que busca la calificación.',
  'class.everyStudent': 'Todos los alumnos',
  'class.name': 'Alumno',
  'class.difficulty': 'Dificultad',
  'class.score': 'Puntaje',
  'class.otherScore': 'Otro lado',
  'class.optimal': 'No se podía mejorar para ambos',
  'class.studentMistakes': 'Errores',
  'class.yes': 'sí',
  'class.no': 'no',
  'class.debrief': 'Análisis',
  'class.debriefOf': 'Análisis de {name}',
  'save.offer': 'Tu última partida: {title}, como {leader}, guardada a las {time}.',
  'save.resume': 'Continuarla',
  'save.discard': 'Empezar de cero',
  'save.problem.damaged':
    'No se pudo leer tu partida guardada, así que el juego empieza de cero (se guarda una copia en este navegador).',
  'save.problem.old-version':
    'Tu partida guardada es de una versión anterior de Standoff y no se puede continuar: el juego empieza de cero (se guarda una copia en este navegador).',
  'save.problem.scenario-changed':
    'El escenario de tu partida guardada cambió desde entonces, así que no se puede continuar: el juego empieza de cero (se guarda una copia en este navegador).',
  'save.problem.full':
    'El almacenamiento de este navegador está lleno: tu partida no se está guardando.',
  'save.problem.blocked': 'Este navegador no permite guardar: tu partida no se está guardando.',
  'save.ok': 'Entendido',
  'title.name': 'STANDOFF',
  'title.heading': 'Standoff: un juego de negociación',
  'title.tagline': 'Una negociación por teléfono. Tú hablas por una de las partes.',
  'title.scenario': 'Escenario',
  'title.side': 'Juegas como',
  'title.difficulty': 'Dificultad',
  'title.difficulty.easy': 'Fácil',
  'title.difficulty.normal': 'Normal',
  'title.difficulty.hard': 'Difícil',
  'title.sound.on': 'Sonido: activado (M)',
  'title.sound.off': 'Sonido: desactivado (M)',
  'title.textSize': 'Tamaño del texto: {size} %',
  'title.start': 'Leer el informe',
  'title.broken': '{file} tiene problemas y no se puede jugar:',
  'title.brokenLine': 'línea {line}: {message}',
  'title.sideLabel': '{leader} ({country})',
  'briefing.title': 'Informe: {leader}, {title}',
  'briefing.context': 'La situación',
  'briefing.yours': 'Tu informe (solo tú lo ves)',
  'briefing.goals': 'Tus objetivos',
  'briefing.redLines': 'Tus líneas rojas: nunca aceptarás',
  'briefing.theirs': 'Lo que se sabe que quiere {leader}',
  'briefing.theirRedLines': '{leader} nunca aceptará',
  'briefing.walkAway': 'Si no hay acuerdo',
  'briefing.sources': 'Fuentes',
  'briefing.meters': 'Qué miden los indicadores',
  'briefing.start': 'Tomar la llamada',
  'briefing.back': 'Volver',
  'call.answer': 'Contestar el teléfono',
  'call.continue': 'Continuar',
  'call.thinking': '{leader} está pensando… (haz clic o presiona una tecla para saltar)',
  'call.waiting': 'Esperando a {leader}…',
  'call.table': 'Sobre la mesa',
  'call.moves': 'Tu jugada',
  'call.issue': 'Tema',
  'call.settledLabel': '✓ acordado',
  'call.standingMine': '◆ tu propuesta',
  'call.standingTheirs': '◆ su propuesta',
  'call.yourProposal': 'Tu propuesta',
  'call.pick': 'Elegir {option} para {issue}',
  'call.leaveOut': '—',
  'call.send': 'Proponer este paquete',
  'call.speak': 'Hablar',
  'call.evidence': 'Pruebas',
  'call.redLines': 'Línea roja: {option}',
  'call.deferTitle': 'Dejar para pláticas posteriores',
  'call.hangUp': 'Colgar',
  'call.timeLeft': 'Quedan {minutes}:{seconds}',
  'call.seeEnding': 'Ver cómo terminó',
  'call.meterValue': '{value} de 100',
  'call.meterNearLimit': '{value} de 100, cerca de {limit}, donde la llamada termina',
  'ending.why': 'Por qué',
  'ending.deal': 'El acuerdo',
  'ending.meters': 'Los indicadores a lo largo de la llamada',
  'ending.space': 'Tu acuerdo entre todos los acuerdos posibles',
  'ending.spaceHelp':
    'Cada punto es un acuerdo posible: más a la derecha es mejor para ti, más arriba es mejor para {leader}. La línea une los acuerdos que ningún otro supera para ambos (la frontera de Pareto). N marca el punto de Nash; las líneas punteadas son el valor sin acuerdo de cada lado.',
  'ending.yours': 'tu acuerdo',
  'ending.nash': 'Punto de Nash',
  'ending.standing':
    'Tu acuerdo vale {mine} para ti (sin acuerdo: {myWalk}) y {theirs} para {leader} (sin acuerdo: {theirWalk}). {frontier}',
  'ending.onFrontier': 'Ningún otro acuerdo era mejor para los dos.',
  'ending.offFrontier':
    'Había {count} acuerdos más que eran mejores para los dos: quedó valor sobre la mesa.',
  'ending.history': 'Lo que pasó en realidad',
  'ending.again': 'Jugar otra vez',
  'ending.switch': 'Cambiar de lado',
  'ending.other': 'Otro escenario',
  'live.meter': '{text}',
  'live.turn': 'Te toca.',
  'live.ended': 'La llamada terminó: {title}.',
  'caption.ring': '[Suena el teléfono]',
  'caption.pickup': '[Clic: se abre la línea]',
  'caption.hangup': '[Clic, luego el tono de marcar: la línea está muerta]',
  'caption.tension': '[Música grave e inquieta]',
  'caption.tensionRises': '[La música crece: sube la tensión]',
  'caption.tensionEases': '[La música se calma]',
  'caption.sting-good': '[Un acorde brillante que sube]',
  'caption.sting-mixed': '[Un acorde sin resolver]',
  'caption.sting-bad': '[Un acorde oscuro que baja]',
  'path.propose': '{leader} propone {deal}',
  'path.accept': '{leader} acepta',
  'path.reject': '{leader} rechaza',
  'path.statement': '{leader} habla ({tone})',
  'path.evidence': '{leader} presenta “{evidence}”',
  'path.redLine': '{leader} declara que {option} es una línea roja',
  'path.defer': '{leader} propone dejar {issue} para pláticas posteriores',
  'path.endCall': '{leader} cuelga',
  'check.reached': '{ending}: se llega en {count} jugadas: {moves}',
  'problems.title': '{file} todavía no se puede jugar ({count} por corregir)',
  'problems.line': 'Línea {line}, columna {column}: {message}\n   Corrección: {fix}',
  'problems.whole': '{message}\n   Corrección: {fix}',
  'problems.more': '…y {count} más: corrige estos primero y luego vuelve a abrir el archivo.',
  'problems.back': 'Volver a la pantalla de inicio',
  'title.open': 'Abrir un archivo de escenario…',
  'title.write': 'Escribir un escenario…',
  'title.language': 'Idioma / Language: {name}',
  'title.classLink': 'Enlace para mi grupo…',
  'title.players.one': 'Jugadores: uno, contra la computadora',
  'title.players.two': 'Jugadores: dos, en esta computadora',
  'handover.title': 'Pásale la computadora a {leader}',
  'handover.body':
    '{leader} ({country}): toma la computadora. El otro jugador no debe ver tu pantalla, igual que tú no viste la suya.',
  'handover.next.briefing': 'Sigue: tu informe privado.',
  'handover.next.call': 'Sigue: tu turno en la llamada.',
  'handover.show': 'Soy {leader}: mostrar mi pantalla',
  'classLink.title': 'Un enlace para tu grupo',
  'classLink.intro':
    'Quien abra este enlace tendrá el mismo juego: {scenario}, jugando como {leader}, en nivel {difficulty}, en {language}, con los mismos dados (semilla «{seed}»). Compártelo por el canal de siempre de tu grupo.',
  'classLink.link': 'El enlace',
  'classLink.copy': 'Copiar el enlace',
  'classLink.copied': 'Enlace copiado.',
  'classLink.copyFailed': 'No se pudo copiar: selecciona el enlace y cópialo.',
  'classLink.notBundled':
    'Este escenario se abrió desde un archivo de esta computadora, así que el enlace no puede llevarlo: sube el archivo al mismo sitio que el juego y enlázalo con ?scenario=su-dirección, o comparte el archivo con el grupo.',
  'classLink.twoPlayers': 'Dos jugadores comparten cada computadora.',
  'classLink.close': 'Cerrar',
  'editor.title': 'Standoff — editor de escenarios',
  'editor.startFrom': 'Empezar un borrador nuevo a partir de',
  'editor.starter': 'la plantilla inicial',
  'editor.copyOf': 'una copia de “{title}”',
  'editor.choose': 'Elegir…',
  'editor.open': 'Abrir un archivo…',
  'editor.download': 'Descargar',
  'editor.play': 'Jugar este escenario',
  'editor.back': 'Volver al juego',
  'editor.drafts': 'Tus borradores en este navegador',
  'editor.draftDelete': 'Borrar {name}',
  'editor.draftOpen': '{name} (modificado a las {when})',
  'editor.checks': 'Revisiones',
  'editor.checking': 'Revisando que se pueda llegar a cada final…',
  'editor.invalid.one': 'Un problema por corregir antes de poder jugarlo.',
  'editor.invalid.other': '{count} problemas por corregir antes de poder jugarlo.',
  'editor.ok': 'Sin problemas: se puede jugar, y se puede llegar a cada final.',
  'editor.okWarnings.one': 'Se puede jugar. Hay una advertencia que revisar.',
  'editor.okWarnings.other': 'Se puede jugar. Hay {count} advertencias que revisar.',
  'editor.errors.one': 'Un error por corregir antes de poder jugarlo.',
  'editor.errors.other': '{count} errores por corregir antes de poder jugarlo.',
  'editor.checkFailed':
    'No se pudieron hacer las revisiones a fondo; los problemas de abajo salen de leer el archivo.',
  'editor.problem': 'Línea {line}: {severity}: {message}',
  'editor.problemFix': 'Corrección: {fix}',
  'editor.endings': 'Cómo se llega a cada final',
  'editor.endingPath.one': '{ending}: se llega en una jugada',
  'editor.endingPath.other': '{ending}: se llega en {count} jugadas',
  'editor.field': 'Este campo',
  'editor.fieldHint':
    'Pon el cursor en un campo para leer para qué sirve. Ctrl+Espacio sugiere campos y valores. Para salir del editor con el teclado, presiona Esc y luego Tab.',
  'editor.saved': 'Guardado en este navegador a las {time}.',
  'editor.saving': 'Guardando…',
  'editor.saveFull':
    'El almacenamiento de este navegador está lleno: tus últimos cambios no están guardados. Descarga tu trabajo para conservarlo.',
  'editor.saveBlocked':
    'Este navegador no permite guardar aquí: descarga tu trabajo para conservarlo.',
  'editor.restored': 'Se recuperó tu trabajo desde este navegador.',
  'editor.corrupt':
    'No se pudieron leer tus borradores guardados, así que se empezó un borrador nuevo. Se guarda una copia de lo que había en este navegador.',
  'editor.dismiss': 'Entendido',
  'editor.playBlocked':
    'No se pudo abrir el juego: este navegador bloquea el almacenamiento. Descarga el archivo y ábrelo en el juego.',
  'editor.tooBig':
    '{file} pesa más de 1 MB: un archivo de escenario es mucho más pequeño. Revisa que hayas elegido el archivo correcto.',
  'editor.unreadable': 'No se pudo leer {file}.',
  'editor.label': 'Archivo de escenario (YAML)',
  'grade.acceptedBelowWalkAway':
    'Este acuerdo vale {mine} para ti, menos que tu valor sin acuerdo de {walkAway}: terminar sin acuerdo habría sido mejor.',
  'grade.acceptedDominated':
    'Antes de aceptar, proponer {deal} habría dejado mejor a ambos lados (tú +{gainMine}, {leader} +{gainTheirs}).',
  'grade.acceptedWell':
    'Un buen acuerdo: vale {mine} para ti, más que tu valor sin acuerdo de {walkAway}.',
  'grade.dominatedOffer':
    'Proponer {deal} habría sido mejor para ambos lados (tú +{gainMine}, {leader} +{gainTheirs}): cede en lo que menos te importa.',
  'grade.offerBelowWalkAway':
    'Esta oferta vale {mine} para ti, menos que tu valor sin acuerdo de {walkAway}: no llegar a un acuerdo habría sido mejor que esto.',
  'grade.selfish':
    'Pedir más que en tu última oferta le dice a {leader} que tal vez no cumplas tu palabra; mantén tu oferta, o cambia un tema por otro.',
  'grade.step.opening': 'Una oferta inicial que vale {mine} para ti y {theirs} para {leader}.',
  'grade.step.concession':
    'Una concesión: te costó {cost} y le dio {gain} a {leader}. Pide algo a cambio antes de la siguiente.',
  'grade.step.fortunate': 'Mejor para ambos lados que tu última oferta: un buen paso.',
  'grade.step.unfortunate':
    'Peor para ambos lados que tu última oferta: tu última oferta era mejor.',
  'grade.step.nice': 'Mejor para {leader} sin costo para ti: buena voluntad gratis.',
  'grade.step.silent':
    'La misma oferta otra vez: muestra firmeza, pero gasta tiempo de la llamada.',
  'grade.rejectedBetter':
    'Esta oferta valía {offered} para ti, más que el acuerdo con el que terminaste ({final}): aceptarla, o hacer una contraoferta parecida, habría sido mejor.',
  'grade.rejectedWell':
    'Rechazarla fue razonable: valía {offered} para ti, no más de lo que obtuviste al final ({final}).',
  'grade.hungUpOnOffer':
    'Al colgar dejaste sobre la mesa una oferta que valía {offered} para ti, más que tu valor sin acuerdo de {walkAway}: aceptarla habría sido mejor.',
  'grade.hungUp':
    'La llamada terminó con un resultado que vale {final} para ti (tu valor sin acuerdo: {walkAway}).',
  'grade.threatHardened':
    'La amenaza hizo que a {leader} le costara más ceder; una declaración firme deja clara tu postura a menor costo.',
  'grade.hardened':
    'Esto hizo que a {leader} le costara más ceder: movió los indicadores que hacen que {leader} se cierre.',
  'grade.softened': 'Esto hizo que {leader} tuviera más disposición a ceder.',
  'grade.silent.statement':
    'No cambió la disposición de {leader} a ceder, y gastó tiempo de la llamada.',
  'grade.silent.evidence':
    'Las pruebas se escucharon, pero no cambiaron la disposición de {leader} a ceder.',
  'grade.silent.redLine':
    'Decir una línea roja en voz alta le dice a {leader} hasta dónde no vas a llegar, así que {leader} deja de proponerla.',
  'grade.silent.defer':
    'Dejar un tema para las pláticas de seguimiento lo quita de la mesa; en este acuerdo cuenta con su valor aplazado.',
  'step.opening': 'primera oferta',
  'step.concession': 'cedió',
  'step.selfish': 'pidió más',
  'step.fortunate': 'mejor para ambos',
  'step.unfortunate': 'peor para ambos',
  'step.nice': 'mejor solo para el otro lado',
  'step.silent': 'sin cambio',
  'mistake.dominated-offer': 'Ofrecer un acuerdo que ambos lados podían mejorar',
  'mistake.selfish-step': 'Pedir más después de ceder',
  'mistake.offer-below-walk-away': 'Ofrecer un acuerdo peor que no tener acuerdo',
  'mistake.accepted-dominated': 'Aceptar un acuerdo que ambos lados podían mejorar',
  'mistake.accepted-below-walk-away': 'Aceptar un acuerdo peor que no tener acuerdo',
  'mistake.rejected-better-offer': 'Rechazar una oferta mejor que el resultado final',
  'mistake.hung-up-on-offer': 'Colgar con una buena oferta sobre la mesa',
  'mistake.hardened-them': 'Endurecer al otro lado (amenazas, provocaciones)',
  'debrief.gap':
    'Ambos lados podían haber ganado: tú +{gainMine}, {leader} +{gainTheirs}, con {deal}.',
  'debrief.onFrontier':
    'Ningún acuerdo habría sido mejor para ambos lados: este está en la frontera.',
  'strategy.softer':
    'A los {clock}, los indicadores ({meters}) le dieron a {them} más disposición a ceder.',
  'strategy.harder':
    'A los {clock}, los indicadores ({meters}) hicieron que a {them} le costara más ceder.',
  'strategy.accepted':
    'A los {clock}, {they} aceptó una oferta que valía {worth} para {them}, cuando buscaba {aim}.',
  'strategy.rejected':
    'A los {clock}, {they} rechazó una oferta que valía {worth} para {them}, cuando buscaba {aim}.',
  'strategy.conceded':
    'A los {clock}, {they} cedió: la oferta que hizo bajó de {from} a {to} en valor para {them}, cuando había pasado el {share}% de la llamada.',
  'strategy.hungUp':
    'A los {clock}, {they} colgó: buscaba {aim}, y nada de lo que había sobre la mesa se le acercaba.',
  'strategy.style.boulware':
    'Boulware: {they} resistió pidiendo casi todo hasta muy avanzada la llamada, y luego cedió rápido.',
  'strategy.style.linear':
    'Lineal: {they} cedió poco a poco, a un ritmo constante, durante la llamada.',
  'strategy.style.conceder': 'Concesiva: {they} cedió pronto, para asegurar un acuerdo.',
  'play.unknownSide': 'No hay ningún lado "{side}". Usa uno de estos: {sides}.',
  'result.tooLarge': 'esto es mucho más grande que un archivo de resultado: no es uno de ellos',
  'result.badJson': 'no es un archivo de resultado (el JSON está dañado)',
  'result.notResultFile': 'no es un archivo de resultado de Standoff',
  'result.otherVersion':
    'lo hizo otra versión de Standoff (versión de resultado {found}; esta lee la versión {reads})',
  'result.damagedAt': 'el archivo fue modificado o está dañado ({path}: {problem})',
  'result.itsShape': 'su forma',
  'result.invalid': 'no es válido',
  'result.notLink': 'no es un enlace de resultado',
  'result.notResultLink': 'no es un enlace de resultado de Standoff (o quedó incompleto)',
  'result.unknownScenario':
    'se jugó en un escenario que esta página no tiene ("{id}"): agrega también el archivo de ese escenario (.yaml), o usa el archivo de resultado, que lo lleva',
  'result.linkSettings': 'el enlace fue modificado o está dañado (no se pueden leer sus ajustes)',
  'result.otherScenarioVersion':
    'se jugó en otra versión de "{title}" (el archivo del escenario cambió desde entonces)',
  'result.damaged': 'el archivo fue modificado o está dañado ({reason})',
  'result.reason.sides': 'sus lados no son los del escenario',
  'result.reason.studentSide': 'la computadora jugó el lado de quien lo entregó',
  'result.reason.impossibleMove': 'una de sus jugadas no se pudo haber hecho',
  'result.badMove': 'la jugada {n} ("{token}") no es una jugada de este escenario',
  'result.unfinished': 'la partida que contiene no terminó',
  'result.outcomeMismatch':
    'el archivo fue modificado: sus jugadas no llevan al final ni a los puntajes que dice',
  'load.unreadable': 'no se pudo leer el archivo ({error})',
  'load.unreadableFix':
    'revisa que el archivo sea un escenario en YAML; si lo es, por favor reporta esto como un error del programa.',
  'load.tooBig':
    'el archivo es demasiado grande ({size} KB; un escenario tiene como máximo {max} KB)',
  'load.tooBigFix':
    'revisa que abriste el archivo correcto: un escenario es un archivo de texto corto.',
  'load.notUtf8': 'el archivo no es texto (no está en UTF-8)',
  'load.notUtf8Fix':
    'guarda el archivo como texto simple en UTF-8 (en la mayoría de los editores: "Guardar con codificación… UTF-8").',
  'load.binary': 'el archivo contiene datos binarios',
  'load.binaryFix':
    'abre el archivo del escenario (un archivo de texto .yaml), no un documento ni una imagen.',
  'load.empty': 'el archivo está vacío',
  'load.emptyFix':
    'empieza con una copia de un escenario incluido, o ejecuta `npm run scenario -- new FILE`.',
  'load.tooDeep': 'el archivo anida más de {max} niveles',
  'load.tooDeepFix':
    'un escenario nunca necesita tanto anidamiento: busca corchetes o llaves sin cerrar.',
  'load.aliases': 'el archivo usa alias de YAML (*nombre) demasiadas veces (más de {max})',
  'load.aliasesFix': 'escribe completas las partes repetidas en lugar de usar &anclas y *alias.',
  'load.type.number': 'un número',
  'load.type.string': 'texto',
  'load.type.boolean': 'true o false',
  'load.type.array': 'una lista',
  'load.type.object': 'un bloque de campos',
  'load.type.record': 'un bloque de líneas "id: valor"',
  'load.example.string': '"Soberanía"',
  'load.example.array': 'una lista, un elemento por línea que empieza con "- "',
  'load.example.object': 'un bloque de líneas "nombre: valor", con sangría debajo',
  'load.example.record': 'un bloque de líneas "id: número", p. ej. "mexico: 60"',
  'load.value.empty': 'vacío',
  'load.value.text': 'el texto "{text}"',
  'load.value.number': 'el número {value}',
  'load.value.boolean': 'el valor {value}',
  'load.theFile': 'el archivo',
  'load.missing': 'falta "{name}"',
  'load.missingFix': 'agrega "{name}:" aquí, con {wanted}.',
  'load.missingFixExample': 'agrega "{name}:" aquí, con {wanted} (p. ej. {example}).',
  'load.missingValueFix': 'agrega "{name}: {value}".',
  'load.wrongType': '"{name}" debe ser {wanted}, no {actual}',
  'load.wrongTypeFix': 'escribe {wanted} aquí.',
  'load.wrongTypeFixExample': 'escribe {wanted} aquí, p. ej. {example}.',
  'load.tooFewItems.one': '"{name}" necesita al menos {count} elemento',
  'load.tooFewItems.other': '"{name}" necesita al menos {count} elementos',
  'load.tooFewItemsFix': 'agrega elementos a la lista.',
  'load.emptyText': '"{name}" está vacío',
  'load.emptyTextFix': 'escribe algo de texto aquí, o quita el campo si es opcional.',
  'load.belowMinimum': '"{name}" es {value}, menos que el valor mínimo permitido, {minimum}',
  'load.belowMinimumFix': 'usa un número de {minimum} en adelante.',
  'load.tooManyItems': '"{name}" tiene demasiados elementos (como máximo {maximum})',
  'load.tooManyItemsFix': 'quita elementos de la lista.',
  'load.tooLong': '"{name}" es demasiado largo (como máximo {maximum} caracteres)',
  'load.tooLongFix': 'acorta el texto.',
  'load.aboveMaximum': '"{name}" es {value}, más que el valor máximo permitido, {maximum}',
  'load.aboveMaximumFix': 'usa un número de hasta {maximum}.',
  'load.badFormat': '"{value}" no es un valor válido para {name}: {detail}',
  'load.badFormatIdFix':
    'los ids son letras minúsculas, dígitos y guiones, y empiezan con una letra, p. ej. "joint-ops".',
  'load.badFormatDateFix': 'escribe la fecha como AAAA-MM-DD, p. ej. 2026-01-12.',
  'load.badFormatFix': 'cambia el valor: {detail}.',
  'load.notAllowed': '"{name}" no puede ser {value}',
  'load.notAllowedFix': 'usa uno de estos: {allowed}.',
  'load.notAllowedFixGuess': '¿quisiste decir "{guess}"? Usa uno de estos: {allowed}.',
  'load.unknownField': '"{key}" no es un campo de este bloque',
  'load.unknownFieldGuess': '¿quisiste decir "{guess}"? Cámbiale el nombre.',
  'load.unknownFieldKnown': 'quítalo; los campos permitidos aquí son: {known}.',
  'load.unknownFieldRemove': 'quítalo.',
  'load.badKey': '"{name}" tiene un nombre que no es un id válido',
  'load.badKeyFix': 'los ids son letras minúsculas, dígitos y guiones, p. ej. "joint-ops".',
  'load.badElement': 'un elemento de "{name}" no es válido',
  'load.badElementFix': 'revisa los elementos de esta lista.',
  'load.otherFix': 'compara este valor con docs/scenario-format.md.',
  'load.unknownCondition': 'esta condición no tiene una forma que el juego conozca',
  'load.unknownConditionFix':
    'escribe una de estas: "meter: pressure" con "atLeast:" o "atMost:"; "issue: military" con "is: [none]"; "ended: agreement"; "moves: threatening" con "atLeast:"; "agreed: {atLeast: 2}"; o "all:", "any:", "not:" alrededor de otras condiciones.',
  'load.unknownShape': '"{name}" no tiene una forma que el juego conozca',
  'load.unknownShapeFix':
    'escribe texto simple entre comillas, o un bloque con "text:" (y "quote: true" y "source:" para palabras reales).',
  'check.kind.side': 'lado',
  'check.kind.meter': 'indicador',
  'check.kind.issue': 'tema',
  'check.kind.option': 'opción',
  'check.kind.evidence': 'prueba',
  'check.kind.ending': 'final',
  'check.kind.placeholder': 'marcador',
  'check.unknownIdGuess': '¿quisiste decir "{guess}"? Usa uno de los ids de {kind}: {ids}.',
  'check.noIdsYet': 'este archivo todavía no tiene ids de {kind}: agrega uno primero.',
  'check.unknownId': 'usa uno de los ids de {kind}: {ids}.',
  'check.noId': 'no hay ningún id de {kind} "{id}"',
  'check.noOption': 'el tema "{issue}" no tiene ninguna opción "{option}"',
  'check.duplicateId': 'el id de {kind} "{id}" se usa dos veces',
  'check.duplicateIdFix':
    'usa un id distinto para cada {kind} (el primer "{id}" es el número {n} de su lista).',
  'check.weightMissing': 'falta un peso para el lado "{side}"',
  'check.valueMissing': 'falta un valor para el lado "{side}"',
  'check.perSideMissingFix': 'agrega "{side}: <0–100>" debajo de este campo.',
  'check.weightRange': 'el peso {weight} de "{meter}" está fuera del rango de -1 a 1',
  'check.weightRangeFix': 'usa un número de -1 (endurece mucho) a 1 (ablanda mucho).',
  'check.thresholdRange': 'este umbral no tiene ni "atLeast" ni "atMost"',
  'check.thresholdRangeFix':
    'agrega "atLeast: 100" (termina cuando el indicador llega a 100) o "atMost: 0".',
  'check.startsPast': 'el indicador empieza en {start}, que ya rebasa este umbral',
  'check.startLowerFix': 'haz que "start" sea menor que {limit}.',
  'check.startHigherFix': 'haz que "start" sea mayor que {limit}.',
  'check.noWeight': 'a ningún lado le importa el tema "{issue}" (todos los pesos son 0)',
  'check.noWeightFix': 'dale a por lo menos un lado un peso mayor que 0, o quita el tema.',
  'check.noLine': 'no hay ninguna línea "{situation}" para el lado "{side}"',
  'check.noLineFix':
    'agrega líneas en dialogue.{situation}.{side}; mientras tanto, el juego muestra la jugada sin palabras.',
  'check.lastEndingCondition':
    'el último final, "{ending}", tiene una condición, así que algunas llamadas podrían no coincidir con ningún final',
  'check.lastEndingConditionFix':
    'quita "when" del último final para que atrape todos los demás casos (el juego lo usa cuando no coincide ningún otro).',
  'check.conditionRange': 'esta condición no tiene ni "atLeast" ni "atMost"',
  'check.conditionRangeFix': 'agrega "atLeast: N" o "atMost: N" para decir qué cuenta.',
  'check.unknownPlaceholder': 'el marcador {{name}} no es uno de los que llena el juego',
  'check.allRuledOut':
    'las líneas rojas descartan todas las opciones de "{issue}": solo se puede aplazar',
  'check.allRuledOutFix':
    'quita una línea roja de este tema, o agrega una opción que ningún lado descarte.',
  'check.walkAwayTooHigh':
    'el valor sin acuerdo de {leader} ({walkAway}) no es menor que su mejor acuerdo posible ({best}), así que nunca aceptaría nada',
  'check.walkAwayTooHighFix':
    'baja "walkAway" a menos de {best}, o sube los valores de las opciones que quiere.',
  'check.noMutualDeal':
    'ningún acuerdo es mejor que no tener acuerdo para ambos lados, así que la computadora nunca va a aceptar',
  'check.noMutualDealFix':
    'baja el "walkAway" de un lado, o dale a las opciones valores que ambos lados puedan aceptar.',
  'check.endingImpossible': 'nunca se puede llegar al final "{ending}": {why}',
  'check.endingImpossibleFix': 'cambia la condición para que se pueda cumplir.',
  'check.endingUnreached':
    'ninguna partida que probó el revisor llegó al final "{ending}" (se exploraron {states} situaciones)',
  'check.endingUnreachedFix':
    'relaja su condición, o revisa que los finales anteriores no le ganen siempre el lugar (los finales se prueban en orden).',
  'check.optionNeverAgreed':
    'la opción "{option}" de "{issue}" nunca se acordó en ninguna partida que probó el revisor',
  'check.optionNeverAgreedFix':
    'revisa sus valores y efectos: tal vez acordarla siempre termina la llamada de inmediato.',
  'check.word.and': 'y',
  'check.word.or': 'o',
  'check.why.neverAbove': 'el indicador "{meter}" nunca pasa de 100',
  'check.why.neverBelow': 'el indicador "{meter}" nunca baja de 0',
  'check.why.emptyRange':
    'el indicador "{meter}" no puede ser al mismo tiempo al menos {atLeast} y como máximo {atMost}',
  'check.why.redLine':
    'necesita que "{issue}" sea {options}, y la línea roja de un lado lo descarta',
  'check.why.tooFewIssues': 'solo hay {count} temas por acordar',
  'check.language.en': 'inglés',
  'check.language.es': 'español',
  'check.translationIntoOwn':
    'esta traducción es al {language}, el idioma del propio archivo ("language: {code}"), así que nunca se usa',
  'check.translationIntoOwnFix':
    'bórrala, o cambia "language:" al principio si los textos del archivo no están en {language}.',
  'check.translationListLonger.one':
    'la lista original aquí tiene {count} elemento; la traducción, {translated}',
  'check.translationListLonger.other':
    'la lista original aquí tiene {count} elementos; la traducción, {translated}',
  'check.translationListLongerFix':
    'una lista traducida sigue a la original elemento por elemento, en el mismo orden: quita los elementos de más, o revisa que ninguno se haya partido en dos.',
  'check.translationIdFix': 'una traducción usa los ids del archivo: {fix}',
  'check.translationNoOriginal':
    'el archivo no tiene aquí ningún texto en {language}, así que esta traducción nunca se muestra',
  'check.translationNoOriginalFix':
    'primero escribe "{key}" en el propio archivo (una traducción solo reemplaza textos que ya están), o bórrala de aquí.',
  'check.translationPlaceholderFix':
    '{fix} Los marcadores conservan su nombre en inglés en todos los idiomas.',
  'check.translationDropsPlaceholder':
    'el texto en {language} omite {{name}}, que sí está en el original',
  'check.translationDropsPlaceholderFix':
    'pon {{name}} donde corresponda en la oración (escrito igual que en el original): el juego lo llena.',
  'check.translationMissing':
    'no hay traducción al {language} de "{text}" ({source}, línea {line})',
  'check.translationMissingItemFix':
    'agrégala como elemento {n} de {parent}; mientras tanto, el juego lo muestra en {own}.',
  'check.translationMissingFieldFix':
    'agrega "{key}: …" en {parent}; mientras tanto, el juego lo muestra en {own}.',
  'check.translationMoreMissing':
    'otros {rest} textos no tienen traducción al {language} ({total} en total)',
  'check.translationMoreMissingFix':
    'traduce primero los de la lista; cada revisión muestra los siguientes. Mientras tanto, el juego los muestra en {own}.',
  // — lessons checked in play (issue 11)
  'check.lessonFails':
    'la lección "{why}" no se cumple en {difficulty}: como {side}, {better} sacó {betterScore} y {worse} {worseScore} (necesita al menos {by} puntos más; {games} partidas cada uno)',
  'check.lessonFailsFix':
    'cambia los números que la hacen rendir (los efectos de las jugadas y las pruebas, softensWith, los valores), o cambia la lección; `npm run scenario -- tournament ARCHIVO` muestra el puntaje de cada jugador.',
  'check.lessonHolds':
    'lección en {difficulty}: {why} ({better} {betterScore} contra {worse} {worseScore})',
  // — endings tell the truth, the score reads true (issues 11, 17)
  'check.claimDenied':
    'una partida puede llegar al final "{ending}" y contradecir lo que afirma ({claims}), en {count} jugadas: {moves}',
  'check.claimDeniedFix':
    'haz más estricto su "when" para que esa partida vaya a otro final, o cambia sus afirmaciones (claims) y su resumen para que sean ciertos.',
  'check.claimUnknownMeter': 'las afirmaciones nombran un medidor "{id}" que no existe',
  'check.toneGood':
    'el final "{ending}" está marcado como bueno para {side}, pero el {share}% de las partidas de la computadora contra sí misma que llegan a él dejan a {side} por debajo de su valor sin acuerdo ({walkAway})',
  'check.toneBad':
    'el final "{ending}" está marcado como malo para {side}, pero el {share}% de las partidas de la computadora contra sí misma que llegan a él dejan a {side} por encima de su valor sin acuerdo ({walkAway})',
  'check.toneFix':
    'cambia su tono para {side} (por ejemplo, "tone: { {side}: mixed }"), o su condición.',
  'ending.noDealStanding':
    'No se acordó nada: te quedas con tu valor sin acuerdo, {myWalk} ({leader}: {theirWalk}).',
  'ending.scoreLine': 'Tu puntuación: {score} de 100 (sin acuerdo: {walkAway}).',
  'ending.consequence.one': 'Este final te cuesta {count} punto.',
  'ending.consequence.other': 'Este final te cuesta {count} puntos.',
  'ending.bonus.one': 'Este final te da {count} punto.',
  'ending.bonus.other': 'Este final te da {count} puntos.',
  'ending.belowWalkAway':
    'Tu acuerdo valió menos para ti que no acordar nada: {score}, por debajo de tu valor sin acuerdo de {walkAway}.',
  'ending.seatScore': '{leader}: {tone}, puntuación {score} de 100 (sin acuerdo: {walkAway}).',
  'ending.tone.good': 'un buen final',
  'ending.tone.mixed': 'un final con luces y sombras',
  'ending.tone.bad': 'un mal final',
  // — dialogue: lines are written, not assembled (issue 17)
  'say.issue': 'el tema de {lower}',
  'say.deferred': 'dejamos {issue} para {talks}',
  'say.list.two': '{first}, y {last}',
  'say.list.more': '{first}, y {last}',
  'say.repeat': 'Mi oferta no ha cambiado: {deal}.',
  'say.unmoved': 'Es la misma oferta de antes. Mi respuesta: {deal}.',
  'check.noSays':
    'las opciones de "{issue}" no tienen "says:" ({options}): los líderes dirán sus etiquetas tal cual',
  'check.noSaysFix':
    'dale a cada opción las palabras que usan los líderes, p. ej. says: { noun: "ataques de EE. UU. en suelo mexicano", clause: "fuerzas de EE. UU. atacan a los cárteles en México" }: "noun" cabe en "nunca aceptaremos …", "clause" se dice dentro de un paquete.',
  // — words for students: pronouns and the glossary (issue 17)
  'pronoun.she.they': 'ella',
  'pronoun.she.them': 'ella',
  'pronoun.he.they': 'él',
  'pronoun.he.them': 'él',
  'glossary.title': 'Palabras clave',
  'glossary.ask': '¿Qué es “{term}”?',
  'glossary.pareto.term': 'Frontera de Pareto',
  'glossary.pareto':
    'La frontera de Pareto son los acuerdos en los que ningún lado puede ganar más sin que el otro pierda.',
  'glossary.nash.term': 'Punto de Nash',
  'glossary.nash':
    'El punto de Nash es el acuerdo más justo de la frontera: aquel en que los dos lados, juntos, ganan más frente a no tener acuerdo.',
  'glossary.walkAway.term': 'Valor sin acuerdo',
  'glossary.walkAway':
    'El valor sin acuerdo es lo que un lado obtiene si no hay ningún acuerdo: un acuerdo que vale menos es peor que colgar.',
  'glossary.boulware.term': 'Boulware',
  'glossary.boulware':
    'Quien negocia al estilo Boulware es duro: casi no cede hasta muy avanzada la llamada, y luego cede rápido.',
  'glossary.linear.term': 'Lineal',
  'glossary.linear':
    'Quien negocia de forma lineal cede a un ritmo constante, un poco en cada paso de la llamada.',
  'glossary.conceder.term': 'Concesivo',
  'glossary.conceder':
    'Quien negocia de forma concesiva cede pronto, para asegurar que haya acuerdo.',
  // — results read defensively, long games handed in (issue 13)
  'result.notText': 'no es un resultado (contiene texto que no se puede escribir)',
  'result.problem.type': 'un tipo de valor equivocado',
  'result.problem.tooBig': 'demasiado largo o demasiado grande',
  'result.problem.tooSmall': 'demasiado corto o demasiado pequeño',
  'result.problem.value': 'un valor que este juego no conoce',
  'result.problem.format': 'no está escrito como debe',
  'result.problem.unknownKey': 'un campo que un resultado no tiene',
  'result.problem.text': 'texto que no se puede escribir',
  'handIn.noQr':
    'Esta partida es demasiado larga para un código QR: entrega el archivo o copia el enlace (contiene toda la partida).',
  'class.cannotShow': 'un resultado no se pudo mostrar; los demás están aquí',
  // — storage and hostile files (issue 13)
  'editor.notKept':
    'Este navegador no permite guardar en este sitio, así que tu trabajo aquí no se está conservando. Descárgalo antes de cerrar esta página.',
  'editor.downloadNow': 'Descargar el borrador',
  'editor.conflict':
    'Este borrador se cambió en otra pestaña mientras lo cambiabas aquí. Se conservan las dos versiones: la tuya ahora es "{name}".',
  'save.problem.newer-version':
    'Tu partida guardada es de una versión más nueva de Standoff y no se puede continuar aquí: el juego empieza de cero (se guarda una copia en este navegador).',
  'save.problem.refused-moves':
    'Tu partida guardada tiene jugadas que las reglas no aceptan (¿se cambió a mano?), así que no se puede continuar: el juego empieza de cero (se guarda una copia en este navegador).',
  'save.downloadAside': 'Descargarla',
  'save.next': 'Otra partida guardada',
  'load.tooManyBrackets': 'el archivo tiene más de {max} corchetes [ ] y llaves { }',
  'load.tooManyBracketsFix':
    'escribe las listas y los bloques en sus propias líneas ("- elemento", "campo: valor") en vez de entre corchetes.',
  'load.moreProblems.one': '{count} problema más como los de arriba',
  'load.moreProblems.other': '{count} problemas más como los de arriba',
  'load.moreProblemsFix':
    'corrige primero los problemas de la lista (a menudo causan los demás); cada revisión muestra los siguientes.',
  // — layout and look (issue 17)
  'turn.title': 'Gira tu teléfono',
  'turn.body':
    'La llamada necesita una pantalla ancha: pon el teléfono de lado para jugar. El informe final y la página de la clase funcionan en cualquier posición.',
  'call.deferredChip': 'Se deja para las reuniones',
  'page.previous': '◀ Página anterior',
  'page.next': 'Página siguiente ▶',
  // — call screen: choosing and keyboard (issue 17)
  'call.deferChip': 'Dejar para después',
  'call.deferExplain':
    'Sin acuerdo sobre «{issue}» por ahora: se deja para {talks}. Elige esto y propón; si aceptan, el tema sale de la mesa.',
  'call.redLineMine': 'Tu línea roja: nunca puedes aceptar esto.',
  'call.redLineTheirs': 'Su línea roja: han dicho que no aceptarán esto.',
  'call.worthNone':
    'Elige opciones para ver cuánto vale un paquete para ti. No llegar a un acuerdo vale {walkAway}.',
  'call.worthAbove':
    'Este paquete vale {value} para ti: mejor que no llegar a un acuerdo ({walkAway}).',
  'call.worthBelow':
    'Este paquete vale {value} para ti: peor que no llegar a un acuerdo ({walkAway}).',
  'call.worthEqual': 'Este paquete vale {value} para ti: lo mismo que no llegar a un acuerdo.',
  'call.transcriptScroll': 'Transcripción: volver atrás',
  'call.transcriptNewest': 'Las últimas líneas',
  'call.transcriptAt': 'Más atrás: línea {at} de {total}',
  'call.keys': 'Atajos de teclado',
  'keys.title': 'Atajos de teclado',
  'keys.intro':
    'En tu turno, pulsa una tecla para hacer una jugada. Tab y Enter también funcionan en todas partes.',
  'keys.table': 'Ir a la primera opción de la mesa; luego las flechas pasan de una opción a otra',
  'keys.scroll': 'En la barra de la transcripción: leer las líneas anteriores',
  'keys.scrollKeys': '↑ ↓ RePág AvPág',
  'keys.skip': 'Saltar la pausa del otro líder',
  'keys.skipKeys': 'Esc / Espacio',
  'keys.mute': 'Activar o quitar el sonido',
  'keys.help': 'Mostrar esta lista',
  'keys.close': 'Cerrar',
  'keys.proposeKey': 'P',
  'keys.acceptKey': 'A',
  'keys.rejectKey': 'R',
  'keys.hangUpKey': 'C',
  'keys.tableKey': 'O',
  'hangUp.title': '¿Colgar?',
  'hangUp.body':
    'La llamada termina ahora, solo con lo que ya acordaron, y no puedes volver a llamar.',
  'hangUp.confirm': 'Sí, colgar',
  'hangUp.cancel': 'Seguir hablando',
  // — checker: one balance verdict, endings without a condition (issue 12)
  'check.endingWithoutWhen':
    'el final "{ending}" no tiene "when" y no es el último, así que toda llamada que llega hasta él termina con él: los finales que lo siguen ({after}) nunca pueden ocurrir',
  'check.endingWithoutWhenFix':
    'devuélvele a "{ending}" su condición (una línea "when:", p. ej. when: { ended: agreement }), o muévelo al final de la lista: solo el último final va sin "when".',
  'check.why.shadowed':
    'el final "{ending}", que está antes, no tiene "when" y se queda con todas las llamadas',
  'balance.figure': '{count} de {games} partidas: {sample}',
  'balance.sample.check':
    'la computadora contra sí misma y contra los jugadores de referencia, semilla "{seed}"',
  'balance.sample.simulate':
    'la computadora contra sí misma en todas las dificultades y estilos, semilla "{seed}"',
  'balance.sampleTitle': 'las {games} partidas de muestra del verificador ({sample})',
  'balance.never':
    'ninguna partida de muestra llegó al final "{ending}" ({figure}), así que puede que los alumnos nunca lo vean',
  'balance.neverFix':
    'haz que su condición sea más fácil de cumplir, o que las opciones que necesita sean más atractivas para un lado; comprueba que los finales anteriores no se queden con sus llamadas (los finales se prueban en orden).',
  'balance.neverCatchAll':
    'ninguna partida de muestra llegó al último final, "{ending}" ({figure}): los finales anteriores se quedaron con todas las llamadas',
  'balance.neverCatchAllFix':
    'estrecha las condiciones de los finales anteriores a "{ending}" para que le queden algunas llamadas (`npm run scenario -- simulate` muestra qué final se las lleva).',
  'balance.always':
    'casi todas las partidas de muestra llegaron al final "{ending}" ({share}%, {figure})',
  'balance.alwaysFix':
    'haz que los otros finales sean más fáciles de alcanzar, o este más difícil.',
  'balance.healthy':
    'Cada final se alcanzó en las {games} partidas de muestra, y ninguno casi siempre: el equilibrio parece sano.',
  'balance.unhealthy.one':
    'El equilibrio necesita una revisión: un final no se alcanzó nunca, o se alcanzó casi siempre, en las {games} partidas de muestra.',
  'balance.unhealthy.other':
    'El equilibrio necesita una revisión: {count} finales no se alcanzaron nunca, o se alcanzaron casi siempre, en las {games} partidas de muestra.',
  'balance.alsoNever': ', y ninguna partida de muestra llegó a él tampoco ({figure})',
  'balance.row': '{ending}: {count} de {games} partidas de muestra ({share})',
  // — a teacher's own scenario from the editor to the class results (issue 12)
  'result.badCopy': 'la copia de su escenario ("{id}") que lleva está dañada o no es un escenario',
  'handIn.noQrScenario':
    'Este enlace lleva el escenario de tu profesor, así que es demasiado largo para un código QR: entrega el archivo o copia el enlace.',
  'classLink.carriesScenario':
    'El enlace lleva tu propio escenario, por eso es largo: los alumnos no necesitan nada más, y sus resultados lo traen de vuelta a la página de la clase.',
  'classLink.badCopy': 'el escenario de este enlace está dañado o se cortó',
  'classLink.badCopyFix':
    'vuelve a copiar el enlace completo con «Enlace para mi grupo…» (es largo: revisa que no falte nada al final).',
  'class.scenarioHint':
    '¿Tu propio escenario? Sus archivos de resultado lo llevan. Para enlaces o archivos sin él, agrega aquí también el archivo del escenario (.yaml).',
  'class.scenarioAdded': 'Escenario «{title}» agregado.',
  'class.scenarioRefused': 'no es un escenario que esta página pueda leer ({message})',
  'debriefPage.openScenario': 'Abrir el archivo del escenario…',
  'editor.myCopy': '{title} (mi copia)',
  // — gradebook CSV (issue 12)
  'gradebook.noName': '(sin nombre)',
  'gradebook.repeated': '{mistake} ({count} veces)',
  'gradebook.download.one': 'Descargar un CSV para la lista de calificaciones ({count} resultado)',
  'gradebook.download.other':
    'Descargar un CSV para la lista de calificaciones (los {count} resultados cargados)',
  // — checker: a ?scenario= answer that is not a scenario (issue 12)
  'link.notAddress': '"{link}" no es una dirección web',
  'link.notAddressFix': 'usa un enlace como ?scenario=scenarios/mi-escenario.yaml',
  'link.otherSite': 'el enlace del escenario apunta a otro sitio web',
  'link.otherSiteFix':
    'pon el archivo en el mismo sitio que el juego, o ábrelo con "Abrir un archivo de escenario".',
  'link.notFound': 'no se encontró ningún archivo de escenario en {url}: {reason}',
  'link.notFoundFix':
    'revisa el enlace: el archivo del escenario debe estar en este sitio, y lo que sigue a ?scenario= es su ruta desde el juego, p. ej. ?scenario=scenarios/mi-escenario.yaml. Abierta en otra pestaña, {url} debería mostrar el texto de tu escenario.',
  'link.reason.status': 'el sitio respondió "{status}"',
  'link.reason.page': 'el sitio respondió con una página web, no con un archivo de escenario',
  'link.reason.type':
    'el sitio respondió con un archivo de tipo "{type}", no con un archivo de escenario',
  'link.reason.empty': 'el sitio no respondió nada',
  'link.network': 'no se pudo descargar el archivo de {url}',
  'link.networkFix': 'revisa el enlace y la red, y vuelve a cargar la página.',
  'link.unreadable': 'no se pudo leer el archivo',
  'link.unreadableFix': 'comprueba que el archivo está en esta computadora e inténtalo de nuevo.',
  // — the format grows: events, partial agreement, sides that are not leaders (issue 12)
  'title.taglineSides': 'Una llamada entre {a} y {b}. Tú hablas por uno de los dos.',
  'check.kind.event': 'evento',
  'check.eventNoTrigger': 'el evento "{event}" no dice cuándo ocurre',
  'check.eventNoTriggerFix':
    'ponle "at: 5" (un minuto de la llamada) o "when: { meter: pressure, above: 70 }" (cuando un indicador pasa de un valor).',
  'check.eventBothTriggers': 'el evento "{event}" tiene "at" y también "when"',
  'check.eventBothTriggersFix':
    'deja solo uno: un evento ocurre en un minuto, o cuando un indicador pasa de un valor.',
  'check.eventNoRange': 'el evento "{event}" vigila "{meter}" pero no dice "above" ni "below"',
  'check.eventNoRangeFix': 'añade "above: 70" o "below: 30" junto a "meter".',
  'check.eventTooLate':
    'el evento "{event}" es en el minuto {at}, pero la llamada dura {minutes} minutos: nunca ocurre',
  'check.eventTooLateFix': 'ponle un minuto menor que {minutes}, o alarga la llamada.',
  'check.eventNever':
    'el evento "{event}" espera que "{meter}" pase de {value}, y un indicador (de 0 a 100) nunca lo hace: nunca ocurre',
  'check.eventNeverFix': 'usa un valor entre 1 y 99.',
  'check.eventPlaceholder': 'el marcador "{name}" no significa nada en la frase de un evento',
  'check.eventPlaceholderFix':
    'la frase de un evento solo puede usar minutesLeft y talks entre llaves; escribe las demás palabras.',
  'check.noTalks':
    'esto deja un tema para conversaciones posteriores, pero el archivo no tiene "followUpTalks": en esta llamada nada puede dejarse para después',
  'check.noTalksFix':
    'añade una línea como "followUpTalks: las conversaciones del mes próximo" en el nivel superior, o quita esto.',
  'check.agreedTooMany':
    'esto pide al menos {count} temas acordados, pero el escenario solo tiene {issues}: nunca se cumple',
  'check.agreedTooManyFix': 'usa un número de 0 a {issues}.',
  'ending.eventsTitle': 'Lo que pasó durante la llamada',
  'ending.eventAt': 'Minuto {minute} — {speaker}: {line}',
  // — checker: YAML mistakes in plain words (issue 12)
  'yaml.tab':
    'esta línea tiene una sangría con tabulador; un archivo de escenario se sangra solo con espacios',
  'yaml.tabFix': 'cambia el tabulador por {spaces} espacios, alineado con su bloque: {fixed}',
  'yaml.apostrophe':
    "un apóstrofo (') dentro de un texto entre comillas simples termina el texto antes de tiempo, y lo que sigue no se puede leer",
  'yaml.apostropheFix':
    "escribe el apóstrofo dos veces dentro de las comillas simples (it''s), o pon el texto entre comillas dobles: {fixed}",
  'yaml.colon':
    'el texto tiene dos puntos seguidos de un espacio (": "), que YAML lee como el comienzo de otro campo',
  'yaml.afterQuote': 'el texto sigue después de cerrar las comillas, y el resto no se puede leer',
  'yaml.special': 'el texto empieza con "{sign}", un signo que YAML se reserva',
  'yaml.star':
    'el texto empieza con "*", que YAML lee como una referencia a otra parte del archivo (un alias)',
  'yaml.quoteFix': 'pon el texto entre comillas dobles: {fixed}',
  'yaml.quoteFixSingle': 'pon todo el texto entre comillas simples: {fixed}',
  'yaml.colonSpace': 'no hay espacio después de los dos puntos del nombre del campo',
  'yaml.colonSpaceFix': 'escribe un espacio después de los dos puntos: {fixed}',
  'yaml.dashSpace': 'el "-" que empieza un elemento de la lista no lleva espacio después',
  'yaml.dashSpaceFix': 'escribe un espacio después del guion: {fixed}',
  'yaml.noColon': 'el nombre del campo "{key}" no lleva dos puntos después',
  'yaml.noColonFix': 'escribe dos puntos después del nombre del campo: {fixed}',
  'yaml.backslash':
    'una barra invertida (\\) dentro de comillas dobles empieza un signo especial, y este no es uno que YAML conozca',
  'yaml.backslashFix': 'escribe la barra invertida dos veces (\\\\): {fixed}',
  'yaml.secondDocument':
    'una línea de tres guiones (---) empieza un segundo documento, y un archivo de escenario tiene uno solo',
  'yaml.secondDocumentFix':
    'borra esta línea (y lo que siga después que no sea parte del escenario).',
  'yaml.unclosedQuote': 'el texto abierto con {quote} en esta línea nunca se cierra',
  'yaml.unclosedQuoteFix': 'cierra el texto con {quote}: {fixed}',
  'yaml.unclosedList': 'la lista abierta con "[" en esta línea nunca se cierra con "]"',
  'yaml.unclosedMap': 'los campos abiertos con "{" en esta línea nunca se cierran con "}"',
  'yaml.unclosedFix': 'ciérralo al final de la línea: {fixed}',
  'yaml.missingDash':
    'esta línea empieza un nuevo elemento de una lista, pero no lleva "- " delante, así que sus campos se leen como parte del elemento anterior ("{key}" ya está en la línea {first})',
  'yaml.missingDashHere':
    'esta línea empieza un nuevo elemento de una lista, pero no lleva "- " delante',
  'yaml.missingDashFix': 'empieza el elemento con "- ": {fixed}',
  'yaml.duplicate':
    'el campo "{key}" está escrito dos veces en el mismo bloque (también en la línea {first})',
  'yaml.duplicateFix':
    'quédate con el que quieras: borra la línea {line} o la línea {first}, o cambia el nombre de uno si son dos cosas distintas.',
  'yaml.indent':
    'esta línea no está alineada con las líneas de su bloque (empieza con {spaces} espacios)',
  'yaml.indentFix': 'sángrala con {wanted} espacios, como las otras líneas de su bloque: {fixed}',
  'yaml.hash':
    'todo lo que sigue a " #" es un comentario, así que este texto se corta en "{kept}" y el resto se pierde',
  'yaml.hashFix': 'pon el texto entre comillas: {fixed}',
  'yaml.code.ALIAS_PROPS':
    'una referencia a otra parte (*nombre) no puede llevar aquí un nombre ni una etiqueta',
  'yaml.code.BAD_ALIAS': 'un "*" o un "&" aquí se lee como una referencia a otra parte del archivo',
  'yaml.code.BAD_DIRECTIVE': 'una línea que empieza con "%" se lee como una instrucción para YAML',
  'yaml.code.BAD_DQ_ESCAPE':
    'una barra invertida (\\) dentro de comillas dobles empieza un signo especial, y este no es uno que YAML conozca',
  'yaml.code.BAD_INDENT': 'esta línea no está alineada con las líneas de su bloque',
  'yaml.code.BAD_PROP_ORDER': 'los signos "&" y "!" están en un lugar equivocado en esta línea',
  'yaml.code.BAD_SCALAR_START': 'el texto empieza con un signo que YAML se reserva',
  'yaml.code.BLOCK_AS_IMPLICIT_KEY':
    'esta línea no se puede leer como "nombre: valor": sobran unos dos puntos dentro del texto, o la sangría no cuadra',
  'yaml.code.BLOCK_IN_FLOW':
    'dentro de [ ] o { }, unos dos puntos seguidos de un espacio empiezan otro campo, y aquí no se puede',
  'yaml.code.DUPLICATE_KEY': 'un campo está escrito dos veces en el mismo bloque',
  'yaml.code.IMPOSSIBLE': 'esta línea no se puede leer',
  'yaml.code.KEY_OVER_1024_CHARS': 'un nombre de campo tiene más de 1024 caracteres',
  'yaml.code.MISSING_CHAR':
    'falta un corchete, unas comillas, unos dos puntos o un "- " en esta línea',
  'yaml.code.MULTILINE_IMPLICIT_KEY':
    'esta línea no se puede leer como "nombre: valor": el nombre debe caber en una línea y terminar con dos puntos',
  'yaml.code.MULTIPLE_ANCHORS': 'esta parte tiene dos nombres (&nombre)',
  'yaml.code.MULTIPLE_DOCS':
    'una línea de tres guiones (---) empieza un segundo documento, y un archivo de escenario tiene uno solo',
  'yaml.code.MULTIPLE_TAGS': 'esta parte tiene dos etiquetas (!etiqueta)',
  'yaml.code.NON_STRING_KEY': 'un nombre de campo aquí es una lista o un bloque, no una palabra',
  'yaml.code.RESOURCE_EXHAUSTION':
    'el archivo repite sus partes demasiadas veces para poder leerlo',
  'yaml.code.TAB_AS_INDENT':
    'esta línea tiene una sangría con tabulador; un archivo de escenario se sangra solo con espacios',
  'yaml.code.TAG_RESOLVE_FAILED': 'el texto empieza con "!", que YAML lee como una etiqueta',
  'yaml.code.UNEXPECTED_TOKEN': 'algo en esta línea está fuera de lugar',
  'yaml.code.BAD_COLLECTION_TYPE':
    'una etiqueta (!etiqueta) aquí no corresponde a una lista ni a un bloque',
  'yaml.code.unknown': 'esta línea no se puede leer',
  'yaml.fix.special':
    'pon el texto entre comillas dobles ("así"): los signos * & ! % @ ` y | > al comienzo de un texto las necesitan.',
  'yaml.fix.removeLine': 'borra la línea, o pon su texto entre comillas dobles.',
  'yaml.fix.backslash':
    'escribe cada barra invertida dos veces (\\\\), o pon el texto entre comillas simples.',
  'yaml.fix.indent':
    'sangra solo con espacios, dos por nivel, alineado con las otras líneas del bloque.',
  'yaml.fix.quotes':
    'pon el texto entre comillas dobles ("así"), sobre todo si lleva ": " o " #" o empieza con un signo.',
  'yaml.fix.colonOrIndent':
    'pon entre comillas dobles el texto que lleva ": ", y comprueba que la línea está alineada con las de su bloque.',
  'yaml.fix.duplicate':
    'si esta línea empieza un nuevo elemento de una lista, ponle "- " delante; si no, deja solo uno de los dos.',
  'yaml.fix.missing':
    'revisa el final de la línea: cada [ necesita su ], cada { su }, cada comilla su cierre, cada nombre de campo sus dos puntos.',
  'yaml.fix.general':
    'compara la línea con las de alrededor: sangría con espacios, dos puntos después de cada nombre de campo, y comillas dobles alrededor del texto que lleva ": " o " #".',
  // — live class (issue 16)
  'live.title': 'Dirigir una clase en vivo',
  'live.intro':
    'Tus estudiantes entran desde sus propios dispositivos con un código; tú formas las parejas, inicias todas las llamadas a la vez y las sigues aquí.',
  'live.scenario': 'Escenario',
  'live.difficulty': 'Dificultad de la computadora (para quien no tenga pareja)',
  'live.language': 'Idioma de las llamadas',
  'live.roster':
    'Los nombres de tus estudiantes, uno por línea (déjalo vacío para que escriban cualquier nombre)',
  'live.open': 'Abrir la clase',
  'live.code': 'Código: {code}',
  'live.joinAt': 'Tus estudiantes abren {link} y escriben el código y su nombre.',
  'live.qrLabel': 'Código QR de la página para entrar',
  'live.students': 'Estudiantes: {count}',
  'live.randomPairs': 'Parejas al azar',
  'live.startAll': 'Iniciar todas las llamadas',
  'live.pair': '{a} con {b}',
  'live.computer': 'la computadora',
  'live.colPlayers': 'Participantes',
  'live.colClock': 'Tiempo de llamada',
  'live.colMeters': 'Medidores',
  'live.colMoves': 'Jugadas',
  'live.colEnding': 'Final',
  'live.inProgress': 'en curso',
  'live.results':
    'El enlace del resultado de cada estudiante: pégalos en la página de resultados de la clase (class.html).',
  'live.problem': 'El servidor lo rechazó: {message}',
  'live.noServer':
    'Esta página funciona cuando se abre desde un servidor de Standoff (npm run server).',
  'join.title': 'Entrar a una clase en vivo',
  'join.code': 'Código',
  'join.name': 'Tu nombre',
  'join.join': 'Entrar',
  'join.waiting': 'Hola, {name}. Espera a que tu docente inicie las llamadas.',
  'join.youAre': 'Eres {leader}, {title} ({country}).',
  'join.yourTurn': 'Te toca.',
  'join.theirTurn': 'Esperando a {leader}…',
  'join.leaveOpen': '(dejar abierto)',
  'join.ended': 'La llamada terminó: {ending}.',
  'join.debrief': 'Abrir tu análisis',
  'join.refused.notYourTurn': 'Todavía no te toca.',
  'join.refused.illegal': 'Esa jugada no es posible ahora.',
  'join.refused.malformed': 'No se entendió esa jugada.',
  'join.refused.over': 'La llamada terminó.',
  'join.reconnecting': 'Se perdió la conexión: reconectando…',
  'join.lost': 'Se perdió la conexión. Vuelve a entrar con el mismo código y nombre.',
  // — move problems (issue 14)
  'moveProblem.call-over': 'La llamada terminó.',
  'moveProblem.not-your-turn': 'Le toca al otro lado.',
  'moveProblem.empty-proposal': 'Una propuesta resuelve al menos un tema.',
  'moveProblem.unknown-issue': 'No existe ese tema.',
  'moveProblem.already-settled': 'Ese tema ya está resuelto.',
  'moveProblem.unknown-option': 'Ese tema no tiene esa opción.',
  'moveProblem.no-follow-up-talks':
    'Esta llamada no tiene pláticas de seguimiento a las que dejar un tema.',
  'moveProblem.crosses-own-red-line': 'La propuesta cruza una de tus propias líneas rojas.',
  'moveProblem.no-proposal-to-answer': 'No hay ninguna propuesta del otro lado que responder.',
  'moveProblem.no-such-evidence': 'No tienes esa prueba.',
  'moveProblem.evidence-used': 'Ya presentaste esta prueba.',
  'moveProblem.not-your-red-line': 'Esa no es una de tus líneas rojas.',
  'moveProblem.red-line-said': 'Ya lo dijiste.',
  'live.pairs': 'Parejas',
  'live.first': 'Estudiante',
  'live.partner': 'Pareja',
  'live.addPair': 'Emparejar',
  'live.remove': 'Quitar',
  'live.removePair': 'Quitar la pareja {pair}',
  // — hostile files (issue 13)
  'load.aliasExpansion':
    'los alias (*nombre) hasta aquí repetirían más de {max} partes del archivo',
  // — lint (issue 14)
  'cli.file.folder': 'esto es una carpeta, no un archivo de escenario',
  'cli.file.folderFix': 'indica un archivo .yaml de su interior.',
  'cli.file.missing': 'no existe ese archivo',
  'cli.file.missingFix':
    'revisa el nombre y la carpeta (p. ej. scenarios/2026-01-12-sheinbaum-trump-call.yaml).',
  'cli.file.denied': 'el archivo no se puede abrir (sin permiso)',
  'cli.file.deniedFix': 'revisa los permisos del archivo.',
  'cli.file.unreadable': 'el archivo no se puede leer ({code})',
  'cli.file.unreadableFix': 'comprueba que el archivo existe y es de texto.',
  'load.tooManyValues':
    'el archivo tiene más de {max} campos y valores (un escenario tiene unos pocos miles)',
  'load.tooManyValuesFix':
    'revisa que abriste el archivo correcto; si es tuyo, quita las líneas repetidas o generadas desde la línea {line}.',
  // — live class from the title screen (issue 16)
  'title.liveClass': 'Dar una clase en directo…',
  'liveEntry.title': 'Dar una clase en directo',
  'liveEntry.intro':
    'Una clase en directo funciona con un servidor de clase en directo: el portátil de un docente (npm run server) o el del centro. Escribe su dirección: este ordenador la recuerda. No se envía nada a ningún sitio hasta que abras la página del docente.',
  'liveEntry.address': 'La dirección del servidor',
  'liveEntry.example': 'Por ejemplo 192.168.1.20:2567 o https://live.school.example',
  'liveEntry.open': 'Abrir la página del docente',
  'liveEntry.cancel': 'Cancelar',
  'liveEntry.bad':
    'Eso no es una dirección web. Escribe la dirección del servidor, por ejemplo 192.168.1.20:2567.',
};
