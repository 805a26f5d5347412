# La page du compte.

account-language-title = Langue
account-language-hint = Les pages de Laurel vous sont présentées dans cette langue, sur tous vos appareils.
account-language-submit = Enregistrer la langue
