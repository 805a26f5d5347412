# Los requisitos de admisibilidad y por qué se cumple o no cada uno: lo que leen la entidad solicitante y la secretaría.

rule-e1 = La entidad solicitante principal es un gobierno local o regional de un país elegible
rule-e2 = Al menos un gobierno local socio se encuentra en un país socio
rule-e3 = Las fechas del proyecto se sitúan dentro del período de ejecución fijado para la edición
rule-e4 = El proyecto contribuye al menos a un Objetivo de Desarrollo Sostenible
rule-e5 = Todos los campos obligatorios están cumplimentados y el idioma está admitido
rule-e6 = La declaración está firmada por una persona autorizada
rule-e7 = La candidatura se recibió dentro del plazo
rule-e8 = El mismo partenariado no ha obtenido ya un primer, segundo o tercer premio

eligibility-e1-met = { $name } es un gobierno local o regional de { $country }.
eligibility-e1-not-government = { $name } no es un gobierno local o regional.
eligibility-e1-country = { $country } no es un país elegible para la entidad solicitante principal.
eligibility-e2-met = { $name } es un gobierno local de { $country }.
eligibility-e2-kind = { $name } ({ $country }) figura como gobierno socio, pero el tipo de organización indicado no es el de un gobierno local o regional.
eligibility-e2-not-met = Ningún gobierno socio se encuentra en un país socio; gobiernos indicados: { $named }.
# Una organización en una lista: «Commune de Dogbo (Benín)».
eligibility-named = { $name } ({ $country })
# Dos elementos de una lista, o una lista y un elemento más.
eligibility-list = { $first }; { $next }
eligibility-none-named = ninguno
eligibility-e3-ongoing = El proyecto comenzó el { $start } (en curso).
eligibility-e3-ended = El proyecto comenzó el { $start } (finalizó el { $end }).
eligibility-e3-outside = El proyecto queda fuera del período fijado: { $problems }.
eligibility-e3-started-before = comenzó el { $start }, antes del { $after }
eligibility-e3-ended-before = finalizó el { $end }, antes del { $after }
eligibility-e4-met = Objetivo principal: ODS { $goal }.
eligibility-e5-met = Todos los campos obligatorios están cumplimentados.
eligibility-e5-language = El idioma { $language } no se admite en esta edición.
eligibility-e6-met = Firmada por { $name }, { $role }.
eligibility-e7-met = Recibida el { $received }, dentro del plazo, que vencía el { $deadline } (en ambos casos, hora de la edición, { $zone }).
eligibility-e7-late = Recibida el { $received }, fuera del plazo, que vencía el { $deadline } (en ambos casos, hora de la edición, { $zone }).
eligibility-e8-won = Este partenariado ya obtuvo un premio: { $prize }.
eligibility-e8-lead-won = La entidad solicitante principal ya obtuvo un premio con otro partenariado ({ $prize }): conviene comprobar que se trata de un partenariado distinto.
eligibility-e8-met = Este partenariado no ha obtenido ningún premio anterior.
# Un motivo registrado antes de que los motivos pudieran traducirse, mostrado tal como se escribió.
eligibility-stored-reason = { $text }
eligibility-result = Resultado
eligibility-why = Motivo
# La decisión manual de la secretaría sobre la admisibilidad, que prevalece sobre los requisitos.
eligibility-decided = Decisión de la secretaría: { $outcome }. { $reason }
