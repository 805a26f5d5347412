# Che cosa non va in una candidatura: i problemi che il modulo mostra accanto a ciascun campo e nel
# riepilogo in alto. Ogni problema inizia con l'etichetta del campo.

## Le etichette dei campi, come le indicano i problemi.
field-title = Titolo del progetto
field-summary = Sintesi
field-start-date = Data di inizio
field-end-date = Data di fine
field-language = Lingua della candidatura
field-category = Categoria
field-lead = Ente capofila
field-partner = Partner { $number }
field-funding-source = Fonte di finanziamento { $number }
field-total-budget = Budget complessivo
field-primary-goal = Obiettivo principale
field-secondary-goals = Obiettivi secondari
field-lessons = Lezioni apprese
field-link = Link, un indirizzo
field-signed-name = Firmatario, nome e cognome
field-signed-role = Firmatario, qualifica
field-beneficiaries = Beneficiari stimati
# La risposta a un criterio della griglia di valutazione, indicata con il nome del criterio.
field-criterion = { $name }
# Una parte di un campo numerato: «Partner 2, paese».
field-part = { $whole }, { $part }
part-name = denominazione
part-kind = tipologia di organizzazione
part-country = paese
part-role = ruolo
part-since = inizio della collaborazione
part-funder = finanziatore
part-amount = importo

## I problemi.
problem-empty = { $label }: compili questo campo
problem-too-long = { $label }: contiene { $count } caratteri, ma il limite è { $limit }
problem-length = { $label }: al massimo { $max } caratteri (questo testo ne ha { $count })
problem-date-missing = { $label }: indichi una data
problem-date-format = { $label }: `{ $value }` non è una data; la scriva nel formato YYYY-MM-DD, ad esempio 2024-03-01
problem-amount-missing = { $label }: indichi un importo in euro
problem-amount-format = { $label }: `{ $value }` non è un importo valido (fino a mille miliardi di euro); usi cifre e un punto per i centesimi, ad esempio 125000 o 125000.50
problem-choose-one = { $label }: scelga un’opzione
problem-choose-country = { $label }: scelga un paese
problem-end-date-missing = Data di fine: indichi la data di fine oppure selezioni «Il progetto è in corso»
problem-end-before-start = Data di fine: è anteriore alla data di inizio
problem-language = Lingua della candidatura: scelga una delle seguenti lingue: { $accepted }
problem-category = Categoria: scelga una categoria
problem-since-year = { $label }: `{ $value }` non è un anno compreso tra il 1945 e il { $year }
problem-too-many-partners = Partner: al massimo { $max } tra partner e associati
problem-no-partner-government = Partner: aggiunga almeno un ente locale o regionale partner (ruolo «Ente locale o regionale partner»)
problem-funding-exceeds = Fonti di finanziamento: la loro somma supera il budget complessivo
problem-beneficiaries-missing = Beneficiari stimati: indichi un numero
problem-beneficiaries-format = Beneficiari stimati: `{ $value }` non è un numero intero
problem-goal = { $label }: scelga un obiettivo da 1 a 17
problem-too-many-goals = Obiettivi secondari: ne scelga al massimo { $max }
problem-goal-is-primary = Obiettivi secondari: l’obiettivo { $goal } è già l’obiettivo principale
problem-target-not-chosen = Traguardi degli OSS: il traguardo { $target } appartiene all’obiettivo { $goal }, che non ha selezionato
problem-target = Traguardi degli OSS: { $why }
problem-too-many-links = Link: al massimo { $max }, uno per riga
problem-link = Link: `{ $value }` non è un indirizzo web che inizia con https://
problem-data-consent = Dati personali: presti il consenso al trattamento dei dati personali contenuti in questa candidatura
problem-declaration = Dichiarazione: la persona autorizzata deve spuntare la dichiarazione

## Perché un codice non è un traguardo degli OSS.
sdg-target-empty = il codice del traguardo è vuoto: lo scriva nella forma obiettivo.traguardo, ad esempio `11.3` o `6.a`
sdg-not-a-target-code = `{ $code }` non è un codice di traguardo: lo scriva nella forma obiettivo.traguardo, ad esempio `11.3` o `6.a`
sdg-indicator = `{ $code }` è il codice di un indicatore, non di un traguardo
sdg-indicator-of = `{ $code }` è il codice di un indicatore, non di un traguardo; il traguardo corrispondente è `{ $target }`
sdg-goal-not-target = `{ $code }` è un obiettivo, non un traguardo: aggiunga il traguardo dopo un punto, ad esempio `{ $example }`
sdg-not-goal-or-target = `{ $code }` non è né un obiettivo né un traguardo: gli obiettivi sono { $count }
sdg-separator = `{ $code }` non è un codice di traguardo: separi l’obiettivo e il traguardo con un punto, ad esempio `{ $example }`
sdg-goal-number = `{ $code }` non è un codice di traguardo: deve iniziare con il numero di un obiettivo da 1 a { $count }
sdg-no-such-goal = `{ $code }` non è un traguardo: gli obiettivi sono { $count }
sdg-no-target = `{ $code }` non indica alcun traguardo dopo il punto: i traguardi dell’obiettivo { $goal } sono { $ranges }
sdg-target-part = `{ $code }` non è un codice di traguardo: dopo il punto deve esserci un numero o una sola lettera, ad esempio `{ $goal }.1` o `{ $goal }.a`
sdg-not-official = `{ $code }` non è un traguardo dell’obiettivo { $goal } (i suoi traguardi sono { $ranges })
# I traguardi di un obiettivo: «11.1–11.7», oppure «11.1–11.7 e 11.a–11.c».
sdg-ranges = { $numbered }
sdg-ranges-and = { $numbered } e { $lettered }
problem-say-why = { $label }: spieghi perché { $why } (almeno { $min } caratteri)
