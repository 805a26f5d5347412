# La asignación automática de los miembros del jurado: el resumen del diseño, sus notas y por qué no puede atenderse una solicitud.

## El resumen del diseño, un mensaje por línea.
assign-summary-header = { $submissions ->
        [one] { $submissions } candidatura
       *[other] { $submissions } candidaturas
    } × { $jurors ->
        [one] { $jurors } miembro del jurado
       *[other] { $jurors } miembros del jurado
    }, { $required ->
        [one] { $required } miembro del jurado
       *[other] { $required } miembros del jurado
    } por candidatura (semilla aleatoria { $seed }): { $total ->
        [one] { $total } asignación
       *[other] { $total } asignaciones
    } ({ $kept ->
        [one] { $kept } conservada
       *[other] { $kept } conservadas
    }, { $calibration ->
        [one] { $calibration } añadida
       *[other] { $calibration } añadidas
    } para el bloque de calibración, { $automatic ->
        [one] { $automatic } añadida
       *[other] { $automatic } añadidas
    } para llegar a { $required } por candidatura)
assign-summary-loads-balanced = Carga de trabajo: de { $min } a { $max } por miembro del jurado (media { $mean }), equilibrada
assign-summary-loads-unbalanced = Carga de trabajo: de { $min } a { $max } por miembro del jurado (media { $mean }), no equilibrada
assign-summary-language = Idioma: { $mismatches ->
        [one] { $mismatches } asignación
       *[other] { $mismatches } asignaciones
    } en un idioma que el miembro del jurado no lee ({ $automatic ->
        [one] { $automatic } añadida automáticamente
       *[other] { $automatic } añadidas automáticamente
    }); { $lacking ->
        [one] { $lacking } candidatura puede ser leída por menos miembros del jurado de los necesarios
       *[other] { $lacking } candidaturas pueden ser leídas por menos miembros del jurado de los necesarios
    }
assign-summary-overlap = Solapamiento: { $sharing } de { $pairs ->
        [one] { $pairs } par de miembros del jurado comparte
       *[other] { $pairs } pares de miembros del jurado comparten
    } al menos una candidatura; candidaturas compartidas por par: mín. { $min }, media { $mean }, máx. { $max }
assign-summary-connected = Conectividad: el diseño es conexo
assign-summary-disconnected = Conectividad: { $components ->
        [one] { $components } componente
       *[other] { $components } componentes
    }
# Una línea por componente de un diseño que no es conexo.
assign-summary-component = Componente { $number }: miembros del jurado { $names }; { $count ->
        [one] { $count } candidatura
       *[other] { $count } candidaturas
    }
assign-summary-repairs = { $count ->
        [one] Se ha realizado { $count } intercambio para que el diseño sea conexo
       *[other] Se han realizado { $count } intercambios para que el diseño sea conexo
    }
assign-summary-idle = { $count ->
        [one] Miembro del jurado sin asignación: { $names }
       *[other] Miembros del jurado sin asignación: { $names }
    }
assign-summary-calibration-none = Bloque de calibración: ninguno
assign-summary-calibration = Bloque de calibración (lo puntúan todos los miembros del jurado): { $names }
# Le sigue una de las notas de más abajo.
assign-summary-note = Nota: { $note }
# Una lista de nombres abreviada.
assign-list-more = { $names }, … y { $count } más

## Las notas sobre un diseño.
assign-notice-unbalanced = La carga de trabajo va de { $min } a { $max } asignaciones por miembro del jurado, el mejor equilibrio que permiten los conflictos de intereses, las asignaciones conservadas y las cargas máximas.
assign-notice-disconnected-too-few = El grafo que une a los miembros del jurado con las candidaturas tiene { $components } componentes separados: la indulgencia de los miembros del jurado solo puede compararse dentro de un mismo componente. Un diseño conexo requiere al menos { $needed } asignaciones y este tiene { $assignments }: aumente el número de miembros del jurado por candidatura o añada un bloque de calibración.
assign-notice-disconnected-conflicts = El grafo que une a los miembros del jurado con las candidaturas tiene { $components } componentes separados: la indulgencia de los miembros del jurado solo puede compararse dentro de un mismo componente. Ningún intercambio que conserve la carga de trabajo de cada uno permite unirlos sin vulnerar los conflictos de intereses: añada un bloque de calibración o un miembro del jurado sin conflictos de intereses.
assign-notice-over-assigned = { $submission } conserva { $kept } miembros del jurado, más de los { $required } necesarios; no se ha añadido ninguno.
assign-notice-above-cap = { $juror } ya tiene { $load ->
        [one] { $load } asignación
       *[other] { $load } asignaciones
    }, por encima de su carga máxima de { $cap }; no se ha añadido ninguna.

## Por qué no puede atenderse una solicitud de asignación.
# Le siguen los problemas, cada uno en forma de frase.
assign-infeasible-invalid = La solicitud de asignación es incoherente. { $problems }
assign-infeasible-zero-per-submission = El número de miembros del jurado por candidatura debe ser al menos 1.
assign-infeasible-duplicate-submission = { $submission } figura dos veces en la solicitud.
assign-infeasible-duplicate-juror = { $juror } figura dos veces en la solicitud.
assign-infeasible-unknown-submission-conflicts = La lista de conflictos menciona { $submission }, que no figura en la solicitud.
assign-infeasible-unknown-submission-keep = La lista de asignaciones que deben conservarse menciona { $submission }, que no figura en la solicitud.
assign-infeasible-unknown-juror-conflicts = La lista de conflictos menciona a { $juror }, que no figura en la solicitud.
assign-infeasible-unknown-juror-keep = La lista de asignaciones que deben conservarse menciona a { $juror }, que no figura en la solicitud.
assign-infeasible-kept-but-conflicted = { $submission } está asignada a { $juror }, que tiene un conflicto de intereses con ella: elimine primero esa asignación.
assign-infeasible-cap-below-calibration = La carga máxima de { $juror } ({ $cap ->
        [one] { $cap } candidatura
       *[other] { $cap } candidaturas
    }) es inferior al tamaño del bloque de calibración ({ $block }).
# Termina una lista abreviada.
assign-infeasible-more = … y { $count } más.
assign-infeasible-too-few-jurors = { $count ->
        [one] { $count } candidatura tiene
       *[other] { $count } candidaturas tienen
    } menos de { $required ->
        [one] { $required } miembro del jurado
       *[other] { $required } miembros del jurado
    } sin conflicto de intereses ({ $jurors } miembros del jurado en total, { $required } necesarios por candidatura). { $shortfalls } Añada miembros del jurado, resuelva los conflictos potenciales pendientes o reduzca el número de miembros del jurado por candidatura.
# Una candidatura a la que le faltan miembros del jurado, dentro de assign-infeasible-too-few-jurors.
assign-infeasible-shortfall = { $submission }: { $available } sin conflicto, { $conflicted } con conflicto; { $missing ->
        [one] falta { $missing }.
       *[other] faltan { $missing }.
    }
assign-infeasible-calibration = Se ha solicitado un bloque de calibración de { $requested ->
        [one] { $requested } candidatura
       *[other] { $requested } candidaturas
    }, pero { $count ->
        [one] solo { $count } candidatura no tiene
       *[other] solo { $count } candidaturas no tienen
    } conflicto con ningún miembro del jurado ({ $names }). Elija un bloque más pequeño o ninguno.
assign-infeasible-calibration-none = Se ha solicitado un bloque de calibración de { $requested ->
        [one] { $requested } candidatura
       *[other] { $requested } candidaturas
    }, pero todas las candidaturas tienen conflicto con al menos un miembro del jurado. Asigne sin bloque de calibración.
assign-infeasible-capacity = La capacidad total es insuficiente: las candidaturas necesitan { $needed ->
        [one] { $needed } asignación más
       *[other] { $needed } asignaciones más
    }, pero las cargas máximas de los miembros del jurado solo permiten { $available } más. Aumente las cargas máximas o añada miembros del jurado.
assign-infeasible-bottleneck = { $count ->
        [one] { $count } candidatura ({ $names }) necesita
       *[other] { $count } candidaturas ({ $names }) necesitan
    } { $needed } miembros del jurado más en total, pero los miembros del jurado sin conflicto con ellas solo pueden aportar { $available } más dentro de su carga máxima. Aumente la carga máxima de esos miembros del jurado, añada miembros del jurado o resuelva los conflictos pendientes.

assign-added = { $count ->
    [one] Se ha añadido una asignación.
   *[other] Se han añadido { $count } asignaciones.
}

## Cómo los mensajes de la asignación nombran las candidaturas y a los miembros del jurado.
# El título de una candidatura entre comillas angulares.
assign-name-title = «{ $title }»
assign-name-submission = candidatura { $id }
assign-name-person = { $name }
assign-name-juror = miembro del jurado { $id }
assign-name-id = { $id }
assign-name-list = { $items }
