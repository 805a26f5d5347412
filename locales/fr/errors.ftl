# Pages d’erreur.

error-title-401 = Veuillez vous connecter
error-title-403 = Accès non autorisé
error-title-404 = Page introuvable
error-title-409 = Action impossible pour le moment
error-title-413 = Fichier trop volumineux
error-title-422 = Veuillez vérifier votre saisie
error-title-429 = Trop de tentatives
error-title-500 = Une erreur est survenue
error-title-other = Erreur
error-code = Erreur { $code }
error-go-home = Aller à votre page d’accueil
error-message-401 = Vous devez vous connecter pour voir cette page.
error-message-expired-form = Ce formulaire a expiré ou ne provient pas de Laurel. Revenez en arrière, rechargez la page et réessayez.
error-message-403 = Votre compte ne permet pas d’ouvrir cette page.
error-message-404 = Il n’y a aucune page à cette adresse. Vérifiez le lien ou retournez à votre page d’accueil.
error-message-422 = La demande n’a pas pu être comprise. Revenez en arrière, vérifiez le formulaire et réessayez.
error-message-428 = Envoyez l’ETag de la version lue dans un en-tête If-Match : cette écriture en a besoin pour ne rien écraser.
error-message-500 = Une erreur s’est produite de notre côté. Elle a été enregistrée ; veuillez réessayer.
