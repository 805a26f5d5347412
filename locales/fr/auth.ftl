# Connexion et création d’un compte de candidat.

login-page-title = Connexion
login-title = Se connecter à Laurel
login-email = Adresse électronique
login-password = Mot de passe
login-submit = Se connecter
login-applicants = Les candidats créent eux-mêmes leur compte :
login-register-link = inscrivez-vous ici
login-others = Les membres du jury reçoivent une invitation du secrétariat du prix. Si vous avez perdu votre mot de passe, demandez au secrétariat de le réinitialiser.
login-winners = Lauréats
login-winners-of = Les lauréats de { $edition }
login-refused-wrong = L’adresse électronique ou le mot de passe est incorrect. Veuillez réessayer.
login-refused-deactivated = Ce compte a été désactivé. Veuillez contacter le secrétariat.
login-refused-busy = De nombreuses personnes se connectent en ce moment. Veuillez réessayer dans quelques secondes.
login-refused-locked = Trop de tentatives infructueuses. Par sécurité, la connexion est suspendue jusqu’au { $until }.

register-title = Créer un compte de candidat
register-intro = Pour les collectivités territoriales et leurs partenaires qui souhaitent présenter un projet. Les membres du jury et le secrétariat reçoivent leur compte du secrétariat.
register-not-created = Votre compte n’a pas été créé
register-you = Vous
register-name = Votre nom
register-email = Adresse électronique
register-password = Mot de passe
register-password-hint = Au moins 12 caractères.
register-time-zone = Votre fuseau horaire
register-time-zone-hint = Les échéances y sont affichées, par exemple Europe/Brussels, Africa/Dakar, America/Managua.
register-language = Votre langue
register-organisation = Votre organisation
register-organisation-name = Nom de l’organisation
register-kind = Type d’organisation
register-country = Pays
register-choose = Choisir…
register-submit = Créer mon compte
register-have-account = Vous avez déjà un compte ?
register-log-in = Se connecter
